import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, shift, token, topicWord, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-eighth fresh held-out set (split `fresh-98`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-third set**: six Chinese-language
 * sites (or a section of one) where health questions are answered on pages of their own, none of them modelled or named
 * by an earlier split (新华侨报 / 新華僑報 / 日本新华侨 / jnocnews / jnoc / 令和, 南美侨报 / 南美僑報 / 南美 / nanmei / 巴西 /
 * brasil / 圣保罗 / 聖保羅 / `de maio`, 澳洲日报 / 澳洲日報 / australian chinese daily / auschinesedaily / westmead,
 * 大樹藥局 / 大树 / great-tree / greattree / dashu, 扬子晚报 / 扬子 / 紫牛 / yangtse / epaper.yangtse, 人保健康 / 人保 /
 * 中国人民健康 / picchealth / e-picc each grepped, case-insensitive, fixed strings, in README.md and families*.ts: no hit
 * but 澳洲日报's in the rows and headers of fresh-93 to fresh-97 naming it as left for later; `picc` hits only as a
 * PICC 导管 (a catheter) and inside a CDN host `piccdn3`, `日本` only as fresh-80-era medical-tourism tags and another
 * weekly's 日本医生答疑 column (a different site: 令和 days appear nowhere), `悉尼` only on fresh-69's 今日悉尼-kind portal
 * (another site); 万宁 / 萬寧 / mannings and 晴報 / am730 named only as left for later, and left for later again (萬寧
 * would be a second 屈臣氏, 晴報 a second 頭條); 世界日報, 中文导报, 马偕 / 馬偕, 平安, 喜马拉雅, 妈妈网, 生命时报, 健康报,
 * 彰基, 国大药房, 天涯, 小红书, 科普中国, 华西, 養和, 澳門, 仁伯爵, 北京卫视, 央视 / cctv, 健康之路, 星洲, 联合早报, 亞東, 奇美,
 * 長庚, 國泰, 美团, 众安, 康健, 早安健康, bilibili, 荔枝, 微医, 云听 have hits and were left alone; 光华, 漱玉 and 水滴 are
 * named in earlier rows as left and were left again), each of a kind the table had few of or with a fault it had not:
 * a Chinese daily of Japan (days in Japanese eras, `令和5年5月6日` and `平成31年`, Japanese hospitals and ranks), a Chinese
 * paper of Brazil (Portuguese days `sábado, 6 de maio de 2023`, day-first `06/05/2023`, São Paulo hospitals with their
 * Portuguese names, a CRM number), an Australian Chinese daily (traditional or simplified by the reader's choice, AU
 * day-first days and `6 May 2023`, a GP at a suburban 醫務所 or a specialist), a Taiwanese pharmacy chain's 藥師 Q&A (Big5
 * on some pages, declared or not, ROC days `112/05/06`, a pharmacist at a store, JSON-LD with a later day), a city
 * evening paper's e-paper page (Founder 数字报 markup, GBK on half, an 引题 / 副题, a headline that asks nothing on some,
 * inline `答：`, the page's other headlines as navigation), and a health insurer's app share page of a 图文问诊 record (an AI
 * 预问诊 summary and a 健康管家 first, month-day bubble stamps under a whole-day header, voice bubbles, policy promos).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering person's: the asker's words (`{city}读者…问：`, `讀者問：`, the
 *   patient's bubbles), another person's words (人保's `健康管家` greeting and its AI `预问诊小结`, 扬子's reporter lede), ads,
 *   hotlines, disclaimers, product cards, promos, none of it; labels (`答：` as its own line or inline before the first
 *   paragraph, `A：`, `转文字`) none;
 * - **the question as the page asks it**: the `<h1>` (`【在日华人健康问答】`, `Q：`, `醫生信箱｜` prefixes none); **where
 *   扬子's headline asks nothing (`{topic}别大意，专家来支招`), the reader's question printed under it** is the page's question;
 *   人保's the patient's first bubble (its title `图文问诊记录` none);
 * - **the date the answer's day**, Japanese era years converted (`令和N年` +2018, `平成N年` +1988: a day printed only in
 *   its era is keyed, as ROC days +1911 are), the masthead's today none (新华侨报's, 南美侨报's, 澳洲日报's); **a two-way
 *   day-first day (`06/05/2023`) keyed only where it cannot be read month-first or the masthead's day-first today on the
 *   same page shows the order** (fresh-67's convention as fresh-87 changed it; the masthead's day counts as another printed
 *   day-first day), else null; 大樹's visible day (ROC `112/05/06` +1911; JSON-LD's later `datePublished` on a republished
 *   post none); 扬子's issue day (the `enpproperty` comment's `<date>` the same); **人保's header `问诊时间` day** (the
 *   bubbles' `05-06 14:22` stamps print no year and agree; the state blob's later `endTime` and the 服务单号's digits none);
 * - **the card** as printed: 新华侨报's Japanese rank the title (`医长`, `部长`, `讲师` …; `日本{department}专门医` a
 *   certification, none; the katakana reading beside the name none), the Japanese hospital's Chinese name; 南美侨报's
 *   `{department}专科医生` title (fresh-93's convention), the hospital's Chinese name (its Portuguese name in brackets and
 *   the `CRM-SP` number none); 澳洲日报's `{department}專科醫生` the same way, or a GP: **title `家庭醫生`, the 醫務所 as
 *   printed the hospital, department null** (the `（GP）` and `MBBS, FRACGP` none); 大樹's pharmacist: **the title as
 *   printed (`藥師`, `資深藥師`, `門市藥師`), the store `大樹藥局{branch}店` the hospital, department null** (fresh-83's shop,
 *   fresh-94's 屈臣氏 branch); 扬子's and 人保's cards whole; the grade null on every family;
 * - **format** voice on 人保's voice answers (a voice bubble and its 转文字), text where 人保's page is titled `图文问诊记录`,
 *   unknown otherwise and on the other five families;
 * - items: the related list of other questions, the snippet where printed (大樹's and 人保's on about 40–50% of pages;
 *   else link-only `[]`), dated only where the whole day is printed (新华侨报's, 南美侨报's ISO days, 澳洲日报's `6 May 2023`,
 *   大樹's `2023/05/06`, each on about half the pages); **扬子's e-paper prints no related list: its 本版标题导航 and 上一篇 /
 *   下一篇 are the issue's other headlines, no questions: none (`[]`)**; links as written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const cnDay = (iso: string) => `${num(iso, 0, 4)}年${num(iso, 5, 7)}月${num(iso, 8, 10)}日`;
const cnDayPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const dmy = (iso: string, sep: string) => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
/**
 * Whether a two-way day-first day (`06-05-2023`) is keyed, given the day-first days the page prints: only where it cannot be
 * read month-first (the day over 12, or day = month), or where another printed day-first day shows the order (fresh-67's
 * convention as fresh-87 changed it).
 */
const certainOf = (printed: readonly string[]) => {
  const shown = printed.some((iso) => num(iso, 8, 10) > 12);
  return (iso: string) => shown || num(iso, 8, 10) > 12 || iso.slice(8, 10) === iso.slice(5, 7);
};

// --- F1. jnocnews-jiankang-wenda ---

const JP_HOSPITALS = ['东京大学医学部附属医院', '顺天堂大学医学部附属顺天堂医院', '庆应义塾大学医院', '圣路加国际医院', '虎之门医院', '大阪大学医学部附属医院', '日本医科大学附属医院'] as const;
const JP_RANKS = ['医长', '部长', '副部长', '讲师', '准教授', '医员'] as const;
const JP_KANA = ['ワン・メイ', 'リ・ホウ', 'チン・ケン', 'チョウ・リン', 'リュウ・ヨウ', 'ゴ・セイ'] as const;
const JP_WEEK = ['日', '月', '火', '水', '木', '金', '土'] as const;
/** A day in its Japanese era: 令和5年5月6日 (令和元年 from 2019-05-01), 平成31年4月6日 before. */
const eraDay = (iso: string) => {
  const y = num(iso, 0, 4);
  const [era, n] = iso >= '2019-05-01' ? ['令和', y - 2018] : ['平成', y - 1988];
  return `${era}${n === 1 ? '元' : n}年${num(iso, 5, 7)}月${num(iso, 8, 10)}日`;
};

/**
 * F1. 日本新华侨报网's 健康 column where doctors working in Japan answer readers (www.jnocnews.jp/news/show.aspx?id={id}, host
 * as remembered, the path and the layout guesses, the column's name invented), simplified, UTF-8, an ASP.NET page
 * (`__VIEWSTATE`), canonical on 50%: a masthead with today in its era `令和5年5月8日（月）` 1–4 days later (none); `<h1>` the
 * question (keyed), after `【在日华人健康问答】` on 40% (none); `发布时间：` `2023-05-06 14:22` (30%), `2023年5月6日` (25%), the
 * era alone `令和5年5月6日` / `平成30年…` (25%) or `2023年（令和5年）5月6日` (20%) (keyed, the era +2018 / +1988); `来源：日本新华侨报`;
 * `{city}读者…问：` (none); the card at the head `解答医生：{name}（{hospital}{department}{rank}）` (40%), a closing
 * `（作者：{name}，{hospital}{department}{rank}，日本{department}专门医）` (35%) or one line `{name}｜{hospital}｜{department}｜{rank}`
 * (25%), the katakana reading after the name on 40% (none); `答：` on 40% (none); a 体检 ad with a Tokyo number, a
 * disclaimer, a 点击 count (none); `相关新闻` (link-only `[]`; ISO days on 50% of pages, keyed).
 */
const jnocnewsJiankangWenda: Family = {
  name: 'jnocnews-jiankang-wenda',
  split: 'fresh-98',
  site: 'www.jnocnews.jp',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.jnocnews.jp';
    const canonical = rng.chance(0.5) ? `${base}/news/show.aspx?id=${page.item.num}` : null;
    const tagged = rng.chance(0.4);
    const dayForm = rng.weighted([['iso', 30], ['cn', 25], ['era', 25], ['both', 20]] as const);
    const cardForm = rng.weighted([['head', 40], ['credit', 35], ['line', 25]] as const);
    const hospital = rng.pick([...JP_HOSPITALS]);
    const rank = rng.pick([...JP_RANKS]);
    const kana = rng.chance(0.4) ? `（${rng.pick([...JP_KANA])}）` : '';
    const label = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 4));
    const reader = `${rng.pick(['东京', '大阪', '横滨', '名古屋', '福冈'])}读者${rng.pick(['王', '李', '陈', '赵'])}${rng.pick(['女士', '先生'])}问：`;
    const y = page.date!.slice(0, 4);
    const day =
      dayForm === 'iso'
        ? `${page.date} ${page.time}`
        : dayForm === 'cn'
          ? cnDay(page.date!)
          : dayForm === 'era'
            ? eraDay(page.date!)
            : `${y}年（${eraDay(page.date!).replace(/年.*$/u, '年')}）${num(page.date!, 5, 7)}月${num(page.date!, 8, 10)}日`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/news/show.aspx?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="xgxw"><div class="tit">相关新闻</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${datedList && r.date ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const card =
      cardForm === 'head'
        ? `<p class="author"><b>解答医生：</b>${esc(d.name!)}${kana}（${hospital}${esc(d.department!)}${rank}）</p>`
        : cardForm === 'line'
          ? `<div class="docline">${esc(d.name!)}${kana}｜${hospital}｜${esc(d.department!)}｜${rank}</div>`
          : '';
    const credit = cardForm === 'credit' ? `<p class="zuozhe">（作者：${esc(d.name!)}${kana}，${hospital}${esc(d.department!)}${rank}，日本${esc(d.department!)}专门医）</p>` : '';
    const body = `<form method="post" action="./show.aspx?id=${page.item.num}" id="form1"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP${token(rng, 40)}">
<div class="top"><span class="riqi">${eraDay(today)}（${JP_WEEK[weekday(today)]}）</span> <a href="${base}/">首页</a> <a href="${base}/news/list.aspx?c=1">日本新闻</a> <a href="${base}/news/list.aspx?c=5">华人社会</a> <a href="${base}/news/list.aspx?c=9">健康</a> <a href="${base}/epaper/">电子版</a></div>
<div class="logo"><img src="${base}/images/logo.png" alt="日本新华侨报网"></div>
<div class="weizhi">当前位置：<a href="${base}/">首页</a> &gt; <a href="${base}/news/list.aspx?c=9">健康</a> &gt; 正文</div>
<div class="content">
<h1>${tagged ? '【在日华人健康问答】' : ''}${esc(page.question)}</h1>
<div class="info">发布时间：${day}　来源：日本新华侨报　点击：${rng.int(50, 9000)}</div>
${card}<div class="zw">
<p><b>${reader}</b>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><b>答：</b></p>\n' : ''}${paras(page.paragraphs)}
${credit}</div>
<div class="ad"><img src="${base}/upload/ad/${token(rng, 8)}.jpg" alt=""><p>${rng.pick(['日本精密体检 中文全程陪同', '东京华人牙科 中文诊疗', '赴日治疗 一站式服务'])} 电话：03-${rng.int(3000, 6999)}-${rng.int(1000, 9999)}</p></div>
<p class="sm">免责声明：本栏目内容仅供参考，具体诊疗请前往医疗机构就诊。</p>
</div>
${list}
<div class="foot">日本新华侨报社 版权所有 Copyright © ${today.slice(0, 4)} 東京都</div>
</form>`;
    const html = documentOf(`${page.question}-日本新华侨报网`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: rank, department: d.department, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F2. nanmeiqiaobao-yisheng-jieda ---

const PT_MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'] as const;
const PT_WEEK = ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'] as const;
/** sábado, 6 de maio de 2023. */
const ptDay = (iso: string) => `${PT_WEEK[weekday(iso)]}, ${num(iso, 8, 10)} de ${PT_MONTHS[num(iso, 5, 7) - 1]} de ${iso.slice(0, 4)}`;
const BR_HOSPITALS = [
  ['叙利亚黎巴嫩医院', 'Hospital Sírio-Libanês'],
  ['阿尔伯特·爱因斯坦以色列医院', 'Hospital Israelita Albert Einstein'],
  ['圣卡塔琳娜医院', 'Hospital Santa Catarina'],
  ['圣保罗大学医学院附属医院', 'HC-FMUSP'],
  ['七月九日医院', 'Hospital Nove de Julho'],
  ['圣保罗医院', 'Hospital São Paulo'],
] as const;

/**
 * F2. 南美侨报's 医生解答 column, a Chinese paper of São Paulo on WordPress (www.nanmeiqiaobao.com/archives/{id}, host and
 * path guesses; the column's name, the hospitals' Chinese names and the clinic ads guessed or invented), simplified, UTF-8,
 * canonical on 55%: a masthead with today as `segunda-feira, 8 de maio de 2023` or `São Paulo, 08/05/2023` (50% each: the
 * latter a day-first day that may show the order), 1–5 days later (none); `<h1 class="entry-title">` the question
 * (keyed); the post day as `sábado, 6 de maio de 2023` (35%), day-first `06/05/2023` (35%) or `2023年5月6日` (30%) (keyed; the
 * day-first one only where not two-way or the masthead's day-first today shows the order, else null); `{city}读者…问：`
 * (none); the card at the head `解答医生：{name}医生　{hospital}（{Portuguese}）{department}专科医生　CRM-SP {n}` (50%) or a
 * closing `——{hospital}{department}专科医生 {name}（CRM-SP {n}）` (keyed: title 专科医生, the Chinese name the hospital);
 * `答：` on 40% (none); a clinic ad with a WhatsApp number, a SAMU 192 line, a `Compartilhar:` bar, a comment form (none);
 * `相关阅读` (link-only `[]`; ISO days on 50% of pages, keyed).
 */
const nanmeiqiaobaoYishengJieda: Family = {
  name: 'nanmeiqiaobao-yisheng-jieda',
  split: 'fresh-98',
  site: 'www.nanmeiqiaobao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.nanmeiqiaobao.com';
    const canonical = rng.chance(0.55) ? `${base}/archives/${page.item.num}` : null;
    const dayForm = rng.weighted([['pt', 35], ['dmy', 35], ['cn', 30]] as const);
    const mastDmy = rng.chance(0.5);
    const headCard = rng.chance(0.5);
    const [hospital, hospitalPt] = rng.pick([...BR_HOSPITALS]);
    const crm = rng.int(40000, 199999);
    const label = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 5));
    const reader = `${rng.pick(['圣保罗', '里约', '库里蒂巴', '阿雷格里港'])}读者${rng.pick(['林', '黄', '郑', '吴'])}${rng.pick(['女士', '先生'])}问：`;
    const visible = dayForm === 'pt' ? ptDay(page.date!) : dayForm === 'dmy' ? dmy(page.date!, '/') : cnDay(page.date!);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/archives/${itemNum(r)}`;
    const list = related.length
      ? `<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">相关阅读</h3>${related.map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="${href(r)}">${esc(r.question)}</a></h4>${datedList && r.date ? `<p class="jp-relatedposts-post-date">${r.date}</p>` : ''}</div>`).join('\n')}</div>`
      : '';
    const cardHead = `<p class="medico"><strong>解答医生：</strong>${esc(d.name!)}医生　${hospital}（${hospitalPt}）${esc(d.department!)}专科医生　CRM-SP ${crm}</p>`;
    const cardTail = `<p class="assinatura">——${hospital}${esc(d.department!)}专科医生 ${esc(d.name!)}（CRM-SP ${crm}）</p>`;
    const body = `<div class="top-bar"><span class="data-hoje">${mastDmy ? `São Paulo, ${dmy(today, '/')}` : ptDay(today)}</span> <a href="${base}/contato">联系我们</a> <a href="${base}/anuncie">广告刊登</a></div>
<header class="site-header"><a href="${base}/"><img src="${base}/wp-content/uploads/logo-nmqb.png" alt="南美侨报"></a>
<nav><a href="${base}/category/brasil">巴西新闻</a> <a href="${base}/category/qiaoshe">侨社动态</a> <a href="${base}/category/saude">健康 Saúde</a> <a href="${base}/category/china">中国新闻</a></nav></header>
<main class="site-main"><article class="post type-post category-saude">
<header class="entry-header"><h1 class="entry-title">${esc(page.question)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published">${visible}</time></span> <span class="cat-links"><a href="${base}/category/saude">医生解答</a></span></div></header>
<div class="entry-content">
${headCard ? `${cardHead}\n` : ''}<p><strong>${reader}</strong>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><strong>答：</strong></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `${cardTail}\n`}<p class="aviso">温馨提示：如遇急症请拨打192（SAMU）或前往最近的急诊（Pronto-Socorro）。</p>
</div>
<div class="sharedaddy">Compartilhar: <a href="https://api.whatsapp.com/send">WhatsApp</a> <a href="https://www.facebook.com/sharer.php">Facebook</a></div>
<div class="anuncio"><img src="${base}/wp-content/uploads/${token(rng, 10)}.jpg" alt=""><p>${rng.pick(['华人综合诊所 中文服务', '东方中医针灸 Acupuntura', '中葡翻译陪诊'])} WhatsApp +55 11 9${rng.int(1000, 9999)}-${rng.int(1000, 9999)}</p></div>
</article>
${list}
<div id="respond" class="comment-respond"><h3>发表评论</h3><form action="${base}/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="发表评论"></form></div>
</main>
<footer class="site-footer">© ${today.slice(0, 4)} 南美侨报 Jornal Chinês para a América do Sul · São Paulo</footer>`;
    const html = documentOf(`${page.question} – 南美侨报`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-CN" prefix="og: http://ogp.me/ns#"');
    const dayFirst = dayForm === 'dmy' ? [page.date!, ...(mastDmy ? [today] : [])] : [];
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital, hospital_grade: null },
        date: dayForm !== 'dmy' || certainOf(dayFirst)(page.date!) ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F3. auschinesedaily-yisheng-xinxiang ---

const AU_HOSPITALS = [
  ['皇家北岸醫院', '皇家北岸医院'],
  ['威斯米德醫院', '威斯米德医院'],
  ['聖文森特醫院', '圣文森特医院'],
  ['皇家阿爾弗雷德王子醫院', '皇家阿尔弗雷德王子医院'],
  ['康科德醫院', '康科德医院'],
] as const;
const AU_CLINICS = [
  ['好市圍家庭醫務所', '好市围家庭医务所'],
  ['車士活華人醫務所', '车士活华人医务所'],
  ['寶活家庭醫務所', '宝活家庭医务所'],
  ['卡巴拉馬打家庭醫務所', '卡巴拉马打家庭医务所'],
] as const;
/** 6 May 2023. */
const enDay = (iso: string) => `${num(iso, 8, 10)} ${EN_MONTHS_SHORT[num(iso, 5, 7) - 1]} ${iso.slice(0, 4)}`;

/**
 * F3. 澳洲日报's 醫生信箱 web copy (www.auschinesedaily.com.au/health/{id}, host as remembered, the path, the column's name
 * and the layout guesses), an Australian Chinese daily, traditional (60%: the paper's own) or simplified (40%: the
 * `繁 | 简` switch), UTF-8, canonical on 50%: a masthead `悉尼 {temp}°C {today}` day-first `08/05/2023` (50%, 1–5 days later:
 * none, but a day-first day that may show the order); `<h1>` the question (keyed), after `醫生信箱｜` on 30% (none); the day
 * `2023年5月6日 星期六` (35%), day-first `06/05/2023 14:22` (40%) or `6 May 2023` (25%) (keyed; the day-first one only where not
 * two-way or the masthead's day shows the order, else null); `讀者問：` (none); the card: a specialist
 * `{name}醫生　{hospital}{department}專科醫生` (55%: title 專科醫生) or a GP `{name}醫生　家庭醫生（GP）MBBS, FRACGP　{clinic}`
 * (45%: title 家庭醫生, the 醫務所 the hospital, department null), at the head (50%) or closing in brackets; a Medicare note,
 * a property ad, a newsletter box (none); `相關新聞` (link-only `[]`; `6 May 2023` days on 50% of pages, keyed).
 */
const auschinesedailyYishengXinxiang: Family = {
  name: 'auschinesedaily-yisheng-xinxiang',
  split: 'fresh-98',
  site: 'www.auschinesedaily.com.au',
  render(page, rng): Rendered {
    const base = 'https://www.auschinesedaily.com.au';
    const tw = rng.chance(0.6);
    const t = (s: string) => (tw ? trad(s) : s);
    const name = t(page.doctor.name!);
    const dept = t(page.doctor.department!);
    const question = t(page.question);
    const paragraphs = page.paragraphs.map(t);
    const canonical = rng.chance(0.5) ? `${base}/health/${page.item.num}` : null;
    const prefixed = rng.chance(0.3);
    const mast = rng.chance(0.5);
    const dayForm = rng.weighted([['cn', 35], ['dmy', 40], ['en', 25]] as const);
    const gp = rng.chance(0.45);
    const [hospTw, hospCn] = rng.pick([...AU_HOSPITALS]);
    const [clinicTw, clinicCn] = rng.pick([...AU_CLINICS]);
    const place = gp ? (tw ? clinicTw : clinicCn) : tw ? hospTw : hospCn;
    const headCard = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 5));
    const doc = tw ? '醫生' : '医生';
    const gpWord = tw ? '家庭醫生' : '家庭医生';
    const spWord = tw ? '專科醫生' : '专科医生';
    const cardText = gp ? `${esc(name)}${doc}　${gpWord}（GP）MBBS, FRACGP　${place}` : `${esc(name)}${doc}　${place}${esc(dept)}${spWord}`;
    const day = dayForm === 'cn' ? `${cnDay(page.date!)} ${CN_WEEK[weekday(page.date!)]}` : dayForm === 'dmy' ? `${dmy(page.date!, '/')} ${page.time}` : enDay(page.date!);
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: t(r.question) }));
    const href = (r: Related) => `/health/${itemNum(r)}`;
    const list = related.length
      ? `<div class="related-news"><h3>${t('相关新闻')}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? ` <small>${enDay(r.date)}</small>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="masthead">${mast ? `<span class="weather">${t('悉尼')} ${rng.int(9, 28)}°C ${dmy(today, '/')}</span>` : ''}<a class="logo" href="${base}/"><img src="${base}/images/logo.png" alt="${t('澳洲日报')}"></a><span class="lang"><a href="?lang=tw"${tw ? ' class="on"' : ''}>繁</a> | <a href="?lang=cn"${tw ? '' : ' class="on"'}>简</a></span></div>
