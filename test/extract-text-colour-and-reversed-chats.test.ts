import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on how a page is drawn: text in its background's colour, transparent text, and a chat laid out bottom up.
 * What the blind splits fresh-41 and fresh-42 taught the genre reader about how a page is drawn, each rule on a small page of its own.
 */

const URL = 'https://www.example-kangjian.cn/ask/5521.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const own = (html: string) => read(html).find((e) => e.origin === 'page')!;

const ANSWER = ['慢性咽炎多和长期用嗓、吸烟、反流有关，先减少刺激。', '症状超过三个月不缓解，请到耳鼻喉科做喉镜检查。'];
const page = (body: string, head = '', related = '') =>
  `<html><head><title>慢性咽炎能治好吗_康健问答</title>${head}</head><body><article><h2>慢性咽炎能治好吗</h2>` +
  `<p>解答：周文 副主任医师 耳鼻喉科 东川市人民医院</p><p>2023-03-14 答复</p>` +
  `<section>${body}</section></article>${related ? `<aside><h4>大家还问了</h4><ol>${related}</ol></aside>` : ''}</body></html>`;

describe('text in its background’s colour (keywords stuffed white on a white page)', () => {
  const STUFF = '咽炎哪家医院好 咽炎偏方 咽炎多少钱';
  const ways: Record<string, [string, string?]> = {
    'a run whitened by the style attribute': [`<p>${ANSWER[0]}<em style="font-size:12px; color: #FFF">${STUFF}</em></p><p>${ANSWER[1]}</p>`],
    'a run in <font color>': [`<p>${ANSWER[0]}<font color="white">${STUFF}</font></p><p>${ANSWER[1]}</p>`],
    'a block of keywords a class of the page whitens': [`<p>${ANSWER[0]}</p><div class="seo-k">${STUFF}</div><p>${ANSWER[1]}</p>`, '<style>.seo-k { color: rgb(255, 255, 255); }</style>'],
    'near-white text on a page declared near white': [`<p>${ANSWER[0]}<small style="color:#fefefe">${STUFF}</small></p><p>${ANSWER[1]}</p>`, '<style>body { background-color: #fdfdfd }</style>'],
  };
  for (const [way, [body, head]] of Object.entries(ways)) {
    it(`reads none of it into the answer: ${way}`, () => {
      expect(own(page(body, head)).answer_paragraphs).toEqual(ANSWER);
    });
  }

  it('counts no related item drawn white, the links whitened themselves', () => {
    const items = `<li><a href="/ask/5518.html">咽炎要忌口吗</a><p>少吃辛辣，戒烟限酒即可。</p></li><li><a href="/ask/5519.html">咽炎会传染吗</a><p>慢性咽炎不传染，不必隔离。</p></li>`;
    for (const white of [
      '<li style="color:#ffffff"><a href="/ask/5530.html" style="color:#ffffff">咽炎吃什么药好得快</a><p>多喝温水，遵医嘱用药即可。</p></li>',
      '<li><a href="/ask/5530.html"><font color="#ffffff">咽炎吃什么药好得快</font></a><p><font color="#ffffff">多喝温水，遵医嘱用药即可。</font></p></li>',
    ]) {
      const related = read(page(`<p>${ANSWER[0]}</p><p>${ANSWER[1]}</p>`, '', items + white)).filter((e) => e.origin === 'related');
      expect(related.map((e) => e.question)).toEqual(['咽炎要忌口吗', '咽炎会传染吗']);
    }
  });

  it('reads light text on a dark background it declares, and a link that keeps its own colour', () => {
    for (const behind of ['background:#2b4c7e', 'background-image: url(/img/banner.jpg)']) {
      const dark = `<p>${ANSWER[0]}<span style="color:white">${STUFF}</span></p><div style="${behind}"><p style="color:#fff">${ANSWER[1]}</p></div>`;
      expect(own(page(dark)).answer_paragraphs).toEqual(ANSWER);
    }
    // A badge left open (white on its own purple) holds the paragraphs after it, their numbers in its purple: an inline highlight, no background to them.
    const badge = `<p><span style="display:inline-block;width:22px;color:#fff;background:#6a4c93">答</span></p><p><span style="color:white">${STUFF}</span></p>`;
    for (const open of [badge, badge.replace('答</span></p>', '答')]) {
      const numbered = `${open}<p><b style="color:#6a4c93">1.</b>${ANSWER[0]}</p><p><b style="color:#6a4c93">2.</b>${ANSWER[1]}</p>`;
      expect(own(page(numbered)).answer_paragraphs).toEqual(ANSWER.map((p, i) => `${i + 1}.${p}`));
    }
    // Links in a white box are drawn in the link colour: seen.
    const items = `<li><a href="/ask/5518.html">咽炎要忌口吗</a><p style="color:#666">少吃辛辣，戒烟限酒即可。</p></li><li><a href="/ask/5519.html">咽炎会传染吗</a><p style="color:#666">慢性咽炎不传染，不必隔离。</p></li>`;
    const related = read(page(`<p>${ANSWER[0]}</p><p>${ANSWER[1]}</p>`, '', items).replace('<ol>', '<ol style="color:white">')).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.question)).toEqual(['咽炎要忌口吗', '咽炎会传染吗']);
  });

  it('judges nothing where a sheet it does not hold, or a rule it does not match, may paint what lies behind the text (a badge’s background)', () => {
    const badge = `<p>${ANSWER[0]}</p><p><span class="hl" style="color:#fff">${ANSWER[1]}</span></p>`;
    // On the page's own white, with nothing behind it: unseen.
    expect(own(page(badge)).answer_paragraphs).toEqual([ANSWER[0]]);
    expect(own(page(badge, '<style>.hl { background: #c0392b }</style>')).answer_paragraphs).toEqual(ANSWER);
    expect(own(page(badge, '<link rel="stylesheet" href="/css/site.css">')).answer_paragraphs).toEqual(ANSWER);
    expect(own(page(badge, '<style>section .hl { background: #c0392b }</style>')).answer_paragraphs).toEqual(ANSWER);
  });
});

