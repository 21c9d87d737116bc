import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's 医生解答 on its forum portal (Discuz!'s portal view): under the headline its article line of fields set apart by bars,
 * with the day (`2023-5-6 14:22| 发布者: 小编| 查看: 512| 评论: 3|来自: 某报`) or without it, or the paper's issue line with the day
 * in the language of the country it is printed in (`欧联时报　sabato 6 maggio 2023　第3021期`). Each is meta (info-line.ts,
 * issue-date.ts, english-meta.ts): the day dates the answer, no line of them is the answer's text.
 */
const ANSWER = ['偏头痛多数与作息不规律、精神紧张有关，发作时可以在安静的暗室里休息。', '如果头痛越来越重，伴有呕吐或肢体无力，应尽快到急诊就诊。'];
const page = (lineUnderHeadline: string, issueLine = '') =>
  `<html><head><meta charset="utf-8"><title>老人一侧头痛要做什么检查 - 健康 - 某联网</title></head><body>` +
  `<div id="pt"><a href="/">某联网</a> <em>›</em> <a href="/portal.php?mod=list&amp;catid=12">健康</a> <em>›</em> 查看内容</div>` +
  `<div class="h hm"><h1 class="ph">老人一侧头痛要做什么检查</h1><p class="xg1">${lineUnderHeadline}</p></div>` +
  `<div id="article_content">${issueLine}<p><strong>都灵读者郑先生问：</strong>老人一侧头痛要做什么检查？最近一直这样。</p>` +
  `${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="firma">——普拉托圣斯特凡诺医院神经内科专科医生 贾文</p>` +
  `<p class="avviso">温馨提示：在意大利如遇急症请拨打118，或前往最近医院的急诊。</p></div>` +
  `<div class="bm"><h3>相关阅读</h3><ul><li><a href="portal.php?mod=view&amp;aid=7">老人头晕是怎么回事</a></li><li><a href="portal.php?mod=view&amp;aid=9">偏头痛吃什么药好</a></li></ul></div>` +
  `<div id="ft">某联网 版权所有 · Powered by Discuz! X3.4</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-paper.it/portal.php?mod=view&aid=1' }))).find((e) => e.origin === 'page')!;

describe('a forum portal’s article line and a paper’s issue line over the answer', () => {
  it('dates the answer by the article line’s day, its fields none of the answer', () => {
    const own = read(page('2023-5-6 14:22| 发布者: 某联小编| 查看: 512| 评论: 3|来自: 某联时报'));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-05-06');
  });

  it('passes the fields over where the line prints no day, and dates the answer by the issue line in Italian', () => {
    const own = read(page('发布者: 某联小编| 查看: 512| 评论: 3|来自: 某联时报', '<div class="edizione">某联时报　sabato 6 maggio 2023　第3021期</div>'));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-05-06');
  });
});
