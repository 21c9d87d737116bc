import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charCount, entriesOf, extractOrThrow, fixturePath, pageRecord, readFixturePage } from './helpers/pages.js';

const KANGWEN = 'https://www.kangwen.example/wenda/';

describe('jiankang-gbk-10086: a layout no profile knows, in GB18030 declared only by <meta charset="gbk">', () => {
  const { extraction, page, related } = readFixturePage('pages/jiankang-gbk-10086.html');

  it('is decoded as GB18030 and read by the genre rules', () => {
    expect(extraction.encoding).toBe('gb18030');
    expect(extraction.replacementChars).toBe(0);
    expect(extraction.extractor).toBe('generic-html');
    expect(extraction.site).toBe('www.kangwen.example');
    expect(page!.url).toBe(`${KANGWEN}10086.html`);
  });

  it('reads the question with its full-width punctuation', () => {
    expect(page!.question).toBe('宝宝发烧38.5℃需要吃退烧药吗？');
  });

  it('reads the plain-text doctor line into the card', () => {
    expect(page!.doctor).toEqual({ name: '赵文静', title: '主治医师', department: '儿科', hospital: '江州市儿童医院', hospital_grade: '三级甲等' });
    expect(page!.flags).not.toContain('no_doctor');
  });

  it('keeps the five answer paragraphs and nothing of the header, the asker or the card', () => {
    expect(page!.answer_paragraphs).toHaveLength(5);
    expect(page!.answer_paragraphs[0]).toBe('宝宝发烧是否需要吃退烧药，主要看体温和宝宝的精神状态，不能只看温度计上的数字。一般建议如下：');
    expect(page!.answer_paragraphs[4]).toBe('另外，不建议用酒精给宝宝擦身，也不要捂汗，以免体温进一步升高。');
    for (const noise of ['浏览', '问题描述', '解答医生', '提示']) expect(page!.answer).not.toContain(noise);
  });

  it('reads the date of a date-with-time line and the disclaimer', () => {
    expect(page!.date).toBe('2022-03-08');
    expect(page!.has_disclaimer).toBe(true);
    expect(page!.flags).toEqual([]);
  });

  it('reads the 相关问答 list: questions, formats, dates (with and without a time) and absolute links', () => {
    expect(related.map((e) => [e.position, e.question, e.format, e.date, e.url])).toEqual([
      [0, '宝宝发烧😷能洗澡吗？', 'text', '2022-03-01', `${KANGWEN}10031.html`],
      [1, '宝宝发烧手脚冰凉是怎么回事？', 'video', '2022-02-11', `${KANGWEN}10042.html`],
      [2, '宝宝高烧惊厥怎么办？', 'text', '2022-02-26', `${KANGWEN}10057.html`],
      [3, '宝宝退烧后还会反复发烧吗？', 'voice', '2022-03-05', `${KANGWEN}10063.html`],
      [4, '宝宝发烧几天需要去医院查血常规？', 'text', '2022-01-20', `${KANGWEN}10078.html`],
    ]);
    expect(page!.related_urls).toEqual(related.map((e) => e.url));
    expect(extraction.links).toContain('https://www.kangwen.example/wenda/erke/');
    for (const link of extraction.links) expect(link).toMatch(/^https:\/\//);
  });

  it('keeps 4-byte GB18030 characters (𠮷, 😷) intact', () => {
    expect(related[4]!.answer).toBe(
      '江州市儿童医院𠮷主任建议，宝宝发烧超过三天不退，或者精神状态差、吃奶明显减少，应及时到医院查血常规和C反应蛋白，帮助判断是病毒感染还是细菌感染。',
    );
    expect(related[0]!.answer).toBe(
      '宝宝发烧时可以洗澡，但水温要适宜，时间不宜过长，洗完后要及时擦干身体、穿好衣服，避免再次受凉。如果宝宝精神很差或者正在寒战，就先不要洗。',
    );
  });

  it('has the snippet lengths the fixture was written with (99 + …, exactly 100, 25)', () => {
    expect(charCount(related[1]!.answer)).toBe(100);
    expect(related[1]!.answer.endsWith('适当多喝点…')).toBe(true);
    expect(charCount(related[2]!.answer)).toBe(100);
    expect(related[2]!.answer.endsWith('如果抽搐超')).toBe(true);
    expect(charCount(related[3]!.answer)).toBe(25);
  });

  it('flags exactly the two truncated snippets', () => {
    expect(related.filter((e) => e.flags.includes('cut_off_end')).map((e) => e.position)).toEqual([1, 2]);
    expect(related.every((e) => !e.flags.includes('answer_too_short'))).toBe(true);
  });
});

describe('jiankang-10087: the same layout in UTF-8, declared by http-equiv', () => {
  const { extraction, page, related } = readFixturePage('pages/jiankang-10087.html');

  it('is decoded as UTF-8 and keeps the emoji in the question', () => {
    expect(extraction.encoding).toBe('utf-8');
    expect(extraction.extractor).toBe('generic-html');
    expect(page!.question).toBe('吃完饭就胃胀😣是怎么回事？');
  });

  it('reads a doctor name with an astral character and a 二甲 grade', () => {
    expect(page!.doctor).toEqual({ name: '𠮷红', title: '副主任医师', department: '消化内科', hospital: '江州市第二人民医院', hospital_grade: '二甲' });
  });

  it('reads five paragraphs, the date and the disclaimer', () => {
    expect(page!.answer_paragraphs).toHaveLength(5);
    expect(page!.answer_paragraphs[0]).toBe('饭后胃胀比较常见，多与饮食习惯和胃肠功能有关，常见的原因有以下几种：');
    expect(page!.answer_paragraphs[4]!.endsWith('必要时做胃镜检查。')).toBe(true);
    expect(page!.date).toBe('2022-03-10');
    expect(page!.has_disclaimer).toBe(true);
    expect(page!.flags).toEqual([]);
  });

  it('lists three related items, one of them the same as in 10086', () => {
    expect(related.map((e) => [e.position, e.question, e.format, e.date, e.url])).toEqual([
      [0, '胃胀气吃什么药好？', 'text', '2022-03-04', `${KANGWEN}10090.html`],
      [1, '宝宝发烧😷能洗澡吗？', 'text', '2022-03-01', `${KANGWEN}10031.html`],
      [2, '饭后胃胀打嗝是胃病吗？', 'video', '2022-02-27', `${KANGWEN}10095.html`],
    ]);
    const other = readFixturePage('pages/jiankang-gbk-10086.html');
    expect(related[1]!.id).toBe(other.related[0]!.id);
    expect(related.every((e) => !e.flags.includes('cut_off_end'))).toBe(true);
  });
});

describe('the same layout with the site logo in an <h1> (as many sites have it)', () => {
  const original = readFileSync(fixturePath('pages/jiankang-10087.html'), 'utf8');
  const withLogo = original
    .replace('<a class="kw-logo" href="https://www.kangwen.example/">康问健康网</a>', '<h1 class="kw-logo"><a href="https://www.kangwen.example/">康问健康网</a></h1>')
    .replace('<title>吃完饭就胃胀😣是怎么回事？_康问健康网</title>', '<title>吃完饭就胃胀😣是怎么回事？_消化内科_康问健康网</title>');

  it('takes the question from the heading the <title> repeats, not from the logo', () => {
    expect(withLogo).toContain('<h1 class="kw-logo">');
    const entries = entriesOf(extractOrThrow(pageRecord(withLogo, { url: 'with-logo.html' })));
    const page = entries.find((e) => e.origin === 'page')!;
    expect(page.question).toBe('吃完饭就胃胀😣是怎么回事？');
    expect(page.doctor.name).toBe('𠮷红');
    expect(page.answer_paragraphs).toHaveLength(5);
    expect(entries.filter((e) => e.origin === 'related')).toHaveLength(3);
  });
});