describe('transparent text: a gradient clipped to it is shown, no background behind it is not', () => {
  const STUFF = '咽炎能根治吗 咽炎挂什么科';
  const GRADIENT = 'background: linear-gradient(90deg, #e66465, #9198e5); -webkit-background-clip: text; background-clip: text';
  it('reads a question drawn in a gradient by a text fill, and no run whose text fill is transparent with no background clipped to it', () => {
    for (const [attrs, run, head] of [
      [` style="${GRADIENT}; -webkit-text-fill-color: transparent"`, `<b style="-webkit-text-fill-color: transparent">${STUFF}</b>`, ''],
      [' class="rainbow" style="-webkit-text-fill-color: transparent"', `<i class="kw">${STUFF}</i>`, `<style>.rainbow { ${GRADIENT} } .kw { -webkit-text-fill-color: rgba(0, 0, 0, 0) }</style>`],
    ] as const) {
      const html = page(`<p>${ANSWER[0]}${run}</p><p>${ANSWER[1]}</p>`, head).replace('<h2>慢性咽炎能治好吗</h2>', `<h2${attrs}>慢性咽炎能治好吗</h2>`);
      expect(own(html).question).toBe('慢性咽炎能治好吗');
      expect(own(html).answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('reads a run whose colour is transparent but whose text fill paints it', () => {
    const run = `<p>${ANSWER[0]}</p><p><span style="color: transparent; -webkit-text-fill-color: #333">${ANSWER[1]}</span></p>`;
    expect(own(page(run)).answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a chat whose message list is laid out bottom up (flex-direction: column-reverse)', () => {
  const turns = [
    '<div class="day">2024年2月28日</div>',
    '<div class="row"><i>患者</i> <span>21:40</span><p>孩子咳嗽一周了，晚上咳得厉害，需要去医院吗？</p></div>',
    '<div class="day">2月29日</div>',
    '<div class="row"><i>周文</i><p>夜间咳嗽加重多见于咳嗽变异性哮喘或鼻后滴漏。</p></div>',
    '<div class="row"><i>周文</i><p>建议先去儿科听诊，必要时拍胸片。</p></div>',
    '<div class="row"><i>患者</i><p>好的，谢谢医生</p></div>',
  ];
  const chat = (list: string, head = '') =>
    `<html><head><title>孩子咳嗽一周要去医院吗-问诊记录</title>${head}</head><body><header>问诊记录</header>` +
    `<h3>孩子咳嗽一周要去医院吗</h3><div>接诊医生：周文 主治医师 儿科 东川市妇幼保健院</div>${list}<footer>以上内容仅供参考</footer></body></html>`;

  it('reads the doctor’s turns in the order shown, dated by the day line shown above them', () => {
    for (const [open, head] of [
      ['<div style="display: flex; flex-direction: column-reverse">', ''],
      ['<div class="msgs">', '<style>.msgs { display: flex; flex-flow: column-reverse nowrap; overflow-y: scroll }</style>'],
    ] as const) {
      const entry = own(chat(`${open}${[...turns].reverse().join('')}</div>`, head));
      expect(entry.answer_paragraphs).toEqual(['夜间咳嗽加重多见于咳嗽变异性哮喘或鼻后滴漏。', '建议先去儿科听诊，必要时拍胸片。']);
      expect(entry.date).toBe('2024-02-29');
    }
    // A grid has no flex direction: the markup's order is the one shown.
    const grid = own(chat(`<div style="display: grid; flex-direction: column-reverse">${turns.join('')}</div>`));
    expect(grid.answer_paragraphs).toEqual(['夜间咳嗽加重多见于咳嗽变异性哮喘或鼻后滴漏。', '建议先去儿科听诊，必要时拍胸片。']);
    expect(grid.date).toBe('2024-02-29');
  });

  it('doubts a date where the day line shown above the answer has no year and none above it gives one', () => {
    const entry = own(chat(`<div style="display:flex;flex-direction:column-reverse">${[...turns.slice(1)].reverse().join('')}</div>`));
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });
});
