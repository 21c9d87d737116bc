import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, identityKey, PublishedStore } from '../src/dedupe/published-store.js';
import { entryKeys } from '../src/dedupe/entry-keys.js';
import { bandKeys, signatureFromBuffer, signatureToBuffer } from '../src/dedupe/minhash.js';
import { DEFAULT_NEAR_DUPE_OPTIONS } from '../src/dedupe/near-dupes.js';
import { contentCore, doctorKey } from '../src/core/text.js';
import { urlIdentity } from '../src/core/url.js';
import type { Entry } from '../src/schema/entry.js';
import { entryFrom, type DupeRow } from '../scripts/quality-fixtures.js';

const answer =
  '幽门螺杆菌主要通过口口传播和粪口传播，家庭内共餐、共用餐具是常见的感染途径。感染后可能引起慢性胃炎、消化性溃疡，少数人还会增加胃癌的风险。目前推荐的根除方案是铋剂四联疗法，疗程十到十四天。';
const doctor = (name: string) => ({ name, title: '主治医师', department: '消化内科', hospital: '江州市第一人民医院', hospital_grade: '三甲' });
const ascii = (s: string) => s.replace(/，/g, ',').replace(/。/g, '.').replace(/、/g, ',');
function entry(over: Partial<Omit<DupeRow, 'key' | 'cluster' | 'note' | 'flags'>> = {}): Entry {
  return entryFrom({ question: '幽门螺杆菌是怎么传染的', answer, doctor: doctor('孙强'), origin: 'page', url: 'https://www.kangwen.example/wenda/7.html', source: 'a.html', ...over });
}

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qa-harvest-store-test-'));
  path = join(dir, '.state', 'published.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function publish(entries: Entry[], runId: string): void {
  const store = PublishedStore.open(path);
  for (const e of entries) store.markSeen(e);
  store.commit(runId);
  store.close();
}

describe('identity', () => {
  it('is the normalised url where known, else the question with the doctor', () => {
    expect(urlIdentity('HTTPS://www.Kangwen.example/wenda/7.html/?utm_source=x&from=app#top')).toBe('https://www.kangwen.example/wenda/7.html');
    expect(urlIdentity('https://m.youlai.cn/ask/1.html?id=2')).toBe('https://m.youlai.cn/ask/1.html?id=2');
    expect(identityKey(entry())).toBe('url:https://www.kangwen.example/wenda/7.html');
    expect(identityKey(entry({ url: null }))).toBe(identityKey(entry({ url: null, question: '幽门螺杆菌是怎么传染的？', answer: '不同的回答。' })));
    expect(identityKey(entry({ url: null }))).not.toBe(identityKey(entry({ url: null, doctor: doctor('王芳') })));
  });
  it('takes one page linked two ways for one identity, as the crawler does (parameter order, tracking)', () => {
    const a = identityKey(entry({ url: 'https://m.youlai.cn/ask/1.html?b=2&a=1&utm_source=x' }));
    expect(a).toBe(identityKey(entry({ url: 'HTTPS://m.youlai.cn:443/ask/1.html/?a=1&b=2&share_from=app#top' })));
    expect(a).not.toBe(identityKey(entry({ url: 'https://m.youlai.cn/ask/1.html?a=1&b=3' })));
  });
  it('keeps content apart from identity: flags and sources do not change the hash', () => {
    const e = entry();
    const reflagged: Entry = { ...e, flags: ['no_doctor'], sources: ['x.html', 'y.html'] };
    expect(contentHash(reflagged)).toBe(contentHash(e));
    expect(contentHash({ ...e, answer: `${answer}多喝水。` })).not.toBe(contentHash(e));
  });
});

