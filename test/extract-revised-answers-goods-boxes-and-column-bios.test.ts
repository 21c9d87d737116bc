import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * What the blind split fresh-104 (pages modelled on real sites of the genre), once run, taught the genre reader: a pharmacy's
 * goods card and label excerpt set among the pharmacist's paragraphs, a media column's disclaimer, closing bio and scripted
 * player, a revised answer's folded earlier version, a hospital column's 其他专家答疑 list, an asker's labelled line before a
 * card of labelled lines, and a 追问 stamped without its year.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string, url = 'saved-page.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url?: string) => entries(page, url).find((e) => e.origin === 'page')!;
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');

describe('a pharmacy’s answer with goods set among its paragraphs', () => {
  const QUESTION = '孩子积食不消化吃什么药好';
  const ANSWER = ['积食多因一次吃得过多或者过于油腻，先减少饭量，清淡饮食一两天。', '可以在药师指导下用一些助消化的药物，同时揉揉肚子，多活动。', '如果伴有反复呕吐、精神差，要及时到儿科就诊。'];
  const CARD = '<div class="pharm"><b>孔令仪</b>　执业药师　康宁大药房<p class="t">回答于 2022-08-14</p></div>';
  const page = (between: string, after = '') =>
    html(`${QUESTION}-药师问答`, `<h1>${QUESTION}</h1>${CARD}<div class="reply"><p>${ANSWER[0]}</p>${between}<p>${ANSWER[1]}</p><p>${ANSWER[2]}</p>${after}</div>`);

  it('a goods card with its indication line (name and spec, `用于…。`, price, cart) is none of the answer', () => {
    const goods =
      '<div class="goods"><img src="g.jpg" alt=""><p class="n">健胃消食片 0.8g*32片</p><p class="d">用于脾胃虚弱所致的食积，症见不思饮食、嗳腐酸臭、脘腹胀满，消化不良见上述证候者。</p><span class="p">¥18.60</span><a href="/goods/88.html">加入购物车</a></div>';
    expect(pageOf(page(goods)).answer_paragraphs).toEqual(ANSWER);
  });

  it('the pharmacist’s own sentence on what a drug is used for, in no priced card, stays the answer’s', () => {
    const own = '用于积食的中成药有很多，家里备一种即可，不要几种一起吃。';
    expect(pageOf(page(`<p>${own}</p>`)).answer_paragraphs).toEqual([ANSWER[0], own, ANSWER[1], ANSWER[2]]);
  });

  it('a label excerpt run into one line under its head (`【说明书摘要】…`) is none of the answer', () => {
    const box = '<div class="label"><b>【说明书摘要】</b>用法用量：口服，一次3片，一日3次。不良反应：尚不明确。</div>';
    expect(pageOf(page('', box)).answer_paragraphs).toEqual(ANSWER);
  });

  it('the pharmacist citing the label in a sentence (`说明书上写着…`) stays the answer’s', () => {
    const own = '说明书上写着一次3片，孩子用量要减半，最好先问一下药师。';
    expect(pageOf(page('', `<p>${own}</p>`)).answer_paragraphs).toEqual([...ANSWER, own]);
  });
});

