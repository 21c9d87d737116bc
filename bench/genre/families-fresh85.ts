import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, epochSeconds, hospitalWithGrade, itemNum, itemsOf, otherName, paras, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import { md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-fifth fresh held-out set (split `fresh-85`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twentieth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (元氣網 / 元氣 / 聯合報 / 联合报 / udn / health.udn,
 * 中国养老网 / 中国养老 / 养老网 / 养老 / yanglao, 汤臣倍健 / by-health, 美中宜和 / 宜和 / 美中 / amcare / 健康月刊 /
 * 电子期刊, 中华护理学会 / 护理学会 / zhhlxh, 招商银行 / 掌上生活 / cmbchina each grepped, case-insensitive, in README.md and
 * families*.ts: no hit; 台灣e院 / hso.mohw, kingnet, 抖音 / douyin, 快手, bilibili / B站, 西瓜视频, 12320, 健康之路, 太平洋,
 * 525心理, 小红书, 微博, 卓正, 鹰阁, 新加坡 / singapore, 知乎, 头条, 协和, 聯合醫院 and Keep (a 运动康复 Q&A: fresh-65),
 * first thought of, have hits and were left alone; xinli001 has no hit by its host but is 壹心理's, which has one; 营养师,
 * 护士 and 执业药师 hit only as other repliers or cards of other sites), each of a kind the table had little of: a
 * Taiwanese news group's health site (traditional, a `諮詢／` credit at the head, an in-text ad, JSON-LD that names the
 * reporter), an elderly-care portal's 健康问答 in GBK (`<dl>` markup, a 大字版 bar, care-home ads with prices, a 养老顾问's
 * reply before or after the doctor's), a supplement maker's 营养师问答 (a 注册营养师 answering: no hospital, product
 * cards, Nuxt state), a private maternity hospital's e-mail newsletter in its web archive (nested tables, inline styles,
 * GB2312 on some issues, the issue's day), a nursing society's 护理科普 问答 answered by a nurse (a nurse's title, an
 * 审核 line), and a bank app's health channel share page (a 健康管家 first, `pre-wrap` answers, bank offers, app state that
 * disagrees). Modelled from memory of those pages (no copied markup; hosts as remembered, every path a guess, 汤臣倍健's,
 * 美中宜和's, 中华护理学会's and 掌上生活's hosts guesses too); the questions are the universe's, of any department; the
 * family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (汤臣倍健's the 营养师's, 中华护理学会's the nurse's): a 养老顾问's
 *   `已为您推荐…` message, a 健康管家's `已为您匹配…医生`, a 在线客服 widget's greeting, a reporter's lead none of it, also
 *   where they stand first;
 * - a head or label over the answer (`答：` / `A：` glued, `营养师回答`, `{name}医生的回答`) none of it; disclaimers and an
 *   ad between the answer's paragraphs none;
 * - **the question as the page asks it**: after its label (`問：`, `Q：`, `问：`, `问题描述`) or the `<h1>` where the page
 *   labels none; a headline that asks nothing (`醫師解答／{topic}`, `护理科普｜` before it) none; the asker's line after it
 *   none;
 * - **the date the answer's day**: 元氣網's `2023-05-06 14:22` / `2023/05/06 14:22` under the headline (JSON-LD's
 *   `dateModified` a later day: none); 养老网's `回答时间：`; 汤臣倍健's `2023-05-06` / `2023.05.06` (`N天前` null);
 *   **the newsletter's issue day (`2023年5月6日`) dates nothing: null** (fresh-30's email-digest convention for a newsletter's web
 *   version: the day it went out is not the day its Q&A was answered; the key changed after the first run, which scored the
 *   issue's day as the answer's, by fresh-58's and fresh-84's e-paper keys);
 *   护理学会's `发布时间：`; 掌上生活's `回答于 2023-05-06` / `2023年05月06日` (`05-06` null); `提问时间`, a 顾问's, a
 *   管家's days and app state's epochs nothing;
 * - **the card** as printed: 元氣網's `諮詢／{hospital}{department}{title} {name}` (traditional; `文／元氣網記者…` none);
 *   养老网's `{name} {title}` over `{hospital} {department}` (the grade where printed after the hospital); **汤臣倍健's
 *   `{name}` and `国家注册营养师` / `公共营养师（二级）` / `临床营养师`: the title, hospital and department null** (the
 *   brand names no hospital; `从业N年`, `擅长…` no field); the newsletter's credit `——{name}，美中宜和妇儿医院{department}
 *   {title}` or its card box (`{name} {title}`, `美中宜和妇儿医院 {department}`): hospital `美中宜和妇儿医院`;
 *   **护理学会's nurse: `主任护师` / `副主任护师` / `主管护师` / `护师` the title**, with the printed hospital and
 *   department, `审核：` none; 掌上生活's card with a `三甲` tag (the grade where the tag shows); the grade null elsewhere;
 * - format unknown on every family (no player, no voice bubble);
 * - items: the page's related list, the snippet as printed (`...`-cut kept; `N人看过`, `回答数：N` none of it), an item
 *   showing only its question a link (`[]`), dated only where the list prints the whole day, links as written where the
 *   page names no address of its own (the newsletter's absolute links with their `utm_` query kept), else resolved against
 *   the canonical or og:url; 熱門 lists, 推荐养老院, product cards, 本期导读 anchors, 活动预告, 上一篇 / 下一篇 and bank
 *   offers no items.
 */

type Related = TruthPage['related'][number];

const sec = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');
const hhmm = (rng: Rng) => `${String(rng.int(8, 22)).padStart(2, '0')}:${sec(rng)}`;

// --- F1. udn-yuanqi-wenda-trad ---

const REPORTERS = ['陳雅玲', '林怡君', '黃秀娟', '張家豪', '吳佩珊'] as const;

/**
 * F1. 元氣網 (health.udn.com/health/story/{cat}/{id}, path as remembered), 聯合報 group's health site, UTF-8,
 * traditional: the udn bar (聯合新聞網 / 經濟日報 / 元氣網 …), the channel nav, crumbs `元氣網 > 醫病Q&A > {category}`; the
 * headline `<h1>`: the question (55%) or `醫師解答／{topic}怎麼辦？醫師這樣說` (45%: a headline, none); under it
 * `<time>` `2023-05-06 14:22` (60%) or `2023/05/06 14:22` (40%), keyed, and `文／元氣網記者{reporter}` (none); the card a
 * line at the head of the story, `諮詢／{hospital}{department}{title} {name}` (traditional: keyed); `<section
 * class="article-content__editor">`: `問：` the question (keyed) and the reader's line in its own `<p>` (none), `答：` glued before the first
 * paragraph (none), `<p>`s, an in-text `<div class="inline-ads" data-ad-unit>` after the first paragraph on 60% (none);
 * `（本文經醫師審閱）` (none); JSON-LD NewsArticle (`author` the reporter, `dateModified` a later day: none); `延伸閱讀`
 * (question links only: `[]`, `/health/story/{cat}/N` resolved against the canonical); 熱門文章 (none); format unknown.
 */
const udnYuanqiWendaTrad: Family = {
  name: 'udn-yuanqi-wenda-trad',
  split: 'fresh-85',
  site: 'health.udn.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const cat = rng.pick([5970, 5971, 5977, 6008, 10680]);
    const canonical = `https://health.udn.com/health/story/${cat}/${page.item.num}`;
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const card = { name: trad(d.name!), title: trad(d.title!), department: trad(d.department!), hospital: trad(d.hospital!) };
    const titled = rng.chance(0.55);
    const topic = trad(topicWord(page));
    const h1 = titled ? question : `醫師解答／${topic}怎麼辦？醫師這樣說`;
    const slash = rng.chance(0.4);
    const day = `${slash ? page.date!.replace(/-/g, '/') : page.date} ${page.time}`;
    const reporter = rng.pick([...REPORTERS]);
    const ad = rng.chance(0.6);
    const body = paragraphs.map((p, i) => `<p>${i === 0 ? '<strong>答：</strong>' : ''}${esc(p)}</p>${i === 0 && ad ? `\n<div class="inline-ads" data-ad-unit="/1018855/health_inread" data-slot="inread-${rng.int(1, 9)}"><span>廣告</span></div>` : ''}`).join('\n');
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/health/story/${cat}/${itemNum(r)}`;
    const list = related.length
      ? `<section class="story-list__extend"><h3 class="story-list__title">延伸閱讀</h3><ul>${related.map((r) => `<li><a href="${href(r)}" data-story-id="${itemNum(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></section>`
      : '';
    const modified = shift(page.date!, rng.int(1, 40));
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: h1,
      author: { '@type': 'Person', name: reporter },
      datePublished: `${page.date}T${page.time}:00+08:00`,
      dateModified: `${modified}T${hhmm(rng)}:00+08:00`,
      publisher: { '@type': 'Organization', name: '元氣網' },
    });
    const html = documentOf(
      `${h1} | 醫病Q&A | 元氣網`,
      canonical,
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:site_name" content="元氣網">\n<script type="application/ld+json">${ld}</script>\n`,
      `<div class="udn-bar"><a href="https://udn.com/">聯合新聞網</a> <a href="https://money.udn.com/">經濟日報</a> <a href="https://health.udn.com/">元氣網</a> <a href="https://udn.com/upf/">udn部落格</a></div>
<header class="header"><a class="logo" href="/health/index"><img src="/static/img/health/logo.svg" alt="元氣網"></a><nav class="navigation"><a href="/health/cate/5681">疾病百科</a><a href="/health/cate/5970">醫病Q&amp;A</a><a href="/health/cate/6008">用藥安全</a><a href="/health/cate/10680">健康瘦身</a></nav></header>
<div class="breadcrumb"><a href="/health/index">元氣網</a> &gt; <a href="/health/cate/5970">醫病Q&amp;A</a> &gt; <a href="/health/cate/${cat}">${esc(card.department)}</a></div>
<main class="wrapper"><article class="article" data-article-id="${page.item.num}" data-cate="${cat}">
<h1 class="article-content__title">${esc(h1)}</h1>
<div class="article-content__info"><time class="article-content__time">${day}</time><span class="article-content__author">文／元氣網記者${reporter}</span></div>
<section class="article-content__editor">
<p class="consult">諮詢／${esc(card.hospital)}${esc(card.department)}${esc(card.title)} ${esc(card.name)}</p>
<p><strong>問：</strong>${esc(question)}</p>
<p class="reader">${esc(trad(rng.pick(ASKER_LINES)))}</p>
${body}
<p class="note">（本文經醫師審閱，內容僅供參考，如有不適請盡速就醫）</p>
</section>
<div class="article-content__share"><a href="#">分享</a> <a href="#">收藏</a> <a href="#">列印</a></div>
</article>
${list}
<aside class="sidebar"><section><h3>熱門文章</h3><ol><li><a href="/health/story/5971/${rng.int(6000000, 7999999)}">天氣忽冷忽熱 長輩注意血壓</a></li><li><a href="/health/story/6008/${rng.int(6000000, 7999999)}">吃藥配茶可以嗎？藥師解答</a></li></ol></section></aside></main>
<footer class="footer">聯合線上公司 著作權所有 © udn.com. All Rights Reserved.</footer>
<script src="/static/js/health.bundle.js?${token(rng, 8)}"></script>`,
    ).replace('lang="zh-CN"', 'lang="zh-Hant-TW"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { ...card, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F2. yanglao-jiankang-wenda-gbk ---

const HOMES = ['康乐年华养老院', '夕阳红颐养中心', '福寿园老年公寓', '金色港湾护理院'] as const;

/**
 * F2. 中国养老网's 健康问答 (www.yanglao.com.cn/wenda/{id}.html, path as remembered), an elderly-care portal's old
 * template, GBK bytes on all pages: declared by http-equiv `charset=gbk` (50%), `charset=gb2312` (30%) or undeclared (20%);
 * no canonical: a `大字版 | 无障碍 | 登录` bar, the portal nav (养老院 / 养老资讯 / 健康问答 / 政策法规), `当前位置：` crumbs;
 * the question `<dl class="wd-q">`: `<dt>` the question (keyed), `<dd>` `提问者：老人子女` and `提问时间：` an earlier day
 * (none), the asker's line (none); a 养老顾问's `已为您推荐附近可接收…的养老机构` reply on 40% (none), before (half) or after
 * the doctor's; the doctor's `<dl class="wd-a">`: `<dt>` `{name} {title}` `<dd>` `{hospital}` (the grade after it on
 * 35% where the universe has one: keyed) `{department}`, the answer `<br>`-parted, `回答时间：` `2023-05-06` (65%) or
 * `2023年5月6日` (35%), keyed; a `推荐养老院` table with prices (none); `相关问答` in a `<dl>` (`<dt>` question link, `<dd>`
 * the snippet cut at 40 with `...`, `回答数：N` (none of it): items with the snippet, undated, `/wenda/N.html` as
 * written); format unknown.
 */
const yanglaoJiankangWendaGbk: Family = {
  name: 'yanglao-jiankang-wenda-gbk',
  split: 'fresh-85',
  site: 'www.yanglao.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charsetMode = rng.weighted([['gbk', 5], ['gb2312', 3], ['none', 2]] as const);
    const graded = d.hospital_grade !== null && rng.chance(0.35);
    const hosp = hospitalWithGrade(rng, d.hospital!, graded ? d.hospital_grade : null);
    const day = rng.chance(0.65) ? page.date! : cnDate(page.date!);
    const adviser = rng.chance(0.4) ? `<dl class="wd-gw"><dt>养老顾问 小${rng.pick(['王', '李', '陈'])}</dt><dd>您好，已为您推荐附近可接收半失能老人的养老机构，如需参观请拨打400-${rng.int(100, 999)}-${rng.int(1000, 9999)}。<span class="t">${shift(page.date!, -1)}</span></dd></dl>` : '';
    const adviserFirst = rng.chance(0.5);
    const answer = `<dl class="wd-a"><dt><img src="/images/ys.gif" width="48"> <b>${esc(d.name!)}</b> ${d.title}</dt><dd class="hos">${hosp} ${esc(d.department!)}</dd>
<dd class="nr">${page.paragraphs.map(esc).join('<br>\n')}</dd>
<dd class="sj">回答时间：${day}</dd></dl>`;
    const homes = HOMES.slice(0, 3).map((h) => `<tr><td><a href="/resthome/${rng.int(10000, 99999)}.html">${h}</a></td><td>床位${rng.int(80, 600)}张</td><td><font color="#f60">￥${rng.int(18, 35)}00-${rng.int(40, 80)}00/月</font></td></tr>`).join('\n');
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const cut = (s: string) => cutSnippet(s, 40, 40, '...');
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><dl>${related.map((r) => `<dt><a href="${href(r)}" target="_blank">${esc(r.question)}</a></dt><dd>${esc(cut(r.snippet))} <span class="gray">回答数：${rng.int(1, 6)}</span></dd>`).join('\n')}</dl></div>`
      : '';
    const body = `<div class="topbar"><a href="javascript:;" onclick="bigFont()">大字版</a> | <a href="javascript:;">无障碍</a> | <a href="/member/login.html">登录</a> | <a href="/member/reg.html">注册</a></div>
<div class="head"><a href="/"><img src="/images/logo.gif" alt="中国养老网"></a><div class="tel">养老服务热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div></div>
<div class="nav"><a href="/">首页</a><a href="/resthome/">养老院</a><a href="/news/">养老资讯</a><a href="/wenda/">健康问答</a><a href="/zhengce/">政策法规</a></div>
<div class="main"><div class="left">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 问题详情</div>
<dl class="wd-q"><dt>${esc(page.question)}</dt><dd>提问者：老人子女　提问时间：${shift(page.date!, -rng.int(1, 6))} ${hhmm(rng)}</dd><dd class="ms">${esc(rng.pick(ASKER_LINES))}</dd></dl>
${adviserFirst ? adviser : ''}
${answer}
${adviserFirst ? '' : adviser}
<p class="sm">声明：以上回答仅供参考，老人身体不适请及时就医。</p>
${list}
</div><div class="right"><div class="box"><h3>推荐养老院</h3><table width="100%">${homes}</table></div></div></div>
<div class="foot">中国养老网 版权所有　京ICP备${rng.int(10000000, 99999999)}号<script src="/js/tongji.js"></script></div>`;
    const charset = charsetMode === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : charsetMode === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const html = documentOf(`${page.question}_健康问答_中国养老网`, null, '<meta name="keywords" content="养老,健康问答">\n', body, charset);
    return {
      body: iconv.encode(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        format: 'unknown',
        related: itemsOf(related, href, null, (r) => cut(r.snippet), false),
      }),
    };
  },
};

// --- F3. byhealth-yingyangshi-wenda ---

const NUTRITION_TITLES = ['国家注册营养师', '公共营养师（二级）', '临床营养师'] as const;
const PRODUCTS = [['蛋白粉', 198], ['维生素C片', 79], ['钙维生素D片', 128], ['鱼油软胶囊', 168]] as const;

/**
 * F3. 汤臣倍健's 营养师问答 (www.by-health.com/nutrition/qa/{id}, host and path guesses), a supplement maker's Nuxt page,
 * UTF-8, `data-v-*` attributes, canonical on 70%: the brand's header (产品中心 / 营养学院 / 营养师问答 / 官方商城); crumbs;
 * `用户{masked phone} 提问` and an earlier day (none); the `<h1>` the question (keyed), `问题补充：` the asker's line
 * (none); the card: avatar, `{name}`, `国家注册营养师` / `公共营养师（二级）` / `临床营养师` (the title), `从业N年` and
 * `擅长：…` (no field): no hospital, no department; `营养师回答` (none), `<p>`s; the day `2023-05-06` (50%),
 * `2023.05.06` (30%), keyed, or `N天前` (20%: null); `营养师推荐` product cards with `￥` prices (none); a `在线客服`
 * widget (`您好，我是营养顾问小汤…`: none); `window.__NUXT__` with the asking day's epoch (none); `相关问答` (question
 * links only, `N人觉得有用`: `[]`, `/nutrition/qa/N` resolved against the canonical where there is one, else as written);
 * format unknown.
 */
const byhealthYingyangshiWenda: Family = {
  name: 'byhealth-yingyangshi-wenda',
  split: 'fresh-85',
  site: 'www.by-health.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = token(rng, 8);
    const a = (tag: string, cls: string) => `<${tag} data-v-${v} class="${cls}"`;
    const title = rng.pick([...NUTRITION_TITLES]);
    const mode = rng.weighted([['iso', 5], ['dot', 3], ['ago', 2]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'dot' ? page.date!.replace(/-/g, '.') : `${rng.int(2, 9)}天前`;
    const asked = shift(page.date!, -rng.int(0, 3));
    const canonical = rng.chance(0.7) ? `https://www.by-health.com/nutrition/qa/${page.item.num}` : null;
    const products = PRODUCTS.slice(0, rng.int(2, 4)).map(([n, p]) => `${a('a', 'product-card')} href="https://mall.by-health.com/goods/${rng.int(1000, 9999)}"><img src="/img/goods/${token(rng, 6)}.png"><p>汤臣倍健${n}</p><p class="price">￥${p}</p></a>`).join('');
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/nutrition/qa/${itemNum(r)}`;
    const list = related.length
      ? `${a('section', 'qa-related')}><h3>相关问答</h3><ul>${related.map((r) => `<li data-v-${v}><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(3, 300)}人觉得有用</span></li>`).join('\n')}</ul></section>`
      : '';
    const body = `<div id="__nuxt"><div id="__layout">
${a('header', 'bh-header')}><a href="/"><img src="/img/logo.png" alt="汤臣倍健"></a><nav><a href="/products">产品中心</a><a href="/nutrition">营养学院</a><a href="/nutrition/qa">营养师问答</a><a href="https://mall.by-health.com">官方商城</a></nav></header>
${a('div', 'crumb')}><a href="/">首页</a> / <a href="/nutrition">营养学院</a> / <a href="/nutrition/qa">营养师问答</a></div>
${a('div', 'qa-question')}><p class="asker">用户1${rng.int(30, 89)}****${rng.int(10, 99)} 提问 <span>${asked}</span></p><h1>${esc(page.question)}</h1><p class="supply">问题补充：${esc(rng.pick(ASKER_LINES))}</p></div>
${a('div', 'qa-answer')}><div data-v-${v} class="expert"><img src="/img/expert/${token(rng, 6)}.jpg"><div><p class="name">${esc(d.name!)}</p><p class="title">${title}</p><p class="year">从业${rng.int(3, 15)}年</p><p class="good">擅长：慢病营养管理、体重管理、孕期营养</p></div></div>
<h4 data-v-${v}>营养师回答</h4>
<div data-v-${v} class="content">${paras(page.paragraphs)}</div>
<p data-v-${v} class="time">${day}</p></div>
${a('div', 'recommend')}><h3>营养师推荐</h3>${products}</div>
${list}
${a('div', 'kefu')}><p>在线客服</p><p>您好，我是营养顾问小汤，有什么可以帮您？</p></div>
${a('footer', 'bh-footer')}>汤臣倍健股份有限公司　粤ICP备${rng.int(10000000, 99999999)}号</footer>
</div></div>
<script>window.__NUXT__={state:{qa:{id:${page.item.num},askTime:${epochSeconds(asked, hhmm(rng))},answerCount:1}}}</script>`;
    const html = documentOf(`${page.question}_营养师问答_汤臣倍健`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: null, hospital: null, hospital_grade: null },
        date: mode === 'ago' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F4. amcare-yuekan-email ---

const AMCARE = '美中宜和妇儿医院';

/**
 * F4. 美中宜和's 会员月刊 e-mail in its web archive (www.amcare.com.cn/edm/{yyyymm}/index.html, host and path guesses),
 * an e-mail template: nested `<table>`s with `bgcolor`, `width` and inline styles, `<font>`; UTF-8 (60%) or GB2312 bytes
 * declared by http-equiv (40%); no canonical: `如邮件无法正常显示，请点击这里查看网页版`; the masthead `《宜和家》会员月刊 ·
 * 第N期 · 2023年5月6日` (the issue's day: none, the date null, as fresh-30's email-digest keys it); 本期导读 (anchor links: none); a 专家答疑 section: a card box first on
 * 40% (`{name} {title}` / `美中宜和妇儿医院 {department}`) else the credit `——{name}，美中宜和妇儿医院{department}{title}`
 * after the answer (the card, hospital `美中宜和妇儿医院`); `Q：` the question (keyed), `A：` glued (none), the answer as
 * `<p style>`s (half) or `<br><br>`-parted text in one `<td>`; 活动预告 (a 孕妇学校 lecture with its day: none), 会员专享
 * with `￥` prices (none); 往期答疑 (question links with `·` in table cells: `[]`, absolute with `?utm_source=edm&utm_medium=
 * email`, as written); the 退订 footer; format unknown.
 */
const amcareYuekanEmail: Family = {
  name: 'amcare-yuekan-email',
  split: 'fresh-85',
  site: 'www.amcare.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.4);
    const issue = rng.int(60, 140);
    const boxed = rng.chance(0.4);
    const pStyled = rng.chance(0.5);
    const font = 'font-family:Microsoft YaHei,Arial;font-size:14px;color:#555555;line-height:24px';
    const answer = pStyled
      ? page.paragraphs.map((p, i) => `<p style="margin:0 0 12px 0;${font}">${i === 0 ? '<b style="color:#d6336c">A：</b>' : ''}${esc(p)}</p>`).join('\n')
      : `<span style="${font}"><b style="color:#d6336c">A：</b>${page.paragraphs.map(esc).join('<br><br>\n')}</span>`;
    const box = `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="90" valign="top"><img src="https://www.amcare.com.cn/edm/img/${token(rng, 6)}.jpg" width="80" height="80" style="display:block;border-radius:40px"></td><td valign="middle" style="${font}"><b style="font-size:16px;color:#333">${esc(d.name!)}</b> ${d.title}<br>${AMCARE} ${esc(d.department!)}</td></tr></table>`;
    const credit = `<p style="text-align:right;${font}">——${esc(d.name!)}，${AMCARE}${esc(d.department!)}${d.title}</p>`;
    const utm = '?utm_source=edm&utm_medium=email';
    const related = page.related.slice(0, 4);
    const hrefs = new Map(related.map((r) => [r, `https://www.amcare.com.cn/edm/${shift(page.date!, -rng.int(30, 900)).slice(0, 7).replace('-', '')}/qa${itemNum(r)}.html${utm}`]));
    const list = related.length
      ? `<tr><td style="padding:20px 30px"><font size="4" color="#d6336c"><b>往期答疑</b></font><table width="100%" cellpadding="4">${related.map((r) => `<tr><td style="${font}">· <a href="${hrefs.get(r)}" style="color:#555555;text-decoration:none">${esc(r.question)}</a></td></tr>`).join('\n')}</table></td></tr>`
      : '';
    const lecture = shift(page.date!, rng.int(7, 20));
    const body = `<table width="100%" bgcolor="#f4f4f4" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="font-size:12px;color:#999999;padding:8px">如邮件无法正常显示，请<a href="https://www.amcare.com.cn/edm/${page.date!.slice(0, 7).replace('-', '')}/index.html" style="color:#999999">点击这里</a>查看网页版</td></tr></table>
<table width="640" bgcolor="#ffffff" cellpadding="0" cellspacing="0" border="0">
<tr><td bgcolor="#d6336c" style="padding:20px 30px"><img src="https://www.amcare.com.cn/edm/img/logo-white.png" width="160" alt="美中宜和"><br><font color="#ffffff" style="font-size:14px">《宜和家》会员月刊 · 第${issue}期 · ${cnDate(page.date!)}</font></td></tr>
<tr><td style="padding:20px 30px;${font}"><b>本期导读</b><br><a href="#qa" style="color:#d6336c">专家答疑</a> | <a href="#event" style="color:#d6336c">活动预告</a> | <a href="#vip" style="color:#d6336c">会员专享</a></td></tr>
<tr><td style="padding:10px 30px"><a name="qa"></a><font size="4" color="#d6336c"><b>专家答疑</b></font>
${boxed ? `${box}\n` : ''}<p style="${font};font-weight:bold;color:#333333"><b style="color:#d6336c">Q：</b>${esc(page.question)}</p>
${answer}
${boxed ? '' : `${credit}\n`}</td></tr>
<tr><td style="padding:10px 30px;${font}"><a name="event"></a><font size="4" color="#d6336c"><b>活动预告</b></font><br>孕妇学校：${cnDate(lecture)} 14:00 「新生儿护理」公开课，免费报名，名额有限。</td></tr>
<tr><td style="padding:10px 30px;${font}"><a name="vip"></a><font size="4" color="#d6336c"><b>会员专享</b></font><br>产后康复套餐 <font color="#d6336c">￥${rng.int(2, 9)},${rng.int(100, 999)}</font> 起，<a href="https://www.amcare.com.cn/vip${utm}" style="color:#d6336c">立即预约</a></td></tr>
${list}
<tr><td bgcolor="#fafafa" align="center" style="padding:16px;font-size:12px;color:#999999">客服热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}　您收到此邮件是因为您是美中宜和会员。<a href="https://www.amcare.com.cn/edm/unsubscribe${utm}" style="color:#999999">退订</a></td></tr>
</table></td></tr></table>`;
    const charset = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">';
    const html = documentOf(`美中宜和 ${page.date!.slice(0, 4)}年${Number(page.date!.slice(5, 7))}月刊`, null, '', body, charset);
    return {
      body: gb ? iconv.encode(html, 'gb2312') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: AMCARE, hospital_grade: null },
        date: null,
        format: 'unknown',
        related: itemsOf(related, (r) => hrefs.get(r)!, null, () => null, false),
      }),
    };
  },
};