describe('PublishedStore across runs', () => {
  it('a first run finds everything new; the same entry next run is unchanged', () => {
    const store = PublishedStore.open(path);
    expect(store.classify(entry())).toBe('new');
    store.markSeen(entry());
    expect(store.counts()).toMatchObject({ new: 1, gone: 0 });
    store.commit('run-1');
    store.close();
    const next = PublishedStore.open(path);
    expect(next.classify(entry())).toBe('unchanged');
    expect(next.size()).toBe(1);
    next.close();
  });

  it('an edited answer at the same url is changed, and commit stores the new content', () => {
    publish([entry()], 'run-1');
    const edited = entry({ answer: `${answer}停药四周后要复查呼气试验。` });
    const store = PublishedStore.open(path);
    expect(store.classify(edited)).toBe('changed');
    store.markSeen(edited);
    store.commit('run-2');
    expect(store.classify(edited)).toBe('unchanged');
    store.close();
  });

  it('never takes a duplicate of an earlier run’s entry for new: a mirror copy at another url', () => {
    publish([entry()], 'run-1');
    const store = PublishedStore.open(path);
    const mirror = entry({ answer: ascii(answer), doctor: null, url: 'https://mirror.example/ask/1.html', source: 'mirror.html' });
    expect(store.explain(mirror)).toMatchObject({ status: 'duplicate_of_published', publishedId: entry().id });
    // The same question, answer and doctor are the same entry (its id): moved to another url, it changed.
    const moved = entry({ url: 'https://www.kangwen.example/wenda/new-7.html' });
    expect(store.explain(moved)).toMatchObject({ status: 'changed', publishedId: entry().id });
    store.close();
  });

  it('takes a related-list snippet of a published answer for a duplicate, not a change', () => {
    publish([entry()], 'run-1');
    const store = PublishedStore.open(path);
    const snippet = entry({ answer: answer.slice(0, 50), doctor: null, origin: 'related', source: 'list.html' });
    expect(store.classify(snippet)).toBe('duplicate_of_published');
    const elsewhere = entry({ answer: answer.slice(0, 50), doctor: null, origin: 'related', url: null, source: 'list.html' });
    expect(store.classify(elsewhere)).toBe('duplicate_of_published');
    store.close();
  });

  it('never takes the same text by another doctor for a duplicate', () => {
    publish([entry()], 'run-1');
    const store = PublishedStore.open(path);
    expect(store.classify(entry({ doctor: doctor('王芳'), url: 'https://www.kangwen.example/wenda/8.html' }))).toBe('new');
    store.close();
  });

  it('reports what is gone, even where a duplicate of it is live: a delta carries the duplicate and deletes the gone', () => {
    const kept = entry();
    const dropped = entry({ question: '胃镜检查前要注意什么', answer: '胃镜检查前一天晚上八点以后不要进食，检查当天早上不要喝水，有假牙的要提前取下，检查后两小时内不要吃东西。', url: 'https://www.kangwen.example/wenda/9.html' });
    publish([kept, dropped], 'run-1');
    const store = PublishedStore.open(path);
    // This run reads only a mirror of `kept`: a consumer applying the delta must end with what a full snapshot holds.
    const mirror = entry({ answer: ascii(answer), url: 'https://mirror.example/1.html' });
    expect(store.classify(mirror)).toBe('duplicate_of_published');
    expect(store.markSeen(mirror)).toBe('new');
    expect([...store.gone()].map((g) => g.url).sort()).toEqual([dropped.url, kept.url].sort());
    expect(store.counts()).toEqual({ new: 1, changed: 0, unchanged: 0, gone: 2 });
    store.commit('run-2');
    expect(store.size()).toBe(1);
    expect(store.classify(dropped)).toBe('new');
    expect(store.classify(mirror)).toBe('unchanged');
    store.close();
  });

  it('keeps every live entry of one identity: two entries sharing a url are each unchanged the next run', () => {
    const page = entry();
    const related = entry({ question: '幽门螺杆菌阳性要怎么治', answer: '幽门螺杆菌阳性一般建议根除治疗，常用铋剂四联疗法，疗程十到十四天，停药一个月后复查。', origin: 'related', doctor: null });
    expect(identityKey(related)).toBe(identityKey(page));
    publish([page, related], 'run-1');
    for (let run = 2; run <= 4; run++) {
      const store = PublishedStore.open(path);
      expect([store.markSeen(page), store.markSeen(related)]).toEqual(['unchanged', 'unchanged']);
      expect(store.counts()).toEqual({ new: 0, changed: 0, unchanged: 2, gone: 0 });
      store.commit(`run-${run}`);
      store.close();
    }
  });

  it('pairs a changed entry with the one of its identity it replaces; that one is listed as replaced, not gone', () => {
    publish([entry()], 'run-1');
    const store = PublishedStore.open(path);
    expect(store.markSeen(entry({ answer: `${answer}停药四周后要复查呼气试验。` }))).toBe('changed');
    expect(store.counts()).toEqual({ new: 0, changed: 1, unchanged: 0, gone: 0 });
    expect([...store.gone()]).toMatchObject([{ id: entry().id, replaced: true }]);
    store.close();
  });

  it('takes a prepared run through a crash: opened again it is still prepared, to be committed or rolled back', () => {
    publish([entry()], 'run-1');
    const extra = entry({ url: 'https://www.kangwen.example/wenda/10.html', question: '胃痛怎么办', answer: '胃痛的原因很多，先要明确是胃炎、溃疡还是功能性消化不良，建议做胃镜检查。' });
    const prepareAndDie = (runId: string) => {
      const run = PublishedStore.open(path);
      run.markSeen(entry());
      run.markSeen(extra);
      run.prepare(runId);
      run.close(); // the process dies here
      return PublishedStore.open(path);
    };
    const undone = prepareAndDie('run-2');
    expect(undone.prepared()).toBe('run-2');
    undone.rollback();
    expect([undone.prepared(), undone.size(), undone.classify(extra)]).toEqual([null, 1, 'new']);
    undone.close();

    const done = prepareAndDie('run-3');
    expect(() => done.commit('run-4')).toThrow(/run-3 prepared/);
    done.commit('run-3');
    expect([done.prepared(), done.size(), done.classify(extra)]).toEqual([null, 2, 'unchanged']);
    done.close();
  });

  it('keeps the first mark of an id marked twice in a run, and counts it once', () => {
    const first = entry({ source: 'a.html' });
    const again = entry({ source: 'b.html' });
    expect(again.id).toBe(first.id);
    const store = PublishedStore.open(path);
    store.markSeen(first);
    store.markSeen(again);
    expect(store.counts()).toMatchObject({ new: 1, changed: 0, unchanged: 0 });
    store.commit('run-1');
    expect([store.classify(first), store.classify(again)]).toEqual(['unchanged', 'changed']);
    store.close();
  });

  it('drops the marks of a run that never committed', () => {
    publish([entry()], 'run-1');
    const failed = PublishedStore.open(path);
    failed.markSeen(entry({ url: 'https://www.kangwen.example/wenda/10.html', question: '胃痛怎么办', answer: '胃痛的原因很多，先要明确是胃炎、溃疡还是功能性消化不良，建议做胃镜检查，明确原因后再对症治疗。' }));
    failed.close(); // the publish failed: no commit
    const next = PublishedStore.open(path);
    expect(next.counts()).toEqual({ new: 0, changed: 0, unchanged: 0, gone: 1 });
    expect(next.size()).toBe(1);
    next.close();
  });

  it('says of a gone entry the last run that published it, unchanged or written', () => {
    const stays = entry();
    const other = (n: number) =>
      entry({ question: `胃镜检查前要注意什么${n}`, answer: `胃镜检查前一天晚上八点以后不要进食，第${n}次检查当天早上不要喝水，检查后两小时内不要吃东西。`, url: `https://www.kangwen.example/wenda/${n}.html` });
    publish([stays, other(1), other(2)], 'run-1');
    // run-2 has the three as they were (unchanged) but for a changed answer of the second.
    const changed = { ...other(2), answer: `${other(2).answer}多喝水。` };
    publish([stays, other(1), changed], 'run-2');
    const store = PublishedStore.open(path);
    store.markSeen(stays);
    expect([...store.gone()].map((g) => [g.url, g.lastRun]).sort()).toEqual([
      [other(1).url, 'run-2'],
      [other(2).url, 'run-2'],
    ]);
    store.commit('run-3');
    store.close();
    // A store whose rows were written by runs long past: what went says the last run that had it.
    publish([stays, other(1)], 'run-4');
    publish([other(1)], 'run-5');
    const after = PublishedStore.open(path);
    expect([...after.gone()].map((g) => [g.url, g.lastRun])).toEqual([
      [other(1).url, 'run-5'],
    ]);
    after.close();
  });

  it('pages through many gone entries', () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      entry({ url: `https://www.kangwen.example/wenda/${i}.html`, question: `问题${i}`, answer: `第${i}个回答：${answer.slice(i % 40, (i % 40) + 60)}。` }),
    );
    publish(many, 'run-1');
    const store = PublishedStore.open(path);
    expect(store.size()).toBe(1200);
    expect([...store.gone()]).toHaveLength(1200);
    store.close();
  });

  it('builds its indexes afresh when a commit writes as many entries as it holds, and finds by them as before', () => {
    const indexes = () => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare<[], { name: string; tbl_name: string }>("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
      } finally {
        db.close();
      }
    };
    const many = Array.from({ length: 300 }, (_, i) => entry({ url: `https://www.kangwen.example/wenda/${i}.html`, question: `问题${i}`, answer: `第${i}个回答：${answer}` }));
    publish(many, 'run-1'); // a first run: every index built afresh
    const expected = [
      { name: 'live_key', tbl_name: 'live' },
      { name: 'published_content', tbl_name: 'published' },
      { name: 'published_key', tbl_name: 'published' },
      { name: 'published_qkey', tbl_name: 'published' },
    ];
    expect(indexes()).toEqual(expected);
    // Found by content, by identity and by LSH bucket, as with indexes written row by row.
    const store = PublishedStore.open(path);
    const mirror = many[7]!;
    expect(store.classify({ ...mirror, id: 'other', url: 'https://mirror.example/7.html', answer: ascii(mirror.answer), sources: ['m.html'], source: 'm.html' })).toBe('duplicate_of_published');
    expect(store.explain({ ...mirror, id: 'other', url: 'https://mirror.example/7.html', answer: ascii(mirror.answer) }).publishedId).toBe(mirror.id);
    expect(store.classify({ ...mirror, id: 'edited', answer: `${mirror.answer}多喝水。` })).toBe('changed');
    expect(store.classify(many[8]!)).toBe('unchanged');
    // A smaller run writes into the indexes it finds.
    store.markSeen(entry({ url: 'https://www.kangwen.example/wenda/new.html', question: '新问题', answer: `新的回答：${answer}` }));
    store.commit('run-2');
    store.close();
    expect(indexes()).toEqual(expected);
    const next = PublishedStore.open(path);
    expect(next.size()).toBe(1);
    next.close();
  });

  it('refuses to open with MinHash options its signatures were not made with', () => {
    publish([entry()], 'run-1');
    expect(() => PublishedStore.open(path, { shingleSize: 4 })).toThrow(/cannot be compared/);
  });
});

