import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A French day (`samedi 6 mai 2023`, `1er mai 2023`, `3 août 2021`), as the Chinese papers of Mauritius print the post's day and their list's. */

const CARD = '<p><strong>本期医生：</strong>王明医生 维多利亚医院儿科专科医生</p>';
const page = (day: string, tail = false) =>
  `<html><head><meta charset="utf-8"><title>孩子反复咳嗽怎么办 | 商报</title></head><body><div class="post"><h1>孩子反复咳嗽怎么办</h1>` +
  `<div class="meta"><span>${day}</span> · <a href="/?cat=7">医生信箱</a></div><div class="entry">` +
  `${tail ? '' : CARD}<p>孩子反复咳嗽，多与呼吸道感染后气道高反应有关，也要排除过敏性咳嗽的可能。</p><p>建议到医院儿科就诊，必要时做肺功能检查，明确原因后再规范治疗。</p>${tail ? '<p>——维多利亚医院儿科专科医生 王明</p>' : ''}</div></div>` +
  `<div class="related"><h3>相关文章</h3><ul><li><a href="/?p=101">小孩干咳怎么办</a> <span>3 août 2021</span></li><li><a href="/?p=102">老人腰部起疱吃什么药好</a> <span>1er février 2022</span></li></ul></div></body></html>`;
const read = (day: string, tail = false) => entriesOf(extractOrThrow(pageRecord(page(day, tail), { url: 'https://www.paper.example/?p=100' })));

describe('a French day', () => {
  it('is read day first, its month in French, the first of a month `1er`', () => {
    expect(readMetaLine('samedi 6 mai 2023').dates.map((d) => d.iso)).toEqual(['2023-05-06']);
    expect(readMetaLine('1er février 2022').dates.map((d) => d.iso)).toEqual(['2022-02-01']);
    expect(readMetaLine('3 août 2021').dates.map((d) => d.iso)).toEqual(['2021-08-03']);
  });

  it('with its weekday and the column’s link beside it, dates the answer, none of its text', () => {
    const own = read('mercredi 15 septembre 2021', true).find((e) => e.origin === 'page')!;
    expect(own.date).toBe('2021-09-15');
    expect(own.answer_paragraphs[0]).toMatch(/^孩子反复咳嗽/u);
  });

  it('a day-first day that reads two ways (`05/01/2019 · 医生信箱`) is left unread, and its line none of the answer’s text', () => {
    const own = read('05/01/2019', true).find((e) => e.origin === 'page')!;
    expect(own.date).toBeNull();
    expect(own.answer_paragraphs[0]).toMatch(/^孩子反复咳嗽/u);
  });

  it('dates a related link, which stays a link and no entry of its own', () => {
    expect(read('samedi 6 mai 2023').filter((e) => e.origin !== 'page')).toEqual([]);
  });
});
