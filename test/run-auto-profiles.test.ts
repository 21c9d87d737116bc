import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES, generatePage } from '../bench/genre/families.js';
import { PROFILES, type SiteProfile } from '../src/extract/profiles/index.js';
import { newExtractStats } from '../src/extract/stage.js';
import { AutoProfileExtractStage, type BatchedExtraction, type LearnedProfileNote, type PageReading } from '../src/pipeline/auto-profiles.js';
import { addCounts, runBatch } from '../src/pipeline/per-page.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { Entry } from '../src/schema/entry.js';
import type { ExtractionItem, PageItem } from '../src/schema/records.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

/** Issue #9, item 2: a host no profile knows gets a profile learned after its first pages, within the run. */

const generated = (family: string, count: number) => {
  const fam = FAMILIES.find((f) => f.name === family)!;
  return Array.from({ length: count }, (_, i) => generatePage(fam, 7, i));
};

/** A folder of one unknown host's pages (names in order: page 0 first). */
async function folderOf(family: string, count: number): Promise<string> {
  const dir = join(await tempDir(), family);
  await mkdir(dir, { recursive: true });
  for (const page of generated(family, count)) await writeFile(join(dir, page.name), page.body);
  return dir;
}

const fieldsOf = (e: Entry) => ({ question: e.question, answer: e.answer_paragraphs, doctor: e.doctor, date: e.date, format: e.format, url: e.url });
const byQuestion = (entries: Entry[]) => new Map(entries.filter((e) => e.origin === 'page').map((e) => [e.url, e]));

