import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Where the answering doctor's card names no department, the department the question was put to (`咨询科室：骨科`) is the
 * doctor's; one under another answerer's card line (`范英建 主治医师 认证医生`, `科室：内科`) is that answerer's. A line of the
 * asker's words naming a doctor by title right above the field (`县医院的主任医师说是腰椎间盘突出`) is no card line: the
 * department asked of stays the doctor's. Before, it was taken for another answerer's card and the department came out
 * null, with nothing said.
 */

const URL = 'https://www.example-ask.cn/question/7731.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['腰椎间盘突出轻度的可以先保守治疗，卧硬板床休息，避免弯腰搬重物。', '如果出现下肢麻木无力加重，建议到医院骨科就诊，必要时做核磁共振检查。'];
const page = (box: string) => `<html><head><title>腰椎间盘突出腿麻怎么办_问答</title></head><body>
<div class="q"><h1>腰椎间盘突出腿麻怎么办</h1>${box}</div>
<div class="a"><div class="card"><img src="/d/1.jpg"><a href="/doctor/1">王明</a> <span>主治医师</span><p>东湖市人民医院</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>回答时间：2023-05-06 14:22</p></div></body></html>`;

describe('the asker’s line naming a doctor over the department asked of', () => {
  it('leaves that department the answering doctor’s', () => {
    for (const line of ['县医院的主任医师说是腰椎间盘突出', '之前找过李主任医师看过']) {
      const [own] = read(page(`<p>腰疼半个月了，左腿发麻。</p><p>${line}</p><p>咨询科室：骨科</p>`));
      expect(own!.doctor.name, line).toBe('王明');
      expect(own!.doctor.department, line).toBe('骨科');
      expect(own!.answer_paragraphs, line).toEqual(ANSWER);
    }
  });
});
