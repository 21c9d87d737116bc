import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isReprintNotice, namesCopySource } from '../src/extract/dates/published-date.js';

/**
 * A page that says its text is copied (本文转载自…, 原文链接, 来源：互联网, 来源 naming another site, 内容聚合自…): its own 发布 / 更新 / 编辑 day is the
 * copy's and dates no answer; the source's day, where the copy prints it (原文发布时间, 首发于…, 回答时间), does.
 */

const QUESTION = '经常口腔溃疡是什么原因';
const ANSWER = ['口腔溃疡反复发作常见的原因有以下几种：', '1.维生素缺乏，平时多吃新鲜蔬菜水果。', '2.免疫力下降，注意休息，避免熬夜。'];
const CARD = '<p>解答医生：林芳　职称：主治医师　医院：江州市人民医院　科室：口腔科</p>';
const html = (site: string, info: string, after = '') =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_${site}</title></head><body><h1>${QUESTION}</h1><div class="info">${info}</div>${CARD}` +
  `<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${after}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a copy’s own day is no answer’s', () => {
  it('gives no day where the copy credits the web and prints only its update day', () => {
    const page = pageOf(html('健康问答网', '更新时间：2023-01-10 10:47　来源：互联网'));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBeNull();
  });

  it('gives no day where the copy says it was taken from another site and prints its 发布时间', () => {
    const page = pageOf(html('养生知识网', '发布时间：2023-12-01 21:51　作者：编辑部', '<p>本文转载自寻医问药网，版权归原作者所有，如有侵权请联系删除。</p>'));
    expect(page.date).toBeNull();
  });

  it('dates the answer by the source’s day the copy prints (原文发布时间), not by its own', () => {
    const page = pageOf(html('养生知识网', '发布时间：2023-12-01 21:51　来源：39问医生', '<p>原文发布时间：2021-05-06</p>'));
    expect(page.date).toBe('2021-05-06');
  });

  it('gives no day for a hub’s 编辑于 where it says its texts are others’, and reads the source’s 回答于 on the same line', () => {
    const foot = '<p>健康头条 · 内容聚合自各大健康平台，版权归原作者所有</p>';
    expect(pageOf(html('健康头条', '<span>本文来自百度健康</span> <span>编辑于 2022-05-09</span>', foot)).date).toBeNull();
    expect(pageOf(html('健康头条', '<span>本文来自百度健康</span> <span>编辑于 2022-05-09</span> <span>回答于2021-06-12</span>', foot)).date).toBe('2021-06-12');
  });

  it('keeps the day a provider’s content is published on, where the page credits the provider and says nothing of copying', () => {
    const page = pageOf(html('夸克健康', '<div>内容来源：快速问医生</div><div>发布于2023/2/20 16:34</div>'));
    expect(page.date).toBe('2023-02-20');
  });

  it('keeps a page’s own 发布时间 where it names no other source', () => {
    const page = pageOf(html('健康问答网', '发布时间：2021-08-24'));
    expect(page.date).toBe('2021-08-24');
  });

  it('tells a copy’s credit from a site naming itself', () => {
    expect(isReprintNotice('本文转载自快速问医生，版权归原作者所有，如有侵权请联系删除。')).toBe(true);
    expect(isReprintNotice('原文链接：https://example.com/1.html')).toBe(true);
    expect(isReprintNotice('更新时间：2022/05/29　来源：网络')).toBe(true);
    expect(isReprintNotice('来源：本站整理')).toBe(true);
    expect(isReprintNotice('来源：心内科')).toBe(false);
    expect(namesCopySource('寻医问药网', '怕光吃什么药好_养生知识网')).toBe(true);
    expect(namesCopySource('养生知识网', '怕光吃什么药好_养生知识网')).toBe(false);
    expect(namesCopySource('心内科', '怕光吃什么药好_养生知识网')).toBe(false);
    expect(isReprintNotice('健康头条 · 内容聚合自各大健康平台，版权归原作者所有')).toBe(true);
    expect(isReprintNotice('内容来源：快速问医生')).toBe(false);
    expect(namesCopySource('本站', '怕光吃什么药好_养生知识网')).toBe(false);
  });
});
