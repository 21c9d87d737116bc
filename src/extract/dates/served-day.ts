/**
 * A portal's masthead line giving the town's weather and the day (`多伦多 15°C 2022年7月18日 星期一`, `悉尼 17°C 27/03/2022`):
 * the day the page was served, printed on every page of the site, no day of the answer under it. (Its numeric day may still
 * show the page's order of day and month: year-last-date.ts reads every day of the page for that.)
 */
const WEATHER_RE = /(?<![\d.])-?\d{1,2}(?:\.\d)?\s*°\s*[CF](?![A-Za-z])|(?<![\d.])-?\d{1,2}\s*℃/u;
export const isServedDayLine = (text: string): boolean => text.length <= 60 && WEATHER_RE.test(text);
