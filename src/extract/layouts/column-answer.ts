import type { AnyNode, Element } from 'domhandler';
import { EXPERT_BIO_RE } from '../card/card-sentences.js';
import { askedAfterTelling, asksOfNothing, withoutSignOff } from '../words/letter-column.js';
import type { Doctor } from '../../schema/entry.js';
import { isAdLine, isEditorsCredit, isLinkedAd, isRightsNotice, isWatermark } from '../words/answer-extras.js';
import { isCallToAction } from '../words/call-to-action.js';
import { withCardBox } from '../card/card-box.js';
import { authorUnit, bracketedCredit, cardLine, creditedDoctor, dashSignedCard, invitesAnswerer, isByline, signedCard, signerName } from '../card/credit-sentence.js';
import { isReviewCredit } from '../words/references.js';
import { isName } from '../words/card-words.js';
import { isCarerTitle, isPharmacistTitle } from '../../core/genre-vocabulary.js';
import { parseCardParts } from '../card/card-parts.js';
import { isPostNominals } from '../card/english-card.js';
import { noDoctor } from '../draft.js';
import { asksQuestion, AUDIENCE_ASKERS, isDisclaimer, isExpertTeaser, isOwnDoctorHead, isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import { headedCellsCard, withCellCard } from './label-cells.js';
import { authorNoteClinic, isAuthorNote } from '../card/author-note.js';
import { foldHan } from '../words/han-fold.js';
import { bioBoxCard } from '../card/card-sentences.js';
import { CARD_HEAD_RE } from '../words/answer-labels.js';
import { isReplyDayLine } from './issue-date.js';
import { STAFF_CREDITS_RE } from '../words/furniture-lines.js';

/**
 * A newspaper's Q&A column (名医问诊, 健康热线, 专家答疑), on its e-edition's page or its site: under the headline
 * (the question), the reader's paragraph asks (`读者王女士问：…`, `市民问：…`) and the doctor's answer opens with a
 * label naming who answers (`王芳答：`, `专家答：`, `{hospital}{department}{title}{name}答：`, or a bare `答：`). What stands between
 * the headline and that label — a subtitle, the byline, the editor's lead-in, the reader's paragraph — is none of the
 * answer, nor is the label; the answer runs to the expert's profile (`专家简介：…`), the editor's line (`（编辑 …）`),
 * a magazine's author-unit note (`（作者单位：…）`) or the article's end. The card is the doctor the article names: the label's own card, else the subtitle's or
 * the lead-in's credit (credit-sentence.ts), or the profile's; a name the label gives must be that card's.
 */

/**
 * The reader's question: who asks (读者, 市民, a reader with a name: 读者王女士, `读者 小华（吉隆坡）`; where from: 河南郑州读者王先生,
 * 读者刘某（四川成都）), then 问： or 来信：; or 问： alone, the reader named after the letter (`问：…（读者 陈女士）`). A hotline's
 * caller too, perhaps after the day they called (`5月3日，市民王女士来电：…`), and a paper's bracketed label (`【咨询】…`).
 */
const CALL_DAY = String.raw`(?:\d{1,2}月\d{1,2}日\s*[，,、]?\s*)?`;
const READER_ASKS_RE = new RegExp(String.raw`^(?:${CALL_DAY}(?:(?:\p{Script=Han}{2,8}?)?${AUDIENCE_ASKERS}(?:\s?[^\s:：，,。]){0,10}?\s?)(?:问|来信|来电)\s*[:：]|(?:(?:\p{Script=Han}{2,8}?)?${AUDIENCE_ASKERS}(?:\s?[^\s:：，,。]){0,10}?\s?)?(?:问|来信)\s*[:：]|[【［]\s*(?:咨询|提问|问)\s*[】］])`, 'u');
/**
 * The reader's question as their label's line prints it (`读者 南屏 徐先生 问：孕妇鼻塞是什么原因引起的？`), where the headline over
 * the column asks nothing (a magazine's `过敏性鼻炎，专家来支招`, its topic and a promise): the page asks what the reader asked. Only
 * a line that is one short question, no sentence ended in it before it asks; else null (the headline stays the question).
 * `filed`: the headline less the column's name, where it files a topic under it (`医生答问｜乳腺增生怎么办？`): it names the column's
 * topic, though it asks, and the reader's question is the page's all the same — but where the reader's letter opens with it.
 */
export function readerQuestion(blocks: readonly Block[], asks: number, headline: string, filed: string | null = null): string | null {
  if (asksQuestion(headline) && filed === null && !isExpertTeaser(headline)) return null;
  const line = blocks[asks]?.text.trim() ?? '';
  const label = line.match(READER_ASKS_RE);
  if (!label) return null;
  // A letter's sign-off closing it (`…怎么办（东京都 读者 张女士）`) is the asker's (letter-column.ts).
  const asked = withoutSignOff(line.slice(label[0].length).trim());
  // The reader's letter opening with the filed headline's question, their account after it (`尿頻要做什麼檢查請問…？`), or closing
  // with it, their lead-in before it (`请问需要做什么检查？{question}`): the headline's question is the page's.
  // Closing it as a sentence of its own only: a letter ending in a longer question (`孩子打完疫苗发烧怎么办` under `发烧怎么办`) asks its own.
  const filedAsks = filed?.replace(/[？?]+$/u, '') ?? '';
  const leadIn = asked.replace(/[？?]+$/u, '');
  const closesWithFiled = leadIn.endsWith(filedAsks) && /(?:^|[？?。！!，,；;\s])$/u.test(leadIn.slice(0, leadIn.length - filedAsks.length));
  if (filed !== null && asksQuestion(filed) && (asked.startsWith(filedAsks) || closesWithFiled)) return filed;
  // A reader's letter (`读者林先生（泗水）来信：…`) is their account, which the column's editor titles with the question: under a
  // headline filing a question under the column's name (`医药信箱：{question}`), that question is the page's, as a letter's is
  // under a headline with no column name.
  if (filed !== null && asksQuestion(filed) && /来信\s*[:：]$/u.test(label[0])) return filed;
  // So is it over a follow-up naming nothing it asks about (`请问需要做什么检查？`): the headline's question is what it asks of.
  if (filed !== null && asksQuestion(filed) && asksOfNothing(asked)) return filed;
  // A line that tells or asks of nothing first and asks last (`请问需要做什么检查？{question}`, a caller's account before it): the
  // last sentence is the question (letter-column.ts), their words before it none of it.
  const last = /[。！!？?；;]\s*\S/u.test(asked) ? askedAfterTelling(asked) : null;
  if (last !== null) return last;
  const chars = [...asked].length;
  return chars >= 4 && chars <= QUESTION_CHARS && asksQuestion(asked) && !/[。！!；;]/u.test(asked) ? asked : null;
}
/** How long a reader's question on their label's line may be: longer, it is their letter. */
const QUESTION_CHARS = 50;
/** The doubt where another reader's question follows the answer (the reader may read which Q&A is the page's otherwise: qa-pairs.ts). */
export const NEXT_READER_ASKS = "another reader's question follows the answer";
/** Whether a line is a reader's label alone (`读者王女士问：`), the question under it. */
export const isReaderLabel = (text: string) => READER_ASKS_RE.test(text.trim()) && text.trim().replace(READER_ASKS_RE, '') === '';
/**
 * The answer's label naming who answers (the answer's first words after it, on the same line); 解答：, 回答： name no one.
 * The credit may part the title from the name by a space (`{hospital}{department}{title} {name}答：`).
 */
const NAMED_ANSWER_RE = /^((?:[^\s:：，,。；;！!？?]|\s(?=[^\s:：，,。；;！!？?])){2,40}?)\s*(?<![解回作应])答\s*[:：]\s*/u;
/** A label naming no one at all (答：, 专家解答：), under a reader's question: the card comes from the article's credits. */
const UNNAMED_ANSWER_RE = /^(?:(?:专家|医生|大夫|医师)?(?:答|解答|回答|回复)\s*[:：]|[【［]\s*(?:专家|医生)?(?:答|解答|回答|答复)\s*[】］])\s*/u;
const ANSWER_LABEL_RE = new RegExp(`${NAMED_ANSWER_RE.source}|${UNNAMED_ANSWER_RE.source}`, 'u');
/** The calling after a name in the answer's label (`王芳医生答：`, a Chinese medicine practitioner's `王芳中医师`). */
const CALLING_RE = /(?:中医师|中医生|医生|大夫|医师)$/u;
/** A label naming no one (专家答：): the card comes from the article's credits. */
const UNNAMED_RE = /^(?:专家|医生|大夫|医师|主任|嘉宾)$/u;
/** The expert's profile after the answer (`专家简介：王芳，某医院心内科主任医师，擅长…`, `【医生简介】…`): card-sentences.ts's label. */
const PROFILE_RE = EXPERT_BIO_RE;
/** The editor's line ending a newspaper's article (`（编辑 王芳）`, `(责任编辑：王芳)`). */
const EDITOR_RE = /^[（(]\s*(?:责任)?(?:编辑|校对|审校)\s*[:：\s]\s*\S{2,12}\s*[）)]$/u;
/** A consulted expert's credit before a slash (`咨询／`, `諮詢／`, `口述／`): card-parts.ts reads the card after it. */
const CONSULTED_CREDIT_RE = /^(?:咨询|諮詢|口述)\s*[/／]\s*\S/u;
/** How far below the headline the reader's paragraph and the answer's label may stand. */
const HEAD_LINES = 8;

export interface ColumnAnswer {
  paragraphs: string[];
  /** The answer's lines (its label's line first). */
  lines: number[];
  doctor: Doctor;
  doubts: string[];
  /** The reader's label's line (`读者…问：`). */
  asks: number;
  /** The line holding the answer's first words: the label's, or the one under a label alone on its line. */
  opening: number;
}

/** The longest line of links set into the article's text (a recommendation's head and one title). */
const SET_IN_LINK_CHARS = 40;
/** Whether the next line with words after line `at` is a paragraph of prose, no link in it, in the article's box. */
function linkSetIn(blocks: readonly Block[], at: number, end: number, box: AnyNode): boolean {
  const next = blocks.findIndex((b, i) => i > at && i < end && b.text.trim() !== '');
  if (next === -1) return false;
  const b = blocks[next]!;
  return inside(b.node, box) && !b.heading && b.linkChars === 0 && PROSE_RE.test(b.text) && !isDisclaimer(b.text.trim()) && !READER_ASKS_RE.test(b.text.trim());
}

/** The column's answer under the question's line, or null where the article is no such column's (no reader's 问 and named 答). */
export function columnAnswer(blocks: readonly Block[], question: number, end: number): ColumnAnswer | null {
  const limit = Math.min(end, question + 1 + HEAD_LINES);
  const lineAfter = (from: number, re: RegExp) => {
    for (let i = from + 1; i < limit; i++) if (re.test(blocks[i]!.text.trim())) return i;
    return -1;
  };
  // The reader's label over the question itself (a magazine's 读者来信: `…读者王先生问：` on its line, the question under it).
  const labelAbove = question > 0 && isReaderLabel(blocks[question - 1]!.text);
  const asks = labelAbove ? question - 1 : lineAfter(question, READER_ASKS_RE);
  if (asks === -1) return null;
  let at = lineAfter(asks, ANSWER_LABEL_RE);
  // No 答： at all: the expert's credit on the line under the reader's question (`受访专家：{hospital}{department}{title} {name}`)
  // opens the answer as its label would; else, where the expert's box stands after the text (本期专家), the answer runs from
  // the line under the question (unlabelled: its card the box's, or no column).
  let credited: number | null = null;
  if (at === -1) {
    const next = blocks.findIndex((b, i) => i > asks && i < limit && b.text.trim() !== '');
    // Only where the text goes on right under the credit (a sentence): a line of meta under it (`回答时间：… 语音解答`) is the page's to read.
    const text = blocks.findIndex((b, i) => i > next && i < end && b.text.trim() !== '');
    if (next !== -1 && signedCard(blocks[next]!.text.trim()) !== null && lineAfter(next, READER_ASKS_RE) === -1 && text !== -1 && PROSE_RE.test(blocks[text]!.text)) at = credited = next;
    else if (expertBoxAfter(blocks, asks + 1, end, end) !== null) at = asks;
    // Or where the lede above the reader's line credits who answers (`本期…请到{hospital}{department}{title}{name}坐诊，为读者解答…`,
    // credit-sentence.ts): the answer runs from the line under the reader's, its card the lede's.
    // (Only where the reply goes on right under the reader's line: a label alone over it, `A：`, is the page's to read.)
    else if (!labelAbove && next !== -1 && !LABEL_ALONE_RE.test(blocks[next]!.text) && blocks.slice(question + 1, asks).some((b, k) => invitesAnswerer(b.text.trim()) && creditedDoctor(b.text.trim(), blocks[question + 2 + k]?.text) !== null)) at = asks;
    else return null;
  }
  const unlabelled = credited !== null || at === asks;
  const label = unlabelled ? null : blocks[at]!.text.trim().match(NAMED_ANSWER_RE) ?? blocks[at]!.text.trim().match(UNNAMED_ANSWER_RE)!;
  // A bare label whose line goes on with the answerer's card alone, closed by a colon (`答：李明医生（{hospital}{department}{title}）：`),
  // the answer on the lines under it: the card names who answers as a label's own would, and the line holds none of the answer.
  const cardAfter = label && label[1] === undefined ? speakerCard(blocks[at]!.text.trim().slice(label[0].length).trim()) : null;
  const who = label?.[1] ?? '专家';
  const labelCard = parseCardParts([who]);
  // The name with the calling after it (`王芳医生答：`) names the doctor as the name alone does.
  const called = who.replace(CALLING_RE, '');
  const named = cardAfter ?? (UNNAMED_RE.test(who) ? null : labelCard.name && labelCard.title ? labelCard : isName(called) ? { ...labelCard, name: called } : null);
  if (!UNNAMED_RE.test(who) && named === null) return null;
  // The article's box: the label's paragraph's parent holds the answer's paragraphs.
  const box = paragraphOf(blocks[at]!.node)?.parent ?? null;
  const paragraphs: string[] = [];
  const lines: number[] = [];
  const first = label && !cardAfter ? blocks[at]!.text.trim().slice(label[0].length).trim() : '';
  if (first) paragraphs.push(first);
  lines.push(at);
  let after = at + 1;
  for (; after < end; after++) {
    const b = blocks[after]!;
    const text = b.text.trim();
    // An ad set between the paragraphs in the article's box (`广告 {offer}`, the offer a link: answer-extras.ts): none of the answer, and
    // no end of it, though its line is mostly a link.
    if (paragraphs.length > 0 && box && inside(b.node, box) && (isAdLine(text) || isLinkedAd(text, b.chars, b.linkChars))) continue;
    // So is a short line mostly of links set between two paragraphs in the article's box (`【推荐阅读】{another article}`, the reader
    // reads it as a link set into the answer, answer-text.ts): the paragraph after it in the box goes on with the answer.
    if (paragraphs.length > 0 && box && inside(b.node, box) && b.chars <= SET_IN_LINK_CHARS && 2 * b.linkChars >= b.chars && linkSetIn(blocks, after, end, box)) continue;
    // A byline after the text (`答者：…`), the column's remark that it is for reference (`（以上资料只供参考…）`) end it too.
    // So does the doctor's credit in brackets closing the text (`（{hospital}{department}{title} {name}）`), and a rights notice.
    // So does a dash-led signature closing it (`——{hospital}{department} {title} {name}`, credit-sentence.ts).
    // So does a row mostly of links (a WAP page's `[发表评论] [转发]` under the text, its links to the next page), and the paper's
    // staff credits closing the article unbracketed (`编辑 王芳　校对 李明`, furniture-lines.ts).
    if (b.heading || (box && !inside(b.node, box)) || (b.chars > 0 && 2 * b.linkChars >= b.chars) || PROFILE_RE.test(text) || EDITOR_RE.test(text) || STAFF_CREDITS_RE.test(text) || authorUnit(text) !== null || READER_ASKS_RE.test(text) || isRelatedLabel(text) || isByline(text) || isDisclaimer(text) || isAuthorNote(text) || isRightsNotice(text) || bracketedCredit(text) !== null || dashSignedCard(text) !== null) break;
    // An ad slot's mark between the paragraphs (`广告`) is none of the answer; nor is a call to consult or dial (call-to-action.ts:
    // a paper's standing `…或致电Healthline 0800 611 116免费咨询`), as it is none on any other page.
    if (text === '' || isAdLine(text) || isCallToAction(text)) continue;
    // Nor is the editor's mark in brackets (`（某医院宣传科 整理）`, `【某某网整理】`, answer-extras.ts).
    if (text.length <= 24 && (isWatermark(text) || isEditorsCredit(text))) continue;
    // A line of meta dating the reply by its label (`回复时间：2023-05-08`, issue-date.ts) dates the answer, none of its words.
    if (isReplyDayLine(text)) continue;
    paragraphs.push(text);
    lines.push(after);
  }
  const doubts: string[] = [];
  if (after < end && READER_ASKS_RE.test(blocks[after]!.text.trim())) doubts.push(NEXT_READER_ASKS);
  // The article's credits: a subtitle or lead-in above the answer, the profile after it.
  // Where the reader's label stands over the question, the byline stands above the label.
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  // A dash-led signature closing the text names who answers; a sentence crediting a reviewer after it (`（本文由…审核）`) names
  // another, who checked it: no credit of the answer's. (Read only against such a credit: a signature alone leaves the page to
  // the page's reader, which reads it as the card.)
  const closing = range(after, Math.min(end, after + 3));
  const dashSigned = closing.some((i) => dashSignedCard(blocks[i]!.text) !== null) && closing.some((i) => isReviewCredit(blocks[i]!.text));
  const credits = [...range(labelAbove ? Math.max(0, asks - 3) : 0, labelAbove ? asks : 0), ...range(question + 1, credited !== null ? at + 1 : at), ...range(after, Math.min(end, after + 3))].flatMap((i) => {
    const text = blocks[i]!.text.trim();
    const signature = dashSigned && i >= after ? dashSignedCard(text) : null;
    if (signature) return signature;
    // A reviewer's credit (`（本文由{hospital}{name}主任医师审核）`) names who checked the text, not who answers it: no credit of the
    // answer's, signature or not (a bare `答：`'s page is left to its reader, which reads the card the page prints).
    if (isReviewCredit(text)) return [];
    const profile = text.match(PROFILE_RE);
    if (profile) return profileCard(text.slice(profile[0].length)) ?? [];
    // The expert's box over the answer's label: its head alone on a line (`答疑专家`, `解答医生`), then the name and title, and
    // the hospital and department, on the lines under it.
    if (isOwnDoctorHead(text) && i + 2 < at) {
      const boxed = parseCardParts([blocks[i + 1]!.text.trim(), blocks[i + 2]!.text.trim()]);
      if (boxed.name && boxed.title && (boxed.hospital || boxed.department)) return boxed;
    }
    // A byline's name over the line of its hospital, department and title (an author box), not over the answer's label.
    // A signature (`解答专家：name，hospital …`) credits the expert a label names (`专家答：`); under a bare `答：` the page's reader reads it.
    // The credit in brackets closing the text (`（{hospital}{department}{title} {name}）`) signs it, under a bare `答：` too.
    // So does the card on a line of its own above the label (`{hospital}{department}{title} {name}医生`), under a label calling the answerer.
    // A news story's credit of the expert it consulted (`諮詢／{name}醫師（{hospital}{department}）`, as a Taiwan paper heads its
    // 醫師Q&A column over the reader's letter) credits the doctor a label calling the answerer names not (`醫師答：`), as a bare `答：`'s page reads it.
    if (label?.[1] !== undefined && CONSULTED_CREDIT_RE.test(text)) {
      const consulted = parseCardParts([text]);
      if (consulted.name && consulted.title) return consulted;
    }
    return creditedDoctor(text, i + 1 < blocks.length && i + 1 !== at ? blocks[i + 1]!.text : undefined) ?? (label?.[1] !== undefined || i === credited ? signedCard(text) : null) ?? (i >= after ? bracketedCredit(text) : null) ?? (label?.[1] !== undefined && i < at ? cardLine(text) : null) ?? [];
  });
  // The doctor's card as a box of short lines of its own, between the reader's question and the answer's label, or right
  // after the answer (`王芳醫生` / `內科專科醫生` / `養和醫院`): a label calling the answerer a doctor but naming none (`醫生答：`) is
  // answered by it. (Under a bare `答：` a card elsewhere is the page's reader's, as above.) So is such a box at the article's
  // head, between the headline and the reader's letter (a column's author box under the byline), where the label names its doctor.
  // A label calling the answerer a doctor (`醫生答：`) is answered by no pharmacist's card (a 註冊藥劑師's box beside the column),
  // nor a nurse's or therapist's (`註冊護士`, `物理治療師`).
  const callsDoctor = label?.[1] !== undefined && /^(?:医生|医师|大夫)$/u.test(label[1].trim());
  const lineBox = label?.[1] !== undefined ? [...range(asks + 1, at), ...range(after, Math.min(end, after + 3)), ...range(question + 1, asks)].map((i) => cardLinesAt(blocks, i)).find((c) => c !== null && !(callsDoctor && (isPharmacistTitle(c.title) || isCarerTitle(c.title)))) : undefined;
  if (lineBox) credits.push(lineBox);
  // The expert's box after the article (`本期专家`, the name, then the hospital, department and title; 擅长 under them).
  const expertBox = expertBoxAfter(blocks, after, end);
  if (expertBox) credits.push(expertBox);
  // Or the doctor's box after the text (关于医生: 姓名 / 职称 / 医院 / 科别 lines), naming the doctor the label names (card-box.ts).
  const boxed = named !== null ? withCardBox(blocks, after, end, named) : null;
  if (boxed && (boxed.hospital || boxed.department) && boxed.title) credits.push(boxed);
  // Or a blog's author box in its side column above the post (`博主简介`: `name，hospital department title，…`), naming the doctor the label names.
  const blogBio = named !== null ? bioBoxCard(blocks, 0, question) : null;
  if (blogBio) credits.push(blogBio);
  // Or the answerer's box of label cells far from the answer (`本期答疑专家` over 姓名 / 职称 / 医院 rows in the right column), the
  // one such box on the page (label-cells.ts).
  const cellsBox = headedCellsCard(blocks, question);
  if (cellsBox) credits.push(cellsBox);
  const found = credits.find((c) => named === null || c.name === named.name) ?? null;
  // A byline naming the author alone, its hospital in the author-unit note after the article.
  const unit = found && !found.hospital ? blocks.slice(after, Math.min(end, after + 3)).map((b) => authorUnit(b.text)).find((u) => u !== null) ?? null : null;
  const credit = found && unit ? { ...found, ...unit } : found;
  // A label with the card in it (`王芳主任医师答：`) is the card; a credit naming the same doctor fills what it leaves out.
  // A bare label (答：, 医生回复：) makes the article a column only where its credits name the doctor: a page
  // whose card stands elsewhere (a blog's author box) is left to the page's reader.
  if (label?.[1] === undefined && !cardAfter && credit === null) return null;
  const carded = named?.title ? (credit ? withCellCard(named, credit) : named) : credit;
  // The clinic a paper's note on its columnist names after the text (`（作者…為…醫師，診所：…）`, author-note.ts).
  const noted = carded && !carded.hospital ? authorNoteClinic(blocks, after, Math.min(end, after + 3), carded.name) : null;
  const card = carded && noted ? { ...carded, hospital: noted } : carded;
  if (card === null) doubts.push(named ? `no card names the doctor the answer's label names (${who})` : 'no doctor card found');
  if (card && credits.some((c) => c.name !== card.name)) doubts.push('the article names more than one doctor');
  // A signature left in the answer's text naming another (`答复人：李强 主任医师` under a 特邀专家 credit): who answers is not told.
  else if (card && paragraphs.some((p) => ![null, card.name].includes(signerName(p)))) doubts.push('the answer is signed by another doctor than the credit names');
  // An answer under no label, opened by the answering expert's name before a colon (`王芳：…`, `专家：…`, as a paper prints the
  // expert's reply under the reader's line): the speaker's label, none of the answer.
  const speaker = unlabelled ? paragraphs[0]?.match(SPEAKER_OPENING_RE) : null;
  if (speaker && paragraphs[0]!.length > speaker[0].length + 1 && (UNNAMED_RE.test(speaker[1]!) || speaker[1] === card?.name)) paragraphs[0] = paragraphs[0]!.slice(speaker[0].length);
  return { paragraphs, lines, doctor: card ?? { ...noDoctor(), name: named?.name ?? null }, doubts, asks, opening: first ? at : lines[1] ?? at };
}
/** A label alone on its line (`A：`, `答：`, `【解答】`). */
const LABEL_ALONE_RE = /^\s*(?:[^\s:：]{1,8}\s*[:：]|[【［[][^】］\]]{1,8}[】］\]])\s*$/u;
/** A speaker's label of two to four Han characters before a colon, opening a line (`王芳：…`). */
const SPEAKER_OPENING_RE = /^\s*(\p{Script=Han}{2,4})\s*[:：]\s*(?=\S)/u;

