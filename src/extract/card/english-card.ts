/**
 * What a bilingual card prints in English, beside its Chinese fields or instead of them (international hospitals,
 * Hong Kong's and Singapore's clinics): the name after `Dr` (`徐子涵 Dr. Xu Zihan`, `Dr Tan Wei Ming`), a rank
 * (`Consultant Physician`, `Family Physician 家庭医生`), post-nominals (`MBBS (Singapore), MMed, FCFP (S)`) and the
 * hospital's English name (`Hekang International Clinic Tianjin`). Taken out of the card's parts, so that their words
 * are not read as other fields; the card reader takes them only where no Chinese one is printed (card-parts.ts). A rank
 * printed beside its Chinese (`Family Physician 家庭医生`) is read by the Chinese, as printed, whether or not the
 * vocabulary knows it.
 */
import { ENGLISH_DOCTOR_TITLES } from '../../core/genre-vocabulary.js';
import { isDepartment } from '../words/genre.js';
import { ANY_LABEL_RE, fieldOfLabel } from '../words/card-words.js';

export interface EnglishCard {
  /** The parts without what was read of them. */
  parts: string[];
  name: string | null;
  title: string | null;
  /** The Chinese rank printed right beside an English one (`Family Physician 家庭医生`). */
  pairedTitle: string | null;
  hospital: string | null;
}

const WORD = "[A-Z][A-Za-z'’-]*";
/**
 * `Dr. Xu Zihan`, `Dr CHAN Wai Ming`, `(Dr Tan Wei Ming)`: two to four capitalised words after `Dr`. Its brackets are taken with it
 * only where it opens them: a credit's closing bracket after it (`（資料提供：…林傑醫生 Dr. LAM S K）`) is the credit's.
 */
const DR_NAME = `\\bDr\\.?\\s+(${WORD}(?:\\s+${WORD}){1,3})`;
const DR_NAME_RE = new RegExp(`[（(]\\s*${DR_NAME}\\s*[）)]|${DR_NAME}`, 'u');
/** `Dr. 王明`: the `Dr` before a Chinese name, none of it. */
const DR_BEFORE_HAN_RE = /\bDr\.?\s*(?=\p{Script=Han})/u;
/** Post-nominals (`MBBS (HK)`, `FHKAM (Medicine)`, `MD, PhD`): letters with two capitals or more, maybe a bracketed note, parted by commas. */
const POST_NOMINAL = '(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,7}(?:\\s*\\([^()]{1,30}\\))?';
const POST_NOMINALS_RE = new RegExp(`^${POST_NOMINAL}(?:\\s*,\\s*${POST_NOMINAL})*$`, 'u');
/** A romanised name and its degrees after a comma (`Sarah Zhang, MBBS, MRCGP`; France's `Docteur en médecine`, an MD). */
const NAME_THEN_DEGREES_RE = new RegExp(`^(${WORD}(?:\\s+${WORD}){1,3})\\s*,\\s*(?:${POST_NOMINAL}(?:\\s*,\\s*${POST_NOMINAL})*|Docteur en médecine)$`, 'u');
const TITLES = [...ENGLISH_DOCTOR_TITLES].sort((a, b) => b.length - a.length).join('|');
/** A rank opening the part, maybe with the department it serves in English (`Consultant, Department of Medicine`). */
const TITLE_RE = new RegExp(`^(${TITLES})(?:\\s*,\\s*(?:Department|Dept\\.?) of [A-Za-z&,' ]+)?(?=$|[\\s·•|｜/、,，])`, 'u');
/** The Chinese right after the rank, a space between (`Family Physician 家庭医生`): the same rank in Chinese. */
const PAIRED_RE = /^\s+(\p{Script=Han}{2,8})(?=$|[\s·•|｜/、,，])/u;
// (A French practice names itself a cabinet: `Cabinet Médical Paris 13`, `Centre Médical`.)
const HOSPITAL_WORD_RE = /\b(?:Hospital|Clinic|Clinics|Polyclinic|Infirmary|Medical (?:Centre|Center|Group|Practice)|Health(?:care)? (?:Centre|Center)|(?:Acupuncture|Dental|GP) (?:Centre|Center|Practice))\b|\b(?:Cabinet|Centre) (?:[Mm]édical|[Dd]entaire)(?![\p{L}])/u;
/**
 * An English gloss in brackets closing a Chinese field (`（Geriatrics）`, `（Obstetrics & Gynecology）`): words in lower case at least in
 * part, no Chinese in them, at the part's end or before a separator. A body's letters in brackets inside a name (`英国中医药学会（ATCM）注册中医师`)
 * gloss no field.
 */
