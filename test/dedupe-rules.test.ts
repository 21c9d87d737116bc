import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/schema/entry.js';
import { confirmAgainstFullAnswers } from '../src/dedupe/confirm-snippets.js';
import { PublishedStore } from '../src/dedupe/published-store.js';
import { beats, completeness, firstSeen, smallerSource, winner } from '../src/dedupe/ranking.js';
import { entryBatches, openScratchDb } from '../src/dedupe/scratch-db.js';
import { isCutFrom, isSnippet, placeSnippet, snippetKey, type SnippetLevel } from '../src/dedupe/snippet.js';
import { findSuperseded } from '../src/dedupe/supersede.js';
import { dedupe, makeEntry } from './helpers/entries.js';
import { readFixturePage } from './helpers/pages.js';

const Q = '宝宝发烧能洗澡吗？';
const FULL = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。洗完后要及时擦干身体、穿好衣服，避免再次受凉。';
const zhao = { name: '赵文静', title: '主治医师', hospital: '江州市儿童医院' };
const li = { name: '李明', title: '主任医师', hospital: '江州市第一人民医院' };
const byId = (entries: Entry[], id: string) => entries.find((e) => e.id === id);

describe('exact duplicates', () => {
  it('collapse after NFKC and whitespace normalisation into one entry listing every source', async () => {
    const a = makeEntry({ question: Q, answer: FULL, source: 'a.html' });
    const halfWidth = makeEntry({ question: '宝宝发烧能洗澡吗?', answer: FULL.replaceAll('，', ','), source: 'b.html' });
    const spaced = makeEntry({ question: ` 宝宝发烧 能洗澡吗？`, answer: FULL.replace('。', '。 \n '), source: 'c.html' });
    expect(new Set([a.id, halfWidth.id, spaced.id]).size).toBe(1);
    const out = await dedupe([a, halfWidth, spaced]);
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]!.sources).toEqual(['a.html', 'b.html', 'c.html']);
    expect(out.superseded).toEqual([]);
  });

  it('keep the text as the page printed it (normalisation is for comparing only)', async () => {
    const out = await dedupe([makeEntry({ question: Q, answer: FULL, source: 'a.html' })]);
    expect(out.entries[0]!.answer).toBe(FULL);
    expect(out.entries[0]!.question).toBe(Q);
  });

  it('the page entry stands for a related-list copy of the same answer by the same doctor', async () => {
    const related = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'related', position: 3, source: 'list.html' });
    const page = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'page', url: 'https://x.example/1.html', source: 'page.html' });
    const out = await dedupe([related, page]);
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]).toMatchObject({ origin: 'page', url: 'https://x.example/1.html', sources: ['list.html', 'page.html'] });
  });
});

