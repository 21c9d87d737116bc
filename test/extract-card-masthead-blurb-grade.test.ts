import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own site with a blurb after its name in the masthead, its grade among its affiliations (`三级甲等医院 · 某某大学
 * 第三临床医学院`, fresh-113): a slogan, no grade of the card's; a badge with the kind of hospital after it (`三甲 · 综合性医院`) still is.
 */
const ANSWER = ['咳嗽两周以上要拍胸片排查。', '多喝水，避免辛辣刺激的食物。'];
const page = (blurb: string) => `<html><head><meta charset="utf-8"><title>咳嗽两周不好怎么办-专家答疑-江州市中心医院</title></head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="江州市中心医院">江州市中心医院</a><span class="b">${blurb}</span></div>
<h2>咳嗽两周不好怎么办？</h2>
<div class="zj"><span>答疑专家：</span><b>欧阳明</b> <span>主任医师</span> <span>呼吸内科</span></div>
<div class="da">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p>回复时间：2023-05-06 10:20</p>
<div class="foot">江州市中心医院 版权所有</div></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a masthead’s blurb after the hospital’s name', () => {
  it('takes no grade from a blurb of affiliations', () => {
    expect(doctorOf(page('三级甲等医院 · 江州医科大学第三临床医学院'))).toMatchObject({ hospital: '江州市中心医院', hospital_grade: null });
  });
  it('still takes a badge’s grade', () => {
    expect(doctorOf(page('三甲 · 综合性医院'))).toMatchObject({ hospital: '江州市中心医院', hospital_grade: '三甲' });
  });
});
