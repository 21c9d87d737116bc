import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const A = ['关于胆囊炎，可以从以下几个方面来考虑：', '一、饮食以清淡、易消化为主，平时多喝温水、适当休息。', '建议及时到医院肝胆外科就诊，明确诊断后规范治疗。'];
const page = (by: string, note: string) =>
  `<html><head><meta charset="utf-8"><title>胆囊炎能治好吗-期刊阅读网</title></head><body><div class="article"><h1>胆囊炎能治好吗</h1>${by}` +
  `<div class="text">${A.map((p) => `<p>${p}</p>`).join('')}<p>${note}</p></div></div></body></html>`;
const pageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('the author-unit note that gives 作者：{name} their hospital', () => {
  for (const [by, note] of [
    ['<p>作者：王建华</p><p>责任编辑：李娜</p>', '（作者单位：江州市人民医院肝胆外科）'],
    ['<p>作者：王建华</p>', '（作者单位：江州市人民医院肝胆外科；江州医学院）'],
  ] as const)
    it(`is the card’s, none of the answer: ${note}`, () => {
      const e = pageEntry(page(by, note));
      expect(e.doctor).toMatchObject({ name: '王建华', hospital: '江州市人民医院' });
      expect(e.answer_paragraphs).toEqual(A);
    });
});
