/**
 * A reply's subject is the subject it answers with a mark before it: mail's `Re:` (`RE：`, `Re[2]:`,
 * `Re: Re: …` as a thread goes on), the Chinese clients' `回复：` / `答复：` (`回覆：` in traditional
 * script). Where a question is taken from such a subject or a thread's title, the mark is none of it.
 * Only a mark with its colon is one: a question may well open with the word (`回复慢怎么办`).
 */
const REPLY_MARK_RE = /^(?:\s*(?:re(?:\s*\[\d+\])?|回复|答复|回覆|答覆)\s*[:：]\s*)+(?=\S)/iu;

/** A board's category tag after the reply mark (批踢踢's `Re: [問題] …`, `Re: [請益] …`): the post's kind, none of the question. */
const CATEGORY_TAG_RE = /^\[\p{Script=Han}{1,4}\]\s*(?=\S)/u;

/** The subject without the reply marks before it (and a board's category tag after them); any other text as it is. */
export const withoutReplyMark = (subject: string) => {
  const unmarked = subject.replace(REPLY_MARK_RE, '');
  return unmarked === subject ? subject : unmarked.replace(CATEGORY_TAG_RE, '');
};

/** Whether a subject is a reply's (a reply mark before it). */
export const isReplySubject = (subject: string) => REPLY_MARK_RE.test(subject);