<nav class="menu"><a href="${base}/news/">${t('澳洲新闻')}</a> <a href="${base}/china/">${t('中国新闻')}</a> <a href="${base}/health/">${t('健康')}</a> <a href="${base}/property/">${t('地产')}</a></nav>
<div class="article">
<h1>${prefixed ? t('医生信箱｜') : ''}${esc(question)}</h1>
<div class="meta">${day}　${t('来源：澳洲日报')}</div>
${headCard ? `<div class="doctor-box">${cardText}</div>\n` : ''}<div class="article-body">
<p><b>${t('读者问：')}</b>${esc(question)}${esc(t(rng.pick(ASKER_LINES)))}</p>
${paras(paragraphs)}
${headCard ? '' : `<p class="credit">（${cardText}）</p>\n`}<p class="note">${t('提示：看专科医生须先由家庭医生（GP）转介，方可获得Medicare报销。')}</p>
</div>
<div class="ad"><img src="${base}/ads/${token(rng, 8)}.jpg" alt=""><p>${t(rng.pick(['好市围全新公寓 首付10%', '车士活豪华联排别墅 火热认购中', '宝活学区房 即将交房']))} 0${rng.int(400, 499)} ${rng.int(100, 999)} ${rng.int(100, 999)}</p></div>
<div class="newsletter">${t('订阅电子报，每日新闻送到邮箱')} <input type="email" placeholder="Email"></div>
</div>
${list}
<footer>© ${today.slice(0, 4)} Australian Chinese Daily ${t('澳洲日报')} · Sydney NSW</footer>`;
    const html = documentOf(`${question} - ${t('澳洲日报')}`, canonical, '', body).replace('lang="zh-CN"', tw ? 'lang="zh-Hant-AU"' : 'lang="zh-Hans-AU"');
    const dayFirst = dayForm === 'dmy' ? [page.date!, ...(mast ? [today] : [])] : [];
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: gp ? { name, title: gpWord, department: null, hospital: place, hospital_grade: null } : { name, title: spWord, department: dept, hospital: place, hospital_grade: null },
        date: dayForm !== 'dmy' || certainOf(dayFirst)(page.date!) ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F4. greattree-yaoshi-qa ---

const GT_BRANCHES = ['台北民生', '新竹竹北', '台中文心', '台南永康', '高雄鳳山', '桃園中壢', '新北板橋'] as const;
const GT_TITLES = ['藥師', '資深藥師', '門市藥師'] as const;
const GT_GOODS = ['葉黃素膠囊', '益生菌粉包', '魚油軟膠囊', '維他命D3滴劑', '關節保健錠'] as const;
const rocDay = (iso: string) => `${num(iso, 0, 4) - 1911}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;

