import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cityOf, cnDate, cutSnippet, documentOf, epochSeconds, itemNum, itemsOf, otherName, paras, personName, shift, token, topicWord } from './ordinary-parts.js';
import { esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eightieth fresh held-out set (split `fresh-80`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * fifteenth set**: six Chinese sites (or a section of one) where doctors answer health questions on pages of their own,
 * none of them modelled or named by an earlier split (彰化基督教醫院 / 彰基 / cch.org.tw, 清华大学校医院 / 校医院 / tsinghua,
 * 大众医学 / 大眾醫學 / popumed, 甜蜜家园 / tnbz, 大河网 / 大河健康 / dahe and 杏仁医生 / 企鹅杏仁 / xingren each grepped,
 * case-insensitive, in README.md and families*.ts: no hit; 长庚, 臺北榮民, 臺大, 亞東, 妙手, 健客 and 阿里健康, first thought of,
 * have hits and were left alone), each of a kind the table had little of: a Taiwanese hospital's own 網路諮詢 board in
 * Big5 with ROC years, a university's 校医院 健康咨询 on a campus CMS, a medical magazine's 读者来信 column on an old ASP site
 * in GB2312, a diabetes patients' Discuz! forum with a doctor's floor, a regional news portal's 健康频道 问诊 and an
 * 互联网医院's 问诊 share page with a prescription card. Modelled from memory of those pages (no copied markup; hosts as
 * remembered, every path a guess); the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: a 衛教護理師's 補充, a 糖友's floor, a 医生助理's message, the prescription
 *   card, an editor's note none of it, also where they stand first; a 追问 round (`追问：` / `回复：`, the 楼主's later floor
 *   and the doctor's floor after it, the patient's chat bubble and the doctor's bubbles after it) none of the answer and
 *   dating nothing (fresh-11, fresh-44, fresh-72 to fresh-79); in the chat the answer is the doctor's bubbles before the
 *   patient's first 追问 bubble, a bubble a paragraph;
 * - a head or label over the answer (`醫師回覆：`, `专家答：`, `{name}答：` with its credit, `专家解答`, `回复：`) none of it;
 *   Discuz!'s `本帖最后由 … 编辑` line, a post signature, a `转文字` label none; paragraphs what the page parts;
 * - **the question as the page asks it**: a label (`諮詢主旨：`, `读者问：`, `网友提问：`, `问诊摘要`) and Discuz!'s thread type
 *   `[专家答疑]` none of it; on 大众医学 the reader's question sentence after `读者 … 问：` (its city and name none), a
 *   magazine headline over it (`{topic}，专家来支招`) none; the 楼主's post body repeating it with a line of theirs none;
 * - **the date the answer's day**: `回覆日期`, `回复时间`, ASP's `更新时间：2023-5-6 14:22:31`, Discuz!'s `发表于` on the doctor's
 *   floor, the portal's `2023-05-06 14:22`, the chat's time separator before the doctor's first bubble; **`112/05/06`,
 *   `民國112年5月6日`, `112年05月06日` (ROC years on 彰基's page: the key adds 1911) that day**; `2023-5-6`, `2023年5月6日`,
 *   `2023/05/06` that day; Discuz!'s `3 天前` / `昨天 14:22` whose whole day sits in its span's `title` attribute that day
 *   (key changed in the thirty-third stop to agree with earlier splits: it was null, as not printed); `N天前`, `N小时前`,
 *   `昨天 14:22`, `前天 14:22` with no whole day anywhere, a day without its year (`05-06 14:22`) null; `諮詢日期`, `提问时间`, the 楼主's, a
 *   糖友's, the magazine's `刊期：2023年第5期`, a prescription's `开具时间` and a 追问's days date nothing; structured data
 *   (JSON-LD, app state) is not what the page prints: a day, a grade or a department only there is none;
 * - **the card**: badges (`认证医师`, `专家医师` group, `认证`), `擅长`, Discuz!'s 积分 / 帖子 / 注册时间 no field; labels
 *   (`科別：`, `醫師：`, `医院`, `职称`) no part of a field; **on a hospital's or a school's own page the hospital is the one its
 *   card prints** (`彰化基督教醫院`, `清华大学校医院`), grade null there (no grade printed beside it); on a clinic's own site
 *   (its `<title>` and footer name it) a sign-off naming no hospital is the site's doctor: the hospital the site's (key
 *   changed in the thirty-third stop to agree with earlier splits: it was null); on 大众医学 the credit
 *   `{hospital}{department}{title} {name}` (split at the department's `科` and the title); on 彰基 every field in
 *   traditional characters as printed; the grade only where printed beside the hospital (`三甲` tag, `（三甲）`), else null;
 *   a prescription's `开方医生：name` and `审方药师：name` none of the card (the card is the doctor's box at the top);
 * - format: video where the answer's own player shows (大河健康's `<video>` in the answer box), voice where the doctor's
 *   voice bubble with its length shows over its text; else unknown;
 * - items: the snippet as printed (cut with `…` or `...` kept), `name 医生` lines none of it, an item showing only its question
 *   a link (`[]`), dated only where the list prints the whole day (ROC `112/05/06` that day; `(5-6)` dates nothing), links
 *   as written where the page names no address of its own, else resolved against the canonical or og:url; 衛教資訊, 校园通知,
 *   上一篇 / 下一篇, 本刊推荐, 最新主题, 健康要闻, 广告, 该医生的服务 (priced) and the prescription's drugs no items.
 */

type Related = TruthPage['related'][number];

/** `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** `2023-5-6`. */
const unpad = (iso: string, sep = '-') => iso.split('-').map(Number).join(sep);
/** ROC year of an ISO day. */
const roc = (iso: string) => Number(iso.slice(0, 4)) - 1911;
/** Whole days from one ISO day to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** `3分12秒` style seconds: `52″`. */
const secs = (rng: Rng) => `${rng.int(12, 59)}″`;

// --- F1. cch-wangluzixun-big5 ---

const CCH = '彰化基督教醫院';

/**
 * F1. 彰化基督教醫院's 網路諮詢 (www.cch.org.tw/consult/detail.aspx?no={id}, path a guess), a Taiwanese medical centre's own
 * board, the whole page traditional, Big5 (declared by http-equiv 50%, `<meta charset="big5">` 20%, undeclared 30%;
 * characters Big5 lacks as `&#x…;`): masthead (`醫學中心` in its blurb: none of the card), nav, `諮詢主旨：` and the question,
 * `諮詢者：王○○` and `諮詢日期：` an earlier day (none); the reply box: `回覆醫師：name title`, `科別：department`,
 * `服務院區：彰化基督教醫院` (keyed hospital the printed one, grade null), `醫師回覆：`, the text in `<p>`s; `回覆日期：`
 * `112/05/06` (35%), `民國112年5月6日` (20%), `112年05月06日` (15%) — ROC years, keyed as the Gregorian day — or `2023/05/06`
 * (30%); a 衛教護理師's `護理師補充：` (its own day) on 35% (none); a disclaimer; 相關諮詢 (question, the snippet cut at 40 with
 * `…` on 55% of pages, else links; `112/05/06` on 45%: dated) and 衛教資訊 (leaflets: none) in either order; canonical on
 * half; format unknown.
 */
const cchWangluzixunBig5: Family = {
  name: 'cch-wangluzixun-big5',
  split: 'fresh-80',
  site: 'www.cch.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const t = { name: trad(d.name!), title: trad(d.title!), department: trad(d.department!) };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const charset = rng.weighted([
      ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', 5],
      ['<meta charset="big5">', 2],
      ['', 3],
    ] as const);
    const mode = rng.weighted([['slash', 7], ['roc', 4], ['rocpad', 3], ['greg', 6]] as const);
    const dayOf = (iso: string) => {
      const [, m, dd] = iso.split('-') as [string, string, string];
      return mode === 'slash' ? `${roc(iso)}/${m}/${dd}` : mode === 'roc' ? `民國${roc(iso)}年${Number(m)}月${Number(dd)}日` : mode === 'rocpad' ? `${roc(iso)}年${m}月${dd}日` : iso.replace(/-/g, '/');
    };
    const nurse = rng.chance(0.35)
      ? `<div class="nurse"><p class="lb">護理師補充：</p><p>${trad('建议就诊时携带既往检查报告，可先至本院官网预约挂号。')}</p><p class="dt">衛教護理師 ${esc(trad(otherName(rng)))}　${dayOf(shift(page.date!, rng.int(0, 2)))}</p></div>`
      : '';
    const reply = `<div class="reply"><table class="doc" cellpadding="4"><tr><td>回覆醫師：</td><td>${esc(t.name)} ${t.title}</td></tr><tr><td>科別：</td><td>${esc(t.department)}</td></tr><tr><td>服務院區：</td><td>${CCH}</td></tr></table><p class="lb">醫師回覆：</p><div class="txt">${paras(paragraphs)}</div><p class="dt">回覆日期：${dayOf(page.date!)}</p></div>`;
    const own = rng.chance(0.5) ? `https://www.cch.org.tw/consult/detail.aspx?no=${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `detail.aspx?no=${itemNum(r)}`;
    const snippets = rng.chance(0.55);
    const dated = rng.chance(0.45);
    const printed = (r: Related) => (snippets ? cutSnippet(trad(r.snippet), 40, 40, '…') : null);
    const list = related.length
      ? `<div class="rel"><h3>相關諮詢</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(trad(r.question))}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}${dated ? `<span>${dayOf(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const leaflets = `<div class="edu"><h3>衛教資訊</h3><ul>${['糖尿病足部照護', '高血壓飲食原則', '流感疫苗接種須知'].map((x) => `<li><a href="/edu/${rng.int(1000, 9999)}.pdf">${x}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="top"><a href="/"><img src="/images/logo.gif" alt="${CCH}"></a><span class="blurb">衛生福利部評鑑 醫學中心</span><div class="nav"><a href="/">首頁</a> <a href="/reg/">網路掛號</a> <a href="/consult/">網路諮詢</a> <a href="/edu/">衛教園地</a></div></div>
<div class="crumb">首頁 &gt; 網路諮詢 &gt; 諮詢內容</div>
<div class="main">
<div class="ask"><p class="lb">諮詢主旨：</p><h2>${esc(question)}</h2><p class="who">諮詢者：${esc(trad(otherName(rng).slice(0, 1)))}○○　諮詢日期：${dayOf(shift(page.date!, -rng.int(1, 6)))}</p><p>${esc(trad(rng.pick(ASKER_LINES)))}</p></div>
${wrap(rng, reply, 1)}
${nurse}
<p class="note">※本網路諮詢僅供參考，不能取代實際就醫診療。</p>
${rng.chance(0.5) ? `${list}\n${leaflets}` : `${leaflets}\n${list}`}
</div>
<div class="foot">${CCH} 版權所有 © 彰化市南校街135號</div>`;
    const html = documentOf(`${question}-網路諮詢-${CCH}`, own, '', body, charset);
    const items: ExpectedItem[] = itemsOf(related, href, own, printed, dated).map((e, i) => ({ ...e, question: trad(related[i]!.question) }));
    return {
      body: big5(html),
      expected: expectedOf(page, {
        question,
        doctor: { name: t.name, title: t.title, department: t.department, hospital: CCH, hospital_grade: null },
        paragraphs,
        format: 'unknown',
        related: items,
      }),
    };
  },
};

// --- F2. tsinghua-xiaoyiyuan-zixun ---

const THU = '清华大学校医院';

/**
 * F2. 清华大学校医院's 健康咨询 (hospital.tsinghua.edu.cn/info/1023/{id}.htm, path a guess), a university's health centre on
 * a campus CMS (VSB-kind: `<form name="_newscontent_fromname">`, `v_news_content`), UTF-8: the school's masthead and nav,
 * `当前位置：` crumbs; the question as the `<h1>` title; `发布者：健康咨询　发布时间：2023-05-06` (55%), `2023年05月06日` (25%) or
 * `2023/5/6 14:22` (20%): the reply's day, keyed; `点击：[N]`; the asker's line (`咨询人：{学生|教职工|离退休}`, `咨询内容：` a line
 * of theirs); `回复：` over the answer; the card a closing line `回复医生：{THU}{department} {name} {title}` (60%) or
 * `（{department}{title}{name}）` after the text (40%: hospital `清华大学校医院` there too, as the page's `<title>` and footer name
 * it — key changed in the thirty-third stop to agree with earlier splits: it was null); the text in `text-indent` `<p>`s; a 追问 / 回复
 * round on 25% (none); 上一篇 / 下一篇 (none); 健康咨询 side list (link items, `05-06` on 50%: undated, else `2023-05-06`:
 * dated; hrefs `../../info/1023/N.htm` as written, no canonical) and 校园通知 (none); format unknown.
 */
const tsinghuaXiaoyiyuanZixun: Family = {
  name: 'tsinghua-xiaoyiyuan-zixun',
  split: 'fresh-80',
  site: 'hospital.tsinghua.edu.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['iso', 11], ['cn', 5], ['slash', 4]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'cn' ? cnPadded(page.date!) : `${unpad(page.date!, '/')} ${page.time}`;
    const closing = rng.chance(0.6);
    const text = page.paragraphs.map((x) => `<p style="text-indent:2em;">${esc(x)}</p>`).join('\n');
    const sign = closing
      ? `<p style="text-align:right;">回复医生：${THU}${esc(d.department!)} ${esc(d.name!)} ${d.title}</p>`
      : `<p style="text-align:right;">（${esc(d.department!)}${d.title}${esc(d.name!)}）</p>`;
    const follow = rng.chance(0.25)
      ? `<p><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p><b>回复：</b>${rng.pick(FOLLOW_REPLIES)}</p>`
      : '';
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `../../info/1023/${itemNum(r)}.htm`;
    const dated = rng.chance(0.5);
    const side = related.length
      ? `<div class="side"><h3>健康咨询</h3><ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a><span>${dated ? r.date : md(r.date!)}</span></li>`).join('\n')}</ul></div>`
      : '';
    const notices = `<div class="side"><h3>校园通知</h3><ul>${['关于开展教职工年度体检的通知', '新生入学体检安排', '流感疫苗接种通知'].map((x) => `<li><a href="../../info/1021/${rng.int(1000, 9999)}.htm">${x}</a><span>${md(shift(page.date!, -rng.int(1, 60)))}</span></li>`).join('')}</ul></div>`;
    const body = `<div class="header"><img src="../../images/logo.png" alt="${THU}"><div class="nav"><a href="../../index.htm">首页</a> <a href="../../yygk.htm">医院概况</a> <a href="../../jzzn.htm">就诊指南</a> <a href="../../jkzx.htm">健康咨询</a> <a href="../../jkjy.htm">健康教育</a></div></div>
