import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a book's question numbers, lenticular-bracket cards, print page numbers, printed days versus markup instants and a column's daily issue.
 * What the blind split fresh-42 taught the genre reader (a book's web reader, a night clinic's times, a column's daily issue), each rule on a small page of its own.
 */

const read = (html: string, url = 'https://ebook.example-yixue.cn/read/3321/ch4.html') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const pageOf = (html: string) => read(html).find((e) => e.origin === 'page');
const relatedOf = (html: string) => read(html).filter((e) => e.origin === 'related');

const ANSWER = ['血压偏高的年轻人先别急着吃药，坚持低盐饮食、规律运动和减重三个月，多数能降下来。', '如果复测仍在140/90毫米汞柱以上，或者有头晕、心慌，应到心内科就诊。'];

describe('a book’s number before its question (121．, 12、, 问题12：, 第12问) is the list’s, none of the question', () => {
  const book = (title: string, heading: string) =>
    `<html><head><title>${title} - 高血压百问百答 - 医书在线</title></head><body>` +
    `<header><a href="/shelf">我的书架</a> <span>高血压百问百答</span></header>` +
    `<main><h2>第四章 生活调养</h2><h3>${heading}</h3>` +
    `<div class="by">答疑：张建国 主任医师 心血管内科 南江市第一人民医院</div>` +
    ANSWER.map((p) => `<p class="body">${p}</p>`).join('') +
    `</main><footer><a href="ch3.html">上一节</a> <a href="ch5.html">下一节</a></footer></body></html>`;

  for (const [title, heading] of [
    ['12．年轻人血压高要吃药吗', '12．年轻人血压高要吃药吗'],
    ['12、年轻人血压高要吃药吗', '12、年轻人血压高要吃药吗'],
    ['12. 年轻人血压高要吃药吗', '问题12：年轻人血压高要吃药吗'],
    ['第12问 年轻人血压高要吃药吗', '第12问 年轻人血压高要吃药吗'],
  ] as const) {
    it(`reads ${heading} as the question without its number`, () => {
      const entry = pageOf(book(title, heading))!;
      expect(entry.question).toBe('年轻人血压高要吃药吗');
      expect(entry.answer_paragraphs).toEqual(ANSWER);
    });
  }

  for (const question of ['1.5岁宝宝发烧38度要吃药吗', '3岁孩子总是流鼻血怎么办', '2型糖尿病能根治吗']) {
    it(`keeps a number that runs on into the question’s words after the list’s (${question})`, () => {
      expect(pageOf(book(`7．${question}`, `7．${question}`))!.question).toBe(question);
    });
  }
});

describe('a card after a label in lenticular brackets (【专家】hospital department title name)', () => {
  it('reads the hospital as well as the rest of the card', () => {
    const html =
      `<html><head><title>胃胀吃什么药 - 脾胃病百问</title></head><body><h1>胃胀吃什么药</h1>` +
      `<p class="expert">【专家】北湖市中医院 脾胃病科 副主任中医师 陈慧</p>` +
      `<p>胃胀多与饮食不规律有关，先少食多餐、细嚼慢咽，饭后散步半小时。</p>` +
      `<p>胀了两周以上不见好，或者伴有消瘦、黑便，应尽快做胃镜。</p></body></html>`;
    expect(pageOf(html)!.doctor).toMatchObject({ name: '陈慧', title: '副主任中医师', department: '脾胃病科', hospital: '北湖市中医院' });
  });
});

describe('a print page’s number between two paragraphs (— 87 —) is none of the answer', () => {
  const book = (between: string) =>
    `<html><head><title>孩子积食怎么办 - 儿科名医问答</title></head><body><h1>孩子积食怎么办</h1>` +
    `<p>解答专家：刘小燕 主治医师 儿科 东湖市妇幼保健院</p>` +
    `<p>孩子积食时先减少饭量，晚饭吃七分饱，多吃蔬菜，</p>${between}<p class="cont">睡前两小时不再进食，顺时针揉揉肚子。</p>` +
    `<p>如果伴有发热、呕吐或者精神差，要及时带孩子到儿科就诊。</p></body></html>`;

  for (const between of ['<div class="folio">— 87 —</div>', '<p class="pg">- 112 -</p>', '<span class="pageno" style="display:block">第45页</span>']) {
    it(`joins the paragraph it cuts mid-sentence (${between.replace(/<[^>]+>/g, '')})`, () => {
      const entry = pageOf(book(between))!;
      expect(entry.answer_paragraphs).toEqual([
        '孩子积食时先减少饭量，晚饭吃七分饱，多吃蔬菜，睡前两小时不再进食，顺时针揉揉肚子。',
        '如果伴有发热、呕吐或者精神差，要及时带孩子到儿科就诊。',
      ]);
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }

  it('leaves two paragraphs apart where the first ends its sentence before the number', () => {
    const html =
      `<html><head><title>孩子积食怎么办 - 儿科名医问答</title></head><body><h1>孩子积食怎么办</h1>` +
      `<p>解答专家：刘小燕 主治医师 儿科 东湖市妇幼保健院</p>` +
      `<p>孩子积食时先减少饭量，晚饭吃七分饱。</p><div>— 88 —</div><p>睡前两小时不再进食，</p><div>— 89 —</div><p>顺时针揉揉肚子。</p></body></html>`;
    expect(pageOf(html)!.answer_paragraphs).toEqual(['孩子积食时先减少饭量，晚饭吃七分饱。', '睡前两小时不再进食，顺时针揉揉肚子。']);
  });
});

describe('the day a page prints, not the instant its markup holds', () => {
  const night = (reply: string, asked = '', jsonLd = '') =>
    `<html><head><title>半夜胸口闷是怎么回事 - 夜诊室</title>${jsonLd}</head><body><h1>半夜胸口闷是怎么回事</h1>` +
    `<div class="ask"><p>最近总是半夜胸口闷醒，需要去医院吗？</p>${asked}</div>` +
    `<div class="doc"><strong>吴立</strong> 主治医师 心内科 <em>西城市人民医院</em></div>` +
    `<div class="when">${reply}</div>` +
    ANSWER.map((p) => `<p>${p}</p>`).join('') +
    `</body></html>`;

  it('dates nothing by an empty <time> (a script was to print it) whose instant is the day before in Beijing', () => {
    const entry = pageOf(night('回复 <time datetime="2022-11-03T18:40:00Z"></time>'))!;
    expect(entry.date).toBeNull();
  });

  it('dates nothing by the asker’s <time> (提问于 …), printed or not', () => {
    const entry = pageOf(night('回复 <time datetime="2022-11-03T18:40:00Z"></time>', '<p>提问于 <time datetime="2022-11-03T13:05:00Z">2022-11-03 21:05</time></p>'))!;
    expect(entry.date).toBeNull();
  });

  it('takes no day from the structured data that only the asker’s line prints', () => {
    const jsonLd =
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"半夜胸口闷是怎么回事",` +
      `"acceptedAnswer":{"@type":"Answer","text":"${ANSWER.join('')}","dateCreated":"2022-11-03T18:40:00Z"}}}</script>`;
    const entry = pageOf(night('回复 <time datetime="2022-11-03T18:40:00Z"></time>', '<p>提问于 2022-11-03 21:05</p>', jsonLd))!;
    expect(entry.date).toBeNull();
  });

  it('reads the printed day and format with the time zone’s name after the time', () => {
    const entry = pageOf(night('回复于 <span data-utc="2022-11-03T18:40:00Z">2022-11-04 02:40（北京时间）</span> 电话回复'))!;
    expect(entry.date).toBe('2022-11-04');
    expect(entry.format).toBe('voice');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a column’s daily issue (健康问答第58期：question)', () => {
  const issue = (dayLine: string) =>
    `<html><head><title>健康问答第58期｜年轻人血压高要吃药吗</title></head><body>` +
    `<nav><a href="/">首页</a> <a href="/jkwd/">健康问答</a></nav>` +
    `<div class="masthead"><h2>健康问答</h2><em>第58期</em> <em>视频解答</em></div>` +
    `<h1>年轻人血压高要吃药吗</h1><div class="day">${dayLine}</div>` +
    `<div class="expert">本期专家：张建国 主任医师 心血管内科 南江市第一人民医院</div>` +
    ANSWER.map((p) => `<p>${p}</p>`).join('') +
    `<div class="pn"><a href="/jkwd/57.html">上一期</a> <a href="/jkwd/59.html">下一期</a></div>` +
    `<section><h3>往期回顾</h3><ol>` +
    `<li><a href="/jkwd/57.html">血压忽高忽低怎么回事</a><p>血压波动大多与情绪、睡眠和测量方法有关，先规范测量再判断。</p><span>2022-06-02</span></li>` +
    `<li><a href="/jkwd/56.html">降压药要吃一辈子吗</a><p>多数高血压需要长期服药，但生活方式改善后部分人可以减量。</p><span>2022-06-01</span></li>` +
    `</ol></section></body></html>`;

  it('reads the question, not the column’s name, its format beside the issue’s number, and the issue’s day printed year last', () => {
    const entry = pageOf(issue('6月3日 · 星期五 · 2022'))!;
    expect(entry.question).toBe('年轻人血压高要吃药吗');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.format).toBe('video');
    expect(entry.date).toBe('2022-06-03');
  });

  it('reads the 往期回顾 list as the related items, with their days', () => {
    const items = relatedOf(issue('2022年6月3日 星期五'));
    expect(items.map((i) => [i.question, i.date])).toEqual([
      ['血压忽高忽低怎么回事', '2022-06-02'],
      ['降压药要吃一辈子吗', '2022-06-01'],
    ]);
  });
});

describe('a post’s 往期回顾 over bare linked titles', () => {
  it('reads no items from titles with no snippet, and misses no list', () => {
    const html =
      `<html><head><title>孩子积食怎么办</title></head><body><h1>孩子积食怎么办</h1>` +
      `<p>解答专家：刘小燕 主治医师 儿科 东湖市妇幼保健院</p>` +
      `<p>孩子积食时先减少饭量，晚饭吃七分饱，多吃蔬菜。</p><p>如果伴有发热、呕吐或者精神差，要及时带孩子到儿科就诊。</p>` +
      `<section><p><b>往期回顾</b></p>` +
      ['孩子咳嗽老不好怎么办', '宝宝便秘吃什么好', '孩子半夜腿疼是怎么回事'].map((q, i) => `<p><a href="https://mp.example-weixin.cn/s/${i}">${q}</a></p>`).join('') +
      `</section></body></html>`;
    const entries = read(html);
    expect(entries.filter((e) => e.origin === 'related')).toEqual([]);
    expect(entries.find((e) => e.origin === 'page')!.flags).not.toContain('unsure_reading');
  });
});
