import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import { MOTHER_TEXTS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-eighth fresh held-out set (split `fresh-88`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-third set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (北京市红十字血液中心 / 血液中心 / 红十字 / bjrcb,
 * 中文导报 / 中文導報 / chubun, 央广网 / 央广 / cnr.cn / 中国之声, 广东省职业病防治院 / 职业病 / 職業病 / gdoh, 親子王國 /
 * 亲子王国 / baby-kingdom, 北京急救中心 / 急救中心 / beijing120 each grepped, case-insensitive, in README.md and
 * families*.ts: no hit; 世界日報, 南洋, 鏡湖, 養和, 康健, 华西, 协和, 湘雅, 悟空, 明医, 360良医, 有问必答, 9939, 民福康,
 * 百科名医, 1药网, 新华, 齐鲁, 健康报, bilibili, 豆瓣, 贴吧, 爱问, 网易, 搜狐, ifeng, 腾讯, 复旦, 华山, 小米, 华为, 糖护士,
 * 肝胆相照, 觅健, 与癌共舞, 和睦家, 卓正, 嘉会, 欧洲时报, 点评, 果壳, 献血 (once, as a word), 广播 / 电台 / 听众 (a call-in
 * kind) and 日本 (a medical-tourism agency's tag), first thought of, have hits and were left alone, or taken only where the
 * site itself had none; 星島, 大公, 文匯, 榮總, 國健署, 健康2.0, 早安健康, 常春, heho, 中日友好, 北京儿童医院, 学习强国,
 * 支付宝, 饿了么, 水滴, 天山 and 藏医 had none but were left), each of a kind the table had little of: a blood centre's
 * 献血问答 (its 体检 doctors, a `<dl>` of question and answer, an update day beside the publication day, 献血点 hours), a
 * Chinese-language weekly in Japan's 日本医生答疑 column (Japanese hospitals, departments and posts, an issue line with a
 * Japanese weekday, GBK declared gb2312 on some), a national radio broadcaster's health programme page (a 播出时间, the
 * host's words, the segment's audio player on some), an occupational-disease hospital's 在线咨询 on a government JCMS
 * (template comment markers, label rows, GB18030 / GBK / UTF-8), a Hong Kong parenting forum's 專家答問 thread on
 * Discuz! in Big5 (mothers' floors around the expert's, the card in the author column), and a city emergency centre's
 * 急救问答 (the answer as numbered steps on some pages, a course ad with its own days, JSON-LD that disagrees). Modelled
 * from memory of those pages (no copied markup; hosts as remembered or guessed, every path a guess); the questions are
 * the universe's, of any department; the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: a host's lines (`主持人：`), mothers' floors (also the asker's first
 *   floor), the asker's 咨询内容 / 问题补充, a profile, none of it;
 * - a label over or glued before the answer (`医生答复：`, `A：`, `{name}：`, `回复内容`) none of it; disclaimers none; an
 *   `<ol>` of steps is a paragraph a step (the browser's numbers none of the text);
 * - **the question as the page asks it**: the `<h1>` (a column tag `【日本医生答疑】` before it none; a programme headline
 *   `【健康之家】{topic}，专家这样说` none: then `听众提问：`), the JCMS `咨询标题` row, the Discuz thread subject (its
 *   `[專家答問]` type none);
 * - **the date the answer's day**: the blood centre's `发布时间` (a later `更新时间` none; where only `更新时间` is printed it
 *   dates, fresh-2's convention); 中文导报's issue day (`《中文导报》第N期　2023年5月6日（土）`) over the web page's later
 *   `发布时间`, as a programme's broadcast or an issue dates its answer (fresh-58, fresh-84, fresh-86), else the `发布时间`;
 *   央广网's `播出时间：` over the article's later time (fresh-58, fresh-86's jstv as changed), else the article's time (the
 *   yearless dateline `央广网北京5月6日消息` nothing); the JCMS `回复时间` (`咨询时间` nothing); the expert floor's `發表於`
 *   (mothers' days nothing); 北京急救中心's `发布日期` (JSON-LD's `dateModified` and the course's days none);
 * - **the card** as printed: the blood centre's `答复医生：{name}　{title}` with its `{department}` (体检科 …) and the
 *   centre as the hospital (printed with it on some, else the site's own name as its header and footer print it,
 *   fresh-82's convention); 中文导报's `解答医生：{name}（{hospital} {department} {post}）` or its `【医生简介】` (the
 *   Japanese hospital, department and post — `医長`, `部長`, `院長`, `医師` the title; the Chinese school the doctor
 *   graduated from none); 央广网's guest (`本期嘉宾：` / the lead's `邀请到{hospital}{department}{title}{name}`); the JCMS
 *   `回复科室` and `回复医生` rows (`{name}（{title}）` or the name alone: title null) and the hospital the site's name
 *   (`广东省职业病防治院`, as its header and title print it); 親子王國's author column `{name}醫生`, `{specialty}專科醫生`
 *   (title `專科醫生`, department the specialty, fresh-81's convention) and the 診所 field; 北京急救中心's `解答专家：
 *   {name}　{hospital}{department}　{title}`; the grade null on every family (none prints one);
 * - **format**: 央广网's `<audio>` player of the segment keyed voice (fresh-58's convention), a link to the programme none
 *   (unknown); unknown on the others;
 * - items: the page's related list, the snippet as printed (`……`-cut kept), dated only where the list prints the whole
 *   day, an item showing only its question a link (`[]`), links as written where the page names no address of its own,
 *   else resolved against the canonical; 献血点, course ads, 热门 lists and 上一篇 / 下一篇 no items.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 22))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
/** A day as `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** A GBK / GB18030 page (or UTF-8 where it cannot carry the page, its declaration changed to match). */
const gbOr = (html: string, enc: 'gbk' | 'gb18030', decl: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(decl ? html.replace(decl, '<meta charset="utf-8">') : html, 'utf8');
};

// --- F1. bjrcb-xianxue-wenda ---

const BJRCB = '北京市红十字血液中心';
const CENTRE_DEPTS = ['体检科', '献血服务科', '成分科', '质量管理科'] as const;
const SITES = ['西单献血屋', '王府井献血屋', '中关村献血点', '望京献血屋', '五棵松献血方舱'] as const;

/**
 * F1. 北京市红十字血液中心's 献血问答 (www.bjrcb.org/xxwd/{id}.html, host remembered, path a guess), UTF-8, canonical on
 * 40%: the centre's header (首页 / 献血指南 / 献血点查询 / 献血问答 / 新闻动态), crumbs `首页 > 献血问答 > 正文`; `<h1>` the
 * question (keyed); `发布时间：2023年05月06日` (or `2023-05-06`) with `更新时间：` a later day on 35% (none), or only
 * `更新时间：2023-05-06` (20%: keyed, fresh-2's convention); a `<dl>`: `<dt>献血者提问：</dt>` the question again with the
 * asker's words (none), `<dt>医生答复：</dt>` the answer `<p>`s; the card `答复医生：{name}　{title}` over `{department}` or
 * `北京市红十字血液中心{department}` (hospital the centre either way, department keyed), after the answer (70%) or in the
 * `<dl>` before it; a 献血点 side box (names, `08:30-17:00`, `今日已有 N 人次献血`: none); `相关问答` (question link, the
 * snippet cut at 40 with `……` where over 48, undated: items with the snippet, `/xxwd/N.html` resolved against the canonical
 * where printed, else as written); format unknown.
 */
const bjrcbXianxueWenda: Family = {
  name: 'bjrcb-xianxue-wenda',
  split: 'fresh-88',
  site: 'www.bjrcb.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.4) ? `https://www.bjrcb.org/xxwd/${page.item.num}.html` : null;
    const dept = rng.pick([...CENTRE_DEPTS]);
    const mode = rng.weighted([['pub', 9], ['both', 7], ['upd', 4]] as const);
    const pubText = rng.chance(0.6) ? cnPadded(page.date!) : page.date!;
    const pub = mode === 'upd' ? '' : `<span>发布时间：${pubText}</span>`;
    const upd = mode === 'both' ? `<span>更新时间：${shift(page.date!, rng.int(30, 400))}</span>` : mode === 'upd' ? `<span>更新时间：${page.date}</span>` : '';
    const withCentre = rng.chance(0.5);
    const after = rng.chance(0.7);
    const card = `<div class="doc-sign"><p>答复医生：<strong>${esc(d.name!)}</strong>　${d.title}</p><p>${withCentre ? BJRCB : ''}${esc(dept)}</p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/xxwd/${itemNum(r)}.html`;
    const cut = (s: string) => cutSnippet(s, 40, 48, '……');
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(cut(r.snippet))}</p></li>`).join('\n')}</ul></div>`
      : '';
    const sites = Array.from({ length: 3 }, (_, i) => `<li><b>${SITES[(page.item.num + i) % SITES.length]}</b><span>08:30-17:00</span></li>`).join('');
    const body = `<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="${BJRCB}"></a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxzn/">献血指南</a></li><li><a href="/xxd/">献血点查询</a></li><li class="on"><a href="/xxwd/">献血问答</a></li><li><a href="/news/">新闻动态</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxwd/">献血问答</a> &gt; 正文</div>
<div class="container"><div class="main">
<h1>${esc(page.question)}</h1>
<div class="info">${pub}${upd}<span>浏览次数：${rng.int(50, 9000)}</span></div>
<dl class="qa">
<dt>献血者提问：</dt><dd class="ask">${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</dd>
${after ? '' : `<dd class="sign">${card}</dd>\n`}<dt>医生答复：</dt><dd class="ans">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</dd>
</dl>
${after ? `${card}\n` : ''}<p class="tip">温馨提示：献血前请保证充足睡眠，勿空腹，勿饮酒。如有疑问请拨打献血咨询电话。</p>
${list}
</div>
<div class="side"><h3>献血点</h3><ul>${sites}</ul><p class="count">今日已有 ${rng.int(200, 900)} 人次献血</p></div></div>
<div class="footer">${BJRCB}　版权所有　京ICP备${rng.int(10000000, 99999999)}号　献血咨询：010-${rng.int(60000000, 69999999)}</div>`;
    const html = documentOf(`${page.question}-献血问答-${BJRCB}`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: dept, hospital: BJRCB, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => cut(r.snippet), false),
      }),
    };
  },
};

