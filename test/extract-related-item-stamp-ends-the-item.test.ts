import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old list prints an item's day without its year in brackets after its snippet (`…[05-06]`): a stamp, none of the snippet.
 * A stamp ends the item. A snippet of more than one paragraph whose first ends in a citation's range (`…有关[10-12]`, a
 * month and a day to look at) goes on after it: the brackets are the text's, and taking them for the stamp cut them out of
 * the snippet, silently.
 */

const ANSWER = ['胃胀反酸多与脾胃虚弱、肝胃不和有关，需要辨证调理。', '饮食要规律，少吃生冷油腻，饭后不要马上躺下。'];
const ITEMS = [
  ['胃胀气是什么原因引起的', ['胃胀气多与幽门螺杆菌感染有关[10-12]', '此外饮食不规律、暴饮暴食也会引起胃胀气，需要注意调整饮食习惯。'], 131031],
  ['反酸烧心吃什么药好', ['反酸烧心可以在医生指导下服用抑酸药物[11-13]', '同时要少吃辛辣刺激的食物，晚餐不要过饱，睡前三小时不要进食。'], 131024],
  ['老人胃胀不消化怎么办', ['老人胃胀不消化可以适当服用促进胃动力的药物', '饭后适当散步，少吃多餐，避免进食难以消化的食物，必要时到医院检查。'], 131021],
] as const;
const page = (snippet: (paragraphs: readonly string[]) => string) =>
  `<html><head><meta charset="utf-8"><title>胃胀反酸怎么调理</title></head><body>` +
  `<h1>胃胀反酸怎么调理</h1><div class="doc"><b>沈国华</b> <span>主任医师</span> <span>江州市中医院</span> <span>消化内科</span></div>` +
  `<div class="con">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p class="time">回复时间：2023-05-06</p>` +
  `<div class="xgwd"><div class="tit">相关问答</div><ul>` +
  ITEMS.map(([q, ps, n]) => `<li><a href="/wenda/${n}.html">${q}</a>${snippet(ps)}</li>`).join('\n') +
  `</ul></div></body></html>`;
const related = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-qa.cn/wenda/1.html' }))).filter((e) => e.origin === 'related');

describe('a bracketed month and day the item’s text goes on after', () => {
  it('is the snippet’s own, in paragraphs or in lines', () => {
    for (const snippet of [(ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join(''), (ps: readonly string[]) => `<p>${ps.join('<br>')}</p>`]) {
      expect(related(page(snippet)).map((e) => e.answer_paragraphs)).toEqual(ITEMS.map(([, ps]) => [...ps]));
    }
  });

  it('ending the item, it is still its stamp', () => {
    const items = related(page((ps) => `<p>${ps.join('')}<span>[05-06]</span>`));
    expect(items.map((e) => [e.answer_paragraphs, e.date])).toEqual(ITEMS.map(([, ps]) => [[ps.join('')], null]));
  });
});
