import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-fifth fresh held-out set (split `fresh-95`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * thirtieth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (柬华日报 / 柬華日報 / jianhuadaily / 柬埔寨 / 金边 /
 * khmer, 頭條日報 / 头条日报 / stheadline, 義大 / 义大 / edah, 19楼 / 19樓 / 19lou, 浙江省人民医院 / zjsrmyy /
 * 杭州医学院, 阿基米德 / ajmide / 上海新闻广播 each grepped, case-insensitive, in README.md and families*.ts: no hit
 * (`E-Da` matches only inside `relative-date` and the like); 頭條日報 belongs to the 星島 group, whose name has hits, but
 * the paper, its names and its host have none; 西贡 / sggp, 万宁 / mannings, 深圳卫视, 澳洲日报, 晴報 / am730, 信報,
 * 名医坐堂, 北京卫视 / btime, 欧洲时报, 新明日报, 泰康, 众安, 健之佳 (its host's letters), 老百姓大药房, 大参林, 养生堂 have hits
 * and were left alone), each of a kind the table had few of: a Cambodian Chinese daily's 医生信箱 (a Khmer masthead
 * day in Khmer digits, a Khmer rendering of the post day beside it on some pages, Phnom Penh hospitals or a Chinese
 * medical aid team's doctor, a Telegram ad, month-day list days on half), a Hong Kong free daily's 專科醫生 column
 * (traditional, `{specialty}專科醫生` with English post-nominals, `私人執業` or a public hospital, an in-read ad between
 * paragraphs, day-first list days, JSON-LD with a later `dateModified`), a Kaohsiung hospital's ASP.NET 醫療諮詢
 * (Big5 on half, `2023/5/6 下午 02:22:31` .NET zh-TW stamps or ROC `112/05/06`, a 醫務秘書室's forwarding note), a
 * Hangzhou city forum's thread where a certified doctor answers on a later floor (GBK on most pages, `发表于 2023-5-6
 * 14:22`, a `3天前` beside it on some, a quoted post, members' floors, a signature), a provincial hospital's 科普
 * video page (a `<video>`, a transcript with `[00:12]` marks on some, a header with its second name, `更多视频` with
 * durations), and a radio app's share page of a health programme's community (`#问嘉宾#` posts, a guest's text or voice
 * reply with its transcript, listeners' month-day stamps, a host's thanks).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering doctor's: the asker's words (the reader's letter, the 楼主's post,
 *   the listener's post, `提問內容`), a 醫務秘書室's note, a quoted post, members' floors, a host's thanks, a video's
 *   `[mm:ss]` marks, ads, hotlines, signatures, disclaimers, comments, none of it; labels (`医生答：`, `{name}醫生答：`,
 *   `文字稿`, `语音转文字`) none;
 * - **the question as the page asks it**: the `<h1>` / thread title / `主旨` row / post title (the `【医生信箱】`,
 *   `專科醫生信箱：`, `【求助】`, `【健康科普】`, `#问嘉宾#` tags none);
 * - **the date the answer's day**: 柬华's post day `2023-05-06 14:22` / `2023年05月06日` (its Khmer rendering beside
 *   it the same day; the masthead's Khmer today, later, none: fresh-93's masthead convention); 頭條's visible
 *   `2023年5月6日` or day-first `06/05/2023` (JSON-LD's later `dateModified` none); 義大's `回覆日期` (`2023/5/6 下午
 *   02:22:31` the day 2023-05-06; ROC +1911, fresh-80; `提問日期` none); **19楼's doctor's floor `发表于` day** (the 楼主's
 *   earlier day none; the `3天前` beside it none: the absolute day is printed with it); 浙江省人民医院's `发布时间` (a
 *   later `更新时间` none; the player's length none); **阿基米德's guest reply stamp `2023-05-06 14:22`** (the
 *   listeners' `05-03 21:10` month-day stamps none);
 * - **the card** as printed; where it prints no hospital, the site's (fresh-82): 柬华's aid-team card `中国援柬医疗队
 *   {hospital}{department}{title} {name}` the mainland hospital and title (the team none), or the local
 *   `{hospital}（{English}）{department}专科医生 {name}医生` (title 专科医生, fresh-81; the Chinese name); 頭條's
 *   `{name}醫生` / `{department}專科醫生` (title 專科醫生, department the specialty; post-nominals none; `私人執業` no
 *   hospital, null; a public hospital as printed: fresh-81's Hong Kong convention); 義大's `{department} {name} 醫師` title 醫師 (fresh-80, fresh-83,
 *   fresh-90), or a `職稱` cell's title where printed; the hospital the site's `義大醫療財團法人義大醫院`; 19楼's author
 *   column `{name}医生` (the name) over `{hospital} {department} {title}` (the `认证医生` badge none); **浙江省人民医院's
 *   hospital `浙江省人民医院`** (the header's second name `杭州医学院附属人民医院` none); 阿基米德's `节目嘉宾` badge none,
 *   `{hospital}{department}{title}` as printed; the grade null on every family;
 * - **format** video on 浙江省人民医院 (the `<video>` plays the doctor's talk: fresh-58's convention), **voice on
 *   阿基米德's pages whose reply is a voice bubble** (its `语音转文字` transcript the answer), unknown on the others;
 * - items: the related list of other questions, the snippet where printed, dated only where the whole day is printed
 *   (柬华's `05-06` month-day days none, its `2023-05-06` days keyed; 阿基米德's month-day none), link-only `[]`; 浙江省
 *   人民医院's `更多视频` items, each with a duration, format video (fresh-58's convention); 19楼's 相关帖子 undated;
 *   links as written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(7, 21))}:${two(rng.int(0, 59))}`;
const cnDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const cnDayPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const unpaddedDay = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const dmy = (iso: string, sep: string) => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
const rocYear = (iso: string) => Number(iso.slice(0, 4)) - 1911;
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
/** GBK bytes where every character has them, else the page in UTF-8 with its declaration changed. */
const gbkOr = (html: string, decl: string): Buffer => {
  const b = iconv.encode(html, 'gbk');
  if (iconv.decode(b, 'gbk') === html) return b;
  return Buffer.from(html.replace(decl, '<meta charset="utf-8">'), 'utf8');
};

// --- F1. jianhua-yisheng-xinxiang ---

const KHMER_DIGITS = ['០', '១', '២', '៣', '៤', '៥', '៦', '៧', '៨', '៩'] as const;
const KHMER_WEEK = ['អាទិត្យ', 'ច័ន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហស្បតិ៍', 'សុក្រ', 'សៅរ៍'] as const;
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;
const khmerNum = (n: number | string) => [...String(n)].map((c) => KHMER_DIGITS[Number(c)]).join('');
/** ថ្ងៃសៅរ៍ ទី៦ ខែឧសភា ឆ្នាំ២០២៣ (Saturday, the 6th of May 2023) in Khmer digits. */
const khmerDay = (iso: string) =>
  `ថ្ងៃ${KHMER_WEEK[weekday(iso)]} ទី${khmerNum(Number(iso.slice(8, 10)))} ខែ${KHMER_MONTHS[Number(iso.slice(5, 7)) - 1]} ឆ្នាំ${khmerNum(iso.slice(0, 4))}`;
const KH_HOSPITALS: readonly (readonly [string, string])[] = [
  ['卡尔梅特医院', 'Calmette Hospital'],
  ['金边皇家医院', 'Royal Phnom Penh Hospital'],
  ['日本桑莱斯医院', 'Sunrise Japan Hospital'],
  ['柬埔寨国际医院', 'International Hospital Phnom Penh'],
];

/**
 * F1. 柬华日报's 医生信箱 (www.jianhuadaily.com/{yyyymmdd}/{id}, host and path guesses; the column's name, the hospitals'
 * Chinese names and the aid team's card are guesses), a Cambodian Chinese daily's PHP site, simplified, UTF-8, canonical
 * on 45%: the masthead's Khmer today `ថ្ងៃ… ទី១៣ ខែឧសភា ឆ្នាំ២០២៣` (1–7 days later) with an exchange-rate line
 * `美元兑瑞尔 1:41xx` (none); `<h1>` the question (keyed), on 35% after `【医生信箱】` (none); the post day `发布时间：
 * 2023-05-06 14:22` (50%) or `2023年05月06日 星期六` (keyed), on 40% with its Khmer rendering beside it (the same day);
 * `金边读者{X}问：` (none); the card on 55% an aid team's `中国援柬医疗队 {hospital}{department}{title} {name}` (team
 * none), else a local `{hospital}（{English}）{department}专科医生 {name}医生` (title 专科医生: fresh-81), at the head
 * (`解答：…`, 50%) or a closing `（解答：…）`; `医生答：` on 45% (none); a Telegram clinic ad (none); readers' comments on
 * 40% (none); `医生信箱往期` (link-only `[]`), its days `2023-05-06` (keyed) or `05-06` (no year: none) by page.
 */
const jianhuaYishengXinxiang: Family = {
  name: 'jianhua-yisheng-xinxiang',
  split: 'fresh-95',
  site: 'www.jianhuadaily.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.jianhuadaily.com';
    const canonical = rng.chance(0.45) ? `${base}/${page.date!.replace(/-/g, '')}/${page.item.num}` : null;
    const tagged = rng.chance(0.35);
    const isoForm = rng.chance(0.5);
    const khmerBeside = rng.chance(0.4);
    const aidTeam = rng.chance(0.55);
    const [lh, le] = rng.pick(KH_HOSPITALS);
    const headCard = rng.chance(0.5);
    const label = rng.chance(0.45);
    const comments = rng.chance(0.4);
    const fullListDays = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 7));
    const h1 = tagged ? `【医生信箱】${page.question}` : page.question;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/${(r.date ?? page.date!).replace(/-/g, '')}/${itemNum(r)}`;
    const list = related.length
      ? `<div class="widget"><h3 class="widget-title">医生信箱往期</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${r.date ? `<span class="d">${fullListDays ? r.date : r.date.slice(5)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const cardText = aidTeam
      ? `中国援柬医疗队 ${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}`
      : `${lh}（${le}）${esc(d.department!)}专科医生 ${esc(d.name!)}医生`;
    const dayText = isoForm ? `${page.date} ${hhmm(rng)}` : `${cnDayPadded(page.date!)} ${CN_WEEK[weekday(page.date!)]}`;
    const body = `<div class="masthead"><span class="kh-date">${khmerDay(today)}</span> <span class="rate">美元兑瑞尔 1:${rng.int(4080, 4120)}</span> <a href="${base}/epaper">电子版</a></div>
<header><a href="${base}/"><img src="${base}/static/logo.png" alt="柬华日报"></a>
<nav><a href="${base}/category/cambodia">柬埔寨新闻</a><a href="${base}/category/china">中国新闻</a><a href="${base}/category/huashe">柬华社团</a><a href="${base}/category/health">医生信箱</a></nav></header>
<div class="wrap"><div class="article">
<div class="crumbs"><a href="${base}/">首页</a> &gt; <a href="${base}/category/health">医生信箱</a></div>
<h1>${esc(h1)}</h1>
<div class="meta">${isoForm ? '发布时间：' : ''}${dayText}${khmerBeside ? ` <span class="kh">${khmerDay(page.date!)}</span>` : ''}　来源：柬华日报</div>
<div class="content">
${headCard ? `<p class="doc"><b>解答：</b>${cardText}</p>\n` : ''}<p>金边读者${rng.pick(['陈', '林', '郑', '许'])}${rng.pick(['先生', '女士'])}问：${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><b>医生答：</b></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `<p class="doc">（解答：${cardText}）</p>\n`}</div>
<div class="ad"><img src="${base}/uploads/ad/${token(rng, 8)}.jpg" alt=""><p>${rng.pick(['华人诊所', '中医推拿馆', '牙科诊所'])} 中文服务 Telegram: 0${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}</p></div>
${comments ? `<div class="comments"><h4>读者评论</h4><div class="c"><b>${rng.pick(['金边老王', '暹粒阿明', 'Sophea'])}</b> <span>${today.slice(5)} ${hhmm(rng)}</span><p>${rng.pick(['谢谢医生的解答！', '很有用，转给家人看看。'])}</p></div></div>\n` : ''}</div>
<aside>${list}</aside></div>
<footer>© 柬华日报 Jian Hua Daily · Phnom Penh</footer>`;
    const html = documentOf(`${h1} - 柬华日报`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-Hans-KH"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: aidTeam
          ? { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null }
          : { name: d.name, title: '专科医生', department: d.department, hospital: lh, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, fullListDays),
      }),
    };
  },
};

// --- F2. hkheadline-zhuanke-yisheng ---

const HK_PUBLIC = ['瑪麗醫院', '威爾斯親王醫院', '伊利沙伯醫院', '屯門醫院', '東區尤德夫人那打素醫院', '廣華醫院'] as const;
const HK_POSTNOMINALS = ['MBBS (HK), FHKAM (Medicine)', 'MBChB (CUHK), FRCP (Edin)', 'MBBS (HK), FHKCP, FHKAM', 'MBBS (HK), MRCP (UK)'] as const;

/**
 * F2. 頭條日報's 專科醫生 column web copy (hd.stheadline.com/news/columns/{col}/{id}/, host as remembered, path and the
 * column's name `專科醫生信箱` guesses), a Hong Kong free daily, traditional, UTF-8, canonical on 55%: `<h1>` the
 * question (keyed), on 40% after `專科醫生信箱：` (none); the day `2023年5月6日 星期六` or day-first `06/05/2023` (keyed
 * where it cannot be read month-first or another printed day-first day shows the order, else null: fresh-67 / fresh-87's
 * convention, the key changed after the first run), a print line `頭條日報 P.{n} 健康` on 40% (none); JSON-LD NewsArticle on 50% with
 * the day as `datePublished` and a later `dateModified` (none); the card box at the head (55%) or foot: `{name}醫生`,
 * `{department}專科醫生` (title 專科醫生, department the specialty: fresh-81), post-nominals on 50% (none), `私人執業` (hospital
 * null) or `{public hospital}` (keyed as printed); `讀者問：` (none); `{name}醫生答：` on 45% (none); an in-read ad between
 * the first and second paragraphs on 50% (none); a share bar and a 熱門新聞 box (none); `同一專欄` with a snippet on 40%
 * (else `[]`), dated day-first `06-05-2023` (dated as the page's day is), absolute by the canonical or as written.
 */
const hkheadlineZhuankeYisheng: Family = {
  name: 'hkheadline-zhuanke-yisheng',
  split: 'fresh-95',
  site: 'hd.stheadline.com',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const base = 'https://hd.stheadline.com';
    const col = rng.int(20, 80);
    const canonical = rng.chance(0.55) ? `${base}/news/columns/${col}/${page.item.num}/` : null;
    const tagged = rng.chance(0.4);
    const dayFirst = rng.chance(0.5);
    const printLine = rng.chance(0.4);
    const ld = rng.chance(0.5);
    const cardTop = rng.chance(0.55);
    const post = rng.chance(0.5);
    const hosp = rng.chance(0.5) ? rng.pick([...HK_PUBLIC]) : null;
    const label = rng.chance(0.45);
    const inread = rng.chance(0.5) && paragraphs.length > 1;
    const snip = rng.chance(0.4);
    const h1 = tagged ? `專科醫生信箱：${question}` : question;
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question), snippet: trad(r.snippet) }));
    const href = (r: Related) => `/news/columns/${col}/${itemNum(r)}/`;
    const list = related.length
      ? `<section class="col-more"><h2>同一專欄</h2>${related.map((r) => `<div class="item"><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p>${esc(r.snippet)}</p>` : ''}${r.date ? `<span class="date">${dmy(r.date, '-')}</span>` : ''}</div>`).join('\n')}</section>`
      : '';
    const card = `<div class="columnist"><img src="${base}/images/columnist/${token(rng, 8)}.jpg" alt=""><p class="n">${esc(name)}醫生</p><p>${esc(dept)}專科醫生</p>${post ? `<p class="en">${rng.pick([...HK_POSTNOMINALS])}</p>` : ''}<p>${hosp ?? '私人執業'}</p></div>`;
    const shown = paragraphs.map((p, i) => `<p>${i === 0 && label ? `<b>${esc(name)}醫生答：</b>` : ''}${esc(p)}</p>${i === 0 && inread ? `\n<div class="ad-inread"><span>廣告</span><div id="div-gpt-ad-${token(rng, 6)}"></div></div>` : ''}`).join('\n');
    const day = dayFirst ? dmy(page.date!, '/') : `${cnDay(page.date!)} ${CN_WEEK[weekday(page.date!)]}`;
    // A day-first day is keyed only where it cannot be read month-first, or where another day-first day the page prints
    // shows the order (fresh-67's convention as fresh-87 changed it; fresh-84's keys were brought to it too): changed
    // after the first run, when tuning found the first key dating every two-way day; page bytes unchanged.
    const shownDayFirst = [...(dayFirst ? [page.date!] : []), ...related.flatMap((r) => (r.date ? [r.date] : []))].some((iso) => Number(iso.slice(8, 10)) > 12);
    const certain = (iso: string) => shownDayFirst || Number(iso.slice(8, 10)) > 12 || iso.slice(8, 10) === iso.slice(5, 7);
    const head = ld
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: h1, datePublished: `${page.date}T05:00:00+08:00`, dateModified: `${shift(page.date!, rng.int(30, 400))}T12:00:00+08:00`, publisher: { '@type': 'Organization', name: '頭條日報' } })}</script>\n`
      : '';
    const body = `<header><a href="${base}/"><img src="${base}/images/logo.svg" alt="頭條日報 Headline Daily"></a><nav><a href="${base}/news/realtime/">即時</a><a href="${base}/news/columns/">專欄</a><a href="${base}/news/health/">健康</a></nav></header>
<main><article>
<h1>${esc(h1)}</h1>
<div class="info"><span class="time">${day}</span>${printLine ? `　<span class="paper">頭條日報 P.${rng.int(20, 48)} 健康</span>` : ''}</div>
${cardTop ? `${card}\n` : ''}<div class="article-content">
<p>讀者問：${esc(trad(rng.pick(ASKER_LINES)))}</p>
${shown}
</div>
${cardTop ? '' : `${card}\n`}<div class="share"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">複製連結</a></div>
<p class="disclaimer">本欄內容只供參考，如有疑問請向你的醫生查詢。</p>
</article>
${list}
<aside class="hot"><h3>熱門新聞</h3><ul><li><a href="${base}/news/realtime/hk/${rng.int(3000000, 3999999)}/">天文台：明日大致多雲有幾陣驟雨</a></li><li><a href="${base}/news/realtime/hk/${rng.int(3000000, 3999999)}/">港鐵新綫本月底通車</a></li></ul></aside></main>
<footer>© 頭條日報 Headline Daily 版權所有</footer>`;
    const html = documentOf(`${h1} | 頭條日報`, canonical, head, body).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '專科醫生', department: dept, hospital: hosp, hospital_grade: null },
        // A JSON-LD datePublished (in the site's offset) names the day, and so the order of the printed two-way one
        // (changed at the 51st stop: the reader orders a two-way day by it, soundly; page bytes unchanged).
        date: !dayFirst || certain(page.date!) || ld ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), true).map((item) => (item.date && !certain(item.date) ? { ...item, date: null } : item)),
      }),
    };
  },
};

