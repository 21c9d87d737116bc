import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, epochSeconds, itemNum, itemsOf, otherName, paras, shift, token, topicWord } from './ordinary-parts.js';
import { esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-first fresh held-out set (split `fresh-81`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * sixteenth set**: six Chinese-language sites (or a section of one) where doctors answer health questions on pages of
 * their own, none of them modelled or named by an earlier split (香港01 / HK01 / 醫師Easy, 方回春堂 / fanghuichuntang,
 * 众安 / zhongan, 好看视频 / haokan, 广州市妇女儿童医疗中心 / gwcmc and 美团 / meituan each grepped, case-insensitive, in
 * README.md and families*.ts: no hit; 固生堂 / gstzy, 泰康 / taikang, 和睦家, 嘉会 / jiahui, 搜狗明医, 360良医, 明報 /
 * mingpao, 叮当, 小荷, 微医, 平安 and 妙手, first thought of, have hits and were left alone; 港大深圳医院 / hku-szh has no hit
 * by name but fresh-78's hksz-hospital-trad models the same Hong Kong–Shenzhen hospital's bilingual page, so it was left
 * too), each of a kind the table had little of: a Hong Kong news site's health channel in traditional characters with
 * Hong Kong's day-first days and specialist titles, a 中医 clinic chain's 名医问答 in GBK whose answers hold a 方剂 with
 * dosages, a health insurer's 问医生 with a 健康管家 before the doctor and insurance offers, a video platform's doctor
 * video with its transcript, a women's and children's hospital's 在线咨询 on an old PHP CMS of tables with a 导医护士's
 * reply before the doctor's, and a 买药 mini-program's web-view share page whose visible DOM is thin beside its JSON.
 * Modelled from memory of those pages (no copied markup; hosts as remembered, every path a guess); the family names
 * repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: a 健康管家's or 导医护士's message (`已为您转交…医生`), an editor's intro,
 *   viewers' comments and the author's reply to a comment none of it, also where they stand first; a 追问 round (`追问：` /
 *   `医生回复：`) none of the answer and dating nothing (fresh-11, fresh-44, fresh-72 to fresh-80);
 * - a head or label over the answer (`醫生答：`, `医生回复：`, `回复内容：`, `视频文字版` / `字幕` / `文字稿`) none of it; **a 方剂
 *   and its use (`处方：黄芪15g　党参12g…`, `用法：水煎服…`) and heads on lines of their own (`辨证：`) are paragraphs of the
 *   answer** (fresh-49's heads rule); a clinic's `【温馨提示】` after it none; the video's transcript is the answer's text;
 * - **the question as the page asks it**: after its label (`網友問：`, `咨询标题：`); a headline (`【醫師Easy】{topic}點算好？`)
 *   none; a video's title is its question;
 * - **the date the answer's day**: `發佈日期`, `回复时间`, the reply's line, the video's publishing day; **on HK01 a day-first
 *   `6/5/2023` (Hong Kong's order; no page prints a month-first day) is 6 May 2023**; `2023-5-6 14:22:31`, `2023年05月06日`,
 *   `2023.05.06` that day; `N小時前`, `N天前`, `05月06日`, `05-06 14:22` null; **a later `最後更新日期` only where no other day
 *   is printed** (the README's 最后更新 rule: HK01 prints 發佈 beside it); `提问时间`, `咨询时间`, a nurse's and a 追问's days
 *   date nothing; structured data (app state, the mini-program's JSON) is not what the page prints: a day, a hospital,
 *   a department or a grade only there is none;
 * - **the card**: badges (`认证医生`, `健康认证`, `名医`) and `擅长`, `从医N年`, `N粉丝` no field; labels (`回复医生：`, `坐诊馆区：`)
 *   no part of a field; **a Hong Kong `{specialty}專科醫生` is title `專科醫生` and department the specialty** (`兒科專科醫生`:
 *   兒科), a name printed `{name}醫生` the name; `私人執業` no hospital (null); on the clinic chain the hospital the 馆 its card
 *   prints (`方回春堂清河坊馆`); on the hospital's own 在线咨询 the hospital its card row prints (`广州市妇女儿童医疗中心`); the
 *   grade only where printed beside the hospital, else null;
 * - format: video where the page's own player shows the answer (好看视频: every page), else unknown;
 * - items: the snippet as printed (cut with `…` or `...` kept), an item showing only its question a link (`[]`), dated only
 *   where the list prints the whole day (`[05-06]` nothing), a video list's titles its questions (`N次播放`, the length, the
 *   author none), links as written where the page names no address of its own, else resolved against the canonical or
 *   og:url; 延伸閱讀 (articles), 馆区 and 预约 boxes, insurance offers (priced), 科室导航, 最新咨询 and the JSON's list no items.
 */

type Related = TruthPage['related'][number];

/** `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** `2023-5-6`. */
const unpad = (iso: string, sep = '-') => iso.split('-').map(Number).join(sep);
/** `6/5/2023`: Hong Kong's day-first order. */
const dayFirst = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
/** Whose question it is, for the words a page picks around it: a child's, a woman's, else anyone's. */
const askerOf = (page: TruthPage) => (/宝宝|婴儿|新生儿|小儿|儿童|孩子|小孩/u.test(page.question) ? 'child' : /经期|经量|月经|哺乳|孕|产后|妇|女|宫|乳|白带/u.test(page.question) ? 'woman' : 'any');
/** The asker's sex as the page prints it: 女 where the question is a woman's (经期, 哺乳期, 孕 …), else either. */
const sexOf = (rng: Rng, page: TruthPage) => (askerOf(page) === 'woman' ? '女' : rng.pick(['女', '男']));
/** `2:14`. */
const length = (rng: Rng) => `${rng.int(0, 4)}:${String(rng.int(5, 59)).padStart(2, '0')}`;

// --- F1. hk01-yishi-easy-trad ---

const HK_SPECIALTIES = ['家庭醫學', '家庭醫學', '內科', '內科', '皮膚科', '耳鼻喉科', '腸胃肝臟科'] as const;
const HK_HOSPITALS = ['養和醫院', '港安醫院－司徒拔道', '聖德肋撒醫院', '香港浸信會醫院', '明德國際醫院'] as const;

/**
 * F1. 香港01's 醫師Easy health channel, a doctor's answer to a reader (www.hk01.com/article/{id}, path a guess), UTF-8,
 * `lang="zh-HK"`, every word traditional: the portal's nav (港聞 / 娛樂 / 醫師Easy …), an ad slot, crumbs; a headline
 * `【醫師Easy】{topic}點算好？醫生拆解` (none) over `撰文：{editor}` and `發佈日期：` the answer's day — `2023-05-06 14:22` (45%),
 * `6/5/2023` (day-first, 20%), `2023年5月6日` (15%) or `N小時前` (20%: null) — with `最後更新日期：` a later day on 40% of the pages with a whole day (none);
 * a lead paragraph of the editor's (none); `網友問：` and the question (keyed), a line of theirs; the doctor's box before
 * (60%) or after (40%) the answer: `{name}醫生`, `{specialty}專科醫生` (title `專科醫生`, department the specialty), the
 * hospital (`養和醫院` …; `私人執業` on 25%: null); `醫生答：` over the text in `<p>`s; an ad between paragraphs on 30%
 * (none); `延伸閱讀` (articles: none); 醫生答問 (question links `/article/N`, `6/5/2023` on 40%: dated), canonical on half;
 * JSON-LD NewsArticle on half (its author the editor: none); format unknown.
 */
const hk01YishiEasyTrad: Family = {
  name: 'hk01-yishi-easy-trad',
  split: 'fresh-81',
  site: 'www.hk01.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const name = trad(d.name!);
    const asker = askerOf(page);
    const specialty = asker === 'child' ? '兒科' : asker === 'woman' ? '婦產科' : rng.pick(HK_SPECIALTIES);
    const privatePractice = rng.chance(0.25);
    const hospital = privatePractice ? null : rng.pick(HK_HOSPITALS);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const mode = rng.weighted([['full', 9], ['dmy', 4], ['cn', 3], ['rel', 4]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'dmy' ? dayFirst(page.date!) : mode === 'cn' ? cnDate(page.date!) : `${rng.int(1, 23)}小時前`;
    const updated = mode !== 'rel' && rng.chance(0.4) ? `　最後更新日期：${mode === 'dmy' ? dayFirst(shift(page.date!, rng.int(1, 5))) : `${shift(page.date!, rng.int(1, 5))} ${page.time}`}` : '';
    const editor = trad(otherName(rng));
    const card = `<div class="author-card"><img src="https://cdn.hk01.com/di/media/images/${token(rng, 10)}.jpg" alt=""><div><p class="dr">${esc(name)}醫生</p><p>${specialty}專科醫生</p><p>${privatePractice ? '私人執業' : hospital}</p></div></div>`;
    const ad = () => `<div class="ad-slot" data-ad-unit="/hk01/health/${token(rng, 6)}"><span>廣告</span></div>`;
    const midAd = rng.chance(0.3) && paragraphs.length > 1;
    const text = paragraphs.map((x, i) => `<p>${esc(x)}</p>${midAd && i === 0 ? ad() : ''}`).join('\n');
    const answer = `<div class="answer"><p><strong>醫生答：</strong></p>\n${text}</div>`;
    const before = rng.chance(0.6);
    const own = rng.chance(0.5) ? `https://www.hk01.com/article/${page.item.num}` : null;
    const ld = rng.chance(0.5)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: `【醫師Easy】${trad(topicWord(page))}點算好？`, datePublished: `${page.date}T${page.time}:00+08:00`, author: { '@type': 'Person', name: editor } })}</script>\n`
      : '';
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/article/${itemNum(r)}`;
    const dated = rng.chance(0.4);
    const list = related.length
      ? `<section class="more-qa"><h2>醫生答問</h2><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(trad(r.question))}</a>${dated ? `<time>${dayFirst(r.date!)}</time>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const further = `<section class="further"><h2>延伸閱讀</h2><ul>${['流感高峰期將至　醫生教你分辨流感與感冒', '長期失眠點算好？專家拆解五大迷思', '小朋友發燒幾多度要睇醫生？'].map((x) => `<li><a href="/article/${rng.int(100000, 999999)}">${x}</a></li>`).join('')}</ul></section>`;
    const body = `<header><a href="/"><img src="https://cdn.hk01.com/logo.svg" alt="香港01"></a><nav><a href="/zone/1/港聞">港聞</a> <a href="/zone/2/娛樂">娛樂</a> <a href="/channel/醫師Easy">醫師Easy</a> <a href="/zone/5/生活">生活</a></nav></header>
${ad()}
<div class="crumb"><a href="/">首頁</a> &gt; <a href="/channel/醫師Easy">醫師Easy</a> &gt; 醫生答問</div>
<article>
<h1>【醫師Easy】${esc(trad(topicWord(page)))}點算好？醫生拆解</h1>
<div class="byline">撰文：${esc(editor)}　發佈日期：${day}${updated}</div>
<p class="lead">不少讀者來信查詢${esc(trad(topicWord(page)))}的問題，今次由醫生解答。</p>
<div class="ask"><p><strong>網友問：</strong>${esc(question)}</p><p>${esc(trad(rng.pick(ASKER_LINES)))}</p></div>
${before ? `${card}\n${answer}` : `${answer}\n${card}`}
</article>
${further}
${list}
<footer>© 香港01有限公司 版權所有</footer>`;
    const html = documentOf(`【醫師Easy】${trad(topicWord(page))}點算好？醫生拆解 | 香港01`, own, ld, body).replace('lang="zh-CN"', 'lang="zh-HK"');
    const items: ExpectedItem[] = itemsOf(related, href, own, () => null, dated).map((e, i) => ({ ...e, question: trad(related[i]!.question) }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        doctor: { name, title: '專科醫生', department: specialty, hospital, hospital_grade: null },
        paragraphs,
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: items,
      }),
    };
  },
};

// --- F2. fanghuichuntang-mingyi-wenda-gbk ---

const FHCT_HALLS = ['清河坊', '滨江', '城西', '下沙', '萧山'] as const;
const TCM_DEPARTMENTS = ['中医内科', '中医内科', '针灸推拿科', '中医皮肤科', '膏方门诊'] as const;
const TCM_TITLES = ['主任中医师', '副主任中医师', '主治中医师'] as const;
const HERBS = [['黄芪', 15], ['党参', 12], ['白术', 10], ['茯苓', 10], ['陈皮', 6], ['当归', 10], ['川芎', 6], ['炒白芍', 12], ['柴胡', 9], ['炙甘草', 6], ['法半夏', 9], ['酸枣仁', 15]] as const;

/**
 * F2. 方回春堂's 名医问答 (www.fanghuichuntang.com/wenda/{id}.html, path a guess), a Hangzhou 中医 clinic chain's site on an
 * old PHP CMS in GBK (`<meta charset="gbk">` 40%, gb2312 by http-equiv 35%, undeclared 25%): the chain's masthead and nav
 * (馆区导航 / 名医介绍 / 名医问答 / 膏方节), `当前位置：` crumbs; `<h1>` the question; `提问者：{surname}** 女 35岁　提问时间：` an
 * earlier day (none), the asker's line, `舌象：舌淡苔白` on 40%; the doctor's box (photo, `{name}`, a TCM title, `坐诊馆区：
 * 方回春堂{hall}馆` — the hospital as printed —, `科室：` a TCM department, `擅长：` none; no grade); the answer: `辨证：` on a
 * line of its own over the first paragraph on 40% (a paragraph), the text, then `处方：` herbs with dosages in `g` or `克`
 * and `用法：水煎服，每日一剂，早晚分服。` (paragraphs of the answer) on 70%; `【温馨提示】` (none); `回复时间：` `2023-05-06`
 * (40%), `2023-5-6 14:22` (35%) or `2023年05月06日` (25%): keyed; a 预约挂号 box with the halls' phones (none); 相关问答
 * (`<li>`s unclosed: question, the snippet cut at 30 with `…` on half of the pages, `[2023-05-06]` on 40% — dated —, else
 * `[05-06]`), canonical on 40%; format unknown.
 */
const fanghuichuntangMingyiWendaGbk: Family = {
  name: 'fanghuichuntang-mingyi-wenda-gbk',
  split: 'fresh-81',
  site: 'www.fanghuichuntang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charset = rng.weighted([['<meta charset="gbk">', 8], ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 7], ['', 5]] as const);
    const hall = `方回春堂${rng.pick(FHCT_HALLS)}馆`;
    const asker = askerOf(page);
    const department = asker === 'child' ? '中医儿科' : asker === 'woman' ? '中医妇科' : rng.pick(TCM_DEPARTMENTS);
    const title = rng.pick(TCM_TITLES);
    const headed = rng.chance(0.4);
    const unit = rng.pick(['g', '克']);
    const herbs = rng.shuffle(HERBS).slice(0, rng.int(5, 9));
    const rx = rng.chance(0.7) ? [`处方：${herbs.map(([h, g]) => `${h}${g}${unit}`).join('　')}`, `用法：水煎服，每日一剂，早晚分服。共${rng.pick(['五', '七', '十四'])}剂。`] : [];
    const paragraphs = [...(headed ? ['辨证：'] : []), ...page.paragraphs, ...rx];
    const mode = rng.weighted([['iso', 8], ['unpad', 7], ['cn', 5]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'unpad' ? `${unpad(page.date!)} ${page.time}` : cnPadded(page.date!);
    const own = rng.chance(0.4) ? `https://www.fanghuichuntang.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 30, '…') : null);
    const list = related.length
      ? `<div class="xgwd"><div class="tit">相关问答</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}` : ''}<span>[${dated ? r.date : md(r.date!)}]</span>`).join('\n')}</ul></div>`
      : '';
    const card = `<table class="ys" cellpadding="0" cellspacing="0"><tr><td rowspan="4"><img src="/uploads/ys/${token(rng, 8)}.jpg" width="90"></td><td><b>${esc(d.name!)}</b>　${title}</td></tr><tr><td>坐诊馆区：${hall}</td></tr><tr><td>科室：${department}</td></tr><tr><td>擅长：${esc(topicWord(page))}、脾胃病、失眠等的中医调理</td></tr></table>`;
    const answer = paragraphs.map((x) => (x === '辨证：' ? `<p><b>${x}</b></p>` : `<p>${esc(x)}</p>`)).join('\n');
    const body = `<div class="top"><div class="w"><a href="/"><img src="/images/logo.gif" alt="方回春堂"></a><span>百年老字号 中医馆</span><div class="tel">预约电话：0571-8${rng.int(1000000, 9999999)}</div></div></div>
<div class="nav"><a href="/">首页</a><a href="/guanqu/">馆区导航</a><a href="/mingyi/">名医介绍</a><a href="/wenda/">名医问答</a><a href="/gaofang/">膏方节</a></div>
<div class="w"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">名医问答</a> &gt; 正文</div>
<div class="left">
<h1>${esc(page.question)}</h1>
<div class="tw"><p>提问者：${esc(otherName(rng).slice(0, 1))}**　${sexOf(rng, page)}　${rng.int(18, 70)}岁　提问时间：${shift(page.date!, -rng.int(1, 7))}</p><p>${esc(rng.pick(ASKER_LINES))}</p>${rng.chance(0.4) ? '<p>舌象：舌淡苔白</p>' : ''}</div>
<div class="hd"><div class="tit">医生回复</div>${card}
<div class="con">${answer}</div>
<p class="tip">【温馨提示】处方须经医师面诊后使用，请勿自行抓药。</p>
<p class="time">回复时间：${day}</p></div>
${list}
</div>
<div class="right"><div class="yy"><div class="tit">预约挂号</div>${FHCT_HALLS.map((h) => `<p>方回春堂${h}馆 0571-8${rng.int(1000000, 9999999)}</p>`).join('')}</div></div>
</div>
<div class="foot">杭州方回春堂国药馆有限公司 版权所有 浙ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${page.question}_名医问答_方回春堂`, own, '<meta name="keywords" content="中医,问答,方回春堂">\n', body, charset);
    return {
      body: iconv.encode(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department, hospital: hall, hospital_grade: null },
        paragraphs,
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F3. zhongan-jiankang-wenyisheng ---

/**
 * F3. 众安健康's 问医生 page (health.zhongan.com/wenzhen/detail/{id}, path a guess), an insurer's health channel as Vue SSR
 * (`data-v-*`, `data-reply-time` on the reply: the epoch of the whole day, no text), UTF-8: the insurer's header (保险 / 健康 /
 * 问医生), an offer banner (`尊享e生 百万医疗险 ¥136起`: none), crumbs; `<h1>` the question, `患者：女 32岁` and the asker's
 * line; a `健康管家` message before the doctor's answer on 45% (`您好，我是您的健康管家小安，已为您匹配{department}医生，请稍候。`,
 * none of it); the doctor's card (avatar, name, title, `认证医生`, hospital with a `三甲` tag on 35% keyed, department);
 * `医生回复：` over the text; the day under it: `2023-05-06 14:22` (50%), `2023.05.06` (15%), `05-06 14:22` (25%) or
 * `刚刚` (10%): the last two null; a `追问：` / `医生回复：` round on 30% (none); `window.__INITIAL_STATE__` on 60% with the
 * consult's `closeTime` a later day and `deptName` the hospital's department group (none); 相似问题 (question, the snippet cut
 * at 30 with `...`, undated), 保险推荐 (priced: none); og:url on 40%; format unknown.
 */
const zhonganJiankangWenyisheng: Family = {
  name: 'zhongan-jiankang-wenyisheng',
  split: 'fresh-81',
  site: 'health.zhongan.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const graded = rng.chance(0.35);
    const mode = rng.weighted([['full', 10], ['dot', 3], ['md', 5], ['now', 2]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'dot' ? page.date!.replace(/-/g, '.') : mode === 'md' ? `${md(page.date!)} ${page.time}` : '刚刚';
    const butler = rng.chance(0.45) ? `<div ${v} class="msg butler"><span ${v} class="who">健康管家</span><p ${v}>您好，我是您的健康管家小安，已为您匹配${esc(d.department!)}医生，请稍候。</p></div>` : '';
    const card = `<div ${v} class="doc-card"><img ${v} src="https://static.zhongan.com/health/avatar/${token(rng, 12)}.png"><div ${v}><p ${v} class="name">${esc(d.name!)} <span ${v}>${d.title}</span> <i ${v}>认证医生</i></p><p ${v} class="org">${esc(d.hospital!)}${graded ? ` <em ${v} class="tag">${d.hospital_grade}</em>` : ''} ${esc(d.department!)}</p></div></div>`;
    const follow = rng.chance(0.3)
      ? `<div ${v} class="follow"><p ${v}><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p ${v}><b>医生回复：</b>${rng.pick(FOLLOW_REPLIES)}</p></div>`
      : '';
    const reply = `<div ${v} class="reply" data-reply-time="${epochSeconds(page.date!, '00:00')}">${card}<p ${v} class="lb">医生回复：</p><div ${v} class="txt">${page.paragraphs.map((x) => `<p ${v}>${esc(x)}</p>`).join('')}</div><p ${v} class="time">${day}</p>${follow}</div>`;
    const own = rng.chance(0.4) ? `https://health.zhongan.com/wenzhen/detail/${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenzhen/detail/${itemNum(r)}`;
    const printed = (r: Related) => cutSnippet(r.snippet, 30, 30, '...');
    const list = related.length
      ? `<div ${v} class="similar"><h3 ${v}>相似问题</h3>${related.map((r) => `<a ${v} class="it" href="${href(r)}"><p ${v} class="q">${esc(r.question)}</p><p ${v} class="a">${esc(printed(r))}</p></a>`).join('\n')}</div>`
      : '';
    const offers = `<div ${v} class="ins"><h3 ${v}>保险推荐</h3><a ${v} href="/product/zxes">尊享e生 百万医疗险<span ${v}>¥${rng.int(100, 300)}起</span></a><a ${v} href="/product/zyb">众民保 住院医疗<span ${v}>¥${rng.int(50, 120)}起</span></a></div>`;
    const state = rng.chance(0.6)
      ? `<script>window.__INITIAL_STATE__=${JSON.stringify({ consult: { id: page.item.num, title: page.question, closeTime: epochSeconds(shift(page.date!, rng.int(1, 3)), '23:59'), doctor: { name: d.name, hospitalLevel: d.hospital_grade, deptName: rng.pick(['内科', '外科', '妇儿科']) } } })}</script>\n`
      : '';
    const body = `<div id="app"><div ${v} class="page">
<div ${v} class="hd"><img ${v} src="https://static.zhongan.com/logo.png" alt="众安保险"><a ${v} href="/">保险</a> <a ${v} href="/health/">健康</a> <a ${v} href="/wenzhen/">问医生</a></div>
<a ${v} class="banner" href="/product/zxes"><img ${v} src="https://static.zhongan.com/banner/${token(rng, 8)}.jpg" alt="尊享e生 百万医疗险 ¥136起"></a>
<div ${v} class="crumb"><a ${v} href="/health/">众安健康</a> &gt; <a ${v} href="/wenzhen/">问医生</a> &gt; 问题详情</div>
<h1 ${v}>${esc(page.question)}</h1>
<div ${v} class="ask"><p ${v}>患者：${sexOf(rng, page)} ${rng.int(18, 70)}岁</p><p ${v}>${esc(rng.pick(ASKER_LINES))}</p></div>
${butler}
${wrap(rng, reply, 1)}
${list}
${offers}
<div ${v} class="ft">众安在线财产保险股份有限公司 版权所有 沪ICP备${rng.int(10000000, 99999999)}号</div>
</div></div>
${state}`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question}-问医生-众安健康`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'full' || mode === 'dot' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

// --- F4. haokan-yisheng-shipin ---

/**
 * F4. 好看视频's doctor video page (haokan.baidu.com/v?vid={id}, path as remembered), a video platform's page of a doctor
 * answering a question on camera, UTF-8: the site's top bar (search, 上传), the player (`<video>` with a poster and the
 * length `2:14`: format video on every page); `<h1>` the video's title, the question (keyed); `N次播放 · ` the day:
 * `2023年05月06日` (45%), `2023-05-06` (20%), `05月06日` (20%) or `N天前` (15%): the last two null; the author's row (avatar,
 * `{name}`, `{title}`, `{hospital} {department}`, a `健康认证` badge, `N粉丝`, 关注: the card; no grade); the transcript
 * under `视频文字版` / `字幕` / `文字稿` (the answer: its paragraphs), folded behind `展开` on 30% (still in the page); likes,
 * 评论 (1–3 viewers' comments with days, the author's reply to one on 30%: none); 相关推荐 (videos: the title, the length,
 * `N次播放`, the author: link items `/v?vid=N`, undated); og:url on half (the items resolved against it); format video.
 */
const haokanYishengShipin: Family = {
  name: 'haokan-yisheng-shipin',
  split: 'fresh-81',
  site: 'haokan.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['cn', 9], ['iso', 4], ['md', 4], ['rel', 3]] as const);
    const day = mode === 'cn' ? cnPadded(page.date!) : mode === 'iso' ? page.date! : mode === 'md' ? `${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日` : `${rng.int(2, 9)}天前`;
    const vid = `${rng.int(1, 9)}${Array.from({ length: 15 }, () => rng.int(0, 9)).join('')}`;
    const head = rng.pick(['视频文字版', '字幕', '文字稿']);
    const folded = rng.chance(0.3);
    const transcript = `<div class="transcript${folded ? ' folded' : ''}"><h3>${head}</h3>${paras(page.paragraphs)}${folded ? '<span class="more">展开</span>' : ''}</div>`;
    const author = `<div class="author"><img src="https://pic.rmb.bdstatic.com/${token(rng, 16)}.jpeg"><div><p class="nm">${esc(d.name!)} <span>${d.title}</span> <i>健康认证</i></p><p class="org">${esc(d.hospital!)} ${esc(d.department!)}</p><p class="fans">${rng.int(1, 90)}万粉丝</p></div><button>关注</button></div>`;
    const comments = Array.from({ length: rng.int(1, 3) }, () => `<li><b>${esc(otherName(rng))}</b><p>${rng.pick(['讲得很清楚，谢谢医生', '我家老人也是这样，收藏了', '请问医生在哪里坐诊？'])}</p><span>${md(shift(page.date!, rng.int(0, 9)))}</span></li>`);
    if (rng.chance(0.3)) comments.push(`<li class="reply"><b>${esc(d.name!)} 作者</b><p>${rng.pick(FOLLOW_REPLIES)}</p><span>${md(shift(page.date!, rng.int(1, 9)))}</span></li>`);
    const own = rng.chance(0.5) ? `https://haokan.baidu.com/v?vid=${vid}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/v?vid=${itemNum(r)}`;
    const list = related.length
      ? `<div class="rec"><h3>相关推荐</h3>${related.map((r) => `<a class="rec-it" href="${href(r)}"><span class="dur">${length(rng)}</span><p class="t">${esc(r.question)}</p><p class="m">${rng.int(1, 99)}万次播放 · ${esc(otherName(rng))}</p></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="top"><a href="/"><img src="https://haokan.bdstatic.com/logo.png" alt="好看视频"></a><form action="/web/search/page"><input name="query"></form><a href="/upload">上传</a></div>
<div class="main"><div class="l">
<div class="player"><video src="https://vd3.bdstatic.com/mda-${token(rng, 12)}.mp4" poster="https://f7.baidu.com/it/${token(rng, 16)}.jpg" controls></video><span class="dur">${length(rng)}</span></div>
<h1>${esc(page.question)}</h1>
<p class="info">${rng.int(1000, 99999)}次播放 · ${day}</p>
${author}
${transcript}
<div class="acts"><span>赞 ${rng.int(10, 999)}</span> <span>收藏</span> <span>分享</span></div>
<div class="comments"><h3>评论 ${comments.length}</h3><ul>${comments.join('')}</ul></div>
</div><div class="r">${list}</div></div>
<div class="foot">©${page.date!.slice(0, 4)} Baidu 使用百度前必读</div>`;
    const meta = `${own ? `<meta property="og:url" content="${own}">\n` : ''}<meta property="og:type" content="video">\n`;
    const html = documentOf(`${page.question},${d.name}医生,好看视频`, null, meta, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: mode === 'cn' || mode === 'iso' ? page.date : null,
        format: 'video',
        related: itemsOf(related, href, own, () => null, false),
      }),
    };
  },
};

// --- F5. gwcmc-zaixian-zixun-php ---

const GWCMC = '广州市妇女儿童医疗中心';
const GWCMC_DEPARTMENTS = ['小儿内科', '儿童保健科', '新生儿科', '小儿外科', '产科', '妇科', '生殖医学科'] as const;

/**
 * F5. 广州市妇女儿童医疗中心's 在线咨询 (www.gwcmc.org/zxzx/show.php?id={id}, path a guess), a women's and children's
 * hospital's old PHP CMS of tables, GB2312 by http-equiv (60%) or undeclared (40%), encoded GBK, `<td>`s and `<tr>`s left
 * unclosed: the masthead, a left column of 科室导航 links (none) beside the content (a frames-like two-column table);
 * `咨询标题：` and the question (keyed), `咨询人：{surname}女士　咨询时间：` an earlier day, `咨询科室：`, `咨询内容：` a line; the
 * replies in table rows: a `导医护士`'s first reply (`已转交{department}医生回复，请耐心等待。` with its own time) on 40% (none);
 * the doctor's rows: `回复医生：{name}`, `职称：`, `科室：`, `医院：广州市妇女儿童医疗中心` (the hospital, keyed; no grade) and
 * `回复内容：` over the text (`<br>`-parted), `回复时间：2023-5-6 14:22:31` (60%) or `2023-05-06` (40%): keyed; a `追问：` row
 * and its `医生回复：` on 20% (none); 相关咨询 (a table: the question, `2023-05-06`, `已回复`: dated link items, hrefs
 * `show.php?id=N` as written or resolved against the canonical on 30%), 最新咨询 (none); format unknown.
 */
const gwcmcZaixianZixunPhp: Family = {
  name: 'gwcmc-zaixian-zixun-php',
  split: 'fresh-81',
  site: 'www.gwcmc.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const department = d.department!;
    const charset = rng.chance(0.6) ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const day = rng.chance(0.6) ? `${unpad(page.date!)} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}` : page.date!;
    const nurse = rng.chance(0.4)
      ? `<tr><td class="lb">导医护士：<td>已转交${department}医生回复，请耐心等待。<span class="t">${unpad(shift(page.date!, -1))} 0${rng.int(8, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)}</span>\n`
      : '';
    const follow = rng.chance(0.2) ? `<tr><td class="lb">追问：<td>${rng.pick(FOLLOW_UPS)}\n<tr><td class="lb">医生回复：<td>${rng.pick(FOLLOW_REPLIES)}\n` : '';
    const doctorRows = `<tr><td class="lb">回复医生：<td>${esc(d.name!)}\n<tr><td class="lb">职称：<td>${d.title}\n<tr><td class="lb">科室：<td>${department}\n<tr><td class="lb">医院：<td>${GWCMC}\n<tr><td class="lb">回复内容：<td class="hf">${page.paragraphs.map(esc).join('<br>\n')}\n<tr><td class="lb">回复时间：<td>${day}\n`;
    const own = rng.chance(0.3) ? `http://www.gwcmc.org/zxzx/show.php?id=${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show.php?id=${itemNum(r)}`;
    const list = related.length
      ? `<table width="100%" class="xg"><tr><td colspan="3" class="tit">相关咨询\n${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a><td width="90">${r.date}<td width="50">已回复`).join('\n')}\n</table>`
      : '';
    const latest = `<table width="100%" class="zx"><tr><td class="tit">最新咨询\n${['宝宝黄疸值15需要照蓝光吗', '孕28周糖耐量偏高怎么办', '孩子反复咳嗽两周'].map((x) => `<tr><td><a href="show.php?id=${rng.int(10000, 99999)}">${x}</a>`).join('\n')}\n</table>`;
    const nav = GWCMC_DEPARTMENTS.map((x, i) => `<a href="list.php?ks=${i + 1}">${x}</a><br>`).join('\n');
    const body = `<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" alt="${GWCMC}"></td></tr><tr><td class="menu"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/ksdh/">科室导航</a> | <a href="/zxzx/">在线咨询</a> | <a href="/jkjy/">健康教育</a></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top" class="lnav"><div class="tit">科室导航</div>
