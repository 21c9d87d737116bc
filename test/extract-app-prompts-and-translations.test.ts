import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on what a site sets around the answer (app prompts, follow-ups), accordion and grid related lists, a card in two halves, bracketed labels and English printed beside the Chinese.
 * Issue #9: what the blind split fresh-11 taught the genre reader, each rule on a small page of its own.
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

describe('what fresh-11 taught the reader: what a site sets around the answer', () => {
  it("an app's prompts (a banner between the answer's paragraphs, an overlay, a bottom bar) are none of the answer", () => {
    const overlay = '<div style="position:fixed"><p>打开康健APP，查看更多医生回答</p><a href="kangjian://q/1">打开APP</a> <a href="javascript:;">继续浏览网页</a></div>';
    for (const banner of ['<div><img src="/b.png" alt=""><span>下载APP，免费向三甲医生提问</span><a href="/download">立即下载</a></div>', '<div>APP内打开，阅读体验更佳 <a href="/download">打开</a></div>']) {
      const [page] = read(`${overlay}<h1>胃胀怎么办</h1>${CARD}<div><p>${P1}</p>${banner}<p>${P2}</p></div>${LIST}`);
      expect(page!.answer_paragraphs).toEqual([P1, P2]);
    }
  });

  it('a related item whose answer is shown only in the app is no item, and its app button is no item either', () => {
    const locked = '<li><a href="/q/4.html">胃胀是胃炎吗</a><div><span>🔒 该回答需在APP内查看</span> <a href="/download">打开APP</a></div></li>';
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<div><div>更多相关问题</div><ul>${item(2, '胃胀气吃什么药')}${locked}</ul></div>`);
    expect(related.map((e) => e.question)).toEqual(['胃胀气吃什么药']);
  });

  it("the asker's follow-up (追问 and its date) ends the page's answer: the doctor's later replies answer other questions, their dates not the answer's", () => {
    for (const head of ['追问 2023-05-08 10:12', '补充提问', '追问记录（2）']) {
      const rounds = `<div><div>${head}</div><p>那需要做什么检查吗？</p></div><div><div><span>医生再次回复</span> <b>王清玉</b> <span>2023-05-09 08:30</span></div><p>建议先到医院做个胃镜检查，明确诊断以后再对症处理。</p></div>`;
      const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<div><div><span>医生回答</span> <span>2023-05-06 14:22</span></div>${TEXT}${rounds}</div>${LIST}`);
      expect([page!.answer_paragraphs, page!.date, unsure(page!)]).toEqual([[P1, P2], '2023-05-06', false]);
    }
  });

  it("a line naming who answers with the answer's word (方强医生的回答) and a prompt to read on (点击查看完整解答) are none of the answer", () => {
    for (const summary of ['王清玉医生的回答', '点击查看完整解答', '查看医生回答']) {
      const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<details open><summary>${summary}</summary><div>${TEXT}</div></details>${LIST}`);
      expect([page!.answer_paragraphs, unsure(page!)]).toEqual([[P1, P2], false]);
    }
  });
});

describe('what fresh-11 taught the reader: related lists', () => {
  it("a read-more link (查看完整回答 ›) is no item's question: the item's question is its other line (an accordion's <summary>)", () => {
    const acc = (n: number, q: string) => `<details><summary>${q}</summary><div><p>${q}要看具体情况，建议在医生指导下处理。</p><a href="/q/${n}.html">查看完整回答 ›</a></div></details>`;
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<section><h3>相关问答</h3>${acc(2, '胃胀气吃什么药')}${acc(3, '饭后胃胀是什么原因')}</section>`);
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.url])).toEqual([
      ['胃胀气吃什么药', ['胃胀气吃什么药要看具体情况，建议在医生指导下处理。'], 'https://www.example.org/q/2.html'],
      ['饭后胃胀是什么原因', ['饭后胃胀是什么原因要看具体情况，建议在医生指导下处理。'], 'https://www.example.org/q/3.html'],
    ]);
  });

  it('常见问题 and 猜你关心 label related lists', () => {
    for (const label of ['常见问题', '猜你关心']) {
      const [, ...related] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<div><div>${label}</div><ul>${item(2, '胃胀气吃什么药')}${item(3, '饭后胃胀是什么原因')}</ul></div>`);
      expect(related.map((e) => e.question)).toEqual(['胃胀气吃什么药', '饭后胃胀是什么原因']);
    }
  });

  it("a grid of cards printed in rows is one list, a last row of one card included; a heading between two lists still parts them", () => {
    const qs = ['胃胀气吃什么药', '饭后胃胀是什么原因', '胃胀是胃炎吗', '胃胀要做胃镜吗', '胃胀能喝牛奶吗'];
    const cell = (n: number, q: string) => `<div><a href="/q/${n}.html"><img src="/t/${n}.jpg" alt=""><h4>${q}</h4></a><p>${q}要看具体情况，建议在医生指导下处理。</p></div>`;
    const row = (from: number, to: number) => `<div style="display:flex">${qs.slice(from, to).map((q, i) => cell(from + i + 2, q)).join('')}</div>`;
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<div><h3>猜你关心</h3>${row(0, 2)}${row(2, 4)}${row(4, 5)}</div>`);
    expect(related.map((e) => e.question)).toEqual(qs);
    const [, ...parted] = read(`<h1>胃胀怎么办</h1>${CARD}${TEXT}<div><h3>相关问答</h3>${row(0, 2)}<h3>热门问答</h3>${row(2, 4)}</div>`);
    expect(parted.map((e) => e.question)).toEqual(qs.slice(0, 2));
  });
});

