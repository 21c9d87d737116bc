import type { Element } from 'domhandler';
import type { Block, Media } from '../lines/html-lines.js';
import { isPosterOverAnswer } from '../dates/media-format.js';

/**
 * A short-video page of the genre (a health platform's 健康号, a doctor's channel): the player heads
 * the page, the video's title is the question, its caption restates it with #topics#, and the answer
 * is the transcript under it, one subtitle a line, each after its start time (`00:12`, `[0:12]`).
 */

/** A subtitle's start time opening its line: `00:12`, `[0:12]`, `1:02:03`. */
const CUE_TIME_RE = /^\s*[[【(（]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[\]】)）]?\s*(?=\S)/u;

const seconds = (m: RegExpMatchArray) => (m[3] === undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));

/**
 * A transcript's lines without their start times, on a page that shows a video: where every line
 * opens with one and they run forward as subtitles do. Else the lines as they are (a time of day
 * may open a sentence, and a day's schedule runs forward too).
 */
export function withoutCueTimes(lines: readonly string[], video: boolean): string[] {
  if (lines.length === 0 || !video) return [...lines];
  const cues = lines.map((l) => l.match(CUE_TIME_RE));
  if (cues.some((c) => c === null)) return [...lines];
  const times = cues.map((c) => seconds(c!));
  if (times.some((t, i) => i > 0 && t < times[i - 1]!)) return [...lines];
  return lines.map((l, i) => l.slice(cues[i]![0].length));
}

/** The note that the subtitles were made by machine (`字幕由AI生成，仅供参考`, `AI字幕，可能存在误差`): about the transcript, none of it. */
const MACHINE_SUBTITLES_RE = /(?:字幕|文字|文稿|内容)\s*(?:由|为|是)?\s*(?:AI|人工智能|语音识别|机器|系统)\s*(?:自动)?(?:生成|识别|转写|转换)|^(?:AI|智能|自动)\s*字幕/iu;
export const isSubtitleNote = (text: string): boolean => text.length <= 40 && MACHINE_SUBTITLES_RE.test(text);