// --- F2. chubun-riben-yisheng-dayi ---

const JP_HOSPITALS = ['東京大学医学部附属病院', '順天堂大学医学部附属順天堂医院', '聖路加国際病院', '大阪市立総合医療センター', '横浜市立大学附属病院', '池袋中央クリニック', '新宿駅前クリニック'] as const;
const JP_DEPTS = ['内科', '消化器内科', '循環器内科', '小児科', '皮膚科', '整形外科', '婦人科'] as const;
const JP_POSTS = ['医長', '部長', '副院長', '院長', '医師'] as const;
const CN_SCHOOLS = ['中国医科大学', '上海医科大学', '北京医科大学', '华西医科大学'] as const;
const JP_WEEK = '日月火水木金土';

/**
 * F2. 中文导报's 日本医生答疑 column (www.chubun.com/modules/article/view.article.php/c{n}/{id}, an old XOOPS path as
 * remembered), a Chinese-language weekly in Japan: GBK bytes declared `charset=gb2312` (40%) or UTF-8 (60%), canonical
 * on 30%: the paper's header, `<h1>` `【日本医生答疑】{question}` (45%; the tag none) or the question (keyed); the info line
 * `发布时间：2023-05-06 14:22` (the web day; a later day where the issue line is printed); the issue line `《中文导报》第N期
 * 2023年5月6日（土）` on 55% (the issue's day, a Japanese weekday: **keyed over the web day**); `读者提问：` the question with
 * `（{prefecture} 读者 {surname}女士）` (none); `医生解答：` (none) the answer `<p>`s; the card `解答医生：{name}（{hospital}
 * {department} {post}）` (60%) or a closing `【医生简介】{name}，{hospital}{department}{post}。{year}年毕业于{Chinese
 * school}，…取得日本医师执照。` (40%): **hospital the Japanese hospital, department the Japanese department, title the post
 * (`医長` / `部長` / `副院長` / `院長` / `医師`)**; `（责任编辑：…）` (none); `相关文章` (question links with `(05-06)`: `[]`,
 * undated, absolute `https://www.chubun.com/modules/article/view.article.php/c{n}/N` as written); format unknown.
 */
