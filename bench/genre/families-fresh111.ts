import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, FEW_TITLES, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-eleventh fresh held-out set (split `fresh-111`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-sixth set**, leaning on **pages where
 * the answerer is not shown as a card**: named only in a byline (`指导专家：`, `口述：`, `諮詢／`), in the answer's first
 * line (`{hospital}{department}{title}{name}答：`, `答：{name}医生（…）：`), in the `<title>` and `<h1>` (`{name}医生：
 * {question}`) with the hospital and title at the page's foot, in a picture's alt or caption, in a signature after the
 * answer, in a 专家简介 table of label / value rows far from the answer — and pages naming other people beside the
 * answerer (a reporter, a 通讯员, an editor, a 审核 doctor, a 主持人, the asker). Six Chinese-language sites, none modelled
 * or named by an earlier split: 新华日报 / 新華日報 / 交汇点 / xhby, 东南网 / 東南網 / fjsen, 华龙网 / 華龍網 / 华龙 / cqnews,
 * 新湖南 / 湖南日报 / 华声 / 華聲 / hunantoday / voc.com.cn, 健康遠見 / 健康远见 / 遠見 / 远见 / gvm, 四川在线 / 川报 / scol each
 * grepped, case-insensitive, fixed strings, in README.md and families*.ts: no hit (`四川` alone hits, as a province and its
 * 省人民医院, not this site; `东南` alone hits only inside `东南亚`). Left alone because of hits: 封面 (封面新闻 / 华西都市报 had
 * none, but its short name hits), 长江 (长江日报 / 长江网 / cjn had none, `长江` hits as a brand), 商報 (香港商報), 橙新聞 / TOPick,
 * 極目 / 极目, 優活 / uho, 東方日報 / on.cc, 星洲 / sinchew, 大洋网 / 广州日报, 现代快报, 红星新闻 / 成都商报, 中国报, 南洋, 侨报,
 * 欧洲时报, 市民日報, 力報, 經濟日報, Heho, 早安健康, 常春, 光明网, 东方网, 看看新闻, 新民, 澎湃, 上游, 齐鲁, 央视, 39健康,
 * 联合早报 / zaobao, 當今大馬, 今日悉尼, 澳洲日报, 红网, 无忧; with no hit but not taken: 良醫, 中新网, 大众网, 都市快报, 新快 /
 * 澳洲新快网, 中央社, 当今大马 (simplified), 看中国:
 * - **xhby-jiaohuidian-zhuanjia**: 新华日报·交汇点's 健康 专家答疑 (a provincial paper's app share page): **the doctor only in a
 *   byline — `指导专家：`, `口述：{name}（…）` or `（口述专家：…）` after the answer —**, a reporter and a 通讯员 in the stamp, a
 *   `审核：` doctor and an editor at the foot; a `<video>` on some;
 * - **fjsen-jiankang-wenda**: 东南网's 健康 网友问答 (an old CMS, GB2312 / GBK on most): **the answer under a bare `专家答：`, the
 *   answerer only in a `本期答疑专家` table of 姓名 / 职称 / 科室 / 医院 rows in the sidebar or after the list**, a `往期专家`
 *   list of other doctors, the 网友's description, `【责任编辑：】`;
 * - **cqnews-mingyi-zaixian**: 华龙网's 名医在线 (an interview column): **the name only in the `<title>` / `<h1>`
 *   (`{name}医生：{question}`) and as the speaker label, the hospital, department and title only in the `嘉宾简介` at the
 *   foot**, a 主持人 asking and thanking, a reporter; a `<video>` on some;
 * - **hunantoday-wen-yisheng**: 新湖南's 问医生 (湖南日报's app): **the card in the answer's first line — glued
 *   (`{hospital}{department}{title}{name}答：` before the first paragraph), on its own line (`答：{name}医生（…）：`), or a
 *   signature after it (`——…{name}`)** —, the asker `{city}读者 {x}女士问：`, a reporter and a `审核` line;
 * - **gvm-health-qa**: 健康遠見's 醫師問答 (Taiwan): **`諮詢／{hospital}{department}{title} {name}` in the byline beside the
 *   reporter's `文／`, or a `專家簡介` box at the foot (`{name} 醫師` over the hospital and department: title `醫師`)**, a
 *   `審稿／` doctor on some, `更新日期` later;
 * - **scol-mingyi-shuo**: 四川在线's 名医说 (GBK on most): **the doctor only in the picture: its caption `图为…` or, on some,
 *   only its `alt`**; a reporter, an editor; the day as `2023-05-06 07:12` or `2023年05月06日`.
 * Hosts from memory (www.xhby.net / jhd.xhby.net, health.fjsen.com, cq.cqnews.net, www.hunantoday.cn, health.gvm.com.tw,
 * health.scol.com.cn), every path a guess; the markup is written here, none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's and who gave it**: the doctor the byline, caption, answer line, table or title names as the
 *   one answering (`指导专家` / `口述` / `諮詢` / `本期答疑专家` / the speaker label / `答：`); **the reporter, the 通讯员, the
 *   editor, the `审核：` / `審稿／` doctor (a reviewer, not the answerer), the 主持人 (his question and thanks none of the
 *   answer), the asker, the `往期专家` list none of the card**;
 * - **the answer**: the doctor's paragraphs; **a speaker label or card line glued before the first paragraph
 *   (`{name}：`, `{hospital}{department}{title}{name}答：`) none of it**: the paragraph is the text after it; a `口述专家` or
 *   `——` signature after it none; the 主持人's lines none;
 * - **the question**: the `<h1>` without the doctor's `{name}医生：` and without a column's prefix (`专家答疑｜`, `名医在线｜`,
 *   `【醫師問答】`, `读者问：`); the asker's description none;
 * - **the date** the article's day as printed in its stamp (`2023-05-06 07:12`, `2023年05月06日`, `2023/05/06`): 新湖南's
 *   yearless `05-06 07:12` null; 健康遠見's later `更新日期` none; 东南网's `2023-05-06 07:12:33` keyed;
 * - **the card** as printed, the grade null where none is printed (东南网's `医院等级` row and 华龙网's `（三甲）` keyed where
 *   printed); 健康遠見's `{name} 醫師` box title `醫師` (README's convention), the byline's title as printed;
 * - **format**: video only on 交汇点's and 华龙网's pages with a `<video>`; unknown elsewhere (no label);
 * - **items**: 交汇点's `相关阅读` (`YYYY-MM-DD` keyed, `MM-DD` null; `热门推荐` none); 东南网's `相关阅读` (dated `(2023-05-06)`;
 *   `往期专家` none); 华龙网's `相关新闻` (link-only `[]`, `[2023-05-06]` dated on some); 新湖南's `相关阅读` (the snippet cut
 *   with `...` kept, undated); 健康遠見's `更多醫師問答` (link-only, undated; `延伸閱讀` articles and `熱門文章` none);
 *   四川在线's `相关新闻` (dated on some) —, links as written, resolved against the canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const slash = (iso: string) => iso.replace(/-/g, '/');
const zhPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
/** A title of FEW_TITLES for another doctor on the page (a reviewer). */
const reviewerLine = (rng: Rng) => `${otherName(rng)} ${rng.pick(FEW_TITLES)}`;
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');

// --- F1. xhby-jiaohuidian-zhuanjia ---

const XHBY_HOT = ['江苏高考成绩明日公布', '南京地铁新线开通运营', '苏超联赛第八轮战报', '长三角一体化再提速'] as const;

/**
 * F1. 新华日报·交汇点's 健康 专家答疑 share page (jhd.xhby.net/share/news/{id}: the host from memory, the path and the markup
 * guessed), UTF-8, canonical on 50% (links relative `/share/news/{id}`, resolved against it; absolute where none): an
 * `打开交汇点` banner; the `<h1>` with `专家答疑｜` on 40% (none); **the stamp `新华日报·交汇点记者 {x} 通讯员 {y}` and the day
 * `2023-05-06 07:12` or `2023年05月06日 07:12` (keyed)**; **the doctor only in a byline: `指导专家：{hospital}{department}
 * {title} {name}` before the answer (40%), `口述：{name}（{hospital}{department}{title}）` before it (30%), or `（口述专家：
 * {name}，{hospital}{department}{title}）` after it (30%)** — no grade; a `<video>` on 60% of video items; `审核：{other}
 * {rank}` (another doctor, none) and `编辑：` / `校对：` (none); `相关阅读` (link-only, `MM-DD` null or `YYYY-MM-DD` keyed);
 * `热门推荐` (none); 举报.
 */
