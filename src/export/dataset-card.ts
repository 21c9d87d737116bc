import type { z } from 'zod';
import { parquetLayoutFor, type ParquetFieldSpec } from './parquet-columns.js';

export interface CardInput {
  /** The dataset folder as the user named it; loading snippets point into `<datasetDir>/latest/data`. */
  datasetDir: string;
  runId: string;
  mode: 'full' | 'delta';
  sourceMode: string;
  inputs: string[];
  counts: { entries: number; rejects: number; superseded: number; byOrigin: Record<string, number>; byFlag: Record<string, number>; byRejectReason: Record<string, number> };
  flags: Record<string, string>;
  /** Every reject reason with its meaning (REJECT_REASONS). */
  rejectReasons: Record<string, string>;
  schemaVersion: string;
  version: string;
  finishedAt: string;
}

interface ColumnDoc {
  name: string;
  type: string;
  nullable: boolean;
  description: string;
}

const DUCKDB_TYPES: Record<string, string> = {
  UTF8: 'VARCHAR',
  DATE: 'DATE',
  TIMESTAMP_MILLIS: 'TIMESTAMP',
  BOOLEAN: 'BOOLEAN',
  INT32: 'INTEGER',
  DOUBLE: 'DOUBLE',
};

function typeName(spec: ParquetFieldSpec): string {
  if ('fields' in spec) return `STRUCT(${Object.entries(spec.fields).map(([k, s]) => `${k} ${typeName(s)}`).join(', ')})`;
  const base = DUCKDB_TYPES[spec.type] ?? spec.type;
  return spec.repeated ? `${base}[]` : base;
}

/** One row per column, typed as readers see them, described by the schema's own `.describe()` texts. */
export function columnDocs(schema: z.ZodObject): ColumnDoc[] {
  const { fields } = parquetLayoutFor(schema);
  const shape = schema.shape as Record<string, z.ZodType & { description?: string }>;
  const docs: ColumnDoc[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    docs.push({ name, type: typeName(spec), nullable: spec.optional === true, description: shape[name]?.description ?? '' });
    if ('fields' in spec) {
      const inner = (shape[name] as unknown as { shape?: Record<string, { description?: string }> }).shape ?? {};
      for (const [child, childSpec] of Object.entries(spec.fields)) {
        docs.push({ name: `${name}.${child}`, type: typeName(childSpec), nullable: childSpec.optional === true, description: inner[child]?.description ?? '' });
      }
    }
  }
  return docs;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function countsTable(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (rows.length === 0) return `${title}: none.\n`;
  return `| ${title} | entries |\n|---|---:|\n${rows.map(([k, v]) => `| ${cell(k)} | ${v} |`).join('\n')}\n`;
}

/** The SQL the card shows, kept apart so tests run exactly what readers copy. */
export function duckdbSnippet(datasetDir: string): string {
  const glob = `${datasetDir.replace(/\/+$/, '')}/latest/data/*.parquet`.replaceAll("'", "''");
  return [
    `SELECT question, doctor.name AS doctor, format, date, answer`,
    `FROM read_parquet('${glob}')`,
    `WHERE NOT list_contains(flags, 'cut_off_end')`,
    `ORDER BY date DESC NULLS LAST, id`,
    `LIMIT 5;`,
  ].join('\n');
}

/**
 * The dataset card (README.md of each run): what the data is, where it came from, its
 * columns, counts, flags, terms and the medical disclaimer, and how to load it. Pure.
 */
export function renderDatasetCard(schema: z.ZodObject, input: CardInput): string {
  const dir = input.datasetDir.replace(/\/+$/, '');
  const columns = columnDocs(schema)
    .map((c) => `| \`${c.name}\` | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} |`)
    .join('\n');
  const flags = Object.entries(input.flags)
    .map(([name, text]) => `| \`${name}\` | ${input.counts.byFlag[name] ?? 0} | ${cell(text)} |`)
    .join('\n');
  const rejectReasons = Object.entries(input.rejectReasons)
    .filter(([name]) => (input.counts.byRejectReason[name] ?? 0) > 0)
    .map(([name, text]) => `| \`${name}\` | ${input.counts.byRejectReason[name]} | ${cell(text)} |`)
    .join('\n');
  return `---
language:
- zh
pretty_name: qa-harvest health Q&A (${input.runId})
task_categories:
- question-answering
tags:
- medical
- chinese
configs:
- config_name: default
  data_files: data/*.parquet
---

# Doctors' answers to health questions (qa-harvest)

Questions asked on Chinese health Q&A sites, each with one doctor's answer, the doctor's
card (name, title, department, hospital, hospital grade) where the page shows one, the
answer's format and date, and quality flags. Collected by qa-harvest ${input.version}
(run \`${input.runId}\`, ${input.mode === 'full' ? 'a full snapshot of every live entry' : 'a delta: entries new or changed since the previous run'},
finished ${input.finishedAt}) from ${input.sourceMode === 'crawl' ? 'a crawl of' : 'saved pages'}: ${input.inputs.map((i) => `\`${i}\``).join(', ')}.

