import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on faults of fetched HTML: JSON(P) API responses, escaped addresses, server-side include errors and HTTP error documents set into a page.
 * What the blind split fresh-40 taught the genre reader about faults of fetched HTML, each rule on a small page of its own.
 */

const URL = 'https://www.example-jiankang.cn/ask/7731.html';
const read = (html: string, contentType?: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL, ...(contentType ? { contentType } : {}) })));
const own = (html: string, contentType?: string) => read(html, contentType).find((e) => e.origin === 'page')!;
const relatedOf = (html: string, contentType?: string) => read(html, contentType).filter((e) => e.origin === 'related');

const QUESTION = '宝宝湿疹反复发作怎么护理';
const ANSWER = ['湿疹反复多与皮肤屏障受损有关，洗澡水温不要过高，洗后及时涂保湿霜。', '渗液或大片发红时请到皮肤科就诊，在医生指导下短期外用药膏。'];
const CARD = `<section class="expert"><strong>苏明远</strong><em>副主任医师</em><span>皮肤科</span><span>南江市儿童医院</span></section>`;
const WHEN = `<div class="stamp">2022-11-08 解答</div>`;
const ITEMS = [
  ['/ask/7740.html', '湿疹宝宝能洗澡吗', '可以洗，水温三十七度左右，时间不超过十分钟。'],
  ['/ask/7741.html', '湿疹膏可以天天涂吗', '激素类药膏要按疗程用，保湿霜可以每天涂。'],
  ['/ask/7745.html', '湿疹和奶藓怎么区分', '奶藓多在头面部，湿疹可以遍布全身，需医生查看。'],
] as const;
const relatedList = (heading: string, items: readonly (readonly [string, string, string])[]) =>
  `<div class="more"><h4>${heading}</h4><ol>${items.map(([p, q, s]) => `<li><a href="https://m.example-jiankang.cn${p}">${q}</a><div>${s}</div></li>`).join('')}</ol></div>`;

/** The page's markup as a JSON string the way APIs write it: `<\/`, and every non-ASCII character `\uXXXX`. */
const jsonString = (s: string) => JSON.stringify(s).replace(/\//g, '\\/').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('a JSON(P) response of a site API is read as the page its markup shows', () => {
  const fragment = `<article><h1>${QUESTION}</h1>${CARD}${WHEN}<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div></article>${relatedList('相关问答', ITEMS)}`;
  const json = `{"status":200,"message":"ok","result":{"qid":7731,"likes":52,"content":${jsonString(fragment)},"author_id":"d9034"}}`;
  const wrappers: Record<string, string> = {
    "Express's JSONP, `typeof cb === 'function' && cb(…)`": `/**/ typeof __jp3 === 'function' && __jp3(${json});`,
    'an anti-hijacking prefix before bare JSON': `)]}'\n${json}`,
    'an array of results around the object': `[${json}]`,
  };
  for (const [way, body] of Object.entries(wrappers)) {
    it(`reads the question, card, answer and related items from the decoded markup: ${way}`, () => {
      const entries = read(body, 'application/javascript; charset=utf-8');
      const page = entries.find((e) => e.origin === 'page')!;
      expect(page.question).toBe(QUESTION);
      expect(page.doctor).toMatchObject({ name: '苏明远', title: '副主任医师', department: '皮肤科', hospital: '南江市儿童医院' });
      expect(page.answer_paragraphs).toEqual(ANSWER);
      expect(page.date).toBe('2022-11-08');
      expect(page.flags).not.toContain('unsure_reading');
      const related = entries.filter((e) => e.origin === 'related');
      expect(related.map((e) => [e.question, e.url, e.answer_paragraphs])).toEqual(ITEMS.map(([p, q, s]) => [q, `https://m.example-jiankang.cn${p}`, [s]]));
    });
  }

  it('reads the markup as a page when the API declares its JSON plain text', () => {
    const entries = read(`jQuery2140_1718(${json});`, 'text/plain; charset=utf-8');
    expect(entries.find((e) => e.origin === 'page')).toMatchObject({ question: QUESTION, answer_paragraphs: ANSWER });
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.url)).toEqual(ITEMS.map(([p]) => `https://m.example-jiankang.cn${p}`));
  });

  it('a response broken off in its markup is read as far as it came, and doubted', () => {
    // Broken off inside the first related item's snippet, in the middle of a `\uXXXX` escape.
    const whole = `cb_7731(${json});`;
    const body = whole.slice(0, whole.indexOf(jsonString('三十七').slice(1, -1)) + 9);
    const entries = read(body, 'application/json');
    const page = entries.find((e) => e.origin === 'page')!;
    expect(page).toMatchObject({ question: QUESTION, answer_paragraphs: ANSWER });
    expect(page.flags).toContain('unsure_reading');
    const related = entries.filter((e) => e.origin === 'related');
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.flags.includes('unsure_reading')])).toEqual([[ITEMS[0][1], ['可以洗，水温三'], true]]);
    expect(JSON.stringify(entries)).not.toMatch(/\\u|\\\//u);
  });
});

