import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { MOTHER_TEXTS } from './real-site-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-third fresh held-out set (split `fresh-103`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-eighth set**, leaning this time on
 * pages as they reach a crawler in odd shapes: six Chinese-language sites (or a section of one) where health questions
 * are answered on pages of their own, none of them modelled or named by an earlier split (必应 / Bing's cache / bingj,
 * 甘肃省人民医院 / 甘肃 / gsyy, 西祠胡同 / 西祠 / xici, 云南省第一人民医院 / 昆华医院 / 云南 / ynsdyy, 中国宁波网 / 宁波 /
 * cnnb, 嘉義基督教醫院 / 嘉基 / 嘉義 / 嘉义 / cych, U Lifestyle / ulifestyle each grepped, case-insensitive, fixed
 * strings, in README.md and families*.ts: no hit; `Bing` hit only inside other words (`jibing`, `Bingyouquan`); left
 * alone because of hits: 百度快照 and Google's cache (a cache-banner family), 搜狗 / sogou, 360 / so.com, 天涯, 大公, 文匯,
 * 香港01, 明報, 世界日報, 僑報 / 侨报, 家計會 / famplan, 鏡湖, 高雄醫學, 奇美, 馬偕, 彰基, 北醫, 台大, 經濟日報, 康健,
 * 早安健康, 澳門 / ssm.gov, 星洲, 南洋, 联合早报, 名医坐堂 (so 中国宁波网's column is called 甬上名医 here, a guessed name);
 * 万宁 / 萬寧 / mannings and 晴報 / am730 left for later again (a second
 * 屈臣氏, a second 頭條)), each of a kind the table had few of: **a search engine's cached copy** (必应's 快照 of
 * 甘肃省人民医院's 网上咨询 reply page: the cache's banner and its later day, the original's markup inside with its own
 * `gb2312` declaration over the cache's UTF-8 bytes, `<base href>` naming the original, highlighted search words cutting
 * the text), **an old 论坛's text-only archive page** (西祠胡同's 讨论版 文字版: GBK, everything in one `<pre>`, floors, a
 * doctor's signature as the only card, hand-broken lines on some, a quoted post), **a provincial hospital's old ASP
 * 网上咨询 page served inside a frameset** (云南省第一人民医院: `<font>`, tables, unclosed cells, GBK declared `gb2312` or
 * undeclared, `2023-5-6 14:22:31`, a frame-restoring script), **a city portal's WAP page** (中国宁波网's wap 健康: XHTML
 * Mobile, everything in `<br/>`-joined lines, a headline that asks nothing on some, `问：` / `答：`, a clock line with a
 * later day), **a hospital's e-mail newsletter in its web view** (嘉基電子報: Big5 on some, a 600px table, an issue line
 * whose day is `2023/05/06`, `112.05.06` or only `112年5月號`, other sections around the 醫師Q&A, tracked furniture links),
 * and **an AMP page** (U Lifestyle's 健康 `【醫生解答】`: `<html ⚡>`, `<amp-img>` / `<amp-ad>` / `<amp-youtube>`, a
 * `{specialty}專科醫生` with no hospital, day-first days on some, JSON-LD in UTC a day early on early posts).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering doctor's: the asker's words, other floors (网友s, the asker's thanks), a
 *   quoted post, the cache's banner, the newsletter's other sections, reporters' ledes, editors' credits, ads, share bars,
 *   disclaimers, none of it; labels (`答：`, `A：`, `{name}医生答：`) none; highlight marks are the cache's, the words they
 *   wrap are the text's (the answer and the question keyed whole);
 * - **the question**: the page's question line (`咨询主题` / `标题：` / `问：` / `Q：` / the `<h1>`); prefixes
 *   (`【醫生解答】`) none; where the headline asks nothing (中国宁波网's `甬上名医｜…`, U Lifestyle's `…拆解3大迷思`,
 *   the newsletter's `醫師Q&A｜{topic}`), the `问：` / `讀者問：` / `Q：` line;
 * - **the date the answer's day**: the cache's 快照 day none (it is a later day of the cache's), the 咨询时间 / 楼主's /
 *   提问时间 day none; 西祠's doctor's floor day (a two-digit year `23-05-06` read as 2023); 宁波's article day (the WAP
 *   clock's later day none); **the newsletter's issue day as the answer's day, null where only `112年5月號` is printed**;
 *   U Lifestyle's visible day (`06/05/2023` day-first; JSON-LD's UTC day and its later `dateModified` none);
 * - **the card** as printed, the grade null on every family: 甘肃's and 云南's hospital the site's own (the masthead),
 *   the department and title from the reply's cells or line; 西祠's from the doctor's signature (the nick none); 宁波's
 *   from the closing credit, the `本期专家` line or the `…答：` line; 嘉基's `嘉義基督教醫院` with the department as printed
 *   and `醫師` where the card says only `{name} 醫師`; U Lifestyle's `{department}專科醫生`: title 專科醫生, the department,
 *   no hospital (null: the Hong Kong convention of earlier splits; the blind key's `U Lifestyle` corrected after the first run);
 * - **format**: video where an `<amp-youtube>` plays the doctor's talk (U Lifestyle on some), unknown otherwise;
 * - items: the related list of other questions (必应's copy's 最新咨询, 西祠's 本版其他帖子, 云南's 相关咨询, 宁波's
 *   相关新闻, 嘉基's 更多醫師Q&A, U Lifestyle's 相關文章), link-only `[]`, dated only where the whole day is printed
 *   (必应's copy's and 云南's on some); links as written unless the page names its address: **the cache's `<base href>`
 *   names the original's, so its relative links resolve against the original's address**; U Lifestyle's 推介 (sponsored
 *   links) and the newsletter's other sections none.
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const unpad = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);
const rocYear = (iso: string) => num(iso, 0, 4) - 1911;
const sec = (rng: Rng) => two(rng.int(0, 59));
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join('\n');
const WEEK_CN = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (iso: string) => WEEK_CN[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

// --- F1. bing-cache-gsyy-zixun ---

/**
 * F1. 必应's cached copy (cc.bingj.com/cache.aspx?…) of 甘肃省人民医院's 网上咨询 reply page (www.gsyy.cn/zxzx/show.asp?id={id}:
 * the original's host, path and markup guessed; the cache's banner wording and that the original's `<html>` sits nested
 * inside the cache's body are from memory of search caches, guessed for Bing's), simplified, **UTF-8 bytes always; the
 * cache's own `utf-8` meta on 60%, otherwise the only declaration the original's `gb2312` (or `gbk`) meta left inside**
 * (15% undeclared): the banner `这是 Bing 对 {url} 的缓存。这是该页面在 2024/3/2 8:11:09 检索时的快照。…` (none; its day 20–400
 * days later); **`<base href>` naming the original**; **highlighted search words** (`<strong style="background-color:#ffff66">`
 * around the page's topic word inside the question and the answer) on 50%, with a `突出显示的搜索词` line; then the original:
 * the hospital's masthead (the site's own hospital, keyed), a label table `咨询主题` (the question, keyed) / `咨询人` /
 * `咨询时间` (1–5 days earlier, none) / `咨询内容` (none) / the reply: `回复专家` with `职称` and `科室` cells (50%), one line
 * `回复专家：{name}（{department}　{title}）` (30%) or a closing `——{department} {title} {name}` (20%) (keyed); `回复时间`
 * `2023-5-6 14:22:31` (50%), `2023-05-06` (30%) or `2023年5月6日` (20%) (keyed); `最新咨询` (relative `show.asp?id=…`
 * resolved against the base, link-only, `[2023-5-3]` on 40%, keyed).
 */
const bingCacheGsyyZixun: Family = {
  name: 'bing-cache-gsyy-zixun',
  split: 'fresh-103',
  site: 'cc.bingj.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '甘肃省人民医院';
    const orig = `http://www.gsyy.cn/zxzx/show.asp?id=${page.item.num}`;
    const outerMeta = rng.chance(0.6);
    const inner = rng.weighted([['gb2312', 60], ['gbk', 25], ['none', 15]] as const);
    const highlight = rng.chance(0.5);
    const cacheDay = shift(page.date!, rng.int(20, 400));
    const asked = shift(page.date!, -rng.int(1, 5));
    const cardForm = rng.weighted([['cells', 50], ['line', 30], ['tail', 20]] as const);
    const dayForm = rng.weighted([['asp', 50], ['iso', 30], ['cn', 20]] as const);
    const datedList = rng.chance(0.4);
    const topic = topicWord(page);
    const mark = (s: string) => {
      const e = esc(s);
      return highlight && topic.length >= 2 ? e.split(esc(topic)).join(`<strong style="color:black;background-color:#ffff66">${esc(topic)}</strong>`) : e;
    };
    const reply =
      dayForm === 'asp' ? `${unpad(page.date!, '-')} ${page.time}:${sec(rng)}` : dayForm === 'iso' ? page.date! : `${num(page.date!, 0, 4)}年${num(page.date!, 5, 7)}月${num(page.date!, 8, 10)}日`;
    const asker = `${rng.pick(['张', '王', '李', '赵', '马'])}**`;
    const td = (k: string, v: string) => `<tr><td class="k" width="90" align="right">${k}：</td><td class="v">${v}</td></tr>`;
    const cardCells =
      cardForm === 'cells'
        ? td('回复专家', esc(d.name!)) + td('职　　称', esc(d.title!)) + td('科　　室', esc(d.department!))
        : cardForm === 'line'
          ? td('回复专家', `${esc(d.name!)}（${esc(d.department!)}　${esc(d.title!)}）`)
          : '';
    const answer = `${page.paragraphs.map((p) => `<p>${mark(p)}</p>`).join('\n')}${cardForm === 'tail' ? `\n<p align="right">——${esc(d.department!)} ${esc(d.title!)} ${esc(d.name!)}</p>` : ''}`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="new"><tr><td class="tt">最新咨询</td></tr>${related.map((r) => `<tr><td>· <a href="${href(r)}" target="_blank">${esc(r.question)}</a>${datedList && r.date ? ` [${unpad(r.date, '-')}]` : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const innerMeta = inner === 'none' ? '' : `<meta http-equiv="Content-Type" content="text/html; charset=${inner}">\n`;
    const original = `<html>
<head>
${innerMeta}<title>网上咨询-${hospital}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<div class="top"><img src="/images/logo.gif" alt="${hospital}"><span class="tel">咨询电话：0931-${rng.int(8200000, 8299999)}</span></div>
<div class="nav"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/ksdh/">科室导航</a> | <a href="/zjjs/">专家介绍</a> | <a href="/zxzx/">网上咨询</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zxzx/">网上咨询</a> &gt;&gt; 咨询详情</div>
<table class="zx" width="760" border="0" cellspacing="1" cellpadding="4" bgcolor="#CCCCCC">
${td('咨询主题', mark(page.question))}
${td('咨 询 人', asker)}
${td('咨询时间', `${unpad(asked, '-')} ${two(rng.int(7, 23))}:${two(rng.int(0, 59))}:${sec(rng)}`)}
${td('咨询内容', esc(rng.pick(ASKER_LINES)))}
${cardCells}
${td('回复时间', reply)}
<tr><td class="k" align="right" valign="top">回复内容：</td><td class="v">
${answer}
</td></tr>
</table>
<p class="tip">网上咨询仅供参考，不作为诊断和治疗依据，如有不适请及时来院就诊。</p>
${list}
<div class="foot">版权所有：${hospital}　地址：兰州市城关区东岗西路204号　陇ICP备${rng.int(10000000, 99999999)}号</div>
</body>
</html>`;
    const banner = `<div id="b_cacheHeader" style="font-family:Arial;font-size:13px;background:#f5f5f5;border-bottom:1px solid #ccc;padding:8px;color:#333">
<div>这是 Bing 对 <a href="${orig}">${orig}</a> 的缓存。这是该页面在 ${unpad(cacheDay, '/')} ${rng.int(0, 23)}:${two(rng.int(0, 59))}:${sec(rng)} 检索时的快照。当前页在此期间可能已经更改。<a href="https://help.bing.microsoft.com/#apex/18/zh-CN/10015/0">了解详细信息</a></div>
${highlight ? `<div>突出显示的搜索词：<strong style="color:black;background-color:#ffff66">${esc(topic)}</strong></div>\n` : ''}<div>查看 <a href="${orig}">当前页面</a></div>
</div>`;
    const html = `<!DOCTYPE html>
<html>
<head>
${outerMeta ? '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' : ''}<base href="${orig}">
</head>
<body>
${banner}
<div id="b_cacheBody" style="position:relative">
${original}
</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, orig, () => null, datedList),
      }),
    };
  },
};

