import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-third fresh held-out set (split `fresh-83`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, an
 * eighteenth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (奇美 / chimei, 中山眼科 / gzzoc / zoc, 一心堂 / yxt,
 * 华夏中医论坛 / hxzy, 中国疾病预防控制中心 / chinacdc / 北京疾控, 马泷 / mlkq and 拜博 each grepped, case-insensitive, in
 * README.md and families*.ts: no hit; 臺北榮民 / 榮民, 长庚, 彰化 / cch.org, 馬偕, 民國 (as a kind), 爱尔 / aier, 瑞尔 /
 * arrail, 新氧 / soyoung, 更美, 大参林, 叮当 / ddky, 1药网, 院长信箱, archive.org / wayback and pdf2html, first thought of,
 * have hits and were left alone; `疾控` alone hits (fresh splits model a city 疾控中心's 专家答疑, www.jzcdc.org.cn), the
 * national centre's 健康问答 with its 专家组 credit is not modelled; `华夏` alone hits only as another family's
 * `南屏华夏胃肠医院`), each of a kind the table had little of: a Taiwanese medical centre's 醫療諮詢 on ASP.NET in Big5
 * with 民國 days and a 諮詢中心's reply before the doctor's, an eye hospital's 眼科问答 (Nuxt SSR, a 视光师 before the
 * doctor, a video answer now and then), a pharmacy chain's 药师问答 answered by a 执业药师 (a 客服 first, priced goods),
 * a 中医 forum's Discuz! thread in GBK where the doctor answers as a floor among members' floors (a `<base href>`), the
 * national CDC's 健康问答 on a TRS CMS answered by an expert group, and a dental chain's 牙医问答 on an old table template
 * with before/after case ads between the answer's paragraphs. Modelled from memory of those pages (no copied markup;
 * hosts as remembered, every path a guess, 华夏中医论坛's and 一心堂's hosts guesses too); the questions are the universe's,
 * of any department, as on earlier specialist families; the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (the pharmacist's on 一心堂, the expert group's on 中国疾控中心): a 諮詢中心's
 *   `已轉請…醫師回覆`, a 视光师's note, a 客服's `已为您转接执业药师`, members' floors (`帮顶`), the 楼主's thanks, a 客服's
 *   預約 line and a chat widget none of it, also where they stand first; a 追问 round none of the answer and dating nothing
 *   (fresh-11, fresh-44, fresh-72 to fresh-82); **a quote of the 楼主 (`<blockquote>`) at the head of the doctor's floor
 *   none of the answer**; a pharmacist's `用法用量：` line after the advice a paragraph of the answer;
 * - a head or label over the answer (`回覆內容`, `医生回答`, `药师回复`, `答：`, `牙医回答`) none of it; disclaimers none;
 * - **the question as the page asks it**: after its label (`諮詢主題`, `问：`); the forum thread's title without its type
 *   tag (`[求医问药]`); a column headline that asks nothing none where the page prints a labelled question;
 * - **the date the answer's day**: **a 民國 day (`112年5月6日`, `112/05/06`, `112-05-06 14:22`) is 2023-05-06**; the
 *   doctor's floor's `发表于 2023-5-6 14:22`; **Discuz's `发表于 3 天前` / `昨天 14:22` in a `<span title>` holding
 *   the whole day: that day** (key changed after the first run to agree with fresh-80's tnbz key: it was null); `发布时间` of a column whose whole text is the
 *   answer; `05-06 14:22`, `5月6日`, `N天前` null; `諮詢日期`, `提问时间`, a 客服's, a 视光师's, members' and a 追问's days,
 *   Discuz's `GMT+8` footer time, `<meta name="PubDate">` and JSON-LD date nothing;
 * - **the card**: as printed (traditional characters on 奇美: `主治醫師` the title, the department as printed); on 奇美
 *   the hospital the 院區 the line names, the site's own `奇美醫學中心` where it names none; **on 一心堂 the pharmacist's
 *   card is name and title `执业药师`, department null, hospital the store `一心堂{city}{road}店`** (key changed in the
 *   thirty-fifth stop, after the tuning, to agree with fresh-59's pharmacies: where the pharmacist works is the hospital field;
 *   it was null), the `药师证号` no field); on the forum the doctor's signature under the floor (`{hospital} {department} {title} {name}`)
 *   the card, the user group `认证医师` and 积分 no field; **on 中国疾控中心 the credit `（中国疾控中心{所}专家组）` is name
 *   and title null, department the 所, hospital `中国疾控中心`; `（解答专家：中国疾控中心{所} {name} 研究员）` adds name and
 *   title; a page with only `来源：` in its info line has no card (all null)**; on 马泷 the branch the hospital
 *   (`马泷齿科{branch}`), the department the dental specialty printed; the grade only where printed beside the hospital;
 * - format: video where the answer's own player shows (中山眼科's `医生视频解答`), else unknown;
 * - items: question links of the page's related list, the snippet as printed (cut with `…` kept), dated only where the
 *   list prints the whole day (a 民國 day whole), links as written where the page names no address of its own, else
 *   resolved against the canonical, og:url or **Discuz's `<base href>`**; 科普 articles, news, priced goods, case ads,
 *   最新咨询 and JSON lists no items.
 */

type Related = TruthPage['related'][number];

/** `2023-5-6`. */
const unpad = (iso: string, sep = '-') => iso.split('-').map(Number).join(sep);
const sec = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');
const hhmm = (rng: Rng) => `${String(rng.int(8, 22)).padStart(2, '0')}:${sec(rng)}`;
/** The 民國 year of an ISO day (2023 → 112). */
const roc = (iso: string) => Number(iso.slice(0, 4)) - 1911;

