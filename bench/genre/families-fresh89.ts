import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-ninth fresh held-out set (split `fresh-89`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-fourth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (上海国际旅行卫生保健中心 / 旅行卫生 / 保健中心 / 海关 /
 * 口岸 / shithc, 香港家庭計劃指導會 / 家計會 / 家计会 / 計劃指導 / famplan, 西藏自治区藏医院 / 藏醫 / 西藏 / 藏药 / xzzyy /
 * mentsikhang / tibet, 惠耳听力 / 惠耳 / 听力 / 聽力 / huier, 菲律賓商報 / 商報 / 商报 / 菲律宾 / 菲律賓 / 崇仁 / shangbao,
 * 诺和关怀 / 诺和 / 诺和诺德 / taro-view each grepped, case-insensitive, in README.md and families*.ts: no hit; `novo` hits
 * only inside `lenovo`, `ithc` only inside `withCtas`; 藏医 (named by fresh-88's row as a word it left), 糖尿病教育 (a
 * nurse's badge of fresh-65's), 12320, 榮總, 常春, 中日友好, 北京儿童医院 and 新明日报 have hits and were left alone, or
 * taken only where the site itself had none), each of a kind the table had little of: a customs-run international travel
 * health centre's 在线咨询 on an ASP.NET WebForms page (GBK declared gb2312 or undeclared, label rows, the centre's
 * second name as 口岸门诊部), a Hong Kong family-planning NGO's 性健康問答 (traditional, English beside, day-first days, a
 * 註冊護士's 補充), a Tibetan-medicine hospital's 藏医问答 (Tibetan script beside the Chinese, a 藏历 day, GB18030 on some
 * pages so the Tibetan goes in four-byte codes), a hearing-aid chain's 听力问答 on Nuxt (an ENT doctor's answer, a 验配师's
 * reply, video answers), a Philippine Chinese-language daily's 醫藥信箱 (traditional, Big5 on some, English days, Manila
 * hospitals), and a drug maker's diabetes patient programme on a Taro H5 build (custom `taro-*-core` elements, a 糖尿病
 * 教育护士's 补充, an 审批 line with its own days, voice answers). Modelled from memory of those pages (no copied markup;
 * hosts as remembered or guessed, every path a guess); the questions are the universe's, of any department; the family
 * names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: the asker's 咨询内容 / 讀者來信 words, a 註冊護士's, 验配师's or 糖尿病
 *   教育护士's 补充, none of it; labels over or glued before the answer (`答复内容`, `答：`, `醫生答：`, `ལན། 答`, `语音转文字`)
 *   and disclaimers none;
 * - **the question as the page asks it**: the `<h1>` or the `咨询主题` row (a column tag `醫藥信箱：` before it none);
 * - **the date the answer's day**: the ASP.NET `答复时间` (`2023/5/6 14:22:31`; `咨询时间` nothing); 家計會's `發佈日期`
 *   (`2023年5月6日`, or day-first `06/05/2023` keyed only where it cannot be read month-first, where day and month are the
 *   same, or where the page prints another day-first day that shows the order — the footer's `最後更新`, a day over 12:
 *   fresh-67 / fresh-87's convention — else null; the footer's day dates nothing); the 藏医院's `发布时间` (the 藏历 day
 *   none); 惠耳's `回答时间` (`提问时间` and the app state's `updateTime` none); 商報's post day (`May 6, 2023` or
 *   `2023年5月6日`; JSON-LD's later `dateModified` none); 诺和关怀's `发布` day (`审批日期` / `有效期至` none);
 * - **the card** as printed: the travel centre's `答复人` row `{name}　{title}` (or the name alone: title null), `答复部门` the
 *   department, the hospital the site's name as header and title print it, `上海国际旅行卫生保健中心` (its second name
 *   `上海海关口岸门诊部` none, fresh-82's convention for a card that prints no hospital); 家計會's `{name}醫生（{post}）` with
 *   the post (`醫務主任`, `顧問醫生`) the title, or `{name}醫生` alone (title null), the hospital the body as the card prints
 *   it (`香港家庭計劃指導會` or `家計會`, fresh-22's convention), department null; the 藏医院's `解答医师：{name}（{title}）
 *   {department}` with the hospital `西藏自治区藏医院` printed or only as the site's name; 惠耳's side card (`特聘专家`, the
 *   name, title, hospital, ENT department as printed); 商報's closing credit `（{name}醫生，{hospital}{department}）` (title
 *   null: `醫生` no title); 诺和关怀's card `{name} {title}` over `{hospital} {department}`; the grade null on every family;
 * - **format**: 惠耳's `视频解答` label and player video, 诺和关怀's voice bubble (`语音 58″`) with its transcript voice;
 *   unknown elsewhere;
 * - items: the page's related list, the snippet as printed (`...`-cut kept), dated only where the whole day is printed, an
 *   item showing only its question a link (`[]`), links as written where the page names no address of its own, else
 *   resolved against the canonical; 疫苗 notices, product boxes, 藏药 boxes, 热门 lists no items.
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
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join('\n');

