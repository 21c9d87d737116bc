import type { Doctor } from '../../schema/entry.js';
import type { Block } from '../lines/html-lines.js';
import { parseCardParts } from './card-parts.js';

/**
 * A post's writer named by a byline with their profession only (`{name}醫師` on a creator platform's post): the rank, department
 * and hospital are in the writer's profile beside their name elsewhere on the page — an author box's name over its bio opening
 * `{hospital}{department}{title}。…`, or a column named after them (`{name}醫師的診間筆記`) over its description
 * `{hospital}｜{department}｜{title}`. The profile's first sentence read as a card completes the byline's doctor.
 */

/** A profession word alone, no rank: what a byline appends to a name (`王明醫師`, `李医生`). */
const BARE_PROFESSION_RE = /^(?:医师|医生|大夫)$/u;
/** The line naming the writer is short: their name alone, or a column's name holding it. */
const NAME_LINE_CHARS = 24;
/** The profile's card is its first sentence, or its parts set apart by bars. */
const FIRST_SENTENCE_RE = /^[^。！!；;]{4,60}/u;

export function withWriterProfile(blocks: readonly Block[], doctor: Doctor): Doctor {
  const name = doctor.name;
  if (name === null || doctor.hospital !== null || doctor.department !== null || (doctor.title !== null && !BARE_PROFESSION_RE.test(doctor.title))) return doctor;
  const found: Doctor[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const line = blocks[i]!.text.trim();
    if (line.length > NAME_LINE_CHARS || !line.includes(name)) continue;
    const sentence = blocks[i + 1]!.text.trim().match(FIRST_SENTENCE_RE)?.[0];
    if (!sentence) continue;
    const card = parseCardParts(sentence.split(/\s*[|｜]\s*/u));
    if (card.title === null || card.hospital === null || (BARE_PROFESSION_RE.test(card.title) && card.title !== doctor.title) || (card.name !== null && card.name !== name)) continue;
    found.push(card);
  }
  // Two profiles that disagree leave the writer as the byline names them.
  const one = found[0];
  if (!one || found.some((c) => c.title !== one.title || c.hospital !== one.hospital || c.department !== one.department)) return doctor;
  return { ...doctor, title: one.title, department: one.department, hospital: one.hospital, hospital_grade: doctor.hospital_grade ?? one.hospital_grade };
}