describe('profiles learned within a run', () => {
  it('a run over one unknown host learns its profile after 10 pages, records it in the manifest and report, and reads every page by it, its first 10 read again', async () => {
    const pages = await folderOf('block-card', 25);
    const out = join(await tempDir(), 'auto');
    await runSavedPages({ inputs: [pages], outDir: out });
    const { entries, manifest, dir } = await readDataset(out);
    const notes = manifest.stages.extract.learned_profiles as LearnedProfileNote[];
    expect(notes).toHaveLength(1);
    const [note] = notes;
    const host = new URL(entries.find((e) => e.origin === 'page')!.url!).hostname;
    expect(note!.host).toBe(host);
    expect(note!.learned_from).toEqual(generated('block-card', 10).map((p) => join(pages, p.name)));
    expect(note!.pages_read).toBe(10);
    expect(note!.agreement.question).toBe(1);
    expect(note!.pages_read_by_it).toBe(25);
    expect(manifest.stages.extract.samples_read_again).toBe(10);
    expect(manifest.stages.extract.learn_after).toBe(10);

    const own = entries.filter((e) => e.origin === 'page');
    expect(own.filter((e) => e.extractor === `${note!.profile}/learned`)).toHaveLength(25);
    const report = await readFile(join(dir, 'report.md'), 'utf8');
    expect(report).toContain('Profiles learned in this run');
    expect(report).toContain(host);
  });

  it('its entries equal the genre reader\'s (learning off), field by field, and none is left unsure', async () => {
    const pages = await folderOf('block-card', 25);
    const on = join(await tempDir(), 'on');
    const off = join(await tempDir(), 'off');
    await runSavedPages({ inputs: [pages], outDir: on });
    await runSavedPages({ inputs: [pages], outDir: off, learnAfter: 0 });
    const learned = (await readDataset(on)).entries;
    const genre = (await readDataset(off)).entries;
    expect((await readDataset(off)).manifest.stages.extract.learned_profiles).toEqual([]);
    expect(genre.every((e) => e.read_by === 'genre')).toBe(true);
    expect(learned.length).toBe(genre.length);
    const want = byQuestion(genre);
    for (const [url, e] of byQuestion(learned)) expect(fieldsOf(e)).toEqual(fieldsOf(want.get(url)!));
    expect(learned.filter((e) => e.flags.includes('unsure_reading'))).toHaveLength(0);
    expect(learned.filter((e) => e.read_by === 'learned_profile').length).toBe(25);
  });

  it('a line the site prints into every answer is taken out of its first pages too, not only of those after the profile was learned', async () => {
    const notice = '本栏目内容由南屏市健康教育所每周审核一次。';
    const dir = join(await tempDir(), 'furnished');
    await mkdir(dir, { recursive: true });
    for (const page of generated('block-card', 25)) {
      // The notice as the answer's last line, after its last paragraph.
      const html = Buffer.from(page.body).toString('utf8');
      const last = page.expected.paragraphs.at(-1)!;
      const at = html.indexOf(last) + last.length;
      expect(at).toBeGreaterThan(last.length - 1);
      const furnished = `${html.slice(0, at)}<br>${notice}${html.slice(at)}`;
      await writeFile(join(dir, page.name), furnished);
    }
    const on = join(await tempDir(), 'on');
    const off = join(await tempDir(), 'off');
    await runSavedPages({ inputs: [dir], outDir: on });
    await runSavedPages({ inputs: [dir], outDir: off, learnAfter: 0 });
    const own = async (out: string) => (await readDataset(out)).entries.filter((e) => e.origin === 'page');
    expect((await own(off)).filter((e) => e.answer_paragraphs.join('').includes(notice))).toHaveLength(25);
    const learned = await own(on);
    expect(learned).toHaveLength(25);
    expect(learned.filter((e) => e.answer_paragraphs.join('').includes(notice))).toEqual([]);
    const notes = (await readDataset(on)).manifest.stages.extract.learned_profiles as LearnedProfileNote[];
    expect(notes[0]!.furniture.map((f) => f.line)).toEqual([notice]);
  });

  it('a host whose sample never fills gives its pages as the genre reader read them, all of them, in input order', async () => {
    const pages = await folderOf('block-card', 6);
    const on = join(await tempDir(), 'on');
    const off = join(await tempDir(), 'off');
    await runSavedPages({ inputs: [pages], outDir: on });
    await runSavedPages({ inputs: [pages], outDir: off, learnAfter: 0 });
    const [a, b] = [await readDataset(on), await readDataset(off)];
    expect(a.manifest.stages.extract.learned_profiles).toEqual([]);
    expect(a.entries.filter((e) => e.origin === 'page')).toHaveLength(6);
    expect(await readFile(join(a.dir, 'entries.jsonl'), 'utf8')).toBe(await readFile(join(b.dir, 'entries.jsonl'), 'utf8'));
  });

  it('worker threads publish what the main thread publishes: pages read before the profile was learned are read again by it', async () => {
    // Enough pages for the threads to be used (runs of fewer than 64 pages stay in process).
    const pages = await folderOf('block-card', 150);
    const one = join(await tempDir(), 'one');
    const three = join(await tempDir(), 'three');
    await runSavedPages({ inputs: [pages], outDir: one, threads: 1 });
    await runSavedPages({ inputs: [pages], outDir: three, threads: 3 });
    const [a, b] = [await readDataset(one), await readDataset(three)];
    expect(await readFile(join(b.dir, 'entries.jsonl'), 'utf8')).toBe(await readFile(join(a.dir, 'entries.jsonl'), 'utf8'));
    expect(b.manifest.stages.extract.learned_profiles).toEqual(a.manifest.stages.extract.learned_profiles);
    expect((a.manifest.stages.extract.learned_profiles as LearnedProfileNote[])[0]!.pages_read_by_it).toBe(150);
    expect(b.manifest.stages.extract).toMatchObject({ pages: 150, extracted: 150 });
  });

  it('the same pages in the same order publish the same entries', async () => {
    const pages = await folderOf('kangwen', 18);
    const a = join(await tempDir(), 'a');
    const b = join(await tempDir(), 'b');
    await runSavedPages({ inputs: [pages], outDir: a });
    await runSavedPages({ inputs: [pages], outDir: b });
    const [first, second] = await Promise.all([readFile(join(a, 'latest', 'entries.jsonl'), 'utf8'), readFile(join(b, 'latest', 'entries.jsonl'), 'utf8')]);
    expect(first).toBe(second);
    expect(first).toContain('"read_by":"learned_profile"');
  });

  it('pages the genre reader doubts are not learned from (two doctor cards on every page): no profile, nothing read by one', async () => {
    const pages = await folderOf('two-doctors', 14);
    const out = join(await tempDir(), 'doubted');
    await runSavedPages({ inputs: [pages], outDir: out });
    const { entries, manifest } = await readDataset(out);
    expect(manifest.stages.extract.learned_profiles).toEqual([]);
    expect(entries.filter((e) => e.origin === 'page').every((e) => e.read_by === 'genre' && e.flags.includes('unsure_reading'))).toBe(true);
  });

  it('a host a profile knows is not learned again: built in, or given with --profile (whatever its site is called)', async () => {
    const youlai = join(await tempDir(), 'known');
    await runSavedPages({ inputs: [await folderOf('youlai-desktop', 14)], outDir: youlai });
    expect((await readDataset(youlai)).manifest.stages.extract.learned_profiles).toEqual([]);

    const profile = join(await tempDir(), 'kangwen.json');
    const kept = JSON.parse(await readFile(fixturePath('profiles/kangwen-example.json'), 'utf8'));
    await writeFile(profile, JSON.stringify({ ...kept, site: '康问健康网' }));
    const kangwen = join(await tempDir(), 'given');
    await runSavedPages({ inputs: [await folderOf('kangwen', 14)], outDir: kangwen, profiles: [profile] });
    const { entries, manifest } = await readDataset(kangwen);
    expect(manifest.stages.extract.learned_profiles).toEqual([]);
    expect(entries.filter((e) => e.origin === 'page').every((e) => e.extractor === 'kangwen-example/learned')).toBe(true);
  });

  it('an extract stage that reads ahead (as worker threads do) gives what the in-process one gives', async () => {
    const pages = generated('block-card', 30).map((g): PageItem => ({ kind: 'page', page: { url: g.name, finalUrl: g.name, status: 200, headers: {}, body: g.body, fetchedAt: null } }));
    const collect = async (stage: AutoProfileExtractStage) => {
      const out: ExtractionItem[] = [];
      for await (const item of stage.run((async function* () { yield* pages; })())) out.push(item);
      return out;
    };
    const now = new Date(0);
    const options = { extract: { profiles: PROFILES, now }, learnAfter: 10, learnedAt: now.toISOString() };
    const inProcess = new AutoProfileExtractStage(options);
    const ahead = new AutoProfileExtractStage({ ...options, reader: (learned) => new ReadAhead(learned, now) });
    const [a, b] = [await collect(inProcess), await collect(ahead)];
    expect(b).toEqual(a);
    expect(a.filter((x) => x.kind === 'extraction' && x.extraction.extractor.endsWith('/learned'))).toHaveLength(30);
    expect(ahead.extractStats.byExtractor).toEqual(inProcess.extractStats.byExtractor);
    expect(ahead.extractStats.pages).toBe(30);
  });
  it('its counts do not depend on which pages were read again: byExtractor is the same object, key order too, when batches are read ahead', async () => {
    // Host A (block-card) gets its profile in batch 0, host B (kangwen) in batch 1. Read in
    // process, batch 2 is read with both, its first page by B's; read a batch ahead, batch 2
    // is read with A's only and its B page read again afterwards: the first page read by each
    // profile comes in another order.
    const a = generated('block-card', 20);
    const b = generated('kangwen', 20);
    const y = generated('youlai-desktop', 12);
    const order = [...a.slice(0, 10), ...b.slice(0, 6), ...b.slice(6, 10), ...y, b[10]!, a[10]!, ...b.slice(11, 18), ...a.slice(11, 18)];
    const pages = order.map((g): PageItem => ({ kind: 'page', page: { url: g.name, finalUrl: g.name, status: 200, headers: {}, body: g.body, fetchedAt: null } }));
    const now = new Date(0);
    const options = { extract: { profiles: PROFILES, now }, learnAfter: 10, learnedAt: now.toISOString() };
    const inProcess = new AutoProfileExtractStage(options);
    const ahead = new AutoProfileExtractStage({ ...options, reader: (learned) => new ReadAheadByOne(learned, now) });
    const collect = async (stage: AutoProfileExtractStage) => {
      const out: ExtractionItem[] = [];
      for await (const item of stage.run((async function* () { yield* pages; })())) out.push(item);
      return out;
    };
    expect(await collect(ahead)).toEqual(await collect(inProcess));
    expect(ahead.extractStats.read_again_in_main_thread).toBeGreaterThan(inProcess.extractStats.read_again_in_main_thread);
    expect(inProcess.extractStats.learned_profiles.map((n) => n.pages_read_by_it)).toEqual([18, 18]);
    expect(ahead.extractStats.learned_profiles).toEqual(inProcess.extractStats.learned_profiles);
    expect(JSON.stringify(ahead.extractStats.byExtractor)).toBe(JSON.stringify(inProcess.extractStats.byExtractor));
  });
});

