import { FLAG_DESCRIPTIONS, READ_BY, type Flag } from '../schema/entry.js';
import type { ClusterExample, FlaggedSample, ReportSummary, SiteReading } from './summary.js';
import { barChart, columnChart, escapeXml } from './svg.js';

export interface ReportContext {
  /** Shown in the title, e.g. the run id. */
  runId?: string;
  /** When the report was made (ISO string); passed in so rendering stays pure. */
  generatedAt?: string;
  /** Stage statistics to list as they are (e.g. `{ dedupe: …, nearDupes: … }`). */
  stages?: Record<string, unknown>;
}

export interface RenderedReport {
  html: string;
  markdown: string;
}

const FLAG_COLOR = '#b5533c';

function lengthBins(s: ReportSummary): Array<[string, number]> {
  const { bins, counts } = s.answerLengths;
  return counts.map((n, i) => [i === 0 ? `<${bins[0]}` : i === bins.length ? `≥${bins[bins.length - 1]}` : `${bins[i - 1]}–${bins[i]! - 1}`, n]);
}

/** The text with the evidence span marked; everything escaped. */
function highlight(text: string, start: number, end: number, why: string): string {
  if (end <= start) return escapeXml(text);
  return `${escapeXml(text.slice(0, start))}<mark title="${escapeXml(why)}">${escapeXml(text.slice(start, end))}</mark>${escapeXml(text.slice(end))}`;
}

function sampleHtml(sample: FlaggedSample): string {
  const ev = sample.evidence;
  const question = ev.field === 'question' ? highlight(sample.question, ev.start, ev.end, ev.why) : escapeXml(sample.question);
  const answer = ev.field === 'answer' ? highlight(sample.answer, ev.start, ev.end, ev.why) : escapeXml(sample.answer);
  return `<tr><td class="q">${question}</td><td class="a">${answer}</td><td class="why">${escapeXml(ev.why)}</td><td class="src"><code>${escapeXml(sample.id)}</code><br>${escapeXml(sample.source)}</td></tr>`;
}

function clusterHtml(c: ClusterExample): string {
  const members = c.members
    .map((m) => `<li><code>${escapeXml(m.id)}</code> <span class="reason">${escapeXml(m.reason)}</span> — ${escapeXml(m.question)}<div class="a">${escapeXml(m.answer)}</div><div class="src">${escapeXml(m.sources.join(', '))}</div></li>`)
    .join('');
  const more = c.size > c.members.length ? `<li class="more">… ${c.size - c.members.length} more</li>` : '';
  return `<details class="cluster" open><summary><strong>${escapeXml(c.question)}</strong> — kept <code>${escapeXml(c.keptId)}</code>, stands for ${c.size}</summary><div class="a kept">${escapeXml(c.answer)}</div><div class="src">${escapeXml(c.source)}</div><ul>${members}${more}</ul></details>`;
}

/** A count with its share of the site's entries: `389 (16.0%)`; a bare 0 where there are none. */
const readShare = (n: number, of: number) => (n === 0 || of === 0 ? String(n) : `${n} (${((100 * n) / of).toFixed(1)}%)`);

/** The per-site reading table as rows of cells, most entries first: one layout for both renderings. */
function readingRows(s: ReportSummary): { head: string[]; rows: string[][] } {
  const head = ['site', 'entries', ...READ_BY, 'unsure_reading', 'share unsure', 'extractors'];
  const share = (r: SiteReading) => (r.entries ? `${((100 * r.unsure) / r.entries).toFixed(1)}%` : '–');
  const extractors = (r: SiteReading) =>
    Object.entries(r.byExtractor)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const rows = Object.entries(s.readingBySite)
    .sort((a, b) => b[1].entries - a[1].entries || (a[0] < b[0] ? -1 : 1))
    .map(([site, r]) => [site, String(r.entries), ...READ_BY.map((k) => readShare(r.byReadBy[k], r.entries)), String(r.unsure), share(r), extractors(r)]);
  return { head, rows };
}