// --- F1. chimei-yiliao-zixun-big5 ---

const CHIMEI_BRANCHES = ['奇美醫學中心', '柳營奇美醫院', '佳里奇美醫院'] as const;
const CHIMEI_SITE = '奇美醫學中心';

/**
 * F1. 奇美醫學中心's 醫療諮詢 (www.chimei.org.tw/consult/Detail.aspx?id={id}, path a guess), a Taiwanese medical centre's
 * ASP.NET WebForms page in traditional characters: Big5 declared `charset=big5` (45%; a page whose text Big5 cannot
 * hold is served UTF-8 instead), else UTF-8; `__VIEWSTATE`; the masthead, a nav, `目前位置：` crumbs; the record as a
 * label/value `<table>`: `諮詢主題` (the question, keyed), `諮詢人` (`林**`), `諮詢日期` (an earlier 民國 day: none),
 * `諮詢內容` (the asker's line); a `醫療諮詢服務中心` reply first on 40% (`已轉請{科}醫師回覆`, its day: none); then
 * `回覆醫師：{department} {name} {title}` — title `主治醫師` (50%), `主任` (20%) or the truth's in traditional (30%), keyed
 * as printed — with `院區：{branch}` on 60% (the branch the hospital; else the site's own 奇美醫學中心, as its masthead names it), `回覆日期：`
 * `112年5月6日` (40%), `112/05/06` (35%), `112-05-06 14:22` (15%) or `2023/05/06` (10%), all keyed; `回覆內容` the answer
 * (`<br>`-parted 60%, `<p>`s 40%), the `※` disclaimer (none); 相關諮詢 a `<table>` of question links with 民國 days
 * (`112/05/06`: dated), hrefs `Detail.aspx?id=N` as written, or resolved against the canonical on 30%; 衛教園地 (none);
 * the footer; format unknown.
 */
const chimeiYiliaoZixunBig5: Family = {
  name: 'chimei-yiliao-zixun-big5',
  split: 'fresh-83',
  site: 'www.chimei.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const big5 = rng.chance(0.45);
    const title = rng.weighted([['主治醫師', 5], ['主任', 2], [trad(d.title!), 3]] as const);
    const dept = trad(d.department!);
    const branched = rng.chance(0.6);
    const branch = rng.pick([...CHIMEI_BRANCHES]);
    const hospital = branched ? branch : CHIMEI_SITE;
    const y = roc(page.date!);
    const [, mm, dd] = page.date!.split('-') as [string, string, string];
    const mode = rng.weighted([['cn', 8], ['slash', 7], ['dash', 3], ['ad', 2]] as const);
    const day = mode === 'cn' ? `${y}年${Number(mm)}月${Number(dd)}日` : mode === 'slash' ? `${y}/${mm}/${dd}` : mode === 'dash' ? `${y}-${mm}-${dd} ${page.time}` : page.date!.replace(/-/g, '/');
    const rocSlash = (iso: string) => `${roc(iso)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
    const paragraphs = page.paragraphs.map(trad);
    const question = trad(page.question);
    const text = rng.chance(0.6) ? paragraphs.map(esc).join('<br>\n') : paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const center = rng.chance(0.4)
      ? `<tr><th>醫療諮詢服務中心</th><td>您好，您的問題已轉請${esc(dept)}醫師回覆，請耐心等候。（${rocSlash(shift(page.date!, -1))}）</td></tr>\n`
      : '';
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `Detail.aspx?id=${itemNum(r)}`;
    const own = rng.chance(0.3) ? `https://www.chimei.org.tw/consult/Detail.aspx?id=${page.item.num}` : null;
    const list = related.length
      ? `<div class="relate"><h3>相關諮詢</h3><table class="list" width="100%">\n${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td width="90">${rocSlash(r.date!)}</td></tr>`).join('\n')}\n</table></div>`
      : '';
    const body = `<form method="post" action="./Detail.aspx?id=${page.item.num}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 24)}">
