import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, ask, cityOf, cnDate, cutSnippet, documentOf, headedHtml, hm, itemNum, itemsOf, otherName, paras, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { encode, esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, OTHER_TEXTS, md, otherDoc, type Doc } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventy-seventh fresh held-out set (split `fresh-77`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twelfth set**: six Chinese sites where doctors (or, where the key says so, pharmacists) answer health questions on
 * question pages of their own, none of the sites earlier splits model or name: 碧莲盛植发's 植发问答 (a hair-transplant
 * chain's doctor, a post such as `技术院长` beside the rank, video answers, a 商务通 chat invitation, 植发案例 and a priced
 * offer), 七乐康's 问答 in GBK (declared three ways or not at all; pharmacists and the 互联网医院's doctors, a 最佳答案 wherever
 * it stands, a 网友's reply, a 追问 round in the answer's box, relative days), 大姨妈's 问医生 share page (a women's-health
 * app's H5, voice answers with their text, 姐妹's replies with one marked 楼主采纳, yearless and relative days), 父母必读's
 * 专家答疑 (a parenting magazine's column, GB2312 on some pages, the card as a box or a byline, `专家答：`, video answers, an
 * issue line, 发布 / 更新 days), 中华中医网's 中医问答 (TCM doctors, 辨证分析 / 调理建议 heads, the asker's 舌苔 line, a 中医爱好者's
 * reply, a 相关方剂 sidebar) and 药房网商城's 药师问答 (a question asked on a product, shops' pharmacists, a buyer's reply, two
 * Q&A lists). Modelled from memory of those pages (no copied markup; hosts and paths as remembered); the family names
 * repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 最佳答案 wherever it stands (a doctor's or a pharmacist's, as fresh-48,
 *   fresh-73 to fresh-76), else the first doctor's (pharmacist's); **a 网友's, a 姐妹's, a buyer's or a 中医爱好者's reply is
 *   never the page's, also where it stands first or is marked 楼主采纳** (fresh-74 to fresh-76); the others' cards, texts and
 *   days none of the entry;
 * - **a 追问 round (the asker's 追问 and the doctor's 回答 / 医生回复 to it) is none of the answer and dates nothing** (fresh-11,
 *   fresh-44, fresh-72 to fresh-76);
 * - section heads on a line of their own (`病情分析：` / `指导意见：`, `辨证分析：` / `调理建议：`) are paragraphs of the answer
 *   (fresh-49); a head over the answer (`视频文字版`, `语音转文字`) and a label (`专家答：`, glued or on a line of its own) no
 *   text of it;
 * - **the date the page's answer's day**: its `回答时间` / `发布时间` / the day under it / a column's publication line;
 *   `2023-5-6`, `2023年05月06日` and `2023-05-06 14:22:31` are that day; `N天前`, `昨天`, and a day without its year (`05-06`,
 *   `05月06日`) name none (null); **an `更新时间` only where no other day is printed** (the README's 最后更新 rule); the asker's
 *   day, a 追问's and the other answers' date nothing; a magazine's issue (`2023年第5期`) no day;
 * - **the card**: badges (`认证医生`, `七乐康互联网医院`, `药房网认证药师`, `执业药师注册证已认证`) none of it; a post beside the rank
 *   (`技术院长`, `业务院长`, `首席专家`) is no title: the rank is; a byline (`本期答疑专家：name，hospital department title`) is the
 *   card; who edited (`编辑：`) none of it; the grade only where printed beside the hospital, else null; `从业N年`, `擅长：`,
 *   `执业证书编号` no field; on 碧莲盛 the hospital and department as the card prints them (`{city}碧莲盛医疗美容门诊部`,
 *   `植发科` …); a pharmacist's title as printed (`执业药师`, `主管药师`), the unit the card names (the pharmacy's service
 *   centre or a shop) the hospital, the department only where printed;
 * - format video where the answer's player shows (a `<video>` with its poster and its length), voice where a voice bar with its
 *   length shows, else unknown (no family prints a format word);
 * - items: the snippet as printed (cut with `…` or `...` kept), `答：` a label, `N条回答`, `N人看过`, `查看回答` none of it, an item
 *   showing only its question (with a count or a day) a link (`[]`), dated only where the list prints the whole day (a
 *   yearless `[05-06]` dates nothing), links as written where the page names no address of its own, else resolved against
 *   the canonical or og:url; two Q&A lists on one page give their items in page order; 植发案例, 相关文章, 推荐阅读, 相关方剂,
 *   中药材, drug and product lists and ads no items.
 */

type Related = TruthPage['related'][number];

/** A length as players print it: `03:21`. */
const length = (rng: Rng) => `0${rng.int(1, 5)}:${String(rng.int(5, 59)).padStart(2, '0')}`;
/** A day with its time to the second: `2023-05-06 14:22:31`. */
const toSecond = (rng: Rng, iso: string, time: string) => `${iso} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}`;
/** `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;

// --- F1. biliansheng-zhifa-wenda ---

const ZHIFA_DEPARTMENTS = ['植发科', '毛发移植科', '毛发医学科', '皮肤科'] as const;
const ZHIFA_POSTS = ['技术院长', '业务院长', '首席专家', '主诊医生'] as const;

/**
 * F1. 碧莲盛植发's 植发问答 (www.biliansheng.com/wenda/{id}.html, host as remembered), UTF-8: the chain's nav (植发技术 / 植发价格 /
 * 专家团队 / 植发案例 / 植发问答, a 400 hotline), crumbs; a `问` mark, `<h1>`, `网友{masked phone}` and the asker's day (none
 * where the page prints only 更新时间), the asker's line; an `答` mark; the card as a box before the answer (70%) or in the side
 * column after it (avatar, name link, the rank and on 35% a post after it — `技术院长` … no title —, `{city}碧莲盛医疗美容门诊部`
 * and a hair department either on one line with `·` or in `执业机构：` / `科室：` rows, `从业N年`, `执业证书编号：…` on half, 预约面诊;
 * no grade: null); on 60% of video pages the doctor's `<video>` with its poster and its length over the text under
 * `视频文字版`: video; `发布时间：2023-05-06 14:22` or `2023-05-06` alone (60%), with a later `更新时间：` (20%: the 发布 day keyed) or
 * `更新时间：` alone with no asker's day (20%: keyed); `浏览 N`; a priced offer box; a 商务通 chat invitation (`您好！我是碧莲盛
 * 植发顾问…`, 立即咨询 / 稍后再说) in a floating div; 植发案例 (case titles: none); 相关问答 (question, `答：` and the snippet cut at
 * 36 with `…` on 70% of pages, else `查看回答` links; the whole day on half of the pages), canonical on 60%.
 */
