/**
 * A news story's lead, opening with its dateline (`央广网北京4月10日消息　据中国之声《健康之家》报道，…`, `新华社北京5月6日电`,
 * `本报讯`): the outlet telling what the story is, over the question it reports and the doctor's answer — none of the answer.
 * The dateline's 电 is the wire's, set apart from what follows (not `患者3月5日电话随访时…`).
 */
const DATELINE_RE = /^(?:[^，,。；;！!？?\s]{2,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:消息|电|電)(?=[\s　（(]|$)|(?:本报|本報|本台|本网|本網)讯|(?:本报|本報|本台|本网|本網)訊)/u;
/** The lead is a sentence or two: a longer paragraph opening so is a story's text, which other rules read. */
const LEAD_MAX_CHARS = 120;
export const isNewsLead = (text: string): boolean => {
  const t = text.trim();
  return t.length <= LEAD_MAX_CHARS && DATELINE_RE.test(t);
};

/** An excerpt opening by its source (`据卫生部数据，…`, `据新华社报道，…`, `据了解`; `據報導，…`) or a dateline: a news story's, not a doctor's answer. */
const REPORTED_RE = /^[据據](?:[^，,。；;！!？?\s]{0,16}?(?:报道|报导|報道|報導|消息|数据|數據|统计|統計|披露|透露|介绍|介紹)|了解|悉)/u;
export const reportsNews = (text: string): boolean => isNewsLead(text) || REPORTED_RE.test(text.trim());
