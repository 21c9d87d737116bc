import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old hospital's 在线咨询 record whose rows after the reply's text name someone else with their own card rows (a reviewer's
 * 审核人, a follow-up's second 回复医生 with 职称 and 所在科室): that person's card, no web form the board leaves to the page's
 * reader; the replying doctor's card is still the one by their row.
 */
const row = (label: string, value: string) => `<tr><td class="l">${label}</td><td class="r">${value}</td></tr>\n`;
const REPLY =
  row('回复时间：', '2022-3-30 08:30:59') +
  row('回复内容：', '手指发麻常见的原因有以下几种：<br><br>一、颈椎病引起的，需要复查颈椎X线片。<br><br>如果症状持续不缓解，应尽快到神经内科就诊。');
const pageOf = (rows: string) =>
  entriesOf(extractOrThrow(pageRecord(
    `<html><head><meta charset="utf-8"><title>手指发麻是怎么回事_在线咨询_江州市人民医院</title></head><body>` +
      `<table><tr><td><b>江州市人民医院</b></td></tr></table><table border="1">` +
      row('咨询标题：', '手指发麻是怎么回事') + row('咨询人：', '江州网友　女　35岁') + row('咨询时间：', '2022-3-28 10:12:00') + row('咨询内容：', '最近一段时间一直这样，不知道是什么原因。') +
      rows + `</table><p>浏览次数：120</p><div>江州市人民医院 版权所有</div></body></html>`,
  ))).find((e) => e.origin === 'page')!;
const ANSWER = ['手指发麻常见的原因有以下几种：', '一、颈椎病引起的，需要复查颈椎X线片。', '如果症状持续不缓解，应尽快到神经内科就诊。'];

describe('card rows after the reply naming someone else', () => {
  it('reads the record where a reviewer’s rows follow the reply (审核人, 职称, 所在科室)', () => {
    const page = pageOf(row('回复医生：', '<b>王建华</b>') + REPLY + row('审核人：', '李红') + row('职　　称：', '主任医师') + row('所在科室：', '医务科'));
    expect(page.doctor.name).toBe('王建华');
    expect(page.doctor.title).toBeNull();
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });
  it('reads the first doctor’s card where a follow-up’s doctor prints their own rows after it', () => {
    const doctorRows = (n: string, t: string, d: string) => row('回复医生：', `<b>${n}</b>`) + row('职称：', t) + row('所在科室：', d);
    const page = pageOf(doctorRows('王建华', '副主任医师', '神经内科') + REPLY + row('患者追问：', '请问需要复查吗？') + doctorRows('李红', '主任医师', '骨科') + row('回复内容：', '需要复查。'));
    expect(page.doctor).toMatchObject({ name: '王建华', title: '副主任医师', department: '神经内科' });
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });
});
