import type { AnyNode, Element } from 'domhandler';
import type { AnswerFormat, Doctor } from '../../schema/entry.js';
import { parseCardParts } from '../card/card-parts.js';
import { SIGNER_LABEL_RE } from '../card/credit-sentence.js';
import { noDoctor } from '../draft.js';
import { WHOLE_HOSPITAL_RE, asksQuestion, isDepartment, isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import { findDate, findTaiwanDate, formatFromLabel } from '../dates/page-meta.js';
import { pageRegion } from '../tree/declared-region.js';
import { isAskedFollowUp, isFollowUpHead, isStampedFollowUp } from './follow-up.js';
import { isOfficeSignature, isReplyFormLine } from '../words/reply-form.js';
import { isForwardingNote, isVolunteerNote } from '../words/answer-extras.js';
import { isLetterClosingWish } from '../words/letter-column.js';
import { withoutLabelPadding } from '../words/padded-values.js';
import { isAskedDepartmentLabel } from './label-cells.js';

/**
 * A public message board's record (a health commission's 网上咨询 / 公众留言 / 信箱): the citizen's message as
 * labelled fields (留言标题, 留言人, 留言时间, 留言内容, 办理状态), the board's handling steps, then the reply as
 * fields of its own — the unit it was forwarded to (回复单位), when it replied (回复时间) and what (回复内容).
 * Labels and values stand on one line (`<strong>留言标题：</strong>…`) or in cells side by side (`<th>留言标题</th><td>…`).
 * The question is the message's title; the message, its day and the board's steps are the asker's and the
 * board's; the answer is the reply's text, dated by its time, from the unit (a hospital) that replied; a
 * signature under it (`答复人：心内科 王芳 主任医师`, `（解答专家：王芳，心内科主任医师）`) names the doctor
 * and is none of it. An unsigned reply is the unit's: no one is named.
 *
 * A hospital's own consultation board, or a health portal's, keeps the same record with the doctor who replied
 * in a row of their own (回复医师 / 回复者: `name title`, `department name title`), beside 回复科别 and, on a
 * portal, 回复医院; the question under 主题 or 主旨, the reply under 回复内容 or 回复. A sign-off greeting
 * from the card's hospital or department under the reply (`… 关心您`) is none of it.
 */

type FieldKind = 'question' | 'unit' | 'department' | 'doctor' | 'person' | 'title' | 'way' | 'time' | 'reply' | 'board';

/** The labels of the fields read, as boards word them. */
const FIELD_LABELS: ReadonlyArray<[FieldKind, RegExp]> = [
  // A pharmacy's 用药咨询 board labels it 问题 (its text 问题内容, the asker's).
  ['question', /^(?:留言|来信|信件|咨询|诉求)?(?:标题|主题|主旨)$|^(?:咨询)?问题$/u],
  ['unit', /^(?:回复|答复|办理|承办|处理)(?:单位|部门|机构|医院)$/u],
  // A hospital's or a health portal's record names who replied and from which department (回复科别, 回复医师, 回复者).
  ['department', /^(?:回复|答复)(?:科别|科室)$/u],
  // A pharmacy's board names the pharmacist who replied (回复药师): a pharmacist answering a medication question is its answerer.
  ['doctor', /^(?:回复|答复)(?:医师|医生|专家|药师|者)$/u],
  // A hospital's own board names the person who replied (答复人, 回复人) in a row of its own: the doctor, where no doctor's row
  // follows (an assistant's row over a note forwarding the question to a doctor is no doctor's: replyAfterForwarding).
  ['person', /^(?:回复|答复)人$/u],
  // A family doctor's portal lays the replying doctor's card out as rows of its own under that row: 职称, 科室 (read only there,
  // between the reply's first field and its text), and the way the consultation was held (咨询方式: 语音咨询 / 图文咨询).
  ['title', /^(?:职称|技术职称|专业技术职称)$/u],
  ['way', /^(?:咨询|问诊|回复|服务)(?:方式|形式|类型)$/u],
  ['time', /^(?:回复|答复)(?:时间|日期)$/u],
  ['reply', /^(?:(?:回复|答复|办理)(?:内容|意见|结果)|回复|答复)$/u],
  // The board's own rows after a reply (its rating, its status, its counters): they end the reply's text.
  ['board', /^(?:满意度(?:评价)?|评价(?:结果)?|办理状态|处理状态|浏览次数|点击(?:数|量)|是否公开)$/u],
];
/** A card's row the board does not read (所在医院, 职称, 医院等级). */
const CARD_ROW_RE = /职称|职务|等级|(?:所在|执业|就职|所属)(?:医院|单位)/u;
/**
 * The replying doctor's own row naming their hospital (所在单位, 执业医院, or a bare 医院 as a hospital's own 在线咨询 prints its
 * card's rows: 回复医生, 职称, 科室, 医院; or the campus it sits in, `院區：台南某某醫院`, a hospital's name of its own), read only
 * between that doctor's row and the reply.
 */
const HOSPITAL_ROW_RE = /^(?:(?:所在|执业|就职|所属|工作)(?:医院|单位)|医院|院区)$/u;
/**
 * A hospital's office that answers its board (`答复部门：客户服务中心`, 患者服务中心, 客服中心): shaped as a 中心 as a hospital may be,
 * but a unit of the hospital with no name of a place or a care, no hospital (a community's 卫生服务中心 names its place).
 */
const SERVICE_OFFICE_RE = /^(?:客户|患者|病人|病友|医患|顾客|门诊)?(?:服务|客服|咨询|投诉|预约|随访|呼叫)中心$/u;
/** The unit's or the replying doctor's label's words, wherever they stand in a line. */
const UNIT_WORDS_RE = /(?:回复|答复|办理|承办|处理)(?:单位|部门|机构|医院)|(?:回复|答复)(?:医师|医生|专家|药师|者|人)/u;
/**
 * A reply's line naming who replied under the reply's own bare label (`回复：骨科 王芳 医师`, `答复：心内科 王芳 主任医师`), before
 * or after its text: a signature (a short line, no sentence, a name with a title), no reply's text. It signs the reply it stands in
 * and ends no field's value.
 */
const SIGNING_LABEL_RE = /^(?:回复|答复)\s*[:：]\s*\S/u;
const isSigningLine = (label: string, value: string | null): boolean =>
  /^(?:回复|答复)$/u.test(label) && value !== null && value.length <= 40 && !/[。！？!?，,；;]/u.test(value) && ((card) => card.name !== null && card.title !== null)(parseCardParts([value]));
/** The reply's time's label after a space inside another field's value (`… 回复时间：…`). */
const RUN_ON_TIME_RE = /[\s\u3000](?:回复|答复)(?:时间|日期)\s*[:：]/u;
/** A label: a few Han characters, with its colon, and what it labels after it on the line. */
const LABELLED_RE = /^(\p{Script=Han}{2,6})\s*[:：]\s*(.*)$/u;
/** A replier's label and its value wrapped in brackets, a line of their own (`（答复专家：心内科主任医师王芳）`). */
const BRACKETED_CREDIT_RE = /^[（(]\s*((?:回复|答复)(?:医师|医生|专家|药师|人))\s*[:：]\s*([^（()）]+?)\s*[）)]$/u;
/** A label alone in a cell (`<th>留言标题</th>`), its colon optional. */
const CELL_LABEL_RE = /^(\p{Script=Han}{2,6})\s*[:：]?$/u;
const CELLS = new Set(['th', 'td', 'dt']);
const BLOCKS = new Set(['p', 'div', 'li', 'section', 'article', 'td', 'th', 'dt', 'dd', 'tr', 'table', 'blockquote']);

interface Field {
  kind: FieldKind | null;
  label: string;
  /** The label's line. */
  at: number;
  /** The value's lines (the label's own line where the value follows the label on it). */
  lines: number[];
  /** The value's text on the label's line, or null where it stands on lines of its own. */
  inline: string | null;
}

/** What the record gives: the question's line and text, the answer, the doctor and the day. */
export interface BoardRecord {
  question: { index: number; text: string };
  paragraphs: string[];
  answerLines: number[];
  doctor: Doctor;
  date: string | null;
  /** The format a field names (a sheet's 咨询类型: record-sheet.ts, a reply's 回复方式: mailed-reply.ts); unknown where none does. */
  format?: AnswerFormat;
  doubts: string[];
}

const kindOf = (label: string): FieldKind | null => FIELD_LABELS.find(([, re]) => re.test(label))?.[0] ?? null;

/** The nearest element around a line that lays out one field: its block, the row its cell stands in, or a term's description. */
function fieldBox(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) {
    const name = (el as Element).name;
    // A cell's row holds its value's cells; a term's value is the description after it.
    if (name === 'dt') return nextElement(el as Element);
    if (CELLS.has(name)) return (el.parent as Element | null) ?? null;
    if (BLOCKS.has(name)) return el as Element;
  }
  return null;
}

