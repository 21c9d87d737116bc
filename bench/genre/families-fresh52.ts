import type { Rng } from '../../kit/pages/rng.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, cnDate, itemNum, shift, token, unpadded } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifty-second fresh held-out set (split `fresh-52`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/) or its tests and without running it on these
 * pages — and committed before its first run. Theme: **doctor Q&A of Chinese-language sites beyond the
 * big mainland portals**: Taiwan (the ministry's 台灣e院, KingNet 國家網路醫院 in Big5, a 醫學中心's own
 * 網路諮詢 board), Hong Kong, Singapore and Malaysian newspapers' health columns, each with its own
 * vocabulary (主治醫師, 家醫科, 醫學中心 / 區域醫院 / 地區醫院 as the hospital's level, 民國 years; 顧問醫生;
 * 高级顾问医生; 资深顾问医生), modelled as closely as remembered, else as such a site plausibly is.
 *
 * The answer key holds what a careful person reads on the page, as displayed (traditional text as
 * printed); a field the page does not print is null (format 'unknown'). The card is the site's: its
 * hospitals, departments and titles are drawn here, not the universe's mainland ones. Where a careful
 * person could hesitate, the key decides (the README row says the same):
 * - a date in the 民國 calendar (`112/05/06`, `112-05-06`) is the western day it names (year + 1911);
 * - the hospital's level (醫學中心, 區域醫院, 地區醫院) is the grade where the page prints it for the
 *   answering doctor's hospital, else null;
 * - a sign-off repeating the card (`… 關心您`, `答者：…`) is the card's, none of the answer; a column's
 *   tag (`【医药信箱】`, a kicker) is none of the question; `答：`, `醫生答：`, `{name}医生答：` are labels;
 * - `醫師` / `醫生` glued after a name is no title where the page prints the doctor's rank elsewhere.
 */

type Related = TruthPage['related'][number];
type Doc = { name: string; title: string; department: string; hospital: string; level: string };

const sexTw = (rng: Rng) => rng.pick(['男', '女']);

/** The expected related items with the site's address for each (`url`) and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const item = { ...e, url: url(page.related[i]!) };
    return { ...item, ...change(item) };
  });

/** A western day in the 民國 calendar, padded or not (`112/05/06`, `112-5-6`). */
const roc = (iso: string, sep: string, pad = true) => {
  const [y, m, d] = iso.split('-');
  const part = (s: string) => (pad ? s : String(Number(s)));
  return `${Number(y) - 1911}${sep}${part(m!)}${sep}${part(d!)}`;
};

// --- Taiwan's vocabulary ---

const TW_HOSPITALS: readonly (readonly [string, string])[] = [
  ['臺大醫院', '醫學中心'], ['臺北榮民總醫院', '醫學中心'], ['林口長庚紀念醫院', '醫學中心'], ['中國醫藥大學附設醫院', '醫學中心'],
  ['高雄醫學大學附設中和紀念醫院', '醫學中心'], ['亞東紀念醫院', '醫學中心'], ['國泰綜合醫院', '醫學中心'], ['臺北市立聯合醫院', '區域醫院'],
  ['天主教聖保祿醫院', '區域醫院'], ['衛生福利部桃園醫院', '區域醫院'], ['光田綜合醫院', '區域醫院'], ['宏恩綜合醫院', '地區醫院'], ['衛生福利部旗山醫院', '地區醫院'],
];
/** The ministry's own hospitals, which answer on 台灣e院. */
const MOHW_HOSPITALS = ['衛生福利部桃園醫院', '衛生福利部臺北醫院', '衛生福利部基隆醫院', '衛生福利部豐原醫院', '衛生福利部南投醫院', '衛生福利部屏東醫院', '衛生福利部旗山醫院'];
const TW_DEPARTMENTS = ['家醫科', '身心科', '小兒科', '婦產科', '皮膚科', '耳鼻喉科', '胃腸肝膽科', '心臟內科', '神經內科', '泌尿科', '骨科', '眼科', '新陳代謝科', '復健科'];
const TW_TITLES = ['主治醫師', '主任', '科主任', '住院醫師', '主治醫師', '副院長'];

