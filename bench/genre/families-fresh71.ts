import type { Rng } from '../../kit/pages/rng.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { cityOf, keyedItems, maskedPhone, paras } from './families-fresh70.js';
import { ASKER_LINES, FEW_SURNAMES, FEW_TITLES, dayText, documentOf, hm, itemNum, noEntryKey, personName, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap, type Encoding } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Seventy-first fresh held-out set (split `fresh-71`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **private specialist hospitals'
 * SEO Q&A pages (民营专科医院: 男科, 妇科, 皮肤病, 眼科, 耳鼻喉, 肛肠, 胃肠 …) and the 站群 sites that feed them**, as such
 * pages stand in 2026: the hospital's own 专家解答 page, its `m.` twin, a 站群 mini-site for one disease keyword, a
 * 商务通 consult record published as Q&A, a 医院集团's 专家问答 portal over many cities' branches, and a 在线咨询 landing
 * page quoting one doctor's answer. Not fresh-35's swt-chat-invite (a chat box over an ordinary card), fresh-41's
 * seo-stuffing (hidden keywords), fresh-57's hospital-cms-ask (a public hospital's CMS) or zhanqun-mirror (a copy of
 * another site's answer), nor fresh-68's seo-tag-juhe (a keyword list page): other sites, other hard cases. Modelled
 * from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which doctor answered**: the one whose card heads or signs the answer (`解答专家`, `接诊专家`, `——name`); the
 *   sidebar 专家团队, a 坐诊专家 table, the chat invite's `name 在线` and other branches' doctors are no card of it;
 * - **the title is the 职称 as printed**; promotional words beside it (`从医28年`, `知名专家`, `特聘教授`, `资深专家`,
 *   `学科带头人`, `权威专家`) and posts (`原三甲医院主任`, `技术院长`, `专家组组长`) are none of it: null where no 职称 is printed;
 * - **the hospital is the private hospital the doctor answers for**, as the card prints it, else as the site names itself
 *   (masthead, logo, footer, `本站由…主办`: fresh-57's convention); a group portal's branch, not the group; **the
 *   doctor's former hospital in the bio (`原北岸市第一人民医院…主任`) is none**, its grade no grade; private hospitals
 *   print no grade: null on every key;
 * - the department the card's as printed (null where the card prints none);
 * - **a 咨询记录's answer is the doctor's turns only**: the 导医 / 客服 / 咨询助理's greetings, questions, phone requests
 *   and bookings are none of it; **a record a 导医 alone answered holds no doctor's answer: `noEntry`**;
 * - calls to action between the answer's paragraphs (`点击咨询专家`, `预约挂号`, `咨询电话：400-…`, `温馨提示：…点击咨询
 *   在线医生`), chat-invite boxes (`LR_` / `swt` divs, 专家在线), keyword headings set between paragraphs (`北岸治疗痔疮哪家
 *   医院好？`), 患者评价 and forms are none of the answer; keyword links on words of the text leave the words;
 * - **the question is the one asked** (`<h1>` where it holds it; a landing page's `<h1>` keyword heading is not: its
 *   `患者问：` is); a keyword `<title>` or `关键词：` line is none of it;
 * - **the date is the answer's day**: `发布时间` / `时间` / `回复时间`, a record's 开始时间 (its doctor's turns are
 *   time-only on that day); `浏览次数`, `今日已有 N 人咨询`, 出诊时间 and 近期出诊 days, 提问时间, a booked day and the
 *   copyright year date nothing; `更新时间` dates the answer only where no other day of it is printed (the README's
 *   convention); all days year-first (no day-first question);
 * - format: a group portal's `图文回复` / `语音回复` tag where printed, else unknown;
 * - items: 相关问答 / 猜你关心 / 同类问题 are the page's related (with snippet where printed; a question only is a link,
 *   `[]`); 热门文章 / 医院动态 lists of promotional titles are no items; an item's link as written where the page names no
 *   address of its own, else resolved against the canonical (a `m.` page's canonical naming its www twin included).
 */

type Related = TruthPage['related'][number];

// --- the private hospital ---

const BRANDS = ['华康', '仁爱', '博爱', '长江', '阳光', '现代', '华夏', '和美'];
/** The kind of private hospital that would answer the page's disease. */
const KIND_OF: Readonly<Record<string, string>> = {
  耳鼻喉科: '耳鼻喉医院', 消化内科: '胃肠医院', 肝胆外科: '胃肠医院', 骨科: '骨科医院', 皮肤科: '皮肤病医院', 泌尿外科: '男科医院', 男科: '男科医院',
  乳腺外科: '妇科医院', 妇科: '妇科医院', 妇产科: '妇产医院', 眼科: '眼科医院', 肛肠科: '肛肠医院', 口腔科: '口腔医院', 儿科: '儿童医院', 神经内科: '脑科医院', 精神心理科: '心理医院',
};
interface Hospital {
  name: string;
  city: string;
  brand: string;
  /** The disease word keyword pages stuff: 痔疮, 前列腺炎. */
  word: string;
  phone: string;
}
const privateHospital = (rng: Rng, page: TruthPage, brand = rng.pick(BRANDS)): Hospital => {
  const word = topicWord(page);
  const department = TOPICS.find((t) => t.disease === word)?.department ?? '';
  const city = cityOf(page);
  return { name: `${city}${brand}${KIND_OF[department] ?? '中西医结合医院'}`, city, brand, word, phone: `400-${rng.int(100, 999)}-${rng.int(1000, 9999)}` };
};

const PROMOS = ['从医30年', '知名专家', '特聘教授', '资深专家', '学科带头人', '原三甲医院主任', '权威专家', '专家组组长', '技术院长'];
/** The title among 1–3 promotional words, in the page's order; the title left out where `title` is null. */
const padded = (rng: Rng, title: string | null): string[] => {
  const words = rng.shuffle(PROMOS).slice(0, rng.int(1, 3)).map((p) => (p === '从医30年' ? `从医${rng.int(12, 40)}年` : p));
  if (title) words.splice(rng.int(0, words.length), 0, title);
  return words;
};
const joinPadded = (rng: Rng, words: readonly string[]) => {
  const sep = rng.pick([' ', '　', '｜', '、', 'span']);
  return sep === 'span' ? words.map((w) => `<span${cls(rng)}>${w}</span>`).join('') : words.join(sep);
};
/** A bio naming the doctor's former (public) hospital, its grade beside it on half: none of the card. */
const formerBio = (rng: Rng, d: TruthDoctor) =>
  `${rng.pick(['原', '曾任'])}${esc(d.hospital!)}${d.hospital_grade && rng.chance(0.5) ? `（${d.hospital_grade}）` : ''}${esc(d.department!)}${rng.pick(['主任', '副主任', '骨干医师'])}，${rng.pick(['从事临床工作三十余年', '中华医学会会员', '多次赴国外进修学习'])}，${rng.pick(['擅长疑难病症的诊治', '对常见病、多发病有丰富的临床经验', '深受患者信赖'])}。`;

// --- sales furniture: calls to action, chat invites, teams, footers ---

/** A call to action as sites set it between the answer's paragraphs; some look like paragraphs. */
const cta = (rng: Rng, h: Hospital) =>
  rng.pick([
    `<div class="swt-btn"><a href="javascript:void(0)" onclick="openZoosUrl();return false;">点击咨询专家</a> <a href="/yuyue/">预约挂号</a></div>`,
    `<p${cls(rng)}><a href="/swt/" target="_blank">&gt;&gt;&gt;点击在线咨询${esc(h.word)}专家，获取个性化治疗方案</a></p>`,
    `<p${cls(rng)}>咨询电话：<b>${h.phone}</b>（${rng.pick(['24小时在线', '节假日不休', '专家免费解答'])}）</p>`,
    `<div${cls(rng)}><a href="/swt/"><img src="/images/zx_btn.gif" alt="在线咨询"></a> <a href="/yuyue/"><img src="/images/yy_btn.gif" alt="预约挂号"></a></div>`,
    `<p${cls(rng)}>温馨提示：病情因人而异，<a href="/swt/">点击咨询在线医生</a>，获取专属诊疗方案。</p>`,
    `<p${cls(rng)}><strong>如果您还有疑问，可以<a href="/swt/">点击咨询</a>${esc(h.name)}在线专家，或拨打免费热线${h.phone}。</strong></p>`,
  ]);
/** The answer's paragraphs with a call to action after each but the last on `share` of them; `line` prints a paragraph. */
const withCtas = (rng: Rng, h: Hospital, paragraphs: readonly string[], share: number, line = (p: string) => `<p>${esc(p)}</p>`) =>
  paragraphs.map((p, i) => `${line(p)}${i < paragraphs.length - 1 && rng.chance(share) ? `\n${cta(rng, h)}` : ''}`).join('\n');
/** A 商务通 / 快商通 invite: another doctor `在线` with a first-person greeting. */
const chatInvite = (rng: Rng, h: Hospital, other: string) =>
  rng.pick([
    `<div id="LRdiv0" style="position:fixed;left:50%;top:30%;z-index:2147483647"><div id="LR_User_Icon0"><img src="/swt/avatar_${token(rng, 6)}.jpg"></div><div id="LRdiv1">${esc(other)} ${rng.pick(FEW_TITLES)} <em>在线</em></div><p>您好，我是${esc(other)}医生，请问您哪里不舒服？可以详细描述一下您的症状。</p><a id="LRfloater0" href="javascript:void(0)">立即咨询</a> <a href="javascript:void(0)" onclick="LR_HideInvite()">稍后再说</a></div>`,
    `<div class="swt-center" style="display:block"><h4>专家在线</h4><img src="/swt/zj.png"><p>${esc(other)}医生正在线，${esc(h.word)}问题可免费咨询</p><p>今日已有<b>${rng.int(80, 900)}</b>人咨询</p><a href="/swt/">马上咨询</a><a href="tel:${h.phone}">电话回拨</a></div>`,
    `<div id="kst_invite" class="kuaishang"><div class="kst-head">${esc(h.name)}在线咨询</div><div class="kst-msg">${esc(other)}主任：您好，有什么可以帮助您的吗？</div><textarea placeholder="请输入您的问题"></textarea><button>发送</button></div>`,
  ]);
const SCHEDULES = ['周一至周日全天', '周二、周四、周六上午', '每周三、周六全天', '周一至周五上午', '节假日不休'];
/** Another doctor of the hospital as a team list prints them: none answered. */
const teamMember = (rng: Rng, name: string) =>
  `<li${cls(rng)}><img src="/uploads/zj/${token(rng, 8)}.jpg" alt="${esc(name)}"><b>${esc(name)}</b> <span>${joinPadded(rng, padded(rng, rng.pick(FEW_TITLES)))}</span><p>出诊时间：${rng.pick(SCHEDULES)}</p><a href="/swt/">咨询</a> <a href="/yuyue/">预约</a></li>`;
const team = (rng: Rng, not: string, head: string) =>
  `<div${cls(rng)}><h3>${head}</h3><ul${cls(rng)}>${Array.from({ length: rng.int(2, 4) }, () => teamMember(rng, personName(rng, not))).join('\n')}</ul></div>`;
const ROADS = ['人民路', '解放大道', '建设路', '中山北路', '滨江东路'];
const PROVINCES = ['苏', '浙', '鄂', '湘', '豫', '川', '粤'];
/** A private hospital's footer: 地址, 来院路线, 医保定点, 备案号, a copyright year (no day). */
const hospitalFooter = (rng: Rng, h: Hospital) =>
  `<div${cls(rng)}><p>${rng.pick(['Copyright © 2008-2026', '©2026', '版权所有 © 2015-2026'])} ${esc(h.name)}</p><p>地址：${esc(h.city)}市${rng.pick(ROADS)}${rng.int(12, 388)}号</p><p>来院路线：乘${rng.int(1, 99)}路、${rng.int(100, 399)}路公交至${rng.pick(['医院', '广场', '市政府', '体育馆'])}站下车即到</p><p>${rng.pick(['医保定点单位', '城镇职工医保定点医院', '新农合定点医院'])} 咨询热线：${h.phone}</p><p><a href="https://beian.miit.gov.cn/">${rng.pick(PROVINCES)}ICP备${rng.int(10_000_000, 99_999_999)}号-${rng.int(1, 5)}</a></p><p>本站信息仅供参考，不能作为诊断及医疗的依据</p></div>`;
const counter = (rng: Rng) => rng.pick([`今日已有<b>${rng.int(50, 900)}</b>人咨询`, `今日已有 ${rng.int(50, 900)} 人咨询`, `已有${rng.int(1000, 30000)}人阅读`]);
/** Promotional titles of a 热门文章 / 医院动态 list: no questions of the page's, no items. */
const promoList = (rng: Rng, h: Hospital) =>
  `<div${cls(rng)}><h3>${rng.pick(['热门文章', '医院动态', '最新资讯'])}</h3><ul>${rng
    .shuffle([`${h.city}${h.word}医院哪家好`, `${h.name}引进德国微创设备`, `${h.word}的治疗费用一般是多少`, `${h.city}治疗${h.word}哪家医院好`, `${h.name}是正规医院吗`, `${h.name}${rng.int(2, 12)}月惠民活动`])
    .slice(0, rng.int(3, 5))
    .map((t) => `<li><a href="/news/${rng.int(1000, 9999)}.html">${esc(t)}</a></li>`)
    .join('')}</ul></div>`;
/** The keyed card: name, the 职称 where printed, the department where printed, the private hospital, no grade. */
const cardKey = (page: TruthPage, h: Hospital, titled: boolean, department: boolean): TruthDoctor => ({
  name: page.doctor.name,
  title: titled ? page.doctor.title : null,
  department: department ? page.doctor.department : null,
  hospital: h.name,
  hospital_grade: null,
});
const ENCODINGS: readonly (readonly [Encoding, number])[] = [['utf-8', 6], ['gb2312-http-equiv', 2], ['gbk-meta', 2]];

// --- F1. minying-zhuanjia-jieda ---

/**
 * F1. A private hospital's own 专家解答 page (www.{brand}…/zjjd/{id}.html; GB2312 or GBK on 40%): the logo's alt and masthead
 * name the hospital, a 400 number; crumbs; `<h1>` question; `发布时间` with `浏览次数` and on 30% a later `更新时间`, the
 * `今日已有 N 人咨询` counter; `患者提问：`; `解答专家：` name, the 职称 among promotional words (none on 15%), the department
 * on 80%, `坐诊医院：` on 60%, a bio naming the former hospital on 60%; a call to action after most paragraphs; the
 * 专家团队 sidebar before or after the content; a chat invite; 相关文章: linked questions with `[MM-DD]` or nothing
 * (link items), canonical on 40%; 热门文章; the footer.
 */
const minyingZhuanjiaJieda: Family = {
  name: 'minying-zhuanjia-jieda',
  split: 'fresh-71',
  site: 'www.hkzkyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = privateHospital(rng, page);
    const encoding = rng.weighted(ENCODINGS);
    const titled = rng.chance(0.85);
    const dept = rng.chance(0.8);
    const updated = rng.chance(0.3);
    const own = rng.chance(0.4) ? `https://www.hkzkyy.com/zjjd/${page.item.num}.html` : null;
    const meta = rng.shuffle([
      `<span>发布时间：${dayText(rng, page.date!, page.time)}</span>`,
      `<span>浏览次数：${rng.int(120, 9000)}次</span>`,
      ...(updated ? [`<span>更新时间：${dayText(rng, shift(page.date!, rng.int(20, 400)))}</span>`] : []),
    ]);
    const card = `<div${cls(rng)}><img src="/uploads/zj/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><p>解答专家：<b>${esc(d.name!)}</b></p><p>${joinPadded(rng, padded(rng, titled ? d.title : null))}</p>${
      dept ? `<p>${rng.pick(['科室：', '所在科室：', ''])}${esc(d.department!)}</p>` : ''
    }${rng.chance(0.6) ? `<p>坐诊医院：${esc(h.name)}</p>` : ''}${rng.chance(0.6) ? `<p${cls(rng)}>${formerBio(rng, d)}</p>` : ''}<a href="/swt/">向TA提问</a></div>`;
    const answer = `<div${cls(rng)}><h3>${rng.pick(['专家解答：', '专家回复', '医生解答'])}</h3>${withCtas(rng, h, page.paragraphs, 0.8)}</div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zjjd/${itemNum(r)}.html`;
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关文章', '相关问答', '相关阅读'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a>${rng.chance(0.5) ? ` <span>[${r.date!.slice(5)}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const content = `<div${cls(rng)}><div${cls(rng)}>您的位置：<a href="/">首页</a> &gt; <a href="/zjjd/">专家解答</a> &gt; ${esc(dept ? d.department! : h.word)}</div>
<h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>${meta.join(' ')} <span>${counter(rng)}</span></div>
<div${cls(rng)}><p>${rng.pick(['患者提问：', '病情描述：', '问题补充：'])}${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, rng.chance(0.7) ? `${card}\n${answer}` : `${answer}\n${card}`, 1)}
${list}</div>`;
    const side = `<div${cls(rng)}>${team(rng, d.name!, rng.pick(['专家团队', '坐诊专家', '名医推荐']))}${promoList(rng, h)}</div>`;
    const body = `<div${cls(rng)}><a href="/"><img src="/images/logo.png" alt="${esc(h.name)}"></a> <span>${esc(h.name)}</span> <span>${rng.pick(['医保定点', '正规医院'])}</span> <b>${h.phone}</b></div>
<div${cls(rng)}><a href="/">首页</a> <a href="/about/">医院简介</a> <a href="/zjjd/">专家解答</a> <a href="/lxwm/">来院路线</a> <a href="/swt/">在线咨询</a></div>
${rng.chance(0.5) ? `${content}\n${side}` : `${side}\n${content}`}
${hospitalFooter(rng, h)}
${chatInvite(rng, h, personName(rng, d.name!))}`;
    const title = `${page.question}_${h.city}${h.word}医院哪家好_${h.name}`;
    const head = `<meta name="keywords" content="${esc(`${h.city}${h.word}医院,${h.city}治疗${h.word}哪家好,${h.word}怎么治疗`)}">\n`;
    const html = documentOf(title, own, head, body, charsetMeta(encoding));
    return {
      body: encode(html, encoding),
      expected: expectedOf(page, { doctor: cardKey(page, h, titled, dept), format: 'unknown', related: keyedItems(related, href, own, false, false) }),
    };
  },
};

// --- F2. minying-m-twin ---

/**
 * F2. The same kind of page's `m.` twin (m.{brand}…/wenda/{id}.html): a header with the logo's alt and a `tel:` icon, a
 * 专家在线 strip; `<h1>` question, `网友 · 32岁 · 男`; the card (avatar, name, `title · 从医N年` (no 职称 on 20%), the hospital
 * and department on 70%, else only in the header and footer); the answer folded (`max-height`, `展开全文`) on half, a
 * consult box between paragraphs; `发布时间` (40%), `更新时间` alone (35%: dates the answer) or both (25%: the 发布 day);
 * a 坐诊专家 scroller; 猜你关心 (question, snippet), canonical naming the www twin on half; the fixed bottom bar.
 */
const minyingMTwin: Family = {
  name: 'minying-m-twin',
  split: 'fresh-71',
  site: 'm.hkzkyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = privateHospital(rng, page);
    const titled = rng.chance(0.8);
    const placed = rng.chance(0.7);
    const days = rng.weighted([['pub', 4], ['upd', 35 / 10], ['both', 25 / 10]] as const);
    const later = shift(page.date!, rng.int(3, 300));
    const dayLine =
      days === 'pub' ? `发布时间：${dayText(rng, page.date!)}` : days === 'upd' ? `更新时间：${dayText(rng, page.date!)}` : `发布时间：${dayText(rng, page.date!)} <span>更新时间：${dayText(rng, later)}</span>`;
    const folded = rng.chance(0.5);
    const mbox = () => `<div class="m-zx${rng.int(1, 3)}"><a href="tel:${h.phone}">电话咨询</a><a href="/swt/">在线咨询</a><a href="/yuyue/">预约挂号</a></div>`;
    const text = page.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i < page.paragraphs.length - 1 && rng.chance(0.6) ? mbox() : ''}`).join('\n');
    const card = `<div${cls(rng)}><img src="https://m.hkzkyy.com/zj/${token(rng, 8)}.jpg"><div${cls(rng)}><b>${esc(d.name!)}</b> <span>${joinPadded(rng, [...(titled ? [d.title!] : []), `从医${rng.int(12, 40)}年`])}</span>${
      placed ? `<p>${rng.pick([`${esc(h.name)} · ${esc(d.department!)}`, `${esc(d.department!)} | ${esc(h.name)}`])}</p>` : ''
    }<p>擅长：${esc(h.word)}及${rng.pick(['相关疾病', '疑难病症'])}的诊治</p></div><a href="/swt/">咨询TA</a></div>`;
    const answer = folded
      ? `<div class="art-con" style="max-height:320px;overflow:hidden">${text}</div><div class="more">展开全文 ∨</div>`
      : `<div${cls(rng)}>${text}</div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const own = rng.chance(0.5) ? `https://www.hkzkyy.com/wenda/${page.item.num}.html` : null;
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['猜你关心', '相关问答', '大家都在问'])}</h3>${related.map((r) => `<a href="${href(r)}"${cls(rng)}><h4>${esc(r.question)}</h4><p>${esc(r.snippet)}</p></a>`).join('\n')}</div>`
      : '';
    const scroller = `<div${cls(rng)}><h3>坐诊专家</h3><div style="overflow-x:auto;white-space:nowrap">${Array.from({ length: rng.int(2, 3) }, () => {
      const n = personName(rng, d.name!);
      return `<div${cls(rng)}><img src="/zj/${token(rng, 6)}.jpg"><b>${esc(n)}</b><span>${rng.pick(FEW_TITLES)}</span><a href="/swt/">咨询</a></div>`;
    }).join('')}</div></div>`;
    const body = `<header${cls(rng)}><a href="/"><img src="/m/logo.png" alt="${esc(h.name)}"></a><a href="tel:${h.phone}" class="tel-ico"></a></header>
