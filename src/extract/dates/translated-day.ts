import type { AnyNode, Element, Text } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { isTranslationBeside } from '../words/translation.js';
import { readMetaLine } from './page-meta.js';
import { holdsTwoWayDay, withYearLastDatesRead } from './year-last-date.js';

/**
 * A bilingual Q&A prints its English version as a part of its own beside the Chinese one (`<section lang="en">` with its `Q:`,
 * `A:` and `Date: 29/10/2019`, before or after `<section lang="zh-HK">` with `問：`, `答：`): a translation beside what is read,
 * so none of its lines is read (translation.ts). Its day is the Q&A's all the same: the two halves are one Q&A told twice.
 * Where the Chinese half prints no day, the English half's day line dates the answer. Only a part marked English standing right
 * beside the element that holds the question (or one of its nearest ancestors), that labels a question or an answer of its own
 * (`Q:`, `A:`): a translated notice or footer beside the page dates nothing of it. A day printed with its year last is read in
 * the page's order where the page shows it (year-last-date.ts); where it does not, the day is unread and the page says so.
 */
const CLIMB = 4;
/** The English half's own labels for its question or answer (`Q:`, `A:`, `Question:`, `Answer:`). */
const QA_LABEL_RE = /^\s*(?:Q|A|Question|Answer)\s*[:：]/u;
/** A day line's longest text (`Date: 29/10/2019`, `Answered on 6 May 2023`). */
const MAX_CHARS = 40;

export type TranslatedDay = { date: string } | { twoWay: string } | null;

/** The day the English half beside the question's part prints on a line of its own: read, or printed two ways; null where none. */
export function translatedHalfDay(question: AnyNode | null): TranslatedDay {
  let el: AnyNode | null = question?.parent ?? null;
  for (let up = 0; el && el.type === 'tag' && up < CLIMB; up++, el = el.parent) {
    if ((el as Element).name === 'body' || (el as Element).name === 'html') return null;
    for (const side of [elementBeside(el, 'prev'), elementBeside(el, 'next')]) {
      if (!side || !/^en\b/iu.test(side.attribs.lang ?? '') || !isTranslationBeside(side)) continue;
      const lines = textLines(side);
      if (!lines.some((l) => QA_LABEL_RE.test(l.text))) continue;
      for (const { node, text } of lines) {
        if (text.length > MAX_CHARS) continue;
        const read = withYearLastDatesRead(node, text);
        const meta = readMetaLine(read);
        const day = meta.metaOnly ? meta.dates.find((d) => d.kind === 'answered' || d.kind === 'plain') : undefined;
        if (day) return { date: day.iso };
        if (meta.metaOnly && holdsTwoWayDay(read)) return { twoWay: text };
      }
    }
  }
  return null;
}

/** The element right before or after a node among its siblings, past blank text and comments. */
function elementBeside(node: AnyNode, way: 'prev' | 'next'): Element | null {
  for (let n = way === 'prev' ? node.prev : node.next; n; n = way === 'prev' ? n.prev : n.next) {
    if (n.type === 'tag') return n as Element;
    if (n.type === 'text' && (n as Text).data.trim() !== '') return null;
  }
  return null;
}

const BLOCKS = new Set(['p', 'div', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'footer', 'header']);
/** An element's lines: the text of each block in it holding no block of its own, in order. */
function textLines(root: Element): { node: AnyNode; text: string }[] {
  const lines: { node: AnyNode; text: string }[] = [];
  const walk = (el: Element): void => {
    const blocks = el.children.filter((c): c is Element => c.type === 'tag' && BLOCKS.has((c as Element).name));
    if (blocks.length === 0) {
      const text = textContent(el).replace(/\s+/gu, ' ').trim();
      if (text) lines.push({ node: el, text });
      return;
    }
    for (const c of blocks) walk(c);
  };
  walk(root);
  return lines;
}
