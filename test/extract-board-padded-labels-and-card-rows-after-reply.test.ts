import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old hospital's 在线咨询 record in label cells: a label padded to the width of the others (`职　　称：`) is one word, and
 * the replying doctor's rows (回复医生, 职称, 所在科室) may stand after the reply's text as well as before it — the card's rows
 * either way, up to a row of another kind (the asker's 追问).
 */

const QUESTION = '手指发麻是怎么回事';
const row = (label: string, value: string) => `<tr><td class="l">${label}</td><td class="r">${value}</td></tr>\n`;
const doctorRows = (titleLabel: string) => row('回复医生：', '<b>王建华</b>') + row(titleLabel, '副主任医师') + row('所在科室：', '神经内科');
const replyRows =
  row('回复时间：', '2022-3-30 08:30:59') +
  row('回复内容：', '手指发麻常见的原因有以下几种：<br><br>一、颈椎病引起的，需要复查颈椎X线片。<br><br>如果症状持续不缓解，应尽快到神经内科就诊。');
const pageOf = (doctorFirst: boolean, titleLabel = '职　　称：', tail = '') =>
  entriesOf(extractOrThrow(pageRecord(
    `<html><head><meta charset="utf-8"><title>${QUESTION}_在线咨询_江州市人民医院</title></head><body>` +
      `<table><tr><td><b>江州市人民医院</b></td></tr></table><table border="1">` +
      row('咨询标题：', QUESTION) + row('咨询人：', '江州网友　女　35岁') + row('咨询时间：', '2022-3-28 10:12:00') + row('咨询内容：', '最近一段时间一直这样，不知道是什么原因。') +
      (doctorFirst ? doctorRows(titleLabel) + replyRows : replyRows + doctorRows(titleLabel)) + tail +
      `</table><p>浏览次数：120</p><div>江州市人民医院 版权所有</div></body></html>`,
  ))).find((e) => e.origin === 'page')!;

describe('a consultation record’s padded labels and the doctor’s rows after the reply', () => {
  it('reads a 职称 label padded with spaces (`职　　称：`) as the title’s row', () => {
    expect(pageOf(true).doctor).toMatchObject({ name: '王建华', title: '副主任医师', department: '神经内科' });
  });

  it('reads the doctor’s rows after the reply’s text as the card’s', () => {
    const page = pageOf(false);
    expect(page.doctor).toMatchObject({ name: '王建华', title: '副主任医师', department: '神经内科' });
    expect(page.answer_paragraphs).toHaveLength(3);
    expect(page.date).toBe('2022-03-30');
  });

  it('reads them so up to the asker’s 追问 row after them, which is none of the card or the answer', () => {
    const page = pageOf(false, '职称：', row('患者追问：', '请问需要复查吗？') + row('医生回复：', '暂无回复'));
    expect(page.doctor).toMatchObject({ name: '王建华', title: '副主任医师', department: '神经内科' });
    expect(page.answer_paragraphs.join('')).not.toContain('复查吗');
  });
});
