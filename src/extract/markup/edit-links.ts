/**
 * A wiki prints a link to edit each section in its heading, in brackets (`问题[编辑]`, `Answer[edit]`,
 * MediaWiki's `[编辑 | 编辑源代码]`): a control of the wiki's, none of the heading's words, so a
 * section's heading reads as its label (`医生解答`) does. Only a bracketed link (or links) reading edit
 * and standing inside a heading is taken out.
 */
const HEADING_RE = /<(h[1-6])\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const TAGS = String.raw`(?:\s*<\/?(?:span|small|sup)\b[^>]*>)*\s*`;
const EDIT_LINK = String.raw`<a\b[^>]*>\s*(?:编辑|编辑源代码|编辑源码|修改|edit|edit source)\s*<\/a>`;
const EDIT_RE = new RegExp(String.raw`[[［]${TAGS}${EDIT_LINK}(?:${TAGS}[|｜]${TAGS}${EDIT_LINK})*${TAGS}[\]］]`, 'giu');

/** The markup without the edit links in its headings. */
export function withoutEditLinks(html: string): string {
  // Most pages hold no link reading edit: passed by at once.
  // The words alone first: a scan for them skips ahead, one from every `>` does not.
  if (!/编辑|修改|edit/i.test(html) || !/>\s*(?:编辑|修改|edit)/iu.test(html)) return html;
  return html.replace(HEADING_RE, (heading) => heading.replace(EDIT_RE, ''));
}
