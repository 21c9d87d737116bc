/**
 * A prompt to read on (`查看完整回答 ›`, `点击查看完整解答`, `查看医生回答`, `阅读全文`): a button or a link
 * to the whole text, none of the text. A related item linked only by one has its question in its
 * other lines; an answer folded under one starts after it.
 */
const READ_MORE_RE =
  /^(?:点击)?(?:查看|阅读|展开|浏览)(?:完整|全部|更多)?(?:的)?(?:医生|专家)?(?:的)?(?:回答|解答|答案|回复|全文|原文|详情|内容)?(?:[>›»＞→▼▾∨˅⌄﹀]|&gt;)*$|^(?:阅读全文|全文|详情)(?:[>›»＞→])*$/u;

/** A copy's prompt to read the whole at its source (`去百度健康查看完整回答`, `到有来医生阅读全文 >`). */
const AT_SOURCE_RE = /^(?:去|到|前往)\S{2,10}?(?:查看|阅读)(?:完整|全部)?(?:的)?(?:回答|解答|答案|全文|原文|内容)(?:[>›»＞→]|&gt;)*$/u;

/** The same prompt on a site's English interface, spaces removed (`Read more »`, `View full answer ›`). */
const ENGLISH_READ_MORE_RE = /^(?:read|see|view|show)(?:more|all|full|the)?(?:answer|text|article|details?)?(?:[>›»＞→]|&gt;|\.{3}|…)*$/iu;

/** Whether a short line (spaces removed) is only a read-on prompt. */
export function isReadMore(compact: string): boolean {
  if (compact.length === 0 || compact.length > 20) return false;
  return (compact.length <= 12 && READ_MORE_RE.test(compact)) || ENGLISH_READ_MORE_RE.test(compact) || AT_SOURCE_RE.test(compact);
}

/**
 * A wall's prompt: a login wall's (`登录查看完整回答`, `剩余 60% 内容，登录后查看`, `仅对注册用户开放，请先登录`) or a
 * paywall's (`完整回答需解锁后查看`, `剩余 87 字`, `¥1 解锁完整回答`, `1元围观`, `开通会员免费看`, a magazine's `加入{magazine}会员，免费阅读完整内容`, a video's `该视频为充电专属视频`, a course's `试读结束 · 订阅课程后可查看全部内容`, a paper's `订阅信报网站，即可阅读全文`): the rest of the
 * text is not on the page, shown to readers who log in or pay; the prompt is none of the text.
 */
const LOGIN_WALL_RE = /(?:登录|登陆|注册)\s*(?:后|即可|以)?\s*(?:查看|阅读|浏览|解锁|看)|剩余\s*\d+\s*%\s*(?:的)?内容|请先(?:登录|登陆|注册)|仅(?:对|限|向)(?:注册|登录)?(?:用户|会员)(?:开放|可见|查看)/u;
const PAYWALL_RE =
  /试(?:读|听|看)结束|(?:解锁|付费|购买|支付|订阅|围观|偷听|旁听)(?:课程|专栏|本课|节目|会员)?\s*(?:后|即可)?\s*(?:可|才能)?\s*(?:查看|阅读|收听|观看|看)|[¥￥]\s*\d+(?:\.\d+)?\s*元?\s*(?:解锁|查看|围观|偷听|旁听|收听)|\d+(?:\.\d+)?\s*元\s*(?:解锁|查看|围观|偷听|旁听|收听)|(?:剩余|还有)\s*\d+\s*个?字|开通\s*(?:VIP|SVIP)?\s*会员[^。！!]{0,12}?(?:查看|阅读|收听|畅听|看)|仅(?:对|限|向)已?(?:解锁|付费|购买)(?:的)?(?:用户|会员)|付费(?:内容|问答|回答)|(?:充电|会员|粉丝|付费)专属|支付\s*[¥￥]?\s*\d+(?:\.\d+)?\s*元|加入\S{0,12}?会员\s*[，,]?\s*(?:即可|就能|立即)?\s*(?:免费)?\s*(?:阅读|查看|收听|观看)|充电\s*[，,]?\s*(?:后|即可)?\s*观看|订阅\S{2,10}?[，,]\s*即可(?:查看|阅读|收听|观看)(?:全文|完整|全部)/u;

/**
 * A follow wall's prompt, a creator's way to charge for the rest (`更多内容关注后查看`, `关注我，私信「失眠」获取完整解答`,
 * `完整解答已发粉丝群，关注后进群查看`): the rest is kept for followers.
 */
const FOLLOW_WALL_RE = /关注(?:我|作者|博主|TA)?\s*(?:后|以后)\s*(?:进群)?\s*(?:即可|可)?\s*(?:查看|观看|阅读|获取)|(?:关注|私信)[^，,。]{0,12}(?:获取|领取|查看)(?:完整|全部)(?:解答|回答|内容|答案)|(?:完整|全部)(?:解答|回答|内容|答案)已发(?:到)?粉丝群/u;
/** Whether a short line is a paywall's or a follow wall's prompt: the rest of the text exists, kept for those who pay or follow (not a login wall, which may keep other answers). */
export const isPaywallPrompt = (text: string): boolean => text.length <= 40 && (PAYWALL_RE.test(text) || FOLLOW_WALL_RE.test(text));
/** Whether a short line is a wall's prompt, to log in or to pay. */
export const isWallPrompt = (text: string): boolean => text.length <= 40 && (LOGIN_WALL_RE.test(text) || PAYWALL_RE.test(text) || FOLLOW_WALL_RE.test(text));

/**
 * The line without a read-on prompt at its end, after a space (`Oct 14, 2022 Read more »`,
 * `2021-05-31 查看详情 ›`): the prompt is a link beside the line's words, none of them. The line as
 * it was where it ends in none.
 */
export function withoutReadMoreTail(text: string): string {
  const trimmed = text.trim();
  // One word: no prompt after a space (most lines; the split below cost more than the rest).
  if (!/\s/u.test(trimmed)) return text;
  const words = trimmed.split(/\s+/u);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    if (isReadMore(words.slice(-k).join('').normalize('NFKC'))) return words.slice(0, -k).join(' ');
  }
  return text;
}
