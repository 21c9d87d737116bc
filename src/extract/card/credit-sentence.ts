import type { Doctor } from '../../schema/entry.js';
import { isName } from '../words/card-words.js';
import { TITLE_RE, WHOLE_HOSPITAL_RE } from '../words/genre.js';
import { parseCardParts, parseDoctorCard } from './card-parts.js';
import { isSitePublisher } from './publisher.js';
import { isRosterLine } from './clinic-roster.js';
import type { Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { isNewsLead } from '../words/news-lead.js';
import { REPLY_WORD, isForwardingNote } from '../words/answer-extras.js';

/**
 * An article's line introducing who answers (`本期由我院儿童保健科副主任医师东方琳勇为大家解答。`,
 * `本期邀请到我院眼科医师邹宏勇为大家解答`): the card in a sentence, before the answer, none of it.
 * 我院 / 本院 names the publisher's hospital, which the page's header gives (publisher.ts).
 */
// The credited part holds one guest: guests listed (`主任医师程霞、李明`) are no one card (the last name is not the first's title's).
const CREDIT_CLAUSE = String.raw`(?:由|邀请到?了?|特邀|请到了?)(?:我院|本院)?([^，,。；;、]{4,30}?)[，,]?(?:为|给|向)(?:大家|您|你|各位|读者|网友|听众|观众)?(?:详细)?(?:解答|讲解|答疑|回答|科普|解读|分享)(?:一下)?(?:相关问题|这个问题|此问题)?`;
const CREDIT_RE = new RegExp(String.raw`^(?:本期|本文|本篇|本问题|今天|这期|今日)?(?:节目)?${CREDIT_CLAUSE}[。！!.]?$`, 'u');
/**
 * A news story's lead (news-lead.ts) crediting its guest in its last sentence (`央广网北京11月15日消息　据…报道，本期节目邀请到
 * {hospital}{department}{title}{name}，为听众解答相关问题。`): that sentence is the credit, the lead none of the answer either way.
 */
const LEAD_CREDIT_RE = new RegExp(String.raw`[，,](?:本期|这期|今天|今日)(?:节目)?${CREDIT_CLAUSE}[。！!.]?$`, 'u');

/**
 * A column's closing credit in brackets naming who answers it (`（本栏由{hospital}{department}专科医生{name}医生解答）`, as a paper abroad
 * signs its 医药顾问 column): the card in a sentence of its own after the text, none of the answer.
 */
const COLUMN_CREDIT_RE = /^[（(]\s*本(?:栏|栏目|版|期|文)由\s*([^（）()，,。；;！!？?]{4,40}?)\s*(?:为您|为大家|为读者)?(?:解答|答疑|回答|解惑)\s*[）)]$/u;
/**
 * An office's note relaying the reply, naming whose it is (`您好，这里是某医院国际诊疗中心。针对您咨询的问题，消化内科尹智媛教授（윤지원）
 * 的答复如下：`, answer-extras.ts's relayed reply): the card in the note, the note none of the answer. The name in another script in
 * brackets beside it is none of the card.
 */
const RELAYED_CREDIT_RE = /[，,。]\s*(?:针对您?(?:咨询|提出|反映|所问)?的问题[，,]\s*)?([^，,。；;：:]{4,40}?)的?(?:答复|答覆|回复|回覆|解答)如下\s*[:：。]?$/u;
const OTHER_SCRIPT_ASIDE_RE = /\s*[（(][^（）()\p{Script=Han}]+[）)]\s*/gu;
/** A department, a name and a title run together (`消化内科尹智媛教授`): the name set apart from both, as a card prints it. */
const NAME_BEFORE_TITLE_RE = new RegExp(`^(\\p{Script=Han}{1,12}?(?:科|部|中心))(\\p{Script=Han}{2,4}?)${TITLE_RE.source}$`, 'u');
const spacedBeforeTitle = (who: string): string => who.trim().replace(NAME_BEFORE_TITLE_RE, '$1 $2 $3');
/** The hospital whose office relays the reply (`这里是首尔峨山医院国际诊疗中心`): the relayed doctor's, where the note names no other. */
function relayingHospital(note: string): string | null {
  const office = note.match(/这里是([^。，,！!]{4,30})/u)?.[1];
  if (!office) return null;
  for (let cut = 4; cut <= office.length; cut++) {
    const hospital = office.slice(0, cut);
    if (/[医醫]院$/u.test(hospital) && WHOLE_HOSPITAL_RE.test(hospital)) return hospital;
  }
  return null;
}
/**
 * A lede's closing sentence inviting the doctor by name and calling, the card in brackets after it (`不少讀者都有類似疑問，今次邀請了
 * {name}醫生（{specialty}專科醫生）解答。`, as Hong Kong's media introduce who answers): the card in a sentence, none of the answer.
 * The calling is no title; the bracket's is (registered-specialist.ts reads a `{specialty}專科醫生` there).
 */
const CALLED_INVITE_RE = /(?:^|[，,。])\s*(?:本期|这期|今期|今次|这次|此次|今天|今日)?(?:特别)?(?:邀请到?了?|请来了?|请到了?|特邀)(\p{Script=Han}{2,4}?)(?:医生|医师|大夫)\s*[（(]([^（）()，,。；;！!？?]{2,30})[）)]\s*(?:为|给|向)?(?:大家|您|你|各位|读者|网友)?(?:详细)?(?:解答|讲解|答疑|回答|解读|解惑)[。！!.]?$/u;
function calledInvite(text: string): Doctor | null {
  const m = text.length <= 80 ? text.match(CALLED_INVITE_RE) : null;
  if (!m || !isName(m[1]!)) return null;
  const card = parseCardParts([m[2]!]);
  return card.title && !card.name ? { ...card, name: m[1]! } : null;
}

/** The credit line among lines from..to, with the doctor it names (a title and a name at least), or null. */
export function creditSentence(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    const text = blocks[i]!.text.trim();
    const invited = calledInvite(text);
    if (invited) return { line: i, doctor: invited };
    const m = (text.length <= 60 ? (text.match(CREDIT_RE) ?? text.match(COLUMN_CREDIT_RE)) : null) ?? (isNewsLead(text) ? text.match(LEAD_CREDIT_RE) : null) ?? (isForwardingNote(text) ? text.match(RELAYED_CREDIT_RE) : null);
    if (!m) continue;
    const named = parseCardParts([spacedBeforeTitle(m[1]!.replace(OTHER_SCRIPT_ASIDE_RE, ''))]);
    const doctor = named.hospital === null ? { ...named, hospital: relayingHospital(text) } : named;
    if (doctor.name && doctor.title) return { line: i, doctor };
  }
  return null;
}

