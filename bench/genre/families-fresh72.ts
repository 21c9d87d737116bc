import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, cnDate, documentOf, hm, hospitalWithGrade, itemNum, otherName, personName, shift, token, withHeads, cityOf, headedHtml, itemsOf, paras } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap, type Encoding } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Seventy-second fresh held-out set (split `fresh-72`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * seventh set**: six Chinese sites where doctors answer health questions on question pages of their own, none of the
 * sites fresh-44 … fresh-53 and fresh-60 model: 民福康 问答 (several doctors, one 采纳), 中华康网 问答 (an old GBK
 * template with a lazy-loaded card), 育儿网 问医生 (the 专家 among mothers, a 追问 thread), 微脉's 医生回答 H5 share (voice
 * and video answers, relative days), 好心情 问答 (a psychiatrist among 心理咨询师s), and a city 健康网's 问医生 channel (a
 * GB2312 table of 咨询 / 回复 labels). Modelled from memory of those pages (no copied markup); the family names repeat
 * none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 采纳 / 提问者采纳 / 最佳答案 wherever it stands (fresh-48's ask99-best),
 *   else the first doctor's shown (fresh-44's xywy-ask); a mother's (网友) or a 心理咨询师's answer is never the page's,
 *   also where it stands first: the doctor's (a 医师 with a 职称) is; the others' cards, texts and days none of the entry;
 * - **a 追问 thread is none of the answer**: the asker's 追问 and the doctor's 回复 to it answer another question and date
 *   nothing (fresh-11's and fresh-44's ask39-zhuiwen convention);
 * - section heads on a line of their own (`病情分析：` / `指导意见：` / `意见建议：`) are paragraphs of the answer (fresh-49);
 * - **the date the page's answer's day**: `回答时间` / `回复时间` / `回答于` with or without its time; `N天前`, `刚刚` and a
 *   day with no year (`05-06`) name none (null); the asker's 提问时间 / 咨询时间 and the other answers' days date nothing;
 * - **a part the page loads by script is not on the page**: a card whose 医院 / 科室 spans are empty in the HTML keys them
 *   null; an `其他回答 加载中…` placeholder holds nothing; the card's fields as printed, the grade only where printed beside
 *   the hospital (a 回复单位's `（三级甲等）` is its grade); a portal's sidebar of hospitals is none of the card;
 * - format voice / video where the answer's player shows (a voice bar with 转文字, a video poster with its length), text or
 *   voice where a word beside the answer names it, else unknown;
 * - items: a snippet as printed (a snippet the list cuts with `…` keyed cut, the `…` kept), its `答：` a label; another
 *   doctor's `name title` line and `N个回答` none of it; an item showing only its question (and maybe its day or count) a
 *   link (`[]`); dated only where the list prints the day; links as written where the page names no address of its own,
 *   else resolved against the canonical or og:url; article lists (育儿知识) and ads are no items.
 */

type Related = TruthPage['related'][number];

/** The answer with its two heads on lines of their own where `headed` (keyed as paragraphs), else as it is. */
const headedAnswer = (page: TruthPage, headed: boolean, heads: readonly [string, string]) => (headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs]);
/** Another doctor of the same city: name, title, hospital. */
const otherDoctor = (rng: Rng, page: TruthPage) => ({
  name: personName(rng, page.doctor.name!),
  title: rng.pick(FEW_TITLES),
  hospital: `${cityOf(page)}市${rng.pick(['第一人民医院', '第三人民医院', '中心医院', '妇幼保健院', '中医院'])}`,
  department: rng.pick(['内科', '全科', '儿科', '皮肤科', '消化内科']),
});
const OTHER_ANSWERS = [
  ['你好，根据你的描述，考虑可能和近期作息不规律有关。', '建议注意休息，清淡饮食，症状持续不缓解要及时到医院就诊。'],
  ['这种情况需要结合检查结果来判断，单凭描述不好下结论。', '建议先到正规医院做相关检查，明确原因后对症治疗。'],
  ['一般问题不大，可以先观察几天。', '平时多喝水，避免劳累，如有加重随时就医。'],
] as const;
const stampOf = (iso: string, time: string, seconds: boolean) => `${iso} ${time}${seconds ? `:${String((Number(time.slice(3)) * 7 + 13) % 60).padStart(2, "0")}` : ''}`;