describe("what fresh-11 taught the reader: the card's halves, labels, translations", () => {
  it('a band naming the doctor above the question, completed by a doctor box after the answer (关于医生, 医生信息), is the card; the box fills a card below the question too', () => {
    const box = (name: string) => `<div><h3>关于医生</h3>${name}<p>江州市人民医院 <span>三甲</span></p><p>消化内科</p><p>擅长：胃炎、慢性病的诊断与治疗</p></div>`;
    const band = '<div><span>本期答疑</span><img src="/a.jpg" alt=""><b>王清玉</b> <span>副主任医师</span></div>';
    const crumbs = '<div><a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; <a href="/wenda/k/">皮肤科</a></div>';
    const want = { name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' };
    for (const [before, after] of [[band, ''], ['', band]]) {
      const [page] = read(`${crumbs}<div>${before}<h1>胃胀怎么办</h1>${after}<div><span>分类：<a href="/wenda/k/">皮肤科</a></span> <span>发布：2023-05-06</span></div><div>${TEXT}</div><p>声明：本文内容仅供参考，不作为诊断及医疗依据。</p>${box('<p>王清玉</p>')}</div>${LIST}`);
      expect([page!.doctor, unsure(page!)]).toEqual([want, false]);
    }
    // A box that names another doctor adds nothing.
    const [other] = read(`<div><h1>胃胀怎么办</h1>${band}<div>${TEXT}</div>${box('<p>李明</p>')}</div>${LIST}`);
    expect(other!.doctor.hospital).toBeNull();
  });

  it("an old site's bracketed label (【问题】) labels the question", () => {
    const body = `<table><tr><td><font color="#ff6600"><b>【问题】</b></font><b>胃胀怎么办</b></td></tr></table><table><tr><td>医生：王清玉</td><td>职称：副主任医师</td><td>所在医院：江州市人民医院</td><td>科室：消化内科</td></tr></table><table><tr><td><b>【医生回复】</b></td></tr><tr><td>${P1}<br>${P2}<br></td></tr></table>`;
    const [page] = read(body, '胃胀怎么办--老问医网');
    expect([page!.question, page!.answer_paragraphs]).toEqual(['胃胀怎么办', [P1, P2]]);
  });

  it('English printed beside the Chinese it translates (lang="en") is not read; an English term inside a sentence is kept', () => {
    const en = (t: string) => `<span lang="en">${t}</span>`;
    const icon = '<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M3 3h6"/></svg>';
    const rows: Array<[string, string]> = [
      [`主诊医生 ${en('Physician')}`, '<strong>王清玉</strong>'],
      [`职称 ${en('Title')}`, `副主任医师 ${en('Associate Chief Physician')}`],
      [`医院 ${en('Hospital')}`, `江州市人民医院<br>${en('Jiangzhou General Hospital')}`],
      [`科室 ${en('Department')}`, `消化内科 / ${en('Gastroenterology')}`],
    ];
    const cards = [
      `<table>${rows.map(([l, v]) => `<tr><th>${icon} ${l}</th><td>${v}</td></tr>`).join('')}</table>`,
      // The label's colon after its translation: the colon stays the label's.
      `<div>${rows.map(([l, v]) => `<div>${icon}<span>${l}：</span><span>${v}</span></div>`).join('')}</div>`,
    ];
    const answer = `<section><h2>医生回答 ${en("Doctor's Answer")}</h2><div><p>${P1}</p><p>可查幽门螺杆菌${en('(Hp)')}，阳性者遵医嘱治疗。</p></div></section><p lang="en">The above is for reference only and does not replace a face-to-face diagnosis.</p>`;
    for (const card of cards) {
      const [page] = read(`<h1>胃胀怎么办</h1>${card}${answer}${LIST}`);
      expect([page!.doctor, page!.answer_paragraphs, unsure(page!)]).toEqual([
        { name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: null },
        [P1, '可查幽门螺杆菌(Hp)，阳性者遵医嘱治疗。'],
        false,
      ]);
    }
  });

  it('an English date after its verb without a colon (Published May 6, 2023) dates the answer; a play button before the format word (▶ 语音解答) gives the format', () => {
    for (const [meta, date, format] of [
      ['Published May 6, 2023', '2023-05-06', 'unknown'],
      ['Published 06 May 2023 <span>▶ 语音解答</span>', '2023-05-06', 'voice'],
    ] as const) {
      const [page] = read(`<h1>胃胀怎么办</h1><div><span>${meta}</span></div>${CARD}${TEXT}${LIST}`);
      expect([page!.date, page!.format]).toEqual([date, format]);
    }
  });
});

describe('what fresh-11 taught the reader: where those rules stop', () => {
  it('an answer line that advises an app, or ends in 补充说明, stays the answer', () => {
    const lines = ['使用APP记录每天的血压变化，复诊时给医生看', '补充说明'];
    for (const line of lines) {
      const [page] = read(`<h1>胃胀怎么办</h1>${CARD}<div><p>${P1}</p><p>${line}</p><p>${P2}</p></div>${LIST}`);
      expect(page!.answer_paragraphs).toEqual([P1, line, P2]);
    }
  });
});
