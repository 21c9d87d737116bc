import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on votes and comments after the answer, site-wide feeds versus related lists, a download cut in the related list, a doctor's page of answers, content inside <noscript>, a doctor's photo.
 * Issue #9: what the blind split fresh-12 taught the genre reader, each rule on a small page of its own.
 */

const read = (body: string, title = '胃胀怎么办_某站', head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'https://www.example.org/q/1.html' })));
const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
const CARD = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
const P1 = '胃胀多与饮食有关，少吃产气食物。';
const P2 = '饭后适当散步，帮助胃肠蠕动。';
const TEXT = `<p>${P1}</p><p>${P2}</p>`;
const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${q}要看具体情况，建议在医生指导下处理。</p></li>`;
const LIST = `<h3>相关问答</h3><ul>${item(2, '胃胀气吃什么药')}${item(3, '饭后胃胀是什么原因')}</ul>`;

describe('what fresh-12 taught the reader: what readers add after the answer', () => {
  it('a prompt to vote on the answer (这个回答对您有帮助吗？ 有用(N) 没用(M), 👍 N 👎 M) is none of the answer', () => {
    const votes = [
      '<div><span>这个回答对您有帮助吗？</span><button>有用(114)</button><button>没用(5)</button></div>',
      '<div>此回答是否对您有帮助？ <a href="javascript:;">是</a> <a href="javascript:;">否</a></div>',
      '<div><a href="javascript:;">👍 239</a> <a href="javascript:;">👎 17</a> <span>分享</span> <span>举报</span></div>',
    ];
    for (const vote of votes) {
      const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<div>${TEXT}</div>${vote}${LIST}`);
      expect(page!.answer_paragraphs).toEqual([P1, P2]);
    }
  });

  it("readers' comments under a 网友评论 / 全部评论 / 评论区 head, with the doctor's replies among them, are none of the answer", () => {
    const comment = (who: string, text: string) => `<li><div><b>${who}</b> <span>2023-05-20</span></div><p>${text}</p><div><a href="javascript:;">回复</a> <a href="javascript:;">赞 3</a></div></li>`;
    for (const head of ['网友评论（2）', '全部评论', '评论区 2']) {
      const comments = `<div><div>${head}</div><ul>${comment('阳光达人117', '我妈也有这个毛病，好几年了，一直反反复复的。')}${comment('王清玉 医生', '建议先去医院做个胃镜，明确诊断以后再处理。')}</ul></div>`;
      const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<div>${TEXT}${comments}</div>${LIST}`);
      expect(page!.answer_paragraphs).toEqual([P1, P2]);
    }
  });
});

describe("what fresh-12 taught the reader: a list's heading says whether it is related", () => {
  const feed = (head: string, qs: string[], from: number) => `<div><h3>${head}</h3><ul>${qs.map((q, i) => item(from + i, q)).join('')}</ul></div>`;
  const HOT = feed('热门问答', ['孩子发烧怎么办', '失眠吃什么药好'], 10);
  const NEW = feed('最新问答', ['腰疼挂什么科', '牙龈出血怎么回事'], 20);
  const RANKED = feed('问答排行榜', ['高血压能治好吗', '感冒吃什么好得快'], 30);

  it('the site-wide feeds (热门问答, 最新问答, 问答排行榜) in a side column before the content are no related list; the list headed as related is', () => {
    const [page, ...related] = read(`<aside>${HOT}${NEW}${RANKED}</aside><main><h1>胃胀怎么办</h1>${CARD}${TEXT}<div>${LIST}</div></main>`);
    expect(page!.answer_paragraphs).toEqual([P1, P2]);
    expect(related.map((e) => e.question)).toEqual(['胃胀气吃什么药', '饭后胃胀是什么原因']);
  });

  it('a page with only the site-wide feeds, before or after its content, has no related items', () => {
    for (const body of [`<aside>${HOT}${RANKED}</aside><main><h1>胃胀怎么办</h1>${CARD}${TEXT}</main>`, `<main><h1>胃胀怎么办</h1>${CARD}${TEXT}</main><aside>${HOT}${NEW}</aside>`]) {
      const [page, ...related] = read(body);
      expect([page!.answer_paragraphs, related.length]).toEqual([[P1, P2], 0]);
    }
  });

  it("a list set just before the question in the markup (a side column first) lends it no date: its last item's day is the item's", () => {
    const dated = (head: string) => `<div><h3>${head}</h3><ul><li><a href="/q/2.html">胃胀气吃什么药</a><p>多与饮食有关。</p><span>2021-03-14</span></li><li><a href="/q/3.html">饭后胃胀是什么原因</a><p>多与进食过快有关。</p><span>2020-09-22</span></li></ul></div>`;
    for (const head of ['相关问答', '最新问答']) {
      const [page] = read(`<div><aside>${HOT}${dated(head)}</aside><div><h1>胃胀怎么办</h1>${CARD}<div><span>更新时间：2019/12/12 20:07</span></div>${TEXT}</div></div>`);
      expect([page!.date, unsure(page!)]).toEqual(['2019-12-12', false]);
    }
    // A date line of the page's own above its question still dates it.
    expect(read(`<div><span>2019-12-12</span> <span>来源：某站</span></div><h1>胃胀怎么办</h1>${CARD}${TEXT}${LIST}`)[0]!.date).toBe('2019-12-12');
  });
});

describe('what fresh-12 taught the reader: a download cut in the related list', () => {
  const cutPage = (tail: string) => `<html><head><meta charset="utf-8"><title>胃胀怎么办_某站</title></head><body><h1>胃胀怎么办</h1>${CARD}${TEXT}<h3>相关问答</h3><ul>${item(2, '胃胀气吃什么药')}${tail}`;

  it("a transfer cut in the middle of a character's bytes: the character did not arrive, the item's snippet is kept up to it, with no damage counted", () => {
    // 关 is three bytes in UTF-8: one or two of them arrived.
    const whole = Buffer.from(cutPage('<li><a href="/q/3.html">饭后胃胀是什么原因</a><p>饭后胃胀多与消化不良有关'), 'utf8');
    for (const missing of [1, 2]) {
      const extraction = extractOrThrow({ ...pageRecord(whole.subarray(0, whole.length - missing), { url: 'https://www.example.org/q/1.html' }) });
      expect(extraction.replacementChars).toBe(0);
      const [, ...related] = entriesOf(extraction);
      expect(related.map((e) => e.answer_paragraphs)).toEqual([['胃胀气吃什么药要看具体情况，建议在医生指导下处理。'], ['饭后胃胀多与消化不良有']]);
    }
  });

  it("a download cut inside the last item's question leaves no item, and adds nothing to the item before it", () => {
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<h3>相关问答</h3><ul>${item(2, '胃胀气吃什么药')}<li><a href="/q/3.html">饭后`);
    expect(related.map((e) => [e.question, e.answer_paragraphs])).toEqual([['胃胀气吃什么药', ['胃胀气吃什么药要看具体情况，建议在医生指导下处理。']]]);
    // Cut inside a question long enough to be one: the page ends at its link, and the item before is the list.
    const extraction = extractOrThrow(pageRecord(cutPage('<li><a href="/q/3.html">饭后胃胀是什'), { url: 'https://www.example.org/q/1.html' }));
    const [page, ...items] = entriesOf(extraction);
    expect([unsure(page!), items.map((e) => e.question)]).toEqual([false, ['胃胀气吃什么药']]);
  });
});

