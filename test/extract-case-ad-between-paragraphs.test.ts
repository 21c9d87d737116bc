import { describe, expect, it } from 'vitest';
import { isAdLine } from '../src/extract/words/answer-extras.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A clinic's before/after case ad set between an answer's paragraphs (`案例对比`, the pictures' `术前` / `术后`, `种植牙案例｜某院
 * 某医生`, a 免费预约 button): another doctor's work on show, none of the answer, no end of it. Before this rule the answer
 * stopped at the ad (its captions kept as a paragraph, flagged cut off) or the page was rejected with no entry.
 */
const CASE_AD =
  `<div class="case"><p>案例对比</p><table><tr><td><img src="/c/1_q.jpg" alt="术前"><br>术前<td><img src="/c/1_h.jpg" alt="术后"><br>术后</table>` +
  `<p>种植牙案例｜广州海珠院 赵建国医生</p><a href="/yuyue/">免费预约</a></div>`;
const page = (between: string) =>
  `<html><head><meta charset="utf-8"><title>牙龈出血怎么办_牙医问答</title></head><body>` +
  `<div class="crumb"><a href="/">首页</a> &gt; <a href="/wenda/">牙医问答</a> &gt; 正文</div>` +
  `<h1>牙龈出血怎么办</h1><div class="ask">提问者：网友　提问时间：2023-05-04</div>` +
  `<div class="ans"><div class="tit">牙医回答</div><p>牙龈出血多与牙结石、牙龈炎有关，建议先做一次洁牙。</p>${between}` +
  `<p>平时刷牙用软毛牙刷，配合牙线清洁牙缝，出血持续不缓解要及时复诊。</p>` +
  `<table class="doc"><tr><td>医生：李文华<tr><td>职称：主治医师<tr><td>科室：牙周科</table>` +
  `<p class="time">回答时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-dental.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a before/after case ad between the answer’s paragraphs', () => {
  it('is none of the answer, and the answer goes on after it', () => {
    const entry = read(page(CASE_AD));
    expect(entry.answer_paragraphs).toEqual(['牙龈出血多与牙结石、牙龈炎有关，建议先做一次洁牙。', '平时刷牙用软毛牙刷，配合牙线清洁牙缝，出血持续不缓解要及时复诊。']);
    expect(entry.flags).not.toContain('cut_off_end');
  });

  it('its lines are ads; an answer’s line about before and after an operation is none', () => {
    for (const line of ['案例对比', '术前 术后', '隐形矫正案例｜珠海香洲院 孙晓东医生']) expect(isAdLine(line)).toBe(true);
    for (const line of ['术后：注意休息，24小时内不要刷牙。', '术前需要拍片检查', '种植牙案例很多，效果因人而异。']) expect(isAdLine(line)).toBe(false);
  });

  it('a caption alone is the ad’s under its picture, but over the doctor’s advice it is the answer’s subheading', () => {
    // Before, `术前` / `术后` alone were ad lines wherever they stood: the answer lost its subheadings silently, the advice
    // before the operation run into the advice after it.
    const advice = '<p>术前</p><p>不要空腹，保证睡眠，女性避开经期。</p><p>术后</p><p>咬紧棉球半小时，24小时内不要刷牙漱口。</p>';
    expect(read(page(advice)).answer_paragraphs).toEqual([
      '牙龈出血多与牙结石、牙龈炎有关，建议先做一次洁牙。', '术前', '不要空腹，保证睡眠，女性避开经期。', '术后', '咬紧棉球半小时，24小时内不要刷牙漱口。',
      '平时刷牙用软毛牙刷，配合牙线清洁牙缝，出血持续不缓解要及时复诊。',
    ]);
    for (const line of ['术前', '术后']) expect(isAdLine(line)).toBe(false);
  });
});