// --- F2. xici-wenzi-archive ---

const XC_BOARDS = ['南京好医生', '健康咨询室', '金陵名医在线', '妈妈育儿健康'] as const;
const XC_NICKS = ['秦淮小月', '石头城', '紫金山下', '鸡鸣寺的猫', '莫愁湖边', '河西居民'] as const;
const XC_DOC_NICKS = ['白衣', '杏林', '仁心', '悬壶'] as const;

/**
 * F2. 西祠胡同's 讨论版 文字版 (www.xici.net/d{id}.htm?text: the board names, the text-only view and its layout guessed from
 * memory of old forums' archivers), simplified, **GBK declared `gb2312` (60%), `gbk` (15%) or undeclared (25%)**, no
 * canonical: a one-line crumb (none); **everything else in one `<pre>`**: `标题：` (the question, keyed), `版块：` and counts
 * (none), a rule, floors `[楼主] {nick}  {day}` with the asker's words (none; 0–3 days earlier), a 网友's floor before the
 * doctor's on 50% (none), **the doctor's floor** (its day keyed: `2023-05-06 14:22` 50%, `2023-5-6 14:22:31` 30%, **a
 * two-digit year `23-05-06 14:22`** 20%), the doctor's nick `{name}医生` (40%) or a pen name (60%) (none: the card is the
 * signature), a quoted 楼主 post `【引用 …】` with `> ` lines on 40% (none), the paragraphs (keyed; **hand-broken every 30
 * characters on 35%**, keyed joined), **the signature after `--`**: `{hospital} {department} {title} {name}` (50%) or
 * `——{name}，{hospital}{department}{title}` (50%) (keyed), the asker's thanks on 60% (none); after the `<pre>`, `本版其他帖子`
 * (relative `/d{id}.htm`, link-only, undated).
 */
