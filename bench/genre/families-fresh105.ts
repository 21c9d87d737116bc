import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, personName, shift, token, topicWord, two } from './ordinary-parts.js';
import { MOTHER_TEXTS, md } from './real-site-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-fifth fresh held-out set (split `fresh-105`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fortieth set**, leaning on sites and kinds
 * the table has few of **where the page's structure itself misleads**: six Chinese-language sites (or a section of one)
 * where health questions are answered on pages of their own, none modelled or named by an earlier split (桐庐 / 桐庐县 /
 * 桐廬 / tonglu / tlyy, 童綜合 / 童综合 / 童綜合醫院 / tungs / sltung / 梧棲 / 梧栖 / 台中港, 美国中文网 / 美國中文網 /
 * sinovision, 香港癌症基金會 / 癌症基金 / 癌症基金會 / cancer-fund / cancerfund, 齐鲁壹点 / 壹点 / ql1d, 惠州 / 惠州市 /
 * 中心人民医院 / huizhou / hzszxrmyy each grepped, case-insensitive, fixed strings, in README.md and families*.ts: no hit;
 * `cancer` hit only as an English word in other families' text, `allData` no hit; left alone because of hits: 万宁 /
 * 萬寧 / mannings and 晴報 / am730 (named in earlier rows), 马偕 / 馬偕 / mackay, 高雄醫學 (高醫 / kmuh had none, the long
 * name hit), 聯合醫院, 中國醫藥大學, 光田, 桃園, 新竹, 衛生局, 養和, gleneagles (港怡 had none, the English name hit), 明德,
 * 浸會, 聖保祿, 嘉諾撒, 博愛, 侨报 / 僑報, 加国无忧, iask, 今日悉尼, 医鹿, 阿里健康, alihealth, 小鹿, 微医, 医典, 腾讯, 小红书,
 * 91160 / 健康160, 1药网, 健客, 水滴, 支付宝, 饿了么, 凤凰 / ifeng, 封面, 西瓜, sdyy (顺德 had none, the host word hit), 平阳,
 * 东莞, 广安门, 耕莘, 嘉基, 衛福部; 亿忆 / yeeyi, 大纪元, 上游新闻, 极目 had none but were not taken), each of a kind the
 * table has few of: **a county hospital's site on a 站群 template where every part sits in the same generic box**
 * (桐庐县第一人民医院: `box` / `box-tit` / `box-con` for the crumbs, the Q&A, a featured expert, notices and the list alike),
 * **a Taiwanese hospital's 網路諮詢 in one table** (童綜合醫院: the question, the asker's words, the card and the reply as
 * label / value cells of one `<table>`, Big5 on most pages, ROC days), **a US Chinese portal's 名医问答 on Discuz! Portal**
 * (美国中文网: `2023-5-6 14:22| 发布者:` lines, English days, English in the text, US hospitals), **a bilingual page, English
 * first** (香港癌症基金會's Ask the Expert / 專家問答: an English abridgement and an English byline before the Chinese Q&A),
 * **a news app's share page whose state JSON says other things than the page** (齐鲁壹点's 壹点问医: `__INITIAL_STATE__` with
 * a SEO title, a short title, a grade and an update day the page does not print), and **a hospital page whose doctor card
 * is an image** (惠州市中心人民医院's 专家答疑: the card only in an `<img>`'s alt on some, a QR business card on some, other
 * experts' pictures in a sidebar).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the question**: 桐庐's `问：` line (the box title a question on 60%, `{topic}相关问题解答` asking nothing on 40%: none);
 *   童綜合's `主旨` cell (the `諮詢內容` cell the asker's words: none); 美国中文网's `读者问：` line (the headline
 *   `名医问答：{question}` or one that asks nothing: none); 癌症基金會's Chinese `問：` (the English `Q:` none);
 *   齐鲁壹点's `网友提问：` line (the `<h1>` a question on half, `{topic}怎么办？专家来解答` on half; the state's SEO `title`
 *   none); 惠州's `<h1>` question;
 * - **which answer is the page's**: the doctor's paragraphs only — 桐庐's after `答：` (the featured expert's box none);
 *   童綜合's `回覆內容` cell (`<br><br>` paragraphs; the `敬祝 健康平安` wish and the 提醒 row none); 美国中文网's after `答：` (the
 *   bracketed English disclaimer, the 嘉宾简介 and the readers' comments none); 癌症基金會's Chinese `答：` paragraphs (**the
 *   English `A:` abridgement none**, the hotline box none); 齐鲁壹点's after `专家解答：` (the reporter's lede, the state's
 *   `content` and its editor's line none); 惠州's answer box (the sidebar experts none);
 * - **the date the answer's day**: 桐庐's `发布时间` (the `提问时间` none); 童綜合's `回覆日期` (ROC `112/05/06` or
 *   `112-05-06`, or `2023/05/06`; the `提問日期` none); 美国中文网's `2023-5-6 14:22|` line or `May 6, 2023` byline (a
 *   comment's day none); 癌症基金會's `日期：2023年5月6日` / English `Date: 06/05/2023` (day-first) / `6 May 2023`;
 *   齐鲁壹点's printed day (**the state's `updateTime` none**); 惠州's `发布日期` / `时间：2023/5/6`;
 * - **the card** as printed, the grade null everywhere (none printed; **齐鲁壹点's state `hospitalLevel` is not printed:
 *   null**, and its state's short `doctorTitle` `主任` none: the printed title): 桐庐's and 惠州's hospital the site's own (the
 *   masthead), name, title and department as printed (**惠州's from the `<img>` alt where the card is a picture**, the QR's alt
 *   naming only the doctor); 童綜合's hospital `童綜合醫院` (the masthead's name; the legal name `童綜合醫療社團法人` in the footer
 *   none), `{name} 醫師` the title `醫師` (fresh-80 / fresh-83 / fresh-93's convention), other ranks (`{name} 主任醫師`) the title as
 *   printed, the department the `回覆科別` cell; 美国中文网's `{dept}专科医生` the title `专科医生` and the department (the
 *   Hong Kong convention), the hospital the Chinese name (the English in brackets and `MD` none); 癌症基金會's Chinese byline:
 *   `{dept}專科醫生` title 專科醫生 + department, no hospital (none printed), or a `註冊護士` (title, no department) — the
 *   English byline none;
 * - **format**: video where a player of the doctor plays (美国中文网's and 癌症基金會's YouTube iframe, 齐鲁壹点's `<video>`),
 *   voice where 惠州's `<audio>` of the doctor's answer plays, unknown otherwise;
 * - **items**: the list of other questions (桐庐's 相关答疑 box, 童綜合's 其他諮詢 rows, 美国中文网's 相关阅读, 癌症基金會's 更多問答,
 *   齐鲁壹点's 相关推荐, 惠州's 相关答疑), link-only `[]` unless a snippet is printed (惠州's, **`...`-cut on some and kept so**),
 *   dated only where the whole day is printed (桐庐's `2023-05-06` on half: its `05-06` none; 童綜合's ROC cell; 美国中文网's
 *   `2023-5-6`); 桐庐's 通知公告 box, 齐鲁壹点's 热门新闻, 惠州's 相关专家, the nav and footer none; links as written (absolute on
 *   美国中文网), resolved against the canonical where the page names it (齐鲁壹点's and 惠州's on some).
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const unpad = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);
const roc = (iso: string, sep: string) => `${Number(iso.slice(0, 4)) - 1911}${sep}${iso.slice(5, 7)}${sep}${iso.slice(8, 10)}`;
const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const enDay = (iso: string) => `${EN_MONTHS_LONG[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
const dmyLong = (iso: string) => `${Number(iso.slice(8, 10))} ${EN_MONTHS_LONG[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * Big5 bytes as a browser reads them: a character goes out raw only where the WHATWG big5 decoder gives it back (iconv's
 * big5 also writes cp950's extension codes, which browsers read as private-use characters), else as `&#x…;`.
 */
const BIG5_SAFE = new Map<string, boolean>();
const WHATWG_BIG5 = new TextDecoder('big5');
function big5Bytes(html: string): Buffer {
  const out = [...html]
    .map((c) => {
      if (c.charCodeAt(0) < 128) return c;
      let ok = BIG5_SAFE.get(c);
      if (ok === undefined) {
        const b = iconv.encode(c, 'big5');
        ok = iconv.decode(b, 'big5') === c && WHATWG_BIG5.decode(b) === c;
        BIG5_SAFE.set(c, ok);
      }
      return ok ? c : `&#x${c.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
}

// --- F1. tonglu-zhanqun-dayi ---

const TL_NOTICES = ['关于调整春节期间门诊安排的通知', '我院开展“健康义诊进社区”活动', '2023年护士招聘公告', '关于启用新版就诊卡的公告'] as const;

/**
 * F1. 桐庐县第一人民医院's 专家答疑 (www.tlyy.com.cn/zjdy/show-{id}.html: the county hospital from memory; the host, the path,
 * the column and the 站群 vendor's markup guessed), simplified, **GBK declared `gb2312` (40%) or UTF-8 (60%)**, no canonical,
 * **`<p>`s left unclosed on 30%**; **every part in the same box** (`<div class="box"><div class="box-tit"><span>…</span>
 * <a>更多&gt;&gt;</a></div><div class="box-con">…</div></div>`, the class names `box` / `mod` drawn per page): the masthead
 * `桐庐县第一人民医院` (keyed hospital) and nav; a crumbs box; **the main box titled the question (60%) or
 * `{topic}相关问题解答` (40%)**, `发布时间：2023-05-06`  (or `2023年05月06日`) `　来源：{dept}　点击：` (keyed day),
 * `问：{question}` (keyed) with `（提问时间：2023-05-04）` on 40% (none), `答：` and the paragraphs (keyed), the card
 * `答疑专家：{name}　{department}　{title}` before the answer (50%) or `（{department}　{name}　{title}）` after it (50%)
 * (keyed); a share bar and `【打印】【关闭】`; sidebar boxes in the same markup: **专家风采 with another doctor's card** (none), 通知公告
 * with dated notices (none), and **相关答疑** (`/zjdy/show-{id}.html` as written, link-only, `2023-05-06` on 50% (dated),
 * `05-06` on 25% (undated), none on 25%) — on 50% the 相关答疑 box comes before the main box in the source (a left column).
 */
const tongluZhanqunDayi: Family = {
  name: 'tonglu-zhanqun-dayi',
  split: 'fresh-105',
  site: 'www.tlyy.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '桐庐县第一人民医院';
    const gbk = rng.chance(0.4);
    const unclosed = rng.chance(0.3);
    const box = rng.pick(['box', 'mod', 'w-box']);
    const titleAsks = rng.chance(0.6);
    const dayForm = rng.weighted([['iso', 70], ['cn', 30]] as const);
    const askDay = rng.chance(0.4);
    const cardAfter = rng.chance(0.5);
    const listDays = rng.weighted([['full', 50], ['yearless', 25], ['none', 25]] as const);
    const listFirst = rng.chance(0.5);
    const topic = topicWord(page);
    const p = (s: string) => (unclosed ? `<p>${s}\n` : `<p>${s}</p>\n`);
    const B = (title: string, inner: string, more = true) =>
      `<div class="${box}"><div class="${box}-tit"><span>${title}</span>${more ? ' <a class="more" href="/zjdy/">更多&gt;&gt;</a>' : ''}</div><div class="${box}-con">${inner}</div></div>`;
    const day = dayForm === 'iso' ? page.date! : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const card = `<p class="zj">${cardAfter ? `（${esc(d.department!)}　${esc(d.name!)}　${esc(d.title!)}）` : `答疑专家：${esc(d.name!)}　${esc(d.department!)}　${esc(d.title!)}`}</p>\n`;
    const ps = page.paragraphs.map((x, i) => p(`${i === 0 ? '答：' : ''}${esc(x)}`)).join('');
    const main = B(
      titleAsks ? esc(page.question) : `${esc(topic)}相关问题解答`,
      `<div class="info">发布时间：${day}　来源：${esc(d.department!)}　点击：<script>document.write(${rng.int(100, 3000)})</script></div>
<div class="content">
${p(`问：${esc(page.question)}${askDay ? `（提问时间：${shift(page.date!, -rng.int(1, 5))}）` : ''}`)}${cardAfter ? '' : card}${ps}${cardAfter ? card : ''}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>`,
      false,
    );
    const o = { name: personName(rng, d.name!), title: rng.pick(['主任医师', '副主任医师']), dept: rng.pick(['骨科', '普外科', '心血管内科', '儿科']) };
    const featured = B('专家风采', `<img src="/uploads/zj/${token(rng, 8)}.jpg" alt=""><p>${esc(o.name)}　${esc(o.title)}</p><p>${esc(o.dept)}，擅长常见病、多发病的诊治。</p>`);
    const notices = B('通知公告', `<ul>${[0, 1, 2].map((i) => `<li><a href="/tzgg/show-${rng.int(1000, 9999)}.html">${TL_NOTICES[(i + rng.int(0, 3)) % TL_NOTICES.length]}</a><span>${shift(page.date!, -rng.int(1, 60))}</span></li>`).join('')}</ul>`);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zjdy/show-${itemNum(r)}.html`;
    const list = related.length
      ? B('相关答疑', `<ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a>${listDays === 'full' ? `<span class="date">${r.date}</span>` : listDays === 'yearless' ? `<span class="date">${md(r.date!)}</span>` : ''}</li>`).join('\n')}</ul>`)
      : '';
    const side = `<div class="side">\n${featured}\n${notices}\n${listFirst ? '' : list}\n</div>`;
    const body = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="">${hospital}</div><div class="tel">服务热线：0571-6462${rng.int(1000, 9999)}</div></div>
<div class="nav"><a href="/">网站首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/jzzn/">就诊指南</a> <a href="/zjdy/">专家答疑</a> <a href="/jkjy/">健康教育</a> <a href="/lxwm/">联系我们</a></div>
${B('当前位置', `<a href="/">首页</a> &gt; <a href="/zjdy/">专家答疑</a> &gt; 正文`, false)}
<div class="wrap">
${listFirst ? `<div class="left">\n${list}\n</div>\n` : ''}<div class="main">
${main}
</div>
${side}
</div>
<div class="foot">版权所有：${hospital}　地址：桐庐县城南街道${rng.int(100, 999)}号　浙ICP备${rng.int(10000000, 99999999)}号　技术支持：${rng.pick(['某某网络', '大汉网络', '创想科技'])}</div>`;
    const meta = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${titleAsks ? page.question : `${topic}相关问题解答`}-${hospital}`, null, '', body, meta);
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, listDays === 'full'),
      }),
    };
  },
};

// --- F2. sltung-wanglu-zixun ---

/**
 * F2. 童綜合醫院's 網路諮詢 (www.sltung.com.tw/tw/Consult/consult_detail.aspx?id={id}: the Taichung hospital from memory; the
 * path, the board and the markup guessed), **Big5 declared `big5` (50%), Big5 undeclared (15%) or UTF-8 (35%)**, `lang="zh-TW"`,
 * **a table layout throughout**: the masthead `童綜合醫院` (keyed hospital) in a table row, a left menu table; **the Q&A one
 * `<table>` of label / value cells**: `主旨` (the question, keyed), `提問者` (`王**`), `提問日期` 1–5 days earlier (none),
 * `諮詢內容` (the asker's words, none); **characters a browser's big5 decoder would not give back written as `&#x…;`**, `回覆科別` (keyed department), `回覆醫師` `{name} 醫師` (50%: title `醫師`) or
 * `{name} {title}` (50%: as printed, `医师` written `醫師`), `回覆日期` (**ROC `112/05/06` (50%), `112-05-06` (20%) or `2023/05/06`
 * (30%)**: keyed), `回覆內容` (paragraphs split by `<br><br>`, keyed; a closing `敬祝 健康平安` line none); a `提醒` row (none);
 * **the card row before the 主旨 row on 30%**; **`</td>` left off on 30%**; `其他諮詢` rows (`consult_detail.aspx?id=…` as
 * written; a date cell in the page's day form on 70%: dated; link-only); the footer `童綜合醫療社團法人童綜合醫院` (none).
 */
const sltungWangluZixun: Family = {
  name: 'sltung-wanglu-zixun',
  split: 'fresh-105',
  site: 'www.sltung.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['big5', 50], ['big5-undeclared', 15], ['utf8', 35]] as const);
    const plainTitle = rng.chance(0.5);
    const dayForm = rng.weighted([['roc-slash', 50], ['roc-dash', 20], ['greg', 30]] as const);
    const cardFirst = rng.chance(0.3);
    const noTdEnd = rng.chance(0.3);
    const datedList = rng.chance(0.7);
    const title = plainTitle ? '醫師' : d.title!.replace('医师', '醫師');
    const fmt = (iso: string) => (dayForm === 'roc-slash' ? roc(iso, '/') : dayForm === 'roc-dash' ? roc(iso, '-') : iso.replace(/-/g, '/'));
    const td = (s: string) => (noTdEnd ? `<td class="tdc">${s}` : `<td class="tdc">${s}</td>`);
    const row = (label: string, value: string) => `<tr><th class="tdh" width="120">${label}</th>${td(value)}</tr>`;
    const cardRows = `${row('回覆科別', esc(d.department!))}\n${row('回覆醫師', `${esc(d.name!)} ${esc(title)}`)}`;
    const ps = page.paragraphs.map(esc).join('<br><br>');
    const rows = [
      ...(cardFirst ? [cardRows] : []),
      row('主旨', esc(page.question)),
      row('提問者', `${esc(d.name!.slice(0, 1) === '王' ? '林' : '王')}**`),
      row('提問日期', fmt(shift(page.date!, -rng.int(1, 5)))),
      row('諮詢內容', esc(rng.pick(ASKER_LINES))),
      ...(cardFirst ? [] : [cardRows]),
      row('回覆日期', fmt(page.date!)),
      row('回覆內容', `${ps}<br><br>敬祝 健康平安`),
      row('提醒', '網路諮詢僅供參考，不能取代門診診療，如有不適請儘速就醫。'),
    ];
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `consult_detail.aspx?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="list_tb" width="100%"><tr><th colspan="${datedList ? 3 : 2}">其他諮詢</th></tr>\n${related.map((r, i) => `<tr><td width="30">${i + 1}</td><td><a href="${href(r)}">${esc(r.question)}</a></td>${datedList ? `<td width="90">${fmt(r.date!)}</td>` : ''}</tr>`).join('\n')}\n</table>`
      : '';
    const body = `<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="logo"><img src="/images/logo.gif" alt=""> 童綜合醫院</td><td align="right"><a href="/tw/">首頁</a> | <a href="/tw/Reg/">網路掛號</a> | <a href="/tw/Consult/">網路諮詢</a> | <a href="/en/">English</a></td></tr>
<tr><td valign="top" width="180"><table class="menu"><tr><td><a href="/tw/Consult/">諮詢列表</a></td></tr><tr><td><a href="/tw/Consult/consult_add.aspx">我要諮詢</a></td></tr><tr><td><a href="/tw/Consult/rule.aspx">諮詢須知</a></td></tr></table></td>
<td valign="top"><p class="path">首頁 &gt; 網路諮詢 &gt; 諮詢內容</p>
<table class="qa_tb" width="100%" border="1" cellpadding="6" cellspacing="0">
${rows.join('\n')}
</table>
<p align="center"><a href="javascript:history.back()">回上頁</a>　<a href="javascript:window.print()">列印</a></p>
${list}
</td></tr>
<tr><td colspan="2" class="foot">童綜合醫療社團法人童綜合醫院　地址：台中市梧棲區${rng.int(100, 999)}號　電話：(04)2658-${rng.int(1000, 9999)}</td></tr>
</table>`;
    const meta = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`網路諮詢-${page.question}-童綜合醫院`, null, '', body, meta).replace('<html lang="zh-CN">', '<html lang="zh-TW">');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: d.department, hospital: '童綜合醫院', hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, datedList),
      }),
    };
  },
};