const xhbyJiaohuidianZhuanjia: Family = {
  name: 'xhby-jiaohuidian-zhuanjia',
  split: 'fresh-111',
  site: 'jhd.xhby.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://jhd.xhby.net';
    const canonical = rng.chance(0.5) ? `${base}/share/news/${page.item.num}` : null;
    const prefix = rng.chance(0.4);
    const credit = rng.weighted([['guide', 40], ['oral', 30], ['after', 30]] as const);
    const video = page.format === 'video' && rng.chance(0.6);
    const fullDays = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => (canonical ? `/share/news/${itemNum(r)}` : `${base}/share/news/${itemNum(r)}`);
    const t = clock(rng);
    const day = rng.chance(0.5) ? page.date! : zhPadded(page.date!);
    const org = `${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}`;
    const before =
      credit === 'guide'
        ? `<p class="${c(rng, 'guide', 'zhidao', 'expert')}">指导专家：${org} ${esc(d.name!)}</p>`
        : credit === 'oral'
          ? `<p class="${c(rng, 'oral', 'koushu')}">口述：${esc(d.name!)}（${org}）</p>`
          : '';
    const after = credit === 'after' ? `<p class="${c(rng, 'oral', 'sign')}">（口述专家：${esc(d.name!)}，${org}）</p>` : '';
    const list = related.length
      ? `<div class="${c(rng, 'relate', 'xgyd')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>${fullDays ? r.date : r.date!.slice(5)}</span></li>`).join('\n')}</ul></div>`
      : '';
    const hot = `<div class="hot"><h3>热门推荐</h3><ul>${rng.shuffle([...XHBY_HOT]).slice(0, 3).map((x) => `<li><a href="${base}/share/news/${rng.int(1000000, 9999999)}">${x}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="open-app"><img src="/static/logo.png" alt="交汇点"><span>打开交汇点，阅读体验更佳</span><a href="https://jhd.xhby.net/download">打开</a></div>
<div class="${c(rng, 'article', 'news-detail', 'content-wrap')}">
<h1>${prefix ? '专家答疑｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'info')}"><span>新华日报·交汇点记者 ${otherName(rng)} 通讯员 ${otherName(rng)}</span> <span class="time">${day} ${t}</span></div>
${before}
${video ? `<div class="video"><video src="https://vod.xhby.net/${token(rng, 12)}.mp4" controls poster="https://img.xhby.net/p/${token(rng, 8)}.jpg"></video></div>` : ''}
<div class="${c(rng, 'content', 'article-body', 'txt')}">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
${after}
<p class="${c(rng, 'editor', 'foot-info')}">审核：${reviewerLine(rng)}　编辑：${otherName(rng)}　校对：${otherName(rng)}</p>
<div class="share"><a href="javascript:;">微信</a> <a href="javascript:;">朋友圈</a> <a href="javascript:;">微博</a></div>
<p class="report"><a href="${base}/report">举报</a></p></div>
${rng.chance(0.5) ? `${list}\n${hot}` : `${hot}\n${list}`}
<div class="foot">新华日报社 版权所有</div>`;
    const html = documentOf(`${prefix ? '专家答疑｜' : ''}${page.question}`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, fullDays),
      }),
    };
  },
};

// --- F2. fjsen-jiankang-wenda ---

const FJSEN_SPECIALTY = ['擅长常见病、多发病的诊治。', '从事临床工作二十余年。', '擅长疑难病例的诊断与治疗。'] as const;

/**
 * F2. 东南网's 健康 网友问答 (health.fjsen.com/{yyyy-mm}/{dd}/content_{id}.htm: the host from memory, the path and the markup
 * guessed), an old CMS of tables: GB2312 declared (40%), GBK undeclared (25%), UTF-8 (35%); no canonical, links absolute;
 * nav, a banner; the `<h1>` the question; `{date} {time}:{ss}　来源：东南网　作者：{reporter}` (keyed); **`网友“{nick}”问：` and
 * the question with a line of the asker's (none)**; **`专家答：` and the answer — no name**; **the answerer only in a
 * `本期答疑专家` box of label / value rows (`<table>` or `<dl>`: 姓名 / 职称 / 科室 / 医院, a `医院等级` row on 30% (keyed there),
 * a `擅长` row none), in the right column or after the list**; `往期专家` (other doctors' names and titles: none);
 * `【责任编辑：{x}】` (none); `相关阅读` (question links, each `(2023-05-06)` keyed, `<li>`s unclosed on 40%); 举报 / ICP foot.
 */
