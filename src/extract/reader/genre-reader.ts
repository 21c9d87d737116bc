import { isLetterLine } from '../words/reply-form.js';
import { yearlessDayByStructuredData } from '../dates/yearless-day.js';
import { stampMonthDay } from '../records/chat-days.js';
import { laterAnswersStart } from '../layouts/answer-list.js';
import { isReprintNotice, namesCopySource, withoutPublishedWhereAnswered } from '../dates/published-date.js';
import { isBareWeekdayDay, isServedDayLine } from '../dates/served-day.js';
import { holdsTwoWayDay, unreadTwoWayDays } from '../dates/year-last-date.js';
import { sessionOpeningDay } from '../dates/session-day.js';
import { isAskerNickStamp, isDoctorStarterStamp, isStarterStamp } from '../layouts/asker-stamp.js';
import { isBlankReplyDay, isProductDay } from '../dates/date-label-line.js';
import { isSenderStamp } from '../records/texted-question.js';
import { isCardButton } from '../card/marked-card.js';
import { documentTitles, shownBodies } from '../lines/merged-bodies.js';
import { titleNamesPageKind } from '../records/consult-title.js';
import { boardRecord, type BoardRecord } from '../layouts/message-board.js';
import { columnAnswer, columnFormat, NEXT_READER_ASKS, readerQuestion } from '../layouts/column-answer.js';
import { columnDate, issueDate, numbersIssue, paperIssueDate } from '../layouts/issue-date.js';
import { mailedReply } from '../layouts/mailed-reply.js';
import { progressSteps } from '../records/progress-steps.js';
import { readPost } from '../card/account-post.js';
import { nextPostInAnswer } from '../layouts/stamp-below.js';
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { comparable } from '../../core/text.js';
import type { Doctor, ReadBy } from '../../schema/entry.js';
import type { EntryDraft } from '../../schema/records.js';
import { pageDraft } from '../draft.js';
import { asksQuestion, isCareTip, isDisclaimer, isRelatedLabel, questionFromTitle, PROSE_RE } from '../words/genre.js';
import { inside, renderBlocks, type Block } from '../lines/html-lines.js';
import { findDate, isBbsPostStamp, namesDay, readMetaLine } from '../dates/page-meta.js';
import { isPartialDayStamp, RELATIVE_DATE_RE } from '../dates/relative-date.js';
import { foldPage } from '../words/han-fold.js';
import { withoutInvisible } from '../tree/hidden-text.js';
import { textContent, type PageIndex } from '../tree/page-index.js';
import { isReviewCredit } from '../words/references.js';
import type { PageQuery } from './page-query.js';
import { findRelatedList, withoutFeedBefore, type RelatedList } from '../related/related-list.js';
import { readPrintedList } from '../related/printed-list.js';
import { withoutOwnQuestionLinks } from '../related/link-list.js';
import { columnOthers, OTHERS_AROUND } from '../related/column-others.js';
import { readStructuredData } from '../lines/structured-data.js';
import { sellsConsultation } from '../words/product-card.js';
import { isAcceptedMark } from '../layouts/accepted-answer.js';
import { accountPostDay, isPostStamp } from '../dates/post-stamp.js';
import { asksInSession, nextPairAt, otherPairAt } from '../layouts/qa-pairs.js';
import { isPaywallPrompt } from '../words/read-more.js';
import { noQaHere } from '../lines/no-qa-page.js';
import { patientReview } from '../layouts/patient-review.js';
import { answerItemOf, laterAnswerItems, otherAnswerItems } from '../layouts/answer-items.js';
import { answeredOnVideo, leadPlayers, withoutCueTimes } from '../layouts/video-page.js';
import { isArticlePager } from '../words/pager.js';
import { isMemberByline, underMemberByline } from '../layouts/member-answer.js';
import { copiedFrom } from '../layouts/note-clip.js';
import { sheetRecord } from '../layouts/record-sheet.js';
import { endsListAbove } from '../related/list-above.js';
import { isActivityLine } from '../related/ticker.js';
import { headedThread } from '../layouts/headed-posts.js';
import { forumThread, nextFloorAt } from '../layouts/forum-floors.js';
import { stampedFloors } from '../layouts/stamped-floors.js';
import { textFloors } from '../layouts/text-floors.js';
import { bylinedThread } from '../layouts/bylined-posts.js';
import { adviceSection, holdsOrderNumber } from '../records/record-sections.js';
import { LABEL_PREFIX_RE, LABEL_SPACED_RE } from '../words/answer-labels.js';
import { readAnswer, restatesQuestion, asksAgain, opensWithQuestion } from './answer-text.js';
import { findAnswerCard } from './answer-card.js';
import { withoutNameSignature } from '../words/name-signature.js';
import { classifyLines } from './answer-lines.js';
import { reviewDay, reviewerCredit } from '../card/reviewer-credit.js';
import { isServiceMessage } from '../records/assistant-turns.js';
import { completeColumnDoctor, completeDoctor, readDoctor } from './answer-doctor.js';
import { withCellLabels, readMeta, daysAfter, stampDay } from './answer-meta.js';
import { formatFromSigns } from './answer-format.js';
import { answeredFeed, unlistedQuestions, OFF_SITE, checkRelated, isAloneInBox, headsOnlyLinks } from './related-check.js';
import { metaTagDate, headOf } from '../dates/meta-tag-date.js';
import { translatedHalfDay } from '../dates/translated-day.js';
import { findOwnQuestion, questionDoubts, questionShapeDoubt } from './own-question.js';
import { withoutAnswererName, withoutColumnName } from './page-question.js';
import { zoneEnd, firstItemAfter, othersEnd, othersBefore, ownEnd, boxOf, endAfter, listBoxInText } from './answer-zone.js';
import { foreignStamps } from './foreign-stamps.js';
import { withSiteHospital } from './site-hospital.js';
import { checkStructuredData } from '../lines/structured-check.js';
import { isFilmCaptionOf, isWatchFilmLabel } from '../dates/media-format.js';
import { adBoxes, inAdBox, inSideColumn, replayFormat } from '../card/side-column.js';
import { isReadAloud } from '../words/read-aloud.js';
import { asRegisteredSpecialist } from '../card/registered-specialist.js';
import { keepingCardParts } from '../card/card-element.js';
import { cardAgainstPage } from '../card/card-against-page.js';
import { invitedTitle } from '../card/credit-sentence.js';
import { isServiceMenu } from '../dates/format-chip.js';

