import type { AnyNode, Element, Text } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import { formatTag } from './media-format.js';
import { firstShownText, showsNothing, textContent } from '../tree/page-index.js';

/**
 * A format word (语音, 视频, 图文) printed as an element of its own at the head of a link or a title
 * (`<a><span>语音</span><span>问题</span></a>`): a chip the site draws beside the question, the item's
 * format, none of its question. A question that only begins with the word (`视频会诊怎么收费`) prints
 * it in one text with the rest: the markup tells them apart. The chip's text, or null.
 */
export function openingChip(root: Element): string | null {
  const first = firstShownText(root);
  const box = first?.parent;
  if (!first || !box || box === root || box.type !== 'tag') return null;
  // The element holds the word alone; the question stands in another node after it.
  const word = first.data.trim();
  if (textContent(box).trim() !== word) return null;
  const tag = formatTag(word);
  return tag && tag.rest === '' ? word : null;
}

/** The link's first line without the chip that opens it (`语音眼睛红…` → `眼睛红…`); the line as it is where none does. */
export function withoutOpeningChip(root: Element, line: string): string {
  const chip = openingChip(root);
  const text = line.trimStart();
  return chip && text.length > chip.length && text.startsWith(chip) ? text.slice(chip.length).trimStart() : line;
}

/**
 * A line that opens with a format chip run into what follows it (`<span>语音</span><span>崔芳艳 医师</span>`, no
 * space between: `语音崔芳艳 医师`): the chip is an element among `nodes` holding a format word alone. The chip's
 * format and the rest of the line, or null where no such element opens it.
 */
export function chipOpening(line: string, nodes: readonly AnyNode[]): { format: AnswerFormat; rest: string } | null {
  const text = line.trim();
  const stack: AnyNode[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' || showsNothing(node)) continue;
    const el = node as Element;
    const word = el.children.length === 1 && el.children[0]!.type === 'text' ? (el.children[0] as Text).data.trim() : '';
    const tag = word && text.startsWith(word) ? formatTag(word) : null;
    if (tag && tag.rest === '') return { format: tag.format, rest: text.slice(word.length).trim() };
    stack.push(...el.children);
  }
  return null;
}

/** How many chips a row under a title holds at most (the 科室, the format, a mark or two). */
const MAX_ROW_CHIPS = 5;
/** A chip's text: a word or two, no sentence. */
const CHIP_TEXT_RE = /^[^，,。；;！!？?：:]{1,8}$/u;

/**
 * The format a row of chips under a page's title shows (`<div><span>眼科</span> <span>语音</span></div>`): each chip
 * an element of its own holding a word, none a link (a menu's items lead somewhere), one of them a format word
 * alone. `node` is the row's first text node. 'unknown' for any other line.
 */
export function chipRowFormat(node: AnyNode | null, services = false): AnswerFormat {
  const chip = node?.parent;
  const row = chip?.parent;
  if (!chip || !row || chip.type !== 'tag' || row.type !== 'tag') return 'unknown';
  const chips: Element[] = [];
  for (const child of (row as Element).children) {
    if (child.type === 'text' && (child as Text).data.trim() === '') continue;
    if (child.type !== 'tag' || (child as Element).name === 'a' || showsNothing(child)) return 'unknown';
    chips.push(child as Element);
  }
  if (chips.length < 2 || chips.length > MAX_ROW_CHIPS) return 'unknown';
  const words = chips.map((c) => textContent(c).trim());
  if (!words.every((w) => CHIP_TEXT_RE.test(w)) || chips.some((c) => c.children.some((n) => n.type === 'tag' && !showsNothing(n)))) return 'unknown';
  const formats = words.map((w) => formatTag(w) ?? (services ? serviceChip(w) : null)).filter((t) => t !== null && t.rest === '');
  return formats.length === 1 ? formats[0]!.format : 'unknown';
}

/** A consultation's service as its chip names it (`语音咨询`, `图文问诊`, `视频咨询`, `电话咨询`): the format it was held in. */
const SERVICE_CHIP_RE = /^(语音|电话|视频|图文)(?:咨询|问诊)$/u;
const SERVICE_FORMAT: Record<string, AnswerFormat> = { 语音: 'voice', 电话: 'voice', 视频: 'video', 图文: 'text' };
const serviceChip = (word: string): { format: AnswerFormat; rest: string } | null => {
  const m = word.match(SERVICE_CHIP_RE);
  return m ? { format: SERVICE_FORMAT[m[1]!]!, rest: '' } : null;
};

/**
 * The format a row of chips right over a page's question shows, as an app's share page tags a consultation with its service
 * and its disease (`<div><span>语音咨询</span><span>颈椎病</span></div>` over the `<h1>`): the chips as chipRowFormat wants
 * them, one the service held (`语音咨询`, `图文问诊`) or a bare format word. `node` is the row's first text node.
 */
export const serviceRowFormat = (node: AnyNode | null): AnswerFormat => chipRowFormat(node, true);