const fjsenJiankangWenda: Family = {
  name: 'fjsen-jiankang-wenda',
  split: 'fresh-111',
  site: 'health.fjsen.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.fjsen.com';
    const enc = rng.weighted([['gb2312', 40], ['undeclared', 25], ['utf8', 35]] as const);
    const grade = rng.chance(0.3) && d.hospital_grade ? d.hospital_grade : null;
    const dl = rng.chance(0.5);
    const boxInSide = rng.chance(0.5);
    const unclosed = rng.chance(0.4);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/${r.date!.slice(0, 7)}/${r.date!.slice(8, 10)}/content_${itemNum(r)}.htm`;
    const t = `${clock(rng)}:${two(rng.int(0, 59))}`;
    const rows: [string, string][] = [
      ['姓名', esc(d.name!)],
      ['职称', esc(d.title!)],
      ['科室', esc(d.department!)],
      ['医院', esc(d.hospital!)],
      ...(grade ? ([['医院等级', grade]] as [string, string][]) : []),
      ['擅长', rng.pick([...FJSEN_SPECIALTY])],
    ];
    const box = `<div class="${c(rng, 'zjjs', 'expert-box', 'dyzj')}"><h3>本期答疑专家</h3>${
      dl
        ? `<dl>${rows.map(([k, v]) => `<dt>${k}：</dt><dd>${v}</dd>`).join('')}</dl>`
        : `<table border="0" cellpadding="2">${rows.map(([k, v]) => `<tr><td class="lb">${k}</td><td>${v}</td></tr>`).join('')}</table>`
    }</div>`;
    const past = `<div class="wqzj"><h3>往期专家</h3><ul>${Array.from({ length: 3 }, () => `<li><a href="${base}/zj/${rng.int(100, 999)}.htm">${otherName(rng)}</a> ${rng.pick(FEW_TITLES)}</li>`).join('')}</ul></div>`;
    const close = unclosed ? '' : '</li>';
    const list = related.length
      ? `<div class="xgyd"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> <span>(${r.date})</span>${close}`).join('\n')}</ul></div>`
      : '';
    const body = `<table width="980" align="center"><tr><td><a href="https://www.fjsen.com/">东南网首页</a> | <a href="https://news.fjsen.com/">新闻</a> | <a href="${base}/">健康</a> | <a href="https://fz.fjsen.com/">福州</a></td></tr></table>
<div class="banner"><a href="https://ad.fjsen.com/c/${token(rng, 8)}"><img src="https://ad.fjsen.com/b/${token(rng, 8)}.gif" width="980" height="80" alt=""></a></div>
<table width="980" align="center"><tr><td valign="top" width="660">
<div class="crumb">当前位置：<a href="https://www.fjsen.com/">东南网</a> &gt; <a href="${base}/">健康</a> &gt; 网友问答</div>
<h1>${esc(page.question)}</h1>
<div class="info">${page.date} ${t}　来源：东南网　作者：${otherName(rng)}</div>
<div class="${c(rng, 'ask', 'wen')}"><p>网友“${rng.pick(['小鱼儿', '闽江水', '阿明', '晴天'])}${rng.int(10, 99)}”问：${esc(page.question)}${rng.pick(ASKER_LINES)}</p></div>
<div class="${c(rng, 'answer', 'da')}"><p><b>专家答：</b></p>${page.paragraphs.map((x) => `<p>　　${esc(x)}</p>`).join('\n')}</div>
<p class="zrbj">【责任编辑：${otherName(rng)}】</p>
${list}
${boxInSide ? '' : box}
</td><td valign="top" width="300">${boxInSide ? box : ''}${past}</td></tr></table>
<div class="foot"><a href="https://www.12377.cn/">违法和不良信息举报</a>　东南网 版权所有　闽ICP备${rng.int(10000000, 99999999)}号</div>`;
    const charset = enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${page.question}_健康_东南网`, null, '', body, charset);
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

// --- F3. cqnews-mingyi-zaixian ---

/**
 * F3. 华龙网's 名医在线 (cq.cqnews.net/jkzx/{yyyy-mm}/{dd}/content_{id}.html: the host from memory, the path and the markup
 * guessed), UTF-8, canonical on 60% (links relative, resolved against it; absolute where none): **the `<title>` and the
 * `<h1>` `{name}医生：{question}` (60%) or `名医在线｜{name}：{question}` (40%)**; `华龙网-新重庆客户端 {day} {time}` and
 * `记者 {x}` (none); on 50% `本期嘉宾：{name}` under the stamp; a `<video>` on 50% of video items (keyed video); **`主持人：`
 * the question (and the host's closing thanks, none), `{name}：` the speaker label before the first paragraph (none of
 * it)**; **`嘉宾简介：{hospital}（三甲 on 30%）{department}{title}，擅长…` at the foot (the name not repeated)**; `相关新闻`
 * (link-only, `[2023-05-06]` on 50%: keyed there); `热点专题` (none).
 */
const cqnewsMingyiZaixian: Family = {
  name: 'cqnews-mingyi-zaixian',
  split: 'fresh-111',
  site: 'cq.cqnews.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://cq.cqnews.net';
    const [y, m, dd] = page.date!.split('-');
    const canonical = rng.chance(0.6) ? `${base}/jkzx/${y}-${m}/${dd}/content_${page.item.num}.html` : null;
    const h1 = rng.chance(0.6) ? `${d.name}医生：${page.question}` : `名医在线｜${d.name}：${page.question}`;
    const grade = rng.chance(0.3) && d.hospital_grade ? d.hospital_grade : null;
    const guestTop = rng.chance(0.5);
    const video = page.format === 'video' && rng.chance(0.5);
    const dated = rng.chance(0.5);
    const host = otherName(rng);
    const related = page.related.slice(0, 7);
    const path = (r: Related) => `/jkzx/${r.date!.slice(0, 7)}/${r.date!.slice(8, 10)}/content_${itemNum(r)}.html`;
    const href = (r: Related) => (canonical ? path(r) : `${base}${path(r)}`);
    const day = rng.pick([page.date!, slash(page.date!), zhPadded(page.date!)]);
    const [first, ...rest] = page.paragraphs;
    const speaker = rng.chance(0.5) ? `<strong>${esc(d.name!)}：</strong>` : `<b class="sp">${esc(d.name!)}医生：</b>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgxw', 'related-news')}"><h4>相关新闻</h4><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <em>[${r.date}]</em>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="https://www.cqnews.net/">华龙网</a> <a href="https://cq.cqnews.net/">重庆</a> <a href="${base}/jkzx/">健康</a> <a href="https://app.cqnews.net/">新重庆客户端</a></div>
<div class="${c(rng, 'main', 'article', 'detail')}">
<h1>${esc(h1)}</h1>
<div class="${c(rng, 'source', 'info')}">华龙网-新重庆客户端 ${day} ${clock(rng)}　记者 ${otherName(rng)}</div>
${guestTop ? `<p class="guest">本期嘉宾：${esc(d.name!)}</p>` : ''}
${video ? `<div class="player"><video src="https://v.cqnews.net/${token(rng, 12)}.mp4" controls></video></div>` : ''}
<div class="${c(rng, 'content', 'txt', 'article-content')}">
<p class="host"><strong>主持人：</strong>${esc(page.question)}</p>
<p>${speaker}${esc(first!)}</p>
${rest.map((x) => `<p>${esc(x)}</p>`).join('\n')}
<p class="host"><strong>主持人：</strong>感谢${esc(d.name!)}医生的解答，我们下期再见。</p>
</div>
<div class="${c(rng, 'intro', 'jbjj')}"><p>嘉宾简介：${esc(d.hospital!)}${grade ? `（${grade}）` : ''}${esc(d.department!)}${esc(d.title!)}，${rng.pick(['擅长常见病的规范化诊治。', '从事临床工作多年。'])}</p></div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">QQ空间</a> <a href="javascript:;">微博</a></div>
<p class="bj">责任编辑：${otherName(rng)}</p></div>
${list}
<div class="hot"><h4>热点专题</h4><ul><li><a href="https://www.cqnews.net/zt/${rng.int(100, 999)}">重庆夏季防暑指南</a></li><li><a href="https://www.cqnews.net/zt/${rng.int(100, 999)}">健康重庆在行动</a></li></ul></div>
<div class="foot">华龙网版权所有　<a href="https://www.cqnews.net/jubao">举报</a></div>`;
    const html = documentOf(`${h1}_华龙网`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F4. hunantoday-wen-yisheng ---

const HN_CITIES = ['长沙', '株洲', '湘潭', '衡阳', '岳阳', '常德'] as const;

/**
 * F4. 新湖南's 问医生 (www.hunantoday.cn/news/xhn/{yyyymm}/{id}.html: the host from memory, the path and the markup guessed),
 * UTF-8, canonical always (links relative, resolved against it): an `打开新湖南客户端` banner; the `<h1>` with `读者问：` on
 * 30% (none); `新湖南客户端 {date} {time}` (the day `2023-05-06` keyed, **`05-06` on 20%: yearless, null**); `记者 {x} 通讯员
 * {y}` (none); **the asker `{city}读者 {x}女士问：{question}{line}` (none)**; **the card in the answer's first line: glued before
 * the first paragraph `<strong>{hospital}{department}{title}{name}答：</strong>` (40%), its own line `答：{name}医生
 * （{hospital}{department}{title}）：` (30%), or `答：` alone and a signature `——{hospital}{department}{title} {name}` after
 * the answer (30%)** — none of the paragraphs, no grade; `审核：{other} {rank}` (none); `相关阅读` (question, on 50% a snippet cut
 * with `...`, undated; link-only `[]` else); app banner, 举报.
 */
const hunantodayWenYisheng: Family = {
  name: 'hunantoday-wen-yisheng',
  split: 'fresh-111',
  site: 'www.hunantoday.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.hunantoday.cn';
    const ym = page.date!.slice(0, 7).replace('-', '');
    const canonical = `${base}/news/xhn/${ym}/${page.item.num}.html`;
    const prefix = rng.chance(0.3);
    const yearless = rng.chance(0.2);
    const form = rng.weighted([['glued', 40], ['line', 30], ['sign', 30]] as const);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/news/xhn/${r.date!.slice(0, 7).replace('-', '')}/${itemNum(r)}.html`;
    const printed = (r: Related) => cutSnippet(r.snippet, 30, 32, '...');
    const org = `${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}`;
    const [first, ...rest] = page.paragraphs;
    const answer =
      form === 'glued'
        ? `<p><strong>${org}${esc(d.name!)}答：</strong>${esc(first!)}</p>\n${rest.map((x) => `<p>${esc(x)}</p>`).join('\n')}`
        : form === 'line'
          ? `<p><strong>答：${esc(d.name!)}医生（${org}）：</strong></p>\n${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}`
          : `<p><strong>答：</strong></p>\n${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}\n<p style="text-align:right">——${org} ${esc(d.name!)}</p>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgyd', 'relate')}"><h3>相关阅读</h3>${related.map((r) => `<div class="item"><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r))}</p>` : ''}</div>`).join('\n')}</div>`
      : '';
    const body = `<div class="app-top"><span>打开新湖南客户端，看更多权威资讯</span><a href="https://www.hunantoday.cn/app">立即打开</a></div>