function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return (n as Element).name === 'dd' ? (n as Element) : null;
  return null;
}

/** The cell around a line, or null. */
function cellOf(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if (CELLS.has((el as Element).name)) return el as Element;
  return null;
}
/** Whether a line is its cell's only line (a label's cell, not a `<br>`-broken line of a value's: `尊敬的网友：` over a reply). */
function ownsCell(blocks: readonly Block[], at: number): boolean {
  const cell = cellOf(blocks[at]!.node);
  return cell !== null && !(at > 0 && inside(blocks[at - 1]!.node, cell)) && !(at + 1 < blocks.length && inside(blocks[at + 1]!.node, cell));
}

const inCell = (node: AnyNode | null) => {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if (CELLS.has((el as Element).name)) return true;
  return false;
};

/** The labelled fields among the lines, each with the lines of its value (up to the next label). */
function readFields(blocks: readonly Block[]): Field[] {
  const starts: Array<{ at: number; label: string; inline: string | null; colonCell: boolean; signs?: boolean }> = [];
  blocks.forEach((b, at) => {
    // A label spaced out to line up with the longer ones (`职　　称：`) is one word (padded-values.ts).
    const text = withoutLabelPadding(b.text.trim());
    if (b.linkChars > 0 || b.heading) return;
    const cell = inCell(b.node) ? text.match(CELL_LABEL_RE) : null;
    if (cell) return starts.push({ at, label: cell[1]!, inline: null, colonCell: /[:：]$/u.test(text) && ownsCell(blocks, at) });
    // A credit in brackets closing the reply (`（答复专家：骨科主任医师王芳）`) is its label's field all the same.
    const m = text.match(LABELLED_RE) ?? text.match(BRACKETED_CREDIT_RE);
    if (m) starts.push({ at, label: m[1]!, inline: m[2]!.trim() || null, colonCell: false, signs: isSigningLine(m[1]!, m[2]!.trim() || null) });
  });
  return starts.map((s, k) => {
    const box = fieldBox(blocks[s.at]!.node);
    // Another field's label ends a value; a label of no field read (`答复人：` signing the reply) stands within it. Not a label's
    // cell of its own, colon and all, in the row after the value's (`<td>职称：</td><td>…</td><td>科室：</td><td>…</td>`): the
    // row sets its fields side by side, and the next one's label ends the value before it. Not the reply's text: a head of its
    // own in a cell after it (`<td>回复内容：</td><td>…</td><td>注意事项：</td><td>…</td>`) heads a part of it.
    const rowLabel = (t: (typeof starts)[number]) => t.colonCell && s.inline === null && kindOf(s.label) !== 'reply' && box !== null && inside(blocks[t.at]!.node, box);
    const next = starts.slice(k + 1).find((t) => !t.signs && (kindOf(t.label) !== null || rowLabel(t)))?.at ?? blocks.length;
    const lines = s.inline !== null ? [s.at] : [];
    for (let j = s.at + 1; j < next && box && inside(blocks[j]!.node, box); j++) lines.push(j);
    // A label on a line of its own, outside a cell, whose box holds nothing more (`<p><b>答复内容：</b></p><div>…</div>`):
    // its value is the lines after it, up to the next field's label, within the record holding the label's box and the line
    // after it (the page's 上一篇 / 下一篇 links, its print buttons and its footer after the record are none of it).
    let record: AnyNode | null = box?.parent ?? null;
    while (record && s.at + 1 < blocks.length && !inside(blocks[s.at + 1]!.node, record)) record = record.parent;
    if (s.inline === null && lines.length === 0 && !inCell(blocks[s.at]!.node)) for (let j = s.at + 1; j < next && (!record || inside(blocks[j]!.node, record)); j++) lines.push(j);
    return { kind: s.signs ? 'doctor' : kindOf(s.label), label: s.label, at: s.at, lines, inline: s.inline };
  });
}

