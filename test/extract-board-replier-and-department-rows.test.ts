import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own 在线咨询 record in table rows, a label cell beside its value: the reply's text, then its time, who replied
 * (答复人: `name title`) and from which department (答复部门) in rows after it. The person is the doctor, the department theirs,
 * the hospital the site's.
 */

const QUESTION = '总是鼻塞是什么病';
const row = (label: string, value: string) => `<tr><td class="lbl">${label}：</td><td><span>${value}</span></td></tr>`;
const html = (department: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}-在线咨询-江州国际旅行卫生保健中心</title></head><body>` +
  `<div id="top"><h2>江州国际旅行卫生保健中心</h2></div><div>您现在的位置：首页 &gt;&gt; 在线咨询 &gt;&gt; 咨询详情</div><table>` +
  row('咨询主题', QUESTION) + row('咨询人', '张**') + row('咨询时间', '2022/3/29 17:50:45') + row('咨询内容', '最近一段时间一直这样，不知道是什么原因。') +
  row('答复内容', '鼻塞常见的原因有以下几种：<br />1.有过敏性鼻炎病史的患者，适当热敷、按摩能促进鼻黏膜的血液循环。<br />如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。') +
  row('答复时间', '2022/3/30 08:30:59') + row('答复人', '郭颖　副主任医师') + row('答复部门', department) +
  `</table><p>温馨提示：网上咨询仅供参考。</p><div id="foot">江州国际旅行卫生保健中心　地址：江州市西藏中路99号</div></body></html>`;
const pageOf = (department: string) => entriesOf(extractOrThrow(pageRecord(html(department)))).find((e) => e.origin === 'page')!;


/** A board record whose replier, 职称 and 科室 stand side by side in one row, with the reply's row(s) given; its page entry. */
const oneRowBoard = (replyRows: string) =>
  entriesOf(extractOrThrow(pageRecord(
    `<html><head><meta charset="utf-8"><title>${QUESTION}-在线咨询-江州眼科医院</title></head><body><table>` +
      row('咨询标题', QUESTION) + row('咨询人', '张**') + row('咨询时间', '2022-3-29 17:50:45') + row('咨询内容', '最近一段时间一直这样，不知道是什么原因。') +
      `<tr><td class="lbl">回复专家：</td><td>傅红</td><td class="lbl">职称：</td><td>副主任医师</td><td class="lbl">科室：</td><td>小儿眼科</td></tr>` +
      row('回复时间', '2022-3-30 8:30:59') + replyRows +
      `</table><div id="foot">江州眼科医院　地址：江州市西藏中路99号</div></body></html>`,
  ))).find((e) => e.origin === 'page')!;

describe('a hospital’s consultation record names who replied and their department in rows after the reply', () => {
  for (const department of ['预防接种门诊', '出入境人员体检部']) {
    it(`reads 答复人 as the doctor and 答复部门 ${department} as their department`, () => {
      const page = pageOf(department);
      expect(page.doctor).toMatchObject({ name: '郭颖', title: '副主任医师', department, hospital: '江州国际旅行卫生保健中心' });
      expect(page.answer_paragraphs[0]).toBe('鼻塞常见的原因有以下几种：');
      expect(page.answer_paragraphs).toHaveLength(3);
      expect(page.date).toBe('2022-03-30');
      expect(page.flags).not.toContain('unsure_reading');
    });
  }

  it('reads no hospital from a hospital’s service office as the replying department (客户服务中心): the site’s, doubted', () => {
    const page = pageOf('客户服务中心');
    expect(page.doctor.hospital).not.toBe('客户服务中心');
    expect(page.flags).toContain('unsure_reading');
  });

  it('takes no time from the next record’s rows where this record prints none', () => {
    const next = row('咨询主题', '孩子发烧怎么办') + row('咨询人', '王**') + row('咨询内容', '孩子发烧三十八度五，怎么办？') + row('答复内容', '建议物理降温，多喝水，必要时口服退烧药。') + row('答复时间', '2022/5/02 09:00:00');
    const page = entriesOf(extractOrThrow(pageRecord(html('预防接种门诊').replace(row('答复时间', '2022/3/30 08:30:59'), '').replace('</table>', `${next}</table>`)))).find((e) => e.origin === 'page')!;
    expect(page.date).not.toBe('2022-05-02');
  });

  it('still doubts a replying unit that is neither a hospital nor a department', () => {
    const page = pageOf('市卫生健康委员会办公室');
    expect(page.flags).toContain('unsure_reading');
  });

  it('keeps a reply opening with a salutation line of its own (`尊敬的网友：`) whole: a line of the value, no label', () => {
    const page = entriesOf(extractOrThrow(pageRecord(html('预防接种门诊').replace('<span>鼻塞常见', '<span>尊敬的网友：<br />鼻塞常见')))).find((e) => e.origin === 'page')!;
    expect(page.answer_paragraphs[0]).toBe('鼻塞常见的原因有以下几种：');
    expect(page.doctor).toMatchObject({ name: '郭颖', department: '预防接种门诊' });
  });

  it('reads the replying doctor’s 职称 and 科室 set side by side in one row, each label in a cell of its own', () => {
    const page = oneRowBoard(
      row('回复内容', '鼻塞常见的原因有以下几种：<br />1.有过敏性鼻炎病史的患者，适当热敷、按摩能促进鼻黏膜的血液循环。<br />如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'),
    );
    expect(page.doctor).toMatchObject({ name: '傅红', title: '副主任医师', department: '小儿眼科' });
    expect(page.date).toBe('2022-03-30');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('keeps the reply’s text whole where a head of its own stands in a cell after it in its row (注意事项：)', () => {
    const page = oneRowBoard(
      `<tr><td class="lbl">回复内容：</td><td>${REPLY[0]}</td><td>注意事项：</td><td>${REPLY[1]}</td></tr>`,
    );
    expect(page.answer_paragraphs.join('')).toContain(REPLY[1]);
    expect(page.doctor).toMatchObject({ name: '傅红', title: '副主任医师', department: '小儿眼科' });
  });
});

const REPLY = ['鼻塞常见的原因有以下几种，有过敏性鼻炎病史的患者，适当热敷、按摩能促进鼻黏膜的血液循环。', '如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'];
