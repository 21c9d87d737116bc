import { describe, expect, it } from 'vitest';
import { TextMemo } from '../src/core/text-memo.js';

describe('TextMemo: the last results of a function of one text', () => {
  it('works a text out once while it is kept, false and empty results too', () => {
    const memo = new TextMemo<boolean>(4);
    let calls = 0;
    const compute = (t: string) => (calls++, t.includes('color'));
    const page = `<style>.a{display:none}</style>`.repeat(3);
    // The same text cut from two different pages is one key.
    expect(memo.get(page.slice(7, 23), compute)).toBe(false);
    expect(memo.get(`x${page}`.slice(8, 24), compute)).toBe(false);
    expect(calls).toBe(1);
  });

  it('keeps at most `limit` texts and none longer than `longest`', () => {
    const memo = new TextMemo<number>(2, 10);
    let calls = 0;
    const compute = (t: string) => (calls++, t.length);
    for (const t of ['a', 'b', 'c', 'a']) memo.get(t, compute);
    expect(calls).toBe(4); // 'a' was let go when the third text came
    expect(memo.get('a'.repeat(11), compute)).toBe(11);
    expect(memo.get('a'.repeat(11), compute)).toBe(11);
    expect(calls).toBe(6);
  });
});
