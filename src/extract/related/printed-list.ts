/**
 * A related list that prints its items' addresses (a print version): items as the lines before each
 * printed address, numbered, their format and date in brackets after the question.
 */
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { noDoctor } from '../draft.js';
import { renderLines, type Line } from '../lines/html-lines.js';
import { showsNothing, textContent } from '../tree/page-index.js';
import { readMetaLine } from '../dates/page-meta.js';
import { norm } from '../words/normalized-start.js';

/** A link whose text is an address, not a question. */
export const PRINTED_ADDRESS_RE = /^(?:https?:\/\/|www\.)\S+$/iu;
/** An address alone on a line, bare or in brackets (`(https://…)`, `［www.…］`): where a link leads, printed. */
export const isPrintedAddress = (text: string): boolean => {
  // A line opening with a Chinese character (a question, a snippet) is none, NFKC keeping it first: told
  // before the whole line is normalized, which cost a tenth of reading a related item.
  const opening = text.trimStart().charCodeAt(0);
  if (opening >= 0x4e00 && opening <= 0x9fff) return false;
  const t = norm(text);
  return t.length >= 8 && PRINTED_ADDRESS_RE.test(t.replace(/^[(\[<]\s*(.*?)\s*[)\]>]$/u, '$1'));
};
/** Words in brackets ending a line (`问题（语音回答 2019-08-12）`). */
const TRAILING_BRACKETS_RE = /^(.*\S)\s*[（(]([^（）()]+)[）)]$/u;
/** An item's number opening its question (`1.`, `2、`, `(3)`). */
const ITEM_NUMBER_RE = /^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\d{1,3}[）)])\s*/u;
/**
 * Items whose links print their address after them: each item is the siblings before its
 * link's element back to the previous item's (the first item as many as the second has); its
 * question the first of their lines, without its number.
 */
export function itemsBeforeAddresses(
  items: Array<{ link: Element; root: AnyNode }>,
  roots: ReadonlySet<AnyNode>,
): Array<{ link: Element; question: string; nodes: AnyNode[]; lines?: Line[] }> {
  const before = items.map(({ root }) => {
    const nodes: AnyNode[] = [];
    for (let prev = root.prev; prev && !roots.has(prev); prev = prev.prev) nodes.unshift(prev);
    // The blank text, comments and scripts between elements are no part of an item (its shape starts at its first element).
    while (nodes[0] && ((nodes[0].type === 'text' && !textContent(nodes[0]).trim()) || showsNothing(nodes[0]))) nodes.shift();
    return nodes;
  });
  const span = before[1]!.filter((n) => n.type === 'tag').length;
  const firstTags = before[0]!.filter((n) => n.type === 'tag');
  if (firstTags.length > span) before[0] = span === 0 ? [] : before[0]!.slice(before[0]!.indexOf(firstTags[firstTags.length - span]!));
  return items.map(({ link }, i) => {
    const lines = renderLines(before[i]!);
    const [head, ...rest] = lines;
    if (!head) return { link, question: '', nodes: [link], lines: [] };
    const numbered = head.text.replace(ITEM_NUMBER_RE, '');
    // Its format and date in brackets after it (`（语音回答 2019-08-12）`): meta, a line of its own.
    const bracketed = numbered.match(TRAILING_BRACKETS_RE);
    const [question, meta] = bracketed && readMetaLine(bracketed[2]!).metaOnly ? [bracketed[1]!, bracketed[2]!] : [numbered, null];
    const headLines = [{ ...head, text: question }, ...(meta ? [{ ...head, text: meta }] : [])];
    return { link, question, nodes: before[i]!.length > 0 ? before[i]! : [link], lines: [...headLines, ...rest] };
  });
}
/**
 * A related list printed as lines of text, not elements (a print version's <pre>): items numbered
 * 1, 2, 3… in order, each ending with its address printed; the question the numbered line without
 * its number, with its format and date in brackets after it; the lines between it and the address
 * the snippet. Read up to the first line that belongs to no item; two items or more, or none.
 */
export function readPrintedList(lines: readonly Line[], resolve: (href: string) => string): EntryDraft[] {
  const items: EntryDraft[] = [];
  let segment: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (!PRINTED_ADDRESS_RE.test(norm(text))) {
      segment.push(text);
      continue;
    }
    const [head, ...rest] = segment;
    const number = head?.match(ITEM_NUMBER_RE);
    if (!head || !number || Number(number[0].replace(/\D/g, '')) !== items.length + 1) break;
    const numbered = head.slice(number[0].length);
    const bracketed = numbered.match(TRAILING_BRACKETS_RE);
    const meta = bracketed ? readMetaLine(bracketed[2]!) : null;
    const question = bracketed && meta!.metaOnly ? bracketed[1]! : numbered;
    items.push({
      question,
      answerParagraphs: rest.filter((l) => !readMetaLine(l).metaOnly),
      doctor: noDoctor(),
      format: meta?.metaOnly ? meta.format : 'unknown',
      date: meta?.metaOnly ? (meta.dates[0]?.iso ?? null) : null,
      hasDisclaimer: false,
      origin: 'related',
      position: items.length,
      url: resolve(text),
      relatedUrls: [],
      readBy: 'genre',
    });
    segment = [];
  }
  return items.length >= 2 ? items : [];
}
