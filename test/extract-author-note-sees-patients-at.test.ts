import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's health column whose author note after the answer names the clinic where the doctor sees patients
 * (`作者簡介：name，title，現於{clinic}應診。`): the clinic is the one the note names, not the clause with its verb
 * (`現於…`). A profile's next clause is its unit only where it is one, not a sentence of where the doctor works now.
 */

const page = (note: string) => `<html><head><meta charset="utf-8"><title>老人皮膚刺痛是什麼原因引起的？ - 醫藥信箱 - 世界日報</title></head><body>
<div class="crumb"><a href="/">首頁</a> › <a href="/life/health/">醫藥信箱</a></div>
<div class="article"><h1>老人皮膚刺痛是什麼原因引起的？</h1><p>文／張曉東醫師</p><p><span>2021-01-07 21:14 ET</span></p>
<p><strong>讀者問：</strong>老人皮膚刺痛是什麼原因引起的？有沒有什麼好的辦法緩解？</p>
<section><p><strong>答：</strong></p>
<p>老人皮膚刺痛可能是以下原因引起：</p>
<p>見於帶狀皰疹，適當熱敷、按摩能促進神經的血液循環。</p>
<p>總之，皮膚刺痛的原因比較多，需要在醫生指導下明確原因後再治療。</p></section>
<div class="note">${note}</div></div>
<footer>© 2021 世界日報</footer></body></html>`;

describe("a column's author note naming the clinic where the doctor sees patients", () => {
  it('reads the clinic the note names as the hospital, without the verb before it', () => {
    const [own] = entriesOf(extractOrThrow(pageRecord(page('作者簡介：張曉東，內科醫師，現於華埠內科診所應診。預約電話：212-796-7024。'), { url: 'https://news.example-wj.com/wj/article/4411' })));
    expect(own!.doctor.name).toBe('張曉東');
    expect(own!.doctor.title).toBe('內科醫師');
    expect(own!.doctor.hospital).toBe('華埠內科診所');
  });
});
