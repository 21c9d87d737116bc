import type { AnyNode, Element, Text } from 'domhandler';
import { appendChild } from 'domutils';
import { detach } from './index-prune.js';
import { textContent, type PageIndex } from './page-index.js';

/**
 * A text message shown as it was received (a 短信问诊 record, a 12320 hotline's reply): a long
 * message comes in parts, each a bubble of its own with its time, numbered `(1/3)`, `[2/3]`, `3/3 `
 * before its text or `(1/3)` after it; a part may stop mid-sentence, the next going on. The message
 * is the parts joined, without their numbers, and without what the sending service adds to every
 * message: its signature in 【】 (first or last), the `王医生回复您：` before the reply and the
 * unsubscribe line after it (`回复TD退订`, `【回T退订】`, `拒收请回复R`). The parts are joined in the
 * parsed page, into the first part's bubble, before it is read; the other bubbles (their times, the
 * same day's) go.
 */

/** A part's number before its text: `(1/3)`, `[1/3]`, `【1/3】`, `1/3 `. */
const BEFORE_RE = /^\s*(?:[(（[【]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[)）\]】]|(\d{1,2})\/(\d{1,2})[ \u3000])\s*/u;
/** A part's number after its text: `(1/3)`. */
const AFTER_RE = /\s*[(（[【]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[)）\]】]\s*$/u;
/** Markup with a first part's number: only such a page is walked. */
const MAY_HOLD_PARTS_RE = /[(（[【]\s*1\s*\/\s*\d{1,2}\s*[)）\]】]|>\s*1\/\d{1,2}[ \u3000]/u;

/** The sending service's signature: 【name】. */
const SIGNATURE_RE = /^\s*【[^【】\s]{2,24}】\s*/u;
const END_SIGNATURE_RE = /\s*【[^【】\s]{2,24}】\s*$/u;
/** The reply's address to the asker: `王医生回复您：`, `医生答复您：`. */
const ADDRESS_RE = /^\s*(?:\p{Script=Han}{1,5}?(?:医生|大夫|医师|专家)|医生|大夫|专家)?(?:回复|答复|回答)(?:您|你)\s*[:：]\s*/u;
/** The unsubscribe line a bulk sender must add: `回复TD退订`, `【回T退订】`, `退订回N`, `拒收请回复R`. */
const UNSUBSCRIBE_RE = /\s*[【[]?\s*(?:回复?\s*[A-Za-z0-9]{1,4}\s*退订|退订(?:请)?回复?\s*[A-Za-z0-9]{1,4}|拒收请?回复?\s*[A-Za-z0-9]{1,4})\s*[】\]]?\s*$/u;

const INLINE = new Set(['span', 'i', 'b', 'em', 'strong', 'a', 'font', 'u', 'small', 'br', 'label']);

type Part = { text: Text; k: number; n: number; after: boolean; block: Element };

const isText = (node: AnyNode): node is Text => node.type === 'text';
const shows = (node: Text) => node.data.trim() !== '';

/** The nearest ancestor that is no inline element: the bubble's text box. */
function blockOf(node: AnyNode): Element | null {
  let el = node.parent;
  while (el && el.type === 'tag' && INLINE.has((el as Element).name)) el = el.parent;
  return el && el.type === 'tag' ? (el as Element) : null;
}

/** The shown text nodes under an element, in order. */
function textsOf(el: AnyNode, out: Text[] = []): Text[] {
  if (isText(el)) {
    if (shows(el)) out.push(el);
  } else if (el.type === 'tag' && !['script', 'style', 'template', 'head'].includes((el as Element).name)) for (const c of (el as Element).children) textsOf(c, out);
  return out;
}

/** Each part's number where it stands first or last in its block. */
function partsOf(texts: Text[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const block = blockOf(text);
    if (!block) continue;
    const first = i === 0 || blockOf(texts[i - 1]!) !== block;
    const last = i === texts.length - 1 || blockOf(texts[i + 1]!) !== block;
    const before = first ? BEFORE_RE.exec(text.data) : null;
    const after = !before && last ? AFTER_RE.exec(text.data) : null;
    const m = before ?? after;
    if (!m) continue;
    const k = Number(m[1] ?? m[3]);
    const n = Number(m[2] ?? m[4]);
    if (n >= 2 && k >= 1 && k <= n) parts.push({ text, k, n, after: after !== null, block });
  }
  return parts;
}