// --- F1. mfk-wenda ---

/**
 * F1. 民福康 问答 (www.mfk.com/wenda/{id}.html), desktop, UTF-8: top bar with `下载民福康APP`; crumbs 民福康 > 问答 > {科室} > 正文;
 * `wd-title` `<h1>`; the asker (`女 | 32岁`, 提问时间 1–2 days before); 问题描述; 1–3 `answer-item`s (card: name link, title, hospital with
 * an `em.level` grade on 35%, 科室; the text under 病情分析： / 指导意见： on 60%; `回答时间：` day and time; `有用(N)`); where there are two or
 * more, one carries `提问者采纳` on half (anywhere in the list); a 推广 box between answers on half; 相关问题 (question, snippet — cut with
 * `…` on 40% of pages —, the day on half), canonical on 60%.
 */
const mfkWenda: Family = {
  name: 'mfk-wenda',
  split: 'fresh-72',
  site: 'www.mfk.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const n = rng.int(1, 3);
    const adopted = n > 1 && rng.chance(0.5);
    const at = adopted ? rng.int(0, n - 1) : 0;
    const graded = rng.chance(0.35);
    const headed = rng.chance(0.6);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headedAnswer(page, headed, heads);
    const answerItem = (doc: { name: string; title: string; hospital: string; department: string }, grade: string | null, html: string, day: string, mark: boolean) =>
      `<div class="answer-item${mark ? ' best' : ''}">${mark ? `<i${cls(rng)}>${rng.pick(['提问者采纳', '采纳答案', '最佳答案'])}</i>` : ''}<div class="doc-info"><a href="/doctor/${rng.int(10000, 99999)}.html" class="doc-name">${esc(doc.name)}</a> <span>${doc.title}</span><p>${esc(doc.hospital)}${grade ? ` <em class="level">${grade}</em>` : ''} ${esc(doc.department)}</p></div><div class="answer-txt">${html}</div><div${cls(rng)}><span>回答时间：${day}</span> <a href="javascript:;">有用(${rng.int(0, 80)})</a></div></div>`;
    const mine = answerItem({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, graded ? d.hospital_grade : null, headedHtml(rng, paragraphs, heads, 'b'), `${page.date} ${page.time}`, adopted);
    const items = Array.from({ length: n }, (_, i) => {
      if (i === at) return mine;
      const o = otherDoctor(rng, page);
      const text = rng.pick(OTHER_ANSWERS);
      return answerItem(o, null, headed ? headedHtml(rng, withHeads(text, heads[0], heads[1]), heads, 'b') : paras(text), `${shift(page.date!, rng.int(-1, 3))} ${hm(rng)}`, false);
    });
    if (n > 1 && rng.chance(0.5)) items.splice(1, 0, `<div class="ad-box"><span>推广</span><a href="https://e.mfk.com/c?${token(rng, 12)}">${rng.pick(['专业祛痘 到店立减200元', '北京看男科 认准正规医院', '在线问诊 三甲医生 免费咨询'])}</a></div>`);
    const cut = rng.chance(0.4);
    const printed = (r: Related) => (cut && Array.from(r.snippet).length > 30 ? `${Array.from(r.snippet).slice(0, 28).join('')}…` : r.snippet);
    const dated = rng.chance(0.5);
    const own = rng.chance(0.6) ? page.canonical.replace('/q/', '/wenda/') : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related-q"><h3>${rng.pick(['相关问题', '相似问题', '大家都在问'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(printed(r))}</p>${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const asked = shift(page.date!, -rng.int(1, 2));
    const body = `<div${cls(rng)}><a href="/">民福康</a> <a href="/wenda/">问答</a> <a href="/jibing/">疾病</a> <a href="/app/">下载民福康APP</a></div>
<div class="crumbs"><a href="/">民福康</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks/">${esc(d.department!)}</a> &gt; 正文</div>
<div class="wd-main"><h1 class="wd-title">${esc(page.question)}</h1><p${cls(rng)}><span>${rng.pick(['女', '男'])} | ${rng.int(3, 70)}岁</span> <span>提问时间：${asked} ${hm(rng)}</span></p><p>问题描述：${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer-list"><h2>${n}个医生回答</h2>${items.join('\n')}</div>
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>Copyright © 2026 民福康 mfk.com 版权所有</div>`;
    const html = documentOf(`${page.question}_民福康问答`, own, '', body);
    const doctor: TruthDoctor = { ...d, hospital_grade: graded ? d.hospital_grade : null };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, paragraphs, format: 'unknown', related: itemsOf(related, href, own, printed, dated) }),
    };
  },
};

