import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isFieldChip } from '../src/extract/words/field-chips.js';

/**
 * A record's bar of labelled fields printed as sibling spans with nothing between them (a city hotline's 知识库 entry:
 * `<span>知识编号：…</span><span>来源单位：…</span><span>发布时间：…</span>`; a 问政 board's reply head: `<span>{unit}</span>
 * <span>回复时间：…</span>`): each field a line of its own, as the page's style shows them; run together they were one line of
 * text the reader took into the answer, and the day went unread. A 知识编号 is a serial number, no text. Other bars of
 * labelled spans (a byline, a card's fields, a broadcast's 来源 and 播出时间) are read run together, as before.
 */
const kb = (bar: string) =>
  `<html><head><meta charset="utf-8"><title>哺乳期嗳气要做什么检查-知识库-白沙市12345政务服务便民热线</title></head><body>` +
  `<div class="kb"><h2 class="kb-title">问：哺乳期嗳气要做什么检查</h2><div class="kb-meta">${bar}</div>` +
  `<div class="kb-sec"><div class="kb-text"><p>哺乳期嗳气的处理要根据病情轻重来决定，多数与胃食管反流有关。</p><p>如果症状持续不缓解，应尽快到消化内科就诊。</p></div></div></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://12345.example.gov.cn/zsk/detail?id=1' }))).find((e) => e.origin === 'page')!;
const firstSpan = (html: string) => (parseDocument(html).children[0] as Element).children[0] as Element;

describe('a record’s bar of labelled fields set side by side', () => {
  it('is read field by field: the day dates the answer, the bar none of it', () => {
    const entry = own(kb('<span>知识编号：ZS-WJ-131084</span><span>所属分类：卫生健康 / 疾病防治</span><span>来源单位：白沙市人民医院</span><span>发布时间：2019-05-10</span><span>有效期至：2021-09-02</span><span>浏览次数：4620</span>'));
    expect(entry.date).toBe('2019-05-10');
    expect(entry.answer_paragraphs).toEqual(['哺乳期嗳气的处理要根据病情轻重来决定，多数与胃食管反流有关。', '如果症状持续不缓解，应尽快到消化内科就诊。']);
  });

  it('sets a unit’s name apart from the labelled field after it', () => {
    for (const unit of ['南屏市人民医院', '东湖市儿童医院精神心理科', '江州市卫生健康委员会疾病预防控制科'])
      expect(isFieldChip(firstSpan(`<div><span>${unit}</span><span>回复时间：2019-11-11 16:18:43</span></div>`)), unit).toBe(true);
  });

  it('leaves other bars of spans to run on: tags, a sentence, a byline, a card’s fields, a post’s head, a broadcast’s days', () => {
    for (const bar of [
      '<div><span>咨询</span><span>卫生健康</span><span>已回复</span></div>',
      '<p><span>建议您</span><span>注意：多喝水、按时复查。</span>平时注意休息。</p>',
      '<div><span>编辑：余梅杰</span><span>来源：新闻日报</span><span>2019-10-18 21:58</span></div>',
      '<div><span>回复药师：黎洋静（主管药师）</span><span>所属科室：药学部</span><span>回复时间：2022-07-10</span></div>',
      '<div><span>楼主：用户7f3a2b</span><span>时间：2020-10-04 14:52:40</span><span>点击：7613</span><span>回复：4</span></div>',
      '<div><span>来源：江苏城市频道《万家灯火》</span><span>发布时间：2022-02-01 18:42</span><span>播出时间：2022年1月31日</span></div>',
      '<div><span>医生回答</span><span>视频</span><span>回答时间：2019-04-15</span></div>',
    ]) expect(isFieldChip(firstSpan(bar)), bar).toBe(false);
  });
});
