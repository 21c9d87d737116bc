import type { Doctor } from '../../schema/entry.js';
import { parseCardParts } from './card-parts.js';
import { withoutAsidePeople } from './aside-people.js';
import { isDepartment } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { findDate } from '../dates/page-meta.js';
import { REVIEW_CREDIT_RE, REVIEWER_LINE_RE } from '../words/references.js';

/**
 * A line naming the doctor who reviewed the text above it: a reviewer's line (`审核专家：王琪（泌尿外科
 * 副主任护师）`, `审核医生：name title`) or a sentence (`本条答复经本院骨科于红主任医师审核`). Where an author's
 * card stands too, the author answered and the reviewer only checked (doctor-card.ts keeps that rule);
 * where the page names no other doctor — a hospital's 智能客服 answer, a machine's text a named doctor
 * put their name to as it stands — the reviewer is the one doctor who answers for it. 本院 / 我院 names the
 * site's own hospital (its masthead, publisher.ts); a sentence naming no one (`经专家审核`) is no card. The lines' shapes are
 * references.ts's, where they are credits, none of the answer.
 */

/** The doctor a reviewer's line or sentence names (a name and a title at least), or null. */
export function reviewerOf(text: string): Doctor | null {
  const t = text.trim();
  if (t.length > 60) return null;
  // The line names another labelled doctor beside the reviewer (`审核医生：… 解答医生：…`): theirs is the card (aside-people.ts).
  const others = withoutAsidePeople([t]);
  if (others[0] !== t) return others.length === 1 ? namedAndTitled(parseCardParts(others)) : null;
  const m = t.match(REVIEWER_LINE_RE) ?? t.match(REVIEW_CREDIT_RE);
  if (!m) return null;
  const parts = m[1]!.replace(/^(?:本院|我院)/u, '').split(/[\s（）()，,、]+/u).filter(Boolean);
  const doctor = parseCardParts(parts.length === 1 ? withDepartmentApart(parts[0]!) : parts);
  return namedAndTitled(doctor);
}
const namedAndTitled = (doctor: Doctor): Doctor | null => (doctor.name && doctor.title ? doctor : null);

/** A sentence's run of department, name and title (`骨科于红主任医师`): the department set apart, the longest that is one. */
function withDepartmentApart(run: string): string[] {
  for (let k = Math.min(10, run.length - 4); k >= 2; k--) if (isDepartment(run.slice(0, k))) return [run.slice(0, k), run.slice(k)];
  return [run];
}

/** The reviewer's line among lines from..to, with the doctor it names, or null. */
export function reviewerCredit(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    const doctor = reviewerOf(blocks[i]!.text);
    if (doctor) return { line: i, doctor };
  }
  return null;
}

/** The label of the review's day (`审核日期：`, `审核时间：`, `复核于`): the day the reviewer put their name to the text. */
const REVIEW_DAY_RE = /^(?:医学|专家|医生)?(?:审核|复核|审阅)(?:日期|时间|于)\s*[:：]?\s*/u;

/**
 * The review's day among lines from..to, as printed with its year; null where none is (a yearless one names no day,
 * and an 更新时间 dates the page's update, no one's review: a reviewer who answers for a text is dated by the review alone).
 */
export function reviewDay(blocks: readonly Block[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length <= 40 && REVIEW_DAY_RE.test(text)) return findDate(text.replace(REVIEW_DAY_RE, ''));
  }
  return null;
}
