import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isPrintPageLine, isReporterByline, isReporterLede } from '../src/extract/words/news-lead.js';

/**
 * A paper's health Q&A in its web copy: the print page's line (`江州日报 A14版 健康`), the reporter's byline
 * (`文/江州日报全媒体记者 王芳 通讯员 李明`) and lead (`近日，不少读者来电咨询…，记者就此采访了专家。`) over the doctor's answer,
 * the expert credited after it (`（本期专家：…）`): the paper's lines, none of the answer.
 */

const QUESTION = '孩子反复咳嗽要紧吗';
const ANSWER = ['孩子反复咳嗽常见的原因有以下几种：', '（1）过敏性咳嗽，多在夜间和清晨加重，需要在医生指导下用药。', '建议及时到医院儿科就诊，明确诊断后规范治疗。'];
const page = (lede: string, printLine = true) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_江州新闻网</title></head><body><div class="article"><h1>${QUESTION}</h1>` +
  `<div class="info"><span>2023-05-06 08:12</span>　<span>来源：江州日报</span></div>` +
  (printLine ? '<div class="paper">江州日报 A14版 健康</div>' : '') +
  `<div class="txt"><p>　　文/江州日报全媒体记者 王芳 通讯员 李明</p><p>　　${lede}</p>` +
  ANSWER.map((p) => `<p>　　${p}</p>`).join('') +
  `<p>　　（本期专家：江州市人民医院儿科主任医师 张伟）</p></div><p>责任编辑：赵敏</p></div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a paper’s Q&A with the reporter’s byline and lead over the doctor’s answer', () => {
  for (const lede of ['近日，不少读者来电咨询相关问题，记者就此采访了专家。', '换季时节，这类问题的门诊量明显增加。']) {
    it(`reads the answer without the print line, the byline and the lead (${lede.slice(0, 8)}…)`, () => {
      const entry = pageOf(page(lede));
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.doctor).toMatchObject({ name: '张伟', title: '主任医师', department: '儿科' });
    });
  }

  it('keeps a first paragraph of advice after the byline in the answer', () => {
    const advice = '孩子咳嗽两周以上的，门诊量虽大，也要先查血常规。';
    expect(pageOf(page(advice, false)).answer_paragraphs).toEqual([advice, ...ANSWER]);
  });

  it('tells the lines by their words', () => {
    expect(isReporterByline('文/广州日报全媒体记者 杨秀英 通讯员 黄秀英')).toBe(true);
    expect(isReporterByline('本报记者 王芳 通讯员 李明')).toBe(true);
    expect(isReporterByline('记者采访了专家，专家表示要多喝水')).toBe(false);
    expect(isPrintPageLine('广州日报 A14版 健康')).toBe(true);
    expect(isPrintPageLine('新民晚报 第A14版')).toBe(true);
    expect(isPrintPageLine('第二版看这里')).toBe(false);
    expect(isReporterLede('近日，不少读者来电咨询相关问题，记者就此采访了专家。')).toBe(true);
    expect(isReporterLede('关节痛多数与痛风有关，注意休息。')).toBe(false);
  });
});
