import { describe, expect, it } from 'vitest';
import { isCutOffEnd, isCutOffStart, qualityFlags } from '../src/flags/flags.js';
import { entriesOf, readFixturePage } from './helpers/pages.js';

const complete = '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长。';
const flagsOf = (answer: string, extra: Partial<Parameters<typeof qualityFlags>[0]> = {}) =>
  qualityFlags({ answer, hasDoctor: true, ...extra });

describe('cut off at the end', () => {
  it.each([
    ['。', complete],
    ['等。', '常见的原因有受凉、劳累、饮食不当等。'],
    ['！', '一定要及时就医！'],
    ['？', '为什么会这样呢？其实这是正常的生理现象？'],
    ['a closing quote ”', '医生常说“多喝水”'],
    ['a closing bracket after a sentence', '注意休息。（仅供参考）'],
    ['an ASCII full stop', 'Take it easy.'],
    ['trailing whitespace after 。', `${complete}  \n`],
  ])('an answer ending in %s is complete', (_, answer) => {
    expect(isCutOffEnd(answer)).toBe(false);
  });

  it.each([
    ['…', '家长可以先给宝宝搓一搓手脚，适当多喝点…'],
    ['……', '可以适当多喝点水……'],
    ['...', '可能是乳腺增生引起的...'],
    ['。。。', '可能是乳腺增生引起的。。。'],
    ['a semicolon', '并伴有明显的疼痛;'],
    ['a full-width semicolon', '并伴有明显的疼痛；'],
    ['a comma', '宝宝发烧时可以洗澡，'],
    ['mid-word (…如果抽搐超)', '大多数热性惊厥在几分钟内能够自行缓解，如果抽搐超'],
    ['mid-word (…伴有乏)', '口唇爪甲苍白、伴有乏'],
    ['a colon', '常见的原因有以下几种：'],
  ])('an answer ending in %s is cut off', (_, answer) => {
    expect(isCutOffEnd(answer)).toBe(true);
  });
});

describe('cut off at the start', () => {
  it.each([
    ['a partition with no lead-in (有的是…)', '有的是单眼,比如甲肝和乙肝等;有的是因为溶血导致的黄疸。'],
    ['a connective (但…)', '但有的女性处女膜比较有弹性。'],
    ['a connective (而且…)', '而且还要注意休息。'],
    ['a later enumeration item (二、)', '二、后背抽筋疼可能见于一些退行性疾病。'],
    ['a later numbered item (2.)', '2. 体温超过38.5℃可以吃退烧药。'],
    ['punctuation', '，多喝温水。'],
    ['an ellipsis', '…多喝温水。'],
  ])('an answer starting with %s is cut off', (_, answer) => {
    expect(isCutOffStart(answer)).toBe(true);
  });

  it.each([
    ['a plain sentence', complete],
    ['有的 naming its subject', '有的女性在初次性生活就会出现处女膜的破裂而出血。'],
    ['the first enumeration item', '一、见于劳损性疾病。'],
    ['a number that is a quantity (2.5)', '2.5毫克的剂量对宝宝来说偏大。'],
    ['2型 (a type, not an item)', '2型糖尿病需要长期控制饮食。'],
    ['并发症 (a word, not 并)', '并发症主要有肺炎和中耳炎。'],
    ['及时 (a word, not 及)', '及时就医是最重要的。'],
    ['即使 (a word, not 即)', '即使不发烧也要多喝水。'],
    ['等待 (a word, not 等)', '等待检查结果出来以后再用药。'],
    ['但凡 (a word, not 但)', '但凡发烧超过三天都要就医。'],
  ])('an answer starting with %s is not cut off at the start', (_, answer) => {
    expect(isCutOffStart(answer)).toBe(false);
  });
});

describe('qualityFlags', () => {
  it('a complete answer with a doctor and clean decoding has no flag', () => {
    expect(flagsOf(complete)).toEqual([]);
  });

  it('answer_too_short counts characters (code points), not bytes or UTF-16 units', () => {
    expect(flagsOf('多喝水。')).toContain('answer_too_short');
    expect(flagsOf('可能会反复，病毒感染引起的发烧通常要持续三到五天。')).not.toContain('answer_too_short');
    const fourteen = '𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷。';
    expect([...fourteen]).toHaveLength(14);
    expect(flagsOf(fourteen)).toContain('answer_too_short');
    expect(flagsOf(`${fourteen.slice(0, -1)}𠮷。`)).not.toContain('answer_too_short');
  });

  it('the minimum is an option', () => {
    expect(qualityFlags({ answer: complete, hasDoctor: true }, { minAnswerChars: 100 })).toContain('answer_too_short');
  });

  it('no_doctor exactly when there is no card', () => {
    expect(flagsOf(complete, { hasDoctor: false })).toContain('no_doctor');
    expect(flagsOf(complete, { hasDoctor: true })).not.toContain('no_doctor');
  });

  it('decoding_damage when the entry\'s own text holds U+FFFD, not for a bad byte elsewhere on its page', () => {
    // The page's count of U+FFFD is not an input any more: only the entry's own text decides (run-usage-findings tests a page).
    expect(flagsOf(complete, { question: '宝宝\uFFFD发烧怎么办' })).toContain('decoding_damage');
    expect(flagsOf('患者出现\uFFFD\uFFFD的症状。')).toContain('decoding_damage');
    expect(flagsOf(complete)).not.toContain('decoding_damage');
  });

});

