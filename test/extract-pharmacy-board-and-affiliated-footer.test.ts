import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital pharmacy department's 用药咨询 board (old ASP tables): the question under 问题, the asker's text under 问题内容, the
 * pharmacist who replied under 回复药师 (`name 临床药师`), the reply's day and text; the site's title and masthead name the
 * hospital and its department (`…医院药剂部`); the board's other questions under 其他用药问答.
 * And a hospital's own 专家问答 page whose card names no hospital, titled by the hospital's short name, its footer the full
 * affiliated name beside its ICP number, a reviewer's `审核：name（office）` line under the answer.
 */

const row = (label: string, value: string) => `<tr><td bgcolor="#E8F4F8"><font size="2">${label}</font></td><td><font size="2">${value}</font></td></tr>`;
const board = (title: string, related: string) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr><td><font size="4"><b>江州大学医学院附属医院 药剂部</b></font></td></tr>` +
  `<tr><td><a href="/pharmacy/">药剂部首页</a>｜<a href="/pharmacy/qa/">用药咨询</a></td></tr><tr><td><table border="1">` +
  row('问题', '<b>吃降压药可以喝柚子汁吗？</b>') + row('提问日期', '2023/05/02') + row('问题内容', '请问需要注意什么？') +
  row('回复药师', '周佳 临床药师') + row('回复日期', '2023/05/06') +
  row('回复内容', '部分降压药会和柚子汁相互作用，服药期间最好不要喝。<br><br>如果已经喝了，注意监测血压，有不适及时就医。') +
  `</table><p><font size="2">※本回复经药剂部李强主任审阅</font></p><p><font size="2">本咨询回复仅供参考，用药请依医师处方及药师指示。</font></p>` +
  related + `</td></tr></table></body></html>`;
const OTHERS =
  `<table><tr><td colspan="2"><b>其他用药问答</b></td></tr>` +
  `<tr><td><a href="view.asp?id=11">感冒药可以和抗生素一起吃吗</a></td><td>2023/04/01</td></tr>` +
  `<tr><td><a href="view.asp?id=12">孕妇可以吃布洛芬吗</a></td><td>2023/03/12</td></tr></table>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');

describe('a pharmacy department’s 用药咨询 board', () => {
  const html = board('用药咨询 - 江州大学医学院附属医院药剂部', OTHERS);
  it('reads the board’s 问题 row as the question and its 回复药师 as the one who answered', () => {
    const page = pageOf(html)!;
    expect(page).toBeDefined();
    expect(page.question).toBe('吃降压药可以喝柚子汁吗？');
    expect(page.doctor).toMatchObject({ name: '周佳', title: '临床药师' });
    expect(page.answer_paragraphs).toEqual(['部分降压药会和柚子汁相互作用，服药期间最好不要喝。', '如果已经喝了，注意监测血压，有不适及时就医。']);
    expect(page.date).toBe('2023-05-06');
  });
  it('takes the hospital and the department from a site that names the hospital and its department', () => {
    expect(pageOf(html)!.doctor).toMatchObject({ department: '药剂部', hospital: '江州大学医学院附属医院' });
    expect(pageOf(html)!.flags).not.toContain('unsure_reading');
  });
  it('reads 其他用药问答 as the related list', () => {
    const entries = entriesOf(extractOrThrow(pageRecord(html)));
    expect(entries.filter((e) => e.origin !== 'page').length + (pageOf(html)!.related_urls?.length ?? 0)).toBeGreaterThanOrEqual(2);
    expect(pageOf(html)!.flags).not.toContain('unsure_reading');
  });
});

const QUESTION = '年轻人干眼症多久能好？';
const ampLike = (afterAnswer: string, footer: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}-专家问答-江州医院</title></head><body>` +
  `<header><img src="/logo.png" alt="江州医院"></header><article><h1>${QUESTION}</h1><div class="meta"><time datetime="2019-09-20">2019年09月20日</time> · 专家问答</div>` +
  `<div class="doc"><p>朱平明</p><p>主治医师</p><p>眼科</p></div>` +
  `<section><h2>问题描述</h2><div><p>去社区医院看过，吃了药也不见好。</p></div></section>` +
  `<section><h2>专家解答</h2><div><p>干眼症早期注意用眼卫生，少看屏幕，适当热敷。</p><p>症状持续不缓解的，应尽快到眼科就诊。</p></div></section>` +
  afterAnswer + `</article><footer>${footer}</footer></body></html>`;

describe('a hospital’s own Q&A page whose card names no hospital', () => {
  it('names the hospital by the footer’s full affiliated name, its ICP line the site’s footer', () => {
    const page = pageOf(ampLike('', '江州大学医学院附属江州医院　沪ICP备12345678号'))!;
    expect(page.doctor).toMatchObject({ name: '朱平明', hospital: '江州大学医学院附属江州医院' });
  });
  it('ends the answer at a reviewer’s `审核：name（office）` line', () => {
    const page = pageOf(ampLike('<p class="sh">审核：徐秀英（医务部）</p>', '江州大学医学院附属江州医院　沪ICP备12345678号'))!;
    expect(page.answer_paragraphs).toEqual(['干眼症早期注意用眼卫生，少看屏幕，适当热敷。', '症状持续不缓解的，应尽快到眼科就诊。']);
    expect(page.flags).not.toContain('unsure_reading');
  });
});

describe('a pharmacy board whose replier, department and time share one row', () => {
  it('leaves the run-on row to the reader, which reads the reply’s time', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>吃降压药可以喝柚子汁吗-用药咨询-江州市人民医院</title></head><body><h2>江州市人民医院</h2><table>` +
      `<tr><td>咨询标题：</td><td>吃降压药可以喝柚子汁吗</td></tr><tr><td>咨询时间：</td><td>2022-07-09</td></tr>` +
      `<tr><td>咨询内容：</td><td>最近一直在吃药，不知道有什么要注意的。</td></tr></table>` +
      `<div><div><span>回复药师：周佳（主管药师）</span>　<span>所属科室：药学部</span>　<span>回复时间：2022-07-10</span></div>` +
      `<div><p>回复内容：</p><p>部分降压药会和柚子汁相互作用，服药期间最好不要喝。</p><p>如果已经喝了，注意监测血压，有不适及时就医。</p></div></div>` +
      `<div>江州市人民医院 版权所有</div></body></html>`;
    const page = pageOf(html)!;
    expect(page.date).toBe('2022-07-10');
    expect(page.doctor).toMatchObject({ name: '周佳', title: '主管药师', department: '药学部' });
  });
});
