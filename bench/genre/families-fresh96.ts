import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-sixth fresh held-out set (split `fresh-96`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * thirty-first set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (西贡解放日报 / 西貢解放日報 / sggp / 越南 / 胡志明 /
 * 大水镬 / Chợ Rẫy, 香港電台 / 香港电台 / rthk / 精靈一點 / 精灵一点 / healthpedia, 小宇宙 / xiaoyuzhou / podcast / 播客,
 * 批踢踢 / ptt / ptt.cc, 新疆医科大学 / 新疆醫科 / xjmu / 新疆 / 维吾尔 / 維吾爾 / uyghur / 乌鲁木齐, 深圳卫视 / 深圳衛視 /
 * 健康来了 / 健康來了 / szmg each grepped, case-insensitive, in README.md and families*.ts: no hit but fresh-94's and
 * fresh-95's rows and fresh-95's header naming 西贡 / sggp, 越南 and 深圳卫视 / 健康来了 as left for later; 万宁 / mannings,
 * 澳洲日报, 晴報 / am730, 信報 likewise named only as left for later and left for later again; 悉尼 / australian (an
 * Australian Chinese portal, fresh-69), 世界日報, 小红书 / xhs, 喜马拉雅 / ximalaya, 天涯, 妈妈网, 馬偕, 彰基, 健康报, 早安健康,
 * heho, 四川省人民 have hits and were left alone; `sph.com` hits only inside samsph.com, and 山东省立 was left for later
 * anyway), each of a kind the table had few of: a Vietnamese party daily's Chinese edition (a masthead with a Vietnamese
 * today and an approximate lunar day, Vietnamese weekdays and day-first days, Ho Chi Minh City hospitals with their
 * Vietnamese names, Vietnamese `BS.CKII`-kind specialist grades), a Hong Kong public broadcaster's radio phone-in
 * programme page (traditional, Cantonese host lines in Big5-HKSCS characters on pages declared `big5` or `big5-hkscs`,
 * broken old HTML, a 播出日期, a 節目重溫 player on some), a podcast platform's episode page (Next.js, `__NEXT_DATA__` with
 * a UTC `pubDate` that falls on the day before on early-morning episodes, shownotes with a 时间轴, a doctor as 主播 or as
 * 本期嘉宾), a Taiwanese BBS's web view of a doctor's `Re:` post (ctime `Sat May  6 14:22:31 2023`, a quoted post, hard
 * line breaks, a signature after `--`, pushes with month-day stamps, an edit line with a later day), a Xinjiang
 * university hospital's bilingual 科普问答 (Uyghur in Arabic script, right to left, beside the Chinese; Uyghur doctors'
 * names with `·`; GB18030 declared `gb18030` or `gbk` on half), and a provincial TV station's health programme clip page
 * (two guests, a transcript with speakers, `播出时间` beside a later web day, a `<video>`).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering doctor's: the asker's words (the reader's letter, the caller's
 *   question, the listener's question, the quoted post), a host's lines (fresh-58), another guest's 补充 (another
 *   person's reply: fresh-89), a 时间轴, pushes, comments, signatures, ads, hotlines, disclaimers, none of it; labels
 *   (`答：`, `嘉賓解答：`, `本期要点：`, a speaker's `{name}：`) none; **PTT's `原PO您好：` greeting line none** (a
 *   salutation on its own line, as fresh-91's `敬祝　平安`); **a PTT paragraph broken by hand over several lines is one
 *   paragraph, its lines joined with nothing between them** (a blank line parts paragraphs);
 * - **the question as the page asks it**: the `<h1>` / 主題 / episode title / PTT title (the `【医生解答】`, `【精靈一點】`,
 *   `EP12｜`, `Vol.12 `, `Re: [問題] `, `【健康来了】` prefixes none);
 * - **the date the answer's day**: 西贡's post day, `Thứ Bảy, 06/05/2023 14:22` day first (Vietnam writes the day first
 *   and the weekday agrees: keyed, as fresh-84's Hong Kong day-first convention) or `2023年5月6日 星期六` (the masthead's
 *   Vietnamese today and its lunar day none: fresh-93's masthead convention); 香港電台's `播出日期` (day-first `06/05/2023`
 *   keyed: fresh-84); **小宇宙's visible day** (the `__NEXT_DATA__` `pubDate` in UTC, a day earlier on early-morning
 *   episodes, none); **PTT's `時間` ctime** (the `※ 編輯:` line's later `05/08/2023` and the pushes' `05/06 15:02` none);
 *   新疆's `发布时间` (its Uyghur rendering beside it the same day); 深圳卫视's `播出时间` (the later web `发布时间` and
 *   JSON-LD's `uploadDate` none: fresh-58's 播出时间 over the page's own time);
 * - **the card** as printed: 西贡's `{hospital}（{Vietnamese}）{department}{grade}{name}` — the Chinese hospital name
 *   (the Vietnamese none, as fresh-93 and fresh-94), **the title the Chinese grade as printed (`专科二级医生`; the
 *   `BS.CKII` abbreviation none)**; 香港電台's `{name}醫生（{hospital}{department}{title}）` as printed, or
 *   `{department}專科醫生{name}醫生（私人執業）` title 專科醫生, department the specialty, hospital null (fresh-95's 頭條
 *   convention); 小宇宙's `本期嘉宾：` / `主播：` line as printed (the podcast's name none); **PTT's signature after `--`**
 *   (the author id and nickname none; a `{hospital}{department} {name}醫師` one-liner title 醫師: fresh-80); **新疆's
 *   hospital the site's `新疆医科大学第一附属医院`** whether the card prints it or not (fresh-82), a Uyghur name as the
 *   Chinese script prints it with its `·` (its Arabic-script form none); 深圳卫视's answering guest (the one whose
 *   words answer; the other 本期嘉宾 none); the grade null on every family;
 * - **format** voice on 香港電台's pages with a 節目重溫 player (fresh-58: voice where the segment plays in an audio
 *   player; unknown where the page says the recording is gone) and on every 小宇宙 page, video on 深圳卫视, unknown on
 *   西贡, PTT and 新疆;
 * - items: the related list of other questions, the snippet where printed, dated only where the whole day is printed
 *   (西贡's and 香港電台's day-first days keyed; 小宇宙's month-day `05/06` none), link-only `[]`; 深圳卫视's clips, each
 *   with a duration, format video (fresh-58); PTT prints no list (`[]`); links as written unless the page names its
 *   address.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(7, 21))}:${two(rng.int(0, 59))}`;
const cnDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const cnDayPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const dmy = (iso: string, sep: string) => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
/**
 * Whether a two-way day-first day (`06/05/2023`) is keyed, given the day-first days the page prints: only where it cannot be
 * read month-first (the day over 12, or day = month), or where another printed day-first day shows the order (fresh-67's
 * convention as fresh-87 changed it). Changed after the first run, page bytes unchanged: the first keys dated every two-way
 * day on "fresh-84's Hong Kong day-first convention", which no row holds (fresh-84's keys were brought to fresh-67's).
 */
const certainOf = (printed: readonly string[]) => {
  const shown = printed.some((iso) => Number(iso.slice(8, 10)) > 12);
  return (iso: string) => shown || Number(iso.slice(8, 10)) > 12 || iso.slice(8, 10) === iso.slice(5, 7);
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');

// --- F1. sggp-huawen-jiankang-jieda ---

const VN_WEEK = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const VN_HOSPITALS: readonly (readonly [string, string])[] = [
  ['大水镬医院', 'Bệnh viện Chợ Rẫy'],
  ['人民115医院', 'Bệnh viện Nhân dân 115'],
  ['从德医院', 'Bệnh viện Từ Dũ'],
  ['第一儿童医院', 'Bệnh viện Nhi Đồng 1'],
  ['嘉定人民医院', 'Bệnh viện Nhân dân Gia Định'],
  ['安平医院', 'Bệnh viện An Bình'],
];
const VN_GRADES: readonly (readonly [string, string])[] = [
  ['专科一级医生', 'BS.CKI'],
  ['专科二级医生', 'BS.CKII'],
];
/** Thứ Bảy, 06/05/2023. */
const vnDay = (iso: string) => `${VN_WEEK[weekday(iso)]}, ${dmy(iso, '/')}`;

/**
 * F1. 西贡解放日报's Chinese edition, its 健康 column's 医生解答 (cn.sggp.org.vn/jiankang/{id}.html, host and path guesses;
 * the column's name, the hospitals' Chinese names and the grades' Chinese words from memory, partly guessed), a Ho Chi
 * Minh City party daily's Chinese site, simplified, UTF-8, canonical on 50%: a masthead with the Vietnamese today
 * `Thứ Hai, ngày 8/5/2023` (1–6 days later) and an approximate lunar day `Âm lịch: 19/3` (none); `<h1>` the question
 * (keyed), on 40% after `【医生解答】` (none); the post day `Thứ Bảy, 06/05/2023 14:22` (40%), `2023年5月6日 星期六 14:22`
 * (30%) or both (30%) (keyed); `第五郡读者{X}问：` (none); the card at the head `解答：…` (50%) or a closing `（…）`:
 * `{hospital}（{Vietnamese}）{department}{grade}{name}` — the Vietnamese hospital name on 60% (none), the grade's
 * `BS.CKII` after it on 50% (none); `答：` on 40% (none); a `Xem bản tiếng Việt` link (none); a clinic ad with a Zalo
 * number (none); `其他健康新闻` (snippet on 40%, else `[]`; day-first `06/05/2023` days on 50% of pages, keyed).
 */
const sggpHuawenJiankangJieda: Family = {
  name: 'sggp-huawen-jiankang-jieda',
  split: 'fresh-96',
  site: 'cn.sggp.org.vn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://cn.sggp.org.vn';
    const canonical = rng.chance(0.5) ? `${base}/jiankang/${page.item.num}.html` : null;
    const tagged = rng.chance(0.4);
    const dateForm = rng.weighted([['vn', 4], ['cn', 3], ['both', 3]] as const);
    const headCard = rng.chance(0.5);
    const [hosp, hospVn] = rng.pick(VN_HOSPITALS);
    const vnName = rng.chance(0.6);
    const [grade, gradeVn] = rng.pick(VN_GRADES);
    const abbr = rng.chance(0.5);
    const label = rng.chance(0.4);
    const snip = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 6));
    const lunar = shift(today, -rng.int(28, 31));
    const time = page.time;
    const h1 = tagged ? `【医生解答】${page.question}` : page.question;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/jiankang/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="box-other"><h3 class="title-box">其他健康新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p class="sapo">${esc(r.snippet)}</p>` : ''}${datedList && r.date ? `<span class="time">${dmy(r.date, '/')}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const card = `${hosp}${vnName ? `（${hospVn}）` : ''}${esc(d.department!)}${grade}${abbr ? `（${gradeVn}）` : ''}${esc(d.name!)}`;
    const day =
      dateForm === 'vn'
        ? `${vnDay(page.date!)} ${time}`
        : dateForm === 'cn'
          ? `${cnDay(page.date!)} ${CN_WEEK[weekday(page.date!)]} ${time}`
          : `${cnDay(page.date!)} ${CN_WEEK[weekday(page.date!)]} <span class="vn">(${vnDay(page.date!)})</span>`;
    const body = `<div class="top-bar"><span class="today">${VN_WEEK[weekday(today)]}, ngày ${Number(today.slice(8, 10))}/${Number(today.slice(5, 7))}/${today.slice(0, 4)}</span> <span class="lunar">Âm lịch: ${Number(lunar.slice(8, 10))}/${Number(lunar.slice(5, 7))}</span> <a href="https://www.sggp.org.vn/">Tiếng Việt</a> <a href="https://en.sggp.org.vn/">English</a></div>
<header><a href="${base}/"><img src="${base}/images/logo-cn.png" alt="西贡解放日报"></a>
<nav><a href="${base}/">首页</a><a href="${base}/shizheng/">时政</a><a href="${base}/jingji/">经济</a><a href="${base}/huaren/">华人社会</a><a href="${base}/jiankang/">健康</a></nav></header>
<main class="detail">
<div class="breadcrumb"><a href="${base}/">首页</a> » <a href="${base}/jiankang/">健康</a></div>
<h1 class="cms-title">${esc(h1)}</h1>
<div class="cms-date">${day}</div>
<div class="cms-body">
${headCard ? `<p class="author"><b>解答：</b>${card}</p>\n` : ''}<p><em>第五郡读者${rng.pick(['陈', '林', '黄', '李'])}${rng.pick(['先生', '女士'])}问：${esc(rng.pick(ASKER_LINES))}</em></p>
${label ? '<p><b>答：</b></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `<p class="author">（${card}）</p>\n`}</div>
<div class="vn-link"><a href="https://www.sggp.org.vn/suc-khoe/">Xem bản tiếng Việt</a></div>
<div class="qc"><img src="${base}/qc/${token(rng, 8)}.jpg" alt=""><p>${rng.pick(['华越诊所', '第五郡中医诊所', '牙科中心'])} 华语服务 Zalo: 09${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}</p></div>
${list}
</main>
<footer>西贡解放日报 华文版 · 胡志明市第三郡阮氏明开路432号 · © SGGP</footer>`;
    const html = documentOf(`${h1} | 西贡解放日报`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: grade, department: d.department, hospital: hosp, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), datedList).map((item) => (item.date && !certainOf([...(dateForm === 'cn' ? [] : [page.date!]), today, ...related.flatMap((r) => (datedList && r.date ? [r.date] : []))])(item.date) ? { ...item, date: null } : item)),
      }),
    };
  },
};

// --- F2. rthk-jingling-yidian ---

const RTHK_HOSTS = ['梁詠詩', '何啟明', '陳美寶', '黃志雄'] as const;
const RTHK_INTRO = ['今日我哋請咗{n}醫生嚟同大家傾吓呢個問題。', '有聽眾打電話嚟問，我哋即刻請{n}醫生解答吓。', '好多聽眾都好關心呢樣嘢，{n}醫生，你點睇？'] as const;

/**
 * F2. 香港電台第一台's phone-in programme 《精靈一點》, an episode segment's page (programme.rthk.hk/channel/radio/
 * programme.php?name=radio1/healthpedia&d={day}&e={id}&m=episode, host as remembered, the rest a guess; the hosts'
 * names invented; the 1872312 line as remembered), traditional, an old table layout with unclosed `<p>` / `<td>` /
 * `<font>` on 50%; Big5-HKSCS bytes (the hosts' Cantonese `嘅 咗 哋 嚟` need HKSCS) declared `big5` on 35% or
 * `big5-hkscs` on 20% (characters outside Big5-HKSCS as `&#x…;`), UTF-8 else; canonical on 40%: `主題：` the question
 * (keyed), on 35% after `【精靈一點】` (none); `播出日期：` `2023年5月6日（星期六）`, day-first `06/05/2023` or `2023-05-06`
 * (keyed); `主持：` two hosts (none); `嘉賓：` `{name}醫生（{hospital}{department}{title}）` (60%, keyed as printed) or
 * `{department}專科醫生{name}醫生（私人執業）` (title 專科醫生, hospital null: fresh-95); a host's Cantonese line (none);
 * `聽眾來電：` (none); `嘉賓解答：` on 50% (none), the answer; `節目重溫` an `<audio>` on 60% (format voice) or `重溫期已過`
 * (unknown); a hotline line and a disclaimer (none); `其他集數` (link-only `[]`, day-first days keyed).
 */
const rthkJinglingYidian: Family = {
  name: 'rthk-jingling-yidian',
  split: 'fresh-96',
  site: 'programme.rthk.hk',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const hospital = trad(page.doctor.hospital!);
    const title = trad(page.doctor.title!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const base = 'https://programme.rthk.hk/channel/radio/';
    const own = `programme.php?name=radio1/healthpedia&d=${page.date}&e=${page.item.num}&m=episode`;
    const canonical = rng.chance(0.4) ? `${base}${own}` : null;
    const enc = rng.weighted([['big5', 35], ['big5-hkscs', 20], ['utf-8', 45]] as const);
    const broken = rng.chance(0.5);
    const tagged = rng.chance(0.35);
    const dayForm = rng.weighted([['cn', 4], ['dmy', 4], ['iso', 2]] as const);
    const fullCard = rng.chance(0.6);
    const hosts = rng.shuffle([...RTHK_HOSTS]).slice(0, 2);
    const label = rng.chance(0.5);
    const player = rng.chance(0.6);
    const intro = rng.pick([...RTHK_INTRO]).replace('{n}', name);
    const day =
      dayForm === 'cn' ? `${cnDay(page.date!)}（${trad(CN_WEEK[weekday(page.date!)]!)}）` : dayForm === 'dmy' ? dmy(page.date!, '/') : page.date!;
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `programme.php?name=radio1/healthpedia&d=${r.date ?? page.date}&e=${itemNum(r)}&m=episode`;
    const p = (s: string) => (broken ? `<p>${s}\n` : `<p>${s}</p>\n`);
    const td = (s: string) => (broken ? `<td>${s}\n` : `<td>${s}</td>\n`);
    const list = related.length
      ? `<table class="epi" width="100%" border="0">\n<tr><td class="hd" colspan="2"><font color="#003366"><b>其他集數</b></font></td></tr>\n${related.map((r) => `<tr>${td(r.date ? dmy(r.date, '/') : '')}${td(`<a href="${href(r)}">${esc(r.question)}</a>`)}</tr>`).join('')}</table>`
      : '';
    const card = fullCard ? `${esc(name)}醫生（${esc(hospital)}${esc(dept)}${esc(title)}）` : `${esc(dept)}專科醫生${esc(name)}醫生（私人執業）`;
    const audio = player
      ? `<div class="replay"><b>節目重溫</b><br><audio controls preload="none" src="https://stream.rthk.hk/radio1/healthpedia/${page.date!.replace(/-/g, '')}_${token(rng, 6)}.mp3"></audio></div>`
      : '<div class="replay"><b>節目重溫</b><br>本集重溫期已過。</div>';
    const body = `<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td><a href="https://www.rthk.hk/"><img src="/images/rthk_logo.gif" alt="香港電台" border="0"></a> <font size="2"><a href="https://programme.rthk.hk/channel/radio/index.php?c=radio1">第一台</a> | <a href="https://programme.rthk.hk/channel/radio/programme.php?name=radio1/healthpedia">精靈一點</a></font></td></tr>
<tr><td valign="top">
<table width="100%" cellpadding="4" border="0" class="ep">
<tr><td class="lbl">主題：</td>${td(`<h2 class="ept">${esc(tagged ? `【精靈一點】${question}` : question)}</h2>`)}</tr>
<tr><td class="lbl">播出日期：</td>${td(day)}</tr>
<tr><td class="lbl">主持：</td>${td(hosts.join('、'))}</tr>
<tr><td class="lbl">嘉賓：</td>${td(card)}</tr>
</table>
<div class="epc"><font size="3">
${p(`主持人${hosts[0]}：${esc(intro)}`)}${p(`聽眾來電：${esc(trad(rng.pick(ASKER_LINES)))}`)}${label ? p('<b>嘉賓解答：</b>') : ''}${paragraphs.map((x) => p(esc(x))).join('')}${broken ? '' : '</font>'}</div>
${audio}
<p class="hot">熱線電話：1872312　傳真：2338 0002</p>
<p class="disc"><font size="1" color="#666666">以上內容只供參考，如有疑問請向醫生查詢。</font></p>
${list}
</td></tr>
<tr><td class="ft"><font size="1">版權所有 © 香港電台 RTHK</font></td></tr>
</table>`;
    const meta =
      enc === 'big5'
        ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
        : enc === 'big5-hkscs'
          ? '<meta http-equiv="Content-Type" content="text/html; charset=big5-hkscs">'
          : '<meta charset="utf-8">';
    const html = documentOf(`精靈一點 - 香港電台第一台 - ${question}`, canonical, '', body, meta).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'big5hkscs'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: fullCard
          ? { name, title, department: dept, hospital, hospital_grade: null }
          : { name, title: '專科醫生', department: dept, hospital: null, hospital_grade: null },
        date: dayForm !== 'dmy' || certainOf([page.date!, ...related.flatMap((r) => (r.date ? [r.date] : []))])(page.date!) ? page.date : null,
        format: player ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, true).map((item) => (item.date && !certainOf([...(dayForm === 'dmy' ? [page.date!] : []), ...related.flatMap((r) => (r.date ? [r.date] : []))])(item.date) ? { ...item, date: null } : item)),
      }),
    };
  },
};

