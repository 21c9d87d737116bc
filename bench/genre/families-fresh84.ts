import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, epochSeconds, itemNum, itemsOf, otherName, paras, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-fourth fresh held-out set (split `fresh-84`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * nineteenth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (仁安醫院 / union.org, 澳門日報 / 澳门日报 / macaodaily
 * / 鏡湖 / 镜湖, 澎湃 / thepaper / 問吧, 长兴县 / cxrmyy / 医患互动, 新浪博客 / blog.sina, 问止 / wenzhi each grepped,
 * case-insensitive, in README.md and families*.ts: no hit; 養和, 港安, 明報 / mingpao, 浸信會, 聖保祿, 甘草 (as a herb
 * too), 院长信箱, 名医坐堂 and 小鹿, first thought of, have hits and were left alone; `sina` alone hits as 新浪爱问
 * (iask.sina.com.cn, fresh-60), another section of the portal: its blog is not modelled; `问吧` alone hits, not as
 * 澎湃's), each of a kind the table had little of: a Hong Kong private hospital's 健康問答 (traditional, HK English mixed
 * in, `DD/MM/YYYY` days, a 客戶服務部 reply first), a Macao paper's 醫生信箱 column on a founder e-paper page (the
 * issue's day, a credit at the end or a byline at the head), a news app's 问吧 where a doctor hosts and answers readers
 * (other readers' replies under the answer), a county hospital's 医患互动 board in GB18030 (an office's reply, then the
 * doctor's), a doctor's blog on 新浪博客 answering a 网友's letter (the card in the blog's 博主简介 side box, comments
 * under the post), and a TCM internet clinic's 问诊记录 share page (chat bubbles with a time on each, an assistant
 * first). Modelled from memory of those pages (no copied markup; hosts as remembered, every path a guess, 仁安's and
 * 长兴's and 问止's hosts guesses too); the questions are the universe's, of any department; the family names repeat
 * none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: a 客戶服務部's `多謝查詢…已轉交醫生`, a 医务科's `已转…科`, a 医助's
 *   `已通知医生`, other readers' replies under a 问吧 answer, blog comments and the 博主's replies to them none of it, also
 *   where they stand first; a 追问 round (`追问：` / `医生回复：`, the patient's later bubble and the doctor's after it)
 *   none of the answer and dating nothing (fresh-11, fresh-44, fresh-72 to fresh-83);
 * - a head or label over the answer (`答：` glued, `醫生回覆`, `回答`, `{name}医生答：`) none of it; disclaimers none;
 * - **the question as the page asks it**: after its label (`問：`, `主诉：`, `网友“…”问：`); a column headline that asks
 *   nothing (`醫生信箱｜{topic}`) none; `答网友问：` none of a blog title that carries the question; the asker's line after it
 *   none;
 * - **the date the answer's day**: **Hong Kong's `06/05/2023` day first only where it cannot be read two ways (the day
 *   above 12, or day = month), else null** (fresh-67's convention; the key changed after the first run, which scored every
 *   such day as day-first), `6 May 2023` and `2023年5月6日` too; **the e-paper's issue day (`2023年05月06日 星期六`) the column's**; 问吧's `2023-05-06 14:22` on the answer;
 *   the board's `回复时间：`; the blog's `(2023-05-06 14:22:31)` under the title; the doctor's first bubble's
 *   `2023-05-06 14:22`; `05-06 14:22`, `N小时前`, `N天前`, `今天 14:22` null; `咨询时间`, `提问时间`, an office's, an
 *   assistant's, readers' and a 追问's days, comments' days and `__NEXT_DATA__`'s epoch date nothing;
 * - **the card** as printed: on 仁安 traditional (`{dept}專科醫生` / `{dept}顧問醫生`: department and title parted,
 *   the English specialty none); the hospital `仁安醫院` where printed and where not (the hospital's own page: the site's,
 *   as its masthead and footer name it); 澳門日報's credit `（{hospital}{department}{title} {name}）` or byline; the 问吧
 *   host's `{hospital} {department} {title}` line; the 医患互动 reply's `{department} {name}（{title}）` with the site's
 *   own `长兴县人民医院`; **the blog's 博主简介 `{name}，{hospital}{department}{title}，擅长…` the card** (the blog's
 *   name `{name}医生的博客`, 等级 and 访问 no field); 问止's doctor box at the top; the grade null but on the 医患互动 board (none
 *   printed beside the hospital elsewhere); **its masthead's `二级甲等综合医院` under the hospital's name the grade `二级甲等`**
 *   (fresh-15's and fresh-70's convention; the key changed after the first run, which scored it null);
 * - format unknown on every family (no player, no voice bubble);
 * - items: the page's related list, the snippet as printed (`...` / `…`-cut kept; 问吧's `{name}：` before it and 问止's
 *   `name 医生` under it none of it), an item showing only its question a link (`[]`), dated only where the list prints
 *   the whole day, links as written where the page names no address of its own, else resolved against the canonical or
 *   og:url; 本版其他文章, 热门问吧, 最新公告, 推荐博文, 前一篇 / 后一篇, health-check plans and a 处方 card no items.
 */

