import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, cutAnswer, documentOf, itemNum, itemsOf, shift, token, topicWord, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-seventh fresh held-out set (split `fresh-97`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-second set**: six Chinese-language
 * sites (or a section of one) where health questions are answered on pages of their own, none of them modelled or named
 * by an earlier split (醫管局 / 医管局 / 醫院管理局 / 医院管理局 / Hospital Authority / ha.org.hk / 智友站 / smartpatient /
 * smart patient, 金凤凰 / 金鳳凰 / 金凤凰中文报 / golden phoenix / mmgp / 缅甸 / 緬甸 / myanmar / burm / 仰光 / yangon /
 * 曼德勒, 河南省人民医院 / 河南省人民醫院 / 河南省人民 / hnsrmyy, 同仁堂 / tongrentang / tong ren tang, 信報 / 信报 / 信報財經 /
 * hkej / economic journal, 龙源 / 龍源 / longyuan / qikan.com / 期刊网 / 大众健康 / 大眾健康 / 第9期 each grepped,
 * case-insensitive, fixed strings, in README.md and families*.ts: no hit but 信報's in the rows and headers of fresh-93 to
 * fresh-96 naming it as left for later; `henan` hits only inside fresh-80's `henan.dahe.cn` (大河网, another site), `qikan`
 * only as a `/qikan/` path on fresh-43's magazine site (not the host), `trt` only inside `strtotime`; 万宁 / 萬寧 /
 * mannings, 澳洲日报, 晴報 / am730 named only as left for later and left for later again (萬寧 would be a second 屈臣氏);
 * 欧洲时报, 大公, 文匯, 泰康, 叮当 / ddky, 知乎, 薄荷 / boohee, 12320, 疾控, 健康时报, 鏡湖, 明報, 侨报, 澳門日報, 贴吧, 豆瓣,
 * 京东, 爱康, 美年, 快手, 微博, 头条, 百家号, 西瓜视频, 养生堂, 湘雅, 齐鲁, 华山, 大参林, 益丰, 一心堂, 海王星辰, 老百姓大药房,
 * 太平洋, 校医院, 祝您健康, 家庭医学 have hits and were left alone), each of a kind the table had few of: a public hospital
 * authority's patient-empowerment portal where nurses, therapists and doctors answer (traditional, HK ranks, a video on
 * some), a Burmese Chinese daily on WordPress (a masthead day in Burmese digits, the post day's Burmese rendering beside it
 * on some, `<time datetime>` and Yoast JSON-LD in UTC that fall on the day before on early posts, Yangon hospitals), a
 * provincial hospital's old 在线咨询 (label cells, GBK declared `gb2312` / `gbk` or undeclared, unclosed cells, an earlier
 * `咨询时间`, a `（3天前）` beside the reply day, a 追问 row left unanswered), a traditional pharmacy chain's 名医问答 H5
 * share page (a 医馆 doctor or a store's 坐堂医师, voice answers, a 药师's 提示, goods cards, `__INITIAL_STATE__` that
 * disagrees), a Hong Kong financial daily's health column (a column headline that is no question on some, an author box,
 * a paywall that cuts the answer, JSON-LD with a later `dateModified`), and a periodicals aggregator's reading page of a
 * health magazine's 专家答疑 (GBK declared `gb2312`, an issue line with no day, an 作者单位 footnote, a hidden watermark
 * paragraph, the issue's 本期目录 beside a 相关文章 list).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering person's: the asker's words (`读者…问：`, `咨询内容`, `病情描述`,
 *   `讀者來信：`), another person's note (同仁堂's `药师提示`: fresh-89's convention), a 追问 row (its `暂无回复`), ads,
 *   hotlines, disclaimers, watermarks, goods cards, none of it; labels (`答：`, `回复内容：`, `转文字：`) none;
 * - **the question as the page asks it**: the `<h1>` / `咨询标题` / the ask card (the `問：` and `{column}：` prefixes none);
 *   **where 信報's or 龙源's headline is a column title and no question (`{topic}知多少`, `专家答疑`), the reader's question
 *   printed under it** (`讀者問：` / `读者…问：`) is the page's question;
 * - **the date the answer's day**: 智友站's `發佈日期` (its later `最後更新日期` none; a two-way day-first `06-05-2023` keyed
 *   only where it cannot be read month-first or the other printed day-first day shows the order: fresh-67's convention as
 *   fresh-87 changed it); 金凤凰's visible post day (`May 6, 2023` month first, `2023年5月6日` or ISO; its Burmese rendering
 *   the same day; the masthead's Burmese today none; the `<time datetime>` and JSON-LD `datePublished` in UTC, the day before
 *   on early posts, none: fresh-96's `pubDate` convention); 河南's `回复时间` (the earlier `咨询时间` none; the `（3天前）`
 *   beside it agrees); 同仁堂's visible `回答于` day (the state blob's earlier `askTime` none); 信報's issue day (JSON-LD's
 *   later `dateModified` none); **龙源's page prints no whole day: null** (`2023年第9期` and `出版日期：2023年9月` a month
 *   only: fresh-94's 振興 issue-line convention);
 * - **the card** as printed: 智友站's rank as the title (`顧問護師`, `物理治療師`, `副顧問醫生` …), the HA hospital, the
 *   department in traditional; 金凤凰's `{department}专科医生` title (fresh-93's convention), the Yangon hospital's Chinese
 *   name (the Burmese name `U Kyaw Win` / `Dr. …` and the post-nominals `M.B.,B.S.` none); **河南's hospital the site's
 *   `河南省人民医院`** (the card prints none; the header's second name `郑州大学人民医院` none: fresh-82); 同仁堂's 医馆 as
 *   the hospital, or **a 坐堂医师's store `北京同仁堂{branch}` as printed, department null** (fresh-83's shop, as fresh-94's
 *   屈臣氏 branch; the state blob's 医馆 none); 信報's `{department}專科醫生` title with hospital null (no hospital printed;
 *   the paper is none: fresh-95's convention) or `{hospital}{department}顧問醫生` as printed; 龙源's `□ {hospital}{department}
 *   {title} {name}` head, or `作者：{name}` with the `（作者单位：{hospital}{department}）` footnote (title null); the grade
 *   null on every family;
 * - **format** video on 智友站's pages with a `<video>` (fresh-58), voice on 同仁堂's voice answers (an `<audio>` bubble with
 *   its 转文字), text where 同仁堂's page labels it `图文问诊`, unknown otherwise and on the other families;
 * - items: the related list of other questions, the snippet where printed (智友站's and 同仁堂's on about half the pages;
 *   else link-only `[]`), dated only where the whole day is printed (智友站's ISO days, 金凤凰's ISO days, 河南's unpadded days
 *   and 信報's `2023年5月6日` on half the pages; 同仁堂's `1.2万人看过` and 龙源's list print none); **龙源's 本期目录 (the
 *   issue's other articles, headings and no questions) none: only its 相关文章 list is keyed**; links as written unless the
 *   page names its address.
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const cnDay = (iso: string) => `${num(iso, 0, 4)}年${num(iso, 5, 7)}月${num(iso, 8, 10)}日`;
const cnDayPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const dmy = (iso: string, sep: string) => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
const unpaddedDay = (iso: string, sep: string) => `${num(iso, 0, 4)}${sep}${num(iso, 5, 7)}${sep}${num(iso, 8, 10)}`;
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

// --- F1. ha-zhiyouzhan-wenda ---

const HA_HOSPITALS = ['瑪麗醫院', '伊利沙伯醫院', '威爾斯親王醫院', '屯門醫院', '東區尤德夫人那打素醫院', '明愛醫院', '基督教聯合醫院', '廣華醫院'] as const;
const HA_RANKS = ['顧問護師', '資深護師', '註冊護士', '病房經理', '物理治療師', '職業治療師', '副顧問醫生', '顧問醫生'] as const;

/**
 * F1. 醫院管理局's patient-empowerment portal 智友站, a 問與答 page (www.smartpatient.ha.org.hk/tc/qa/{id}, host as
 * remembered, the path a guess; that nurses, therapists and doctors answer under their HA ranks from memory, the layout a
 * guess), traditional, UTF-8, canonical on 50%: a language bar `繁 | 简 | EN` and an `A A A` font-size bar (none); the
 * breadcrumb `主頁 › 疾病資訊 › 問與答`; `<h1>` the question (keyed), after `問：` on 30% (none); `發佈日期：` the day as
 * `2023年5月6日` (35%), day-first `06-05-2023` (40%) or `2023-05-06` (25%) (keyed, the day-first one by fresh-67's
 * convention), a later `最後更新日期：` in the same form on 40% (none); the card as a `<dl>` (`解答：{name} {rank}` /
 * `單位：{hospital}{department}`), a head line `{rank}{name}（{hospital}{department}）` or a closing
 * `（資料提供：{hospital}{department}{rank}{name}）` (keyed as printed: the rank the title); `答：` on 40% (none); a `<video>`
 * `觀看短片` on 35% (format video); a share bar, a `如情況緊急，請致電999` line and a disclaimer (none); `相關問答` (snippet on
 * 50%, else `[]`; ISO days on 50% of pages, keyed).
 */
const haZhiyouzhanWenda: Family = {
  name: 'ha-zhiyouzhan-wenda',
  split: 'fresh-97',
  site: 'www.smartpatient.ha.org.hk',
  render(page, rng): Rendered {
    const base = 'https://www.smartpatient.ha.org.hk';
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const canonical = rng.chance(0.5) ? `${base}/tc/qa/${page.item.num}` : null;
    const prefixed = rng.chance(0.3);
    const dayForm = rng.weighted([['cn', 35], ['dmy', 40], ['iso', 25]] as const);
    const updated = rng.chance(0.4);
    const cardForm = rng.weighted([['dl', 4], ['head', 3], ['credit', 3]] as const);
    const hospital = rng.pick([...HA_HOSPITALS]);
    const rank = rng.pick([...HA_RANKS]);
    const label = rng.chance(0.4);
    const video = rng.chance(0.35);
    const snip = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const later = shift(page.date!, rng.int(20, 400));
    const fmt = (iso: string) => (dayForm === 'cn' ? cnDay(iso) : dayForm === 'dmy' ? dmy(iso, '-') : iso);
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question), snippet: trad(r.snippet) }));
    const href = (r: Related) => `/tc/qa/${itemNum(r)}`;
    const list = related.length
      ? `<section class="related-qa"><h2 class="section-title">相關問答</h2><div class="row">${related.map((r) => `<div class="col-md-6 qa-item"><a class="qa-link" href="${href(r)}">${esc(r.question)}</a>${snip ? `<p class="qa-excerpt">${esc(r.snippet)}</p>` : ''}${datedList && r.date ? `<span class="qa-date">${r.date}</span>` : ''}</div>`).join('\n')}</div></section>`
      : '';
    const card =
      cardForm === 'dl'
        ? `<dl class="qa-answerer"><dt>解答：</dt><dd>${esc(name)} ${rank}</dd><dt>單位：</dt><dd>${hospital}${esc(dept)}</dd></dl>`
        : cardForm === 'head'
          ? `<p class="qa-answerer">${rank}${esc(name)}（${hospital}${esc(dept)}）</p>`
          : '';
    const credit = cardForm === 'credit' ? `<p class="qa-source">（資料提供：${hospital}${esc(dept)}${rank}${esc(name)}）</p>` : '';
    const player = video
      ? `<div class="qa-video"><p class="video-title">觀看短片</p><video controls preload="none" poster="${base}/media/${token(rng, 12)}.jpg"><source src="${base}/media/video/${token(rng, 16)}.mp4" type="video/mp4">你的瀏覽器不支援影片播放。</video></div>`
      : '';
    const body = `<header class="site-header"><div class="container"><a class="logo" href="${base}/tc/"><img src="${base}/images/logo_ha_sp.png" alt="醫院管理局 智友站"></a>
<div class="lang-bar"><a href="/tc/" class="active">繁</a> | <a href="/sc/">简</a> | <a href="/en/">EN</a></div><div class="font-bar"><a class="fs-s">A</a> <a class="fs-m">A</a> <a class="fs-l">A</a></div></div>
<nav class="main-nav"><a href="${base}/tc/">主頁</a><a href="${base}/tc/disease/">疾病資訊</a><a href="${base}/tc/self-management/">自我管理</a><a href="${base}/tc/community/">社區資源</a><a href="${base}/tc/qa/">問與答</a></nav></header>
<main class="container">
<ol class="breadcrumb"><li><a href="${base}/tc/">主頁</a></li><li><a href="${base}/tc/disease/">疾病資訊</a></li><li class="active">問與答</li></ol>
<article class="qa-detail">
<h1 class="qa-title">${prefixed ? '問：' : ''}${esc(question)}</h1>
<div class="qa-meta"><span class="publish">發佈日期：${fmt(page.date!)}</span>${updated ? ` <span class="update">最後更新日期：${fmt(later)}</span>` : ''}</div>
${card}
<div class="qa-body">
${label ? '<p class="qa-a-label"><strong>答：</strong></p>\n' : ''}${paras(paragraphs)}
</div>
${credit}${player}
<div class="share-bar">分享：<a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://api.whatsapp.com/send">WhatsApp</a> <a href="mailto:?subject=${encodeURIComponent('智友站')}">電郵</a> <a href="javascript:window.print()">列印</a></div>
<p class="emergency">如情況緊急，請致電999或前往就近的急症室求診。</p>
<p class="disclaimer">本網站提供的資料只供參考，不能取代醫護人員的專業意見。</p>
</article>
${list}
</main>
<footer class="site-footer"><p>© ${later.slice(0, 4)} 醫院管理局 版權所有</p><a href="${base}/tc/privacy/">私隱政策</a> <a href="${base}/tc/disclaimer/">免責聲明</a></footer>`;
    const html = documentOf(`${question} | 智友站`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-HK"');
    const dayFirst = dayForm === 'dmy' ? [page.date!, ...(updated ? [later] : [])] : [];
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: rank, department: dept, hospital, hospital_grade: null },
        date: dayForm !== 'dmy' || certainOf(dayFirst)(page.date!) ? page.date : null,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), datedList),
      }),
    };
  },
};

