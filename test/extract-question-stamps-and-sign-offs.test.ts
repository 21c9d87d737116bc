import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { labelledQuestion, withoutAskedStamp } from '../src/extract/words/genre.js';
import { isShareRow } from '../src/extract/words/share-prompt.js';

/** What a question's line prints beside the question: the day it was asked in brackets, a reader's sign-off. Neither is the question. */

const answer = ['胃胀多与饮食不规律有关，建议少食多餐，避免辛辣刺激的食物。', '症状持续两周以上，应到消化内科就诊，必要时做胃镜检查。'];
const pageOf = (questionLine: string, heading: string) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html><head><meta charset="utf-8"><title>${heading}-健康问答-某县人民医院</title></head><body>` +
          `<div class="nav"><a href="/">首页</a> &gt; <a href="/wd/">健康问答</a></div>` +
          `<div class="box"><div class="tit">${heading}</div><div class="con">` +
          `<p>${questionLine}</p><p>答：${answer[0]}</p><p>${answer[1]}</p>` +
          `<p>回答医生：刘建华 主治医师 消化内科</p><p>发布时间：2022-03-12</p></div></div>` +
          `<div class="foot">某县人民医院 版权所有</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a question line with its asked day in brackets', () => {
  it('reads the question without the bracketed asked day', () => {
    expect(withoutAskedStamp('饭后胃胀怎么办（咨询时间：2022年3月10日）')).toBe('饭后胃胀怎么办');
    expect(withoutAskedStamp('饭后胃胀怎么办（提问日期：2022-03-10 08:15）')).toBe('饭后胃胀怎么办');
    // A bracket that is the question's own words stays.
    expect(withoutAskedStamp('饭后胃胀怎么办（已经三天了）')).toBe('饭后胃胀怎么办（已经三天了）');
    expect(pageOf('问：饭后胃胀怎么办（咨询时间：2022-03-10）', '饭后胃胀怎么办（咨询时间：2022-03-10）').question).toBe('饭后胃胀怎么办');
  });
});

describe('a reader\'s labelled question signed in brackets', () => {
  it('is the question without the sign-off', () => {
    expect(labelledQuestion('网友提问：饭后胃胀怎么办？（多伦多 王先生）')).toBe('饭后胃胀怎么办？');
    expect(labelledQuestion('网友提问：饭后胃胀怎么办？（已经三天了）')).toBe('饭后胃胀怎么办？（已经三天了）');
  });
});

describe('a share row closed by the page tools in brackets', () => {
  it('is no line of the answer', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>饭后胃胀怎么办-健康问答-某县人民医院</title></head><body>` +
      `<div class="box"><div class="tit">饭后胃胀怎么办</div><div class="con">` +
      `<p>回答医生：刘建华 主治医师 消化内科</p><p>发布时间：2022-03-12</p>` +
      `<p>问：饭后胃胀怎么办</p><p>答：${answer[0]}</p><p>${answer[1]}</p>` +
      `<div>分享到：<a>朋友圈</a> <a>新浪微博</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div></div>` +
      `<div class="foot">某县人民医院 版权所有</div></body></html>`;
    const entry = entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(entry.answer_paragraphs).toEqual(answer);
    expect(isShareRow('分享到：朋友圈 新浪微博　【打印本页】 【关闭窗口】')).toBe(true);
    // A line that only names a platform among its words is no row of buttons.
    expect(isShareRow('分享到朋友圈的内容【仅供参考】')).toBe(false);
  });
});
