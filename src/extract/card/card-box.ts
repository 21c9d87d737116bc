import type { Doctor } from '../../schema/entry.js';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { isBioLine } from '../words/card-words.js';
import { parseCardParts } from './card-parts.js';
import { inside, type Block } from '../lines/html-lines.js';

/**
 * A doctor's card split in two: name and title in a band by the question (本期答疑, 答疑专家), the
 * hospital and department in a box of its own after the answer, under a heading that names the
 * doctor's box (关于医生, 医生信息, 专家简介). That box fills what the card lacks, where it names no
 * other doctor; its 擅长 and bio sentences are no card fields.
 */

/** The heading of the doctor's own box, alone on its line. */
const BOX_HEAD_RE = /^(?:关于|本文|本期)?(?:医生|专家|医师|作者|答主)(?:信息|简介|介绍|档案|资料)$|^关于(?:医生|专家|作者|医师)$/u;
/** How many lines under its heading the box may take. */
const BOX_LINES = 6;
/** A line of the box that says what the doctor does or is (擅长：…, 简介：…, 执业经历) or a sentence: no card field. */
const isBoxBio = (text: string) => isBioLine(text) || /[。；;！!]/u.test(text);

export function isDoctorBoxHead(text: string): boolean {
  return text.length <= 8 && BOX_HEAD_RE.test(text);
}

/**
 * The doctor with what the box under a doctor-box heading between `from` and `to` adds (its
 * hospital, grade, department), where the box names no other doctor and no other title.
 */
export function withCardBox(blocks: readonly Block[], from: number, to: number, doctor: Doctor): Doctor {
  if (doctor.department && doctor.hospital && doctor.hospital_grade) return doctor;
  const head = blocks.findIndex((b, i) => i >= from && i < to && b.chars <= 8 && isDoctorBoxHead(b.text.replace(/\s+/gu, '')));
  if (head === -1) return doctor;
  const parts: string[] = [];
  for (let i = head + 1; i < Math.min(to, head + 1 + BOX_LINES); i++) {
    const b = blocks[i]!;
    if (b.heading || b.chars > 40) break;
    if (!isBoxBio(b.text)) parts.push(b.text);
  }
  const box = parseCardParts(parts);
  if ((box.name && doctor.name && box.name !== doctor.name) || (box.title && doctor.title && box.title !== doctor.title)) return doctor;
  // Another hospital than the card's: its grade is not the card's hospital's either.
  if (box.hospital && doctor.hospital && box.hospital !== doctor.hospital) return doctor;
  // Only a box that names a hospital or a department: lines of something else are no card.
  if (!box.hospital && !box.department) return doctor;
  const merged = { ...doctor };
  for (const f of ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const) merged[f] ??= box[f];
  return merged;
}

/** How many lines above the question the band may stand. */
const BAND_LINES = 3;

/**
 * The band above the question that names the doctor and title only (`本期答疑 name title`), where
 * no card stands below the question: the card, where a doctor box after it (up to `to`) names the
 * hospital or department that completes it. A name and title above the question with nothing to
 * complete them may be anyone's (an author's, a column's host): not taken.
 */
export function splitCardAbove(blocks: readonly Block[], question: number, to: number): FoundCard | null {
  if (question < 1) return null;
  const band = findDoctorCard(blocks, Math.max(0, question - BAND_LINES - 1), question);
  if (!band?.doctor.name || !band.doctor.title || inside(blocks[question]!.node, band.element)) return null;
  const whole = withCardBox(blocks, question + 1, to, band.doctor);
  return whole.hospital || whole.department ? { ...band, others: false, elements: [band.element] } : null;
}

/** How many lines under the page's heading a doctor's page prints the card's other fields. */
const HOME_CARD_LINES = 8;

/**
 * A doctor's own page (the address of one of the Q&As it lists): its `<h1>` is the doctor's name,
 * the card around it (title, hospital, department) is the card of every answer listed under it,
 * the page's own too, however far below. Only where the card's name is the heading's text.
 */
export function doctorPageCard(blocks: readonly Block[], question: number): FoundCard | null {
  const heading = blocks.findIndex((b, i) => i < question && b.heading && b.chars <= 8 && b.node?.parent?.type === 'tag' && (b.node.parent as { name: string }).name === 'h1');
  if (heading === -1) return null;
  const card = findDoctorCard(blocks, Math.max(0, heading - 1), Math.min(question, heading + HOME_CARD_LINES));
  const name = blocks[heading]!.text.replace(/\s+/gu, '');
  return card && card.doctor.name === name && inside(blocks[heading]!.node, card.element) ? { ...card, others: false, elements: [card.element] } : null;
}
