import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, formatWord, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Eighty-seventh fresh held-out set (split `fresh-87`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-second set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (中国抗癌协会 / 抗癌协会 / cacakp, 美呗 / meibei,
 * 北医三院 / puh3, 瑞慈 / ruici, 光明日报 / gmw, 衛生局 / ssm.gov each grepped, case-insensitive, in README.md and
 * families*.ts: no hit; 简单心理, 壹心理 / xinli001, 抖音 / douyin, 快手, 美年, 爱康 / ikang, 联合早报 / zaobao, 星洲,
 * 叮当, 老百姓大药房, 益丰, 大参林, 中华医学会 / 医学会, 微医 / guahao, 京东, gotokeep, 小红书, 得到 / dedao, 知乎,
 * 好大夫, 阿里健康, 平安好医生, 春雨, 健客, 91160, 微脉, 妙手, 百度健康, 有来, 医联, 讯飞 / 晓医, 慈铭, 小鹿, 固生堂,
 * 丁香妈妈, 人民网, 央视频, 澎湃, 健康时报, 医脉通, 家庭医生, 39健康, 寻医问药, 快速问医生, 仁伯爵, chinapress,
 * 浙江大学医学院附属第一医院, pdf2html and 澳門 (as macaodaily), first thought of, have hits and were left alone;
 * 新明日报 / shinmin, 海王星辰, 国大药房, 漱玉, 视频号, 荔枝微课 and 千聊 had none but were left: a pharmacy chain's 药师
 * answer is fresh-83's yixintang, a paid answer fresh-14's and fresh-39's), each of a kind the table had little of: a
 * national cancer society's patient-education Q&A (a 专业委员会 as the answering body, its 执笔专家 the card, JSON-LD that
 * disagrees), a 医美 platform's 医生回答 (before/after case ads, a 咨询师's reply after the doctor's, a format label), a
 * university hospital's sports-medicine 患者问答 (SSR markup with `data-*`, the card in a side column, a short name), a
 * 体检 chain's 报告解读 问答 (a 客服 first, a 主检医师's card, GB18030 declared or GBK undeclared), a national newspaper
 * site's 健康 专家答疑 in GBK (the card in a lead sentence), and the Macau health bureau's 健康問答 (traditional,
 * Portuguese beside, a day-first date, a 衛生中心's doctor). Modelled from memory of those pages (no copied markup; hosts
 * as remembered, every path a guess); the questions are the universe's, of any department; the family names repeat none
 * of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: a 专业委员会's byline (the body, not the answerer), a 咨询师's reply
 *   after the doctor's, a 客服's `您好，已为您转接主检医师` first, a 追问 round (none, dating nothing, as fresh-82 keys it),
 *   comments, none of it;
 * - a label over or glued before the answer (`专家解答`, `医生回答`, `答：`, `解答：`, `醫生解答`) none of it; disclaimers none;
 * - **the question as the page asks it**: the `<h1>` (or `問：`, `网友提问：`), never a column headline (`专家答疑｜…`);
 * - **the date the answer's day**: the page's `发布时间` / `回答于` / `回复时间` / `日期`; JSON-LD's or `data-*`'s other day
 *   none; a day-first `06/05/2023` keyed only where it cannot be read month-first (fresh-67's convention) or the page prints
 *   another day that shows its order (`23/10/2020`: every day of it read day first; changed after the first run); `N天前` null;
 *   `提问时间`, a 客服's, 咨询师's and comments' days nothing;
 * - **the card** as printed: 抗癌协会's `执笔专家：{name}　{hospital}　{department}　{title}` (the committee no field);
 *   美呗's `{name} {title}` over `{hospital}` (a 医美 clinic's department `{department}` where printed, else null); 北医三院's
 *   side card `{name}　{title}` with `北医三院运动医学科` (**the hospital `北医三院` as the card prints it, fresh-22's
 *   convention; the department 运动医学科**); 瑞慈's `主检医师 {name}（{title}）` with `瑞慈体检{city}分院` (the branch the
 *   hospital; `主检医师` a role, no field; department null); 光明网's lead `本期答疑专家：{hospital}{department}{title}{name}`;
 *   衛生局's `解答：{centre}衛生中心 {name}醫生` (the centre the hospital, `醫生` no title: null; department null);
 *   the grade null on every family (none prints one);
 * - **format** `voice` / `text` / `video` where 美呗 prints a format label (`语音回答` …), else unknown; unknown on the
 *   others;
 * - items: the page's related list, the snippet as printed (`...`-cut kept), dated only where the list prints the whole
 *   day (a day-first day only where unambiguous or the page shows its order), an item's format where its label is printed, an item showing only its
 *   question a link (`[]`), links as written where the page names no address of its own, else resolved against the
 *   canonical; 案例 / 日记 cards, 热门 lists, 上一篇 / 下一篇 no items.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 22))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const dmyCertain = (iso: string) => {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return d > 12 || d === m;
};
/** Items as itemsOf keys them, with a printed format kept where `withFormat` says it is printed. */
const itemsFmt = (related: readonly Related[], href: (r: Related) => string, own: string | null, snippet: (r: Related) => string | null, dated: (r: Related) => boolean, withFormat: (r: Related) => boolean): ExpectedItem[] =>
  itemsOf(related, href, own, snippet, true).map((e, i) => ({ ...e, date: dated(related[i]!) ? e.date : null, format: withFormat(related[i]!) ? related[i]!.format : 'unknown' }));
