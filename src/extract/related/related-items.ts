/**
 * Splitting the region under a list's label into items: the links that lead to an item's question, the
 * element each item is (a run of siblings, a grid's rows), floating boxes left out; then each item read
 * (related-item.ts) and the list's odd ones doubted.
 */
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { isPosterLength } from '../dates/media-format.js';
import { PROSE_RE, QUESTION_MARK_RE, isCardLine, isSectionHead, namesSessionRecord } from '../words/genre.js';
import { displayOf, withinAny } from '../tree/hidden-text.js';
import { firstLine, renderLines, type Line } from '../lines/html-lines.js';
import { compactTextLonger, showsNothing, textContent } from '../tree/page-index.js';
import { readMetaLine } from '../dates/page-meta.js';
import { isAppPrompt } from '../words/app-prompt.js';
import { isBookingButton } from '../words/call-to-action.js';
import { isReadMore } from '../words/read-more.js';
import { withoutSlideCopies } from '../tree/carousel-clone.js';
import { linkSourceTag, withoutSourceCredits } from './source-credit.js';
import { withoutOpeningChip } from '../dates/format-chip.js';
import { withoutDrawnBadge } from '../lines/qa-badge.js';
import { isVersionLink } from '../words/version-switch.js';
import { holdsPicture, readItem, withListAuthors } from './related-item.js';
import { norm, normStartsWith } from '../words/normalized-start.js';
import { addressOf, opensNoPage } from './item-address.js';
import { PRINTED_ADDRESS_RE, itemsBeforeAddresses } from './printed-list.js';

