import { Element, Text, type AnyNode } from 'domhandler';
import { append } from 'domutils';
import { textContent, type PageIndex } from './page-index.js';

/**
 * A carousel of numbered cards (`1/5`, `2/5` … `5/5`, one number a card), where a card shows its text drawn on its picture
 * and the markup gives that text only as the picture's alt: the alt is what the card says (the words a reader who cannot see
 * the picture is given), read where the picture stands, a paragraph of its own. Only cards numbered 1 to N, each once, N of
 * them in one box, each holding its number, one picture with an alt and no other text: a picture's alt elsewhere (a logo, a
 * photo, a carousel's unnumbered cover or end card) stays unread, as a browser's page shows no alt.
 */

/** A card's number alone on its text: `3/5`. */
const CARD_NUMBER_RE = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/u;

/** Puts each numbered card's alt into the tree as its text; whether it put any. */
export function readCarouselAlts(html: string, index: PageIndex): boolean {
  if (!index.holds.numbered || !html.includes('alt=')) return false;
  // By the count of cards, each number's text (null where a number stands twice: two carousels of as many cards, which card is
  // which is not told).
  const byCount = new Map<number, Map<number, Text | null>>();
  for (const node of index.shortTexts) {
    const m = node.data.match(CARD_NUMBER_RE);
    if (!m) continue;
    const [k, n] = [Number(m[1]), Number(m[2])];
    if (k < 1 || k > n) continue;
    const numbers = byCount.get(n) ?? new Map<number, Text | null>();
    numbers.set(k, numbers.has(k) ? null : node);
    byCount.set(n, numbers);
  }
  let changed = false;
  for (const [n, numbers] of byCount) {
    const nodes = Array.from({ length: n }, (_, i) => numbers.get(i + 1) ?? null);
    if (nodes.some((node) => node === null)) continue;
    // Each card the smallest element around its number that holds a picture; the cards side by side in one box, in order.
    const cards = (nodes as Text[]).map(cardOf);
    if (cards.some((c) => c === null)) continue;
    const box = cards[0]!.parent;
    if (cards.some((c, i) => c!.parent !== box || (i > 0 && box!.children.indexOf(c!) <= box!.children.indexOf(cards[i - 1]!)))) continue;
    for (const [i, card] of (cards as Element[]).entries()) {
      const number = nodes[i]!.data.replace(/\s+/gu, '');
      if (textContent(card).replace(/\s+/gu, '') !== number) continue;
      const pictures = imagesIn(card);
      const alt = pictures.length === 1 ? (pictures[0]!.attribs.alt ?? '').trim() : '';
      // A lone card (`1/1`) is taken only where its alt is said in sentences: a photo's counter beside its caption is none.
      if ([...alt].length < 2 || (n === 1 && !SENTENCE_END_RE.test(alt))) continue;
      const said = new Element('p', {}, [new Text(alt)]);
      (said.children[0] as Text).parent = said;
      append(pictures[0]!, said);
      changed = true;
    }
  }
  return changed;
}

const SENTENCE_END_RE = /[。！？!?；;]/u;

/** The smallest element around a card's number that holds a picture (not the page's body). */
function cardOf(node: AnyNode): Element | null {
  for (let el = node.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) {
    if (el.name === 'body' || el.name === 'html') return null;
    if (imagesIn(el).length > 0) return el;
  }
  return null;
}

function imagesIn(el: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if ((node as Element).name === 'img') out.push(node as Element);
    else stack.push(...(node as Element).children);
  }
  return out;
}
