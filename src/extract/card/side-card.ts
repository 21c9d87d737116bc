import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { isOwnDoctorHead } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';

/**
 * The answering doctor's card set apart from the answer, in a side column the page prints after
 * its content (or its related list): found by its heading, which names the page's own doctor
 * (本文医生, 回答医生, 答主信息, 医生信息), never under a block of other doctors (推荐医生, 相关医生).
 */

/** How many lines under its heading the card may take. */
const CARD_LINES = 10;

/**
 * The card under the page's own-doctor heading outside the question and answer (anywhere, with
 * `inZone`: to tell the page's doctor among several cards), where there is one such heading.
 */
export function sideCard(blocks: readonly Block[], question: number, end: number, options: { inZone?: boolean } = {}): FoundCard | null {
  let head = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!options.inZone && i > question && i < end) continue;
    const b = blocks[i]!;
    if (b.chars > 8 || !isOwnDoctorHead(b.text.replace(/\s+/gu, ''))) continue;
    if (head !== -1) return null;
    head = i;
  }
  if (head === -1) return null;
  // Read from the line before the heading: a card box that holds its own heading is the card all the same.
  const card = findDoctorCard(blocks, Math.max(0, head - 1), Math.min(blocks.length, head + 1 + CARD_LINES));
  // Set apart from the answer, a card beside another doctor's (not a block of other doctors: other-doctors.ts) is no sure reading.
  if (!options.inZone && card?.others) return null;
  // The first card under the heading only, and one that names the doctor and a hospital, or their title and department
  // (a hospital's own site prints no hospital on its doctors' cards: the site's, site-hospital.ts). To be told among several
  // doctors' cards by the answer (`inZone`), it names a hospital: a bare one is too little to set them aside.
  const named = card?.doctor.hospital || (!options.inZone && card?.doctor.title && card.doctor.department);
  return card && card.doctor.name && named ? { ...card, others: false, elements: [card.element] } : null;
}

/**
 * The card of the doctor who signs the answer (`袁辰医生回复`, a record's `{name}医生` over the reply) set apart from it
 * with no heading: a side column the markup puts after the content and its related list. The page's one card
 * outside the question and answer that names that doctor and a hospital.
 */
export function signedSideCard(blocks: readonly Block[], question: number, end: number, signed: string | null): FoundCard | null {
  if (signed === null || signed.length < 2) return null;
  let found: FoundCard | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (i > question && i < end) continue;
    if (blocks[i]!.chars > 12 || blocks[i]!.text.replace(/\s+/gu, '') !== signed) continue;
    const card = findDoctorCard(blocks, i - 1, Math.min(blocks.length, i + CARD_LINES));
    if (!card || card.doctor.name !== signed || !card.doctor.hospital) continue;
    if (found) return null;
    found = { ...card, others: false, elements: [card.element] };
  }
  return found;
}
