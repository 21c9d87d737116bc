import { describe, expect, it } from 'vitest';
import { RecentResults } from '../src/core/recent-results.js';

describe('RecentResults: the last results of a pure function', () => {
  it('works a result out once per key while it is kept', () => {
    const recent = new RecentResults<number>(4);
    let computed = 0;
    const square = (n: number) => recent.get(String(n), () => (computed++, n * n));
    expect([square(3), square(3), square(4), square(3)]).toEqual([9, 9, 16, 9]);
    expect(computed).toBe(2);
  });

  it('keeps a result that is null or undefined as a result', () => {
    const recent = new RecentResults<string | null>(4);
    let computed = 0;
    recent.get('a', () => (computed++, null));
    expect(recent.get('a', () => (computed++, 'other'))).toBeNull();
    expect(computed).toBe(1);
  });

  it('keeps at most `limit` results, letting the least recently used go first', () => {
    const recent = new RecentResults<string>(2);
    let computed = 0;
    const get = (key: string) => recent.get(key, () => (computed++, key.toUpperCase()));
    get('a');
    get('b');
    get('a'); // a is now the most recently used
    get('c'); // b goes
    expect(computed).toBe(3);
    get('a');
    expect(computed).toBe(3);
    get('b');
    expect(computed).toBe(4);
  });
});
