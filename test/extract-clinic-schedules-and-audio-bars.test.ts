import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { SiteProfileSchema } from '../src/extract/profiles/profile.js';
import { toEntries } from '../src/validate/to-entry.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a doctor's week of clinic sessions, a reject for every unread question page, audio bars, credits under an answer and updated-before-published days.
 * What fresh-49's jk160-ask (a booking site's Q&A page: the doctor's week of clinic sessions by the card) taught the genre reader.
 */

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

  it('a week whose rows are lines of inline cells (`周一 周二 …`, `上午 有号 …`) as well', () => {
    const line = (cells: readonly string[]) => `<p>${cells.map((c) => `<span>${c}</span>`).join(' ')}</p>`;
    const inline = `<div class="plan"><b>专家出诊</b>${line(['周一', '周二', '周三', '周四', '周五'])}${line(['上午', '有号', '—', '—', '已满', '—'])}${line(['下午', '—', '停诊', '—', '—', '有号'])}</div>`;
    const own = pageOf(html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}${inline}${ps(ANSWER)}<div>2021-11-04</div>`))!;
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
  const items = `${item(1, '孩子磨牙要不要驱虫')}${item(2, '大人睡觉磨牙怎么办')}${item(3, '磨牙会影响牙齿发育吗')}`;
  const related = `<div class="recommend"><h4>相关推荐</h4><ul>${items}</ul></div>`;
  // A known site's page after a redesign: the profile's layout still takes it for a question page (its heading and card box),
  // but the answer's box has a new name its selectors do not know.
  const redesigned = html(
    `${QUESTION}-有来医生`,
    `<div class="main_left"><dl><dt><h3>${QUESTION}</h3></dt></dl><div class="doc_left"><h5>韩晓梅<span>主治医师</span><em>儿科</em><span>南湖市妇幼保健院</span></h5></div>
<section class="answer-v2"><p>磨牙和缺钙关系不大，多数与白天过度兴奋、睡前吃东西或者肠道寄生虫有关。</p><p>可以先调整作息，睡前一小时不要进食，持续不缓解再到口腔科看看。</p></section>${related}</div>`,
  );

  // Since reader50 a built-in profile whose answer box holds nothing is no claim about the page (profile-fit.ts): the genre rules read it.
  it('a known site’s profile that reads the list but not the answer: the genre rules read the page’s own entry', () => {
    const outcomes = outcomesOf(redesigned, 'https://www.youlai.cn/ask/7F3A0.html');
    expect(outcomes.filter((o) => o.ok && o.value.origin === 'related')).toHaveLength(3);
    const own = outcomes.flatMap((o) => (o.ok && o.value.origin === 'page' ? [o.value] : []));
    expect(own.map((e) => [e.question, e.doctor.name, e.answer_paragraphs.length])).toEqual([[QUESTION, '韩晓梅', 2]]);
  });

  it('a host read by a learned profile, where neither it nor the genre reader reads an answer: the genre reader’s reason is the reject', () => {
    const profile = SiteProfileSchema.parse({
      id: 'wenda-example',
      site: 'www.wenda.example',
      hosts: ['www.wenda.example'],
      layouts: [{ name: 'learned', detect: ['h1.q'], baseUrl: 'https://www.wenda.example/', question: ['h1.q'], answer: ['div.ans'], related: 'div.rel > h4' }],
      learned: { learned_at: '2026-01-01T00:00:00.000Z', pages_sampled: 10, pages_read: 10, threshold: 0.9, agreement: { question: 1, answer: 1 }, left_out: [] },
    });
    // The answer came as a picture this time: no text under the question for either reader.
    const page = html(
      `${QUESTION}_问答`,
      `<h1 class="q">${QUESTION}</h1><div class="pic"><img src="/a/7F3A0.png" alt=""></div><div class="rel"><h4>相关问答</h4><ul>${items}</ul></div>`,
    );
    const extraction = extractPage(pageRecord(page, { url: 'https://www.wenda.example/q/7F3A0.html' }), { profiles: [profile] });
    if (!extraction.ok) throw new Error(extraction.reject.detail);
    expect(extraction.value.extractor).toBe('wenda-example/learned');
    const outcomes = toEntries(extraction.value, new Date(0));
    expect(outcomes.filter((o) => o.ok && o.value.origin === 'related').length).toBeGreaterThan(0);
    const rejects = outcomes.flatMap((o) => (o.ok ? [] : [o.reject]));
    expect(rejects.map((r) => r.reason)).toEqual(['no_page_entry']);
    expect(rejects[0]!.detail).toContain('no answer read under its question');
  });
});

/** What fresh-49's qq-yidian (an encyclopedia's Q&A: the doctor's voice over the text, the days published and updated, the review and source credits) taught it. */
describe('an audio bar offering the doctor’s own voice makes the answer a voice answer, and is none of its text', () => {
  const QUESTION = '孩子发烧38度要吃退烧药吗';
  const ANSWER = ['孩子体温在38.5度以下、精神状态好的，可以先物理降温，多喝水，不急着吃退烧药。', '如果超过38.5度或者孩子明显不舒服，可以按体重服用布洛芬或对乙酰氨基酚。'];
  const page = (bar: string) =>
    html(
      `${QUESTION}_健康百科`,
      `<article><h1>${QUESTION}</h1><div class="by"><strong>陶佳音</strong> 主任医师 · 东湖市儿童医院 儿科</div>${bar}<section>${ps(ANSWER)}</section><footer>2022-08-19</footer></article>`,
    );

  it('`听医生说 03:31` over the text', () => {
    const own = pageOf(page('<div class="audio"><button>▶</button><span>听医生说</span> <span>03:31</span></div>'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.format).toBe('voice');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('`听专家讲解 1′05″` too', () => {
    const own = pageOf(page(`<p class="audio">听专家讲解 1′05″</p>`))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.format).toBe('voice');
  });
});

describe('the credits under an answer (who reviewed it, where the content comes from) are none of it', () => {
  const QUESTION = '痛风发作时能不能喝茶';
  const ANSWER = ['痛风急性发作期可以喝淡茶，但不要喝浓茶，更不能用茶水代替白开水。', '发作期间每天饮水最好在2000毫升以上，有助于尿酸排出。'];
  const page = (credits: string) =>
    html(
      `${QUESTION} - 医学百科问答`,
      `<main><h1>${QUESTION}</h1><div class="author"><b>蒋文彬</b> <i>副主任医师</i> 西岭市中心医院 风湿免疫科</div><div class="body">${ps(ANSWER)}</div><div class="meta">发布于 2023-02-14</div>${credits}</main>`,
    );

  it('`本文已经…审核`: the review credit worded with 已经', () => {
    const own = pageOf(page('<div class="credit">本文已经省医学会科普专家委员会审核</div>'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('`内容来源：…`: the source credit labelled 内容来源', () => {
    const own = pageOf(page('<div class="credit">内容来源：健康知识库</div>'))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a line that prints the day updated before the day published dates the answer by the day published', () => {
  const QUESTION = '颈椎病睡什么样的枕头好';
  const ANSWER = ['颈椎病患者的枕头高度一般以一拳左右为宜，仰卧时保持颈部自然前凸。', '枕头不宜过软或过硬，荞麦皮或记忆棉的都可以。'];
  const page = (meta: string) =>
    html(
      `${QUESTION}_问答`,
      `<h1>${QUESTION}</h1><div><span>华永康</span> <span>主治医师</span><p>南江市骨科医院 · 脊柱外科</p></div><div>${ps(ANSWER)}</div><div class="times">${meta}</div>`,
    );

  it('`更新日期：… 发布日期：…`: the day published, as in the other order', () => {
    expect(pageOf(page('<span>更新日期：2021-10-08</span> <span>发布日期：2020-03-17</span>'))!.date).toBe('2020-03-17');
    expect(pageOf(page('<span>发布日期：2020-03-17</span> <span>更新日期：2021-10-08</span>'))!.date).toBe('2020-03-17');
  });
});