describe('is this a snippet of that answer (one test for every stage)', () => {
  const full = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'page', url: 'https://x.example/1.html', source: 'page.html' });
  const related = (answer: string, doctor: typeof zhao | null = null) => makeEntry({ question: Q, answer, doctor, origin: 'related', url: 'https://x.example/1.html', source: 'list.html' });
  const place = (snippet: Entry, of: Entry, level: SnippetLevel) => placeSnippet(snippet, snippetKey(snippet, level), snippetKey(of, level));

  it('takes related-list items and entries flagged as cut off for snippets, never a complete answer', () => {
    expect(isSnippet(related(FULL))).toBe(true);
    const cut = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不', doctor: zhao });
    expect([cut.origin, isSnippet(cut)]).toEqual(['page', true]);
    const short = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。', doctor: zhao });
    expect(isSnippet(short)).toBe(false);
    expect(place(short, full, 'content')).toBeNull();
  });

  it('places a snippet inside the answer it was cut from, at the end, at the start or at both ends', () => {
    expect(place(related('宝宝发烧时可以洗澡，但水温要适宜，时间不'), full, 'content')).toEqual({ relation: 'inside', textBefore: false, textAfter: true });
    expect(place(related('时间不宜过长。洗完后要及时擦干身体、穿好衣服，避免再次受凉。'), full, 'text')).toEqual({ relation: 'inside', textBefore: true, textAfter: false });
    expect(place(related('但水温要适宜，时间不宜过长。洗完后'), full, 'content')).toMatchObject({ relation: 'inside', textBefore: true, textAfter: true });
    expect(place(related('宝宝发烧时可以洗澡，但水温要适宜…'), full, 'text')).toMatchObject({ relation: 'inside' });
    expect(place(related('宝宝发烧时可以'), full, 'content')).toBeNull(); // too short to tell
  });

  it("never takes another doctor's answer for the one a snippet was cut from; a snippet that names no doctor may be anyone's", () => {
    const cut = '宝宝发烧时可以洗澡，但水温要适宜，时间不';
    expect(place(related(cut, li), full, 'content')).toBeNull();
    expect(place(related(cut, zhao), full, 'content')).not.toBeNull();
    expect(place(related(cut), full, 'content')).not.toBeNull();
  });

  it('compares text in the exact stage and content after it: switched punctuation places only on content', () => {
    const ascii = related(FULL.replaceAll('，', ',').replaceAll('。', '.').slice(0, 30));
    expect(place(ascii, full, 'text')).toBeNull();
    expect(place(ascii, full, 'content')).toMatchObject({ relation: 'inside', textAfter: true });
    // Width alone (，/,) is folded at both levels.
    expect(place(related(FULL.replaceAll('，', ',').slice(0, 30)), full, 'text')).toMatchObject({ relation: 'inside' });
  });

  it('sees a copy that lost only its final 。 as cut from the answer by text, and as the same answer by content', () => {
    const lost = related(FULL.slice(0, -1));
    expect(isCutFrom(lost, snippetKey(lost, 'text'), snippetKey(full, 'text'))).toBe(true);
    expect(place(lost, full, 'content')).toEqual({ relation: 'same', textBefore: false, textAfter: false });
    expect(isCutFrom(lost, snippetKey(lost, 'content'), snippetKey(full, 'content'))).toBe(false);
  });

  it('the exact stage, the near-duplicate confirmation and the published store agree on a related-list summary', async () => {
    const summary = related('宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。洗完后要及时');
    expect(findSuperseded([summary, full]).get(summary.id)).toEqual({ superseded_by: full.id, reason: 'truncated_snippet' });
    expect(confirmAgainstFullAnswers([summary, full]).supersededBy.get(summary.id)).toBe(full.id);
    const dir = mkdtempSync(join(tmpdir(), 'qa-harvest-snippet-test-'));
    try {
      const path = join(dir, 'published.sqlite');
      const store = PublishedStore.open(path);
      store.markSeen(full);
      store.commit('run-1');
      expect(store.explain({ ...summary, url: null })).toMatchObject({ status: 'duplicate_of_published', publishedId: full.id });
      expect(store.classify({ ...summary, url: null, doctor: { ...summary.doctor, name: '李明' } })).toBe('new');
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('which copy wins (one ranking for every stage)', () => {
  const page = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'page', url: 'https://x.example/1.html', date: '2024-05-01', source: 'page.html' });

  it('ranks the complete copy first: not cut off, then fewer defects, more of the doctor card, the page itself, more text, url/date/disclaimer', () => {
    const cut = makeEntry({ question: Q, answer: FULL.slice(0, 30), doctor: zhao, origin: 'page', url: 'https://x.example/1.html', date: '2024-05-01' });
    const lessCard = makeEntry({ question: Q, answer: FULL, doctor: { name: '赵文静' }, origin: 'page', url: 'https://x.example/1.html', date: '2024-05-01' });
    const related = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'related', url: 'https://x.example/1.html', date: '2024-05-01' });
    const noDate = makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'page', url: 'https://x.example/1.html' });
    expect(cut.flags).toContain('cut_off_end');
    for (const worse of [cut, lessCard, related, noDate]) expect(completeness(page)).toBeGreaterThan(completeness(worse));
    // More of the card outweighs a longer answer: the card says who answered.
    const longerNoCard = makeEntry({ question: Q, answer: `${FULL}多喝水。`, doctor: { name: '赵文静' }, origin: 'page', url: 'https://x.example/1.html', date: '2024-05-01' });
    expect(completeness(page)).toBeGreaterThan(completeness(longerNoCard));
  });

  it('breaks ties only between equally complete copies, by the tie-break the stage names', () => {
    const a = { rank: 5, source: 'b.html', seq: 1 };
    const b = { rank: 5, source: 'a.html', seq: 2 };
    const better = { rank: 6, source: 'z.html', seq: 3 };
    expect(beats(b, a, smallerSource)).toBe(true);
    expect(beats(a, b, firstSeen)).toBe(true);
    expect(winner([a, b, better], smallerSource)).toBe(better);
    expect(winner([a, b], smallerSource)).toBe(b);
    expect(winner([a, b], firstSeen)).toBe(a);
    expect(winner([], firstSeen)).toBeUndefined();
  });

  it('the exact stage keeps the same copy whatever the input order: the most complete, then the smaller source', async () => {
    const copy = (source: string, date: string | null) => makeEntry({ question: Q, answer: FULL, doctor: zhao, origin: 'page', url: 'https://x.example/1.html', date, source });
    const copies = [copy('c.html', null), copy('b.html', '2024-05-01'), copy('a.html', null), copy('d.html', '2024-05-01')];
    for (const order of [copies, [...copies].reverse()]) {
      const out = await dedupe(order);
      expect(out.entries).toHaveLength(1);
      expect(out.entries[0]).toMatchObject({ source: 'b.html', date: '2024-05-01', sources: ['a.html', 'b.html', 'c.html', 'd.html'] });
    }
  });
});

