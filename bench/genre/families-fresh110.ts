import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cutAnswer, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-tenth fresh held-out set (split `fresh-110`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-fifth set**, leaning on **pages
 * that carry their Q&A twice: in the visible markup and in data a script or a crawler reads** (JSON-LD `QAPage`,
 * `MedicalWebPage` / `Article` with a `Physician` reviewer, a Yoast `@graph`, microdata, Open Graph and
 * `article:published_time` / `modified_time` metas, `__NEXT_DATA__`, `window.__NUXT__`, `window.__INITIAL_STATE__`),
 * where they agree and where they do not; and app share pages (an `打開App` wall, a `展开全文` fold the markup holds
 * whole). Six Chinese-language sites (or a section of one), none modelled or named by an earlier split: 嬰兒與母親 /
 * 婴儿与母亲 / mombaby, 媽咪拜 / 妈咪拜 / MamiBuy, 愛長照 / 爱长照 / 長照 / ilong-termcare, MamiDaily / 親子日常, 潮新闻 /
 * 潮新聞 / tidenews, 北青网 / 北青網 / 北青 / 北京青年 / ynet each grepped, case-insensitive, fixed strings, in README.md and
 * families*.ts: no hit. Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (a third time: they hit as
 * the names earlier rows left for later), 華人健康網 / top1health, 健康醫療網, 香港01 / hk01, 1药网, 光华日报, 新明, 大公,
 * 文匯, 星島, 明報, 信報, 自由時報, 中時, ETtoday, 三立, TVBS, 健康2.0, 微医, 春雨, 平安好医生, 好大夫, 丁香, 搜狐, 頭條,
 * 宝宝树 / babytree, 杏仁, 科普中国, 健康报, 世界日報, 大纪元, 羊城, 紫牛 / 扬子, 钱江 / 小时新闻, 大河, 新民, 上观, 南方+,
 * 澳門日報, 人民日报, 好看视频, 西瓜, 央广, 京东, 美团, 小米, 百度, 夸克; with no hit but not taken: 媽媽寶寶 / mababy,
 * 鏡週刊, 風傳媒, NOWnews / 今日新聞, 橙新聞, 北京日报, 界面, 顶端 (its parent 大河 hits):
 * - **mombaby-zhuanjia-qa**: 嬰兒與母親's 專家Q&A (a Taiwanese parenting magazine's site on Next.js); **JSON-LD `QAPage`
 *   and `__NEXT_DATA__` holding the same Q&A** (the blob's answer as HTML, `\u` escapes on some), the JSON-LD's
 *   `dateModified` later than the printed day, `article:published_time` the post's day (later on some);
 * - **mamibuy-wenda-share**: 媽咪拜's 問答 share page (m., Nuxt): **an `打開App看完整回答` wall after part of the expert's
 *   answer on some (`window.__NUXT__` holds it whole)**, a `展開全文` fold the markup holds whole on others; mothers'
 *   answers beside the expert's;
 * - **ailongtermcare-wenda**: 愛長照's 長照問答 (a Taiwanese long-term-care site on WordPress): **a Yoast `@graph` whose
 *   `author` is the site's 編輯部 and whose `datePublished` / `article:published_time` is the post's day, later than the
 *   `回覆日期` printed in the answer box on some**; the answerer a doctor, a 護理師, a 社工師 or a 藥師;
 * - **mamidaily-zhuanjia-qa**: MamiDaily 親子日常's 專家QA (Hong Kong): **JSON-LD `MedicalWebPage` whose `reviewedBy` is a
 *   `Physician` — the site's 醫學審核, another doctor than the one who answers —, microdata `itemprop` on the article**;
 *   `N日前` on some;
 * - **chaonews-mingyi-wenda**: 潮新闻's 名医问答 share page (H5, `打开潮新闻App` banners): **`window.__INITIAL_STATE__` with
 *   the article (entities, `\u003c` escapes, a later `updateTime`)**, a `展开全文` fold the markup holds whole, a
 *   `<video>` on some, an 编者按 and a 责任编辑;
 * - **ynet-jiankang-wenda**: 北青网's 健康 专家答疑 (北京青年报's column on an old CMS): GB2312 / GBK on most, **declared
 *   `utf-8` over GBK bytes on some (a wrong declaration)**, Open Graph metas (`og:description` the answer cut), a
 *   `lastmod` later, unclosed `<li>`s.
 * Hosts from memory (www.mombaby.com.tw, m.mamibuy.com.tw, www.ilong-termcare.com, www.mamidaily.com, tidenews.com.cn,
 * health.ynet.com), every path a guess; the markup is written here, none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the expert's (媽咪拜's mothers' answers none; MamiDaily's 醫學審核 doctor none;
 *   潮新闻's 编者按 and 责任编辑 none); **where a wall cuts the visible answer (媽咪拜), the visible part, its cut
 *   paragraph keeping its `…`** (README's member-wall convention), though `__NUXT__` holds the whole; where a fold hides
 *   part of it (媽咪拜's `展開全文`, 潮新闻's `展开全文`), the whole: the markup holds it;
 * - **the question**: the `<h1>` without a column's prefix (愛長照's `【長照問答】`, 潮新闻's `名医问答｜`, 北青网's
 *   `专家答疑：`); the asker's description none;
 * - **the date** the answer's day as the page prints it: 嬰兒與母親's `回覆日期` (the JSON-LD's `dateModified` and a later
 *   `article:published_time` none); 媽咪拜's answer stamp (**`N天前` / `昨天` and yearless `05/06` null**, though the blob
 *   has the day); 愛長照's `回覆日期` (the byline's `發布日期`, the same as the Yoast `datePublished`, none where it is
 *   later); MamiDaily's `<time>` (**`N日前` null**, though the JSON-LD has the day); 潮新闻's stamp under the title (the
 *   blob's `updateTime` none); 北青网's `2023-05-06 07:12` line (the `lastmod` none);
 * - **the card** as printed, the grade null where none is printed (潮新闻 and 北青网 print it on some: keyed there): the
 *   doctor's title as printed; 愛長照's `{name} 護理師` / `社工師` / `藥師` (title that word, department null, the hospital
 *   as printed); **MamiDaily's `{specialty}專科醫生` (title `專科醫生`, department the specialty, no hospital — README's Hong
 *   Kong convention)**; the JSON-LD's reviewer none;
 * - **format**: video only on 潮新闻's pages with a `<video>`; unknown elsewhere (no label);
 * - **items**: 嬰兒與母親's `相關問答` (question, the snippet and the day where printed; `延伸閱讀` articles none); 媽咪拜's
 *   `其他媽咪也在問` (link-only `[]`, undated; `熱門話題` none); 愛長照's `延伸閱讀：長照問答` (the snippet cut with `...` kept;
 *   `熱門文章` and `長照資源` none); MamiDaily's `更多專家QA` (`你可能感興趣` sponsored cards none); 潮新闻's `相关阅读` (its
 *   `MM-DD` days null, `YYYY-MM-DD` keyed; `24小时热榜` none); 北青网's `相关新闻` (dated; `热点推荐` none) —, links as
 *   written, resolved against the canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const slash = (iso: string) => iso.replace(/-/g, '/');
const zhDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
const hk = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-HK">');
const AVATAR = (rng: Rng, host: string) => `https://${host}/upload/avatar/${token(rng, 10)}.jpg`;
/** JSON as a page's script embeds it: `</` and `<` escaped, every non-ASCII character as `\uXXXX` where `ascii`. */
const scriptJson = (data: unknown, ascii: boolean) => {
  const s = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return ascii ? s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
};
const ld = (data: unknown) => `<script type="application/ld+json">${scriptJson(data, false)}</script>`;
/** A CSS-module class name (`QaDetail_title__x8Ka2`). */
const modCls = (rng: Rng, block: string, part: string) => `${block}_${part}__${token(rng, 5)}`;

// --- F1. mombaby-zhuanjia-qa ---

const MB_ARTICLES = ['寶寶副食品怎麼開始？月齡對照表一次看', '新生兒黃疸退了沒？居家觀察重點', '孕期體重增加多少才合理', '寶寶長牙順序與照顧', '哺乳媽媽可以喝咖啡嗎'] as const;

/**
 * F1. 嬰兒與母親's 專家Q&A (www.mombaby.com.tw/qa/{id}: the host from memory, the path and the markup guessed), Next.js,
 * `lang="zh-TW"`, UTF-8, canonical always (relative links resolved against it); CSS-module class names drawn per page;
 * head: `og:title`, `og:description` (the answer's start cut with `...`), `article:published_time` (the answer's day on
 * 60%, a day 1–20 later on 40%: none), **JSON-LD `QAPage` (the question, the answer's text, `dateCreated` the answer's day,
 * `dateModified` 3–300 days later on 50%, the author a `Physician`)**; body: nav, crumbs, an ad; the `<h1>`; `媽媽提問`
 * (none); **the card `{name} {title}` / `{hospital} {department}` (grade null) and `回覆日期：` `2023/05/06`, `2023-05-06`
 * or `2023年5月6日` (keyed)**, the answer; a Line / Facebook share bar; **`相關問答` (question, the snippet on 50%, the
 * day `2023/05/06` on 50%)**, `延伸閱讀` (magazine articles: none); **`__NEXT_DATA__` with the same Q&A (the answer as
 * `<p>` HTML, every non-ASCII character `\u`-escaped on 50%, `updatedAt` later)**.
 */
