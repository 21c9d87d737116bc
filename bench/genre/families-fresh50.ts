import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, cnDate, documentOf, FEW_TITLES, itemNum, personName, shift, token, withHeads } from './ordinary-parts.js';
import { asciiPunctuation as ascii, charsetMeta, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fiftieth fresh held-out set (split `fresh-50`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/) or its tests and without running it on these
 * pages — and committed before its first run. Theme: template drift on the reference site, 有来医生
 * (youlai.cn), whose question pages have a built-in profile written from fixtures/pages/youlai-*.html.
 * Each family is another version of youlai's question page, as real crawls meet it: much of the
 * site's look kept (class names, wording, URL shapes), the differences the ones template changes make.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null (format 'unknown'). youlai prints its answers and snippets in ASCII `,:;`, as the
 * fixtures do. Where a careful person could hesitate, the key decides (the README row says the same):
 * - youlai-legacy-gbk: the asker's 提问时间 is none of the date; a `<br><br>`-parted answer is one
 *   paragraph per part; related items without snippets are keyed with none (`[]`).
 * - youlai-redesign: the old class names now on other blocks (`ask_meta` on the asker's line,
 *   `doc_left` on the 推荐医生 side box, `docYes` on the 有帮助 votes) are what those blocks are:
 *   the asker's day, other doctors, votes; none of the entry.
 * - youlai-media: the answer is the transcript under its 文字版 heading (the heading none of it); the
 *   player's length (语音时长, `01:15`) dates nothing; the format is the medium the player shows.
 * - youlai-two-doctors: of two answers under `共2条回答`, marked neither way, the page's entry is
 *   the first (also the earlier; its card and day); the second doctor's answer is none of it and no
 *   related item.
 * - youlai-mip-cache: the `mip-link` cards of 大家还在问 are the related items (no snippet, no day); the
 *   cache's 查看原网页 link is none.
 * - youlai-share: the answer is what the page shows (its first two paragraphs where an 打开App mask cuts it).
 */

type Related = TruthPage['related'][number];

const ID_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** youlai's question id in its addresses (`796E93gPx5Y`), made from a related item's path or the page's number. */
const ylId = (n: number) => `${n.toString(16).toUpperCase().padStart(6, '0').slice(-6)}${[0, 1, 2, 3, 4].map((i) => ID_CHARS[Math.floor(n / 7 ** i) % ID_CHARS.length]).join('')}`;

const LABEL: Record<Format, string> = { voice: '语音解答', text: '图文解答', video: '视频解答', unknown: '' };

/** The related items with youlai's addresses (`host` and folder) and snippets in ASCII punctuation, each with `change`. */
const ylRelated = (page: TruthPage, base: string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    const item = { ...e, paragraphs: [ascii(r.snippet)], url: `${base}${ylId(itemNum(r))}.html` };
    return { ...item, ...change(item) };
  });

const OTHER_HOSPITALS = ['北京协和医院', '四川大学华西医院', '中山大学附属第一医院', '复旦大学附属华山医院', '浙江大学医学院附属第一医院', '武汉大学人民医院'];
const OTHER_DEPARTMENTS = ['内科', '外科', '儿科', '皮肤科', '消化内科', '神经内科', '妇科'];

/** Another doctor (a name other than the page's), as a card shows one: name, title, department, hospital. */
const otherDoctor = (rng: Rng, not: string) => ({ name: personName(rng, not), title: rng.pick(FEW_TITLES), department: rng.pick(OTHER_DEPARTMENTS), hospital: rng.pick(OTHER_HOSPITALS) });

const YL_TIPS = '提示:本内容不能代替面诊,如有不适请尽快就医。';

// --- F1. youlai-legacy-gbk ---

/** A day four years earlier: the old template's pages are of its years (2015–2019). */
const old = (iso: string) => shift(iso, -1461);