// --- F2. jinfenghuang-yiyao-guwen ---

const MM_DIGITS = '၀၁၂၃၄၅၆၇၈၉';
const mmNum = (s: string | number) => String(s).replace(/[0-9]/g, (c) => MM_DIGITS[Number(c)]!);
const MM_MONTHS = ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ'] as const;
const MM_WEEK = ['တနင်္ဂနွေ', 'တနင်္လာ', 'အင်္ဂါ', 'ဗုဒ္ဓဟူး', 'ကြာသပတေး', 'သောကြာ', 'စနေ'] as const;
/** ၂၀၂၃ ခုနှစ်၊ မေလ ၆ ရက် (the 6th of May 2023, in Burmese with Burmese digits). */
const mmDay = (iso: string) => `${mmNum(iso.slice(0, 4))} ခုနှစ်၊ ${MM_MONTHS[num(iso, 5, 7) - 1]}လ ${mmNum(num(iso, 8, 10))} ရက်`;
const MM_HOSPITALS = ['仰光总医院', '仰光中央妇产医院', '仰光儿童医院', '曼德勒总医院', '仰光亚洲皇家医院', '仰光本莱医院'] as const;
const MM_NAMES = ['U Kyaw Win', 'Daw Khin Myo Aye', 'U Aung Naing Oo', 'Daw Thida Win', 'U Zaw Min Htun', 'Daw Nilar Aye'] as const;
const MM_READERS = ['仰光', '曼德勒', '腊戍', '东枝', '密支那'] as const;

