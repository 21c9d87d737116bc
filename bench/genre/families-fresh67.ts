import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, documentOf, ENGLISH_MONTHS, hm, itemNum, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { Format, TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-seventh fresh held-out set (split `fresh-67`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **private, international and
 * cross-border clinics' bilingual Q&A pages**, as such pages stand in 2026: an international hospital group's
 * 专家问答 / Ask our Doctors page (和睦家 kind), a private clinic chain's WordPress 健康问答 blog (卓正 kind), a
 * Hong Kong–Shenzhen hospital's 港式 page in Traditional Chinese, a medical-tourism agency's Q&A answered by a
 * partner clinic's doctor in Japan or Korea, a Singapore clinic's Simplified-Chinese page, and a bilingual page that
 * prints each answer paragraph in English and in Chinese. Each modelled from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - the doctor's name is the Chinese name where the page prints one (without a 医生 / 醫生 suffix), else the English
 *   name as printed without `Dr` / `Dr.`; romaji, pinyin or a Cantonese romanisation beside a Chinese name is none of it;
 * - the title as printed, the Chinese one where both are printed (`Family Physician 家庭医生` → 家庭医生), the English
 *   one as printed where only it is (`Consultant Physician`); a 医生 / 醫生 suffix on the name is no title (null);
 *   post-nominals (MBBS, MRCPCH, FHKAM (Medicine), MMed, FCFP, MD, PhD) are no title;
 * - the hospital (clinic, centre) as printed, the Chinese name where printed (a Japanese or Korean name in brackets
 *   after it is none of it), the department where printed, else null; the grade null (private clinics print none)
 *   unless the card prints it;
 * - an answer printed in two languages keys its Chinese paragraphs only (what a dataset of Chinese answers wants);
 *   an agency's 小编补充 / 翻译 lines, a 预约 call to action and disclaimers are none of the answer;
 * - an English date is keyed where its day is certain: `Dec 3, 2025`, `3 Dec 2025`, `2025/12/03`; a numeric
 *   day-first date (`03/12/2025`) only where it cannot be read two ways (the day above 12, or day = month), else null;
 *   a hidden WordPress `updated` time never dates the answer where the published day is printed;
 * - format as printed (a 视频解答 / Video badge), else unknown;
 * - a related item's question is its Chinese title (an English title beside it is none of it); an item's link as
 *   written where the page names no address of its own (no canonical), else resolved against the canonical.
 */

type Related = TruthPage['related'][number];

const MON = ENGLISH_MONTHS.map((m) => m.slice(0, 3));
export const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];
/** Dec 3, 2025 / December 3, 2025. */
export const usDate = (iso: string, long = false) => {
  const [y, m, d] = ymd(iso);
  return `${long ? ENGLISH_MONTHS[m - 1] : MON[m - 1]} ${d}, ${y}`;
};
/** 3 Dec 2025. */
export const ukDate = (iso: string) => {
  const [y, m, d] = ymd(iso);
  return `${d} ${MON[m - 1]} ${y}`;
};
/** 03/12/2025, day first. */
const dmy = (iso: string, sep = '/') => iso.split('-').reverse().join(sep);
/** A day-first numeric date names its day only where it cannot be read month-first too. */
const dmyCertain = (iso: string) => {
  const [, m, d] = ymd(iso);
  return d > 12 || d === m;
};

/** Items keyed with their snippet; their links resolved against `canonical` where the page names one. */
const items = (page: TruthPage, url: (n: number) => string, canonical: string | null, o: { dated: boolean; snippet: boolean; question?: (q: string) => string }): ExpectedItem[] =>
  page.related.map((r) => ({
    question: o.question ? o.question(r.question) : r.question,
    paragraphs: o.snippet ? [o.question ? o.question(r.snippet) : r.snippet] : [],
    format: 'unknown' as Format,
    date: o.dated ? r.date : null,
    url: canonical ? new URL(url(itemNum(r)), canonical).href : url(itemNum(r)),
  }));

/** Generic English paragraphs a bilingual page prints beside the Chinese ones (its translation, none of the key). */
const ENGLISH_PARAS = [
  'Based on what you have described, this is most likely a common and manageable condition, but an in-person examination is needed to confirm it.',
  'We recommend a few basic tests first, such as a blood count and, if needed, an ultrasound, so that more serious causes can be ruled out.',
  'In the meantime, keep a regular routine, drink enough water and avoid spicy or greasy food.',
  'If the symptoms get worse, or you develop a high fever or severe pain, please seek medical care promptly.',
  'Most patients improve within two to four weeks with the right treatment; please follow up with your doctor as advised.',
  'Medication should be taken as prescribed; do not stop or change the dose on your own.',
  'Please bring your previous reports to the appointment so that the doctor can compare the results.',
];
const englishParas = (rng: Rng, n: number) => {
  const start = rng.int(0, ENGLISH_PARAS.length - 1);
  return Array.from({ length: n }, (_, i) => ENGLISH_PARAS[(start + i) % ENGLISH_PARAS.length]!);
};

export type Named = readonly [zh: string, en: string];
const PINYIN_SURNAMES: Named[] = [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['赵', 'Zhao'], ['周', 'Zhou'], ['吴', 'Wu'], ['徐', 'Xu']];
const PINYIN_GIVEN: Named[] = [['明', 'Ming'], ['思敏', 'Simin'], ['晓东', 'Xiaodong'], ['雅琪', 'Yaqi'], ['文博', 'Wenbo'], ['静怡', 'Jingyi'], ['子涵', 'Zihan'], ['嘉怡', 'Jiayi']];
const ENGLISH_GIVEN = ['Sarah', 'David', 'Grace', 'Kevin', 'Emily', 'Michael', 'Vivian', 'Jason', 'Annie', 'Eric'];
/** A mainland doctor's name with its pinyin (`Wang Ming`) and, on some sites, an English given name (`Sarah Wang`). */
export const pinyinPerson = (rng: Rng) => {
  const [s, g] = [rng.pick(PINYIN_SURNAMES), rng.pick(PINYIN_GIVEN)];
  return { zh: s[0] + g[0], pinyin: `${s[1]} ${g[1]}`, english: `${rng.pick(ENGLISH_GIVEN)} ${s[1]}` };
};

/** The answer's format as a bilingual badge where the page shows one. */
const FORMAT_BADGES: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  video: ['Video 视频解答', '视频回答 Video Answer', '▶ 视频'],
  voice: ['Audio 语音解答', '语音回答 Voice Answer'],
  text: ['Text 图文解答', '图文回答'],
};