/**
 * A session record's intro inviting its experts (`近日，我们邀请到{hospital}{department}{name}{title}、{name}{title}，为戈谢病病友及家属在线
 * 答疑。现将部分问答整理如下…`), above the Q&As it records: the card of the one answering. With several guests, only the one the first
 * 答 names (`答（{name}）：`); none where it names no one.
 */
const SESSION_INVITE_RE = /(?:邀请到?了?|请到了?|特邀)(?:我院|本院)?([^，,。；;]{4,80}?)[，,]\s*(?:在线|现场)?(?:为|给|向)[^。！!，,]{0,30}?(?:在线|现场)?(?:答疑|解答|讲解|解惑|答疑解惑)/u;
/** How far above the first Q&A the intro may stand (the record's source line, the experts' box, the session's time between). */
const INVITE_LINES = 12;
/** The name a pair's 答 gives in brackets (`答（王芳）：`, `答（王芳主任医师）：`). */
const ANSWER_NAMED_RE = /^\s*答\s*[（(]([^（）()]{2,12})[）)]\s*[:：]/u;

/** `question`: a pair's 问 in a session's record (the caller knows the record's shape: layouts/qa-pairs.ts, asksInSession). */
export function sessionInvite(blocks: readonly Block[], question: number): { line: number; doctor: Doctor } | null {
  const named = blocks[question + 1]?.text.match(ANSWER_NAMED_RE)?.[1] ?? null;
  const invite = inviteAbove(blocks, question);
  if (!invite) return namedInReport(blocks, question, named);
  const { line, guests } = invite;
  const doctor = guests.length === 1 ? guests[0]! : guests.find((g) => g.name !== null && named !== null && named.startsWith(g.name));
  return doctor && doctor.name && doctor.title ? { line, doctor } : null;
}
/** The title a session's invite above its first pair prints right after `name` (`…上官志建医师、…`), or null. */
export function invitedTitle(blocks: readonly Block[], question: number, name: string): string | null {
  const invite = inviteAbove(blocks, question);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return invite ? (blocks[invite.line]!.text.match(new RegExp(`${escaped}${TITLE_RE.source}`, 'u'))?.[1] ?? null) : null;
}
function inviteAbove(blocks: readonly Block[], question: number): { line: number; guests: Doctor[] } | null {
  for (let i = question - 1; i >= Math.max(0, question - INVITE_LINES); i--) {
    const m = blocks[i]!.text.match(SESSION_INVITE_RE);
    if (m) return { line: i, guests: m[1]!.split('、').map((g) => parseCardParts([g])) };
  }
  return null;
}

