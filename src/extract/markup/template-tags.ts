/**
 * A page whose CMS left a template slot unfilled prints the slot's tag where its value belongs:
 * DedeCMS `{dede:field.pubdate/}`, 帝国CMS `[!--newstime--]`, PHPCMS and Smarty `{$info.grade}`,
 * Jinja, Vue and Mustache `{{ dept_name }}`, JavaScript templates and JSP `${answer_time}`, ASP
 * and JSP `<%=zhicheng%>` (printed escaped or not). A tag is no value: it is read as nothing, so
 * the field it stands in is missing (never `{$grade}` as a grade, a date label with a tag as a
 * dated line), and brackets left around nothing (`江州市人民医院（{$grade}）`) go with it. Only a
 * tag's own shape is taken, a name and its path or arguments, so text that merely holds a brace
 * is kept.
 */
const NAME = String.raw`[A-Za-z_][\w.]*(?:\[[\w'"]+\])*`;
const TAG = [
  String.raw`\{dede:[^{}<>\n]{1,80}\}`,
  String.raw`\[!--${NAME}--\]`,
  String.raw`\{\$${NAME}(?:\|[\w:'"]+)*\}`,
  String.raw`\{\{\s*${NAME}(?:\s*\|\s*[\w:'"() ]+)*\s*\}\}`,
  String.raw`\$\{\s*${NAME}\s*\}`,
  String.raw`(?:<|&lt;)%[=:]?\s*${NAME}(?:\(\))?\s*%(?:>|&gt;)`,
].join('|');
const BRACKETED_TAG_RE = new RegExp(String.raw`[（(【\[]\s*(?:${TAG})\s*[）)】\]]|(?:${TAG})`, 'gu');
/** The characters one of the tags opens with: a page without them is passed by at once. */
const MAY_HOLD_RE = /\{[$d{]|\[!--|\$\{|<%|&lt;%/u;
/** A script or style sheet, whose own `${…}` and `{{…}}` are code: kept as they are. */
const CODE_RE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;

/** The page's text without the template tags its CMS left in it (and brackets holding only one), its scripts untouched. */
export function withoutTemplateTags(html: string): string {
  if (!MAY_HOLD_RE.test(html)) return html;
  let out = '';
  let at = 0;
  for (const code of html.matchAll(CODE_RE)) {
    out += html.slice(at, code.index).replace(BRACKETED_TAG_RE, '') + code[0];
    at = code.index + code[0].length;
  }
  return out + html.slice(at).replace(BRACKETED_TAG_RE, '');
}
