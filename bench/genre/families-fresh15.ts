import type { Rng } from '../../kit/pages/rng.js';
import { qaItem, type QaItem } from '../../kit/pages/universe.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { RELATED_HEADS_ALIKE, dayText, formatWord, hm, hospitalWithGrade, relatedWith, shift, token } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifteenth fresh held-out set (split `fresh-15`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a printed Q&A converted from
 * PDF to HTML (the pdf2htmlEX kind: every printed line an absolutely positioned `<div>`, lines broken
 * mid-sentence and mid-word, a running header and a page footer between the PDF's pages, the related
 * items' addresses printed as lines under them); a 长辈模式 / 关怀版 (elderly-mode) page in very large
 * type with emoji and icon-font labels, `aria-label`s repeating the visible text and a 朗读 / 听 button
 * after every paragraph; a hospital's formal 咨询答复 page (院长信箱 / 在线咨询 kind) that writes every
 * date in Chinese numerals (二〇二二年十二月十六日) and signs the reply with the hospital and
 * department run together and the day; a page whose related list is a looping carousel (swiper,
 * slick or owl kind) whose slides are cloned before and after the real ones; a page whose scripts
 * and `<template>`s carry other questions' whole Q&As (next pages preloaded, an A/B variant of the
 * related block, a JSON preload of HTML strings); a 医生团队 page whose reply comes from a team
 * (its leader's name on the team, the replying member named or not) with a 医助 (doctor's
 * assistant) note beside the reply.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text).
 * - pdf2html: the lines of a paragraph are one paragraph, joined as a reader joins them (Chinese
 *   text with nothing between the lines); a paragraph runs on across the PDF's page break, the
 *   running header and footer (site name, 第 N 页 / 共 M 页, — N —) are none of it; an indent (a
 *   position, or ideographic spaces opening the line) is no part of a paragraph. A related item's
 *   address is the address printed under it (the link overlay points at the same).
 * - elder-care: what is displayed once; an `aria-label` repeats visible text for screen readers and
 *   is not printed again; emoji and icon-font glyphs (private-use characters) are labels, none of a
 *   value; 朗读 / 听 / 全文朗读 buttons and the 字号 controls are none of the answer or a snippet.
 *   The simplified card leaves out the department or the grade now and then (null then).
 * - cn-numeral-date: a date printed in Chinese numerals (二〇二二年十二月十六日, 二零二二年…, 十二月
 *   十六号) is the Gregorian day it names; the answer's date is the reply's (答复时间, or the signature's
 *   day), not the asker's 来信 / 咨询时间; a signature running hospital and department together
 *   (某某医院心血管内科) prints both.
 * - loop-carousel: a slide cloned for the loop (swiper-slide-duplicate, slick-cloned, owl `cloned`,
 *   aria-hidden) is the same item as the real slide: each item once, in the real slides' order
 *   (data-swiper-slide-index 0, 1, …); pagination bullets and arrows are no items.
 * - template-preload: only what is rendered counts: a `<template>`'s content, a `<script>` of any type
 *   (text/template, text/x-template, application/json, a JS preload of HTML strings) and
 *   `<link rel="prefetch">` show nothing; the Q&As they carry are none of the page's and their links
 *   no related items.
 * - doctor-team: the page's doctor is the person the page names as replying (团队成员 name title
 *   回复, or the leader himself marked 团队负责人 / 本人回复); the hospital, grade and department are
 *   the team's, printed once in the team's header (a team works in one department). Where the
 *   reply is signed by the team alone (`某某医生团队 回复`), no person is named as replying: name and
 *   title are null (the leader named in the team's name did not necessarily write it), hospital,
 *   grade and department the team's. The 医助 (assistant) note, with its own time, is not the
 *   doctor's answer and dates nothing; the team's member list is no related list.
 * Format is printed only where a format word is printed (a 语音 badge, 答复形式：图文).
 */

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];

/** Q&As of the site that are none of the page's: other topics, other doctors. */
function otherItems(rng: Rng, page: TruthPage, n: number): QaItem[] {
  const bare = (q: string) => q.replace(/[？?]$/u, '');
  const taken = new Set([bare(page.question), ...page.related.map((r) => bare(r.question))]);
  const doctors = new Set([page.doctor.name]);
  const own = Math.floor(page.item.k / 48) % TOPICS.length;
  const out: QaItem[] = [];
  for (let tries = 0; out.length < n && tries < 300; tries++) {
    const k = rng.int(0, 40_000);
    if (Math.floor(k / 48) % TOPICS.length === own) continue;
    const item = qaItem(rng.int(1, 1_000_000), k);
    if (taken.has(bare(item.question)) || doctors.has(item.doctor.name)) continue;
    taken.add(bare(item.question));
    doctors.add(item.doctor.name);
    out.push(item);
  }
  return out;
}

