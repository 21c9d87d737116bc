import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const cardPage = (card: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办？_健康问答</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><span>2023-05-06</span></div>` +
  `<div class="card">${card}</div><div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a role before the calling (康复医师, 麻醉医师) is the doctor’s calling, never a name', () => {
  it('reads the name printed beside it, the role and its calling the title', () => {
    expect(doctorOf(cardPage('<span>张伟</span><span>康复医师</span><span>江州市康复医院</span>'))).toMatchObject({ name: '张伟', title: '康复医师', hospital: '江州市康复医院' });
  });
  it('reads no name where the card prints only the role', () => {
    expect(doctorOf(cardPage('<span>康复医师</span><span>江州市康复医院</span>')).name).toBeNull();
  });
  for (const role of ['麻醉', '影像', '营养', '超声', '病理', '实习', '中医', '放射'])
    it(`reads ${role}医师 as a calling`, () => {
      expect(parseCardParts(['张伟', `${role}医师`, '江州市人民医院'])).toMatchObject({ name: '张伟', title: `${role}医师` });
    });
  it('reads the traditional 復健醫師 (folded for matching) as a calling too', () => {
    expect(parseCardParts(['林志明', '复健医师'])).toMatchObject({ name: '林志明', title: '复健医师' });
  });
  it('lets a clinical rank printed beside the role’s calling be the title', () => {
    expect(parseCardParts(['张伟', '康复医师', '主治医师'])).toMatchObject({ name: '张伟', title: '主治医师' });
  });
  it('still reads a surname and its calling as a name (王医师 is no role)', () => {
    expect(parseCardParts(['欧阳医师', '江州市人民医院'])).toMatchObject({ name: '欧阳', title: '医师' });
  });
});

describe('a specialist’s calling 專科醫師 after the specialty, as Taiwan prints it', () => {
  it('reads the specialty as the department and 专科医师 as the title', () => {
    expect(parseCardParts(['海湾国际医院骨科专科医师 罗家明'])).toMatchObject({ name: '罗家明', title: '专科医师', department: '骨科', hospital: '海湾国际医院' });
  });
  it('reads a traditional column’s 解答 line so, the title as printed', () => {
    const TA = ['膝蓋疼痛常見的原因有以下幾種：', '一、與關節退化有關，平時要避免久站久蹲，注意保暖。', '二、運動傷害也會引起疼痛，建議及時到醫院骨科就診。'];
    const html =
      `<html><head><meta charset="utf-8"><title>老人膝蓋疼痛怎麼辦 – 某某日報</title></head><body><article><h1>老人膝蓋疼痛怎麼辦</h1><div><time>2022年3月12日</time></div>` +
      `<div><p><strong>解答：</strong>海灣國際醫院骨科專科醫師 羅家明</p><p>讀者問：家裡老人最近上下樓梯膝蓋疼。</p>${TA.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect(doctorOf(html)).toMatchObject({ name: '羅家明', title: '專科醫師', department: '骨科', hospital: '海灣國際醫院' });
  });
});

describe('a nameless card line after the answer (a title and a hospital, no name)', () => {
  const html = (line: string) =>
    `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1>` +
    `<p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><p>答：</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p></div></body></html>`;
  for (const line of ['中医医师 江州市中医院', '主任医师 江州市人民医院'])
    it(`keeps ${line} out of the answer and names no one`, () => {
      const e = entriesOf(extractOrThrow(pageRecord(html(line)))).find((x) => x.origin === 'page')!;
      expect(e.answer_paragraphs).toEqual(ANSWER);
      expect(e.doctor.name).toBeNull();
    });
});