// --- F1. intl-hospital-askdr ---

const INTL_TITLES: Named[] = [['顾问医生', 'Consultant Physician'], ['主诊医生', 'Attending Physician'], ['专科医生', 'Specialist'], ['家庭医生', 'Family Physician'], ['科室主任', 'Department Chief']];
const INTL_CITIES: Named[] = [['北京', 'Beijing'], ['上海', 'Shanghai'], ['广州', 'Guangzhou'], ['深圳', 'Shenzhen'], ['天津', 'Tianjin'], ['青岛', 'Qingdao']];

/**
 * F1. An international hospital group's 专家问答 / Ask our Doctors page (www.hekang-intl.com/zh/ask/…, 和睦家 kind):
 * a bilingual header (`HEKANG HEALTHCARE 和康医疗`, 中文 / EN switch, 24小时服务热线), crumbs `首页 Home › 专家问答 Ask our
 * Doctors`, the `<h1>` question, the asker as `患者 · 女 · 34岁`; the card `Dr. 王明 | Consultant Physician · 内科`
 * (the title in English only on 40%, Chinese only on 30%, both on 30%), MBBS / MD / PhD on some, the hospital
 * (`北京和康国际医院`, or the English `Hekang International Hospital Beijing` where no Chinese is printed: 15%);
 * `Answered on Dec 3, 2025` / `回答时间 2025年12月3日`, an `Updated Jan 5, 2026` line on 35% (not the answer's day);
 * a `Video 视频解答` badge on some pages; the answer under `Answer 医生回答`; a bilingual disclaimer; `Book an
 * appointment 预约挂号`; Related Questions 相关问题 cards (question, snippet, the date as `Dec 3, 2025` on half).
 */
const intlHospitalAskdr: Family = {
  name: 'intl-hospital-askdr',
  split: 'fresh-67',
  site: 'www.hekang-intl.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = pinyinPerson(rng);
    const title = rng.pick(INTL_TITLES);
    const city = rng.pick(INTL_CITIES);
    const titleMode = rng.weighted([['en', 4], ['zh', 3], ['both', 3]] as const);
    const titleHtml = titleMode === 'en' ? title[1] : titleMode === 'zh' ? title[0] : `${title[1]} ${title[0]}`;
    const chineseHospital = rng.chance(0.85);
    const hospital = chineseHospital ? `${city[0]}和康国际${rng.pick(['医院', '诊所'])}` : `Hekang International ${rng.pick(['Hospital', 'Clinic'])} ${city[1]}`;
    const nameHtml = rng.pick([`Dr. ${who.zh}`, `${who.zh} Dr. ${who.pinyin}`, `${who.zh}医生`]);
    const postNominal = rng.chance(0.5) ? `<span class="doctor-card__degree">${rng.pick(['MBBS', 'MD, PhD', 'MD', 'MBBS, MRCP (UK)'])}</span>` : '';
    const doctor: TruthDoctor = { name: who.zh, title: titleMode === 'en' ? title[1] : title[0], department: d.department, hospital, hospital_grade: null };
    const dateHtml = rng.pick([`Answered on ${usDate(page.date!)}`, `回答时间 ${cnDate(page.date!)}`, `${usDate(page.date!, true)}`, `发布于 ${usDate(page.date!)}`]);
    const updated = rng.chance(0.35) ? `<span class="qa-meta__updated">Updated ${usDate(shift(page.date!, rng.int(20, 200)))}</span>` : '';
    const showFormat = page.format !== 'unknown' && rng.chance(0.5);
    const badge = showFormat ? `<span class="qa-badge qa-badge--${page.format}">${rng.pick(FORMAT_BADGES[page.format as Exclude<Format, 'unknown'>])}</span>` : '';
    const canonical = rng.chance(0.6) ? page.canonical.replace('/q/', '/zh/ask/') : null;
    const dated = rng.chance(0.5);
    const url = (n: number) => `/zh/ask/${n}.html`;
    const card = `<div class="doctor-card"><img class="doctor-card__avatar" src="/uploads/doctors/${token(rng, 10)}.jpg" alt="${esc(who.pinyin)}">
<div class="doctor-card__body"><p class="doctor-card__name">${esc(nameHtml)}</p>${postNominal}<p class="doctor-card__meta">${titleHtml} · ${esc(d.department!)}</p><p class="doctor-card__location">${esc(hospital)}</p>
<a class="btn btn--outline" href="/zh/doctors/${who.pinyin.toLowerCase().replace(' ', '-')}">查看医生 View Profile</a></div></div>`;
    const answer = `<section class="qa-answer"><h2 class="qa-answer__label">Answer <span>医生回答</span></h2>${badge}
<div class="qa-answer__content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div></section>`;
    const related = page.related.length
      ? `<section class="related-qa"><h3>Related Questions <small>相关问题</small></h3><div class="related-qa__grid">${page.related
          .map((r) => `<article class="qa-tile"><a class="qa-tile__q" href="${url(itemNum(r))}">${esc(r.question)}</a><p class="qa-tile__a">${esc(r.snippet)}</p>${dated && r.date ? `<time class="qa-tile__date">${usDate(r.date)}</time>` : ''}</article>`)
          .join('\n')}</div></section>`
      : '';
    const body = `<header class="site-header"><a class="logo" href="/zh/">HEKANG HEALTHCARE <span>和康医疗</span></a><nav><a href="/zh/">首页 Home</a><a href="/zh/doctors">找医生 Find a Doctor</a><a href="/zh/ask">专家问答 Ask our Doctors</a><a href="/en/ask" hreflang="en">EN</a></nav><p class="hotline">24小时服务热线 24/7 Hotline 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</p></header>
<main class="qa-page"><nav class="breadcrumb"><a href="/zh/">首页 Home</a> › <a href="/zh/ask">专家问答 Ask our Doctors</a> › <span>${esc(topicWord(page))}</span></nav>
<article class="qa-detail"><h1 class="qa-question">${esc(page.question)}</h1><p class="qa-asker">患者 · ${rng.pick(['女', '男'])} · ${rng.int(18, 70)}岁</p><p class="qa-desc">${esc(rng.pick(ASKER_LINES))}</p>
${rng.chance(0.5) ? `${card}\n<div class="qa-meta"><time>${dateHtml}</time>${updated}</div>\n${answer}` : `${answer}\n<div class="qa-meta"><time>${dateHtml}</time>${updated}</div>\n${card}`}
<p class="disclaimer">Disclaimer: This answer is for general information only and does not replace a consultation. 免责声明：以上内容仅供参考，不能替代面诊。</p>
<a class="btn btn--primary" href="/zh/appointment">Book an appointment 预约挂号</a></article>
${related}</main>
<footer class="site-footer"><p>© ${page.date!.slice(0, 4)} Hekang Healthcare 和康医疗 版权所有</p><p>京ICP备${rng.int(10000000, 99999999)}号</p></footer>`;
    const html = documentOf(`${page.question} | 专家问答 Ask our Doctors | 和康医疗`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="alternate" hreflang="en" href="/en/ask/">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: showFormat ? page.format : 'unknown', related: items(page, url, canonical, { dated, snippet: true }) }),
    };
  },
};

