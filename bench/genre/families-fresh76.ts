import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, ask, cityOf, cnDate, cutSnippet, documentOf, headedHtml, hm, itemNum, itemsOf, otherName, paras, personName, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { encode, esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, MOTHER_TEXTS, OTHER_TEXTS, md, otherDoc, type Doc } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventy-sixth fresh held-out set (split `fresh-76`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, an
 * eleventh set**: six Chinese sites where doctors (or, where the key says so, pharmacists) answer health questions on
 * question pages of their own, none of the sites earlier splits model or name: 宝宝知道's question page (a 认证医生 among
 * mothers, a mother's reply marked 提问者采纳, voice answers with their text, relative and yearless days), 医学微视's video
 * answer page (the player, the transcript under `视频文字版`, a labelled or unlabelled card with a `医院等级：` row, 发布 /
 * 更新 days), 康爱多's 问药师 page (pharmacists, one marked 最佳答案 wherever it stands, a 网友's reply, a 药师推荐 product box,
 * days to the second), 更美's 问答 (certified 医美 doctors beside 过来人 users, one user's answer marked 精选回答, video answers,
 * dotted and yearless days), 全球医院网 问答 in GBK (declared four ways or not at all, a 满意答案, 追问 rounds, a page that
 * prints only its 更新时间, yearless item days) and 爱尔眼科's 眼科问答 (问 / 答 marks, the card as a signature after the
 * text, a 专家团队 sidebar of other doctors, 在线咨询 boxes). Modelled from memory of those pages (no copied markup); the
 * family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 最佳答案 / 满意答案 wherever it stands (a doctor's or pharmacist's, as
 *   fresh-48, fresh-73 to fresh-75), else the first doctor's (pharmacist's on 康爱多); **a mother's (网友's) reply is never
 *   the page's, also where it stands first or is marked 提问者采纳** (fresh-74, fresh-75), **nor a 过来人 user's, also where it
 *   is marked 精选回答 and stands first**; the others' cards, texts and days none of the entry;
 * - **a 追问 round (the asker's 追问 and the doctor's 回复 to it) is none of the answer and dates nothing** (fresh-11, fresh-44,
 *   fresh-72 to fresh-75);
 * - section heads on a line of their own (`病情分析：` / `意见建议：`) are paragraphs of the answer (fresh-49); a head over the
 *   answer (`视频文字版`, `音频文字版`, `医生解答`) and a mark (`答`) no text of it; a voice answer's text printed under its bar
 *   is the answer; `语音已转为文字` a note, none of it;
 * - **the date the page's answer's day**: its `回答时间` / `解答时间` / the day under it / `发布时间`; `N天前`, `N小时前`,
 *   `N个月前` and a day without its year (`05-06`, `05.06`) name none (null); **an `更新时间` only where no other day is
 *   printed** (the README's 最后更新 rule: 医学微视's and 爱尔's pages that print it alone, 全球医院网's pages with no answer
 *   day and no 提问时间); the asker's day, a 追问's and the other answers' date nothing;
 * - **the card**: badges (`认证医生`, `已做过该项目`, `过来人`) none of it; a card printed as a signature after the text
 *   (`解答专家：name title hospital department`) is the card; a 专家团队 / 推荐医院 sidebar of other doctors or hospitals is none
 *   of it; 擅长 no field; the grade only where printed beside the hospital (a tag after it, `（三甲）`, a `医院等级：` row
 *   under the 医院 row), else null; on 康爱多 the pharmacist's title as printed (执业药师, or the rank), the unit the card
 *   names (the shop, or a hospital with its 药剂科) the hospital, the department only where printed; on 爱尔 the hospital
 *   and department as the card prints them (`{city}爱尔眼科医院`, `屈光手术科` …); on 更美 the department only where printed;
 * - format video where the answer's player shows (a `<video>` with its poster and length), voice where a voice bar with its
 *   length or an `<audio>` player shows, else unknown (no family prints a format word);
 * - items: the snippet as printed (cut with `...` or `…` kept), `答：` / `药师答：` a label, another doctor's `name title`
 *   line and `N个回答` none of it, an item showing only its question (with a count, a length or a day) a link (`[]`), dated
 *   only where the list prints the whole day (a yearless `05-06` dates nothing), links as written where the page names no
 *   address of its own, else resolved against the canonical or og:url; knowledge, article, 美购, 日记本 and drug lists and
 *   ads no items.
 */

type Related = TruthPage['related'][number];

/** A length as players print it: `03:21`. */
const length = (rng: Rng) => `0${rng.int(1, 5)}:${String(rng.int(5, 59)).padStart(2, '0')}`;

// --- F1. baobao-zhidao-yisheng ---

/**
 * F1. 宝宝知道's question page (baobao.baidu.com/question/{hex}.html), mobile, UTF-8: an `打开宝宝知道APP` bar; `<h1>`; the
 * asker (`xx妈妈 · 宝宝N个月 · 提问于` a day); `N个回答`: a 认证医生's answer (card: avatar, name, `认证医生`, `title · hospital ·
 * department`, a grade tag after the hospital on 40%) among 1–3 mothers' replies (nickname, `LV`, text, day), the doctor first
 * on half the pages, else after one or more mothers; a mother's reply marked `提问者采纳` on 35% (never the page's); on 60% of
 * voice pages the doctor's answer is a voice bar (`▶ 43"`) with its text under it (`语音已转为文字` over it on half): voice;
 * every day of the page in one way: `2023-05-06` (50%), `N小时前` / `N天前` (25%) or `05-06` (25%): the last two null;
 * 相关问题 (question, another doctor's `name title` line and the answer's start cut at 34 with `...` on 70% of pages, else
 * links with `N个回答`), undated, root-relative, og:url on half; 相关知识 (articles: none).
 */
