/**
 * A blog's or forum's comment thread under a post (WordPress's, Disqus's and their kind), where a
 * doctor's comment is the answer. Each comment opens with a head naming who wrote it — WordPress
 * prints `name 说道：` (its "says:") — and the thread closes with the form to comment (发表回复,
 * 发表评论 and the form's notes). A head of another comment begins someone else's words, and the
 * form's title begins the page's furniture: the answer has ended at either.
 */
const SAYS_HEAD_RE = /^\S[^，。！？,.!?]{0,24}\s*说道\s*[:：]$/u;
const FORM_TITLE_RE = /^(?:发表|发布|添加|留下|写下?)(?:你的|您的)?(?:回复|评论|留言)$|^(?:我要|我来)(?:评论|留言)$/u;

/**
 * A reply in a comment's sub-thread, naming who answers whom (`楼主 回复 郑晨医生：谢谢医生…`, `郑晨 回复 楼主：…`), as apps and
 * microblogs print it, the names apart from the word (a sentence of the answer, `如果医生回复说：`, runs them together): another exchange under the comment, none of the comment's own words.
 */
const REPLY_TO_RE = /^[^\s：:，。！？,.!?]{1,16}\s+回复\s+[^\s：:，。！？,.!?]{1,16}\s*[：:]\s*\S/u;

/** Whether a line is a comment's head (`木木 说道：`), the title of the form to comment (发表回复) or a reply in a comment's sub-thread. */
export const isCommentBoundary = (text: string): boolean =>
  (text.length <= 30 && (SAYS_HEAD_RE.test(text) || FORM_TITLE_RE.test(text.replace(/\s+/gu, '')))) || (text.length <= 120 && REPLY_TO_RE.test(text.trim()));

/**
 * A microblog's comment under a post (`阳光总在风雨后：我家孩子也是这样`): the commenter's nickname, a colon, their words.
 * Shaped so only where the post's bar of buttons stands above it (a label's line, `注意：多喝水`, is shaped alike).
 */
const NICKNAME_COMMENT_RE = /^[^\s：:，。！？,.!?、]{1,16}[：:]\s*\S.{0,80}$/u;
export const isNicknameComment = (text: string): boolean => NICKNAME_COMMENT_RE.test(text.trim());