/**
 * F4. 大樹藥局's 藥師 Q&A, a Taiwanese pharmacy chain's health column (www.greattree.com.tw/health/qa/{id}, host, path and
 * layout guesses; whether the chain's pharmacists answer on pages of their own a guess), traditional: Big5 declared
 * `big5` (25%) or undeclared (10%: an old column archive), UTF-8 else; canonical on 45%: a `加入LINE好友` bar (none); `<h1>` the
 * question (keyed), after `Q：` on 40% (none); `發佈日期：` `2023/05/06` (45%), ROC `112/05/06` (30%) or `2023.05.06` (25%)
 * (keyed, ROC +1911); on 50% of UTF-8 pages JSON-LD Article with a later `datePublished` (a republished post: none) and the
 * chain as author; `A：` on 40% (none); the card: a head `撰文／{title} {name}（大樹藥局{branch}店）` (40%), a closing
 * `（本文由大樹藥局{branch}店{title}{name}解答）` (35%) or a box `{name} {title} 服務門市：大樹藥局{branch}店` (25%) (keyed: the
 * title as printed, the store the hospital, department null); product cards `NT$ 399` `加入購物車` and a 用藥 disclaimer (none);
 * `延伸閱讀` (snippet on 40%, else `[]`; `2023/05/06` days on 50% of pages, keyed).
 */
