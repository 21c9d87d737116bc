import type { Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';

/**
 * A course's lesson page (健康课堂, 微课, 直播回放): its heading and `<title>` name the course and the
 * lesson (`《糖尿病诊疗常识》第3讲：何时就医`), then the video, the lecturer's card and the lessons;
 * under the lesson a student's question (课后答疑, 学员提问, 答疑区) and the lecturer's reply. The
 * page's question is the student's, labelled with who asked (`学员 小李 提问：…`, `小李同学提问：…`),
 * or that label alone over it (`学员 小李 提问 2020年9月28日` a definition list's term, the question
 * its description); the day by the label or the line after the question is the asking day, no
 * answer's. A doctor's live-stream replay is read alike: its heading the stream's title
 * (`王医生直播：…`, `名医直播间：…`), the question a viewer's (`网友「小K」提问：…`) answered on air, on
 * the day the stream ran (`直播时间：`). So is a TV or radio health programme's episode page: its heading the
 * episode's (`《名医在线》20230506：…`, `健康之路 第929期：…`), the question a viewer's or a caller's
 * (`观众提问：…`, `热线提问：…`, `本期问题：…`) answered on air, on the day the episode was first broadcast
 * (`首播：`, `播出时间：`; a 重播 is the same answer shown again).
 */

/** A student's label: who asked (学员 / 同学 / 听众, a stream's 网友 / 粉丝, and a nickname of a few characters), then 提问 or 问. */
const STUDENT_LABEL_RE = /^(?:(?:学员|学生|听众|观众|网友|粉丝)\s*[^\s:：]{1,12}?|[^\s:：]{1,12}?\s*同学)\s*(?:提问|问)\s*(?:[:：]\s*|(?=\s|$))/u;
/** A programme's label for the question it takes on air, naming no one: a viewer's, a caller's, the episode's own (`观众提问：`, `热线提问：`, `本期问题：`). */
const AUDIENCE_LABEL_RE = /^(?:(?:观众|听众|网友|热线|场外|现场|来电)\s*(?:提问|来电|来信|问题)|本期\s*(?:问题|提问|话题))\s*(?:[:：]\s*|(?=\s|$))/u;
/** A heading that names a course's lesson (`第3讲`, `第2课`, a book-title mark) or a programme's episode (`第929期`): no question. */
const LESSON_RE = /第\s*[\d一二三四五六七八九十百]+\s*[讲课节集期]|《[^》]{2,30}》/u;
/** A heading that names a live stream (`…医生直播：…`, `名医直播间`, `…｜王医生直播`): a stream's replay, no question. */
const STREAM_RE = /直播/u;
/**
 * The line that says when the stream ran or the episode was first broadcast (`直播时间：2021/11/23 19:29`,
 * `首播：2023-05-06`, `播出时间：…`): the day its questions were answered on air. Under a lesson's or an
 * episode's heading it makes the page a broadcast's. (A 重播 line shows the answer again, later: no day of it.)
 */
const AIRED_RE = /(?:^|\s)(?:(?:直播|开播|播出|首播)(?:时间|日期)|首播)\s*[:：]\s*(.*?)(?=\s+[^\s:：\d]{1,6}[:：]|$)/u;
/** The aired field's value, where a line holds one (alone, or among the episode's other fields: 栏目, 期数, 时长). */
const airedField = (text: string): string | null => text.trim().match(AIRED_RE)?.[1] ?? null;
/** The asking day printed after the question on its line (`…怎么办 2023-03-01 09:12`): no part of it. */
const TRAILING_DAY_RE = /\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;
/** How far below the heading the student's question may stand (the video, the card, the lessons between). */
const QUESTION_LINES = 60;

export interface StudentQuestion {
  index: number;
  confirmed: boolean;
  text: string;
  /** The lines dated by the asking (the label's day, a bare day after the question): no date of the answer. */
  askedStamps: number[];
  /** A stream's replay or a programme's episode: the day it ran (its answers' day, where printed), else null; undefined on a course's page. */
  aired?: string | null;
}

/** The student's question under a lesson's heading, or null where the heading is none or no student asks. */
export function studentQuestion(blocks: readonly Block[], heading: number, headingText: string): StudentQuestion | null {
  // Only under a lesson's or a stream's name: elsewhere a line like it (`有同学问：…`) is the answer's own words.
  const stream = !LESSON_RE.test(headingText) && STREAM_RE.test(headingText);
  if (!stream && !LESSON_RE.test(headingText)) return null;
  for (let i = heading + 1; i < blocks.length && i <= heading + QUESTION_LINES; i++) {
    const line = blocks[i]!.text.trim();
    // A section's heading (学员提问) names no one: no label.
    const label = !blocks[i]!.heading && blocks[i]!.chars <= 120 && blocks[i]!.linkChars === 0 ? (line.match(STUDENT_LABEL_RE) ?? line.match(AUDIENCE_LABEL_RE)) : null;
    if (!label) continue;
    const rest = line.slice(label[0].length).trim();
    // The label alone, or with the asking day: the question is the next line.
    const alone = rest === '' || readMetaLine(rest).metaOnly;
    const index = alone ? i + 1 : i;
    const text = alone ? (blocks[index]?.text.trim() ?? '') : rest.replace(TRAILING_DAY_RE, '');
    if ([...text].length < 4 || [...text].length > 80 || readMetaLine(text).metaOnly) return null;
    const askedStamps = alone ? [i] : [];
    const next = blocks[index + 1];
    if (next && next.chars <= 30 && readMetaLine(next.text).metaOnly && readMetaLine(next.text).dates.length > 0 && !/回复|解答|回答|答复/u.test(next.text)) askedStamps.push(index + 1);
    const airedAt = blocks.findIndex((b, j) => j > heading && j < i && airedField(b.text) !== null);
    if (!stream && airedAt === -1) return { index, confirmed: true, text, askedStamps };
    // The label alone in its cell (`<dt>首播时间：</dt><dd>…</dd>`): the day is the next line.
    const day = airedAt === -1 ? '' : airedField(blocks[airedAt]!.text) || (blocks[airedAt + 1]?.text ?? '');
    return { index, confirmed: true, text, askedStamps, aired: readMetaLine(day).dates[0]?.iso ?? null };
  }
  return null;
}
