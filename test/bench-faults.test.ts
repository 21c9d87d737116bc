import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Rng } from '../kit/pages/rng.js';
import { FAMILIES, generatePage } from '../bench/genre/families.js';
import { addNoise, applyFault, dropEndTags, likeliestLegacy, readGenerated, wrapsAPage, type FaultKind } from '../bench/genre/faults.js';
import { tokens } from '../bench/genre/html-tokens.js';

/**
 * A fault of bench/genre/faults.ts must keep what a browser shows, or the answer key it is scored
 * against is no longer true. "What a browser shows" here: the bytes decoded as the WHATWG specs
 * say (below), parsed by parse5 (cheerio; the HTML spec's tree builder, as browsers have it), and
 * every visible text node with the path of elements above it (names and sorted attributes), so a
 * fault that moves text into another element fails as well as one that changes the text.
 */

/**
 * The WHATWG Encoding spec decodes gbk and gb2312 with the gb18030 decoder (Node's 'gbk' is narrower);
 * a label it does not know is ignored, as a browser ignores it (an MHTML file's quoted-printable `charset=3DUTF-8`).
 */
const decoder = (label: string) => {
  try {
    return new TextDecoder(/^(gbk|gb2312|x-gbk|csgb2312|chinese)$/iu.test(label) ? 'gb18030' : label);
  } catch {
    return new TextDecoder('utf-8');
  }
};

/** The charset of the first `<meta>` tag that declares one (a tag, not text in an attribute such as an iframe's srcdoc). */
function metaCharset(latin1: string): string | undefined {
  for (const t of tokens(latin1)) {
    if (t.type !== 'start' || t.name !== 'meta') continue;
    const attr = (n: string) => t.attributes.find((a) => a.name.toLowerCase() === n)?.value ?? '';
    const label = attr('charset') || /charset\s*=\s*([\w-]+)/iu.exec(attr('http-equiv').toLowerCase() === 'content-type' ? attr('content') : '')?.[1];
    if (label) return label.trim();
  }
  return undefined;
}

/** BOM, then the HTTP charset, then a `<meta>` anywhere in the page (a late one makes browsers re-parse), then sniffing. */
function browserDecode(body: Buffer, headers: Record<string, string>): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body.subarray(3));
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body.subarray(2));
  const header = /charset=([\w-]+)/iu.exec(headers['content-type'] ?? '')?.[1];
  if (header) return decoder(header).decode(body);
  const meta = metaCharset(body.toString('latin1'));
  if (meta) return decoder(/^utf-16/iu.test(meta) ? 'utf-8' : meta).decode(body); // the HTML spec: a <meta> saying UTF-16 means UTF-8
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder(likeliestLegacy(body)).decode(body);
  }
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'head']);

function shown(html: string): string[] {
  const $ = cheerio.load(html);
  const lines = [`<title> ${$('title').first().text().trim()}`];
  const walk = (node: AnyNode, path: string) => {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/gu, ' ').trim();
      if (text) lines.push(`${path} ${text}`);
    } else if (node.type === 'tag' || node.type === 'root') {
      if (node.type === 'tag' && HIDDEN.has(node.name)) return;
      const here = node.type === 'tag' ? `${path}/${node.name}${Object.entries(node.attribs).sort().map(([k, v]) => `[${k}=${v}]`).join('')}` : '';
      for (const child of node.children) walk(child, here);
    }
  };
  walk($.root()[0]!, '');
  return lines;
}

const shownBytes = (body: Buffer, headers: Record<string, string> = {}) => shown(browserDecode(body, headers));

/** Whether `part` stands in `whole` as one unbroken run. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  const at = whole.indexOf(part[0]!);
  return at >= 0 && part.every((line, i) => whole[at + i] === line);
}

/**
 * Two pages of every family, so that every layout the families write meets every fault; less
 * those a browser itself misreads (a family whose page lies about its charset: the fault may
 * well undo the lie), and files that wrap a page (an MHTML message, a WARC record): a browser
 * shows the page inside, not their text, so their text is no measure of what a fault did.
 */
