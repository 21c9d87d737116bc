import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An article's info line set as inline spans with no space between them (`<span>来源：…</span><span>发布时间：…</span>`), which a
 * browser runs together: the 来源 field's value ends where the next field's label begins, however long the body it names
 * (`来源：中国抗癌协会整合护理专业委员会发布时间：2019-07-30 15:12阅读：918`). The line is page meta, and dates the answer also
 * where the expert's card box stands between it and the answer.
 */

const QUESTION = '宝宝偏头痛要做手术吗';
const ANSWER = ['关于偏头痛，可以从以下几个方面来考虑：', '（1）偏头痛早期，应注意观察一侧头痛的变化，以免延误病情。', '平时要注意保持良好的生活习惯，按时复查。'];
const page = (source: string, when: string) => `<html><head><meta charset="utf-8"><title>${QUESTION}-某某协会科普平台</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">专家问答</a></div>
<h1>${QUESTION}</h1>
<div class="meta"><span>来源：${source}</span><span>发布时间：${when}</span><span>阅读：918</span></div>
<div class="expert-box"><img src="/uploads/expert/a.jpg"><div><p class="expert">执笔专家：黎颖　石门市中心医院　神经内科　主治医师</p></div></div>
<div class="article"><h4>专家解答</h4>
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('an info line whose fields run together', () => {
  it('is page meta whatever the length of the body 来源 names', () => {
    const meta = readMetaLine('来源：中国抗癌协会整合护理专业委员会发布时间：2019-07-30 15:12阅读：918');
    expect(meta.metaOnly).toBe(true);
    expect(meta.dates).toEqual([{ iso: '2019-07-30', kind: 'answered' }]);
    // A source of another name, under another label (文章来源, 日期).
    expect(readMetaLine('文章来源：某某市第一人民医院康复医学科日期：2020年06月27日').metaOnly).toBe(true);
  });

  it('dates the answer above the expert’s card box', () => {
    const own = read(page('中国抗癌协会整合护理专业委员会', '2019-07-30 15:12'));
    expect(own.date).toBe('2019-07-30');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(read(page('中国抗癌协会康复分会', '2020年06月27日')).date).toBe('2020-06-27');
  });
});
