import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar } from '../src/cli/progress.js';
import { createLogger } from '../src/core/log.js';

function fakeTerminal() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => chunks.push(s), columns: 200 } as unknown as NodeJS.WriteStream };
}

describe('progress on a terminal', () => {
  it('shows pages of the total, entries, rejects, rate and time left on one redrawn line', () => {
    const { chunks, stream } = fakeTerminal();
    const bar = new ProgressBar(stream, 0);
    bar.update({ pages: 50, entries: 700, rejects: 3, total: 200 }, true);
    const line = chunks.at(-1)!;
    expect(line.startsWith('\r')).toBe(true);
    expect(line).toMatch(/\[#{6}\.{18}\] 50\/200 pages \| 700 entries \| 3 rejects \| [\d.]+ pages\/s ETA /);
    bar.done();
    expect(chunks.at(-1)).toBe('\n');
  });

  it('shows counts without a bar when the total is unknown (a crawl)', () => {
    const { chunks, stream } = fakeTerminal();
    new ProgressBar(stream, 0).update({ pages: 12, entries: 30, rejects: 0, total: null }, true);
    expect(chunks.at(-1)).toMatch(/^\r12 pages \| 30 entries \| 0 rejects/);
  });

  it('ends showing the last counts given, not the last ones drawn (redraws are a few a second)', () => {
    const { chunks, stream } = fakeTerminal();
    const bar = new ProgressBar(stream, 60_000);
    bar.update({ pages: 3, entries: 13, rejects: 0, total: 7 });
    for (let entries = 14; entries <= 24; entries++) bar.update({ pages: 7, entries, rejects: 0, total: 7 });
    expect(chunks.at(-1)).toMatch(/ 13 entries /);
    bar.done();
    expect(chunks.at(-2)).toMatch(/7\/7 pages \| 24 entries /);
    expect(chunks.at(-1)).toBe('\n');
  });

  it('formats the time left as people read it', () => {
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(7260)).toBe('2h01m');
  });
});

describe('log lines', () => {
  it('are one JSON object per line for machines, key=value text for people', () => {
    const lines: string[] = [];
    createLogger({ format: 'json', write: (l) => lines.push(l) }).warn('rejected: not_text', { source: 'a.html', status: 200 });
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'rejected: not_text', source: 'a.html', status: 200 });
    createLogger({ format: 'text', write: (l) => lines.push(l) }).info('published', { entries: 24, out: 'output/x y' });
    expect(lines[1]).toBe('INFO  published entries=24 out="output/x y"\n');
  });
});
