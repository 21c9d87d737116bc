import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, identityKey, PublishedStore } from '../src/dedupe/published-store.js';
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
      { name: 'band_bucket', tbl_name: 'band' },
      { name: 'band_id', tbl_name: 'band' },
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