describe("what fresh-12 taught the reader: a doctor's page lists answers, of which the <title>'s one is the page's", () => {
  const home = (own: string, others: string[], at: number) => {
    const other = (n: number, q: string) => `<div><a href="/q/${n}.html">${q}</a><span>2022-03-0${n}</span><p>${q}多与饮食有关，建议在医生指导下处理。…</p><a href="/q/${n}.html">展开</a></div>`;
    const rows = others.map((q, i) => other(i + 2, q));
    rows.splice(at, 0, own);
    return `<div><img src="/a/1.jpg" alt="王清玉"><h1>王清玉</h1><p><span>副主任医师</span> <span>消化内科</span></p><p>江州市人民医院 <i>三甲</i></p><p>擅长：胃炎等常见病的诊治</p><ul><li>从业 12 年</li><li>好评率 98%</li></ul></div>
<div><a href="javascript:;">个人简介</a> <a href="javascript:;">TA的回答</a></div><div><div>TA的回答（共 40 条）</div>${rows.join('\n')}</div>`;
  };
  const OWN = `<div><span>当前问题</span><h3>胃胀怎么办</h3><div>2023-05-06 · 语音回答</div><div>${TEXT}</div><a href="javascript:;">收起</a></div>`;
  const OTHERS = ['胃胀气吃什么药', '饭后胃胀是什么原因', '胃胀是胃炎吗'];

  it("the card is the one around the <h1> naming the doctor, the page's own Q&A is read wherever it stands among the answers, the others are the related items", () => {
    for (const at of [0, 1, 3]) {
      const [page, ...related] = read(home(OWN, OTHERS, at), '胃胀怎么办_王清玉医生的回答_医生主页');
      expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
      expect([page!.answer_paragraphs, page!.date, page!.format]).toEqual([[P1, P2], '2023-05-06', 'voice']);
      expect(related.map((e) => [e.question, e.date])).toEqual(OTHERS.map((q, i) => [q, `2022-03-0${i + 2}`]));
    }
  });

  it("the page's own Q&A alone under the list's head is no related item", () => {
    const [page, ...related] = read(home(OWN, [], 0), '胃胀怎么办_王清玉医生的回答_医生主页');
    expect([page!.answer_paragraphs, related.length]).toEqual([[P1, P2], 0]);
  });
});