const baobaoZhidaoYisheng: Family = {
  name: 'baobao-zhidao-yisheng',
  split: 'fresh-76',
  site: 'baobao.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.4);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const mode = rng.weighted([['day', 2], ['rel', 1], ['md', 1]] as const);
    const dayOf = (iso: string) => (mode === 'day' ? iso : mode === 'md' ? md(iso) : rng.chance(0.5) ? `${rng.int(1, 23)}小时前` : `${rng.int(1, 9)}天前`);
    const text = voice
      ? `<div class="${rng.pick(['audio-bar', 'voice-answer', 'bd-audio'])}" data-src="https://baobao.bdstatic.com/audio/${token(rng, 16)}.mp3"><i class="icon-play">▶</i><span class="len">${rng.int(20, 59)}"</span></div>${rng.chance(0.5) ? '<p class="audio-tip">语音已转为文字</p>' : ''}<div class="audio-txt">${paras(page.paragraphs)}</div>`
      : `<div class="answer-text">${paras(page.paragraphs)}</div>`;
    const doctor = `<div class="${rng.pick(['answer-item doctor-answer', 'qa-answer is-doctor', 'reply-item'])}"><div class="author"><img src="https://baobao.bdstatic.com/avatar/${token(rng, 12)}.jpg" class="avatar"><div class="author-info"><p><span class="uname">${esc(d.name!)}</span> <span class="v-tag">认证医生</span></p><p class="dr">${d.title} · ${esc(d.hospital!)}${graded ? ` <span class="level">${d.hospital_grade}</span>` : ''} · ${esc(d.department!)}</p></div></div>${text}<div class="answer-ft"><span class="time">${dayOf(page.date!)}</span> <span>${rng.int(1, 999)}人觉得有用</span></div></div>`;
    const m = rng.int(1, 3);
    const adopted = rng.chance(0.35) ? rng.int(0, m - 1) : -1;
    const mothers = Array.from({ length: m }, (_, i) =>
      `<div class="${rng.pick(['answer-item', 'qa-answer', 'reply-item'])}">${i === adopted ? '<span class="adopt-tag">提问者采纳</span>' : ''}<div class="author"><img src="https://baobao.bdstatic.com/avatar/${token(rng, 12)}.jpg" class="avatar"><div class="author-info"><p><span class="uname">${otherName(rng).slice(0, 2)}${rng.pick(['妈妈', '宝妈', '麻麻'])}</span> <i>LV${rng.int(1, 10)}</i></p><p>宝宝${rng.int(1, 30)}个月</p></div></div><div class="answer-text"><p>${rng.pick(MOTHER_TEXTS)}</p></div><div class="answer-ft"><span class="time">${dayOf(shift(page.date!, rng.int(0, 3)))}</span></div></div>`);
    const at = rng.chance(0.5) ? 0 : rng.int(1, m);
    const all = [...mothers.slice(0, at), doctor, ...mothers.slice(at)];
    const own = rng.chance(0.5) ? `https://baobao.baidu.com/question/${page.item.num.toString(16)}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/question/${itemNum(r).toString(16)}.html`;
    const snippets = rng.chance(0.7);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 34, 36, '...') : null);
    const list = related.length
      ? `<div class="related-q"><h3>相关问题</h3>${related
          .map((r) => `<div class="rel-item"><a href="${href(r)}" class="rel-q">${esc(r.question)}</a>${snippets ? `<p class="rel-dr">${esc(personName(rng))} ${rng.pick(FEW_TITLES)}</p><p class="rel-a">${esc(printed(r)!)}</p>` : `<span class="cnt">${rng.int(1, 20)}个回答</span>`}</div>`)
          .join('\n')}</div>`
      : '';
    const know = `<div class="knowledge"><h3>相关知识</h3><ul>${['宝宝发烧怎么物理降温', '新生儿黄疸多久能退', '辅食添加的顺序'].map((t) => `<li><a href="https://baobao.baidu.com/article/${token(rng, 16)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const asked = mode === 'day' ? shift(page.date!, -rng.int(0, 1)) : mode === 'md' ? md(shift(page.date!, -1)) : `${rng.int(2, 9)}天前`;
    const body = `<div class="app-bar"><img src="https://baobao.bdstatic.com/logo.png" alt="宝宝知道"> 宝宝知道 · 孕育问答 <a href="https://baobao.baidu.com/app/">打开宝宝知道APP</a></div>
<div class="q-wrap"><h1 class="q-title">${esc(page.question)}</h1><p class="q-user">${otherName(rng).slice(0, 2)}妈妈 · 宝宝${rng.int(1, 30)}个月 · 提问于 ${asked}</p><p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answers"><div class="ans-num">${m + 1}个回答</div>${all.join('\n')}</div>`, 1)}
${rng.chance(0.5) ? `${list}\n${know}` : `${know}\n${list}`}
<div class="footer">©2026 Baidu 宝宝知道</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)}_宝宝知道`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date: mode === 'day' ? page.date : null, format: voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, printed, false) }),
    };
  },
};

// --- F2. mvyxws-shipin-wenda ---

/**
 * F2. 医学微视's video answer page (www.mvyxws.com/video/{id}.html, host as remembered), UTF-8: the site's nav (疾病 / 医生 /
 * 医院 / 科室) and crumbs; `<h1>`; on video pages the player (`<video>` with its poster, the length beside it): video; on half
 * the voice pages an `<audio>` player with its length: voice; else no player (unknown); the answer under `视频文字版` /
 * `文字稿` (video), `音频文字版` (voice) or `医生解答` (neither); the card before the player or in a side column after the
 * text, labelled (`医生：` / `职称：` / `医院：` / a `医院等级：` row under it / `科室：`) or not (name, title, hospital with a grade
 * tag after it, department), the grade on 40% (keyed), `擅长：` on half (no field); `发布时间：2023-05-06` or `发布于 2023年5月6日`
 * alone (50%), with an `更新时间：` a later day (25%: the 发布 day keyed) or `更新时间：` alone (25%: keyed); `播放 N次`;
 * 相关视频 thumbnails (a poster and its length: format video, as fresh-45's and fresh-58's keys have it — the key said
 * unknown at the first run, against them —; question, another doctor's `name title`; the description, the snippet, on 40%
 * of pages: else links) and 热门科普 (articles: none) on half, canonical on 60%.
 */
const mvyxwsShipinWenda: Family = {
  name: 'mvyxws-shipin-wenda',
  split: 'fresh-76',
  site: 'www.mvyxws.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const video = page.format === 'video';
    const audio = page.format === 'voice' && rng.chance(0.5);
    const graded = rng.chance(0.4);
    const labelled = rng.chance(0.5);
    const skill = rng.chance(0.5) ? `<p class="good">擅长：${esc(topicWord(page))}等疾病的诊断与治疗</p>` : '';
    const card = labelled
      ? `<div class="${rng.pick(['doc-info', 'expert-box', 'ys-card'])}"><img src="https://img.mvyxws.com/doctor/${token(rng, 10)}.jpg"><ul><li>医生：<a href="/doctor/${rng.int(1000, 99999)}.html">${esc(d.name!)}</a></li><li>职称：${d.title}</li><li>医院：${esc(d.hospital!)}</li>${graded ? `<li>医院等级：${d.hospital_grade}</li>` : ''}<li>科室：${esc(d.department!)}</li></ul>${skill}<a class="home" href="/doctor/">进入医生主页</a></div>`
      : `<div class="${rng.pick(['doc-info', 'expert-box', 'ys-card'])}"><img src="https://img.mvyxws.com/doctor/${token(rng, 10)}.jpg"><h3>${esc(d.name!)}</h3><p class="zc">${d.title}</p><p class="yy">${esc(d.hospital!)}${graded ? ` <em>${d.hospital_grade}</em>` : ''}</p><p class="ks">${esc(d.department!)}</p>${skill}</div>`;
    const player = video
      ? `<div class="video-box"><video src="https://v.mvyxws.com/${token(rng, 16)}.mp4" poster="https://img.mvyxws.com/poster/${token(rng, 12)}.jpg" controls preload="none"></video><span class="dur">${length(rng)}</span></div>`
      : audio
        ? `<div class="audio-box"><audio src="https://v.mvyxws.com/audio/${token(rng, 16)}.mp3" controls></audio><span class="dur">${length(rng)}</span></div>`
        : '';
    const head = video ? rng.pick(['视频文字版', '文字稿']) : audio ? '音频文字版' : '医生解答';
    const mode = rng.weighted([['pub', 2], ['both', 1], ['upd', 1]] as const);
    const pub = rng.chance(0.5) ? `发布时间：${page.date}` : `发布于 ${cnDate(page.date!)}`;
    const days = mode === 'pub' ? `<span>${pub}</span>` : mode === 'both' ? `<span>${pub}</span> <span>更新时间：${shift(page.date!, rng.int(30, 500))}</span>` : `<span>更新时间：${page.date}</span>`;
    const text = `<div class="txt-version"><h3>${head}</h3>${paras(page.paragraphs)}</div>`;
    const meta = `<p class="v-meta">${days} <span>播放 ${rng.int(1000, 990000)}次</span></p>`;
    const side = rng.chance(0.5);
    const own = rng.chance(0.6) ? `https://www.mvyxws.com/video/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/video/${itemNum(r)}.html`;
    const desc = rng.chance(0.4);
    const list = related.length
      ? `<div class="rel-video"><h3>相关视频</h3><ul>${related
          .map((r) => `<li><a href="${href(r)}"><img src="https://img.mvyxws.com/poster/${token(rng, 12)}.jpg"><span class="dur">${length(rng)}</span><p class="t">${esc(r.question)}</p></a><p class="d">${esc(personName(rng))} ${rng.pick(FEW_TITLES)}</p>${desc ? `<p class="desc">${esc(r.snippet)}</p>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const hot = rng.chance(0.5) ? `<div class="hot-kp"><h3>热门科普</h3><ul>${['秋冬季节如何预防感冒', '体检报告中的箭头怎么看', '这些降压误区你中招了吗'].map((t) => `<li><a href="/article/${rng.int(10000, 99999)}.html">${t}</a></li>`).join('')}</ul></div>` : '';
    const main = `<div class="v-main"><h1>${esc(page.question)}</h1>${side ? '' : card}${player}${meta}${text}</div>`;
    const body = `<div class="nav"><a href="/"><img src="/static/logo.png" alt="医学微视"></a> <a href="/jibing/">疾病</a> <a href="/doctor/">医生</a> <a href="/hospital/">医院</a> <a href="/keshi/">科室</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/keshi/">${esc(d.department!)}</a> &gt; ${esc(topicWord(page))}</div>
${side ? `<div class="wrap">${main}<div class="side">${card}</div></div>` : main}
${rng.chance(0.5) ? `${list}\n${hot}` : `${hot}\n${list}`}
<div class="footer">医学微视 版权所有 京ICP备</div>`;
    const html = documentOf(`${page.question}_医学微视`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: video ? 'video' : audio ? 'voice' : 'unknown', related: itemsOf(related, href, own, (r) => (desc ? r.snippet : null), false).map((item) => ({ ...item, format: 'video' as const })) }),
    };
  },
};

// --- F3. kad-wenyaoshi ---

/** A pharmacist's rank at the level of the universe's title (as fresh-59's). */
const PHARMACIST_RANKS: Record<string, string> = { 主任医师: '主任药师', 副主任医师: '副主任药师', 主治医师: '主管药师', 医师: '药师', 住院医师: '药师', 主任中医师: '主任中药师', 副主任中医师: '副主任中药师', 主治中医师: '主管中药师', 主管药师: '主管药师', 副主任护师: '副主任药师' };
const DRUGS = [['奥美拉唑肠溶胶囊', '20mg*14粒', '23.80'], ['布洛芬缓释胶囊', '0.3g*24粒', '16.50'], ['氯雷他定片', '10mg*6片', '19.90'], ['蒙脱石散', '3g*10袋', '12.80']] as const;
const maskedPhone = (rng: Rng) => `1${rng.pick(['38', '39', '58', '86', '77'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

/**
 * F3. 康爱多's 问药师 page (www.360kad.com/wenda/{id}.html), UTF-8: the shop's top bar (请登录, 购物车, 400 hotline), search, crumbs
 * `首页 > 问药师 > {topic}`; `<h1>`; `提问者：会员138****5621`, `提问时间：`; `药师回答(N)`: 1–2 pharmacists' answers (card: avatar, name,
 * `执业药师` on 60% else the rank, the unit: `康爱多药师服务中心` / `广州康爱多连锁药店有限公司`, or on 25% `单位：{hospital}` and
 * `科室：药剂科`; `执业药师注册证已认证`), one marked `最佳答案` on 50% of pages with two (the second on half of those: keyed); a
 * `药师推荐` product box (name, pack, ¥price, 加入购物车) after the page's answer's first paragraph on half; `回答时间：2023-05-06
 * 14:22:31` (70%) or `N天前` (30%: null, every day of the page); a 网友's reply (`康爱多会员` / `热心网友`) on 40%, first on half
 * of those; 相关问答 (question, `药师答：` and the snippet cut at 40 with `…`), 相关药品 (priced: none), canonical on half; format
 * unknown.
 */
const kadWenyaoshi: Family = {
  name: 'kad-wenyaoshi',
  split: 'fresh-76',
  site: 'www.360kad.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const title = rng.chance(0.6) ? '执业药师' : (PHARMACIST_RANKS[d.title!] ?? '药师');
    const inHospital = rng.chance(0.25);
    const shop = rng.pick(['康爱多药师服务中心', '广州康爱多连锁药店有限公司']);
    const rel = rng.chance(0.3);
    const when = (iso: string) => (rel ? `${rng.int(1, 20)}天前` : `${iso} ${hm(rng)}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    const pcard = (name: string, t: string, unit: string, dept: string | null) =>
      `<div class="ph-card"><img src="https://img.360kad.com/pharmacist/${token(rng, 10)}.jpg" class="av"><p><b class="name">${esc(name)}</b> <span class="title">${t}</span></p>${dept ? `<p>单位：${esc(unit)}</p><p>科室：${dept}</p>` : `<p class="unit">${esc(unit)}</p>`}<p class="cert">执业药师注册证已认证</p></div>`;
    const [dn, dp, dv] = rng.pick(DRUGS);
    const box = `<div class="rec-drug"><p class="t">药师推荐</p><a href="/product/${rng.int(100000, 999999)}.shtml">【康爱多】${dn} ${dp}</a> <em>¥${dv}</em> <a class="cart" href="javascript:;">加入购物车</a></div>`;
    const boxed = rng.chance(0.5);
    const mineText = boxed ? [`<p>${esc(page.paragraphs[0]!)}</p>`, box, paras(page.paragraphs.slice(1))].join('\n') : paras(page.paragraphs);
    const two = rng.chance(0.5);
    const best = two && rng.chance(0.5);
    const at = best && rng.chance(0.5) ? 1 : 0;
    const answer = (cardHtml: string, html: string, day: string, mark: boolean) =>
      `<div class="${rng.pick(['answer-item', 'ans-box', 'ph-answer'])}">${mark ? '<span class="best">最佳答案</span>' : ''}${cardHtml}<div class="ans-txt">${html}</div><div class="ans-ft"><span>回答时间：${day}</span> <a>有用(${rng.int(0, 99)})</a></div></div>`;
    const mine = answer(pcard(d.name!, title, inHospital ? d.hospital! : shop, inHospital ? '药剂科' : null), mineText, rel ? when(page.date!) : `${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`, best);
    const other = two ? [answer(pcard(otherName(rng), '执业药师', shop, null), paras(rng.pick(OTHER_TEXTS)), when(shift(page.date!, at === 1 ? -1 : rng.int(1, 3))), false)] : [];
    const pharmacists = at === 1 ? [...other, mine] : [mine, ...other];
    const netizen = rng.chance(0.4)
      ? `<div class="answer-item user-answer"><p><b class="name">${rng.pick(['康爱多会员', '热心网友'])}${maskedPhone(rng).slice(-4)}</b></p><div class="ans-txt"><p>${rng.pick(['我之前也是这样，吃了两天药就好了。', '建议还是去医院看看比较放心。'])}</p></div><div class="ans-ft"><span>${when(shift(page.date!, rng.int(0, 2)))}</span></div></div>`
      : '';
    const all = netizen && rng.chance(0.5) ? [netizen, ...pharmacists] : [...pharmacists, ...(netizen ? [netizen] : [])];
    const own = rng.chance(0.5) ? `https://www.360kad.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const printed = (r: Related) => cutSnippet(r.snippet, 40, 40, '…');
    const list = related.length
      ? `<div class="rel-ask"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p><em>药师答：</em>${esc(printed(r))}</p></li>`).join('\n')}</ul></div>`
      : '';
    const drugs = `<div class="rel-drug"><h3>相关药品</h3><ul>${DRUGS.slice(0, 3).map(([n, p, v]) => `<li><a href="/product/${rng.int(100000, 999999)}.shtml">${n} ${p}</a><span>¥${v}</span></li>`).join('')}</ul></div>`;
    const body = `<div class="topbar">欢迎来到康爱多网上药店！<a href="https://passport.360kad.com/login">请登录</a> <a href="https://www.360kad.com/cart/">购物车</a> 客服热线：400-6600-${rng.int(100, 999)}</div>
<div class="header"><a href="https://www.360kad.com/"><img src="https://img.360kad.com/logo.png" alt="康爱多网上药店"></a><input type="text" placeholder="搜索药品/症状"><button>搜索</button></div>
<div class="crumb"><a href="https://www.360kad.com/">首页</a> &gt; <a href="/wenda/">问药师</a> &gt; ${esc(topicWord(page))}</div>
<div class="ask-q"><h1>${esc(page.question)}</h1><p class="q-info">提问者：会员${maskedPhone(rng)}　提问时间：${rel ? `${rng.int(2, 25)}天前` : shift(page.date!, -rng.int(0, 2))}</p><p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answers"><h3>药师回答(${pharmacists.length})</h3>${all.join('\n')}</div>`, 1)}
<p class="tips">药师解答仅供参考，请遵医嘱或药品说明书使用。</p>
${rng.chance(0.5) ? `${list}\n${drugs}` : `${drugs}\n${list}`}
<div class="footer">互联网药品信息服务资格证书 (粤)-经营性-2026-0${rng.int(100, 999)} | Copyright © 康爱多网上药店</div>`;
    const html = documentOf(`${page.question}_康爱多问药师`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, hospital: inHospital ? d.hospital : shop, department: inHospital ? '药剂科' : null, hospital_grade: null },
        date: rel ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

// --- F4. gengmei-wenda ---

/**
 * F4. 更美's 问答 (www.igengmei.com/question/{id}, host as remembered), UTF-8: the 更美 nav (美购 / 日记本 / 问答 / 医生 / 机构); a
 * 项目 tag; `<h1>`; `全部回答 N`: 1–2 certified doctors' answers (card: avatar, name link, title, `认证医生`, `机构：hospital`,
 * `科室：department` on 60% — else none: null —; no grade: null) and 1–2 过来人 users' answers (nickname, `已做过该项目` / `过来人`
 * badge, text, likes), one of them marked `精选回答` and standing first on 40% (never the page's); the page's the first doctor's;
 * on 60% of video pages the answer's player (`<video>` poster, length): video; every day of the page in one way: `2023-05-06`
 * / `2023.05.06` (60%), `05.06` (20%) or `N个月前` (20%): the last two null; 相关问题 (question, `N个回答`, the first answer's start
 * cut at 40 with `…` on half of the pages: else links), 相关美购 (priced: none) and 相关日记本 (none), og:url on half.
 */
const gengmeiWenda: Family = {
  name: 'gengmei-wenda',
  split: 'fresh-76',
  site: 'www.igengmei.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const deptShown = rng.chance(0.6);
    const video = page.format === 'video' && rng.chance(0.6);
    const mode = rng.weighted([['day', 3], ['md', 1], ['rel', 1]] as const);
    const dotted = rng.chance(0.5);
    const dayOf = (iso: string) => (mode === 'day' ? (dotted ? iso.replace(/-/g, '.') : iso) : mode === 'md' ? md(iso).replace('-', '.') : `${rng.int(1, 11)}个月前`);
    const card = (doc: Doc, dept: boolean) =>
      `<div class="${rng.pick(['doctor-info', 'gm-author', 'ans-user'])}"><img src="https://pic.igengmei.com/doctor/${token(rng, 12)}.jpg" class="avatar"><a href="/doctor/${token(rng, 8)}" class="name">${esc(doc.name)}</a> <span class="title">${doc.title}</span> <i class="v">认证医生</i><p>机构：${esc(doc.hospital)}</p>${dept ? `<p>科室：${esc(doc.department)}</p>` : ''}</div>`;
    const player = video ? `<div class="ans-video"><video src="https://video.igengmei.com/${token(rng, 16)}.mp4" poster="https://pic.igengmei.com/poster/${token(rng, 12)}.jpg" controls></video><span class="len">${length(rng)}</span></div>` : '';
    const doctorAnswer = (doc: Doc, dept: boolean, html: string, day: string, extra: string) =>
      `<div class="${rng.pick(['answer-item', 'gm-answer', 'reply-box'])}">${card(doc, dept)}${extra}<div class="content">${html}</div><div class="ft"><span>${day}</span> <a>赞 ${rng.int(0, 300)}</a></div></div>`;
    const mine = doctorAnswer({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, deptShown, paras(page.paragraphs), dayOf(page.date!), player);
    const others = rng.chance(0.4) ? [doctorAnswer(otherDoc(rng, page), rng.chance(0.6), paras(rng.pick(OTHER_TEXTS)), dayOf(shift(page.date!, rng.int(1, 9))), '')] : [];
    const n = rng.int(1, 2);
    const featured = rng.chance(0.4);
    const users = Array.from({ length: n }, (_, i) =>
      `<div class="${rng.pick(['answer-item', 'gm-answer', 'reply-box'])} user">${featured && i === 0 ? '<span class="jx">精选回答</span>' : ''}<div class="gm-author"><img src="https://pic.igengmei.com/user/${token(rng, 12)}.jpg" class="avatar"><span class="name">${rng.pick(['美美', '小鹿', '糖糖', '橙子'])}${rng.int(100, 9999)}</span> <i class="badge">${rng.pick(['已做过该项目', '过来人'])}</i></div><div class="content"><p>${rng.pick(['我做完第三天就消肿了，恢复得挺快的。', '找正规机构和有经验的医生最重要，我做完效果挺自然。', '术后一定要遵医嘱，别偷懒冰敷。'])}</p></div><div class="ft"><span>${dayOf(shift(page.date!, rng.int(-3, 6)))}</span> <a>赞 ${rng.int(100, 2000)}</a></div></div>`);
    const doctors = [mine, ...others];
    const all = featured ? [users[0]!, ...doctors, ...users.slice(1)] : rng.chance(0.5) ? [...doctors, ...users] : [...doctors.slice(0, 1), ...users, ...doctors.slice(1)];
    const own = rng.chance(0.5) ? `https://www.igengmei.com/question/${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/question/${itemNum(r)}`;
    const snippets = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 40, 40, '…') : null);
    const list = related.length
      ? `<div class="rel-q"><h3>相关问题</h3>${related.map((r) => `<div class="q-item"><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(1, 30)}个回答</span>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}</div>`).join('\n')}</div>`
      : '';
    const shop = `<div class="rel-meigou"><h3>相关美购</h3>${['【热卖】光子嫩肤 M22', '玻尿酸 1ml 进口', '双眼皮 切开'].map((t) => `<div class="mg"><a href="/meigou/${rng.int(100000, 999999)}">${t}</a><em>¥${rng.int(199, 9999)}</em><span>已售${rng.int(10, 999)}</span></div>`).join('')}</div>`;
    const diaries = `<div class="rel-diary"><h3>相关日记本</h3>${['术后30天记录', '我的变美日记', '恢复第7天对比'].map((t) => `<div class="dr"><a href="/diary/${rng.int(1000000, 9999999)}">${t}</a></div>`).join('')}</div>`;
    const body = `<div class="gm-nav"><a href="https://www.igengmei.com/">更美</a> <a href="/meigou/">美购</a> <a href="/diary/">日记本</a> <a href="/question/">问答</a> <a href="/doctor/">医生</a> <a href="/hospital/">机构</a> <a href="/app/">下载更美APP</a></div>
<div class="q-hd"><span class="tag">${rng.pick(['皮肤美容', '眼部整形', '鼻部整形', '注射美容'])}</span><h1>${esc(page.question)}</h1><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answer-list"><h3>全部回答 ${all.length}</h3>${all.join('\n')}</div>`, 1)}
${rng.chance(0.5) ? `${list}\n${shop}\n${diaries}` : `${shop}\n${diaries}\n${list}`}
<div class="footer">更美 版权所有</div>`;
    const head = own ? `<meta property="og:url" content="${own}">\n` : '';
    const html = documentOf(`${ask(page)} - 更美问答`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, department: deptShown ? d.department : null, hospital_grade: null }, date: mode === 'day' ? page.date : null, format: video ? 'video' : 'unknown', related: itemsOf(related, href, own, printed, false) }),
    };
  },
};

// --- F5. qqyy-wenda-gbk ---

/** The ways the GBK pages say (or do not say) their encoding. */
const GBK_DECLARATIONS = [
  ['<meta charset="gbk">', 7],
  ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 6],
  ['<meta http-equiv="content-type" content="text/html;charset=GBK">', 3],
  ['', 4],
] as const;

/**
 * F5. 全球医院网 问答 (www.qqyy.com/wenda/{id}.html, host as remembered), GBK on all 60 (`<meta charset="gbk">` 35%, gb2312 by
 * http-equiv 30%, `charset=GBK` by http-equiv 15%, undeclared 20%): the site bar (找医院 / 找医生 / 健康问答 / 疾病库), `当前位置：`
 * crumbs; `<h1>`; `问题描述：`, the asker's line with `提问时间：`; `专家解答`: 1–2 doctors' answers, one marked `满意答案` in place
 * on 45% of pages with two (the second on half of those: keyed); each card labelled in a `<dl>` (`解答专家` / `职称` / `所在医院` /
 * a `医院级别` row under it on 35% of the page's — keyed — / `科室`) or on one line (`name title　hospital（三甲）　department`);
 * the text (heads 病情分析： / 意见建议： on half); `解答时间：2023-05-06 14:22` (55%) or `2023/5/6` (25%); on 20% no answer day and no
 * 提问时间, only `更新时间：` under the question (keyed); a 追问 round under the page's answer on 30% (`患者追问：`, `专家回复：`, a
 * later day where the page prints days: none of it); 推荐医院 (hospitals with grades: none of the card); 相关问答 rows (question,
 * `[科室]`, `答：` and the snippet cut at 30 with `...` on half of the pages, else links; the day `05-06` without its year on 60%
 * of pages: undated, else `2023-05-06`: dated), canonical on 30%.
 */
const qqyyWendaGbk: Family = {
  name: 'qqyy-wenda-gbk',
  split: 'fresh-76',
  site: 'www.qqyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charset = rng.weighted(GBK_DECLARATIONS);
    const graded = rng.chance(0.35);
    const labelled = rng.chance(0.5);
    const headed = rng.chance(0.5);
    const heads = ['病情分析：', '意见建议：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const text = (ps: readonly string[]) => (headed ? headedHtml(rng, ps, heads, 'b') : paras(ps));
    const mode = rng.weighted([['full', 11], ['slash', 5], ['upd', 4]] as const);
    const when = (iso: string, time: string) => (mode === 'full' ? `${iso} ${time}` : iso.split('-').map(Number).join('/'));
    const card = (doc: Doc, grade: string | null) =>
      labelled
        ? `<dl class="zj-info"><dt>解答专家</dt><dd><a href="/doctor/${rng.int(1000, 99999)}.html">${esc(doc.name)}</a></dd><dt>职称</dt><dd>${doc.title}</dd><dt>所在医院</dt><dd>${esc(doc.hospital)}</dd>${grade ? `<dt>医院级别</dt><dd>${grade}</dd>` : ''}<dt>科室</dt><dd>${esc(doc.department)}</dd></dl>`
        : `<p class="zj-line"><a href="/doctor/${rng.int(1000, 99999)}.html">${esc(doc.name)}</a> ${doc.title}　${esc(doc.hospital)}${grade ? `（${grade}）` : ''}　${esc(doc.department)}</p>`;
    const two = rng.chance(0.5);
    const best = two && rng.chance(0.45);
    const at = best && rng.chance(0.5) ? 1 : 0;
    const rounds = rng.chance(0.3)
      ? `<div class="zhuiwen"><p>患者追问：${rng.pick(FOLLOW_UPS)}${mode === 'upd' ? '' : `<span class="sj">${shift(page.date!, 1)}</span>`}</p><p>专家回复：${rng.pick(FOLLOW_REPLIES)}${mode === 'upd' ? '' : `<span class="sj">${shift(page.date!, rng.int(1, 2))}</span>`}</p></div>`
      : '';
    const block = (doc: Doc, grade: string | null, html: string, day: string | null, mark: boolean, extra: string) =>
      `<div class="${rng.pick(['jd-item', 'answer', 'zj-da'])}">${mark ? '<span class="myda">满意答案</span>' : ''}${card(doc, grade)}<div class="nr">${html}</div>${day ? `<p class="sj">解答时间：${day}</p>` : ''}${extra}</div>`;
    const mine = block({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, graded ? d.hospital_grade : null, text(paragraphs), mode === 'upd' ? null : when(page.date!, page.time), best, rounds);
    const other = two
      ? [block(otherDoc(rng, page), null, text(headed ? withHeads(rng.pick(OTHER_TEXTS), heads[0], heads[1]) : [...rng.pick(OTHER_TEXTS)]), mode === 'upd' ? null : when(shift(page.date!, at === 1 ? -1 : rng.int(1, 3)), hm(rng)), false, '')]
      : [];
    const answers = at === 1 ? [...other, mine] : [mine, ...other];
    const fullItemDays = rng.chance(0.4);
    const snippets = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 30, '...') : null);
    const own = rng.chance(0.3) ? `https://www.qqyy.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><table width="100%">${related
          .map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${snippets ? `<br><span class="da">答：${esc(printed(r)!)}</span>` : ''}</td><td class="ks">[${rng.pick(['内科', '外科', '儿科', '妇产科'])}]</td><td class="rq">${fullItemDays ? r.date : md(r.date!)}</td></tr>`)
          .join('\n')}</table></div>`
      : '';
    const city = cityOf(page);
    const hospitals = `<div class="tjyy"><h3>推荐医院</h3><ul>${['第一人民医院', '中医院', '妇幼保健院'].map((h, i) => `<li><a href="/yiyuan/${rng.int(1000, 9999)}.html">${city}市${h}</a> <span>${i === 2 ? '二甲' : '三甲'}</span></li>`).join('')}</ul></div>`;
    const asked = mode === 'upd' ? `<p class="gx">更新时间：${page.date}</p>` : `<p class="tw">提问者：游客　性别：${rng.pick(['男', '女'])}　年龄：${rng.int(18, 70)}岁　提问时间：${when(shift(page.date!, -rng.int(1, 3)), hm(rng))}</p>`;
    const body = `<div class="top"><a href="https://www.qqyy.com/">全球医院网</a> | <a href="/yiyuan/">找医院</a> | <a href="/doctor/">找医生</a> | <a href="/wenda/">健康问答</a> | <a href="/jibing/">疾病库</a></div>
<div class="dqwz">当前位置：<a href="https://www.qqyy.com/">全球医院网</a> &gt; <a href="/wenda/">健康问答</a> &gt; ${esc(d.department!)} &gt; 正文</div>
<div class="wt"><h1>${esc(page.question)}</h1>
<p>问题描述：${esc(rng.pick(ASKER_LINES))}</p>
${asked}</div>
<div class="zjjd"><h2>专家解答</h2>${answers.join('\n')}</div>
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${hospitals}\n${list}` : `${list}\n${hospitals}`}
<div class="foot">Copyright &copy; 全球医院网 qqyy.com 版权所有</div>`;
    const html = documentOf(`${page.question}_全球医院网`, own, '', body, charset);
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, format: 'unknown', related: itemsOf(related, href, own, printed, fullItemDays) }),
    };
  },
};

// --- F6. aier-yanke-wenda ---

const EYE_DEPARTMENTS = ['屈光手术科', '白内障科', '眼底病科', '青光眼科', '小儿眼科', '视光中心', '眼表与角膜病科'];

/**
 * F6. 爱尔眼科's 眼科问答 (www.aierchina.com/wenda/{id}.html, host as remembered), UTF-8: the group's nav (医院 / 专家 / 眼科问答 /
 * 预约挂号) and a 400 hotline; crumbs; the question under a `问` mark (`<h1>`, `网友{4 digits}` and its day, the asker's words);
 * the answer under an `答` mark; the card either as a box before the text (avatar, name, title, `hospital · department`,
 * 预约TA / 在线咨询 buttons) or as a signature after it (`解答专家：name　title　hospital　department`), half each: the hospital
 * `{city}爱尔眼科医院`, the department an eye hospital's (`屈光手术科` …), as printed (keyed so), no grade (null);
 * `回答时间：2023-05-06` (60%), `2023年05月06日` (20%) or only `更新时间：` under the answer (20%, no asker day: keyed); an `在线咨询`
 * box (还有疑问？…) after the answer; a 专家团队 sidebar of three other doctors (name, title, hospital, 擅长: none of the card);
 * 相关问答 (question, `答：` and the snippet cut at 50 with `…`, the day on half of the pages), 眼科科普 (articles: none),
 * canonical on 70%.
 */
const aierYankeWenda: Family = {
  name: 'aier-yanke-wenda',
  split: 'fresh-76',
  site: 'www.aierchina.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const hospital = `${city}爱尔眼科医院`;
    const department = rng.pick(EYE_DEPARTMENTS);
    const signature = rng.chance(0.5);
    const mode = rng.weighted([['iso', 3], ['cn', 1], ['upd', 1]] as const);
    const day = mode === 'iso' ? `回答时间：${page.date}` : mode === 'cn' ? `回答时间：${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日` : `更新时间：${page.date}`;
    const box = `<div class="${rng.pick(['expert-card', 'zj-box', 'doc-box'])}"><img src="https://img.aierchina.com/doctor/${token(rng, 10)}.jpg"><p><b>${esc(d.name!)}</b> <span>${d.title}</span></p><p>${esc(hospital)} · ${department}</p><a href="/yuyue/">预约TA</a> <a href="javascript:;" class="zx">在线咨询</a></div>`;
    const sig = `<p class="sign">解答专家：${esc(d.name!)}　${d.title}　${esc(hospital)}　${department}</p>`;
    const answer = `<div class="wd-a"><span class="mark">答</span>${signature ? '' : box}<div class="a-txt">${paras(page.paragraphs)}</div>${signature ? sig : ''}<p class="a-time">${day}</p></div>`;
    const asker = `<p class="q-user">网友${rng.int(1000, 9999)}${mode === 'upd' ? '' : `　${shift(page.date!, -rng.int(0, 2))}`}</p>`;
    const team = `<div class="side-team"><h3>专家团队</h3>${Array.from({ length: 3 }, () => `<div class="t-doc"><b>${esc(personName(rng, d.name!))}</b> ${rng.pick(FEW_TITLES)}<p>${esc(`${rng.pick(['江州', '临川', '西陵'])}爱尔眼科医院`)}</p><p>擅长：${rng.pick(['近视激光手术', '白内障超声乳化', '青少年近视防控', '眼底病诊治'])}</p></div>`).join('')}</div>`;
    const cta = `<div class="zx-box"><p>还有疑问？立即咨询爱尔眼科专家</p><a href="javascript:;" class="zx">在线咨询</a> <a href="/yuyue/">预约挂号</a> <span>400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>`;
    const own = rng.chance(0.7) ? `https://www.aierchina.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const dated = rng.chance(0.5);
    const printed = (r: Related) => cutSnippet(r.snippet, 50, 50, '…');
    const list = related.length
      ? `<div class="rel-wd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>答：${esc(printed(r))}</p>${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const kepu = `<div class="kepu"><h3>眼科科普</h3><ul>${['近视手术前需要做哪些检查', '白内障什么时候做手术最好', '孩子近视了怎么办'].map((t) => `<li><a href="/kepu/${rng.int(10000, 99999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const main = `<div class="wd-main"><div class="wd-q"><span class="mark">问</span><h1>${esc(page.question)}</h1>${asker}<p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p></div>
${answer}
${cta}
${rng.chance(0.5) ? `${list}\n${kepu}` : `${kepu}\n${list}`}</div>`;
    const body = `<div class="aier-nav"><a href="/"><img src="/static/logo.png" alt="爱尔眼科"></a> <a href="/hospital/">医院</a> <a href="/doctor/">专家</a> <a href="/wenda/">眼科问答</a> <a href="/yuyue/">预约挂号</a> <span class="tel">全国服务热线 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/wenda/">眼科问答</a> &gt; 正文</div>
<div class="wrap">${rng.chance(0.5) ? `${main}\n${team}` : `${team}\n${main}`}</div>
<div class="footer">爱尔眼科医院集团 版权所有</div>`;
    const html = documentOf(`${ask(page)}_爱尔眼科`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { name: d.name, title: d.title, hospital, department, hospital_grade: null }, format: 'unknown', related: itemsOf(related, href, own, printed, dated) }),
    };
  },
};

export const FRESH76_FAMILIES: readonly Family[] = [baobaoZhidaoYisheng, mvyxwsShipinWenda, kadWenyaoshi, gengmeiWenda, qqyyWendaGbk, aierYankeWenda];
