import type { AnswerFormat, Doctor } from '../schema/entry.js';

/**
 * What every page of the genre shares, whatever its markup: the vocabulary of doctors'
 * titles and hospital grades, the labels of the related list, the disclaimer and the
 * format-and-date line. Profiles key on these as much as the generic extractor does.
 */

const HAN = '\\p{Script=Han}';

/** Longest first, so 副主任医师 is not read as 主任医师. */
export const DOCTOR_TITLES = [
  '副主任医师', '主任医师', '主治医师', '住院医师', '执业医师', '医师',
  '副主任药师', '主任药师', '主管药师', '药师',
  '副主任护师', '主任护师', '主管护师', '护师',
  '副主任技师', '主任技师', '主管技师', '技师',
  '副主任中医师', '主任中医师', '主治中医师', '中医师',
  '副教授', '教授', '副研究员', '研究员', '营养师', '心理咨询师',
] as const;

export const HOSPITAL_GRADES = [
  '三级特等', '三级甲等', '三级乙等', '三级丙等', '二级甲等', '二级乙等', '二级丙等',
  '一级甲等', '一级乙等', '一级丙等', '三甲', '三乙', '二甲', '二乙', '一甲', '一乙',
] as const;

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

const TITLE_RE = new RegExp(`(${alternation(DOCTOR_TITLES)})`, 'u');
const GRADE_RE = new RegExp(`(${alternation(HOSPITAL_GRADES)})`, 'u');
const GRADE_ONLY_RE = new RegExp(`^[（(【\\[]?(${alternation(HOSPITAL_GRADES)})(?:医院)?[）)】\\]]?$`, 'u');
const HOSPITAL_SUFFIX = '(?:医院|医学中心|医疗中心|卫生院|保健院|诊所|门诊部|中心)';
const HOSPITAL_RE = new RegExp(`((?:${HAN}|[（）()·])*?${HAN}{2,}${HOSPITAL_SUFFIX})`, 'u');
const DEPARTMENT_RE = new RegExp(`^[\\s:：·|/]*(${HAN}{1,10}?(?:科|门诊|病区))`, 'u');
const NAME_BEFORE_TITLE_RE = new RegExp(`(${HAN}{2,4})\\s*$`, 'u');
const NAME_LINE_RE = new RegExp(`^${HAN}{2,4}$`, 'u');
const CARD_LABEL_RE = /^(?:解答医生|回答医生|答疑医生|医生|专家|主治医生)\s*[:：]\s*/u;