/** How many short lines a signature may take (department over name and title). */
const SIGNATURE_LINES = 3;

/**
 * The signature closing a reply: its last short lines, with no sentence, that name a doctor with a title
 * (and perhaps a department); where the reply ends so, the lines and the doctor, else null.
 */
function signatureOf(texts: readonly string[]): { lines: number; doctor: Doctor } | null {
  for (let n = Math.min(SIGNATURE_LINES, texts.length - 1); n >= 1; n--) {
    const tail = texts.slice(-n);
    if (tail.some((t) => t.length > 40 || /[。！？!?]/u.test(t))) continue;
    const parts = tail.map((t) => t.replace(/^[（(]\s*|\s*[）)]$/gu, ''));
    const doctor = parseCardParts(parts);
    if (!doctor.name || !doctor.title) continue;
    if (n > 1 && !tail.slice(0, -1).every((t) => isDepartment(t.trim()) || SIGNER_LABEL_RE.test(t))) continue;
    if (doctor.department && !isDepartment(doctor.department)) doctor.department = null;
    return { lines: n, doctor: { ...doctor, hospital: null, hospital_grade: null } };
  }
  return null;
}

/** A board's staff named by their role or office (`管理员`, `值班员`, `工作人员`, `办公室`, `客服部`), where a doctor's name stands. */
const STAFF_ROLE_RE = /(?:员|室|部|组|处|客服|小编|站长|版主)$/u;
/** How long an assistant's note forwarding the question to a doctor may be (`您好，您的咨询已收到，已转交马欣医生，请耐心等待回复。`). */
const FORWARDING_NOTE_CHARS = 80;
/** How far after the reply's text its unit or time may stand. */
const BESIDE_LINES = 3;
/** A line that is only a day (`2022年12月30日`, `2022-12-30`). */
const DAY_ONLY_RE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/u;

