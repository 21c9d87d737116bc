import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A portal's Q&A page listing two doctors' answers in one template: the one the site invited, tagged `特约专家`, and another
 * doctor's added opinion tagged `补充意见`, printed before it or after it. The tagged expert's answer is the page's (its card, its
 * text, its day), wherever it stands; the other's none of it. A lone `特约专家` box over a guest's card marks no answer among others.
 */

const EXPERT = ['偏头痛发作时可以先在安静昏暗的环境中休息。', '发作频繁的患者应到神经内科就诊，在医生指导下预防性用药。'];
const OTHER = ['可以先观察几天，注意休息。'];
const expert = `<div class="reply reply-vip"><em class="tag">特约专家</em>
<div class="who"><b>孙立群</b>　主任医师<br>北岸市中心医院　神经内科</div>
<p class="when">答复时间：2021-03-04 10:20</p>
<div class="body">${EXPERT.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const other = `<div class="reply reply-more"><em class="tag">补充意见</em>
<div class="who"><b>钱小伟</b>　医师<br>南屏市第二人民医院　全科医学科</div>
<p class="when">答复时间：2021-03-09 16:45</p>
<div class="body">${OTHER.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const page = (answers: string) => `<html><head><meta charset="utf-8"><title>经常偏头痛怎么缓解_问答频道_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ask/">问答频道</a></div>
<h1>经常偏头痛怎么缓解</h1>
<p class="meta">提问者：李**　提问时间：2021-03-02 08:10</p>
<div class="replies"><h2>全部回答</h2>
${answers}
</div>
<div class="foot">某某网 版权所有</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('the invited expert’s answer among answers listed alike', () => {
  it('is the page’s where the other doctor’s opinion stands first', () => {
    const own = read(page(`${other}\n${expert}`));
    expect(own.doctor.name).toBe('孙立群');
    expect(own.doctor.hospital).toBe('北岸市中心医院');
    expect(own.answer_paragraphs).toEqual(EXPERT);
    expect(own.date).toBe('2021-03-04');
  });

  it('and where it stands first', () => {
    const own = read(page(`${expert}\n${other}`));
    expect(own.doctor.name).toBe('孙立群');
    expect(own.answer_paragraphs).toEqual(EXPERT);
    expect(own.date).toBe('2021-03-04');
  });

  it('a lone guest box tagged so marks no answer: the text under it is the answer', () => {
    const html = `<html><head><meta charset="utf-8"><title>经常偏头痛怎么缓解_某某网</title></head><body>
<h1>经常偏头痛怎么缓解</h1>
<div class="guest"><span class="tag">特约专家</span><p>孙立群　主任医师</p><p>北岸市中心医院　神经内科</p><p>擅长头痛、眩晕的诊治。</p></div>
<div class="text">${EXPERT.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="also"><p>钱小伟　副主任医师</p><p>南屏市第二人民医院　全科医学科</p></div>
</body></html>`;
    expect(read(html).answer_paragraphs).toEqual(EXPERT);
  });
});
