import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { isIconGlyph } from '../tree/icon-glyph.js';
import { isStackedLinkPart } from '../words/stacked-parts.js';
import { isFieldChip } from '../words/field-chips.js';
import { isClosedDialog, isHiddenLayer } from '../tree/closed-layer.js';
import { isSectionToggle } from './section-toggle.js';
import { displayOf, withoutInvisible, type PageDisplay } from '../tree/hidden-text.js';
import { shadowRootOf, slotContent } from '../tree/shadow-root.js';
import { isTranslationBeside } from '../words/translation.js';
import { fieldText, isUnchosenLabel } from '../tree/form-fields.js';
import { absoluteDateOfText } from '../dates/relative-date.js';
import { withYearLastDatesRead } from '../dates/year-last-date.js';
import { isFootnoteMark } from '../words/references.js';
import { indentParts, opensWithIndent, preformattedParts } from '../words/indent-breaks.js';
import { mailLines, mayBeQuotedPrintable } from '../bytes/quoted-printable.js';
import { mayHoldPrintedMarkup, printedMarkupLines } from '../markup/escaped-markup.js';
import { hardWrapped, joinWrapped, type WrapMark } from '../words/hard-wrap.js';
import { holdsPlainPost, plainPostParts } from '../words/plain-post.js';

/** A line of visible text as a reader sees it, with the links it holds. */
export interface Line {
  text: string;
  links: string[];
}

