/**
 * A paper's or a site's standing emergency notice, a line of its own (`如遇紧急情况，请拨打999或前往最近医院急诊部。`,
 * `如有緊急情況，請撥打119或就近前往急診室。`): it names no sign of the asker's, only "an emergency", and sends the reader to an
 * emergency number or an emergency room; a paper may print it bare after a reference mark (`※紧急情况请拨打991召唤救护车，
 * 或前往最近医院急诊部。`). A doctor's own call for a named sign (`如果胸痛持续不缓解，请立即拨打120。`) or advice
 * run on after the words (`如遇紧急情况，孩子抽搐时要让他侧卧，…`) is the answer's.
 */
const AT_ONCE = '(?:立即|立刻|马上|馬上|尽快|儘快|盡快)?';
const EMERGENCY_ROOM = `${AT_ONCE}(?:前往|到|去)?(?:最近|就近|附近)?的?(?:前往|到|去)?(?:医院|醫院|医疗机构|醫療機構)?的?(?:急诊|急診)(?:部|室|科)?(?:就医|就醫|就诊|就診|求助)?`;
// (the number's call for an ambulance after it too: `拨打991召唤救护车`, as Brunei's paper prints it)
const DIAL = `(?:拨打|撥打|致电|致電)\\s*\\d{3}(?:急救电话|急救電話|(?:召唤|召喚|呼叫|叫)(?:救护车|救護車))?`;
/** A reference mark a paper sets before its standing notes (`※紧急情况请拨打991…`), and the notice's own words, 如遇 or bare. */
const NOTE_MARK = '(?:[※＊*]\\s*)?';
const EMERGENCY_NOTICE_RE = new RegExp(
  `^${NOTE_MARK}(?:(?:如|若)(?:遇|有|遇到|发生|發生)(?:任何)?)?(?:紧急|緊急)(?:情况|情況|状况|狀況)[，,]?\\s*(?:请|請)?${AT_ONCE}(?:${DIAL}(?:\\s*[，,]?\\s*[或、]?\\s*${EMERGENCY_ROOM})?|${EMERGENCY_ROOM})[。.!！]?$`,
  'u',
);

export const isEmergencyNotice = (line: string): boolean => line.length <= 50 && EMERGENCY_NOTICE_RE.test(line);
