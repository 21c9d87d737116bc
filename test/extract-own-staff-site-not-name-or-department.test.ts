import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card line that runs a word into the doctor's title (`刘建国主任医师`, `儿科主治医师`), where the page's <title> ends with that
 * same word (`… - 刘建国`, a doctor's own site; `… - 儿科`, a hospital site's section): the word is the doctor's name or department,
 * no platform the doctor works for (site-hospital.ts's own staff), and no hospital.
 */

const ANSWER = ['腰椎间盘突出症多数可以通过保守治疗缓解，突出的髓核部分可以被吸收。', '急性期卧床休息，避免弯腰搬重物。', '症状缓解后做小燕飞等腰背肌锻炼。'];
const page = (titleTail: string, cardLines: string[]) => `<html><head><title>腰椎间盘突出能自愈吗 - ${titleTail}</title></head><body>
<h1>腰椎间盘突出能自愈吗</h1><div class="card">${cardLines.map((l) => `<p>${l}</p>`).join('')}</div>
<div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p>2023-05-06</p>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a <title> ending with the card’s name or department names no platform', () => {
  it('a doctor’s own site (`… - 刘建国` over `刘建国主任医师`): no hospital', () => {
    const own = read(page('刘建国', ['刘建国主任医师']));
    expect(own.doctor).toMatchObject({ name: '刘建国', title: '主任医师', hospital: null });
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a section named for the department (`… - 骨科` over `王敏` / `骨科主治医师`): the department, no hospital', () => {
    const own = read(page('骨科', ['王敏', '骨科主治医师']));
    expect(own.doctor).toMatchObject({ name: '王敏', title: '主治医师', department: '骨科', hospital: null });
  });
});
