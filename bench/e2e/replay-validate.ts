/**
 * Times the validate stage alone: every extracted page of a capture (`capture.ts extracted`) through
 * `toEntries` of a build's dist (this checkout's, or a baseline's built in another worktree), in
 * one fresh process, with the page's own clock fixed. Prints the CPU time (user + system) of the
 * calls, per entry in microseconds, and a hash of every outcome, so two builds can be compared
 * on time and on output alike. Run old and new alternately, several rounds, and take medians:
 * the machine is shared, and each process starts with cold caches as a run does.
 * Usage: replay-validate.ts <capture.jsonl> <dist-dir> [--repeat n]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractionItem } from '../../src/schema/records.js';
import type { toEntries as ToEntries } from '../../src/validate/to-entry.js';

const [file = '', dist = 'dist'] = process.argv.slice(2);
const { toEntries } = (await import(pathToFileURL(join(resolve(dist), 'validate/to-entry.js')).href)) as { toEntries: typeof ToEntries };
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as ExtractionItem)
  .flatMap((item) => (item.kind === 'extraction' ? [item.extraction] : []));
const now = new Date('2024-01-01T00:00:00Z');
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const outcomes: unknown[] = [];
const t = cpu();
for (const page of items) outcomes.push(toEntries(page, now));
const us = cpu() - t;
const entries = outcomes.flat().length;
const sha = createHash('sha256').update(JSON.stringify(outcomes)).digest('hex').slice(0, 16);
console.log(JSON.stringify({ pages: items.length, entries, cpuMs: Math.round(us / 1000), usPerEntry: Math.round((us / entries) * 10) / 10, sha }));