// --- F2. clinic-chain-wp ---

const CHAIN_BRANCHES = ['深圳蛇口', '深圳福田', '广州珠江新城', '上海静安', '成都高新', '北京望京'];
const CHAIN_TITLES = ['主诊医生', '全科医生', '专科医生', '资深主诊医生'];

/**
 * F2. A private clinic chain's WordPress 健康问答 blog (www.ruizheng-med.com/…/, 卓正 kind): `article.post`, `h1.entry-title`
 * (`【健康问答】` before the question on 30%), `.entry-meta` with `time.entry-date.published` and the theme's hidden
 * `time.updated` (a later day) beside it, the category links; `.entry-content`: `问：` and the asker's words, `答：` in
 * a `<strong>` at the head of the first paragraph, the other `<p>`s, a 声明 paragraph; the author box after it:
 * `李思敏 Dr. Sarah Li` (the English name first on 40%), `MBBS, MRCPCH` on half, `睿正医疗深圳蛇口诊所 · 儿科 · 主诊医生`
 * (the department missing on 30%: null); share buttons; Jetpack's 相关文章 (the title and day, an excerpt on half:
 * link items otherwise); a reader's comment now and then. Key: the paragraphs without 答：, the published day.
 */
const clinicChainWp: Family = {
  name: 'clinic-chain-wp',
  split: 'fresh-67',
  site: 'www.ruizheng-med.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = pinyinPerson(rng);
    const branch = rng.pick(CHAIN_BRANCHES);
    const hospital = `睿正医疗${branch}诊所`;
    const title = rng.pick(CHAIN_TITLES);
    const withDept = rng.chance(0.7);
    const doctor: TruthDoctor = { name: who.zh, title, department: withDept ? d.department : null, hospital, hospital_grade: null };
    const base = 'https://www.ruizheng-med.com';
    const slug = (n: number) => `/health-qa/${n}/`;
    const published = rng.pick([cnDate(page.date!), page.date!, usDate(page.date!, true)]);
    const upd = shift(page.date!, rng.int(3, 300));
    const lead = rng.chance(0.3) ? '【健康问答】' : '';
    const [first, ...rest] = page.paragraphs;
    const excerpt = rng.chance(0.5);
    const englishFirst = rng.chance(0.4);
    const nameLine = englishFirst ? `Dr. ${who.english} ${who.zh}` : `${who.zh} Dr. ${who.english}`;
    const related = page.related.slice(0, 6);
    const relatedHtml = related.length
      ? `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>相关文章</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">${related
          .map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${base}${slug(itemNum(r))}" title="${esc(r.question)}">${esc(r.question)}</a></h4>${excerpt ? `<p class="jp-relatedposts-post-excerpt">${esc(r.snippet)}</p>` : ''}${r.date ? `<p class="jp-relatedposts-post-date">${cnDate(r.date)}</p>` : ''}<p class="jp-relatedposts-post-context">In "健康问答"</p></div>`)
          .join('')}</div></div>`
      : '';
    const comment = rng.chance(0.3)
      ? `<div id="comments" class="comments-area"><h2 class="comments-title">1 条评论</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${rng.pick(['小林妈妈', 'Joyce', '路人甲'])}</b><time datetime="${shift(page.date!, 2)}">${cnDate(shift(page.date!, 2))}</time></footer><div class="comment-content"><p>${rng.pick(['写得很清楚，谢谢医生！', '请问这个在诊所可以直接约检查吗？'])}</p></div></article></li></ol></div>`
      : '';
    const body = `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="${base}/" rel="home">睿正医疗 RuiZheng Medical</a></p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="${base}/">首页</a></li><li><a href="${base}/clinics/">诊所</a></li><li><a href="${base}/doctors/">医生</a></li><li class="current-menu-item"><a href="${base}/health-qa/">健康问答</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-${page.item.num}" class="post-${page.item.num} post type-post status-publish format-standard hentry category-health-qa">