type Related = TruthPage['related'][number];

/** `2023-5-6`. */
const unpad = (iso: string, sep = '-') => iso.split('-').map(Number).join(sep);
const sec = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');
const hhmm = (rng: Rng) => `${String(rng.int(8, 22)).padStart(2, '0')}:${sec(rng)}`;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_TRAD = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekday = (iso: string) => WEEKDAYS_TRAD[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

// --- F1. union-jiankang-wenda-hk ---

const HK_SPECIALTIES = [
  ['心臟科', 'Cardiology'],
  ['內科', 'Internal Medicine'],
  ['兒科', 'Paediatrics'],
  ['婦產科', 'Obstetrics & Gynaecology'],
  ['皮膚及性病科', 'Dermatology & Venereology'],
  ['骨科', 'Orthopaedics & Traumatology'],
  ['耳鼻喉科', 'Otorhinolaryngology'],
  ['腸胃肝臟科', 'Gastroenterology & Hepatology'],
] as const;
const UNION = '仁安醫院';

/**
 * F1. 仁安醫院's 健康問答 (www.union.org/tc/health-qa/{id}, host and path guesses), a Hong Kong private hospital's
 * Drupal-kind page in traditional characters, UTF-8, an English cookie bar (`We use cookies…`), a bilingual nav
 * (`醫療服務 Medical Services` …), crumbs `首頁 > 健康資訊 > 健康問答`: `<h1>` the question (keyed), `問：` over the
 * question again and the asker's line (none) with tags (`心臟科 Cardiology`); a `客戶服務部：多謝查詢，您的問題已轉交醫生回覆。` box first on 35%
 * (none); `醫生回覆` (none) and the card before the answer: `{name}醫生`, `{dept}專科醫生` (65%) or `{dept}顧問醫生`
 * (35%) (title `專科醫生` / `顧問醫生`, department the Chinese specialty; `Specialist in {English}` none), `執業地點：仁安醫院`
 * on 60% (hospital `仁安醫院` on every page: the hospital's own site); the text's `<p>`s; `發佈日期：` `06/05/2023` (40%: keyed where it
 * reads one way only, else null), `6 May 2023` (30%) or `2023年5月6日` (30%), keyed that day; the disclaimer `以上資料只供參考…` (none); a 體檢計劃
 * ad with `HK$` (none); 相關問題 (question links only: `[]`, `/tc/health-qa/N` resolved against og:url on half, else as
 * written); format unknown.
 */
const unionJiankangWendaHk: Family = {
  name: 'union-jiankang-wenda-hk',
  split: 'fresh-84',
  site: 'www.union.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [dept, en] = rng.pick([...HK_SPECIALTIES]);
    const title = rng.chance(0.65) ? '專科醫生' : '顧問醫生';
    const name = trad(d.name!);
    const placed = rng.chance(0.6);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const mode = rng.weighted([['dmy', 8], ['en', 6], ['cn', 6]] as const);
    const day = mode === 'dmy' ? `${dd}/${m}/${y}` : mode === 'en' ? `${Number(dd)} ${EN_MONTHS[Number(m) - 1]} ${y}` : cnDate(page.date!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const cs = rng.chance(0.35) ? `<div class="cs-reply"><strong>客戶服務部：</strong>多謝查詢，您的問題已轉交醫生回覆，請耐心等候。</div>` : '';
    const own = rng.chance(0.5) ? `https://www.union.org/tc/health-qa/${page.item.num}` : null;
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/tc/health-qa/${itemNum(r)}`;
    const list = related.length
      ? `<section class="block-related"><h2 class="block-title">相關問題 Related Questions</h2><ul>${related.map((r) => `<li class="views-row"><a href="${href(r)}" hreflang="zh-hant">${esc(r.question)}</a></li>`).join('\n')}</ul></section>`
      : '';
    const body = `<div class="cookie-bar">We use cookies to improve your experience on our website. <a href="/tc/privacy">Privacy Policy 私隱政策</a> <button>Accept</button></div>
<header class="site-header"><a href="/tc"><img src="/themes/union/logo.svg" alt="仁安醫院 Union Hospital"></a><nav class="main-nav"><a href="/tc/services">醫療服務 Medical Services</a><a href="/tc/doctors">搵醫生 Find a Doctor</a><a href="/tc/health-check">體檢計劃 Health Check</a><a href="/tc/health-info">健康資訊 Health Info</a><a href="/en/health-qa/${page.item.num}">EN</a></nav></header>
<div class="breadcrumb"><a href="/tc">首頁</a> &gt; <a href="/tc/health-info">健康資訊</a> &gt; <a href="/tc/health-qa">健康問答</a></div>
<main><article class="node node--type-health-qa">
<h1 class="page-title">${esc(question)}</h1>
<div class="field--name-field-question"><span class="label">問：</span>${esc(question)}<br>${esc(trad(rng.pick(ASKER_LINES)))}</div>
<div class="field--name-field-tags"><a href="/tc/health-qa/tag/${rng.int(10, 99)}">${dept} ${esc(en)}</a></div>
${cs}
<div class="field--name-field-answer"><h3>醫生回覆</h3>
<div class="doctor-card"><img src="/sites/default/files/doctor/${token(rng, 8)}.jpg" alt=""><div class="info"><p class="name">${esc(name)}醫生</p><p class="spec">${dept}${title}</p><p class="en">Specialist in ${esc(en)}</p>${placed ? `<p class="place">執業地點：${UNION}</p>` : ''}</div></div>
<div class="answer-body">${paras(paragraphs)}</div>
<p class="date">發佈日期：${day}</p></div>
<p class="disclaimer">以上資料只供參考，並不能取代醫生的診斷及治療。如有疑問，請向你的醫生查詢。</p>
</article>
<aside class="promo"><a href="/tc/health-check/plan-${rng.int(1, 9)}"><img src="/sites/default/files/promo/${token(rng, 8)}.jpg" alt="">全面身體檢查計劃 HK$${rng.int(2, 9)},${rng.int(100, 999)} 起</a></aside>
${list}</main>
<footer class="site-footer">${UNION} Union Hospital　香港新界沙田大圍富健街18號　電話：(852) 2608 3388　© ${y} Union Hospital. All rights reserved.</footer>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1.0">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}<meta property="og:site_name" content="仁安醫院 Union Hospital">\n`;
    const html = documentOf(`${question} | 健康問答 | 仁安醫院 Union Hospital`, null, head, body).replace('lang="zh-CN"', 'lang="zh-hant"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital: UNION, hospital_grade: null },
        // A day-first date that reads two ways names no day (fresh-67's convention, the key changed after the first run).
        date: mode === 'dmy' && !(Number(dd) > 12 || dd === m) ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, false),
      }),
    };
  },
};

