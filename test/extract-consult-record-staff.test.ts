import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isStaffSpeaker, isVisitorSpeaker, addressesDoctor, isHandover } from '../src/extract/records/consult-speakers.js';
import { isVisitorField } from '../src/extract/records/visitor-fields.js';
import { isFormerPostLine } from '../src/extract/words/former-post.js';

/**
 * A private hospital's 商务通 consult record published as Q&A (consult-speakers.ts, visitor-fields.ts): the visitor asks, the staff
 * (导医, 客服) greet, hand over and book, the doctor answers. The answer is the doctor's turns only; a record only the staff
 * answered holds none; the visitor's search keyword in the record's head names no hospital of the card.
 */

const URL = 'https://www.hkzxjl.com/zxjl/101650.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['男性乏力的处理要根据病情轻重来决定：', '（1）通常需要复查肝功能，用药期间不要自行加量或者停药。', '如果症状持续不缓解或者逐渐加重，应尽快到消化内科就诊。'];

type Turn = [who: string, time: string, text: string];
/** The export's form: a coloured head with the time, the message after a <br>. */
const exported = (turns: Turn[]) => turns.map(([who, time, text]) => `<p><font color="#ff0000">${who}  ${time}</font><br>${text}</p>`).join('\n');
/** The bubbles' form: the speaker and a <time> over the message. */
const bubbles = (turns: Turn[]) => turns.map(([who, time, text]) => `<div class="msg"><div class="who">${who} <time>${time}</time></div><div class="txt">${text}</div></div>`).join('\n');

const page = (turns: string, card: string, taken = '廖欣杰（客服10号转接）') => `<html><head><meta charset="utf-8"><title>男性乏力严重吗？_咨询记录_南屏华夏中西医结合医院</title></head><body>
<div><img src="/images/logo.png" alt="南屏华夏中西医结合医院"> <b>南屏华夏中西医结合医院</b> <span>咨询热线：400-582-4908</span></div>
<div>当前位置：<a href="/">首页</a> &gt; <a href="/zxjl/">在线咨询实录</a></div>
<div><h1>男性乏力严重吗？</h1><table><tr><td>访客编号：312e6e4ba8</td><td>开始时间：2020-01-25 07:59:16</td></tr><tr><td>访客来源：搜狗搜索</td><td>搜索关键词：南屏糖尿病医院哪家好</td></tr><tr><td>所在地区：南屏</td><td>接诊：${taken}</td></tr></table>${card}<div>${turns}</div><p>以上为真实咨询记录，已隐去患者隐私信息。</p></div>
<div><h3>更多咨询记录</h3><ul><li><a href="/zxjl/101649.html">小孩后背痛是怎么回事</a></li><li><a href="/zxjl/101625.html">脂肪肝有右上腹胀怎么办</a></li><li><a href="/zxjl/101595.html">宝宝右上腹胀伴有乏力要紧吗？</a></li></ul></div>
<div><p>版权所有 © 2015-2026 南屏华夏中西医结合医院</p><p>地址：南屏市滨江东路273号</p></div>
</body></html>`;

const CARD = `<div><img src="/uploads/zj/d31901cf.jpg"><p>接诊专家：<b>廖欣杰</b> 原三甲医院主任、副主任医师、知名专家</p><p>消化内科</p><p>曾任南屏市肿瘤医院（三甲）消化内科主任，中华医学会会员。</p></div>`;

const opening: Turn[] = [
  ['客服10号', '08:00:05', '您好，欢迎咨询南屏华夏中西医结合医院，请问有什么可以帮您？'],
  ['访客', '08:02:15', '男性乏力严重吗？'],
  ['访客', '08:04:04', '有没有什么好的办法缓解？'],
  ['客服10号', '08:05:47', '请问您今年多大年龄？这种情况多久了？'],
  ['访客', '08:06:37', '60岁，11个月了'],
];
const closing: Turn[] = [
  ['客服10号', '08:17:09', '为了方便专家回访，您可以留个电话吗？'],
  ['访客', '08:19:02', '151****1131'],
  ['客服10号', '08:20:44', '已为您预约2020-01-29上午的专家号，来院报姓名即可，挂号免费。'],
];
const answered: Turn[] = [
  ...opening,
  ['客服10号', '08:08:45', '好的，已为您转接廖欣杰主任，请稍等。'],
  ['廖主任', '08:09:22', ANSWER[0]!],
  ['廖主任', '08:09:43', ANSWER[1]!],
  ['访客', '08:11:41', '嗯'],
  ['廖主任', '08:13:14', ANSWER[2]!],
  ...closing,
];