const xiciWenziArchive: Family = {
  name: 'xici-wenzi-archive',
  split: 'fresh-103',
  site: 'www.xici.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['gb2312', 60], ['gbk', 15], ['none', 25]] as const);
    const board = rng.pick([...XC_BOARDS]);
    const asked = shift(page.date!, -rng.int(0, 3));
    const netizenBefore = rng.chance(0.5);
    const dayForm = rng.weighted([['full', 50], ['asp', 30], ['short', 20]] as const);
    const nickForm = rng.chance(0.4);
    const quote = rng.chance(0.4);
    const wrapped = rng.chance(0.35);
    const sigForm = rng.weighted([['line', 50], ['dash', 50]] as const);
    const thanks = rng.chance(0.6);
    const askerNick = rng.pick([...XC_NICKS]);
    const docNick = nickForm ? `${d.name}医生` : `${rng.pick([...XC_DOC_NICKS])}${rng.pick(['之家', '小医', '行者', '在线'])}${rng.int(1, 99)}`;
    const stamp = (iso: string, t: string) =>
      dayForm === 'full' ? `${iso} ${t}` : dayForm === 'asp' ? `${unpad(iso, '-')} ${t}:${sec(rng)}` : `${iso.slice(2)} ${t}`;
    const wrap = (p: string) => (wrapped ? (Array.from(p).join('').match(/.{1,30}/gu) ?? [p]).join('\n') : p);
    const askText = rng.pick(ASKER_LINES);
    const sig = sigForm === 'line' ? `${d.hospital} ${d.department} ${d.title} ${d.name}` : `——${d.name}，${d.hospital}${d.department}${d.title}`;
    const floors: string[] = [];
    floors.push(`[楼主] ${askerNick}  ${stamp(asked, `${two(rng.int(7, 23))}:${two(rng.int(0, 59))}`)}\n${page.question}\n${askText}`);
    let n = 1;
    if (netizenBefore) floors.push(`[${n++}楼] ${rng.pick([...XC_NICKS].filter((x) => x !== askerNick))}  ${stamp(asked, `${two(rng.int(7, 23))}:${two(rng.int(0, 59))}`)}\n${rng.pick(MOTHER_TEXTS)}`);
    const quoted = quote ? `【引用 ${askerNick} 的帖子】\n> ${page.question}\n> ${askText}\n\n` : '';
    floors.push(`[${n++}楼] ${docNick}  ${stamp(page.date!, page.time)}\n${quoted}${page.paragraphs.map(wrap).join(wrapped ? '\n\n' : '\n')}\n--\n${sig}`);
    if (thanks) floors.push(`[${n++}楼] ${askerNick}  ${stamp(page.date!, `${two(Math.min(23, num(page.time, 0, 2) + rng.int(1, 3)))}:${two(rng.int(0, 59))}`)}\n${rng.pick(['谢谢医生，明白了！', '太感谢了，周末去医院看看。', '谢谢！'])}`);
    const pre = `标题：${page.question}
版块：${board}    人气：${rng.int(100, 9000)}    回复：${n - 1}
────────────────────────────────────
${floors.join('\n\n')}
────────────────────────────────────`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/d${itemNum(r)}.htm`;
    const list = related.length ? `<p>本版其他帖子：</p>\n${related.map((r) => `<a href="${href(r)}">${esc(r.question)}</a><br>`).join('\n')}` : '';
    const meta = enc === 'none' ? '' : `<meta http-equiv="Content-Type" content="text/html; charset=${enc}">\n`;
    const html = `<html>
<head>
${meta}<title>${esc(page.question)}-${board}-西祠胡同</title>
</head>
<body bgcolor="#FFFFFF">
<a href="http://www.xici.net/">西祠胡同</a> &gt; <a href="/b${rng.int(10000, 999999)}/">${board}</a> &gt; 文字版 | <a href="/d${page.item.num}.htm">查看原帖</a>
<pre>
${esc(pre)}
</pre>
${list}
<p>西祠胡同 版权所有</p>
</body>
</html>`;
    return {
      body: bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F3. ynsdyy-asp-zixun ---

/**
 * F3. 云南省第一人民医院's 网上咨询 page of an old ASP site (www.ynsdyy.cn/zixun/zixun_show.asp?id={id}: the host, path and
 * markup guessed from memory of provincial hospitals' 2000s sites), the content page of a frameset saved alone, simplified,
 * **GBK declared `gb2312` (50%), GBK undeclared (20%) or UTF-8 declared (30%)**, no canonical: a script that reloads the
 * frameset where the page is opened alone (none), `<base target="_blank">` on 50%, `<table width=760>` layout with
 * `<font>`, **`</td>` and `</tr>` left out on 40%**; the masthead `云南省第一人民医院（昆华医院）` (the hospital keyed without the
 * bracket); label cells `咨询标题` (the question, keyed), `咨询科室` (the department, as the card's), `提问时间` (0–4 days
 * earlier, none), `咨询内容` (none); the reply's card as cells `回复医生` / `职称` (55%) or one `<font>` line `{name} {title}
 * （{department}）回复：` (45%) (keyed); `回复时间：2023-5-6 14:22:31` (60%) or `2023年5月6日` (40%) (keyed); the answer as
 * `<p>`s or **one cell joined by `<br>&nbsp;&nbsp;&nbsp;&nbsp;`** (50%); `浏览次数` (none); `相关咨询` (relative, link-only,
 * `(2023-05-03)` on 40%, keyed).
 */
const ynsdyyAspZixun: Family = {
  name: 'ynsdyy-asp-zixun',
  split: 'fresh-103',
  site: 'www.ynsdyy.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '云南省第一人民医院';
    const enc = rng.weighted([['gb2312', 50], ['none', 20], ['utf8', 30]] as const);
    const baseTarget = rng.chance(0.5);
    const unclosed = rng.chance(0.4);
    const cardForm = rng.weighted([['cells', 55], ['font', 45]] as const);
    const dayForm = rng.weighted([['asp', 60], ['cn', 40]] as const);
    const brJoin = rng.chance(0.5);
    const datedList = rng.chance(0.4);
    const asked = shift(page.date!, -rng.int(0, 4));
    const ctd = (inner: string, attrs = '') => `<td${attrs}>${inner}${unclosed ? '' : '</td>'}`;
    const row = (k: string, v: string) => `<tr>${ctd(`<font color="#333333"><b>${k}：</b></font>`, ' width="100" align="right" bgcolor="#F0F7FF"')}${ctd(v, ' bgcolor="#FFFFFF"')}${unclosed ? '' : '</tr>'}`;
    const reply = dayForm === 'asp' ? `${unpad(page.date!, '-')} ${page.time}:${sec(rng)}` : `${num(page.date!, 0, 4)}年${num(page.date!, 5, 7)}月${num(page.date!, 8, 10)}日`;
    const card =
      cardForm === 'cells'
        ? row('回复医生', `<font color="#0066CC">${esc(d.name!)}</font>`) + '\n' + row('职　　称', esc(d.title!))
        : `<tr>${ctd(`<font color="#FF6600">${esc(d.name!)} ${esc(d.title!)}（${esc(d.department!)}）回复：</font>`, ' colspan="2" bgcolor="#FFFFFF"')}${unclosed ? '' : '</tr>'}`;
    const answer = brJoin ? `&nbsp;&nbsp;&nbsp;&nbsp;${page.paragraphs.map(esc).join('<br>&nbsp;&nbsp;&nbsp;&nbsp;')}` : paras(page.paragraphs);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `zixun_show.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table width="760" border="0" cellpadding="3"><tr>${ctd('<font color="#CC0000"><b>相关咨询</b></font>')}${unclosed ? '' : '</tr>'}
${related.map((r) => `<tr>${ctd(`<font size="2">·<a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? ` (${r.date})` : ''}</font>`)}${unclosed ? '' : '</tr>'}`).join('\n')}
</table>`
      : '';
    const meta = enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n' : enc === 'utf8' ? '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' : '';
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
${meta}<title>网上咨询_${hospital}</title>
${baseTarget ? '<base target="_blank">\n' : ''}<script language="javascript">if (top.location == self.location) { top.location = "/index.asp?url=" + escape(self.location.href); }</script>
<style>td{font-size:12px;line-height:20px}</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr>${ctd(`<img src="/images/top_zx.jpg" width="760" height="90" alt="${hospital}（昆华医院）">`)}${unclosed ? '' : '</tr>'}
<tr>${ctd(`<font color="#FFFFFF">您现在的位置：<a href="/">首页</a> &gt; <a href="/zixun/">网上咨询</a></font>`, ' bgcolor="#2A6EBB" height="24"')}${unclosed ? '' : '</tr>'}
</table>
<table width="760" border="0" align="center" cellpadding="5" cellspacing="1" bgcolor="#A8C8E8">
${row('咨询标题', `<font color="#CC0000"><b>${esc(page.question)}</b></font>`)}
${row('咨询科室', esc(d.department!))}
${row('提问时间', `${unpad(asked, '-')} ${two(rng.int(7, 23))}:${two(rng.int(0, 59))}:${sec(rng)}`)}
${row('咨询内容', esc(rng.pick(ASKER_LINES)))}
${card}
${row('回复时间', reply)}
<tr>${ctd(answer, ' colspan="2" bgcolor="#FFFFFF"')}${unclosed ? '' : '</tr>'}
<tr>${ctd(`<font color="#999999">浏览次数：${rng.int(20, 5000)}　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</font>`, ' colspan="2" align="right" bgcolor="#FFFFFF"')}${unclosed ? '' : '</tr>'}
</table>
${list}
<table width="760" border="0" align="center"><tr>${ctd(`<font color="#666666">Copyright &copy; ${hospital} 版权所有　地址：昆明市西山区金碧路　滇ICP备${rng.int(10000000, 99999999)}号</font>`, ' align="center"')}${unclosed ? '' : '</tr>'}</table>
</body>
</html>`;
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, datedList),
      }),
    };
  },
};

