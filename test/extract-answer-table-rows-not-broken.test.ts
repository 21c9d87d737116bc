import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A small dose table inside the answer, read one paragraph per row, its cells joined by a space: a row whose middle cell is a
 * sentence with a comma (`每晚一次，睡前`) ends without a stop, the next row starts with its own first cell. Rows are each their
 * own, no sentence broken over two paragraphs: no doubt that the page wrapped a sentence. Two prose paragraphs broken mid-phrase
 * stay doubted.
 */

const Q = '足癣反复发作怎么用药？';
const page = (rows: string[][], extra = '') => `<html><head><meta charset="utf-8"><title>${Q}_城南健康</title></head><body>
<div class="art"><h1>${Q}</h1><div class="src">2021-04-02 08:00</div>
<p class="doc">答疑专家：城南医院皮肤科主治医师 骆青禾</p>
<div class="txt"><p>足癣容易复发，关键是坚持足疗程用药并保持双脚干燥。</p>${extra}
<table><tr><th>药物</th><th>用法</th><th>提醒</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>
<p>鞋袜要勤换勤晒，家里人的拖鞋不要混穿。</p></div></div>
<footer>城南健康 版权所有</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
const ROWS = [['抗真菌乳膏', '每日两次，涂满患处', '症状消失后再用两周'], ['抗真菌散剂', '每日一次，撒在鞋内', '保持鞋内干燥']];

describe('rows of a table inside the answer', () => {
  it('reads each row as a paragraph, no mid-phrase doubt', () => {
    const entry = pageOf(page(ROWS));
    expect(entry.answer_paragraphs).toEqual(['足癣容易复发，关键是坚持足疗程用药并保持双脚干燥。', '药物 用法 提醒', ...ROWS.map((r) => r.join(' ')), '鞋袜要勤换勤晒，家里人的拖鞋不要混穿。']);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('still doubts two prose paragraphs broken mid-phrase', () => {
    const entry = pageOf(page(ROWS, '<p>如果趾缝已经糜烂渗液，先用湿敷收干，再</p><p>改用乳膏，不要一开始就涂刺激性强的药物。</p>'));
    expect(entry.flags).toContain('unsure_reading');
  });
});