/**
 * The doctor's reply where an assistant's note came first: replies one after another, the first from someone the record names
 * under no doctor's row (a 家庭医生助理's `已转交…医生` under 回复人), the replying doctor's row in a later reply's own fields (its
 * unit or time first, after the first reply's text): the doctor's reply is the first under that row. Only where the record
 * prints a reply's fields over its text (the first reply's unit or time before it): where they follow the text (`回复内容` then
 * 回复机构, 回复医生, 回复时间), the rows after the first reply are its own, and a later reply answers a follow-up (追问). And only
 * where the first reply is a note (FORWARDING_NOTE_CHARS at most): a first reply of a doctor's answer's length is the answer,
 * whoever its row names, and a later reply under a doctor's row answers a follow-up.
 */
function replyAfterForwarding(after: readonly Field[], firstReply: Field, blocks: readonly Block[]): Field | undefined {
  const firstText = firstReply.inline ?? firstReply.lines.map((i) => blocks[i]!.text.trim()).join('');
  if (firstText.length > FORWARDING_NOTE_CHARS) return undefined;
  const unitOrTime = (f: Field) => f.kind === 'unit' || f.kind === 'time';
  if (!after.some((f) => unitOrTime(f) && f.at < firstReply.at)) return undefined;
  const doctorRow = after.find((f) => f.kind === 'doctor');
  if (!doctorRow || doctorRow.at < firstReply.at) return undefined;
  if (!after.some((f) => unitOrTime(f) && f.at > firstReply.at && f.at < doctorRow.at)) return undefined;
  return after.find((f) => f.kind === 'reply' && f.at > doctorRow.at);
}

/**
 * The record's rows that follow the reply one after another (its time, who replied, from which department), each starting on
 * the line after the one before ends: the reply's own, however many lines its text took (a label and its value in cells of
 * their own take two lines a row). A line of no field between them (a notice, a list), or another record's question, ends the run.
 */
function rowsAfter(after: readonly Field[], reply: Field): Set<Field> {
  const rows = new Set<Field>();
  let end = reply.lines.at(-1) ?? reply.at;
  for (const f of after) {
    if (f.at <= end) continue;
    // Another record's first row (its question, its reply) starts its own rows: its time is not this reply's.
    if (f.at !== end + 1 || f.kind === 'question' || f.kind === 'reply') break;
    rows.add(f);
    end = f.lines.at(-1) ?? f.at;
  }
  return rows;
}

/**
 * The board's record on the page: a message's title, then the reply's unit and its text. Null
 * where the page holds no such record (the reply's text needs a sentence of its own).
 */
