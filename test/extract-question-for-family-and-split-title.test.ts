import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A portal's ask-a-doctor page: the question as the `<h1>`, perhaps after the asker's line asking for a family member
 * (`帮爸爸问：`, `替女儿咨询：`), or split over the `<h1>` and the first paragraph with an ellipsis closing the one and opening the
 * other (`孩子夜里磨牙……` / `……是缺钙吗`), the asker's words, the doctor's card and answer. Before these rules the asker's line
 * stayed in the question, and the split question was read as its cut first part, doubted.
 */
const ANSWER = ['夜间磨牙和缺钙关系不大，多数与精神紧张、牙齿咬合有关。', '如果长期磨牙，建议到口腔科检查，必要时佩戴牙垫。'];
const page = (title: string, h1: string, first: string) =>
  `<html><head><meta charset="utf-8"><title>${title}-专家问答-西北健康网</title></head><body>` +
  `<div class="nav"><a href="https://www.example-nw.cn/">首页</a> <a href="https://health.example-nw.cn/">健康</a></div>` +
  `<div class="ask"><h1>${h1}</h1><p>${first}</p><p>孩子六岁，最近一个月晚上总是磨牙，声音很大。</p><p class="who">咸阳网友 · 提问于 2021-04-02</p></div>` +
  `<div class="reply"><h3>专家回答</h3><div class="doc"><a href="/doctor/88.html">周建华</a> <span>副主任医师</span><p>渭南市中心医院 口腔科</p></div>` +
  `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p class="t">2021-04-03 回答</p></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a question asked for a family member, or split over the heading and the line under it', () => {
  it('drops the asker’s line asking for someone else', () => {
    const entry = own(page('孩子夜里磨牙是缺钙吗', '替女儿咨询：孩子夜里磨牙是缺钙吗', '请问需要做什么检查？'));
    expect(entry.question).toBe('孩子夜里磨牙是缺钙吗');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('joins the heading’s part and the line’s part, without the ellipses', () => {
    const entry = own(page('孩子夜里磨牙', '孩子夜里磨牙……', '……是缺钙吗'));
    expect(entry.question).toBe('孩子夜里磨牙是缺钙吗');
    expect(entry.answer).toBe(ANSWER.join('\n'));
  });
});
