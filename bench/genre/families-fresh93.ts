import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, ENGLISH_MONTHS, epochSeconds, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-third fresh held-out set (split `fresh-93`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-eighth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (星暹 / singsian / 曼谷 / 泰国 / 泰國 / 康民 /
 * bumrungrad, 大众卫生报 / 大众卫生 / dzwsb / 湖南, 仁济 / renji, 蜻蜓 / qingting, herald / 新西兰 / 紐西蘭 / 奥克兰 /
 * auckland, 成大 / 成功大學 / nckuh / 藥劑 each grepped, case-insensitive, in README.md and families*.ts: no hit; 明報,
 * 世界日報, 联合早报, 12320, 喜马拉雅, 星洲, 國泰, 台大, 华山, 健康之路 have hits and were left alone), each of a kind the
 * table had few of: a Thai-Chinese daily's 医药顾问 column on WordPress (a Thai Buddhist-era masthead day, Bangkok
 * hospitals, `{department}专科医生` cards at the head or a closing credit, Jetpack related posts with excerpts), a
 * provincial health paper's e-paper page (Founder-style tables in GBK, an image map, the issue line, a `坐诊专家` line),
 * a university hospital's AMP page (`<html ⚡>`, `amp-img`, `amp-accordion`, an 审核 line, JSON-LD with a later
 * `dateModified`, the canonical on the www host), an audio platform's episode page of a doctors' programme (an
 * `<audio>` player, `本期嘉宾`, a host's lines in the 文稿, `__initialState__`), a New Zealand Chinese news site's
 * 家庭医生 column (English days, NZ hospitals with English names, `顾问医生` / `专科医生` cards, a Healthline line), and a
 * Taiwanese university hospital's 藥劑部 用藥諮詢 board answered by a pharmacist (Big5 on most pages, classic ASP tables,
 * Gregorian or ROC days, an 審閱 line).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering person's: the asker's words, a host's lines, a reviewer's line,
 *   Healthline / hotline lines, ads, disclaimers, none of it; labels (`医生答：`, `专家答：`, `{name}：`) none;
 * - **the date the answer's day**: 星暹's post day (`<time class="published">`; the masthead's Thai day, the site's today,
 *   none; `updated` none); 大众卫生报's issue day; 仁济's visible day (JSON-LD's later `dateModified` none); 蜻蜓's
 *   episode day (fresh-58: the broadcast dates its guest's answer); herald's `6 May 2023` (certain English day; the
 *   `Updated` day none); 成大's `回覆日期`, ROC `112/05/06` +1911 where printed so (fresh-80);
 * - **the card** as printed; `{department}专科医生` title 专科医生 and department the specialty (fresh-81), `{department}顾问医生`
 *   title 顾问医生 (fresh-82), a hospital's `（English）` name none; where it prints no hospital, the site's (fresh-82):
 *   上海交通大学医学院附属仁济医院, 國立成功大學醫學院附設醫院; 成大's pharmacist `{name} 藥師` / `臨床藥師` the title, `藥劑部`
 *   the department; the grade null on every family;
 * - **format**: 蜻蜓 voice (the `<audio>` player: fresh-58's convention), unknown on the others;
 * - items: the related list, the snippet where printed, dated only where the whole day is printed, link-only `[]`, links
 *   as written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 21))}:${two(rng.int(0, 59))}`;
const cnDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const cnDayPad = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const gbOr = (html: string, decl: string, enc: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(html.replace(decl, '<meta charset="utf-8">'), 'utf8');
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
const enDay = (iso: string) => `${Number(iso.slice(8, 10))} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

// --- F1. singsian-yiyao-guwen-wp ---

const SSYP = '星暹日报';
const TH_HOSPITALS = ['康民国际医院', '曼谷医院', '三美泰医院', '帕耀泰医院', '拍仁医院', '华侨医院'] as const;
const TH_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;
const TH_WEEK = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;
const thaiDay = (iso: string) => `วัน${TH_WEEK[weekday(iso)]}ที่ ${Number(iso.slice(8, 10))} ${TH_MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4)) + 543}`;

