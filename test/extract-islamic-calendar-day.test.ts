import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** The day in the Islamic calendar printed beside the post's day (`（回历1444年10月16日）`, Brunei's Chinese papers): the same day, restated. */

const html = (day: string) =>
  `<html><head><meta charset="utf-8"><title>孩子反复咳嗽怎么办 – 日报</title></head><body><article><h1>孩子反复咳嗽怎么办</h1>` +
  `<div class="post-meta"><span>${day}</span> <span>（回历1444年10月16日）</span> <span>阅读 320</span></div><div class="entry">` +
  `<p><strong>解答：</strong>江州市人民医院儿科主治医师 王明</p>` +
  `<p>孩子反复咳嗽，多与呼吸道感染后气道高反应有关，也要排除过敏性咳嗽的可能。</p><p>建议到医院儿科就诊，必要时做肺功能检查，明确原因后再规范治疗。</p></div></article></body></html>`;
const pageOf = (day: string) => entriesOf(extractOrThrow(pageRecord(html(day), { url: 'https://www.dailypaper.example/archives/88123' }))).find((e) => e.origin === 'page')!;

describe('the Islamic calendar’s day beside the post’s', () => {
  it('is no date of its own: its year is no year of ours', () => {
    expect(readMetaLine('2023年5月6日 星期六 （回历1444年10月16日） 阅读 320').dates.map((d) => d.iso)).toEqual(['2023-05-06']);
  });

  it('leaves the post’s day the page’s date, in 年月日 and day-first alike', () => {
    expect(pageOf('2023年5月6日 星期六').date).toBe('2023-05-06');
    expect(pageOf('16-05-2023').date).toBe('2023-05-16');
  });
});
