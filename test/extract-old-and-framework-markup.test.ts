import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on other eras' and stacks' markup: 2005 tables, Bootstrap 3, Angular Material, hashed classes, icon-font ligatures.
 * What fresh-56 (sites built with other eras' and stacks' markup: 2005 tables, Bootstrap 3, Angular Material, hashed classes) taught the genre reader.
 */

const URL = 'https://www.jiankang.example/detail/103212';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string, url: string | undefined = URL) => entriesOf(extractOrThrow(pageRecord(page, url === undefined ? {} : { url })));
const pageOf = (page: string, url?: string) => read(page, url).find((e) => e.origin === 'page')!;
const relatedOf = (page: string) => read(page).filter((e) => e.origin === 'related');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '女性遇冷热酸疼要做什么检查？';
const ANSWER = ['女性遇冷热酸疼多与龋齿或牙本质过敏有关，可以先到口腔科拍牙片明确原因。', '平时避免过冷过热的食物，使用抗敏感牙膏，症状加重时要及时复诊。'];
const CARD = '<div class="doc"><b>万娟</b> <span>副主任医师</span> <span>口腔科</span> <span>青川市第一人民医院</span></div>';
const SNIPPETS = ['龋齿常见的原因有以下几种，平时要少吃甜食，早晚刷牙，定期检查牙齿。', '牙龈出血多与牙周炎有关，建议到口腔科做牙周检查，必要时洁牙治疗。'];