describe('never merged', () => {
  it('the same question and answer by a different doctor is a different entry', async () => {
    const out = await dedupe([makeEntry({ question: Q, answer: FULL, doctor: zhao }), makeEntry({ question: Q, answer: FULL, doctor: li })]);
    expect(out.entries.map((e) => e.doctor.name).sort()).toEqual(['李明', '赵文静']);
    expect(out.superseded).toEqual([]);
  });

  it('the same question with a different answer is a different entry', async () => {
    const other = '发烧期间最好不要洗澡，可以用温水擦身。';
    const out = await dedupe([makeEntry({ question: Q, answer: FULL, doctor: zhao }), makeEntry({ question: Q, answer: other, doctor: zhao })]);
    expect(out.entries).toHaveLength(2);
  });

  it("a doctor's complete short answer inside the same doctor's longer answer stays (it is not a cut-off snippet)", async () => {
    const short = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。', doctor: zhao, source: 'short.html' });
    const long = makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'long.html' });
    expect(short.flags).toEqual([]);
    const out = await dedupe([short, long]);
    expect(out.entries.map((e) => e.id).sort()).toEqual([short.id, long.id].sort());
    expect(out.superseded).toEqual([]);
  });

  it("a doctor's cut-off answer is not superseded by another doctor's answer that contains it", () => {
    const cut = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不', doctor: li });
    expect(cut.flags).toContain('cut_off_end');
    expect(findSuperseded([cut, makeEntry({ question: Q, answer: FULL, doctor: zhao })]).size).toBe(0);
  });

  it('a snippet of a different question is not superseded, however alike the text', async () => {
    const snippet = makeEntry({ question: '宝宝发烧能吃鸡蛋吗？', answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不' });
    const out = await dedupe([snippet, makeEntry({ question: Q, answer: FULL, doctor: zhao })]);
    expect(out.entries).toHaveLength(2);
  });
});

