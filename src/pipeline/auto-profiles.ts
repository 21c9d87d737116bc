import type { Logger } from '../core/log.js';
import type { Stage } from '../core/stage.js';
import type { SiteProfile } from '../extract/profiles/index.js';
import type { ExtractStats } from '../extract/stage.js';
import { pageHost, type ExtractOptions } from '../extract/extract-page.js';
import { PROFILES } from '../extract/profiles/index.js';
import { PerPageStep, type PerPageSpec } from './per-page.js';
import type { ReadingNote } from './reading-note.js';
import { HostLearning, MAX_HOSTS_LEARNING } from './host-learning.js';
import type { StepReport, SteppedStage } from './runner.js';
import type { PageResult } from './stage-batch.js';
import type { ExtractionItem, PackedEntryItem, PageItem, PageRecord } from '../schema/records.js';

/**
 * Learning site profiles within a run: a host that no profile knows (built-in or --profile)
 * is read by the genre reader; once `learnAfter` of its pages have given a page entry the
 * genre reader did not doubt, a profile is learned from them (learn-profile.ts, as `qa-harvest
 * learn` does) and the host's later pages are read with it, the genre reader still checking it
 * (learned-reader.ts): where they disagree, the entry keeps the genre reader's value. What
 * was learned, from which pages and with what agreement, goes into the manifest (the extract
 * stage's `learned_profiles`) and the run report.
 *
 * The sample pages themselves are held back until their host's profile is learned and then read
 * again with it, so that what only a site's pages tell (its furniture: site-furniture.ts) is
 * taken out of its first pages too, not only of the later ones. Their entries come out then,
 * after the page that completed the sample; a host whose sample never fills gives its held pages
 * back as first read when the input ends. At most `learnAfter` pages of `MAX_HOSTS_LEARNING`
 * hosts are held, so memory stays bounded.
 *
 * Deterministic for the same pages in the same order, whatever the thread count and timing:
 * page i is read with the run's profiles and the profiles learned from the pages before it,
 * L(i), and nothing else. Learning happens here, on the main thread, as each page's reading
 * comes back in input order, so L(i) is fixed by the order of the input. Extraction reads
 * ahead, in batches (per-page.ts): a batch is read, in process or on a worker thread, with
 * the profiles learned when it was run or sent to its worker, and its result says how many
 * that was. Profiles are only ever learned from earlier pages, so that is never more than
 * L(i), only fewer when a profile was learned while the batch was on its way (at most the
 * batches in flight). A profile learned for a host only reads pages of that host
 * (matchProfile), so a page read without some of L(i) is read as L(i) reads it unless one of
 * the missing profiles is for its host; those pages, and rejects (which carry no host), are
 * read again here with L(i), and what follows extraction with them. Which pages are read again
 * depends on timing (the stats' `read_again_in_main_thread` says how many), what comes out does
 * not, nor do the counts: each page's are added for the reading kept, in input order.
 *
 * What follows extraction (validate, pack) runs on the extraction's thread, page by page: the
 * learner is sent a note of each page's reading (reading-note.ts) and the page's packed entries,
 * not its extraction, so a page's entries cross between threads once, as when no profile is
 * learned (they crossed three times: the extraction back, to a validating thread, packed back).
 */

import type { LearnedProfileNote } from './host-learning.js';
export type { LearnedProfileNote };

export interface AutoProfileOptions {
  /** How pages are extracted: the run's profiles (built in and given with --profile), the clock for rejects. */
  extract: ExtractOptions;
  /** Pages per unknown host to learn from (pages the genre reader read a page entry from, without a doubt); 0 turns learning off. */
  learnAfter: number;
  /** When the profiles are learned (the run's start, ISO), written into them. */
  learnedAt: string;
  /** Where each learned profile is announced. */
  log?: Logger;
  /** Extraction (and what follows it) in batches, given the list of learned profiles this stage appends to; extraction alone, in process, by default. */
  reader?: (learned: readonly SiteProfile[]) => BatchedExtraction<unknown>;
}

/** One page's reading: a note of its extraction for the learner, what came of it (`items`), its counts (stage-batch.ts). */
export type PageReading<Out> = PageResult<ReadingNote, Out>;

