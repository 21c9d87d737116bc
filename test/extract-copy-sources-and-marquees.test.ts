import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a copy button's out-of-view source, a <marquee> ticker of other answers and a drug maker's sponsor credits.
 * What the blind split fresh-38 taught the genre reader (copy-textarea, marquee-ticker, pharma-edu), each rule on a small page of its own.
 */

const URL = 'https://www.kangle-wenyi.example.cn/wenda/3021.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const PARAGRAPHS = ['胃食管反流多和饭后立刻躺下、吃得过饱有关，睡前三小时不要进食。', '症状每周超过两次，或吞咽时疼痛，请到消化内科做胃镜检查。'];
const ANSWER = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
const doc = (body: string) => `<html><head><meta charset="utf-8"><title>胃食管反流怎么缓解 - 康乐问医</title></head><body>${body}</body></html>`;
const head = '<article><h2>胃食管反流怎么缓解</h2><p><b>孟凡</b>　主治医师　消化内科　西林县人民医院</p><p>回答时间：2023年4月2日</p>';
const own = (html: string) => read(html).find((e) => e.origin === 'page')!;

describe('a copy button’s source, a read-only field set out of view, shows nothing', () => {
  const copied = `胃食管反流怎么缓解\n${PARAGRAPHS.join('\n')}\n（内容转自康乐问医，请保留出处）`;
  const page = (style: string, before: boolean) => {
    const area = `<textarea readonly class="clip-src" style="${style}">${copied}</textarea>`;
    const text = `<section class="txt">${ANSWER}</section>`;
    return doc(`${head}${before ? area + text : text + area}<a class="copy-btn" data-copy=".clip-src">复制本回答</a></article><footer>免责声明：本站内容仅供参考。</footer>`);
  };

  it('reads the answer shown, once, without the copied question and credit, and does not doubt it', () => {
    for (const style of ['position: fixed; left: -10000px; top: 0', 'opacity: 0; position: absolute', 'height: 0; width: 0; border: none', 'width:1px;height:1px;overflow:hidden']) {
      for (const before of [true, false]) {
        const entry = own(page(style, before));
        expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
        expect(entry.date).toBe('2023-04-02');
        expect(entry.flags).not.toContain('unsure_reading');
      }
    }
    // A read-only field the page shows (an old record's reply box) is still read.
    const record = doc(`${head}<textarea readonly rows="6" style="width: 600px; height: 120px">${PARAGRAPHS.join('\n')}</textarea></article>`);
    expect(own(record).answer_paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('a <marquee> ticker of other doctors’ answers is furniture', () => {
  const ticker =
    '<div class="notice"><strong>站内快讯 ›</strong><marquee direction="up" scrollamount="3">' +
    '<p>★ 陆海燕副主任医师 回答了 <a href="/wenda/9811.html">“宝宝湿疹反复怎么办”</a> 2023-09-11</p>' +
    '<p>★ 唐建国主任医师 回答了 <a href="/wenda/9822.html">“膝盖弹响要紧吗”</a> 2023-10-02</p></marquee></div>';

  it('reads the answer without the ticker or its label, dated by the answer’s day, undoubted', () => {
    for (const body of [`${head}<div>${ANSWER}</div></article>${ticker}`, `${ticker}${head}<div>${ANSWER}</div></article>`]) {
      const entries = read(doc(`${body}<p>以上回答仅供参考，不能替代面诊。</p>`));
      const entry = entries.find((e) => e.origin === 'page')!;
      expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
      expect(entry.date).toBe('2023-04-02');
      expect(entry.doctor.name).toBe('孟凡');
      expect(entry.flags).not.toContain('unsure_reading');
      expect(entries.filter((e) => e.origin !== 'page')).toEqual([]);
    }
  });

  it('takes a rotating list of who answered other questions, above the question or after the answer, as none of its text or dates', () => {
    const feed =
      '<div id="news"><ol><li>【新回复】陆海燕副主任医师 回答了<a href="/wenda/9811.html">“宝宝湿疹反复怎么办”</a> 2023-09-11</li>' +
      '<li>【新回复】唐建国主任医师 回答了<a href="/wenda/9822.html">“膝盖弹响要紧吗”</a> 2023-10-02</li></ol></div>' +
      '<script>setInterval(function(){var l=document.querySelector("#news ol");l.appendChild(l.firstElementChild)},4000)</script>';
    // The answer's day printed bare, as the feed's are: nothing but the feed's being furniture tells them apart.
    const bare = head.replace('回答时间：2023年4月2日', '2023-04-02 10:15');
    // After the answer, or just above the question (where a line or two may date it).
    for (const body of [`${bare}<div>${ANSWER}</div></article>${feed}`, `${feed}${bare}<div>${ANSWER}</div></article>`]) {
      const entry = own(doc(`${body}<p>以上回答仅供参考，不能替代面诊。</p>`));
      expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
      expect(entry.date).toBe('2023-04-02');
      expect(entry.flags).not.toContain('unsure_reading');
    }
    // A line saying who answered the page's own question is the answer's, and dates it.
    const signed = head.replace('<p>回答时间：2023年4月2日</p>', '<p>孟凡主治医师 回答了“胃食管反流怎么缓解” 2023-04-02</p>');
    const entry = own(doc(`${signed}<div>${ANSWER}</div></article>${feed}`));
    expect([entry.date, entry.answer_paragraphs]).toEqual(['2023-04-02', PARAGRAPHS]);
  });
});

describe('a sponsor’s credit and an advert’s approval number under a drug maker’s 专家答疑', () => {
  const related =
    '<div><h4>相关答疑</h4><ul><li><a href="/wenda/3030.html">反流性食管炎要吃多久的药</a><p>一般规律用药八周左右，需要复查胃镜。</p></li>' +
    '<li><a href="/wenda/3031.html">胃食管反流能喝咖啡吗</a><p>咖啡会加重反流，发作期间最好不喝。</p></li></ul></div>';
  const sponsor = '<p class="s">本专栏由恒康医药股份有限公司提供支持</p>';
  const approval = '<p class="s">药品广告批准文号：苏药广审（文）第250314-01288号　审核日期：2023年3月14日　有效期至2024年3月13日</p>';

  it('leaves them and the notice after them out of the answer, and takes none of their days', () => {
    for (const tail of [sponsor + approval, approval + sponsor]) {
      const entries = read(doc(`${head}<div>${ANSWER}</div>${tail}<p>请按药品说明书或在药师指导下购买和使用。</p></article>${related}`));
      const entry = entries.find((e) => e.origin === 'page')!;
      expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
      expect(entry.date).toBe('2023-04-02');
      expect(entry.flags).not.toContain('unsure_reading');
      expect(entries.filter((e) => e.origin !== 'page').map((e) => e.question)).toEqual(['反流性食管炎要吃多久的药', '胃食管反流能喝咖啡吗']);
    }
  });

  it('takes no day from an approval line where the answer prints none', () => {
    const undated = `${head.replace('<p>回答时间：2023年4月2日</p>', '')}<div>${ANSWER}</div>${approval}</article>`;
    const entry = own(doc(undated));
    expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
    expect(entry.date).toBeNull();
  });
});