// --- F2. cnkang-ask-gbk ---

/**
 * F2. 中华康网 问答 (www.cnkang.com/ask/{id}.html), the old template in GBK (`<meta charset="gbk">`, or gb2312 by http-equiv on 40%):
 * `您现在的位置：中华康网 > 问答 > {科室}`; `ask_t` title; the asker's 提问时间; the card as label pairs (`医生：` name `职称：` title, `医院：`
 * `科室：`), whose 医院 / 科室 spans are filled by a script on 20% (empty in the HTML: keyed null); the answer under 病情分析： / 意见建议：
 * on 70% (heads on lines of their own), `<br>`-parted else; `回复时间：` with seconds on 75%, `N天前` else (null); 免责声明; 相关问答 (question,
 * the day, `答：` before the snippet on half), no canonical (links as written).
 */
const cnkangAskGbk: Family = {
  name: 'cnkang-ask-gbk',
  split: 'fresh-72',
  site: 'www.cnkang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc: Encoding = rng.chance(0.4) ? 'gb2312-http-equiv' : 'gbk-meta';
    const lazy = rng.chance(0.2);
    const headed = rng.chance(0.7);
    const heads = ['病情分析：', '意见建议：'] as const;
    const paragraphs = headedAnswer(page, headed, heads);
    const full = rng.chance(0.75);
    const text = headed ? headedHtml(rng, paragraphs, heads, 'b') : `<p>${paragraphs.map(esc).join('<br>\n')}</p>`;
    const hospital = lazy ? `<span id="doc_hos" data-src="/ajax/doc.php?id=${rng.int(1000, 99999)}"></span>` : `<span>${esc(d.hospital!)}</span>`;
    const dept = lazy ? '<span id="doc_ks"></span>' : `<span>${esc(d.department!)}</span>`;
    const card = `<table class="doc_tab"><tr><td>医生：<a href="/doctor/${rng.int(1000, 99999)}/">${esc(d.name!)}</a></td><td>职称：${d.title}</td></tr><tr><td>医院：${hospital}</td><td>科室：${dept}</td></tr></table>`;
    const when = full ? `回复时间：${stampOf(page.date!, page.time, true)}` : `回复时间：${rng.int(2, 29)}天前`;
    const answer = `<div class="ask_a"><div class="ask_a_t">医生回复</div>${rng.chance(0.5) ? card : ''}<div class="ask_a_c">${text}</div><div class="ask_a_time">${when}</div></div>`;
    const withCard = answer.includes('doc_tab') ? answer : answer.replace('<div class="ask_a_time">', `${card}<div class="ask_a_time">`);
    const labelled = rng.chance(0.5);
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/ask/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><div class="xgwd_t">相关问答</div><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span class="fr">${r.date}</span><p>${labelled ? '答：' : ''}${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const lazyScript = lazy ? `<script>$.getJSON($('#doc_hos').data('src'),function(d){$('#doc_hos').text(d.hos);$('#doc_ks').text(d.ks);});</script>` : '';
    const body = `<div class="top"><a href="/">中华康网</a> | <a href="/ask/">问答</a> | <a href="/jibing/">疾病</a> | <a href="/yiyuan/">医院</a></div>
<div class="weizhi">您现在的位置：<a href="/">中华康网</a> &gt; <a href="/ask/">问答</a> &gt; <a href="/ask/ks/">${rng.pick(['内科', '外科', '妇产科', '儿科', '五官科', '皮肤性病'])}</a></div>
<table width="960"><tr><td valign="top">
<div class="ask_t"><h1>${esc(page.question)}</h1><span>提问时间：${stampOf(shift(page.date!, -rng.int(1, 2)), hm(rng), true)}</span></div>
<div class="ask_q">问题描述：${esc(rng.pick(ASKER_LINES))}</div>
${withCard}
<div class="mzsm">免责声明：以上回答仅供参考，不能作为诊断及医疗的依据，就医请遵照医生诊断。</div>
${list}
</td><td width="250" valign="top"><div class="ad_r"><a href="/ad/${rng.int(1, 99)}.html">${rng.pick(['妇科检查 只需60元', '男科在线咨询', '治疗白癜风 选正规医院'])}</a></div></td></tr></table>
${lazyScript}
<div class="foot">Copyright 2008-2026 www.cnkang.com 中华康网 版权所有</div>`;
    const html = documentOf(`${page.question}_中华康网问答`, null, '', body, charsetMeta(enc));
    const doctor: TruthDoctor = { ...d, hospital: lazy ? null : d.hospital, department: lazy ? null : d.department, hospital_grade: null };
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor, paragraphs, date: full ? page.date : null, format: 'unknown', related: itemsOf(related, href, null, (r) => r.snippet, true) }),
    };
  },
};

