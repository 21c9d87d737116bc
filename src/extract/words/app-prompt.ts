/**
 * What a mobile site sets around a page to send its readers to its app: a banner between the
 * answer's paragraphs (`下载APP，免费向三甲医生提问 立即下载`), an overlay (`打开康健APP，查看更多医生回答`),
 * a bottom bar (`APP内打开，阅读体验更佳`), and a related item whose answer is shown only in the app
 * (`🔒 该回答需在APP内查看`). None of it is the page's text, and a locked item shows no answer.
 */

/** The app, in the words sites call it. */
const APP = '(?:APP|App|app|客户端|小程序)';
/** A line that opens by sending the reader to the app (`下载APP，…`, `打开康健APP…`, `APP内打开…`, `在APP中查看…`); not `使用APP…`, which an answer may advise. */
const OPENS_WITH_APP_RE = new RegExp(`^(?:(?:立即|马上|免费|点击|去|前往)?(?:下载|打开|安装)\\p{Script=Han}{0,6}?${APP}|${APP}\\s*(?:内|中)\\s*(?:打开|查看|阅读|观看)|(?:在|到)${APP}\\s*(?:内|中|里)\\s*(?:打开|查看|阅读|观看|收听|提问|咨询))`, 'u');
/** A line that ends on the app's button (`…立即下载`, `…打开APP`). */
const ENDS_WITH_BUTTON_RE = new RegExp(`(?:(?:立即|马上|免费|点击|去)(?:下载|打开|安装)|(?:下载|打开)${APP})\\s*[>›»]?$`, 'u');
/** An answer shown only in the app (`该回答需在APP内查看`, `请下载APP查看完整回答`). */
const LOCKED_RE = new RegExp(`(?:需|须|请|仅(?:支持|可)?)\\s*(?:在|到|下载|打开|前往)?\\s*\\p{Script=Han}{0,4}?${APP}\\s*(?:内|中|里)?\\s*(?:查看|阅读|观看|收听|解锁)`, 'u');

/** A short line that sends the reader to the app: a banner, an overlay's prompt, a bar; none of the answer. */
const APP_RE = new RegExp(APP, 'u');

export function isAppPrompt(text: string): boolean {
  // Asked of most lines of a page: those that do not name the app are passed over at once.
  if (text.length > 44 || !APP_RE.test(text)) return false;
  const line = text.trim();
  if (line.length > 40 || /[。！？]/u.test(line)) return false;
  return OPENS_WITH_APP_RE.test(line) || ENDS_WITH_BUTTON_RE.test(line) || LOCKED_RE.test(line);
}

/** A notice that an item's answer is shown only in the app: the item shows no answer, and is no item. */
export function isLockedToApp(text: string): boolean {
  return text.length <= 44 && APP_RE.test(text) && LOCKED_RE.test(text);
}
