import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, cnDate, cutAnswer, cutSnippet, documentOf, epochSeconds, itemNum, itemsOf, otherName, paras, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-fifteenth fresh held-out set (split `fresh-115`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fiftieth set**, leaning on **pages as
 * phones get them**: an app's H5 share page with an `打开APP` / `APP内打开` banner and `window.__INITIAL_STATE__` /
 * `__NEXT_DATA__` holding the same answer, a Baidu MIP page (`<mip-img>`, `<mip-showmore>`, `<mip-fixed>` bars, inline
 * CSS), an AMP page (`<html ⚡>`, `<amp-img>`, `<amp-accordion>`, `<amp-sidebar>`), answers folded behind `展开全文` /
 * `查看全部` / `閱讀全文` (the whole text in the markup) or cut to a preview with the rest only in the app, lazy images
 * (`data-src`), the question again in a sticky header, doctor cards as a compact row with an avatar and a `关注` button,
 * related feeds with video, live and ad cards among the questions and `加载更多`, relative and yearless days, sticky
 * bottom bars (咨询 / 收藏 / 分享), viewport and app-deeplink meta, and a Macau paper's mobile page in Big5.
 *
 * Six Chinese-language sites, none modelled or named by an earlier split. Grepped (case-insensitive, fixed strings, in
 * README.md and families*.ts), no hit: 大象新闻 / 大象 / 河南广播电视台 / hntv / daxiang, 新黄河 / 济南日报 / 济南时报 /
 * jinantimes, 触电新闻 / 触电 / 觸電 / 广东广播电视台 / touchtv / itouchtv, 中天新聞 / 中天 / ctinews / ctitv / 旺旺, 點新聞 /
 * dotdotnews / dotdot (simplified 点新闻 hits only inside `热点新闻`: no site), 新華澳報 / 新华澳报 / 華澳 / waou. Left alone
 * because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (hit again), 封面新闻 / thecover, 九派, 南方+ / nfapp, 闪电新闻 /
 * 齐鲁网, TVBS / 健康2.0, Now新聞, 大众网 / dzwww, 红星新闻 / cdsb, 广州日报, 浙大二院, 长海, 南海网, 扬子晚报 / 紫牛, 常春,
 * 當今大馬, 香港01 / hk01, 澳門力報 / exmoo, 看看新闻, 上游新闻, 北方网, 荔枝新闻 / jstv, 元氣網 / udn, 三立, ettoday, 聯合,
 * 自由 / ltn, 健康醫療網, heho, 優活 / uho, 潇湘, 好心肝, MedPartner, nownews, 明周, 新明 / shinmin, 信報 / hkej, 市民日報,
 * 华声 / voc, 湖南日报, 北青, 新民, sina; no hit but not taken: 楚天 / ctdsb (its app 极目 hits), 极光新闻, 津云 / tjyun (北方网's
 * group), 看度, 董氏, 商周, 濠江, 映象 / hnr.cn, 中国日报, 大河报 (大河 hits), 联合晚报 (联合早报 hits).
 * - **daxiang-yisheng-shuo**: 大象新闻's (河南广播电视台) app share page of a 大象名医 answer: `打开大象新闻APP` banner,
 *   the answer whole, folded (whole text in the markup) or **a preview with the rest only in the app**, a
 *   `window.__INITIAL_STATE__`, relative / yearless days, a feed with video and ad cards and `加载更多`;
 * - **xinhuanghe-mip-wenda**: 新黄河's (济南日报报业集团) 健康问答 as a Baidu MIP page: `<mip-img>` avatar, `+关注`,
 *   `<mip-showmore>` with `展开全文`, `<mip-fixed>` top and bottom bars, a sticky question, `相关问答` in several forms;
 * - **touchtv-mingyi-shipin**: 触电新闻's (广东广播电视台) Next.js share page of a 名医 video: a player, `视频文字版`,
 *   `查看全部`, `__NEXT_DATA__`, relative / yearless days with a whole day in a `本文首发于` line on some, a video feed;
 * - **ctinews-yishi-jieda**: 中天新聞's AMP page of a 醫師解答 story (Taiwan): `<amp-img>`, `<amp-sidebar>`,
 *   `<amp-accordion>` `閱讀全文`, `<amp-video>` / `<amp-youtube>`, `Q：` / `A：`, `延伸閱讀`;
 * - **dotdotnews-yisheng-hua**: 點新聞's (Hong Kong) 醫生話你知 on its mobile page: `{specialty}專科醫生` / `家庭醫生`
 *   cards with no hospital, `閱讀全文` over a `display:none` rest, `小時前`, lazy thumbnails in `相關新聞`;
 * - **waou-yisheng-xinxiang**: 新華澳報's (Macau) 醫生信箱 on its mobile template: Big5 declared, undeclared or wrongly
 *   utf-8 on most, the issue line, `讀者問：` / `答：`, a run-together `（本欄由{hospital}{dept}{title}{name}解答）`,
 *   unclosed `<p>`s, `本版其他新聞`.
 * Hosts from memory (h5.hntv.tv, www.jinantimes.com.cn, www.itouchtv.cn, www.ctinews.com, www.dotdotnews.com,
 * www.waou.com.mo; the m. / share hosts guessed), every path, column name and the markup guessed; none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the question** the page's question as printed in its `<h1>` or after `Q：` / `問：` / `讀者問：` (the label none); the
 *   sticky header and `<title>` repeat it; a headline that asks nothing (`醫師解答｜` / `醫生話你知｜` / `醫生信箱：` before
 *   the question: the prefix none; `{topic}別輕忽 醫師一次說清楚`, `醫生信箱（{n}）`: none) never the question; the
 *   asker's `问题描述：` line none;
 * - **the answer** the doctor's text: **folded (max-height, a class, `<mip-showmore>`, `<amp-accordion>`, `display:none`) the
 *   whole text, its `展开全文` / `查看全部` / `閱讀全文` none; cut to a preview with `打开大象新闻APP，阅读全文` the preview as
 *   printed, the cut paragraph with its `…`** (fresh-14's cut-preview: the rest is only in the app; the page's
 *   `__INITIAL_STATE__` holds the same preview and `locked: true`, no more); `视频文字版` / `A：` / `答：` heads, captions,
 *   bylines, disclaimers, `（本欄由…解答）` none;
 * - **the card** as printed: compact rows (name, title, hospital with the grade tag where one is printed, department);
 *   `关注` none; the grade null where the page prints none (`__INITIAL_STATE__` / `__NEXT_DATA__`'s `hospitalLevel` is
 *   structured data: none); 點新聞 `{specialty}專科醫生` → title 專科醫生, department the specialty, `家庭醫生` → title
 *   家庭醫生, department null, hospital null (a media site; the `{specialty}專科醫生` convention); 新華澳報's run-together
 *   `{hospital}{dept}{title}{name}` parted as the truth has it (hospital, department, title 專科醫生 / 主治醫生 / 顧問醫生);
 * - **the date** the answer's or the article's day where a whole day is printed (新華澳報's issue line that day); relative
 *   (`3天前`, `昨天 14:20`, `5小時前`) and yearless (`05-06 14:20`) days null **unless a whole day is printed elsewhere on
 *   the page (触电's `本文首发于触电新闻 2023年5月6日`): then that day**; an epoch in `__INITIAL_STATE__` / `__NEXT_DATA__` /
 *   JSON-LD alone is none;
 * - **format** video only with a player (`<video>`, `<amp-video>`, `<amp-youtube>`), voice only with an `<audio>` /
 *   `<mip-audio>` clip; else unknown;
 * - **items**: 相关推荐 / 相关问答 / 相关视频 / 为你推荐 / 延伸閱讀 / 相關新聞, question items only: **the feed's video
 *   cards (`大象名医｜…`), live cards (`正在直播`), ad cards (`广告` / `推广`) none**; 大象热榜, 24小时热点, 熱門新聞, 熱門,
 *   本版其他新聞 none; an item's snippet where printed (cut ones kept with `...`), else link-only `[]`; dated where a whole day
 *   is printed (relative and yearless null); links as written, resolved against the canonical where the page names one
 *   (MIP and AMP pages always name it).
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
/** A day relative to the day the page was seen: names no day. */
const relDay = (rng: Rng) => rng.pick([`${rng.int(2, 6)}天前`, `昨天 ${clock(rng)}`, `前天 ${clock(rng)}`, `${rng.int(1, 20)}小时前`]);
const relDayTw = (rng: Rng) => rng.pick([`${rng.int(2, 6)}天前`, `${rng.int(1, 20)}小時前`, `昨天 ${clock(rng)}`]);
const weekday = (iso: string) => '日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const VIEWPORT = '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** A lazy image: a placeholder in `src`, the picture in `data-src`. */
const lazy = (rng: Rng, src: string, klass = 'lazy') => `<img class="${klass}" src="${PIXEL}" data-src="${src}" alt="">`;
/** A script holding a page state, `<` escaped as frameworks do. */
const stateScript = (name: string, state: unknown) => `<script>${name}=${JSON.stringify(state).replace(/</g, '\\u003c')};</script>`;
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

// --- F1. daxiang-yisheng-shuo ---

/**
 * F1. 大象新闻's app share page of a 大象名医 answer (h5.hntv.tv/share/article/{id}: the host from memory, the path guessed),
 * UTF-8, viewport and `apple-itunes-app` / `al:android:url` deeplink meta, no canonical (links absolute): a top banner
 * `打开大象新闻APP` / `APP内打开`; a sticky header repeating the question (display:none until scrolled); the `<h1>`; a
 * compact card row (lazy avatar, name, title, `{hospital} {department}` or `{department} · {hospital}`, the grade tag on 40%
 * — keyed —, `+ 关注`); the day `yyyy-mm-dd hh:mm` (50%, keyed), relative (30%) or yearless (20%) (null); on video items a
 * `<video>` (60%, video), on voice items an `<audio>` bar (60%, voice); **the answer whole (40%), folded (35%: max-height or a
 * class, `展开全文`, whole text in the markup) or a preview (25%: cut after 50–120 characters with `…` and `打开大象新闻APP，
 * 阅读全文`; the rest only in the app)**; `window.__INITIAL_STATE__` (the content as shown: the whole text, or the preview
 * with `locked: true`; `hospitalLevel` always, an epoch); `相关推荐` feed: items with a snippet (cut at 40 with `...` 40%,
 * whole 30%) or link-only (30%), `yyyy-mm-dd` on 30% (keyed) else `N天前`; a video card and an ad card among them (none);
 * `加载更多`; `大象热榜` (none); a bottom bar 评论 / 收藏 / 分享 / APP内打开.
 */
const daxiangYishengShuo: Family = {
  name: 'daxiang-yisheng-shuo',
  split: 'fresh-115',
  site: 'h5.hntv.tv',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://h5.hntv.tv';
    const id = page.item.num;
    const topic = topicWord(page);
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const dayForm = rng.weighted([['full', 50], ['relative', 30], ['yearless', 20]] as const);
    const day = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'relative' ? relDay(rng) : `${page.date!.slice(5)} ${page.time}`;
    const mode = rng.weighted([['whole', 40], ['folded', 35], ['app', 25]] as const);
    const preview = mode === 'app' ? cutAnswer(page.paragraphs, rng.int(50, 120), '…') : null;
    const shown = preview ?? page.paragraphs;
    const player = page.format === 'video' && rng.chance(0.6) ? 'video' : page.format === 'voice' && rng.chance(0.6) ? 'voice' : null;
    const snippets = rng.weighted([['cut', 40], ['whole', 30], ['none', 30]] as const);
    const dated = rng.chance(0.3);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/share/article/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snippets === 'cut' ? cutSnippet(r.snippet, 40, 42, '...') : snippets === 'whole' ? r.snippet : null);
    const hosp = `${esc(d.hospital!)}${grade ? `<i class="${c(rng, 'tag', 'level')}">${grade}</i>` : ''}`;
    const card = `<div class="${c(rng, 'doc-row', 'author-bar', 'expert')}">${lazy(rng, `https://img.hntv.tv/avatar/${token(rng, 10)}.jpg`, 'avatar lazy')}<div class="info"><p class="name">${esc(d.name!)} <span class="title">${esc(d.title!)}</span></p><p class="org">${rng.chance(0.5) ? `${hosp} ${esc(d.department!)}` : `${esc(d.department!)} · ${hosp}`}</p></div><button class="follow">+ 关注</button></div>`;
    const media =
      player === 'video'
        ? `<div class="player"><video src="https://vod.hntv.tv/${token(rng, 12)}.mp4" poster="https://img.hntv.tv/poster/${token(rng, 8)}.jpg" controls playsinline webkit-playsinline></video><span class="dur">0${rng.int(1, 5)}:${two(rng.int(0, 59))}</span></div>`
        : player === 'voice'
          ? `<div class="voice"><audio src="https://vod.hntv.tv/a/${token(rng, 12)}.mp3" preload="none"></audio><span class="play">▶</span><span class="len">${rng.int(20, 59)}″</span> 语音解答</div>`
          : '';
    const foldCss = rng.chance(0.5);
    const answer =
      mode === 'folded'
        ? `<div class="${foldCss ? 'content is-fold' : 'content'}"${foldCss ? '' : ' style="max-height:15rem;overflow:hidden"'}>\n${paras(page.paragraphs)}\n</div>\n<div class="unfold"><span>展开全文</span> <i>∨</i></div>`
        : `<div class="content">\n${paras(shown)}\n</div>${preview ? `\n<div class="${c(rng, 'app-more', 'read-in-app')}"><a href="daxiang://article/${id}">打开大象新闻APP，阅读全文</a></div>` : ''}`;
    const cards = related.map((r) => `<a class="${c(rng, 'feed-item', 'news-card')}" href="${href(r)}"><h4>${esc(r.question)}</h4>${snippetOf(r) === null ? '' : `<p>${esc(snippetOf(r)!)}</p>`}<span class="meta">${rng.int(2, 90)}${rng.chance(0.5) ? '.' + rng.int(1, 9) + '万' : ''}阅读 · ${dated ? r.date : `${rng.int(2, 9)}天前`}</span></a>`);
    const video = `<a class="feed-item video" href="${base}/share/video/${rng.int(100000, 999999)}">${lazy(rng, `https://img.hntv.tv/v/${token(rng, 8)}.jpg`)}<span class="dur">02:${two(rng.int(0, 59))}</span><h4>大象名医｜${esc(topic)}的三个误区</h4></a>`;
    const ad = `<div class="feed-item ad"><span class="ad-tag">广告</span><a href="https://ad.hntv.tv/c/${token(rng, 6)}">${rng.pick(['夏季清凉好物 限时特惠', '体检套餐低至5折 立即预约'])}</a></div>`;
    if (cards.length > 1) cards.splice(2, 0, video);
    if (cards.length > 4) cards.splice(5, 0, ad);
    const feed = related.length
      ? `<section class="${c(rng, 'recommend', 'feed')}"><h3>相关推荐</h3>\n${cards.join('\n')}\n<div class="load-more">加载更多</div></section>`
      : '';
    const state = {
      article: {
        id,
        title: page.question,
        content: shown.map((p) => `<p>${p}</p>`).join(''),
        locked: Boolean(preview),
        publishTime: epochSeconds(page.date!, page.time) * 1000,
        author: { name: d.name, title: d.title, hospital: d.hospital, department: d.department, hospitalLevel: d.hospital_grade },
      },
      user: { isLogin: false },
    };
    const body = `<div class="${c(rng, 'open-app', 'download-bar')}"><img src="https://img.hntv.tv/logo/daxiang.png" alt="大象新闻"><span>大象新闻 · 河南人的新闻客户端</span><a href="daxiang://article/${id}">${rng.pick(['打开APP', 'APP内打开'])}</a></div>
<div class="sticky-title" style="display:none">${esc(page.question)}</div>
<article class="${c(rng, 'article', 'detail')}">
<h1>${esc(page.question)}</h1>
${card}
<div class="time">${day}　大象名医</div>
${media}
${answer}
<p class="tip">${rng.pick(DISCLAIMERS)}</p>
</article>
${feed}
<section class="hot"><h3>大象热榜</h3><ol><li><a href="${base}/share/article/${rng.int(1000000, 9999999)}">郑州发布高温预警</a></li><li><a href="${base}/share/article/${rng.int(1000000, 9999999)}">河南多地迎来降雨</a></li></ol></section>
<div class="bottom-bar"><a href="javascript:;">评论</a><a href="javascript:;">收藏</a><a href="javascript:;">分享</a><a class="open" href="daxiang://article/${id}">APP内打开</a></div>
${stateScript('window.__INITIAL_STATE__', state)}`;
    const head = `${VIEWPORT}<meta name="apple-itunes-app" content="app-id=1450${rng.int(100000, 999999)}, app-argument=daxiang://article/${id}">\n<meta property="al:android:url" content="daxiang://article/${id}">\n<style>.is-fold{max-height:15rem;overflow:hidden}.sticky-title{position:fixed;top:0}</style>\n`;
    const doc = documentOf(rng.chance(0.5) ? page.question : `${page.question} - 大象新闻`, null, head, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        paragraphs: shown,
        date: dayForm === 'full' ? page.date : null,
        format: player ?? 'unknown',
        related: itemsOf(related, href, null, snippetOf, dated),
      }),
    };
  },
};

