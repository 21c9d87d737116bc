import { formatFromLabel, isoDate, readMetaLine, type MetaLine } from '../dates/page-meta.js';

/**
 * The line of format and day a profile's related item prints as its site prints it (youlai's `.voice`:
 * `语音解答 2020-04-17`): an answer's format label and an ISO day, nothing else. Read at once, as the
 * genre's reading of a line (readMetaLine) reads it: the day answered (the label is 解答's), the format
 * the label's (formatFromLabel), a line of meta. That reading tries some fifteen patterns on the line
 * (3 µs, the largest part of reading an item), and an item of every list prints one such line.
 * Any other line, or a day no calendar has (2021-02-29), is read by readMetaLine itself.
 * test/extract-item-meta.test.ts holds the two readings to the same result.
 */
const LABELLED_DAY_RE = /^(?:图文|语音|视频)解答 (\d{4})-(\d{2})-(\d{2})$/u;

export function readItemMeta(text: string): MetaLine {
  const m = LABELLED_DAY_RE.exec(text);
  const iso = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
  if (iso === null) return readMetaLine(text);
  return { dates: [{ iso, kind: 'answered' }], format: formatFromLabel(text), metaOnly: true };
}
