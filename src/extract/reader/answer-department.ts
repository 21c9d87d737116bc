/**
 * The answering doctor's department where the card names none: the department the question was put to,
 * a breadcrumb, the article's source, or the doctor's own card elsewhere on the page.
 */
import type { Doctor } from '../../schema/entry.js';
import { WHOLE_TITLE_RE, hasDoctorTitle, isDepartment, isNameLine } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isEditingOffice } from '../words/answer-extras.js';

/** A department the question was put to (`咨询科室：皮肤科`, `科室` over `皮肤科`): the answering doctor's where the card names none. */
const DEPARTMENT_LABEL_RE = /^(?:咨询|就诊|问诊|挂号|提问|所属|所在)?科室\s*[:：]?\s*/u;
export function departmentAskedOf(blocks: readonly Block[], question: number, end: number, doctorName: string | null = null): string | null {
  const found = new Set<string>();
  for (let i = question + 1; i < end; i++) {
    const text = blocks[i]!.text.trim();
    // A field of another doctor's card (a side column's 专家介绍: name, title, 科室：…) is that doctor's department.
    // So too one under another answerer's name line (`范英建 主治医师 认证医生`, `机构：…`, `科室：内科`: the next answer's card).
    if (blocks.slice(Math.max(question + 1, i - 2), i).some((b) => WHOLE_TITLE_RE.test(b.text.trim()) || isOtherNameLine(b.text.trim(), doctorName))) continue;
    const m = text.match(DEPARTMENT_LABEL_RE);
    const value = m ? (m[0].length < text.length ? text.slice(m[0].length).trim() : (blocks[i + 1]?.text.trim() ?? '')) : '';
    const department = isDepartment(value) ? value : departmentAmongFields(text);
    if (department) found.add(department);
  }
  return found.size === 1 ? [...found][0]! : null;
}
/**
 * A card's name line of someone else than the answering doctor: short, a title in it, the doctor's name not; set out as a
 * card's line is, in parts of which one is the title alone (`范英建 主治医师 认证医生`), not a line of the asker's words that
 * names a doctor (`县医院的主任医师说是腰突` over `咨询科室：骨科`), whose department stays the one asked of.
 */
const isOtherNameLine = (text: string, doctorName: string | null) =>
  doctorName !== null && text.length <= 30 && hasDoctorTitle(text) && !text.includes(doctorName) && !DEPARTMENT_LABEL_RE.test(text) && text.split(/\s+/u).some((part) => WHOLE_TITLE_RE.test(part));
/**
 * The answering doctor's own card elsewhere on the page (a hospital site's 专家介绍 column: name, title,
 * `科室：妇科`), where the card by the answer names no department: the name alone on its line, then its title and department within its few lines.
 */
export function ownCardDepartment(blocks: readonly Block[], doctor: Doctor): string | null {
  if (!doctor.name || !doctor.title) return null;
  const found = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.text.trim() !== doctor.name) return;
    const lines = blocks.slice(i + 1, i + 5).map((l) => l.text.trim());
    const until = lines.findIndex((l) => l !== '' && isNameLine(l) && l !== doctor.title);
    const own = until === -1 ? lines : lines.slice(0, until);
    if (!own.includes(doctor.title!)) return;
    for (const l of own) {
      const m = l.match(DEPARTMENT_LABEL_RE);
      const value = m && m[0].length < l.length ? l.slice(m[0].length).trim() : '';
      if (m && /[:：]/u.test(m[0]) && isDepartment(value)) found.add(value);
    }
  });
  return found.size === 1 ? [...found][0]! : null;
}
/** A department field among a line's other labelled fields (`提问人：游客 科室：儿科 时间：…`, spans run together). */
const FIELD_DEPARTMENT_RE = /(?:咨询|就诊|问诊|挂号|提问|所属|所在)?科室\s*[:：]\s*(\p{Script=Han}{2,16})(?=\s|\p{Script=Han}{1,5}\s*[:：]|$)/gu;
function departmentAmongFields(line: string): string | null {
  // A line of fields: short, and more labels than the department's (a sentence that says 科室： is no record).
  if (line.length > 80 || (line.match(/[:：]/gu) ?? []).length < 2) return null;
  for (const m of line.matchAll(FIELD_DEPARTMENT_RE)) {
    const run = m[1]!;
    // The value runs into the next field's label (`儿科时间：`): the longest department the run starts with, the rest a label.
    for (let k = run.length; k >= 2; k--) {
      const rest = line.slice(m.index! + m[0].length - run.length + k);
      if (isDepartment(run.slice(0, k)) && (rest === '' || /^\s|^\p{Script=Han}{1,5}\s*[:：]/u.test(rest))) return run.slice(0, k);
    }
  }
  return null;
}
/** Separators of a breadcrumb trail (首页 > 医院 > 科室 > 医生). */
const CRUMB_SEPARATOR_RE = /\s*[>›»＞/]\s*/u;
/**
 * The department named in a breadcrumb trail that leads to this doctor (holds the doctor's name
 * or hospital), where the card does not name one; one department there, or none is taken.
 */
export function departmentFromBreadcrumb(blocks: Block[], end: number, doctor: Doctor): string | null {
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (b.chars > 80 || b.linkChars * 2 < b.chars) continue;
    const crumbs = b.text.split(CRUMB_SEPARATOR_RE).map((c) => c.trim());
    if (crumbs.length < 3 || !crumbs.some((c) => c === doctor.name || c === doctor.hospital)) continue;
    const departments = crumbs.filter((c) => isDepartment(c));
    if (departments.length === 1) return departments[0]!;
  }
  return null;
}
/**
 * A department named as an article's source (`来源：内分泌科`, a department's own page): the answering doctor's, where the card names none.
 * Not an office (宣传科), nor the office editing what the hospital posts (`健康教育科`: isEditingOffice).
 */
export function sourceDepartment(sources: readonly string[]): string | null {
  const departments = sources.filter((s) => isDepartment(s) && !/^(?:宣传|党委|院办|办公|信息|医务|后勤|财务|科教|科研)/u.test(s) && !isEditingOffice(s));
  return departments.length === 1 ? departments[0]! : null;
}