export function boardRecord(blocks: readonly Block[]): BoardRecord | null {
  // Most pages name no unit replying: told cheaply before their fields are read.
  if (!blocks.some((b) => UNIT_WORDS_RE.test(b.text) || SIGNING_LABEL_RE.test(b.text.trim()))) return null;
  const fields = readFields(blocks);
  const question = fields.find((f) => f.kind === 'question');
  if (!question) return null;
  // A follow-up round after the record (`追问：…？`, `【二次咨询】…？（day）` over `回复：…`): its fields are the round's, the doctor's
  // reply to another question, none of the record's (follow-up.ts). The record ends at its head.
  const round = blocks.findIndex((b, i) => i > question.at && (isStampedFollowUp(b.text) || isAskedFollowUp(b.text) || (b.chars <= 40 && isFollowUpHead(b.text))));
  const after = fields.filter((f) => f.at > question.at && (round === -1 || f.at < round));
  const firstReply = after.find((f) => f.kind === 'reply');
  const laterReply = firstReply ? replyAfterForwarding(after, firstReply, blocks) : undefined;
  const reply = laterReply ?? firstReply;
  const from = laterReply ? firstReply!.at : question.at;
  // The reply's unit and time stand beside its text (before it, or just after): a related message's 回复时间 further down is its own.
  const replyEnd = (reply?.lines.at(-1) ?? reply?.at ?? 0) + BESIDE_LINES;
  const rows = reply ? rowsAfter(after, reply) : new Set<Field>();
  const beside = (kind: FieldKind) => after.find((f) => f.kind === kind && f.at > from && (f.at <= replyEnd || rows.has(f)));
  const unit = beside('unit');
  const time = beside('time');
  // A record whose card rows head it, before the subject (`回复科别`, `回复医师`, then `主旨`…, as a hospital's 网路咨询 table may
  // print them): the replier's and the department's rows are the record's where none stands after the subject, in the reply's table.
  const tableOf = (node: AnyNode | null): AnyNode | null => {
    for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if ((el as Element).name === 'table') return el;
    return null;
  };
  const replyTable = reply ? tableOf(blocks[reply.at]!.node) : null;
  const heading = (kind: FieldKind) => (replyTable === null ? undefined : fields.find((f) => f.kind === kind && f.at < question.at && tableOf(blocks[f.at]!.node) === replyTable));
  const replier = beside('doctor') ?? beside('person') ?? heading('doctor');
  const department = beside('department') ?? (replier !== undefined && replier.at < question.at ? heading('department') : undefined);
  // The unit it was forwarded to is what marks a board's reply; a hospital's own record names the doctor who replied instead,
  // where it prints no card of rows the board does not read (所在医院, 职称: a consultation's web form, the page's reader's).
  if (!reply || (!unit && !replier)) return null;
  // The replier's row running on into the reply's time (`回复药师：name（title）　所属科室：…　回复时间：…`), no time field of its
  // own: a row of several fields the board does not split, its time unread: the page is left to its reader.
  if (replier?.inline && !time && RUN_ON_TIME_RE.test(replier.inline)) return null;
  const valueOf = (f: Field) => (f.inline ?? f.lines.map((i) => blocks[i]!.text.trim()).join(''));
  // A portal's record may print the replying doctor's card as rows of their own between that doctor's row and the reply (职称,
  // 所在单位, 科室): the board's to read, where it knows every one of them (a value not read so is doubted); a row of another
  // label (a web form's 所属科室 select) leaves the page to its reader.
  // (A value in a cell shaped as a label, `<td>骨科</td>`, is its row's value, no row of its own.)
  const isValueCell = (f: Field) => fields.some((g) => g !== f && g.lines.includes(f.at));
  // An old 在线咨询 prints the doctor's rows after the reply's text as often as before it (回复内容, then 回复医生, 职称, 所在科室):
  // the card rows running on from the doctor's row there are its own, up to a row of another kind (the asker's 追问).
  const rowsAfterReply = replier && replier.at > reply.at && rows.has(replier) ? cardRowsFrom([...rows].filter((f) => f.at > replier.at && !isValueCell(f)), valueOf) : null;
  const ownRows = rowsAfterReply ?? (replier ? fields.filter((f) => f.at > replier.at && f.at < reply.at && f.kind !== 'time' && f.kind !== 'way' && !isValueCell(f)) : []);
  const cardRows = !unit && ownRows.length > 0 && ownRows.every((f) => ownRowRead(f.kind, f.label, valueOf(f).trim()) !== null) ? new Set(ownRows) : new Set<Field>();
  if (!unit && fields.some((f) => (f.kind === null || f.kind === 'title') && CARD_ROW_RE.test(f.label) && !cardRows.has(f) && !othersCardRow(fields.filter((g) => !isValueCell(g)), f, replier, reply))) return null;
  const asked = fields.find((f) => f.kind === null && isAskedDepartmentLabel(f.label));
  const questionText = valueOf(question);
  if (questionText.length < 4 || questionText.length > 80) return null;
  // A heading or a linked line after the reply's text (the board's next list, in the same box) ends it.
  const ends = reply.lines.findIndex((i) => i !== reply.at && (blocks[i]!.heading || (blocks[i]!.linkChars > 0 && blocks[i]!.linkChars === blocks[i]!.chars) || isRelatedLabel(blocks[i]!.text.trim())));
  // The line signing the reply within it (`回复：骨科 王芳 医师`) is the replier's field, none of the text.
  const answerLines = (ends === -1 ? reply.lines : reply.lines.slice(0, ends)).filter((i) => blocks[i]!.text.trim() !== '' && i !== replier?.at);
  const texts = answerLines.map((i) => (i === reply.at ? reply.inline! : blocks[i]!.text.trim()));
  if (!texts.some((t) => PROSE_RE.test(t))) return null;
  const doubts: string[] = [];
  // A subject that only names the letter's topic (`关于高血压的咨询`) asks nothing: the question is the letter's asking line.
  const letterAsks = topicSubjectQuestion(fields, question, questionText, blocks);
  if (letterAsks === null) doubts.push(`the letter's subject names its topic only and no line of the letter asks (${questionText.slice(0, 20)})`);
  const unitText = unit ? valueOf(unit) : null;
  // A letter's closing under the reply (the unit's name, the day, a sign-off greeting from it, a closing wish `敬祝　安康`, the office's
  // thanks and hotline) is none of it.
  // Nor is the office's name signing the letter (`某某医院院长办公室`, reply-form.ts).
  while (texts.length > 1 && (texts.at(-1) === unitText || DAY_ONLY_RE.test(texts.at(-1)!) || isSignOff(texts.at(-1)!) || isReplyFormLine(texts.at(-1)!) || isLetterClosingWish(texts.at(-1)!) || isOfficeSignature(texts.at(-1)!))) {
    texts.pop();
    answerLines.pop();
  }
  // Nor is the office's salutation and the line announcing the reply over it (reply-form.ts), nor a desk's or an office's note
  // forwarding the question to the doctor (`导医台：您好，您的问题已转交…医生`, answer-extras.ts), as the line reader passes it over.
  while (texts.length > 1 && (isReplyFormLine(texts[0]!) || isForwardingNote(texts[0]!) || isVolunteerNote(texts[0]!))) {
    texts.shift();
    answerLines.shift();
  }
  const signature = signatureOf(texts);
  const kept = signature ? texts.length - signature.lines : texts.length;
  // The unit a hospital's department (`{hospital}{department}`): the hospital, and the department where no one signs.
  const unitCard = unitText !== null && !WHOLE_HOSPITAL_RE.test(unitText) ? parseCardParts([unitText]) : null;
  const unitDepartment = unitCard?.hospital && !unitCard.name && !unitCard.title && unitCard.department && isDepartment(unitCard.department) && unitText === `${unitCard.hospital}${unitCard.department}` ? unitCard.department : null;
  // The unit a hospital with its grade closing it (`某市中心医院（三甲）`, `某市人民医院 三级甲等`): the hospital, and its grade.
  const graded = unitText !== null && unitDepartment === null ? gradedHospital(unitText, unitCard) : null;
  const hospital = unitText !== null && WHOLE_HOSPITAL_RE.test(unitText) && !SERVICE_OFFICE_RE.test(unitText.trim()) ? unitText : unitDepartment !== null ? unitCard!.hospital : (graded?.hospital ?? null);
  // A unit that is no hospital (a commission's office answered): none read, and doubted — whether its reply is a medical answer at all is the reader's to check.
  // The replying doctor's field (`name title`, `department name title`) and the department's: the card, the signature's where none.
  const signer = replier ? parseCardParts([valueOf(replier)]) : null;
  // A unit that is a department where a doctor is named replying (`答复部门：预防接种门诊` under `答复人：name title`): that doctor's department.
  const doctorsDepartment = unitText !== null && hospital === null && signer?.name != null && isDepartment(unitText.trim()) ? unitText.trim() : null;
  if (unitText !== null && hospital === null && doctorsDepartment === null) doubts.push(`the reply's unit is no hospital (${unitText.slice(0, 20)})`);
  // A Taiwanese board's ROC day with dots (`112.05.06`) is read on a page of Taiwan alone (page-meta.ts).
  const date = time ? (findDate(valueOf(time)) ?? (blocks[time.at]!.node && pageRegion(blocks[time.at]!.node!) === 'TW' ? findTaiwanDate(valueOf(time)) : null)) : null;
  if (date === null) doubts.push('no date read from the reply\'s time');
  // A field of the name alone (`彭志`) is read whole where no signature under the reply prints more: the board prints no title.
  // Not a role or an office that reads as a name (`管理员`, `值班员`, `办公室`: 管 and 办 open surnames too): a board's staff, no doctor.
  const nameAlone = replier !== undefined && signer?.name != null && valueOf(replier).trim() === signer.name && !signature?.doctor.title && !STAFF_ROLE_RE.test(signer.name);
  if (replier && (!signer?.name || (!signer.title && !nameAlone))) doubts.push(`the replying doctor's field is not read as a name and a title (${valueOf(replier).slice(0, 20)})`);
  const doctor = signer?.name ? { ...signer, hospital: signer.hospital ?? hospital } : { ...(signature?.doctor ?? noDoctor()), hospital };
  if (graded !== null && doctor.hospital === graded.hospital) doctor.hospital_grade ??= graded.grade;
  const departmentText = department ? valueOf(department) : null;
  if (departmentText !== null && isDepartment(departmentText)) doctor.department ??= departmentText;
  // The replying doctor's own rows (职称, 科室) between the replier's row and the reply's text: the card's, no one else's.
  const own = (kind: FieldKind, label?: RegExp) =>
    replier && reply ? (rowsAfterReply ?? fields).find((f) => (f.kind === kind || (label !== undefined && f.kind === null && label.test(f.label))) && f.at > replier.at && (rowsAfterReply !== null || f.at < reply.at)) : undefined;
  const titleRow = own('title');
  // The specialty the title row prints before the title (`放射科專科醫師`): the department where no row names one.
  let titleSpecialty: string | null = null;
  if (titleRow && doctor.name !== null && doctor.title === null) {
    const read = titleRowRead(valueOf(titleRow).trim());
    if (read !== null) {
      doctor.title = read.title;
      titleSpecialty = read.department;
      const unread = doubts.findIndex((d) => d.startsWith("the replying doctor's field"));
      if (unread !== -1) doubts.splice(unread, 1);
    }
  }
  // Their hospital's row (`所在单位：某市人民医院（三甲）`), read where no unit replied: the hospital and the grade after it.
  const hospitalRow = [...cardRows].find((f) => f.kind === null && HOSPITAL_ROW_RE.test(f.label));
  const rowHospital = hospitalRow ? ownRowRead(null, hospitalRow.label, valueOf(hospitalRow).trim()) : null;
  if (rowHospital && typeof rowHospital === 'object' && doctor.hospital === null) [doctor.hospital, doctor.hospital_grade] = [rowHospital.hospital, rowHospital.grade ?? doctor.hospital_grade];
  for (const f of cardRows) if (ownRowRead(f.kind, f.label, valueOf(f).trim()) === false) doubts.push(`the replying doctor's ${f.label} row is not read (${valueOf(f).trim().slice(0, 20)})`);
  const departmentRow = own('department', /^(?:科室|科别|所在科室)$/u);
  if (departmentRow && isDepartment(valueOf(departmentRow).trim())) doctor.department ??= valueOf(departmentRow).trim();
  const way = beside('way');
  const format = way ? formatFromLabel(valueOf(way)) : 'unknown';
  if (unitDepartment !== null) doctor.department ??= unitDepartment;
  if (doctorsDepartment !== null) doctor.department ??= doctorsDepartment;
  if (titleSpecialty !== null) doctor.department ??= titleSpecialty;
  // Else the department the question was put to (咨询科室): the replying doctor's, as the page's reader takes it.
  const askedText = replier && asked ? valueOf(asked) : null;
  if (askedText !== null && isDepartment(askedText)) doctor.department ??= askedText;
  return {
    question: letterAsks && letterAsks !== true ? letterAsks : { index: question.inline !== null ? question.at : (question.lines[0] ?? question.at), text: questionText },
    paragraphs: texts.slice(0, kept),
    answerLines: answerLines.slice(0, kept),
    doctor,
    date,
    ...(format !== 'unknown' ? { format } : {}),
    doubts,
  };
}

