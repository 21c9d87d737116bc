import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on transcripts' labels, media tags in related items, the asker's line, hot-question boxes, consultation records, follow-up rounds and the patient's thanks.
 * What the blind split fresh-44 (pages modelled on the large real sites of the genre) taught the genre reader, each rule on a small page of its own.
 */

const read = (html: string, url = 'https://m.kangjian-wenda.cn/question/55812.html') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const pageOf = (html: string) => read(html).find((e) => e.origin === 'page');
const relatedOf = (html: string) => read(html).filter((e) => e.origin === 'related');

const ANSWER = ['孩子夜里咳嗽加重多与鼻涕倒流、气道敏感有关，睡前可以用生理盐水洗鼻，枕头稍垫高。', '咳嗽超过两周、伴有发热或喘息时，请到儿科查血常规和胸片。'];
const CARD = `<section class="expert"><b>林嘉禾</b> <i>副主任医师</i><div>三甲 · 江北市儿童医院 · 儿科</div></section>`;

describe('a recording’s format shown by its player and its transcript’s label', () => {
  const page = (player: string, label: string) =>
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title></head><body>` +
    `<h1>孩子晚上咳嗽厉害怎么办</h1>${CARD}` +
    `<section class="reply">${player}<h5>${label}</h5>${ANSWER.map((p) => `<div>${p}</div>`).join('')}</section>` +
    `<footer><span>回答于 2023年04月11日</span></footer></body></html>`;

  it('reads a video answer by its 视频文字版 label under the poster: the answer the transcript, the format video', () => {
    const entry = pageOf(page(`<figure><img src="/v/cover-5512.jpg" alt=""><figcaption>03:26</figcaption></figure>`, '视频文字版'))!;
    expect(entry.format).toBe('video');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-04-11');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads 音频转文字 as a voice answer’s transcript', () => {
    expect(pageOf(page(`<figure><img src="/a/wave.png" alt=""><figcaption>02:05</figcaption></figure>`, '音频转文字'))!.format).toBe('voice');
  });

  it('leaves a bare 文字版 with no player word naming no format', () => {
    expect(pageOf(page('', '文字版'))!.format).toBe('unknown');
  });
});

describe('a related list whose items carry their medium’s tag before the answering doctor', () => {
  const item = (n: number, tag: string) =>
    `<li><a href="/question/${56000 + n}.html"><strong>宝宝咳嗽有痰呼噜呼噜怎么办${n}</strong>` +
    `<div class="by"><em>${tag}</em> 周晓雯 主治医师</div>` +
    `<div class="txt">痰多时可以拍背帮助排痰，多喝温水，室内保持一定湿度，症状加重及时就诊${n}。</div></a></li>`;
  const html =
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title></head><body>` +
    `<h1>孩子晚上咳嗽厉害怎么办</h1>${CARD}<section class="reply">${ANSWER.map((p) => `<div>${p}</div>`).join('')}<p>2023-04-11 回答</p></section>` +
    `<section><h3>大家都在问</h3><ul>${item(1, '语音 38″')}${item(2, '视频 01:52')}${item(3, '图文')}${item(4, '[语音] 1\'05"')}</ul></section></body></html>`;

  it('reads each tag as its item’s format, none of the tag or the byline as its snippet', () => {
    const items = relatedOf(html);
    expect(items.map((i) => i.format)).toEqual(['voice', 'video', 'text', 'voice']);
    expect(items[0]!.answer_paragraphs).toEqual(['痰多时可以拍背帮助排痰，多喝温水，室内保持一定湿度，症状加重及时就诊1。']);
    expect(items.every((i) => !i.flags.includes('unsure_reading'))).toBe(true);
  });
});

