import { Rng } from '../../kit/pages/rng.js';
import { qaItem, type QaItem } from '../../kit/pages/universe.js';

/**
 * What a generated page of the genre shows, field by field: the answer key the evaluation
 * compares extraction with. Content comes from the benchmark's seeded universe
 * (bench/generate/universe.ts); the doctor card is varied further here (compound surnames,
 * hospitals and departments the universe does not use), so that no family leans on one
 * vocabulary. A field the page does not print is null (`format` 'unknown').
 */

export type Format = 'voice' | 'video' | 'text' | 'unknown';

export interface TruthDoctor {
  name: string | null;
  title: string | null;
  department: string | null;
  hospital: string | null;
  hospital_grade: string | null;
}

export interface TruthItem {
  question: string;
  /** The snippet as the list prints it (one paragraph). */
  snippet: string;
  format: Format;
  date: string | null;
  /** Path of the item's own page, relative to the site. */
  path: string;
}

export interface TruthPage {
  question: string;
  doctor: TruthDoctor;
  paragraphs: string[];
  date: string | null;
  format: Format;
  related: TruthItem[];
  canonical: string;
  /** The item the page was made from (its date and format before a family decides what it prints). */
  item: QaItem;
  /** A time of day the page may print beside its date. */
  time: string;
}

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容'];
const MORE_HOSPITALS = [
  '大学附属第二医院', '妇幼保健院', '中西医结合医院', '第四人民医院', '口腔医院', '肿瘤医院', '精神卫生中心', '医学中心', '中医药大学附属医院',
];
const MORE_DEPARTMENTS = ['康复医学科', '中医科', '全科医学科', '儿童保健科', '临床心理科', '营养科', '疼痛科', '感染性疾病科', '急诊科', '神经外科', '老年医学科', '生殖医学科'];
const MORE_TITLES = ['主任中医师', '副主任中医师', '主治中医师', '主管药师', '副主任护师', '住院医师'];

/** The page of family `family`, number `index`: content from the universe, card varied here. */
export function truthPage(seed: number, family: string, index: number, site: string): TruthPage {
  const rng = Rng.for(seed, `truth:${family}`, index);
  // Spread families over the universe so that they show different answers.
  const k = rng.int(0, 40_000);
  const item = qaItem(seed, k);
  const d = item.doctor;
  const name = rng.chance(0.1) ? rng.pick(COMPOUND_SURNAMES) + d.name.slice(1, 3) : d.name;
  const hospital = rng.chance(0.3) ? d.hospital.replace(/(市).*$/u, '$1') + rng.pick(MORE_HOSPITALS) : d.hospital;
  const department = rng.chance(0.25) ? rng.pick(MORE_DEPARTMENTS) : d.department;
  const title = rng.chance(0.15) ? rng.pick(MORE_TITLES) : d.title;
  const related = item.related.slice(0, rng.chance(0.1) ? 0 : rng.int(2, 10)).map((rk) => {
    const r = qaItem(seed, rk);
    const snippet = rng.chance(0.5) ? r.snippet : r.shortSnippet;
    return { question: r.question, snippet, format: r.format as Format, date: r.date, path: `/q/${r.num}.html` };
  });
  const time = `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return {
    question: item.question,
    doctor: { name, title, department, hospital, hospital_grade: d.grade },
    paragraphs: item.paragraphs,
    date: item.date,
    format: item.format,
    related,
    canonical: `https://${site}/q/${item.num}.html`,
    item,
    time,
  };
}
