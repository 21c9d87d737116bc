import { comparable } from '../../src/core/text.js';
import type { Entry } from '../../src/schema/entry.js';
import type { Expected, ExpectedItem } from './family.js';

/**
 * How eval.ts scores a related item keyed with no snippet (`paragraphs: []`: the page shows only its linked
 * question, with maybe its count of answers or its day): it is a link, not an entry. It counts neither toward
 * the expected entries nor coverage; the `related` field compares the items keyed with a snippet, and, on
 * every page, wants the page entry's related_urls to be the keyed items' links in list order (none where the
 * key has no items: a list the key does not want given as links is wrong, as is one it wants missed); an entry
 * made from a link-only item carries an answer the page never showed: wrong, silently unless flagged.
 */
export interface RelatedScore {
  /** The items keyed with a snippet: the related entries expected, in order. */
  answered: ExpectedItem[];
  /** The related entries to match against them (those not made from a link-only item). */
  related: Entry[];
  /** Related entries made from a link-only item (by its address or its question). */
  invented: Entry[];
  /** The `related` field: as many entries as answered items, and related_urls the keyed items' links in order. */
  right: boolean;
  /** The page entry's related_urls are the keyed items' links in order. */
  linked: boolean;
}

export function scoreRelated(expected: Expected, own: Entry | undefined, entries: readonly Entry[]): RelatedScore {
  const answered = expected.related.filter((r) => r.paragraphs.length > 0);
  const links = expected.related.filter((r) => r.paragraphs.length === 0);
  const want = expected.related.map((r) => r.url);
  const linked = own !== undefined && own.related_urls.length === want.length && own.related_urls.every((u, i) => u === want[i]);
  if (links.length === 0) return { answered, related: [...entries], invented: [], right: entries.length === answered.length && linked, linked };
  const urls = new Set(links.map((l) => l.url));
  const questions = new Set(links.map((l) => comparable(l.question)));
  const invented = entries.filter((e) => (e.url !== null && urls.has(e.url)) || questions.has(comparable(e.question)));
  const related = entries.filter((e) => !invented.includes(e));
  return { answered, related, invented, right: related.length === answered.length && linked, linked };
}
