import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a doctor's article (byline, column, rights notes), several doctors' answers ranked by votes and a call to get the app.
 * What the blind split fresh-45 (real sites of the genre) taught the genre reader about a doctor's article and pages of several answers, each rule on a small page of its own.
 */

const URL = 'https://www.xinglin-jiankang.cn/wen/5521.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孩子反复咳嗽多与上呼吸道感染后气道敏感有关，先排查过敏因素。', '咳嗽超过四周不缓解，请到儿科或呼吸科做肺功能检查。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('\n');
const RELATED = `<section><h3>相关问答</h3><ul><li><a href="/wen/5522.html">孩子夜里咳嗽厉害怎么办</a><span>夜咳多与鼻涕倒流有关，睡前清洁鼻腔。</span></li><li><a href="/wen/5523.html">咳嗽变异性哮喘能治好吗</a><span>规范吸入治疗后大多能控制。</span></li></ul></section>`;

describe("a doctor's article: its byline, column name and rights notes", () => {
  const article = (byline: string, lead: string, tail: string) => `<html><head><title>孩子反复咳嗽怎么办_王丽医生的文章_杏林健康网</title></head><body>
<header><a href="/">杏林健康网</a> <a href="/wen/">健康文章</a></header>
<main><article><h1>孩子反复咳嗽怎么办</h1>
<div>${byline}</div>
<section>${lead}
${answerHtml}
${tail}</section></article>
<aside><h4>作者</h4><ul><li>王丽</li><li>副主任医师</li><li>临江市儿童医院</li><li>小儿呼吸科</li></ul></aside></main>
${RELATED}
</body></html>`;

  it("takes the byline's author and read count for page meta, its day the answer's", () => {
    const [own] = read(article('发表者：<a href="/doc/88">王丽</a> · 3120人已读 · 2023-04-05 发表', '', ''));
    expect(own!.date).toBe('2023-04-05');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("ends the answer at the rights notice naming its holder and the note of where it was first published", () => {
    const [own] = read(article('<time>2023-04-05</time>', '', '<p>本文系王丽原创，未经许可请勿转载。</p><p>本文首发于杏林健康网</p>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("leaves the doctor's column name over the article out of the answer", () => {
    const [own] = read(article('<time>2023-04-05</time>', '<p><em>王丽大夫的专栏</em></p>', ''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('several doctors answering one question, listed under their count and ranked by votes', () => {
  const card = (name: string, title: string, hospital: string) =>
    `<table><tr><td><b>${name}</b></td><td>${title}</td></tr><tr><td colspan="2">${hospital} 儿科</td></tr></table>`;
  const answers = (head: string, second: string, between = '<li><p>打开杏林健康App，专家15分钟内回复</p></li>', firstFoot = '回答于 2023-04-02 09:12 · 26人点赞') => `<html><head><title>孩子反复咳嗽怎么办 - 杏林问答</title></head><body>
<h1>孩子反复咳嗽怎么办</h1>
<p>宝宝两岁，咳嗽一个多月了，白天好晚上重。 提问时间：2023-04-01</p>
<h2>${head}</h2>
<ol>
<li>${card('王丽', '副主任医师', '临江市儿童医院')}
${answerHtml}
<p>${firstFoot}</p></li>
${between}
<li>${card('周明', '主任医师', '临江市人民医院 三甲')}
<p>同意楼上的意见，注意观察夜间咳嗽的变化。</p>
${second}</li>
</ol>
${RELATED}
</body></html>`;

  it("reads the first answer shown as the page's, with its card and day, the next doctor's card and day none of it", () => {
    const [own] = read(answers('2 个医生回答', '<p>回答于 2023-04-06 18:40 · 3人点赞</p>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '王丽', title: '副主任医师', hospital: '临江市儿童医院', hospital_grade: null });
    expect(own!.date).toBe('2023-04-02');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("takes no grade from the next doctor's card right under the answer's day", () => {
    const [own] = read(answers('2 个医生回答', '<p>回答于 2023-04-06 18:40</p><p>有用 3</p>', ''));
    expect(own!.doctor).toMatchObject({ name: '王丽', hospital: '临江市儿童医院', hospital_grade: null });
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('reads a list headed 医生回答 with no count alike', () => {
    const [own] = read(answers('医生回答', '<p>回答于 2023-04-06 18:40 · 3人点赞</p>'));
    expect(own!.date).toBe('2023-04-02');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('stays in doubt where the count disagrees with the answers listed, a later answer has no day of its own, or the votes rank no answer first', () => {
    const doubted = (head: string, second: string) => read(answers(head, second))[0]!.flags.includes('unsure_reading');
    expect(doubted('3 个医生回答', '<p>回答于 2023-04-06 18:40 · 3人点赞</p>')).toBe(true);
    expect(doubted('2 个医生回答', '<p>3人点赞</p>')).toBe(true);
    // Votes shown for the first answer only, or more for the second: the page does not say the first is its answer.
    expect(doubted('2 个医生回答', '<p>回答于 2023-04-06 18:40</p>')).toBe(true);
    expect(doubted('2 个医生回答', '<p>回答于 2023-04-06 18:40 · 31人点赞</p>')).toBe(true);
  });

  it("takes no count in a sentence of an answer for its votes", () => {
    const told = '在门诊随访中，这样调整作息和饮食对其中86个人有帮助，孩子夜咳明显减轻了不少。</p><p>回答于 2023-04-02 09:12';
    const [own] = read(answers('2 个医生回答', '<p>回答于 2023-04-06 18:40 · 3人点赞</p>', '', told));
    expect(own!.flags).toContain('unsure_reading');
  });
});

describe("the site's call to get its app", () => {
  it('leaves a line opening with a call to download the app out of the answer', () => {
    const [own] = read(`<html><head><title>孩子反复咳嗽怎么办 - 杏林问答</title></head><body>
<h1>孩子反复咳嗽怎么办</h1>
<div><div><span>王丽</span> <span>副主任医师</span></div><p>临江市儿童医院 儿科</p></div>
<div>${answerHtml}</div>
<div><span>2023-04-02</span> <span>有用 26</span></div>
<div><p>下载杏林健康 App，三甲医生 15 分钟内回复</p><a href="/app">立即下载</a></div>
${RELATED}
</body></html>`);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
