import { describe, expect, it } from 'vitest';
import { BucketFilter } from '../src/dedupe/bucket-filter.js';
import { contentHash, EntryKeysStage, entryKeys, keyed, KeyStage } from '../src/dedupe/entry-keys.js';
import { DedupeStage, entryText } from '../src/dedupe/exact-dedupe.js';
import { keysStep } from '../src/pipeline/per-page.js';
import { NearDupeStage } from '../src/dedupe/near-dupe-stage.js';
import { fingerprint } from '../src/dedupe/near-dupes.js';
import { entryVersion, identityKey } from '../src/dedupe/published-store.js';
import { answerContent } from '../src/flags/truncation.js';
import type { Entry } from '../src/schema/entry.js';
import type { EntryItem, KeyedRecord } from '../src/schema/records.js';
import { makeEntry } from './helpers/entries.js';

const Q = '脸色发黄是什么原因引起的';
const FULL = '脸色发黄可能与肝胆疾病、贫血或营养不良有关，建议到医院查肝功能和血常规，明确原因后再对症治疗。';

describe("an entry's keys, computed once and carried", () => {
  it('are what each rule computes of the entry: signature, answer content, identity, content hash', () => {
    const entry = makeEntry({ question: Q, answer: FULL, doctor: { name: '王清玉' }, url: 'https://www.youlai.cn/ask/1.html' });
    const keys = entryKeys(entry);
    expect([...keys.signature]).toEqual([...fingerprint(entry).signature]);
    expect(keys.answerCore).toBe(answerContent(entry.answer));
    expect(keys.identity).toBe(identityKey(entry));
    expect(keys.content).toBe(contentHash(entry));
  });

  it('still describe the entry that comes out of near-duplicates with a date carried from a near copy', async () => {
    const page = makeEntry({ question: Q, answer: FULL, doctor: { name: '王清玉' }, source: 'a.html' });
    const mirror = { ...makeEntry({ question: Q, answer: FULL.replaceAll('，', '；'), source: 'c.html' }), date: '2021-05-18' };
    async function* input(): AsyncIterable<EntryItem> {
      for (const entry of [page, mirror]) yield { kind: 'entry', entry };
    }
    const out: Array<Extract<KeyedRecord, { kind: 'entry' }>> = [];
    for await (const r of new NearDupeStage().run(new KeyStage().run(new DedupeStage().run(input())))) if (r.kind === 'entry') out.push(r);
    expect(out).toHaveLength(1);
    const kept: Entry = out[0]!.entry;
    expect(kept.date).toBe('2021-05-18');
    const fresh = keyed(kept).keys;
    expect(out[0]!.keys.content).toBe(fresh.content);
    // The merged entry's version is left to the store, which works it out from the entry itself.
    expect(out[0]!.keys).toEqual({ ...fresh, version: null });
  });

  it("carry the version of the entry that reaches the store, or none where a stage changed it (merged, flags confirmed)", async () => {
    const card = (name: string) => ({ name, title: '主治医师', department: '消化内科', hospital: '江州市第一人民医院', hospital_grade: '三甲' });
    const alone = makeEntry({ question: '胃胀气怎么办', answer: '胃胀气多与饮食有关，少吃产气食物，饭后适当散步，必要时在医生指导下服用促胃动力药。', doctor: card('李强'), source: 'x.html' });
    const full = makeEntry({ question: Q, answer: FULL, doctor: card('王清玉'), source: 'a.html' });
    // The same answer by another doctor (never merged), its final 。 lost: cut_off_end, which the full answer clears.
    const lost = makeEntry({ question: Q, answer: FULL.slice(0, -1), doctor: card('赵敏'), source: 'b.html' });
    const copyOfFull = { ...full, source: 'c.html', sources: ['c.html'] };
    async function* input(): AsyncIterable<EntryItem> {
      for (const entry of [alone, full, lost, copyOfFull]) yield { kind: 'entry', entry };
    }
    const near = new NearDupeStage();
    const out: Array<Extract<KeyedRecord, { kind: 'entry' }>> = [];
    for await (const r of near.run(new KeyStage().run(new DedupeStage().run(input())))) if (r.kind === 'entry') out.push(r);
    expect(near.stats.truncationCleared).toBe(1);
    const byId = new Map(out.map((r) => [r.entry.id, r]));
    expect(byId.get(lost.id)!.entry.flags).not.toContain('cut_off_end');
    expect(byId.get(full.id)!.entry.sources).toEqual(['a.html', 'c.html']);
    // Left as it came: its version travels; changed: none, so the store cannot take a stale one.
    expect(byId.get(alone.id)!.keys.version).toBe(entryVersion(alone));
    expect(byId.get(lost.id)!.keys.version).toBeNull();
    for (const { entry, keys } of out) expect([null, entryVersion(entry)]).toContain(keys.version);
  });
});