<header class="entry-header"><h1 class="entry-title">${lead}${esc(page.question)}</h1><div class="entry-meta"><span class="posted-on"><a href="${base}${slug(page.item.num)}" rel="bookmark"><time class="entry-date published" datetime="${page.date}T${page.time}:00+08:00">${published}</time><time class="updated" datetime="${upd}T09:00:00+08:00">${cnDate(upd)}</time></a></span><span class="cat-links"><a href="${base}/category/health-qa/" rel="category tag">健康问答</a>, <a href="${base}/category/${token(rng, 4)}/" rel="category tag">${esc(topicWord(page))}</a></span></div></header>
<div class="entry-content"><p><strong>问：</strong>${esc(page.question)}${/[？?]$/u.test(page.question) ? '' : '？'}${esc(rng.pick(ASKER_LINES))}</p>
<p><strong>答：</strong>${esc(first!)}</p>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><span style="color: #999999; font-size: 12px;">声明：本文仅作健康科普，不构成诊疗建议。如有不适，请预约睿正医疗门诊。</span></p>
<div class="author-box"><h4>本文作者</h4><p class="author-name"><strong>${esc(nameLine)}</strong></p>${rng.chance(0.5) ? `<p class="author-degree">${rng.pick(['MBBS, MRCPCH', 'MBBS', 'MD, MPH', 'MBBS, FRACGP'])}</p>` : ''}<p class="author-title">${esc(hospital)}${withDept ? ` · ${esc(d.department!)}` : ''} · ${title}</p></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享：</h3><ul><li><a class="share-wechat">微信</a></li><li><a class="share-weibo">微博</a></li></ul></div>
${relatedHtml}</div></article>${comment}</main></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 睿正医疗 版权所有 | 粤ICP备${rng.int(10000000, 99999999)}号</div></footer></div>`;
    const html = documentOf(`${lead}${page.question} – 睿正医疗`, `${base}${slug(page.item.num)}`, `<meta name="generator" content="WordPress 6.${rng.int(2, 7)}">\n<meta property="og:type" content="article">\n<style id="theme-inline-css">.updated:not(.published){display:none}</style>\n`, body);
    const expectedRelated: ExpectedItem[] = related.map((r) => ({ question: r.question, paragraphs: excerpt ? [r.snippet] : [], format: 'unknown', date: r.date, url: `${base}${slug(itemNum(r))}` }));
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor, format: 'unknown', related: expectedRelated }) };
  },
};

// --- F3. hksz-hospital-trad ---

/** Simplified → traditional for the characters these pages' questions and answers use most (the page prints the result). */
const TRAD = new Map(
  ('这這 们們 个個 为為 会會 说說 时時 后後 检檢 药藥 疗療 议議 应應 该該 现現 问問 题題 体體 热熱 状狀 况況 经經 过過 还還 没沒 关關 见見 对對 头頭 觉覺 诊診 断斷 确確 变變 规規 动動 运運 长長 间間 静靜 种種 严嚴 轻輕 较較 样樣 导導 压壓 脑腦 颈頸 肠腸 烧燒 儿兒 岁歲 医醫 专專 内內 妇婦 产產 胆膽 肤膚 肿腫 脏臟 肾腎 气氣 节節 从從 与與 无無 两兩 么麼 让讓 给給 进進 开開 门門 东東 来來 实實 际際 线線 电電 话話 语語 识識 边邊 达達 难難 数數 据據 报報 调調 养養 饭飯 鸡雞 鱼魚 烟煙 习習 惯慣 减減 锻鍛 炼煉 质質 类類 属屬 处處 级級 则則 适適 当當 险險 紧緊 张張 虑慮 担擔 忧憂 记記 录錄 测測 试試 验驗 结結 视視 听聽 声聲 误誤 许許 认認 证證 详詳 细細 综綜 护護 续續 继繼 约約 红紅 缓緩 剂劑 颗顆 饮飲 爱愛 孕孕 宝寶 妈媽 吗嗎 呢呢 该該 议議 及及 时時 几幾 难難 恶惡 晕暈 咽咽 痒癢 疮瘡 疡瘍 癣癬 泻瀉 呕嘔 吃吃 喝喝 补補 钙鈣 铁鐵 锌鋅 维維 缺缺 乏乏 细細 胞胞 炎炎 症症 糖糖 尿尿 脂脂 胀脹 湿濕 阴陰 阳陽 虚虛 伤傷 损損 疗療 术術 手手 麻麻 痹痺 觉覺 忆憶 紊紊 乱亂 顺順 稳穩 极極 双雙 众眾 总總 门門 义義 乐樂 书書 买買 卖賣 钟鐘 钱錢 车車 飞飛 马馬 鸟鳥 于於 单單 纯純 温溫 腻膩 复複 龄齡 环環 范範 办辦 渐漸 发發 脱脫 谢謝 请請 预預 够夠 满滿 尽盡 净淨 帮幫 准準 备備 将將 带帶 块塊 号號 区區 询詢 评評 价價 软軟 烦煩 劳勞 虽雖 惊驚')
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!] as const),
);
const trad = (s: string) => [...s].map((c) => TRAD.get(c) ?? c).join('');

const HK_SURNAMES: Named[] = [['陳', 'CHAN'], ['黃', 'WONG'], ['李', 'LEE'], ['張', 'CHEUNG'], ['梁', 'LEUNG'], ['林', 'LAM'], ['何', 'HO'], ['吳', 'NG']];
const HK_GIVEN: Named[] = [['偉明', 'Wai Ming'], ['嘉欣', 'Ka Yan'], ['志強', 'Chi Keung'], ['詠詩', 'Wing Sze'], ['家豪', 'Ka Ho'], ['美玲', 'Mei Ling']];
const HK_RANKS: Named[] = [['顧問醫生', 'Consultant'], ['副顧問醫生', 'Associate Consultant'], ['高級醫生', 'Senior Medical Officer'], ['部門主管', 'Chief of Service']];
const HK_DEPTS: Named[] = [['內科', 'Medicine'], ['兒科', 'Paediatrics'], ['婦產科', 'Obstetrics & Gynaecology'], ['骨科', 'Orthopaedics & Traumatology'], ['家庭醫學科', 'Family Medicine'], ['眼科', 'Ophthalmology'], ['耳鼻喉科', 'ENT']];
const HK_FELLOWSHIPS = ['MBBS (HK), FHKAM (Medicine), FHKCP', 'MBChB (CUHK), FHKAM (Paediatrics)', 'MBBS (HK), FRCS (Edin), FHKAM (Orthopaedic Surgery)', 'MBBS (HK), FHKAM (Family Medicine), FHKCFP'];

/**
 * F3. A Hong Kong–Shenzhen hospital's 港式 專家問答 page in Traditional Chinese (www.gangshen-hosp.org.cn/tc/qa/…): a
 * `繁 | 简 | EN` switch, `<h1>` question, `提問日期`; the card `陳偉明醫生 Dr CHAN Wai Ming`, then the rank line
 * `顧問醫生（內科）` or `內科 顧問醫生 Consultant, Department of Medicine` (no rank on 25%: title null; the 醫生 after the
 * name is none of it), the FHKAM post-nominals on 70%, the hospital `深港聯合醫院` in the card on 80% (else only in the
 * header: keyed from it, as the site's); `發佈日期：2025年12月3日` or `3/12/2025` (day first: null where it could be
 * read both ways) or `03-12-2025`; `醫生解答` head; a 免責聲明; 相關問答 items (the day on half, as `2025年12月3日`).
 */
const hkszHospitalTrad: Family = {
  name: 'hksz-hospital-trad',
  split: 'fresh-67',
  site: 'www.gangshen-hosp.org.cn',
  render(page, rng): Rendered {
    const [s, g] = [rng.pick(HK_SURNAMES), rng.pick(HK_GIVEN)];
    const rank = rng.chance(0.75) ? rng.pick(HK_RANKS) : null;
    const dept = rng.pick(HK_DEPTS);
    const hospital = '深港聯合醫院';
    const doctor: TruthDoctor = { name: s[0] + g[0], title: rank ? rank[0] : null, department: dept[0], hospital, hospital_grade: null };
    const rankHtml = rank
      ? rng.pick([`${rank[0]}（${dept[0]}）`, `${dept[0]} ${rank[0]}<br><span lang="en">${rank[1]}, Department of ${dept[1]}</span>`])
      : `${dept[0]}<br><span lang="en">Department of ${dept[1]}</span>`;
    const dateKind = rng.weighted([['cn', 5], ['dmy', 3], ['dash', 2]] as const);
    const date = dateKind === 'cn' || dmyCertain(page.date!) ? page.date : null;
    const dayHtml = dateKind === 'cn' ? cnDate(page.date!) : dateKind === 'dmy' ? dmy(page.date!).replace(/^0/, '').replace('/0', '/') : dmy(page.date!, '-');
    const canonical = rng.chance(0.5) ? page.canonical.replace('/q/', '/tc/qa/') : null;
    const url = (n: number) => `/tc/qa/${n}.html`;
    const dated = rng.chance(0.5);
    const cardHospital = rng.chance(0.8) ? `<p class="doc-hosp">${hospital}</p>` : '';
    const card = `<div class="doc-box"><div class="doc-photo"><img src="/uploads/doctor/${token(rng, 8)}.jpg"></div><div class="doc-txt"><p class="doc-name">${s[0]}${g[0]}醫生 <span lang="en">Dr ${s[1]} ${g[1]}</span></p><p class="doc-rank">${rankHtml}</p>${rng.chance(0.7) ? `<p class="doc-qual">${rng.pick(HK_FELLOWSHIPS)}</p>` : ''}${cardHospital}</div></div>`;
    const relatedHtml = page.related.length
      ? `<div class="side-box"><h3>相關問答</h3><ul>${page.related.map((r) => `<li><a href="${url(itemNum(r))}">${esc(trad(r.question))}</a><p>${esc(trad(r.snippet))}</p>${dated && r.date ? `<span class="date">${cnDate(r.date)}</span>` : ''}</li>`).join('')}</ul></div>`
      : '';
    const body = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="${hospital}"><span>${hospital}<em lang="en">Shenzhen–Hong Kong United Hospital</em></span></div><div class="lang"><a class="on" href="/tc/">繁</a> | <a href="/sc/">简</a> | <a href="/en/">EN</a></div></div>
<div class="nav"><a href="/tc/">首頁</a><a href="/tc/dept/">醫療服務</a><a href="/tc/doctor/">醫生資料</a><a href="/tc/qa/" class="on">專家問答</a><a href="/tc/booking/">網上預約</a></div>
<div class="main"><div class="crumb">您的位置：<a href="/tc/">首頁</a> &gt; <a href="/tc/qa/">專家問答</a></div>
<div class="qa-con"><h1>${esc(trad(page.question))}</h1><p class="ask-info">提問日期：${cnDate(shift(page.date!, -rng.int(1, 9)))}　瀏覽：${rng.int(50, 5000)}</p><p class="ask-txt">${esc(trad(rng.pick(ASKER_LINES)))}</p>
<div class="ans"><h2>醫生解答</h2>${card}<p class="ans-date">發佈日期：${dayHtml}</p>
<div class="ans-txt">${page.paragraphs.map((p) => `<p>${esc(trad(p))}</p>`).join('\n')}</div>
<p class="note">免責聲明：以上解答僅供參考，不能代替醫生面診。如有需要，請致電 (0755) 8691 ${rng.int(1000, 9999)} 預約。</p></div></div>
${relatedHtml}</div>
<div class="foot">版權所有 © ${hospital}　粵ICP備${rng.int(10000000, 99999999)}號</div>`;
    const html = documentOf(`${trad(page.question)}-專家問答-${hospital}`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question: trad(page.question),
        doctor,
        paragraphs: page.paragraphs.map(trad),
        date,
        format: 'unknown',
        related: items(page, url, canonical, { dated, snippet: true, question: trad }),
      }),
    };
  },
};