// --- F1. shithc-lvxing-weisheng-zixun-gbk ---

const SHITHC = '上海国际旅行卫生保健中心';
const SHITHC_ALIAS = '上海海关口岸门诊部';
const TRAVEL_DEPTS = ['国际旅行健康咨询门诊', '预防接种门诊', '出入境人员体检部', '旅行医学门诊', '内科门诊'] as const;

/**
 * F1. 上海国际旅行卫生保健中心's 在线咨询 (www.shithc.org.cn/ZiXun/ZiXunView.aspx?id={id}, host and path guesses), a customs-run
 * travel health centre on ASP.NET WebForms: GBK declared `gb2312` (50%), GBK undeclared (20%) or UTF-8 (30%); no canonical;
 * `<form id="form1">` with `__VIEWSTATE`; the header `上海国际旅行卫生保健中心` over `上海海关口岸门诊部`; a label table
 * (`咨询主题` the question, keyed; `咨询人` masked; `咨询时间` an earlier day, nothing; `咨询内容` the asker's words, none;
 * `答复内容` the answer as `<br>`-parted text or `<p>`s; `答复人` `{name}　{title}` (70%) or the name (title null); `答复部门`
 * the department; `答复时间` `2023/5/6 14:22:31`, keyed), the answer rows before or after the 答复人 rows; a 黄热病疫苗
 * notice with its own day (none); `其他咨询` (question links with `2023-05-06` in a cell: `[]`, dated, `ZiXunView.aspx?id=N`
 * as written); format unknown.
 */
const shithcLvxingWeishengZixunGbk: Family = {
  name: 'shithc-lvxing-weisheng-zixun-gbk',
  split: 'fresh-89',
  site: 'www.shithc.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['gbk', 5], ['undeclared', 2], ['utf8', 3]] as const);
    const dept = rng.pick([...TRAVEL_DEPTS]);
    const withTitle = rng.chance(0.7);
    const brs = rng.chance(0.55);
    const cardFirst = rng.chance(0.35);
    const [y, m, dd] = page.date!.split('-').map(Number) as [number, number, number];
    const replied = `${y}/${m}/${dd} ${page.time}:${ss(rng)}`;
    const asked = shift(page.date!, -rng.int(1, 6));
    const cellCls = rng.pick(['td_label', 'lbl', 'tdTitle']);
    const row = (k: string, v: string, id: string) => `<tr><td class="${cellCls}" width="90" align="right">${k}：</td><td><span id="ContentPlaceHolder1_lbl${id}">${v}</span></td></tr>`;
    const answer = brs ? page.paragraphs.map(esc).join('<br />') : paras(page.paragraphs);
    const cardRows = `${row('答复人', withTitle ? `${esc(d.name!)}　${d.title}` : esc(d.name!), 'DaFuRen')}\n${row('答复部门', esc(dept), 'BuMen')}`;
    const ansRows = `${row('答复内容', answer, 'DaFu')}\n${row('答复时间', replied, 'DaFuTime')}`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `ZiXunView.aspx?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="${rng.pick(['gvList', 'list_tb'])}" cellspacing="0" border="0" width="100%"><tr><th colspan="2" align="left">其他咨询</th></tr>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td width="90">${r.date ?? ''}</td></tr>`).join('\n')}</table>`
      : '';
    const notice = rng.chance(0.6) ? `<div class="notice"><b>通知：</b>黄热病疫苗自${cnDate(shift(page.date!, rng.int(10, 90)))}起每周二、周四上午接种，请提前预约。</div>` : '';
    const body = `<form method="post" action="./ZiXunView.aspx?id=${page.item.num}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 24)}" /></div>
