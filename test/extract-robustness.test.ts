import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageRecord } from '../src/schema/records.js';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { decodePage } from '../src/extract/bytes/decode.js';
import { extractPage } from '../src/extract/extract-page.js';
import { renderLines, type Line } from '../src/extract/lines/html-lines.js';
import { domDepth, markupDepth } from '../src/extract/tree/nesting.js';
import { parseQaLines } from '../src/extract/card/qa-lines.js';
import { findRelatedList } from '../src/extract/related/related-list.js';
import { tidy } from '../src/core/text.js';
import { entriesOf, extractOrThrow, fixturePath, pageRecord, readFixture, readFixturePage, SEED_RELATED } from './helpers/pages.js';

const QUESTION = '腰疼是什么原因引起的';
const ANSWER = '腰疼可能是腰肌劳损引起的，建议注意休息，避免久坐，必要时到医院就诊检查。';
const CARD = '王清玉 副主任医师 骨科 福建省人民医院 三甲';

/** A page of the genre no profile knows: question, card, answer, then `extra` (a related list, say). */
const page = (extra = '', { before = '', answer = ANSWER } = {}) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${QUESTION}_康问健康网</title></head><body>${before}` +
  `<h1>${QUESTION}</h1><div class="card">${CARD}</div><div class="ans"><p>${answer}</p></div>${extra}</body></html>`;

const item = (href: string, question: string, snippet: string, date: string) =>
  `<li><a href="${href}"><h4>${question}</h4></a><p>${snippet}</p><span>语音解答 ${date}</span></li>`;

const RELATED = `<div><h3>相关推荐</h3><ul>${item('/ask/1.html', '宝宝发烧怎么办', '宝宝发烧可以先物理降温，多喝水...', '2021-05-18')}${item('/ask/3.html', '宝宝咳嗽怎么办', '宝宝咳嗽要先查明原因，不要自行用药...', '2021-06-02')}</ul></div>`;

const relatedOf = (html: string) =>
  entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example.cn/ask/9.html' })))
    .filter((e) => e.origin === 'related')
    .map((e) => ({ question: e.question, answer: e.answer, url: e.url }));

describe('unpaired surrogates from UTF-16 pages', () => {
  // A UTF-16LE page (with its BOM) whose answer holds a lone high surrogate where 'X' was.
  const bytes = (() => {
    const body = Buffer.from(page('', { answer: '手疼可能是X腱鞘炎引起的，建议注意休息，避免劳累，必要时到医院就诊检查。' }), 'utf16le');
    body.writeUInt16LE(0xd800, body.indexOf(Buffer.from('X', 'utf16le')));
    return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
  })();

  it('become U+FFFD when decoded, counted as replacements', () => {
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-16le', charsetSource: 'bom', replacements: 1 });
    expect(/[\ud800-\udfff]/.test(decoded.text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))).toBe(false);
  });

  it('never reach an entry: its JSON has no \\ud800 escape, and the entry is flagged decoding_damage', () => {
    const extraction = extractOrThrow(pageRecord(bytes));
    expect(extraction.replacementChars).toBe(1);
    const [entry] = entriesOf(extraction);
    expect(entry!.answer).toContain('手疼可能是\uFFFD腱鞘炎');
    expect(entry!.flags).toContain('decoding_damage');
    expect(JSON.stringify(entry)).not.toMatch(/\\ud[89a-f]/i);
  });

  it('a well-formed UTF-16 page with astral characters keeps them', () => {
    const text = page('', { answer: `${ANSWER}😷𠮷` });
    const decoded = decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    expect(decoded.replacements).toBe(0);
    expect(decoded.text).toContain('😷𠮷');
  });
});

/** renderLines as it was, recursively: the oracle for the iterative version on shallow pages. */
function renderLinesRecursive(root: AnyNode): Line[] {
  const BLOCK = /^(?:address|article|aside|blockquote|body|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|center|mip-fixed)$/;
  const SKIPPED = /^(?:script|style|noscript|template|head|svg|iframe|select|button|textarea|object|audio|video)$/;
  const lines: Line[] = [];
  let text = '';
  let links: string[] = [];
  const flush = () => {
    const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    text = '';
    if (!t) return;
    lines.push({ text: t, links });
    links = [];
  };
  const walk = (node: AnyNode) => {
    if (node.type === 'text') return void (text += (node as unknown as { data: string }).data);
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = node.type === 'tag' ? el.name.toLowerCase() : 'root';
    if (SKIPPED.test(name)) return;
    if (name === 'br') return flush();
    const block = BLOCK.test(name);
    if (block) flush();
    if (name === 'a' && el.attribs?.href) links.push(el.attribs.href);
    for (const child of el.children ?? []) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

describe('deeply nested pages', () => {
  const nested = (depth: number, tag = 'div') => page(`${`<${tag}>`.repeat(depth)}深${`</${tag}>`.repeat(depth)}`);

  it('renderLines walks without recursion: 20,000 nested <div>s render, no stack overflow', () => {
    const $ = load(`<div>${'<div><span>'.repeat(10_000)}深${'</span></div>'.repeat(10_000)}</div><p>后</p>`);
    expect(renderLines($.root().get(0)!)).toEqual([
      { text: '深', links: [] },
      { text: '后', links: [] },
    ]);
  });

  it('renderLines gives the lines the recursive version gave, on every fixture page', () => {
    for (const name of ['youlai-desktop-749259', 'youlai-desktop-0A0A0Aplac3', 'youlai-mobile-796E93gPx5Y', 'youlai-mobile-0A0A0Aplac4', 'jiankang-10087']) {
      const $ = load(readFixture(`pages/${name}.html`).toString('utf8'));
      const root = $.root().get(0)!;
      expect(renderLines(root), name).toEqual(renderLinesRecursive(root));
      expect(renderLines($('body').children().toArray()), name).toEqual(renderLinesRecursive($('body').get(0)!));
    }
    const soup = load('<p>a<br>b<a href="/x"><h4>Q</h4></a>c<script>no</script><ul><li>1<li>2</ul>d<table><tr><td>e<td>f</table>');
    expect(renderLines(soup.root().get(0)!)).toEqual(renderLinesRecursive(soup.root().get(0)!));
  });

  it('a page nested thousands deep is rejected as too_deep, quickly, with its depth', () => {
    for (const depth of [2_500, 100_000]) {
      const started = performance.now();
      const outcome = extractPage(pageRecord(nested(depth)));
      expect(performance.now() - started, `${depth} levels`).toBeLessThan(2_000);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.reject).toMatchObject({ stage: 'extract', reason: 'too_deep' });
      expect(outcome.reject.detail).toMatch(/more than 512 deep \(level 513 opens at character \d+\)/);
    }
  });

  it('the limit is an option (maxDepth); depth counts every element from <html> down', () => {
    const outcome = extractPage(pageRecord(nested(100)), { maxDepth: 50 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reject.reason).toBe('too_deep');
    expect(domDepth(load(nested(100)).root().get(0)!)).toBe(102);
  });

  it('a page under the limit is read as before, and siblings are not depth', () => {
    expect(extractPage(pageRecord(nested(400))).ok).toBe(true);
    // 20,000 <p>s or <li>s left open close one another: a long page, not a deep one.
    for (const tag of ['p', 'li']) {
      const outcome = extractPage(pageRecord(page(`<ul>${`<${tag}>行`.repeat(20_000)}</ul>`)));
      expect(outcome.ok, tag).toBe(true);
    }
  });

  it('reading depth from the markup agrees with the parsed tree', () => {
    for (const name of ['youlai-desktop-749259', 'youlai-mobile-0A0A0Aplac4', 'jiankang-10087']) {
      const html = readFixture(`pages/${name}.html`).toString('utf8');
      expect(markupDepth(html).depth, name).toBe(domDepth(load(html).root().get(0)!));
    }
    for (const html of [
      '<select>' + '<option>城市'.repeat(2_000) + '</select>',
      '<table>' + '<tr><td>1<td>2'.repeat(1_000) + '</table>',
      '<ul>' + '<li><a href="/x">no closing a</li>'.repeat(1_000) + '</ul>',
      '<script>' + 'html += "<div>";'.repeat(1_000) + '</script><p>x</p>',
      '<!-- ' + '<div>'.repeat(1_000) + ' --><svg><path d="1"/><path/></svg><br/><img src=x>',
      '<div><span>' + '</p>'.repeat(10) + '</br></div>',
    ]) {
      const dom = domDepth(load(html).root().get(0)!);
      expect(markupDepth(html).depth, html.slice(0, 40)).toBe(dom);
      expect(dom).toBeLessThan(10);
    }
  });
});

describe('related items that ask the same question', () => {
  it('two consecutive items with the same question are both kept, each with its own snippet', () => {
    const list = `<div><h3>相关推荐</h3><ul>${item('/ask/1.html', '宝宝发烧怎么办', '宝宝发烧可以先物理降温，多喝水...', '2021-05-18')}${item('/ask/2.html', '宝宝发烧怎么办', '如果体温超过38.5度，可以在医生指导下用退烧药...', '2021-06-01')}${item('/ask/3.html', '宝宝咳嗽怎么办', '宝宝咳嗽要先查明原因，不要自行用药...', '2021-06-02')}</ul></div>`;
    expect(relatedOf(page(list))).toEqual([
      { question: '宝宝发烧怎么办', answer: '宝宝发烧可以先物理降温，多喝水...', url: 'https://www.example.cn/ask/1.html' },
      { question: '宝宝发烧怎么办', answer: '如果体温超过38.5度，可以在医生指导下用退烧药...', url: 'https://www.example.cn/ask/2.html' },
      { question: '宝宝咳嗽怎么办', answer: '宝宝咳嗽要先查明原因，不要自行用药...', url: 'https://www.example.cn/ask/3.html' },
    ]);
  });

  it('in a text copy, only the one repeat under the date line goes (the voice player title), not the next question', () => {
    const text = [QUESTION, CARD, ANSWER, '相关推荐',
      '宝宝发烧怎么办', '宝宝发烧可以先物理降温，多喝水...', '语音解答 2021-05-18', '宝宝发烧怎么办',
      '宝宝发烧怎么办', '如果体温超过38.5度，可以在医生指导下用退烧药...', '语音解答 2021-06-01', '宝宝发烧怎么办',
      '宝宝咳嗽怎么办', '宝宝咳嗽要先查明原因，不要自行用药...', '语音解答 2021-06-02', '宝宝咳嗽怎么办'];
    const { related } = parseQaLines(text.map((t) => ({ text: t, links: [] })));
    expect(related.map((r) => [r.question, r.answerParagraphs])).toEqual([
      ['宝宝发烧怎么办', ['宝宝发烧可以先物理降温，多喝水...']],
      ['宝宝发烧怎么办', ['如果体温超过38.5度，可以在医生指导下用退烧药...']],
      ['宝宝咳嗽怎么办', ['宝宝咳嗽要先查明原因，不要自行用药...']],
    ]);
  });

  it('the seed page and both youlai desktop pages still list their related items', () => {
    const seed = entriesOf(extractOrThrow(pageRecord(readFixture('pages/seed-page.txt'), { url: 'seed-page.txt' })));
    expect(seed.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(SEED_RELATED);
    expect(readFixturePage('pages/youlai-desktop-749259.html').related.map((e) => e.question)).toEqual(SEED_RELATED);
    expect(readFixturePage('pages/youlai-mobile-796E93gPx5Y.html').related).toHaveLength(14);
  });
});

describe('the related list is found by its label, not by a navigation link that says the same', () => {
  const nav = '<div class="nav"><a href="/">首页</a><a href="/ask/">问医生</a><a href="/rel/">相关问答</a><a href="/news/">健康资讯</a><a href="/drug/">药品大全</a></div>';
  const EXPECTED = [
    { question: '宝宝发烧怎么办', answer: '宝宝发烧可以先物理降温，多喝水...', url: 'https://www.example.cn/ask/1.html' },
    { question: '宝宝咳嗽怎么办', answer: '宝宝咳嗽要先查明原因，不要自行用药...', url: 'https://www.example.cn/ask/3.html' },
  ];

  it('a 相关问答 link in a nav bar above the page does not take the list over', () => {
    expect(relatedOf(page(RELATED, { before: nav }))).toEqual(EXPECTED);
  });

  it('nor a label inside <nav>, or in the page header or footer', () => {
    const header = '<header><div class="logo">康问</div><nav><span>相关问答</span><ul><li><a href="/a">甲</a></li><li><a href="/b">乙</a></li></ul></nav></header>';
    expect(relatedOf(page(RELATED, { before: header }))).toEqual(EXPECTED);
    // A page without a related list: the footer's links are not one.
    const footer = '<footer><h4>相关问答</h4><p><a href="/about">关于我们</a></p><p><a href="/contact">联系我们</a></p></footer>';
    expect(findRelatedList(load(page(footer))).items).toEqual([]);
  });

  it('a section that heads its list with <header> is still read', () => {
    const section = RELATED.replace('<div><h3>相关推荐</h3>', '<section><header><h3>相关推荐</h3></header>').replace(/<\/div>$/, '</section>');
    expect(relatedOf(page(section))).toEqual(EXPECTED);
  });

  it('of several labels, the one whose list yields items is the list', () => {
    const empty = '<div class="side"><h3>相关问答</h3><p>暂无相关问答，欢迎提问。</p></div>';
    expect(relatedOf(page(`${empty}${RELATED}`))).toEqual(EXPECTED);
  });
});

describe('saved files: the extension is a hint, the content decides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa-robust-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function saved(name: string, body: string | Buffer): Promise<PageRecord> {
    writeFileSync(join(dir, name), body);
    for await (const read of readSavedPages([join(dir, name)])) if (read.kind === 'page') return read.page;
    throw new Error(`${name} was not read`);
  }

  it('a text copy saved as .html is read as a text copy, with all its entries', async () => {
    const record = await saved('seed-as.html', readFileSync(fixturePath('pages/seed-page.txt')));
    const extraction = extractOrThrow(record);
    expect(extraction.extractor).toBe('text-copy');
    expect(entriesOf(extraction)).toHaveLength(15);
  });

  it('a real HTML page saved as .html or .htm is still read as HTML', async () => {
    for (const name of ['page.html', 'page.htm']) {
      const extraction = extractOrThrow(await saved(name, page(RELATED)));
      expect(extraction.extractor, name).toBe('generic-html');
      expect(entriesOf(extraction), name).toHaveLength(3);
    }
    const youlai = extractOrThrow(await saved('youlai.html', readFixture('pages/youlai-desktop-749259.html')));
    expect(youlai.extractor).toBe('youlai/desktop');
  });

  it('a page that starts with a long comment or script is HTML too; a .txt file is always a text copy', async () => {
    const longHead = `<!-- ${'saved by a crawler '.repeat(200)} -->\n<script>var x = 1;</script>${page()}`;
    expect(extractOrThrow(await saved('long-head.html', longHead)).extractor).toBe('generic-html');
    const txt = await saved('seed.txt', readFileSync(fixturePath('pages/seed-page.txt')));
    expect(txt.headers['content-type']).toBe('text/plain');
    expect(extractOrThrow(txt).extractor).toBe('text-copy');
  });
});

describe('control characters', () => {
  it('NUL, ESC and the other C0 controls (raw or as &#x1b;) never reach published text; U+2028/U+2029 fold to spaces', () => {
    const answer = '腿疼可能是\u0000缺钙引起的，建议\u2028注意休息\u2029，多补钙\u001b，必要时\u0007到医院就诊&#x1b;检查。\u007f';
    // (a description long enough that a few controls do not make the page look binary)
    const html = page('', { answer })
      .replace('<title>', `<meta name="description" content="${'腰疼'.repeat(300)}"><title>`)
      .replace(`<h1>${QUESTION}</h1>`, `<h1>${QUESTION}\u0001</h1>`)
      .replace(CARD, `王清玉\u0000 ${CARD.slice(4)}`);
    const [entry] = entriesOf(extractOrThrow(pageRecord(html)));
    expect(entry!.question).toBe(QUESTION);
    expect(entry!.answer).toBe('腿疼可能是缺钙引起的，建议 注意休息 ，多补钙，必要时到医院就诊检查。');
    expect(entry!.doctor.name).toBe('王清玉');
    const published = JSON.stringify(entry);
    expect(published).not.toMatch(/\\u00(?:0[0-8b-f]|1[0-9a-f]|7f)/i);
  });

  it('in a text copy too', () => {
    const more = '补充说明，'.repeat(60) + '。';
    const text = [QUESTION, CARD, `${ANSWER}\u0000\u001f`, '第二段\u0008。', more].join('\n');
    const [entry] = entriesOf(extractOrThrow(pageRecord(text, { url: 'copy.txt' })));
    expect(entry!.answer_paragraphs).toEqual([ANSWER, '第二段。', more]);
  });

  it('tidy keeps newline-free text as the page has it, less the controls', () => {
    expect(tidy(' a\u0000b\tc\u000bd\u001ce\u2028f ')).toBe('ab c de f');
  });
});
