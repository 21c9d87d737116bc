import { describe, expect, it } from 'vitest';
import { KeyStage, keyed } from '../src/dedupe/entry-keys.js';
import { NearDupeStage, type NearDupeStageOptions } from '../src/dedupe/near-dupe-stage.js';
import { compare, fingerprint } from '../src/dedupe/near-dupes.js';
import { completeness } from '../src/dedupe/ranking.js';
import type { Entry } from '../src/schema/entry.js';
import type { DatasetRecord, KeyedItem, KeyedRecord, Superseded } from '../src/schema/records.js';
import { DedupeStage } from '../src/dedupe/exact-dedupe.js';
import { dupeRows, entryFrom, type DupeRow } from '../scripts/quality-fixtures.js';

const answer =
  '血压控制得好，也不能自行停药。高血压是一种需要长期管理的慢性病，目前的降压药主要是控制血压，并不能根治。如果擅自停药，血压往往会在数天到数周内重新升高，甚至出现反跳，增加脑出血、心梗的风险。确实需要减量的，应在医生评估后逐步调整。';
const question = '血压正常了可以停药吗';
const doctor = (name: string) => ({ name, title: '主治医师', department: '心内科', hospital: '江州市第一人民医院', hospital_grade: '三甲' });
const ascii = (s: string) => s.replace(/，/g, ',').replace(/。/g, '.').replace(/、/g, ',');

function entry(over: Partial<Omit<DupeRow, 'key' | 'cluster' | 'note' | 'flags'>> = {}): Entry {
  return entryFrom({ question, answer, doctor: doctor('陈伟'), origin: 'page', url: 'https://www.kangwen.example/wenda/1.html', source: 'a.html', ...over });
}

async function run(entries: Entry[], options: NearDupeStageOptions = {}, extra: KeyedRecord[] = []) {
  const stage = new NearDupeStage(options);
  async function* input(): AsyncIterable<KeyedRecord> {
    yield* extra;
    for (const e of entries) yield keyed(e);
  }
  const out: DatasetRecord[] = [];
  for await (const r of stage.run(input())) out.push(r);
  const kept = out.filter((r): r is { kind: 'entry'; entry: Entry } => r.kind === 'entry').map((r) => r.entry);
  const superseded = out.filter((r): r is { kind: 'superseded'; superseded: Superseded } => r.kind === 'superseded').map((r) => r.superseded);
  return { out, kept, superseded, stats: stage.stats };
}

