import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cityOf, cnDate, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import { MOTHER_TEXTS, FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-sixth fresh held-out set (split `fresh-86`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-first set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (荔枝网 / jstv / 万家灯火, 科普中国 / kepuchina /
 * 出品, 瑞金 / ruijin, 孩子王 / haiziwang, 北京大学国际 / 北大国际 / pkuih, 東華 / 東華三院 / 东华三院 / tungwah each
 * grepped, case-insensitive, in README.md and families*.ts: no hit; 养生堂, 北京卫视, 健康之路, 疾控, 卫健委, 12320,
 * 新氧 / soyoung, 更美, 悦美, 美团, 妈妈网, 宝宝树, 育学园, 亲宝宝, 辣妈帮, 育儿网, 美柚, 宝宝知道, 知识星球, 小鹅通,
 * 分答, 在行, 喜马拉雅, 百家号, 好看视频, 腾讯医典, wayback / archive.org, mp.weixin / js_content, pdf2html, 院报, 臺大,
 * 長庚, 馬偕, 港大 / hku, cuhk, 明報, on.cc, 經濟日報, 香港01, 華人健康 / 华人健康, 仁濟, 丁香园 and 生命时报, first
 * thought of, have hits and were left alone; 江苏 hits only as a place in other families' hospitals, 心理 and 付费 /
 * paywall as kinds (a 心理 platform in fresh-82, a paid answer in fresh-14 and fresh-39), and AMP pages (fresh-5 and
 * later) were left for that), each of a kind the table had little of: a provincial TV channel's health programme page
 * (the host's words around the guest doctor's, a broadcast day beside the page's), a national science-popularisation
 * platform's 问答 (a closing 作者 / 审核 / 出品 credit, page state in a script that disagrees), a university hospital's
 * international centre page in English and Chinese (a nurse coordinator's note first, an English title beside the
 * Chinese), a mother-and-baby retailer app's 育儿问答 share page (a store's 育儿顾问 before or after the paediatrician,
 * other mothers, product cards), a hospital's 在线咨询 print view (a bordered table, a print day, a 追问 row, GBK
 * declared gb2312 on some; print views of portals are in fresh-6's print-version and fresh-61's fh21-print, a hospital's
 * consultation table not), and a Hong Kong charity's 中醫 健康問答 in Big5 (table layout with a side menu, a day-first
 * date, a 註冊中醫師's card). Modelled from memory of those pages (no copied markup; hosts as remembered, every path a
 * guess, 孩子王's, 北京大学国际医院's and 東華三院's paths guesses too); the questions are the universe's, of any
 * department; the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (東華三院's the 中醫師's): a programme host's lines (`主持人：`) before,
 *   between and after the guest's turns, a nurse coordinator's `Patient coordinator` note, a 育儿顾问's reply and other
 *   mothers', an 审核 expert's credit, a 追问 round (`追问内容` / `追问回复`: none, dating nothing, as fresh-82 keys it)
 *   none of it, also where they stand first;
 * - a label over or glued before the answer (`{name}：` opening the guest's turn, `答：`, `Answer 回答`, `回复内容`, `医生回答`)
 *   none of it; English notes and disclaimers none;
 * - **the question as the page asks it**: `观众提问：` (a programme headline `《万家灯火》｜…` none), the `<h1>`, `Question
 *   问题`, the print table's `标题` row (its `咨询内容` row the asker's words: none), `問：`;
 * - **the date the answer's day**: 荔枝网's `播出时间：` (the day the guest answered on air) over its `发布时间：` (the page's
 *   day), as fresh-58's cctv-jkzl and fresh-36's tv-program key a programme's page (the blind key took the broadcast day for an
 *   issue day dating nothing; changed after the first run, page bytes unchanged); 科普中国's `发布时间：` (the page state's
 *   `publishTime` none); 瑞金's `May 6, 2023` / `2023-05-06` keyed, **a day-first `06/05/2023` keyed only where it cannot
 *   be read month-first (the day above 12, or day = month), else null** (fresh-67's convention); 孩子王's `2023-05-06` /
 *   `2023.05.06 14:22` (`N天前` null); the print view's `回复时间` (`打印时间` a print day: none); 東華三院's `日期：` (day-first
 *   as 瑞金's, or `2023年5月6日`); `提问时间`, `咨询时间`, a 顾问's, mothers' and comments' days nothing;
 * - **the card** as printed: 荔枝网's `本期嘉宾：{hospital}{department}{title} {name}` at the head or the `嘉宾简介` after the
 *   transcript; 科普中国's closing `作者：{name}　{hospital}{department}　{title}` (department null where the credit prints
 *   none; `审核：` and `出品：` none); **瑞金's card `{name}　{title}（{English title}）` and `{department}（{English}）`: the
 *   Chinese title and department; the hospital as the card prints it (`瑞金医院`, fresh-22's and fresh-54's convention), and
 *   `上海交通大学医学院附属瑞金医院` where the card prints none, as its `<title>` and footer name it** (fresh-82's samsph convention for
 *   a hospital's own site; the blind key took the full name on every page: changed after the first run, page bytes unchanged); 孩子王's
 *   `{name} {title}` over `{hospital} {department}` (`认证医生` no field); the print view's `回复医生` and `回复科室` rows,
 *   the hospital `北京大学国际医院` as its head names it; **東華三院's `註冊中醫師` / `高級中醫師` / `主任中醫師` the title,
 *   the clinic (`東華三院{district}中醫診所暨教研中心`) the hospital, the TCM department where printed**; the grade null
 *   on every family (none prints one);
 * - format unknown on every family (荔枝网's `点击观看完整节目` is a link to the programme, no player of the answer's);
 * - items: the page's related list, dated only where the list prints the whole day, an item showing only its question a
 *   link (`[]`), links as written where the page names no address of its own, else resolved against the canonical;
 *   热门节目, 科学辟谣 热榜, product cards, 上一篇 / 下一篇 and the print view's `本文地址` no items (the print view has
 *   none).
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 22))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 06/05/2023, day first. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** A day-first numeric day names its day only where it cannot be read month-first too (fresh-67). */
const dmyCertain = (iso: string) => {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return d > 12 || d === m;
};