/**
 * F2. 金凤凰中文报 (Golden Phoenix, a Chinese daily of Myanmar), its 医药顾问 column on WordPress (www.mmgpmedia.com/{id}.html,
 * host and path guesses; the column's name, the Yangon hospitals' Chinese names and the doctors' Burmese names guessed or
 * invented), simplified, UTF-8, a Newspaper-theme layout (`td-` classes), canonical on 55%: a masthead with the Burmese
 * today `၂၀၂၃ ခုနှစ်၊ မေလ ၈ ရက်` and its weekday, 1–5 days later (none); `<h1 class="entry-title">` the question (keyed),
 * after `【医药顾问】` on 40% (none); the post day `<time class="entry-date" datetime="…+00:00">` visible as `May 6, 2023`
 * (30%), `2023年5月6日` (40%) or `2023-05-06` (30%) (keyed), the `datetime` and Yoast JSON-LD `datePublished` in UTC (on
 * 30% an early post, 00:10–05:59 Yangon time, the UTC day the day before: none), the Burmese rendering of the day beside
 * it on 40% (the same day); `{city}读者{X}问：` (none); the card at the head `解答医生：{name}（Dr. {Burmese}）　
 * {department}专科医生　{hospital}` (45%) or a closing `（{hospital}{department}专科医生　{name}医生{（Burmese）}{, M.B.,B.S.,
 * M.Med.Sc.}）` (the Burmese name on 50%, the post-nominals on 40%: none); `答：` on 40% (none); a clinic ad with a Viber
 * number, a Facebook comments box (none); `相关文章` (link-only `[]`; ISO days on 50% of pages, keyed).
 */
