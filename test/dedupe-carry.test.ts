import { join, relative } from 'node:path';
import { keyed } from '../src/dedupe/entry-keys.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { carryFields } from '../src/dedupe/carry-fields.js';
import { NearDupeStage } from '../src/dedupe/near-dupe-stage.js';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { nothingCarried, type Entry } from '../src/schema/entry.js';
import type { KeyedRecord } from '../src/schema/records.js';
import { dedupe, makeEntry } from './helpers/entries.js';
import { fixturePath } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

const Q = '宝宝发烧能洗澡吗？';
const FULL = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。洗完后要及时擦干身体、穿好衣服，避免再次受凉。';
const SNIPPET = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。洗完后要及时擦干身体';
const zhao = { name: '赵文静', title: '主治医师', hospital: '江州市儿童医院' };

const page = (over: Partial<Entry> = {}): Entry => ({ ...makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'page.html' }), ...over });
const snippet = (source: string, over: Partial<Entry> = {}): Entry => ({
  ...makeEntry({ question: Q, answer: `${SNIPPET}…`, origin: 'related', source }),
  ...over,
});

describe('carryFields: what a kept entry takes from the entries it stands for', () => {
  it('takes a date and format it lacks when every entry it stands for agrees, recording id and source', () => {
    const kept = page();
    const a = snippet('list-a.html', { date: '2021-05-18', format: 'voice' });
    const b = snippet('list-b.html', { date: '2021-05-18', format: 'voice' });
    const out = carryFields(kept, [a, b]);
    expect(out).toMatchObject({ date: '2021-05-18', format: 'voice' });
    expect(out.carried.date).toEqual({ values: ['2021-05-18', '2021-05-18'], from: [a.id, b.id], sources: ['list-a.html', 'list-b.html'], conflict: false });
    expect(out.carried.format.conflict).toBe(false);
  });

  it('takes nothing when they disagree, and lists the values with conflict: true', () => {
    const a = snippet('list-a.html', { date: '2021-05-18', format: 'voice' });
    const b = snippet('list-b.html', { date: '2021-05-19', format: 'voice' });
    const out = carryFields(page(), [a, b]);
    expect(out.date).toBeNull();
    expect(out.carried.date).toEqual({ values: ['2021-05-18', '2021-05-19'], from: [a.id, b.id], sources: ['list-a.html', 'list-b.html'], conflict: true });
    expect(out.format).toBe('voice');
  });

  it("never touches a value the kept entry has of its own, nor borrows 'unknown' or null", () => {
    const kept = page({ date: '2020-01-01', format: 'text' });
    const out = carryFields(kept, [snippet('list.html', { date: '2021-05-18', format: 'voice' })]);
    expect(out).toBe(kept);
    expect(carryFields(page(), [snippet('list.html')])).toEqual(page());
    expect(page().carried).toEqual(nothingCarried());
  });

  it('judges a value carried earlier again with the new entries, keeping the first provenance', () => {
    const a = snippet('list-a.html', { date: '2021-05-18' });
    const first = carryFields(page(), [a]);
    const mirror = page({ id: 'ffffffffffffffff', source: 'mirror.html', carried: nothingCarried() });
    const second = carryFields(mirror, [first]);
    expect(second.date).toBe('2021-05-18');
    expect(second.carried.date.from).toEqual([a.id]);
    const disagreeing = carryFields(second, [{ ...mirror, id: 'eeeeeeeeeeeeeeee', source: 'm2.html', date: '2021-06-01' }]);
    expect(disagreeing.date).toBeNull();
    expect(disagreeing.carried.date).toMatchObject({ values: ['2021-05-18', '2021-06-01'], conflict: true });
  });
});

