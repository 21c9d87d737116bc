import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A line ending in a city's number (`電話：02-2709-3600`): a clinic's slot (`东京华人牙科 中文诊疗 电话：03-4777-5514`) is an ad;
 * a reply's last advice sending the reader to the clinic (`可至本院骨科門診就診 電話：…`) is the answer's.
 */
const TA = ['膝蓋疼痛常見的原因有以下幾種：', '一、與關節退化有關，平時要避免久站久蹲，注意保暖。', '二、運動傷害也會引起疼痛，建議及時到醫院骨科就診。'];
const page = (last: string) => `<html><head><meta charset="utf-8"><title>膝蓋疼痛怎麼辦 - 醫院衛教</title></head><body><div class="q"><h1>膝蓋疼痛怎麼辦？</h1><span>2023-05-06</span></div><div class="card"><p>王小明 骨科 主治醫師 臺北市立某某醫院</p></div><div class="ans">${TA.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a line closing on a city number', () => {
  it('a reply’s advice to come to the clinic stays the answer’s', () => {
    expect(read(page('可至本院骨科門診就診 電話：02-2709-3600')).answer_paragraphs.at(-1)).toBe('可至本院骨科門診就診 電話：02-2709-3600');
  });
  it('a clinic’s slot is none of the answer', () => {
    expect(read(page('東京華人牙科 中文診療 電話：03-4777-5514')).answer_paragraphs).toEqual(TA);
  });
});
