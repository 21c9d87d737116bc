import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ask, cnDate, relatedWith, shift, unpadded } from './ordinary-parts.js';
import { cls, dateText, encode, esc, formatLabel } from './parts.js';
import type { Format, TruthDoctor } from './truth.js';

/**
 * Sixth fresh held-out set (split `fresh-6`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/) and without running it on these pages — and committed before its first
 * run. Each family is modelled on the general shape of a kind of real page (from memory, no
 * copied markup), unlike the families before it: a React/Next.js page rendered on the server
 * (hashed class names, divs many levels deep, `<!-- -->` between text pieces, the content again
 * in `__NEXT_DATA__` under other key names); a Vue/Nuxt mobile page (data-v-* attributes, a
 * relative date with its epoch in data-time, a truncated preview with 展开全文 over the full
 * answer hidden in a display:none block, the content again in `window.__NUXT__`); a Q&A page
 * marked up with schema.org microdata instead of JSON-LD (two itemprop="text" and two
 * dateCreated, the asker's and the answer's; grades printed 三级 only now and then); a print
 * version (打印版: lines of text, the card one line `医生：…`, related items as numbered lines with
 * their addresses printed, a 打印时间); a doctor's own page where the card comes first, the <h1>
 * is the doctor's name, the question only stands in a 患者提问： quote and the related list's
 * heading is a picture or an icon with a title; a Discuz! forum thread in GB18030 (declared gbk
 * now and then) with 4-byte characters, the asker's and the doctor's profile columns and a
 * 本帖最后由…编辑 status line in the doctor's post.
 *
 * The answer key holds what a careful person reads on the page, as printed (a grade printed 三级
 * is 三级). A date shown only as 3天前 — its day only in a data-time attribute or a script blob —
 * is not printed: the key's date is null there. A related item's format or date the list does
 * not print is 'unknown' / null.
 */

const epochMs = (iso: string, time: string) => Date.parse(`${iso}T${time}:00+08:00`);
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const token = (rng: Rng, alphabet: string, n: number) => Array.from({ length: n }, () => rng.pick([...alphabet])).join('');

/** The format word a site prints, without brackets (图文 / 语音回答 …). */
const FORMAT_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['语音回答', '语音解答', '语音'],
  text: ['图文回答', '图文解答', '图文'],
  video: ['视频回答', '视频解答', '视频'],
};
const formatWord = (rng: Rng, f: Format) => (f === 'unknown' ? '' : rng.pick(FORMAT_WORDS[f]));

/**
 * K1. A React / Next.js page rendered on the server: every element a div (or span) with hashed
 * emotion class names (css-1x2y3z), the parts six to nine divs deep; React's `<!-- -->` between
 * the pieces of one text (`2022-03-05<!-- --> <!-- -->14:22`, the name and title in one span);
 * the question an <h1> or a div with role="heading"; the card one link; the related items link
 * cards under a plain div heading. The whole page's data again in <script id="__NEXT_DATA__">
 * with other key names (askTitle, contentHtml, docName, hospLevel, replyTime in ms).
 */