// --- F3. sinovision-mingyi-wenda ---

const SV_HOSPITALS = [
  ['纽约大学朗格尼医学中心', 'NYU Langone'],
  ['西奈山医院', 'Mount Sinai Hospital'],
  ['纽约长老会医院', 'NewYork-Presbyterian'],
  ['法拉盛医院', 'Flushing Hospital Medical Center'],
  ['纽约皇后区医院中心', 'Queens Hospital Center'],
] as const;
const SV_EN_NAMES = ['Jianguo Wang', 'Lihua Chen', 'Ming Zhang', 'Hui Li', 'Wei Liu', 'Xiaodong Zhao'] as const;
const SV_ENGLISH_LINES = ['如果症状加重，请及时去ER（急诊室）或联系你的PCP（家庭医生）。', '有Medicare或Medicaid的长者，检查一般可以报销，具体请咨询保险公司。', '预约专科前，很多保险需要PCP的referral（转诊单）。'] as const;

/**
 * F3. 美国中文网's 健康 `名医问答` column (www.sinovision.net/portal.php?mod=view&aid={id}: SinoVision's site from memory as a
 * Discuz! Portal; the column and the markup guessed), simplified, UTF-8 (75%) or **GBK declared `gbk` (25%)**: the portal nav,
 * a `<base href>` (links absolute anyway), ads; **the headline `名医问答：{question}` (40%), the question (20%) or
 * `【名医问答】{topic}，纽约医生怎么说` (40%)**; `2023-5-6 14:22| 发布者: {editor}| 查看: N| 评论: N|来自: 美国中文网` (60%) or
 * a byline `By {editor} | May 6, 2023` (40%) (keyed day); a `摘要:` (none); `读者问：{question}` (keyed) signed `（法拉盛 李女士）`
 * on 50% (none); `答：` and the paragraphs (keyed) with **an English-laden line (`ER`, `PCP`, `Medicare`) among them on 60%**
 * (keyed: it is the answer's); the card `【嘉宾简介】{name}医生（Dr. {English}, MD），{department}专科医生，现于{hospital}
 * （{English hospital}）执业。` before the letter (40%) or after the answer (60%) (keyed: title `专科医生`, department, hospital
 * the Chinese name); **a YouTube iframe of the doctor on 20%** (video); an English and Chinese disclaimer (none); comments with
 * `2023-5-9 08:12` stamps (none); `相关阅读` (absolute `portal.php?mod=view&aid=…`, link-only, `2023-5-1` unpadded on 60%:
 * dated).
 */
