import { expectedOf, type Family, type Rendered } from './family.js';
import { cls, encode, esc, wrap } from './parts.js';
import { cardPlain, dayText, DISCLAIMERS, FEW_TITLES, formatWord, otherName, plainCard, RELATED_HEADS, relatedList, relatedWith, shift, whenLine } from './ordinary-parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Nineteenth fresh held-out set (split `fresh-19`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a hospital department's old
 * static page holding several 问 / 答 pairs one after another, each signed by its own doctor; an
 * answer that opens by quoting an earlier Q&A (引用 block) before the doctor's own reply; a card
 * drawn as a `<dl>` whose labels are icons from an SVG sprite (the words only in the sprite's
 * `<title>`); a mobile page that shows three related items and keeps the rest in a `data-items`
 * JSON attribute or a `text/x-template` script for 加载更多; an answer broken by sponsored drug cards
 * with 购买 buttons; a blog-like page whose only date is in its address (/2023/05/06/…).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a linked question with no
 * snippet is no item).
 * - multi-qa-cms: the page shows 3–5 问 / 答 pairs in a row (a department's 常见问题 page); the page
 *   entry is the FIRST pair (as infinite-next keyed the first Q&A of a page that shows several):
 *   its question, its answer (the `答：` label is none of it), its signature's doctor (回答专家 name,
 *   title, department, hospital; the grade where the signature prints it) and its date (null where
 *   its signature line prints none). The other pairs have no address of their own (no link, no
 *   anchor): they are no items and none of the answer. The masthead's hospital name is furniture.
 *   The `相关文章` list is the related list: with snippets (60%) its items; a list of bare linked titles
 *   its link-only items (`paragraphs: []`, the page entry's related_urls: key changed in the thirty-fifth
 *   stop, after eval.ts came to score related_urls on every page; it keyed them no items, as before
 *   fresh-47's link-only items). `&nbsp;` indents are whitespace. No format word: unknown.
 * - quoted-earlier: the doctor's reply opens with a quoted earlier Q&A (`<blockquote>` or a
 *   bordered box headed 引用 / 参考之前的回答 / 相似问题回答: another question and its answer, with that
 *   answer's date, and on half the pages a 查看原问答 link): the quote is none of the answer, its
 *   date dates nothing, and its link is no related item of its own (it is inside the answer, not a
 *   list; the quoted Q&A is also in the related list, where it is keyed once as the list shows it). The
 *   answer is the doctor's own paragraphs after the quote. The date is the page's own answer line.
 * - sprite-vcard: the card is a `<dl>` whose `<dt>`s are icon-only (`<svg><use href="#icon-…">`,
 *   the label words only in a hidden sprite's `<symbol><title>`): the `<dd>` values are the card,
 *   keyed as printed (the grade a `<dd>` of its own on 50%, else null); the date a `<dd>` beside
 *   the clock icon; the format only where a `<dd>` prints a format word (the headphone icon alone
 *   is no word: unknown).
 * - lazy-related: only the related items rendered in the HTML (the first three, or fewer) are
 *   items; the rest, in a `data-items` JSON attribute or a `<script type="text/x-template">`, are
 *   not displayed: no items. The 加载更多 / 查看更多 button is none of any item.
 * - sponsored-break: the sponsored cards (广告 / 推广 / 赞助 badge, drug name, 规格, price, 购买 /
 *   立即购买 / 去看看 button) placed between the answer's paragraphs are none of the answer and no
 *   related items (they are products, not questions); the paragraphs keep their order. A 推荐药品
 *   strip after the answer likewise.
 * - url-date: the only date is in the page's address (`/2023/05/06/123.html`, the canonical link and
 *   the breadcrumb's link) and in the related items' addresses: the date is null and items' dates
 *   null (only printed dates count); the copyright years and 浏览 counts date nothing.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

/** A whole page around a body: charset, title, canonical, top bar, footer. */
const pageDocument = (page: TruthPage, siteName: string, body: string, head = '', title = `${page.question}_${siteName}`, canonical = page.canonical) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="canonical" href="${canonical}">
${head}</head>
<body>
<div class="top-nav"><a href="/">${siteName}</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
${body}
<div class="site-foot">© 2016-2024 ${siteName} 版权所有</div>
</body>
</html>`;

/** Other Q&As a department page shows beside the page's own (none of them in the truth's universe). */
const OTHER_QAS: readonly (readonly [string, readonly string[]])[] = [
  ['做胃镜前需要空腹多长时间？', ['一般检查前一天晚上八点以后不再进食，检查当天早上禁食禁水。', '如有高血压，可在检查前用少量温水送服降压药。']],
  ['孩子接种疫苗后发烧怎么办？', ['接种后出现低热多为正常反应，多喝水、注意休息即可。', '体温超过38.5℃或持续两天以上，应及时到医院就诊。']],
  ['体检发现甲状腺结节要紧吗？', ['大多数甲状腺结节是良性的，需结合超声分级来判断。', '建议到内分泌科或甲状腺外科进一步评估，定期复查。']],
  ['住院需要带哪些证件？', ['请携带本人身份证、医保卡以及门诊开具的住院证。', '异地就医的患者请提前办理备案手续。']],
  ['骨密度检查前要注意什么？', ['检查前不需要空腹，但应取下身上的金属物品。', '近期做过钡餐检查的患者应间隔一周以上。']],
  ['术后多久可以洗澡？', ['一般伤口拆线后两三天、伤口愈合良好即可淋浴。', '洗澡时避免用力搓洗伤口，洗后保持伤口干燥。']],
];

/**
 * S1. A hospital department's 常见问题解答 page from an old static CMS, in GB2312 declared by a
 * `<meta http-equiv>`: a `<table>` layout (width=778, bgcolor, cellpadding), a masthead with the
 * hospital's name (never with a grade), a left cell with the department's menu, and in the main cell
 * 3–5 问 / 答 pairs one after another: `<font color=#0066cc><b>问：</b></font>question`, then `答：`
 * and the answer as text runs parted by `<br>` with `&nbsp;&nbsp;&nbsp;&nbsp;` indents, then a
 * signature line `回答专家：&nbsp;name&nbsp;title&nbsp;&nbsp;department&nbsp;&nbsp;hospital（grade on
 * 40%）&nbsp;&nbsp;日期：day` (the date on 80%), a dotted `<hr>` between pairs. The page's own Q&A
 * first; the `<title>` the first question on 60%, else the page's name. A 相关文章 list of `·` links
 * with snippets on 60% (bare titles otherwise: link-only items), `[day]` on half.
 */
const multiQaCms: Family = {
  name: 'multi-qa-cms',
  split: 'fresh-19',
  site: 'www.renmin-yiyuan-keshi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4) && d.hospital_grade !== null;
    const dateShown = rng.chance(0.8);
    const snippets = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const sp = (n: number) => '&nbsp;'.repeat(n);
    const pair = (question: string, paragraphs: readonly string[], name: string, title: string, dept: string, hosp: string, day: string | null) =>
      `<tr><td class="${rng.pick(['wd', 'txt', 'f14', ''])}" style="line-height:24px"><font color="#0066cc"><b>问：</b></font>${esc(question)}<br>
<font color="#cc3300"><b>答：</b></font>${paragraphs.map((p, i) => `${i ? sp(4) : ''}${esc(p)}`).join('<br>\n')}<br>
<div align="right"><font color="#666666">回答专家：${sp(1)}${esc(name)}${sp(1)}${title}${sp(2)}${esc(dept)}${sp(2)}${hosp}${day ? `${sp(2)}日期：${day}` : ''}</font></div>
<hr size="1" noshade style="border:1px dotted #ccc"></td></tr>`;
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const pairs = [pair(page.question, page.paragraphs, d.name!, d.title!, d.department!, hosp, dateShown ? dayText(rng, page.date!) : null)];
    for (const [q, ps] of rng.shuffle(OTHER_QAS).slice(0, rng.int(2, 4))) {
      pairs.push(pair(q, ps, otherName(rng), rng.pick(FEW_TITLES), d.department!, esc(d.hospital!), rng.chance(0.8) ? dayText(rng, shift(page.date!, -rng.int(3, 300))) : null));
    }
    const items = page.related
      .map((r) => `<tr><td>·<a href="${r.path}" target="_blank">${esc(r.question)}</a>${snippets ? `<br><font color="#888888">${esc(r.snippet)}</font>` : ''}${datedItems ? `${sp(2)}[${r.date}]` : ''}</td></tr>`)
      .join('\n');
    const related = page.related.length ? `<table width="100%" cellpadding="4"><tr><td bgcolor="#e8f0fa"><b>相关文章</b></td></tr>\n${items}</table>` : '';
    const menu = ['科室介绍', '专家介绍', '常见问题', '健康教育', '就诊指南'].map((m) => `<tr><td height="26">${sp(2)}<a href="/keshi/${m.length}.html">${m}</a></td></tr>`).join('');
    const pageName = `${d.department}常见问题解答`;
    const html = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(rng.chance(0.6) ? page.question : `${pageName}-${d.hospital}`)}</title>
<link rel="canonical" href="${page.canonical}">
<style>td{font-size:12px}.f14{font-size:14px}</style>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" height="80" bgcolor="#0a5ca8"><font color="#ffffff" size="5"><b>${sp(4)}${esc(d.hospital!)}</b></font></td></tr>
<tr><td colspan="2" height="24">${sp(2)}您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/keshi/">${esc(d.department!)}</a> &gt;&gt; 常见问题</td></tr>
<tr><td width="180" valign="top"><table width="100%">${menu}</table></td>
<td width="598" valign="top"><table width="100%" border="0" cellpadding="6"><tr><td align="center"><font size="3"><b>${esc(pageName)}</b></font></td></tr>
${pairs.join('\n')}
</table>
${related}</td></tr>
<tr><td colspan="2" align="center" bgcolor="#eeeeee" height="50">${esc(d.hospital!)} 版权所有${sp(2)}地址：${esc(d.hospital!.slice(0, 3))}解放路88号${sp(2)}技术支持：某某网络</td></tr>
</table>
</body>
</html>`;
    return {
      body: encode(html, 'gb2312-http-equiv'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: dateShown ? page.date : null,
        format: 'unknown',
        // Bare titles: link-only items (key changed in the thirty-fifth stop, after related_urls came to be scored on every page).
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null, ...(snippets ? {} : { paragraphs: [] }) })),
      }),
    };
  },
};

/**
 * S2. An answer that opens by quoting an earlier Q&A: `<h1>` question, an ordinary card (grade on
 * 60%), the date line (format word on 40%), then the answer box whose first child is the quote — a
 * `<blockquote>` or a bordered `<div>` headed 引用 / 参考之前的回答 / 相似问题回答 (on 30% also `{name}
 * 医生的回答`), holding another question (问：…), one or two paragraphs of its answer (答：…), its
 * date, and on half the pages a 查看原问答 link to its page (the quoted Q&A is one of the related
 * list's items, its summary as the quoted answer; a stock one where the page has no list) — then
 * the doctor's own paragraphs.
 * Related list ordinary, dated on half.
 */
const quotedEarlier: Family = {
  name: 'quoted-earlier',
  split: 'fresh-19',
  site: 'www.yinyong-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    // The quoted Q&A is one of the related list's (its question and summary, its own day and address) or, with no list, a stock one.
    const source = page.related.length ? rng.pick(page.related) : null;
    const [q, ps] = source ? [source.question, [source.snippet]] : rng.pick(OTHER_QAS);
    const quotedParas = ps.slice(0, rng.int(1, 2));
    const quotedDay = source ? source.date! : shift(page.date!, -rng.int(20, 400));
    const head = `${rng.pick(['引用', '参考之前的回答', '相似问题回答'])}${rng.chance(0.3) ? `（${esc(d.name!)}医生的回答）` : ''}：`;
    const link = rng.chance(0.5) ? `<a href="${source ? source.path : `/q/${(page.item.num * 7) % 900000}.html`}"${cls(rng)}>查看原问答 ›</a>` : '';
    const quoteBody = `<p${cls(rng)}><b>${head}</b></p><p>问：${esc(q)}</p>${quotedParas.map((p, i) => `<p>${i ? '' : '答：'}${esc(p)}</p>`).join('')}<p${cls(rng)}><span>${dayText(rng, quotedDay)}</span> ${link}</p>`;
    const quote = rng.chance(0.5) ? `<blockquote${cls(rng)}>${quoteBody}</blockquote>` : `<div${cls(rng)} style="border-left:3px solid #ddd;background:#f7f7f7;padding:8px;color:#666">${quoteBody}</div>`;
    const answer = `<div${cls(rng)}>${quote}\n${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '引用问答', `${body}\n${relatedList(rng, page.related, datedItems)}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const ICONS = { name: '医生', title: '职称', dept: '科室', hospital: '医院', grade: '医院等级', time: '回答时间', voice: '回答形式' } as const;

/**
 * S3. A card rendered from JSON as a `<dl>` of icon-only labels: a hidden SVG sprite at the top of
 * `<body>` (`<svg style="display:none">` of `<symbol id="icon-…">` each with a `<title>` 医院 / 科室 /
 * 职称 …), the card's `<dt>`s each an `<svg><use href="#icon-hospital"/></svg>` (xlink:href on half
 * the pages) and the `<dd>`s the values (name, title, department, hospital, the grade on 50%, in a
 * shuffled order after the name), then a `<dt>` clock icon with the date `<dd>` and, on 40%, a
 * headphone / camera / document icon whose `<dd>` is a format word (icon alone otherwise, on 30% of
 * the rest). The card sits before or after the `<h1>` question. Related list ordinary.
 */
const spriteVcard: Family = {
  name: 'sprite-vcard',
  split: 'fresh-19',
  site: 'm.tubiao-mingpian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const iconOnlyFormat = !printFormat && page.format !== 'unknown' && rng.chance(0.3);
    const datedItems = rng.chance(0.5);
    const xlink = rng.chance(0.5);
    const sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${Object.entries(ICONS)
      .map(([id, title]) => `<symbol id="icon-${id}" viewBox="0 0 24 24"><title>${title}</title><path d="M12 2a10 10 0 1 0 0 20"/></symbol>`)
      .join('')}</svg>`;
    const icon = (id: keyof typeof ICONS) => `<svg class="ic" width="14" height="14" aria-hidden="true"><use ${xlink ? 'xlink:href' : 'href'}="#icon-${id}"></use></svg>`;
    const row = (id: keyof typeof ICONS, value: string) => `<dt${cls(rng)}>${icon(id)}</dt><dd${cls(rng)}>${value}</dd>`;
    const rest = rng.shuffle([
      row('title', d.title!),
      row('dept', esc(d.department!)),
      row('hospital', esc(d.hospital!)),
      ...(gradeShown ? [row('grade', d.hospital_grade!)] : []),
    ]);
    const card = `<dl${cls(rng)}>${row('name', `<b>${esc(d.name!)}</b>`)}${rest.join('')}</dl>`;
    const when = `<dl${cls(rng)}>${row('time', dayText(rng, page.date!, page.time))}${printFormat ? row('voice', formatWord(rng, page.format)) : iconOnlyFormat ? `<dt>${icon('voice')}</dt>` : ''}</dl>`;
    const q = `<h1${cls(rng)}>${esc(page.question)}</h1>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const body = wrap(rng, `${rng.chance(0.5) ? `${q}\n${card}` : `${card}\n${q}`}\n${when}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '图标名片', `${sprite}\n${body}\n${relatedList(rng, page.related, datedItems)}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * S4. A mobile page whose related list is lazy: the first three items (or all, when there are three or
 * fewer) in the HTML as `<a>` blocks (question, snippet, the date on half the pages), the rest as
 * JSON in a `data-items` attribute of the list or of the 加载更多 / 查看更多 button (60%) or in a
 * `<script type="text/x-template">` of `<li>`s (40%), drawn only by a script on click. Card ordinary
 * (grade on 60%), format word on 40%.
 */
const lazyRelated: Family = {
  name: 'lazy-related',
  split: 'fresh-19',
  site: 'm.lanjiazai-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const shown = page.related.slice(0, 3);
    const later = page.related.slice(3);
    const asJson = rng.chance(0.6);
    const itemHtml = (r: TruthPage['related'][number]) =>
      `<a href="${r.path}"${cls(rng)}><div${cls(rng)}>${esc(r.question)}</div><div${cls(rng)}>${esc(r.snippet)}</div>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</a>`;
    const json = esc(JSON.stringify(later.map((r) => ({ title: r.question, desc: r.snippet, url: r.path, time: r.date }))));
    const onList = asJson && rng.chance(0.5);
    const button = later.length ? `<button${cls(rng)}${asJson && !onList ? ` data-items="${json}"` : ''}>${rng.pick(['加载更多', '查看更多', '展开更多问题'])}</button>` : '';
    const template =
      later.length && !asJson ? `<script type="text/x-template" id="more-tpl"><ul>${later.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${r.date}</span></li>`).join('')}</ul></script>` : '';
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><div${cls(rng)}${onList && later.length ? ` data-items="${json}"` : ''}>${shown.map(itemHtml).join('\n')}</div>${button}${template}</div>`
      : '';
    const script = `<script>document.querySelectorAll('[data-items]').forEach(function(el){el.addEventListener('click',function(){});});</script>`;
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`);
    const html = pageDocument(page, '懒加载问医', `${body}\n${related}\n${script}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })).slice(0, 3),
      }),
    };
  },
};

const DRUGS: readonly (readonly [string, string, string])[] = [
  ['布洛芬缓释胶囊', '0.3g*20粒', '¥18.50'],
  ['奥美拉唑肠溶胶囊', '20mg*14粒', '¥26.00'],
  ['蒙脱石散', '3g*10袋', '¥15.80'],
  ['氯雷他定片', '10mg*6片', '¥22.90'],
  ['阿莫西林胶囊', '0.25g*24粒', '¥12.60'],
  ['复方甘草口服溶液', '100ml', '¥9.90'],
];

/**
 * S5. An answer broken by sponsored drug cards: between paragraphs (after the first, and on half the
 * pages once more further down) a card with a 广告 / 推广 / 赞助 badge, a picture, the drug's name,
 * 规格, a price and a 购买 / 立即购买 / 去看看 button linking to a shop (/yao/…); on half the pages a
 * 推荐药品 strip of two or three such cards after the answer. Card ordinary (grade on 60%), format
 * on 40%, related list ordinary.
 */
const sponsoredBreak: Family = {
  name: 'sponsored-break',
  split: 'fresh-19',
  site: 'www.guanggao-yaodian.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const ad = () => {
      const [name, spec, price] = rng.pick(DRUGS);
      return `<div${cls(rng)} style="border:1px solid #eee;padding:8px;display:flex"><span${cls(rng)} style="font-size:10px;color:#999">${rng.pick(['广告', '推广', '赞助'])}</span><img src="/yao/img/${name.length}.jpg" alt="" width="60"><div${cls(rng)}><p${cls(rng)}>${name}</p><p${cls(rng)}>${rng.pick(['规格：', ''])}${spec}</p><span${cls(rng)} style="color:#e4393c">${price}</span></div><a href="/yao/${name.length * 131}.html"${cls(rng)}>${rng.pick(['购买', '立即购买', '去看看'])}</a></div>`;
    };
    const paras = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    const parts: string[] = [];
    const second = paras.length > 3 && rng.chance(0.5) ? rng.int(2, paras.length - 1) : -1;
    paras.forEach((p, i) => {
      parts.push(p);
      if ((i === 0 && paras.length > 1) || i === second) parts.push(ad());
    });
    const strip = rng.chance(0.5) ? `<div${cls(rng)}><h4${cls(rng)}>${rng.pick(['推荐药品', '相关用药', '医生常用药'])}</h4>${Array.from({ length: rng.int(2, 3) }, ad).join('')}</div>` : '';
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${parts.join('\n')}</div>\n${strip}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '问药网', `${body}\n${relatedList(rng, page.related, datedItems)}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * S6. A blog-like page (a doctor's column on a WordPress-ish site) whose only date is in its address:
 * the canonical link and the breadcrumb's last link are `/2023/05/06/123.html`, the related items'
 * links `/YYYY/MM/DD/n.html` after their own days; nothing on the page prints a date (a `浏览 N` count
 * and a `© 2016-2024` line only). Card ordinary (grade on 60%), format word on 40%, related list with
 * snippets.
 */
const urlDate: Family = {
  name: 'url-date',
  split: 'fresh-19',
  site: 'www.riqi-lujing.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedPath = (iso: string, num: string) => `/${iso.replace(/-/g, '/')}/${num}.html`;
    const own = datedPath(page.date!, String(page.item.num));
    const canonical = new URL(own, page.canonical).href;
    const related = page.related.map((r) => ({ ...r, path: datedPath(r.date!, r.path.replace(/^\/q\/|\.html$/g, '')) }));
    const relatedHtml = related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${related.map((r) => `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const crumbs = `<div${cls(rng)}><a href="/">首页</a> » <a href="/category/wenda/">问答</a> » <a href="${own}">${esc(page.question.slice(0, 12))}…</a></div>`;
    const meta = `<div${cls(rng)}>${printFormat ? `<span${cls(rng)}>${formatWord(rng, page.format)}</span> · ` : ''}浏览 ${rng.int(100, 9999)}${rng.chance(0.5) ? ` · 评论 ${rng.int(0, 30)}` : ''}</div>`;
    const body = wrap(rng, `${crumbs}\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${meta}\n${plainCard(rng, page, gradeShown)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '医生专栏', `${body}\n${relatedHtml}`, '', `${page.question} | 医生专栏`, canonical);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: null,
        format: printFormat ? page.format : 'unknown',
        related: related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown' as Format, date: null, url: new URL(r.path, canonical).href })),
      }),
    };
  },
};

export const FRESH19_FAMILIES: readonly Family[] = [multiQaCms, quotedEarlier, spriteVcard, lazyRelated, sponsoredBreak, urlDate];
