import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Review of h/reader79a's and h/risks78's rules on lookalike pages of the genre: where a new rule misread a field with no doubt
 * raised, and the general rule that mends it.
 * - layouts/asker-stamp.ts: a 楼主 stamp names the answering doctor only where the name stands as a word of its own, not inside
 *   an asker's nickname (`李娜娜`, `李娜妈妈` where the doctor is 李娜).
 * - layouts/retitled-question.ts: a headline the labelled question below holds whole is that question's own title (a Q&A site's
 *   title cut from the asker's words), no article's topic: the question is the headline. A labelled question under a related
 *   list's head (相关问题), or printed as a link, is another page's, none of the page's.
 * - related/related-list.ts: a Q&A column's name (专家答疑) over links into the page itself (its own table of contents) gives it
 *   no related links.
 * - card/side-column.ts: a replay's box (精彩回放) inside the answer's box, the answer's text going on after it, is the guest's
 *   clip answering: a video answer. The episode's box over the question, or one in a side column, still gives no format.
 */

const own = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

describe('a 楼主 stamp whose nickname holds the doctor’s name', () => {
  const ANSWER = ['宝宝发烧38.5度以下精神好，可以先物理降温，多喝水，观察精神状态。', '如果超过38.5度或者精神差、抽搐、持续高热三天以上，要及时到医院就诊。'];
  const thread = (starter: string) => `<html><head><meta charset="utf-8"><title>宝宝发烧什么时候需要去医院_育儿交流</title></head><body>
<div class="post"><div class="hd"><img src="/a.jpg">${starter} <i>楼主</i> <span>2019年10月26日 21:03</span></div><h1>宝宝发烧什么时候需要去医院</h1><div class="ct"><p>宝宝10个月，昨晚开始发烧，38度，精神还可以。</p></div></div>
<div class="floors"><h3>全部回复(2)</h3>
<div class="fl"><div class="hd"><span>李娜</span> <span>副主任医师</span> <span>南屏市人民医院 儿科</span><span>1楼</span></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="fl"><div class="hd"><span>安安妈</span><span>2楼</span></div><div><p>收藏了，正需要。</p></div><div class="ft"><span>2019年10月29日</span></div></div>
</div></body></html>`;
  const read = (starter: string) => own(thread(starter), 'https://m.example-mom.cn/post/1.html');

  it('an asker whose nickname holds the doctor’s name (李娜娜, 李娜妈妈): the stamp dates the asking, none of the answer', () => {
    for (const starter of ['<span>李娜娜</span>', '<span>李娜妈妈</span>']) {
      const e = read(starter);
      expect(e.doctor?.name, starter).toBe('李娜');
      expect(e.answer_paragraphs, starter).toEqual(ANSWER);
      expect(e.date, starter).toBeNull();
    }
  });

  it('the doctor’s own name, alone or with a calling (李娜, 李娜医生), still dates the answer', () => {
    for (const starter of ['<span>李娜</span>', '<span>李娜医生</span> <span>认证医生</span>']) expect(read(starter).date, starter).toBe('2019-10-26');
  });
});

describe('a Q&A page’s title cut from the asker’s labelled question', () => {
  const ANSWER = ['产后脱发多数是生理性的，与产后激素水平变化有关，一般半年到一年能自行恢复。', '平时注意营养均衡，保证睡眠，如果脱发持续一年以上，建议到皮肤科就诊，查一下甲状腺功能和铁蛋白。'];
  const page = (headline: string, asked: string) => `<html><head><title>${headline}_有问必答_江州健康网</title></head><body><div class="nav"><a href="/">首页</a></div>
<h1>${headline}</h1><p>${asked}</p><p>患者：女 32岁</p><div class="doc"><p>李红 主治医师</p><p>江州市妇幼保健院 妇产科</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>2023-05-06 14:22</p></body></html>`;
  const read = (headline: string, asked: string) => own(page(headline, asked), 'https://www.example-health.cn/ask/12.html');

  it('a headline the labelled question holds whole (`产后三个月脱发` over `提问：产后三个月脱发很厉害，是不是缺什么？`) is the question', () => {
    const e = read('产后三个月脱发', '提问：产后三个月脱发很厉害，是不是缺什么？');
    expect(e.question).toBe('产后三个月脱发');
    expect(e.answer_paragraphs).toEqual(ANSWER);
  });

  it('a related item’s quoted question (`问：…`, linked or under 相关问题) below a headline that asks nothing is none of the page’s', () => {
    const page = (items: string) => `<html><head><title>宝宝湿疹护理_有问必答_江州健康网</title></head><body><h1>宝宝湿疹护理</h1>
<div class="doc"><p>李红 主治医师 江州市妇幼保健院 皮肤科</p></div><div class="txt"><p>宝宝湿疹护理的关键是保湿，每天涂抹保湿霜，洗澡水温不要太高。</p><p>衣物选择纯棉的，避免过热出汗。</p></div>
<p>2023-05-06 14:22</p><div class="rel"><h3>相关问题</h3><ul>${items}</ul></div></body></html>`;
    const linked = own(page('<li><a href="/ask/13.html">问：宝宝湿疹可以洗澡吗？</a></li><li><a href="/ask/14.html">问：婴儿湿疹反复怎么办？</a></li>'), 'https://www.example-health.cn/ask/12.html');
    expect(linked.question).toBe('宝宝湿疹护理');
    expect(linked.related_urls).toEqual(['https://www.example-health.cn/ask/13.html', 'https://www.example-health.cn/ask/14.html']);
    const quoted = own(page('<li><p>问：宝宝湿疹可以洗澡吗？</p><p>答：可以洗澡，水温不宜过高。</p></li><li><p>问：婴儿湿疹反复怎么办？</p><p>答：以保湿为主。</p></li>'), 'https://www.example-health.cn/ask/12.html');
    // Its items' `答：` labels under the list's label open none of the page's answer (line-marks.ts), and the box's lines are a
    // side box's (side-column.ts): the page's own question and answer, the list unread and doubted (extract-risks79.test.ts).
    expect(quoted.question).toBe('宝宝湿疹护理');
    expect(quoted.answer_paragraphs).toEqual(['宝宝湿疹护理的关键是保湿，每天涂抹保湿霜，洗澡水温不要太高。', '衣物选择纯棉的，避免过热出汗。']);
  });

  it('an article’s headline that asks nothing over `Q：question` gives way to it still', () => {
    expect(read('产后脱发｜这些问题，专家来解答', 'Q：产后三个月脱发很厉害，是不是缺什么？').question).toBe('产后三个月脱发很厉害，是不是缺什么？');
  });
});