/** Links that lead on rather than to an item: 更多, 换一换, page numbers. */
const NOT_AN_ITEM_LINK = /^(?:查看)?更多|^换一换|^[[【(（]?[上下]一[页篇]|^展开|^收起|^\d+$|^[>›»＞]+$/u;
/** A doctor's name and title alone on a line, no sentence (isCardLine): a card's line, never a question. */
const opensWithOwnDoctor = (first: string) => first.length <= 24 && !PROSE_RE.test(first) && isCardLine(first);
/** A field under its label (`擅长：…`, `医院：…`). */
const LABELLED_FIELD_RE = /^[^\s:：，,。；;！!？?]{1,6}\s*[:：]/u;
/** A short opening ending in a colon (`回复：`, `醫生答：`): a label where every item's snippet opens with it. */
const SHARED_OPENING_RE = /^([^\s:：，,。；;！!？?]{1,6})\s*[:：]\s*(?=\S)/u;
/**
 * A link's first line that may be an item's question: a few characters at least, no prompt (更多, 换一换, a pager) nor the app's
 * button, nor a card's booking button (`预约此医生`, call-to-action.ts), nor a version of the site (`[电脑版]`: version-switch.ts),
 * nor a session's record (`…答疑会问答实录（第3期）`, genre.ts: many Q&As on one page, none the item's question).
 */
export const asksAsItem = (first: string, compact = norm(first)): boolean =>
  [...compact].length >= 4 && !NOT_AN_ITEM_LINK.test(compact) && !isAppPrompt(first) && !isBookingButton(compact) && !isVersionLink(first) && !namesSessionRecord(first);
/**
 * Links in the region that lead to an item's question, with the question (the link's first line);
 * and the links too short to be a question (`cut`): the last item of a download cut inside its question.
 */
function itemLinks(region: AnyNode[], shownAll: boolean): { links: Map<Element, string>; cut: Element[]; tag: string | null } {
  const display = region.length > 0 ? displayOf(region[0]!) : null;
  const fixed = display?.fixed ?? new Set<Element>();
  const links = new Map<Element, string>();
  const cut: Element[] = [];
  const stack = [...region].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    // Nor is text drawn for no one to read (white on the white page: illegible-style.ts, same-colour-text.ts).
    if (el.name === 'script' || el.name === 'style' || isFloating(el, fixed) || display?.illegible.has(el)) continue;
    const address = addressOf(el);
    if (address && !opensNoPage(address)) {
      // An address that swallowed markup (`href="/q/1.` cut short, the quote closed by a later tag's): the page ends in it; no item.
      if (SWALLOWED_MARKUP_RE.test(address)) {
        cut.push(el);
        continue;
      }
      // A video's tile opens with the length over its poster: its question is the line after (media-format.ts).
      let first = firstLine(el);
      if (isPosterLength(first, holdsPicture([el]))) first = renderLines(el)[1]?.text ?? '';
      // A day floated to the item's right, printed first in its markup (`05-06`, `2020-10-22`): meta; the question is the line after it.
      else if (first.length <= 24 && /^\d/u.test(first) && readMetaLine(first).metaOnly) first = renderLines(el)[1]?.text ?? first;
      // A card opening with the item's own doctor (avatar, `<span>name</span><em>title</em>`) over its question: the doctor's line is
      // the item's byline, read as such with its lines (related-item.ts); the question is the line after. Not where that line is a
      // card's too or a field under its label (`擅长：…`): a list of doctors, no questions.
      else if (opensWithOwnDoctor(first)) {
        const next = renderLines(el)[1]?.text ?? '';
        if (next !== '' && !isCardLine(next) && !LABELLED_FIELD_RE.test(next)) first = next;
      }
      // A format chip before the question (`<span>语音</span>问题`): the item's format, read with its meta (format-chip.ts).
      first = withoutOpeningChip(el, first);
      // A drawn 问 badge before the question (`<i>问</i>question`, qa-badge.ts): a label, no text.
      first = withoutDrawnBadge(first, [el]);
      const compact = norm(first);
      // A read-more prompt leads to the item: its question is found in the item's other lines.
      if (isReadMore(compact)) links.set(el, '');
      // The app's button (打开APP, 下载APP) leads to no item.
      else if (asksAsItem(first, compact)) links.set(el, first);
      else if (compact !== '' && !NOT_AN_ITEM_LINK.test(compact)) cut.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  // Links a style hides (a 换一换 list's other batches, its `hidden` ones), where the list shows others: no items.
  // (Not in panels a click shows, tabs' panels read together: `shownAll`.)
  if (display && display.hidden.size > 0 && !shownAll) {
    const hidden = [...links.keys()].filter((link) => withinAny(link, display.hidden));
    if (hidden.length > 0 && hidden.length < links.size) for (const link of hidden) links.delete(link);
  }
  // The source's name each link closes with (`華人健康網` after every title, source-credit.ts): none of the question.
  const tag = linkSourceTag([...links.keys()]);
  if (tag !== null) for (const [link, question] of links) if (question.endsWith(tag) && question.length > tag.length) links.set(link, question.slice(0, -tag.length).trim());
  // A prompt (展开, 阅读全文) to the address a question links to is that item's second link, not an item.
  const prompts = [...links].filter(([, question]) => question === '');
  if (prompts.length > 0) {
    const asked = new Set([...links].filter(([, question]) => question !== '').map(([link]) => addressOf(link)!.trim()));
    for (const [link] of prompts) if (asked.has(addressOf(link)!.trim())) links.delete(link);
  }
  return { links, cut, tag };
}
/**
 * An element a style fixes to the window (a floating ad, an injected box, markup that may land
 * inside an item when a download is cut): shown over the page, none of its list nor of an item.
 */
const isFloating = (el: Element, fixed: ReadonlySet<Element>) => fixed.size > 0 && fixed.has(el);
/** The floating boxes in the region, and every element around one. */
function floatingBoxes(region: AnyNode[]): { boxes: Set<AnyNode>; fixed: ReadonlySet<Element> } {
  const boxes = new Set<AnyNode>();
  const fixed = region.length > 0 ? displayOf(region[0]!).fixed : new Set<Element>();
  const stack = fixed.size > 0 ? [...region] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (isFloating(node as Element, fixed)) for (let n: AnyNode | null = node; n && !boxes.has(n); n = n.parent) boxes.add(n);
    else stack.push(...(node as Element).children);
  }
  return { boxes, fixed };
}
/** A node as shown in the flow: the floating boxes in it left out (its other children in its place). */
function withoutFloating(node: AnyNode, boxes: ReadonlySet<AnyNode>, fixed: ReadonlySet<Element>): AnyNode[] {
  if (!boxes.has(node)) return [node];
  if (isFloating(node as Element, fixed)) return [];
  return (node as Element).children.flatMap((child) => withoutFloating(child, boxes, fixed));
}
const SWALLOWED_MARKUP_RE = /<\/?[a-z!]/iu;
/** An address with its numbers blanked (`/q/#.html`): the shape the addresses of one list's items share. */
const addressShape = (address: string) => address.trim().replace(/\d+/gu, '#');
/** A list's bullet before an item's question. */
const BULLET_RE = /^[\s·•●○◆◇■□▪▫▸►‣\-*]+/u;

/**
 * The items of the list: for each item link, the largest element around it that holds no
 * other item link (an <li>, a <dt>, a <tr>, the link itself); of those, the longest run of
 * siblings (a box of other links after the list is not part of it). Where an item's element
 * shows no snippet, the siblings after it up to the next item belong to it (a <dt> and its
 * <dd>s, a row and the row under it), as many as the first item has.
 */
function itemNodes(
  region: AnyNode[],
  links: Map<Element, string>,
  cut: readonly Element[] = [],
): Array<{ link: Element; question: string; nodes: AnyNode[]; lines?: Line[] }> {
  const top = new Set(region);
  // How many item links each element holds, counted up from the links (no subtree walks). A link
  // too short for a question, to an address shaped like the items' (`/q/#.html`), is an item cut
  // short: no item, but its element is its own, not the item's before it.
  const shapes = cut.length > 0 ? new Set([...links.keys()].map((link) => addressShape(addressOf(link) ?? ''))) : null;
  const cutShort = shapes ? cut.filter((c) => shapes.has(addressShape(addressOf(c) ?? ''))) : [];
  const holds = new Map<AnyNode, number>();
  for (const link of [...links.keys(), ...cutShort]) {
    for (let n: AnyNode | null = link; n; n = n.parent) holds.set(n, (holds.get(n) ?? 0) + 1);
  }
  const rootOf = (link: AnyNode) => {
    let root: AnyNode = link;
    while (!top.has(root) && root.parent && holds.get(root.parent) === 1) root = root.parent;
    return root;
  };
  const found = [...links].map(([link, question]) => ({ link, question, root: rootOf(link) }));
  // The longest run of items that hold more than their link; bare links (猜你想搜 and its queries) only where no run does.
  const runs = new Map<AnyNode | null, { items: number; full: number }>();
  for (const { root, link } of found) {
    const run = runs.get(root.parent) ?? { items: 0, full: 0 };
    run.items++;
    if (root !== link) run.full++;
    runs.set(root.parent, run);
  }
  const parent = [...runs.entries()].sort((a, b) => b[1].full - a[1].full || b[1].items - a[1].items)[0]![0];
  const rows = gridRows(parent, runs, new Set(found.map((f) => f.root)));
  const items = found
    .filter(({ root }) => rows.has(root.parent) || rows.has(root))
    .map((item) => (item.question === '' ? { ...item, question: questionBesidePrompt(item.root) } : item))
    .filter((item) => item.question !== '');
  const roots = new Set<AnyNode>([...items.map((i) => i.root), ...cutShort.map(rootOf)]);
  let span: number | null = null;
  // A print version's items end with their address printed as the link (`https://…/q/1.html`): the question and snippet are the lines before it.
  const addressed = items.length > 1 && items.every((i) => PRINTED_ADDRESS_RE.test(norm(i.question)));
  if (addressed) return itemsBeforeAddresses(items, roots);
  return items.map(({ link, question, root }) => {
    const own = root === link ? [] : renderLines(root);
    // Where the item's element shows no snippet (a <dt>, a row with the question and a date), what follows it up to the next item belongs to it.
    const asked = norm(question);
    // The question's own line, a list's bullet before it (`·question 2023-05-06`), is no snippet.
    const snippet = own.some((l) => (l.text.length > 24 || /[，,。；;！!？?]/u.test(l.text)) && !normStartsWith(l.text.replace(BULLET_RE, ''), asked));
    if (snippet) return { link, question, nodes: [root], lines: own };
    const nodes: AnyNode[] = [root];
    let taken = 0;
    for (let next = root.next; next && !roots.has(next) && (span === null || taken < span); next = next.next) {
      if (next.type === 'tag') taken++;
      nodes.push(next);
    }
    span ??= taken;
    return { link, question, nodes };
  });
}
/** How many cards a grid's row holds at most (rows of two to four, a few more on a wide page). */
const GRID_ROW_ITEMS = 6;
/**
 * A grid of cards printed in rows (`<div style="display:flex">` of two to four cards, rows one after
 * another): the rows together are the list. The run's parent and its siblings of the same tag right
 * before and after it, each a row of full items only (or the one item of a last row); anything else
 * shown between them (a heading, a box of other links) ends the grid. The set holds the rows, whose
 * children are items, and the lone rows, which are items.
 */
function gridRows(parent: AnyNode | null, runs: ReadonlyMap<AnyNode | null, { items: number; full: number }>, roots: ReadonlySet<AnyNode>): Set<AnyNode | null> {
  const rows = new Set<AnyNode | null>([parent]);
  if (!parent || parent.type !== 'tag') return rows;
  const name = (parent as Element).name;
  const isRow = (n: AnyNode) => {
    const run = runs.get(n);
    return n.type === 'tag' && (n as Element).name === name && run !== undefined && run.full === run.items && run.items <= GRID_ROW_ITEMS;
  };
  if (!isRow(parent)) return rows;
  // A last row of one card: the row is that item's own element.
  const loneRow = (n: AnyNode) => n.type === 'tag' && (n as Element).name === name && roots.has(n);
  const blank = (n: AnyNode) => n.type === 'text' && textContent(n).trim() === '';
  for (const step of ['prev', 'next'] as const) {
    for (let n = parent[step]; n; n = n[step]) {
      // A comment, a script or a style sheet between two rows shows nothing between them.
      if (blank(n) || showsNothing(n)) continue;
      if (!isRow(n) && !loneRow(n)) break;
      rows.add(n);
    }
  }
  return rows;
}
/** The question of an item linked only by a read-more prompt: the item's first line that is no prompt, or '' (none: no item). */
function questionBesidePrompt(root: AnyNode): string {
  const line = renderLines(root).find((l) => !isReadMore(norm(l.text)));
  return line && [...norm(line.text)].length >= 4 ? line.text.trim() : '';
}
/**
 * Items whose snippets all open with the same short words and a colon (`回复：…`), three or more
 * of them: the list's label for the snippet, in words the reader may not know, not its text.
 */
function withoutSharedLabel<T extends EntryDraft>(items: T[]): T[] {
  const snippets = items.filter((i) => i.answerParagraphs.length > 0);
  if (snippets.length < 3) return items;
  const openings = new Set(snippets.map((i) => i.answerParagraphs[0]!.match(SHARED_OPENING_RE)?.[1] ?? null));
  if (openings.size !== 1 || openings.has(null) || isSectionHead([...openings][0]!)) return items;
  return items.map((item) => {
    const [first, ...rest] = item.answerParagraphs;
    return first === undefined ? item : { ...item, answerParagraphs: [first.replace(SHARED_OPENING_RE, ''), ...rest] };
  });
}
/** An item's question with its printed mark (`Q：question` over `A：snippet`, genre.ts) passed over: a label, none of it. */
function withoutQuestionMark(question: string): string {
  const bare = question.replace(QUESTION_MARK_RE, '');
  return bare.length >= 4 ? bare : question;
}
/** Whether nothing is printed after a node in its document: a download cut there (a whole page ends with more than a link). */
function endsDownload(node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) {
    for (let next = n.next; next; next = next.next) if (compactTextLonger(next, 0)) return false;
  }
  return true;
}
/** The list's items; an item shaped unlike most of the others carries a doubt (the list may be misread there). */
export function readItems(region: AnyNode[], resolve: (href: string) => string, shownAll = false): EntryDraft[] {
  const { links: all, cut, tag } = itemLinks(region, shownAll);
  if (all.size === 0) return [];
  // A looping carousel's copies of its slides are the same items (carousel-clone.ts).
  const links = withoutSlideCopies(all, addressOf, region);
  const { boxes, fixed } = floatingBoxes(region);
  const found = itemNodes(region, links, cut).map((item) =>
    item.nodes.some((n) => boxes.has(n)) ? { ...item, nodes: item.nodes.flatMap((n) => withoutFloating(n, boxes, fixed)), lines: undefined } : item,
  );
  // Each item beside its shape and whether it is an ad, not with them as its own keys: taking keys
  // out of an object (`{ shape, ...item }`) cost more than reading most items.
  const readAll = withListAuthors(found.map((item, i) => readItem(item, i, resolve)));
  // A download cut inside the last item (its question, before its snippet): the page ends at its link; no item.
  // Told by the snippet the items before it show: in a list of bare links, the last shows none as they do. (An ad's or a
  // stream's card shows no snippet of the list's: its text is no sign.)
  const cutShort = found.length > 1 && endsDownload(found[found.length - 1]!.link) && readAll.some(({ item, ad }) => !ad && item.answerParagraphs.length > 0);
  const kept = readAll.filter(({ ad, item }, i) => !ad && !(cutShort && i === found.length - 1 && item.answerParagraphs.length === 0));
  // A list mixing items that show their snippet with bare linked questions (猜你想问): the bare ones are no items.
  const withSnippets = kept.filter(({ item }) => item.answerParagraphs.length > 0);
  if (withSnippets.length > 0 && withSnippets.length < kept.length) kept.splice(0, kept.length, ...withSnippets);
  if (kept.length === 0) return [];
  // An aggregator's credit to each item's source under its snippet (source-credit.ts): none of it.
  // (So is the source's tag each link closes with, read as the snippet under its question: none of it.)
  const read = withoutSourceCredits(withoutSharedLabel(kept.map(({ item }, position) => ({ ...item, position: position, question: withoutQuestionMark(item.question), answerParagraphs: tag !== null && item.answerParagraphs.join('').trim() === tag ? [] : item.answerParagraphs }))));
  const shapes = kept.map(({ shape }) => shape);
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  // Of two items shaped differently, neither can be told to be the usual one.
  const odd = (shape: string) => (read.length === 2 ? counts.size > 1 : shape !== usual);
  return read.map((item, i) => (odd(shapes[i]!) ? { ...item, doubts: [...(item.doubts ?? []), `related item shaped unlike the others (${shapes[i]}; most: ${usual})`] } : item));
}