/** A video's caption: the question restated (or nothing) and its #topics# after it. None of the answer. */
const TOPICS_CAPTION_RE = /^(?:[^#]{0,40}[？?])?\s*(?:#[^#\s]{1,16}#?\s*)+$/u;
export const isTopicsCaption = (text: string): boolean => text.length <= 120 && text.includes('#') && TOPICS_CAPTION_RE.test(text.trim());

/** How far above the question a video page's player may stand (its length and plays, the uploader's card between). */
const LEAD_LINES = 8;

/** The players that head the page just above its question, no other heading between: the answer's, as a video page shows it. */
export function leadPlayers(blocks: readonly Block[], media: readonly Media[], question: number, interview?: number): Media[] {
  // An interview's page, its question the reporter's in the transcript (transcript-speakers.ts): the player under its headline,
  // before the guest's box, leads it as one above a question would (no heading between the headline and the player).
  if (interview !== undefined) return media.filter((m) => m.at > interview && m.at < question && m.at <= interview + LEAD_LINES && !blocks.slice(interview + 1, m.at).some((b) => b.heading));
  return media.filter((m) => m.at <= question && m.at >= question - LEAD_LINES && !blocks.slice(m.at, question).some((b) => b.heading));
}

/** A player the site's scripts draw (a poster with its clock, media-format.ts) heading the page just above its question, as a <video> would. */
export function leadsWithPoster(blocks: readonly Block[], question: number): boolean {
  for (let i = question - 1; i >= 0 && i >= question - LEAD_LINES; i--) {
    if (blocks[i]!.heading) return false;
    if (isPosterOverAnswer(blocks[i]!.text, blocks[i]!.node)) return true;
  }
  return false;
}

/** A line that plays the answer's moment in the video: `跳转到 52:48 观看`, `从12:03开始播放`, `回看 05:12`. */
const MOMENT_RE = /^(?:(?:跳转到|跳转至|跳到|跳至|定位到|从)\s*\d{1,2}:\d{2}(?::\d{2})?\s*处?\s*(?:开始)?\s*(?:观看|播放|收看|回看)|回看\s*\d{1,2}:\d{2}(?::\d{2})?)$/u;
/** The answer's offset into the video opening a paragraph: `[52:48] `, `【05:12】`. */
const OFFSET_RE = /^\s*[[【]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\]】]\s*(?=\S)/u;

/**
 * An answer given on air (a live stream's replay): a line by it plays its moment in the video, or, on a
 * replay's page, its offset opens it. The answer is that moment of the video (its format), its text
 * without the offsets: the paragraphs so, else null.
 */
export function answeredOnVideo(blocks: readonly Block[], from: number, to: number, paragraphs: readonly string[], replay: boolean): string[] | null {
  const pointed = blocks.slice(from, to).some((b) => MOMENT_RE.test(b.text.trim())) || (replay && OFFSET_RE.test(paragraphs[0] ?? ''));
  return pointed ? paragraphs.map((p) => p.replace(OFFSET_RE, '')) : null;
}

/** A video's address: a path segment that files the page under videos (`/video/BV1…`, `/short-video/3x…`). */
const VIDEO_PATH_RE = /^(?:https?:)?\/\/[^/?#]+\/(?:[^?#]*\/)?(?:video|short-video|videos)\/[^/?#]+/iu;

/**
 * A video page whose player its scripts draw (nothing of it in the markup): its head gives the day the
 * video was uploaded (schema.org's `uploadDate`, a media object's property, never an article's) and its
 * own address (canonical, og:url) is a video's. Both together: the page is the video, the answer in it.
 */
export function uploadedVideoPage(head: Element | undefined): boolean {
  let uploaded = false;
  let videoAddress = false;
  for (const node of head?.children ?? []) {
    if (node.type !== 'tag') continue;
    const { name, attribs } = node as Element;
    if (name === 'meta' && (attribs.itemprop ?? attribs.property ?? attribs.name ?? '').toLowerCase() === 'uploaddate' && attribs.content) uploaded = true;
    const address = name === 'link' && attribs.rel?.toLowerCase() === 'canonical' ? attribs.href : name === 'meta' && (attribs.property === 'og:url' || attribs.itemprop === 'url') ? attribs.content : undefined;
    if (address && VIDEO_PATH_RE.test(address.trim())) videoAddress = true;
  }
  return uploaded && videoAddress;
}

/** A video's chapter mark: its start time and a short title (`00:40 甲状腺结节是什么`), no sentence. */
const CHAPTER_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s+[^，,。；;！!？?\s][^，,。；;！!？?]{0,23}$/u;

/**
 * The lines without the chapter list a video's description ends with (`00:40 …是什么`, `02:18 日常怎么注意`): two or more
 * marks after the text, their times running forward. The video's table of contents, none of the answer.
 */
export function withoutChapterList(lines: readonly string[]): string[] {
  let from = lines.length;
  while (from > 0 && CHAPTER_RE.test(lines[from - 1]!.trim())) from--;
  if (from === 0 || lines.length - from < 2) return [...lines];
  const times = lines.slice(from).map((l) => seconds(l.trim().match(CHAPTER_RE)!));
  return times.every((t, i) => i === 0 || t > times[i - 1]!) ? lines.slice(0, from) : [...lines];
}

/** The least time between two chapters' marks: a transcript's subtitles, each after its start time, follow every few seconds. */
const CHAPTER_MIN_GAP = 10;

/**
 * The lines of a video's chapter list wherever it stands between `from` and `to` (a `看点` / `视频章节` box over the
 * description, or its end): two or more chapter marks in a row, their times running forward, ten seconds apart at least. The video's table of
 * contents, none of the answer; the heads above them stay as they are.
 */
export function chapterListLines(blocks: readonly Block[], from: number, to: number): number[] {
  const lines: number[] = [];
  for (let i = from; i < to; ) {
    let j = i;
    while (j < to && CHAPTER_RE.test(blocks[j]!.text.trim())) j++;
    const times = blocks.slice(i, j).map((b) => seconds(b.text.trim().match(CHAPTER_RE)!));
    if (j - i >= 2 && times.every((t, k) => k === 0 || t - times[k - 1]! >= CHAPTER_MIN_GAP)) for (let k = i; k < j; k++) lines.push(k);
    i = Math.max(j, i + 1);
  }
  return lines;
}
