import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, epochSeconds, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-first fresh held-out set (split `fresh-91`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-sixth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (慈濟 / 慈济 / 花蓮 / 花莲 / tzuchi / 佛教慈濟, 天坛 /
 * 天壇 / bjtth / tiantan / 神经病学中心, 新民 / 新民晚报 / xinmin / xmwb / 夜光杯, 温州 / 眼视光 / eye.ac.cn / wzmc,
 * 北京中医 / 北京中醫 / bjzhongyi, 中国人寿 / e-chinalife each grepped, case-insensitive, in README.md and families*.ts:
 * no hit; 视光 hits only as a 视光师's role and a `视光中心` department; 镜湖, 医鹿 (阿里健康 has hits), 中山大学肿瘤 (中山大学
 * has), 欧洲时报, 科大醫院, 泰康, 美团, 生命时报, 健康时报, 养生堂 have hits and were left alone), each of a kind the table had
 * little of: a Buddhist medical centre's 醫療諮詢 board in Taiwan (Big5 on most pages, `112年05月06日` ROC days, a 醫療志工's
 * note first, a `敬覆` signature, a `敬祝　平安` salutation), a national neurology centre's 专家答疑 on a Vue SSR page (a side
 * card with its 出诊时间 table, JSON-LD with a later `dateModified`, a `data-ctime` ask day), an evening paper's 名医问答
 * web copy (the print issue line `2023年5月6日 第A14版` beside a later web day), an eye hospital's ASP 在线咨询 board (GB2312
 * declared, unpadded `2023-5-6` days, a 视光师's 补充 row, a 追问 row), a TCM hospital's Baidu MIP page (`mip-img`, a
 * cambrian JSON-LD with `upDate`, a 中药师's 提示), and a life insurer's app share page of its 家庭医生 service (a 客服's
 * message first, policy boxes, `__INITIAL_STATE__` with millisecond stamps). Modelled from memory of those pages (no copied
 * markup; hosts as remembered or guessed, every path a guess); the questions are the universe's, of any department.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: the asker's words, a 醫療志工's, 视光师's, 中药师's or 客服's message, a 追问
 *   round (fresh-82), a reporter's lede and editor's line, none of it; labels and disclaimers none; 慈濟's `敬祝　平安`
 *   salutation and `敬覆` signature none (no convention spoke of a letter's salutation: a closing formula, not advice);
 * - **the date the answer's day**: 慈濟's `回覆日期` ROC +1911 (fresh-80); 天坛's visible `发布时间` (JSON-LD's later
 *   `dateModified` and `data-ctime` none); 新民's issue line (fresh-88: the paper's issue day over its web copy's later day);
 *   眼视光's `回复时间` (`咨询时间` none); 北京中医's visible day (`upDate` none); 国寿's stamp over the doctor's first message;
 * - **the card** as printed; where it prints no hospital, the site's (fresh-82): 首都医科大学附属北京天坛医院 (its second name
 *   国家神经系统疾病临床医学研究中心 none), 温州医科大学附属眼视光医院 (浙江省眼科医院 none), 首都医科大学附属北京中医医院;
 *   慈濟's signature `花蓮慈濟醫院{department} {name}醫師 敬覆` (the hospital as the card prints it, fresh-22; `醫師` the title,
 *   fresh-80); a disease-named centre a department (fresh-90); the grade null on every family; format unknown on every family;
 * - items: the related list, the snippet as printed, dated only where the whole day is printed (ROC +1911), link-only `[]`,
 *   links as written unless the page names its address (MIP's canonical resolves its `/mip/…` links).
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 21))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
const unpad = (iso: string) => iso.split('-').map(Number).join('-');
/** A GBK page (or UTF-8 where it cannot carry the page, its declaration changed to match). */
const gbOr = (html: string, decl: string): Buffer => {
  const b = iconv.encode(html, 'gbk');
  if (iconv.decode(b, 'gbk') === html) return b;
  return Buffer.from(html.replace(decl, '<meta charset="utf-8">'), 'utf8');
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');

// --- F1. tzuchi-hualien-yiliao-zixun-big5 ---

const TZUCHI = '花蓮慈濟醫院';
const TZUCHI_DEPTS = ['神經內科', '心臟內科', '腸胃內科', '皮膚科', '家庭醫學科', '復健科', '中醫部'] as const;
const rocYear = (iso: string) => Number(iso.slice(0, 4)) - 1911;

/**
 * F1. 花蓮慈濟醫院's 醫療諮詢 (hlm.tzuchi.com.tw/ask/view.php?id={id}, host as remembered, path a guess), traditional,
 * Big5 declared (60%) or UTF-8, no canonical: the header `佛教慈濟醫療財團法人花蓮慈濟醫院`; the question block: `<h3>` the
 * question (keyed), `提問者：王○○`, `提問日期：112年05月02日` (none), the asker's words (none); on 40% a `醫療志工` note first
 * (none); `回覆日期：112年05月06日` or `112/05/06` (keyed +1911); the answer `<br>`-parted or `<p>`s; `敬祝　平安` on 40%
 * (none); the signature `花蓮慈濟醫院{department} {name}醫師 敬覆` or `{name}主治醫師` (title 醫師 / 主治醫師, hospital
 * 花蓮慈濟醫院 as the card prints it); `其他諮詢` a table with ROC days (`[]`, dated, `view.php?id=N` as written).
 */
const tzuchiHualienYiliaoZixunBig5: Family = {
  name: 'tzuchi-hualien-yiliao-zixun-big5',
  split: 'fresh-91',
  site: 'hlm.tzuchi.com.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const isBig5 = rng.chance(0.6);
    const attending = rng.chance(0.4);
    const volunteer = rng.chance(0.4);
    const wish = rng.chance(0.4);
    const brs = rng.chance(0.5);
    const dept = rng.pick([...TZUCHI_DEPTS]);
    const title = attending ? '主治醫師' : '醫師';
    const roc = (iso: string, slash: boolean) => (slash ? `${rocYear(iso)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}` : `${rocYear(iso)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`);
    const slash = rng.chance(0.5);
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `view.php?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="${rng.pick(['other', 'more_ask'])}"><h4>其他諮詢</h4><table width="100%" class="list">${related.map((r) => `<tr><td class="t"><a href="${href(r)}">${esc(r.question)}</a></td><td class="d">${r.date ? roc(r.date, true) : ''}</td></tr>`).join('\n')}</table></div>`
      : '';
    const qc = rng.pick(['ask_q', 'question', 'qbox']);
    const ac = rng.pick(['ask_a', 'reply', 'abox']);
    const answer = brs ? `<div class="txt">${paragraphs.map(esc).join('<br>\n')}</div>` : `<div class="txt">${paras(paragraphs)}</div>`;
    const body = `<div id="top"><a href="/"><img src="/images/logo.png" alt="慈濟"></a><span class="org">佛教慈濟醫療財團法人${TZUCHI}</span><span class="en">Hualien Tzu Chi Hospital</span></div>
<div id="nav"><a href="/">首頁</a>｜<a href="/reg/">網路掛號</a>｜<a href="/ask/">醫療諮詢</a>｜<a href="/dept/">科別介紹</a>｜<a href="/volunteer/">志工服務</a></div>
<div id="${rng.pick(['main', 'container'])}"><h2>醫療諮詢</h2>
<div class="${qc}">
<h3>${esc(question)}</h3>
<div class="info">提問者：${trad(otherName(rng)).slice(0, 1)}○○　提問日期：${roc(shift(page.date!, -rng.int(1, 6)), slash)}</div>
<p>${esc(trad(rng.pick(ASKER_LINES)))}</p>
</div>
<div class="${ac}">
${volunteer ? `<div class="vol">醫療志工：感恩您的提問，已轉請${dept}醫師回覆，祝福您。</div>\n` : ''}<div class="info">回覆日期：${roc(page.date!, slash)}</div>
${answer}
${wish ? '<p class="wish">敬祝　平安</p>\n' : ''}<p class="sign">${TZUCHI}${dept} ${esc(name)}${title} 敬覆</p>
</div>
<p class="note">※本網站諮詢回覆僅供參考，不能取代醫師面對面診療，如有不適請儘速就醫。</p>
${list}</div>
<div id="foot">${TZUCHI}　970花蓮市中央路三段707號　總機：03-856-1825</div>`;
    const meta = isBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`醫療諮詢 - ${TZUCHI}`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: isBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital: TZUCHI, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F2. bjtth-shenjing-dayi-vue ---

const TTH = '首都医科大学附属北京天坛医院';
const TTH_ALIAS = '国家神经系统疾病临床医学研究中心';
const NEURO_DEPTS = ['神经内科', '神经外科', '功能神经外科', '神经重症医学科', '认知障碍性疾病科', '脑血管病中心'] as const;

/**
 * F2. 北京天坛医院's 专家答疑 (www.bjtth.org/kepu/dayi/{id}.html, host as remembered, path a guess) on a Vue SSR page
 * (`data-server-rendered`, `data-v-` attributes), UTF-8, canonical on 35%: the header `首都医科大学附属北京天坛医院` over
 * `国家神经系统疾病临床医学研究中心` (none); `<h1>` the question (keyed); `发布时间：2023-05-06`, `来源：宣传中心` (keyed);
 * `<article data-ctime>` the ask day's epoch (none); `网友提问：` (none); `专家解答` (label none) the answer `<p>`s; the
 * side card (name, title, department, a 出诊时间 table, a 预约挂号 button; no hospital: the site's) before or after the
 * article in the source; JSON-LD `datePublished` the day and `dateModified` later (none); `相关科普` (link-only `[]`,
 * dated `2023-05-06`, `/kepu/dayi/N.html` by the canonical or as written); format unknown.
 */
const bjtthShenjingDayiVue: Family = {
  name: 'bjtth-shenjing-dayi-vue',
  split: 'fresh-91',
  site: 'www.bjtth.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const canonical = rng.chance(0.35) ? `https://www.bjtth.org/kepu/dayi/${page.item.num}.html` : null;
    const dept = rng.pick([...NEURO_DEPTS]);
    const cardFirst = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(2, 20));
    const days = ['周一', '周二', '周三', '周四', '周五'];
    const sched = days.map((w) => `<tr ${v}><td ${v}>${w}</td><td ${v}>${rng.chance(0.4) ? '专家门诊' : ''}</td><td ${v}>${rng.chance(0.3) ? '特需门诊' : ''}</td></tr>`).join('');
    const card = `<aside ${v} class="${rng.pick(['expert-card', 'doc-side', 'zj-box'])}"><img ${v} src="/uploads/expert/${token(rng, 10)}.jpg" alt=""><div ${v} class="nm">${esc(d.name!)}</div><div ${v} class="tt">${d.title}</div><div ${v} class="dp">${dept}</div><table ${v} class="sched"><tr ${v}><th ${v}>出诊时间</th><th ${v}>上午</th><th ${v}>下午</th></tr>${sched}</table><a ${v} class="btn" href="/guahao/">预约挂号</a></aside>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/kepu/dayi/${itemNum(r)}.html`;
    const list = related.length
      ? `<div ${v} class="${rng.pick(['related', 'xgkp'])}"><h3 ${v}>相关科普</h3><ul ${v}>${related.map((r) => `<li ${v}><a ${v} href="${href(r)}">${esc(r.question)}</a>${r.date ? `<span ${v} class="date">${r.date}</span>` : ''}</li>`).join('')}</ul></div>`
      : '';
    const article = `<article ${v} class="${rng.pick(['detail', 'article'])}" data-id="${page.item.num}" data-ctime="${epochSeconds(asked, hhmm(rng))}">
<h1 ${v}>${esc(page.question)}</h1>
<div ${v} class="meta"><span ${v}>发布时间：${page.date}</span><span ${v}>来源：宣传中心</span><span ${v}>浏览：${rng.int(200, 30000)}</span></div>
<div ${v} class="ask"><b ${v}>网友提问：</b>${esc(rng.pick(ASKER_LINES))}</div>
<div ${v} class="answer"><div ${v} class="label">专家解答</div>
${paras(page.paragraphs, ` ${v}`)}
</div>
<p ${v} class="tip">温馨提示：本栏目解答仅供参考，具体诊疗请到医院就诊。</p>
</article>`;
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":${JSON.stringify(page.question)},"datePublished":"${page.date}T${page.time}:00+08:00","dateModified":"${shift(page.date!, rng.int(30, 500))}T${hhmm(rng)}:00+08:00","publisher":{"@type":"Organization","name":"${TTH}"}}</script>\n`;
    const body = `<div id="app" data-server-rendered="true"><div ${v} class="layout">
<header ${v} class="hd"><img ${v} src="/static/img/logo.png" alt="${TTH}"><div ${v} class="hn"><b ${v}>${TTH}</b><span ${v}>${TTH_ALIAS}</span></div></header>
<nav ${v}><a ${v} href="/">首页</a><a ${v} href="/yiliao/">医疗服务</a><a ${v} href="/kepu/">健康科普</a><a ${v} href="/kepu/dayi/">专家答疑</a></nav>
<div ${v} class="crumb">首页 / 健康科普 / 专家答疑</div>
<main ${v} class="${rng.pick(['wrap', 'main', 'container'])}">${cardFirst ? `${card}\n${article}` : `${article}\n${card}`}</main>
${list}
<footer ${v}>${TTH}　地址：北京市丰台区南四环西路119号　京ICP备${rng.int(10000000, 99999999)}号</footer>
</div></div>
<script src="/static/js/app.${token(rng, 8)}.js" defer></script>`;
    const html = documentOf(`${page.question}_专家答疑_${TTH}`, canonical, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: TTH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F3. xinmin-mingyi-wenda-issue ---

/**
 * F3. 新民晚报's 名医问答 web copy (wap.xinmin.cn/content/{id}.html, host as remembered, path a guess), UTF-8, canonical on
 * 40%: `<h1>` `名医问答｜{question}` (40%; the tag none) or the question (keyed); the web line `新民晚报 {later day} {time}`
 * (none) and the issue line `来源：新民晚报 2023年5月6日 第A14版` or `原载《新民晚报》2023-05-06 第A14版` above or below the
 * text (keyed: fresh-88's convention); `新民晚报记者 {name}` (none); `读者问：` the reader's letter (none); `专家答：` (label none)
 * the answer `<p>`s; the card `（答疑专家：{hospital}{department}{title} {name}）` closing the answer or `特邀专家：…` before it;
 * `编辑：{name}` (none); `相关阅读` (link-only `[]`, dated `2023-05-06 09:12`, absolute as written); format unknown.
 */
const xinminMingyiWendaIssue: Family = {
  name: 'xinmin-mingyi-wenda-issue',
  split: 'fresh-91',
  site: 'wap.xinmin.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.4) ? `https://wap.xinmin.cn/content/${page.item.num}.html` : null;
    const tagged = rng.chance(0.4);
    const h1 = tagged ? `名医问答｜${page.question}` : page.question;
    const ver = `A${rng.int(10, 24)}`;
    const [y, m, dd] = page.date!.split('-').map(Number);
    const issue = rng.chance(0.5) ? `来源：新民晚报 ${y}年${m}月${dd}日 第${ver}版` : `原载《新民晚报》${page.date} 第${ver}版`;
    const issueTop = rng.chance(0.5);
    const cardHead = rng.chance(0.4);
    const cardText = `${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `https://wap.xinmin.cn/content/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="${rng.pick(['xgyd', 'relate-news'])}"><div class="hd">相关阅读</div>${related.map((r) => `<div class="it"><a href="${href(r)}">${esc(r.question)}</a>${r.date ? `<span class="tm">${r.date} ${hhmm(rng)}</span>` : ''}</div>`).join('\n')}</div>`
      : '';
    const body = `<div class="topbar"><img src="/images/xmwb_logo.png" alt="新民晚报"><span>新民晚报</span><a class="dl">打开新民App</a></div>
<div class="${rng.pick(['article', 'news-detail', 'content-wrap'])}">
<h1>${esc(h1)}</h1>
<div class="source"><span>新民晚报</span> <span class="time">${shift(page.date!, rng.int(1, 3))} ${hhmm(rng)}:${ss(rng)}</span></div>
${issueTop ? `<div class="paper">${issue}</div>\n` : ''}<div class="text">
<p>新民晚报记者 ${esc(otherName(rng))}</p>
<p><strong>读者问：</strong>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p>
${cardHead ? `<p><strong>特邀专家：</strong>${cardText}</p>\n` : ''}<p><strong>专家答：</strong></p>
${paras(page.paragraphs)}
${cardHead ? '' : `<p class="zj">（答疑专家：${cardText}）</p>\n`}</div>
${issueTop ? '' : `<div class="paper">${issue}</div>\n`}<div class="editor">编辑：${esc(otherName(rng))}</div>
</div>
${list}
<div class="foot">新民晚报社 版权所有　沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${h1}_新民晚报`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F4. eye-wzmc-zaixian-zixun-gbk ---

const EYE = '温州医科大学附属眼视光医院';
const EYE_ALIAS = '浙江省眼科医院';
const EYE_DEPTS = ['白内障中心', '屈光手术中心', '视光中心', '小儿眼科', '青光眼专科', '眼底病中心'] as const;

/**
 * F4. 温州医科大学附属眼视光医院's 在线咨询 (www.eye.ac.cn/zxzx/show.asp?id={id}, host as remembered, path a guess), an ASP
 * board, GB2312 declared (GBK bytes, 60%) or UTF-8, no canonical: the header `温州医科大学附属眼视光医院` over `浙江省眼科医院`
 * (none); a label table: `咨询标题` the question (keyed), `咨询人`, `咨询时间` `2023-5-4 21:03:11` (none), `咨询内容` (none);
 * `回复专家` the name, `职称`, `科室` (rows or one row); `回复时间` `2023-5-6 14:22:31` unpadded (keyed); `回复内容` the answer
 * `<br>`-parted; on 35% a `视光师补充` row (none); on 30% `追问` and `追问回复` rows (none, fresh-82); the hospital the site's;
 * `最新咨询` (`·` links with `(2023-5-6)`: `[]`, dated, `show.asp?id=N` as written); format unknown.
 */
const eyeWzmcZaixianZixunGbk: Family = {
  name: 'eye-wzmc-zaixian-zixun-gbk',
  split: 'fresh-91',
  site: 'www.eye.ac.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.6);
    const dept = rng.pick([...EYE_DEPTS]);
    const optom = rng.chance(0.35);
    const followUp = rng.chance(0.3);
    const oneRow = rng.chance(0.5);
    const lb = rng.pick(['tdbg', 'lbl', 'title_td']);
    const row = (k: string, val: string) => `<tr><td class="${lb}" width="90" align="right">${k}：</td><td colspan="5">${val}</td></tr>`;
    const docRows = oneRow
      ? `<tr><td class="${lb}" align="right">回复专家：</td><td>${esc(d.name!)}</td><td class="${lb}">职称：</td><td>${d.title}</td><td class="${lb}">科室：</td><td>${dept}</td></tr>`
      : `${row('回复专家', esc(d.name!))}\n${row('职称', d.title!)}\n${row('科室', dept)}`;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `show.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table width="100%" class="${rng.pick(['newzx', 'list'])}"><tr><td class="hd">最新咨询</td></tr>${related.map((r) => `<tr><td>· <a href="${href(r)}">${esc(r.question)}</a>${r.date ? ` <font color="#999999">(${unpad(r.date)})</font>` : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const body = `<table width="960" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_logo.jpg"></td><td class="hname"><b>${EYE}</b><br>${EYE_ALIAS}</td></tr></table>
<table width="960" align="center" class="menu"><tr><td><a href="/">网站首页</a></td><td><a href="/yyjs/">医院介绍</a></td><td><a href="/zjjs/">专家介绍</a></td><td><a href="/zxzx/">在线咨询</a></td></tr></table>
<table width="960" align="center" border="1" bordercolor="#cccccc" cellpadding="5" cellspacing="0" class="${rng.pick(['zx', 'zxshow', 'tb'])}">
${row('咨询标题', esc(page.question))}
${row('咨询人', `${otherName(rng).slice(0, 1)}**`)}
${row('咨询时间', `${unpad(shift(page.date!, -rng.int(1, 4)))} ${hhmm(rng)}:${ss(rng)}`)}
${row('咨询内容', esc(rng.pick(ASKER_LINES)))}
${docRows}
${row('回复时间', `${unpad(page.date!)} ${page.time}:${ss(rng)}`)}
${row('回复内容', page.paragraphs.map(esc).join('<br>'))}
${optom ? `${row('视光师补充', `验配师 ${esc(otherName(rng))}：配镜前建议先散瞳验光，排除假性近视。`)}\n` : ''}${followUp ? `${row('追问', '请问术后多久可以正常用眼？')}\n${row('追问回复', '一般一周后可以正常用眼，注意按时复查。')}\n` : ''}</table>
<p align="center" class="sm">以上回复仅供参考，不能代替面诊。</p>
${list}
<table width="960" align="center"><tr><td class="foot">${EYE}　地址：温州市学院西路270号　浙ICP备${rng.int(10000000, 99999999)}号</td></tr></table>`;
    const decl = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question} - 在线咨询 - ${EYE}`, null, '', body, decl);
    return {
      body: gbk ? gbOr(html, decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: EYE, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F5. bjzhongyi-mip-mingyi-wenda ---

const BJZY = '首都医科大学附属北京中医医院';
const TCM_DEPTS = ['针灸科', '皮肤科', '脾胃病科', '肿瘤科', '心血管科', '妇科', '儿科', '肾病科'] as const;

/**
 * F5. 北京中医医院's 名医问答 on Baidu MIP (m.bjzhongyi.com/mip/wenda/{id}.html, host as remembered, path a guess), UTF-8,
 * `<html mip>`, the canonical always (to www.bjzhongyi.com/wenda/{id}.html); `mip-img`s; the card at the head (`mip-img`
 * avatar, name, title, department, a 名医 badge; no hospital: the site's); `<h1>` the question (keyed); `2023年05月06日` or
 * `2023-05-06 14:22` (keyed); `问：` the asker's words (none); `名医解答` (label none) the answer `<p>`s; on 40% a `中药师提示：`
 * box (none); cambrian JSON-LD `pubDate` the day, `upDate` later (none); a `mip-fixed` 挂号 bar; `相关问答` (question and
 * snippet: items with the snippet, undated, `/mip/wenda/N.html` resolved by the canonical); format unknown.
 */
const bjzhongyiMipMingyiWenda: Family = {
  name: 'bjzhongyi-mip-mingyi-wenda',
  split: 'fresh-91',
  site: 'm.bjzhongyi.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.bjzhongyi.com/wenda/${page.item.num}.html`;
    const dept = rng.pick([...TCM_DEPTS]);
    const pharm = rng.chance(0.4);
    const cn = rng.chance(0.5);
    const when = cn ? `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日` : `${page.date} ${page.time}`;
    const c = rng.pick(['mw', 'wd', 'qa']);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/mip/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<section class="${c}-rel"><h3>相关问答</h3>${related.map((r) => `<a class="${c}-ri" href="${href(r)}"><h4>${esc(r.question)}</h4><p>${esc(r.snippet)}</p></a>`).join('\n')}</section>`
      : '';
    const card = `<div class="${c}-doc"><mip-img layout="fixed" width="60" height="60" src="https://www.bjzhongyi.com/upload/doctor/${token(rng, 10)}.jpg"></mip-img><div class="${c}-di"><p><b>${esc(d.name!)}</b> <span>${d.title}</span></p><p>${dept}</p>${rng.chance(0.5) ? '<i class="badge">京城名医</i>' : ''}</div></div>`;
    const ld = `<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"${canonical}","title":${JSON.stringify(page.question)},"images":[],"pubDate":"${page.date}T${page.time}:00","upDate":"${shift(page.date!, rng.int(20, 400))}T${hhmm(rng)}:00"}</script>\n`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">\n<link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css">\n${ld}`;
    const body = `<header class="${c}-hd"><mip-img layout="fixed" width="120" height="32" src="/static/logo.png" alt="${BJZY}"></mip-img><span>${BJZY}</span></header>
<div class="${c}-main">
${rng.chance(0.5) ? `${card}\n<h1>${esc(page.question)}</h1>` : `<h1>${esc(page.question)}</h1>\n${card}`}
<div class="${c}-time">${when}</div>
<div class="${c}-ask"><span>问：</span>${esc(rng.pick(ASKER_LINES))}</div>
<div class="${c}-ans"><div class="${c}-lb">名医解答</div>
${paras(page.paragraphs)}
</div>
${pharm ? `<div class="${c}-tip">中药师提示：中药汤剂请遵医嘱煎服，服药期间忌食生冷辛辣。</div>\n` : ''}<p class="${c}-sm">本文内容仅供参考，不作为诊疗依据。</p>
</div>
${list}
<mip-fixed type="bottom"><a class="${c}-gh" href="https://www.bjzhongyi.com/guahao/">预约挂号</a></mip-fixed>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>`;
    const html = documentOf(`${page.question}-${BJZY}`, canonical, head, body).replace('<html lang="zh-CN">', '<html mip lang="zh-CN">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: BJZY, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => r.snippet, false),
      }),
    };
  },
};

