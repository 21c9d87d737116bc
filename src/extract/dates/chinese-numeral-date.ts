/**
 * A date written in Chinese numerals, as a formal letter or a hospital's reply prints one:
 * `二〇二二年十二月十六日`, `二零二二年…`, the day as `十六号`. Read as the same date in digits
 * (`2022年12月16日`) so that the date readers (page-meta.ts) take it as any other. Only a whole
 * date is read (a four-digit year, month and day): `三年` or `十二月` alone count nothing.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A digit in Chinese numerals (〇 and its look-alikes for zero). */
export const CHINESE_DIGIT = '[〇零○Ｏ一二三四五六七八九]';
const DIGIT = CHINESE_DIGIT;
/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一: a number below 100 in Chinese numerals. */
const SMALL = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const CN_DATE_RE = new RegExp(`(${DIGIT}{4})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*[日号號]`, 'gu');
const MAYBE_RE = new RegExp(`${DIGIT}\\s*年`, 'u');

function small(text: string): number {
  const ten = text.indexOf('十');
  if (ten < 0) return DIGITS[text]!;
  const tens = ten === 0 ? 1 : DIGITS[text[0]!]!;
  const ones = ten === text.length - 1 ? 0 : DIGITS[text[ten + 1]!]!;
  return tens * 10 + ones;
}

/** The text with its dates in Chinese numerals written in digits; other text unchanged. */
export function digitDates(text: string): string {
  if (!text.includes('年') || !MAYBE_RE.test(text)) return text;
  return text.replace(CN_DATE_RE, (_, year: string, month: string, day: string) => {
    const y = [...year].map((c) => DIGITS[c]).join('');
    return `${y}年${small(month)}月${small(day)}日`;
  });
}