/**
 * A report of the session (`活动中，内分泌科王芳主任医师以“…”为题进行了讲解…`) naming its expert in a sentence above the pairs, whose
 * first 答 names them with their title in brackets (`答（王芳主任医师）：`): the department run into the name before it, name and title.
 */
function namedInReport(blocks: readonly Block[], question: number, named: string | null): { line: number; doctor: Doctor } | null {
  const labelled = named ? parseCardParts([named]) : null;
  if (!labelled?.name || !labelled.title) return null;
  const run = new RegExp(`([^，,。；;：:“”"（）()\\s]{0,30}?)${labelled.name}${labelled.title}`, 'u');
  for (let i = question - 1; i >= Math.max(0, question - INVITE_LINES); i--) {
    const m = blocks[i]!.text.match(run);
    if (!m) continue;
    // The run before the name its unit: the department, the hospital where printed.
    const unit = m[1] ? parseCardParts([m[1]]) : null;
    if (unit && !unit.name && !unit.title && (unit.department || unit.hospital)) return { line: i, doctor: { ...unit, name: labelled.name, title: labelled.title } };
  }
  return null;
}

/**
 * A unit's credit for the text under it (`（本文由江州市疾病预防控制中心免疫规划所提供）`): where no one signs it, the unit
 * answered — its hospital (or CDC) and department, no name or title; none of the answer.
 */
const UNIT_CREDIT_RE = /^[（(]?\s*(?:本文|本内容|本篇|以上内容)\s*由\s*(\S{4,30}?)\s*(?:提供|供稿)\s*[）)]?[。.]?$/u;
/** So is a unit's expert group signing the answer in brackets after it (`（中国疾控中心营养与健康所专家组）`): the unit answered, no one named. */
const GROUP_CREDIT_RE = /^[（(]\s*(\S{4,30}?)\s*专家组\s*[）)]$/u;

/** The unit credit among lines from..to, with the unit as a doctor without name or title, or null where the unit is no hospital. */
export function unitCredit(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    const m = blocks[i]!.text.trim().match(UNIT_CREDIT_RE) ?? blocks[i]!.text.trim().match(GROUP_CREDIT_RE);
    if (!m) continue;
    const doctor = parseCardParts([m[1]!]);
    return doctor.hospital !== null && doctor.name === null && doctor.title === null ? { line: i, doctor } : null;
  }
  return null;
}