describe('flags on the seed page', () => {
  const { page, related } = readFixturePage('pages/seed-page.txt');

  it('the two truncated snippets are cut off, 脸色发黄 at both ends', () => {
    const cut = related.filter((e) => e.flags.includes('cut_off_end')).map((e) => e.question);
    expect(cut).toEqual(['脸色发黄是什么原因引起的', '女生第一次性生活会流血吗']);
    expect(related.filter((e) => e.flags.includes('cut_off_start')).map((e) => e.question)).toEqual(['脸色发黄是什么原因引起的']);
  });

  it('the other twelve related answers are neither cut off nor too short; only no_doctor', () => {
    const others = related.filter((e) => !['脸色发黄是什么原因引起的', '女生第一次性生活会流血吗'].includes(e.question));
    expect(others).toHaveLength(12);
    for (const entry of others) expect(entry.flags, entry.question).toEqual(['no_doctor']);
  });

  it('the main answer carries no flag', () => {
    expect(page!.flags).toEqual([]);
  });
});

describe('flags on the fault pages', () => {
  it('truncated.html: an answer cut mid-word is flagged cut_off_end, not passed off as complete', () => {
    const { page, entries } = readFixturePage('faults/truncated.html');
    expect(entries).toHaveLength(1);
    expect(page!.answer.endsWith('腰腿痛加')).toBe(true);
    expect(page!.flags).toContain('cut_off_end');
    expect(page!.has_disclaimer).toBe(false);
  });

  it('no-doctor.html: an answer without a card is flagged no_doctor and nothing else', () => {
    const { page, entries } = readFixturePage('faults/no-doctor.html');
    expect(entries).toHaveLength(1);
    expect(page!.flags).toContain('no_doctor');
    expect(page!.flags).not.toContain('cut_off_end');
    expect(page!.flags).not.toContain('decoding_damage');
  });
});

describe('flags of an input seen before (a snippet on many pages)', () => {
  it('are the flags it had the first time, whatever a caller did with them', () => {
    const input = { answer: '建议您到医院检查一下肝功能和血常规，如果伴有乏', question: '脸色发黄是怎么回事', hasDoctor: false };
    const first = qualityFlags(input);
    expect(first).toEqual(expect.arrayContaining(['cut_off_end', 'no_doctor']));
    first.push('mojibake');
    expect(qualityFlags({ ...input })).toEqual(first.slice(0, -1));
    // The options are part of what is remembered: a longer minimum flags the same answer as too short.
    expect(qualityFlags(input, { minAnswerChars: 100 })).toContain('answer_too_short');
    expect(qualityFlags(input)).not.toContain('answer_too_short');
  });
});

describe('a date later than the page was fetched', () => {
  // The fixture page's own entry is dated 2021-05-18 (see its .expected.json); only the fetch time changes.
  const fetchedAt = (iso: string) => {
    const { extraction } = readFixturePage('pages/youlai-desktop-749259.html');
    return entriesOf({ ...extraction, fetchedAt: iso }).find((e) => e.origin === 'page')!;
  };

  it('is a misreading: the entry is flagged unsure_reading', () => {
    const entry = fetchedAt('2021-05-16T08:00:00.000Z');
    expect(entry.date).toBe('2021-05-18');
    expect(entry.flags).toContain('unsure_reading');
  });

  it('is not one when the page was fetched after it, nor on the same day in a zone ahead of UTC', () => {
    expect(fetchedAt('2021-06-01T00:00:00.000Z').flags).not.toContain('unsure_reading');
    // 2021-05-17 20:00 UTC is already 2021-05-18 in China (UTC+8).
    expect(fetchedAt('2021-05-17T20:00:00.000Z').flags).not.toContain('unsure_reading');
  });

  it('is not judged on a saved page, which has no fetch time', () => {
    expect(readFixturePage('pages/youlai-desktop-749259.html').page!.flags).not.toContain('unsure_reading');
  });
});