/** A GBK page (or UTF-8 where GBK cannot carry it, its declaration changed to match). */
const gbkOr = (html: string, enc: 'gbk' | 'gb18030', decl: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(decl ? html.replace(decl, '<meta charset="utf-8">') : html.replace('<head>\n', '<head>\n<meta charset="utf-8">\n'), 'utf8');
};

// --- F1. cacakp-kangai-kepu-wenda ---

const COMMITTEES = ['肿瘤营养专业委员会', '肿瘤心理学专业委员会', '康复分会', '科普宣传部', '整合护理专业委员会'] as const;

/**
 * F1. 中国抗癌协会's 科普平台 问答 (www.cacakp.com/article/{id}.html, host and path as remembered), a national cancer
 * society's patient-education page, UTF-8, canonical on 50%: the society's header (首页 / 肿瘤科普 / 专家问答 / 患者服务 /
 * 科普视频), crumbs `首页 > 专家问答`; `<h1>` the question (keyed); the info line `来源：中国抗癌协会{committee}` (the
 * committee, a body: no field) and `发布时间：2023年05月06日` (55%) or `2023-05-06 14:22` (45%), keyed; `专家解答` (none); the
 * answer `<p>`s; the card `执笔专家：{name}　{hospital}　{department}　{title}` after the answer (65%) or in a box before it
 * (35%; keyed either way), `审核：{committee}` (none); JSON-LD with `datePublished` a later day (none); `相关问答` (question
 * link, the snippet cut at 36 with `...`, `2023-05-06`: items with the snippet, dated, `/article/N.html` resolved against the
 * canonical where printed, else as written); 热门科普 (none); the footer; format unknown.
 */
const cacakpKangaiKepuWenda: Family = {
  name: 'cacakp-kangai-kepu-wenda',
  split: 'fresh-87',
  site: 'www.cacakp.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.5) ? `https://www.cacakp.com/article/${page.item.num}.html` : null;
    const committee = rng.pick([...COMMITTEES]);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const when = rng.chance(0.55) ? `${y}年${m}月${dd}日` : `${page.date} ${page.time}`;
    const after = rng.chance(0.65);
    const card = `<p class="expert">执笔专家：${esc(d.name!)}　${esc(d.hospital!)}　${esc(d.department!)}　${d.title}</p>`;
    const box = `<div class="expert-box"><img src="https://www.cacakp.com/uploads/expert/${token(rng, 10)}.jpg"><div>${card}</div></div>`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/article/${itemNum(r)}.html`;
    const cut = (s: string) => cutSnippet(s, 36, 40, '...');
    const list = related.length
      ? `<div class="rel"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(cut(r.snippet))}</p>${r.date ? `<span class="d">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const later = shift(page.date!, rng.int(2, 40));
    const body = `<div class="header"><a href="/" class="logo">中国抗癌协会 科普平台</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/kepu/">肿瘤科普</a></li><li><a href="/wenda/">专家问答</a></li><li><a href="/service/">患者服务</a></li><li><a href="/video/">科普视频</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">专家问答</a></div>
<div class="container"><div class="left">
<h1>${esc(page.question)}</h1>
<div class="meta"><span>来源：中国抗癌协会${committee}</span><span>发布时间：${when}</span><span>阅读：${rng.int(100, 30000)}</span></div>
${after ? '' : `${box}\n`}<div class="article"><h4 class="lab">专家解答</h4>
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
${after ? `${card}\n` : ''}<p class="review">审核：中国抗癌协会${committee}</p>
<p class="note">本文为中国抗癌协会原创科普内容，仅供参考，具体诊疗请遵医嘱。</p>
${list}
</div><div class="right"><h3>热门科普</h3><ul><li><a href="/kepu/1.html">防癌体检怎么做？</a></li><li><a href="/kepu/2.html">4月15日全国肿瘤防治宣传周</a></li></ul></div></div>
<div class="footer">中国抗癌协会 版权所有　津ICP备${rng.int(10000000, 99999999)}号</div>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":${JSON.stringify(page.question)},"datePublished":"${later}T09:00:00+08:00","author":{"@type":"Organization","name":"中国抗癌协会"}}</script>`;
    const html = documentOf(`${page.question}-中国抗癌协会科普平台`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => cut(r.snippet), true),
      }),
    };
  },
};

