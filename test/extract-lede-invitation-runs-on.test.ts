import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A lede inviting the expert (`本期我们请来专家，为读者答疑解惑。`) is the reporter's; a paragraph that goes on after the
 * invitation with the advice (`…为大家详细说说。血糖控制稳定时可以适量吃水果。`) is the answer's.
 */
const page = (lede: string) => `<html><head><meta charset="utf-8"><title>糖尿病人能吃水果吗-某某晚报</title></head><body><h1>糖尿病人能吃水果吗？</h1><p>某某晚报记者 于丹丹</p><p>${lede}</p><p>建议在两餐之间吃，每次不超过200克。</p><p>（北岸市人民医院内分泌科主任医师 陈磊静）</p></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a lede inviting the expert', () => {
  it('followed by the advice in its paragraph is the answer’s', () => {
    expect(read(page('我们请来了内分泌科专家，为大家详细说说。血糖控制稳定时可以适量吃水果。')).answer_paragraphs[0]).toBe('我们请来了内分泌科专家，为大家详细说说。血糖控制稳定时可以适量吃水果。');
  });
  it('alone is the reporter’s', () => {
    expect(read(page('本期我们请来专家，为读者答疑解惑。')).answer_paragraphs).toEqual(['建议在两餐之间吃，每次不超过200克。']);
  });
});