// --- F3. xiaoyuzhou-boke-danji ---

const XYZ_SHOWS = ['{s}医生聊健康', '诊室外的{s}医生', '听{s}医生说', '白大褂下班后'] as const;
const XYZ_COMMENTERS = ['睡不着的鲸鱼', 'momo', '通勤路上听', '小宇宙用户_' ] as const;

/**
 * F3. 小宇宙's episode page of a doctor's podcast (www.xiaoyuzhoufm.com/episode/{24 hex}, host as remembered, the id form
 * as remembered; the shows, their names and the shownotes' layout are guesses), Next.js, hashed classes, UTF-8,
 * canonical on 60%: the podcast's name (none); `<h1>` the episode title, the question (keyed) after `EP{n}｜` or
 * `Vol.{n} ` on 60% (none); a line `{n}分钟 · 2023/05/06` (60%) or `· 2023年5月6日` (keyed) with a play count; an
 * `<audio>` (format voice: the episode is the doctor speaking); the shownotes: on 60% the doctor is the 主播
 * (`主播：{name}，{hospital}{department}{title}`), else a 本期嘉宾 (`本期嘉宾：{hospital}{department}{title} {name}`, the
 * 主播 another name: none) (keyed as printed); `听众提问：` (none); a 时间轴 `00:00 开场` … on 60% (none); `本期要点：`
 * (none) and the answer; BGM, 商务合作, a disclaimer (none); comments with `3天前` / `05/07` stamps on 50% (none);
 * `__NEXT_DATA__` with `pubDate` in UTC (on early-morning episodes the day before: none); `更多单集` (a description
 * snippet on 40%, else `[]`; `2023/05/06` days on half the pages, keyed; month-day `05/06` on the others, none).
 */
