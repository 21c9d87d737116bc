import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, FEW_TITLES, itemNum, personName, shift, token, withHeads } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fifty-third fresh held-out set (split `fresh-53`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/core/genre-vocabulary.ts) or its tests
 * and without running it on these pages — and committed before its first run. Theme: template drift
 * on the real sites of the genre, second round: each family is **another template of a site that
 * fresh-44 … fresh-49 model with one template** and fresh-51 left alone (丁香医生, 家庭医生在线,
 * 百度健康, 京东健康, 医联, 求医网): an app's share page, an m. page, a desktop page of a site
 * modelled on mobile, keeping the site's wording, the blocks renamed, re-nested and moved as the
 * site's own templates were.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null (format 'unknown'). Section heads on a line of their own (`病情分析：` /
 * `意见建议：`) are paragraphs of the answer. The asker's lines (sex, age, 问题描述, 问题补充, the day
 * asked) are none of the answer and date nothing. A day printed without its year (`05-06 14:22`) or
 * relative to the day it was seen (`3天前`) names no day: the date is then null. Where the key could
 * hesitate it decides (the README row says the same):
 * - dxy-app-share: the shared answer is the page's; the teaser of another doctor's answer is none.
 * - familydoctor-mobile: the first 医生回答 is the page's; 网友回答 and the pager are none of it.
 * - baidu-health-pc: the card headed 回答医生 in the side column is the answer's; 相关医生 none.
 * - jdh-app-share: 京东互联网医院 is the hospital where the card prints it (no grade).
 * - medlinker-desktop: of two doctors the first shown is the page's; the card now stands before it.
 * - qiuyi-mobile: the card now stands before the text; the 问题补充 after it is the asker's.
 */

type Related = TruthPage['related'][number];

const sexOf = (rng: Rng) => rng.pick(['男', '女']);
const ageOf = (rng: Rng) => rng.int(2, 72);
const count = (rng: Rng) => rng.int(3, 980);

/** The expected related items with the site's address for each and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem, r: Related) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    return { ...e, url: url(r), ...change(e, r) };
  });

const OTHER_HOSPITALS = ['北京协和医院', '浙江大学医学院附属第一医院', '中南大学湘雅医院', '山东大学齐鲁医院', '华中科技大学同济医学院附属协和医院', '西安交通大学第一附属医院'];
const OTHER_DEPARTMENTS = ['内科', '普外科', '儿科', '皮肤科', '消化内科', '呼吸内科', '妇产科'];
const otherDoctor = (rng: Rng, not: string) => ({ name: personName(rng, not), title: rng.pick(FEW_TITLES), department: rng.pick(OTHER_DEPARTMENTS), hospital: rng.pick(OTHER_HOSPITALS) });

/** Other doctors' and netizens' short answers (none of the entry). */
const OTHER_ANSWERS = [
  '你好，这种情况建议到医院面诊，做个相关检查明确原因后再治疗。',
  '根据描述考虑和作息、饮食有关，先调整一段时间，不缓解再就诊。',
  '建议注意休息，多喝水，清淡饮食，必要时在医生指导下用药。',
  '单凭文字不好判断，最好带上之前的检查结果去专科看看。',
];
const NETIZEN_REPLIES = ['我家孩子之前也这样，后来去医院看了，开了点药就好了。', '同问，我也有类似的情况。', '多喝热水，早点睡，过几天就好了。', '建议去大医院看看，别拖着。'];
const NICKNAMES = ['健康小卫士', '阳光宝妈', 'w***8', '匿名网友', '147****2236', '快乐的小鱼'];

/** A voice answer's length as a player prints it: 58″, 1'32", 2′05″. */
const voiceLength = (rng: Rng) => {
  const s = rng.int(20, 178);
  return s < 60 ? `${s}″` : rng.pick([`${Math.floor(s / 60)}'${String(s % 60).padStart(2, '0')}"`, `${Math.floor(s / 60)}′${String(s % 60).padStart(2, '0')}″`]);
};
/** A video's length: 02:17. */
const videoLength = (rng: Rng) => `${String(rng.int(0, 4)).padStart(2, '0')}:${String(rng.int(5, 59)).padStart(2, '0')}`;
/** The day without its year, as apps print this year's days: 05-06, 5月6日. */
const yearless = (rng: Rng, iso: string) => rng.pick([iso.slice(5), `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`]);
const secs = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');
/** A time of day between `from`:00 and `to`:59: 06:46. */
const clock = (rng: Rng, from: number, to: number) => `${String(rng.int(from, to)).padStart(2, '0')}:${secs(rng)}`;