describe('an entry sent to the keys step as the JSON text exact dedupe read it from', () => {
  const page = makeEntry({ question: Q, answer: FULL, doctor: { name: '王清玉' }, source: 'a.html' });
  const copy = makeEntry({ question: Q, answer: FULL, doctor: { name: '王清玉' }, source: 'b.html' });
  const other = makeEntry({ question: '宝宝发烧能洗澡吗', answer: '可以洗澡，水温适中，注意保暖，洗完及时擦干。', doctor: { name: '李明' }, source: 'c.html' });
  async function* input(): AsyncIterable<EntryItem> {
    for (const entry of [page, copy, other]) yield { kind: 'entry', entry };
  }

  it('is the text of the entry given out as it was read, and there is none for an entry merged from copies', async () => {
    const out: Entry[] = [];
    for await (const r of new DedupeStage().run(input())) if (r.kind === 'entry') out.push(r.entry);
    expect(out.map((e) => e.question)).toEqual([Q, '宝宝发烧能洗澡吗']);
    expect(entryText(out[0]!)).toBeUndefined();
    expect(entryText(out[1]!)).toBe(JSON.stringify(out[1]));
  });

  it('has the keys the entry object has, the order of the records and what passes by kept, in process and on threads', async () => {
    // Enough entries (some copies of others) for the step to go on threads: 4 batches and more.
    const many = Array.from({ length: 120 }, (_, i) =>
      makeEntry({ question: `宝宝发烧第${i % 90}天能洗澡吗`, answer: `可以洗澡，水温适中，第${i % 90}次回答，注意保暖。`, doctor: { name: `李明${i % 5}` }, source: `p${i}.html` }),
    );
    const records = async function* () {
      async function* entries(): AsyncIterable<EntryItem> {
        for (const entry of many) yield { kind: 'entry', entry };
      }
      for await (const r of new DedupeStage().run(entries())) yield r;
    };
    const expected: KeyedRecord[] = [];
    for await (const r of new KeyStage().run(records())) expected.push(r);
    for (const threads of [1, 2]) {
      const out: KeyedRecord[] = [];
      for await (const r of keysStep(threads).run(records())) out.push(r as KeyedRecord);
      expect(out).toEqual(expected);
    }
    expect(expected.filter((r) => r.kind === 'entry' && entryText(r.entry) !== undefined).length).toBeGreaterThan(50);
    for await (const fromText of new EntryKeysStage().run((async function* () { yield JSON.stringify(other); })())) expect(fromText).toEqual(entryKeys(other));
  });
});

describe('the filter of ids seen', () => {
  it('never says no to a key it was given, and says no to nearly every other', () => {
    const filter = new BucketFilter(2 ** 24);
    for (let i = 0; i < 10_000; i++) filter.add(i % 32, Math.imul(i, 0x9e3779b1) >>> 0);
    for (let i = 0; i < 10_000; i++) expect(filter.mayHold(i % 32, Math.imul(i, 0x9e3779b1) >>> 0)).toBe(true);
    let yes = 0;
    for (let i = 0; i < 10_000; i++) if (filter.mayHold(i % 32, (Math.imul(i + 20_000, 0x85ebca6b) ^ 0x5bd1e995) >>> 0)) yes++;
    expect(yes).toBeLessThan(10);
  });
});