const nextSsr: Family = {
  name: 'next-ssr',
  split: 'fresh-6',
  site: 'www.xiaolu-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const css = () => ` class="css-${token(rng, ALNUM, rng.int(5, 7))}${rng.chance(0.3) ? ` css-${token(rng, ALNUM, 6)}` : ''}"`;
    const div = (inner: string) => `<div${css()}>${inner}</div>`;
    const deep = (inner: string, n: number) => Array.from({ length: n }).reduce<string>((acc) => div(acc), inner);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const [y, m, dd] = page.date!.split('-') as [string, string, string];
    const shownDate = rng.pick([`${page.date}<!-- --> <!-- -->${page.time}`, `发布于<!-- -->${cnDate(page.date!)}`, `${y}/${m}/${dd}`]);
    const meta = div(`<span${css()}>${shownDate}</span>${printFormat ? `<span${css()}>${formatWord(rng, page.format)}</span>` : ''}<span${css()}>阅读<!-- --> <!-- -->${rng.int(100, 99999)}</span>`);
    const question = rng.chance(0.5) ? `<h1${css()}>${esc(page.question)}</h1>` : `<div${css()} role="heading" aria-level="1">${esc(page.question)}</div>`;
    const nameLine = `<span${css()}>${esc(d.name!)}<!-- --> <!-- -->${d.title}</span>`;
    const hospLine = div(`${esc(d.hospital!)}<!-- --> <!-- --><span${css()}>${d.hospital_grade}</span>`);
    const deptLine = div(esc(d.department!));
    const cardLines = rng.chance(0.5) ? [div(nameLine), deptLine, hospLine] : [div(nameLine), hospLine, deptLine];
    const card = `<a href="/doctor/${page.item.num}"${css()}>${div(`<img alt="" src="/_next/image?url=%2Favatar%2F${page.item.num}.jpg&amp;w=96&amp;q=75"${css()}/>`)}${div(cardLines.join(''))}</a>${div(`<button${css()}>关注</button>`)}`;
    const paraTag = rng.pick(['p', 'div']);
    const answer = deep(page.paragraphs.map((p) => `<${paraTag}${css()}>${esc(p)}</${paraTag}>`).join(''), rng.int(1, 3));
    const itemFormat = rng.chance(0.6);
    const items = page.related.map((r) =>
      `<a href="${r.path}"${css()}>${div(esc(r.question))}${div(esc(r.snippet))}${div(`${itemFormat ? `<span${css()}>${formatWord(rng, r.format)}</span>` : ''}<span${css()}>${r.date}</span>`)}</a>`,
    );
    const data = {
      props: {
        pageProps: {
          detail: {
            qid: String(page.item.num),
            askTitle: page.question,
            askContent: `${ask(page)}，${rng.pick(['请问怎么办', '需要去医院吗', '吃什么药好'])}？`,
            answer: { contentHtml: page.paragraphs.map((p) => `<p>${p}</p>`).join(''), replyTime: epochMs(page.date!, page.time), mediaType: { voice: 2, text: 1, video: 3, unknown: 0 }[page.format] },
            doctor: { docId: page.item.num, docName: d.name, docLevel: d.title, hospName: d.hospital, hospLevel: d.hospital_grade, deptName: d.department },
          },
          relatedList: page.related.map((r) => ({ id: r.path.replace(/\D/g, ''), title: r.question, summary: r.snippet, replyTime: epochMs(r.date!, '12:00') })),
        },
        __N_SSP: true,
      },
      page: '/question/[qid]',
      query: { qid: String(page.item.num) },
      buildId: token(rng, ALNUM, 21),
      isFallback: false,
      gssp: true,
      scriptLoader: [],
    };
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const depth = rng.int(2, 4);
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${esc(page.question)} - 小鹿医生</title><link rel="canonical" href="${page.canonical}"/><meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/${token(rng, HEX, 16)}.css" as="style"/><style data-emotion="css ${token(rng, ALNUM, 6)}">.css-a1b2c3{display:flex;align-items:center}</style></head><body><div id="__next">${div(
      `${div(`${div(`<a href="/"${css()}>小鹿医生</a>`)}${div(`<a href="/ask"${css()}>问医生</a><a href="/article"${css()}>健康号</a>`)}`)}<main${css()}>${deep(
        `${div(`${question}${meta}`)}${deep(card, rng.int(1, 2))}${answer}${div('本回答仅代表医生个人观点，不能作为诊断和治疗依据')}`,
        depth,
      )}${page.related.length ? deep(`${div('相关问题')}${div(items.join(''))}`, rng.int(1, 3)) : ''}</main>${div('© 小鹿医生')}`,
    )}</div><script id="__NEXT_DATA__" type="application/json">${json}</script><script src="/_next/static/chunks/main-${token(rng, HEX, 16)}.js" defer=""></script></body></html>`;
    const related = relatedWith(page, () => (itemFormat ? {} : { format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown', related }) };
  },
};

/** "Now" for the relative dates a page shows (after every date the universe draws). */
const NOW = Date.parse('2023-07-01T10:00:00+08:00');
const relative = (iso: string, time: string) => {
  const days = Math.floor((NOW - epochMs(iso, time)) / 86_400_000);
  return days < 30 ? `${Math.max(1, days)}天前` : days < 365 ? `${Math.floor(days / 30)}个月前` : `${Math.floor(days / 365)}年前`;
};

/**
 * K2. A Vue / Nuxt mobile page rendered on the server: data-v-xxxxxxxx on every element of a
 * component; the answer's date shown relative (2年前, 3个月前) with its epoch in ms in data-time,
 * the day printed only on some pages (编辑于 under the answer); a long answer shown as a
 * truncated preview (the first paragraph's start, …, 展开全文) over the full text in a
 * display:none block; related items with relative dates only; the page's data again in
 * window.__NUXT__ = (function(a,b,…){…}("…")).
 */
const nuxtRelative: Family = {
  name: 'nuxt-relative',
  split: 'fresh-6',
  site: 'm.wenyibao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = () => `data-v-${token(rng, HEX, 8)}`;
    const [vPage, vQ, vDoc, vAns, vRel] = [v(), v(), v(), v(), v()];
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const absolute = rng.chance(0.5);
    const full = page.paragraphs.map((p) => `<p ${vAns}>${esc(p)}</p>`).join('');
    const flatLength = page.paragraphs.join('').length;
    const cut = rng.int(40, 70);
    const answer =
      flatLength > cut + 20
        ? `<div ${vAns} class="answer-preview"><p ${vAns}>${esc(page.paragraphs.join('').slice(0, cut))}…<span ${vAns} class="expand">展开全文</span></p></div><div ${vAns} class="answer-full" style="display:none;">${full}</div>`
        : `<div ${vAns} class="answer-full">${full}</div>`;
    const itemFormat = rng.chance(0.5);
    const items = page.related.map(
      (r) =>
        `<div ${vRel} class="rel-item"><a ${vRel} href="${r.path}"><p ${vRel} class="rel-q">${esc(r.question)}</p><p ${vRel} class="rel-a">${esc(r.snippet)}</p><div ${vRel} class="rel-foot">${itemFormat ? `<span ${vRel} class="tag">${formatWord(rng, r.format)}</span>` : ''}<span ${vRel} class="rel-time" data-time="${epochMs(r.date!, '12:00')}">${relative(r.date!, '12:00')}</span></div></a></div>`,
    );
    const args = [page.question, page.paragraphs.map((p) => `<p>${p}</p>`).join(''), d.name, d.title, d.hospital, d.hospital_grade, d.department];
    const nuxt = `window.__NUXT__=(function(a,b,c,d,e,f,g){return {layout:"default",data:[{detail:{title:a,content:b,createTime:${epochMs(page.date!, page.time)},doctor:{name:c,title:d,hospital:e,level:f,dept:g}},related:[${page.related
      .map((r) => `{title:${JSON.stringify(r.question)},desc:${JSON.stringify(r.snippet)},createTime:${epochMs(r.date!, '12:00')}}`)
      .join(',')}]}],fetch:{},error:null,serverRendered:true,routePath:"\\u002Fq\\u002F${page.item.num}.html"}}(${args.map((a) => JSON.stringify(a).replace(/</g, '\\u003C')).join(',')}));`;
    const html = `<!doctype html>