const greattreeYaoshiQa: Family = {
  name: 'greattree-yaoshi-qa',
  split: 'fresh-98',
  site: 'www.greattree.com.tw',
  render(page, rng): Rendered {
    const base = 'https://www.greattree.com.tw';
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const canonical = rng.chance(0.45) ? `${base}/health/qa/${page.item.num}` : null;
    const enc = rng.weighted([['big5', 25], ['none', 10], ['utf-8', 65]] as const);
    const qPrefix = rng.chance(0.4);
    const dayForm = rng.weighted([['slash', 45], ['roc', 30], ['dot', 25]] as const);
    const ld = enc === 'utf-8' && rng.chance(0.5);
    const aLabel = rng.chance(0.4);
    const cardForm = rng.weighted([['head', 40], ['credit', 35], ['box', 25]] as const);
    const title = rng.pick([...GT_TITLES]);
    const store = `大樹藥局${rng.pick([...GT_BRANCHES])}店`;
    const snip = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const later = shift(page.date!, rng.int(30, 500));
    const day = dayForm === 'slash' ? page.date!.replace(/-/g, '/') : dayForm === 'roc' ? rocDay(page.date!) : page.date!.replace(/-/g, '.');
    const related = page.related.slice(0, 4).map((r) => ({ ...r, question: trad(r.question), snippet: trad(r.snippet) }));
    const href = (r: Related) => `/health/qa/${itemNum(r)}`;
    const list = related.length
      ? `<div class="extend-read"><h3>延伸閱讀</h3>${related.map((r) => `<div class="extend-item"><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p>${esc(r.snippet)}</p>` : ''}${datedList && r.date ? `<span class="date">${r.date.replace(/-/g, '/')}</span>` : ''}</div>`).join('\n')}</div>`
      : '';
    const card =
      cardForm === 'head'
        ? `<p class="author">撰文／${title} ${esc(name)}（${store}）</p>`
        : cardForm === 'box'
          ? `<div class="pharmacist-box"><b>${esc(name)}</b> ${title}<span>服務門市：${store}</span></div>`
          : '';
    const credit = cardForm === 'credit' ? `<p class="credit">（本文由${store}${title}${esc(name)}解答）</p>` : '';
    const goods = rng
      .shuffle([...GT_GOODS])
      .slice(0, 3)
      .map((g) => `<div class="product-card"><span class="p-name">${g}</span><span class="p-price">NT$ ${rng.int(199, 1599)}</span><a href="${base}/product/${token(rng, 6)}">加入購物車</a></div>`)
      .join('');
    const body = `<div class="line-bar"><a href="https://line.me/R/ti/p/@greattree">加入LINE好友 領取購物金</a></div>