/**
 * A signature closing the answer under the label of who answered (`解答：{centre}卫生中心 {name}医生`, as a health bureau's 健康问答
 * signs each reply): the hospital, then the name with its calling after it, nothing else; a calling is no title. Not the label over
 * an answer (`解答：` alone, or its first sentence after it).
 */
const CLOSING_SIGNATURE_RE = /^(?:解答|答复|回复|作答)\s*[:：]\s*(\S{4,30})\s+(\S{2,4}?)(?:医生|医师|大夫)$/u;

/** The closing signature (above) among lines from..to, the doctor it names with a hospital, or null. */
export function closingSignature(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    if (blocks[i]!.chars > 40) continue;
    const m = blocks[i]!.text.trim().match(CLOSING_SIGNATURE_RE);
    if (!m) continue;
    const doctor = parseCardParts([m[1]!, m[2]!]);
    if (doctor.hospital === m[1] && doctor.name === m[2] && doctor.title === null) return { line: i, doctor };
  }
  return null;
}

/**
 * A signature closing the answer after a dash (`——{hospital}{department} {title} {name}`, a column's sign-off under the text): the
 * card, where it names a doctor with a title and a hospital and says nothing more, and nothing of prose follows it (a dash-led line
 * amid the text is a quotation's source or a subtitle). Read only where the page prints no other card.
 */
const DASH_SIGNATURE_RE = /^[—–]{1,2}\s*([^，,。；;！!？?：:]{6,40})$/u;
/** The doctor a dash-led signature line names (above), or null. */
export function dashSignedCard(text: string): Doctor | null {
  const m = text.trim().match(DASH_SIGNATURE_RE);
  if (!m) return null;
  const doctor = parseDoctorCard(m[1]!);
  return doctor.name && doctor.title && doctor.hospital && !saysMoreThanCard(m[1]!, doctor) ? doctor : null;
}
export function dashSignature(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    const doctor = dashSignedCard(blocks[i]!.text);
    if (!doctor) continue;
    // The answer's prose after it: no closing signature.
    if (blocks.slice(i + 1, to).some((b) => b.chars > 30 && /[。！？!?]/u.test(b.text) && b.linkChars === 0 && !/^[（(].*[）)]$/u.test(b.text.trim()))) return null;
    return { line: i, doctor };
  }
  return null;
}

/**
 * A byline of who answered, its label first, the name with its calling and the body they answer for after it (`回答：潘怡醫生　家計會`,
 * `解答醫生：潘怡醫生 家計會`): the calling (醫生) is no title, so no title; the body the hospital where shaped as one or where it is
 * the site's own publisher (its masthead's, its © line's: publisher.ts), an association running its own clinics.
 */
const CALLED_BYLINE_RE = /^(?:回答|解答|回复|答复|解答医生|回复医生|答复医生)\s*[:：]\s*(\p{Script=Han}{2,4}?)(?:医生|医师|大夫)\s+(\S{2,20})$/u;
export function calledByline(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    if (blocks[i]!.chars > 40) continue;
    const m = blocks[i]!.text.trim().match(CALLED_BYLINE_RE);
    if (!m || !isName(m[1]!)) continue;
    const unit = parseCardParts([m[2]!]);
    const shaped = unit.hospital === m[2] && !unit.name && !unit.title;
    if (shaped || isSitePublisher(blocks, from - 1, m[2]!)) return { line: i, doctor: { name: m[1]!, title: null, department: null, hospital: m[2]!, hospital_grade: shaped ? unit.hospital_grade : null } };
  }
  return null;
}

/**
 * A newspaper's credits of who answers: a subtitle led by a dash (`——{hospital}{department}{title}{name}为您解答`),
 * or a lead-in's sentence (`本期我们请来{…}为大家解答。`) inside a longer paragraph.
 */
