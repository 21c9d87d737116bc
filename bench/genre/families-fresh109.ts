import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-ninth fresh held-out set (split `fresh-109`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-fourth set**, leaning on **related
 * lists and page labels in forms the table has few of**: a table of questions with columns, tabs (最新 / 熱門), a
 * horizontal scroller of cards each with its own doctor, a grid of pharmacists' cards, a list loaded by `載入更多` whose
 * first items are in the markup, a list of the same doctor's other answers; the page's format as an icon's `title` /
 * `aria-label`, the day as a badge, in a tooltip, or in a meta line far from the answer. Six Chinese-language sites (or a
 * section of one), none modelled or named by an earlier split: 爱爱医 / 愛愛醫 / iiyi, 寶貝家庭 / 寶貝 / BabyHome, 醫護行 /
 * HealthyD, 康是美 / cosmed, Sundaykiss / Sunday Kiss, DrGo each grepped, case-insensitive, fixed strings, in README.md
 * and families*.ts: no hit (`醫護` alone hits once, a common word, not the site). Left alone because of hits: 万宁 /
 * 萬寧 / mannings and 晴報 / am730 (again), 康健, KingNet, 常春, 優活, 早安健康, 元氣網, Heho, mamaclub, 親子王, discuss,
 * 星洲 / sinchew, 光明日报, 中国报, 南洋商报, 联合早报, 8world, 91160, 医鹿, 医联, 夸克, 明医, 良医, 拇指医生, 百度健康, 京东健康,
 * 阿里健康, 健客, 康爱多, 健康一线, 民福康, 99健康, 育儿网, 摇篮, 太平洋亲子, 医典, 网易, 凤凰 / ifeng, 封面, 澎湃, 卓健, 經濟,
 * iask, esdlife, 求医, 飞华, 微脉, 健康时报, 生命时报, 复禾, 有问必答, 120ask, 快速问医生, 屈臣氏, 大樹, 杏一, 仁濟, 養和, 港怡,
 * 醫院管理局, 東方日報, 诗华, 台灣e院, 馬偕, 長庚, 奇美, 義大, 亞東, 北醫, 医脉通, 小红书, 知乎, 新氧, 更美, 悦美, 家庭医生,
 * 360健康, 健康界, 好医生; with no hit but not taken: 康健雜誌, discuss.com.hk, vanpeople, 倍可亲, 多维, 杏树林,
 * 灵犀, MedPartner, careonline, 大家健康, 丁丁, TOPick, 新假期, pixnet:
 * - **iiyi-huanzhe-zixun**: 爱爱医's 患者咨询 page (a mainland doctors' community), GBK on most; **the page's format as an
 *   icon's `title` / `aria-label`; `相关咨询` a table with columns 问题 / 科室 / 医生 / 日期 / 回复数**;
 * - **babyhome-zhuanjia-zixun**: 寶貝家庭's 專家諮詢 (a Taiwanese parenting forum), Big5 on some; **the board's other Q&As in
 *   two tabs, `最新問答` (shown, dated) and `熱門問答` (hidden, view counts)**;
 * - **healthyd-yisheng-wenda**: 醫護行's 醫生問答 (a Hong Kong health portal); **`其他醫生解答` a horizontal scroller of cards,
 *   each with its own doctor's avatar and name; the day in the meta line under the `<h1>`, far from the answer**;
 * - **cosmed-yaoshi-zixun**: 康是美's 藥師諮詢 (a Taiwanese drugstore chain); **the day a badge on the answer card;
 *   `更多藥師解答` a grid of cards each with its own pharmacist**;
 * - **sundaykiss-zhuanjia-wenda**: Sundaykiss's 專家問答 (a Hong Kong parenting site); **the day as `N日前` with the whole
 *   day in the `<time>`'s `title` on some; `更多問答` loaded by `載入更多`, its first items in the markup**;
 * - **drgo-yisheng-jieda**: DrGo's 醫生解答 (a Hong Kong telemedicine app's site); **`該醫生的其他回答` the same doctor's
 *   other answers; the day only in a line at the page's foot**.
 * Hosts and paths are guessed (www.iiyi.com, www.babyhome.com.tw, www.healthyd.com, www.cosmed.com.tw, www.sundaykiss.com,
 * www.drgo.com.hk as remembered; every path a guess); the markup is written here, none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: 爱爱医's doctor's reply (the asker's 补充 none); 寶貝家庭's expert's reply (members'
 *   replies none); the others' one answer;
 * - **the question**: the `<h1>` (爱爱医's `[已解决]` / 寶貝家庭's `【發問】` tags none); the asker's description none;
 * - **the date** the answer's day: 爱爱医's `回复时间` (the `提问时间` none); 寶貝家庭's `專家回覆於` (the post's `發表於` none);
 *   醫護行's meta line `發佈日期` (**yearless `5月6日` null**); 康是美's badge; Sundaykiss's `<time>` (**`N日前` with the day in
 *   `title` keyed; `N日前` alone null**); DrGo's foot line `本文由…於 {day} 解答` (the page's `最後更新` a later day none);
 * - **the card** as printed, the grade null (none printed): 爱爱医's box (name, title, hospital, department); 寶貝家庭's
 *   `諮詢專家：{hospital}{department} {name} {title}`; **醫護行's, Sundaykiss's and DrGo's `{specialty}專科醫生` (title
 *   `專科醫生`, the department the specialty, no hospital: media sites — README's Hong Kong convention)**; **康是美's `{name}
 *   藥師` (title `藥師`, no department, no hospital: a pharmacy shop, README's convention), the 門市 none**;
 * - **format**: 爱爱医's icon's `title` (`图文咨询` text, `语音咨询` voice, `视频咨询` video), unknown elsewhere;
 * - **items**: 爱爱医's table rows (question, the `日期` column keyed where it has a year, `MM-DD` null; the doctor, 科室 and
 *   回复数 columns none; the `推荐医生` list none); 寶貝家庭's **both tabs' entries, `最新` first, then `熱門`** (最新's days
 *   keyed, 熱門's undated; the `熱門標籤` none); 醫護行's scroller cards (question, the snippet on half; the card's doctor
 *   none; the `相關醫生` list none); 康是美's grid cards (question, the snippet as printed, `...` kept); Sundaykiss's **rendered
 *   entries only** (the ones `載入更多` would fetch are none); DrGo's `該醫生的其他回答` (link-only or with snippet; the
 *   `推薦醫生` list and `熱門搜尋` none) —, links as written, resolved against the canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const slash = (iso: string) => iso.replace(/-/g, '/');
const zhDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const yearless = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
const hk = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-HK">');
const AVATAR = (rng: Rng, host: string) => `https://${host}/upload/avatar/${token(rng, 10)}.jpg`;

// --- F1. iiyi-huanzhe-zixun ---

const IIYI_DEPTS = ['内科', '外科', '儿科', '妇产科', '皮肤科', '眼科', '骨科'] as const;
const FORMAT_ICONS = { text: ['tw', '图文咨询'], voice: ['yy', '语音咨询'], video: ['sp', '视频咨询'] } as const;

/**
 * F1. 爱爱医's 患者咨询 page (www.iiyi.com/zixun/{id}.html: the host from memory, the path and the markup guessed), UTF-8
 * (35%), GBK declared `gbk` (45%) or GBK declared `gb2312` (20%), canonical on 50% (relative links resolved against it;
 * as written otherwise): nav, 登录 / 注册, an ad; `<h1>` with a `[已解决]` tag on 40% (none); the asker's line and
 * description (none), `提问时间` a day or two before (none); **the format as an icon `<i title aria-label>` beside the
 * `<h1>` (60%: keyed) or no icon (40%: unknown)**; the doctor's box (name, title, hospital, department, in a list or a
 * line) and `回复时间：2023-05-06 14:22` (keyed), the reply; 有用 / 举报; a `推荐医生` list (none); **`相关咨询` a `<table>`:
 * 问题 / 科室 / 医生 / 日期 / 回复数, the day `2023-05-06` (60%: keyed) or `05-06` (40%: null)**.
 */
