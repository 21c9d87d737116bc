import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, FEW_TITLES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Hundred-and-seventeenth fresh held-out set (split `fresh-117`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fifty-second set**, leaning on **the related
 * list in every shape**: cards with each item's own doctor (avatar, name, title), a link to the page itself among them, a
 * `换一换`; items with a format badge (`语音 1'32"` / `图文` / `视频 02:15`) and `N人听过` / `N人看过`, a `推广` item, relative
 * (`3天前`) and yearless (`05-06`) days, `加载更多`; tabs (相關問答 / 相關文章 / 相關產品) whose question panel is a two-column
 * grid, in a sidebar before the answer on some; a `<table>` of rows (諮詢主題 | 科別 | 回覆日期) with a header row, a pager, 民國
 * and yearless days, the same question listed twice; a video list in a column before the article in the markup; snippets
 * under a `答：` label cut with `…` / `...` and a `展开` link, a `赞助` item, on pages whose own answer is short.
 *
 * Six Chinese-language sites, none modelled or named by an earlier split. Grepped (case-insensitive, fixed strings, in
 * README.md and families*.ts), no hit: 天眼新闻 / 天眼 / 贵州日报 / todayguizhou, 冀云 / 冀 / 河北广电 / 河北广播 / 河北台 / hebtv /
 * jiyun, 位元堂 / wyt.com / 中醫師問答, 書田 / 书田 / shutien, 新唐人 / ntdtv / 健康1+1 (as a whole; `健康1` hits inside 健康160),
 * 新生活报 / 新生活 / xinshenghuo. Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (hit again), 妙手 /
 * miaoshou, 医联 / medlinker, 求医网 / qiuyi, 联合早报 / zaobao, 台灣e院 / hso.mohw, ETtoday / 健康雲, 香港01 / hk01, ulifestyle,
 * 红星新闻, 封面新闻, 九派, 极目, 上游新闻, 闪电新闻, 荔枝, 当今大马, 世界日報, 侨报, 新明日报, 力報, 濠江, 郑大一附院, 天坛, 北医三院,
 * Heho, 優活 / uho, 常春, 三立, TVBS, 鏡週刊, 元氣網 / udn, 自由時報 / ltn, NOWnews, 中時, now新聞, TVB, 好心情, 美团, 中华网,
 * 新安晚报 (大皖新闻 its app: not taken), 津云, 北方网, 极光新闻, 长城网, 西部网, 天山网, 云南网 and 春城晚报 (开屏新闻 its app: not
 * taken), 南国早报, 南海网 (新海南, its group's: not taken), 大江网, 中国宁波网 / cnnb (甬派, its group's: not taken), 紫牛,
 * 上观, 晶报, 卓健, 保柏 / Bupa, 東華三院, 臺大, 中國醫藥大學, 彰基, 國泰, 新光, 振興, 今周刊, 風傳媒, 匯流 (its host word cnews
 * hits), 大纪元, 双威 / Sunway, 鏡湖, 科大醫院, 市民日報, 看中国, 51.ca, 约克, 今日悉尼, 新华侨报, 親子王國, 港大深圳, KingNet,
 * 华侨 / 華僑 (华侨日报 not taken: its short name hits), 联合晚报, HealthHub, 竹脚, 鹰阁 / Gleneagles, KPJ; no hit but not taken:
 * 朝阳医院 (朝阳 hits), 海报新闻 (大众日报's: 大众 hits), 彩练新闻, 新文化报, 黄河新闻网, 动静, 广西云, 引力播, 看苏州, 无锡博报,
 * 深圳晚报 (读特's group), 衛生署, 佑全, 維康, 保良局, Bowtie, 論盡, 亚洲时报, DoctorOnCall, 佳康.
 * - **tianyan-dajia-haizaiwen**: 天眼新闻's (贵州日报) app share page: **`大家还在问` cards, each with its own doctor's avatar,
 *   name and title (none of the page's card), the snippet under `答：` cut with `…` or none, `N人看过`, a card linking to the
 *   page itself on some (none), `换一换`**; a short answer on some; `3天前` / `05-06` page days;
 * - **jiyun-wenyi-yuyin**: 冀云's (河北广播电视台) 问医 page: an `<audio>` answer with `1'32"` and `N人听过`; **`相关问答` items
 *   with format badges (`语音 1'32"`, `图文`, `视频 02:15`) and `N人听过` / `N人看过`, full, yearless (`05-06`) or relative
 *   (`3天前`) days by the page, a `推广` item (none), `加载更多`**;
 * - **wyt-zhongyishi-wenda**: 位元堂's 中醫師問答 (Hong Kong): `{name} 註冊中醫師`, **tabs 相關問答 / 相關文章 / 相關產品, the
 *   question panel a two-column grid (the only items), in an `<aside>` before the answer on some**, a `熱門問答` sidebar (none);
 * - **shutien-wangshang-zixun-big5**: 書田診所's 網路諮詢 (Taiwan, Big5 on most): **`相關諮詢` a `<table>` (header row, 諮詢主題 |
 *   科別 | 回覆日期), 民國 / full / yearless days, the same question twice on some (once), a pager**; 民國 reply days;
 * - **ntdtv-jiankang-yijiayi**: 新唐人's 健康1+1 (overseas; /b5/ or /gb/): a YouTube embed or `<video>`, **`相關問答` video
 *   items with durations in an `<aside>` before the article on some**, `熱點新聞` (none), a 最後更新 day (none);
 * - **xinshenghuo-yiyao-xinxiang**: 新生活报's 医药信箱 (Malaysia): `读者问：` / `医生答：`, **`其他读者还问了` / `猜你想问` items
 *   with the snippet under `答：` cut with `…` and a `展开` link or `...`, a `赞助` item (none), a pager, on pages whose own
 *   answer is one paragraph on some**.
 * Hosts from memory (www.ntdtv.com) or guessed (jgz.app.todayguizhou.com, www.hebtv.com, www.wyt.com.hk, www.shutien.org.tw,
 * www.xinshenghuo.com.my), every path, column name and the markup guessed; none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which list is the page's related list**: the list of other questions of the page's kind under `大家还在问`, `相关问答` /
 *   `相關問答`, `相關諮詢`, `其他读者还问了` / `猜你想问`; **a `热点推荐` / `熱點新聞` news list, a `热门专家` / `駐診中醫師` doctor
 *   list, a `熱門問答` site-wide hot-topics sidebar (other topics' questions), the `相關文章` and `相關產品` tabs (articles,
 *   a product shelf) none**;
 * - **each item**: its question as printed (the link's text); the snippet as printed without its `答：` label and without
 *   `展开` (cut ones with their `…` / `...`), else link-only `[]`; the date only where a whole day is printed (`2023-05-06`,
 *   `2023/05/06`, a 民國 `112/05/06` = 2023-05-06), **`3天前` and yearless `05-06` / `05/06` null**; **the format where its
 *   badge says (`语音` + length voice, `图文` text, `视频` + length video; an item with a duration in a video list video — the
 *   README's duration convention), else unknown**; **the item's own doctor (avatar, name, title on its card) none of the
 *   page's card**; `N人听过` / `N人看过` / `N次播放` none; **a `推广` / `赞助` item none; a card linking to the page itself none;
 *   the same question listed twice once (its first place)**; a table's header row none; links as written, resolved against
 *   the canonical where the page names one;
 * - **the answer** the doctor's paragraphs (on short pages the one printed); labels `答：` / `医生答：` / `醫生解答：` none;
 *   disclaimers, `以下为语音转文字内容` none;
 * - **the question** the `<h1>`'s, column prefixes (`问医｜`, `【健康1+1】`, `医药信箱｜`) none; `读者问：` / `觀眾提問：` labels
 *   none; the asker's `諮詢內容：` none;
 * - **the card** as printed: 天眼's and 冀云's name / title / hospital / department with the grade where printed; 位元堂's
 *   `{name} 註冊中醫師` (title 註冊中醫師, no department: `專長：` no field, no hospital: the `駐診分店` a shop, the pharmacy-shop
 *   convention); 書田's `回覆醫師：{department} {name} {title}` with **the hospital the site itself (書田診所)**; 新唐人's
 *   `節目嘉賓：` line (hospital, department, title, name as printed; the 主持人 none); 新生活报's `答复医生：` line; the grade
 *   null wherever none is printed;
 * - **the date** the answer's day as printed in full (民國 days the western day; `dd/mm/yyyy` read day first); `N天前` and
 *   yearless `05-06 14:20` null; the asker's `諮詢日期：` and 新唐人's `最後更新：` none;
 * - **format** voice only with an `<audio>` player, video only with a `<video>` or a YouTube embed, text where a `图文` label
 *   is printed, else unknown.
 */

type Related = TruthPage['related'][number];

/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
const slash = (iso: string) => iso.replace(/-/g, '/');
const VIEWPORT = '<meta name="viewport" content="width=device-width,initial-scale=1">\n';
const lang = (html: string, l: string) => html.replace('<html lang="zh-CN">', `<html lang="${l}">`);
const voiceLen = (rng: Rng) => `${rng.int(0, 2)}'${two(rng.int(5, 59))}"`;
const videoLen = (rng: Rng) => `${two(rng.int(1, 15))}:${two(rng.int(0, 59))}`;
/** A 民國 day: `112/05/06`. */
const roc = (iso: string) => `${Number(iso.slice(0, 4)) - 1911}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
/** Items keyed with the format their badge prints. */
const withFormat = (items: ExpectedItem[], formats: readonly Format[]) => items.map((e, i) => ({ ...e, format: formats[i]! }));
/**
 * Bytes in Big5, every character a browser's WHATWG Big5 decoder would not read back as written (characters Big5 lacks,
 * and the HKSCS codes iconv-lite uses for some simplified ones) as an `&#x…;` reference.
 */
const B5_OK = new Map<string, boolean>();
const big5Bytes = (html: string) => {
  const dec = new TextDecoder('big5');
  const out = [...html]
    .map((ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      let ok = B5_OK.get(ch);
      if (ok === undefined) {
        const bytes = iconv.encode(ch, 'big5');
        ok = iconv.decode(bytes, 'big5') === ch && dec.decode(bytes) === ch;
        B5_OK.set(ch, ok);
      }
      return ok ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
};

// --- F1. tianyan-dajia-haizaiwen ---

/**
 * F1. 天眼新闻's (贵州日报报刊社) app share page of a 健康 问答 (jgz.app.todayguizhou.com/appshare/news/{id}.html: host and path
 * guessed), UTF-8, viewport, canonical on 50% (links root-relative: resolved against it, else absolute): an `打开天眼新闻`
 * banner; the `<h1>` the question; `天眼新闻 {yyyy-mm-dd hh:mm}` (60%, keyed), `N天前` (20%) or `05-06 hh:mm` (20%) (null);
 * the card row (avatar, name, title, `{hospital}{grade 30%} {department}`, `+关注`); a `<video>` on 50% of video items; the
 * answer (only its first paragraph on 25%: a short answer); `免责声明` (none); 点赞 / 分享; **`大家还在问` cards: the item's
 * own doctor (avatar, another name, a title: none), the question, the snippet under `答：` cut at 40 with `…` (50%) or
 * none (link-only), `N人看过`; a card with the page's own question linking to the page itself on 35% (none); `换一换`**;
 * `热点推荐` (news: none); comments with 举报.
 */
const tianyanDajiaHaizaiwen: Family = {
  name: 'tianyan-dajia-haizaiwen',
  split: 'fresh-117',
  site: 'jgz.app.todayguizhou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://jgz.app.todayguizhou.com';
    const canonical = rng.chance(0.5) ? `${base}/appshare/news/${page.item.num}.html` : null;
    const dayForm = rng.weighted([['full', 60], ['relative', 20], ['yearless', 20]] as const);
    const day = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'relative' ? `${rng.int(1, 6)}天前` : `${page.date!.slice(5)} ${page.time}`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const video = page.format === 'video' && rng.chance(0.5);
    const short = page.paragraphs.length > 1 && rng.chance(0.25);
    const paragraphs = short ? page.paragraphs.slice(0, 1) : page.paragraphs;
    const snippets = rng.chance(0.5);
    const self = rng.chance(0.35);
    const related = page.related.slice(0, 6);
    const path = (num: number) => `${canonical ? '' : base}/appshare/news/${num}.html`;
    const href = (r: Related) => path(itemNum(r));
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 40, 42, '…') : null);
    const card = (q: string, link: string, snippet: string | null) =>
      `<a class="${c(rng, 'ask-card', 'qa-item')}" href="${link}"><div class="doc"><img src="https://img.todayguizhou.com/avatar/${token(rng, 8)}.jpg" alt=""><span class="n">${otherName(rng)}</span><em>${rng.pick(FEW_TITLES)}</em></div><h4>${esc(q)}</h4>${snippet === null ? '' : `<p><b>答：</b>${esc(snippet)}</p>`}<span class="pv">${rng.int(30, 9999)}人看过</span></a>`;
    const cards = related.map((r) => card(r.question, href(r), snippetOf(r)));
    if (self && cards.length) cards.splice(rng.int(0, cards.length), 0, card(page.question, path(page.item.num), snippets ? cutSnippet(page.paragraphs[0]!, 40, 42, '…') : null));
    const list = related.length
      ? `<section class="${c(rng, 'still-ask', 'djhzw')}"><div class="hd"><h3>大家还在问</h3><a href="javascript:;" class="swap">换一换</a></div>\n${cards.join('\n')}\n</section>`
      : '';
    const body = `<div class="${c(rng, 'open-app', 'app-bar')}"><img src="https://img.todayguizhou.com/logo.png" alt="天眼新闻"> 天眼新闻 <a href="tianyan://news/${page.item.num}">打开</a></div>
<div class="${c(rng, 'article', 'detail')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'info')}"><span>天眼新闻</span> <span>${day}</span></div>
<div class="${c(rng, 'doctor-row', 'author')}"><img src="https://img.todayguizhou.com/avatar/${token(rng, 8)}.jpg" alt=""><div><p class="name">${esc(d.name!)} <span>${esc(d.title!)}</span></p><p class="org">${esc(d.hospital!)}${grade ? `<i class="lv">${grade}</i>` : ''} ${esc(d.department!)}</p></div><a class="follow" href="javascript:;">+关注</a></div>
${video ? `<div class="player"><video src="https://v.todayguizhou.com/${token(rng, 12)}.mp4" controls playsinline></video></div>\n` : ''}<div class="${c(rng, 'content', 'article-content')}">
${paras(paragraphs)}
</div>
<p class="mzsm">免责声明：本文内容仅供参考，不作为诊断和治疗依据。</p>
<div class="bar"><a href="javascript:;">点赞 ${rng.int(1, 300)}</a> <a href="javascript:;">分享</a></div>
</div>
${list}
<div class="hot"><h3>热点推荐</h3><ul><li><a href="${base}/appshare/news/${rng.int(100000, 999999)}.html">贵阳地铁3号线最新进展</a></li><li><a href="${base}/appshare/news/${rng.int(100000, 999999)}.html">“村超”再度开赛</a></li></ul></div>
<div class="comments"><h3>评论</h3><div class="c-item"><b>${otherName(rng)}</b><p>学到了，谢谢医生。</p><a href="javascript:;">举报</a></div><textarea placeholder="写评论..."></textarea></div>`;
    const doc = documentOf(`${page.question}-天眼新闻`, canonical, VIEWPORT, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        paragraphs,
        date: dayForm === 'full' ? page.date : null,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, false),
      }),
    };
  },
};

// --- F2. jiyun-wenyi-yuyin ---

const BADGE: Record<Exclude<Format, 'unknown'>, string> = { voice: '语音', text: '图文', video: '视频' };

/**
 * F2. 冀云's (河北广播电视台) 问医 page (www.hebtv.com/jiyun/wenyi/{id}.shtml: host and path guessed), UTF-8, canonical on 40%
 * (links root-relative: resolved against it, else as written): nav; the `<h1>` the question or `问医｜{q}` (35%, the prefix
 * none); `{yyyy年m月d日 hh:mm}` / `{yyyy-mm-dd}` (70%, keyed) or `05月06日 14:20` (null); the card (name, title,
 * `{hospital}{（grade） 40%} · {department}`); **an `<audio>` with `1'32"` and `N人听过` on 80% of voice items (voice) and then
 * `以下为语音转文字内容` (none), a `<video>` on 70% of video items (video), a `图文` label on 50% of text items (text)**; the
 * answer; `温馨提示` (none); **`相关问答`: on 70% each item with its format badge (`语音 1'32"`, `图文`, `视频 02:15`: the
 * item's format), the question, a snippet cut at 34 with `...` (40%) or none, `N人听过` / `N人看过` (none), a day by the
 * page: `yyyy-mm-dd` (40%, keyed), `05-06` (30%) or `N天前` (30%) (null); a `推广` item on 45% (none); `加载更多`**;
 * `热门专家` (a doctor list: none).
 */
const jiyunWenyiYuyin: Family = {
  name: 'jiyun-wenyi-yuyin',
  split: 'fresh-117',
  site: 'www.hebtv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.hebtv.com';
    const canonical = rng.chance(0.4) ? `${base}/jiyun/wenyi/${page.item.num}.shtml` : null;
    const prefix = rng.chance(0.35);
    const full = rng.chance(0.7);
    const day = full ? (rng.chance(0.5) ? `${cnDate(page.date!)} ${page.time}` : page.date!) : `${page.date!.slice(5, 7)}月${page.date!.slice(8)}日 ${page.time}`;
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const fmt: Format =
      page.format === 'voice' && rng.chance(0.8) ? 'voice' : page.format === 'video' && rng.chance(0.7) ? 'video' : page.format === 'text' && rng.chance(0.5) ? 'text' : 'unknown';
    const badges = rng.chance(0.7);
    const snippets = rng.chance(0.4);
    const dayForm = rng.weighted([['full', 40], ['yearless', 30], ['relative', 30]] as const);
    const promo = rng.chance(0.45);
    const related = page.related.slice(0, 7);
    const href = (r: Related) => `/jiyun/wenyi/${itemNum(r)}.shtml`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 34, 36, '...') : null);
    const itemDay = (r: Related) => (dayForm === 'full' ? r.date! : dayForm === 'yearless' ? r.date!.slice(5) : `${rng.int(1, 9)}天前`);
    const badge = (f: Format) => (f === 'voice' ? `<span class="tag v">语音</span><span class="len">${esc(voiceLen(rng))}</span>` : f === 'video' ? `<span class="tag s">视频</span><span class="len">${videoLen(rng)}</span>` : f === 'text' ? '<span class="tag t">图文</span>' : '');
    const items = related.map((r) => {
      const s = snippetOf(r);
      const count = r.format === 'voice' ? `${rng.int(10, 8000)}人听过` : `${rng.int(10, 8000)}人看过`;
      return `<li class="${c(rng, 'qa-li', 'item')}">${badges ? badge(r.format) : ''}<a href="${href(r)}">${esc(r.question)}</a>${s === null ? '' : `<p class="sum">${esc(s)}</p>`}<p class="ft"><span>${count}</span> <span class="d">${itemDay(r)}</span></p></li>`;
    });
    if (promo && items.length > 1) items.splice(2, 0, `<li class="${c(rng, 'promo', 'ad-li')}"><span class="tag ad">推广</span><a href="https://ad.hebtv.com/c/${token(rng, 6)}">${rng.pick(['中老年体检套餐限时特惠', '河北名医在线问诊 首单1元'])}</a></li>`);
    const list = related.length
      ? `<div class="${c(rng, 'xgwd', 'related-qa')}"><h3>相关问答</h3><ul>${items.join('\n')}</ul><a class="more" href="javascript:;">加载更多</a></div>`
      : '';
    const media =
      fmt === 'voice'
        ? `<div class="${c(rng, 'voice', 'audio-box')}"><audio src="https://audio.hebtv.com/${token(rng, 12)}.mp3" preload="none"></audio><span class="len">${esc(voiceLen(rng))}</span> <span>${rng.int(50, 20000)}人听过</span></div>\n<p class="zwz">以下为语音转文字内容：</p>\n`
        : fmt === 'video'
          ? `<div class="player"><video src="https://v.hebtv.com/${token(rng, 12)}.mp4" controls></video></div>\n`
          : fmt === 'text'
            ? '<p class="fmt"><span>图文</span></p>\n'
            : '';
    const experts = Array.from({ length: 3 }, () => `<li><a href="/jiyun/doctor/${rng.int(100, 999)}.shtml">${otherName(rng)}</a> ${rng.pick(FEW_TITLES)}</li>`).join('');
    const body = `<div class="nav"><a href="${base}/">冀云</a> <a href="${base}/news/">新闻</a> <a href="${base}/jiyun/wenyi/">问医</a> <a href="${base}/live/">直播</a></div>
<div class="${c(rng, 'main', 'article')}">
<h1>${prefix ? '问医｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'meta')}">来源：冀云　${day}</div>
<div class="${c(rng, 'doctor', 'expert')}"><img src="https://img.hebtv.com/avatar/${token(rng, 8)}.jpg" alt=""><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)}${grade ? `（${grade}）` : ''} · ${esc(d.department!)}</p></div>
${media}<div class="${c(rng, 'content', 'answer')}">
${paras(page.paragraphs)}
</div>
<p class="tip">温馨提示：以上内容仅供参考，不能替代面诊。</p>
</div>
${list}
<div class="${c(rng, 'experts', 'rmzj')}"><h3>热门专家</h3><ul>${experts}</ul></div>
<div class="foot">河北广播电视台 冀云 版权所有</div>`;
    const doc = documentOf(`${page.question}_冀云`, canonical, VIEWPORT, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        date: full ? page.date : null,
        format: fmt,
        related: withFormat(
          itemsOf(related, href, canonical, snippetOf, dayForm === 'full'),
          related.map((r) => (badges ? r.format : 'unknown')),
        ),
      }),
    };
  },
};