<div id="header"><a href="/"><img src="/images/logo.gif" alt="奇美醫療財團法人奇美醫院"></a><span class="sitename">奇美醫學中心 Chi Mei Medical Center</span><ul class="topnav"><li><a href="/about/">認識奇美</a><li><a href="/reg/">網路掛號</a><li><a href="/doctor/">醫師介紹</a><li><a href="/consult/">醫療諮詢</a><li><a href="/edu/">衛教園地</a></ul></div>
<div class="path">目前位置：<a href="/">首頁</a> &gt; <a href="/consult/">醫療諮詢</a> &gt; 諮詢內容</div>
<div id="content"><table class="consult" width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><th width="110">諮詢主題</th><td>${esc(question)}</td></tr>
<tr><th>諮詢人</th><td>${esc(trad(otherName(rng)).slice(0, 1))}**</td></tr>
<tr><th>諮詢日期</th><td>${rocSlash(shift(page.date!, -rng.int(1, 6)))}</td></tr>
<tr><th>諮詢內容</th><td>${esc(trad(rng.pick(ASKER_LINES)))}</td></tr>
${center}<tr><th>回覆醫師</th><td>${esc(dept)} ${esc(trad(d.name!))} ${title}${branched ? `　院區：${branch}` : ''}</td></tr>
<tr><th>回覆日期</th><td>${day}</td></tr>
<tr><th>回覆內容</th><td>${text}</td></tr>
</table>
<p class="note">※本回覆僅供參考，不能取代醫師之當面診療，如有不適請儘速就醫。</p>
${list}
<div class="edu"><h3>衛教園地</h3><ul><li><a href="/edu/${rng.int(1000, 9999)}.html">認識流感疫苗</a><li><a href="/edu/${rng.int(1000, 9999)}.html">高血壓的居家照護</a></ul></div>
</div>
<div id="footer">奇美醫療財團法人奇美醫院　地址：臺南市永康區中華路901號　電話：(06)281-2811</div>
</form>`;
    const charset = big5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`${question}-醫療諮詢-奇美醫學中心`, own, '', body, charset).replace('lang="zh-CN"', 'lang="zh-TW"');
    let bytes: Buffer = Buffer.from(html, 'utf8');
    if (big5) {
      const b = iconv.encode(html, 'big5');
      if (iconv.decode(b, 'big5') === html) bytes = b;
      else bytes = Buffer.from(html.replace(charset, '<meta charset="utf-8">'), 'utf8');
    }
    return {
      body: bytes,
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name: trad(d.name!), title, department: dept, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, true),
      }),
    };
  },
};

// --- F2. gzzoc-yanke-wenda ---

const ZOC = '中山大学中山眼科中心';
const EYE_DEPARTMENTS = ['白内障科', '青光眼科', '眼底病科', '斜视与弱视科', '角膜病科', '眼眶病与眼肿瘤科', '视光中心'] as const;

/**
 * F2. 中山大学中山眼科中心's 眼科问答 (www.gzzoc.com/wenda/{id}.html, path a guess), an eye hospital's Nuxt SSR page,
 * UTF-8, `data-v-*` on its elements: the top bar (预约挂号 / 专家团队 / 眼科问答 / 科普), crumbs, `<h1>` the question (keyed),
 * `患者**　提问时间：` an earlier day (none); a 视光师's reply first on 35% (`视光师 {name}：`, its day: none); `医生回答`
 * (none) and the doctor's card before the answer (name, title, the eye department — the key's department as printed —,
 * `中山大学中山眼科中心` with a `三级甲等` tag on 30%: grade keyed then); a `医生视频解答` `<video>` with its length over
 * the text on 20% (format video); the text's `<p>`s; `回答于 2023-05-06` (50%), `2023年05月06日 14:22` (25%) or `N天前` (25%:
 * null); `有帮助 N`; 相关问答 (question links, a `…`-cut snippet on half the pages: items with it, `N个回答`, undated);
 * 眼健康科普 (articles: none); `window.__NUXT__` with the doctor's clinic and a later day (none); JSON-LD QAPage on 40%
 * with a later `dateCreated` (none); canonical on half.
 */
const gzzocYankeWenda: Family = {
  name: 'gzzoc-yanke-wenda',
  split: 'fresh-83',
  site: 'www.gzzoc.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const dv = `data-v-${token(rng, 8)}`;
    const dept = rng.pick([...EYE_DEPARTMENTS]);
    const graded = rng.chance(0.3);
    const video = rng.chance(0.2);
    const mode = rng.weighted([['iso', 10], ['cn', 5], ['rel', 5]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'cn' ? `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日 ${page.time}` : `${rng.int(2, 9)}天前`;
    const optometrist = rng.chance(0.35)
      ? `<div ${dv} class="reply reply-opt"><p ${dv} class="who">视光师 ${esc(otherName(rng))}：</p><p ${dv}>您好，建议先到门诊做一次散瞳验光和眼底检查，医生会结合结果给您答复。</p><span ${dv} class="t">${shift(page.date!, -1)} ${hhmm(rng)}</span></div>`
      : '';
    const player = video ? `<div ${dv} class="video"><p ${dv}>医生视频解答</p><video ${dv} src="https://video.gzzoc.com/wenda/${token(rng, 16)}.mp4" poster="https://img.gzzoc.com/poster/${token(rng, 10)}.jpg" controls></video><span ${dv}>0${rng.int(1, 4)}:${sec(rng)}</span></div>` : '';
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const cut = (s: string) => cutSnippet(s, 40, 42, '…');
    const list = related.length
      ? `<div ${dv} class="rel"><h3 ${dv}>相关问答</h3>${related.map((r) => `<div ${dv} class="rel-item" data-id="${itemNum(r)}"><a ${dv} href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p ${dv}>${esc(cut(r.snippet))}</p>` : ''}<span ${dv}>${rng.int(1, 6)}个回答</span></div>`).join('\n')}</div>`
      : '';
    const own = rng.chance(0.5) ? `https://www.gzzoc.com/wenda/${page.item.num}.html` : null;
    const later = shift(page.date!, rng.int(2, 20));
    const ld = rng.chance(0.4)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: page.question, acceptedAnswer: { '@type': 'Answer', dateCreated: `${later}T09:00:00+08:00`, author: { '@type': 'Person', name: d.name } } } })}</script>\n`
      : '';
    const nuxt = { data: [{ detail: { id: page.item.num, doctor: { name: d.name, clinic: '眼科门诊', hospital: ZOC }, updateTime: `${later} 10:00:00` } }] };
    const body = `<div id="__nuxt"><div id="__layout"><div ${dv} class="page">
