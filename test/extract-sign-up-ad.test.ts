import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isCallToAction, isSignUpCall } from '../src/extract/words/call-to-action.js';

/**
 * A site's ad to sign up for its course set between the answer's paragraphs (`…減醣班｜馬上報名`, call-to-action.ts): none of the
 * answer, no end of it, and no doctor's card though it names who teaches (doctor-card.ts). A dietitian's `營養師` in traditional
 * script is a title of the vocabulary (genre-vocabulary.ts), as `营养师` is: the card is read and not doubted for it.
 */

const URL = 'https://www.eatwell-tw.example/qa/2391';
const ANSWER = ['晚餐吃太晚容易影響睡眠，也會讓血糖波動變大。', '建議晚餐在睡前三小時吃完，份量以七分飽為原則。', '如果下班時間較晚，可以先在傍晚吃一份水果或無糖優格墊胃。'];
const page = (between: string) => `<html><head><title>晚餐太晚吃會怎樣？ - 吃好健康</title></head><body>
<nav><a href="/">首頁</a> <a href="/qa">營養問答</a></nav>
<article><h1>晚餐太晚吃會怎樣？</h1>
<div class="byline"><b>林怡君 營養師</b> <time>2023/05/06</time></div>
<div class="body"><p>${ANSWER[0]}</p>
${between}
<p>${ANSWER[1]}</p>
<p>${ANSWER[2]}</p></div></article>
<footer>© 吃好健康</footer></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe("a course's sign-up ad between the answer's paragraphs", () => {
  it('reads the whole answer past the ad and the byline as the card, not the ad naming 營養師', () => {
    const [own] = read(page('<div class="promo"><a href="/class/21">營養師帶你吃 21天減醣班｜馬上報名</a></div>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor.name).toBe('林怡君');
    expect(own!.doctor.title).toBe('營養師');
  });

  it('tells a call to sign up from a sentence of advice', () => {
    expect(isSignUpCall('营养师带你吃 21天减醣班｜马上报名')).toBe(true);
    expect(isCallToAction('健康讲座 免费报名')).toBe(true);
    expect(isSignUpCall('建议报名参加医院的糖尿病教育课程，学会自己控制饮食。')).toBe(false);
  });

  it("does not doubt a dietitian's card for its title in traditional script", () => {
    const [own] = read(page(''));
    expect(own!.doctor.title).toBe('營養師');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
