/**
 * The answer's date and format from the meta lines, players and <time> stamps near it (never from
 * its text), and the other places a page prints them: a card's sentence, a tag on the question, the page's foot.
 */
import { isPlayCount } from '../words/answer-extras.js';
import { isBlankReplyDay, withDateLabelsJoined } from '../dates/date-label-line.js';
import type { AnyNode } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import type { EntryDraft } from '../../schema/records.js';
import { nodesBetween, renderBlocks, type Block, type Media, type Stamp } from '../lines/html-lines.js';
import { findDate, formatFromLabel, pickMeta, readMetaLine, type PageMeta } from '../dates/page-meta.js';
import { readInfoLine } from '../dates/post-stamp.js';
import { creditAnswerDay } from '../dates/credit-day.js';
import { sessionTimeDay } from '../dates/session-day.js';
import { isSignatureLabel } from '../card/signature.js';
import { PLAYER_RE } from '../words/furniture-lines.js';
import type { Kind } from './line-kinds.js';

/** A voice message's length as chat apps print it (0'58'', 58″): the answer was spoken. */
const VOICE_LENGTH_RE = /\d\s*(?:''|″|")|\d+\s*'\s*\d+/u;
/**
 * A paid voice answer's bubble (`1元偷听 1:35`, `限时免费听 0:35`, a listener count `7523人听过` beside it), an elder
 * mode's voice bar (`点击收听 116秒`): its length (`1:35`, `116秒`) is a recording's too, where the bar offers it to
 * listen to (a text-to-speech button, `点击朗读`, offers no recording and prints no length).
 */
const LISTEN_IN_RE = /偷听|旁听|免费听|元\s*听|收听/u;
const PLAYED_LENGTH_RE = /\d{1,2}[:：]\d{2}/u;
const WORDED_LENGTH_RE = /\d{1,3}\s*(?:秒|分钟?)/u;
export const isVoicePlayer = (line: string, near: readonly Block[]) =>
  PLAYER_RE.test(line) &&
  (VOICE_LENGTH_RE.test(line) || (PLAYED_LENGTH_RE.test(line) && (LISTEN_IN_RE.test(line) || near.some((b) => isPlayCount(b.text)))) || (WORDED_LENGTH_RE.test(line) && LISTEN_IN_RE.test(line)));
/** A consultation's service in brackets before the question (`【电话问诊】…`, `[视频咨询]…`): the format the answer was given in. */
export function taggedFormat(question: string): AnswerFormat {
  const tag = question.match(/^\s*[【[［〔]([^\]】］〕]{2,8})[\]】］〕]/u);
  return tag ? readMetaLine(tag[1]!).format : 'unknown';
}
/** A label cell alone (`回复时间：`, `咨询科室：`): its value is in the next cell. */
const CELL_LABEL_RE = /^[\p{Script=Han} ]{2,8}[:：]$/u;
/** The lines from..to, each value cell read with the label cell before it (`回复时间：` + `2019/11/16`). */
export function withCellLabels(blocks: readonly Block[], from: number, to: number): Block[] {
  return blocks.slice(from, to).map((b, i) => {
    const before = blocks[from + i - 1];
    // (Not a signature's label: it labels the picture beside it, not the next line.)
    return before && CELL_LABEL_RE.test(before.text) && !CELL_LABEL_RE.test(b.text) && !isSignatureLabel(before.text) ? { ...b, text: `${before.text}${b.text}` } : b;
  });
}
/**
 * An article's info line of labelled fields after the question (post-stamp.ts): read as its
 * date alone (page meta); what its 来源 fields name is returned.
 */
export function readInfoLines(blocks: Block[], question: number, end: number): { sources: string[]; above: string | null; session: string | null } {
  const sources: string[] = [];
  let above: string | null = null;
  // An online interview's time above the question (`访谈时间：…`, session-day.ts) dates its answer over the info line's publishing day;
  // so too under a headline question, in the short lines of its box (up to the next heading, `文字实录`, or the first long line).
  let session: string | null = null;
  const boxEnd = !blocks[question]?.heading ? -1 : ((k) => (k === -1 ? end : k))(blocks.findIndex((b, i) => i > question && (b.heading || b.chars > 60)));
  for (let i = 0; i < end; i++) {
    if ((i < question || i < boxEnd) && i !== question && blocks[i]!.chars <= 100) session ??= sessionTimeDay(blocks[i]!.text, blocks[i - 1]?.text);
    const info = i !== question && blocks[i]!.chars <= 100 ? readInfoLine(blocks[i]!.text) : null;
    if (!info) continue;
    // Above a question printed under the article's own title (`网友提问：…`), the line still dates the post.
    if (i < question) above = findDate(info.date);
    // Read as its day alone below the question, and above it too where that day is a broadcast's (a page day beside it dates nothing).
    if (i > question || info.aired) blocks[i] = { ...blocks[i]!, text: info.date };
    if (info.source) sources.push(info.source);
  }
  return { sources, above: session ?? above, session };
}
/** How the card's sentence says the doctor answered (`name title 视频回答`, `由 name 语音解答了该问题`). */
const ANSWERED_AS_RE = /(语音|音频|视频|图文|文字|电话)(?:解答|回答|回复)/gu;
/** The format a card sentence names, where its lines name one and only one. */
export function cardSaysFormat(blocks: readonly Block[], kinds: readonly Kind[], question: number, own: number): AnswerFormat {
  const formats = new Set<AnswerFormat>();
  for (let i = question + 1; i <= own && i < blocks.length; i++) {
    if (kinds[i] !== 'card' || blocks[i]!.chars > 80) continue;
    for (const m of blocks[i]!.text.matchAll(ANSWERED_AS_RE)) formats.add(formatFromLabel(m[0]));
  }
  formats.delete('unknown');
  return formats.size === 1 ? [...formats][0]! : 'unknown';
}
const DAY_MS = 86_400_000;
/**
 * A `<time>`'s day: the whole day it shows where that is its datetime's day or one beside it (`datetime="2023-01-30T21:59:00+00:00"`
 * showing `2023-01-31`: the instant in UTC, the page's own zone a day on), else its datetime's day.
 */
