/**
 * The pages around the question pages, in youlai's desktop layout: a list page of questions
 * with numbered pagination and 下一页, and a page of plain links (home, section, doctor pages).
 * Neither holds an entry; a crawler reads them for their links.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * List page `page` of `pages` of list `list` (`/dise/asklist/<list>_<page>.html`): the
 * question links, up to nine numbered pages around this one, and 下一页 (none on the last page).
 */
export function listPage(list: string, page: number, pages: number, questionPaths: readonly string[]): string {
  const items = questionPaths
    .map((p, i) => `        <li>\n          <h3><a href="${esc(p)}" target="_blank">问题 ${page}-${i + 1}</a></h3>\n          <span class="time">2021-05-0${(i % 9) + 1}</span>\n        </li>`)
    .join('\n');
  const first = Math.max(1, Math.min(page - 4, pages - 8));
  const numbers = Array.from({ length: Math.min(9, pages) }, (_, i) => first + i)
    .map((n) => `  <li${n === page ? ' class="on"' : ''}><a href="/dise/asklist/${list}_${n}.html">${n}</a></li>`)
    .join('\n');
  const next = page < pages ? `\n  <li><a href="/dise/asklist/${list}_${page + 1}.html">下一页</a></li>` : '';
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>黄疸问答_黄疸名医问答-有来医生</title>
</head>
<body>
<div class="main clearfix">
  <div class="main_left">
    <p class="crumbs"><a href="/">首页</a> &gt; <a href="/dise/${list}.html">黄疸</a> &gt; 黄疸问答</p>
    <h2 class="list_title">黄疸相关问答</h2>
    <div class="ask_list">
      <ul>
${items}
      </ul>
    </div>
<div id="pages"><div class="pageyl"><ul>
${numbers}${next}
</ul></div></div>
  </div>
</div>
</body>
</html>
`;
}

/** A page with links and no Q&A: home, section and doctor pages. */
export function linkPage(title: string, links: ReadonlyArray<readonly [href: string, text: string]>): string {
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body>
<h1>${esc(title)}</h1>
<ul>
${links.map(([href, text]) => `  <li><a href="${esc(href)}">${esc(text)}</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
}