const DASH_CREDIT_RE = /^[—–-]{1,2}\s*(.{4,40}?)(?:为|给|向)?(?:大家|您|你|各位|读者)?(?:详细)?(?:解答|答疑|释疑|解读)$/u;
// The guest sits for the hotline before answering (`…{title}{name}坐诊，为读者解答`, `…做客热线`): what they do, none of the name.
const LEAD_IN_CREDIT_RE = /(?:请来|请到|邀请到?|特邀)了?(?:我院|本院)?(.{4,40}?)(?:(?:坐诊|出诊|做客|值班|接听热线)[，,]?)?(?:为|给|向)(?:大家|您|你|各位|读者|网友)(?:详细)?(?:解答|答疑|讲解|解读)/u;

/**
 * A magazine's byline: the author after the box (`□ {hospital}{department} {title} {name}`), after `文/`
 * (`文/{name}（{hospital}{department}{title}）`) or `作者：` (`作者：{name} {title}`); a newspaper column's
 * `答者：{name}医生（{hospital}{department}{title}）` and `撰文：` too.
 */
const BYLINE_RE = /^(?:[□■◎]|文\s*[/／]|(?:作者|答者|撰文|撰稿)\s*[:：])\s*([^，,。；;！!？?]{2,60})$/u;
/** The calling after a name (`王芳医生`). */
const CALLING_RE = /(?:医生|医师|大夫)$/u;
/**
 * The labels naming who signs a reply (答复人, 解答专家, 回复医生, 答复医生: the reply's words of answer-extras.ts, whose labelled name takes them too; a magazine column's `本期答疑专家`; a newspaper's expert interviewed, `受访专家`,
 * or invited to answer its readers, `特邀专家`).
 */
const SIGNER_LABELS = `(?:${REPLY_WORD}|解答)(?:人|专家|医生)|(?:本期|本题)?答疑(?:专家|医生)|(?:受访|特邀|坐诊)(?:专家|医生)`;
/** The label a signature may open with (答复人：, 解答专家：, a board's bare 专家： or 医生：). */
export const SIGNER_LABEL_RE = new RegExp(`^[（(]?\\s*(?:${SIGNER_LABELS}|专家|医生)\\s*[:：]`, 'u');
/**
 * A news column's card printed as a signature, before the text or after it in brackets (`解答专家：name，hospital department title`,
 * `（解答专家：hospital department title name）`): a short line, no sentence, naming a doctor with a title and a hospital. A bare
 * `专家：` or `医生：` line is left as it was (a hospital's own column prints `专家：department name title`, its hospital in the header).
 */
// A column's bare `解答：` too, over the card alone on its line (`解答：{hospital}{department}专科医生 {name}`): the whole card after it, no sentence.
const SIGNATURE_LABEL_RE = new RegExp(`^[（(]?\\s*(?:${SIGNER_LABELS}|解答)\\s*[:：]`, 'u');
export function signedCard(t: string): Doctor | null {
  if (t.length > 70 || !SIGNATURE_LABEL_RE.test(t) || /[。；;！!？?]/u.test(t)) return null;
  const doctor = parseDoctorCard(t);
  return doctor.name && doctor.title && doctor.hospital && !saysMoreThanCard(t, doctor) ? doctor : null;
}
/**
 * A Q&A's head line naming whom the reader consulted, right above the question (`咨询医师：{department} {name} 医师`, `答疑专家：{name}
 * {title}`, a newsletter's or a column's 医师Q&A): the answering doctor's card, a short line of card words alone under its label.
 * Between the question and the heading (or the line) before it, a few lines up at most; the element holding that line alone.
 */
