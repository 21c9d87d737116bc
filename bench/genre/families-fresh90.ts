import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninetieth fresh held-out set (split `fresh-90`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-fifth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (阜外 / fuwai / 国家心血管 / 心血管病中心, 北京大学第六 /
 * 北大六院 / 北医六院 / 六院 / pkuh, 红星新闻 / 红星 / 紅星 / 成都商报 / 成都商報 / cdsb, 禾连 / helian / 嘉兴, 新光 / skh.org /
 * 吳火獅 / Shin Kong, 邵逸夫 / srrsh each grepped, case-insensitive, in README.md and families*.ts: no hit; 台大 had none
 * but 臺大 has, 马偕 none but 馬偕 has, 眼耳鼻喉 none but 复旦 has: all three left alone; 侨报, 国泰, 亚东, 光华, 卓正,
 * 和睦家, 爱康, 湘雅, 明報, 长庚 have hits and were left), each of a kind the table had little of: a national heart
 * centre's 专家答疑 in `<dl>` markup (GB18030 / GBK on most pages), a psychiatric hospital's 心理健康问答 (an update day beside
 * the publication day, a 心理治疗师's 补充, a credit at the head or the foot), a city daily's news app column on Next.js (a
 * reporter's lede, a `受访专家` credit, `__NEXT_DATA__` with a later time, a column tag), a city's health app share page
 * (a 健康助手 first, chat bubbles with their times, a 追问 round, voice answers), a Taiwanese medical centre's 醫師信箱 (Big5
 * on most pages, `112.05.06` ROC days, a 服務台 reply first), and a provincial hospital's 在线咨询 print view (a print
 * day, `onload="window.print()"`, no list). Modelled from memory of those pages (no copied markup; hosts as remembered
 * or guessed, every path a guess); the questions are the universe's, of any department.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: the asker's words, a reporter's lede, a 心理治疗师's 补充, a 健康助手's or
 *   服務台's message, a 追问 round (fresh-82), an editor's line, none of it; labels (`专家解答`, `回覆內容`) and disclaimers none;
 * - **the question as the page asks it**: the `<h1>`, the `諮詢主題` / `标题` row, the consult title (a `名医问诊｜` column tag
 *   none);
 * - **the date the answer's day**: 阜外's `发布日期`; 六院's `发布时间` (its `更新时间` none: an update day where another day is
 *   printed); 红星's visible publish line (`__NEXT_DATA__`'s later `publishTime` none); 禾连's stamp over the doctor's first
 *   bubble (the asker's earlier stamp and the 追问 round's later one none); 新光's `回覆日期` `112.05.06` (ROC, +1911, fresh-80's
 *   convention; `諮詢日期` none); 邵逸夫's `回复时间` (`提问时间` and the `打印时间` print day none);
 * - **the card** as printed; where it prints no hospital, the site's name as the header prints it (fresh-82): 中国医学科学院
 *   阜外医院 (its second name 国家心血管病中心 none, as fresh-89's shithc), 北京大学第六医院, 新光吳火獅紀念醫院, 浙江大学医学院
 *   附属邵逸夫医院; `{name} 醫師` the title `醫師` (fresh-80's 彰基 and fresh-83's chimei keys, changed after the first run); the grade null on every family;
 * - **format**: 禾连's voice bubble with its 转文字 transcript voice; unknown elsewhere;
 * - items: the related list, the snippet as printed, dated only where the whole day is printed (ROC days +1911; 红星's
 *   `N小时前` undated), link-only `[]`, links as written unless the page names its address; the print view has no list.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 21))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
