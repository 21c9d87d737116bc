import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { withoutEnglishBeside } from '../src/extract/words/translation.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';

/** A page printing its answer and its related list in English and Chinese: the Chinese is what is read. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title><link rel="canonical" href="https://www.example-med.com/qa/1"></head><body>${body}</body></html>`;
const QUESTION = '老人心慌怎么办';
const ZH = ['老人心慌可能是以下原因引起：', '1.贫血引起的心慌，需要在医生指导下补充铁剂。', '平时要注意保持良好的生活习惯，按时复查。'];
const EN = ['Palpitations in older people may have several causes, which an examination can tell apart.', 'Palpitations caused by anaemia need iron supplements under a doctor’s guidance.', 'Keep a regular routine and come back for check-ups as advised.'];

describe('an answer printed in English and Chinese', () => {
  it('keeps the Chinese paragraphs, and reads the bilingual related list by its Chinese titles', () => {
    const pairs = ZH.map((zh, i) => `<p class="en">${EN[i]}</p><p class="zh">${zh}</p>`).join('');
    const related = `<aside><h3>Related Q&amp;A 相关问答</h3><ul><li><a href="/qa/2"><span lang="en">Read the doctor’s answer</span> / <span lang="zh-CN">心慌伴有胸闷怎么办？</span></a><p>心慌伴有胸闷要先做心电图，排除心脏的问题。</p></li><li><a href="/qa/3"><span lang="en">More on this condition</span> / <span lang="zh-CN">贫血会引起心慌吗？</span></a><p>贫血会引起心慌，需要查血常规明确。</p></li></ul></aside>`;
    const card = `<div class="doctor"><p>Dr. Chen Xiaodong 陈晓东</p><p>Attending Physician 主治医师</p><p>Department 科室：血液科</p><p>Partner Hospital 合作医院：西陵市人民医院</p></div>`;
    const entries = entriesOf(extractOrThrow(pageRecord(html(QUESTION, `<h1>${QUESTION}</h1>${card}<div class="answer">${pairs}</div>${related}`), { url: 'saved-page.html' })));
    const page = entries.find((e) => e.origin === 'page')!;
    expect(page.answer_paragraphs).toEqual(ZH);
    expect(page.doctor).toMatchObject({ name: '陈晓东', title: '主治医师', department: '血液科' });
    expect(entries.filter((e) => e.origin !== 'page').map((e) => e.question)).toEqual(['心慌伴有胸闷怎么办？', '贫血会引起心慌吗？']);
  });

  it('drops English paragraphs only beside Chinese ones', () => {
    expect(withoutEnglishBeside([EN[0]!, ZH[0]!])).toEqual([ZH[0]]);
    expect(withoutEnglishBeside(EN)).toEqual(EN);
    expect(withoutEnglishBeside(['建议做个CT检查，看看有没有问题。'])).toEqual(['建议做个CT检查，看看有没有问题。']);
    expect(isRelatedLabel('Related Q&A 相关问答')).toBe(true);
    expect(isRelatedLabel('Doctor’s Answer 医生解答')).toBe(false);
  });
});