/** Extraction, and the stages after it, as the learning stage drives it: readings in input order, batch by batch. */
export interface BatchedExtraction<Out> {
  /** Extraction's counts: of the readings counted (`count`). */
  readonly stats: ExtractStats;
  /** One reading per input item; `learned`: how many of the learned profiles (the first so many) the batch was read with. */
  batches(input: AsyncIterable<PageItem>): AsyncIterable<{ items: Array<PageReading<Out>>; learned: number }>;
  /** The item read again here, with every profile learned so far. */
  readAgain(item: PageItem): Promise<PageReading<Out>>;
  /** Adds a page's counts: once per page, for the reading kept, in input order. */
  count(reading: PageReading<Out>): void;
  /** Each stage's stats and seconds, by name, when the reader reports them (extract's are completed by the learning stage). */
  parts?(): Record<string, StepReport>;
}

export type AutoProfileStats = ExtractStats & {
  /** Pages read on the threads without a profile learned, meanwhile, for their host, and read again with it on the main thread: depends on timing (see the file's comment), not on the input. */
  read_again_in_main_thread: number;
  /** Pages a profile was learned from, read again with it once it was learned. */
  samples_read_again: number;
  learn_after: number;
  learned_profiles: LearnedProfileNote[];
};

/** A host's sample pages so far, each with its place in the input and its first reading, held back until the host's profile is learned. */
interface Sampling<Out> {
  held: Array<{ seq: number; item: Extract<PageItem, { kind: 'page' }>; read: PageReading<Out> }>;
}

/**
 * Extraction with profiles learned as the run goes (see the file's comment), and the stages the
 * reader runs after it: the per-page step of a learning run. Its own stats are empty, each stage's
 * are its part (extract's with the learning's).
 */
export class AutoProfileExtractStage<Out = ExtractionItem> implements Stage<PageItem, Out>, SteppedStage {
  readonly name = 'per_page';
  readonly stats = {};
  /** The run's profiles (built in and given). */
  private readonly profiles: readonly SiteProfile[];
  /** Which hosts are learned for, the profiles learned (a list only ever appended to: extraction reads the first so many) and the notes. */
  private readonly hosts: HostLearning;
  private readonly inner: BatchedExtraction<Out>;
  private readonly sampling = new Map<string, Sampling<Out>>();
  private readAgain = 0;
  private samplesReadAgain = 0;
  /** Pages seen, to give held pages back in input order. */
  private seen = 0;

  constructor(private readonly options: AutoProfileOptions) {
    this.profiles = options.extract.profiles ?? PROFILES;
    this.hosts = new HostLearning(this.profiles, { learnedAt: options.learnedAt, log: options.log });
    this.inner = (options.reader ?? ((learned) => batchedExtraction(options.extract, [], 1, learned)))(this.hosts.learned) as BatchedExtraction<Out>;
  }