/**
 * F1. 星暹日报's 医药顾问 column (www.singsianyerpao.com/archives/{id}, host as remembered, path a guess), a Bangkok
 * Chinese daily's WordPress site, UTF-8, canonical on 70%: the masthead's Thai day `วันเสาร์ที่ … 2566` and Chinese day
 * (the site's today, later: none); `<h1 class="entry-title">` the question (keyed), on 35% with a `【医药顾问】` tag (none);
 * `<time class="entry-date published">2023年5月6日</time>` (keyed), a hidden `updated` day (none); `读者问：` the asker's
 * letter (none); the card `解答：{hospital}{department}专科医生 {name}` at the head (50%) or the closing credit
 * `（本栏由{hospital}{department}专科医生{name}医生解答）` (title 专科医生, department the specialty, fresh-81); a `医生答：`
 * label (none) on 50%; a hospital's 华语服务 ad (none); tags, share buttons, comments (none); Jetpack `相关文章` with an excerpt
 * on 50% of pages (the snippet) or none (`[]`), dated `2023年5月6日`, absolute as written.
 */
const singsianYiyaoGuwenWp: Family = {
  name: 'singsian-yiyao-guwen-wp',
  split: 'fresh-93',
  site: 'www.singsianyerpao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.singsianyerpao.com';
    const canonical = rng.chance(0.7) ? `${base}/archives/${page.item.num}` : null;
    const hospital = rng.pick([...TH_HOSPITALS]);
    const tagged = rng.chance(0.35);
    const headCard = rng.chance(0.5);
    const label = rng.chance(0.5);
    const ad = rng.chance(0.55);
    const snip = rng.chance(0.5);
    const comments = rng.chance(0.4);
    const today = shift(page.date!, rng.int(40, 500));
    const theme = rng.pick(['newsup', 'jnews', 'td']);
    const h1 = tagged ? `【医药顾问】${page.question}` : page.question;
    const related = page.related.slice(0, rng.pick([3, 6]));
    const href = (r: Related) => `${base}/archives/${itemNum(r)}`;
    const list = related.length
      ? `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>相关文章</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-${snip ? 'visual' : 'minimal'}">${related
          .map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${href(r)}">${esc(r.question)}</a></h4>${snip ? `<p class="jp-relatedposts-post-excerpt">${esc(r.snippet)}</p>` : ''}${r.date ? `<p class="jp-relatedposts-post-date">${cnDay(r.date)}</p>` : ''}</div>`)
          .join('\n')}</div></div>`
      : '';
    const card = headCard
      ? `<p class="${theme}-expert"><strong>解答：</strong>${hospital}${esc(d.department!)}专科医生 ${esc(d.name!)}</p>`
      : `<p class="${theme}-credit">（本栏由${hospital}${esc(d.department!)}专科医生${esc(d.name!)}医生解答）</p>`;
    const answer = `${label ? '<p><strong>医生答：</strong></p>\n' : ''}${paras(page.paragraphs)}`;
    const body = `<div id="page" class="site ${theme}-site">
<div class="${theme}-topbar"><span class="th-date">${thaiDay(today)}</span> <span class="cn-date">${cnDay(today)} ${CN_WEEK[weekday(today)]}</span></div>
<header id="masthead" class="site-header"><a href="${base}/" rel="home"><img src="${base}/wp-content/uploads/2021/03/logo.png" alt="${SSYP}"></a>
<nav class="main-navigation"><ul class="menu"><li><a href="${base}/category/thai">泰国新闻</a></li><li><a href="${base}/category/china">中国新闻</a></li><li class="current-menu-item"><a href="${base}/category/health">医药顾问</a></li><li><a href="${base}/category/huaren">侨社</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-${page.item.num}" class="post-${page.item.num} post type-post status-publish format-standard hentry category-health">
<header class="entry-header"><span class="cat-links"><a href="${base}/category/health" rel="category tag">医药顾问</a></span>
<h1 class="entry-title">${esc(h1)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${page.date}T${page.time}:00+07:00">${cnDay(page.date!)}</time><time class="updated" datetime="${shift(page.date!, rng.int(1, 30))}T10:00:00+07:00" hidden></time></span> <span class="byline">作者：<a href="${base}/author/health">${SSYP}医药版</a></span></div>
</header>
<div class="entry-content">
${headCard ? `${card}\n` : ''}<p>读者问：${esc(rng.pick(ASKER_LINES))}${esc(page.question)}</p>
${answer}
${headCard ? '' : `${card}\n`}${ad ? `<div class="${theme}-ad"><a href="${base}/ads/${token(rng, 6)}"><img src="${base}/wp-content/uploads/ad-${token(rng, 5)}.jpg" alt="${hospital}"></a><p>${hospital}华语服务中心 电话：02-${rng.int(100, 999)}-${rng.int(1000, 9999)}</p></div>\n` : ''}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享到：</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-line" href="#">LINE</a></li></ul></div>
${list}
</div>
<footer class="entry-footer"><span class="tags-links">标签：<a href="${base}/tag/health" rel="tag">健康</a></span></footer>
</article>
${comments ? `<div id="comments" class="comments-area"><h2 class="comments-title">1条评论</h2><ol class="comment-list"><li class="comment"><b class="fn">${esc(otherName(rng))}</b><div class="comment-content"><p>谢谢医生，很有帮助。</p></div></li></ol></div>\n` : ''}</main></div>
<footer id="colophon" class="site-footer">© ${SSYP} Sing Sian Yer Pao Daily News, Bangkok</footer>
</div>
<script src="${base}/wp-includes/js/wp-emoji-release.min.js"></script>`;
    const html = documentOf(`${h1} – ${SSYP}`, canonical, `<meta name="generator" content="WordPress 6.${rng.int(0, 4)}">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), true),
      }),
    };
  },
};

