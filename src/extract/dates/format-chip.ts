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
 * The chips of the row a line's first text node opens: each an element of its own holding a word and nothing else shown,
 * 2 to MAX_ROW_CHIPS of them; links among them only where `links` (a menu's items lead somewhere). Null for any other line.
 */
function rowChips(node: AnyNode | null, links: boolean): { chips: Element[]; words: string[] } | null {
  const chip = node?.parent;
  const row = chip?.parent;
  if (!chip || !row || chip.type !== 'tag' || row.type !== 'tag') return null;
  const chips: Element[] = [];
  for (const child of (row as Element).children) {
    if (child.type === 'text' && (child as Text).data.trim() === '') continue;
    if (child.type !== 'tag' || (!links && (child as Element).name === 'a') || showsNothing(child)) return null;
    chips.push(child as Element);
  }
  if (chips.length < 2 || chips.length > MAX_ROW_CHIPS) return null;
  const words = chips.map((c) => textContent(c).trim());
  if (!words.every((w) => CHIP_TEXT_RE.test(w)) || chips.some((c) => c.children.some((n) => n.type === 'tag' && !showsNothing(n)))) return null;
  return { chips, words };
}

/**
 * The format a row of chips under a page's title shows (`<div><span>眼科</span> <span>语音</span></div>`): each chip
 * an element of its own holding a word, none a link (a menu's items lead somewhere), one of them a format word
 * alone. Where the row names more than one service (a menu of what the doctor offers: `图文咨询` `电话咨询` `预约挂号`),
 * only the chip it marks as the page's (`class="active"`, `aria-selected`) gives one. `node` is the row's first text node.
 * 'unknown' for any other line.
 */
export function chipRowFormat(node: AnyNode | null, services = false): AnswerFormat {
  const row = rowChips(node, false);
  if (!row) return 'unknown';
  const { chips, words } = row;
  if (services && words.filter(isServiceWord).length > 1) {
    const marked = chips.filter(isMarkedChip);
    const word = marked.length === 1 ? textContent(marked[0]!).trim() : '';
    const tag = word ? formatTag(word) ?? serviceChip(word) : null;
    return tag && tag.rest === '' ? tag.format : 'unknown';
  }
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
 * A service a doctor's page or an app offers, as a menu's chip names it: a consultation in some form (`图文咨询`, `视频问诊`,
 * `在线复诊`, `极速问诊`) or another service (`预约挂号`, `家庭医生`, `私人医生`, `开药门诊`, `续方`). A disease or a department
 * names none.
 */
const SERVICE_WORD_RE =
  /^(?:(?:语音|电话|视频|图文|在线|网上|极速|快速|免费|专家|名医|团队|远程|互联网|义诊)?(?:咨询|问诊|复诊|会诊|开药|续方|购药|问药)|(?:开药|复诊|特需|夜间)门诊|(?:预约)?挂号|预约(?:门诊|专家|手术|检查|加号|复诊)|门诊预约|加号|(?:家庭|私人)医生|(?:健康|私人)管家|送心意)$/u;
const isServiceWord = (word: string): boolean => SERVICE_WORD_RE.test(word.replace(/\s+/gu, ''));

/** A chip marked as the one chosen (`class="active"`, `cur`, `on`, `selected`, `aria-selected="true"`, `aria-current`). */
const MARKED_CLASS_RE = /(?:^|[\s_-])(?:active|is-active|cur|current|on|selected|checked|now|chosen)(?:$|[\s_-])/iu;
const isMarkedChip = (chip: Element): boolean =>
  MARKED_CLASS_RE.test(chip.attribs.class ?? '') || chip.attribs['aria-selected'] === 'true' || (chip.attribs['aria-current'] !== undefined && chip.attribs['aria-current'] !== 'false');

/**
 * A menu of services over a page's question (`<span>图文咨询</span><span>电话咨询</span><span>视频咨询</span>`, links or not):
 * a row of chips naming more than one service. It lists what is offered, not the one held: it gives the answer no format,
 * read as a line of format words, unless it marks one chip as the page's (then chipRowFormat reads that one).
 * `node` is the line's first text node.
 */
export function isServiceMenu(node: AnyNode | null): boolean {
  const row = rowChips(node, true);
  return row !== null && row.words.filter(isServiceWord).length > 1;
}

/**
 * The format a row of chips right over a page's question shows, as an app's share page tags a consultation with its service
 * and its disease (`<div><span>语音咨询</span><span>颈椎病</span></div>` over the `<h1>`): the chips as chipRowFormat wants
 * them, one the service held (`语音咨询`, `图文问诊`) or a bare format word. `node` is the row's first text node.
 */
export const serviceRowFormat = (node: AnyNode | null): AnswerFormat => chipRowFormat(node, true);

/** An icon's spoken name for a consultation's medium (`图文咨询`, `语音问诊`, `视频`): the word alone, a service's suffix at most. */
const ICON_FORMAT_RE = /^(语音|音频|视频|图文)(?:咨询|问诊|回答|解答|回复)?$/u;
/** Inline elements a title's first text may sit in (`<h1><span>[已解决]</span>…`): climbed over to reach the title's own box. */
const INLINE_TAGS = new Set(['a', 'b', 'em', 'font', 'i', 'small', 'span', 'strong']);

/**
 * The format an icon beside the question says only to a screen reader or on hover (`<h1>问题</h1><i class="ico"
 * title="语音咨询"></i>`): an element showing no text, right before or after the question's box or inside it, whose `title`
 * or `aria-label` is a medium's word alone (`图文咨询`, `语音咨询`, `视频咨询`) — the site's picture of the page's service.
 * Icons saying two media, or any other words, say nothing: 'unknown'. `node` is the question's first text node.
 */
export function iconBesideFormat(node: AnyNode | null): AnswerFormat {
  let box = node?.parent ?? null;
  while (box && box.type === 'tag' && INLINE_TAGS.has((box as Element).name)) box = box.parent;
  if (!box || box.type !== 'tag') return 'unknown';
  const near: AnyNode[] = [];
  const stack: AnyNode[] = [...(box as Element).children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    near.push(n);
    if (n.type === 'tag') stack.push(...(n as Element).children);
  }
  // The box's nearest element siblings, either side (whitespace between passed over).
  for (const step of ['prev', 'next'] as const) {
    let s: AnyNode | null = box[step];
    while (s && s.type === 'text' && (s as Text).data.trim() === '') s = s[step];
    if (s) near.push(s);
  }
  const said = new Set<AnswerFormat>();
  for (const n of near) {
    if (n.type !== 'tag' || textContent(n).trim() !== '') continue;
    const el = n as Element;
    const word = (el.attribs.title ?? el.attribs['aria-label'] ?? '').replace(/\s+/gu, '');
    const m = word.match(ICON_FORMAT_RE);
    const tag = m ? formatTag(m[1]!) : null;
    if (tag) said.add(tag.format);
  }
  return said.size === 1 ? [...said][0]! : 'unknown';
}
