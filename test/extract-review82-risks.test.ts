import { describe, expect, it } from 'vitest';
import { isDisclaimer } from '../src/extract/words/genre.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Pages of the genre where fresh-82's rules (review of h/reader82a / h/reader82b) could read something silently wrong that was right or flagged before. */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a doctor’s advice under a 须知 head of its own', () => {
  const ANSWER = ['您好，根据您描述的情况，考虑是胃食管反流引起的。', '用药须知：奥美拉唑每天早饭前半小时服用一粒，连续服用四周，不要自行停药。', '如果症状持续不缓解或者逐渐加重，应尽快到消化内科就诊。'];
  const page = () =>
    pageOf(
      '反酸烧心吃什么药？',
      `<div class="q"><h1>反酸烧心吃什么药？</h1><p>最近一段时间一直反酸烧心，不知道是什么原因。</p><p>提问时间：2021-03-12</p></div>` +
        `<div><h3>医生回答</h3><div><div><p>王建国</p><p>主治医师</p><p>消化内科</p><p>江州市人民医院</p></div>` +
        `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>回答时间：2021-03-13</p></div></div></div>`,
    );
  it('keeps 用药须知：… in the answer: a notice is the site’s, not the doctor’s own advice', () => {
    expect(isDisclaimer('用药须知：奥美拉唑每天早饭前半小时服用一粒，连续服用四周，不要自行停药。')).toBe(false);
    expect(isDisclaimer('报告解读须知：本解读仅针对您上传的报告内容，如有不适请及时就医。')).toBe(true);
    const entry = page();
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a 最新咨询 feed, the only list of the page’s questions, before a later box of another kind', () => {
  const hospitalPage = (body: string) =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>膝盖痛_在线咨询_某省人民医院</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
  const latest =
    `<td width="230"><div><div>最新咨询</div><ul><li><a href="detail.do?id=724998">颈椎病手术后多久能上班</a><li><a href="detail.do?id=703782">甲状腺结节4类要手术吗</a><li><a href="detail.do?id=344679">胃镜需要提前预约吗</a></ul></div></td>`;
  const consult =
    `<dl><dt>咨询主题：<dd><b>小孩膝关节炎会引起上下楼膝盖痛吗</b><dt>咨询人：<dd>周**　　咨询时间：2019-05-04 11:38<dt>咨询内容：<dd>请问需要做什么检查？</dl>` +
    `<dl><dt>回复内容：<dd>关于膝关节炎，饮食以清淡、易消化为主，用药期间不要自行加量或者停药。<br>如果症状持续不缓解或者逐渐加重，应尽快到骨科就诊。` +
    `<dd>回复医生：李玉　主任医师　科室：骨科<dd>回复时间：2019-5-5 21:25:32</dl>`;
  const FEED = ['detail.do?id=724998', 'detail.do?id=703782', 'detail.do?id=344679'];
  it.each([
    ['常见问题 (the help centre’s)', `<div><div>常见问题</div><ul><li><a href="/help/pay.html">如何支付咨询费用？</a><li><a href="/help/refund.html">如何申请退款？</a><li><a href="/help/account.html">怎么修改密码？</a></ul></div>`],
    ['相关科普 (articles)', `<div><div>相关科普</div><ul><li><a href="/kepu/1.html">膝关节炎的早期症状有哪些</a><li><a href="/kepu/2.html">爬楼梯伤膝盖吗</a></ul></div>`],
    ['相关咨询 (another site’s ad)', `<div><div>相关咨询</div><ul><li><a href="https://www.other-ask.com/q/8812.html">膝盖痛挂什么科</a><li><a href="https://www.other-ask.com/q/8813.html">膝盖痛吃什么药好得快</a></ul></div>`],
    ['往期回顾 (back issues)', `<div><div>往期回顾</div><ul><li><a href="/news/11.html">骨科专家义诊走进社区</a><li><a href="/news/12.html">膝关节置换手术开展一千例</a></ul></div>`],
  ])('keeps the feed where the later box is %s', (_kind, box) => {
    // The feed after the answer, where a page's own list stands: the box after it does not displace it.
    const feed = latest.replace(/^<td width="230">|<\/td>$/gu, '');
    expect(hospitalPage(`${consult}${feed}${box}`).related_urls).toEqual(FEED);
    // In a side column before the question the feed is none of the page's related links (related-list.ts withoutFeedBefore,
    // the thirty-fifth stop: fresh-82's samsph key), and the box does not stand in for it.
    expect(hospitalPage(`<table><tr>${latest}<td>${consult}${box}</td></tr></table>`).related_urls).toEqual([]);
  });
});

describe('a 主检医师 whose card prints a certificate after the post', () => {
  it('keeps the post as the title and the name: a 健康管理师 certificate is no rank the post gives way to', () => {
    expect(parseCardParts(['邵晨', '主检医师', '临床心理科', '慈铭体检北京亚运村分院', '国家二级健康管理师'])).toMatchObject({ name: '邵晨', title: '主检医师', department: '临床心理科' });
    expect(parseCardParts(['邵晨', '主检医师', '健康管理师'])).toMatchObject({ name: '邵晨', title: '主检医师' });
    // A rank beside it is still the title: clinical, or a lab's or pharmacy's ladder.
    expect(parseCardParts(['邵晨', '主检医师', '主管技师'])).toMatchObject({ name: '邵晨', title: '主管技师' });
    expect(parseCardParts(['邵晨', '主检医师', '内科 主治医师'])).toMatchObject({ name: '邵晨', title: '主治医师', department: '内科' });
  });
  it('reads the page’s card so: the post is no title (null), the certificate none either', () => {
    const entry = pageOf(
      '肾结石恶心呕吐吃什么药？',
      `<div class="q"><h1>肾结石恶心呕吐吃什么药？</h1><p>最近一段时间一直这样，不知道是什么原因。</p><p>提问时间：2020-11-12</p></div>` +
        `<div><h3>专家解读</h3><div><div><img src="/d.jpg" alt=""><p>邵晨</p><p>主检医师</p><p>临床心理科</p><p>慈铭体检北京亚运村分院</p><p>国家二级健康管理师</p></div>` +
        `<div><p>关于肾结石，可以从以下几个方面来考虑：</p><p>如果症状持续不缓解或者逐渐加重，应尽快到泌尿外科就诊。</p><p>解读时间：2020/11/14 21:12</p></div></div></div>`,
    );
    expect(entry.doctor).toMatchObject({ name: '邵晨', title: null, hospital: '慈铭体检北京亚运村分院' });
  });
});

describe('a column’s issue headline over an issue of several badged Q&As', () => {
  const issue = (second: boolean) =>
    pageOf(
      '专家答疑-中国营养学会',
      `<h2>营养专家答疑（第54期）</h2><p><span>问</span>孩子不爱吃蔬菜怎么办？</p><p><span>答</span>可以把蔬菜切碎混在孩子喜欢的食物里，家长以身作则多吃蔬菜。</p>` +
        (second ? `<p><span>问</span>老人每天喝多少牛奶合适？</p><p><span>答</span>一般建议每天300毫升左右，乳糖不耐受可以选酸奶。</p>` : '') +
        `<p>（解答专家：王建 中国营养学会理事 主任医师）</p><p>发布时间：2023-04-12</p>`,
    );
  it('leaves the first question unsure where a second 问 follows: the issue answers more than it', () => {
    expect(issue(true).flags).toContain('unsure_reading');
  });
  it('reads the issue’s one question sure', () => {
    const entry = issue(false);
    expect(entry.question).toBe('孩子不爱吃蔬菜怎么办？');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
