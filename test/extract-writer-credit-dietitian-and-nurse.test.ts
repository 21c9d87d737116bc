import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Taiwanese paper's or hospital's column credited at its head to the staff member who wrote it (`撰文／{department} {name} {title}`):
 * a dietitian (營養師) or a registered nurse (護理師) answers as a doctor does, their department beside them.
 */
const TA = ['膝蓋疼痛常見的原因有以下幾種：', '一、與關節退化有關，平時要避免久站久蹲，注意保暖。', '二、運動傷害也會引起疼痛，建議及時到醫院骨科就診。'];
const page = (credit: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝蓋疼痛怎麼辦 – 某某日報</title></head><body><article><header><h1>老人膝蓋疼痛怎麼辦</h1>` +
  `<div><time>2022年3月12日</time></div></header><div class="entry"><p>${credit}</p><p>讀者問：家裡老人最近上下樓梯膝蓋疼，老人膝蓋疼痛怎麼辦</p>` +
  `${TA.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const entryOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a column’s writer credited before a slash with a staff title', () => {
  it('reads a dietitian’s credit as the card', () => {
    const e = entryOf(page('撰文／營養科 王小美 營養師'));
    expect(e.doctor).toMatchObject({ name: '王小美', title: '營養師', department: '營養科' });
    expect(e.answer_paragraphs).toEqual(TA);
  });
  it('reads a registered nurse’s credit (護理師) as the card', () => {
    const e = entryOf(page('撰文／護理部 王小美 護理師'));
    expect(e.doctor).toMatchObject({ name: '王小美', title: '護理師', department: '護理部' });
    expect(e.answer_paragraphs).toEqual(TA);
  });
  it('leaves a reporter’s credit as no card', () => {
    expect(entryOf(page('撰文／記者 王小美')).doctor.name).toBeNull();
  });
});
