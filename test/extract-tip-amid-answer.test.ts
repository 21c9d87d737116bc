import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A tip under its label amid the doctor's text (`特别提示：…`), the doctor's prose before and after it in the same box: the
 * doctor's advice, kept. A tip in the site's own box after the answer, or one in disclaimer's words, stays out.
 */

const URL = 'https://www.example-pharmacy.cn/ask/55302.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const FIRST = '布地奈德雾化后要及时漱口，把残留在口咽部的药物吐掉，可以减少声音嘶哑和口腔念珠菌感染。';
const TIP = '特别提示：雾化面罩用完要用清水冲洗晾干，每周用开水烫一次，不要和家人混用。';
const LAST = '如果用药一周咳喘没有减轻，请带孩子复诊。';
const page = (middle: string, after = '') =>
  `<html><head><title>孩子雾化后需要漱口吗-药师问答</title></head><body><div class="q"><h1>孩子雾化后需要漱口吗</h1><div class="i">5岁，咳嗽有痰，医生开了布地奈德雾化。<span>2022-10-11</span></div></div>` +
  `<div class="a"><div class="d"><span>孔令飞</span><span>主管药师</span><span>滨江大药房</span></div>` +
  `<div class="txt"><p>${FIRST}</p><p>${middle}</p><p>${LAST}</p></div><div class="t">2022-10-11 20:12</div></div>${after}</body></html>`;

describe('a tip amid the answer', () => {
  it('keeps the doctor’s tip between their prose', () => {
    expect(read(page(TIP, '<div class="tips">温馨提示：药品请在药师指导下使用，处方药须凭处方购买。</div>'))[0]!.answer_paragraphs).toEqual([FIRST, TIP, LAST]);
  });
  it('drops a tip in disclaimer’s words', () => {
    expect(read(page('温馨提示：以上内容仅供参考，具体请遵医嘱。'))[0]!.answer_paragraphs).not.toContain('温馨提示：以上内容仅供参考，具体请遵医嘱。');
  });
});