const xiaoyuzhouBokeDanji: Family = {
  name: 'xiaoyuzhou-boke-danji',
  split: 'fresh-96',
  site: 'www.xiaoyuzhoufm.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.xiaoyuzhoufm.com';
    const eid = (n: number) => `6${n.toString(16).padStart(8, '0')}${token(rng, 15)}`;
    const id = eid(page.item.num);
    const canonical = rng.chance(0.6) ? `${base}/episode/${id}` : null;
    const prefix = rng.weighted([['ep', 3], ['vol', 3], ['none', 4]] as const);
    const slash = rng.chance(0.6);
    const hostIsDoctor = rng.chance(0.6);
    const timeline = rng.chance(0.6);
    const comments = rng.chance(0.5);
    const early = rng.chance(0.35);
    const snip = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const n = rng.int(8, 160);
    const show = rng.pick([...XYZ_SHOWS]).replace('{s}', d.name!.slice(0, 1));
    const pubTime = early ? `0${rng.int(5, 7)}:${two(rng.int(0, 59))}` : page.time;
    const pubDate = new Date(Date.parse(`${page.date}T${pubTime}:00+08:00`)).toISOString();
    const h1 = prefix === 'ep' ? `EP${n}｜${page.question}` : prefix === 'vol' ? `Vol.${n} ${page.question}` : page.question;
    const minutes = rng.int(12, 58);
    const hc = token(rng, 5);
    const who = `${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const cardLine = hostIsDoctor ? `<p>主播：${esc(d.name!)}，${who}</p>` : `<p>主播：${otherName(rng)}</p>\n<p>本期嘉宾：${who} ${esc(d.name!)}</p>`;
    const tl = timeline
      ? `<p>时间轴：</p>\n<p>00:00 开场</p>\n<p>0${rng.int(1, 4)}:${two(rng.int(0, 59))} 听众提问</p>\n<p>${rng.int(10, 19)}:${two(rng.int(0, 59))} 什么时候需要去医院</p>\n<p>${rng.int(20, 40)}:${two(rng.int(0, 59))} 日常怎么预防</p>`
      : '';
    const related = page.related.slice(0, 5);
    const rid = new Map(related.map((r) => [r, eid(itemNum(r))]));
    const href = (r: Related) => `/episode/${rid.get(r)!}`;
    const list = related.length
      ? `<section class="more_${hc}"><h2>更多单集</h2>${related.map((r) => `<a class="card_${hc}" href="${href(r)}"><div class="t_${hc}">${esc(r.question)}</div>${snip ? `<div class="desc_${hc}">${esc(r.snippet)}</div>` : ''}<div class="info_${hc}">${rng.int(12, 58)}分钟${r.date ? ` · ${datedList ? r.date.replace(/-/g, '/') : r.date.slice(5).replace('-', '/')}` : ''}</div></a>`).join('\n')}</section>`
      : '';
    const cmts = comments
      ? `<section class="comments_${hc}"><h2>评论</h2>${Array.from({ length: rng.int(1, 3) }, () => `<div class="c_${hc}"><b>${rng.pick([...XYZ_COMMENTERS])}</b><span>${rng.pick(['3天前', '昨天', shift(page.date!, rng.int(1, 5)).slice(5).replace('-', '/')])}</span><p>${rng.pick(['通勤路上听完了，很实用', '医生讲得好清楚', '求出一期讲失眠的'])}</p></div>`).join('')}</section>`
      : '';
    const next = {
      props: {
        pageProps: {
          episode: { eid: id, title: h1, duration: minutes * 60 + rng.int(0, 59), pubDate, podcast: { title: show }, playCount: rng.int(300, 90000), enclosure: { url: `https://media.xyzcdn.net/${token(rng, 24)}.m4a` } },
        },
      },
      page: '/episode/[eid]',
    };
    const body = `<div id="__next"><header class="header_${hc}"><a href="${base}/"><img src="${base}/logo.svg" alt="小宇宙"></a><a class="open_${hc}" href="${base}/download">打开App</a></header>
<main class="main_${hc}">
<div class="podcast_${hc}"><img src="https://image.xyzcdn.net/${token(rng, 20)}.jpg" alt=""><span>${esc(show)}</span></div>
<h1 class="title_${hc}">${esc(h1)}</h1>
<div class="meta_${hc}"><span>${minutes}分钟</span><span>·</span><span>${slash ? page.date!.replace(/-/g, '/') : cnDay(page.date!)}</span><span>·</span><span>${rng.int(1, 90)}${rng.pick(['', '.2', '.8'])}万次播放</span></div>
<div class="player_${hc}"><audio preload="none" src="${next.props.pageProps.episode.enclosure.url}"></audio></div>
<article class="sn_${hc}">
${cardLine}
<p>听众提问：${esc(rng.pick(ASKER_LINES))}</p>
${tl}
<p><strong>本期要点：</strong></p>
${paras(page.paragraphs)}
<p>BGM：${rng.pick(['Sunny Day - Lo-Fi', '晨光 - 钢琴版'])}</p>
<p>商务合作请联系 vx：${token(rng, 8)}</p>
<p>本节目内容仅供科普，不能替代面诊。</p>
</article>
${cmts}
${list}
</main></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(next)}</script>`;
    const html = documentOf(`${h1} - ${show} | 小宇宙`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'voice',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), datedList),
      }),
    };
  },
};

