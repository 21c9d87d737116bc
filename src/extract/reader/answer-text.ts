/**
 * The answer's span and its cleaning: which classified lines after the card are the answer's text,
 * what is cut off them (labels, prompts, marks, the asker's thanks), and the doubts its text raises.
 */
import { withTableRowsJoined } from '../layouts/answer-table.js';
import { withoutTrailingTopicTags } from '../words/topic-tags.js';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { comparable } from '../../core/text.js';
import type { FoundCard } from '../card/doctor-card.js';
import { isTruncated, previewLines, withoutCutPrompt } from '../words/answer-preview.js';
import { isPrintPageNumber } from '../words/print-page-number.js';
import { mayBeCreditOrCaption } from '../words/furniture-lines.js';
import { asksQuestion, isAskerLabel, isAskerLine, isCardLine, isOtherAnswersHead, isSectionHead, labelledQuestion, PROSE_RE } from '../words/genre.js';
import { inListItem, inside, lineBox, type Block } from '../lines/html-lines.js';
import { datesAsking, readMetaLine } from '../dates/page-meta.js';
import { withoutAnnouncement } from '../tree/announced-label.js';
import { isAppPrompt } from '../words/app-prompt.js';
import { isPaywallPrompt, isWallPrompt } from '../words/read-more.js';
import { withoutTextMarks } from '../words/references.js';
import { withoutChapterList } from '../layouts/video-page.js';
import { withoutSelfIntroduction } from '../../core/reply-opening.js';
import { ADVICE_HEAD_RE, ANSWER_LABEL_RE, ANSWERER_LABEL_RE, ENUMERATED_RE, LABEL_PREFIX_RE, BLURB_HEAD_RE } from '../words/answer-labels.js';
import { ASKER_SPEAKER_RE } from '../words/asker-words.js';
import { isAskerNickStamp, isAskerProfile, isAskerStamp } from '../layouts/asker-stamp.js';
import { isLetterClosingWish, isLetterSignOff, mayGoOnAfterWish } from '../words/letter-column.js';
import { isForwardingNote, isReplyLabelledName, opensWithStaffNoteHead } from '../words/answer-extras.js';
import { isAnswererByline } from '../words/answerer-marks.js';
import { withoutEnglishBeside, withoutOriginalBeside } from '../words/translation.js';
import { greetsAsker, greetsThreadStarter, isLetterLine, isSalutation } from '../words/reply-form.js';
import { isReplyDayLine } from '../layouts/issue-date.js';
import type { Kind } from './line-kinds.js';
import { isSideBoxHead } from '../card/side-column.js';
import { bioSentenceCard } from '../card/card-sentences.js';

/** A section's head over the asker's words (问题, 提问, a wiki's section): where an answer's label follows them, the answer is under that label. */
const ASKED_HEAD_RE = /^(?:问题|提问|咨询|问)\s*[:：]?$/u;
/** How long a record's field or a caption before an answer's label may be (`服务类型：电话问诊`, `通话录音（仅患者本人可听）`). */
const SHORT_FIELD_CHARS = 24;
const headsBeforeAnswer = (head: string) => BLURB_HEAD_RE.test(head) || ASKED_HEAD_RE.test(head) || isAskerLabel(head);
/**
 * A reminder a site or its editor adds at an article's close (`专家提醒，如有不适请及时就医。`,
 * `小编提醒：…`, or the box's heading alone): someone else's words about the doctor's advice.
 */
