import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A hospital's 網路諮詢 record whose card rows head the table, before the subject (科別, 醫師, then 主旨 …). */
const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
const card = row('回覆科別', '眼科') + row('回覆醫師', '陳美玲 主治醫師');
const rest = row('主旨', '看電腦久了眼睛乾澀怎麼辦？') + row('提問者', '張**') + row('回覆日期', '2022/09/14') +
  row('回覆內容', '長時間看螢幕會減少眨眼，眼睛容易乾澀。<br><br>建議每半小時休息一下，必要時使用人工淚液。');
const page = (rows: string, other = '') =>
  `<html><head><meta charset="utf-8"><title>網路諮詢 - 南港市立聯合醫院</title></head><body><div>南港市立聯合醫院</div>${other}<table>${rows}</table></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');

describe('a board record whose card rows stand before the subject', () => {
  it('reads the replier and the department from the rows heading the record’s table', () => {
    const read = pageOf(page(card + rest))!;
    expect(read.question).toBe('看電腦久了眼睛乾澀怎麼辦？');
    expect(read.doctor).toMatchObject({ name: '陳美玲', title: '主治醫師', department: '眼科' });
    expect(read.date).toBe('2022-09-14');
  });
  it('takes no replier from another table before the subject', () => {
    const read = pageOf(page(rest, `<table>${card}</table>`));
    expect(read?.doctor.name ?? null).not.toBe('陳美玲');
  });
});