describe('cut-off snippets', () => {
  it('a snippet cut at the end is superseded by the full answer that starts with it', async () => {
    const snippet = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不', source: 'list.html' });
    const full = makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'page.html' });
    const out = await dedupe([snippet, full]);
    expect(out.entries.map((e) => e.id)).toEqual([full.id]);
    expect(out.entries[0]!.supersedes).toEqual([snippet.id]);
    expect(out.superseded).toEqual([
      expect.objectContaining({ id: snippet.id, superseded_by: full.id, reason: 'truncated_snippet', question: Q, sources: ['list.html'] }),
    ]);
  });

  it('a snippet with an ellipsis in place of the rest is superseded too', () => {
    const snippet = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜…' });
    const full = makeEntry({ question: Q, answer: FULL, doctor: zhao });
    expect(findSuperseded([snippet, full]).get(snippet.id)).toEqual({ superseded_by: full.id, reason: 'truncated_snippet' });
  });

  it('a doctorless copy of a doctor\'s answer gives way to it (same_answer) and hands over its sources', async () => {
    const copy = makeEntry({ question: Q, answer: FULL, source: 'list.html' });
    const full = makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'page.html' });
    const out = await dedupe([copy, full]);
    expect(out.superseded).toEqual([expect.objectContaining({ id: copy.id, superseded_by: full.id, reason: 'same_answer' })]);
    expect(out.entries[0]!.sources).toEqual(['list.html', 'page.html']);
  });

  it('a snippet is never superseded by a shorter or equally long text, and a lone snippet stays flagged', async () => {
    const snippet = makeEntry({ question: Q, answer: '宝宝发烧时可以洗澡，但水温要适宜，时间不' });
    const out = await dedupe([snippet]);
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]!.flags).toContain('cut_off_end');
  });
});