<div class="main"><div class="left">
<div class="pos">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; <a href="../../jkzx.htm">健康咨询</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<h1 align="center">${esc(page.question)}</h1>
<div class="info" align="center">发布者：健康咨询　发布时间：${day}　点击：[<script>_showDynClicks("wbnews", ${rng.int(1000000, 9999999)}, ${page.item.num})</script>${rng.int(20, 900)}]</div>
<div id="vsb_content"><div class="v_news_content">
<p>咨询人：${rng.pick(['学生', '教职工', '离退休'])}</p>
<p>咨询内容：${esc(rng.pick(ASKER_LINES))}</p>
<p><b>回复：</b></p>
${text}
${sign}
${follow}
</div></div>
<div class="prevnext"><p>上一条：<a href="../../info/1023/${page.item.num - 1}.htm">${esc(topicWord(page))}的日常护理</a></p><p>下一条：<a href="../../info/1023/${page.item.num + 1}.htm">体检报告中的常见问题</a></p></div>
</form>
</div><div class="right">${side}${notices}</div></div>
<div class="footer">${THU} 版权所有 地址：北京市海淀区清华园</div>`;
    const html = documentOf(`${page.question}-${THU}`, null, '<meta name="description" content="健康咨询">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: THU, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F3. popumed-duzhe-laixin-asp ---

/**
 * F3. 《大众医学》's 读者来信 column (www.popumed.com/Article/ShowArticle.asp?ArticleID={id}, path a guess), a magazine's old
 * ASP site in GB2312 (declared by http-equiv 60%, undeclared 40%) with table layout, `<p>` and `<td>` left unclosed: a
 * masthead, `您现在的位置：` crumbs; the title the question (55%) or a headline `{topic}，专家来支招` (45%: none); `作者：佚名
 * 文章来源：大众医学　点击数：N　更新时间：2023-5-6 14:22:31` (keyed; `2023-5-6` alone on 30%); `刊期：2023年第5期` (none);
 * `读者 {city} 王先生 问：` and the question, a line of the reader's; the answer headed `{hospital}{department}{title} {name}答：`
 * (55%: the card as credit) or `专家答：` with a `答疑专家：` line of the same credit after the text (45%); the text in `<p>`s left
 * unclosed on half; grade on 20% as `（三甲）` after the hospital (keyed); 【编者按】 lines before the letter on 30% (none);
 * 相关文章 (link items: `(5-6)` on 60% — undated —, else `[2023-5-6]`: dated) and 本刊推荐 (none); 上一篇 / 下一篇 (none);
 * format unknown.
 */
const popumedDuzheLaixinAsp: Family = {
  name: 'popumed-duzhe-laixin-asp',
  split: 'fresh-80',
  site: 'www.popumed.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const declared = rng.chance(0.6);
    const charset = declared ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const titled = rng.chance(0.55);
    const headline = titled ? page.question : `${topicWord(page)}，专家来支招`;
    const withTime = rng.chance(0.7);
    const updated = withTime ? `${unpad(page.date!)} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}` : unpad(page.date!);
    const graded = rng.chance(0.2);
    const credit = `${esc(d.hospital!)}${graded ? `（${d.hospital_grade}）` : ''}${esc(d.department!)}${d.title} ${esc(d.name!)}`;
    const inline = rng.chance(0.55);
    const open = rng.chance(0.5);
    const text = page.paragraphs.map((x) => (open ? `<p>${esc(x)}\n` : `<p>${esc(x)}</p>\n`)).join('');
    const note = rng.chance(0.3) ? `<p>【编者按】近来本刊陆续收到读者来信，询问${esc(topicWord(page))}相关问题，本期请专家作答。</p>\n` : '';
    const letter = `${note}<p><b>读者 ${esc(cityOf(page))} ${esc(otherName(rng).slice(0, 1))}${rng.pick(['先生', '女士'])} 问：</b>${esc(page.question)}<br>${esc(rng.pick(ASKER_LINES))}</p>\n`;
    const answer = inline
      ? `<p><b>${credit}答：</b></p>\n${text}`
      : `<p><b>专家答：</b></p>\n${text}<p align="right">答疑专家：${credit}</p>\n`;
    const issue = `${page.date!.slice(0, 4)}年第${Number(page.date!.slice(5, 7))}期`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `ShowArticle.asp?ArticleID=${itemNum(r)}`;
    const dated = rng.chance(0.4);
    const list = related.length
      ? `<table width="100%"><tr><td class="tt">相关文章</td></tr><tr><td>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> ${dated ? `[${unpad(r.date!)}]` : `(${Number(r.date!.slice(5, 7))}-${Number(r.date!.slice(8, 10))})`}`).join('<br>\n')}</td></tr></table>`
      : '';
    const recommend = `<table width="100%"><tr><td class="tt">本刊推荐</td></tr><tr><td><li><a href="/Article/Special/${rng.int(10, 99)}.html">${issue}目录</a><br><li><a href="/dy/">订阅《大众医学》</a></td></tr></table>`;
    const body = `<table width="960" align="center"><tr><td><img src="/Images/logo.gif" alt="大众医学"> <a href="/">首页</a> | <a href="/Article/">文章中心</a> | <a href="/Article/List.asp?ClassID=12">读者来信</a> | <a href="/dy/">杂志订阅</a></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">您现在的位置：<a href="/">大众医学</a> &gt;&gt; <a href="/Article/">文章中心</a> &gt;&gt; <a href="/Article/List.asp?ClassID=12">读者来信</a> &gt;&gt; 正文</div>
<table width="100%"><tr><td align="center" class="title"><h2>${esc(headline)}</h2>
<tr><td align="center" class="info">作者：佚名　文章来源：大众医学　点击数：${rng.int(50, 9000)}　更新时间：${updated}
<tr><td align="center">刊期：${issue}
<tr><td class="content">
${letter}${answer}
</td></tr></table>
<p>上一篇：<a href="ShowArticle.asp?ArticleID=${page.item.num - 1}">冬季进补有讲究</a><br>下一篇：<a href="ShowArticle.asp?ArticleID=${page.item.num + 1}">体检报告怎么看</a></p>
${list}
</td><td width="250" valign="top">${recommend}<a href="/ad/"><img src="/ad/${token(rng, 6)}.gif" alt="广告"></a></td></tr></table>
<table width="960" align="center"><tr><td align="center">《大众医学》编辑部 版权所有 沪ICP备${rng.int(10000000, 99999999)}号</td></tr></table>`;
    const html = documentOf(`${headline}_读者来信_大众医学`, null, '', body, charset);
    return {
      body: iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F4. tnbz-tianmijiayuan-discuz ---

const TNBZ_NICKS = ['糖友老王', '控糖达人', '甜蜜小屋', '二型糖友', '胰岛素宝妈', '平常心'] as const;
const TNBZ_REPLIES = ['我也是这样，后来调整了饮食好多了。', '同问，坐等专家回复。', '感谢专家解答，收藏了！', '楼主别担心，按时监测血糖。'];

/**
 * F4. 甜蜜家园 糖尿病论坛's 专家答疑 board (bbs.tnbz.com/thread-{id}-1-1.html, Discuz! X3.4), GBK on 60% (Discuz!'s
 * `<meta http-equiv … charset=gbk />`), else UTF-8: the forum's header, `甜蜜家园 › 论坛 › 专家答疑 › 查看内容` crumbs; the thread
 * title `[专家答疑] question` (the type none of the question), `查看: N | 回复: N`; floors as `<table id="pid…">` with the
 * author column (`<div class="authi">`, 用户组, 积分, 帖子): the 楼主's (a 糖友: the question again and a line: none), 0–2
 * 糖友s' floors before the doctor's (none), the doctor's floor (username `{name}医生`, 用户组 `专家医师`, the profile fields
 * 真实姓名 / 职称 / 医院 / 科室 in the author column: the card, `三甲` after the hospital on 20% keyed; the text in the
 * `t_f` cell parted by `<br />`, a `本帖最后由 … 编辑` line on 20%: none; a signature: none), then on 30% the 楼主's 追问 floor and
 * the doctor's floor answering it (none); every floor's `发表于` one way: `2023-5-6 14:22` (55%, keyed), `3 天前` / `昨天 14:22`
 * / `前天 14:22` / `N 小时前` in a span whose `title` holds the whole day (25%: that day — key changed in the thirty-third stop
 * to agree with earlier splits: it was null —; the edit line's later day dates nothing); 相关帖子 (link items, undated) and 最新主题 (none); canonical on 40%; format unknown.
 */
const tnbzTianmijiayuanDiscuz: Family = {
  name: 'tnbz-tianmijiayuan-discuz',
  split: 'fresh-80',
  site: 'bbs.tnbz.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.6);
    const charset = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />';
    const relative = rng.chance(0.25);
    const today = shift(page.date!, rng.int(2, 6));
    const dayOf = (iso: string, time: string) => {
      const whole = `${unpad(iso)} ${time}`;
      if (!relative) return `<em>发表于 ${whole}</em>`;
      const n = daysBetween(iso, today);
      const shown = n <= 0 ? `${rng.int(1, 9)} 小时前` : n === 1 ? `昨天 ${time}` : n === 2 ? `前天 ${time}` : `${n} 天前`;
      return `<em>发表于 <span title="${whole}">${shown}</span></em>`;
    };
    const graded = rng.chance(0.2);
    const num = page.item.num;
    let pid = rng.int(100000, 900000);
    const floor = (who: string, group: string, profile: string, html: string, when: string, n: number) =>
      `<table id="pid${pid++}" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="authi"><a href="home.php?mod=space&amp;uid=${rng.int(10000, 99999)}" class="xw1">${esc(who)}</a></div><p>用户组：${group}</p><dl class="pil">${profile}<dt>积分</dt><dd>${rng.int(10, 9000)}</dd><dt>帖子</dt><dd>${rng.int(1, 3000)}</dd></dl></td><td class="plc"><div class="pi"><strong>${n === 1 ? '楼主' : `${n}#`}</strong> ${when}</div><div class="pct"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${pid}">${html}</td></tr></table></div></td></tr></table>`;
    const asker = rng.pick(TNBZ_NICKS);
    const asked = shift(page.date!, -rng.int(0, 3));
    let n = 1;
    const floors: string[] = [floor(asker, '糖友', '', `${esc(page.question)}<br />\n${esc(rng.pick(ASKER_LINES))}`, dayOf(asked, '08:1' + rng.int(0, 9)), n++)];
    for (let i = rng.int(0, 2); i > 0; i--) floors.push(floor(rng.pick(TNBZ_NICKS) + rng.int(1, 99), '糖友', '', esc(rng.pick(TNBZ_REPLIES)), dayOf(asked, `${rng.int(9, 12)}:${rng.int(10, 59)}`), n++));
    const profile = `<dt>真实姓名</dt><dd>${esc(d.name!)}</dd><dt>职称</dt><dd>${d.title}</dd><dt>医院</dt><dd>${esc(d.hospital!)}${graded ? ` ${d.hospital_grade}` : ''}</dd><dt>科室</dt><dd>${esc(d.department!)}</dd>`;
    const edited = rng.chance(0.2) ? `<i class="pstatus"> 本帖最后由 ${esc(d.name!)}医生 于 ${unpad(shift(page.date!, rng.int(1, 3)))} ${page.time} 编辑 </i><br />\n` : '';
    const text = `${edited}${page.paragraphs.map(esc).join('<br />\n')}<div class="sign">控糖路上，与您同行——甜蜜家园专家团</div>`;
    floors.push(floor(`${d.name}医生`, '专家医师', profile, text, dayOf(page.date!, page.time), n++));
    if (rng.chance(0.3)) {
      floors.push(floor(asker, '糖友', '', `<b>追问：</b>${rng.pick(FOLLOW_UPS)}`, dayOf(shift(page.date!, 1), '09:0' + rng.int(0, 9)), n++));
      floors.push(floor(`${d.name}医生`, '专家医师', profile, `回复 ${n - 1}# ${esc(asker)}<br />\n${rng.pick(FOLLOW_REPLIES)}`, dayOf(shift(page.date!, 1), '20:3' + rng.int(0, 9)), n++));
    }
    const own = rng.chance(0.4) ? `https://bbs.tnbz.com/thread-${num}-1-1.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `thread-${itemNum(r)}-1-1.html`;
    const rel = related.length ? `<div class="mtw mbw"><h3 class="pbm mbm bbda">相关帖子</h3><ul class="xl xl2 cl">${related.map((r) => `<li>• <a href="${href(r)}" title="${esc(r.question)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>` : '';
    const latest = `<div class="bm"><h2>最新主题</h2><ul>${['胰岛素笔针头多久换一次', '空腹血糖7.2要吃药吗', '二甲双胍饭前还是饭后吃'].map((x) => `<li><a href="thread-${rng.int(100000, 999999)}-1-1.html">${x}</a></li>`).join('')}</ul></div>`;
    const body = `<div id="hd"><a href="./"><img src="static/image/common/logo.png" alt="甜蜜家园"></a> <a href="forum.php">论坛</a> <a href="forum.php?mod=forumdisplay&amp;fid=12">专家答疑</a> <a href="home.php">家园</a></div>
<div id="pt" class="bm cl"><a href="./">甜蜜家园</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum.php?mod=forumdisplay&amp;fid=12">专家答疑</a> <em>›</em> 查看内容</div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<div class="ts"><span class="xi1">查看: ${rng.int(100, 9000)}</span> | <span class="xi1">回复: ${n - 2}</span><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;typeid=3">[专家答疑]</a> <span id="thread_subject">${esc(page.question)}</span></h1></div>
${floors.join('\n')}
</div>
${rel}
${latest}
</div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2026 Tencent Cloud. 甜蜜家园糖尿病论坛</div>`;
    const html = documentOf(`${page.question} - 专家答疑 - 甜蜜家园 - Powered by Discuz!`, own, '', body, charset);
    return {
      body: gbk ? iconv.encode(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, false),
      }),
    };
  },
};