const bilianshengZhifaWenda: Family = {
  name: 'biliansheng-zhifa-wenda',
  split: 'fresh-77',
  site: 'www.biliansheng.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const hospital = `${city}碧莲盛医疗美容门诊部`;
    const department = rng.pick(ZHIFA_DEPARTMENTS);
    const post = rng.chance(0.35) ? rng.pick(ZHIFA_POSTS) : null;
    const rows = rng.chance(0.5);
    const licence = rng.chance(0.5) ? `<p class="zs">执业证书编号：1104${rng.int(10000000, 99999999)}</p>` : '';
    const card = `<div class="${rng.pick(['doc-card', 'expert-info', 'ys-box'])}"><img src="https://img.biliansheng.com/doctor/${token(rng, 10)}.jpg" alt="${esc(d.name!)}"><p class="nm"><a href="/doctor/${rng.int(100, 999)}.html">${esc(d.name!)}</a></p><p class="zc">${d.title}${post ? ` <span class="post">${post}</span>` : ''}</p>${
      rows ? `<p>执业机构：${esc(hospital)}</p><p>科室：${department}</p>` : `<p class="jg">${esc(hospital)} · ${department}</p>`
    }<p class="cy">从业${rng.int(6, 25)}年</p>${licence}<a class="yy" href="/yuyue/">预约面诊</a></div>`;
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video
      ? `<div class="v-answer"><video src="https://video.biliansheng.com/wenda/${token(rng, 16)}.mp4" poster="https://img.biliansheng.com/poster/${token(rng, 12)}.jpg" controls preload="none"></video><span class="v-len">${length(rng)}</span></div><h4 class="v-head">视频文字版</h4>`
      : '';
    const mode = rng.weighted([['pub', 3], ['both', 1], ['upd', 1]] as const);
    const pub = rng.chance(0.5) ? `发布时间：${page.date} ${page.time}` : `发布时间：${page.date}`;
    const days = mode === 'pub' ? `<span>${pub}</span>` : mode === 'both' ? `<span>${pub}</span> <span>更新时间：${shift(page.date!, rng.int(20, 400))}</span>` : `<span>更新时间：${page.date}</span>`;
    const side = rng.chance(0.3);
    const answer = `<div class="wd-a"><span class="mark">答</span>${side ? '' : card}${player}<div class="a-con">${paras(page.paragraphs)}</div><p class="a-meta">${days} <span>浏览 ${rng.int(100, 30000)}</span></p></div>`;
    const asker = `<p class="q-user">网友1${rng.pick(['38', '59', '86', '77'])}****${String(rng.int(0, 9999)).padStart(4, '0')}${mode === 'upd' ? '' : `　${shift(page.date!, -rng.int(0, 3))}`}</p>`;
    const offer = `<div class="act-box"><p class="t">植发季 限时特惠</p><p>${rng.pick(['种植1000单位', '发际线调整', '眉毛种植'])} 低至 <em>¥${rng.int(3, 9)}${rng.pick(['800', '980', '999'])}</em></p><a href="/yuyue/">立即预约</a></div>`;
    const cases = `<div class="al-list"><h3>植发案例</h3><ul>${['28岁男士M型脱发 种植3200单位 术后12个月', '女士发际线调整 术后6个月对比', '眉毛稀疏 种植400单位 术后9个月'].map((t) => `<li><a href="/anli/${rng.int(1000, 9999)}.html"><img src="https://img.biliansheng.com/anli/${token(rng, 10)}.jpg"><p>${t}</p></a></li>`).join('')}</ul></div>`;
    const own = rng.chance(0.6) ? `https://www.biliansheng.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.7);
    const dated = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 36, 36, '…') : null);
    const list = related.length
      ? `<div class="xg-wd"><h3>相关问答</h3><ul>${related
          .map((r) => `<li><a href="${href(r)}" class="t">${esc(r.question)}</a>${snippets ? `<p>答：${esc(printed(r)!)}</p>` : ' <a class="more" href="' + href(r) + '">查看回答</a>'}${dated ? `<span class="d">${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const swt = `<div id="LRfloater0" class="swt-invite"><img src="https://img.biliansheng.com/swt/kf.png"><p>您好！我是碧莲盛植发顾问，请问您有什么脱发问题需要咨询？</p><a href="javascript:;" onclick="openZoosUrl()">立即咨询</a> <a href="javascript:;" class="close">稍后再说</a></div>
<script src="https://swt.biliansheng.com/JS/LsJS.aspx?siteid=BLS${rng.int(10000000, 99999999)}&amp;float=1"></script>`;
    const main = `<div class="wd-main"><div class="wd-q"><span class="mark">问</span><h1>${esc(page.question)}</h1>${asker}<p class="q-desc">${esc(rng.pick(['头顶越来越稀，不知道还能不能植发。', '发际线后移好几年了，想了解一下。', ...ASKER_LINES.slice(0, 2)]))}</p></div>
${answer}
${offer}
${rng.chance(0.5) ? `${list}\n${cases}` : `${cases}\n${list}`}</div>`;
    const body = `<div class="bls-nav"><a href="/"><img src="/images/logo.png" alt="碧莲盛植发"></a> <a href="/jishu/">植发技术</a> <a href="/jiage/">植发价格</a> <a href="/doctor/">专家团队</a> <a href="/anli/">植发案例</a> <a href="/wenda/">植发问答</a> <span class="tel">400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/wenda/">植发问答</a> &gt; 正文</div>
${side ? `<div class="wrap">${main}<div class="side">${card}</div></div>` : main}
<div class="footer">碧莲盛植发 版权所有 医疗广告审查证明文号：（${city}）医广【2026】第${rng.int(1000, 9999)}号</div>
${swt}`;
    const html = documentOf(`${ask(page)}_碧莲盛植发`, own, '<meta name="keywords" content="植发,脱发,植发问答">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, hospital, department, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F2. qilekang-wenda-gbk ---

/** The ways the GBK pages say (or do not say) their encoding. */
const GBK_DECLARATIONS = [
  ['<meta charset="gbk">', 6],
  ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 5],
  ['<meta http-equiv=Content-Type content="text/html; charset=gbk">', 4],
  ['', 5],
] as const;

/**
 * F2. 七乐康's 问答 (www.7lk.com/wenda/{id}.html, host as remembered), an old table template in GBK on all 60 (`<meta
 * charset="gbk">` 30%, gb2312 by http-equiv 25%, `charset=gbk` by an unquoted http-equiv 20%, undeclared 25%): the shop's top bar
 * (请登录, 购物车, 400 hotline), search, `您现在的位置：` crumbs; `<h1>`; `提问者：7lk_****` and `提问时间：`, `问题描述：` as `<p>`s left
 * unclosed; `共有N条回答`: 1–2 professionals' answers, the page's a 七乐康互联网医院 doctor's (60%: name link, title, `执业医院：`
 * with `（三甲）`-kind grade on 30% — keyed —, `科室：`, a `七乐康互联网医院` badge; heads 病情分析： / 指导意见： on 40%) or a
 * pharmacist's (40%: `执业药师`, `七乐康药师服务中心`, `执业药师注册证已认证`); one marked `最佳答案` on half the pages with two
 * (the second on half of those: keyed); where the page's is a pharmacist's the other is a pharmacist's too, so that
 * the first professional's is never a pharmacist's before a doctor's; a 网友's reply (`7lk网友` …) on 35%, first on half of those; a 追问 / 回答 round with its
 * own days in the page's answer box on 25%; `回答时间：2023-05-06 14:22:31` (60%), `2023-5-6` (15%) or `N天前` for every day of
 * the page (25%: null); `有用(N)`; 相关问答 (`<li>` unclosed: question, `N条回答`, the snippet on 70% of pages — cut at 28 with
 * `...` on half of those —, `[2023-05-06]` on 40%), 相关药品 (priced: none), canonical on 40%; format unknown.
 */
const qilekangWendaGbk: Family = {
  name: 'qilekang-wenda-gbk',
  split: 'fresh-77',
  site: 'www.7lk.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charset = rng.weighted(GBK_DECLARATIONS);
    const pharmacist = rng.chance(0.4);
    const graded = !pharmacist && rng.chance(0.3);
    const headed = !pharmacist && rng.chance(0.4);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const mode = rng.weighted([['full', 12], ['ymd', 3], ['rel', 5]] as const);
    const when = (iso: string, time: string) => (mode === 'full' ? toSecond(rng, iso, time) : mode === 'ymd' ? iso.split('-').map(Number).join('-') : `${rng.int(1, 20)}天前`);
    const shop = '七乐康药师服务中心';
    const docCard = (doc: Doc, grade: string | null) =>
      `<div class="ys-info"><a href="/doctor/${rng.int(10000, 99999)}.html"><b>${esc(doc.name)}</b></a> <span>${doc.title}</span> <span class="rz">七乐康互联网医院</span><br>执业医院：${esc(doc.hospital)}${grade ? `（${grade}）` : ''}<br>科室：${esc(doc.department)}</div>`;
    const phCard = (name: string) => `<div class="ys-info"><b>${esc(name)}</b> <span>执业药师</span><br>${shop}<br><span class="rz">执业药师注册证已认证</span></div>`;
    const two = rng.chance(0.5);
    const best = two && rng.chance(0.5);
    const at = best && rng.chance(0.5) ? 1 : 0;
    const round = rng.chance(0.25)
      ? `<div class="zw"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)} <span class="sj">${when(shift(page.date!, 1), hm(rng))}</span></p><p><b>回答：</b>${rng.pick(FOLLOW_REPLIES)} <span class="sj">${when(shift(page.date!, rng.int(1, 2)), hm(rng))}</span></p></div>`
      : '';
    const box = (cardHtml: string, html: string, day: string, mark: boolean, extra: string) =>
      `<table class="${rng.pick(['hd-box', 'answer', 'da-item'])}" width="100%"><tr><td>${mark ? '<img src="https://img.7lk.com/wenda/best.gif" alt="最佳答案"> <font color="#ff6600">最佳答案</font>' : ''}${cardHtml}<div class="hd-txt">${html}</div><p class="hd-sj">回答时间：${day} <a href="javascript:;">有用(${rng.int(0, 60)})</a></p>${extra}</td></tr></table>`;
    const mineCard = pharmacist ? phCard(d.name!) : docCard({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, graded ? d.hospital_grade : null);
    const mineHtml = headed ? headedHtml(rng, paragraphs, heads, 'b') : paras(paragraphs);
    const mine = box(mineCard, mineHtml, when(page.date!, page.time), best, round);
    const other = two
      ? [box(pharmacist || rng.chance(0.5) ? phCard(otherName(rng)) : docCard(otherDoc(rng, page), null), paras(rng.pick(OTHER_TEXTS)), when(shift(page.date!, at === 1 ? -1 : rng.int(1, 3)), hm(rng)), false, '')]
      : [];
    const pros = at === 1 ? [...other, mine] : [mine, ...other];
    const netizen = rng.chance(0.35)
      ? `<table class="hd-box wy" width="100%"><tr><td><b>7lk网友${rng.int(1000, 9999)}</b><div class="hd-txt"><p>${rng.pick(['我也是这种情况，吃了几天药就好了。', '建议去医院检查一下，别自己乱吃药。', '多喝水，注意休息。'])}</p></div><p class="hd-sj">回答时间：${when(shift(page.date!, rng.int(0, 2)), hm(rng))}</p></td></tr></table>`
      : '';
    const all = netizen && rng.chance(0.5) ? [netizen, ...pros] : [...pros, ...(netizen ? [netizen] : [])];
    const own = rng.chance(0.4) ? `https://www.7lk.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.7);
    const cut = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const printed = (r: Related) => (snippets ? (cut ? cutSnippet(r.snippet, 28, 28, '...') : r.snippet) : null);
    const list = related.length
      ? `<div class="xgwt"><h3>相关问答</h3><ul>\n${related
          .map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> <span class="n">${rng.int(1, 9)}条回答</span>${snippets ? `<br>${esc(printed(r)!)}` : ''}${dated ? ` <span class="rq">[${r.date}]</span>` : ''}`)
          .join('\n')}\n</ul></div>`
      : '';
    const drugs = `<div class="xgyp"><h3>相关药品</h3><ul>${[['复方丹参滴丸', '180丸', '28.50'], ['阿莫西林胶囊', '0.25g*24粒', '9.80'], ['维生素C片', '100片', '4.50']].map(([n, p, v]) => `<li><a href="/product/${rng.int(100000, 999999)}.html">${n} ${p}</a> <span>￥${v}</span></li>`).join('')}</ul></div>`;
    const asked = mode === 'rel' ? `${rng.int(2, 25)}天前` : when(shift(page.date!, -rng.int(1, 2)), hm(rng));
    const body = `<div class="top">欢迎光临七乐康网上药店！<a href="https://www.7lk.com/login.html">请登录</a> <a href="https://www.7lk.com/cart.html">购物车</a> 客服热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div>
<div class="head"><a href="https://www.7lk.com/"><img src="https://img.7lk.com/logo.gif" alt="七乐康网上药店"></a><input type="text" value="搜索药品、疾病"> <input type="button" value="搜索"></div>
<div class="weizhi">您现在的位置：<a href="https://www.7lk.com/">首页</a> &gt; <a href="/wenda/">七乐康问答</a> &gt; ${esc(topicWord(page))}</div>
<table width="1000" align="center"><tr><td valign="top" width="720">
<div class="wt"><h1>${esc(page.question)}</h1>
<p>提问者：7lk_${token(rng, 4)}　提问时间：${asked}
<p>问题描述：${esc(rng.pick(ASKER_LINES))}
</div>
<div class="hd"><h3>共有${all.length}条回答</h3>
${all.join('\n')}</div>
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
${list}
</td><td valign="top" width="260">${drugs}</td></tr></table>
<div class="foot">Copyright &copy; 七乐康网上药店 版权所有 互联网药品交易服务资格证书</div>`;
    const html = documentOf(`${page.question}_七乐康问答`, own, '', body, charset);
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: pharmacist ? { name: d.name, title: '执业药师', hospital: shop, department: null, hospital_grade: null } : { ...d, hospital_grade: graded ? d.hospital_grade : null },
        paragraphs,
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F3. dayima-wenyisheng-share ---

const SISTER_TEXTS = ['我之前也是这样，后来调整作息就好了。', '姐妹别太担心，去医院查一下激素六项。', '同问，我也是这个情况。', '多喝热水，注意保暖，别吃冰的。'];

/**
 * F3. 大姨妈's 问医生 share page (m.dayima.com/wenda/share?qid=…, host as remembered), a women's-health app's Vue H5 (`data-v-*`):
 * the `打开大姨妈APP` bar; the asker (`匿名姐妹 · 26岁 · 备孕中`, `提问于` a day); `<h1>`; `问题补充`; `医生回答`: the doctor's card
 * (avatar, name, `认证医生`, title, `hospital · department` with a `三甲`-kind tag after the hospital on 35% — keyed —); on 60% of
 * voice pages a voice bar (`▶ 45″`) with the text under it (`语音转文字` over it on half): voice; else the text; the day and
 * `有用 N`; a 追问 / 医生回复 round under the answer on 30% (none of it); `姐妹们的回答(N)`: 0–3 users' replies (nickname, `LV`,
 * text, day), one marked `楼主采纳` on 30% of pages with replies (never the page's), the sisters' block before the doctor's on
 * 30%; every day of the page in one way: `2023-05-06` (45%), `05月06日` / `05-06` (30%) or `N天前` / `昨天` (25%): the last two
 * null; `下载大姨妈APP 查看全部N条回答`; 相似问题 (question, `N人看过`: links), 推荐阅读 (articles with `阅读 N`: none), og:url on 40%.
 */
const dayimaWenyishengShare: Family = {
  name: 'dayima-wenyisheng-share',
  split: 'fresh-77',
  site: 'm.dayima.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const graded = rng.chance(0.35);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const mode = rng.weighted([['iso', 9], ['md', 6], ['rel', 5]] as const);
    const cnMd = rng.chance(0.5);
    const dayOf = (iso: string) => (mode === 'iso' ? iso : mode === 'md' ? (cnMd ? `${iso.slice(5, 7)}月${iso.slice(8, 10)}日` : md(iso)) : rng.chance(0.3) ? '昨天' : `${rng.int(2, 12)}天前`);
    const text = voice
      ? `<div ${v} class="voice-bar"><i ${v} class="icon-play">▶</i><span ${v} class="sec">${rng.int(15, 59)}″</span></div>${rng.chance(0.5) ? `<p ${v} class="trans-tip">语音转文字</p>` : ''}<div ${v} class="voice-text">${paras(page.paragraphs)}</div>`
      : `<div ${v} class="ans-text">${paras(page.paragraphs)}</div>`;
    const follow = rng.chance(0.3)
      ? `<div ${v} class="follow"><div ${v} class="f-q"><span ${v} class="tag">追问</span>${rng.pick(FOLLOW_UPS)}</div><div ${v} class="f-a"><span ${v} class="tag">医生回复</span>${rng.pick(FOLLOW_REPLIES)}</div><span ${v} class="f-time">${dayOf(shift(page.date!, 1))}</span></div>`
      : '';
    const doctor = `<div ${v} class="doc-answer"><h3 ${v} class="sec-title">医生回答</h3><div ${v} class="doc-card"><img ${v} class="avatar" src="https://img.dayima.com/doctor/${token(rng, 12)}.jpg"><div ${v} class="info"><p ${v}><span ${v} class="name">${esc(d.name!)}</span> <span ${v} class="badge">认证医生</span> <span ${v} class="title">${d.title}</span></p><p ${v} class="org">${esc(d.hospital!)}${graded ? ` <i ${v} class="level">${d.hospital_grade}</i>` : ''} · ${esc(d.department!)}</p></div></div>${text}<div ${v} class="ans-ft"><span ${v}>${dayOf(page.date!)}</span> <span ${v}>有用 ${rng.int(1, 800)}</span></div>${follow}</div>`;
    const n = rng.int(0, 3);
    const adopted = n > 0 && rng.chance(0.3) ? rng.int(0, n - 1) : -1;
    const sisters = Array.from({ length: n }, (_, i) =>
      `<div ${v} class="user-answer">${i === adopted ? `<span ${v} class="adopt">楼主采纳</span>` : ''}<div ${v} class="u-hd"><img ${v} class="avatar" src="https://img.dayima.com/avatar/${token(rng, 12)}.jpg"><span ${v} class="nick">${rng.pick(['小糖', '桃子', '木木', '安安', '柚子'])}${rng.int(10, 9999)}</span> <i ${v}>LV${rng.int(1, 12)}</i></div><p ${v}>${rng.pick(SISTER_TEXTS)}</p><span ${v} class="u-time">${dayOf(shift(page.date!, rng.int(0, 3)))}</span></div>`);
    const sisterBlock = n ? `<div ${v} class="user-answers"><h3 ${v} class="sec-title">姐妹们的回答(${n})</h3>${sisters.join('\n')}</div>` : '';
    const sistersFirst = rng.chance(0.3);
    const own = rng.chance(0.4) ? `https://m.dayima.com/wenda/share?qid=${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/share?qid=${itemNum(r)}`;
    const list = related.length
      ? `<div ${v} class="similar"><h3 ${v}>相似问题</h3>${related.map((r) => `<a ${v} class="sim-item" href="${href(r)}"><p ${v}>${esc(r.question)}</p><span ${v}>${rng.int(100, 99999)}人看过</span></a>`).join('\n')}</div>`
      : '';
    const reads = `<div ${v} class="read"><h3 ${v}>推荐阅读</h3>${['经期可以运动吗？这几件事要注意', '备孕期间男方需要注意什么', '月经推迟一周是怎么回事'].map((t) => `<a ${v} href="https://m.dayima.com/article/${rng.int(100000, 999999)}"><p ${v}>${t}</p><span ${v}>阅读 ${rng.int(1000, 99999)}</span></a>`).join('')}</div>`;
    const asked = mode === 'iso' ? shift(page.date!, -rng.int(0, 1)) : mode === 'md' ? dayOf(shift(page.date!, -1)) : `${rng.int(2, 15)}天前`;
    const body = `<div id="app"><div ${v} class="open-bar"><img ${v} src="https://img.dayima.com/logo.png" alt="大姨妈"> 大姨妈 · 女性健康 <a ${v} href="https://m.dayima.com/download">打开大姨妈APP</a></div>
<div ${v} class="question"><p ${v} class="asker">匿名姐妹 · ${rng.int(19, 38)}岁 · ${rng.pick(['备孕中', '经期第2天', '怀孕12周', '产后3个月', '记录经期中'])} · 提问于 ${asked}</p><h1 ${v}>${esc(page.question)}</h1><p ${v} class="desc">问题补充：${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, sistersFirst ? `${sisterBlock}\n${doctor}` : `${doctor}\n${sisterBlock}`, 1)}
<a ${v} class="more" href="https://m.dayima.com/download">下载大姨妈APP 查看全部${n + 1}条回答</a>
${rng.chance(0.5) ? `${list}\n${reads}` : `${reads}\n${list}`}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 大姨妈问医生`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'iso' ? page.date : null,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, own, () => null, false),
      }),
    };
  },
};

// --- F4. fumubidu-zhuanjia-dayi ---

/** How the magazine's pages say their encoding: UTF-8, or GB2312 three ways. */
const FUMU_ENCODINGS = [
  ['utf8', '<meta charset="utf-8">', 11],
  ['gb', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 5],
  ['gb', '<meta charset="gb2312">', 2],
  ['gb', '', 2],
] as const;

/**
 * F4. 父母必读's 专家答疑 (www.fumubidu.com.cn/zjdy/{id}.html, host as remembered), a parenting magazine's column on an old
 * CMS: UTF-8 on 55%, else GB2312 (by http-equiv 25%, `<meta charset="gb2312">` 10%, undeclared 10%); masthead and nav (孕期 / 0-1岁
 * / 1-3岁 / 3-6岁 / 专家答疑 / 杂志), `当前位置：` crumbs; `<h1>`; the article line: the day (`2023-05-06 14:22`, 50%; `2023年05月06日`,
 * 25%; or `发布时间：` with a later `更新时间：`, 25%: the 发布 day keyed), `来源：《父母必读》`, `编辑：name` on 60% (none of the card);
 * the reader's question (`读者 {city}的王女士 问：` and the question with a line of hers); the expert as a box before the answer
 * (50%: photo, `答疑专家`, name and title, `hospital department`) or a byline after it (`本期答疑专家：name，hospital department
 * title`, 50%); no grade (null); on 70% of video pages the expert's `<video>` (poster, length) before the text: video; `专家答：`
 * on a line of its own (60%) or glued before the first paragraph (40%: no text of it); an issue line (`本文刊登于《父母必读》2023年
 * 第5期`) on 30% (no day); a copyright line; 相关问答 (question and `[2023-05-06]`, yearless `[05-06]` on 30% of pages: links,
 * dated only with the year) and 相关文章 (articles: none), canonical on half; format otherwise unknown.
 */
const fumubiduZhuanjiaDayi: Family = {
  name: 'fumubidu-zhuanjia-dayi',
  split: 'fresh-77',
  site: 'www.fumubidu.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [enc, charset] = (([e, c]) => [e, c] as const)(rng.weighted(FUMU_ENCODINGS.map(([e, c, w]) => [[e, c] as const, w] as const)));
    const stage = rng.pick(['孕期', '0-1岁', '1-3岁', '3-6岁']);
    const mode = rng.weighted([['full', 2], ['cn', 1], ['both', 1]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'cn' ? cnPadded(page.date!) : `发布时间：${page.date}　更新时间：${shift(page.date!, rng.int(30, 600))}`;
    const editor = rng.chance(0.6) ? `　编辑：${esc(otherName(rng))}` : '';
    const byline = rng.chance(0.5);
    const boxCard = `<div class="zj-box"><img src="https://img.fumubidu.com.cn/zj/${token(rng, 10)}.jpg"><p class="lb">答疑专家</p><p class="nm"><b>${esc(d.name!)}</b> ${d.title}</p><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div>`;
    const sign = `<p class="zj-sign">本期答疑专家：${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}</p>`;
    const video = page.format === 'video' && rng.chance(0.7);
    const player = video ? `<div class="zj-video"><video src="https://v.fumubidu.com.cn/${token(rng, 16)}.mp4" poster="https://img.fumubidu.com.cn/poster/${token(rng, 12)}.jpg" controls></video><span class="len">${length(rng)}</span></div>` : '';
    const glued = rng.chance(0.4);
    const [first, ...rest] = page.paragraphs;
    const text = glued ? `<p><b>专家答：</b>${esc(first!)}</p>\n${paras(rest)}` : `<p class="da"><b>专家答：</b></p>\n${paras(page.paragraphs)}`;
    const issue = rng.chance(0.3) ? `<p class="qk">（本文刊登于《父母必读》${page.date!.slice(0, 4)}年第${Number(page.date!.slice(5, 7))}期）</p>` : '';
    const article = `<div class="article"><h1>${esc(page.question)}</h1>
<p class="info">${day}　来源：《父母必读》${editor}</p>
<div class="wen"><p><b>读者 ${esc(cityOf(page))}的${rng.pick(['王女士', '李妈妈', '刘先生', '陈女士'])} 问：</b>${esc(page.question)}<br>${esc(rng.pick(['孩子最近总是这样，不知道要不要去医院。', '家里老人说没事，我还是不放心。', ...ASKER_LINES.slice(0, 2)]))}</p></div>
<div class="da-box">${byline ? '' : boxCard}${player}${text}${byline ? sign : ''}</div>
${issue}<p class="bq">版权声明：本文为《父母必读》原创内容，未经授权不得转载。</p></div>`;
    const own = rng.chance(0.5) ? `https://www.fumubidu.com.cn/zjdy/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zjdy/${itemNum(r)}.html`;
    const yearless = rng.chance(0.3);
    const list = related.length
      ? `<div class="xg"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>[${yearless ? md(r.date!) : r.date}]</span></li>`).join('\n')}</ul></div>`
      : '';
    const arts = `<div class="xgwz"><h3>相关文章</h3><ul>${['宝宝辅食添加时间表', '孩子发烧的正确护理方法', '如何培养孩子的睡眠习惯'].map((t) => `<li><a href="/article/${rng.int(10000, 99999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="mast"><a href="/"><img src="/images/logo.gif" alt="父母必读"></a> <a href="/yunqi/">孕期</a> <a href="/0-1/">0-1岁</a> <a href="/1-3/">1-3岁</a> <a href="/3-6/">3-6岁</a> <a href="/zjdy/">专家答疑</a> <a href="/zazhi/">杂志</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zjdy/">专家答疑</a> &gt; ${stage}</div>
${wrap(rng, article, 1)}
${rng.chance(0.5) ? `${list}\n${arts}` : `${arts}\n${list}`}
<div class="foot">《父母必读》杂志社 版权所有</div>`;
    const html = documentOf(`${ask(page)}_专家答疑_父母必读`, own, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, () => null, !yearless),
      }),
    };
  },
};