/**
 * The genre reader: a page of the genre read by what its parts say and how such pages are
 * shaped, whatever the markup. The question is the heading the <title> repeats; the doctor
 * card the smallest block holding a title of the vocabulary beside a name and a hospital;
 * the answer the main text after the card that is neither card, label, meta, player,
 * disclaimer nor list; date and format wherever they sit near the question or answer; the
 * related list the repeated items under a 相关推荐-kind heading. Where it is unsure, the entry
 * says why (`doubts`, published as the `unsure_reading` flag).
 *
 * This module composes the steps; each lives in a module of its own: the question (page-question.ts),
 * where the page's own part ends (answer-zone.ts), the card (answer-card.ts), every line's kind
 * (answer-lines.ts, line-kinds.ts), the answer's text (answer-text.ts), its date and format
 * (answer-meta.ts), the doctor (answer-doctor.ts), the related list's checks (related-check.ts) and
 * the structured data's (structured-check.ts).
 */

/** The doubt where the dates or formats near the answer disagree: a reviewer's own day settles it (reviewer-credit.ts). */
const DISAGREE = 'dates or formats near the answer disagree';

export interface GenreReading {
  page: EntryDraft | null;
  related: EntryDraft[];
  /** Where the page entry's parts were read (what profile learning aligns across pages). */
  found?: GenreFound;
  /** Why the page holds no Q&A of its own, where it is such a page (no-qa-page.ts). */
  noQa?: string;
  /** Why the page's own Q&A was not read: where its related items were, published as the page entry's reject; else said in the page's. */
  ownUnread?: string;
}

/** The nodes the genre reader read the page entry from. */
export interface GenreFound {
  /** The question's line (its first text node). */
  question: AnyNode | null;
  /** The answer's lines, in order (their first text nodes). */
  answer: AnyNode[];
  /** The doctor card it read. */
  card: Element | null;
  /** The related list's label, where there is one. */
  relatedLabel: Element | null;
}

/** A page as the genre reader takes it: a cheerio document, or the page's one walk and its queries (page-index.ts). */
export type GenrePage = CheerioAPI | { index: PageIndex; query: PageQuery };

/**
 * `structuredData`: whether the page may hold JSON-LD (its text mentions `ld+json`); pages that
 * do not are spared the search for it. `relatedLabel`: the selector of the related list's label a
 * profile names (related-list.ts).
 */
export function readGenrePage(source: GenrePage, resolve: (href: string) => string, options: ReadOptions = {}): GenreReading {
  // A page in traditional script is read folded to simplified (its labels and vocabulary match), and published as printed.
  const document = typeof source === 'function' ? source.root().get(0)! : source.index.document;
  const folded = foldPage(document);
  if (!folded) return withRegisteredSpecialist(keepingCardParts(() => readPage(source, resolve, options)), document);
  try {
    const reading = withRegisteredSpecialist(keepingCardParts(() => readPage(source, resolve, options)), document);
    // The card's values where the card prints them: nearest its name (a title printed twice, `醫師解答` over `{name} 医师`). A
    // department run into the title after it (`兒科專科醫生`, a specialist's) is where the two run together, not the same word
    // printed apart nearby (another card's `儿科` in a list beside it).
    const cardValue = (d: EntryDraft, k: string, v: string): string => {
      const near = k === 'name' || !d.doctor.name ? undefined : folded.placeOf(d.doctor.name);
      const runOn = k === 'department' && d.doctor.title ? v + d.doctor.title : null;
      return runOn !== null && folded.placeOf(runOn) !== -1 ? folded.asPrinted(runOn, near).slice(0, v.length) : folded.asPrinted(v, near);
    };
    const printed = (d: EntryDraft): EntryDraft => ({
      ...d,
      question: folded.asPrinted(d.question),
      answerParagraphs: d.answerParagraphs.map((p) => folded.asPrinted(p)),
      doctor: Object.fromEntries(Object.entries(d.doctor).map(([k, v]) => [k, v === null ? null : cardValue(d, k, v)])) as unknown as Doctor,
    });
    const related = reading.related.map(printed);
    const page = reading.page ? printed(reading.page) : null;
    return { ...reading, page, related };
  } finally {
    folded.restore();
  }
}

/** A Hong Kong card's `{specialty}專科醫生`: the title 專科醫生 and the specialty its department (registered-specialist.ts). */
function withRegisteredSpecialist(reading: GenreReading, document: AnyNode): GenreReading {
  if (!reading.page?.doctor.title) return reading;
  const doctor = asRegisteredSpecialist(reading.page.doctor, document);
  return doctor === reading.page.doctor ? reading : { ...reading, page: { ...reading.page, doctor } };
}

interface ReadOptions {
  structuredData?: boolean;
  relatedLabel?: string;
}