// --- F2. xinhuanghe-mip-wenda ---

/**
 * F2. 新黄河's 健康问答 (济南日报报业集团) as a Baidu MIP page (m.jinantimes.com.cn/xhh/jiankang/{id}.html, the canonical
 * www.jinantimes.com.cn/…: the host from memory, the paths guessed), UTF-8, `<html mip>`, the MIP stylesheet and
 * `<style mip-custom>`, the MIP script last; the canonical always (links root-relative: keyed resolved against it): a
 * `<mip-fixed type="top">` bar `新黄河客户端 打开APP`; a sticky question on 50%; crumbs; the `<h1>`; `问题描述：` and the
 * asker's line on 50% (none); the card (`<mip-img>` avatar, name, title, `{hospital}` with `（{grade}）` on 30% — keyed —,
 * department; `+关注`); `{yyyy年m月d日 hh:mm}` / `{yyyy-mm-dd}` (80%, keyed) or `昨天 hh:mm` (null); on voice items a
 * `<mip-audio>` (50%, voice); **the answer inside `<mip-showmore>` with a `展开全文` button on 50% (whole text keyed)**; an
 * empty `<mip-ad>`; `相关问答` (snippet 50%, link-only 50%; `yyyy-mm-dd` 35% keyed, `05-06` 30% null, none 35%); `24小时热点`
 * (none); a `<mip-fixed type="bottom">` bar 咨询医生 / 收藏 / 分享.
 */
