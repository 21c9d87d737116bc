import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../src/extract/extract-page.js';
import type { PageRecord } from '../../src/schema/records.js';

/**
 * Extraction speed on the fixture pages: every page under fixtures/pages and fixtures/faults,
 * read again and again for a few seconds per round; prints pages/s per round and the median.
 * `npx tsx bench/genre/speed.ts [seconds-per-round] [rounds]`
 */
const root = new URL('../../fixtures/', import.meta.url).pathname;
const pages: PageRecord[] = [];
for (const dir of ['pages', 'faults']) {
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (name.endsWith('.expected.json')) continue;
    const body = readFileSync(join(root, dir, name));
    const headers: Record<string, string> = name.endsWith('.txt') ? { 'content-type': 'text/plain' } : {};
    pages.push({ url: `${dir}/${name}`, finalUrl: `${dir}/${name}`, status: 200, headers, body, fetchedAt: null });
  }
}
const seconds = Number(process.argv[2] ?? 3);
const rounds = Number(process.argv[3] ?? 5);
const rates: number[] = [];
for (let i = 0; i < 200; i++) for (const p of pages) extractPage(p); // warm-up
for (let r = 0; r < rounds; r++) {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const p of pages) extractPage(p);
    n += pages.length;
  }
  rates.push(n / ((performance.now() - start) / 1000));
}
rates.sort((a, b) => a - b);
const kb = pages.reduce((s, p) => s + p.body.length, 0) / pages.length / 1024;
console.log(`${pages.length} fixture pages (mean ${kb.toFixed(1)} KB): ${rates.map((r) => r.toFixed(0)).join(', ')} pages/s; median ${rates[Math.floor(rates.length / 2)]!.toFixed(0)}`);
