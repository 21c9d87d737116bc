import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on related items' asked and answered days, cards spaced into columns, replies that open with a greeting, headings with SEO suffixes and two-digit years.
 * What the blind split fresh-24 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const PAGE_HEAD =
  '<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div>提问时间：2023-01-05</div>' +
  '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div>回答时间：2023-01-09</div>' +
  '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>';

describe('related items that print the day they were asked and the day they were answered', () => {
  const items = (heading: string, list: string) =>
    entriesOf(extractOrThrow(pageRecord(`${PAGE_HEAD}<div><h3>${heading}</h3>${list}</div></body></html>`, { url: URL })))
      .slice(1)
      .map((e) => [e.question, e.answer_paragraphs.join(''), e.date]);
  const listed = (days: [string, string]) =>
    `<ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p><div>${days[0]}</div></li>` +
    `<li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p><div>${days[1]}</div></li></ul>`;
  const want = [
    ['爬楼梯膝盖疼是什么原因', '多与劳损有关，注意休息。', '2022-03-08'],
    ['膝关节积液怎么治疗', '积液多时需要抽液治疗。', '2022-04-12'],
  ];

  it('are dated by the day answered, however the two are labelled and whichever comes first, none of the snippet', () => {
    const ways: Array<(asked: string, answered: string) => string> = [
      (asked, answered) => `<span>提问 ${asked}</span> <span>回答 ${answered}</span>`,
      (asked, answered) => `<span>${asked} 提问 · ${answered} 回答</span>`,
      (asked, answered) => `<span>问于 ${asked} ｜ 答于 ${answered}</span>`,
      (asked, answered) => `<span>回答：${answered}</span>　<span>提问：${asked}</span>`,
      (asked, answered) => `<span>问：${asked}</span> <span>答：${answered}</span>`,
      (asked, answered) => `${asked}提问，${answered}回答`,
    ];
    for (const way of ways) {
      expect(items('相关问题', listed([way('2022.03.05', '2022.03.08'), way('2022年4月10日', '2022年4月12日')]))).toEqual(want);
    }
  });

  it("in a table, by the column its head row names the answer's day (提问时间, 回答时间)", () => {
    const table =
      '<table><tr><th>问题</th><th>提问时间</th><th>回复时间</th></tr>' +
      '<tr><td><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></td><td>2022-03-05</td><td>2022-03-08</td></tr>' +
      '<tr><td><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></td><td>2022-04-10</td><td>2022-04-12</td></tr></table>';
    expect(items('相关问题', table)).toEqual(want);
  });

  it('under a heading naming other users\' questions (其他网友的提问) are the related list', () => {
    expect(items('其他网友的提问', listed(['提问 2022-03-05 回答 2022-03-08', '提问 2022-04-10 回答 2022-04-12']))).toEqual(want);
  });
});

describe('a card lined up in a column, its two-character values spaced out (王　芳, 儿　科, 医　师)', () => {
  const card = (cardHtml: string) => {
    const [page] = entriesOf(
      extractOrThrow(
        pageRecord(
          `<html><head><title>孩子发烧怎么办_问答</title></head><body><h1>孩子发烧怎么办</h1>${cardHtml}<div>回答时间：2023-01-09</div>` +
            '<div><p>孩子发烧先物理降温，多喝温水。</p><p>超过38.5度可以按说明服用退烧药。</p></div></body></html>',
          { url: URL },
        ),
      ),
    );
    return [page!.doctor.name, page!.doctor.title, page!.doctor.department, page!.doctor.hospital, page!.answer_paragraphs.length];
  };
  const want = ['王芳', '医师', '儿科', '滨海市第一医院', 2];

  it('reads each value without its padding, whatever space pads it, as labelled lines, a table or bare spans', () => {
    for (const pad of ['　', '&#12288;', '&emsp;', '&nbsp;&nbsp;', ' ']) {
      const p = (s: string) => `${s[0]}${pad}${s[1]}`;
      expect(card(`<div><p>${p('姓名')}：${p('王芳')}</p><p>${p('职称')}：${p('医师')}</p><p>${p('科室')}：${p('儿科')}</p><p>${p('医院')}：滨海市第一医院</p></div>`)).toEqual(want);
      expect(card(`<table><tr><td>${p('医生')}</td><td>${p('王芳')}</td></tr><tr><td>${p('职称')}</td><td>${p('医师')}</td></tr><tr><td>${p('科室')}</td><td>${p('儿科')}</td></tr><tr><td>${p('医院')}</td><td>滨海市第一医院</td></tr></table>`)).toEqual(want);
      expect(card(`<div><span>${p('王芳')}</span> <span>${p('医师')}</span><p>${p('儿科')} | 滨海市第一医院</p></div>`)).toEqual(want);
    }
  });

  it('keeps two values a space parts apart (a name and a title on one line)', () => {
    expect(card('<div><p>王芳 主任医师</p><p>儿科 滨海市第一医院</p></div>')).toEqual(['王芳', '主任医师', '儿科', '滨海市第一医院', 2]);
  });
});