const sinovisionMingyiWenda: Family = {
  name: 'sinovision-mingyi-wenda',
  split: 'fresh-105',
  site: 'www.sinovision.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.sinovision.net';
    const gbk = rng.chance(0.25);
    const headForm = rng.weighted([['tag', 40], ['plain', 20], ['none', 40]] as const);
    const dayForm = rng.weighted([['discuz', 60], ['en', 40]] as const);
    const signed = rng.chance(0.5);
    const english = rng.chance(0.6);
    const cardBefore = rng.chance(0.4);
    const video = rng.chance(0.2);
    const dated = rng.chance(0.6);
    const comments = rng.int(0, 3);
    const [hosp, hospEn] = rng.pick([...SV_HOSPITALS]);
    const topic = topicWord(page);
    const editor = rng.pick(['健康编辑', 'sinovision_health', '小美']);
    const h1 = headForm === 'tag' ? `名医问答：${page.question}` : headForm === 'plain' ? page.question : `【名医问答】${topic}，纽约医生怎么说`;
    const line =
      dayForm === 'discuz'
        ? `<p class="xg1">${unpad(page.date!, '-')} ${clock(rng)}<span class="pipe">|</span> 发布者: <a href="${base}/space-uid-${rng.int(10, 999)}.html">${esc(editor)}</a><span class="pipe">|</span> 查看: ${rng.int(100, 9999)}<span class="pipe">|</span> 评论: ${comments}<span class="pipe">|</span>来自: 美国中文网</p>`
        : `<p class="byline">By ${esc(editor)} | ${enDay(page.date!)}</p>`;
    const card = `<div class="guest"><b>【嘉宾简介】</b>${esc(d.name!)}医生（Dr. ${rng.pick([...SV_EN_NAMES])}, MD），${esc(d.department!)}专科医生，现于${hosp}（${hospEn}）执业。</div>`;
    const ps = page.paragraphs.map((x, i) => `<p>${i === 0 ? '答：' : ''}${esc(x)}</p>`);
    const extra = english ? rng.pick([...SV_ENGLISH_LINES]) : null;
    if (extra) ps.push(`<p>${esc(extra)}</p>`);
    const paragraphs = extra ? [...page.paragraphs, extra] : page.paragraphs;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/portal.php?mod=view&aid=${itemNum(r) + 500000}`;
    const list = related.length
      ? `<div class="bm"><div class="bm_h"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl">${related.map((r) => `<li><a href="${esc(href(r))}" target="_blank">${esc(r.question)}</a>${dated ? ` <span class="xg1">${unpad(r.date!, '-')}</span>` : ''}</li>`).join('\n')}</ul></div></div>`
      : '';
    const cm = Array.from({ length: comments }, () => `<dl><dt><a>${esc(otherName(rng))}</a> <span class="xg1">${unpad(shift(page.date!, rng.int(1, 5)), '-')} ${clock(rng)}</span></dt><dd>${esc(rng.pick(['谢谢医生，讲得很清楚。', '请问法拉盛哪里可以看这个科？', '收藏了，转给家里老人看看。']))}</dd></dl>`).join('');
    const body = `<div id="hd"><a href="${base}/"><img src="${base}/static/image/logo.png" alt="美国中文网"></a> <a href="${base}/portal.php?mod=list&amp;catid=1">纽约</a> <a href="${base}/portal.php?mod=list&amp;catid=2">美国</a> <a href="${base}/portal.php?mod=list&amp;catid=3">中国</a> <a href="${base}/portal.php?mod=list&amp;catid=8">健康</a> <a href="${base}/forum.php">论坛</a></div>
<div class="ad"><a href="https://ad.sinovision.net/c?id=${rng.int(100, 999)}"><img src="${base}/data/attachment/ad/${token(rng, 8)}.jpg" alt="广告"></a></div>
<div id="pt"><a href="${base}/">美国中文网</a> <em>›</em> <a href="${base}/portal.php?mod=list&amp;catid=8">健康</a> <em>›</em> 名医问答</div>
<div class="vw">
<div class="h hm"><h1 class="ph">${esc(h1)}</h1>
${line}</div>
<div class="s"><div><strong>摘要:</strong> 本期名医问答，请纽约${esc(d.department!)}医生为读者解答关于${esc(topic)}的疑问。</div></div>
<div class="d"><table cellpadding="0" cellspacing="0"><tr><td id="article_content">
${cardBefore ? `${card}\n` : ''}<p class="q"><strong>读者问：</strong>${esc(page.question)}${signed ? `（${rng.pick(['法拉盛', '布鲁克林', '日落公园'])} ${rng.pick(['李', '陈', '黄'])}${rng.pick(['女士', '先生'])}）` : ''}</p>
${video ? `<p><iframe width="560" height="315" src="https://www.youtube.com/embed/${token(rng, 11)}" frameborder="0" allowfullscreen></iframe></p><p class="cap">视频：${esc(d.name!)}医生讲解${esc(topic)}</p>\n` : ''}${ps.join('\n')}
${cardBefore ? '' : `${card}\n`}<p class="disc">（本文仅供参考，不构成医疗建议。This article is for general information only and is not medical advice.）</p>
</td></tr></table></div>
<div class="o"><a>分享到 Facebook</a> <a>Twitter</a> <a>微信</a> <a href="javascript:;">举报</a></div>
</div>
<div class="bm" id="comment"><div class="bm_h"><h3>最新评论</h3></div><div class="bm_c">${cm || '<p>还没有评论</p>'}</div></div>
${list}
<div id="ft">Copyright © SinoVision Inc. All Rights Reserved. 美国中文网 版权所有 · Powered by Discuz!</div>`;
    const meta = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const head = `<base href="${base}/">\n`;
    const html = documentOf(`${h1} - 健康 - 美国中文网`, null, head, body, meta);
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital: hosp, hospital_grade: null },
        paragraphs,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F4. cancerfund-ask-expert ---

