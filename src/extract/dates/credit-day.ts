import { readMetaLine } from './page-meta.js';

/**
 * A credit line saying who answered on what day (`本文由王醫生於 2021-03-04 解答`, `此回答由李医生于2020年5月6日回复`),
 * wherever the page prints it (its foot line, under the related list): that day is the answer's, labelled as such by the
 * sentence itself. Anything after the sentence on its line (`最後更新：…`, a later day) is none of it. Only a day the
 * sentence sets between `於`/`于` and the answering verb: a credit with no such day (`本文由王医生审核`) gives none.
 */
const CREDIT_DAY_RE = /^(?:本文|此文|本答案|此答案|本回答|此回答|本回覆|此回覆|本回复|此回复)?由[^，。,；;：:]{1,24}?[於于在]\s*([0-9０-９][0-9０-９年月日./\-\s:：]{5,24}?)\s*(?:解答|回答|回覆|回复|答覆|答复)/u;

/** The answered day of such a credit line, or null. */
export function creditAnswerDay(line: string): string | null {
  const m = line.trim().match(CREDIT_DAY_RE);
  if (!m) return null;
  const dates = readMetaLine(`解答時間：${m[1]!.trim()}`).dates.filter((d) => d.kind === 'answered');
  return dates.length === 1 ? dates[0]!.iso : null;
}