/** A GBK / GB18030 page (or UTF-8 where it cannot carry the page, its declaration changed to match). */
const gbOr = (html: string, enc: 'gbk' | 'gb18030', decl: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(decl ? html.replace(decl, '<meta charset="utf-8">') : html, 'utf8');
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');

// --- F1. fuwai-zhuanjia-dayi-dl ---

const FUWAI = '中国医学科学院阜外医院';
const FUWAI_ALIAS = '国家心血管病中心';
const CARDIO_DEPTS = ['心血管内科', '冠心病中心', '心律失常中心', '高血压中心', '成人外科中心', '结构性心脏病中心'] as const;

/**
 * F1. 阜外医院's 专家答疑 (www.fuwaihospital.org/Health/Dayi/{id}.html, host as remembered, path a guess): GB18030 declared
 * (40%), GBK declared (30%) or UTF-8 (30%); canonical on 30%; the header `中国医学科学院阜外医院` over `国家心血管病中心`;
 * `<h1>` the question (keyed); `发布日期：2023-05-06` with `浏览次数` (keyed); a `<dl class="qa">`: `<dt>患者提问</dt>` the
 * asker's words (none), `<dt>专家解答</dt>` the answer `<dd>`s or `<p>`s in one `<dd>`; the card a side `<dl class="expert">`
 * (`答疑专家` / name / title / department, 55%) or a line `答疑专家：{name}　{title}　{department}` after the answer; the
 * hospital the site's name (the card prints none); `相关答疑` a `<dl>`: `<dt>` the linked question and `[2023-05-06]`, `<dd>`
 * the snippet (items with the snippet, dated, `/Health/Dayi/N.html` resolved by the canonical or as written); format unknown.
 */
const fuwaiZhuanjiaDayiDl: Family = {
  name: 'fuwai-zhuanjia-dayi-dl',
  split: 'fresh-90',
  site: 'www.fuwaihospital.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['gb18030', 4], ['gbk', 3], ['utf8', 3]] as const);
    const canonical = rng.chance(0.3) ? `https://www.fuwaihospital.org/Health/Dayi/${page.item.num}.html` : null;
    const dept = rng.pick([...CARDIO_DEPTS]);
    const side = rng.chance(0.55);
    const ddEach = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/Health/Dayi/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="${rng.pick(['xgdy', 'related', 'box_r'])}"><h3>相关答疑</h3><dl class="rel">${related.map((r) => `<dt><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${r.date ? ` <span>[${r.date}]</span>` : ''}</dt><dd>${esc(r.snippet)}</dd>`).join('\n')}</dl></div>`
      : '';
    const card = side
      ? `<dl class="${rng.pick(['expert', 'zj_info', 'doc'])}"><dt>答疑专家</dt><dd class="n">${esc(d.name!)}</dd><dd>${d.title}</dd><dd>${dept}</dd></dl>`
      : `<p class="zj">答疑专家：${esc(d.name!)}　${d.title}　${dept}</p>`;
    const answer = ddEach ? page.paragraphs.map((p) => `<dd>${esc(p)}</dd>`).join('\n') : `<dd>${paras(page.paragraphs)}</dd>`;
    const article = `<h1>${esc(page.question)}</h1>
<div class="info">发布日期：${page.date}　浏览次数：${rng.int(30, 9000)}</div>
<dl class="qa">
<dt>患者提问</dt><dd>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</dd>
<dt>专家解答</dt>
${answer}
</dl>
${side ? '' : `${card}\n`}<p class="sm">声明：专家答疑仅供参考，不作为诊断及治疗依据。</p>`;
    const body = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="${FUWAI}"><span class="cn">${FUWAI}</span><span class="sub">${FUWAI_ALIAS}</span></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/Guide/">就医指南</a></li><li><a href="/Department/">科室导航</a></li><li><a href="/Health/">健康科普</a></li></ul></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/Health/">健康科普</a> &gt; 专家答疑</div>
<div class="${rng.pick(['main', 'wrap', 'content'])}">${side && rng.chance(0.5) ? `<div class="left">${card}</div><div class="right">${article}</div>` : `<div class="left">${article}</div>${side ? `<div class="right">${card}</div>` : ''}`}</div>
${list}
<div class="foot">${FUWAI}　${FUWAI_ALIAS}　地址：北京市西城区北礼士路${rng.int(100, 199)}号　京ICP备${rng.int(10000000, 99999999)}号</div>`;
    const decl = enc === 'utf8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${enc}">`;
    const html = documentOf(`${page.question}-专家答疑-${FUWAI}`, canonical, '', body, decl);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : gbOr(html, enc, decl),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: FUWAI, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => r.snippet, true),
      }),
    };
  },
};

// --- F2. pkuh6-xinli-wenda ---

const PKUH6 = '北京大学第六医院';
const PSY_DEPTS = ['临床心理科', '睡眠医学科', '儿童精神科', '老年精神科', '成瘾医学科', '精神科'] as const;

