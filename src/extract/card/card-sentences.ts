/** A doctor card written as prose where no card element is: an expert's bio sentence, a blog's author box. */
import type { Doctor } from '../../schema/entry.js';
import { HAN, isDepartment, TITLE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isName } from '../words/card-words.js';
import { parseCardParts } from './card-parts.js';
import { CARD_HEAD_RE } from '../words/answer-labels.js';

/** The label of an expert's bio paragraph (`专家简介：`, `作者简介：`, in lenticular brackets `【医生简介】`): what follows is the card as a sentence. */
export const EXPERT_BIO_RE = /^(?:(?:专家|作者|医生|嘉宾)(?:简介|介绍)\s*[:：]|【\s*(?:专家|作者|医生|嘉宾)(?:简介|介绍)\s*】)\s*/u;
/**
 * A card written as a bio sentence after the answer (or, labelled 专家简介, before it) (`name，hospital department title，医学博士，…擅长…`):
 * the name as its first clause, then a clause that names a title and a hospital.
 */
export function bioSentenceCard(blocks: readonly Block[], from: number, end: number, labelledOnly = false): Doctor | null {
  for (let i = Math.max(0, from); i < end; i++) {
    const text = blocks[i]!.text.trim();
    const labelled = EXPERT_BIO_RE.test(text);
    if (labelledOnly && !labelled) continue;
    const introduced = labelled ? null : introducedBio(text);
    if (introduced) return introduced;
    const clauses = text.replace(EXPERT_BIO_RE, '').split(/[。！!]/u)[0]!.split(/[，,]/u).map((c) => c.trim());
    const [name, clause] = clauses;
    if (!name || !clause || clause.length > 40 || !isName(name)) continue;
    let doctor = parseCardParts([clause]);
    // A labelled bio may give the title a clause of its own, the unit the next (`专家简介：name，title，hospital department，从事…`).
    if (labelled && doctor.title && !doctor.hospital && clauses[2] && clauses[2].length <= 40) doctor = parseCardParts([clause, clauses[2]]);
    if (!doctor.title || !doctor.hospital || doctor.name) continue;
    return { ...doctor, name };
  }
  return null;
}
/**
 * A labelled profile naming no one, its first clause the card's other fields (`嘉宾简介：{hospital}{department}{title}，擅长…`, a
 * programme's page under its transcript, the guest named by the turns): the fields, no name; null for any other line.
 */
export function unnamedBioFields(text: string): Doctor | null {
  const label = text.trim().match(EXPERT_BIO_RE);
  if (!label || text.length > 200) return null;
  const clause = text.trim().slice(label[0].length).split(/[。！!，,；;]/u)[0]!.trim();
  if (clause.length > 40) return null;
  const doctor = parseCardParts([clause]);
  return doctor.title && doctor.hospital && !doctor.name ? doctor : null;
}
/** The card of a guest the transcript's turns name (`王芳：…` beside the host's): their name with the first unnamed profile's fields between `from` and `to`. */
export function guestBioCard(blocks: readonly Block[], name: string, from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i < Math.min(to, blocks.length); i++) {
    const fields = unnamedBioFields(blocks[i]!.text);
    if (fields) return { ...fields, name };
  }
  return null;
}
/**
 * A bio saying who the doctor is (`{name}医生（Dr …）是{hospital}{department}{title}，拥有超过15年临床经验。`, as a news column closes
 * its guest's answer): the name, a calling and an English name after it, then 是 and the card run together. Only a sentence about
 * the doctor: one speaking to the reader (您, 你, 建议) refers them to a colleague, the answer's own words.
 */
const INTRODUCED_RE = /^(\p{Script=Han}{2,4}?)\s*(?:医生|医师|教授|博士)?\s*(?:[（(][^（()）]{1,40}[）)])?\s*是\s*([^，,。；;！!]{4,40})(?:[，,。；;！!]|$)(.*)$/u;
function introducedBio(text: string): Doctor | null {
  const m = text.match(INTRODUCED_RE);
  if (!m || !isName(m[1]!) || /[你您]|建议/u.test(m[3]!)) return null;
  const doctor = parseCardParts([m[2]!]);
  return doctor.title && doctor.hospital && !doctor.name ? { ...doctor, name: m[1]! } : null;
}
/** Whether a line is such a bio: the card's, none of the answer. */
export const isIntroducedBio = (text: string) => text.length <= 160 && introducedBio(text.trim()) !== null;
/**
 * The bio under the head of the answering expert's box after the answer (`本期解答专家` over `name，department title。擅长…`): the head says
 * whose it is, so the bio need name no hospital (a hospital's own site names it as the site: site-hospital.ts). The name as the first
 * clause, then the department and title; the first such box between `from` and `to`, else null.
 */
