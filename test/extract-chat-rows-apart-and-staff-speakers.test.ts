import { describe, expect, it } from 'vitest';
import { isStaffNote } from '../src/extract/words/answer-extras.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An internet hospital's consultation exported as a web page from its app (custom elements, no speaker's name or picture on a
 * bubble): the consult's title, the doctor's card, then the chat: the asker's bubble typing the question with their words run on
 * after it (no space, no mark between), the doctor's bubbles under a stamp, and the hospital's other staff speaking under their
 * role (`护士：…`, `药师 王丽：…` under a later stamp). Only the rows' classes tell the asker's bubble from the doctor's; the
 * staff's messages are none of the doctor's answer.
 */

const QUESTION = '老人膝盖疼痛怎么办';
const ANSWER = ['膝盖疼痛多数与骨关节炎有关，需要结合检查来看：', '一、疼痛在上下楼时加重的，要减少爬楼和久站。', '二、可以配合理疗和适量运动，必要时拍片复查。'];
const row = (side: string, text: string, rowClass = `line line-${side}`) => `<app-view class="${rowClass}"><app-view class="pop"><app-text><span>${text}</span></app-text></app-view></app-view>`;
const stamp = (t: string) => `<app-view class="time">${t}</app-view>`;
const page = (opening: string, staff: boolean, alike = false) => `<html><head><meta charset="utf-8"><title>某某医院互联网医院</title></head><body>
<app-page><div class="bar">图文问诊</div>
<app-view class="top"><app-text class="ttl"><span>${QUESTION}</span></app-text><app-view class="when">问诊时间：2023-03-01 08:05</app-view></app-view>
<app-view class="card"><app-view class="nm"><app-text><span>王建国</span></app-text> <app-text><span>主任医师</span></app-text></app-view><app-view class="dp">骨科 | 北岸市人民医院</app-view></app-view>
<app-view class="talk">${row('me', opening, alike ? 'line' : undefined)}
${stamp('2023-03-01 10:12')}
${ANSWER.map((p) => row('dr', p, alike ? 'line' : undefined)).join('\n')}
${staff ? `${stamp('2023-03-01 22:40')}\n${row('rx', '药师 刘秀英：处方审核通过，请按说明书服药。')}\n${row('rn', '护士：随访提醒，请一周后在线复诊。')}` : ''}</app-view>
<app-view class="foot">本次问诊已结束 · 线上咨询不能代替面诊</app-view></app-page></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://hlw.example-hospital.cn/h5/consult/1' }))).find((e) => e.origin === 'page')!;

describe('a consultation chat whose rows’ classes tell the asker from the doctor', () => {
  it('takes the asker’s opening bubble, the question run on into their words, as none of the answer', () => {
    const own = read(page(`${QUESTION}最近上下楼梯时特别明显，休息后会好一些。`, false));
    expect(own.question).toBe(QUESTION);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-01');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('does so for a short question too', () => {
    const short = page('膝盖疼严重吗请问需要做什么检查？', false).replaceAll(QUESTION, '膝盖疼严重吗');
    expect(read(short).answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps a first bubble styled as the doctor’s others in the answer: the doctor restating the question', () => {
    const restated = `${QUESTION}主要看有没有肿胀和活动受限，没有的话可以先观察。`;
    expect(read(page(restated, false, true)).answer_paragraphs).toEqual([restated, ...ANSWER]);
  });

  it('keeps a first bubble whose row differs from the others only by a class of no side (its place, its kind) in the answer', () => {
    // The doctor's rows set apart by a class telling the bubble's place in the run or its kind (`line-first`, `type-text` /
    // `type-voice`), no speaker: the first bubble restating the question is the doctor's, as where the rows are alike.
    const restated = `${QUESTION}主要看有没有肿胀和活动受限，没有的话可以先观察。`;
    const first = page(restated, false).replace('class="line line-me"', 'class="line line-dr line-first"');
    expect(read(first).answer_paragraphs).toEqual([restated, ...ANSWER]);
    const kinds = page(restated, false).replace('class="line line-me"', 'class="line type-text"').replaceAll('class="line line-dr"', 'class="line type-voice"');
    expect(read(kinds).answer_paragraphs).toEqual([restated, ...ANSWER]);
  });

  it('leaves the pharmacist’s and the nurse’s messages out of the doctor’s answer', () => {
    const own = read(page(`${QUESTION}最近上下楼梯时特别明显，休息后会好一些。`, true));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-01');
  });
});

describe('a staff member speaking under their role', () => {
  it('is another’s where the answering person’s title is of another role', () => {
    expect(isStaffNote('护士：随访提醒，请一周后在线复诊。', '主任医师')).toBe(true);
    expect(isStaffNote('责任护士：请按时换药。', '主治医师')).toBe(true);
    expect(isStaffNote('药师 刘秀英：处方审核通过，请按说明书服药。', '副主任医师', '王建国')).toBe(true);
  });

  it('is another’s where it names someone other than the answering person, whatever the roles', () => {
    expect(isStaffNote('药师 刘秀英：处方审核通过，请按说明书服药。', '主管药师', '王建国')).toBe(true);
    expect(isStaffNote('药师 王建国：饭后服用即可。', '主管药师', '王建国')).toBe(false);
  });

  it('is the answering person’s own where their title is of the role, or nothing where no title is known', () => {
    expect(isStaffNote('药师：这个药饭后服用即可。', '主管药师')).toBe(false);
    expect(isStaffNote('护士：随访提醒，请一周后在线复诊。', null)).toBe(false);
    // A line of advice naming the role does not open with it as its speaker.
    expect(isStaffNote('请咨询药师：用量要遵医嘱。', '主任医师')).toBe(false);
  });
});
