import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TCM hospital's DedeCMS 名医在线 column: the breadcrumb files the page in its section (`主页 > 名医在线 >`, `/mingyi/`), a
 * `<dl>` of 问 / 答, the expert's card after it, a pharmacist's 提醒 box under the card, a 相关文章 list of bare links with
 * yearless days. Saved with no address of its own: the list's links all inside the section the trail names, each asking a
 * question, are the page's related links; and a role's note under the card is no answer after it, even where the expert who
 * answered holds that role.
 */

const QUESTION = '老人鼻子痒是怎么回事？';
const ANSWER = ['老人鼻子痒常见的原因有以下几种：', '（1）一般与过敏性鼻炎有关，应注意观察鼻子痒的变化。', '如果症状持续不缓解，应尽快到耳鼻喉科就诊。'];
const LIST = (hrefs: string[]) =>
  `<div class="xgwz"><h3>相关文章</h3><ul>` +
  hrefs.map((h, i) => `<li><span>[0${i + 1}-12]</span><a href="${h}" target="_blank">${['鼻子痒流清鼻涕是怎么回事', '小孩鼻塞要做什么检查', '中年人打喷嚏怎么办'][i]}</a></li>`).join('') +
  `</ul></div>`;
const HREFS = ['/mingyi/2023/113224.html', '/mingyi/2021/113245.html', '/mingyi/2021/113213.html'];
const page = ({ crumb = '<a href="/">主页</a> &gt; <a href="/mingyi/">名医在线</a> &gt;', title = '主治医师', tip = '<div class="tip">药师提醒：中药饮片请遵医嘱煎服，不可自行加量。</div>', hrefs = HREFS } = {}) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_名医在线_江州中医院</title></head><body>` +
  `<div class="top"><b>江州中医院</b></div><div class="place">当前位置：${crumb}</div><div class="art"><h1>${QUESTION}</h1>` +
  `<div class="info">发布时间：2021-08-04 14:35　来源：江州中医院</div>` +
  `<dl class="qa"><dt>问</dt><dd>去社区医院看过，吃了药也不见好。</dd><dt>答</dt><dd>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</dd></dl>` +
  `<dl class="expert"><dt>回答专家</dt><dd><b>董慧</b>　${title}<br>耳鼻喉科</dd></dl>${tip}` +
  `<p class="sm">（本栏目内容仅供参考，具体请到医院就诊。）</p></div>${LIST(hrefs)}<div class="foot">江州中医院　粤ICP备12345678号</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a TCM hospital’s 名医在线 column saved with no address', () => {
  it('takes a 相关文章 list inside the section its breadcrumb names as the related links', () => {
    const own = read(page());
    expect(own.related_urls).toEqual(HREFS);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('leaves it unplaced and doubted where a link leads out of it; a trail with no folder tells nothing against it', () => {
    // A trail with no folder shows no section: the list is read by its head and titles (every title asking), as on a page with no trail.
    const listScript = read(page({ crumb: '<a href="/">主页</a> &gt; <a href="/List.asp?ClassID=12">名医在线</a> &gt;' }));
    expect(listScript.related_urls).toEqual(HREFS);
    expect(listScript.flags).not.toContain('unsure_reading');
    const elsewhere = read(page({ hrefs: [HREFS[0]!, '/news/2021/1.html', HREFS[2]!] }));
    expect(elsewhere.related_urls).toEqual([]);
    expect(elsewhere.flags).toContain('unsure_reading');
  });

  it('reads the answer above the card, not the pharmacist’s 提醒 under it, though the expert is a pharmacist', () => {
    expect(read(page({ title: '主管药师' })).answer_paragraphs).toEqual(ANSWER);
    expect(read(page()).answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the pharmacist’s 药师提示 after the card as the answer where the label above the card is the asker’s', () => {
    // `咨询内容：` over the asker's words is no answer's label: the answer is the pharmacist's note after their card.
    const tips = ['药师提示：两种药不建议同时服用，间隔4到6小时可以交替使用。', '药师提醒：每日用量不要超过说明书的最大剂量。'];
    const asked =
      `<html><head><meta charset="utf-8"><title>布洛芬和对乙酰氨基酚能一起吃吗？</title></head><body><h1>布洛芬和对乙酰氨基酚能一起吃吗？</h1>` +
      `<div class="desc"><b>咨询内容：</b><p>成人感冒发烧，吃了布洛芬两个小时还没退，能不能再吃对乙酰氨基酚？</p></div>` +
      `<div class="doc"><span>李春梅</span> <span>主管药师</span> <span>药学部</span> <span>江州市人民医院</span></div>` +
      `<div class="ans">${tips.map((t) => `<p>${t}</p>`).join('')}</div><p>回答时间：2023-04-02</p></body></html>`;
    const own = read(asked);
    expect(own.answer_paragraphs).toEqual(tips);
    expect(own.flags).not.toContain('unsure_reading');
  });
});