const READING_NOTE =
  'read_by: profile = a site profile’s selectors, learned_profile = a learned profile’s selectors (confirmed by the genre reader), genre = the genre reader, structured_data = the genre reader with the page’s JSON-LD, text_lines = a text copy read line by line (each with its share of the site\'s entries). unsure_reading: entries the reader doubted.';

function readingHtml(s: ReportSummary): string {
  const { head, rows } = readingRows(s);
  if (rows.length === 0) return '<p>No entries.</p>';
  const num = (i: number) => i > 0 && i < head.length - 1;
  return `<p class="desc">${escapeXml(READING_NOTE)}</p><table class="reading"><thead><tr>${head.map((h, i) => `<th${num(i) ? ' class="n"' : ''}>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${num(i) ? ' class="n"' : ''}>${escapeXml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * Profiles learned in the run (the extract stage's or the crawl's `learned_profiles`, see pipeline/auto-profiles.ts, crawl-learning.ts),
 * as rows of cells: found in the stage statistics, since the report knows no stage by name.
 */
function learnedRows(context: ReportContext): { head: string[]; rows: string[][] } | null {
  const notes = Object.values(context.stages ?? {}).flatMap((stats) => {
    const list = (stats as { learned_profiles?: unknown } | null)?.learned_profiles;
    return Array.isArray(list) ? (list as LearnedNote[]) : [];
  });
  if (notes.length === 0) return null;
  const head = ['host', 'profile', 'learned from', 'of them read by the genre reader', 'agreement per field', 'left out', 'furniture in its answers', 'pages read by it'];
  const agreement = (n: LearnedNote) =>
    Object.entries(n.agreement)
      .map(([field, share]) => `${field} ${Math.round(100 * share)}%`)
      .join(', ');
  const rows = notes.map((n) => [n.host, n.profile ?? `none: ${n.reason ?? ''}`, `${n.learned_from.length} pages`, String(n.pages_read), agreement(n), n.left_out.join(', ') || '–', (n.furniture ?? []).map((f) => `${f.line} (${Math.round(100 * f.share)}%)`).join(' / ') || '–', String(n.pages_read_by_it)]);
  return { head, rows };
}

interface LearnedNote {
  host: string;
  profile: string | null;
  learned_from: string[];
  pages_read: number;
  agreement: Record<string, number>;
  left_out: string[];
  /** Older reports lack it. */
  furniture?: Array<{ line: string; share: number }>;
  pages_read_by_it: number;
  reason?: string;
}

const LEARNED_NOTE = 'Hosts no profile knew: a profile was learned from their first pages and read them all (a crawl: the pages fetched after them), those first pages again once it was learned (a crawl keeps their first reading), the genre reader checking it (entries it confirmed are read_by learned_profile).';

function learnedHtml(context: ReportContext): string {
  const table = learnedRows(context);
  if (!table) return '';
  return `<h3>Profiles learned in this run</h3><p class="desc">${escapeXml(LEARNED_NOTE)}</p><table><thead><tr>${table.head.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${table.rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function learnedMarkdown(context: ReportContext): string {
  const table = learnedRows(context);
  if (!table) return '';
  return `### Profiles learned in this run\n\n${LEARNED_NOTE}\n\n| ${table.head.join(' | ')} |\n|${table.head.map(() => '---').join('|')}|\n${table.rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`).join('\n')}\n`;
}

function readingMarkdown(s: ReportSummary): string {
  const { head, rows } = readingRows(s);
  if (rows.length === 0) return 'No entries.\n';
  const align = head.map((_, i) => (i > 0 && i < head.length - 1 ? '---:' : '---'));
  return `${READING_NOTE}\n\n| ${head.join(' | ')} |\n|${align.join('|')}|\n${rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`).join('\n')}\n`;
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.6rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem 2rem}figure{min-width:0}figure{margin:0}figcaption{font-weight:600;margin:.4rem 0}
svg.chart{max-width:100%;height:auto;display:block}svg.chart text{font-size:12px;fill:#333}svg.chart text.value{fill:#555}
table{border-collapse:collapse;width:100%;font-size:.9rem}td.n,th.n{text-align:right}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
td.a,div.a{white-space:pre-wrap}mark{background:#ffd54a;padding:0 1px;border-radius:2px}td.src,div.src{color:#666;font-size:.8rem}
details.cluster{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}.reason{color:#b5533c;font-size:.8rem}
pre{background:#f6f6f6;padding:.6rem;overflow:auto;font-size:.8rem}
`;

/** report.html (self-contained: inline CSS and SVG, no script, nothing fetched) and report.md from a summary. Pure. */
export function renderReport(s: ReportSummary, context: ReportContext = {}): RenderedReport {
  return { html: renderHtml(s, context), markdown: renderMarkdown(s, context) };
}

function renderHtml(s: ReportSummary, context: ReportContext): string {
  const title = `qa-harvest quality report${context.runId ? ` — ${context.runId}` : ''}`;
  const fig = (caption: string, svg: string) => `<figure><figcaption>${escapeXml(caption)}</figcaption>${svg}</figure>`;
  const flags = Object.keys(s.flaggedSamples).sort();
  const sampleSections = flags
    .map((flag) => {
      const desc = FLAG_DESCRIPTIONS[flag as Flag] ?? '';
      const rows = s.flaggedSamples[flag]!.map(sampleHtml).join('');
      return `<h3 id="flag-${escapeXml(flag)}"><code>${escapeXml(flag)}</code> (${s.byFlag[flag] ?? 0})</h3><p class="desc">${escapeXml(desc)}</p><table><thead><tr><th>question</th><th>answer (reason highlighted)</th><th>why</th><th>entry</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeXml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeXml(title)}</h1>
${context.generatedAt ? `<p>Generated ${escapeXml(context.generatedAt)}</p>` : ''}
<div class="cards"><div class="card"><b>${s.entries}</b>entries</div><div class="card"><b>${s.rejects}</b>rejects</div><div class="card"><b>${s.superseded}</b>superseded (duplicates and snippets)</div><div class="card"><b>${Object.values(s.byFlag).reduce((a, b) => a + b, 0)}</b>flags raised</div></div>
<h2>Counts</h2>
<div class="grid">
${fig('Entries by origin', barChart('origin', s.byOrigin))}
${fig('Entries by flag', barChart('flag', s.byFlag, { color: FLAG_COLOR, maxBars: 20 }))}
${fig('Rejects by reason', barChart('reject reason', s.byRejectReason, { color: '#7a5ca8' }))}
${fig('Superseded by reason', barChart('superseded reason', s.bySupersededReason, { color: '#8a7a3b' }))}
</div>
<h2>Answer length (characters)</h2>
${fig('Answer-length histogram', columnChart('answer length', lengthBins(s)))}
<h2>Entries by department, hospital grade and format</h2>
<div class="grid">
${fig('Department', barChart('department', s.byDepartment))}
${fig('Hospital grade', barChart('hospital grade', s.byHospitalGrade))}
${fig('Format', barChart('format', s.byFormat))}
${fig('Site', barChart('site', s.bySite))}
</div>
<h2>How entries were read, per site</h2>
${readingHtml(s)}
${learnedHtml(context)}
<h2>Duplicate clusters (examples)</h2>
${s.clusters.length ? s.clusters.map(clusterHtml).join('\n') : '<p>No entry stands for another.</p>'}
<h2>Flagged entries (sample)</h2>
${sampleSections || '<p>No entry is flagged.</p>'}
${context.stages ? `<h2>Stage statistics</h2><pre>${escapeXml(JSON.stringify(context.stages, null, 2))}</pre>` : ''}
</body></html>
`;
}

function mdTable(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return `**${title}**: none\n`;
  const max = Math.max(...rows.map(([, v]) => v), 1);
  return `| ${title} | count | |\n|---|---:|---|\n${rows.map(([k, v]) => `| ${mdEscape(k)} | ${v} | ${'█'.repeat(Math.max(1, Math.round((v / max) * 20)))} |`).join('\n')}\n`;
}

const mdEscape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function mdHighlight(text: string, start: number, end: number): string {
  if (end <= start) return mdEscape(text);
  return `${mdEscape(text.slice(0, start))}**⟦${mdEscape(text.slice(start, end))}⟧**${mdEscape(text.slice(end))}`;
}

function renderMarkdown(s: ReportSummary, context: ReportContext): string {
  const out: string[] = [];
  out.push(`# qa-harvest quality report${context.runId ? ` — ${context.runId}` : ''}\n`);
  if (context.generatedAt) out.push(`Generated ${context.generatedAt}\n`);
  out.push(`**${s.entries}** entries · **${s.rejects}** rejects · **${s.superseded}** superseded (duplicates and snippets)\n`);
  out.push('## Counts\n');
  out.push(mdTable('origin', s.byOrigin), mdTable('flag', s.byFlag), mdTable('reject reason', s.byRejectReason), mdTable('superseded reason', s.bySupersededReason));
  out.push('## Answer length (characters)\n');
  const bins = lengthBins(s);
  const max = Math.max(...bins.map(([, v]) => v), 1);
  out.push(`| length | entries | |\n|---|---:|---|\n${bins.map(([k, v]) => `| ${k} | ${v} | ${v ? '█'.repeat(Math.max(1, Math.round((v / max) * 20))) : ''} |`).join('\n')}\n`);
  out.push('## Entries by department, hospital grade and format\n');
  out.push(mdTable('department', s.byDepartment), mdTable('hospital grade', s.byHospitalGrade), mdTable('format', s.byFormat), mdTable('site', s.bySite));
  out.push('## How entries were read, per site\n');
  out.push(readingMarkdown(s));
  const learned = learnedMarkdown(context);
  if (learned) out.push(learned);
  out.push('## Duplicate clusters (examples)\n');
  if (s.clusters.length === 0) out.push('No entry stands for another.\n');
  for (const c of s.clusters) {
    out.push(`### ${mdEscape(c.question)} — kept \`${c.keptId}\`, stands for ${c.size}\n`);
    out.push(`> ${mdEscape(c.answer)}\n>\n> ${mdEscape(c.source)}\n`);
    for (const m of c.members) out.push(`- \`${m.id}\` (${m.reason}) ${mdEscape(m.question)}: ${mdEscape(m.answer)} — ${mdEscape(m.sources.join(', '))}`);
    if (c.size > c.members.length) out.push(`- … ${c.size - c.members.length} more`);
    out.push('');
  }
  out.push('## Flagged entries (sample; the reason is marked **⟦like this⟧**)\n');
  const flags = Object.keys(s.flaggedSamples).sort();
  if (flags.length === 0) out.push('No entry is flagged.\n');
  for (const flag of flags) {
    out.push(`### \`${flag}\` (${s.byFlag[flag] ?? 0})\n`);
    out.push(`${FLAG_DESCRIPTIONS[flag as Flag] ?? ''}\n`);
    out.push('| question | answer | why | entry |\n|---|---|---|---|');
    for (const x of s.flaggedSamples[flag]!) {
      const ev = x.evidence;
      const q = ev.field === 'question' ? mdHighlight(x.question, ev.start, ev.end) : mdEscape(x.question);
      const a = ev.field === 'answer' ? mdHighlight(x.answer, ev.start, ev.end) : mdEscape(x.answer);
      out.push(`| ${q} | ${a} | ${mdEscape(ev.why)} | \`${x.id}\` ${mdEscape(x.source)} |`);
    }
    out.push('');
  }
  if (context.stages) out.push(`## Stage statistics\n\n\`\`\`json\n${JSON.stringify(context.stages, null, 2)}\n\`\`\`\n`);
  return `${out.join('\n')}\n`;
}
