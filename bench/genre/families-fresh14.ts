import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { qaItem, type QaItem } from '../../kit/pages/universe.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { RELATED_HEADS_ALIKE, ask, cnDate, cutAnswer, formatWord, hm, hospitalWithGrade, relatedWith, shift, token, unpadded } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fourteenth fresh held-out set (split `fresh-14`): written blind on 2026-11-30 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a page guarded against
 * copying as some Chinese sites do it (decoy characters inside the text hidden by CSS — an inline
 * `display:none`, a class a `<style>` rule hides, the `hidden` attribute, a 0px font — and zero-width
 * characters and soft hyphens sprinkled through words); a mobile page of endless scrolling that
 * appends the NEXT question's whole Q&A (its own heading, card, date, answer, even its own list)
 * under a 下一篇 / 继续阅读 / 猜你还想看 divider after the page's own; a page built of web components
 * whose structure and labels sit in declarative shadow roots (`<template shadowrootmode="open">`)
 * and whose values are light-DOM children slotted into them; a static-site export of a Q&A
 * (Hexo / Jekyll / Notion: the front matter printed as a table, `## 问题` headings, bold labels,
 * lists, `<hr>`s, a table of contents, a licence box); a page whose answer is shown only as a
 * preview cut by a login wall (…展开全文 / 登录查看完整回答), its full text nowhere on the page; an old
 * WAP page (XHTML Mobile Profile) whose encoding is declared only in its XML prolog, its parts
 * lines broken by `<br/>`, a session id in its links and the server's clock printed at the foot.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null. Text a style hides (display:none, a class whose `<style>` rule hides it, the
 * `hidden` attribute, a font-size of 0) is not displayed and is none of the text; zero-width
 * characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) display nothing and
 * are none of it either. A declarative shadow root is displayed in place of its host's children,
 * light-DOM children showing where a `<slot>` takes them (a light child no slot takes is not
 * displayed); so the order and labels are the shadow root's. (Unlike fresh-12's `<template>`, which
 * is never printed, a `<template shadowrootmode>` is.) On a page of endless scrolling the page's own
 * Q&A is the first, the one its `<title>` and address name; a Q&A appended after it is another page's
 * — its question, card, date, answer and its own list are none of this page's, and it is no related
 * item (as 上一篇 / 下一篇 are none in fresh-13); the page's related list is the one headed as related
 * within its own Q&A. A static export's front matter printed as a table is printed: its `date` is the
 * post's day and dates the answer where nothing nearer does (as an article's byline date does in
 * fresh-8), its `updated` day and `author` (the blog's owner) are not the answer's; a table of
 * contents linking to the page's own headings (`#问题`) is no list of items. A preview cut by the site
 * is printed as cut: the answer is the paragraphs shown, the last as far as it is shown, with the
 * ellipsis the site prints at the cut (as sentence-grid in fresh-9 keys a cut snippet with its dots);
 * the prompt to log in or expand (展开全文, 登录查看完整回答, 剩余 N% 内容) is none of it. The server's
 * clock on a WAP page (`报时 11-30 20:15`) dates nothing. A related item's address is the address its
 * link points at, as linked (resolved against the page): a WAP page's session id (`?sid=…`) in a link
 * is part of the address it links. Format is printed only where a format word is printed.
 */

/** A day as the families' sites print it. */
const dayText = (rng: Rng, iso: string, time?: string) => {
  const day = rng.pick([iso, iso.replace(/-/g, '/'), cnDate(iso), iso.replace(/-/g, '.'), unpadded(iso, '-')]);
  return time && rng.chance(0.4) ? `${day} ${time}` : day;
};

/**
 * Q&As of the site that are none of the page's related items: from clusters of other topics than
 * the page's, their questions and doctors unlike the page's and its items'.
 */
function otherItems(rng: Rng, page: TruthPage, n: number, avoid: readonly string[] = []): QaItem[] {
  const taken = new Set([ask(page), ...page.related.map((r) => r.question.replace(/[？?]$/u, '')), ...avoid.map((q) => q.replace(/[？?]$/u, ''))]);
  const doctors = new Set([page.doctor.name]);
  const own = Math.floor(page.item.k / 48) % TOPICS.length;
  const out: QaItem[] = [];
  for (let tries = 0; out.length < n && tries < 300; tries++) {
    const k = rng.int(0, 40_000);
    if (Math.floor(k / 48) % TOPICS.length === own) continue;
    const item = qaItem(rng.int(1, 1_000_000), k);
    const q = item.question.replace(/[？?]$/u, '');
    if (taken.has(q) || doctors.has(item.doctor.name)) continue;
    taken.add(q);
    doctors.add(item.doctor.name);
    out.push(item);
  }
  return out;
}

/** Characters anti-copy scripts hide among the text: common words, so a decoy reads as text. */
const DECOY_CHARS = [...'的是了不在有人这中大为上个和也就要会可以对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日'];

/** Invisible characters some sites sprinkle through words: as raw characters or references. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '&#8203;', '&#x200B;', '&zwnj;', '&zwj;', '&shy;', '&#173;'];

/**
 * D1. A page guarded against copying: `user-select:none` and `oncopy` on the body, a `<style>` rule
 * hiding one or two random classes; the answer's paragraphs (always), the question (55%), the
 * doctor's name (25%) and the related snippets (40%) written with decoys: one or two random
 * characters in an element hidden inline (`display:none`, `display: none;`), by a class the
 * `<style>` hides, by the `hidden` attribute or by a 0px white font; zero-width characters and soft
 * hyphens as raw characters or references; now and then each visible character in its own span;
 * a hidden watermark (`本文来自…，转载请注明出处`) at a paragraph's end on half the pages. The key is the
 * text as displayed. Card as labelled lines, date as 回答时间, items dated on half the pages.
 */
const cssDecoy: Family = {
  name: 'css-decoy',
  split: 'fresh-14',
  site: 'www.fangcai-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const hideA = `${rng.pick(['h', 'x', 'z', 'k'])}${token(rng, 4)}`;
    const hideB = `${rng.pick(['n', 'q', 'w'])}${token(rng, 3)}`;
    const showA = `${rng.pick(['t', 's', 'c'])}${token(rng, 4)}`;
    const density = rng.pick([0.08, 0.15, 0.25]);
    const perCharSpans = rng.chance(0.25);
    const decoy = () => {
      const chars = Array.from({ length: rng.int(1, 2) }, () => rng.pick(DECOY_CHARS)).join('');
      return rng.pick([
        `<span style="display:none">${chars}</span>`,
        `<span style="display: none;">${chars}</span>`,
        `<span class="${hideA}">${chars}</span>`,
        `<i class="${hideB}">${chars}</i>`,
        `<span hidden>${chars}</span>`,
        `<font style="font-size:0px;color:#FFFFFF">${chars}</font>`,
      ]);
    };
    /** The text with decoys and invisible characters between its characters; displayed, it is the text. */
    const guard = (text: string, rate = density) =>
      Array.from(text)
        .map((ch, i) => {
          const shown = perCharSpans && rng.chance(0.5) ? `<span class="${showA}">${esc(ch)}</span>` : esc(ch);
          if (i === 0) return shown;
          const r = rng.next();
          if (r < rate * 0.6) return decoy() + shown;
          if (r < rate) return rng.pick(INVISIBLE) + shown;
          return shown;
        })
        .join('');
    const guardQuestion = rng.chance(0.55);
    const guardName = rng.chance(0.25);
    const guardSnippets = rng.chance(0.4);
    const watermark = rng.chance(0.5);
    const markAt = rng.int(0, page.paragraphs.length - 1);
    const mark = () =>
      rng.pick([
        `<span style="display:none">本文来自防采问医网，转载请注明出处 www.fangcai-wenyi.example</span>`,
        `<font style="font-size:0px;color:#FFFFFF">防采问医网版权所有</font>`,
        `<span class="${hideA}">原文地址：${page.canonical}</span>`,
      ]);
    const paras = page.paragraphs.map((p, i) => `<p${cls(rng)}>${guard(p)}${watermark && i === markAt ? mark() : ''}</p>`).join('\n');
    const name = guardName ? guard(d.name!, 0.5) : esc(d.name!);
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><p>${rng.pick(['回答医生：', '医生：', '解答医生：'])}${name}　${d.title}</p><p>${rng.pick(['医院：', '执业医院：'])}${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</p><p>科室：${esc(d.department!)}</p></div>`
      : `<div${cls(rng)}><b${cls(rng)}>${name}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</div></div>`;
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '解答时间：', '发布于 '])}${dayText(rng, page.date!, page.time)}${printFormat ? `　${formatWord(rng, page.format)}` : ''}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${guardSnippets ? guard(r.snippet, density / 2) : esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const style = rng.pick([
      `.${hideA}{display:none}.${hideB}{display:none!important}.${showA}{font-style:normal}`,
      `.${showA} { font-style: normal; }\n.${hideA}, .${hideB} { display: none; }`,
      `body{-webkit-user-select:none;user-select:none}\n.${hideB}{display:none}\n.${hideA}{display:none}`,
    ]);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_防采问医网</title>
<link rel="canonical" href="${page.canonical}">
<style>
${style}
</style>
</head>
<body oncontextmenu="return false" oncopy="return false" onselectstart="return false" style="user-select:none">
<div${cls(rng)}><a href="/">防采问医网</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${guardQuestion ? guard(page.question, 0.3) : esc(page.question)}</h1>
${card}
${when}
<div${cls(rng)}>${paras}</div>
<p${cls(rng)}>温馨提示：以上回答仅供参考，不能作为诊断及治疗的依据。</p>
</div>
${related}
<div${cls(rng)}>Copyright © 2012-2023 防采问医网 版权所有</div>
<script>document.addEventListener('copy',function(e){e.preventDefault()});</script>
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

/** One Q&A as the endless-scroll site prints it: heading, card, date line, answer, disclaimer. */
function scrollArticle(rng: Rng, q: { question: string; name: string; title: string; hospital: string; grade: string | null; department: string; day: string; time: string; format: Format; paragraphs: readonly string[] }, options: { h1: boolean; printFormat: boolean; gradeShown: boolean }): string {
  const head = options.h1 ? `<h1${cls(rng)}>${esc(q.question)}</h1>` : `<h2${cls(rng)}>${esc(q.question)}</h2>`;
  const card = `<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt="" width="40"><div${cls(rng)}><b${cls(rng)}>${esc(q.name)}</b> <span${cls(rng)}>${q.title}</span></div><div${cls(rng)}>${hospitalWithGrade(rng, q.hospital, options.gradeShown ? q.grade : null)} ${esc(q.department)}</div></div>`;
  const when = `<div${cls(rng)}>${rng.chance(0.5) ? `${dayText(rng, q.day, q.time)} 回答` : `回答于 ${dayText(rng, q.day, q.time)}`}${options.printFormat && q.format !== 'unknown' ? ` <span${cls(rng)}>${formatWord(rng, q.format)}</span>` : ''}</div>`;
  return `${head}\n${card}\n${when}\n<div${cls(rng)}>${q.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>*以上内容仅供参考，不能代替医生面诊。</p>`;
}

/**
 * D2. A mobile page of endless scrolling: the page's own Q&A (heading, card, date, answer,
 * disclaimer) and its related list (相关问题 … under it, 85% where it has items), then a divider
 * (下一篇, 继续阅读, —— 猜你还想看 ——, 上滑继续阅读下一篇) and one or two NEXT Q&As appended in full as the
 * script loads them: each an `<article data-url="/q/N.html">` with its own heading (an `<h1>` again
 * on half the pages), its own doctor's card, date and answer, and on half the pages its own related
 * list of other questions; a 加载中… spinner at the end. The key is the first Q&A's alone.
 */
const infiniteNext: Family = {
  name: 'infinite-next',
  split: 'fresh-14',
  site: 'm.xiala-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.45);
    const datedItems = rng.chance(0.5);
    const showRelated = page.related.length > 0 && rng.chance(0.85);
    const repeatH1 = rng.chance(0.5);
    const head = rng.pick(RELATED_HEADS_ALIKE);
    const list = (items: readonly { path: string; question: string; snippet: string; date: string | null }[], dated: boolean) =>
      `<div${cls(rng)}><h3${cls(rng)}>${head}</h3><ul${cls(rng)}>${items
        .map((r) => `<li${cls(rng)}><a href="${r.path}"><p${cls(rng)}>${esc(r.question)}</p><p${cls(rng)}>${esc(r.snippet)}</p></a>${dated && r.date ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
        .join('\n')}</ul></div>`;
    const own = scrollArticle(
      rng,
      { question: page.question, name: d.name!, title: d.title!, hospital: d.hospital!, grade: d.hospital_grade, department: d.department!, day: page.date!, time: page.time, format: page.format, paragraphs: page.paragraphs },
      { h1: true, printFormat, gradeShown },
    );
    const nexts = otherItems(rng, page, rng.chance(0.35) ? 2 : 1);
    const appended = nexts.map((n) => {
      const theirs = otherItems(rng, page, rng.int(3, 6), [n.question]).map((o) => ({ path: `/q/${o.num}.html`, question: o.question, snippet: o.shortSnippet, date: o.date }));
      const divider = `<div${cls(rng)}>${rng.pick(['<span>下一篇</span>', '继续阅读', '—— 猜你还想看 ——', '<i></i>上滑继续阅读下一篇<i></i>', '<hr><span>下一篇</span>'])}</div>`;
      const article = scrollArticle(
        rng,
        { question: n.question, name: n.doctor.name, title: n.doctor.title, hospital: n.doctor.hospital, grade: n.doctor.grade, department: n.doctor.department, day: n.date, time: hm(rng), format: n.format, paragraphs: n.paragraphs },
        { h1: repeatH1, printFormat, gradeShown },
      );
      return `${divider}\n<article${cls(rng)} data-url="/q/${n.num}.html" data-title="${esc(n.question)}">\n${article}\n${rng.chance(0.5) ? list(theirs, datedItems) : ''}\n</article>`;
    });
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(page.question)} - 下拉问答</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<header${cls(rng)}><a href="/">下拉问答</a><a href="/search/">搜索</a></header>
<main${cls(rng)}>
<article${cls(rng)} data-url="${new URL(page.canonical).pathname}">
${own}
${showRelated ? list(page.related, datedItems) : ''}
</article>
${appended.join('\n')}
<div${cls(rng)}><i${cls(rng)}></i>${rng.pick(['加载中…', '正在加载下一篇...', '努力加载中'])}</div>
</main>
<script>var io=new IntersectionObserver(function(es){es.forEach(function(e){if(e.isIntersecting)history.replaceState(null,'',e.target.dataset.url)})});document.querySelectorAll('article').forEach(function(a){io.observe(a)});</script>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: showRelated ? relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })) : [],
      }),
    };
  },
};

