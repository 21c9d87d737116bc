import { describe, expect, it } from 'vitest';
import { isVerifiedBadge } from '../src/extract/words/card-words.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An app's share page of a consultation (an insurer's 问医生 H5): the doctor's card carries the platform's badge, its brand
 * before 认证 or its programme's 家庭医生 (`平安认证`, `安心家庭医生`), glued after the name or on a line of its own; the
 * platform's service helper (`健康管家 小安`) acknowledges the question before the doctor and closes the consultation after
 * the answer. Neither the badge nor the helper's words are the doctor's name or answer. What the blind split fresh-78 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-ins.cn/health/ask/share?id=88' })));
const ANSWER = ['颈椎病可能是以下原因引起：', '一、有颈椎病病史的患者，多数在4到8天内逐渐缓解，一般可以逐渐缓解。', '二、可能是颈椎受到刺激，做到早发现、早治疗。'];
const helper = (words: string, day: string) =>
  `<div class="m"><div class="w"><img src="/k.png"><span>健康管家 小安</span></div><p>${words}</p><span class="t">${day}</span></div>`;
const page = (card: string, closing: string) => `<html><head><title>颈椎病吃什么好 - 安心在线</title></head><body>
<div class="q"><h1>颈椎病吃什么好</h1><p>平时工作比较忙，作息不太规律。</p><div class="meta"><span>2023-05-06 14:22</span></div></div>
${helper('您好，已收到您的问题，正在为您匹配颈椎病相关的医生，请稍候。', '2023-05-06 14:30')}
<section class="a"><h2>医生回复</h2><div class="d"><img src="/d.png"><div>${card}</div></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="f"><span>2023-05-07 09:12</span> · <span>627人觉得有用</span></div></section>
${closing}
<p class="tip">本服务由合作医疗机构提供，医生回复仅供参考，不能作为诊断及治疗依据。</p></body></html>`;

describe('a platform’s badge on the card and its helper’s messages', () => {
  it('the badge is a verification badge, and the helper’s line a byline; lookalikes are neither', () => {
    for (const line of ['平安认证', '安心家庭医生', '实名认证']) expect(isVerifiedBadge(line), line).toBe(true);
    for (const line of ['医生已通过平台的认证审核', '家庭医生', '②联系签约家庭医生', '联系您的家庭医生', '需要认证', '通过认证']) expect(isVerifiedBadge(line), line).toBe(false);
    for (const line of ['健康管家 小安', '客服小美', '辣妈帮小帮手 官方', '服务助手 Lily']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['健康管家建议', '联系客服', '客服电话', '小助手', '健康管家小贴士', '健康管家 提醒您', '客服小提示']) expect(isMemberByline(line), line).toBe(false);
  });

  it('a badge glued after the name is none of the name', () => {
    const [own] = read(page('<p>余颖<span class="b">安心家庭医生</span></p><p>主治医师<i>|</i>骨科</p><p>江州市中心医院</p>', ''));
    expect(own!.doctor).toMatchObject({ name: '余颖', title: '主治医师', department: '骨科', hospital: '江州市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a badge on its own line under a one-line card is none of the answer', () => {
    const [own] = read(page('<p><b>蒋颖</b> 主治医师 · 骨科 · 江州市中心医院</p><span class="b">平安认证</span>', ''));
    expect(own!.doctor).toMatchObject({ name: '蒋颖', title: '主治医师', department: '骨科', hospital: '江州市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('the helper’s closing message after the answer is none of it', () => {
    const [own] = read(page('<p>余颖<span class="b">平安认证</span></p><p>主治医师<i>|</i>骨科</p><p>江州市中心医院</p>', helper('如还有疑问可继续追问医生；客户可享免费体检预约服务。', '2023-05-08 11:24')));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-07');
  });

  it('a head of the doctor’s own advice naming the role (健康管家小贴士, 健康管家 提醒您) is none of a byline: the answer goes on, dated by its stamp', () => {
    const tips = ['平时注意保持正确的坐姿，每工作一小时起身活动颈部五分钟。', '睡觉时枕头不宜过高，以一拳高度为宜。'];
    for (const head of ['健康管家小贴士', '健康管家 提醒您']) {
      const html = page('<p>余颖</p><p>主治医师<i>|</i>骨科</p><p>江州市中心医院</p>', '').replace(
        `${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`,
        `${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>${head}</p>${tips.map((p) => `<p>${p}</p>`).join('')}</div>`,
      );
      const [own] = read(html);
      expect(own!.answer_paragraphs, head).toEqual([...ANSWER, head, ...tips]);
      expect(own!.date, head).toBe('2023-05-07');
    }
  });

  it('a step of the answer’s list naming a family doctor (②联系签约家庭医生) is no badge: the answer goes on', () => {
    const steps = ['如果出现手臂麻木、头晕，请及时：', '①到医院骨科就诊', '②联系签约家庭医生', '平时注意保持正确的坐姿，每工作一小时起身活动颈部五分钟。'];
    const html = page('<p>余颖</p><p>主治医师<i>|</i>骨科</p><p>江州市中心医院</p>', '')
      .replace(`${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`, `${ANSWER.map((p) => `<p>${p}</p>`).join('')}${steps.map((p) => `<p>${p}</p>`).join('')}</div>`)
      .replace('<div class="f"><span>2023-05-07 09:12</span> · <span>627人觉得有用</span></div>', '');
    const [own] = read(html);
    expect(own!.answer_paragraphs).toEqual([...ANSWER, ...steps]);
  });
});