export function stampDay(stamp: Stamp): string | null {
  const machine = findDate(stamp.datetime);
  const shownDays = stamp.shown ? readMetaLine(stamp.shown).dates : [];
  const shown = shownDays.length === 1 ? shownDays[0]!.iso : null;
  if (machine === null || shown === null || shown === machine) return machine;
  return Math.abs(Date.parse(`${shown}T00:00:00Z`) - Date.parse(`${machine}T00:00:00Z`)) === DAY_MS && /[T ]\d{1,2}:\d{2}/u.test(stamp.datetime) ? shown : machine;
}
/**
 * Date and format from the meta lines near the question and answer (never from the answer's
 * text); else the format from the players there, the date from a <time datetime> there (a page
 * that shows 3天前).
 */
export function readMeta(lines: readonly Block[], players: readonly Media[], stamps: readonly Stamp[]): PageMeta {
  // A date's label in a cell of its own is read with the date in the next (date-label-line.ts).
  // The reply's day labelled and printed blank (`回复时间：--`, date-label-line.ts): an update day there is none of the answer's.
  const blank = lines.some((b) => isBlankReplyDay(b.text));
  const read = withDateLabelsJoined(lines).map((b) => readMetaLine(b.text));
  const meta = pickMeta(blank ? read.map((l) => (l.dates.some((d) => d.kind === 'updated') ? { ...l, dates: l.dates.filter((d) => d.kind !== 'updated') } : l)) : read);
  if (meta.date === null) meta.date = stamps.map(stampDay).find((d) => d !== null) ?? null;
  if (meta.format === 'unknown') {
    const formats = new Set(players.map((m) => m.format));
    if (formats.size === 1) meta.format = [...formats][0] as AnswerFormat;
  }
  return meta;
}
/**
 * Date and format printed between a page's question and its answer (a profile's page whose
 * selectors do not reach them), and the player there.
 */
export function metaBetween(question: AnyNode, answer: AnyNode | null): PageMeta {
  const { blocks, media, stamps } = renderBlocks(nodesBetween(question, answer));
  return readMeta(blocks, media, stamps);
}
/** The days the page prints after the answer, each where it is the one such day there, else null. */
export interface DaysAfter {
  /**
   * A date labelled as the answer's (发布时间：, 回答于) printed after the related list, at the foot of the page (the list's own
   * dates carry no such label).
   */
  labelled: string | null;
  /**
   * The page's update day (`更新时间：`, a landing page's footer) where it is the one day printed after the answer (the README's
   * convention); null where any other day stands there.
   */
  updated: string | null;
}
/** One walk of the lines after the answer (from `answerEnd`; the labelled date only from `listEnd`, past the related list). */
export function daysAfter(blocks: readonly Block[], answerEnd: number, listEnd: number, related: readonly EntryDraft[]): DaysAfter {
  const labelled = new Set<string>();
  const updated = new Set<string>();
  let onlyUpdated = true;
  // A format word and a date the related list shows for one of its items is that item's line
  // (`图文解答 2021年11月29日`); a date labelled only as published (发布于) is the page's, whatever day it is.
  const items = new Set(related.map((i) => i.date));
  for (let i = Math.min(answerEnd, listEnd); i < blocks.length; i++) {
    const meta = readMetaLine(blocks[i]!.text);
    const itemLine = meta.format !== 'unknown';
    if (i >= listEnd && meta.metaOnly) for (const d of meta.dates) if (d.kind === 'answered' && !(itemLine && items.has(d.iso))) labelled.add(d.iso);
    // A foot line crediting who answered on what day (`本文由…於 {day} 解答`, credit-day.ts) labels its day as the answer's too,
    // wherever after the answer it stands: past a related list or, where the page has none, under the boxes after the answer.
    const credited = !meta.metaOnly && meta.dates.length > 0 ? creditAnswerDay(blocks[i]!.text) : null;
    if (credited !== null) labelled.add(credited);
    if (i < answerEnd) continue;
    for (const d of meta.dates) {
      if (meta.metaOnly && d.kind === 'updated') updated.add(d.iso);
      else onlyUpdated = false;
    }
  }
  return { labelled: labelled.size === 1 ? [...labelled][0]! : null, updated: onlyUpdated && updated.size === 1 ? [...updated][0]! : null };
}