/** Extraction alone, page by page, as the learning stage's readers run it (per-page.ts, runBatch), counting the readings kept. */
abstract class Reader implements BatchedExtraction<ExtractionItem> {
  readonly stats = newExtractStats();
  constructor(protected readonly learned: readonly SiteProfile[], private readonly now: Date) {}
  abstract batches(input: AsyncIterable<PageItem>): AsyncIterable<{ items: Array<PageReading<ExtractionItem>>; learned: number }>;
  /** `items` read with the first `learned.length` learned profiles. */
  protected async read(items: PageItem[], learned: readonly SiteProfile[]): Promise<{ items: Array<PageReading<ExtractionItem>>; learned: number }> {
    return runBatch<PageReading<ExtractionItem>>([{ step: 'extract', options: { profiles: PROFILES, now: this.now } }], items, learned, true);
  }
  async readAgain(item: PageItem): Promise<PageReading<ExtractionItem>> {
    return (await this.read([item], this.learned)).items[0]!;
  }
  count(reading: PageReading<ExtractionItem>): void {
    addCounts(this.stats as unknown as Record<string, unknown>, reading.stats[0] as Record<string, unknown>);
  }
}

/** Extraction that reads each batch before the one ahead of it is seen (as a worker thread does): with the profiles learned up to the batch before that. */
class ReadAheadByOne extends Reader {
  async *batches(input: AsyncIterable<PageItem>): AsyncIterable<{ items: Array<PageReading<ExtractionItem>>; learned: number }> {
    let held: { items: Array<PageReading<ExtractionItem>>; learned: number } | null = null;
    let batch: PageItem[] = [];
    for await (const item of input) {
      batch.push(item);
      if (batch.length < 16) continue;
      const next = await this.read(batch, this.learned);
      batch = [];
      if (held) yield held;
      held = next;
    }
    const last = batch.length ? await this.read(batch, this.learned) : null;
    if (held) yield held;
    if (last) yield last;
  }
}

/** Extraction that takes its profiles when it starts (none learned yet) and reads 16 pages ahead. */
class ReadAhead extends Reader {
  async *batches(input: AsyncIterable<PageItem>): AsyncIterable<{ items: Array<PageReading<ExtractionItem>>; learned: number }> {
    const batch: PageItem[] = [];
    for await (const item of input) {
      batch.push(item);
      if (batch.length === 16) yield await this.read(batch.splice(0), []);
    }
    yield await this.read(batch.splice(0), []);
  }
}