describe('near-duplicates', () => {
  it('merges a mirror copy with ASCII punctuation, other spacing and no doctor card into the original', async () => {
    const original = entry();
    const mirror = entry({ answer: ascii(answer).replace('高血压', '高 血压'), doctor: null, url: 'https://mirror.example/ask/9.html', source: 'mirror.html' });
    const { kept, superseded } = await run([original, mirror]);
    expect(kept.map((e) => e.id)).toEqual([original.id]);
    expect(superseded).toEqual([expect.objectContaining({ id: mirror.id, superseded_by: original.id, reason: 'near_duplicate', sources: ['mirror.html'] })]);
  });

  it('records every member by id and source on the entry it keeps', async () => {
    const a = entry();
    const b = entry({ answer: ascii(answer), doctor: null, url: 'https://m1.example/1.html', source: 'm1.html' });
    const c = entry({ answer: `${answer}希望对你有帮助。`.replace('长期管理', '终身管理'), doctor: null, url: 'https://m2.example/1.html', source: 'm2.html' });
    const { kept } = await run([a, b, c]);
    expect(kept).toHaveLength(1);
    expect([...kept[0]!.supersedes].sort()).toEqual([b.id, c.id].sort());
    expect(kept[0]!.sources).toEqual(['a.html', 'm1.html', 'm2.html']);
  });

  it('keeps the most complete member: the doctor card and the full stop beat being seen first', async () => {
    const lost = entry({ answer: answer.slice(0, -1), doctor: null, url: 'https://mirror.example/1.html', source: 'mirror.html' });
    const full = entry({ source: 'b.html' });
    const { kept, superseded } = await run([lost, full]);
    expect(kept.map((e) => e.id)).toEqual([full.id]);
    expect(superseded[0]).toMatchObject({ id: lost.id, superseded_by: full.id });
  });

  it('keeps the earliest seen of equally complete members', async () => {
    const first = entry({ source: 'first.html' });
    const second = entry({ answer: ascii(answer), source: 'second.html', url: 'https://mirror.example/2.html' });
    const { kept } = await run([first, second]);
    expect(kept.map((e) => e.source)).toEqual(['first.html']);
  });

  it('clears cut_off_end from a copy that lost its final 。 once a full copy confirms it', async () => {
    const lost = entry({ answer: answer.slice(0, -1), source: 'copy.html', url: 'https://mirror.example/1.html' });
    expect(lost.flags).toContain('cut_off_end');
    const { superseded, stats } = await run([lost, entry({ answer: ascii(answer), doctor: null, url: 'https://m.example/x.html', source: 'm.html' })]);
    expect(stats.truncationCleared).toBe(1);
    expect(superseded.every((s) => !s.flags.includes('cut_off_end'))).toBe(true);
  });

  it('never merges the same question and answer by a different doctor', async () => {
    const a = entry();
    const b = entry({ doctor: doctor('王芳'), url: 'https://www.kangwen.example/wenda/2.html', source: 'b.html' });
    const { kept, stats } = await run([a, b]);
    expect(kept).toHaveLength(2);
    expect(stats.refused.different_doctor).toBe(1);
  });

  it('never chains two doctors together through a doctorless copy', async () => {
    const a = entry({ source: 'a.html' });
    const copy = entry({ answer: ascii(answer), doctor: null, url: 'https://mirror.example/1.html', source: 'copy.html' });
    const b = entry({ doctor: doctor('钱丽'), url: 'https://www.kangwen.example/wenda/3.html', source: 'b.html' });
    const { kept, superseded } = await run([a, copy, b]);
    expect(kept.map((e) => e.doctor.name).sort()).toEqual(['钱丽', '陈伟']);
    expect(superseded).toEqual([expect.objectContaining({ id: copy.id, superseded_by: a.id })]);
  });

  it('never merges the same question with a substantially different answer', async () => {
    const rewritten =
      '血压平稳后是否减药要看具体情况。年轻、病程短、通过减重和限盐血压明显下降的人，可以在医生指导下尝试减少药量；但大多数人需要终身服药。减药期间要每天测量血压并记录，血压回升要及时恢复原来的剂量。';
    const a = entry();
    const b = entry({ answer: rewritten, url: 'https://www.kangwen.example/wenda/2.html', source: 'b.html' });
    const { kept, stats } = await run([a, b]);
    expect(kept).toHaveLength(2);
    expect(stats.nearDuplicates).toBe(0);
  });

  it('does not merge one template answer given to two different questions', async () => {
    const generic = '建议到医院就诊，完善相关检查，明确诊断后对症治疗，平时注意休息，饮食清淡，避免劳累和熬夜。';
    const a = entry({ question: '头疼怎么办', answer: generic });
    const b = entry({ question: '肚子疼怎么办', answer: generic, url: 'https://www.kangwen.example/wenda/2.html', source: 'b.html' });
    expect((await run([a, b])).kept).toHaveLength(2);
  });

  it('supersedes a snippet that only a content comparison places in the full answer', async () => {
    const full = entry();
    const snippet = entry({ answer: ascii(answer.slice(0, 60)), doctor: null, origin: 'related', url: 'https://mirror.example/9.html', source: 'list.html' });
    const { kept, superseded, stats } = await run([snippet, full]);
    expect(kept.map((e) => e.id)).toEqual([full.id]);
    expect(superseded[0]).toMatchObject({ id: snippet.id, superseded_by: full.id, reason: 'truncated_snippet' });
    expect(superseded[0]!.flags).toContain('cut_off_end');
    expect(stats.snippetsSuperseded).toBe(1);
  });

  it('re-points superseded records of earlier stages when their target is merged away, and passes rejects through', async () => {
    const a = entry();
    // As DedupeStage hands it on: b stands for a snippet it superseded.
    const b = { ...entry({ answer: ascii(answer), doctor: null, url: 'https://mirror.example/1.html', source: 'm.html' }), supersedes: ['ffffffffffffffff'] };
    const upstream: DatasetRecord = {
      kind: 'superseded',
      superseded: { id: 'ffffffffffffffff', superseded_by: b.id, reason: 'truncated_snippet', question, answer: answer.slice(0, 30), flags: ['cut_off_end'], sources: ['s.html'] },
    };
    const reject: DatasetRecord = { kind: 'reject', reject: { source: 'x.html', stage: 'extract', reason: 'no_entries', detail: '', origin: null, position: null, status: null, at: new Date(0).toISOString() } };
    const { out, kept } = await run([a, b], {}, [reject, upstream]);
    expect(out[0]).toBe(reject);
    expect(out.find((r) => r.kind === 'superseded' && r.superseded.id === 'ffffffffffffffff')).toMatchObject({ superseded: { superseded_by: a.id } });
    expect(kept[0]!.supersedes).toContain('ffffffffffffffff');
  });

  it('merges exact duplicates it is given without DedupeStage, as one more source', async () => {
    const { kept, stats } = await run([entry(), entry({ source: 'again.html' })]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.sources).toEqual(['a.html', 'again.html']);
    expect(stats.exactDuplicates).toBe(1);
  });

  it('exposes the rules it uses as pure functions', () => {
    const a = fingerprint(entry());
    const b = fingerprint(entry({ doctor: doctor('王芳') }));
    expect(compare(a, b)).toMatchObject({ merge: false, reason: 'different_doctor', similarity: 1 });
    expect(completeness(entry())).toBeGreaterThan(completeness(entry({ doctor: null })));
  });
});