describe('related items whose addresses are written escaped, as a string holds markup, are doubted', () => {
  it('a JSON body a tag stands before (no response the reader takes as JSON) gives no clean item with a garbled address', () => {
    const fragment = `<div class="qa">\n<h1>${QUESTION}</h1>\n${CARD}\n${WHEN}\n<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>\n</div>\n${relatedList('相关问答', ITEMS)}`;
    const related = relatedOf(`<meta charset="utf-8">cb_88({"code":0,"html":${JSON.stringify(fragment)}});`);
    expect(related.map((e) => e.question)).toEqual(ITEMS.map(([, q]) => q));
    for (const item of related) expect(item.flags).toContain('unsure_reading');
  });
});

describe('what a server left of its includes is none of the page', () => {
  const ERR = '[an error occurred while processing this directive]';
  const page = (answer: string, meta: string, list: string) =>
    `<!DOCTYPE html><html><head><title>${QUESTION}-健康问答</title><!--#include virtual="/ssi/head.html" --></head><body>` +
    `<!--#include file="nav.shtml" --><main><h1>${QUESTION}</h1>${CARD}<p class="info">2022-11-08 解答 ${meta}</p>` +
    `<div class="txt">${answer}</div></main><p>以上回答仅供参考，不能代替面诊。</p>${list}</body></html>`;
  const answer = (at: number, text: string) => ANSWER.map((p, i) => `<p>${p}</p>${i === at ? text : ''}`).join('');

  it("Apache's and nginx's include errors are no paragraph of the answer", () => {
    for (const err of [ERR, '[an error occurred while processing the directive]']) {
      expect(own(page(answer(0, err), '', relatedList('相关问答', ITEMS))).answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('an include error after a label is no value: the date is the answer’s', () => {
    const entry = own(page(answer(1, ''), `<span>阅读：${ERR}</span> <span>更新时间：${ERR}</span>`, relatedList('相关问答', ITEMS)));
    expect(entry.date).toBe('2022-11-08');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('a related list whose include failed shows no items, and the page is read whole, undoubted', () => {
    for (const heading of ['<h4>相关问答</h4>', '']) {
      const html = page(answer(1, ''), '', `<div class="more">${heading}<!--#include virtual="/ssi/related.html?id=7731" -->${ERR}</div><div>© 健康问答</div>`);
      expect(relatedOf(html)).toEqual([]);
      expect(own(html)).toMatchObject({ answer_paragraphs: ANSWER, date: '2022-11-08' });
      expect(own(html).flags).not.toContain('unsure_reading');
    }
  });
});

describe('an HTTP error document set into a page in place of one block is none of it', () => {
  const page = (related: string, side: string) =>
    `<!DOCTYPE html><html><head><title>${QUESTION}_健康问答</title></head><body><div class="wrap"><main><h1>${QUESTION}</h1>${CARD}${WHEN}` +
    `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></main><aside>${side}</aside></div>${related}<footer>© 健康问答</footer></body></html>`;
  const errors: Record<string, string> = {
    openresty: `<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>openresty/1.21.4.1</center>\r\n</body>\r\n</html>`,
    'a Chinese CDN, its logo inline': `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>访问出错</title><link rel="icon" href="data:image/png;base64,${'iVBORw0KGgo'.repeat(3000)}"></head><body><div class="box"><h2>服务器开小差了，请稍后再试</h2><p>错误代码：502 Bad Gateway</p><p>请求ID：7f3a9c0e11d24b6a</p><p>2025-03-14 09:12:44</p></div></body></html>`,
    Tengine: `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>Sorry for the inconvenience.<br/>Please report this message.<table><tr><td>URL:</td><td>https://www.example-jiankang.cn/esi/related?q=7731</td></tr><tr><td>Server:</td><td>edge-hz-3</td></tr><tr><td>Date:</td><td>2025/03/14 09:12:44</td></tr></table><hr/>Powered by Tengine</body></html>`,
  };
  for (const [server, error] of Object.entries(errors)) {
    it(`in the related list’s place, the page shows no items and is read whole: ${server}`, () => {
      // Whatever a network put before the page's own start.
      for (const before of ['', '<script>var isp_tip = 1;</script>\n']) {
        const html = before + page(`<section><h3>相关问答</h3>${error}</section>`, '');
        expect(relatedOf(html)).toEqual([]);
        const entry = own(html);
        expect(entry).toMatchObject({ question: QUESTION, date: '2022-11-08', answer_paragraphs: ANSWER });
        expect(entry.flags).not.toContain('unsure_reading');
      }
      // In a side block it takes nothing either: the related list is read whole.
      const side = read(page(relatedList('相关问答', ITEMS), `<h3>推荐医生</h3>${error}`));
      expect(side.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(ITEMS.map(([, q]) => q));
    });
  }
});
