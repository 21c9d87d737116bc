import type Database from 'better-sqlite3';
import { EntrySchema, type Entry } from '../schema/entry.js';
import type { KeyedEntry, KeyedRecord, Superseded } from '../schema/records.js';
import { bandKeys, hash32, signatureFromBuffer, signatureToBuffer } from './minhash.js';
import { compare, DEFAULT_NEAR_DUPE_OPTIONS, type Fingerprint, type MergeVerdict, type NearDupeOptions } from './near-dupes.js';
import { keysOfMerged, signatureFor } from './entry-keys.js';
import { completeness, firstSeen, winner } from './ranking.js';
import { confirmAgainstFullAnswers } from './confirm-snippets.js';
import { contentCore, doctorKey, questionGrams } from '../core/text.js';
import type { Stage } from '../core/stage.js';
import { keysetPages } from '../core/sqlite.js';
import { entryBatches, openScratchDb, readKeys, storeKeys } from './scratch-db.js';
import { carryFields } from './carry-fields.js';
import { BucketFilter } from './bucket-filter.js';
import { BandIndex } from './band-index.js';
import { mostShared } from './shortlist.js';
import { sketchOf, type Probe } from './probe.js';
import { ProbeStore } from './probe-store.js';

export interface NearDupeStats {
  seen: number;
  kept: number;
  /** Entries with an id already seen (none after DedupeStage): merged as one more source. */
  exactDuplicates: number;
  /** Entries merged into a near-duplicate that stands for them. */
  nearDuplicates: number;
  /** Clusters of two or more entries. */
  clusters: number;
  /** Snippets superseded by a fuller answer that only a content comparison finds (punctuation switched, …). */
  snippetsSuperseded: number;
  /** Truncation flags that full answers confirmed away (a copy that lost its 。) or added (a snippet cut after a 。). */
  truncationCleared: number;
  truncationAdded: number;
  /** Kept entries that took (or found in conflict) a date or format from the entries they stand for (carry-fields.ts). */
  carried: number;
  /** Candidate pairs LSH proposed and the rules refused, by reason (each candidate judged once per entry). */
  refused: { different_doctor: number; different_answer: number; different_question: number };
}

export interface NearDupeStageOptions extends Partial<NearDupeOptions> {
  /** Folder for the on-disk index; a fresh temporary folder by default. */
  workDir?: string;
}

interface MemberRow {
  seq: number;
  question: string;
  doctor: string | null;
  sig: Buffer;
  /** questionGrams(question), made when first compared: a candidate held by CandidateCache is compared again and again. */
  grams?: Float64Array;
}

/**
 * Near-duplicate stage, to sit after DedupeStage. Entries go to an embedded SQLite file with
 * their MinHash signature, their LSH buckets to a band index that writes out all but the last
 * entries' (band-index.ts), so memory stays bounded however many pass. Each
 * entry joins the cluster of earlier entries it may be merged with — all of the cluster's
 * compared members must pass the rules (complete linkage), so a doctorless copy never chains
 * two doctors together. When the input ends: truncation is confirmed against full answers to
 * the same question, then each cluster keeps its most complete member (earliest seen on a tie)
 * and every other member becomes a `superseded` record pointing at it (reason `near_duplicate`),
 * its id listed in the kept entry's `supersedes` and its sources added to the kept entry's.
 * Superseded records from earlier stages are re-pointed when their target was merged away.
 * Rejects pass straight through.
 */
export class NearDupeStage implements Stage<KeyedRecord, KeyedRecord> {
  readonly name = 'near_dupes';
  readonly stats: NearDupeStats = {
    seen: 0,
    kept: 0,
    exactDuplicates: 0,
    nearDuplicates: 0,
    clusters: 0,
    snippetsSuperseded: 0,
    truncationCleared: 0,
    truncationAdded: 0,
    carried: 0,
    refused: { different_doctor: 0, different_answer: 0, different_question: 0 },
  };
  private readonly options: NearDupeOptions;

