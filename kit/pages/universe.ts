import { Rng } from './rng.js';
import {
  CITIES, CLOSINGS, DISEASE_QUESTIONS, GIVEN, GRADES, HEDGES, HOSPITAL_KINDS, INTROS, NUMBERINGS, POINT_ENDINGS, POINT_MIDDLES, POINT_OPENINGS,
  SHORT_ANSWERS, SURNAMES, SYMPTOM_QUESTIONS, TITLES, TOPICS, WHO, type Topic,
} from './vocab.js';

/**
 * The synthetic site: an endless, seeded universe of answers (`qaItem(k)`), grouped in
 * topic clusters, and the pages that show them (`pagePlan(i)`). A page shows one answer
 * in full plus a related list drawn from its cluster, so the same items come back on
 * many pages (exact duplicates for dedup), and about 5 in 8 items have a page of their
 * own somewhere in the corpus (so their cut snippets get superseded; the rest stay flagged).
 */

export type AnswerFormat = 'voice' | 'text' | 'video';
export type Layout = 'youlai-desktop' | 'youlai-mobile' | 'jiankang-gbk' | 'text-copy';

export interface Doctor {
  name: string;
  title: string;
  department: string;
  hospital: string;
  grade: string;
}

export interface QaItem {
  k: number;
  /** youlai's 11-character id (`[0-9A-F]{6}[0-9A-Za-z]{5}`). */
  id: string;
  /** The numeric id the 康问 mirror uses. */
  num: number;
  question: string;
  /** Full-width punctuation; the youlai renderers print ASCII `,:;`. */
  paragraphs: string[];
  doctor: Doctor;
  date: string;
  format: AnswerFormat;
  /** youlai's related-list summary (cut at 150 characters, in various ways). */
  snippet: string;
  /** The 康问 mirror's summary: 100 characters, or 99 and an ellipsis. */
  shortSnippet: string;
  related: number[];
}

/** Items per topic cluster; related lists are drawn from the item's own cluster and the next. */
export const CLUSTER = 48;
export const MAX_RELATED = 14;
export const SNIPPET_LIMIT = 150;
export const SHORT_SNIPPET_LIMIT = 100;
/** Share of pages that show an answer another page already shows (in its own layout). */
export const DUPLICATE_PAGE_SHARE = 0.08;

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

function topicOf(k: number): Topic {
  return TOPICS[Math.floor(k / CLUSTER) % TOPICS.length]!;
}

function doctorFor(rng: Rng, topic: Topic): Doctor {
  const given = Array.from({ length: rng.int(1, 2) }, () => GIVEN[rng.int(0, GIVEN.length - 1)]).join('');
  return {
    name: SURNAMES[rng.int(0, SURNAMES.length - 1)]! + given,
    title: rng.weighted(TITLES),
    department: topic.department,
    hospital: rng.pick(CITIES) + rng.pick(HOSPITAL_KINDS),
    grade: rng.weighted(GRADES),
  };
}

function dateFor(rng: Rng): string {
  return new Date(Date.UTC(2019, 0, 1) + rng.int(0, 1600) * 86_400_000).toISOString().slice(0, 10);
}

/** How a site cuts a long answer to a summary; the full answer always contains what is left. */
function cutSnippet(rng: Rng, flat: string): string {
  if (flat.length <= SNIPPET_LIMIT) return flat;
  const mode = rng.weighted([['end', 60], ['sentence', 25], ['both', 10], ['ellipsis', 5]] as const);
  switch (mode) {
    case 'end':
      return flat.slice(0, SNIPPET_LIMIT);
    case 'sentence': {
      const stop = flat.lastIndexOf('。', SNIPPET_LIMIT - 1);
      return stop > 20 ? flat.slice(0, stop + 1) : flat.slice(0, SNIPPET_LIMIT);
    }
    case 'both': {
      const comma = flat.indexOf('，', 8);
      const from = comma > 0 && comma < 60 ? comma + 1 : 0;
      return flat.slice(from, from + SNIPPET_LIMIT);
    }
    case 'ellipsis':
      return `${flat.slice(0, SNIPPET_LIMIT - 1)}…`;
  }
}

interface Basics {
  topic: Topic;
  vars: Record<string, string>;
  question: string;
}

/** What an item is about and how it is asked: its own stream, so related lists can compare questions cheaply. */
function basics(seed: number, k: number): Basics {
  const rng = Rng.for(seed, 'question', k);
  const topic = topicOf(k);
  const s = rng.pick(topic.symptoms);
  const others = topic.symptoms.filter((x) => x !== s);
  const s2 = rng.pick(others);
  const rest = others.filter((x) => x !== s2);
  const vars = {
    d: topic.disease,
    s,
    s2,
    s3: rest.length > 0 ? rng.pick(rest) : s2,
    part: topic.part,
    drug: rng.pick(topic.drugs),
    test: rng.pick(topic.tests),
    dept: topic.department,
    who: rng.pick(WHO),
    who2: rng.pick(WHO.filter(Boolean)),
  };
  const question = fill(rng.chance(0.7) ? rng.pick(SYMPTOM_QUESTIONS) : rng.pick(DISEASE_QUESTIONS), vars) + (rng.chance(0.3) ? '？' : '');
  return { topic, vars, question };
}

