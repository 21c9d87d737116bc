import { describe, expect, it } from 'vitest';
import { isAdLine } from '../src/extract/words/answer-extras.js';

/**
 * A line sending the reader to book by a printed number is a contact line where it ends at the number or the office's other
 * contacts; advice that goes on after the number (`…，就诊时请带上之前的片子。`) is the answer's, as a hotline's is.
 */
describe('a booking contact line', () => {
  it('is a contact line ending at its number and the office’s other contacts', () => {
    expect(isAdLine('如需预约就诊，请联系国际诊疗中心：+82-2-3010-5123（中文），微信：HJ_abcd')).toBe(true);
    expect(isAdLine('如需预约，请拨打0571-88886666。')).toBe(true);
  });

  it('is the answer’s where advice goes on after the number', () => {
    expect(isAdLine('如需预约就诊，请联系我院骨科门诊：0571-88886666，就诊时请带上之前的片子。')).toBe(false);
  });
});