// --- F2. meibei-yisheng-huida ---

const CLINIC_KINDS = ['医疗美容门诊部', '医疗美容医院', '整形外科医院'] as const;
const CASE_ITEMS = ['双眼皮 术后30天', '玻尿酸 术后7天', '水光针 第3次', '热玛吉 术后1个月'] as const;
const CHIP: Record<Exclude<Format, 'unknown'>, string> = { voice: '语音', text: '图文', video: '视频' };

/**
 * F2. 美呗's 医生回答 (m.meibei.com/ask/{id}.html, host and path guesses), a 医美 platform's H5 page, UTF-8, canonical on 40%:
 * the app bar (`打开美呗APP`), `<h1>` the question (keyed), the asker (`美呗用户{n}`, `MM-DD 提问`: none); the doctor's answer:
 * `<div class="doc" data-uid>` with `{name} {title}` over `{city}{kind}` (a 医美 clinic: the hospital) and `{department}` on
 * 50% (else null), a `认证医生` badge, `医生回答` (none), a format chip (`语音回答` / `图文回答` / `视频回答`) where the answer's
 * format is known (keyed), else none (unknown); `<p>`s; `回答于 2023-05-06` (60%) or `N天前` (40%: null); `赞 N`; a 咨询师's
 * reply after (`{name} 美学咨询师`: none) on 50%; a before/after 案例 strip (`术前` / `术后` images, `¥` prices: none);
 * `大家还在问` a `<dl>` (`<dt>` question link, `<dd>` the snippet as printed, a format chip where known, `2023-05-06`: items
 * with the snippet, the format where the chip shows, dated; `/ask/N.html` resolved against the canonical where printed,
 * else as written).
 */
