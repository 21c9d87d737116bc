import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isAskerStamp } from '../src/extract/layouts/asker-stamp.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TCM chain's 名医问答 page: the card labels where the doctor practises first (`第一执业医院`: the label, no hospital's
 * name) or the chain's 中医馆 the doctor sits in (`坐诊中医馆`: a 中医馆 is a hospital); `名医解答` heads the answer as
 * 医生解答 does, and the asker's stamp (`刘** · 女 · 59岁 · 提问于 2019.02.06`) heads their own words above it. A 中医
 * answer's section heads (辨证分析) are its text though the page's JSON-LD holds the text alone. Before, the label was read as
 * the hospital, the asker's line as the answer's first paragraph and the heads dropped, silently.
 * What the blind split fresh-78 taught the genre reader.
 */

const dl = (rows: Array<[string, string]>) => `<dl class="doc">${rows.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('')}</dl>`;
const page = (opts: { card?: string; side?: string; stamp?: string; answer?: string; ld?: string }) =>
  `<html><head><meta charset="utf-8"><title>食欲下降怎么办-中医问答</title>${opts.ld ?? ''}</head><body>` +
  `<div class="top"><a href="/">首页</a> <a href="/wenda/">中医问答</a></div><div class="main"><div class="l">` +
  `<div class="ask"><h1>食欲下降怎么办</h1><p class="asker">${opts.stamp ?? '刘** · 女 · 59岁 · 提问于 2019.02.06'}</p><p class="desc">平时工作比较忙，作息不太规律。</p></div>` +
  `<div class="answer"><div class="hd"><span>名医解答</span></div>${opts.card ?? ''}<div class="con">${opts.answer ?? '<p>食欲下降可能是以下原因引起：</p><p>1.与慢性胃炎有关，饮食以清淡、易消化为主。</p><p>平时要注意保持良好的生活习惯，按时复查。</p>'}</div>` +
  `<div class="ft"><span>解答于 2019.02.09</span> <span>有用 438</span></div></div></div>` +
  `<div class="r">${opts.side ?? ''}<div class="intro"><h4>名医简介</h4><p>擅长：脾胃病的中医调理。</p></div></div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tcm.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['食欲下降可能是以下原因引起：', '1.与慢性胃炎有关，饮食以清淡、易消化为主。', '平时要注意保持良好的生活习惯，按时复查。'];

describe('a TCM chain’s card', () => {
  it('`第一执业医院` labels the hospital, and is none', () => {
    const own = read(page({ card: dl([['医生', '陆梅'], ['职称', '主治中医师'], ['第一执业医院', '临江市口腔医院'], ['出诊馆', '固生堂临江新区中医馆']]) }));
    expect(own.doctor).toMatchObject({ name: '陆梅', title: '主治中医师', hospital: '临江市口腔医院' });
    expect(parseCardParts(['第一执业地点：江州市人民医院']).hospital).toBe('江州市人民医院');
  });

  it('the 中医馆 the doctor sits in is the hospital, its label none', () => {
    const own = read(page({ card: dl([['医生', '汤浩志'], ['职称', '副主任中医师'], ['坐诊中医馆', '固生堂西陵河西中医馆']]) }));
    expect(own.doctor).toMatchObject({ name: '汤浩志', title: '副主任中医师', hospital: '固生堂西陵河西中医馆' });
    expect(parseCardParts(['汤浩志', '副主任中医师', '固生堂西陵河西中医馆']).hospital).toBe('固生堂西陵河西中医馆');
  });
});

describe('the asker’s stamp over their words', () => {
  it('reads with 提问于, a weekday or a relative day', () => {
    expect(isAskerStamp('刘** · 女 · 59岁 · 提问于 2019.02.06')).toBe(true);
    expect(isAskerStamp('张** · 男 · 53岁 · 提问于 2019年4月27日 星期六')).toBe(true);
    expect(isAskerStamp('杨** · 女 · 41岁 · 提问于 29天前')).toBe(true);
    // A doctor's line with a day is no asker's.
    expect(isAskerStamp('王芳 · 主治医师 · 提问于 2019.02.06')).toBe(false);
  });

  it('heads the asker’s words: the answer starts under 名医解答', () => {
    const card = dl([['医生', '陆梅'], ['职称', '主治中医师'], ['执业医院', '临江市口腔医院']]);
    expect(read(page({ card })).answer_paragraphs).toEqual(ANSWER);
    expect(read(page({ card, stamp: '张** · 男 · 53岁 · 提问于 2019年2月6日 星期三' })).answer_paragraphs).toEqual(ANSWER);
    // The card in the side column: nothing but the label between the asker’s words and the answer.
    const side = `<div class="doc-side"><h4>解答医生</h4>${card}</div>`;
    expect(read(page({ side })).answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a TCM answer’s section heads', () => {
  const answer = '<h4>辨证分析</h4><p>一般不严重，食欲下降大多是暂时的，调整作息后可以慢慢好转。</p>';
  const ld = (text: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: '食欲下降怎么办', acceptedAnswer: { '@type': 'Answer', text } } })}</script>`;
  const card = dl([['医生', '陆梅'], ['职称', '主治中医师'], ['执业医院', '临江市口腔医院']]);

  it('are the answer’s, though the structured data holds its text alone', () => {
    const own = read(page({ card, answer, ld: ld('一般不严重，食欲下降大多是暂时的，调整作息后可以慢慢好转。') }));
    expect(own.answer_paragraphs).toEqual(['辨证分析', '一般不严重，食欲下降大多是暂时的，调整作息后可以慢慢好转。']);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('heads between the paragraphs too, with no doubt', () => {
    const two = '<h4>辨证分析</h4><p>脾胃虚弱，运化失常。</p><h4>调理建议</h4><p>饮食以清淡、易消化为主，按时复查。</p>';
    const own = read(page({ card, answer: two, ld: ld('脾胃虚弱，运化失常。\n饮食以清淡、易消化为主，按时复查。') }));
    expect(own.answer_paragraphs).toEqual(['辨证分析', '脾胃虚弱，运化失常。', '调理建议', '饮食以清淡、易消化为主，按时复查。']);
    expect(own.flags).not.toContain('unsure_reading');
  });
});