describe('the asker’s sex, age and day under the question', () => {
  const page = (answerDay: string) =>
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title></head><body>` +
    `<main><h1>孩子晚上咳嗽厉害怎么办</h1><div class="asker">男 | 5岁 2023-04-09</div><p>病情描述：咳了一个星期了，晚上更厉害。</p>` +
    `<div class="ans">${CARD}${ANSWER.map((p) => `<div>${p}</div>`).join('')}<small>${answerDay}</small></div></main></body></html>`;

  it('dates the answer by its own day, not the day asked above it', () => {
    const entry = pageOf(page('2023-04-11 08:15'))!;
    expect(entry.date).toBe('2023-04-11');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads the asker’s line after the reward offered for an answer (悬赏20分) as the asker’s too', () => {
    const entry = pageOf(page('2023-04-11 08:15').replace('<div class="asker">', '<div class="asker"><b>悬赏20分</b> '))!;
    expect(entry.date).toBe('2023-04-11');
  });

  it('borrows no day from the asker’s line where the answer’s day is printed without its year', () => {
    expect(pageOf(page('04-11 08:15'))!.date).toBeNull();
  });
});

describe('a box of hot questions printed as 问：/答： pairs, the page’s only list of answered questions', () => {
  const html = (head: string, pairs: boolean) =>
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title><link rel="canonical" href="https://wenda.kangjian.cn/q/88120.html"></head><body>` +
    `<h1>孩子晚上咳嗽厉害怎么办</h1>${CARD}<section class="reply">${ANSWER.map((p) => `<div>${p}</div>`).join('')}<p>2023-04-11 回答</p></section>` +
    `<aside><h4>${head}</h4><dl>` +
    [1, 2, 3]
      .map((n) => `<dt>${pairs ? '问：' : ''}<a href="/q/${88200 + n}.html">宝宝咳嗽有痰怎么办${n}</a></dt><dd>${pairs ? '答：' : ''}痰多时可以拍背帮助排痰，多喝温水，保持室内湿度${n}。</dd>`)
      .join('') +
    `</dl></aside><section><h4>相关文章</h4><ul><li><a href="https://jbk.kangjian.cn/kesou/">小儿咳嗽的日常护理</a></li><li><a href="https://jbk.kangjian.cn/kesou2/">小儿咳嗽的预防措施</a></li></ul></section></body></html>`;

  it('reads its items as the related list, the article links none', () => {
    const items = read(html('热门问答', true), 'https://wenda.kangjian.cn/q/88120.html').filter((e) => e.origin === 'related');
    expect(items.map((i) => i.question)).toEqual(['宝宝咳嗽有痰怎么办1', '宝宝咳嗽有痰怎么办2', '宝宝咳嗽有痰怎么办3']);
    expect(items[0]!.answer_paragraphs).toEqual(['痰多时可以拍背帮助排痰，多喝温水，保持室内湿度1。']);
  });

  it('still takes a feed of bare items (no 问：/答：) as the site’s, not the page’s related list', () => {
    expect(read(html('热门问答', false), 'https://wenda.kangjian.cn/q/88120.html').filter((e) => e.origin === 'related')).toEqual([]);
  });
});

describe('a consultation record: the patient’s form, the signed reply, the doctor’s card in a side column', () => {
  const record = (cardFirst: boolean) => {
    const card =
      `<aside class="doc"><img src="/avatar/7731.jpg"><h4>林嘉禾</h4><div>副主任医师</div><div>江北市儿童医院 儿科</div>` +
      `<ol><li>问诊量 2210</li><li>满意度 99%</li></ol><a href="/ask/7731">向TA咨询</a></aside>`;
    const main =
      `<article><h1>孩子晚上咳嗽厉害怎么办</h1>` +
      `<section class="post"><table><tr><th>病情描述：</th><td>咳了一个星期了，晚上更厉害。</td></tr><tr><th>希望获得的帮助：</th><td>需要做哪些检查</td></tr></table><div class="when">2023-04-08 21:14</div></section>` +
      `<section class="post"><div class="who">林嘉禾医生回复</div><div class="txt">${ANSWER.map((p) => `<div>${p}</div>`).join('')}</div><div class="when">2023-04-11 08:15</div></section>` +
      `<section><h3>相关问诊</h3><ul>${[1, 2, 3].map((n) => `<li><a href="/wenda/${n}.html">宝宝咳嗽有痰怎么办${n}</a><p>痰多时可以拍背帮助排痰，多喝温水${n}。</p></li>`).join('')}</ul></section></article>`;
    return `<html><head><title>孩子晚上咳嗽厉害怎么办_林嘉禾医生的问诊</title></head><body>${cardFirst ? card + main : main + card}</body></html>`;
  };

  for (const cardFirst of [false, true]) {
    it(`reads the card (${cardFirst ? 'before' : 'after'} the content), its avatar no grade badge; dates the answer by the reply, not the form’s day`, () => {
      const entry = pageOf(record(cardFirst))!;
      expect(entry.doctor).toMatchObject({ name: '林嘉禾', title: '副主任医师', hospital: '江北市儿童医院', department: '儿科' });
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.date).toBe('2023-04-11');
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }
});

describe('follow-up rounds under the answer, each run into its 追问： head and stamped', () => {
  const html =
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title></head><body>` +
    `<h1>孩子晚上咳嗽厉害怎么办</h1>${CARD}<section class="reply">${ANSWER.map((p) => `<div>${p}</div>`).join('')}<div><time>2023-04-11 08:15</time></div>` +
    `<ul class="more"><li>追问：晚上需要开加湿器吗？<small>2023-04-12 09:30</small></li><li>医生回复：可以，湿度保持在百分之五十左右。<small>2023-04-12 12:02</small></li></ul></section></body></html>`;

  it('keeps the doctor’s first reply as the answer, the rounds none of it, their days no date of it', () => {
    const entry = pageOf(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-04-11');
  });
});

describe('the patient’s thanks after a signed reply', () => {
  const html =
    `<html><head><title>孩子晚上咳嗽厉害怎么办_健康问答</title></head><body>` +
    `<h1>孩子晚上咳嗽厉害怎么办</h1>${CARD}` +
    `<div class="turn"><div><strong>林嘉禾医生回复</strong></div>${ANSWER.map((p) => `<div>${p}</div>`).join('')}<span>2023-04-11 08:15</span></div>` +
    `<div class="turn"><div><strong>患者</strong></div><div>好的，谢谢大夫</div><span>2023-04-12 19:40</span></div></body></html>`;

  it('keeps the thanks and its day out of the answer', () => {
    const entry = pageOf(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-04-11');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