// --- F3. wyt-zhongyishi-wenda ---

const WYT_BRANCHES = ['旺角', '銅鑼灣', '荃灣', '沙田', '觀塘', '元朗'];
const WYT_SPECS = ['內科、婦科', '痛症、針灸', '皮膚科、調理', '兒科、腸胃'];
const WYT_HOT = ['經常手腳冰冷點算好？', '濕氣重有咩徵狀？', '失眠可以飲咩湯水？', '秋冬乾燥點樣潤肺？'];
const WYT_ARTICLES = ['中醫教你四季養生', '濕熱體質飲食宜忌', '煲湯常用藥材一覽'];
const WYT_PRODUCTS = ['猴棗除痰散', '龜苓膏', '靈芝孢子'];

/**
 * F3. 位元堂's 中醫師問答 (Hong Kong; www.wyt.com.hk/zh-hk/health/qa/{id}: host and path guessed), UTF-8, `lang="zh-HK"`,
 * canonical on 50% (links root-relative: resolved against it, else as written): nav; **a `熱門問答` sidebar (site-wide hot
 * questions of other topics: none) and a `駐診中醫師` list (none) — in an `<aside>` before the main text in the markup on 40%,
 * with the related tab box in it then —**; a `問` badge and the `<h1>`; the card `{name} 註冊中醫師` with `駐診分店：{branch}`
 * and `專長：` (none); `{dd/mm/yyyy}` (50%) or `{yyyy年m月d日}` (keyed); `答：` and the answer; the disclaimer (none); share;
 * **tabs 相關問答 / 相關文章 / 相關產品 (問答 first and shown on 60%, else 文章 shown and 問答 second, hidden): the 問答 panel a
 * two-column grid (rows of two cells: the question, a snippet cut at 30 with `...` on 50%, else link-only), undated; the
 * article and product panels none**; `更多問答 >`.
 */