describe('the band keys: one b-tree by bucket and id', () => {
  const { bands } = DEFAULT_NEAR_DUPE_OPTIONS;
  const numbered = (i: number, text = answer) => entry({ url: `https://www.kangwen.example/wenda/${i}.html`, question: `问题${i}`, answer: `第${i}个回答：${text.slice(i % 40, (i % 40) + 70)}。` });
  const read = <T>(sql: string): T[] => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare<[], T>(sql).all();
    } finally {
      db.close();
    }
  };
  /** The band rows as the store holds them, and as every published entry's signature makes them. */
  const bandRows = () => ({
    held: read<{ bucket: number; id: string }>('SELECT bucket, id FROM band').map((r) => `${r.bucket}:${r.id}`).sort(),
    made: read<{ id: string; sig: Buffer }>('SELECT id, sig FROM published')
      .flatMap(({ id, sig }) => bandKeys(signatureFromBuffer(sig), bands).map((bkey, band) => `${band * 2 ** 32 + bkey}:${id}`))
      .sort(),
  });

  it('holds exactly the bands of what is published after runs that add, change and drop entries', () => {
    publish(Array.from({ length: 60 }, (_, i) => numbered(i)), 'run-1'); // a first run: bands written afresh
    let rows = bandRows();
    expect(rows.held).toHaveLength(60 * bands);
    expect(rows.held).toEqual(rows.made);
    // Smaller runs (their bands deleted and inserted by key): every third gone, every fifth edited, some new.
    for (const [run, from] of [['run-2', 0], ['run-3', 7]] as const) {
      const entries = Array.from({ length: 70 }, (_, i) => i + from)
        .filter((i) => i % 3 !== 1)
        .map((i) => (i % 5 === 0 ? numbered(i, `${answer}停药四周后要复查呼气试验。`.slice(3)) : numbered(i)));
      const store = PublishedStore.open(path);
      for (const e of entries) store.markSeen(e);
      const counts = store.counts();
      expect(counts.new + counts.changed).toBeLessThan(store.size()); // not the rebuild
      store.commit(run);
      expect(store.size()).toBe(entries.length);
      expect(entries.map((e) => store.classify(e))).toEqual(entries.map(() => 'unchanged'));
      store.close();
      rows = bandRows();
      expect(rows.held).toHaveLength(entries.length * bands);
      expect(rows.held).toEqual(rows.made);
    }
  });

  it('moves a store of the second layout (a band table with two indexes) over: found by bucket as before, its prepared run committed', () => {
    // The second layout's tables, written as its code wrote them.
    const many = Array.from({ length: 40 }, (_, i) => numbered(i));
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    const columns = 'key TEXT NOT NULL, version TEXT NOT NULL, content TEXT, qkey TEXT, question TEXT, doctor TEXT, url TEXT, core TEXT, sig BLOB';
    db.exec(`
      CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
      CREATE TABLE published (id TEXT PRIMARY KEY, ${columns}, first_run TEXT, last_run TEXT);
      CREATE TABLE band (band INTEGER NOT NULL, bkey INTEGER NOT NULL, id TEXT NOT NULL);
      CREATE INDEX published_key ON published (key);
      CREATE INDEX published_content ON published (content);
      CREATE INDEX published_qkey ON published (qkey);
      CREATE INDEX band_bucket ON band (band, bkey);
      CREATE INDEX band_id ON band (id);
      CREATE TABLE live (id TEXT PRIMARY KEY, ${columns}, carried INTEGER NOT NULL);
      CREATE INDEX live_key ON live (key);
      CREATE TABLE outgoing (id TEXT PRIMARY KEY, key TEXT NOT NULL, question TEXT, url TEXT, last_run TEXT, replaced INTEGER NOT NULL);
    `);
    db.pragma('user_version = 2');
    const { shingleSize, permutations } = DEFAULT_NEAR_DUPE_OPTIONS;
    db.prepare("INSERT INTO meta (k, v) VALUES ('minhash', ?)").run(JSON.stringify({ shingleSize, permutations, bands }));
    const row = (e: Entry) => {
      const keys = entryKeys(e);
      const sig = signatureToBuffer(keys.signature);
      return { id: e.id, key: keys.identity, version: keys.version, content: keys.content, qkey: contentCore(e.question), question: e.question, doctor: doctorKey(e.doctor.name), url: e.url, core: keys.answerCore, sig };
    };
    const insertPublished = db.prepare(`INSERT INTO published VALUES (@id, @key, @version, @content, @qkey, @question, @doctor, @url, @core, @sig, 'run-1', 'run-1')`);
    const insertBand = db.prepare('INSERT INTO band (band, bkey, id) VALUES (?, ?, ?)');
    for (const e of many) {
      const r = row(e);
      insertPublished.run(r);
      bandKeys(signatureFromBuffer(r.sig), bands).forEach((bkey, band) => insertBand.run(band, bkey, e.id));
    }
    // A second run prepared and never committed: the first 30 entries, the fifth one edited.
    const edited = numbered(5, `${answer}停药四周后要复查呼气试验。`.slice(3));
    const insertLive = db.prepare(`INSERT INTO live VALUES (@id, @key, @version, @content, @qkey, @question, @doctor, @url, @core, @sig, @carried)`);
    for (const e of many.slice(0, 30)) {
      if (e.id === many[5]!.id) continue;
      insertLive.run({ ...row(e), carried: 0 });
    }
    insertLive.run({ ...row(edited), carried: 1 });
    db.prepare("INSERT INTO meta (k, v) VALUES ('prepared', 'run-2')").run();
    db.close();

    const store = PublishedStore.open(path);
    expect(read<{ user_version: number }>('PRAGMA user_version')).toEqual([{ user_version: 3 }]);
    expect(read<{ name: string }>("SELECT name FROM pragma_table_info('band') ORDER BY cid")).toEqual([{ name: 'bucket' }, { name: 'id' }]);
    // One b-tree, the table's own: no index beside it.
    expect(read<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'band'")).toEqual([]);
    expect(read<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'band'")[0]!.sql).toMatch(/PRIMARY KEY \(bucket, id\)\) WITHOUT ROWID$/);
    let rows = bandRows();
    expect(rows.held).toHaveLength(40 * bands);
    expect(rows.held).toEqual(rows.made);
    // Read as before: by id, by identity, by content and by LSH bucket.
    expect(store.size()).toBe(40);
    expect(store.classify(many[8]!)).toBe('unchanged');
    const mirror = many[7]!;
    expect(store.explain({ ...mirror, id: 'other', url: 'https://mirror.example/7.html', answer: ascii(mirror.answer) })).toMatchObject({ status: 'duplicate_of_published', publishedId: mirror.id });
    expect(store.classify({ ...mirror, id: 'edited', answer: `${mirror.answer}多喝水。` })).toBe('changed');
    // The prepared run is still the next one to commit, and commits in the new layout.
    expect(store.prepared()).toBe('run-2');
    store.commit('run-2');
    expect([store.prepared(), store.size(), store.classify(edited), store.classify(many[5]!)]).toEqual([null, 30, 'unchanged', 'changed']);
    store.close();
    rows = bandRows();
    expect(rows.held).toHaveLength(30 * bands);
    expect(rows.held).toEqual(rows.made);
  });
});