/**
 * F2. 北京大学第六医院's 心理健康问答 (www.pkuh6.cn/Html/News/Articles/{id}.html, host as remembered, path a guess), UTF-8,
 * canonical on 40%: the header `北京大学第六医院 北京大学精神卫生研究所`; `<h1>` the question (keyed); the info line
 * `发布时间：2023-05-06`, on 50% with `更新时间：` a later day (none) and `来源：医务处`; the credit `解答专家：{name}，{title}，
 * {department}` as the first line (50%) or `（解答专家：北京大学第六医院{department} {name} {title}）` closing the answer (the
 * hospital either way the 六院); the answer `<p>`s; a `心理治疗师 {name}补充：` paragraph after the answer on 35% (none); a 心理
 * 援助热线 box (none); `相关阅读` (link-only `[]`, undated, `/Html/News/Articles/N.html` by the canonical or as written);
 * format unknown.
 */
const pkuh6XinliWenda: Family = {
  name: 'pkuh6-xinli-wenda',
  split: 'fresh-90',
  site: 'www.pkuh6.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.4) ? `https://www.pkuh6.cn/Html/News/Articles/${page.item.num}.html` : null;
    const dept = rng.pick([...PSY_DEPTS]);
    const head = rng.chance(0.5);
    const updated = rng.chance(0.5);
    const therapist = rng.chance(0.35);
    const cls = rng.pick(['article', 'news_con', 'detail']);
    const credit = head
      ? `<p class="zj"><strong>解答专家：</strong>${esc(d.name!)}，${d.title}，${dept}</p>`
      : `<p class="zj" style="text-align:right">（解答专家：${PKUH6}${dept} ${esc(d.name!)} ${d.title}）</p>`;
    const related = page.related.slice(0, 7);
    const href = (r: Related) => `/Html/News/Articles/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="${rng.pick(['xgyd', 'related-read'])}"><div class="tit">相关阅读</div><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('')}</ul></div>`
      : '';
    const body = `<div class="header"><a href="/" class="logo"><img src="/images/logo.jpg" alt=""></a><div class="name"><b>${PKUH6}</b><span>北京大学精神卫生研究所</span></div></div>
<div class="nav"><a href="/">首页</a><a href="/Html/Departments/">科室介绍</a><a href="/Html/News/Columns/7/">心理健康</a><a href="/Html/Guide/">就医指南</a></div>
<div class="${cls}">
<h1>${esc(page.question)}</h1>
<div class="info">发布时间：${page.date}${updated ? `　更新时间：${shift(page.date!, rng.int(5, 300))}` : ''}　来源：医务处　阅读：${rng.int(100, 20000)}</div>
<div class="content">
${head ? `${credit}\n` : ''}${paras(page.paragraphs)}
${head ? '' : `${credit}\n`}${therapist ? `<p class="bc">心理治疗师 ${esc(otherName(rng))}补充：情绪持续低落两周以上，建议到医院心理门诊做专业评估。</p>\n` : ''}</div>
<div class="hotline">心理援助热线：010-8295${rng.int(1000, 9999)}（24小时）</div>
</div>
${list}
<div class="footer">版权所有 ${PKUH6}　地址：北京市海淀区花园北路51号</div>`;
    const html = documentOf(`${page.question}_心理健康_${PKUH6}`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: PKUH6, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F3. cdsb-hongxing-mingyi-next ---

/**
 * F3. 红星新闻's 名医问诊 (成都商报's news app, static.cdsb.com/micropub/Articles/{yyyymm}/{token}.html, host as remembered,
 * path a guess) on Next.js, UTF-8, canonical on 50%: `<div id="__next">`; `<h1>` `名医问诊｜{question}` (50%; the column tag
 * none) or the question (keyed); the meta line `红星新闻 2023-05-06 14:22:31` or `2023-05-06 14:22 发布于四川` (keyed); the
 * reporter's lede `红星新闻记者 {name}` and a 市民's question paragraph (none); the credit `受访专家：{hospital}{department}
 * {title} {name}` before the answer (the hospital, department and title as printed); `专家解答：` (none) the answer `<p>`s;
 * `编辑 {name} 责编 {name}` (none); `__NEXT_DATA__` with `publishTime` a later time (none); `相关新闻` (question links with
 * `N小时前` / `N评`: `[]`, undated, absolute links as written); format unknown.
 */
const cdsbHongxingMingyiNext: Family = {
  name: 'cdsb-hongxing-mingyi-next',
  split: 'fresh-90',
  site: 'static.cdsb.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ym = page.date!.slice(0, 7).replace('-', '');
    const url = `https://static.cdsb.com/micropub/Articles/${ym}/${token(rng, 32)}.html`;
    const canonical = rng.chance(0.5) ? url : null;
    const tagged = rng.chance(0.5);
    const h1 = tagged ? `名医问诊｜${page.question}` : page.question;
    const meta = rng.chance(0.5) ? `<span class="src">红星新闻</span> <span class="time">${page.date} ${page.time}:${ss(rng)}</span>` : `<span class="time">${page.date} ${page.time}</span> <span class="loc">发布于四川</span>`;
    const c = (s: string) => `${rng.pick(['Article_', 'detail_', 'news_'])}${s}__${token(rng, 5)}`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `https://static.cdsb.com/micropub/Articles/${ym}/${itemNum(r)}.html`;
    const list = related.length
      ? `<section class="${c('related')}"><h3>相关新闻</h3>${related.map((r) => `<a class="${c('item')}" href="${href(r)}"><p>${esc(r.question)}</p><span>${rng.int(1, 23)}小时前</span><span>${rng.int(0, 300)}评</span></a>`).join('\n')}</section>`
      : '';
    const body = `<div id="__next"><div class="${c('page')}">
<header class="${c('header')}"><img src="/_next/static/media/logo.${token(rng, 8)}.png" alt="红星新闻"><a class="${c('open')}">打开红星新闻App</a></header>
<article class="${c('article')}">
<h1 class="${c('title')}">${esc(h1)}</h1>
<div class="${c('meta')}">${meta}</div>
<div class="${c('content')}">
<p>红星新闻记者 ${esc(otherName(rng))}${rng.chance(0.5) ? ` 实习生 ${esc(otherName(rng))}` : ''}</p>
<p>近日，市民${rng.pick(['王', '刘', '陈', '杨'])}女士在红星新闻“名医问诊”栏目留言：${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p>
<p><strong>受访专家：</strong>${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}</p>
<p><strong>专家解答：</strong></p>
${paras(page.paragraphs)}
<p class="${c('editor')}">编辑 ${esc(otherName(rng))}　责编 ${esc(otherName(rng))}</p>
</div>
</article>
${list}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":${page.item.num},"title":${JSON.stringify(h1)},"publishTime":"${shift(page.date!, rng.int(1, 60))} ${hhmm(rng)}:00","source":"红星新闻"}}},"page":"/micropub/Articles/[ym]/[id]","buildId":"${token(rng, 12)}"}</script>`;
    const html = documentOf(`${h1}-红星新闻`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F4. helian-wenyisheng-share ---

/**
 * F4. 禾连健康's 问医生 share page (a city's health app, m.helianhealth.com/share/consult?id={id}, host and path guesses),
 * Vue H5, UTF-8, no canonical: an `打开App` banner; the consult title (the question, keyed); the card `{name}` `{title}` over
 * `{hospital} {department}` at the head; the bubbles: a `健康助手` message (none), the asker's bubble (the question and
 * their words, none) under an earlier stamp `2023-05-05 21:03`, then the stamp `2023-05-06 14:22` (keyed) over the
 * doctor's bubbles, one a paragraph; on 25% a voice bubble `{n}″` with `转文字` and the transcript (format voice, the
 * transcript the answer), else unknown; a 追问 round on 40% under a later stamp (the asker's 追问 and the doctor's reply:
 * none, dating nothing, fresh-82); `相关问诊` (question and snippet: items with the snippet, undated, `/share/consult?id=N`
 * as written).
 */
const helianWenyishengShare: Family = {
  name: 'helian-wenyisheng-share',
  split: 'fresh-90',
  site: 'm.helianhealth.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const voice = rng.chance(0.25);
    const followUp = rng.chance(0.4);
    const asked = shift(page.date!, -rng.int(1, 2));
    const stamp = (s: string) => `<div ${v} class="stamp">${s}</div>`;
    const bubble = (who: 'doc' | 'pat' | 'sys', inner: string) => `<div ${v} class="msg msg-${who}"><div ${v} class="bubble">${inner}</div></div>`;
    const docBubbles = voice
      ? bubble('doc', `<div ${v} class="voice"><i ${v} class="icon-voice"></i>${rng.int(20, 59)}″</div><div ${v} class="asr"><span ${v} class="asr-tag">转文字</span>${page.paragraphs.map((p) => `<p ${v}>${esc(p)}</p>`).join('')}</div>`)
      : page.paragraphs.map((p) => bubble('doc', esc(p))).join('\n');
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/consult?id=${itemNum(r)}`;
    const list = related.length
      ? `<div ${v} class="${rng.pick(['more', 'related-consult'])}"><div ${v} class="head">相关问诊</div>${related.map((r) => `<a ${v} class="rc" href="${href(r)}"><div ${v} class="rc-q">${esc(r.question)}</div><div ${v} class="rc-a">${esc(r.snippet)}</div></a>`).join('\n')}</div>`
      : '';
    const card = `<div ${v} class="${rng.pick(['doctor-card', 'doc-head'])}"><img ${v} src="https://img.helianhealth.com/avatar/${token(rng, 12)}.jpg"><div ${v} class="info"><div ${v}><span ${v} class="name">${esc(d.name!)}</span> <span ${v} class="title">${d.title}</span></div><div ${v} class="org">${esc(d.hospital!)} ${esc(d.department!)}</div></div></div>`;
    const body = `<div id="app"><div ${v} class="share-page">
<div ${v} class="open-app"><img ${v} src="/static/logo.png" alt="禾连健康"><span ${v}>禾连健康 · 问医生</span><a ${v} class="btn">打开App</a></div>
<div ${v} class="consult-title">${esc(page.question)}</div>
${card}
<div ${v} class="chat">
${stamp(`${asked} ${two(rng.int(6, 9))}:${two(rng.int(0, 59))}`)}
${bubble('sys', `健康助手：您好，已为您匹配${esc(d.name!)}医生，医生将在24小时内回复。`)}
${bubble('pat', `${esc(page.question)}${esc(rng.pick(ASKER_LINES))}`)}
${stamp(`${page.date} ${page.time}`)}
${docBubbles}
${followUp ? `${stamp(`${shift(page.date!, rng.int(1, 3))} ${hhmm(rng)}`)}\n${bubble('pat', '追问：那需要复查吗？')}\n${bubble('doc', '建议两周后门诊复查。')}\n` : ''}</div>
<div ${v} class="tip">本次问诊已结束　以上内容仅供参考</div>
${list}
</div></div>
<script src="/static/js/app.${token(rng, 8)}.js"></script>`;
    const html = documentOf('禾连健康-问医生', null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, null, (r) => r.snippet, false),
      }),
    };
  },
};

// --- F5. skh-yishi-xinxiang-big5 ---

const SKH = '新光吳火獅紀念醫院';
const TW_DEPTS = ['心臟內科', '胃腸肝膽科', '皮膚科', '家庭醫學科', '婦產科', '小兒科', '新陳代謝科'] as const;
const roc = (iso: string) => `${Number(iso.slice(0, 4)) - 1911}.${iso.slice(5, 7)}.${iso.slice(8, 10)}`;

/**
 * F5. 新光醫院's 醫師信箱 (www.skh.org.tw/Mailbox/View.aspx?no={id}, host as remembered, path a guess), traditional, Big5
 * declared (60%, characters Big5 lacks as `&#x…;`) or UTF-8; no canonical; the header `新光醫療財團法人 新光吳火獅紀念醫院`;
 * a `<th>`/`<td>` table: `諮詢主題` the question (keyed), `諮詢日期` an earlier ROC day (none), `諮詢內容` (none); on 40% a
 * `服務台回覆` row first (none); then `回覆醫師` `{name} 醫師` (the title `醫師`, as fresh-80 and fresh-83 key it) or `{name} 主治醫師` (the title), `回覆科別` the
 * department, `回覆日期` `112.05.06` (ROC: keyed +1911), `回覆內容` the answer `<br>`-parted; the hospital the header's
 * name; `其他諮詢` (question links with ROC days: `[]`, dated, `View.aspx?no=N` as written); format unknown.
 */
const skhYishiXinxiangBig5: Family = {
  name: 'skh-yishi-xinxiang-big5',
  split: 'fresh-90',
  site: 'www.skh.org.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const isBig5 = rng.chance(0.6);
    const attending = rng.chance(0.4);
    const desk = rng.chance(0.4);
    const dept = rng.pick([...TW_DEPTS]);
    const th = rng.pick(['th', 'td class="lb"']);
    const thEnd = th.startsWith('th') ? 'th' : 'td';
    const row = (k: string, v: string) => `<tr><${th} width="100">${k}</${thEnd}><td>${v}</td></tr>`;
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `View.aspx?no=${itemNum(r)}`;
    const list = related.length
      ? `<table class="${rng.pick(['list', 'mailList'])}" width="100%"><caption>其他諮詢</caption>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td>${r.date ? roc(r.date) : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const body = `<div id="header"><img src="/images/logo.gif" alt=""><span>新光醫療財團法人 ${SKH}</span><span class="en">Shin Kong Wu Ho-Su Memorial Hospital</span></div>
<div id="menu"><a href="/">首頁</a> | <a href="/Register/">網路掛號</a> | <a href="/Mailbox/">醫師信箱</a> | <a href="/Dept/">醫療科部</a></div>
<div id="${rng.pick(['main', 'content'])}"><h2>醫師信箱</h2>
<table class="${rng.pick(['view', 'tbView', 'mail'])}" border="1" cellpadding="6" cellspacing="0" width="100%">
${row('諮詢主題', esc(question))}
${row('諮詢日期', roc(shift(page.date!, -rng.int(1, 7))))}
${row('諮詢內容', esc(trad(rng.pick(ASKER_LINES))))}
${desk ? `${row('服務台回覆', '您好，您的問題已轉請專科醫師回覆，敬請耐心等候。公共服務組')}\n` : ''}${row('回覆醫師', attending ? `${esc(name)} 主治醫師` : `${esc(name)} 醫師`)}
${row('回覆科別', dept)}
${row('回覆日期', roc(page.date!))}
${row('回覆內容', paragraphs.map(esc).join('<br><br>'))}
</table>
<p class="note">※本信箱回覆內容僅供參考，如有身體不適請儘速就醫。</p>
${list}</div>
<div id="footer">${SKH}　台北市士林區文昌路95號　總機：(02)2833-2211</div>`;
    const meta = isBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`醫師信箱 - ${SKH}`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: isBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: attending ? '主治醫師' : '醫師', department: dept, hospital: SKH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F6. srrsh-zaixian-zixun-print ---

const SRRSH = '浙江大学医学院附属邵逸夫医院';

/**
 * F6. 邵逸夫医院's 在线咨询 print view (www.srrsh.com/zxzx/print.jsp?id={id}, host as remembered, path a guess): GBK declared
 * (50%) or UTF-8; `<body onload="window.print()">`-style script; no canonical; `{SRRSH} 在线咨询` over a bordered table:
 * `标题` the question (keyed), `提问时间` an earlier day (none), `问题描述` (none), `回复医生：{name}（{title}）` with `回复科室`
 * (title as printed), `回复时间` `2023-05-06 14:22` (keyed), `回复内容` the answer `<p>`s; the hospital the header's name;
 * `打印时间：` a later day (none); a `[打印本页] [关闭窗口]` line; no list (`[]`); format unknown.
 */
const srrshZaixianZixunPrint: Family = {
  name: 'srrsh-zaixian-zixun-print',
  split: 'fresh-90',
  site: 'www.srrsh.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.5);
    const sameRow = rng.chance(0.5);
    const lbl = rng.pick(['bt', 'label', 'tdl']);
    const row = (k: string, v: string) => `<tr><td class="${lbl}" nowrap>${k}</td><td colspan="3">${v}</td></tr>`;
    const docRows = sameRow
      ? `<tr><td class="${lbl}">回复医生</td><td>${esc(d.name!)}（${d.title}）</td><td class="${lbl}">回复科室</td><td>${esc(d.department!)}</td></tr>`
      : `${row('回复医生', `${esc(d.name!)}（${d.title}）`)}\n${row('回复科室', esc(d.department!))}`;
    const body = `<div class="print-head"><h2>${SRRSH}</h2><div>在线咨询</div></div>
<table class="${rng.pick(['print', 'ptable'])}" border="1" cellspacing="0" cellpadding="4" width="${rng.pick(['100%', '680'])}">
${row('标题', esc(page.question))}
${row('提问时间', `${shift(page.date!, -rng.int(1, 5))} ${hhmm(rng)}`)}
${row('问题描述', esc(rng.pick(ASKER_LINES)))}
${docRows}
${row('回复时间', `${page.date} ${page.time}`)}
${row('回复内容', paras(page.paragraphs))}
</table>
<div class="print-foot">打印时间：${shift(page.date!, rng.int(30, 600))} ${hhmm(rng)}　<a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
<script>window.onload=function(){window.print();}</script>`;
    const decl = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`在线咨询打印 - ${SRRSH}`, null, '<style>td{font-size:12px}</style>\n', body, decl);
    return {
      body: gbk ? gbOr(html, 'gbk', decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: SRRSH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

export const FRESH90_FAMILIES: readonly Family[] = [fuwaiZhuanjiaDayiDl, pkuh6XinliWenda, cdsbHongxingMingyiNext, helianWenyishengShare, skhYishiXinxiangBig5, srrshZaixianZixunPrint];
