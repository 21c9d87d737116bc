import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A bilingual region's hospital site: a Mongol doctor named once with the Mongolian spelling bracketed after (`斯琴（ᠰᠡᠴᠡᠨ）`), a
 * 蒙医's rank (`副主任蒙医师`), and a 科普 film captioned with its subtitles (`（蒙汉双语字幕）`) over the answer.
 */

const ANSWER = ['慢性胃炎常见的原因有以下几种：', '一、饮食不规律、熬夜会刺激胃黏膜，平时要清淡饮食。', '二、幽门螺杆菌感染需要在医生指导下规范治疗。', '建议及时到医院消化内科就诊，明确诊断后规范治疗。'];
const page = (card: string, film = '') => `<html><head><meta charset="utf-8"><title>慢性胃炎怎么办-健康问答-某某自治区人民医院</title></head><body>
<div class="top"><a href="/">某某自治区人民医院</a></div>
<div class="zw">
<h1>慢性胃炎怎么办</h1>
<div class="sj">发布时间：2023-05-06　浏览：120次</div>
${card}
${film}<div class="nr">
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
</div>
</div>
<div class="foot">某某自治区人民医院 版权所有</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.hospital.example.cn/kpwd/1.html' })));

describe("a bilingual hospital's Mongol doctor and its film's subtitle caption", () => {
  it("reads the card's Chinese name, not its Mongolian spelling in brackets", () => {
    const [own] = read(page('<p class="zj">专家：斯琴（ᠰᠡᠴᠡᠨ），消化内科主任医师</p>'));
    expect(own!.doctor).toMatchObject({ name: '斯琴', title: '主任医师', department: '消化内科' });
  });

  it("reads a 蒙医's rank (`副主任蒙医师`) as the title", () => {
    const [own] = read(page('<div class="zj-box"><img src="/zj/1.jpg" alt=""><dl><dt>王志强</dt><dd>蒙医科</dd><dd>副主任蒙医师</dd></dl></div>'));
    expect(own!.doctor).toMatchObject({ name: '王志强', title: '副主任蒙医师', department: '蒙医科' });
  });

  it("leaves the film's subtitle caption (`（蒙汉双语字幕）`) out of the answer", () => {
    const film = '<div class="sp"><video controls src="/sp/1.mp4"></video><p class="zm">（蒙汉双语字幕）</p></div>\n';
    const [own] = read(page('<p class="zj">专家：王志强，消化内科主任医师</p>', film));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('video');
  });
});