// --- F4. medtour-overseas-qa ---

type Partner = { country: string; lang: string; doctors: readonly Named[]; titles: readonly string[]; clinics: readonly Named[]; depts: readonly string[] };
const PARTNERS: readonly Partner[] = [
  {
    country: '日本',
    lang: '日文',
    doctors: [['山田太郎', 'Taro Yamada'], ['佐藤健一', 'Kenichi Sato'], ['铃木美穗', 'Miho Suzuki'], ['高桥诚', 'Makoto Takahashi'], ['田中浩二', 'Koji Tanaka']],
    titles: ['院长', '副院长', '部长', '医长', '专科医'],
    clinics: [['东京樱丘体检中心', '桜ヶ丘健診センター'], ['大阪中之岛综合诊所', '中之島総合クリニック'], ['东京丸之内消化内科诊所', '丸の内消化器内科クリニック'], ['横滨港南癌症筛查中心', '港南がん検診センター']],
    depts: ['消化内科', '健康管理科', '循环内科', '乳腺外科', '妇科'],
  },
  {
    country: '韩国',
    lang: '韩文',
    doctors: [['金志勋', 'Kim Ji-hoon'], ['朴敏浩', 'Park Min-ho'], ['李秀贤', 'Lee Soo-hyun'], ['崔允贞', 'Choi Yoon-jung']],
    titles: ['院长', '代表院长', '专科医生'],
    clinics: [['首尔清潭皮肤科诊所', '청담피부과의원'], ['首尔江南圣心体检中心', '강남성심검진센터'], ['首尔狎鸥亭整形外科', '압구정성형외과']],
    depts: ['皮肤科', '整形外科', '健康检查中心', '内科'],
  },
];
const EDITOR_NOTES = [
  '【小编补充】赴日体检一般需提前2–3周预约，费用约15万日元起，环球优医可代办预约、翻译陪诊及报告解读。',
  '【小编补充】该诊所提供中文医疗翻译，首次就诊建议携带国内近半年的检查报告，可享受一对一陪诊服务。',
  '【小编补充】签证、机票、住宿均可由平台顾问协助安排，详情请咨询在线客服。',
];

