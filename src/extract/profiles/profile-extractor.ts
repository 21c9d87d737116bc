import type { Cheerio } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { AnswerFormat, Doctor } from '../../schema/entry.js';
import { noDoctor, pageDraft } from '../draft.js';
import type { EntryDraft } from '../../schema/records.js';
import { parseDoctorCard } from '../card/card-parts.js';
import { mentionsDisclaimer } from '../words/genre.js';
import { findDate } from '../dates/page-meta.js';
import { ownText, renderLines } from '../lines/html-lines.js';
import type { Layout, SiteProfile } from './index.js';
import type { Selector } from './profile.js';
import { metaBetween } from '../reader/answer-meta.js';
import { asQuery, type PageQuery, type Queryable } from '../reader/page-query.js';
import { readProfileItems } from './profile-items.js';
import { stampAfter } from '../layouts/answer-stamp.js';

export interface ProfileMatch {
  profile: SiteProfile;
  layout: Layout;
}

/**
 * The first layout whose detection selectors all match; a page from a known host is checked
 * against its site first. A learned profile's selectors are too plain to tell its site from
 * another (`h1.title`): it reads only pages of its own hosts.
 */
export function matchProfile(page: Queryable, profiles: readonly SiteProfile[], host: string | null): ProfileMatch | null {
  const q = asQuery(page);
  const ordered = host ? [...profiles].sort((a, b) => Number(b.hosts.includes(host)) - Number(a.hosts.includes(host))) : profiles;
  for (const profile of ordered) {
    if (profile.learned && (host === null || !profile.hosts.includes(host))) continue;
    for (const layout of profile.layouts) {
      if (layout.detect.every((css) => q.all(css).length > 0)) return { profile, layout };
    }
  }
  return null;
}

/** The selector's text, and the element it was read from (as a profile reads it); `scope`: inside that element. */
export function select(page: Queryable, scope: Element | null, selector: Selector): { value: string; el: Element } | null {
  const q = asQuery(page);
  const spec = typeof selector === 'string' ? { css: selector } : selector;
  const at = spec.index ?? 0;
  // Inside an element (a card's field), the first match is found without listing the rest.
  const el = scope ? (at === 0 ? q.first(scope, spec.css) : q.within(scope, spec.css)[at]) : q.all(spec.css)[at];
  if (!el) return null;
  let value: string | undefined;
  if (spec.attr) value = el.attribs[spec.attr];
  else if (spec.ownText) value = ownText(el);
  else value = renderLines(el).map((l) => l.text).join(' ');
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? { value: trimmed, el } : null;
}

export function firstOf(page: Queryable, selectors: Selector[]): { value: string; el: Element } | null {
  const q = asQuery(page);
  for (const selector of selectors) {
    const found = select(q, null, selector);
    if (found) return found;
  }
  return null;
}

/** Card fields by selector where they hit, by the genre's card rules where they miss or read nonsense. */
export function readDoctor(page: Queryable, layout: Layout): Doctor {
  if (!layout.doctorCard) return noDoctor();
  const q = asQuery(page);
  const card = q.all(layout.doctorCard)[0];
  if (!card) return noDoctor();
  return readCard(q, card, layout.doctor);
}

/** A card element read as a profile reads it: field selectors inside it, the card rules for the rest. */
export function readCard(page: Queryable, cardAt: Element | Cheerio<AnyNode>, fields: Layout['doctor']): Doctor {
  const q = asQuery(page);
  const card = 'cheerio' in cardAt ? (cardAt.get(0) as Element) : cardAt;
  const parsed = parseDoctorCard(renderLines(card).map((l) => l.text).join(' '));
  const bySelector = (field: keyof Doctor) => {
    const sel = fields[field];
    return sel ? (select(q, card, sel)?.value ?? null) : null;
  };
  // A selector that hits the wrong element (markup drift) is caught by the vocabulary: prefer the parse then.
  // A field's selector is asked only where its reading is used: a title or a grade the parse read needs none.
  const pick = (field: keyof Doctor) => {
    const byRules = parsed[field];
    if (field === 'title' || field === 'hospital_grade') return byRules ?? bySelector(field);
    return bySelector(field) ?? byRules;
  };
  return {
    name: pick('name'),
    title: pick('title'),
    department: pick('department'),
    hospital: pick('hospital'),
    hospital_grade: pick('hospital_grade'),
  };
}