// --- F2. macaodaily-yisheng-xinxiang ---

const MACAO_HOSPITALS = ['鏡湖醫院', '仁伯爵綜合醫院', '科大醫院'] as const;
const MACAO_TITLES = ['主治醫生', '顧問醫生', '主任醫生', '專科醫生'] as const;

/**
 * F2. 澳門日報's 醫生信箱 column (www.macaodaily.com/html/{yyyy-mm}/{dd}/content_{id}.htm, path as remembered), a Macao
 * paper's founder e-paper page, UTF-8, traditional: the paper's masthead with the issue day `{yyyy}年{mm}月{dd}日 {星期}`
 * (the column's day, keyed), the 版面 nav (`B10版：健康`, 上一版 / 下一版), `<founder-title>` headline `醫生信箱｜{topic}`
 * (none) or the question itself (40%), `<founder-author>` byline `■ {hospital}{department}{title} {name}` at the head on
 * 45%, else the credit `（{hospital}{department}{title} {name}）` at the end; `<founder-content>`: `讀者{surname}先生／女士問：`
 * the question (keyed), the reader's line in a `<p>` after it (none), `答：` glued before the first paragraph (none), `<p>`s with
 * full-width indents; the 本版其他文章 list (none), 上一篇 / 下一篇 (none); no related list; format unknown.
 */
const macaodailyYishengXinxiang: Family = {
  name: 'macaodaily-yisheng-xinxiang',
  split: 'fresh-84',
  site: 'www.macaodaily.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = rng.pick([...MACAO_HOSPITALS]);
    const title = rng.pick([...MACAO_TITLES]);
    const dept = trad(d.department!);
    const name = trad(d.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const topic = trad(topicWord(page));
    const titled = rng.chance(0.4);
    const byline = rng.chance(0.45);
    const credit = `${hospital}${dept}${title} ${name}`;
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const reader = `讀者${trad(otherName(rng)).slice(0, 1)}${rng.pick(['先生', '女士'])}問：`;
    const content = [
      `<p>　　<b>${reader}</b>${esc(question)}</p>`,
      `<p>　　${esc(trad(rng.pick(ASKER_LINES)))}</p>`,
      ...paragraphs.map((p, i) => `<p>　　${i === 0 ? '<b>答：</b>' : ''}${esc(p)}</p>`),
      ...(byline ? [] : [`<p style="text-align:right">（${esc(credit)}）</p>`]),
    ].join('\n');
    const others = ['夏季運動要防中暑', '長者防跌小貼士', '流感疫苗接種開始'].map((t) => `<li><a href="content_${rng.int(1600000, 1699999)}.htm">${t}</a></li>`).join('');
    const body = `<div class="masthead"><img src="../../../image/logo.gif" alt="澳門日報"><span class="date">${y}年${m}月${dd}日 ${weekday(page.date!)}</span><a href="../../../index.htm">首頁</a> <a href="node_${rng.int(1, 9)}.htm">版面導航</a></div>
<table width="980" align="center"><tr><td width="320" valign="top">
<div class="bmnav"><span>B10版：健康</span> <a href="node_${rng.int(10, 30)}.htm">上一版</a> <a href="node_${rng.int(31, 60)}.htm">下一版</a></div>
<div class="paper"><img src="../../../images/${y}-${m}/${dd}/B10/${token(rng, 6)}.jpg" width="300" usemap="#PagePicMap"></div>
<div class="bmlist"><h4>本版其他文章</h4><ul>${others}</ul></div>
</td><td width="640" valign="top">
<founder-title><h2 class="title">${titled ? esc(question) : `醫生信箱｜${esc(topic)}`}</h2></founder-title>
${byline ? `<founder-author><p class="author">■ ${esc(credit)}</p></founder-author>\n` : ''}<founder-content><div id="ozoom" style="font-size:16px;line-height:1.9">
${content}
</div></founder-content>
<div class="pn"><a href="content_${rng.int(1600000, 1699999)}.htm">上一篇</a>　<a href="content_${rng.int(1600000, 1699999)}.htm">下一篇</a>　<a href="javascript:window.print()">打印</a></div>
</td></tr></table>
<div class="copyright">澳門日報 版權所有 Macao Daily News　澳門新聞有限公司</div>`;
    const html = documentOf(`${titled ? question : `醫生信箱｜${topic}`} - 澳門日報`, null, '', body).replace('lang="zh-CN"', 'lang="zh-Hant"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital, hospital_grade: null },
        format: 'unknown',
        related: [],
      }),
    };
  },
};

