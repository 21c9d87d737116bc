import { comparable } from '../../core/text.js';
import { findDate } from '../dates/page-meta.js';
import { isCallingRole, isName } from '../words/card-words.js';
import { postQuestion, type Post } from '../card/account-post.js';
import { captionQuestion } from '../layouts/caption-question.js';
import { askedBelowHeadline, askedUnderKeyword, isCutQuestion, printedQuestionBelow, wholeQuestionBelow } from '../layouts/retitled-question.js';
import { studentQuestion, type StudentQuestion } from '../layouts/student-question.js';
import { unheadedQuestion } from '../layouts/unheaded-question.js';
import type { Block, Media } from '../lines/html-lines.js';
import type { StructuredQa } from '../lines/structured-data.js';
import { consultTitle } from '../records/consult-title.js';
import { opensWithEpisodeNumber, questionFromTitle, withoutAskedStamp, withoutAttachmentNote, withoutStuffedTail } from '../words/genre.js';
import { answeredPostSubject, withoutReplyMark } from '../words/reply-subject.js';

/** How far under a reply's heading the line naming the post it answers stands (under the poster's line). */
const ANSWERED_POST_LINES = 3;
import { withoutSequenceNumber } from '../words/sequence-number.js';
import { asksSeveralInSession, hostsOneQuestion, relayedQuestion } from '../layouts/transcript-speakers.js';
import { findQuestion, withoutColumnName } from './page-question.js';

/** Where the page's own question stands and what it says. */
export type QuestionAt = NonNullable<ReturnType<typeof findQuestion>>;

export interface OwnQuestion {
  at: QuestionAt;
  /** The `<title>` that confirmed it: a later document's where a page merges several (merged-bodies.ts). */
  title: string;
  /** A lesson's or a stream's student question under its heading (student-question.ts). */
  student: StudentQuestion | null;
  /** Whether the page plays the broadcast that answered it, between its heading and the question. */
  aired: boolean;
  /** The page's heading, where the question was read from the transcript under it (an interview's relayed question). */
  relayedUnder?: number;
  /** The page's heading, where the question was the one an interview's host or reporter put (transcript-speakers.ts). */
  interviewUnder?: number;
  /** Whether the headline is a session's theme over a transcript asking the guest several questions (transcript-speakers.ts). */
  session?: boolean;
}

export interface QuestionSources {
  blocks: Block[];
  media: readonly Media[];
  title: string;
  /** The `<title>`s of the page's later documents, shown text (asked for only where the first title confirms no question). */
  laterTitles: () => string[];
  structured: StructuredQa | null;
  post: Post | null;
}

/**
 * The page's own question: of the kinds of page that put it elsewhere than under a heading the `<title>` repeats
 * (an app's unheaded page, an account's post, a consult's title line, a video's caption), the first that finds it,
 * else the heading; then cleared of what sites print around it (a column's name, a reply mark, a keyword tail).
 */