const CONSULTED_LABEL_RE = new RegExp(`^(?:${SIGNER_LABELS}|咨询(?:医师|医生|专家))\\s*[:：]`, 'u');
const CONSULTED_LINES_ABOVE = 2;
export function consultedCardAbove(blocks: readonly Block[], question: number): { element: Element; doctor: Doctor } | null {
  for (let i = question - 1; i >= Math.max(0, question - CONSULTED_LINES_ABOVE); i--) {
    const b = blocks[i]!;
    if (b.heading) return null;
    const t = b.text.trim();
    if (t.length > 40 || !CONSULTED_LABEL_RE.test(t) || /[。；;！!？?]/u.test(t)) continue;
    const doctor = parseDoctorCard(t.replace(CONSULTED_LABEL_RE, ''));
    if (!doctor.name || !doctor.title || saysMoreThanCard(t.replace(CONSULTED_LABEL_RE, ''), doctor)) return null;
    // The smallest element around the line that holds nothing of the question.
    let el = (b.node?.type === 'text' ? b.node.parent : b.node) as Element | null;
    while (el && el.parent && el.parent.type === 'tag' && !inside(blocks[question]!.node, el.parent as Element) && blocks.filter((x) => inside(x.node, el!.parent as Element)).length === 1) el = el.parent as Element;
    return el && el.type === 'tag' && !inside(blocks[question]!.node, el) ? { element: el, doctor } : null;
  }
  return null;
}
/**
 * Whether the line says more than the card it names: prose after the label with no full stop (`解答：建议到{hospital}骨科找
 * {name}{title}复查一下，拍个片子看看`, `解答：{hospital}{title}{name}表示，膝盖疼多与退变有关`) is the answer's first line,
 * the doctor named in it, not a signature. A card's own words (a grade, a second name, its separators) leave a few characters.
 */
function saysMoreThanCard(t: string, doctor: Doctor): boolean {
  let rest = t.replace(SIGNATURE_LABEL_RE, '').replace(ANSWER_LABEL_RE, '');
  for (const part of [doctor.hospital, doctor.department, doctor.title, doctor.name]) if (part) rest = rest.split(part).join('');
  // A card's own bio printed after it (`从事骨科临床工作二十余年`, `擅长关节疾病诊治`, `硕士研究生导师`) is the card's, no prose;
  // so is a note in brackets on its hospital (`（国家三级甲等综合医院）`), and a team the doctor serves in, set apart by spaces
  // before the hospital (`中国援柬医疗队 {hospital}{department}医师 {name}`): after the name it opens prose (`{name} 专家组 讨论后认为`).
  const hospitalAt = doctor.hospital === null ? -1 : t.indexOf(doctor.hospital);
  const said = rest
    .replace(/[（(][^（()）]{0,20}[）)]/gu, ' ')
    .split(/[\s，,、；;|｜]+/u)
    .filter((piece) => !CARD_BIO_RE.test(piece) && !(TEAM_RE.test(piece) && t.indexOf(piece) < hospitalAt));
  return (said.join('').match(/\p{Script=Han}/gu)?.length ?? 0) > 6;
}
/** A piece of a card's bio, as a signature line prints it after the card (`擅长…`, `从事…工作…年`, `硕士研究生导师`). */
const CARD_BIO_RE = /^(?:擅长|专长|从事|从医|曾任|现任|兼任|硕士|博士|研究生|教授|副教授|学科带头人|国家级|省级|市级|中华医学会)/u;
/** A team named as a word of its own (an aid team abroad, a volunteer or expert team): `援柬医疗队`, `专家服务团`, `志愿服务队`. */
const TEAM_RE = /(?:医疗队|服务队|志愿队|专家团|服务团|医疗组|专家组)$/u;
/** An answer's label opening a line (`解答：`, `回答：`, `答：`). */
const ANSWER_LABEL_RE = /^\s*(?:解答|回答|答复|答覆|回复|回覆|答)\s*[:：]/u;
/** A line opening with an answer's label over prose that names a doctor (saysMoreThanCard): the answer's first line, no card. */
export function isLabelledProse(t: string): boolean {
  if (!ANSWER_LABEL_RE.test(t)) return false;
  const doctor = parseDoctorCard(t.replace(ANSWER_LABEL_RE, ''));
  return saysMoreThanCard(t, doctor);
}
/** The signed card (signedCard) among lines from..to, where no card element holds it: the first, with its line; or null. */
export function signedLine(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor } | null {
  for (let i = from; i < to; i++) {
    // A clinic's roster of who sits when (`坐诊专家：…` over `坐诊时间：…`) signs nothing (clinic-roster.ts).
    const doctor = blocks[i]!.chars <= 70 && !isRosterLine(blocks, i) ? signedCard(blocks[i]!.text.trim()) : null;
    if (doctor) return { line: i, doctor };
  }
  return null;
}
/** The name a signature line gives (`答复人：李强 主任医师`), hospital or none: who signs, where a card elsewhere may name another. */
export function signerName(t: string): string | null {
  if (t.length > 70 || !SIGNATURE_LABEL_RE.test(t) || /[。；;！!？?]/u.test(t)) return null;
  return parseDoctorCard(t).name;
}
/**
 * A column's credit in brackets after the text, no label (`（仁伯爵綜合醫院兒童保健科主治醫生 傅平）`, as Macao's and Hong Kong's
 * papers sign a doctor's reply): the whole line in brackets, no sentence, naming a doctor with a title and a hospital.
 */