// --- F4. cnnb-wap-mingyi ---

/**
 * F4. 中国宁波网's WAP page of a 健康 甬上名医 article (wap.cnnb.com.cn/health/article.php?id={id}: the column's name, host,
 * path and markup guessed from memory of city portals' 3G pages), simplified, UTF-8, **XHTML Mobile 1.0** (an `<?xml …?>`
 * prolog on 50%), no canonical, **everything in `<p>`s of `<br/>`-joined lines**: crumbs (none); the headline in `<b>` —
 * the question (40%) or one that asks nothing `甬上名医｜{hospital}{name}：{topic}防治有讲究` (60%); `2023-05-06 08:30　来源：宁波晚报`
 * (60%) or `2023年05月06日` (40%) (keyed); `记者 … 通讯员 …` on 50% (none); `问：{question}` (keyed; its label none); the card
 * as a closing `（{hospital}{department}{title} {name}）` (40%), a lead line `本期专家：{name}，{hospital}{department}{title}`
 * (35%) or a line `{hospital}{department}{title}{name}答：` (25%) (keyed); `答：` before the first paragraph where the card is
 * not that line (none); `字号：大 中 小`, `[发表评论]`, `返回首页` (none); **a clock line `2023-05-08 星期一 09:12` 1–30 days
 * later** on 60% (none); `相关新闻` (relative, link-only, undated).
 */
