import { describe, expect, it } from 'vitest';
import { extractItem, newExtractStats } from '../src/extract/stage.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on an aggregator's source credits, consultation form labels, a mobile page's badge and reviewer line, patients' reviews and answers listed text over card.
 * What the blind split fresh-46 (pages modelled on real sites of the genre) taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.jiankang-wenda.cn/ask/80412.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const pageOf = (page: string) => read(page).find((e) => e.origin === 'page');
const relatedOf = (page: string) => read(page).filter((e) => e.origin === 'related');
/** What the extract stage makes of a page: its entries, or the reject and why. */
const staged = (page: string) => extractItem({ kind: 'page', page: pageRecord(page, { url: URL }) }, { now: new Date(0) }, newExtractStats());

const QUESTION = '膝盖弯曲时咔咔响是怎么回事';
const ANSWER = ['膝盖弹响多与髌骨软骨磨损或滑膜皱襞有关，不痛不肿时一般不需处理。', '如果伴有疼痛、肿胀或者腿打软，请到骨科做膝关节磁共振检查。'];
const CARD = '<div class="who"><strong>韩立群</strong> <em>副主任医师</em><br>滨江市骨科医院 运动医学科</div>';

describe('an aggregator’s credit to each item’s source under its snippet', () => {
  const item = (n: number, q: string, credit: string) =>
    `<div class="row"><a href="/ask/${80500 + n}.html">${q}</a><div class="abs">${q}多与劳损有关，注意休息，减少爬楼和深蹲，症状持续请就医。</div><div class="site">${credit}</div></div>`;
  const page = (credits: string[]) =>
    html(
      `${QUESTION}_健康问答`,
      `<h1>${QUESTION}</h1>${CARD}<article>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</article><p>2022-06-14 回答</p>` +
        `<section><h4>相关问答</h4>${credits.map((c, i) => item(i, ['膝盖疼上下楼梯加重', '半月板损伤能自愈吗', '膝关节积液怎么消', '跑步后膝盖外侧疼'][i]!, c)).join('')}</section>`,
    );

  it('reads a site’s name alone on the line under a snippet (`春雨医生`, `康问健康网`) as the source’s, none of the snippet', () => {
    const items = relatedOf(page(['春雨医生', '康问健康网', '民康问答', '春雨医生']));
    expect(items).toHaveLength(4);
    expect(items.map((i) => i.answer_paragraphs)).toEqual(
      ['膝盖疼上下楼梯加重', '半月板损伤能自愈吗', '膝关节积液怎么消', '跑步后膝盖外侧疼'].map((q) => [`${q}多与劳损有关，注意休息，减少爬楼和深蹲，症状持续请就医。`]),
    );
  });

  it('reads a labelled credit (`来源：寻医问药`) and a name the list repeats under its items (`微医`) as credits too', () => {
    const items = relatedOf(page(['来源：寻医问药', '微医', '微医', '来源：寻医问药']));
    expect(items.every((i) => i.answer_paragraphs.length === 1)).toBe(true);
    // A snippet's own closing words that name no site and close one item only stay its words.
    expect(relatedOf(page(['祝您健康', '多喝温水', '注意休息', '按时复查']))[1]!.answer_paragraphs[1]).toBe('多喝温水');
  });

  it('keeps a snippet’s closing advice that ends in 医生 (请及时咨询医生): words telling the reader what to do name no site', () => {
    const closings = ['请及时咨询医生', '建议咨询专业医生', '可以问问儿科医生', '需要找骨科医生'];
    expect(relatedOf(page(closings)).map((i) => i.answer_paragraphs[1])).toEqual(closings);
  });
});

describe('a consultation form’s labels for the asker’s fields', () => {
  const page = html(
    `${QUESTION}_问医生`,
    `<h1>${QUESTION}</h1><div class="ask"><p>健康咨询描述：最近蹲下站起来膝盖总是响，不疼。</p><p>曾经的治疗情况和效果：没有看过</p><p>想得到怎样的帮助：需要去医院吗？</p></div>` +
      `<div class="reply"><div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${CARD}<p>回复时间：2022-06-14 09:12:40</p></div>`,
  );

  it('reads 健康咨询描述 and 曾经的治疗情况和效果 as the asker’s, none of the answer that follows them', () => {
    const entry = pageOf(page)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor.name).toBe('韩立群');
  });
});

