import { comparable } from '../../core/text.js';
import type { Doctor } from '../../schema/entry.js';
import type { EntryDraft } from '../../schema/records.js';
import type { SiteProfile } from './profile.js';

/**
 * A site's furniture inside its answers: a line its template prints into the answer's box on
 * most of its pages, whoever answers (a paper's emergency notice, an app's ad, a hospital's
 * greeting). One page cannot tell it from the doctor's last sentence; a site's pages can: a
 * doctor's own words differ from page to page, and a doctor's habit (the same closing line in
 * each of their answers) is one doctor's, not three's. Learned from the pages a profile is
 * learned from (learn-profile.ts); the site's pages are read against it (within a run, the
 * sample pages too, read again: auto-profiles.ts), by the learned profile (learned-reader.ts) or
 * by the genre rules (extract-page.ts).
 */

/**
 * A line on at least this share of the pages read is the site's: it is none of an answer it opens
 * or closes. Ten sample pages (a run's default) are few: a stock sentence many doctors of a site
 * write (`平时要注意保持良好的生活习惯，按时复查。`) can stand in half of them by chance, seldom in
 * eight of ten; a line on half of them, or more, is only doubted where it stands.
 */
const SURE_SHARE = 0.8;
const SUSPECT_SHARE = 0.5;
const MIN_PAGES = 4;
/** …under at least this many doctors' names: one doctor's habit is theirs. */
const MIN_DOCTORS = 3;
/** A short line (`病情分析：`, `建议：`) is a label a site's doctors all write under, not furniture. */
const MIN_CHARS = 10;
const LABEL_END = /[:：]$/u;

/** A line of the site's furniture, and the share of the sample pages printing it in their answer. */
export interface Furniture {
  line: string;
  share: number;
}

export interface FurnitureSample {
  answer: readonly string[];
  doctor: Doctor;
}

/** The answer lines the samples share as their site's template does (see above), as the first page printing each has them, with their share of the pages. */
export function learnFurniture(samples: readonly FurnitureSample[]): Furniture[] {
  const seen = new Map<string, { line: string; pages: number; doctors: Set<string> }>();
  for (const sample of samples) {
    for (const line of new Set(sample.answer)) {
      const key = comparable(line);
      if ([...key].length < MIN_CHARS || LABEL_END.test(key)) continue;
      const entry = seen.get(key) ?? { line, pages: 0, doctors: new Set<string>() };
      entry.pages++;
      if (sample.doctor.name) entry.doctors.add(sample.doctor.name);
      seen.set(key, entry);
    }
  }
  const floor = Math.max(MIN_PAGES, SUSPECT_SHARE * samples.length);
  const share = (pages: number) => Math.round((1000 * pages) / samples.length) / 1000;
  return [...seen.values()].filter((e) => e.pages >= floor && e.doctors.size >= MIN_DOCTORS).map((e) => ({ line: e.line, share: share(e.pages) }));
}

/** The furniture learned for a host's site, by the profile learned for it, where one was. */
export function hostFurniture(profiles: readonly SiteProfile[], host: string | null): readonly Furniture[] {
  if (host === null) return [];
  return profiles.find((p) => p.learned && p.hosts.includes(host))?.learned?.furniture ?? [];
}

/** The answer's lines without the furniture sure to be the site's (SURE_SHARE) that opens or closes them. */
export function withoutEdgeFurniture(lines: readonly string[], furniture: readonly Furniture[]): string[] {
  const sure = new Set(furniture.filter((f) => f.share >= SURE_SHARE).map((f) => comparable(f.line)));
  let from = 0;
  let to = lines.length;
  while (from < to && sure.has(comparable(lines[from]!))) from++;
  while (to > from && sure.has(comparable(lines[to - 1]!))) to--;
  return lines.slice(from, to);
}

/**
 * A page's own entry read against its site's furniture: what opens or closes its answer is none
 * of it (a notice under the answer, an ad, a greeting above it), and an answer that is nothing
 * else is none: no entry, and why. A line of it between the doctor's lines, or a line only
 * suspected (on half the sample pages), stays, doubted.
 */
export function ownAgainstFurniture(own: EntryDraft | null, furniture: readonly Furniture[]): { own: EntryDraft | null; unread?: string } {
  if (!own || own.answerParagraphs.length === 0 || furniture.length === 0) return { own };
  const lines = own.answerParagraphs;
  const kept = withoutEdgeFurniture(lines, furniture);
  if (kept.length === 0) return { own: null, unread: `the answer read is the site's furniture, printed on most of its pages (${lines[0]!.slice(0, 30)})` };
  const any = new Set(furniture.map((f) => comparable(f.line)));
  const left = kept.find((p) => any.has(comparable(p)));
  if (kept.length === lines.length && !left) return { own };
  const doubts = left ? [...(own.doubts ?? []), `a line the site prints in many of its answers, whoever answers, stands in this one (${left.slice(0, 30)})`] : own.doubts;
  return { own: { ...own, answerParagraphs: kept, ...(doubts ? { doubts } : {}) } };
}