// --- F3. thepaper-wenba-huida ---

const PAPER_USERS = ['澎友xB2k9', '一只小蘑菇', '夜跑的猫', '澎友Lm7Qe', '沪上阿姨', '晚睡星人'] as const;
const PAPER_REPLIES = ['同问，我家老人也是这样。', '谢谢医生，说得很清楚！', '排队等医生回复我的问题。', '收藏了，很有用。'] as const;

/**
 * F3. 澎湃新闻's 问吧 (www.thepaper.cn/ask_detail_{id}, path a guess), a news app's 问吧 where a doctor hosts a topic and
 * answers readers, Next.js SSR, UTF-8: the 澎湃 header, the 问吧's head `{name}：{topic}相关问题，欢迎来问` with the host's
 * box (name, `认证：{hospital} {department} {title}`: the card; `N人关注` none); the reader's question (`{user} 提问`, the
 * question keyed, its `提问于` day none); the host's answer under `{name} 回答` (none): `<p>`s; its day `2023-05-06 14:22`
 * (50%, keyed), `05-06 14:22` (25%) or `N小时前` / `N天前` (25%): null; `赞 N`; other readers' replies under it (1–3:
 * none); a `追问` / host's reply pair on 20% (none); `__NEXT_DATA__` with the answer's epoch a day later (none);
 * 该问吧的更多问答 (question, the host's answer cut at 48 with `...` after `{name}：` — the label none of the snippet —: items with it, undated, `/ask_detail_N` resolved
 * against the canonical on 55%, else as written); 热门问吧 (none); format unknown.
 */
const thepaperWenbaHuida: Family = {
  name: 'thepaper-wenba-huida',
  split: 'fresh-84',
  site: 'www.thepaper.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const topic = topicWord(page);
    const mode = rng.weighted([['full', 10], ['md', 5], ['rel', 5]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'md' ? `${md(page.date!)} ${page.time}` : rng.chance(0.5) ? `${rng.int(2, 20)}小时前` : `${rng.int(2, 6)}天前`;
    const asker = rng.pick([...PAPER_USERS]);
    const replies = Array.from({ length: rng.int(1, 3) }, () => `<div class="reply_item"><span class="nick">${rng.pick([...PAPER_USERS])}</span><p>${rng.pick([...PAPER_REPLIES])}</p><span class="time">${md(shift(page.date!, rng.int(0, 2)))} ${hhmm(rng)}</span></div>`).join('');
    const k = rng.int(0, FOLLOW_UPS.length - 1);
    const follow = rng.chance(0.2)
      ? `<div class="follow"><p><b>追问：</b>${FOLLOW_UPS[k]}</p><p><b>${esc(d.name!)} 回复：</b>${FOLLOW_REPLIES[k]}</p></div>`
      : '';
    const own = rng.chance(0.55) ? `https://www.thepaper.cn/ask_detail_${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/ask_detail_${itemNum(r)}`;
    const cut = (s: string) => cutSnippet(s, 48, 50, '...');
    const list = related.length
      ? `<div class="more_qa"><h3>该问吧的更多问答</h3>${related.map((r) => `<div class="qa_item"><a href="${href(r)}" class="q">${esc(r.question)}</a><p class="a"><span>${esc(d.name!)}：</span>${esc(cut(r.snippet))}</p></div>`).join('\n')}</div>`
      : '';
    const next = { props: { pageProps: { detail: { askId: page.item.num, answer: { userName: d.name, pubTime: epochSeconds(shift(page.date!, 1), page.time) * 1000 } } } }, page: '/ask_detail/[id]' };
    const body = `<div id="__next"><div class="header"><a href="/"><img src="https://file.thepaper.cn/wap/v6/img/logo.png" alt="澎湃新闻"></a><nav><a href="/">首页</a><a href="/channel_25950">时事</a><a href="/asktopic_list">问吧</a><a href="/channel_25953">生活</a></nav><a class="app" href="/download">下载澎湃新闻APP</a></div>
<div class="ask_topic"><h1 class="topic_title">${esc(d.name!)}：${esc(topic)}相关问题，欢迎来问</h1>
<div class="host"><img src="https://image.thepaper.cn/wenba/${token(rng, 12)}.jpg" alt=""><div><p class="host_name">${esc(d.name!)}</p><p class="host_desc">认证：${esc(d.hospital!)} ${esc(d.department!)} ${d.title}</p><span>${rng.int(200, 9000)}人关注</span></div></div></div>
<div class="ask_detail"><div class="question"><span class="nick">${asker} 提问</span><h2>${esc(page.question)}</h2><span class="time">提问于 ${md(shift(page.date!, -rng.int(1, 4)))}</span></div>
<div class="answer"><p class="who">${esc(d.name!)} 回答</p>
<div class="answer_txt">${paras(page.paragraphs)}</div>
<div class="ops"><span class="time">${day}</span><span>赞 ${rng.int(3, 800)}</span></div>
${follow}<div class="replies"><h4>全部回复</h4>${replies}</div></div></div>
${list}
<div class="hot_topic"><h3>热门问吧</h3><ul><li><a href="/asktopic_detail_${rng.int(10000000, 19999999)}">住房公积金新政，你问我答</a></li><li><a href="/asktopic_detail_${rng.int(10000000, 19999999)}">高考志愿填报答疑</a></li></ul></div>
<div class="footer">© 2014-${page.date!.slice(0, 4)} 澎湃新闻 沪ICP备14003370号</div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(next)}</script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n`;
    const html = documentOf(`${page.question}_${d.name}的问吧_澎湃新闻-The Paper`, own, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: mode === 'full' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, own, (r) => cut(r.snippet), false),
      }),
    };
  },
};