<div id="top"><img src="../images/logo.gif" alt="" /><div class="sitename"><h2>${SHITHC}</h2><p>${SHITHC_ALIAS}</p></div></div>
<div id="menu"><a href="../Default.aspx">首页</a> | <a href="../TiJian/">出入境体检</a> | <a href="../JieZhong/">预防接种</a> | <a href="../ZiXun/">在线咨询</a> | <a href="../LianXi/">联系我们</a></div>
<div id="${rng.pick(['main', 'content', 'mainbox'])}">
<div class="weizhi">您现在的位置：首页 &gt;&gt; 在线咨询 &gt;&gt; 咨询详情</div>
${notice}
<table class="${rng.pick(['zx_table', 'tbDetail', 'view'])}" width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#cccccc">
${row('咨询主题', esc(page.question), 'Title')}
${row('咨询人', `${rng.pick(['王', '李', '张', '周'])}**`, 'Name')}
${row('咨询时间', `${asked.split('-').map(Number).join('/')} ${hhmm(rng)}:${ss(rng)}`, 'ZiXunTime')}
${row('咨询内容', esc(rng.pick(ASKER_LINES)), 'Content')}
${cardFirst ? `${cardRows}\n${ansRows}` : `${ansRows}\n${cardRows}`}
</table>
<p class="tishi">温馨提示：网上咨询仅供参考，出入境体检及预防接种请携带护照等有效证件。</p>
${list}
</div>
<div id="foot">${SHITHC}（${SHITHC_ALIAS}）　地址：上海市${rng.pick(['金浜路', '西藏中路'])}${rng.int(10, 99)}号　沪ICP备${rng.int(10000000, 99999999)}号</div>
</form>`;
    const decl = enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' : enc === 'utf8' ? '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' : '';
    const html = documentOf(`${page.question}-在线咨询-${SHITHC}`, null, '', body, decl);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : gbOr(html, 'gbk', decl),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: withTitle ? d.title : null, department: dept, hospital: SHITHC, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F2. famplan-xingjiankang-wenda-hk ---

const FPA = '香港家庭計劃指導會';
const FPA_POSTS = ['醫務主任', '顧問醫生'] as const;
const NURSES = ['陳姑娘', '黃姑娘', '李姑娘', '何姑娘'] as const;

/**
 * F2. 香港家庭計劃指導會's 性健康問答 (www.famplan.org.hk/zh/sexual-health/qa/{id}, as remembered, path a guess), a Hong Kong
 * family-planning NGO's Drupal page, traditional, UTF-8, canonical on 45%: the body's header (`家計會 The Family Planning
 * Association of Hong Kong`), crumbs `主頁 › 性健康資訊 › 問與答`; `<h1>` the question (keyed); `問：` the asker's letter (the
 * question and her words, none); `答：` (none) the answer `<p>`s; the card `{name}醫生（{post}）` (60%, the post the title) or
 * `{name}醫生` (title null), then `香港家庭計劃指導會` or `家計會` (the hospital as printed), in a `field--name-field-author`
 * after the answer or a byline before it; a `註冊護士 {surname}姑娘補充：` paragraph after the answer on 35% (none);
 * `發佈日期：` `2023年5月6日` (45%) or `06/05/2023` (55%: keyed where it cannot be read month-first, day and month alike,
 * or the footer `最後更新：DD/MM/YYYY` prints a day over 12 (shown on half of these pages); else null); `相關問題` (question
 * links: `[]`, undated, `/zh/node/N` resolved against the canonical where printed, else as written); format unknown.
 */
const famplanXingjiankangWendaHk: Family = {
  name: 'famplan-xingjiankang-wenda-hk',
  split: 'fresh-89',
  site: 'www.famplan.org.hk',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const canonical = rng.chance(0.45) ? `https://www.famplan.org.hk/zh/sexual-health/qa/${page.item.num}` : null;
    const post = rng.chance(0.6) ? rng.pick([...FPA_POSTS]) : null;
    const body_ = rng.chance(0.5) ? FPA : '家計會';
    const byline = rng.chance(0.3);
    const nurse = rng.chance(0.35);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const dayFirst = rng.chance(0.55);
    const footerOrder = dayFirst && rng.chance(0.5);
    const footDay = `${two(rng.int(13, 28))}/${two(rng.int(1, 12))}/${rng.int(2023, 2025)}`;
    const published = dayFirst ? `${dd}/${m}/${y}` : cnDate(page.date!);
    const readable = !dayFirst || Number(dd) > 12 || dd === m || footerOrder;
    const card = `<div class="${byline ? 'byline' : 'field field--name-field-author'}"><span class="label">${byline ? '回答' : '解答醫生'}：</span>${esc(name)}醫生${post ? `（${post}）` : ''}　${body_}</div>`;
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/zh/node/${itemNum(r)}`;
    const list = related.length
      ? `<div class="block block-views"><h2>相關問題 Related Q&amp;A</h2><div class="view-content"><ul>${related.map((r) => `<li class="views-row"><a href="${href(r)}" hreflang="zh-hant">${esc(r.question)}</a></li>`).join('\n')}</ul></div></div>`
      : '';
    const body = `<header class="site-header"><a href="/zh" class="logo" title="主頁"><img src="/themes/custom/fpahk/logo.svg" alt="家計會"></a><span class="site-name">家計會 The Family Planning Association of Hong Kong</span><nav><a href="/zh/clinic-services">診所服務</a> <a href="/zh/sexual-health">性健康資訊</a> <a href="/zh/youth">青年服務</a> <a href="/en">English</a></nav></header>