// --- F5. dahe-jiankang-wenzhen ---

/**
 * F5. 大河网's 大河健康 问诊 (health.dahe.cn/wenzhen/{yyyymmdd}/{id}.html, path a guess), a regional news portal's 健康频道,
 * UTF-8: the portal's nav (新闻 / 河南 / 健康 / 问诊), an ad banner, crumbs; the `<h1>` question, `网友提问：` and the asker's line
 * (`河南{city} 网友`, `提问时间：` an earlier day: none); the expert's box (name, title, hospital, a `三甲` tag on 30% keyed,
 * department); `专家解答` over the answer; on 60% of video pages a `<video>` with `大河健康视频` in the answer box (video); the
 * text in `<p>`s; the day line `2023-05-06 14:22　来源：大河网` (55%), `2023年5月6日` (15%), `N小时前` / `N天前` (15%) or
 * `05-06 14:22` (15%): the last two null; `责任编辑：` (none); JSON-LD NewsArticle on 45% (datePublished whole and its author
 * the editor: none); 相关问诊 (question, the snippet cut at 34 with `...` on 70% of pages, else links; `2023-05-06` on half:
 * dated), 健康要闻 (news with days: none) and an ad box in the side column (none); canonical on half; format from the player.
 */
const daheJiankangWenzhen: Family = {
  name: 'dahe-jiankang-wenzhen',
  split: 'fresh-80',
  site: 'health.dahe.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.3);
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<div class="dh-video"><video src="https://v.dahe.cn/health/${token(rng, 16)}.mp4" controls></video><p>大河健康视频</p></div>` : '';
    const mode = rng.weighted([['full', 11], ['cn', 3], ['rel', 3], ['md', 3]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'cn' ? cnDate(page.date!) : mode === 'rel' ? (rng.chance(0.5) ? `${rng.int(1, 23)}小时前` : `${rng.int(2, 9)}天前`) : `${md(page.date!)} ${page.time}`;
    const card = `<div class="dh-doc"><img src="https://img.dahe.cn/health/doc/${token(rng, 10)}.jpg"><p class="n">${esc(d.name!)} <span>${d.title}</span></p><p class="h">${esc(d.hospital!)}${graded ? ` <i class="tag">${d.hospital_grade}</i>` : ''}</p><p class="k">${esc(d.department!)}</p></div>`;
    const editor = otherName(rng);
    const ld = rng.chance(0.45)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: page.question, datePublished: `${page.date}T${page.time}:00+08:00`, author: { '@type': 'Person', name: editor } })}</script>\n`
      : '';
    const own = rng.chance(0.5) ? `https://health.dahe.cn/wenzhen/${page.date!.replace(/-/g, '')}/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `https://health.dahe.cn/wenzhen/${r.date!.replace(/-/g, '')}/${itemNum(r)}.html`;
    const snippets = rng.chance(0.7);
    const dated = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 34, 34, '...') : null);
    const list = related.length
      ? `<div class="dh-rel"><h3>相关问诊</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const news = `<div class="dh-news"><h3>健康要闻</h3><ul>${['河南省启动新一轮医疗卫生人才培养计划', '郑州多家医院开设夜间门诊', '秋冬季呼吸道疾病防治指南发布'].map((x) => `<li><a href="https://news.dahe.cn/${shift(page.date!, -rng.int(0, 20)).replace(/-/g, '')}/${rng.int(100000, 999999)}.html">${x}</a><span>${shift(page.date!, -rng.int(0, 20))}</span></li>`).join('')}</ul></div>`;
    const ad = () => `<div class="dh-ad"><a href="https://ad.dahe.cn/c/${token(rng, 8)}"><img src="https://img.dahe.cn/ad/${token(rng, 8)}.jpg" alt="广告"></a><span>广告</span></div>`;
    const body = `<div class="dh-top"><a href="https://www.dahe.cn/"><img src="https://img.dahe.cn/logo.png" alt="大河网"></a> <a href="https://news.dahe.cn/">新闻</a> <a href="https://henan.dahe.cn/">河南</a> <a href="https://health.dahe.cn/">健康</a> <a href="https://health.dahe.cn/wenzhen/">问诊</a></div>
