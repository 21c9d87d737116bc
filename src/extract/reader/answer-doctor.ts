/**
 * The answering doctor: the card's, or whoever else the page names as answering (a byline, a credit, an
 * account), completed where the card leaves gaps (its other half, the site's hospital, the department asked);
 * who signs the answer, and the doubts recorded where no card or a doubtful one is read.
 */
import { withWriterProfile } from '../card/writer-profile.js';
import { isBookingButton } from '../words/call-to-action.js';
import type { Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { authorCard, bioSentenceCard, guestBioCard, headedBioCard, practiceSentenceCard, selfIntroCardIn } from '../card/card-sentences.js';
import { asksInSession } from '../layouts/qa-pairs.js';
import { cardShapeDoubts, isCardFieldsLine, isOddHospital, withCardFields, withoutPostAsTitle, type FoundCard } from '../card/doctor-card.js';
import { parseCardParts } from '../card/card-parts.js';
import { cardParts } from '../card/card-element.js';
import { untoldLabelledPeople } from '../card/aside-people.js';
import { dottedNamePair, isFieldsHeading } from '../words/card-words.js';
import { isCardLine, isDiseaseCentre, isOtherDoctorsHead, WHOLE_TITLE_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isDoctorBoxHead, withCardBox } from '../card/card-box.js';
import { ANSWERER_LABEL_RE, CARD_HEAD_RE } from '../words/answer-labels.js';
import type { Kind } from './line-kinds.js';
import { readCardPictures } from '../card/card-pictures.js';
import { photoAfterAnswer, photoCard, photoOnlyCard } from '../card/photo-card.js';
import { verifiedAccountCard } from '../card/account-post.js';
import { withCellCard } from '../layouts/label-cells.js';
import { withRowsAfter } from '../card/card-rows.js';
import { headerHospital } from '../layouts/merchant-header.js';
import { isSitePublisher, publisherHospital } from '../card/publisher.js';
import { sourceUnit } from '../card/source-unit.js';
import { signedByTeam, teamHeader, withTeam } from '../card/team-reply.js';
import { departmentAskedOf, departmentFromBreadcrumb, ownCardDepartment, sourceDepartment } from './answer-department.js';
import { dentalChainSite, mastheadGrade, ownStaffSite, siteHospital } from './site-hospital.js';
import { authorNoteCard, authorNoteClinic } from '../card/author-note.js';
import { hasEnglishTitle } from '../card/english-card.js';
import { readInfoLine } from '../dates/post-stamp.js';
import type { ClassifiedLines } from './answer-lines.js';

/** A line that says which doctor answers (`王医生 回答：`, `李大夫的回复`): the surname or name before 医生/大夫. */
const SIGNED_RE = /^(\p{Script=Han}{1,3}?)(?:医生|大夫)\s*的?\s*(?:回答|解答|回复|答复)?\s*[:：]?$/u;
/** The name or surname of the doctor a line near the answer says answers, where one does. */
export function signedBy(blocks: Block[], question: number, end: number): string | null {
  // Within a box of other doctors: their linked names under its head (推荐医生, 相关医生), none of them signing the answer.
  let doctorBox = false;
  for (let i = question + 1; i < end; i++) {
    const line = blocks[i]!.text.replace(/\s+/gu, '');
    if (blocks[i]!.chars <= 12 && blocks[i]!.linkChars === 0 && isOtherDoctorsHead(line.replace(/[:：]$/u, ''))) {
      doctorBox = true;
      continue;
    }
    doctorBox &&= blocks[i]!.linkChars >= blocks[i]!.chars;
    if (doctorBox) continue;
    // A title of the vocabulary (`副主任医生`) names no one, nor a role's tag (义诊医生, 授课医生).
    // Nor does the heading of the doctor's box (关于医生, 主讲医生, 答疑医生) or a prompt to read the answer (查看医生回答).
    // Nor does the asker's thanks (谢谢医生, 感谢医生), nor a box's call to ask (免费问医生, 在线问医生).
    // Nor a word praising who answers (权威医生解答, 资深医生, 三甲医生: a platform's label over a certified doctor's answer).
    // Nor a card's button to book them (`预约此医生`, call-to-action.ts).
    const m = blocks[i]!.chars <= 12 && !WHOLE_TITLE_RE.test(line) && !isBookingButton(line) && !isDoctorBoxHead(line) && !isFieldsHeading(line) && !CARD_HEAD_RE.test(line.replace(/[:：]$/u, '')) ? line.match(SIGNED_RE) : null;
    if (m && !/^(?:主治|主任|专家|接诊|回答|解答|回复|答复|推荐|签约|家庭|认证|已认证|问|找|好|名|约|请|向|咨询|在线|免费|预约|本文|本篇|相关|同科室|本科室|本院|同院|其他|更多|热门|查看|展开|点击|主诊|责任|值班|审核|复核|审阅|义诊|出诊|坐诊|授课|主讲|答疑|谢谢|感谢|多谢|权威|知名|资深|专业|优质|三甲|平台|入驻|合作|(?:免费|在线|快速|立即|马上|极速)(?:问|找|咨询))$/u.test(m[1]!)) return m[1]!;
  }
  return null;
}
const NO_CARD = 'no doctor card found';
/**
 * A card split in two (name and title over the answer, department and hospital under it): the
 * card-fields line just after the answer fills what the card lacks, where it names no other doctor.
 */
function withFooter(blocks: Block[], kinds: Kind[], last: number, end: number, doctor: Doctor): Doctor {
  if (last < 0 || (doctor.department && doctor.hospital && doctor.hospital_grade)) return doctor;
  for (let i = last + 1; i < end && i <= last + 4; i++) {
    if (kinds[i] === 'text' || kinds[i] === 'heading') break;
    if (kinds[i] !== 'card') continue;
    // Another doctor's name over it: the fields are that doctor's card (the next answer's).
    const named = parseCardParts([blocks[i]!.text]).name;
    if (named && named !== doctor.name) break;
    if (!isCardFieldsLine(blocks[i]!.text)) continue;
    return withCardFields(doctor, blocks[i]!.text) ?? doctor;
  }
  return doctor;
}
/**
 * A card printed as one line of text where no element holds it alone (a print version's
 * `医生：name title hospital grade department` in a <pre>): the line before the answer that names
 * a doctor, a title and a hospital, and nothing else.
 */
function cardLine(blocks: readonly Block[], kinds: readonly Kind[], question: number, answer: number, credit: number | undefined): Doctor | null {
  const found: Doctor[] = [];
  for (let i = question + 1; i < answer; i++) {
    // A credit's sentence (credit-sentence.ts) is read by its own rule: its words around the card are none of it.
    if (kinds[i] !== 'card' || blocks[i]!.chars > 60 || i === credit) continue;
    const doctor = parseCardParts([blocks[i]!.text]);
    if (doctor.name && doctor.title && doctor.hospital) found.push(doctor);
  }
  return found.length === 1 ? found[0]! : null;
}
/**
 * No card read: the page says so where it shows something card-like near the answer, and in
 * any case (every answer of the genre is a doctor's; a card in words or markup the reader does
 * not know is the likelier reason than none at all).
 */
function noCard(blocks: Block[], question: number, end: number, doubts: string[]): Doctor {
  let seen: string | null = null;
  for (let i = question + 1; i < end && seen === null; i++) {
    const text = blocks[i]!.text;
    if (text.length <= 40 && isCardLine(text)) seen = text;
  }
  doubts.push(seen ? `a doctor card the reader could not read (${seen})` : NO_CARD);
  return { name: null, title: null, department: null, hospital: null, hospital_grade: null };
}

/** A label in the zone naming the answer the doctor's (专家解答, 医生回答). */
const answererLabelled = (blocks: readonly Block[], question: number, end: number) => blocks.slice(question + 1, end).some((b) => b.chars <= 8 && ANSWERER_LABEL_RE.test(b.text.trim()));

/** How far above the question a labelled expert bio may stand (between the article's heading and its `问：` line). */
const BIO_LINES_ABOVE = 3;

/** Where the answer was read: the question's line, the answer's first and last lines, the zone's end. */
interface AnswerPlace {
  blocks: Block[];
  card: FoundCard | null;
  at: { index: number; text: string };
  first: number;
  last: number;
  end: number;
}

/**
 * The answering doctor as the page names them: the card's (its pictures read), else a byline, a bio sentence,
 * a record's cells, a card line, a photo's caption, a credit, an account or a reader view's byline; else no one, doubted.
 */
export function readDoctor(read: AnswerPlace & Pick<ClassifiedLines, 'kinds' | 'cellCard' | 'credited' | 'account' | 'viewByline' | 'chat'>, doubts: string[]): Doctor {
  const { blocks, kinds, cellCard, credited, account, viewByline, chat, card, at, first, last, end } = read;
  const pictured = card ? readCardPictures(card.element, card.doctor) : null;
  if (pictured) doubts.push(...pictured.doubts);
  const byline = card ? null : authorCard(blocks, last + 1);
  // (Or the column's writer introducing themselves over or under the answer, card-sentences.ts: read first, a bio sentence's reading
  // taking `我是王芳` for the name where the intro closes the post, review pages.)
  const bio = card || byline ? null : (selfIntroCardIn(blocks, at.index + 1, end) ?? bioSentenceCard(blocks, last + 1, end) ?? (first >= 0 ? bioSentenceCard(blocks, Math.max(0, at.index - BIO_LINES_ABOVE), first, true) : null) ?? headedBioCard(blocks, last + 1, end));
  const doctor = pictured?.doctor ?? byline ?? bio ?? (card ? null : cellCard.doctor) ?? cardLine(blocks, kinds, at.index, first, credited?.line) ?? (card ? null : photoCard(blocks, (i) => kinds[i] === 'card', at.index, first) ?? photoOnlyCard(blocks, at.index, first)) ?? credited?.doctor ?? (account ?? verifiedAccountCard(blocks, at.index))?.doctor ?? (viewByline?.name ? { name: viewByline.name, title: null, department: null, hospital: null, hospital_grade: null } : null) ?? (card || last < 0 ? null : authorNoteCard(blocks, last + 1, end)) ?? (card ? null : practiceSentenceCard(blocks, Math.max(0, at.index - BIO_LINES_ABOVE), end)) ?? (card ? null : photoAfterAnswer(blocks, last)) ?? (card || !chat.guest || last < 0 ? null : guestBioCard(blocks, chat.guest, last + 1, end)) ?? noCard(blocks, at.index, end, doubts);
  return doctor;
}

/**
 * The card's doctor completed from the rest of the page: its footer, cells, rows and box, the department and
 * hospital the page names elsewhere, a publisher's or team's; and the doubts the doctor read raises.
 */
export function completeDoctor(read: AnswerPlace & Pick<ClassifiedLines, 'kinds' | 'cellCard' | 'info'> & { listEnd: number; title: string }, doctor: Doctor, doubts: string[]): Doctor {
  const { blocks, kinds, cellCard, info, card, at, first, last, end, listEnd, title } = read;
  if (card) doctor = withFooter(blocks, kinds, last, end, doctor);
  // The card's fields it leaves out, where a record's card cells name the same doctor (`所在医院：` beside its value).
  if (card && cellCard.doctor?.name === doctor.name) doctor = withCellCard(doctor, cellCard.doctor);
  // The card's rows after its element, before the answer (an app's card: name row, place row, counters).
  if (card && first >= 0) doctor = withRowsAfter(blocks, kinds, card, first, doctor);
  // The card's other half in a box of its own after the answer (关于医生: hospital, department).
  if (card && last >= 0) doctor = withCardBox(blocks, last + 1, listEnd, doctor);
  if (card && doctor.department === null) doctor.department = departmentFromBreadcrumb(blocks, end, doctor) ?? departmentAskedOf(blocks, at.index, end, doctor.name) ?? sourceDepartment(info.sources) ?? ownCardDepartment(blocks, doctor);
  // The clinic a paper's note on its columnist names after the text (author-note.ts).
  if (doctor.hospital === null && last >= 0) doctor = { ...doctor, hospital: authorNoteClinic(blocks, last + 1, listEnd, doctor.name) };
  // So too the expert's bio under its box's head after the answer, where it names no hospital (card-sentences.ts), and the expert of
  // a session the site records (qa-pairs.ts: its 答疑会, its 病友会's 答疑摘录), named in its report.
  const headedBio = !card && doctor.hospital === null && doctor.name !== null && headedBioCard(blocks, last + 1, end)?.name === doctor.name;
  const sessionExpert = !card && doctor.name !== null && asksInSession(blocks, at.index);
  // So too a record's card cells naming who replied and no hospital (a hospital's own board, label-cells.ts): the site's.
  const cellsOnly = !card && doctor.hospital === null && doctor.name !== null && cellCard.doctor?.name === doctor.name;
  if ((card || headedBio || sessionExpert || cellsOnly) && doctor.hospital === null) Object.assign(doctor, siteHospital(blocks, at.index, listEnd, title, doctor));
  // A dentist named with no hospital on a dental chain's own site (`某某口腔`, a credit's `审核专家：` too): the chain (site-hospital.ts).
  if (doctor.hospital === null) doctor.hospital = dentalChainSite(blocks, at.index, listEnd, title, doctor);
  // A platform's own staff, a line of their card naming the site before their role (`智云健康控糖营养师`), between the question and
  // the answer: the site (site-hospital.ts).
  if (card && doctor.hospital === null && first > at.index) doctor.hospital = ownStaffSite(blocks.slice(at.index + 1, first).map((b) => b.text), title, doctor.name);
  // A hospital's page on a directory or local-services app: the header's hospital, the grade among its tags (merchant-header.ts).
  const header = card && doctor.hospital === null ? headerHospital(blocks, at.index, title) : null;
  if (header) Object.assign(doctor, { hospital: header.hospital, hospital_grade: doctor.hospital_grade ?? header.hospital_grade });
  if (card && doctor.hospital !== null && doctor.hospital_grade === null) doctor.hospital_grade = mastheadGrade(blocks, at.index, doctor.hospital);
  // No one named answering a record whose meta bar names its source unit (`来源单位：某医院`, a 知识库's entry): the unit's answer (source-unit.ts).
  if (doctor.name === null && doctor.hospital === null && doctor.department === null && first >= 0) doctor = { ...doctor, ...sourceUnit(blocks, at.index, first) };
  // A hospital's account publishing its doctor's answer: the account's hospital, and its grade (publisher.ts).
  const publisher = doctor.name !== null && (doctor.hospital === null || doctor.hospital_grade === null) ? publisherHospital(blocks, at.index) : null;
  if (publisher && (doctor.hospital ?? publisher.hospital) === publisher.hospital) doctor = { ...doctor, hospital: publisher.hospital, hospital_grade: doctor.hospital_grade ?? publisher.hospital_grade };
  // A doctors' team's page: the team's hospital and department, no one named where the team alone signs (team-reply.ts).
  const team = teamHeader(blocks, at.index);
  if (team) {
    const alone = signedByTeam(blocks, at.index, end);
    doctor = withTeam(doctor, team, alone);
    if (alone && doubts.includes(NO_CARD)) doubts.splice(doubts.indexOf(NO_CARD), 1);
  }
  // A byline's `{name}醫師` completed by the writer's profile beside their name (an author box's bio, writer-profile.ts).
  doctor = withWriterProfile(blocks, doctor);
  doctor = withoutPostAsTitle(doctor);
  // A card naming no hospital beside a line ending in three capitalised words or more, no name, rank or degrees among them
  // (`Chinatown Internal Medicine`, `湾区华人家庭医疗 Bay Area Family Medical Group`): a practice's name the reader may not know as one.
  const unreadEnglish = card && doctor.hospital === null ? cardParts(card.element).find(isUnreadEnglishLine) : undefined;
  if (unreadEnglish) doubts.push(`the card prints a line in English the reader read as no field (${unreadEnglish})`);
  // A grade is a hospital's: where no hospital is read, a level the card prints (a nutritionist's `二级`) is none of one.
  if (doctor.hospital === null && doctor.hospital_grade !== null) doctor = { ...doctor, hospital_grade: null };
  // A hospital not shaped as one that is the site's own publisher (its masthead's, its © line's) stands as printed (publisher.ts).
  // (Asked only of such a hospital: the page's lines are looked at again.)
  doubts.push(...cardShapeDoubts(doctor, isOddHospital(doctor) && isSitePublisher(blocks, at.index, doctor.hospital!)));
  // A centre named by a disease read as the department (`冠心病中心`) with no hospital read beside it may be the hospital itself
  // (`中山肿瘤中心`, `和睦家癌症中心`): no sure reading of either.
  if (doctor.hospital === null && doctor.department !== null && isDiseaseCentre(doctor.department)) doubts.push(`a centre named by a disease as the department, no hospital read (${doctor.department})`);
  if (card && (!card.doctor.name || (!card.doctor.title && !card.printsNoTitle))) doubts.push('doctor card without a name or a title');
  // The card's name joined by a dot to another's (`李明·王芳`, card-words.ts dottedNamePair), not the place of its hospital: which answers is untold.
  const pair = card && doctor.name ? cardParts(card.element).map(dottedNamePair).find((p) => p?.includes(doctor.name!)) : undefined;
  if (pair && !pair.some((n) => n !== doctor.name && doctor.hospital?.startsWith(n))) doubts.push(`the card names two people joined by a dot (${pair.join('·')})`);
  // Two people under labels that tell no answerer (`主任医师：李明` over `主治医师：王刚`): which the card is, untold (aside-people.ts).
  // (The card's parts, every card's found near the answer and its box's: each labelled row may be read as a card of its own.)
  const people = card && doctor.name ? untoldLabelledPeople(cardBoxParts(card), doctor.name) : [];
  if (people.length > 0) doubts.push(`the card names ${people.join(' and ')} under labels, none saying who answers`);
  // A card far above the question naming no hospital, taken as a hospital's own site's: where the site names none, it may be a
  // directory's card whose hospital the reader did not tell.
  if (card?.siteHospitalOnly && doctor.hospital === null) doubts.push('a card above the question names no hospital, and the site names none');
  // Such a card is the answerer's where a label names the answer an expert's (专家解答); an article no one is said to answer (a
  // 宣传科's text) may stand beside any doctor the site shows.
  else if (card?.siteHospitalOnly && !answererLabelled(blocks, at.index, end)) doubts.push('a card above the question names no hospital, and no label names the answer a doctor’s');
  const signer = signedBy(blocks, at.index, end);
  // A platform's name for its doctors (`爱问医生` on 爱问知识人) is the site's, which the title names after the question: no one signs so.
  if (signer && doctor.name && !doctor.name.startsWith(signer) && !title.replace(at.text, '').includes(signer)) doubts.push(`the answer is signed by another doctor (${signer}医生) than the card's`);
  return doctor;
}

/**
 * A column's doctor (column-answer.ts) completed from the page as a card is (completeDoctor): the department the article's info
 * line names as its source (`来源：泌尿外科`), where the credit names none; the grade the masthead prints beside the credit's hospital
 * (a hospital's own 健康问答 signed `（{hospital} {name} {title}）`).
 */
export function completeColumnDoctor(blocks: readonly Block[], question: number, answerLabel: number, doctor: Doctor): Doctor {
  let done = doctor;
  if (done.name !== null && done.department === null) {
    const sources = blocks.slice(question + 1, answerLabel).flatMap((b) => (b.chars <= 100 ? (readInfoLine(b.text)?.source ?? []) : []));
    const department = sourceDepartment(sources);
    if (department !== null) done = { ...done, department };
  }
  if (done.hospital !== null && done.hospital_grade === null) done = { ...done, hospital_grade: mastheadGrade(blocks, question, done.hospital) };
  return done;
}

/** The longest box around a card whose rows are still a card's: a few short lines. */
const CARD_BOX_MAX_CHARS = 120;
/** The parts of the card, of every card found near the answer, and of the box holding the card where it is small (its other labelled rows). */
function cardBoxParts(card: FoundCard): string[] {
  const box = card.element.parent;
  const boxParts = box && box.type === 'tag' ? cardParts(box as Element) : [];
  const small = boxParts.join('').length <= CARD_BOX_MAX_CHARS;
  return [card.element, ...card.elements].flatMap(cardParts).concat(small ? boxParts : []);
}

const ENGLISH_WORDS_AT_END_RE = /(?:^|\s)[A-Z][A-Za-z'’&.-]*(?:\s+(?:[A-Z&][A-Za-z'’&.-]*|of|and|de|du)){2,7}$/u;
const isUnreadEnglishLine = (part: string) => {
  const text = part.trim();
  return text.length <= 60 && ENGLISH_WORDS_AT_END_RE.test(text) && !/\bDr\.?\s/u.test(text) && !/[,，]/u.test(text) && !hasEnglishTitle(text) && !/\d/u.test(text);
};