// --- F1. jstv-wanjiadenghuo-jiemu-wenda ---

const HOSTS = ['小燕', '王宁', '李响', '陈晨'] as const;
const HOST_ASIDES = ['那平时生活中我们要注意些什么呢？', '很多观众朋友都关心这个问题，您再给大家讲讲。', '原来是这样，那接下来该怎么办呢？'] as const;

/**
 * F1. 荔枝网's page of 江苏城市频道's health programme 《万家灯火》 (news.jstv.com/a/{yyyymmdd}/{id}.shtml, path as
 * remembered), UTF-8, canonical on 50%: 荔枝网's top nav (新闻 / 视频 / 直播 / 电视 / 广播), a 荔枝新闻 app banner, crumbs
 * `荔枝网 > 江苏城市频道 > 万家灯火 > 健康问答`; `<h1>` the question (60%) or `《万家灯火》｜{topic}怎么办？听听专家怎么说`
 * (40%, none); the info line `来源：江苏城市频道《万家灯火》`, `发布时间：2023-05-06 14:22` (50%) or `2023年05月06日 14:22`
 * (25%), keyed where no broadcast day is printed, or none (25%: null), and `播出时间：2023年5月3日` (the broadcast, one to three
 * days before, on 60% and wherever no 发布时间 is printed: keyed, over the page's day, as fresh-58's cctv-jkzl keys it; the blind
 * key took it for an issue day dating nothing, changed after the first run, page bytes unchanged);
 * a cover image with `点击观看完整节目` (a link); `本期嘉宾：{hospital}{department}{title} {name}` before the transcript
 * (55%) else a `嘉宾简介` box after it (`{name}，{hospital}{department}{title}。擅长…`); the transcript: `观众提问：` the
 * question (keyed), the host's `主持人：` lead, the guest's turn `{name}：` glued before the first paragraph (none), a host's
 * aside before the last paragraph on half of the answers of three or more (none), the host's closing thanks (none);
 * 网友评论 with `MM-DD HH:mm` (none); `更多健康问答` (question link and `2023-05-06`: `[]`, dated, `/a/health/N.shtml`
 * resolved against the canonical where printed, else as written); 热门节目 in a side column (none); format unknown.
 */