const jinfenghuangYiyaoGuwen: Family = {
  name: 'jinfenghuang-yiyao-guwen',
  split: 'fresh-97',
  site: 'www.mmgpmedia.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.mmgpmedia.com';
    const canonical = rng.chance(0.55) ? `${base}/${page.item.num}.html` : null;
    const tagged = rng.chance(0.4);
    const dayForm = rng.weighted([['en', 3], ['cn', 4], ['iso', 3]] as const);
    const early = rng.chance(0.3);
    const mmBeside = rng.chance(0.4);
    const headCard = rng.chance(0.45);
    const hospital = rng.pick([...MM_HOSPITALS]);
    const mmName = rng.pick([...MM_NAMES]);
    const nameBeside = rng.chance(0.5);
    const postNominals = rng.chance(0.4);
    const label = rng.chance(0.4);
    const datedList = rng.chance(0.5);
    const reader = `${rng.pick([...MM_READERS])}读者${rng.pick(['李', '杨', '尹', '段', '张'])}${rng.pick(['先生', '女士'])}问：`;
    const today = shift(page.date!, rng.int(1, 5));
    const time = early ? `${two(rng.int(0, 5))}:${two(rng.int(10, 59))}` : page.time;
    const utc = new Date(Date.parse(`${page.date}T${time}:00+06:30`)).toISOString().replace(/\.000Z$/, '+00:00');
    const visible = dayForm === 'en' ? `${EN_MONTHS[num(page.date!, 5, 7) - 1]} ${num(page.date!, 8, 10)}, ${page.date!.slice(0, 4)}` : dayForm === 'cn' ? cnDay(page.date!) : page.date!;
    const h1 = tagged ? `【医药顾问】${page.question}` : page.question;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${canonical ? base : ''}/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="td_block_related_posts"><h4 class="td-related-title"><span>相关文章</span></h4><div class="td-related-row">${related.map((r) => `<div class="td-related-span4"><div class="td-module-thumb"><a href="${href(r)}"><img src="${base}/wp-content/uploads/${token(rng, 10)}.jpg" alt=""></a></div><h3 class="entry-title td-module-title"><a href="${href(r)}" rel="bookmark">${esc(r.question)}</a></h3>${datedList && r.date ? `<time class="entry-date">${r.date}</time>` : ''}</div>`).join('\n')}</div></div>`
      : '';
    const cardHead = `<p class="doctor"><strong>解答医生：</strong>${esc(d.name!)}（Dr. ${mmName}）　${esc(d.department!)}专科医生　${hospital}</p>`;
    const cardTail = `<p class="doctor-tail">（${hospital}${esc(d.department!)}专科医生　${esc(d.name!)}医生${nameBeside ? `（${mmName}）` : ''}${postNominals ? ', M.B.,B.S., M.Med.Sc.' : ''}）</p>`;
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': `${base}/${page.item.num}.html`, name: `${h1} - 金凤凰中文报`, datePublished: utc, dateModified: utc },
        { '@type': 'Article', headline: h1, datePublished: utc, author: { '@type': 'Person', name: 'mmgp编辑部' } },
      ],
    };
    const body = `<div class="td-header-top-menu"><span class="td_data_time">${MM_WEEK[weekday(today)]}၊ ${mmDay(today)}</span> <a href="${base}/contact">联系我们</a> <a href="${base}/subscribe">订阅报纸</a></div>
<div class="td-header-menu-wrap"><a class="td-main-logo" href="${base}/"><img src="${base}/wp-content/uploads/logo-gp.png" alt="金凤凰中文报"></a>
<ul class="sf-menu"><li><a href="${base}/category/news">缅甸新闻</a></li><li><a href="${base}/category/huaren">华社动态</a></li><li><a href="${base}/category/health">医药顾问</a></li><li><a href="${base}/category/china">中国新闻</a></li></ul></div>
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="${base}/category/health">医药顾问</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${esc(h1)}</h1>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="${utc}">${visible}</time></span>${mmBeside ? ` <span class="mm-date">${mmDay(page.date!)}</span>` : ''} <span class="td-post-views">${rng.int(120, 9000)}</span></div></header></div>
<div class="td-post-content tagdiv-type">
${headCard ? `${cardHead}\n` : ''}<p><strong>${reader}</strong>${esc(page.question)} ${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><strong>答：</strong></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `${cardTail}\n`}</div>
<div class="td-a-rec td-a-rec-id-content_bottom"><img src="${base}/wp-content/uploads/ad-${token(rng, 6)}.jpg" alt=""><p>${rng.pick(['仰光华人医疗中心', '德贤诊所', '中缅友谊牙科'])} 华语服务 Viber: 09-${rng.int(400000000, 799999999)}</p></div>
<div class="fb-comments" data-href="${base}/${page.item.num}.html" data-width="100%" data-numposts="5"></div>
${list}
<div class="td-footer-wrapper">© 金凤凰中文报 Golden Phoenix · 仰光</div>`;
    const html = documentOf(`${h1} - 金凤凰中文报`, canonical, `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(ld)}</script>\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F3. hnsrmyy-zaixian-zixun ---

const HN = '河南省人民医院';
const HN_PLACES = ['郑州', '洛阳', '新乡', '南阳', '开封', '周口', '信阳'] as const;

/**
 * F3. 河南省人民医院's old 在线咨询 (www.hnsrmyy.net/zxzx/show.asp?id={id}, host as remembered, the path and the layout
 * guesses; the hotline number invented), simplified, a bordered table of label cells: GBK bytes declared `gb2312` (30%),
 * `gbk` (25%) or undeclared (15%), UTF-8 else; unclosed `<td>` / `<tr>` on 40%; canonical on 25%: a header `河南省人民医院`
 * with a second name `郑州大学人民医院` on 40% (none); `咨询标题：` the question (keyed); `咨询人：{city}网友 …岁` (none);
 * `咨询时间：` 0–3 days before the reply (none); `咨询内容：` (none); `回复医生：{name}（{title}）` in one cell (50%) or
 * `{name}` and a `职　　称：` row; `所在科室：` (keyed; the hospital the site's: fresh-82); the doctor's rows before or after
 * the answer; `回复时间：` `2023-05-06 14:22:31`, `2023-5-6 14:22:31` or `2023/5/6 14:22` (keyed), `（3天前）` beside it on 30%;
 * `回复内容：` the answer as `<p>`s or parted by `<br><br>`; a 追问 row with `医生回复：暂无回复` on 35% (none); a 浏览次数, a
 * hotline and a disclaimer (none); `相关咨询` rows (link-only `[]`, the department beside; unpadded days on 50% of pages, keyed).
 */
