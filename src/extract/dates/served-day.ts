/**
 * A portal's masthead line giving the town's weather and the day (`多伦多 15°C 2022年7月18日 星期一`, `悉尼 17°C 27/03/2022`):
 * the day the page was served, printed on every page of the site, no day of the answer under it. (Its numeric day may still
 * show the page's order of day and month: year-last-date.ts reads every day of the page for that.)
 */
const WEATHER_RE = /(?<![\d.])-?\d{1,2}(?:\.\d)?\s*°\s*[CF](?![A-Za-z])|(?<![\d.])-?\d{1,2}\s*℃/u;
export const isServedDayLine = (text: string): boolean => text.length <= 60 && WEATHER_RE.test(text);

/**
 * A day with its weekday and nothing else (`2023年5月6日 星期六`, `星期六 2023-05-06`): as a portal's header bar prints the day the
 * page is served, and as a post may print its own; over a question with no other day of its answer, a doubtful date.
 */
const WEEKDAY = '(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]';
const DAY = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?';
const BARE_WEEKDAY_DAY_RE = new RegExp(`^(?:${DAY}[\\s,，、]*[（(]?${WEEKDAY}[）)]?|${WEEKDAY}[\\s,，、]*${DAY})$`, 'u');
export const isBareWeekdayDay = (text: string): boolean => text.length <= 24 && BARE_WEEKDAY_DAY_RE.test(text.trim());