/**
 * D3. A page of web components rendered on the server as declarative shadow DOM: `<qa-page>` holds a
 * `<template shadowrootmode="open">` (or closed) with the layout, the labels and `<slot>`s, and its
 * light-DOM children carry the values with `slot="…"` in an order of their own (the answer's `<p>`s
 * in the default slot); the card a `<doctor-card>` with a shadow root of its own (labels 医院 / 科室
 * there on half the pages, the values slotted), a light child no slot takes (`医生信息加载中…`) on
 * 40%; the date a `<time slot="date">`; the related list a `<qa-related>` whose heading is only in
 * its shadow root, items as light `<a>`s. Grades on 60%, format words on 40%.
 */
const shadowDom: Family = {
  name: 'shadow-dom',
  split: 'fresh-14',
  site: 'www.yingzi-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const mode = () => rng.pick(['open', 'open', 'closed']);
    const labelled = rng.chance(0.5);
    const unslotted = rng.chance(0.4);
    const style = `<style>:host{display:block}.c${token(rng, 3)}{color:#333}</style>`;
    // The doctor card: its shadow root lays out the slots; light children in a shuffled order.
    const cardShadow = labelled
      ? `<template shadowrootmode="${mode()}">${style}<div${cls(rng)}><img src="/img/${token(rng, 8)}.png" alt="" width="48"><b><slot name="name"></slot></b> <span><slot name="title"></slot></span></div><div>医院：<slot name="hospital"></slot></div><div>科室：<slot name="dept"></slot></div></template>`
      : `<template shadowrootmode="${mode()}">${style}<figure${cls(rng)}><img src="/img/${token(rng, 8)}.png" alt="" width="48"><figcaption><slot name="name"></slot> <slot name="title"></slot><br><slot name="hospital"></slot> <slot name="dept"></slot></figcaption></figure></template>`;
    const cardParts = rng.shuffle([
      `<span slot="name">${esc(d.name!)}</span>`,
      `<span slot="title">${d.title}</span>`,
      `<span slot="hospital">${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</span>`,
      `<span slot="dept">${esc(d.department!)}</span>`,
      ...(unslotted ? [`<span${cls(rng)}>医生信息加载中…</span>`] : []),
    ]);
    const card = `<doctor-card slot="doctor">${cardShadow}${cardParts.join('')}</doctor-card>`;
    const dateLabel = rng.pick(['回答时间：', '解答于 ', '']);
    const pageShadow = `<template shadowrootmode="${mode()}">${style}
<header${cls(rng)}><slot name="question"></slot></header>
<section${cls(rng)}><slot name="doctor"></slot></section>
<div${cls(rng)}>${dateLabel}<slot name="date"></slot>${printFormat ? ` <span>${formatWord(rng, page.format)}</span>` : ''}</div>
<div${cls(rng)}><slot></slot></div>
<footer${cls(rng)}>本回答仅供参考，如有不适请及时就医。</footer>
</template>`;
    const lightParts = rng.shuffle([
      `<h1 slot="question"${cls(rng)}>${esc(page.question)}</h1>`,
      card,
      `<time slot="date" datetime="${page.date}">${dayText(rng, page.date!, page.time)}</time>`,
    ]);
    const answer = page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const answerFirst = rng.chance(0.3);
    const qaPage = `<qa-page${cls(rng)}>
${pageShadow}
${answerFirst ? answer : ''}
${lightParts.join('\n')}
${answerFirst ? '' : answer}
</qa-page>`;
    const relHead = rng.pick(RELATED_HEADS_ALIKE);
    const items = page.related.map((r) => `<a href="${r.path}"${cls(rng)}><strong>${esc(r.question)}</strong><p>${esc(r.snippet)}</p>${datedItems ? `<small>${r.date}</small>` : ''}</a>`);
    const related = page.related.length
      ? `<qa-related>
<template shadowrootmode="${mode()}">${style}<h3${cls(rng)}>${relHead}</h3><nav${cls(rng)}><slot></slot></nav></template>
${items.join('\n')}
</qa-related>`
      : '';
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)} | 影子医生</title>
<link rel="canonical" href="${page.canonical}">
<script type="module" src="/assets/components.${token(rng, 8)}.js"></script>
</head>
<body>
<site-header><template shadowrootmode="open"><a href="/">影子医生</a> <a href="/ask/">问医生</a> <slot></slot></template></site-header>
${wrap(rng, qaPage, 1)}
${related}
<site-footer><template shadowrootmode="open"><p>© 2023 影子医生</p></template></site-footer>
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
 * D4. A static-site export of a Q&A (Hexo / Jekyll / Notion): the post's `<h1>`, the front matter
 * printed as a two-column table (title, date `2023-05-06 14:22:00`, updated — a later day —, tags,
 * categories, author: the blog's owner) or a Notion properties table, or as a Hexo post-meta line
 * (发表于 … | 更新于 … | 分类于 …); a table of contents of the post's headings (`#问题` anchors) in a
 * sidebar; the body as Markdown renders it: `## 问题` over the question, the doctor as bold labels in
 * a paragraph, a list or a Markdown table (grade in brackets on 55%), `<hr>`s, `## 回答` / `## 医生解答`
 * over `<p>`s (in a `<blockquote>` on 30%), `**回答时间**：` on 35% (the answer's own day), a format
 * word on some; the related list as `## 相关问题` and a list of links with their snippets, or a
 * Markdown table; a licence box (本文链接 / 版权声明) and 上一篇 / 下一篇 post links.
 */
const staticMarkdown: Family = {
  name: 'static-markdown',
  split: 'fresh-14',
  site: 'blog.jiankang-biji.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.55);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const ownDate = rng.chance(0.35);
    const datedItems = rng.chance(0.4);
    const updated = shift(page.date!, rng.int(20, 700));
    const owner = rng.pick(['健康笔记君', 'admin', '小鹿医生笔记', 'jiankang-biji']);
    const tags = rng.shuffle(['健康问答', '医生解答', d.department!, '科普']).slice(0, rng.int(1, 3));
    const stamp = `${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const metaKind = rng.int(0, 2);
    const frontMatter =
      metaKind === 0
        ? `<table${cls(rng)}><thead><tr><th>title</th><th>date</th><th>updated</th><th>tags</th><th>categories</th><th>author</th></tr></thead><tbody><tr><td>${esc(page.question)}</td><td>${stamp}</td><td>${updated} ${hm(rng)}:00</td><td>${tags.map((t) => esc(t)).join(', ')}</td><td>健康问答</td><td>${owner}</td></tr></tbody></table>`
        : metaKind === 1
          ? `<table class="properties"><tbody><tr class="property-row"><th>创建时间</th><td><time>${cnDate(page.date!)} ${page.time}</time></td></tr><tr class="property-row"><th>最后编辑</th><td><time>${cnDate(updated)} ${hm(rng)}</time></td></tr><tr class="property-row"><th>标签</th><td>${tags.map((t) => `<span class="selected-value">${esc(t)}</span>`).join('')}</td></tr></tbody></table>`
          : `<div class="post-meta"><span>发表于 <time datetime="${page.date}T${page.time}:00+08:00">${page.date}</time></span> <span class="post-meta-divider">|</span> <span>更新于 <time>${updated}</time></span> <span class="post-meta-divider">|</span> <span>分类于 <a href="/categories/健康问答/">健康问答</a></span></div>`;
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const cardKind = rng.int(0, 2);
    const card =
      cardKind === 0
        ? `<p><strong>${rng.pick(['医生', '解答医生', '回答医生'])}</strong>：${esc(d.name!)}　<strong>职称</strong>：${d.title}<br><strong>医院</strong>：${hosp}　<strong>科室</strong>：${esc(d.department!)}</p>`
        : cardKind === 1
          ? `<ul><li><strong>${rng.pick(['医生', '解答医生'])}</strong>：${esc(d.name!)}</li><li><strong>职称</strong>：${d.title}</li><li><strong>${rng.pick(['医院', '执业医院'])}</strong>：${hosp}</li><li><strong>科室</strong>：${esc(d.department!)}</li></ul>`
          : `<table><thead><tr><th>医生</th><th>职称</th><th>医院</th><th>科室</th></tr></thead><tbody><tr><td>${esc(d.name!)}</td><td>${d.title}</td><td>${hosp}</td><td>${esc(d.department!)}</td></tr></tbody></table>`;
    const meta = [ownDate ? `<strong>回答时间</strong>：${page.date}` : '', printFormat ? `<strong>形式</strong>：${formatWord(rng, page.format)}` : ''].filter(Boolean);
    const metaLine = meta.length ? `<p>${meta.join('　')}</p>` : '';
    const answerHead = rng.pick(['回答', '医生解答', '医生回答']);
    const answerBody = page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const answer = rng.chance(0.3) ? `<blockquote>\n${answerBody}\n</blockquote>` : answerBody;
    const relHead = rng.pick(RELATED_HEADS_ALIKE);
    const relAsTable = rng.chance(0.35);
    const related = !page.related.length
      ? ''
      : relAsTable
        ? `<h2 id="${relHead}">${relHead}</h2>\n<table><thead><tr><th>问题</th><th>摘要</th>${datedItems ? '<th>日期</th>' : ''}</tr></thead><tbody>${page.related.map((r) => `<tr><td><a href="${r.path}">${esc(r.question)}</a></td><td>${esc(r.snippet)}</td>${datedItems ? `<td>${r.date}</td>` : ''}</tr>`).join('')}</tbody></table>`
        : `<h2 id="${relHead}">${relHead}</h2>\n<ul>\n${page.related.map((r) => `<li><p><a href="${r.path}">${esc(r.question)}</a>${datedItems ? ` <em>${r.date}</em>` : ''}</p><p>${esc(r.snippet)}</p></li>`).join('\n')}\n</ul>`;
    const headings = ['问题', '医生', answerHead, ...(page.related.length ? [relHead] : [])];
    const toc = `<aside${cls(rng)}><div${cls(rng)}>${rng.pick(['文章目录', '目录', 'TOC'])}</div><ol class="toc">${headings.map((h, i) => `<li class="toc-item"><a class="toc-link" href="#${encodeURIComponent(h)}"><span class="toc-number">${i + 1}.</span> <span class="toc-text">${h}</span></a></li>`).join('')}</ol></aside>`;
    const [prev, next] = otherItems(rng, page, 2);
    const postNav = `<div${cls(rng)}><a href="/q/${prev!.num}.html" rel="prev">‹ ${esc(prev!.question)}</a> <a href="/q/${next!.num}.html" rel="next">${esc(next!.question)} ›</a></div>`;
    const licence = `<div${cls(rng)}><p><strong>本文作者：</strong>${owner}</p><p><strong>本文链接：</strong><a href="${page.canonical}">${page.canonical}</a></p><p><strong>版权声明：</strong>本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议。转载请注明出处！</p></div>`;
    const tocFirst = rng.chance(0.5);
    const generator = rng.pick(['Hexo 6.3.0', 'Jekyll v4.3.2', 'Hugo 0.111.3']);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="generator" content="${generator}">
<title>${esc(page.question)} | ${owner}的健康笔记</title>
<link rel="canonical" href="${page.canonical}">
<meta property="article:published_time" content="${page.date}T${page.time}:00+08:00">
<meta property="article:modified_time" content="${updated}T10:00:00+08:00">
</head>
<body>
<header${cls(rng)}><a href="/">${owner}的健康笔记</a> <nav><a href="/">首页</a> <a href="/archives/">归档</a> <a href="/tags/">标签</a> <a href="/about/">关于</a></nav></header>
${tocFirst ? toc : ''}
<article class="post">
<header class="post-header"><h1 class="post-title">${esc(page.question)}</h1>
${frontMatter}
</header>
<div class="post-body">
<h2 id="问题">问题</h2>
<p>${esc(page.question)}</p>
<hr>
<h2 id="医生">${rng.pick(['医生', '解答医生'])}</h2>
${card}
<hr>
<h2 id="${answerHead}">${answerHead}</h2>
${metaLine}
${answer}
<hr>
<p><em>以上回答仅供参考，不构成诊疗建议。</em></p>
${related}
</div>
<footer class="post-footer">
${licence}
<div class="post-tags">${tags.map((t) => `<a href="/tags/${encodeURIComponent(t)}/"># ${esc(t)}</a>`).join(' ')}</div>
${postNav}
</footer>
</article>
${tocFirst ? '' : toc}
<footer${cls(rng)}>© 2019 – 2023 ${owner} | Powered by ${generator.split(' ')[0]}</footer>
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
 * D5. A page whose answer is a preview cut by a login wall, its full text nowhere on the page (no
 * hidden copy, no structured data; the description `<meta>` holds the question only): the first 50
 * to 160 characters of the answer shown — whole paragraphs, then the cut paragraph up to the cut
 * with `…` or `...` —, a fade and a prompt (…展开全文, 登录查看完整回答, 剩余 N% 内容，登录后查看, 打开APP
 * 阅读全文); on 20% the answer short enough to be shown whole (no cut, no prompt). 另有 N 位医生回答
 * now and then; card and date (回答于 …) above the answer; related items dated on half the pages.
 */
const cutPreview: Family = {
  name: 'cut-preview',
  split: 'fresh-14',
  site: 'www.denglu-kanwen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const total = page.paragraphs.join('').length;
    const limit = rng.int(50, 160);
    const whole = rng.chance(0.2) || total <= limit + 10;
    const dots = rng.pick(['…', '...', '……']);
    const shown = (whole ? null : cutAnswer(page.paragraphs, limit, dots)) ?? [...page.paragraphs];
    const prompt = rng.pick([
      `<a href="javascript:;"${cls(rng)}>展开全文</a>`,
      `<a href="/login?redirect=${encodeURIComponent(new URL(page.canonical).pathname)}"${cls(rng)}>登录查看完整回答</a>`,
      `<div${cls(rng)}>剩余 ${rng.int(40, 90)}% 内容，<a href="/login"${cls(rng)}>登录后查看</a></div>`,
      `<a href="${page.canonical.replace('https://www.', 'https://app.')}"${cls(rng)}>打开APP阅读全文 ›</a>`,
    ]);
    const promptInline = rng.chance(0.4);
    const body = shown
      .map((p, i) => `<p>${esc(p)}${!whole && promptInline && i === shown.length - 1 ? ` ${prompt}` : ''}</p>`)
      .join('\n');
    const answer = whole
      ? `<div${cls(rng)}>${body}</div>`
      : `<div${cls(rng)} style="position:relative">${body}<div${cls(rng)} style="position:absolute;bottom:0;height:24px;width:100%;background:linear-gradient(rgba(255,255,255,0),rgba(255,255,255,.6))"></div></div>${promptInline ? '' : `<div${cls(rng)}>${prompt}</div>`}`;
    const others = rng.chance(0.4) ? `<div${cls(rng)}>另有 ${rng.int(1, 4)} 位医生回答了该问题，<a href="/login">登录后查看</a></div>` : '';
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}　${esc(d.department!)}</p></div>`
      : `<div${cls(rng)}><p>${rng.pick(['回答医生：', '医生：'])}${esc(d.name!)} ${d.title}</p><p>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p></div>`;
    const when = `<div${cls(rng)}>${rng.chance(0.5) ? `回答于 ${dayText(rng, page.date!, page.time)}` : `${dayText(rng, page.date!, page.time)} 回答`}${printFormat ? ` · ${formatWord(rng, page.format)}` : ''}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-登录看问答</title>
<meta name="description" content="${esc(page.question)}，${esc(d.name!)}${d.title}为您解答。">
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">登录看问答</a> <a href="/login">登录</a> <a href="/register">注册</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${card}
${when}
${answer}
${others}
</div>
${related}
<div${cls(rng)}>© 登录看问答 www.denglu-kanwen.example</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        paragraphs: shown,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * D6. An old WAP page (XHTML Mobile Profile 1.0): its encoding declared only in the XML prolog
 * (`<?xml version="1.0" encoding="gb2312"?>`, GBK bytes; UTF-8 on 30%), no `<meta>` charset, a
 * canonical link on half the pages (absolute links then); ASCII colons, every part a line ended by
 * `<br/>` in one or a few `<p>`s: 问题:…, 医生:name(title), 医院:hospital[grade], 科室:…, 时间:date,
 * `-----` rules, the answer's lines, 相关问题: numbered `1.<a>…</a><br/>snippet<br/>`, [下一页]; on 40% a
 * session id in every link (`?sid=…&vt=1`, the item's address as linked); the server's clock at the
 * foot (`报时 11-30 20:15`, `北京时间 20:15`), access-key links.
 */
const wapXhtml: Family = {
  name: 'wap-xhtml',
  split: 'fresh-14',
  site: 'wap.jiuwap-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const utf8 = rng.chance(0.3);
    const gradeShown = rng.chance(0.55);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const withSid = rng.chance(0.4);
    const canonical = rng.chance(0.5);
    const sid = `${token(rng, 8)}${token(rng, 8)}`.toUpperCase();
    const origin = new URL(page.canonical).origin;
    const link = (path: string) => `${canonical ? '' : origin}${path}${withSid ? `?sid=${sid}&amp;vt=1` : ''}`;
    const linkKey = (path: string) => `${origin}${path}${withSid ? `?sid=${sid}&vt=1` : ''}`;
    const br = rng.pick(['<br/>', '<br />']);
    const grade = gradeShown ? rng.pick([`[${d.hospital_grade}]`, `(${d.hospital_grade})`]) : '';
    const day = rng.pick([page.date!, unpadded(page.date!, '-'), `${unpadded(page.date!, '-')} ${page.time}`]);
    const cardLines = rng.chance(0.5)
      ? [`医生:${esc(d.name!)}(${d.title})`, `医院:${esc(d.hospital!)}${grade}`, `科室:${esc(d.department!)}`]
      : [`${esc(d.name!)} ${d.title}`, `${esc(d.hospital!)}${grade} ${esc(d.department!)}`];
    const rule = rng.pick(['----------', '--------------------', '==========']);
    const lines = [
      ...cardLines,
      `时间:${day}${printFormat ? ` ${formatWord(rng, page.format)}` : ''}`,
      rule,
      ...page.paragraphs.map((p) => esc(p.replace(/：/g, ':'))),
      rule,
    ];
    const answerKey = page.paragraphs.map((p) => p.replace(/：/g, ':'));
    const items = page.related.map((r, i) => `${i + 1}.<a href="${link(r.path)}">${esc(r.question)}</a>${br}${esc(r.snippet)}${datedItems ? `(${r.date})` : ''}${br}`);
    const related = page.related.length ? `<p>${rng.pick(['相关问题:', '相关问答:', '[相关问题]'])}${br}\n${items.join('\n')}\n<a href="${link(`/list/related_${page.item.num}_2.html`)}">[下一页]</a>${br}</p>` : '';
    const clock = rng.pick([`报时 11-30 ${hm(rng)}`, `北京时间 ${hm(rng)}`, `${rng.int(1, 12)}月${rng.int(1, 28)}日 ${hm(rng)}`]);
    const question = rng.chance(0.5) ? `<p>问题:${esc(page.question)}</p>` : `<p><b>${esc(page.question)}</b></p>`;
    const splitCard = rng.chance(0.5);
    const body = splitCard
      ? `${question}\n<p>${lines.slice(0, cardLines.length + 1).join(`${br}\n`)}${br}</p>\n<p>${lines.slice(cardLines.length + 1).join(`${br}\n`)}${br}</p>`
      : `${question}\n<p>${lines.join(`${br}\n`)}${br}</p>`;
    const xml = `<?xml version="1.0" encoding="${utf8 ? 'utf-8' : rng.pick(['gb2312', 'GB2312', 'gbk'])}"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>${esc(page.question)}-久问WAP</title>
${canonical ? `<link rel="canonical" href="${page.canonical}"/>\n` : ''}<meta http-equiv="Cache-Control" content="no-cache"/>
</head>
<body>
<p><a href="${link('/')}">久问WAP</a>|<a href="${link('/ask/')}">提问</a>|<a href="${link('/ks/')}">科室</a></p>
${body}
<p>提示:以上回答仅供参考,不能作为诊断依据.</p>
${related}
<p><a href="${link('/')}" accesskey="0">0.返回首页</a>${br}<a href="${link('/ask/')}" accesskey="1">1.我要提问</a>${br}${clock}</p>
</body>
</html>`;
    return {
      body: utf8 ? Buffer.from(xml, 'utf8') : iconv.encode(xml, 'gbk'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        paragraphs: answerKey,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: linkKey(page.related[i]!.path) })),
      }),
    };
  },
};

export const FRESH14_FAMILIES: readonly Family[] = [cssDecoy, infiniteNext, shadowDom, staticMarkdown, cutPreview, wapXhtml];