const wytZhongyishiWenda: Family = {
  name: 'wyt-zhongyishi-wenda',
  split: 'fresh-117',
  site: 'www.wyt.com.hk',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.wyt.com.hk';
    const canonical = rng.chance(0.5) ? `${base}/zh-hk/health/qa/${page.item.num}` : null;
    const dmy = rng.chance(0.5);
    const day = dmy ? `${page.date!.slice(8)}/${page.date!.slice(5, 7)}/${page.date!.slice(0, 4)}` : cnDate(page.date!);
    const asideFirst = rng.chance(0.4);
    const qaFirst = rng.chance(0.6);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zh-hk/health/qa/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 32, '...') : null);
    const cell = (r: Related) => {
      const s = snippetOf(r);
      return `<div class="${c(rng, 'col', 'cell')}"><a href="${href(r)}">${esc(r.question)}</a>${s === null ? '' : `<p>${esc(s)}</p>`}</div>`;
    };
    const rows: string[] = [];
    for (let i = 0; i < related.length; i += 2) rows.push(`<div class="row">${related.slice(i, i + 2).map(cell).join('')}</div>`);
    const qaTab = `<div class="panel${qaFirst ? ' active' : ''}" id="tab-qa"${qaFirst ? '' : ' hidden'}><div class="${c(rng, 'grid', 'qa-grid')}">\n${rows.join('\n')}\n</div><a class="more" href="/zh-hk/health/qa/">更多問答 &gt;</a></div>`;
    const artTab = `<div class="panel${qaFirst ? '' : ' active'}" id="tab-art"${qaFirst ? ' hidden' : ''}><ul>${WYT_ARTICLES.map((t) => `<li><a href="/zh-hk/health/article/${rng.int(100, 999)}">${t}</a></li>`).join('')}</ul></div>`;
    const prodTab = `<div class="panel" id="tab-prod" hidden><ul>${WYT_PRODUCTS.map((t) => `<li><a href="/zh-hk/shop/${rng.int(1000, 9999)}">${t}</a> HK$${rng.int(88, 688)}</li>`).join('')}</ul></div>`;
    const tabs = related.length
      ? `<div class="${c(rng, 'tabs-box', 'related-tabs')}"><ul class="tabs" role="tablist">${qaFirst ? '<li class="on" data-tab="qa">相關問答</li><li data-tab="art">相關文章</li>' : '<li class="on" data-tab="art">相關文章</li><li data-tab="qa">相關問答</li>'}<li data-tab="prod">相關產品</li></ul>\n${qaFirst ? `${qaTab}\n${artTab}` : `${artTab}\n${qaTab}`}\n${prodTab}</div>`
      : '';
    const sidebar = `<div class="${c(rng, 'hot-qa', 'rmwd')}"><h3>熱門問答</h3><ul>${rng
      .shuffle(WYT_HOT)
      .slice(0, 3)
      .map((q) => `<li><a href="/zh-hk/health/qa/${rng.int(10000, 99999)}">${q}</a></li>`)
      .join('')}</ul></div>\n<div class="docs"><h3>駐診中醫師</h3><ul>${Array.from({ length: 2 }, () => `<li>${otherName(rng)} 註冊中醫師（${rng.pick(WYT_BRANCHES)}）</li>`).join('')}</ul></div>`;
    const aside = `<aside class="${c(rng, 'side', 'sidebar')}">\n${asideFirst ? `${tabs}\n` : ''}${sidebar}\n</aside>`;
    const main = `<main class="${c(rng, 'qa-detail', 'main')}">
<div class="q"><span class="badge">問</span><h1>${esc(page.question)}</h1></div>
<div class="${c(rng, 'doctor', 'tcm')}"><img src="/images/doctor/${token(rng, 6)}.jpg" alt=""><p class="n">${esc(d.name!)} 註冊中醫師</p><p>駐診分店：${rng.pick(WYT_BRANCHES)}分店</p><p>專長：${rng.pick(WYT_SPECS)}</p></div>
<p class="date">${day}</p>
<div class="${c(rng, 'answer', 'a')}">
<p><span class="badge">答</span>：</p>
${paras(page.paragraphs)}
</div>
<p class="disclaimer">以上資料僅供參考，如有疑問請向註冊中醫師查詢。</p>
<div class="share"><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(base)}">WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(base)}">Facebook</a></div>
${asideFirst ? '' : tabs}
</main>`;
    const body = `<header><a href="/"><img src="/images/logo.png" alt="位元堂"></a><nav><a href="/zh-hk/products/">產品</a> <a href="/zh-hk/clinic/">中醫診所</a> <a href="/zh-hk/health/">健康資訊</a> <a href="/zh-hk/stores/">門市</a></nav></header>
<div class="wrap">
${asideFirst ? `${aside}\n${main}` : `${main}\n${aside}`}
</div>
<footer>© 位元堂藥業控股有限公司</footer>`;
    const doc = lang(documentOf(`${page.question} | 中醫師問答 | 位元堂`, canonical, VIEWPORT, body), 'zh-HK');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '註冊中醫師', department: null, hospital: null, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, false),
      }),
    };
  },
};