function readPage(source: GenrePage, resolve: (href: string) => string, options: ReadOptions): GenreReading {
  const $ = typeof source === 'function' ? source : null;
  const walked = typeof source === 'function' ? null : source;
  // Every body a browser shows, merged (merged-bodies.ts): an injected document's body may come first.
  const bodies = shownBodies($ ? ($('body').toArray() as Element[]) : walked!.index.bodies);
  const { blocks, media, stamps } = renderBlocks(bodies.length > 0 ? bodies : ($ ? $.root().get(0)! : walked!.index.document));
  const firstTitle = withoutInvisible($ ? $('title').first().text() : walked!.index.titles[0] ? textContent(walked!.index.titles[0]) : '');
  // Search results, a removed question's notice, a login wall, a patient's review of a doctor (patient-review.ts): no Q&A of the page's own, and their lists none related to one.
  const noQa = noQaHere(blocks, firstTitle) ?? patientReview(blocks);
  if (noQa) return { page: null, related: [], noQa };
  const found = $ ? findRelatedList($, resolve) : walked!.query.relatedList(resolve, options.relatedLabel);
  let list: RelatedList = { ...found, items: checkRelated(found.items, resolve, copiedFrom(blocks)) };
  const structured = options.structuredData === false ? null : readStructuredData($ ?? walked!.index.jsonLd);
  // A public board's record of a message and the reply it was forwarded for: its fields say what each part is (message-board.ts).
  // So is a back office's record exported as a sheet: a head row over the record's row (record-sheet.ts).
  const board = boardRecord(blocks) ?? sheetRecord(blocks);
  if (board) return readingOf(withSiteHospital(board, blocks, firstTitle), blocks, list);
  // A reply as mail and BBSes print it: its header's fields, its signature and the original it quotes say what each part is (mailed-reply.ts).
  const mailed = mailedReply(blocks);
  if (mailed) return readingOf(mailed, blocks, list);
  // A doctor's post on their own account (account-post.ts): its question, and later its card.
  const post = readPost(blocks);
  const laterTitles = () => documentTitles($ ? ($('title').toArray() as Element[]) : walked!.index.titles).slice(1).map((t) => withoutInvisible(textContent(t)));
  const questionRead = findOwnQuestion({ blocks, media, title: firstTitle, laterTitles, structured, post });
  if (questionRead === null) return { page: null, related: list.items, ...(list.items.length > 0 ? { ownUnread: 'no question of its own found' } : {}) };
  const { at, title, student, aired } = questionRead;
  // A latest feed before the question (a side column's 最新咨询) is none of its related links (related-list.ts).
  list = withoutFeedBefore(list, blocks[at.index]!.node);
  // A column's other answers beside the page's own, collapsed to their linked questions under no head (column-others.ts): its related items.
  if (list.items.length === 0 && !list.links && !list.label && !list.unplaced) {
    const others = columnOthers(blocks[at.index]!.node!, resolve);
    // Printed as the column's feed (around the page's own, by their days): their order is the column's, not a list's; each is doubted.
    const items = others ? others.items.map((i) => (others.feed ? { ...i, doubts: [...(i.doubts ?? []), OTHERS_AROUND] } : i)) : [];
    if (others) list = { ...list, items: checkRelated(items, resolve, copiedFrom(blocks)) };
  }
  // A player in a side column (an aside, a 推荐视频 box) plays the site's film, none of the answer's (side-column.ts).
  // So does a voice player labelled to read aloud (`收聽本文` before it or on its line): the site reading its text, no recording of the answer.
  const readAloud = (m: (typeof media)[number]) => m.format === 'voice' && [blocks[m.at - 1], blocks[m.at]].some((b) => b !== undefined && isReadAloud(b.text));
  const players = media.filter((m) => !inSideColumn(m, blocks, at.index) && !readAloud(m));
  // A list holding the page's own question among its items (a doctor's page listing all its answers): that one is the page's, no item.
  const ownQuestion = comparable(at.text);
  const others = list.items.filter((i) => comparable(i.question) !== ownQuestion && comparable(i.answerParagraphs[0] ?? '') !== ownQuestion);
  if (others.length < list.items.length) list.items = others.map((item, position) => ({ ...item, position }));
  // So is a bare link of its own question among the list's links (link-list.ts).
  if (list.links) list.links = withoutOwnQuestionLinks(list.links, (q) => comparable(q) === ownQuestion);
  // A forum thread in floors: the certified doctor's floor is the answer, its tail the date (forum-floors.ts).
  const thread = forumThread(blocks, at);
  if (thread) return readingOf(thread, blocks, list);
  // A thread whose floors are headed by the poster's column and `发表于` (Discuz!): the certified doctor's floor (stamped-floors.ts).
  const floors = stampedFloors(blocks, at);
  if (floors) return readingOf(floors, blocks, list);
  // A thread printed as plain text (a board's 文字版), floors headed `[2楼] nick day`: the floor signed under `--` (text-floors.ts).
  const plain = textFloors(blocks, at);
  if (plain) return readingOf(plain, blocks, list);
  // A thread on an English-interface board, each post under its byline (`by nick » day`, `Posted: day`): the doctor's post (bylined-posts.ts).
  const bylined = bylinedThread(blocks, at);
  if (bylined) return readingOf(bylined, blocks, list);
  // A thread of posts each headed by its author and day: the post of the author marked a doctor (headed-posts.ts).
  const posts = headedThread(blocks, at);
  if (posts && 'unmarked' in posts) return { page: null, related: list.items, ownUnread: posts.unmarked };
  if (posts) return readingOf(posts, blocks, list);
  // A related list's box set between two paragraphs of the answer's text (answer-zone.ts) ends no part of the page: the next list's head after it does.
  const insertedBox = listBoxInText(list.label ?? list.linksLabel ?? null);
  const afterBox = insertedBox ? blocks.findIndex((b, i) => i > at.index && !inside(b.node, insertedBox) && b.chars <= 24 && b.linkChars === 0 && isRelatedLabel(b.text.trim()) && blocks.slice(0, i).some((x) => inside(x.node, insertedBox))) : -1;
  const listEnd = insertedBox ? (afterBox === -1 ? blocks.length : afterBox) : Math.min(zoneEnd(blocks, at.index, list.label ?? list.linksLabel ?? null), firstItemAfter(blocks, at.index, list.items));
  // Another signed 问 / 答 pair after the page's own is a Q&A of its own (qa-pairs.ts).
  // Others' answers before the answering doctor's card are passed over: the answer's end is sought after them.
  const before = othersBefore(blocks, at.index, listEnd);
  const end = nextPairAt(blocks, at.index, othersEnd(blocks, before ? before[1] - 1 : at.index, listEnd));
  // An article's own 问 / 答 pair followed by another, unsigned (the same expert's second Q&A): the answer ends where it opens,
  // though the article's card may stand after it (its 专家简介) (qa-pairs.ts).
  const pairEnd = otherPairAt(blocks, at.index, end, at.text);
  // A newspaper column: a reader's 问 and the 答 that names who answers (column-answer.ts), dated by the issue (issue-date.ts).
  const column = columnAnswer(blocks, at.index, end);
  if (column) {
    const date = columnDate(blocks, at.index, column.lines[0]!, stamps, end, column.lines[column.lines.length - 1]!) ?? accountPostDay(blocks.map((b) => b.text), column.lines[0]!, title);
    const played = columnFormat(players, column, blocks, at.index);
    // Another reader's question after the answer is no doubt where it opens such a pair: the article's next Q&A.
    const nextAsked = column.doubts.indexOf(NEXT_READER_ASKS);
    if (nextAsked !== -1 && column.lines.at(-1)! < pairEnd && blocks.slice(column.lines.at(-1)! + 1, pairEnd).every((b) => b.text.trim() === '')) column.doubts.splice(nextAsked, 1);
    // No day read where the column's head prints its day not whole (`11小时前`, `07-22 11:01`, relative-date.ts): null by what the
    // page prints, no day missed.
    const partial = date === null && blocks.slice(at.index + 1, column.lines[0]!).some((b) => isPartialDayStamp(b.text));
    const doubts = [...column.doubts, ...played.doubts, ...(date === null && !partial ? ['no date read: the column prints none, and no issue day or posting line stands above it'] : []), ...(at.confirmed ? [] : ['the question is not the heading the <title> repeats'])];
    // A headline that asks nothing over the reader's question (`{topic}，专家来支招`): the reader's question is the page's.
    // So too under a headline filing a topic under the column's name (`医生答问｜{topic}怎么办？`): the topic, the reader's the question.
    const printed = blocks[at.index]!.text.trim();
    const filed = withoutColumnName(printed);
    const asked = readerQuestion(blocks, column.asks, at.text, filed !== printed ? filed : null);
    const question = asked === null ? { index: at.index, text: at.text } : { index: column.asks, text: asked };
    // The credit's doctor completed from the page: the info line's department, the masthead's grade (answer-doctor.ts).
    const doctor = completeColumnDoctor(blocks, at.index, column.lines[0]!, column.doctor);
    return readingOf({ ...column, doctor, question, answerLines: column.lines, date, doubts, format: played.format }, blocks, list);
  }
  // The answering doctor's card, where the page shows one (answer-card.ts); of several answers, the one the asker picked.
  const { card, accepted } = findAnswerCard(blocks, at, end, listEnd, bodies);
  const [answerFrom, answerTo] = accepted ? [accepted.from - 1, accepted.to] : [at.index, pairEnd];
  const othersLine = (i: number) => accepted !== null && (i < accepted.from || i >= accepted.to) && inside(blocks[i]!.node, accepted.element.parent!);
  // Every line between the question and the zone's end classified, then re-marked by its neighbours (answer-lines.ts).
  const { info, kinds, label, viewByline, schedule, chat, unyearedStamps, texted, cellCard, signed, credited, account, record, reviewer, repost, unsureReviews } = classifyLines(blocks, players, at, end, card, post);
  if (insertedBox) for (let i = at.index + 1; i < end; i++) if (inside(blocks[i]!.node, insertedBox)) kinds[i] = 'nav';
  // A record's form of labelled sections (问诊报告, 订单详情): the answer is what the doctor's label heads (record-sections.ts).
  const advice = accepted === null && titleNamesPageKind(questionFromTitle(title)) ? adviceSection(blocks, at.index + 1, end) : null;
  let answer = advice ? readAnswer(blocks, kinds, advice.label, advice.end, null) : readAnswer(blocks, kinds, answerFrom, answerTo, signed ? null : card);
  // Nothing but short lines after the card: the card stands after the answer (a side column printed after the content).
  // So too where the text after the card stands outside the box that holds the question and the card
  // (a search result's answer card: the next results follow it), and text before the card stands inside it.
  const box = card ? boxOf(blocks[at.index]!.node, card.element) : null;
  const outside = box !== null && answer.first >= 0 && !inside(blocks[answer.first]!.node, box);
  // So too where the card's item in a list of answers ends before the text after it: that text is the next doctor's (answer-items.ts).
  const item = card?.others ? answerItemOf(card.element) : null;
  const nextItem = item !== null && answer.first >= 0 && !inside(blocks[answer.first]!.node, item);
  if (!advice && card && (outside || nextItem || !answer.paragraphs.some((p) => PROSE_RE.test(p)))) {
    // The card's own item holds its text: read there, from the item's first line (the lines above it are the asker's and the list's head).
    const itemFrom = nextItem ? blocks.findIndex((b, i) => i > answerFrom && i < answerTo && inside(b.node, item!)) : -1;
    const before = readAnswer(blocks, kinds, itemFrom > answerFrom ? itemFrom - 1 : answerFrom, answerTo, null);
    const within = (el: Element | null) => el === null || (before.first >= 0 && inside(blocks[before.first]!.node, el));
    if (before.paragraphs.some((p) => PROSE_RE.test(p)) && (!outside || within(box)) && (!nextItem || within(item))) answer = before;
  }
  // Of answers listed alike (other authors' too, whoever they are), the answer's own item holds it: it ends where another
  // item begins, and the others' days are theirs (answer-items.ts).
  const otherItems = !advice && card && answer.first >= 0 ? otherAnswerItems(card.element, blocks[answer.first]!.node!) : [];
  const intoOther = otherItems.length > 0 ? blocks.findIndex((b, i) => i > answer.first && i <= answer.last && otherItems.some((el) => inside(b.node, el))) : -1;
  if (intoOther !== -1) answer = readAnswer(blocks, kinds, answer.first - 1, intoOther, null);
  // A thread's next post read into the answer past the doctor's post's stamp (a member's reply under it): none of the answer (stamp-below.ts).
  const nextPost = !advice && card && intoOther === -1 ? nextPostInAnswer(blocks, { isText: (i) => kinds[i] === 'text' || kinds[i] === 'asker', isCard: (i) => kinds[i] === 'card', isFurniture: () => false }, at.index, answer.first, answer.last, card.doctor.name) : -1;
  if (nextPost !== -1) answer = readAnswer(blocks, kinds, answer.first - 1, nextPost, null);
  // A related list's box set between two paragraphs of the answer's text (answer-zone.ts): the answer goes on after it, read there too.
  if (insertedBox && answer.last >= 0) {
    const boxLast = blocks.findLastIndex((b) => inside(b.node, insertedBox));
    const rest = boxLast > answer.last && blocks.slice(answer.last + 1, boxLast + 1).every((b) => inside(b.node, insertedBox)) ? readAnswer(blocks, kinds, boxLast, answerTo, null) : null;
    if (rest && rest.first === boxLast + 1 && rest.paragraphs.length > 0) answer = { ...rest, paragraphs: [...answer.paragraphs, ...rest.paragraphs], doubts: [...answer.doubts, ...rest.doubts], nodes: [...answer.nodes, ...rest.nodes], first: answer.first };
  }
  // A transcript's subtitles after their start times (video-page.ts).
  answer.paragraphs = withoutCueTimes(answer.paragraphs, players.some((m) => m.format === 'video'));
  // An answer given on air, pointing at its moment in the replay (video-page.ts).
  const onAir = answeredOnVideo(blocks, at.index + 1, end, answer.paragraphs, student?.aired !== undefined);
  if (onAir) answer.paragraphs = onAir;
  const { paragraphs, doubts, nodes, first, last } = answer;
  // The question again under its asker's label, opening a video's description or a caption (`粉丝问：…`): the asker's, none of the answer.
  if (paragraphs.length > 1 && restatesQuestion(paragraphs[0]!, at.text)) paragraphs.shift();
  // The question typed again with the asker's description (`question 最近一直这样…`), a chat's first message: the asker's too.
  else if (paragraphs.length > 1 && opensWithQuestion(paragraphs[0]!, at.text)) paragraphs.shift();
  // The service's message left in the answer (`客服小寿：已为您接通…`): the chat's turns were not told apart.
  if (paragraphs.some(isServiceMessage)) doubts.push('the answer holds the service’s own message: the chat’s turns are not told apart');
  // A line or two just above the question may carry its date (not a list's set before it); below it, every line but the answer's text.
  const question = at.index;
  // An order page's progress bar: its reply step dates the answer, its other steps nothing (progress-steps.ts).
  const steps = progressSteps(blocks, 0, first >= 0 ? first : end);
  const stepLines = new Set(steps?.lines);
  // A texted question's sender stamp dates the asking (texted-question.ts), as a chat record's opening stamp does (chat-record.ts);
  // a feed's line of who answered what, another answer (ticker.ts).
  // (A masthead's weather and day is the day the page was served: served-day.ts.)
  // A 楼主 stamp dates the asking, unless the thread's starter is the answering doctor: then the opening post is the answer (asker-stamp.ts).
  const starter = card ? { name: card.doctor.name, element: card.element } : null;
  const above = blocks.slice(Math.max(0, question - 2), question).filter((b, i, xs) => (readMetaLine(b.text).metaOnly || isPostStamp(b.text)) && !isSenderStamp(b.text) && !(isStarterStamp(b.text) && !isDoctorStarterStamp(b, starter, blocks[question]!.node)) && !isServiceMenu(b.node) && !isServedDayLine(b.text) && !isActivityLine(b.text, at.text) && !endsListAbove(blocks, question - xs.length + i, question) && !stepLines.has(question - xs.length + i) && question - xs.length + i !== record?.stamp && !isProductDay(b.text, blocks[question - xs.length + i - 1]?.text));
  // Blocks of other kinds after the answer (articles, recommended doctors) are not the page's own.
  // Other doctors' answers listed after it under a head naming them (answer-list.ts): none of the page's.
  const later = card?.others && !accepted ? laterAnswersStart(blocks, at.index, end, card.element, card.elements, (i) => kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0) : -1;
  // A floor's number after the answer (`2楼`) opens the next floor: the answer's part has ended (forum-floors.ts).
  let own = Math.min(ownEnd(blocks, kinds, last, end, card?.element ?? null), endAfter(kinds, last, end), later === -1 || later <= last ? end : later, nextFloorAt(blocks, last, end));
  // Doctors' answers listed alike, none marked as the asker's pick: the first shown is the page's, its part
  // ends where the next answer's item begins (answer-items.ts); other cards before that end are doubted.
  // (A reviewer's credit read as a card, `（本文由{hospital}{name}主任医师审核）`, names who checked the text: no other answerer's card.)
  const nearOthers = card?.others ? card.elements.slice(1).filter((el) => blocks.findIndex((b) => inside(b.node, el)) < own && !isReviewCredit(textContent(el).trim())) : [];
  const marked = blocks.some((b, i) => i > at.index && i < end && isAcceptedMark(b.text));
  const laterItems = nearOthers.length > 0 && !accepted && !marked && first >= 0 ? laterAnswerItems(card!.element, blocks[first]!.node!, nearOthers) : null;
  const nextAnswer = laterItems ? blocks.findIndex((b) => laterItems.some((el) => inside(b.node, el))) : -1;
  if (nextAnswer > last) own = Math.min(own, nextAnswer);
  // Lines the classification knows to date something else: a chat's asker stamps and description (its doctor's turns carry
  // their day), a student's question's, a texted question's, others' answers before the card's, an order's steps, a drug
  // label's 核准日期 / 修改日期 (drug-label.ts), a schedule's.
  const othersBeforeLines = before ? Array.from({ length: before[1] - before[0] }, (_, k) => before[0] + k) : [];
  const known = [...chat.notAnswerDates, ...(student?.askedStamps ?? []), ...texted, ...othersBeforeLines, ...stepLines, ...label, ...schedule];
  const foreign = foreignStamps({ blocks, kinds, question: at.index, first, last, own, end, otherItems, card: card ? { element: card.element, name: card.doctor.name } : null }, known);
  // (A mailbox's letter under its label, `来信：…（2024-06-11）`, is dated by its writing: none of the answer's days, reply-form.ts.)
  const near = withCellLabels(blocks, at.index + 1, own)
    // A consultation on sale in a product card (图文问诊 over ¥29) names a service, not this answer's format
    // (a price to hear this answer, ¥2 偷听 beside its length, is this answer's).
    .filter((b, i) => kinds[at.index + 1 + i] !== 'text' && !(kinds[at.index + 1 + i] === 'product' && sellsConsultation(b.text)) && !(kinds[at.index + 1 + i] === 'card' && isCardButton(b)) && kinds[at.index + 1 + i] !== 'nav' && kinds[at.index + 1 + i] !== 'note' && !foreign.has(at.index + 1 + i) && !othersLine(at.index + 1 + i) && !isMemberByline(b.text) && !isAskerNickStamp(b.text) && !isLetterLine(b.text))
    // The answer's label before its format (`医生回复：语音`, `医师回复 图文`) is no part of the meta
    // (a spaced one only before a format word: `医生回复 2个月前` is dated by the page's other means).
    .map((b) => {
      if (LABEL_PREFIX_RE.test(b.text)) return { ...b, text: b.text.replace(LABEL_PREFIX_RE, '') };
      const spaced = b.text.match(LABEL_SPACED_RE);
      const rest = spaced ? b.text.slice(spaced[0].length) : '';
      return spaced && readMetaLine(rest).format !== 'unknown' ? { ...b, text: rest } : b;
    });
  const within = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at > at.index && x.at <= own);
  // An order's progress bar: its reply step dates the answer (progress-steps.ts).
  const replied = steps ? [{ ...blocks[steps.at]!, text: `回复 ${steps.replied}` }] : [];
  // A <time> on the asker's line (`提问于 <time>`) dates the asking, as its printed day does: none of the answer's.
  const answerStamps = within(stamps).filter((s) => !foreign.has(s.at) && !readMetaLine(blocks[s.at]?.text ?? '').dates.some((d) => d.kind === 'asked'));
  // The players by the answer, and a video page's heading it above the question (video-page.ts). One after the answer's text
  // (a video host's frame under it), or in an ad's box (its 广告 mark, side-column.ts), may be the answer's or an ad's: it gives
  // no format, and where nothing else gives one the reading is doubted (as a column's player between its paragraphs is).
  const slots = adBoxes(blocks, at.index);
  // (One after it captioned with the answering doctor's name, `视频：王芳医生讲解`, is their film: the answer's, media-format.ts.)
  const captioned = (m: (typeof players)[number]) => m.format === 'video' && !inAdBox(m, slots) && isFilmCaptionOf(blocks[m.at]?.text ?? '', card?.doctor.name ?? null);
  const elsewhere = within(players).filter((m) => ((last >= 0 && m.at > last) || inAdBox(m, slots)) && !captioned(m));
  // A session's record (qa-pairs.ts) is published after the session: its publishing day dates the record, not the answers given there.
  const recorded = asksInSession(blocks, at.index);
  const meta = readMeta(withoutPublishedWhereAnswered([...replied, ...above, ...near], recorded || blocks.some((b) => isReprintNotice(b.text)) || info.sources.some((s) => namesCopySource(s, title))), [...leadPlayers(blocks, players, at.index, questionRead.interviewUnder), ...within(players).filter((m) => !elsewhere.includes(m))], answerStamps);
  const head = $ ? $('head').get(0) : headOf(walked!.index.document);
  // A record's service field names the format: on a form of sections, under a progress bar, or by an order's number (服务单号).
  if (meta.format === 'unknown') meta.format = formatFromSigns({ blocks, kinds, question: at.index, own, near, aired: onAir !== null || aired, head, record: advice !== null || steps !== null || holdsOrderNumber(blocks, 0, at.index), title });
  // An answer given on air (a transcript's host heard): the programme's replay after it plays the answer (side-column.ts).
  if (meta.format === 'unknown' && chat.aired) meta.format = replayFormat(media, blocks, at.index, questionRead.relayedUnder) ?? 'unknown';
  // A player after the answer under a heading asking to watch it (`觀看短片`, media-format.ts), out of any ad's box: the answer's film.
  const watched = players.find((m) => m.format === 'video' && m.at > at.index && m.at <= end && !inAdBox(m, slots) && isWatchFilmLabel(blocks[m.at - 1]?.text ?? ''));
  if (meta.format === 'unknown' && watched) {
    meta.format = 'video';
    if (paragraphs.length > 1 && isWatchFilmLabel(paragraphs.at(-1)!)) paragraphs.pop();
  }
  if (meta.format === 'unknown' && elsewhere.length > 0) doubts.push("a player stands after the answer's text or in an ad's box: the answer's or an ad's");
  // An article's info line of labelled fields above the question (its byline: 编辑, 来源, the date) dates the answer where nothing nearer does.
  // An e-paper's article prints no day of its own: the issue's above it is its day (issue-date.ts).
  const after = meta.date === null ? daysAfter(blocks, last >= 0 ? last + 1 : blocks.length, listEnd, list.items) : null;
  // A session's record dated by the session's day its report opens with (session-day.ts), never by its publishing.
  if (meta.date === null && recorded) meta.date = sessionOpeningDay(blocks.slice(0, at.index).map((b) => b.text));
  if (meta.date === null) meta.date = student?.aired ?? (recorded ? null : info.above) ?? after!.labelled ?? issueDate(blocks, at.index);
  // An online interview's own time in its box under the headline (`访谈时间：…`, session-day.ts) dates the answer over the
  // transcript's later 发布时间 printed beside it: the guest answered on the session's day.
  else if (info.session !== null && !recorded) meta.date = info.session;
  // A paper's issue line over its column's web copy dates the answer over the copy's own day (issue-date.ts).
  meta.date = paperIssueDate(blocks, first >= 0 ? first : at.index + 1) ?? meta.date;
  // Or the page's update day printed after the answer (a landing page's footer), where it is the only day there and no list
  // stands: undoubted, as the README's convention keys it (the default splits' zaixian-zixun-landing keys it so).
  // (Not where the entry's head labels the reply's day and prints it blank, `回复时间：--` a script was to fill, date-label-line.ts:
  // the answer's own day is unread, the update's is none of it.)
  if (meta.date === null && list.items.length === 0 && !list.links && !blocks.slice(at.index + 1, first >= 0 ? first : own).some((b) => isBlankReplyDay(b.text))) meta.date = after!.updated;
  // Or the post's day on its posting line above the answer (under a headline that asks, the question's line is the headline over it), the account the <title> names after it (post-stamp.ts).
  if (meta.date === null) meta.date = accountPostDay(blocks.map((b) => b.text), first >= 0 ? first : at.index + 1, title);
  // The only day a bare day with its weekday just above the question (a header bar's `2023年5月6日 星期六`), nothing near the answer
  // dating it and no e-paper's page number or issue number above (issue-date.ts): the day the page was served as often as the answer's (served-day.ts).
  if (meta.date !== null && above.some((b) => isBareWeekdayDay(b.text)) && near.every((b) => readMetaLine(b.text).dates.length === 0) && answerStamps.length === 0 && issueDate(blocks, at.index) === null && !numbersIssue(blocks, at.index, firstTitle))
    doubts.push('the only day is a bare day with its weekday above the question, as a header bar prints the day the page was served');
  const stamped = answerStamps.filter((s) => findDate(s.datetime) !== null);
  if (meta.date !== null && stamped.length > 0 && !stamped.some((s) => namesDay(s.datetime, meta.date!) || stampDay(s) === meta.date)) doubts.push('a <time datetime> near the answer gives another date');
  const asked = near.flatMap((b) => readMetaLine(b.text).dates.filter((d) => d.kind === 'asked').map((d) => d.iso));
  // A doctor's answer re-posted to the question (reposted-answer.ts) was given on its source before it was asked here.
  if (meta.date !== null && !repost && asked.some((d) => d > meta.date!)) doubts.push('the date read is before the question was asked');
  const tip = careTipAfter(blocks, last, own);
  if (tip) doubts.push(tip);
  // A colleague's review label run among the answer's paragraphs (`王芳医生点评：`, colleague-review.ts): read as the answer's, but it may be another's.
  const review = unsureReviews.find((i) => i >= first && i <= last);
  if (review !== undefined) doubts.push(`a colleague's review label among the answer's paragraphs, read as the answer's (${blocks[review]!.text.trim().slice(0, 20)})`);
  if (list.items.length === 0 && !list.links && last >= 0 && unlistedQuestions(blocks, last + 1)) doubts.push('questions linked after the answer that the reader does not take as a related list');
  else if (list.items.length === 0 && !list.links && last >= 0 && answeredFeed(blocks, last + 1) !== null) doubts.push(`a site's feed of answered questions (${answeredFeed(blocks, last + 1)!}) after the answer, not taken as a related list`);
  else if (list.items.length === 0 && list.unplaced) doubts.push(`a reading list (${textContent(list.unplaced).trim()}) whose items the page's unknown address cannot tell from articles`);
  // An article its CMS split over pages (pager.ts): the answer read is this page's part of it, the rest is on the others.
  const pagerAt = last >= 0 ? blocks.findIndex((b, i) => i > last && i < end && kinds[i] === 'end') : -1;
  const continues = pagerAt !== -1 && isArticlePager(blocks[pagerAt]!.text);
  if (continues) doubts.push('the answer goes on on another page (a pager ends it)');
  // A paywall's prompt right under the answer's last line (`试读结束 · 订阅课程后可查看全部内容`): the answer goes on behind it,
  // the part shown is a preview however it ends.
  const paywalled = last >= 0 && blocks.slice(last + 1, Math.min(last + 4, end)).some((b, k) => kinds[last + 1 + k] !== 'text' && isPaywallPrompt(b.text));
  // A related list's label as a line of text (a print version's <pre>): its items are lines too.
  const labelAt = list.items.length === 0 && !list.links && last >= 0 ? blocks.findIndex((b, i) => i > last && b.chars <= 24 && isRelatedLabel(b.text)) : -1;
  if (labelAt !== -1) list.items = checkRelated(readPrintedList(blocks.slice(labelAt + 1), resolve), resolve, copiedFrom(blocks));
  // A label alone in its box heads a list the site printed empty (its query failed): nothing was missed.
  // So does one over bare linked titles (a post's 往期回顾): titles with no snippet are no items, as unlistedQuestions reads them.
  if (labelAt !== -1 && list.items.length === 0 && !isAloneInBox(blocks[labelAt]!) && !headsOnlyLinks(blocks[labelAt]!)) doubts.push(`a related list's label with no list read under it (${blocks[labelAt]!.text})`);
  // A bilingual Q&A's English half beside the Chinese one read (translated-day.ts): its day line dates the answer the Chinese half
  // prints no day for; one printed two ways the page does not settle is left unread, and said.
  const translated = meta.date === null ? translatedHalfDay(blocks[at.index]!.node) : null;
  if (translated && 'date' in translated) meta.date = translated.date;
  else if (translated) doubts.push(`the English half prints a day whose order of day and month the page does not show (${translated.twoWay})`);
  // A byline's `May 6` without its year, dated by the page's JSON-LD day of the same month and day (yearless-day.ts).
  if (meta.date === null) meta.date = yearlessDayByStructuredData(blocks.slice(Math.max(0, at.index - 3), first >= 0 ? first : at.index + 1).map((b) => b.text), head);
  const published = metaTagDate(head);
  // The answer's day printed only relative to when the page was served (`3日前`, `昨天`, relative-date.ts) beside the answer: the
  // reader of the page sees no day, and a <meta> tag's publishing day may be the post's, not the answer's. Left unread, and said.
  const relative = meta.date === null && published !== null ? [...above, ...near].find((b) => b.text.trim().length <= 24 && RELATIVE_DATE_RE.test(b.text.trim())) : undefined;
  if (relative) doubts.push(`the page prints the answer's day only relative to when it was served (${relative.text.trim()}): a <meta> tag's day not taken for it`);
  else if (meta.date === null && published !== null) {
    meta.date = published.date;
    // The standard publishing properties say what they date; a bare `date` may be the page's, not the answer's.
    if (!published.standard) doubts.push('the date is read from a <meta> tag only, not from the page shown');
    // The page prints its own day in an order it does not show (`03/11/2020`, year-last-date.ts): the tag's day (UTC, maybe
    // another day than the local one printed) is not checked against it.
    else if (blocks.slice(at.index + 1, own).some((b) => holdsTwoWayDay(b.text))) doubts.push('the date is read from a <meta> tag: the page prints a day whose order of day and month it does not show');
  } else if (meta.date !== null && published !== null && published.date !== meta.date) doubts.push('a <meta> tag gives another date');
  // A BBS post's stamp over the answer printing its day in an order the page does not show (`送交者: id 于 05/11/2021 …`): the
  // answer's day, unread.
  if (meta.date === null && blocks.slice(at.index + 1, own).some((b) => isBbsPostStamp(b.text) && holdsTwoWayDay(b.text))) doubts.push('the post’s stamp prints a day whose order of day and month the page does not show');
  // A line of the entry's head, between its question and its answer, printing such a day (`解答日期：06/05/2023` over the answer,
  // year-last-date.ts): the entry's own day, left unread, not known to be none. Said, not guessed. (A day under the answer may be
  // the page's, its publishing or update day, left unread as it stands.)
  else if (meta.date === null && first > at.index && blocks.slice(at.index + 1, first).some((b) => b.chars <= 40 && holdsTwoWayDay(b.text))) doubts.push('a day in the entry’s head is printed in an order of day and month the page does not show: the answer’s day unread');
  // Such a day in the entry's head beside another the reader took (`發佈：11/09/2019　首播：09/09/2019`, the first read either
  // way): the unread one may be the answer's, the one read another's. Said, not taken quietly.
  else if (meta.date !== null && first > at.index && blocks.slice(at.index + 1, first).some((b) => b.chars <= 40 && readsNeither(unreadTwoWayDays(b.node, b.text), meta.date!)))
    doubts.push('a day in the entry’s head is printed in an order of day and month the page does not show, beside the day read: the answer’s day may be that one');
  // A sided chat's stamps no header day gave a year (chat-days.ts): a day read elsewhere (a case's later 发布时间) that none of them
  // names is not the answer's for sure.
  if (meta.date !== null && unyearedStamps.length > 0 && !unyearedStamps.some((i) => stampMonthDay(blocks[i]!.text) === meta.date!.slice(5)))
    doubts.push(`the chat's stamps print no year and none names the day read (${blocks[unyearedStamps[0]!]!.text.trim()})`);
  if (meta.date === null && chat.yearless.length > 0) doubts.push(`the chat's day line has no year to date the answer by (${blocks[chat.yearless[0]!]!.text})`);
  // A whole day printed in the entry's head, between its question and its answer, on a line the meta reader does not take for
  // meta (a stamp with words of a form not met before: an outlet, its staff) and no rule above read or knew to date something
  // else: the answer's day, most likely. Said, not left as a quiet null. (A meta line's day left unread is a rule's choice: a
  // reprint's 发布时间, an editor's 编辑于; a line labelling its day the question's, an update's or an issue's is known.)
  if (meta.date === null && first > at.index) {
    const dated = (text: string) => {
      if (findDate(text) === null) return false;
      const line = readMetaLine(text);
      return !line.metaOnly && line.dates.every((d) => d.kind === 'answered' || d.kind === 'plain');
    };
    const unread = blocks.slice(at.index + 1, first).find((b, k) => b.chars <= 80 && !known.includes(at.index + 1 + k) && !foreign.has(at.index + 1 + k) && dated(b.text));
    if (unread) doubts.push(`a whole day in the entry's head not read as the answer's (${unread.text.trim().slice(0, 30)})`);
  }
  doubts.push(...questionDoubts(at));
  // A session's theme over a transcript of several questions: its answer is the guest's turns to all, greetings and farewells
  // among them read by no certain rule (transcript-speakers.ts).
  if (questionRead.session) doubts.push('the headline names a session whose transcript asks the guest several questions');
  // Off-site items kept (as many as the site's own): the page's list may count ads among its questions.
  if (list.items.some((i) => i.doubts?.includes(OFF_SITE))) doubts.push('related items link off-site: the list may count ads');
  if (list.items.some((i) => i.doubts?.includes(OTHERS_AROUND))) doubts.push(OTHERS_AROUND);
  if (meta.conflicting) doubts.push(DISAGREE);
  // The answering doctor: the card's, else the byline, bio, cells, credit or account that names them (answer-doctor.ts).
  let doctor = readDoctor({ blocks, kinds, cellCard, credited, account, viewByline, chat, card, at, first, last, end }, doubts);
  // A forum signature with a line no field read (separated-signature.ts): its clinic may be that line.
  if (credited && 'unread' in credited && typeof credited.unread === 'string' && doctor.name === credited.doctor.name) doubts.push(`the signature prints a line the reader read as no field (${credited.unread.slice(0, 30)})`);
  // No card, and the text read is a member's answer under their byline and rank: the page holds no doctor's answer (member-answer.ts).
  if (!card && doctor.name === null && first >= 0 && underMemberByline(blocks, at.index, first)) {
    return { page: null, related: list.items, ownUnread: `no doctor's answer: the text under the question is a member's (${blocks[first]!.text.slice(0, 20)})` };
  }
  // The reviewer answering for the text is dated by the review's day alone, never the page's update (reviewer-credit.ts).
  if (reviewer && doctor === reviewer.doctor) meta.date = reviewDay(blocks, at.index + 1, end);
  if (reviewer && doctor === reviewer.doctor && meta.date !== null && doubts.includes(DISAGREE)) doubts.splice(doubts.indexOf(DISAGREE), 1);
  // A side card taken as a hospital site's own (soleCardAbove) may show any doctor of the site: a line of the article naming
  // another (its 审核专家, a credit) leaves the answerer untold.
  const named = card?.siteHospitalOnly ? (reviewerCredit(blocks, at.index + 1, end)?.doctor.name ?? credited?.doctor?.name) : null;
  if (named && named !== doctor.name) doubts.push(`the article names another doctor (${named}) than the side card above it`);
  // What the card leaves out, from the rest of the page (answer-doctor.ts); the doubts the doctor read raises.
  doctor = completeDoctor({ blocks, kinds, cellCard, info, card, at, first, last, end, listEnd, title }, doctor, doubts);
  // A card value the page prints longer, or prints where none was read (card-against-page.ts).
  doubts.push(...cardAgainstPage(doctor, blocks.map((b) => b.text)));
  // A session's invite naming the card's doctor with another title (a box's second expert's title read for the first's).
  const invited = recorded && doctor.name ? invitedTitle(blocks, at.index, doctor.name) : null;
  if (invited && invited !== doctor.title) doubts.push(`the session's intro names the doctor with another title (${doctor.name}${invited}) than the card's`);
  if (nearOthers.length > 0 && !laterItems) doubts.push('more than one doctor card near the answer');

  // The doctor's name alone closing the answer (`（郝涛）`) signs it (name-signature.ts).
  // The answering doctor's name heading the question (`王芳医生：…`, a video's title naming who speaks): none of it (page-question.ts).
  const unnamed = withoutAnswererName(at.text, doctor.name);
  if (unnamed.doubt) doubts.push(unnamed.doubt);
  const read = { question: unnamed.text, paragraphs: withoutNameSignature(paragraphs, doctor.name), doctor, date: meta.date, readBy: 'genre' as ReadBy };
  const shape = questionShapeDoubt(read.question);
  if (shape) doubts.push(shape);
  if (paragraphs[0] && (asksAgain(paragraphs[0], at.text) || opensWithQuestion(paragraphs[0], at.text) || /[？?]$/u.test(paragraphs[0]))) doubts.push(`the answer starts with the asker's words or a question (${paragraphs[0].slice(0, 20)})`);
  if (structured) checkStructuredData(read, structured, blocks, doubts, card?.element ?? null);
  // A paywalled preview may show only the answer's lead-in (`…可能是以下原因引起：`): the part shown, no sentence ended.
  const leadInOnly = paywalled && read.paragraphs.length > 0 && read.paragraphs.every((p) => /[:：]$/u.test(p.trim()));
  if (!read.paragraphs.some((p) => PROSE_RE.test(p)) && !leadInOnly) return { page: null, related: list.items, ownUnread: `no answer read under its question (${at.text.slice(0, 30)})` };
  const hasDisclaimer = kinds.some((k) => k === 'disclaimer');
  const page = pageDraft(
    { question: read.question, answerParagraphs: read.paragraphs, doctor: read.doctor, format: meta.format, date: read.date, hasDisclaimer },
    list.items,
    list.links,
    list.linksBefore,
  );
  if (page) {
    page.readBy = read.readBy;
    if (doubts.length > 0) page.doubts = doubts;
    if (continues || paywalled) page.continues = true;
  }
  const foundAt: GenreFound = { question: blocks[at.index]!.node, answer: nodes, card: card?.element ?? null, relatedLabel: list.label };
  return { page, related: list.items, found: foundAt };
}