// --- F3. edah-yiliao-zixun-aspx ---

const EDAH = '義大醫療財團法人義大醫院';
const EDAH_DEPTS = ['家庭醫學科', '胃腸肝膽科', '心臟內科', '新陳代謝科', '神經內科', '婦產部', '兒童醫學部', '骨科部', '皮膚科', '耳鼻喉科'] as const;
const EDAH_TITLES = ['主治醫師', '主任醫師', '總醫師', '住院醫師'] as const;
/** 2023/5/6 下午 02:22:31, as .NET prints a zh-TW DateTime. */
const netStamp = (iso: string, time: string, sec: number) => {
  const h = Number(time.slice(0, 2));
  const h12 = h % 12 || 12;
  return `${unpaddedDay(iso, '/')} ${h < 12 ? '上午' : '下午'} ${two(h12)}:${time.slice(3, 5)}:${two(sec)}`;
};

/**
 * F3. 義大醫院's 醫療諮詢 (www.edah.org.tw/Consult/Detail.aspx?id={id}, host as remembered, path a guess), ASP.NET
 * WebForms (`__VIEWSTATE`, `ctl00_` ids), traditional, Big5 declared on 50% (the characters Big5 lacks as `&#x…;`),
 * UTF-8 else, no canonical: the header's `義大醫療財團法人義大醫院` (the hospital the site's: fresh-82); a table: `主旨` the
 * question (keyed), `提問人` a masked name, `提問日期` an earlier stamp (none), `提問內容` (none), `回覆科別`, `回覆醫師`
 * `{name} 醫師` (title 醫師: fresh-80, fresh-83, fresh-90) on 50%, else `{name}` with a `職稱` cell (the title as printed),
 * `回覆日期` `2023/5/6 下午 02:22:31` (60%) or ROC `112/05/06` (40%, +1911: fresh-80) (keyed), `回覆內容`; a 醫務秘書室's
 * note `您好：您的問題已轉請本院…回覆如下：` first on 50% (none) and `義大醫院 敬上` on 40% (none); `最新諮詢` (a GridView:
 * link-only `[]`, dated as the page dates, `Detail.aspx?id=N` as written).
 */