// --- F4. shutien-wangshang-zixun-big5 ---

const SHUTIEN = '書田診所';
const ST_DEPTS = ['泌尿科', '皮膚科', '家醫科', '婦產科', '小兒科', '神經內科', '腸胃科', '耳鼻喉科'];

/**
 * F4. 書田診所's 網路諮詢 (Taiwan; www.shutien.org.tw/consult/show.asp?id={id}: host and path guessed), `lang="zh-TW"`: Big5
 * declared (45%), undeclared (15%), declared `utf-8` wrongly (10%), UTF-8 (30%); every character the WHATWG Big5 decoder
 * would not read back written as `&#x…;`; no canonical (links root-relative, as written); a table layout: logo, nav; the
 * asker's table: `諮詢主題：{q}` (the question), `諮詢科別：`, `諮詢內容：` (none), `諮詢日期：` (a day or two before: none);
 * `回覆醫師：{department} {name} {title}` (the hospital the site itself); `回覆日期：` `yyyy/mm/dd` (50%), `112/05/06` (25%)
 * or `民國112年5月6日` (25%) (keyed: the western day); the answer as `<p>`s, left unclosed on 30%; `※本回覆僅供參考…` (none);
 * **`相關諮詢` a `<table>` with a header row (諮詢主題 | 科別 | 回覆日期) and a row an item (the question a link, another
 * department, the day by the page: `yyyy/mm/dd` 45% or 民國 `112/05/06` 25% (keyed) or `05/06` 30% (null)); on 25% the
 * first item listed again at the end (keyed once); a pager `共N筆 第1/N頁 下一頁`**; `門診時間` (none).
 */