export function headedBioCard(blocks: readonly Block[], from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i + 1 < Math.min(to, blocks.length); i++) {
    if (!CARD_HEAD_RE.test(blocks[i]!.text.replace(/\s+/gu, ''))) continue;
    const [name, clause] = blocks[i + 1]!.text.trim().split(/[。！!]/u)[0]!.split(/[，,]/u).map((c) => c.trim());
    if (!name || !clause || clause.length > 40 || !isName(name)) return null;
    const doctor = parseCardParts([clause]);
    return doctor.title && !doctor.name ? { ...doctor, name } : null;
  }
  return null;
}
/** The head of a blog's box about its author, alone on its line (`博主简介`, `作者简介`, `个人简介`). */
const BIO_BOX_HEAD_RE = /^(?:博主|作者|个人|医生|专家)(?:简介|介绍)$/u;
/**
 * A blog's author box in its side column, above or beside the post (`博主简介` over `name，hospital department title，擅长…`): the
 * card as a sentence, read from the line right under its head; the first such box between `from` and `to`, else null.
 */
export function bioBoxCard(blocks: readonly Block[], from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i + 1 < Math.min(to, blocks.length); i++) {
    if (!BIO_BOX_HEAD_RE.test(blocks[i]!.text.replace(/\s+/gu, ''))) continue;
    const card = bioSentenceCard(blocks, i + 1, i + 2);
    if (card) return card;
  }
  return null;
}
/** An author's byline (`作者：汪红志`, `答主：…`): who wrote a blog's answer. */
const AUTHOR_RE = /^(?:作者|答主|撰稿|撰文|文)\s*[:：]\s*(\S{2,6})$/u;
/** How far after the byline its bio may stand. */
const BIO_LINES = 3;
/**
 * A blog's author box after the answer, where no card is: the byline names the doctor, the
 * bio's first clause (`白沙市中医药大学附属医院（三甲）内分泌科主任医师，从事…`) the hospital,
 * grade, department and title. Taken only where the bio names a title and a hospital.
 */
export function authorCard(blocks: readonly Block[], from: number): Doctor | null {
  for (let i = Math.max(0, from); i < blocks.length; i++) {
    const name = blocks[i]!.text.replace(/\s+/gu, '').match(AUTHOR_RE)?.[1];
    if (!name || !isName(name)) continue;
    for (let j = i + 1; j < blocks.length && j <= i + BIO_LINES; j++) {
      // The bio's first sentence, in its clauses (`主治医师，江州市肿瘤医院泌尿外科，…为三级甲等医院。`).
      const clause = blocks[j]!.text.split(/[。！!]/u)[0]!.trim();
      if (clause.length > 80) continue;
      const doctor = parseCardParts(clause.split(/[，,；;（()）【】]/u));
      if (!doctor.title || !doctor.hospital) continue;
      doctor.name = name;
      // A department run into the title (`内分泌科主任医师`).
      doctor.department ??= clause.match(new RegExp(`(${HAN}{1,8}?科)${TITLE_RE.source}`, 'u'))?.[1] ?? null;
      if (doctor.department && !isDepartment(doctor.department)) doctor.department = null;
      return doctor;
    }
  }
  return null;
}

/** The clause saying where the doctor practises (`现于列治文康乐医务所执业`, `在万锦开业`): the place after 于 / 在. */
const PRACTISES_AT_RE = /^(?:现|現|目前)?(?:于|於|在)\s*(.+?)\s*(?:执业|執業|开业|開業)$/u;
/** A practice's own name, not a town's: it ends in a clinic's word, Chinese or English (an English gloss in brackets after it). */
const PRACTICE_NAME_RE = /(?:诊所|診所|医务所|醫務所|中心|医院|醫院|牙科|Clinic|Centre|Center|Dental|Dentistry|Practice|Group)\s*(?:[（(][A-Za-z][^（()）]*[）)])?$/u;
/**
 * A column's guest doctor introduced in one sentence (`徐文博医生 Dr. Xu Wenbo（MD, CCFP），家庭医生，现于列治文康乐医务所执业。诊所地址：…`,
 * `Dr. Wang Zihan（DDS），牙医 Dentist，现于Regent Dental Centre执业。`): the clauses before the practising clause the name and title,
 * the practice it names the hospital (its Chinese name where both are printed); a town (`在万锦开业`) no hospital. Null where no one is named.
 */
export function practiceSentenceCard(blocks: readonly Block[], from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i < Math.min(to, blocks.length); i++) {
    const doctor = readPracticeSentence(blocks[i]!.text);
    if (doctor) return doctor;
  }
  return null;
}
/** Whether a line is such a sentence: the card's, none of the answer. */
/**
 * (A line of the answer's box shaped so, naming no degrees, no `Dr.` and no contact after it — `王志强医生，皮肤科专科医生，现于…执业。`
 * between the doctor's paragraphs — may be the doctor's own referral: the answer's.)
 */