<header><a href="${base}/"><img src="${base}/img/logo.png" alt="大樹藥局"></a> <a href="${base}/shop/">線上商城</a> <a href="${base}/store/">門市查詢</a> <a href="${base}/health/">健康專欄</a></header>
<div class="breadcrumb"><a href="${base}/">首頁</a> / <a href="${base}/health/">健康專欄</a> / <a href="${base}/health/qa/">藥師Q&amp;A</a></div>
<article class="qa">
<h1>${qPrefix ? 'Q：' : ''}${esc(question)}</h1>
<div class="post-date">發佈日期：${day}</div>
${card}<div class="qa-answer">
${aLabel ? '<p class="a-label">A：</p>\n' : ''}${paras(paragraphs)}
</div>
${credit}<p class="disclaimer">※本文僅供參考，用藥請諮詢醫師或藥師，切勿自行停藥或增減劑量。</p>
</article>
<div class="products"><h3>相關商品</h3>${goods}</div>
${list}
<footer>大樹醫藥股份有限公司 版權所有 客服專線：0800-${rng.int(100, 999)}-${rng.int(100, 999)}</footer>`;
    const ldJson = ld
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: question, datePublished: `${later}T10:00:00+08:00`, author: { '@type': 'Organization', name: '大樹藥局' } })}</script>\n`
      : '';
    const meta = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'none' ? '' : '<meta charset="utf-8">';
    const html = documentOf(`${question}｜大樹藥局 健康專欄`, canonical, ldJson, body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'big5'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: null, hospital: store, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), datedList),
      }),
    };
  },
};