// --- F4. cxrmyy-yihuan-hudong-gb18030 ---

const CXRMYY = '长兴县人民医院';
const OFFICES = ['医务科', '门诊办公室', '客户服务中心'] as const;

/**
 * F4. 长兴县人民医院's 医患互动 (www.cxrmyy.com/hudong/show.php?id={id}, host and path guesses), a county hospital's PHP
 * CMS page in GB18030 bytes, declared `charset=gb2312` by http-equiv (50%), `<meta charset="gbk">` (30%) or undeclared
 * (20%); the masthead (`二级甲等综合医院` under the name on half: the grade, keyed since the first run), a nav, `当前位置：首页 > 医患互动 >
 * 在线咨询`; the consult as a `<table>`: `咨询标题` (the question, keyed), `咨询人：游客`, `咨询时间` (an earlier day:
 * none), `咨询科室`, `咨询内容` (the asker's line); then an office's reply first on 45% (`医务科回复：您好，您的咨询已转
 * {科}…`, its day: none); the doctor's `{department} {name}（{title}）回复：` (the card; the hospital the site's own
 * 长兴县人民医院, as its masthead and footer name it), the text `<br>`-parted; `回复时间：` `2023-5-6 14:22:31` (50%),
 * `2023年05月06日` (30%) or `05-06` (20%: null); 相关咨询 a `<table>` (question link, `[已回复]`, `2023-05-06` on half the
 * pages — dated —, else `05-06`), hrefs `show.php?id=N` as written (no canonical); 最新公告 (none); footer with 浙ICP备;
 * format unknown.
 */
