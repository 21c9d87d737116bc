import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on responsive pages carrying desktop and mobile twins, and mini-program or web-component front ends (custom elements, no heading).
 * What the blind split fresh-27 taught the genre reader (custom elements, responsive twins), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
const ITEMS = [
  ['爬楼梯膝盖疼是什么原因', '多与劳损有关，注意休息。'],
  ['膝关节积液怎么治疗', '积液多时需要抽液治疗。'],
];
const list = '<div><h3>相关推荐</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div>';

describe('a responsive page that carries its desktop and its mobile rendering, a media query showing one', () => {
  const desktop = (withList: boolean) =>
    `<div class="pc"><h1>膝盖疼怎么办</h1><div><b>陈思远</b> 主治医师<p>滨海市第一医院 三甲 骨科</p></div><div>2023-01-09 <span>图文解答</span></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${withList ? list : ''}</div>`;
  const mobile = (withList: boolean) =>
    `<div class="m"><div><b>膝盖疼怎么办</b></div><div>陈思远 · 主治医师</div><div>滨海市第一医院 三甲 骨科</div><div>2023-01-09 图文解答</div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${withList ? list : ''}</div>`;
  const page = (sheet: string, mobileFirst: boolean, listInEach: boolean) =>
    `<html><head><title>膝盖疼怎么办-问答</title><style>${sheet}</style></head><body><div><a href="/">首页</a></div>` +
    `${mobileFirst ? mobile(listInEach) + desktop(listInEach) : desktop(listInEach) + mobile(listInEach)}<p>本回答仅供参考，不能作为诊断依据。</p>${listInEach ? '' : list}</body></html>`;
  const SHEETS = [
    // The phone's copy hidden by default, shown (and the desktop's hidden) up to a phone's width.
    '.m{display:none}@media (max-width: 768px){.pc{display:none}.m{display:block}}',
    // The desktop's copy hidden by default, shown from a desktop's width, where the phone's is hidden.
    '.pc{display:none}@media screen and (min-width:769px){.pc{display:block}.m{display:none}}',
    '@media only screen and (min-width: 48em){.m{display:none !important}}@media (max-width: 47.9em){.pc{display:none}}',
  ];

  it('is read as a desktop browser shows it: one Q&A, its answer once, its related items once (a block hidden at every width still read)', () => {
    for (const sheet of SHEETS) {
      for (const mobileFirst of [true, false]) {
        for (const listInEach of [true, false]) {
          const [own, ...items] = read(page(sheet, mobileFirst, listInEach));
          expect(own).toMatchObject({ question: '膝盖疼怎么办', date: '2023-01-09', format: 'text', answer_paragraphs: ANSWER, flags: expect.not.arrayContaining(['unsure_reading']) });
          expect(own!.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: '三甲' });
          expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual(ITEMS);
        }
      }
    }
    // A block hidden at every width (a folded answer) is still read, and a rule for print hides nothing on screen.
    const folded = `<html><head><title>膝盖疼怎么办-问答</title><style>.full{display:none}@media print{.full{display:block}.pc{display:none}}</style></head><body>${desktop(false).replace(`<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`, `<div class="full">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`)}</body></html>`;
    expect(read(folded)[0]).toMatchObject({ question: '膝盖疼怎么办', answer_paragraphs: ANSWER });
  });


  it('reads words a desktop width shows and a phone width hides, inside a line (the title beside the name), and not the reverse', () => {
    const html =
      '<html><head><title>膝盖疼怎么办-问答</title><style>.wide{display:none}.narrow{display:inline}@media (min-width: 992px){.wide{display:inline}.narrow{display:none}}</style></head><body><h1>膝盖疼怎么办</h1>' +
      `<div><b>陈思远</b> <span class="wide">主治医师</span><span class="narrow">主治</span><p>滨海市第一医院 三甲 骨科</p></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)[0]!.doctor).toMatchObject({ name: '陈思远', title: '主治医师' });
  });
});

describe("a mini-program's web rendering or a web-component front end (custom elements, no heading)", () => {
  const wx = (title: string) =>
    `<html><head><title>${title}</title><style>wx-view,wx-navigator{display:block}wx-text{display:inline}wx-image{display:inline-block;width:48px}</style></head><body><wx-view>` +
    '<wx-view><wx-text>膝盖疼怎么办</wx-text></wx-view>' +
    '<wx-view><wx-image src="/img/avatar/1.png"></wx-image><wx-view><wx-text>陈思远</wx-text> <wx-text>主治医师</wx-text></wx-view><wx-view><wx-text>滨海市第一医院</wx-text> <wx-text>骨科</wx-text></wx-view></wx-view>' +
    '<wx-view><wx-text>2023-01-09</wx-text></wx-view>' +
    `<wx-view>${ANSWER.map((p) => `<wx-view><wx-text>${p}</wx-text></wx-view>`).join('')}</wx-view>` +
    '<wx-view><wx-view><wx-text>相关问题</wx-text></wx-view>' +
    ITEMS.map(([q, s], i) => `<wx-navigator url="/q/${i + 2}.html"><wx-view><wx-text>${q}</wx-text></wx-view><wx-view><wx-text>${s}</wx-text></wx-view></wx-navigator>`).join('') +
    '</wx-view></wx-view></body></html>';
  const components = (title: string) =>
    `<html><head><title>${title}</title><style>qa-page,qa-question,x-card,qa-meta,qa-answer,qa-related,qa-item{display:block}</style></head><body><qa-page>` +
    '<qa-question>膝盖疼怎么办</qa-question><qa-meta><time>2023-01-09</time></qa-meta>' +
    '<x-card><x-name>陈思远</x-name> <x-title>主治医师</x-title><x-hospital>滨海市第一医院 <x-grade>三甲</x-grade></x-hospital><x-dept>骨科</x-dept></x-card>' +
    `<qa-answer>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</qa-answer><p>本回答仅供参考，不能作为诊断依据。</p>` +
    `<qa-related><h3>相关问答</h3>${ITEMS.map(([q, s], i) => `<qa-item><a href="/q/${i + 2}.html">${q}</a><p>${s}</p></qa-item>`).join('')}</qa-related></qa-page></body></html>`;

  it("takes a navigator's url (`<wx-navigator url>`, no <a>) as the related item's address", () => {
    const [own, ...items] = read(wx('膝盖疼怎么办'));
    expect(own).toMatchObject({ question: '膝盖疼怎么办', answer_paragraphs: ANSWER });
    expect(items.map((e) => [e.question, e.answer_paragraphs.join(''), e.url])).toEqual([
      [...ITEMS[0]!, 'https://www.example-wenda.cn/q/2.html'],
      [...ITEMS[1]!, 'https://www.example-wenda.cn/q/3.html'],
    ]);
  });

  it("finds the question where the <title> is the app's name (健康问答小程序, 问答详情) and no heading holds it, doubted where the title asks another", () => {
    for (const html of [wx('健康问答小程序'), wx('问答详情'), components('问答详情'), components('问医生')]) {
      const [own, ...items] = read(html);
      expect(own).toMatchObject({ question: '膝盖疼怎么办', date: '2023-01-09', answer_paragraphs: ANSWER, flags: expect.not.arrayContaining(['unsure_reading']) });
      expect(own!.doctor).toMatchObject({ name: '陈思远', title: '主治医师', hospital: '滨海市第一医院', department: '骨科' });
      expect(items.map((e) => e.question)).toEqual(ITEMS.map(([q]) => q));
    }
    // A first line asking another question than the title does is doubted.
    expect(read(wx('腰疼怎么办'))[0]!.flags).toContain('unsure_reading');
  });

  it('raises no doubt of the grade over an avatar standing above the card in a custom element', () => {
    expect(read(wx('膝盖疼怎么办'))[0]).toMatchObject({ doctor: { hospital_grade: null }, flags: expect.not.arrayContaining(['unsure_reading']) });
  });
});