const xinhuangheMipWenda: Family = {
  name: 'xinhuanghe-mip-wenda',
  split: 'fresh-115',
  site: 'm.jinantimes.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.jinantimes.com.cn/xhh/jiankang/${page.item.num}.html`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const relative = rng.chance(0.2);
    const day = relative ? `昨天 ${page.time}` : rng.chance(0.5) ? `${cnDate(page.date!)} ${page.time}` : page.date!;
    const fold = rng.chance(0.5);
    const audio = page.format === 'voice' && rng.chance(0.5);
    const snippets = rng.chance(0.5);
    const itemDays = rng.weighted([['full', 35], ['yearless', 30], ['none', 35]] as const);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/xhh/jiankang/${itemNum(r)}.html`;
    const answer = fold
      ? `<mip-showmore maxheight="240" animatetime=".3" id="sm${page.item.num}">\n${paras(page.paragraphs)}\n</mip-showmore>\n<div on="tap:sm${page.item.num}.toggle" data-closetext="收起" class="showmore-btn">展开全文</div>`
      : `<div class="${c(rng, 'answer-txt', 'content')}">\n${paras(page.paragraphs)}\n</div>`;
    const card = `<div class="${c(rng, 'doc', 'doctor-row')}"><mip-img src="https://img.jinantimes.com.cn/avatar/${token(rng, 8)}.jpg" width="40" height="40" alt="${esc(d.name!)}"></mip-img><div class="doc-info"><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)}${grade ? `（${grade}）` : ''} ${esc(d.department!)}</p></div><span class="gz">+关注</span></div>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgwd', 'related')}"><h3>相关问答</h3><ul>${related
          .map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}${itemDays === 'full' ? `<span>${r.date}</span>` : itemDays === 'yearless' ? `<span>${r.date!.slice(5)}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<mip-fixed type="top" class="app-bar"><span>新黄河客户端</span><a href="https://www.jinantimes.com.cn/app/">打开APP</a></mip-fixed>
${rng.chance(0.5) ? `<div class="sticky-q">${esc(page.question)}</div>\n` : ''}<div class="crumb"><a href="/">新黄河</a> &gt; <a href="/xhh/jiankang/">健康</a> &gt; 名医问答</div>
<div class="${c(rng, 'qa-main', 'wenda')}">
<h1>${esc(page.question)}</h1>
${rng.chance(0.5) ? `<p class="desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p>\n` : ''}${card}
<p class="time">${day}${rng.chance(0.5) ? '　来源：新黄河' : ''}</p>
${audio ? `<mip-audio src="https://media.jinantimes.com.cn/a/${token(rng, 10)}.mp3" layout="fixed-height" height="50"></mip-audio>\n` : ''}${answer}
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
</div>
<mip-ad type="ad-baidu" layout="responsive" width="350" height="100" cproid="u${rng.int(1000000, 9999999)}"></mip-ad>
${list}
<div class="hot"><h3>24小时热点</h3><ul><li><a href="/xhh/news/${rng.int(100000, 999999)}.html">济南地铁新线路开通</a></li><li><a href="/xhh/news/${rng.int(100000, 999999)}.html">泉城夜市人气旺</a></li></ul></div>
<mip-fixed type="bottom" class="bar"><a href="/xhh/zixun/">咨询医生</a><a href="javascript:;">收藏</a><a href="javascript:;">分享</a></mip-fixed>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>`;
    const head = `${VIEWPORT}<link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css">\n<style mip-custom>.app-bar{background:#c00;color:#fff}.showmore-btn{text-align:center;color:#06c}.bar a{flex:1}</style>\n`;
    const doc = documentOf(`${page.question}_新黄河`, canonical, head, body).replace('<html lang="zh-CN">', '<html mip lang="zh-CN">');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        date: relative ? null : page.date,
        format: audio ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), itemDays === 'full'),
      }),
    };
  },
};