const twDoctor = (rng: Rng, page: TruthPage): Doc => {
  const [hospital, level] = rng.pick(TW_HOSPITALS);
  return { name: trad(page.doctor.name!), title: rng.pick(TW_TITLES), department: rng.pick(TW_DEPARTMENTS), hospital, level };
};

/** A page in the site's language (zh-TW, zh-HK, zh-SG, zh-MY) around a body. */
const pageOf = (lang: string, title: string, canonical: string | null, charset: string, body: string) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
${charset}
<title>${esc(title)}</title>
${canonical ? `<link rel="canonical" href="${canonical}">\n` : ''}</head>
<body>
${body}
</body>
</html>`;

const TW_SURNAMES = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊'];
const TW_ASKER_LINES = ['請問醫師這樣需要看診嗎？', '請問該掛哪一科？', '想請問醫師該怎麼辦，謝謝。', '需要做什麼檢查嗎？'];

// --- F1. tw-eyuan ---

/**
 * F1. 衛生福利部 台灣e院's 醫療諮詢 page (sp1.hso.mohw.gov.tw/doctor/All/ShowDetail.php?q_no=…), UTF-8, a
 * government table page: the header (衛生福利部 台灣e院, 醫療諮詢 / 健康百科 / 醫療院所查詢, 字級 大 中 小),
 * crumbs 首頁 > 醫療諮詢 > {科別}; a `table.ShowDetail` of label cells: `#`{q_no}, 諮詢科別, 主題 (the
 * question), 性別 / 年齡, 提問日期, 諮詢內容 (the asker's words); then the reply's table: 回覆醫院,
 * 回覆科別, 回覆醫師 (`{name} {title}`), 回覆日期, and 回覆內容 (the answer in `<p>`s, ending on half with a
 * sign-off `{hospital} {科} 關心您` of its own); days `2023/05/06` or, on 30%, `112/05/06` (民國);
 * 同科別其他諮詢: a table of # / 主題 (link) / 回覆日期, no snippet. The ministry's hospitals, no level printed.
 */
const twEyuan: Family = {
  name: 'tw-eyuan',
  split: 'fresh-52',
  site: 'sp1.hso.mohw.gov.tw',
  render(page, rng): Rendered {
    const doc = { ...twDoctor(rng, page), hospital: rng.pick(MOHW_HOSPITALS) };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const signOff = rng.chance(0.5);
    const rocDays = rng.chance(0.3);
    const day = (iso: string) => (rocDays ? roc(iso, '/') : iso.replace(/-/g, '/'));
    const asked = shift(page.date!, -rng.int(1, 5));
    const detail = (n: number) => `https://sp1.hso.mohw.gov.tw/doctor/All/ShowDetail.php?q_no=${n}&SortBy=q_no&PageNo=1`;
    const url = (r: Related) => detail(itemNum(r));
    const row = (label: string, value: string) => `<tr><th class="title" width="15%">${label}</th><td class="content">${value}</td></tr>`;
    const related = page.related.length
      ? `<h4 class="sub_title">同科別其他諮詢</h4>
<table class="table_list" width="100%"><tr><th>#</th><th>主題</th><th>回覆日期</th></tr>
${page.related.map((r) => `<tr><td>${itemNum(r)}</td><td><a href="${esc(url(r))}">${esc(trad(r.question))}</a></td><td>${day(r.date!)}</td></tr>`).join('\n')}
</table>`
      : '';
    const body = `<div id="header"><a href="https://sp1.hso.mohw.gov.tw/doctor/"><img src="/doctor/images/logo.png" alt="衛生福利部 台灣e院"></a>
<ul class="menu"><li><a href="/doctor/All/index.php">醫療諮詢</a></li><li><a href="/doctor/Often_question/">健康百科</a></li><li><a href="https://ma.mohw.gov.tw/">醫療院所查詢</a></li></ul><div class="fontsize">字級：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div></div>
<div class="path"><a href="/doctor/">首頁</a> &gt; <a href="/doctor/All/index.php">醫療諮詢</a> &gt; ${doc.department}</div>
<div id="main">
<table class="ShowDetail" width="100%" border="0" cellspacing="1">
${row('#', String(page.item.num))}
${row('諮詢科別', doc.department)}
${row('主題', esc(question))}
${row('性別 / 年齡', `${sexTw(rng)} / ${rng.int(3, 80)}歲`)}
${row('提問日期', day(asked))}
${row('諮詢內容', `${esc(trad(ask(page)))}，${rng.pick(TW_ASKER_LINES)}`)}
</table>
<table class="ShowDetail reply" width="100%" border="0" cellspacing="1">
${row('回覆醫院', esc(doc.hospital))}
${row('回覆科別', doc.department)}
${row('回覆醫師', `${esc(doc.name)} ${doc.title}`)}
${row('回覆日期', day(page.date!))}
${row('回覆內容', `${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${signOff ? `<p>${esc(doc.hospital)} ${doc.department} 關心您</p>` : ''}`)}
</table>
<p class="notice">※本網站提供之醫療諮詢內容僅供參考，如有身體不適，請儘速就醫。</p>
${related}
</div>
<div id="footer">衛生福利部 版權所有 © ${page.date!.slice(0, 4)} 地址：115204 臺北市南港區忠孝東路6段488號</div>`;
    const html = pageOf('zh-TW', `台灣e院-醫療諮詢-${question}`, null, '<meta charset="utf-8">', body);
    const expected = expectedOf(page, {
      question,
      doctor: { name: doc.name, title: doc.title, department: doc.department, hospital: doc.hospital, hospital_grade: null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ question: trad(e.question), paragraphs: [], format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. kingnet-big5 ---

/**
 * F2. KingNet 國家網路醫院's 醫生諮詢 page (www.kingnet.com.tw/doctor/qa/detail.html?qid=…), Big5
 * (`<meta http-equiv>` or `<meta charset="big5">`), an old table layout with `<font>`s: the top bar
 * (KingNet 國家網路醫院, 醫生諮詢 | 健康百科 | 藥品查詢), crumbs 醫生諮詢 > {科別}; the question after a
 * `問` picture (alt 問) in `td.qa_title`; 發問者 (a masked name) and 發問日期; the asker's words; an `答`
 * picture, then the doctor box: `{name} 醫師` in bold (the name a link to the doctor's page), `現職：`
 * hospital, 科 and title — glued (`臺大醫院家醫科主治醫師`) on half, spaced on the others —, on half a
 * `醫院層級：醫學中心` line; the answer as `<br>` lines in `td.qa_ans`; `回覆日期：2023/5/6` (unpadded) or
 * `2023-05-06 14:22`; 其他相關問題 items (link, `<br>`, the snippet in a small `<font>`), undated.
 */
const kingnetBig5: Family = {
  name: 'kingnet-big5',
  split: 'fresh-52',
  site: 'www.kingnet.com.tw',
  render(page, rng): Rendered {
    const doc = twDoctor(rng, page);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const glued = rng.chance(0.5);
    const levelShown = rng.chance(0.5);
    const when = rng.chance(0.5) ? unpadded(page.date!, '/') : `${page.date} ${page.time}`;
    const url = (r: Related) => `http://www.kingnet.com.tw/doctor/qa/detail.html?qid=${itemNum(r)}`;
    const related = page.related.length
      ? `<table width="100%" class="related"><tr><td class="r_title"><font color="#CC6600"><b>其他相關問題</b></font></td></tr>
<tr><td><ul>${page.related.map((r) => `<li><a href="${esc(url(r))}">${esc(trad(r.question))}</a><br><font size="2" color="#666666">${esc(trad(r.snippet))}</font></li>`).join('\n')}</ul></td></tr></table>`
      : '';
    const job = glued ? `${esc(doc.hospital)}${doc.department}${doc.title}` : `${esc(doc.hospital)} ${doc.department} ${doc.title}`;
    const body = `<table width="960" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="top"><a href="http://www.kingnet.com.tw/"><img src="/images/logo.gif" alt="KingNet 國家網路醫院" border="0"></a></td>
<td class="topnav"><a href="/doctor/">醫生諮詢</a> | <a href="/knowledge/">健康百科</a> | <a href="/medicine/">藥品查詢</a></td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="4" align="center">
<tr><td class="path"><font size="2"><a href="/doctor/">醫生諮詢</a> &gt; <a href="/doctor/list.html?dept=${token(rng, 4)}">${doc.department}</a></font></td></tr>
<tr><td class="qa_title"><img src="/images/q.gif" alt="問" align="absmiddle"> <font size="4" color="#006699"><b>${esc(question)}</b></font></td></tr>
<tr><td class="qa_info"><font size="2" color="#999999">發問者：${rng.pick(TW_SURNAMES)}**　發問日期：${unpadded(shift(page.date!, -rng.int(0, 4)), '/')}</font></td></tr>
<tr><td class="qa_q">${esc(trad(ask(page)))}，${rng.pick(TW_ASKER_LINES)}</td></tr>
<tr><td><img src="/images/a.gif" alt="答" align="absmiddle"></td></tr>
<tr><td class="doctor_box"><table border="0" cellpadding="2"><tr><td rowspan="3"><img src="/doctor/photo/${token(rng, 6)}.jpg" width="80"></td>
<td><b><a href="/doctor/profile.html?did=${rng.int(1000, 9999)}">${esc(doc.name)}</a> 醫師</b></td></tr>
<tr><td><font size="2">現職：${job}</font></td></tr>
${levelShown ? `<tr><td><font size="2">醫院層級：${doc.level}</font></td></tr>` : '<tr><td></td></tr>'}
</table></td></tr>
<tr><td class="qa_ans">${paragraphs.map(esc).join('<br>\n')}</td></tr>
<tr><td class="qa_date"><font size="2" color="#999999">回覆日期：${when}</font></td></tr>
<tr><td>${related}</td></tr>
</table>
<div class="copyright"><font size="2">Copyright &copy; KingNet 國家網路醫院 All Rights Reserved.</font></div>`;
    const charset = rng.pick(['<meta charset="big5">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">']);
    const html = pageOf('zh-TW', `${question} - 醫生諮詢 - KingNet 國家網路醫院`, null, charset, body);
    const expected = expectedOf(page, {
      question,
      doctor: { name: doc.name, title: doc.title, department: doc.department, hospital: doc.hospital, hospital_grade: levelShown ? doc.level : null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ question: trad(e.question), paragraphs: e.paragraphs.map(trad), format: 'unknown', date: null })),
    });
    return { body: big5(html), expected };
  },
};

// --- F3. tw-hospital-board ---

/**
 * F3. A 醫學中心's own 網路諮詢 board (馬偕紀念醫院, www.mmh.org.tw/.../consult_detail.php?id=…), UTF-8, an
 * ASP-era board: the masthead (logo 馬偕紀念醫院 Mackay Memorial Hospital, with a `醫學中心` badge beside
 * it on 40%, 門診時刻表 / 網路掛號 / 網路諮詢), crumbs 首頁 > 網路諮詢 > {科}; `table.tb_board` rows 主旨 (the
 * question), 發問者 (`陳**`) with 發問時間, 內容 (the asker's words), 回覆 (the answer in `<br>` lines),
 * 回覆者 (`{科} {name} {title}`, no hospital: the site is the hospital) with 回覆時間; days in the 民國
 * calendar with dashes (`112-05-06 14:22`) on half, with slashes (`112/05/06`) on a quarter, western on a
 * quarter; 上一則 / 下一則 links (consult_prev.php / consult_next.php); 本科最新諮詢: link, 已回覆, the day — no snippet.
 */
const BOARD_HOSPITAL = '馬偕紀念醫院';
const twHospitalBoard: Family = {
  name: 'tw-hospital-board',
  split: 'fresh-52',
  site: 'www.mmh.org.tw',
  render(page, rng): Rendered {
    const doc = { ...twDoctor(rng, page), hospital: BOARD_HOSPITAL, level: '醫學中心' };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const badge = rng.chance(0.4);
    const style = rng.pick(['roc-dash', 'roc-dash', 'roc-slash', 'western'] as const);
    const day = (iso: string) => (style === 'roc-dash' ? roc(iso, '-') : style === 'roc-slash' ? roc(iso, '/') : iso);
    const asked = shift(page.date!, -rng.int(1, 6));
    const url = (r: Related) => `https://www.mmh.org.tw/consult/consult_detail.php?id=${itemNum(r)}`;
    const related = page.related.length
      ? `<div class="latest"><h3>本科最新諮詢</h3><table class="tb_list">${page.related.map((r) => `<tr><td><a href="${url(r)}">${esc(trad(r.question))}</a></td><td class="state">已回覆</td><td class="date">${day(r.date!)}</td></tr>`).join('\n')}</table></div>`
      : '';
    const body = `<div id="masthead"><a href="https://www.mmh.org.tw/"><img src="/images/logo.png" alt="馬偕紀念醫院 Mackay Memorial Hospital"></a>${badge ? ' <span class="level">醫學中心</span>' : ''}
<ul class="topmenu"><li><a href="/register/timetable.php">門診時刻表</a></li><li><a href="/register/">網路掛號</a></li><li><a href="/consult/">網路諮詢</a></li></ul></div>
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/consult/">網路諮詢</a> &gt; ${doc.department}</div>
<table class="tb_board" width="100%" cellspacing="1" cellpadding="6">
<tr><th width="12%">主旨</th><td colspan="3">${esc(question)}</td></tr>
<tr><th>發問者</th><td>${rng.pick(TW_SURNAMES)}**</td><th width="12%">發問時間</th><td>${day(asked)} ${String(rng.int(7, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</td></tr>
<tr><th>內容</th><td colspan="3">${esc(trad(ask(page)))}，${rng.pick(TW_ASKER_LINES)}</td></tr>
<tr class="reply"><th>回覆</th><td colspan="3">${paragraphs.map(esc).join('<br>\n')}</td></tr>
<tr><th>回覆者</th><td>${doc.department} ${esc(doc.name)} ${doc.title}</td><th>回覆時間</th><td>${day(page.date!)} ${page.time}</td></tr>
</table>
<div class="pager"><a href="/consult/consult_prev.php?id=${page.item.num}">上一則</a> | <a href="/consult/">回列表</a> | <a href="/consult/consult_next.php?id=${page.item.num}">下一則</a></div>
${related}
<div id="footer">馬偕紀念醫院 版權所有 台北院區：10449 臺北市中山區中山北路二段92號 電話：(02)2543-3535</div>`;
    const html = pageOf('zh-TW', `網路諮詢 - ${question} - 馬偕紀念醫院`, null, '<meta charset="utf-8">', body);
    const expected = expectedOf(page, {
      question,
      doctor: { name: doc.name, title: doc.title, department: doc.department, hospital: doc.hospital, hospital_grade: badge ? doc.level : null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ question: trad(e.question), paragraphs: [], format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. zaobao-column ---

const SG_HOSPITALS = ['新加坡中央医院', '陈笃生医院', '国立大学医院', '樟宜综合医院', '黄廷方综合医院', '竹脚妇幼医院', '邱德拔医院'];
const SG_DEPARTMENTS = ['心脏科', '肠胃科', '皮肤科', '家庭医学科', '儿科', '呼吸与重症医学科', '内分泌科', '骨科', '精神科', '耳鼻喉科'];
const SG_TITLES = ['高级顾问医生', '顾问医生', '副顾问医生', '专科医生'];

/**
 * F4. 联合早报's 医生答读者问 column (www.zaobao.com.sg/lifestyle/health/story{yyyymmdd}-{id}), UTF-8,
 * simplified (Singapore): the masthead (联合早报, 新闻 / 财经 / 生活 / 保健), crumbs 生活 > 保健; a kicker
 * `医生答读者问` over the `<h1>` (the question); `发布/2023年5月6日 5:30 AM` (12-hour, with AM/PM); the
 * reader's letter as `问：…` with `（读者 陈女士）` after it; the answer, its first paragraph opened by a bold
 * `答：`; then `答者：{name}医生（{hospital}{科}{title}）` (in one paragraph, parts glued); 相关文章: links
 * to other columns each with its 发布 day, no snippet; a share row, 订阅 box. No level (the island's
 * hospitals print none).
 */
const zaobaoColumn: Family = {
  name: 'zaobao-column',
  split: 'fresh-52',
  site: 'www.zaobao.com.sg',
  render(page, rng): Rendered {
    const doc = { name: page.doctor.name!, title: rng.pick(SG_TITLES), department: rng.pick(SG_DEPARTMENTS), hospital: rng.pick(SG_HOSPITALS) };
    const [hh, mm] = page.time.split(':').map(Number) as [number, number];
    const clock = `${hh % 12 === 0 ? 12 : hh % 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
    const story = (iso: string, n: number) => `https://www.zaobao.com.sg/lifestyle/health/story${iso.replace(/-/g, '')}-${n}`;
    const url = (r: Related) => story(r.date!, itemNum(r));
    const [first, ...rest] = page.paragraphs;
    const related = page.related.length
      ? `<section class="related-articles"><h2>相关文章</h2><ul>${page.related.map((r) => `<li><a href="${url(r)}">${esc(r.question)}</a><span class="date">${cnDate(r.date!)}</span></li>`).join('\n')}</ul></section>`
      : '';
    const body = `<header class="masthead"><a class="logo" href="https://www.zaobao.com.sg/">联合早报</a><nav><a href="/news">新闻</a> <a href="/finance">财经</a> <a href="/lifestyle">生活</a> <a href="/lifestyle/health">保健</a></nav></header>
<nav class="breadcrumb"><a href="/lifestyle">生活</a> &gt; <a href="/lifestyle/health">保健</a></nav>
<article class="article">
<div class="kicker">医生答读者问</div>
<h1 class="article-title">${esc(page.question)}</h1>
<div class="article-meta">发布/${cnDate(page.date!)} ${clock}</div>
<div class="article-body">
<p>问：${esc(ask(page))}，${rng.pick(['请问医生我该怎么办？', '请问需要看专科吗？', '这种情况严重吗？'])}（读者 ${rng.pick(['陈', '林', '黄', '李'])}${rng.pick(['女士', '先生'])}）</p>
<p><strong>答：</strong>${esc(first!)}</p>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="byline">答者：${esc(doc.name)}医生（${esc(doc.hospital)}${doc.department}${doc.title}）</p>
</div>
<div class="share">分享：<a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
</article>
${related}
<aside class="subscribe"><p>订阅联合早报，每日掌握新加坡与国际新闻</p><a href="/subscribe">立即订阅</a></aside>
<footer>© ${page.date!.slice(0, 4)} SPH Media Limited. Co. Regn. No. 202120748H</footer>`;
    const html = pageOf('zh-SG', `${page.question} | 联合早报`, story(page.date!, page.item.num), '<meta charset="utf-8">', body);
    const expected = expectedOf(page, {
      doctor: { ...doc, hospital_grade: null },
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. hk-health-column ---

const HK_HOSPITALS = ['瑪麗醫院', '伊利沙伯醫院', '威爾斯親王醫院', '屯門醫院', '東區尤德夫人那打素醫院', '養和醫院', '港安醫院'];
const HK_DEPARTMENTS = ['內科', '兒科', '婦產科', '外科', '精神科', '眼科', '耳鼻喉科', '家庭醫學科'];
const HK_TITLES = ['顧問醫生', '副顧問醫生', '高級醫生', '駐院醫生'];

/**
 * F5. A Hong Kong newspaper's health site's 醫生答問 column (health.mingpao.com-like: /column/{id}), UTF-8,
 * traditional (Hong Kong): the header (健康網, 醫生答問 / 疾病資訊 / 健康新聞), crumbs 主頁 > 醫生答問; the
 * `<h1>` (the question); **the author box before the text**: `撰文：` with `{name}醫生` and a line
 * `{hospital}{科}{title}` (the parts glued, as bylines print them), the day under the title
 * (`2023年5月6日`, or day first `16/5/2023` on half the pages whose day is over 12, with `星期六` after it on half); the reader's question as
 * `讀者問：…`, the answer opened by `醫生答：` in a `<strong>` on a line of its own, its paragraphs in
 * `<p>`s; `（以上資料只供參考，如有疑問請向醫生查詢。）`; 延伸閱讀: links only, undated; a 熱門文章 box of
 * unrelated news (no items). No level.
 */
const hkHealthColumn: Family = {
  name: 'hk-health-column',
  split: 'fresh-52',
  site: 'health.mingpao.com',
  render(page, rng): Rendered {
    const doc = { name: trad(page.doctor.name!), title: rng.pick(HK_TITLES), department: rng.pick(HK_DEPARTMENTS), hospital: rng.pick(HK_HOSPITALS) };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const [y, m, d] = page.date!.split('-').map(Number) as [number, number, number];
    const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
    // Day first only where the day is over 12 (else the Chinese form): no printed day reads two ways.
    const day = `${d > 12 && rng.chance(0.5) ? `${d}/${m}/${y}` : `${y}年${m}月${d}日`}${rng.chance(0.5) ? ` 星期${weekday}` : ''}`;
    const url = (r: Related) => `https://health.mingpao.com/column/${itemNum(r)}`;
    const related = page.related.length
      ? `<div class="extend-read"><h3>延伸閱讀</h3><ul>${page.related.map((r) => `<li><a href="${url(r)}">${esc(trad(r.question))}</a></li>`).join('')}</ul></div>`
      : '';
    const hot = ['本港新增流感個案 衞生防護中心籲市民接種疫苗', '炎夏運動防中暑 專家教你補充水分', '長者跌倒風險高 家居安全要留意']
      .map((t, i) => `<li><a href="https://health.mingpao.com/news/${page.item.num + 1000 + i}">${t}</a></li>`)
      .join('');
    const body = `<header class="site-header"><a class="logo" href="https://health.mingpao.com/">明報健康網</a><nav><a href="/column/">醫生答問</a> <a href="/disease/">疾病資訊</a> <a href="/news/">健康新聞</a></nav></header>
<div class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/column/">醫生答問</a></div>
<div class="content-wrap"><article class="column-article">
<h1>${esc(question)}</h1>
<div class="author-box"><img src="https://health.mingpao.com/images/author/${token(rng, 8)}.jpg" alt=""><div class="author-info"><span class="by">撰文：</span><span class="author-name">${esc(doc.name)}醫生</span><br><span class="author-post">${esc(doc.hospital)}${doc.department}${doc.title}</span></div></div>
<div class="publish-date">${day}</div>
<div class="article-content">
<p>讀者問：${esc(trad(ask(page)))}，${rng.pick(['請問醫生應該點處理？', '需唔需要睇專科？', '請問嚴唔嚴重？'])}</p>
<p><strong>醫生答：</strong></p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="remark">（以上資料只供參考，如有疑問請向醫生查詢。）</p>
</div>
${related}
</article>
<aside class="sidebar"><div class="hot"><h3>熱門文章</h3><ul>${hot}</ul></div></aside></div>
<footer>© 明報網站 版權所有</footer>`;
    const html = pageOf('zh-HK', `${question} - 醫生答問 - 明報健康網`, `https://health.mingpao.com/column/${page.item.num}`, '<meta charset="utf-8">', body);
    const expected = expectedOf(page, {
      question,
      doctor: { ...doc, hospital_grade: null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ question: trad(e.question), paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. sinchew-mailbox ---

const MY_HOSPITALS = ['双威医药中心', '班台医药中心', '马来亚大学医药中心', '吉隆坡中央医院', '槟城中央医院', '麦克斯韦医药中心'];
const MY_DEPARTMENTS = ['心脏科', '肠胃肝脏科', '皮肤科', '儿科', '妇产科', '耳鼻喉科', '骨科', '神经科'];
const MY_TITLES = ['顾问医生', '专科医生', '资深顾问医生'];
const MY_CITIES = ['吉隆坡', '八打灵再也', '槟城', '怡保', '新山', '古晋'];

/**
 * F6. 星洲网's 医药信箱 column (www.sinchew.com.my/news/{yyyymmdd}/health/{id}), UTF-8, simplified,
 * `lang="zh-MY"`: the header (星洲网, 国内 / 国际 / 健康), crumbs 首页 > 健康 > 医药信箱; the `<h1>` with the
 * column's tag before the question (`【医药信箱】…`); `2023/05/06 14:22` under it; the reader's letter
 * `读者 小华（吉隆坡）问：` over its words; `{name}医生答：` in a paragraph of its own, the answer's `<p>`s
 * with, on half, a `广告` block (an ad slot with its caption) after the first; a `关于医生` box after the
 * text (name, title, hospital, 科 as labelled lines: 姓名 / 职称 / 医院 / 科别); 相关新闻 links, undated;
 * a 下载星洲网App bar. No level.
 */
const sinchewMailbox: Family = {
  name: 'sinchew-mailbox',
  split: 'fresh-52',
  site: 'www.sinchew.com.my',
  render(page, rng): Rendered {
    const doc = { name: page.doctor.name!, title: rng.pick(MY_TITLES), department: rng.pick(MY_DEPARTMENTS), hospital: rng.pick(MY_HOSPITALS) };
    const ad = rng.chance(0.5);
    const story = (iso: string, n: number) => `https://www.sinchew.com.my/news/${iso.replace(/-/g, '')}/health/${n}`;
    const url = (r: Related) => story(r.date!, itemNum(r));
    const [first, ...rest] = page.paragraphs;
    const text = [`<p>${esc(first!)}</p>`, ...(ad ? ['<div class="ad-slot"><span class="ad-label">广告</span><div id="div-gpt-ad-' + token(rng, 8) + '"></div></div>'] : []), ...rest.map((p) => `<p>${esc(p)}</p>`)];
    const related = page.related.length
      ? `<div class="related-news"><h3>相关新闻</h3><ul>${page.related.map((r) => `<li><a href="${url(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header class="sc-header"><a class="logo" href="https://www.sinchew.com.my/">星洲网</a><nav><a href="/category/国内">国内</a> <a href="/category/国际">国际</a> <a href="/category/健康">健康</a></nav></header>
<div class="breadcrumb"><a href="https://www.sinchew.com.my/">首页</a> &gt; <a href="/category/健康">健康</a> &gt; <a href="/category/健康/医药信箱">医药信箱</a></div>
<article class="article-page">
<h1 class="title">【医药信箱】${esc(page.question)}</h1>
<div class="meta"><span class="time">${page.date!.replace(/-/g, '/')} ${page.time}</span></div>
<div class="article-content">
<p><strong>读者 ${rng.pick(['小华', '阿明', '陈小姐', '林先生', '美玲'])}（${rng.pick(MY_CITIES)}）问：</strong></p>
<p>${esc(ask(page))}，${rng.pick(['请问医生该怎么办？', '需要看专科吗？', '会不会很严重？'])}</p>
<p><strong>${esc(doc.name)}医生答：</strong></p>
${text.join('\n')}
</div>
<div class="about-doctor"><h4>关于医生</h4><p>姓名：${esc(doc.name)}</p><p>职称：${doc.title}</p><p>医院：${esc(doc.hospital)}</p><p>科别：${doc.department}</p></div>
</article>
${related}
<div class="app-bar">下载星洲网App，随时掌握最新资讯</div>`;
    const html = pageOf('zh-MY', `【医药信箱】${page.question} | 星洲网 Sin Chew Daily`, story(page.date!, page.item.num), '<meta charset="utf-8">', body);
    const expected = expectedOf(page, {
      doctor: { ...doc, hospital_grade: null },
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH52_FAMILIES: readonly Family[] = [twEyuan, kingnetBig5, twHospitalBoard, zaobaoColumn, hkHealthColumn, sinchewMailbox];
