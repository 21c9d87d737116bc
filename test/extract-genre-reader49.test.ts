import { describe, expect, it } from 'vitest';
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