// --- F4. ptt-re-yishi-huiwen ---

const PTT_BOARDS = ['Health', 'BabyMother', 'Doctor-Info'] as const;
const TW_HOSPITALS = ['臺大醫院', '臺北榮民總醫院', '亞東紀念醫院', '國泰綜合醫院', '中國醫藥大學附設醫院', '高雄醫學大學附設中和紀念醫院'] as const;
const TW_TITLES = ['主治醫師', '主任', '住院醫師', '總醫師'] as const;
const PTT_IDS = ['snowcat', 'kiki0312', 'lovemilk', 'taipeiboy', 'jjj1122', 'wenwen'] as const;
const EN_WEEK = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Sat May  6 14:22:31 2023, as ctime prints it (the day padded with a space). */
const ctime = (iso: string, time: string, sec: number) =>
  `${EN_WEEK[weekday(iso)]} ${EN_MON[Number(iso.slice(5, 7)) - 1]} ${String(Number(iso.slice(8, 10))).padStart(2, ' ')} ${time}:${two(sec)} ${iso.slice(0, 4)}`;
const ip = (rng: Rng) => `${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
/** A paragraph broken by hand after a comma or full stop once a line is past `width` characters. */
const wrapByHand = (p: string, width: number) => {
  const lines: string[] = [];
  let cur = '';
  for (const c of Array.from(p)) {
    cur += c;
    if (Array.from(cur).length >= width && /[，。；、]/u.test(c)) {
      lines.push(cur);
      cur = '';
    }
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
};

/**
 * F4. 批踢踢實業坊's web view of a doctor's `Re:` post (www.ptt.cc/bbs/{board}/M.{epoch}.A.{hex}.html, host and path
 * form as remembered; the boards and a doctor answering there are guesses), traditional, UTF-8, no canonical, the
 * body plain text lines in `#main-content` (no `<p>`): the metalines 作者 `{id} ({nick})` (none), 看板, 標題 `Re: [問題]
 * {question}` or `Re: [請益]` (the question keyed, the prefix none), 時間 ctime `Sat May  6 14:22:31 2023` (keyed);
 * on 75% `※ 引述《{id} ({nick})》之銘言：` and `: ` quoted lines (none); on 35% a `原PO您好：` line (none); the answer,
 * paragraphs parted by a blank line, on 35% broken by hand at a comma after 18–26 characters (the lines joined: one
 * paragraph); `--` and the signature (keyed): `{name} 醫師` over `{hospital} {department} {title}` (40%), a one-liner
 * `{hospital}{department} {name}醫師` (30%, title 醫師: fresh-80), or `{department}{title} {name}` over `{hospital}`
 * (30%); `※ 發信站:` and `※ 文章網址:` (none); on 40% `※ 編輯:` with a later `05/08/2023 09:12:44` (none); 0–7 pushes
 * `推 {id}: …  05/06 15:02` (none); no related list (`[]`).
 */
const pttReYishiHuiwen: Family = {
  name: 'ptt-re-yishi-huiwen',
  split: 'fresh-96',
  site: 'www.ptt.cc',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const board = rng.pick([...PTT_BOARDS]);
    const hospital = rng.pick([...TW_HOSPITALS]);
    const twTitle = rng.pick([...TW_TITLES]);
    const sig = rng.weighted([['two', 4], ['one', 3], ['dept', 3]] as const);
    const kind = rng.pick(['問題', '請益']);
    const quote = rng.chance(0.75);
    const greet = rng.chance(0.35);
    const wrapped = rng.chance(0.35);
    const edited = rng.chance(0.4);
    const pushes = rng.int(0, 7);
    const author = `dr${token(rng, 4)}`;
    const nick = rng.pick(['路過的醫師', '白袍小熊', `${name.slice(0, 1)}醫師`, '值班中']);
    const asker = rng.pick([...PTT_IDS]);
    const epoch = Math.floor(Date.parse(`${page.date}T${page.time}:00+08:00`) / 1000);
    const url = `https://www.ptt.cc/bbs/${board}/M.${epoch}.A.${token(rng, 3).toUpperCase()}.html`;
    const ask = `${asker} (${rng.pick(['小花', '阿明', '路人甲', 'Kiki'])})`;
    const quoted = quote ? `<span class="f6">※ 引述《${esc(ask)}》之銘言：</span>\n<span class="f6">: ${esc(trad(rng.pick(ASKER_LINES)))}</span>\n<span class="f6">: ${esc(question)}</span>\n<span class="f6">: ${esc(trad(rng.pick(ASKER_LINES)))}</span>\n\n` : '';
    const width = rng.int(18, 26);
    const text = paragraphs.map((x) => esc(wrapped ? wrapByHand(x, width) : x)).join('\n\n');
    const signature =
      sig === 'two'
        ? `${esc(name)} 醫師\n${hospital} ${esc(dept)} ${twTitle}`
        : sig === 'one'
          ? `${hospital}${esc(dept)} ${esc(name)}醫師`
          : `${esc(dept)}${twTitle} ${esc(name)}\n${hospital}`;
    const editDay = shift(page.date!, rng.int(1, 4));
    const editLine = edited ? `<span class="f2">※ 編輯: ${author} (${ip(rng)} 臺灣), ${editDay.slice(5, 7)}/${editDay.slice(8, 10)}/${editDay.slice(0, 4)} ${hhmm(rng)}:${two(rng.int(0, 59))}\n</span>` : '';
    const pushList = Array.from({ length: pushes }, (_, i) => {
      const tag = rng.weighted([['推 ', 5], ['→ ', 3], ['噓 ', 1]] as const);
      const pd = shift(page.date!, rng.int(0, 2));
      const who = i === 0 && rng.chance(0.5) ? asker : rng.pick([...PTT_IDS]);
      return `<div class="push"><span class="${tag === '推 ' ? 'hl ' : 'f1 hl '}push-tag">${tag}</span><span class="f3 hl push-userid">${who}</span><span class="f3 push-content">: ${rng.pick(['感謝醫師詳細解說', '推專業', '長知識了', '原PO快去看醫生吧', '請問要掛哪一科？'])}</span><span class="push-ipdatetime"> ${pd.slice(5, 7)}/${pd.slice(8, 10)} ${hhmm(rng)}\n</span></div>`;
    }).join('');
    const meta = (tag: string, value: string, right = false) =>
      `<div class="article-metaline${right ? '-right' : ''}"><span class="article-meta-tag">${tag}</span><span class="article-meta-value">${value}</span></div>`;
    const title = `Re: [${kind}] ${question}`;
    const body = `<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>&rsaquo;</span><a class="board" href="/bbs/${board}/index.html"><span class="board-label">看板 </span>${board}</a><a class="right small" href="/about.html">關於我們</a><a class="right small" href="/contact.html">聯絡資訊</a></div></div>
<div id="navigation-container"><div id="navigation" class="bbs-content"><a class="board" href="/bbs/${board}/index.html">返回看板</a><div class="bar"></div></div></div>
<div id="main-container"><div id="main-content" class="bbs-screen bbs-content">${meta('作者', esc(`${author} (${nick})`))}${meta('看板', board, true)}${meta('標題', esc(title))}${meta('時間', ctime(page.date!, page.time, rng.int(0, 59)))}
${quoted}${greet ? '原PO您好：\n\n' : ''}${text}

--
${signature}
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: ${ip(rng)} (臺灣)
</span><span class="f2">※ 文章網址: <a href="${url}" target="_blank" rel="noopener noreferrer nofollow">${url}</a>
</span>${editLine}${pushList}</div>
<div id="article-polling" data-pollurl="/poll/${board}/M.${epoch}.A.html?cacheKey=${token(rng, 8)}" data-offset="${rng.int(2000, 9000)}"><span>推文自動更新已關閉</span></div></div>`;
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - 看板 ${board} - 批踢踢實業坊</title>
<meta property="og:url" content="${url}">
<meta property="og:title" content="${esc(title)}">
<meta name="description" content="${esc(Array.from(paragraphs[0]!).slice(0, 40).join(''))}">
<link rel="stylesheet" type="text/css" href="//images.ptt.cc/bbs/v2.27/bbs-common.css">
</head>
<body>
${body}
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: sig === 'one' ? '醫師' : twTitle, department: dept, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

