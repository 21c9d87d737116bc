import type { Logger } from '../core/log.js';
import { learnProfile, type LearnResult } from '../extract/profiles/learn-profile.js';
import type { SiteProfile } from '../extract/profiles/index.js';
import type { LearnedField } from '../extract/profiles/profile.js';
import type { Furniture } from '../extract/profiles/site-furniture.js';
import type { PageRecord } from '../schema/records.js';
import type { ReadingNote } from './reading-note.js';

/** Hosts whose sample pages are held at one time: past this, new hosts are read by the genre reader alone (memory stays bounded). */
export const MAX_HOSTS_LEARNING = 50;

/** Profiles learned within a run for hosts no profile knows (auto-profiles.ts, crawl-learning.ts). */
export interface LearnOptions {
  /** Pages per unknown host to learn from; 0 turns learning off. */
  learnAfter: number;
  /** When the profiles are learned (the run's start, ISO), written into them. */
  learnedAt: string;
}

/** What the manifest and the report say about one host's learning. */
export interface LearnedProfileNote {
  host: string;
  /** The learned profile's id (null when none could be learned). */
  profile: string | null;
  /** The pages it was learned from, in the order they were read. */
  learned_from: string[];
  /** Of them, the pages the genre reader read a page entry from. */
  pages_read: number;
  /** Per field, the share of those pages where the profile's selectors give exactly what the genre reader read. */
  agreement: Partial<Record<LearnedField, number>>;
  /** Fields whose selectors did not agree enough: the genre reader alone reads them. */
  left_out: LearnedField[];
  /** Lines the site prints into most of its answers, whoever answers, and their share of the sample (site-furniture.ts). */
  furniture: Furniture[];
  /** Pages of the host read with the profile. */
  pages_read_by_it: number;
  /** Why no profile was learned. */
  reason?: string;
}

/**
 * Which hosts a run learns a profile for, and what it learned: the part that a saved-page run
 * (auto-profiles.ts) and a crawl (crawl-learning.ts) share. A host is learned for when no
 * profile of the run's (built in or given) knows it; each host is tried once.
 */
export class HostLearning {
  /** The profiles learned so far, in the order they were learned: only ever appended to, since extraction reads the first so many. */
  readonly learned: SiteProfile[] = [];
  /** What the manifest says of each host tried, in the order they were. */
  readonly notes: LearnedProfileNote[] = [];
  private readonly known: Set<string>;
  private readonly tried = new Map<string, LearnedProfileNote>();
  /** The host each profile learned in this run was learned for, by the profile's id. */
  private readonly learnedHosts = new Map<string, string>();

  constructor(
    private readonly profiles: readonly SiteProfile[],
    private readonly options: { learnedAt: string; log?: Logger },
  ) {
    this.known = new Set(profiles.flatMap((p) => p.hosts));
  }

  /**
   * The host of a page read by the genre reader because no profile knows its host, or by a
   * profile learned in this run; null for anything else (a profile of the run's, a text copy).
   */
  unknownHost(note: Extract<ReadingNote, { kind: 'extraction' }>): string | null {
    if (note.extractor === 'generic-html') return note.site !== null && !this.known.has(note.site) ? note.site : null;
    const slash = note.extractor.indexOf('/');
    return slash === -1 ? null : (this.learnedHosts.get(note.extractor.slice(0, slash)) ?? null);
  }

  /** What was learned for `host`, once it was tried. */
  triedFor(host: string): LearnedProfileNote | undefined {
    return this.tried.get(host);
  }

  /** Counts a page `learned`'s profile read. */
  countReadByIt(learned: LearnedProfileNote, note: ReadingNote): void {
    if (learned.profile && note.kind === 'extraction' && note.extractor.startsWith(`${learned.profile}/`)) learned.pages_read_by_it++;
  }

  /** A profile learned for `host` from its sample `pages` (the genre reader's readings of them agreed on), announced and noted. */
  learn(host: string, pages: readonly PageRecord[]): LearnedProfileNote {
    // A learner's bug costs the host its profile, not the run: its pages stay the genre reader's.
    let result: LearnResult;
    try {
      result = learnProfile(pages, { site: host, learnedAt: this.options.learnedAt });
    } catch (err) {
      result = { profile: null, pagesSampled: pages.length, pagesRead: 0, agreement: {}, leftOut: [], reason: `learning failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    // Ids are made from host names, and two hosts may make the same one (www.a.example, a.example).
    const profile = result.profile && { ...result.profile, id: freeId(result.profile.id, [...this.profiles, ...this.learned]) };
    const note: LearnedProfileNote = {
      host,
      profile: profile?.id ?? null,
      learned_from: pages.map((p) => p.url),
      pages_read: result.pagesRead,
      agreement: result.agreement,
      left_out: result.leftOut,
      furniture: profile?.learned?.furniture ?? [],
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
    if (!profile) return note;
    this.learned.push(profile);
    this.learnedHosts.set(profile.id, host);
    return note;
  }
}

/** `id`, or `id-2`, `id-3`… where a profile has it already. */
function freeId(id: string, profiles: readonly SiteProfile[]): string {
  const taken = new Set(profiles.map((p) => p.id));
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  return free;
}
