import type { Block } from '../lines/html-lines.js';
import { findDate } from '../dates/page-meta.js';

/**
 * An order page's progress bar over a consultation (提交问题 → 医生接诊 → 医生已回复 → 问诊结束), each
 * step stamped with its own day and time: as one line per step (`医生已回复2021.01.15 21:50`), as a
 * label line over a stamp line, or as a table of labels over stamps. The answer is dated by the
 * step that says the doctor replied; the other steps date the order, the doctor taking it, its
 * closing or review, never the answer.
 */

/** A step's label: a few words, no digits (已提交, 医生已接诊, 问诊结束). */
const LABEL_RE = /^\p{Script=Han}{2,8}$/u;
/** A step on a line of its own: its label, then its stamp. */
const INLINE_STEP_RE = /^(\p{Script=Han}{2,8})\s*(\d.*)$/u;
/** A stamp alone: a day and perhaps its time (`2021/10/25 17:16`, `2021年10月27日 07:44`). */
const STAMP_RE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A step naming the doctor's reply (医生回复, 医生已回复, 已回复, 已解答), no time's label (回复时间 is a date line of its own). */
const REPLIED_RE = /^(?:医生|专家|医师|大夫)?已?(?:回复|解答|回答|答复)$/u;
const REPLIED_HINT_RE = /回复|解答|回答|答复/u;
/** Fewer steps than this are no bar: a label and its date. */
const MIN_STEPS = 3;

interface Step {
  label: string;
  day: string;
  /** The lines the step is printed on. */
  at: number[];
}

const stampDay = (text: string): string | null => (STAMP_RE.test(text.trim()) ? findDate(text) : null);
const isLabel = (text: string) => LABEL_RE.test(text.trim());

/** Steps printed one line each (`label stamp`) from line i on. */
function inlineSteps(blocks: readonly Block[], i: number, end: number): Step[] {
  const steps: Step[] = [];
  for (let j = i; j < end; j++) {
    const m = blocks[j]!.text.trim().match(INLINE_STEP_RE);
    const day = m ? stampDay(m[2]!) : null;
    if (!m || !day) break;
    steps.push({ label: m[1]!, day, at: [j] });
  }
  return steps;
}

/** Steps printed as a label line over a stamp line from line i on. */
function pairedSteps(blocks: readonly Block[], i: number, end: number): Step[] {
  const steps: Step[] = [];
  for (let j = i; j + 1 < end; j += 2) {
    const day = isLabel(blocks[j]!.text) ? stampDay(blocks[j + 1]!.text) : null;
    if (!day) break;
    steps.push({ label: blocks[j]!.text.trim(), day, at: [j, j + 1] });
  }
  return steps;
}

/** Steps printed as a row of labels over a row of as many stamps (a table) from line i on. */
function tabledSteps(blocks: readonly Block[], i: number, end: number): Step[] {
  let n = 0;
  while (i + n < end && isLabel(blocks[i + n]!.text)) n++;
  if (n < MIN_STEPS || i + 2 * n > end) return [];
  const days = blocks.slice(i + n, i + 2 * n).map((b) => stampDay(b.text));
  if (days.some((d) => d === null)) return [];
  return days.map((day, k) => ({ label: blocks[i + k]!.text.trim(), day: day!, at: [i + k, i + n + k] }));
}

/**
 * The progress bar between lines `from` and `end`: its lines, the day of its reply step and the
 * line of that step's stamp, or null where there is none (fewer than three steps, days going back,
 * no step or two saying the doctor replied). Listed newest first (a timeline) as well as oldest first.
 */
export function progressSteps(blocks: readonly Block[], from: number, end: number): { lines: number[]; replied: string; at: number } | null {
  // Most pages hold no step saying the doctor replied: passed over at once.
  let hinted = false;
  for (let i = from; i < end && !hinted; i++) hinted = blocks[i]!.chars <= 30 && REPLIED_HINT_RE.test(blocks[i]!.text);
  if (!hinted) return null;
  for (let i = from; i < end; i++) {
    for (const read of [inlineSteps, pairedSteps, tabledSteps]) {
      const steps = read(blocks, i, end);
      // The steps in the order taken, or newest first (an app's timeline, 服务已完成 on top): days never turn back.
      const rising = steps.every((s, k) => k === 0 || s.day >= steps[k - 1]!.day);
      const falling = steps.every((s, k) => k === 0 || s.day <= steps[k - 1]!.day);
      if (steps.length < MIN_STEPS || (!rising && !falling)) continue;
      const replied = steps.filter((s) => REPLIED_RE.test(s.label));
      if (replied.length !== 1) continue;
      return { lines: steps.flatMap((s) => s.at), replied: replied[0]!.day, at: replied[0]!.at.at(-1)! };
    }
  }
  return null;
}