export function findOwnQuestion(page: QuestionSources): OwnQuestion | null {
  const { blocks, media, structured, post } = page;
  let title = page.title;
  // An app's page titled by its name, no heading above its question (unheaded-question.ts); an app's 问诊详情 page: its
  // title names the kind of page; the consult's title line is the question (consult-title.ts).
  const unheaded: ReturnType<typeof findQuestion> = unheadedQuestion(blocks, title);
  // A doctor's post on their own account (account-post.ts): the question it quotes under the post's author and stamp,
  // whatever heading the title starts with (the account's nickname).
  // A short video's share page titled by its author's name: the caption's asked line (caption-question.ts).
  let at = (unheaded?.confirmed ? unheaded : null) ?? (post && postQuestion(post)) ?? consultTitle(blocks, questionFromTitle(title)) ?? captionQuestion(blocks, title) ?? findQuestion(blocks, title, structured);
  // A page of several documents (merged-bodies.ts): the heading a later document's <title> repeats is the question.
  for (const other of at?.confirmed ? [] : page.laterTitles()) {
    const again = findQuestion(blocks, other, structured);
    if (again?.confirmed) [at, title] = [again, other];
    if (again?.confirmed) break;
  }
  at ??= unheaded;
  // A course's lesson page: its heading the lesson's, the question a student's under it (student-question.ts).
  const student = at?.confirmed && blocks[at.index]!.heading ? studentQuestion(blocks, at.index, blocks[at.index]!.text) : null;
  // A broadcast's (a stream's, an episode's) answer is the video its page plays between its heading and the question.
  const aired = student?.aired !== undefined && media.some((m) => m.format === 'video' && m.at > at!.index && m.at < student.index);
  // An episode's heading that is the caller's question, the programme's name before it (`《名医在线》问题？` over `观众来电：问题？…`):
  // the question headlined, where the page stands as any other (the caller's line is the asker's turn, transcript-speakers.ts).
  const headlined = student && at ? withoutColumnName(at.text) : null;
  const core = headlined ? comparable(headlined).replace(/[?？]$/u, '') : '';
  if (student) at = headlined !== at!.text && core.length >= 4 && comparable(student.text).startsWith(core) ? { ...at!, text: headlined! } : student;
  if (at === null) return null;
  // A landing page's keyword heading (`青川看慢性胃炎哪家好`) that no title confirms as the question, over the visitor's labelled
  // question (`患者问：…`): that is the question (retitled-question.ts).
  const keyworded = at.confirmed ? null : askedUnderKeyword(blocks, at.index);
  if (keyworded) at = { index: keyworded.index, confirmed: true, text: keyworded.text, labelled: true };
  // An online interview's headline naming its theme, over the transcript relaying a netizen's question (`有网友提问：…`): that
  // question is the page's, and the answer the guest's turns after it (transcript-speakers.ts).
  const heading = at.index;
  // So is the one question an interview's host or reporter puts to the guest (`记者：…` then `专家：…`, transcript-speakers.ts).
  const netizen = blocks[heading]!.heading ? relayedQuestion(blocks, heading, at.text) : null;
  const interviewed = blocks[heading]!.heading && !netizen ? hostsOneQuestion(blocks, heading, at.text) : null;
  const relayed = netizen ?? interviewed;
  if (relayed) at = { index: relayed.index, confirmed: at.confirmed, text: relayed.text, labelled: true };
  const session = !relayed && blocks[heading]!.heading && asksSeveralInSession(blocks, heading, at.text);
  // A reply's subject or a thread's title marks it a reply (`Re: …`, `回复：…`): the mark is none of the question (reply-subject.ts).
  at.text = withoutReplyMark(withoutSequenceNumber(withoutColumnName(at.text)));
  // A BBS reply's own page: the post it answers, named under its heading (`回答: {subject} 由 {id} 于 {day}`), asks the question;
  // the reply's heading is its own subject (`回复：{subject}`, or the doctor's words, `建议先看家庭医生做个检查`).
  const answered = blocks.slice(at.index + 1, at.index + 1 + ANSWERED_POST_LINES).map((b) => answeredPostSubject(b.text)).find((s) => s !== null);
  if (answered) at.text = answered;
  // A headline that adds words to the question printed below it (retitled-question.ts).
  // So too a headline that asks nothing over the reader's question printed under a label (`Q：…`, retitled-question.ts).
  // So too a headline filed under the column's name (`专家答疑｜颈椎病怎么办`) over the reader's own question under its label (`网友提问：…`).
  const printed = blocks[at.index]!.text.trim();
  // An episode's number before it (`EP49｜…`, a podcast's) files it in no column: the headline is the episode's question.
  const filed = withoutColumnName(printed) !== printed && !opensWithEpisodeNumber(printed);
  at.text = printedQuestionBelow(blocks, at.index, at.text) ?? askedBelowHeadline(blocks, at.index, at.text, filed) ?? at.text;
  // A heading that prints the question cut short (`颈椎病要做…`) over the whole of it in the answer's box.
  at.text = wholeQuestionBelow(blocks, at.index, at.text) ?? at.text;
  // A mirror's keyword tail after the heading's question, where its <title> stuffs keywords after the same question (genre.ts).
  at.text = withoutStuffedTail(at.text, title) ?? at.text;
  // Its asked day in brackets after it (`（提问时间：…）`) is meta (genre.ts).
  at.text = withoutAskedStamp(at.text);
  // So is a note of the pictures attached after it (`（附图2张）`, genre.ts).
  at.text = withoutAttachmentNote(at.text);
  return { at, title, student, aired, ...(relayed ? { relayedUnder: heading } : {}), ...(interviewed ? { interviewUnder: heading } : {}), ...(session ? { session } : {}) };
}

/** The doubts the question read raises: not confirmed by the `<title>`, or printed cut short with its whole nowhere. */
export function questionDoubts(at: QuestionAt): string[] {
  return [
    ...(at.confirmed ? [] : ['the question is not the heading the <title> repeats']),
    ...(at.amongEntries ? ['the question is one badged entry of several the page prints alike (an FAQ), the one the <title> names'] : []),
    ...(isCutQuestion(at.text) ? [`the question is printed cut short and its whole is not on the page (${at.text.slice(-12)})`] : []),
  ];
}

/** A bracketed tail naming who asked (`（日落公园 黄女士）`, `(网友 小王)`) or when (`（提问时间：…）`, `（2023-05-06）`). */
const ASKER_OR_DAY_TAIL_RE = /[（(][^（()）]{0,24}(?:女士|先生|小姐|阿姨|大爷|网友|读者|市民|患者|家长|宝妈|妈妈|爸爸|提问|时间|日期|\d{4}\s*[-/.年]\s*\d{1,2})[^（()）]{0,16}[）)]\s*$/u;
/** A speaker before a colon opening the line (`王芳医生：`, `李明主任：`, `張醫師：`): who answers, not what was asked. */
const SPEAKER_OPENING_RE = /^(\p{Script=Han}{1,4}?)(?:医生|醫生|医师|醫師|大夫|主任|教授|博士|药师|藥師|护士|護士)\s*[:：]/u;

/**
 * The question as it will be published still holding what a question of the genre does not say: a day, a bracketed note of who
 * or when asked, a speaker's name before a colon. Each is a form of meta no rule took off: said, not published as clean.
 */
export function questionShapeDoubt(question: string): string | null {
  if (ASKER_OR_DAY_TAIL_RE.test(question)) return `the question ends with a bracketed note of who or when asked (${question.slice(-16)})`;
  // A name before the calling (`张敏主任：`), not a kind of doctor (`家庭医生：`, a column's name) nor a department's (`儿科医生：`).
  const speaker = question.match(SPEAKER_OPENING_RE)?.[1];
  if (speaker !== undefined && isName(speaker) && !isCallingRole(speaker)) return `the question opens with a speaker's name before a colon (${question.slice(0, 12)})`;
  if (findDate(question) !== null) return `the question holds a day (${question.slice(0, 30)})`;
  return null;
}