const hnsrmyyZaixianZixun: Family = {
  name: 'hnsrmyy-zaixian-zixun',
  split: 'fresh-97',
  site: 'www.hnsrmyy.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.hnsrmyy.net';
    const canonical = rng.chance(0.25) ? `${base}/zxzx/show.asp?id=${page.item.num}` : null;
    const enc = rng.weighted([['gb2312', 30], ['gbk', 25], ['none', 15], ['utf-8', 30]] as const);
    const broken = rng.chance(0.4);
    const secondName = rng.chance(0.4);
    const oneCell = rng.chance(0.5);
    const doctorFirst = rng.chance(0.5);
    const dayForm = rng.weighted([['padded', 4], ['unpadded', 3], ['slash', 3]] as const);
    const relative = rng.chance(0.3);
    const brs = rng.chance(0.5);
    const followUp = rng.chance(0.35);
    const datedList = rng.chance(0.5);
    const place = rng.pick([...HN_PLACES]);
    const askDay = shift(page.date!, -rng.int(0, 3));
    const sec = two(rng.int(0, 59));
    const fmt = (iso: string, time: string) =>
      dayForm === 'padded' ? `${iso} ${time}:${sec}` : dayForm === 'unpadded' ? `${unpaddedDay(iso, '-')} ${time}:${sec}` : `${unpaddedDay(iso, '/')} ${time}`;
    const td = (s: string, attr = '') => (broken ? `<td${attr}>${s}\n` : `<td${attr}>${s}</td>\n`);
    const tr = (cells: string) => (broken ? `<tr>${cells}` : `<tr>${cells}</tr>\n`);
    const row = (labelText: string, value: string) => tr(`${td(labelText, ' class="zx_l" width="90" align="right" bgcolor="#f2f7fb"')}${td(value, ' class="zx_r"')}`);
    const answer = brs ? page.paragraphs.map(esc).join('<br><br>\n') : paras(page.paragraphs);
    const doctorRows = `${row('回复医生：', `<font color="#0066cc"><b>${esc(d.name!)}</b></font>${oneCell ? `（${d.title}）` : ''}`)}${oneCell ? '' : row('职　　称：', d.title!)}${row('所在科室：', esc(d.department!))}`;
    const answerRows = `${row('回复时间：', `${fmt(page.date!, page.time)}${relative ? `<font color="#999999">（${rng.int(1, 9)}天前）</font>` : ''}`)}${row('回复内容：', answer)}`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="xgzx" width="760" border="0" cellspacing="0" cellpadding="4">\n${tr(td('<b>相关咨询</b>', ' colspan="3" class="xgzx_t"'))}${related.map((r) => tr(`${td(`· <a href="${href(r)}" target="_blank">${esc(r.question)}</a>`)}${td(`[${esc(d.department!)}]`)}${td(datedList && r.date ? unpaddedDay(r.date, '-') : '')}`)).join('')}</table>`
      : '';
    const body = `<table width="980" align="center" border="0" cellspacing="0" cellpadding="0" class="top">
${tr(td(`<a href="${base}/"><img src="${base}/images/logo.gif" border="0" alt="${HN}"></a> <font size="4"><b>${HN}</b></font>${secondName ? ' <font size="2">郑州大学人民医院　河南省立医院</font>' : ''}`))}${tr(td(`<a href="${base}/">网站首页</a> | <a href="${base}/yyjj/">医院简介</a> | <a href="${base}/ksdh/">科室导航</a> | <a href="${base}/zjjs/">专家介绍</a> | <a href="${base}/zxzx/">在线咨询</a> | <a href="${base}/yygh/">预约挂号</a>`, ' class="nav" bgcolor="#0066cc"'))}</table>
<table width="980" align="center" border="0"><tr><td valign="top">
<div class="weizhi">当前位置：<a href="${base}/">首页</a> &gt; <a href="${base}/zxzx/">在线咨询</a> &gt; 咨询详情</div>
<table class="zx" width="760" border="1" cellspacing="0" cellpadding="6" bordercolor="#cccccc" style="border-collapse:collapse">
${row('咨询标题：', `<b>${esc(page.question)}</b>`)}${row('咨询人：', `${place}网友　${rng.pick(['男', '女'])}　${rng.int(18, 70)}岁`)}${row('咨询时间：', fmt(askDay, `${two(rng.int(7, 22))}:${two(rng.int(0, 59))}`))}${row('咨询内容：', `${esc(rng.pick(ASKER_LINES))}${esc(rng.pick(ASKER_LINES))}`)}${doctorFirst ? doctorRows + answerRows : answerRows + doctorRows}${followUp ? `${row('患者追问：', esc(rng.pick(['请问需要复查吗？', '吃药期间需要忌口吗？', '谢谢医生，还想问一下多久能好？'])))}${row('医生回复：', '<font color="#999999">暂无回复</font>')}` : ''}</table>
<p class="tj">浏览次数：${rng.int(30, 3000)}　<a href="${base}/zxzx/add.asp">我要咨询</a></p>
<p class="sm"><font color="#999999">声明：网上咨询仅供参考，不能代替医生面诊。预约挂号请拨打 0371-${rng.int(60000000, 69999999)}。</font></p>
${list}
</td></tr></table>
<div class="foot">${HN} 版权所有　地址：郑州市纬五路7号　豫ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta =
      enc === 'gb2312'
        ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        : enc === 'gbk'
          ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
          : enc === 'none'
            ? ''
            : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_在线咨询_${HN}`, canonical, '', body, meta);
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: HN, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F4. tongrentang-mingyi-wenda ---

const TRT_HALLS = ['北京同仁堂中医医院', '北京同仁堂崇文门中医医院', '天津同仁堂中医医院', '上海同仁堂中医门诊部'] as const;
const TRT_STORES = ['北京同仁堂大栅栏店', '北京同仁堂王府井药店', '北京同仁堂前门药店', '北京同仁堂亚运村药店'] as const;
const TCM_TITLES = ['主任中医师', '副主任中医师', '主治中医师', '中医师'] as const;
const TCM_DEPTS = ['中医内科', '中医妇科', '针灸科', '中医儿科', '脾胃病科', '中医皮肤科'] as const;
const TRT_GOODS = ['安宫牛黄丸', '六味地黄丸', '乌鸡白凤丸', '逍遥丸', '加味保和丸'] as const;

/**
 * F4. 北京同仁堂's 名医问答, an H5 share page of its app (h5.tongrentang.com/qa/detail?id={id}, host, path and layout guesses;
 * whether the chain runs such a Q&A at all a guess: its 医馆 and the 坐堂医师 of its stores are real), Vue SSR with scoped
 * `data-v-` attributes, UTF-8, canonical on 25%: an app banner `打开同仁堂APP` (none); the ask card: `患者 女 35岁`, the
 * question as `<h1>` (50%) or as the card's first line (keyed), `病情描述：` (none); the card: a 医馆 doctor
 * `{name} {title}` over `{hall} · {department}` (60%), or a store's `{name}` `坐堂医师 · {title}` `出诊：{store}（每周…）`
 * (40%: the store as printed the hospital, department null); a `图文问诊` tag on 35% (format text); on 30% a voice bubble
 * (`<audio>`, `58″`) and `转文字：` over the answer (format voice; the tag then none); `回答于 2023-05-06 14:22` or
 * `2023年05月06日` (keyed), `3天前` beside it on 30%; the `同仁堂药师提示：` line on 40% (none); goods cards `加入购物车`
 * (none); `window.__INITIAL_STATE__` with the asking time (earlier, in ms) and the 医馆 for a store's doctor (none);
 * `更多名医问答` (snippet on 50%, else `[]`; `1.2万人看过`, undated).
 */
const tongrentangMingyiWenda: Family = {
  name: 'tongrentang-mingyi-wenda',
  split: 'fresh-97',
  site: 'h5.tongrentang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://h5.tongrentang.com';
    const canonical = rng.chance(0.25) ? `${base}/qa/detail?id=${page.item.num}` : null;
    const v = `data-v-${token(rng, 8)}`;
    const h1 = rng.chance(0.5);
    const store = rng.chance(0.4);
    const hall = rng.pick([...TRT_HALLS]);
    const shop = rng.pick([...TRT_STORES]);
    const title = rng.pick([...TCM_TITLES]);
    const dept = rng.pick([...TCM_DEPTS]);
    const voice = rng.chance(0.3);
    const tag = !voice && rng.chance(0.5);
    const padded = rng.chance(0.5);
    const relative = rng.chance(0.3);
    const pharmacist = rng.chance(0.4);
    const snip = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 4));
    const askMs = Date.parse(`${askDay}T${two(rng.int(7, 22))}:${two(rng.int(0, 59))}:00+08:00`);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/detail?id=${itemNum(r)}`;
    const list = related.length
      ? `<div ${v} class="more"><div ${v} class="more-hd">更多名医问答</div>${related.map((r) => `<a ${v} class="more-item" href="${href(r)}"><p ${v} class="more-q">${esc(r.question)}</p>${snip ? `<p ${v} class="more-a">${esc(r.snippet)}</p>` : ''}<span ${v} class="more-v">${(rng.int(11, 99) / 10).toFixed(1)}万人看过</span></a>`).join('\n')}</div>`
      : '';
    const card = store
      ? `<div ${v} class="doc"><img ${v} src="https://img.tongrentang.com/doc/${token(rng, 10)}.png" alt=""><div ${v} class="doc-info"><p ${v} class="doc-name">${esc(d.name!)}</p><p ${v} class="doc-title">坐堂医师 · ${title}</p><p ${v} class="doc-org">出诊：${shop}（每周${rng.pick(['一', '二', '三', '四', '五', '六'])}${rng.pick(['上午', '下午'])}）</p></div><span ${v} class="follow">+关注</span></div>`
      : `<div ${v} class="doc"><img ${v} src="https://img.tongrentang.com/doc/${token(rng, 10)}.png" alt=""><div ${v} class="doc-info"><p ${v} class="doc-name">${esc(d.name!)}<span ${v} class="doc-title">${title}</span></p><p ${v} class="doc-org">${hall} · ${dept}</p></div><span ${v} class="follow">+关注</span></div>`;
    const day = `${padded ? page.date : cnDayPadded(page.date!)} ${page.time}`;
    const state = {
      qa: { id: page.item.num, askTime: askMs, status: 2, doctor: { name: d.name, hospitalName: hall, deptName: store ? '名医馆' : dept }, answerType: voice ? 2 : 1 },
      user: { isLogin: false },
    };
    const body = `<div id="app"><div ${v} class="page-qa">
<div ${v} class="app-bar"><img ${v} src="https://img.tongrentang.com/logo.png" alt="同仁堂"><span ${v}>同仁堂 · 名医问答</span><a ${v} class="open-app" href="https://a.tongrentang.com/download">打开同仁堂APP</a></div>
<div ${v} class="ask">
${h1 ? `<h1 ${v} class="ask-q">${esc(page.question)}</h1>\n` : `<p ${v} class="ask-q">${esc(page.question)}</p>\n`}<p ${v} class="ask-user">患者 ${rng.pick(['女', '男'])} ${rng.int(18, 75)}岁</p>
<p ${v} class="ask-desc">病情描述：${esc(rng.pick(ASKER_LINES))}</p>
</div>
${card}
<div ${v} class="answer">${tag ? `<span ${v} class="type-tag">图文问诊</span>` : ''}
${voice ? `<div ${v} class="voice"><audio ${v} preload="none" src="https://media.tongrentang.com/qa/${token(rng, 16)}.mp3"></audio><i ${v} class="voice-icon"></i><span ${v}>${rng.int(20, 59)}″</span></div>\n<p ${v} class="trans-label">转文字：</p>\n` : ''}${paras(page.paragraphs, ` ${v} class="answer-p"`)}
<p ${v} class="answer-time">回答于 ${day}${relative ? `<span ${v} class="ago">（${rng.int(2, 9)}天前）</span>` : ''}</p>
</div>
${pharmacist ? `<div ${v} class="tip"><b ${v}>同仁堂药师提示：</b>${rng.pick(['中成药请在医生或药师指导下使用，孕妇慎用。', '服药期间忌食生冷油腻。', '如症状加重请及时线下就诊。'])}</div>\n` : ''}<div ${v} class="goods"><p ${v} class="goods-hd">相关商品</p>${rng.shuffle([...TRT_GOODS]).slice(0, 2).map((g) => `<div ${v} class="goods-item"><span ${v}>${g}</span><em ${v}>¥${rng.int(20, 980)}.00</em><a ${v} href="https://mall.tongrentang.com/item/${token(rng, 8)}">加入购物车</a></div>`).join('')}</div>
${list}
<div ${v} class="foot">中华老字号 同仁堂 始于1669 · 问答内容仅供参考</div>
</div></div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state)};</script>`;
    const html = documentOf(`${page.question}-同仁堂名医问答`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: store ? { name: d.name, title, department: null, hospital: shop, hospital_grade: null } : { name: d.name, title, department: dept, hospital: hall, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : tag ? 'text' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), false),
      }),
    };
  },
};

