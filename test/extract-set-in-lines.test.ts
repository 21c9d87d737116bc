import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAdLine, isRightsNotice, isWatermark } from '../src/extract/words/answer-extras.js';

/**
 * What a mirror sets between an answer's paragraphs ends nothing and is none of it: a 【推荐阅读】 link over an ad's slot, the mirror's
 * watermark (`【养生知识网整理】`), a call to follow its account; an aggregator's note that its texts are others' ends the answer.
 */

const QUESTION = '小儿腹泻要做手术吗';
const ANSWER = ['关于小儿腹泻，可以从以下几个方面来考虑：', '一、小儿腹泻和饮食不洁有关，注意补液，防止脱水。', '二、腹泻超过三天或者有发烧的，要及时就医。', '建议及时到医院儿科就诊，明确诊断后规范治疗。'];
const html = (between: string, after = '') =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_问答网</title></head><body><h1>${QUESTION}</h1>` +
  `<dl><dt>专家：</dt><dd>熊然</dd><dt>职务：</dt><dd>主治医师</dd><dt>单位：</dt><dd>白沙市人民医院</dd><dt>科室：</dt><dd>儿科</dd></dl>` +
  `<div class="content"><p>${ANSWER[0]}</p><p>${ANSWER[1]}</p>${between}<p>${ANSWER[2]}</p><p>${ANSWER[3]}</p>${after}</div></body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('lines set between an answer’s paragraphs', () => {
  it('reads on past a 【推荐阅读】 link and an ad’s slot set one after the other', () => {
    const between = '<p>【推荐阅读】<a href="/wenda/2.html">小儿腹泻吃什么好？这几种食物要少吃</a></p><div><span>广告</span><a href="https://ad.example.com/c?id=1" rel="nofollow">体检套餐限时5折，点击预约</a></div>';
    expect(pageOf(html(between)).answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves out a mirror’s watermark and its call to follow its account', () => {
    expect(pageOf(html('<p style="color:#999">【养生知识网整理】</p>')).answer_paragraphs).toEqual(ANSWER);
    expect(pageOf(html('<p style="color:#999">更多健康知识请关注养生知识网公众号</p>')).answer_paragraphs).toEqual(ANSWER);
  });

  it('ends the answer at an aggregator’s note that its texts are others’', () => {
    expect(pageOf(html('', '<p>健康头条 · 内容聚合自各大健康平台，版权归原作者所有</p>')).answer_paragraphs).toEqual(ANSWER);
  });

  it('tells such lines from lines of an answer', () => {
    expect(isWatermark('【养生知识网整理】')).toBe(true);
    expect(isWatermark('【注意事项】')).toBe(false);
    expect(isAdLine('更多健康知识请关注养生知识网公众号')).toBe(true);
    expect(isAdLine('注意关注孩子的精神状态。')).toBe(false);
    expect(isRightsNotice('健康头条 · 内容聚合自各大健康平台，版权归原作者所有')).toBe(true);
  });
});