const BRACKETED_CREDIT_RE = /^[（(]\s*([^（）()，,。；;！!？?:：]{6,50}?)\s*[）)]$/u;
/**
 * Or the name with its calling, then where the doctor works (`（余怡子醫生，馬加智醫療中心心臟科）`, as Manila's and Hong Kong's papers
 * sign): a calling is no title, so the credit names no title but the unit's own rank; the unit must name a hospital.
 */
const CALLED_CREDIT_RE = /^[（(]\s*(\p{Script=Han}{2,4}?)\s*(?:醫生|医生|大夫)\s*[，,、]\s*([^（）()，,。；;！!？?:：]{4,40}?)\s*[）)]$/u;
export function bracketedCredit(t: string): Doctor | null {
  const column = t.trim().match(COLUMN_CREDIT_RE);
  if (column) {
    const doctor = parseCardParts([column[1]!]);
    return doctor.name && doctor.title && doctor.hospital ? doctor : null;
  }
  const m = t.trim().match(BRACKETED_CREDIT_RE);
  if (m) {
    const doctor = parseCardParts(m[1]!.split(/\s+/u));
    return doctor.name && doctor.title && doctor.hospital ? doctor : null;
  }
  const called = t.trim().match(CALLED_CREDIT_RE);
  if (!called || !isName(called[1]!)) return null;
  const unit = parseCardParts([called[2]!]);
  // The unit may close with the doctor's rank (`（熊涵医生，和平医院耳鼻喉科专科医生）`, as Jakarta's papers sign): that is the title.
  return unit.hospital && !unit.name ? { ...unit, name: called[1]! } : null;
}

/**
 * A column's card on a line of its own, no label, the name last (`米特拉家庭医院（Mitra Keluarga）眼科专科医生 方华医生`, as an
 * overseas paper heads its doctor's reply): no sentence, the hospital's English or Indonesian name in brackets a gloss, a doctor
 * with a title and a hospital, and nothing after the name but its calling.
 */
