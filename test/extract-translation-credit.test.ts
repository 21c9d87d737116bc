import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isEditorNote, isTranslationCredit } from '../src/extract/words/answer-extras.js';

/** A partner doctor's answer translated by an agency: the translator's credit and the editor's box under it are none of the answer. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '体检发现甲状腺结节怎么办';
const ANSWER = ['甲状腺结节大多是良性的，先看超声分级再决定下一步。', '3级以下的结节一般半年到一年复查一次超声即可，不需要手术。'];
const RELATED = `<div class="more"><h3>相关问答</h3><ul><li><a href="/wenda/1.html">甲状腺结节能吃海带吗</a><p>大多数结节可以适量吃，碘摄入不要过多也不要过少。</p></li><li><a href="/wenda/2.html">甲状腺结节要手术吗</a><p>多数不需要手术，定期复查超声即可。</p></li></ul></div>`;
const card = `<div class="doc"><p>佐藤健一</p><p>院长 | 消化内科</p><p>大阪中之岛综合诊所</p></div>`;

describe('a translated answer', () => {
  it('ends the answer at the translation credit inside its text block, and at the editor’s box after it', () => {
    const text = `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>本回答由某某医学翻译团队译自日文</p></div><p>答复于 2023年5月6日</p><div class="note">【小编补充】赴日体检一般需提前两周预约，平台可代办预约及翻译陪诊。</div>`;
    const page = pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${card}${text}${RELATED}`));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('佐藤健一');
    expect(page.date).toBe('2023-05-06');
  });

  it('tells credits and editors’ notes from the answer’s sentences', () => {
    expect(isTranslationCredit('本回答由某某医学翻译团队译自韩文')).toBe(true);
    expect(isTranslationCredit('（以上内容译自日文）')).toBe(true);
    expect(isTranslationCredit('翻译：李明')).toBe(true);
    expect(isTranslationCredit('看不懂的报告可以请人翻译成中文后再来咨询。')).toBe(false);
    expect(isEditorNote('【小编补充】签证、机票、住宿均可由平台顾问协助安排。')).toBe(true);
    expect(isEditorNote('编者按：本期请到…')).toBe(true);
    expect(isEditorNote('编辑：王芳')).toBe(false);
  });
});