Each page gives its own entry (\`origin = 'page'\`) and one entry per item of its 相关推荐
list (\`origin = 'related'\`): those carry only the site's snippet of the answer, often cut
off at a length limit (flag \`cut_off_end\`), and no doctor. Where a fuller answer to the
same question was read, it replaces the snippet (see \`superseded.jsonl\`).

## Files

| file | what |
|---|---|
| \`data/*.parquet\` | the entries, typed columns (the same columns and types in every file and every run) |
| \`entries.jsonl\` | the same entries, one JSON object per line |
| \`rejects.jsonl\` | pages and items that did not become entries, with stage, reason and source |
| \`superseded.jsonl\` | snippets and doctorless copies that a fuller entry stands for |
| \`gone.jsonl\` | entries an earlier run published that this run no longer has (tombstones for delta consumers) |
| \`manifest.json\` | run, inputs, configuration, counts, schema version, sha256 of every file |
| \`report.html\`, \`report.md\` | the run's data-quality report: counts, flags, duplicate clusters, lengths, charts |

## Counts

${input.counts.entries} entries, ${input.counts.rejects} rejects, ${input.counts.superseded} superseded.

${countsTable('origin', input.counts.byOrigin)}
## Columns (schema ${input.schemaVersion})

| column | type | nullable | description |
|---|---|---|---|
${columns}

## Quality flags

\`flags\` lists what is suspect about an entry; an entry with no flags passed every check.

| flag | entries | meaning |
|---|---:|---|
${flags}

## Rejects

\`rejects.jsonl\` holds every page or item that did not become an entry, with its source, stage and \`reason\`${rejectReasons ? ':' : '; this run has none.'}
${rejectReasons ? `\n| reason | rejects | meaning |\n|---|---:|---|\n${rejectReasons}\n` : ''}
## Loading

pandas (pyarrow installed):

\`\`\`python
import pandas as pd
df = pd.read_parquet("${dir}/latest/data")
complete = df[~df["flags"].apply(lambda f: "cut_off_end" in f)]
\`\`\`

polars:

\`\`\`python
import polars as pl
df = pl.read_parquet("${dir}/latest/data/*.parquet")
\`\`\`

DuckDB:

\`\`\`sql
${duckdbSnippet(dir)}
\`\`\`

Hugging Face datasets:

\`\`\`python
from datasets import load_dataset
ds = load_dataset("parquet", data_dir="${dir}/latest/data", split="train")
\`\`\`

## Terms

The questions and answers were published by the source sites and their doctors, who keep
their rights in them. This dataset is meant for research on the sources' own terms; check
each site's terms of use before redistributing any text, and do not present the answers as
your own or as the site's endorsement.

## Medical disclaimer

These are answers written for other people's questions, copied as the sites showed them,
sometimes cut off or damaged. They are not medical advice and cannot replace a consultation
with a doctor (本内容不能代替面诊，如有不适请尽快就医). Do not use them to diagnose or treat anyone.
`;
}