// --- F3. touchtv-mingyi-shipin ---

/**
 * F3. 触电新闻's share page of a 名医 video answer (www.itouchtv.cn/article/{hex}: the host from memory, the path guessed),
 * Next.js: hashed CSS-module classes, `<div id="__next">`, `__NEXT_DATA__` (the title, `doctorInfo` with `hospitalLevel`,
 * the text, `pubTime` in ms), canonical on 50% (links root-relative: resolved against it, else as written): an `打开APP`
 * banner (`看广东，上触电`); a `<video>` with its length (90% of video items, 60% of the others: keyed video wherever it
 * plays, the answer is the video with its transcript); the `<h1>`; the card row (lazy avatar,
 * name, `{title} | {hospital}{grade tag 30%} {department}`, `关注`); the day `yyyy-mm-dd hh:mm` (50%, keyed), `N天前` (25%)
 * or `05-06 14:20` (25%) (null), **on 40% of the latter a closing `本文首发于触电新闻 {yyyy年m月d日}，未经授权不得转载` (that
 * day, keyed)**; `视频文字版` (with the player) then the answer, folded on 50% (a fixed height, `查看全部`: whole text);
 * `为你推荐` / `相关视频`: question cards (lazy poster, length, question, a snippet cut at 30 with `...` on 40% else link-only,
 * `N次播放`: video items, keyed video as earlier splits key an item with a duration — corrected after the first run, keyed
 * unknown as first written), a live card (`正在直播｜…`) and a `推广` card among them (none), `加载更多`.
 */
