import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An app's H5 page prints a follow-up round under the answer's day with its tags as elements of their own, the words glued
 * after them with nothing between (`<span class="tag">追问</span>请问多久复查一次？`, `<span class="tag">医生回复</span>…`):
 * the round is none of the answer, as where a colon or a space sets the tag apart. A line of the answer that merely opens
 * with the word (`追问病史…`, no element of its own) is left to the answer. What the blind split fresh-77 taught the genre reader.
 */

const URL = 'https://m.example-app.com/wenda/share?qid=139731';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孕妇牙齿松动的处理要根据病情轻重来决定：', '建议及时到医院口腔科就诊，明确诊断后规范治疗。'];
const page = (follow: string) =>
  `<html><head><title>孕妇牙齿松动怎么回事 - 问医生</title></head><body><div class="question"><p class="asker">匿名姐妹 · 30岁 · 提问于 2023-07-25</p><h1>孕妇牙齿松动怎么回事</h1><p class="desc">问题补充：平时工作比较忙。</p></div>` +
  `<div class="doc-answer"><h3>医生回答</h3><div class="doc-card"><img class="avatar" src="/d/a.jpg"><div class="info"><p><span class="name">邵建军</span> <span class="badge">认证医生</span> <span class="title">主治医师</span></p><p class="org">北岸市人民医院 · 口腔科</p></div></div>` +
  `<div class="text">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="ans-ft"><span>2023-07-26</span> <span>有用 671</span></div>${follow}</div></body></html>`;

describe('a follow-up round whose tags are glued to its words', () => {
  it('the asker’s question and the doctor’s reply under the answer’s day are none of the answer', () => {
    const [own] = read(page('<div class="follow"><div class="f-q"><span class="tag">追问</span>请问多久复查一次？</div><div class="f-a"><span class="tag">医生回复</span>可以先调整作息，不行再来复诊。</div><span class="f-time">2023-07-27</span></div>'));
    expect(own!.doctor.name).toBe('邵建军');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-07-26');
  });
});