<div class="m-swt-top">${esc(h.word)}专家在线 免费咨询 &gt;</div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p>网友 · ${rng.int(18, 60)}岁 · ${rng.pick(['男', '女'])}</p><p${cls(rng)}>${dayLine}</p>
${rng.chance(0.6) ? `${card}${answer}` : `${answer}${card}`}
<p${cls(rng)}>${counter(rng)}</p></div>
${rng.chance(0.5) ? `${scroller}\n${list}` : `${list}\n${scroller}`}
<div${cls(rng)}><p>${esc(h.name)}</p><p>咨询热线：${h.phone}</p></div>
<div class="m-foot-fixed" style="position:fixed;bottom:0"><a href="/swt/">在线咨询</a><a href="tel:${h.phone}">电话咨询</a><a href="/yuyue/">预约挂号</a></div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n`;
    const html = documentOf(`${page.question}-${h.name}手机版`, own, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardKey(page, h, titled, placed), format: 'unknown', related: keyedItems(related, href, own, true, false) }),
    };
  },
};

// --- F3. zhanqun-keyword-site ---

/**
 * F3. A 站群 mini-site for one disease keyword (`北岸痔疮网`, www.{city}{word}…/wenda/{id}.html; GBK on 40%): a keyword
 * `<title>`, `<h1>` question, a `关键词：` line; `时间：day 来源：hospital 作者：admin 点击：N`; the card `专家：` / `职称：` (promos
 * beside the 职称, none on 20%) / `医院：` (on 75%; else the hospital only in `本站由…主办`) / `科室：`; the answer with the
 * disease word linked once a paragraph, a keyword `<h3>` between two paragraphs on half, calls to action; 相关问答 (snippet on
 * half, else link items), no canonical; 热门文章; a chat box.
 */
const zhanqunKeywordSite: Family = {
  name: 'zhanqun-keyword-site',
  split: 'fresh-71',
  site: 'www.bajbzx.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = privateHospital(rng, page);
    const encoding = rng.weighted(ENCODINGS);
    const siteName = rng.pick([`${h.city}${h.word}网`, `${h.city}${h.word}咨询网`, `${h.word}治疗专题站`]);
    const titled = rng.chance(0.8);
    const named = rng.chance(0.75);
    const linked = (p: string) => `<p>${p.includes(h.word) ? esc(p).replace(esc(h.word), `<a href="/" target="_blank"><strong>${esc(h.word)}</strong></a>`) : esc(p)}</p>`;
    const seoHead = rng.chance(0.5) ? rng.int(1, Math.max(1, page.paragraphs.length - 1)) : -1;
    const text = withCtas(rng, h, page.paragraphs, 0.5, (p) => `${page.paragraphs.indexOf(p) === seoHead ? `<h3>${esc(rng.pick([`${h.city}治疗${h.word}哪家医院好？`, `${h.city}${h.word}医院排名`, `${h.word}怎么治疗效果好？`]))}</h3>` : ''}${linked(p)}`);
    const rows = [
      `<li>专家：${esc(d.name!)}</li>`,
      `<li>职称：${joinPadded(rng, padded(rng, titled ? d.title : null))}</li>`,
      ...(named ? [`<li>医院：${esc(h.name)}</li>`] : []),
      `<li>科室：${esc(d.department!)}</li>`,
    ];
    const card = rng.chance(0.5) ? `<ul${cls(rng)}>${rows.join('')}</ul>` : `<p${cls(rng)}>${rows.map((r) => r.replace(/<\/?li>/g, '')).join('　')}</p>`;
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div${cls(rng)}><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/"><img src="/images/logo.gif" alt="${esc(siteName)}"></a> <b>${esc(siteName)}</b> <span>${h.phone}</span></div>
<div${cls(rng)}><a href="/">${esc(h.word)}首页</a> <a href="/zhengzhuang/">${esc(h.word)}症状</a> <a href="/zhiliao/">${esc(h.word)}治疗</a> <a href="/wenda/">${esc(h.word)}问答</a> <a href="/swt/">在线咨询</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p${cls(rng)}>关键词：${esc(`${h.city}${h.word}医院 ${h.city}治疗${h.word}哪家好 ${h.word}的症状`)}</p>
<p${cls(rng)}>时间：${dayText(rng, page.date!, page.time)}　来源：${esc(rng.chance(0.6) ? h.name : siteName)}　作者：admin　点击：<script src="/plus/count.php?aid=${page.item.num}"></script></p>
${rng.chance(0.5) ? `${card}<div${cls(rng)}>${text}</div>` : `<div${cls(rng)}>${text}</div>${card}`}
<p>上一篇：<a href="/wenda/${page.item.num - 1}.html">${esc(`${h.word}能自愈吗`)}</a></p></div>
${list}
${promoList(rng, h)}
<div${cls(rng)}><p>本站由${esc(h.name)}主办 | ${esc(siteName)} 版权所有</p><p>${rng.pick(PROVINCES)}ICP备${rng.int(10_000_000, 99_999_999)}号</p><p>本站内容仅供参考</p></div>
${chatInvite(rng, h, personName(rng, d.name!))}`;
    const title = `${h.city}${h.word}医院_${h.city}治疗${h.word}哪家好_${siteName}`;
    const html = documentOf(title, null, `<meta name="keywords" content="${esc(`${h.city}${h.word}医院,${h.word}`)}">\n`, body, charsetMeta(encoding));
    return {
      body: encode(html, encoding),
      expected: expectedOf(page, { doctor: cardKey(page, h, titled, true), format: 'unknown', related: keyedItems(related, href, null, snippets, false) }),
    };
  },
};