/** A letter's subject naming only its topic (`关于高血压的咨询`, `关于孩子发烧的问题`): it asks nothing of its own. */
const TOPIC_SUBJECT_RE = /^关于\p{Script=Han}{1,20}的(?:咨询|问题|求助|疑问|请教|询问)$/u;
/**
 * A predicate in such a subject (`关于胃镜检查预约时间太长的问题`, `关于医保不能报销的问题`): it names a problem of its own, the
 * letter's question, not a topic. Only what says how a thing goes (太长, 过高, 不能, 无法, 挂号难), never a symptom's or a
 * disease's name that holds the same characters (不孕不育, 不良反应, 心律不齐, 营养不足, 过敏, 呼吸困难).
 */
const PROBLEM_PREDICATE_RE = /太(?:长|久|慢|贵|高|低|多|少|难|晚|远|差|短)|过(?:长|久|慢|贵|高|低|晚|短)|不(?:能|可以|给|予|让|准|到位|及时|合理|规范|一致|方便)|无法|未能|没有|难以|(?:挂号|看病|就医|预约|停车|排队|住院|报销)难|迟迟|拖延|乱收费/u;
/** The field holding the citizen's letter (来信内容, 留言内容, 咨询内容, 诉求内容). */
const LETTER_LABEL_RE = /^(?:来信|留言|信件|咨询|诉求)(?:内容|正文)$/u;
/**
 * Where the subject names only the letter's topic: the letter's last line that asks (a citizen tells first and asks last),
 * its line and text; true where the subject asks itself or is no topic's name (the subject stays the question); null where
 * no line of the letter asks (the subject stays, doubted).
 */