export const isPracticeSentence = (text: string) => readPracticeSentence(text) !== null && introducesGuest(text);
const introducesGuest = (text: string) => {
  const [first, ...rest] = text.trim().split(/[。]/u);
  return DEGREED_RE.test(first!.split(/[，,](?![^（(]*[）)])/u)[0]!) || /^\s*(?:诊所地址|診所地址|地址|预约电话|預約電話|电话|電話|Tel|Address)\s*[:：]/iu.test(rest.join('。'));
};
/** The name called a doctor in English (`Dr.`) or followed by degrees (`（MD, CCFP）`). */
const DEGREED_RE = /(?:\bDr\b|[（(][A-Z][A-Za-z.,\s]*[）)])/u;
/** A sentence opening with a label (`如需转诊：…`) or in the writer's own voice or an example (`我是…`, `例如…`): the answer's. */
const NOT_INTRODUCING_RE = /^(?:\p{Script=Han}{1,8}\s*[:：]|我|本人|例如|比如|譬如|如|可|请|請)/u;

/** A heading in lenticular brackets opening the sentence (`【专家简介】`, `【本期嘉宾】`): it names the part, no field of the card. */
const LEAD_HEADING_RE = /^【[^【】]{1,8}】\s*/u;

function readPracticeSentence(line: string): Doctor | null {
  const text = line.trim().replace(LEAD_HEADING_RE, '');
  if (text.length > 200 || !/(?:执业|執業|开业|開業)/u.test(text)) return null;
  // Clauses parted by commas outside brackets (`（MD, CCFP）` is one clause's).
  const clauses = text.split(/[。]/u)[0]!.split(/[，,](?![^（(]*[）)])/u).map((c) => c.trim());
  const at = clauses.findIndex((c) => PRACTISES_AT_RE.test(c));
  if (at < 1 || at !== clauses.length - 1 || NOT_INTRODUCING_RE.test(clauses[0]!)) return null;
  const doctor = parseCardParts(clauses.slice(0, at));
  if (!doctor.name || doctor.hospital !== null) return null;
  // A doctor's sentence: a calling named, or the name called a doctor (`…医生`, `Dr.`) or followed by degrees (`（MD, CCFP）`).
  if (doctor.title === null && !/(?:医生|醫生|医师|醫師|\bDr\b|[（(][A-Z][A-Za-z.,\s]*[）)])/u.test(clauses[0]!)) return null;
  const practice = clauses[at]!.match(PRACTISES_AT_RE)![1]!;
  if (PRACTICE_NAME_RE.test(practice)) doctor.hospital = practice.replace(/\s*[（(][A-Za-z][^（()）]*[）)]$/u, '').replace(/^(\p{Script=Han}[^A-Za-z]*?)\s+[A-Za-z].*$/u, '$1');
  // The department only where the calling is printed with its field run into it (`眼科专科医生`: a specialist in 眼科); elsewhere none.
  const fieldCalling = doctor.department !== null && doctor.title !== null && clauses.slice(0, at).some((c) => c.includes(`${doctor.department}${doctor.title}`));
  return { ...doctor, department: fieldCalling ? doctor.department : null };
}
/**
 * A column's writer introducing themselves at the head of a post (`我是{name}，{hospital}{department}{title}。这份通讯每周回答一位
 * 读者的健康问题，欢迎来信。`, a newsletter's standing intro): the card as a sentence, none of the answer. Only where what follows
 * the card speaks of the column (its issues, its letters): a reply opening `我是{name}，…` goes on with the answer.
 */
const SELF_INTRO_RE = /^(?:大家好[，,！!]?\s*)?我是(\p{Script=Han}{2,4})[，,]\s*([^，,。！!；;]{4,40})[。！!；;]\s*(.*)$/u;
// (Not 每周 / 每期 / 每月 alone: a reply goes on `孩子每周都复发，…`; nor a letter's own 来信, the asker introducing themselves
// `我是{name}，{hospital}{department}护师。第一次来信，…`, or a reply's `您来信说的…`: review pages. The column's talk names the
// column, or the letters it asks for.)
const SPEAKS_OF_COLUMN_RE = /通讯|专栏|栏目|公众号|本号|[Nn]ewsletter|订阅|欢迎(?:读者|大家|各位)?来信|读者(?:的)?来信|来信(?:请|可)?(?:寄|发|至)/u;
export function selfIntroCard(text: string): Doctor | null {
  const m = text.trim().match(SELF_INTRO_RE);
  if (!m || !isName(m[1]!) || !SPEAKS_OF_COLUMN_RE.test(m[3]!)) return null;
  const doctor = parseCardParts([m[2]!]);
  return doctor.title && doctor.hospital && !doctor.name ? { ...doctor, name: m[1]! } : null;
}
/** The first self-introduction between `from` and `to` read as a card, else null. */
export function selfIntroCardIn(blocks: readonly Block[], from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i < Math.min(to, blocks.length); i++) {
    const card = blocks[i]!.text.length <= 120 ? selfIntroCard(blocks[i]!.text) : null;
    if (card) return card;
  }
  return null;
}