export const DATE_RE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/;
const FORMAT_LABELS: Array<[RegExp, AnswerFormat]> = [
  [/语音(?:解答|回答)?/u, 'voice'],
  [/视频(?:解答|回答)?/u, 'video'],
  [/(?:图文|文字)(?:解答|回答)?/u, 'text'],
];
const FORMAT_DATE_LINE_RE =
  /^(语音解答|视频解答|图文解答|文字解答|语音回答|视频回答|图文|语音|视频)?\s*(\d{4}-\d{1,2}-\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const TRAILING_FORMAT_DATE_RE =
  /^(.*\S)\s*((?:语音解答|视频解答|图文解答|文字解答)\s*\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)$/u;

export const RELATED_LABEL_RE = /^(?:相关推荐|相关问答|相关问题|相似问题|相关解答|相关回答|推荐问答)\s*[:：]?$/u;
/** The disclaimer's wording, wherever it stands in a text. */
const DISCLAIMER_WORDING_RE = /不能代替(?:医生)?面诊|仅供参考.{0,20}(?:就医|面诊|诊断)/u;
/** A line that is the disclaimer: its 提示: label, or its wording. */
const DISCLAIMER_RE = new RegExp(`^(?:温馨)?提示\\s*[:：]|${DISCLAIMER_WORDING_RE.source}`, 'u');

export const isRelatedLabel = (line: string) => RELATED_LABEL_RE.test(line.trim());
export const isDisclaimer = (line: string) => DISCLAIMER_RE.test(line.trim());
export const mentionsDisclaimer = (text: string) => DISCLAIMER_WORDING_RE.test(text);
export const hasDoctorTitle = (text: string) => TITLE_RE.test(text);
export const isGradeLine = (line: string) => GRADE_ONLY_RE.test(line.trim());
export const isNameLine = (line: string) => NAME_LINE_RE.test(line.trim());
export const isHospitalLine = (line: string) =>
  line.trim().length <= 40 && new RegExp(`^${HOSPITAL_RE.source}`, 'u').test(line.trim());

/** `2021-5-8`, `2021/05/08`, `2021年5月8日` → `2021-05-08`; null when the text holds no valid date. */
export function findDate(text: string): string | null {
  const m = text.match(DATE_RE);
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function formatFromLabel(text: string): AnswerFormat {
  for (const [re, format] of FORMAT_LABELS) if (re.test(text)) return format;
  return 'unknown';
}

/** A line that is only an answer-format label and a date, e.g. `语音解答 2021-05-18`. */
export function parseFormatDateLine(line: string): { format: AnswerFormat; date: string | null } | null {
  const m = line.trim().match(FORMAT_DATE_LINE_RE);
  if (!m) return null;
  return { format: m[1] ? formatFromLabel(m[1]) : 'unknown', date: findDate(m[2]!) };
}

/** `snippet text 语音解答 2021-05-18` → [`snippet text`, `语音解答 2021-05-18`]; other lines unchanged. */
export function splitTrailingFormatDate(line: string): string[] {
  const m = line.match(TRAILING_FORMAT_DATE_RE);
  return m ? [m[1]!, m[2]!] : [line];
}

/** Whether a short line looks like part of a doctor card. */
export function isCardLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 40) return false;
  return hasDoctorTitle(t) || isGradeLine(t) || isHospitalLine(t) || CARD_LABEL_RE.test(t);
}

const emptyDoctor = (): Doctor => ({ name: null, title: null, department: null, hospital: null, hospital_grade: null });

/**
 * Reads a doctor card from its text, however the parts are separated:
 * `王清玉 副主任医师 骨科 福建省人民医院 三甲`, `解答医生：李明 主治医师 | 儿科 | 北京儿童医院（三级甲等）`,
 * or the concatenation `王清玉副主任医师骨科福建省人民医院` that inline markup leaves.
 */
export function parseDoctorCard(cardText: string): Doctor {
  const doctor = emptyDoctor();
  let text = cardText.replace(/[|｜·•/，,、]/g, ' ').replace(/\s+/g, ' ').trim();
  text = text.replace(new RegExp(CARD_LABEL_RE.source, 'u'), '');

  const grade = text.match(GRADE_RE);
  if (grade) {
    doctor.hospital_grade = grade[1]!;
    text = (text.slice(0, grade.index) + ' ' + text.slice(grade.index! + grade[0].length))
      .replace(/[（(【\[]\s*[）)】\]]/g, ' ');
  }

  const title = text.match(TITLE_RE);
  let rest = text;
  if (title) {
    doctor.title = title[1]!;
    const before = text.slice(0, title.index).replace(CARD_LABEL_RE, '');
    doctor.name = before.match(NAME_BEFORE_TITLE_RE)?.[1] ?? null;
    rest = text.slice(title.index! + title[0].length);
    const department = rest.match(DEPARTMENT_RE);
    if (department && !new RegExp(`${HOSPITAL_SUFFIX}$`, 'u').test(department[1]!)) {
      doctor.department = department[1]!;
      rest = rest.slice(department.index! + department[0].length);
    }
  } else {
    doctor.name = text.match(new RegExp(`^(${HAN}{2,4})(?:\\s|$)`, 'u'))?.[1] ?? null;
  }

  const hospital = rest.replace(/\s+/g, ' ').match(HOSPITAL_RE);
  if (hospital) doctor.hospital = hospital[1]!.replace(/^[（(）)·]+/, '');
  return doctor;
}

/** Strips a site suffix such as `-有来医生` or `_康问健康网` from a page title. */
export function questionFromTitle(title: string, suffix?: RegExp): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (suffix) return t.replace(suffix, '').trim();
  return t.replace(/\s*[-_|–—]\s*[^-_|–—]{1,16}$/u, '').trim();
}