const shutienWangshangZixunBig5: Family = {
  name: 'shutien-wangshang-zixun-big5',
  split: 'fresh-117',
  site: 'www.shutien.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['big5', 45], ['undeclared', 15], ['wrong', 10], ['utf8', 30]] as const);
    const dayForm = rng.weighted([['slash', 50], ['roc', 25], ['roc-cn', 25]] as const);
    const [y, m, dd] = page.date!.split('-');
    const day = dayForm === 'slash' ? slash(page.date!) : dayForm === 'roc' ? roc(page.date!) : `民國${Number(y) - 1911}年${Number(m)}月${Number(dd)}日`;
    const unclosed = rng.chance(0.3);
    const itemForm = rng.weighted([['slash', 45], ['roc', 25], ['yearless', 30]] as const);
    const twice = rng.chance(0.25);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/consult/show.asp?id=${itemNum(r)}`;
    const itemDay = (r: Related) => (itemForm === 'slash' ? slash(r.date!) : itemForm === 'roc' ? roc(r.date!) : `${r.date!.slice(5, 7)}/${r.date!.slice(8)}`);
    const row = (r: Related) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td>${rng.pick(ST_DEPTS)}</td><td>${itemDay(r)}</td></tr>`;
    const rows = related.map(row);
    if (twice && related.length > 1) rows.push(row(related[0]!));
    const list = related.length
      ? `<table class="${c(rng, 'xgzx', 'list')}" width="100%" border="0" cellpadding="4"><tr><td colspan="3" class="t"><b>相關諮詢</b></td></tr><tr class="h"><th>諮詢主題</th><th>科別</th><th>回覆日期</th></tr>\n${rows.join('\n')}\n</table>\n<div class="pager">共${related.length * 3}筆　第1/3頁　<a href="/consult/list.asp?page=2">下一頁</a></div>`
      : '';
    const cell = (k: string, v: string) => `<tr><td class="l" width="90">${k}</td><td>${v}</td></tr>`;
    const answer = page.paragraphs.map((p) => `<p>${esc(p)}${unclosed ? '' : '</p>'}`).join('\n');
    const body = `<table width="960" align="center" border="0"><tr><td><img src="/images/logo.gif" alt="${SHUTIEN}"></td><td class="nav"><a href="/">首頁</a> | <a href="/clinic/time.asp">門診時間</a> | <a href="/doctor/">醫師介紹</a> | <a href="/consult/">網路諮詢</a> | <a href="/health/">衛教資訊</a></td></tr></table>
<table width="960" align="center" class="${c(rng, 'ask', 'zx')}" border="1">
${cell('諮詢主題：', `<b>${esc(page.question)}</b>`)}
${cell('諮詢科別：', esc(d.department!))}
${cell('諮詢內容：', esc(rng.pick(ASKER_LINES)))}
${cell('諮詢日期：', slash(shift(page.date!, -rng.int(1, 2))))}
</table>
<div class="${c(rng, 'reply', 'hf')}">
<p class="doc">回覆醫師：${esc(d.department!)} ${esc(d.name!)} ${esc(d.title!)}</p>
<p class="date">回覆日期：${day}</p>
<div class="${c(rng, 'content', 'ans')}">
${answer}
</div>
</div>
<p class="note">※本回覆僅供參考，實際情形請至門診由醫師診察。</p>
${list}
<div class="clinic-time"><b>門診時間</b> 週一至週六 上午9:00-12:00　下午2:00-5:00　晚上6:00-9:00</div>
<div class="foot">${SHUTIEN} 版權所有　台北市大安區</div>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' || enc === 'wrong' ? '<meta charset="utf-8">' : '';
    const html = lang(documentOf(`${page.question} - 網路諮詢 - ${SHUTIEN}`, null, '', body, charset), 'zh-TW');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: SHUTIEN, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, itemForm !== 'yearless'),
      }),
    };
  },
};

// --- F5. ntdtv-jiankang-yijiayi ---

/**
 * F5. 新唐人's 健康1+1 (overseas; www.ntdtv.com/{b5|gb}/{yyyy}/{mm}/{dd}/a{id}.html: the host from memory, the path guessed),
 * UTF-8, `lang="zh-Hant"` or `zh-Hans` with the nav's words, the canonical always (links absolute on 50% or root-relative:
 * resolved): nav; the headline `【健康1+1】{q}` (50%, the prefix none) or the question; `{yyyy-mm-dd hh:mm}` (keyed) and
 * `最後更新：` a later day on 30% (none); a YouTube `<iframe>` embed (50%) or a `<video>` (video, always); `主持人：{x}` (none);
 * the card `節目嘉賓：{hospital}{department}{title} {name}`; `觀眾提問：{q}` on 50% (label none); `醫生解答：` and the answer;
 * `責任編輯：` (none); share; **`相關問答`: video items (a thumbnail with its duration, the question, link-only, `yyyy-mm-dd` on
 * 50% keyed), in an `<aside>` before the article in the markup on 45% (after it otherwise)**; `熱點新聞` (none).
 */
const ntdtvJiankangYijiayi: Family = {
  name: 'ntdtv-jiankang-yijiayi',
  split: 'fresh-117',
  site: 'www.ntdtv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ntdtv.com';
    const b5 = rng.chance(0.5);
    const ed = b5 ? 'b5' : 'gb';
    const pathOf = (iso: string, num: number) => `/${ed}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8)}/a${num}.html`;
    const canonical = `${base}${pathOf(page.date!, page.item.num)}`;
    const absolute = rng.chance(0.5);
    const prefix = rng.chance(0.5);
    const updated = rng.chance(0.3);
    const youtube = rng.chance(0.5);
    const asks = rng.chance(0.5);
    const before = rng.chance(0.45);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${absolute ? base : ''}${pathOf(r.date!, itemNum(r))}`;
    const w = (t: string, s: string) => (b5 ? t : s);
    const items = related.map(
      (r) =>
        `<li class="${c(rng, 'vitem', 'post')}"><a href="${href(r)}"><span class="thumb"><img src="https://i.ntdtv.com/assets/${token(rng, 10)}.jpg" alt=""><span class="duration">${videoLen(rng)}</span></span><span class="title">${esc(r.question)}</span></a>${dated ? `<span class="date">${r.date}</span>` : ''}</li>`,
    );
    const list = related.length ? `<div class="${c(rng, 'related', 'related_list')}"><h3>${w('相關問答', '相关问答')}</h3><ul>${items.join('\n')}</ul></div>` : '';
    const aside = `<aside class="${c(rng, 'sidebar', 'side')}">\n${before ? `${list}\n` : ''}<div class="hot"><h3>${w('熱點新聞', '热点新闻')}</h3><ul><li><a href="${base}/${ed}/${page.date!.slice(0, 4)}/news/${rng.int(100000, 999999)}.html">${w('紐約地鐵票價將調整', '纽约地铁票价将调整')}</a></li><li><a href="${base}/${ed}/news/${rng.int(100000, 999999)}.html">${w('加州山火持續蔓延', '加州山火持续蔓延')}</a></li></ul></div>\n</aside>`;
    const player = youtube
      ? `<div class="video_fit_container"><iframe src="https://www.youtube.com/embed/${token(rng, 11)}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>`
      : `<div class="player"><video src="https://vod.ntdtv.com/${token(rng, 12)}.mp4" controls preload="none"></video></div>`;
    const article = `<div class="${c(rng, 'article', 'main_content')}">
<h1 class="article_title">${prefix ? '【健康1+1】' : ''}${esc(page.question)}</h1>
<div class="article_info"><span class="time">${page.date} ${page.time}</span>${updated ? ` <span class="upd">${w('最後更新', '最后更新')}：${shift(page.date!, rng.int(1, 20))} ${page.time}</span>` : ''}</div>
${player}
<div class="${c(rng, 'post_content', 'article_content')}">
<p class="host">${w('主持人', '主持人')}：${otherName(rng)}</p>
<p class="guest">${w('節目嘉賓', '节目嘉宾')}：${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</p>
${asks ? `<p><strong>${w('觀眾提問', '观众提问')}：</strong>${esc(page.question)}</p>\n` : ''}<p><strong>${w('醫生解答', '医生解答')}：</strong></p>
${paras(page.paragraphs)}
<p class="editor">${w('責任編輯', '责任编辑')}：${otherName(rng)}</p>
</div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(canonical)}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(canonical)}">Twitter</a></div>
${before ? '' : list}
</div>`;
    const body = `<header><a href="${base}/${ed}/"><img src="/assets/logo.png" alt="${w('新唐人電視台', '新唐人电视台')}"></a><nav><a href="${base}/${ed}/prog/">${w('節目', '节目')}</a> <a href="${base}/${ed}/prog/health/">${w('健康1+1', '健康1+1')}</a> <a href="${base}/${ed}/live/">${w('直播', '直播')}</a></nav></header>
<div class="container">
${before ? `${aside}\n${article}` : `${article}\n${aside}`}
</div>
<footer>© ${w('新唐人電視台', '新唐人电视台')} NTD Television</footer>`;
    const doc = lang(documentOf(`${prefix ? '【健康1+1】' : ''}${page.question} | ${w('新唐人電視台', '新唐人电视台')}`, canonical, VIEWPORT, body), b5 ? 'zh-Hant' : 'zh-Hans');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'video',
        related: itemsOf(related, href, canonical, () => null, dated).map((e) => ({ ...e, format: 'video' as const })),
      }),
    };
  },
};

