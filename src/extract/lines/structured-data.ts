import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { findDate } from '../dates/page-meta.js';
import { WHOLE_HOSPITAL_RE } from '../words/genre.js';
import { isPersonalName } from '../../core/genre-vocabulary.js';

/**
 * What a page says about its question and answer in structured data for search engines
 * (schema.org QAPage / Question / Answer in JSON-LD). Never taken on trust: the genre reader
 * checks it against what the page shows (see genre-reader.ts).
 */
export interface StructuredQa {
  question: string | null;
  answer: string | null;
  /** The answer's day (its dateCreated or datePublished), and that value as given (an instant with its zone, maybe). */
  date: string | null;
  dateGiven: string | null;
  /** The question's day (its dateCreated): when it was asked, which the answer can only follow. */
  askedOn: string | null;
  author: string | null;
  /** The author's job title and employer (schema.org Person jobTitle, worksFor), where given. */
  authorTitle: string | null;
  authorHospital: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const typesOf = (o: JsonObject): string[] => ([] as Json[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
/**
 * An author that is an organisation (a maker, the site, a hospital: `@type` Organization or a kind of it): it published the answer,
 * nobody answered under its name, so it names no doctor. (Physician, a practice in schema.org, is how sites type the doctor.)
 */
const ORGANIZATION_TYPE_RE = /Organization$|^(?:Corporation|NGO|Hospital|MedicalClinic|Pharmacy|LocalBusiness|Brand|WebSite)$/u;
/**
 * The words of an organisation's or a brand's short name (`丁香园`, `明医堂`, `生命时报`, `华康医疗`): an organisation's name
 * shaped as a person's (`李明`) that holds none is a doctor's name typed as an organisation by mistake, checked as a Person's is.
 */
const ORGANIZATION_WORD_RE = /[网园堂馆站号社报台院所会司团部室厅局处店坊铺城医药]|中心|在线|平台|频道|之家|大夫|健康|科技|集团|联盟|基金|诊所|门诊|小组|编辑|客服|官方|百科|头条|问答|传媒|文化|生活|养生|科普/u;
const text = (v: Json | undefined): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim();
  return t || null;
};

/** Every object in a JSON-LD value (arrays and @graph included), depth first. */
function* objects(value: Json): Generator<JsonObject> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (isObject(value)) {
    yield value;
    for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) yield* objects(v);
  }
}

/** From a cheerio document, or from its `script[type="application/ld+json"]` elements. */
export function readStructuredData(page: CheerioAPI | readonly Element[]): StructuredQa | null {
  const scripts = typeof page === 'function' ? page('script[type="application/ld+json"]').toArray() : page;
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(textContent(script)) as Json;
    } catch {
      continue;
    }
    for (const o of objects(data)) {
      if (!typesOf(o).includes('Question')) continue;
      const answer = [o.acceptedAnswer, ...([] as Json[]).concat(o.suggestedAnswer ?? [])].find(isObject);
      const organization = answer && isObject(answer.author) && typesOf(answer.author).some((t) => ORGANIZATION_TYPE_RE.test(t)) ? answer.author : null;
      const person = answer && isObject(answer.author) && !organization ? answer.author : null;
      const organizationName = organization ? text(organization.name) : null;
      const personNamed = organizationName !== null && isPersonalName(organizationName) && !ORGANIZATION_WORD_RE.test(organizationName);
      const author = person ? text(person.name) : personNamed ? organizationName : null;
      // An organisation named as a hospital (`{"@type":"Hospital","name":"南城市中医院"}`) published the answer as its doctor's
      // hospital: it stands as the employer a Person's worksFor names, checked against the card's as that is.
      const employer = person && isObject(person.worksFor) ? text(person.worksFor.name) : organizationName !== null && WHOLE_HOSPITAL_RE.test(organizationName.replace(/\s+/gu, '')) ? organizationName : null;
      const date = answer && (text(answer.dateCreated) ?? text(answer.datePublished));
      const asked = text(o.dateCreated);
      return { question: text(o.name) ?? text(o.text), answer: answer ? text(answer.text) : null, date: date ? findDate(date) : null, dateGiven: date ?? null, askedOn: asked ? findDate(asked) : null, author, authorTitle: person ? text(person.jobTitle) : null, authorHospital: employer };
    }
  }
  return null;
}
