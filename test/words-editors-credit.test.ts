import { describe, expect, it } from 'vitest';
import { isEditorsCredit, isWatermark } from '../src/extract/words/answer-extras.js';

/** An editing office's credit in brackets closing a post: the editor's, none of the answer, however long its institution's name. */
describe("an editing office's credit in brackets", () => {
  it('is the editor’s credit, with a short or a long institution name before the office', () => {
    expect(isEditorsCredit('（滨海市中心医院宣传科 整理）')).toBe(true);
    expect(isEditorsCredit('（云岭市中医药大学附属医院微健康宣传科 整理）')).toBe(true);
  });

  it('is no credit where no editing office is named, nor a sentence in brackets', () => {
    expect(isEditorsCredit('（云岭市中医药大学附属医院骨科 整理）')).toBe(false);
    expect(isEditorsCredit('（以上内容由医生根据病情整理，仅供参考）')).toBe(false);
    // A site's watermark keeps its own, shorter bound.
    expect(isWatermark('【养生知识网整理】')).toBe(true);
  });
});
