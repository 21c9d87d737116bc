import { hash } from 'node:crypto';
import type { Entry } from '../schema/entry.js';
import type { DatasetRecord, EntryKeys, KeyedRecord } from '../schema/records.js';
import { contentCore, doctorKey } from '../core/text.js';
import { urlIdentity } from '../core/url.js';
import { answerContent } from '../flags/truncation.js';
import type { Stage } from '../core/stage.js';
import { minhash, shingleHashList } from './minhash.js';
import { DEFAULT_NEAR_DUPE_OPTIONS, type NearDupeOptions } from './near-dupes.js';

/**
 * The keys the near-duplicate stage and the store of published entries compare entries by,
 * computed once per entry (EntryKeys in schema/records.ts), on a worker thread, once exact
 * duplicates are merged (a quarter of the entries validated on the benchmark's corpus), and
 * carried with it: no later stage hashes the entry again.
 */

/**
 * An entry's identity across runs, independent of its content, so an edited answer is
 * `changed` and not `new`: its URL where known (the page's canonical URL or the related
 * item's link, keyed as the crawler keys pages: core/url.ts), else its question (content
 * core: punctuation, width and spacing aside) with the doctor's name. Two live entries may
 * share one (a related item linking to a page whose own question differs): the store keys
 * entries by id, identity only pairs a changed entry with the one it replaces.
 */
export function identityKey(entry: Pick<Entry, 'url' | 'question'> & { doctor: Pick<Entry['doctor'], 'name'> }): string {
  if (entry.url) return `url:${urlIdentity(entry.url)}`;
  return `qd:${contentCore(entry.question)}\u0000${doctorKey(entry.doctor.name) ?? ''}`;
}

/** The content that makes a change for duplicate detection: question, answer, doctor card, format and date. */
export function contentHash(entry: Pick<Entry, 'question' | 'answer' | 'doctor' | 'format' | 'date'>): string {
  const { doctor } = entry;
  return hash('sha256', JSON.stringify([entry.question, entry.answer, doctor.name, doctor.title, doctor.department, doctor.hospital, doctor.hospital_grade, entry.format, entry.date]), 'hex').slice(0, 32);
}

/** Every field of the entry as published (keys sorted): a consumer's copy is current when this is equal. */
export function entryVersion(entry: Entry): string {
  return hash('sha256', JSON.stringify(canonical(entry)), 'hex').slice(0, 32);
}

/** The value with every object's keys in sorted order (arrays as they are), as JSON.stringify then writes it. */
function canonical(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  // A loop, not Object.fromEntries over mapped pairs: a quarter cheaper. (An entry's keys are its
  // schema's, never `__proto__`, which assignment would take for the prototype.)
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = canonical((value as Record<string, unknown>)[key]);
  return sorted;
}

/** MinHash signature of an answer's content (answerContent), as the near-duplicate rules compare answers. */
export function answerSignature(answerCore: string, options: Pick<NearDupeOptions, 'shingleSize' | 'permutations'> = DEFAULT_NEAR_DUPE_OPTIONS): Uint32Array {
  return minhash(shingleHashList(answerCore, options.shingleSize), options.permutations);
}

/** Every key of an entry, with the MinHash options of the stages that will compare them. */
export function entryKeys(entry: Entry, options: Pick<NearDupeOptions, 'shingleSize' | 'permutations'> = DEFAULT_NEAR_DUPE_OPTIONS): EntryKeys {
  const answerCore = answerContent(entry.answer);
  return { signature: answerSignature(answerCore, options), answerCore, identity: identityKey(entry), content: contentHash(entry), version: entryVersion(entry) };
}

/**
 * The keys of an entry after a stage replaced it by a merged copy of itself (carry-fields.ts
 * fills date and format, sources and supersedes grow): question, answer, doctor and URL are
 * those of the keys, so only the content hash, which reads date and format, can change; the
 * version (every field) is left to the store to work out.
 */
export function keysOfMerged(keys: EntryKeys, before: Entry, after: Entry): EntryKeys {
  return { ...keys, content: before.date === after.date && before.format === after.format ? keys.content : contentHash(after), version: null };
}

/**
 * The signature to compare with `options`: the carried one when it was made with the same
 * shingles and permutations (the defaults, as the pipeline makes them), else made again.
 */
export function signatureFor(keys: EntryKeys, options: Pick<NearDupeOptions, 'shingleSize' | 'permutations'>): Uint32Array {
  const asMade = options.shingleSize === DEFAULT_NEAR_DUPE_OPTIONS.shingleSize && options.permutations === keys.signature.length;
  return asMade ? keys.signature : answerSignature(keys.answerCore, options);
}

/** An entry record with its keys, for callers that hold bare entries (tests, evaluations). */
export function keyed(entry: Entry): { kind: 'entry'; entry: Entry; keys: EntryKeys } {
  return { kind: 'entry', entry, keys: entryKeys(entry) };
}

export interface KeyStats {
  keyed: number;
}

/**
 * Each entry's keys (entryKeys), as the threads compute them: the entries are sent without their
 * records and go on with their keys (per-page.ts, keysStep); an entry may come as its JSON text
 * (exact-dedupe.ts, entryText), read here.
 */
export class EntryKeysStage implements Stage<Entry | string, EntryKeys> {
  readonly name = 'keys';
  readonly stats: KeyStats = { keyed: 0 };

  async *run(input: AsyncIterable<Entry | string>): AsyncIterable<EntryKeys> {
    for await (const entry of input) {
      this.stats.keyed++;
      yield entryKeys(typeof entry === 'string' ? (JSON.parse(entry) as Entry) : entry);
    }
  }
}

/** The step that computes each entry's keys once (entryKeys), after exact duplicates are merged; other records pass on. */
export class KeyStage implements Stage<DatasetRecord, KeyedRecord> {
  readonly name = 'keys';
  readonly stats: KeyStats = { keyed: 0 };

  async *run(input: AsyncIterable<DatasetRecord>): AsyncIterable<KeyedRecord> {
    for await (const item of input) {
      if (item.kind !== 'entry') {
        yield item;
        continue;
      }
      this.stats.keyed++;
      yield { kind: 'entry', entry: item.entry, keys: entryKeys(item.entry) };
    }
  }
}
