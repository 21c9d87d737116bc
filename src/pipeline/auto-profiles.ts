import type { Logger } from '../core/log.js';
import type { Stage } from '../core/stage.js';
import { learnProfile, type LearnResult } from '../extract/learn-profile.js';
import type { SiteProfile } from '../extract/profiles/index.js';
import type { LearnedField } from '../extract/profiles/profile.js';
import { ExtractStage, extractItem, type ExtractStats } from '../extract/stage.js';
import type { ExtractOptions } from '../extract/extract-page.js';
import { PROFILES } from '../extract/profiles/index.js';
import { PerPageStep } from './per-page.js';
import type { ExtractionItem, PageExtraction, PageItem, PageRecord } from '../schema/records.js';

/**
 * Learning site profiles within a run: a host that no profile knows (built-in or --profile)
 * is read by the genre reader; once `learnAfter` of its pages have given a page entry the
 * genre reader did not doubt, a profile is learned from them (learn-profile.ts, as `qa-harvest
 * learn` does) and the host's later pages are read with it, the genre reader still checking it
 * (learned-reader.ts): where they disagree, the entry keeps the genre reader's value. What
 * was learned, from which pages and with what agreement, goes into the manifest (the extract
 * stage's `learned_profiles`) and the run report.
 *
 * Deterministic for the same pages in the same order: which pages a profile is learned from
 * and which pages it reads depend only on the order of the input, never on timing. In process,
 * the extract stage reads each page after the one before it was seen here, so it reads with
 * the profiles learned so far; an extract stage that reads ahead or took its profiles when it
 * started (worker threads) read pages without a profile they should be read with, and those
 * are read again here.
 */

/** Hosts whose sample pages are held at one time: past this, new hosts are read by the genre reader alone (memory stays bounded). */
const MAX_HOSTS_LEARNING = 50;

/** What the manifest and the report say about one host's learning. */
export interface LearnedProfileNote {
  host: string;
  /** The learned profile's id (null when none could be learned). */
  profile: string | null;
  /** The pages it was learned from, in input order. */
  learned_from: string[];
  /** Of them, the pages the genre reader read a page entry from. */
  pages_read: number;
  /** Per field, the share of those pages where the profile's selectors give exactly what the genre reader read. */
  agreement: Partial<Record<LearnedField, number>>;
  /** Fields whose selectors did not agree enough: the genre reader alone reads them. */
  left_out: LearnedField[];
  /** Later pages of the host read with the profile. */
  pages_read_by_it: number;
  /** Why no profile was learned. */
  reason?: string;
}

export interface AutoProfileOptions {
  /** The run's profiles: the built-in ones and those given with --profile. */
  profiles: readonly SiteProfile[];
  /** Pages per unknown host to learn from (pages the genre reader read a page entry from, without a doubt); 0 turns learning off. */
  learnAfter: number;
  /** When the profiles are learned (the run's start, ISO), written into them. */
  learnedAt: string;
  /** Where each learned profile is announced. */
  log?: Logger;
  /** The clock for reject records (extraction reads none); now by default. */
  now?: Date;
  /** The extract stage, given the list of profiles it must read with (a list this stage adds to). */
  extract?: (profiles: readonly SiteProfile[]) => Stage<PageItem, ExtractionItem> & { stats: ExtractStats };
}

export type AutoProfileStats = ExtractStats & { learn_after: number; learned_profiles: LearnedProfileNote[] };

interface Sampling {
  pages: PageRecord[];
}

/** The extract stage with profiles learned as the run goes (see the file's comment). */
export class AutoProfileExtractStage implements Stage<PageItem, ExtractionItem> {
  readonly name = 'extract';
  /** The profiles extraction reads with: the run's, then those learned so far. */
  private readonly live: SiteProfile[];
  private readonly inner: Stage<PageItem, ExtractionItem> & { stats: ExtractStats };
  private readonly known: Set<string>;
  private readonly sampling = new Map<string, Sampling>();
  /** Hosts a profile was learned for (or tried), with what the manifest says of it. */
  private readonly tried = new Map<string, LearnedProfileNote>();
  private readonly notes: LearnedProfileNote[] = [];
  /** The host each profile learned in this run was learned for, by the profile's id. */
  private readonly learnedHosts = new Map<string, string>();

  constructor(private readonly options: AutoProfileOptions) {
    this.live = [...options.profiles];
    this.known = new Set(options.profiles.flatMap((p) => p.hosts));
    this.inner = (options.extract ?? ((profiles) => new ExtractStage({ profiles, now: options.now })))(this.live);
  }

  get stats(): AutoProfileStats {
    return { ...this.inner.stats, learn_after: this.options.learnAfter, learned_profiles: this.notes };
  }

  readonly run = (input: AsyncIterable<PageItem>): AsyncIterable<ExtractionItem> => this.learning(input);

  private async *learning(input: AsyncIterable<PageItem>): AsyncIterable<ExtractionItem> {
    // What the extract stage has taken and not yet given back, in order: it gives one item for each.
    const taken: PageItem[] = [];
    async function* tap(): AsyncIterable<PageItem> {
      for await (const item of input) {
        taken.push(item);
        yield item;
      }
    }
    for await (const out of this.inner.run(tap())) {
      const item = taken.shift()!;
      yield this.options.learnAfter > 0 && item.kind === 'page' ? this.see(item.page, out) : out;
    }
  }

