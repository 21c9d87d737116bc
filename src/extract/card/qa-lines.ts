import type { AnswerFormat, Doctor } from '../../schema/entry.js';
import { noDoctor, pageDraft } from '../draft.js';
import type { EntryDraft } from '../../schema/records.js';
import { isAskerLine, isCardLine, isDisclaimer, isNameLine, isRelatedLabel } from '../words/genre.js';
import { findDate, parseFormatDateLine, splitTrailingFormatDate } from '../dates/page-meta.js';
import type { Line } from '../lines/html-lines.js';
import { parseDoctorCard } from './card-parts.js';
import { compactNfkc } from '../words/compact-nfkc.js';

/** How many lines under the question may hold the header (card, date, meta, the asker's description). */
const HEADER_WINDOW = 8;

export interface QaLinesResult {
  page: EntryDraft | null;
  related: EntryDraft[];
  hasDisclaimer: boolean;
}

const norm = compactNfkc;

/**
 * Reads a page of the genre from its visible lines alone: question, doctor card, answer,
 * disclaimer, then the related list, each item being a question, a snippet and a
 * `语音解答 2021-05-18` line (often followed by the question again). This is how text
 * copies are read, and how HTML layouts that no profile knows are read once rendered to lines.
 */
export function parseQaLines(input: Line[], options: { question?: string | null } = {}): QaLinesResult {
  const lines = input.filter((l) => l.text.trim() !== '');
  let start = 0;
  let question = options.question?.trim() || null;
  if (question) {
    const at = lines.findIndex((l) => norm(l.text) === norm(question!));
    // A question that no line of the page shows is a title, not a Q&A page (a list page, say):
    // without it there is nowhere to start reading an answer.
    if (at === -1) return { page: null, related: relatedOnly(lines), hasDisclaimer: false };
    start = at;
  } else {
    question = lines[0]?.text.trim() ?? null;
  }
  const after = lines.slice(start + 1);
  const relatedAt = after.findIndex((l) => isRelatedLabel(l.text));
  const mainZone = relatedAt === -1 ? after : after.slice(0, relatedAt);
  const disclaimerAt = mainZone.findIndex((l) => isDisclaimer(l.text));
  const hasDisclaimer = disclaimerAt !== -1;
  const body = hasDisclaimer ? mainZone.slice(0, disclaimerAt) : mainZone;

  const header = readHeader(body);
  const { doctor } = header;
  let format: AnswerFormat = header.format;
  let date: string | null = header.date;
  const answer: string[] = [];
  for (const line of body.slice(header.lines)) {
    const meta = parseFormatDateLine(line.text);
    if (meta && answer.length === 0) {
      format = meta.format === 'unknown' ? format : meta.format;
      date ??= meta.date;
      continue;
    }
    answer.push(line.text.trim());
  }

  const related = relatedAt === -1 ? [] : parseRelatedLines(after.slice(relatedAt + 1));
  const page = pageDraft({ question, answerParagraphs: answer, doctor, format, date, hasDisclaimer }, related);
  return { page, related, hasDisclaimer };
}

function relatedOnly(lines: Line[]): EntryDraft[] {
  const at = lines.findIndex((l) => isRelatedLabel(l.text));
  return at === -1 ? [] : parseRelatedLines(lines.slice(at + 1));
}

/** A page-meta line that starts with the date: `2022-03-08 14:20 浏览：2318次`, `发布时间：2021-05-18`. */
const META_DATE_LINE_RE = /^(?:(?:发布|回答|解答|更新)?(?:时间|日期)\s*[:：]\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s|$)/u;

interface Header {
  doctor: Doctor;
  format: AnswerFormat;
  date: string | null;
  /** How many lines of the body the header takes; the answer starts after them. */
  lines: number;
}

/**
 * The header is the run of short lines between the question and the answer: the doctor card,
 * the format-and-date line, page meta such as `2022-03-08 14:20 浏览：2318次` and the asker's
 * description. A bare name line counts only when a card line follows it, since a short
 * first line of an answer (您好) looks the same.
 */
function readHeader(body: Line[]): Header {
  const header: Header = { doctor: noDoctor(), format: 'unknown', date: null, lines: 0 };
  const card: string[] = [];
  let names: string[] = [];
  for (let i = 0; i < Math.min(HEADER_WINDOW, body.length); i++) {
    const text = body[i]!.text.trim();
    if (isAskerLine(text)) {
      header.lines = i + 1;
      continue;
    }
    if (text.length > 40) break;
    const meta = parseFormatDateLine(text) ?? (META_DATE_LINE_RE.test(text) && !/[。！？]/u.test(text) ? { format: 'unknown' as const, date: findDate(text) } : null);
    if (meta) {
      if (meta.format !== 'unknown') header.format = meta.format;
      header.date ??= meta.date;
      header.lines = i + 1;
    } else if (isCardLine(text)) {
      card.push(...names, text);
      names = [];
      header.lines = i + 1;
    } else if (isNameLine(text)) {
      names.push(text);
    } else {
      break;
    }
  }
  if (card.length > 0) header.doctor = parseDoctorCard(card.join(' '));
  return header;
}

/**
 * Splits the related zone into items, anchored on the format-and-date lines. Where a list
 * has no such lines (some layouts show only links), each linked line starts an item.
 */
export function parseRelatedLines(input: Line[]): EntryDraft[] {
  const lines = input.flatMap((l) => splitTrailingFormatDate(l.text).map((text, i) => ({ text, links: i === 0 ? l.links : [] })));
  const anchors = lines.flatMap((l, i) => (parseFormatDateLine(l.text) ? [i] : []));
  const items: EntryDraft[] = [];
  const push = (segment: Line[], meta: { format: AnswerFormat; date: string | null }) => {
    const [head, ...snippet] = segment;
    if (!head) return;
    items.push({
      question: head.text.trim(),
      answerParagraphs: snippet.map((l) => l.text.trim()).filter(Boolean),
      doctor: noDoctor(),
      format: meta.format,
      date: meta.date,
      hasDisclaimer: false,
      origin: 'related',
      position: items.length,
      url: head.links[0] ?? segment.flatMap((l) => l.links)[0] ?? null,
      relatedUrls: [],
    });
  };

  if (anchors.length > 0) {
    let from = 0;
    let previousQuestion: string | null = null;
    for (const anchor of anchors) {
      let segment = lines.slice(from, anchor);
      // The item's question is often repeated once under its date line (the voice player's
      // title). Only that one line goes, and only when a question and a snippet remain: the
      // next item may well ask the same question, and its question is not a repeat.
      if (previousQuestion && segment.length > 2 && norm(segment[0]!.text) === norm(previousQuestion)) segment = segment.slice(1);
      push(segment, parseFormatDateLine(lines[anchor]!.text)!);
      previousQuestion = segment[0]?.text ?? previousQuestion;
      from = anchor + 1;
    }
    return items;
  }

  let current: Line[] = [];
  for (const line of lines) {
    if (line.links.length > 0 && current.length > 0) {
      push(current, { format: 'unknown', date: null });
      current = [];
    }
    if (line.links.length > 0 || current.length > 0) current.push(line);
  }
  if (current.length > 0) push(current, { format: 'unknown', date: findDate(current.map((l) => l.text).join(' ')) });
  return items;
}
