import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card naming the doctor who sees the patient and their assistant under labels (`主诊医生：李明 主任医师　助理医生：王芳 住院医师`):
 * the assistant's label is an aside's, as a co-signer's is; the doctor is the card, undoubted.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (row: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><div class="card">${row}</div><div class="txt">${A.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

describe("an assistant's label beside the doctor's", () => {
  it('leaves the doctor the card, undoubted', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page('主诊医生：李明 主任医师　助理医生：王芳 住院医师'), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(own.doctor).toMatchObject({ name: '李明', title: '主任医师' });
    expect(own.flags).not.toContain('unsure_reading');
  });
});