// --- F3. ci123-wenyisheng ---

const MUM_REPLIES = ['我家宝宝之前也这样，后来自己就好了，别太担心。', '同问，我家也是，坐等专家回答。', '建议带去儿童医院看看，放心一点。', '多喂点水，注意观察精神状态。'];
const FOLLOW_UPS = ['医生，那需要吃药吗？', '请问多久能好？', '需要去医院做检查吗？'];
const FOLLOW_REPLIES = ['暂时不用吃药，先观察两三天，有加重再来医院。', '一般一周左右会好转，注意护理。', '如果精神好、吃奶正常，可以先在家观察。'];
/**
 * F3. 育儿网 问医生 (ask.ci123.com/questions/show/{id}), UTF-8: the site bar, `<h1>`, the asker (`xx妈妈`, 宝宝 age, 提问时间), 问题补充; the
 * replies in order: 1–3 mothers' (nickname, `LV4`, text, day) and the 专家回答 (badge, card: name, title, hospital · 科室; text; day and
 * time), first on half, after 1–2 mothers' else; under it on 35% a 追问 thread (the asker's 追问 and the doctor's 回复, each with a later
 * day); 育儿知识 article links; 相关问题 as links with `N个回答` (link items), canonical on half.
 */
const ci123Wenyisheng: Family = {
  name: 'ci123-wenyisheng',
  split: 'fresh-72',
  site: 'ask.ci123.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mum = () => `${rng.pick(['糖糖', '豆豆', '乐乐', '小鱼', '果果', '安安'])}${rng.pick(['妈妈', '麻麻', '妈'])}`;
    const mums = Array.from({ length: rng.int(1, 3) }, () =>
      `<div class="reply-item"><div${cls(rng)}><a href="/user/${rng.int(10000, 999999)}">${mum()}</a> <span>LV${rng.int(1, 9)}</span></div><p>${rng.pick(MUM_REPLIES)}</p><span>${shift(page.date!, rng.int(0, 2))} ${hm(rng)}</span></div>`,
    );
    const thread = rng.chance(0.35)
      ? `<div class="zhuiwen"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)} <span>${shift(page.date!, 1)} ${hm(rng)}</span></p><p><b>${rng.pick(['医生回复：', '专家回复：', '回答：'])}</b>${rng.pick(FOLLOW_REPLIES)} <span>${shift(page.date!, rng.int(1, 2))} ${hm(rng)}</span></p></div>`
      : '';
    const card = `<div class="expert-info"><span class="tag">${rng.pick(['专家回答', '医生回答', '认证专家'])}</span><a href="/doctor/${rng.int(100, 9999)}">${esc(d.name!)}</a> <span>${d.title}</span><p>${esc(d.hospital!)}${rng.pick([' · ', ' ', '　'])}${esc(d.department!)}</p></div>`;
    const expert = `<div class="reply-item expert">${card}${wrap(rng, paras(page.paragraphs), 1)}<span${cls(rng)}>${rng.pick(['', '回答于 '])}${page.date} ${page.time}</span>${thread}</div>`;
    const first = rng.chance(0.5);
    const k = first ? 0 : rng.int(1, mums.length);
    const replies = [...mums.slice(0, k), expert, ...mums.slice(k)];
    const own = rng.chance(0.5) ? `https://ask.ci123.com/questions/show/${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/questions/show/${itemNum(r)}`;
    const list = related.length ? `<div class="xg-q"><h3>${rng.pick(['相关问题', '其他妈妈还问了'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a> <span>${rng.int(1, 20)}个回答</span></li>`).join('\n')}</ul></div>` : '';
    const articles = `<div${cls(rng)}><h3>育儿知识</h3><ul>${['宝宝发烧怎么办', '辅食添加顺序表', '宝宝湿疹护理'].map((t) => `<li><a href="/zhishi/${rng.int(1000, 99999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div${cls(rng)}><a href="/">育儿网</a> <a href="https://ask.ci123.com/">问医生</a> <a href="/bbs/">论坛</a> <a href="/app/">下载APP</a></div>
<div class="q-box"><h1>${esc(page.question)}</h1><p>${mum()} · 宝宝${rng.int(1, 11)}个月 · 提问时间：${shift(page.date!, -rng.int(1, 2))} ${hm(rng)}</p><p>问题补充：${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="reply-list"><h2>共${replies.length}条回答</h2>${replies.join('\n')}</div>
${rng.chance(0.5) ? `${articles}\n${list}` : `${list}\n${articles}`}`;
    const head = own ? '' : '<meta name="mobile-agent" content="format=html5;url=https://m.ci123.com/ask/">\n';
    const html = documentOf(`${page.question}-育儿网问医生`, own, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

// --- F4. weimai-h5-answer ---

/**
 * F4. 微脉 医生回答 H5 share (m.weimai.com/h5/answer/detail?id=…), Vue `data-v-*`: the open-app bar (`打开微脉APP`); `<h1>`; the asker's
 * words on half; the card (avatar, name, title, `department · hospital` or `hospital department`, a `三甲` tag on half); the answer: a voice bar
 * (`▶ 58″`, 转文字) on 60% of voice pages, a video poster with its length on 60% of video pages, else the text; the day `2023-05-06` (50%),
 * `2023年5月6日` (20%), `N天前` (15%: null) or `05-06` (15%: null); `阅读 N · 有用 N`; an `其他医生回答 加载中…` placeholder on 40%; 相关回答
 * (question, another doctor's line, snippet), undated, root-relative, og:url on half.
 */
const weimaiH5Answer: Family = {
  name: 'weimai-h5-answer',
  split: 'fresh-72',
  site: 'm.weimai.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const graded = rng.chance(0.5);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const video = page.format === 'video' && rng.chance(0.6);
    const text = `<div class="answer-text" ${v}>${paras(page.paragraphs)}</div>`;
    const media = voice
      ? `<div class="voice-bar" ${v}><i ${v}>▶</i><span ${v}>${rng.int(20, 59)}″</span></div><div ${v}><span ${v}>${rng.pick(['转文字', '语音转文字'])}</span>${text}</div>`
      : video
        ? `<div class="video-box" ${v}><img src="https://img.weimai.com/video/${token(rng, 10)}.jpg" ${v}><span ${v}>0${rng.int(1, 5)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>${text}`
        : text;
    const mode = rng.weighted([['iso', 10], ['cn', 4], ['rel', 3], ['yearless', 3]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'cn' ? cnDate(page.date!) : mode === 'rel' ? `${rng.int(2, 29)}天前` : page.date!.slice(5);
    const hosp = `${esc(d.hospital!)}${graded ? ` <span class="tag" ${v}>${d.hospital_grade}</span>` : ''}`;
    const card = `<div class="doctor-card" ${v}><img src="https://img.weimai.com/doctor/${token(rng, 10)}.png" ${v}><div ${v}><b ${v}>${esc(d.name!)}</b> <span ${v}>${d.title}</span><p ${v}>${rng.chance(0.5) ? `${esc(d.department!)} · ${hosp}` : `${hosp} ${esc(d.department!)}`}</p></div></div>`;
    const own = rng.chance(0.5) ? `https://m.weimai.com/h5/answer/detail?id=${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/h5/answer/detail?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="related" ${v}><h3 ${v}>${rng.pick(['相关回答', '相关问题', '大家都在问'])}</h3>${related.map((r) => `<a href="${href(r)}" class="rel-item" ${v}><p class="rel-q" ${v}>${esc(r.question)}</p><p class="rel-doc" ${v}>${otherName(rng)} ${rng.pick(FEW_TITLES)}</p><p class="rel-a" ${v}>${esc(r.snippet)}</p></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="app"><div class="open-app" ${v}><img src="/static/logo.png" ${v}> 微脉 · 城市互联网医院 <a href="https://www.weimai.com/download" ${v}>打开微脉APP</a></div>
<div class="question" ${v}><h1 ${v}>${esc(page.question)}</h1>${rng.chance(0.5) ? `<p ${v}>${esc(rng.pick(ASKER_LINES))}</p>` : ''}</div>
<div class="answer" ${v}>${card}${media}<div class="meta" ${v}><span ${v}>${day}</span> <span ${v}>阅读 ${rng.int(100, 20000)}</span> <span ${v}>有用 ${rng.int(0, 300)}</span></div><p class="tip" ${v}>以上内容仅供参考，不能替代面诊</p></div>
${rng.chance(0.4) ? `<div class="more-answers" ${v}><h3 ${v}>其他医生回答</h3><div class="loading" ${v}>加载中…</div></div>` : ''}
<div class="consult-bar" ${v}><a href="/h5/doctor/${rng.int(1000, 99999)}" ${v}>向${esc(d.name!)}医生咨询 ¥${rng.pick([19, 29, 39, 50])}起</a></div>
${list}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 微脉`, null, head, body);
    const date = mode === 'iso' || mode === 'cn' ? page.date : null;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date, format: voice ? 'voice' : video ? 'video' : 'unknown', related: itemsOf(related, href, own, (r) => r.snippet, false) }),
    };
  },
};

// --- F5. haoxinqing-psychiatrist ---

const COUNSELLOR_LINES = [
  ['抱抱你，能感受到你现在的困扰。', '情绪和身体是相互影响的，建议你试着记录每天的情绪变化，找到让自己放松的方式。', '如果需要，可以预约一对一心理咨询，我们一起聊聊。'],
  ['你好，从你的描述来看，你对自己的要求比较高。', '可以尝试正念练习，每天十分钟，给自己一点空间。'],
] as const;
/**
 * F5. 好心情 问答 (www.haoxinqing.cn/wenda/{id}.html), UTF-8: the site bar (找医生, 心理测评, 问答), `<h1>`, `匿名用户` with 提问时间, the
 * asker's words; `N个回答`: 1–2 心理咨询师s' answers (name, `国家二级心理咨询师`, a `预约咨询 ¥N/50分钟` button, text, day) on 70%, before
 * the doctor's on half of those; the doctor's (a `认证医师` / `执业医师` badge — the card's 科室 is the truth's, not always 精神科 —; name, title, hospital with its grade in a tag on 40%,
 * 科室; text; `回答于` day and time or `2023年5月6日`; a 语音回答 / 图文回答 word on 30% of pages whose format is known); a 心理测评 upsell;
 * 相关问答 (question, snippet, the day on half), canonical on 70%.
 */
const haoxinqingPsychiatrist: Family = {
  name: 'haoxinqing-psychiatrist',
  split: 'fresh-72',
  site: 'www.haoxinqing.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.4);
    const worded = page.format !== 'unknown' && rng.chance(0.3);
    const badge = rng.pick(['认证医师', '执业医师', '好心情认证医生']);
    const day = rng.chance(0.6) ? `回答于 ${page.date} ${page.time}` : cnDate(page.date!);
    const word = worded ? ` <span class="fmt">${page.format === 'voice' ? '语音回答' : page.format === 'video' ? '视频回答' : '图文回答'}</span>` : '';
    const doctor = `<div class="answer doctor"><div class="author"><img src="https://img.haoxinqing.cn/doctor/${token(rng, 8)}.jpg"><a href="/doctor/${rng.int(1000, 99999)}.html">${esc(d.name!)}</a> <span class="badge">${badge}</span> <span>${d.title}</span><p>${esc(d.hospital!)}${graded ? ` <i class="lv">${d.hospital_grade}</i>` : ''} ${esc(d.department!)}</p></div>${wrap(rng, paras(page.paragraphs), 1)}<div class="foot"><span>${day}</span>${word} <span>有帮助 ${rng.int(0, 99)}</span></div></div>`;
    const counsellor = () =>
      `<div class="answer"><div class="author"><img src="https://img.haoxinqing.cn/zxs/${token(rng, 8)}.jpg"><a href="/zixunshi/${rng.int(1000, 99999)}.html">${esc(personName(rng, d.name!))}</a> <span class="badge">${rng.pick(['国家二级心理咨询师', '心理咨询师', '国家三级心理咨询师'])}</span> <a href="/zixun/yuyue/" class="btn">预约咨询 ¥${rng.pick([200, 300, 400])}/50分钟</a></div>${paras(rng.pick(COUNSELLOR_LINES))}<div class="foot"><span>回答于 ${shift(page.date!, rng.int(-1, 2))} ${hm(rng)}</span></div></div>`;
    const others = rng.chance(0.7) ? Array.from({ length: rng.int(1, 2) }, counsellor) : [];
    const answers = others.length && rng.chance(0.5) ? [...others, doctor] : [doctor, ...others];
    const dated = rng.chance(0.5);
    const own = rng.chance(0.7) ? page.canonical.replace('/q/', '/wenda/') : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${dated ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">好心情</a> <a href="/doctor/">找医生</a> <a href="/ceping/">心理测评</a> <a href="/wenda/">问答</a></div>
<div class="q"><h1>${esc(page.question)}</h1><p>匿名用户 · 提问时间：${shift(page.date!, -rng.int(1, 3))}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answers"><h2>${answers.length}个回答</h2>${answers.join('\n')}</div>
<div class="ceping"><b>${rng.pick(['SCL-90心理健康自评', '抑郁自评量表SDS', '焦虑自评量表SAS'])}</b> <span>${rng.int(1, 99)}万人已测</span> <a href="/ceping/${rng.int(1, 40)}.html">免费测试</a></div>
${list}
<div${cls(rng)}>好心情 · 精神心理互联网医院 ©2026</div>`;
    const html = documentOf(`${page.question}_好心情问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: worded ? page.format : 'unknown', related: itemsOf(related, href, own, (r) => r.snippet, dated) }),
    };
  },
};

// --- F6. city-jiankang-wenyisheng ---

/**
 * F6. A city 健康网's 问医生 channel (www.{city}jkw.cn/wys/show.asp?id=…), GB2312 by http-equiv on 40%, a `<table>` of label cells:
 * `{city}健康网 — 问医生`, a 网上挂号 sidebar of the city's hospitals with their grades; `咨询标题` (in an `<h1>` on half), `状态：已回复`,
 * `咨询人：市民`, `咨询时间：` (1–3 days before), `咨询内容：`; `回复单位：` the hospital (`（三级甲等）` / its grade after it on 30%), `回复科室：`,
 * `回复专家：name（title）` or `name title`, `回复内容：` paragraphs parted by `<br>`, `回复时间：` `2023-05-06` or `2023/5/6`; 浏览次数; 相关咨询
 * rows (title link, 回复单位, day: link items), no canonical.
 */
const cityJiankangWenyisheng: Family = {
  name: 'city-jiankang-wenyisheng',
  split: 'fresh-72',
  site: 'www.jzjkw.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const enc: Encoding = rng.chance(0.4) ? 'gb2312-http-equiv' : 'utf-8';
    const graded = rng.chance(0.3);
    const row = (label: string, value: string) => `<tr><td class="lab" width="90">${label}</td><td>${value}</td></tr>`;
    const titled = rng.chance(0.5);
    const replyDay = rng.chance(0.6) ? page.date! : page.date!.split('-').map(Number).join('/');
    const sidebar = `<table class="gh"><tr><th>网上挂号</th></tr>${['第一人民医院', '中心医院', '中医院', '妇幼保健院'].map((h) => `<tr><td><a href="/gh/">${city}市${h}</a> ${rng.pick(['三甲', '三乙', '二甲'])}</td></tr>`).join('')}</table>`;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/wys/show.asp?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="xgzx"><tr><th colspan="3">相关咨询</th></tr>${related.map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a></td><td>${esc(otherDoctor(rng, page).hospital)}</td><td>${r.date}</td></tr>`).join('')}</table>`
      : '';
    const headline = rng.chance(0.5) ? `<h1>${esc(page.question)}</h1>` : '';
    const body = `<table width="1000" align="center"><tr><td colspan="2"><img src="/images/logo.gif"> ${city}健康网 — 问医生 <a href="/wys/tiwen.asp">我要咨询</a></td></tr>
<tr><td valign="top">${headline}<table class="zx" width="100%">
${row('咨询标题：', esc(page.question))}${row('状态：', '<font color="green">已回复</font>')}${row('咨询人：', '市民')}${row('咨询时间：', `${shift(page.date!, -rng.int(1, 3))} ${hm(rng)}`)}${row('咨询内容：', esc(rng.pick(ASKER_LINES)))}
${row('回复单位：', graded ? hospitalWithGrade(rng, d.hospital!, d.hospital_grade) : esc(d.hospital!))}${row('回复科室：', esc(d.department!))}${row('回复专家：', titled ? `${esc(d.name!)}（${d.title}）` : `${esc(d.name!)} ${d.title}`)}
${row('回复内容：', page.paragraphs.map(esc).join('<br>\n'))}${row('回复时间：', replyDay)}
</table><p>浏览次数：${rng.int(30, 5000)}</p>${list}</td><td width="220" valign="top">${sidebar}</td></tr></table>
<div align="center">${city}市卫生健康委员会主办 ${city}健康网 版权所有</div>`;
    const html = documentOf(`${page.question}_问医生_${city}健康网`, null, '', body, charsetMeta(enc));
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: 'unknown', related: itemsOf(related, href, null, () => null, true) }),
    };
  },
};

export const FRESH72_FAMILIES: readonly Family[] = [mfkWenda, cnkangAskGbk, ci123Wenyisheng, weimaiH5Answer, haoxinqingPsychiatrist, cityJiankangWenyisheng];
