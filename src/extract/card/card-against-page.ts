import { NAME_DOT_RE, isTransliteratedName } from '../../core/genre-vocabulary.js';
import type { Doctor } from '../../schema/entry.js';
import { HOSPITAL_RE, isDepartment } from '../words/genre.js';

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
/**
 * A hospital's campus or branch glued after its name (`某医院东院区`, `某醫院（麻豆院區）`): part of where the doctor sits. Wider than
 * genre.ts's GLUED_CAMPUS, which the hospital's reading takes (院区 alone, unbracketed): a doubt for the forms it does not take.
 */
const CAMPUS_AFTER = String.raw`(?:[（(]\p{Script=Han}{1,8}(?:院区|院區|分院|校区|校區|园区|園區)[）)]|\p{Script=Han}{1,6}(?:院区|院區|分院|校区|校區|园区|園區)(?!\p{Script=Han}))`;
/** A department's own unit glued after its name (`消化内科三病区`, `心内科冠心病组`, `睡眠医学中心`, `乳腺亚专业`). */
const UNIT_AFTER = String.raw`\p{Script=Han}{0,5}(?:病区|病區|亚专业|亞專業|专业组|專業組|组|組|中心|病房)(?!\p{Script=Han})`;
/** A clinical title cut before its profession (`主任` of `主任医师`: the card prints the whole). */
const PROFESSION_AFTER = String.raw`(?:中医师|中醫師|医师|醫師|药师|藥師|护师|護師|技师|技師)`;
/** An academic rank, and a clinical title beside it: the rank read over the clinical title the genre's cards name a doctor by. */
const ACADEMIC_RANK_RE = /^(?:副?教授|副?研究员|副?研究員|讲师|講師)$/u;
const CLINICAL_TITLE_RE = /主任|主治|住院|医师|醫師/u;
/** A value the page prints glued to more of its kind after it, on some line (of those given): the reading stopped short. */
const printedLonger = (value: string, after: string, texts: readonly string[], other: (rest: string) => boolean = () => false) => {
  const longer = new RegExp(`${escape(value)}(${after})`, 'gu');
  return texts.some((t) => t.includes(value) && [...t.matchAll(longer)].some((m) => !other(m[1]!)));
};
/** A clinic's place (`出诊地点：某院东院区 门诊楼`): where the doctor sees patients, no part of the card's hospital. */
const PLACE_LINE_RE = /(?:地点|地點|地址|位置|出诊|出診)\s*[:：]/u;
/** A hospital's own name run on after a department (`内分泌科临江市医学中心`, a card's parts printed without a gap). */
const HOSPITAL_NAME_RE = /(?:医学中心|醫學中心|医疗中心|醫療中心|卫生中心|衛生中心|医院|醫院)/u;
/** A card's row labelled as where the doctor sits (`院區：台南某醫院`, `所在医院 某医院东院区`; the label a cell of its own or not). */
const HOSPITAL_LABEL = '(?:医院|醫院|院区|院區|所在医院|所在醫院|执业医院|執業醫院|服务医院|服務醫院|就职医院|任职医院)';
const HOSPITAL_VALUE = String.raw`[\p{Script=Han}（）()]{2,30}(?:医院|醫院|院区|院區|分院|中心|诊所|診所)`;
const HOSPITAL_ROW_RE = new RegExp(`^${HOSPITAL_LABEL}[\\s:：|]*(${HOSPITAL_VALUE})$`, 'u');
const HOSPITAL_LABEL_RE = new RegExp(`^${HOSPITAL_LABEL}\\s*[:：]?$`, 'u');
const HOSPITAL_VALUE_RE = new RegExp(`^${HOSPITAL_VALUE}$`, 'u');
/** The value of each row labelled as the doctor's hospital: after the label on its line, or on the line after a label alone. */
const hospitalRows = (texts: readonly string[]) =>
  texts.flatMap((t, i) => {
    const line = t.trim();
    const inline = HOSPITAL_ROW_RE.exec(line)?.[1];
    if (inline !== undefined) return [inline];
    const next = texts[i + 1]?.trim() ?? '';
    return HOSPITAL_LABEL_RE.test(line) && HOSPITAL_VALUE_RE.test(next) ? [next] : [];
  });

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
  // A campus or unit the page glues to the value (the title's profession, on the doctor's line): the reading stopped at the
  // first name's end. A right reading of such a card takes the whole.
  if (hospital && hospital.length >= 3 && printedLonger(hospital, CAMPUS_AFTER, texts.filter((t) => !PLACE_LINE_RE.test(t)))) doubts.push(`the page prints the hospital with a campus after it (${hospital}…), read without`);
  // A row labelled as the doctor's hospital printing a longer name holding the one read (`院區` | `台南某醫院` where the site's
  // short name was read). A row naming another hospital or a campus alone is another card's or a branch's (lists of doctors,
  // `院区：东院区` beside the hospital's own name), no sign of this reading.
  const row = hospital ? hospitalRows(texts).find((v) => v !== hospital && v.includes(hospital)) : undefined;
  if (row) doubts.push(`a row labelled as the doctor's hospital names ${row}, longer than the hospital read (${hospital})`);
  const department = doctor.department?.trim();
  if (department && department.length >= 2 && printedLonger(department, UNIT_AFTER, texts, (unit) => HOSPITAL_NAME_RE.test(unit) || (doctor.hospital?.startsWith(unit) ?? false))) doubts.push(`the page prints the department with a unit after it (${department}…), read without`);
  const title = doctor.title?.trim();
  if (title && name && title.length >= 2 && printedLonger(title, PROFESSION_AFTER, texts.filter((t) => t.includes(name)))) doubts.push(`the page prints the title longer (${title}…), its profession cut`);
  if (title && name && ACADEMIC_RANK_RE.test(title) && texts.some((t) => t.includes(name) && CLINICAL_TITLE_RE.test(t.replace(title, '')))) doubts.push(`an academic rank read for the title (${title}), and the doctor's line prints a clinical title`);
  if (doctor.hospital === null) {
    const footer = texts.find((t) => FOOTER_HOSPITAL_RE.test(t));
    if (footer !== undefined) doubts.push(`no hospital read, and the page's footer names one (${footer.trim().slice(0, 30)})`);
  }
  // A field left unread that the doctor's own line prints (`回覆者：營養室 王芳 營養師`, `某醫藥專科中心 內科顧問醫生 陳明`): a
  // card read in part. The line is short and ends no sentence (a card's or a byline's), not a paragraph naming the doctor in passing.
  const ownLine = name && name.length >= 2 ? texts.find((t) => t.includes(name) && t.trim().length <= 40 && !/[。！？!?]/u.test(t)) : undefined;
  if (ownLine !== undefined && doctor.hospital === null) {
    const named = HOSPITAL_RE.exec(ownLine.replace(name!, ' '))?.[1];
    if (named) doubts.push(`no hospital read, and the doctor's line names one (${named})`);
  }
  if (doctor.department === null && name && name.length >= 2) {
    const before = new RegExp(`(\\p{Script=Han}{1,8}科)\\s*${escape(name)}`, 'u');
    const line = texts.find((t) => t.includes(name) && before.test(t) && !NOT_DEPARTMENT_RE.test(before.exec(t)![1]!));
    if (line !== undefined) doubts.push(`no department read, and a line names one before the doctor (${line.trim().slice(0, 30)})`);
  }
  const part = ownLine === undefined || doctor.department !== null ? undefined : ownLine.split(/[\s|｜/·•,，、:：;；()（）]+/u).find((t) => t !== name && t !== doctor.title && isDepartment(t) && !NOT_DEPARTMENT_RE.test(t));
  // Said once: the line before the doctor's name, above, said it already.
  if (part && !doubts.some((d) => d.startsWith('no department read'))) doubts.push(`no department read, and the doctor's line names one (${part})`);
  return doubts;
}
