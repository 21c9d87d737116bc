import type { AnyNode, Element } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import { renderLines } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';

/**
 * The stamp printed right under an answer's box (`语音解答 2021-04-20`, `回复于 2022-03-14`): the
 * element after the box in the same parent, where its one line says nothing but a format and one
 * day, not the asker's. A profile whose date selectors miss (its template printed the day
 * elsewhere) reads the day the answer carries; null where the next line is anything else.
 */
export function stampAfter(answer: Element): { date: string; format: AnswerFormat } | null {
  let next: AnyNode | null = answer.next;
  while (next && next.type === 'text' && (next as { data: string }).data.trim() === '') next = next.next;
  if (!next || next.type !== 'tag') return null;
  const lines = renderLines(next as Element);
  if (lines.length !== 1) return null;
  const meta = readMetaLine(lines[0]!.text);
  const day = meta.dates.length === 1 ? meta.dates[0]! : null;
  return meta.metaOnly && day && day.kind !== 'asked' ? { date: day.iso, format: meta.format } : null;
}