// --- F6. xinshenghuo-yiyao-xinxiang ---

/**
 * F6. 新生活报's 医药信箱 (Malaysia; www.xinshenghuo.com.my/health/{id}: host and path guessed), UTF-8, simplified, canonical
 * on 50% (links root-relative: resolved against it, else as written): an app banner on 40%; nav; the `<h1>` `医药信箱｜{q}`
 * (40%, the prefix none) or the question; `{dd/mm/yyyy}` (40%) or `{yyyy年m月d日}` (40%) (keyed) or `N天前` (20%, null);
 * `读者问：{q}` on 50% (label none); the card `答复医生：{name}（{title}，{hospital}{department}）`; `医生答：` and the answer —
 * **only its first paragraph on 35% (a short answer)**; `（本栏内容仅供参考）` (none); WhatsApp / Facebook share; **`其他读者还问了`
 * (65%) or `猜你想问`: items with the snippet under `答：` cut at 28 with `…` and a `展开` link (40%), cut with `...` (30%) or
 * none (30%, link-only), undated; a `赞助` item among them on 40% (none); a pager `上一页 1 2 3 下一页` on 50%**; `相关新闻`
 * (news: none); a comment box with 举报.
 */
const xinshenghuoYiyaoXinxiang: Family = {
  name: 'xinshenghuo-yiyao-xinxiang',
  split: 'fresh-117',
  site: 'www.xinshenghuo.com.my',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.xinshenghuo.com.my';
    const canonical = rng.chance(0.5) ? `${base}/health/${page.item.num}` : null;
    const banner = rng.chance(0.4);
    const prefix = rng.chance(0.4);
    const dayForm = rng.weighted([['dmy', 40], ['cn', 40], ['relative', 20]] as const);
    const day = dayForm === 'dmy' ? `${page.date!.slice(8)}/${page.date!.slice(5, 7)}/${page.date!.slice(0, 4)}` : dayForm === 'cn' ? cnDate(page.date!) : `${rng.int(1, 6)}天前`;
    const asks = rng.chance(0.5);
    const short = page.paragraphs.length > 1 && rng.chance(0.35);
    const paragraphs = short ? page.paragraphs.slice(0, 1) : page.paragraphs;
    const head = rng.chance(0.65) ? '其他读者还问了' : '猜你想问';
    const snipForm = rng.weighted([['unfold', 40], ['dots', 30], ['none', 30]] as const);
    const sponsor = rng.chance(0.4);
    const pager = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/health/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snipForm === 'unfold' ? cutSnippet(r.snippet, 28, 30, '…') : snipForm === 'dots' ? cutSnippet(r.snippet, 28, 30, '...') : null);
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li class="${c(rng, 'ask-li', 'q')}"><a href="${href(r)}" class="t">${esc(r.question)}</a>${s === null ? '' : `<p class="a"><b>答：</b>${esc(s)}${snipForm === 'unfold' && s.endsWith('…') ? ` <a href="${href(r)}" class="unfold">展开</a>` : ''}</p>`}</li>`;
    });
    if (sponsor && items.length > 1) items.splice(rng.int(1, items.length), 0, `<li class="${c(rng, 'sponsor', 'ad')}"><span>赞助</span> <a href="https://ads.xinshenghuo.com.my/c/${token(rng, 6)}">${rng.pick(['关节痛？试试这款保健品', '全身体检配套 限时优惠'])}</a></li>`);
    const list = related.length
      ? `<div class="${c(rng, 'more-qa', 'related')}"><h3>${head}</h3><ul>${items.join('\n')}</ul>${pager ? '<div class="pager"><a href="javascript:;">上一页</a> <b>1</b> <a href="javascript:;">2</a> <a href="javascript:;">3</a> <a href="javascript:;">下一页</a></div>' : ''}</div>`
      : '';
    const body = `${banner ? `<div class="app-banner">下载新生活报APP，阅读更多精彩内容 <a href="https://play.google.com/store/apps/details?id=my.xinshenghuo">下载</a></div>\n` : ''}<header><a href="/"><img src="/logo.png" alt="新生活报"></a><nav><a href="/news/">新闻</a> <a href="/health/">健康</a> <a href="/life/">生活</a> <a href="/epaper/">电子报</a></nav></header>
