import type { AnswerFormat } from '../schema/entry.js';

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
const TRANSCRIPT_LABEL_RE = /^(?:以下(?:为|是)|下面(?:为|是))?(语音|音频|录音|视频)(?:文字(?:版|稿|实录)?|文稿|转文字|转写|转录|实录|字幕)(?:内容|文字|文本)?\s*[:：]?$/u;

/** The format a transcript's label names (`视频文字版` → video), or null for any other line. */
export function transcriptFormat(line: string): AnswerFormat | null {
  const m = line.replace(/\s+/gu, '').match(TRANSCRIPT_LABEL_RE);
  return m ? MEDIUM[m[1]!]! : null;
}

/** A recording's length as players print it: `45″`, `45"`, `45''`, `45秒`, `1'23"`, `02:17`. */
const LENGTH = `(?:\\d{1,2}\\s*['′]\\s*\\d{1,2}\\s*(?:″|''|"|”)?|\\d{1,3}\\s*(?:″|''|"|”|秒)|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)`;
/** The medium's tag, bracketed or not, the length after a recording's (`语音 45″`, `[视频] 02:17`, `图文`), then the rest of the line. */
const TAG_RE = new RegExp(`^[[【(（]?\\s*(语音|音频|视频|图文)\\s*[\\]】)）]?\\s*(${LENGTH})?(?:\\s+(.*))?$`, 'u');

/**
 * A line opening with an item's format tag: the format and what follows it (the answering doctor's byline,
 * or nothing). Only a recording has a length: `图文 45″` is no tag. Null for any other line.
 */
export function formatTag(line: string): { format: AnswerFormat; rest: string } | null {
  const m = line.trim().match(TAG_RE);
  if (!m) return null;
  const format = MEDIUM[m[1]!]!;
  if (format === 'text' && m[2] !== undefined) return null;
  return { format, rest: (m[3] ?? '').trim() };
}
