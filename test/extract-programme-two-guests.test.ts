import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';

/** A TV health programme's clip page listing two guests: the one who speaks the answer in the transcript is the doctor. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '经期肩背酸痛吃什么药好';
const ANSWER = ['关于经期肩背酸痛，可以从以下几个方面来考虑：', '肩背酸痛持续两天以上的，适当热敷、按摩能促进血液循环。', '建议及时到医院骨科就诊，明确诊断后规范治疗。'];

const clip = (answererFirst: boolean) => {
  const guests = ['<li><b>邱辰</b>　临江市人民医院骨科副主任医师</li>', '<li><b>刘静怡</b>　北京大学深圳医院心血管内科主任医师</li>'];
  if (!answererFirst) guests.reverse();
  return html(`${QUESTION}_健康来了`, `<h1>${QUESTION}</h1><div class="info"><span>播出时间：2023-03-10 21:20</span><span>来源：某卫视</span></div>` +
    `<div><video controls src="https://vod.example.cn/a.mp4"></video></div><div><h3>本期嘉宾</h3><ul>${guests.join('')}</ul></div>` +
    `<div><p><b>主持人陈晓：</b>这个问题很多观众都很关心，我们请专家来说一说。</p><p><b>邱辰：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>${p}</p>`).join('')}` +
    `<p><b>刘静怡：</b>补充一句，平时也要注意饮食和作息。</p></div><p>责任编辑：王芳</p>`);
};

describe('a programme’s clip with two guests', () => {
  it('reads the guest who speaks the answer as its doctor, whichever is listed first, and leaves the other’s added word out', () => {
    for (const first of [true, false]) {
      const page = pageOf(clip(first));
      expect(page.doctor).toMatchObject({ name: '邱辰', title: '副主任医师', department: '骨科', hospital: '临江市人民医院' });
      expect(page.answer_paragraphs).toEqual(ANSWER);
      expect(page.date).toBe('2023-03-10');
    }
  });

  it('takes a programme’s 更多精彩片段 as a related list’s head', () => {
    expect(isRelatedLabel('更多精彩片段')).toBe(true);
    expect(isRelatedLabel('相关片段')).toBe(true);
  });
});
