import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An app's share page of one doctor's answer: a voice answer's day and listen counter under the text
 * (`08-15 收听 5908`), then a 追问 round, its head in a bold element of its own (`<b>追问</b> 那需要吃药吗？`).
 * The counter is the player's foot and the round answers another question: neither is the answer.
 */

const QUESTION = '宝宝流清鼻涕怎么办';
const ANSWER = ['宝宝流清鼻涕多数和受凉有关，注意保暖，多喝温水，一般几天就能缓解。', '如果伴有发烧或者精神不好，要及时到儿科就诊。'];

function sharePage(stamp: string, round: string): string {
  return (
    `<html><head><meta charset="utf-8"><title>${QUESTION} - 某某育儿</title></head><body>` +
    `<div class="bar">打开某某育儿APP</div><div class="q"><p>宝宝 · 女 · 11个月</p><h1>${QUESTION}</h1></div>` +
    `<div class="answer"><div class="doctor"><img src="/a.png"><div><p><b>王丽</b> <span>主治医师</span></p><p>南城市儿童医院 · 儿科</p></div></div>` +
    `<div class="text">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div class="meta">${stamp}</div>${round}</div></body></html>`
  );
}
const ROUND = '<div class="zw"><p><b>追问</b> 医生，那需要吃药吗？</p><p><b>医生回复</b> 暂时不用吃药，先观察一周。</p></div>';
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'https://m.yuer.example/share/answer?id=1' }))).find((e) => e.origin === 'page')!;

describe('a share page’s listen counter and follow-up round', () => {
  it('a day with a listen counter (`收听 5908`) is page meta, as a play counter is', () => {
    expect(readMetaLine('08-15 收听 5908').metaOnly).toBe(true);
    expect(readMetaLine('2023-05-06 收听 190').metaOnly).toBe(true);
    expect(readMetaLine('收听医生的建议很重要').metaOnly).toBe(false);
  });

  it('a yearless day and listen counter under the answer are none of it, and date nothing', () => {
    const entry = pageOf(sharePage('<span>08-15</span> <span>收听 5908</span>', ''));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBeNull();
  });

  it('a 追问 round whose head stands in a bold element of its own, after the answer’s dated stamp, is none of the answer', () => {
    const entry = pageOf(sharePage('<span>2023-05-06</span> <span>收听 190</span>', ROUND));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-05-06');
  });

  it('the same round after a yearless stamp ends the answer too', () => {
    const entry = pageOf(sharePage('<span>02-27</span> <span>收听 1269</span>', ROUND));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.answer_paragraphs.join('')).not.toContain('追问');
  });
});
