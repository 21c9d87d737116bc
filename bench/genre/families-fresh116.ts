import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, topicWord, two, withHeads } from './ordinary-parts.js';
import { charsetMeta, encode, esc, type Encoding } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-sixteenth fresh held-out set (split `fresh-116`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fifty-first set**, leaning on **where the
 * answer begins and ends**: an editor's `导语` / lede before it, the question quoted again at its start (`您好，您说的“…”`,
 * the doctor's words), a 追问 / 补充问题 / 二次咨询 round after it, inline `【推荐阅读】` / `延伸閱讀：` lines and ad boxes
 * inside its container with its paragraphs after them, the answer as `<ol>` / `<ul>` points, a `<table>` of doses, section
 * heads (`病情分析：` / `指导意见：`), captions inside it, a `——` signature, `（本文由…审核）`, `参考文献`, `温馨提示：`,
 * `版权声明`, `原标题：`, `来源：`, `责任编辑：`, `（完）` after it, a `醫生建議` box in the doctor's words after it and an
 * editor's `小編總結` box that is not, a `【医生回答】` label, a last paragraph standing alone after a furniture block.
 *
 * Six Chinese-language sites, none modelled or named by an earlier split. Grepped (case-insensitive, fixed strings, in
 * README.md and families*.ts), no hit: 中国蓝新闻 / 中国蓝 / 浙江广电 / 浙江卫视 / cztv / zjstv, 中山大学附属第三医院 / 中山大学附属第三 /
 * 中山三院 / zssy, 有線新聞 / 有線寬頻 / 有線 / 有线 / i-cable / icable / cablenews, 台視 / 台视 / 台灣電視 / ttv, 躍獅 / 跃狮 / yueshih,
 * 长江云 / 湖北广电 / 湖北广播电视台 / cjyun / hbtv. Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (hit
 * again), 金陵晚报 (its short name 金陵 hits a WeChat account's name), 羊城晚报 / ycwb and 新快报 (its group), 大洋网 / dayoo,
 * 东方网 / eastday, 深圳新闻网 (sznews hits), 长江日报 / cjn, 澎湃, 光明网 / 光明日报, 央视, 人民网, 健康时报, 生命时报, 東方日報 /
 * on.cc, 頭條日報, 星島, 大公, 文匯, 經濟日報, 明報, 橙新聞, TOPick, 星洲, 中国报, 光華, 南洋, 诗华, 澳門日報, 華僑報, 正報, 大眾 (大眾報
 * not taken: 大眾 hits as 大眾醫學 / 大眾健康), 8world, 早安健康, 康健, 華人健康, 今日头条, 健康界, 钱江, 新民, 大河, 现代快报, 扬子,
 * 楚天, 成都商报, 华西, 北京青年报, 三湘都市报, 潇湘, 小荷, 医鹿, 阿里健康, 健康160, 微脉, 叮当, 1药网 (and 111医药馆, its
 * company), 健客, 康爱多, 药房网, 大参林, 老百姓, 一心堂, 海王星辰, 国大药房, 屈臣氏, 大樹, 杏一, 丁丁, 亞東, 奇美, 馬偕, 長庚, 義大,
 * 光田, 榮總, 成大, 慈濟, 門諾, 博愛, 養和, 港怡, 明德, 聖保祿, 浸信會, 嘉諾撒, 仁濟, 醫管局, 家計會, 薄荷, 简单心理, 壹心理, 525心理,
 * 湘雅, 瑞金, 华山医院, 协和, 同济, 西京, 齐鲁医院, 南方医科 (and 珠江医院), 广东省中医院, 浙江大学医学院附属第一医院, 香港電台 / rthk /
 * 精靈一點, 北京时间, 蜻蜓, 喜马拉雅, 央广, 快手, 西瓜, 微博, 小红书, 知乎, bilibili; no hit but not taken: 上海六院 (`sixth`
 * hits as a word), 长征医院, 金象, 聖馬爾定, 公視 / 華視 (their host words pts / cts hit inside words), 壹深圳, 今视频, 龙虎网 (金陵晚报's).
 * - **cztv-mingyi-shuo**: 中国蓝新闻's (浙江广电) app share page of a 名医说 answer: an editor's `导语`, `【推荐阅读】` lines and
 *   an ad inside the answer's container, **a `——{hospital}{department} {title} {name}` signature that is the only card on
 *   half**, a `（本文由…审核）` reviewer, `参考文献`, `版权声明`, `责任编辑：`;
 * - **zssy-wangshang-zixun**: 中山大学附属第三医院's own 网上咨询 (GBK on most): the asker's labelled fields, `【医生回答】`,
 *   **the reply opening `您好，您说的“…”`**, **a 追问 / 补充问题 / 二次咨询 round with the doctor's second reply**;
 * - **icable-yisheng-jieda**: 有線新聞's 健康 醫生解答 (Hong Kong): an editor's lede, `問：` / `答：`, a clip, **a `醫生建議` box in
 *   the doctor's words after the answer and an editor's `小編總結` box after it**;
 * - **ttv-yishi-jieda**: 台視新聞's 健康 醫師解答 (Taiwan): `▲` captions, `延伸閱讀：` lines and an ad **inside the answer, its
 *   last paragraph alone after them**, points as a `<ul>`, `（編輯／…）`;
 * - **yueshih-yaoshi-wenda**: 躍獅連鎖藥局's 藥師問答 (Taiwan, Big5 on most): `Q：` / `A：`, **points as an `<ol>`, a dose
 *   `<table>` with its lead line**, `溫馨提醒：`, a 門市 line;
 * - **cjyun-wen-yisheng**: 长江云's (湖北广播电视台) 问医生: `原标题：`, `【导语】`, the asker's `网友提问：`, **`病情分析：` /
 *   `指导意见：` heads**, a `【推荐阅读】` line inside, `温馨提示：`, `来源：`, `责任编辑：`, `（完）`.
 * Hosts from memory (www.cztv.com, www.zssy.com.cn, www.i-cable.com, news.ttv.com.tw, news.hbtv.com.cn) or guessed (躍獅's
 * www.yueshih.com.tw, every share / m. host), every path, column name and the markup guessed; none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the answer** the answering person's words, from their first line to their last: **an editor's `导语` / `【导语】` /
 *   lede none** (a reporter's words, fresh-114's convention); **a restatement `您好，您说的“{q}”这种情况，…` the answer's first
 *   paragraph** (the doctor's words: fresh-112's greeting convention); **a 追问 / 补充问题 / 二次咨询 round (the asker's
 *   question and the doctor's second reply) none, dating nothing** (fresh-11's followup-thread convention, fresh-82's); **the
 *   inline `【推荐阅读】` / `延伸閱讀：` lines and ad boxes inside the container none, the paragraphs after them the answer's
 *   (also a lone last paragraph)**; `▲` captions none (figure-answer); **`<ol>` / `<ul>` items one paragraph each (the
 *   generated numbers none); a dose table one paragraph a row, the header row included, the cells joined by one space, its
 *   lead line (`建議劑量如下：`) a paragraph** (fresh-112's table convention); **`病情分析：` / `指导意见：` heads paragraphs**
 *   (the section-head convention); **有線's `醫生建議` box the doctor's own advice: part of the answer, its head `醫生建議` a
 *   paragraph as a sub-heading (`医生建议` is, fresh-112); its `小編總結：` box the editor's: none**; labels (`【医生回答】`,
 *   `回复内容：`, `答：`, `A：`) none; the `——` signature, `（本文由…审核）`, `参考文献`, `温馨提示：` / `溫馨提醒：`, disclaimers,
 *   `版权声明`, `原标题：`, `来源：`, `责任编辑：` / `（編輯／…）`, `（完）` none;
 * - **the question** the `<h1>`'s or the labelled one (`问：`, `問：`, `Q：`, `咨询标题：`), the column prefix (`名医说｜`,
 *   `【问医生】`, `【醫生解答】`, `醫師解答／`) none; a headline that asks nothing never the question (then `問：` prints it); the
 *   asker's `咨询内容：` / `网友提问：` lines and `原标题：` none;
 * - **the card** as printed: 中国蓝's `本期名医` box or its `——` signature (the reviewer `审核` another doctor: none); 中山三院's
 *   `回复医生：` line with **the hospital the site itself (中山大学附属第三医院)**, the department the card's; 有線's `{name}醫生` /
 *   `{specialty}專科醫生` (title 專科醫生, department the specialty, no hospital: a media site — the Hong Kong convention) or
 *   `家庭醫生` (department null); 台視's labelled box; 躍獅's `{name} 藥師` (title 藥師, no department, no hospital: a pharmacy
 *   shop, 康是美's convention; the `服務門市` none); 长江云's `答疑专家：` line with `（三甲）` where printed; the grade null
 *   wherever none is printed;
 * - **the date** the answer's or article's day as printed in full; `N小时前` / `N小時前` and yearless `05-06 14:20` null; the
 *   asker's `咨询时间：` and the 追问 round's days none;
 * - **format** video only with a `<video>` player, else unknown;
 * - **items**: each site's question list (`相关阅读`, `相关咨询`, `相關新聞`, `延伸閱讀` at the foot, `相關問答`) — the snippet
 *   where printed (cut ones with `...`), else link-only `[]`, dated where a whole day is printed —; the inline
 *   `【推荐阅读】` / `延伸閱讀：` lines, `热门推荐`, `熱門新聞`, `本科室专家`, `熱銷商品`, `最新资讯` none; links as written, resolved
 *   against the canonical where the page names one.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
const slash = (iso: string) => iso.replace(/-/g, '/');
const weekdayTw = (iso: string) => '日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const VIEWPORT = '<meta name="viewport" content="width=device-width,initial-scale=1">\n';
const lang = (html: string, l: string) => html.replace('<html lang="zh-CN">', `<html lang="${l}">`);
/** Other articles' titles for inline link lines: never the page's related items. */
const readMore = (topic: string, rng: Rng) =>
  rng.pick([`${topic}患者注意！这几种食物要少吃`, `医生提醒：${topic}别总拖着`, `${topic}反复发作，可能是这个原因`, `关于${topic}的五个误区，你中了几个？`]);
const readMoreTw = (topic: string, rng: Rng) =>
  rng.pick([`${topic}患者必看！這5種食物少碰`, `醫師提醒：${topic}別再拖`, `${topic}反覆發作？原因曝光`, `${topic}的3大迷思一次破解`]);
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
/** GBK bytes, a character GB18030 would need four bytes for as a reference (as old GBK sites write them). */
const gbkBytes = (html: string, enc: Encoding) => (enc === 'utf-8' ? encode(html, enc) : iconv.encode(html.replace(/[^\x00-\x7f]/gu, (ch) => (iconv.encode(ch, 'gbk').length === 2 && iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`)), 'gbk'));

// --- F1. cztv-mingyi-shuo ---

/**
 * F1. 中国蓝新闻's (浙江广播电视集团) app share page of a 名医说 answer (www.cztv.com/share/{yyyymmdd}/{id}.html: the host from
 * memory, the path guessed), UTF-8, viewport, canonical on 50% (links root-relative: resolved against it, else absolute): a
 * `打开中国蓝新闻` banner; the `<h1>` the question (60%) or `名医说｜{q}` (40%, the prefix none); `中国蓝新闻 {yyyy-mm-dd hh:mm}`
 * (70%, keyed), `N小时前` (15%) or `05-06 hh:mm` (15%) (null); an editor's `导语：…` (50%, none); **the card as a `本期名医`
 * box (name, title, hospital, department) at the head (50%) or only as the closing signature `——{hospital}{department}
 * {title} {name}` (50%)**; `问：{q}` in the text on 40% (label none); a `<video>` on 60% of video items (video); **the answer
 * with a `【推荐阅读】{title}` link line after its first paragraph (50%) and an ad box (`广告`) before its last paragraph
 * (40%)**, the paragraphs after them the answer's; **a `（本文由{hospital}{other name}{title}审核）` line (45%, none; another
 * doctor)**; `参考文献：` and an `<ol>` of two references (35%, none); `版权声明：…` and `责任编辑：{x}` (none); `相关阅读`
 * (snippet cut at 36 with `...` on 40%, else link-only; `yyyy-mm-dd` on 50% keyed); `热门推荐` (none); a bottom bar.
 */
const cztvMingyiShuo: Family = {
  name: 'cztv-mingyi-shuo',
  split: 'fresh-116',
  site: 'www.cztv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.cztv.com';
    const ymd = (iso: string) => iso.replace(/-/g, '');
    const canonical = rng.chance(0.5) ? `${base}/share/${ymd(page.date!)}/${page.item.num}.html` : null;
    const topic = topicWord(page);
    const prefix = rng.chance(0.4);
    const dayForm = rng.weighted([['full', 70], ['relative', 15], ['yearless', 15]] as const);
    const day = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'relative' ? `${rng.int(1, 20)}小时前` : `${page.date!.slice(5)} ${page.time}`;
    const lede = rng.chance(0.5);
    const box = rng.chance(0.5);
    const asks = rng.chance(0.4);
    const video = page.format === 'video' && rng.chance(0.6);
    const inlineRead = page.paragraphs.length > 1 && rng.chance(0.5);
    const adBefore = page.paragraphs.length > 1 && rng.chance(0.4);
    const review = rng.chance(0.45);
    const refs = rng.chance(0.35);
    const snippets = rng.chance(0.4);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${canonical ? '' : base}/share/${ymd(r.date!)}/${itemNum(r)}.html`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 36, 38, '...') : null);
    const parts = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    const last = parts.length - 1;
    if (adBefore) parts.splice(last, 0, `<div class="${c(rng, 'ad-box', 'adv')}"><span>广告</span><a href="https://ad.cztv.com/c/${token(rng, 6)}">${rng.pick(['健康体检套餐限时优惠', '下载中国蓝新闻 领取福利'])}</a></div>`);
    if (inlineRead) parts.splice(1, 0, `<p class="${c(rng, 'tjyd', 'read-more')}">【推荐阅读】<a href="${base}/share/${ymd(page.date!)}/${rng.int(100000, 999999)}.html">${esc(readMore(topic, rng))}</a></p>`);
    const boxHtml = `<div class="${c(rng, 'expert-box', 'mingyi')}"><span class="lbl">本期名医</span><img src="https://img.cztv.com/avatar/${token(rng, 8)}.jpg" alt=""><b>${esc(d.name!)}</b> <i>${esc(d.title!)}</i><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div>`;
    const signature = `<p class="${c(rng, 'sign', 'author')}" style="text-align:right">——${esc(d.hospital!)}${esc(d.department!)} ${esc(d.title!)} ${esc(d.name!)}</p>`;
    const list = related.length
      ? `<div class="${c(rng, 'related', 'xgyd')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippetOf(r) === null ? '' : `<p>${esc(snippetOf(r)!)}</p>`}${dated ? `<span class="t">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="${c(rng, 'app-banner', 'open-app')}"><img src="https://img.cztv.com/logo.png" alt="中国蓝新闻"> 中国蓝新闻 <a href="cztvnews://article/${page.item.num}">打开</a></div>
<div class="${c(rng, 'article', 'detail')}">
<h1>${prefix ? '名医说｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'info')}"><span>中国蓝新闻</span> <span>${day}</span></div>
${box ? boxHtml : ''}
${video ? `<div class="player"><video src="https://v.cztv.com/${token(rng, 12)}.mp4" controls playsinline></video></div>` : ''}
<div class="${c(rng, 'content', 'article-content')}">
${lede ? `<p class="daoyu"><b>导语：</b>${esc(topic)}困扰着不少人。本期名医说，我们请来专家为大家解答。</p>\n` : ''}${asks ? `<p><b>问：</b>${esc(page.question)}</p>\n<p><b>答：</b></p>\n` : ''}${parts.join('\n')}
${box ? '' : signature}
${review ? `<p class="${c(rng, 'review', 'sh')}">（本文由${esc(d.hospital!)}${otherName(rng)}主任医师审核）</p>` : ''}
${refs ? `<div class="refs"><p>参考文献：</p><ol><li>中华医学会.${esc(topic)}诊疗指南[J].中华医学杂志,20${rng.int(15, 22)}.</li><li>国家卫生健康委员会.健康科普知识手册[M].北京:人民卫生出版社,20${rng.int(15, 22)}.</li></ol></div>` : ''}
</div>
<p class="copyright">版权声明：本文为中国蓝新闻原创，未经授权不得转载。</p>
<p class="editor">责任编辑：${otherName(rng)}</p>
</div>
${list}
<div class="hot"><h3>热门推荐</h3><ul><li><a href="${base}/share/hot/${rng.int(1000, 9999)}.html">浙江发布高温橙色预警</a></li><li><a href="${base}/share/hot/${rng.int(1000, 9999)}.html">杭州地铁新线开通</a></li></ul></div>
<div class="bottom-bar"><a href="javascript:;">评论</a> <a href="javascript:;">点赞</a> <a href="javascript:;">分享</a></div>`;
    const doc = documentOf(`${page.question}-中国蓝新闻`, canonical, VIEWPORT, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: dayForm === 'full' ? page.date : null,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, dated),
      }),
    };
  },
};

// --- F2. zssy-wangshang-zixun ---

const ZSSY = '中山大学附属第三医院';
const FOLLOWUPS = [
  ['请问吃药期间需要忌口吗？', '饮食清淡即可，忌辛辣和酒，按时服药，两周后复诊。'],
  ['检查结果出来了，还需要做其他检查吗？', '目前结果基本正常，暂时不需要，注意观察，有变化再来门诊。'],
  ['孩子也有类似情况，可以一起看吗？', '可以，建议挂儿科门诊，由儿科医生评估。'],
  ['多久复查一次比较合适？', '一般三个月复查一次，如有不适随时就诊。'],
] as const;

/**
 * F2. 中山大学附属第三医院's own 网上咨询 (www.zssy.com.cn/zxzx/show.asp?id={id}: the host from memory, the path guessed): GBK
 * declared (40%), `gb2312` in an http-equiv (20%), undeclared (10%) or UTF-8 (30%); no canonical, links root-relative (as
 * written); the hospital's masthead and nav; crumbs `首页 > 网上咨询 > {department}`; **the asker's table: `咨询标题：{q}` (the
 * question), `咨询内容：` (none), `咨询人：x**`, `咨询时间：` (a day or two before; none)**; **the reply: `【医生回答】` (60%) or
 * `回复内容：` (40%), `回复医生：{name}　{title}　{department}` (the hospital the site itself), `回复时间：{yyyy-mm-dd hh:mm}`
 * (keyed)**; **the reply opening `您好，您说的“{q}”这种情况，…` on 50% (the answer's first paragraph)**; **a follow-up round
 * on 45%: `追问：` / `医生回复：`, `补充问题：` / `医生再次回复：` or `【二次咨询】` / `回复：`, each with a later day (none, dating
 * nothing)**; `温馨提示：` (none); `相关咨询` (link-only, `[yyyy-mm-dd]` on 50% keyed); `本科室专家` (a doctor list: none).
 */
const zssyWangshangZixun: Family = {
  name: 'zssy-wangshang-zixun',
  split: 'fresh-116',
  site: 'www.zssy.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['gbk-meta', 40], ['gb2312-http-equiv', 20], ['gbk-undeclared', 10], ['utf-8', 30]] as const) as Encoding;
    const labelled = rng.chance(0.6);
    const greet = rng.chance(0.5);
    const greeting = `您好，您说的“${page.question.replace(/[？?]$/u, '')}”这种情况，${rng.pick(['我来解答一下。', '我给您分析一下。', '临床上比较常见。'])}`;
    const follow = rng.chance(0.45);
    const [fq, fa] = rng.pick(FOLLOWUPS);
    const labels = rng.pick([['追问：', '医生回复：'], ['补充问题：', '医生再次回复：'], ['【二次咨询】', '回复：']] as const);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zxzx/show.asp?id=${itemNum(r)}`;
    const asked = shift(page.date!, -rng.int(1, 3));
    const later = shift(page.date!, rng.int(1, 6));
    const paragraphs = greet ? [greeting, ...page.paragraphs] : page.paragraphs;
    const cell = (k: string, v: string) => `<tr><td class="l" width="90">${k}</td><td>${v}</td></tr>`;
    const followHtml = follow
      ? `<div class="${c(rng, 'zw', 'followup')}"><p><b>${labels[0]}</b>${fq}（${later} ${clock(rng)}）</p><p><b>${labels[1]}</b>${fa}</p><p class="t">回复时间：${later} ${clock(rng)}</p></div>`
      : '';
    const list = related.length
      ? `<div class="${c(rng, 'xgzx', 'related')}"><h3>相关咨询</h3><ul>${related.map((r) => `<li>· <a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? ` [${r.date}]` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const docs = Array.from({ length: 3 }, () => `<li><a href="/zjjs/show.asp?id=${rng.int(100, 999)}">${otherName(rng)}</a> 主任医师</li>`).join('');
    const body = `<div class="top"><img src="/images/logo.gif" alt="${ZSSY}"> ${ZSSY}</div>
<div class="nav"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/ksdh/">科室导航</a> | <a href="/zjjs/">专家介绍</a> | <a href="/zxzx/">网上咨询</a></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zxzx/">网上咨询</a> &gt; ${esc(d.department!)}</div>
<table class="${c(rng, 'ask', 'zx')}" width="100%" border="0">
${cell('咨询标题：', `<b>${esc(page.question)}</b>`)}
${cell('咨询内容：', esc(rng.pick(ASKER_LINES)))}
${cell('咨询人：', `${rng.pick(['李', '陈', '黄', '林'])}**`)}
${cell('咨询时间：', `${asked} ${clock(rng)}`)}
</table>
<div class="${c(rng, 'reply', 'hf')}">
<p class="doc">回复医生：${esc(d.name!)}　${esc(d.title!)}　${esc(d.department!)}</p>
<p class="t">回复时间：${page.date} ${page.time}</p>
<p><b>${labelled ? '【医生回答】' : '回复内容：'}</b></p>
${paras(paragraphs)}
</div>
${followHtml}
<p class="tip">温馨提示：网上咨询仅供参考，不能作为诊断和治疗的依据，请到医院就诊。</p>
${list}
<div class="${c(rng, 'zj', 'experts')}"><h3>本科室专家</h3><ul>${docs}</ul></div>
<div class="foot">${ZSSY} 版权所有　地址：广州市天河路600号</div>`;
    const html = documentOf(`${page.question}_网上咨询_${ZSSY}`, null, '', body, charsetMeta(enc));
    return {
      body: gbkBytes(html, enc),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: ZSSY, hospital_grade: null },
        paragraphs,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F3. icable-yisheng-jieda ---

const HK_SPECS = ['內科', '腸胃肝臟科', '心臟科', '婦產科', '兒科', '骨科', '皮膚及性病科', '耳鼻喉科', '精神科'];
const HK_TIPS = ['如症狀持續超過兩星期，應盡早求醫。', '切勿自行購買藥物服用。', '保持作息規律，飲食均衡。', '定期檢查，及早發現問題。', '戒煙少酒，多做運動。'];

/**
 * F3. 有線新聞's 健康 醫生解答 (Hong Kong; www.i-cable.com/新聞/{id}/: the host from memory, the path guessed with an ASCII
 * `news/health`), UTF-8, `lang="zh-HK"`, canonical on 60% (links root-relative: resolved against it, else as written): nav;
 * the headline `【醫生解答】{q}` (40%, the prefix none), the question (30%) or `{topic}點算好？醫生話你知` (30%, asks nothing:
 * then `問：{q}` in the text, else on 30%); `{yyyy年m月d日} 星期X {hh:mm}` / `{yyyy-mm-dd hh:mm}` (80%, keyed) or `N小時前`
 * (null); a `<video>` clip on 45% (video); **an editor's lede (`有線新聞記者…`, 60%, none)**; the card `{name}醫生` and
 * `{specialty}專科醫生` (80%) or `家庭醫生` (20%) as a box, no hospital; `答：` label with `問：`; the answer; **a `醫生建議` box
 * (`<h4>` and a `<ul>` of 2–3 points in the doctor's words) on 50% — part of the answer —, then a `小編總結：…` box on 40%
 * (the editor's: none)**; `（本文內容只供參考…）` (none); share; `相關新聞` (link-only, `yyyy年m月d日` on 50% keyed); `熱門新聞`
 * (none).
 */
const icableYishengJieda: Family = {
  name: 'icable-yisheng-jieda',
  split: 'fresh-116',
  site: 'www.i-cable.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.i-cable.com';
    const canonical = rng.chance(0.6) ? `${base}/news/health/${page.item.num}/` : null;
    const topic = topicWord(page);
    const spec = rng.pick(HK_SPECS);
    const gp = rng.chance(0.2);
    const role = gp ? '家庭醫生' : `${spec}專科醫生`;
    const headForm = rng.weighted([['prefix', 40], ['plain', 30], ['none', 30]] as const);
    const headline = headForm === 'prefix' ? `【醫生解答】${page.question}` : headForm === 'plain' ? page.question : `${topic}點算好？醫生話你知`;
    const asks = headForm === 'none' || rng.chance(0.3);
    const relative = rng.chance(0.2);
    const day = relative ? `${rng.int(1, 20)}小時前` : rng.chance(0.5) ? `${cnDate(page.date!)} 星期${weekdayTw(page.date!)} ${page.time}` : `${page.date} ${page.time}`;
    const video = rng.chance(0.45);
    const lede = rng.chance(0.6);
    const advice = rng.chance(0.5);
    const tips = rng.shuffle([...HK_TIPS]).slice(0, rng.int(2, 3));
    const summary = rng.chance(0.4);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/news/health/${itemNum(r)}/`;
    const box = `<div class="${c(rng, 'doctor-card', 'guest')}"><img src="https://img.i-cable.com/doctor/${token(rng, 8)}.jpg" alt=""><p class="name">${esc(d.name!)}醫生</p><p class="role">${role}</p></div>`;
    const list = related.length
      ? `<div class="${c(rng, 'related-news', 'more-news')}"><h3>相關新聞</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? `<span>${cnDate(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header><a href="${base}/"><img src="/logo.svg" alt="有線新聞"></a><nav><a href="${base}/news/hk/">港聞</a> <a href="${base}/news/china/">兩岸</a> <a href="${base}/news/health/">健康</a> <a href="${base}/live/">直播</a></nav></header>
<article class="${c(rng, 'article', 'news-detail')}">
<h1>${esc(headline)}</h1>
<div class="${c(rng, 'date', 'publish')}">${day}</div>
${video ? `<div class="video-wrap"><video src="https://v.i-cable.com/${token(rng, 12)}.mp4" poster="https://img.i-cable.com/p/${token(rng, 8)}.jpg" controls></video></div>` : ''}
<div class="${c(rng, 'content', 'article-body')}">
${lede ? `<p class="lede">${esc(topic)}十分常見，不少市民都有疑問。有線新聞記者邀請醫生解答觀眾提問。</p>\n` : ''}${box}
${asks ? `<p><b>問：</b>${esc(page.question)}</p>\n<p><b>答：</b></p>\n` : ''}${paras(page.paragraphs)}
${advice ? `<div class="${c(rng, 'advice', 'tips-box')}"><h4>醫生建議</h4><ul>${tips.map((t) => `<li>${t}</li>`).join('')}</ul></div>` : ''}
${summary ? `<div class="${c(rng, 'summary', 'editor-note')}"><p>小編總結：${esc(topic)}雖然常見，但不可輕視，有疑問應諮詢醫生。</p></div>` : ''}
<p class="disclaimer">（本文內容只供參考，不能取代醫生診症。）</p>
</div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(base)}">Facebook</a> <a href="https://api.whatsapp.com/send?text=${encodeURIComponent(base)}">WhatsApp</a></div>
</article>
${list}
<div class="hot"><h3>熱門新聞</h3><ul><li><a href="${base}/news/hk/${rng.int(100000, 999999)}/">天文台發出黃色暴雨警告</a></li><li><a href="${base}/news/hk/${rng.int(100000, 999999)}/">港鐵東鐵綫延誤</a></li></ul></div>
<footer>© 有線寬頻 i-CABLE</footer>`;
    const doc = lang(documentOf(`${headline}｜有線新聞`, canonical, VIEWPORT, body), 'zh-HK');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: gp ? '家庭醫生' : '專科醫生', department: gp ? null : spec, hospital: null, hospital_grade: null },
        paragraphs: advice ? [...page.paragraphs, '醫生建議', ...tips] : page.paragraphs,
        date: relative ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F4. ttv-yishi-jieda ---

/**
 * F4. 台視新聞's 健康 醫師解答 (Taiwan; news.ttv.com.tw/news/{yyyymmdd}{nnnnn}: the host from memory, the path guessed), UTF-8,
 * `lang="zh-TW"`, the canonical always (links absolute 50% or root-relative, resolved): nav; the headline `醫師解答／{q}` (40%,
 * the prefix none) or the question; `{yyyy/mm/dd hh:mm}` (keyed) and `記者{x} 報導`; the card a labelled box (`醫師：` /
 * `職稱：` / `醫院：` / `科別：`, 50%) or `諮詢醫師：{hospital}{department} {name}{title}` (50%) (grade null); **inside the
 * answer's container: a picture with a `▲{topic}示意圖。（圖／TTV）` caption after the first paragraph (55%, none), a
 * `延伸閱讀：{title}` link line (50%, none), the paragraphs between the second and the last as a `<ul>` on 35% of long
 * answers (one paragraph an item), and
 * an ad block (`廣告`) before the last paragraph on 50%, which then stands alone after it**; `（編輯／{x}）` (none);
 * `延伸閱讀` at the foot (link-only, `yyyy/mm/dd` on 50% keyed); `熱門新聞` (none).
 */
const ttvYishiJieda: Family = {
  name: 'ttv-yishi-jieda',
  split: 'fresh-116',
  site: 'news.ttv.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://news.ttv.com.tw';
    const ymd = (iso: string) => iso.replace(/-/g, '');
    const canonical = `${base}/news/${ymd(page.date!)}${String(page.item.num % 100000).padStart(5, '0')}`;
    const topic = topicWord(page);
    const prefix = rng.chance(0.4);
    const boxed = rng.chance(0.5);
    const pic = rng.chance(0.55);
    const inline = rng.chance(0.5);
    const asList = page.paragraphs.length > 3 && rng.chance(0.35);
    const ad = page.paragraphs.length > 1 && rng.chance(0.5);
    const absolute = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${absolute ? base : ''}/news/${ymd(r.date!)}${String(itemNum(r) % 100000).padStart(5, '0')}`;
    const ps = page.paragraphs;
    const lastIdx = ps.length - 1;
    const blocks: string[] = [];
    ps.forEach((p, i) => {
      if (ad && i === lastIdx) blocks.push(`<div class="${c(rng, 'ad', 'ad-inread')}"><ins class="adsbygoogle" data-ad-slot="${rng.int(1000000, 9999999)}"></ins><span>廣告</span></div>`);
      if (asList && i >= 2 && i < lastIdx) {
        if (i === 2) blocks.push(`<ul class="${c(rng, 'points', 'list')}">${ps.slice(2, lastIdx).map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
      } else blocks.push(`<p>${esc(p)}</p>`);
      if (i === 0 && pic) blocks.push(`<figure><img src="https://cdn.ttv.com.tw/news/${token(rng, 10)}.jpg" alt=""><figcaption>▲${esc(topic)}示意圖。（圖／TTV）</figcaption></figure>`);
      if (i === Math.min(1, lastIdx - 1) && inline && i >= 0 && lastIdx > 0) blocks.push(`<p class="${c(rng, 'extend', 'read')}">延伸閱讀：<a href="${base}/news/${ymd(page.date!)}${rng.int(10000, 99999)}">${esc(readMoreTw(topic, rng))}</a></p>`);
    });
    const card = boxed
      ? `<div class="${c(rng, 'doctor', 'expert-info')}"><p>醫師：${esc(d.name!)}</p><p>職稱：${esc(d.title!)}</p><p>醫院：${esc(d.hospital!)}</p><p>科別：${esc(d.department!)}</p></div>`
      : `<p class="${c(rng, 'consult', 'doctor')}">諮詢醫師：${esc(d.hospital!)}${esc(d.department!)} ${esc(d.name!)}${esc(d.title!)}</p>`;
    const list = related.length
      ? `<div class="${c(rng, 'extend-list', 'related')}"><h3>延伸閱讀</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <time>${slash(r.date!)}</time>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header><a href="${base}/"><img src="/images/logo.png" alt="台視新聞"></a><nav><a href="${base}/category/政治">政治</a> <a href="${base}/category/生活">生活</a> <a href="${base}/category/健康">健康</a></nav></header>
<article class="${c(rng, 'article', 'news')}">
<h1>${prefix ? '醫師解答／' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'date', 'time')}">${slash(page.date!)} ${page.time}　記者${otherName(rng)} 報導</div>
${card}
<div class="${c(rng, 'content', 'article-body', 'br')}">
${blocks.join('\n')}
</div>
<p class="editor">（編輯／${otherName(rng)}）</p>
<div class="share"><a href="https://social-plugins.line.me/lineit/share?url=${encodeURIComponent(canonical)}">LINE</a> <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(canonical)}">Facebook</a></div>
</article>
${list}
<div class="hot"><h3>熱門新聞</h3><ul><li><a href="${base}/news/${rng.int(10000000, 99999999)}">颱風假最新消息</a></li><li><a href="${base}/news/${rng.int(10000000, 99999999)}">油價下週調降</a></li></ul></div>
<footer>台灣電視公司 版權所有</footer>`;
    const doc = lang(documentOf(`${prefix ? '醫師解答／' : ''}${page.question} - 台視新聞`, canonical, VIEWPORT, body), 'zh-TW');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F5. yueshih-yaoshi-wenda ---

const DOSE_HEAD = ['年齡', '每次劑量', '每日次數'];
const DOSE_ROWS = [
  ['2至5歲', '2.5毫升', '3次'],
  ['6至11歲', '5毫升', '3次'],
  ['12歲以上', '10毫升', '3至4次'],
];
const STORES = ['台中文心店', '台北公館店', '高雄三民店', '桃園中壢店', '台南東門店'];

/**
 * F5. 躍獅連鎖藥局's 藥師問答 (Taiwan; www.yueshih.com.tw/qa/detail.php?id={id}: host and path guessed), `lang="zh-TW"`: Big5
 * declared (40%), undeclared (15%), declared `utf-8` wrongly (10%), UTF-8 (35%); every character the WHATWG Big5 decoder would
 * not read back written as `&#x…;`; no canonical (links root-relative, as written): nav, crumbs `首頁 > 藥師問答 > {category}`;
 * `<h2>Q：{q}</h2>`; the card `回覆藥師：{name} 藥師` with `服務門市：{store}` on 60% (none); `回覆日期：{yyyy-mm-dd}` or
 * `{yyyy/m/d}` (keyed); `A：` and the answer: **the paragraphs as `<ol>` items on 30% (the numbers generated: none)**;
 * **a dose `<table>` (年齡 / 每次劑量 / 每日次數, header row and three rows) after the first paragraph on 45%, its lead line
 * `建議劑量如下：` as a `<p>` (60%) or the table's `<caption>` (40%)**; `溫馨提醒：用藥前請詳閱…` (none); `相關問答` (a snippet cut at
 * 30 with `...` on 50%, else link-only; `yyyy-mm-dd` on 40% keyed); `熱銷商品` (product links with prices: none).
 */
const yueshihYaoshiWenda: Family = {
  name: 'yueshih-yaoshi-wenda',
  split: 'fresh-116',
  site: 'www.yueshih.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['big5', 40], ['undeclared', 15], ['wrong', 10], ['utf8', 35]] as const);
    const ol = rng.chance(0.3);
    const table = rng.chance(0.45);
    const lead = table ? rng.weighted([['p', 60], ['caption', 40]] as const) : null;
    const leadText = '建議劑量如下：';
    const store = rng.chance(0.6);
    const dayText = rng.chance(0.5) ? page.date! : page.date!.split('-').map(Number).join('/');
    const snippets = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/detail.php?id=${itemNum(r)}`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 32, '...') : null);
    const [first, ...rest] = page.paragraphs;
    const tableHtml = table
      ? `${lead === 'p' ? `<p>${leadText}</p>\n` : ''}<table class="${c(rng, 'dose', 'tb')}" border="1">${lead === 'caption' ? `<caption>${leadText}</caption>` : ''}<tr>${DOSE_HEAD.map((x) => `<th>${x}</th>`).join('')}</tr>${DOSE_ROWS.map((row) => `<tr>${row.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</table>`
      : '';
    const answerHtml = ol
      ? `<ol class="${c(rng, 'steps', 'ans')}"><li>${esc(first!)}</li></ol>\n${tableHtml}\n<ol start="2">${rest.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`
      : `<p>${esc(first!)}</p>\n${tableHtml}\n${paras(rest)}`;
    const keyParas = [first!, ...(table ? [leadText, DOSE_HEAD.join(' '), ...DOSE_ROWS.map((r) => r.join(' '))] : []), ...rest];
    const list = related.length
      ? `<div class="${c(rng, 'related-qa', 'xgwd')}"><h3>相關問答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippetOf(r) === null ? '' : `<p>${esc(snippetOf(r)!)}</p>`}${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="/"><img src="/images/logo.png" alt="躍獅連鎖藥局"></a> <a href="/member/">會員登入</a> <a href="/store/">門市查詢</a></div>
<div class="nav"><a href="/">首頁</a> <a href="/news/">最新消息</a> <a href="/qa/">藥師問答</a> <a href="/shop/">線上商城</a></div>
<div class="crumb"><a href="/">首頁</a> &gt; <a href="/qa/">藥師問答</a> &gt; ${rng.pick(['用藥安全', '兒童用藥', '保健食品', '慢性病'])}</div>
<div class="${c(rng, 'qa-detail', 'qa')}">
<h2>Q：${esc(page.question)}</h2>
<div class="${c(rng, 'pharmacist', 'reply-by')}">回覆藥師：${esc(d.name!)} 藥師${store ? `　服務門市：${rng.pick(STORES)}` : ''}</div>
<div class="date">回覆日期：${dayText}</div>
<div class="${c(rng, 'answer', 'ans-body')}">
<p><b>A：</b></p>
${answerHtml}
</div>
<p class="remind">溫馨提醒：用藥前請詳閱說明書，如有疑問請洽詢藥師。</p>
</div>
${list}
<div class="${c(rng, 'hot-products', 'rxsp')}"><h3>熱銷商品</h3><ul><li><a href="/shop/p/${rng.int(1000, 9999)}">綜合維他命 60錠</a> NT$${rng.int(299, 899)}</li><li><a href="/shop/p/${rng.int(1000, 9999)}">益生菌 30包</a> NT$${rng.int(399, 999)}</li></ul></div>
<div class="foot">躍獅連鎖藥局 版權所有</div>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' || enc === 'wrong' ? '<meta charset="utf-8">' : '';
    const html = lang(documentOf(`${page.question} - 藥師問答 - 躍獅連鎖藥局`, null, '', body, charset), 'zh-TW');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '藥師', department: null, hospital: null, hospital_grade: null },
        paragraphs: keyParas,
        format: 'unknown',
        related: itemsOf(related, href, null, snippetOf, dated),
      }),
    };
  },
};

// --- F6. cjyun-wen-yisheng ---

/**
 * F6. 长江云's (湖北广播电视台) 问医生 (news.hbtv.com.cn/p/{id}.html: the host from memory, the path guessed), UTF-8, the canonical
 * on 50% (links root-relative: resolved against it, else as written): nav; `原标题：{topic}…` (35%, none); the `<h1>` the
 * question (60%) or `【问医生】{q}` (40%, the prefix none); `来源：长江云　{yyyy-mm-dd hh:mm}` or `{yyyy年m月d日}` (85%, keyed)
 * or `05-06 hh:mm` (null); `【导语】…` (45%, none); `网友提问：{asker line}` (50%, none); **the card `答疑专家：{name}，
 * {hospital}{（三甲）on 30%}{department}{title}`**; the answer, **with `病情分析：` / `指导意见：` heads on 50% (paragraphs) and a
 * `【推荐阅读】` line before its last paragraph on 45% (none; the last paragraph the answer's)**; `温馨提示：…` (none); `（完）`
 * (40%); `来源：长江云` / `责任编辑：{x}` (none); `相关阅读` (snippet 40% cut at 40 with `...`, else link-only; `yyyy-mm-dd` on
 * 50% keyed); `最新资讯` (none).
 */
const cjyunWenYisheng: Family = {
  name: 'cjyun-wen-yisheng',
  split: 'fresh-116',
  site: 'news.hbtv.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://news.hbtv.com.cn';
    const canonical = rng.chance(0.5) ? `${base}/p/${page.item.num}.html` : null;
    const topic = topicWord(page);
    const original = rng.chance(0.35);
    const prefix = rng.chance(0.4);
    const dayForm = rng.weighted([['full', 50], ['cn', 35], ['yearless', 15]] as const);
    const day = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'cn' ? cnDate(page.date!) : `${page.date!.slice(5)} ${page.time}`;
    const lede = rng.chance(0.45);
    const asker = rng.chance(0.5);
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const heads = rng.chance(0.5);
    const inline = page.paragraphs.length > 1 && rng.chance(0.45);
    const end = rng.chance(0.4);
    const snippets = rng.chance(0.4);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/p/${itemNum(r)}.html`;
    const snippetOf = (r: Related) => (snippets ? cutSnippet(r.snippet, 40, 42, '...') : null);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const blocks = paragraphs.map((p) => (p === '病情分析：' || p === '指导意见：' ? `<p><strong>${p}</strong></p>` : `<p>${esc(p)}</p>`));
    if (inline) blocks.splice(blocks.length - 1, 0, `<p class="${c(rng, 'tjyd', 'recommend')}">【推荐阅读】<a href="${base}/p/${rng.int(1000000, 9999999)}.html">${esc(readMore(topic, rng))}</a></p>`);
    const list = related.length
      ? `<div class="${c(rng, 'xgyd', 'related')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${snippetOf(r) === null ? '' : `<p>${esc(snippetOf(r)!)}</p>`}${dated ? `<em>${r.date}</em>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav"><a href="${base}/">长江云</a> <a href="${base}/hb/">湖北</a> <a href="${base}/jk/">健康</a> <a href="${base}/sp/">视频</a></div>
<div class="${c(rng, 'article', 'main')}">
${original ? `<p class="yuan">原标题：${esc(topic)}，专家来支招</p>\n` : ''}<h1>${prefix ? '【问医生】' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'source')}">来源：长江云　${day}</div>
<div class="${c(rng, 'content', 'article-content', 'TRS_Editor')}">
${lede ? `<p class="daoyu">【导语】近期，不少网友就${esc(topic)}的问题向长江云留言，我们邀请专家一一解答。</p>\n` : ''}${asker ? `<p class="ask">网友提问：${esc(rng.pick(ASKER_LINES))}</p>\n` : ''}<p class="${c(rng, 'expert', 'zj')}">答疑专家：${esc(d.name!)}，${esc(d.hospital!)}${grade ? `（${grade}）` : ''}${esc(d.department!)}${esc(d.title!)}</p>
${blocks.join('\n')}
<p class="tip">${rng.pick(DISCLAIMERS)}</p>
${end ? '<p>（完）</p>' : ''}
</div>
<div class="${c(rng, 'editor', 'zb')}">来源：长江云　责任编辑：${otherName(rng)}</div>
</div>
${list}
<div class="news-new"><h3>最新资讯</h3><ul><li><a href="${base}/p/${rng.int(1000000, 9999999)}.html">武汉今日最高气温36℃</a></li><li><a href="${base}/p/${rng.int(1000000, 9999999)}.html">湖北多地启动防汛应急响应</a></li></ul></div>
<div class="foot">湖北广播电视台 长江云 版权所有</div>`;
    const doc = documentOf(`${page.question}_长江云`, canonical, VIEWPORT, body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        paragraphs,
        date: dayForm === 'yearless' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, dated),
      }),
    };
  },
};

export const FRESH116_FAMILIES: readonly Family[] = [cztvMingyiShuo, zssyWangshangZixun, icableYishengJieda, ttvYishiJieda, yueshihYaoshiWenda, cjyunWenYisheng];
