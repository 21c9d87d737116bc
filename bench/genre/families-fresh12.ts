import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { qaItem, type QaItem } from '../../kit/pages/universe.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { RELATED_HEADS_ALIKE, ask, dayText, formatWord, hm, personName, relatedWith, shift, token } from './ordinary-parts.js';
import { cls, esc, jsonLd, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twelfth fresh held-out set (split `fresh-12`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page or a real fault of the web (from memory, no copied markup) that no earlier family covers: a
 * page whose download broke off in its related list, with the sloppy markup of an old template
 * (unclosed `<p>`s and `<li>`s, stray `</div>`s, `<font>` left open); a page whose text is written as
 * numeric character references (`&#x75C5;`, `&#30149;`), all of it, the content only or scattered
 * characters, while its `<meta>` declares iso-8859-1, us-ascii, utf-8 or nothing; a client-rendered
 * page whose body is a loading skeleton and a `<template>` of `{{placeholders}}`, the content in a
 * `<noscript>` for crawlers (or the content printed AND copied into a `<noscript>`); a doctor's home
 * page (its `<h1>` the doctor's name) listing the doctor's answers, the page's own expanded in full
 * among collapsed others; a page with several lists of questions (相关问题 beside 热门问答, 最新问答,
 * 问答排行榜 feeds of the whole site, in a side column before the content or after it); a page whose
 * answer is followed by 有用 / 没用 votes and a 网友评论 section of users' comments, the doctor's
 * replies to some of them among them.
 *
 * The answer key holds what a careful person reads on the page, as printed; a field the page does
 * not print is null. Text written as character references is the characters they stand for; an
 * indent of ideographic or no-break spaces opening a paragraph is no part of it. A `<noscript>` is
 * what the page prints without scripts (as a crawler sees it), a `<template>` is never printed and
 * its `{{placeholders}}` are no values; content printed twice is read once. A download cut short:
 * what arrived is on the page; a related item whose question or address did not arrive in full is
 * none, one cut inside its snippet keeps the snippet as far as it arrived (without a broken last
 * character). On a doctor's home page the page's Q&A is the one shown in full (marked 当前问题 and
 * the like on most pages, always the `<title>`'s question); the doctor's other answers listed with
 * it are the related items. Where a page has a list headed as related to its question (相关问题,
 * 相似问题, 相关推荐…), that list alone is the related list: the site's feeds of hot or newest
 * questions (热门问答, 最新问答, 问答排行榜) list the whole site, not this question's neighbours, and
 * are no related items (with no related list, the page has none). Users' comments and the doctor's
 * replies to them (later, each answering a comment) are none of the answer; votes are no text.
 */

/** The doctor's card as lines, a grade after the hospital where shown. */
function cardLines(rng: Rng, page: TruthPage, gradeShown: boolean): string {
  const d = page.doctor;
  const hosp = `${esc(d.hospital!)}${gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`, `<span${cls(rng)}>${d.hospital_grade}</span>`]) : ''}`;
  return rng.chance(0.5)
    ? `<div${cls(rng)}><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)}>${hosp}</div><div${cls(rng)}>${esc(d.department!)}</div></div>`
    : `<div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span><br>${hosp}</div>`;
}

/**
 * Q&As of the site that are none of the page's related items: from clusters of other topics than
 * the page's, their questions unlike the page's and its items'.
 */
function feedItems(rng: Rng, page: TruthPage, n: number): QaItem[] {
  const taken = new Set([ask(page), ...page.related.map((r) => r.question.replace(/[？?]$/u, ''))]);
  const own = Math.floor(page.item.k / 48) % TOPICS.length;
  const out: QaItem[] = [];
  for (let tries = 0; out.length < n && tries < 200; tries++) {
    const k = rng.int(0, 40_000);
    if (Math.floor(k / 48) % TOPICS.length === own) continue;
    const item = qaItem(rng.int(1, 1_000_000), k);
    const q = item.question.replace(/[？?]$/u, '');
    if (taken.has(q)) continue;
    taken.add(q);
    out.push(item);
  }
  return out;
}

/**
 * P1. A page whose download broke off: an old template's sloppy markup (the answer's `<p>`s never
 * closed on half the pages, `<li>`s unclosed, a stray `</div></div>` after the card, a `<font>` left
 * open around the date), no `</body></html>`; the transfer cut somewhere in the related list at its
 * end — right after an item, inside the last item's snippet, inside its question or inside its
 * address — now and then in the middle of a character's bytes; pages without related items cut in
 * the footer. UTF-8, or GBK declared in a `<meta>` (30%). Items dated on half the pages.
 */
const brokenDownload: Family = {
  name: 'broken-download',
  split: 'fresh-12',
  site: 'www.duanxian-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.3);
    const gradeShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const openP = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const paras = page.paragraphs.map((p) => (openP ? `<p>${esc(p)}\n` : `<p>${esc(p)}</p>`)).join('');
    const card = `${cardLines(rng, page, gradeShown)}${rng.chance(0.6) ? '</div></div>' : ''}`;
    const when = `<font color="#999">${rng.pick(['回答时间：', '解答于 ', '时间：'])}${dayText(rng, page.date!, page.time)}${printFormat ? ` ${formatWord(rng, page.format)}` : ''}${rng.chance(0.5) ? '' : '</font>'}`;
    const itemHtml = page.related.map((r) => {
      const q = `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a>`;
      const pOpen = `<p${cls(rng)}>`;
      const rest = `</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}${rng.chance(0.5) ? '</li>' : ''}\n`;
      return { q, pOpen, s: pOpen + esc(r.snippet) + rest };
    });
    const head = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
${gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'}
<title>${esc(page.question)}_断线问医</title>
<link rel="canonical" href="${page.canonical}" />
</head>
<body>
<div${cls(rng)}><a href="/">断线问医</a> | <a href="/ask/">我要提问</a> | <a href="/ks/">按科室找</a>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}>${rng.pick(['问题描述：', '病情描述：'])}${esc(ask(page))}，${rng.pick(['请问医生该怎么办', '需要去医院吗', '麻烦医生给看看'])}？</div>
${card}
<div${cls(rng)}>${rng.pick(['<b>医生回答：</b>', '<h3>专家解答</h3>', ''])}${paras}</div>
<div${cls(rng)}>${when}</div>
<div${cls(rng)}>以上回答仅供参考，如有不适请及时就医。</div>
`;
    const enc = (s: string) => (gbk ? iconv.encode(s, 'gbk') : Buffer.from(s, 'utf8'));
    let expectedRelated = relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null }));
    let text: string;
    let midChar: string | null = null;
    if (page.related.length === 0) {
      const foot = `<div${cls(rng)}><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> Copyright © 2008-2023 断线问医 版权所有</div>\n</body>\n</html>`;
      text = head + foot.slice(0, rng.int(5, foot.length - 20));
    } else {
      const list = `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3>\n<ul${cls(rng)}>\n`;
      const last = itemHtml.length - 1;
      const before = itemHtml.slice(0, last).map((x) => x.q + x.s).join('');
      const lastItem = itemHtml[last]!;
      const r = page.related[last]!;
      const cut = rng.weighted([
        ['after', 2],
        ['snippet', 4],
        ['question', 2],
        ['href', 1],
      ] as const);
      if (cut === 'after') {
        text = head + list + before + lastItem.q + lastItem.s;
      } else if (cut === 'snippet') {
        const keep = Math.min(r.snippet.length - 1, rng.int(8, Math.max(9, r.snippet.length - 5)));
        text = head + list + before + lastItem.q + lastItem.pOpen + esc(r.snippet.slice(0, keep));
        if (rng.chance(0.35) && r.snippet.charCodeAt(keep) > 127) midChar = r.snippet[keep]!;
        expectedRelated = expectedRelated.map((e, i) => (i === last ? { ...e, paragraphs: [r.snippet.slice(0, keep).trimEnd()], date: null } : e));
      } else if (cut === 'question') {
        const keep = rng.int(2, Math.max(3, r.question.length - 2));
        text = head + list + before + `<li><a href="${r.path}">${esc(r.question.slice(0, keep))}`;
        if (rng.chance(0.35) && r.question.charCodeAt(keep) > 127) midChar = r.question[keep]!;
        expectedRelated = expectedRelated.slice(0, last);
      } else {
        text = head + list + before + `<li><a href="${r.path.slice(0, rng.int(2, r.path.length - 3))}`;
        expectedRelated = expectedRelated.slice(0, last);
      }
    }
    // A character whose bytes arrived only in part: its first byte ends the body.
    const body = midChar ? Buffer.concat([enc(text), enc(midChar).subarray(0, 1)]) : enc(text);
    return {
      body,
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: expectedRelated,
      }),
    };
  },
};

