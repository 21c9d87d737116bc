/**
 * A reply's subject is the subject it answers with a mark before it: mail's `Re:` (`RE：`, `Re[2]:`,
 * `Re: Re: …` as a thread goes on), the Chinese clients' `回复：` / `答复：` (`回覆：` in traditional
 * script). Where a question is taken from such a subject or a thread's title, the mark is none of it.
 * Only a mark with its colon is one: a question may well open with the word (`回复慢怎么办`).
 */
const REPLY_MARK_RE = /^(?:\s*(?:re(?:\s*\[\d+\])?|回复|答复|回覆|答覆)\s*[:：]\s*)+(?=\S)/iu;

/**
 * A board's category tag after the reply mark (批踢踢's `Re: [問題] …`, `Re: [請益] …`, an English-speaking board's `[Q]`, `[Help]`; in
 * full-width or lenticular brackets, `【問題】`, `［求助］`): the post's kind, none of the question. Only a kind of post: a tag naming the
 * topic or a place (`Re: [膝盖] 疼了半年怎么办`, `Re: [北京] 哪家医院…`, `[MRI]`) is of the question.
 */
const POST_KINDS =
  '问题|問題|请益|請益|请问|請問|求助|求救|急|心得|分享|讨论|討論|闲聊|閒聊|情报|情報|新闻|新聞|转录|轉錄|转载|轉載|疑问|疑問|咨询|諮詢|提问|提問|经验|經驗|问|問|Q|Question|Ask|Help|Discuss|Discussion|Info';
const CATEGORY_TAG_RE = new RegExp(`^(?:\\[(?:${POST_KINDS})\\]|［(?:${POST_KINDS})］|【(?:${POST_KINDS})】)\\s*(?=\\S)`, 'iu');

/** The subject without the reply marks before it (and a board's category tag after them); any other text as it is. */
export const withoutReplyMark = (subject: string) => {
  const unmarked = subject.replace(REPLY_MARK_RE, '');
  return unmarked === subject ? subject : unmarked.replace(CATEGORY_TAG_RE, '');
};

/** Whether a subject is a reply's (a reply mark before it). */
export const isReplySubject = (subject: string) => REPLY_MARK_RE.test(subject);

/**
 * A BBS reply's line naming the post it answers (文学城-kind: `回答: {subject} 由 {id} 于 {day}`): that post's subject, without its
 * reply mark; null for any other line.
 */
const ANSWERS_POST_RE = /^回答\s*[:：]\s*(.{2,60}?)\s+由\s*\S{1,20}\s*于\s*\d[\d/.-]{5,9}\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
export const answeredPostSubject = (line: string): string | null => {
  const m = line.trim().match(ANSWERS_POST_RE);
  return m ? withoutReplyMark(m[1]!.trim()) : null;
};