/**
 * F1. The 2016–2018 template (www.youlai.cn/ask/<id>.html), GB2312 declared by http-equiv (bytes
 * GB18030): float and table layout, the question in `div.ask_tit h1`, the asker's box (`问题描述：`,
 * sex and age, `提问时间：` 0–3 days before the answer), then `div.answer_list` > `div.answer_item`:
 * the doctor in a `table.doctor_info` (`回答医生：`name title, `所在医院：`hospital with （三甲） on half,
 * `所属科室：`department, `已帮助 N 人`), the answer in `div.ans_con` with paragraphs parted by
 * `<br><br>` (under 病情分析： / 意见建议： on 40%), `回答时间：`day and time; no format printed; 相关问题
 * as `ul.xgwt` of bare links with a day each (no snippet). Every day printed is four years before the
 * universe's (the pages are of the template's years).
 */
const youlaiLegacyGbk: Family = {
  name: 'youlai-legacy-gbk',
  split: 'fresh-50',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const heads = rng.chance(0.4);
    const body = page.paragraphs.map(ascii);
    const paragraphs = heads ? withHeads(body, '病情分析：', '意见建议：') : body;
    const id = ylId(page.item.num);
    const day = old(page.date!);
    const asked = shift(day, -rng.int(0, 3));
    const related = page.related.length
      ? `<div class="xgwt_box"><div class="tit"><span>相关问题</span></div><ul class="xgwt">${page.related
          .map((r) => `<li><span class="fr">${old(r.date!)}</span><a href="/ask/${ylId(itemNum(r))}.html" title="${esc(r.question)}" target="_blank">${esc(r.question)}</a></li>`)
          .join('\n')}</ul></div>`
      : '';
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${charsetMeta('gb2312-http-equiv')}
<title>${esc(page.question)}_有来医生</title>
<meta name="keywords" content="${esc(page.question)}" />
<link rel="canonical" href="https://www.youlai.cn/ask/${id}.html" />
<link href="http://static.youlai.cn/css/ask_v2.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><a class="logo fl" href="http://www.youlai.cn/">有来医生</a><ul class="nav fr"><li><a href="/">首页</a></li><li><a href="/ask/">名医问答</a></li><li><a href="/dise/">疾病百科</a></li><li><a href="/yyk/">医院库</a></li></ul></div></div>
<div class="w1000 clearfix">
<div class="position">您的位置：<a href="/">有来医生</a> &gt; <a href="/ask/">名医问答</a> &gt; 正文</div>
<div class="left_con fl">
<div class="ask_tit"><h1>${esc(page.question)}</h1></div>
<div class="ask_box"><p class="ask_info">${rng.pick(['男', '女'])} | ${rng.int(1, 75)}岁 | 提问时间：${asked}</p><p class="ask_des">问题描述：${esc(ask(page))}，${rng.pick(['请问医生该怎么办？', '需要注意什么？', '严重吗？'])}</p></div>
<div class="answer_list">
<div class="answer_item clearfix">
<table class="doctor_info" cellpadding="0" cellspacing="0" border="0"><tr><td rowspan="3" class="pic" width="90"><img src="http://file.youlai.cn/upload/doctor/${token(rng, 8)}.jpg" width="80" height="80" alt="${esc(d.name!)}" /></td>
<td>回答医生：<a href="/yyk/doctor/${token(rng, 6)}.html" target="_blank">${esc(d.name!)}</a>&nbsp;&nbsp;${d.title}</td></tr>
<tr><td>所在医院：${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}</td></tr>
<tr><td>所属科室：${esc(d.department!)}&nbsp;&nbsp;&nbsp;<span class="gray">已帮助 ${rng.int(20, 9000)} 人</span></td></tr></table>
<div class="ans_con">${paragraphs.map(esc).join('<br /><br />\n')}</div>
<div class="ans_time">回答时间：${day} ${page.time}</div>
</div>
</div>
<div class="tips">${YL_TIPS}</div>
${related}
</div>
<div class="right_con fr"><div class="r_box"><div class="tit">热门科室</div><a href="/ask/neike/">内科</a> <a href="/ask/erke/">儿科</a></div></div>
</div>
<div class="foot">Copyright &copy; 2014-2018 youlai.cn All Rights Reserved 京ICP证140279号</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      paragraphs,
      date: day,
      format: 'unknown',
      related: ylRelated(page, 'https://www.youlai.cn/ask/', (e) => ({ paragraphs: [], format: 'unknown', date: old(e.date!) })),
    });
    return { body: encode(html, 'gb2312-http-equiv'), expected };
  },
};