/** A card alone closed by a colon, no sentence in it (`李明医生（{hospital}{department}{title}）：`). */
const SPEAKER_CARD_RE = /^([^:：。，,；;！!？?]{4,60})[:：]$/u;
/** The doctor a card closed by a colon names, with a title and a hospital or department; null for any other text. */
function speakerCard(text: string): Doctor | null {
  const m = text.match(SPEAKER_CARD_RE);
  if (!m) return null;
  const card = parseCardParts([m[1]!.trim()]);
  return card.name && card.title && (card.hospital || card.department) ? card : null;
}

const PARAGRAPHS = new Set(['p', 'div', 'li', 'td', 'section', 'article', 'blockquote']);
/** The paragraph element a line stands in. */
function paragraphOf(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if (PARAGRAPHS.has((el as Element).name)) return el as Element;
  return null;
}

/** How many lines a card's box of lines may hold (name, title and department, hospital, and one more). */
const BOX_CARD_LINES = 4;
/** A card's line: short, no sentence. */
const CARD_LINE_RE = /^[^。，,；;！!？?]{2,24}$/u;
/**
 * An English name in brackets after a part of a line (`（Consultant Specialist）`, `（Mahkota Medical Centre）`), closing it or
 * between its parts (`米德尔莫尔医院（Middlemore Hospital）肝胆外科顾问医生`: the hospital's name, the department after it).
 */