// --- F5. yangtse-epaper-jiankang ---

const YZ_OTHER = ['夏季防溺水，这些知识要牢记', '南京地铁新线开通在即', '社区义诊进万家', '高温天气谨防中暑', '老年人防跌倒小贴士', '秦淮河畔灯会启幕', '暑期近视防控指南'] as const;
const YZ_REPORTERS = ['于丹丹', '蔡蕴琦', '张可', '王赟', '朱伟'] as const;

/**
 * F5. 扬子晚报's e-paper, a page of its 健康 section (epaper.yangtse.com/html/{yyyy-mm}/{dd}/content_{id}.htm, host and path as
 * remembered, Founder 数字报 markup from memory; the column's names and the reporters invented), simplified: GBK declared
 * `gb2312` (35%) or `gbk` (15%), UTF-8 else; canonical on 30%; unclosed `<P>` on 40%: the issue line `扬子晚报　2023年05月06日
 * 星期六　第A10版：健康` (keyed: the issue day), an `enpproperty` comment with the same `<date>` on 50%; the 引题 `健康热线`
 * / `专家门诊`; `<h1>` the question (55%) or a headline that asks nothing `{topic}别大意，专家来支招` (45%: the reader's
 * question under it is the page's question); the card as a 副题 `——本期专家：{hospital}{department}{title} {name}` (35%),
 * a body line `本期专家：{name}，{hospital}{department}{title}` (35%) or a closing `（{hospital}{department}{title}　{name}）`
 * (30%) (keyed whole); the reporter's byline `扬子晚报/紫牛新闻记者 … 通讯员 …` and lede (none); `读者{X}问：` (none);
 * `答：` inline before the first paragraph on 40% (none); `放大 缩小 默认`, `上一篇` / `下一篇` and the 本版标题导航 (the issue's
 * other headlines, no questions: none); no related list (`[]`).
 */
