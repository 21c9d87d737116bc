import type { Doctor } from '../../schema/entry.js';
import { gradeOnly, HAN, HOSPITAL_SUFFIX, isHospitalKind } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';

/**
 * A hospital's page on a directory or local-services app (a merchant page's 问大家, a hospital's
 * page on a review site) heads its Q&A with the hospital: its name on a line of its own above the
 * question, repeated in the <title> between the question and the page's kind
 * (`问题-北岸市中医院-问大家`), then its rating, its tags (`三甲 医保定点 公立医院`), its address.
 * The doctor answering there is the hospital's (`本院医生`) and the card names no hospital: the
 * header's is theirs, with the grade among its tags where one is printed.
 */

/** How many header lines under the name the tags may stand (rating, tags, address). */
const HEADER_LINES = 4;
const TITLE_SEPARATOR_RE = /\s*[-_|–—]\s*/u;
const NAME_RE = new RegExp(`^(?:${HAN}|[（）()·])*?${HAN}{2,}${HOSPITAL_SUFFIX}$`, 'u');
/** A header's tags: short words side by side (`三甲 医保定点 24小时急诊`, `三甲 · 公立`). */
const TAG_SEPARATOR_RE = /[\s·|｜/、]+/u;
const MAX_TAG = 8;

/** The grade among a line of tags, where it is one line of short tags and exactly one of them is a grade. */
function tagGrade(line: string): string | null {
  const tags = line.trim().split(TAG_SEPARATOR_RE).filter(Boolean);
  if (tags.length === 0 || tags.some((t) => [...t].length > MAX_TAG || /[。，,！？!?：:]/u.test(t))) return null;
  const grades = new Set(tags.map(gradeOnly).filter((g): g is string => g !== null));
  return grades.size === 1 ? [...grades][0]! : null;
}

/**
 * The hospital a page's header names (see above), and its grade among the header's tags, or null:
 * a middle part of the <title> shaped as a hospital (none of its kinds: 公立医院) that a line of its
 * own above the question prints whole.
 */
export function headerHospital(blocks: readonly Block[], question: number, title: string): Pick<Doctor, 'hospital' | 'hospital_grade'> | null {
  const middle = title.split(TITLE_SEPARATOR_RE).slice(1, -1).map((p) => p.trim());
  const names = new Set(middle.filter((p) => NAME_RE.test(p) && !isHospitalKind(p)));
  if (names.size !== 1) return null;
  const hospital = [...names][0]!;
  const at = blocks.findIndex((b, i) => i < question && b.text.trim() === hospital);
  if (at === -1) return null;
  const grades = new Set<string>();
  for (let i = at + 1; i < Math.min(question, at + 1 + HEADER_LINES); i++) {
    const grade = tagGrade(blocks[i]!.text);
    if (grade) grades.add(grade);
  }
  return { hospital, hospital_grade: grades.size === 1 ? [...grades][0]! : null };
}
