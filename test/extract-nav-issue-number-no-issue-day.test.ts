import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (title: string, issueLine: string) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="bar">2023年5月6日 星期六</div>${issueLine}` +
  `<h1>老人膝盖疼怎么办？</h1><p>李明 主任医师 江州市人民医院 骨科</p>${A.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a header bar’s day with its weekday over a nav line numbering some issue (健康讲堂 第3期)', () => {
  it('is doubted: the nav’s issue is none of the page’s, the day the page was served as often', () => {
    expect(pageOf(page('老人膝盖疼怎么办', '<div>健康讲堂 第3期</div>')).flags).toContain('unsure_reading');
  });
  it('is no doubt where the <title> numbers the same issue (每日一问第3期：…): the issue’s day', () => {
    const own = pageOf(page('每日一问第3期：老人膝盖疼怎么办', '<div>每日一问 第3期</div>'));
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('a paper’s own issue line under its header bar’s day (第8765期, 总第8765期 今日16版, 江州日报 第8765期)', () => {
  for (const line of ['第8765期', '总第8765期 今日16版', '江州日报 第8765期'])
    it(`is the issue’s day, no doubt: ${line}`, () => {
      const e = pageOf(page('老人膝盖疼怎么办 - 江州日报', `<div>${line}</div>`));
      expect(e.date).toBe('2023-05-06');
      expect(e.flags).not.toContain('unsure_reading');
    });
});
