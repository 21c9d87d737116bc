import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A row of chips over the question naming several services (`图文咨询` `电话咨询` `视频咨询`, or `图文咨询` `预约挂号`
 * `家庭医生`): the menu of what the doctor offers, none marked as the one this consultation was held in. It gives the answer
 * no format (isServiceMenu and chipRowFormat in dates/format-chip.ts); a chip the menu marks as the page's (`class="active"`)
 * does, as a lone service tag beside the disease still does. Before, the menu's line was read as a line of format words
 * (电话咨询 → voice) or its one consultation chip as the service held, silently.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-health.com/ask/1.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['手麻多与颈椎间盘突出压迫神经根有关，建议做颈椎核磁共振明确压迫程度。', '平时减少低头时间，避免高枕，可以在医生指导下做颈部康复训练。'];
const page = (row: string) =>
  `<html><head><meta charset="utf-8"><title>颈椎病手麻怎么办_问医生</title></head><body>` +
  `<div class="top">${row}</div>` +
  `<h1>颈椎病手麻怎么办</h1><p>最近两周右手发麻，低头久了更明显，拍片说颈椎曲度变直。</p>` +
  `<div class="doc"><span>赵建国</span> <span>副主任医师</span> <span>骨科</span> <span>江州市人民医院</span></div>` +
  `<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
  `<p class="t">2023-08-11 14:20</p></body></html>`;

describe('a menu of services over the question', () => {
  it('three consultation services, none marked: no format', () => {
    const own = read(page('<span>图文咨询</span><span>电话咨询</span><span>视频咨询</span>'));
    expect(own.format).toBe('unknown');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-08-11');
  });

  it('one consultation service among other services: no format', () => {
    expect(read(page('<span>图文咨询</span><span>预约挂号</span><span>家庭医生</span>')).format).toBe('unknown');
    expect(read(page('<span>视频问诊</span> <span>预约挂号</span> <span>开药门诊</span>')).format).toBe('unknown');
    expect(read(page('<span>电话咨询</span><span>在线复诊</span>')).format).toBe('unknown');
  });

  it('the chip the menu marks as the page’s: its format', () => {
    expect(read(page('<span>图文咨询</span><span class="tab active">电话咨询</span><span>视频咨询</span>')).format).toBe('voice');
    expect(read(page('<span aria-selected="false">图文咨询</span><span aria-selected="true">视频咨询</span>')).format).toBe('video');
  });

  it('a lone service tag beside the disease: its format', () => {
    expect(read(page('<span>语音咨询</span><span>颈椎病</span>')).format).toBe('voice');
    expect(read(page('<span>图文问诊</span><span>骨科</span>')).format).toBe('text');
  });
});
