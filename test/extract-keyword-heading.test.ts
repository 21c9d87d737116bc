import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isKeywordHeading } from '../src/extract/layouts/retitled-question.js';

/**
 * A private hospital's 在线咨询 landing page (retitled-question.ts): its `<h1>` an SEO keyword heading (`青川看慢性胃炎哪家好`),
 * no question anyone asked; the visitor's own question printed under it (`患者问：…`, `问：…`) is the question. The answer's
 * `专家答：` label is none of its text, and the footer's `更新时间` dates it where no other day is printed after it.
 */

const URL = 'https://www.hkzxlp.com/zt/wenda/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['经期胃胀的处理要根据病情轻重来决定：', '（1）需要在医生指导下使用胃黏膜保护剂，保持心情舒畅也很重要。', '平时要注意保持良好的生活习惯，按时复查。'];

const page = (asked: string, first: string, foot: string) => `<html><head><meta charset="utf-8"><title>青川慢性胃炎医院哪家好_青川华康胃肠医院</title></head><body>
<div><img src="/zt/zx/banner.jpg" alt="青川慢性胃炎医院哪家好 青川华康胃肠医院"></div>
<h1>青川看慢性胃炎哪家好</h1>
<p>今日已有<b>465</b>人咨询，10位专家在线</p>
<div><h2>患者问答</h2><div><p><b>${asked}</b>经期胃胀伴有上腹隐痛要紧吗</p><p>${first}${ANSWER[0]}</p>
<p>${ANSWER[1]}</p>
<p>温馨提示：病情因人而异，<a href="/swt/">点击咨询在线医生</a>，获取专属诊疗方案。</p>
<p>${ANSWER[2]}</p><p>——侯清 专家组组长　副主任医师　原三甲医院主任，青川华康胃肠医院消化内科</p></div></div>
<div><h3>患者评价</h3><p>徐先生：医生很耐心，讲得很清楚，环境也不错。</p></div>
<div><p>青川华康胃肠医院 咨询热线：400-332-5543</p>${foot}<p>Copyright © 2026 青川华康胃肠医院</p></div>
</body></html>`;

describe("a landing page's keyword heading", () => {
  it("reads the visitor's labelled question, not the keyword heading, and the answer without its label", () => {
    const [own] = read(page('患者问：', '专家答：', '<p>更新时间：2019年1月23日</p>'));
    expect(own!.question).toBe('经期胃胀伴有上腹隐痛要紧吗');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toEqual({ name: '侯清', title: '副主任医师', department: '消化内科', hospital: '青川华康胃肠医院', hospital_grade: null });
    expect(own!.date).toBe('2019-01-23');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('reads a bare 问： label the same way, and no date where the foot prints none', () => {
    const [own] = read(page('问：', '', ''));
    expect(own!.question).toBe('经期胃胀伴有上腹隐痛要紧吗');
    expect(own!.date).toBeNull();
  });

  it('tells a keyword heading from a question', () => {
    for (const keyword of ['青川看慢性胃炎哪家好', '云岭牙周炎专家在线解答', '北岸痔疮医院', '带状疱疹怎么治疗？云岭华康皮肤病医院专家为您解答']) expect(isKeywordHeading(keyword)).toBe(true);
    for (const question of ['经期胃胀伴有上腹隐痛要紧吗', '慢性胃炎去哪家医院看比较好，需要做胃镜吗？']) expect(isKeywordHeading(question)).toBe(false);
  });
});
