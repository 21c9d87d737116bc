import { describe, expect, it } from 'vitest';
import { readFixturePage, SEED_RELATED, SEED_RELATED_IDS } from './helpers/pages.js';

const seed = readFixturePage('pages/seed-page.txt');
const wangQingyu = { name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' };
const seedParagraphs = seed.page!.answer_paragraphs;

describe('youlai desktop page 749259 (the seed as a desktop page)', () => {
  const { extraction, page, related } = readFixturePage('pages/youlai-desktop-749259.html');

  it('is read by the youlai desktop profile as UTF-8', () => {
    expect(extraction.extractor).toBe('youlai/desktop');
    expect(extraction.site).toBe('youlai.cn');
    expect(extraction.encoding).toBe('utf-8');
    expect(extraction.canonicalUrl).toBe('https://www.youlai.cn/ask/749259.html');
  });

  it('yields the question, the doctor card and the four answer paragraphs', () => {
    expect(page).toMatchObject({ question: '后背抽筋的疼怎么回事', position: null, url: 'https://www.youlai.cn/ask/749259.html' });
    expect(page!.doctor).toEqual(wangQingyu);
    expect(page!.answer_paragraphs).toHaveLength(4);
    expect(page!.answer_paragraphs[0]).toBe('后背抽筋疼可能是以下原因引起:');
    expect(page!.answer_paragraphs[3]).toMatch(/^三、后背抽筋样疼痛,.*引起后背抽筋样疼痛的现象。$/u);
    expect(page!.answer).toBe(page!.answer_paragraphs.join('\n'));
  });

  it('has the same answer text as the seed, byte for byte', () => {
    expect(page!.answer_paragraphs).toEqual(seedParagraphs);
  });

  it('reads the date and the disclaimer; the page names no format for its own answer', () => {
    expect(page!.date).toBe('2021-05-18');
    expect(page!.has_disclaimer).toBe(true);
    expect(page!.answer).not.toContain('提示');
    expect(page!.format).toBe('unknown');
  });

  it('lists the 14 related items in the seed order, with absolute links', () => {
    expect(related.map((e) => e.question)).toEqual(SEED_RELATED);
    expect(related.map((e) => e.position)).toEqual([...Array(14).keys()]);
    expect(related.map((e) => e.url)).toEqual(SEED_RELATED_IDS.map((id) => `https://www.youlai.cn/ask/${id}.html`));
    expect(page!.related_urls).toEqual(related.map((e) => e.url));
  });

  it('keeps each related snippet identical to the seed and reads its voice label and date', () => {
    expect(related.map((e) => e.answer)).toEqual(seed.related.map((e) => e.answer));
    expect(related.every((e) => e.format === 'voice' && e.origin === 'related' && !e.has_disclaimer)).toBe(true);
    expect(related[7]!.date).toBe('2020-12-16');
    expect(related[11]!.date).toBe('2021-01-01');
    expect(related.filter((e) => e.date === '2021-05-18')).toHaveLength(12);
  });

  it('gives the page entry no flag and each related item no doctor', () => {
    expect(page!.flags).toEqual([]);
    expect(related.every((e) => e.flags.includes('no_doctor') && e.doctor.name === null)).toBe(true);
  });
});

describe('youlai mobile page 796E93gPx5Y (the seed as a MIP page)', () => {
  const { extraction, page, related } = readFixturePage('pages/youlai-mobile-796E93gPx5Y.html');

  it('is read by the youlai mobile profile', () => {
    expect(extraction.extractor).toBe('youlai/mobile');
    expect(page!.url).toBe('https://m.youlai.cn/ask/796E93gPx5Y.html');
  });

  it('yields the same question, doctor and answer as the seed; the audio player makes it a voice answer', () => {
    expect(page!.question).toBe('后背抽筋的疼怎么回事');
    expect(page!.doctor).toEqual(wangQingyu);
    expect(page!.answer_paragraphs).toEqual(seedParagraphs);
    expect(page!.format).toBe('voice');
    expect(page!.has_disclaimer).toBe(true);
    expect(page!.date).toBeNull();
  });

  it('resolves every link on the page, protocol-relative ones included, to an absolute https URL', () => {
    expect(extraction.links.length).toBeGreaterThan(14);
    for (const link of extraction.links) expect(link).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(extraction.links).toContain('https://m.youlai.cn/dise/');
  });

  it('links each related item to its absolute askmip page', () => {
    expect(related.map((e) => e.question)).toEqual(SEED_RELATED);
    expect(related.map((e) => e.url)).toEqual(SEED_RELATED_IDS.map((id) => `https://m.youlai.cn/askmip/${id}.html`));
    expect(related.map((e) => e.answer)).toEqual(seed.related.map((e) => e.answer));
  });
});

describe('youlai desktop page 0A0A0Aplac3 (the full answer to 脸色发黄)', () => {
  const { page, related, extraction } = readFixturePage('pages/youlai-desktop-0A0A0Aplac3.html');
  const snippet = seed.related[7]!;

  it('reads the doctor card, the date and two paragraphs', () => {
    expect(extraction.extractor).toBe('youlai/desktop');
    expect(page!.question).toBe('脸色发黄是什么原因引起的');
    expect(page!.doctor).toEqual({ name: '刘建华', title: '主治医师', department: '消化内科', hospital: '江州市第一人民医院', hospital_grade: '三甲' });
    expect(page!.date).toBe('2020-12-16');
    expect(page!.answer_paragraphs).toHaveLength(2);
    expect(page!.flags).toEqual([]);
  });

  it('holds the seed snippet in the middle of its first paragraph', () => {
    const first = page!.answer_paragraphs[0]!;
    expect(first.startsWith('脸色发黄常见的原因是黄疸,黄疸的原因有很多:' + snippet.answer + '力、头晕、心慌等症状')).toBe(true);
  });

  it('lists seed items #1, #2 and #9 verbatim', () => {
    expect(related.map((e) => [e.position, e.question, e.url])).toEqual([
      [0, SEED_RELATED[0], 'https://www.youlai.cn/ask/0A0A0Aplac1.html'],
      [1, SEED_RELATED[1], 'https://www.youlai.cn/ask/0A0A0Aplac2.html'],
      [2, SEED_RELATED[8], 'https://www.youlai.cn/ask/0A0A0Aplac9.html'],
    ]);
    expect(related.map((e) => e.id)).toEqual([0, 1, 8].map((i) => seed.related[i]!.id));
  });
});

describe('youlai mobile page 0A0A0Aplac4 (the full answer to 女生第一次性生活会流血吗)', () => {
  const { page, related } = readFixturePage('pages/youlai-mobile-0A0A0Aplac4.html');

  it('reads the card, the date in p.ask_meta, three paragraphs and the voice format', () => {
    expect(page!.doctor).toEqual({ name: '孙丽华', title: '副主任医师', department: '妇产科', hospital: '江州市妇幼保健医院', hospital_grade: '三甲' });
    expect(page!.date).toBe('2021-01-01');
    expect(page!.format).toBe('voice');
    expect(page!.answer_paragraphs).toHaveLength(3);
    expect(page!.answer_paragraphs[0]!.startsWith(seed.related[11]!.answer + '女性处女膜比较有弹性')).toBe(true);
    expect(page!.flags).toEqual([]);
  });

  it('lists seed items #5 and #13 with their askmip links', () => {
    expect(related.map((e) => [e.position, e.question, e.url])).toEqual([
      [0, SEED_RELATED[4], 'https://m.youlai.cn/askmip/0A0A0Aplac5.html'],
      [1, SEED_RELATED[12], 'https://m.youlai.cn/askmip/0A0A0Aplac13.html'],
    ]);
    expect(related.map((e) => e.id)).toEqual([4, 12].map((i) => seed.related[i]!.id));
  });
});
