import type { AnyNode, Element } from 'domhandler';
import { comparable } from '../../core/text.js';
import type { Block } from '../lines/html-lines.js';
import { TITLE_RE } from '../words/genre.js';

/**
 * An older portal's ticker: a `<marquee>` scrolling other pages' headlines across the page
 * (【最新回答】王医生 回答了“…” 2022-04-28), its text none of the page's (html-lines.ts passes over it),
 * under a short label in the box beside it (`滚动公告：`, `最新动态：`, `更多>>`): furniture, as the ticker is.
 * The same feed of the site's activity in a list a script rotates: lines that say which doctor
 * answered which other question, and when (its day the other answer's).
 */

/** How long the ticker's label may be; a label, no sentence (a short line of an answer in the same box is none). */
const LABEL_CHARS = 12;
const SENTENCE_RE = /[。！？!?，,；;]/u;
/** How far up from the label's text the ticker's box may be (text, its `<b>`, the box). */
const BOX_DEPTH = 3;

const isElement = (node: AnyNode | null): node is Element => node !== null && node.type === 'tag';

/** Whether a short line stands in the box of a `<marquee>`: the ticker's label or its controls. */
export function isTickerLabel(block: Block): boolean {
  if (block.chars > LABEL_CHARS || SENTENCE_RE.test(block.text)) return false;
  let el = block.node?.parent ?? null;
  for (let depth = 0; isElement(el) && depth < BOX_DEPTH; depth++, el = el.parent) {
    if (el.name === 'body') return false;
    if (el.children.some((c) => isElement(c) && c.name === 'marquee')) return true;
  }
  return false;
}

/** `【最新回答】王芳主任医师 回答了“…”`: a doctor (named, with a title) answered a question, quoted. */
const ACTIVITY_RE = new RegExp(`^(?:[【\\[]\\s*\\p{Script=Han}{1,6}\\s*[】\\]]\\s*)?\\p{Script=Han}{2,4}?\\s*(?:${TITLE_RE.source}|医生|大夫)\\s*(?:回答|解答|回复)了\\s*[“"「『]([^”"」』]{2,40})[”"」』]`, 'u');
/** How long such a line may be. */
const ACTIVITY_CHARS = 80;

/**
 * Whether a line is the site's feed saying a doctor answered another question than the page's
 * (a line saying who answered the page's own question is the answer's, and may date it).
 */
export function isActivityLine(text: string, question: string): boolean {
  const m = text.length <= ACTIVITY_CHARS ? text.trim().match(ACTIVITY_RE) : null;
  return m !== null && comparable(m[m.length - 1]!) !== comparable(question);
}