describe('what fresh-12 taught the reader: a page rendered by scripts, as a crawler receives it', () => {
  const SKELETON = '<div id="app" aria-busy="true"><div class="sk-row"></div><div class="sk-row"></div><p>加载中…</p></div>';
  const TEMPLATE = '<template id="qa"><h1>{{question}}</h1><div>{{doctor.name}} {{doctor.title}}</div><div>{{answer}}</div></template>';
  const CONTENT = `${CARD}<div>回答时间：2023-05-06</div>${TEXT}${LIST}`;

  it('the content only inside <noscript> (beside a loading skeleton and a template of placeholders) is read, the <h1> inside or outside it', () => {
    for (const body of [`${SKELETON}${TEMPLATE}<noscript><h1>胃胀怎么办</h1>${CONTENT}</noscript>`, `<h1>胃胀怎么办</h1>${SKELETON}${TEMPLATE}<noscript>${CONTENT}</noscript>`]) {
      const [page, ...related] = read(body);
      expect([page!.doctor.name, page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual(['王清玉', [P1, P2], '2023-05-06', false]);
      expect(related.map((e) => e.question)).toEqual(['胃胀气吃什么药', '饭后胃胀是什么原因']);
    }
  });

  it('content printed and copied into a <noscript> (the answer, or all of it) is read once; a lazy avatar in a <noscript> is no text', () => {
    const avatar = '<img data-src="/a/1.jpg" class="lazy"><noscript><img src="/a/1.jpg" alt=""></noscript>';
    const [page] = read(`<h1>胃胀怎么办</h1>${avatar}${CARD}<div>回答时间：2023-05-06</div><div>${TEXT}<noscript>${TEXT}</noscript></div>${LIST}`);
    expect(page!.answer_paragraphs).toEqual([P1, P2]);
    const [whole, ...related] = read(`<h1>胃胀怎么办</h1>${avatar}${CONTENT}<noscript><h1>胃胀怎么办</h1>${CONTENT}</noscript>`);
    expect([whole!.answer_paragraphs, related.length]).toEqual([[P1, P2], 2]);
  });

  it("a site's notice for browsers without scripts (请启用JavaScript…) is no content, wherever it stands", () => {
    const notice = '<noscript><p>您的浏览器未启用JavaScript，请开启后访问本站以获得完整体验。</p></noscript>';
    const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<div>回答时间：2023-05-06</div><div>${TEXT}${notice}</div>${LIST}`);
    expect(page!.answer_paragraphs).toEqual([P1, P2]);
  });
});

describe("what fresh-12 taught the reader: a doctor's photo in the card", () => {
  it("a picture named after the doctor (its photo) beside a hospital without a grade is no unread grade badge; a picture that says nothing on the hospital's line still is", () => {
    const card = (img: string, badge = '') => `<div>${img}<b>王清玉</b> <span>副主任医师</span> <span>消化内科</span><p>江州市人民医院${badge}</p></div>`;
    const [photo] = read(`<h1>胃胀怎么办</h1>${card('<img src="/a/1.jpg" alt="王清玉">')}${TEXT}${LIST}`);
    expect([photo!.doctor.hospital_grade, unsure(photo!)]).toEqual([null, false]);
    // (A picture opening the name's line, the hospital in a block under it, is beside the name: reader51, card-pictures.ts.)
    const [badge] = read(`<h1>胃胀怎么办</h1>${card('', ' <img src="/b/g.png">')}${TEXT}${LIST}`);
    expect([badge!.doctor.hospital_grade, unsure(badge!)]).toEqual([null, true]);
  });
});
