import type { Element } from 'domhandler';
import { showsNoText } from '../tree/page-index.js';
import type { PageQuery } from '../reader/page-query.js';
import type { Layout } from './index.js';

/**
 * A site profile is a claim about its site's template: one question page, one answer in the
 * container its selectors name, one doctor's card. Where the page's markup says otherwise (two
 * answer boxes, two cards, the answer's container empty while the text stands elsewhere: a
 * product change, a media page, an older template keeping the class names), the profile's
 * reading would look clean and be wrong. Why the page is not the template the layout knows, or
 * null where it is; such a page is read by the genre rules, which read what the page says.
 */
export function templateMisfit(q: PageQuery, layout: Layout): string | null {
  // The first container that shows text (those after it are not looked at).
  let answer: { css: string; shown: Element[] } | undefined;
  for (const css of layout.answer) {
    const shown = outermost(q.all(css).filter(showsText));
    if (shown.length > 0) {
      answer = { css, shown };
      break;
    }
  }
  if (!answer) return `no answer in ${layout.answer.join(', ')}`;
  if (answer.shown.length > 1) return `${answer.shown.length} answers in ${answer.css}`;
  const cards = layout.doctorCard ? outermost(q.all(layout.doctorCard).filter(showsText)) : [];
  if (cards.length > 1) return `${cards.length} doctor cards in ${layout.doctorCard}`;
  return null;
}

/** An element that shows some text: asked of every answer box and card on every page a built-in profile reads, so told without building their text (showsNoText). */
const showsText = (el: Element) => !showsNoText(el);

/** The elements none of the others holds (a selector matching a box and a box inside it names one). */
function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}
