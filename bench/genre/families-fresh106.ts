import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { OTHER_TEXTS, otherDoc } from './real-site-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-sixth fresh held-out set (split `fresh-106`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-first set**, leaning on sites and
 * kinds the table has few of **where the same content shows in several places or forms and only one is the page's**:
 * six Chinese-language sites (or a section of one) where health questions are answered on pages of their own, none
 * modelled or named by an earlier split (贵州省人民医院 / 贵州省 / 贵州 / 黔 / gz5055, 中华网 / 中华网健康 / health.china,
 * 红网 / rednet / 时刻新闻 / moment.rednet, 青海 / 青海省人民医院 / qhsrmyy, 荆楚网 / 荆楚 / cnhubei / health.cnhubei,
 * 秀傳 / 秀传 / 彰化秀傳 / show.org / showchwan each grepped, case-insensitive, fixed strings, in README.md and
 * families*.ts: no hit; `china.com` hit only inside aierchina.com and cmbchina.com, `chwan` only inside fresh-80's
 * `cchWangluzixunBig5`, `时刻` only as fresh-18's label `时刻问答`, `weixin` / `mp.weixin` as the platform other splits'
 * WeChat pages sit on (the site here is the hospital's account); left alone because of hits: 万宁 / 萬寧 / mannings and
 * 晴報 / am730 (named in earlier rows), 郑州大学 / 郑大, 网易 / 网易号, 大河 / dahe, 放心医苑 / fx120, 360 / 良医, 搜狗 /
 * sogou, 上游, 极目, 新明日报, 康健, 健康无忧, 大众养生, 宝宝树 / babytree, 一点资讯 (yidian hit), 东方 (东方网 / eastday had
 * none, the short word hit), 新疆医科, 宁夏, 海南, 兰州, 西藏, 昆明, 华西, 湘雅, 协和, 同济, 瑞金, 仁济, 中山, 齐鲁医院, 明報 /
 * mingpao, 信報, 經濟日報, 頭條, 大公, 文匯, 香港01, 奇美, 彰化 / 彰基, 成大, 台大, 萬芳, 澄清, 振興, 叮当 / ddky, 医脉通, 丁香;
 * 北方网 / enorth, 胶东 / jiaodong, 優活 (uho hit only inside a name), 盛京, 白求恩, 遵义 had none but were not taken), each
 * of a kind the table has few of: **a hospital Q&A's print view** (贵州省人民医院's 网上咨询 打印版: the question cut short in
 * the title and whole in the body, a 打印时间 and the original's address at the foot), **a portal's Q&A split over pages**
 * (中华网健康's 专家问答: page 1 of 2–3 only, a pager, `<link rel="next">`), **a news app's share page (H5)** (红网's
 * 时刻新闻: the question again in a share poster with a cut answer, yearless or relative stamps on some), **a hospital
 * 公众号 article** (青海省人民医院's WeChat post: the account's intro and outro, a second Q&A of the same doctor on some, the
 * doctor's bio), **an expert answer with a second opinion and comments below it** (荆楚网's 健康 专家问答: a `医生补充`
 * by another doctor, newest first on some, readers' comments), and **a Taiwanese hospital board whose answer column
 * holds a similar-questions box** (彰化秀傳紀念醫院's 網路諮詢: the department's canned Q&A inside the answer column,
 * Big5 on half, ROC days).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the question**: 贵州's **whole question in the body's `咨询内容` (the title's `…`-cut short form none; the asker's
 *   further words, in a paragraph of their own, none)**; 中华网's `问：` line (a headline that asks nothing none); 红网's
 *   `网友提问` box (the share poster's copy, the `<meta>` description, a headline that asks nothing none); 青海's first
 *   `问：` (the title, an intro and a second Q&A none); 荆楚网's `<h1>` (the 问题描述 none); 秀傳's `主旨` (the 諮詢內容 none);
 * - **which answer is the page's**: 贵州's `回复内容`; **中华网's paragraphs of page 1 only** (fresh-21's paged-answer
 *   convention: the pager, `阅读全文` and `<link rel="next">` none); 红网's after `专家解答：` (**the share poster's cut answer
 *   none**, the reporter's lede, comments none); **青海's first Q&A's answer** (the account's intro, the expert box, **a
 *   second `问：` / `答：` of the same doctor**, the bio, the outro and the 审核 / 编辑 line none); **荆楚网's the answer marked
 *   `特邀专家`** wherever it stands (**the `医生补充` second opinion — shown first on some, newest first — and the comments
 *   none**); 秀傳's 回覆內容 (**the 相似問題 / 常見問答 box inside the answer column none: the department's canned Q&A**, the
 *   wish and the notice none);
 * - **the date the answer's day**: 贵州's `回复时间` (**the `咨询时间` and the footer's `打印时间` none**); 中华网's article
 *   line; 红网's stamp where it prints the whole day, **null where it is `05-06 14:22` or `N天前`/`N小时前`**; 青海's
 *   `publish_time`; 荆楚网's expert's `回复时间` (the question's, the second opinion's and the comments' none); 秀傳's
 *   `回覆日期` (ROC or Gregorian; 諮詢日期 none);
 * - **the card** as printed, the grade null where none is printed (**中华网's and 荆楚网's `（三级甲等）` after the hospital on
 *   some: keyed there**): the hospital **the site's own where the site is the hospital** (贵州省人民医院, 青海省人民医院 — the
 *   account's name and its expert box —, 彰化秀傳紀念醫院 the masthead); 秀傳's `{name} 醫師` the title `醫師` (fresh-80 /
 *   fresh-83 / fresh-93 / fresh-105's convention), other ranks as printed; 荆楚网's the 特邀专家's card (the other doctor's
 *   none);
 * - **format**: video where 红网's `<video>` of the doctor plays, voice where 青海's `<mp-common-mpaudio>` of the doctor
 *   plays, unknown otherwise;
 * - **items**: the list of other questions (贵州's 相关咨询 where the print view keeps it, 中华网's 相关阅读, 红网's 相关阅读,
 *   **青海's 往期推荐** (link-only, as fresh-63 / fresh-99 key an account's 往期推荐 of questions), 荆楚网's 相关问题, 秀傳's
 *   其他諮詢), link-only `[]` unless a snippet is printed (荆楚网's on half, **`...`-cut on some and kept so**), dated only
 *   where the whole day is printed (中华网's `2023-05-06` on some, its `05-06` none; 荆楚网's `[2023-05-06]`; 秀傳's ROC
 *   cell); 贵州's `返回原文`, 中华网's 热点推荐, 红网's bottom bar, 荆楚网's 热门专家, 秀傳's FAQ box none; links as written
 *   (absolute on 红网, 青海 and 中华网), resolved against the canonical where the page names it (中华网 on some).
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const unpad = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);
const roc = (iso: string, sep: string) => `${Number(iso.slice(0, 4)) - 1911}${sep}${iso.slice(5, 7)}${sep}${iso.slice(8, 10)}`;
const masked = (rng: Rng) => `${otherName(rng).slice(0, 1)}**`;
const gbkMeta = (name: string) => `<meta http-equiv="Content-Type" content="text/html; charset=${name}">`;

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

/** A WeChat-like article token of 22 characters for an item number (the same number, the same token). */
const wxToken = (n: number) => {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let x = (n * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < 22; i++) {
    x = (Math.imul(x ^ (x >>> 13), 1274126177) + i * 97) >>> 0;
    out += A[x % 64];
  }
  return out;
};

// --- F1. gz5055-dayin-ban ---

/**
 * F1. 贵州省人民医院's 网上咨询 print view (www.gz5055.com/zxzx/print.aspx?id={id}: the provincial hospital from memory; the
 * path, the board and the markup guessed), **GBK declared `gb2312` (45%), UTF-8 (45%) or GBK bytes under a wrong `utf-8`
 * declaration (10%)**, no canonical, `<body onload="window.print()">` on half: a `noprint` toolbar `[打印本页] [关闭窗口]
 * [返回原文]`; a print header `贵州省人民医院` with its English name (keyed hospital); **the title the question cut after 8
 * characters with `…` (60%, where it is longer than 9) or whole**; a `<table>` (55%) or `<dl>` of rows: `咨询人：王**`, `咨询时间`
 * 1–6 days earlier (none), `咨询科室`, **`咨询内容` the whole question (keyed) with the asker's words in a paragraph of their
 * own on half (none)**, `回复医生：{name}　{title}` with a `所属科室` row, or `回复：{department} {name}（{title}）` (keyed),
 * `回复时间：2023-05-06 14:22:00` / `2023/5/6 14:22:00` / `2023年05月06日` (keyed), `回复内容` paragraphs (keyed); `</td>`
 * left off on 25% of the tables; **the foot `本文地址：http://www.gz5055.com/zxzx/show.aspx?id=…` and `打印时间：` a day
 * months or years later (none)**; on 35% the view keeps the 相关咨询 list (`show.aspx?id=…` as written, link-only, undated).
 */
const gz5055DayinBan: Family = {
  name: 'gz5055-dayin-ban',
  split: 'fresh-106',
  site: 'www.gz5055.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '贵州省人民医院';
    const enc = rng.weighted([['gb2312', 45], ['utf8', 45], ['lie', 10]] as const);
    const autoPrint = rng.chance(0.5);
    const cut = rng.chance(0.6);
    const table = rng.chance(0.55);
    const unclosed = table && rng.chance(0.25);
    const asker = rng.chance(0.5);
    const cardForm = rng.weighted([['rows', 60], ['one', 40]] as const);
    const dayForm = rng.weighted([['iso', 45], ['asp', 35], ['cn', 20]] as const);
    const keepList = rng.chance(0.35);
    const id = page.item.num;
    const t = page.time;
    const short = cut ? cutSnippet(page.question, 8, 9, '…') : page.question;
    const askDay = shift(page.date!, -rng.int(1, 6));
    const day =
      dayForm === 'iso' ? `${page.date} ${t}:00` : dayForm === 'asp' ? `${unpad(page.date!, '/')} ${t}:${two(rng.int(0, 59))}` : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const printDay = shift(page.date!, rng.int(40, 900));
    const ans = page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n');
    const content = `<p>${esc(page.question)}</p>${asker ? `\n<p>${esc(rng.pick(ASKER_LINES))}</p>` : ''}`;
    const rows: [string, string][] = [
      ['咨询人', masked(rng)],
      ['咨询时间', `${askDay} ${clock(rng)}`],
      ['咨询科室', esc(d.department!)],
      ['咨询内容', content],
      ...(cardForm === 'rows'
        ? ([['回复医生', `${esc(d.name!)}　${esc(d.title!)}`], ['所属科室', esc(d.department!)]] as [string, string][])
        : ([['回复', `${esc(d.department!)} ${esc(d.name!)}（${esc(d.title!)}）`]] as [string, string][])),
      ['回复时间', day],
      ['回复内容', ans],
    ];
    const td = unclosed ? '' : '</td>';
    const record = table
      ? `<table class="zx-print" width="96%" border="0" cellpadding="6">\n${rows.map(([k, v]) => `<tr><td class="k" width="90">${k}：${td}<td class="v">${v}${td}</tr>`).join('\n')}\n</table>`
      : `<dl class="zx-print">\n${rows.map(([k, v]) => `<dt>${k}：</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
    const related = keepList ? page.related.slice(0, 6) : [];
    const href = (r: Related) => `show.aspx?id=${itemNum(r)}`;
    const list = related.length ? `<div class="xgzx"><h4>相关咨询</h4><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>\n` : '';
    const body = `<div class="noprint"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a> <a href="show.aspx?id=${id}">[返回原文]</a></div>
<div class="print-head"><img src="/images/print_logo.gif" alt=""> <span class="cn">${hospital}</span> <span class="en">Guizhou Provincial People's Hospital</span></div>
<h2 class="print-title">${esc(short)}</h2>
${record}
${list}<div class="print-foot">本文地址：http://www.gz5055.com/zxzx/show.aspx?id=${id}<br>打印时间：${printDay} ${clock(rng)}<br>版权所有：${hospital}　地址：贵州省贵阳市　黔ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = enc === 'gb2312' ? gbkMeta('gb2312') : '<meta charset="utf-8">';
    let html = documentOf(`${short}-网上咨询-${hospital}（打印版）`, null, '<style>@media print{.noprint{display:none}}</style>\n', body, meta);
    if (autoPrint) html = html.replace('<body>', '<body onload="window.print()">');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F2. chinacom-fenye-wenda ---

const CC_HOT = ['夏季高温，这些防暑知识要牢记', '体检报告上的箭头，哪些需要重视', '春季过敏高发，专家教你应对', '睡不好觉？试试这几个方法'] as const;

/**
 * F2. 中华网健康's 专家问答 (health.china.com/html/zjwd/{yyyymm}/{id}.html: the portal's health channel from memory; the
 * column, the path and the markup guessed), UTF-8 (80%) or **GBK declared `gbk` (20%)**, canonical on 50%: the portal's nav
 * and the channel's; crumbs; **the `<h1>` the question (70%) or `{name}：{topic}的这些问题，你一定要知道` (30%)**; the line
 * `2023-05-06 14:22:00` / `2023-05-06 14:22` / `2023年05月06日 14:22` (keyed) `来源：中华网健康　作者：{editor}`; an expert
 * box `本期专家：{name}，{hospital}{department}{title}` (**`（三级甲等）`-like grade after the hospital on 30%: keyed**);
 * `问：{question}` (keyed); **the answer split over 2–3 pages where it has two paragraphs or more (80% of those): only page
 * 1's paragraphs here (keyed), a pager `第1页/共N页 1 2 下一页 尾页`, `阅读全文` on half, `<link rel="next">` on half**;
 * `责任编辑：`; a disclaimer, share bar, an ad; `相关阅读` (absolute links as written, link-only; `2023-05-06` on 40%:
 * dated, `05-06` on 20%: undated) and `热点推荐` (none).
 */
const chinacomFenyeWenda: Family = {
  name: 'chinacom-fenye-wenda',
  split: 'fresh-106',
  site: 'health.china.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.china.com';
    const ym = page.date!.slice(0, 7).replace('-', '');
    const own = `${base}/html/zjwd/${ym}/${page.item.num}.html`;
    const gbk = rng.chance(0.2);
    const canonical = rng.chance(0.5) ? own : null;
    const h1Asks = rng.chance(0.7);
    const dayForm = rng.weighted([['full', 40], ['hm', 35], ['cn', 25]] as const);
    const grade = rng.chance(0.3);
    const n = page.paragraphs.length;
    const paged = n >= 2 && rng.chance(0.8);
    const pages = paged ? Math.min(n, rng.int(2, 3)) : 1;
    const shown = paged ? page.paragraphs.slice(0, Math.ceil(n / pages)) : page.paragraphs;
    const readAll = rng.chance(0.5);
    const relNext = rng.chance(0.5);
    const listDays = rng.weighted([['full', 40], ['md', 20], ['none', 40]] as const);
    const topic = topicWord(page);
    const t = page.time;
    const day = dayForm === 'full' ? `${page.date} ${t}:00` : dayForm === 'hm' ? `${page.date} ${t}` : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日 ${t}`;
    const h1 = h1Asks ? page.question : `${d.name}：${topic}的这些问题，你一定要知道`;
    const stem = `/html/zjwd/${ym}/${page.item.num}`;
    const pager = paged
      ? `<div class="pages">第1页/共${pages}页 <span class="cur">1</span> ${Array.from({ length: pages - 1 }, (_, i) => `<a href="${stem}_${i + 2}.html">${i + 2}</a>`).join(' ')} <a href="${stem}_2.html">下一页</a> <a href="${stem}_${pages}.html">尾页</a>${readAll ? ` <a href="${stem}_all.html" class="all">阅读全文</a>` : ''}</div>\n`
      : '';
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/html/zjwd/${r.date!.slice(0, 7).replace('-', '')}/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgyd"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${listDays === 'full' ? `<span>${r.date}</span>` : listDays === 'md' ? `<span>${r.date!.slice(5)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const hot = `<div class="rdtj"><h3>热点推荐</h3><ul>${rng.shuffle([...CC_HOT]).slice(0, 3).map((x) => `<li><a href="${base}/html/jkzx/${ym}/${rng.int(100000, 999999)}.html">${x}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="top-nav"><a href="https://www.china.com/">中华网</a> <a href="https://news.china.com/">新闻</a> <a href="https://military.china.com/">军事</a> <a href="https://finance.china.com/">财经</a> <a href="${base}/">健康</a> <a href="https://game.china.com/">游戏</a></div>
<div class="ch-nav"><a href="${base}/">中华网健康</a> <a href="${base}/html/jkzx/">健康资讯</a> <a href="${base}/html/zjwd/">专家问答</a> <a href="${base}/html/ys/">养生</a></div>
<div class="crumb"><a href="${base}/">中华网健康</a> &gt; <a href="${base}/html/zjwd/">专家问答</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1>${esc(h1)}</h1>
<div class="article-info"><span class="time">${day}</span> <span class="source">来源：中华网健康</span> <span class="author">作者：${esc(otherName(rng))}</span></div>
<div class="expert">本期专家：${esc(d.name!)}，${esc(d.hospital!)}${grade ? `（${esc(d.hospital_grade!)}）` : ''}${esc(d.department!)}${esc(d.title!)}</div>
<div class="article-content">
<p><strong>问：</strong>${esc(page.question)}</p>
${shown.map((x, i) => `<p>${i === 0 ? '<strong>答：</strong>' : ''}${esc(x)}</p>`).join('\n')}
</div>
${pager}<p class="editor">责任编辑：${esc(otherName(rng))}</p>
<p class="disclaimer">免责声明：本文仅供健康科普，不作为诊疗依据，如有不适请及时就医。</p>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="ad" id="ad_${token(rng, 6)}">广告</div>
${list}
</div>
<div class="side">${hot}</div></div>
<div class="footer">Copyright © 中华网 版权所有</div>`;
    const head = `${relNext && paged ? `<link rel="next" href="${base}${stem}_2.html">\n` : ''}<meta name="keywords" content="${esc(topic)},专家问答">\n`;
    const html = documentOf(`${h1}_中华网健康`, canonical, head, body, gbk ? '<meta charset="gbk">' : '<meta charset="utf-8">');
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade ? d.hospital_grade : null },
        paragraphs: shown,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, listDays === 'full'),
      }),
    };
  },
};

// --- F3. rednet-shike-h5 ---

const RN_COMMENTS = ['讲得很清楚，收藏了。', '谢谢专家，正好用得上。', '转给家里老人看看。', '希望多出这样的科普。'] as const;
const RN_PLACES = ['长沙', '株洲', '湘潭', '衡阳', '岳阳', '常德'] as const;

/**
 * F3. 红网's 时刻新闻 app share page (moment.rednet.cn/h5/share/{id}.html: the Hunan portal's app from memory; the path, the
 * column `健康问答` and the markup guessed), UTF-8, no canonical, a mobile page: `<meta name="description">` the question
 * and `og:` tags; an app banner `时刻新闻 · 打开APP阅读体验更佳` (none); **the `<h1>` `健康问答｜{question}` (50%) or
 * `{topic}，专家来支招` (50%)**; `红网时刻新闻` and **a stamp `2023-05-06 14:22` (50%: keyed), `05-06 14:22` (25%: null) or
 * `N小时前` / `N天前` (25%: null)**; a reporter's lede (none); **the `网友提问` box `{question}` and `网友“{nick}”`
 * (keyed)**; the expert card with an avatar alt `{name}`, `{name}` `{title}`, `{hospital} {department}` (keyed, no grade);
 * `专家解答：` and the paragraphs (keyed); **a `<video>` of the doctor on 20%** (video); **a share poster (`生成海报`) on 40%
 * that prints the question again and the answer's first paragraph cut with `…`, `长按识别二维码，查看全文` (none)**;
 * 点赞 / 分享 / 举报; comments `{nick} {place}` (none); `相关阅读` (absolute, link-only, undated) and a bottom bar (none).
 */
const rednetShikeH5: Family = {
  name: 'rednet-shike-h5',
  split: 'fresh-106',
  site: 'moment.rednet.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://moment.rednet.cn';
    const h1Asks = rng.chance(0.5);
    const stamp = rng.weighted([['full', 50], ['md', 25], ['rel', 25]] as const);
    const video = rng.chance(0.2);
    const poster = rng.chance(0.4);
    const comments = rng.int(0, 3);
    const topic = topicWord(page);
    const h1 = h1Asks ? `健康问答｜${page.question}` : `${topic}，专家来支招`;
    const when = stamp === 'full' ? `${page.date} ${page.time}` : stamp === 'md' ? `${page.date!.slice(5)} ${page.time}` : rng.chance(0.5) ? `${rng.int(1, 23)}小时前` : `${rng.int(1, 6)}天前`;
    const first = Array.from(page.paragraphs[0]!);
    const teaser = `${first.slice(0, Math.min(first.length - 1, rng.int(16, 26))).join('')}…`;
    const nick = `${rng.pick(['湘', '星城', '潇湘'])}${rng.pick(['小雨', '阿明', '老周', '晴天'])}${rng.int(10, 99)}`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/h5/share/${itemNum(r) + 3_000_000}.html`;
    const list = related.length
      ? `<div class="rel-list"><h3 class="rel-hd">相关阅读</h3>${related.map((r) => `<a class="rel-item" href="${href(r)}"><p class="rel-tt">${esc(r.question)}</p><span class="rel-src">红网时刻新闻</span></a>`).join('\n')}</div>`
      : '';
    const card = `<div class="expert-card"><img src="https://img.rednet.cn/expert/${token(rng, 10)}.jpg" alt="${esc(d.name!)}"><div class="ec-r"><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>`;
    const body = `<div class="app-banner"><img src="https://img.rednet.cn/app/logo.png" alt=""> 时刻新闻 · 打开APP阅读体验更佳 <a href="${base}/download">打开</a></div>
<div class="art">
<h1 class="art-title">${esc(h1)}</h1>
<div class="art-meta"><span class="src">红网时刻新闻</span> <span class="time">${when}</span></div>
<div class="art-body">
<p>红网时刻新闻记者 ${esc(otherName(rng))} 通讯员 ${esc(otherName(rng))} ${rng.pick([...RN_PLACES])}报道</p>
<div class="ask-box"><span class="ask-label">网友提问</span><p class="ask-q">${esc(page.question)}</p><span class="ask-user">网友“${esc(nick)}”</span></div>
${card}
${video ? `<div class="v-wrap"><video src="https://video.rednet.cn/${token(rng, 16)}.mp4" poster="https://img.rednet.cn/v/${token(rng, 10)}.jpg" controls playsinline></video></div>\n` : ''}<p class="ans-label"><strong>专家解答：</strong></p>
${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
<p class="art-editor">编辑：${esc(otherName(rng))}</p>
</div>
${poster ? `<div class="share-poster"><p class="sp-hd">生成海报</p><div class="sp-card"><p class="sp-q">${esc(page.question)}</p><p class="sp-a">${esc(teaser)}</p><img src="https://img.rednet.cn/qr/${token(rng, 8)}.png" alt=""><p class="sp-tip">长按识别二维码，查看全文</p></div></div>\n` : ''}<div class="tools"><span>点赞 ${rng.int(0, 500)}</span> <span>分享</span> <a href="javascript:;">举报</a></div>
<div class="cmt"><h3>评论 ${comments}</h3>${Array.from({ length: comments }, () => `<div class="cmt-item"><span class="cmt-user">${esc(otherName(rng))} ${rng.pick([...RN_PLACES])}</span><p>${rng.pick([...RN_COMMENTS])}</p></div>`).join('') || '<p class="cmt-empty">暂无评论</p>'}</div>
${list}
<div class="bottom-bar">打开时刻新闻APP，查看更多精彩内容 <a href="${base}/download">立即打开</a></div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
<meta name="description" content="${esc(page.question)}">
<meta property="og:title" content="${esc(h1)}">
<meta property="og:description" content="${esc(teaser)}">
`;
    const html = documentOf(`${h1}-时刻新闻`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: stamp === 'full' ? page.date : null,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F4. qhsrmyy-gongzhonghao ---

const QH_SECOND = [
  ['平时生活中需要注意些什么？', '注意规律作息，饮食清淡，适当运动，避免过度劳累。'],
  ['多久需要复查一次？', '一般建议三到六个月复查一次，具体遵医嘱。'],
  ['可以自己在家买药吃吗？', '不建议自行用药，应在医生指导下规范治疗。'],
] as const;

/**
 * F4. 青海省人民医院's 公众号 article (mp.weixin.qq.com/s/{token}: the hospital's WeChat account from memory; the column
 * `健康问答` and the post's wording guessed; WeChat's article markup from memory, simplified), UTF-8, no canonical:
 * `#activity-name` **the title `健康问答｜{question}` (40%), the question (30%) or `{topic}那些事儿，{department}专家为您解答`
 * (30%)**; `#meta_content` with `原创` on half, an author on half, `#js_name` `青海省人民医院`, `#publish_time` `2023-05-06
 * 14:22` (70%) or `2023年5月6日 14:22` (keyed), `发表于青海` on half; in `#js_content`: a `点击蓝字 关注我们` header, **the
 * account's intro naming the doctor and the column** (none), an expert box `本期专家` (`{name}　{title}` /
 * `青海省人民医院{department}`, keyed) before the Q&A (50%) or a `专家简介` after it (50%, `{name}，青海省人民医院{department}{title}，…`);
 * `问：{question}` (keyed), **an `<mp-common-mpaudio>` of the doctor on 20%** (voice), `答：` and the paragraphs (keyed);
 * **on 40% a second `问：` / `答：` of the same doctor (none)**; an outro (出诊时间, `审核：… 编辑：…`, none); `往期推荐` of other
 * questions (`https://mp.weixin.qq.com/s/{token}` as written, link-only, undated); the QR; `阅读原文`, 阅读 / 赞 / 在看;
 * 精选留言 (none).
 */
const qhsrmyyGongzhonghao: Family = {
  name: 'qhsrmyy-gongzhonghao',
  split: 'fresh-106',
  site: 'mp.weixin.qq.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '青海省人民医院';
    const titleForm = rng.weighted([['column', 40], ['question', 30], ['nothing', 30]] as const);
    const original = rng.chance(0.5);
    const author = rng.chance(0.5);
    const cnTime = rng.chance(0.3);
    const ipWording = rng.chance(0.5);
    const boxFirst = rng.chance(0.5);
    const voice = rng.chance(0.2);
    const second = rng.chance(0.4);
    const comments = rng.int(0, 2);
    const topic = topicWord(page);
    const title = titleForm === 'column' ? `健康问答｜${page.question}` : titleForm === 'question' ? page.question : `${topic}那些事儿，${d.department}专家为您解答`;
    const when = cnTime ? `${cnDate(page.date!)} ${page.time}` : `${page.date} ${page.time}`;
    const S = `style="margin:0 8px;line-height:1.75em;"`;
    const box = `<section class="expert-box" style="border:1px solid #1e8ae6;padding:10px;"><p ${S}><strong>本期专家</strong></p><p ${S}>${esc(d.name!)}　${esc(d.title!)}</p><p ${S}>${hospital}${esc(d.department!)}</p></section>`;
    const bio = `<section class="expert-bio"><p ${S}><strong>专家简介</strong></p><p ${S}>${esc(d.name!)}，${hospital}${esc(d.department!)}${esc(d.title!)}，从事临床工作${rng.int(10, 30)}年，擅长${esc(topic)}等常见病、多发病的诊治。</p></section>`;
    const [q2, a2] = rng.pick(QH_SECOND);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `https://mp.weixin.qq.com/s/${wxToken(itemNum(r))}`;
    const recent = related.length
      ? `<section class="recent"><p ${S}><strong>往期推荐</strong></p>${related.map((r) => `<p ${S}><a href="${href(r)}" target="_blank" data-linktype="2">${esc(r.question)}</a></p>`).join('\n')}</section>\n`
      : '';
    const content = `<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/${token(rng, 24)}/640?wx_fmt=gif" alt=""></section>
<p style="text-align:center;"><span style="color:#1e8ae6;">点击蓝字 关注我们</span></p>
<p ${S}>【健康问答】是${hospital}公众号的科普栏目，每期邀请一位专家回答大家关心的健康问题。本期我们邀请到${esc(d.department!)}${esc(d.name!)}${esc(d.title!)}，为大家解答${esc(topic)}相关问题。</p>
${boxFirst ? `${box}\n` : ''}<p ${S}><strong>问：${esc(page.question)}</strong></p>
${voice ? `<mp-common-mpaudio class="js_editor_audio" name="${esc(d.name!)}语音解答" author="${hospital}" play_length="${rng.int(60, 240)}000" data-trans_state="1" voice_encode_fileid="${token(rng, 20)}"></mp-common-mpaudio>\n<p ${S}><span style="color:#888;">▲点击收听${esc(d.name!)}${esc(d.title!)}的语音解答</span></p>\n` : ''}${page.paragraphs.map((x, i) => `<p ${S}>${i === 0 ? '<strong>答：</strong>' : ''}${esc(x)}</p>`).join('\n')}
${second ? `<p ${S}><strong>问：${q2}</strong></p>\n<p ${S}><strong>答：</strong>${a2}</p>\n` : ''}${boxFirst ? '' : `${bio}\n`}<p ${S}>出诊时间：每周${rng.pick(['一', '二', '三', '四', '五'])}${rng.pick(['上午', '下午', '全天'])}（门诊${rng.int(1, 5)}楼）</p>
<p ${S}><span style="color:#888;">审核：${esc(otherName(rng))}　编辑：${esc(otherName(rng))}</span></p>
${recent}<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/${token(rng, 24)}/640" alt=""><p>长按识别二维码关注我们</p></section>`;
    const body = `<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">${esc(title)}</h1>
<div id="meta_content" class="rich_media_meta_list">${original ? '<span id="copyright_logo" class="rich_media_meta rich_media_meta_text">原创</span> ' : ''}${author ? `<span class="rich_media_meta rich_media_meta_text">${esc(otherName(rng))}</span> ` : ''}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">${hospital}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">${when}</em>${ipWording ? ' <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于青海</em>' : ''}</div>
<div class="rich_media_content" id="js_content">
${content}
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="javascript:void(0);">阅读原文</a> <span>阅读 ${rng.int(200, 9000)}</span> <span>赞 ${rng.int(0, 99)}</span> <span>在看 ${rng.int(0, 50)}</span></div>
</div></div>
<div id="js_pc_qr_code" class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
${comments ? `<div class="discuss"><p>精选留言</p>${Array.from({ length: comments }, () => `<div class="discuss_item"><span class="nickname">${esc(otherName(rng))}</span><p>${rng.pick(['谢谢医生的科普！', '讲得很实用，转发了。', '请问在哪里挂号？'])}</p></div>`).join('')}</div>\n` : ''}</div>
<script>var ct = "${Math.floor(Date.parse(`${page.date}T${page.time}:00+08:00`) / 1000)}"; var nickname = "${hospital}";</script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="微信公众平台">
`;
    const html = documentOf(title, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. cnhubei-erci-yijian ---

const CH_COMMENTS = ['谢谢医生，解答很详细。', '我家老人也是这种情况，学习了。', '两位医生说得都有道理。', '请问挂哪个科比较好？'] as const;

/**
 * F5. 荆楚网's 健康 专家问答 (health.cnhubei.com/wenda/{yyyymm}/t{id}.shtml: the Hubei portal's health channel from memory; the
 * column, the path and the markup guessed), UTF-8 (70%) or **GBK declared `gb2312` (30%)**, no canonical: the portal's
 * masthead `荆楚网（湖北日报网）` and the channel nav; crumbs; the `<h1>` question (keyed); `提问网友：{masked}　提问时间：` a day
 * before (none); `问题描述：` the asker's words on 50% (none); **the invited expert's answer in a box tagged `特邀专家`**:
 * `{name}　{title}` / `{hospital}（{grade}）　{department}` (**the grade on 30%: keyed**), `回复时间：2023-05-06 14:22` or
 * `2023年5月6日 14:22` (keyed), the paragraphs (keyed); **on 70% a second opinion by another doctor tagged `医生补充`
 * (another card, a later `回复时间`, two paragraphs), listed before the expert's on 30% of those (newest first)** (none);
 * `网友评论（N）` with days (none), 举报 links; `相关问题` (relative `/wenda/{yyyymm}/t{id}.shtml` as written; the answer's
 * snippet on 50%, **`...`-cut after 24 characters on half of those**, keyed as printed; `[2023-05-06]` on 40%: dated);
 * a sidebar `热门专家` (none).
 */
const cnhubeiErciYijian: Family = {
  name: 'cnhubei-erci-yijian',
  split: 'fresh-106',
  site: 'health.cnhubei.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.3);
    const grade = rng.chance(0.3);
    const cn = rng.chance(0.4);
    const desc = rng.chance(0.5);
    const secondOp = rng.chance(0.7);
    const secondFirst = secondOp && rng.chance(0.3);
    const snippets = rng.chance(0.5);
    const cut = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const comments = rng.int(0, 3);
    const fmt = (iso: string, t: string) => (cn ? `${cnDate(iso)} ${t}` : `${iso} ${t}`);
    const o = otherDoc(rng, page);
    const oDay = shift(page.date!, rng.int(1, 20));
    const oText = rng.pick(OTHER_TEXTS);
    const expert = `<div class="answer answer-expert"><span class="tag">特邀专家</span>
<div class="doc"><p class="doc-name"><b>${esc(d.name!)}</b>　${esc(d.title!)}</p><p class="doc-org">${esc(d.hospital!)}${grade ? `（${esc(d.hospital_grade!)}）` : ''}　${esc(d.department!)}</p></div>
<p class="time">回复时间：${fmt(page.date!, page.time)}</p>
<div class="txt">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
<div class="op"><a href="javascript:;">有用</a> <a href="javascript:;">举报</a></div></div>`;
    const other = `<div class="answer answer-other"><span class="tag">医生补充</span>
<div class="doc"><p class="doc-name"><b>${esc(o.name)}</b>　${esc(o.title)}</p><p class="doc-org">${esc(o.hospital)}　${esc(o.department)}</p></div>
<p class="time">回复时间：${fmt(oDay, clock(rng))}</p>
<div class="txt">${oText.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
<div class="op"><a href="javascript:;">有用</a> <a href="javascript:;">举报</a></div></div>`;
    const answers = secondOp ? (secondFirst ? `${other}\n${expert}` : `${expert}\n${other}`) : expert;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${r.date!.slice(0, 7).replace('-', '')}/t${itemNum(r)}.shtml`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 24, 26, '...') : r.snippet);
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <span class="d">[${r.date}]</span>` : ''}${snippets ? `<p>${esc(printed(r))}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const hotDocs = [0, 1, 2].map(() => { const x = otherDoc(rng, page); return `<li><a href="/zhuanjia/${rng.int(1000, 9999)}.shtml">${esc(x.name)}</a> ${esc(x.title)}</li>`; }).join('');
    const body = `<div class="masthead"><a href="http://www.cnhubei.com/"><img src="/images/logo.png" alt="">荆楚网（湖北日报网）</a> <span class="ch">健康频道</span></div>
<div class="nav"><a href="/">健康首页</a> <a href="/news/">健康资讯</a> <a href="/wenda/">专家问答</a> <a href="/yiyuan/">名院名科</a> <a href="/yangsheng/">养生</a></div>
<div class="crumb">当前位置：<a href="http://www.cnhubei.com/">荆楚网</a> &gt; <a href="/">健康</a> &gt; <a href="/wenda/">专家问答</a></div>
<div class="main">
<div class="question"><h1>${esc(page.question)}</h1>
<p class="q-info">提问网友：${masked(rng)}　提问时间：${fmt(shift(page.date!, -rng.int(1, 4)), clock(rng))}</p>
${desc ? `<p class="q-desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p>\n` : ''}</div>
<div class="answers"><h2>医生回答（${secondOp ? 2 : 1}）</h2>
${answers}
</div>
<div class="comments"><h3>网友评论（${comments}）</h3>${Array.from({ length: comments }, () => `<div class="c-item"><span class="c-user">荆楚网友${rng.int(1000, 9999)}</span> <span class="c-time">${shift(page.date!, rng.int(0, 30))}</span><p>${rng.pick([...CH_COMMENTS])}</p><a href="javascript:;">举报</a></div>`).join('\n') || '<p>暂无评论</p>'}
<form class="c-form"><textarea placeholder="我来说两句"></textarea><button type="button">发表评论</button></form></div>
${list}
</div>
<div class="side"><h3>热门专家</h3><ul>${hotDocs}</ul></div>
<div class="footer">荆楚网（湖北日报网）版权所有　鄂ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = gbk ? gbkMeta('gb2312') : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_专家问答_荆楚网`, null, '', body, meta);
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade ? d.hospital_grade : null },
        format: 'unknown',
        related: itemsOf(related, href, null, (r) => (snippets ? printed(r) : null), dated),
      }),
    };
  },
};

// --- F6. showchwan-xiangsi-wenti ---

const SC_FAQ = [
  ['看診需要攜帶哪些資料？', '請攜帶健保卡、身分證件及過去的檢查報告或用藥紀錄。'],
  ['檢查前需要空腹嗎？', '抽血檢查前建議空腹八小時，其他檢查請依醫囑準備。'],
  ['多久需要回診追蹤？', '依病情而定，一般為一至三個月，請依醫師指示回診。'],
  ['可以用網路預約掛號嗎？', '可透過本院網站或電話語音預約掛號。'],
  ['症狀改善後可以自行停藥嗎？', '請勿自行停藥，應與醫師討論後再調整。'],
] as const;

/**
 * F6. 彰化秀傳紀念醫院's 網路諮詢 (www.show.org.tw/consult/consult_view.aspx?sn={id}: the Changhua hospital from memory; the
 * path, the board and the markup guessed), **Big5 declared `big5` (35%), Big5 undeclared (15%) or UTF-8 (50%)**,
 * `lang="zh-TW"`, no canonical: the masthead `彰化秀傳紀念醫院` with `Show Chwan Memorial Hospital` (keyed hospital), a menu;
 * in the main column a 網路諮詢 head; the question block `主旨：{question}` (keyed), `諮詢者：王**`, `諮詢日期` 1–5 days earlier
 * (none), `諮詢內容` the asker's words (none); the answer block `回覆醫師：{name} 醫師` (50%: title 醫師) or `{name}
 * {title}` (as printed), `回覆科別：{department}`, `回覆日期` **ROC `112/05/06` (40%), `112-05-06` (20%) or `2023/05/06`
 * (40%)** (keyed), the reply as `<p>`s (60%) or `<br><br>`-split (40%) (keyed), `敬祝 平安健康` on 40% (none); **inside the
 * answer column, right under the reply, a box `相似問題` / `常見問答` / `您可能也想知道` of the department's canned Q&A —
 * `Q：…` / `A：…` pairs, two or three, no links, no doctor, no day (none of it: neither the page's nor items)**; a notice
 * (none); `其他諮詢` in a sidebar (70%) or below the column (30%) (`consult_view.aspx?sn=…` as written, link-only; the
 * ROC day in the page's form on 50%: dated).
 */
const showchwanXiangsiWenti: Family = {
  name: 'showchwan-xiangsi-wenti',
  split: 'fresh-106',
  site: 'www.show.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '彰化秀傳紀念醫院';
    const enc = rng.weighted([['big5', 35], ['big5-undeclared', 15], ['utf8', 50]] as const);
    const plainTitle = rng.chance(0.5);
    const dayForm = rng.weighted([['roc-slash', 40], ['roc-dash', 20], ['greg', 40]] as const);
    const brs = rng.chance(0.4);
    const wish = rng.chance(0.4);
    const faqHead = rng.pick(['相似問題', '常見問答', '您可能也想知道']);
    const faqs = rng.shuffle([...SC_FAQ]).slice(0, rng.int(2, 3));
    const sideList = rng.chance(0.7);
    const listDated = rng.chance(0.5);
    const pd = (iso: string) => (dayForm === 'roc-slash' ? roc(iso, '/') : dayForm === 'roc-dash' ? roc(iso, '-') : iso.replace(/-/g, '/'));
    const title = plainTitle ? '醫師' : d.title!;
    const reply = brs ? `<div class="a-content">${page.paragraphs.map(esc).join('<br><br>\n')}</div>` : `<div class="a-content">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>`;
    const faqBox = `<div class="similar"><h4>${faqHead}</h4><dl>${faqs.map(([q, a]) => `<dt>Q：${q}</dt><dd>A：${a}</dd>`).join('')}</dl></div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `consult_view.aspx?sn=${itemNum(r)}`;
    const list = related.length
      ? `<div class="other"><h3>其他諮詢</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${listDated ? `<span class="d">${pd(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const main = `<div class="col-main">
<h2 class="ttl">網路諮詢</h2>
<div class="q-box">
<p class="subject">主旨：${esc(page.question)}</p>
<p class="info">諮詢者：${masked(rng)}　諮詢日期：${pd(shift(page.date!, -rng.int(1, 5)))}</p>
<div class="q-content">${esc(rng.pick(ASKER_LINES))}</div>
</div>
<div class="a-box">
<p class="doc">回覆醫師：${esc(d.name!)} ${esc(title)}　回覆科別：${esc(d.department!)}</p>
<p class="date">回覆日期：${pd(page.date!)}</p>
${reply}
${wish ? '<p class="wish">敬祝 平安健康</p>\n' : ''}${faqBox}
</div>
<p class="notice">※ 網路諮詢僅供參考，無法取代實際門診診療，如有不適請儘速就醫。</p>
${sideList ? '' : list}
</div>`;
    const body = `<div class="header"><a href="/"><img src="/images/logo.png" alt=""></a> <span class="hname">${hospital}</span> <span class="en">Show Chwan Memorial Hospital</span></div>
<div class="menu"><a href="/">回首頁</a> | <a href="/guide/">就醫指南</a> | <a href="/team/">醫療團隊</a> | <a href="/consult/">網路諮詢</a> | <a href="/edu/">衛教園地</a></div>
<div class="wrap">
${main}
${sideList ? `<div class="col-side">${list}</div>\n` : ''}</div>
<div class="footer">${hospital}　地址：彰化市　電話：04-72${rng.int(10000, 99999)}　© Show Chwan Health Care System</div>`;
    const meta = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`網路諮詢-${page.question}-${hospital}`, null, '', body, meta).replace('<html lang="zh-CN">', '<html lang="zh-TW">');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, listDated),
      }),
    };
  },
};

export const FRESH106_FAMILIES: readonly Family[] = [gz5055DayinBan, chinacomFenyeWenda, rednetShikeH5, qhsrmyyGongzhonghao, cnhubeiErciYijian, showchwanXiangsiWenti];