describe('a mobile answer page’s card badge, reviewer line and video poster', () => {
  const page = (player: string, review: string) =>
    html(
      `${QUESTION}-健康`,
      `<h1>${QUESTION}</h1><section class="doc"><div class="info"><div><b>韩立群</b> 副主任医师</div><div>滨江市骨科医院 运动医学科</div></div><span>已认证</span></section>` +
        `<section class="ans">${player}${ANSWER.map((p) => `<p>${p}</p>`).join('')}</section><div>发布于 2022-06-14</div>${review}<p>以上内容仅供参考，不能替代面诊。</p>`,
    );

  it('reads the card’s lone 已认证 badge as the card’s, none of the answer', () => {
    const entry = pageOf(page('', ''))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads a labelled reviewer’s line (`内容审核：name title hospital`) as no second answering doctor', () => {
    const entry = pageOf(page('', '<p>内容审核：罗文彬 主任医师 滨江市人民医院</p>'))!;
    expect(entry.doctor.name).toBe('韩立群');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads a still under a play glyph and a clock length (`▶ 03:12`) as a video’s poster: the format video, none of the answer', () => {
    const entry = pageOf(page('<a class="cover" href="#"><img src="/v/cover-1182.jpg" alt=""><span>▶</span><span>03:12</span></a>', ''))!;
    expect(entry.format).toBe('video');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    // A clock length with no still under it is no video's poster.
    expect(pageOf(page('<div><span>▶</span><span>03:12</span></div>', ''))!.format).not.toBe('video');
  });
});

describe('a patient’s review of a doctor', () => {
  const facts = (rating: string) =>
    `<dl><dt>患者</dt><dd>王**</dd><dt>疾病</dt><dd>膝关节炎</dd></dl><ul class="facts"><span>${rating}</span></ul>`;
  const review = (rating: string) =>
    html(
      '谢谢韩立群大夫_就医分享',
      `<h1>谢谢韩立群大夫</h1>${facts(rating)}<div class="story"><p>膝盖响了半年，挂了韩大夫的号。</p><p>韩大夫说膝盖弹响多与髌骨软骨磨损有关，让我少爬楼。</p><p>现在好多了，谢谢大夫！</p></div><p>2022-06-20 发表</p>`,
    );

  it('gives no entry, its reject saying it is a patient’s review (two kinds of rating above its first sentence; one alone tells none)', () => {
    const out = staged(review('疗效：很满意　态度：满意'));
    expect(out.kind === 'reject' && out.reject.detail).toContain("a patient's review of a doctor");
    expect(staged(review('态度：满意')).kind).not.toBe('reject');
    // A Q&A page with patients' ratings listed under the answer stays a Q&A page.
    const page = html(
      `${QUESTION}_健康问答`,
      `<h1>${QUESTION}</h1>${CARD}<article>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</article><p>2022-06-14 回答</p>` +
        `<section><h4>患者评价</h4><ul><li>王** 疗效：满意 态度：满意</li><li>李** 疗效：一般 态度：满意</li></ul></section>`,
    );
    expect(pageOf(page)!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('doctors’ answers listed one under another, each its text over its card', () => {
  const reply = (text: string, name: string, title: string, hospital: string, day: string) =>
    `<li class="reply"><div class="words"><p>${text}</p></div><div class="sig"><b>${name}</b> <i>${title}</i><p>${hospital}　骨科</p></div><small>回复于 ${day}</small></li>`;
  const page = html(
    `${QUESTION}_问答`,
    `<h1>${QUESTION}</h1><p>提问时间：2022-06-12</p><ul class="replies">${reply(ANSWER.join('</p><p>'), '韩立群', '副主任医师', '滨江市骨科医院', '2022-06-14')}` +
      `<div class="promo"><a href="/zt/1.html">推荐：膝关节疼痛怎么办？点击咨询</a></div>${reply('建议到医院拍片看看，平时注意保暖。', '罗文彬', '主治医师', '滨江市人民医院', '2022-06-15')}</ul>`,
  );

  it('reads the first card’s answer as the text in its own item, not the next doctor’s text after the card', () => {
    const entry = pageOf(page)!;
    expect(entry.doctor.name).toBe('韩立群');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});