// --- F5. hkej-yisheng-zhuanlan ---

const HK_PRIVATE = ['養和醫院', '港安醫院', '聖德肋撒醫院', '嘉諾撒醫院', '寶血醫院'] as const;
const HKEJ_COLUMNS = ['醫生信箱', '健康解碼', '醫生話你知'] as const;

/**
 * F5. 信報財經新聞's health column, its web copy (www1.hkej.com/dailynews/health/article/{id}/{title}, host as remembered,
 * the path a guess; the columns' names and the Q&A form guessed), a Hong Kong financial daily, traditional, UTF-8,
 * canonical on 60%: the 信報 header and nav (none); `<h1>` the question (60%, after `{column}：` on half of those: none) or
 * a column headline `{topic}知多少` that asks nothing (40%: the reader's question printed under it after `讀者問：` is the
 * page's question); the issue day `2023年5月6日　星期六` (60%) or `2023-05-06` (40%) (keyed), JSON-LD NewsArticle with the
 * same `datePublished` and a later `dateModified` (none); the card an author box at the head (60%) `{name}醫生` over
 * `{department}專科醫生` (title 專科醫生, hospital null: fresh-95) or `{hospital}{department}顧問醫生` (45% of boxes, as
 * printed), or a closing `（{name}醫生｜{department}專科醫生）` (40%); `讀者來信：` (none) where the headline asks; on 35% of
 * boxed pages a paywall cuts the answer (`……`, keyed as shown: fresh-14's convention) and asks to subscribe (none); a share
 * bar (none); `相關文章` (link-only `[]`; `2023年5月6日` days on 50% of pages, keyed).
 */
