import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Hong Kong charity's Q&A: the answering doctor's byline `解答醫生：{name}醫生（{rank}）　{association}` under the answer (醫務主任, a
 * medical officer in charge, one rank; the association the unit answering), and a registered nurse's `註冊護士李姑娘補充：…` note
 * closing the doctor's text: hers, none of the answer.
 */

const QUESTION = '年輕人總是乏力是什麼病';
const ANSWER = ['年輕人乏力可能是以下原因引起：', '（1）單純的乏力，常常同時伴有轉氨酶升高、右上腹脹等表現，必要時需要手術治療。', '建議及時到醫院消化內科就診，明確診斷後規範治療。'];
const html = (byline: string, nurse: boolean) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION} | 性健康問答</title></head><body><main><article>` +
  `<h1>${QUESTION}</h1><div>發佈日期：<time>2022年5月16日</time></div>` +
  `<div class="field-question"><p><strong>問：</strong>${QUESTION}有沒有什麼好的辦法緩解？</p></div>` +
  `<div class="field-body"><p><strong>答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
  (nurse ? '<p class="nurse-note">註冊護士李姑娘補充：如有需要，可致電熱線預約診所服務。</p>' : '') +
  `</div><div class="field-author"><span class="label">解答醫生：</span>${byline}</div>` +
  '<p class="disclaimer">以上資料只供參考，如有疑問請向醫生查詢。</p></article></main></body></html>';
const pageOf = (byline: string, nurse = false) => entriesOf(extractOrThrow(pageRecord(html(byline, nurse)))).find((e) => e.origin === 'page')!;

describe('a Hong Kong byline: the doctor called by name, the rank in brackets, the association after', () => {
  it('reads 梁偉怡醫生（醫務主任） as the name and the rank, and the association as the unit', () => {
    expect(parseCardParts(['梁伟怡医生（医务主任）　香港家庭计划指导会'])).toMatchObject({ name: '梁伟怡', title: '医务主任', hospital: '香港家庭计划指导会' });
    expect(parseCardParts(['徐霞敏医生（顾问医生）　家计会'])).toMatchObject({ name: '徐霞敏', title: '顾问医生', hospital: '家计会' });
  });

  it('keeps the byline out of the answer and reads its card', () => {
    const page = pageOf('梁偉怡醫生（醫務主任）　香港家庭計劃指導會');
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor).toMatchObject({ name: '梁偉怡', title: '醫務主任', hospital: '香港家庭計劃指導會' });
  });

  it('a person’s name ending in 会 beside the rank is still the name', () => {
    expect(parseCardParts(['王会 主任医师'])).toMatchObject({ name: '王会', title: '主任医师', hospital: null });
  });
});

describe('a registered nurse’s note under the doctor’s answer', () => {
  it('is none of the answer (註冊護士李姑娘補充：)', () => {
    expect(pageOf('梁偉怡醫生（醫務主任）　香港家庭計劃指導會', true).answer_paragraphs).toEqual(ANSWER);
  });
});