const edahYiliaoZixunAspx: Family = {
  name: 'edah-yiliao-zixun-aspx',
  split: 'fresh-95',
  site: 'www.edah.org.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const dept = rng.pick([...EDAH_DEPTS]);
    const asBig5 = rng.chance(0.5);
    const netForm = rng.chance(0.6);
    const titleCell = rng.chance(0.5);
    const title = titleCell ? rng.pick([...EDAH_TITLES]) : '醫師';
    const note = rng.chance(0.5);
    const sign = rng.chance(0.4);
    const brs = rng.chance(0.5);
    const day = (iso: string, time: string) => (netForm ? netStamp(iso, time, rng.int(0, 59)) : `${rocYear(iso)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`);
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `Detail.aspx?id=${itemNum(r)}`;
    const grid = related.length
      ? `<div class="latest"><h3>最新諮詢</h3><table id="ctl00_ContentPlaceHolder1_gvLatest" class="grid" cellspacing="0" rules="all" border="1"><tr><th scope="col">主旨</th><th scope="col">回覆日期</th></tr>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td>${r.date ? day(r.date, hhmm(rng)) : ''}</td></tr>`).join('\n')}</table></div>`
      : '';
    const answer = brs ? paragraphs.map(esc).join('<br />\n') : paras(paragraphs);
    const reply = `${note ? `<p>您好：您的問題已轉請本院${dept}回覆如下：</p>\n` : ''}${answer}${sign ? '\n<p class="sign">義大醫院 敬上</p>' : ''}`;
    const who = titleCell ? esc(name) : `${esc(name)} 醫師`;
    const asked = shift(page.date!, -rng.int(1, 6));
    const rows = [
      `<tr><th>主旨</th><td><span id="ctl00_ContentPlaceHolder1_lblSubject">${esc(question)}</span></td></tr>`,
      `<tr><th>提問人</th><td>${trad(rng.pick(['王', '林', '陳', '黃']))}**</td></tr>`,
      `<tr><th>提問日期</th><td>${day(asked, hhmm(rng))}</td></tr>`,
      `<tr><th>提問內容</th><td>${esc(trad(rng.pick(ASKER_LINES)))}</td></tr>`,
      `<tr><th>回覆科別</th><td>${dept}</td></tr>`,
      `<tr><th>回覆醫師</th><td><span id="ctl00_ContentPlaceHolder1_lblDoctor">${who}</span></td></tr>`,
      ...(titleCell ? [`<tr><th>職稱</th><td>${title}</td></tr>`] : []),
      `<tr><th>回覆日期</th><td><span id="ctl00_ContentPlaceHolder1_lblReplyDate">${day(page.date!, page.time)}</span></td></tr>`,
      `<tr><th valign="top">回覆內容</th><td><div id="ctl00_ContentPlaceHolder1_divReply">${reply}</div></td></tr>`,
    ].join('\n');
    const body = `<form method="post" action="./Detail.aspx?id=${page.item.num}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 40)}" /></div>
