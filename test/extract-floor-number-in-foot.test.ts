import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old Q&A template numbers its doctors' answers as floors. Where it prints the floor's number at the floor's head
 * (`2楼` over the next doctor's card), that number opens the next floor and ends the answer's part. Another prints it in
 * the floor's foot, under the text and over the floor's day (`1楼` / `回复于 2020-08-31 14:22`): that number is the
 * answer's own floor's, and ends nothing; before, it cut the answer's part short of its own day, and the entry came out
 * undated with nothing said.
 */

const URL = 'https://www.example-wenda.cn/wenda/3321.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['痔疮多与久坐、饮食辛辣有关，轻度的可以先温水坐浴。', '便血较多或者肿物不能回纳，应及时到医院肛肠科就诊。'];
const OTHER = ['你好，根据你的描述，考虑和近期饮食作息有关。', '建议规律作息，清淡饮食，症状不缓解及时就诊。'];
const floor = (n: number, name: string, text: readonly string[], foot: string) =>
  `<div class="post"><div class="au"><img src="/a/${n}.jpg"><a href="/doctor/${n}.html">${name}</a> <span>主治医师</span><p>东湖市人民医院 肛肠科</p></div>` +
  `<div class="c">${text.map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">${foot.replace('N', String(n))}</div></div>`;
const page = (foot: string, next: string) =>
  `<html><head><title>痔疮多久能好_健康问答</title></head><body>` +
  `<div><h1>痔疮多久能好？</h1><p>问题描述：平时工作比较忙，作息不太规律。</p><p>提问时间：2020-08-29 10:12</p></div>` +
  `<div>${floor(1, '侯宏', ANSWER, foot.replace('DAY', '2020-08-31 14:22'))}${floor(2, '程然', OTHER, next.replace('DAY', '2020-09-02 09:10'))}</div></body></html>`;

describe('a floor’s number printed in its foot', () => {
  it('over the floor’s day: the answer’s own, its day the answer’s', () => {
    for (const foot of ['<div>N楼</div><div>回复于 DAY</div>', '<div>#N</div><div>回答时间：DAY</div>']) {
      const [own] = read(page(foot, foot));
      expect(own!.doctor.name, foot).toBe('侯宏');
      expect(own!.answer_paragraphs, foot).toEqual(ANSWER);
      expect(own!.date, foot).toBe('2020-08-31');
    }
  });

  it('alone in the floor, the page’s only answer: its day the answer’s', () => {
    const foot = '<div>N楼</div><div>回复于 DAY</div>';
    const html = page(foot, foot).replace(/<div class="post"><div class="au"><img src="\/a\/2[\s\S]*<\/div><\/div><\/div>/u, '</div>');
    const [own] = read(html);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2020-08-31');
  });
});