// --- F5. zhhlxh-huli-kepu-wenda ---

const NURSE_TITLES = ['主任护师', '副主任护师', '主管护师', '护师'] as const;

/**
 * F5. 中华护理学会's 护理科普 问答 (www.zhhlxh.org.cn/cnaWebcn/article/{id}, host and path guesses), a nursing society's
 * CMS page, UTF-8, no canonical: the society's banner and nav (学会概况 / 继续教育 / 科普园地 …), `您现在的位置：` crumbs;
 * the title `护理科普｜{question}` (the prefix none); an info bar `发布时间：2023-05-06`（keyed）`　来源：科普工作委员会　
 * 浏览次数：N`; the card before the answer on 50% (`答疑专家：{name}　{title}　{hospital}{department}`), else a closing
 * `（{hospital}{department} {name} {title}）`: a nurse, **`主任护师` / `副主任护师` / `主管护师` / `护师` the title**;
 * `问：` the question (keyed), `答：` on a line of its own (none), `<p>`s with `text-indent`; `审核：{name} 主任护师` (none);
 * 附件 none; 上一篇 / 下一篇 (none); 相关文章 (question link, `2023-05-06`: `[]`, dated, `/cnaWebcn/article/N` as
 * written); format unknown.
 */
const zhhlxhHuliKepuWenda: Family = {
  name: 'zhhlxh-huli-kepu-wenda',
  split: 'fresh-85',
  site: 'www.zhhlxh.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const title = rng.pick([...NURSE_TITLES]);
    const before = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/cnaWebcn/article/${itemNum(r)}`;
    const list = related.length
      ? `<div class="xgwz"><div class="bt">相关文章</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span class="date">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const ind = 'style="text-indent:2em;line-height:2"';
    const body = `<div class="banner"><img src="/cnaWebcn/images/banner.jpg" alt="中华护理学会"></div>
<div class="nav"><a href="/cnaWebcn/">首页</a><a href="/cnaWebcn/xhgk/">学会概况</a><a href="/cnaWebcn/jxjy/">继续教育</a><a href="/cnaWebcn/kpyd/">科普园地</a><a href="/cnaWebcn/hyfw/">会员服务</a></div>
<div class="location">您现在的位置：<a href="/cnaWebcn/">首页</a> &gt; <a href="/cnaWebcn/kpyd/">科普园地</a> &gt; 护理科普</div>
<div class="article">
<h2 class="title">护理科普｜${esc(page.question)}</h2>
<div class="info">发布时间：${page.date}　来源：科普工作委员会　浏览次数：${rng.int(100, 9000)}</div>
<div class="content">
${before ? `<p ${ind}><b>答疑专家：</b>${esc(d.name!)}　${title}　${esc(d.hospital!)}${esc(d.department!)}</p>\n` : ''}<p ${ind}><b>问：</b>${esc(page.question)}</p>
<p ${ind}><b>答：</b></p>
${page.paragraphs.map((p) => `<p ${ind}>${esc(p)}</p>`).join('\n')}
${before ? '' : `<p style="text-align:right">（${esc(d.hospital!)}${esc(d.department!)} ${esc(d.name!)} ${title}）</p>\n`}<p class="sh">审核：${esc(otherName(rng))} 主任护师</p>
</div>
<div class="sxp"><p>上一篇：<a href="/cnaWebcn/article/${rng.int(3000, 9999)}">护理科普｜老年人如何预防跌倒</a></p><p>下一篇：<a href="/cnaWebcn/article/${rng.int(3000, 9999)}">护理科普｜居家PICC导管如何维护</a></p></div>
</div>
${list}
<div class="footer">版权所有：中华护理学会　地址：北京市东城区东四西大街42号　京ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`护理科普｜${page.question}-中华护理学会`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, title, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F6. cmbchina-zhangshang-jiankang-wenyi ---

/**
 * F6. 招商银行掌上生活's 健康 频道 问医生 share page (mlife.cmbchina.com/health/qa/{id}, host and path guesses), a bank
 * app's H5, UTF-8: the `打开掌上生活App` bar; `本服务由第三方互联网医院提供` (none); a 健康管家's `您好，已为您匹配…医生`
 * bubble first on 40% (none); `问题描述` and the question (keyed), the asker's line in its own `<p>` (none); the card (`{name}`
 * `{title}`, `{hospital}` with a `三甲` tag on 50% where the universe grade is 三甲 (keyed), `{department}`);
 * `{name}医生的回答` (none); the answer in one `white-space:pre-wrap` `<div>` with blank lines between paragraphs;
 * `回答于 2023-05-06` (45%) or `2023年05月06日` (30%), keyed, `05-06` (25%: null); 积分 / 信用卡 offers (none);
 * `window.__INITIAL_STATE__` with `answerTime` a day later (none); `大家都在问` (question, the snippet as printed,
 * `N人看过` (none): items with it, undated, `/health/qa/N` resolved against og:url on half, else as written).
 */
const cmbchinaZhangshangJiankangWenyi: Family = {
  name: 'cmbchina-zhangshang-jiankang-wenyi',
  split: 'fresh-85',
  site: 'mlife.cmbchina.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['iso', 9], ['cn', 6], ['md', 5]] as const);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const day = mode === 'iso' ? `回答于 ${page.date}` : mode === 'cn' ? `回答于 ${y}年${m}月${dd}日` : `回答于 ${md(page.date!)}`;
    const tagged = d.hospital_grade === '三甲' && rng.chance(0.5);
    const keeper = rng.chance(0.4) ? `<div class="keeper"><img src="/static/img/keeper.png"><p>健康管家 小招</p><p>您好，已为您匹配${esc(d.department!)}${esc(d.name!)}医生，医生回复后将第一时间通知您。</p></div>` : '';
    const own = rng.chance(0.5) ? `https://mlife.cmbchina.com/health/qa/${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/health/qa/${itemNum(r)}`;
    const list = related.length
      ? `<div class="hot-qa"><h3>大家都在问</h3>${related.map((r) => `<a class="qa-item" href="${href(r)}"><p class="q">${esc(r.question)}</p><p class="a">${esc(r.snippet)}</p><span class="views">${rng.int(100, 20000)}人看过</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="app"><div class="open-app"><img src="/static/img/cmb-logo.png" alt="掌上生活"><span>招商银行掌上生活</span><a href="cmblife://health">打开掌上生活App</a></div>
<p class="provider">本服务由第三方互联网医院提供</p>
${keeper}
<div class="question"><p class="label">问题描述</p><p class="text">${esc(page.question)}</p><p class="supply">${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="doctor"><img src="https://img.cmbchina.com/health/doc/${token(rng, 10)}.jpg"><div><p><b>${esc(d.name!)}</b> <span>${d.title}</span></p><p>${esc(d.hospital!)}${tagged ? ' <i class="tag">三甲</i>' : ''}　${esc(d.department!)}</p></div></div>
<div class="answer"><p class="label">${esc(d.name!)}医生的回答</p><div class="text" style="white-space:pre-wrap">${page.paragraphs.map(esc).join('\n\n')}</div><p class="time">${day}</p></div>
<div class="offers"><a href="/points/health">积分兑换体检套餐 低至${rng.int(1, 9)}999积分</a><a href="/card/health">招行信用卡持卡人专享 在线问诊首单￥1</a></div>
${list}
<p class="disclaimer">医生回答仅供参考，不能代替面诊。</p></div>
<script>window.__INITIAL_STATE__={"qa":{"id":${page.item.num},"answerTime":${epochSeconds(shift(page.date!, 1), page.time) * 1000},"doctorId":"${token(rng, 12)}"}}</script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 掌上生活健康`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: tagged ? '三甲' : null },
        date: mode === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, (r) => r.snippet, false),
      }),
    };
  },
};

export const FRESH85_FAMILIES: readonly Family[] = [udnYuanqiWendaTrad, yanglaoJiankangWendaGbk, byhealthYingyangshiWenda, amcareYuekanEmail, zhhlxhHuliKepuWenda, cmbchinaZhangshangJiankangWenyi];