<div id="header"><a href="/"><img src="/images/logo.png" alt="${EDAH}" /></a><span class="hn">${EDAH}</span><span class="en">E-Da Hospital</span></div>
<div id="menu"><a href="/">首頁</a> | <a href="/Guide/">就醫指南</a> | <a href="/Consult/">醫療諮詢</a> | <a href="/Doctor/">醫師介紹</a></div>
<div id="content"><h2>醫療諮詢</h2>
<table class="consult" width="100%" cellpadding="6" cellspacing="0" border="1">
${rows}
</table>
<p class="note">※網路諮詢僅供參考，不能取代醫師面對面診療；如有緊急狀況請至急診就醫。</p>
${grid}
</div>
<div id="footer">${EDAH}　824高雄市燕巢區義大路1號　總機：(07)615-0011</div>
</form>`;
    const meta = asBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5" />' : '<meta charset="utf-8">';
    const html = documentOf(`醫療諮詢 - ${EDAH}`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: asBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital: EDAH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F4. 19lou-jiankang-tiezi-gbk ---

const LOU_NAMES = ['杭城小鱼儿', '西湖边的猫', 'momo妈咪', '下沙打工人', '滨江老王', '拱墅阿姨'] as const;
const LOU_REPLIES = ['同问，我家也是这样。', '去省里的大医院看看吧，别拖。', '蹲一个医生回复。', '楼主别太担心，我之前也这样，后来好了。'] as const;
const FLOOR_NAMES = ['沙发', '板凳', '地板'] as const;

/**
 * F4. 19楼's 健康 board thread (www.19lou.com/forum-{fid}-thread-{tid}-1-1.html, host as remembered, path from memory,
 * the 名医在线-style certified doctor a guess), GBK declared (`<meta charset="gbk">` or an http-equiv, 70%) or UTF-8,
 * canonical on 35%: the thread title `<h1>` the question (keyed), on 40% after `【求助】` (none); the 楼主's post
 * (nickname, `发表于` 1–4 days earlier, the asker's words: none); 0–2 members' floors before the doctor's and 0–2 after
 * (none); the doctor's floor: the author column `{name}医生` with a `认证医生` badge (none) over `{hospital} {department}
 * {title}` (keyed), `发表于 2023-5-6 14:22` unpadded (60%) or padded (keyed), a `3天前` beside it on 35% (none), a quoted
 * 楼主's post on 40% (none), the answer, a signature under a rule on 45% (none); `相关帖子` (link-only `[]`, undated,
 * with reply counts, absolute as written).
 */
const louJiankangTieziGbk: Family = {
  name: '19lou-jiankang-tiezi-gbk',
  split: 'fresh-95',
  site: 'www.19lou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.19lou.com';
    const fid = rng.pick([1637, 2699, 1289]);
    const canonical = rng.chance(0.35) ? `${base}/forum-${fid}-thread-${page.item.num}-1-1.html` : null;
    const gb = rng.chance(0.7);
    const decl = gb ? rng.pick(['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">']) : '<meta charset="utf-8">';
    const tagged = rng.chance(0.4);
    const before = rng.int(0, 2);
    const after = rng.int(0, 2);
    const unpad = rng.chance(0.6);
    const ago = rng.chance(0.35);
    const quote = rng.chance(0.4);
    const signature = rng.chance(0.45);
    const title = tagged ? `【求助】${page.question}` : page.question;
    const asker = rng.pick([...LOU_NAMES]);
    const asked = shift(page.date!, -rng.int(1, 4));
    const askedStamp = `${unpad ? unpaddedDay(asked, '-') : asked} ${hhmm(rng)}`;
    const stamp = (iso: string, time: string) => `${unpad ? unpaddedDay(iso, '-') : iso} ${time}`;
    const floorName = (n: number) => (n <= 4 ? FLOOR_NAMES[n - 2]! : `${n}楼`);
    const post = (n: number, author: string, side: string, when: string, text: string) =>
      `<div class="post" id="pid${rng.int(100000, 999999)}"><table class="pl"><tr><td class="pls"><div class="author"><a href="${base}/user/${rng.int(10000, 99999)}">${author}</a></div>${side}</td><td class="plc"><div class="pi"><em>${n === 1 ? '楼主' : floorName(n)}</em> <span class="time">发表于 ${when}</span></div><div class="t_f">${text}</div></td></tr></table></div>`;
    const floors: string[] = [post(1, esc(asker), '<p class="lv">Lv.3 居民</p>', askedStamp, `<p>${esc(rng.pick(ASKER_LINES))}</p><p>${esc(page.question)}</p>`)];
    let n = 2;
    // Members' floors before the doctor's are stamped between the 楼主's day and the doctor's, those after it from the doctor's day on.
    const member = (from: string, span: number) => post(n++, esc(rng.pick([...LOU_NAMES])), '<p class="lv">Lv.2 居民</p>', stamp(shift(from, rng.int(0, span)), hhmm(rng)), `<p>${rng.pick([...LOU_REPLIES])}</p>`);
    const gap = Math.round((Date.parse(page.date!) - Date.parse(asked)) / 86_400_000) - 1;
    for (let i = 0; i < before; i++) floors.push(member(asked, gap));
    const side = `<p class="badge">认证医生</p><p class="org">${esc(d.hospital!)} ${esc(d.department!)} ${d.title}</p>`;
    const when = `${stamp(page.date!, page.time)}${ago ? ` <span class="ago">3天前</span>` : ''}`;
    const text = `${quote ? `<blockquote>引用 ${esc(asker)} 于 ${askedStamp} 发表的：${esc(page.question)}</blockquote>\n` : ''}${paras(page.paragraphs)}${signature ? `\n<div class="sign">————————<br>门诊时间：每周${rng.pick(['二', '四'])}上午　预约请关注医院公众号</div>` : ''}`;
    floors.push(post(n++, `${esc(d.name!)}医生`, side, when, text));
    for (let i = 0; i < after; i++) floors.push(member(shift(page.date!, 1), 3));
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/forum-${fid}-thread-${itemNum(r)}-1-1.html`;
    const list = related.length
      ? `<div class="xg"><h3>相关帖子</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> <em>回复 ${rng.int(1, 60)}</em></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="hd"><a href="${base}/"><img src="${base}/static/logo.gif" alt="19楼"></a> <a href="${base}/forum/">论坛</a> <a href="${base}/forum-${fid}-1.html">健康</a></div>
<div id="pt">当前位置：<a href="${base}/">19楼</a> &gt; <a href="${base}/forum-${fid}-1.html">健康咨询</a></div>
<div id="ct"><h1 class="ts">${esc(title)}</h1><p class="views">查看 ${rng.int(200, 9000)}　回复 ${floors.length - 1}</p>
${floors.join('\n')}
</div>
${list}
<div id="ft">杭州十九楼网络股份有限公司 浙ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${title} - 健康 - 19楼`, canonical, '', body, decl);
    return {
      body: gb ? gbkOr(html, decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F5. zjsrmyy-kepu-shipin ---

const ZJ = '浙江省人民医院';
const ZJ_SECOND = '杭州医学院附属人民医院';
const dur = (rng: Rng) => `${two(rng.int(1, 9))}:${two(rng.int(0, 59))}`;

/**
 * F5. 浙江省人民医院's 科普 video page (www.zjsrmyy.com/kepu/video/{id}.html, host and path guesses), a Vue SSR page,
 * UTF-8, canonical on 50%: the header `浙江省人民医院 杭州医学院附属人民医院` (the hospital keyed the first, the second
 * name none); `<h1>` the question (keyed), on 35% after `【健康科普】` (none); a `<video>` with a poster, `时长 03:25`
 * and a play count (none: lengths date nothing); the card under the player: `{name}` `{title}` and `{department}` (the
 * hospital the site's: fresh-82), on 40% `浙江省人民医院{department}` printed; `发布时间：2023-05-06` or `2023年05月06日`
 * (keyed), a later `更新时间` on 35% (none); the transcript under `文字稿` / `视频文字版` (heading none), `[00:12]` marks
 * before its paragraphs on 35% (none); a `本视频由…宣传中心出品` credit and a 预约挂号 button (none); format video (the
 * player plays the doctor's talk: fresh-58); `更多视频` (link-only `[]`, each with a duration: format video, fresh-58;
 * a `2023-05-06` day on 50% of pages, keyed where printed; `/kepu/video/N.html` resolved by the canonical where present).
 */
const zjsrmyyKepuShipin: Family = {
  name: 'zjsrmyy-kepu-shipin',
  split: 'fresh-95',
  site: 'www.zjsrmyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.zjsrmyy.com';
    const canonical = rng.chance(0.5) ? `${base}/kepu/video/${page.item.num}.html` : null;
    const tagged = rng.chance(0.35);
    const hospPrinted = rng.chance(0.4);
    const cnForm = rng.chance(0.5);
    const updated = rng.chance(0.35);
    const marks = rng.chance(0.35);
    const head = rng.pick(['文字稿', '视频文字版']);
    const datedList = rng.chance(0.5);
    const h1 = tagged ? `【健康科普】${page.question}` : page.question;
    const vid = token(rng, 16);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/kepu/video/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="more-video"><h3>更多视频</h3><ul>${related.map((r) => `<li><a href="${href(r)}"><div class="cover"><img src="${base}/upload/cover/${token(rng, 10)}.jpg" alt=""><span class="duration">${dur(rng)}</span></div><p class="t">${esc(r.question)}</p></a>${datedList && r.date ? `<span class="d">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    let sec = rng.int(3, 15);
    const transcript = page.paragraphs
      .map((p) => {
        const m = `[${two(Math.floor(sec / 60))}:${two(sec % 60)}]`;
        sec += rng.int(15, 50);
        return `<p>${marks ? `<span class="ts">${m}</span> ` : ''}${esc(p)}</p>`;
      })
      .join('\n');
    const day = cnForm ? cnDayPadded(page.date!) : page.date!;
    const body = `<div id="app" data-server-rendered="true"><div class="header"><a href="${base}/"><img src="${base}/static/logo.png" alt="${ZJ}"></a><span class="cn">${ZJ}</span><span class="second">${ZJ_SECOND}</span></div>
<div class="nav"><a href="${base}/">首页</a><a href="${base}/jzzn/">就诊指南</a><a href="${base}/kepu/">健康科普</a><a href="${base}/kepu/video/">科普视频</a></div>
<div class="video-page">
<h1 class="v-title">${esc(h1)}</h1>
<div class="player"><video id="v${vid}" controls preload="none" poster="${base}/upload/poster/${vid}.jpg"><source src="https://video.zjsrmyy.com/${vid}.mp4" type="video/mp4"></video><div class="v-info"><span>时长 ${dur(rng)}</span><span>${rng.int(1, 90)}${rng.pick(['', '.5'])}万次播放</span></div></div>
<div class="v-doctor"><img src="${base}/upload/doctor/${token(rng, 8)}.jpg" alt=""><div><p class="n">${esc(d.name!)} <span>${d.title}</span></p><p class="dep">${hospPrinted ? `${ZJ}${esc(d.department!)}` : esc(d.department!)}</p></div><a class="btn" href="${base}/yygh/">预约挂号</a></div>
<div class="v-meta">发布时间：${day}${updated ? `　更新时间：${shift(page.date!, rng.int(20, 200))}` : ''}</div>
<div class="v-text"><h3>${head}</h3>
${transcript}
</div>
<p class="credit">本视频由${ZJ}宣传中心出品，内容仅供参考，不能替代面诊。</p>
<div class="ops"><span>点赞 ${rng.int(10, 900)}</span><span>收藏</span><span>分享</span></div>
</div>
${list}
<div class="footer">${ZJ}　地址：杭州市上塘路158号　浙ICP备${rng.int(10000000, 99999999)}号</div></div>`;
    const html = documentOf(`${h1}-科普视频-${ZJ}`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: ZJ, hospital_grade: null },
        date: page.date,
        format: 'video',
        related: itemsOf(related, href, canonical, () => null, datedList).map((e) => ({ ...e, format: 'video' as const })),
      }),
    };
  },
};

