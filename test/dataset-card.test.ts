import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { EntrySchema, FLAGS, REJECT_REASONS } from '../src/schema/entry.js';
import { duckdb, ROOT, tempDir } from './support/published.js';

describe('the dataset card', () => {
  it('documents every column of the schema, the flags, the terms and the disclaimer', async () => {
    const out = join(await tempDir(), 'ds');
    const run = await runSavedPages({ inputs: [join(ROOT, 'fixtures', 'pages')], outDir: out });
    const card = readFileSync(join(run.runDir, 'README.md'), 'utf8');
    for (const column of Object.keys(EntrySchema.shape)) expect(card).toContain(`| \`${column}\` |`);
    expect(card).toContain('| `doctor.hospital_grade` | VARCHAR | yes |');
    expect(card).toContain('| `date` | DATE | yes |');
    for (const flag of FLAGS) expect(card).toContain(`| \`${flag}\` |`);
    expect(card).toContain('Medical disclaimer');
    expect(card).toContain('## Terms');
    expect(card).toContain(`${run.entries} entries`);
  });

  it('explains every reject reason the run has, with its count, and every reject names a known reason', async () => {
    const out = join(await tempDir(), 'ds');
    const run = await runSavedPages({ inputs: [join(ROOT, 'fixtures', 'faults')], outDir: out, allowEmpty: true });
    const card = readFileSync(join(run.runDir, 'README.md'), 'utf8');
    const rejects = readFileSync(join(run.runDir, 'rejects.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { reason: string });
    expect(rejects.length).toBeGreaterThan(0);
    for (const { reason } of rejects) {
      expect(Object.keys(REJECT_REASONS)).toContain(reason);
      const count = rejects.filter((r) => r.reason === reason).length;
      expect(card).toContain(`| \`${reason}\` | ${count} | ${REJECT_REASONS[reason as keyof typeof REJECT_REASONS]} |`);
    }
  });

  it('has a DuckDB snippet that runs as printed against the published files', async () => {
    const out = join(await tempDir(), 'ds');
    await runSavedPages({ inputs: [join(ROOT, 'fixtures', 'pages')], outDir: out });
    const card = readFileSync(join(out, 'latest', 'README.md'), 'utf8');
    const sql = card.match(/```sql\n([\s\S]*?)```/)?.[1];
    expect(sql).toBeDefined();
    const rows = await duckdb<{ question: string; answer: string }>(sql!);
    expect(rows).toHaveLength(5);
    // The snippet leaves out cut-off answers: none of these stops mid-sentence.
    for (const row of rows) expect(row.answer).toMatch(/[。！？.!?]$/u);
  });
});