const meibeiYishengHuida: Family = {
  name: 'meibei-yisheng-huida',
  split: 'fresh-87',
  site: 'm.meibei.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.4) ? `https://m.meibei.com/ask/${page.item.num}.html` : null;
    const city = d.hospital!.match(/^(.+?)市/u)?.[1] ?? '江州';
    const clinic = `${city}${rng.pick(['美莱', '华韩', '艺星', '伊美尔'])}${rng.pick([...CLINIC_KINDS])}`;
    const withDept = rng.chance(0.5);
    const dated = rng.chance(0.6);
    const known = page.format !== 'unknown';
    const chip = known ? `<span class="fmt">${formatWord(rng, page.format)}</span>` : '';
    const adviser = rng.chance(0.5)
      ? `<div class="answer adv"><p class="who">${esc(otherName(rng))} <span>美学咨询师</span></p><p>亲，具体方案需要面诊评估哦，可以私信预约免费面诊～</p><p class="t">${md(page.date!)}</p></div>`
      : '';
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/ask/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="also"><h3>大家还在问</h3><dl>${related.map((r) => `<dt><a href="${href(r)}">${esc(r.question)}</a></dt><dd><p>${esc(r.snippet)}</p><span class="m">${r.format !== 'unknown' ? `<i class="chip">${CHIP[r.format]}</i>` : ''}${r.date ?? ''}</span></dd>`).join('\n')}</dl></div>`
      : '';
    const cases = `<div class="cases"><h3>相关案例</h3>${Array.from({ length: 2 }, () => `<a href="/diary/${rng.int(100000, 999999)}.html"><img src="https://img.meibei.com/case/${token(rng, 8)}_before.jpg" alt="术前"><img src="https://img.meibei.com/case/${token(rng, 8)}_after.jpg" alt="术后"><p>${rng.pick([...CASE_ITEMS])}</p><span class="price">¥${rng.int(980, 19800)}</span></a>`).join('')}</div>`;
    const body = `<div class="appbar"><img src="https://img.meibei.com/logo.png" alt="美呗"><span>美呗 · 变美问答</span><a href="meibei://open">打开美呗APP</a></div>
<div class="q"><h1>${esc(page.question)}</h1><p class="asker">美呗用户${rng.int(100000, 999999)}　${md(shift(page.date!, -rng.int(1, 4)))} 提问</p><p class="supply">${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer doc" data-uid="${rng.int(10000, 99999)}" data-ctime="${page.date} ${page.time}:00"><div class="card"><img src="https://img.meibei.com/doctor/${token(rng, 8)}.jpg"><div><p><b>${esc(d.name!)}</b> ${d.title} <i class="v">认证医生</i></p><p class="org">${esc(clinic)}${withDept ? `　${esc(d.department!)}` : ''}</p></div></div>
<p class="lab">医生回答 ${chip}</p>
<div class="txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="t">${dated ? `回答于 ${page.date}` : `${rng.int(2, 9)}天前`}　赞 ${rng.int(0, 500)}</p></div>
${adviser}
${cases}
${list}
<div class="foot">美呗 · 正规医美平台　医美有风险，选择需谨慎</div>
<script>window.__NUXT__={"askId":${page.item.num},"answerCount":${adviser ? 2 : 1}}</script>`;
    const html = documentOf(`${page.question}_美呗问答`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: clinic, department: withDept ? d.department : null, hospital_grade: null },
        date: dated ? page.date : null,
        format: known ? page.format : 'unknown',
        related: itemsFmt(related, href, canonical, (r) => r.snippet, (r) => r.date !== null, (r) => r.format !== 'unknown'),
      }),
    };
  },
};

// --- F3. puh3-yundong-yixue-wenda ---

const PUH3 = '北京大学第三医院';

/**
 * F3. 北医三院 运动医学科's 患者问答 (www.puh3.net.cn/ydyxk/hzwd/{id}.html, path a guess), a university hospital
 * department's page, SSR markup (`data-v-…` attributes, `data-publish` a later day: none), UTF-8, canonical on 60%: the
 * hospital header (`北京大学第三医院 Peking University Third Hospital`), the department's sub-nav (科室简介 / 专家团队 /
 * 患者问答 / 康复指导), crumbs; `<h1>` the question (keyed); `发布日期：2023-05-06` (70%, keyed) or none (null); the answer
 * `<p>`s in `<section>`s, a `康复动作` image now and then (none); a side column card: `{name}　{title}` over
 * `北医三院运动医学科` (**the hospital `北医三院` as the card prints it, department 运动医学科**), `出诊时间` (none), a
 * `预约挂号` button; `相关问答` a `<table>` (question link, `2023-05-06`: `[]`, dated, `/ydyxk/hzwd/N.html` resolved
 * against the canonical where printed, else as written); the footer with the full name; format unknown.
 */
const puh3YundongYixueWenda: Family = {
  name: 'puh3-yundong-yixue-wenda',
  split: 'fresh-87',
  site: 'www.puh3.net.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const canonical = rng.chance(0.6) ? `https://www.puh3.net.cn/ydyxk/hzwd/${page.item.num}.html` : null;
    const dated = rng.chance(0.7);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/ydyxk/hzwd/${itemNum(r)}.html`;
    const list = related.length
      ? `<div ${v} class="rel"><h3 ${v}>相关问答</h3><table ${v} class="rel-table">${related.map((r) => `<tr ${v}><td ${v}><a href="${href(r)}">${esc(r.question)}</a></td><td ${v} class="d">${r.date ?? ''}</td></tr>`).join('\n')}</table></div>`
      : '';
    const img = rng.chance(0.3) ? `<figure ${v}><img src="/upload/ydyxk/${token(rng, 10)}.jpg"><figcaption>康复动作示意</figcaption></figure>` : '';
    const body = `<div id="__nuxt"><header ${v} class="hd"><a href="/" class="logo">${PUH3} Peking University Third Hospital</a><nav ${v}><a href="/">首页</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/jzzn/">就诊指南</a></nav></header>
<div ${v} class="subnav"><span>运动医学科</span><a href="/ydyxk/">科室简介</a><a href="/ydyxk/zjtd/">专家团队</a><a href="/ydyxk/hzwd/">患者问答</a><a href="/ydyxk/kfzd/">康复指导</a></div>
<div ${v} class="crumbs">首页 / 运动医学科 / 患者问答</div>
<main ${v} class="wrap"><article ${v} class="main" data-publish="${shift(page.date!, rng.int(3, 90))}">
<h1 ${v}>${esc(page.question)}</h1>
${dated ? `<p ${v} class="info">发布日期：${page.date}　浏览：${rng.int(100, 9000)}</p>` : `<p ${v} class="info">浏览：${rng.int(100, 9000)}</p>`}
${page.paragraphs.map((p, i) => `<section ${v}><p>${esc(p)}</p></section>${i === 0 ? img : ''}`).join('\n')}
${list}
</article>
<aside ${v} class="side"><div ${v} class="doc-card"><img src="/upload/zj/${token(rng, 8)}.jpg"><p ${v} class="n">${esc(d.name!)}　${d.title}</p><p ${v} class="o">北医三院运动医学科</p><p ${v} class="t">出诊时间：周${rng.pick(['一', '二', '三', '四', '五'])}上午</p><a ${v} href="/yygh/" class="btn">预约挂号</a></div></aside></main>
<footer ${v}>Copyright © ${PUH3}　地址：北京市海淀区花园北路49号　京ICP备${rng.int(10000000, 99999999)}号</footer></div>
<script>window.__NUXT__=(function(){return {serverRendered:true}})()</script>`;
    const html = documentOf(`${page.question}-运动医学科-${PUH3}`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: '北医三院', department: '运动医学科', hospital_grade: null },
        date: dated ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F4. ruici-tijian-baogao-wenda ---

/**
 * F4. 瑞慈体检's 报告解读 问答 (www.rich-healthcare.com/jiedu/{id}.html, host and path guesses), a 体检 chain's page: GB18030
 * bytes declared `charset=gb18030` (45%), GBK bytes declared `gbk` (30%) or undeclared (25%); no canonical: the chain's header
 * (体检套餐 / 门店 / 报告查询 / 报告解读), crumbs; `<h1>` the question (keyed); `提问时间` (none); a 客服's `您好，已为您转接主检医师，
 * 请稍候` first on 50% (none); the card `主检医师 {name}（{title}）` over `瑞慈体检{city}分院` (the branch the hospital,
 * department null), `解答：` (none), the answer `<p>`s, `回复时间：2023/05/06 14:22` (keyed) or `2023年5月6日` ; a 追问 round on
 * 25% (none); 体检套餐 ads (`￥`: none); `相关解读` (question link, the snippet as printed, `2023-05-06`: items with the snippet,
 * dated, `/jiedu/N.html` as written); format unknown.
 */
const ruiciTijianBaogaoWenda: Family = {
  name: 'ruici-tijian-baogao-wenda',
  split: 'fresh-87',
  site: 'www.rich-healthcare.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = d.hospital!.match(/^(.+?)市/u)?.[1] ?? '江州';
    const branch = `瑞慈体检${city}分院`;
    const enc = rng.weighted([['gb18030', 9], ['gbk', 6], ['none', 5]] as const);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const when = rng.chance(0.6) ? `${y}/${m}/${dd} ${page.time}` : cnDate(page.date!);
    const cs = rng.chance(0.5) ? `<div class="msg cs"><b>在线客服</b><p>您好，已为您转接主检医师，请稍候～</p><span>${md(page.date!)} ${hhmm(rng)}</span></div>` : '';
    const follow = rng.chance(0.25)
      ? `<div class="msg follow"><b>追问</b><p>${esc(rng.pick(FOLLOW_UPS))}</p></div><div class="msg follow-re"><b>医生回复</b><p>${esc(rng.pick(FOLLOW_REPLIES))}</p><span>${shift(page.date!, rng.int(1, 3))}</span></div>`
      : '';
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/jiedu/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgjd"><h3>相关解读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p class="s">${esc(r.snippet)}</p>${r.date ? `<em>${r.date}</em>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="/"><img src="/images/logo.gif" alt="瑞慈体检"></a><ul><li><a href="/taocan/">体检套餐</a></li><li><a href="/md/">门店</a></li><li><a href="/report/">报告查询</a></li><li><a href="/jiedu/">报告解读</a></li></ul><span class="tel">预约热线 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="/jiedu/">报告解读</a> &gt; 正文</div>
<div class="main"><div class="qbox"><h1>${esc(page.question)}</h1><p class="ask">${esc(rng.pick(ASKER_LINES))}</p><p class="time">提问时间：${shift(page.date!, -rng.int(0, 2))}</p></div>
${cs}
<div class="msg doctor"><div class="card"><img src="/upload/doctor/${token(rng, 8)}.jpg"><p><b>主检医师 ${esc(d.name!)}</b>（${d.title}）</p><p>${branch}</p></div>
<b class="lab">解答：</b>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<span class="time">回复时间：${when}</span></div>
${follow}
<div class="ad"><a href="/taocan/${rng.int(100, 999)}.html"><img src="/images/ad/${token(rng, 6)}.jpg"><p>中老年深度体检套餐 ￥${rng.int(899, 2999)}</p></a></div>
${list}
</div>
<div class="foot">瑞慈医疗集团 版权所有　沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const decl = enc === 'gb18030' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' : enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '';
    const html = documentOf(`${page.question}_报告解读_瑞慈体检`, null, '', body, decl);
    return {
      body: gbkOr(html, enc === 'gb18030' ? 'gb18030' : 'gbk', decl),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: branch, department: null, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, (r) => r.snippet, true),
      }),
    };
  },
};