<div ${dv} class="top"><a ${dv} href="/"><img ${dv} src="/_nuxt/img/logo.${token(rng, 7)}.png" alt="中山大学中山眼科中心"></a><a ${dv} href="/guahao/">预约挂号</a><a ${dv} href="/experts/">专家团队</a><a ${dv} href="/wenda/">眼科问答</a><a ${dv} href="/kepu/">眼健康科普</a></div>
<div ${dv} class="crumb"><a ${dv} href="/">首页</a> / <a ${dv} href="/wenda/">眼科问答</a> / <span ${dv}>问答详情</span></div>
<div ${dv} class="main"><div ${dv} class="q"><h1 ${dv}>${esc(page.question)}</h1><p ${dv} class="desc">${esc(rng.pick(ASKER_LINES))}</p><p ${dv} class="meta">患者${esc(otherName(rng).slice(0, 1))}**　提问时间：${shift(page.date!, -rng.int(1, 4))}</p></div>
${optometrist}
<div ${dv} class="answer" data-doctor-id="${rng.int(1000, 9999)}"><h3 ${dv}>医生回答</h3>
<div ${dv} class="doc"><img ${dv} src="https://img.gzzoc.com/doctor/${token(rng, 10)}.jpg" alt=""><div ${dv}><p ${dv} class="nm">${esc(d.name!)} <span ${dv}>${d.title}</span></p><p ${dv} class="org">${ZOC}${graded ? ` <em ${dv} class="tag">三级甲等</em>` : ''} · ${dept}</p></div></div>
${player}<div ${dv} class="txt">${page.paragraphs.map((p) => `<p ${dv}>${esc(p)}</p>`).join('\n')}</div>
<div ${dv} class="foot"><span ${dv}>回答于 ${day}</span><span ${dv}>有帮助 ${rng.int(1, 500)}</span></div></div>
${list}
<div ${dv} class="kp"><h3 ${dv}>眼健康科普</h3><ul ${dv}><li ${dv}><a ${dv} href="/kepu/${rng.int(100, 999)}.html">孩子近视了，戴眼镜会越戴越深吗？</a></li><li ${dv}><a ${dv} href="/kepu/${rng.int(100, 999)}.html">白内障什么时候做手术最好</a></li></ul></div>
</div></div></div></div>
<script>window.__NUXT__=${JSON.stringify(nuxt)}</script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n${ld}`;
    const html = documentOf(`${page.question}_眼科问答_中山大学中山眼科中心`, own, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: ZOC, hospital_grade: graded ? '三级甲等' : null },
        date: mode === 'rel' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, (r) => (snippets ? cut(r.snippet) : null), false),
      }),
    };
  },
};

// --- F3. yixintang-yaoshi-wenda ---

const YXT_ROADS = ['人民中路', '北京路', '青年路', '金碧路', '东风西路', '环城南路'] as const;
const YXT_CITIES = ['昆明', '曲靖', '玉溪', '大理', '贵阳', '成都'] as const;
const DOSAGE = ['用法用量：请按说明书或遵医嘱服用，服药期间如症状加重请及时就医。', '用法用量：一日2次，饭后服用；连续服用3天不见好转请到医院就诊。'] as const;

/**
 * F3. 一心堂's 药师问答 (m.yxtmart.cn/yaoshi/ask/{id}, host and path guesses), a pharmacy chain's H5 page, UTF-8: the
 * `打开一心堂APP` bar, the question card (`<h1>`, keyed; the asker's line; `提问时间` an earlier day: none); `在线客服 小一`'s
 * `您好，已为您转接执业药师，请稍候～` first on 50% (its time: none); `药师回复` (none) and the pharmacist's card before
 * the answer: name, `执业药师` badge (the title), `一心堂{city}{road}店` (the hospital field since the thirty-fifth stop, as fresh-59's pharmacies), `药师证号：…` and
 * `从业N年` (none) — **department and hospital null**; the answer's `<p>`s, a `用法用量：…` line after them on 40% (a
 * paragraph of the answer); `回复时间 2023-05-06 14:22` (55%), `2023/05/06` (25%) or `05-06 14:22` (20%: null); a
 * `追问` / `药师回复` round on 20% (none); 推荐商品 (priced, `加入购物车`: none); 相关问题 a `<table>` (question link,
 * `N人已看`, the whole day `2023-05-06` on 35% of pages: dated); og:url on half; format unknown.
 */
const yixintangYaoshiWenda: Family = {
  name: 'yixintang-yaoshi-wenda',
  split: 'fresh-83',
  site: 'm.yxtmart.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const shop = `一心堂${rng.pick([...YXT_CITIES])}${rng.pick([...YXT_ROADS])}店`;
    const dosage = rng.chance(0.4) ? rng.pick([...DOSAGE]) : null;
    const paragraphs = dosage ? [...page.paragraphs, dosage] : page.paragraphs;
    const mode = rng.weighted([['full', 11], ['slash', 5], ['md', 4]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'slash' ? page.date!.replace(/-/g, '/') : `${md(page.date!)} ${page.time}`;
    const cs = rng.chance(0.5) ? `<div class="msg cs"><span class="who">在线客服 小一</span><p>您好，已为您转接执业药师，请稍候～</p><span class="t">${md(page.date!)} ${hhmm(rng)}</span></div>` : '';
    const follow = rng.chance(0.2) ? `<div class="follow"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p><b>药师回复：</b>${rng.pick(FOLLOW_REPLIES)}</p></div>` : '';
    const dated = rng.chance(0.35);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/yaoshi/ask/${itemNum(r)}`;
    const list = related.length
      ? `<div class="rel"><h3>相关问题</h3><table class="rel-t">${related.map((r) => `<tr><td class="q"><a href="${href(r)}">${esc(r.question)}</a></td><td class="n">${rng.int(30, 9000)}人已看</td>${dated ? `<td class="d">${r.date}</td>` : ''}</tr>`).join('\n')}</table></div>`
      : '';
    const own = rng.chance(0.5) ? `https://m.yxtmart.cn/yaoshi/ask/${page.item.num}` : null;
    const goods = `<div class="goods"><h3>推荐商品</h3>${['布洛芬缓释胶囊 0.3g*20粒', '复方氨酚烷胺片 12片', '维生素C泡腾片 20片'].map((g) => `<div class="g"><img src="https://img.yxtmart.cn/goods/${token(rng, 10)}.jpg"><p>${g}</p><b>¥${rng.int(8, 60)}.${rng.int(0, 9)}0</b><a>加入购物车</a></div>`).join('')}</div>`;
    const body = `<div class="app-bar"><img src="/static/logo.png" alt="一心堂"><span>一心堂 · 专业药师在线</span><a href="/app/">打开一心堂APP</a></div>
<div class="qcard"><h1>${esc(page.question)}</h1><p class="desc">${esc(rng.pick(ASKER_LINES))}</p><p class="t">提问时间：${shift(page.date!, -rng.int(0, 2))}</p></div>
${cs}
<div class="reply"><h3>药师回复</h3>
<div class="ph"><img src="https://img.yxtmart.cn/pharmacist/${token(rng, 10)}.jpg" alt=""><div><p class="nm">${esc(d.name!)} <span class="badge">执业药师</span></p><p class="shop">${shop}</p><p class="no">药师证号：${rng.int(10000000, 99999999)}　从业${rng.int(3, 20)}年</p></div></div>
<div class="txt">${paras(paragraphs)}</div>
<p class="t">回复时间 ${day}</p>
${follow}</div>
${goods}
${list}
<div class="tip">药师建议仅供参考，处方药请凭医生处方购买。</div>
<script src="/static/js/chunk-vendors.${token(rng, 8)}.js"></script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question}-一心堂药师问答`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        paragraphs,
        doctor: { name: d.name, title: '执业药师', department: null, hospital: shop, hospital_grade: null },
        date: mode === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, dated),
      }),
    };
  },
};

