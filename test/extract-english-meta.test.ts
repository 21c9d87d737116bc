import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { withYearLastDatesRead } from '../src/extract/dates/year-last-date.js';
import { parseDocument } from 'htmlparser2';

/** Days printed in English or with the year last on bilingual pages: which day dates the answer, and which is certain. */

describe('English answer-day lines', () => {
  it('reads `Answered on Jul 16, 2022` as the answer’s day, and an `Updated …` run into it as the update’s', () => {
    expect(readMetaLine('Answered on Jul 16, 2022Updated Jan 11, 2023').dates).toEqual([
      { iso: '2022-07-16', kind: 'answered' },
      { iso: '2023-01-11', kind: 'updated' },
    ]);
    expect(readMetaLine('Answered on Jul 16, 2022').metaOnly).toBe(true);
    expect(readMetaLine('Last updated: 3 Dec 2025').dates).toEqual([{ iso: '2025-12-03', kind: 'updated' }]);
    expect(readMetaLine('Published: May 6, 2023').dates).toEqual([{ iso: '2023-05-06', kind: 'answered' }]);
    // A portal's byline before its day, parted by a bar: the line is meta, its day read.
    expect(readMetaLine('By Helen Wu | Mar 9, 2022')).toMatchObject({ dates: [{ iso: '2022-03-09', kind: 'plain' }], metaOnly: true });
    expect(readMetaLine('By 本站编辑 · 9 March 2022').metaOnly).toBe(true);
  });
});

describe('a year-last day on a page that shows no order', () => {
  const textNode = (html: string) => {
    const doc = parseDocument(html);
    let node = doc.children[0]!;
    while ('children' in node && node.children.length > 0) node = node.children[0]!;
    return node;
  };
  it('reads a day whose day and month are one number, and leaves one that reads two ways', () => {
    expect(withYearLastDatesRead(textNode('<p>发布日期：07/07/2022</p>'), '发布日期：07/07/2022')).toBe('发布日期：2022-07-07');
    expect(withYearLastDatesRead(textNode('<p>发布日期：03/12/2025</p>'), '发布日期：03/12/2025')).toBe('发布日期：03/12/2025');
  });
});
