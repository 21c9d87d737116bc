/**
 * A creator platform's box asking readers to tip or sponsor the writer under a post (`喜欢这篇文章吗？ 用实际行动支持创作者！`
 * beside its `赞助作者` button, `打赏支持`, `赞赏支持作者`): the platform's, none of the answer.
 */
/**
 * A prompt asking whether the reader liked the post (`喜欢这篇文章吗？`, `觉得内容有帮助吗？`): a question. A condition of the doctor's
 * advice (`喜欢甜食的话，…`, `觉得孩子坚持不下去的话，…`) asks nothing of the reader (review pages).
 */
const LIKED_RE = /^(?:喜欢|觉得)[^，,。；;？?！!]{0,10}(?:吗|嘛)\s*[？?，,]?/u;
/**
 * The call to give (`支持创作者`, `打赏一下`, `赞助作者`, `请作者喝杯咖啡`): to the writer, `我` alone; `支持我们推荐的…`,
 * `鼓励我们的小病人` are advice (review pages).
 */
const GIVE_RE = /(?:支持|赞助|打赏|赞赏|鼓励)(?:一下)?(?:创作者|作者|我(?![们們])|写作者)|(?:打赏|赞赏)(?:一下|支持)?|请(?:作者|我)喝(?:杯|一杯)?咖啡/u;
/** Such a box is a line or two; longer text is prose. */
const TIP_MAX_CHARS = 40;

export function isTipPrompt(text: string): boolean {
  const t = text.trim();
  if (t.length > TIP_MAX_CHARS || !GIVE_RE.test(t)) return false;
  // The call stands alone (`赞助作者`, `打赏支持`) or after the question whether the post was liked; not inside a sentence of advice.
  return LIKED_RE.test(t) || t.replace(GIVE_RE, '').replace(/[\s!！。.~～]+/gu, '') === '';
}