const GLOSS_AFTER_HAN_RE = /(?<=\p{Script=Han})\s*[（(]\s*(?=[A-Za-z'’&.,\s-]*[a-z])[A-Za-z][A-Za-z'’&.,\s-]*[A-Za-z.]\s*[）)](?=$|[\s|｜·•/，,、;；])/gu;
/**
 * Such a gloss between two Chinese fields run together (`奥克兰市立医院（Auckland City Hospital）骨科专科医生`, a paper abroad naming a
 * hospital in both tongues): the fields run on as they would without it, read as one run (`{hospital}{department}专科医生`).
 */
const GLOSS_BETWEEN_HAN_RE = /(?<=\p{Script=Han})\s*[（(]\s*(?=[A-Za-z'’&.,\s-]*[a-z])[A-Za-z][A-Za-z'’&.,\s-]*[A-Za-z.]\s*[）)]\s*(?=\p{Script=Han})/gu;
// (Its later words in any Latin letters, or a number: a French practice's `Cabinet Médical Paris 13`.)
const ENGLISH_ONLY_RE = /^[A-Z][A-Za-z'’&.-]*(?:\s+[\p{Script=Latin}\d'’&.()-]+){1,8}$/u;

export function englishCard(parts: readonly string[]): EnglishCard {
  const card: EnglishCard = { parts: [], name: null, title: null, pairedTitle: null, hospital: null };
  for (const raw of parts) {
    let part = raw.replace(/\s+/gu, ' ').trim();
    if (!/[A-Za-z]{2}/u.test(part)) {
      card.parts.push(raw);
      continue;
    }
    // Not a unit's letters (`NICU`, `CCU`): a department.
    if (POST_NOMINALS_RE.test(part) && !isDepartment(part)) continue;
    // A card's labelled row holding the English alone (`诊所：York Internal Medicine Clinic`, `职务：Family Physician`): read whole
    // under its label, not parted at its spaces.
    const labelled = labelledEnglish(part);
    // (A hospital the doctor trained, served or refers in, `培训医院：Vancouver General Hospital`, `曾任职医院：…`: none of the card's.)
    if (labelled?.field === 'elsewhere') continue;
    if (labelled?.field === 'hospital') {
      card.hospital ??= labelled.value;
      continue;
    }
    if (labelled?.field === 'title') {
      card.title ??= labelled.value;
      continue;
    }
    if (ENGLISH_ONLY_RE.test(part) && HOSPITAL_WORD_RE.test(part) && !NO_PRACTICE_NAME_RE.test(part)) {
      card.hospital ??= part;
      continue;
    }
    // A name in letters with the degrees after it, no `Dr` (`Sarah Zhang, MBBS, MRCGP`, `Li Zihan, Docteur en médecine`): the name.
    const degreed = part.match(NAME_THEN_DEGREES_RE);
    if (degreed && isNamedWithDegrees(degreed[1]!, part.slice(part.indexOf(',') + 1))) {
      card.name ??= degreed[1]!;
      continue;
    }
    const named = part.match(DR_NAME_RE);
    if (named) {
      card.name ??= (named[1] ?? named[2])!;
      part = (part.slice(0, named.index) + ' ' + part.slice(named.index! + named[0].length)).trim();
    }
    part = part.replace(DR_BEFORE_HAN_RE, '');
    // A field's English name in brackets right after its Chinese (`老年医学科（Geriatrics）`, `主治医师（Attending Physician）`, as an
    // international centre's bilingual card prints each field): a gloss of the Chinese, which is read as printed.
    part = part.replace(GLOSS_BETWEEN_HAN_RE, '').replace(GLOSS_AFTER_HAN_RE, ' ').trim();
    const ranked = part.match(TITLE_RE);
    if (ranked) {
      card.title ??= ranked[1]!;
      const rest = part.slice(ranked[0].length);
      const paired = rest.match(PAIRED_RE);
      if (paired) card.pairedTitle ??= paired[1]!;
      part = rest.trim();
    }
    if (part) card.parts.push(part);
  }
  return card;
}

/**
 * Whether `Words, LETTERS` is a name and its degrees, not a town and its province or state (`Richmond Hill, ON`, `New York, NY`) nor a
 * practice and its company form (`Sunrise Family Medicine, PLLC`, `Bayview Dental, PC`).
 */
const PLACE_OR_COMPANY_CODE_RE = /^\s*(?:ON|BC|AB|QC|NS|NB|MB|SK|PE|NL|YT|NT|NU|NY|NJ|CA|TX|WA|IL|FL|MA|PA|NSW|VIC|QLD|TAS|ACT|UK|USA|US|HK|SAR|NZ|AU|SG|MY|PLLC|LLC|PC|INC|Inc|LTD|Ltd|LLP|PLC|Corp|CORP|PTY|Pty)\.?\s*(?:,|$)/u;
const PRACTICE_WORD_RE = /\b(?:Medicine|Medical|Dental|Dentistry|Family|Health|Care|Clinic|Centre|Center|Practice|Group|Associates|Acupuncture|Hill|City|Park|Street|Road)\b/u;
const isNamedWithDegrees = (name: string, degrees: string) => !PLACE_OR_COMPANY_CODE_RE.test(degrees) && !PRACTICE_WORD_RE.test(name);

/**
 * A line naming a kind of practice, not one (`Accredited GP Practice`), or one the doctor left or belongs to (`Formerly Sydney Dental
 * Centre`, `Member of …`): no hospital of the card's.
 */
const NO_PRACTICE_NAME_RE = /^(?:Accredited|Registered|Certified|Licensed|Approved|Formerly|Former|Previously|Member)\b/u;
/** A label over a hospital not the doctor's own practice: trained, served before, partnered or referred to (培训医院, 曾任职医院, 合作医院). */
const ELSEWHERE_LABEL_RE = /(?:曾|前|原|培训|培訓|进修|進修|实习|實習|毕业|畢業|合作|签约|簽約|转诊|轉診|转介|轉介)/u;
/** A hospital's or title's label and the English alone after it, where it reads as such (an English hospital, a rank of the vocabulary). */
function labelledEnglish(part: string): { field: 'hospital' | 'title' | 'elsewhere'; value: string } | null {
  const label = part.match(ANY_LABEL_RE);
  const field = label ? fieldOfLabel(label[1]!) : null;
  const value = label ? part.slice(label[0].length).trim() : '';
  if (field === 'hospital' && ENGLISH_ONLY_RE.test(value) && HOSPITAL_WORD_RE.test(value)) return { field: ELSEWHERE_LABEL_RE.test(label![1]!) ? 'elsewhere' : field, value };
  if (field === 'title' && value.match(TITLE_RE)?.[0].length === value.length) return { field, value };
  return null;
}

/** A name as `Dr` heads it (`Tan Wei Ming`): two to four capitalised words. */
/** A line of post-nominals alone (`MBBS (HK), FHKAM (Medicine)`): the doctor's degrees and fellowships, no part of the card's fields. */
export const isPostNominals = (text: string) => POST_NOMINALS_RE.test(text.trim());
export const isRomanizedName = (text: string) => new RegExp(`^${WORD}(?:\\s+${WORD}){1,3}$`, 'u').test(text);
/** A hospital's English name as a card prints it alone (`Hekang International Hospital Beijing`). */
export const isEnglishHospital = (text: string) => ENGLISH_ONLY_RE.test(text) && HOSPITAL_WORD_RE.test(text);
/** Whether a line names an English rank of the vocabulary (`Attending Physician · 心血管内科`): a card's line, as a Chinese title marks one. */
const ANY_TITLE_RE = new RegExp(`(?<![A-Za-z])(?:${TITLES})(?![A-Za-z])`, 'u');
export const hasEnglishTitle = (text: string) => ANY_TITLE_RE.test(text);
