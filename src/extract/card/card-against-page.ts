import { NAME_DOT_RE, isTransliteratedName } from '../../core/genre-vocabulary.js';
import type { Doctor } from '../../schema/entry.js';

/**
 * Doubts about the card as read, against the page's own lines: a value the page prints longer than it was read, or one left
 * unread that the page prints beside the doctor or as the site's own. A dotted name cut at its dot (`阿依古丽` of
 * `阿依古丽·买合木提`: a Uyghur's or a foreigner's name has no surname, and its first part looks like a whole Han name); a
 * hospital's short name the page's lines print only inside the whole one (`仁济医院` of `上海交通大学医学院附属仁济医院`, a
 * logo's alt read over the footer's name); no hospital read where the footer names the hospital the site is (`…医院　沪ICP备…`,
 * `…醫院　112台北市…`); no department read where a line names one just before the doctor (`心臟內科 胡剛醫師`). A right
 * reading of the genre's pages takes the whole value, and leaves unread no hospital or department the page prints so.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** What an institution's long name holds just before the hospital's own name: the university or group it belongs to. */
const OWNER_BEFORE = String.raw`(?:附属|附屬|附设|附設|大学|大學|学院|學院|集团|集團|财团法人|財團法人)`;
/** A hospital's name as a site's footer prints it: its registration number (ICP备), its rights or its street address after it. */
const FOOTER_HOSPITAL_RE = /\p{Script=Han}{2}(?:医院|醫院)[\s\u3000]{0,2}(?:\p{Script=Han}{0,2}ICP|版权所有|版權所有|\d{3}\p{Script=Han})/u;
/** A run ending in 科 that is no department (专科 is a title's part, 本科 a degree, 百科 an encyclopaedia). */
const NOT_DEPARTMENT_RE = /(?:专科|專科|本科|学科|學科|百科|教科|外科学|内科学)$/u;

export function cardAgainstPage(doctor: Doctor, texts: readonly string[]): string[] {
  const doubts: string[] = [];
  const name = doctor.name?.replace(/\s+/gu, '');
  if (name && name.length >= 2 && !NAME_DOT_RE.test(name)) {
    // The dot run into both parts, as a dotted name prints; a dot between spaces parts a card's fields (`王芳 · 主任医师`).
    // The part after the dot a name's, not a course's or a series' title run on (`毛强·痛风24讲`).
    const cut = new RegExp(`${escape(name)}[·•‧・](\\p{Script=Han}{2,8})(?![\\p{Script=Han}\\d])`, 'u');
    // The whole in a dotted name's shape, as the vocabulary knows it: not two Han names (`李明·王芳`), a name and a place
    // (`李明·江州`), a card's next field (`王芳·主任医师`).
    const dotted = (t: string) => {
      const part = cut.exec(t)?.[1];
      return part !== undefined && isTransliteratedName(`${name}·${part}`);
    };
    if (texts.some((t) => t.includes(name) && dotted(t))) doubts.push(`the page prints the doctor's name longer, a dotted name's first part read (${name})`);
  }
  const hospital = doctor.hospital?.trim();
  if (hospital && hospital.length >= 3) {
    // Printed only inside the longer name: a card printing the short name on its own line (`Ruijin Hospital 瑞金医院`) names it so.
    const within = new RegExp(`\\p{Script=Han}*${OWNER_BEFORE}${escape(hospital)}`, 'gu');
    const holding = texts.filter((t) => t.includes(hospital));
    if (holding.length > 0 && holding.every((t) => !t.replace(within, '').includes(hospital))) doubts.push(`the page prints the hospital's name longer (${hospital}), its end read`);
  }
  if (doctor.hospital === null) {
    const footer = texts.find((t) => FOOTER_HOSPITAL_RE.test(t));
    if (footer !== undefined) doubts.push(`no hospital read, and the page's footer names one (${footer.trim().slice(0, 30)})`);
  }
  if (doctor.department === null && name && name.length >= 2) {
    const before = new RegExp(`(\\p{Script=Han}{1,8}科)\\s*${escape(name)}`, 'u');
    const line = texts.find((t) => t.includes(name) && before.test(t) && !NOT_DEPARTMENT_RE.test(before.exec(t)![1]!));
    if (line !== undefined) doubts.push(`no department read, and a line names one before the doctor (${line.trim().slice(0, 30)})`);
  }
  return doubts;
}