<div class="${c(rng, 'article', 'post')}">
<h1>${prefix ? '医药信箱｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'byline')}">新生活报 · 医药信箱　${day}</div>
<div class="${c(rng, 'content', 'entry')}">
${asks ? `<p><b>读者问：</b>${esc(page.question)}</p>\n` : ''}<p class="doc">答复医生：${esc(d.name!)}（${esc(d.title!)}，${esc(d.hospital!)}${esc(d.department!)}）</p>
<p><b>医生答：</b></p>
${paras(paragraphs)}
<p class="note">（本栏内容仅供参考，如有不适请及早就医。）</p>
</div>
<div class="share"><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(base)}">WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(base)}">Facebook</a></div>
</div>
${list}
<div class="news"><h3>相关新闻</h3><ul><li><a href="/news/${rng.int(100000, 999999)}">沙巴今年登革热病例上升</a></li><li><a href="/news/${rng.int(100000, 999999)}">卫生部吁民众接种流感疫苗</a></li></ul></div>
<div class="comment"><textarea placeholder="发表评论"></textarea><button>发布</button> <a href="javascript:;">举报</a></div>
<footer>© 新生活报 Xin Sheng Huo</footer>`;
    const doc = documentOf(`${prefix ? '医药信箱｜' : ''}${page.question} - 新生活报`, canonical, VIEWPORT, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs,
        date: dayForm === 'relative' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, false),
      }),
    };
  },
};

export const FRESH117_FAMILIES: readonly Family[] = [tianyanDajiaHaizaiwen, jiyunWenyiYuyin, wytZhongyishiWenda, shutienWangshangZixunBig5, ntdtvJiankangYijiayi, xinshenghuoYiyaoXinxiang];