// --- F6. ajmide-wen-jiabin ---

const AJ_PROGRAMMES = ['健康直通车', '健康热线', '名医大讲堂'] as const;
const AJ_LISTENERS = ['收音机老听众', '静安阿姨', '浦东小陈', '闵行老李', '听友9527'] as const;
const AJ_HOSTS = ['晓峰', '佳音', '一凡'] as const;

/**
 * F6. 阿基米德's share page of a Shanghai news station health programme's community (m.ajmide.com/m/topic?id={id},
 * host as remembered, path and the programme names guesses), a mobile H5 page, UTF-8, canonical on 40%: an `打开APP`
 * banner (none); the programme's name and `上海新闻广播` (none); the post title `#问嘉宾# {question}` (the tag none; the
 * question keyed), on 50% the tag in a link before it; the listener's nickname and `05-03 21:10` month-day stamp (none)
 * and words (none); the guest's reply: name with a `节目嘉宾` badge (none), `{hospital}{department}{title}` (keyed as
 * printed), the stamp `2023-05-06 14:22` (keyed; a `3天前` beside it on 30%: none), on 40% a voice bubble (`<audio>`,
 * `58″`) with its `语音转文字` transcript (format voice; the label none), else text paragraphs (format unknown); a host's
 * `主持人{name}：感谢…收听` on 50% (none); listeners' replies (month-day stamps, none); `更多问嘉宾` (other listeners'
 * posts: link-only `[]`, their `05-06` month-day stamps no day, `/m/topic?id=N` resolved by the canonical where present).
 */
