/** The page's structured data (JSON-LD) checked against what the genre reader read from the page shown. */
import type { AnyNode } from 'domhandler';
import { comparable } from '../../core/text.js';
import { shownTextContent } from '../tree/page-index.js';
import type { Doctor, ReadBy } from '../../schema/entry.js';
import { isSectionHead, PROSE_RE } from '../words/genre.js';
import type { Block } from './html-lines.js';
import { namesDay, readMetaLine } from '../dates/page-meta.js';
import type { StructuredQa } from './structured-data.js';

/**
 * Structured data checked against the page: where it agrees, it may trim card or label text
 * off the visible answer or supply a date the page shows in a form not read; where it
 * disagrees with what the page shows, the entry says so.
 */
export function checkStructuredData(
  read: { question: string; paragraphs: string[]; doctor: Doctor; date: string | null; readBy: ReadBy },
  data: StructuredQa,
  blocks: Block[],
  doubts: string[],
  card: AnyNode | null = null,
): void {
  if (data.question && comparable(data.question) !== comparable(read.question)) doubts.push('the structured data names another question');
  if (data.answer) {
    const told = comparable(data.answer);
    if (comparable(read.paragraphs.join('')) !== told) {
      const kept = read.paragraphs.filter((p) => told.includes(comparable(p)));
      // Lines the data leaves out are furniture it never held, not a paragraph it lacks (a template's stale, older text).
      // The heads of the answer's sections (辨证分析, 调理建议) are the answer's, though the data holds its text alone: kept.
      const heads = read.paragraphs.filter((p) => !kept.includes(p) && isSectionHead(p));
      const left = read.paragraphs.filter((p) => !kept.includes(p) && !heads.includes(p));
      const unheaded = comparable(read.paragraphs.filter((p) => !heads.includes(p)).join(''));
      if (unheaded.includes(told) && comparable(kept.join('')) === told && !left.some((p) => PROSE_RE.test(p))) {
        if (left.length > 0) {
          read.paragraphs = read.paragraphs.filter((p) => !left.includes(p));
          read.readBy = 'structured_data';
        }
      } else doubts.push('the structured data disagrees with the answer shown');
    }
  }
  // The question's day stands for the answer's only to fill a date the page shows in a form not read.
  const day = data.date ?? data.askedOn;
  if (day && read.date === null) {
    // A line that prints the day as the asking's (`提问于 …`) shows no answer's date.
    if (blocks.some((b) => readMetaLine(b.text).dates.some((d) => d.iso === day && d.kind !== 'asked'))) {
      read.date = day;
      read.readBy = 'structured_data';
    }
  } else if (data.date && !namesDay(data.dateGiven!, read.date!) && !datesTheAsking(data, read.date!, blocks)) doubts.push('the structured data gives another date');
  // An answer may come days after the question; only one before it is wrong.
  else if (!data.date && data.askedOn && read.date !== null && read.date < data.askedOn) doubts.push('the date read is before the structured data says the question was asked');
  if (data.author && read.doctor.name && comparable(data.author) !== comparable(read.doctor.name)) doubts.push('the structured data names another doctor');
  if (data.authorTitle && read.doctor.title && comparable(data.authorTitle) !== comparable(read.doctor.title)) doubts.push('the structured data gives the doctor another title');
  // An employer the card also prints (a second practice place: a chain's 中医馆 under 出诊馆 / 坐诊 beside the 第一执业医院 the
  // card's hospital is) is one of the doctor's, no disagreement; one the card prints nowhere may be another doctor's or a stale one.
  if (data.authorHospital && read.doctor.hospital && comparable(data.authorHospital) !== comparable(read.doctor.hospital) && !cardPrints(card, data.authorHospital))
    doubts.push('the structured data gives the doctor another hospital');
}

/**
 * The data's answer stamped with its question's own day (the same `dateCreated` on both), a day the page prints as the asking's
 * (`提问时间：…`), the answer's read later: the CMS copied the question's stamp, it gives no other day of the answer's.
 */
function datesTheAsking(data: StructuredQa, read: string, blocks: Block[]): boolean {
  const asked = data.askedOn;
  return asked !== null && data.date === asked && read > asked && blocks.some((b) => readMetaLine(b.text).dates.some((d) => d.iso === asked && d.kind === 'asked'));
}

/** Whether the doctor card's shown text prints a name (the card's element, as the reader found it). */
function cardPrints(card: AnyNode | null, name: string): boolean {
  const wanted = comparable(name);
  return card !== null && wanted.length >= 4 && comparable(shownTextContent(card)).includes(wanted);
}