/**
 * F4. A medical-tourism agency's 海外医疗问答 page (www.huanqiu-youyi.com/wenda/…): the country tag (`日本体检`, `韩国皮肤科`)
 * in a span before the `<h1>`, the asker `用户 138****5621` and the asking day; the agency's 顾问 reply first (`已为您邀请
 * 合作医院医生解答`: none of the answer); 合作医院医生解答: the partner doctor's card (`山田太郎（Taro Yamada）` or `山田太郎 /
 * Dr. Taro Yamada`, the title 院长 / 部长 / 专科医 as printed, the department on 75%, the clinic with its Japanese or
 * Korean name in brackets on 40%), the answer, a `本回答由…医学翻译团队译自日文` line (inside the text block on half),
 * `答复于 2025/12/03` or `2025年12月3日`, a 视频解答 badge on some; a 【小编补充】 box on 60% (none of the answer); the CTA;
 * 更多海外医疗问答 (question, snippet, country tag, no day).
 */
const medtourOverseasQa: Family = {
  name: 'medtour-overseas-qa',
  split: 'fresh-67',
  site: 'www.huanqiu-youyi.com',
  render(page, rng): Rendered {
    const partner = rng.chance(0.6) ? PARTNERS[0]! : PARTNERS[1]!;
    const who = rng.pick(partner.doctors);
    const title = rng.pick(partner.titles);
    const clinic = rng.pick(partner.clinics);
    const dept = rng.chance(0.75) ? rng.pick(partner.depts) : null;
    const doctor: TruthDoctor = { name: who[0], title, department: dept, hospital: clinic[0], hospital_grade: null };
    const canonical = rng.chance(0.7) ? page.canonical.replace('/q/', '/wenda/') : null;
    const url = (n: number) => `/wenda/${n}.html`;
    const showFormat = page.format === 'video' && rng.chance(0.6);
    const translated = `本回答由环球优医医学翻译团队译自${partner.lang}`;
    const transInside = rng.chance(0.5);
    const nameHtml = rng.pick([`${who[0]}（${who[1]}）`, `${who[0]} / Dr. ${who[1]}`, `${who[0]} <span class="roma">${who[1]}</span>`]);
    const clinicHtml = rng.chance(0.4) ? `${clinic[0]}（${clinic[1]}）` : clinic[0];
    const answered = rng.pick([page.date!.replace(/-/g, '/'), cnDate(page.date!), page.date!.replace(/-/g, '.')]);
    const card = `<div class="partner-doc"><img src="//img.huanqiu-youyi.com/doc/${token(rng, 12)}.jpg"><div class="info"><p class="nm">${nameHtml}</p><p class="tt">${title}${dept ? `<i>|</i>${dept}` : ''}</p><p class="hp">${esc(clinicHtml)}</p><p class="tag"><span>${partner.country}合作医院</span><span>中文翻译</span></p></div></div>`;
    const txt = `${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}${transInside ? `\n<p class="trans">${translated}</p>` : ''}`;
    const related = page.related.length
      ? `<div class="more-qa"><div class="title">更多海外医疗问答</div><ul>${page.related.map((r) => `<li><span class="country">${rng.pick(['日本', '韩国', '新加坡', '美国'])}</span><a href="${url(itemNum(r))}" target="_blank">${esc(r.question)}</a><p class="brief">${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="hd"><a class="logo" href="/">环球优医 · 海外医疗服务平台</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/japan/">日本就医</a></li><li><a href="/korea/">韩国就医</a></li><li class="cur"><a href="/wenda/">海外医疗问答</a></li></ul><a class="tel">咨询热线 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</a></div>
<div class="wrap"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/wenda/">海外医疗问答</a> &gt; <a href="/wenda/${partner.country === '日本' ? 'japan' : 'korea'}/">${partner.country}</a></div>
<div class="q-box"><span class="q-tag">${partner.country}${rng.pick(['体检', '就医', '专科'])}</span><h1>${esc(page.question)}</h1><p class="q-user">用户 1${rng.int(30, 89)}****${rng.int(1000, 9999)} · ${shift(page.date!, -rng.int(1, 5))} 提问</p><p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="consultant"><span class="c-name">优医顾问 ${rng.pick(['小林', 'Amy', '阿May'])}</span><p>您好，已为您邀请${partner.country}合作医院医生解答，请耐心查看，如需预约可随时联系我们。</p></div>
<div class="partner-answer"><div class="pa-hd">合作医院医生解答${showFormat ? ' <em class="badge">视频解答</em>' : ''}</div>${card}
<div class="pa-txt">${txt}</div>${transInside ? '' : `<p class="trans">${translated}</p>`}<p class="pa-time">答复于 ${answered}</p></div>
${rng.chance(0.6) ? `<div class="editor-note">${rng.pick(EDITOR_NOTES)}</div>` : ''}
<div class="cta"><a href="/consult/">免费咨询</a><a href="/booking/">预约海外就医</a></div>
${related}</div>
<div class="ft">© 环球优医 本站信息仅供参考，不作为诊疗依据 沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${page.question}_海外医疗问答_环球优医`, canonical, `<meta name="keywords" content="${partner.country}就医,${partner.country}体检">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: showFormat ? 'video' : 'unknown', related: items(page, url, canonical, { dated: false, snippet: true }) }),
    };
  },
};

// --- F5. sg-clinic-cn ---

const SG_SURNAMES: Named[] = [['陈', 'Tan'], ['林', 'Lim'], ['李', 'Lee'], ['黄', 'Ng'], ['张', 'Teo'], ['吴', 'Goh'], ['郑', 'Tay'], ['王', 'Ong']];
const SG_GIVEN: Named[] = [['伟明', 'Wei Ming'], ['慧玲', 'Hui Ling'], ['俊杰', 'Jun Jie'], ['淑芬', 'Shu Fen'], ['家豪', 'Jia Hao'], ['美琪', 'Mei Qi']];
const SG_TITLES: Named[] = [['家庭医生', 'Family Physician'], ['高级顾问医生', 'Senior Consultant'], ['顾问医生', 'Consultant'], ['全科医生', 'General Practitioner']];
const SG_BRANCHES: Named[] = [['宏茂桥', 'Ang Mo Kio'], ['武吉知马', 'Bukit Timah'], ['淡滨尼', 'Tampines'], ['裕廊东', 'Jurong East']];

