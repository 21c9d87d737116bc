import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { creditAnswerDay } from '../src/extract/dates/credit-day.js';

/**
 * The answer's day printed only in a credit line at the page's foot (`此回答由…于 {day} 回复`): that day is the answer's;
 * the page's later update day beside it is none, and a credit naming no answering day gives none.
 */

const Q = '孩子总是揉眼睛是怎么回事';
const A = ['孩子频繁揉眼睛常见的原因有以下几种：', '一、过敏性结膜炎，多伴有眼痒、流泪，季节交替时更明显。', '二、倒睫或用眼疲劳，建议到眼科检查，不要自行使用眼药水。'];

const page = (foot: string) =>
  `<html><head><meta charset="utf-8"><title>${Q} - 名医问答</title></head><body>` +
  `<article><h1>${Q}</h1><div class="card">钱晓燕 主治医师 眼科</div>` +
  `<div class="body">${A.map((p) => `<p>${p}</p>`).join('')}</div></article>` +
  `<section><h3>相关问答</h3><ul><li><a href="/a/2.html">孩子眼睛发红怎么办？</a></li><li><a href="/a/3.html">宝宝眼屎多是上火吗？</a></li><li><a href="/a/4.html">儿童近视能恢复吗？</a></li></ul></section>` +
  `<footer><p>${foot}</p><p>© 名医问答</p></footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.mingyi.example/a/1.html' }))).find((e) => e.origin === 'page')!;

describe('a day printed only in the foot line crediting who answered', () => {
  it('reads the credited day, not the update day beside it', () => {
    const read = pageOf(page('此回答由钱晓燕医生于2020年5月6日回复 ｜ 页面更新：2021-01-09'));
    expect(read.question).toBe(Q);
    expect(read.date).toBe('2020-05-06');
  });

  it('reads no day from a credit that names none answered', () => {
    expect(creditAnswerDay('本文由钱晓燕医生审核 2021-01-09')).toBeNull();
    expect(pageOf(page('本文由钱晓燕医生审核　更新于 2021-01-09')).date).not.toBe('2021-01-09');
  });
});

describe('a foot credit on a page with no related list, a box of other doctors after the answer', () => {
  // No list past which the foot stands: the credit still dates the answer. The side box of recommended doctors names them,
  // none of them signing the answer.
  const html = `<html><head><meta charset="utf-8"><title>${Q} - 名医问答</title></head><body>
<main><h1>${Q}</h1><div class="body">${A.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="card"><b>钱晓燕医生</b><span>眼科 主治医师</span></div></main>
<aside><h3>推荐医生</h3><ul><li><a href="/d/31">赵明轩医生</a></li><li><a href="/d/52">孙丽华医生</a></li></ul></aside>
<footer><p>此回答由钱晓燕医生于2020年5月6日回复 ｜ 页面更新：2021-01-09</p><p>© 名医问答</p></footer></body></html>`;
  it('reads the credited day', () => {
    expect(pageOf(html).date).toBe('2020-05-06');
  });
  it('takes no recommended doctor for one signing the answer', () => {
    const read = pageOf(html);
    expect(read.doctor.name).toBe('钱晓燕');
    expect(read.flags).not.toContain('unsure_reading');
  });
});