const iiyiHuanzheZixun: Family = {
  name: 'iiyi-huanzhe-zixun',
  split: 'fresh-109',
  site: 'www.iiyi.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.iiyi.com';
    const enc = rng.weighted([['utf8', 35], ['gbk', 45], ['gb2312', 20]] as const);
    const canonical = rng.chance(0.5) ? `${base}/zixun/${page.item.num}.html` : null;
    const solved = rng.chance(0.4);
    const icon = rng.chance(0.6) && page.format !== 'unknown';
    const listForm = rng.chance(0.5);
    const fullDays = rng.chance(0.6);
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/zixun/${itemNum(r)}.html`;
    const [cls, label] = page.format === 'unknown' ? ['tw', '图文咨询'] : FORMAT_ICONS[page.format as keyof typeof FORMAT_ICONS];
    const iconHtml = icon ? `<i class="ico ico-${cls}" title="${label}" aria-label="${label}"></i>` : '';
    const card = listForm
      ? `<ul class="doc-info"><li><a href="${base}/doctor/${rng.int(10000, 99999)}.html">${esc(d.name!)}</a></li><li>职称：${esc(d.title!)}</li><li>医院：${esc(d.hospital!)}</li><li>科室：${esc(d.department!)}</li></ul>`
      : `<p class="doc-line"><a href="${base}/doctor/${rng.int(10000, 99999)}.html">${esc(d.name!)}</a>　${esc(d.title!)}　${esc(d.hospital!)}　${esc(d.department!)}</p>`;
    const table = related.length
      ? `<div class="xg-zixun"><h3>相关咨询</h3><table class="tb"><thead><tr><th>问题</th><th>科室</th><th>医生</th><th>日期</th><th>回复数</th></tr></thead><tbody>
${related.map((r) => `<tr><td class="t"><a href="${href(r)}" target="_blank">${esc(r.question)}</a></td><td>${rng.pick(IIYI_DEPTS)}</td><td>${otherName(rng)}</td><td>${fullDays ? r.date : r.date!.slice(5)}</td><td>${rng.int(1, 9)}</td></tr>`).join('\n')}
</tbody></table></div>`
      : '';
    const docs = `<div class="tj-doc"><h3>推荐医生</h3><ul>${Array.from({ length: 3 }, () => `<li><img src="${AVATAR(rng, 'img.iiyi.com')}" alt=""><a href="${base}/doctor/${rng.int(10000, 99999)}.html">${otherName(rng)}</a> 主治医师</li>`).join('')}</ul></div>`;
    const body = `<div class="top"><a href="${base}/">爱爱医</a> <a href="${base}/login">登录</a> <a href="${base}/reg">注册</a></div>
<div class="nav"><a href="${base}/">首页</a> <a href="https://bbs.iiyi.com/">医学论坛</a> <a href="${base}/zixun/">患者咨询</a> <a href="${base}/jibing/">疾病库</a></div>
<div class="ad"><a href="https://ad.iiyi.com/c/${token(rng, 8)}"><img src="https://ad.iiyi.com/b/${token(rng, 10)}.gif" alt=""></a></div>
<div class="crumb"><a href="${base}/">首页</a> &gt; <a href="${base}/zixun/">患者咨询</a> &gt; 正文</div>
<div class="ask"><h1>${solved ? '<span class="tag">[已解决]</span>' : ''}${esc(page.question)}</h1>${iconHtml}
<p class="asker">提问者：${rng.pick(['患者', '网友'])}${rng.int(1000, 9999)}***　提问时间：${shift(page.date!, -rng.int(1, 2))} ${clock(rng)}</p>
<div class="desc"><b>病情描述：</b>${rng.pick(ASKER_LINES)}</div></div>
<div class="answer"><div class="doc">${card}</div>
<p class="time">回复时间：${page.date} ${clock(rng)}</p>
<div class="content">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
<div class="op"><a href="javascript:;">有用(${rng.int(0, 40)})</a> <a href="javascript:;">举报</a></div></div>
${rng.chance(0.5) ? `${docs}\n${table}` : `${table}\n${docs}`}
<div class="foot">爱爱医 版权所有　京ICP备${rng.int(10000000, 99999999)}号</div>`;
    const charset = enc === 'utf8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${enc}">`;
    const html = documentOf(`${page.question}_患者咨询_爱爱医`, canonical, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: icon ? page.format : 'unknown',
        related: itemsOf(related, href, canonical, () => null, fullDays),
      }),
    };
  },
};

