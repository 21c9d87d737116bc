import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on an answer typed out by an animation, a page React streamed, and a text-message consultation in numbered parts.
 * What the blind split fresh-35 taught the genre reader (typewriter-spans, react-streaming, sms-consult), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const CARD = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';
const page = (middle: string, list = '') =>
  `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${middle}<p>本回答仅供参考，不能作为诊断依据。</p>${list}</body></html>`;

describe('an answer typed out by an animation, saved after it ran', () => {
  /** Each character in an element of its own, as a typing script leaves it. */
  const typed = (text: string) => [...text].map((c) => `<i aria-hidden="true">${c}</i>`).join('');

  it('reads the characters shown, once; the blinking caret after the last one is none of the answer', () => {
    for (const caret of ['▍', '|', '_', '█']) {
      const paragraphs = ANSWER.map((p, i) => `<div class="line" aria-label="${p}">${typed(p)}${i === ANSWER.length - 1 ? `<em class="blink">${caret}</em>` : ''}</div>`).join('');
      const own = read(page(`${CARD}<div>2022-06-01</div><section>${paragraphs}</section>`))[0]!;
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('unsure_reading');
    }
    // A bar inside a line is the line's.
    const own = read(page(`${CARD}<div>${'<p>血压记录格式：<span>|</span> 日期 收缩压</p>'}<p>${ANSWER[1]}</p></div>`))[0]!;
    expect(own.answer_paragraphs).toEqual(['血压记录格式：| 日期 收缩压', ANSWER[1]]);
  });

  it('finds the caret in markup written in capitals, as old editors save it', () => {
    const paragraphs = ANSWER.map((p, i) => `<P>${typed(p)}${i === ANSWER.length - 1 ? '<SPAN CLASS=cursor>▍</SPAN>' : ''}</P>`).join('');
    expect(read(page(`${CARD}<DIV>${paragraphs}</DIV>`))[0]!.answer_paragraphs).toEqual(ANSWER);
  });

  it('takes the status saying the typing ended (回答已生成) for none of the answer', () => {
    for (const status of ['回答已生成', 'AI回答：生成完毕', '正在输入…已完成']) {
      const own = read(page(`${CARD}<div>2022-06-01</div><div><span>${status}</span></div><div>${answerHtml}</div>`))[0]!;
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });
});

describe('a page React rendered by streaming, saved as it arrived', () => {
  const RC = '$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);/* … */};';
  const RS = '$RS=function(a,b){a=document.getElementById(a);b=document.getElementById(b);/* … */};';

  it('reads each late part where its placeholder stands once $RC has run, its loading fallback gone', () => {
    const middle = `<!--$?--><template id="B:1"></template><div class="sk"><span>医生信息加载中</span></div><!--/$-->
<div>回答时间：2022-06-01</div>
<!--$?--><template id="B:0"></template><p>loading...</p><!--/$-->`;
    const tail = `<div hidden="" id="S:0"><article>${answerHtml}</article></div><script>${RC}$RC('B:0','S:0')</script>
<div hidden="" id="S:1">${CARD}</div><script>$RC("B:1", "S:1")</script>`;
    const own = read(page(middle).replace('</body>', `${tail}</body>`))[0]!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('林晓');
    expect(own.doctor.hospital).toBe('滨海市中心医院');
    expect(own.date).toBe('2022-06-01');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('moves a segment into a nested placeholder ($RS) and a boundary streamed inside another', () => {
    const middle = `${CARD}<div>回答时间：2022-06-01</div><!--$?--><template id="B:0"></template><p>正在加载回答…</p><!--/$-->`;
    const tail = `<div hidden id="S:0"><section><p>${ANSWER[0]}</p><template id="P:1"></template></section></div>
<div hidden id="S:1"><!--$?--><template id="B:2"></template><i>…</i><!--/$--></div>
<div hidden id="S:2"><p>${ANSWER[1]}</p></div>
<script>${RS}$RS("S:1","P:1")</script><script>${RC}$RC("B:0","S:0")</script><script>$RC("B:2","S:2")</script>`;
    const own = read(page(middle).replace('</body>', `${tail}</body>`))[0]!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it("finds a segment's end past a script whose strings hold tags", () => {
    const middle = `${CARD}<div>回答时间：2022-06-01</div><!--$?--><template id="B:0"></template><p>加载中...</p><!--/$-->`;
    const tail = `<div hidden id="S:0"><div>${answerHtml}<script>var open = '<div class="c">';</script></div></div><script>${RC}$RC("B:0","S:0")</script>`;
    expect(read(page(middle).replace('</body>', `${tail}</body>`))[0]!.answer_paragraphs).toEqual(ANSWER);
  });

  it('doubts the page where a part is still loading: saved before its content came, or moved in by a call it does not recognise', () => {
    const middle = `${CARD}<div>回答时间：2022-06-01</div>${answerHtml}<!--$?--><template id="B:0"></template><div class="skeleton"><i></i><i></i></div><!--/$-->`;
    for (const tail of ['', `<div hidden id="S:0"><p>胃镜前一晚十点后禁食。</p></div><script>window.__reveal(0)</script>`]) {
      const own = read(page(middle).replace('</body>', `${tail}</body>`))[0]!;
      expect(own.flags).toContain('unsure_reading');
    }
  });
});

describe('a text-message consultation (短信问诊): the reply came as numbered SMS parts', () => {
  const smsPage = (title: string, middle: string, list = '') =>
    `<html><head><title>${title}</title></head><body><header><a href="/">健康短信平台</a></header><main>${middle}</main><p>本回答仅供参考，不能作为诊断依据。</p>${list}</body></html>`;
  const doctor = '<section><span>回复医生：林晓 主治医师</span><span>消化内科 · 滨海市中心医院</span></section>';
  const asked = '<div><small>来自 138****2046 2022-05-30 22:10</small><p>胃胀怎么办？吃完饭就胀</p></div>';
  const bubble = (time: string, text: string) => `<li><time>${time}</time><div class="txt">${text}</div></li>`;

  it('joins the parts into one message: their numbers, the signature, the 回复您 address and the unsubscribe line are none of it', () => {
    const cases = [
      [`1/3 【滨海市中心医院】林晓医生回复您：胃胀多与饮食不规律有关，先少`, `2/3 食多餐。<br>持续两周以上，请到消化内科`, `3/3 做胃镜。回T退订`],
      [`胃胀多与饮食不规律有关，先少食多餐。<br>持续两周(1/2)`, `以上，请到消化内科做胃镜。【健康短信平台】(2/2)`],
    ];
    for (const parts of cases) {
      const bubbles = `<ul>${parts.map((p, i) => bubble(`2022-06-01 08:0${i}`, p)).join('')}</ul>`;
      const own = read(smsPage('胃胀怎么办_短信问诊', `<h1>胃胀怎么办</h1>${doctor}${asked}<div>医生回复</div>${bubbles}`))[0]!;
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBe('2022-06-01');
      expect(own.doctor.name).toBe('林晓');
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it("takes the service's signature and unsubscribe line from a reply that came whole", () => {
    const bubbles = `<ul>${bubble('2022-06-01 08:00', `【12320健康热线】${ANSWER[0]}<br>${ANSWER[1]} 拒收请回复R`)}</ul>`;
    const own = read(smsPage('胃胀怎么办_短信问诊', `<h1>胃胀怎么办</h1>${doctor}${asked}<div>医生回复</div>${bubbles}`))[0]!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it("reads the question from its 咨询主题 label, or from the asker's texted message, where the title and heading name the kind of page", () => {
    const reply = `<div>医生回复</div><ul>${bubble('2022-06-01 08:00', `${ANSWER[0]}<br>${ANSWER[1]}`)}</ul>`;
    const labelled = read(smsPage('短信咨询详情 - 健康短信平台', `<h2>短信咨询详情</h2>${doctor}<p>咨询主题：<b>胃胀怎么办</b></p>${asked}${reply}`))[0]!;
    expect(labelled.question).toBe('胃胀怎么办');
    expect(labelled.answer_paragraphs).toEqual(ANSWER);
    expect(labelled.date).toBe('2022-06-01');
    expect(labelled.flags).not.toContain('unsure_reading');
    const texted = read(smsPage('短信咨询详情 - 健康短信平台', `<h2>短信咨询详情</h2>${doctor}<div><small>来自 138****2046 2022-05-30 22:10</small><p>胃胀怎么办？</p></div>${reply}`))[0]!;
    expect(texted.question).toBe('胃胀怎么办？');
    expect(texted.answer_paragraphs).toEqual(ANSWER);
    expect(texted.date).toBe('2022-06-01');
    expect(texted.flags).not.toContain('unsure_reading');
  });

  it('heads the related list with 其他短信咨询', () => {
    const items = [2, 3].map((n) => `<li><a href="/sms/${n}.html">胃胀吃什么好${n}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li>`).join('');
    const reply = `<div>医生回复</div><ul>${bubble('2022-06-01 08:00', `${ANSWER[0]}<br>${ANSWER[1]}`)}</ul>`;
    const [own, ...related] = read(smsPage('胃胀怎么办_短信问诊', `<h1>胃胀怎么办</h1>${doctor}${asked}${reply}`, `<div><h3>其他短信咨询</h3><ul>${items}</ul></div>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(related.map((r) => r.question)).toEqual(['胃胀吃什么好2', '胃胀吃什么好3']);
  });
});
