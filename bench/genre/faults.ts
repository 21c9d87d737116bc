import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { nextSolid, serialize, tokens, writeStartTag, type Attribute, type Token } from './html-tokens.js';

/**
 * Faults that real servers and saved files put into pages, applied to a generated page's bytes
 * so that the answer key stays true: each keeps what a browser displays (the same DOM, or the
 * same text decoded), or adds only what is plainly not the page (an operator's injected ad).
 * Written without reading the reader: modelled on what browsers recover from, not on what the
 * reader handles. `eval.ts --faults <kind>` serves every page through one of them.
 *
 * - unclosed: end tags the HTML spec lets a page leave out, dropped only where the parser
 *   closes the element at the same point (same DOM), plus the `</span>`/`</div>` that an
 *   enclosing end tag pops anyway and a stray `</div>` before `</body>` (ignored: none open).
 * - mis-encoded: the encoding declared elsewhere, wrongly or not at all, in ways a browser
 *   resolves (BOM over header over `<meta>`, gb2312 read as GBK, `<meta charset=utf-16>` read as
 *   UTF-8, an undeclared page sniffed).
 * - charset-lie: GBK bytes under `<meta charset="utf-8">`. Browsers show mojibake here (the
 *   declaration wins); only a reader that distrusts a declaration the bytes contradict reads it.
 *   Kept apart from mis-encoded and out of mixed because it breaks the rule above.
 * - noise: markup that parses the same: uppercase names, unquoted and reordered attributes, CRLF,
 *   a BOM, comments between blocks, scripts whose strings hold tags, a huge head.
 * - injected: an operator's ad (`<script>`, `<div>`) before `<html>` or after `</html>`.
 * - mixed: two or more of unclosed, mis-encoded, noise and injected.
 */

