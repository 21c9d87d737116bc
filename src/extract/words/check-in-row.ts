/**
 * An app's check-in row set under an answer (`今日控糖打卡 +5积分 已有1624位糖友打卡`, `已连续打卡 12 天`):
 * the app's game of points and streaks, none of the answer, and no line an answer would print alone.
 */

/** A count the row shows beside 打卡: points won, members who checked in, days in a row. */
const TALLY_RE = /[+＋]\s*\d+\s*(?:积分|分|金币|能量)|\d+\s*积分|已有\s*\d+(?:\.\d+)?\s*万?\s*(?:位|人|名)|连续\s*打卡\s*\d+\s*天/u;

export function isCheckInRow(text: string): boolean {
  const line = text.trim();
  // A sentence is someone's words (`坚持打卡一个月，血糖平稳多了。`), not the widget's.
  return line.length <= 40 && line.includes('打卡') && !/[。！？!?，,]/u.test(line) && TALLY_RE.test(line);
}