// --- F6. chinalife-jiatingyisheng-share ---

/**
 * F6. 中国人寿's app share page of its 家庭医生 service (health.e-chinalife.com/share/consult/{token}, host and path
 * guesses), React, UTF-8, no canonical: the app banner `中国人寿寿险App`; the title `问诊记录` and the consult's question
 * (keyed); `发起时间：2023-05-05 21:03` (none); the card `签约医生` `{name}` `{title}` `{hospital}·{department}` (keyed);
 * a 客服 `小寿` message first (none); the asker's message (none); the doctor's messages under the stamp `2023-05-06 14:22`
 * (keyed), one a paragraph; on 35% a 追问 round under a later stamp (none, fresh-82); a policy box `国寿福…` and a `保单服务`
 * entry (none); `window.__INITIAL_STATE__` with `createTime` the ask's millisecond stamp and `updateTime` a later one (none);
 * `其他用户还问了` (link-only `[]`, undated, `/share/consult/N` as written); format unknown.
 */
const chinalifeJiatingyishengShare: Family = {
  name: 'chinalife-jiatingyisheng-share',
  split: 'fresh-91',
  site: 'health.e-chinalife.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const p = rng.pick(['consult', 'im', 'chat']);
    const h = token(rng, 5);
    const k = (s: string) => `${p}-${s}_${h}`;
    const asked = shift(page.date!, -1);
    const askedTime = `${two(rng.int(6, 7))}:${two(rng.int(0, 59))}`;
    const followUp = rng.chance(0.35);
    const cardTop = rng.chance(0.6);
    const stamp = (s: string) => `<div class="${k('stamp')}">${s}</div>`;
    const msg = (who: string, inner: string) => `<div class="${k('msg')} ${k(who)}"><div class="${k('bubble')}">${inner}</div></div>`;
    const card = `<div class="${k('doctor')}"><img src="https://static.e-chinalife.com/avatar/${token(rng, 12)}.png"><div><p class="${k('label')}">签约医生</p><p><b>${esc(d.name!)}</b> ${d.title}</p><p>${esc(d.hospital!)}·${esc(d.department!)}</p></div></div>`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/consult/${itemNum(r)}`;
    const list = related.length
      ? `<div class="${k('more')}"><h4>其他用户还问了</h4>${related.map((r) => `<a href="${href(r)}">${esc(r.question)}</a>`).join('\n')}</div>`
      : '';
    const state = { consult: { id: page.item.num, status: 3, createTime: epochSeconds(asked, askedTime) * 1000, updateTime: epochSeconds(shift(page.date!, rng.int(3, 30)), hhmm(rng)) * 1000, channel: 'APP' } };
    const body = `<div id="root"><div class="${k('page')}">
<div class="${k('banner')}"><img src="/static/logo.png" alt="中国人寿"><span>中国人寿寿险App · 家庭医生</span><a>立即打开</a></div>
<div class="${k('head')}"><p class="${k('tt')}">问诊记录</p><h2>${esc(page.question)}</h2><p class="${k('sub')}">发起时间：${asked} ${askedTime}</p></div>
${cardTop ? card : ''}
<div class="${k('list')}">
${msg('cs', '客服小寿：您好，已为您接通家庭医生服务，请稍候。')}
${msg('user', `${esc(page.question)}${esc(rng.pick(ASKER_LINES))}`)}
${stamp(`${page.date} ${page.time}`)}
${page.paragraphs.map((x) => msg('doc', esc(x))).join('\n')}
${followUp ? `${stamp(`${shift(page.date!, rng.int(1, 2))} ${hhmm(rng)}`)}\n${msg('user', '追问：需要去医院检查吗？')}\n${msg('doc', '如果症状持续，建议线下就诊。')}\n` : ''}</div>
${cardTop ? '' : card}
<div class="${k('end')}">问诊已结束　医生建议仅供参考</div>
<div class="${k('policy')}"><p>国寿福${rng.pick(['盛世版', '臻享版'])}重大疾病保险</p><p>保单服务 · 理赔报案 · 健康权益</p></div>
${list}
</div></div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>
<script src="/static/js/main.${token(rng, 8)}.js"></script>`;
    const html = documentOf('问诊记录-中国人寿', null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

export const FRESH91_FAMILIES: readonly Family[] = [tzuchiHualienYiliaoZixunBig5, bjtthShenjingDayiVue, xinminMingyiWendaIssue, eyeWzmcZaixianZixunGbk, bjzhongyiMipMingyiWenda, chinalifeJiatingyishengShare];