// --- F5. xjmu-shuangyu-kepu-wenda ---

const XJ = '新疆医科大学第一附属医院';
const XJ_UG = 'شىنجاڭ تېببىي ئۇنىۋېرسىتېتى 1-قوشۇمچە دوختۇرخانىسى';
const UG_NAMES: readonly (readonly [string, string])[] = [
  ['艾尔肯·吐尔逊', 'ئەركىن تۇرسۇن'],
  ['古丽娜尔·阿不都拉', 'گۈلنار ئابدۇللا'],
  ['买买提江·艾力', 'مەمەتجان ئېلى'],
  ['热依拉·吾斯曼', 'رەيلا ئوسمان'],
  ['阿依古丽·买合木提', 'ئايگۈل مەخمۇت'],
  ['努尔艾力·阿布力孜', 'نۇرئېلى ئابلىز'],
];
/** 2023-يىلى 5-ئاينىڭ 6-كۈنى (the 6th day of the 5th month of 2023, in Uyghur). */
const ugDay = (iso: string) => `${iso.slice(0, 4)}-يىلى ${Number(iso.slice(5, 7))}-ئاينىڭ ${Number(iso.slice(8, 10))}-كۈنى`;

/**
 * F5. 新疆医科大学第一附属医院's bilingual 科普问答 (www.xjmufh.com/kepu/{id}.html, host and path guesses; the Uyghur
 * words mine, from memory), simplified with Uyghur in Arabic script (`dir="rtl"`, `lang="ug"`) in the header, nav,
 * labels and a note; GB18030 bytes declared `gb18030` on 30% or `gbk` on 20% (browsers decode both as GB18030; the
 * Uyghur goes in four-byte codes), UTF-8 else; canonical on 45%: the header `新疆医科大学第一附属医院` and its Uyghur name
 * (none); `<h1>` the question (keyed), on 45% a Uyghur note under it `ئۇيغۇرچە نۇسخىسى تەييارلىنىۋاتىدۇ` (none);
 * `发布时间：2023-05-06` or `2023年05月06日` (keyed), its Uyghur rendering beside it on 40% (the same day); `来源：` a
 * department (none); the card `专家：{name}　{department}　{title}` — on 40% a Uyghur doctor's name `艾尔肯·吐尔逊` (keyed
 * as printed, with its `·`), its Arabic-script form beside it on half of those (none) — the hospital printed before
 * the department on 45% (the hospital the site's either way: fresh-82); `问 سوئال：` the asker's words and
 * `答 جاۋاب：` (labels and words none), the answer; a 预约挂号 banner and a hotline (none); `相关科普` (snippet on 50%,
 * else `[]`; `2023-05-06` days on 50% of pages, keyed).
 */
