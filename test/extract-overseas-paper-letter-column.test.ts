import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { asksQuestion } from '../src/core/genre-vocabulary.js';
import { withoutColumnName } from '../src/extract/reader/page-question.js';
import { bracketedCredit } from '../src/extract/card/credit-sentence.js';

/**
 * An overseas Chinese daily's medical letters column on a blog engine, in traditional script: the column's name before the
 * headline's question, the reader's letter opening with it, the post's day in a `<time datetime>` shown in English, the doctor
 * signing in brackets after the reply with a calling and where they work.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
/** A page saved to a file: no address of its own to tell the site's pages by. */
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '尿頻要做什麼檢查';
const ANSWER = ['尿頻需要結合具體情況來看，一般有以下幾種情況：', '1.有前列腺炎病史的患者，用藥期間不要自行加量或者停藥。', '總之，尿頻的原因比較多，需要在醫生指導下明確原因後再治療。'];
const post = (headline: string, letter: string) =>
  html(
    `${headline} – 菲華日報`,
    `<header><a href="/">菲華日報</a><nav><a href="/news/">新聞</a> <a href="/yiyao/">醫藥信箱</a></nav></header><article class="post">` +
      `<header class="entry-header"><h1 class="entry-title">${headline}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2021-07-04T10:51:00+08:00">July 4, 2021</time></span> <span class="cat-links"><a href="/yiyao/">醫藥信箱</a></span></div></header>` +
      `<div class="entry-content"><p><strong>讀者問：</strong>${letter}</p><p><strong>醫生答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="credit">（余怡子醫生，馬加智醫療中心心臟科）</p></div></article>` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","datePublished":"2021-07-04T10:51:00+08:00","dateModified":"2021-08-22T10:32:00+08:00"}</script>`,
  );

describe('an overseas daily’s letters column on a blog engine', () => {
  it('the headline’s question less the column’s name, the letter’s account none of it; the post’s <time> day; the bracketed signature the card', () => {
    const own = pageOf(post(`醫藥信箱：${QUESTION}`, `${QUESTION}請問需要做什麼檢查？（王讀者）`));
    expect(own.question).toBe(QUESTION);
    expect(own.date).toBe('2021-07-04');
    expect(own.doctor).toMatchObject({ name: '余怡子', title: null, department: '心臟科', hospital: '馬加智醫療中心' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a headline with no column name is the question as printed', () => {
    const own = pageOf(post(`${QUESTION}？`, `${QUESTION}？平時還有點腰痛。（王讀者）`));
    expect(own.question).toBe(`${QUESTION}？`);
    expect(own.date).toBe('2021-07-04');
  });
});

describe('the words a question is asked in', () => {
  it('in traditional script too (什麼, 怎麼, 嗎, 會不會)', () => {
    for (const q of ['尿頻要做什麼檢查', '咳嗽怎麼辦', '嚴重嗎', '會不會傳染']) expect(asksQuestion(q), q).toBe(true);
    expect(asksQuestion('醫藥信箱')).toBe(false);
  });
});

describe('a column’s name before a colon', () => {
  it('is none of the question where it names a column (信箱, 问答, 答疑); a topic before a colon stays', () => {
    expect(withoutColumnName(`醫藥信箱：${QUESTION}`)).toBe(QUESTION);
    expect(withoutColumnName('健康问答：宝宝发烧怎么办')).toBe('宝宝发烧怎么办');
    expect(withoutColumnName('宝宝咳嗽：需要吃药吗')).toBe('宝宝咳嗽：需要吃药吗');
  });
});

describe('a bracketed signature with a calling', () => {
  it('names the doctor and where they work, no title; a calling alone or a unit that is no hospital names no one', () => {
    expect(bracketedCredit('（上官洋洋醫生，聖路加醫療中心皮膚科）')).toMatchObject({ name: '上官洋洋', title: null, department: '皮膚科', hospital: '聖路加醫療中心' });
    expect(bracketedCredit('（王醫生，請多喝水）')).toBeNull();
    expect(bracketedCredit('（余怡子醫生，心臟科）')).toBeNull();
  });
});
