import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, FEW_TITLES, ask, cityOf, cnDate, cutSnippet, documentOf, epochSeconds, hm, itemNum, itemsOf, otherName, paras, personName, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { encode, esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, MOTHER_TEXTS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventy-ninth fresh held-out set (split `fresh-79`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * fourteenth set**: six Chinese sites (or a section of one) where doctors answer health questions on pages of their own,
 * none of them modelled or named by an earlier split, each of a kind the table had little of: 北京卫视《养生堂》's 专家答疑 (a
 * TV health programme's site: the episode's box and player beside the Q&A, the guest expert's answer to a viewer, 网友评论),
 * 欧姆龙健康's 血压专家问答 (a device maker's site: a 特邀专家's answer, the maker's 客服 replying about the device beside it,
 * product boxes), 益丰大药房's 问医生 in GBK on most pages (a pharmacy chain's 互联网医院 doctor, a shop pharmacist's 用药提醒
 * beside the answer, unclosed `<p>` and `<li>`, 推荐用药), 健康湖北's 名医在线 (a province 卫健委 portal's consultation record on
 * a government CMS: label/value tables or label lines, a 转办 row, GB2312 by http-equiv or undeclared on half),
 * 南京鼓楼医院's 微信文章 mirrored on the hospital's own site (WeChat's `rich_media` markup, inline-styled `<section>`s, `Q：` /
 * `A：`, the expert's card as a `专家简介` section, 文字 / 编辑 / 审核 lines, 往期推荐) and 年糕妈妈's 问医生 share page (a parenting
 * app's H5: an 育儿顾问's messages, voice and video answers, 追问 bubbles, mothers' discussion, app state). Modelled from
 * memory of those pages (no copied markup; hosts and paths as remembered, 养生堂's, 益丰's and 年糕妈妈's paths guesses); the
 * family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (the expert's): a 客服's (`欧姆龙客服回复：`), a pharmacist's `用药提醒`, an
 *   育儿顾问's, a 小编's / 编导's note, 网友评论 and mothers' replies none of it, also where they stand first; a 追问 round
 *   (`追问` / `医生回复`, `专家回复`) none of the answer and dating nothing (fresh-11, fresh-44, fresh-72 to fresh-78);
 * - heads inside the answer on a line of their own (`病情分析：` / `指导意见：`) are paragraphs of it (fresh-49); a head or
 *   label over the answer (`专家解答`, `医生回复：`, `答复内容`, `A：`, `语音转文字`), an editor's lead-in before the `Q：`
 *   (`近日，不少网友在后台留言…`), the `专家简介` section, 文字 / 编辑 / 审核 lines, a QR line, a disclaimer none of it;
 *   paragraphs what the page parts (`<p>`s, also left unclosed, `<br>`s, inline-styled `<section>`s);
 * - **the question**: as the page asks it; a label before it (`观众提问`, `标题`, `Q：`) none of it; **on 鼓楼医院's
 *   mirror the question is the `Q：` line's**, the article's title (`专家答疑｜question` or a headline about it) none;
 * - **the date the answer's day**: `发布时间`, `解答时间`, `回复时间`, `答复时间`, the WeChat article's own day line
 *   (`原创 … 南京鼓楼医院 2023年5月6日 18:00`) or the mirror's `发布时间` (one of the two per page), the day under the doctor's
 *   answer; `2023.05.06`, `2023-5-6`, `2023年05月06日`, `2023-05-06 14:22:31` that day; `N天前`, `昨天 14:22`, a day without
 *   its year (`05-06 14:22`, `5月6日`) null; **养生堂's episode day (`本期节目：2023年4月20日播出`, the player's, the
 *   episode list's) is no day of the answer** (the guest answers viewers after the broadcast, the page says so); `咨询时间`,
 *   `提问时间`, the asker's, a 客服's, a pharmacist's, an 育儿顾问's, a comment's and a 追问's days date nothing; structured
 *   data (JSON-LD, app state) is not what the page prints: a day, a grade or a department only there is none;
 * - **the card**: badges (`特邀专家`, `认证儿科医生`, `益丰互联网医院`, `本期嘉宾`), `擅长`, degrees and tutor posts (`医学博士`,
 *   `硕士生导师`) no field; `执业医院：` / `所在单位` labels no part of the hospital; on 健康湖北 `答复专家` the name (its bracket
 *   `（主任医师）` or the `职称` row the title), `所在单位` the hospital, the department only where a `科室` row prints it;
 *   `转办单位` / `办理情况` (the 卫健委's offices, `已转…办理`) none of the card; on 鼓楼医院's mirror the card is the
 *   `专家简介` or `答疑专家：` line (`name，南京鼓楼医院department title，…`): the hospital as it prints it (`南京鼓楼医院`),
 *   the site's masthead and its `三级甲等` blurb none of the card (grade null); the grade only where printed beside the
 *   hospital (a tag after it, `（三甲）`), else null;
 * - format: video where the answer's own player shows (养生堂's `视频解答` player in the answer box, a `<video>`, WeChat's
 *   `video_iframe` in the answer), voice where a voice bar with its length shows; **养生堂's episode player (`节目回看`) is the
 *   programme's, not the answer's: no format**; else unknown;
 * - items: the snippet as printed (cut with `…` or `...` kept), `专家：name title`, `N人觉得有帮助`, `name 医生回答` none of it,
 *   an item showing only its question a link (`[]`), dated only where the list prints the whole day (`[05-06]` dates
 *   nothing), links as written where the page names no address of its own, else resolved against the canonical or og:url;
 *   往期节目, 网友评论, 推荐产品 / 推荐用药 (priced), 血压知识, 政策解读, 健康科普, 往期推荐, 糕妈推荐 and 育儿知识 no items.
 */

type Related = TruthPage['related'][number];

/** A length as players print it: `03:21`. */
const length = (rng: Rng) => `0${rng.int(1, 5)}:${String(rng.int(5, 59)).padStart(2, '0')}`;
/** `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** Whole days from one ISO day to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** The day and time `minutes` after a day and time: ['2023-05-06', '14:22']. */
const later = (iso: string, time: string, minutes: number): [string, string] => {
  const t = new Date(Date.parse(`${iso}T${time}:00Z`) + minutes * 60_000).toISOString();
  return [t.slice(0, 10), t.slice(11, 16)];
};
/** A day as an app prints it seen from `today`: `N小时前` (that day), `昨天 14:22` or `N天前`. */
const agoText = (rng: Rng, iso: string, today: string, time: string) => {
  const n = daysBetween(iso, today);
  return n <= 0 ? `${rng.int(1, 12)}小时前` : n === 1 ? `昨天 ${time}` : `${n}天前`;
};
/** `5月6日`. */
const mdCn = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const GBK_DECLARATIONS = [
  ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 5],
  ['<meta charset="gbk">', 4],
  ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">', 3],
  ['', 3],
] as const;

// --- F1. brtv-yangshengtang-dayi ---

const YST_EPISODES = ['血管的秘密', '护好你的胃', '睡个好觉', '骨骼保卫战', '远离三高', '呵护肝脏'] as const;

/**
 * F1. 北京卫视《养生堂》's 专家答疑 (www.brtn.cn/yst/dayi/{id}.html, path a guess), UTF-8: the station's bar (北京卫视 / 养生堂 /
 * 节目回看 / 专家答疑 / 健康课堂), crumbs; the episode's box (always): `本期节目：《养生堂》2023年4月20日播出 episode`, on 45% with
 * the episode's `<video>` under `节目回看` (the programme's player: no format), a day 2–40 days before the answer's; `<h1>`
 * with a `观众提问` tag inside it on 40% (none of the question); the viewer's line (`北京观众 李女士`, `提问时间：` a day); a
 * 小编 note (`本期嘉宾在节目播出后为观众作答…`) on 40% (none); the guest's card as `本期嘉宾` box (name, title, `hospital
 * department`, `（三甲）`-kind grade on 20%: keyed) on 65% or as a credit line `答疑专家：{hospital}{department}{title} {name}`
 * (35%; no grade); `专家解答` over the answer; on 60% of video pages a `视频解答` `<video>` with its length in the answer box
 * (video); the text in `<p>`s; `发布时间：` `2023-05-06 14:22` (40%), `2023年05月06日` (25%), `2023/5/6` (20%) or `N天前` (15%:
 * null); 网友评论 (2–3 comments with yearless days: none); 更多答疑 (question, the snippet cut at 42 with `…` on 60% of the pages,
 * else links; `[2023-05-06]` on 40%: dated) and 往期节目 (episodes with their days: none) in either order; JSON-LD VideoObject
 * of the episode on 40% (its uploadDate the air day: none); canonical on half.
 */
const brtvYangshengtangDayi: Family = {
  name: 'brtv-yangshengtang-dayi',
  split: 'fresh-79',
  site: 'www.brtn.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const air = shift(page.date!, -rng.int(2, 40));
    const episode = `说说${topicWord(page)}`;
    const epPlayer = rng.chance(0.45);
    const epBox = `<div class="yst-ep"><p class="ep-t">本期节目：《养生堂》${cnDate(air)}播出 <a href="/yst/jiemu/${rng.int(1000, 9999)}.html">${episode}</a></p>${
      epPlayer ? `<div class="ep-v"><h4>节目回看</h4><video src="https://vod.brtn.cn/yst/${token(rng, 16)}.mp4" poster="https://img.brtn.cn/yst/${token(rng, 10)}.jpg" controls></video><span class="len">${rng.int(40, 55)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>` : ''
    }</div>`;
    const tagged = rng.chance(0.4);
    const h1 = `<h1 class="yst-q">${tagged ? '<span class="tag">观众提问</span>' : ''}${esc(page.question)}</h1>`;
    const viewer = `<p class="yst-who">${esc(cityOf(page))}观众 ${esc(otherName(rng).slice(0, 1))}${rng.pick(['女士', '先生'])}　提问时间：${shift(air, rng.int(0, 1))}</p><p class="yst-desc">${esc(rng.pick(ASKER_LINES))}</p>`;
    const note = rng.chance(0.4) ? `<div class="yst-note">小编提示：本期嘉宾在节目播出后为观众作答，节目内容请点击节目回看。</div>` : '';
    const boxed = rng.chance(0.65);
    const graded = boxed && rng.chance(0.2);
    const card = boxed
      ? `<div class="yst-guest"><h4>本期嘉宾</h4><img src="https://img.brtn.cn/yst/guest/${token(rng, 10)}.jpg"><p class="n">${esc(d.name!)} <span>${d.title}</span></p><p>${esc(d.hospital!)}${graded ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</p></div>`
      : `<p class="yst-credit">答疑专家：${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}</p>`;
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<div class="yst-ans-v"><span class="lb">视频解答</span><video src="https://vod.brtn.cn/dayi/${token(rng, 16)}.mp4" controls preload="none"></video><span class="len">${length(rng)}</span></div>` : '';
    const mode = rng.weighted([['full', 8], ['cn', 5], ['slash', 4], ['rel', 3]] as const);
    const day =
      mode === 'full' ? `${page.date} ${page.time}` : mode === 'cn' ? cnPadded(page.date!) : mode === 'slash' ? page.date!.split('-').map(Number).join('/') : `${rng.int(3, 60)}天前`;
    const answer = `<div class="yst-ans"><h3>专家解答</h3>${player}<div class="txt">${paras(page.paragraphs)}</div><p class="yst-time">发布时间：${day}　<span>浏览 ${rng.int(300, 90000)}</span></p></div>`;
    const comments = `<div class="yst-cmt"><h3>网友评论</h3>${Array.from({ length: rng.int(2, 3) }, () => `<div class="c"><span class="u">${rng.pick(['养生达人', '北京大妈', '健康生活', '老观众'])}${rng.int(10, 999)}</span><p>${rng.pick(['专家讲得很清楚，谢谢！', '每期都看，受益匪浅。', '我家老人也是这个情况。'])}</p><span class="t">${md(shift(page.date!, rng.int(0, 9)))}</span></div>`).join('')}</div>`;
    const own = rng.chance(0.5) ? `https://www.brtn.cn/yst/dayi/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/yst/dayi/${itemNum(r)}.html`;
    const snippets = rng.chance(0.6);
    const dated = rng.chance(0.4);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 42, 42, '…') : null);
    const list = related.length
      ? `<div class="yst-more"><h3>更多答疑</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}${dated ? `<span>[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const episodes = `<div class="yst-eps"><h3>往期节目</h3><ul>${YST_EPISODES.slice(0, 4).map((e, i) => `<li><a href="/yst/jiemu/${rng.int(1000, 9999)}.html">《养生堂》${e}</a><span>${shift(air, -7 * (i + 1))}</span></li>`).join('')}</ul></div>`;
    const ld = rng.chance(0.4)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: `养生堂 ${episode}`, uploadDate: air, thumbnailUrl: 'https://img.brtn.cn/yst/cover.jpg' })}</script>\n`
      : '';
    const body = `<div class="brtn-top"><a href="/"><img src="https://img.brtn.cn/logo.png" alt="北京卫视"></a> <a href="/yst/">养生堂</a> <a href="/yst/jiemu/">节目回看</a> <a href="/yst/dayi/">专家答疑</a> <a href="/ketang/">健康课堂</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/yst/">养生堂</a> &gt; <a href="/yst/dayi/">专家答疑</a></div>
<div class="yst-main">
${epBox}
<div class="yst-qbox">${h1}${viewer}</div>
${note}
${wrap(rng, `${card}${answer}`, 1)}
<p class="yst-tip">以上内容仅供参考，具体诊疗请遵医嘱。</p>
${rng.chance(0.5) ? `${list}\n${episodes}` : `${episodes}\n${list}`}
${comments}
</div>
<div class="brtn-foot">北京广播电视台 版权所有</div>`;
    const html = documentOf(`${ask(page)}_专家答疑_养生堂_北京卫视`, own, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'rel' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F2. omron-xueya-zhuanjia-wenda ---

const OMRON_PRODUCTS = ['上臂式电子血压计 HEM-7136', '上臂式电子血压计 U726J', '手腕式电子血压计 HEM-6161', '智能血压计 J760'] as const;

/**
 * F2. 欧姆龙健康's 血压专家问答 (www.omronhealthcare.com.cn/zhuanjia/wenda/{id}.html, host as remembered), a device maker's site,
 * UTF-8: header (产品中心 / 健康知识 / 专家问答 / 服务支持 / 官方商城), crumbs; a `Q` mark and the question in an `<h2>`, the asker
 * (`用户omr_****`) and `提问时间：` an earlier day; the expert's card (`特邀专家` badge, name, title, hospital with a `三甲`-kind
 * tag on 25% — keyed —, the department on 85%) before the answer (70%) or as `专家介绍` in the right column (30%); an `A` mark,
 * `专家解答`; a `<video>` with its length on 60% of video pages (video); the text in `<p>`s; `解答时间：` `2023.05.06` (35%),
 * `2023-05-06` (30%), `2023年5月6日` (15%), `05-06` (10%) or `N天前` (10%): the last two null; a 欧姆龙客服's reply about the device
 * (`欧姆龙客服回复：…400…`, its day) on 45%, before the expert's on 40% of those (none); a 追问 / 专家回复 round on 20% (none);
 * 推荐产品 (monitors with prices: none); 相关问答 (question, `专家：name title`, the snippet cut at 36 with `...` on 65% of pages,
 * else links; undated) and 血压知识 (articles: none) in either order; JSON-LD QAPage on 40% (its author the maker, its day
 * whole: none); canonical on half.
 */
const omronXueyaZhuanjiaWenda: Family = {
  name: 'omron-xueya-zhuanjia-wenda',
  split: 'fresh-79',
  site: 'www.omronhealthcare.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.25);
    const deptShown = rng.chance(0.85);
    const side = rng.chance(0.3);
    const card = `<div class="om-doc"><img src="https://www.omronhealthcare.com.cn/upload/expert/${token(rng, 10)}.jpg"><div class="om-doc-r"><p class="nm">${esc(d.name!)} <i class="badge">特邀专家</i></p><p class="zc">${d.title}</p><p class="hp">${esc(d.hospital!)}${graded ? ` <span class="lv">${d.hospital_grade}</span>` : ''}</p>${deptShown ? `<p class="ks">${esc(d.department!)}</p>` : ''}</div></div>`;
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<div class="om-video"><video src="https://v.omronhealthcare.com.cn/${token(rng, 16)}.mp4" controls></video><span>${length(rng)}</span></div>` : '';
    const mode = rng.weighted([['dot', 7], ['iso', 6], ['cn', 3], ['md', 2], ['rel', 2]] as const);
    const today = shift(page.date!, rng.int(2, 30));
    const dayOf = (iso: string) =>
      mode === 'dot' ? iso.replace(/-/g, '.') : mode === 'iso' ? iso : mode === 'cn' ? cnDate(iso) : mode === 'md' ? md(iso) : `${Math.max(1, daysBetween(iso, today))}天前`;
    const answer = `<div class="om-a"><span class="mk">A</span><h3>专家解答</h3>${side ? '' : card}${player}<div class="om-txt">${paras(page.paragraphs)}</div><p class="om-t">解答时间：${dayOf(page.date!)}</p></div>`;
    const service = rng.chance(0.45)
      ? `<div class="om-kf"><p class="who">欧姆龙客服回复：</p><p>您好，关于血压计的使用，建议每天固定时间测量，测量前静坐5分钟。产品问题请拨打客服热线400-770-9988。</p><p class="om-t">${dayOf(shift(page.date!, rng.int(-2, 2)))}</p></div>`
      : '';
    const kfFirst = rng.chance(0.4);
    const follow = rng.chance(0.2)
      ? `<div class="om-follow"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p><b>专家回复：</b>${rng.pick(FOLLOW_REPLIES)}</p><p class="om-t">${dayOf(shift(page.date!, rng.int(1, 5)))}</p></div>`
      : '';
    const products = `<div class="om-prd"><h4>推荐产品</h4>${OMRON_PRODUCTS.slice(0, 3).map((p) => `<a href="https://mall.omronhealthcare.com.cn/p/${rng.int(100, 999)}"><img src="https://www.omronhealthcare.com.cn/upload/prd/${token(rng, 8)}.png"><p>欧姆龙${p}</p><em>¥${rng.int(199, 899)}</em></a>`).join('')}</div>`;
    const own = rng.chance(0.5) ? `https://www.omronhealthcare.com.cn/zhuanjia/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zhuanjia/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.65);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 36, 36, '...') : null);
    const list = related.length
      ? `<div class="om-rel"><h3>相关问答</h3>${related.map((r) => `<div class="it"><a href="${href(r)}">${esc(r.question)}</a><p class="ex">专家：${esc(personName(rng))} ${rng.pick(FEW_TITLES)}</p>${snippets ? `<p class="sn">${esc(printed(r)!)}</p>` : ''}</div>`).join('\n')}</div>`
      : '';
    const know = `<div class="om-know"><h3>血压知识</h3><ul>${['家庭血压测量的正确方法', '血压的早晚波动', '高血压患者的饮食'].map((t) => `<li><a href="/zhishi/${rng.int(100, 999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const ld = rng.chance(0.4)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: page.question, acceptedAnswer: { '@type': 'Answer', text: page.paragraphs.join(''), dateCreated: page.date, author: { '@type': 'Organization', name: '欧姆龙健康医疗（中国）有限公司' } } } })}</script>\n`
      : '';
    const body = `<div class="om-header"><a href="/"><img src="https://www.omronhealthcare.com.cn/images/logo.png" alt="欧姆龙健康医疗"></a> <a href="/product/">产品中心</a> <a href="/zhishi/">健康知识</a> <a href="/zhuanjia/">专家问答</a> <a href="/service/">服务支持</a> <a href="https://mall.omronhealthcare.com.cn/">官方商城</a></div>
<div class="crumb">首页 &gt; 专家问答 &gt; 血压问答</div>
<div class="om-wrap"><div class="om-l">
<div class="om-q"><span class="mk">Q</span><h2>${esc(page.question)}</h2><p class="om-asker">用户omr_${token(rng, 4)}****　提问时间：${dayOf(shift(page.date!, -rng.int(1, 10)))}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${kfFirst ? service : ''}
${wrap(rng, answer, 1)}
${follow}
${kfFirst ? '' : service}
<p class="om-tip">专家解答仅供参考，不能代替医生面诊。</p>
${products}
${rng.chance(0.5) ? `${list}\n${know}` : `${know}\n${list}`}
</div><div class="om-r">${side ? `<div class="om-side"><h4>专家介绍</h4>${card}<p>擅长：高血压、${esc(topicWord(page))}的诊治</p></div>` : ''}<div class="om-mall"><a href="https://mall.omronhealthcare.com.cn/">欧姆龙官方商城 正品保障</a></div></div></div>
<div class="om-foot">欧姆龙健康医疗（中国）有限公司 版权所有</div>`;
    const html = documentOf(`${ask(page)}-专家问答-欧姆龙健康医疗`, own, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: deptShown ? d.department : null, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'md' || mode === 'rel' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

// --- F3. yifeng-wenyisheng-gbk ---

const YF_PLACES = ['解放路', '人民路', '中山路', '建设路', '新华路'] as const;

/**
 * F3. 益丰大药房's 问医生 (www.yfdyf.com/wenyisheng/{id}.html, path a guess), a pharmacy chain's old template: GBK on 70% (gb2312
 * by http-equiv, `<meta charset="gbk">`, an upper-case http-equiv, or undeclared), else UTF-8; the shop's bar, `您的位置：`
 * crumbs; `<h1>`; `提问者：yf_1234****　性别　年龄　提问时间：` a day and `问题描述：` as `<p>`s left unclosed; `共N条回复`: the
 * 益丰互联网医院 doctor's box (badge, name, title, `执业医院：hospital` with `（三甲）`-kind grade on 30% — keyed —, `科室：`),
 * `医生回复：`, the text in `<p>`s (left unclosed on half), `<b>病情分析：</b>` / `<b>指导意见：</b>` heads on 35% (paragraphs); a
 * 追问 / 医生回复 round in the box on 25% (none); a shop pharmacist's `用药提醒` (`执业药师 name`, `益丰大药房{city}{road}店`,
 * its own day) on 55%, before the doctor's on 30% of those (none); every day of the page in one way: `2023-05-06 14:22:31` (45%),
 * `2023-5-6` (25%), `2023年05月06日` (15%) or `N天前` (15%: null); 推荐用药 (priced: none); 相关问题 (`<li>` unclosed: question,
 * the snippet on 60% of pages — cut at 30 with `...` on half of those —, `2023-05-06` on 45%: dated), canonical on 40%;
 * format unknown.
 */
const yifengWenyishengGbk: Family = {
  name: 'yifeng-wenyisheng-gbk',
  split: 'fresh-79',
  site: 'www.yfdyf.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.7);
    const charset = gbk ? rng.weighted(GBK_DECLARATIONS) : '<meta charset="utf-8">';
    const mode = rng.weighted([['full', 9], ['unpad', 5], ['cn', 3], ['rel', 3]] as const);
    const today = shift(page.date!, rng.int(3, 40));
    const dayOf = (iso: string, time: string) =>
      mode === 'full' ? `${iso} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}` : mode === 'unpad' ? iso.split('-').map(Number).join('-') : mode === 'cn' ? cnPadded(iso) : `${Math.max(1, daysBetween(iso, today))}天前`;
    const graded = rng.chance(0.3);
    const open = rng.chance(0.5);
    const p = (s: string) => (open ? `<p>${s}\n` : `<p>${s}</p>\n`);
    const headed = rng.chance(0.35);
    const heads = ['病情分析：', '指导意见：'];
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0]!, heads[1]!) : [...page.paragraphs];
    const text = paragraphs.map((x) => (headed && heads.includes(x) ? p(`<b>${x}</b>`) : p(esc(x)))).join('');
    const follow = rng.chance(0.25)
      ? `<div class="zw"><p><span>追问：</span>${rng.pick(FOLLOW_UPS)}</p><p><span>医生回复：</span>${rng.pick(FOLLOW_REPLIES)}</p><p class="t">${dayOf(shift(page.date!, rng.int(1, 3)), hm(rng))}</p></div>`
      : '';
    const doc = `<div class="hf hf-doc"><div class="doc"><img src="/images/doc.gif"><span class="yy">益丰互联网医院</span> <a href="/doctor/${rng.int(1000, 9999)}.html">${esc(d.name!)}</a> ${d.title}<br>执业医院：${esc(d.hospital!)}${graded ? `（${d.hospital_grade}）` : ''}<br>科室：${esc(d.department!)}</div><div class="hf-con"><p class="lb">医生回复：</p>${text}</div><p class="t">回复时间：${dayOf(page.date!, page.time)}　<a href="javascript:;">有用(${rng.int(0, 99)})</a></p>${follow}</div>`;
    const pharm = rng.chance(0.55);
    const pharmFirst = pharm && rng.chance(0.3);
    const pharmBox = pharm
      ? `<div class="hf hf-ys"><div class="doc">执业药师 ${esc(personName(rng, d.name!))}　益丰大药房${esc(cityOf(page))}${rng.pick(YF_PLACES)}店</div><div class="hf-con"><p class="lb">用药提醒：</p><p>用药前请仔细阅读说明书，如正在服用其他药物，请告知医生或药师，避免重复用药。</p></div><p class="t">回复时间：${dayOf(shift(page.date!, pharmFirst ? -1 : 1), hm(rng))}</p></div>`
      : '';
    const drugs = `<div class="tjyy"><h3>推荐用药</h3><ul>${['布洛芬缓释胶囊', '复方甘草片', '维生素C泡腾片'].map((n) => `<li><a href="/goods/${rng.int(10000, 99999)}.html">${n}</a> <em>￥${rng.int(9, 59)}.${rng.int(0, 9)}0</em> <a href="/cart/">加入购物车</a>`).join('')}</ul></div>`;
    const own = rng.chance(0.4) ? `https://www.yfdyf.com/wenyisheng/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenyisheng/${itemNum(r)}.html`;
    const snippets = rng.chance(0.6);
    const cut = snippets && rng.chance(0.5);
    const dated = rng.chance(0.45);
    const printed = (r: Related) => (snippets ? (cut ? cutSnippet(r.snippet, 30, 30, '...') : r.snippet) : null);
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}${dated ? `<span class="t">${r.date}</span>` : ''}`).join('\n')}</ul></div>`
      : '';
    const count = 1 + (pharm ? 1 : 0);
    const body = `<div class="top"><a href="/"><img src="/images/logo.gif" alt="益丰大药房"></a> 益丰大药房网上药店 | <a href="/wenyisheng/">问医生</a> | <a href="/yaopin/">找药品</a> | 服务热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div>
<div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="/wenyisheng/">问医生</a> &gt; ${esc(topicWord(page))}</div>
<div class="main"><div class="left">
<div class="wt"><h1>${esc(page.question)}</h1><p class="info">提问者：yf_${rng.int(1000, 9999)}****　${rng.pick(['女', '男'])}　${rng.int(18, 75)}岁　提问时间：${dayOf(shift(page.date!, -rng.int(1, 4)), hm(rng))}<p class="ms">问题描述：${esc(rng.pick(ASKER_LINES))}</div>
<div class="hfs"><h3>共${count}条回复</h3>
${pharmFirst ? pharmBox : ''}
${doc}
${pharm && !pharmFirst ? pharmBox : ''}
</div>
<p class="sm">以上回复仅供参考，不能作为诊断及治疗的依据，用药请遵医嘱。</p>
${list}
</div><div class="right">${drugs}</div></div>
<div class="foot">益丰大药房连锁股份有限公司 版权所有 互联网药品信息服务资格证书</div>`;
    const html = documentOf(`${ask(page)}_问医生_益丰大药房`, own, '<meta name="keywords" content="问医生,益丰大药房">\n', body, charset);
    return {
      body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        paragraphs,
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

// --- F4. jiankanghubei-mingyi-zaixian ---

/**
 * F4. 健康湖北's 名医在线 (wjw.hubei.gov.cn/hdjl/mymy/{yyyymm}/t{yyyymmdd}_{id}.shtml, path as remembered of such portals), a
 * province 卫健委's consultation record on a government CMS: UTF-8 on half, else GB2312 by http-equiv (30%) or undeclared GBK
 * (20%); the 卫健委's masthead, nav (首页 / 机构概况 / 政务公开 / 互动交流 / 健康湖北), `当前位置：` crumbs; the record as a
 * label/value `<table>` (60%) or label lines (`<p><b>label：</b>value`, 40%): `标题` (the question), `咨询人` (`王**`),
 * `咨询时间` (an earlier day: none), `咨询内容` (the question again and a line of the asker's), on 40% `办理情况：已转{hospital}
 * 办理` and `转办单位：医政医管处` (none), `答复专家` (`name（title）` on half, else `name` and a `职称` row), `所在单位`
 * (the hospital, `（三甲）`-kind grade on 25%: keyed), `科室` on 70% (else null), `答复时间` (`2023-05-06` 60%, `2023年05月06日`
 * 25%, `2023-05-06 14:22:31` 15%), `答复内容` (the text parted by `<br>` with `　　` on half, else in `<p>`s), `满意度` (none);
 * 相关咨询 (link items; `[2023-05-06]` on 60% of pages — dated —, else `05-06`; links absolute on half, else relative to
 * the page: no canonical), 政策解读 and 健康科普 (none); format unknown.
 */
const jiankanghubeiMingyiZaixian: Family = {
  name: 'jiankanghubei-mingyi-zaixian',
  split: 'fresh-79',
  site: 'wjw.hubei.gov.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['utf8', 5], ['gb2312', 3], ['gbk', 2]] as const);
    const charset = enc === 'utf8' ? '<meta charset="utf-8">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' : '';
    const table = rng.chance(0.6);
    const bracket = rng.chance(0.5);
    const graded = rng.chance(0.25);
    const deptShown = rng.chance(0.7);
    const transfer = rng.chance(0.4);
    const mode = rng.weighted([['iso', 12], ['cn', 5], ['full', 3]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'cn' ? cnPadded(page.date!) : `${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const asked = shift(page.date!, -rng.int(2, 20));
    const brs = rng.chance(0.5);
    const reply = brs ? page.paragraphs.map((x) => `　　${esc(x)}`).join('<br>') : paras(page.paragraphs);
    const rows: [string, string][] = [
      ['标题', esc(page.question)],
      ['咨询人', `${esc(otherName(rng).slice(0, 1))}**`],
      ['咨询时间', mode === 'cn' ? cnPadded(asked) : asked],
      ['咨询内容', `${esc(page.question)}${esc(rng.pick(ASKER_LINES))}`],
      ...(transfer ? ([['办理情况', `已转${esc(d.hospital!)}办理`], ['转办单位', '湖北省卫生健康委员会医政医管处']] as [string, string][]) : []),
      ['答复专家', bracket ? `${esc(d.name!)}（${d.title}）` : esc(d.name!)],
      ...(bracket ? [] : ([['职称', d.title!]] as [string, string][])),
      ['所在单位', `${esc(d.hospital!)}${graded ? `（${d.hospital_grade}）` : ''}`],
      ...(deptShown ? ([['科室', esc(d.department!)]] as [string, string][]) : []),
      ['答复时间', day],
      ['答复内容', reply],
      ['满意度', rng.pick(['非常满意', '满意', '未评价'])],
    ];
    const record = table
      ? `<table class="hdjl-tb" border="1" cellspacing="0" cellpadding="6" width="100%">${rows.map(([k, v]) => `<tr><td class="lb" width="120">${k}</td><td>${v}</td></tr>`).join('\n')}</table>`
      : `<div class="hdjl-lines">${rows.map(([k, v]) => (k === '答复内容' ? `<p><b>${k}：</b></p><div class="dfnr">${v}</div>` : `<p><b>${k}：</b>${v}</p>`)).join('\n')}</div>`;
    const related = page.related.slice(0, 8);
    const absolute = rng.chance(0.5);
    const ym = (r: Related) => r.date!.slice(0, 7).replace('-', '');
    const href = (r: Related) => `${absolute ? 'http://wjw.hubei.gov.cn/hdjl/mymy/' : '../'}${ym(r)}/t${r.date!.replace(/-/g, '')}_${itemNum(r)}.shtml`;
    const dated = rng.chance(0.6);
    const list = related.length
      ? `<div class="xgzx"><h3>相关咨询</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span class="date">[${dated ? r.date : md(r.date!)}]</span></li>`).join('\n')}</ul></div>`
      : '';
    const policy = `<div class="zcjd"><h3>政策解读</h3><ul>${['《湖北省医疗机构管理办法》解读', '关于做好基本公共卫生服务工作的通知', '家庭医生签约服务政策问答'].map((t) => `<li><a href="/zfxxgk/zcjd/${rng.int(100000, 999999)}.shtml">${t}</a><span>[${shift(page.date!, -rng.int(10, 400))}]</span></li>`).join('')}</ul></div>`;
    const kp = `<div class="jkkp"><h3>健康科普</h3><ul>${['流感高发季如何防护', '正确洗手六步法', '科学补碘知多少'].map((t) => `<li><a href="/bmdt/jkkp/${rng.int(100000, 999999)}.shtml">${t}</a></li>`).join('')}</ul></div>`;
    const num = page.item.num;
    const body = `<div class="header"><img src="/images/logo_wjw.png" alt="湖北省卫生健康委员会"><div class="nav"><a href="/">首页</a> <a href="/jgzn/">机构概况</a> <a href="/zfxxgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/jkhb/">健康湖北</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/mymy/">名医在线</a></div>
<div class="content"><div class="left">
<h2 class="lm">名医在线</h2>
${record}
<div class="bottom"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
${list}
</div><div class="right">${policy}${kp}</div></div>
<div class="footer">主办：湖北省卫生健康委员会　鄂ICP备${rng.int(10000000, 99999999)}号　网站标识码：${4200000000 + (num % 1000)}</div>`;
    const html = documentOf(`${ask(page)}-名医在线-湖北省卫生健康委员会`, null, `<meta name="ArticleTitle" content="${esc(page.question)}">\n<meta name="PubDate" content="${page.date} ${page.time}">\n`, body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: { ...d, department: deptShown ? d.department : null, hospital_grade: graded ? d.hospital_grade : null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F5. glyy-weixin-wenzhang ---

const GLYY = '南京鼓楼医院';

/**
 * F5. 南京鼓楼医院's 微信文章 mirrored on its own site (www.njglyy.com/news/wx/{id}.html, path as remembered), UTF-8: the
 * hospital's masthead (`三级甲等综合性医院` in its blurb on half: none of the card), nav, crumbs (`首页 > 新闻中心 > 微信文章`);
 * WeChat's `rich_media` markup: the title `专家答疑｜question` (60%) or `{topic}｜这些问题，鼓楼专家来解答` (none of the question);
 * the day as WeChat's line `原创 {author} 南京鼓楼医院 day` (`2023年5月6日 18:00` 45%, `2023-05-06` 25%, `5月6日` 30%: yearless,
 * null) on 60%, else the mirror's `来源：南京鼓楼医院微信公众号　发布时间：2023-05-06` (whole); an editor's lead-in (`近日，不少
 * 网友在后台留言…`: none); `答疑专家：name　南京鼓楼医院department title` before the `Q：` on 40%; `Q：` and the question in a
 * styled `<section>`; `A：` and the text as inline-styled `<section>`s or `<p><span style>`s; on 60% of video pages a
 * `video_iframe` (v.qq.com) after `A：` (video); the `专家简介` section after the answer on 60% (the only card where no
 * `答疑专家：` line: photo, `name，南京鼓楼医院department title，医学博士，硕士生导师。`, `擅长：`; both on 0%: one card a page);
 * `文字：` / `编辑：` / `审核：` lines, a QR line, `阅读 N` (none); 往期推荐 (WeChat articles: none); a `专家答疑` side list of the
 * column on 70% (link items: other Q&A's questions, `2023-05-06` on half — dated —, else undated); canonical on half.
 */
const glyyWeixinWenzhang: Family = {
  name: 'glyy-weixin-wenzhang',
  split: 'fresh-79',
  site: 'www.njglyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const titled = rng.chance(0.6);
    const title = titled ? `专家答疑｜${page.question}` : `${topicWord(page)}｜这些问题，鼓楼专家来解答`;
    const wechatLine = rng.chance(0.6);
    const wmode = rng.weighted([['cn', 9], ['iso', 5], ['md', 6]] as const);
    const author = personName(rng, d.name!);
    const dayLine = wechatLine
      ? `<div class="rich_media_meta_list"><span class="rich_media_meta original">原创</span> <span class="rich_media_meta_text">${esc(author)}</span> <a class="rich_media_meta_nickname" href="javascript:void(0);">南京鼓楼医院</a> <em id="publish_time" class="rich_media_meta_text">${wmode === 'cn' ? `${cnDate(page.date!)} ${page.time}` : wmode === 'iso' ? page.date : mdCn(page.date!)}</em></div>`
      : `<div class="wx-src">来源：南京鼓楼医院微信公众号　发布时间：${page.date}</div>`;
    const credit = rng.chance(0.4);
    const style = (s: string) => `<section style="margin:0 8px 16px;line-height:1.75;font-size:15px;color:#3f3f3f;">${s}</section>`;
    const spans = rng.chance(0.5);
    const text = page.paragraphs.map((x) => (spans ? `<p style="text-align:justify;"><span style="font-size:15px;letter-spacing:1px;">${esc(x)}</span></p>` : style(esc(x)))).join('\n');
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<iframe class="video_iframe rich_pages" data-src="https://v.qq.com/iframe/preview.html?vid=${token(rng, 11)}" allowfullscreen frameborder="0" width="100%" height="240"></iframe>` : '';
    const lead = `<section style="color:#888;font-size:14px;"><p>近日，不少网友在后台留言询问${esc(topicWord(page))}的相关问题，我们邀请了医院专家进行解答。</p></section>`;
    const creditLine = credit ? `<section style="text-align:center;font-weight:bold;color:#1e6fb8;"><p>答疑专家：${esc(d.name!)}　${GLYY}${esc(d.department!)} ${d.title}</p></section>` : '';
    const q = `<section style="background:#eef5fc;padding:10px;border-left:4px solid #1e6fb8;"><p><strong style="color:#1e6fb8;">Q：</strong>${esc(page.question)}</p></section>`;
    const a = `<section><p><strong style="color:#e6733c;">A：</strong></p>${player}${text}</section>`;
    const intro = credit
      ? ''
      : `<section style="border-top:1px dashed #ccc;padding-top:12px;"><p style="text-align:center;"><strong>专家简介</strong></p><p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/${token(rng, 20)}/640" style="width:120px;"></p><p>${esc(d.name!)}，${GLYY}${esc(d.department!)}${d.title}，${rng.pick(['医学博士，硕士生导师。', '医学硕士。', '博士生导师，江苏省医学会委员。'])}</p><p>擅长：${esc(topicWord(page))}等疾病的诊治。</p></section>`;
    const crew = `<section style="font-size:12px;color:#999;"><p>文字：${esc(otherName(rng))}</p><p>编辑：${esc(otherName(rng))}</p><p>审核：${esc(otherName(rng))}</p></section>`;
    const qr = `<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/${token(rng, 20)}/640"><p style="font-size:12px;color:#999;">长按识别二维码，关注南京鼓楼医院</p></section>`;
    const past = `<section><p><strong>往期推荐</strong></p>${['鼓楼医院新院区门诊开诊啦', '这些体检异常不必慌', '夏季腹泻怎么办？'].map((t) => `<p><a href="https://mp.weixin.qq.com/s/${token(rng, 22)}" target="_blank">${t}</a></p>`).join('')}</section>`;
    const article = `<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">${esc(title)}</h1>${dayLine}<div class="rich_media_content" id="js_content">${lead}${creditLine}${q}${a}${intro}${crew}${qr}${past}</div><div class="wx-read">阅读 ${rng.int(500, 50000)}　赞 ${rng.int(5, 900)}　在看 ${rng.int(1, 300)}</div></div>`;
    const own = rng.chance(0.5) ? `https://www.njglyy.com/news/wx/${page.item.num}.html` : null;
    const related = rng.chance(0.7) ? page.related.slice(0, 8) : [];
    const href = (r: Related) => `/news/wx/${itemNum(r)}.html`;
    const dated = rng.chance(0.5);
    const side = related.length
      ? `<div class="side-dy"><h3>专家答疑</h3><ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a>${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const blurb = rng.chance(0.5) ? `<p class="blurb">${GLYY}是一所三级甲等综合性医院。</p>` : '';
    const body = `<div class="gl-head"><a href="/"><img src="/images/logo.png" alt="${GLYY}"></a>${blurb}<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/news/">新闻中心</a> <a href="/jzzn/">就诊指南</a> <a href="/zjjs/">专家介绍</a></div></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/wx/">微信文章</a></div>
<div class="gl-main"><div class="gl-l">
${article}
</div><div class="gl-r">${side}<div class="side-nav"><h3>便民服务</h3><a href="/yygh/">预约挂号</a> <a href="/bgcx/">报告查询</a></div></div></div>
<div class="gl-foot">${GLYY} 版权所有 苏ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${title}-${GLYY}`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: GLYY, hospital_grade: null },
        date: wechatLine && wmode === 'md' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, () => null, dated),
      }),
    };
  },
};

// --- F6. niangao-wenyisheng-share ---

const NG_NICKS = ['豆豆妈', '小米粒', '元宝麻麻', '橙子妈咪', '乐乐妈', '布丁'] as const;
const NG_AGES = ['宝宝3个月', '宝宝8个月', '宝宝1岁2个月', '宝宝2岁', '孕30周'] as const;

/**
 * F6. 年糕妈妈's 问医生 share page (m.niangaomama.com/wenda/share/{id}, host a guess), a parenting app's Vue H5 (`data-v-*`):
 * the `打开年糕妈妈APP` bar; the question card (`<h1>`, `宝宝8个月`, the asker's line, `提问于` a day); an 育儿顾问 糕糕's
 * message (`已为你邀请儿科医生解答～`) before the answer on 40% (none); the doctor's card (avatar, name, `认证儿科医生`, title,
 * `hospital｜department` with a `三甲`-kind tag after the hospital on 25%: keyed); on 60% of voice pages a voice bar (`▶ 52″`)
 * over `语音转文字` and the text (voice), on half of video pages a `<video>` (video); the text in `<p>`s; the day and `N人觉得有帮助`;
 * every day of the page in one way: `2023-05-06 14:22` (35%), `2023年5月6日` (10%), `05-06 14:22` (25%), `5月6日` (15%) or
 * `昨天 14:22` / `N天前` (15%): the last three null; 追问 / 医生回复 bubbles on 30% (none); `妈妈们的讨论(N)` on 60% (1–3 mothers:
 * none); 相似问题 (question, the snippet cut at 30 with `…`, `name 医生回答`, `N人觉得有帮助`: none; undated), 糕妈推荐
 * (priced: none) and 育儿知识 (articles: none); `window.__INITIAL_STATE__` on half (the answer's time, the doctor's grade and
 * department, the answer type: none beyond what the page prints); og:url on 40%.
 */
const niangaoWenyishengShare: Family = {
  name: 'niangao-wenyisheng-share',
  split: 'fresh-79',
  site: 'm.niangaomama.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const mode = rng.weighted([['full', 7], ['cn', 2], ['md', 5], ['mdcn', 3], ['rel', 3]] as const);
    const today = shift(page.date!, rng.int(1, 15));
    const dayOf = ([iso, time]: [string, string]) =>
      mode === 'full' ? `${iso} ${time}` : mode === 'cn' ? cnDate(iso) : mode === 'md' ? `${md(iso)} ${time}` : mode === 'mdcn' ? mdCn(iso) : agoText(rng, iso, today, time);
    const graded = rng.chance(0.25);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const video = page.format === 'video' && rng.chance(0.5);
    const media = voice
      ? `<div ${v} class="ng-voice"><i ${v} class="play">▶</i><span ${v}>${rng.int(15, 59)}″</span></div><p ${v} class="ng-stt">语音转文字</p>`
      : video
        ? `<div ${v} class="ng-video"><video ${v} src="https://v.niangaomama.com/${token(rng, 16)}.mp4" controls playsinline></video></div>`
        : '';
    const card = `<div ${v} class="ng-doc"><img ${v} src="https://img.niangaomama.com/doctor/${token(rng, 10)}.png"><div ${v}><p ${v} class="ng-doc__name">${esc(d.name!)} <span ${v} class="ng-badge">认证儿科医生</span></p><p ${v}>${d.title}</p><p ${v}>${esc(d.hospital!)}${graded ? `<span ${v} class="ng-lv">${d.hospital_grade}</span>` : ''}｜${esc(d.department!)}</p></div></div>`;
    const asked = later(page.date!, page.time, -rng.int(30, 2000));
    const adviser = rng.chance(0.4)
      ? `<div ${v} class="ng-msg"><span ${v} class="who">育儿顾问 糕糕</span><p ${v}>已为你邀请儿科医生解答～ 请耐心等待哦</p><span ${v} class="t">${dayOf(later(asked[0], asked[1], rng.int(1, 20)))}</span></div>`
      : '';
    const answer = `<div ${v} class="ng-answer"><h2 ${v}>医生回答</h2>${card}${media}<div ${v} class="ng-txt">${paras(page.paragraphs)}</div><div ${v} class="ng-foot"><span ${v}>${dayOf([page.date!, page.time])}</span><span ${v}>${rng.int(1, 800)}人觉得有帮助</span></div></div>`;
    const followAt = later(page.date!, page.time, rng.int(30, 1500));
    const follow = rng.chance(0.3)
      ? `<div ${v} class="ng-follow"><div ${v} class="bubble me"><b ${v}>追问</b><p ${v}>${rng.pick(FOLLOW_UPS)}</p></div><div ${v} class="bubble dr"><b ${v}>医生回复</b><p ${v}>${rng.pick(FOLLOW_REPLIES)}</p></div><span ${v} class="t">${dayOf(followAt)}</span></div>`
      : '';
    const moms = rng.chance(0.6)
      ? (() => {
          const n = rng.int(1, 3);
          return `<div ${v} class="ng-moms"><h3 ${v}>妈妈们的讨论(${n})</h3>${Array.from({ length: n }, () => `<div ${v} class="ng-mom"><span ${v}>${rng.pick(NG_NICKS)}${rng.int(10, 999)}</span> <i ${v}>${rng.pick(NG_AGES)}</i><p ${v}>${esc(rng.pick(MOTHER_TEXTS))}</p><span ${v} class="t">${dayOf(later(page.date!, page.time, rng.int(10, 3000)))}</span></div>`).join('')}</div>`;
        })()
      : '';
    const own = rng.chance(0.4) ? `https://m.niangaomama.com/wenda/share/${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/share/${itemNum(r)}`;
    const printed = (r: Related) => cutSnippet(r.snippet, 30, 30, '…');
    const list = related.length
      ? `<div ${v} class="ng-sim"><h3 ${v}>相似问题</h3>${related.map((r) => `<a ${v} class="ng-sim__item" href="${href(r)}"><p ${v} class="q">${esc(r.question)}</p><p ${v} class="a">${esc(printed(r))}</p><p ${v} class="m">${esc(personName(rng))} 医生回答 · ${rng.int(1, 500)}人觉得有帮助</p></a>`).join('\n')}</div>`
      : '';
    const shop = `<div ${v} class="ng-shop"><h3 ${v}>糕妈推荐</h3>${['婴儿益生菌', '儿童鱼肝油', '宝宝湿疹霜'].map((t) => `<a ${v} href="https://shop.niangaomama.com/item/${rng.int(1000, 9999)}"><p ${v}>${t}</p><em ${v}>¥${rng.int(49, 199)}</em></a>`).join('')}</div>`;
    const know = `<div ${v} class="ng-know"><h3 ${v}>育儿知识</h3>${['宝宝发烧到多少度要去医院', '辅食添加顺序表', '湿疹护理要点'].map((t) => `<a ${v} href="/article/${rng.int(10000, 99999)}"><p ${v}>${t}</p></a>`).join('')}</div>`;
    const state = rng.chance(0.5)
      ? `<script>window.__INITIAL_STATE__=${JSON.stringify({ qa: { id: page.item.num, title: page.question, answer: { time: epochSeconds(page.date!, page.time), type: page.format, doctor: { name: d.name, title: d.title, hospital: d.hospital, level: d.hospital_grade, dept: d.department } } } })}</script>\n`
      : '';
    const body = `<div id="app"><div ${v} class="ng-page">
<div ${v} class="ng-open"><img ${v} src="https://img.niangaomama.com/logo.png" alt="年糕妈妈"> 打开年糕妈妈APP，向儿科医生提问 <a ${v} href="https://m.niangaomama.com/download">打开</a></div>
<div ${v} class="ng-q"><h1 ${v}>${esc(page.question)}</h1><p ${v} class="ng-q__age">${rng.pick(NG_AGES)}</p><p ${v}>${esc(rng.pick(ASKER_LINES))}</p><span ${v} class="t">${rng.pick(NG_NICKS)} 提问于 ${dayOf(asked)}</span></div>
${adviser}
${answer}
${follow}
${moms}
${list}
${shop}
${know}
</div></div>
${state}`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 年糕妈妈`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'full' || mode === 'cn' ? page.date : null,
        format: voice ? 'voice' : video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

export const FRESH79_FAMILIES: readonly Family[] = [brtvYangshengtangDayi, omronXueyaZhuanjiaWenda, yifengWenyishengGbk, jiankanghubeiMingyiZaixian, glyyWeixinWenzhang, niangaoWenyishengShare];
