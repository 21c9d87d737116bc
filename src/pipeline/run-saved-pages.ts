import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { silentLogger } from '../core/log.js';
import { countPageFiles, readSavedPages } from '../sources/saved-pages.js';
import { ExtractStage } from '../extract/stage.js';
import { publishDataset, type RunSummary } from './publish-dataset.js';
import type { PublishOptions } from './options.js';

export interface RunOptions extends PublishOptions {
  inputs: string[];
  maxPageBytes?: number;
}

/** An input that is not there or cannot be read: nothing is run (a missing disk must not publish an empty run). */
export class InputError extends Error {}

async function checkInputs(inputs: string[]): Promise<void> {
  for (const input of inputs) {
    try {
      const info = await stat(input);
      await access(input, info.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
    } catch (err) {
      throw new InputError(`cannot read input ${input}: ${(err as Error).message}`);
    }
  }
}

/**
 * The saved-page pipeline: read → extract, then the shared tail (validate → dedupe → export).
 */
export async function runSavedPages(options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? silentLogger;
  await checkInputs(options.inputs);
  let skipped = 0;
  const total = options.onProgress ? await countPageFiles(options.inputs) : null;
  const extract = new ExtractStage();
  const pages = readSavedPages(options.inputs, {
    maxBytes: options.maxPageBytes,
    onSkip: (path) => {
      skipped++;
      log.debug('skipped: not a page file', { path });
    },
  });
  return publishDataset(extract.run(pages), options, {
    mode: 'saved-pages',
    inputs: options.inputs,
    config: { max_page_bytes: options.maxPageBytes ?? null },
    stages: () => ({ read: { skipped_files: skipped }, extract: extract.stats }),
    pages: () => extract.stats.pages,
    total: () => total,
  });
}

