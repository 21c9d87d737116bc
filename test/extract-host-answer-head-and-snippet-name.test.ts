import { describe, expect, it } from 'vitest';
import { isNamedSpacedHead } from '../src/extract/words/answer-labels.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news app's 问吧, where a doctor hosts a topic and answers readers: the host's answer stands under a head naming them by name
 * alone (`东方华文 回答`), and the list of the 问吧's other Q&As prints each snippet after the host's name in an element of its own
 * (`<span>东方华文：</span>…`). The head is a label, none of the answer, however long the name (before, a four-character name's
 * head was read as the answer's first line); the name before a snippet is no word of it (before, kept in the snippet where fewer
 * than three items share it, silently). A subject so set (`<span>建议：</span>`) is the snippet's own word. A reader's 追问 under
 * the answer's stamp ends it, the stamp relative (`5天前`) with the likes run on too (before, that line was read as a widget's,
 * and the 追问 line as the answer's last, flagged).
 */
const page = (name: string, lead = `${name}：`) =>
  `<html><head><meta charset="utf-8"><title>肾结石腰部绞痛吃什么药_${name}的问吧_某某新闻</title></head><body>` +
  `<div class="top"><h1>${name}：泌尿系结石相关问题，欢迎来问</h1><div class="host"><p>${name}</p><p>认证：石门市第二人民医院 泌尿外科 主治医师</p></div></div>` +
  `<div class="ask"><span>澎友Lm7Qe 提问</span><h2>肾结石腰部绞痛吃什么药</h2></div>` +
  `<div class="ans"><p class="who">${name} 回答</p><div class="txt"><p>腰部绞痛多数与肾结石有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。</p></div>` +
  `<div class="ops"><span>2023-05-06 14:22</span><span>赞 31</span></div></div>` +
  `<div class="more"><h3>该问吧的更多问答</h3>` +
  `<div class="it"><a href="/ask_detail_102830">宝宝会阴部坠胀伴有排尿不尽要紧吗</a><p><span>${lead}</span>宝宝会阴部坠胀常见的原因有以下几种：一、单纯的会阴部坠胀，常常同时...</p></div>` +
  `<div class="it"><a href="/ask_detail_102739">中年人肾结石会引起腰部绞痛吗</a><p><span>${lead}</span>肾结石可能是以下原因引起：1.腰部绞痛在夜间加重的，可以配合理疗和适...</p></div></div>` +
  `</body></html>`;
/** The host's answer stamped relative to the serving day, its likes run on (`5天前 赞 31`), then a reader's 追问 and the host's reply. */
const followed = (stamp: string) =>
  page('上官晓磊').replace('<span>2023-05-06 14:22</span><span>赞 31</span></div>', `<span>${stamp}</span><span>赞 31</span></div><div class="fu"><p><b>追问：</b>晚上还是睡不好怎么办？</p><p><b>上官晓磊 回复：</b>可以先调整作息，不行再来复诊。</p></div>`);
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-news.cn/ask_detail_102001' })));

describe('a 问吧 host’s answer and the list of their other answers', () => {
  it('the head `{name} 回答` is none of the answer, for a four-character name too', () => {
    for (const name of ['东方华文', '姜清文']) {
      const own = read(page(name)).find((e) => e.origin === 'page')!;
      expect(own.answer).toBe('腰部绞痛多数与肾结石有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。');
      expect(own.doctor.name).toBe(name);
    }
  });

  it('the host’s name set before each snippet is none of it, where only two items share it', () => {
    const items = read(page('东方华文')).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.answer)).toEqual(['宝宝会阴部坠胀常见的原因有以下几种：一、单纯的会阴部坠胀，常常同时...', '肾结石可能是以下原因引起：1.腰部绞痛在夜间加重的，可以配合理疗和适...']);
  });

  it('a subject set so before the snippet (`建议：`) stays its word', () => {
    const items = read(page('东方华文', '建议：')).filter((e) => e.origin === 'related');
    expect(items[0]!.answer.startsWith('建议：宝宝会阴部坠胀')).toBe(true);
  });

  it('only a personal name heads so: words before the answering word (`如何 回答`, `以下 回复`) name no one', () => {
    expect(isNamedSpacedHead('东方华文 回答')).toBe(true);
    expect(isNamedSpacedHead('如何 回答')).toBe(false);
    expect(isNamedSpacedHead('以下 回复')).toBe(false);
  });

  it('a reader’s 追问 after the answer’s relative stamp with its counters (`5天前 赞 31`) ends the answer, as after a full day', () => {
    for (const stamp of ['5天前', '2023-05-06 14:22']) {
      const own = read(followed(stamp)).find((e) => e.origin === 'page')!;
      expect(own.answer).toBe('腰部绞痛多数与肾结石有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。');
    }
  });
});
