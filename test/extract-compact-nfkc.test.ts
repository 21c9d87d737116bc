import { describe, expect, it } from 'vitest';
import { compactNfkc } from '../src/extract/words/compact-nfkc.js';

/** What the genre rules compare lines and questions by: ICU's NFKC, whitespace removed. */
const byIcu = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('compactNfkc', () => {
  it('reads a related item\'s question and snippet lines as ICU normalizes them', () => {
    for (const line of ['孩子发烧怎么办？', '  答： 多喝水，注意休息。 ', '2021-05-31　听一听', 'ＡＢＣ　１２３～', '“引号”‘单’《书名》【标签】', '查看完整回答 ›', 'é', '①②㈠', 'ﬁ', '\u3000\u00a0x\u2003']) {
      expect(compactNfkc(line)).toBe(byIcu(line));
    }
  });

  it('agrees with ICU on every character of the Basic Multilingual Plane, and on pairs where one may change or join the other', () => {
    const differs: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (compactNfkc(s) !== byIcu(s)) differs.push(c.toString(16));
    }
    // Combining marks, spaces of every kind, CJK punctuation and its combining tone marks, full-width forms, Hangul jamo.
    const pool: number[] = [];
    for (const [from, to] of [[0x00, 0x80], [0x300, 0x370], [0x1100, 0x1176], [0x2000, 0x2070], [0x3000, 0x3100], [0x4e00, 0x4e08], [0x9ff8, 0xa008], [0xff00, 0xfff0]] as const) {
      for (let c = from; c < to; c++) pool.push(c);
    }
    for (const a of pool) for (const b of pool) {
      const s = String.fromCharCode(a, b);
      if (compactNfkc(s) !== byIcu(s)) differs.push(`${a.toString(16)}+${b.toString(16)}`);
    }
    expect(differs).toEqual([]);
  });
});