<nav class="breadcrumb"><a href="/zh">主頁</a> › <a href="/zh/sexual-health">性健康資訊</a> › <a href="/zh/sexual-health/qa">問與答 Q&amp;A</a></nav>
<main><article class="node node--type-qa node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${esc(question)}</span></h1>
<div class="field field--name-field-publish-date">發佈日期：<time>${published}</time></div>
${byline ? `${card}\n` : ''}<div class="field field--name-field-question"><p><strong>問：</strong>${esc(question)}${esc(trad(rng.pick(ASKER_LINES)))}</p></div>
<div class="field field--name-body"><p><strong>答：</strong></p>
${paras(paragraphs)}
${nurse ? `<p class="nurse-note">註冊護士${rng.pick([...NURSES])}補充：如有需要，可致電家計會熱線預約診所服務。</p>` : ''}</div>
${byline ? '' : `${card}\n`}<p class="disclaimer">以上資料只供參考，如有疑問請向醫生查詢。</p>
</article>
${list}
</main>
<footer><p>© ${FPA} The Family Planning Association of Hong Kong</p>${footerOrder ? `<p>最後更新：${footDay}</p>` : ''}</footer>`;
    const html = documentOf(`${question} | 問與答 | 家計會`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-Hant-HK"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: post, department: null, hospital: body_, hospital_grade: null },
        // A day-first day the page cannot be read month-first, or shows the order of: keyed; else null.
        date: readable ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F3. xzzyy-zangyi-wenda ---

const XZZYY = '西藏自治区藏医院';
const XZZYY_BO = 'བོད་རང་སྐྱོང་ལྗོངས་སྨན་རྩིས་ཁང་།';
const ZANG_DEPTS = ['藏医内科', '藏医外治科', '藏医妇科', '藏医儿科', '藏药浴疗科', '藏医脾胃科'] as const;
const ZANG_NAMES = ['次仁多吉', '格桑卓玛', '扎西平措', '央金拉姆', '尼玛次仁', '旦增曲珍', '索朗旺姆'] as const;
const ZANG_MEDS = ['二十五味珍珠丸', '七十味珍珠丸', '仁青常觉', '十五味沉香丸'] as const;
const ELEMENTS = '木火土铁水';
const ANIMALS = '鼠牛虎兔龙蛇马羊猴鸡狗猪';
const CN_NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A 藏历 day for the page's day (year element and animal by the Gregorian year; month and day drawn: a decoy). */
const zangli = (rng: Rng, iso: string) => {
  const y = Number(iso.slice(0, 4));
  const day = rng.int(1, 30);
  return `藏历${ELEMENTS[Math.floor(((y - 4) % 10) / 2)]}${ANIMALS[(y - 4) % 12]}年${CN_NUMS[rng.int(0, 11)]}月${day <= 10 ? `初${CN_NUMS[day - 1]}` : day < 20 ? `十${CN_NUMS[day - 11]}` : day === 20 ? '二十' : day === 30 ? '三十' : `廿${CN_NUMS[day - 21]}`}`;
};

/**
 * F3. 西藏自治区藏医院's 藏医问答 (www.xzzyy.cn/zywd/{id}.html, host and path guesses), GB18030 declared (40%, the Tibetan
 * in four-byte codes) or UTF-8 (60%), canonical on 40%: the hospital's bilingual header (`西藏自治区藏医院` over
 * `བོད་རང་སྐྱོང་ལྗོངས་སྨན་རྩིས་ཁང་།`), nav with Tibetan beside; `<h1>` the question (keyed); `发布时间：2023-05-06` keyed, a
 * `藏历水兔年三月十六` day beside it on 60% (none); `དྲི་བ། 问` the question with the asker's words (none); `ལན། 答` (none) the
 * answer `<p>`s; the card `解答医师：{name}（{title}）　{department}` (藏医内科 …) with `西藏自治区藏医院` before the
 * department on half, before (35%) or after the answer — a Tibetan name (次仁多吉 …) on 60% (keyed as printed), the universe's
 * on the rest; the hospital `西藏自治区藏医院` either way (the site's name, fresh-82's convention); a 藏药 box (none); `相关问答`
 * (question links with the snippet cut at 36 with `...` where over 44: items with the snippet, undated, `/zywd/N.html`
 * resolved against the canonical where printed, else as written); format unknown.
 */
const xzzyyZangyiWenda: Family = {
  name: 'xzzyy-zangyi-wenda',
  split: 'fresh-89',
  site: 'www.xzzyy.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.4);
    const canonical = rng.chance(0.4) ? `https://www.xzzyy.cn/zywd/${page.item.num}.html` : null;
    const name = rng.chance(0.6) ? rng.pick([...ZANG_NAMES]) : d.name!;
    const dept = rng.pick([...ZANG_DEPTS]);
    const withHospital = rng.chance(0.5);
    const before = rng.chance(0.35);
    const lunar = rng.chance(0.6) ? `<span class="zl">${zangli(rng, page.date!)}</span>` : '';
    const card = `<div class="${rng.pick(['ysxx', 'doctor', 'jdys'])}"><p>解答医师：<b>${esc(name)}</b>（${d.title}）　${withHospital ? XZZYY : ''}${dept}</p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/zywd/${itemNum(r)}.html`;
    const cut = (s: string) => cutSnippet(s, 36, 44, '...');
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答 <span lang="bo">འབྲེལ་ཡོད་དྲི་ལན།</span></h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(cut(r.snippet))}</p></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="${XZZYY}"><h2>${XZZYY}</h2><p lang="bo">${XZZYY_BO}</p></div></div>
<div class="nav"><a href="/">首页 <span lang="bo">གཙོ་ངོས།</span></a><a href="/yyjj/">医院简介</a><a href="/zyzs/">藏医知识</a><a href="/zywd/">藏医问答</a><a href="/lxwm/">联系我们</a></div>
<div class="${rng.pick(['wrap', 'container', 'mainbox'])}"><div class="left">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zywd/">藏医问答</a></div>
<h1>${esc(page.question)}</h1>
<div class="info">发布时间：${page.date}${lunar ? `　${lunar}` : ''}　点击：${rng.int(20, 5000)}</div>
<div class="wen"><span class="tag">问 <i lang="bo">དྲི་བ།</i></span><p>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p></div>
${before ? `${card}\n` : ''}<div class="da"><span class="tag">答 <i lang="bo">ལན།</i></span>
${paras(page.paragraphs)}
</div>
${before ? '' : `${card}\n`}<p class="ts">温馨提示：藏药请在医师指导下服用。</p>
${list}
</div>
<div class="right"><h3>院内制剂</h3><ul>${ZANG_MEDS.map((m) => `<li>${m}</li>`).join('')}</ul></div></div>
<div class="foot">${XZZYY}　地址：拉萨市娘热路${rng.int(10, 99)}号　藏ICP备${rng.int(10000000, 99999999)}号</div>`;
    const decl = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_藏医问答_${XZZYY}`, canonical, '', body, decl);
    return {
      body: gb ? gbOr(html, 'gb18030', decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name, title: d.title, department: dept, hospital: XZZYY, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => cut(r.snippet), false),
      }),
    };
  },
};