const ajmideWenJiabin: Family = {
  name: 'ajmide-wen-jiabin',
  split: 'fresh-95',
  site: 'm.ajmide.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.ajmide.com';
    const canonical = rng.chance(0.4) ? `${base}/m/topic?id=${page.item.num}` : null;
    const programme = rng.pick([...AJ_PROGRAMMES]);
    const tagLink = rng.chance(0.5);
    const voice = rng.chance(0.4);
    const ago = rng.chance(0.3);
    const hostThanks = rng.chance(0.5);
    const replies = rng.int(0, 3);
    const cardLine = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(1, 4));
    const tag = tagLink ? `<a class="tag" href="${base}/m/tag?name=%E9%97%AE%E5%98%89%E5%AE%BE">#问嘉宾#</a> ` : '#问嘉宾# ';
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/m/topic?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="more"><div class="mt">更多问嘉宾</div>${related.map((r) => `<a class="mi" href="${href(r)}"><p>#问嘉宾# ${esc(r.question)}</p><span>${(r.date ?? page.date!).slice(5)}</span><span>${rng.int(1, 12)}条回复</span></a>`).join('\n')}</div>`
      : '';
    const who = `${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const replyBody = voice
      ? `<div class="voice"><audio src="https://audio.ajmide.com/reply/${token(rng, 16)}.m4a" preload="none"></audio><span class="len">${rng.int(20, 59)}″</span></div>\n<div class="asr"><span class="lab">语音转文字</span>\n${paras(page.paragraphs)}</div>`
      : paras(page.paragraphs);
    const others = Array.from({ length: replies }, () => `<div class="cmt"><b>${rng.pick([...AJ_LISTENERS])}</b><span class="t">${shift(page.date!, rng.int(0, 2)).slice(5)} ${hhmm(rng)}</span><p>${rng.pick(['谢谢专家！', '听了节目受益匪浅。', '请问专家周几门诊？'])}</p></div>`).join('\n');
    const body = `<div class="open-app"><img src="${base}/static/logo.png" alt="阿基米德"> 阿基米德 <a href="${base}/download">打开APP</a></div>
<div class="program"><img src="${base}/img/p/${token(rng, 8)}.jpg" alt=""><span class="pn">${programme}</span><span class="st">上海新闻广播 FM93.4</span></div>
<div class="topic">
<h1 class="title">${tag}${esc(page.question)}</h1>
<div class="user"><b>${rng.pick([...AJ_LISTENERS])}</b><span class="t">${asked.slice(5)} ${hhmm(rng)}</span></div>
<p class="desc">${esc(rng.pick(ASKER_LINES))}</p>
</div>
<div class="guest-reply"><div class="gu"><b>${esc(d.name!)}</b><span class="badge">节目嘉宾</span>${cardLine ? `<p class="org">${who}</p>` : ''}<span class="t">${page.date} ${page.time}</span>${ago ? '<span class="ago">3天前</span>' : ''}</div>
${cardLine ? '' : `<p class="org">${who}</p>\n`}${replyBody}
</div>
${hostThanks ? `<div class="host-reply"><b>主持人${rng.pick([...AJ_HOSTS])}</b>：感谢${esc(d.name!)}老师的解答，也感谢您收听《${programme}》！</div>\n` : ''}<div class="cmts"><div class="ct">全部回复</div>${others}</div>
${list}
<div class="foot">阿基米德传媒 沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`#问嘉宾# ${page.question} - ${programme} - 阿基米德`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

export const FRESH95_FAMILIES: readonly Family[] = [jianhuaYishengXinxiang, hkheadlineZhuankeYisheng, edahYiliaoZixunAspx, louJiankangTieziGbk, zjsrmyyKepuShipin, ajmideWenJiabin];