/**
 * F5. A Singapore clinic group's Simplified-Chinese 健康问答 page (www.kangning-clinic.com.sg/zh/health-qa/…): EN / 中文
 * switch; the `<h1>` question, a `#家庭医学` tag; the doctor `Dr Tan Wei Ming 陈伟明医生` (or `陈伟明医生 (Dr Tan Wei Ming)`;
 * only `Dr Tan Wei Ming` on 20%: the name as printed), `Family Physician 家庭医生` (English only on 40%), `MBBS
 * (Singapore), MMed (Family Medicine), FCFP (S)`, `诊所：康宁家庭诊所`, `地点：宏茂桥 Ang Mo Kio`, `专科：` on 40%;
 * `发布日期 Published: 03/12/2025` (day first), `3 Dec 2025` or `2025年12月3日`; the answer; a 免责声明 and a `立即预约 Book
 * Now` WhatsApp box; 你可能也想知道 You may also like: questions only (link items).
 */
const sgClinicCn: Family = {
  name: 'sg-clinic-cn',
  split: 'fresh-67',
  site: 'www.kangning-clinic.com.sg',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [s, g] = [rng.pick(SG_SURNAMES), rng.pick(SG_GIVEN)];
    const zh = s[0] + g[0];
    const en = `${s[1]} ${g[1]}`;
    const nameKind = rng.weighted([['en-zh', 13], ['zh-en', 3], ['en', 4]] as const);
    const nameHtml = nameKind === 'en-zh' ? `Dr ${en} ${zh}医生` : nameKind === 'zh-en' ? `${zh}医生 (Dr ${en})` : `Dr ${en}`;
    const title = rng.pick(SG_TITLES);
    const bothTitles = rng.chance(0.6);
    const withDept = rng.chance(0.4);
    const branch = rng.pick(SG_BRANCHES);
    const doctor: TruthDoctor = { name: nameKind === 'en' ? en : zh, title: bothTitles ? title[0] : title[1], department: withDept ? d.department : null, hospital: '康宁家庭诊所', hospital_grade: null };
    const dateKind = rng.weighted([['dmy', 8], ['uk', 7], ['cn', 5]] as const);
    const dayHtml = dateKind === 'dmy' ? dmy(page.date!) : dateKind === 'uk' ? ukDate(page.date!) : cnDate(page.date!);
    const date = dateKind !== 'dmy' || dmyCertain(page.date!) ? page.date : null;
    const canonical = rng.chance(0.5) ? `https://www.kangning-clinic.com.sg/zh/health-qa/${page.item.num}/` : null;
    const url = (n: number) => `/zh/health-qa/${n}/`;
    const heading = rng.pick([`${s[0]}医生解答`, '医生的回答', 'Doctor\'s Answer 医生解答']);
    const related = page.related.slice(0, 4);
    const relatedHtml = related.length
      ? `<section class="qa-more"><h3>你可能也想知道 <span>You may also like</span></h3><ul>${related.map((r) => `<li><a href="${url(itemNum(r))}">${esc(r.question)}</a></li>`).join('')}</ul></section>`
      : '';
    const body = `<header class="hdr"><a class="brand" href="/zh/">Kang Ning Medical <span>康宁医疗</span></a><nav><a href="/zh/">首页</a><a href="/zh/clinics/">诊所地点</a><a href="/zh/doctors/">医生团队</a><a href="/zh/health-qa/" class="active">健康问答</a></nav><div class="lang-switch"><a href="/en/">EN</a> | <b>中文</b></div></header>
<main class="container"><article class="qa-article"><h1>${esc(page.question)}</h1><p class="qa-tags"><a href="/zh/tag/${token(rng, 5)}/">#${rng.pick(['家庭医学', '儿科', '慢性病管理', '女性健康'])}</a></p>
<div class="qa-doctor"><img src="/wp-content/uploads/${page.date!.slice(0, 4)}/dr-${en.toLowerCase().replace(/ /g, '-')}.jpg" alt="Dr ${en}"><div><p class="dr-name">${esc(nameHtml)}</p><p class="dr-title">${bothTitles ? `${title[1]} ${title[0]}` : title[1]}</p><p class="dr-quals">${rng.pick(['MBBS (Singapore), MMed (Family Medicine), FCFP (S)', 'MBBS (Singapore), GDFM', 'MBBS (Malaya), MRCPCH (UK)', 'MD (Singapore), MMed (Paed)'])}</p><p>诊所：康宁家庭诊所</p><p>地点：${branch[0]} ${branch[1]}</p>${withDept ? `<p>专科：${esc(d.department!)}</p>` : ''}</div></div>
<p class="qa-date">发布日期 Published: ${dayHtml}</p>
<h2>${heading}</h2>
<div class="qa-body">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="qa-disclaimer"><em>免责声明：本文内容仅供一般健康资讯参考，不能取代医生的专业诊断。Disclaimer: for general information only.</em></p>
<div class="qa-cta"><p>立即预约 Book Now</p><a href="https://wa.me/65${rng.int(80000000, 99999999)}">WhatsApp 预约</a><a href="tel:+65${rng.int(60000000, 69999999)}">致电诊所</a></div></article>
${relatedHtml}</main>
<footer class="ftr"><p>© ${page.date!.slice(0, 4)} Kang Ning Medical Pte Ltd. All rights reserved.</p></footer>`;
    const head = canonical ? `<link rel="alternate" hreflang="en" href="https://www.kangning-clinic.com.sg/en/health-qa/${page.item.num}/">\n` : '';
    const html = documentOf(`${page.question} | 康宁医疗 Kang Ning Medical`, canonical, head, body).replace('lang="zh-CN"', 'lang="zh-SG"');
    const expectedRelated: ExpectedItem[] = related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: null, url: canonical ? new URL(url(itemNum(r)), canonical).href : url(itemNum(r)) }));
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor, date, format: 'unknown', related: expectedRelated }) };
  },
};

// --- F6. bilingual-para-pairs ---

