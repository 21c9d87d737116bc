import { describe, expect, it } from 'vitest';
import { isFloorNumber } from '../src/extract/layouts/forum-floors.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old Q&A template numbers its doctors' answers as floors (`1楼`, `2楼`), each a table of the card in labelled rows beside
 * the text and its `回答时间：`: the floor's number alone on its line opens the next doctor's answer, the one above has
 * ended, and the next one's day dates nothing of it. What the blind split fresh-75 taught the genre reader.
 */

const URL = 'https://www.example-wenda.cn/wenda/3321.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['痔疮多与久坐、饮食辛辣有关，轻度的可以先温水坐浴。', '便血较多或者肿物不能回纳，应及时到医院肛肠科就诊。'];
const floor = (n: number, name: string, hospital: string, text: readonly string[], day: string) =>
  `<table width="100%"><tr><td>${n}楼</td><td></td></tr><tr><td width="160" valign="top">回答医生：<a href="/doctor/1.html">${name}</a><br>职称：主治医师<br>医院：${hospital}<br>科室：肛肠科</td>` +
  `<td valign="top">${text.map((p) => `<p>${p}</p>`).join('')}<div>回答时间：${day}</div></td></tr></table>`;
const page =
  `<html><head><title>痔疮多久能好_健康问答</title></head><body>` +
  `<div><h1>痔疮多久能好？</h1><p>问题描述：平时工作比较忙，作息不太规律。</p><p>提问时间：2020年08月29日 10时12分</p></div>` +
  `<div>${floor(1, '侯宏', '东湖市第二人民医院', ANSWER, '2020年08月31日 14时22分')}${floor(2, '程然', '东湖市人民医院', ['你好，根据你的描述，考虑和近期饮食作息有关。', '建议规律作息，清淡饮食，症状不缓解及时就诊。'], '2020年09月02日 09时10分')}</div>` +
  `</body></html>`;

describe('answers numbered as floors', () => {
  it('a floor’s number alone is one; a line of the answer naming a floor is none', () => {
    for (const line of ['2楼', '第3楼', '#4']) expect(isFloorNumber(line), line).toBe(true);
    for (const line of ['住在2楼的老人上下楼梯要小心。', '楼主']) expect(isFloorNumber(line), line).toBe(false);
  });

  it('the next floor’s number ends the first doctor’s answer, undoubted', () => {
    const [own] = read(page);
    expect(own!.doctor.name).toBe('侯宏');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2020-08-31');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
