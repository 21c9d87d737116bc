import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isFieldChip } from '../src/extract/words/field-chips.js';

/**
 * A record's bar of labelled fields printed as sibling spans with nothing between them (a city hotline's 知识库 entry:
 * `<span>知识编号：…</span><span>来源单位：…</span><span>发布时间：…</span>`; a 问政 board's reply head: `<span>{unit}</span>
 * <span>回复时间：…</span>`): each field a line of its own, as the page's style shows them; run together they were one line of
 * text the reader took into the answer, and the day went unread. A 知识编号 is a serial number, no text.
 */
const kb = (bar: string) =>
  `<html><head><meta charset="utf-8"><title>哺乳期嗳气要做什么检查-知识库-白沙市12345政务服务便民热线</title></head><body>` +
  `<div class="kb"><h2 class="kb-title">问：哺乳期嗳气要做什么检查</h2><div class="kb-meta">${bar}</div>` +
  `<div class="kb-sec"><div class="kb-text"><p>哺乳期嗳气的处理要根据病情轻重来决定，多数与胃食管反流有关。</p><p>如果症状持续不缓解，应尽快到消化内科就诊。</p></div></div></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://12345.example.gov.cn/zsk/detail?id=1' }))).find((e) => e.origin === 'page')!;

describe('a record’s bar of labelled fields set side by side', () => {
  it('is read field by field: the day dates the answer, the bar none of it', () => {
    const entry = own(kb('<span>知识编号：ZS-WJ-131084</span><span>所属分类：卫生健康 / 疾病防治</span><span>来源单位：白沙市人民医院</span><span>发布时间：2019-05-10</span><span>浏览次数：4620</span>'));
    expect(entry.date).toBe('2019-05-10');
    expect(entry.answer_paragraphs).toEqual(['哺乳期嗳气的处理要根据病情轻重来决定，多数与胃食管反流有关。', '如果症状持续不缓解，应尽快到消化内科就诊。']);
  });

  it('leaves a row of tags with no label, and a sentence’s spans, to run on', () => {
    const firstSpan = (html: string) => (parseDocument(html).children[0] as Element).children[0] as Element;
    expect(isFieldChip(firstSpan('<div><span>来源单位：白沙市人民医院</span><span>发布时间：2019-05-10</span></div>'))).toBe(true);
    expect(isFieldChip(firstSpan('<div><span>咨询</span><span>卫生健康</span><span>已回复</span></div>'))).toBe(false);
    expect(isFieldChip(firstSpan('<p><span>建议您</span><span>注意：多喝水、按时复查。</span>平时注意休息。</p>'))).toBe(false);
  });
});
