/**
 * Several doctors' answers listed one under another, each in an item of the same kind (the same element
 * and class: a site's answer template repeated) that holds the answer's text and its card, the card under
 * the text on some templates (its signature). The text after such a card is the next item's, another
 * doctor's; the card's own is the text in its item.
 */
import type { AnyNode, Element } from 'domhandler';
import { hasDoctorTitle } from '../words/genre.js';
import { inside } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';

/** How far up from the card its item may be (the card's box in a head row, the row in the item). */
const LEVELS_UP = 3;

const sameKind = (a: Element, b: Element) => a.name === b.name && (a.attribs.class ?? '').trim() === (b.attribs.class ?? '').trim();

/** The item of a list of answers that holds the card (a sibling of its kind holds another doctor's card), or null. */
export function answerItemOf(card: Element): Element | null {
  let el: AnyNode | null = card.parent;
  for (let up = 0; el && el.type === 'tag' && up < LEVELS_UP; up++, el = el.parent) {
    const item = el as Element;
    if (item.name === 'body' || !(item.attribs.class ?? '').trim()) continue;
    const kin = (item.parent?.children ?? []).filter((s): s is Element => s !== item && s.type === 'tag' && sameKind(s as Element, item));
    if (kin.some((s) => hasDoctorTitle(textContent(s)))) return item;
  }
  return null;
}

/**
 * The other items of the list of answers that holds the page's answer, whoever wrote them (a general Q&A
 * site lists members' and self-media authors' answers beside the certified doctor's, in the same template):
 * the siblings of the kind (element and class) of the item that holds both the card and the answer's first
 * line. Their lines are those authors' (their days date their answers, not the doctor's). None where the
 * card and the answer share no item that its siblings repeat.
 */
export function otherAnswerItems(card: Element, answer: AnyNode): Element[] {
  let el: AnyNode | null = card.parent;
  for (let up = 0; el && el.type === 'tag' && up < LEVELS_UP; up++, el = el.parent) {
    const item = el as Element;
    if (item.name === 'body' || item.name === 'html') return [];
    if (!(item.attribs.class ?? '').trim() || !inside(answer, item)) continue;
    return (item.parent?.children ?? []).filter((s): s is Element => s !== item && s.type === 'tag' && sameKind(s as Element, item));
  }
  return [];
}

/** Two items of one template: the same element, a class in common (`answer-card` and `answer-card answer-teaser`). */
const alike = (a: Element, b: Element) => {
  const classes = new Set((a.attribs.class ?? '').split(/\s+/u).filter(Boolean));
  return a.name === b.name && (b.attribs.class ?? '').split(/\s+/u).some((c) => classes.has(c));
};

/**
 * Several doctors' answers listed alike, none marked as the asker's pick: the first one shown is the page's
 * (the others follow it, as a share page's teaser of another answer does). The later items that hold the
 * other cards, where the card and the answer's first line share an item and every other card stands in a
 * later item of its template; else null.
 */
export function laterAnswerItems(card: Element, answer: AnyNode, others: readonly Element[]): Element[] | null {
  let el: AnyNode | null = card.parent;
  for (let up = 0; el && el.type === 'tag' && up < LEVELS_UP; up++, el = el.parent) {
    const item = el as Element;
    if (item.name === 'body' || item.name === 'html') return null;
    if (!(item.attribs.class ?? '').trim() || !inside(answer, item)) continue;
    const siblings = (item.parent?.children ?? []).filter((s): s is Element => s.type === 'tag');
    const later = siblings.slice(siblings.indexOf(item) + 1).filter((s) => alike(s, item));
    return others.length > 0 && others.every((o) => later.some((s) => inside(o, s))) ? later : null;
  }
  return null;
}