const ENGLISH_GLOSS_RE = /\s*[（(][A-Za-z][A-Za-z .,'&-]{1,60}[）)]/gu;
/** A line crediting another part than the answer (a reviewer's `审稿`, an editor's, a host's): the box is that person's card. */
const OTHER_ROLE_RE = /^(?:审稿|审校|审核|审阅|审定|校对|编辑|责编|责任编辑|记者|主持|撰文|撰稿|翻译|统筹|采访)/u;

/**
 * The card a box of short lines opening at line `at` prints, one part or two a line (`王芳醫生`, `內科專科醫生`, `養和醫院`):
 * the box the line's paragraph stands in, where it opens with that line and holds nothing but such lines, and they name a doctor
 * with a title and a hospital or department (or open with the name and its calling). Null for any other line.
 */
function cardLinesAt(blocks: readonly Block[], at: number): Doctor | null {
  const box = paragraphOf(blocks[at]!.node)?.parent ?? null;
  if (!box || (at > 0 && inside(blocks[at - 1]!.node, box))) return null;
  const lines: string[] = [];
  for (let i = at; i < blocks.length && inside(blocks[i]!.node, box); i++) {
    const text = blocks[i]!.text.trim();
    // A line's English name in brackets after it (`内科顾问医生（Consultant Physician）`, a hospital's `（Sunway Medical Centre）`)
    // glosses the part: the line is as short as its Chinese, and its parts are read without it.
    const chinese = text.replace(ENGLISH_GLOSS_RE, '');
    // The doctor's degrees on a line of their own (`MBBS (HK), FHKAM (Medicine)`, a Hong Kong card's) are no field: passed over.
    if (lines.length > 0 && isPostNominals(text)) continue;
    if (lines.length === BOX_CARD_LINES || blocks[i]!.linkChars > 0 || !CARD_LINE_RE.test(chinese) || OTHER_ROLE_RE.test(text)) return null;
    lines.push(chinese);
  }
  if (lines.length < 2) return null;
  // The name with its calling after it (`王芳醫生`), as a Hong Kong card prints it: the name (a card so named needs no more than a
  // title under it: a private practice's prints no hospital).
  const called = CALLING_RE.test(lines[0]!) && isName(lines[0]!.replace(CALLING_RE, ''));
  const card = parseCardParts(called ? [lines[0]!.replace(CALLING_RE, ''), ...lines.slice(1)] : lines);
  // A card's box opens with the name: a name read off a later line is a word of a rank the genre's titles lack (`顧問專科醫生`,
  // `註冊專科醫生` read as 顧問 before 專科醫生) or an ad's call (`養和醫院體檢中心` / `主任醫生推介` / `立即預約`), no doctor's.
  if (!card.name || !lines[0]!.startsWith(card.name) || (called && card.name !== lines[0]!.replace(CALLING_RE, ''))) return null;
  return card.title && (card.hospital || card.department || called) ? card : null;
}

/** A film's caption naming who speaks in it (`视频：王芳讲解偏头痛`, `视频｜王芳主任谈…`). */
const CAPTION_RE = /^(?:视频|微视频|短视频)\s*[:：｜|]\s*\S{2,30}$/u;
/** How far after the answer's end the expert's box may stand (past the QR line, the disclaimer, the editor's line). */
const BOX_LINES = 8;
/**
 * The expert's box after an article: its head alone on a line (`本期专家`, `受访专家`, `专家简介`), then the name and the line of
 * hospital, department and title (one part or two). Null where no such box stands within `span` lines of `from`, or it names no doctor
 * with a title and a hospital or department.
 */
function expertBoxAfter(blocks: readonly Block[], from: number, end: number, span = BOX_LINES): Doctor | null {
  for (let i = from; i < Math.min(end, from + span) - 2; i++) {
    const head = blocks[i]!.text.replace(/\s+/gu, '');
    if (!CARD_HEAD_RE.test(head)) continue;
    // A programme's guest (本期嘉宾) is a broadcast's, its page read with the programme's signs (aired, filmed), not as a column.
    if (head.includes('嘉宾')) return null;
    // A clinic's schedule (出诊专家, 坐诊医生: who sees patients when) names no one who answers: passed over.
    if (/^(?:出诊|坐诊)/u.test(head)) continue;
    const boxed = parseCardParts([blocks[i + 1]!.text.trim(), blocks[i + 2]!.text.trim()]);
    return boxed.name && boxed.title && (boxed.hospital || boxed.department) ? boxed : null;
  }
  return null;
}

/** A clause opening with where the doctor works now or worked (`现于`, `目前在`, `现任职于`, `曾在`), not a unit. */
const WORKS_AT_NOW_RE = /^(?:(?:现|目前|现在|曾经?|原)(?:于|在|任职于|就职于|供职于|任)|曾经?|于|在|任职于|就职于|供职于)/u;
/** Whether the clause is the unit alone: its hospital and department taken out, nothing is left (`曾在{hospital}进修` leaves 进修). */
const isUnitAlone = (clause: string, unit: Doctor): boolean =>
  [unit.hospital, unit.department].reduce<string>((rest, field) => (field ? rest.replace(field, '') : rest), clause.replace(/\s+/gu, '')) === '';

/** A profile's doctor: its name, then the clause naming hospital, department and title. */
function profileCard(text: string): Doctor | null {
  const sentence = text.split(/[。！!]/u)[0]!;
  const [name, clause, next] = sentence.split(/[，,]/u).map((c) => c.trim());
  if (!name || !clause || !isName(name)) return null;
  let doctor = parseCardParts([clause]);
  // The title a clause of its own, the hospital and department the next (`专家简介：name，title，hospital department。擅长…`);
  // not a clause saying where the doctor sees patients now (`現於{clinic}應診`: author-note.ts reads the clinic it names) or
  // studied once (`曾在{hospital}进修`), nor one going on past the unit.
  if (doctor.title && !doctor.hospital && !doctor.department && next && next.length <= 40 && !WORKS_AT_NOW_RE.test(foldHan(next))) {
    const unit = parseCardParts([clause, next]);
    if (unit.title === doctor.title && !unit.name && isUnitAlone(next, unit)) doctor = unit;
  }
  return doctor.title ? { ...doctor, name } : null;
}

/**
 * The column's format: a player (the expert's `<video>` with its poster, a recording) standing over the answer, after the
 * reader's question's label and before the answer's first words (over the `专家答：` label or right under it), is the
 * answer given so; none there, unknown. A player above the reader's question (the article's read-aloud `<audio>`, 听全文)
 * is none of the answer's, save a film whose caption names the expert. One between the answer's paragraphs may be the expert's or an ad slot's: unknown, and doubted.
 * `media`: the page's players, each with the number of lines before it.
 */
export function columnFormat(
  media: readonly { format: 'voice' | 'video'; at: number }[],
  column: Pick<ColumnAnswer, 'asks' | 'opening' | 'lines' | 'doctor'>,
  blocks: readonly Block[] = [],
  question: number | null = null,
): { format: 'voice' | 'video' | 'unknown'; doubts: string[] } {
  const over = media.find((m) => m.at > column.asks && m.at <= column.opening);
  if (over) return { format: over.format, doubts: [] };
  // A film over the article, its caption naming the expert who answers (`视频：王芳讲解偏头痛`): the answer given on film, though it
  // stands above the reader's question. A read-aloud player names no one.
  const name = column.doctor.name;
  const filmed = name !== null && media.some((m) => m.format === 'video' && m.at <= column.asks && CAPTION_RE.test(blocks[m.at]?.text.trim() ?? '') && blocks[m.at]!.text.includes(name));
  if (filmed) return { format: 'video', doubts: [] };
  // So is a film between the question's headline and the reader's line (`<h1>` and its day, the `<video>`, then `问：…`): the
  // article's own, as a film under the question heads a page's answer (leadPlayers in the page's reader). Not a read-aloud player.
  if (question !== null && media.some((m) => m.format === 'video' && m.at > question && m.at <= column.asks && !CAPTION_RE.test(blocks[m.at]?.text.trim() ?? ''))) return { format: 'video', doubts: [] };
  const last = column.lines.at(-1) ?? column.opening;
  const between = media.some((m) => m.at > column.opening && m.at <= last);
  return { format: 'unknown', doubts: between ? ['a player stands between the answer\'s paragraphs: the expert\'s or an ad\'s'] : [] };
}
