import type { Doctor } from '../../schema/entry.js';
import { GRADE_RE, HAN, HOSPITAL_SUFFIX, isHospitalKind, TITLE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { COPYRIGHT_RE } from '../words/furniture-lines.js';

/**
 * A hospital's own account on a health platform (健康号, 官方号) publishing its doctor's answer: the
 * account's header over the question names the hospital (`石门市儿童医院 三级甲等医院`,
 * `东湖市第一人民医院健康号 二甲医院`, `认证：临江市第二人民医院官方账号`), and the answer names its
 * doctor and department only (`答疑专家：段芳国，神经内科主任医师`, `本期由我院…`). Where the card
 * names no hospital, the account's is the doctor's; its grade where the header prints one.
 */

/** How far above the question the account's header stands. */
const HEADER_LINES = 5;
/** The platform's words after an account's name: the account, not the hospital. */
const ACCOUNT_SUFFIX = '(?:官方(?:账号|帐号|号)?|健康号|号)';
const HEADER_RE = new RegExp(
  `^(?:认证\\s*[:：]\\s*)?((?:${HAN}|[（）()·])*?${HAN}{2,}${HOSPITAL_SUFFIX})${ACCOUNT_SUFFIX}?\\s*(?:[（(【\\[]?${GRADE_RE.source}(?:医院)?[）)】\\]]?)?$`,
  'u',
);

/** A line under a short line naming a doctor's title: another doctor's card (a side column's 热门医生), no header of the page. */
export const isUnderDoctorLine = (blocks: readonly Block[], i: number): boolean => i > 0 && blocks[i - 1]!.chars <= 30 && TITLE_RE.test(blocks[i - 1]!.text);

const isAllLink = (b: Block) => b.linkChars > 0 && b.linkChars >= b.chars;

export function publisherHospital(blocks: readonly Block[], question: number): Pick<Doctor, 'hospital' | 'hospital_grade'> | null {
  let hospital: string | null = null;
  let grade: string | null = null;
  // Lines all link between the header and the question (its menu, a list of the articles) are counted as none.
  let from = question;
  for (let seen = 0; from > 0 && seen < HEADER_LINES; from--) if (!isAllLink(blocks[from - 1]!)) seen++;
  // The headline itself where it is the hospital's name alone (an H5's cover over the question its slides ask): its header.
  for (let i = from; i <= question && i < blocks.length; i++) {
    const m = blocks[i]!.text.trim().match(HEADER_RE);
    // A kind of hospital (a merchant header's `公立医院` tag) names none.
    if (!m || isUnderDoctorLine(blocks, i) || isHospitalKind(m[1]!)) continue;
    // Two hospitals' headers above the question: a list of hospitals, no account's header.
    if (hospital !== null && hospital !== m[1]) return null;
    hospital = m[1]!;
    grade = m[2] ?? grade;
  }
  return hospital === null ? null : { hospital, hospital_grade: grade };
}

/**
 * A body whose site may print its experts' names but where no doctor works: a learned society, a doctors' professional
 * association (`某市医学会`, `某省医师协会`), a government's health commission (`某市卫生健康委员会`). On its own site it is no hospital.
 */
const RUNS_NO_CLINICS_RE = /(?:学会|學會|医师协会|醫師協會|委员会|委員會|卫健委|衛健委)$/u;

/**
 * Whether an institution a card names is the site's own publisher: a line above the question (its masthead, the logo's words)
 * opens with its name, or the page's copyright line names it (`© 香港家庭計劃指導會`). A body that runs its own clinics (a
 * family-planning association, an NGO) is where its doctors work, though its name is not shaped as a hospital's: the site vouches
 * for it, and the card's hospital is taken as printed, no doubt raised.
 */
export function isSitePublisher(blocks: readonly Block[], question: number, name: string): boolean {
  if ([...name].length < 3 || RUNS_NO_CLINICS_RE.test(name)) return false;
  for (let i = 0; i < question; i++) if (blocks[i]!.text.trim().startsWith(name)) return true;
  for (let i = blocks.length - 1; i > question; i--) if (COPYRIGHT_RE.test(blocks[i]!.text) && blocks[i]!.text.includes(name)) return true;
  return false;
}
