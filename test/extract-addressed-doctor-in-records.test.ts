import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A speaker addressed by the card doctor's surname (`王主任`, consult-speakers.ts) is the doctor's turn only in a consult record,
 * where a visitor (访客) or the hospital's staff (导医, 客服) speak too (chat-turns.ts). In a patient's chat with the doctor, a line
 * `王主任：` opening the patient's message is their salutation: the message is theirs, none of the answer.
 */

const URL = 'https://www.example-clinic.cn/consult/88412.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['术后三个月复查时肝功能轻度异常，多数是药物引起的，不必过于紧张。', '建议继续服用保肝药两周，停用不必要的保健品，之后再复查肝功能。'];
const LETTER = '您好，我是上周在您门诊看过的病人，复查肝功能转氨酶有点高，请问要紧吗？';

const page = `<html><head><meta charset="utf-8"><title>术后复查转氨酶高要紧吗？_王建国医生_问诊记录</title></head><body>
<h1>术后复查转氨酶高要紧吗？</h1>
<div><p><img src="/avatar/d12.jpg"> <b>王建国</b> 主任医师 肝胆外科 青川市第一人民医院</p></div>
<div class="chat">
<div class="who">患者 2019-06-28 07:58</div>
<div class="txt">王主任：</div>
<div class="txt">${LETTER}</div>
<div class="who">医生 2019-06-28 09:10</div>
<div class="txt">${ANSWER[0]}</div>
<div class="txt">${ANSWER[1]}</div>
</div>
</body></html>`;

describe('a doctor addressed by surname outside a consult record', () => {
  it("reads the patient's salutation and message as theirs, the doctor's turn as the answer", () => {
    const [own] = read(page);
    expect(own!.question).toBe('术后复查转氨酶高要紧吗？');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor?.name).toBe('王建国');
    expect(own!.date).toBe('2019-06-28');
  });
});
