import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetCounts } from '../core/dataset-counts.js';
import type { ReportCollector } from './collector.js';
import type { ReportContext } from './render.js';

export const REPORT_FILES = { html: 'report.html', markdown: 'report.md' } as const;

/**
 * Writes report.html and report.md into `dir` (created if need be), each through a temporary
 * file, with `counts`: the counts of what the run wrote. Returns their paths.
 */
export async function writeReport(dir: string, collector: ReportCollector, counts: DatasetCounts, context: ReportContext = {}): Promise<{ html: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const { html, markdown } = collector.render(counts, context);
  const paths = { html: join(dir, REPORT_FILES.html), markdown: join(dir, REPORT_FILES.markdown) };
  for (const [path, text] of [
    [paths.html, html],
    [paths.markdown, markdown],
  ] as const) {
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, text);
    await rename(tmp, path);
  }
  return paths;
}
