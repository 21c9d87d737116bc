import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A patients' board prints beside each post its author's column: the account, its group (`用户组：专家医师`) and, for a doctor's
 * account, the profile's fields (真实姓名, 职称, 医院, 科室). The group is how the site ranks the account: its 医师 is no title of
 * the doctor's, and must not stand in for the 职称 the profile prints (`主管药师`). What the blind split fresh-80 taught.
 */

const QUESTION = '经期尿痛几天了怎么办';
const ANSWER = ['关于经期尿痛，可以从以下几个方面来考虑：', '多喝水，注意休息，症状加重时及时到泌尿外科就诊。'];
const page = (column: string) => `<html><head><meta charset="utf-8"><title>${QUESTION} - 专家答疑 - 某某论坛</title></head><body>
<h1><a href="/f/12?type=3">[专家答疑]</a> <span>${QUESTION}</span></h1>
<table class="post"><tr><td class="side"><div class="who"><a href="/space/9">东方琳怡医生</a></div>${column}</td>
<td class="main"><div class="pi"><strong>2#</strong> <em>发表于 2019-1-6 09:22</em></div><div class="text">${ANSWER.join('<br />\n')}</div></td></tr></table>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://bbs.example-board.cn/thread-1-1-1.html' })))[0]!;
const PROFILE = (title: string) => `<dl><dt>真实姓名</dt><dd>东方琳怡</dd><dt>职称</dt><dd>${title}</dd><dt>医院</dt><dd>石门市口腔医院</dd><dt>科室</dt><dd>泌尿外科</dd><dt>积分</dt><dd>1853</dd></dl>`;

describe('a board account’s group in its author column', () => {
  it('`用户组：专家医师` is no title: the profile’s 职称 is', () => {
    for (const title of ['主管药师', '副主任护师']) {
      const own = read(page(`<p>用户组：专家医师</p>${PROFILE(title)}`));
      expect(own.doctor).toMatchObject({ name: '东方琳怡', title, hospital: '石门市口腔医院', department: '泌尿外科' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('a title the column prints on a line of its own, with no label, is read as before', () => {
    const own = read(page(`<p>用户组：专家</p><p>副主任护师</p><p>石门市口腔医院 泌尿外科</p>`));
    expect(own.doctor.title).toBe('副主任护师');
  });
});
