import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old portal's Q&A prints, in the question's box under the asker's words (`问题描述：…`), the day the page was updated
 * (`更新时间：2023-05-01`), and no answer day. The asker asks; the site updates the page: that day is no asker's day, and
 * where no other day is printed it dates the answer (the README's 最后更新 rule). What the blind split fresh-76 taught the
 * genre reader.
 */

const URL = 'https://www.example-yiyuan.com/wenda/7731.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['病情分析：', '一般不严重，怕光大多是暂时的，调整作息、清淡饮食后可以慢慢好转。'];
const page = (stamp: string) => `<html><head><title>怕光伴有恶心要紧吗？_问答</title></head><body>
<div class="wt"><h1>怕光伴有恶心要紧吗？</h1>
<p>问题描述：最近一段时间一直这样，不知道是什么原因。</p>
<p class="gx">${stamp}</p></div>
<div class="zjjd"><h2>专家解答</h2><div class="zj-da"><p class="zj-line"><a href="/doctor/70147.html">龙军</a> 主任医师　石门市精神卫生中心　神经内科</p><div class="nr"><p><b>${ANSWER[0]}</b></p>
<p>${ANSWER[1]}</p></div></div></div>
<p class="sm">提示：本内容不能代替面诊，如有不适请尽快就医。</p></body></html>`;

describe('the page’s update day in the question’s box', () => {
  it('dates the answer where no other day is printed', () => {
    const [own] = read(page('更新时间：2023-05-01'));
    expect(own!.doctor.name).toBe('龙军');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-01');
  });

  it('the asker’s day there stays the asker’s', () => {
    const [own] = read(page('提问时间：2023-05-01'));
    expect(own!.date).toBeNull();
  });
});