/** Answer `k` of the universe; a pure function of the seed and `k`. */
export function qaItem(seed: number, k: number): QaItem {
  const { topic, vars, question } = basics(seed, k);
  const rng = Rng.for(seed, 'item', k);
  const s = vars.s!;
  const subject = question.includes(topic.disease) ? topic.disease : `${vars.who}${s}`;

  let paragraphs: string[];
  if (rng.chance(0.12)) {
    paragraphs = [fill(rng.pick(SHORT_ANSWERS), vars)];
  } else {
    const numbering = rng.pick(NUMBERINGS);
    const points = rng.int(2, 5);
    paragraphs = [fill(rng.pick(INTROS), { ...vars, subj: subject })];
    for (let p = 0; p < points; p++) {
      const n = rng.int(2, 7);
      const local = { ...vars, hedge: rng.pick(HEDGES), n: String(n), n2: String(n + rng.int(2, 7)), age: String(rng.int(3, 7) * 10) };
      const middles = rng.chance(0.5) ? [rng.pick(POINT_MIDDLES), rng.pick(POINT_MIDDLES)] : [rng.pick(POINT_MIDDLES)];
      const clauses = [rng.pick(POINT_OPENINGS), ...new Set(middles), rng.pick(POINT_ENDINGS)].map((c) => fill(c, local));
      paragraphs.push(`${numbering[p]}${clauses.join('，')}。`);
    }
    if (rng.chance(0.8)) paragraphs.push(fill(rng.pick(CLOSINGS), vars));
  }
  const flat = paragraphs.join('');
  const id = k.toString(16).toUpperCase().padStart(6, '0') + Array.from({ length: 5 }, () => ALNUM[rng.int(0, ALNUM.length - 1)]).join('');
  const shortSnippet =
    flat.length <= SHORT_SNIPPET_LIMIT ? flat : rng.chance(0.5) ? `${flat.slice(0, SHORT_SNIPPET_LIMIT - 1)}…` : flat.slice(0, SHORT_SNIPPET_LIMIT);

  return {
    k,
    id,
    num: 100_000 + k,
    question,
    paragraphs,
    doctor: doctorFor(rng, topic),
    date: dateFor(rng),
    format: rng.weighted([['voice', 65], ['text', 25], ['video', 10]] as const),
    snippet: cutSnippet(rng, flat),
    shortSnippet,
    related: relatedOf(seed, k),
  };
}

/**
 * 14 other items of the same cluster (and a few from the next), in a seeded order. A list
 * never asks the same question twice (sites list distinct questions; two equal questions in
 * a row would read as an item's question repeated under its date line).
 */
function relatedOf(seed: number, k: number): number[] {
  const rng = Rng.for(seed, 'related', k);
  const base = Math.floor(k / CLUSTER) * CLUSTER;
  const picked: number[] = [];
  const questions = new Set([basics(seed, k).question.replace(/？$/, '')]);
  for (let tries = 0; picked.length < MAX_RELATED && tries < 1000; tries++) {
    const other = rng.chance(0.15) ? base + CLUSTER + rng.int(0, CLUSTER - 1) : base + rng.int(0, CLUSTER - 1);
    const question = basics(seed, other).question.replace(/？$/, '');
    if (other === k || questions.has(question)) continue;
    questions.add(question);
    picked.push(other);
  }
  return picked;
}

export interface PagePlan {
  index: number;
  layout: Layout;
  /** The item the page answers in full. */
  item: number;
  /** How many related items the layout shows. */
  related: number;
}

export const RELATED_SHOWN: Record<Layout, number> = {
  'youlai-desktop': 14,
  'youlai-mobile': 14,
  'jiankang-gbk': 8,
  'text-copy': 14,
};

/** Page `i` of the corpus: its layout and the item it shows (for a few pages, an item an earlier page shows too). */
export function pagePlan(seed: number, i: number): PagePlan {
  const rng = Rng.for(seed, 'page', i);
  const layout = rng.weighted([['youlai-desktop', 45], ['youlai-mobile', 25], ['jiankang-gbk', 20], ['text-copy', 10]] as const);
  let item = Math.floor((i * 8) / 5);
  let at = i;
  // A copy of an earlier page's answer: follow the chain back to a page that shows its own item.
  while (at > 0 && Rng.for(seed, 'duplicate', at).chance(DUPLICATE_PAGE_SHARE)) {
    at = Math.max(0, at - Rng.for(seed, 'duplicate-of', at).int(1, 200));
    item = Math.floor((at * 8) / 5);
  }
  return { index: i, layout, item, related: RELATED_SHOWN[layout] };
}
