import type { Logger } from '../core/log.js';
import type { Outcome } from '../core/outcome.js';
import type { SiteProfile } from '../extract/profiles/index.js';
import type { PageExtraction, PageRecord } from '../schema/records.js';
import { HostLearning, MAX_HOSTS_LEARNING, type LearnedProfileNote } from './host-learning.js';
import { readingNote } from './reading-note.js';

/**
 * Learning site profiles within a crawl: a host that no profile knows is read by the genre
 * reader until `learnAfter` of its pages have given a page entry the genre reader did not doubt;
 * a profile is learned from them (learn-profile.ts, as a saved-page run does: host-learning.ts)
 * and the host's pages fetched after that are read with it, the genre reader still checking it
 * (learned-reader.ts).
 *
 * Unlike a saved-page run (auto-profiles.ts), a crawl does not hold its sample pages back: their
 * readings go to the crawl state as they are read, so a crawl never waits on a host's sample to
 * fill (with a few fetches in flight it would wait for ever). They keep the genre reader's
 * reading; only later pages are read with the profile. Which pages those are depends on the
 * order the crawl fetched them in, which varies from crawl to crawl; the notes (the manifest's
 * `crawl.learned_profiles`) say which pages each profile was learned from. At most `learnAfter`
 * pages of `MAX_HOSTS_LEARNING` hosts are held, so memory stays bounded. Each process of a crawl
 * (the opener, each worker of a shared frontier) learns from the pages it fetches itself.
 */
export class CrawlLearning {
  private readonly hosts: HostLearning;
  private readonly samples = new Map<string, PageRecord[]>();

  constructor(
    profiles: readonly SiteProfile[],
    private readonly options: { learnAfter: number; learnedAt: string; log?: Logger },
  ) {
    this.hosts = new HostLearning(profiles, options);
  }

  /** The profiles learned so far: a list only ever appended to, read with the crawl's own profiles (per-page.ts `withLearned`). */
  get learned(): readonly SiteProfile[] {
    return this.hosts.learned;
  }

  /** What the manifest says of each host learned for (or tried). */
  get notes(): readonly LearnedProfileNote[] {
    return this.hosts.notes;
  }

  /** A page as it was read: counted for its host's learned profile, or kept as a sample of its host, learning from the sample once it is full. */
  see(page: PageRecord, outcome: Outcome<PageExtraction>): void {
    if (this.options.learnAfter === 0 || !outcome.ok) return;
    const note = readingNote({ kind: 'extraction', extraction: outcome.value });
    if (note.kind !== 'extraction') return;
    const host = this.hosts.unknownHost(note);
    if (host === null) return;
    const learned = this.hosts.triedFor(host);
    if (learned) return this.hosts.countReadByIt(learned, note);
    if (!note.teaches) return;
    let sample = this.samples.get(host);
    if (!sample) {
      if (this.samples.size >= MAX_HOSTS_LEARNING) return;
      this.samples.set(host, (sample = []));
    }
    sample.push(page);
    if (sample.length < this.options.learnAfter) return;
    this.samples.delete(host);
    this.hosts.learn(host, sample);
  }
}
