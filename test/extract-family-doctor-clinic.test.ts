import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A GP abroad (Australia, Hong Kong) works at a 醫務所 / 医务所, a clinic by the word overseas Chinese papers print for it; a Macau
 * doctor at a 醫療所 (`工人醫療所`), a clinic too.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const QUESTION = '男性牙龈出血口臭是怎么回事？';
const ANSWER = ['男性牙龈出血的处理要根据病情轻重来决定，多数与牙周炎有关。', '建议及时到医院口腔科就诊，明确诊断后规范治疗。'];
const letter = (card: string) =>
  html(QUESTION, `<h1>${QUESTION}</h1><p>读者问：刷牙时牙龈总出血，还有口臭。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>${card}</p>`);

describe('a family doctor’s clinic', () => {
  it('reads a GP’s 医务所 as the hospital, with no doubt on it', () => {
    const entry = pageOf(letter('（邵红秀医生　家庭医生（GP）MBBS, FRACGP　好市围家庭医务所）'));
    expect(entry.doctor).toMatchObject({ name: '邵红秀', title: '家庭医生', department: null, hospital: '好市围家庭医务所' });
    expect(entry.flags).not.toContain('unsure_reading');
    expect(parseCardParts(['侯晨蘭醫生', '家庭醫生', '好市圍家庭醫務所']).hospital).toBe('好市圍家庭醫務所');
  });

  it('reads a 醫療所 run on into its department as the hospital, the department after it', () => {
    const entry = pageOf(letter('解答：蘇志剛　工人醫療所心臟科主治醫生'));
    expect(entry.doctor).toMatchObject({ name: '蘇志剛', title: '主治醫生', department: '心臟科', hospital: '工人醫療所' });
    expect(parseCardParts(['职工医疗所外科', '主治医师']).hospital).toBe('职工医疗所');
  });
});
