import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { stampDay } from '../src/extract/reader/answer-meta.js';

/**
 * A `<time>` whose datetime is an instant in UTC (`2023-01-30T21:59:00+00:00`) showing the page's local day (`2023-01-31`): the
 * day shown is the post's, as a paper east of UTC prints it. Before, the datetime's day was read, the day before, silently.
 */
const page = (time: string) =>
  `<html><head><meta charset="utf-8"><title>痛风会引起关节发热吗？</title></head><body><article><h1>痛风会引起关节发热吗？</h1>` +
  `<div class="meta"><span class="date">${time}</span> <span class="mm-date">၂၀၂၃ ခုနှစ်၊ ဇန်နဝါရီလ ၃၁ ရက်</span> <span class="views">8928</span></div><p>解答医生：王明　风湿免疫科专科医生　仰光总医院</p>` +
  `<p>痛风的处理要根据病情轻重来决定，急性发作期要多喝水、少吃海鲜和动物内脏。</p></article></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a <time> showing its local day beside a UTC datetime', () => {
  it('dates the answer by the day shown, undoubted', () => {
    const entry = own(page('<time class="entry-date" datetime="2023-01-30T21:59:00+00:00">2023-01-31</time>'));
    expect(entry.date).toBe('2023-01-31');
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('reads a day shown in English words (`April 26, 2021`) so too', () => {
    expect(stampDay({ datetime: '2021-04-25T22:00:00+00:00', at: 0, shown: 'April 26, 2021' })).toBe('2021-04-26');
  });
  it('keeps the datetime’s day where the text shows no day (3天前) or a day far from it', () => {
    expect(stampDay({ datetime: '2023-01-30T21:59:00+00:00', at: 0, shown: '3天前' })).toBe('2023-01-30');
    expect(stampDay({ datetime: '2023-01-30T21:59:00+00:00', at: 0, shown: '2023-03-05' })).toBe('2023-01-30');
    expect(stampDay({ datetime: '2023-01-30', at: 0, shown: '2023-01-31' })).toBe('2023-01-30');
  });
});
