import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A clinic's sales staff answer beside the doctor under a byline of their role and first name (`美学顾问小雅 机构认证`,
 * `咨询师 Lily`), which opens someone else's answer. A line of the doctor's own answer may open with the same role word
 * (`咨询师建议` over advice, `咨询师面诊` as a step of the clinic's visit): a Han word run into the role with no badge
 * after it and no space between is no byline, else the answer was cut there, its day lost with it, and nothing said.
 */

const URL = 'https://www.example-yimei.cn/wenda/7731.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const doctor = (paras: readonly string[]) =>
  `<div><div><img src="/dr/a.jpg"><a href="/dr/12/">王明</a> <span>主治医师</span> <i>认证</i><p>机构：东湖市人民医院</p><p>科室：整形外科</p></div><div>${paras.map((p) => `<p>${p}</p>`).join('')}</div><div><span>2023-05-06 14:22</span> <a>有用(12)</a></div></div>`;
const staff = `<div><div><img src="/user/b.jpg"><span>美学顾问小雅</span> <i>机构认证</i><p>东湖美莱医疗美容门诊部</p></div><div><p>亲，我们院近期有活动，术前可免费面诊，欢迎私信我了解。</p></div><div><span>2023-05-07 10:05</span></div></div>`;
const page = (answers: string) =>
  `<html><head><title>双眼皮术后不对称怎么办_问答</title></head><body><div><h1>双眼皮术后不对称怎么办</h1><p>刘**　请问需要做什么检查？</p></div><div><h3>2个回答</h3>${answers}</div></body></html>`;

describe('a line of the doctor’s answer opening with a clinic staff’s role word', () => {
  it('is no byline without a badge or a space; the staff’s bylines still are', () => {
    for (const line of ['咨询师建议', '咨询师面诊', '美学顾问建议']) expect(isMemberByline(line), line).toBe(false);
    for (const line of ['美学顾问小雅 机构认证', '咨询师Lily 机构认证', '咨询师 Lily', '医美顾问 安琪']) expect(isMemberByline(line), line).toBe(true);
  });

  it('a heading of the answer: the answer goes on under it, dated', () => {
    const answer = ['双眼皮术后恢复期一般需要一到三个月。', '咨询师建议', '术后一周内冰敷消肿，避免剧烈运动和饮酒。'];
    const [own] = read(page(`${doctor(answer)}${staff}`));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual(answer);
    expect(own!.date).toBe('2023-05-06');
  });

  it('a step of the visit: the answer goes on under it', () => {
    const answer = ['双眼皮手术一般要经过几个步骤，术前不要化妆。', '咨询师面诊', '医生设计方案，术前检查', '术后一周拆线，一个月后复诊。'];
    const [own] = read(page(`${doctor(answer)}${staff}`));
    expect(own!.answer_paragraphs).toEqual(answer);
    expect(own!.date).toBe('2023-05-06');
  });
});
