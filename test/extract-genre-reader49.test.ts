import { describe, expect, it } from 'vitest';
import { toEntries } from '../src/validate/to-entry.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What fresh-49's jk160-ask (a booking site's Q&A page: the doctor's week of clinic sessions by the card) taught the genre reader. */

const URL = 'https://www.guahao.example/ask/q-55120.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

describe('a doctor’s week of clinic sessions by the card is none of the answer, and its days date nothing', () => {
  const QUESTION = '胃镜检查前需要空腹多久';
  const ANSWER = ['胃镜检查前一般需要空腹6到8小时，前一天晚餐宜清淡，晚上十点后不要再进食。', '检查当天早上也不要喝水，有高血压的可以用一小口水服降压药。'];
  const card = `<section class="expert"><b>钟立平</b> <span>主任医师</span><div>临江市第一人民医院 消化内科</div></section>`;
  // A grid of <div>s, not a <table>: the week's heads (星期 over the day), a row per session, a state per cell.
  const head = (day: string, date: string) => `<div class="col"><span>${day}</span><span>${date}</span></div>`;
  const row = (session: string, cells: readonly string[]) => `<div class="row"><div>${session}</div>${cells.map((c) => `<div>${c}</div>`).join('')}</div>`;
  const grid = (days: readonly string[]) =>
    `<div class="sched"><div>门诊排班</div><div class="grid"><div class="row"><div></div>${['星期一', '星期二', '星期三', '星期四'].map((d, i) => head(d, days[i]!)).join('')}</div>` +
    `${row('上午', ['有号', '已满', '', '休诊'])}${row('下午', ['', '余2', '已满', ''])}</div><div>如遇临时停诊，请以当日号源为准</div></div>`;
  const page = (answer: string, days = ['3月6日', '3月7日', '3月8日', '3月9日']) =>
    html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1><div class="doc">${card}${grid(days)}</div><div class="reply">${answer}</div>`);

  it('the answer is the text under its label, not the grid and its note over it', () => {
    const own = pageOf(page(`<h3>专家解答</h3>${ps(ANSWER)}<div>答复于 2021-11-04</div>`))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '钟立平', title: '主任医师', hospital: '临江市第一人民医院', department: '消化内科' });
    expect(own.date).toBe('2021-11-04');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('so is the text right after it, with no label', () => {
    const own = pageOf(page(`${ps(ANSWER)}<div>2021-11-04</div>`))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('where the answer prints no day, the week’s days are not its date', () => {
    const own = pageOf(page(`<h3>专家解答</h3>${ps(ANSWER)}`, ['2023-03-06', '2023-03-07', '2023-03-08', '2023-03-09']))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBeNull();
  });
});

describe('a question page whose own question and answer are not read still gets a reject for them, never nothing', () => {
  const outcomesOf = (page: string, url: string) => toEntries(extractOrThrow(pageRecord(page, { url })), new Date(0));
  const QUESTION = '孩子晚上磨牙是缺钙吗';
  const item = (n: number, q: string) =>
    `<li><h3><a href="/ask/7F3A${n}.html">${q}</a></h3><p class="txt">${q}的原因比较多，建议先观察孩子的饮食和睡眠情况，必要时到医院检查。</p></li>`;
  const related = `<div class="recommend"><h4>相关推荐</h4><ul>${item(1, '孩子磨牙要不要驱虫')}${item(2, '大人睡觉磨牙怎么办')}${item(3, '磨牙会影响牙齿发育吗')}</ul></div>`;
  // A known site's page after a redesign: the profile's layout still takes it for a question page (its heading and card box),
  // but the answer's box has a new name its selectors do not know.
  const redesigned = html(
    `${QUESTION}-有来医生`,
    `<div class="main_left"><dl><dt><h3>${QUESTION}</h3></dt></dl><div class="doc_left"><h5>韩晓梅<span>主治医师</span><em>儿科</em><span>南湖市妇幼保健院</span></h5></div>
<section class="answer-v2"><p>磨牙和缺钙关系不大，多数与白天过度兴奋、睡前吃东西或者肠道寄生虫有关。</p><p>可以先调整作息，睡前一小时不要进食，持续不缓解再到口腔科看看。</p></section>${related}</div>`,
  );

  it('a known site’s profile that reads the list but not the answer: the page entry is a no_page_entry reject saying so', () => {
    const outcomes = outcomesOf(redesigned, 'https://www.youlai.cn/ask/7F3A0.html');
    expect(outcomes.filter((o) => o.ok && o.value.origin === 'related')).toHaveLength(3);
    expect(outcomes.some((o) => o.ok && o.value.origin === 'page')).toBe(false);
    const rejects = outcomes.flatMap((o) => (o.ok ? [] : [o.reject]));
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ reason: 'no_page_entry', origin: 'page' });
    expect(rejects[0]!.detail).toContain(QUESTION);
  });
});