const ENGLISH_TITLES: Record<string, string> = {
  主任医师: 'Chief Physician', 副主任医师: 'Associate Chief Physician', 主治医师: 'Attending Physician', 医师: 'Physician',
  主任中医师: 'Chief TCM Physician', 副主任中医师: 'Associate Chief TCM Physician', 主治中医师: 'Attending TCM Physician', 主管药师: 'Pharmacist-in-charge', 副主任护师: 'Associate Chief Nurse', 住院医师: 'Resident Physician',
};
const ENGLISH_QUESTIONS = ['Q: What could be causing this, and what should I do?', 'Q: Is this serious, and does it need treatment?', 'Q: Which tests should I have done?', 'Q: How should this be managed at home?'];
const ENGLISH_ITEM_TITLES = ['A similar question from a patient', 'Read the doctor’s answer', 'More on this condition', 'Another patient asked'];

/**
 * F6. A cross-border medical platform's bilingual Q&A page (www.qiaokang-med.com/qa/…, English and Chinese side by side for
 * expatriates): the `<h1>` holding `Q: …` in English and the question in Chinese (50%; else the Chinese `<h1>` and an
 * English subtitle); the card `Dr. Zhou Wenbo 周文博`, `Chief Physician 主任医师`, `Department 科室：…`, `Partner Hospital
 * 合作医院：…` with `三甲 Grade-A Tertiary` on 30%; the answer three ways — each paragraph printed twice, English then
 * Chinese (`p.en` / `p.zh`, Chinese first on 20%), both in one `<p>` parted by `<br>`, or two whole versions behind an
 * `English | 中文` switch (`data-lang="en"` shown, `data-lang="zh"` hidden, or the other way round); `Dec 3, 2025 ·
 * 2025年12月3日`, `Published 3 Dec 2025` or `2025-12-03`; 相关问答 Related Q&A items with an English and a Chinese title
 * in the link and a Chinese snippet. Key: the Chinese question, the Chinese paragraphs, the Chinese item titles.
 */
const bilingualParaPairs: Family = {
  name: 'bilingual-para-pairs',
  split: 'fresh-67',
  site: 'www.qiaokang-med.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = pinyinPerson(rng);
    const gradeShown = rng.chance(0.3);
    const doctor: TruthDoctor = { name: who.zh, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: gradeShown ? d.hospital_grade : null };
    const en = englishParas(rng, page.paragraphs.length);
    const mode = rng.weighted([['pairs', 5], ['one-p', 2], ['toggle', 3]] as const);
    const zhFirst = rng.chance(0.2);
    const pairs = page.paragraphs.map((zh, i) => {
      const e = `<p class="en" lang="en">${esc(en[i]!)}</p>`;
      const z = `<p class="zh" lang="zh-CN">${esc(zh)}</p>`;
      return zhFirst ? z + e : e + z;
    });
    const answer =
      mode === 'pairs'
        ? pairs.join('\n')
        : mode === 'one-p'
          ? page.paragraphs.map((zh, i) => `<p>${esc(en[i]!)}<br>${esc(zh)}</p>`).join('\n')
          : (() => {
              const enDiv = `<div class="answer-body" data-lang="en"${zhFirst ? ' hidden' : ''}>${en.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
              const zhDiv = `<div class="answer-body" data-lang="zh"${zhFirst ? '' : ' style="display:none"'}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
              return `<div class="lang-tabs"><button data-show="en"${zhFirst ? '' : ' class="active"'}>English</button> | <button data-show="zh"${zhFirst ? ' class="active"' : ''}>中文</button></div>\n${zhFirst ? zhDiv + enDiv : enDiv + zhDiv}`;
            })();
    const enQ = rng.pick(ENGLISH_QUESTIONS);
    const qHtml = rng.chance(0.5) ? `<h1 class="qa-title"><span class="en">${enQ}</span><br><span class="zh">${esc(page.question)}</span></h1>` : `<h1 class="qa-title">${esc(page.question)}</h1><p class="qa-subtitle" lang="en">${enQ}</p>`;
    const dayHtml = rng.pick([`${usDate(page.date!)} · ${cnDate(page.date!)}`, `Published ${ukDate(page.date!)}`, page.date!]);
    const url = (n: number) => `/qa/${n}`;
    const canonical = page.canonical.replace('/q/', '/qa/').replace(/\.html$/, '');
    const relatedHtml = page.related.length
      ? `<aside class="related"><h3>Related Q&amp;A 相关问答</h3><ul>${page.related.map((r) => `<li><a href="${url(itemNum(r))}"><span lang="en">${rng.pick(ENGLISH_ITEM_TITLES)}</span> / <span lang="zh-CN">${esc(r.question)}</span></a><p>${esc(r.snippet)}</p></li>`).join('\n')}</ul></aside>`
      : '';
    const body = `<header><a class="logo" href="/">MedBridge 桥康国际医疗</a><nav><a href="/doctors">Doctors 医生</a><a href="/qa" class="on">Q&amp;A 问答</a><a href="/insurance">Insurance 商保直付</a></nav></header>
<main><article class="qa">${qHtml}<p class="qa-date">${dayHtml}</p>
<div class="doctor"><p class="doctor-name">Dr. ${who.pinyin} ${who.zh}</p><p class="doctor-title">${ENGLISH_TITLES[d.title!] ?? 'Physician'} ${d.title}</p><p>Department 科室：${esc(d.department!)}</p><p>Partner Hospital 合作医院：${esc(d.hospital!)}${gradeShown ? ` <span class="grade">${d.hospital_grade} ${d.hospital_grade!.startsWith('二') ? 'Grade-A Secondary' : 'Grade-A Tertiary'}</span>` : ''}</p></div>
<section class="answer"><h2>Doctor's Answer 医生解答</h2>
${answer}</section>
<p class="disclaimer">This content is for reference only. 本内容仅供参考，不能替代面诊。</p></article>
${relatedHtml}</main>
<footer>© MedBridge 桥康国际医疗 · 沪ICP备${rng.int(10000000, 99999999)}号</footer>`;
    const html = documentOf(`${page.question} | MedBridge 桥康`, canonical, `<meta property="og:url" content="${canonical}">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: 'unknown', related: items(page, url, canonical, { dated: false, snippet: true }) }),
    };
  },
};

export const FRESH67_FAMILIES: readonly Family[] = [intlHospitalAskdr, clinicChainWp, hkszHospitalTrad, medtourOverseasQa, sgClinicCn, bilingualParaPairs];
