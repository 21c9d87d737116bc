import type { Element } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import { chipRowFormat, iconBesideFormat, serviceRowFormat } from '../dates/format-chip.js';
import { isAudioBar, isDoctorVoiceBar, isPosterOverAnswer, isStillWithLength, isTranscriptLabel, recordTitleFormat, titlePlaysFormat, transcriptFormat } from '../dates/media-format.js';
import { formatFromLabel } from '../dates/page-meta.js';
import { leadsWithPoster, uploadedVideoPage } from '../layouts/video-page.js';
import type { Block } from '../lines/html-lines.js';
import { serviceField } from '../records/record-sections.js';
import { cardSaysFormat, isVoicePlayer, taggedFormat } from './answer-meta.js';
import type { Kind } from './line-kinds.js';

/** What the page shows around its answer that may say the answer's format where no meta line names it. */
export interface FormatSigns {
  blocks: readonly Block[];
  kinds: readonly Kind[];
  question: number;
  /** The answer's own part ends here. */
  own: number;
  /** The meta lines near the answer (not its text, nor others' stamps). */
  near: readonly Block[];
  /** The answer was given on air: a stream's or a broadcast's replay plays it (video-page.ts, student-question.ts). */
  aired: boolean;
  head: Element | undefined;
  /** The page is a record's form of sections (record-sections.ts): its service field names the format. */
  record: boolean;
  title: string;
}

/**
 * The answer's format from the signs that stand for a format word where none is printed, most telling first: a player
 * by the answer (voice bar, poster, audio bar), a page that plays an uploaded video, a transcript's label, the card, a
 * record's service field, a tag in the question, a chip row under it, a title saying the page plays the recording.
 */
export function formatFromSigns(signs: FormatSigns): AnswerFormat {
  const { blocks, kinds, question, own, near } = signs;
  const steps: (() => AnswerFormat | null)[] = [
    () => (near.some((b) => isVoicePlayer(b.text, near) || isDoctorVoiceBar(b.text)) ? 'voice' : null),
    () => (near.some((b) => isPosterOverAnswer(b.text, b.node)) || leadsWithPoster(blocks, question) ? 'video' : null),
    () => (signs.aired ? 'video' : null),
    () => (stillBetweenCardAndAnswer(signs) ? 'video' : null),
    // An audio player's bar (length, speed, download size) by the answer; a video page whose player its scripts draw (video-page.ts).
    () => (near.some((b) => isAudioBar(b.text)) ? 'voice' : null),
    () => (uploadedVideoPage(signs.head) ? 'video' : null),
    // The answer's text under a label naming what it transcribes (`视频文字版`, media-format.ts): the recording's format.
    () => blocks.slice(question + 1, own + 1).map((b, i) => (kinds[question + 1 + i] === 'label' ? transcriptFormat(b.text) : null)).find((f) => f) ?? null,
    () => cardSaysFormat(blocks, kinds, question, own),
    // A record's service field names its format wherever the form prints it, above the question too (record-sections.ts).
    () => (signs.record ? formatFromLabel(serviceField(blocks, 0, own) ?? '') : null),
    () => taggedFormat(blocks[question]!.text),
    // A row of chips under the question, one a format word (format-chip.ts).
    () => (question + 1 < own ? chipRowFormat(blocks[question + 1]!.node) : null),
    // A row of chips right over the question, one the consultation's service (`语音咨询`, format-chip.ts).
    () => (question > 0 ? serviceRowFormat(blocks[question - 1]!.node) : null),
    // An icon by the question whose title or aria-label names the service (`<i title="语音咨询"></i>`, format-chip.ts).
    () => iconBesideFormat(blocks[question]!.node),
    // A title saying the page plays the recording (`…_在线收听_…`, media-format.ts): that recording is the answer.
    () => titlePlaysFormat(signs.title),
    // A title naming the page a record of a consultation held in one form (`图文问诊记录`, media-format.ts).
    () => recordTitleFormat(signs.title),
  ];
  for (const step of steps) {
    const format = step();
    if (format !== null && format !== 'unknown') return format;
  }
  return 'unknown';
}

/**
 * A still with a film's length alone in its box, between the doctor's card and the answer's text or over a transcript's
 * label (an app's share page drawing its poster with no play sign): the answer's video. Anywhere else (under a chat's avatar, a clock time) it says nothing.
 * The card's own buttons after its lines (`预约面诊`, `找TA问诊`) still leave the still right under the card.
 */
function stillBetweenCardAndAnswer({ blocks, kinds, question, own }: FormatSigns): boolean {
  for (let i = question + 2; i < own - 1; i++) {
    if (underCard(kinds, i, question) && kinds[i + 1] === 'text' && isStillWithLength(blocks[i]!.text, blocks[i]!.node)) return true;
  }
  // Or over a bare transcript label (`文字稿`, `文字版`; one naming its medium says it), wherever the card stands: the text transcribes that film.
  for (let i = question + 1; i < own - 1; i++) {
    const label = blocks[i + 1]!.text;
    if (isTranscriptLabel(label) && transcriptFormat(label) === null && isStillWithLength(blocks[i]!.text, blocks[i]!.node)) return true;
  }
  return false;
}

/** How many of the card's buttons may stand between its last line and what follows it. */
const CARD_BUTTONS = 2;
/** Whether line `i` follows the card's lines, perhaps after a button or two of the card's (a link or a button's word). */
function underCard(kinds: readonly Kind[], i: number, question: number): boolean {
  let j = i - 1;
  while (j > question && i - j <= CARD_BUTTONS && (kinds[j] === 'nav' || kinds[j] === 'ui')) j--;
  return j > question && kinds[j] === 'card';
}
