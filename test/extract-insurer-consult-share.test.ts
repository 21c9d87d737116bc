import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An insurer's app shares a text consultation as its chat: the header prints the day in full (`问诊时间：2020-06-30 18:40`),
 * the doctor's card, the app's 健康管家 greeting, perhaps an AI's pre-consultation summary (`智能预问诊小结（AI生成）`), then the
 * rows classed by side (`msg patient` / `msg doctor`), stamped with the month and day only (`06-30 18:47`). The asker's bubbles
 * are theirs, the doctor's the answer, dated in the header's year; a title naming a 图文问诊记录 says the answer is text.
 */

const ASKED = '耳鸣是怎么回事';
const ANSWER = ['耳鸣常见的原因有以下几种：', '1.年龄超过60岁的，要避免辛辣刺激和油腻的食物，做到早发现、早治疗。', '建议及时到医院心血管内科就诊，明确诊断后规范治疗。'];
const page = ({ title = '图文问诊记录', ai = false } = {}) => `<html><head><meta charset="utf-8"><title>${title}-某某健康</title></head><body>
<div class="bar">${title}</div>
<div class="consult">
<div class="order"><p>问诊时间：2020-06-30 18:40</p><p>服务单号：PH202006301840148354</p></div>
<div class="doc-card"><img src="/doctor/a1.png"><div><p class="dn">卢晨 <span>主治医师</span></p><p>西陵市医科大学附属医院 心血管内科</p></div></div>
<div class="msg system"><div class="bubble">您好，我是您的专属健康管家小保，已为您匹配心血管内科医生，请耐心等待医生回复。</div></div>
${ai ? '<div class="ai-card"><p class="ai-hd">智能预问诊小结（AI生成）</p><p>主诉：最近一段时间一直这样，不知道是什么原因。</p><p>既往史：否认</p></div>' : ''}
<div class="msg patient"><span class="stamp">06-30 18:40</span><div class="bubble">${ASKED}</div></div>
<div class="msg patient"><div class="bubble">去社区医院看过，吃了药也不见好。</div></div>
<div class="msg doctor"><span class="stamp">06-30 18:47</span><div class="bubble"><p>${ANSWER[0]}</p></div></div>
${ANSWER.slice(1).map((p) => `<div class="msg doctor"><div class="bubble"><p>${p}</p></div></div>`).join('\n')}
<div class="msg tip">本次问诊已结束</div>
<div class="promo"><p>少儿重疾险 限时优惠</p><a href="/h5/product/916d6e">立即投保</a></div>
</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('an insurer app’s shared consultation record', () => {
  it('the asker’s next bubble, classed as their first, is none of the answer', () => {
    const own = read(page());
    expect(own.question).toBe(ASKED);
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('the doctor’s stamp with no year is of the year the header prints', () => {
    expect(read(page()).date).toBe('2020-06-30');
  });

  it('a title naming the record a 图文问诊 says the answer is text; a bare 问诊记录 says nothing', () => {
    expect(read(page()).format).toBe('text');
    expect(read(page({ title: '问诊记录' })).format).toBe('unknown');
  });

  it('the AI’s pre-consultation summary, its head noting the AI drew it, is neither the question nor the answer', () => {
    const own = read(page({ ai: true }));
    expect(own.question).toBe(ASKED);
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});
