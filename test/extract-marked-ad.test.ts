import { describe, expect, it } from 'vitest';
import { isAdLine } from '../src/extract/words/answer-extras.js';

/** An ad slot's mark printed before its offer on one line, as community portals and papers set classifieds between an answer's paragraphs. */

describe('an ad line', () => {
  it('is told by its mark before a short offer, in either script or in English', () => {
    expect(isAdLine('广告 Super Visa 父母探亲保险 低至$60/月 626 402-3614')).toBe(true);
    expect(isAdLine('廣告 華人眼科中心 Medicare、Medicaid均收 電話：516-803-9922')).toBe(true);
    expect(isAdLine('Advertisement Sydney new homes, 10% deposit')).toBe(true);
  });

  it('is not a sentence that opens with the word', () => {
    expect(isAdLine('广告里说的保健品能治好高血压吗？')).toBe(false);
    expect(isAdLine('广告说的那种药不建议自行购买，应在医生指导下使用，以免延误病情，耽误治疗的最佳时机，造成不必要的损失和更多的痛苦。')).toBe(false);
  });
});