describe('a consult record published as Q&A', () => {
  for (const [form, print] of [['export', exported], ['bubbles', bubbles]] as const) {
    it(`reads the doctor's turns as the answer, none of the staff's or the visitor's (${form})`, () => {
      const [own] = read(page(print(answered), CARD));
      expect(own!.question).toBe('男性乏力严重吗？');
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      // The 职称 among the praise, the hospital the site's own (the visitor's search keyword names none), the day the record's start.
      expect(own!.doctor).toEqual({ name: '廖欣杰', title: '副主任医师', department: '消化内科', hospital: '南屏华夏中西医结合医院', hospital_grade: null });
      expect(own!.date).toBe('2020-01-25');
      expect(own!.flags).not.toContain('unsure_reading');
    });
  }

  it('gives no entry for a record only the staff answered', () => {
    const staffOnly: Turn[] = [
      ...opening,
      ['客服10号', '08:08:45', '您这种情况建议尽早来院做个检查，明确病因后才能对症治疗，我们医院是重点专科。'],
      ['客服10号', '08:09:30', '您可以先预约，来院不用排队。'],
      ...closing,
    ];
    // No entry: the page's own is a reject that says why (its question has no answer under it).
    expect(() => read(page(exported(staffOnly), '', '客服10号'))).toThrow(/no answer read under its question \(男性乏力严重吗？\)/);
  });

  it('tells the three sides and the record head apart by their words', () => {
    for (const staff of ['导医小王', '客服10号', '在线客服', '咨询助理', '客服18号：']) expect(isStaffSpeaker(staff)).toBe(true);
    for (const other of ['廖主任', '访客', '患者', '客服电话：400-582-4908', '客服电话', '客服微信', '导医台', '前台挂号']) expect(isStaffSpeaker(other)).toBe(false);
    expect(isVisitorSpeaker('访客')).toBe(true);
    expect(isVisitorSpeaker('访客8812')).toBe(true);
    expect(isVisitorSpeaker('访客来源：百度搜索')).toBe(false);
    expect(addressesDoctor('廖主任', '廖欣杰')).toBe(true);
    expect(addressesDoctor('上官主任', '上官晓')).toBe(true);
    expect(addressesDoctor('陈主任', '廖欣杰')).toBe(false);
    expect(addressesDoctor('廖主任', null)).toBe(false);
    expect(isHandover('好的，已为您转接廖欣杰主任，请稍等。')).toBe(true);
    expect(isHandover('建议到医院消化内科就诊，主任医师会为您安排检查。')).toBe(false);
    expect(isVisitorField('搜索关键词：南屏糖尿病医院哪家好')).toBe(true);
    expect(isVisitorField('访客来源：360搜索')).toBe(true);
    expect(isVisitorField('所在医院：南屏华夏中西医结合医院')).toBe(false);
  });

  it('reads a post boasted of at an unnamed hospital beside the 职称 as praise, not as a bio line', () => {
    expect(isFormerPostLine('原三甲医院主任、副主任医师、知名专家')).toBe(false);
    expect(isFormerPostLine('原三甲医院主任 副主任医师')).toBe(false);
    expect(isFormerPostLine('原北岸市医科大学附属医院（三甲）神经外科副主任，中华医学会会员')).toBe(true);
    expect(isFormerPostLine('曾任白沙市精神卫生中心乳腺外科副主任，多次赴国外进修学习')).toBe(true);
  });
});
