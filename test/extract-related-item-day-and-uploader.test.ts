import { describe, expect, it } from 'vitest';
import { splitTrailingMonthDay } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Two lines of an item that are none of its snippet. An old CMS's list prints the item's day without its year in brackets after
 * the snippet (`…[05-06]`), left inside the snippet's unclosed `<p>`: the day is meta, the snippet the text before it. A video
 * list prints under each title its plays and its uploader (`87万次播放 · 赵国庆`): a byline, no answer, so an item showing only
 * that is a link. Before these mends both were read into the snippet, silently. What the blind split fresh-81 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-qa.cn/wenda/1.html' })));
const ANSWER = ['胃胀反酸多与脾胃虚弱、肝胃不和有关，需要辨证调理。', '饮食要规律，少吃生冷油腻，饭后不要马上躺下。'];
const ITEMS = [
  ['胃胀气是什么原因引起的', '胃胀气常见的原因有以下几种：（1）饮食不规律，暴饮暴…', 131031],
  ['反酸烧心吃什么药好', '反酸烧心需要结合具体情况来看，一般有以下几种情况：（1…', 131024],
  ['老人胃胀不消化怎么办', '老人胃胀不消化的处理要根据病情轻重来决定：一、与胃动…', 131021],
] as const;
const head = (title: string) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<h1>${title}</h1><div class="doc"><b>沈国华</b> <span>主任医师</span> <span>江州市中医院</span> <span>消化内科</span></div>` +
  `<div class="con">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p class="time">回复时间：2023-05-06</p>`;
const oldList = (tail: (i: number) => string) =>
  `${head('胃胀反酸怎么调理')}<div class="xgwd"><div class="tit">相关问答</div><ul>` +
  ITEMS.map(([q, s, n], i) => `<li><a href="/wenda/${n}.html">${q}</a><p>${s}<span>${tail(i)}</span>`).join('\n') +
  `</ul></div></body></html>`;
const videoList = (meta: (i: number) => string) =>
  `${head('胃胀反酸怎么调理')}<div class="rec"><h3>相关推荐</h3>` +
  ITEMS.map(([q, , n], i) => `<a class="rec-it" href="/v?vid=${n}"><span class="dur">2:30</span><p class="t">${q}</p><p class="m">${meta(i)}</p></a>`).join('\n') +
  `</div></body></html>`;

describe('an item’s day without its year in brackets after its snippet', () => {
  it('is meta: the snippet is the text before it, and it dates nothing', () => {
    const days = ['[05-06]', '[12-25]', '[03-16]'];
    const [own, ...items] = read(oldList((i) => days[i]!));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => [e.question, e.answer_paragraphs, e.date])).toEqual(ITEMS.map(([q, s]) => [q, [s], null]));
  });

  it('a range in round brackets or a citation’s unpadded figures stay the text’s', () => {
    expect(splitTrailingMonthDay('每次服用的剂量（10-12）')).toEqual(['每次服用的剂量（10-12）']);
    expect(splitTrailingMonthDay('有研究表明与饮食有关[1-3]')).toEqual(['有研究表明与饮食有关[1-3]']);
    expect(splitTrailingMonthDay('有研究表明与饮食有关…[05-06]')).toEqual(['有研究表明与饮食有关…', '[05-06]']);
    expect(splitTrailingMonthDay('[05-06]')).toEqual(['[05-06]']);
  });
});

describe('a video item’s plays and uploader under its title', () => {
  it('are its byline: the item shows no answer, its link is the page entry’s related url', () => {
    const names = ['赵国庆', '医学小课堂', '孙志强'];
    const entries = read(videoList((i) => `${[87, 5, 120][i]}万次播放 · ${names[i]}`));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.related_urls).toEqual(ITEMS.map(([, , n]) => `https://www.example-qa.cn/v?vid=${n}`));
  });

  it('or the uploader first, then the plays (`某某新闻 · 32万次播放`)', () => {
    const names = ['江城新闻', '医学小课堂', '健康频道'];
    const entries = read(videoList((i) => `${names[i]} · ${[32, 5, 120][i]}万次播放`));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.related_urls).toEqual(ITEMS.map(([, , n]) => `https://www.example-qa.cn/v?vid=${n}`));
  });

  it('a line of counts beside a sentence, or a name with no counts before it, stays the snippet’s', () => {
    const lines = ['每日2次 · 饭后服用', '推荐 · 赵国庆', '复查3次 · 没有好转，怎么办？'];
    const [, ...items] = read(videoList((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs)).toEqual(lines.map((l) => [l]));
    // A name's word before counts that are a dose, not plays, in either order.
    const doses = ['饭后服用 · 每日2次', '睡前 · 一次1片', '温水送服 · 3天'];
    const [, ...dosed] = read(videoList((i) => doses[i]!));
    expect(dosed.map((e) => e.answer_paragraphs)).toEqual(doses.map((l) => [l]));
  });
});

describe('a card of a stream on air among a feed’s video items', () => {
  it('is no related item: its `正在直播` mark says it is a broadcast to join, not a question answered', () => {
    const live = `<a class="rec-it" href="/live/5521"><span class="tag">正在直播</span><p class="t">正在直播｜名医夜话：夏季养胃</p></a>`;
    const page = videoList((i) => `${[87, 5, 120][i]}万次播放 · 赵国庆`).replace('<a class="rec-it"', `${live}\n<a class="rec-it"`);
    const entries = read(page);
    expect(entries[0]!.related_urls).toEqual(ITEMS.map(([, , n]) => `https://www.example-qa.cn/v?vid=${n}`));
  });
});
