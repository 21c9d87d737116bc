import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on other templates of real sites (mobile pages, redesigns): format chips, yearless days, 猜你喜欢, product cards, the asker's line and consult threads.
 * What fresh-51 (other templates of real sites: mobile pages, redesigns) taught the genre reader.
 */

const URL = 'https://m.wenyi.example/qa/20871.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const pageOf = (page: string) => read(page).find((e) => e.origin === 'page')!;
const relatedOf = (page: string) => read(page).filter((e) => e.origin === 'related');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];
const card = `<section class="author"><strong>梁慧敏</strong> <em>副主任医师</em><div>南湖市妇幼保健院 儿科</div></section>`;
const snippet = (q: string) => `${q.replace(/[？?]$/u, '')}的原因比较多，建议先观察孩子的精神和饮食，症状持续时及时就医。`;

describe('a format word in an element of its own at the head of an item’s link is the item’s format, none of its question', () => {
  // Cards of a list, each one link: a chip (<em>) before the question (<strong>), the snippet under them.
  const chipCard = (n: number, chip: string | null, q: string) =>
    `<li><a href="/qa/2${n}.html">${chip === null ? '' : `<em class="badge">${chip}</em>`}<strong>${q}</strong><div class="sum">${snippet(q)}</div></a></li>`;
  const page = (items: string) => html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}${ps(ANSWER)}<div>2022-10-14</div><h2>相关问答</h2><ul>${items}</ul>`);

  it('the chip is read as the format and left out of the question', () => {
    const related = relatedOf(page([chipCard(1, '视频', '宝宝咳嗽有痰吃什么药'), chipCard(2, '语音', '孩子干咳无痰怎么回事'), chipCard(3, '图文', '儿童咳嗽反复发作要紧吗')].join('')));
    expect(related.map((e) => e.question)).toEqual(['宝宝咳嗽有痰吃什么药', '孩子干咳无痰怎么回事', '儿童咳嗽反复发作要紧吗']);
    expect(related.map((e) => e.format)).toEqual(['video', 'voice', 'text']);
  });

  it('a question that only begins with the word, in one text with the rest, keeps it', () => {
    const related = relatedOf(page([chipCard(1, null, '视频问诊能开处方吗'), chipCard(2, '语音', '孩子干咳无痰怎么回事'), chipCard(3, null, '语音通话问诊怎么收费')].join('')));
    expect(related.map((e) => e.question)).toEqual(['视频问诊能开处方吗', '孩子干咳无痰怎么回事', '语音通话问诊怎么收费']);
    expect(related.map((e) => e.format)).toEqual(['unknown', 'voice', 'unknown']);
  });
});

describe('a row of chips under the question, one a format word, gives the page’s format', () => {
  const page = (row: string) => html(`${QUESTION}-问医生`, `<header class="q"><h1>${QUESTION}</h1>${row}</header>${card}${ps(ANSWER)}<div>2022-10-14</div>`);

  it('the chip’s word is the answer’s format', () => {
    expect(pageOf(page(`<p class="labels"><i>儿科</i> <i>视频</i> <i>已解决</i></p>`)).format).toBe('video');
    expect(pageOf(page(`<p class="labels"><i>儿科</i> <i>语音</i></p>`)).format).toBe('voice');
  });

  it('not a menu of links that names the site’s sections', () => {
    expect(pageOf(page(`<p class="labels"><a href="/ks/">儿科</a> <a href="/video/">视频</a></p>`)).format).toBe('unknown');
  });
});

describe('a day printed without its year after the answer dates nothing and is none of the answer', () => {
  it('`5月6日` under the answer is no paragraph of it, and no date', () => {
    for (const day of ['5月6日', '05月06日 14:22']) {
      const own = pageOf(html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}<article>${ps(ANSWER)}<footer>${day}</footer></article>`));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBeNull();
    }
  });
});

