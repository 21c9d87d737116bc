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

describe('a byline in traditional script on a page in simplified (撰文／營養科 王小美 營養師)', () => {
  it('reads the card folded, its values as printed', () => {
    const e = pageEntry(post(`<p>撰文／營養科 王小美 營養師</p>${ASK}${ps(A)}`));
    expect(e.doctor).toMatchObject({ name: '王小美', title: '營養師', department: '營養科' });
    expect(e.answer_paragraphs).toEqual(A);
  });
});