<html data-n-head-ssr lang="zh" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh%22%7D%7D">
<head>
<title>${esc(page.question)}-问医宝</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><link data-n-head="ssr" rel="canonical" href="${page.canonical}"><link rel="preload" href="/_nuxt/${token(rng, HEX, 8)}.js" as="script">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite" role="status"><div>Loading...</div></div><div id="__layout"><div ${vPage} class="page-question">
<div ${vPage} class="nav-bar"><a ${vPage} href="/">问医宝</a><span ${vPage}>问答详情</span><a ${vPage} href="/app">打开APP</a></div>
<div ${vQ} class="question"><h1 ${vQ} class="q-title">${esc(page.question)}</h1><div ${vQ} class="q-info"><span ${vQ} class="time" data-time="${epochMs(page.date!, page.time)}">${relative(page.date!, page.time)}</span>${printFormat ? ` <span ${vQ} class="tag">${formatWord(rng, page.format)}</span>` : ''} <span ${vQ}>${rng.int(100, 9999)}浏览</span></div></div>
<div ${vDoc} class="doctor"><img ${vDoc} src="/avatar/${page.item.num}.png" class="avatar"><div ${vDoc} class="doc-info"><div ${vDoc} class="doc-name">${esc(d.name!)} <em ${vDoc}>${d.title}</em></div><div ${vDoc} class="doc-hos"><span ${vDoc}>${esc(d.hospital!)}</span> <span ${vDoc} class="level">${d.hospital_grade}</span></div><div ${vDoc} class="doc-dept">${esc(d.department!)}</div></div><a ${vDoc} class="btn-consult" href="/consult/${page.item.num}">问TA</a></div>
<div ${vAns} class="answer">${answer}${absolute ? `<div ${vAns} class="answer-foot">编辑于 ${dateText(rng, page.date!, page.time, false)}</div>` : ''}</div>
<div ${vAns} class="disclaimer">内容仅供参考，如有不适请及时就医</div>
${page.related.length ? `<div ${vRel} class="related"><div ${vRel} class="related-title">${rng.pick(['相关推荐', '相关问答', '大家都在问'])}</div>${items.join('')}</div>` : ''}
<div ${vPage} class="open-app">APP内查看更多回答</div>
</div></div></div><script>${nuxt}</script><script src="/_nuxt/${token(rng, HEX, 8)}.js" defer></script>
</body>
</html>`;
    const related = relatedWith(page, () => ({ date: null, ...(itemFormat ? {} : { format: 'unknown' as const }) }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { date: absolute ? page.date : null, format: printFormat ? page.format : 'unknown', related }) };
  },
};

/** A grade as some sites print it: only the level (三级, 二级), no 甲. */
const levelOnly = (grade: string) => (grade.startsWith('三') ? '三级' : grade.startsWith('二') ? '二级' : grade);

/**
 * K3. A Q&A page in schema.org microdata, no JSON-LD: <article itemscope itemtype=Question> with
 * the <h1 itemprop="name">, the asker's description in an itemprop="text" and the asking date in
 * a <time itemprop="dateCreated"> BEFORE the acceptedAnswer, whose own author (name, jobTitle,
 * worksFor), itemprop="text" and dateCreated follow; the department and grade as plain spans in
 * the author block, the grade printed 三级 / 二级 only on some pages; a breadcrumb list in
 * microdata too; related items as Question items with itemprop="url" links.
 */
const microdataQa: Family = {
  name: 'microdata-qa',
  split: 'fresh-6',
  site: 'www.wenda-md.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const grade = rng.chance(0.35) ? levelOnly(d.hospital_grade!) : d.hospital_grade!;
    const doctor: TruthDoctor = { ...d, hospital_grade: grade };
    const asked = shift(page.date!, -rng.int(1, 3));
    const askTime = `${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const parts = [
      `<span itemprop="name">${esc(d.name!)}</span>`,
      `<span itemprop="jobTitle">${d.title}</span>`,
      `<span itemprop="worksFor" itemscope itemtype="https://schema.org/Hospital"><span itemprop="name">${esc(d.hospital!)}</span></span>`,
      `<span${cls(rng)}>${grade}</span>`,
      `<span${cls(rng)}>${esc(d.department!)}</span>`,
    ];
    const order = rng.pick([
      [0, 1, 4, 2, 3],
      [0, 1, 2, 3, 4],
      [0, 4, 1, 2, 3],
    ]);
    const author = `<div itemprop="author" itemscope itemtype="https://schema.org/Person"${cls(rng)}><img itemprop="image" src="/d/${page.item.num}.jpg" alt=""><a itemprop="url" href="/doctor/${page.item.num}/">${parts[order[0]!]}</a> ${order.slice(1).map((i) => parts[i]).join(' ')}</div>`;
    const crumbs = ['首页', '问答', d.department!].map(
      (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/${['', 'wenda/', 'wenda/ks/'][i]}"><span itemprop="name">${esc(t)}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
    );
    const items = page.related.map(
      (r) =>
        `<li itemscope itemtype="https://schema.org/Question"${cls(rng)}><a itemprop="url" href="${r.path}"><span itemprop="name">${esc(r.question)}</span></a><p${cls(rng)}>${esc(r.snippet)}</p><time itemprop="dateCreated" datetime="${r.date}">${dateText(rng, r.date!, page.time, false)}</time></li>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_问答_医答网</title>
<link rel="canonical" href="${page.canonical}">
<meta name="description" content="${esc(ask(page))}">
</head>
<body itemscope itemtype="https://schema.org/QAPage">
<header${cls(rng)}><a href="/">医答网</a> <a href="/wenda/">问答</a> <a href="/ask/">免费提问</a></header>
<ol itemscope itemtype="https://schema.org/BreadcrumbList"${cls(rng)}>${crumbs.join('')}</ol>
<main${cls(rng)}>
<article itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"${cls(rng)}>
<h1 itemprop="name">${esc(page.question)}</h1>
<div${cls(rng)}><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${rng.pick(['匿名用户', '网友', '用户' + token(rng, HEX, 6)])}</span></span> 提问于 <time itemprop="dateCreated" datetime="${asked}T${askTime}:00+08:00">${dateText(rng, asked, askTime)}</time></div>
<div itemprop="text"${cls(rng)}>${esc(ask(page))}，${rng.pick(['已经好几天了', '反反复复一个多月', '以前没有过'])}，${rng.pick(['请问是什么原因？', '需要吃药吗？', '要去医院检查吗？'])}</div>
<meta itemprop="answerCount" content="1">
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"${cls(rng)}>
${author}
<div itemprop="text"${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div${cls(rng)}>回答于 <time itemprop="dateCreated" datetime="${page.date}T${page.time}:00+08:00">${dateText(rng, page.date!, page.time)}</time>${printFormat ? ` · <span>${formatWord(rng, page.format)}</span>` : ''} · <span itemprop="upvoteCount">${rng.int(0, 300)}</span>人觉得有用</div>
</div>
</article>
<p${cls(rng)}>免责声明：本站回答仅供参考，不能代替面诊。</p>
${page.related.length ? `<section${cls(rng)}><h2>${rng.pick(['相关问题', '相似问题', '相关问答'])}</h2><ul>${items.join('\n')}</ul></section>` : ''}
</main>
<footer${cls(rng)}>© 医答网</footer>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { doctor, format: printFormat ? page.format : 'unknown', related }) };
  },
};

/** How a print version words the grade: as the site stores it, or spelled out. */
const LONG_GRADE: Record<string, string> = { 三甲: '三级甲等', 二甲: '二级甲等', 三级甲等: '三级甲等' };

/**
 * K4. A print version (打印版 / 简版): no blocks, only labelled lines — in one <pre> or as <p>s —
 * 标题：, 医生：name title hospital grade department on one line (grade spelled out or not), 时间：,
 * 类型： now and then, 回答：, the paragraphs, a rule of ——, 相关问题： with numbered items
 * (`1. question（date）`, the snippet, the item's address printed as text, a link only in the <p>
 * version), then 本文地址 and a 打印时间 with today's date and time.
 */
const printVersion: Family = {
  name: 'print-version',
  split: 'fresh-6',
  site: 'www.jiankangwenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const grade = rng.chance(0.5) ? (LONG_GRADE[d.hospital_grade!] ?? d.hospital_grade!) : d.hospital_grade!;
    const doctor: TruthDoctor = { ...d, hospital_grade: grade };
    const pre = rng.chance(0.5);
    const printFormat = page.format !== 'unknown' && rng.chance(0.6);
    const itemFormat = rng.chance(0.5);
    const origin = new URL(page.canonical).origin;
    const lines: string[] = [
      `标题：${esc(page.question)}`,
      `医生：${esc(d.name!)} ${d.title} ${esc(d.hospital!)} ${grade} ${esc(d.department!)}`,
      `时间：${page.date} ${page.time}`,
      ...(printFormat ? [`类型：${formatWord(rng, page.format)}`] : []),
      '回答：',
      ...page.paragraphs.map(esc),
      '————————————————————',
    ];
    if (page.related.length) {
      lines.push('相关问题：');
      page.related.forEach((r, i) => {
        const url = `${origin}${r.path}`;
        lines.push(`${i + 1}. ${esc(r.question)}（${itemFormat ? `${formatWord(rng, r.format)} ` : ''}${r.date}）`, `   ${esc(r.snippet)}`, pre ? `   ${url}` : `   <a href="${r.path}">${url}</a>`);
      });
      lines.push('————————————————————');
    }
    lines.push(`本文地址：${page.canonical}`, `打印时间：2023-07-0${rng.int(1, 9)} ${String(rng.int(8, 22)).padStart(2, '0')}:${String(rng.int(10, 59))}`);
    const body = pre ? `<pre${cls(rng)}>\n${lines.join(rng.pick(['\n', '\n\n']))}\n</pre>` : lines.map((l) => `<p>${l}</p>`).join('\n');
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 打印版 - 健康问答网</title>
<link rel="canonical" href="${page.canonical}">
<meta name="robots" content="noindex">
<style>body{font:14px/1.8 SimSun,serif}@media print{.noprint{display:none}}</style>
</head>
<body onload="window.print()">
<div class="noprint"><a href="javascript:window.print()">[打印本页]</a> <a href="${page.canonical}">[返回原文]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
${body}
</body>
</html>`;
    const related = relatedWith(page, () => (itemFormat ? {} : { format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { doctor, format: printFormat ? page.format : 'unknown', related }) };
  },
};

/** Digits half full-width, half not, and ideographic or plain spaces between the parts (２０２２年　３月 5日). */
function mixedWidthDate(rng: Rng, iso: string): string {
  const wide = (s: string) => s.replace(/[0-9]/g, (c) => (rng.chance(0.7) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const gap = () => rng.pick(['　', ' ', '']);
  return rng.chance(0.7) ? `${wide(String(y))}年${gap()}${wide(String(m))}月${gap()}${wide(String(d))}日` : wide(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * K5. A doctor's own Q&A page: the card first and biggest, its <h1> the doctor's NAME (title in a
 * span beside it, hospital and grade, department, 擅长, statistics, a last-online time); tabs
 * (医生主页 / 患者问答 / 文章); the question only inside a quote box as `患者提问：…` with the
 * asker's description under it, then 医生回复：, the answer and 回复时间 with a date in mixed
 * full-width digits and spaces (２０２２年　３月 5日); the related list's heading a picture (its
 * alt 相关问题 / TA的其他回答) or an icon-font glyph whose only words are its title; items are
 * links holding a <p> question, a <p> snippet and a <span> date.
 */
const doctorFirstQuote: Family = {
  name: 'doctor-first-quote',
  split: 'fresh-6',
  site: 'www.mingyizhan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const hospLine = rng.chance(0.5)
      ? `<p${cls(rng)}>${esc(d.hospital!)} <i${cls(rng)}>${d.hospital_grade}</i> | ${esc(d.department!)}</p>`
      : `<p${cls(rng)}>${esc(d.department!)}</p><p${cls(rng)}>${esc(d.hospital!)}<i${cls(rng)}>${d.hospital_grade}</i></p>`;
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num}.jpg" alt="${esc(d.name!)}"><div${cls(rng)}><h1${cls(rng)}>${esc(d.name!)}</h1> <span${cls(rng)}>${d.title}</span>${hospLine}
<p${cls(rng)}>擅长：${esc(d.department!)}常见病、多发病的诊治，对疑难病例有丰富经验。</p>
<ul${cls(rng)}><li><b>${rng.int(100, 30000)}</b>总接诊</li><li><b>${rng.int(90, 100)}%</b>好评率</li><li><b>${rng.int(1, 59)}分钟</b>平均响应</li></ul>
<p${cls(rng)}>最近在线：${rng.pick(['刚刚', '1小时前', '昨天'])}</p><a href="/consult/${page.item.num}"${cls(rng)}>在线问诊 ¥${rng.int(20, 200)}</a></div></div>`;
    const heading = rng.pick([
      `<img src="/static/img/title-xgwt.png" alt="相关问题"${cls(rng)}>`,
      `<h3${cls(rng)}><img src="/static/img/title-other.png" alt="TA的其他回答"></h3>`,
      `<div${cls(rng)}><i class="iconfont icon-wenda" title="相关问题">&#xe61a;</i></div>`,
    ]);
    const items = page.related.map((r) => `<a href="${r.path}"${cls(rng)}><p>${esc(r.question)}</p><p${cls(rng)}>${esc(r.snippet)}</p><span>${r.date}</span></a>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_${esc(d.name!)}医生_名医站</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">名医站</a> <a href="/doctors/">找医生</a> <a href="/hospitals/">找医院</a></div>
${card}
<div${cls(rng)}><a href="/doctor/${page.item.num}/">医生主页</a> <a href="/doctor/${page.item.num}/qa/" class="on">患者问答</a> <a href="/doctor/${page.item.num}/articles/">文章</a></div>
<div${cls(rng)}>
<blockquote${cls(rng)}><b>患者提问：</b>${esc(page.question)}<p${cls(rng)}>${rng.pick(['男', '女'])}，${rng.int(2, 80)}岁。${esc(ask(page))}，${rng.pick(['有一周了', '时好时坏', '晚上更明显'])}。</p></blockquote>
<div${cls(rng)}><span${cls(rng)}>医生回复：</span>${printFormat ? `<span${cls(rng)}>${formatLabel(rng, page.format)}</span>` : ''}
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>
<div${cls(rng)}>回复时间：${mixedWidthDate(rng, page.date!)}</div>
</div>
${page.related.length ? `<div${cls(rng)}>${heading}<div${cls(rng)}>${items.join('')}</div></div>` : ''}
<div${cls(rng)}>名医站 · 仅供参考，不作为诊疗依据</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown', related }) };
  },
};

/** Characters outside the BMP (4 bytes in GB18030): a rare one for a given name, an emoji for a sign-off. */
const RARE_NAME_CHARS = ['𬀩', '𬘡', '𠇔', '𬌗'];
const SIGN_OFFS = ['祝早日康复🙏', '有问题可以再追问我🙂', '祝您健康👍'];

/**
 * K6. A Discuz! X thread in GB18030 (declared gbk or gb18030): the thread subject in <h1> after a
 * [科室] thread-type link; 楼主 (the asker: nickname, 积分, 帖子, 注册时间, 发表于) with the case;
 * 沙发 (the doctor: a profile column whose <dl class="pil"> mixes 积分 and 帖子 with 职称, 医院,
 * 医院等级, 科室 in some order, the user group 认证医生); the answer in a td.t_f with <br />s,
 * opened now and then by 本帖最后由 name 于 date 编辑 and closed by a sign-off with an emoji, and a
 * signature line; sometimes a 板凳 thank-you from the asker. Doctors' names and answers may hold
 * characters outside the BMP. Related threads (相关帖子) with a snippet line and date.
 */
const discuzGb18030: Family = {
  name: 'discuz-gb18030',
  split: 'fresh-6',
  site: 'bbs.yisheng-luntan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const name = rng.chance(0.3) ? d.name!.slice(0, -1) + rng.pick(RARE_NAME_CHARS) : d.name!;
    const doctor: TruthDoctor = { ...d, name };
    const paragraphs = [...page.paragraphs];
    if (rng.chance(0.6)) paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]}${rng.pick(SIGN_OFFS)}`;
    const canonical = `https://${discuzGb18030.site}/thread-${page.item.num}-1-1.html`;
    const href = (path: string) => `thread-${path.replace(/\D/g, '')}-1-1.html`;
    const asked = shift(page.date!, -rng.int(1, 2));
    const askTime = `${rng.int(7, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const stamp = (iso: string, time: string) => `${unpadded(iso, '-')} ${Number(time.slice(0, 2))}:${time.slice(3)}`;
    const asker = rng.pick(['小白兔', 'sunny2018', '路过的', '快乐每一天', 'jkzx_' + rng.int(100, 999)]);
    const profile = rng.shuffle([
      ['职称', d.title!],
      ['医院', d.hospital!],
      [rng.pick(['医院等级', '等级']), d.hospital_grade!],
      ['科室', d.department!],
    ]);
    const pil = [['积分', String(rng.int(200, 9000))], ['帖子', String(rng.int(20, 3000))], ...profile];
    const dl = (pairs: string[][]) => `<dl class="pil cl">${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v!)}</dd>`).join('')}</dl>`;
    const post = (n: number, floor: string, author: string, group: string, pairs: string[][], when: string, message: string, extra = '') =>
      `<div id="post_${page.item.num * 10 + n}"><table id="pid${page.item.num * 10 + n}" class="plhin" summary="pid${page.item.num * 10 + n}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${rng.int(1000, 99999)}" class="xw1">${esc(author)}</a></div></div><div class="avatar"><img src="uc_server/avatar.php?uid=${rng.int(1000, 99999)}&amp;size=middle"></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup">${group}</a></em></p>${dl(pairs)}</td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost">${floor}</a></strong><div class="pti"><div class="authi"><em id="authorposton${page.item.num * 10 + n}">发表于 ${when}</em> <span class="pipe">|</span> <a href="#">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${page.item.num * 10 + n}">${message}</td></tr></table></div></div></div>${extra}</td></tr></table></div>`;
    const edited = rng.chance(0.3) ? `<i class="pstatus"> 本帖最后由 ${esc(name)} 于 ${stamp(shift(page.date!, rng.int(0, 2)), '21:05')} 编辑 </i><br />\n<br />\n` : '';
    const br = rng.pick(['<br />\n', '<br />\n<br />\n']);
    const answer = `${edited}${paragraphs.map(esc).join(br)}<br />`;
    const sign = `<div class="sign">${esc(d.hospital!)}${esc(d.department!)} ${esc(name)} 出诊时间：每周${rng.pick(['一', '三', '五'])}上午</div>`;
    const thanks = rng.chance(0.4)
      ? post(3, '板凳', asker, '注册会员', [['积分', String(rng.int(5, 90))], ['帖子', String(rng.int(1, 20))], ['注册时间', '2018-5-3']], stamp(shift(page.date!, 1), '20:31'), rng.pick(['谢谢医生！', '好的，明白了，感谢！']))
      : '';
    const items = page.related.map(
      (r) => `<li>&#8226; <a href="${href(r.path)}" title="${esc(r.question)}" target="_blank">${esc(r.question)}</a> <span class="xg1">${unpadded(r.date!, '-')}</span><p class="xg2">${esc(r.snippet)}</p></li>`,
    );
    const charset = rng.pick(['gbk', 'gbk', 'gb18030']);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(page.question)} - 医生答疑 - 医生论坛 -  Powered by Discuz!</title>
<link rel="canonical" href="${canonical}" />
<meta name="keywords" content="${esc(ask(page))}" />
<meta name="generator" content="Discuz! X3.4" />
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><h2><a href="./" title="医生论坛"><img src="static/image/common/logo.png" alt="医生论坛" border="0" /></a></h2></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">医生论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">医生答疑</a> <em>&rsaquo;</em> <a href="thread-${page.item.num}-1-1.html">${esc(page.question)}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">${rng.int(50, 9000)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${thanks ? 2 : 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=${rng.int(1, 30)}">[${esc(d.department!)}]</a> <span id="thread_subject">${esc(page.question)}</span></h1></td></tr></table>
${post(1, '楼主', asker, '注册会员', [['积分', String(rng.int(5, 90))], ['帖子', String(rng.int(1, 20))], ['注册时间', '2018-5-3']], stamp(asked, askTime), `${esc(ask(page))}，${rng.pick(['有什么办法吗', '需要去医院吗', '严重吗'])}？${rng.pick(['男', '女'])}，${rng.int(18, 70)}岁。<br />`)}
${post(2, '沙发', name, '认证医生', pil, stamp(page.date!, page.time), answer, sign)}
${thanks}
</div>
${page.related.length ? `<div class="bm"><div class="bm_h cl"><h3>相关帖子</h3></div><div class="bm_c"><ul class="xl xl1 cl">${items.join('\n')}</ul></div></div>` : ''}
</div>
<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p>&copy; 2001-2023 Comsenz Inc.</p></div>
</body>
</html>`;
    const related = relatedWith(page, (_e, i) => ({ format: 'unknown', url: new URL(href(page.related[i]!.path), canonical).href }));
    return { body: encode(html, 'gbk-meta'), expected: expectedOf(page, { doctor, paragraphs, format: 'unknown', related }) };
  },
};

export const FRESH6_FAMILIES: readonly Family[] = [nextSsr, nuxtRelative, microdataQa, printVersion, doctorFirstQuote, discuzGb18030];