// --- F4. hxzylt-luntan-louceng ---

const MEMBER_NAMES = ['杏林小生', '岐黄爱好者', 'zhongyi2008', '本草迷', '老中医粉', '艾灸达人'] as const;
const MEMBER_TEXTS = ['帮顶，等医生来回答。', '建议找个老中医把把脉，舌象很重要。', '楼主可以把舌苔照片发上来看看。', '同问，我也有类似情况。'] as const;
const FLOOR_NAMES = ['楼主', '沙发', '板凳', '地板'] as const;

/**
 * F4. 华夏中医论坛's 中医问诊 board (www.hxzylt.com/thread-{id}-1-1.html, host a guess), a Discuz! X3.2 thread in GBK
 * (`charset=gbk` by http-equiv) with `<base href="http://www.hxzylt.com/">`: the header and nav, crumbs `华夏中医论坛 ›
 * 论坛 › 中医问诊 › 查看内容`, `查看: N | 回复: N`, `<h1>` `[求医问药]` (a type tag link: none) and the thread's title
 * (the question, keyed); an ad row (`a_pt`: none); floors as `<table id="pidN">` with the poster's panel (`<td class="pls">`:
 * username, 用户组, 积分) and `发表于`: the 楼主's floor (the asker's lines: none); 0–2 members' floors (`帮顶`: none); the
 * doctor's floor — panel with the doctor's name and `认证医师` (no field), a `<blockquote>` quoting the 楼主 on 40% (none),
 * the answer as lines parted by `<br />`, the signature `{hospital} {department} {title} {name}` under it (the card);
 * `发表于 2023-5-6 14:22` (60%), `发表于 <span title="2023-5-6 14:22">N&nbsp;天前</span>` (25%) or `昨天&nbsp;14:22`
 * in such a span (15%): that day (key changed in the thirty-fourth stop, after the first run, scored on null there, to agree
 * with fresh-80's tnbz key and earlier splits'); the 楼主's `谢谢医生` floor after it on 60% (none); 相关帖子 (`thread-N-1-1.html`,
 * undated: resolved against the `<base href>`); the footer's `GMT+8, {later day}` (none); format unknown.
 */
