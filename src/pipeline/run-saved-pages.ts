import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { silentLogger } from '../core/log.js';
import { countPageFiles, readSavedPages } from '../sources/saved-pages.js';
import type { ExtractOptions } from '../extract/extract-page.js';
import type { PageItem } from '../schema/records.js';
import { publishDataset, type LearnOptions, type RunSource, type RunSummary } from './publish-dataset.js';
import { pipeline } from './runner.js';
import { PUBLISH_DEFAULTS, type PublishOptions } from './options.js';
import { loadProfiles, ProfileError } from './profiles.js';

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
 * What `qa-harvest run` reads: saved pages, to be extracted (with `extract`'s options) in the
 * per-page step of publishDataset's tail.
 */
export async function savedPagesSource(options: RunOptions, extract: ExtractOptions = {}, learn?: LearnOptions): Promise<RunSource> {
  const log = options.log ?? silentLogger;
  const read = { skipped_files: 0, skipped_by_reason: {} as Record<string, number>, pages: 0 };
  const total = options.onProgress ? await countPageFiles(options.inputs) : null;
  const pages = readSavedPages(options.inputs, {
    maxBytes: options.maxPageBytes,
    onSkip: (path, reason) => {
      read.skipped_files++;
      read.skipped_by_reason[reason] = (read.skipped_by_reason[reason] ?? 0) + 1;
      log.debug(`skipped: ${reason}`, { path });
    },
  });
  return {
    mode: 'saved-pages',
    inputs: options.inputs,
    config: { max_page_bytes: options.maxPageBytes ?? null },
    input: { pages: pipeline({ name: 'read', stats: read, items: counted(pages, read) }, []), extract, ...(learn ? { learn } : {}) },
    pages: () => read.pages,
    total: () => total,
  };
}

/** The items, counting the pages among them (read rejects aside) as they pass. */
async function* counted(items: AsyncIterable<PageItem>, read: { pages: number }): AsyncIterable<PageItem> {
  for await (const item of items) {
    if (item.kind === 'page') read.pages++;
    yield item;
  }
}

/** The saved-page pipeline: read → extract, then the shared tail (validate → dedupe → … → export). */
export async function runSavedPages(options: RunOptions): Promise<RunSummary> {
  await checkInputs(options.inputs);
  const profiles = await loadProfiles(options.profiles ?? []).catch((err: unknown) => {
    throw err instanceof ProfileError ? new InputError(err.message) : err;
  });
  // Hosts no profile knows get one learned from their first pages, for their later ones (auto-profiles.ts).
  const learn = { learnAfter: options.learnAfter ?? PUBLISH_DEFAULTS.learnAfter, learnedAt: new Date().toISOString() };
  return publishDataset(await savedPagesSource(options, { profiles }, learn), options);
}