const cxrmyyYihuanHudongGb18030: Family = {
  name: 'cxrmyy-yihuan-hudong-gb18030',
  split: 'fresh-84',
  site: 'www.cxrmyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charsetMode = rng.weighted([['gb2312', 5], ['gbk', 3], ['none', 2]] as const);
    const mode = rng.weighted([['full', 10], ['cn', 6], ['md', 4]] as const);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const day = mode === 'full' ? `${unpad(page.date!)} ${page.time}:${sec(rng)}` : mode === 'cn' ? `${y}年${m}月${dd}日` : `${m}-${dd}`;
    const office = rng.chance(0.45)
      ? `<tr><td class="hf" colspan="2"><b>${rng.pick([...OFFICES])}回复：</b>您好，您的咨询已转${esc(d.department!)}，请耐心等待医生回复。<span class="t">（${unpad(shift(page.date!, -1))}）</span></td></tr>\n`
      : '';
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show.php?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="xg"><div class="tt">相关咨询</div><table width="100%" class="list">${related.map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a></td><td width="60"><font color="green">[已回复]</font></td><td width="90">${dated ? r.date : md(r.date!)}</td></tr>`).join('\n')}</table></div>`
      : '';
    const graded = rng.chance(0.5);
    const body = `<div id="top"><img src="/images/logo.jpg" alt="${CXRMYY}"><span class="name">${CXRMYY}</span>${graded ? '<span class="sub">二级甲等综合医院</span>' : ''}</div>
<div id="menu"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/ksdh/">科室导航</a> | <a href="/zjjs/">专家介绍</a> | <a href="/hudong/">医患互动</a> | <a href="/jkjy/">健康教育</a></div>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/hudong/">医患互动</a> &gt; 在线咨询</div>
<table class="zx" width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#cccccc">
<tr bgcolor="#ffffff"><td width="90" align="right">咨询标题：</td><td><b>${esc(page.question)}</b></td></tr>
<tr bgcolor="#ffffff"><td align="right">咨询人：</td><td>游客　　咨询时间：${unpad(shift(page.date!, -rng.int(1, 5)))} ${hhmm(rng)}</td></tr>
<tr bgcolor="#ffffff"><td align="right">咨询科室：</td><td>${esc(d.department!)}</td></tr>
<tr bgcolor="#ffffff"><td align="right">咨询内容：</td><td>${esc(rng.pick(ASKER_LINES))}</td></tr>
${office}<tr bgcolor="#f6fbff"><td class="hf" colspan="2"><b>${esc(d.department!)} ${esc(d.name!)}（${d.title}）回复：</b><br>
${page.paragraphs.map(esc).join('<br>\n')}<br>
<span class="t">回复时间：${day}</span></td></tr>
</table>
${list}
</td><td width="250" valign="top"><div class="gg"><div class="tt">最新公告</div><ul><li><a href="/news/${rng.int(1000, 9999)}.html">关于调整门诊时间的通知</a><li><a href="/news/${rng.int(1000, 9999)}.html">${y}年招聘公告</a></ul></div></td></tr></table>
<div id="foot">${CXRMYY} 版权所有　地址：浙江省湖州市长兴县雉城街道　浙ICP备${rng.int(10000000, 99999999)}号<script src="/count.php?id=${rng.int(10, 99)}"></script></div>`;
    const charset = charsetMode === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : charsetMode === 'gbk' ? '<meta charset="gbk">' : '';
    const html = documentOf(`${page.question}_医患互动_${CXRMYY}`, null, '', body, charset);
    return {
      body: iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, {
        // The masthead's grade under the hospital's name is printed beside it (fresh-15's and fresh-70's keys; changed after the first run).
        doctor: { ...d, hospital: CXRMYY, hospital_grade: graded ? '二级甲等' : null },
        date: mode === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F5. sina-boke-da-wangyou ---

const NICKS = ['小雨点', 'happy妈咪', '老王头', '追风少年', '蓝色海洋', '晨曦'] as const;
const COMMENTS = ['谢谢大夫，写得很详细！', '我也是这种情况，受教了。', '请问大夫在哪天出门诊？', '收藏了，转给家里人看看。'] as const;

/**
 * F5. 新浪博客 (blog.sina.com.cn/s/blog_{hex}.html, path as remembered), a doctor's blog answering a 网友's letter,
 * UTF-8: sina's top bar (新浪首页 / 新浪博客 / 登录 / 注册), the blog's head `{name}医生的博客` and its address; the left
 * column: 个人资料 (the avatar, `{name}医生`, 博客等级, 博客积分, 博客访问: none of the card) and **博主简介 `{name}，
 * {hospital}{department}{title}，擅长…` (the card)**, 博文分类; the post: title `答网友问：{question}` (60%; the prefix
 * none) or `{topic}，医生怎么说？` (40%: a headline, none), `(2023-05-06 14:22:31)` under it (keyed), `标签：` and
 * `分类：答网友问`; the body: `网友“{nick}”问：` the question (keyed) and a line of theirs (none), `{name}医生答：` (none)
 * and the answer's `<p>`s, a `[转载请注明出处]` line (none); 分享 / 阅读 / 收藏; 前一篇 / 后一篇 (none); 评论 with
 * 网友s' comments and a `博主回复：` (none); 相关博文 (question links only: `[]`, absolute `http://blog.sina.com.cn/s/blog_…`
 * addresses) on pages with a list; 推荐博文 (none); format unknown.
 */
const sinaBokeDaWangyou: Family = {
  name: 'sina-boke-da-wangyou',
  split: 'fresh-84',
  site: 'blog.sina.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const uid = rng.int(1000000000, 9999999999);
    const blogHex = uid.toString(16);
    const titled = rng.chance(0.6);
    const topic = topicWord(page);
    const title = titled ? `答网友问：${page.question}` : `${topic}，医生怎么说？`;
    const nick = rng.pick([...NICKS]);
    const comments = Array.from({ length: rng.int(0, 3) }, () => `<li><p class="SG_revert_Cont">${rng.pick([...COMMENTS])}</p><p class="myReFrom"><span class="SG_revert_Tit">${rng.pick([...NICKS])}</span><em class="SG_txtc">${unpad(shift(page.date!, rng.int(0, 5)))} ${hhmm(rng)}</em></p></li>`);
    if (comments.length && rng.chance(0.5)) comments.push(`<li><p class="SG_revert_Cont"><b>博主回复：</b>不客气，有问题请到门诊面诊。</p><p class="myReFrom"><span class="SG_revert_Tit">${esc(d.name!)}医生</span><em class="SG_txtc">${unpad(shift(page.date!, rng.int(1, 6)))} ${hhmm(rng)}</em></p></li>`);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `http://blog.sina.com.cn/s/blog_${(itemNum(r) + 0x5a000000).toString(16)}0102x${token(rng, 3)}.html`;
    const hrefs = new Map(related.map((r) => [r, href(r)]));
    const list = related.length
      ? `<div class="relatedArticle"><h3>相关博文</h3><ul>${related.map((r) => `<li><a href="${hrefs.get(r)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const skill = rng.pick(['常见病、多发病的诊治', '慢性病的规范化管理', '疑难杂症的诊断']);
    const body = `<div id="sinablogHead"><div class="sinatopbar"><a href="http://www.sina.com.cn/">新浪首页</a> <a href="http://blog.sina.com.cn/">新浪博客</a> <a href="javascript:;">登录</a> <a href="javascript:;">注册</a></div></div>
<div class="blogtitle"><h1><a href="http://blog.sina.com.cn/u/${uid}">${esc(d.name!)}医生的博客</a></h1><div class="bloglink"><a href="http://blog.sina.com.cn/u/${uid}">http://blog.sina.com.cn/u/${uid}</a></div></div>
<div class="sinabloga"><div class="sinablogbody">
<div id="column_1" class="SG_colW21"><div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody"><div class="info_img"><img src="http://portrait${rng.int(1, 9)}.sinaimg.cn/${uid}/blog/180" alt=""></div><div class="info_nm"><strong>${esc(d.name!)}医生</strong></div><div class="info_list">博客等级：<span>${rng.int(10, 40)}</span><br>博客积分：${rng.int(1000, 90000)}<br>博客访问：${rng.int(100000, 9000000)}<br>关注人气：${rng.int(100, 9000)}</div></div></div>
<div class="SG_conn" id="module_10001"><div class="SG_connHead"><span class="title">博主简介</span></div><div class="SG_connBody"><p>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}，从事临床工作${rng.int(10, 30)}年，擅长${skill}。</p></div></div>
<div class="SG_conn" id="module_3"><div class="SG_connHead"><span class="title">博文分类</span></div><div class="SG_connBody"><ul><li><a href="#">答网友问</a>(${rng.int(20, 400)})</li><li><a href="#">科普文章</a>(${rng.int(10, 200)})</li><li><a href="#">门诊随笔</a>(${rng.int(5, 80)})</li></ul></div></div></div>
<div id="column_2" class="SG_colW73"><div class="SG_conn" id="module_920"><div class="SG_connBody"><div class="articalTitle"><h2 class="titName SG_txta">${esc(title)}</h2><span class="time SG_txtc">(${page.date} ${page.time}:${sec(rng)})</span></div>
<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="#">${esc(topic)}</a> <a href="#">健康</a></td><td class="blog_class"><h3>分类：</h3><a href="#">答网友问</a></td></tr></table></div>
<div class="articalContent" id="sina_keyword_ad_area2">
<p><b>网友“${nick}”问：</b>${esc(page.question)}</p>
<p>${esc(rng.pick(ASKER_LINES))}</p>
<p><b>${esc(d.name!)}医生答：</b></p>
${paras(page.paragraphs)}
<p>[转载请注明出处]</p>
</div>
<div class="shareUp"><span>分享：</span> <span>阅读(${rng.int(100, 9000)})</span> <span>评论(${comments.length})</span> <span>收藏(${rng.int(0, 90)})</span></div>
<div class="articalfrontback"><div><span>前一篇：</span><a href="http://blog.sina.com.cn/s/blog_${blogHex}0102x${token(rng, 3)}.html">${esc(topic)}的日常护理</a></div><div><span>后一篇：</span><a href="http://blog.sina.com.cn/s/blog_${blogHex}0102x${token(rng, 3)}.html">门诊随笔：一位老病人的来信</a></div></div>
<div class="allComm"><div class="allCommTit"><strong>评论</strong></div><ul class="articleCommList">${comments.join('\n')}</ul></div>
${list}
<div class="recommend"><h3>推荐博文</h3><ul><li><a href="http://blog.sina.com.cn/s/blog_${token(rng, 8)}0102x${token(rng, 3)}.html">春天踏青要注意什么</a></li></ul></div>
</div></div></div></div></div>
<div id="sinablogfooter">新浪BLOG意见反馈留言板　Copyright &copy; 1996 - ${page.date!.slice(0, 4)} SINA Corporation, All Rights Reserved</div>
<script type="text/javascript">var $uid = "${uid}"; var scope = { $blogid: "${blogHex}" };</script>`;
    const head = `<meta name="keywords" content="${esc(topic)},答网友问">\n`;
    const html = documentOf(`${title}_${d.name}医生_新浪博客`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, (r) => hrefs.get(r)!, null, () => null, false),
      }),
    };
  },
};

