import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a parenting community's bylines and a site that signs each answer under it.
 * What fresh-47's babytree-ask and fh21-ask (a parenting community's Q&A, a site that signs each answer under it) taught the genre reader.
 */

const URL = 'https://www.yuer.example/wenda/88213.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('a mother’s byline with her nickname run into her baby’s age ends the doctor’s answer', () => {
  const QUESTION = '宝宝夜里总是哭闹是怎么回事';
  const ANSWER = ['宝宝夜里哭闹多与白天受惊、肠胀气或者缺钙有关，先排除饥饿和尿布不适。', '睡前不要过度逗玩，若伴有发热、呕吐，请及时到儿科就诊。'];
  // The nickname and the badge are two inline elements with no space between: a browser runs them together.
  const page = (byline: string) =>
    html(
      `${QUESTION}-育儿问答`,
      `<h1>${QUESTION}</h1><section><div><strong>何雅琴</strong> <em>副主任医师</em> <span>江北市妇幼保健院 儿科</span></div>${ps(ANSWER)}<small>2022-10-11</small></section>
<section><div>${byline}</div><p>我家也是，过段时间自己就好了</p><small>2022-10-12</small></section>`,
    );

  it('`妞妞妈2021宝宝10个月` over a mother’s reply is none of the answer', () => {
    expect(pageOf(page('<b>妞妞妈2021</b><i>宝宝10个月</i>'))!.answer_paragraphs).toEqual(ANSWER);
  });

  it('so is `小米粒麻麻怀孕30周`', () => {
    expect(pageOf(page('<b>小米粒麻麻</b><i>怀孕30周</i>'))!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('of answers listed text over card, each in its own item, the first doctor’s text is read from its item', () => {
  const QUESTION = '腰椎间盘突出需要做手术吗';
  const FIRST = ['腰椎间盘突出多数不需要手术，先卧床休息、理疗和口服消炎止痛药。', '如果出现大小便失禁或者下肢无力加重，再考虑手术治疗。'];
  const item = (text: readonly string[], sign: string, day: string) => `<li class="reply">${ps(text)}<div class="sign">答复医生：${sign}</div><div>${day} 09:12</div></li>`;
  const page = html(
    `${QUESTION}_在线问诊`,
    `<h1>${QUESTION}</h1><div class="asker">网友：刘** 男 45岁 2021-07-01 08:30</div><div class="desc">腰痛半年，最近腿麻。</div>
<ul class="replies">${item(FIRST, '宋立军 主任医师 河西市骨科医院 脊柱外科', '2021-07-02')}
${item(['您好，建议先做个核磁共振看看压迫程度。'], '周晓红 主治医师 河西市人民医院 骨科', '2021-07-03')}</ul>`,
  );

  it('the first doctor’s text, not the next doctor’s after its card', () => {
    const own = pageOf(page)!;
    expect(own.doctor.name).toBe('宋立军');
    expect(own.answer_paragraphs).toEqual(FIRST);
  });
});

describe('the asker named by a label and the head of the list of answers are none of a lone signed answer', () => {
  const QUESTION = '孩子反复咳嗽有痰怎么办';
  const ANSWER = ['反复咳嗽有痰多见于支气管炎或者过敏，先查血常规和胸片。', '多喝温水，拍背排痰，症状加重要及时复诊。'];
  const page = (asker: string, head: string) =>
    html(
      `${QUESTION}_问医生`,
      `<h1>${QUESTION}</h1><div>${asker}</div><div>病情描述：咳嗽一周了，晚上更重。</div>
<div class="answers"><div class="count">${head}</div><div class="one"><div class="txt">${ps(ANSWER)}</div><div class="who">答复医生：邱海燕 主治医师 南湖市儿童医院 呼吸内科</div><div>2022-11-20 10:40</div></div></div>`,
    );

  it('`提问人：陈** 性别：女 年龄：5岁 提问时间：…` and `共有1位医生回答` over it are passed over', () => {
    expect(pageOf(page('提问人：陈**　性别：女　年龄：5岁　提问时间：2022-11-19 21:05', '共有1位医生回答'))!.answer_paragraphs).toEqual(ANSWER);
  });
});
