/**
 * The credits a podcast's or programme's shownotes close with, under the episode's text: its music (`BGM：晨光 - 钢琴版`,
 * `背景音乐：…`, `片尾曲：…`) and its business contact (`商务合作请联系 vx：…`, `合作联系：…`). The show's, none of the doctor's
 * answer: the answer has ended.
 */
const MUSIC_CREDIT_RE = /^(?:BGM|bgm|背景音乐|片头曲|片尾曲|片头音乐|片尾音乐|配乐)\s*[:：]\s*\S/u;
const BUSINESS_CONTACT_RE = /^(?:商务合作|商业合作|合作联系|广告合作)(?:请|欢迎)?(?:联系|私信|邮件)?\s*(?:[\p{Script=Latin}]{1,8}\s*)?[:：]?\s*[\w.@-]*\s*$/u;
/** A sentence's marks, which no credit holds. */
const SENTENCE_MARK_RE = /[，。！？；]/u;
/** The longest line either is printed on. */
const LINE_CHARS = 60;

export const isEpisodeCredit = (text: string): boolean => {
  const t = text.trim();
  // (A sentence under such a word, `背景音乐：轻柔的音乐可以帮助放松，…`, is the answer's: a credit names a piece, it says nothing.)
  return t.length <= LINE_CHARS && (MUSIC_CREDIT_RE.test(t) || BUSINESS_CONTACT_RE.test(t)) && !SENTENCE_MARK_RE.test(t);
};
