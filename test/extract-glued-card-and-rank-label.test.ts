import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
/** A Q&A page with the card's line over the answer, no element of a card around it. */
const linePage = (line: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_健康问答_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1>` +
  `<p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><p>${line}</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a name with a role glued on before the calling (张伟康复医师)', () => {
  it('reads the 2–3 Han before the role as the name, the role and its calling as the title', () => {
    expect(parseCardParts(['张伟康复医师', '江州市康复医院'])).toMatchObject({ name: '张伟', title: '康复医师', hospital: '江州市康复医院' });
    expect(parseCardParts(['李小明麻醉医师'])).toMatchObject({ name: '李小明', title: '麻醉医师' });
  });
  it('reads it so on a page', () => {
    expect(pageEntry(linePage('张伟康复医师 江州市康复医院')).doctor).toMatchObject({ name: '张伟', title: '康复医师' });
  });
  it('leaves a name whose last Han is no role of two whole (张伟男, 王康复) a name', () => {
    expect(parseCardParts(['张伟男医师'])).toMatchObject({ name: '张伟男', title: '医师' });
    expect(parseCardParts(['王康复医师'])).toMatchObject({ name: '王康复', title: '医师' });
  });
});

describe('a card run together: hospital, department, name, title (江州市人民医院骨科王刚总医师)', () => {
  for (const title of ['总医师', '主任医师'])
    it(`reads all four of …王刚${title} and keeps the line out of the answer`, () => {
      const e = pageEntry(linePage(`江州市人民医院骨科王刚${title}`));
      expect(e.doctor).toMatchObject({ name: '王刚', title, department: '骨科', hospital: '江州市人民医院' });
      expect(e.answer_paragraphs).toEqual(ANSWER);
    });
  it('reads no name from a department printed without its 科 before the title (某医院骨科康复主治医师)', () => {
    expect(parseCardParts(['某医院骨科康复主治医师']).name).toBeNull();
  });
});

describe('a rank as the label of who answers (总医师：王刚)', () => {
  it('reads the label as the title and its value as the name', () => {
    expect(pageEntry(linePage('总医师：王刚 江州市人民医院 骨科')).doctor).toMatchObject({ name: '王刚', title: '总医师', department: '骨科', hospital: '江州市人民医院' });
    expect(parseCardParts(['主治医师：王刚 江州市人民医院'])).toMatchObject({ name: '王刚', title: '主治医师' });
  });
  it('reads no title from a bare calling or a post as the label (医师：, 主任：)', () => {
    expect(parseCardParts(['医师：王刚 江州市人民医院']).title).toBeNull();
    expect(parseCardParts(['主任：王刚 江州市人民医院']).title).toBeNull();
  });
});

describe('Taiwan’s nurse practitioner (專科護理師)', () => {
  it('reads a column credited to one as the card, the title whole', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>傷口照護 - 醫院衛教</title></head><body><h1>手術後傷口要怎麼照顧？</h1><p>2023-05-06</p>` +
      `<p>撰文／外科部 陳美玲 專科護理師</p><p>傷口要保持乾燥清潔，每天換藥一次。</p><p>如果出現紅腫熱痛或發燒，應盡快回診。</p></body></html>`;
    expect(pageEntry(html).doctor).toMatchObject({ name: '陳美玲', title: '專科護理師', department: '外科部' });
  });
});
