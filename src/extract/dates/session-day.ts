import { findDate } from './page-meta.js';

/**
 * The day of a session a page records (a 病友会's activity report, an 答疑会's transcript: qa-pairs.ts), told in its report's
 * opening (`2023年5月6日上午，我院内分泌科举办第12期糖友俱乐部活动…`): the day its experts answered. A day without its year
 * (`2月28日晚，`) or none (`近日，`) names no day; the record's publishing day is its own, not the session's (published-date.ts).
 */
const OPENING_DAY_RE = /^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:上午|下午|晚上|晚间|晚|早上|中午|傍晚)?\s*[，,]/u;

/** The day the first of `lines` opening with one gives, or null. */
export function sessionOpeningDay(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = line.match(OPENING_DAY_RE);
    if (m) return findDate(m[1]!);
  }
  return null;
}

/**
 * An online interview's (a 在线访谈's, a 直播's) own time on a line of its own above its transcript (`访谈时间：2023年5月6日 15:00`,
 * `直播时间：2023-05-06 15:00—16:30`): the day its guest answered the netizens; the transcript's 发布时间 is its later publishing.
 * So is a lecture's (`讲座日期：…` over its 实录), and so where the label stands among an info line's fields after a bar
 * (`主讲：name｜讲座日期：2023年11月18日｜整理发布：…`).
 */
const SESSION_TIME_RE = /(?:^|[｜|]\s*)\s*(?:访谈|直播|做客|在线交流|讲座)(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)/u;

/** A table's label cell alone (`访谈时间：`, `直播时间`): its value is the next cell, a line of its own as read. */
const LABEL_CELL_RE = /^\s*\p{Script=Han}{2,6}\s*[:：]?\s*$/u;

/**
 * The day a line printing an interview's time gives, or null; `before`, the line above it: where that is the label's cell alone
 * (`<td>访谈时间：</td><td>2023年3月9日 14:00</td>`), the line is read with it, as the one line the table's row prints.
 */
export function sessionTimeDay(line: string, before = ''): string | null {
  const m = line.match(SESSION_TIME_RE) ?? (LABEL_CELL_RE.test(before) ? `${before.trim().replace(/\s*[:：]$/u, '')}：${line.trim()}`.match(SESSION_TIME_RE) : null);
  return m ? findDate(m[1]!) : null;
}