const CLOSING_REMINDER_RE = /^(?:专家|医生|小编|编者|温馨|特别|健康|友情)(?:提醒|寄语)(?:\s*[:：，,]|$)/u;
/** A line's end inside a phrase: a Han character, a digit or a comma (、，), no sentence's end, colon or bracket. */
const MID_PHRASE_END_RE = /[\p{Script=Han}\d、，,]$/u;
/** A table's row as the answer reads it: two to six cells, each short, one space between them (answer-table.ts joins them so). */
const CELLS_ROW_RE = /^[^\s]{1,24}(?: [^\s]{1,24}){1,5}$/u;
/** A line spoken by someone other than the answering doctor, or another doctor's byline: not the answer. */
const ASKER_VOICE = '(?:患者|病人|提问者|网友|用户|家属|追问|补充)\\s*[:：]';
const OTHER_VOICE_RE = new RegExp(`^(?:${ASKER_VOICE}|(?:回答者|回答人|答题者|回复者|解答者)\\s*[:：])`, 'u');
/** The asker addressing the doctor with a question (`医生，那需要吃药吗？`), a chat's follow-up: no doctor's line opens so. */
const ADDRESSES_DOCTOR_RE = /^(?:医生|大夫)\s*[，,]\s*\S.{0,60}[？?]$/u;
/** A line in the asker's voice (`患者：…`, `追问：…`). */
const ASKER_VOICE_RE = new RegExp(`^${ASKER_VOICE}`, 'u');
/** The longest thanks of the asker's that ends an answer. */
const ASKER_REPLY_CHARS = 30;
/** A prompt linked at the end of an answer's line (`[点击咨询医生]`): not the answer's text. */
const TRAILING_PROMPT_RE = /\s*(?:[[【]\s*(?:点击|立即|免费|在线)?(?:咨询|提问)[^\]】]{0,8}[\]】]|(?:点击|立即|免费)(?:咨询|提问)\S{0,8})\s*$/u;
/** A line that ends with a date (and time): text stamped as a post is, such as the asker's. */
const ENDS_WITH_DATE_RE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;
/** A line dating the reply alone (`回复日期：2023-05-06`, `2023-05-06 答复`): no date on it of another kind. */
function datesReply(text: string): boolean {
  const { dates } = readMetaLine(text);
  return dates.length > 0 && dates.every((d) => d.kind === 'answered');
}
/** How many of the asker's lines a box holding their labelled question may hold under it. */
const ASKER_BOX_LINES = 2;
const ASKER_WORDS_CHARS = 24;
/** How long the reader's label alone may be (`读者问：`, `网友提问：`). */
const ASKER_LABEL_CHARS = 12;
/** How many lines may stand between the box of the reader's words under their label alone and the answer's prose. */
const ASKER_BOX_GAP = 4;
/** How far under the headline the reader's labelled question may stand (the post's stamp and card between). */
const ASKED_BELOW_LINES = 6;
function pastAskerBox(blocks: readonly Block[], kinds: readonly Kind[], question: number, start: number, end: number): number {
  // From the question's line, or the line taking starts at (after a card over the reader's box).
  let asked = Math.max(question, start - 1);
  const until = Math.min(end, asked + ASKED_BELOW_LINES);
  // The reader's label alone over their words in the box (`读者问：` then `最近一直这样…`) heads it as their labelled question does.
  const labelAlone = (i: number) => kinds[i] !== 'text' && blocks[i]!.chars <= ASKER_LABEL_CHARS && isAskerLabel(blocks[i]!.text);
  const heads = (i: number) => labelledQuestion(blocks[i]!.text.trim()) !== null || labelAlone(i);
  while (asked < until && !heads(asked)) asked++;
  const box = asked < until ? lineBox(blocks[asked]!.node) : null;
  if (box === null || !heads(asked)) return start;
  // What stands between the headline and the labelled question is no prose of the answer's (a stamp, a card; a card as a labelled
  // bio, `专家简介：{name}，{title}，{hospital}{department}。擅长…`, as a hospital's post prints it over the reader's question).
  const answerProse = (j: number) => kinds[j] === 'text' && PROSE_RE.test(blocks[j]!.text) && bioSentenceCard(blocks, j, j + 1, true) === null;
  for (let j = start; j < asked; j++) if (answerProse(j)) return start;
  let i = asked + 1;
  while (i < end && inside(blocks[i]!.node, box)) i++;
  // The box holds the asker's words alone (no answer's label in it), and the answer's prose follows right after it.
  // The asker's further words are a short line or two (`最近一段时间一直这样，不知道是什么原因。`): a longer one may be the answer's own.
  // Nor a line greeting the asker (`您好，不用太担心。`, reply-form.ts): the answerer's opening set in the box.
  if (blocks.slice(asked + 1, i).some((b) => b.chars > ASKER_WORDS_CHARS || LABEL_PREFIX_RE.test(b.text) || ANSWER_LABEL_RE.test(b.text.trim()) || greetsAsker(b.text))) return start;
  const rest = kinds.slice(i, end).findIndex((k, j) => k === 'text' && PROSE_RE.test(blocks[i + j]!.text));
  // And that prose stands beside the asker's box in the post's body (its paragraphs the box's siblings), not in a box elsewhere (an ad's).
  // Under the label alone, the answer may stand in a box of its own beside the asker's (`<div>` of the words, `<div>` of the answer).
  const around = rest === -1 ? null : lineBox(blocks[i + rest]!.node);
  // Between them, a head, a player or the answer's label may stand, and the answer's lead-in (`…常见的原因有以下几种：`) in its box.
  const alone = labelAlone(asked);
  const beside = around !== null && (around === box.parent || (alone && around.parent === box.parent));
  const leadsIn = (j: number) => kinds[i + j] !== 'text' || (/[:：]$/u.test(blocks[i + j]!.text.trim()) && lineBox(blocks[i + j]!.node) === around);
  const near = rest !== -1 && (rest <= 2 || (alone && rest <= ASKER_BOX_GAP && Array.from({ length: rest }, (_, j) => j).every(leadsIn)));
  return i > asked + 1 && i - asked - 1 <= ASKER_BOX_LINES && near && beside ? i : start;
}
/** A reply box's head: the word for the reply and its day after a space (`答复　答复日期：2023.05.06`, `回复 回复时间：…`). */
const REPLY_HEAD_RE = /^\s*(?:(?:医生|专家|醫生|專家)?(?:答复|答覆|回复|回覆)|解答)\s+(?=\S)/u;
function isReplyHead(text: string): boolean {
  const head = REPLY_HEAD_RE.exec(text);
  // The day's weekday in brackets after it (`2023.05.06 (토)`, `（周六）`) is the same day's.
  return head !== null && isReplyDayLine(text.slice(head[0].length).replace(/\s*[（(][^()（）]{1,4}[)）]\s*$/u, ''));
}
/** A note's close announcing the reply under it (`…的答复如下：`). */
const ANNOUNCES_REPLY_RE = /(?:回复|回覆|答复|答覆|解答|说明|說明|回答)如下\s*[:：。]?$/u;
/** A note announcing the points under it (`…请注意以下几点。`, `…如下：`, a head ending in its colon). */
const ANNOUNCES_POINTS_RE = /(?:以下|如下|下面)(?:几|幾)?(?:点|點|方面|事项|事項)?[。：:]?$|[:：]$/u;
/** A line turning back to the doctor's own advice after another's words (`另外…`, `此外…`, `总之…`). */
const RESUMES_RE = /^(?:另外|此外|总之|總之|最后|最後|同时|同時|其次|再者|还有|還有)/u;
/** A letter's day (`来信日期：`, `來信時間：`), a mailbox's asking. */
const LETTER_DAY_RE = /(?:来|來)信/u;
/**
 * Whether a line dating the reply stands outside the box of the letter: the nearest box holding the line that dated the asking
 * and every line taken after it, no more than the page's body.
 */
function outsideLetter(askedDay: Block, taken: readonly Block[], reply: Block): boolean {
  for (let box = askedDay.node?.parent ?? null; box && box.type === 'tag'; box = box.parent) {
    const name = (box as { name?: string }).name;
    if (name === 'body' || name === 'html') return false;
    if (taken.every((b) => inside(b.node, box))) return !inside(reply.node, box);
  }
  return false;
}
/** A greeting alone, no name, no word more (`您好！`, `你好。`). */
const BARE_GREETING_RE = /^\s*(?:您好|你好)\s*[！!。.，,：:～~]?\s*$/u;
/**
 * A heading opening the next of the answer's sections, each a box of its own under one container (`<div><h3>可能原因</h3><p>…</p></div>`
 * then `<div><h3>處理方式</h3>…`, an accordion's or a tab set's panels): the section's head, as one in the answer's own box is. Only a
 * heading first in its box, the answer's text under it there, its box right after the one holding the answer's last line,
 * alike it and opening with a head as well.
 */
/** An element's attributes but those that open, close or name it. */
const shapeOf = (el: Element) =>
  Object.entries(el.attribs)
    .filter(([k]) => k !== 'hidden' && k !== 'open' && k !== 'id' && !k.startsWith('aria-') && !k.startsWith('data-'))
    .map(([k, v]) => `${k}=${v.trim()}`)
    .sort()
    .join(' ');