const hxzyltLuntanLouceng: Family = {
  name: 'hxzylt-luntan-louceng',
  split: 'fresh-83',
  site: 'www.hxzylt.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'http://www.hxzylt.com/';
    const asker = `${rng.pick(['小', '阿', 'yy', 'qq'])}${token(rng, 4)}`;
    const members = rng.int(0, 2);
    const mode = rng.weighted([['abs', 12], ['days', 5], ['yday', 3]] as const);
    const full = `${unpad(page.date!)} ${page.time}`;
    const dayHtml = mode === 'abs' ? full : mode === 'days' ? `<span title="${full}">${rng.int(2, 6)}&nbsp;天前</span>` : `<span title="${full}">昨天&nbsp;${page.time}</span>`;
    const askDay = `${unpad(shift(page.date!, -rng.int(0, 3)))} ${hhmm(rng)}`;
    let pid = rng.int(100000, 900000);
    let floorNo = 0;
    const floorName = () => {
      const n = floorNo++;
      return n < FLOOR_NAMES.length ? FLOOR_NAMES[n]! : `${n + 1}<sup>#</sup>`;
    };
    const uids = new Map<string, number>();
    const floor = (user: string, group: string, when: string, message: string, sign = '') => {
      pid += rng.int(1, 40);
      if (!uids.has(user)) uids.set(user, rng.int(1000, 99999));
      return `<div id="post_${pid}"><table id="pid${pid}" class="plhin" summary="pid${pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${uids.get(user)}" target="_blank" class="xw1">${esc(user)}</a></div></div><p><em>${group}</em></p><dl class="pil cl"><dt>积分</dt><dd>${rng.int(10, 9000)}</dd><dt>帖子</dt><dd>${rng.int(1, 900)}</dd></dl></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=${page.item.num}&amp;pid=${pid}">${floorName()}</a></strong><div class="pti"><div class="authi"><em id="authorposton${pid}">发表于 ${when}</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${pid}">
${message}</td></tr></table></div></div></div>
${sign}</td></tr></table></div>`;
    };
    const askerLines = [rng.pick(ASKER_LINES), '舌苔白腻，大便不成形，请各位老师指点。'];
    const floors: string[] = [floor(asker, '新手上路', askDay, askerLines.map(esc).join('<br />\r\n'))];
    for (let i = 0; i < members; i++) floors.push(floor(rng.pick([...MEMBER_NAMES]), '中级会员', `${unpad(shift(page.date!, -rng.int(0, 1)))} ${hhmm(rng)}`, esc(rng.pick([...MEMBER_TEXTS]))));
    const quote = rng.chance(0.4) ? `<div class="quote"><blockquote><font size="2"><font color="#999999">${esc(asker)} 发表于 ${askDay}</font></font><br />\r\n${esc(askerLines[0]!)}</blockquote></div><br />\r\n` : '';
    const sign = `<div class="sign">${esc(d.hospital!)} ${esc(d.department!)} ${d.title} ${esc(d.name!)}</div>`;
    floors.push(floor(d.name!, '认证医师', dayHtml, `${quote}${page.paragraphs.map(esc).join('<br />\r\n')}`, sign));
    if (rng.chance(0.6)) floors.push(floor(asker, '新手上路', `${unpad(shift(page.date!, rng.int(1, 3)))} ${hhmm(rng)}`, '谢谢医生！我先按您说的调理一段时间。'));
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `thread-${itemNum(r)}-1-1.html`;
    const list = related.length
      ? `<div class="mtw mbw"><h3 class="pbm mbm bbda">相关帖子</h3><ul class="xl xl2 cl">${related.map((r) => `<li>&#8226; <a href="${href(r)}" title="${esc(r.question)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('${base}');">设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '华夏中医论坛');">收藏本站</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="华夏中医论坛"><img src="static/image/common/logo.png" alt="华夏中医论坛" border="0" /></a></h2></div>
<div id="nv"><ul><li><a href="portal.php">门户</a></li><li class="a"><a href="forum.php">论坛</a></li><li><a href="forum.php?mod=forumdisplay&amp;fid=12">中医问诊</a></li><li><a href="forum.php?mod=forumdisplay&amp;fid=8">经方研究</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">华夏中医论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=12">中医问诊</a> <em>&rsaquo;</em> 查看内容</div></div>
<div class="a_pt"><a href="plugin.php?id=ad&amp;aid=${rng.int(10, 99)}" target="_blank">中医师承班火热招生中，名师带教，详情点击 &gt;&gt;</a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">${rng.int(80, 9000)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${floors.length - 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=3">[求医问药]</a> <span id="thread_subject">${esc(page.question)}</span></h1></td></tr></table>
${floors.join('\n')}
</div>
${list}
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.2</em></p><p class="xs0">GMT+8, ${unpad(shift(page.date!, rng.int(2, 60)))} ${hhmm(rng)}<span id="debuginfo">, Processed in 0.0${rng.int(10, 99)} second(s), ${rng.int(12, 40)} queries.</span></p></div></div>
<script src="data/cache/common.js?${token(rng, 4)}" type="text/javascript"></script>`;
    const charset = '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />';
    const head = `<base href="${base}" />\n<meta name="keywords" content="${esc(topicWord(page))},中医问诊" />\n`;
    const html = documentOf(`${page.question} - 中医问诊 - 华夏中医论坛 - Powered by Discuz!`, null, head, body, charset);
    return {
      body: iconv.encode(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, base, () => null, false),
      }),
    };
  },
};

// --- F5. chinacdc-jiankang-wenda ---

const CDC_UNITS = ['营养与健康所', '环境与健康相关产品安全所', '免疫规划中心', '慢性非传染性疾病预防控制中心', '性病艾滋病预防控制中心', '病毒病预防控制所', '职业卫生与中毒控制所'] as const;
/** The centre's unit that answers a question of a department (a word of it or of the question), else one at random. */
const CDC_UNIT_OF: readonly (readonly [RegExp, string])[] = [
  [/疫苗|接种|儿童保健/u, '免疫规划中心'],
  [/营养|饮食|吃什么|消化|内分泌|糖尿病/u, '营养与健康所'],
  [/感染|艾滋|梅毒|性病|皮肤/u, '性病艾滋病预防控制中心'],
  [/流感|病毒|发热|呼吸/u, '病毒病预防控制所'],
  [/心|血压|肿瘤|慢性|神经/u, '慢性非传染性疾病预防控制中心'],
];
const CDC_TITLES = ['研究员', '副研究员', '主任医师'] as const;

/**
 * F5. 中国疾病预防控制中心's 健康问答 (www.chinacdc.cn/jkzt/{topic}/{yyyymm}/t{yyyymmdd}_{id}.html, path as remembered), the
 * national CDC's TRS CMS page, UTF-8, no canonical: the masthead, nav (首页 / 机构概况 / 健康主题 / 疾控动态 / 科学研究),
 * `您现在的位置：首页 > 健康主题 > {topic} > 健康问答`; the title `<h5>`: the question (60%, keyed) or `{topic}健康问答`
 * (40%: none; the body's `问：` line the question); `【发布时间：2023-05-06】` (70%) or `2023年05月06日` (30%), keyed;
 * `【打印】【关闭】`; `<meta name="PubDate">` a later day (none); the `TRS_Editor` body with its `<style>`: the `问：` line
 * (on the 40%), `答：` glued before the first paragraph (none), inline-styled `<p>`s; the credit at its end: `（中国疾控中心
 * {unit}专家组）` on 45% (name and title null, department the unit, hospital `中国疾控中心`), `（解答专家：中国疾控中心{unit}
 * {name} {title}）` on 35% (name and title too), else no credit and `来源：中国疾控中心{unit}` in the info line (the card all
 * null); 相关链接 (question links `../{yyyymm}/t{yyyymmdd}_N.html` as written, or absolute on 30%, with `(2023-05-06)`: dated) on pages
 * with a list; 疾控动态 (dated news: none) in the right column; format unknown.
 */
const chinacdcJiankangWenda: Family = {
  name: 'chinacdc-jiankang-wenda',
  split: 'fresh-83',
  site: 'www.chinacdc.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const unit = CDC_UNIT_OF.find(([re]) => re.test(`${d.department}${page.question}`))?.[1] ?? rng.pick([...CDC_UNITS]);
    const topic = topicWord(page);
    const titled = rng.chance(0.6);
    const day = rng.chance(0.7) ? page.date! : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const credit = rng.weighted([['group', 9], ['named', 7], ['none', 4]] as const);
    const title = rng.pick([...CDC_TITLES]);
    const p = (inner: string) => `<p style="text-indent:2em;line-height:2;font-family:'微软雅黑'">${inner}</p>`;
    const lines = [
      ...(titled ? [] : [p(`<strong>问：</strong>${esc(page.question)}`)]),
      ...page.paragraphs.map((x, i) => p(`${i === 0 ? '<strong>答：</strong>' : ''}${esc(x)}`)),
      ...(credit === 'group' ? [`<p style="text-align:right">（中国疾控中心${unit}专家组）</p>`] : credit === 'named' ? [`<p style="text-align:right">（解答专家：中国疾控中心${unit} ${esc(d.name!)} ${title}）</p>`] : []),
    ];
    const ym = page.date!.slice(0, 7).replace('-', '');
    const ymd = page.date!.replace(/-/g, '');
    const slug = rng.pick(['crb', 'mxfcrb', 'yyhspaq', 'jkjy']);
    const absolute = rng.chance(0.3);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => {
      const file = `${r.date!.slice(0, 7).replace('-', '')}/t${r.date!.replace(/-/g, '')}_${itemNum(r)}.html`;
      return absolute ? `https://www.chinacdc.cn/jkzt/${slug}/${file}` : `../${file}`;
    };
    const list = related.length ? `<div class="xglj"><h4>相关链接</h4><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span>(${r.date})</span></li>`).join('\n')}</ul></div>` : '';
    const news = `<div class="side"><h4>疾控动态</h4><ul>${['中国疾控中心召开传染病防控工作会议', '全国爱卫会部署爱国卫生运动'].map((x) => `<li><a href="/jkdt/${ym}/t${ymd}_${rng.int(200000, 299999)}.html">${x}</a><span>${shift(page.date!, -rng.int(1, 30))}</span></li>`).join('')}</ul></div>`;
    const body = `<div class="top"><img src="/images/logo.png" alt="中国疾病预防控制中心"><div class="nav"><a href="/">首页</a><a href="/jgxx/">机构概况</a><a href="/jkzt/">健康主题</a><a href="/jkdt/">疾控动态</a><a href="/kxyj/">科学研究</a></div></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/jkzt/">健康主题</a> &gt; <a href="/jkzt/${slug}/">${esc(topic)}</a> &gt; 健康问答</div>