/**
 * A tip right after the answer's last line (before `end`), left out as the site's notice by its label though it speaks only of the
 * patient's care (genre.ts's isCareTip): the doubt that says so, or null.
 */
function careTipAfter(blocks: readonly Block[], last: number, end: number): string | null {
  const at = last >= 0 ? blocks.findIndex((b, i) => i > last && b.text.trim() !== '') : -1;
  if (at === -1 || at >= end || !isCareTip(blocks[at]!.text)) return null;
  return `a tip after the answer, left out as the site's notice, speaks only of the patient's care (${blocks[at]!.text.trim().slice(0, 20)})`;
}

/**
 * The page read by a reader of its own kind of page (a board's record, a newspaper's column), from the parts it read: its related
 * items those of the page's list, doubted where linked questions after the answer were not read as one.
 */
function readingOf(parts: BoardRecord, blocks: Block[], listFound: Pick<RelatedList, 'items' | 'label' | 'links' | 'linksLabel' | 'linksBefore' | 'unplaced'>): GenreReading {
  // A latest feed before the question (a side column's 最新咨询) is none of its related links (related-list.ts).
  const list = withoutFeedBefore(listFound, blocks[parts.question.index]!.node);
  const doubts = [...parts.doubts];
  const last = parts.answerLines.at(-1) ?? parts.question.index;
  // Other questions linked under a head not read as a list (a board's 热点留言: its feed, or related ones): even one is doubted.
  const linked = blocks.slice(last + 1).some((b) => b.linkChars === b.chars && b.chars >= 6 && b.chars <= 40 && asksQuestion(b.text));
  if (list.items.length === 0 && !list.links && linked) doubts.push('questions linked after the answer that the reader does not take as a related list');
  // A reading list the page's unknown address cannot tell from articles (related-list.ts): neither taken nor passed over in silence, as on any page.
  else if (list.items.length === 0 && !list.links && list.unplaced) doubts.push(`a reading list (${textContent(list.unplaced).trim()}) whose items the page's unknown address cannot tell from articles`);
  const tip = careTipAfter(blocks, last, blocks.length);
  if (tip) doubts.push(tip);
  // A card value the page prints longer, or prints where none was read, as on any page (card-against-page.ts).
  doubts.push(...cardAgainstPage(parts.doctor, blocks.map((b) => b.text)));
  // The site's disclaimer under the record or column (`注：网上咨询仅供参考…`), before whatever the page goes on with.
  let hasDisclaimer = false;
  for (let i = last + 1; i < blocks.length && !blocks[i]!.heading && blocks[i]!.linkChars < blocks[i]!.chars && !isRelatedLabel(blocks[i]!.text.trim()); i++) {
    if (isDisclaimer(blocks[i]!.text)) hasDisclaimer = true;
  }
  const page = pageDraft({ question: parts.question.text, answerParagraphs: parts.paragraphs, doctor: parts.doctor, format: parts.format ?? 'unknown', date: parts.date, hasDisclaimer }, list.items, list.links, list.linksBefore);
  if (page) page.readBy = 'genre';
  if (page && doubts.length > 0) page.doubts = doubts;
  const found: GenreFound = { question: blocks[parts.question.index]!.node, answer: parts.answerLines.map((i) => blocks[i]!.node!), card: null, relatedLabel: list.label };
  return { page, related: list.items, found };
}

/** Whether a day printed two ways (its two readings, none where it reads one way) reads as neither of them `day`. */
const readsNeither = (readings: readonly string[], day: string) => readings.length > 0 && !readings.includes(day);