describe('the labelled near-duplicate fixtures, after DedupeStage', () => {
  it('publishes one entry per labelled group but the heavily reworded mirror, and never joins two doctors', async () => {
    const rows = dupeRows();
    const entries = rows.map((r) => entryFrom(r));
    const dedupe = new DedupeStage();
    const near = new NearDupeStage();
    async function* items(): AsyncIterable<KeyedItem> {
      for (const entry of entries) yield keyed(entry);
    }
    const target = new Map<string, string>();
    const kept: Entry[] = [];
    for await (const r of near.run(new KeyStage().run(dedupe.run(items())))) {
      if (r.kind === 'superseded') target.set(r.superseded.id, r.superseded.superseded_by);
      if (r.kind === 'entry') kept.push(r.entry);
    }
    const final = (id: string): string => (target.has(id) ? final(target.get(id)!) : id);
    const byLabel = new Map<string, Set<string>>();
    rows.forEach((r, i) => byLabel.set(r.cluster, (byLabel.get(r.cluster) ?? new Set()).add(final(entries[i]!.id))));
    const split = [...byLabel].filter(([, ids]) => ids.size > 1).map(([label]) => label);
    expect(split).toEqual(['c22']); // a quarter of it reworded: below the default threshold, by design
    const labelsOf = new Map<string, Set<string>>();
    rows.forEach((r, i) => labelsOf.set(final(entries[i]!.id), (labelsOf.get(final(entries[i]!.id)) ?? new Set()).add(r.cluster)));
    expect([...labelsOf.values()].filter((l) => l.size > 1)).toEqual([]);
    for (const e of kept) {
      const doctors = new Set(rows.filter((_, i) => final(entries[i]!.id) === e.id).map((r) => r.doctor?.name).filter(Boolean));
      expect(doctors.size).toBeLessThanOrEqual(1);
    }
  });
});
