/**
 * The answering doctor's card: the ways a page of the genre shows it (by the answer, in a side column,
 * above the question, fixed to the screen's foot, signed, labelled or flattened), tried in this order,
 * and which of several cards is the answerer's. The asker's pick among several answers comes with it.
 */
import type { Element } from 'domhandler';
import { acceptedAnswer, type AcceptedAnswer } from '../layouts/accepted-answer.js';
import { findDoctorCard, joinedCardAbove, soleCardAbove, soleFixedCard, type FoundCard } from '../card/doctor-card.js';
import { doctorPageCard, splitCardAbove } from '../card/card-box.js';
import { flattenedCard, labelledFlattenedCard } from '../card/flattened-card.js';
import type { Block } from '../lines/html-lines.js';
import { labelledLinesCard } from '../card/labelled-card.js';
import { consultedCardAbove } from '../card/credit-sentence.js';
import { markedCard } from '../card/marked-card.js';
import { sideCard, signedSideCard } from '../card/side-card.js';
import { nextColumnCard } from '../card/side-column.js';
import { signatureName } from '../card/signature.js';
import { signedBy } from './answer-doctor.js';
import { untitledCard } from '../card/untitled-card.js';

/**
 * `end`: where the answer's zone ends (another Q&A, others' answers); `listEnd`: where the page's own part
 * ends (the related list); `bodies`: the bodies the page shows (an e-signature's name is read from them).
 */
export function findAnswerCard(blocks: Block[], at: { index: number }, end: number, listEnd: number, bodies: Element[]): { card: FoundCard | null; accepted: AcceptedAnswer | null } {
  let card = findDoctorCard(blocks, at.index, end);
  // A line right above the question naming whom the reader consulted (`咨询医师：{department} {name} 医师`, credit-sentence.ts): that
  // doctor answers, whatever other doctor a card below names (a newsletter's next section); the card below where it names the same.
  const consulted = consultedCardAbove(blocks, at.index);
  if (consulted && card?.doctor.name !== consulted.doctor.name) return { card: { ...consulted, others: false, elements: [consulted.element, ...(card?.elements ?? [])] }, accepted: null };
  // Several doctors' answers, one marked as the asker's pick: that one's card, text and date are the page's.
  const accepted = card?.others ? acceptedAnswer(blocks, at.index, end) : null;
  if (accepted) card = findDoctorCard(blocks, accepted.from - 1, accepted.to) ?? card;
  // No card by the answer: one in a side column, under a heading that names the page's own doctor;
  // of several cards, the one under that heading (beside 推荐医生 and their kind).
  card ??= sideCard(blocks, at.index, end);
  // Or the one card of the column beside the content's, which the markup puts after the related list (side-column.ts).
  if (end === listEnd) card ??= nextColumnCard(blocks, at.index, listEnd);
  // No card below the question: a band above it naming the doctor, whose box after the answer names the rest.
  card ??= splitCardAbove(blocks, at.index, listEnd);
  // A doctor's own page: the card around its <h1>, the doctor's name, however far above the question.
  card ??= doctorPageCard(blocks, at.index);
  // A booking site's doctor page: the doctor's header over the schedule, then the Q&A; its card however far above.
  const farAbove = card === null ? soleCardAbove(blocks, at.index) : null;
  card ??= farAbove;
  // A bar fixed to the screen's foot holding the page's only doctor, however far down the markup puts it.
  card ??= soleFixedCard(blocks, at.index);
  // A shared chat's card above the question, naming whom its notice says has joined (`药师王明已接入`).
  card ??= joinedCardAbove(blocks, at.index, end);
  // A card set apart with no heading, naming the doctor who signs the answer (side-card.ts).
  if (!card?.doctor.name) card = signedSideCard(blocks, at.index, end, signedBy(blocks, at.index, end)) ?? card;
  // A card that prints no name, where the answer is e-signed (signature.ts).
  card ??= findDoctorCard(blocks, at.index, end, signatureName(bodies));
  const headed = card?.others && !accepted ? sideCard(blocks, at.index, end, { inZone: true }) : null;
  if (card && headed) card = { ...headed, elements: [headed.element, ...card.elements.filter((el) => el !== headed.element)] };
  // Of several cards alike, the one marked as the answerer's, or named in the answer's head (marked-card.ts).
  if (card?.others && !accepted && !headed) card = markedCard(blocks, card, at.index, end) ?? card;
  // A card of labelled lines without an element of its own (a reader view): where no card by markup names a hospital.
  if (!card?.doctor.hospital) card = labelledLinesCard(blocks, at.index, end) ?? card;
  // Or one line per field, unlabelled, as a transcoder or reader view flattens a card (flattened-card.ts).
  if (!card) card = flattenedCard(blocks, at.index, end);
  // Or one under the answerer's labelled name, however far below the question (flattened-card.ts).
  if (!card) card = labelledFlattenedCard(blocks, at.index, end);
  // Or a card that prints no 职称, found by its labelled name (`解答专家：name`) beside the department or hospital (untitled-card.ts).
  if (!card) card = untitledCard(blocks, at.index, end);
  return { card, accepted };
}