// --- F2. dzwsb-shuzibao-gbk ---

const DZ = '大众卫生报';

/**
 * F2. 大众卫生报's e-paper (www.dzwsb.com/epaper/html/{yyyy-mm}/{dd}/content_{id}.htm, host and path guesses), a
 * Founder-style page of tables, GBK declared (70%, `gbk` or `gb2312`) or UTF-8, no canonical: the issue line
 * `大众卫生报 2023年05月06日 星期六` or `2023-05-06` (keyed: the issue's day) beside `第03版：名医坐诊`; the page image with an
 * `<area>` map; the article's `引题` (none), `<h1>` the question (keyed), a `副题` on 40% (none); `坐诊专家：{hospital}{department}
 * {title} {name}` at the head (55%) or a closing `（坐诊专家：…）` (keyed as printed); `读者{X}先生问：` (none); `专家答：` (label
 * none) as its own paragraph or leading the first; the answer paragraphs; `本文责编` (none); `本版标题导航` (link-only `[]`,
 * undated, `content_N.htm` as written).
 */
const dzwsbShuzibaoGbk: Family = {
  name: 'dzwsb-shuzibao-gbk',
  split: 'fresh-93',
  site: 'www.dzwsb.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.7);
    const decl = gbk ? `<meta http-equiv="Content-Type" content="text/html; charset=${rng.pick(['gbk', 'gb2312'])}">` : '<meta charset="utf-8">';
    const headCard = rng.chance(0.55);
    const sub = rng.chance(0.4);
    const ownLabel = rng.chance(0.5);
    const padIssue = rng.chance(0.6);
    const mapFirst = rng.chance(0.5);
    const cls = rng.pick(['font01', 'bt1', 'content']);
    const ban = two(rng.int(2, 8));
    const issue = padIssue ? `${cnDayPad(page.date!)} ${CN_WEEK[weekday(page.date!)]}` : page.date!;
    const related = page.related.slice(0, 7);
    const href = (r: Related) => `content_${itemNum(r)}.htm`;
    const cardText = `${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}`;
    const paper = `<table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="../../../res/${page.date!.slice(0, 7)}/${page.date!.slice(8)}/${token(rng, 8)}_b.jpg" usemap="#PagePicMap" border="0"></td></tr></table>
<map name="PagePicMap">${related.map((r, i) => `<area coords="${10 + i * 5},${20 + i * 60},${300 + i},${70 + i * 60}" shape="rect" href="${href(r)}">`).join('')}<area coords="0,0,300,10" shape="rect" href="content_${page.item.num}.htm"></map>`;
    const nav = related.length
      ? `<table width="100%" class="${rng.pick(['bmdh', 'list'])}"><tr><td class="px12"><b>本版标题导航</b></td></tr>${related.map((r) => `<tr><td><img src="../../../images/dot.gif"> <a href="${href(r)}">${esc(r.question)}</a></td></tr>`).join('\n')}</table>`
      : '';
    const left = `<td width="${rng.pick(['360', '400'])}" valign="top">${mapFirst ? paper + nav : nav + paper}</td>`;
    const answer = ownLabel
      ? `<P>　　<B>专家答：</B></P>\n${page.paragraphs.map((x) => `<P>　　${esc(x)}</P>`).join('\n')}`
      : page.paragraphs.map((x, i) => `<P>　　${i === 0 ? '<B>专家答：</B>' : ''}${esc(x)}</P>`).join('\n');
    const article = `<td valign="top" class="${cls}">
<table width="100%"><tr><td class="yt">名医坐诊</td></tr>
<tr><td><h1 class="${cls}-bt">${esc(page.question)}</h1></td></tr>
${sub ? `<tr><td class="ft">——${esc(d.department!)}专家答读者问</td></tr>\n` : ''}</table>
<div id="ozoom" style="font-size:14px">
${headCard ? `<P>　　<B>坐诊专家：</B>${cardText}</P>\n` : ''}<P>　　读者${rng.pick(['王', '刘', '周', '罗'])}${rng.pick(['先生', '女士'])}问：${esc(rng.pick(ASKER_LINES))}</P>
${answer}
${headCard ? '' : `<P>　　（坐诊专家：${cardText}）</P>\n`}</div>
<p class="zb">本文责编：${esc(otherName(rng))}</p>
</td>`;
    const body = `<!--enpproperty <articleid>${page.item.num}</articleid><date>${page.date}</date><pagename>名医坐诊</pagename><pageno>${ban}</pageno>/enpproperty-->
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="top"><img src="../../../images/logo.gif" alt="${DZ}"> <span class="date">${DZ}　${issue}</span></td></tr>
<tr><td colspan="2" class="bm"><a href="node_${rng.int(1, 9)}.htm">第${ban}版：名医坐诊</a>　<a href="node_1.htm">上一版</a>　<a href="node_3.htm">下一版</a>　<a href="../../../html/period.htm">往期回顾</a></td></tr>
<tr>${rng.chance(0.5) ? left + article : article + left}</tr>
<tr><td colspan="2" class="foot">${DZ}社版权所有　湘ICP备${rng.int(10000000, 99999999)}号</td></tr>
</table>`;
    const html = documentOf(`${DZ}-名医坐诊-${page.question}`, null, '', body, decl).replace('<!DOCTYPE html>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">');
    return {
      body: gbk ? gbOr(html, decl, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F3. renji-zhuanjia-wenda-amp ---

const RJ = '上海交通大学医学院附属仁济医院';
const RJ_DEPTS = ['消化科', '风湿科', '泌尿科', '生殖医学中心', '肾脏科', '心内科', '胃肠外科', '肝脏外科'] as const;

/**
 * F3. 仁济医院's 专家问答 AMP page (m.renji.com/amp/zjwd/{id}.html, host and path guesses), `<html ⚡>`, UTF-8, the canonical
 * always (www.renji.com/zjwd/{id}.html): `<amp-sidebar>` nav; `<h1>` the question (keyed); the day `2023-05-06` or
 * `2023年05月06日` in a `<time>` (keyed); JSON-LD `MedicalWebPage` with `datePublished` and a later `dateModified` (none); the
 * card `amp-img` + name, title, department (no hospital: the site's, fresh-82; `生殖医学中心` a department, fresh-90), above or
 * below; `问题描述` (none) and `专家解答` (label none) in an `<amp-accordion>` (50%) or plain sections; `审核：{name}（医务部）`
 * on 40% (none); a disclaimer; `相关问答` (link-only `[]`, dated `2023-05-06` where printed, `/amp/zjwd/N.html` resolved
 * by the canonical to the www host).
 */
const renjiZhuanjiaWendaAmp: Family = {
  name: 'renji-zhuanjia-wenda-amp',
  split: 'fresh-93',
  site: 'm.renji.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.renji.com/zjwd/${page.item.num}.html`;
    const dept = rng.pick([...RJ_DEPTS]);
    const acc = rng.chance(0.5);
    const cardTop = rng.chance(0.55);
    const review = rng.chance(0.4);
    const cnForm = rng.chance(0.45);
    const share = rng.chance(0.5);
    const c = rng.pick(['qa', 'wd', 'detail']);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/amp/zjwd/${itemNum(r)}.html`;
    const datedList = rng.chance(0.6);
    const list = related.length
      ? `<section class="${c}-rel"><h2>相关问答</h2><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? `<span class="d">${r.date}</span>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const card = `<div class="${c}-doc"><amp-img src="https://www.renji.com/upload/doctor/${token(rng, 10)}.jpg" width="64" height="64" layout="fixed" alt="${esc(d.name!)}"></amp-img><div class="info"><p class="n">${esc(d.name!)}</p><p class="t">${d.title}</p><p class="k">${dept}</p></div></div>`;
    const ask = `<p>${esc(rng.pick(ASKER_LINES))}</p>`;
    const answer = paras(page.paragraphs);
    const qa = acc
      ? `<amp-accordion class="${c}-acc" expand-single-section><section><h2>问题描述</h2><div>${ask}</div></section><section expanded><h2>专家解答</h2><div class="ans">${answer}</div></section></amp-accordion>`
      : `<section class="${c}-ask"><h2>问题描述</h2>${ask}</section>\n<section class="${c}-ans"><h2>专家解答</h2>\n${answer}\n</section>`;
    const modified = shift(page.date!, rng.int(5, 200));
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', headline: page.question, datePublished: `${page.date}T${page.time}:00+08:00`, dateModified: `${modified}T09:00:00+08:00`, author: { '@type': 'Person', name: d.name }, publisher: { '@type': 'Organization', name: RJ } })}</script>`;
    const head = `<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
${ld}
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{animation:none}</style></noscript>
<style amp-custom>.${c}-doc{display:flex}.d{color:#999}</style>
`;
    const body = `<amp-sidebar id="sb" layout="nodisplay" side="left"><ul><li><a href="/amp/">首页</a></li><li><a href="/amp/zjwd/">专家问答</a></li><li><a href="/amp/ksdh/">科室导航</a></li></ul></amp-sidebar>
<header class="hd"><button on="tap:sb.toggle">☰</button><amp-img src="https://www.renji.com/images/logo.png" width="160" height="32" alt="仁济医院"></amp-img></header>
<article class="${c}">
<h1>${esc(page.question)}</h1>
<div class="meta"><time datetime="${page.date}">${cnForm ? cnDayPad(page.date!) : page.date}</time> · 专家问答</div>
${cardTop ? `${card}\n` : ''}${qa}
${cardTop ? '' : `${card}\n`}${review ? `<p class="${c}-sh">审核：${esc(otherName(rng))}（医务部）</p>\n` : ''}<p class="tip">本栏目解答仅供参考，不能代替面诊，请以医生当面诊断为准。</p>
${share ? '<amp-social-share type="wechat" width="32" height="32"></amp-social-share>\n' : ''}</article>
${list}
<footer>${RJ}　沪ICP备${rng.int(10000000, 99999999)}号　<a href="${canonical}">查看完整版</a></footer>`;
    const html = documentOf(`${page.question}-专家问答-仁济医院`, canonical, head, body).replace('<html lang="zh-CN">', '<html ⚡ lang="zh-CN">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: RJ, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F4. qingting-mingyi-audio ---

const QT_SHOWS = ['名医面对面', '健康大讲堂', '医生来了', '健康早知道'] as const;
const QT_HOSTS = ['晓雯', '陈默', '林溪', '阿宽'] as const;

/**
 * F4. 蜻蜓FM's episode page of a doctors' programme (www.qingting.fm/channels/{cid}/programs/{pid}/, host as remembered,
 * path a guess), React SSR with hashed classes, UTF-8, canonical on 40%: the channel `《{show}》` and `主播：{host}` (none);
 * `<h1>` the episode's title, on 35% `第N期｜{question}` (the question keyed, the number none); an `<audio>` player with
 * `00:00 / 12:34` controls (format voice, fresh-58's convention); `{N}万次播放` (none); the episode's day `2023-05-06` or
 * `更新于2023/05/06` (keyed: the broadcast dates its guest's answer); `本期嘉宾：{hospital}{department}{title} {name}` (keyed as
 * printed) in the 简介; the 文稿: the host's lines `主持人：` / `{host}：` (none), the guest's `{name}：` (label none) and the
 * answer; listeners' comments (none); `节目列表` (link-only `[]`, dated, `/channels/C/programs/N/` as written or by the
 * canonical).
 */
const qingtingMingyiAudio: Family = {
  name: 'qingting-mingyi-audio',
  split: 'fresh-93',
  site: 'www.qingting.fm',
  render(page, rng): Rendered {
    const d = page.doctor;
    const cid = 300000 + (page.item.num % 9000);
    const canonical = rng.chance(0.4) ? `https://www.qingting.fm/channels/${cid}/programs/${page.item.num}/` : null;
    const show = rng.pick([...QT_SHOWS]);
    const host = rng.pick([...QT_HOSTS]);
    const numbered = rng.chance(0.35);
    const hostWord = rng.chance(0.5) ? '主持人' : host;
    const daySlash = rng.chance(0.5);
    const notesFirst = rng.chance(0.5);
    const closing = rng.chance(0.5);
    const comments = rng.chance(0.45);
    const h = () => token(rng, 5);
    const k = { wrap: h(), title: h(), player: h(), desc: h(), list: h() };
    const h1 = numbered ? `第${rng.int(12, 260)}期｜${page.question}` : page.question;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/channels/${cid}/programs/${itemNum(r)}/`;
    const list = related.length
      ? `<div class="list_${k.list}"><div class="hd">节目列表</div><ul>${related.map((r, i) => `<li class="item_${k.list}"><span class="idx">${i + 1}</span><a href="${href(r)}" class="name">${esc(r.question)}</a>${r.date ? `<span class="time">${r.date}</span>` : ''}<span class="dur">${two(rng.int(8, 30))}:${two(rng.int(0, 59))}</span></li>`).join('\n')}</ul></div>`
      : '';
    const guest = `<p class="guest">本期嘉宾：${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}</p>`;
    const notes = `<div class="desc_${k.desc}"><div class="hd">节目简介</div>${guest}<p>${esc(show)}，每期邀请一位名医，回答听众最关心的健康问题。</p></div>`;
    const script = `<div class="desc_${k.desc} script"><div class="hd">${rng.pick(['文稿', '节目文字稿'])}</div>
<p>${hostWord}：${rng.pick(['欢迎收听本期节目，今天有位听众留言问到这个问题，我们请专家来解答。', '各位听众朋友大家好，今天的问题来自一位听众的留言。'])}</p>
${page.paragraphs.map((x, i) => `<p>${i === 0 ? `${esc(d.name!)}：` : ''}${esc(x)}</p>`).join('\n')}
${closing ? `<p>${hostWord}：好的，谢谢${esc(d.name!.slice(0, 1))}医生，我们下期再见。</p>\n` : ''}</div>`;
    const day = daySlash ? `更新于${page.date!.replace(/-/g, '/')}` : page.date!;
    const player = `<div class="player_${k.player}"><audio src="https://od.qingting.fm/m4a/${token(rng, 24)}.m4a" preload="none"></audio><button class="play" aria-label="播放"></button><span class="cur">00:00</span> / <span class="dur">${two(rng.int(8, 30))}:${two(rng.int(0, 59))}</span></div>`;
    const body = `<div id="app"><div class="wrap_${k.wrap}">
<header class="top"><a href="/"><img src="//sss.qtfm.cn/web/logo.png" alt="蜻蜓FM"></a><a href="/categories">分类</a><a href="/radios">广播</a></header>
<div class="channel"><a href="/channels/${cid}/">《${esc(show)}》</a> <span>主播：${host}</span></div>
<h1 class="title_${k.title}">${esc(h1)}</h1>
<div class="sub"><span>${day}</span> <span>${rng.int(1, 90)}.${rng.int(1, 9)}万次播放</span></div>
${player}
${notesFirst ? notes + '\n' + script : script + '\n' + notes}
${comments ? `<div class="comments"><div class="hd">评论</div><div class="cm"><b>${esc(otherName(rng))}</b><p>听了很受用，感谢医生！</p></div></div>\n` : ''}${list}
<footer>蜻蜓FM · 听见更大的世界</footer>
</div></div>
<script>window.__initialState__=${JSON.stringify({ program: { id: page.item.num, channelId: cid, updateTime: epochSeconds(shift(page.date!, rng.int(0, 3)), hhmm(rng)), duration: rng.int(400, 1800) } })}</script>`;
    const html = documentOf(`${h1}_${show}_蜻蜓FM听健康`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'voice',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F5. nzherald-jiating-yisheng ---

const NZ_HOSPITALS: readonly (readonly [string, string])[] = [
  ['奥克兰市立医院', 'Auckland City Hospital'],
  ['北岸医院', 'North Shore Hospital'],
  ['米德尔莫尔医院', 'Middlemore Hospital'],
  ['惠灵顿医院', 'Wellington Hospital'],
  ['基督城医院', 'Christchurch Hospital'],
  ['怀卡托医院', 'Waikato Hospital'],
];

/**
 * F5. 新西兰先驱报中文网's 家庭医生 column (www.chinese.herald.co.nz/health/{id}/, host as remembered, path a guess), UTF-8,
 * canonical on 50%: `<h1>` the question (keyed); the byline day `6 May 2023` or `2023年5月6日` (keyed: a certain day), on
 * 40% an `Updated {later day}` (none); `读者来信：` (none); the card box `{name}医生` over `{hospital}（{English}）{department}
 * 专科医生` or `{department}顾问医生` (title 专科医生 / 顾问医生 and the department the specialty: fresh-81 and fresh-82; the
 * English name none), at the head or after the answer; `{name}医生答：` (label none) on 50%; a Healthline `0800 611 116` line
 * (none); an insurer's ad (none); `更多健康新闻` with a snippet on 50% of pages or none (`[]`), dated `6 May 2023`, absolute
 * as written.
 */
const nzheraldJiatingYisheng: Family = {
  name: 'nzherald-jiating-yisheng',
  split: 'fresh-93',
  site: 'www.chinese.herald.co.nz',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.chinese.herald.co.nz';
    const canonical = rng.chance(0.5) ? `${base}/health/${page.item.num}/` : null;
    const [hosp, en] = rng.pick(NZ_HOSPITALS);
    const title = rng.chance(0.55) ? '专科医生' : '顾问医生';
    const enDate = rng.chance(0.6);
    const updated = rng.chance(0.4);
    const boxTop = rng.chance(0.5);
    const label = rng.chance(0.5);
    const ad = rng.chance(0.5);
    const snip = rng.chance(0.5);
    const c = rng.pick(['article', 'story', 'post']);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `${base}/health/${itemNum(r)}/`;
    const list = related.length
      ? `<aside class="${rng.pick(['more', 'related-news'])}"><h3>更多健康新闻</h3>${related.map((r) => `<div class="${c}-card"><a href="${href(r)}"><h4>${esc(r.question)}</h4></a>${snip ? `<p>${esc(r.snippet)}</p>` : ''}${r.date ? `<span class="date">${enDay(r.date)}</span>` : ''}</div>`).join('\n')}</aside>`
      : '';
    const box = `<div class="${c}-author"><img src="${base}/wp-content/uploads/doctors/${token(rng, 8)}.jpg" alt=""><div><b>${esc(d.name!)}医生</b><br>${hosp}（${en}）${esc(d.department!)}${title}</div></div>`;
    const body = `<header class="${c}-masthead"><a href="${base}/"><img src="${base}/static/logo.svg" alt="新西兰先驱报中文网"></a><nav><a href="${base}/news/">新闻</a><a href="${base}/health/">健康</a><a href="${base}/property/">地产</a><a href="${base}/edu/">教育</a></nav></header>
<main class="${c}">
<div class="${c}-kicker">家庭医生</div>
<h1>${esc(page.question)}</h1>
<div class="${c}-byline"><span>新西兰先驱报中文网</span> <time datetime="${page.date}T${page.time}:00+12:00">${enDate ? enDay(page.date!) : cnDay(page.date!)}</time>${updated ? ` <span class="upd">Updated ${enDay(shift(page.date!, rng.int(2, 60)))}</span>` : ''}</div>
${boxTop ? `${box}\n` : ''}<div class="${c}-body">
<p>读者来信：${esc(rng.pick(ASKER_LINES))}</p>
${label ? `<p><strong>${esc(d.name!)}医生答：</strong></p>\n` : ''}${paras(page.paragraphs)}
<p class="hl">如有紧急情况请拨打111，或致电Healthline 0800 611 116免费咨询。</p>
</div>
${boxTop ? '' : `${box}\n`}${ad ? `<div class="ad-slot"><a href="${base}/ad/${token(rng, 6)}">Southern Cross 医疗保险 华人专线</a></div>\n` : ''}<p class="disclaimer">本栏目仅供参考，不能替代您的家庭医生（GP）的诊断。</p>
</main>
${list}
<footer>© NZME Chinese · 新西兰先驱报中文网</footer>`;
    const html = documentOf(`${page.question} | 新西兰先驱报中文网`, canonical, '<meta property="og:site_name" content="新西兰先驱报中文网">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: d.department, hospital: hosp, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), true),
      }),
    };
  },
};

// --- F6. ncku-yongyao-zixun-big5 ---

const NCKU = '國立成功大學醫學院附設醫院';

/**
 * F6. 成大醫院 藥劑部's 用藥諮詢 board (www.hosp.ncku.edu.tw/pharmacy/qa/view.asp?id={id}, host as remembered, path a
 * guess), classic ASP tables and `<font>`, traditional, Big5 declared (65%) or UTF-8, no canonical: the header `國立成功大學
 * 醫學院附設醫院 藥劑部` (the hospital the site's, fresh-82); `問題：` the question (keyed); `提問日期` (none); `問題內容` (none);
 * `回覆藥師：{name} 藥師` or `{name} 臨床藥師` (title as printed, department `藥劑部`); `回覆日期：2023/05/06` or ROC `112/05/06`
 * (keyed, +1911: fresh-80); the answer `<br>`-parted or `<p>`s; on 40% `※本回覆經藥劑部{name}主任審閱` (none); the
 * disclaimer; `其他用藥問答` (link-only `[]`, dated as the page dates, `view.asp?id=N` as written).
 */
const nckuYongyaoZixunBig5: Family = {
  name: 'ncku-yongyao-zixun-big5',
  split: 'fresh-93',
  site: 'www.hosp.ncku.edu.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const isBig5 = rng.chance(0.65);
    const roc = rng.chance(0.45);
    const title = rng.chance(0.3) ? '臨床藥師' : '藥師';
    const review = rng.chance(0.4);
    const brs = rng.chance(0.5);
    const cardAfter = rng.chance(0.5);
    const bg = rng.pick(['#E8F4F8', '#F0F8E8', '#FFF8E8']);
    const day = (iso: string) => (roc ? `${Number(iso.slice(0, 4)) - 1911}/${iso.slice(5, 7)}/${iso.slice(8, 10)}` : iso.replace(/-/g, '/'));
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `view.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table width="100%" border="0" cellpadding="3" class="${rng.pick(['other', 'qlist'])}"><tr><td colspan="2" bgcolor="#336699"><font color="#FFFFFF"><b>其他用藥問答</b></font></td></tr>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td width="90">${r.date ? day(r.date) : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const who = `<tr><td bgcolor="${bg}" width="100"><font size="2">回覆藥師</font></td><td><font size="2">${esc(name)} ${title}</font></td></tr>`;
    const when = `<tr><td bgcolor="${bg}"><font size="2">回覆日期</font></td><td><font size="2">${day(page.date!)}</font></td></tr>`;
    const answer = brs ? paragraphs.map(esc).join('<br><br>\n') : paras(paragraphs);
    const body = `<table width="780" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/ncku_logo.gif" alt="${NCKU}"> <font size="4"><b>${NCKU} 藥劑部</b></font></td></tr>
<tr><td class="menu"><a href="/pharmacy/">藥劑部首頁</a>｜<a href="/pharmacy/drug/">藥品查詢</a>｜<a href="/pharmacy/qa/">用藥諮詢</a></td></tr>
<tr><td>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" class="${rng.pick(['qa', 'tb1', 'view'])}">
<tr><td bgcolor="${bg}" width="100"><font size="2">問題</font></td><td><font size="2"><b>${esc(question)}</b></font></td></tr>
<tr><td bgcolor="${bg}"><font size="2">提問日期</font></td><td><font size="2">${day(shift(page.date!, -rng.int(1, 6)))}</font></td></tr>
<tr><td bgcolor="${bg}"><font size="2">問題內容</font></td><td><font size="2">${esc(trad(rng.pick(ASKER_LINES)))}</font></td></tr>
${cardAfter ? '' : who + '\n'}${when}
<tr><td bgcolor="${bg}" valign="top"><font size="2">回覆內容</font></td><td><font size="2">${answer}</font></td></tr>
${cardAfter ? who + '\n' : ''}</table>
${review ? `<p><font size="2" color="#666666">※本回覆經藥劑部${esc(trad(otherName(rng)))}主任審閱</font></p>\n` : ''}<p><font size="2" color="#999999">本諮詢回覆僅供參考，用藥請依醫師處方及藥師指示。</font></p>
${list}
</td></tr>
<tr><td align="center"><font size="2">${NCKU}　704臺南市北區勝利路138號</font></td></tr>
</table>`;
    const meta = isBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`用藥諮詢 - ${NCKU}藥劑部`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: isBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: '藥劑部', hospital: NCKU, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

export const FRESH93_FAMILIES: readonly Family[] = [singsianYiyaoGuwenWp, dzwsbShuzibaoGbk, renjiZhuanjiaWendaAmp, qingtingMingyiAudio, nzheraldJiatingYisheng, nckuYongyaoZixunBig5];