type NcrMode = 'all' | 'content' | 'scattered';

/** Text as numeric character references: every non-ASCII character, or one in `share`. */
function ncr(rng: Rng, text: string, style: { hex: boolean; upper: boolean; bareSemicolon: boolean }, share = 1): string {
  const chars = [...text];
  return chars
    .map((c, i) => {
      const cp = c.codePointAt(0)!;
      if (cp < 128 || !rng.chance(share)) return esc(c);
      const next = chars[i + 1] ?? '';
      if (style.hex) return `&#x${style.upper ? cp.toString(16).toUpperCase() : cp.toString(16)};`;
      // Browsers read a decimal reference without its semicolon where no digit follows; the text's
      // last character keeps it, since what follows it (a date after its label) is not known here.
      return style.bareSemicolon && next !== '' && !/[0-9]/.test(next) && rng.chance(0.5) ? `&#${cp}` : `&#${cp};`;
    })
    .join('');
}

/**
 * P2. A page whose text is written as numeric character references, as an old CMS or a
 * "Unicode-safe" export writes it: all non-ASCII text of the page (then the bytes are ASCII and the
 * `<meta>` may say iso-8859-1 or us-ascii, or nothing), the content only (question, card, answer,
 * items) in an otherwise UTF-8 page, or scattered characters; hex (upper or lower case) or decimal,
 * decimal now and then without its semicolon; paragraphs indented with `&#12288;&#12288;` or
 * `&nbsp;`s; the date in the same writing (年月日 as references too). JSON-LD (25%) escapes its
 * Chinese as `\uXXXX`.
 */
