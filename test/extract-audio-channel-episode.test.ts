import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { PROGRAMME_BLURB_RE } from '../src/extract/words/furniture-lines.js';

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

describe('a doctor’s own line that opens as a blurb does', () => {
  const qa = (lines: readonly string[]) =>
    html('老是焦虑睡不好怎么办？_问医生_某某健康网', `<h1>老是焦虑睡不好怎么办？</h1><p>病情描述：最近总是焦虑，晚上睡不着。</p><span>2023-05-06 10:12</span>` +
      `<div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>心理科</span></div><div class="txt">${lines.map((l) => `<p>${l}</p>`).join('')}</div></div>` +
      `<div><h3>相关问答</h3><ul><li><a href="/q/2.html">失眠吃什么药</a></li><li><a href="/q/3.html">焦虑症怎么治</a></li></ul></div>`);

  it('keeps advice to invite friends each week (`另外，每周邀请朋友…`) and a column’s `本栏目为大家讲过…` in the answer', () => {
    for (const line of ['另外，每周邀请朋友一起运动两三次，对缓解焦虑很有帮助。', '本栏目为大家讲过很多次，焦虑失眠首先要规律作息。', '建议，每周邀请小朋友来家里玩一两次，帮助孩子建立社交。']) {
      const lines = ['焦虑失眠要先调整作息，睡前一小时不要看手机。', line, '如果症状持续两周以上，建议到心理科就诊。'];
      expect(pageOf(qa(lines)).answer_paragraphs).toEqual(lines);
    }
  });

  it('still knows the standing blurbs of a programme or a column', () => {
    for (const blurb of ['养生早班车，每期邀请一位名医，回答听众最关心的健康问题。', '本栏目由加国360健康频道与多位执业医生合作推出，读者如有健康问题，欢迎来信。', '本栏目由某某制药有限公司提供支持', '本节目是江州电台的一档健康访谈节目。']) {
      expect(PROGRAMME_BLURB_RE.test(blurb)).toBe(true);
    }
  });
});
