import type { Element } from 'domhandler';
import { parseCardParts } from './card-parts.js';
import { type FoundCard } from './doctor-card.js';
import { isAskerLine, isEmptyCardField } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isVisitorField } from '../records/visitor-fields.js';

/**
 * A card printed as a run of labelled lines, one field each, with no element of its own around
 * them (a reader view's `<p>`s: `Doctor: 史清勇`, `科室：皮肤科`, `Hospital: … [三甲]`), among the
 * page's meta lines after the question: the lines that name a field, read together.
 */

/** A short line opening with a label and its colon, in Chinese or English. */
const LABELLED_RE = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z. ]{0,11}\s*[:：]\s*\S/u;
/** The label of the title's field (职称, 职务). */
const TITLE_FIELD_RE = /职\s*[称务]/u;
/** How many lines after the question the run may take. */
const MAX_LINES = 10;

export function labelledLinesCard(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const lines: Block[] = [];
  // A field whose value its template left empty (`职称：`): a line of the run, saying the card prints no such value.
  const empty: Block[] = [];
  for (let i = question + 1; i < end && i <= question + MAX_LINES; i++) {
    const b = blocks[i]!;
    if (isEmptyCardField(b.text)) empty.push(b);
    // A consult record's head of what its software logged of the visitor (visitor-fields.ts): the visitor's, no field of the card.
    else if (isVisitorField(b.text)) continue;
    // The asker's labelled lines (`问题描述：去社区医院看过…`, `提问人：…`) before the card's: theirs, a place they name no field of the card.
    else if (isAskerLine(b.text)) continue;
    else if (b.chars > 40 || !LABELLED_RE.test(b.text)) break;
    else lines.push(b);
  }
  const filled = lines.filter((b) => Object.values(parseCardParts([b.text])).some((v) => v !== null));
  if (filled.length < 2) return null;
  const doctor = parseCardParts(filled.map((b) => b.text));
  const noTitle = empty.some((b) => TITLE_FIELD_RE.test(b.text));
  if (!doctor.name || !(doctor.title || noTitle) || !doctor.hospital) return null;
  const fields = [...filled, ...empty];
  const elements = fields.flatMap((b) => (b.node?.parent?.type === 'tag' ? [lineElement(b.node.parent as Element)] : []));
  // Each line an element of its own: lines that share one (a print version's <pre>) are text in it, and that element holds the answer too.
  return elements.length === fields.length && new Set(elements).size === elements.length ? { element: elements[0]!, doctor, others: false, elements } : null;
}

/** The block element a line stands in (the <p> around `<b>Doctor:</b> 史清勇`). */
function lineElement(el: Element): Element {
  while (['b', 'strong', 'span', 'em', 'i', 'label', 'font', 'a'].includes(el.name) && el.parent?.type === 'tag') el = el.parent as Element;
  return el;
}