const mombabyZhuanjiaQa: Family = {
  name: 'mombaby-zhuanjia-qa',
  split: 'fresh-110',
  site: 'www.mombaby.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.mombaby.com.tw';
    const canonical = `${base}/qa/${page.item.num}`;
    const dayForm = rng.pick(['slash', 'iso', 'zh'] as const);
    const dayText = dayForm === 'slash' ? slash(page.date!) : dayForm === 'iso' ? page.date! : zhDay(page.date!);
    const postDay = rng.chance(0.4) ? shift(page.date!, rng.int(1, 20)) : page.date!;
    const modified = rng.chance(0.5) ? shift(page.date!, rng.int(3, 300)) : null;
    const snippets = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const asciiBlob = rng.chance(0.5);
    const cardFirst = rng.chance(0.6);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/qa/${itemNum(r)}`;
    const t = page.time;
    const c = (part: string) => modCls(rng, 'QaDetail', part);
    const ogDesc = cutSnippet(page.paragraphs.join(''), 60, 60, '...');
    const head = [
      `<meta property="og:type" content="article">`,
      `<meta property="og:title" content="${esc(page.question)}｜嬰兒與母親">`,
      `<meta property="og:description" content="${esc(ogDesc)}">`,
      `<meta property="og:url" content="${canonical}">`,
      `<meta property="article:published_time" content="${postDay}T${t}:00+08:00">`,
      ld({
        '@context': 'https://schema.org',
        '@type': 'QAPage',
        mainEntity: {
          '@type': 'Question',
          name: page.question,
          text: ASKER_LINES[page.item.num % ASKER_LINES.length],
          answerCount: 1,
          dateCreated: `${shift(page.date!, -1)}T09:00:00+08:00`,
          acceptedAnswer: {
            '@type': 'Answer',
            text: page.paragraphs.join('\n'),
            dateCreated: `${page.date}T${t}:00+08:00`,
            ...(modified ? { dateModified: `${modified}T10:00:00+08:00` } : {}),
            author: { '@type': 'Physician', name: d.name, medicalSpecialty: d.department, memberOf: d.hospital },
          },
        },
      }),
    ].join('\n');
    const card = `<div class="${c('expert')}"><img src="${AVATAR(rng, 'img.mombaby.com.tw')}" alt="${esc(d.name!)}"><div><p class="${c('name')}"><b>${esc(d.name!)}</b> ${esc(d.title!)}</p><p class="${c('org')}">${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>`;
    const when = `<p class="${c('date')}">回覆日期：${dayText}</p>`;
    const answer = `<div class="${c('answer')}">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>`;
    const list = related.length
      ? `<section class="${c('related')}"><h2>相關問答</h2><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}${dated ? `<span>${slash(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const reading = `<section class="${c('reading')}"><h2>延伸閱讀</h2><ul>${rng.shuffle([...MB_ARTICLES]).slice(0, 3).map((x) => `<li><a href="/article/${rng.int(10000, 99999)}"><img src="/img/a/${token(rng, 8)}.jpg" alt="">${x}</a></li>`).join('')}</ul></section>`;
    const blob = {
      props: {
        pageProps: {
          qa: {
            id: page.item.num,
            title: page.question,
            question: ASKER_LINES[page.item.num % ASKER_LINES.length],
            answer: page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join(''),
            expert: { name: d.name, title: d.title, hospital: d.hospital, department: d.department },
            answeredAt: `${page.date}T${t}:00+08:00`,
            updatedAt: `${modified ?? postDay}T10:00:00+08:00`,
          },
          related: related.map((r) => ({ id: itemNum(r), title: r.question })),
        },
      },
      page: '/qa/[id]',
      query: { id: String(page.item.num) },
      buildId: token(rng, 12),
    };
    const body = `<div id="__next"><header class="${c('header')}"><a href="/"><img src="/img/logo.svg" alt="嬰兒與母親"></a><nav><a href="/pregnancy">懷孕</a> <a href="/baby">育兒</a> <a href="/qa">專家Q&amp;A</a> <a href="/shop">商城</a></nav></header>
<div class="${c('crumb')}"><a href="/">首頁</a> › <a href="/qa">專家Q&amp;A</a> › 問答內容</div>
<div class="${c('ad')}"><a href="https://ad.mombaby.com.tw/c/${token(rng, 8)}"><img src="https://ad.mombaby.com.tw/b/${token(rng, 10)}.jpg" alt="廣告"></a></div>
<main><h1 class="${c('title')}">${esc(page.question)}</h1>
<div class="${c('ask')}"><b>媽媽提問：</b>${ASKER_LINES[page.item.num % ASKER_LINES.length]}</div>
${cardFirst ? `${card}\n${when}\n${answer}` : `${when}\n${answer}\n${card}`}
<div class="${c('share')}"><a href="https://social-plugins.line.me/lineit/share?url=${encodeURIComponent(canonical)}">LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}">Facebook</a></div>
<p class="${c('note')}">※專家意見僅供參考，實際狀況請諮詢專業醫師。</p></main>
${rng.chance(0.5) ? `${list}\n${reading}` : `${reading}\n${list}`}
<footer>© 嬰兒與母親 Mother &amp; Baby</footer></div>
<script id="__NEXT_DATA__" type="application/json">${scriptJson(blob, asciiBlob)}</script>`;
    const html = tw(documentOf(`${page.question}｜專家Q&A｜嬰兒與母親`, canonical, `${head}\n`, body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), dated),
      }),
    };
  },
};

// --- F2. mamibuy-wenda-share ---

const MAMI_NICKS = ['小湯圓媽', 'Peggy', '二寶媽咪', '阿妮', 'Joanne', '柚子媽'] as const;
const MAMI_REPLIES = ['我家也有一樣的狀況，觀察幾天就好了。', '建議還是給醫生看一下比較放心喔！', '同問，蹲一個專家回答。', '我們當時是去兒科掛號，醫生說不用太擔心。'] as const;

/**
 * F2. 媽咪拜's 問答 share page (m.mamibuy.com.tw/qa/{id}: the host from memory, the path and the markup guessed), Nuxt,
 * `lang="zh-TW"`, UTF-8, no canonical, links root-relative as written: an app banner `打開 App`, the `<h1>`, the
 * mother's description (none); 0–3 mothers' answers before or after the expert's (none); **the expert's answer marked
 * `專家回答`, the card `{name} {title}` / `{hospital}{department}` (grade null), the stamp `2023/05/06` (keyed), `N天前` /
 * `昨天` (null) or `05/06` (yearless: null)**; **on 45% a wall after about half the answer: the visible part keyed, its
 * cut paragraph keeping its `…`, then `打開App看完整回答` over a fade; on 30% a `展開全文` fold with the whole answer in
 * the markup (keyed whole); whole otherwise**; **`window.__NUXT__` holds the whole answer, the card and the ISO day**;
 * `其他媽咪也在問` (question links with `N個回答`: link-only, undated), `熱門話題` tags (none).
 */
const mamibuyWendaShare: Family = {
  name: 'mamibuy-wenda-share',
  split: 'fresh-110',
  site: 'm.mamibuy.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const dayForm = rng.weighted([['full', 55], ['rel', 25], ['yearless', 20]] as const);
    const stamp = dayForm === 'full' ? slash(page.date!) : dayForm === 'yearless' ? slash(page.date!.slice(5)) : rng.pick(['昨天', `${rng.int(2, 6)}天前`]);
    const mode = rng.weighted([['wall', 45], ['fold', 30], ['whole', 25]] as const);
    let shown: string[] = page.paragraphs;
    if (mode === 'wall') {
      const total = page.paragraphs.reduce((s, p) => s + Array.from(p).length, 0);
      shown = cutAnswer(page.paragraphs, Math.max(8, Math.floor(total * 0.5)), '…') ?? page.paragraphs;
    }
    const mothers = rng.int(0, 3);
    const expertFirst = rng.chance(0.6);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/${itemNum(r)}`;
    const mom = () => `<div class="ans-item"><div class="u"><img src="${AVATAR(rng, 'img.mamibuy.com.tw')}" alt=""><span>${rng.pick(MAMI_NICKS)}</span><em>${rng.int(1, 9)}天前</em></div><p>${rng.pick(MAMI_REPLIES)}</p><span class="like">♡ ${rng.int(0, 30)}</span></div>`;
    const text = shown.map((x) => `<p>${esc(x)}</p>`).join('\n');
    const content = mode === 'wall'
      ? `<div class="ans-txt">${text}</div><div class="app-wall"><div class="fade"></div><a class="btn" href="https://mamibuy.page.link/qa${page.item.num}">打開App看完整回答</a></div>`
      : mode === 'fold'
        ? `<div class="ans-txt folded" style="max-height:7.5em;overflow:hidden">${text}</div><a class="unfold" href="javascript:;">展開全文</a>`
        : `<div class="ans-txt">${text}</div>`;
    const expert = `<div class="ans-item expert"><span class="badge">專家回答</span><div class="u"><img src="${AVATAR(rng, 'img.mamibuy.com.tw')}" alt=""><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)}${esc(d.department!)}</p><em class="t">${stamp}</em></div>${content}</div>`;
    const moms = Array.from({ length: mothers }, mom).join('\n');
    const list = related.length
      ? `<section class="more"><h3>其他媽咪也在問</h3>${related.map((r) => `<a class="q" href="${href(r)}"><span>${esc(r.question)}</span><em>${rng.int(1, 30)}個回答</em></a>`).join('\n')}</section>`
      : '';
    const nuxt = {
      layout: 'mobile',
      data: [{ qa: { id: page.item.num, title: page.question, content: ASKER_LINES[page.item.num % ASKER_LINES.length], answers: [{ isExpert: true, expert: { name: d.name, title: d.title, org: `${d.hospital}${d.department}` }, content: page.paragraphs.join('\n'), createdAt: `${page.date}T${page.time}:00+08:00` }] } }],
      state: { user: null, appBanner: true },
      serverRendered: true,
    };
    const body = `<div id="__nuxt"><div class="app-bar"><img src="/img/icon.png" alt=""><span>媽咪拜 MamiBuy</span><a href="https://mamibuy.page.link/open">打開 App</a></div>
<header><a href="/">媽咪拜</a> <a href="/qa">問答</a> <a href="/search">搜尋</a></header>
<main><h1>${esc(page.question)}</h1><div class="ask"><span>${rng.pick(MAMI_NICKS)}</span> 提問</div><p class="ask-txt">${ASKER_LINES[page.item.num % ASKER_LINES.length]}</p>
<div class="answers"><h2>${mothers + 1} 個回答</h2>
${expertFirst ? `${expert}\n${moms}` : `${moms}\n${expert}`}
</div>
<div class="tools"><a href="javascript:;">分享</a> <a href="javascript:;">檢舉</a></div></main>
${list}
<section class="topics"><h3>熱門話題</h3><a href="/topic/${rng.int(100, 999)}">#副食品</a> <a href="/topic/${rng.int(100, 999)}">#寶寶睡眠</a> <a href="/topic/${rng.int(100, 999)}">#產後</a></section>
<footer>© MamiBuy 媽咪拜</footer></div>
<script>window.__NUXT__=${scriptJson(nuxt, false)};</script>`;
    const html = tw(documentOf(`${page.question} - 媽咪拜問答`, null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: shown,
        date: dayForm === 'full' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F3. ailongtermcare-wenda ---

const LTC_ROLES = ['護理師', '社工師', '藥師'] as const;

/**
 * F3. 愛長照's 長照問答 (www.ilong-termcare.com/qa/{id}/: the host from memory, the path and the markup guessed), WordPress
 * with Yoast, `lang="zh-TW"`, UTF-8, canonical always (links absolute): head `article:published_time` (the post's day: the
 * answer's day on 50%, 1–30 days later on 50%) and `article:modified_time` (later), **a Yoast `@graph` (WebPage,
 * Article with `author` `愛長照編輯部` and the same `datePublished`, BreadcrumbList)**; body: nav, a 電子報 bar; the
 * `<h1>` with `【長照問答】` on 40% (none); the byline `文／愛長照編輯部　發布日期：{post day}` on 60% (none); `讀者提問`
 * (none); **the answer box: on 50% the doctor `{hospital}{department} {name} {title}` (keyed as printed), on 50% `{name}
 * {護理師|社工師|藥師}` and `{hospital}` (title that word, department null); `回覆日期：2023-05-06` / `2023/05/06` (keyed)**;
 * the answer (its `<p>`s unclosed on 25%); a 免責聲明, share buttons, a Facebook comment box; **`延伸閱讀：長照問答`
 * (question, the snippet cut at 30 with `...` on 60%, link-only else)**, `長照資源` and `熱門文章` (none).
 */
const ailongtermcareWenda: Family = {
  name: 'ailongtermcare-wenda',
  split: 'fresh-110',
  site: 'www.ilong-termcare.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ilong-termcare.com';
    const canonical = `${base}/qa/${page.item.num}/`;
    const postDay = rng.chance(0.5) ? page.date! : shift(page.date!, rng.int(1, 30));
    const modified = shift(postDay, rng.int(1, 400));
    const tag = rng.chance(0.4);
    const byline = rng.chance(0.6);
    const doctor = rng.chance(0.5);
    const role = rng.pick(LTC_ROLES);
    const dash = rng.chance(0.5);
    const unclosed = rng.chance(0.25);
    const snippets = rng.chance(0.6);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/qa/${itemNum(r)}/`;
    const printed = (r: Related) => cutSnippet(r.snippet, 30, 32, '...');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': canonical, url: canonical, name: `${page.question} - 愛長照`, datePublished: `${postDay}T${page.time}:00+08:00`, dateModified: `${modified}T09:30:00+08:00`, breadcrumb: { '@id': `${canonical}#breadcrumb` } },
        { '@type': 'Article', headline: page.question, author: { '@type': 'Person', name: '愛長照編輯部' }, datePublished: `${postDay}T${page.time}:00+08:00`, dateModified: `${modified}T09:30:00+08:00`, mainEntityOfPage: { '@id': canonical }, publisher: { '@type': 'Organization', name: '愛長照' } },
        { '@type': 'BreadcrumbList', '@id': `${canonical}#breadcrumb`, itemListElement: [{ '@type': 'ListItem', position: 1, name: '首頁', item: `${base}/` }, { '@type': 'ListItem', position: 2, name: '長照問答', item: `${base}/qa/` }] },
      ],
    };
    const head = [
      `<meta property="og:type" content="article">`,
      `<meta property="og:title" content="${esc(page.question)} - 愛長照">`,
      `<meta property="article:published_time" content="${postDay}T${page.time}:00+08:00">`,
      `<meta property="article:modified_time" content="${modified}T09:30:00+08:00">`,
      `<meta name="author" content="愛長照編輯部">`,
      ld(graph),
    ].join('\n');
    const who = doctor
      ? `<p class="ans-by">${esc(d.hospital!)}${esc(d.department!)} <strong>${esc(d.name!)}</strong> ${esc(d.title!)}</p>`
      : `<p class="ans-by"><strong>${esc(d.name!)}</strong> ${role}</p><p class="ans-org">${esc(d.hospital!)}</p>`;
    const day = dash ? page.date! : slash(page.date!);
    const text = page.paragraphs.map((x) => (unclosed ? `<p>${esc(x)}\n` : `<p>${esc(x)}</p>`)).join('\n');
    const list = related.length
      ? `<div class="yarpp-related"><h3>延伸閱讀：長照問答</h3><ol>${related.map((r) => `<li><a href="${href(r)}" rel="bookmark">${esc(r.question)}</a>${snippets ? `<small>${esc(printed(r))}</small>` : ''}</li>`).join('\n')}</ol></div>`
      : '';
    const body = `<header id="masthead"><a href="${base}/"><img src="${base}/wp-content/uploads/logo.png" alt="愛長照"></a><nav><a href="${base}/category/news/">長照新聞</a> <a href="${base}/qa/">長照問答</a> <a href="${base}/resource/">長照資源</a> <a href="${base}/forum/">論壇</a></nav></header>
<div class="newsletter">訂閱愛長照電子報 <a href="${base}/subscribe/">立即訂閱</a></div>
<article id="post-${page.item.num}" class="post-${page.item.num} qa type-qa status-publish">
<h1 class="entry-title">${tag ? '【長照問答】' : ''}${esc(page.question)}</h1>
${byline ? `<div class="entry-meta">文／愛長照編輯部　發布日期：${slash(postDay)}</div>` : ''}
<div class="entry-content"><div class="q-box"><h4>讀者提問</h4><p>${ASKER_LINES[page.item.num % ASKER_LINES.length]}家裡長輩${rng.pick(['今年八十歲', '行動不便', '剛出院'])}。</p></div>
<div class="a-box"><h4>專家回覆</h4>${who}<p class="ans-date">回覆日期：${day}</p>
${text}
</div>
<p class="disclaimer">＊本文內容僅供參考，個別狀況請諮詢專業醫療人員。</p>
<div class="sharedaddy"><a href="javascript:;">分享到 Facebook</a> <a href="javascript:;">分享到 LINE</a></div></div>
</article>
${list}
<aside id="secondary"><section><h3>長照資源</h3><ul><li><a href="${base}/resource/1966/">長照專線 1966</a></li><li><a href="${base}/resource/subsidy/">長照補助查詢</a></li></ul></section>
<section><h3>熱門文章</h3><ul>${Array.from({ length: 3 }, () => `<li><a href="${base}/${rng.int(10000, 99999)}/">${rng.pick(['失智長輩照顧 5 大原則', '申請外籍看護流程', '居家無障礙改造補助', '長照 2.0 服務一次看懂'])}</a></li>`).join('')}</ul></section></aside>
<div class="fb-comments" data-href="${canonical}" data-numposts="5"></div>
<footer id="colophon">© 愛長照 All Rights Reserved.</footer>`;
    const html = tw(documentOf(`${page.question} - 愛長照`, canonical, `${head}\n`, body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: doctor
          ? { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null }
          : { name: d.name, title: role, department: null, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F4. mamidaily-zhuanjia-qa ---

/**
 * F4. MamiDaily 親子日常's 專家QA (www.mamidaily.com/expert-qa/{id}: the host from memory, the path and the markup
 * guessed), `lang="zh-HK"`, UTF-8, canonical always (relative links resolved against it): **JSON-LD `MedicalWebPage`
 * (`headline` the question, `author` `MamiDaily編輯部`, `datePublished` the answer's day, `dateModified` later, and on 50%
 * `reviewedBy` a `Physician` — another doctor, the site's 醫學審核, printed as `醫學審核：{other}醫生` too)**; **microdata on
 * the `<article>`** (`itemprop="headline"`, `datePublished` / `dateModified` in `<meta itemprop>`); nav, an app banner;
 * **the card `{name}醫生` `{specialty}專科醫生` (title `專科醫生`, department the specialty, no hospital)**; **the day a
 * `<time>`: `2023年5月6日` (40%), `2023-05-06` (30%) — keyed — or `N日前` (30%: null)**; `Q：` the `<h1>`, the answer
 * under `專家解答`; share buttons; **`更多專家QA` (question, the snippet cut with `...` on 50%, undated)**; `你可能感興趣`
 * sponsored cards (none).
 */
const mamidailyZhuanjiaQa: Family = {
  name: 'mamidaily-zhuanjia-qa',
  split: 'fresh-110',
  site: 'www.mamidaily.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.mamidaily.com';
    const canonical = `${base}/expert-qa/${page.item.num}`;
    const dayForm = rng.weighted([['zh', 40], ['iso', 30], ['rel', 30]] as const);
    const reviewer = rng.chance(0.5) ? otherName(rng) : null;
    const modified = shift(page.date!, rng.int(2, 200));
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/expert-qa/${itemNum(r)}`;
    const printed = (r: Related) => cutSnippet(r.snippet, 28, 30, '...');
    const iso = `${page.date}T${page.time}:00+08:00`;
    const head = [
      `<meta property="og:title" content="${esc(page.question)} | MamiDaily 親子日常">`,
      `<meta property="article:published_time" content="${iso}">`,
      ld({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        headline: page.question,
        url: canonical,
        author: { '@type': 'Organization', name: 'MamiDaily編輯部' },
        datePublished: iso,
        dateModified: `${modified}T12:00:00+08:00`,
        ...(reviewer ? { reviewedBy: { '@type': 'Physician', name: `${reviewer}醫生`, medicalSpecialty: 'Pediatric' }, lastReviewed: modified } : {}),
      }),
    ].join('\n');
    const time = dayForm === 'zh' ? zhDay(page.date!) : dayForm === 'iso' ? page.date! : `${rng.int(1, 6)}日前`;
    const card = `<div class="expert-card"><img src="${AVATAR(rng, 'www.mamidaily.com')}" alt=""><div><b>${esc(d.name!)}醫生</b><span>${esc(d.department!)}專科醫生</span></div></div>`;
    const list = related.length
      ? `<section class="more-qa"><h3>更多專家QA</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r))}</p>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const sponsored = `<section class="sponsored"><h3>你可能感興趣</h3>${Array.from({ length: 3 }, () => `<a href="https://sponsor.example-ads.com/c/${token(rng, 10)}"><img src="https://sponsor.example-ads.com/i/${token(rng, 8)}.jpg" alt=""><span>${rng.pick(['兒童保險計劃限時優惠', '暑期興趣班報名中', '嬰兒奶粉試用裝免費送'])}</span></a>`).join('')}</section>`;
    const body = `<header><a href="${base}/"><img src="/img/logo.svg" alt="MamiDaily 親子日常"></a><nav><a href="${base}/pregnancy">懷孕</a> <a href="${base}/baby">BB</a> <a href="${base}/expert-qa">專家QA</a> <a href="${base}/education">教育</a></nav></header>
<div class="app-banner"><a href="https://mamidaily.page.link/app">下載 MamiDaily App 睇更多</a></div>
<article itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="${iso}"><meta itemprop="dateModified" content="${modified}T12:00:00+08:00">
<span class="cat">專家QA</span><h1 itemprop="headline">${rng.chance(0.5) ? '<span class="q">Q：</span>' : ''}${esc(page.question)}</h1>
${card}<time>${time}</time>
<h2>專家解答</h2><div itemprop="articleBody" class="body">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
${reviewer ? `<p class="review">醫學審核：${reviewer}醫生</p>` : ''}
<div class="share"><a href="javascript:;">WhatsApp</a> <a href="javascript:;">Facebook</a> <a href="javascript:;">複製連結</a></div></article>
${rng.chance(0.5) ? `${list}\n${sponsored}` : `${sponsored}\n${list}`}
<footer>© MamiDaily 親子日常 版權所有</footer>`;
    const html = hk(documentOf(`${page.question} | 專家QA | MamiDaily 親子日常`, canonical, `${head}\n`, body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '專科醫生', department: d.department, hospital: null, hospital_grade: null },
        date: dayForm === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F5. chaonews-mingyi-wenda ---

const CHAO_HOT = ['杭州地铁新线路开通时间公布', '今年首个台风生成', '浙江高考志愿填报时间确定', '西湖景区周末限流提醒'] as const;

/**
 * F5. 潮新闻's 名医问答 share page (tidenews.com.cn/news.html?id={id}: the host from memory, the path and the markup guessed),
 * UTF-8, no canonical, links as written (relative `news.html?id=`): an `打开潮新闻App，阅读体验更佳` banner at the top and an
 * `打开App` button at the foot; the `<h1>` with `名医问答｜` on 50% (none); **the stamp `潮新闻客户端 记者 {x}` and
 * `2023-05-06 14:22` (keyed; the blob's `updateTime` later, none)**; on 40% an `编者按：` paragraph (none); **the card
 * `本期专家：{hospital}{department}{title} {name}` as a line or a box, the grade `（三甲）` / `三级甲等` printed on 40% (keyed
 * there, null else)**; **a `<video>` on 60% of video items (keyed video; unknown else)**; the answer, **inside a
 * `max-height` box with `展开全文` on 45% (the whole in the markup: keyed whole)**; `责任编辑：` (none); **`window.__INITIAL_
 * STATE__` with the article (the answer as HTML with `&nbsp;` / `&ldquo;` entities, `<` as `\u003c`, `publishTime` /
 * `updateTime` epoch ms)**; `相关阅读` (question links, the day `05-06` (null) or `2023-05-06` (keyed)); `24小时热榜` (none);
 * comments with `打开App查看更多评论`.
 */
const chaonewsMingyiWenda: Family = {
  name: 'chaonews-mingyi-wenda',
  split: 'fresh-110',
  site: 'tidenews.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const prefix = rng.chance(0.5);
    const note = rng.chance(0.4);
    const grade = rng.chance(0.4) && d.hospital_grade ? d.hospital_grade : null;
    const gradeText = grade ? rng.pick([`（${grade}）`, ` ${grade}`]) : '';
    const boxCard = rng.chance(0.5);
    const video = page.format === 'video' && rng.chance(0.6);
    const fold = rng.chance(0.45);
    const fullDays = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `news.html?id=${itemNum(r)}`;
    const t = clock(rng);
    const reporter = otherName(rng);
    const publish = Date.parse(`${page.date}T${t}:00+08:00`);
    const update = publish + rng.int(1, 90) * 86_400_000;
    const card = boxCard
      ? `<div class="expert-box"><img src="https://img.tidenews.com.cn/expert/${token(rng, 8)}.jpg" alt=""><p class="lb">本期专家</p><p class="nm">${esc(d.name!)} <span>${esc(d.title!)}</span></p><p class="org">${esc(d.hospital!)}${gradeText} ${esc(d.department!)}</p></div>`
      : `<p class="expert-line"><strong>本期专家：${esc(d.hospital!)}${gradeText}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</strong></p>`;
    const answerHtml = page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n');
    const player = video ? `<div class="video-wrap"><video src="https://v.tidenews.com.cn/${token(rng, 12)}.mp4" poster="https://img.tidenews.com.cn/p/${token(rng, 8)}.jpg" controls playsinline></video></div>` : '';
    const text = fold
      ? `<div class="article-content fold" style="max-height:520px;overflow:hidden">${answerHtml}</div><div class="unfold"><span>展开全文</span></div>`
      : `<div class="article-content">${answerHtml}</div>`;
    const state = {
      article: {
        id: page.item.num,
        title: `${prefix ? '名医问答｜' : ''}${page.question}`,
        content: `${note ? '<p>编者按：&ldquo;名医问答&rdquo;栏目邀请省内名医解答读者关心的健康问题。</p>' : ''}${page.paragraphs.map((x) => `<p>${esc(x).replace(/，/g, '，&nbsp;')}</p>`).join('')}`,
        author: reporter,
        source: '潮新闻客户端',
        publishTime: publish,
        updateTime: update,
        videoUrl: video ? 'https://v.tidenews.com.cn/v.mp4' : '',
      },
      related: related.map((r) => ({ id: itemNum(r), title: r.question })),
    };
    const list = related.length
      ? `<div class="relate"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span class="time">${fullDays ? r.date : r.date!.slice(5)}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="open-app-top"><img src="/img/logo.png" alt=""><span>打开潮新闻App，阅读体验更佳</span><a href="https://tidenews.com.cn/download">打开</a></div>
<div class="detail"><h1>${prefix ? '名医问答｜' : ''}${esc(page.question)}</h1>
<div class="info"><span class="src">潮新闻客户端 记者 ${reporter}</span> <span class="time">${page.date} ${t}</span></div>
${note ? '<p class="editor-note">编者按：“名医问答”栏目邀请省内名医解答读者关心的健康问题。</p>' : ''}
${card}
${player}
${text}
<p class="editor">责任编辑：${otherName(rng)}</p></div>
${list}
<div class="hot"><h3>24小时热榜</h3><ol>${rng.shuffle([...CHAO_HOT]).slice(0, 3).map((x) => `<li><a href="news.html?id=${rng.int(1000000, 9999999)}">${x}</a></li>`).join('')}</ol></div>
<div class="comments"><h3>评论（${rng.int(0, 40)}）</h3><div class="more">打开App查看更多评论</div></div>
<div class="open-app-bottom"><a href="https://tidenews.com.cn/download">打开App</a></div>
<script>window.__INITIAL_STATE__=${scriptJson(state, false)}</script>`;
    const html = documentOf(`${prefix ? '名医问答｜' : ''}${page.question}`, null, `<meta name="viewport" content="width=device-width,initial-scale=1">\n<meta property="og:title" content="${esc(page.question)}">\n<meta property="og:image" content="https://img.tidenews.com.cn/share.png">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, fullDays),
      }),
    };
  },
};

// --- F6. ynet-jiankang-wenda ---

const YNET_HOT = ['北京今夏首个高温预警发布', '地铁新线试运行', '暑期博物馆预约攻略', '本市新增三条公交线路'] as const;

/**
 * F6. 北青网's 健康 专家答疑 (health.ynet.com/{yyyy}/{mm}/{dd}/{id}t{n}.html: the host from memory, the path and the markup
 * guessed), an old CMS of tables: UTF-8 (25%), GB2312 declared (30%), GBK undeclared (20%), **GBK bytes declared `utf-8`
 * (25%: a wrong declaration)**, no canonical, links absolute: head `og:title`, **`og:description` (the answer's first 50
 * characters and `...`), `article:published_time` the same day, `<meta name="lastmod">` 1–60 days later (none)**; top nav,
 * a banner ad; the `<h1>` with `专家答疑：` on 40% (none); **`2023-05-06 07:12　来源：北京青年报` (keyed)**; **the card
 * `解答专家：{hospital}{department}{title}{name}` or `{name}，{hospital}{department}{title}`, the grade `（三甲）` on 30% (keyed
 * there)**; the answer under `专家解答`; `（本版文字 记者 {x}）` (none); **`相关新闻` (question links, each day
 * `2023-05-06`: keyed; its `<li>`s unclosed on 40%)**; `热点推荐` (none); 举报 / ICP foot.
 */
const ynetJiankangWenda: Family = {
  name: 'ynet-jiankang-wenda',
  split: 'fresh-110',
  site: 'health.ynet.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.ynet.com';
    const enc = rng.weighted([['utf8', 25], ['gb2312', 30], ['undeclared', 20], ['lie', 25]] as const);
    const prefix = rng.chance(0.4);
    const grade = rng.chance(0.3) && d.hospital_grade ? d.hospital_grade : null;
    const hosp = `${esc(d.hospital!)}${grade ? `（${grade}）` : ''}`;
    const cardForm = rng.chance(0.5);
    const unclosed = rng.chance(0.4);
    const related = page.related.slice(0, 8);
    const [y, m, dd] = page.date!.split('-');
    const path = `/${y}/${m}/${dd}/${page.item.num}t${rng.int(1, 9)}.html`;
    const href = (r: Related) => `${base}/${r.date!.slice(0, 4)}/${r.date!.slice(5, 7)}/${r.date!.slice(8, 10)}/${itemNum(r)}t${itemNum(r) % 9 + 1}.html`;
    const t = clock(rng, 6, 10);
    const charset = enc === 'utf8' || enc === 'lie' ? '<meta charset="utf-8">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const head = [
      `<meta property="og:title" content="${esc(page.question)}">`,
      `<meta property="og:description" content="${esc(cutSnippet(page.paragraphs.join(''), 50, 50, '...'))}">`,
      `<meta property="og:url" content="${base}${path}">`,
      `<meta property="article:published_time" content="${page.date}T${t}:00+08:00">`,
      `<meta name="lastmod" content="${shift(page.date!, rng.int(1, 60))}">`,
    ].join('\n');
    const card = cardForm
      ? `<p class="zj">解答专家：${hosp}${esc(d.department!)}${esc(d.title!)}${esc(d.name!)}</p>`
      : `<p class="zj">${esc(d.name!)}，${hosp}${esc(d.department!)}${esc(d.title!)}</p>`;
    const close = unclosed ? '' : '</li>';
    const list = related.length
      ? `<div class="xgxw"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> <span>${r.date}</span>${close}`).join('\n')}</ul></div>`
      : '';
    const body = `<table width="1000" align="center" class="top"><tr><td><a href="https://www.ynet.com/">北青网首页</a> | <a href="https://news.ynet.com/">新闻</a> | <a href="${base}/">健康</a> | <a href="https://ent.ynet.com/">娱乐</a></td></tr></table>
<div class="banner"><a href="https://ad.ynet.com/c/${token(rng, 8)}"><img src="https://ad.ynet.com/b/${token(rng, 10)}.jpg" width="1000" height="90" alt=""></a></div>
<table width="1000" align="center"><tr><td valign="top" width="680">
<div class="crumb">您的位置：<a href="https://www.ynet.com/">北青网</a> &gt; <a href="${base}/">健康</a> &gt; 正文</div>
<h1>${prefix ? '专家答疑：' : ''}${esc(page.question)}</h1>
<div class="info">${page.date} ${t}　来源：北京青年报　<a href="javascript:;">分享到微博</a></div>
${card}
<h3>专家解答</h3>
<div class="article">${page.paragraphs.map((x) => `<p>　　${esc(x)}</p>`).join('\n')}</div>
<p class="by">（本版文字 记者 ${otherName(rng)}）</p>
<p class="jb"><a href="https://www.12377.cn/">违法和不良信息举报</a></p>
${list}
</td><td valign="top" width="300"><div class="hot"><h3>热点推荐</h3><ul>${rng.shuffle([...YNET_HOT]).slice(0, 3).map((x) => `<li><a href="https://news.ynet.com/${rng.int(1000, 9999)}.html">${x}</a></li>`).join('')}</ul></div></td></tr></table>
<div class="foot">北京青年报社 版权所有　京ICP证${rng.int(100000, 999999)}号</div>`;
    const html = documentOf(`${prefix ? '专家答疑：' : ''}${page.question}_北青网`, null, `${head}\n`, body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

export const FRESH110_FAMILIES: readonly Family[] = [mombabyZhuanjiaQa, mamibuyWendaShare, ailongtermcareWenda, mamidailyZhuanjiaQa, chaonewsMingyiWenda, ynetJiankangWenda];