/** A line with what the genre reader needs to know about where it stands. */
export interface Block extends Line {
  /** The line's first text node: which elements hold the line (see `inside`). */
  node: AnyNode | null;
  /** The line is (part of) a heading, h1–h6. */
  heading: boolean;
  /** Characters of the line, and how many of them are link text (whitespace not counted). */
  chars: number;
  linkChars: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'center', 'mip-fixed',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Not shown, or shown as something other than text (a player's fallback text is never seen); or text
 * marked as taken out of the document (`<del>`, an editor's tracked deletion; `<strike>`), shown
 * struck through, none of what it now says. (Not `<s>`: sites use it as a bare inline element, for
 * icons and drawn characters.) A `<marquee>` is a ticker scrolling across the page (滚动公告, 最新回答:
 * other doctors' answers, the site's notices): furniture, none of the page's own text.
 */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'select', 'button', 'textarea', 'object', 'audio', 'video', 'del', 'strike', 'marquee']);
const PRESERVES_BREAKS = /white-space\s*:\s*pre/i;

/** A player on the page, and the number of lines before it. */
export interface Media {
  format: 'voice' | 'video';
  at: number;
  /** The player's element: where it stands (a side column's player is none of the answer's, side-column.ts). */
  node?: Element;
}

/** A `<time datetime>` on the page: the machine-readable date beside what it shows (3天前). */
export interface Stamp {
  datetime: string;
  at: number;
  /** What the element shows (`2023-05-06`, `3天前`). */
  shown?: string;
}

const AUDIO_FILE_RE = /\.(?:mp3|m4a|aac|amr|wav|ogg|oga|wma)(?:[?#]|$)/i;
const VIDEO_FILE_RE = /\.(?:mp4|m3u8|flv|webm|mov|avi)(?:[?#]|$)/i;
/**
 * A video platform's embedded player, as a page frames it (`<iframe src="https://v.qq.com/txp/iframe/player.html?vid=…">`, a WeChat
 * article's v.qq.com/iframe/preview.html,
 * player.bilibili.com, player.youku.com/embed, youtube.com/embed, player.vimeo.com, open.iqiyi.com, ixigua.com/iframe): a film.
 * Only a player's address: a platform's other pages (a channel, a comment box, a share button) play nothing.
 */
const VIDEO_PLAYER_FRAME_RE =
  /^(?:https?:)?\/\/(?:v\.qq\.com\/(?:txp\/iframe\/player|iframe\/(?:player|preview))|player\.bilibili\.com\/player|player\.youku\.com\/embed\/|(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|open\.iqiyi\.com\/developer\/player|(?:www\.)?ixigua\.com\/iframe\/)/iu;

/** AMP's and MIP's components that play a film (such a page may not use <iframe> players). */
const AMP_VIDEO_PLAYERS = new Set(['amp-video', 'amp-youtube', 'amp-vimeo', 'amp-dailymotion', 'amp-brightcove', 'amp-jwplayer', 'amp-video-iframe', 'amp-kaltura-player', 'mip-video']);
/**
 * Players drawn by a script's own element where a <video> would stand: Video.js's `<video-js>` (Brightcove's in-page embed, as news
 * portals print it), Mux's `<mux-player>`, the lite embeds of YouTube and Vimeo (`<lite-youtube videoid=…>`): a film.
 */
const SCRIPTED_VIDEO_PLAYERS = new Set(['video-js', 'mux-player', 'lite-youtube', 'lite-vimeo']);

/** jPlayer's container by its medium (`<div class="jp-audio">`, `jp-audio-stream`, `jp-video jp-video-270p`). */
const JPLAYER_SKIN_RE = /(?:^|\s)jp-(audio|video)(?:-stream)?(?:\s|$)/u;

/** A player's format from its element: <audio>/<video>, a video platform's player in an <iframe>, or an <embed>/<source>/<object> of a sound or film file. */
function playerOf(name: string, attribs: Record<string, string> | undefined): Media['format'] | null {
  // A WeChat article's recorded voice (`<mpvoice>`, `<mp-common-mpaudio>` in later editors), kept so by its copies: a sound.
  if (name === 'audio' || name === 'mpvoice' || name === 'mp-common-mpaudio') return 'voice';
  if (name === 'video') return 'video';
  // An AMP or MIP page's own players stand where <video> / <audio> would (`<amp-youtube>`, `<amp-video>`, `<mip-audio>`).
  if (AMP_VIDEO_PLAYERS.has(name) || SCRIPTED_VIDEO_PLAYERS.has(name)) return 'video';
  if (name === 'amp-audio' || name === 'mip-audio') return 'voice';
  // A frame loaded when scrolled to keeps the player's address in data-src until then (a WeChat article's video_iframe).
  if (name === 'iframe') return VIDEO_PLAYER_FRAME_RE.test((attribs?.src || attribs?.['data-src'] || '').trim()) ? 'video' : null;
  // A player of the site's own scripts keeps its sound or film file in a data attribute (`<div data-src="….mp3">`, `….mp4`;
  // `data-media`, as a jPlayer's `<div class="jp-jplayer">` is often given its file).
  if (name !== 'embed' && name !== 'source' && name !== 'object') {
    // jPlayer's own skin, drawn in <div>s with no <audio> / <video> (the library makes one, or Flash, when it runs): its
    // container is classed by the medium (`jp-audio`, `jp-audio-stream`, `jp-video`).
    const jplayer = name === 'div' ? attribs?.class?.match(JPLAYER_SKIN_RE) : null;
    if (jplayer) return jplayer[1] === 'video' ? 'video' : 'voice';
    const file = attribs?.['data-src'] ?? attribs?.['data-media'];
    return file === undefined || name === 'img' ? null : AUDIO_FILE_RE.test(file) ? 'voice' : VIDEO_FILE_RE.test(file) ? 'video' : null;
  }
  const src = attribs?.src ?? attribs?.data ?? '';
  return AUDIO_FILE_RE.test(src) ? 'voice' : VIDEO_FILE_RE.test(src) ? 'video' : null;
}

/** Where an element's children end, and what ends with them. */
interface End {
  block: boolean;
  heading: boolean;
  link: boolean;
  pre: boolean;
  post: boolean;
}

/** Characters other than whitespace, counted without building a string. */
function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000)) n++;
  }
  return n;
}

/** What an element is to the walk, looked up once per element: 1 block, 2 heading, 16 skipped, 32 <br>. */
const TAG_KIND = new Map<string, number>();
for (const name of BLOCK_TAGS) TAG_KIND.set(name, 1);
for (const name of HEADINGS) TAG_KIND.set(name, (TAG_KIND.get(name) ?? 0) | 2);
for (const name of SKIPPED_TAGS) TAG_KIND.set(name, (TAG_KIND.get(name) ?? 0) | 16);
TAG_KIND.set('br', (TAG_KIND.get('br') ?? 0) | 32);

/**
 * A custom element (a framework's `<uni-view>`, `<van-cell>`) is a block, as the <div> it renders
 * as; one named as text (`<uni-text>`, `<x-label>`) runs on, as a <span>.
 */
const customKind = (name: string) => (name.includes('-') && !/-(?:text|span|label|icon|image|rich-text)$/u.test(name) ? 1 : 0);
/** Whether a custom element shows as a block (a <div>), by customKind. */
export const isCustomBlock = (name: string): boolean => customKind(name) === 1;

/**
 * A fragment a style hides inside a line (a decoy character, a watermark): not displayed, no text.
 * A hidden block is still read: a full answer folded behind 展开全文, a transcript behind its toggle.
 */
export const isHiddenFragment = (el: Element, display: PageDisplay = displayOf(el)): boolean =>
  display.hidden.size > 0 && display.hidden.has(el) && ((TAG_KIND.get(el.name) ?? customKind(el.name)) & 1) === 0;

/**
 * What shows no text where a reader looks at parts of a line one by one: an SVG's title, description
 * and metadata (an icon's `<title>职称</title>`: a tooltip; its `<text>` is drawn), and text struck out as deleted.
 */
const UNSHOWN_PARTS = new Set(['title', 'desc', 'metadata', 'del', 'strike', 'noscript', 'template']);
export const isUnshownPart = (name: string): boolean => UNSHOWN_PARTS.has(name);

/** The end markers, one per combination, so that the walk allocates none per element. */
const ENDS: End[] = Array.from({ length: 32 }, (_, bits) => ({ block: (bits & 1) > 0, heading: (bits & 2) > 0, link: (bits & 4) > 0, pre: (bits & 8) > 0, post: (bits & 16) > 0 }));

/**
 * Renders a DOM subtree to the lines a reader would see: block elements and <br> break
 * lines, inline elements run on (Chinese text has no spaces to lose), hidden parts are
 * skipped; with `keepBreaks`, line breaks inside <pre> and `white-space: pre…` elements
 * break lines too, as a browser shows them.
 */
function walk(
  root: AnyNode | AnyNode[],
  keepBreaks: boolean,
  maxLines = Infinity,
  plain = false,
  shown: ReadonlySet<AnyNode> = NONE,
): { lines: Line[]; media: Media[]; stamps: Stamp[]; noscripts: Element[] } {
  // `plain`: lines only ({text, links}), without what a Block adds (which costs a count of every character).
  // `shown`: the <noscript>s to show (as a browser without scripts does); the others passed over are noted.
  const out = new LineSink(plain, keepBreaks && !plain);
  const lines = out.lines;
  // A walk that keeps no line breaks notes no players and no <time>s: it is given no lists for them (a walk runs for every part of every related item).
  const noscripts: Element[] = [];
  const media: Media[] = keepBreaks ? [] : (NO_MEDIA as Media[]);
  const stamps: Stamp[] = keepBreaks ? [] : (NO_STAMPS as Stamp[]);
  let pre = 0;
  // Inside a plain-text post (plain-post.ts): its line breaks shown, a paragraph's hand-broken lines joined.
  let post = 0;
  // Iterative, not recursive: a page nested a few thousand levels deep would overflow the stack.
  // Each entry is a node to enter, or the end of an element whose children are done.
  const stack: Array<AnyNode | End> = Array.isArray(root) ? root.slice().reverse() : [root];
  // What the page hides, and whether it has shadow roots: asked of its tree once per walk, looked at only where it has them.
  const first = Array.isArray(root) ? root[0] : root;
  const display = first ? displayOf(first) : NO_DISPLAY;
  const hidden = display.hidden.size > 0 ? display.hidden : null;
  const illegible = display.illegible.size > 0 ? display.illegible : null;
  const shadowRoots = display.shadowRoots;
  while (stack.length > 0 && lines.length < maxLines) {
    const node = stack.pop()!;
    if (!('type' in node)) {
      if (node.block) out.flush();
      if (node.heading) out.headings--;
      if (node.link) out.inLink--;
      if (node.pre) pre--;
      if (node.post) post--;
      continue;
    }
    if (node.type === 'text') {
      // Characters that display nothing (zero-width ones, soft hyphens) are no text: dropped as the text is read.
      // A day printed with its year last (24-07-2019) is read in the order its page prints days (year-last-date.ts).
      const data = withYearLastDatesRead(node, withoutInvisible((node as unknown as { data: string }).data));
      // A relative date (2个月前) whose element keeps the day in an attribute reads as that day, as printed there.
      const dated = absoluteDateOfText(node, data);
      if (dated !== null) {
        out.add(node, ` ${dated} `);
        continue;
      }
      // Paragraphs a browser shows apart: line breaks of preformatted text, and the indents that
      // open paragraphs in text without <p> or <br> (indent-breaks.ts).
      const parts = !keepBreaks ? null : post > 0 && data.includes('\n') ? plainPostParts(data) : pre > 0 && data.includes('\n') ? preformattedParts(data) : indentParts(data);
      if (parts) {
        parts.forEach((part, i) => {
          if (i > 0) {
            out.flush();
            out.indented = true;
          }
          out.add(node, part);
        });
      } else {
        out.add(node, data);
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = node.type === 'tag' ? el.name.toLowerCase() : 'root';
    const player = keepBreaks ? playerOf(name, el.attribs) : null;
    if (player) media.push({ format: player, at: lines.length, node: el });
    // A <time> that shows nothing (a script was to print it) dates nothing: its instant is a day only where it is read.
    if (keepBreaks && name === 'time' && el.attribs?.datetime && textContent(el).trim() !== '') stamps.push({ datetime: el.attribs.datetime, at: lines.length, shown: textContent(el).trim() });
    let kind = TAG_KIND.get(name) ?? customKind(name);
    // A link card's parts alike, each shown as a line (stacked-parts.ts).
    if (name === 'span' && isStackedLinkPart(el)) kind = 1;
    // A record's bar of labelled fields set side by side, each a line of its own (field-chips.ts).
    else if (name === 'span' && isFieldChip(el)) kind = 1;
    // A disclosure button over a section's panel (an accordion's head): its label is shown as the section's head (section-toggle.ts).
    else if (name === 'button' && isSectionToggle(el)) kind = 1;
    if (name === 'noscript') {
      if (shown.has(el)) kind = 1;
      else noscripts.push(el);
    }
    const field = name === 'input' || name === 'select' || name === 'textarea';
    if (kind & 16 && !field) continue;
    // The label of a fixed radio button left unchecked: an option the record did not choose (form-fields.ts).
    if (name === 'label' && isUnchosenLabel(el)) continue;
    // A footnote's reference mark (`<sup>[1]</sup>`) is none of the sentence's words (references.ts).
    if (name === 'sup' && isFootnoteMark(el)) continue;
    if (hidden !== null && (kind & 1) === 0 && hidden.has(el)) continue; // see isHiddenFragment
    // A closed dialog, or a hidden section held back whole: a layer a script shows, none of the page's text (closed-layer.ts).
    if ((name === 'dialog' && isClosedDialog(el)) || (hidden !== null && isHiddenLayer(el, hidden))) continue;
    // Text drawn blurred or in no colour: shown, and nothing to read (illegible-style.ts).
    if (illegible !== null && illegible.has(el)) continue;
    // A read-only form field shows its value (form-fields.ts): a textarea's lines as lines, as it shows them.
    if (field) {
      const shown = fieldText(el);
      if (shown !== null) {
        const parts = keepBreaks && name === 'textarea' ? shown.split(/\r?\n/u) : [shown];
        if (name === 'textarea') out.flush();
        parts.forEach((part, i) => {
          if (i > 0) out.flush();
          out.add(el.children[0] ?? el, ` ${part} `);
        });
        if (name === 'textarea') out.flush();
      }
      continue;
    }
    // An emoji or icon-font glyph alone in its element is a picture, not text (icon-glyph.ts).
    if ((kind & 1) === 0 && el.children?.length === 1 && isIconGlyph(el)) continue;
    // English printed beside the Chinese it translates (lang="en"): not read.
    if (el.attribs?.lang !== undefined && isTranslationBeside(el)) continue;
    if (kind & 32) {
      out.flush(true);
      continue;
    }
    const end =
      ENDS[
        (kind & 3) |
          (name === 'a' && el.attribs?.href ? 4 : 0) |
          (keepBreaks && (name === 'pre' || (el.attribs?.style !== undefined && PRESERVES_BREAKS.test(el.attribs.style)) || (display.preformatted.size > 0 && display.preformatted.has(el))) ? 8 : 0) |
          (keepBreaks && kind & 1 && holdsPlainPost(el) ? 16 : 0)
      ]!;
    if (end.block) out.flush();
    if (end.heading) out.headings++;
    if (end.link) {
      out.inLink++;
      out.links.push(el.attribs.href!);
    }
    if (end.pre) pre++;
    if (end.post) post++;
    if (end.block || end.heading || end.link || end.pre || end.post) stack.push(end);
    // A declarative shadow root is displayed in place of the host's children, its slots showing theirs (shadow-root.ts).
    const shadow = shadowRoots && el.children && el.children.length > 0 && node.type === 'tag' ? (name === 'slot' ? null : shadowRootOf(el)) : null;
    const children = shadow ? shadow.children : shadowRoots && name === 'slot' ? slotContent(el) : (el.children ?? []);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (lines.length < maxLines) out.flush();
  if (out.printed) splitPrintedMarkup(lines, plain);
  if (out.encoded) decodeMail(lines, plain);
  if (out.marks !== null) joinHardWraps(lines, out.marks);
  return { lines, media, stamps, noscripts };
}

/**
 * The lines a walk makes, and the line it is gathering. A class, not closures made per walk: a
 * walk runs for every related item and card field of a page.
 */
class LineSink {
  readonly lines: Line[] = [];
  text = '';
  links: string[] = [];
  /** The line's first text node that shows a character. */
  first: AnyNode | null = null;
  linkChars = 0;
  headings = 0;
  inLink = 0;
  /** A line looks quoted-printable (`=E5=8F…`): the lines are decoded where the walk ends (quoted-printable.ts). */
  encoded = false;
  /** A line may print markup as text (`<p>…</p>`, `&nbsp;`): such lines are split where the walk ends (escaped-markup.ts). */
  printed = false;
  /** How each line was printed (hard-wrap.ts), where the walk keeps line breaks; the line's indent and the blank line before it. */
  readonly marks: WrapMark[] | null;
  indented = false;
  blank = false;
  /** Lines only ({text, links}), without what a Block adds (which costs a count of every character). */
  private readonly plain: boolean;
  constructor(plain: boolean, marked: boolean) {
    this.plain = plain;
    this.marks = marked ? [] : null;
  }

  flush(byBreak = false): void {
    const t = collapsedSpaces(this.text);
    this.text = '';
    const { indented, blank } = this;
    this.indented = false;
    // A link whose text sits in a block inside it (<a><h4>Q</h4></a>) belongs to the next line.
    if (!t) {
      this.blank = blank || byBreak;
      return;
    }
    this.blank = false;
    if (!this.encoded && mayBeQuotedPrintable(t)) this.encoded = true;
    if (!this.printed && mayHoldPrintedMarkup(t)) this.printed = true;
    // Width in UTF-16 units: a character beyond the BMP (rare in text a form wraps) counts two.
    this.marks?.push({ width: t.length + (indented ? 2 : 0), byBreak, blankBefore: blank, indented, linked: this.linkChars > 0 });
    const links = this.links;
    const line: Block | Line = this.plain ? { text: t, links } : { text: t, links, node: this.first, heading: this.headings > 0, chars: nonSpace(t), linkChars: this.linkChars };
    this.lines.push(line);
    this.links = [];
    this.first = null;
    this.linkChars = 0;
  }

  add(node: AnyNode, data: string): void {
    if (!this.plain) {
      if (this.first === null && this.marks !== null && opensWithIndent(data)) this.indented = true;
      if (this.first === null && nonSpace(data) > 0) this.first = node;
      if (this.inLink > 0) this.linkChars += nonSpace(data);
    }
    this.text += data;
  }
}

/** Lines that print an editor's markup as text, each split in place into the paragraphs its printed tags divide (escaped-markup.ts). */
function splitPrintedMarkup(lines: Line[], plain: boolean): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const parts = mayHoldPrintedMarkup(line.text) ? printedMarkupLines(line.text) : null;
    if (parts === null) continue;
    const split = parts.map((text, k): Line => {
      const links = k === 0 ? line.links : [];
      return plain ? { text, links } : ({ ...(line as Block), text, links, chars: nonSpace(text), linkChars: k === 0 ? Math.min((line as Block).linkChars, nonSpace(text)) : 0 } as Block);
    });
    lines.splice(i, 1, ...split);
  }
}

/** Lines printed in an e-mail's quoted-printable encoding, decoded in place: soft-broken lines joined, header lines and signature dropped. */
function decodeMail(lines: Line[], plain: boolean): void {
  const mail = mailLines(lines.map((l) => l.text));
  if (mail !== null) replaceRuns(lines, mail, plain);
}

/** Lines a hard-wrapping form broke mid-paragraph, joined in place (hard-wrap.ts). */
function joinHardWraps(lines: Line[], marks: readonly WrapMark[]): void {
  if (marks.length !== lines.length) return;
  const texts = lines.map((l) => l.text);
  const runs = hardWrapped(texts, marks);
  if (runs !== null) replaceRuns(lines, runs.map(({ from, to }) => ({ from, to, text: texts.slice(from, to).reduce(joinWrapped) })), false);
}

/** Each run of lines `[from, to)` replaced by one line of its text (its links and first node kept), or dropped where its text is null. */
function replaceRuns(lines: Line[], runs: ReadonlyArray<{ from: number; to: number; text: string | null }>, plain: boolean): void {
  for (let k = runs.length - 1; k >= 0; k--) {
    const { from, to, text } = runs[k]!;
    const run = lines.slice(from, to);
    const links = run.flatMap((l) => l.links);
    const first = run[0] as Block;
    if (text === null) {
      lines.splice(from, to - from);
      continue;
    }
    const chars = nonSpace(text);
    const linkChars = Math.min(chars, run.reduce((sum, l) => sum + ((l as Block).linkChars ?? 0), 0));
    lines.splice(from, to - from, plain ? { text, links } : ({ ...first, text, links, chars, linkChars } as Block));
  }
}

/**
 * The text with each run of white space one space, and none at its ends (`.replace(/[\s\u00a0\u3000]+/g, ' ').trim()`).
 * Most lines have nothing to change (Chinese text runs on without spaces; a single space between words stays): told by
 * one look at their characters, where the expression and the trim cost a copy each of every line.
 */
function collapsedSpaces(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    // A space that stays as it is: one ` ` between two characters that are none.
    if (c === 0x20 && i > 0 && i < n - 1 && !isSpace(text.charCodeAt(i + 1))) continue;
    return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  }
  return text;
}

/** What `\s` (and `trim`) takes for white space, one UTF-16 unit. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f));

const NONE: ReadonlySet<AnyNode> = new Set();
/** The lists of players and <time>s of a walk that notes none (frozen: nothing is ever added to them). */
const NO_MEDIA: readonly Media[] = Object.freeze([]);
const NO_STAMPS: readonly Stamp[] = Object.freeze([]);
const NO_DISPLAY: PageDisplay = { hidden: new Set(), shadowRoots: false, preformatted: new Set(), fixed: new Set(), illegible: new Set() };

/** The visible lines of a subtree (see `walk`). */
export function renderLines(root: AnyNode | AnyNode[]): Line[] {
  return walk(root, false, Infinity, true).lines;
}

/** The first visible line of a subtree (a link's question), without rendering the rest. */
export function firstLine(root: AnyNode): string {
  return walk(root, false, 1, true).lines[0]?.text ?? '';
}

/** The visible lines of a subtree, with where each stands and line breaks of preformatted text kept, and its players. */
export function renderBlocks(root: AnyNode | AnyNode[]): { blocks: Block[]; media: Media[]; stamps: Stamp[] } {
  let { lines, media, stamps, noscripts } = walk(root, true);
  const shown = noscripts.length > 0 ? unprinted(noscripts, lines) : NONE;
  if (shown.size > 0) ({ lines, media, stamps } = walk(root, true, Infinity, false, shown));
  // Not plain: every line is a Block.
  return { blocks: lines as Block[], media, stamps };
}

/** Text a <noscript> must hold to be shown: more than an image's (a lazy avatar's `<noscript><img></noscript>`). */
const NOSCRIPT_MIN_CHARS = 10;
/** The notice a site prints for browsers without scripts (`请启用JavaScript后访问本站`): no content of the page. */
const SCRIPTS_NOTICE_RE = /javascript|\bJS\b|脚本/iu;

/**
 * The <noscript>s whose content the page prints nowhere else: what a browser without scripts shows
 * (a page rendered by scripts, as a crawler receives it: its content only there). One whose longest
 * text the page prints outside it is a copy of the printed content (for crawlers), read once.
 */
function unprinted(noscripts: readonly Element[], printed: readonly Line[]): Set<AnyNode> {
  const page = printed.map((l) => l.text.replace(/\s+/gu, '')).join('');
  const shown = new Set<AnyNode>();
  for (const el of noscripts) {
    const texts = walk(el.children, false, Infinity, true).lines.map((l) => l.text.replace(/\s+/gu, ''));
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    const all = texts.join('');
    if (all.length >= NOSCRIPT_MIN_CHARS && !page.includes(longest) && !(all.length <= 80 && SCRIPTS_NOTICE_RE.test(all))) shown.add(el);
  }
  return shown;
}

const INLINE_TAGS = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'big', 'label', 'mark', 'sup', 'sub']);