const CF_EN_ANSWERS = [
  'Symptoms like these can have many causes. Our expert suggests keeping a record of them and seeing your doctor for a proper assessment.',
  'Please do not self-medicate. A check-up will help your doctor decide whether further tests are needed.',
  'Most cases can be managed well when found early. Follow your doctor’s advice and attend regular follow-ups.',
] as const;
const CF_EN_DOCS = ['Dr Chan Tai Man', 'Dr Wong Ka Yan', 'Dr Lee Chi Keung', 'Dr Cheung Wing Sze', 'Dr Lau Siu Ming'] as const;
const CF_EN_DEPTS: Record<string, string> = {
  心血管内科: 'Cardiology', 消化内科: 'Gastroenterology and Hepatology', 呼吸内科: 'Respiratory Medicine', 肿瘤科: 'Clinical Oncology',
  妇科: 'Obstetrics and Gynaecology', 皮肤科: 'Dermatology', 儿科: 'Paediatrics', 泌尿外科: 'Urology', 神经内科: 'Neurology',
};

/**
 * F4. 香港癌症基金會's Ask the Expert / 專家問答 (www.cancer-fund.org/ask-the-expert/{id}/: the charity from memory; the section,
 * the path and the markup guessed), UTF-8, `lang="en"` with `lang="zh-HK"` on the Chinese half, **English first**: a language
 * switch `EN | 繁`, a cookie bar, a `Donate 捐款` button (none); **`Ask the Expert` and an English abridgement — `Q:` a
 * one-line paraphrase, `A:` a few English sentences, `Answered by {English name}, Specialist in {English specialty}` (or
 * `Registered Nurse`), `Date: 06/05/2023` day-first (50%) or `6 May 2023` (50%)** (none of it keyed but the day); then
 * **`專家問答`: `問：{question}` (keyed), `答：` and the paragraphs (keyed), `回答：{name}醫生　{department}專科醫生` (75%: title
 * 專科醫生, department, no hospital) or `回答：{name}　註冊護士（癌協熱線）` (25%: title 註冊護士, no department, no hospital)**,
 * `日期：2023年5月6日` on 60% (the same day); **the Chinese block first on 20%** (a page whose English half was added later);
 * a `癌協熱線` box (none); **a YouTube iframe on 15%** (video); share bar; `更多問答 More Q&A` (relative
 * `/ask-the-expert/{id}/` as written, the Chinese question, link-only, undated).
 */