// --- F5. zhzyw-zhongyi-wenda ---

const TCM_FANJI = ['逍遥散', '归脾汤', '六味地黄丸', '参苓白术散', '补中益气汤'] as const;
const TONGUES = ['舌淡苔白', '舌红苔黄腻', '舌胖有齿痕', '舌尖红，苔薄白'] as const;

/**
 * F5. 中华中医网's 中医问答 (www.zhzyw.com/wenda/{id}.html, host as remembered), UTF-8: nav (中医养生 / 中药大全 / 方剂 / 针灸 /
 * 中医问答), crumbs; `<h1>`; `提问者：` masked, 性别, 年龄, `提问时间：` (a day before), `病情描述：`, `舌苔：舌淡苔白` on half; `N个回答`:
 * 1–3 doctors' answers (card: name link, title, hospital with a `三甲`-kind `<em>` after it on 30% — keyed —, department; heads
 * 辨证分析： / 调理建议： on 40%), two or more on 55%, one marked `最佳答案` on 45% of those (not the first on half: keyed); a
 * 中医爱好者's reply (`热心网友`) on 30%, first on half of those (never the page's); `回答时间：` every day of the page in one way:
 * `2023-05-06 14:22` (50%), `2023年5月6日` (20%), `N天前` (20%) or `05-06 14:22` (10%): the last two null; a 相关方剂 sidebar
 * (formula names: none) and 中药材 (none); 相关问答 (question, the snippet cut at 40 with `…` on 60% of pages, else `N个回答`
 * links; `[2023-05-06]` on 40%), canonical on half; format unknown.
 */