/** The element holding a line's block element (the <article> around a <p>, the box around a heading's <div>). */
export function lineBox(node: AnyNode | null): AnyNode | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && INLINE_TAGS.has((el as Element).name)) el = el.parent;
  return el?.parent ?? null;
}

/** Whether a line's node stands inside a list's item (`<li>`): another article's, another question's, whatever it prints. */
export const inListItem = (node: AnyNode | null): boolean => {
  for (let n = node?.parent ?? null; n && n.type === 'tag'; n = n.parent) if ((n as Element).name === 'li') return true;
  return false;
};

/** Whether `node` is `el` or inside it. */
/** Whether an element is a block (a paragraph, a div, a cell: it breaks lines), not inline. */
export const isBlockElement = (node: AnyNode): boolean => node.type === 'tag' && BLOCK_TAGS.has((node as Element).name);
export function inside(node: AnyNode | null, el: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === el) return true;
  return false;
}

/**
 * The nodes between two nodes in document order, as whole subtrees where they can be: what
 * follows `from` (not inside it), up to `to` (or `limit` nodes where `to` is not given).
 */
export function nodesBetween(from: AnyNode, to: AnyNode | null, limit = 40): AnyNode[] {
  const out: AnyNode[] = [];
  let node: AnyNode = from;
  while (out.length < limit) {
    let next: AnyNode | null = node.next;
    for (let up: AnyNode | null = node; !next && up?.parent; up = up.parent) next = up.parent.next;
    // Into the subtree that holds `to`, down to the first node before it.
    while (next && to && next !== to && inside(to, next)) next = (next as Element).children?.[0] ?? null;
    if (!next || next === to) break;
    out.push(next);
    node = next;
  }
  return out;
}

/** Text of the element's own text children, without its descendants' (the name in `<h5>王清玉<span>…`). */
export function ownText(el: Element): string {
  return el.children
    .filter((c) => c.type === 'text')
    .map((c) => (c as unknown as { data: string }).data)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
