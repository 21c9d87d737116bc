import { describe, expect, it } from 'vitest';
import { withoutTemplateTags } from '../src/extract/markup/template-tags.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on unfilled CMS template tags, a wiki's list of Q&A pages, serial numbers and bullets, counsellors' grades, crisis hotlines and licence notices.
 * What the blind split fresh-31 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');

describe("a CMS's template tags left unfilled where values belong", () => {
  const page = (card: string, date: string, items: string) =>
    `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：${date}</div><div>${answerHtml}</div>` +
    `<p>本回答仅供参考，不能作为诊断依据。</p><div><h3>相关问答</h3><ul>${items}</ul></div></body></html>`;
  const item = (n: number, q: string, day: string) => `<li><a href="/q/${n}.html">${q}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p><span>${day}</span></li>`;

  it('are no values: the field they stand in is missing, the rest read as printed', () => {
    for (const [grade, dept, date, day] of [
      ['{$info.hos_level}', '{dede:field.keshi/}', '{dede:field.pubdate/}', '[!--newstime--]'],
      ['${hos_level}', '{{ dept_name }}', '&lt;%=answer_time%&gt;', '{$addtime}'],
    ] as const) {
      const card = `<div><b>林晓</b> <span>主治医师</span> <span>滨海市中心医院（${grade}）</span> <span>${dept}</span></div>`;
      const [own, ...items] = read(page(card, date, item(2, '胃胀吃什么好', day) + item(3, '胃胀是胃炎吗', '2022-05-01')));
      expect(own!.doctor).toEqual({ name: '林晓', title: '主治医师', department: null, hospital: '滨海市中心医院', hospital_grade: null });
      expect(own!.date).toBeNull();
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(items.map((i) => [i.question, i.date])).toEqual([['胃胀吃什么好', null], ['胃胀是胃炎吗', '2022-05-01']]);
      const values = [own, ...items].flatMap((e) => [e!.question, e!.answer, ...Object.values(e!.doctor)]);
      expect(values.join(' ')).not.toMatch(/[{}]|%>|--\]/u);
    }
  });

  it('leave a labelled card whose title slot is empty read from its other fields', () => {
    const card = '<div><p>回答医生：<b>林晓</b></p><p>职　　称：{dede:field.title2/}</p><p>所在科室：消化内科</p><p>所在医院：滨海市中心医院</p></div>';
    const own = read(page(card, '2023-02-01', item(2, '胃胀吃什么好', '2022-05-01')))[0]!;
    expect(own.doctor).toEqual({ name: '林晓', title: null, department: '消化内科', hospital: '滨海市中心医院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it("keep scripts' own template literals and text that only holds braces", () => {
    const html = '<p>血压{正常}</p><script>var s = `${a}{{b}}`;</script><p>{$grade}</p>';
    expect(withoutTemplateTags(html)).toBe('<p>血压{正常}</p><script>var s = `${a}{{b}}`;</script><p></p>');
  });
});

describe("a wiki's list of Q&A pages (fresh-32's mediawiki-qa, its first run)", () => {
  it('parts each question from its snippet at the dash or colon between them on one line', () => {
    const items = ['—', '：', '|'].map((sep, i) => `<li><a href="/wiki/QA-${i + 2}" title="问答:胃胀${i}">胃胀吃什么好${i}</a> ${sep} 胃胀时饮食宜清淡，少吃产气食物。</li>`).join('');
    const html = `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1><div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div><div>回答时间：2023-01-02</div><div>${answerHtml}</div><div><h3>相关问答</h3><ul>${items}</ul></div></body></html>`;
    const [, ...related] = read(html);
    expect(related.map((r) => r.answer_paragraphs)).toEqual([0, 1, 2].map(() => ['胃胀时饮食宜清淡，少吃产气食物。']));
  });
});

describe("fresh-33's first run (id-numbers, bare-entities), after it was recorded", () => {
  const page = (answer: string, items: string, foot = '') =>
    `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1><div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>${answer}<div><h3>相关问答</h3><ul>${items}</ul></div><div>${foot}</div></body></html>`;

  it("a record's serial number (图片编号：IMG_20220529_9, an item's 编号：Q2019012506) is none of the answer or snippet, and a version (v2020.04.05) no day", () => {
    const items = [2, 3].map((n) => `<li><a href="/q/${n}.html">胃胀吃什么好${n}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p><span>编号：Q20190125${n}6</span></li>`).join('');
    const [own, ...related] = read(page(`<div>${answerHtml}<figure><img src="/a.jpg"><figcaption>图片编号：IMG_20220529_9</figcaption></figure></div>`, items, '© 2024 问医网 客户端 v2020.04.05'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBeNull();
    expect(related.map((r) => r.answer_paragraphs)).toEqual([['胃胀时饮食宜清淡，少吃产气食物。'], ['胃胀时饮食宜清淡，少吃产气食物。']]);
  });

  it("an item's bullet (») is none of it, and its day after the snippet on one line dates it", () => {
    const items = [2, 3].map((n) => `<li>&raquo&nbsp;<a href="/q/${n}.html">胃胀吃什么好${n}</a><br>胃胀时饮食宜清淡，少吃产气食物，症状时&nbsp&nbsp<span>2020-08-2${n}</span></li>`).join('');
    const [, ...related] = read(page(`<div>回答时间：2023-01-02</div><div>${answerHtml}</div>`, items));
    expect(related.map((r) => [r.answer_paragraphs, r.date])).toEqual([2, 3].map((n) => [['胃胀时饮食宜清淡，少吃产气食物，症状时'], `2020-08-2${n}`]));
  });
});

describe("fresh-33's first run (psych-counsel, license-notice), after it was recorded", () => {
  const page = (card: string, after = '') =>
    `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：2023-01-02</div><div>${answerHtml}</div>${after}</body></html>`;

  it("a counsellor's national grade is part of the title (国家二级心理咨询师), never the name", () => {
    for (const card of ['<div><b>林晓</b> <span>国家二级</span><span>心理咨询师</span> <span>滨海市中心医院</span></div>', '<div><b>林晓</b> 国家二级心理咨询师 滨海市中心医院</div>']) {
      expect(read(page(card))[0]!.doctor).toMatchObject({ name: '林晓', title: '国家二级心理咨询师', hospital: '滨海市中心医院' });
    }
  });

  it("a platform's crisis hotline notice under the answer is none of it", () => {
    const card = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';
    expect(read(page(card, '<p>如有自伤想法，请立即拨打心理援助热线。</p>'))[0]!.answer_paragraphs).toEqual(ANSWER);
  });

  it("a licence notice's heading (医师执业信息公示) gives no title: its 专业技术职务 does", () => {
    const card = '<div><h3>医师执业信息公示</h3><p>姓名：林晓</p><p>执业证书编码：164250654493424</p><p>专业技术职务：主治中医师</p><p>所在科室：中医科</p><p>第一执业机构：滨海市中心医院（三甲）</p></div>';
    expect(read(page(card))[0]!.doctor).toMatchObject({ name: '林晓', title: '主治中医师', department: '中医科' });
  });
});