const cnnbWapMingyi: Family = {
  name: 'cnnb-wap-mingyi',
  split: 'fresh-103',
  site: 'wap.cnnb.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const prolog = rng.chance(0.5);
    const titleForm = rng.weighted([['ask', 40], ['column', 60]] as const);
    const dayForm = rng.weighted([['stamp', 60], ['cn', 40]] as const);
    const reporter = rng.chance(0.5);
    const cardForm = rng.weighted([['tail', 40], ['lead', 35], ['answer', 25]] as const);
    const clock = rng.chance(0.6);
    const topic = topicWord(page);
    const title = titleForm === 'ask' ? page.question : `甬上名医｜${d.hospital}${d.name}：${topic}防治有讲究`;
    const day = dayForm === 'stamp' ? `${page.date} ${two(rng.int(6, 9))}:${two(rng.int(0, 59))}　来源：宁波晚报` : `${num(page.date!, 0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const cardText = `${d.hospital}${d.department}${d.title}`;
    const now = shift(page.date!, rng.int(1, 30));
    const lines = [
      cardForm === 'lead' ? `本期专家：${esc(d.name!)}，${esc(cardText)}` : '',
      `问：${esc(page.question)}`,
      cardForm === 'answer' ? `${esc(cardText)}${esc(d.name!)}答：` : '',
      ...page.paragraphs.map((p, i) => (i === 0 && cardForm !== 'answer' ? `答：${esc(p)}` : esc(p))),
      cardForm === 'tail' ? `（${esc(cardText)} ${esc(d.name!)}）` : '',
    ].filter(Boolean);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `article.php?id=${itemNum(r)}`;
    const list = related.length ? `<p>相关新闻：<br/>\n${related.map((r) => `<a href="${href(r)}">${esc(r.question)}</a><br/>`).join('\n')}</p>` : '';
    const html = `${prolog ? '<?xml version="1.0" encoding="utf-8"?>\n' : ''}<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>
<title>${esc(title)}-中国宁波网</title>
</head>
<body>
<p><a href="/">中国宁波网</a>&gt;<a href="/health/">健康</a>&gt;正文</p>
<p><b>${esc(title)}</b><br/>
${day}<br/>
${reporter ? `记者 ${otherName(rng)} 通讯员 ${otherName(rng)}<br/>\n` : ''}字号：<a href="?id=${page.item.num}&amp;fs=l">大</a> <a href="?id=${page.item.num}&amp;fs=m">中</a> <a href="?id=${page.item.num}&amp;fs=s">小</a></p>
<p>${lines.join('<br/>\n')}</p>
<p>[<a href="comment.php?id=${page.item.num}">发表评论</a>] [<a href="share.php?id=${page.item.num}">转发</a>]</p>
${list}
<p><a href="/">返回首页</a> | <a href="/health/">返回健康</a></p>
${clock ? `<p>${now} 星期${weekday(now)} ${two(rng.int(0, 23))}:${two(rng.int(0, 59))}</p>\n` : ''}<p>中国宁波网 版权所有</p>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. cych-dianzibao-qa ---

const CY_EVENTS = ['糖尿病衛教講座', '免費骨質密度篩檢', '母乳哺育支持團體', '銀髮族健康操'] as const;

/**
 * F5. 嘉義基督教醫院's 嘉基電子報 in its web view (www.cych.org.tw/epaper/{issue}.html: that the hospital sends an e-mail
 * newsletter with a 醫師Q&A section, the path and the layout are guesses from memory of hospital newsletters; the tracker
 * host invented), traditional, **Big5 declared (40%) or UTF-8 (60%)**, no canonical: `若您無法正常瀏覽此電子報，請點此` with a
 * tracked link (none); a 600px table with inline styles; the masthead `嘉義基督教醫院 嘉基電子報 第N期` (the hospital keyed);
 * **the issue's day `發行日期：2023/05/06` (35%), `112.05.06` (25%) or only `112年5月號` (40%: no whole day, null)**; other
 * sections (活動快訊 with a later ROC day, 門診異動 with another doctor) before or after the Q&A (none); the Q&A's head
 * `醫師Q&A｜{topic}` (asks nothing, none); `Q：{question}` (keyed); `A：` (none) and the paragraphs (keyed); the card
 * `諮詢醫師：{department} {name} 醫師` before (45%: title `醫師`) or `（本文由{department}{title} {name} 回覆）` after (55%)
 * (keyed, the department as printed); `更多醫師Q&A` on 60% (absolute, link-only, undated); a footer with `取消訂閱` (none).
 */
const cychDianzibaoQa: Family = {
  name: 'cych-dianzibao-qa',
  split: 'fresh-103',
  site: 'www.cych.org.tw',
  render(page, rng): Rendered {
    const base = 'https://www.cych.org.tw';
    const hospital = '嘉義基督教醫院';
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const dept = trad(page.doctor.department!);
    const enc = rng.weighted([['big5', 40], ['utf8', 60]] as const);
    const issue = rng.int(180, 420);
    const dayForm = rng.weighted([['slash', 35], ['roc', 25], ['month', 40]] as const);
    const qaFirst = rng.chance(0.5);
    const cardForm = rng.weighted([['head', 45], ['tail', 55]] as const);
    const withList = rng.chance(0.6);
    const title = cardForm === 'head' ? '醫師' : trad(page.doctor.title!);
    const mid = token(rng, 10);
    const track = (url: string) => `https://edm.cych.org.tw/t/c?m=${mid}&amp;u=${encodeURIComponent(url)}`;
    const issueLine =
      dayForm === 'slash' ? `發行日期：${page.date!.replace(/-/g, '/')}` : dayForm === 'roc' ? `發行日期：${rocYear(page.date!)}.${page.date!.slice(5, 7)}.${page.date!.slice(8, 10)}` : `${rocYear(page.date!)}年${num(page.date!, 5, 7)}月號`;
    const eventDay = shift(page.date!, rng.int(7, 30));
    const td = (html: string) => `<tr><td style="padding:12px 20px;font-size:15px;line-height:1.7;color:#333">${html}</td></tr>`;
    const events = td(`<h3 style="color:#0a6e4f;margin:0">活動快訊</h3><p>${rng.pick([...CY_EVENTS])}　${rocYear(eventDay)}年${num(eventDay, 5, 7)}月${num(eventDay, 8, 10)}日（${weekday(eventDay)}）下午2:00　地點：${rng.pick(['嘉基門診大樓B1會議室', '景仁樓國際會議廳'])}　<a href="${track(`${base}/event/${rng.int(1000, 9999)}`)}">立即報名</a></p>`);
    const other = trad(otherName(rng));
    const clinic = td(`<h3 style="color:#0a6e4f;margin:0">門診異動</h3><p>${rng.pick(['心臟內科', '家庭醫學科', '小兒科', '骨科'])} ${other} 醫師 ${num(eventDay, 5, 7)}/${num(eventDay, 8, 10)} 上午門診停診，請病友見諒。</p>`);
    const card = cardForm === 'head' ? `<p style="color:#666">諮詢醫師：${esc(dept)} ${esc(name)} 醫師</p>` : `<p style="color:#666">（本文由${esc(dept)}${esc(title)} ${esc(name)} 回覆）</p>`;
    const related = withList ? page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question) })) : [];
    const href = (r: Related) => `${base}/cych/HealthQA/Detail?id=${itemNum(r)}`;
    const list = related.length ? `<p style="margin-top:14px"><b>更多醫師Q&amp;A</b></p><ul>${related.map((r) => `<li><a href="${href(r)}" style="color:#0a6e4f">${esc(r.question)}</a></li>`).join('\n')}</ul>` : '';
    const qa = td(`<h3 style="color:#0a6e4f;margin:0">醫師Q&amp;A｜${esc(trad(topicWord(page)))}</h3>
${cardForm === 'head' ? card : ''}<p><b>Q：</b>${esc(question)}</p>
<p><b>A：</b></p>
${paras(paragraphs)}
${cardForm === 'tail' ? card : ''}${list}`);
    const sections = qaFirst ? [qa, events, clinic] : [events, qa, clinic];
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${enc === 'big5' ? 'big5' : 'utf-8'}" />
<title>嘉基電子報 第${issue}期</title>
</head>
<body style="margin:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<p style="font-size:12px;color:#888">若您無法正常瀏覽此電子報，請<a href="${track(`${base}/epaper/${issue}.html`)}">點此</a></p>
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #ddd">
<tr><td style="background:#0a6e4f;color:#fff;padding:16px 20px"><img src="${base}/epaper/images/logo.png" width="120" alt="${hospital}" /> <span style="font-size:22px">${hospital} 嘉基電子報</span><br /><span style="font-size:13px">第${issue}期　${issueLine}</span></td></tr>
${sections.join('\n')}
<tr><td style="background:#f5f5f5;padding:12px 20px;font-size:12px;color:#888">戴德森醫療財團法人${hospital}　地址：嘉義市忠孝路539號　總機：(05)2765041<br />您收到此信是因為您訂閱了嘉基電子報，如不想再收到，請<a href="${track(`${base}/epaper/unsubscribe`)}">取消訂閱</a>。</td></tr>
</table>
</td></tr></table>
</body>
</html>`;
    return {
      body: enc === 'big5' ? bytesIn(html, 'big5') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital, hospital_grade: null },
        date: dayForm === 'month' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F6. ulifestyle-amp-yisheng ---

const UL_EDITORS = ['Kiki', '陳嘉欣', 'Carmen', '黃凱琪'] as const;
const UL_SPONSORED = ['【限時優惠】身體檢查套餐低至$1,280', '夏日防曬必備清單', '5大人氣健康食品實測'] as const;

/**
 * F6. U Lifestyle's AMP page of a 健康 `【醫生解答】` article (www.ulifestyle.com.hk/amp/article/{id}/: the host from memory;
 * the AMP path, the `【醫生解答】` series and the markup guessed), traditional, UTF-8, `<html ⚡ lang="zh-HK">` with the AMP
 * boilerplate, the canonical (the non-AMP page) always: the `<h1>` `【醫生解答】{question}` (45%: prefix none), the
 * question (25%) or one that asks nothing `{topic}成因及治療　{department}專科醫生拆解3大迷思` (30%: the question under
 * `讀者問：`, keyed); `撰文：{editor}` (none); the day `2023-05-06 07:30` (50%) or day-first `發佈日期：06/05/2023` (50%) (keyed);
 * the card `{name}醫生（{department}專科醫生）` in a lede (50%) or a closing `資料提供：{department}專科醫生{name}醫生` (50%) (keyed:
 * title 專科醫生 and the department, no hospital (null), as earlier splits key a Hong Kong specialist on a media site; the
 * blind key had title `{department}專科醫生` and the site's own `U Lifestyle`, corrected after the first run); `{name}醫生：` before the answer on 40% (none);
 * `<amp-ad>` between paragraphs on 50% (none); **an `<amp-youtube>` of the doctor on 20%** (format video; else unknown);
 * `<amp-social-share>` (none); JSON-LD NewsArticle with `datePublished` **in UTC (a day early where the post is before
 * 08:00) on 50%** and a later `dateModified` on 40% (none); `相關文章` (absolute, link-only, undated); `推介` sponsored
 * links (none).
 */
const ulifestyleAmpYisheng: Family = {
  name: 'ulifestyle-amp-yisheng',
  split: 'fresh-103',
  site: 'www.ulifestyle.com.hk',
  render(page, rng): Rendered {
    const base = 'https://www.ulifestyle.com.hk';
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const dept = trad(page.doctor.department!);
    const spec = `${dept}專科醫生`;
    const titleForm = rng.weighted([['tag', 45], ['plain', 25], ['none', 30]] as const);
    const dayForm = rng.weighted([['stamp', 50], ['dayfirst', 50]] as const);
    const cardForm = rng.weighted([['lede', 50], ['credit', 50]] as const);
    const label = rng.chance(0.4);
    const ad = rng.chance(0.5);
    const video = rng.chance(0.2);
    const utcLd = rng.chance(0.5);
    const modified = rng.chance(0.4);
    const early = rng.chance(0.5);
    const time = early ? `0${rng.int(0, 7)}:${two(rng.int(0, 59))}` : page.time;
    const topic = trad(topicWord(page));
    const h1 = titleForm === 'tag' ? `【醫生解答】${question}` : titleForm === 'plain' ? question : `${topic}成因及治療　${spec}拆解3大迷思`;
    const canonical = `${base}/article/${page.item.num}`;
    const pubLocal = `${page.date}T${time}:00+08:00`;
    const pubUtc = new Date(Date.parse(pubLocal)).toISOString().replace('.000Z', 'Z');
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: h1,
      datePublished: utcLd ? pubUtc : pubLocal,
      ...(modified ? { dateModified: `${shift(page.date!, rng.int(3, 200))}T${two(rng.int(8, 22))}:${two(rng.int(0, 59))}:00+08:00` } : {}),
      author: { '@type': 'Person', name: rng.pick([...UL_EDITORS]) },
      publisher: { '@type': 'Organization', name: 'U Lifestyle' },
    };
    const day = dayForm === 'stamp' ? `${page.date} ${time}` : `發佈日期：${page.date!.slice(8, 10)}/${page.date!.slice(5, 7)}/${page.date!.slice(0, 4)}`;
    const ps = paragraphs.map((p) => `<p>${esc(p)}</p>`);
    if (ad && ps.length > 1) ps.splice(1, 0, `<amp-ad width="300" height="250" type="doubleclick" data-slot="/${rng.int(1000, 9999)}/ulifestyle_amp_health_mrec"></amp-ad>`);
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `${base}/amp/article/${itemNum(r)}/`;
    const list = related.length
      ? `<section class="related"><h2>相關文章</h2>${related.map((r) => `<a class="card" href="${href(r)}"><amp-img src="https://resource.ulifestyle.com.hk/ulcms/content/article/thumbnail/${token(rng, 12)}.jpg" width="120" height="80" layout="fixed"></amp-img><span>${esc(r.question)}</span></a>`).join('\n')}</section>`
      : '';
    const sponsored = `<section class="sponsored"><h2>推介</h2>${rng.shuffle([...UL_SPONSORED]).slice(0, 2).map((s) => `<a href="https://www.hktvmall.com/promo/${token(rng, 8)}">${esc(s)}</a>`).join('\n')}</section>`;
    const body = `<header class="ul-header"><a href="${base}/"><amp-img src="${base}/images/logo.svg" width="120" height="30" alt="U Lifestyle"></amp-img></a> <a href="${base}/health">健康</a></header>