function topicSubjectQuestion(fields: readonly Field[], question: Field, subject: string, blocks: readonly Block[]): { index: number; text: string } | true | null {
  if (!TOPIC_SUBJECT_RE.test(subject.trim()) || asksQuestion(subject) || PROBLEM_PREDICATE_RE.test(subject)) return true;
  const letter = fields.find((f) => f.kind === null && f.at > question.at && LETTER_LABEL_RE.test(f.label));
  const lines = letter ? (letter.inline !== null ? [letter.at] : letter.lines) : [];
  for (const i of [...lines].reverse()) {
    const text = (i === letter!.at && letter!.inline !== null ? letter!.inline : blocks[i]!.text).trim();
    if ([...text].length >= 4 && text.length <= 80 && asksQuestion(text)) return { index: i, text };
  }
  return null;
}

/**
 * A card row after the reply's text running on from another person's row (a follow-up's 回复医生, a reviewer's 审核人): that
 * person's card, no web form's row the board does not read.
 */
function othersCardRow(fields: readonly Field[], row: Field, replier: Field | undefined, reply: Field): boolean {
  if (row.at < reply.at) return false;
  const head = fields.filter((g) => g.at < row.at && g.at > reply.at).reverse().find((g) => !(g.kind === 'title' || g.kind === 'department' || CARD_ROW_RE.test(g.label)));
  return head !== undefined && head !== replier && (head.kind === 'doctor' || head.kind === 'person' || OTHER_PERSON_RE.test(head.label));
}
/** A row naming who reviewed or checked the reply (审核人, 审核专家, 复核医生). */
const OTHER_PERSON_RE = /^(?:审核|审阅|复核|审定)(?:人|者|专家|医师|医生)?$/u;

