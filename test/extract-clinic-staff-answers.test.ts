import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A cosmetic-medicine Q&A lists the answers of a clinic's sales staff beside the doctor's: a byline of the role and a
 * first name (`美学顾问小雅`, `咨询师Lily`) with the institution's badge (`机构认证`), the clinic's name, a sales text
 * (`私信我获取报价`). No title, no department: none of the doctor's answer, before or after it. What the blind split
 * fresh-75 taught the genre reader.
 */

const URL = 'https://www.example-yimei.cn/wenda/7731.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['双眼皮术后一周内冰敷消肿，避免剧烈运动和饮酒。', '拆线后如仍有明显不对称，三个月后到医院复诊评估。'];
const doctor = `<div><div><img src="/dr/a.jpg"><a href="/dr/12/">王明</a> <span>主治医师</span> <i>认证</i><p>机构：东湖市人民医院</p><p>科室：整形外科</p></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><span>2023-05-06 14:22</span> <a>有用(12)</a></div></div>`;
const staff = (byline: string) =>
  `<div><div><img src="/user/b.jpg"><span>${byline}</span> <i>机构认证</i><p>东湖美莱医疗美容门诊部</p></div><div><p>亲，我们院近期有活动，术前可免费面诊，欢迎私信我了解。</p><p>私信我获取报价</p></div><div><span>2023-05-07 10:05</span></div></div>`;
const page = (answers: string) =>
  `<html><head><title>双眼皮术后不对称怎么办_问答</title></head><body><div><h1>双眼皮术后不对称怎么办</h1><p>刘**　请问需要做什么检查？</p></div><div><h3>3个回答</h3>${answers}</div></body></html>`;

describe('a clinic’s sales staff answering beside the doctor', () => {
  it('a byline of their role and name, or under the institution’s badge, is one of another answerer', () => {
    for (const line of ['美学顾问小雅 机构认证', '咨询师Lily 机构认证', '医美顾问 安琪', '小美 机构认证']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['王明 主治医师 认证', '心理咨询师张三认为这种情况需要疏导。']) expect(isMemberByline(line), line).toBe(false);
  });

  it('after the doctor’s answer: none of it', () => {
    const [own] = read(page(`${doctor}${staff('美学顾问小雅')}${staff('咨询师Lily')}`));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('before the doctor’s answer: none of it either', () => {
    const [own] = read(page(`${staff('美学顾问安琪')}${doctor}`));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });

  it('a byline of their name first, the role after it (`赵国庆 美学咨询师`), over a reply after the doctor’s answer: none of it', () => {
    for (const line of ['赵国庆 美学咨询师', '小雅 美学顾问', '王丽 咨询师']) expect(isMemberByline(line), line).toBe(true);
    // A counsellor's card (a clinical title) and a line naming the role are no such byline.
    for (const line of ['张明 心理咨询师', '术前咨询 美学顾问', '注意事项 美学顾问']) expect(isMemberByline(line), line).toBe(false);
    const adviser = '<div class="answer adv"><p class="who">赵国庆 <span>美学咨询师</span></p><p>亲，具体方案需要面诊评估哦，可以私信预约免费面诊～</p><p class="t">05-07</p></div>';
    const [own] = read(page(`${doctor}${adviser}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