const touchtvMingyiShipin: Family = {
  name: 'touchtv-mingyi-shipin',
  split: 'fresh-115',
  site: 'www.itouchtv.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.itouchtv.cn';
    const hex = (n: number) => (n * 7919 + 1234567).toString(16);
    const canonical = rng.chance(0.5) ? `${base}/article/${hex(page.item.num)}` : null;
    const h = () => token(rng, 5);
    const k = { title: h(), meta: h(), card: h(), text: h(), feed: h() };
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const player = rng.chance(page.format === 'video' ? 0.9 : 0.6);
    const dayForm = rng.weighted([['full', 50], ['relative', 25], ['yearless', 25]] as const);
    const firstDay = dayForm !== 'full' && rng.chance(0.4);
    const day = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'relative' ? `${rng.int(2, 6)}天前` : `${page.date!.slice(5)} ${page.time}`;
    const fold = rng.chance(0.5);
    const snippets = rng.chance(0.4);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/article/${hex(itemNum(r))}`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 32, '...') : null);
    const cards = related.map(
      (r) =>
        `<a class="FeedCard_card__${k.feed}" href="${href(r)}"><div class="FeedCard_cover__${k.feed}">${lazy(rng, `https://img.itouchtv.cn/cover/${token(rng, 10)}.jpg`)}<span>0${rng.int(1, 4)}:${two(rng.int(0, 59))}</span></div><h4>${esc(r.question)}</h4>${snippets ? `<p class="FeedCard_desc__${k.feed}">${esc(snippetOf(r)!)}</p>` : ''}<p class="FeedCard_meta__${k.feed}">触电新闻 · ${rng.int(1, 99)}${rng.chance(0.4) ? '万' : ''}次播放</p></a>`,
    );
    if (cards.length > 2) cards.splice(1, 0, `<a class="FeedCard_live__${k.feed}" href="${base}/live/${rng.int(10000, 99999)}"><span>正在直播</span><h4>正在直播｜${rng.pick(['三甲名医在线义诊', '夏季养生公开课'])}</h4></a>`);
    if (cards.length > 5) cards.splice(4, 0, `<div class="FeedCard_ad__${k.feed}"><span>推广</span><a href="https://e.itouchtv.cn/ad/${token(rng, 6)}">${rng.pick(['广东老字号凉茶 夏日必备', '口腔检查 99元套餐'])}</a></div>`);
    const feed = related.length ? `<section class="Feed_wrap__${k.feed}"><h3>${rng.pick(['为你推荐', '相关视频'])}</h3>\n${cards.join('\n')}\n<div class="Feed_more__${k.feed}">加载更多</div></section>` : '';
    const text = `<div class="Text_body__${k.text}"${fold ? ' style="height:220px;overflow:hidden"' : ''}>\n${paras(page.paragraphs)}\n</div>${fold ? `\n<div class="Text_more__${k.text}">查看全部 ▼</div>` : ''}`;
    const next = {
      props: { pageProps: { detail: { id: hex(page.item.num), title: page.question, textContent: page.paragraphs.join('\n'), pubTime: epochSeconds(page.date!, page.time) * 1000, doctorInfo: { doctorName: d.name, doctorTitle: d.title, hospitalName: d.hospital, deptName: d.department, hospitalLevel: d.hospital_grade } } } },
      page: '/article/[id]',
      query: { id: hex(page.item.num) },
      buildId: token(rng, 12),
    };
    const body = `<div id="__next"><div class="OpenApp_banner__${h()}"><img src="https://img.itouchtv.cn/logo.png" alt="触电新闻"><span>触电新闻 看广东，上触电</span><a href="touchtv://article/${hex(page.item.num)}">打开APP</a></div>
${player ? `<div class="Player_box__${h()}"><video src="https://v.itouchtv.cn/${token(rng, 12)}.mp4" poster="https://img.itouchtv.cn/poster/${token(rng, 8)}.jpg" controls playsinline></video><span>0${rng.int(1, 5)}:${two(rng.int(0, 59))}</span></div>\n` : ''}<h1 class="Article_title__${k.title}">${esc(page.question)}</h1>
<div class="Article_meta__${k.meta}"><span>触电新闻·健康</span><span>${day}</span></div>
<div class="Author_row__${k.card}">${lazy(rng, `https://img.itouchtv.cn/avatar/${token(rng, 8)}.jpg`, 'Author_avatar')}<div><p class="Author_name__${k.card}">${esc(d.name!)}</p><p class="Author_desc__${k.card}">${esc(d.title!)} | ${esc(d.hospital!)}${grade ? `<em>${grade}</em>` : ''} ${esc(d.department!)}</p></div><button>关注</button></div>
${player ? `<h3 class="Text_head__${k.text}">视频文字版</h3>\n` : ''}${text}
${firstDay ? `<p class="Copyright_line__${h()}">本文首发于触电新闻 ${cnDate(page.date!)}，未经授权不得转载</p>\n` : ''}${feed}
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(next).replace(/</g, '\\u003c')}</script>`;
    const head = `${VIEWPORT}<meta name="next-head-count" content="4">\n<link rel="preload" href="/_next/static/chunks/main-${token(rng, 16)}.js" as="script">\n`;
    const doc = documentOf(`${page.question}-触电新闻`, canonical, head, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        date: dayForm === 'full' || firstDay ? page.date : null,
        format: player ? 'video' : 'unknown',
        // Each card a video's (its poster with its length, its plays): a video item, as the README's convention keys a
        // 相关视频 / 相关推荐 item with a duration (corrected after the first run: keyed unknown as first written).
        related: itemsOf(related, href, canonical, snippetOf, false).map((item) => ({ ...item, format: 'video' as const })),
      }),
    };
  },
};

// --- F4. ctinews-yishi-jieda ---

/**
 * F4. 中天新聞's AMP page of a 醫師解答 story (Taiwan; www.ctinews.com/amp/news/items/{id}, the canonical
 * www.ctinews.com/news/items/{id}: the host from memory, the paths guessed), UTF-8, `<html ⚡ lang="zh-TW">`, the AMP
 * boilerplate and `<style amp-custom>`, JSON-LD `NewsArticle` on 50% (the same day); the canonical always (links absolute
 * 50%, root-relative 50%: resolved against it): a header with `<amp-img>` logo and an `<amp-sidebar>` menu; the headline
 * `醫師解答｜{q}` (40%, the prefix none), the question (30%) or `{topic}別輕忽 醫師一次說清楚` (30%, asks nothing); `{yyyy/mm/dd
 * hh:mm}` or `{yyyy.mm.dd}` (keyed)　`記者{x}／綜合報導` (none); a hero `<amp-img>` with a `▲` caption (none); on video items
 * `<amp-video>` or `<amp-youtube>` (60%, video); **`Q：{q}` (always when the headline asks nothing, else 50%)**; the card
 * `諮詢醫師：{hospital}{department}{title} {name}` or a box (avatar, name, title, hospital, department) (grade null);
 * `A：` (with `Q：`) and the answer, **its paragraphs after the second in an `<amp-accordion>` under `閱讀全文` on 40%
 * (whole text keyed)**; `<amp-ad>` 廣告; `<amp-social-share>`; `延伸閱讀` (link-only, `yyyy/mm/dd` on 50% keyed);
 * `熱門新聞` (none).
 */
const ctinewsYishiJieda: Family = {
  name: 'ctinews-yishi-jieda',
  split: 'fresh-115',
  site: 'www.ctinews.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ctinews.com';
    const canonical = `${base}/news/items/${page.item.num}`;
    const topic = topicWord(page);
    const headForm = rng.weighted([['prefix', 40], ['plain', 30], ['none', 30]] as const);
    const headline = headForm === 'prefix' ? `醫師解答｜${page.question}` : headForm === 'plain' ? page.question : `${topic}別輕忽 醫師一次說清楚`;
    const qa = headForm === 'none' || rng.chance(0.5);
    const video = page.format === 'video' && rng.chance(0.6);
    const day = rng.chance(0.6) ? `${page.date!.replace(/-/g, '/')} ${page.time}` : page.date!.replace(/-/g, '.');
    const fold = page.paragraphs.length > 2 && rng.chance(0.4);
    const absolute = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `${absolute ? base : ''}/news/items/${itemNum(r)}`;
    const card = rng.chance(0.5)
      ? `<p class="${c(rng, 'doctor', 'consult')}">諮詢醫師：${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</p>`
      : `<div class="${c(rng, 'doc-box', 'expert')}"><amp-img src="https://cdn.ctinews.com/avatar/${token(rng, 8)}.jpg" width="48" height="48" alt="${esc(d.name!)}"></amp-img><div><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>`;
    const [p1, p2, ...more] = page.paragraphs;
    const answer = fold
      ? `${paras([p1!, p2!])}\n<amp-accordion disable-session-states><section><h4 class="more">閱讀全文</h4><div>${paras(more)}</div></section></amp-accordion>`
      : paras(page.paragraphs);
    const player = video
      ? rng.chance(0.5)
        ? `<amp-video src="https://video.ctinews.com/${token(rng, 10)}.mp4" poster="https://cdn.ctinews.com/p/${token(rng, 8)}.jpg" width="16" height="9" layout="responsive" controls></amp-video>`
        : `<amp-youtube data-videoid="${token(rng, 11)}" layout="responsive" width="480" height="270"></amp-youtube>`
      : '';
    const list = related.length
      ? `<section class="${c(rng, 'extend', 'related')}"><h3>延伸閱讀</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <time>${r.date!.replace(/-/g, '/')}</time>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const ld = rng.chance(0.5)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: `${page.date}T${page.time}:00+08:00`, publisher: { '@type': 'Organization', name: '中天新聞' } })}</script>\n`
      : '';
    const body = `<header class="hd"><button on="tap:sidebar.toggle" aria-label="選單">☰</button><a href="${base}/"><amp-img src="${base}/images/logo.png" width="120" height="32" alt="中天新聞"></amp-img></a></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="${base}/news/topics/1">政治</a></li><li><a href="${base}/news/topics/5">生活</a></li><li><a href="${base}/news/topics/9">健康</a></li></ul></amp-sidebar>