${nav}
<td width="800" valign="top">
<div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="/zxzx/">在线咨询</a> &gt; 咨询详情</div>
<table width="100%" class="zxxq" cellpadding="6">
<tr><td class="lb" width="90">咨询标题：<td><b>${esc(page.question)}</b>
<tr><td class="lb">咨询人：<td>${esc(otherName(rng).slice(0, 1))}女士　咨询时间：${shift(page.date!, -rng.int(1, 4))}
<tr><td class="lb">咨询科室：<td>${department}
<tr><td class="lb">咨询内容：<td>${esc(rng.pick(ASKER_LINES))}
${nurse}${doctorRows}${follow}</table>
${list}
${latest}
</td></tr></table>
<table width="1000" align="center"><tr><td class="foot">${GWCMC} 版权所有 地址：广州市天河区金穗路9号 粤ICP备${rng.int(10000000, 99999999)}号</td></tr></table>`;
    const html = documentOf(`${page.question}-在线咨询-${GWCMC}`, own, '', body, charset);
    return {
      body: iconv.encode(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department, hospital: GWCMC, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, true),
      }),
    };
  },
};

// --- F6. meituan-maiyao-wenzhen-webview ---

/**
 * F6. 美团买药's 问诊 share page opened from its mini-program's web-view (i.meituan.com/yiyao/wenzhen/share?id={id}, path a
 * guess), UTF-8, a thin SSR'd DOM beside a big JSON blob: `<div id="root">` holds the `<h1>` question, the doctor's line
 * (`{name} 医生 · {title}`), the `hospital department` line on 60% (else hospital and department null: they stand in the
 * JSON only), the answer's `<p>`s, `回复于 ` the day — `2023-05-06` (45%), `2023/05/06 14:22` (20%), `05-06` (20%) or
 * `N天前` (15%): the last two null —, `打开美团App查看完整问诊` (none); 为你推荐 (question links, undated) on 60% of the pages
 * with related questions (else they stand in the JSON only: no items); `window.__INITIAL_DATA__` on every page with the
 * doctor's hospital, department and grade, `replyTime` a later day (the consult's close) and the related list (none of
 * the key); og:url on 40%; format unknown.
 */
const meituanMaiyaoWenzhenWebview: Family = {
  name: 'meituan-maiyao-wenzhen-webview',
  split: 'fresh-81',
  site: 'i.meituan.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const org = rng.chance(0.6);
    const mode = rng.weighted([['iso', 9], ['slash', 4], ['md', 4], ['rel', 3]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'slash' ? `${page.date!.replace(/-/g, '/')} ${page.time}` : mode === 'md' ? md(page.date!) : `${rng.int(2, 9)}天前`;
    const shown = rng.chance(0.6);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/yiyao/wenzhen/share?id=${itemNum(r)}`;
    const own = rng.chance(0.4) ? `https://i.meituan.com/yiyao/wenzhen/share?id=${page.item.num}` : null;
    const data = {
      pageProps: {
        consult: { id: page.item.num, question: page.question, replyTime: epochSeconds(shift(page.date!, rng.int(1, 2)), page.time), answer: page.paragraphs.join('\n') },
        doctor: { name: d.name, title: d.title, hospital: d.hospital, dept: d.department, hospitalLevel: d.hospital_grade },
        recommend: related.map((r) => ({ id: itemNum(r), title: r.question })),
      },
    };
    const list = shown && related.length ? `<div class="rec"><p class="h">为你推荐</p>${related.map((r) => `<a href="${href(r)}">${esc(r.question)}</a>`).join('')}</div>` : '';
    const body = `<div id="root"><div class="p">
<h1>${esc(page.question)}</h1>
<div class="d"><p>${esc(d.name!)} 医生 · ${d.title}</p>${org ? `<p>${esc(d.hospital!)} ${esc(d.department!)}</p>` : ''}</div>
<div class="a">${paras(page.paragraphs)}</div>
<p class="t">回复于 ${day}</p>
<a class="open" href="imeituan://www.meituan.com/yiyao/wenzhen?id=${page.item.num}">打开美团App查看完整问诊</a>
${list}
</div></div>
<script>window.__INITIAL_DATA__=${JSON.stringify(data)}</script>
<script src="https://s3plus.meituan.net/v1/mss_${token(rng, 12)}/yiyao-h5/main.${token(rng, 8)}.js"></script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 美团买药`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: org ? d.department : null, hospital: org ? d.hospital : null, hospital_grade: null },
        date: mode === 'iso' || mode === 'slash' ? page.date : null,
        format: 'unknown',
        related: shown ? itemsOf(related, href, own, () => null, false) : [],
      }),
    };
  },
};

export const FRESH81_FAMILIES: readonly Family[] = [hk01YishiEasyTrad, fanghuichuntangMingyiWendaGbk, zhonganJiankangWenyisheng, haokanYishengShipin, gwcmcZaixianZixunPhp, meituanMaiyaoWenzhenWebview];