// --- F4. swt-zixun-jilu ---

const VISITOR_ACKS = ['嗯', '好的', '哦哦', '明白了', '那要多少钱？'];
/**
 * F4. A 商务通 consult record published as Q&A (www.{brand}…/zxjl/{id}.html, 咨询记录 / 在线咨询实录): the masthead's hospital;
 * `<h1>` question; the record's head (访客编号, 开始时间 with the day, 访客来源, 搜索关键词, 接诊专家); a card box (name, the 职称 with
 * promos, department); the turns as 商务通's export (`<font color>` heads) or as bubbles: the 导医 / 客服's greeting and
 * questions, the visitor's question and words, `已为您转接…`, the doctor's turns (one a paragraph, a time alone over each, a
 * visitor's `嗯` between on half), the 导医's phone request and a booked day; on 15% the 导医 alone answers (noEntry);
 * 更多咨询记录 link items.
 */
const swtZixunJilu: Family = {
  name: 'swt-zixun-jilu',
  split: 'fresh-71',
  site: 'www.hkzxjl.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = privateHospital(rng, page);
    const guideOnly = rng.chance(0.15);
    const guide = rng.pick([`导医小${rng.pick(FEW_SURNAMES)}`, '在线客服', '咨询助理', `客服${rng.int(1, 30)}号`]);
    const doc = rng.pick([`${d.name}医生`, `${d.name}`, `${d.name!.slice(0, 1)}主任`, '专家']);
    const exported = rng.chance(0.5);
    let seconds = Number(page.time.slice(0, 2)) * 3600 + Number(page.time.slice(3)) * 60;
    const clock = () => {
      seconds = Math.min(seconds + rng.int(15, 140), 23 * 3600 + 59 * 60);
      return [seconds / 3600, (seconds / 60) % 60, seconds % 60].map((n) => String(Math.floor(n)).padStart(2, '0')).join(':');
    };
    const start = clock();
    const turn = (who: 'guide' | 'visitor' | 'doctor', text: string) => {
      const name = who === 'guide' ? guide : who === 'visitor' ? '访客' : doc;
      return exported
        ? `<p><font color="${who === 'visitor' ? '#0000ff' : who === 'guide' ? '#008040' : '#ff0000'}">${esc(name)}  ${clock()}</font><br>${esc(text)}</p>`
        : `<div class="msg ${who === 'visitor' ? 'msg-r' : 'msg-l'}"><div class="who">${esc(name)} <time>${clock()}</time></div><div class="txt">${esc(text)}</div></div>`;
    };
    const age = rng.int(18, 60);
    const turns = [
      turn('guide', `您好，欢迎咨询${h.name}，请问有什么可以帮您？`),
      turn('visitor', page.question),
      turn('visitor', rng.pick(ASKER_LINES)),
      turn('guide', '请问您今年多大年龄？这种情况多久了？'),
      turn('visitor', `${age}岁，${rng.int(1, 12)}个月了`),
      ...(guideOnly
        ? [turn('guide', `您这种情况建议尽早来院做个检查，明确病因后才能对症治疗，我们医院${h.word}科是重点专科。`), turn('guide', '您可以先预约，来院不用排队。')]
        : [
            turn('guide', `好的，已为您转接${d.name}${rng.pick(['主任', '医生', '专家'])}，请稍等。`),
            ...page.paragraphs.flatMap((p, i) => [turn('doctor', p), ...(i < page.paragraphs.length - 1 && rng.chance(0.5) ? [turn('visitor', rng.pick(VISITOR_ACKS))] : [])]),
          ]),
      turn('guide', `为了方便专家回访，您可以留个电话吗？`),
      turn('visitor', maskedPhone(rng)),
      turn('guide', `已为您预约${shift(page.date!, rng.int(1, 5))}上午的专家号，来院报姓名即可，挂号免费。`),
    ];
    const head = `<table${cls(rng)}><tr><td>访客编号：${token(rng, 10)}</td><td>开始时间：${dayText(rng, page.date!)} ${start}</td></tr><tr><td>访客来源：${rng.pick(['百度搜索', '360搜索', '搜狗搜索', '直接访问'])}</td><td>搜索关键词：${esc(`${h.city}${h.word}医院哪家好`)}</td></tr><tr><td>所在地区：${esc(h.city)}</td><td>接诊：${esc(guideOnly ? guide : `${d.name}（${guide}转接）`)}</td></tr></table>`;
    const card = guideOnly
      ? ''
      : `<div${cls(rng)}><img src="/uploads/zj/${token(rng, 8)}.jpg"><p>接诊专家：<b>${esc(d.name!)}</b> ${joinPadded(rng, padded(rng, d.title))}</p><p>${esc(d.department!)}</p><p>${formerBio(rng, d)}</p></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/zxjl/${itemNum(r)}.html`;
    const list = related.length ? `<div${cls(rng)}><h3>${rng.pick(['更多咨询记录', '相关咨询', '最新咨询'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('')}</ul></div>` : '';
    const body = `<div${cls(rng)}><img src="/images/logo.png" alt="${esc(h.name)}"> <b>${esc(h.name)}</b> <span>咨询热线：${h.phone}</span></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/zxjl/">在线咨询实录</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1>${head}${card}<div${cls(rng)}>${turns.join('\n')}</div><p${cls(rng)}>以上为真实咨询记录，已隐去患者隐私信息。${cta(rng, h)}</p></div>
${list}
${hospitalFooter(rng, h)}`;
    const html = documentOf(`${page.question}_咨询记录_${h.name}`, null, '', body);
    const expected = guideOnly
      ? noEntryKey(page, 'a consult record a 导医 alone answered: no doctor answered')
      : expectedOf(page, { doctor: cardKey(page, h, true, true), format: 'unknown', related: keyedItems(related, href, null, false, false) });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. jituan-zhuanjia-portal ---

const GROUPS = ['华康医疗集团', '仁爱医疗集团', '博爱医疗连锁'];
const OTHER_CITIES = ['江州', '北岸', '南川', '东临', '西河', '青阳', '临海'];
/**
 * F5. A 医院集团's 专家问答 portal over its branches (www.{group}…/wenda/{id}.html, canonical always): the group's logo, a city
 * switch; `<h1>` question, `网友 · 提问时间：` (before the reply); the reply: `name title (promos on half) | branch · department`,
 * a bio whose former hospital carries its grade on half, `回复时间：` with a `图文回复` / `语音回复` tag on half where the format is
 * known; the answer with a branch's booking line between two paragraphs on 40%; 近期出诊 with full days after the reply, or a
 * week table; 各地分院专家 (other cities' doctors); 同类问题 (question, snippet, day); a footer of branches' addresses.
 */
const jituanZhuanjiaPortal: Family = {
  name: 'jituan-zhuanjia-portal',
  split: 'fresh-71',
  site: 'www.hkylzx.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const group = rng.pick(GROUPS);
    const h = privateHospital(rng, page, group.slice(0, 2));
    const promos = rng.chance(0.5);
    const tagged = page.format !== 'unknown' && rng.chance(0.5);
    const fmtTag = tagged ? ` <span${cls(rng)}>${page.format === 'voice' ? '语音回复' : page.format === 'video' ? '视频回复' : '图文回复'}</span>` : '';
    const cities = rng.shuffle(OTHER_CITIES.filter((c) => c !== h.city)).slice(0, rng.int(3, 5));
    const branchOf = (city: string) => `${city}${h.brand}${h.name.slice(h.city.length + h.brand.length)}`;
    const titleHtml = promos ? joinPadded(rng, padded(rng, d.title)) : d.title!;
    const card = `<div${cls(rng)}><img src="https://img.hkylzx.com/doctor/${token(rng, 10)}.jpg"><div><b>${esc(d.name!)}</b> ${titleHtml}</div><p>${rng.pick([`${esc(h.name)} · ${esc(d.department!)}`, `执业医院：${esc(h.name)}　科室：${esc(d.department!)}`])}</p><p${cls(rng)}>${formerBio(rng, d)}</p></div>`;
    const booking = rng.chance(0.4) ? rng.int(1, Math.max(1, page.paragraphs.length - 1)) : -1;
    const text = page.paragraphs.map((p, i) => `${i === booking ? `<p${cls(rng)}>【${esc(h.city)}分院】预约电话：${h.phone}，网上预约享优先就诊。</p>` : ''}<p>${esc(p)}</p>`).join('\n');
    const visits = rng.chance(0.5)
      ? `<div${cls(rng)}><h4>近期出诊</h4>${Array.from({ length: rng.int(2, 4) }, (_, i) => `<p>${shift(page.date!, 2 + i * rng.int(2, 5))} ${rng.pick(['上午', '下午', '全天'])} ${esc(h.name)}</p>`).join('')}</div>`
      : `<table${cls(rng)}><tr><th>出诊时间</th>${['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((w) => `<th>${w}</th>`).join('')}</tr><tr><td>上午</td>${Array.from({ length: 7 }, () => `<td>${rng.chance(0.4) ? '出诊' : '—'}</td>`).join('')}</tr></table>`;
    const others = `<div${cls(rng)}><h3>各地分院专家</h3>${cities
      .slice(0, 3)
      .map((c) => `<div${cls(rng)}><b>${esc(personName(rng, d.name!))}</b> ${rng.pick(FEW_TITLES)}<p>${esc(branchOf(c))}</p><a href="/swt/">咨询</a></div>`)
      .join('')}</div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const own = `https://www.hkylzx.com/wenda/${page.item.num}.html`;
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['同类问题', '相关问答', '其他网友还问了'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${dayText(rng, r.date!)}</span></li>`).join('\n')}</ul></div>`
      : '';
    const branches = `<div${cls(rng)}>${[h.city, ...cities].map((c) => `<p>${esc(branchOf(c))}　地址：${esc(c)}市${rng.pick(ROADS)}${rng.int(12, 388)}号　电话：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</p>`).join('')}<p>© 2026 ${group} 版权所有</p></div>`;
    const body = `<div${cls(rng)}><img src="/static/logo.png" alt="${group}"> <b>${group}</b> 专家问答 <span>当前城市：${esc(h.city)} <a href="/city/">[切换]</a></span></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p>网友${token(rng, 4)} · 提问时间：${dayText(rng, shift(page.date!, -rng.int(0, 3)))}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
<div${cls(rng)}>${card}<div${cls(rng)}>${text}</div><p${cls(rng)}>回复时间：${dayText(rng, page.date!, page.time)}${fmtTag}</p>${visits}</div>
${rng.chance(0.5) ? `${others}\n${list}` : `${list}\n${others}`}
${branches}`;
    const html = documentOf(`${page.question}-${group}专家问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardKey(page, h, true, true), format: tagged ? page.format : 'unknown', related: keyedItems(related, href, own, true, true) }),
    };
  },
};

// --- F6. zaixian-zixun-landing ---

const TESTIMONIALS = ['在这里治疗了一个疗程，现在基本没有再犯了，感谢医生！', '医生很耐心，讲得很清楚，环境也不错。', '预约后不用排队，检查很快就做完了。'];
/**
 * F6. A 在线咨询 landing page (www.{brand}…/zt/zx/?id=…): a banner whose alt stuffs keywords, an `<h1>` keyword heading (not the
 * question), the counter and `N位专家在线`; a 快速咨询 form; 专家答疑: `患者问：` question, `专家答：` the first paragraph, the
 * rest, calls to action between, signed `——name title/promos，hospital department` (the hospital there on 70%, else only the
 * banner and footer); a 坐诊专家 table (name, 职称, 擅长, 出诊时间 as weekdays) of 2–3 doctors, the answering one among them on
 * half; 患者评价; `更新时间：` at the foot on 35% (the only day: dates the answer), else no day; no list; chat boxes.
 */
const zaixianZixunLanding: Family = {
  name: 'zaixian-zixun-landing',
  split: 'fresh-71',
  site: 'www.hkzxlp.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const h = privateHospital(rng, page);
    const titled = rng.chance(0.8);
    const named = rng.chance(0.7);
    const dated = rng.chance(0.35);
    const [first, ...rest] = page.paragraphs;
    const label = rng.chance(0.5);
    const qa = `<div${cls(rng)}><p${cls(rng)}><b>${rng.pick(['患者问：', '网友提问：', '问：'])}</b>${esc(page.question)}</p><p${cls(rng)}>${label ? `<b>${rng.pick(['专家答：', '专家回复：', '答：'])}</b>` : ''}${esc(first!)}</p>${
      rest.length ? `\n${cta(rng, h)}\n${withCtas(rng, h, rest, 0.6)}` : ''
    }<p${cls(rng)}>——${esc(d.name!)} ${joinPadded(rng, padded(rng, titled ? d.title : null))}，${named ? `${esc(h.name)}` : ''}${esc(d.department!)}</p></div>`;
    const rows = rng.shuffle([
      ...Array.from({ length: rng.int(2, 3) }, () => [personName(rng, d.name!), rng.pick(FEW_TITLES)] as const),
      // The answering doctor's row only where the signature prints the 职称: the table would print it else.
      ...(titled && rng.chance(0.5) ? [[d.name!, d.title!] as const] : []),
    ]);
    const table = `<table${cls(rng)}><tr><th>专家</th><th>职称</th><th>擅长</th><th>出诊时间</th></tr>${rows.map(([n, t]) => `<tr><td>${esc(n)}</td><td>${t}</td><td>${esc(h.word)}</td><td>${rng.pick(SCHEDULES)}</td></tr>`).join('')}</table>`;
    const form = `<form${cls(rng)} action="/api/lead" method="post"><h3>快速咨询</h3><input name="name" placeholder="您的姓名"><input name="tel" placeholder="手机号码"><textarea name="desc" placeholder="请简单描述您的症状，专家将在5分钟内回复"></textarea><button>免费咨询</button></form>`;
    const reviews = `<div${cls(rng)}><h3>患者评价</h3>${rng.shuffle(TESTIMONIALS).slice(0, 2).map((t) => `<p>${rng.pick(FEW_SURNAMES)}${rng.pick(['女士', '先生'])}：${t}</p>`).join('')}</div>`;
    const body = `<div class="banner"><img src="/zt/zx/banner.jpg" alt="${esc(`${h.city}${h.word}医院哪家好 ${h.name}`)}"></div>
<h1${cls(rng)}>${esc(rng.pick([`${h.city}${h.word}专家在线解答`, `${h.word}怎么治疗？${h.name}专家为您解答`, `${h.city}看${h.word}哪家好`]))}</h1>
<p${cls(rng)}>${counter(rng)}，${rng.int(3, 12)}位专家在线</p>
${rng.chance(0.5) ? form : ''}
<div${cls(rng)}><h2>${rng.pick(['专家答疑', '名医解答', '患者问答'])}</h2>${qa}</div>
<div${cls(rng)}><h2>坐诊专家</h2>${table}</div>
${reviews}${rng.chance(0.5) ? '' : form}
<div${cls(rng)}><p>${esc(h.name)} 咨询热线：${h.phone}</p>${dated ? `<p>更新时间：${dayText(rng, page.date!)}</p>` : ''}<p>${rng.pick(['©2026', 'Copyright © 2026'])} ${esc(h.name)}</p></div>
${chatInvite(rng, h, personName(rng, d.name!))}
<div class="swt-bottom" style="position:fixed;bottom:0">${esc(h.word)}专家在线 免费咨询 <a href="/swt/">立即咨询</a></div>`;
    const html = documentOf(`${h.city}${h.word}医院哪家好_${h.name}`, null, '<meta name="viewport" content="width=device-width">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardKey(page, h, titled, true), date: dated ? page.date : null, format: 'unknown', related: [] }),
    };
  },
};

export const FRESH71_FAMILIES: readonly Family[] = [minyingZhuanjiaJieda, minyingMTwin, zhanqunKeywordSite, swtZixunJilu, jituanZhuanjiaPortal, zaixianZixunLanding];
