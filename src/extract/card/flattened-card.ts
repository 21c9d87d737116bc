import type { Element } from 'domhandler';
import { parseCardParts, SEPARATOR_RE } from './card-parts.js';
import { type FoundCard } from './doctor-card.js';
import { isAskerLine } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isLabelledName } from '../words/answer-extras.js';

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
  return fields.length < 3 ? null : cardOfLines(fields);
}

/**
 * So too a run under the answerer's labelled name (`回复医生：白红` / `主任医师　儿科` / `青川市人民医院`), wherever it stands between
 * the question and the answer (under the asker's labelled fields and a 医生回复 head): each line after the name an element of
 * its own, every part of it a field and none a name; the name, a title and a hospital together. One such name in the zone
 * only: several are a list of doctors, or several replies.
 */
export function labelledFlattenedCard(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const named = blocks.map((b, i) => i).filter((i) => i > question && i < end && isLabelledName(blocks[i]!.text.trim()));
  if (named.length !== 1) return null;
  const fields: Block[] = [blocks[named[0]!]!];
  for (let i = named[0]! + 1; i < end && fields.length < MAX_FIELDS; i++) {
    const text = blocks[i]!.text.trim();
    if (!FIELD_LINE_RE.test(text) || !onlyFields(text)) break;
    fields.push(blocks[i]!);
  }
  return fields.length < 2 ? null : cardOfLines(fields);
}

/**
 * The card a run of field lines names, where together they name the doctor, a title and a hospital, and each line is an element
 * of its own, one after another: lines of one element are a card printed in one line, read elsewhere.
 */
function cardOfLines(fields: readonly Block[]): FoundCard | null {
  const doctor = parseCardParts(fields.map((b) => b.text.trim()));
  if (!doctor.name || !doctor.title || !doctor.hospital) return null;
  const elements = fields.flatMap((b) => (b.node?.parent?.type === 'tag' ? [b.node.parent as Element] : []));
  if (elements.length !== fields.length || new Set(elements).size !== elements.length) return null;
  return { element: elements[0]!, doctor, others: false, elements };
}

/** Whether every part of a line names a card's field (a title, a department, a hospital, its grade), none of them a name. */
function onlyFields(text: string): boolean {
  const parts = text.split(SEPARATOR_RE).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => namedFields(p) >= 1 && parseCardParts([p]).name === null);
}

/** How many of a card's fields a line names by itself. */
function namedFields(text: string): number {
  return Object.values(parseCardParts([text.trim()])).filter((v) => v !== null).length;
}
