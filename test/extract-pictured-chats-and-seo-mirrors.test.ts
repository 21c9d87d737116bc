import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a chat of pictured bubbles, a drug maker's FAQ, a WordPress Q&A plugin's answer and an SEO mirror's heading.
 * What the pages the reader still only flagged on fresh-57 … fresh-59 taught it (h/readerfix).
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string, url = 'https://h5.yaodian.example/consult/share?id=1001') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url?: string) => read(page, url).find((e) => e.origin === 'page')!;

const QUESTION = '吃了布洛芬胃疼怎么办';
const ANSWER = ['布洛芬对胃黏膜有刺激，建议饭后服用，不要空腹吃，也不要和其他止痛药一起用。', '如果胃疼持续不缓解或者出现黑便，要停药并尽快到消化内科就诊。'];
const PHARMACIST = 'https://img.yaodian.example/ph/a1b2c3.png';
const USER = 'https://img.yaodian.example/user/default.png';

/** A shared chat: the pharmacist's card above it (their picture), then bubbles each beside its speaker's picture. */
function chatPage(opts: { summary: boolean; userPicture?: string; cardPicture?: string }): string {
  const mine = (text: string) => `<div class="m r"><div class="b">${text}</div><img src="${opts.userPicture ?? USER}"></div>`;
  const theirs = (text: string) => `<div class="m l"><img src="${PHARMACIST}"><div class="b">${text}</div></div>`;
  return html(
    '药师咨询记录-某某快药',
    `<div class="card"><img src="${opts.cardPicture ?? PHARMACIST}"><p><b>周敏</b><span>执业药师</span></p></div>` +
      `<div class="head"><h2>药师咨询记录</h2>${opts.summary ? `<p>${QUESTION}</p>` : ''}</div>` +
      `<div class="chat"><div class="t">2023-05-06 14:22</div><div class="s">药师周敏已接入，为您服务</div>` +
      mine(QUESTION) +
      mine('昨天晚上空腹吃的，吃了两片。') +
      theirs('您好，我是执业药师周敏，很高兴为您服务。') +
      ANSWER.map(theirs).join('') +
      theirs('祝您早日康复！') +
      `<div class="s">本次咨询已结束</div></div>`,
  );
}

describe('a consultation shared as its chat of pictured bubbles', () => {
  it('the bubbles beside the picture the card shows are the answer; the asker’s, the greeting and the closing wish are not', () => {
    const entry = pageOf(chatPage({ summary: true }));
    expect(entry.question).toBe(QUESTION);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('the card above the chat is the pharmacist’s, as the 已接入 notice names them; the greeting that says who they are is no card', () => {
    const entry = pageOf(chatPage({ summary: false }));
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '执业药师' });
  });

  it('near miss: a card above naming someone other than the notice’s pharmacist is not taken for theirs', () => {
    const entry = pageOf(chatPage({ summary: true }).replace('<b>周敏</b>', '<b>林芳</b>'));
    expect(entry.doctor.name).not.toBe('林芳');
    expect(entry.flags).toContain('unsure_reading');
  });

  it('with no summary under the 药师咨询记录 heading, the asker’s first message after the day and the joined notice is the question', () => {
    const entry = pageOf(chatPage({ summary: false }));
    expect(entry.question).toBe(QUESTION);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('near miss: where the card shows neither bubble’s picture, no side is told and the asker’s words are not taken out unsaid', () => {
    const entry = pageOf(chatPage({ summary: true, cardPicture: 'https://img.yaodian.example/ph/other.png' }));
    expect(entry.answer_paragraphs).not.toEqual(ANSWER);
    expect(entry.flags).toContain('unsure_reading');
  });

  it('near miss: emoji pictures inside the answer’s lines are no speakers’ pictures; no line is taken for the asker’s', () => {
    const smile = '<img src="/emoji/1.png" width="20">';
    const fist = '<img src="/emoji/2.png" width="20">';
    const lines = [`${ANSWER[0]}${smile}`, `${ANSWER[1]}${fist}`, `平时饭后再吃药，胃就不容易难受。${smile}`];
    const page = html(
      `${QUESTION}_问答`,
      `<h1>${QUESTION}</h1><div class="card"><p>周敏 执业药师 ${fist}</p><p>某康大药房连锁有限公司</p></div><div class="answer">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`,
    );
    expect(pageOf(page).answer_paragraphs).toEqual([ANSWER[0], ANSWER[1], '平时饭后再吃药，胃就不容易难受。']);
  });
});

describe('a drug maker’s FAQ page', () => {
  const FAQ = (after: string) =>
    html(
      `${QUESTION}_常见问题_某康制药`,
      `<main><h2>Q：${QUESTION}</h2><div class="a"><p><b>A：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p></div>` +
        `<p>解答：某康制药有限公司 医学部 周敏 药师</p>${after}</main>`,
    );
  const LABEL =
    '<div><h4>布洛芬缓释胶囊 说明书摘要</h4><p>【用法用量】口服。一次1粒，一日2次，或遵医嘱。</p><p>【不良反应】偶见恶心、头痛、皮疹等，停药后可自行消失。</p><p>【禁忌】对本品过敏者禁用。</p><p>核准日期：2019-05-31　修改日期：2020-12-30</p></div>';
  const REPORT = '<div><h4>不良反应上报</h4><p>如您在使用本公司产品期间出现任何不适，请告知医生或药师，并可通过药物警戒热线 400-123-4567 向我们报告。</p></div>';

  it('the label’s 【】 sections after the answerer’s line, and the adverse-reaction reporting box, are none of the answer; the label’s days date nothing', () => {
    const entry = pageOf(FAQ(LABEL + REPORT));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBeNull();
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '药师' });
  });

  it('near miss: a pharmacist quoting one section of the label in the answer keeps it', () => {
    const quoted = '【用法用量】写的是一次1粒，一日2次，所以您现在的吃法没有问题。';
    const entry = pageOf(
      html(`${QUESTION}_常见问题_某康制药`, `<main><h2>Q：${QUESTION}</h2><div class="a"><p>${ANSWER[0]}</p><p>${quoted}</p><p>${ANSWER[1]}</p></div><p>解答：某康制药有限公司 医学部 周敏 药师</p></main>`),
    );
    expect(entry.answer_paragraphs).toEqual([ANSWER[0], quoted, ANSWER[1]]);
  });
});