const LATIN_GLOSS_RE = /\s*[（(][A-Za-z][A-Za-z .,'&-]{1,60}[）)]/gu;
const NAME_CALLING_RE = /(?:醫生|医生|大夫)$/u;
export function cardLine(text: string): Doctor | null {
  const t = text.trim().replace(LATIN_GLOSS_RE, '');
  if (t.length > 50 || /[。，,；;！!？?:：（）()]/u.test(t)) return null;
  const doctor = parseCardParts([t]);
  if (!doctor.name || !doctor.title || !doctor.hospital) return null;
  return t.replace(NAME_CALLING_RE, '').endsWith(doctor.name) ? doctor : null;
}
/** A lede's sentence inviting who answers (`本期…请到{hospital}{department}{title}{name}坐诊，为读者解答…`), no byline nor label. */
export const invitesAnswerer = (text: string) => text.length <= 200 && LEAD_IN_CREDIT_RE.test(text);
/** Whether a line is a byline (see BYLINE_RE) or a signed card: where an article's text has ended, or not begun. */
export const isByline = (text: string) => BYLINE_RE.test(text.trim()) || signedCard(text.trim()) !== null;

/**
 * The doctor a credit subtitle, a lead-in's sentence or a byline names (a title and a name at least), or null;
 * a byline naming only the author is read with the line under it (`撰文：{name}医生` over `{hospital}{department}{title}`), given as `next`.
 */
export function creditedDoctor(text: string, next?: string): Doctor | null {
  const t = text.trim();
  const alone = creditOf(t);
  if (alone !== null || next === undefined || !BYLINE_RE.test(t) || next.trim().length > 40 || /[，,。；;！!？?]/u.test(next)) return alone;
  return creditOf(`${t} ${next.trim()}`);
}

function creditOf(t: string): Doctor | null {
  const byline = t.match(BYLINE_RE);
  const m = byline ?? t.match(DASH_CREDIT_RE) ?? (t.length <= 200 ? t.match(LEAD_IN_CREDIT_RE) : null);
  if (!m) return null;
  // A byline's name with the calling after it (`答者：王芳医生（…）`, `撰文：王芳醫生`, as Hong Kong's and Singapore's papers print it): the name.
  const parts = byline ? m[1]!.split(/[\s（）()]+/u).filter(Boolean).map((p, i) => (i === 0 && isName(p.replace(CALLING_RE, '')) ? p.replace(CALLING_RE, '') : p)) : [m[1]!];
  const doctor = parseCardParts(parts);
  return doctor.name && doctor.title ? doctor : null;
}

/** A magazine's note of where its author works, after the article (`（作者单位：100730 {hospital}{department}）`): the postcode none of it. */
const AUTHOR_UNIT_RE = /^[（(]?\s*作者单位\s*[:：]\s*(?:\d{6}\s*)?([^（）()]{4,40}?)\s*[）)]?$/u;

/** The hospital and department an author-unit note names, or null. */
export function authorUnit(text: string): Pick<Doctor, 'hospital' | 'department'> | null {
  const m = text.trim().match(AUTHOR_UNIT_RE);
  if (!m) return null;
  const { hospital, department } = parseCardParts([m[1]!]);
  return hospital ? { hospital, department } : null;
}

/** A byline naming the author alone (`作者：{name}`), as a magazine prints it over the text. */
const NAME_BYLINE_RE = /^作者\s*[:：]\s*(\p{Script=Han}{2,4})$/u;
/** How far under the question the byline stands. */
const BYLINE_LINES = 3;
/**
 * A magazine's author named alone in its byline (`作者：{name}`), where they work in the author-unit note after the text
 * (`（作者单位：100730 {hospital}{department}）`): the doctor, the unit's hospital and department theirs, no title (none printed);
 * the note (unitLine) the card's as the byline is, none of the answer.
 */
export function unitNotedAuthor(blocks: readonly Block[], from: number, to: number): { line: number; doctor: Doctor; unitLine: number } | null {
  for (let i = from; i < Math.min(to, from + BYLINE_LINES); i++) {
    const name = blocks[i]!.text.trim().match(NAME_BYLINE_RE)?.[1];
    if (name === undefined || !isName(name)) continue;
    for (let j = to - 1; j > i; j--) {
      const unit = authorUnit(blocks[j]!.text);
      if (unit) return { line: i, doctor: { name, title: null, department: unit.department, hospital: unit.hospital, hospital_grade: null }, unitLine: j };
    }
    return null;
  }
  return null;
}