<article>
<h1>${esc(h1)}</h1>
<div class="meta"><span class="date">${day}</span> <span class="author">撰文：${rng.pick([...UL_EDITORS])}</span></div>
<amp-img src="https://resource.ulifestyle.com.hk/ulcms/content/article/image/${token(rng, 14)}.jpg" width="800" height="450" layout="responsive" alt="${esc(topic)}"></amp-img>
${cardForm === 'lede' ? `<p class="lede">不少讀者都有類似疑問，今次邀請了${esc(name)}醫生（${esc(spec)}）解答。</p>\n` : ''}${titleForm === 'none' ? `<p><strong>讀者問：</strong>${esc(question)}</p>\n` : ''}${video ? `<amp-youtube data-videoid="${token(rng, 11)}" layout="responsive" width="480" height="270"></amp-youtube>\n` : ''}${label ? `<p><strong>${esc(name)}醫生：</strong></p>\n` : ''}${ps.join('\n')}
${cardForm === 'credit' ? `<p class="credit">資料提供：${esc(spec)}${esc(name)}醫生</p>\n` : ''}<p class="note">以上資料只供參考，如有疑問請向醫生查詢。</p>
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="${rng.int(100000000, 999999999)}"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
</article>
${list}
${sponsored}
<footer class="ul-footer">Copyright © U Lifestyle. All rights reserved.</footer>`;
    const head = `<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>h1{font-size:22px}.meta{color:#888}</style>
<script type="application/ld+json">${JSON.stringify(ld)}</script>
`;
    const html = documentOf(`${h1} | U Lifestyle`, canonical, head, body).replace('<html lang="zh-CN">', '<html ⚡ lang="zh-HK">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        // Keyed by the Hong Kong convention of earlier splits (fresh-81, fresh-95): `{specialty}專科醫生` is title 專科醫生 and
        // department the specialty, and a media site is no hospital (null); the blind key (title whole, hospital `U Lifestyle`) was
        // corrected to it in the forty-ninth stop, after the first run (bench/genre/README.md's fresh-103 row).
        doctor: { name, title: '專科醫生', department: dept, hospital: null, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

export const FRESH103_FAMILIES: readonly Family[] = [bingCacheGsyyZixun, xiciWenziArchive, ynsdyyAspZixun, cnnbWapMingyi, cychDianzibaoQa, ulifestyleAmpYisheng];