const jstvWanjiadenghuoJiemuWenda: Family = {
  name: 'jstv-wanjiadenghuo-jiemu-wenda',
  split: 'fresh-86',
  site: 'news.jstv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ymd = page.date!.replace(/-/g, '');
    const canonical = rng.chance(0.5) ? `https://news.jstv.com/a/${ymd}/${token(rng, 12)}.shtml` : null;
    const titled = rng.chance(0.6);
    const h1 = titled ? page.question : `《万家灯火》｜${topicWord(page)}怎么办？听听专家怎么说`;
    const mode = rng.weighted([['iso', 10], ['cn', 5], ['none', 5]] as const);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const published = mode === 'iso' ? `<span class="time">发布时间：${page.date} ${page.time}</span>` : mode === 'cn' ? `<span class="time">发布时间：${y}年${m}月${dd}日 ${page.time}</span>` : '';
    const airedDay = rng.chance(0.6) || mode === 'none' ? shift(page.date!, -rng.int(1, 3)) : null;
    const aired = airedDay ? `<span class="air">播出时间：${cnDate(airedDay)}</span>` : '';
    const host = rng.pick([...HOSTS]);
    const guestFirst = rng.chance(0.55);
    const guest = `<p class="guest"><b>本期嘉宾：</b>${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}</p>`;
    const bio = `<div class="guest-box"><h4>嘉宾简介</h4><p>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}。擅长${esc(topicWord(page))}等常见病的诊治。</p></div>`;
    const n = page.paragraphs.length;
    const aside = n > 2 && rng.chance(0.5);
    const turns = page.paragraphs
      .map((p, i) => `${i === n - 1 && aside ? `<p><b>主持人：</b>${rng.pick([...HOST_ASIDES])}</p>\n` : ''}<p>${i === 0 ? `<b>${esc(d.name!)}：</b>` : ''}${esc(p)}</p>`)
      .join('\n');
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/a/health/${itemNum(r)}.shtml`;
    const list = related.length
      ? `<div class="more-qa"><div class="hd">更多健康问答</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span class="date">${r.date ?? ''}</span></li>`).join('\n')}</ul></div>`
      : '';
    const comments = Array.from({ length: rng.int(0, 2) }, () => `<li><span class="user">荔枝网友${rng.int(1000, 9999)}</span><p>${esc(rng.pick(['讲得很清楚，收藏了。', '我妈也是这个情况，明天带她去看看。', '每期都看，专家讲得好。']))}</p><span class="t">${md(shift(page.date!, rng.int(0, 3)))} ${hhmm(rng)}</span></li>`).join('');
    const body = `<div class="top-nav"><a href="https://www.jstv.com/">荔枝网</a><a href="https://news.jstv.com/">新闻</a><a href="https://v.jstv.com/">视频</a><a href="https://live.jstv.com/">直播</a><a href="https://tv.jstv.com/">电视</a><a href="https://radio.jstv.com/">广播</a></div>
<div class="app-banner"><img src="//static.jstv.com/img/lzxw.png"> 下载荔枝新闻客户端，看更多精彩节目 <a href="https://www.jstv.com/app/">立即下载</a></div>
<div class="crumb"><a href="https://www.jstv.com/">荔枝网</a> &gt; <a href="https://tv.jstv.com/jscs/">江苏城市频道</a> &gt; <a href="https://tv.jstv.com/jscs/wjdh/">万家灯火</a> &gt; 健康问答</div>
<div class="wrap"><div class="main">
<h1 class="title">${esc(h1)}</h1>
<div class="info"><span class="source">来源：江苏城市频道《万家灯火》</span>${published}${aired}</div>
<div class="cover"><img src="//img.jstv.com/wjdh/${ymd}/${token(rng, 8)}.jpg" alt="节目截图"><a href="https://v.jstv.com/wjdh/${ymd}.shtml" target="_blank">点击观看完整节目 ▶</a></div>
<div class="content">
${guestFirst ? `${guest}\n` : ''}<p><b>观众提问：</b>${esc(page.question)}</p>
<p><b>主持人：</b>观众朋友们好，欢迎收看《万家灯火》。今天我们请到了${esc(d.name!)}${d.title}，来为大家解答这个问题。</p>
${turns}
<p><b>主持人：</b>感谢${esc(d.name!)}${d.title}的精彩讲解，我们下期再见。</p>
</div>
${guestFirst ? '' : `${bio}\n`}<p class="editor">（责任编辑：${esc(otherName(rng))}）</p>
<div class="comments"><h3>网友评论</h3><ul>${comments}</ul></div>
${list}
</div><div class="side"><h3>热门节目</h3><ul><li><a href="https://v.jstv.com/wjdh/">万家灯火 每晚18:00</a></li><li><a href="https://v.jstv.com/jscs/">零距离</a></li></ul></div></div>
<div class="footer">江苏省广播电视总台（集团）版权所有　苏ICP备${rng.int(10000000, 99999999)}号</div>
<script src="//static.jstv.com/js/news.js?v=${token(rng, 6)}"></script>`;
    const html = documentOf(`${h1}_荔枝网`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        // The day the guest answered on air, where printed, over the page's own (fresh-58's convention; changed after the first run).
        date: airedDay ?? (mode === 'none' ? null : page.date),
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F2. kepuchina-zhuanjia-wenda ---

const PRODUCERS = ['中国医学科学院', '北京科技报', '科普中国·健康医疗', '中国家庭医生杂志社'] as const;

/**
 * F2. 科普中国's 健康医疗 问答 (www.kepuchina.cn/article/articleinfo?business_type=100&ar_id={id}, path as remembered), the
 * national science-popularisation platform's article page, UTF-8, canonical on 40%: the header (科普中国 logo, 首页 / 前沿科技
 * / 健康医疗 / 应急避险 / 科学辟谣), crumbs `首页 > 健康医疗 > 问答`; `<h1>` the question (keyed), a `问` badge with it again
 * on half; the info bar `来源：科普中国　作者：{name}` (the name only) and `发布时间：2023-05-06 14:22:31` (70%) or
 * `2023-05-06` (30%), keyed; the answer `<p>`s, an image with `图片来源：…版权图片` after the first on 40% (none); the closing
 * credit: `作者：{name}　{hospital}{department}　{title}` (department on 75%; else `作者：{name}　{hospital}　{title}`:
 * department null), `审核：{name}　{hospital}　主任医师` (another doctor: none), `出品：科普中国·…` (none); the 原创 notice
 * (none); `window.__ARTICLE__` with `publishTime` a later day (none); `相关推荐` (question links only: `[]`, undated,
 * absolute `https://www.kepuchina.cn/article/articleinfo?…` as written); 科学辟谣 热榜 (none); format unknown.
 */
const kepuchinaZhuanjiaWenda: Family = {
  name: 'kepuchina-zhuanjia-wenda',
  split: 'fresh-86',
  site: 'www.kepuchina.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.kepuchina.cn/article/articleinfo?business_type=100&ar_id=';
    const canonical = rng.chance(0.4) ? `${base}${page.item.num}` : null;
    const when = rng.chance(0.7) ? `${page.date} ${page.time}:${ss(rng)}` : page.date!;
    const withDept = rng.chance(0.75);
    const reviewer = otherName(rng);
    const image = rng.chance(0.4);
    const badge = rng.chance(0.5);
    const body = page.paragraphs
      .map((p, i) => `<p>${esc(p)}</p>${i === 0 && image ? `\n<p style="text-align:center"><img src="https://kepuchina-img.kepuchina.cn/${token(rng, 16)}.jpg"></p>\n<p style="text-align:center;color:#999;font-size:12px">图片来源：视觉中国 版权图片，转载使用可能引发版权纠纷</p>` : ''}`)
      .join('\n');
    const credit = `<div class="credit"><p>作者：${esc(d.name!)}　${esc(d.hospital!)}${withDept ? esc(d.department!) : ''}　${d.title}</p>
<p>审核：${esc(reviewer)}　${esc(cityOf(page))}市第一人民医院　主任医师</p>
<p>出品：科普中国·${rng.pick([...PRODUCERS])}</p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}${itemNum(r)}`;
    const list = related.length
      ? `<div class="recommend"><h3>相关推荐</h3><ul>${related.map((r) => `<li><a href="${esc(href(r))}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const later = shift(page.date!, rng.int(2, 30));
    const state = JSON.stringify({ ar_id: page.item.num, title: page.question, publishTime: `${later} ${hhmm(rng)}:00`, views: rng.int(1000, 90000), source: '科普中国' });
    const html = documentOf(
      `${page.question}-科普中国`,
      canonical,
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="keywords" content="科普中国,健康医疗,问答">\n',
      `<div class="header"><a href="https://www.kepuchina.cn/"><img src="https://www.kepuchina.cn/static/img/logo.png" alt="科普中国"></a><ul class="nav"><li><a href="https://www.kepuchina.cn/">首页</a></li><li><a href="https://www.kepuchina.cn/tech/">前沿科技</a></li><li><a href="https://www.kepuchina.cn/health/">健康医疗</a></li><li><a href="https://www.kepuchina.cn/safety/">应急避险</a></li><li><a href="https://piyao.kepuchina.cn/">科学辟谣</a></li></ul></div>
<div class="crumbs"><a href="https://www.kepuchina.cn/">首页</a> &gt; <a href="https://www.kepuchina.cn/health/">健康医疗</a> &gt; 问答</div>
<div class="container"><div class="left">
<h1 class="art-title">${esc(page.question)}</h1>
<div class="art-info"><span>来源：科普中国</span><span>作者：${esc(d.name!)}</span><span>发布时间：${when}</span></div>
<div class="art-content">
${badge ? `<div class="ask"><span class="tag">问</span>${esc(page.question)}</div>\n` : ''}${body}
${credit}
<p class="notice">本文为科普中国原创，转载请注明出处。</p>
</div>
<div class="art-tool"><a href="javascript:;">点赞 ${rng.int(3, 900)}</a><a href="javascript:;">收藏</a><a href="javascript:;">分享</a></div>
${list}
</div><div class="right"><div class="piyao"><h3>科学辟谣 热榜</h3><ol><li><a href="https://piyao.kepuchina.cn/rumor/${rng.int(10000, 99999)}">隔夜菜一定致癌？</a></li><li><a href="https://piyao.kepuchina.cn/rumor/${rng.int(10000, 99999)}">喝醋能软化血管？</a></li></ol></div></div></div>
<div class="footer">中国科学技术协会 主办　版权所有：科普中国　京ICP备${rng.int(10000000, 99999999)}号</div>
<script>window.__ARTICLE__=${state};</script>`,
    );
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: withDept ? d.department : null, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F3. rjh-guoji-yiliao-bilingual ---

const RJH = '上海交通大学医学院附属瑞金医院';
const EN_TITLES: Record<string, string> = {
  主任医师: 'Chief Physician',
  副主任医师: 'Associate Chief Physician',
  主治医师: 'Attending Physician',
  医师: 'Physician',
  住院医师: 'Resident Physician',
  主任中医师: 'Chief TCM Physician',
  副主任中医师: 'Associate Chief TCM Physician',
  主治中医师: 'Attending TCM Physician',
  主管药师: 'Pharmacist-in-charge',
  副主任护师: 'Associate Chief Nurse',
};
const EN_DEPTS: Record<string, string> = {
  心血管内科: 'Cardiology',
  消化内科: 'Gastroenterology',
  呼吸内科: 'Respiratory Medicine',
  内分泌科: 'Endocrinology',
  皮肤科: 'Dermatology',
  儿科: 'Pediatrics',
  妇产科: 'Obstetrics & Gynecology',
  神经内科: 'Neurology',
  骨科: 'Orthopedics',
  康复医学科: 'Rehabilitation Medicine',
  中医科: 'Traditional Chinese Medicine',
  全科医学科: 'General Practice',
  营养科: 'Clinical Nutrition',
  急诊科: 'Emergency Medicine',
  神经外科: 'Neurosurgery',
  老年医学科: 'Geriatrics',
};

/**
 * F3. 瑞金医院's 国际医疗中心 患者问答 (www.rjh.com.cn/imc/faq/{id}.html, path a guess), a university hospital's
 * international centre page in English and Chinese, UTF-8, canonical on all: a `中文 | English` switch, the nav in both
 * languages, crumbs `Home 首页 > International Medical Center 国际医疗中心 > Patient Q&A 患者问答`; `<h1>Patient Q&A 患者问答</h1>`
 * (none); a `Patient coordinator 患者协调员` nurse's note first on 35% (`Your question has been forwarded to …` / `您的问题已转
 * 至…`: none); a `<dl>`: `Question 问题` the question (keyed), `Answer 回答` the answer's `<p>`s, an English note after it
 * (none), `Doctor 答复医生` `{name}　{title}（{English title}）` (the English where the site has one) and `{department}（{English}）`
 * (the English where it has one), `Ruijin Hospital 瑞金医院` under it on half (the hospital keyed `瑞金医院` there, as the card
 * prints it, by fresh-22's and fresh-54's convention, else `上海交通大学医学院附属瑞金医院`, as its `<title>` and footer name
 * it; the blind key took the full name on every page, changed after the first run, page bytes unchanged), `Date 日期` `May 6, 2023` (40%), `2023-05-06` (40%) or `06/05/2023`
 * (20%: keyed only where the day is above 12 or equals the month, else null); `Related Q&A 相关问答` (question link and
 * `2023-05-06`: `[]`, dated, `/imc/faq/N.html` resolved against the canonical); the footer (address in both languages);
 * format unknown.
 */
const rjhGuojiYiliaoBilingual: Family = {
  name: 'rjh-guoji-yiliao-bilingual',
  split: 'fresh-86',
  site: 'www.rjh.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.rjh.com.cn/imc/faq/${page.item.num}.html`;
    const enTitle = EN_TITLES[d.title!];
    const enDept = EN_DEPTS[d.department!];
    const mode = rng.weighted([['us', 4], ['iso', 4], ['dmy', 2]] as const);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const day = mode === 'us' ? `${ENGLISH_MONTHS[Number(m) - 1]} ${Number(dd)}, ${y}` : mode === 'iso' ? page.date! : dmy(page.date!);
    const dated = mode !== 'dmy' || dmyCertain(page.date!);
    const coordinator = rng.chance(0.35)
      ? `<div class="coordinator"><p class="who">Patient coordinator 患者协调员 · ${esc(otherName(rng))}（护士 Nurse）</p><p>Your question has been forwarded to our ${enDept ?? 'specialist'} team. 您的问题已转至${esc(d.department!)}专家，请留意回复。</p></div>`
      : '';
    const hospLine = rng.chance(0.5) ? `<br><span class="hosp">Ruijin Hospital 瑞金医院</span>` : '';
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/imc/faq/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related"><h3>Related Q&amp;A 相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a> <span class="date">${r.date ?? ''}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="lang"><a href="/imc/faq/${page.item.num}.html" class="on">中文</a> | <a href="/en/imc/faq/${page.item.num}.html">English</a></div>
<div class="header"><a href="/"><img src="/images/logo-rjh.png" alt="Ruijin Hospital 瑞金医院"></a><ul class="nav"><li><a href="/">Home 首页</a></li><li><a href="/imc/">International Medical Center 国际医疗中心</a></li><li><a href="/imc/doctors/">Find a Doctor 找医生</a></li><li><a href="/imc/faq/">Patient Q&amp;A 患者问答</a></li><li><a href="/imc/insurance/">Insurance 商业保险</a></li></ul></div>
<div class="crumb"><a href="/">Home 首页</a> &gt; <a href="/imc/">International Medical Center 国际医疗中心</a> &gt; <a href="/imc/faq/">Patient Q&amp;A 患者问答</a></div>
<div class="main">
<h1>Patient Q&amp;A 患者问答</h1>
${coordinator}
<dl class="qa">
<dt>Question 问题</dt><dd class="q">${esc(page.question)}</dd>
<dt>Answer 回答</dt><dd class="a">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="en-note"><i>This answer is provided in Chinese. For an English consultation, please call +86-21-6437-${rng.int(1000, 9999)}.</i></p></dd>
<dt>Doctor 答复医生</dt><dd class="doc"><b>${esc(d.name!)}</b>　${d.title}${enTitle ? `（${enTitle}）` : ''}<br>${esc(d.department!)}${enDept ? `（${enDept}）` : ''}${hospLine}</dd>
<dt>Date 日期</dt><dd class="date">${day}</dd>
</dl>
<p class="disclaimer">Disclaimer: for reference only, not a diagnosis. 声明：以上回答仅供参考，不能代替面诊。</p>
${list}
</div>
<div class="footer">${RJH} Ruijin Hospital, Shanghai Jiao Tong University School of Medicine<br>地址：上海市瑞金二路197号 Address: 197 Ruijin Er Road, Shanghai　沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`Patient Q&A 患者问答 - International Medical Center - ${RJH}`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        // The hospital as the card prints it (fresh-22's hospital-alias, fresh-54's army-hospital), else the site's own name
        // (fresh-82's samsph); changed after the first run, page bytes unchanged.
        doctor: { ...d, hospital: hospLine ? '瑞金医院' : RJH, hospital_grade: null },
        date: dated ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F4. haiziwang-yuer-wenda ---

const STORES = ['南京新街口', '苏州园区', '无锡万象城', '合肥银泰'] as const;
const ADVISER_TEXTS = ['宝妈您好，这种情况建议先观察宝宝精神状态，门店有专业育儿顾问可以到店咨询哦~', '您好，已帮您邀请儿科医生回答，也可以来门店找育儿顾问聊聊~'] as const;

/**
 * F4. 孩子王's 育儿问答 share page (h5.haiziwang.com/parenting/qa/detail?id={id}, host and path guesses), a
 * mother-and-baby retailer app's H5, UTF-8, no canonical: the `打开孩子王APP` bar; the asker (`{nick}妈妈`, `宝宝N个月`),
 * `<h1>` the question (keyed), `问题补充` (none), `MM-DD 提问` (none); the answers in order: a 育儿顾问's reply (`{name}
 * 育儿顾问 · {store}店`) on 50%, first on half of those, else after the doctor's (none); the doctor's: a `认证医生` badge,
 * the card `{name} {title}` over `{hospital} {department}`, `医生回答` (none), `<p>`s, `2023-05-06` (45%) or `2023.05.06
 * 14:22` (30%), keyed, or `N天前` (25%: null), `有用 N`; other mothers' replies with `MM-DD` (none); a product card (奶粉 /
 * 益生菌 with `¥` prices: none); `相关问题` (question link, `N个回答` (none of it): `[]`, undated,
 * `/parenting/qa/detail?id=N` as written); format unknown.
 */
const haiziwangYuerWenda: Family = {
  name: 'haiziwang-yuer-wenda',
  split: 'fresh-86',
  site: 'h5.haiziwang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['iso', 9], ['dot', 6], ['ago', 5]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'dot' ? `${page.date!.replace(/-/g, '.')} ${page.time}` : `${rng.int(2, 9)}天前`;
    const adviser = rng.chance(0.5)
      ? `<div class="answer adviser"><div class="who"><img src="https://img.haiziwang.com/avatar/${token(rng, 8)}.png"><p>${esc(otherName(rng))} <span class="role">育儿顾问 · ${rng.pick([...STORES])}店</span></p></div><p class="txt">${rng.pick([...ADVISER_TEXTS])}</p><p class="time">${md(shift(page.date!, -rng.int(0, 1)))}</p></div>`
      : '';
    const adviserFirst = rng.chance(0.5);
    const mothers = Array.from({ length: rng.int(0, 3) }, () => `<div class="answer mom"><div class="who"><p>${rng.pick(['糖糖', '小鱼儿', '豆豆', '果果'])}妈妈 <span>宝宝${rng.int(3, 30)}个月</span></p></div><p class="txt">${esc(rng.pick(MOTHER_TEXTS))}</p><p class="time">${md(shift(page.date!, rng.int(0, 5)))}</p></div>`).join('\n');
    const doctor = `<div class="answer doctor"><div class="who"><img src="https://img.haiziwang.com/doctor/${token(rng, 8)}.png"><div><p><b>${esc(d.name!)}</b> <span>${d.title}</span> <i class="badge">认证医生</i></p><p class="org">${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>
<p class="label">医生回答</p><div class="txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><p class="time">${day}<span class="useful">有用 ${rng.int(0, 300)}</span></p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/parenting/qa/detail?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="related"><h3>相关问题</h3>${related.map((r) => `<a class="item" href="${href(r)}"><p>${esc(r.question)}</p><span>${rng.int(1, 12)}个回答</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="open-app"><img src="https://img.haiziwang.com/logo.png" alt="孩子王"><span>孩子王 · 育儿问答</span><a href="haiziwang://parenting">打开孩子王APP</a></div>
<div class="qa-question"><div class="asker"><img src="https://img.haiziwang.com/avatar/${token(rng, 8)}.png"><span>${rng.pick(['开心', '小米粒', '萌萌', '阳光'])}妈妈</span><span class="baby">宝宝${rng.int(1, 36)}个月</span></div>
<h1>${esc(page.question)}</h1><p class="supply">问题补充：${esc(rng.pick(ASKER_LINES))}</p><p class="time">${md(shift(page.date!, -rng.int(1, 3)))} 提问</p></div>
<div class="answers"><p class="count">共${1 + (adviser ? 1 : 0) + (mothers.match(/class="answer mom"/g)?.length ?? 0)}个回答</p>
${adviserFirst ? adviser : ''}
${doctor}
${adviserFirst ? '' : adviser}
${mothers}</div>
<div class="goods"><h3>宝宝好物</h3><a href="/goods/${rng.int(100000, 999999)}"><img src="https://img.haiziwang.com/goods/${token(rng, 8)}.jpg"><p>婴幼儿益生菌粉 30袋</p><span class="price">¥${rng.int(99, 299)}</span></a><a href="/goods/${rng.int(100000, 999999)}"><p>舒缓配方奶粉 800g</p><span class="price">¥${rng.int(199, 399)}</span></a></div>
${list}
<p class="disclaimer">医生回答仅供参考，宝宝不适请及时就医。</p>
<script>window.__PAGE_DATA__={"qaId":${page.item.num},"answerNum":${rng.int(1, 6)}}</script>`;
    const html = documentOf(`${page.question} - 孩子王育儿问答`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: mode === 'ago' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. pkuih-zixun-print ---

const PKUIH = '北京大学国际医院';

/**
 * F5. 北京大学国际医院's 在线咨询 print view (www.pkuih.edu.cn/zxzx/print.aspx?id={id}, path a guess), an ASP.NET site's
 * `打印本页` page: UTF-8 (60%) or GBK bytes declared `charset=gb2312` by http-equiv (40%); no canonical, `onload=
 * "window.print()"`: the head `北京大学国际医院 在线咨询` and `打印时间：` a later day (a print day: none), `[打印] [关闭]`;
 * one bordered `<table>`: `标题` the question (keyed), `咨询人` masked, `咨询时间` an earlier day (none), `咨询内容` the asker's
 * words (none), `回复科室` the department, `回复医生` `{name}　{title}` (keyed; the hospital `北京大学国际医院` as the head
 * names it), `回复内容` the answer `<br>`-parted, `回复时间` `2023-05-06 14:22:31` (60%) or `2023/5/6 14:22:31` (40%),
 * keyed; a `追问内容` / `追问回复` / `回复时间` round on 30% (none, dating nothing); `本文地址：` the detail page's
 * address (no item); no related list (no items); format unknown.
 */
const pkuihZixunPrint: Family = {
  name: 'pkuih-zixun-print',
  split: 'fresh-86',
  site: 'www.pkuih.edu.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.4);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const answered = rng.chance(0.6) ? `${page.date} ${page.time}:${ss(rng)}` : `${y}/${Number(m)}/${Number(dd)} ${page.time}:${ss(rng)}`;
    const printed = `${shift(page.date!, rng.int(30, 600))} ${hhmm(rng)}`;
    const asker = `${rng.pick(['王', '李', '张', '刘'])}**`;
    const row = (k: string, v: string) => `<tr><td width="90" align="center" bgcolor="#f2f2f2"><b>${k}</b></td><td>${v}</td></tr>`;
    const follow = rng.chance(0.3)
      ? `\n${row('追问内容', esc(rng.pick(FOLLOW_UPS)))}\n${row('追问回复', esc(rng.pick(FOLLOW_REPLIES)))}\n${row('回复时间', `${shift(page.date!, rng.int(1, 4))} ${hhmm(rng)}:${ss(rng)}`)}`
      : '';
    const detail = `https://www.pkuih.edu.cn/zxzx/detail.aspx?id=${page.item.num}`;
    const body = `<div class="noprint" style="text-align:right;font-size:12px"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
<table width="680" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="font-size:18px;font-weight:bold;padding:10px">${PKUIH}　在线咨询</td></tr>
<tr><td align="right" style="font-size:12px;color:#666">打印时间：${printed}</td></tr></table>
<table width="680" align="center" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:14px">
${row('标题', esc(page.question))}
${row('咨询人', asker)}
${row('咨询时间', `${shift(page.date!, -rng.int(1, 5))} ${hhmm(rng)}:${ss(rng)}`)}
${row('咨询内容', esc(rng.pick(ASKER_LINES)))}
${row('回复科室', esc(d.department!))}
${row('回复医生', `${esc(d.name!)}　${d.title}`)}
${row('回复内容', page.paragraphs.map(esc).join('<br>\n'))}
${row('回复时间', answered)}${follow}
</table>
<p style="width:680px;margin:10px auto;font-size:12px;color:#666">本文地址：${detail}<br>Copyright 2018-2024 ${PKUIH} 版权所有</p>`;
    const charset = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question} - 在线咨询 - ${PKUIH}`, null, '<style>@media print{.noprint{display:none}}</style>\n', body, charset).replace('<body>', '<body onload="window.print()">');
    let bytes: Buffer = Buffer.from(html, 'utf8');
    if (gb) {
      const b = iconv.encode(html, 'gbk');
      if (iconv.decode(b, 'gbk') === html) bytes = b;
      else bytes = Buffer.from(html.replace('charset=gb2312', 'charset=utf-8'), 'utf8');
    }
    return {
      body: bytes,
      expected: expectedOf(page, {
        doctor: { ...d, hospital: PKUIH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

// --- F6. twgh-zhongyi-wenda-big5 ---

const DISTRICTS = ['灣仔', '觀塘', '荃灣', '沙田', '屯門', '黃大仙'] as const;
const TCM_TITLES = [['註冊中醫師', 6], ['高級中醫師', 3], ['主任中醫師', 1]] as const;
const TCM_DEPTS = ['中醫內科', '針灸科', '骨傷推拿科'] as const;

/**
 * F6. 東華三院's 中醫服務 健康問答 (www.tungwah.org.hk/chinese-medicine/faq/detail.asp?id={id}, path a guess), a Hong Kong
 * charity's old ASP page, traditional, Big5 bytes (characters Big5 lacks as `&#x…;`), declared by http-equiv `big5`
 * (55%), `big5-hkscs` (30%) or undeclared (15%); no canonical; table layout: a banner (`東華三院 Tung Wah Group of
 * Hospitals`), a left `<td>` menu (中醫服務 / 診所資料 / 健康問答 / 預約服務), `現在位置：` crumbs; the content table:
 * `問題編號：N`, `日期：` `06/05/2023` (day first, 65%: keyed only where the day is above 12 or equals the month, else null)
 * or `2023年5月6日` (35%, keyed); `問：` the question (keyed), `答：` glued (none), the answer `<br><br>`-parted; the card a
 * `回覆中醫師：{name}　{title}` row over `{clinic}[　{department}]` before the answer (40%) or a closing
 * `（解答：{clinic}{name}{title}）` (60%): **the title 註冊中醫師 / 高級中醫師 / 主任中醫師, the hospital the clinic
 * `東華三院{district}中醫診所暨教研中心`, the department (中醫內科 / 針灸科 / 骨傷推拿科) only where the row prints it**; a
 * 預約 notice (none), `瀏覽次數` and `列印本頁`; `其他問題` (`·` question links: `[]`, undated, `detail.asp?id=N` as written);
 * the footer; format unknown.
 */
const twghZhongyiWendaBig5: Family = {
  name: 'twgh-zhongyi-wenda-big5',
  split: 'fresh-86',
  site: 'www.tungwah.org.hk',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const title = rng.weighted([...TCM_TITLES]);
    const clinic = `東華三院${rng.pick([...DISTRICTS])}中醫診所暨教研中心`;
    const before = rng.chance(0.4);
    const withDept = before && rng.chance(0.5);
    const dept = rng.pick([...TCM_DEPTS]);
    const dayFirst = rng.chance(0.65);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const day = dayFirst ? dmy(page.date!) : `${y}年${Number(m)}月${Number(dd)}日`;
    const dated = !dayFirst || dmyCertain(page.date!);
    const charset = rng.weighted([['big5', 11], ['hkscs', 6], ['none', 3]] as const);
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `detail.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table width="100%" cellpadding="3"><tr><td class="subtitle">其他問題</td></tr>${related.map((r) => `<tr><td>·<a href="${href(r)}">${esc(r.question)}</a></td></tr>`).join('\n')}</table>`
      : '';
    const card = `<tr><td class="doc">回覆中醫師：<b>${esc(name)}</b>　${title}<br>${clinic}${withDept ? `　${dept}` : ''}</td></tr>`;
    const credit = `<p align="right">（解答：${clinic}${esc(name)}${title}）</p>`;
    const body = `<table width="960" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/images/banner_cm.jpg" width="960" height="110" alt="東華三院 Tung Wah Group of Hospitals"></td></tr>
<tr><td width="180" valign="top" bgcolor="#eef3e2"><table width="100%" cellpadding="6"><tr><td><a href="/chinese-medicine/">中醫服務</a></td></tr><tr><td><a href="/chinese-medicine/clinics.asp">診所資料</a></td></tr><tr><td><a href="/chinese-medicine/faq/">健康問答</a></td></tr><tr><td><a href="/chinese-medicine/booking.asp">預約服務</a></td></tr><tr><td><a href="/">返回主頁</a></td></tr></table></td>
<td width="780" valign="top" style="padding:10px 20px">
<div class="pos">現在位置：<a href="/">主頁</a> &gt; <a href="/chinese-medicine/">中醫服務</a> &gt; <a href="/chinese-medicine/faq/">健康問答</a></div>
<table width="100%" cellpadding="4" cellspacing="0" border="0" class="faq">
<tr><td class="info">問題編號：${page.item.num % 100000}　　日期：${day}</td></tr>
<tr><td class="q"><b>問：</b>${esc(question)}</td></tr>
${before ? `${card}\n` : ''}<tr><td class="a"><b>答：</b>${paragraphs.map(esc).join('<br><br>\n')}
${before ? '' : credit}</td></tr>
<tr><td class="note"><font color="#888888">以上資料只供參考，如有疑問請向註冊中醫師查詢。預約請致電 ${rng.int(2000, 3999)} ${rng.int(1000, 9999)}。</font></td></tr>
<tr><td align="right"><font size="2">瀏覽次數：${rng.int(50, 5000)}　<a href="javascript:window.print()">列印本頁</a>　<a href="javascript:history.back()">返回</a></font></td></tr>
</table>
${list}
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#5a7d2b"><font color="#ffffff" size="2">版權所有 © 東華三院 Tung Wah Group of Hospitals　私隱政策　免責聲明</font></td></tr>
</table>`;
    const meta = charset === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : charset === 'hkscs' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5-hkscs">' : '';
    const html = documentOf(`東華三院 中醫服務 - 健康問答`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: big5(html),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: withDept ? dept : null, hospital: clinic, hospital_grade: null },
        date: dated ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

export const FRESH86_FAMILIES: readonly Family[] = [jstvWanjiadenghuoJiemuWenda, kepuchinaZhuanjiaWenda, rjhGuojiYiliaoBilingual, haiziwangYuerWenda, pkuihZixunPrint, twghZhongyiWendaBig5];