const alike = (a: Element, b: Element) => a.name === b.name && shapeOf(a) === shapeOf(b);
function headsNextSection(head: Block, last: Block, next: Block | undefined, nextKind: Kind | undefined): boolean {
  const box = lineBox(head.node);
  if (box === null || inside(last.node, box)) return false;
  // The box right before it (blank text passed over) holds the answer's last line: the previous section.
  let before: AnyNode | null = box.prev;
  while (before && before.type === 'text' && (before as unknown as { data: string }).data.trim() === '') before = before.prev;
  if (before === null || before.type !== 'tag' || !inside(last.node, before)) return false;
  // Sections alike: the same element with the same attributes as the one before, but what opens, closes or names it (`hidden`,
  // `open`, `aria-*`, `id`, `data-*`). A box of another kind after the answer (an expert's bio under its `专家简介` head, drawn
  // with a rule above it) is none of its sections.
  if (box.type !== 'tag' || !alike(box as Element, before as Element)) return false;
  // And the section before opened with a head too (a box of the answer's text followed by a box of another's words is no run of sections).
  const opening = (before as Element).children.find((c) => c.type === 'tag' || (c.type === 'text' && (c as unknown as { data: string }).data.trim() !== ''));
  const opener = opening ? textContent(opening).replace(/\s+/gu, '') : '';
  if (opener === '' || opener.length > 12 || PROSE_RE.test(opener)) return false;
  if (next === undefined || nextKind !== 'text' || !inside(next.node, box)) return false;
  return firstInBox(head.node, box);
}

/** Whether a line's node stands first in `box`: nothing but blank text before the child of the box that holds it. */
function firstInBox(node: AnyNode | null, box: AnyNode): boolean {
  let el: AnyNode | null = node;
  while (el && el.parent !== box) el = el.parent;
  for (let n = el?.prev ?? null; n; n = n.prev) if (n.type !== 'text' || (n as unknown as { data: string }).data.trim() !== '') return false;
  return el !== null;
}

/**
 * Whether a head opens a box of its own (first in it, the next line under it there) that stands in the container holding the answer's
 * last line: a section boxed within the answer, not a box after it elsewhere on the page.
 */
function headsAdviceBox(head: Block, last: Block, next: Block): boolean {
  const box = lineBox(head.node);
  if (box === null || box.parent === null || inside(last.node, box) || !inside(next.node, box)) return false;
  return lineBox(last.node) === box.parent && firstInBox(head.node, box);
}

/**
 * Whether a short first line heads the first of the answer's sections, each a box of its own opening with its head (a `<details>`'s
 * summary, an accordion's button over its panel, a tab's panel under its `<h3>`): two heads or more, each the first line of its
 * box with the answer's text under it there, the boxes side by side. Such a head is the section's (fresh-4's convention keeps them
 * as paragraphs), no stray short line.
 */
function opensSections(taken: readonly Block[], first: string): boolean {
  if (taken[0]?.text.trim() !== first.trim()) return false;
  const boxes: AnyNode[] = [];
  for (let k = 0; k + 1 < taken.length; k++) {
    const head = taken[k]!;
    if (head.chars > 12 || PROSE_RE.test(head.text)) continue;
    const box = lineBox(head.node);
    if (box === null || !inside(taken[k + 1]!.node, box) || (k > 0 && inside(taken[k - 1]!.node, box))) continue;
    boxes.push(box);
  }
  return boxes.length >= 2 && inside(taken[1]?.node ?? null, boxes[0]!) && boxes.every((b) => b.parent !== null && b.parent === boxes[0]!.parent);
}

/**
 * The answer: the text after the card (or after the question, where the card comes later or
 * not at all), up to the disclaimer, a heading, navigation or the card; labels, meta, player
 * text and prompts in between are passed over.
 */