  constructor(private readonly stageOptions: NearDupeStageOptions = {}) {
    const { workDir: _, ...rest } = stageOptions;
    this.options = { ...DEFAULT_NEAR_DUPE_OPTIONS, ...rest };
  }

  async *run(input: AsyncIterable<KeyedRecord>): AsyncIterable<KeyedRecord> {
    // A fixed 32 MB of pages, whatever the run's size.
    const scratch = await openScratchDb('near-dupes', { workDir: this.stageOptions.workDir, cacheKib: 32000 });
    const { db } = scratch;
    let buckets: BandIndex | undefined;
    try {
      db.exec(`
        -- What ingest compares, in rows small enough that a lookup reads no overflow pages; the
        -- entry's JSON and its keys in a table of their own, read only once the input has ended.
        CREATE TABLE entry (
          seq INTEGER PRIMARY KEY, id TEXT NOT NULL, qkey TEXT NOT NULL, question TEXT NOT NULL, doctor TEXT,
          cluster INTEGER NOT NULL, rank INTEGER NOT NULL, sig BLOB NOT NULL, superseded_by TEXT, reason TEXT, final_by TEXT);
        CREATE INDEX entry_cluster ON entry (cluster, seq);
        CREATE TABLE body (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, keys TEXT NOT NULL);
        -- What turns most candidates away unread (probe.ts), for the entries whose probes ingest no
        -- longer holds in memory (ProbeStore): written as they are let go.
        CREATE TABLE probe (seq INTEGER PRIMARY KEY, doctor TEXT, sketch BLOB NOT NULL);
        CREATE TABLE upstream (n INTEGER PRIMARY KEY, body TEXT NOT NULL);
        -- Ingest's lookup of an id, by its 32-bit hash: rows of two small integers stay in the page
        -- cache however long the run, where an index of the ids themselves, written in random order,
        -- grew past it (a page read an entry). That index is built once ingest is over.
        CREATE TABLE id_hash (hash INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (hash, seq)) WITHOUT ROWID;
      `);
      buckets = new BandIndex({ bands: this.options.bands, limit: this.options.maxBucketCandidates, dir: scratch.dir });
      const add = this.ingest(db, buckets);
      const keepUpstream = db.prepare('INSERT INTO upstream (body) VALUES (?)');
      for await (const item of entryBatches(input)) {
        if (Array.isArray(item)) add(item);
        else if (item.kind === 'reject') yield item;
        else keepUpstream.run(JSON.stringify(item.superseded));
      }
      buckets.close();
      // Indexes ingest never reads are built once it is over, in one sorted pass.
      db.exec('CREATE INDEX entry_qkey ON entry (qkey); CREATE UNIQUE INDEX entry_id ON entry (id)');
      this.confirmSnippets(db);
      this.pickRepresentatives(db);
      db.exec('CREATE INDEX entry_final ON entry (final_by)');
      yield* this.emit(db);
    } finally {
      buckets?.close();
      await scratch.close();
    }
  }