/** The card's rows at the head of these rows, up to the first row of no card field. */
function cardRowsFrom(rows: readonly Field[], valueOf: (f: Field) => string): Field[] {
  const end = rows.findIndex((f) => ownRowRead(f.kind, f.label, valueOf(f).trim()) === null);
  return end === -1 ? [...rows] : rows.slice(0, end);
}

/**
 * What the board reads of a row of the replying doctor's card: a 职称 row's title, a 所在单位 row's hospital (and grade), a 科室 row's
 * department (true where read); false where its value is not read so (an office as the unit); null where the row is none of these.
 */
function ownRowRead(kind: FieldKind | null, label: string, value: string): { hospital: string; grade: string | null } | boolean | null {
  if (kind === 'title') return titleRowRead(value) !== null;
  if (kind === 'department' || (kind === null && /^(?:科室|科别|所在科室)$/u.test(label))) return isDepartment(value);
  if (kind !== null || !HOSPITAL_ROW_RE.test(label)) return null;
  if (WHOLE_HOSPITAL_RE.test(value)) return { hospital: value, grade: null };
  return gradedHospital(value, null) ?? false;
}

/**
 * A 职称 row's value read as the title, alone (`主治醫師`) or after its specialty (`放射科專科醫師`, Taiwan's board-certified
 * specialist: the specialty the department, as a byline's `骨科專科醫師` reads); null where the row says more than that.
 */
function titleRowRead(value: string): { title: string; department: string | null } | null {
  const read = parseCardParts([value]);
  if (read.title === null || read.name !== null || read.hospital !== null) return null;
  if (read.title === value) return { title: read.title, department: null };
  return read.department !== null && read.department + read.title === value ? { title: read.title, department: read.department } : null;
}

/** A unit read as a whole hospital and a grade of the vocabulary after it, spaced, glued or bracketed, and nothing else; else null. */
function gradedHospital(unitText: string, card: Doctor | null): { hospital: string; grade: string } | null {
  const read = card ?? parseCardParts([unitText]);
  if (read.hospital === null || read.hospital_grade === null || read.name || read.title || read.department || !WHOLE_HOSPITAL_RE.test(read.hospital)) return null;
  const rest = unitText.replace(/\s+/gu, '').replace(read.hospital, '').replace(/^[（(【\[]|[）)】\]]$/gu, '');
  return rest === read.hospital_grade ? { hospital: read.hospital, grade: read.hospital_grade } : null;
}

/** A greeting that signs a reply off from its hospital or department (`某某医院 泌尿科 关心您`): the card's words, none of the answer. */
const SIGN_OFF_RE = /^(.{2,40}?)\s*(?:关心您|关心你|祝您健康|敬上)[。！!]?$/u;
function isSignOff(text: string): boolean {
  const m = text.trim().match(SIGN_OFF_RE);
  if (!m || PROSE_RE.test(m[1]!)) return false;
  const card = parseCardParts([m[1]!]);
  return card.hospital !== null || card.department !== null;
}
