import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAdLine } from '../src/extract/words/answer-extras.js';

/**
 * A `推荐：` line naming a dose and how to take it (`推荐：… 0.5g，每日两次，饭后服用`) is the pharmacist's recommendation, kept in
 * the answer; one with no regimen (`推荐：某某牌钙片 限时特惠`) stays an ad's label.
 */

const URL = 'https://www.example-drugstore.cn/consult/90412.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = [
  '从描述看是急性咽炎，多数由病毒引起，不需要常规使用抗生素。',
  '推荐：西瓜霜含片 每次2片，每日4次含服；咽痛明显时可加布洛芬缓释胶囊 0.3g，每日2次，饭后服用。',
  '多喝温水，少说话，忌辛辣；如果出现高热、扁桃体化脓或者咽痛超过一周，请到医院就诊。',
];

describe('a recommendation with its regimen', () => {
  it('tells the regimen from an ad', () => {
    expect(isAdLine(ANSWER[1]!)).toBe(false);
    expect(isAdLine('推荐：某某牌钙片 限时特惠')).toBe(true);
  });
  it('keeps it in the answer', () => {
    const [own] = read(
      `<html><head><title>嗓子疼吃什么药 - 药师咨询</title></head><body><div class="q"><h1>嗓子疼吃什么药</h1><p>嗓子疼两天，咽口水都疼，没发烧。 2021-12-02</p></div>` +
        `<div class="a"><div class="ph">执业药师 岳晓楠</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="t">2021-12-02 20:45</p></div></body></html>`,
    );
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
