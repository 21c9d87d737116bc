import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A medical magazine's 读者来信 column on its old ASP site: a headline that may only name the topic (`过敏性鼻炎，专家来支招`),
 * the CMS's info line (`作者：佚名　文章来源：大众医学　点击数：N　更新时间：2019-9-2 21:12:27`), the reader's `读者 南屏 徐先生 问：` and
 * their question, the expert's `{credit}答：` over the answer, and a 相关文章 list of bare links with yearless days. The page
 * asks what the reader asked; the info line's day, the only one printed, is the post's; the list, where the page names no
 * address of its own, is its related links where every title asks a question (fresh-80's key: the magazine's other letters),
 * neither taken nor passed over in silence where a headline asking before its news stands among them. What the blind split fresh-80 taught.
 */

const ASKED = '孕妇鼻塞是什么原因引起的？';
const ANSWER = ['孕妇鼻塞可能是以下原因引起：', '1.通常与过敏性鼻炎有关，可以先完善过敏原检测等检查，同时补充优质蛋白和维生素。', '2.鼻塞伴有流清鼻涕的，饮食以清淡、易消化为主，有助于减轻鼻塞。'];
const INFO = '作者：佚名　文章来源：大众医学　点击数：1411　更新时间：2019-9-2 21:12:27';
const LIST = `<table><tr><td class="tt">相关文章</td></tr><tr><td><li><a href="ShowArticle.asp?ArticleID=103628">宝宝鼻塞严重吗</a> (7-13)<br>
<li><a href="ShowArticle.asp?ArticleID=103585">过敏性鼻炎吃什么药</a> (1-15)</td></tr></table>`;
const page = ({ headline = '过敏性鼻炎，专家来支招', info = INFO, asked = ASKED, list = LIST } = {}) => `<html><head><meta charset="utf-8"><title>${headline}-大众医学</title></head><body>
<div class="pos">您现在的位置：<a href="/">大众医学</a> &gt;&gt; <a href="/Article/List.asp?ClassID=12">读者来信</a> &gt;&gt; 正文</div>
<table width="100%"><tr><td align="center" class="title"><h2>${headline}</h2>
<tr><td align="center" class="info">${info}
<tr><td align="center">刊期：2019年第9期
<tr><td class="content">
<p><b>读者 南屏 徐先生 问：</b>${asked}<br>平时工作比较忙，作息不太规律。</p>
<p>南屏市医科大学附属医院耳鼻喉科主任医师 司马伟答：</p>
${ANSWER.map((p) => `<p>${p}`).join('\n')}
</td></tr></table>
${list}
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html)))[0]!;

describe('a magazine’s 读者来信 column', () => {
  it('a headline that asks nothing over the reader’s question: the page asks what the reader asked', () => {
    const own = read(page());
    expect(own.question).toBe(ASKED);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    // A headline that asks is the question, as before; so is a topic headline over a reader's letter of several sentences.
    expect(read(page({ headline: '孕妇鼻塞怎么办' })).question).toBe('孕妇鼻塞怎么办');
    expect(read(page({ asked: '我怀孕五个月了。最近总是鼻塞，晚上睡不好，是什么原因引起的？' })).question).toBe('过敏性鼻炎，专家来支招');
  });

  it('the info line’s 更新时间, the only day it prints, dates the post; beside a 发布时间 it dates an edit', () => {
    expect(read(page()).date).toBe('2019-09-02');
    expect(read(page({ info: '发布时间：2019-8-30　作者：佚名　更新时间：2019-9-2 21:12:27' })).date).toBe('2019-08-30');
  });

  it('a 相关文章 list of bare links, every title asking, is the related links; with a headline among them it is doubted, not passed over', () => {
    const own = read(page());
    expect(own.related_urls).toEqual(['ShowArticle.asp?ArticleID=103628', 'ShowArticle.asp?ArticleID=103585']);
    expect(own.flags).not.toContain('unsure_reading');
    const headline = read(page({ list: LIST.replace('过敏性鼻炎吃什么药', '鼻炎怎么办？专家教你三招') }));
    expect(headline.related_urls).toEqual([]);
    expect(headline.flags).toContain('unsure_reading');
    expect(read(page({ list: '' })).flags).not.toContain('unsure_reading');
  });
});
