import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A 文学城-kind BBS follow-up page: the doctor's reply on its own page, under the poster's stamp and the line naming the post it answers. */

const answer = ['关于宝宝打喷嚏，可以从以下几个方面来考虑：', '（1）打喷嚏伴有流清鼻涕的，往往需要复查过敏原检测，必要时需要手术治疗。', '建议及时到医院耳鼻喉科就诊，明确诊断后规范治疗。'];
const pageOf = (subject: string, posted: string, tree: string) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html lang="zh-CN"><head><meta charset="utf-8"><title>${subject} - 健康园地 - 文心城</title></head><body>` +
          `<div><a href="/">文心城</a> | <a href="/bbs/">论坛</a></div><div><h1><b>${subject}</b></h1>` +
          `<p>送交者: <a href="/user/maplefamilydoc">maplefamilydoc</a>[品衔R2☆] 于 ${posted} 已读 1499 次 <a href="#">大字阅读</a> <a href="#">繁體</a></p>` +
          `<p>回答: <a href="/health/127806.html">宝宝打喷嚏几天了怎么办</a> 由 sunnyday 于 2022-07-14 12:36:54</p>` +
          `<div><div>${answer.map((p) => `<p>${p}</p>`).join('')}——————<br><div>王晓东医生<br>库比蒂诺微笑牙科 Cupertino Smile Dental<br>Dentist<br>20589 Homestead Rd, Cupertino, CA 95014<br>Tel: 408 991-7176 | 接受新病人 Accepting new patients</div></div></div></div>` +
          `<div><b>所有跟帖:</b><ul><li>• <a href="/health/127975.html">${subject}</a> - maplefamilydoc <i>(2865 bytes)</i> ${tree}</li></ul></div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a BBS follow-up page', () => {
  it('reads the reply alone, dated by its poster’s stamp, the asker’s day none of it', () => {
    const entry = pageOf('回复：宝宝打喷嚏几天了怎么办', '07/15/2022 09:40:44', '07/15/2022 09:40:31');
    expect(entry.question).toBe('宝宝打喷嚏几天了怎么办');
    expect(entry.answer_paragraphs).toEqual(answer);
    expect(entry.date).toBe('2022-07-15');
    expect(entry.doctor).toMatchObject({ name: '王晓东', title: 'Dentist', hospital: '库比蒂诺微笑牙科' });
  });

  it('takes the question from the post it answers where the reply has a subject of its own', () => {
    expect(pageOf('建议先看家庭医生做个检查', '2022-07-15 09:40:44', '2022-07-15 09:40:31').question).toBe('宝宝打喷嚏几天了怎么办');
  });

  it('reads no day from a stamp whose order of day and month the page does not show, and doubts it', () => {
    const entry = pageOf('回复：宝宝打喷嚏几天了怎么办', '05/11/2022 09:40:44', '05/11/2022 09:40:31');
    expect(entry.date).toBeNull();
    expect(entry.answer_paragraphs).toEqual(answer);
    expect(entry.flags).toContain('unsure_reading');
  });
});
