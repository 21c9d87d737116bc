/**
 * A column's other answers printed beside the page's own, with no list's head (a doctor's column at `?qid=N`, that answer open,
 * the column's others collapsed to their linked question, day and preview): the page's related items.
 */
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { asksQuestion } from '../../core/genre-vocabulary.js';
import { textContent } from '../tree/page-index.js';
import { findDate } from '../dates/page-meta.js';
import { readItems } from './related-items.js';

/** Fewer alike items beside the page's own are no list the reader can tell from a pair of boxes. */
const MIN_OTHERS = 2;
/** An item collapsed to its question and preview holds a few lines; one holding more is an answer shown, no item of a list. */
const ITEM_MAX_CHARS = 160;

/** The doubt where the others are printed as the column's feed (columnOthers): read as the page's related items, in the page's order. */
export const OTHERS_AROUND = "the column's other answers, printed around the page's own or by their days (its feed), read as related items in the page's order";

/** Days all in one order (newest first, or oldest first). */
const ordered = (days: readonly string[]) => days.every((d, i) => i === 0 || d <= days[i - 1]!) || days.every((d, i) => i === 0 || d >= days[i - 1]!);

/**
 * The items: from the question's line up, the first box whose parent holds two or more others of the same tag, each of them short
 * and linked (one address, however many links) to the page's own address with another query (`?qid=N`: the same page of the site
 * showing another of its answers), its link's text asking a question. The page's own box holds no such link. Null otherwise: a
 * list of anything else (comments, a feed linking elsewhere) is left to the reader's other checks.
 */
export function columnOthers(question: AnyNode, resolve: (href: string) => string): { items: EntryDraft[]; feed: boolean } | null {
  const page = addressOf(resolve(''));
  for (let box = question.parent as Element | null; box && box.type === 'tag'; box = box.parent as Element | null) {
    const parent = box.parent as Element | null;
    if (!parent || parent.type !== 'tag') return null;
    const alike = parent.children.filter((c): c is Element => c.type === 'tag' && c !== box && (c as Element).name === box.name);
    if (alike.length === 0) continue;
    if (alike.length < MIN_OTHERS || box.name === 'body') return null;
    const own = linkedAnswers(box, page);
    if (own === null || own.size > 0) return null;
    for (const item of alike) {
      const links = linkedAnswers(item, page);
      if (links === null || links.size !== 1 || textContent(item).replace(/\s+/gu, '').length > ITEM_MAX_CHARS) return null;
    }
    const items = readItems(alike, resolve);
    if (items.length !== alike.length) return null;
    // A list picked for the answer stands after it, in no order of its days. Some before the page's own, or all in the order
    // of their days (the page's own among them), or days that cannot show an order (`3天前`, `06/05/2023`, none): the column's
    // feed as it is printed, its order the column's.
    const boxes = parent.children.filter((c): c is Element => c === box || alike.includes(c as Element));
    const days = boxes.map((el) => findDate(textContent(el)));
    const feed = boxes[0] !== box || days.some((d) => d === null) || ordered(days as string[]);
    return { items, feed };
  }
  return null;
}

/**
 * The addresses a box links to that show another answer on the page's own address (a bare query, `?qid=N`; or, the page's
 * address known, its path with another query), each under a link whose text asks; null where the box links anywhere else, or
 * where an address is linked only by text that asks nothing (a pager's `?page=2`). A button linking an item's address again
 * (`展开`) is the item's own link, twice.
 */
function linkedAnswers(box: Element, page: URL | null): Set<string> | null {
  const asked = new Set<string>();
  const buttons = new Set<string>();
  const walk = (node: AnyNode): boolean => {
    if (node.type !== 'tag') return true;
    const el = node as Element;
    const href = el.name === 'a' ? el.attribs.href?.trim() : undefined;
    if (href && !href.startsWith('#') && !/^javascript:/iu.test(href)) {
      const other = otherQuery(href, page);
      if (other === null) return false;
      (asksQuestion(textContent(el)) ? asked : buttons).add(other);
      return true;
    }
    return el.children.every(walk);
  };
  if (!walk(box) || [...buttons].some((b) => !asked.has(b))) return null;
  return asked;
}

/** The query an href shows the page's own address with (`?qid=N`), where it is another than the page's; null for any other href. */
function otherQuery(href: string, page: URL | null): string | null {
  const bare = /^\?[^#\s]+/u.exec(href)?.[0] ?? null;
  if (bare !== null) return page !== null && bare === page.search ? null : bare;
  if (page === null) return null;
  const url = joined(href, page);
  if (url === null || url.origin !== page.origin || url.pathname !== page.pathname || url.search === '' || url.search === page.search) return null;
  return url.search;
}

function joined(href: string, page: URL): URL | null {
  try {
    return new URL(href, page);
  } catch {
    return null;
  }
}

function addressOf(href: string): URL | null {
  try {
    return /^https?:/iu.test(href) ? new URL(href) : null;
  } catch {
    return null;
  }
}