const ncrText: Family = {
  name: 'ncr-text',
  split: 'fresh-12',
  site: 'www.zifu-yinyong.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([
      ['all', 4],
      ['content', 3],
      ['scattered', 2],
    ] as const) as NcrMode;
    const style = { hex: rng.chance(0.5), upper: rng.chance(0.5), bareSemicolon: rng.chance(0.3) };
    const share = mode === 'scattered' ? 0.3 + rng.next() * 0.4 : 1;
    const c = (s: string) => ncr(rng, s, style, share);
    const o = (s: string) => (mode === 'all' ? ncr(rng, s, style) : esc(s));
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const indent = rng.pick(['&#12288;&#12288;', '&#x3000;&#x3000;', '&nbsp;&nbsp;&nbsp;&nbsp;', '']);
    const charset = mode === 'all' ? rng.pick(['<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">', '', '<meta charset="utf-8">']) : '<meta charset="utf-8">';
    const datedItems = rng.chance(0.5);
    const label = (s: string) => (mode === 'content' ? esc(s) : c(s));
    const card = rng.chance(0.5)
      ? `<table${cls(rng)}><tr><td>${label('医生：')}</td><td>${c(d.name!)} ${c(d.title!)}</td></tr><tr><td>${label('医院：')}</td><td>${c(d.hospital!)}${gradeShown ? ` ${c(d.hospital_grade!)}` : ''}</td></tr><tr><td>${label('科室：')}</td><td>${c(d.department!)}</td></tr></table>`
      : `<div${cls(rng)}><span${cls(rng)}>${c(d.name!)}</span> <span${cls(rng)}>${c(d.title!)}</span> <span${cls(rng)}>${c(d.hospital!)}</span>${gradeShown ? `<em${cls(rng)}>${c(d.hospital_grade!)}</em>` : ''} <span${cls(rng)}>${c(d.department!)}</span></div>`;
    const when = `${label(rng.pick(['回答时间：', '发布时间：', '日期：']))}${c(dayText(rng, page.date!, page.time))}${printFormat ? ` ${label('【')}${c(formatWord(rng, page.format))}${label('】')}` : ''}`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${c(r.question)}</a><p>${c(r.snippet)}</p>${datedItems ? `<span>${r.date}</span>` : ''}</li>`);
    const ld = rng.chance(0.25) ? jsonLd(page, { date: true, author: true }).replace(/[^\x00-\x7f]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : '';
    const html = `<!DOCTYPE html>