// --- F4. huier-tingli-wenda ---

const ENT_DEPTS = ['耳鼻咽喉头颈外科', '耳鼻喉科', '听力中心', '耳科'] as const;
const AIDS = ['惠耳 HE-R10 耳内式', '惠耳 HE-B6 耳背式', '惠耳 充电式 RIC'] as const;

/**
 * F4. 惠耳听力's 听力问答 (www.huier.com/wenda/{id}.html, host and path guesses), a hearing-aid chain's Nuxt SSR page,
 * UTF-8, canonical on 50%: `<div id="__nuxt">` with `data-v-` attributes, the chain's header and 门店 search; `<h1>` the
 * question (keyed); `提问时间：` an earlier day (nothing) and `回答时间：2023-05-06` (keyed); the answer `<p>`s under `专家解答`
 * (none); a `视频解答` label and a `<video>` over the answer on 35% (format video, the answer the transcript as printed), else
 * no label (unknown); the side card `特聘专家` / `{name}` / `{title}` / `{hospital}` / `{department}` (an ENT department as
 * printed); a `惠耳验配师 {name}（国家二级验配师）` reply before (30%) or after the answer (none); hearing-aid product boxes
 * (none); `window.__NUXT__` with an `updateTime` a later day (none); `相关问题` (question, snippet, `N人觉得有用`: items with the
 * snippet, undated, `/wenda/N.html` resolved against the canonical where printed, else as written).
 */
