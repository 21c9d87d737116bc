import { describe, expect, it } from 'vitest';
import { forgetReadLines, readMetaLine } from '../src/extract/dates/page-meta.js';
import { readItemMeta } from '../src/extract/profiles/item-meta.js';

/**
 * A profile's related item prints its format and day as its site prints them (`语音解答 2020-04-17`); the
 * profile reads that line at once, and must read it exactly as the genre's reading of a line does.
 */
const genre = (text: string) => {
  forgetReadLines();
  return readMetaLine(text);
};

describe("a related item's line of format and day, read by the profile", () => {
  const labels = ['图文解答', '语音解答', '视频解答'];
  const days = ['2020-04-17', '2019-01-01', '2023-12-31', '2024-02-29', '2021-02-29', '1900-02-29', '2000-02-29', '2021-13-01', '2021-00-10', '2021-04-31', '2021-04-00', '0000-01-01', '9999-12-31'];

  it('reads every format label and day as the genre reads the line, a day no calendar has included', () => {
    for (const label of labels) for (const day of days) expect(readItemMeta(`${label} ${day}`), `${label} ${day}`).toEqual(genre(`${label} ${day}`));
  });

  it('reads 语音解答 2020-04-17 as a voice answer of that day, on a line of meta', () => {
    expect(readItemMeta('语音解答 2020-04-17')).toEqual({ dates: [{ iso: '2020-04-17', kind: 'answered' }], format: 'voice', metaOnly: true });
  });

  it('leaves any other line to the genre reading', () => {
    const others = [
      '语音解答 2020/04/17', '语音解答  2020-04-17', '语音解答 2020-04-17 12:30', '语音解答 ２０２０-04-17', '语音回答 2020-04-17', '提问于 2020-04-17',
      '2020-04-17', '语音解答', '语音解答 2020-4-17', '电话解答 2020-04-17', '语音解答 2020-04-17 阅读 35', '图文解答 今天', ' 语音解答 2020-04-17',
    ];
    for (const line of others) expect(readItemMeta(line), line).toEqual(genre(line));
  });
});