// --- F2. youlai-redesign ---

/**
 * F2. A redesign of the desktop page (www.youlai.cn/ask/<id>.html), UTF-8: `h1.ask-title`; on 60% the
 * asker's line (sex, age, 提问于 a day 0–3 before the answer) keeps the old class `ask_meta`; the
 * `answer-wrap` holds the `answer-doctor` card (name link, title; hospital with an `i.level` grade on
 * half, department; 问医生 button), the `answer-body` text, the `answer-foot` (`发布于 `day, the format
 * word on half) and a vote bar that keeps the old class `docYes` (有帮助(N) 没帮助); the side column
 * (`main_right`, before the content in the markup on half) has a 推荐医生 box that keeps the old
 * `doc_left` class and its `h5` (another doctor's name, title, department, hospital, `i.grade`); 相关问答
 * as a grid of cards (question, snippet, format word and day).
 */
const youlaiRedesign: Family = {
  name: 'youlai-redesign',
  split: 'fresh-50',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const id = ylId(page.item.num);
    const other = otherDoctor(rng, d.name!);
    const asker = rng.chance(0.6) ? `<p class="ask_meta"><span>${rng.pick(['男', '女'])}</span> <span>${rng.int(1, 75)}岁</span> <span>提问于 ${shift(page.date!, -rng.int(0, 3))}</span></p>\n` : '';
    const side = `<div class="main_right"><div class="doc_left recommend-doc"><h4>推荐医生</h4><a href="/yyk/doctor/${token(rng, 10)}.html"><img src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt="${esc(other.name)}"></a>
<h5>${esc(other.name)}<span>${other.title}</span><em>${other.department}</em><span>${other.hospital}</span></h5><i class="grade">三甲</i><a class="btn" href="/yyk/doctor/${token(rng, 10)}.html">去咨询</a></div></div>`;
    const sideFirst = rng.chance(0.5);
    const cards = page.related
      .map((r) => `<div class="rel-card"><a href="/ask/${ylId(itemNum(r))}.html" target="_blank"><h3>${esc(r.question)}</h3><p class="txt">${esc(ascii(r.snippet))}</p></a><div class="rel-foot"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div></div>`)
      .join('\n');
    const main = `<div class="main_left">
<p class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">名医问答</a> &gt; <span>问题详情</span></p>
<div class="ask-detail">
<h1 class="ask-title">${esc(page.question)}</h1>
${asker}<div class="answer-wrap">
<div class="answer-doctor"><img src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt="${esc(d.name!)}"><div class="info"><a class="name" href="/yyk/doctor/${token(rng, 10)}.html">${esc(d.name!)}</a> <span class="title">${d.title}</span>
<p class="hos"><span>${esc(d.hospital!)}</span>${gradeShown ? ` <i class="level">${d.hospital_grade}</i>` : ''} <em>${esc(d.department!)}</em></p></div><a class="btn-ask" href="/ask/doc/${token(rng, 8)}.html">问医生</a></div>
<div class="answer-body">${page.paragraphs.map((p) => `<p>${esc(ascii(p))}</p>`).join('\n')}</div>
<div class="answer-foot"><span class="pub">发布于 ${page.date}</span>${printFormat ? ` <span class="type">${LABEL[page.format]}</span>` : ''}</div>
<div class="docYes"><span class="yes">有帮助(${rng.int(0, 800)})</span> <span class="no">没帮助</span></div>
</div>
<p class="tips">${YL_TIPS}</p>
</div>
${page.related.length ? `<div class="recommend-grid"><h4>相关问答</h4><div class="grid">${cards}</div></div>` : ''}
</div>`;
    const body = `<div class="yl-header"><a class="logo" href="https://www.youlai.cn/">有来医生</a> <a href="/yyk/">找医生</a> <a href="/ask/">问答</a> <a href="/dise/">百科</a> <a href="/video/">视频</a></div>
<div class="main clearfix">
${sideFirst ? `${side}\n${main}` : `${main}\n${side}`}
</div>
<div class="footer">有来医生 © 2023 youlai.cn</div>`;
    const html = documentOf(`${page.question}-有来医生`, `https://www.youlai.cn/ask/${id}.html`, '', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      paragraphs: page.paragraphs.map(ascii),
      format: printFormat ? page.format : 'unknown',
      related: ylRelated(page, 'https://www.youlai.cn/ask/', () => ({})),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. youlai-media ---

const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/**
 * F3. The mobile voice- and video-answer page (m.youlai.cn/askmip/<id>.html, a MIP page), UTF-8: the
 * fixtures' `h1` and `doc_info` card kept; then for a voice answer (70%) the `mip-youlai-audio` player
 * (its `containner_time` length) and on half a `语音时长：N秒` line, for a video answer a `mip-video`
 * with its poster and `视频时长：mm:ss`; the transcript in `div.voice_txt` / `div.video_txt` under its
 * own heading (`语音文字版`, `文字版`, `视频文字版`) instead of `#js-content` (which stays, empty, on half);
 * the day in an `info_bar` under the `<h1>` with the medium's word (on half) or an `ask_meta` line
 * after the transcript; related items as the fixtures' `recommend` list.
 */
const youlaiMedia: Family = {
  name: 'youlai-media',
  split: 'fresh-50',
  site: 'm.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const video = rng.chance(0.3);
    const format: Format = video ? 'video' : 'voice';
    const id = ylId(page.item.num);
    const seconds = rng.int(25, 240);
    const text = page.paragraphs.map((p) => `<p>${esc(ascii(p))}</p>`).join('\n');
    const underHeading = rng.chance(0.5);
    const player = video
      ? `<mip-video poster="//file.youlai.cn/video/${token(rng, 12)}.jpg" src="//v.youlai.cn/${token(rng, 16)}.mp4" controls layout="responsive" width="640" height="360"></mip-video>
<p class="video_len">视频时长：${mmss(seconds)}</p>
<div class="video_txt"><h4>视频文字版</h4><div class="txt_con">${text}</div></div>`
      : `<mip-youlai-audio><div class="containner_box"><div class="containner_in"><audio class="audiojs" src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.mp3" preload="none"></audio><span class="containner_time">${mmss(seconds)}</span></div></div></mip-youlai-audio>
${rng.chance(0.5) ? `<p class="voice_len">语音时长：${seconds}秒</p>\n` : ''}<div class="voice_txt"><h4>${rng.pick(['语音文字版', '文字版'])}</h4><div class="txt_con">${text}</div></div>`;
    const items = page.related
      .map((r) => {
        const q = esc(r.question);
        return `<li><a href="https://m.youlai.cn/askmip/${ylId(itemNum(r))}.html" data-type="mip"><h4>${q}</h4><p class="txt">${esc(ascii(r.snippet))}</p><div class="voice"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div></a></li>`;
      })
      .join('\n');
    const html = `<!DOCTYPE html>
<html mip><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>${esc(page.question)}-有来医生</title>
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v1/mip.css">
<link rel="canonical" href="https://m.youlai.cn/askmip/${id}.html">
</head>
<body><header><div class="ylw_header"><span class="yl_logo"><a href="//m.youlai.cn/"><mip-img src="//static.youlai.cn/images/youlai/yl_logo_wap.png" alt="有来医生"></mip-img></a></span></div></header>
<div class="view"><h1>${esc(page.question)}</h1>
${underHeading ? `<div class="info_bar"><span class="info_type">${LABEL[format]}</span><span class="info_time">${page.date}</span></div>\n` : ''}<div class="doc_info"><dl><dt><i><mip-img src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt="${esc(d.name!)}"></mip-img></i>
<h5>${esc(d.name!)}<span>${d.title}</span><em>${esc(d.department!)}</em></h5><p><span>${esc(d.hospital!)}</span><i class="grade">${d.hospital_grade}</i></p></dt></dl></div>
${player}
${rng.chance(0.5) ? '<div id="js-content"></div>\n' : ''}${underHeading ? '' : `<p class="ask_meta"><span>${page.date}</span></p>\n`}<p class="tips">${YL_TIPS}</p></div>
${page.related.length ? `<div class="recommend"><h3>相关推荐</h3><ul>${items}</ul></div>` : ''}
<mip-fixed type="bottom"><a class="open-app" href="https://m.youlai.cn/app/">打开有来医生App 免费问医生</a></mip-fixed>
</body></html>`;
    const expected = expectedOf(page, {
      paragraphs: page.paragraphs.map(ascii),
      format,
      related: ylRelated(page, 'https://m.youlai.cn/askmip/', () => ({})),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. youlai-two-doctors ---

const SECOND_ANSWERS = [
  ['建议先到正规医院就诊,明确诊断后再对症治疗,不要自行用药。', '平时注意休息,饮食清淡,避免劳累和熬夜。'],
  ['这种情况需要结合具体的检查结果来判断,可以先做个血常规看一下。', '如果症状加重或持续不缓解,要及时到医院复诊。'],
  ['一般来说问题不大,注意观察就可以了。'],
  ['可以考虑中医调理,配合适当的运动,增强体质。', '注意保持良好的心态,规律作息。'],
];

/**
 * F4. The desktop page after a product change that lets a second doctor answer (www.youlai.cn/ask/<id>.html),
 * UTF-8: the fixtures' shell (crumbs, the question in `dl dt h3`), `h4.ans_title` 医生回答 with `共2条回答`,
 * then two `ans_box` blocks alike — each a `doc_left` card (name, title, department, hospital, `i.grade`),
 * a `docYes` text and an `ans_time` line (the format word before the day on half of the first's, where
 * known) — the second another doctor's, 1–300 days later, neither marked 最佳 or 采纳; the tips and the
 * fixtures' `recommend` list.
 */
const youlaiTwoDoctors: Family = {
  name: 'youlai-two-doctors',
  split: 'fresh-50',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = ylId(page.item.num);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const other = otherDoctor(rng, d.name!);
    const box = (doc: { name: string; title: string; department: string; hospital: string }, grade: string, paragraphs: readonly string[], when: string) => `<div class="ans_box clearfix"><div class="doc_left"><a href="/yyk/doctor/${token(rng, 10)}.html"><img src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt="${esc(doc.name)}"></a>
<h5>${esc(doc.name)}<span>${doc.title}</span><em>${esc(doc.department)}</em><span>${esc(doc.hospital)}</span></h5><i class="grade">${grade}</i></div>
<div class="docYes">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="ans_time">${when}</p></div>`;
    const first = box({ name: d.name!, title: d.title!, department: d.department!, hospital: d.hospital! }, d.hospital_grade!, page.paragraphs.map(ascii), `${printFormat ? `<span class="type">${LABEL[page.format]}</span> ` : ''}<span>${page.date}</span>`);
    const second = box(other, rng.pick(['三甲', '三级', '二甲']), rng.pick(SECOND_ANSWERS), `<span>${shift(page.date!, rng.int(1, 300))}</span>`);
    const items = page.related
      .map((r) => `<li><h3><a href="/ask/${ylId(itemNum(r))}.html" target="_blank">${esc(r.question)}</a></h3><p class="txt">${esc(ascii(r.snippet))}</p><div class="voice"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div></li>`)
      .join('\n');
    const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(page.question)}-有来医生</title>
<link rel="canonical" href="https://www.youlai.cn/ask/${id}.html"></head>
<body><div class="header"><a class="logo" href="https://www.youlai.cn/">有来医生</a></div>
<div class="main clearfix"><div class="main_left">
<p class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">名医问答</a> &gt; ${esc(page.question)}</p>
<dl><dt><h3><i></i>${esc(page.question)}</h3></dt><dd><p></p></dd></dl>
<h4 class="ans_title">医生回答 <span class="num">共2条回答</span></h4>
${first}
${second}
<p class="tips">${YL_TIPS}</p>
${page.related.length ? `<div class="recommend"><h4>相关推荐</h4><ul>${items}</ul></div>` : ''}
</div><div class="main_right"></div></div><div class="footer"></div></body></html>`;
    const expected = expectedOf(page, {
      paragraphs: page.paragraphs.map(ascii),
      format: printFormat ? page.format : 'unknown',
      related: ylRelated(page, 'https://www.youlai.cn/ask/', () => ({})),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. youlai-mip-cache ---

/**
 * F5. The MIP page as Baidu's MIP cache served it (m-youlai-cn.mipcdn.com/c/s/m.youlai.cn/askmip/<id>.html),
 * UTF-8, canonical the youlai page: the cache's bar on top (`百度MIP`, `原网页由 m.youlai.cn 提供`, 查看原网页);
 * `h1`; an `ask_meta` line (the day, `阅读 N`, the format word on half where known); the card re-nested as
 * a `mip-link` around `doc_info` with `doc_name` (name, `doc_title`) and `doc_hos` (hospital, `i.grade`,
 * department) instead of `h5`; the answer in `#js-content` inside a `mip-showmore` with a 展开全文 button
 * (data-closetext 收起) on 60%; 大家还在问 as a `mip-scrollbox` of `mip-link` cards (question, the format
 * word), no `<a>`, no snippet, no day.
 */
const youlaiMipCache: Family = {
  name: 'youlai-mip-cache',
  split: 'fresh-50',
  site: 'm.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = ylId(page.item.num);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const text = `<div id="js-content">${page.paragraphs.map((p) => `<p>${esc(ascii(p))}</p>`).join('\n')}</div>`;
    const answer = rng.chance(0.6)
      ? `<mip-showmore maxheight="screen:1.2" animatetime=".3" id="showmore01">${text}</mip-showmore>
<div on="tap:showmore01.toggle" data-closetext="收起" class="mip-showmore-btn">展开全文</div>`
      : text;
    const cards = page.related
      .map((r) => `<div class="mip-scrollbox-item"><mip-link href="https://m.youlai.cn/askmip/${ylId(itemNum(r))}.html"><div class="ask_card"><h4>${esc(r.question)}</h4><span class="type">${LABEL[r.format]}</span></div></mip-link></div>`)
      .join('\n');
    const body = `<div class="mip-cache-bar"><span class="mip-logo">百度MIP</span> <span>原网页由 m.youlai.cn 提供</span> <mip-link href="https://m.youlai.cn/askmip/${id}.html">查看原网页</mip-link></div>
<header><div class="ylw_header"><span class="yl_logo"><mip-link href="https://m.youlai.cn/"><mip-img src="//static.youlai.cn/images/youlai/yl_logo_wap.png" alt="有来医生"></mip-img></mip-link></span></div></header>
<div class="view"><h1>${esc(page.question)}</h1>
<p class="ask_meta"><span class="time">${page.date}</span>${printFormat ? ` <span class="type">${LABEL[page.format]}</span>` : ''} <span class="read">阅读 ${rng.int(100, 90000)}</span></p>
<mip-link href="https://m.youlai.cn/yyk/doctor/${token(rng, 10)}.html"><div class="doc_info"><mip-img class="avatar" src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt="${esc(d.name!)}"></mip-img>
<div class="doc_name">${esc(d.name!)}<span class="doc_title">${d.title}</span></div><div class="doc_hos">${esc(d.hospital!)}<i class="grade">${d.hospital_grade}</i> ${esc(d.department!)}</div></div></mip-link>
${answer}
<p class="tips">${YL_TIPS}</p></div>
${page.related.length ? `<div class="ask_more"><h3>大家还在问</h3><mip-scrollbox data-type="row"><div class="mip-scrollbox-wrapper"><div class="mip-scrollbox-inner">${cards}</div></div></mip-scrollbox></div>` : ''}
<script src="https://c.mipcdn.com/static/v1/mip.js"></script>
<script src="https://c.mipcdn.com/static/v1/mip-showmore/mip-showmore.js"></script>`;
    const head = '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v1/mip.css">\n';
    const html = documentOf(`${page.question}-有来医生`, `https://m.youlai.cn/askmip/${id}.html`, head, body).replace('<html lang="zh-CN">', '<html mip>');
    const expected = expectedOf(page, {
      paragraphs: page.paragraphs.map(ascii),
      format: printFormat ? page.format : 'unknown',
      related: ylRelated(page, 'https://m.youlai.cn/askmip/', () => ({ paragraphs: [], date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. youlai-share ---

/**
 * F6. The app's share page (www.youlai.cn/ask/share/<id>.html), UTF-8, mobile: an `app-banner`
 * (有来医生, 三甲医生在线答疑, 打开App) on top; the question in a `div.q-title` (no heading element); the
 * `share-answer` text, cut after its first two paragraphs on half of the pages of three or more (a
 * `mask` with `打开有来医生App，查看完整回答`; the rest is not in the markup); then, as in an A/B test, the
 * `share-doctor` card after the answer (name, title; hospital · department, an `em.tag` grade on half;
 * 关注); a `share-time` line (the day, `2023-05-06` or `2023年5月6日`, and the format word on half where
 * known); 更多精彩回答 items (a share link, the question, the snippet), undated; a fixed
 * `打开有来医生App 免费问医生` bar.
 */
const youlaiShare: Family = {
  name: 'youlai-share',
  split: 'fresh-50',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = ylId(page.item.num);
    const gradeShown = rng.chance(0.5);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const cut = page.paragraphs.length >= 3 && rng.chance(0.5);
    const shown = (cut ? page.paragraphs.slice(0, 2) : page.paragraphs).map(ascii);
    const items = page.related
      .map((r) => `<a class="more-item" href="/ask/share/${ylId(itemNum(r))}.html"><p class="more-q">${esc(r.question)}</p><p class="more-a">${esc(ascii(r.snippet))}</p></a>`)
      .join('\n');
    const body = `<div class="app-banner"><mip-img src="//static.youlai.cn/images/youlai/app_logo.png" alt=""></mip-img><div class="banner-txt"><b>有来医生</b><p>三甲医生在线答疑</p></div><a class="open-btn" href="https://www.youlai.cn/app/download">打开App</a></div>
<div class="share-main">
<div class="q-title">${esc(page.question)}</div>
<div class="share-answer">${shown.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>${cut ? '\n<div class="mask"><a href="https://www.youlai.cn/app/download">打开有来医生App，查看完整回答</a></div>' : ''}
<div class="share-doctor"><img src="//file.youlai.cn/cnkfile1/${token(rng, 12)}.jpg" alt=""><div class="doc"><p><span class="name">${esc(d.name!)}</span> <span class="title">${d.title}</span></p><p class="org">${esc(d.hospital!)}${gradeShown ? ` <em class="tag">${d.hospital_grade}</em>` : ''} · ${esc(d.department!)}</p></div><a class="follow" href="javascript:;">关注</a></div>
<p class="share-time">${rng.pick([page.date!, cnDate(page.date!)])}${printFormat ? ` · ${LABEL[page.format]}` : ''}</p>
<p class="tips">${YL_TIPS}</p>
</div>
${page.related.length ? `<div class="share-more"><h3>更多精彩回答</h3>${items}</div>` : ''}
<div class="bottom-bar"><a href="https://www.youlai.cn/app/download">打开有来医生App 免费问医生</a></div>`;
    const html = documentOf(`${page.question}-有来医生`, `https://www.youlai.cn/ask/share/${id}.html`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      paragraphs: shown,
      format: printFormat ? page.format : 'unknown',
      related: ylRelated(page, 'https://www.youlai.cn/ask/share/', () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH50_FAMILIES: readonly Family[] = [youlaiLegacyGbk, youlaiRedesign, youlaiMedia, youlaiTwoDoctors, youlaiMipCache, youlaiShare];