export function readAnswer(
  blocks: Block[],
  kinds: Kind[],
  question: number,
  end: number,
  card: FoundCard | null,
): { paragraphs: string[]; doubts: string[]; nodes: AnyNode[]; first: number; last: number } {
  let start = question + 1;
  // The card's last line (of the card read, where there are several).
  let cardAt = -1;
  for (let i = question + 1; i < end; i++) if (card && kinds[i] === 'card' && inside(blocks[i]!.node, card.element)) cardAt = i;
  // A reminder the site adds after the card (专家提醒，…) is no answer after it: the answer stands before a card it follows.
  const reminder = blocks.findIndex((b, i) => i > cardAt && i < end && CLOSING_REMINDER_RE.test(b.text));
  // Nor is what follows a line that ends the page's own text (a further-reading head, 相关阅读): a signature card
  // closing the answer is followed by the list's snippets, prose of other pages.
  const ended = kinds.findIndex((k, i) => i > cardAt && i < end && k === 'end');
  const afterCard = kinds.slice(cardAt + 1, Math.min(reminder === -1 ? end : reminder, ended === -1 ? end : ended));
  // Not where the answer stands labelled above the card (`答` over prose) and all that follows it is a role's note (`药师提醒：…` in
  // a box of its own): a note, even of the answering person's role, no answer after the card.
  const proseAfterCard = afterCard.flatMap((k, i) => (k === 'text' && PROSE_RE.test(blocks[cardAt + 1 + i]!.text) ? [blocks[cardAt + 1 + i]!.text] : []));
  // An answer's label (`答`, `专家解答：`), not the asker's (`咨询内容：` over their words, the pharmacist's 药师提示 the answer after the card).
  const labelledAbove = () => kinds.some((k, i) => k === 'label' && ANSWER_LABEL_RE.test(blocks[i]!.text.trim()) && i > question && i < cardAt && kinds.slice(i + 1, cardAt).some((n, j) => n === 'text' && PROSE_RE.test(blocks[i + 1 + j]!.text)));
  const notesOnly = proseAfterCard.every(opensWithStaffNoteHead);
  if (cardAt > question && proseAfterCard.length > 0 && !(notesOnly && labelledAbove())) start = cardAt + 1;
  // The reader's labelled question in a box of its own with their further words under it (`网友提问：…` in a post's shaded box):
  // the lines in that box are the asker's, the answer starts after it, where its prose follows outside the box.
  start = pastAskerBox(blocks, kinds, question, start, end);
  const taken: Block[] = [];
  let lastAt = -1;
  let firstAt = -1;
  // Lines taken before a heading, with no sentence among them: not the answer, which is under that heading.
  const passed: string[] = [];
  const prose = (b: Block) => PROSE_RE.test(b.text);
  // The line a print page's number follows, where it stops mid-sentence.
  let brokenAfter: Block | null = null;
  let askerHeaded = false;
  // The box of the asker's stamp, where only their stamp (`刘** · 女 · 59岁 · 提问于 2019.02.06`) heads what is taken.
  let stampBox: AnyNode | null = null;
  // The box of the asker's line naming them (`提问者：周○○　提问日期：…`), where it heads what is taken.
  let askerLineBox: AnyNode | null = null;
  // A line dating the asking (`来信日期：111-06-17`) over what is taken, nothing taken before it.
  let askedDay: Block | null = null;
  // The head of other content the answer's lines stop at, where it stands among them (below).
  let flatHead: string | null = null;
  // Prose after a letter's closing wish, outside the letter's box (below).
  let wishThenProse: string | null = null;
  // A role's note taken among the answer's paragraphs, the prose after it not turning back to the doctor's own (below).
  let noteInRun: string | null = null;
  const proseAfter = (i: number) => kinds.slice(i + 1, end).some((k, j) => k === 'text' && prose(blocks[i + 1 + j]!));
  // The next sentence after a line stands in that line's box.
  const proseUnder = (i: number) => {
    const next = kinds.findIndex((k, j) => j > i && j < end && k === 'text' && prose(blocks[j]!));
    const box = lineBox(blocks[i]!.node);
    return next !== -1 && box !== null && inside(blocks[next]!.node, box);
  };
  // The box the answerer's label heads (`<div class="answer"><div>专家解答</div><p>…</p></div>`), where it holds the answer's text.
  let labelledBox: AnyNode | null = null;
  // Boxes after the labelled one that the answer's text runs on in (below).
  const runOn: AnyNode[] = [];
  // A label that may head a section of the answer: none of an answer's labels, or an advice head (`医生建议`) where the answer
  // taken so far opens under a head of its own (`病因分析`, no sentence). Defined once, read against what is taken at each line.
  const sectionLabel = (text: string) => !ANSWER_LABEL_RE.test(text) || (ADVICE_HEAD_RE.test(text.trim()) && taken.length > 0 && taken[0]!.chars <= 12 && !PROSE_RE.test(taken[0]!.text));
  for (let i = start; i < end; i++) {
    const kind = kinds[i]!;
    const block = blocks[i]!;
    // The answer ends with the box its label heads: another's reply or a product shelf after it is none of it. Not at the
    // answer's text running on after the box (the label's box held only its opening): a line of the box's parent, in no box of
    // its own, or a box opening with prose, no one's name or role over it, reads on (another's reply is headed by who replies).
    if (labelledBox !== null && taken.length > 0 && !inside(block.node, labelledBox) && !runOn.some((b) => inside(block.node, b))) {
      const box = lineBox(block.node);
      const loose = box === labelledBox.parent;
      if (kind !== 'text' || !(loose || PROSE_RE.test(block.text))) break;
      if (!loose && box !== null) runOn.push(box);
    }
    if (kind === 'label' && labelledBox === null) {
      const box = answererLabelBox(blocks, kinds, i, end);
      // What was taken before the label, outside its box (another person's reply set above it), is not under it: the answer starts there.
      // Not where what was taken stands with the card, in a part the label is outside of: that is the card's doctor's answer, the
      // label another answer's (a list of doctors' answers, each item its label, card and text).
      // Nor where what was taken opens with the answer's prose, no one's name or role over it (`门店验配师 胡建国` heads another's reply):
      // an answer unlabelled above a labelled box is not shown to be another's, and is not dropped for it.
      const unattributed = taken.length > 0 && PROSE_RE.test(taken[0]!.text);
      if (box !== null && !unattributed && taken.every((b) => !inside(b.node, box)) && !(card && takenWithCard(card.element, taken[0]?.node ?? null, block.node))) {
        labelledBox = box;
        taken.length = 0;
        firstAt = -1;
        askerHeaded = false;
        stampBox = null;
        continue;
      }
    }
    const last = taken[taken.length - 1];
    // A role's note in a box of its own after the answer's text (`中药师提示：…` set apart under it): a note, even of the answering
    // person's role (answer-extras.ts reads it so within the answer's box); the answer has ended. Not a box within the one holding
    // the answer's text so far (a pharmacist's own `药师提醒：` under their list, a nurse's `护士提示：` section): their answer goes on.
    if (kind === 'text' && last !== undefined && !inAnswerBox(block.node, taken) && opensWithStaffNoteHead(block.text)) break;
    // A heading in the answer's own container is one of its sub-headings (一、病因), not what follows it.
    const next = blocks[i + 1];
    const subHeading =
      kind === 'heading' &&
      block.chars <= 30 &&
      (last ? lineBox(block.node) === lineBox(last.node) || headsNextSection(block, last, next, kinds[i + 1]) : next !== undefined && kinds[i + 1] === 'text' && lineBox(next.node) === lineBox(block.node));
    // So is a short head worded like a label (`康复建议：`, `护理建议`) between two of the answer's lines in their box: a section's head, kept.
    // So too where it opens the next of the answer's section boxes (`<details><summary>改善建议</summary>…`): its head.
    const headBetween =
      kind === 'label' &&
      last !== undefined &&
      sectionLabel(block.text) &&
      next !== undefined &&
      kinds[i + 1] === 'text' &&
      ((lineBox(block.node) === lineBox(last.node) && lineBox(next.node) === lineBox(block.node)) || (block.chars <= 12 && headsNextSection(block, last, next, kinds[i + 1])));
    // So is an advice head (`医生建议`) opening a box of its own set in the container of the answer's last line, its points under it
    // there (`<div><h4>医生建议</h4><ul><li>…</li></ul></div>` after the answer's paragraphs): the doctor's advice, a section of the
    // answer (the section-head convention), its head kept, whatever the answer opened with.
    const boxedAdvice =
      kind === 'label' && last !== undefined && block.chars <= 12 && ADVICE_HEAD_RE.test(block.text.trim()) && next !== undefined && kinds[i + 1] === 'text' && headsAdviceBox(block, last, next);
    // A link between two of the answer's lines, in their container: an ad set into the answer. So is a run of them
    // (a 【推荐阅读】 link over an ad's slot), each in that container, the answer's text after them; a call to consult among
    // them (`专业治疗 立即咨询`, a note: none of the answer, no end of it) too.
    let after = i;
    while (after < end && (kinds[after] === 'nav' || kinds[after] === 'ui' || kinds[after] === 'note') && lineBox(blocks[after]!.node) === lineBox(last?.node ?? null)) after++;
    // Or the next section's head after them (a `相关阅读` link box between a paragraph and `专家提醒` over the next ones): a short head,
    // no answer's label (another's answer may follow its own) but a section's, in that container over the answer's text.
    const headOver = (j: number) =>
      (kinds[j] === 'heading' || kinds[j] === 'label') && blocks[j]!.chars <= 12 && !PROSE_RE.test(blocks[j]!.text) && sectionLabel(blocks[j]!.text) &&
      kinds[j + 1] === 'text' && j + 1 < end && lineBox(blocks[j]!.node) === lineBox(last!.node) && lineBox(blocks[j + 1]!.node) === lineBox(last!.node);
    // The answer's text after them may go on as a list's items set in that container (`<ul><li>二、…</li>…</ul>`): its points.
    const goesOn = (j: number) => {
      const box = lineBox(blocks[j]!.node);
      return box === lineBox(last!.node) || (box !== null && box.parent === lineBox(last!.node) && inListItem(blocks[j]!.node) && prose(blocks[j]!));
    };
    const setIn = kind === 'nav' && last !== undefined && after < end && ((kinds[after] === 'text' && goesOn(after)) || headOver(after));
    if (setIn) continue;
    // A print page's number between the answer's lines (print-page-number.ts): none of it; a paragraph it cuts
    // mid-sentence goes on in the line after it.
    if (last !== undefined && kind !== 'card' && isPrintPageNumber(block.text)) {
      brokenAfter = MID_PHRASE_END_RE.test(last.text) ? last : null;
      continue;
    }
    if (brokenAfter !== null && brokenAfter === last && kind === 'text') {
      taken[taken.length - 1] = { ...last, text: last.text + block.text.trim(), chars: last.chars + block.chars, linkChars: last.linkChars + block.linkChars, links: [...last.links, ...block.links] };
      brokenAfter = null;
      lastAt = i;
      continue;
    }
    brokenAfter = null;
    // A blurb under its head before the answer's label (节目简介 … 节目文稿), or the asker's words under theirs (问题 … 医生解答):
    // the answer starts under the label.
    // Under the asker's stamp alone, their words stand in the stamp's box, or apart from the label's: lines in the label's own box
    // under a stamp with no words of the asker's (`张** · 男 · 6岁 · 2023-05-05`, then the answer, then its `医生建议：`) are the answer's.
    const labelBox = lineBox(block.node);
    const askers = stampBox === null || taken.every((b) => lineBox(b.node) === stampBox) || (labelBox !== null && !taken.some((b) => inside(b.node, labelBox)));
    // So too the asker's words run into their label (`病友提问：…？…`) over the answer's label alone (`专家解答：`).
    const askedAbove = ANSWER_LABEL_RE.test(block.text.trim()) && labelledQuestion(taken[0]?.text.trim() ?? '') !== null;
    if (kind === 'label' && taken.length > 0 && ((askerHeaded && askers) || askedAbove || headsBeforeAnswer(taken[0]!.text.replace(/\s+/gu, ''))) && proseAfter(i)) {
      taken.length = 0;
      firstAt = -1;
      askerHeaded = false;
      stampBox = null;
      continue;
    }
    // So too at a line dating the reply (`回覆日期：112/05/06`) after the asker's line naming them: a board's reply starts there, the
    // lines taken above it under that line are the asker's words (and a note on their forwarding), as under an answer's label.
    // Only where what was taken stands in the box of the asker's line and the day outside it (a reply's day after its text, in the
    // answer's own box, dates it), and where the reply's text follows the day in the day's box: a day closing the answer's text
    // in a footer of its own, another's words after it (a reader's comment, a second reply), dates what stands above it.
    const inAskerBox = () => askerLineBox !== null && lineBox(block.node) !== askerLineBox && taken.every((b) => lineBox(b.node) === askerLineBox);
    // So too where a line dating the asking heads what was taken (`来信日期：…`, a mailbox's letter over its reply): the box holding
    // both is the letter, the reply's day outside it heads the reply.
    if (kind === 'meta' && askedDay !== null && taken.length > 0 && datesReply(block.text) && proseUnder(i) && outsideLetter(askedDay, taken, block)) {
      taken.length = 0;
      firstAt = -1;
      askedDay = null;
      continue;
    }
    // A letter's day only (`来信日期：`): a question's 提问时间 heads the asker's words on a Q&A page too, the card's answer after them
    // in the same box and a later reply (a follow-up, another doctor's) in a box of its own, no letter's reply.
    if (kind === 'meta' && taken.length === 0 && LETTER_DAY_RE.test(block.text) && datesAsking(block.text)) askedDay ??= block;
    if (kind === 'meta' && askerHeaded && taken.length > 0 && inAskerBox() && datesReply(block.text) && proseUnder(i)) {
      taken.length = 0;
      firstAt = -1;
      askerHeaded = false;
      stampBox = null;
      continue;
    }
    // So too at a reply box's head naming the reply and its day (`答复　答复日期：…`, a board's view): the reply starts under it,
    // the lines above it (the view's fields and the asker's words) are the question's.
    // Only at the first such head: a later one heads a further reply (to the asker's follow-up), the first reply kept above it.
    if (kind === 'meta' && taken.length > 0 && isReplyHead(block.text) && proseAfter(i) && !blocks.slice(question + 1, i).some((b) => isReplyHead(b.text))) {
      taken.length = 0;
      firstAt = -1;
      askerHeaded = false;
      stampBox = null;
      continue;
    }
    // So too under a note announcing the reply below it (`这里是…中心。…李明主任医师的答复如下：`, answer-extras.ts, perhaps read as
    // the card it names), or under the first byline heading an answer (`回复者：李明`, answerer-marks.ts) with a line or two of the
    // asker's taken above it: what was taken above it is the question's. (A later byline heads another's answer, and ends this one.)
    // So does a name labelled as the one replying (`答复专家：廖明刚`).
    const announced = isForwardingNote(block.text) && ANNOUNCES_REPLY_RE.test(block.text);
    const byline = (text: string) => isAnswererByline(text) || isReplyLabelledName(text);
    const firstByline = taken.length <= ASKER_BOX_LINES && byline(block.text) && !blocks.slice(question + 1, i).some((b) => byline(b.text));
    if ((kind === 'note' || kind === 'card') && taken.length > 0 && (announced || firstByline) && proseAfter(i)) {
      taken.length = 0;
      firstAt = -1;
      askerHeaded = false;
      stampBox = null;
      continue;
    }
    // So too under the asker's head as a heading of its own (`<h3>患者提问</h3>`), not taken.
    // And under the asker's line naming them (`提问者：肝友24868　提问时间：…`) or giving their sex and age (`患者 · 男 · 35岁`):
    // what follows it up to the answer's label is theirs.
    // A reader's sign-off (`（巴黎 读者 张同学）`, letter-column.ts) closes their letter: what was taken above it is theirs.
    if (kind === 'asker' && taken.length > 0 && isLetterSignOff(block.text)) {
      taken.length = 0;
      firstAt = -1;
      continue;
    }
    // Or under their stamp (`刘** · 女 · 59岁 · 提问于 2019.02.06`, asker-stamp.ts): the day they asked.
    if (taken.length === 0 && kind !== 'text' && ((block.chars <= 12 && headsBeforeAnswer(block.text.replace(/\s+/gu, ''))) || isAskerLine(block.text) || isAskerProfile(block.text) || isAskerNickStamp(block.text))) {
      askerHeaded = true;
      stampBox = null;
      askerLineBox = isAskerLine(block.text) ? lineBox(block.node) : null;
    } else if (taken.length === 0 && kind !== 'text' && !askerHeaded && isAskerStamp(block.text)) {
      askerHeaded = true;
      stampBox = lineBox(block.node);
    }
    // A record's fields, or a player's caption, before the answer's label (`服务类型：电话问诊`, `通话录音` … 医生小结): no sentence
    // among them, nor a lead-in to what follows (`常见的原因有以下几种：`), the answer starts under the label.
    if (kind === 'label' && taken.length > 0 && taken.every((b) => b.chars <= SHORT_FIELD_CHARS && !prose(b) && !/[:：]\s*$/u.test(b.text)) && proseAfter(i)) {
      taken.length = 0;
      firstAt = -1;
      continue;
    }
    const box = last === undefined ? null : lineBox(last.node);
    if (kind === 'text' || subHeading || headBetween || boxedAdvice) {
      taken.push(block);
      lastAt = i;
      if (firstAt === -1) firstAt = i;
    } else if (kind === 'heading' && taken.length > 0 && blocks.slice(lastAt + 1, i).some((b) => isPaywallPrompt(b.text))) {
      // A preview's lead-in over a paywall (`…可能是以下原因引起：` over `试读结束 · 订阅课程后可查看全部内容`): the part shown ends at the wall.
      break;
    } else if (kind === 'heading' && taken.length > 0 && !taken.some(prose) && proseAfter(i)) {
      passed.push(...taken.map((b) => b.text), block.text);
      taken.length = 0;
      firstAt = -1;
    } else if (kind === 'tags' && last !== undefined && box !== null && lineBox(block.node) === box && opensWithStaffNoteHead(block.text)) {
      // A role's note head (`护士提示：…`, answer-extras.ts) opening a paragraph of the answer's own run, in the box of its last line:
      // where the doctor's prose goes on after it in that box, it is a paragraph of the answer (a doctor telling what the nurses
      // advise, a doctor-nurse team's reply), taken. Closing the run, nothing of the answer after it, it is the note a hospital's
      // board appends (a 註冊護士's 補充 as the last paragraph of the reply's box): the answer has ended, as before. So at a head
      // alone on its line (`护理师补充：`): it heads the words under it, the note's.
      const next = kinds.findIndex((k, j) => j > i && j < end && k !== 'ui' && k !== 'note');
      const worded = /[:：]\s*\S/u.test(block.text);
      // A note announcing the points under it (`护士提示：服用铁剂请注意以下几点。`) heads them: they are the note's, ended as before.
      if (worded && !ANNOUNCES_POINTS_RE.test(block.text.trim()) && next !== -1 && kinds[next] === 'text' && prose(blocks[next]!) && lineBox(blocks[next]!.node) === box) {
        // The prose after it may go on with the note (a nurse's second paragraph) as well as with the doctor's answer: doubted,
        // unless it turns back to the doctor's own (`另外…`, `此外…`).
        if (!RESUMES_RE.test(blocks[next]!.text.trim())) noteInRun ??= block.text.trim();
        taken.push(block);
        lastAt = i;
        continue;
      }
      break;
    } else if (kind === 'tags' && taken.length > 0 && isLetterClosingWish(block.text)) {
      // A letter's closing wish (`敬祝　平安`, letter-column.ts) ends the letter where the signature or the page's furniture follows it.
      // Where the doctor's prose follows it in the letter's box (the box holding the answer so far and the wish: a P.S., more advice
      // before the signature), the letter goes on: the wish is passed over. Prose after it outside that box may be the letter's or
      // another's (a comment, a second reply): ended there, doubted. A line another labels as theirs (`提問者追問：…`) is no prose of
      // the letter's, nor the wish's second half (`此致` / `敬礼！`): the letter has ended, as before.
      const next = kinds.findIndex((k, j) => j > i && j < end && k !== 'ui' && k !== 'note');
      if (next !== -1 && kinds[next] === 'text' && prose(blocks[next]!) && mayGoOnAfterWish(blocks[next]!.text)) {
        if (inAnswerBox(blocks[next]!.node, [...taken, block])) continue;
        wishThenProse = blocks[next]!.text.trim();
      }
      break;
    } else if (taken.length > 0 && (kind === 'disclaimer' || kind === 'card' || kind === 'heading' || kind === 'nav' || kind === 'tags' || kind === 'end')) {
      // A head of other content set among the answer's own lines, in their box with unlinked text after it there (`健康科普` over
      // sentences, `推荐阅读` over a book's title): a side box printed flat, or the doctor's own section; ended, doubted.
      const box = kind === 'end' ? lineBox(last!.node) : null;
      if (box !== null && lineBox(block.node) === box && isSideBoxHead(block.text)) {
        const under = kinds.findIndex((k, j) => j > i && j < end && lineBox(blocks[j]!.node) === box && k !== 'ui');
        if (under !== -1 && kinds[under] === 'text' && blocks[under]!.linkChars === 0) flatHead = block.text.trim();
      }
      break;
    }
  }
  // A heading with no text after it heads what follows the answer.
  if (taken[taken.length - 1]?.heading) taken.pop();
  // An answer in sections (病情分析, 指导意见) starts at its first section head: lines before it are someone else's (the asker's).
  const firstHead = taken.findIndex((b) => isSectionHead(b.text));
  if (firstHead > 0) passed.push(...taken.splice(0, firstHead).map((b) => b.text));
  // A truncated preview (…展开全文) over the full text, hidden or not: the full text is the answer.
  const previews = previewLines(taken.map((b) => b.text));
  if (previews.size > 0) taken.splice(0, taken.length, ...taken.filter((_, i) => !previews.has(i)));
  // A table in the answer is read a row a paragraph (answer-table.ts).
  taken.splice(0, taken.length, ...withTableRowsJoined(taken, blocks));
  // A line cut short keeps its ellipsis, not the prompt after it (`…可... 打开APP阅读全文 ›`).
  let walled = false;
  const paragraphs = taken.map((b) => {
    // A screen reader's `正文：` before each paragraph (announced-label.ts): the toolbar's, none of the answer.
    const said = withoutAnnouncement(b);
    const text = b.links.length > 0 ? said.replace(TRAILING_PROMPT_RE, '') : said;
    const cutAt = withoutCutPrompt(text);
    walled ||= cutAt.walled;
    // Footnote marks printed as text (`…治疗。¹`, `…治疗。[4]`): none of its words (references.ts).
    return withoutTrailingTopicTags(withoutTextMarks(cutAt.text));
  });

  // A prompt to log in or open the app under the cut line: the rest is behind the wall, not on the page.
  for (let i = lastAt + 1; i < end && i <= lastAt + 3 && !walled; i++) walled = kinds[i] !== 'text' && (isWallPrompt(blocks[i]!.text) || isAppPrompt(blocks[i]!.text));
  if (paragraphs[0] && LABEL_PREFIX_RE.test(paragraphs[0])) paragraphs[0] = paragraphs[0].replace(LABEL_PREFIX_RE, '');
  // A board's greeting to the thread's starter alone before the reply (`PO主你好：`, reply-form.ts): none of the answer.
  // So is the salutation alone (`您好！`) of a reply to the letter the page prints above it under its label (`来信内容：…`,
  // reply-form.ts): the office's form, as a mailbox's record of rows reads it (message-board.ts).
  const answersLetter = () => kinds.some((k, i) => k === 'asker' && i > question && i < end && isLetterLine(blocks[i]!.text));
  // So is a bare greeting alone on the answer's first line (`您好！`, `你好。`): no word of the answer, whatever the page.
  if (paragraphs.length > 1 && (greetsThreadStarter(paragraphs[0]!) || BARE_GREETING_RE.test(paragraphs[0]!) || (isSalutation(paragraphs[0]!) && answersLetter()))) paragraphs.shift();
  // The chapter list a video's description ends with (video-page.ts).
  paragraphs.splice(withoutChapterList(paragraphs).length);
  // An English paragraph beside each Chinese one: the translation, none of the answer (translation.ts).
  // So is a Korean original under its head beside the Chinese answer (translation.ts).
  paragraphs.splice(0, paragraphs.length, ...withoutOriginalBeside(withoutEnglishBeside(paragraphs)));
  // The asker's short thanks after the answer, under their label (`患者：谢谢医生`), with no word of the doctor's after it: theirs,
  // none of the answer. A follow-up that asks something stays, doubted (the doctor's reply to it may be missing).
  const thanks = (p: string) => [...p].length <= ASKER_REPLY_CHARS && ASKER_VOICE_RE.test(p) && !asksQuestion(p);
  // So is their speaker line alone at the end (`患者` over a turn not read as text): it heads a turn of theirs.
  while (paragraphs.length > 1 && (thanks(paragraphs[paragraphs.length - 1]!) || ASKER_SPEAKER_RE.test(paragraphs[paragraphs.length - 1]!))) paragraphs.pop();
  const doubts: string[] = [];
  if (flatHead !== null) doubts.push(`a head of other content among the answer's own lines (${flatHead.slice(0, 12)}), text after it: read as ending the answer`);
  if (noteInRun !== null) doubts.push(`a role's note among the answer's paragraphs, prose after it that may be the note's (${noteInRun.slice(0, 12)}): read as the answer's`);
  if (wishThenProse !== null) doubts.push(`a letter's closing wish with prose after it outside the letter's box (${wishThenProse.slice(0, 12)}): read as ending the answer`);
  if (passed.length > 0) doubts.push(`the answer starts under a heading or section head; passed over: ${passed.join(' / ').slice(0, 40)}`);
  const d = card?.doctor;
  const cardText = (p: string) =>
    // A sentence's end, full width or half (a CMS that prints `。` as `.`), is no card's.
    (p.length <= 40 && !/[。！？!?]|\.$/u.test(p) && isCardLine(p)) ||
    (d?.name && p.includes(d.name) && ((d.title && p.includes(d.title)) || (d.hospital && p.includes(d.hospital))));
  // The doctor introducing themselves in the reply (`您好，我是…的王芳医生`) is no card (core/reply-opening.ts).
  const holding = paragraphs.find((p) => cardText(withoutSelfIntroduction(p)));
  if (holding) doubts.push(`the answer holds doctor-card text (${holding.slice(0, 20)})`);
  const first = paragraphs[0];
  if (first && first.length <= 8 && !PROSE_RE.test(first) && !ENUMERATED_RE.test(first) && !isSectionHead(first) && !opensSections(taken, first)) doubts.push(`the answer starts with a short line (${first})`);
  else {
    const bare = [paragraphs[0], paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : undefined].find((p) => p !== undefined && isNumberedNonSentence(p));
    if (bare) doubts.push(`the answer starts or ends with a line of figures that is no sentence (${bare.slice(0, 20)})`);
  }
  // A short dated line in an answer is page meta in words the reader does not know.
  // A paragraph that stops mid-phrase with the next going on (`…一般几天就` / `能缓解，…`): a line break inside a sentence,
  // the page's wrapping or its paragraphs, which the reader cannot tell apart.
  // A row of a table's cells (`口服 每日两次，饭后 勿自行加量`, one space between cells) among others (a row before or after it) is no
  // sentence broken over two paragraphs: each row is its own, and the table's last is followed by the answer's next line.
  const rows = (i: number) => CELLS_ROW_RE.test(paragraphs[i]!) && (CELLS_ROW_RE.test(paragraphs[i + 1] ?? '') || CELLS_ROW_RE.test(paragraphs[i - 1] ?? ''));
  const broken = paragraphs.findIndex((p, i) => i + 1 < paragraphs.length && [...p].length >= 12 && MID_PHRASE_END_RE.test(p) && PROSE_RE.test(p) && !ENUMERATED_RE.test(paragraphs[i + 1]!) && !isSectionHead(paragraphs[i + 1]!) && !rows(i));
  if (broken !== -1) doubts.push(`a paragraph stops mid-phrase and the next goes on (${paragraphs[broken]!.slice(-10)} / ${paragraphs[broken + 1]!.slice(0, 10)})`);
  const dated = paragraphs.find((p) => (p.length <= 30 && readMetaLine(p).dates.length > 0) || ENDS_WITH_DATE_RE.test(p));
  if (dated) doubts.push(`the answer holds a dated line (${dated})`);
  const voiced = paragraphs.find((p) => OTHER_VOICE_RE.test(p) || isOtherAnswersHead(p) || ADDRESSES_DOCTOR_RE.test(p.trim()));
  if (voiced) doubts.push(`the answer holds a line of someone else (${voiced.slice(0, 20)})`);
  // A short line naming a desk's role or a picture's source (`编辑 王芳 审核 李明`, `（編輯／王芳）`, `资料图`) in a form no rule
  // knows: a credit or a caption read into the answer, most likely (furniture-lines.ts).
  const credit = paragraphs.find(mayBeCreditOrCaption);
  if (credit) doubts.push(`the answer holds a short line naming a desk's role or a picture's source (${credit.slice(0, 20)})`);
  // A preview cut by a login wall is the answer as the page shows it; one cut by 展开全文 hides its full text somewhere not found.
  const cut = walled ? undefined : paragraphs.find(isTruncated);
  if (cut) doubts.push(`the answer holds a line cut short, a preview whose full text was not found (${cut.slice(-20)})`);
  return { paragraphs, doubts, nodes: taken.flatMap((b) => (b.node ? [b.node] : [])), first: firstAt, last: lastAt };
}
/**
 * The box an answerer's label heads (answer-labels.ts): the label's own box, where a sentence of text follows the label inside it.
 * The label's box holding only the label (a heading's row over the answer) heads nothing by itself: null.
 */