  /** The extract stage's stats: extraction's counts and the learning's. */
  get extractStats(): AutoProfileStats {
    const { byExtractor, profileMisfits, ...counts } = this.inner.stats;
    // In name order: in order of first use, a reading done again here would come later than the
    // same reading done in a batch, and which pages are read again is timing.
    const byName = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      ...counts, byExtractor: byName(byExtractor), profileMisfits: byName(profileMisfits),
      read_again_in_main_thread: this.readAgain, samples_read_again: this.samplesReadAgain, learn_after: this.options.learnAfter, learned_profiles: this.hosts.notes,
    };
  }

  parts(): Record<string, StepReport> {
    const parts = this.inner.parts?.() ?? {};
    return { ...parts, extract: { seconds: parts.extract?.seconds ?? 0, ...this.extractStats } };
  }

  readonly run = (input: AsyncIterable<PageItem>): AsyncIterable<Out> => this.learning(input);

  private async *learning(input: AsyncIterable<PageItem>): AsyncIterable<Out> {
    // What extraction has taken and not yet given back, in order: it gives one item for each.
    const taken: PageItem[] = [];
    async function* tap(): AsyncIterable<PageItem> {
      for await (const item of input) {
        taken.push(item);
        yield item;
      }
    }
    for await (const batch of this.inner.batches(tap())) {
      for (const read of batch.items) {
        const item = taken.shift()!;
        const kept = this.options.learnAfter > 0 && item.kind === 'page' ? await this.see(item, read, batch.learned) : [read];
        for (const reading of kept) yield* this.counted(reading);
      }
    }
    // Hosts whose sample never filled: their pages as first read, in input order.
    const unlearned = [...this.sampling.values()].flatMap((s) => s.held).sort((a, b) => a.seq - b.seq);
    this.sampling.clear();
    for (const { read } of unlearned) yield* this.counted(read);
  }

  private counted(reading: PageReading<Out>): Out[] {
    this.inner.count(reading);
    return reading.items;
  }

  /**
   * One page and its reading with the first `readWith` learned profiles, in input order: read
   * again if it missed one for its host, then held as a sample (and, when it fills the sample,
   * learned from and given back with the others, read again), or counted as read by its host's
   * profile. What is to be published now, in order.
   */
  private async see(item: Extract<PageItem, { kind: 'page' }>, read: PageReading<Out>, readWith: number): Promise<Array<PageReading<Out>>> {
    const seq = this.seen++;
    const { page } = item;
    const out = this.missedOne(page, read.note, readWith) ? await this.readAgainHere(item) : read;
    const note = out.note;
    if (note.kind !== 'extraction') return [out];
    const host = this.hosts.unknownHost(note);
    if (host === null) return [out];
    const learned = this.hosts.triedFor(host);
    if (learned) {
      this.hosts.countReadByIt(learned, out.note);
      return [out];
    }
    if (!note.teaches) return [out];
    let sampling = this.sampling.get(host);
    if (!sampling) {
      if (this.sampling.size >= MAX_HOSTS_LEARNING) return [out];
      this.sampling.set(host, (sampling = { held: [] }));
    }
    sampling.held.push({ seq, item, read: out });
    if (sampling.held.length < this.options.learnAfter) return [];
    this.sampling.delete(host);
    const profileNote = this.hosts.learn(host, sampling.held.map((h) => h.item.page));
    if (!profileNote.profile) return sampling.held.map((h) => h.read);
    const again: Array<PageReading<Out>> = [];
    for (const { item: sample } of sampling.held) {
      this.samplesReadAgain++;
      const reading = await this.inner.readAgain(sample);
      this.hosts.countReadByIt(profileNote, reading.note);
      again.push(reading);
    }
    return again;
  }

  /** Whether a profile learned after the first `readWith` could read the page otherwise: one for its host; for a reject (no host to tell by), any. */
  private missedOne(page: PageRecord, read: ReadingNote, readWith: number): boolean {
    if (readWith === this.hosts.learned.length) return false;
    if (read.kind !== 'extraction') return true;
    const host = pageHost(page.finalUrl, read.canonicalUrl);
    return host !== null && this.hosts.learned.slice(readWith).some((p) => p.hosts.includes(host));
  }

  /** The page read again, here, with every profile learned so far (the first reading, never counted, goes). */
  private readAgainHere(item: PageItem): Promise<PageReading<Out>> {
    this.readAgain++;
    return this.inner.readAgain(item);
  }
}

/**
 * Extraction and the stages `after` it as a per-page step (per-page.ts) on `threads` threads,
 * page by page, reading with the profiles in `learned` as it grows.
 */
function batchedExtraction<Out>(extract: ExtractOptions, after: readonly PerPageSpec[], threads: number, learned: readonly SiteProfile[]): BatchedExtraction<Out> {
  const step = new PerPageStep<PageItem, PageReading<Out>>('per_page', [{ step: 'extract', options: extract }, ...after], { threads, learned, byPage: true });
  return {
    get stats() {
      return step.partStats<ExtractStats>('extract');
    },
    batches: (input) => step.batches(input),
    readAgain: async (item) => (await step.runHere([item])).items[0]!,
    count: (reading) => step.count(reading.stats),
    parts: () => step.parts(),
  };
}

/**
 * The per-page step of a run that learns profiles: extraction and the stages `after` it (validate,
 * pack) on the run's threads (per-page.ts), each batch with the profiles learned before it went,
 * results in input order, learning over them; the few pages read without a profile learned
 * meanwhile for their host are read again here.
 */
export function learningExtract(extract: ExtractOptions, after: readonly PerPageSpec[], learn: { learnAfter: number; learnedAt: string }, threads: number, log?: Logger): AutoProfileExtractStage<PackedEntryItem> {
  return new AutoProfileExtractStage<PackedEntryItem>({
    extract,
    learnAfter: learn.learnAfter,
    learnedAt: learn.learnedAt,
    log,
    reader: (learned) => batchedExtraction(extract, after, threads, learned),
  });
}
