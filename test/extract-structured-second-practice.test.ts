import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TCM chain's 名医问答 page (固生堂-like): the card prints the doctor's public hospital under 第一执业医院 (the entry's hospital)
 * and the chain's 中医馆 where they also sit (`出诊馆：`, `坐诊：`); the JSON-LD names the 中医馆 as the author's `worksFor`.
 * Structured data naming a hospital the card also prints (a second practice place) is no disagreement (checkStructuredData in
 * lines/structured-check.ts); an employer the card prints nowhere — not at all, or only in a side column's list of the chain's
 * other 中医馆 — still is. Before, every such page was flagged `unsure_reading` though each field was right.
 */

const rec = (html: string) => pageRecord(html, { url: 'https://www.example-tcm.cn/wenda/10086.html' });
const read = (html: string) => entriesOf(extractOrThrow(rec(html))).find((e) => e.origin === 'page')!;
const doubts = (html: string) => {
  const outcome = extractPage(rec(html));
  return outcome.ok ? (outcome.value.entries[0]?.doubts ?? []) : ['rejected'];
};
const QUESTION = '脾胃虚弱湿气重怎么调理';
const ANSWER = ['从舌苔和症状看，属于脾胃虚弱、湿气偏重，平时饮食要清淡，少吃生冷油腻。', '可以用山药、薏米、茯苓煮粥调理，坚持一段时间，症状不缓解建议到门诊面诊开方。'];
const LD = (employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: QUESTION,
      answerCount: 1,
      acceptedAnswer: { '@type': 'Answer', text: ANSWER.join('\n'), dateCreated: '2023-06-12T10:20:00+08:00', author: { '@type': 'Person', name: '孙立平', jobTitle: '主任中医师', worksFor: { '@type': 'MedicalClinic', name: employer } } },
    },
  })}</script>`;
const page = (card: string, employer: string) => `<html><head><meta charset="utf-8"><title>${QUESTION}_中医问答_固生堂中医</title>${LD(employer)}</head><body>
<div class="gst-top"><a href="/">首页</a> <a href="/doctor/">找名医</a> <a href="/clinic/">中医馆</a> <a href="/wenda/">中医问答</a></div>
<div class="gst-main"><div class="l"><div class="ask"><h1>${QUESTION}</h1><p class="asker">王** · 女 · 35岁 · 提问于 2023.06.10</p><p class="desc">经常腹胀，大便不成形，舌苔白厚。</p></div>
<div class="answer"><div class="ans-hd"><span class="ans-tag">名医解答</span></div>${card}<div class="ans-con">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ans-ft"><span class="t">解答于 2023.06.12</span> <span class="use">有用 52</span></div></div>
<p class="tip">温馨提示：中医讲究辨证论治，以上建议仅供参考，不能替代面诊，请勿自行抓药。</p></div>
<div class="r"><div class="near"><h4>附近中医馆</h4><ul><li>固生堂江州江北中医馆 <span>地址：江北路12号</span></li><li>固生堂江州中山中医馆 <span>地址：中山路88号</span></li></ul></div></div></div>
<div class="gst-foot">固生堂中医 版权所有</div></body></html>`;
const DL_CARD = `<dl class="doc-dl"><dt>医生</dt><dd><a href="/doctor/52011.html" class="nm">孙立平</a></dd><dt>职称</dt><dd>主任中医师</dd><dt>第一执业医院</dt><dd>江州市中医院</dd><dt>科室</dt><dd>脾胃病科</dd><dt>出诊馆</dt><dd>固生堂江州城东中医馆</dd></dl>`;
const INLINE_CARD = `<div class="doc-inline"><img src="/doctor/a.jpg" class="av"><div class="doc-r"><p><a href="/doctor/52011.html" class="nm">孙立平</a> <span class="zc">主任中医师</span></p><p class="org">江州市中医院 脾胃病科</p><p class="gst">坐诊：固生堂江州城东中医馆</p></div></div>`;
const DOCTOR = { name: '孙立平', title: '主任中医师', department: '脾胃病科', hospital: '江州市中医院', hospital_grade: null };

describe('JSON-LD naming the 中医馆 the card also prints', () => {
  it('in <dl> rows (出诊馆): no disagreement, the 第一执业医院 the hospital', () => {
    const own = read(page(DL_CARD, '固生堂江州城东中医馆'));
    expect(own.doctor).toEqual(DOCTOR);
    expect(own.date).toBe('2023-06-12');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('inline (坐诊：): no disagreement', () => {
    const own = read(page(INLINE_CARD, '固生堂江州城东中医馆'));
    expect(own.doctor).toEqual(DOCTOR);
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('JSON-LD naming an employer the card does not print', () => {
  it('printed nowhere: still a disagreement', () => {
    expect(doubts(page(DL_CARD, '江州康宁医院'))).toContain('the structured data gives the doctor another hospital');
    expect(read(page(DL_CARD, '江州康宁医院')).flags).toContain('unsure_reading');
  });

  it('printed only in the side column’s list of other 中医馆: still a disagreement', () => {
    expect(doubts(page(DL_CARD, '固生堂江州江北中医馆'))).toContain('the structured data gives the doctor another hospital');
  });
});
