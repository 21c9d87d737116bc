import { describe, expect, it } from 'vitest';
import { withDateLabelsJoined } from '../src/extract/dates/date-label-line.js';

/** A record table's date label and its date, one cell each: read as one line, whatever numerals the date is written in. */
const texts = (lines: string[]) => withDateLabelsJoined(lines.map((text) => ({ text }))).map((l) => l.text);

describe('a date label in its own cell', () => {
  it('is joined to the date on the next line, in digits or in Chinese numerals (〇, 零, the letter-like Ｏ)', () => {
    expect(texts(['咨询时间', '2023-05-04', '答复日期：', '二Ｏ二三年五月六日'])).toEqual(['咨询时间：2023-05-04', '答复日期：二Ｏ二三年五月六日']);
    expect(texts(['回答时间', '二〇二三年五月六日'])).toEqual(['回答时间：二〇二三年五月六日']);
  });

  it('stays apart from a next line that is no date', () => {
    expect(texts(['回答时间', '三年前', '更新日期', '请以医生回复为准'])).toEqual(['回答时间', '三年前', '更新日期', '请以医生回复为准']);
  });
});