const cancerfundAskExpert: Family = {
  name: 'cancerfund-ask-expert',
  split: 'fresh-105',
  site: 'www.cancer-fund.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const nurse = rng.chance(0.25);
    const enDayForm = rng.weighted([['dmy', 50], ['long', 50]] as const);
    const cnDay = rng.chance(0.6) || enDayForm === 'long' ? true : false;
    const chineseFirst = rng.chance(0.2);
    const video = rng.chance(0.15);
    const enDoc = rng.pick([...CF_EN_DOCS]);
    const enDept = CF_EN_DEPTS[d.department!] ?? 'Internal Medicine';
    const dmy = `${page.date!.slice(8, 10)}/${page.date!.slice(5, 7)}/${page.date!.slice(0, 4)}`;
    const enBlock = `<section class="en" lang="en">
<h2>Ask the Expert</h2>
<p class="en-q"><b>Q:</b> A reader wrote in about ${rng.pick(['these symptoms', 'this condition', 'a recent check-up result'])} and asked what to do next.</p>
<p class="en-a"><b>A:</b> ${rng.pick([...CF_EN_ANSWERS])}</p>
<p class="en-by">Answered by ${nurse ? `${enDoc.replace('Dr ', 'Ms ')}, Registered Nurse (CancerLink)` : `${enDoc}, Specialist in ${enDept}`}</p>
<p class="en-date">${enDayForm === 'dmy' ? `Date: ${dmy}` : dmyLong(page.date!)}</p>
</section>`;
    const byline = nurse ? `回答：${esc(d.name!)}　註冊護士（癌協熱線）` : `回答：${esc(d.name!)}醫生　${esc(d.department!)}專科醫生`;
    const zhBlock = `<section class="zh" lang="zh-HK">
<h2>專家問答</h2>
<p class="zh-q"><b>問：</b>${esc(page.question)}</p>
${page.paragraphs.map((x, i) => `<p>${i === 0 ? '<b>答：</b>' : ''}${esc(x)}</p>`).join('\n')}
<p class="zh-by">${byline}</p>
${cnDay ? `<p class="zh-date">日期：${cnDate(page.date!)}</p>\n` : ''}</section>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/ask-the-expert/${itemNum(r)}/`;
    const list = related.length
      ? `<aside class="more-qa"><h3>更多問答 More Q&amp;A</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></aside>`
      : '';
    const body = `<div class="cookie">This website uses cookies. 本網站使用 Cookies。 <button>OK</button></div>
<header><a href="/"><img src="/images/logo.svg" alt="Hong Kong Cancer Fund 香港癌症基金會"></a> <nav><a href="/about/">About Us</a> <a href="/services/">Services</a> <a href="/ask-the-expert/">Ask the Expert</a> <a href="/donate/">Donate 捐款</a></nav> <span class="lang"><a href="?lang=en">EN</a> | <a href="?lang=zh">繁</a></span></header>
<main>
<p class="crumb"><a href="/">Home</a> / <a href="/ask-the-expert/">Ask the Expert 專家問答</a></p>
${chineseFirst ? `${zhBlock}\n${enBlock}` : `${enBlock}\n${zhBlock}`}
${video ? `<div class="video"><iframe src="https://www.youtube.com/embed/${token(rng, 11)}" allowfullscreen></iframe><p>Video 影片：${esc(d.name!)}${nurse ? '護士' : '醫生'}講解</p></div>\n` : ''}<div class="hotline"><b>癌協熱線 CancerLink</b> 如有疑問，歡迎致電 3656 0800 與註冊護士傾談。</div>
<div class="share">Share 分享：<a>Facebook</a> <a>WhatsApp</a> <a>Email</a></div>
${list}
</main>
<footer><p>© Hong Kong Cancer Fund 香港癌症基金會. All rights reserved. <a href="/privacy/">Privacy Policy 私隱政策</a></p></footer>`;
    const html = documentOf(`${page.question} | Ask the Expert 專家問答 | Hong Kong Cancer Fund`, null, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body).replace('<html lang="zh-CN">', '<html lang="en">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: nurse
          ? { name: d.name, title: '註冊護士', department: null, hospital: null, hospital_grade: null }
          : { name: d.name, title: '專科醫生', department: d.department, hospital: null, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. ql1d-yidian-wenyi ---

const QL_NEWS = ['济南地铁新线路今日开通', '山东多地发布高温预警', '省城多家医院开设夜间门诊', '青岛啤酒节即将开幕'] as const;

/**
 * F5. 齐鲁壹点's 壹点问医 share page (www.ql1d.com/general/{id}.html: the Qilu Evening News app's site from memory; the column,
 * the path, the state and the markup guessed), simplified, UTF-8, canonical on 60%, a Vue SSR page: `<div id="app"
 * data-server-rendered="true">` with hashed-looking classes and **`window.__INITIAL_STATE__` carrying the article — a SEO
 * `title` (`{topic}怎么办？{hospital}专家详解`), `content` (the paragraphs with an editor's line `（壹点问医栏目，欢迎留言提问）`
 * the page does not print), `publishTime` (epoch ms, the printed day), **`updateTime` 1–9 days later**, and the doctor with
 * **a short `doctorTitle` (`主任` for 主任医师…) and a `hospitalLevel` `三级甲等` the page does not print**; an app banner
 * `打开齐鲁壹点，阅读体验更佳` (none); **the `<h1>` `壹点问医｜{question}` (50%) or `{topic}怎么办？专家来解答` (50%)**; the
 * source line `齐鲁壹点 {date}` (`2023-05-06 14:22` 60%, `2023年05月06日 14:22` 40%: keyed); a reporter's lede `齐鲁晚报·齐鲁壹点
 * 记者 {name}` (none); `网友提问：{question}` (keyed); the card `解答专家：{name}，{hospital}{department}{title}` (keyed, no
 * grade); `专家解答：` and the paragraphs (keyed); **a `<video>` on 25%** (video); 点赞 / 分享 / 举报; comments `山东网友`
 * (none); `相关推荐` (`/general/{id}.html`, resolved against the canonical where printed; link-only; undated) and `热门新闻`
 * (news, none).
 */
const ql1dYidianWenyi: Family = {
  name: 'ql1d-yidian-wenyi',
  split: 'fresh-105',
  site: 'www.ql1d.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ql1d.com';
    const canonical = rng.chance(0.6) ? `${base}/general/${page.item.num + 10_000_000}.html` : null;
    const h1Asks = rng.chance(0.5);
    const dayForm = rng.weighted([['iso', 60], ['cn', 40]] as const);
    const video = rng.chance(0.25);
    const comments = rng.int(0, 2);
    const h = token(rng, 6);
    const topic = topicWord(page);
    const t = page.time;
    const updated = shift(page.date!, rng.int(1, 9));
    const h1 = h1Asks ? `壹点问医｜${page.question}` : `${topic}怎么办？专家来解答`;
    const shortTitle = d.title!.replace(/中?医师$/u, '').replace(/^主治$/u, '主治医生') || d.title!;
    const state = {
      article: {
        id: page.item.num + 10_000_000,
        title: `${topic}怎么办？${d.hospital}专家详解`,
        content: `${page.paragraphs.map((x) => `<p>${x}</p>`).join('')}<p>（壹点问医栏目，欢迎留言提问）</p>`,
        publishTime: Date.parse(`${page.date}T${t}:00+08:00`),
        updateTime: Date.parse(`${updated}T${clock(rng, 8, 20)}:00+08:00`),
        doctor: { name: d.name, doctorTitle: shortTitle, hospital: d.hospital, dept: d.department, hospitalLevel: '三级甲等' },
      },
      user: { login: false },
    };
    const day = dayForm === 'iso' ? `${page.date} ${t}` : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日 ${t}`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/general/${itemNum(r) + 10_000_000}.html`;
    const list = related.length
      ? `<div class="rec-${h}"><h3>相关推荐</h3><ul>${related.map((r) => `<li class="item-${h}"><a href="${href(r)}"><span class="tt-${h}">${esc(r.question)}</span></a></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="app" data-server-rendered="true"><div class="page-${h}">
<div class="open-app-${h}">打开齐鲁壹点，阅读体验更佳 <a href="${base}/download">打开</a></div>
<h1 class="title-${h}">${esc(h1)}</h1>
<div class="src-${h}"><span>齐鲁壹点</span> <span>${day}</span></div>
<div class="content-${h}">
<p>齐鲁晚报·齐鲁壹点记者 ${esc(otherName(rng))}</p>
<p><strong>网友提问：</strong>${esc(page.question)}</p>
<p class="doc-${h}">解答专家：${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</p>
${video ? `<div class="video-${h}"><video src="https://video.ql1d.com/${token(rng, 16)}.mp4" poster="https://img.ql1d.com/${token(rng, 12)}.jpg" controls></video></div>\n` : ''}<p><strong>专家解答：</strong></p>
${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
<div class="bar-${h}"><span>点赞 ${rng.int(0, 300)}</span> <span>分享</span> <a href="javascript:;">举报</a></div>
<div class="cmt-${h}"><h3>评论</h3>${Array.from({ length: comments }, () => `<p><span>山东网友</span> ${esc(rng.pick(MOTHER_TEXTS))}</p>`).join('') || '<p>暂无评论，快来抢沙发</p>'}</div>
${list}
<div class="hot-${h}"><h3>热门新闻</h3><ul>${[0, 1, 2].map(() => `<li><a href="/general/${rng.int(20_000_000, 29_999_999)}.html">${rng.pick([...QL_NEWS])}</a></li>`).join('')}</ul></div>
<p class="copy-${h}">齐鲁晚报·齐鲁壹点 版权所有</p>
</div></div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;
    const html = documentOf(`${h1}-齐鲁壹点`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F6. hzzxrm-tupian-mingpian ---

/**
 * F6. 惠州市中心人民医院's 专家答疑 (www.hzszxrmyy.com/zjdy/{id}.html: the city hospital from memory; the host, the path and the
 * markup guessed), simplified, UTF-8 (70%) or **GBK declared `gb2312` (30%)**, canonical on 40%: the masthead `惠州市中心人民医院`
 * (keyed hospital), nav; the `<h1>` question (keyed); `发布日期：2023-05-06` (60%) or `时间：2023/5/6` (40%) (keyed) and
 * `点击：`; **the card as a picture: an `<img>` whose alt alone gives `{name} {title} {department}` (40%)**, a picture whose alt
 * names the doctor with `{department}　{title}` as text (30%), or a text line `答疑专家：{name}（{department}{title}）` (30%) — **a QR
 * business card `<img alt="扫码预约{name}医生">` beside it on 50%** (keyed from whichever prints the fields); `答：` and the
 * paragraphs (keyed); **an `<audio>` of the doctor's answer on 15%** (`语音解答`: voice); a disclaimer, share bar, `举报`; a
 * sidebar `相关专家` of other doctors' pictures with alts (none); `相关答疑` (`/zjdy/{id}.html`, resolved against the canonical
 * where printed; the snippet on 50%, **`...`-cut after 28 characters on half of those**, keyed as printed; undated).
 */
const hzzxrmTupianMingpian: Family = {
  name: 'hzzxrm-tupian-mingpian',
  split: 'fresh-105',
  site: 'www.hzszxrmyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '惠州市中心人民医院';
    const base = 'https://www.hzszxrmyy.com';
    const gbk = rng.chance(0.3);
    const canonical = rng.chance(0.4) ? `${base}/zjdy/${page.item.num}.html` : null;
    const dayForm = rng.weighted([['iso', 60], ['slash', 40]] as const);
    const cardForm = rng.weighted([['alt', 40], ['alt-name', 30], ['text', 30]] as const);
    const qr = rng.chance(0.5);
    const audio = rng.chance(0.15);
    const snippets = rng.chance(0.5);
    const cut = rng.chance(0.5);
    const day = dayForm === 'iso' ? `发布日期：${page.date}` : `时间：${unpad(page.date!, '/')}`;
    const pic = `/uploads/expert/${token(rng, 10)}.jpg`;
    const card =
      cardForm === 'alt'
        ? `<div class="zj-card"><img src="${pic}" alt="${esc(d.name!)} ${esc(d.title!)} ${esc(d.department!)}" width="320"></div>`
        : cardForm === 'alt-name'
          ? `<div class="zj-card"><img src="${pic}" alt="${esc(d.name!)}" width="120"><p>${esc(d.department!)}　${esc(d.title!)}</p></div>`
          : `<div class="zj-card"><p>答疑专家：${esc(d.name!)}（${esc(d.department!)}${esc(d.title!)}）</p></div>`;
    const qrCard = qr ? `<div class="qr"><img src="/uploads/qr/${token(rng, 8)}.png" alt="扫码预约${esc(d.name!)}医生" width="100"><p>微信扫一扫，预约挂号</p></div>` : '';
    const others = [0, 1, 2].map(() => {
      const n = personName(rng, d.name!);
      return `<li><img src="/uploads/expert/${token(rng, 10)}.jpg" alt="${esc(n)} ${rng.pick(['主任医师', '副主任医师'])} ${rng.pick(['骨科', '神经外科', '妇科'])}"><span>${esc(n)}</span></li>`;
    });
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zjdy/${itemNum(r)}.html`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 28, 30, '...') : r.snippet);
    const list = related.length
      ? `<div class="xgdy"><h3>相关答疑</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r))}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><img src="/images/logo.png" alt=""><span class="hname">${hospital}</span> <span class="tel">预约电话：0752-228${rng.int(1000, 9999)}</span></div>
<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/zjdy/">专家答疑</a> <a href="/jkkp/">健康科普</a></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zjdy/">专家答疑</a></div>
<div class="main"><div class="article">
<h1>${esc(page.question)}</h1>
<p class="info">${day}　点击：${rng.int(50, 5000)}　<a href="javascript:window.print()">打印</a></p>
${card}
${qrCard}
${audio ? `<div class="voice"><p>语音解答：</p><audio src="/uploads/audio/${token(rng, 12)}.mp3" controls></audio></div>\n` : ''}<div class="answer">
${page.paragraphs.map((x, i) => `<p>${i === 0 ? '答：' : ''}${esc(x)}</p>`).join('\n')}
</div>
<p class="tip">以上解答仅供参考，具体诊疗请到医院面诊。</p>
<div class="share">分享：<a>微信</a> <a>微博</a> <a href="javascript:;">举报</a></div>
</div>
<div class="sidebar"><h3>相关专家</h3><ul>${others.join('')}</ul></div>
${list}
</div>
<div class="footer">${hospital} 版权所有　粤ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_专家答疑_${hospital}`, canonical, '', body, meta);
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: audio ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

export const FRESH105_FAMILIES: readonly Family[] = [tongluZhanqunDayi, sltungWangluZixun, sinovisionMingyiWenda, cancerfundAskExpert, ql1dYidianWenyi, hzzxrmTupianMingpian];