/** Cuts text into printed lines of `width` characters (the last shorter). */
function lines(text: string, width: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

/**
 * F1. A printed Q&A converted from PDF (pdf2htmlEX kind): `<div id="page-container">` of
 * `<div class="pf">` pages, each line a `<div class="t m0 xN hN yN ff1 fs2 …">` placed by classes a
 * `<style>` defines, now and then an empty spacing `<span class="_ _3"></span>` inside a line; the
 * question in a larger font (wrapped over two lines when long), the card and 回答时间 as labelled
 * lines, the answer's paragraphs cut every 24–36 characters (the first line indented by position or
 * by two ideographic spaces), a running header (site name, 健康问答打印稿) and footer (第 N 页 / 共 M
 * 页 or — N —) at every page break, wherever it falls; related items as a numbered question line,
 * snippet lines, a date line on half the pages and the item's address printed as `链接：https://…`
 * with a link overlay over it. No canonical link on half the pages.
 */
const pdf2html: Family = {
  name: 'pdf2html',
  split: 'fresh-15',
  site: 'www.dayin-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const width = rng.int(24, 36);
    const perPage = rng.int(22, 34);
    const spacesIndent = rng.chance(0.5);
    const siteName = '打印问医网';
    const origin = new URL(page.canonical).origin;
    type Line = { text: string; x: number; font: number };
    const body: Line[] = [];
    const add = (text: string, x = 0, font = 2) => body.push({ text, x, font });
    const qLines = Array.from(page.question).length > 22 ? lines(page.question, Math.ceil(Array.from(page.question).length / 2)) : [page.question];
    for (const q of qLines) add(esc(q), 2, 4);
    const grade = gradeShown ? `（${d.hospital_grade}）` : '';
    if (rng.chance(0.5)) {
      add(`解答医生：${esc(d.name!)}　${d.title}`);
      add(`所在医院：${esc(d.hospital!)}${grade}　科室：${esc(d.department!)}`);
    } else {
      add(`医生：${esc(d.name!)}　职称：${d.title}　科室：${esc(d.department!)}`);
      add(`医院：${esc(d.hospital!)}${grade}`);
    }
    add(`回答时间：${dayText(rng, page.date!, page.time)}${printFormat ? `　回答形式：${formatWord(rng, page.format)}` : ''}`);
    add(rng.pick(['医生回答：', '【医生回答】', '解答：']), 0, 3);
    for (const p of page.paragraphs) {
      const ls = lines(p, width);
      ls.forEach((l, i) => add(esc(i === 0 && spacesIndent ? `　　${l}` : l), i === 0 && !spacesIndent ? 1 : 0));
    }
    add('提示：以上回答仅供参考，不能代替医生面诊。', 0, 1);
    if (page.related.length) {
      add(rng.pick(RELATED_HEADS_ALIKE), 0, 3);
      page.related.forEach((r, i) => {
        add(esc(`${i + 1}. ${r.question}`));
        for (const l of lines(r.snippet, width)) add(esc(l), 1);
        if (datedItems) add(`日期：${r.date}`, 1);
        add(`链接：<a class="l" href="${origin}${r.path}">${origin}${r.path}</a>`, 1);
      });
    }
    const pages: Line[][] = [];
    for (let i = 0; i < body.length; i += perPage) pages.push(body.slice(i, i + perPage));
    const total = pages.length;
    // A browser's print header and footer (the day it was printed, the title, the address, n/m) or the site's own.
    const browserPrint = rng.chance(0.35);
    const printed = `${shift(page.date!, rng.int(30, 900)).replace(/-0?/g, '/')} ${hm(rng)}`;
    const footerKind = rng.int(0, 2);
    const footerText = (n: number) =>
      browserPrint ? `${page.canonical}　　${n}/${total}` : footerKind === 0 ? `第 ${n} 页 / 共 ${total} 页` : footerKind === 1 ? `— ${n} —` : `${siteName} www.dayin-wenyi.example　　${n}`;
    const headerText = browserPrint ? `${printed}　　${esc(page.question)}_${siteName}` : rng.pick([`${siteName}·健康问答打印稿`, `${siteName}　　问答详情`]);
    const lineHeight = rng.int(24, 30);
    const gapSpan = () => (rng.chance(0.15) ? `<span class="_ _${rng.int(0, 9)}"></span>` : '');
    const lineDiv = (l: Line, y: number) => {
      const chars = Array.from(l.text);
      // A spacing span inside a line, where the text is plain (no markup to cut through).
      const text = !/[<&]/.test(l.text) && chars.length > 6 && rng.chance(0.3) ? `${chars.slice(0, 4).join('')}${gapSpan()}${chars.slice(4).join('')}` : l.text;
      return `<div class="t m0 x${l.x} h${l.font} y${y.toString(16)} ff${l.font === 4 ? 2 : 1} fs${l.font} fc0 sc0 ls0 ws0">${text}</div>`;
    };
    const pagesHtml = pages.map((lns, n) => {
      const rows = [
        `<div class="t m0 x3 h1 y0 ff1 fs1 fc1 sc0 ls0 ws0">${headerText}</div>`,
        ...lns.map((l, i) => lineDiv(l, i + 1)),
        `<div class="t m0 x4 h1 y${(perPage + 1).toString(16)} ff1 fs1 fc1 sc0 ls0 ws0">${footerText(n + 1)}</div>`,
      ];
      return `<div id="pf${(n + 1).toString(16)}" class="pf w0 h0" data-page-no="${(n + 1).toString(16)}"><div class="pc pc${(n + 1).toString(16)} w0 h0"><img class="bi x0 y0 w1 h1" alt="" src="bg${(n + 1).toString(16)}.png"/>\n${rows.join('\n')}\n</div><div class="pi" data-data='{"ctm":[1.333333,0.000000,0.000000,1.333333,0.000000,0.000000]}'></div></div>`;
    });
    const ys = Array.from({ length: perPage + 2 }, (_, i) => `.y${i.toString(16)}{bottom:${1060 - i * lineHeight - (i === 0 ? 0 : 40)}.${rng.int(100, 999)}px;}`).join('');
    const style = `.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;}._{display:inline-block;}._0{width:1.2px;}._3{width:4.8px;}.ff1{font-family:ff1;line-height:0.880;}.ff2{font-family:ff2;line-height:0.910;}.fs1{font-size:36px;}.fs2{font-size:42px;}.fs3{font-size:46px;}.fs4{font-size:60px;}.x0{left:96.000px;}.x1{left:138.000px;}.x2{left:118.500px;}.x3{left:96.000px;}.x4{left:410.250px;}.w0{width:892.914px;}.h0{height:1262.835px;}${ys}`;
    const html = `<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/coolwanglu/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<title>${rng.pick([`wenda_${page.item.num}.pdf`, `${esc(page.question)}.pdf`, ''])}</title>
${rng.chance(0.5) ? `<link rel="canonical" href="${page.canonical}"/>\n` : ''}<style type="text/css">
${style}
</style>
<script>try{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});}catch(e){}</script>
</head>
<body>
<div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
${pagesHtml.join('\n')}
</div>
<div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgo="/></div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** Icon-font glyphs: private-use characters a web font draws as icons. */
const iconGlyph = (rng: Rng) => `<i class="iconfont ${rng.pick(['icon-doctor', 'icon-time', 'icon-hosp', 'icon-voice'])}">&#xe6${token(rng, 2)};</i>`;

/**
 * F2. A 长辈模式 / 关怀版 page: `<html class="elder">`, inline font sizes of 20–28px, a 退出长辈版 /
 * 标准版 switch and 字号 A+ / A- buttons; emoji (👨‍⚕️ 🏥 🕐 📋 ❓) or icon-font glyphs (`<i
 * class="iconfont">&#xe6..;</i>`) before the values; `aria-label`s on the heading, the card, each
 * paragraph and each related link repeating the visible text (a 朗读 prompt now and then); a 🔊 朗读
 * / ▶ 听 / 听一听 button after every paragraph and a 全文朗读 button over the answer; a simplified card
 * (department left out on 35%, grade on 50%); a 语音 badge on 35%; related items as big tappable
 * cards with their own 听 button, dated on half the pages.
 */
const elderCare: Family = {
  name: 'elder-care',
  split: 'fresh-15',
  site: 'm.zhangbei-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const deptShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const emoji = rng.chance(0.6);
    const big = () => ` style="font-size:${rng.pick([20, 22, 24, 26, 28])}px;line-height:1.8"`;
    const label = (e: string) => (emoji ? `<span aria-hidden="true"${cls(rng)}>${e}</span>` : iconGlyph(rng));
    const readButton = () =>
      rng.pick([
        `<button type="button"${cls(rng)} aria-label="朗读本段">🔊 朗读</button>`,
        `<a href="javascript:;"${cls(rng)} role="button">▶ 听</a>`,
        `<span${cls(rng)} data-tts="1">${iconGlyph(rng)}听一听</span>`,
      ]);
    const q = esc(page.question);
    const heading = `<h1${cls(rng)}${big()} aria-label="${rng.chance(0.5) ? q : `问题：${q}`}">${label('❓')}${q}</h1>`;
    const grade = gradeShown ? d.hospital_grade : null;
    const cardText = [d.name, d.title, d.hospital, deptShown ? d.department : null].filter(Boolean).join('，');
    const card = `<div${cls(rng)}${big()} aria-label="${esc(cardText)}">${label('👨‍⚕️')}<b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><div${cls(rng)}>${label('🏥')}${hospitalWithGrade(rng, d.hospital!, grade)}</div>${deptShown ? `<div${cls(rng)}>${rng.chance(0.5) ? '科室：' : ''}${esc(d.department!)}</div>` : ''}</div>`;
    const day = dayText(rng, page.date!);
    const when = `<div${cls(rng)}${big()}>${label('🕐')}${rng.pick([`${day} 回答`, `回答时间：${day}`, `${day}`])}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const ariaOnParas = rng.chance(0.7);
    const paras = page.paragraphs
      .map((p) => `<div${cls(rng)}><p${big()}${ariaOnParas ? ` aria-label="${esc(p)}"` : ''}>${esc(p)}</p>${readButton()}</div>`)
      .join('\n');
    const whole = `<div${cls(rng)}><button type="button"${cls(rng)}>${rng.pick(['🔊 全文朗读', '▶ 听医生说', '点击收听全文'])}</button></div>`;
    const items = page.related.map((r) => {
      const rq = esc(r.question);
      return `<li${cls(rng)}${big()}><a href="${r.path}" aria-label="${rq}"><div${cls(rng)}>${rq}</div><div${cls(rng)}>${esc(r.snippet)}</div></a>${datedItems ? `<span${cls(rng)}>${label('🕐')}${r.date}</span>` : ''}${rng.chance(0.5) ? readButton() : ''}</li>`;
    });
    const related = page.related.length ? `<div${cls(rng)}><h2${big()}>${label('📋')}${rng.pick(RELATED_HEADS_ALIKE)}</h2><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const html = `<!DOCTYPE html>
<html lang="zh-CN" class="elder">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>${q}-长辈版-长辈问医</title>
<link rel="canonical" href="${page.canonical}">
<style>html.elder body{font-size:24px}.iconfont{font-family:"iconfont"!important;font-style:normal}</style>
</head>
<body>
<div${cls(rng)}><a href="${page.canonical}?mode=standard">${rng.pick(['退出长辈版', '切换标准版', '返回标准模式'])}</a> <span${cls(rng)}>长辈版</span> <button type="button">A+</button><button type="button">A-</button></div>
${wrap(rng, `${heading}\n${card}\n${when}\n${whole}\n<div${cls(rng)}>${paras}</div>`)}
<p${cls(rng)}${big()}>温馨提示：以上内容仅供参考，身体不适请及时就医。</p>
${related}
<div${cls(rng)}>客服热线 400-000-0000（适老化服务专线）</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: grade, department: deptShown ? d.department : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnNumber = (n: number) => (n <= 10 ? (n === 10 ? '十' : CN_DIGITS[n]!) : n < 20 ? `十${CN_DIGITS[n - 10]}` : `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
/** 二〇二二年十二月十六日, 二零二二年十二月十六号: a day in Chinese numerals. */
const numeralDate = (rng: Rng, iso: string) => {
  const zero = rng.chance(0.75) ? '〇' : '零';
  const year = Array.from(Y(iso), (c) => (c === '0' ? zero : CN_DIGITS[Number(c)]!)).join('');
  return `${year}年${cnNumber(Number(M(iso)))}月${cnNumber(Number(D(iso)))}${rng.chance(0.85) ? '日' : '号'}`;
};

/**
 * F3. A hospital's own formal 咨询答复 page (院长信箱 / 网上咨询 kind): the hospital's name and a
 * (国家)三级甲等医院 / 二级甲等医院 tagline (on 55%; the grade keyed as written out) in the header, a record table — 咨询标题, 咨询人 (masked), 咨询时间 (an
 * earlier day), 咨询内容 (the question with a sentence or two) —, then 答复科室, 答复医生 (name（title）),
 * 答复时间 (left out on 30%), 答复形式 on 30%, 答复内容 and a right-aligned signature: hospital and
 * department run together and the day; every date in Chinese numerals. 其他咨询 as a table of title /
 * 答复摘要 / 答复日期 (the date column on half the pages), each title linked.
 */
const cnNumeralDate: Family = {
  name: 'cn-numeral-date',
  split: 'fresh-15',
  site: 'www.shiyi-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    // The header's tagline writes the grade out in full: 国家三级甲等医院, 二级甲等医院.
    const FULL: Record<string, string> = { 三甲: '三级甲等', 三级甲等: '三级甲等', 二甲: '二级甲等' };
    const gradeKey = rng.chance(0.55) && d.hospital_grade ? (FULL[d.hospital_grade] ?? d.hospital_grade) : null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.3);
    const datedItems = rng.chance(0.5);
    const replyDateRow = rng.chance(0.7);
    const asked = shift(page.date!, -rng.int(1, 6));
    const masked = `${rng.pick(['王', '李', '张', '刘', '陈'])}**`;
    const sentence = rng.pick(['最近一段时间症状反复，想请医生给点建议。', '不知道需要做哪些检查，麻烦医生解答。', '之前在外院看过，效果不明显。']);
    const row = (k: string, v: string) => `<tr><th${cls(rng)}>${k}</th><td${cls(rng)}>${v}</td></tr>`;
    const record = [
      row('咨询标题', esc(page.question)),
      row('咨询人', masked),
      row('咨询时间', numeralDate(rng, asked)),
      row('咨询内容', `${esc(page.question)}${sentence}`),
    ].join('');
    const reply = [
      row('答复科室', esc(d.department!)),
      row('答复医生', `${esc(d.name!)}（${d.title}）`),
      ...(replyDateRow ? [row('答复时间', numeralDate(rng, page.date!))] : []),
      ...(printFormat ? [row('答复形式', formatWord(rng, page.format))] : []),
    ].join('');
    const signature = `<div style="text-align:right"${cls(rng)}><p>${esc(d.hospital!)}${esc(d.department!)}</p><p>${numeralDate(rng, page.date!)}</p></div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const items = page.related.map(
      (r) => `<tr><td${cls(rng)}><a href="${r.path}" target="_blank">${esc(r.question)}</a></td><td${cls(rng)}>${esc(r.snippet)}</td>${datedItems ? `<td${cls(rng)}>${numeralDate(rng, r.date!)}</td>` : ''}</tr>`,
    );
    const related = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['其他咨询', '相关咨询', '相关问题'])}</h3><table${cls(rng)}><tr><th>咨询标题</th><th>答复摘要</th>${datedItems ? '<th>答复日期</th>' : ''}</tr>${items.join('\n')}</table></div>`
      : '';
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-网上咨询-${esc(d.hospital!)}</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><div${cls(rng)}><img src="/images/logo.png" alt="院徽"><b>${esc(d.hospital!)}</b>${gradeKey ? `<span${cls(rng)}>${rng.pick(['国家', ''])}${gradeKey}医院</span>` : ''}</div><div${cls(rng)}><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zxzx/">网上咨询</a> <a href="/yzxx/">院长信箱</a></div></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/zxzx/">网上咨询</a> &gt; 咨询详情</div>
<div${cls(rng)}>
<h2${cls(rng)}>${esc(page.question)}</h2>
<table${cls(rng)}>${record}</table>
<h3>答复</h3>
<table${cls(rng)}>${reply}</table>
${answer}
${signature}
</div>
${related}
<div${cls(rng)}>${esc(d.hospital!)} 版权所有　地址：${esc(d.hospital!.slice(0, 3))}某某路${rng.int(1, 300)}号　备案号：京ICP备${rng.int(10000000, 99999999)}号</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeKey },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * F4. A page whose related list is a looping carousel: swiper (`swiper-slide` with
 * `data-swiper-slide-index`, `swiper-slide-duplicate` clones before and after the real slides, the
 * wrapper translated), slick (`slick-slide slick-cloned`, `aria-hidden="true"`, `tabindex="-1"`) or
 * owl (`owl-item cloned`); as many clones at each end as slides in view (1–3), or slides of two
 * items each; pagination bullets (`aria-label="Go to slide 3"`) and 上一个 / 下一个 arrows. Card
 * and answer as an ordinary page; items dated on half the pages, with a format badge on 40%.
 */
const loopCarousel: Family = {
  name: 'loop-carousel',
  split: 'fresh-15',
  site: 'www.lunbo-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const itemFormats = rng.chance(0.4);
    const kind = rng.pick(['swiper', 'slick', 'owl'] as const);
    const perSlide = rng.chance(0.3) ? 2 : 1;
    const inView = perSlide === 2 ? 1 : rng.int(1, 3);
    const itemHtml = (r: TruthPage['related'][number]) =>
      `<a href="${r.path}"${cls(rng)}><h4${cls(rng)}>${esc(r.question)}</h4><p${cls(rng)}>${esc(r.snippet)}</p></a>${datedItems || (itemFormats && r.format !== 'unknown') ? `<div${cls(rng)}>${itemFormats && r.format !== 'unknown' ? `<span${cls(rng)}>${formatWord(rng, r.format)}</span> ` : ''}${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</div>` : ''}`;
    const groups: TruthPage['related'][] = [];
    for (let i = 0; i < page.related.length; i += perSlide) groups.push(page.related.slice(i, i + perSlide));
    /** Slide of group g; a clone is 'before' or 'after' the real slides (slick numbers them -k… and n…). */
    const slide = (g: number, clone: false | 'before' | 'after') => {
      const inner = groups[g]!.map((r) => (perSlide === 2 ? `<div${cls(rng)}>${itemHtml(r)}</div>` : itemHtml(r))).join('');
      if (kind === 'swiper') return `<div class="swiper-slide${clone ? ' swiper-slide-duplicate' : ''}" data-swiper-slide-index="${g}"${clone && rng.chance(0.5) ? ' aria-hidden="true"' : ''} style="width:320px">${inner}</div>`;
      if (kind === 'slick') return `<div class="slick-slide${clone ? ' slick-cloned' : ''}" data-slick-index="${clone === 'before' ? g - groups.length : clone === 'after' ? groups.length + g : g}"${clone ? ' aria-hidden="true" tabindex="-1"' : ' aria-hidden="false"'} style="width:320px">${inner}</div>`;
      return `<div class="owl-item${clone ? ' cloned' : ''}" style="width:320px">${inner}</div>`;
    };
    const n = groups.length;
    const k = Math.min(inView, n);
    const before = Array.from({ length: k }, (_, i) => slide(n - k + i, 'before'));
    const after = Array.from({ length: k }, (_, i) => slide(i, 'after'));
    const real = groups.map((_, g) => slide(g, false));
    const track = [...before, ...real, ...after].join('\n');
    const bullets = groups.map((_, g) => `<span class="${kind === 'owl' ? 'owl-dot' : 'swiper-pagination-bullet'}${g === 0 ? ' active' : ''}" role="button" aria-label="Go to slide ${g + 1}"></span>`).join('');
    const carousel =
      kind === 'swiper'
        ? `<div class="swiper-container swiper-initialized"><div class="swiper-wrapper" style="transform:translate3d(-${320 * k}px,0,0);transition-duration:0ms">\n${track}\n</div><div class="swiper-pagination">${bullets}</div><div class="swiper-button-prev" aria-label="上一个"></div><div class="swiper-button-next" aria-label="下一个"></div></div>`
        : kind === 'slick'
          ? `<div class="slick-slider slick-initialized"><button class="slick-prev" type="button">上一个</button><div class="slick-list"><div class="slick-track" style="transform:translate3d(-${320 * k}px,0,0)">\n${track}\n</div></div><button class="slick-next" type="button">下一个</button><ul class="slick-dots">${groups.map((_, g) => `<li><button type="button">${g + 1}</button></li>`).join('')}</ul></div>`
          : `<div class="owl-carousel owl-loaded"><div class="owl-stage-outer"><div class="owl-stage" style="transform:translate3d(-${320 * k}px,0,0)">\n${track}\n</div></div><div class="owl-nav"><button class="owl-prev">‹</button><button class="owl-next">›</button></div><div class="owl-dots">${bullets}</div></div>`;
    const related = n ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS_ALIKE)}</h3>${carousel}</div>` : '';
    const card = `<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt=""><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p></div>`;
    const when = `<div${cls(rng)}>${rng.pick([`回答时间：${dayText(rng, page.date!, page.time)}`, `${dayText(rng, page.date!, page.time)} 回答`])}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const main = rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_轮播问答</title>
<link rel="canonical" href="${page.canonical}">
<link rel="stylesheet" href="/static/${kind}.min.css">
</head>
<body>
<div${cls(rng)}><a href="/">轮播问答</a> <a href="/ask/">问医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${main}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>本回答仅供参考，不作为诊断依据。</p>
${related}
<div${cls(rng)}>© 轮播问答</div>
<script src="/static/${kind}.min.js"></script>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: itemFormats ? e.format : 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** Another Q&A in the site's markup (for templates and preloads): heading, card, date, answer, a list. */
function otherArticle(rng: Rng, o: QaItem, extra: readonly QaItem[]): string {
  const list = extra.length ? `<div class="related"><h3>相关问题</h3><ul>${extra.map((x) => `<li><a href="/q/${x.num}.html">${esc(x.question)}</a><p>${esc(x.shortSnippet)}</p><span>${x.date}</span></li>`).join('')}</ul></div>` : '';
  return `<article data-id="${o.num}"><h1>${esc(o.question)}</h1><div class="doctor"><b>${esc(o.doctor.name)}</b> <span>${o.doctor.title}</span> <span>${esc(o.doctor.hospital)} ${o.doctor.grade ?? ''}</span> <span>${esc(o.doctor.department)}</span></div><div class="time">回答时间：${o.date}</div><div class="answer">${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${list}</article>`;
}

/**
 * F5. A page whose non-rendered parts carry other Q&As: a `<template id="tpl-next">` (and on half the
 * pages a second one) holding the next question's whole article (heading, card, date, answer, its own
 * 相关问题); a `<script type="text/x-template">` or `text/html` A/B variant of the related block listing
 * other questions; a `window.__PRELOAD__` or `application/json` preload of next pages with their
 * answers as HTML strings; `<link rel="prefetch">` to them. Placed before or after the rendered
 * content at random. The rendered page is an ordinary one: card, date, answer, related list.
 */
const templatePreload: Family = {
  name: 'template-preload',
  split: 'fresh-15',
  site: 'www.yujiazai-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const others = otherItems(rng, page, 9);
    const [next1, next2, ...rest] = others;
    const templates = [
      `<template id="tpl-next">${otherArticle(rng, next1!, rest.slice(0, 3))}</template>`,
      ...(rng.chance(0.5) && next2 ? [`<template id="tpl-next-2" data-url="/q/${next2.num}.html">${otherArticle(rng, next2, [])}</template>`] : []),
    ];
    const variantItems = rest.slice(3, 7);
    const variant = `<script type="${rng.pick(['text/x-template', 'text/html', 'text/template'])}" id="related-variant-b"><div class="related-b"><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul>${variantItems.map((x) => `<li><a href="/q/${x.num}.html">${esc(x.question)}</a><p>${esc(x.snippet)}</p></li>`).join('')}</ul></div></script>`;
    const preloadData = [next1!, next2!].filter(Boolean).map((o) => ({ url: `/q/${o.num}.html`, question: o.question, doctor: `${o.doctor.name} ${o.doctor.title}`, date: o.date, html: o.paragraphs.map((p) => `<p>${p}</p>`).join('') }));
    const preload = rng.chance(0.5)
      ? `<script>window.__PRELOAD__ = ${JSON.stringify({ next: preloadData }).replace(/</g, '\\u003c')};</script>`
      : `<script type="application/json" id="__preload">${JSON.stringify({ next: preloadData }).replace(/</g, '\\u003c')}</script>`;
    const prefetch = [next1!, next2!].filter(Boolean).map((o) => `<link rel="prefetch" href="/q/${o.num}.html">`).join('\n');
    const hidden = rng.shuffle([...templates, variant, preload]).join('\n');
    const card = `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</div></div>`;
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '发布于 ', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const content = `<div id="app"${cls(rng)}>\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${when}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>*以上回答仅供参考。</p>\n${related}\n</div>`;
    const hiddenFirst = rng.chance(0.4);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-预加载问答</title>
<link rel="canonical" href="${page.canonical}">
${prefetch}
</head>
<body>
<div${cls(rng)}><a href="/">预加载问答</a> <a href="/ask/">提问</a></div>
${hiddenFirst ? `${hidden}\n${content}` : `${content}\n${hidden}`}
<div${cls(rng)}>© 预加载问答</div>
<script>document.querySelectorAll('template').forEach(function(){});</script>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const LEADER_TITLES = ['主任医师', '副主任医师', '教授', '主任医师 教授'];
const MEMBER_TITLES = ['主治医师', '住院医师', '副主任医师', '医师'];
const ASSISTANTS = ['小王', '小李', '小周', '小陈'];

/**
 * F6. A 医生团队 page (好大夫 team kind): a team header (`{leader}医生团队` or `{leader}主任团队`, the
 * team's hospital, grade on 60%, department, 团队成员 N 人, 已服务 N 人); the question and on 40% the
 * asker's 病情描述 with its own earlier 提问时间; the reply: from a member (45%: `{name} {title} 团队成员`
 * or 本回答由{team}成员 {name} {title} 提供), from the leader himself (35%: marked 团队负责人 / 本人回复),
 * or signed by the team alone (20%: `{team} 回复`); its 回复时间 and answer; a 医助 (医生助理 小王) note
 * before or after the reply with its own later time (复诊 / 挂号 reminders); the team's member list of
 * names and titles; related items dated on half the pages.
 */
const doctorTeam: Family = {
  name: 'doctor-team',
  split: 'fresh-15',
  site: 'www.tuandui-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const mode = rng.weighted([['member', 45], ['leader', 35], ['team', 20]] as const);
    const people = otherItems(rng, page, 4).map((o) => o.doctor.name);
    const leader = mode === 'leader' ? d.name! : people[0]!;
    const leaderTitle = mode === 'leader' ? d.title! : rng.pick(LEADER_TITLES);
    const teamName = `${leader}${rng.pick(['医生团队', '主任团队', '医生团队'])}`;
    const members = [
      { name: leader, title: leaderTitle, role: '团队负责人' },
      ...(mode === 'member' ? [{ name: d.name!, title: d.title!, role: '' }] : []),
      ...people.slice(1, 3).map((n) => ({ name: n, title: rng.pick(MEMBER_TITLES), role: '' })),
    ];
    const shuffledMembers = [members[0]!, ...rng.shuffle(members.slice(1))];
    const header = `<div${cls(rng)}><img src="/team/${token(rng, 8)}.jpg" alt=""><h2${cls(rng)}>${esc(teamName)}</h2><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}　${esc(d.department!)}</p><p${cls(rng)}>团队成员 ${members.length} 人 · 已服务患者 ${rng.int(200, 9000)} 人</p></div>`;
    const asked = shift(page.date!, -rng.int(0, 3));
    const desc = rng.chance(0.4)
      ? `<div${cls(rng)}><span${cls(rng)}>病情描述：</span>${rng.pick(['女', '男'])}，${rng.int(18, 70)}岁。${esc(page.question)}${rng.pick(['持续一周左右。', '希望得到帮助。', '之前没有类似情况。'])}<span${cls(rng)}>提问时间：${asked}</span></div>`
      : '';
    const who =
      mode === 'member'
        ? rng.pick([
            `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <em${cls(rng)}>团队成员</em> 回复</div>`,
            `<div${cls(rng)}>本回答由${esc(teamName)}成员 <b>${esc(d.name!)}</b> ${d.title} 提供</div>`,
          ])
        : mode === 'leader'
          ? `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <em${cls(rng)}>${rng.pick(['团队负责人', '本人回复'])}</em></div>`
          : `<div${cls(rng)}><b${cls(rng)}>${esc(teamName)}</b> 回复</div>`;
    const when = `<div${cls(rng)}>${rng.pick(['回复时间：', '回复于 '])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const reply = `<div${cls(rng)}>${who}\n${when}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>`;
    const assistant = `<div${cls(rng)}><span${cls(rng)}>医助 ${rng.pick(ASSISTANTS)}${rng.chance(0.5) ? '（医生助理）' : ''}</span><p${cls(rng)}>${rng.pick([
      '您好，医生已回复您的问题，如需复诊请提前在线预约挂号。',
      '温馨提醒：请按医嘱用药，检查结果出来后可上传报告继续咨询。',
      '您好，我是医生助理，团队会在24小时内回复，请耐心等待。',
    ])}</p><span${cls(rng)}>${dayText(rng, shift(page.date!, rng.int(0, 2)))} ${hm(rng)}</span></div>`;
    const memberList = `<div${cls(rng)}><h3>团队成员</h3><ul${cls(rng)}>${shuffledMembers.map((m) => `<li><a href="/doctor/${token(rng, 6)}/">${esc(m.name)}</a> <span>${m.title}</span>${m.role ? ` <em>${m.role}</em>` : ''}</li>`).join('')}</ul></div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const assistantFirst = rng.chance(0.4);
    const membersFirst = rng.chance(0.3);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-${esc(teamName)}-团队问诊</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">团队问诊</a> <a href="/team/">找团队</a></div>
${header}
${membersFirst ? memberList : ''}
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${desc}
${assistantFirst ? assistant : ''}
${reply}
${assistantFirst ? '' : assistant}
</div>
${membersFirst ? '' : memberList}
${related}
<div${cls(rng)}>© 团队问诊</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, name: mode === 'team' ? null : d.name, title: mode === 'team' ? null : d.title, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH15_FAMILIES: readonly Family[] = [pdf2html, elderCare, cnNumeralDate, loopCarousel, templatePreload, doctorTeam];