/** The answer's paragraphs from the first container that has lines, and that container. */
export function readAnswerContainers(page: Queryable, containers: readonly string[]): { paragraphs: string[]; el: Element | null } {
  const q = asQuery(page);
  for (const css of containers) {
    const el = q.all(css)[0];
    if (!el) continue;
    const paragraphs = renderLines(el).map((l) => l.text);
    if (paragraphs.length > 0) return { paragraphs, el };
  }
  return { paragraphs: [], el: null };
}

/** A page read by a site profile's selectors (learned profiles: see learned-reader.ts). */
export function extractWithProfile(page: Queryable, match: ProfileMatch, resolve: (href: string) => string): ProfileReading {
  const $ = asQuery(page);
  const { layout } = match;
  const questionAt = firstOf($, layout.question);
  const question = questionAt?.value ?? null;
  const { paragraphs: answerParagraphs, el: answerEl } = readAnswerContainers($, layout.answer);
  // Items the profile itemises are read by its selectors; the genre rules read the list where it does not, or they miss.
  const itemised = layout.relatedItems ? readProfileItems($, layout.relatedItems, resolve) : null;
  // A list of bare linked questions the genre rules find is the page's related links (link-list.ts).
  const list = itemised ? { items: itemised } : $.relatedList(resolve, layout.related);
  const related = list.items;
  const hasDisclaimer = pageHasDisclaimer($);
  const dateText = firstOf($, layout.date)?.value;
  const marker: AnswerFormat =
    layout.voiceMarker && $.all(layout.voiceMarker).length > 0 ? 'voice' : layout.videoMarker && $.all(layout.videoMarker).length > 0 ? 'video' : 'unknown';
  let date = dateText ? findDate(dateText) : null;
  let format: AnswerFormat = marker;
  // What the selectors and markers miss, the genre reader finds where the genre prints it: between
  // question and answer (youlai desktop prints the format beside the date, mobile both under the <h1>).
  if (questionAt && (date === null || format === 'unknown')) {
    const near = metaBetween(questionAt.el, answerEl);
    date ??= near.date;
    if (format === 'unknown' && !near.conflicting) format = near.format;
  }
  // Or under the answer's box, where another version of the template prints its stamp (answer-stamp.ts).
  const stamp = date === null && answerEl ? stampAfter(answerEl) : null;
  if (stamp) [date, format] = [stamp.date, format === 'unknown' ? stamp.format : format];
  const doctor = readDoctor($, layout);
  const own = pageDraft({ question, answerParagraphs, doctor, format, date, hasDisclaimer }, related, 'links' in list ? list.links : undefined);
  // A page the profile's layout took for a question page, whose list its selectors read but not its own
  // question and answer (a site's redesign): said, as the page entry's reject, never dropped unsaid.
  const unread = question === null ? 'the site profile read no question of its own' : `the site profile read no answer under its question (${question.slice(0, 30)})`;
  return { page: own, related, ...(own === null && related.length > 0 ? { ownUnread: `${unread}, layout ${match.profile.id}/${layout.name}` } : {}) };
}

/** A page read by a site profile: its entry, its related items, and why its own entry was not read where its items were. */
export interface ProfileReading {
  page: EntryDraft | null;
  related: EntryDraft[];
  ownUnread?: string;
}

function pageHasDisclaimer(q: PageQuery): boolean {
  return mentionsDisclaimer(q.bodyText());
}
