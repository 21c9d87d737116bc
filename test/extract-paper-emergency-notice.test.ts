import { describe, expect, it } from 'vitest';
import { isDisclaimer } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's standing emergency notice under its doctor's letter column (`如遇紧急情况，请拨打999或前往最近医院急诊部。`):
 * the paper's, none of the answer; a doctor's own advice to call an ambulance for a named sign stays the answer's.
 */

const URL = 'https://www.dailypaper.example/?p=88123';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page');

const QUESTION = '老人夜里胸闷气短是什么原因';
const ANSWER = ['老人夜里胸闷气短，多与心功能不全、慢性支气管炎有关，也可能是睡前进食过饱。', '建议到医院心内科做心电图和心脏彩超检查，明确原因后再规范治疗。'];
const NOTICE = '如遇紧急情况，请拨打999或前往最近医院急诊部。';
const HEAD_CARD = '<p><strong>解答医生：</strong>陈美玲医生（诗巫医院心脏科专科医生）</p>';
const TAIL_CARD = '<p>——诗巫医院心脏科专科医生 陈美玲</p>';
const page = (head: string, tail: string, notice = NOTICE) =>
  html(
    `${QUESTION} – 日报`,
    `<article><h1>${QUESTION}</h1><time datetime="2023-05-06T08:00:00+08:00">May 6, 2023</time><div class="entry-content">${head}<p><strong>诗巫读者黄女士问：</strong>最近一段时间一直这样，不知道是什么原因。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}${tail}<p><em>${notice}</em></p></div></article>`,
  );

describe('a paper’s emergency notice under its doctor’s answer', () => {
  it('如遇紧急情况，请拨打999或前往最近医院急诊部 is a disclaimer line; a named sign’s call to 120 is none', () => {
    expect(isDisclaimer(NOTICE)).toBe(true);
    expect(isDisclaimer('如有緊急情況，請撥打119或就近前往急診室。')).toBe(true);
    expect(isDisclaimer('如果胸痛持续不缓解，请立即拨打120。')).toBe(false);
    expect(isDisclaimer('如遇紧急情况，孩子抽搐时要让他侧卧，保持呼吸道通畅，同时拨打120。')).toBe(false);
  });

  it('printed bare after a reference mark (`※紧急情况请拨打991召唤救护车，…`), the notice is none of the answer either', () => {
    const marked = '※紧急情况请拨打991召唤救护车，或前往最近医院急诊部。';
    expect(isDisclaimer(marked)).toBe(true);
    expect(isDisclaimer('紧急情况下孩子抽搐时要让他侧卧，保持呼吸道通畅。')).toBe(false);
    expect(pageOf(page(HEAD_CARD, '', marked))!.answer_paragraphs).toEqual(ANSWER);
  });

  it('after the card at the head, the notice is none of the answer', () => {
    expect(pageOf(page(HEAD_CARD, ''))!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a call to follow the paper’s WhatsApp channel after the notice is none of the answer', () => {
    const promo = page('', TAIL_CARD).replace('</div></article>', '<div>关注日报WhatsApp频道，第一时间掌握本州新闻！</div></div></article>');
    expect(pageOf(promo)!.answer_paragraphs).toEqual(ANSWER);
  });

  it('after a closing card, the answer stands before the card, not the notice after it', () => {
    const own = pageOf(page('', TAIL_CARD))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('陈美玲');
  });

  it('a blog’s byline after the post’s day (December 27, 2021 by 日报) is meta, none of the answer', () => {
    const short = ['呕吐多数与胃肠炎有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。'];
    const byline = html(
      `${QUESTION} – 日报`,
      `<article><header><h1>${QUESTION}</h1><div><span><time datetime="2021-12-27T19:31:00+08:00">December 27, 2021</time></span> <span>by 日报</span></div></header><div class="entry-content"><p><strong>民都鲁读者黄先生问：</strong>去社区医院看过，吃了药也不见好。</p>${short.map((p) => `<p>${p}</p>`).join('')}<p>——诗巫医院（Hospital Sibu）儿科专科医生 陈美玲</p><p><em>${NOTICE}</em></p></div></article>`,
    );
    expect(pageOf(byline)!.answer_paragraphs).toEqual(short);
  });

  it('so is the byline after a numeric day the line leaves unread (01/03/2023 by 日报: day or month first)', () => {
    const short = ['头晕多与睡眠不足、贫血有关，先规律作息，不缓解再到医院查血常规。'];
    const byline = html(
      `${QUESTION} – 日报`,
      `<article><header><h1>${QUESTION}</h1><div><span><time datetime="2023-03-01T08:00:00+08:00">01/03/2023</time></span> <span>by 日报</span></div></header><div class="entry-content"><p><strong>民都鲁读者黄先生问：</strong>去社区医院看过，吃了药也不见好。</p>${short.map((p) => `<p>${p}</p>`).join('')}<p>——诗巫医院（Hospital Sibu）儿科专科医生 陈美玲</p><p><em>${NOTICE}</em></p></div></article>`,
    );
    expect(pageOf(byline)!.answer_paragraphs).toEqual(short);
  });
  it('a doctor’s own emergency line with their advice going on after it in the answer stays the answer’s', () => {
    const advice = ['膝蓋疼痛多與關節退化有關，平時要避免久站久蹲，注意保暖。', '若有緊急狀況，請立即撥打119。', '平時注意保暖，適度運動，體重過重者要減重。'];
    const qa = html(
      '老人膝蓋痛怎麼辦 - 健康問答',
      `<div class="q"><h1>老人膝蓋痛怎麼辦？</h1><p>病情描述：老人上下樓膝蓋痛。</p><span>2023-05-06</span></div><div class="ans"><div class="card"><b>林志明</b> 主治醫師 <span>台北榮民總醫院</span> <span>骨科</span></div><div class="txt">${advice.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    );
    expect(pageOf(qa)!.answer_paragraphs).toEqual(advice);
  });

  it('a doctor’s sentence pointing to the hospital’s own WhatsApp or Facebook channel is the answer’s; the paper’s call opening the line is none', () => {
    const advice = ['膝盖疼痛多与关节退变有关，平时要避免久站久蹲，注意保暖。', '可以关注本院WhatsApp频道，医生会定期发布康复操视频。', '运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
    const qa = html(
      '老人膝盖疼怎么办 - 健康问答',
      `<div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06</span></div><div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>骨科</span></div><div class="txt">${advice.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    );
    expect(pageOf(qa)!.answer_paragraphs).toEqual(advice);
    const fb = qa.replace(advice[1]!, '可關注本院Facebook專頁，上面有復健運動影片可以跟著做。');
    expect(pageOf(fb)!.answer_paragraphs).toEqual([advice[0], '可關注本院Facebook專頁，上面有復健運動影片可以跟著做。', advice[2]]);
  });
});
