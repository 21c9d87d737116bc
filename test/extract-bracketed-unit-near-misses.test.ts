import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A rank, a name and a bracket after it (`主任医师 王刚（江州市人民医院骨科）`) is read as rank, name and workplace; not where the
 * "name" is a team's (`王刚团队`) nor where the bracket says where they worked before (`（原江州市人民医院骨科主任）`).
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (line: string) => `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><p>${line}</p>${A.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a rank, a name and a bracketed unit', () => {
  it('reads rank, name and workplace', () => {
    expect(read(page('主任医师 王刚（江州市人民医院骨科）')).doctor).toMatchObject({ name: '王刚', title: '主任医师', hospital: '江州市人民医院' });
  });
  it('a team’s name is no person’s', () => {
    expect(read(page('主任医师 王刚团队（江州市人民医院骨科）')).doctor.name).not.toBe('王刚团队');
  });
  it('a former workplace (原…) is not where they work', () => {
    expect(read(page('主任医师 王刚（原江州市人民医院骨科主任）')).doctor.hospital).not.toBe('原江州市人民医院');
  });
});
