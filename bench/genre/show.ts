import { readFileSync } from 'node:fs';
import { extractPage } from '../../src/extract/extract-page.js';
import { toEntries } from '../../src/validate/to-entry.js';

/**
 * What extraction reads from a saved page, entry by entry, with the reader's doubts:
 * `npx tsx bench/genre/show.ts <file> [...]` (a page the evaluation got wrong, a new site).
 */
for (const file of process.argv.slice(2)) {
  const headers: Record<string, string> = file.endsWith('.txt') ? { 'content-type': 'text/plain' } : {};
  const outcome = extractPage({ url: file, finalUrl: file, status: 200, headers, body: readFileSync(file), fetchedAt: null });
  if (!outcome.ok) {
    console.log(`${file}: rejected (${outcome.reject.stage}: ${outcome.reject.reason}) ${outcome.reject.detail}`);
    continue;
  }
  console.log(`${file}: ${outcome.value.extractor}, ${outcome.value.entries.length} entries`);
  const entries = toEntries(outcome.value, new Date(0));
  for (const [i, draft] of outcome.value.entries.entries()) {
    const entry = entries[i]!;
    const where = draft.origin === 'page' ? 'page' : `related #${draft.position}`;
    if (!entry.ok) {
      console.log(`  ${where}: invalid (${entry.reject.detail})`);
      continue;
    }
    const e = entry.value;
    console.log(`  ${where}: ${e.question} | ${Object.values(e.doctor).map((v) => v ?? '-').join(' · ')} | ${e.format} ${e.date ?? '-'} | ${e.read_by} | ${e.flags.join(' ') || 'no flags'}`);
    for (const p of e.answer_paragraphs) console.log(`      ${p.slice(0, 60)}${p.length > 60 ? '…' : ''}`);
    for (const doubt of draft.doubts ?? []) console.log(`    doubt: ${doubt}`);
  }
}