describe('猜你喜欢 heads a related list', () => {
  it('its two linked questions with their snippets are the page’s related items', () => {
    const item = (n: number, q: string) => `<div class="rec"><a href="/qa/3${n}.html"><b>${q}</b></a><p>${snippet(q)}</p></div>`;
    const page = html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}${ps(ANSWER)}<div>2022-10-14</div><section><h4>猜你喜欢</h4>${item(1, '小孩咳嗽吐了怎么办')}${item(2, '孩子咳嗽一个月不好怎么办')}</section>`);
    expect(relatedOf(page).map((e) => e.question)).toEqual(['小孩咳嗽吐了怎么办', '孩子咳嗽一个月不好怎么办']);
    expect(pageOf(page).related_urls).toHaveLength(2);
  });
});

describe('a product card set inside the answer’s text does not end it', () => {
  it('the day printed after the card dates the answer', () => {
    const drug = `<aside class="goods"><h6>推荐用药</h6><a href="/goods/8812.html"><img src="/g/8812.jpg"><dl><dt>小儿止咳糖浆</dt><dd>100ml/瓶</dd><dd>¥18.50</dd></dl></a><a class="buy" href="/cart/add?id=8812">立即购买</a></aside>`;
    const own = pageOf(html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}<div class="txt"><p>${ANSWER[0]}</p>${drug}</div><div class="time">2022-10-14</div>`));
    expect(own.answer_paragraphs).toEqual([ANSWER[0]]);
    expect(own.date).toBe('2022-10-14');
  });
});

describe('the asker’s line under the question, opening with their name or its stand-in, dates no answer', () => {
  it('the marked answer’s own day is the date, not the day asked', () => {
    const answer = (name: string, mark: string, text: string, day: string) =>
      `<li class="reply"><div class="who"><a href="/dr/${name.length}.html">${name}</a> <span>主治医师</span>${mark}<div>南湖市人民医院 儿科</div></div><div>${text}</div><small>${day}</small></li>`;
    const page = html(
      `${QUESTION}-问医生`,
      `<h1>${QUESTION}</h1><div class="asker">游客 | 男 | 6岁 | 2022-10-11</div><ul>` +
        answer('邱文', '', '注意观察，多喝温水，咳嗽加重及时就医。', '2022-10-11 09:12') +
        answer('梁慧敏', ' <span class="mark">提问者采纳</span>', ps(ANSWER), '2022-10-13 20:40') +
        `</ul>`,
    );
    const own = pageOf(page);
    expect(own.doctor.name).toBe('梁慧敏');
    expect(own.date).toBe('2022-10-13');
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('a picture is beside the hospital only on the hospital’s line', () => {
  const page = (who: string) => html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1><div class="doctor">${who}</div>${ps(ANSWER)}<div>2022-10-14</div>`);

  it('an avatar opening the name’s line, the hospital in a block under it, raises no doubt of a pictured grade', () => {
    const own = pageOf(page(`<img src="/face/31.png"><b>梁慧敏</b> <span>副主任医师</span><div>南湖市妇幼保健院 儿科</div>`));
    expect(own.doctor).toMatchObject({ name: '梁慧敏', hospital: '南湖市妇幼保健院', hospital_grade: null });
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a picture on the hospital’s line still does', () => {
    const own = pageOf(page(`<b>梁慧敏</b> <span>副主任医师</span><div>南湖市妇幼保健院 <img src="/lv/3a.png"> 儿科</div>`));
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('a consult thread of posts, each closed by its stamp', () => {
  // Each post a box: the speaker over the text, the stamp under it; the doctor's card in a side column before the thread.
  const side = `<div class="side"><p><a href="/dr/qiu.htm">邱文静大夫</a></p><p>主治医师</p><p><a href="/h/1.htm">南湖市人民医院</a></p><p>儿科</p><p><a href="/dr/qiu.htm">个人网站</a></p></div>`;
  const post = (who: string, lines: readonly string[], stamp: string) => `<div class="post"><h6>${who}：</h6><div class="body">${lines.join('<br>')}</div><div class="at">${stamp}</div></div>`;
  const page = (posts: string) => html(`${QUESTION}-咨询`, `${side}<div class="main"><h1>${QUESTION}</h1>${posts}</div>`);
  const asked = post('患者', ['孩子6岁，晚上咳嗽，白天还好。'], '2020-03-01 21:10:05');

  it('the card’s name is the one before 大夫; the answer the doctor’s post, dated by its own stamp, not the asker’s', () => {
    const own = pageOf(page(asked + post('医生', ANSWER, '2020-03-02 08:30:41')));
    expect(own.doctor).toMatchObject({ name: '邱文静', title: '主治医师', hospital: '南湖市人民医院' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2020-03-02');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the asker asking again after the answer opens a round: it and the doctor’s reply are none of the answer', () => {
    const rounds = post('患者', ['那需要做什么检查吗？'], '2020-03-03 10:02:11') + post('医生', ['先查个血常规就可以。'], '2020-03-04 19:20:00');
    const own = pageOf(page(asked + post('医生', ANSWER, '2020-03-02 08:30:41') + rounds));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2020-03-02');
  });
});
