import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import type { PageRecord } from '../../schema/records.js';
import { decodePage, dropControlChars } from '../bytes/decode.js';
import { noDoctor } from '../draft.js';
import { readGenrePage, type GenreFound } from '../reader/genre-reader.js';
import { renderLines } from '../lines/html-lines.js';
import { findDate } from '../dates/page-meta.js';
import { readAnswerContainers, readCard, select } from './profile-extractor.js';
import { learnFurniture } from './site-furniture.js';
import { SiteProfileSchema, type Layout, type LearnedField, type Selector, type SiteProfile } from './profile.js';

/**
 * Learning a site profile from sample pages of one site: the genre reader reads each page and
 * says where it found each part; for each field, selectors are drawn from those elements (tag
 * and stable classes or id, the parent's, nth-of-type paths) and each is tried on every page
 * as a profile would read it. A field's agreement is the share of read pages where its best
 * selector gives exactly what the genre reader read; fields below the threshold are left out,
 * so the genre reader keeps reading them. Pure: pages in, a profile (data) out; the time it
 * was learned is passed in.
 */

export const DEFAULT_LEARN_THRESHOLD = 0.9;
const DOCTOR_FIELDS = ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const satisfies ReadonlyArray<keyof Doctor>;

export interface LearnOptions {
  /** The site's name (the profile's `site`); its id is the name made safe. */
  site: string;
  /** When it was learned (ISO); pure code reads no clock. */
  learnedAt: string;
  threshold?: number;
}

export interface LearnResult {
  /** Null when no page could be read, or no field reached the threshold. */
  profile: SiteProfile | null;
  pagesSampled: number;
  pagesRead: number;
  /** Per field, the best selector's agreement (also where it was left out). */
  agreement: Partial<Record<LearnedField, number>>;
  leftOut: LearnedField[];
  /** Why there is no profile. */
  reason?: string;
}

interface Sample {
  $: CheerioAPI;
  host: string | null;
  question: string;
  answer: string[];
  date: string | null;
  doctor: Doctor;
  found: GenreFound;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => squash(x) === squash(b[i]!));
const sameDoctor = (a: Doctor, b: Doctor) => DOCTOR_FIELDS.every((f) => a[f] === b[f]);

/** One page as the genre reader reads it, with where it found each part; null when it reads no page entry. */
function readSample(page: PageRecord): Sample | null {
  const decoded = decodePage(page.body, page.headers['content-type']);
  // A page no encoding reads (extract-page.ts rejects it) teaches nothing.
  if (decoded.unreadable) return null;
  const text = dropControlChars(decoded.text);
  const $ = load(text);
  const canonical = $('link[rel="canonical"]').attr('href');
  const url = /^https?:\/\//i.test(page.finalUrl) ? page.finalUrl : canonical;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname : null;
  } catch {
    host = null;
  }
  const reading = readGenrePage($, (h) => h, { structuredData: text.includes('ld+json') });
  if (!reading.page || !reading.found) return null;
  const { page: p } = reading;
  return { $, host, question: p.question, answer: p.answerParagraphs, date: p.date, doctor: p.doctor, found: reading.found };
}

const STABLE_RE = /^[A-Za-z_][\w-]*$/;
/** A class or id worth relying on: a name, not a number or a hash. */
const stable = (name: string) => STABLE_RE.test(name) && !/\d{3,}/.test(name) && name.length <= 40;
const classesOf = (el: Element) => (el.attribs.class ?? '').split(/\s+/).filter(stable);

/**
 * An element's name as a selector writes it: a namespaced tag a page may hold (`<esi:include>`,
 * `<o:p>` of a Word paste) has its colon escaped, or the selector would read it as a pseudo-class.
 */
const tagOf = (el: Element) => el.name.replace(/[^\w-]/gu, (c) => `\\${c}`);

/** The element's own signature: `tag#id`, `tag.a.b`, `tag`. */
function signatures(el: Element): string[] {
  const out: string[] = [];
  const id = el.attribs.id;
  if (id && stable(id)) out.push(`#${id}`);
  const classes = classesOf(el);
  if (classes.length > 0) out.push(`${tagOf(el)}.${classes.join('.')}`);
  out.push(tagOf(el));
  return out;
}

