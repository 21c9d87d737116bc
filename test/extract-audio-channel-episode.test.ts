import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on an audio platform's episode page of a doctors' programme: the channel's host named by the channel's
 * name (`主播：…`), the transcript under 文稿 with the host's and the guest's turns, the programme's standing blurb in the
 * 简介 beside the guest's line, the channel's 节目列表 of other episodes (their titles questions: link-only items).
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '老人晚上睡不着怎么办';
const ANSWER = ['老人失眠的原因比较多，首先要排除疼痛、夜尿多等身体上的原因。', '白天适当活动，晚上不要喝浓茶和咖啡，必要时到神经内科就诊，在医生指导下用药。'];

const channel = (host: string) => `<div class="ch"><a href="/channels/1001/">《养生早班车》</a> <span>主播：${host}</span></div>`;
const transcript = (host: string) =>
  `<div class="sc"><div class="hd">文稿</div><p>${host}：欢迎收听本期节目，今天有位听众留言问到这个问题，我们请专家来解答。</p><p>陶文静：${ANSWER[0]}</p><p>${ANSWER[1]}</p><p>${host}：好的，谢谢陶医生，我们下期再见。</p></div>`;
const notes = `<div class="ds"><div class="hd">节目简介</div><p>本期嘉宾：东湖市第一人民医院神经内科主任医师 陶文静</p><p>养生早班车，每期邀请一位名医，回答听众最关心的健康问题。</p></div>`;
const player = `<div class="pl"><audio src="/a/1.m4a"></audio><span>00:00</span> / <span>12:31</span></div>`;
const list = `<div class="ls"><div class="hd">节目列表</div><ul><li><span>1</span><a href="/channels/1001/programs/2001/">老人夜里总醒是怎么回事</a><span>2022-11-21</span><span>18:49</span></li><li><span>2</span><a href="/channels/1001/programs/2002/">失眠吃什么药好</a><span>2022-02-18</span><span>21:03</span></li></ul></div>`;
const page = (host: string, notesFirst: boolean) =>
  html(`${QUESTION}_养生早班车`, `${channel(host)}<h1>${QUESTION}</h1><div><span>2022-12-09</span> <span>79.3万次播放</span></div>${player}${notesFirst ? notes + transcript(host) : transcript(host) + notes}${list}<footer>听见更大的世界</footer>`);

describe('an audio channel’s episode page', () => {
  it('the programme’s standing blurb (`…，每期邀请一位名医，…`) is none of the guest’s answer, before or after the transcript', () => {
    for (const notesFirst of [true, false]) {
      const own = pageOf(page('主持人', notesFirst));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.doctor).toMatchObject({ name: '陶文静', title: '主任医师' });
    }
  });

  it('the host named by the channel (`主播：阿宽`) speaks the turns opened by that name: none of the answer', () => {
    for (const notesFirst of [true, false]) {
      const own = pageOf(page('阿宽', notesFirst));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('the channel’s 节目列表 of other episodes is the related list: link-only, none of the answer', () => {
    const own = pageOf(page('主持人', false));
    expect(own.related_urls).toEqual(['/channels/1001/programs/2001/', '/channels/1001/programs/2002/']);
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});
