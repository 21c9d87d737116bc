import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { sessionTimeDay } from '../src/extract/dates/session-day.js';
import { isCourtesyTurn } from '../src/extract/layouts/transcript-speakers.js';

/**
 * A health authority's 在线访谈 page of one netizen's question: a headline naming the interview's theme (asking nothing), the guest's
 * box, the interview's time and the later 发布时间, a 视频回放 player, then the transcript — the host's opening, the guest's greeting,
 * the netizen's question relayed by the host or in its own box, the guest's turns, the host's acknowledgement and thanks.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ASKED = '老人晚上总是睡不着怎么办';
const ANSWER = ['老年人睡眠变浅、早醒比较常见，先要排查有没有疼痛、夜尿多或者情绪低落等原因。', '白天适当晒太阳、午睡不超过半小时，睡前不喝浓茶咖啡，必要时在医生指导下短期用药。'];

type Labels = 'bracket' | 'colon' | 'span';
function interview(o: { labels?: Labels; relay?: 'host' | 'box'; ack?: boolean; video?: boolean } = {}): string {
  const labels = o.labels ?? 'bracket';
  const who = (host: boolean) =>
    labels === 'bracket' ? `<b>[${host ? '主持人' : '孙立'}]</b>` : labels === 'colon' ? `<b>${host ? '主持人' : '孙立'}：</b>` : `<span class="${host ? 'h' : 'g'}">${host ? '主持人' : '嘉宾'}</span>`;
  const turn = (host: boolean, text: string) => `<p>${who(host)}${text}</p>`;
  const asked = o.relay === 'box' ? `<div class="ask"><span>网友“河边柳”：</span>${ASKED}</div>` : turn(true, `有网友提问：${ASKED}`);
  const transcript = [
    turn(true, '各位网友下午好，欢迎收看本期在线访谈，今天做客的是江州市第一人民医院神经内科主任医师孙立。'),
    turn(false, '主持人好，网友们好！'),
    asked,
    turn(false, ANSWER[0]!),
    ...(o.ack ? [turn(true, '这个提醒很有必要。')] : []),
    o.ack ? turn(false, ANSWER[1]!) : `<p>${ANSWER[1]}</p>`,
    turn(true, '谢谢孙主任的解答，本期访谈就到这里。'),
  ].join('');
  return html(
    '老年人睡眠障碍的防治_在线访谈_江州市卫生健康委员会',
    `<div class="head">江州市卫生健康委员会</div><div class="crumb">首页 &gt; 互动交流 &gt; 在线访谈</div><div class="main">` +
      `<h1>老年人睡眠障碍的防治</h1><div class="info"><p>本期嘉宾：孙立　江州市第一人民医院神经内科主任医师</p><p>访谈时间：2023年3月14日 14:30</p><p>主持人：陈晨</p><p>发布时间：2023-03-16 09:00　来源：江州市卫生健康委员会</p></div>` +
      (o.video ? '<div class="v"><p>视频回放</p><video controls src="/zxft/v/0314.mp4"></video></div>' : '') +
      `<div class="sl"><h3>文字实录</h3>${transcript}</div></div>` +
      `<div class="other"><h3>本期其他网友提问</h3><ul><li><a href="/zxft/2.html">午睡太久晚上睡不着吗</a></li><li><a href="/zxft/3.html">安眠药会上瘾吗</a></li></ul></div>`,
  );
}

describe('an online interview’s page of one netizen question', () => {
  it('takes the netizen’s question relayed by the host, not the theme over it, and the guest’s turns after it as the answer', () => {
    const entry = pageOf(interview());
    expect(entry.question).toBe(ASKED);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor).toMatchObject({ name: '孙立', title: '主任医师', department: '神经内科' });
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('takes the question in the netizen’s own box', () => {
    expect(pageOf(interview({ relay: 'box' })).question).toBe(ASKED);
  });

  it('leaves out the speakers’ labels in brackets or in spans and the host’s acknowledgement between the guest’s turns', () => {
    expect(pageOf(interview({ labels: 'bracket', ack: true })).answer_paragraphs).toEqual(ANSWER);
    expect(pageOf(interview({ labels: 'span', ack: true })).answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves out the guest’s name label where the host speaks only above the question', () => {
    expect(pageOf(interview({ labels: 'colon', relay: 'box' })).answer_paragraphs).toEqual(ANSWER);
  });

  it('dates the answer by the interview’s time, not the transcript’s later publishing', () => {
    expect(pageOf(interview()).date).toBe('2023-03-14');
    expect(sessionTimeDay('直播时间：2023-03-14 14:30—15:30')).toBe('2023-03-14');
    expect(sessionTimeDay('发布时间：2023-03-16 09:00')).toBeNull();
  });

  it('reads the session’s 视频回放 between the headline and the transcript as the answer’s video', () => {
    expect(pageOf(interview({ video: true })).format).toBe('video');
    expect(pageOf(interview()).format).toBe('unknown');
  });
});

/**
 * A whole session's page under its theme: the host asks a question of their own, then relays a netizen's; the interview's time
 * in the box under the headline (on one line, or in a table's label cell and value cell), its later 发布时间 beside it.
 */