<article class="${c(rng, 'art', 'news-detail')}">
<h1>${esc(headline)}</h1>
<div class="meta"><time>${day}</time>　記者${otherName(rng)}／綜合報導</div>
<figure><amp-img src="https://cdn.ctinews.com/upload/${token(rng, 10)}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><figcaption>▲${esc(topic)}示意圖。（圖／shutterstock）</figcaption></figure>
${player}
<div class="${c(rng, 'content', 'article-body')}">
${qa ? `<p><b>Q：</b>${esc(page.question)}</p>\n` : ''}${card}
${qa ? '<p><b>A：</b></p>\n' : ''}${answer}
</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/ctinews/amp_mid"><div fallback>廣告</div></amp-ad>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="line" width="40" height="40"></amp-social-share>
</article>
${list}
<section class="hot"><h3>熱門新聞</h3><ul><li><a href="${base}/news/items/${rng.int(100000, 999999)}">颱風動態最新消息</a></li><li><a href="${base}/news/items/${rng.int(100000, 999999)}">油價下週調漲</a></li></ul></section>
<footer>中天新聞網 © CTI News</footer>`;
    const head = `<meta name="viewport" content="width=device-width">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>\n<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n<style amp-custom>.hd{display:flex}.art h1{font-size:22px}.more{color:#c00}</style>\n${ld}`;
    const doc = documentOf(`${headline} - 中天新聞網`, canonical, head, body).replace('<html lang="zh-CN">', '<html ⚡ lang="zh-TW">');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F5. dotdotnews-yisheng-hua ---

const HK_SPECS = ['腸胃肝臟科', '心臟科', '內分泌科', '婦產科', '兒科', '骨科', '皮膚科', '耳鼻喉科', '泌尿外科'];

/**
 * F5. 點新聞's 醫生話你知 on its mobile page (Hong Kong; www.dotdotnews.com/a/{yyyymm}/{dd}/AP{hex}.html: the host from
 * memory, the path guessed), UTF-8, `lang="zh-HK"`, canonical on 50% (links root-relative: resolved against it, else as
 * written): `下載點新聞App` banner, a menu; the headline `醫生話你知｜{q}` (40%, prefix none), the question (30%) or
 * `【健康問診】{topic}要注意` (30%, asks nothing: then `問：{q}` in the text, else on 30%); `{yyyy年m月d日} 星期X {hh:mm}` or
 * `{yyyy-mm-dd hh:mm}` (80%, keyed) or `N小時前` (null); **the card `{name}醫生` + `{specialty}專科醫生` (75%) or `家庭醫生`
 * (25%), no hospital**, as a box at the head or a closing `撰文：{name}醫生（{…}）`; **the answer's first two paragraphs
 * shown, the rest in `display:none` under `閱讀全文` on 50% (whole text keyed)**; 免責聲明; WhatsApp / Facebook share;
 * `相關新聞` (lazy thumbnails, link-only, `yyyy-mm-dd` on 50% keyed); `熱門` (none).
 */
const dotdotnewsYishengHua: Family = {
  name: 'dotdotnews-yisheng-hua',
  split: 'fresh-115',
  site: 'www.dotdotnews.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.dotdotnews.com';
    const path = (iso: string, n: number) => `/a/${iso.slice(0, 4)}${iso.slice(5, 7)}/${iso.slice(8, 10)}/AP${(n * 131).toString(16)}.html`;
    const canonical = rng.chance(0.5) ? `${base}${path(page.date!, page.item.num)}` : null;
    const topic = topicWord(page);
    const spec = rng.pick(HK_SPECS);
    const family = rng.chance(0.25);
    const role = family ? '家庭醫生' : `${spec}專科醫生`;
    const headForm = rng.weighted([['prefix', 40], ['plain', 30], ['none', 30]] as const);
    const headline = headForm === 'prefix' ? `醫生話你知｜${page.question}` : headForm === 'plain' ? page.question : `【健康問診】${topic}要注意`;
    const asks = headForm === 'none' || rng.chance(0.3);
    const relative = rng.chance(0.2);
    const day = relative ? `${rng.int(1, 20)}小時前` : rng.chance(0.5) ? `${cnDate(page.date!)} 星期${weekday(page.date!)} ${page.time}` : `${page.date} ${page.time}`;
    const fold = page.paragraphs.length > 2 && rng.chance(0.5);
    const [p1, p2, ...more] = page.paragraphs;
    const answer = fold
      ? `${paras([p1!, p2!])}\n<div class="more-content" style="display:none">\n${paras(more)}\n</div>\n<div class="read-all"><a href="javascript:;">閱讀全文</a></div>`
      : paras(page.paragraphs);
    const boxFirst = rng.chance(0.5);
    const box = `<div class="${c(rng, 'author-box', 'doctor-card')}">${lazy(rng, `https://img.dotdotnews.com/author/${token(rng, 8)}.jpg`)}<p class="name">${esc(d.name!)}醫生</p><p class="role">${role}</p></div>`;
    const byline = `<p class="${c(rng, 'byline', 'writer')}">撰文：${esc(d.name!)}醫生（${role}）</p>`;
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => path(r.date!, itemNum(r));
    const list = related.length
      ? `<div class="${c(rng, 'related-news', 'xgxw')}"><h3>相關新聞</h3>${related.map((r) => `<a class="item" href="${href(r)}">${lazy(rng, `https://img.dotdotnews.com/thumb/${token(rng, 8)}.jpg`)}<h4>${esc(r.question)}</h4>${dated ? `<span>${r.date}</span>` : ''}</a>`).join('\n')}</div>`
      : '';
    const body = `<div class="app-bar">下載點新聞App，睇更多 <a href="https://www.dotdotnews.com/app">打開</a></div>
<header><a href="${base}/"><img src="/static/logo.png" alt="點新聞"></a><nav><a href="${base}/hongkong">香港</a> <a href="${base}/china">內地</a> <a href="${base}/health">健康</a></nav></header>
<article class="${c(rng, 'article', 'news-content')}">
<h1>${esc(headline)}</h1>
<div class="${c(rng, 'date', 'time')}">${day}</div>
${boxFirst ? box : ''}
<div class="${c(rng, 'content', 'article-body')}">
${asks ? `<p><b>問：</b>${esc(page.question)}</p>\n` : ''}${answer}
</div>
${boxFirst ? '' : byline}
<p class="disclaimer">免責聲明：本文內容僅供參考，如有疑問請諮詢醫生。</p>
<div class="share"><a href="https://api.whatsapp.com/send?text=${encodeURIComponent(base)}">WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(base)}">Facebook</a></div>
</article>
${list}
<div class="hot"><h3>熱門</h3><ul><li><a href="${base}/a/hot/${rng.int(1000, 9999)}.html">天文台發出酷熱天氣警告</a></li><li><a href="${base}/a/hot/${rng.int(1000, 9999)}.html">港鐵新綫試運</a></li></ul></div>
<footer>© 點新聞 dotdotnews</footer>`;
    const doc = documentOf(`${headline} - 點新聞`, canonical, VIEWPORT, body).replace('<html lang="zh-CN">', '<html lang="zh-HK">');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: family ? '家庭醫生' : '專科醫生', department: family ? null : spec, hospital: null, hospital_grade: null },
        date: relative ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F6. waou-yisheng-xinxiang ---

const MO_HOSPS = ['鏡湖醫院', '仁伯爵綜合醫院', '科大醫院', '工人醫療所'];
const MO_DEPTS = ['內科', '外科', '婦產科', '兒科', '心臟科', '腸胃科', '骨科'];
const MO_TITLES = ['專科醫生', '主治醫生', '顧問醫生'];
const NEIGHBOURS = ['澳門街坊總會舉辦健康講座', '氹仔社區中心推出長者活動', '青年創業計劃接受申請', '中區舊城區活化工程展開'];

/**
 * F6. 新華澳報's 醫生信箱 on its mobile template (Macau; www.waou.com.mo/m/news/{yyyymmdd}/{id}.htm: the host from memory,
 * the path guessed), `lang="zh-MO"`: Big5 declared (45%), Big5 undeclared (20%), Big5 declared `utf-8` wrongly (10%), UTF-8
 * (25%); no canonical (links root-relative, as written); unclosed `<p>`s on 40%: masthead `新華澳報 手機版`, nav; **the issue
 * line `新華澳報　{yyyy年m月d日}　星期X　第{n}版` (the date, keyed)**; the headline `醫生信箱（{n}）` (40%, asks nothing),
 * the question (30%) or `醫生信箱：{q}` (30%, the prefix none); **`讀者問：` / `問：` the question**; `答：` and the answer;
 * **the card as a closing `（本欄由{hospital}{department}{title}{name}解答）` run together (50%) or `解答：{name}　
 * {hospital}{department}{title}` (50%)** (Macau hospitals, title 專科醫生 / 主治醫生 / 顧問醫生, the grade null);
 * `相關新聞` (link-only, `[yyyy-mm-dd]` on 40% keyed); `本版其他新聞` (none); `返回頂部` / `電腦版`.
 */
const waouYishengXinxiang: Family = {
  name: 'waou-yisheng-xinxiang',
  split: 'fresh-115',
  site: 'www.waou.com.mo',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['big5', 45], ['undeclared', 20], ['wrong', 10], ['utf8', 25]] as const);
    const hosp = rng.pick(MO_HOSPS);
    const dept = rng.pick(MO_DEPTS);
    const title = rng.pick(MO_TITLES);
    const headForm = rng.weighted([['none', 40], ['plain', 30], ['prefix', 30]] as const);
    const headline = headForm === 'none' ? `醫生信箱（${rng.int(100, 999)}）` : headForm === 'plain' ? page.question : `醫生信箱：${page.question}`;
    const open = rng.chance(0.4);
    const p = (s: string) => (open ? `<p>${s}\n` : `<p>${s}</p>\n`);
    const credit = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 5);
    const ymd = (iso: string) => iso.replace(/-/g, '');
    const href = (r: Related) => `/m/news/${ymd(r.date!)}/${itemNum(r)}.htm`;
    const list = related.length
      ? `<div class="${c(rng, 'xgxw', 'related')}"><h3>相關新聞</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` [${r.date}]` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const others = rng.shuffle([...NEIGHBOURS]).slice(0, 3);
    const body = `<div class="top"><a href="/m/"><img src="/m/images/logo.gif" alt="新華澳報"> 新華澳報</a> <span>手機版</span></div>
