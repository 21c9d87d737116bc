import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's e-mail newsletter in its web view: the masthead's issue line names its number and its day by label
 * (`第52期　發行日期：2023/05/06`, or the ROC calendar's `112.05.06`); the Q&A it carries prints no day of its own, so the
 * issue's is its day. A month alone (`112年5月號`) names no day.
 */

const page = (issue: string) =>
  `<html><head><meta charset="utf-8"><title>健康電子報 第52期</title></head><body><table width="600"><tr><td><span>康寧醫院 健康電子報</span><br><span>${issue}</span></td></tr>` +
  `<tr><td><h3>醫師Q&amp;A｜胃食道逆流</h3><p>諮詢醫師：胃腸肝膽科 林志明 醫師</p><p><b>Q：</b>胃食道逆流要吃多久的藥？</p><p><b>A：</b></p>` +
  `<p>胃食道逆流一般先服藥四到八週，症狀改善後再依醫師指示慢慢減量。</p><p>平時少吃宵夜、飯後不要馬上躺下，體重過重的要減重。</p></td></tr></table></body></html>`;
const dateOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!.date;

describe('a newsletter’s issue line dating its Q&A', () => {
  it('reads the labelled issue day', () => {
    expect(dateOf(page('第52期　發行日期：2023/05/06'))).toBe('2023-05-06');
  });
  it('reads an ROC day after the label', () => {
    expect(dateOf(page('第52期　發行日期：112.05.06'))).toBe('2023-05-06');
  });
  it('reads no day from a month alone', () => {
    expect(dateOf(page('第52期　112年5月號'))).toBeNull();
  });
});
