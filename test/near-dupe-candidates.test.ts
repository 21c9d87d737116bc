import { describe, expect, it } from 'vitest';
import { keyed } from '../src/dedupe/entry-keys.js';
import { NearDupeStage } from '../src/dedupe/near-dupe-stage.js';
import { compare, DEFAULT_NEAR_DUPE_OPTIONS, fingerprint, type Fingerprint, type NearDupeOptions } from '../src/dedupe/near-dupes.js';
import { bandKeys } from '../src/dedupe/minhash.js';
import type { Entry } from '../src/schema/entry.js';
import type { KeyedRecord } from '../src/schema/records.js';
import { entryFrom } from '../scripts/quality-fixtures.js';

/** A deterministic stream of 16-bit values (the high bits of an LCG: its low bits repeat every few draws). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s >>> 16;
  };
}

const sentences = [
  '血压控制得好，也不能自行停药。',
  '高血压是一种需要长期管理的慢性病，目前的降压药主要是控制血压，并不能根治。',
  '如果擅自停药，血压往往会在数天到数周内重新升高，甚至出现反跳。',
  '确实需要减量的，应在医生评估后逐步调整。',
  '平时注意低盐饮食，规律作息，适当运动。',
  '建议定期复查血压，并记录每天的测量结果。',
  '合并糖尿病或肾病的患者，血压目标更严格。',
];
const questions = ['血压正常了可以停药吗', '血压正常后能停药吗', '高血压吃药后正常了能停吗', '胃痛怎么办', '血压高要终身服药吗'];
const doctors = ['陈伟', '王芳', '李娜', null];

/** Entries of a question and doctor drawn from small pools, each answer a few sentences of a few: many share bands, some buckets far past the limit. */
function corpus(n: number): Entry[] {
  const next = random(17);
  const byId = new Map<string, Entry>();
  for (let i = 0; byId.size < n; i++) {
    const picked = Array.from({ length: 2 + (next() % 4) }, () => sentences[next() % sentences.length]!);
    const name = doctors[next() % doctors.length]!;
    const e = entryFrom({
      question: questions[next() % questions.length]!,
      answer: picked.join(''),
      doctor: name ? { name, title: '主治医师', department: '心内科', hospital: '江州市第一人民医院', hospital_grade: '三甲' } : null,
      origin: next() % 3 === 0 ? 'related' : 'page',
      url: null,
      source: `p${i}.html`,
    });
    if (!byId.has(e.id)) byId.set(e.id, e);
  }
  return [...byId.values()];
}

/**
 * The candidates the stage must judge, worked out the plain way: per LSH bucket the first
 * `maxBucketCandidates` entries by seq; per entry the `maxCandidates` listed most often (the
 * least seq first among equals); each judged by `compare`. Returns the refusals by reason.
 */
function expectedRefusals(entries: Entry[], o: NearDupeOptions): Record<string, number> {
  const buckets = new Map<string, number[]>();
  const fps: Fingerprint[] = [];
  const refused: Record<string, number> = { different_doctor: 0, different_answer: 0, different_question: 0 };
  entries.forEach((entry, i) => {
    const fp = fingerprint(entry, o);
    const counts = new Map<number, number>();
    bandKeys(fp.signature, o.bands).forEach((key, band) => {
      const list = buckets.get(`${band}:${key}`) ?? [];
      for (const seq of list) counts.set(seq, (counts.get(seq) ?? 0) + 1);
      if (list.length < o.maxBucketCandidates) buckets.set(`${band}:${key}`, [...list, i]);
    });
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCandidates);
    for (const [other] of ranked) {
      const verdict = compare(fp, fps[other]!, o);
      if (!verdict.merge) refused[verdict.reason]!++;
    }
    fps.push(fp);
  });
  return refused;
}

describe('near-duplicate candidates', () => {
  it('are the first entries of each LSH bucket, those sharing the most bands first, each judged once', async () => {
    const entries = corpus(600);
    // Small limits, so that buckets fill and entries are proposed more candidates than are judged.
    const o: NearDupeOptions = { ...DEFAULT_NEAR_DUPE_OPTIONS, maxBucketCandidates: 6, maxCandidates: 10 };
    const stage = new NearDupeStage(o);
    async function* input(): AsyncIterable<KeyedRecord> {
      for (const e of entries) yield keyed(e);
    }
    for await (const _ of stage.run(input())) void _;
    const expected = expectedRefusals(entries, o);
    expect(stage.stats.refused).toEqual(expected);
    // Every reason occurs, and on far more pairs than the limits let through at once.
    for (const n of Object.values(expected)) expect(n).toBeGreaterThan(100);
  });
});
