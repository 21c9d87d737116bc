/**
 * A shared card's or poster's prompts (a hospital mini-program's 海报, a WeChat share page): to scan
 * or long-press its code (`微信扫一扫`, `长按识别小程序码`, `扫码查看完整回答 ›`), to share or save it
 * (`点击右上角 ··· 分享给好友`, `长按图片保存到相册`), and the line naming the program it came from
 * (`来自「…」小程序`). Words to the reader about the card, none of the answer.
 */
const SHARE_PROMPT_RE =
  /^(?:(?:请|打开)?(?:微信|手机)?(?:扫一扫|扫码|扫描)|(?:请)?长按(?:识别|扫描|图片|二维码|小程序码|保存)|点击右上角|(?:\p{Script=Han}{0,6}[，,]\s*)?(?:请)?长按识别|来自\s*[「『“"]?[^」』”"]{1,30}[」』”"]?\s*(?:小程序|公众号|APP)$|(?:小程序码|二维码|小程序)$)/u;
/** What every prompt holds (a cheap test before the pattern). */
const SHARE_HINT_RE = /扫|长按|右上角|小程序|二维码/u;

/** Whether a short line is a shared card's prompt or its program's name line. */
export function isSharePrompt(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= 40 && SHARE_HINT_RE.test(line) && SHARE_PROMPT_RE.test(line);
}

/**
 * A row of buttons to share the page on the platforms it names (`分享到：微信 微博 QQ空间`), printed as text where its buttons hold no link;
 * an old CMS's page tools may close it in brackets (`【打印】【关闭】`), buttons as well.
 */
const SHARE_ROW_RE = /^(?:(?:分享|转发)(?:到|至|给)?|一键分享)\s*[:：]?\s*(?:(?:微信好友|微信|朋友圈|新浪微博|微博|QQ空间|QQ好友|QQ|抖音|豆瓣|复制链接)\s*[|｜·,，]?\s*)+(?:[【[]\s*(?:打印|打印本页|关闭|关闭窗口|收藏|返回|返回顶部)\s*[】\]]\s*)*$/u;
export const isShareRow = (text: string): boolean => text.length <= 60 && SHARE_ROW_RE.test(text.trim());
