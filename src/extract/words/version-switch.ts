/**
 * A site's switch between its versions (`电脑版 | 触屏版`, `手机版 · 电脑版 · APP`, a WAP page's
 * `[手机版] [电脑版]`): footer furniture. A row of them ends the page's own part; one of them as a
 * link leads to the same site in another version (its home), never to a related question.
 */
const VERSION = '[[【]?(?:(?:电脑|触屏|手机|桌面|移动|网页|极速|简洁|标准|PC|WAP)版|APP|App|客户端)[\\]】]?';
const VERSION_ROW_RE = new RegExp(`^${VERSION}(?:\\s*[|｜·/]?\\s*${VERSION})+$`, 'u');
const VERSION_LINK_RE = new RegExp(`^${VERSION}$`, 'u');

/** Whether a line is a row of the site's versions (two or more). */
export function isVersionSwitch(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && VERSION_ROW_RE.test(t);
}

/** Whether a link's words name one version of the site (`[电脑版]`, `手机版`). */
export function isVersionLink(text: string): boolean {
  return VERSION_LINK_RE.test(text.trim());
}

/**
 * A version's word after a site's name in its <title> (`某某医院手机版`, `某某医院WAP版`, `某某医院官网`): the site is the name before it.
 * So is a print view's (`某某医院（打印版）`, `…[打印页]`): the same page laid out for paper, the site's name before it.
 */
const VERSION_SUFFIX_RE = /\s*(?:[[【(（]?(?:(?:电脑|触屏|手机|移动|极速|PC|WAP|打印)版|移动端|手机站|官网|官方网站|打印页|打印预览)[\]】)）]?)$/u;
export const withoutVersionSuffix = (site: string): string => site.replace(VERSION_SUFFIX_RE, '');