const yangtseEpaperJiankang: Family = {
  name: 'yangtse-epaper-jiankang',
  split: 'fresh-98',
  site: 'epaper.yangtse.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://epaper.yangtse.com';
    const ym = page.date!.slice(0, 7);
    const dd = page.date!.slice(8, 10);
    const canonical = rng.chance(0.3) ? `${base}/html/${ym}/${dd}/content_${page.item.num}.htm` : null;
    const enc = rng.weighted([['gb2312', 35], ['gbk', 15], ['utf-8', 50]] as const);
    const broken = rng.chance(0.4);
    const enp = rng.chance(0.5);
    const qHead = rng.chance(0.55);
    const cardForm = rng.weighted([['sub', 35], ['line', 35], ['tail', 30]] as const);
    const inlineA = rng.chance(0.4);
    const intro = rng.pick(['健康热线', '专家门诊', '健康问答']);
    const edition = `A${rng.int(8, 24)}`;
    const reporter = rng.pick([...YZ_REPORTERS]);
    const reader = `读者${rng.pick(['王', '孙', '周', '钱', '吴'])}${rng.pick(['女士', '先生', '大爷', '阿姨'])}问：`;
    const h1 = qHead ? page.question : `${topicWord(page)}别大意，专家来支招`;
    const doctorWhole = `${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const P = (s: string) => (broken ? `<P>${s}\n` : `<P>${s}</P>\n`);
    const answer = page.paragraphs.map((p, i) => P(`${inlineA && i === 0 ? '<B>答：</B>' : ''}${esc(p)}`)).join('');
    const others = rng.shuffle([...YZ_OTHER]).slice(0, rng.int(3, 5));
    const nav = others.map((o) => `<li><a href="content_${rng.int(100000, 999999)}.htm">${o}</a></li>`).join('');
    const props = enp
      ? `<!--enpproperty <articleid>${page.item.num}</articleid><date>${page.date}</date><author>${reporter}</author><title>${esc(h1)}</title><introtitle>${intro}</introtitle><siteid>2</siteid><nodeid>${rng.int(1000, 9999)}</nodeid><nodename>${edition}健康</nodename>/enpproperty-->\n`
      : '';
    const body = `${props}<table width="1000" align="center" cellpadding="0" cellspacing="0" class="head"><tr><td><img src="../../../images/logo.gif" alt="扬子晚报"></td><td class="date">扬子晚报　${cnDayPadded(page.date!)}　${CN_WEEK[weekday(page.date!)]}　第${edition}版：健康</td></tr></table>
<table width="1000" align="center" class="main"><tr><td width="300" valign="top" class="left">
<div class="bmdh"><b>版面导航</b> <a href="node_1.htm">A1：要闻</a> <a href="node_2.htm">A2：时事</a> <a href="node_${rng.int(8, 24)}.htm">${edition}：健康</a></div>
<div class="btdh"><b>本版标题导航</b><ul>${nav}<li><a href="#">${esc(h1)}</a></li></ul></div>
</td><td valign="top" class="right">
<div class="tools">放大　缩小　默认</div>
<founder-content>
<h3 class="yt">${intro}</h3>
<h1 class="zt">${esc(h1)}</h1>
${cardForm === 'sub' ? `<h2 class="ft">——本期专家：${doctorWhole} ${esc(d.name!)}</h2>\n` : ''}${P(`扬子晚报/紫牛新闻记者 ${reporter} 通讯员 ${rng.pick(['苏卫宣', '宁卫', '鼓楼宣'])}`)}${P(`${rng.pick(['天气转换之际，不少读者来电咨询相关问题。', '近日，本报健康热线接到不少读者来电。', '本期我们请来专家，为读者答疑解惑。'])}`)}${cardForm === 'line' ? P(`本期专家：${esc(d.name!)}，${doctorWhole}`) : ''}${P(`<B>${reader}</B>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}`)}${answer}${cardForm === 'tail' ? P(`（${doctorWhole}　${esc(d.name!)}）`) : ''}</founder-content>
<div class="pn"><a href="content_${rng.int(100000, 999999)}.htm">上一篇：${others[0]}</a>　<a href="content_${rng.int(100000, 999999)}.htm">下一篇：${others[1]}</a></div>
<div class="btn"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</td></tr></table>
<div class="foot">扬子晚报 版权所有 未经书面授权 不得复制或建立镜像</div>`;
    const meta =
      enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`扬子晚报数字报-${h1}`, canonical, '', body, meta);
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

// --- F6. picchealth-wenzhen-share ---

const PICC_PROMOS = ['好医保·住院医疗 最高600万保额', '少儿重疾险 限时优惠', '惠民保 一年只需59元'] as const;

/**
 * F6. 人保健康's app, a share page of a 图文问诊 record (m.picchealth.com/h5/consult/share?id={id}, host, path and layout
 * guesses; that the insurer's app runs doctor consults from memory, the wording invented), uni-app H5 with `data-v-`
 * attributes, simplified, UTF-8, canonical on 20%: `图文问诊记录` (50%, format text) or `问诊记录` as the bar's title; a header
 * `问诊时间：2023-05-06 14:20` (60%) or `2023年05月06日 14:20` (keyed: the answer's day) and `服务单号：PH{yyyymmddhhmmss}{n}`
 * (none); the doctor card `{name} {title}` over `{hospital} {department}` (keyed whole); a `健康管家` greeting (none) and on 50%
 * an `智能预问诊小结（AI生成）` card (none); the patient's bubbles: the question (keyed) and a second line (none), the first
 * stamped `05-06 14:20`; the doctor's bubbles stamped `05-06 14:2x` (month-day only): the answer one paragraph a bubble, or
 * on 25% a voice bubble `语音 42″` with its `转文字` text under it (format voice); `本次问诊已结束`, a `服务评价` row, an insurance
 * promo `立即投保` (none); a `<script>` state blob with the ask time and a later `endTime` (none); `其他用户还问了` (snippet on
 * 50%, else `[]`; undated).
 */
const picchealthWenzhenShare: Family = {
  name: 'picchealth-wenzhen-share',
  split: 'fresh-98',
  site: 'm.picchealth.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.picchealth.com';
    const canonical = rng.chance(0.2) ? `${base}/h5/consult/share?id=${page.item.num}` : null;
    const v = `data-v-${token(rng, 8)}`;
    const textTitle = rng.chance(0.5);
    const isoHead = rng.chance(0.6);
    const ai = rng.chance(0.5);
    const voice = rng.chance(0.25);
    const snip = rng.chance(0.5);
    const h = rng.int(8, 21);
    const m0 = rng.int(0, 40);
    const askTime = `${two(h)}:${two(m0)}`;
    const md = page.date!.slice(5);
    const stamp = (k: number) => `${md} ${two(h)}:${two(m0 + k)}`;
    const orderNo = `PH${page.date!.replace(/-/g, '')}${two(h)}${two(m0)}${two(rng.int(0, 59))}${rng.int(1000, 9999)}`;
    const head = `问诊时间：${isoHead ? page.date : cnDayPadded(page.date!)} ${askTime}`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/h5/consult/share?id=${itemNum(r)}`;
    const list = related.length
      ? `<div ${v} class="more"><div ${v} class="more-title">其他用户还问了</div>${related.map((r) => `<a ${v} class="more-item" href="${href(r)}"><p ${v} class="q">${esc(r.question)}</p>${snip ? `<p ${v} class="a">${esc(r.snippet)}</p>` : ''}</a>`).join('\n')}</div>`
      : '';
    const docBubbles = voice
      ? `<div ${v} class="msg doctor"><span ${v} class="stamp">${stamp(rng.int(2, 9))}</span><div ${v} class="bubble voice"><i ${v} class="icon-voice"></i>语音 ${rng.int(20, 59)}″</div><div ${v} class="trans"><p ${v} class="trans-hd">转文字</p>${paras(page.paragraphs, ` ${v}`)}</div></div>`
      : page.paragraphs.map((p, i) => `<div ${v} class="msg doctor">${i === 0 ? `<span ${v} class="stamp">${stamp(rng.int(2, 9))}</span>` : ''}<div ${v} class="bubble"><p ${v}>${esc(p)}</p></div></div>`).join('\n');
    const state = { consultId: page.item.num, createTime: Date.parse(`${page.date}T${askTime}:00+08:00`), endTime: Date.parse(`${shift(page.date!, 1)}T${askTime}:00+08:00`), status: 'FINISHED', type: voice ? 'VOICE' : 'IMAGE_TEXT' };
    const body = `<uni-app><uni-page data-page="pages/consult/share"><uni-page-head><div class="uni-page-head"><div class="uni-page-head-bd"><div class="uni-page-head__title">${textTitle ? '图文问诊记录' : '问诊记录'}</div></div></div></uni-page-head>
<uni-page-wrapper><uni-page-body><div ${v} class="consult">
<div ${v} class="order"><p ${v}>${head}</p><p ${v}>服务单号：${orderNo}</p></div>
<div ${v} class="doc-card"><img ${v} src="https://img.picchealth.com/doctor/${token(rng, 12)}.png"><div ${v}><p ${v} class="dn">${esc(d.name!)} <span ${v} class="dt">${d.title}</span></p><p ${v} class="dh">${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>
<div ${v} class="msg system"><div ${v} class="bubble">您好，我是您的专属健康管家小保，已为您匹配${esc(d.department!)}医生，请耐心等待医生回复。</div></div>
${ai ? `<div ${v} class="ai-card"><p ${v} class="ai-hd">智能预问诊小结（AI生成）</p><p ${v}>主诉：${esc(rng.pick(ASKER_LINES))}</p><p ${v}>既往史：否认</p></div>\n` : ''}<div ${v} class="msg patient"><span ${v} class="stamp">${md} ${askTime}</span><div ${v} class="bubble">${esc(page.question)}</div></div>
<div ${v} class="msg patient"><div ${v} class="bubble">${esc(rng.pick(ASKER_LINES))}</div></div>
${docBubbles}
<div ${v} class="msg tip">本次问诊已结束</div>
<div ${v} class="rate">服务评价 <span ${v}>★★★★★</span></div>
<div ${v} class="promo"><p ${v}>${rng.pick([...PICC_PROMOS])}</p><a ${v} href="${base}/h5/product/${token(rng, 6)}">立即投保</a></div>
${list}
<div ${v} class="foot">中国人民健康保险股份有限公司 · 问诊内容仅供参考，不作为诊断依据</div>
</div></uni-page-body></uni-page-wrapper></uni-page></uni-app>
<script>window.__CONSULT__=${JSON.stringify(state)};</script>`;
    const html = documentOf(`${textTitle ? '图文问诊记录' : '问诊记录'}-人保健康`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : textTitle ? 'text' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), false),
      }),
    };
  },
};

export const FRESH98_FAMILIES: readonly Family[] = [jnocnewsJiankangWenda, nanmeiqiaobaoYishengJieda, auschinesedailyYishengXinxiang, greattreeYaoshiQa, yangtseEpaperJiankang, picchealthWenzhenShare];