<div class="wrap"><div class="article">
<h5>${titled ? esc(page.question) : `${esc(topic)}健康问答`}</h5>
<div class="info">【发布时间：${day}】${credit === 'none' ? `　来源：中国疾控中心${unit}` : ''}　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}</style>
${lines.join('\n')}
</div>
${list}
</div>${news}</div>
<div class="foot">中国疾病预防控制中心 版权所有　京ICP备${rng.int(10000000, 99999999)}号　地址：北京市昌平区昌百路155号</div>`;
    const head = `<meta name="PubDate" content="${shift(page.date!, rng.int(1, 5))} 09:30">\n<meta name="ColumnName" content="健康问答">\n`;
    const html = documentOf(`${titled ? page.question : `${topic}健康问答`}_中国疾病预防控制中心`, null, head, body);
    const doctor = credit === 'group'
      ? { name: null, title: null, department: unit, hospital: '中国疾控中心', hospital_grade: null }
      : credit === 'named'
        ? { name: d.name, title, department: unit, hospital: '中国疾控中心', hospital_grade: null }
        : { name: null, title: null, department: null, hospital: null, hospital_grade: null };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F6. mlkq-yayi-wenda ---

const ML_BRANCHES = ['广州天河院', '广州海珠院', '深圳福田院', '深圳南山院', '珠海香洲院', '东莞南城院'] as const;
const DENTAL_DEPARTMENTS = ['种植科', '正畸科', '儿童齿科', '牙周科', '修复科', '牙体牙髓科'] as const;
const DENTAL_TITLES = ['主任医师', '副主任医师', '主治医师', '口腔执业医师'] as const;

/**
 * F6. 马泷齿科's 牙医问答 (www.mlkq.com/wenda/{id}.html, path a guess), a dental chain's old table template: GBK declared
 * `charset=gb2312` by http-equiv on 30%, else UTF-8; inline styles, `<td>`s and `<li>`s left unclosed; the header with
 * a 400 line, nav (种植牙 / 牙齿矫正 / 儿童齿科 / 牙医问答 / 门诊分布), `当前位置：` crumbs; `<h1>` the question (keyed),
 * `提问者：网友　提问时间：` an earlier day (none); `牙医回答` (none) over the answer's `<p>`s, a `案例对比` ad (术前 / 术后
 * images, `{case}｜{branch} {another name}医生`, `免费预约`: none) between the first two paragraphs on 40%; the card after
 * the answer as a `<table>`: `医生：{name}`, `职称：{title}` (keyed as printed), `科室：{department}` (a dental specialty,
 * keyed as printed), `院区：马泷齿科{branch}` (the hospital, keyed as printed; grade null); `回答时间：2023-05-06` (45%),
 * `2023/5/6` (30%) or `5月6日` (25%: null); a 客服's `如需预约…请拨打400…` after the card on 30% (none); the 商务通 chat
 * widget's greeting (none); 相关问答 (`<li>` question links, `[2023-05-06]` on half the pages: dated) on pages with a
 * list; 热门项目 (none); canonical on 40%; a tongji `<script>`; format unknown.
 */
const mlkqYayiWenda: Family = {
  name: 'mlkq-yayi-wenda',
  split: 'fresh-83',
  site: 'www.mlkq.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.3);
    const branch = `马泷齿科${rng.pick([...ML_BRANCHES])}`;
    const dept = rng.pick([...DENTAL_DEPARTMENTS]);
    const title = rng.pick([...DENTAL_TITLES]);
    const mode = rng.weighted([['iso', 9], ['slash', 6], ['md', 5]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'slash' ? unpad(page.date!, '/') : `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日`;
    const ad = rng.chance(0.4) && page.paragraphs.length > 1;
    const caseAd = `<div class="case" style="border:1px solid #eee;padding:10px;margin:10px 0"><p style="color:#c00;font-weight:bold">案例对比</p><table><tr><td><img src="/uploads/case/${token(rng, 8)}_q.jpg" alt="术前" width="220"><br>术前<td><img src="/uploads/case/${token(rng, 8)}_h.jpg" alt="术后" width="220"><br>术后</table><p>${rng.pick(['种植牙案例', '隐形矫正案例', '全瓷冠修复案例'])}｜${rng.pick([...ML_BRANCHES])} ${esc(otherName(rng))}医生</p><a href="/yuyue/" style="background:#e60012;color:#fff;padding:4px 12px">免费预约</a></div>`;
    const text = page.paragraphs.map((x, i) => `<p style="text-indent:2em;line-height:28px">${esc(x)}</p>${ad && i === 0 ? caseAd : ''}`).join('\n');
    const cs = rng.chance(0.3) ? `<p class="kf" style="color:#999">客服小泷：如需预约${esc(d.name!)}医生，请拨打400-${rng.int(100, 999)}-${rng.int(1000, 9999)}或点击在线咨询。</p>` : '';
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length ? `<div class="xgwd"><div class="tit">相关问答</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? `<span style="float:right">[${r.date}]</span>` : ''}`).join('\n')}</ul></div>` : '';
    const own = rng.chance(0.4) ? `https://www.mlkq.com/wenda/${page.item.num}.html` : null;
    const body = `<div class="header" style="width:1000px;margin:0 auto"><a href="/"><img src="/templets/ml/images/logo.jpg" alt="马泷齿科"></a><span style="float:right;color:#e60012;font-size:20px">全国热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="nav"><ul><li><a href="/zzy/">种植牙</a><li><a href="/jz/">牙齿矫正</a><li><a href="/et/">儿童齿科</a><li><a href="/wenda/">牙医问答</a><li><a href="/yuanqu/">门诊分布</a></ul></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">牙医问答</a> &gt; 正文</div>
<h1 style="font-size:20px">${esc(page.question)}</h1>
<div class="ask" style="color:#999">提问者：网友　提问时间：${shift(page.date!, -rng.int(1, 5))}</div>
<div class="ans"><div class="tit" style="font-weight:bold">牙医回答</div>
${text}
<table class="doc" style="background:#f7f7f7;margin-top:12px" cellpadding="4"><tr><td rowspan="4" width="90"><img src="/uploads/doctor/${token(rng, 8)}.jpg" width="80"><td>医生：${esc(d.name!)}<tr><td>职称：${title}<tr><td>科室：${dept}<tr><td>院区：${branch}</table>
<p class="time" style="color:#999">回答时间：${day}</p>
${cs}</div>
${list}
<td width="280" valign="top"><div class="hot"><div class="tit">热门项目</div><ul><li><a href="/zzy/">种植牙多少钱一颗</a><li><a href="/jz/">隐形矫正适合哪些人</a><li><a href="/et/">儿童窝沟封闭</a></ul></div>
</table>
<div class="footer" style="text-align:center;color:#999">马泷齿科 版权所有 粤ICP备${rng.int(10000000, 99999999)}号</div>
<div id="swt" style="position:fixed;right:10px;bottom:10px;width:260px;background:#fff"><p>您好，马泷齿科在线客服，请问有什么可以帮您？</p><a href="javascript:openZoosUrl();">立即咨询</a></div>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?${token(rng, 32)}";document.body.appendChild(hm);})();</script>`;
    const charset = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_牙医问答_马泷齿科`, own, '', body, charset);
    return {
      body: gbk ? iconv.encode(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: branch, hospital_grade: null },
        date: mode === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, dated),
      }),
    };
  },
};

export const FRESH83_FAMILIES: readonly Family[] = [chimeiYiliaoZixunBig5, gzzocYankeWenda, yixintangYaoshiWenda, hxzyltLuntanLouceng, chinacdcJiankangWenda, mlkqYayiWenda];