const hkejYishengZhuanlan: Family = {
  name: 'hkej-yisheng-zhuanlan',
  split: 'fresh-97',
  site: 'www1.hkej.com',
  render(page, rng): Rendered {
    const base = 'https://www1.hkej.com';
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const canonical = rng.chance(0.6) ? `${base}/dailynews/health/article/${page.item.num}/${encodeURIComponent(question.replace(/[？?]$/u, ''))}` : null;
    const headline = rng.weighted([['q', 3], ['qcol', 3], ['topic', 4]] as const);
    const column = rng.pick([...HKEJ_COLUMNS]);
    const cnForm = rng.chance(0.6);
    const box = rng.chance(0.6);
    const hospBox = box && rng.chance(0.45);
    const hospital = rng.pick([...HK_PRIVATE]);
    const cut = box && rng.chance(0.35) ? cutAnswer(paragraphs, rng.int(60, 160), '……') : null;
    const shown = cut ?? paragraphs;
    const datedList = rng.chance(0.5);
    const later = shift(page.date!, rng.int(1, 30));
    const h1 = headline === 'q' ? question : headline === 'qcol' ? `${column}：${question}` : `${trad(topicWord(page))}知多少`;
    const day = cnForm ? `${cnDay(page.date!)}　${trad(CN_WEEK[weekday(page.date!)]!)}` : page.date!;
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/dailynews/health/article/${itemNum(r)}`;
    const list = related.length
      ? `<div class="hkej_toc_related"><h3>相關文章</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? ` <span class="date">${cnDay(r.date)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const authorBox = box
      ? `<div class="hkej_author_box"><img src="https://static.hkej.com/hkej/images/author/${token(rng, 8)}.jpg" alt=""><div class="author_name">${esc(name)}醫生</div><div class="author_desc">${hospBox ? `${hospital}${esc(dept)}顧問醫生` : `${esc(dept)}專科醫生`}</div></div>`
      : '';
    const tail = box ? '' : `<p class="author_tail">（${esc(name)}醫生｜${esc(dept)}專科醫生）</p>`;
    const letter = headline === 'topic' ? `<p><strong>讀者問：</strong>${esc(question)}</p>` : `<p><strong>讀者來信：</strong>${esc(trad(rng.pick(ASKER_LINES)))}</p>`;
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: h1, datePublished: `${page.date}T00:00:00+08:00`, dateModified: `${later}T${page.time}:00+08:00`, publisher: { '@type': 'Organization', name: '信報財經新聞' } };
    const body = `<div id="hkej_header"><a href="${base}/"><img src="https://static.hkej.com/hkej/images/logo.png" alt="信報財經新聞"></a>
<ul class="hkej_nav"><li><a href="${base}/dailynews/headline">要聞</a></li><li><a href="${base}/dailynews/finnews">財經</a></li><li><a href="${base}/dailynews/commentary">評論</a></li><li><a href="${base}/dailynews/health">健康</a></li></ul><a class="subscribe" href="https://subscribe.hkej.com/">訂閱</a></div>
<div id="article-content">
<div class="hkej_catebar"><a href="${base}/dailynews/health">健康</a> › ${column}</div>
<h1 id="article-title">${esc(h1)}</h1>
<div class="article-date">${day}</div>
${authorBox}
<div id="article-detail-wrapper">
${letter}
${paras(shown)}
${cut ? `<div class="hkej_paywall"><p>訂閱信報網站，即可閱讀全文</p><a href="https://subscribe.hkej.com/">立即訂閱</a> <a href="https://www.hkej.com/login">登入</a></div>` : tail}
</div>
<div class="hkej_share">分享：<a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://api.whatsapp.com/send">WhatsApp</a> <a href="javascript:window.print()">列印</a></div>
</div>
${list}
<div id="hkej_footer">信報財經新聞有限公司 版權所有 © ${page.date!.slice(0, 4)}</div>`;
    const html = documentOf(`${h1} - 信報網站 hkej.com`, canonical, `<script type="application/ld+json">${JSON.stringify(ld)}</script>\n`, body).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs: shown,
        doctor: hospBox ? { name, title: '顧問醫生', department: dept, hospital, hospital_grade: null } : { name, title: '專科醫生', department: dept, hospital: null, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F6. longyuan-qikan-dayi ---

const LY_MAGS = [
  ['大众健康', 'dzjk'],
  ['健康博览', 'jkbl'],
  ['家庭医药', 'jtyy'],
  ['养生大世界', 'ysdsj'],
] as const;
const LY_CONTENTS = ['换季养生正当时', '老年人用药五注意', '体检报告怎么看', '夏日饮食宜清淡', '名医话养生', '一图读懂家庭急救'] as const;
const LY_PLACES = ['湖北武汉', '山东济南', '四川成都', '江苏南京', '广西南宁'] as const;

/**
 * F6. 龙源期刊网's reading page of a health magazine's 专家答疑 (www.qikan.com.cn/article/{code}{yyyy}{nn}{id}.html, host as
 * remembered, the path form and the magazines' codes guesses; the magazines are real titles, their Q&A columns guessed),
 * simplified: GBK bytes declared `gb2312` (40%) or `gbk` (20%), UTF-8 else; canonical on 40%: the 龙源 header and a
 * `医药卫生` breadcrumb with `《{magazine}》{yyyy}年第{n}期` (the issue: no whole day); `出版日期：{yyyy}年{m}月` on 40% (a
 * month only: none); `<h1>` the question (60%) or the column's name `专家答疑` / `名医信箱` (40%: the reader's question in
 * the letter is the page's question); the card a head `□ {hospital}{department} {title} {name}` (40%) or `作者：{name}`
 * with a closing `（作者单位：{postcode} {hospital}{department}）` (60%, title null); `读者{place}{X}问：` (none); on 30%
 * a hidden watermark paragraph `龙源期刊网 http://www.qikan.com.cn` between the answer's paragraphs (none); the
 * `原版页码：` line and a 阅读数 (none); `本期目录` (the issue's other articles: none) before or after `相关文章` (link-only
 * `[]`, undated).
 */
const longyuanQikanDayi: Family = {
  name: 'longyuan-qikan-dayi',
  split: 'fresh-97',
  site: 'www.qikan.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.qikan.com.cn';
    const [mag, code] = rng.pick(LY_MAGS);
    const year = page.date!.slice(0, 4);
    const issue = num(page.date!, 5, 7);
    const id = (n: number) => `${code}${year}${two(issue)}${String(n % 1000).padStart(3, '0')}`;
    const canonical = rng.chance(0.4) ? `${base}/article/${id(page.item.num)}.html` : null;
    const enc = rng.weighted([['gb2312', 40], ['gbk', 20], ['utf-8', 40]] as const);
    const pubMonth = rng.chance(0.4);
    const qHead = rng.chance(0.6);
    const headCard = rng.chance(0.4);
    const watermark = rng.chance(0.3);
    const contentsFirst = rng.chance(0.5);
    const reader = `读者${rng.pick([...LY_PLACES])}${rng.pick(['李', '王', '张', '刘', '陈'])}${rng.pick(['女士', '先生'])}问：`;
    const h1 = qHead ? page.question : rng.pick(['专家答疑', '名医信箱']);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/article/${id(itemNum(r))}.html`;
    const relatedBox = related.length
      ? `<div class="xgwz"><h3>相关文章</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a></li>`).join('')}</ul></div>`
      : '';
    const contents = `<div class="bqml"><h3>本期目录</h3><ul>${rng
      .shuffle([...LY_CONTENTS])
      .slice(0, rng.int(3, 5))
      .map((t) => `<li><a href="${base}/article/${code}${year}${two(issue)}${rng.int(100, 999)}.html">${t}</a></li>`)
      .join('')}</ul></div>`;
    const answer = page.paragraphs
      .map((p, i) => `${watermark && i === 1 ? '<p style="display:none">龙源期刊网 http://www.qikan.com.cn</p>\n' : ''}<p>${esc(p)}</p>`)
      .join('\n');
    const byline = headCard ? `<p class="zz">□ ${esc(d.hospital!)}${esc(d.department!)} ${d.title} ${esc(d.name!)}</p>` : `<p class="zz">作者：${esc(d.name!)}</p>`;
    const footnote = headCard ? '' : `<p class="dw">（作者单位：${rng.int(100000, 830000)} ${esc(d.hospital!)}${esc(d.department!)}）</p>`;
    const body = `<div class="top"><a href="${base}/"><img src="${base}/images/logo.gif" alt="龙源期刊网"></a> <a href="${base}/">首页</a> <a href="${base}/magazine/">期刊导航</a> <a href="${base}/login.aspx">登录</a> <a href="${base}/reg.aspx">注册</a></div>
<div class="dqwz">您的位置：<a href="${base}/">首页</a> &gt; <a href="${base}/category/yyws/">医药卫生</a> &gt; <a href="${base}/magazine/${code}.html">《${mag}》</a> &gt; ${year}年第${issue}期</div>
<div class="main">
<div class="kan"><a href="${base}/magazine/${code}.html"><img src="${base}/cover/${code}${year}${two(issue)}.jpg" alt="${mag}"></a><p>《${mag}》${year}年第${issue}期</p>${pubMonth ? `<p>出版日期：${year}年${issue}月</p>` : ''}</div>
<div class="article">
<h1>${esc(h1)}</h1>
${byline}
<div class="wz">
<p><b>${reader}</b>${esc(page.question)} ${esc(rng.pick(ASKER_LINES))}</p>
${answer}
${footnote}
</div>
<p class="ybym">本文为全文原貌 未安装PDF浏览器用户请先下载安装 原版页码：${id(page.item.num)}.pdf</p>
<p class="yds">阅读数：${rng.int(10, 2000)}</p>
</div>
${contentsFirst ? contents + relatedBox : relatedBox + contents}
</div>
<div class="foot">龙源期刊网 版权所有 京ICP证${rng.int(10000, 99999)}号</div>`;
    const meta =
      enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'gbk' ? '<meta charset="gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`${qHead ? page.question : `${h1}-《${mag}》${year}年第${issue}期`}-龙源期刊网`, canonical, '', body, meta);
    return {
      body: enc === 'utf-8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: headCard ? { ...d, hospital_grade: null } : { name: d.name, title: null, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

export const FRESH97_FAMILIES: readonly Family[] = [haZhiyouzhanWenda, jinfenghuangYiyaoGuwen, hnsrmyyZaixianZixun, tongrentangMingyiWenda, hkejYishengZhuanlan, longyuanQikanDayi];
