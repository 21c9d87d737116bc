import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const ASK = '<p>读者问：家里老人最近上下楼梯膝盖疼，老人膝盖疼痛怎么办</p>';
/** A paper's column post, no card element. */
const post = (inner: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼痛怎么办 – 某某日报</title></head><body><article><header><h1>老人膝盖疼痛怎么办</h1>` +
  `<div><time>2022年3月12日</time></div></header><div class="entry">${inner}</div></article></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a session line under the answer that signs nothing (a clinic’s roster, not the column’s credit)', () => {
  it('takes no card from a line listing two doctors and their sessions', () => {
    expect(pageEntry(post(`${ASK}${ps(A)}<p>出诊专家：王刚 主任医师 周一上午；李红 副主任医师 周三下午</p>`)).doctor.name).toBeNull();
  });
  it('takes no card from a line under the clinic’s welcome', () => {
    expect(pageEntry(post(`${ASK}${ps(A)}<p>江州市人民医院骨科门诊欢迎您！</p><p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p>`)).doctor.name).toBeNull();
  });
  it('takes no card from it where a byline above credits the text’s writer', () => {
    expect(pageEntry(post(`<p>文／江州市人民医院骨科 李明</p>${ASK}${ps(A)}<p>坐诊专家：江州市人民医院骨科主任医师 王刚 每周三上午</p>`)).doctor.name).not.toBe('王刚');
  });
  it('still reads the column’s own credit closing its answer', () => {
    expect(pageEntry(post(`${ASK}${ps(A)}<p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p>`)).doctor).toMatchObject({ name: '李明', title: '主任医师' });
  });
});

describe('a session line under the answer of a column whose card stands above the text', () => {
  it('is the clinic’s roster, the card above still the page’s doctor, no doubt', () => {
    const e = pageEntry(post(`<p>李明 主任医师 江州市人民医院 骨科</p>${ASK}${ps(A)}<p>坐诊专家：江州市人民医院骨科主任医师 王刚 每周三上午</p>`));
    expect(e.doctor).toMatchObject({ name: '李明', title: '主任医师' });
    expect(e.flags).not.toContain('unsure_reading');
  });
});
