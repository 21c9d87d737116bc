import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A parenting app's share page prints mothers' replies under the expert's answer, each under a byline of the
 * nickname and the baby's age with a dot between (`胡麻麻347 · 宝宝2岁3个月`); a patients' Q&A lists related questions
 * with the count of doctors who answered each (`3位医生回答`). What the blind split fresh-74 taught the genre reader.
 */

const URL = 'https://m.example-baby.cn/wenda/share?qid=88';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['宝宝发烧多与病毒感染有关，体温不超过38.5度可以先物理降温。', '持续发热超过三天，或精神差、抽搐，应及时到儿科就诊。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');

describe('a mother’s byline with a dot before her baby’s age', () => {
  it('is a member’s byline', () => {
    for (const line of ['胡麻麻347 · 宝宝2岁3个月', '周宝妈74 · 宝宝3岁5个月', '张妈975 | 孕32周', '糖糖妈·宝宝8个月']) expect(isMemberByline(line), line).toBe(true);
  });

  it('a line of the answer naming an age is none', () => {
    for (const line of ['宝宝2岁3个月时可以添加辅食。', '一般宝宝1岁以后再喝牛奶 · 注意量']) expect(isMemberByline(line), line).toBe(false);
  });

  it('opens a reply of someone else: none of the expert’s answer', () => {
    const html =
      `<html><head><title>宝宝发烧怎么办 - 亲宝宝</title></head><body>` +
      `<div><p>宝宝1岁2个月 的妈妈</p><h1>宝宝发烧怎么办</h1></div>` +
      `<div><div><p><span>李宁</span> <span>专家</span></p><p>副主任医师 东湖市儿童医院 儿科</p></div><div>${answerHtml}</div><div><span>2022-10-04</span> <span>赞 57</span></div></div>` +
      `<div><p>胡麻麻347 · 宝宝2岁3个月</p><p>多喝水，注意观察，我家就是这么过来的。</p><span>2022-10-05</span></div>` +
      `<div><p>周宝妈74 · 宝宝3岁5个月</p><p>建议去医院看看，别自己乱用药。</p><span>2022-10-06</span></div>` +
      `</body></html>`;
    const [own] = read(html);
    expect(own!.doctor.name).toBe('李宁');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-10-04');
  });
});

describe('a dot before a baby’s age after no member’s nickname', () => {
  it('is no byline: the nickname ends in a digit, a Latin letter or the parent word', () => {
    for (const line of ['小雨妈 · 宝宝8个月', 'tom_li · 宝宝3岁']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['注意 · 宝宝2岁 以下慎用', '建议 · 宝宝3岁 前少吃坚果']) expect(isMemberByline(line), line).toBe(false);
  });

  it('a doctor’s own line heading a note (`注意 · 宝宝2岁 以下慎用`) cuts none of the answer', () => {
    const own = ['宝宝发烧多与病毒感染有关，体温不超过38.5度可以先物理降温。', '注意 · 宝宝2岁 以下慎用', '阿司匹林和尼美舒利都不宜给小孩用，退烧药选对乙酰氨基酚或布洛芬。', '建议 · 宝宝3岁 前少吃坚果', '持续发热超过三天，或精神差、抽搐，应及时到儿科就诊。'];
    const html =
      `<html><head><title>宝宝发烧怎么办 - 亲宝宝</title></head><body>` +
      `<div><p>宝宝1岁2个月 的妈妈</p><h1>宝宝发烧怎么办</h1></div>` +
      `<div><div><p><span>李宁</span> <span>专家</span></p><p>副主任医师 东湖市儿童医院 儿科</p></div><div>${own.map((p) => `<p>${p}</p>`).join('')}</div><div><span>2022-10-04</span> <span>赞 57</span></div></div>` +
      `<div><p>胡麻麻347 · 宝宝2岁3个月</p><p>多喝水，注意观察，我家就是这么过来的。</p><span>2022-10-05</span></div>` +
      `</body></html>`;
    const [entry] = read(html);
    expect(entry!.doctor.name).toBe('李宁');
    expect(entry!.answer_paragraphs).toEqual(own);
    expect(entry!.date).toBe('2022-10-04');
  });
});

describe('the count of doctors who answered a related question (`3位医生回答`)', () => {
  it('is meta, none of the item’s snippet', () => {
    for (const line of ['3位医生回答', '12 位专家解答', '2名医生回答']) expect(readMetaLine(line).metaOnly, line).toBe(true);
    expect(readMetaLine('医生回答').metaOnly).toBe(false);
  });

  it('leaves the snippet as printed', () => {
    const item = (n: number) => `<div><a href="/wenda/detail/${100 + n}">小孩反复发烧怎么办${n}</a><p>反复发烧要查明原因，先查血常规。</p><span>${n + 2}位医生回答</span></div>`;
    const html =
      `<html><head><title>宝宝发烧怎么办</title></head><body><h1>宝宝发烧怎么办</h1>` +
      `<div><a href="/doctor/1">李宁</a> <span>副主任医师</span><p>东湖市儿童医院 · 儿科</p></div><div>${answerHtml}</div><p>发布于 2023-05-06 14:22</p>` +
      `<div><h3>相关问答</h3>${[0, 1, 2].map(item).join('')}</div></body></html>`;
    const [, ...related] = read(html);
    expect(related.length).toBe(3);
    for (const r of related) expect(r.answer_paragraphs).toEqual(['反复发烧要查明原因，先查血常规。']);
  });
});