const zhzywZhongyiWenda: Family = {
  name: 'zhzyw-zhongyi-wenda',
  split: 'fresh-77',
  site: 'www.zhzyw.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.3);
    const headed = rng.chance(0.4);
    const heads = ['辨证分析：', '调理建议：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const text = (ps: readonly string[]) => (headed ? headedHtml(rng, ps, heads) : paras(ps));
    const mode = rng.weighted([['full', 5], ['cn', 2], ['rel', 2], ['md', 1]] as const);
    const when = (iso: string, time: string) => (mode === 'full' ? `${iso} ${time}` : mode === 'cn' ? cnDate(iso) : mode === 'rel' ? `${rng.int(1, 30)}天前` : `${md(iso)} ${time}`);
    const card = (doc: Doc, grade: string | null) =>
      `<div class="${rng.pick(['ys', 'zj-card', 'doc'])}"><a href="/yisheng/${rng.int(1000, 99999)}.html" class="nm">${esc(doc.name)}</a> <span class="zc">${doc.title}</span><p>${esc(doc.hospital)}${grade ? ` <em>${grade}</em>` : ''} ${esc(doc.department)}</p></div>`;
    const n = rng.chance(0.55) ? rng.int(2, 3) : 1;
    const best = n > 1 && rng.chance(0.45);
    const at = best && rng.chance(0.5) ? rng.int(1, n - 1) : 0;
    const block = (doc: Doc, grade: string | null, html: string, day: string, mark: boolean) =>
      `<div class="${rng.pick(['hd-item', 'answer', 'da'])}">${mark ? '<div class="best"><img src="/images/zjda.png" alt="最佳答案">最佳答案</div>' : ''}${card(doc, grade)}<div class="hd-nr">${html}</div><p class="hd-sj">回答时间：${day}</p></div>`;
    const others = Array.from({ length: n - 1 }, () =>
      block(otherDoc(rng, page, ['中医科', '针灸科', '中医内科', '推拿科']), null, text(headed ? withHeads(rng.pick(OTHER_TEXTS), heads[0], heads[1]) : [...rng.pick(OTHER_TEXTS)]), when(shift(page.date!, rng.int(-2, 4)), hm(rng)), false));
    const mine = block({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, graded ? d.hospital_grade : null, text(paragraphs), when(page.date!, page.time), best);
    const doctors = [...others.slice(0, at), mine, ...others.slice(at)];
    const fan = rng.chance(0.3)
      ? `<div class="hd-item wy"><span class="rx">热心网友</span> <b>中医爱好者${rng.int(100, 9999)}</b><div class="hd-nr"><p>${rng.pick(['可以试试艾灸，我用过效果不错。', '平时多泡脚，少吃生冷。', '建议找个老中医把把脉，对症调理。'])}</p></div><p class="hd-sj">回答时间：${when(shift(page.date!, rng.int(0, 2)), hm(rng))}</p></div>`
      : '';
    const all = fan && rng.chance(0.5) ? [fan, ...doctors] : [...doctors, ...(fan ? [fan] : [])];
    const own = rng.chance(0.5) ? `https://www.zhzyw.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.6);
    const dated = rng.chance(0.4);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 40, 40, '…') : null);
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related
          .map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ` <span>${rng.int(1, 12)}个回答</span>`}${dated ? ` <span class="rq">[${r.date}]</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const fangji = `<div class="side-fj"><h3>相关方剂</h3><ul>${rng.shuffle([...TCM_FANJI]).slice(0, 3).map((f) => `<li><a href="/fangji/${rng.int(1000, 9999)}.html">${f}</a></li>`).join('')}</ul></div>`;
    const herbs = `<div class="side-zy"><h3>中药材</h3><p>${['黄芪', '当归', '党参', '茯苓', '白术'].map((h) => `<a href="/zhongyao/${rng.int(100, 999)}.html">${h}</a>`).join(' ')}</p></div>`;
    const tongue = rng.chance(0.5) ? `<p>舌苔：${rng.pick(TONGUES)}</p>` : '';
    const body = `<div class="nav"><a href="/">中华中医网</a> <a href="/yangsheng/">中医养生</a> <a href="/zhongyao/">中药大全</a> <a href="/fangji/">方剂</a> <a href="/zhenjiu/">针灸</a> <a href="/wenda/">中医问答</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">中医问答</a> &gt; ${esc(topicWord(page))}</div>
<div class="main"><div class="left">
<div class="wt"><h1>${esc(page.question)}</h1><p class="tw">提问者：${esc(otherName(rng).slice(0, 1))}**　性别：${rng.pick(['男', '女'])}　年龄：${rng.int(18, 75)}岁　提问时间：${when(shift(page.date!, -1), hm(rng))}</p><p>病情描述：${esc(rng.pick(ASKER_LINES))}</p>${tongue}</div>
<div class="hd"><h3>${all.length}个回答</h3>${all.join('\n')}</div>
${list}
</div><div class="right">${fangji}${herbs}</div></div>
<div class="foot">中华中医网 版权所有</div>`;
    const html = documentOf(`${page.question}_中医问答_中华中医网`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        paragraphs,
        date: mode === 'full' || mode === 'cn' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F6. yaofangwang-yaoshi-wenda ---

const YFW_DRUGS = [['布洛芬缓释胶囊', '0.3g*24粒', '15.80'], ['氯雷他定片', '10mg*6片', '18.50'], ['奥美拉唑肠溶胶囊', '20mg*14粒', '22.00'], ['蒙脱石散', '3g*10袋', '13.20']] as const;
const SHOP_SUFFIXES = ['大药房', '医药连锁', '康健大药房', '百姓大药房'] as const;

/**
 * F6. 药房网商城's 药师问答 (www.yaofangwang.com/wenda/{id}.html, host as remembered), UTF-8: the shop's header (search, 购物车),
 * crumbs; the product the question was asked on (name, pack, `¥` price, `去购买`: none); `<h1>`; `提问人：药房网用户_****`, the
 * asker's day; `共N条回答`: 1–2 pharmacists' answers (card: avatar, name, `执业药师` on 60% else `主管药师`, the unit — `药房网药学
 * 服务中心` (60%) or a selling shop, `{city}{name}大药房` —, `药房网认证药师`; no department, no grade: null), the first the page's;
 * a buyer's reply (`已购买` badge) on 40%, first on half of those (never the page's); `2023-05-06` (55%), `2023/05/06 14:22`
 * (20%) or `N天前` / `刚刚` for every day of the page (25%: null); `有用 N`; two Q&A lists in either order: `该商品的其他提问`
 * (question, `N条回答`: links) and `同类药品问答` (question, `药师答：` and the snippet cut at 32 with `...`, undated), the items in
 * page order; 说明书摘要 and 相关商品 (priced: none); canonical on 40%; format unknown.
 */
const yaofangwangYaoshiWenda: Family = {
  name: 'yaofangwang-yaoshi-wenda',
  split: 'fresh-77',
  site: 'www.yaofangwang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const title = rng.chance(0.6) ? '执业药师' : '主管药师';
    const platform = rng.chance(0.6);
    const unit = platform ? '药房网药学服务中心' : `${city}${rng.pick(['仁和', '益康', '同心', '惠民'])}${rng.pick(SHOP_SUFFIXES)}`;
    const mode = rng.weighted([['iso', 11], ['slash', 4], ['rel', 5]] as const);
    const dayOf = (iso: string, time: string) => (mode === 'iso' ? iso : mode === 'slash' ? `${iso.replace(/-/g, '/')} ${time}` : rng.chance(0.2) ? '刚刚' : `${rng.int(1, 20)}天前`);
    const [dn, dp, dv] = rng.pick(YFW_DRUGS);
    const card = (name: string, t: string, u: string) =>
      `<div class="ys-card"><img src="https://img.yaofangwang.com/pharmacist/${token(rng, 10)}.jpg" class="av"><p><b>${esc(name)}</b> <span class="zc">${t}</span> <i class="rz">药房网认证药师</i></p><p class="dw">${esc(u)}</p></div>`;
    const answer = (cardHtml: string, html: string, day: string) =>
      `<div class="${rng.pick(['hd-item', 'answer-box', 'ans'])}">${cardHtml}<div class="hd-txt">${html}</div><p class="hd-ft"><span>${day}</span> <a>有用 ${rng.int(0, 99)}</a></p></div>`;
    const mine = answer(card(d.name!, title, unit), paras(page.paragraphs), dayOf(page.date!, page.time));
    const other = rng.chance(0.4) ? [answer(card(otherName(rng), '执业药师', `${city}${rng.pick(['仁和', '益康', '同心', '惠民'])}${rng.pick(SHOP_SUFFIXES)}`), paras(rng.pick(OTHER_TEXTS)), dayOf(shift(page.date!, rng.int(1, 3)), hm(rng)))] : [];
    const pharmacists = [mine, ...other];
    const buyer = rng.chance(0.4)
      ? `<div class="hd-item buyer"><p><b>yfw_${token(rng, 6)}</b> <i class="yg">已购买</i></p><div class="hd-txt"><p>${rng.pick(['我吃过这个药，效果还可以，按说明书吃就行。', '买过好几次了，发货挺快的。', '建议还是问问医生再吃。'])}</p></div><p class="hd-ft"><span>${dayOf(shift(page.date!, rng.int(0, 2)), hm(rng))}</span></p></div>`
      : '';
    const all = buyer && rng.chance(0.5) ? [buyer, ...pharmacists] : [...pharmacists, ...(buyer ? [buyer] : [])];
    const own = rng.chance(0.4) ? `https://www.yaofangwang.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 10);
    const split = Math.floor(related.length / 2);
    const linksFirst = rng.chance(0.5);
    const links = linksFirst ? related.slice(0, split) : related.slice(split);
    const answered = linksFirst ? related.slice(split) : related.slice(0, split);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const printed = (r: Related) => cutSnippet(r.snippet, 32, 32, '...');
    const linkList = links.length ? `<div class="qt-tw"><h3>该商品的其他提问</h3><ul>${links.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a> <span>${rng.int(1, 6)}条回答</span></li>`).join('\n')}</ul></div>` : '';
    const snipList = answered.length ? `<div class="tl-wd"><h3>同类药品问答</h3><ul>${answered.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p><em>药师答：</em>${esc(printed(r))}</p></li>`).join('\n')}</ul></div>` : '';
    const lists = linksFirst ? `${linkList}\n${snipList}` : `${snipList}\n${linkList}`;
    const items: ExpectedItem[] = linksFirst
      ? [...itemsOf(links, href, own, () => null, false), ...itemsOf(answered, href, own, printed, false)]
      : [...itemsOf(answered, href, own, printed, false), ...itemsOf(links, href, own, () => null, false)];
    const product = `<div class="goods"><img src="https://img.yaofangwang.com/goods/${token(rng, 10)}.jpg"><p class="gn">${dn} ${dp}</p><p class="gp">¥${dv} 起</p><a href="/medicine/${rng.int(10000, 99999)}.html">去购买</a></div>`;
    const leaflet = `<div class="sms"><h3>说明书摘要</h3><p>【用法用量】请仔细阅读说明书并按说明使用或在药师指导下购买和使用。</p><p>【不良反应】尚不明确。</p></div>`;
    const goods = `<div class="xgsp"><h3>相关商品</h3><ul>${YFW_DRUGS.slice(0, 3).map(([n, p, v]) => `<li><a href="/medicine/${rng.int(10000, 99999)}.html">${n} ${p}</a> <span>¥${v}</span></li>`).join('')}</ul></div>`;
    const body = `<div class="yfw-head"><a href="https://www.yaofangwang.com/"><img src="https://img.yaofangwang.com/logo.png" alt="药房网商城"></a><input type="text" placeholder="药品名/症状/品牌"><button>搜索</button> <a href="/cart/">购物车</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/wenda/">药师问答</a> &gt; ${esc(dn)}</div>
${product}
<div class="wt"><h1>${esc(page.question)}</h1><p class="tw">提问人：药房网用户_${String(rng.int(0, 9999)).padStart(4, '0')}　${dayOf(shift(page.date!, -rng.int(0, 2)), hm(rng))}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="hd"><h3>共${all.length}条回答</h3>${all.join('\n')}</div>`, 1)}
<p class="sm">药师回答仅供参考，具体用药请遵医嘱。</p>
${leaflet}
${lists}
${goods}
<div class="foot">药房网商城 版权所有 互联网药品信息服务资格证书</div>`;
    const html = documentOf(`${page.question}_药师问答_药房网商城`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, hospital: unit, department: null, hospital_grade: null },
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: items,
      }),
    };
  },
};

export const FRESH77_FAMILIES: readonly Family[] = [bilianshengZhifaWenda, qilekangWendaGbk, dayimaWenyishengShare, fumubiduZhuanjiaDayi, zhzywZhongyiWenda, yaofangwangYaoshiWenda];