const huierTingliWenda: Family = {
  name: 'huier-tingli-wenda',
  split: 'fresh-89',
  site: 'www.huier.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.5) ? `https://www.huier.com/wenda/${page.item.num}.html` : null;
    const v = `data-v-${token(rng, 8)}`;
    const dept = rng.pick([...ENT_DEPTS]);
    const video = rng.chance(0.35);
    const fitter = rng.chance(0.6) ? rng.weighted([['before', 3], ['after', 7]] as const) : null;
    const fitterName = otherName(rng);
    const fitterHtml = `<div ${v} class="fitter-reply"><div ${v} class="who">惠耳验配师 ${fitterName}（国家二级验配师）</div><p ${v}>您好，建议先到就近门店做一次免费的纯音测听，再根据结果选择合适的助听方案。</p></div>`;
    const asked = shift(page.date!, -rng.int(0, 5));
    const card = `<aside ${v} class="${rng.pick(['expert-card', 'side-doctor', 'zj-card'])}"><div ${v} class="badge">特聘专家</div><img ${v} src="https://img.huier.com/doctor/${token(rng, 10)}.jpg" alt=""><div ${v} class="name">${esc(d.name!)}</div><div ${v} class="title">${d.title}</div><div ${v} class="hosp">${esc(d.hospital!)}</div><div ${v} class="dept">${dept}</div></aside>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<section ${v} class="related"><h3 ${v}>相关问题</h3>${related.map((r) => `<a ${v} class="rel-item" href="${href(r)}"><div ${v} class="q">${esc(r.question)}</div><div ${v} class="a">${esc(r.snippet)}</div><span ${v} class="useful">${rng.int(2, 300)}人觉得有用</span></a>`).join('\n')}</section>`
      : '';
    const player = video
      ? `<div ${v} class="video-box"><span ${v} class="tag">视频解答</span><video ${v} controls poster="https://img.huier.com/v/${token(rng, 10)}.jpg" src="https://v.huier.com/wenda/${token(rng, 16)}.mp4"></video></div>`
      : '';
    const main = `<main ${v} class="qa-main"><h1 ${v}>${esc(page.question)}</h1>
<div ${v} class="meta"><span ${v}>提问时间：${asked}</span><span ${v}>回答时间：${page.date}</span><span ${v}>${rng.int(50, 9000)}人看过</span></div>
${fitter === 'before' ? `${fitterHtml}\n` : ''}<div ${v} class="answer"><div ${v} class="answer-head">专家解答</div>${player}
${page.paragraphs.map((p) => `<p ${v}>${esc(p)}</p>`).join('\n')}</div>
${fitter === 'after' ? `${fitterHtml}\n` : ''}<div ${v} class="products">${AIDS.map((a) => `<div ${v} class="prod">${a}<span ${v}>到店体验</span></div>`).join('')}</div>
${list}</main>`;
    const body = `<div id="__nuxt"><div id="__layout"><div ${v} class="page">
<header ${v} class="hd"><a ${v} href="/" class="logo">惠耳听力</a><nav ${v}><a ${v} href="/">首页</a><a ${v} href="/product/">助听器</a><a ${v} href="/wenda/">听力问答</a><a ${v} href="/store/">门店查询</a></nav><span ${v} class="tel">400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></header>
<div ${v} class="body">${rng.chance(0.5) ? `${card}\n${main}` : `${main}\n${card}`}</div>
<footer ${v}>© 惠耳听力 版权所有　浙ICP备${rng.int(10000000, 99999999)}号</footer>
</div></div></div>
<script>window.__NUXT__={layout:"default",data:[{detail:{id:${page.item.num},updateTime:"${shift(page.date!, rng.int(20, 400))} ${hhmm(rng)}:00",views:${rng.int(50, 9000)}}}],serverRendered:true}</script>`;
    const html = documentOf(`${page.question}_听力问答_惠耳听力`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: dept, hospital_grade: null },
        date: page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => r.snippet, false),
      }),
    };
  },
};

// --- F5. shangbao-yiyao-xinxiang-ph ---

