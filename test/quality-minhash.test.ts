import { describe, expect, it } from 'vitest';
import { bandKeys, candidateProbability, estimateSimilarity, fmix32, hash32, jaccard, minhash, shingleHashes, signatureFromBuffer, signatureToBuffer } from '../src/dedupe/minhash.js';
import { fingerprint } from '../src/dedupe/near-dupes.js';
import { comparable, contentCore, doctorKey, entryId, foldWidth, questionSimilarity } from '../src/core/text.js';

const answer =
  '血压控制得好，也不能自行停药。高血压是一种需要长期管理的慢性病，目前的降压药主要是控制血压，并不能根治。如果擅自停药，血压往往会在数天到数周内重新升高，甚至出现反跳。';

describe('text as comparison sees it', () => {
  it('folds width, CJK punctuation, whitespace and case', () => {
    expect(foldWidth('ＡＢＣ１２３，。“好”')).toBe('abc123,."好"');
    expect(contentCore('多喝 温水，\n注意休息。')).toBe(contentCore('多喝温水,注意休息'));
  });
  it('keeps symbols (℃ folds to °c) and drops punctuation, % included', () => {
    expect(contentCore('体温38.5℃，约5%')).toBe('体温385°c约5');
  });
  it('folds in levels: an id keeps punctuation, content drops it', () => {
    const printed = '宝宝发烧时可以洗澡，但水温要适宜，\n时间不宜过长。';
    expect(comparable(printed)).toBe('宝宝发烧时可以洗澡,但水温要适宜,时间不宜过长。');
    expect(comparable(printed)).not.toBe(comparable(printed.slice(0, -1)));
    expect(contentCore(printed)).toBe(contentCore(printed.slice(0, -1)));
    expect(contentCore(printed)).toBe('宝宝发烧时可以洗澡但水温要适宜时间不宜过长');
    expect(doctorKey(' 赵 文静 ')).toBe('赵文静');
    expect(doctorKey('  ')).toBeNull();
  });
  it('gives the ids earlier runs gave: spacing and width aside, a lost 。 or a missing doctor is another id', () => {
    const answer = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。';
    expect(entryId('宝宝发烧能洗澡吗？', answer, '赵文静')).toBe('2f3666b339e1efe5');
    expect(entryId(' 宝宝发烧 能洗澡吗?', answer.replaceAll('，', ',').replace('时间', '\n时间'), '赵文静')).toBe('2f3666b339e1efe5');
    expect(entryId('宝宝发烧能洗澡吗？', answer.slice(0, -1), '赵文静')).toBe('bea104290266a5d8');
    expect(entryId('宝宝发烧能洗澡吗？', answer, null)).toBe('12c297c1738b5355');
  });
  it('treats questions that differ only in template words as the same question', () => {
    expect(questionSimilarity('后背抽筋的疼怎么回事', '后背抽筋疼是怎么回事？')).toBe(1);
    expect(questionSimilarity('头疼怎么回事', '腰疼怎么回事')).toBeLessThan(0.5);
  });
});

describe('32-bit MinHash', () => {
  it('hashes with 32-bit integer arithmetic, the same on every run', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(hash32('脸色发黄')).toBe(hash32('脸色发黄'));
    expect(Number.isInteger(hash32('𠮷')) && hash32('𠮷') >= 0 && hash32('𠮷') < 2 ** 32).toBe(true);
    const sig = minhash(shingleHashes(contentCore(answer), 3), 128);
    expect(sig).toBeInstanceOf(Uint32Array);
    expect([...sig]).toEqual([...minhash(shingleHashes(contentCore(answer), 3), 128)]);
  });

  it('counts astral characters as one character in shingles', () => {
    expect(shingleHashes('𠮷𠮷𠮷', 3).size).toBe(1);
    expect(shingleHashes('ab', 3).size).toBe(1);
    expect(shingleHashes('', 3).size).toBe(0);
  });

  it('estimates Jaccard similarity within a few points', () => {
    const a = shingleHashes(contentCore(answer), 3);
    const edited = answer.replace('长期管理', '终身管理').replace('重新升高', '再次升高').replace('数天到数周', '几天到几周');
    const b = shingleHashes(contentCore(edited), 3);
    const exact = jaccard(a, b);
    const estimate = estimateSimilarity(minhash(a, 128), minhash(b, 128));
    expect(exact).toBeGreaterThan(0.6);
    expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
  });

  it('gives a copy with switched punctuation width, other spacing and no final 。 the same signature', () => {
    const copy = answer.replace(/，/g, ',').replace(/。/g, '.').replace('高血压', '高 血压').slice(0, -1);
    const e = (a: string) => fingerprint({ question: 'q', answer: a, doctor: { name: null } });
    expect(estimateSimilarity(e(answer).signature, e(copy).signature)).toBe(1);
  });

  it('cuts signatures into LSH bands and round-trips them through SQLite blobs', () => {
    const sig = minhash(shingleHashes(contentCore(answer), 3), 128);
    const keys = bandKeys(sig, 32);
    expect(keys).toHaveLength(32);
    expect(keys.every((k) => Number.isInteger(k) && k >= 0 && k < 2 ** 32)).toBe(true);
    expect([...signatureFromBuffer(signatureToBuffer(sig))]).toEqual([...sig]);
    expect(() => bandKeys(sig, 30)).toThrow(/do not split/);
    expect(candidateProbability(0.5, 32, 4)).toBeCloseTo(0.873, 2);
  });
});