function nthOfType(el: Element): string {
  const siblings = (el.parent?.children ?? []).filter((c) => c.type === 'tag' && (c as Element).name === el.name);
  return siblings.length <= 1 ? tagOf(el) : `${tagOf(el)}:nth-of-type(${siblings.indexOf(el) + 1})`;
}

const isElement = (n: AnyNode | null | undefined): n is Element => !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');

/** Selectors for one element, plainest first; within `scope` (a card) or the whole page. */
function candidates(el: Element, scope: Element | null = null): string[] {
  const out = new Set<string>(signatures(el));
  const parent = el.parent;
  if (isElement(parent) && parent !== scope) {
    for (const p of signatures(parent)) {
      for (const s of [...signatures(el), nthOfType(el)]) out.add(`${p} > ${s}`);
    }
  }
  // The path from the page's body (or the card), by position.
  const path: string[] = [];
  for (let n: AnyNode | null = el; isElement(n) && n !== scope && n.name !== 'body' && n.name !== 'html'; n = n.parent) path.unshift(nthOfType(n));
  if (path.length > 0) out.add(scope ? path.join(' > ') : `body > ${path.join(' > ')}`);
  return [...out];
}

/** The element holding a text node, and the elements above it, nearest first. */
function ancestors(node: AnyNode | null, levels: number): Element[] {
  const out: Element[] = [];
  for (let n = node?.parent ?? null; isElement(n) && n.name !== 'body' && out.length < levels; n = n.parent) out.push(n);
  return out;
}

function commonAncestor(nodes: readonly AnyNode[]): Element | null {
  if (nodes.length === 0) return null;
  let chain = ancestors(nodes[0]!, 50);
  for (const node of nodes.slice(1)) {
    const above = new Set(ancestors(node, 50));
    chain = chain.filter((el) => above.has(el));
  }
  return chain[0] ?? null;
}

const textOf = (el: Element) => squash(renderLines(el).map((l) => l.text).join(' '));

interface Best<T> {
  value: T | null;
  agreement: number;
}

