import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A lede closing with the doctor invited by name and calling, the card in brackets (`今次邀請了{name}醫生（{specialty}專科醫生）
 * 解答。`, as Hong Kong's media introduce who answers), over `{name}醫生：` and the answer: the sentence is the card and the
 * name's line who speaks, neither of them the answer.
 */

const QUESTION = '膝蓋痛是什麼原因引起的？';
const ANSWER = ['膝蓋痛最常見的是退化性關節炎，上落樓梯時特別明顯。', '建議減輕體重、做大腿肌肉訓練，痛楚持續便要求醫檢查。'];
const page = (lede: string) =>
  `<html lang="zh-HK"><head><meta charset="utf-8"><title>${QUESTION}</title></head><body><article><h1>${QUESTION}</h1><p class="lede">${lede}</p><p><strong>陳志明醫生：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a lede inviting the doctor by name and calling', () => {
  it('reads its bracket as the card, the specialty the department, and leaves lede and name line out of the answer', () => {
    const entry = pageOf(page('不少讀者都有類似疑問，今次邀請了陳志明醫生（骨科專科醫生）解答。'));
    expect(entry.doctor).toMatchObject({ name: '陳志明', title: '專科醫生', department: '骨科', hospital: null });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads no card from a lede that invites no one by name', () => {
    const entry = pageOf(page('不少讀者都有類似疑問，今次邀請了專科醫生解答。'));
    expect(entry.doctor.name).not.toBe('陳志明');
  });
});
