import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's Q&A page printing a colleague who joined the consultation on a line of its own beside the answering doctor's card
 * (`参与会诊：name title department`, `会诊医生：…`), before or after it (fresh-113): the colleague is none of the card.
 */
const ANSWER = ['胃痛反复发作，建议先做胃镜检查，明确有无溃疡。', '平时饮食规律，少吃辛辣刺激的食物。'];
const page = (colleague: string, first: boolean) => {
  const card = '<div class="zj"><span>答疑专家：</span><b>欧阳明</b> <span>主任医师</span> <span>消化内科</span></div>';
  const aside = `<div class="hz">${colleague}</div>`;
  return `<html><head><meta charset="utf-8"><title>胃痛反复发作怎么办-专家答疑-江州市中心医院</title></head><body>
<div class="top">江州市中心医院</div>
<h2>胃痛反复发作怎么办？</h2>
${first ? `${aside}\n${card}` : `${card}\n${aside}`}
<div class="da">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p>回复时间：2023-05-06 10:20</p>
<div class="foot">江州市中心医院 版权所有</div></body></html>`;
};
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a 会诊 colleague’s line beside the answering card', () => {
  for (const label of ['参与会诊：', '会诊专家：']) {
    for (const first of [true, false]) {
      it(`takes the card, not the colleague (${label}, ${first ? 'before' : 'after'} the card)`, () => {
        expect(doctorOf(page(`${label}宋海燕 副主任医师 影像科`, first))).toMatchObject({ name: '欧阳明', title: '主任医师', department: '消化内科' });
      });
    }
  }
});
