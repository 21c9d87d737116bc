import type { Element } from 'domhandler';
import { parseCardParts } from './card-parts.js';
import { type FoundCard } from './doctor-card.js';
import { isAskerLine } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';

/**
 * A card flattened into one line per field, each its own element, with no box of its own around
 * them: how a transcoder (百度 转码) or a reader view reflows a page's blocks into a column of
 * paragraphs. The card's parts stand in a run right under the question (the asker's lines aside):
 * `王明` / `主治医师` / `某市人民医院` / `三甲` / `科室：内科`. Each line names one field and no more,
 * and together they name the doctor, a title and a hospital: only then are they the card.
 */

/** How many lines the run may take: name, title, hospital, grade, department and one more. */
const MAX_FIELDS = 6;
/** A line of one field: short, no sentence's punctuation. */
const FIELD_LINE_RE = /^[^，,。；;！!？?]{2,30}$/u;

export function flattenedCard(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const fields: Block[] = [];
  for (let i = question + 1; i < end && fields.length < MAX_FIELDS; i++) {
    const b = blocks[i]!;
    // The asker's words (问题描述：…) under the question, before the card.
    if (fields.length === 0 && isAskerLine(b.text)) continue;
    if (!FIELD_LINE_RE.test(b.text.trim()) || namedFields(b.text) !== 1) break;
    fields.push(b);
  }
  if (fields.length < 3) return null;
  const doctor = parseCardParts(fields.map((b) => b.text.trim()));
  if (!doctor.name || !doctor.title || !doctor.hospital) return null;
  const elements = fields.flatMap((b) => (b.node?.parent?.type === 'tag' ? [b.node.parent as Element] : []));
  // Each line an element of its own, one after another: lines of one element are a card printed in one line, read elsewhere.
  if (elements.length !== fields.length || new Set(elements).size !== elements.length) return null;
  return { element: elements[0]!, doctor, others: false, elements };
}

/** How many of a card's fields a line names by itself. */
function namedFields(text: string): number {
  return Object.values(parseCardParts([text.trim()])).filter((v) => v !== null).length;
}
