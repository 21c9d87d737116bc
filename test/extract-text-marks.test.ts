import { describe, expect, it } from 'vitest';
import { CARET, NUMBERED, textMarks } from '../src/extract/tree/text-marks.js';
import { parseHtml } from '../src/extract/tree/parse-html.js';
import { selectorSet } from '../src/extract/tree/page-index.js';

/**
 * text-marks.ts tells, from a text's first and last characters, whether it may be a typing caret or
 * number a text message's part; the mends that look for those in the markup search it only then
 * (mend-tree.ts). The marks must hold wherever the mends' own tests would find one.
 */
const CARET_RE = /^[▍▌▎▏▋█|｜_]$/u;
const BEFORE_RE = /^\s*(?:[(（[【]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[)）\]】]|(\d{1,2})\/(\d{1,2})[ \u3000])\s*/u;
const AFTER_RE = /\s*[(（[【]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[)）\]】]\s*$/u;
const SPACES = ['', ' ', '\n  ', '\u3000', '\u00a0', '\t\r\n', '\ufeff', '\u2003'];

describe('text marks: what a text may be, as the mends that look for it read it', () => {
  it('marks every caret glyph alone, with any white space around it, as trim takes it', () => {
    for (const glyph of '▍▌▎▏▋█|｜_') {
      for (const before of SPACES) for (const after of SPACES) {
        const text = `${before}${glyph}${after}`;
        expect(CARET_RE.test(text.trim())).toBe(true);
        expect(textMarks(text) & CARET).toBe(CARET);
      }
    }
  });

  it('marks no text of more than one glyph, nor a glyph in between', () => {
    for (const text of ['||', '▍多喝水', '多喝水▍', '▉', '▊', ' ', '', '一']) expect(textMarks(text) & CARET).toBe(0);
  });

  it("marks a part's number first or last, however spaced and bracketed", () => {
    const numbered = ['(1/3)王医生回复您：', '（1/3）多喝水', '[ 2 / 3 ]注意', '【1/12】', '1/3 多喝水', '12/3\u3000多喝水', '  (1/3)', '多喝水（1/3）', '多喝水 [ 3 / 3 ] \n', '多喝水【1/2】'];
    for (const text of numbered) {
      expect(BEFORE_RE.test(text) || AFTER_RE.test(text)).toBe(true);
      expect(textMarks(text) & NUMBERED).toBe(NUMBERED);
    }
  });

  it('marks no text without a number and a slash at an end', () => {
    for (const text of ['多喝水（注意休息）', '(注意)', '2023年', '1. 多喝水', '多喝水', '(a/b)', '多喝水 3)', '(1) 多喝水']) expect(textMarks(text) & NUMBERED).toBe(0);
  });

  it('holds on the page as parsed: a caret or a numbered part anywhere, in <head> too', () => {
    const holds = (html: string) => {
      const parsed = parseHtml(html, 100, selectorSet([]));
      if (!parsed.ok) throw new Error('not parsed');
      return parsed.index!.holds;
    };
    expect(holds('<html><body><p>多喝水<span>▍</span></p></body></html>')).toMatchObject({ caret: true, numbered: false });
    expect(holds('<html><body><p>(1/2)多喝水</p><p>(2/2)注意休息</p></body></html>')).toMatchObject({ caret: false, numbered: true });
    expect(holds('<html><head><span> | </span></head><body><p>多喝水</p></body></html>')).toMatchObject({ caret: true });
    // A text the parser adds to past an entity is judged whole.
    expect(holds('<html><body><p>多喝水&#65288;1/2&#65289;</p></body></html>')).toMatchObject({ numbered: true });
    expect(holds('<html><body><p>多喝水 | 注意休息 2023/1/2</p></body></html>')).toMatchObject({ caret: false, numbered: false });
  });
});