describe('a TV programme’s Q&A page: 专家答疑 over its own contents, and a replay inside the answer', () => {
  const Q = '老人胃胀怎么办';
  const ANSWER = ['胃胀常见的原因有以下几种：', '（1）饮食不规律、进食过快，平时要细嚼慢咽。', '（2）如果症状持续不缓解，应尽快到消化内科就诊。'];
  const URL = 'https://www.example-tv.cn/yst/dayi/88.html';
  const GUEST = '<div class="guest"><p>王建国 <span>主任医师</span></p><p>江州市第一人民医院 消化内科</p></div>';
  const TEXT = `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const CLIP = (head: string) => `<div class="v"><h3>${head}</h3><video src="https://vod.example-tv.cn/dayi/a1.mp4" controls></video><span>03:27</span></div>`;
  const page = (body: string) => `<html><head><title>${Q}_专家答疑_健康堂</title></head><body><div class="top"><a href="/">江州卫视</a></div>
<div class="main"><div class="qbox"><h1>${Q}</h1><p>提问时间：2023-04-21</p></div>${body}</div></body></html>`;
  const TOC = (href: (i: number) => string) =>
    `<div class="toc"><h3>专家答疑</h3><ul>${['宝宝乏力怎么办', '孩子头晕是怎么回事', '小孩贫血吃什么好'].map((t, i) => `<li><a href="${href(i)}">${t}</a></li>`).join('')}</ul></div>`;

  it('专家答疑 over links into the page itself (its address with a fragment) gives it no related links', () => {
    const e = own(page(`${GUEST}${TEXT}<p>发布时间：2023-05-06</p>${TOC((i) => `/yst/dayi/88.html#q${i + 2}`)}`), URL);
    expect(e.question).toBe(Q);
    expect(e.related_urls).toEqual([]);
  });

  it('over the site’s other questions it gives them', () => {
    const e = own(page(`${GUEST}${TEXT}<p>发布时间：2023-05-06</p>${TOC((i) => `/yst/dayi/${90 + i}.html`)}`), URL);
    expect(e.related_urls).toEqual([0, 1, 2].map((i) => `https://www.example-tv.cn/yst/dayi/${90 + i}.html`));
  });

  it('a 精彩回放 box inside the answer’s box, the answer’s text after it: the guest’s clip, a video answer', () => {
    const e = own(page(`${GUEST}<div class="ans">${CLIP('精彩回放')}${TEXT}<p>发布时间：2023-05-06</p></div>`), URL);
    expect(e.answer_paragraphs).toEqual(ANSWER);
    expect(e.format).toBe('video');
  });

  it('a replay box over the question, or in a column after the content, still gives no format', () => {
    const above = own(page('').replace('<div class="main">', `<div class="main">${CLIP('节目回看')}`).replace('</div></body>', `${GUEST}<div class="ans">${TEXT}<p>发布时间：2023-05-06</p></div></div></body>`), URL);
    expect(above.format).toBe('unknown');
    const side = own(page(`${GUEST}<div class="ans">${TEXT}<p>发布时间：2023-05-06</p></div>`).replace('</div></body>', `</div><div class="side">${CLIP('精彩回放')}<ul><li><a href="/yst/jiemu/1.html">说说胃病</a></li></ul></div></body>`), URL);
    expect(side.format).toBe('unknown');
    // So too with the episode's blurb after its player in the side column: the answer's text stands before that column.
    const blurb = '<div class="intro"><p>本期节目邀请消化内科专家，讲解了胃病的预防和治疗，一起来看看吧。</p></div>';
    const told = own(page(`${GUEST}<div class="ans">${TEXT}<p>发布时间：2023-05-06</p></div>`).replace('</div></body>', `</div><div class="side">${CLIP('精彩回放')}${blurb}</div></body>`), URL);
    expect(told.format).toBe('unknown');
    expect(told.answer_paragraphs).toEqual(ANSWER);
  });
});