describe("a reply that opens with the doctor's greeting (an internet hospital's reply template)", () => {
  const read = (paragraphs: string[]) => {
    const [page] = entriesOf(
      extractOrThrow(
        pageRecord(
          '<html><head><title>孩子发烧怎么办-互联网医院</title></head><body><h1>孩子发烧怎么办</h1>' +
            '<div>王芳 主治医师 滨海市第一医院 三甲 儿科</div><div>回答时间：2023-01-09</div>' +
            `<div><h4>医生回复</h4>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
          { url: URL },
        ),
      ),
    );
    return { paragraphs: page!.answer_paragraphs, unsure: page!.flags.includes('unsure_reading') };
  };
  const answer = ['孩子发烧先物理降温，多喝温水。', '超过38.5度可以按说明服用退烧药。', '祝您早日康复！'];

  it('keeps the self-introduction and the question quoted back as the answer\'s first paragraph, not doubted as card text or a title line', () => {
    for (const hello of [
      '您好，我是滨海市第一医院儿科的王芳医生，很高兴为您解答。',
      '您好！我是王芳医生。关于您咨询的“孩子发烧怎么办”这个问题，我的建议如下：',
      '您好，根据您的描述（孩子发烧怎么办），我来为您解答。',
    ]) {
      expect(read([hello, ...answer])).toEqual({ paragraphs: [hello, ...answer], unsure: false });
    }
  });

  it('still doubts a card read into the answer, and the question as a line of it', () => {
    expect(read([...answer.slice(0, 2), '王芳，滨海市第一医院儿科主治医师。', answer[2]!]).unsure).toBe(true);
    expect(read(['【语音】孩子发烧怎么办', ...answer]).unsure).toBe(true);
  });
});

const CARD = '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div>';
const ANSWER = '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>';
const read = (head: string, body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head>${head}</head><body>${body}</body></html>`, { url: 'https://www.example-yiyuan.cn/q/1.html' })));

describe("a heading that repeats the title's site suffixes (SEO templates)", () => {
  it('gives the question without them: the site, a column, a department, whose answer it is', () => {
    for (const suffix of ['_有问必答_快速问医生', ' - 骨科问答 - 问医生网', '-骨科-问医生网', '_陈思远医生的回答_问医生网', ' | example.com']) {
      for (const h1 of [`<h1>膝盖疼怎么办？${suffix}</h1>`, `<h1>膝盖疼怎么办？<small>${suffix}</small></h1>`]) {
        expect(read(`<title>膝盖疼怎么办？${suffix}</title>`, h1 + CARD + ANSWER)[0]!.question).toBe('膝盖疼怎么办？');
      }
    }
  });

  it('keeps a part of the question after a separator that is no site, column or byline', () => {
    expect(read('<title>膝盖疼-爬楼梯时更疼怎么办_问医生网</title>', '<h1>膝盖疼-爬楼梯时更疼怎么办_问医生网</h1>' + CARD + ANSWER)[0]!.question).toBe('膝盖疼-爬楼梯时更疼怎么办');
  });
});

describe('a date with a two-digit year', () => {
  const dated = (line: string) => read('<title>膝盖疼怎么办_问医生网</title>', `<h1>膝盖疼怎么办</h1>${CARD}<div>${line}</div>${ANSWER}`)[0]!.date;

  it('is read in this century, in the forms sites print it', () => {
    expect(dated('回答时间：22-12-16 19:48')).toBe('2022-12-16');
    expect(dated('回答时间：21/3/7')).toBe('2021-03-07');
    expect(dated('22.07.23 回答')).toBe('2022-07-23');
    expect(dated('发布于 19年9月27日')).toBe('2019-09-27');
  });

  it('is left unread where the year could be of the last century or of the ROC calendar (99/05/06), or it is no day', () => {
    expect(dated('回答时间：99/05/06')).toBeNull();
    expect(dated('回答时间：22/13/06')).toBeNull();
  });
});
