import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A private hospital's praise beside its doctor's title (promo-words.ts): `从医28年`, `特聘教授`, `专家组组长`, `原三甲医院主任`
 * are no 职称 and no grade; the title is the 职称 printed among them, none where only praise is printed.
 */

const URL = 'https://www.baisha-boai.com/zjjd/3301.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['荨麻疹常见的原因有以下几种：', '一、过敏体质的人接触过敏原后容易反复发作，要避开过敏原。', '二、需要在医生指导下使用抗组胺药，不要自行停药。'];
const page = (card: string) => `<html><head><title>荨麻疹反复发作怎么办_白沙博爱皮肤病医院</title></head><body>
<div><span>白沙博爱皮肤病医院</span> <b>400-661-7926</b></div>
<h1>荨麻疹反复发作怎么办</h1><p>发布时间：2023-03-18</p>
<div>${card}<a href="/swt/">向TA提问</a></div>
<div><h3>专家解答：</h3>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div><h3>相关问答</h3><ul><li><a href="/zjjd/3302.html">起风团怎么办</a><p>起风团多与过敏有关，避开过敏原，必要时用抗组胺药。</p></li><li><a href="/zjjd/3303.html">湿疹能治好吗</a><p>湿疹容易反复，规范治疗和护理后多数能控制。</p></li></ul></div>
<div><p>©2026 白沙博爱皮肤病医院</p></div>
</body></html>`;

describe("praise beside a private hospital's doctor's title", () => {
  it('reads the 职称 among the praise, and takes no grade from a former post at a 三甲 hospital', () => {
    const [own] = read(page('<p>解答专家：<b>陈桂颖</b></p><p>特聘教授 从医24年 原三甲医院主任 主治医师</p><p>皮肤科</p><p>坐诊医院：白沙博爱皮肤病医院</p>'));
    expect(own!.doctor).toMatchObject({ name: '陈桂颖', title: '主治医师', department: '皮肤科', hospital: '白沙博爱皮肤病医院', hospital_grade: null });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps a 职称 a former post runs into (原三甲医院副主任医师): the title, not the 医师 left once the post is cut', () => {
    const [own] = read(page('<p>解答专家：<b>陈桂颖</b></p><p>原三甲医院副主任医师 从医24年</p><p>皮肤科</p><p>坐诊医院：白沙博爱皮肤病医院</p>'));
    expect(own!.doctor).toMatchObject({ name: '陈桂颖', title: '副主任医师', department: '皮肤科', hospital: '白沙博爱皮肤病医院', hospital_grade: null });
  });

  it("reads no title where only praise is printed, and leaves the praise out of the answer", () => {
    const [own] = read(page('<p>解答专家：<b>陈桂颖</b></p><p><span>专家组组长</span><span>知名专家</span></p><p>科室：皮肤科</p><p>坐诊医院：白沙博爱皮肤病医院</p>'));
    expect(own!.doctor.title).toBeNull();
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