const xjmuShuangyuKepuWenda: Family = {
  name: 'xjmu-shuangyu-kepu-wenda',
  split: 'fresh-96',
  site: 'www.xjmufh.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.xjmufh.com';
    const canonical = rng.chance(0.45) ? `${base}/kepu/${page.item.num}.html` : null;
    const enc = rng.weighted([['gb18030', 30], ['gbk', 20], ['utf-8', 50]] as const);
    const note = rng.chance(0.45);
    const padded = rng.chance(0.5);
    const ugBeside = rng.chance(0.4);
    const uyghur = rng.chance(0.4);
    const [ugName, ugScript] = rng.pick(UG_NAMES);
    const scriptBeside = rng.chance(0.5);
    const hospPrinted = rng.chance(0.45);
    const snip = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const name = uyghur ? ugName : d.name!;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/kepu/${itemNum(r)}.html`;
    const ug = (s: string, tag = 'span') => `<${tag} dir="rtl" lang="ug" class="ug">${s}</${tag}>`;
    const list = related.length
      ? `<div class="xgkp"><h3>相关科普 ${ug('مۇناسىۋەتلىك')}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p>${esc(r.snippet)}</p>` : ''}${datedList && r.date ? `<span class="date">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const card = `<div class="expert"><img src="${base}/upload/zj/${token(rng, 8)}.jpg" alt=""><p>专家：${esc(name)}${uyghur && scriptBeside ? ` ${ug(ugScript)}` : ''}　${hospPrinted ? XJ : ''}${esc(d.department!)}　${d.title}</p></div>`;
    const body = `<div class="header"><a href="${base}/"><img src="${base}/images/logo.png" alt="${XJ}"></a><div class="hn"><p class="cn">${XJ}</p>${ug(XJ_UG, 'p')}</div></div>
<div class="nav"><a href="${base}/">首页 ${ug('باش بەت')}</a><a href="${base}/jzzn/">就医指南</a><a href="${base}/kepu/">健康科普 ${ug('ساغلاملىق')}</a><a href="${base}/yygh/">预约挂号</a></div>
<div class="content">
<h1>${esc(page.question)}</h1>
${note ? `${ug('ئۇيغۇرچە نۇسخىسى تەييارلىنىۋاتىدۇ', 'p')}\n` : ''}<div class="info">发布时间：${padded ? cnDayPadded(page.date!) : page.date}${ugBeside ? ` ${ug(ugDay(page.date!))}` : ''}　来源：${rng.pick(['健康管理中心', '宣传部', '门诊部'])}　阅读：${rng.int(80, 9000)}</div>
${card}
<div class="qa">
<p class="q"><b>问 ${ug('سوئال')}：</b>${esc(rng.pick(ASKER_LINES))}</p>
<p class="a"><b>答 ${ug('جاۋاب')}：</b></p>
${paras(page.paragraphs)}
</div>
<div class="banner"><a href="${base}/yygh/">预约挂号</a> 咨询电话：0991-${rng.int(4000000, 4399999)}</div>
</div>
${list}
<div class="footer">${XJ}　乌鲁木齐市鲤鱼山南路137号　新ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = enc === 'gb18030' ? '<meta charset="gb18030">' : enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}-健康科普-${XJ}`, canonical, '', body, meta);
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, {
        doctor: { name, title: d.title, department: d.department, hospital: XJ, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), datedList),
      }),
    };
  },
};