describe('the dedupe stages carry what they supersede', () => {
  it('the exact stage: a snippet superseded by the full answer gives its date and format, every copy with its source', async () => {
    const full = page();
    const copies = ['list-a.html', 'list-b.html'].map((s) => snippet(s, { date: '2021-05-18', format: 'voice' }));
    const out = await dedupe([full, ...copies]);
    expect(out.superseded.map((s) => s.id)).toEqual([copies[0]!.id]);
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]).toMatchObject({ id: full.id, date: '2021-05-18', format: 'voice' });
    expect(out.entries[0]!.carried.format).toEqual({ values: ['voice', 'voice'], from: [copies[0]!.id, copies[0]!.id], sources: ['list-a.html', 'list-b.html'], conflict: false });
  });

  it('the exact stage: another copy of the same id gives what the kept copy lacks', async () => {
    const withDate = page({ source: 'a.html', date: '2021-05-18', url: 'https://x.example/1.html' });
    const withFormat = page({ source: 'b.html', format: 'video' });
    const [kept] = (await dedupe([withFormat, withDate])).entries;
    expect(kept).toMatchObject({ source: 'a.html', date: '2021-05-18', format: 'video' });
    expect(kept!.carried.format).toEqual({ values: ['video'], from: [withDate.id], sources: ['b.html'], conflict: false });
    expect(kept!.carried.date.values).toEqual([]);
  });

  it('the exact stage: a page that lists one item twice is one source of it, as first seen', async () => {
    const full = page();
    const first = snippet('list-a.html', { date: '2021-05-18' });
    const again = snippet('list-a.html', { date: '2021-05-19' });
    const other = snippet('list-b.html', { date: '2021-05-18' });
    const out = await dedupe([first, full, again, other]);
    expect(out.superseded).toHaveLength(1);
    expect(out.superseded[0]!.sources).toEqual(['list-a.html', 'list-b.html']);
    // The second listing's date is not a copy of its own: the two copies agree, and the date is carried.
    expect(out.entries[0]).toMatchObject({ id: full.id, date: '2021-05-18' });
    expect(out.entries[0]!.carried.date).toEqual({ values: ['2021-05-18', '2021-05-18'], from: [first.id, first.id], sources: ['list-a.html', 'list-b.html'], conflict: false });
  });

  it('the near-duplicate stage: a cluster member gives its date to the member kept', async () => {
    const kept = page();
    const mirror = { ...makeEntry({ question: Q, answer: FULL.replaceAll('，', ','), source: 'mirror.html' }), date: '2021-05-18' };
    const stage = new NearDupeStage();
    async function* input(): AsyncIterable<KeyedRecord> {
      for (const entry of [kept, mirror]) yield keyed(entry);
    }
    const out: Entry[] = [];
    for await (const r of stage.run(input())) if (r.kind === 'entry') out.push(r.entry);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: kept.id, date: '2021-05-18' });
    expect(out[0]!.carried.date).toEqual({ values: ['2021-05-18'], from: [mirror.id], sources: ['mirror.html'], conflict: false });
    expect(stage.stats.carried).toBe(1);
  });
});

describe('a run over fixtures/pages', () => {
  const PAGES = relative(process.cwd(), fixturePath('pages'));
  let entries: Entry[];
  beforeAll(async () => {
    const out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [PAGES], outDir: out });
    ({ entries } = await readDataset(out));
  });

  it('脸色发黄: the full page (no format shown) takes 语音解答 from the seed snippet it supersedes, as seen in three lists', () => {
    const full = entries.find((e) => e.question === '脸色发黄是什么原因引起的')!;
    expect(full).toMatchObject({ origin: 'page', source: join(PAGES, 'youlai-desktop-0A0A0Aplac3.html'), format: 'voice', date: '2020-12-16' });
    expect(full.supersedes).toHaveLength(1);
    expect(full.carried.format).toEqual({
      values: ['voice', 'voice', 'voice'],
      from: [full.supersedes[0], full.supersedes[0], full.supersedes[0]],
      sources: ['seed-page.txt', 'youlai-desktop-749259.html', 'youlai-mobile-796E93gPx5Y.html'].map((n) => join(PAGES, n)),
      conflict: false,
    });
    expect(full.carried.date.values).toEqual([]);
  });

  it("后背抽筋: the seed text copy is an exact copy that gives way; the entry kept takes the format the mobile page shows", () => {
    const main = entries.find((e) => e.question === '后背抽筋的疼怎么回事')!;
    expect(main.source).not.toBe(join(PAGES, 'seed-page.txt'));
    expect(main).toMatchObject({ format: 'voice', date: '2021-05-18' });
    expect(main.carried.format).toEqual({ values: ['voice'], from: [main.id], sources: [join(PAGES, 'youlai-mobile-796E93gPx5Y.html')], conflict: false });
  });

  it('carries nothing in conflict and leaves entries that stand for nobody as they were', () => {
    expect(entries.filter((e) => e.carried.date.conflict || e.carried.format.conflict)).toEqual([]);
    const alone = entries.filter((e) => e.sources.length === 1 && e.supersedes.length === 0);
    expect(alone.length).toBeGreaterThan(0);
    for (const e of alone) expect(e.carried).toEqual(nothingCarried());
  });
});