// --- F2. babyhome-zhuanjia-zixun ---

const BH_REPLIES = ['我家寶寶之前也這樣，後來就好了。', '推一下，也想知道。', '建議還是帶去給醫生看比較安心。'] as const;

/**
 * F2. 寶貝家庭's 專家諮詢 (www.babyhome.com.tw/expert/qa/{id}: the host from memory, the path and the markup guessed),
 * `lang="zh-TW"`, UTF-8 (70%) or Big5 declared (30%), no canonical, links absolute: nav, 會員登入, an ad; the `<h1>` with
 * `【發問】` on 40% (none); the mother's post `發表於` (none); members' replies 0–2 (none); **the expert's reply: `諮詢專家：
 * {hospital}{department} {name} {title}` (keyed), `專家回覆於 2023/05/06 14:22` or `2023-05-06` (keyed), the answer**; 檢舉;
 * **the board's other Q&As in tabs: `最新問答` (the first half, shown, each `2023/05/06`) and `熱門問答` (the rest,
 * `style="display:none"`, a view count): both keyed, 最新 first, 最新's dated, 熱門's undated**; `熱門標籤` (none).
 */
const babyhomeZhuanjiaZixun: Family = {
  name: 'babyhome-zhuanjia-zixun',
  split: 'fresh-109',
  site: 'www.babyhome.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.babyhome.com.tw';
    const big5 = rng.chance(0.3);
    const tag = rng.chance(0.4);
    const dash = rng.chance(0.4);
    const members = rng.int(0, 2);
    const related = page.related.slice(0, 10);
    const cut = Math.ceil(related.length / 2);
    const latest = related.slice(0, cut);
    const hot = related.slice(cut);
    const href = (r: Related) => `${base}/expert/qa/${itemNum(r)}`;
    const day = (iso: string) => (dash ? iso : slash(iso));
    const memberPosts = Array.from({ length: members }, () => `<div class="reply"><p class="who">${rng.pick(['小雨媽', 'Amber', '豆豆媽咪', '阿寶爸'])}</p><p>${rng.pick(BH_REPLIES)}</p></div>`).join('\n');
    const tabs = related.length
      ? `<div class="qa-tabs"><ul class="tab-head"><li class="on" data-tab="new">最新問答</li>${hot.length ? '<li data-tab="hot">熱門問答</li>' : ''}</ul>
<ul class="tab-body" id="tab-new">${latest.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span class="d">${slash(r.date!)}</span></li>`).join('\n')}</ul>
${hot.length ? `<ul class="tab-body" id="tab-hot" style="display:none">${hot.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span class="v">瀏覽 ${rng.int(200, 20000)}</span></li>`).join('\n')}</ul>` : ''}</div>`
      : '';
    const body = `<div class="hd"><a href="${base}/"><img src="/img/logo.png" alt="BabyHome 寶貝家庭"></a><a href="${base}/member/login">會員登入</a></div>
<div class="nav"><a href="${base}/">首頁</a> <a href="${base}/forum/">討論區</a> <a href="${base}/expert/">專家諮詢</a> <a href="${base}/album/">相簿</a></div>
<div class="ad"><a href="https://ad.babyhome.com.tw/c/${token(rng, 8)}"><img src="https://ad.babyhome.com.tw/b/${token(rng, 10)}.jpg" alt="廣告"></a></div>
<div class="post ask"><h1>${tag ? '<em>【發問】</em>' : ''}${esc(page.question)}</h1><p class="meta">${rng.pick(['小熊媽', 'Ivy', '蘋果媽咪'])} 發表於 ${day(shift(page.date!, -rng.int(1, 3)))}</p><p>${rng.pick(ASKER_LINES)}</p></div>
${memberPosts}
<div class="post expert"><p class="who">諮詢專家：${esc(d.hospital!)}${esc(d.department!)} <b>${esc(d.name!)}</b> ${esc(d.title!)}</p><p class="meta">專家回覆於 ${day(page.date!)}${dash ? '' : ` ${clock(rng)}`}</p>
<div class="txt">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div><a class="report" href="javascript:;">檢舉</a></div>
<div class="disclaimer">※專家回覆僅供參考，寶寶如有不適請儘速就醫。</div>
${tabs}
<div class="tags"><h3>熱門標籤</h3><a href="${base}/tag/發燒">發燒</a> <a href="${base}/tag/副食品">副食品</a> <a href="${base}/tag/疫苗">疫苗</a></div>
<div class="ft">© BabyHome 寶貝家庭親子網</div>`;
    const charset = big5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = tw(documentOf(`${page.question} - 專家諮詢 - BabyHome 寶貝家庭`, null, '', body, charset));
    return {
      body: big5 ? bytesIn(html, 'big5') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: [...itemsOf(latest, href, null, () => null, true), ...itemsOf(hot, href, null, () => null, false)],
      }),
    };
  },
};

