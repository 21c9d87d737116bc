import { createHash } from 'node:crypto';
import { ANSWER_FORMATS, EntrySchema, FLAGS, ORIGINS, READ_BY, type Entry } from './entry.js';

/**
 * EntrySchema.safeParse for the entries validation builds, at a tenth of its cost: a candidate
 * that plainly passes (every text already trimmed and non-empty, every value of its kind) is
 * copied as the schema copies it (its fields in the schema's order, fresh arrays and objects); any
 * other goes to the schema itself, so what fails fails with the schema's own issues. Zod's parse was
 * some 4-5 µs of an entry's 22 µs of validation (the e2e corpus). The plain check follows the
 * schema field by field; the date patterns are the schema's own. Where the schema is no longer the one
 * this was written for, every candidate goes to the schema (`WRITTEN_FOR`), and
 * test/schema-entry-check.test.ts compares the two on passing and failing candidates. Pure.
 */
export function checkEntry(candidate: Record<string, unknown>): ReturnType<typeof EntrySchema.safeParse> {
  const entry = PLAIN_CHECK_HOLDS ? plainEntry(candidate) : null;
  return entry ? { success: true, data: entry } : EntrySchema.safeParse(candidate);
}

/**
 * The schema as this check was written for it: a digest of every part of its definition (types, checks,
 * patterns, the functions of its trims and refinements, zod's own included). Any change to the schema, or a
 * zod whose checks read otherwise, changes it, and then every candidate goes to the schema: the plain check can
 * fall behind the schema only by being slower, never by passing what the schema fails. The test says when.
 */
export const WRITTEN_FOR = '97805298ea72fe02';
export const PLAIN_CHECK_HOLDS = schemaDigest(EntrySchema) === WRITTEN_FOR;

/** A digest of a zod schema's whole definition. */
export function schemaDigest(schema: unknown): string {
  const open = new Set<object>();
  const plain = (v: unknown): unknown => {
    if (typeof v === 'function') return `fn:${v.toString()}`;
    if (v instanceof RegExp) return `re:${v.source}/${v.flags}`;
    if (v === null || typeof v !== 'object') return v;
    const zod = (v as { _zod?: { def: unknown } })._zod;
    if (zod) return plain(zod.def);
    if (open.has(v)) return '[cycle]';
    open.add(v);
    const out = Array.isArray(v) ? v.map(plain) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    open.delete(v);
    return out;
  };
  return createHash('sha256').update(JSON.stringify(plain(schema))).digest('hex').slice(0, 16);
}

const ID_RE = /^[0-9a-f]{16}$/;
/** The schema's own patterns of a day and of an instant. */
const DATE_RE = EntrySchema.shape.date.unwrap()._zod.pattern!;
const INSTANT_RE = EntrySchema.shape.fetched_at.unwrap()._zod.pattern!;
const FORMAT_SET: ReadonlySet<unknown> = new Set(ANSWER_FORMATS);
const ORIGIN_SET: ReadonlySet<unknown> = new Set(ORIGINS);
const READ_BY_SET: ReadonlySet<unknown> = new Set(READ_BY);
const FLAG_SET: ReadonlySet<unknown> = new Set(FLAGS);

/** A text the schema keeps as it is: trimmed already, not empty. */
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.trim() === v;
const isTextOrNull = (v: unknown): v is string | null => v === null || isText(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of a list whose items all pass `ok`, or null. */
function listOf<T>(v: unknown, ok: (item: unknown) => item is T, min = 0): T[] | null {
  if (!Array.isArray(v) || v.length < min) return null;
  for (const item of v) if (!ok(item)) return null;
  return v.slice() as T[];
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isParagraph = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isFlag = (v: unknown): v is Entry['flags'][number] => FLAG_SET.has(v);

function carriedPart(v: unknown): Entry['carried']['date'] | null {
  if (!isRecord(v) || typeof v.conflict !== 'boolean') return null;
  const values = listOf(v.values, isString);
  const from = listOf(v.from, isString);
  const sources = listOf(v.sources, isString);
  return values && from && sources ? { values, from, sources, conflict: v.conflict } : null;
}

/** The entry the schema would make of a candidate that plainly passes it; null for any other. */
export function plainEntry(c: Record<string, unknown>): Entry | null {
  const { doctor, carried, position } = c;
  if (!(typeof c.id === 'string' && ID_RE.test(c.id) && isText(c.question) && isText(c.answer))) return null;
  if (!isRecord(doctor) || !isRecord(carried)) return null;
  if (!(isTextOrNull(doctor.name) && isTextOrNull(doctor.title) && isTextOrNull(doctor.department) && isTextOrNull(doctor.hospital) && isTextOrNull(doctor.hospital_grade))) return null;
  if (!(FORMAT_SET.has(c.format) && (c.date === null || (typeof c.date === 'string' && DATE_RE.test(c.date))) && typeof c.has_disclaimer === 'boolean')) return null;
  if (!(ORIGIN_SET.has(c.origin) && (position === null || (Number.isSafeInteger(position) && (position as number) >= 0)) && isStringOrNull(c.url))) return null;
  if (!(isText(c.source) && isStringOrNull(c.site) && isText(c.extractor) && READ_BY_SET.has(c.read_by) && isText(c.encoding))) return null;
  if (!(c.fetched_at === null || (typeof c.fetched_at === 'string' && INSTANT_RE.test(c.fetched_at)))) return null;
  const paragraphs = listOf(c.answer_paragraphs, isParagraph, 1);
  const relatedUrls = listOf(c.related_urls, isString);
  const sources = listOf(c.sources, isString, 1);
  const supersedes = listOf(c.supersedes, isString);
  const flags = listOf(c.flags, isFlag);
  const carriedDate = carriedPart(carried.date);
  const carriedFormat = carriedPart(carried.format);
  if (!(paragraphs && relatedUrls && sources && supersedes && flags && carriedDate && carriedFormat)) return null;
  return {
    id: c.id,
    question: c.question,
    answer: c.answer,
    answer_paragraphs: paragraphs,
    doctor: { name: doctor.name, title: doctor.title, department: doctor.department, hospital: doctor.hospital, hospital_grade: doctor.hospital_grade },
    format: c.format as Entry['format'],
    date: c.date,
    has_disclaimer: c.has_disclaimer,
    origin: c.origin as Entry['origin'],
    position: position as number | null,
    url: c.url,
    related_urls: relatedUrls,
    source: c.source,
    sources,
    supersedes,
    carried: { date: carriedDate, format: carriedFormat },
    site: c.site,
    extractor: c.extractor,
    read_by: c.read_by as Entry['read_by'],
    encoding: c.encoding,
    flags,
    fetched_at: c.fetched_at,
  };
}