describe('the fixtures: seed snippets and their full pages', () => {
  const fixtureEntries = () =>
    ['pages/seed-page.txt', 'pages/youlai-desktop-749259.html', 'pages/youlai-desktop-0A0A0Aplac3.html', 'pages/youlai-mobile-0A0A0Aplac4.html'].flatMap(
      (rel) => readFixturePage(rel).entries,
    );

  it('the 脸色发黄 snippet (cut at both ends) and the 女生第一次 snippet are superseded by their full pages', async () => {
    const out = await dedupe(fixtureEntries());
    const plac3 = out.entries.find((e) => e.url === 'https://www.youlai.cn/ask/0A0A0Aplac3.html')!;
    const plac4 = out.entries.find((e) => e.url === 'https://m.youlai.cn/ask/0A0A0Aplac4.html')!;
    expect(out.superseded.map((s) => [s.question, s.superseded_by, s.reason])).toEqual([
      ['脸色发黄是什么原因引起的', plac3.id, 'truncated_snippet'],
      ['女生第一次性生活会流血吗', plac4.id, 'truncated_snippet'],
    ]);
    expect(plac3.supersedes).toEqual([out.superseded[0]!.id]);
    expect(plac4.supersedes).toEqual([out.superseded[1]!.id]);
    expect(out.entries.filter((e) => e.flags.includes('cut_off_end'))).toEqual([]);
    expect(out.superseded[0]!.sources).toEqual(['fixtures/pages/seed-page.txt', 'fixtures/pages/youlai-desktop-749259.html']);
  });

  it('ids are stable across runs and independent of input order', async () => {
    const forward = await dedupe(fixtureEntries());
    const backward = await dedupe(fixtureEntries().reverse());
    const ids = (o: typeof forward) => [...o.entries.map((e) => e.id)].sort();
    expect(ids(backward)).toEqual(ids(forward));
    expect(backward.superseded.map((s) => s.id).sort()).toEqual(forward.superseded.map((s) => s.id).sort());
    expect(ids(await dedupe(fixtureEntries()))).toEqual(ids(forward));
    for (const entry of forward.entries) expect(byId(backward.entries, entry.id)!.sources).toEqual(entry.sources);
  });

  it('an id does not depend on where the page was read from', () => {
    const a = makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'one/place.html', site: 'a.example' });
    const b = makeEntry({ question: Q, answer: FULL, doctor: zhao, source: 'another/place.html', site: 'a.example' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("the stages' scratch index", () => {
  it('lives in a temporary folder of its own that closing removes, without syncs', async () => {
    const scratch = await openScratchDb('near-dupes', { cacheKib: 32000 });
    const file = scratch.db.name;
    expect(file).toMatch(/qa-harvest-near-dupes-[^/\\]+[/\\]near-dupes-\d+-\d+\.sqlite$/);
    expect(scratch.db.pragma('synchronous', { simple: true })).toBe(0);
    expect(scratch.db.pragma('cache_size', { simple: true })).toBe(-32000);
    await scratch.close();
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('writes no rollback journal', async () => {
    const scratch = await openScratchDb('dedupe');
    const { db } = scratch;
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('off');
      db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
      const put = db.prepare('INSERT INTO t VALUES (?, ?)');
      let during: string[] = [];
      db.transaction(() => {
        for (let i = 0; i < 2000; i++) put.run(`k${(i * 7919) % 2000}`, 'x'.repeat(200));
        // A rollback journal would sit beside the file while the transaction is open.
        during = readdirSync(dirname(db.name));
      })();
      expect(during).toEqual([basename(db.name)]);
    } finally {
      await scratch.close();
    }
  });

  // SQLite's temporary files are unlinked as they are opened: an open one shows in /proc as deleted.
  it.runIf(existsSync('/proc/self/fd'))('sorts in memory up to its page cache and in a temporary file past it, so memory stays bounded', async () => {
    const openTempFiles = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).endsWith(' (deleted)');
      } catch {
        return false; // closed since it was listed
      }
    });
    const scratch = await openScratchDb('dedupe', { cacheKib: 1000 });
    const { db } = scratch;
    try {
      db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
      const put = db.prepare('INSERT INTO t (v) VALUES (?)');
      // About 4 MB of rows, in an order no index gives.
      db.transaction(() => {
        for (let i = 0; i < 20000; i++) put.run(`${String((i * 7919) % 20000).padStart(6, '0')}${'x'.repeat(200)}`);
      })();
      const before = openTempFiles().length;
      const whileReading = (sql: string) => {
        const rows = db.prepare(sql).iterate();
        rows.next();
        const open = openTempFiles().length - before;
        rows.return?.();
        return open;
      };
      expect(whileReading('SELECT v FROM t WHERE k <= 100 ORDER BY v')).toBe(0);
      expect(whileReading('SELECT v FROM t ORDER BY v')).toBe(1);
      expect(openTempFiles().length).toBe(before);
    } finally {
      await scratch.close();
    }
  });

  it('is filled in batches of entries, one transaction each, with every other record passed on in input order', async () => {
    const e = (n: number) => makeEntry({ question: Q, answer: `${FULL}${n}`, source: `${n}.html` });
    const reject = { kind: 'reject' as const, reject: { source: 'x.html', stage: 'extract' as const, reason: 'no_entries', detail: '', origin: null, position: null, status: null, at: new Date(0).toISOString() } };
    async function* input() {
      for (let n = 0; n < 5; n++) yield { kind: 'entry' as const, entry: e(n) };
      yield reject;
      yield { kind: 'entry' as const, entry: e(5) };
    }
    const seen: string[] = [];
    for await (const item of entryBatches(input(), 2)) seen.push(Array.isArray(item) ? item.map((x) => x.entry.source).join(',') : item.kind);
    expect(seen).toEqual(['0.html,1.html', '2.html,3.html', 'reject', '4.html,5.html']);
  });

  it('leaves a work folder it was given in place', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'qa-harvest-scratch-test-'));
    try {
      const scratch = await openScratchDb('dedupe', { workDir });
      expect(dirname(scratch.db.name)).toBe(workDir);
      await scratch.close();
      expect(existsSync(workDir)).toBe(true);
      expect(readdirSync(workDir)).toHaveLength(1);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