// --- F3. healthyd-yisheng-wenda ---

/**
 * F3. 醫護行's 醫生問答 (www.healthyd.com/ask-doctor/{id}: the host from memory, the path and the markup guessed),
 * `lang="zh-HK"`, UTF-8, canonical on 60% (relative links resolved against it; as written otherwise): nav, a 訂閱 bar, an
 * ad; the `<h1>`; **the meta line under it `發佈日期：2023-05-06` (45%), `2023年5月6日` (30%, keyed) or `5月6日` (25%,
 * yearless: null)**, a share bar; the asker's `網友問：` (none); **the card after the answer, far down: `{name}醫生`,
 * `{specialty}專科醫生` (title `專科醫生`, department the specialty, hospital null)**; a 免責聲明; **`其他醫生解答` a
 * horizontal scroller (`overflow-x`) of cards, each an avatar, `{other}醫生`, the specialty, the question link and the
 * snippet on 50%**; `相關醫生` (a doctor list: none).
 */
const healthydYishengWenda: Family = {
  name: 'healthyd-yisheng-wenda',
  split: 'fresh-109',
  site: 'www.healthyd.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.healthyd.com';
    const canonical = rng.chance(0.6) ? `${base}/ask-doctor/${page.item.num}` : null;
    const dayForm = rng.weighted([['iso', 45], ['zh', 30], ['yearless', 25]] as const);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${canonical ? '' : base}/ask-doctor/${itemNum(r)}`;
    const dayText = dayForm === 'iso' ? page.date! : dayForm === 'zh' ? zhDay(page.date!) : yearless(page.date!);
    const scroller = related.length
      ? `<section class="other-qa"><h3>其他醫生解答</h3><div class="scroller" style="overflow-x:auto;white-space:nowrap">
${related.map((r) => `<div class="qa-card" style="display:inline-block;width:260px"><img class="avatar" src="${AVATAR(rng, 'www.healthyd.com')}" alt=""><span class="dr">${otherName(rng)}醫生</span><span class="sp">${rng.pick(['兒科', '內科', '皮膚科', '婦產科'])}</span><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</div>`).join('\n')}
</div><button class="prev">‹</button><button class="next">›</button></section>`
      : '';
    const body = `<header><a href="${base}/"><img src="/img/logo.svg" alt="HealthyD 醫護行"></a><nav><a href="${base}/articles">健康資訊</a> <a href="${base}/ask-doctor">醫生問答</a> <a href="${base}/doctors">搵醫生</a> <a href="${base}/video">影片</a></nav></header>
<div class="sub-bar">訂閱醫護行電子報 <a href="${base}/subscribe">立即訂閱</a></div>
<main><h1>${esc(page.question)}</h1><p class="meta">醫生問答　|　發佈日期：${dayText}</p>
<div class="share"><a href="javascript:;">Facebook</a> <a href="javascript:;">WhatsApp</a></div>
<div class="ad"><a href="https://ad.healthyd.com/c/${token(rng, 8)}"><img src="https://ad.healthyd.com/b/${token(rng, 10)}.jpg" alt="廣告"></a></div>
<div class="q"><b>網友問：</b>${rng.pick(ASKER_LINES)}</div>
<div class="a">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
<div class="dr-card"><img src="${AVATAR(rng, 'www.healthyd.com')}" alt=""><b>${esc(d.name!)}醫生</b><span>${esc(d.department!)}專科醫生</span></div>
<p class="disclaimer">免責聲明：本網站內容只供參考，不能取代醫生的診斷。</p></main>
${scroller}
<aside class="rel-dr"><h3>相關醫生</h3><ul>${Array.from({ length: 3 }, () => `<li><a href="${base}/doctors/${rng.int(100, 999)}">${otherName(rng)}醫生</a></li>`).join('')}</ul></aside>
<footer>© HealthyD 醫護行</footer>`;
    const html = hk(documentOf(`${page.question} | 醫生問答 | HealthyD 醫護行`, canonical, '', body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '專科醫生', department: d.department, hospital: null, hospital_grade: null },
        date: dayForm === 'yearless' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

// --- F4. cosmed-yaoshi-zixun ---

const CM_STORES = ['南京東路', '西門', '板橋', '台中中港', '高雄巨蛋', '新竹巨城'] as const;

/**
 * F4. 康是美's 藥師諮詢 (www.cosmed.com.tw/health/qa/{id}: the host from memory, the path and the markup guessed),
 * `lang="zh-TW"`, UTF-8, no canonical, links root-relative as written: 會員 / 購物車, nav, a `加入LINE好友` bar; `Q` the
 * `<h1>`; **the answer card: a day badge `2023.05.06` / `2023/05/06` (keyed) at the card's corner, `{name} 藥師` (title
 * `藥師`, no department, no hospital: a pharmacy shop), `康是美{store}門市` on 60% (none)**, `A` the answer; a product
 * card (none); 用藥提醒 disclaimer; **`更多藥師解答` a grid of cards, each its own pharmacist's avatar and `{other} 藥師`, the
 * question and a snippet (cut with `...` after 24 characters on half, kept so)**.
 */
const cosmedYaoshiZixun: Family = {
  name: 'cosmed-yaoshi-zixun',
  split: 'fresh-109',
  site: 'www.cosmed.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.cosmed.com.tw';
    const sep = rng.pick(['.', '/']);
    const store = rng.chance(0.6);
    const cut = rng.chance(0.5);
    const badgeFirst = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/health/qa/${itemNum(r)}`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 24, 26, '...') : r.snippet);
    const badge = `<span class="badge-date">${page.date!.replace(/-/g, sep)}</span>`;
    const who = `<div class="rph"><img src="${AVATAR(rng, 'www.cosmed.com.tw')}" alt=""><b>${esc(d.name!)} 藥師</b>${store ? `<span class="store">康是美${rng.pick(CM_STORES)}門市</span>` : ''}</div>`;
    const grid = related.length
      ? `<section class="more-qa"><h3>更多藥師解答</h3><div class="grid">
${related.map((r) => `<div class="qa-card"><div class="rph"><img src="${AVATAR(rng, 'www.cosmed.com.tw')}" alt=""><span>${otherName(rng)} 藥師</span></div><a class="q" href="${href(r)}">${esc(r.question)}</a><p>${esc(printed(r))}</p></div>`).join('\n')}
</div></section>`
      : '';
    const body = `<div class="top"><a href="${base}/member">會員</a> <a href="${base}/cart">購物車</a></div>
<header><a href="${base}/"><img src="/img/logo.png" alt="康是美"></a><nav><a href="${base}/shop">線上購物</a> <a href="${base}/health">健康專欄</a> <a href="${base}/health/qa">藥師諮詢</a> <a href="${base}/store">門市查詢</a></nav></header>
<div class="line-bar"><a href="https://line.me/R/ti/p/@cosmed">加入LINE好友 領優惠券</a></div>
<main><h1><span class="q-mark">Q</span>${esc(page.question)}</h1>
<div class="answer-card">${badgeFirst ? `${badge}${who}` : `${who}${badge}`}<span class="a-mark">A</span>
<div class="txt">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div></div>
<div class="product"><a href="${base}/shop/p/${rng.int(100000, 999999)}"><img src="/img/p/${token(rng, 8)}.jpg" alt="">推薦商品 立即選購</a></div>
<p class="notice">用藥提醒：以上內容僅供參考，用藥前請諮詢醫師或藥師。</p></main>
${grid}
<footer>© 統一生活 康是美</footer>`;
    const html = tw(documentOf(`${page.question}｜藥師諮詢｜康是美`, null, '', body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '藥師', department: null, hospital: null, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, printed, false),
      }),
    };
  },
};