// --- F6. szws-jiankanglaile-pianduan ---

const SZ_HOSTS = ['主持人 陈晓', '主持人 方言', '主持人 叶子'] as const;
const dur = (rng: Rng) => `${two(rng.int(1, 9))}:${two(rng.int(0, 59))}`;

/**
 * F6. 深圳卫视《健康来了》's clip page (www.szmg.com.cn/szws/jklk/{yyyymmdd}/{id}.shtml, host and path guesses; the
 * hosts invented; that the programme has two guests an episode a guess), UTF-8, canonical on 50%: `<h1>` the clip's
 * title, the question (keyed) after `【健康来了】` on 45% (none); a `<video>` (format video: the doctor's segment plays
 * in it, fresh-58); `播出时间：2023-05-06 21:20` or `本期节目于2023年5月6日播出` (keyed), the web `发布时间` 1–3 days later
 * on 50% (none); JSON-LD VideoObject with the later `uploadDate` on 40% (none); `本期嘉宾` two guests in either order,
 * each `{name}　{hospital}{department}{title}`: the answering one (keyed) and another (none); the transcript: a host's
 * line `主持人：` (none), the answering guest's paragraphs, the first after `{name}：` (a speaker's label: none), on
 * 40% the other guest's `补充` line after them (none); `责任编辑：` (none); `更多精彩片段` (link-only `[]`, durations:
 * format video, fresh-58; `2023-05-06` days on 50% of pages, keyed).
 */
