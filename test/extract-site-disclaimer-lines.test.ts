import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a site's closing line about its doctors' answers: the disclaimer, not the doctor's own advice.
 * What the blind split fresh-47 (pages modelled on real sites of the genre), once run, taught the genre reader.
 */

const URL = 'https://m.wenyi.example/question/5531.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');

const QUESTION = '孩子晚上睡觉磨牙怎么办';
const ANSWER = ['睡觉磨牙多与白天过度兴奋、睡前进食或者牙齿咬合不良有关，少数与肠道寄生虫有关。', '睡前一小时不要剧烈活动和进食，如果长期磨牙，请到口腔科检查咬合情况。'];
const CARD = '<div class="doc"><b>罗文静</b> <span>主治医师</span><p>滨江市口腔医院 儿童口腔科</p></div>';

describe('a site’s closing line about its doctors’ answers, in its own voice', () => {
  const page = (closing: string) =>
    html(`${QUESTION}_问医生`, `<h1>${QUESTION}</h1>${CARD}<div class="answer">${[...ANSWER, closing].map((p) => `<p>${p}</p>`).join('')}</div><p class="time">2023-03-08</p>`);

  it('医生回答仅为建议，具体诊疗请前往医院进行 is the disclaimer, none of the answer', () => {
    const own = pageOf(page('医生回答仅为建议，具体诊疗请前往医院进行。'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('a doctor’s own advice to go to a hospital stays the answer’s', () => {
    const own = pageOf(page('建议尽快到医院复诊，遵医嘱用药。'))!;
    expect(own.answer_paragraphs).toEqual([...ANSWER, '建议尽快到医院复诊，遵医嘱用药。']);
  });

  it('a doctor’s advice run on into a hedge (…，以上建议仅供参考，具体请遵医嘱) stays the answer’s', () => {
    const closing = '平时可以适当补充维生素，多吃蔬菜水果，以上建议仅供参考，具体请遵医嘱。';
    expect(pageOf(page(closing))!.answer_paragraphs).toEqual([...ANSWER, closing]);
  });

  it('the hedge opening its own line (以上建议仅供参考，具体请遵医嘱) is the disclaimer, none of the answer', () => {
    const own = pageOf(page('以上建议仅供参考，具体请遵医嘱。'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('a site’s line about its content before the hedge (以上内容由AI生成，仅供参考，如有不适请及时就医) is the disclaimer', () => {
    const own = pageOf(page('以上内容由AI生成，仅供参考，如有不适请及时就医'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('an English notice before the 免责声明 label (This is not a substitute for … 免责声明：本栏目内容仅供参考，…) is the disclaimer', () => {
    const own = pageOf(page('This is not a substitute for a consultation with your family doctor. 免责声明：本栏目内容仅供参考，不能代替您的家庭医生的诊断。'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('a platform’s risk notice on a line of its own (美呗 · 正规医美平台　医美有风险，选择需谨慎) is the site’s, none of the answer', () => {
    const own = pageOf(page('某某 · 正规医美平台　医美有风险，选择需谨慎'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    // So too at the page's foot, after the site's case strip, where no related list ends the answer first.
    const foot = html(
      `${QUESTION}_问医生`,
      `<h1>${QUESTION}</h1>${CARD}<div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="time">2023-03-08</p></div>` +
        '<div class="cases"><h3>相关案例</h3><a href="/diary/1.html"><img src="/c/1.jpg" alt="术前"><p>双眼皮 术后30天</p><span class="price">¥5746</span></a></div>' +
        '<div class="foot">某某 · 正规医美平台　医美有风险，选择需谨慎</div>',
    );
    expect(pageOf(foot)!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a doctor’s sentence about a treatment’s risk, advice after it, stays the answer’s', () => {
    const line = '手术有风险，术前要充分评估，选择正规医院。';
    expect(pageOf(page(line))!.answer_paragraphs).toEqual([...ANSWER, line]);
  });

  it('a doctor’s own warning worded as the notice (孕期用药有风险，一定要谨慎) stays the answer’s, and so does the advice after it', () => {
    const line = '孕期用药有风险，一定要谨慎。';
    expect(pageOf(page(line))!.answer_paragraphs).toEqual([...ANSWER, line]);
    const middle = html(
      `${QUESTION}_问医生`,
      `<h1>${QUESTION}</h1>${CARD}<div class="answer"><p>${ANSWER[0]}</p><p>自行用药有风险，用药要谨慎！</p><p>${ANSWER[1]}</p></div><p class="time">2023-03-08</p>`,
    );
    expect(pageOf(middle)!.answer_paragraphs).toEqual([ANSWER[0], '自行用药有风险，用药要谨慎！', ANSWER[1]]);
  });
});

describe('a clinic’s hedge sending the reader to its clinic (fresh-117)', () => {
  const page = (closing: string) =>
    html(`${QUESTION}_網路諮詢`, `<h1>${QUESTION}</h1>${CARD}<div class="answer">${[...ANSWER, closing].map((p) => `<p>${p}</p>`).join('')}</div><p class="time">2023-03-08</p>`);

  it('＊本答覆僅供參考，詳細情況請到門診由醫師評估 is the disclaimer, none of the answer', () => {
    const own = pageOf(page('＊本答覆僅供參考，詳細情況請到門診由醫師評估。'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.has_disclaimer).toBe(true);
  });

  it('a doctor’s advice run on into the same words stays the answer’s', () => {
    const closing = '平时少吃甜食，睡前刷牙，以上仅供参考，必要时请到门诊复查。';
    expect(pageOf(page(closing))!.answer_paragraphs).toEqual([...ANSWER, closing]);
  });
});
