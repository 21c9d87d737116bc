import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card of lines with no space between them (`<p>心内科二病区</p><p>江州市人民医院</p>`, fresh-113): a ward ends in 区 as a
 * district does, but it is a department, no place whose hospital's name runs on after it.
 */
const ANSWER = ['胸闷气短要先查心电图和心脏彩超。', '平时注意休息，避免剧烈运动。'];
const page = (lines: string[]) => `<html><head><meta charset="utf-8"><title>胸闷气短是怎么回事 - 名医问答</title></head><body>
<h1>胸闷气短是怎么回事？</h1><p>2023-05-06 10:20　来源：某某网</p>
<div class="zj">${lines.map((l) => `<p>${l}</p>`).join('')}</div>
<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a ward’s line before the hospital’s', () => {
  it('keeps the ward the department and the hospital whole', () => {
    expect(doctorOf(page(['答疑专家', '副主任医师', '心内科二病区', '江州医科大学附属第一医院', '李文华']))).toMatchObject({
      name: '李文华', department: '心内科二病区', hospital: '江州医科大学附属第一医院',
    });
  });
});