// --- F5. sundaykiss-zhuanjia-wenda ---

/**
 * F5. Sundaykiss's 專家問答 (www.sundaykiss.com/expert-qa/{id}: the host from memory, the path and the markup guessed),
 * `lang="zh-HK"`, UTF-8, canonical always (relative links resolved against it): nav, an app banner `下載 Sundaykiss App`;
 * the `<h1>`; **the card `{name}醫生` `{specialty}專科醫生` (title `專科醫生`, department the specialty, no hospital)**; **the
 * day a `<time>`: `2023年5月6日` (45%: keyed), `N日前` with `title="2023年5月6日 14:22"` (35%: keyed) or `N日前` alone (20%:
 * null)**; the answer; 分享 / 讚好; a comment box; **`更多問答`: its first 3–4 entries in the markup (question, a `...`-cut
 * snippet on 60%), the rest behind `載入更多` (a button with `data-page="2"`): only the rendered entries keyed**.
 */
const sundaykissZhuanjiaWenda: Family = {
  name: 'sundaykiss-zhuanjia-wenda',
  split: 'fresh-109',
  site: 'www.sundaykiss.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.sundaykiss.com';
    const canonical = `${base}/expert-qa/${page.item.num}`;
    const dayForm = rng.weighted([['zh', 45], ['titled', 35], ['rel', 20]] as const);
    const snippets = rng.chance(0.6);
    const shown = page.related.slice(0, rng.int(3, 4));
    const href = (r: Related) => `/expert-qa/${itemNum(r)}`;
    const printed = (r: Related) => cutSnippet(r.snippet, 30, 32, '...');
    const time = dayForm === 'zh'
      ? `<time>${zhDay(page.date!)}</time>`
      : `<time${dayForm === 'titled' ? ` title="${zhDay(page.date!)} ${clock(rng)}"` : ''}>${rng.int(1, 6)}日前</time>`;
    const more = shown.length
      ? `<section class="more-qa"><h3>更多問答</h3><ul id="qa-list">${shown.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r))}</p>` : ''}</li>`).join('\n')}</ul>
${page.related.length > shown.length ? `<button class="load-more" data-page="2" data-src="/api/expert-qa/list?page=2">載入更多</button>` : ''}</section>`
      : '';
    const body = `<header><a href="${base}/"><img src="/img/logo.png" alt="Sundaykiss"></a><nav><a href="${base}/pregnancy">懷孕</a> <a href="${base}/baby">BB</a> <a href="${base}/expert-qa">專家問答</a> <a href="${base}/education">教育</a></nav></header>
<div class="app-banner"><a href="https://app.sundaykiss.com/">下載 Sundaykiss App</a></div>
<main><span class="cat">專家問答</span><h1>${esc(page.question)}</h1>
<div class="expert"><img src="${AVATAR(rng, 'www.sundaykiss.com')}" alt=""><b>${esc(d.name!)}醫生</b> <span>${esc(d.department!)}專科醫生</span> ${time}</div>
<div class="body">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>
<div class="act"><a href="javascript:;">分享</a> <a href="javascript:;">讚好</a></div></main>
<section class="comment"><h3>留言</h3><textarea placeholder="登入後留言"></textarea></section>
${more}
<footer>© Sundaykiss 版權所有</footer>`;
    const html = hk(documentOf(`${page.question} | 專家問答 | Sundaykiss`, canonical, '', body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '專科醫生', department: d.department, hospital: null, hospital_grade: null },
        date: dayForm === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(shown, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F6. drgo-yisheng-jieda ---

/**
 * F6. DrGo's 醫生解答 (www.drgo.com.hk/zh/ask/{id}: the host from memory, the path and the markup guessed), `lang="zh-HK"`,
 * UTF-8, canonical on 50% (relative links resolved against it; as written otherwise): nav, a `立即視像診症` banner (none: the
 * app's service, not the page's format), the `<h1>`; the card `{name}醫生` `{specialty}專科醫生` (title `專科醫生`, the
 * department the specialty, no hospital) before or after the answer; the answer; **the day only at the page's foot:
 * `本文由{name}醫生於 2023年5月6日 解答` / `2023-05-06` (keyed), with `最後更新：` a later day (none)**; **`該醫生的其他回答`
 * (the same doctor's other answers: question links, the snippet on 50%, undated)**; `推薦醫生` (none), `熱門搜尋` (none).
 */
const drgoYishengJieda: Family = {
  name: 'drgo-yisheng-jieda',
  split: 'fresh-109',
  site: 'www.drgo.com.hk',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.drgo.com.hk';
    const canonical = rng.chance(0.5) ? `${base}/zh/ask/${page.item.num}` : null;
    const zh = rng.chance(0.5);
    const cardFirst = rng.chance(0.5);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${canonical ? '' : base}/zh/ask/${itemNum(r)}`;
    const card = `<div class="dr"><img src="${AVATAR(rng, 'www.drgo.com.hk')}" alt=""><b>${esc(d.name!)}醫生</b><span>${esc(d.department!)}專科醫生</span></div>`;
    const answer = `<div class="answer">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</div>`;
    const others = related.length
      ? `<section class="dr-more"><h3>該醫生的其他回答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const body = `<header><a href="${base}/zh"><img src="/img/drgo.svg" alt="DrGo"></a><nav><a href="${base}/zh/doctors">搵醫生</a> <a href="${base}/zh/ask">醫生解答</a> <a href="${base}/zh/health">健康資訊</a></nav></header>
<div class="promo"><a href="${base}/zh/video-consultation">立即視像診症　足不出戶睇醫生</a></div>
<main><h1>${esc(page.question)}</h1>
${cardFirst ? `${card}\n${answer}` : `${answer}\n${card}`}
<div class="share"><a href="javascript:;">分享</a></div></main>
${others}
<aside><h3>推薦醫生</h3><ul>${Array.from({ length: 3 }, () => `<li><a href="${base}/zh/doctors/${rng.int(100, 999)}">${otherName(rng)}醫生</a></li>`).join('')}</ul>
<h3>熱門搜尋</h3><p><a href="${base}/zh/search?q=flu">流感</a> <a href="${base}/zh/search?q=eczema">濕疹</a></p></aside>
<footer><p class="by">本文由${esc(d.name!)}醫生於 ${zh ? zhDay(page.date!) : page.date} 解答　最後更新：${shift(page.date!, rng.int(5, 200))}</p><p>© DrGo Limited</p></footer>`;
    const html = hk(documentOf(`${page.question} - DrGo 醫生解答`, canonical, '', body));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '專科醫生', department: d.department, hospital: null, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

export const FRESH109_FAMILIES: readonly Family[] = [iiyiHuanzheZixun, babyhomeZhuanjiaZixun, healthydYishengWenda, cosmedYaoshiZixun, sundaykissZhuanjiaWenda, drgoYishengJieda];
