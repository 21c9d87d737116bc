import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { findDate } from '../src/extract/dates/page-meta.js';

/**
 * An ROC day written with dots right after a date's label (`回覆時間：111.11.20`): a label names a day and no western year has three
 * digits, so it is the ROC's, on a page declaring no region too; a dotted number unlabelled (a version, a measure) stays unread.
 */

const URL = 'https://www.example-clinic.com.tw/qa/3381';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe('a labelled ROC day with dots', () => {
  it('reads it after its label only', () => {
    expect(findDate('回覆時間：111.11.20')).toBe('2022-11-20');
    expect(findDate('日期 109.2.3')).toBe('2020-02-03');
    expect(findDate('軟體版本 111.11.20')).toBeNull();
  });
  it('dates the answer on a page declaring no region', () => {
    const [own] = read(
      `<html lang="zh"><head><meta charset="utf-8"><title>長期失眠可以吃褪黑激素嗎？ - 藥師解答</title></head><body><div class="m"><h1>長期失眠可以吃褪黑激素嗎？</h1>` +
        `<p class="ask">最近常常半夜醒來就睡不著，朋友推薦褪黑激素，可以長期吃嗎？</p>` +
        `<div class="r"><p class="who">解答藥師：林俊宏 藥師　回覆時間：111.11.20</p>` +
        `<p>褪黑激素適合調整時差或短期作息失調，不建議當作長期安眠藥使用，長期失眠應先找出原因。</p>` +
        `<p>睡前一小時避免使用手機，固定起床時間，若失眠超過三個月，建議至身心科或睡眠中心評估。</p></div></div></body></html>`,
    );
    expect(own!.doctor).toMatchObject({ name: '林俊宏' });
    expect(own!.date).toBe('2022-11-20');
  });
});
