import { comparable } from '../../core/text.js';
import type { Doctor } from '../../schema/entry.js';
import type { EntryDraft } from '../../schema/records.js';
import type { GenreReading } from '../reader/genre-reader.js';
import { findDate } from '../dates/page-meta.js';
import type { Queryable } from '../reader/page-query.js';
import { ownAgainstFurniture, withoutEdgeFurniture } from './site-furniture.js';
import { extractWithProfile, firstOf, readAnswerContainers, readDoctor, type ProfileMatch, type ProfileReading } from './profile-extractor.js';

/**
 * A page read with a learned profile. The profile was learned from the genre reader on sample
 * pages, so the genre reader's reading of this page is the entry: the profile's kept selectors
 * confirm its fields and fill those it could not read; where they read another value on this
 * page (class names redrawn, a card selector that agreed on the sample and misses here), the
 * entry keeps the genre reader's value and says so (a doubt, published as `unsure_reading`).
 * The genre reader's own doubts carry over. Fields the profile left out are the genre reader's
 * alone: no selector of the profile reads them.
 */
export function readWithLearnedProfile(
  $: Queryable,
  match: ProfileMatch,
  resolve: (href: string) => string,
  genre: GenreReading,
): ProfileReading {
  // A page the genre reader knows holds no Q&A of its own (no-qa-page.ts): none, whatever the profile's selectors find.
  if (genre.noQa) return { page: null, related: [] };
  // The site's furniture around the answer is none of it (site-furniture.ts), in either reading.
  const furniture = match.profile.learned?.furniture ?? [];
  const { own: base, unread } = ownAgainstFurniture(genre.page, furniture);
  if (unread) return { page: null, related: genre.related, ownUnread: unread };
  if (!base) {
    // Nothing to check the profile against: its reading stands, and says it stands alone.
    const alone = extractWithProfile($, match, resolve);
    if (alone.page) alone.page.doubts = [...(alone.page.doubts ?? []), 'the genre reader reads no entry on this page; the learned profile alone does'];
    // Neither reads it: the genre reader's reason, where it gave one, says why.
    const ownUnread = alone.page ? undefined : (genre.ownUnread ?? alone.ownUnread);
    return { page: alone.page, related: alone.related, ...(ownUnread ? { ownUnread } : {}) };
  }
  const { layout } = match;
  const doubts = [...(base.doubts ?? [])];
  const settle = <T>(field: string, byProfile: T | null, byGenre: T | null, key: (v: T) => string, shown: (v: T) => string): T | null => {
    if (byProfile === null) return byGenre;
    if (byGenre === null) {
      doubts.push(`the genre reader reads no ${field}; the learned profile reads one (${shown(byProfile).slice(0, 20)})`);
      return byProfile;
    }
    if (key(byProfile) !== key(byGenre)) doubts.push(`the learned profile reads another ${field} (${shown(byProfile).slice(0, 20)})`);
    return byGenre;
  };
  const same = (v: string) => comparable(v);
  const text = (v: string) => v;

  const ownQuestion = layout.question.length > 0 ? (firstOf($, layout.question)?.value ?? null) : null;
  const ownParagraphs = layout.answer.length > 0 ? withoutEdgeFurniture(readAnswerContainers($, layout.answer).paragraphs, furniture) : [];
  const ownAnswer = ownParagraphs.length > 0 ? ownParagraphs : null;
  const dateText = layout.date.length > 0 ? firstOf($, layout.date)?.value : undefined;
  const ownDate = dateText ? findDate(dateText) : null;
  const ownDoctor = readDoctor($, layout);

  const question = settle('question', ownQuestion, base.question, same, text)!;
  const answerParagraphs = settle('answer', ownAnswer, base.answerParagraphs, (ps) => ps.map(comparable).join('\n'), (ps) => ps[0] ?? '')!;
  const date = settle('date', ownDate, base.date, text, text);
  const doctor = Object.fromEntries(
    (Object.keys(base.doctor) as Array<keyof Doctor>).map((f) => [f, settle(f, ownDoctor[f], base.doctor[f], same, text)]),
  ) as unknown as Doctor;

  const page: EntryDraft = { ...base, question, answerParagraphs, date, doctor };
  delete page.doubts;
  if (doubts.length > 0) page.doubts = doubts;
  // Read by the profile where its selectors gave the question and the answer, and both agree.
  const confirmed = ownQuestion !== null && ownAnswer !== null && same(ownQuestion) === same(base.question) && ownAnswer.map(comparable).join('\n') === base.answerParagraphs.map(comparable).join('\n');
  if (confirmed) page.readBy = 'learned_profile';
  return { page, related: genre.related };
}
