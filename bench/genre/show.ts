import { readFileSync } from 'node:fs';
import { extractPage } from '../../src/extract/extract-page.js';
import { toEntry } from '../../src/validate/to-entry.js';
const file = process.argv[2]!;
const body = readFileSync(file);
const out = extractPage({ url: file, finalUrl: file, status: 200, headers: file.endsWith('.txt') ? { 'content-type': 'text/plain' } : {}, body, fetchedAt: null });
if (!out.ok) { console.log('REJECT', out.reject); process.exit(0); }
console.log('extractor', out.value.extractor, 'entries', out.value.entries.length);
for (const d of out.value.entries) {
  const e = toEntry(d, out.value, new Date(0));
  const v = e.ok ? e.value : null;
  console.log(JSON.stringify({ q: d.question, doctor: d.doctor, format: d.format, date: d.date, ans: d.answerParagraphs.map((p) => p.slice(0, 30)), url: d.url, flags: v?.flags, ...(d as any).doubts ? { doubts: (d as any).doubts } : {}, ...(v as any)?.read_by ? { read_by: (v as any).read_by } : {} }, null, 0));
}
