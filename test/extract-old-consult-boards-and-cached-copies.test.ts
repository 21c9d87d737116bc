import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isReadCount } from '../src/extract/words/answer-extras.js';
import { isCacheBanner } from '../src/extract/words/furniture-lines.js';

/**
 * A hospital's old 网上咨询 page (an ASP site's table of label cells: 咨询标题, 咨询科室, 提问时间, 咨询内容, the reply's card
 * as 回复医生 / 职称 cells or one line, 回复时间, the answer in a cell of its own, a read counter with print and close buttons),
 * saved alone or kept in a search engine's cache under its banner.
 */
const HOSPITAL = '临江市第二人民医院';
const QUESTION = '女性慢性咽炎和嗓子痒有关系';
const ANSWER = ['慢性咽炎常见的原因有以下几种：', '1.嗓子痒持续四天以上的，要避免辛辣刺激和油腻的食物。', '总之，嗓子痒的原因比较多，需要在医生指导下明确原因后再治疗。'];
const row = (k: string, v: string) => `<tr><td width="100" align="right"><b>${k}：</b></td><td>${v}</td></tr>`;
const board = (opts: { card: 'cells' | 'line' | 'tail'; banner?: boolean; asker?: boolean }) => {
  const card =
    opts.card === 'cells' ? row('回复医生', '周明') + row('职　　称', '副主任医师') : opts.card === 'line' ? `<tr><td colspan="2"><font color="#FF6600">周明 副主任医师（耳鼻喉科）回复：</font></td></tr>` : '';
  const banner = opts.banner
    ? `<div>这是 Bing 对 <a href="http://www.ljey.example.cn/zx/show.asp?id=1">http://www.ljey.example.cn/zx/show.asp?id=1</a> 的缓存。这是该页面在 2024/1/22 21:06:19 检索时的快照。当前页在此期间可能已经更改。了解详细信息</div>`
    : '';
  return (
    `<html><head><meta charset="utf-8"><title>网上咨询_${HOSPITAL}</title></head><body>${banner}` +
    `<table><tr><td><img src="/top.jpg" alt="${HOSPITAL}"></td></tr><tr><td>您现在的位置：<a href="/">首页</a> &gt; <a href="/zx/">网上咨询</a></td></tr></table>` +
    `<table>${row('咨询标题', `<b>${QUESTION}</b>`)}${row('咨询科室', '耳鼻喉科')}${opts.asker ? row('咨 询 人', '张**') : ''}${row('提问时间', '2022-2-8 18:08:32')}` +
    `${row('咨询内容', '最近一段时间一直这样，不知道是什么原因。')}${card}${row('回复时间', '2022-2-10 12:25:33')}` +
    `<tr><td colspan="2">&nbsp;&nbsp;&nbsp;&nbsp;${ANSWER.join('<br>&nbsp;&nbsp;&nbsp;&nbsp;')}${opts.card === 'tail' ? '<p align="right">——耳鼻喉科 副主任医师 周明</p>' : ''}</td></tr>` +
    `<tr><td colspan="2" align="right">浏览次数：1198　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>` +
    `<table><tr><td>Copyright &copy; ${HOSPITAL} 版权所有</td></tr></table></body></html>`
  );
};
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

describe('an old 网上咨询 page of label cells', () => {
  it('reads the question from its 咨询标题 cell, the page titled 网上咨询 as a kind of page', () => {
    const entry = own(board({ card: 'line' }));
    expect(entry?.question).toBe(QUESTION);
    expect(entry?.doctor).toMatchObject({ name: '周明', title: '副主任医师', department: '耳鼻喉科', hospital: HOSPITAL });
    expect(entry?.date).toBe('2022-02-10');
  });

  it('reads the card from 回复医生 / 职称 cells, the department asked (咨询科室) and the site’s hospital', () => {
    const entry = own(board({ card: 'cells' }));
    expect(entry?.doctor).toEqual({ name: '周明', title: '副主任医师', department: '耳鼻喉科', hospital: HOSPITAL, hospital_grade: null });
    expect(entry?.answer_paragraphs).toEqual(ANSWER);
    expect(entry?.flags).not.toContain('unsure_reading');
  });

  it('leaves the read counter with its print and close buttons out of the answer', () => {
    expect(isReadCount('浏览次数：1198　【打印】【关闭】')).toBe(true);
    expect(isReadCount('浏览次数：1198 次')).toBe(true);
    expect(own(board({ card: 'line' }))?.answer_paragraphs).toEqual(ANSWER);
  });

  it('takes the 咨询人 cell for the asker’s, none of the answer', () => {
    const entry = own(board({ card: 'tail', asker: true }));
    expect(entry?.answer_paragraphs).toEqual(ANSWER);
    expect(entry?.doctor).toMatchObject({ name: '周明', title: '副主任医师', department: '耳鼻喉科' });
  });
});

describe('a search engine’s cached copy of such a page', () => {
  it('tells the cache’s banner', () => {
    expect(isCacheBanner('这是 Bing 对 http://www.a.cn/1.asp 的缓存。这是该页面在 2024/1/22 21:06:19 检索时的快照。当前页在此期间可能已经更改。')).toBe(true);
    expect(isCacheBanner('这是 Google 对 http://www.a.cn/1.html 的缓存。 这是该网页在 2023年5月6日 08:11 GMT 的快照。')).toBe(true);
    expect(isCacheBanner('这是医生对您的问题的回复，请仔细阅读。')).toBe(false);
  });

  it('reads the page under the banner as the page saved alone', () => {
    const entry = own(board({ card: 'tail', banner: true }));
    expect(entry?.question).toBe(QUESTION);
    expect(entry?.answer_paragraphs).toEqual(ANSWER);
  });
});
