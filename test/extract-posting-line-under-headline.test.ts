import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A posting line (the day, then the account the <title> names: `2022-09-04 江州市人民医院`) dates a post where it stands under
 * its headline; the same shape above the headline is a hospital site's news list (`2019-03-01 江州市人民医院` over `获评三甲医院`),
 * none of the answer's day.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const page = (above: string, below: string) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_江州市人民医院</title></head><body>${above}<h1>老人膝盖疼怎么办</h1>${below}<p>李明 主任医师 江州市人民医院 骨科</p>${ps(A)}</body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-hospital.cn/jkzx/88.html' }))).find((e) => e.origin === 'page')!;

describe('a posting line naming the account', () => {
  it('dates the post under its headline', () => {
    expect(own(page('', '<p>2022-09-04 江州市人民医院</p>')).date).toBe('2022-09-04');
  });

  it('dates nothing above the headline, a news list of the site', () => {
    expect(own(page('<div class="news"><p>2019-03-01 江州市人民医院</p><p>获评三甲医院</p></div>', '')).date).toBeNull();
  });
});
