import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A children's hospital's 在线咨询 record in label cells (咨询标题, 患儿信息, 咨询内容, 回复科室, 回复医生, 回复时间, 回复内容),
 * where the reply's cell opens with the guide desk's note forwarding the question (`导医台：您好，您的问题已转交…医生，请耐心等待回复。`)
 * before the doctor's text: the desk's, none of the answer, as an office's forwarding note is on a page the reader reads line by line.
 */

const QUESTION = '孩子咳嗽一周了怎么办';
const ANSWER = ['咳嗽一周常见的原因有以下几种：', '如果伴有发热或气喘，应尽快到呼吸科就诊。'];
const NOTE = '导医台：您好，您的问题已转交小儿呼吸科医生，请耐心等待回复。';
const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
const pageOf = (reply: string) =>
  entriesOf(extractOrThrow(pageRecord(
    `<html><head><meta charset="utf-8"><title>${QUESTION}-在线咨询-江州儿童医学中心</title></head><body>` +
      `<div class="header"><span>江州儿童医学中心</span></div><table>` +
      row('咨询标题', `<b>${QUESTION}</b>`) + row('患儿信息', '男　3岁2个月') + row('咨询时间', '2023-05-02 09:10') + row('咨询内容', '孩子咳嗽一周了，晚上咳得厉害。') +
      row('回复科室', '小儿呼吸科') + row('回复医生', '王芳（主任医师）') + row('回复时间', '2023-05-06 14:22') + row('回复内容', `<div>${reply}</div>`) +
      `</table><p>网上咨询仅供参考，不能代替面诊。</p></body></html>`,
  ))).find((e) => e.origin === 'page')!;

describe('a consultation record’s reply opening with the guide desk’s forwarding note', () => {
  it('reads the doctor’s text alone, in paragraphs', () => {
    const page = pageOf(`<p>${NOTE}</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}`);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor).toMatchObject({ name: '王芳', title: '主任医师', department: '小儿呼吸科' });
    expect(page.date).toBe('2023-05-06');
  });

  it('reads the doctor’s text alone, in <br>-parted lines', () => {
    const page = pageOf(`<p>${NOTE}</p>${ANSWER.join('<br />')}`);
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps a reply without the note whole', () => {
    expect(pageOf(ANSWER.map((p) => `<p>${p}</p>`).join('')).answer_paragraphs).toEqual(ANSWER);
  });
});