const szwsJiankanglailePianduan: Family = {
  name: 'szws-jiankanglaile-pianduan',
  split: 'fresh-96',
  site: 'www.szmg.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.szmg.com.cn';
    const folder = page.date!.replace(/-/g, '');
    const canonical = rng.chance(0.5) ? `${base}/szws/jklk/${folder}/${page.item.num}.shtml` : null;
    const tagged = rng.chance(0.45);
    const airForm = rng.chance(0.55);
    const webDay = rng.chance(0.5);
    const ld = rng.chance(0.4);
    const answererFirst = rng.chance(0.5);
    const otherAdds = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const host = rng.pick([...SZ_HOSTS]);
    const drawn = otherName(rng);
    const other = drawn === d.name ? `${drawn}峰` : drawn;
    const otherWho = `${rng.pick(['深圳市人民医院', '北京大学深圳医院', '香港大学深圳医院', '深圳市中医院'])}${rng.pick(['消化内科', '心血管内科', '营养科', '急诊科'])}${rng.pick(['主任医师', '副主任医师'])}`;
    const later = shift(page.date!, rng.int(1, 3));
    const h1 = tagged ? `【健康来了】${page.question}` : page.question;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/szws/jklk/${(r.date ?? page.date!).replace(/-/g, '')}/${itemNum(r)}.shtml`;
    const list = related.length
      ? `<div class="more-clip"><h3>更多精彩片段</h3><ul>${related.map((r) => `<li><a href="${href(r)}"><span class="pic"><img src="${base}/images/clip/${token(rng, 10)}.jpg" alt=""><em>${dur(rng)}</em></span><span class="t">${esc(r.question)}</span></a>${datedList && r.date ? `<span class="d">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const guests = [`<li><b>${esc(d.name!)}</b>　${esc(d.hospital!)}${esc(d.department!)}${d.title}</li>`, `<li><b>${other}</b>　${otherWho}</li>`];
    if (!answererFirst) guests.reverse();
    const [first, ...rest] = page.paragraphs;
    const transcript = `<p><b>${host.replace('主持人 ', '主持人')}：</b>${rng.pick(['这个问题很多观众都很关心，我们请专家来说一说。', '我们来看一位观众的提问。'])}</p>
<p><b>${esc(d.name!)}：</b>${esc(first!)}</p>
${paras(rest)}${otherAdds ? `\n<p><b>${other}：</b>补充一句，${rng.pick(['如果症状持续不缓解，一定要及时到医院就诊。', '平时也要注意饮食和作息。'])}</p>` : ''}`;
    const air = airForm ? `播出时间：${page.date} 21:20` : `本期节目于${cnDay(page.date!)}播出`;
    const head = ld
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: h1, uploadDate: `${later}T10:00:00+08:00`, thumbnailUrl: `${base}/images/clip/${token(rng, 10)}.jpg` })}</script>\n`
      : '';
    const body = `<div class="top"><a href="${base}/"><img src="${base}/images/logo.png" alt="深圳广电集团"></a><a href="${base}/szws/">深圳卫视</a><a href="${base}/szws/jklk/">健康来了</a></div>
<div class="main">
<h1>${esc(h1)}</h1>
<div class="info"><span>${air}</span>${webDay ? `<span>发布时间：${later} ${hhmm(rng)}</span>` : ''}<span>来源：深圳卫视</span></div>
<div class="video"><video controls preload="none" poster="${base}/images/clip/${token(rng, 10)}.jpg"><source src="https://vod.szmg.com.cn/jklk/${folder}/${token(rng, 16)}.mp4" type="video/mp4"></video><p class="len">时长 ${dur(rng)}</p></div>
<div class="guest"><h3>本期嘉宾</h3><ul>${guests.join('')}</ul></div>
<div class="text">
${transcript}
</div>
<p class="editor">责任编辑：${otherName(rng)}</p>
</div>
${list}
<div class="foot">深圳广播电影电视集团 版权所有 粤ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${h1}_健康来了_深圳卫视`, canonical, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'video',
        related: itemsOf(related, href, canonical, () => null, datedList).map((e) => ({ ...e, format: 'video' as const })),
      }),
    };
  },
};

export const FRESH96_FAMILIES: readonly Family[] = [sggpHuawenJiankangJieda, rthkJinglingYidian, xiaoyuzhouBokeDanji, pttReYishiHuiwen, xjmuShuangyuKepuWenda, szwsJiankanglailePianduan];
