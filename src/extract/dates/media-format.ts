import type { AnyNode, Element } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import { shownTextContent, textContent } from '../tree/page-index.js';
import { readMetaLine } from './page-meta.js';

/**
 * How an answer given as a recording shows its format without a format word (语音解答) beside it.
 *
 * - Its text stands under a label naming what it transcribes (`视频文字版`, `语音转文字`, `音频文字稿`):
 *   the answer was the video or the voice, the text its transcript. A bare `文字版` names no medium.
 * - An item of a related list tagged with its medium and length (`语音 45″`, `视频 02:17`) or with
 *   `图文`, the tag opening the line of the doctor who answered it (`语音 45″ 夏勇 副主任医师`), as
 *   app-style lists print it: the tag is the item's format, the rest its byline.
 */

const MEDIUM: Record<string, AnswerFormat> = { 语音: 'voice', 音频: 'voice', 录音: 'voice', 视频: 'video', 图文: 'text' };

/** A transcript's label naming its medium: `视频文字版`, `语音转文字`, `音频文字稿：`, `以下为视频文字内容`. */
// So is the note that the app transcribed it (`语音已转为文字`, `语音已转文字`, `视频已转成文字`).
const TRANSCRIPT_LABEL_RE = /^(?:以下(?:为|是)|下面(?:为|是))?(语音|音频|录音|视频)(?:文字(?:版|稿|实录)?|文稿|(?:已经?)?(?:转为|转成|转换为|转换成|转)文字|转写|转录|实录|字幕)(?:内容|文字|文本)?\s*[:：]?$/u;

/** A bare transcript label (`文字版`, `文字稿`): it names no medium, but heads the transcript of a recording the page plays. */
const BARE_TRANSCRIPT_LABEL_RE = /^(?:文字版|文字稿|文稿|文字实录)\s*[:：]?$/u;
/** Whether a line labels the transcript under it, naming its medium or not. */
export const isTranscriptLabel = (line: string): boolean => line.length <= 16 && (TRANSCRIPT_LABEL_RE.test(line.replace(/\s+/gu, '')) || BARE_TRANSCRIPT_LABEL_RE.test(line.trim()));

/** The format a transcript's label names (`视频文字版` → video), or null for any other line. */
export function transcriptFormat(line: string): AnswerFormat | null {
  const m = line.replace(/\s+/gu, '').match(TRANSCRIPT_LABEL_RE);
  return m ? MEDIUM[m[1]!]! : null;
}

/** A recording's length as players print it: `45″`, `45"`, `45''`, `45秒`, `1'23"`, `02:17`. */
const LENGTH = `(?:\\d{1,2}\\s*['′]\\s*\\d{1,2}\\s*(?:″|''|"|”)?|\\d{1,3}\\s*(?:″|''|"|”|秒)|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)`;
/**
 * A voice answer's length in seconds, as a list prints it beside the item (`44″`, `1′20″`, `45秒`), alone or before its counters
 * (`44″ 7828人听过`): the item is a voice answer, the line its meta. A clock's length (`02:17`) may be a film's: no such line.
 */