function session(o: { cells?: boolean } = {}): string {
  const turn = (host: boolean, text: string) => `<p><b>${host ? '主持人' : '何静'}：</b>${text}</p>`;
  const box = o.cells
    ? '<table><tr><td>访谈嘉宾：</td><td>临川市中心医院营养科主任医师 何静</td></tr><tr><td>访谈时间：</td><td>2022年10月20日 9:30—10:30</td></tr><tr><td>发布时间：</td><td>2022-10-26</td></tr></table>'
    : '<div class="info"><p>访谈嘉宾：临川市中心医院营养科主任医师 何静</p><p>访谈时间：2022年10月20日 9:30</p><p>发布时间：2022-10-26</p></div>';
  return html(
    '在线访谈：老年人的合理膳食_临川市卫生健康委员会',
    `<div class="head">临川市卫生健康委员会 在线访谈</div><div class="main"><h1>老年人的合理膳食</h1>${box}<div class="sl"><h3>文字实录</h3>` +
      turn(true, '各位网友上午好，今天做客访谈的是临川市中心医院营养科何静主任，和大家聊聊老年人怎样吃得更健康。') +
      turn(false, '主持人好，网友们好！') +
      turn(true, '老年人每天应该喝多少牛奶？') +
      turn(false, '一般建议每天300毫升左右的液态奶，喝了腹胀的老人可以换成酸奶，少量多次饮用。') +
      turn(true, '有网友提问：血糖高的老人还能吃水果吗？') +
      turn(false, '血糖控制平稳时可以在两餐之间吃少量低糖水果，比如柚子、草莓，每次不超过一个拳头大小。') +
      turn(true, '谢谢何主任，本期访谈到此结束。') +
      turn(false, '谢谢大家！') +
      '</div></div>',
  );
}

describe('an online interview’s page of a whole session', () => {
  it('takes no relayed netizen’s question as the page’s where the host asks one of their own too, and doubts the reading', () => {
    const entry = pageOf(session());
    expect(entry.question).toBe('老年人的合理膳食');
    expect(entry.answer_paragraphs).toContain('血糖控制平稳时可以在两餐之间吃少量低糖水果，比如柚子、草莓，每次不超过一个拳头大小。');
    expect(entry.answer_paragraphs).toContain('一般建议每天300毫升左右的液态奶，喝了腹胀的老人可以换成酸奶，少量多次饮用。');
    expect(entry.flags).toContain('unsure_reading');
  });

  it('leaves out the guest’s turns that only greet or take leave (`主持人好，网友们好！`, `谢谢大家！`)', () => {
    expect(pageOf(session()).answer_paragraphs).toEqual([
      '一般建议每天300毫升左右的液态奶，喝了腹胀的老人可以换成酸奶，少量多次饮用。',
      '血糖控制平稳时可以在两餐之间吃少量低糖水果，比如柚子、草莓，每次不超过一个拳头大小。',
    ]);
    expect(isCourtesyTurn('大家好！很高兴和大家交流。')).toBe(true);
    expect(isCourtesyTurn('谢谢主持人，各位网友再见！')).toBe(true);
    // A clause saying anything else keeps the turn.
    expect(isCourtesyTurn('大家好，今天先说说老人补钙。')).toBe(false);
    expect(isCourtesyTurn('谢谢，这个问题很常见。')).toBe(false);
  });

  it('dates it by the interview’s time in the box under the headline, on one line or across a table’s label and value cells', () => {
    expect(pageOf(session()).date).toBe('2022-10-20');
    expect(pageOf(session({ cells: true })).date).toBe('2022-10-20');
    expect(sessionTimeDay('2022年10月20日 9:30—10:30', '访谈时间：')).toBe('2022-10-20');
    expect(sessionTimeDay('2022-10-26', '发布时间：')).toBeNull();
  });
});