const chubunRibenYishengDayi: Family = {
  name: 'chubun-riben-yisheng-dayi',
  split: 'fresh-88',
  site: 'www.chubun.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const cat = rng.int(10, 40);
    const base = `https://www.chubun.com/modules/article/view.article.php/c${cat}/`;
    const canonical = rng.chance(0.3) ? `${base}${page.item.num}` : null;
    const gb = rng.chance(0.4);
    const tagged = rng.chance(0.45);
    const hospital = rng.pick([...JP_HOSPITALS]);
    const dept = rng.pick([...JP_DEPTS]);
    const post = rng.pick([...JP_POSTS]);
    const issued = rng.chance(0.55);
    const web = issued ? shift(page.date!, rng.int(1, 5)) : page.date!;
    const week = JP_WEEK[new Date(`${page.date}T00:00:00Z`).getUTCDay()];
    const issue = issued ? `<p class="issue">《中文导报》第${rng.int(1100, 1500)}期　${cnDate(page.date!)}（${week}）</p>` : '';
    const line = rng.chance(0.6);
    const card = line
      ? `<p class="doctor">解答医生：${esc(d.name!)}（${hospital} ${dept} ${post}）</p>`
      : `<div class="profile"><p><b>【医生简介】</b>${esc(d.name!)}，${hospital}${dept}${post}。${rng.int(1985, 2005)}年毕业于${rng.pick([...CN_SCHOOLS])}，${rng.int(2006, 2015)}年取得日本医师执照。</p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}${itemNum(r)}`;
    const list = related.length
      ? `<div class="blockContent"><h4>相关文章</h4><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${r.date ? ` <span class="date">(${md(r.date)})</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const h1 = tagged ? `【日本医生答疑】${page.question}` : page.question;
    const body = `<div id="xo-header"><a href="https://www.chubun.com/"><img src="/themes/chubun/images/logo.gif" alt="中文导报"></a><ul id="xo-globalnav"><li><a href="/">首页</a></li><li><a href="/modules/article/">新闻</a></li><li><a href="/modules/article/index.php/c${cat}">生活·健康</a></li><li><a href="/modules/epaper/">电子版</a></li></ul></div>
<div id="xo-canvas"><div id="xo-content"><div class="article">
<h1 class="article-title">${esc(h1)}</h1>
<div class="article-meta">发布时间：${web} ${page.time}　来源：中文导报　阅读：${rng.int(100, 20000)}</div>
${issue}
<div class="article-body">
<p><b>读者提问：</b>${esc(page.question)}（${rng.pick(['东京都', '埼玉县', '大阪府', '神奈川县'])} 读者 ${rng.pick(['王', '李', '张', '陈'])}女士）</p>
<p><b>医生解答：</b></p>
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${card}
</div>
<p class="editor">（责任编辑：${esc(otherName(rng))}）</p>
<div class="pagenav"><a href="${base}${page.item.num - 1}">上一篇</a>　<a href="${base}${page.item.num + 1}">下一篇</a></div>
${list}
</div></div></div>
<div id="xo-footer">Copyright (C) 中文导报 Chubun Dobao 版权所有　東京都豊島区</div>`;
    const decl = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${h1} - 中文导报`, canonical, '', body, decl);
    return {
      body: gb ? gbOr(html, 'gbk', decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: post, department: dept, hospital, hospital_grade: null },
        // The issue's day where printed (an issue dates its answer), else the web page's.
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F3. cnr-jiankang-guangbo-wenda ---

const HOSTS = ['晓雯', '王宁', '刘洋'] as const;
const ASIDES = ['那日常生活中，听众朋友们要注意些什么呢？', '这一点很多听众都关心，您再展开讲讲。'] as const;

/**
 * F3. 央广网's 健康 page of 中国之声's programme 《健康之家》 (health.cnr.cn/jkzj/{yyyymmdd}/t{yyyymmdd}_{id}.shtml, path as
 * remembered), GBK declared `charset=gb2312` (50%) or UTF-8 (50%), canonical on 35%: the 央广网 nav, crumbs `央广网 >
 * 健康 > 健康之家`; `<h1>` the question (55%) or `【健康之家】{topic}，专家这样说` (none: the question is then `听众提问：`'s);
 * `2023-05-06 14:22:31　来源：央广网` (the article's time: keyed where no 播出时间 is printed); `播出时间：2023年5月3日` on 60%
 * (the broadcast, one to four days before: keyed, fresh-58's convention); the segment's `<audio controls>` with `收听本段音频`
 * on 45% (format voice) else `点击收听完整节目` a link (unknown); the lead `央广网北京5月6日消息　据中国之声《健康之家》报道，
 * 本期节目邀请到{hospital}{department}{title}{name}，为听众解答…` (the card, 50%) or a `本期嘉宾` box after the transcript;
 * `听众提问：` the question (keyed), `主持人：` lines (none), the guest's turn `{name}：` glued (none), a host's aside on half
 * of the answers of three or more paragraphs (none); `（编辑：…）` (none); `相关阅读` (question links with `2023-05-06`: `[]`,
 * dated, absolute `https://health.cnr.cn/jkzj/…` as written).
 */
const cnrJiankangGuangboWenda: Family = {
  name: 'cnr-jiankang-guangbo-wenda',
  split: 'fresh-88',
  site: 'health.cnr.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.5);
    const aired = rng.chance(0.6);
    const articleDay = aired ? shift(page.date!, rng.int(1, 4)) : page.date!;
    const ymd = articleDay.replace(/-/g, '');
    const canonical = rng.chance(0.35) ? `https://health.cnr.cn/jkzj/${ymd}/t${ymd}_${page.item.num}.shtml` : null;
    const titled = rng.chance(0.55);
    const h1 = titled ? page.question : `【健康之家】${topicWord(page)}，专家这样说`;
    const player = rng.chance(0.45);
    const host = rng.pick([...HOSTS]);
    const lead = rng.chance(0.5);
    const n = page.paragraphs.length;
    const aside = n > 2 && rng.chance(0.5);
    const turns = page.paragraphs
      .map((p, i) => `${i === n - 1 && aside ? `<p><b>主持人${host}：</b>${rng.pick([...ASIDES])}</p>\n` : ''}<p>${i === 0 ? `<b>${esc(d.name!)}：</b>` : ''}${esc(p)}</p>`)
      .join('\n');
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `https://health.cnr.cn/jkzj/${itemNum(r)}.shtml`;
    const list = related.length
      ? `<div class="xgyd"><div class="tit">相关阅读</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${r.date ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const audio = player
      ? `<div class="audio"><p>收听本段音频</p><audio controls preload="none" src="https://mp3.cnr.cn/jkzj/${ymd}/${token(rng, 12)}.mp3"></audio></div>`
      : `<div class="audio-link"><a href="https://www.cnr.cn/zgzs/jkzj/" target="_blank">点击收听完整节目 &gt;&gt;</a></div>`;
    const leadText = lead
      ? `<p>央广网北京${Number(articleDay.slice(5, 7))}月${Number(articleDay.slice(8, 10))}日消息　据中国之声《健康之家》报道，本期节目邀请到${esc(d.hospital!)}${esc(d.department!)}${d.title}${esc(d.name!)}，为听众解答相关问题。</p>`
      : `<p>央广网北京${Number(articleDay.slice(5, 7))}月${Number(articleDay.slice(8, 10))}日消息　据中国之声《健康之家》报道，很多听众来信来电咨询相关问题。</p>`;
    const box = lead ? '' : `<div class="guest"><b>本期嘉宾：</b>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}</div>\n`;
    const body = `<div class="cnr-top"><a href="https://www.cnr.cn/">央广网</a> <a href="https://news.cnr.cn/">新闻</a> <a href="https://health.cnr.cn/">健康</a> <a href="https://www.cnr.cn/zgzs/">中国之声</a> <a href="https://www.radio.cn/">云听</a></div>
<div class="crumbs"><a href="https://www.cnr.cn/">央广网</a> &gt; <a href="https://health.cnr.cn/">健康</a> &gt; <a href="https://health.cnr.cn/jkzj/">健康之家</a></div>
<div class="article"><h1>${esc(h1)}</h1>
<div class="source"><span>${articleDay} ${page.time}:${ss(rng)}</span>　<span>来源：央广网</span>${aired ? `　<span class="air">播出时间：${cnDate(page.date!)}</span>` : ''}</div>
${audio}
<div class="TRS_Editor">
${leadText}
<p><b>听众提问：</b>${esc(page.question)}</p>
<p><b>主持人${host}：</b>这个问题我们请嘉宾来给大家解答一下。</p>
${turns}
<p><b>主持人${host}：</b>感谢${esc(d.name!)}${d.title}做客我们的节目。</p>
</div>
${box}<p class="editor">（编辑：${esc(otherName(rng))}）</p>
${list}
</div>
<div class="footer">央广网 版权所有　京ICP证${rng.int(100000, 999999)}号</div>`;
    const decl = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${h1}_央广网`, canonical, '', body, decl);
    return {
      body: gb ? gbOr(html, 'gbk', decl) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        // The broadcast day where printed (fresh-58's convention), else the article's.
        date: page.date,
        format: player ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F4. gdoh-zhiyebing-zixun-jcms ---

const GDOH = '广东省职业病防治院';
const OCC_DEPTS = ['职业病科', '职业健康检查科', '尘肺病科', '职业中毒科', '放射卫生科'] as const;

/**
 * F4. 广东省职业病防治院's 在线咨询 (www.gdoh.org/art/{y}/{m}/{d}/art_{col}_{id}.html, host and path guesses, the 大汉 JCMS
 * kind of a government site): GB18030 declared (30%), GBK declared `gb2312` (40%) or UTF-8 (30%); no canonical; JCMS
 * template comments (`<!--<$[标题名称]>begin-->`); the hospital's header, crumbs `首页 > 互动交流 > 在线咨询`; a label/value
 * `<table>`: `咨询标题` the question (keyed), `咨询人` masked, `咨询时间` an earlier day (nothing), `咨询内容` the asker's words
 * (none), `处理状态 已办结` (none), `回复科室` (the department), `回复医生` `{name}（{title}）` (65%) or the name (title null),
 * `回复内容` the answer (`<p>`s or `<br>`-parted), `回复时间` `2023-05-06 14:22:31` or `2023年05月06日` (keyed); the hospital
 * the site's name (`广东省职业病防治院`, header and title); `相关咨询` (question links with `[2023-05-06]`: `[]`, dated, the
 * art paths as written); format unknown.
 */
const gdohZhiyebingZixunJcms: Family = {
  name: 'gdoh-zhiyebing-zixun-jcms',
  split: 'fresh-88',
  site: 'www.gdoh.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['gb18030', 3], ['gbk', 4], ['utf8', 3]] as const);
    const dept = rng.pick([...OCC_DEPTS]);
    const withTitle = rng.chance(0.65);
    const col = rng.int(1000, 9999);
    const replied = rng.chance(0.6) ? `${page.date} ${page.time}:${ss(rng)}` : cnPadded(page.date!);
    const brs = rng.chance(0.5);
    const row = (k: string, v: string) => `<tr><td class="bt_title" width="100">${k}</td><td class="bt_content"><!--<$[${k}]>begin-->${v}<!--<$[${k}]>end--></td></tr>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => (r.date ? `/art/${r.date.slice(0, 4)}/${Number(r.date.slice(5, 7))}/${Number(r.date.slice(8, 10))}/art_${col}_${itemNum(r)}.html` : `/art/art_${col}_${itemNum(r)}.html`);
    const list = related.length
      ? `<table class="xgzx" width="100%"><tr><td class="title">相关咨询</td></tr>${related.map((r) => `<tr><td>·<a href="${href(r)}" target="_blank">${esc(r.question)}</a>${r.date ? `<span class="bt_time">[${r.date}]</span>` : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const answer = brs ? page.paragraphs.map(esc).join('<br>\n') : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const body = `<div class="top"><img src="/images/gdoh_logo.png" alt="${GDOH}"><span class="en">Guangdong Province Hospital for Occupational Disease Prevention and Treatment</span></div>
<div class="nav"><a href="/">首页</a><a href="/col/col1001/">医院概况</a><a href="/col/col1002/">职业健康检查</a><a href="/col/col1003/">互动交流</a><a href="/col/col1004/">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1003/">互动交流</a> &gt; <a href="/col/col${col}/">在线咨询</a></div>
<div class="main">
<table class="bt_table" width="100%" border="1" cellspacing="0" cellpadding="6">
${row('咨询标题', esc(page.question))}
${row('咨询人', `${rng.pick(['陈', '黄', '林', '梁'])}**`)}
${row('咨询时间', `${shift(page.date!, -rng.int(1, 10))} ${hhmm(rng)}`)}
${row('咨询内容', esc(rng.pick(ASKER_LINES)))}
${row('处理状态', '已办结')}
${row('回复科室', esc(dept))}
${row('回复医生', withTitle ? `${esc(d.name!)}（${d.title}）` : esc(d.name!))}
${row('回复内容', answer)}
${row('回复时间', replied)}
</table>
<p class="note">注：以上回复仅供参考，具体请到我院${esc(dept)}门诊就诊。</p>
${list}
</div>
<div class="bottom">主办：${GDOH}　地址：广州市海珠区新港西路${rng.int(100, 199)}号　粤ICP备${rng.int(10000000, 99999999)}号<script type="text/javascript" src="/script/hanweb.js"></script></div>`;
    const decl = enc === 'gb18030' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' : enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question} - 在线咨询 - ${GDOH}`, null, '<meta name="SiteName" content="广东省职业病防治院">\n', body, decl);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : gbOr(html, enc, decl),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: withTitle ? d.title : null, department: dept, hospital: GDOH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F5. babykingdom-zhuanjia-dawen-big5 ---

const SPECIALTIES = ['兒科', '婦產科', '家庭醫學', '皮膚科', '耳鼻喉科'] as const;
const HK_DISTRICTS = ['旺角', '銅鑼灣', '沙田', '荃灣', '將軍澳'] as const;
const HK_BRANDS = ['仁康', '卓健', '匯健', '安怡'] as const;
const MOM_NICKS = ['BB豬媽咪', 'Cathy媽', '小熊媽咪', 'Kiki媽', '豆豆媽咪'] as const;

/**
 * F5. 親子王國's 專家答問 board (www.baby-kingdom.com/forum.php?mod=viewthread&tid={id}, as remembered), a Hong Kong
 * parenting forum on Discuz! X in Big5 (characters Big5 lacks as `&#x…;`), declared `charset=big5` (80%) or undeclared;
 * no canonical: the forum's header, crumbs `親子王國 › 論壇 › 專家答問 › {board}`; the thread subject `[專家答問]` (none) and
 * the question (keyed); floors in a table each: the asker's first floor (`{nick}`, `發表於 2023-5-3 21:14`, the question
 * again with her words: none), mothers' floors before (30%) or after the expert's (none); the expert's floor: the author
 * column `{name}醫生`, `專家顧問`, a profile `<dl>` (`專科：{specialty}`, `資歷：{specialty}專科醫生`, `診所：{district}
 * {brand}醫療中心`), `發表於 2023-5-6 14:22` (keyed), the answer `<br />`-parted in `t_f`, a `本帖最後由 … 編輯` line on
 * 25% (none); **the name without `醫生`, title `專科醫生`, department the specialty (fresh-81's convention), the 診所 the
 * hospital**; `相關帖子` (question links: `[]`, undated, `thread-N-1-1.html` as written); format unknown.
 */
const babykingdomZhuanjiaDawenBig5: Family = {
  name: 'babykingdom-zhuanjia-dawen-big5',
  split: 'fresh-88',
  site: 'www.baby-kingdom.com',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const specialty = rng.pick([...SPECIALTIES]);
    const clinic = `${rng.pick([...HK_DISTRICTS])}${rng.pick([...HK_BRANDS])}醫療中心`;
    const declared = rng.chance(0.8);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const posted = `${Number(y)}-${Number(m)}-${Number(dd)} ${page.time}`;
    const asked = shift(page.date!, -rng.int(1, 4));
    const momsBefore = rng.chance(0.3);
    const edited = rng.chance(0.25);
    const floor = (author: string, side: string, when: string, text: string, n: number) =>
      `<table class="plhin" cellspacing="0" cellpadding="0" id="pid${rng.int(10000000, 99999999)}"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a class="xw1" href="home.php?mod=space&amp;uid=${rng.int(100000, 999999)}">${author}</a></div></div>${side}</td><td class="plc"><div class="pi"><strong><a>${n}#</a></strong><div class="authi"><em>發表於 ${when}</em></div></div><div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f">${text}</td></tr></table></div></div></td></tr></table>`;
    const moms = Array.from({ length: rng.int(1, 3) }, () => trad(rng.pick(MOTHER_TEXTS)));
    const momFloors = (start: number, day: string) => moms.map((t, i) => floor(rng.pick([...MOM_NICKS]), '<p class="grp">高級會員</p>', `${day.split('-').map(Number).join('-')} ${hhmm(rng)}`, esc(t), start + i)).join('\n');
    const side = `<p class="grp">專家顧問</p><dl class="pil cl"><dt>專科</dt><dd>${specialty}</dd><dt>資歷</dt><dd>${specialty}專科醫生</dd><dt>診所</dt><dd>${clinic}</dd></dl>`;
    const answer = `${edited ? `<i class="pstatus"> 本帖最後由 ${esc(name)}醫生 於 ${posted} 編輯 </i><br />\n` : ''}${paragraphs.map(esc).join('<br />\n<br />\n')}`;
    const first = floor(rng.pick([...MOM_NICKS]), '<p class="grp">會員</p>', `${asked.split('-').map(Number).join('-')} ${hhmm(rng)}`, `${esc(question)}<br />\n${esc(trad(rng.pick(ASKER_LINES)))}`, 1);
    const expertN = momsBefore ? 2 + moms.length : 2;
    const expert = floor(`${esc(name)}醫生`, side, posted, answer, expertN);
    const floors = momsBefore ? [first, momFloors(2, asked), expert] : [first, expert, momFloors(3, shift(page.date!, rng.int(0, 3)))];
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `thread-${itemNum(r)}-1-1.html`;
    const list = related.length
      ? `<div class="bm"><div class="bm_h"><h2>相關帖子</h2></div><div class="bm_c"><ul class="xl xl1">${related.map((r) => `<li>• <a href="${href(r)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div></div>`
      : '';
    const body = `<div id="hd"><div class="wp"><h2><a href="./"><img src="static/image/common/bk_logo.png" alt="親子王國 Baby-Kingdom"></a></h2><ul id="nv"><li><a href="forum.php">論壇</a></li><li><a href="/news/">親子資訊</a></li><li><a href="/expert/">專家答問</a></li></ul></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">親子王國</a> <em>›</em> <a href="forum.php">論壇</a> <em>›</em> <a href="forum.php?mod=forumdisplay&amp;fid=${rng.int(100, 999)}">專家答問</a> <em>›</em> <a>${specialty}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;typeid=3">[專家答問]</a> <span id="thread_subject">${esc(question)}</span></h1><span class="xg1">查看: ${rng.int(100, 9000)}<span class="pipe">|</span>回覆: ${1 + moms.length}</span></td></tr></table>
${floors.join('\n')}
</div>
${list}
</div>
<div id="ft" class="wp cl">Copyright © Baby-Kingdom Limited. All rights reserved. 親子王國 版權所有</div>`;
    const meta = declared ? '<meta http-equiv="Content-Type" content="text/html; charset=big5" />' : '';
    const html = documentOf(`${question} - 專家答問 - 親子王國`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: big5(html),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '專科醫生', department: specialty, hospital: clinic, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F6. beijing120-jijiu-wenda ---

const BJ120 = '北京急救中心';
const EMS_DEPTS = ['院前急救科', '急救培训中心', '调度指挥科', '西区分中心'] as const;

/**
 * F6. 北京急救中心's 急救问答 (www.beijing120.com/jjwd/{id}.html, host and path guesses), a city emergency centre's site,
 * UTF-8, canonical on 50%: the `急救电话 120` banner, the header, crumbs `首页 > 急救科普 > 急救问答`; `<h1>` the question
 * (keyed); `发布日期：2023-05-06` (50%) or `2023/05/06` (30%), keyed, or none (20%: null), and `浏览量`; the answer as `<p>`s (60%) or an `<ol>` of steps
 * (40%: a paragraph a step, the browser's numbers none of the text); the card `解答专家：{name}　北京急救中心{department}
 * {title}` before (35%) or after the answer (hospital 北京急救中心, department the unit printed: 院前急救科 …); a 急救培训
 * ad (`第N期 … 2023年6月10日开班`: none); JSON-LD with `dateModified` a later day (none); `相关问答` (question link, a
 * `YYYY-MM-DD` day, the snippet as printed: items with the snippet, dated, `/jjwd/N.html` resolved against the canonical
 * where printed, else as written); format unknown.
 */
const beijing120JijiuWenda: Family = {
  name: 'beijing120-jijiu-wenda',
  split: 'fresh-88',
  site: 'www.beijing120.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.5) ? `https://www.beijing120.com/jjwd/${page.item.num}.html` : null;
    const dept = rng.pick([...EMS_DEPTS]);
    const steps = rng.chance(0.4);
    const before = rng.chance(0.35);
    const dayMode = rng.weighted([['iso', 5], ['slash', 3], ['none', 2]] as const);
    const shown = dayMode === 'iso' ? page.date! : page.date!.replace(/-/g, '/');
    const card = `<div class="expert"><span>解答专家：</span><b>${esc(d.name!)}</b>　${BJ120}${esc(dept)}　${d.title}</div>`;
    const answer = steps ? `<ol class="steps">${page.paragraphs.map((p) => `<li>${esc(p)}</li>`).join('\n')}</ol>` : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const course = shift(page.date!, rng.int(20, 60));
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/jjwd/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related"><h3>相关问答</h3><ul>${related.map((r) => `<li><div class="t"><a href="${href(r)}">${esc(r.question)}</a>${r.date ? `<em>${r.date}</em>` : ''}</div><p>${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="banner120">急救电话 <b>120</b>　紧急情况请立即拨打</div>
<div class="header"><a href="/" class="logo">${BJ120}</a><ul><li><a href="/">首页</a></li><li><a href="/jjkp/">急救科普</a></li><li><a href="/jjpx/">急救培训</a></li><li><a href="/gzdt/">工作动态</a></li></ul></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/jjkp/">急救科普</a> &gt; <a href="/jjwd/">急救问答</a></div>
<div class="content"><h1>${esc(page.question)}</h1>
<div class="info">${dayMode === 'none' ? '' : `发布日期：${shown}`}<span>浏览量：${rng.int(100, 20000)}</span></div>
${before ? `${card}\n` : ''}<div class="answer">${answer}</div>
${before ? '' : `${card}\n`}<div class="train"><a href="/jjpx/"><img src="/upload/ad/${token(rng, 8)}.jpg"><p>第${rng.int(20, 99)}期 公众急救技能培训 ${cnDate(course)}开班，欢迎报名</p></a></div>
${list}
</div>
<div class="footer">${BJ120}　版权所有　京ICP备${rng.int(10000000, 99999999)}号</div>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":${JSON.stringify(page.question)},"dateModified":"${shift(page.date!, rng.int(5, 300))}","publisher":{"@type":"Organization","name":"${BJ120}"}}</script>`;
    const html = documentOf(`${page.question}_急救问答_${BJ120}`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: dept, hospital: BJ120, hospital_grade: null },
        // No 发布日期 printed: null (JSON-LD's dateModified, a later day, none).
        date: dayMode === 'none' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => r.snippet, true),
      }),
    };
  },
};

export const FRESH88_FAMILIES: readonly Family[] = [bjrcbXianxueWenda, chubunRibenYishengDayi, cnrJiankangGuangboWenda, gdohZhiyebingZixunJcms, babykingdomZhuanjiaDawenBig5, beijing120JijiuWenda];