/** The first run of parts numbered 1 to n in order, each in a block of its own and numbered alike. */
function messageOf(parts: Part[]): Part[] | null {
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i]!;
    if (first.k !== 1) continue;
    const run = parts.slice(i, i + first.n);
    if (run.length === first.n && run.every((p, j) => p.k === j + 1 && p.n === first.n && p.after === first.after && run.indexOf(run.find((q) => q.block === p.block)!) === j) && sentAsParts(run)) return run;
  }
  return null;
}

/** A sentence's end, closing quotes and brackets after it aside. */
const SENTENCE_END_RE = /[。！？!?；;…][”’"')）】]*$/u;
/** A time as a bubble's stamp prints it (`09:14`). */
const TIME_RE = /(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/u;
/**
 * Whether numbered blocks are a message's parts: a part before the last stops mid-sentence (a message is cut by its length,
 * wherever that falls), or each part's bubble shows its time beside it. Steps numbered `1/3 … 3/3` in paragraphs of an answer,
 * each a sentence ended, none stamped, are the answer's steps as printed: left as they are.
 */
function sentAsParts(run: readonly Part[]): boolean {
  const textOf = (p: Part) => textContent(p.block).replace(p.after ? AFTER_RE : /$^/u, '').trim();
  if (run.slice(0, -1).some((p) => !SENTENCE_END_RE.test(textOf(p)))) return true;
  return run.every((p) => {
    const around = p.block.parent;
    return around !== null && around.type === 'tag' && TIME_RE.test(textContent(around).replace(textContent(p.block), ''));
  });
}

/** What the sending service adds around a message, taken from its first and last text. */
function withoutServiceText(texts: Text[]): void {
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (first) first.data = first.data.replace(SIGNATURE_RE, '').replace(ADDRESS_RE, '');
  if (last) last.data = last.data.replace(UNSUBSCRIBE_RE, '').replace(END_SIGNATURE_RE, '').replace(UNSUBSCRIBE_RE, '');
}

/** The highest element around a part's emptied block that holds no other part and little else (its time). */
function bubbleOf(block: Element, blocks: Set<Element>): Element {
  let bubble = block;
  for (let up = block.parent; up && up.type === 'tag'; up = up.parent) {
    const el = up as Element;
    if (['body', 'html'].includes(el.name) || textContent(el).trim().length > 40 || [...blocks].some((b) => b !== block && contains(el, b))) break;
    bubble = el;
  }
  return bubble;
}

function contains(el: Element, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === el) return true;
  return false;
}

/** A service's signature first in a message that came in one part: an organisation's name (a hospital, a hotline, a service). */
const ORG_SIGNATURE_RE = /^\s*【[^【】\s]{0,20}(?:医院|热线|中心|平台|卫生|健康|门诊|诊所|保健院|卫健委|短信|问诊|服务|助手)】\s*\p{Script=Han}/u;

/**
 * Joins a message sent in numbered parts into its first part's bubble, without the service's text
 * (the index is to be indexed again after); on a page of text messages (短信), takes the service's
 * text from a message that came whole. Whether it changed any. `mayBeNumbered` false: no text of the page
 * has a part's number first or last (text-marks.ts), and its markup is not searched for one.
 */
export function joinSmsParts(html: string, index: PageIndex, mayBeNumbered = true): boolean {
  const numbered = mayBeNumbered && MAY_HOLD_PARTS_RE.test(html);
  if (!numbered && !html.includes('短信')) return false;
  const body = index.bodies[0] ?? index.document;
  const texts = textsOf(body);
  const message = numbered ? messageOf(partsOf(texts)) : null;
  if (!message) {
    const whole = html.includes('短信') ? texts.find((t) => ORG_SIGNATURE_RE.test(t.data) && blockOf(t) !== null && textsOf(blockOf(t)!)[0] === t) : undefined;
    if (whole) withoutServiceText(textsOf(blockOf(whole)!));
    return whole !== undefined;
  }
  for (const part of message) part.text.data = part.text.data.replace(part.after ? AFTER_RE : BEFORE_RE, '');
  const home = message[0]!.block;
  for (const part of message.slice(1)) for (const child of [...part.block.children]) appendChild(home, child);
  const blocks = new Set(message.map((p) => p.block));
  for (const part of message.slice(1)) detach(bubbleOf(part.block, blocks));
  withoutServiceText(textsOf(home));
  return true;
}