const PAGES = FAMILIES.flatMap((f) => [0, 1].map((i) => generatePage(f, 7, i)))
  .filter((p) => !wrapsAPage(p.body))
  .filter((p) => browserDecode(p.body, {}) === readGenerated(p.body).html);

function served(kind: FaultKind, page: (typeof PAGES)[number]) {
  return applyFault(kind, page.body, Rng.for(7, `fault:${kind}:${page.family.name}`, page.index));
}

describe('faults served to the genre evaluation (bench/genre/faults.ts)', () => {
  it.each(['unclosed', 'noise', 'mis-encoded'] as const)('%s: every generated page shows the same text in the same elements', (kind) => {
    let untouched = 0;
    for (const page of PAGES) {
      const out = served(kind, page);
      if (out.body.equals(page.body) && Object.keys(out.headers).length === 0) untouched++;
      expect(shownBytes(out.body, out.headers), `${page.name} [${out.applied}]`).toEqual(shownBytes(page.body));
    }
    expect(untouched).toBeLessThan(PAGES.length / 20);
  });

  /**
   * What must stand whole: the page's text, or, where its bytes hold text outside the document (a
   * saved HTTP response: status line and headers before it, chunk sizes around it), the document's
   * own, since an ad put before `<html>` or after `</html>` lands between that framing and the page;
   * where no document is marked at all (a JSONP response carrying the page's HTML in a string), the
   * text before the first tag frames it the same way, the ad landing at that first tag.
   */
  const own = (page: (typeof PAGES)[number]) => {
    const html = browserDecode(page.body, {});
    const from = html.search(/<!DOCTYPE|<html/iu);
    if (from > 0 && html.slice(0, from).replace(/<[^>]*>/gu, '').trim()) return shown(html.slice(from, html.lastIndexOf('</html>') + '</html>'.length));
    const firstTag = html.search(/<[a-z]/iu);
    return from < 0 && firstTag > 0 ? shown(html.slice(firstTag)) : shown(html);
  };

  it.each(['injected', 'mixed'] as const)("%s: every generated page's text stands whole and in order, the operator's ad only before or after it", (kind) => {
    for (const page of PAGES) {
      const out = served(kind, page);
      const before = own(page);
      const after = shownBytes(out.body, out.headers);
      expect(after[0], `${page.name} [${out.applied}]: title`).toBe(before[0]);
      expect(containsRun(after.slice(1), before.slice(1)), `${page.name} [${out.applied}]`).toBe(true);
    }
  });

  it('unclosed leaves out end tags on most pages, and the optional ones of tables, lists and definition lists', () => {
    const page = Buffer.from(
      '<!DOCTYPE html><html><head><title>t</title></head><body><div class="a"><p>one</p><p>two <span>s</span></p>' +
        '<ul><li>a</li><li><span>b</span></li></ul><table><tbody><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></tbody></table>' +
        '<dl><dt>k</dt><dd>v</dd></dl><select><option>x</option><option>y</option></select></div></body></html>',
    );
    const dropped = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const out = dropEndTags(page.toString(), Rng.for(1, 'unclosed', i));
      expect(shown(out.html), out.applied.join(',')).toEqual(shown(page.toString()));
      for (const kind of out.applied) dropped.add(kind);
    }
    expect([...dropped].sort()).toEqual(['cell', 'dd', 'div', 'li', 'option', 'p', 'span', 'stray-div', 'tr']);
    const pagesWithFewerEndTags = PAGES.filter((p) => (served('unclosed', p).body.toString('latin1').match(/<\//gu) ?? []).length < (p.body.toString('latin1').match(/<\//gu) ?? []).length);
    expect(pagesWithFewerEndTags.length).toBeGreaterThan(PAGES.length / 2);
  });

  it('the check would catch a fault that changes the page: an inner </div> dropped before the outer one, a </p> before text', () => {
    const page = '<body><div class="o"><div class="i">in</div></div><div>next</div><p>a</p>b</body>';
    expect(shown(page.replace('in</div>', 'in'))).not.toEqual(shown(page));
    expect(shown(page.replace('a</p>', 'a'))).not.toEqual(shown(page));
  });

  it('noise parses to the same page with everything at once (upper case, unquoted, reordered, CRLF, comments, scripts holding tags, a 20–300 KB head)', () => {
    const all = ['upper', 'unquoted', 'reordered', 'crlf', 'bom', 'comments', 'scripts', 'huge-head'] as const;
    for (const page of PAGES.slice(0, 12)) {
      const doc = readGenerated(page.body);
      const html = addNoise(doc.html, Rng.for(3, 'noise', page.index), all);
      expect(html.length).toBeGreaterThan(doc.html.length + 20_000);
      expect(html).toMatch(/<script[^>]*>[^]*<\/(div|p|li)>[^]*<\/script>/u);
      expect(shown(html), page.name).toEqual(shown(doc.html));
    }
  });

  it('a legacy page that declares no charset is read in the encoding its text reads as (Big5 for a Big5 page, not GB18030)', () => {
    const big5Family = FAMILIES.find((f) => f.name === 'babykingdom-zhuanjia-dawen-big5')!;
    const undeclared = Array.from({ length: 40 }, (_, i) => generatePage(big5Family, 7, i)).filter((p) => !/charset/iu.test(p.body.toString('latin1')));
    expect(undeclared.length).toBeGreaterThan(0);
    for (const page of undeclared) {
      expect(readGenerated(page.body).encoding, page.name).toBe('big5');
      expect(readGenerated(page.body).html).toBe(iconv.decode(page.body, 'big5'));
    }
    expect(likeliestLegacy(iconv.encode('这个问题医生怎么回答的', 'gb18030'))).toBe('gb18030');
  });

  it('charset-lie is beyond a browser: the declared UTF-8 shows mojibake, the bytes read as GBK show the page', () => {
    for (const page of PAGES.slice(0, 10)) {
      const out = served('charset-lie', page);
      expect(browserDecode(out.body, out.headers)).toContain('\ufffd');
      expect(shown(iconv.decode(out.body, 'gb18030'))).toEqual(shownBytes(page.body));
    }
  });

  /** The pages left out above that no one encoding gives back byte for byte: a UTF-8 page with a block in GBK, a page cut inside its last character. */
  const MIXED = FAMILIES.flatMap((f) => Array.from({ length: 60 }, (_, i) => generatePage(f, 7, i))).filter((p) => {
    const doc = readGenerated(p.body);
    return doc.encoding === 'mixed-bytes' || (doc.cut?.length ?? 0) > 0;
  });
  /** Each run of the page's bytes that is not ASCII: the text a fault may move around but never rewrite. */
  const nonAsciiRuns = (body: Buffer) => body.toString('latin1').match(/[\x80-\xff]+/gu) ?? [];

  it.each(['unclosed', 'noise', 'injected', 'mixed'] as const)('%s keeps the bytes of a page in mixed encodings and a cut character last', (kind) => {
    expect(MIXED.some((p) => readGenerated(p.body).encoding === 'mixed-bytes')).toBe(true);
    expect(MIXED.some((p) => (readGenerated(p.body).cut?.length ?? 0) > 0)).toBe(true);
    for (const page of MIXED) {
      const out = served(kind, page);
      const doc = readGenerated(page.body);
      const body = out.body.toString('latin1');
      // (A page in one encoding that mis-encoded rewrote in another has other bytes; a page of mixed bytes is never rewritten.)
      if (doc.encoding === 'mixed-bytes' || !out.applied.includes('mis-encoded')) {
        const cut = doc.cut?.length ?? 0;
        for (const run of nonAsciiRuns(page.body.subarray(0, page.body.length - cut))) expect(body, `${page.name} [${out.applied}]`).toContain(run);
        if (cut > 0) expect(out.body.subarray(out.body.length - cut).equals(doc.cut!), `${page.name} [${out.applied}]: cut last`).toBe(true);
      }
    }
  });
});
