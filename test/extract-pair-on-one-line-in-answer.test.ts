import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A question and its answer on one line in the doctor's text (`问：…？答：…`), the doctor's prose before and after it in the same
 * box: the doctor posing and answering a common question, no asker's line to drop. (Its 问 label is kept and doubted by the
 * consistency check: flagged, not dropped.)
 */

const URL = 'https://www.example-askdoc.cn/answer/40917.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const BEFORE = '孕期贫血大多是缺铁性贫血，血红蛋白低于110就要重视，先从饮食补起，多吃红肉、动物肝脏和血制品。';
const PAIR = '问：补铁剂要吃多久？答：血红蛋白恢复正常后，还要再吃三个月左右，把体内储存的铁补足。';
const AFTER = '铁剂最好饭后服用，和维生素C一起吃吸收更好，不要和牛奶、茶、咖啡同服，服药期间大便发黑是正常的。';
const page = (middle: string) =>
  `<html><head><title>怀孕贫血怎么补铁 - 问医生</title></head><body><div class="q"><h1>怀孕贫血怎么补铁</h1><p>孕24周，血红蛋白98，医生说贫血，平时吃饭要注意什么？</p><p>提问时间：2022-03-07</p></div>` +
  `<div class="a"><div class="card"><b>宁秀梅</b> 副主任医师 <span>产科</span> <span>江州市妇幼保健院</span></div>` +
  `<div class="txt"><p>${BEFORE}</p><p>${middle}</p><p>${AFTER}</p></div><div class="t">回答时间：2022-03-08</div></div></body></html>`;

describe('a question and its answer on one line inside the answer', () => {
  it('keeps the line as the doctor’s', () => {
    const [own] = read(page(PAIR));
    expect(own!.answer_paragraphs).toEqual([BEFORE, PAIR, AFTER]);
  });
  it('still reads an asker’s line that carries no answer as theirs', () => {
    const [own] = read(page('问：我还需要查铁蛋白吗？'));
    expect(own!.answer_paragraphs).not.toContain('问：我还需要查铁蛋白吗？');
  });
});
