import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A thread whose posts are each stamped under their text: the doctor's answer ends at its post's stamp; a member's post
 * after it (its byline, its text, its own stamp) is that member's, none of the answer. The doctor's own next post is not cut.
 */

const URL = 'https://bbs.example-parenting.cn/thread-88231-1-1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['六个月的宝宝夜里醒两三次吃奶是常见的，不一定是没吃饱，白天奶量够、体重增长正常就不用担心。', '可以逐步拉长夜里喂奶的间隔，睡前洗澡、固定入睡时间，帮宝宝建立作息。'];
const page = (byline: string) =>
  `<html><head><title>六个月宝宝夜醒频繁正常吗 - 宝宝睡眠 - 亲子论坛</title></head><body><div class="crumb">亲子论坛 › 宝宝睡眠</div><div class="thread">` +
  `<div class="p"><div class="who">柚子麻麻 楼主</div><h1>六个月宝宝夜醒频繁正常吗</h1><div class="body">每晚醒三次要吃奶，是不是白天没吃饱？大人都快熬不住了。</div><div class="time">2023-06-02 22:41</div></div>` +
  `<div class="p v"><div class="who">儿科 戴立群 副主任医师 <span>认证医生</span> 江州市妇幼保健院</div><div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="time">2023-06-03 09:12</div></div>` +
  `<div class="p"><div class="who">${byline}</div><div class="body">谢谢分享，我家也是这样，过了八个月就好多了。</div><div class="time">2023-06-03 10:05</div></div>` +
  `</div></body></html>`;

describe('a member’s post after the doctor’s stamped post', () => {
  it('ends the answer at the doctor’s post’s stamp', () => {
    const [own] = read(page('豆豆妈'));
    expect(own!.doctor).toMatchObject({ name: '戴立群', hospital: '江州市妇幼保健院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-06-03');
  });
  it('does not cut where the next post is the doctor’s own', () => {
    const [own] = read(page('戴立群'));
    expect(own!.answer_paragraphs.slice(0, 2)).toEqual(ANSWER);
    expect(own!.answer_paragraphs.length).toBeGreaterThan(2);
  });
});
