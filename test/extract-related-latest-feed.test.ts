import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's 在线咨询 page: a side column's 最新咨询 box before the consultation, its own 相关咨询 list after it; the feed
 * taken alone only where it stands after the question (fresh-54, fresh-59, fresh-61, fresh-71 key it so), none before it (fresh-82's samsph).
 */

const pageOf = (body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>膝盖痛_在线咨询_某省人民医院</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const latest = `<td width="230"><div><div>科室导航</div><ul><li><a href="/ks/detail.do?ksid=11">心血管内科</a><li><a href="/ks/detail.do?ksid=15">儿科</a></ul></div>` +
  `<div><div>最新咨询</div><ul><li><a href="detail.do?id=724998">颈椎病手术后多久能上班</a><li><a href="detail.do?id=703782">甲状腺结节4类要手术吗</a><li><a href="detail.do?id=344679">胃镜需要提前预约吗</a></ul></div></td>`;
const consult =
  `<dl><dt>咨询主题：<dd><b>小孩膝关节炎会引起上下楼膝盖痛吗</b><dt>咨询人：<dd>周**　　咨询时间：2019-05-04 11:38<dt>咨询内容：<dd>请问需要做什么检查？</dl>` +
  `<dl><dt>回复内容：<dd>关于膝关节炎，饮食以清淡、易消化为主，用药期间不要自行加量或者停药。<br>如果症状持续不缓解或者逐渐加重，应尽快到骨科就诊。` +
  `<dd>回复医生：李玉　主任医师　科室：骨科<dd>回复时间：2019-5-5 21:25:32</dl>`;
const related = `<div><div>相关咨询</div><dl><dt><a href="detail.do?id=119988">老人上下楼膝盖痛是怎么回事</a><dd>[2020-07-05]<dt><a href="detail.do?id=119979">年轻人膝盖肿要做什么检查</a><dd>[2020-01-24]</dl></div>`;

describe('a 最新咨询 feed beside the page’s own 相关咨询, or alone', () => {
  it('gives way to the related list after the answer', () => {
    const entry = pageOf(`<table><tr>${latest}<td>${consult}${related}</td></tr></table>`);
    expect(entry.related_urls).toEqual(['detail.do?id=119988', 'detail.do?id=119979']);
  });

  it('standing before the question (a side column printed first), the only list, is none of the page’s related links', () => {
    const entry = pageOf(`<table><tr>${latest}<td>${consult}</td></tr></table>`);
    expect(entry.related_urls).toEqual([]);
  });

  it('after the answer, the only list, is the page’s related links', () => {
    const feed = `<div><div>最新咨询</div><ul><li><a href="detail.do?id=724998">颈椎病手术后多久能上班</a><li><a href="detail.do?id=703782">甲状腺结节4类要手术吗</a><li><a href="detail.do?id=344679">胃镜需要提前预约吗</a></ul></div>`;
    expect(pageOf(`${consult}${feed}`).related_urls).toEqual(['detail.do?id=724998', 'detail.do?id=703782', 'detail.do?id=344679']);
    // So too in a side column printed after the content.
    expect(pageOf(`<table><tr><td>${consult}</td><td width="230">${feed}</td></tr></table>`).related_urls).toEqual(['detail.do?id=724998', 'detail.do?id=703782', 'detail.do?id=344679']);
  });

  it('after the answer, stays the list where the later one is no related list’s (推荐阅读: news)', () => {
    const feed = `<div><div>最新咨询</div><ul><li><a href="detail.do?id=724998">颈椎病手术后多久能上班</a><li><a href="detail.do?id=703782">甲状腺结节4类要手术吗</a><li><a href="detail.do?id=344679">胃镜需要提前预约吗</a></ul></div>`;
    const news = `<div><h3>推荐阅读</h3><ul><li><a href="/news/1.html">医院举办义诊活动</a></li><li><a href="/news/2.html">新院区开诊</a></li></ul></div>`;
    const entry = pageOf(`${consult}${feed}${news}`);
    expect(entry.related_urls).toEqual(['detail.do?id=724998', 'detail.do?id=703782', 'detail.do?id=344679']);
  });
});