describe('an icon font’s ligature word is an icon, no text', () => {
  const icon = (word: string) => `<i class="icon" aria-hidden="true">${word}</i>`;
  const page = html(QUESTION, `<h1>${QUESTION}</h1>${CARD}<div>${icon('schedule')}<span>2022-08-04 16:24</span> <span>${icon('mic')}语音</span></div><div>${ps(ANSWER)}</div>`);

  it('the date line reads its day and its format (语音 after the microphone’s `mic`)', () => {
    const own = pageOf(page);
    expect(own.format).toBe('voice');
    expect(own.date).toBe('2022-08-04');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a linked item whose parts are sibling spans marked alike', () => {
  // A component library's list: each line a span of the same class inside the item's link.
  const item = (href: string, q: string, snippet: string, day: string) =>
    `<a href="${href}"><div class="text"><span class="line">${q}</span><span class="line">${snippet}</span><span class="line">${day}</span></div></a>`;
  const page = html(
    QUESTION,
    `<h1>${QUESTION}</h1>${CARD}<div>${ps(ANSWER)}</div><h3>相关推荐</h3><div>${item('/detail/1', '年轻人龋齿要做手术吗', SNIPPETS[0]!, '2019/5/31')}${item('/detail/2', '牙龈出血挂什么科？', SNIPPETS[1]!, '2021/4/30')}</div>`,
  );

  it('reads each span as a line: the question, its snippet and its day', () => {
    const items = relatedOf(page);
    expect(items.map((e) => e.question)).toEqual(['年轻人龋齿要做手术吗', '牙龈出血挂什么科？']);
    expect(items.map((e) => e.answer_paragraphs)).toEqual([[SNIPPETS[0]], [SNIPPETS[1]]]);
    expect(items.map((e) => e.date)).toEqual(['2019-05-31', '2021-04-30']);
  });
});

describe('the asker’s profile under the question', () => {
  const profile = '<div>男 · 26岁 · 847人看过</div>';
  const words = '<p>最近一段时间一直这样，喝冷水牙就酸，不知道是什么原因。</p>';
  const meta = '<div>2022-08-04 16:24</div>';

  it('sex, age and views are none of the answer', () => {
    expect(pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${profile}${meta}<div>${ps(ANSWER)}</div>${CARD}`)).answer_paragraphs).toEqual(ANSWER);
  });

  it('the asker’s words under it, up to the answer’s date line, are none of the answer either', () => {
    const own = pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${profile}${words}${meta}<div>${ps(ANSWER)}</div>${CARD}`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-08-04');
  });
});

describe('a 2005-era page of nested tables', () => {
  const spacer = '<img src="/images/spacer.gif" width="8" height="1">';
  const profile =
    '<table><tr><td>专家档案</td></tr><tr><td>姓名：<a href="/zj/74.html"><b>吴怡</b></a></td></tr><tr><td>职称：副主任中医师</td></tr><tr><td>科室：神经内科</td></tr><tr><td>医院：东湖市精神卫生中心</td></tr></table>';
  const links = '<table><tr><td>相关问题</td></tr><tr><td>·<a href="/zjdy/show.asp?id=1">老人总是白天犯困是什么病</a> (03-25)</td></tr><tr><td>·<a href="/zjdy/show.asp?id=2">中年人失眠要做手术吗？</a> (08-23)</td></tr></table>';
  const content = (after: string) => `<table><tr><td><b>孕妇失眠多久能好</b></td></tr><tr><td>${ps(ANSWER)}</td></tr><tr><td>回复时间：2021-6-28</td></tr></table>${after}`;
  const columns = (main: string, side: string) => `<table width="778"><tr><td width="570" valign="top">${main}</td><td width="8">${spacer}</td><td width="200" valign="top">${side}</td></tr></table>`;

  it('the card in the column after a spacer cell is the page’s, where the related list ends the content’s column', () => {
    const own = pageOf(html('孕妇失眠多久能好--专家答疑', columns(content(links), profile)));
    expect(own.doctor.name).toBe('吴怡');
    expect(own.doctor.hospital).toBe('东湖市精神卫生中心');
    expect(own.related_urls).toEqual(['https://www.jiankang.example/zjdy/show.asp?id=1', 'https://www.jiankang.example/zjdy/show.asp?id=2']);
  });

  it('the card before the related list in the content’s column is the page’s too', () => {
    const own = pageOf(html('孕妇失眠多久能好--专家答疑', columns(content(profile + links), '<img src="/ad/1.gif">')));
    expect(own.doctor.name).toBe('吴怡');
    expect(own.related_urls).toHaveLength(2);
  });

  it('an item row with the list’s bullet and its day keeps the snippet row after it', () => {
    const row = (id: number, q: string, snippet: string) =>
      `<tr><td>·<a href="/zjdy/show.asp?id=${id}">${q}</a> <font>2023-01-05</font></td></tr><tr><td>${snippet}</td></tr>`;
    const list = `<table><tr><td>相关问题</td></tr>${row(1, '宝宝失眠和白天犯困有关系吗', SNIPPETS[0]!)}${row(2, '经期失眠要做手术吗', SNIPPETS[1]!)}</table>`;
    const items = read(html('孕妇失眠多久能好--专家答疑', columns(content(profile + list), ''))).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.question)).toEqual(['宝宝失眠和白天犯困有关系吗', '经期失眠要做手术吗']);
    expect(items.map((e) => e.answer_paragraphs[0])).toEqual(SNIPPETS);
  });
});

describe('meta the answer and its items print', () => {
  it('a time ago in words after the answer (半年前 语音解答) is meta, none of the answer', () => {
    const own = pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${CARD}<div>${ps(ANSWER)}<p>半年前 <span>语音解答</span></p></div>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.format).toBe('voice');
  });

  it('a day floated first in an item’s link is its meta; the question is the line after it', () => {
    const item = (href: string, day: string, q: string, snippet: string) => `<a href="${href}"><span style="float:right">${day}</span><h4>${q}</h4><p>${snippet}</p></a>`;
    const page = html(QUESTION, `<h1>${QUESTION}</h1>${CARD}<div>${ps(ANSWER)}</div><h3>其他人还问了</h3><div>${item('/q/1.html', '2020-10-22', '右上腹痛是什么原因引起的？', SNIPPETS[0]!)}${item('/q/2.html', '2022-08-20', '胆囊炎多久能好', SNIPPETS[1]!)}</div>`);
    const items = relatedOf(page);
    expect(items.map((e) => e.question)).toEqual(['右上腹痛是什么原因引起的？', '胆囊炎多久能好']);
    expect(items.map((e) => e.date)).toEqual(['2020-10-22', '2022-08-20']);
  });

  it('a count in tens of thousands (66.1w阅读) is an item’s meta, no line of its snippet', () => {
    const item = (href: string, q: string, snippet: string, views: string) => `<a href="${href}"><div>${q}</div><div>${snippet}</div><div>${views}</div></a>`;
    const page = html(QUESTION, `<h1>${QUESTION}</h1>${CARD}<div>${ps(ANSWER)}</div><div>相关问答</div><div>${item('/q/1', '宝宝结膜炎需要注意什么', SNIPPETS[0]!, '2阅读')}${item('/q/2', '眼睛痒几天了怎么办', SNIPPETS[1]!, '66.1w阅读')}${item('/q/3', '年轻人结膜炎吃什么好', SNIPPETS[0]!, '37阅读')}</div>`);
    const items = relatedOf(page);
    expect(items.map((e) => e.answer_paragraphs)).toEqual([[SNIPPETS[0]], [SNIPPETS[1]], [SNIPPETS[0]]]);
    expect(items.every((e) => !e.flags.includes('unsure_reading'))).toBe(true);
  });
});

describe('bare links under a reading label on a page that names no address of its own', () => {
  it('are flagged, not passed over in silence', () => {
    const item = (id: number, q: string) => `<a href="/answer/${id}"><div>${q}</div><span>5个回答</span></a>`;
    const page = html(QUESTION, `<h1>${QUESTION}</h1>${CARD}<div>${ps(ANSWER)}</div><div>大家都在看</div><div>${item(1, '产后声音嘶哑还脖子肿大怎么回事')}${item(2, '老人脖子肿大要做什么检查')}${item(3, '得了甲状腺结节能治好吗')}</div>`);
    const own = pageOf(page, 'saved-page.html');
    expect(own.flags).toContain('unsure_reading');
  });
});
