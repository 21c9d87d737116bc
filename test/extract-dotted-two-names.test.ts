import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isName } from '../src/extract/words/card-words.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Two Han names joined by a dot (`李明·王芳`, a team's credit or a name and a co-author's) are two people, no one dotted name: the
 * first is read, and the entry doubted; a transliterated name (`阿依古丽·买合木提`) is still one.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (card: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><div class="card">${card}</div><div class="txt">${A.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
const own = (card: string) => entriesOf(extractOrThrow(pageRecord(page(card), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('two Han names joined by a dot', () => {
  it('are no one name', () => {
    expect(isName('李明·王芳')).toBe(false);
    expect(isName('阿依古丽·买合木提')).toBe(true);
  });
  it('read the first, the title after the pair no sign of the second', () => {
    expect(parseCardParts(['李明·王芳 主任医师 江州市人民医院 骨科']).name).toBe('李明');
  });
  it('doubt the entry', () => {
    const e = own('李明·王芳 主任医师 江州市人民医院 骨科');
    expect(e.doctor.name).toBe('李明');
    expect(e.flags).toContain('unsure_reading');
    expect(own('阿依古丽·买合木提 主任医师 新疆医科大学第一附属医院 妇科').flags).not.toContain('unsure_reading');
    expect(own('李明·江州 主任医师 江州市人民医院 骨科').flags).not.toContain('unsure_reading');
  });
});