/** The candidate with the highest agreement; the plainer one on a tie (candidates come plainest first). */
function best<T>(cands: readonly T[], agree: (c: T, s: Sample) => boolean, samples: readonly Sample[]): Best<T> {
  let top: Best<T> = { value: null, agreement: 0 };
  for (const c of cands) {
    const n = samples.filter((s) => agree(c, s)).length / samples.length;
    if (n > top.agreement) top = { value: c, agreement: n };
    if (n === 1) break;
  }
  return top;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

function learnQuestion(samples: readonly Sample[]): Best<Selector> {
  const cands = unique(
    samples.flatMap((s) => ancestors(s.found.question, 3).filter((el) => textOf(el) === squash(s.question)).flatMap((el) => candidates(el))),
  );
  return best<Selector>(cands, (css, s) => select(s.$, null, css)?.value === squash(s.question), samples);
}

function learnAnswer(samples: readonly Sample[]): Best<string> {
  const cands = unique(
    samples.flatMap((s) => {
      const lca = commonAncestor(s.found.answer);
      return lca ? [lca, ...ancestors(lca, 1)].flatMap((el) => candidates(el)) : [];
    }),
  );
  return best<string>(cands, (css, s) => sameList(readAnswerContainers(s.$, [css]).paragraphs, s.answer), samples);
}

/** Elements whose text is a short line holding exactly the page's date. */
function dateElements(s: Sample): Element[] {
  if (s.date === null) return [];
  return s
    .$('body *')
    .toArray()
    .filter((n): n is Element => isElement(n) && n.name !== 'script' && n.name !== 'style')
    .filter((el) => {
      const t = textOf(el);
      return t.length <= 40 && findDate(t) === s.date;
    });
}

/** Date selectors, tried in order as a profile tries them: added while another one reads more pages right (youlai shows the date in one of two places). */
function learnDate(samples: readonly Sample[]): Best<Selector[]> {
  const cands = unique(samples.flatMap((s) => dateElements(s).flatMap((el) => candidates(el))));
  const agrees = (list: readonly Selector[], s: Sample) => {
    const text = list.map((css) => select(s.$, null, css)?.value).find((t) => t !== undefined);
    return (text ? findDate(text) : null) === s.date;
  };
  let top: Best<Selector[]> = { value: [], agreement: samples.filter((s) => agrees([], s)).length / samples.length };
  for (let round = 0; round < 3 && top.agreement < 1; round++) {
    const next = best<Selector[]>(cands.map((c) => [...top.value!, c]), agrees, samples);
    if (next.value === null || next.agreement <= top.agreement) break;
    top = next;
  }
  return top;
}

/**
 * The related list's label: a selector whose first match is the label the genre reader read the list
 * under, on the pages where it read one (its agreement is over those pages; none: nothing learned).
 */
function learnRelated(samples: readonly Sample[]): Best<string> {
  const labelled = samples.filter((s) => s.found.relatedLabel !== null);
  if (labelled.length === 0) return { value: null, agreement: 0 };
  const cands = unique(labelled.flatMap((s) => candidates(s.found.relatedLabel!)));
  return best<string>(cands, (css, s) => s.$(css).get(0) === s.found.relatedLabel, labelled);
}

/** The card as a profile reads it, with these field selectors; no card found is no doctor. */
function cardReading(s: Sample, css: string, fields: Layout['doctor']): Doctor | null {
  const card = s.$(css).first();
  if (card.length === 0) return null;
  return readCard(s.$, card, fields);
}

function learnDoctor(samples: readonly Sample[]): { card: string | null; fields: Layout['doctor']; agreement: Record<'doctor' | (typeof DOCTOR_FIELDS)[number], number> } {
  const read = (s: Sample, css: string, fields: Layout['doctor']) => cardReading(s, css, fields) ?? noDoctor();
  const cardCands = unique(samples.flatMap((s) => (s.found.card ? candidates(s.found.card) : [])));
  // The card whose rules alone agree most, field by field summed.
  let card: string | null = null;
  let top = -1;
  for (const css of cardCands) {
    const score = samples.reduce((n, s) => n + DOCTOR_FIELDS.filter((f) => read(s, css, {})[f] === s.doctor[f]).length, 0);
    if (score > top) [card, top] = [css, score];
  }
  const fields: Layout['doctor'] = {};
  if (card) {
    for (const f of DOCTOR_FIELDS) {
      const agreeing = (sel: Layout['doctor']) => samples.filter((s) => read(s, card!, sel)[f] === s.doctor[f]).length;
      const without = agreeing(fields);
      if (without === samples.length) continue;
      // Elements inside the card holding exactly the field's value (its text, own text, or a picture's alt).
      const cands: Selector[] = [];
      for (const s of samples) {
        const el = s.$(card).get(0) as Element | undefined;
        const want = s.doctor[f];
        if (!el || !want) continue;
        for (const inner of s.$(el).find('*').toArray() as Element[]) {
          const scoped = candidates(inner, el);
          if (textOf(inner) === want) cands.push(...scoped);
          else if (squash(inner.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join('')) === want) cands.push(...scoped.map((css) => ({ css, ownText: true })));
          else {
            // A value shown only as a picture or an empty badge: its alt, title or aria-label.
            const attr = ['alt', 'title', 'aria-label'].find((a) => inner.attribs[a]?.trim() === want);
            if (attr) cands.push(...scoped.map((css) => ({ css, attr })));
          }
        }
      }
      const seen = new Set<string>();
      const distinct = cands.filter((c) => {
        const key = JSON.stringify(c);
        return seen.has(key) ? false : (seen.add(key), true);
      });
      const found = best<Selector>(distinct, (sel, s) => read(s, card!, { ...fields, [f]: sel })[f] === s.doctor[f], samples);
      if (found.value !== null && found.agreement * samples.length > without) fields[f] = found.value;
    }
  }
  const agreement = Object.fromEntries(
    DOCTOR_FIELDS.map((f) => [f, card ? samples.filter((s) => read(s, card!, fields)[f] === s.doctor[f]).length / samples.length : 0]),
  ) as Record<(typeof DOCTOR_FIELDS)[number], number>;
  const whole = card ? samples.filter((s) => sameDoctor(read(s, card!, fields), s.doctor)).length / samples.length : 0;
  return { card, fields, agreement: { doctor: whole, ...agreement } };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Learns one site's profile from sample pages of it (see the file's comment). */
export function learnProfile(pages: readonly PageRecord[], options: LearnOptions): LearnResult {
  const threshold = options.threshold ?? DEFAULT_LEARN_THRESHOLD;
  const samples = pages.map(readSample).filter((s): s is Sample => s !== null);
  const base = { pagesSampled: pages.length, pagesRead: samples.length };
  if (samples.length === 0) return { ...base, profile: null, agreement: {}, leftOut: [], reason: 'the genre reader read no page entry from the sample' };

  const question = learnQuestion(samples);
  const answer = learnAnswer(samples);
  const date = learnDate(samples);
  const doctor = learnDoctor(samples);
  const related = learnRelated(samples);
  const furniture = learnFurniture(samples);
  const agreement: Partial<Record<LearnedField, number>> = {
    question: round(question.agreement),
    answer: round(answer.agreement),
    date: round(date.agreement),
    ...Object.fromEntries(Object.entries(doctor.agreement).map(([k, v]) => [k, round(v)])),
    ...(related.value !== null ? { related: round(related.agreement) } : {}),
  };
  const keep = (a: number) => a >= threshold;
  const leftOut = (Object.keys(agreement) as LearnedField[]).filter((f) => !keep(agreement[f]!));
  const keepCard = doctor.card !== null && keep(doctor.agreement.doctor);
  const kept = {
    question: keep(question.agreement) && question.value !== null ? [question.value] : [],
    answer: keep(answer.agreement) && answer.value !== null ? [answer.value] : [],
    date: keep(date.agreement) && date.value !== null ? date.value : [],
  };
  // A profile that keeps no selector still reads the site better where it knows the site's furniture.
  if (kept.question.length + kept.answer.length + kept.date.length === 0 && !keepCard && furniture.length === 0) {
    return { ...base, profile: null, agreement, leftOut, reason: `no field's selectors agree on ${Math.round(threshold * 100)}% of the pages read` };
  }
  const hosts = unique(samples.map((s) => s.host).filter((h): h is string => h !== null));
  if (hosts.length === 0) return { ...base, profile: null, agreement, leftOut, reason: 'the pages name no host (no URL and no canonical link): a learned profile reads only its own hosts' };

  // Detection: the kept selectors that find an element on every page read.
  const cssOf = (sel: Selector) => (typeof sel === 'string' ? sel : sel.css);
  const everywhere = (css: string) => samples.every((s) => s.$(css).length > 0);
  const detect = unique([...kept.question.map(cssOf), ...kept.answer, ...(keepCard ? [doctor.card!] : [])]).filter(everywhere);
  const relatedLabels = unique(samples.map((s) => (s.found.relatedLabel ? squash(s.$(s.found.relatedLabel).text()) : '')).filter(Boolean));
  const layout = {
    name: 'learned',
    detect: detect.length > 0 ? detect : ['body'],
    baseUrl: `https://${hosts[0]}/`,
    question: kept.question,
    answer: kept.answer,
    ...(keepCard ? { doctorCard: doctor.card!, doctor: doctor.fields } : {}),
    date: kept.date,
    ...(related.value !== null && keep(related.agreement) ? { related: related.value } : {}),
  };
  const profile = SiteProfileSchema.parse({
    id: profileId(options.site),
    site: options.site,
    hosts,
    layouts: [layout],
    learned: {
      learned_at: options.learnedAt,
      pages_sampled: pages.length,
      pages_read: samples.length,
      threshold,
      agreement,
      left_out: leftOut,
      labels: relatedLabels.length > 0 ? { related: relatedLabels.join(' | ') } : {},
      furniture,
    },
  });
  return { ...base, profile, agreement, leftOut };
}

/** A profile id from a site name: `www.kangwen.example` → `kangwen-example`. */
export function profileId(site: string): string {
  const id = site
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'site';
}
