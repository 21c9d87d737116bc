import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
/** A Q&A page with a card element holding the one line. */
const cardPage = (line: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><span>2023-05-06 10:12</span></div>` +
  `<div class="ans"><div class="card">${line}</div><div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

describe('a card run together whose word after the department is a subspecialty (眼科白内障主治医师)', () => {
  for (const line of ['江州市人民医院眼科白内障主治医师', '江州市人民医院心内科高血压主任医师', '江州市中医院针灸科金针主治医师'])
    it(`reads no name from ${line}: a disease, technique or instrument, none of a person's`, () => {
      expect(parseCardParts([line]).name).toBeNull();
    });
  it('still reads the name run in after the department (普外科石磊副主任医师)', () => {
    expect(parseCardParts(['江州市人民医院普外科石磊副主任医师'])).toMatchObject({ name: '石磊', department: '普外科', title: '副主任医师' });
  });
});

describe('a rank labelling a team (主任医师：李明团队)', () => {
  it('gives no title: a team page’s header, no one’s card', () => {
    const e = pageEntry(cardPage('<b>王刚</b> <span>江州市人民医院</span> <span>骨科</span><span>主任医师：李明团队</span>'));
    expect(e.doctor.name).not.toBe('李明团队');
    expect(e.doctor.title).toBeNull();
  });
  it('still gives the title of a rank labelling one person (主治医师：王刚)', () => {
    expect(parseCardParts(['主治医师：王刚 江州市人民医院'])).toMatchObject({ name: '王刚', title: '主治医师' });
  });
});

describe('two ranks labelling two people (主任医师：李明, 主治医师：王刚)', () => {
  it('gives neither title: the card says not which of them answers', () => {
    expect(parseCardParts(['主任医师：李明', '主治医师：王刚', '江州市人民医院 骨科']).title).toBeNull();
    expect(parseCardParts(['主任医师：李明 主治医师：王刚 江州市人民医院 骨科']).title).toBeNull();
  });
});
