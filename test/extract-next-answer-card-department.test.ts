import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Q&A prints each doctor's answer under their own card, the department only where the doctor filled it in (`科室：内科`).
 * Where the answering doctor's card names none, the department on the next answerer's card (under their name and title) is
 * that doctor's, none of the page's doctor's: the department stays null. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://www.example-meiyan.com/question/88123';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['头晕需要结合具体情况来看，一般有以下几种情况：', '1.如果是高血压引起的，应注意观察头晕的变化。', '建议及时到医院心血管内科就诊，明确诊断后规范治疗。'];
const answer = (name: string, title: string, dept: string | null, paras: string[], day: string) =>
  `<div class="gm-answer"><div class="doctor-info"><img src="/doctor/${name}.jpg" class="avatar"><a href="/doctor/1" class="name">${name}</a> <span class="title">${title}</span> <i class="v">认证医生</i><p>机构：云岭市中心医院</p>${dept ? `<p>科室：${dept}</p>` : ''}</div><div class="content">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="ft"><span>${day}</span> <a>赞 119</a></div></div>`;
const page = `<html><head><title>头晕怎么办 - 问答</title></head><body><div class="q-hd"><h1>头晕怎么办</h1><p>最近总是头晕。</p></div>
<div class="answer-list"><h3>全部回答 2</h3>${answer('汤雪', '副主任医师', null, ANSWER, '2021.08.30')}
${answer('范英建', '主治医师', '内科', ['你好，根据你的描述，考虑和近期饮食作息有关。', '建议规律作息，清淡饮食，症状不缓解及时就诊。'], '2021.09.06')}</div></body></html>`;

describe('the department on the next answerer’s card', () => {
  it('is none of the answering doctor’s', () => {
    const [own] = read(page);
    expect(own!.doctor.name).toBe('汤雪');
    expect(own!.doctor.hospital).toBe('云岭市中心医院');
    expect(own!.doctor.department).toBeNull();
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