<html>
<head>
${charset}
<title>${mode === 'content' ? esc(page.question) : c(page.question)} - ${o('字符问医')}</title>
<link rel="canonical" href="${page.canonical}">
${ld}
</head>
<body>
<div${cls(rng)}><a href="/">${o('字符问医')}</a> <a href="/ask/">${o('在线提问')}</a> <a href="/doctor/">${o('找医生')}</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${c(page.question)}</h1>
${card}
<div${cls(rng)}>${when}</div>
<div${cls(rng)}>${wrap(rng, page.paragraphs.map((p) => `<p>${indent}${c(p)}</p>`).join('\n'), 1)}</div>
<p${cls(rng)}>${o('温馨提示：以上回答仅供参考，不能作为诊断及医疗的依据。')}</p>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${label(rng.pick(RELATED_HEADS_ALIKE))}</h3><ul>${items.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>${o('版权所有')} &copy; 2010-2023 ${o('字符问医')}</div>
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

/**
 * P3. A client-rendered page as a crawler receives it: `<div id="app">` holding a loading skeleton
 * (empty grey bars, `加载中…` / `正在加载医生回答…`), a `<template>` (or `<script type="text/x-template">`)
 * of the page's markup with `{{question}}`, `{{doctor.name}}`, `{{answer}}` placeholders, and the
 * content for crawlers in a `<noscript>` (question, card, date, answer, related list); or (35%) the
 * content printed by the server AND the answer (or the whole content) copied into a `<noscript>`
 * after it. The `<h1>` question stands outside the `<noscript>` on half the skeleton pages.
 * Avatars as lazy `<img data-src>` with a `<noscript><img></noscript>` beside them.
 */
const noscriptSkeleton: Family = {
  name: 'noscript-skeleton',
  split: 'fresh-12',
  site: 'm.gujia-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const printed = rng.chance(0.35);
    const h1Outside = !printed && rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const photo = `/avatar/${token(rng, 8)}.jpg`;
    // Inside a <noscript> the avatar is a plain <img>: a <noscript> within one would end it.
    const avatar = (lazy: boolean) => (lazy ? `<img data-src="${photo}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""${cls(rng)}><noscript><img src="${photo}" alt=""></noscript>` : `<img src="${photo}" alt="">`);
    const when = `<span${cls(rng)}>${dayText(rng, page.date!, page.time)}</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<time>${r.date}</time>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul>${items.join('')}</ul></div>` : '';
    const head1 = `<h1${cls(rng)}>${esc(page.question)}</h1>`;
    const content = (withH1: boolean, lazy: boolean) => `${withH1 ? head1 : ''}<div${cls(rng)}>${avatar(lazy)}${cardLines(rng, page, gradeShown)}</div><div${cls(rng)}>${when}</div>${answer}${related}`;
    const skeleton = `<div${cls(rng)} aria-busy="true">${Array.from({ length: rng.int(3, 7) }, () => `<div class="sk-${rng.pick(['line', 'bar', 'row'])}" style="width:${rng.int(40, 100)}%"></div>`).join('')}<p${cls(rng)}>${rng.pick(['加载中…', '正在加载医生回答…', '内容加载中，请稍候'])}</p></div>`;
    const tplBody = `<h1>{{question}}</h1><div class="doc"><b>{{doctor.name}}</b> {{doctor.title}} {{doctor.hospital}}</div><div class="time">{{answer.date}}</div><div class="ans" v-html="answer.html">{{answer}}</div><ul><li v-for="q in related"><a :href="q.url">{{q.title}}</a><p>{{q.summary}}</p></li></ul>`;
    const template = rng.chance(0.5) ? `<template id="qa-${token(rng, 4)}">${tplBody}</template>` : `<script type="text/x-template" id="qa-tpl">${tplBody}</script>`;
    let main: string;
    if (printed) {
      const copy = rng.chance(0.5) ? `<noscript>${answer}</noscript>` : `<noscript><div${cls(rng)}>${content(true, false)}</div></noscript>`;
      main = `<div id="app">${wrap(rng, content(true, true), 1)}</div>\n${copy}`;
    } else {
      main = `${h1Outside ? head1 : ''}<div id="${rng.pick(['app', 'root', '__app'])}">${skeleton}</div>\n${template}\n<noscript>${rng.chance(0.5) ? '<p>您的浏览器禁用了JavaScript，以下为简版内容。</p>' : ''}<div${cls(rng)}>${content(!h1Outside, false)}</div></noscript>`;
    }
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)} - 骨架问诊</title>
<link rel="canonical" href="${page.canonical}">
<link rel="preload" href="/static/js/app.${token(rng, 8)}.js" as="script">
<style>.sk-line,.sk-bar,.sk-row{height:14px;background:#eee;margin:8px 0;border-radius:4px}</style>
</head>
<body>
${main}
<script src="/static/js/chunk-vendors.${token(rng, 8)}.js"></script><script src="/static/js/app.${token(rng, 8)}.js"></script>
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

/**
 * P4. A doctor's home page at the Q&A's address: the `<h1>` is the doctor's name, a big card (title,
 * hospital with its grade on 70%, department, 擅长, 从业 N 年, 回答 N 条, 好评率), tabs 个人简介 / TA的回答
 * / 患者评价; under TA的回答 (共 N 条) the doctor's answers, the page's own at any place among them,
 * shown in full (question as a heading, date, format word now and then, every paragraph) and marked
 * on 75% (`当前问题`, `正在查看`, `▶ 本页问题`, an `id` the address's anchor names); the others collapsed:
 * question linked, the snippet, the date on 70%, 展开 / 查看全文. A pager after them. The `<title>`
 * always names the page's question.
 */
const doctorHome: Family = {
  name: 'doctor-home',
  split: 'fresh-12',
  site: 'www.yisheng-zhuye.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.7);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.7);
    const marked = rng.chance(0.75);
    const word = TOPICS.find((t) => page.question.includes(t.disease) || t.symptoms.some((s) => page.question.includes(s)))?.disease ?? ask(page).slice(0, 4);
    const num = page.canonical.replace(/^.*\/q\/(\d+)\.html$/u, '$1');
    const card = `<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><h1${cls(rng)}>${esc(d.name!)}</h1><p${cls(rng)}><span>${d.title}</span> <span>${esc(d.department!)}</span></p><p${cls(rng)}>${esc(d.hospital!)}${gradeShown ? ` <i${cls(rng)}>${d.hospital_grade}</i>` : ''}</p><p${cls(rng)}>擅长：${esc(word)}等${rng.pick(['常见病', '慢性病'])}的诊治</p><ul${cls(rng)}><li>从业 ${rng.int(6, 35)} 年</li><li>回答 ${rng.int(120, 9000)} 条</li><li>好评率 ${rng.int(90, 100)}%</li></ul></div>`;
    const mark = marked ? rng.pick([`<span${cls(rng)}>当前问题</span>`, `<em${cls(rng)}>正在查看</em>`, `<b${cls(rng)}>▶ 本页问题</b>`]) : '';
    const hTag = rng.pick(['h2', 'h3']);
    const own = `<div id="q${num}"${marked ? ' class="cur active"' : cls(rng)}>${mark}<${hTag}${cls(rng)}>${esc(page.question)}</${hTag}><div${cls(rng)}>${dayText(rng, page.date!, page.time)}${printFormat ? ` · ${formatWord(rng, page.format)}` : ''}</div><div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><a href="javascript:;"${cls(rng)}>收起</a></div>`;
    const others = page.related.map(
      (r) =>
        `<div${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}<p${cls(rng)}>${esc(r.snippet)}</p><a href="${r.path}"${cls(rng)}>${rng.pick(['展开', '查看全文', '阅读全文 >'])}</a></div>`,
    );
    const at = rng.int(0, others.length);
    const list = [...others.slice(0, at), own, ...others.slice(at)];
    const total = list.length + rng.int(0, 400);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_${esc(d.name!)}医生的回答_医生主页</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">医生主页网</a> &gt; <a href="/ks/">${esc(d.department!)}</a> &gt; <span>${esc(d.name!)}</span></div>
${card}
<div${cls(rng)}><a href="javascript:;">个人简介</a> <a href="javascript:;" class="on">TA的回答</a> <a href="javascript:;">患者评价</a></div>
<div${cls(rng)}><div${cls(rng)}>TA的回答（共 ${total} 条）</div>
${list.join('\n')}
</div>
<div${cls(rng)}><a href="javascript:;">上一页</a> <span>1</span> <a href="javascript:;">2</a> <a href="javascript:;">3</a> <a href="javascript:;">下一页</a></div>
<div${cls(rng)}>© 医生主页网</div>
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

/**
 * P5. A page with several lists of questions: the page's related list (相关问题, 相似问题, 相关推荐…:
 * question, snippet, date on half the pages) and two or three feeds of the whole site — 热门问答
 * (question, snippet, 浏览 N), 最新问答 (question, another doctor's name, date), 问答排行榜 (a rank number,
 * question, snippet) — in a side column before the content in the markup or after it, the related list among
 * them in any order (in the side column too, now and then); with no related items the feeds stay.
 * The feeds' items are marked up like the related ones.
 */
const manyLists: Family = {
  name: 'many-lists',
  split: 'fresh-12',
  site: 'www.duolie-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const tag = rng.pick(['ul', 'div']);
    const li = tag === 'ul' ? 'li' : 'div';
    const list = (head: string, rows: string[]) => `<div${cls(rng)}><h3${cls(rng)}>${head}</h3><${tag}${cls(rng)}>${rows.map((r) => `<${li}${cls(rng)}>${r}</${li}>`).join('\n')}</${tag}></div>`;
    const link = (path: string, q: string) => `<a href="${path}"${cls(rng)}>${esc(q)}</a>`;
    const feeds = rng.shuffle(['hot', 'new', 'rank'] as const).slice(0, rng.int(2, 3)).map((kind) => {
      const rows = feedItems(rng, page, rng.int(4, 8)).map((it, n) => {
        const path = `/q/${it.num}.html`;
        if (kind === 'hot') return `${link(path, it.question)}<p${cls(rng)}>${esc(it.shortSnippet)}</p><span${cls(rng)}>浏览 ${rng.int(300, 90000)}</span>`;
        if (kind === 'new') return `${link(path, it.question)}<span${cls(rng)}>${esc(it.doctor.name)} ${it.doctor.title}</span><span${cls(rng)}>${it.date}</span>`;
        return `<em${cls(rng)}>${n + 1}</em>${link(path, it.question)}<p${cls(rng)}>${esc(it.shortSnippet)}</p>`;
      });
      const head = kind === 'hot' ? rng.pick(['热门问答', '热门问题', '本周热门']) : kind === 'new' ? rng.pick(['最新问答', '最新问题', '最新解答']) : rng.pick(['问答排行榜', '本月排行', '热搜问题']);
      return list(head, rows);
    });
    const related = page.related.length
      ? list(
          rng.pick(RELATED_HEADS_ALIKE),
          page.related.map((r) => `${link(r.path, r.question)}<p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}`),
        )
      : '';
    const relatedInSide = related !== '' && rng.chance(0.25);
    const sideLists = relatedInSide ? rng.shuffle([related, ...feeds]) : feeds;
    const sideFirst = rng.chance(0.5);
    const side = `<aside${cls(rng)}>${sideLists.join('\n')}</aside>`;
    const when = `<span${cls(rng)}>${rng.pick(['', '回答于 ', '更新时间：'])}${dayText(rng, page.date!, page.time)}</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}`;
    const mainPart = `<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${cardLines(rng, page, gradeShown)}
<div${cls(rng)}>${when}</div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>本回答仅供参考，不能替代面诊。</p>
${relatedInSide ? '' : related}
</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-多列问答</title>
<link rel="canonical" href="${page.canonical}">
${rng.chance(0.25) ? jsonLd(page, { date: true, author: rng.chance(0.5) }) : ''}
</head>
<body>
<div${cls(rng)}><a href="/">多列问答</a> <a href="/hot/">热门</a> <a href="/new/">最新</a></div>
<div${cls(rng)}>
${sideFirst ? `${side}\n${mainPart}` : `${mainPart}\n${side}`}
</div>
<div${cls(rng)}>© 多列问答 版权所有</div>
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

const COMMENTS = [
  '谢谢医生，我也是这种情况，按您说的调整了一段时间好多了。',
  '请问医生，这个需要吃多久的药？',
  '说得很详细，收藏了。',
  '我家孩子也这样，去医院查了说没什么大问题。',
  '有没有什么偏方可以试试？',
  '医生回答得很专业，点赞！',
  '我妈也有这个毛病，好几年了，一直反反复复的。',
  '看了回答心里踏实多了，明天就去挂号。',
];
const DOCTOR_REPLIES = ['疗程因人而异，建议复诊时让接诊医生评估。', '偏方不建议尝试，还是要规范治疗。', '反复发作的话，建议到医院系统检查一下。', '可以的，有问题随时咨询。'];
const maskedUser = (rng: Rng) => rng.pick([`用户${rng.int(1, 9)}**${rng.int(0, 9)}`, `${rng.pick(['健康', '快乐', '阳光', '小'])}${rng.pick(['小白', '妈妈', '达人', '鱼'])}${rng.int(10, 999)}`, `${personName(rng).slice(0, 1)}**`]);

/**
 * P6. A page whose answer is followed by votes and comments: `这个回答对您有帮助吗？` with 有用(N) /
 * 没用(M) buttons (or 👍 N 👎 M), then 网友评论（N） / 全部评论 / 评论区: users' comments (avatar, a masked
 * or nick name, a sentence or two, a later date, 回复 and 赞 N), the doctor replying to one or two of
 * them on half the pages (`name 医生 回复 user：…`, nested or as a comment of its own, with the
 * doctor's name and title); a comment box (`写下你的评论…`); the related list before or after the
 * comments. A format word now and then; JSON-LD on 20%.
 */
const commentVotes: Family = {
  name: 'comment-votes',
  split: 'fresh-12',
  site: 'www.pinglun-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const votes = rng.chance(0.5)
      ? `<div${cls(rng)}><span>这个回答对您有帮助吗？</span><button${cls(rng)}>有用(${rng.int(0, 500)})</button><button${cls(rng)}>没用(${rng.int(0, 30)})</button></div>`
      : `<div${cls(rng)}><a href="javascript:;"${cls(rng)}>👍 ${rng.int(0, 500)}</a> <a href="javascript:;"${cls(rng)}>👎 ${rng.int(0, 30)}</a> <a href="javascript:;">分享</a> <a href="javascript:;">举报</a></div>`;
    const doctorReplies = rng.chance(0.5);
    let day = page.date!;
    const comments = rng.shuffle(COMMENTS).slice(0, rng.int(2, 5)).map((text, i) => {
      const user = maskedUser(rng);
      day = shift(day, rng.int(0, 20));
      const stamp = dayText(rng, day, hm(rng));
      const replies = doctorReplies && (i === 0 || rng.chance(0.3));
      const replyText = `${rng.pick(DOCTOR_REPLIES)}`;
      const replyDay = dayText(rng, shift(day, rng.int(0, 2)));
      // The doctor's reply nested under the comment, or as a comment of its own after it.
      const nested = rng.chance(0.5);
      const reply = !replies
        ? ''
        : nested
          ? `<div${cls(rng)}><b>${esc(d.name!)}</b> <span${cls(rng)}>${rng.pick(['医生', d.title!])}</span> 回复 ${esc(user)}：${replyText} <span${cls(rng)}>${replyDay}</span></div>`
          : `</li>\n<li${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt="" width="32"><div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <i${cls(rng)}>${rng.pick(['医生', '作者', '答主'])}</i> <span${cls(rng)}>${replyDay}</span></div><p${cls(rng)}>${rng.pick(['', `回复 ${esc(user)}：`])}${replyText}</p>`;
      return `<li${cls(rng)}><img src="/u/${token(rng, 8)}.png" alt="" width="32"><div${cls(rng)}><span${cls(rng)}>${esc(user)}</span> <span${cls(rng)}>${stamp}</span></div><p${cls(rng)}>${esc(text)}</p><div${cls(rng)}><a href="javascript:;">回复</a> <a href="javascript:;">赞 ${rng.int(0, 99)}</a></div>${reply}</li>`;
    });
    const commentBlock = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick([`网友评论（${comments.length}）`, '全部评论', `评论区 ${comments.length}`])}</h3><ul${cls(rng)}>${comments.join('\n')}</ul><div${cls(rng)}><textarea placeholder="写下你的评论…"></textarea><button>发表评论</button></div></div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul>${items.join('\n')}</ul></div>` : '';
    const relatedFirst = rng.chance(0.5);
    const when = `<span${cls(rng)}>${rng.pick(['', '回答时间：', '发布于 '])}${dayText(rng, page.date!, page.time)}</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_评论问医</title>
<link rel="canonical" href="${page.canonical}">
${rng.chance(0.2) ? jsonLd(page, { date: true, author: true }) : ''}
</head>
<body>
<div${cls(rng)}><a href="/">评论问医</a> <a href="/ask/">提问</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${cardLines(rng, page, gradeShown)}
<div${cls(rng)}>${when}</div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${votes}
</div>
${relatedFirst ? related : ''}
${commentBlock}
${relatedFirst ? '' : related}
<div${cls(rng)}>© 评论问医</div>
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

export const FRESH12_FAMILIES: readonly Family[] = [brokenDownload, ncrText, noscriptSkeleton, doctorHome, manyLists, commentVotes];
