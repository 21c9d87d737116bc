import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * (The app's page as in extract-glued-follow-up-tag.test.ts.) Where the answer's day stands over its text, a first paragraph
 * opening with a bold 追问 glued to a question (`<b>追问</b>病史是不是很重要？是的，…`) is the doctor's own: a tag glued to its
 * words ends the answer as a follow-up only where the answer's text stood before the stamp. Before, the paragraph was
 * dropped from the answer silently (and a lone `<b>追问</b>需要拔牙吗？` there lost its doubt).
 */

const URL = 'https://m.example-app.com/wenda/share?qid=139731';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孕妇牙齿松动的处理要根据病情轻重来决定：', '建议及时到医院口腔科就诊，明确诊断后规范治疗。'];
const page = (first: string) =>
  `<html><head><title>孕妇牙齿松动怎么回事 - 问医生</title></head><body><div class="question"><p class="asker">匿名姐妹 · 30岁 · 提问于 2023-07-25</p><h1>孕妇牙齿松动怎么回事</h1><p class="desc">问题补充：平时工作比较忙。</p></div>` +
  `<div class="doc-answer"><h3>医生回答</h3><div class="doc-card"><img class="avatar" src="/d/a.jpg"><div class="info"><p><span class="name">邵建军</span> <span class="badge">认证医生</span> <span class="title">主治医师</span></p><p class="org">北岸市人民医院 · 口腔科</p></div></div>` +
  `<p class="t">2023-07-26</p><div class="text">${first}\n${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="ans-ft"><span>有用 671</span></div></div></body></html>`;

describe('a glued 追问 tag opening the answer under a stamp above it', () => {
  it('the doctor’s paragraph stays the answer’s', () => {
    const [own] = read(page('<p><b>追问</b>病史是不是很重要？是的，需要了解孕周和既往牙病。</p>'));
    expect(own!.answer_paragraphs).toEqual(['追问病史是不是很重要？是的，需要了解孕周和既往牙病。', ...ANSWER]);
  });

  it('a lone question so: not silently dropped', () => {
    const [own] = read(page('<p><b>追问</b>需要拔牙吗？</p>'));
    expect(own!.flags).toContain('unsure_reading');
  });
});
