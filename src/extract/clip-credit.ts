/**
 * A note app's credit under a page it clipped (`—— 剪藏自某某网`, `使用印象笔记剪藏`, `Clipped from
 * example.com`, `Clipped with Evernote`): the note's words about where and how the page was saved,
 * where the clipped text has ended, none of the answer.
 */
const CLIP_CREDIT_RE =
  /^[—–\-~～]{0,2}\s*(?:(?:剪藏|摘录|收藏|保存)自\s*\S.{0,30}|(?:使用|用|通过|由|来自|via)\s*\S.{0,20}?(?:网页)?剪藏(?:插件|助手|工具|扩展)?|clipped\s+(?:from|with|by|via)\s+\S.{0,40})[。.!！]?$/iu;

export const isClipCredit = (text: string): boolean => text.length <= 60 && CLIP_CREDIT_RE.test(text.trim());