function answererLabelBox(blocks: Block[], kinds: Kind[], at: number, end: number): AnyNode | null {
  if (!ANSWERER_LABEL_RE.test(blocks[at]!.text.trim())) return null;
  const box = lineBox(blocks[at]!.node);
  if (box === null) return null;
  for (let i = at + 1; i < end && inside(blocks[i]!.node, box); i++) if (kinds[i] === 'text' && PROSE_RE.test(blocks[i]!.text)) return box;
  return null;
}
/** Whether a line stands in the box holding the answer's lines taken so far (the nearest around its first line's box that holds its last). */
function inAnswerBox(node: AnyNode | null, taken: readonly Block[]): boolean {
  let box = lineBox(taken[0]?.node ?? null);
  const last = taken[taken.length - 1]?.node ?? null;
  while (box !== null && last !== null && !inside(last, box)) box = box.parent;
  return box !== null && inside(node, box);
}
/** Whether a line stands with the card in a part (their nearest common box) that a later line, a label, is outside of. */
function takenWithCard(card: AnyNode, line: AnyNode | null, label: AnyNode | null): boolean {
  if (line === null || label === null) return false;
  let common: AnyNode | null = card;
  while (common !== null && !inside(line, common)) common = common.parent;
  return common !== null && !inside(label, common);
}
/** A line of a widget's figures that is no sentence (`听全文 00:00 / 02:07`, `已回答812个问题`, `孕36周+3天`): a player's, a counter's or a badge's, in words the reader does not know. */
const isNumberedNonSentence = (p: string) =>
  p.length <= 40 && WIDGET_FIGURES_RE.test(p) && !PROSE_RE.test(p) && !/[:：]$/u.test(p) && !ENUMERATED_RE.test(p) && !isSectionHead(p);
