import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A forum thread the answering doctor opened: the 楼主 is the doctor, whose opening post answers the question its title
 * asks, members thanking them on the floors after it. The opening post's 楼主 stamp is the answer's day (isDoctorStarterStamp
 * in layouts/asker-stamp.ts: a 楼主 stamp naming the card's doctor, or standing in the card's box); any other 楼主 stamp
 * still dates only the asking. Before, every 楼主 stamp was taken for the asker's and the answer was left undated, silently.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-mom.cn/post/1.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['宝宝发烧38.5度以下精神好，可以先物理降温，多喝水，观察精神状态。', '如果超过38.5度或者精神差、抽搐、持续高热三天以上，要及时到医院就诊。'];
const thread = (head: string) => `<html><head><meta charset="utf-8"><title>宝宝发烧什么时候需要去医院_育儿交流</title></head><body>
<div class="post"><div class="hd"><img src="/a.jpg">${head}</div><h1>宝宝发烧什么时候需要去医院</h1><div class="ct">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ft"><span>赞 88</span> <span>回复 12</span></div></div>
<div class="floors"><h3>全部回复(2)</h3>
<div class="fl"><div class="hd"><span>小鱼儿842</span> <span>宝宝8个月</span><span>1楼</span></div><div><p>谢谢医生，说得很清楚。</p></div><div class="ft"><span>2019年10月27日</span> <span>赞 11</span></div></div>
<div class="fl"><div class="hd"><span>安安妈</span><span>2楼</span></div><div><p>收藏了，正需要。</p></div><div class="ft"><span>2019年10月28日</span></div></div>
</div></body></html>`;
const DOCTOR = { name: '高佳慧', title: '副主任医师', department: '儿科', hospital: '南屏市人民医院', hospital_grade: null };

describe('a thread the answering doctor opened', () => {
  it('the 楼主 stamp naming the doctor dates the answer', () => {
    const own = read(thread('<span>高佳慧</span> <i>楼主</i> <span>2019年10月26日 21:03</span><p>副主任医师 南屏市人民医院 儿科</p>'));
    expect(own.doctor).toEqual(DOCTOR);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2019-10-26');
  });

  it('so does one under a certified nickname (高佳慧医生 认证医生 楼主)', () => {
    const own = read(thread('<span>高佳慧医生</span> <span>认证医生</span> <span>楼主</span> <span>2019-10-26 21:03</span><p>认证：南屏市人民医院 儿科 副主任医师</p>'));
    expect(own.doctor).toEqual(DOCTOR);
    expect(own.date).toBe('2019-10-26');
  });

  it('and one on a line of its own in the doctor’s card', () => {
    const own = read(thread('<p>高佳慧 副主任医师</p><p>南屏市人民医院 儿科</p><p>楼主 2019-10-26 21:03</p>'));
    expect(own.doctor).toEqual(DOCTOR);
    expect(own.date).toBe('2019-10-26');
  });
});
