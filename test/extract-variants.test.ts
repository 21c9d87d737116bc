import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord, readFixture, readFixturePage } from './helpers/pages.js';

const seed = readFixturePage('pages/seed-page.txt');
const seedText = readFixture('pages/seed-page.txt').toString('utf8');
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('text copies saved differently', () => {
  it('CRLF line ends and a UTF-8 BOM give the same 15 entries', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText.replaceAll('\n', '\r\n'), 'utf8')]);
    const extraction = extractOrThrow(pageRecord(bytes, { url: 'seed-crlf.txt' }));
    expect(extraction.extractor).toBe('text-copy');
    expect(ids(entriesOf(extraction))).toEqual(ids(seed.entries));
  });

  it('the seed saved as GB18030 without any declaration is sniffed and gives the same entries', () => {
    const extraction = extractOrThrow(pageRecord(iconv.encode(seedText, 'gb18030'), { url: 'seed-gbk.txt' }));
    expect(extraction.encoding).toBe('gb18030');
    const entries = entriesOf(extraction);
    expect(ids(entries)).toEqual(ids(seed.entries));
    expect(entries.every((e) => !e.flags.includes('decoding_damage'))).toBe(true);
  });
});

describe('an unknown layout whose related list has no format-and-date lines', () => {
  const html = readFixture('pages/jiankang-10087.html')
    .toString('utf8')
    .replace(/<dd class="rel-meta">[^<]*<\/dd>/g, '');

  it('makes one item per linked question, with its snippet and link, format unknown and no date', () => {
    expect(html).not.toContain('rel-meta');
    const entries = entriesOf(extractOrThrow(pageRecord(html, { url: 'no-meta.html' })));
    const related = entries.filter((e) => e.origin === 'related');
    expect(related.map((e) => [e.question, e.url, e.format, e.date])).toEqual([
      ['胃胀气吃什么药好？', 'https://www.kangwen.example/wenda/10090.html', 'unknown', null],
      ['宝宝发烧😷能洗澡吗？', 'https://www.kangwen.example/wenda/10031.html', 'unknown', null],
      ['饭后胃胀打嗝是胃病吗？', 'https://www.kangwen.example/wenda/10095.html', 'unknown', null],
    ]);
    expect(related[1]!.answer.startsWith('宝宝发烧时可以洗澡')).toBe(true);
    expect(related[2]!.answer.endsWith('最好做一次胃镜检查。')).toBe(true);
  });
});

describe('a list page with its title in an <h1>', () => {
  const html = readFixture('faults/not-a-question.html')
    .toString('utf8')
    .replace('<h2 class="list_title">黄疸相关问答</h2>', '<h1 class="list_title">黄疸问答</h1>');

  it('yields no entry: a list of question links is not an answer', () => {
    expect(html).toContain('<h1 class="list_title">黄疸问答</h1>');
    expect(extractOrThrow(pageRecord(html, { url: 'list-with-h1.html' })).entries).toEqual([]);
  });
});