const PH_HOSPITALS = ['崇仁總醫院', '聖路加醫療中心', '馬加智醫療中心', '亞洲醫院'] as const;
const PH_DEPTS = ['內科', '兒科', '心臟科', '皮膚科', '腸胃科', '婦產科'] as const;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDay = (iso: string) => `${EN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/**
 * F5. 菲律賓商報's 醫藥信箱 (www.shangbao.com.ph/yiyao/{yyyy}/{mm}-{dd}/{id}.html, host as remembered, path a guess), a
 * Manila Chinese-language daily on a WordPress news theme, traditional: Big5 declared (45%, characters Big5 lacks as
 * `&#x…;`) or UTF-8 (55%), canonical on 35%; `<h1 class="entry-title">` `醫藥信箱：{question}` (50%; the column tag none)
 * or the question (keyed); the post meta `<time datetime>` `May 6, 2023` (60%) or `2023年5月6日` (keyed); `讀者問：` the letter
 * (the question and the reader's words, none), `醫生答：` (none) the answer `<p>`s; the closing credit `（{name}醫生，
 * {hospital}{department}）` (a Manila hospital: 崇仁總醫院 …; a department of the page's: 內科 …; title null: `醫生` no
 * title); JSON-LD with `dateModified` a later day (none); `相關文章` (question links with `May 6, 2023` days: `[]`, dated where
 * the item has a day, absolute `https://www.shangbao.com.ph/yiyao/…` as written); format unknown.
 */
const shangbaoYiyaoXinxiangPh: Family = {
  name: 'shangbao-yiyao-xinxiang-ph',
  split: 'fresh-89',
  site: 'www.shangbao.com.ph',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const isBig5 = rng.chance(0.45);
    const path = (iso: string, n: number) => `https://www.shangbao.com.ph/yiyao/${iso.slice(0, 4)}/${iso.slice(5, 7)}-${iso.slice(8, 10)}/${n}.html`;
    const canonical = rng.chance(0.35) ? path(page.date!, page.item.num) : null;
    const tagged = rng.chance(0.5);
    const english = rng.chance(0.6);
    const hospital = rng.pick([...PH_HOSPITALS]);
    const dept = rng.pick([...PH_DEPTS]);
    const h1 = tagged ? `醫藥信箱：${question}` : question;
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => path(r.date ?? page.date!, itemNum(r));
    const list = related.length
      ? `<div class="${rng.pick(['related-posts', 'jp-relatedposts', 'crp_related'])}"><h3>相關文章</h3><ul>${related.map((r) => `<li><a href="${href(r)}" rel="bookmark">${esc(r.question)}</a>${r.date ? ` <span class="post-date">${enDay(r.date)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.shangbao.com.ph/" rel="home"><img src="/wp-content/uploads/logo.png" alt="菲律賓商報 Chinese Commercial News"></a></div><nav class="main-navigation"><a href="/news/">菲華新聞</a> <a href="/ph/">菲國要聞</a> <a href="/yiyao/">醫藥信箱</a> <a href="/fukan/">副刊</a></nav></header>
<div id="content" class="site-content"><main id="main"><article id="post-${page.item.num}" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">${esc(h1)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${page.date}T${page.time}:00+08:00">${english ? enDay(page.date!) : cnDate(page.date!)}</time></span> <span class="cat-links"><a href="/yiyao/" rel="category tag">醫藥信箱</a></span></div></header>
<div class="entry-content">
<p><strong>讀者問：</strong>${esc(question)}${esc(trad(rng.pick(ASKER_LINES)))}（${rng.pick(['王', '林', '施', '蔡'])}讀者）</p>
<p><strong>醫生答：</strong></p>
${paras(paragraphs)}
<p class="credit">（${esc(name)}醫生，${hospital}${dept}）</p>
</div>
<footer class="entry-footer"><span class="tags-links">標籤：<a href="/tag/health/">健康</a></span></footer>
</article>
${list}
</main></div>
<footer id="colophon"><p>Copyright © ${rng.int(2019, 2024)} 菲律賓商報 Chinese Commercial News. All Rights Reserved.</p></footer></div>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(h1)},"datePublished":"${page.date}T${page.time}:00+08:00","dateModified":"${shift(page.date!, rng.int(3, 200))}T${hhmm(rng)}:00+08:00","publisher":{"@type":"Organization","name":"菲律賓商報"}}</script>`;
    const meta = isBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5" />' : '<meta charset="UTF-8">';
    const html = documentOf(`${h1} – 菲律賓商報`, canonical, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: isBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: null, department: dept, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F6. novo-nuohe-guanhuai-taro ---

const ENDO_DEPTS = ['内分泌科', '内分泌代谢科', '内分泌与代谢病科'] as const;

/**
 * F6. 诺和关怀's 糖友问答 (a drug maker's diabetes patient programme, the mini-program's Taro H5 build at
 * care.novonordisk.com.cn/h5/#/pages/qa/detail?id={id}, host and path guesses), UTF-8, no canonical: `<taro-view-core>` /
 * `<taro-text-core>` elements, the programme's nav bar; the question in a `qa-title` view (keyed); `{yyyy}.{mm}.{dd} 发布`
 * (keyed) with `{n}人已读`; the card `{name} {title}` over `{hospital} {department}` (an endocrine department as printed) before
 * the answer; a voice bubble `语音 {n}″` and `语音转文字` (none) over the answer on 30% (format voice, the transcript the
 * answer), else the answer views (unknown); a `糖尿病教育护士 {name}补充：` view after the answer on 40% (none); the compliance
 * block `本内容仅供患者教育…` with `审批编号：CN-DB-{n}　审批日期：{day}　有效期至：{day}` (none); `更多问答` (question views with
 * `{n}人已读`: `[]`, undated, the hash routes `#/pages/qa/detail?id=N` as written).
 */
const novoNuoheGuanhuaiTaro: Family = {
  name: 'novo-nuohe-guanhuai-taro',
  split: 'fresh-89',
  site: 'care.novonordisk.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const dept = rng.pick([...ENDO_DEPTS]);
    const voice = rng.chance(0.3);
    const nurse = rng.chance(0.4);
    const V = (c: string, inner: string) => `<taro-view-core class="${c}">${inner}</taro-view-core>`;
    const T = (c: string, inner: string) => `<taro-text-core${c ? ` class="${c}"` : ''}>${inner}</taro-text-core>`;
    const pfx = rng.pick(['qa', 'detail', 'nh']);
    const approved = shift(page.date!, -rng.int(5, 60));
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `#/pages/qa/detail?id=${itemNum(r)}`;
    const list = related.length
      ? V(`${pfx}-more`, `${V('more-head', T('', '更多问答'))}${related.map((r) => `<a class="more-item" href="${href(r)}">${V('more-q', T('', esc(r.question)))}${V('more-read', T('', `${rng.int(100, 20000)}人已读`))}</a>`).join('\n')}`)
      : '';
    const card = V(`${pfx}-doctor`, `${V('avatar', '<img src="https://care.novonordisk.com.cn/static/avatar.png">')}${V('doc-info', `${V('doc-line', `${T('doc-name', esc(d.name!))} ${T('doc-title', d.title!)}`)}${V('doc-org', `${T('', esc(d.hospital!))} ${T('', dept)}`)}`)}`);
    const answer = `${voice ? `${V('voice-bubble', `${T('', `语音 ${rng.int(30, 59)}″`)}`)}${V('asr-head', T('', '语音转文字'))}` : ''}${page.paragraphs.map((p) => V('ans-p', T('', esc(p)))).join('\n')}`;
    const nurseHtml = nurse ? V('nurse-note', `${T('nurse-name', `糖尿病教育护士 ${esc(otherName(rng))}补充：`)}${T('', '注射胰岛素后请按时进餐，外出随身携带糖果，以防低血糖。')}`) : '';
    const body = `<div id="app" class="taro_router"><div class="taro_page" id="pages/qa/detail">
<taro-view-core class="nav-bar"><taro-text-core>诺和关怀 · 糖友问答</taro-text-core></taro-view-core>
${V(`${pfx}-page`, `${V(`${pfx}-title`, T('', esc(page.question)))}
${V('meta', `${T('pub', `${page.date!.replace(/-/g, '.')} 发布`)} ${T('read', `${rng.int(100, 30000)}人已读`)}`)}
${card}
${V(`${pfx}-answer`, answer)}
${nurseHtml}
${V('compliance', `${T('', '本内容仅供患者教育，不能替代医生的诊断和治疗建议。')}${T('', `审批编号：CN-DB-${rng.int(10000, 99999)}　审批日期：${approved}　有效期至：${shift(approved, 730)}`)}`)}
${list}`)}
</div></div>
<script src="/h5/js/app.${token(rng, 8)}.js"></script>`;
    const html = documentOf(`糖友问答`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: dept, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

export const FRESH89_FAMILIES: readonly Family[] = [shithcLvxingWeishengZixunGbk, famplanXingjiankangWendaHk, xzzyyZangyiWenda, huierTingliWenda, shangbaoYiyaoXinxiangPh, novoNuoheGuanhuaiTaro];
