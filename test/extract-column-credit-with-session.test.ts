import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const ASK = '<p>读者问：家里老人最近上下楼梯膝盖疼，老人膝盖疼痛怎么办</p>';
/** A paper's column post, no card element. */
const post = (inner: string, aside = '') =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼痛怎么办 – 某某日报</title></head><body><article><header><h1>老人膝盖疼痛怎么办</h1>` +
  `<div><time>2022年3月12日</time></div></header><div class="entry">${inner}</div></article>${aside}</body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a column’s credit closing its answer with the expert’s session (坐诊专家：… 每周三上午)', () => {
  it('reads the one doctor as the card and keeps the line out of the answer', () => {
    const e = pageEntry(post(`${ASK}${ps(A)}<p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p>`));
    expect(e.doctor).toMatchObject({ name: '李明', title: '主任医师', department: '骨科', hospital: '江州市人民医院' });
    expect(e.answer_paragraphs).toEqual(A);
  });
  it('still takes no card from such a line in a box beside the column (a clinic’s roster)', () => {
    const e = pageEntry(post(`${ASK}${ps(A)}`, '<div class="side"><p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p></div>'));
    expect(e.doctor.name).toBeNull();
  });
});