describe('a media column’s doctor answering a reader', () => {
  const QUESTION = '孩子扁桃体经常发炎要不要切除？';
  const ANSWER = ['扁桃体反复发炎要看发作的次数和严重程度，不是每个孩子都需要手术。', '一年发作七次以上，或者影响呼吸和睡眠的，可以和耳鼻喉科医生讨论手术。'];
  const page = (extra: { before?: string; after?: string }) =>
    html(
      `${QUESTION} | 南洋新闻网`,
      `<article><h1>${QUESTION}</h1><p class="by">2022年3月9日 10:20</p>${extra.before ?? ''}<p>答：${ANSWER[0]}</p><p>${ANSWER[1]}</p>${extra.after ?? ''}</article>`,
    );

  it('a bio saying who the doctor is (`{name}医生是{hospital}{department}{title}，…`) is the card, none of the answer', () => {
    const own = pageOf(page({ after: '<div class="bio"><p>卓文杰医生（Dr Toh Boon Kiat）是陈氏专科医院耳鼻喉科高级顾问医生，行医逾20年。</p></div>' }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toEqual({ name: '卓文杰', title: '高级顾问医生', department: '耳鼻喉科', hospital: '陈氏专科医院', hospital_grade: null });
  });

  it('the doctor referring the reader to a colleague in such words (`…，建议您找他看看`) stays the answer’s', () => {
    const referral = '林国华医生是陈氏专科医院耳鼻喉科顾问医生，建议您带孩子找他看看。';
    const own = pageOf(page({ before: '<p class="ex">解答医生：陈氏专科医院耳鼻喉科副顾问医生 卓文杰医生</p>', after: `<p>${referral}</p>` }));
    expect(own.answer_paragraphs).toEqual([...ANSWER, referral]);
    expect(own.doctor.name).toBe('卓文杰');
  });

  it('the column’s disclaimer (`…不能替代专业医疗建议。`) is none of the answer', () => {
    const own = pageOf(page({ before: '<p class="ex">解答医生：陈氏专科医院耳鼻喉科副顾问医生 卓文杰医生</p>', after: '<p class="note">以上内容只作一般参考，不能替代专业医疗建议。</p>' }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('a player drawn by its script’s element (`<video-js>`, `<lite-youtube>`) plays the answer as a <video> would', () => {
    const card = '<p class="ex">解答医生：陈氏专科医院耳鼻喉科副顾问医生 卓文杰医生</p>';
    expect(pageOf(page({ before: `${card}<div class="player"><video-js data-video-id="6301" controls></video-js></div>` })).format).toBe('video');
    expect(pageOf(page({ before: `${card}<lite-youtube videoid="abcdefghijk"></lite-youtube>` })).format).toBe('video');
    expect(pageOf(page({ before: card })).format).toBe('unknown');
  });
});

describe('a hospital’s expert answer revised after it was given', () => {
  const QUESTION = '甲状腺结节4a类需要穿刺吗';
  const ANSWER = ['4a类结节恶性的可能性不高，但也不能完全排除。', '建议在超声引导下做细针穿刺，明确性质后再决定是否手术。'];
  const EARLIER = ['4a类结节一般先观察。', '三个月后复查彩超即可。'];
  const page = (reply: string) =>
    html(
      `${QUESTION}-专家答疑-江州医科大学附属医院`,
      `<div class="logo">江州医科大学附属医院</div><h2>${QUESTION}</h2><div class="r"><p>解答专家：宋志远　主任医师　甲乳外科</p><p>回复时间：2021-06-02 09:15</p><p>修改于：2021-06-05 16:40</p>${reply}</div><div class="foot">版权所有：江州医科大学附属医院</div>`,
    );

  it('the earlier version folded in a <details> whose summary names it (`查看原回复`) is none of the answer, before the answer too', () => {
    const own = pageOf(page(`<details><summary>查看原回复</summary>${paras(EARLIER)}</details><div class="now">${paras(ANSWER)}</div>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2021-06-02');
  });

  it('the earlier version in a hidden block right under its toggle (`展开修改前的回答`) is none of the answer, before the answer too', () => {
    const own = pageOf(page(`<p><a href="javascript:;">展开修改前的回答</a></p><div style="display:none">${paras(EARLIER)}</div><div class="now">${paras(ANSWER)}</div>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('the toggle may print the count of versions it folds (`查看历史版本（2）`)', () => {
    const own = pageOf(page(`<div class="now">${paras(ANSWER)}</div><details><summary>查看历史版本（2）</summary>${paras(EARLIER)}</details>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a hidden block opening labelled as the earlier version (`（修改前的回答）…`), no toggle over it, is none of the answer', () => {
    const hidden = `<div hidden><p>（修改前的回答）${EARLIER[0]}</p><p>${EARLIER[1]}</p></div>`;
    expect(pageOf(page(`<div class="now">${paras(ANSWER)}</div>${hidden}`)).answer_paragraphs).toEqual(ANSWER);
    // Shown, such a label is the page's own text to read: only a hidden block is passed over by it.
    expect(pageOf(page(`<div class="now">${paras(ANSWER)}</div><div><p>（修改前的回答）${EARLIER[0]}</p></div>`)).answer_paragraphs).toContain(`（修改前的回答）${EARLIER[0]}`);
  });

  it('an answer folded in a <details> whose summary names no earlier version is the answer', () => {
    const own = pageOf(page(`<details><summary>展开全部回复</summary>${paras(ANSWER)}</details>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a hospital column’s list of its other experts’ answers', () => {
  it('`其他专家答疑` heads the related list', () => {
    const QUESTION = '孩子扁平足需要矫正吗';
    const ANSWER = ['三岁以前的孩子足弓还没有发育好，看起来像扁平足是正常的。', '六岁以后仍然没有足弓、走路容易累的，可以到骨科评估是否需要矫形鞋垫。'];
    const page = html(
      `${QUESTION}-专家答疑-江州医科大学附属医院`,
      `<h2>${QUESTION}</h2><div class="r"><p>解答专家：宋志远　主任医师　小儿骨科</p><p>回复时间：2021-06-02 09:15</p>${paras(ANSWER)}</div><div class="other"><div class="tt">其他专家答疑</div><ul><li><a href="detail.jsp?id=301">孩子走路内八字怎么办</a></li><li><a href="detail.jsp?id=302">孩子O型腿怎么矫正</a></li><li><a href="detail.jsp?id=303">孩子膝盖疼是生长痛吗</a></li></ul></div><div class="foot">版权所有：江州医科大学附属医院</div>`,
    );
    const own = pageOf(page, 'https://www.jzyk.example/dy/detail.jsp?id=300');
    expect(own.related_urls).toEqual([301, 302, 303].map((id) => `https://www.jzyk.example/dy/detail.jsp?id=${id}`));
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('an asker’s labelled line before a card of labelled lines', () => {
  it('a place the asker names (`问题描述：在县医院看过…`) is no hospital of the card', () => {
    const QUESTION = '膝盖上下楼梯疼是怎么回事';
    const ANSWER = ['上下楼梯时膝盖疼，多与髌骨软化或者半月板损伤有关。', '建议少爬楼梯和深蹲，疼痛明显时到骨科拍片检查。'];
    const page = html(
      `${QUESTION}-专家答疑-江州医科大学附属医院`,
      `<img src="/logo.png" alt="江州医科大学附属医院"><h2>${QUESTION}</h2><div class="q">问题描述：在县医院看过，贴了膏药没用。</div><div class="r"><p>答疑专家：宋志远　副主任医师　骨科</p><p>回复时间：2021-06-02 09:15</p><div class="c">${paras(ANSWER)}</div></div><div class="foot">版权所有：江州医科大学附属医院</div>`,
    );
    expect(pageOf(page).doctor).toEqual({ name: '宋志远', title: '副主任医师', department: '骨科', hospital: '江州医科大学附属医院', hospital_grade: null });
  });
});

describe('a follow-up asked under the answer, stamped without its year', () => {
  it('`追问：…？ 05-06 14:22` ends the answer, as one stamped with its year does (the answer’s own stamp yearless too)', () => {
    const QUESTION = '宝宝湿疹反复怎么办';
    const ANSWER = ['湿疹反复多与皮肤屏障差有关，每天洗澡后全身涂保湿霜。', '衣物选纯棉的，室内不要太热，瘙痒明显时在医生指导下用弱效激素药膏。'];
    const page = html(
      `${QUESTION}_问答`,
      `<h1>${QUESTION}</h1><div class="ans"><p><b>叶子涵</b> 主治医师 江州市妇幼保健院 皮肤科</p><div class="con">${paras(ANSWER)}</div><p class="t"><span>05-06 09:10</span> <a>有用(12)</a> <a>举报</a></p><div class="zw"><p><b>追问：</b>激素药膏能长期用吗？ <span>05-06 14:22</span></p><p><b>叶子涵医生回复：</b>不能长期用，症状好转就停。</p></div></div>`,
    );
    expect(pageOf(page).answer_paragraphs).toEqual(ANSWER);
  });
});
