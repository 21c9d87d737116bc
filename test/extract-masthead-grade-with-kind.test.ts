import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own site draws its name as the masthead's logo and prints its grade beside it with the kind of hospital
 * (`三级甲等中西医结合医院`, a maternal and child care hospital's `三级甲等妇幼保健院`): the grade of the card's hospital, read
 * from the site where the reply's signature names no hospital.
 */

const read = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url })));
const page = (site: string, badge: string) =>
  `<html><head><meta charset="utf-8"><title>孩子腹泻能喝酸奶吗 留言回复 | ${site}</title></head><body>` +
  `<div class="top"><a href="/"><img src="/i/logo.png" alt="${site}"></a> ${badge}</div>` +
  `<div class="msg"><div class="tt">孩子腹泻能喝酸奶吗？</div><div class="mm">留言人：游客　日期：2023-04-11</div>` +
  `<div class="bb">三岁孩子拉肚子两天了，一天四五次，能不能喝点酸奶调理肠道？</div>` +
  `<div class="rr"><p>可以少量喝常温的酸奶，但不能代替补液。腹泻期间要注意补充水分和电解质，口服补液盐少量多次服用。</p>` +
  `<p>如果出现精神差、尿量明显减少、大便带血或发热不退，应尽快来院就诊。</p><p class="sign">儿科　温晓东　副主任医师</p></div>` +
  `<div class="mm">回复日期：2023-04-12</div></div><div class="ft">${site} 版权所有</div></body></html>`;

describe('a masthead grade printed with the kind of hospital', () => {
  it('reads the grade before 妇幼保健院', () => {
    const [own] = read(page('滨海市妇幼保健院', '三级甲等妇幼保健院'), 'https://www.example-bhfy.cn/ly/2231.html');
    expect(own!.doctor).toMatchObject({ name: '温晓东', hospital: '滨海市妇幼保健院', hospital_grade: '三级甲等' });
  });
  it('reads the grade before a longer kind (中西医结合医院)', () => {
    const [own] = read(page('滨海市中西医结合医院', '三级甲等中西医结合医院'), 'https://www.example-bhzxy.cn/ly/2231.html');
    expect(own!.doctor).toMatchObject({ name: '温晓东', hospital: '滨海市中西医结合医院', hospital_grade: '三级甲等' });
  });
});
