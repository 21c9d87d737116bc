import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A doctor card drawn as chips with no space between them (`<span>副主任</span><span>骨科</span>…`), its title short (fresh-113):
 * the line's text runs the chips together, the title chip is a title all the same.
 */
const ANSWER = ['膝关节疼痛多与劳损有关，建议减少爬楼梯。', '疼痛加重时到骨科门诊就诊，必要时拍片检查。'];
const page = (chips: string[]) => `<html><head><meta charset="utf-8"><title>膝盖疼怎么办 - 专家问答</title></head><body>
<h1>膝盖疼怎么办？</h1>
<div class="card">${chips.map((c) => `<span class="c">${c}</span>`).join('')}</div>
<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p>回答于 2023-05-06</p></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a card of chips run together', () => {
  it('reads a short title in its own chip', () => {
    expect(doctorOf(page(['副主任', '关节外科', '江州市骨科医院', '孙立伟', '已认证']))).toMatchObject({ name: '孙立伟', title: '副主任', department: '关节外科', hospital: '江州市骨科医院' });
    expect(doctorOf(page(['关节外科', '江州市骨科医院', '主治', '孙立伟']))).toMatchObject({ name: '孙立伟', title: '主治', hospital: '江州市骨科医院' });
  });
});