  /** One page and what extraction made of it, in input order: sampled, learned from, or read again with its host's profile. */
  private see(page: PageRecord, out: ExtractionItem): ExtractionItem {
    if (out.kind !== 'extraction') return out;
    const host = this.unknownHost(out.extraction);
    if (host === null) return out;
    const learned = this.tried.get(host);
    if (learned) {
      if (!learned.profile) return out;
      const byIt = (x: ExtractionItem) => x.kind === 'extraction' && x.extraction.extractor.startsWith(`${learned.profile}/`);
      // Not read with its host's profile (read ahead, or the page does not match it): read again with it.
      const again = byIt(out) ? out : this.extractAgain(page, out);
      if (byIt(again)) learned.pages_read_by_it++;
      return again;
    }
    // Learned from pages the genre reader read a page entry from without a doubt: a profile taught a doubtful reading would confirm it.
    if (!out.extraction.entries.some((e) => e.origin === 'page' && !e.doubts?.length)) return out;
    let sampling = this.sampling.get(host);
    if (!sampling) {
      if (this.sampling.size >= MAX_HOSTS_LEARNING) return out;
      this.sampling.set(host, (sampling = { pages: [] }));
    }
    sampling.pages.push(page);
    if (sampling.pages.length >= this.options.learnAfter) this.learn(host, sampling.pages);
    return out;
  }

  private learn(host: string, pages: PageRecord[]): void {
    this.sampling.delete(host);
    // A learner's bug costs the host its profile, not the run: its pages stay the genre reader's.
    let result: LearnResult;
    try {
      result = learnProfile(pages, { site: host, learnedAt: this.options.learnedAt });
    } catch (err) {
      result = { profile: null, pagesSampled: pages.length, pagesRead: 0, agreement: {}, leftOut: [], reason: `learning failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    // Ids are made from host names, and two hosts may make the same one (www.a.example, a.example).
    const profile = result.profile && { ...result.profile, id: freeId(result.profile.id, this.live) };
    const note: LearnedProfileNote = {
      host,
      profile: profile?.id ?? null,
      learned_from: pages.map((p) => p.url),
      pages_read: result.pagesRead,
      agreement: result.agreement,
      left_out: result.leftOut,
      pages_read_by_it: 0,
      ...(profile ? {} : { reason: result.reason ?? 'no profile' }),
    };
    this.options.log?.info(profile ? 'learned a profile for a host no profile knows' : 'could not learn a profile for a host no profile knows', {
      host,
      profile: note.profile,
      pages: pages.length,
      agreement: note.agreement,
      ...(note.reason ? { reason: note.reason } : {}),
    });
    this.tried.set(host, note);
    this.notes.push(note);
    if (!profile) return;
    this.live.push(profile);
    this.learnedHosts.set(profile.id, host);
  }

  /**
   * The host of a page read by the genre reader because no profile knows its host, or by a
   * profile learned in this run; null for anything else (a profile of the run's, a text copy).
   */
  private unknownHost(extraction: PageExtraction): string | null {
    if (extraction.extractor === 'generic-html') return extraction.site !== null && !this.known.has(extraction.site) ? extraction.site : null;
    const slash = extraction.extractor.indexOf('/');
    return slash === -1 ? null : (this.learnedHosts.get(extraction.extractor.slice(0, slash)) ?? null);
  }

  /** The page read again with the profiles learned so far; the extract stage's counts follow. */
  private extractAgain(page: PageRecord, previous: ExtractionItem & { kind: 'extraction' }): ExtractionItem {
    const stats = this.inner.stats;
    const again = extractItem({ kind: 'page', page }, { profiles: this.live, now: this.options.now }, stats);
    // Counted twice now: the first reading's counts go.
    stats.pages--;
    stats.extracted--;
    stats.byExtractor[previous.extraction.extractor]!--;
    if (stats.byExtractor[previous.extraction.extractor] === 0) delete stats.byExtractor[previous.extraction.extractor];
    return again;
  }
}


/** `id`, or `id-2`, `id-3`… where a profile has it already. */
function freeId(id: string, profiles: readonly SiteProfile[]): string {
  const taken = new Set(profiles.map((p) => p.id));
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  return free;
}

/**
 * The extract step of a run that learns profiles: extraction on the run's threads (per-page.ts),
 * results in input order, learning over them. Worker threads took the run's profiles when they
 * started, so a page of a host whose profile was learned since is read again here, on the main
 * thread; in process, each batch reads with the profiles learned before it.
 */
export function learningExtract(extract: ExtractOptions, learn: { learnAfter: number; learnedAt: string }, threads: number, log?: Logger): AutoProfileExtractStage {
  return new AutoProfileExtractStage({
    profiles: extract.profiles ?? PROFILES,
    learnAfter: learn.learnAfter,
    learnedAt: learn.learnedAt,
    log,
    now: extract.now,
    extract: (live) => {
      const step = new PerPageStep<PageItem, ExtractionItem>('extract', [{ step: 'extract', options: { ...extract, profiles: live } }], { threads });
      return {
        name: 'extract',
        run: step.run,
        get stats() {
          return step.partStats<ExtractStats>('extract');
        },
      };
    },
  });
}