<div class="${c(rng, 'article', 'detail-main')}">
<h1>${prefix ? '读者问：' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'meta')}">新湖南客户端 ${yearless ? page.date!.slice(5) : page.date} ${clock(rng)}</div>
<p class="author">记者 ${otherName(rng)} 通讯员 ${otherName(rng)}</p>
<div class="${c(rng, 'content', 'article-content')}">
<p><strong>${rng.pick([...HN_CITIES])}读者 ${rng.pick(['李', '王', '刘', '陈'])}女士问：</strong>${esc(page.question)}${rng.pick(ASKER_LINES)}</p>
${answer}
</div>
<p class="${c(rng, 'check', 'audit')}">审核：${reviewerLine(rng)}　责任编辑：${otherName(rng)}</p>
<div class="share"><a href="javascript:;">分享</a> <a href="javascript:;">收藏</a> <a href="${base}/jubao">举报</a></div></div>
${list}
<div class="foot">湖南日报社 新湖南 版权所有</div>`;
    const html = documentOf(`${page.question}_新湖南`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: yearless ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F5. gvm-health-qa ---

const GVM_ARTICLES = ['夏天開冷氣睡覺，醒來喉嚨痛怎麼辦？', '一天該喝多少水？醫師這樣建議', '失眠別急著吃藥，先調整這5件事', '久坐族必看：簡單伸展操'] as const;

/**
 * F5. 健康遠見's 醫師問答 (health.gvm.com.tw/article/{id}: the host from memory, the path and the markup guessed), Taiwan,
 * `lang="zh-TW"`, UTF-8, canonical always (links relative, resolved against it): nav, a LINE `加入好友` banner, an ad; the
 * `<h1>` with `【醫師問答】` on 40% (none); **`文／{reporter}` and, on 55%, `諮詢／{hospital}{department}{title} {name}` in the
 * byline (title as printed); else a `專家簡介` box at the foot `{name} 醫師` over `{hospital} {department}` (title `醫師`,
 * README's convention)**; `審稿／{other}醫師` on 50% (none); the day `2023/05/06` (keyed), `更新日期 {later}` on 50%
 * (none); `Q：` the question, `A：` the answer; a 訂閱 box; `更多醫師問答` (link-only, undated); `延伸閱讀` articles and
 * `熱門文章` (none).
 */
const gvmHealthQa: Family = {
  name: 'gvm-health-qa',
  split: 'fresh-111',
  site: 'health.gvm.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.gvm.com.tw';
    const canonical = `${base}/article/${page.item.num}`;
    const prefix = rng.chance(0.4);
    const byline = rng.chance(0.55);
    const reviewer = rng.chance(0.5) ? otherName(rng) : null;
    const updated = rng.chance(0.5) ? shift(page.date!, rng.int(10, 300)) : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/article/${itemNum(r)}`;
    const box = `<aside class="${c(rng, 'expert', 'profile', 'zhuanjia')}"><h3>專家簡介</h3><p class="nm">${esc(d.name!)} 醫師</p><p class="org">${esc(d.hospital!)} ${esc(d.department!)}</p></aside>`;
    const more = related.length
      ? `<section class="${c(rng, 'more-qa', 'qa-list')}"><h3>更多醫師問答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></section>`
      : '';
    const ext = `<section class="ext"><h3>延伸閱讀</h3><ul>${rng.shuffle([...GVM_ARTICLES]).slice(0, 2).map((x) => `<li><a href="/article/${rng.int(90000, 99999)}">${x}</a></li>`).join('')}</ul></section>`;
    const hot = `<section class="hot"><h3>熱門文章</h3><ol>${rng.shuffle([...GVM_ARTICLES]).slice(0, 3).map((x) => `<li><a href="/article/${rng.int(80000, 89999)}">${x}</a></li>`).join('')}</ol></section>`;
    const body = `<header><a href="${base}/"><img src="/images/logo.svg" alt="健康遠見"></a><nav><a href="/category/disease">疾病</a> <a href="/category/food">飲食</a> <a href="/category/qa">醫師問答</a> <a href="/category/mind">心理</a></nav></header>
<div class="line-banner"><a href="https://line.me/R/ti/p/@gvmhealth">加入健康遠見 LINE 好友</a></div>
<div class="ad"><ins class="adsbygoogle" data-ad-slot="${rng.int(1000000, 9999999)}"></ins></div>
<article class="${c(rng, 'article', 'post', 'content')}">
<h1>${prefix ? '【醫師問答】' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'byline', 'author')}"><span>文／${otherName(rng)}</span>${byline ? ` <span>諮詢／${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</span>` : ''}${reviewer ? ` <span>審稿／${reviewer}醫師</span>` : ''}</div>
<div class="${c(rng, 'date', 'time')}"><time>${slash(page.date!)}</time>${updated ? ` <span class="upd">更新日期 ${slash(updated)}</span>` : ''}</div>
<div class="${c(rng, 'body', 'article-body')}">
<p class="q"><strong>Q：</strong>${esc(page.question)}</p>
<p class="a"><strong>A：</strong></p>
${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
<div class="share"><a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a> <a href="javascript:;">複製連結</a></div>
${byline ? '' : box}
</article>
<div class="subscribe"><p>訂閱健康遠見電子報，掌握最新健康資訊</p><input type="email" placeholder="Email"><button>訂閱</button></div>
${rng.chance(0.5) ? `${more}\n${ext}` : `${ext}\n${more}`}
${hot}
<footer>© 遠見天下文化出版股份有限公司</footer>`;
    const html = tw(documentOf(`${prefix ? '【醫師問答】' : ''}${page.question}｜健康遠見`, canonical, `<meta property="og:title" content="${esc(page.question)}">\n`, body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: byline ? d.title : '醫師', department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F6. scol-mingyi-shuo ---

/**
 * F6. 四川在线's 名医说 (health.scol.com.cn/{yyyymmdd}/{id}.html: the host from memory, the path and the markup guessed), GBK
 * declared (35%), GB2312 declared (20%), undeclared (15%), UTF-8 (30%); no canonical, links absolute: nav, a banner; the
 * `<h1>` the question; `{day}　来源：四川在线　记者 {x}` (the day `2023-05-06 07:12` or `2023年05月06日`: keyed); **the doctor
 * only in the picture: `<img alt>` `{hospital}{department}{title}{name}` and a caption `图为{hospital}{department}{title}{name}`
 * under it (65%), or the `alt` alone (35%)** — no grade; the answer; `（编辑 {x}　审核 {y}）` (none); `相关新闻` (link-only,
 * dated `2023-05-06` on 50%); 举报 foot.
 */
const scolMingyiShuo: Family = {
  name: 'scol-mingyi-shuo',
  split: 'fresh-111',
  site: 'health.scol.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.scol.com.cn';
    const enc = rng.weighted([['gbk', 35], ['gb2312', 20], ['undeclared', 15], ['utf8', 30]] as const);
    const caption = rng.chance(0.65);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/${r.date!.replace(/-/g, '')}/${itemNum(r)}.html`;
    const who = `${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}${esc(d.name!)}`;
    const day = rng.chance(0.5) ? `${page.date} ${clock(rng)}` : zhPadded(page.date!);
    const pic = `<div class="${c(rng, 'pic', 'img-box', 'photo')}"><img src="https://img.scol.com.cn/${page.date!.replace(/-/g, '')}/${token(rng, 10)}.jpg" alt="${who}" width="600">${caption ? `<p class="${c(rng, 'pic-note', 'caption')}">图为${who}</p>` : ''}</div>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgxw', 'relnews')}"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const picFirst = rng.chance(0.6);
    const answer = page.paragraphs.map((x) => `<p>　　${esc(x)}</p>`).join('\n');
    const body = `<div class="nav"><a href="https://www.scol.com.cn/">四川在线首页</a> | <a href="https://sc.scol.com.cn/">四川</a> | <a href="${base}/">健康</a> | <a href="https://cd.scol.com.cn/">成都</a></div>
<div class="banner"><a href="https://ad.scol.com.cn/c/${token(rng, 8)}"><img src="https://ad.scol.com.cn/b/${token(rng, 8)}.jpg" alt=""></a></div>
<div class="${c(rng, 'main', 'article', 'news')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'source')}">${day}　来源：四川在线　记者 ${otherName(rng)}</div>
<div class="${c(rng, 'content', 'article-content', 'txt')}">
${picFirst ? `${pic}\n${answer}` : `${answer}\n${pic}`}
</div>
<p class="bj">（编辑 ${otherName(rng)}　审核 ${otherName(rng)}）</p>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div></div>
${list}
<div class="foot">四川日报网络传媒发展有限公司 版权所有　<a href="https://www.12377.cn/">举报</a></div>`;
    const charset = enc === 'gbk' ? '<meta charset="gbk">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${page.question}-四川在线`, null, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

export const FRESH111_FAMILIES: readonly Family[] = [xhbyJiaohuidianZhuanjia, fjsenJiankangWenda, cqnewsMingyiZaixian, hunantodayWenYisheng, gvmHealthQa, scolMingyiShuo];