// --- F5. gmw-jiankang-zhuanjia-dayi ---

/**
 * F5. 光明网's 健康频道 专家答疑 (health.gmw.cn/{yyyy-mm}/{dd}/content_{id}.htm, path as remembered), an old CMS page in GBK:
 * declared `charset=gb2312` (60%) or undeclared (40%); canonical on 30%: the channel nav, crumbs `光明网 > 健康频道 >
 * 专家答疑`; `<h1>` `专家答疑｜{topic}` (45%: none) or the question (55%); the source line `2023-05-06 14:22　来源：光明网`
 * (keyed); `网友提问：` the question (keyed, as the page asks it); the lead `本期答疑专家：{hospital}{department}{title}{name}`
 * (the card); `专家解答：` (none), the answer `<p>`s; `[责任编辑：…]` (none); `相关新闻` (question links with `[05-06]`:
 * `[]`, undated (no year), `content_N.htm` resolved against the canonical where printed, else as written); format unknown.
 */
const gmwJiankangZhuanjiaDayi: Family = {
  name: 'gmw-jiankang-zhuanjia-dayi',
  split: 'fresh-87',
  site: 'health.gmw.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ym = page.date!.slice(0, 7);
    const dd = page.date!.slice(8, 10);
    const canonical = rng.chance(0.3) ? `https://health.gmw.cn/${ym}/${dd}/content_${page.item.num}.htm` : null;
    const titled = rng.chance(0.55);
    const h1 = titled ? page.question : `专家答疑｜${topicWord(page)}怎么办`;
    const declared = rng.chance(0.6);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `content_${itemNum(r)}.htm`;
    const list = related.length
      ? `<div class="xgxw"><div class="t">相关新闻</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${r.date ? `<span>[${md(r.date)}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="g-nav"><a href="https://www.gmw.cn/">光明网</a>|<a href="https://news.gmw.cn/">时政</a>|<a href="https://health.gmw.cn/">健康</a>|<a href="https://tech.gmw.cn/">科技</a></div>
<div class="m-crumb"><a href="https://www.gmw.cn/">光明网</a> &gt; <a href="https://health.gmw.cn/">健康频道</a> &gt; <a href="https://health.gmw.cn/node_${rng.int(10000, 99999)}.htm">专家答疑</a></div>
<div class="m-con"><h1 class="u-title">${esc(h1)}</h1>
<div class="m-con-info"><span class="m-con-time">${page.date} ${page.time}</span>　<span class="m-con-source">来源：光明网</span></div>
<div id="articleBox" class="u-mainText">
<p><b>网友提问：</b>${esc(page.question)}</p>
<p><b>本期答疑专家：</b>${esc(d.hospital!)}${esc(d.department!)}${d.title}${esc(d.name!)}</p>
<p><b>专家解答：</b></p>
${page.paragraphs.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<div class="m-zbTool liability">[责任编辑：${esc(otherName(rng))}]</div>
${list}
</div>
<div class="g-footer">光明网版权所有　京ICP证${rng.int(100000, 999999)}号</div>
<script src="https://img.gmw.cn/js/content.js"></script>`;
    const decl = declared ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const html = documentOf(`${h1}_光明网`, canonical, '', body, decl);
    return {
      body: gbkOr(html, 'gbk', decl),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F6. ssm-jiankang-wenda-macau ---

const CENTRES = ['塔石', '黑沙環', '筷子基', '海傍', '氹仔', '湖畔'] as const;

/**
 * F6. 澳門特別行政區政府衛生局's 健康問答 (www.ssm.gov.mo/apps1/healthqa/ch.aspx?id={id}, path a guess), a government
 * page, traditional, UTF-8, no canonical: the bureau's header (`衛生局 Serviços de Saúde`), language links (中文 /
 * Português / English), crumbs; `問：` the question as a `<h2>` (keyed); `日期：` `06/05/2023` (day first, 70%: keyed where
 * the day is above 12 or equals the month, or the page prints another day above 12 (changed after the first run), else
 * null) or `2023年5月6日` (30%, keyed); `答：` (none) the answer `<p>`s; the closing `解答：{centre}衛生中心 {name}醫生`
 * (**the centre the hospital, `醫生` no title: null, department null**); a Portuguese note (none); `相關問答` (question link, the snippet as printed, `dd/mm/yyyy`: items with the snippet, dated only
 * where the day-first day is unambiguous or the page shows its order, `ch.aspx?id=N` as written); the footer; format unknown.
 */
const ssmJiankangWendaMacau: Family = {
  name: 'ssm-jiankang-wenda-macau',
  split: 'fresh-87',
  site: 'www.ssm.gov.mo',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const centre = `${rng.pick([...CENTRES])}衛生中心`;
    const dayFirst = rng.chance(0.7);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const day = dayFirst ? dmy(page.date!) : `${y}年${Number(m)}月${Number(dd)}日`;
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question), snippet: trad(r.snippet) }));
    // A page that prints a day-first day no other way (`23/10/2020`) shows its order, by which all its days read (as a careful
    // reader takes them, and as year-last-date.ts reads them); fresh-67's per-day rule holds only where it shows none.
    // Changed after the first run, page bytes unchanged.
    const shownDayFirst = [...(dayFirst ? [page.date!] : []), ...related.flatMap((r) => (r.date ? [r.date] : []))].some((iso) => Number(iso.slice(8, 10)) > 12);
    const certain = (iso: string) => shownDayFirst || dmyCertain(iso);
    const href = (r: Related) => `ch.aspx?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="related"><h3>相關問答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${r.date ? `<span class="date">${dmy(r.date)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="header"><a href="/"><img src="/images/logo_ssm.png" alt="衛生局 Serviços de Saúde"></a><div class="lang"><a href="ch.aspx">中文</a> | <a href="pt.aspx">Português</a> | <a href="en.aspx">English</a></div></div>
<div id="menu"><a href="/">主頁</a><a href="/apps1/healthqa/">健康問答</a><a href="/apps1/centres/">衛生中心</a><a href="/apps1/news/">新聞</a></div>
<div class="breadcrumb">主頁 &gt; 健康教育 &gt; 健康問答</div>
<div id="content"><h2 class="q">問：${esc(question)}</h2>
<p class="date">日期：${day}</p>
<div class="a"><b>答：</b>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="by" style="text-align:right">解答：${centre} ${esc(name)}醫生</p>
<p class="pt"><i>Nota: As informações acima servem apenas de referência.</i> 以上資料僅供參考。</p>
${list}
</div>
<div id="footer">© 澳門特別行政區政府衛生局 Serviços de Saúde　版權所有</div>`;
    const html = documentOf(`健康問答 - 衛生局`, null, '', body).replace('lang="zh-CN"', 'lang="zh-MO"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: null, department: null, hospital: centre, hospital_grade: null },
        date: !dayFirst || certain(page.date!) ? page.date : null,
        format: 'unknown',
        related: itemsFmt(related, href, null, (r) => r.snippet, (r) => r.date !== null && certain(r.date), () => false),
      }),
    };
  },
};

export const FRESH87_FAMILIES: readonly Family[] = [cacakpKangaiKepuWenda, meibeiYishengHuida, puh3YundongYixueWenda, ruiciTijianBaogaoWenda, gmwJiankangZhuanjiaDayi, ssmJiankangWendaMacau];
