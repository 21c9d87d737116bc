import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An FAQ page of several entries, each question opened by a drawn Q badge (`<b>Q</b>question`) over its answer, the others
 * closed: the page's entry is the one its `<title>` names, wherever it stands, the badge none of its question. Its card and day
 * are read among the other entries' alike, so the entry says so (unsure_reading). What the blind split fresh-108 taught.
 */

const ENTRIES = [
  { q: '拔智齿后多久可以吃东西？', a: ['拔牙后两小时可以吃温凉的流质食物，当天不要用患侧咀嚼。'], who: '审核医生：孙立 主治医师 口腔外科' },
  { q: '牙龈经常出血是什么原因？', a: ['牙龈出血多数与牙龈炎、牙结石有关，刷牙方法不对也会引起。', '建议先洗牙，去除牙结石，平时用软毛牙刷、正确刷牙。'], who: '审核医生：陈佩华 副主任医师 牙周科' },
  { q: '冷光美白对牙齿有伤害吗？', a: ['正规操作下冷光美白对牙釉质影响不大，术后可能短期敏感。'], who: '审核医生：刘敏 主治医师 修复科' },
];
const page = (open: number) => `<html><head><meta charset="utf-8"><title>${ENTRIES[open]!.q}-口腔常见问题-某某齿科</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/faq/">常见问题</a> &gt; <span>${ENTRIES[open]!.q}</span></div>
<h2>口腔常见问题</h2>
${ENTRIES.map((e, i) => `<div class="item${i === open ? ' on' : ''}"><div class="q" aria-expanded="${i === open}">${i === open ? '' : `<a href="#e${i}">`}<b>Q</b>${e.q}${i === open ? '' : '</a>'}</div>
<div class="a" style="display:${i === open ? 'block' : 'none'}"><b>A</b>${e.a.map((p) => `<p>${p}</p>`).join('')}<p class="who">${e.who}</p>${i === open ? '<p class="d">审核日期：2022-06-18</p>' : ''}</div></div>`).join('\n')}
<div class="foot">某某齿科 版权所有</div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-dental.cn/faq/perio.html#e1' }))).find((e) => e.origin === 'page')!;

describe('an FAQ’s entry named by the <title>', () => {
  it.each([1, 2])('the entry the title names (entry %i) is the page’s, said unsure', (open) => {
    const entry = pageOf(page(open));
    expect(entry.question).toBe(ENTRIES[open]!.q);
    expect(entry.answer_paragraphs).toEqual(ENTRIES[open]!.a);
    expect(entry.flags).toContain('unsure_reading');
  });
});

describe('one Q-badged question over its answer, other questions listed unbadged', () => {
  // A shop's pharmacist page: `<h1><span>Q</span>question</h1>`, the `A` answer, a grid of other pharmacists' answers whose
  // questions carry no badge. No FAQ of entries alike: the badged line is the page's one question, nothing to doubt.
  const Q1 = '感冒药可以和止咳糖浆一起吃吗';
  const html = `<html><head><meta charset="utf-8"><title>${Q1}｜用药问答｜某某药妆</title></head><body>
<main><h1><span class="qm">Q</span>${Q1}</h1>
<div class="card"><span class="d">2022.09.14</span><b>林雅婷 药师</b></div><span class="am">A</span>
<div class="txt"><p>多数复方感冒药已含止咳成分，与止咳糖浆同服容易重复用药。</p><p>建议先看清两种药的成分表，不确定时请询问药师后再服用。</p></div></main>
<section><h3>更多药师解答</h3><div class="grid">
<div class="c"><span>周文杰 药师</span><a href="/qa/311">退烧药间隔多久可以再吃？</a><p>对乙酰氨基酚两次服用至少间隔四到六小时，一天不超过四次。</p></div>
<div class="c"><span>许嘉玲 药师</span><a href="/qa/327">胃药饭前吃还是饭后吃？</a><p>要看胃药的种类，抑酸药多数饭前吃，胃黏膜保护剂也是饭前吃。</p></div>
</div></section></body></html>`;
  it('reads the badged question undoubted', () => {
    const entry = entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.yaozhuang.example/qa/305' }))).find((e) => e.origin === 'page')!;
    expect(entry.question).toBe(Q1);
    expect(entry.answer_paragraphs).toHaveLength(2);
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