describe('a WordPress Q&A plugin’s answer', () => {
  const answerItem = (stamp: string, badge = '认证医生') =>
    html(
      `${QUESTION} – 健康答`,
      `<article><h1>${QUESTION}</h1><div class="q"><p>${QUESTION}，昨天晚上空腹吃的。</p></div><div class="answers"><div class="item">` +
        `<div class="meta"><span><a href="/author/doctor-1/"><img alt="" src="/avatar.png">周敏医生</a> <span>${badge}</span> 回答于 ${stamp}</span></div>` +
        `<div class="author-info"><p>主治医师 | 江州市第一人民医院 | 消化内科</p></div>` +
        `<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div></div></article>`,
    );

  it('the author box naming no one takes the name from the author’s row above it, its stamp (下午7:48) dating the answer', () => {
    const entry = pageOf(answerItem('2020年11月27日 下午7:48'), 'https://www.jiankang.example/question/1001/');
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '主治医师', hospital: '江州市第一人民医院', department: '消化内科' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2020-11-27');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('the row’s stamp is never read as the name (`回答于` beside a 专家 badge)', () => {
    const entry = pageOf(answerItem('2019-04-01 08:36', '专家'), 'https://www.jiankang.example/question/1002/');
    expect(entry.doctor.name).toBe('周敏');
  });
});

describe('an SEO mirror’s heading', () => {
  const mirror = (title: string, heading: string) =>
    html(title, `<h1>${heading}</h1><p>解答医生：周敏 主治医师 江州市第一人民医院 消化内科</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}`);

  it('a keyword tail after the heading’s question is none of it where the <title> stuffs keywords after the same question', () => {
    const title = `${QUESTION}_胃痛怎么办_胃痛吃什么药好_疾病知识网`;
    expect(pageOf(mirror(title, `${QUESTION}（胃痛的治疗方法）`), 'https://www.jibing.example/a/1.html').question).toBe(QUESTION);
    expect(pageOf(mirror(title, `${QUESTION}_胃痛怎么治疗效果好`), 'https://www.jibing.example/a/2.html').question).toBe(QUESTION);
  });

  it('near miss: where the <title> adds no keyword questions after the question, a heading’s tail is not taken for stuffing', () => {
    const heading = `${QUESTION}_胃痛怎么治疗效果好`;
    expect(pageOf(mirror(`${heading}_疾病知识网`, heading), 'https://www.jibing.example/a/3.html').question).not.toBe(QUESTION);
  });
});