export const FAULT_KINDS = ['unclosed', 'mis-encoded', 'charset-lie', 'noise', 'injected', 'mixed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const isFaultKind = (s: string): s is FaultKind => (FAULT_KINDS as readonly string[]).includes(s);

/**
 * The encodings the families write pages in (GBK and GB2312 pages are written, and here rewritten,
 * as GB18030), and `mixed-bytes`: a page no one encoding reads back byte for byte (a UTF-8 page
 * with a block in GBK), held one character per byte so that
 * the faults keep its bytes; what they add goes out as UTF-8.
 */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'mixed-bytes';
const LEGACY: readonly Encoding[] = ['gb18030', 'big5'];

/** A page as the faults hold it: its markup and how it goes on the wire (UTF-16 always with its BOM). */
export interface Doc {
  html: string;
  encoding: Encoding;
  bom: boolean;
  contentType: string | null;
  /** The bytes of a character the page was cut off inside, in `encoding`: they stay the page's last. */
  cut?: Buffer;
}

export interface Served {
  body: Buffer;
  headers: Record<string, string>;
  /** What was done to the page, e.g. `unclosed:p,li noise:crlf,comments`. */
  applied: string;
}

/**
 * A generated page's bytes as markup: by its BOM (UTF-8, UTF-16), else UTF-8 if they are, else
 * Big5 where the page says so, else GB18030 (the encodings the families write), else (bytes no
 * one encoding gives back) mixed bytes. A page cut off inside its last character
 * (broken-download) keeps that partial character last, after whatever a fault adds.
 */
export function readGenerated(body: Buffer): Doc {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return doc(body.subarray(3).toString('utf8'), 'utf-8', true);
  if (body[0] === 0xff && body[1] === 0xfe) return doc(iconv.decode(body.subarray(2), 'utf-16le'), 'utf-16le', true);
  if (body[0] === 0xfe && body[1] === 0xff) return doc(iconv.decode(body.subarray(2), 'utf-16be'), 'utf-16be', true);
  for (let cut = 0; cut <= 3 && cut < body.length; cut++) {
    const text = strictUtf8(body.subarray(0, body.length - cut));
    if (text !== null) return { ...doc(text, 'utf-8'), cut: body.subarray(body.length - cut) };
  }
  const declared = /charset\s*=\s*["']?(big5|gb)/iu.exec(body.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase();
  // An undeclared legacy page (a Big5 family's undeclared pages) is read as browsers' detectors read it.
  const encoding = declared === 'big5' || (declared === undefined && likeliestLegacy(body) === 'big5') ? 'big5' : 'gb18030';
  for (const cut of [0, 1]) {
    // Read as one encoding and written back, a page must give back its bytes, or it would lose those the encoding cannot read.
    const whole = body.subarray(0, body.length - cut);
    const text = iconv.decode(whole, encoding);
    if (iconv.encode(text, encoding).equals(whole)) return { ...doc(text, encoding), cut: body.subarray(body.length - cut) };
  }
  return doc(body.toString('latin1'), 'mixed-bytes');
}

const doc = (html: string, encoding: Encoding, bom = false): Doc => ({ html, encoding, bom, contentType: null });

/** Frequent characters of health pages, simplified and traditional. */
const COMMON = new Set('的是不了在人有我他这這个個们們中来來上大为為和国國到以说說时時要就出会會可也你对對生能而子得于於着著下自之年过過后後作用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實医醫病问問答院科师師症治疗療');

/** As browsers' detectors do: the legacy encoding whose reading of `body` looks most like Chinese text. */
export function likeliestLegacy(body: Buffer): 'gb18030' | 'big5' {
  const score = (label: 'gb18030' | 'big5') => [...new TextDecoder(label).decode(body)].filter((c) => COMMON.has(c)).length;
  return score('big5') > score('gb18030') ? 'big5' : 'gb18030';
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const BOMS: Partial<Record<Encoding, number[]>> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

export function serve(doc: Doc, applied: string): Served {
  const bytes =
    doc.encoding === 'utf-8'
      ? Buffer.from(doc.html, 'utf8')
      : doc.encoding === 'mixed-bytes'
        ? Buffer.from(doc.html.replace(/[^\x00-\xff]+/gu, (added) => Buffer.from(added, 'utf8').toString('latin1')), 'latin1')
        : iconv.encode(doc.html, doc.encoding);
  const bom = doc.encoding.startsWith('utf-16') || (doc.bom && doc.encoding !== 'gb18030' && doc.encoding !== 'big5') ? (BOMS[doc.encoding] ?? BOMS['utf-8']!) : [];
  return {
    body: Buffer.concat([Buffer.from(bom), bytes, doc.cut ?? Buffer.alloc(0)]),
    headers: doc.contentType ? { 'content-type': doc.contentType } : {},
    applied,
  };
}

/** Some of `names`, each with chance p, at least `min` of them. */
function some<T>(rng: Rng, names: readonly T[], p: number, min = 1): T[] {
  const chosen = names.filter(() => rng.chance(p));
  for (const name of rng.shuffle(names)) if (chosen.length < min && !chosen.includes(name)) chosen.push(name);
  return names.filter((n) => chosen.includes(n));
}

// ---------------------------------------------------------------- unclosed

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Start tags that close an open `<p>` (the spec's list, less `table`, which does not in quirks mode). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'ul', 'pre', 'form', 'hr', 'li', 'dd', 'dt', ...HEADINGS]);
/** End tags that generate implied end tags (closing an open p, li, dd, dt, option) and pop down to their own element. */
const POPS_THROUGH = new Set(['div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'blockquote', 'address', 'center', 'details', 'figure', 'figcaption', 'form', 'li', 'dd', 'dt', 'td', 'th', 'body', 'html', 'ul', 'ol', 'dl', 'p', ...HEADINGS]);

type Droppable = 'p' | 'li' | 'cell' | 'tr' | 'dd' | 'option' | 'span' | 'div';
const DROPPABLE: readonly Droppable[] = ['p', 'li', 'cell', 'tr', 'dd', 'option', 'span', 'div'];

const starts = (t: Token | undefined, names: Iterable<string>) => t?.type === 'start' && new Set(names).has(t.name);
const ends = (t: Token | undefined, names: Iterable<string>) => t?.type === 'end' && new Set(names).has(t.name);

/** Whether the end tag `name`, followed by `next`, can go without the DOM changing. */
function mayDrop(name: string, next: Token | undefined): Droppable | null {
  switch (name) {
    case 'p': // closed by a block's start tag or its parent's end tag
      return starts(next, CLOSES_P) || ends(next, [...POPS_THROUGH].filter((n) => n !== 'p')) ? 'p' : null;
    case 'li':
      return starts(next, ['li']) || ends(next, ['ul', 'ol', 'menu']) ? 'li' : null;
    case 'td':
    case 'th':
      return starts(next, ['td', 'th']) || ends(next, ['tr']) ? 'cell' : null;
    case 'tr':
      return starts(next, ['tr']) || ends(next, ['tbody', 'thead', 'tfoot', 'table']) ? 'tr' : null;
    case 'dd':
      return starts(next, ['dd', 'dt']) || ends(next, ['dl', 'div']) ? 'dd' : null;
    case 'dt':
      return starts(next, ['dd', 'dt']) ? 'dd' : null;
    case 'option':
      return starts(next, ['option', 'optgroup']) || ends(next, ['select', 'datalist', 'optgroup']) ? 'option' : null;
    case 'span': // an enclosing block's end tag pops the span with it
      return ends(next, ['p', 'div', 'li', 'td', 'th', 'dd', 'dt', 'section', 'article', ...HEADINGS]) ? 'span' : null;
    case 'div': // likewise; never before another `</div>` (it would close this div and leave the outer one open) nor `</form>` (which removes only the form)
      return ends(next, [...POPS_THROUGH].filter((n) => n !== 'div' && n !== 'p' && n !== 'form' && !HEADINGS.includes(n))) ? 'div' : null;
    default:
      return null;
  }
}

const isClosingTail = (t: Token) => (t.type === 'text' && t.raw.trim() === '') || t.type === 'comment' || (t.type === 'end' && (t.name === 'body' || t.name === 'html'));

/**
 * End tags left out as hand-written pages and old CMS templates leave them: the optional ones
 * (`</p>`, `</li>`, `</td>`, `</tr>`, `</dd>`, `</dt>`, `</option>`) where the next tag closes the
 * element anyway, a `</span>` or `</div>` just before an enclosing block's end tag (which pops
 * it), and a stray `</div>` before `</body>` (ignored when no div is open).
 */
export function dropEndTags(html: string, rng: Rng): { html: string; applied: string[] } {
  const list = tokens(html);
  // `</body>` and `</html>` close nothing: an end tag left out before them is safe only where nothing else follows
  let tail = list.length;
  while (tail > 0 && isClosingTail(list[tail - 1]!)) tail--;
  const droppable = list.map((t, i) => {
    const next = nextSolid(list, i);
    if (t.type !== 'end' || (ends(next, ['body', 'html']) && list.indexOf(next!) < tail)) return null;
    return mayDrop(t.name, next);
  });
  const kinds = some(rng, DROPPABLE.filter((k) => droppable.includes(k)), 0.5);
  const share = rng.int(70, 100) / 100; // an author is not consistent
  const out: Token[] = [];
  const dropped = new Set<string>();
  for (const [i, t] of list.entries()) {
    const kind = droppable[i];
    if (kind && kinds.includes(kind) && rng.chance(share)) {
      dropped.add(kind);
      continue;
    }
    out.push(t);
  }
  if (rng.chance(0.3)) {
    const body = out.findLastIndex((t) => t.type === 'end' && (t.name === 'body' || t.name === 'html'));
    out.splice(body < 0 ? out.length : body, 0, { type: 'end', raw: '</div>', name: 'div' });
    dropped.add('stray-div');
  }
  return { html: serialize(out), applied: [...dropped] };
}

// ---------------------------------------------------------------- noise

const BLOCKS = new Set(['div', 'p', 'section', 'article', 'ul', 'ol', 'li', 'dl', 'table', 'header', 'footer', 'aside', 'nav', 'blockquote', 'form', ...HEADINGS]);
const COMMENTS = [' end .box ', ' /main ', '正文开始', '正文结束', ' #EndLibraryItem ', ' 广告位 ', ' googleoff: index ', ' googleon: index ', '[if lt IE 9]><p>您的浏览器版本过低，请升级浏览器</p><![endif]', ' <div class="old">旧版内容</div> ', ' cms:block id=42 '];
const SCRIPTS = [
  `<script type="text/javascript">var tpl = '<div class="reply"><p class="txt">' + d.content + '</p><span class="time">' + d.time + '</span></div>';</script>`,
  '<script type="text/template" id="tpl-item"><li class="item"><a href="{{url}}">{{title}}</a><p>{{summary}}</p><span>{{date}}</span></li></ul></div></script>',
  '<script type="text/x-template" id="rec"><div class="rec"><h3>相关推荐</h3><ul>{{#list}}<li><a href="{{url}}">{{title}}</a></li>{{/list}}</ul></div></script>',
  '<script>window.__cmt = "<div class=\\"cmt\\"><h3>网友评论</h3><p>暂无评论</p></div></div>";</script>',
  '<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3f2a";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();var end = "</p></div>";</script>',
];

type NoisePart = 'upper' | 'unquoted' | 'reordered' | 'crlf' | 'bom' | 'comments' | 'scripts' | 'huge-head';
const NOISE_PARTS: readonly NoisePart[] = ['upper', 'unquoted', 'reordered', 'crlf', 'bom', 'comments', 'scripts', 'huge-head'];

function randomBase64(rng: Rng, bytes: number): string {
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4) buf.writeUInt32LE(Math.floor(rng.next() * 2 ** 32), Math.min(i, bytes - 4));
  return buf.toString('base64');
}

/** A head as some sites ship it: a whole stylesheet inline and pictures as data URLs (20–300 KB). */
function hugeHead(rng: Rng): string {
  const size = rng.int(20, 300) * 1024;
  const picture = randomBase64(rng, rng.int(3, 90) * 1024);
  const rules: string[] = [`.banner{background:url(data:image/png;base64,${picture}) no-repeat}`];
  const props = ['margin:0', 'padding:0 10px', 'color:#333', 'font-size:14px', 'line-height:1.6', 'display:block', 'float:left', 'border:1px solid #eee'];
  let length = rules[0]!.length;
  for (let n = 0; length < size; n++) {
    const rule = `.m${n.toString(36)}-${rng.pick(['box', 'item', 'hd', 'bd', 'txt'])}{${rng.pick(props)};${rng.pick(props)}}`;
    rules.push(rule);
    length += rule.length;
  }
  return `<link rel="icon" href="data:image/png;base64,${randomBase64(rng, 1024)}">\n<style type="text/css">\n${rules.join('\n')}\n</style>\n`;
}

function rewriteStart(t: Extract<Token, { type: 'start' }>, parts: readonly NoisePart[], rng: Rng): string {
  let attributes: Attribute[] = t.attributes;
  const names = attributes.map((a) => a.name.toLowerCase());
  if (parts.includes('reordered') && new Set(names).size === names.length) attributes = rng.shuffle(attributes);
  if (parts.includes('unquoted')) attributes = attributes.map((a) => (a.value !== null && /^[^\s"'=<>`]+$/u.test(a.value) ? { ...a, quote: '' } : a));
  if (parts.includes('upper')) attributes = attributes.map((a) => ({ ...a, name: a.name.toUpperCase() }));
  return writeStartTag(parts.includes('upper') ? t.name.toUpperCase() : t.name, attributes, t.selfClosing);
}

/** Markup that parses to the same DOM (comments and scripts aside) and shows the same. */
export function addNoise(html: string, rng: Rng, parts: readonly NoisePart[]): string {
  const list = tokens(html);
  const out: string[] = [];
  const bodyAt = list.findIndex((t) => t.type === 'start' && t.name === 'body');
  const scriptSlots = new Set(
    rng
      .shuffle(list.flatMap((t, i) => (i > bodyAt && t.type === 'end' && ['div', 'p', 'section'].includes(t.name) ? [i] : [])))
      .slice(0, parts.includes('scripts') ? rng.int(1, 3) : 0),
  );
  const rewrite = parts.includes('upper') || parts.includes('unquoted') || parts.includes('reordered');
  for (const [i, t] of list.entries()) {
    if (t.type === 'start' && parts.includes('comments') && (t.name === 'div' || t.name === 'section') && rng.chance(0.4)) out.push(`<!--${rng.pick(COMMENTS)}-->`);
    if (t.type === 'start' && rewrite) out.push(rewriteStart(t, parts, rng));
    else if (t.type === 'end' && parts.includes('upper')) out.push(`</${t.name.toUpperCase()}>`);
    else out.push(t.raw);
    if (t.type === 'start' && t.name === 'head' && parts.includes('huge-head')) out.push(hugeHead(rng));
    if (t.type === 'end' && parts.includes('comments') && BLOCKS.has(t.name) && rng.chance(0.8)) out.push(`<!--${rng.pick(COMMENTS)}-->`);
    if (scriptSlots.has(i)) out.push(rng.pick(SCRIPTS));
  }
  const text = out.join('');
  return parts.includes('crlf') ? text.replace(/\r?\n/gu, '\r\n') : text;
}

function noiseDoc(doc: Doc, rng: Rng): { doc: Doc; applied: string[] } {
  const parts = some(rng, NOISE_PARTS, 0.4).filter((p) => p !== 'bom' || doc.encoding === 'utf-8');
  return { doc: { ...doc, html: addNoise(doc.html, rng, parts), bom: doc.bom || parts.includes('bom') }, applied: parts };
}

// ---------------------------------------------------------------- injected

const HEADLINES = [
  '流量提醒：您本月已使用流量 85%',
  '充100送20，话费充值优惠进行中',
  '宽带续费享8折，点击办理',
  '今日油价调整，92号汽油每升下调0.12元',
  '地铁3号线明日起延长运营时间',
  '一刀999级，登录即送VIP',
  '夏季空调特价，限时抢购',
  '这种水果竟能降血压？医生说出真相',
  '每天一杯它，血管干干净净',
  '5G套餐免费升级，立即领取',
  '活动时间：2023年6月1日-6月30日',
];

function adDiv(rng: Rng): string {
  const host = rng.pick([`61.160.200.${rng.int(2, 250)}`, 'push.isp-ad.example', 'ad.llts.example']);
  const items = rng
    .shuffle(HEADLINES)
    .slice(0, rng.int(2, 5))
    .map((h, i) => `<li><a href="http://${host}/c?aid=${rng.int(1000, 9999)}&n=${i}" target="_blank">${h}</a></li>`)
    .join('');
  return `<div id="ad_${rng.int(100, 999)}" style="position:fixed;right:0;bottom:0;z-index:2147483647;width:300px;background:#fff"><div><span>广告</span><a href="javascript:void(0)" onclick="this.parentNode.parentNode.style.display='none'">×关闭</a></div><ul>${items}</ul></div>`;
}

function adScript(rng: Rng): string {
  return `<script type="text/javascript">!function(){var d=document,s=d.createElement("div");s.id="isp_tip_${rng.int(100, 999)}";s.innerHTML='<div class="tip">流量提醒：您本月套餐内流量已使用${rng.int(60, 99)}%，<a href="http://10.0.0.172/llcx">点击查询</a></div>';setTimeout(function(){d.body&&d.body.appendChild(s)},500)}();</script>`;
}

/** An operator's ad, as carriers inject into plain-HTTP pages: a script or a div before `<html>` (or before the doctype) or after `</html>`. */
export function injectAd(html: string, rng: Rng): { html: string; applied: string[] } {
  const list = tokens(html);
  const where = some(rng, ['before-doctype', 'before-html', 'after-html'] as const, 0.3).filter((w, _, all) => !(w === 'before-doctype' && all.includes('before-html')));
  const piece = () => (rng.chance(0.5) ? adScript(rng) : adDiv(rng));
  const htmlAt = list.findIndex((t) => t.type === 'start' && t.name === 'html');
  const endAt = list.findLastIndex((t) => t.type === 'end' && t.name === 'html');
  const out = list.map((t) => t.raw);
  if (where.includes('after-html')) out.splice(endAt < 0 ? out.length : endAt + 1, 0, `\n${piece()}`);
  if (where.includes('before-html')) out.splice(Math.max(htmlAt, 0), 0, `${piece()}\n`);
  // Before the first markup, where the body starts: a saved response's status line and headers (http-chunked) are text before any body an ISP can touch.
  const markupAt = list.findIndex((t) => t.type !== 'text');
  if (where.includes('before-doctype')) out.splice(Math.max(markupAt, 0), 0, `${piece()}\n`);
  return { html: out.join(''), applied: where };
}

// ---------------------------------------------------------------- mis-encoded

/** The page with its charset `<meta>`s removed, and one declaring `label` put at the top of the head if given. */
export function declareCharset(html: string, label: string | null, rng: Rng): string {
  const list = tokens(html).filter((t) => {
    if (t.type !== 'start' || t.name !== 'meta') return true;
    const attr = (n: string) => t.attributes.find((a) => a.name.toLowerCase() === n)?.value ?? null;
    return attr('charset') === null && !(attr('http-equiv')?.toLowerCase() === 'content-type' && /charset/iu.test(attr('content') ?? ''));
  });
  if (label === null) return serialize(list);
  const meta = rng.chance(0.5) ? `<meta charset="${label}">` : `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`;
  const after = (name: string) => list.findIndex((t) => (t.type === 'start' && t.name === name) || (name === '!doctype' && t.type === 'doctype')) + 1;
  const at = after('head') || after('html') || after('!doctype');
  const out = list.map((t) => t.raw);
  out.splice(at, 0, `\n${meta}`);
  return out.join('');
}

const MIS_ENCODINGS = ['legacy-undeclared', 'legacy-alias', 'utf8-undeclared', 'bom-over-meta', 'bom-over-header', 'utf16-label', 'header-over-meta'] as const;
/** The variants that keep a UTF-8 page's bytes, changing what declares them. */
const MIS_DECLARATIONS = ['utf8-undeclared', 'bom-over-meta', 'bom-over-header', 'utf16-label'] as const;

/** The page's own legacy encoding (Big5 for a Big5 page), GBK for every other, with labels browsers read as it. */
function legacyOf(doc: Doc, rng: Rng) {
  const encoding: Encoding = LEGACY.includes(doc.encoding) ? doc.encoding : 'gb18030';
  return encoding === 'big5'
    ? { encoding, label: () => rng.pick(['big5', 'BIG5']), alias: () => rng.pick(['big5-hkscs', 'x-x-big5', 'cn-big5']) }
    : { encoding, label: () => rng.pick(['gbk', 'gb2312', 'GB2312', 'GBK']), alias: () => rng.pick(['gb2312', 'GB2312', 'x-gbk']) };
}

/**
 * The encoding declared wrongly or not at all, each a case a browser resolves (WHATWG encoding
 * and HTML specs): an undeclared page is sniffed (GBK or Big5, or UTF-8); an alias label
 * (`gb2312`, `x-gbk`; `big5-hkscs`) decodes as GBK (Big5); a BOM beats the HTTP header and the
 * `<meta>`; the HTTP header beats the `<meta>`; a `<meta>` saying utf-16 on a page without a BOM
 * means UTF-8. "Legacy" is the page's own Big5 for a Big5 page, GBK for every other.
 */
export function misEncode(doc: Doc, rng: Rng): { doc: Doc; applied: string[] } {
  // A page of mixed bytes cannot be written in another encoding: only its declarations change.
  const variant = rng.pick(doc.encoding === 'mixed-bytes' ? MIS_DECLARATIONS : MIS_ENCODINGS);
  const legacy = legacyOf(doc, rng);
  const plain = { bom: false, contentType: null };
  const next = ((): Doc => {
    switch (variant) {
      case 'legacy-undeclared':
        return { ...plain, html: declareCharset(doc.html, null, rng), encoding: legacy.encoding };
      case 'legacy-alias':
        return { ...plain, html: declareCharset(doc.html, legacy.alias(), rng), encoding: legacy.encoding };
      case 'utf8-undeclared':
        return { ...plain, html: declareCharset(doc.html, null, rng), encoding: 'utf-8' };
      case 'bom-over-meta': // re-saved as UTF-8 with a BOM by an editor, the GBK <meta> left in
        return { ...plain, html: declareCharset(doc.html, legacy.label(), rng), encoding: 'utf-8', bom: true };
      case 'bom-over-header':
        return { html: doc.html, encoding: 'utf-8', bom: true, contentType: `text/html; charset=${rng.pick([legacy.label(), 'iso-8859-1'])}` };
      case 'utf16-label':
        return { ...plain, html: declareCharset(doc.html, rng.pick(['utf-16', 'UTF-16', 'utf-16le']), rng), encoding: 'utf-8' };
      case 'header-over-meta': // the server names the legacy encoding and is right; the template's <meta> says utf-8
        return { html: declareCharset(doc.html, 'utf-8', rng), encoding: legacy.encoding, bom: false, contentType: `text/html; charset=${legacy.label()}` };
    }
  })();
  if (doc.encoding === 'mixed-bytes') next.encoding = 'mixed-bytes';
  // A cut character's bytes belong to the encoding they were cut in.
  if (next.encoding === doc.encoding && doc.cut) next.cut = doc.cut;
  return { doc: next, applied: [`${variant}${variant.includes('legacy') || variant.endsWith('meta') ? `(${legacy.encoding === 'big5' ? 'big5' : 'gbk'})` : ''}`] };
}

/** Legacy (GBK; a Big5 page's Big5) bytes under a `<meta charset="utf-8">`, no header, no BOM: what browsers show as mojibake. */
export function charsetLie(doc: Doc, rng: Rng): Doc {
  const encoding = doc.encoding === 'mixed-bytes' ? doc.encoding : legacyOf(doc, rng).encoding;
  return { html: declareCharset(doc.html, 'utf-8', rng), encoding, bom: false, contentType: null, ...(encoding === doc.encoding && doc.cut ? { cut: doc.cut } : {}) };
}

// ---------------------------------------------------------------- one entry point

const HTML_STEPS = {
  unclosed: (doc: Doc, rng: Rng) => {
    const r = dropEndTags(doc.html, rng);
    return { doc: { ...doc, html: r.html }, applied: r.applied };
  },
  noise: noiseDoc,
  injected: (doc: Doc, rng: Rng) => {
    const r = injectAd(doc.html, rng);
    return { doc: { ...doc, html: r.html }, applied: r.applied };
  },
  'mis-encoded': misEncode,
} as const;
type Step = keyof typeof HTML_STEPS;
const MIXABLE: readonly Step[] = ['unclosed', 'noise', 'injected', 'mis-encoded'];

/** A file that wraps a page (an MHTML message, a WARC record), told by its first line. */
const WRAPPED_RE = /^(?:From: |MIME-Version: |WARC\/)/u;
export const wrapsAPage = (body: Buffer): boolean => WRAPPED_RE.test(body.toString('latin1', 0, 16));

/**
 * A generated page's bytes served with the fault `kind` (`rng` decides the particulars). A file
 * that wraps a page is given as it is: it is saved, not served, and a server's faults are done to
 * a page's markup, not to a MIME message's or a WARC record's (its parts, sizes and line breaks).
 */
export function applyFault(kind: FaultKind, body: Buffer, rng: Rng): Served {
  if (wrapsAPage(body)) return { body, headers: {}, applied: 'none: a saved file that wraps a page' };
  let doc = readGenerated(body);
  if (kind === 'charset-lie') return serve(charsetLie(doc, rng), 'charset-lie');
  const steps = kind === 'mixed' ? some(rng, MIXABLE, 0.5, 2) : [kind];
  const applied: string[] = [];
  for (const step of steps) {
    const r = HTML_STEPS[step](doc, rng);
    doc = r.doc;
    applied.push(`${step}:${r.applied.join(',')}`);
  }
  return serve(doc, applied.join(' '));
}
