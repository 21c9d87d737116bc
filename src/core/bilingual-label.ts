/**
 * A bilingual site prints its labels and heads in English beside Chinese (`Answer 医生回答`, `Doctor's Answer 医生解答`,
 * `Related Questions 相关问题`, `查看医生 View Profile`), as text with no `lang` to tell the halves apart (translation.ts
 * reads those that have one): one label, read by its Chinese words. Only a short line of the two halves, no sentence
 * in either: an English term inside a Chinese sentence (`做个CT检查`) is no label.
 */
/** English words, one in lower case at least (`TA的其他回答`, `APP内打开`: an abbreviation run into Chinese is no English half). */
const ENGLISH = "(?=[A-Za-z'’&. -]*[a-z])[A-Za-z][A-Za-z'’&.-]*(?:\\s+[A-Za-z&][A-Za-z'’&.-]*){0,4}";
const CHINESE = '\\p{Script=Han}{2,10}';
/** Between the halves: a space, a bar or a slash, or nothing where a caller took the spaces out; after the line, a label's colon. */
const PARTED = '\\s*[|｜/／·•]?\\s*';
const ENGLISH_FIRST_RE = new RegExp(`^${ENGLISH}${PARTED}(${CHINESE})\\s*[:：]?$`, 'u');
const CHINESE_FIRST_RE = new RegExp(`^(${CHINESE})${PARTED}${ENGLISH}\\s*[:：]?$`, 'u');

/** The Chinese half of a bilingual label (`Answer 医生回答` → `医生回答`), or null where the line is no such label. */
export function chineseHalf(text: string): string | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const m = t.match(ENGLISH_FIRST_RE) ?? t.match(CHINESE_FIRST_RE);
  return m ? m[1]! : null;
}
