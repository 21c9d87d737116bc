import { describe, expect, it } from 'vitest';
import { isChatSeparator } from '../src/extract/records/chat-days.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A report-reading service's chat saved from its web-view: pictured bubbles, the asker's upload first, an AI's reading, the
 * service's notice that the doctor joined, the doctor's bubbles, maybe a later round (追问, 追答).
 */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).filter((e) => e.origin === 'page');

const mine = (html: string) => `<div class="m r"><img src="/a/u.png"><div class="b">${html}</div></div>`;
const theirs = (who: string, html: string) => `<div class="m l"><img src="/a/${who}.png"><div class="b">${html}</div></div>`;
const line = (text: string) => `<div><span>${text}</span></div>`;
const ANSWER = ['甘油三酯偏高和饮食关系比较大，先控制饮食、规律运动。', '三个月后空腹复查血脂，如果仍高再到内分泌科就诊。'];

const chat = (opening: string, overAnswer: string, later: string[] = []) =>
  `<div><b>王建华</b> <span>主治医师</span><p>江州市人民医院 · 内分泌科</p><span>已结束</span></div><div>` +
  [
    line(opening),
    mine('<div><b>已上传报告</b><p>年度健康体检报告</p><p>康宁体检东湖分院</p><p>报告日期：2022-05-02</p></div>'),
    mine('[图片] [图片]'),
    mine('甘油三酯偏高要吃药吗'),
    mine('去社区医院看过，吃了药也不见好。'),
    theirs('bot', 'AI初步解读：您的报告中共有2项异常：甘油三酯↑、尿酸↑。以上为智能解读，仅供参考，医生正在赶来。'),
    line(overAnswer),
    line('王建华医生已接诊'),
    ...ANSWER.map((p) => theirs('doc', p)),
    ...later,
    line('本次问诊已结束'),
  ].join('\n') +
  '</div>';

describe('a report-reading chat', () => {
  it('reads the asker’s first message as the question, the doctor’s bubbles as the answer, the AI’s and the asker’s none of it', () => {
    const [entry] = pageOf('报告解读', chat('2022-05-06 09:12', '2022-05-07 10:20'));
    expect(entry!.question).toBe('甘油三酯偏高要吃药吗');
    expect(entry!.answer_paragraphs).toEqual(ANSWER);
    expect(entry!.doctor.name).toBe('王建华');
    expect(entry!.doctor.hospital).toBe('江州市人民医院');
    expect(entry!.date).toBe('2022-05-07');
  });

  it('ends the answer at a later round (a new separator over the asker’s 追问), whose day dates nothing', () => {
    const later = [line('2022年5月8日 20:39'), mine('复查要空腹吗？'), theirs('doc', '需要空腹8小时以上，早上抽血。')];
    const [entry] = pageOf('问诊详情', chat('2022-05-06 09:12', '2022-05-07 10:20', later));
    expect(entry!.answer_paragraphs).toEqual(ANSWER);
    expect(entry!.date).toBe('2022-05-07');
  });

  it('dates a time alone over the doctor’s first bubble by the dated separator above it, and a relative or yearless one by none', () => {
    expect(pageOf('报告解读', chat('2022-05-06 09:12', '17:33'))[0]!.date).toBe('2022-05-06');
    expect(pageOf('报告解读', chat('星期二 20:44', '昨天 15:02'))[0]!.date).toBeNull();
    expect(pageOf('报告解读', chat('05-06 09:12', '05-07 10:20'))[0]!.date).toBeNull();
  });

  it('tells a chat’s separators, whatever day they name, from its messages', () => {
    for (const t of ['2021-08-09 07:32', '07-08 11:42', '星期二 20:44', '昨天 15:02', '14:22', '5月6日 14:22', '2021年8月11日 20:39']) expect(isChatSeparator(t)).toBe(true);
    for (const t of ['3天前', '女性总是多尿是什么病', '报告日期：2021-08-07', '120:00']) expect(isChatSeparator(t)).toBe(false);
  });
});