/** A player's time (`02:07`), a count of people or things (`812个`, `2310人`; not a dose's `3次` nor a time's `3个月`), a pregnancy's week (`36周+3天`). */
const WIDGET_FIGURES_RE = /\d{1,2}[:：]\d{2}|\d\s*(?:个(?!月|小时|星期|疗程)|人|条|位|周\s*\+)/u;
/** A line that is the question under a label naming who asked (`粉丝问：…`, `网友提问：…`, genre.ts). */
export function restatesQuestion(line: string, question: string): boolean {
  const asked = labelledQuestion(line);
  return asked !== null && comparable(asked).replace(/[？?]+$/u, '') === comparable(question).replace(/[？?]+$/u, '');
}
/**
 * A line that opens with the whole question, then a space and more words (`宝宝皮肤刺痛几天了怎么办 最近一段时间一直这样，…`): the
 * asker's first message, the question typed again with its description, as a chat prints it. A doctor restating the question
 * sets it off with punctuation (`宝宝皮肤刺痛几天了怎么办？这种情况…`), never a bare space.
 */
export function opensWithQuestion(line: string, question: string): boolean {
  const asked = question.trim().replace(/[？?]+$/u, '');
  if ([...asked].length < 6) return false;
  const text = line.trim();
  return text.startsWith(asked) && /^[？?]?[ \u3000\u00a0]+\S/u.test(text.slice(asked.length));
}
/** A line that repeats the question and asks (`…怎么回事，请问需要怎么处理？`): the asker's words, not the doctor's. */
export function asksAgain(line: string, question: string): boolean {
  const asked = comparable(question.replace(/[？?]+$/u, ''));
  return [...asked].length >= 4 && comparable(line).includes(asked) && /请问|[？?]$/u.test(line.trim());
}