// --- F6. wenzhi-zhongyi-wenzhen-chat ---

/**
 * F6. 问止中医's 问诊记录 share page (m.wenzhi.cn/share/inquiry/{id}, host and path guesses), a TCM internet clinic's
 * H5 page, UTF-8, hashed classes: the `打开问止中医App` bar; a 问诊单 card (`主诉：` the question, keyed; `病程`, `舌象`
 * photos: none); the doctor's box at the top (name, title, `{hospital} · {department}`: the card, no grade); the chat,
 * each bubble with its speaker and time above it: the patient's (right; the question again and a line: none), a
 * `问止医助 小问`'s `已通知{name}医生，请稍候` on 40% (none), the doctor's bubbles (left, a paragraph each: the answer),
 * the first's time `2023-05-06 14:22` (45%, keyed), `05-06 14:22` (35%) or `今天 14:22` (20%): null; a next day's 追问
 * bubble and the doctor's reply on 25% (none); a `处方已开具（仅患者本人可见）` card on 35% (none); 更多问诊 (question,
 * the doctor's reply cut at 30 with `…`, `name 医生` (none of the snippet): items with it, undated, `/share/inquiry/N` resolved against og:url
 * on half, else as written); format unknown.
 */
const wenzhiZhongyiWenzhenChat: Family = {
  name: 'wenzhi-zhongyi-wenzhen-chat',
  split: 'fresh-84',
  site: 'm.wenzhi.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = () => token(rng, 5);
    const [cBubble, cLeft, cRight, cWho] = [h(), h(), h(), h()];
    const mode = rng.weighted([['full', 9], ['md', 7], ['today', 4]] as const);
    const first = mode === 'full' ? `${page.date} ${page.time}` : mode === 'md' ? `${md(page.date!)} ${page.time}` : `今天 ${page.time}`;
    const askDay = shift(page.date!, -rng.int(0, 1));
    const stamp = (iso: string) => (mode === 'full' ? `${iso} ${hhmm(rng)}` : `${md(iso)} ${hhmm(rng)}`);
    const bubble = (side: 'l' | 'r', who: string, when: string, text: string) =>
      `<div class="_${cBubble} _${side === 'l' ? cLeft : cRight}"><p class="_${cWho}">${esc(who)} <time>${when}</time></p><div class="_${h()}">${esc(text)}</div></div>`;
    const chat: string[] = [bubble('r', '患者', stamp(askDay), `${page.question}${rng.pick(ASKER_LINES)}`)];
    if (rng.chance(0.4)) chat.push(bubble('l', '问止医助 小问', stamp(askDay), `您好，已通知${d.name}医生，请稍候，医生看到后会尽快回复您。`));
    page.paragraphs.forEach((p, i) => chat.push(bubble('l', `${d.name}医生`, i === 0 ? first : mode === 'full' ? `${page.date} ${page.time}` : first, p)));
    if (rng.chance(0.25)) {
      const next = shift(page.date!, 1);
      const k = rng.int(0, FOLLOW_UPS.length - 1);
      chat.push(bubble('r', '患者', stamp(next), FOLLOW_UPS[k]!));
      chat.push(bubble('l', `${d.name}医生`, stamp(next), FOLLOW_REPLIES[k]!));
    }
    const rx = rng.chance(0.35) ? `<div class="_${h()}"><p>电子处方</p><p>处方已开具（仅患者本人可见）</p></div>` : '';
    const own = rng.chance(0.5) ? `https://m.wenzhi.cn/share/inquiry/${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/inquiry/${itemNum(r)}`;
    const cut = (s: string) => cutSnippet(s, 30, 31, '…');
    const list = related.length
      ? `<div class="_${h()}"><h3>更多问诊</h3>${related.map((r) => `<a class="_${h()}" href="${href(r)}"><p>${esc(r.question)}</p><p>${esc(cut(r.snippet))}</p><span>${esc(otherName(rng))} 医生</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="app"><div class="_${h()}"><img src="/static/logo.png" alt="问止中医"><span>问止中医 · 线上问诊</span><a href="/download">打开问止中医App</a></div>
<div class="_${h()}"><p>问诊单</p><h1>主诉：${esc(page.question)}</h1><p>病程：${rng.int(1, 12)}个月</p><p>舌象：<img src="https://img.wenzhi.cn/tongue/${token(rng, 10)}.jpg"><img src="https://img.wenzhi.cn/tongue/${token(rng, 10)}.jpg"></p></div>
<div class="_${h()}"><img src="https://img.wenzhi.cn/doctor/${token(rng, 10)}.jpg" alt=""><div><p><b>${esc(d.name!)}</b> <span>${d.title}</span></p><p>${esc(d.hospital!)} · ${esc(d.department!)}</p></div></div>
<div class="_${h()}">${chat.join('\n')}</div>
${rx}
${list}
<p class="_${h()}">以上问诊内容已获患者授权公开，仅供参考</p></div>
<script src="/static/js/app.${token(rng, 8)}.js"></script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - ${d.name}医生的问诊记录 - 问止中医`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: mode === 'full' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, own, (r) => cut(r.snippet), false),
      }),
    };
  },
};

export const FRESH84_FAMILIES: readonly Family[] = [unionJiankangWendaHk, macaodailyYishengXinxiang, thepaperWenbaHuida, cxrmyyYihuanHudongGb18030, sinaBokeDaWangyou, wenzhiZhongyiWenzhenChat];