<div class="nav"><a href="/m/">首頁</a> | <a href="/m/macau/">澳聞</a> | <a href="/m/society/">社會</a> | <a href="/m/health/">健康</a> | <a href="/m/fukan/">副刊</a></div>
<div class="${c(rng, 'issue', 'bm')}">新華澳報　${cnDate(page.date!)}　星期${weekday(page.date!)}　第${rng.int(2, 12)}版</div>
<div class="${c(rng, 'news', 'article')}">
<h2>${esc(headline)}</h2>
${credit ? '' : `<p class="${c(rng, 'author', 'zz')}">解答：${esc(d.name!)}　${hosp}${dept}${title}</p>\n`}${p(`<b>${rng.pick(['讀者問：', '問：'])}</b>${esc(page.question)}`)}${p('<b>答：</b>')}${page.paragraphs.map((x) => p(esc(x))).join('')}${credit ? p(`（本欄由${hosp}${dept}${title}${esc(d.name!)}解答）`) : ''}</div>
${list}
<div class="${c(rng, 'bbqt', 'others')}"><h3>本版其他新聞</h3><ul>${others.map((t) => `<li><a href="/m/news/${ymd(page.date!)}/${rng.int(100000, 999999)}.htm">${t}</a></li>`).join('')}</ul></div>
<div class="foot"><a href="#top">返回頂部</a> | <a href="/">電腦版</a><br>新華澳報 版權所有</div>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' || enc === 'wrong' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${headline} - 新華澳報`, null, VIEWPORT, body, charset).replace('<html lang="zh-CN">', '<html lang="zh-MO">');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: hosp, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

export const FRESH115_FAMILIES: readonly Family[] = [daxiangYishengShuo, xinhuangheMipWenda, touchtvMingyiShipin, ctinewsYishiJieda, dotdotnewsYishengHua, waouYishengXinxiang];
