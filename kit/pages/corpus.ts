import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPage, type RenderedPage, type Size } from './layouts.js';
import { Rng } from './rng.js';
import { pagePlan, qaItem, type Layout, type PagePlan, type QaItem } from './universe.js';

export type { Layout, RenderedPage, Size };

export interface CorpusOptions {
  /** Number of pages (default 1000). */
  pages?: number;
  /** Seed of the whole universe (default 1). The same seed gives the same bytes. */
  seed?: number;
  /** `standard` pages are about 11 KB, `large` about 60 KB (default standard). */
  size?: Size;
  /** Only these layouts (pages of the others are skipped, not replaced). Default: all four. */
  layouts?: readonly Layout[];
  /** First page index (default 0), to generate a slice of a bigger corpus. */
  start?: number;
}

export interface CorpusPage extends RenderedPage {
  plan: PagePlan;
}

/** Side-list entries on large pages. */
const HOT_ITEMS = 24;

/**
 * The pages of a seeded corpus, one at a time. Page `i` depends only on the seed and `i`,
 * so a corpus of 10,000 pages is the first 10,000 of one of 100,000.
 */
export function* generatePages(options: CorpusOptions = {}): Generator<CorpusPage> {
  const { pages = 1000, seed = 1, size = 'standard', layouts, start = 0 } = options;
  const cache = new ItemCache(seed);
  for (let i = start; i < start + pages; i++) {
    const plan = pagePlan(seed, i);
    if (layouts && !layouts.includes(plan.layout)) continue;
    const item = cache.get(plan.item);
    const related = item.related.slice(0, plan.related).map((k) => cache.get(k));
    let hot: QaItem[] = [];
    if (size === 'large') {
      const rng = Rng.for(seed, 'hot', i);
      hot = Array.from({ length: HOT_ITEMS }, () => cache.get(rng.int(0, plan.item + 5000)));
    }
    yield { ...renderPage(plan.layout, size, i, item, related, hot), plan };
  }
}

/** Items recur on the pages of their cluster; a small cache spares regenerating them. */
class ItemCache {
  private readonly items = new Map<number, QaItem>();
  constructor(private readonly seed: number) {}
  get(k: number): QaItem {
    let item = this.items.get(k);
    if (!item) {
      item = qaItem(this.seed, k);
      if (this.items.size >= 4096) this.items.delete(this.items.keys().next().value!);
      this.items.set(k, item);
    }
    return item;
  }
}

export interface FolderStats {
  name: string;
  files: number;
  bytes: number;
  expectedEntries: number;
}

export interface CorpusOnDisk {
  dir: string;
  seed: number;
  size: Size;
  pages: number;
  generator: string;
  folders: FolderStats[];
}

export const PAGES_PER_FOLDER = 1000;
const STAMP = 'corpus.json';

/** A digest of the generator's own source, so a corpus on disk is reused only if the same code made it. */
export async function generatorVersion(): Promise<string> {
  const dir = new URL('.', import.meta.url);
  const names = (await readdir(dir)).filter((n) => /\.(ts|js)$/.test(n)).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update(await readFile(new URL(name, dir)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Writes the corpus to `dir` in folders of 1,000 pages (`000/`, `001/`…), with a stamp
 * (`corpus.json`) listing per-folder counts. A corpus already there from the same generator,
 * seed and size is reused, and extended when it has fewer pages than asked for.
 */
export async function writeCorpus(dir: string, options: CorpusOptions & { onProgress?: (pages: number) => void } = {}): Promise<CorpusOnDisk> {
  const { pages = 1000, seed = 1, size = 'standard' } = options;
  const generator = await generatorVersion();
  const existing = await readStamp(dir);
  const reusable = existing && existing.generator === generator && existing.seed === seed && existing.size === size ? existing : null;
  if (reusable && reusable.pages >= pages) return reusable;

  const folders = (reusable?.folders ?? []).filter((f) => f.files === PAGES_PER_FOLDER);
  if (!reusable) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Until the new stamp is written, the folder is not a corpus (a run stopped halfway is regenerated).
  await rm(join(dir, STAMP), { force: true });
  const start = folders.length * PAGES_PER_FOLDER;
  let written = 0;
  for (const page of generatePages({ pages: pages - start, seed, size, start })) {
    const folder = String(Math.floor(page.plan.index / PAGES_PER_FOLDER)).padStart(3, '0');
    let current = folders.at(-1);
    if (current?.name !== folder) {
      current = { name: folder, files: 0, bytes: 0, expectedEntries: 0 };
      folders.push(current);
      await rm(join(dir, folder), { recursive: true, force: true });
      await mkdir(join(dir, folder));
    }
    await writeFile(join(dir, folder, page.name), page.body);
    current.files++;
    current.bytes += page.body.length;
    current.expectedEntries += page.expectedEntries;
    if (++written % 5000 === 0) options.onProgress?.(start + written);
  }
  const stamp: CorpusOnDisk = { dir, seed, size, pages, generator, folders };
  await writeFile(join(dir, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

async function readStamp(dir: string): Promise<CorpusOnDisk | null> {
  try {
    return { ...(JSON.parse(await readFile(join(dir, STAMP), 'utf8')) as CorpusOnDisk), dir };
  } catch {
    return null;
  }
}

/** The folders holding the first `pages` pages of a corpus on disk, with their totals. */
export function corpusSlice(corpus: CorpusOnDisk, pages: number): { inputs: string[]; files: number; bytes: number; expectedEntries: number } {
  const chosen = corpus.folders.slice(0, Math.ceil(pages / PAGES_PER_FOLDER));
  return {
    inputs: chosen.map((f) => join(corpus.dir, f.name)),
    files: chosen.reduce((s, f) => s + f.files, 0),
    bytes: chosen.reduce((s, f) => s + f.bytes, 0),
    expectedEntries: chosen.reduce((s, f) => s + f.expectedEntries, 0),
  };
}
