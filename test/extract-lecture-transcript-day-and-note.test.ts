import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isCompiledNote } from '../src/extract/words/answer-extras.js';
import { sessionTimeDay } from '../src/extract/dates/session-day.js';

/**
 * A lecture's transcript: the day the lecture was given (`讲座时间：…`, among an info line's fields after a bar) dates the
 * answer over the later publishing; the note on how the text was compiled (`以上内容据讲座录像整理，经主讲专家审阅`) is the
 * editor's, none of the answer.
 */

const URL = 'https://www.example-healthclass.cn/lecture/2022/0910/118.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = [
  '骨密度检查报告里的T值在负一以上为正常，负一到负二点五之间是骨量减少，负二点五以下可以诊断骨质疏松。',
  '绝经后的女性和七十岁以上的男性，建议每一到两年查一次骨密度，同时评估跌倒风险。',
];

describe('a lecture’s transcript', () => {
  it('tells the lecture’s day after a bar and the compiling note', () => {
    expect(sessionTimeDay('主讲专家：骆文华｜讲座时间：2022年9月3日｜发布：2022年9月10日')).toBe('2022-09-03');
    expect(sessionTimeDay('讲座回顾：骨密度报告怎么看')).toBeNull();
    expect(isCompiledNote('（以上内容据讲座录像整理，经主讲专家审阅）')).toBe(true);
    expect(isCompiledNote('根据检查结果整理一份用药清单，复诊时带给医生。')).toBe(false);
  });
  it('reads the page', () => {
    const [own] = read(
      `<html><head><meta charset="utf-8"><title>骨密度报告怎么看？ - 社区健康大讲堂</title></head><body><div class="site">社区健康大讲堂</div>` +
        `<div class="art"><h1>骨密度报告怎么看？</h1>` +
        `<div class="meta">主讲专家：<span>骆文华</span> <span>江州市中医院</span> <span>骨伤科</span> <span>副主任医师</span>｜讲座时间：2022年9月3日｜发布：2022年9月10日</div>` +
        `<div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">（以上内容据讲座录像整理，经主讲专家审阅）</div></div></body></html>`,
    );
    expect(own!.doctor).toMatchObject({ name: '骆文华', hospital: '江州市中医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-03');
  });
});