const VOICE_LENGTH_RE = /^(?:\d{1,2}\s*['′]\s*\d{1,2}\s*(?:″|''|"|”)?|\d{1,3}\s*(?:″|''|"|”|秒))\s*(.*)$/u;
export function isVoiceLengthLine(line: string): boolean {
  const m = line.length <= 30 ? line.trim().match(VOICE_LENGTH_RE) : null;
  return m !== null && (m[1] === '' || readMetaLine(m[1]!).metaOnly);
}
/** The medium's tag, bracketed or not, the length after a recording's (`语音 45″`, `[视频] 02:17`, `图文`), then the rest of the line. */
const TAG_RE = new RegExp(`^[[【(（]?\\s*(语音|音频|视频|图文)\\s*[\\]】)）]?\\s*(${LENGTH})?(?:\\s+(.*))?$`, 'u');

/**
 * A line opening with an item's format tag: the format and what follows it (the answering doctor's byline,
 * or nothing). Only a recording has a length: `图文 45″` is no tag. Null for any other line.
 */
export function formatTag(line: string): { format: AnswerFormat; rest: string } | null {
  const m = line.trim().match(TAG_RE);
  const format = m ? mediumOf(m) : null;
  return format ? { format, rest: (m![3] ?? '').trim() } : null;
}

/** The format a matched medium word names, its length in the second group: none for `图文` with a length (only a recording has one). */
function mediumOf(m: RegExpMatchArray): AnswerFormat | null {
  const format = MEDIUM[m[1]!]!;
  return format === 'text' && m[2] !== undefined ? null : format;
}

/**
 * An audio bar offering the doctor's own voice (`听医生说 03:31`, `▶ 听专家讲解 1'20"`, `收听医生语音`): the answer
 * was spoken, its text under the bar the doctor's words. Not a read-aloud bar (`听全文`, `朗读`: the site's machine
 * reading its text, read-aloud.ts), which names no one who speaks.
 */
const DOCTOR_VOICE_BAR_RE = new RegExp(`^(?:[▶►▷⏵🔊🎧]\\uFE0F?\\s*)?(?:点击)?(?:听|收听)(?:医生|专家|大夫|医师|主任)(?:说|讲|讲解|解答|回答|的回答|的解答|语音|原声)?\\s*(?:${LENGTH})?$`, 'u');

export const isDoctorVoiceBar = (line: string): boolean => line.length <= 24 && DOCTOR_VOICE_BAR_RE.test(line.trim());

/** A film's length as a player prints it over its poster (`02:20`, `1:02:03`), alone on its line. */
const POSTER_LENGTH_RE = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;

/**
 * A line that is the length printed over a video's poster, in a list's tile that shows the poster (a
 * picture): the item is a video, and the length is no part of its question nor of its snippet.
 */
export const isPosterLength = (line: string, picture: boolean): boolean => picture && POSTER_LENGTH_RE.test(line.trim());

const PLAY_GLYPH_RE = /[▶►▷⏵]/u;
const PLAY_GLYPHS_RE = /[▶►▷⏵]/gu;
/** How far up from the length's text the poster's box may be (the length in a <span>, the <span> in the box). */
const POSTER_LEVELS_UP = 3;
const showsPicture = (el: Element): boolean =>
  el.children.some((c) => c.type === 'tag' && ((c as Element).name === 'img' || (c as Element).name === 'picture' || showsPicture(c as Element)));

const ICON_TAGS = new Set(['i', 'svg', 'span', 'em']);
/** A play button drawn as an icon (an empty `<i>`, an `<svg>`) rather than a glyph, beside the still. */
const hasIcon = (el: Element): boolean =>
  el.children.some((c) => c.type === 'tag' && ICON_TAGS.has((c as Element).name) && textContent(c).trim() === '');

/**
 * A video drawn by the site's scripts rather than a <video>, over a page's answer: its poster, a box that
 * holds a still, a play glyph (or an icon drawn for it) and the film's length (`▶ 02:17`) and no other text. A voice message's bar
 * shows its length in seconds (`45″`) and no still. `node` is the line's first text node.
 */
export function isPosterOverAnswer(line: string, node: AnyNode | null): boolean {
  const bare = (text: string) => text.replace(/\s+/gu, '').replace(PLAY_GLYPHS_RE, '');
  const length = (text: string) => POSTER_LENGTH_RE.test(text) || PLAYER_CLOCK_RE.test(text);
  if (!length(bare(line))) return false;
  let box = node?.parent ?? null;
  for (let up = 0; box && box.type === 'tag' && up < POSTER_LEVELS_UP; up++, box = box.parent) {
    // Shown text: a script's or a template's beside the player (a page's own, or one a network injected) shows nothing.
    const text = shownTextContent(box);
    const shown = bare(text);
    if (!length(shown)) return false;
    // The clock of a player (where it is, of how long) says it plays as much as a play glyph does.
    if ((PLAY_GLYPH_RE.test(text) || hasIcon(box as Element) || PLAYER_CLOCK_RE.test(shown)) && showsPicture(box as Element)) return true;
  }
  return false;
}
/**
 * A still with the film's length as the only text of its box (`<img><span>02:09</span>`): a poster drawn with no play
 * sign. Alone it may be an avatar over a chat's clock time; where it stands says which (answer-format.ts).
 */
export function isStillWithLength(line: string, node: AnyNode | null): boolean {
  if (!POSTER_LENGTH_RE.test(line.replace(/\s+/gu, ''))) return false;
  let box = node?.parent ?? null;
  for (let up = 0; box && box.type === 'tag' && up < POSTER_LEVELS_UP; up++, box = box.parent) {
    if (!POSTER_LENGTH_RE.test(shownTextContent(box).replace(/\s+/gu, ''))) return false;
    if (showsPicture(box as Element)) return true;
  }
  return false;
}
/** A player's clock: the time played of the film's length (`00:00 / 04:46`), spaces taken out. */
const PLAYER_CLOCK_RE = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\/\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;

/** The reply's own label naming its medium, a recording's with its length (`图文回复`, `语音回复 58″`, `视频回复 01:32`). */
const REPLY_LABEL_RE = new RegExp(`^(语音|音频|视频|图文)(?:回复|回答|解答|答复)\\s*(${LENGTH})?\\s*[:：]?$`, 'u');

/** The format a reply's label names (`语音回复 58″` → voice), or null for any other line. */
export function replyLabelFormat(line: string): AnswerFormat | null {
  const m = line.trim().match(REPLY_LABEL_RE);
  return m ? mediumOf(m) : null;
}

/**
 * An audio player's bar as a course or podcast app prints it (`06:52 1.0x 11.6MB`, the episode's title may run into it):
 * the recording's length with its playback speed and its download size. A video's player shows no file size, so
 * the three together are a recording's, the answer spoken.
 */
const AUDIO_BAR_RE = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:[0-3](?:\.\d{1,2})?\s*[xX×倍](?:速)?)\s*\d{1,4}(?:\.\d{1,2})?\s*[MK]B$/u;
export const isAudioBar = (line: string): boolean => line.length <= 80 && AUDIO_BAR_RE.test(line.trim());

/**
 * A title that says the page plays its recording (`…_在线收听_喜马拉雅`, `…在线观看`), as audio and video platforms
 * title an episode's page: the answer is that recording. Null where the title says nothing so.
 */
const TITLE_PLAYS_RE = /(?:^|[\s_|｜\-–—])在线(收听|试听|观看)(?=$|[\s_|｜\-–—])/u;
export function titlePlaysFormat(title: string): AnswerFormat | null {
  const m = title.match(TITLE_PLAYS_RE);
  return m ? (m[1] === '观看' ? 'video' : 'voice') : null;
}

/**
 * A title naming the page a record of a consultation held in one form (`图文问诊记录-…`, `语音咨询详情`), as an app titles the
 * page it shares of one: the answer's format is that form's. Null where the title names no such record (a bare `问诊记录` none).
 */
const RECORD_TITLE_RE = /(?:^|[\s_|｜\-–—])(图文|語音|语音|視頻|视频|電話|电话)(?:问诊|問診|咨询|諮詢)(?:记录|記錄|详情|詳情)(?=$|[\s_|｜\-–—])/u;
const RECORD_FORMAT: Record<string, AnswerFormat> = { 图文: 'text', 语音: 'voice', 語音: 'voice', 电话: 'voice', 電話: 'voice', 视频: 'video', 視頻: 'video' };
export function recordTitleFormat(title: string): AnswerFormat | null {
  const m = title.match(RECORD_TITLE_RE);
  return m ? RECORD_FORMAT[m[1]!]! : null;
}

/**
 * A heading over a player asking to watch the film (`觀看短片`, `观看视频`, `睇短片`), as a hospital's Q&A page puts its staff's
 * film under their written answer: the player it heads is the answer's film, not an ad's. Read on a page folded to simplified.
 */
const WATCH_FILM_LABEL_RE = /^(?:观看|觀看|收看|睇)(?:短片|视频|視頻|影片|片段)[:：]?$/u;
export const isWatchFilmLabel = (line: string): boolean => WATCH_FILM_LABEL_RE.test(line.replace(/\s+/gu, ''));

/**
 * A film's caption under its player naming the answering doctor (`视频：王芳医生讲解`, `Video 影片：王芳护士讲解`, the English word of a
 * bilingual page before it): the doctor speaking on film, as an ad's or the site's film names no one who answered. Read on a page
 * folded to simplified; the name is the card's.
 */
const FILM_CAPTION_RE = /^(?:Video\s*)?(?:视频|視頻|影片|短片|微视频|短视频)\s*[:：｜|]\s*(\S.{1,29})$/iu;
export function isFilmCaptionOf(line: string, name: string | null): boolean {
  const said = line.trim().match(FILM_CAPTION_RE)?.[1];
  return name !== null && [...name].length >= 2 && said !== undefined && said.startsWith(name);
}

/**
 * The line offering the author's own recording of the post (`本期也有语音版，点击收听：` over its player): the player's, none of the
 * answer's text (the recording is the answer read by its doctor: its format).
 */
const VOICE_VERSION_OFFER_RE = /^(?:本期|本文|本篇|这期|这篇|今天)(?:也|还)?(?:有|提供|附上?)(?:语音|音频|录音)(?:版本?)?[，,。]?\s*(?:欢迎|可以)?(?:点击|点此)?(?:收听|播放)?\s*[:：。!！]?$/u;
export const isVoiceVersionOffer = (text: string): boolean => text.length <= 30 && VOICE_VERSION_OFFER_RE.test(text.trim());