${ad()}
<div class="crumb"><a href="https://www.dahe.cn/">大河网</a> &gt; <a href="https://health.dahe.cn/">大河健康</a> &gt; 问诊</div>
<div class="dh-main"><div class="dh-l">
<h1>${esc(page.question)}</h1>
<div class="dh-meta">${day}　来源：大河网</div>
<div class="dh-q"><span class="lb">网友提问：</span><p>${esc(rng.pick(ASKER_LINES))}</p><p class="who">河南${esc(cityOf(page))} 网友　提问时间：${shift(page.date!, -rng.int(1, 5))}</p></div>
${wrap(rng, `${card}<div class="dh-a"><h3>专家解答</h3>${player}${paras(page.paragraphs)}</div>`, 1)}
<p class="dh-ed">责任编辑：${esc(editor)}</p>
${list}
</div><div class="dh-r">${ad()}${news}</div></div>
<div class="dh-foot">大河网络传媒集团 版权所有 豫ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${page.question}_问诊_大河健康_大河网`, own, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'rel' || mode === 'md' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F6. xingren-wenzhen-share ---

const RX_DRUGS = ['盐酸二甲双胍片 0.5g×20片', '阿莫西林胶囊 0.25g×24粒', '氯雷他定片 10mg×6片', '奥美拉唑肠溶胶囊 20mg×14粒'] as const;

/**
 * F6. 杏仁医生's 问诊 share page (m.xingren.com/share/consult/{id}, path a guess), an 互联网医院's H5 (hashed classes): the
 * `打开杏仁医生App` bar; `问诊摘要` and the question in an `<h1>`; the doctor's box at the top (name, title, `hospital · department`
 * with a `三甲` tag on 30% keyed, `认证` badge); the chat: the patient's first bubble (the question's words again and a line:
 * none), a 医生助理's message (`已通知医生，请耐心等待`) on 40% (none), the doctor's bubbles (a bubble a paragraph: the answer),
 * on 60% of voice pages the first doctor bubble a voice bar (`▶ 52″`) with `转文字` over the text (voice); the time separator
 * before the doctor's first bubble the answer's day: `2023-05-06 14:22` (45%), `昨天 14:22` (15%), `05-06 14:22` (25%),
 * `星期三 14:22` (15%): only the first keyed; on 35% a 追问 bubble and the doctor's reply bubble after its own separator (none);
 * a prescription card on 50% (`电子处方`, drugs, `开方医生：name`, `审方药师：name`, `开具时间：` a day: none of the card or date);
 * 该医生的服务 (图文问诊 ¥N: none); 更多医生回答 (question, snippet cut at 28 with `…`, `name 医生`: none; undated);
 * `window.__NUXT__` on half (the answer's epoch, grade, department: none); og:url on 40%.
 */
const xingrenWenzhenShare: Family = {
  name: 'xingren-wenzhen-share',
  split: 'fresh-80',
  site: 'm.xingren.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = () => `x-${token(rng, 5)}`;
    const graded = rng.chance(0.3);
    const mode = rng.weighted([['full', 9], ['yest', 3], ['md', 5], ['week', 3]] as const);
    const sep = (iso: string, time: string) => {
      const text = mode === 'full' ? `${iso} ${time}` : mode === 'yest' ? `昨天 ${time}` : mode === 'md' ? `${md(iso)} ${time}` : `星期${'日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${time}`;
      return `<div class="${h()} sep">${text}</div>`;
    };
    const voice = page.format === 'voice' && rng.chance(0.6);
    const bubble = (who: 'pt' | 'dr' | 'as', inner: string) => `<div class="${h()} msg ${who}"><div class="${h()} bubble">${inner}</div></div>`;
    const chat: string[] = [];
    const asked = shift(page.date!, -1);
    chat.push(sep(asked, '2' + rng.int(0, 2) + ':0' + rng.int(0, 9)));
    chat.push(bubble('pt', `<p>${esc(page.question)} ${esc(rng.pick(ASKER_LINES))}</p>`));
    if (rng.chance(0.4)) chat.push(bubble('as', `<span class="${h()} who">医生助理</span><p>已通知医生，请耐心等待</p>`));
    chat.push(sep(page.date!, page.time));
    page.paragraphs.forEach((x, i) => {
      const vb = voice && i === 0 ? `<div class="${h()} voice">▶ ${secs(rng)}</div><span class="${h()} stt">转文字</span>` : '';
      chat.push(bubble('dr', `${vb}<p>${esc(x)}</p>`));
    });
    if (rng.chance(0.35)) {
      chat.push(sep(shift(page.date!, 1), '10:1' + rng.int(0, 9)));
      chat.push(bubble('pt', `<p>${rng.pick(FOLLOW_UPS)}</p>`));
      chat.push(bubble('dr', `<p>${rng.pick(FOLLOW_REPLIES)}</p>`));
    }
    const rx = rng.chance(0.5)
      ? `<div class="${h()} rx"><h3>电子处方</h3><p>Rp.</p>${RX_DRUGS.slice(0, rng.int(1, 3)).map((x) => `<p>${x}　用法：遵医嘱</p>`).join('')}<p>开方医生：${esc(d.name!)}　审方药师：${esc(personName(rng, d.name!))}</p><p>开具时间：${shift(page.date!, rng.int(0, 1))}</p><p class="${h()} st">处方已失效</p></div>`
      : '';
    const card = `<div class="${h()} doc"><img src="https://img.xingren.com/avatar/${token(rng, 12)}.jpg"><div><p class="${h()} nm">${esc(d.name!)} <span>${d.title}</span> <i>认证</i></p><p>${esc(d.hospital!)}${graded ? ` <em class="${h()} lv">${d.hospital_grade}</em>` : ''} · ${esc(d.department!)}</p></div></div>`;
    const services = `<div class="${h()} svc"><h3>该医生的服务</h3><a href="/doctor/${rng.int(10000, 99999)}/consult">图文问诊 ¥${rng.int(19, 99)}</a><a href="/doctor/${rng.int(10000, 99999)}/phone">电话问诊 ¥${rng.int(49, 199)}</a></div>`;
    const own = rng.chance(0.4) ? `https://m.xingren.com/share/consult/${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/share/consult/${itemNum(r)}`;
    const printed = (r: Related) => cutSnippet(r.snippet, 28, 28, '…');
    const list = related.length
      ? `<div class="${h()} more"><h3>更多医生回答</h3>${related.map((r) => `<a class="${h()} it" href="${href(r)}"><p class="q">${esc(r.question)}</p><p class="a">${esc(printed(r))}</p><p class="m">${esc(personName(rng))} 医生</p></a>`).join('\n')}</div>`
      : '';
    const state = rng.chance(0.5)
      ? `<script>window.__NUXT__=${JSON.stringify({ data: [{ consult: { id: page.item.num, title: page.question, replyAt: epochSeconds(page.date!, page.time), doctor: { name: d.name, level: d.hospital_grade, dept: d.department } } }] })}</script>\n`
      : '';
    const body = `<div id="__nuxt"><div class="${h()} page">
<div class="${h()} open"><img src="https://img.xingren.com/logo.png" alt="杏仁医生"> 打开杏仁医生App，问诊更方便 <a href="https://m.xingren.com/download">打开</a></div>
<div class="${h()} sum"><span>问诊摘要</span><h1>${esc(page.question)}</h1></div>
${card}
<div class="${h()} chat">${chat.join('\n')}</div>
${rx}
${services}
${list}
</div></div>
${state}`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 杏仁医生`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'full' ? page.date : null,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

export const FRESH80_FAMILIES: readonly Family[] = [cchWangluzixunBig5, tsinghuaXiaoyiyuanZixun, popumedDuzheLaixinAsp, tnbzTianmijiayuanDiscuz, daheJiankangWenzhen, xingrenWenzhenShare];
