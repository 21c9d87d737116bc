import type { Rng } from '../../kit/pages/rng.js';
import { CITIES, HOSPITAL_KINDS } from '../../kit/pages/vocab.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, RELATED_HEADS, cutAnswer, dayText, documentOf, formatWord, hm, itemNum, noEntryKey, otherName, personName, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-eighth fresh held-out set (split `fresh-68`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **aggregator, mirror and scraper
 * sites that republish doctors' answers from the big portals**, as such pages stand in 2026: a 问答聚合 page showing
 * one question's answers from several portals, a 百度知道-kind page where a netizen re-posts a doctor's answer with
 * its attribution, a 采集站 article whose card is flattened into an attribution line, a 健康头条-kind hub whose copy is
 * cut off with `…查看全文` to the source, a 伪原创 站群 page with spun text, keyword links and ads between paragraphs,
 * and an aggregator's keyword page listing several questions' cut answers. Not fresh-13's scraper-mirror, fresh-57's
 * zhanqun-mirror or fresh-41's seo-stuffing (other sites, other markup, other hard cases). Modelled from memory of
 * such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **whose answer**: the doctor's whose answer the page reproduces, with the card as the copy prints it (a flattened
 *   or re-labelled one read as its fields: `专家：` name, `职务：` title, `单位：` hospital); the re-poster (a netizen's
 *   nickname, LV, 最佳答案 badge), the mirror's 作者 / 编辑 (admin, 小编) and the source portal's name (有来医生,
 *   好大夫在线) are no doctor and no hospital; the grade only where printed;
 * - **which day**: the source answer's day where the copy prints it (原回答时间, 回答时间, 首发于 … day); the copy's own
 *   发布时间 / 更新时间 / 编辑于, a re-post's 回答于 and a relative `3天前` date nothing: null where only they are printed
 *   (as fresh-57's zhanqun-mirror keys it);
 * - attribution lines (`来源：有来医生`, `本文转载自…，如有侵权请联系删除`, `原文链接：…`), a re-poster's opener
 *   (`以下是…医生的回答：`), watermarks (a visible `本文来源：… 转载请注明出处` line, text hidden by `display:none` or a
 *   zero font), ads and 【推荐阅读】 lines between paragraphs, keyword tag lines are none of the answer;
 * - a spun (伪原创) answer is keyed as printed, its swapped words and all: the page's words, nobody can print the
 *   original's; keyword links injected on words of the text leave the words in the text;
 * - **a copy cut off** with `…查看全文` / `阅读原文` linking to the source is still the page's entry (its own page of
 *   that question, with the card): its answer the paragraphs as printed, the cut one with its ellipsis, the link
 *   text none of it (fresh-14's cut-preview convention);
 * - **several answers from different sources**: the page's entry is the first doctor's answer shown, with its card,
 *   source day and format (fresh-50's youlai-two-doctors convention); a netizen's answer without a card (百度知道
 *   网友) is never it, even shown first; the other doctors' answers are none of it and no items;
 * - a keyword page listing several questions' cut answers (`胃炎怎么办相关问答`) holds no Q&A of its own: `noEntry`,
 *   even where its `<h1>` is one listed question;
 * - related items: an ad item (广告, 推广) is none; an item's link as written where absolute (a scraped list's link to
 *   the source portal), a root-relative one resolved against the page's canonical or og:url where it names one, else
 *   as written; an item showing only its question (and its count of answers) is a link (`[]`).
 */

type Related = TruthPage['related'][number];

/** A portal the aggregators copy from: its name as attributions print it, and its question pages' address. */
interface Source {
  name: string;
  url: (n: number) => string;
}
const SOURCES: readonly Source[] = [
  { name: '有来医生', url: (n) => `https://www.youlai.cn/ask/${n}.html` },
  { name: '好大夫在线', url: (n) => `https://www.haodf.com/wenda/${n}.html` },
  { name: '39问医生', url: (n) => `https://ask.39.net/question/${n}.html` },
  { name: '快速问医生', url: (n) => `https://www.120ask.com/question/${n}.htm` },
  { name: '寻医问药网', url: (n) => `https://club.xywy.com/static/${n}.htm` },
  { name: '百度健康', url: (n) => `https://health.baidu.com/m/detail/ar_${n}` },
];

/** A link as a dataset user resolves it: against the page's own address where it names one, else as written. */
const resolved = (href: string, own: string | null) => (own ? new URL(href, own).href : href);

/** The key's items: each at its drawn address, with its snippet where printed, dated where `dated`. */
const keyedItems = (related: readonly Related[], hrefs: readonly string[], own: string | null, o: { snippet: boolean; dated: boolean }): ExpectedItem[] =>
  related.map((r, i) => ({ question: r.question, paragraphs: o.snippet ? [r.snippet] : [], format: 'unknown', date: o.dated ? r.date : null, url: resolved(hrefs[i]!, own) }));

/** The doctor as the copy prints them: the grade where `grade`. */
const printedDoctor = (page: TruthPage, grade: boolean): TruthDoctor => ({ ...page.doctor, hospital_grade: grade ? page.doctor.hospital_grade : null });

/** A copy's own later day: when the mirror took or re-posted the answer. */
const copyDay = (rng: Rng, page: TruthPage) => shift(page.date!, rng.int(30, 900));

const OTHER_DEPARTMENTS = ['消化内科', '呼吸内科', '全科', '内科', '中医科', '普通外科', '皮肤科', '儿科'];
/** Another doctor answering the same question on another portal. */
const otherDoctor = (rng: Rng, not: string) => ({ name: personName(rng, not), title: rng.pick(FEW_TITLES), hospital: `${rng.pick(CITIES)}${rng.pick(HOSPITAL_KINDS)}`, department: rng.pick(OTHER_DEPARTMENTS) });
const OTHER_ANSWERS = [
  '你好，根据你描述的情况，考虑和生活习惯有关，建议先调整作息，清淡饮食，观察一段时间。',
  '这种情况需要到医院面诊，做相关检查明确原因后再对症处理，不要自行用药。',
  '一般问题不大，注意休息，多喝温水，如果症状持续一周以上不缓解，建议就医。',
  '建议完善血常规等基础检查，结合检查结果再判断，平时避免劳累和受凉。',
  '可以先对症处理，同时注意观察变化，如有加重请及时到正规医院就诊。',
];
const NETIZEN_ANSWERS = ['我之前也这样，后来去医院看了，吃了几天药就好了。', '建议去正规医院看看，别在网上乱搜，越搜越害怕。', '多喝热水，早点睡觉，过几天就好了，我每次都是这样。', '同问，我也有这个情况，坐等专业人士回答。'];
const NICKNAMES = ['匿名用户', '健康小达人', '快乐的小鱼', 'sunny_2019', '爱吃橘子的猫', '知道网友', '风中的承诺'];
const nickname = (rng: Rng) => `${rng.pick(NICKNAMES)}${rng.chance(0.5) ? rng.int(10, 9999) : ''}`;
const AD_TEXTS = ['在线问诊 三甲医生5分钟回复', '体检套餐限时5折，点击预约', '老中医调理肠胃，坚持一个月见效', '医保定点 专家坐诊 免费挂号', '专业治疗 费用透明 立即咨询'];
/** An ad block between paragraphs or list items: none of the answer, no item. */
const adBlock = (rng: Rng) =>
  rng.pick([
    `<div${cls(rng)}><span${cls(rng)}>广告</span><a href="https://ad.${token(rng, 6)}.com/c?id=${token(rng, 8)}" rel="nofollow">${rng.pick(AD_TEXTS)}</a></div>`,
    `<ins class="adsbygoogle" style="display:block" data-ad-slot="${rng.int(1000000000, 9999999999)}"></ins>`,
    `<div${cls(rng)}><a href="https://e.${token(rng, 5)}.cn/${token(rng, 6)}" target="_blank">${rng.pick(AD_TEXTS)}</a><i>推广</i></div>`,
  ]);
/** The source doctor in one attribution or card line, as copies print it. */
const flatCard = (rng: Rng, d: TruthDoctor, grade: string | null) =>
  rng.pick([
    `${esc(d.name!)} ${d.title} ${esc(d.hospital!)}${grade ? `（${grade}）` : ''} ${esc(d.department!)}`,
    `医生：${esc(d.name!)}　职称：${d.title}　医院：${esc(d.hospital!)}${grade ? `（${grade}）` : ''}　科室：${esc(d.department!)}`,
    `${esc(d.name!)}（${d.title}，${esc(d.hospital!)}${grade ? ` ${grade}` : ''}，${esc(d.department!)}）`,
  ]);

// --- F1. juhe-multi-source ---

/**
 * F1. A 问答聚合 page (www.wendajuhe.com/q/…): the `<h1>` question, the asker's line, `共N个回答 · 来自k个平台`, the hub's own
 * 更新时间 (none of any answer); 2–4 answer blocks, each `来自有来医生` / `来源：好大夫在线` / `本回答采集自39问医生` with a 查看原文
 * link to the portal, its card, text, its own `回答时间` (a format word on 40% of the first where known); on 30% a 百度知道
 * netizen's answer without a card first; the other doctors' answers shorter, their days before or after; related questions
 * (snippet, `来源 · N个回答`, the day on 40%), linked on the hub, a canonical on half.
 */
const juheMultiSource: Family = {
  name: 'juhe-multi-source',
  split: 'fresh-68',
  site: 'www.wendajuhe.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const sources = rng.shuffle(SOURCES);
    const own = rng.chance(0.5) ? page.canonical : null;
    const gradeShown = rng.chance(0.5);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const netizenFirst = rng.chance(0.3);
    const others = rng.int(1, 3);
    const block = (src: Source, card: string, paras: readonly string[], when: string) =>
      `<div${cls(rng)}><div${cls(rng)}>${rng.pick([`来自${src.name}`, `来源：${src.name}`, `本回答采集自${src.name}`])} <a href="${src.url(rng.int(100000, 9999999))}" rel="nofollow" target="_blank">查看原文</a></div>
${card}<div${cls(rng)}>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div${cls(rng)}>${when}</div></div>`;
    const cardOf = (o: { name: string; title: string; hospital: string; department: string }, grade: string | null) =>
      `<div${cls(rng)}><b>${esc(o.name)}</b> <span>${o.title}</span> <span>${esc(o.department)}</span><p>${esc(o.hospital)}${grade ? ` <em>${grade}</em>` : ''}</p></div>`;
    const first = block(
      sources[0]!,
      cardOf({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, gradeShown ? d.hospital_grade : null),
      page.paragraphs,
      `回答时间：${dayText(rng, page.date!, page.time)}${printFormat ? ` <span>${formatWord(rng, page.format)}</span>` : ''}`,
    );
    const rest = Array.from({ length: others }, (_, i) => {
      const o = otherDoctor(rng, d.name!);
      return block(sources[i + 1]!, cardOf(o, null), [rng.pick(OTHER_ANSWERS)], `回答时间：${dayText(rng, shift(page.date!, rng.int(-300, 400)))}`);
    });
    const netizen = `<div${cls(rng)}><div>来自百度知道 · 网友回答</div><p><span>${nickname(rng)}</span> ${dayText(rng, shift(page.date!, rng.int(-100, 100)))}</p><p>${rng.pick(NETIZEN_ANSWERS)}</p></div>`;
    const netizenLast = !netizenFirst && rng.chance(0.3);
    const answers = [...(netizenFirst ? [netizen] : []), first, ...rest, ...(netizenLast ? [netizen] : [])];
    const platforms = others + 1 + (netizenFirst || netizenLast ? 1 : 0);
    const dated = rng.chance(0.4);
    const hrefs = page.related.map((r) => `/q/${itemNum(r)}.html`);
    const related = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS)}</h3><ul>${page.related
          .map((r, i) => `<li${cls(rng)}><a href="${hrefs[i]}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${rng.pick(SOURCES).name} · ${rng.int(2, 12)}个回答</span>${dated ? ` <span>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">问答聚合</a> <a href="/tag/">热门标签</a> <a href="/new/">最新问答</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p>${esc(rng.pick(ASKER_LINES))}</p>
<p${cls(rng)}>共${answers.length}个回答 · 来自${platforms}个平台 · 更新时间：${dayText(rng, copyDay(rng, page))}</p>
${answers.join('\n')}</div>
${related}
<div${cls(rng)}>本站内容均来自互联网，仅供参考，如有侵权请联系删除。</div>`;
    const html = documentOf(`${page.question}_${topicWord(page)}_问答聚合`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: printedDoctor(page, gradeShown), format: printFormat ? page.format : 'unknown', related: keyedItems(page.related, hrefs, own, { snippet: true, dated }) }),
    };
  },
};

// --- F2. zhidao-repost ---

const REPOST_OPENERS = ['以下是{src}上{name}医生的回答，供参考：', '帮你找了一个专业医生的回答，希望对你有帮助：', '医生是这样说的：', '{name}医生的解答如下：'];

/**
 * F2. A 百度知道-kind page (zhidao.wenwenba.com/question/…) whose best answer is a netizen's re-post of a doctor's answer:
 * the `<h1>` question, `nick 提问于 day` (after the doctor's day); the 最佳答案 / 推荐答案 box (or none): the netizen's
 * nickname and LV, an opener naming the source on half, the doctor's paragraphs, the attribution (`来源：有来医生 name
 * title hospital department`, `——摘自…` or a `医生：… 职称：…` line; the grade on 30%), the source day `原回答时间：` on
 * half, `本文转载自…，如有侵权请联系删除` and `原文链接：` now and then, `回答于 day` (the re-post's), 赞 / 评论; 1–2 other
 * netizens' answers; 相关问题: questions and their `N个回答` only (links), a canonical on 40%.
 */
const zhidaoRepost: Family = {
  name: 'zhidao-repost',
  split: 'fresh-68',
  site: 'zhidao.wenwenba.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const src = rng.pick(SOURCES);
    const own = rng.chance(0.4) ? page.canonical.replace('/q/', '/question/') : null;
    const asked = shift(page.date!, rng.int(20, 800));
    const reposted = shift(asked, rng.int(0, 3));
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const sourceDay = rng.chance(0.5);
    const opener = rng.chance(0.5) ? `<p>${esc(rng.pick(REPOST_OPENERS).replace('{src}', src.name).replace('{name}', d.name!))}</p>` : '';
    const card = flatCard(rng, d, grade);
    const attribution = rng.pick([`来源：${src.name} ${card}`, `——摘自${src.name}，${card}`, `${card}<br>（来自${src.name}）`]);
    const dayLine = sourceDay ? `<p>${rng.pick(['原回答时间：', '医生回答时间：'])}${dayText(rng, page.date!)}</p>` : '';
    const reprint = rng.chance(0.4) ? `<p>本文转载自${src.name}，如有侵权请联系删除。</p>` : '';
    const link = rng.chance(0.4) ? `<p>原文链接：${src.url(page.item.num)}</p>` : '';
    const asker = nickname(rng);
    let reposter = nickname(rng);
    while (reposter === asker) reposter = nickname(rng);
    const box = `<div${cls(rng)}>${rng.pick(['<div>最佳答案</div>', '<div>推荐答案</div>', '<div>提问者采纳</div>', ''])}<div${cls(rng)}><span>${reposter}</span> <i>LV${rng.int(3, 12)}</i></div>
<div${cls(rng)}>${opener}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}<p${cls(rng)}>${attribution}</p>${dayLine}${reprint}${link}</div>
<div${cls(rng)}>回答于 ${dayText(rng, reposted, hm(rng))} · 赞(${rng.int(0, 300)}) · 评论(${rng.int(0, 20)})</div></div>`;
    const more = Array.from({ length: rng.int(1, 2) }, () => `<div${cls(rng)}><span>${nickname(rng)}</span><p>${rng.pick(NETIZEN_ANSWERS)}</p><span>${dayText(rng, shift(reposted, rng.int(0, 60)))}</span></div>`);
    const hrefs = page.related.map((r) => `/question/${itemNum(r)}.html`);
    const related = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关问题', '其他类似问题', '大家还在问'])}</h3><ul>${page.related
          .map((r, i) => `<li><a href="${hrefs[i]}">${esc(r.question)}</a> <span>${rng.int(1, 60)}个回答</span></li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">问问吧知道</a> <form action="/search"><input name="word"><button>搜索答案</button></form> <a href="/ask">我要提问</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p>${esc(rng.pick(ASKER_LINES))}</p><p><span>${asker}</span> 提问于 ${dayText(rng, asked)}</p></div>
${box}
<div${cls(rng)}><h3>其他${more.length}条回答</h3>${more.join('\n')}</div>
${related}`;
    const html = documentOf(`${page.question}_问问吧知道`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: printedDoctor(page, grade !== null), date: sourceDay ? page.date : null, format: 'unknown', related: keyedItems(page.related, hrefs, own, { snippet: false, dated: false }) }),
    };
  },
};

// --- F3. zhuanzai-article ---

const EDITORS = ['admin', '小编', '养生君', '编辑部', 'jkzs01'];

/**
 * F3. A 采集站 article (www.yangsheng-kb.com/article/…, GBK on 30%): `<h1>` question; a meta row `发布时间：` (the copy's day
 * with a time) · `来源：有来医生` · `作者：admin` · `浏览：N次`; the card flattened into one line before or after the answer
 * (`本文由 hospital department name title 解答`, `解答医生：… 职称：… 医院：…（grade on 30%） 科室：…`, or 【医生】 / 【医院】 /
 * 【科室】 lines with the grade); the answer with, on half, a visible watermark line between two paragraphs and, on 40%, the
 * mirror's domain hidden inside one (`display:none` or a zero font); the source day on 60% (`原文发布时间：`, `首发于有来医生，
 * 2023年5月6日`); `原文链接：` on 60%; `本文转载自…，版权归原作者所有`; 相关阅读 items (question, snippet, no day) linked on the
 * mirror, a canonical on 40%.
 */
const zhuanzaiArticle: Family = {
  name: 'zhuanzai-article',
  split: 'fresh-68',
  site: 'www.yangsheng-kb.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const src = rng.pick(SOURCES);
    const gbk = rng.chance(0.3);
    const own = rng.chance(0.4) ? page.canonical.replace('/q/', '/article/') : null;
    const kind = rng.weighted([['sentence', 3], ['labels', 4], ['brackets', 3]] as const);
    const grade = kind !== 'sentence' && rng.chance(0.3) ? d.hospital_grade : null;
    const gap = rng.pick([' ', '']);
    const card =
      kind === 'sentence'
        ? `<p${cls(rng)}>本文由${gap}${esc(d.hospital!)}${gap}${esc(d.department!)}${gap}${esc(d.name!)}${gap}${d.title}${gap}解答</p>`
        : kind === 'labels'
          ? `<p${cls(rng)}>解答医生：${esc(d.name!)}　职称：${d.title}　医院：${esc(d.hospital!)}${grade ? `（${grade}）` : ''}　科室：${esc(d.department!)}</p>`
          : `<div${cls(rng)}><p>【医生】${esc(d.name!)} ${d.title}</p><p>【医院】${esc(d.hospital!)}${grade ? `（${grade}）` : ''}</p><p>【科室】${esc(d.department!)}</p></div>`;
    const domain = 'www.yangsheng-kb.com';
    const paras = page.paragraphs.map((p) => esc(p));
    if (rng.chance(0.4)) {
      // The mirror's mark hidden inside a paragraph, after a full stop where there is one.
      const i = rng.int(0, paras.length - 1);
      const hidden = rng.pick([`<span style="display:none">${domain}</span>`, `<font style="font-size:0px;color:#fff">养生知识网</font>`, `<span style="display: none;">本文来自养生知识网</span>`]);
      const at = paras[i]!.indexOf('。');
      paras[i] = at > 0 ? `${paras[i]!.slice(0, at + 1)}${hidden}${paras[i]!.slice(at + 1)}` : `${paras[i]}${hidden}`;
    }
    const html0 = paras.map((p) => `<p>${p}</p>`);
    if (paras.length > 1 && rng.chance(0.5)) {
      const mark = rng.pick([`（本文来源：养生知识网 ${domain}，转载请注明出处）`, '更多健康知识请关注养生知识网公众号', '【养生知识网整理】']);
      html0.splice(rng.int(1, paras.length - 1), 0, `<p${cls(rng)} style="color:#999">${mark}</p>`);
    }
    const sourceDay = rng.chance(0.6);
    const dayLine = sourceDay
      ? rng.pick([`<p>原文发布时间：${dayText(rng, page.date!)}</p>`, `<p>首发于${src.name}，${dayText(rng, page.date!)}</p>`, `<p>（回答时间：${dayText(rng, page.date!, page.time)}）</p>`])
      : '';
    const link = rng.chance(0.6) ? `<p>原文链接：<a href="${src.url(page.item.num)}" rel="nofollow">${src.url(page.item.num)}</a></p>` : '';
    const cardFirst = rng.chance(0.5);
    const article = `${cardFirst ? card : ''}<div${cls(rng)}>${html0.join('\n')}</div>${cardFirst ? '' : card}${dayLine}
<div${cls(rng)}><p>本文转载自${src.name}，版权归原作者所有，如有侵权请联系删除。</p>${link}<p>${esc(rng.pick(DISCLAIMERS))}</p></div>`;
    const hrefs = page.related.map((r) => `/article/${itemNum(r)}.html`);
    const related = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关阅读', '推荐阅读', '相关文章'])}</h3><ul>${page.related.map((r, i) => `<li${cls(rng)}><a href="${hrefs[i]}">${esc(r.question)}</a><p>${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">养生知识网</a> <a href="/jibing/">疾病</a> <a href="/yinshi/">饮食</a> <a href="/wenda/">问答</a></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 正文</div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><div${cls(rng)}>发布时间：${dayText(rng, copyDay(rng, page), hm(rng))}　来源：${src.name}　作者：${rng.pick(EDITORS)}　浏览：${rng.int(100, 20000)}次</div>
${article}</div>
${related}
<div${cls(rng)}>Copyright © 养生知识网 本站部分内容来自网络</div>`;
    const html = documentOf(`${page.question}_${topicWord(page)}_养生知识网`, own, `<meta name="keywords" content="${esc(topicWord(page))},${esc(topicWord(page))}怎么办">\n`, body, charsetMeta(gbk ? 'gbk-meta' : 'utf-8'));
    return {
      body: encode(html, gbk ? 'gbk-meta' : 'utf-8'),
      expected: expectedOf(page, { doctor: printedDoctor(page, grade !== null), date: sourceDay ? page.date : null, format: 'unknown', related: keyedItems(page.related, hrefs, own, { snippet: true, dated: false }) }),
    };
  },
};

// --- F4. toutiao-hub-cutoff ---

/**
 * F4. A 健康头条-kind hub (m.jiankangtt.com/a/…, mobile): the `<h1>` question; the card re-labelled (`权威医生` / `认证医生`
 * badge, `title | department`, the hospital with a 三甲 tag on half); `内容来源：有来医生` / `本文来自…`; the hub's `编辑于` day
 * or `N天前`, the source's `回答于` day on 60%; a format word on 40% where known; the answer cut after 60–180 characters with
 * `…` / `...` / `……` and a `查看全文` / `阅读原文 >` / `去有来医生查看完整回答` link to the source (70%; else whole, with 阅读原文
 * after it); 相关回答: question, `source · name医生`, snippet, a 查看全文 link, each linked at the source portal (absolute) or
 * on the hub (half each), 1–2 广告 items among them on half; og:url on half.
 */
const toutiaoHubCutoff: Family = {
  name: 'toutiao-hub-cutoff',
  split: 'fresh-68',
  site: 'm.jiankangtt.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const src = rng.pick(SOURCES);
    const own = rng.chance(0.5) ? page.canonical.replace('/q/', '/a/') : null;
    const gradeShown = rng.chance(0.5);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const sourceDay = rng.chance(0.6);
    const cut = rng.chance(0.7) ? cutAnswer(page.paragraphs, rng.int(60, 180), rng.pick(['…', '...', '……'])) : null;
    const shown = cut ?? page.paragraphs;
    const more = cut
      ? rng.pick(['查看全文', '阅读原文 &gt;', `去${src.name}查看完整回答`])
      : '阅读原文';
    const moreLink = `<a href="${src.url(page.item.num)}"${cls(rng)}>${more}</a>`;
    const inline = cut !== null && rng.chance(0.5);
    const answer = `<div${cls(rng)}>${shown.map((p, i) => `<p>${esc(p)}${inline && i === shown.length - 1 ? ` ${moreLink}` : ''}</p>`).join('')}</div>${inline ? '' : `<div${cls(rng)}>${moreLink}</div>`}`;
    const card = `<div${cls(rng)}><img src="//img.jiankangtt.com/avatar/${token(rng, 10)}.jpg" alt=""><div><b>${esc(d.name!)}</b> <span${cls(rng)}>${rng.pick(['权威医生', '认证医生', '已认证'])}</span></div><div>${d.title} | ${esc(d.department!)}</div><div>${esc(d.hospital!)}${gradeShown ? ` <span${cls(rng)}>${d.hospital_grade}</span>` : ''}</div></div>`;
    const hubDay = rng.chance(0.5) ? `编辑于 ${dayText(rng, copyDay(rng, page))}` : `${rng.int(1, 29)}天前`;
    const meta = `<div${cls(rng)}><span>${rng.pick([`内容来源：${src.name}`, `本文来自${src.name}`])}</span> <span>${hubDay}</span>${sourceDay ? ` <span>回答于${dayText(rng, page.date!)}</span>` : ''}${printFormat ? ` <span>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    // Each item from a portal, linked there or at the hub's own copy of it.
    const itemSources = page.related.map(() => rng.pick(SOURCES));
    const hrefs = page.related.map((r, i) => (rng.chance(0.5) ? itemSources[i]!.url(itemNum(r)) : `/a/${itemNum(r)}.html`));
    const lis = page.related.map(
      (r, i) =>
        `<li${cls(rng)}><a href="${hrefs[i]}"${cls(rng)}>${esc(r.question)}</a><div>${itemSources[i]!.name} · ${otherName(rng)}医生</div><p>${esc(r.snippet)}</p><a href="${hrefs[i]}">查看全文</a></li>`,
    );
    if (lis.length && rng.chance(0.5)) {
      for (let n = rng.int(1, 2); n > 0; n--) lis.splice(rng.int(1, lis.length), 0, `<li${cls(rng)}>${adBlock(rng)}</li>`);
    }
    const related = lis.length ? `<div${cls(rng)}><h3>${rng.pick(['相关回答', '大家都在看', '相关问答'])}</h3><ul>${lis.join('\n')}</ul></div>` : '';
    const body = `<div${cls(rng)}><a href="/">健康头条</a> <a href="/app">打开APP</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1>${rng.chance(0.5) ? `${card}\n${meta}` : `${meta}\n${card}`}
${answer}</div>
${related}
<div${cls(rng)}>健康头条 · 内容聚合自各大健康平台，版权归原作者所有</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 健康头条`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: printedDoctor(page, gradeShown),
        paragraphs: shown,
        date: sourceDay ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: keyedItems(page.related, hrefs, own, { snippet: true, dated: false }),
      }),
    };
  },
};

// --- F5. weiyuanchuang-spun ---

/** A 伪原创 tool's swaps: a word of the answer for a look-alike. */
const SPINS: readonly (readonly [string, string])[] = [
  ['建议', '提议'], ['患者', '病人'], ['可以', '能够'], ['治疗', '医治'], ['注意', '留意'], ['及时', '立即'],
  ['逐渐', '慢慢'], ['饮食', '膳食'], ['避免', '防止'], ['适当', '恰当'], ['医生', '大夫'], ['症状', '病症'],
];

/**
 * F5. A 伪原创 站群 page (www.jbwd120.net/wenda/…): the answer run through a spinner (3–8 swaps of 建议→提议, 患者→病人,
 * 治疗→医治 … over every paragraph); keyword links on words of the text (`<a href="/tag/…">慢性胃炎</a>`, the disease and a
 * second word, once a paragraph); 1–2 ads (广告 slot, `adsbygoogle`, 推广 link) and on 40% a 【推荐阅读】 line between
 * paragraphs; the card re-labelled (`专家：` / `职务：` / `单位：` (grade on 40%) / `科室：` in a `<dl>`, `<ul>` or one line);
 * `更新时间：` (the mirror's day) and the copied `回答时间：` on 60%; `来源：网络` / `本站整理`; a `关键词：` tag line; 猜你喜欢
 * (question, snippet) linked relative or at the mirror's absolute address, no canonical.
 */
const weiyuanchuangSpun: Family = {
  name: 'weiyuanchuang-spun',
  split: 'fresh-68',
  site: 'www.jbwd120.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const swaps = rng.shuffle(SPINS).slice(0, rng.int(3, 8));
    const spun = page.paragraphs.map((p) => swaps.reduce((s, [a, b]) => s.split(a).join(b), p));
    const topic = topicWord(page);
    const words = [topic, ...swaps.map(([, b]) => b).slice(0, 1)];
    const linked = spun.map((p) => {
      let html = esc(p);
      for (const w of words) {
        const at = html.indexOf(esc(w));
        if (at >= 0) html = `${html.slice(0, at)}<a href="/tag/${token(rng, 6)}/" target="_blank"${cls(rng)}>${esc(w)}</a>${html.slice(at + esc(w).length)}`;
      }
      return `<p>${html}</p>`;
    });
    const inserts = [...Array.from({ length: rng.int(1, 2) }, () => adBlock(rng)), ...(rng.chance(0.4) ? [`<p${cls(rng)}>【推荐阅读】<a href="/wenda/${rng.int(10000, 99999)}.html">${esc(topic)}吃什么好？这几种食物要少吃</a></p>`] : [])];
    for (const ins of inserts) if (linked.length > 1) linked.splice(rng.int(1, linked.length - 1), 0, ins);
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const hosp = `${esc(d.hospital!)}${grade ? `（${grade}）` : ''}`;
    const card = rng.pick([
      `<dl${cls(rng)}><dt>专家：</dt><dd>${esc(d.name!)}</dd><dt>职务：</dt><dd>${d.title}</dd><dt>单位：</dt><dd>${hosp}</dd><dt>科室：</dt><dd>${esc(d.department!)}</dd></dl>`,
      `<ul${cls(rng)}><li>专家：${esc(d.name!)}</li><li>职务：${d.title}</li><li>单位：${hosp}</li><li>科室：${esc(d.department!)}</li></ul>`,
      `<p${cls(rng)}>专家：${esc(d.name!)}　职务：${d.title}　单位：${hosp}　科室：${esc(d.department!)}</p>`,
    ]);
    const sourceDay = rng.chance(0.6);
    const meta = `<div${cls(rng)}>更新时间：${dayText(rng, copyDay(rng, page), hm(rng))}　来源：${rng.pick(['网络', '本站整理', '互联网'])}${sourceDay ? `　回答时间：${dayText(rng, page.date!)}` : ''}</div>`;
    const absolute = rng.chance(0.5);
    const hrefs = page.related.map((r) => `${absolute ? 'https://www.jbwd120.net' : ''}/wenda/${itemNum(r)}.html`);
    const related = page.related.length
      ? `<div${cls(rng)}><h3>猜你喜欢</h3><ul>${page.related.map((r, i) => `<li${cls(rng)}><a href="${hrefs[i]}">${esc(r.question)}</a><p>${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">疾病问答网</a> <a href="/wenda/">问答</a> <a href="/tag/">标签</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1>${meta}
${card}
<div${cls(rng)}>${linked.join('\n')}</div>
<p${cls(rng)}>关键词：<a href="/tag/${token(rng, 6)}/">${esc(topic)}</a> <a href="/tag/${token(rng, 6)}/">${esc(topic)}治疗</a> <a href="/tag/${token(rng, 6)}/">${esc(topic)}怎么办</a></p></div>
${related}`;
    const html = documentOf(`${page.question}_${topic}怎么办_${topic}吃什么药_疾病问答网`, null, `<meta name="keywords" content="${esc(topic)},${esc(topic)}治疗">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: printedDoctor(page, grade !== null), paragraphs: spun, date: sourceDay ? page.date : null, format: 'unknown', related: keyedItems(page.related, hrefs, null, { snippet: true, dated: false }) }),
    };
  },
};

// --- F6. seo-tag-juhe (noEntry) ---

/**
 * F6. An aggregator's keyword page (www.wenda-hui.com/tag/…, noEntry): `<title>` `胃炎怎么办_胃炎怎么办相关问答汇总`, the
 * `<h1>` the keyword with 相关问答 (60%) or one listed question itself (40%), `共找到N条相关问答`; 3–8 result cards: the
 * page's question first on 70% with its doctor (`name title hospital`), its answer cut with `…` and a 查看全文 link, `来源：
 * 有来医生` and a day, then the related questions as cards of the same make (another doctor's name); pages `1 2 3 下一页`;
 * 热门标签. Key: no entry and no items: a list of other pages' cut answers, none of its own.
 */
const seoTagJuhe: Family = {
  name: 'seo-tag-juhe',
  split: 'fresh-68',
  site: 'www.wenda-hui.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const topic = topicWord(page);
    const withOwn = rng.chance(0.7) || page.related.length === 0;
    const cardOf = (q: string, who: string, text: string, day: string) => {
      const href = `/q/${rng.int(100000, 999999)}.html`;
      return `<div${cls(rng)}><a href="${href}"${cls(rng)}>${esc(q)}</a><div>${who}</div><p>${esc(text)} <a href="${href}">查看全文</a></p><div>来源：${rng.pick(SOURCES).name}　${dayText(rng, day)}</div></div>`;
    };
    const own = withOwn ? [cardOf(page.question, `${esc(d.name!)} ${d.title} ${esc(d.hospital!)}`, (cutAnswer(page.paragraphs, rng.int(40, 90), '…') ?? page.paragraphs).join(''), page.date!)] : [];
    const others = page.related.slice(0, rng.int(2, 7)).map((r) => cardOf(r.question, `${otherName(rng)} ${rng.pick(FEW_TITLES)}`, r.snippet, r.date ?? page.date!));
    const cards = [...own, ...others];
    const h1 = rng.chance(0.4) && withOwn ? page.question : `${topic}相关问答`;
    const body = `<div${cls(rng)}><a href="/">问答汇</a> <a href="/tag/">标签</a> <a href="/hot/">热门问答</a></div>
<div${cls(rng)}><h1>${esc(h1)}</h1><p>共找到${cards.length + rng.int(10, 300)}条相关问答</p>
${cards.join('\n')}
<div${cls(rng)}><b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a></div></div>
<div${cls(rng)}><h3>热门标签</h3>${[topic, `${topic}治疗`, `${topic}症状`, `${topic}吃什么`].map((t) => `<a href="/tag/${token(rng, 6)}/">${esc(t)}</a>`).join(' ')}</div>`;
    const html = documentOf(`${topic}怎么办_${topic}怎么办相关问答汇总_问答汇`, `https://www.wenda-hui.com/tag/${token(rng, 8)}/`, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: noEntryKey(page, "an aggregator's keyword page: other pages' cut answers listed under a keyword, none of its own") };
  },
};

export const FRESH68_FAMILIES: readonly Family[] = [juheMultiSource, zhidaoRepost, zhuanzaiArticle, toutiaoHubCutoff, weiyuanchuangSpun, seoTagJuhe];