// --- F1. dxy-app-share ---

/**
 * F1. 丁香医生 App 分享页 (dxy.com/app/i/ask/question/{id}?share=…), the page the app's 分享 button opens
 * in WeChat: a top `download-bar` (丁香医生 logo, 专业医生 在线解答, 打开 App), the `question-title` `<h1>`,
 * the asker's sex · age and words on half, then ONE shared answer in an `answer-card` (`doctor-header`:
 * avatar, name, title, 丁香医生认证 badge, `{hospital} {科室}` with a 三甲 tag on 40%; for voice answers a
 * `voice-player` (▶, length) over the text on 70%, for video answers a poster with its length on 70%;
 * the text; `发布于 ` / `编辑于 ` / no label with the day, this year's days without their year on 25%;
 * `N 人觉得有用`); on 40% a teaser of another doctor's answer (card and one line, blurred under
 * 打开 App 查看完整回答); 查看全部 N 个回答; 相关问题 links (title, summary, N 个回答); the fixed bottom bar.
 * Differs from fresh-45's dxy-question (the desktop page: 2–3 answers in full, ranked by 有用).
 */
const dxyAppShare: Family = {
  name: 'dxy-app-share',
  split: 'fresh-53',
  site: 'dxy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const player = page.format !== 'text' && rng.chance(0.7);
    const noYear = rng.chance(0.25);
    const day = noYear ? yearless(rng, page.date!) : rng.pick([page.date!, cnDate(page.date!), page.date!.replace(/-/g, '/')]);
    const other = otherDoctor(rng, d.name!);
    const teaser = rng.chance(0.4);
    const desc = rng.chance(0.5) ? `<div class="question-desc"><span class="patient">${sexOf(rng)} · ${ageOf(rng)} 岁</span><p>${esc(rng.pick(ASKER_LINES))}</p></div>` : '';
    const media =
      !player ? ''
      : page.format === 'voice' ? `<div class="voice-player"><i class="icon-play"></i><span class="voice-wave"></span><span class="voice-duration">${voiceLength(rng)}</span></div>`
      : `<div class="video-player"><img class="poster" src="https://img1.dxycdn.com/${token(rng, 12)}.jpg"><i class="icon-play">▶</i><span class="duration">${videoLength(rng)}</span></div>`;
    const items = page.related.map((r) => `<a class="related-item" href="https://dxy.com/app/i/ask/question/${itemNum(r)}"><div class="related-title">${esc(r.question)}</div><div class="related-summary">${esc(r.snippet)}</div><div class="related-count">${count(rng) % 40} 个回答</div></a>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>${esc(ask(page))} - 丁香医生</title>
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 60))}">
<link rel="stylesheet" href="https://assets.dxycdn.com/app/dxy-share/css/share.${token(rng, 8)}.css">
</head>
<body>
<div id="app">
<div class="download-bar"><img class="logo" src="https://img1.dxycdn.com/logo.png" alt="丁香医生"><div class="slogan"><b>丁香医生</b><span>专业医生 在线解答</span></div><a class="open-btn" href="dxy-doctor://ask/question/${page.item.num}">打开 App</a></div>
<div class="question"><h1 class="question-title">${esc(page.question)}</h1>${desc}</div>
<div class="answer-card">
<div class="doctor-header"><img class="avatar" src="https://img1.dxycdn.com/avatar/${token(rng, 10)}.jpg"><div class="doctor-info"><div class="name-line"><span class="doctor-name">${esc(d.name!)}</span><span class="doctor-title">${d.title}</span><span class="verified">丁香医生认证</span></div><div class="hospital-line">${esc(d.hospital!)}${gradeShown ? `<span class="tag-level">${d.hospital_grade}</span>` : ''} ${esc(d.department!)}</div></div></div>
${media}<div class="answer-content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="answer-footer"><span class="publish-time">${rng.pick(['发布于 ', '编辑于 ', ''])}${day}</span><span class="useful">${count(rng)} 人觉得有用</span></div>
</div>
${teaser ? `<div class="answer-card answer-teaser"><div class="doctor-header"><img class="avatar" src="https://img1.dxycdn.com/avatar/${token(rng, 10)}.jpg"><div class="doctor-info"><div class="name-line"><span class="doctor-name">${other.name}</span><span class="doctor-title">${other.title}</span></div><div class="hospital-line">${other.hospital} ${other.department}</div></div></div><div class="answer-content blur"><p>${rng.pick(OTHER_ANSWERS)}</p></div><div class="teaser-mask"><a href="dxy-doctor://ask/question/${page.item.num}">打开 App 查看完整回答</a></div></div>` : ''}
<a class="more-answers" href="dxy-doctor://ask/question/${page.item.num}">查看全部 ${rng.int(2, 9)} 个回答</a>
${items.length ? `<div class="related-questions"><div class="section-title">相关问题</div>${items.join('\n')}</div>` : ''}
<div class="disclaimer">本内容仅作健康科普，不能替代医生面诊</div>
<div class="fixed-bottom"><span>在丁香医生 App 中查看更多专业回答</span><a href="dxy-doctor://home">立即打开</a></div>
</div>
<script src="https://assets.dxycdn.com/app/dxy-share/js/share.${token(rng, 8)}.js"></script>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      date: noYear ? null : page.date,
      format: player ? page.format : 'unknown',
      related: itemsOf(page, (r) => `https://dxy.com/app/i/ask/question/${itemNum(r)}`, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. familydoctor-mobile ---

/**
 * F2. 家庭医生在线 问答, the m. page (m.familydoctor.com.cn/ask/q/{id}.html), UTF-8: `fd-header` (家庭医生在线,
 * 打开APP), crumbs 首页 > 问答 > {科室} on half, `q-title` `<h1>`, `q-info` (sex, age, the day asked 0–2
 * days before, in the answers' form), 问题描述：; `医生回答（N）` with 1–2 `ans-item`s (card: avatar, name
 * link, title; hospital and 科室 on one line; the text, under 病情分析： / 意见建议： on 40%; the day and time,
 * this year's without the year on 20%; 有帮助(N)); the second doctor's a day or two later; a 下载家庭医生APP
 * banner on 40%; `网友回答（N）` of 2–4 netizens (nickname, text, day) with a pager (1 2 下一页) on half;
 * 相关问题 links each with `N个回答`, and the day on half. Differs from fresh-44's familydoctor-ask (the
 * desktop page: one 医生回答, 热门问答 as 问： / 答： pairs, 相关文章).
 */
const familydoctorMobile: Family = {
  name: 'familydoctor-mobile',
  split: 'fresh-53',
  site: 'm.familydoctor.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const noYear = rng.chance(0.2);
    const dayOf = (iso: string, time: string) => (noYear ? `${iso.slice(5)} ${time}` : `${iso} ${time}`);
    const heads = rng.chance(0.4);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '意见建议：') : page.paragraphs;
    const second = rng.chance(0.45) ? otherDoctor(rng, d.name!) : null;
    const docItem = (doc: { name: string; title: string; hospital: string; department: string }, text: string[], when: string) =>
      `<div class="ans-item"><div class="doc"><img class="doc-img" src="https://img.familydoctor.com.cn/ask/doctor/${token(rng, 8)}.jpg"><div class="doc-r"><p class="doc-name"><a href="/ask/doctor/${rng.int(10000, 99999)}/">${esc(doc.name)}</a><span class="doc-zc">${doc.title}</span></p><p class="doc-hos">${esc(doc.hospital)} ${esc(doc.department)}</p></div></div>
<div class="ans-txt">${text.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="ans-ft"><span class="ans-time">${when}</span><span class="ans-zan">有帮助(${count(rng) % 60})</span></div></div>`;
    const answers = [
      docItem({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, paragraphs, dayOf(page.date!, page.time)),
      ...(second ? [docItem(second, [rng.pick(OTHER_ANSWERS)], dayOf(shift(page.date!, rng.int(1, 2)), clock(rng, 10, 22)))] : []),
    ];
    const netizens = Array.from({ length: rng.int(2, 4) }, () => `<li><p class="wy-name">${rng.pick(NICKNAMES)}</p><p class="wy-txt">${rng.pick(NETIZEN_REPLIES)}</p><span class="wy-time">${dayOf(shift(page.date!, rng.int(0, 5)), clock(rng, 7, 23))}</span></li>`);
    const pager = rng.chance(0.5) ? `<div class="pager"><span class="cur">1</span><a href="?page=2">2</a><a href="?page=2">下一页</a></div>` : '';
    const itemDays = rng.chance(0.5);
    const url = (r: Related) => `https://m.familydoctor.com.cn/ask/q/${itemNum(r)}.html`;
    const items = page.related.map((r) => `<li><a href="${url(r)}">${esc(r.question)}</a><span class="num">${count(rng) % 30 + 1}个回答</span>${itemDays ? `<span class="time">${r.date}</span>` : ''}</li>`);
    const asked = shift(page.date!, -rng.int(0, 2));
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>${esc(ask(page))}_家庭医生在线手机版</title>
<meta name="keywords" content="${esc(ask(page))}">
<link rel="canonical" href="https://ask.familydoctor.com.cn/q/${page.item.num}">
</head>
<body>
<header class="fd-header"><a class="fd-logo" href="https://m.familydoctor.com.cn/">家庭医生在线</a><a class="fd-search" href="/search/">搜索</a><a class="fd-app" href="https://m.familydoctor.com.cn/app/">打开APP</a></header>
${rng.chance(0.5) ? `<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/ask/">问答</a> &gt; <a href="/ask/k/">${esc(d.department!)}</a></div>` : ''}
<section class="q-box"><h1 class="q-title">${esc(page.question)}</h1><div class="q-info"><span>${sexOf(rng)}</span><span>${ageOf(rng)}岁</span><span>${dayOf(asked, clock(rng, 6, 9))}</span></div><div class="q-desc"><b>问题描述：</b>${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</div></section>
<section class="ans-box"><div class="ans-hd">医生回答<em>（${answers.length}）</em></div>
${answers.join('\n')}
</section>
${rng.chance(0.4) ? `<div class="app-banner"><a href="https://m.familydoctor.com.cn/app/"><img src="https://img.familydoctor.com.cn/m/app-banner.png" alt="下载家庭医生APP，免费问医生"></a></div>` : ''}
<section class="wy-box"><div class="ans-hd">网友回答<em>（${netizens.length}）</em></div><ul>${netizens.join('')}</ul>${pager}</section>
${items.length ? `<section class="hot-ask"><h3>相关问题</h3><ul>${items.join('\n')}</ul></section>` : ''}
<footer class="fd-foot"><p>免责声明：以上回答仅供参考，不能作为诊断及治疗的依据</p><p>Copyright © 家庭医生在线 familydoctor.com.cn</p></footer>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      paragraphs,
      date: noYear ? null : page.date,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: [], format: 'unknown', date: itemDays ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. baidu-health-pc ---

const BAIDU_TAGS: Record<Exclude<Format, 'unknown'>, string> = { voice: '语音', video: '视频', text: '图文' };

/**
 * F3. 百度健康 问答, the PC page (health.baidu.com/pc/qa/ar_{id}): the `pc-header` (百度健康, a search box,
 * 首页 / 问医生 / 查疾病 / 找医院), crumbs 百度健康 > 问答 > {科室} on 60%, two columns: `main-left` with the
 * `qa-title` `<h1>`, `qa-meta` (the format tag 视频回答 / 语音回答 / 图文回答 on 60%, `发布时间：` the day,
 * N万次浏览), the answer (a video with its length and a 视频文字版 head over the text, or a voice bar with
 * its length, each on 85% of such pages; the text alone for a text answer), 以上内容仅供参考, 相关问题
 * items (link, snippet, a 视频 / 语音 / 图文 tag, another doctor's name and title); `main-right` with the
 * `doctor-card` headed 回答医生 (name, title, a `level` grade on 60%, hospital, 科室, 向TA提问, counts)
 * and a 相关医生 block of 2–3 other doctors under it; the right column first in the markup on 40%.
 * Differs from fresh-46's baidu-health (the m. page: the card over the answer, a reviewer line, items
 * one link each).
 */
const baiduHealthPc: Family = {
  name: 'baidu-health-pc',
  split: 'fresh-53',
  site: 'health.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const tagShown = rng.chance(0.6);
    const player = page.format !== 'text' && rng.chance(0.85);
    const fmt = page.format as Exclude<Format, 'unknown'>;
    const day = rng.pick([page.date!, cnDate(page.date!), page.date!.replace(/-/g, '.')]);
    const media =
      !player ? ''
      : fmt === 'video' ? `<div class="video-wrap"><img class="video-poster" src="https://bdhealth.cdn.bcebos.com/${token(rng, 16)}.jpg"><span class="video-play"></span><span class="video-duration">${videoLength(rng)}</span></div><div class="content-title">视频文字版</div>`
      : `<div class="audio-bar"><span class="audio-play"></span><span class="audio-progress"></span><span class="audio-duration">${voiceLength(rng)}</span></div>`;
    const url = (r: Related) => `https://health.baidu.com/pc/qa/ar_${itemNum(r)}`;
    const items = page.related.map((r) => {
      const o = otherDoctor(rng, d.name!);
      return `<div class="rel-item"><a class="rel-title" href="${url(r)}" target="_blank">${esc(r.question)}</a><p class="rel-abs">${esc(r.snippet)}</p><div class="rel-ft"><span class="rel-tag">${BAIDU_TAGS[r.format as Exclude<Format, 'unknown'>]}</span><span class="rel-doc">${o.name} ${o.title}</span></div></div>`;
    });
    const others = Array.from({ length: rng.int(2, 3) }, () => otherDoctor(rng, d.name!)).map((o) => `<li><img src="https://bdhealth.cdn.bcebos.com/avatar/${token(rng, 10)}.jpg"><div><p><b>${o.name}</b> ${o.title}</p><p>${o.hospital} ${o.department}</p></div><a class="ask-btn" href="#">咨询</a></li>`);
    const left = `<div class="main-left">
<h1 class="qa-title">${esc(page.question)}</h1>
<div class="qa-meta">${tagShown ? `<span class="qa-tag">${BAIDU_TAGS[fmt]}回答</span>` : ''}<span class="qa-time">发布时间：${day}</span><span class="qa-pv">${rng.int(1, 90)}万次浏览</span></div>
<div class="qa-answer">${media}<div class="answer-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div></div>
<p class="qa-tips">以上内容仅供参考，具体诊疗请以医生面诊为准</p>
${items.length ? `<div class="related"><h3 class="mod-title">相关问题</h3>${items.join('\n')}</div>` : ''}
</div>`;
    const right = `<div class="main-right">
<div class="doctor-card"><div class="card-hd">回答医生</div><img class="avatar" src="https://bdhealth.cdn.bcebos.com/avatar/${token(rng, 10)}.jpg"><div class="doc-name"><span class="name">${esc(d.name!)}</span><span class="title">${d.title}</span></div><div class="doc-hos">${gradeShown ? `<span class="level">${d.hospital_grade}</span>` : ''}<span class="hos">${esc(d.hospital!)}</span><span class="dep">${esc(d.department!)}</span></div><div class="doc-stat">${count(rng)}个回答 · 好评率${rng.int(95, 100)}%</div><a class="ask-doc" href="#">向TA提问</a></div>
<div class="rec-docs"><div class="mod-title">相关医生</div><ul>${others.join('')}</ul></div>
</div>`;
    const crumbs = rng.chance(0.6) ? `<div class="crumbs"><a href="https://health.baidu.com/">百度健康</a> &gt; <a href="https://health.baidu.com/pc/qa">问答</a> &gt; <span>${esc(d.department!)}</span></div>` : '';
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(ask(page))}-百度健康</title>
<link rel="canonical" href="https://health.baidu.com/pc/qa/ar_${page.item.num}">
</head>
<body>
<div class="pc-header"><a class="logo" href="https://health.baidu.com/">百度健康</a><form class="search"><input placeholder="搜索疾病、症状、医生"><button>搜索</button></form><ul class="nav"><li><a href="/">首页</a></li><li><a href="/pc/ask">问医生</a></li><li><a href="/pc/disease">查疾病</a></li><li><a href="/pc/hospital">找医院</a></li></ul></div>
${crumbs}
<div class="container">${rng.chance(0.4) ? right + left : left + right}</div>
<div class="pc-footer">©${2020 + rng.int(1, 3)} Baidu 使用百度前必读 京ICP证030173号</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      format: tagShown || player ? page.format : 'unknown',
      related: itemsOf(page, url, () => ({ date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. jdh-app-share ---

/**
 * F4. 京东健康 App 分享页 (h5.jdh.com/qa/detail?id={id}): an `open-app-bar` (京东健康, 打开APP 看更多专业解答),
 * `qa-card` with the `<h1 class="qa-q">` and the asker's words on half; the `doc-bar` (avatar, name, title;
 * the hospital with an `em` grade on 40% and 科室 — on 35% the platform's 京东互联网医院 and 科室, no grade —;
 * 已认证 and 好评率); for a voice answer a `voice-bubble` with its length and a 语音转文字 head on 60%; the
 * text; the day and time (`2023-05-06 14:22`, `2023年5月6日`) or, on 20%, a relative day (`3天前`,
 * `昨天 14:22`); 有用 N · N人看过; one list of related Q&A under 相关问答 / 大家都在问 / 该医生的其他回答 (link,
 * snippet, N人看过); the bottom bar (咨询医生, 打开京东健康APP). Differs from fresh-48's jdh-ask (the desktop
 * page: an AI summary, a service card, `回复于`).
 */
const jdhAppShare: Family = {
  name: 'jdh-app-share',
  split: 'fresh-53',
  site: 'h5.jdh.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const platform = rng.chance(0.35);
    const hospital = platform ? '京东互联网医院' : d.hospital!;
    const gradeShown = !platform && rng.chance(0.4);
    const bubble = page.format === 'voice' && rng.chance(0.6);
    const relative = rng.chance(0.2);
    const when = relative ? rng.pick([`${rng.int(2, 6)}天前`, `昨天 ${page.time}`, `${rng.int(1, 11)}小时前`]) : rng.pick([`${page.date} ${page.time}`, cnDate(page.date!), page.date!]);
    const url = (r: Related) => `https://h5.jdh.com/qa/detail?id=${itemNum(r)}`;
    const items = page.related.map((r) => `<li class="rel-li"><a href="${url(r)}"><p class="rel-q">${esc(r.question)}</p><p class="rel-a">${esc(r.snippet)}</p><span class="rel-view">${count(rng)}人看过</span></a></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,viewport-fit=cover">
<title>${esc(ask(page))}-京东健康</title>
</head>
<body>
<div id="root">
<div class="open-app-bar"><img class="jdh-logo" src="https://img30.360buyimg.com/jdh/${token(rng, 12)}.png" alt="京东健康"><span>打开APP 看更多专业解答</span><a class="open-btn" href="openapp.jdmobile://virtual?params=${token(rng, 16)}">打开</a></div>
<div class="qa-card"><h1 class="qa-q">${esc(page.question)}</h1>${rng.chance(0.5) ? `<p class="qa-desc">${sexOf(rng)}｜${ageOf(rng)}岁｜${esc(rng.pick(ASKER_LINES))}</p>` : ''}</div>
<div class="answer-wrap">
<div class="doc-bar"><img class="doc-avatar" src="https://img30.360buyimg.com/jdh/${token(rng, 12)}.jpg"><div class="doc-main"><div class="doc-line1"><span class="doc-name">${esc(d.name!)}</span><span class="doc-title">${d.title}</span><i class="doc-auth">已认证</i></div><div class="doc-line2">${esc(hospital)}${gradeShown ? `<em class="doc-level">${d.hospital_grade}</em>` : ''}<span class="doc-dept">${esc(d.department!)}</span></div></div><div class="doc-rate">好评率${rng.int(96, 100)}%</div></div>
${bubble ? `<div class="voice-bubble"><i class="voice-icon"></i><span class="voice-len">${voiceLength(rng)}</span></div><div class="voice-text-hd">语音转文字</div>` : ''}<div class="answer-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="answer-foot"><span class="answer-time">${when}</span><span class="answer-stat">有用 ${count(rng) % 200} · ${count(rng)}人看过</span></div>
</div>
${items.length ? `<div class="rel-box"><div class="rel-hd">${rng.pick(['相关问答', '大家都在问', '该医生的其他回答'])}</div><ul>${items.join('\n')}</ul></div>` : ''}
<p class="tip">温馨提示：在线问诊不能代替面诊，如有不适请及时就医</p>
<div class="bottom-bar"><a class="btn-consult" href="#">咨询医生</a><a class="btn-open" href="openapp.jdmobile://">打开京东健康APP</a></div>
</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital, hospital_grade: gradeShown ? d.hospital_grade : null },
      date: relative ? null : page.date,
      format: bubble ? 'voice' : 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. medlinker-desktop ---

/**
 * F5. 医联 问答, the desktop page (www.medlinker.com/qa/{id}.html), UTF-8: the `ml-header` (医联 logo, 首页 /
 * 找医生 / 问医生 / 疾病百科 / 下载App), crumbs 医联 > 问答 > {科室} > 正文, `qa-title` `<h1>`, `qa-desc` (sex,
 * age, 病情描述：), `N位医生回答` and 1–2 `answer-item`s, each the `doc-card` FIRST (avatar, name link, title,
 * 医联认证; `{hospital} {科室}` or `{科室} · {hospital}`; 咨询TA) then the answer (for voice answers a
 * `voice-box` 语音回答 with its length and a 语音转文字 head over the text on 60%; under 病情分析： / 指导意见： on
 * 30%), `回答于 ` the day (and the time on half), 有用 N; the second doctor's a day or more later; a side
 * column (相关医生推荐 of 2–3 doctors, 热门疾病 links) after the main column; 更多相关问题 items (link,
 * snippet, another doctor's `name title` line, the day on half of pages). Differs from fresh-48's
 * medlinker-mobile (one answer, the card after it, `<h2>` question under an `<h1>` 医联, undated items).
 */
const medlinkerDesktop: Family = {
  name: 'medlinker-desktop',
  split: 'fresh-53',
  site: 'www.medlinker.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const heads = rng.chance(0.3);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const second = rng.chance(0.4) ? otherDoctor(rng, d.name!) : null;
    const withTime = rng.chance(0.5);
    const dayOf = (iso: string, time: string) => {
      const day = rng.pick([iso, iso.replace(/-/g, '.')]);
      return withTime ? `${day} ${time}` : day;
    };
    const hosLine = (doc: { hospital: string; department: string }) => rng.pick([`${esc(doc.hospital)} ${esc(doc.department)}`, `${esc(doc.department)} · ${esc(doc.hospital)}`]);
    const item = (doc: { name: string; title: string; hospital: string; department: string }, body: string, when: string) =>
      `<div class="answer-item"><div class="doc-card"><img class="doc-avatar" src="https://pub-med-avatar.medlinker.com/${token(rng, 12)}.jpg"><div class="doc-info"><p><a class="doc-name" href="/doctor/${rng.int(100000, 999999)}.html">${esc(doc.name)}</a><span class="doc-title">${doc.title}</span><span class="doc-badge">医联认证</span></p><p class="doc-hos">${hosLine(doc)}</p></div><a class="doc-consult" href="#">咨询TA</a></div>
<div class="answer-body">${body}</div><div class="answer-ft"><span class="answer-date">回答于 ${when}</span><span class="answer-useful">有用 ${count(rng) % 100}</span></div></div>`;
    const body = `${voice ? `<div class="voice-box"><i class="voice-icon"></i><span class="voice-label">语音回答</span><span class="voice-dur">${voiceLength(rng)}</span></div><div class="voice-trans">语音转文字</div>` : ''}${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
    const answers = [
      item({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, body, dayOf(page.date!, page.time)),
      ...(second ? [item(second, `<p>${rng.pick(OTHER_ANSWERS)}</p>`, dayOf(shift(page.date!, rng.int(1, 4)), clock(rng, 10, 22)))] : []),
    ];
    const itemDays = rng.chance(0.5);
    const url = (r: Related) => `https://www.medlinker.com/qa/${itemNum(r)}.html`;
    const items = page.related.map((r) => {
      const o = otherDoctor(rng, d.name!);
      return `<li><a class="rq-title" href="${url(r)}">${esc(r.question)}</a><p class="rq-abs">${esc(r.snippet)}</p><div class="rq-ft"><span class="rq-doc">${o.name} ${o.title}</span>${itemDays ? `<span class="rq-date">${r.date}</span>` : ''}</div></li>`;
    });
    const recs = Array.from({ length: rng.int(2, 3) }, () => otherDoctor(rng, d.name!)).map((o) => `<li><a href="/doctor/${rng.int(100000, 999999)}.html">${o.name}</a><span>${o.title}</span><p>${o.hospital}</p></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(ask(page))}_医联</title>
<meta name="description" content="${esc(ask(page))}，医联认证医生为您解答">
</head>
<body>
<div class="ml-header"><div class="w1200"><a class="ml-logo" href="/">医联</a><ul class="ml-nav"><li><a href="/">首页</a></li><li><a href="/doctor/">找医生</a></li><li class="on"><a href="/qa/">问医生</a></li><li><a href="/disease/">疾病百科</a></li><li><a href="/app/">下载App</a></li></ul></div></div>
<div class="w1200 ml-crumbs"><a href="/">医联</a> &gt; <a href="/qa/">问答</a> &gt; <a href="/qa/dept/">${esc(d.department!)}</a> &gt; <span>正文</span></div>
<div class="w1200 clearfix">
<div class="ml-main">
<h1 class="qa-title">${esc(page.question)}</h1>
<div class="qa-desc"><span>${sexOf(rng)}</span><span>${ageOf(rng)}岁</span><p>病情描述：${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer-list"><div class="list-hd">${answers.length}位医生回答</div>
${answers.join('\n')}
</div>
${items.length ? `<div class="related-qa"><h3>更多相关问题</h3><ul>${items.join('\n')}</ul></div>` : ''}
</div>
<div class="ml-side"><div class="side-mod"><h4>相关医生推荐</h4><ul>${recs.join('')}</ul></div><div class="side-mod"><h4>热门疾病</h4><a href="/disease/1.html">高血压</a> <a href="/disease/2.html">糖尿病</a> <a href="/disease/3.html">胃炎</a></div></div>
</div>
<div class="ml-footer">© 医联 medlinker.com 蜀ICP备14001541号</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      paragraphs,
      format: voice ? 'voice' : 'unknown',
      related: itemsOf(page, url, (e) => ({ format: 'unknown', date: itemDays ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. qiuyi-mobile ---

/**
 * F6. 求医网 问答, the m. page (m.qiuyi.cn/question/{id}.html), UTF-8: `m-top` (返回, 求医网, 我要提问), the
 * `q-box` (`<h1>`, `匿名用户 | sex | age岁`, the day asked 1–3 days before, the asker's words); `医生回复`
 * with the `ys-card` FIRST (avatar; `<b>name</b> title`; hospital and 科室 on two lines or one) then the text
 * as `<p>`s or `<br>` lines, `回复时间：` the day and time with seconds (this year's days as `05-06 14:22`
 * on 25%); on 40% a `问题补充：` the asker added after the answer with its own later day; 其他回复 of 1–2
 * 网友 on half; 相关问题 `li`s (link, snippet, N个回答); the footer links 电脑版 | 触屏版. Differs from
 * fresh-46's qiuyi-ask (the GBK desktop page, the text first and a signature after it, a table of dated
 * items).
 */
const qiuyiMobile: Family = {
  name: 'qiuyi-mobile',
  split: 'fresh-53',
  site: 'm.qiuyi.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const noYear = rng.chance(0.25);
    const stamp = (iso: string, time: string) => (noYear ? `${iso.slice(5)} ${time}` : `${iso} ${time}:${secs(rng)}`);
    const asked = shift(page.date!, -rng.int(1, 3));
    const card = rng.chance(0.5)
      ? `<p class="ys-hos">${esc(d.hospital!)}</p><p class="ys-ks">${esc(d.department!)}</p>`
      : `<p class="ys-hos">${esc(d.hospital!)} ${esc(d.department!)}</p>`;
    const text = rng.chance(0.5) ? page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') : page.paragraphs.map(esc).join('<br>\n');
    const extra = rng.chance(0.4)
      ? `<div class="wt-bc"><span class="bc-lab">问题补充：</span>${esc(rng.pick(ASKER_LINES))}<em class="bc-time">${stamp(shift(page.date!, rng.int(1, 3)), clock(rng, 8, 22))}</em></div>`
      : '';
    const netizens = rng.chance(0.5)
      ? `<div class="other-hd">其他回复</div><ul class="other-list">${Array.from({ length: rng.int(1, 2) }, () => `<li><span class="wy">${rng.pick(NICKNAMES)}</span><p>${rng.pick(NETIZEN_REPLIES)}</p><em>${stamp(shift(page.date!, rng.int(0, 4)), clock(rng, 8, 22))}</em></li>`).join('')}</ul>`
      : '';
    const url = (r: Related) => `https://m.qiuyi.cn/question/${itemNum(r)}.html`;
    const items = page.related.map((r) => `<li><a href="${url(r)}">${esc(r.question)}</a><p class="xg-txt">${esc(r.snippet)}</p><span class="xg-num">${count(rng) % 20 + 1}个回答</span></li>`);
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>${esc(page.question)}_求医网</title>
<link rel="canonical" href="https://www.qiuyi.cn/question/${page.item.num}.html">
</head>
<body>
<div class="m-top"><a class="back" href="javascript:history.back()">返回</a><span class="m-logo">求医网</span><a class="ask-btn" href="/ask/">我要提问</a></div>
<div class="q-box"><h1>${esc(page.question)}</h1><p class="q-user">匿名用户 | ${sexOf(rng)} | ${ageOf(rng)}岁</p><p class="q-time">${stamp(asked, clock(rng, 7, 21))}</p><div class="q-desc">${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</div></div>
<div class="ans-title">医生回复</div>
<div class="ys-box"><div class="ys-card"><img src="https://img.qiuyi.cn/doctor/${token(rng, 8)}.jpg"><div class="ys-info"><p class="ys-name"><b>${esc(d.name!)}</b> ${d.title}</p>${card}</div></div>
<div class="ys-txt">${text}</div>
<p class="ys-time">回复时间：${stamp(page.date!, page.time)}</p></div>
${extra}
${netizens}
${items.length ? `<div class="xg-box"><h3>相关问题</h3><ul class="xg-list">${items.join('\n')}</ul></div>` : ''}
<div class="m-foot"><a href="https://www.qiuyi.cn/">电脑版</a> | <span>触屏版</span><p>求医网 版权所有</p></div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      date: noYear ? null : page.date,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH53_FAMILIES: readonly Family[] = [dxyAppShare, familydoctorMobile, baiduHealthPc, jdhAppShare, medlinkerDesktop, qiuyiMobile];