  private ingest(db: Database.Database, buckets: BandIndex): (batch: KeyedEntry[]) => void {
    const o = this.options;
    const candidate = db.prepare<[number], MemberRow & { cluster: number }>('SELECT seq, cluster, question, doctor, sig FROM entry WHERE seq = ?');
    const members = db.prepare<[number, number], MemberRow>('SELECT seq, question, doctor, sig FROM entry WHERE cluster = ? ORDER BY seq LIMIT ?');
    const insert = db.prepare('INSERT INTO entry (seq, id, qkey, question, doctor, cluster, rank, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertBody = db.prepare('INSERT INTO body (seq, body, keys) VALUES (?, ?, ?)');
    const insertProbe = db.prepare('INSERT INTO probe (seq, doctor, sketch) VALUES (?, ?, ?)');
    const probe = db.prepare<[number], { doctor: string | null; sketch: Buffer }>('SELECT doctor, sketch FROM probe WHERE seq = ?');
    const known = db.prepare<[number, string], { seq: number; body: string; keys: string; sig: Buffer }>(
      'SELECT e.seq, b.body, b.keys, e.sig FROM id_hash h JOIN entry e ON e.seq = h.seq JOIN body b ON b.seq = e.seq WHERE h.hash = ? AND e.id = ?',
    );
    const insertId = db.prepare('INSERT INTO id_hash (hash, seq) VALUES (?, ?)');
    const setBody = db.prepare('UPDATE body SET body = ?, keys = ? WHERE seq = ?');
    // Ids seen: a lookup that the filter says would find nothing is skipped. 2 MB: past it, a lookup
    // of the id_hash table (in the page cache) costs little, about 1 entry in 50 at 300,000 entries.
    const ids = new BucketFilter(2 ** 24);
    const proposed = new Int32Array(o.bands * o.maxBucketCandidates);
    const recent = new CandidateCache((seq) => candidate.get(seq)!);
    const probes = new ProbeStore(
      (seq) => probe.get(seq)!,
      (seq, { doctor, sketch }) => insertProbe.run(seq, doctor, Buffer.from(sketch.buffer, sketch.byteOffset, sketch.byteLength)),
      Math.ceil(o.permutations / 2),
    );
    const verdictFor = (fp: Fingerprint, m: MemberRow): MergeVerdict =>
      compare(fp, { question: m.question, doctor: m.doctor, signature: signatureFromBuffer(m.sig), questionGrams: (m.grams ??= questionGrams(m.question)) }, o);
    return db.transaction((batch: KeyedEntry[]) => {
      for (const { entry, keys: entryKeys } of batch) {
        const seq = ++this.stats.seen;
        const idKey = hash32(entry.id);
        const same = ids.mayHold(0, idKey) ? known.get(idKey, entry.id) : undefined;
        if (same) {
          // An exact duplicate (DedupeStage merges these; without it, do the same): one more source.
          const first = JSON.parse(same.body) as Entry;
          const merged = carryFields(first, [entry]);
          if (merged !== first) this.stats.carried++;
          setBody.run(JSON.stringify({ ...merged, sources: [...new Set([...first.sources, ...entry.sources])].sort() }), storeKeys(keysOfMerged(readKeys(same), first, merged)).keys, same.seq);
          this.stats.exactDuplicates++;
          continue;
        }
        ids.add(0, idKey);
        insertId.run(idKey, seq);
        const fp: Fingerprint = { question: entry.question, doctor: doctorKey(entry.doctor.name), signature: signatureFor(entryKeys, o), questionGrams: questionGrams(entry.question) };
        const keys = bandKeys(fp.signature, o.bands);
        // Candidates LSH proposes, those sharing the most bands first (the likeliest near-copies), each
        // judged once; only clusters of those that pass are read whole. The entry is listed in its
        // buckets as they are read: no later lookup of its own comes.
        const ranked = mostShared(proposed.subarray(0, buckets.readAndAdd(keys, seq, proposed)), o.maxCandidates);
        const verdicts = new Map<number, MergeVerdict>();
        const clusters = new Set<number>();
        const probed: Probe = { doctor: fp.doctor, sketch: sketchOf(fp.signature) };
        for (const other of ranked) {
          // Most candidates are refused on their probe: only the others' rows are read.
          const refusal = probes.refusal(other, fp, probed, o);
          const row = refusal ? null : recent.get(other);
          const verdict = refusal ?? verdictFor(fp, row!);
          verdicts.set(other, verdict);
          if (verdict.merge) clusters.add(row!.cluster);
          else this.stats.refused[verdict.reason]++;
        }
        // Complete linkage: the entry joins a cluster only if every compared member passes the rules.
        let best: { cluster: number; score: number } | null = null;
        for (const cluster of clusters) {
          let score = 1;
          for (const m of members.all(cluster, o.maxClusterCompare)) {
            const verdict = verdicts.get(m.seq) ?? verdictFor(fp, m);
            if (!verdict.merge) {
              score = -1;
              break;
            }
            score = Math.min(score, verdict.similarity);
          }
          if (score >= 0 && (!best || score > best.score || (score === best.score && cluster < best.cluster))) best = { cluster, score };
        }
        insert.run(seq, entry.id, contentCore(entry.question), entry.question, fp.doctor, best?.cluster ?? seq, completeness(entry), signatureToBuffer(fp.signature));
        insertBody.run(seq, JSON.stringify(entry), storeKeys(entryKeys).keys);
        probes.put(seq, probed);
      }
    });
  }

  /** Per question, full answers confirm or clear the truncation flags of snippets and supersede what they contain. */
  private confirmSnippets(db: Database.Database): void {
    const groups = db.prepare<[string, number], { qkey: string }>('SELECT qkey FROM entry WHERE qkey > ? GROUP BY qkey HAVING count(*) > 1 ORDER BY qkey LIMIT ?');
    const bodies = db.prepare<[string], { seq: number; body: string }>('SELECT e.seq, b.body FROM entry e JOIN body b ON b.seq = e.seq WHERE e.qkey = ? ORDER BY e.seq');
    const setRank = db.prepare('UPDATE entry SET rank = ? WHERE seq = ?');
    // The entry changed: its version (keys' fourth element) is the store's to work out.
    const setBody = db.prepare("UPDATE body SET body = ?, keys = json_set(keys, '$[3]', NULL) WHERE seq = ?");
    const supersede = db.prepare("UPDATE entry SET superseded_by = ?, reason = 'truncated_snippet' WHERE seq = ?");
    db.transaction(() => {
      for (const { qkey } of keysetPages(groups, (r) => r.qkey, { after: '' })) {
        const rows = bodies.all(qkey);
        const group = rows.map((r) => JSON.parse(r.body) as Entry);
        const verdicts = confirmAgainstFullAnswers(group);
        group.forEach((entry, i) => {
          const { seq } = rows[i]!;
          const flags = verdicts.flags.get(entry.id);
          if (flags) {
            for (const f of ['cut_off_end', 'cut_off_start'] as const) {
              if (entry.flags.includes(f) && !flags.includes(f)) this.stats.truncationCleared++;
              if (!entry.flags.includes(f) && flags.includes(f)) this.stats.truncationAdded++;
            }
            const updated = { ...entry, flags };
            setRank.run(completeness(updated), seq);
            setBody.run(JSON.stringify(updated), seq);
          }
          const by = verdicts.supersededBy.get(entry.id);
          if (by) {
            supersede.run(by, seq);
            this.stats.snippetsSuperseded++;
          }
        });
      }
    })();
  }

  /** Each cluster keeps the member that wins (ranking.ts: the most complete, the earliest seen on a tie); chains are followed to their end. */
  private pickRepresentatives(db: Database.Database): void {
    const clusters = db.prepare<[number, number], { cluster: number }>(
      'SELECT cluster FROM entry WHERE superseded_by IS NULL AND cluster > ? GROUP BY cluster HAVING count(*) > 1 ORDER BY cluster LIMIT ?',
    );
    const members = db.prepare<[number], { id: string; rank: number; seq: number }>('SELECT id, rank, seq FROM entry WHERE cluster = ? AND superseded_by IS NULL');
    const merge = db.prepare("UPDATE entry SET superseded_by = ?, reason = 'near_duplicate' WHERE id = ?");
    db.transaction(() => {
      for (const { cluster } of keysetPages(clusters, (r) => r.cluster, { after: 0 })) {
        const all = members.all(cluster);
        const keep = winner(all, firstSeen)!;
        this.stats.clusters++;
        for (const { id } of all) {
          if (id === keep.id) continue;
          merge.run(keep.id, id);
          this.stats.nearDuplicates++;
        }
      }
      db.exec(`
        WITH RECURSIVE chain (seq, target, depth) AS (
          SELECT seq, superseded_by, 0 FROM entry WHERE superseded_by IS NOT NULL
          UNION ALL
          SELECT c.seq, e.superseded_by, c.depth + 1 FROM chain c JOIN entry e ON e.id = c.target
          WHERE e.superseded_by IS NOT NULL AND c.depth < 64
        )
        UPDATE entry SET final_by = (SELECT target FROM chain WHERE chain.seq = entry.seq ORDER BY depth DESC LIMIT 1)
        WHERE superseded_by IS NOT NULL;
      `);
    })();
  }

  private *emit(db: Database.Database): Iterable<KeyedRecord> {
    // Whether anything was merged into an entry, asked inside the scan: most entries stand for nothing.
    const rows = db.prepare<[], { body: string; sig: Buffer; keys: string; final_by: string | null; reason: string | null; absorbs: number }>(
      'SELECT b.body, e.sig, b.keys, e.final_by, e.reason, EXISTS (SELECT 1 FROM entry m WHERE m.final_by = e.id) AS absorbs FROM entry e JOIN body b ON b.seq = e.seq ORDER BY e.seq',
    );
    const mergedInto = db.prepare<[string], { body: string; reason: string }>('SELECT b.body, e.reason FROM entry e JOIN body b ON b.seq = e.seq WHERE e.final_by = ? ORDER BY e.seq');
    const finalOf = db.prepare<[string], { final_by: string | null }>('SELECT final_by FROM entry WHERE id = ?');
    for (const row of rows.iterate()) {
      const entry = JSON.parse(row.body) as Entry;
      if (row.final_by) {
        yield { kind: 'superseded', superseded: supersededRecord(entry, row.final_by, row.reason as Superseded['reason']) };
        continue;
      }
      const sources = new Set(entry.sources);
      const supersedes = new Set(entry.supersedes);
      const members: Entry[] = [];
      for (const m of row.absorbs ? mergedInto.all(entry.id) : []) {
        const member = JSON.parse(m.body) as Entry;
        members.push(member);
        supersedes.add(member.id);
        for (const id of member.supersedes) supersedes.add(id);
        if (m.reason === 'near_duplicate' || m.reason === 'same_answer') for (const s of member.sources) sources.add(s);
      }
      const kept = carryFields(entry, members);
      if (kept !== entry) this.stats.carried++;
      this.stats.kept++;
      const merged = { ...kept, sources: [...sources].sort(), supersedes: [...supersedes].sort() };
      // Re-checked where this stage changed it: most entries stand for nothing and pass as they came.
      const same = kept === entry && sameList(merged.sources, entry.sources) && sameList(merged.supersedes, entry.supersedes);
      const keys = readKeys(row);
      yield same ? { kind: 'entry', entry, keys } : { kind: 'entry', entry: EntrySchema.parse(merged), keys: keysOfMerged(keys, entry, kept) };
    }
    const upstream = db.prepare<[], { body: string }>('SELECT body FROM upstream ORDER BY n');
    for (const { body } of upstream.iterate()) {
      const record = JSON.parse(body) as Superseded;
      const target = finalOf.get(record.superseded_by)?.final_by;
      yield { kind: 'superseded', superseded: target ? { ...record, superseded_by: target } : record };
    }
  }
}

/**
 * What ingest compares of the entries LSH proposes, for the last few thousand read: the same
 * early entries of a popular bucket are proposed again and again. Slot by seq, a fixed size
 * whatever the run's. Rows never change while ingest runs.
 */
class CandidateCache {
  private static readonly SLOTS = 1 << 14;
  private readonly slots: Array<(MemberRow & { cluster: number }) | undefined> = new Array(CandidateCache.SLOTS);

  constructor(private readonly read: (seq: number) => MemberRow & { cluster: number }) {}

  get(seq: number): MemberRow & { cluster: number } {
    const slot = seq & (CandidateCache.SLOTS - 1);
    const held = this.slots[slot];
    if (held?.seq === seq) return held;
    return (this.slots[slot] = this.read(seq));
  }
}

function supersededRecord(entry: Entry, by: string, reason: Superseded['reason']): Superseded {
  return { id: entry.id, superseded_by: by, reason, question: entry.question, answer: entry.answer, flags: entry.flags, sources: entry.sources };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
