import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, ask, cardPlain, cnDate, documentOf, formatWord, hospitalWithGrade, plainCard, plainKey, relatedList, relatedWith, shift, whenLine } from './ordinary-parts.js';
import { cls, esc, paragraphsHtml, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-fourth fresh held-out set (split `fresh-24`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or on something real HTML does to one (from memory, no copied markup), that no
 * earlier family covers. Three are site shapes: a 问答 site whose related items each print when they
 * were asked AND when they were answered (the page too); a page whose `<h1>` is its SEO title, the
 * question with the site's suffix (`…_有问必答_快速问医生`); an internet hospital's reply template,
 * whose answer opens with the doctor's greeting and self-introduction that repeats the question and
 * ends with a sign-off. Three are quirks: names and two-character values padded with a space to line
 * up in a column (`王　芳`, `儿　科`); dates printed with a two-digit year (`22-12-16`, `22年12月16日`);
 * markup the HTML parser repairs (a `<p>` around block `<div>`s, a bold run across paragraphs, an inline
 * element left open in the heading, parts standing between a layout table's rows that the parser moves
 * before the table).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden text is no text). Where a careful person could hesitate, the
 * key decides:
 * - dual-date-items: an item's date is the day it was ANSWERED (its own page's date is its answer's,
 *   as the page's is: the asker's 提问 day dates nothing), whichever of the two is printed first;
 *   the two are always labelled (in the item, or by the header row of the list's table).
 * - seo-h1-suffix: the question is the asker's question; the site's suffix after it in the `<h1>`
 *   and the `<title>` (`_有问必答_快速问医生`, `-儿科-问医生网`, `_王芳医生的回答_问医生网`) is none of it.
 * - reply-template: the greeting (`您好，我是…医生`, the question quoted back) and the sign-off
 *   (`祝您早日康复！`) are the doctor's own words under the answer: they are its first and last
 *   paragraphs. The card is the card's; the self-introduction is no card.
 * - padded-names: a space set inside a value to line it up with longer ones (U+3000, `&emsp;`, two
 *   `&nbsp;`s or one ASCII space: `王　芳`) is no part of it: the name is 王芳, the department 儿科.
 * - short-year-dates: `22-12-16`, `22/12/16`, `22.12.16`, `22年12月16日` are 2022-12-16 (every date of the
 *   genre is of this century), for the page and for the related items.
 * - misnested-markup: the page is the tree a browser builds from the markup (the HTML spec's
 *   parser, as cheerio's parse5): the text is the same, whatever element it ends up in and wherever
 *   the parser moves it.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

/** A day printer drawn once for a page, so that a page prints its days one way (2023-05-06, 2023/05/06, 2023年5月6日, 2023.05.06). */
const dayPrinter = (rng: Rng) => rng.pick([(iso: string) => iso, (iso: string) => iso.replace(/-/g, '/'), cnDate, (iso: string) => iso.replace(/-/g, '.')]);

// --- F1. dual-date-items ---

/**
 * F1. A 问答 site that prints both when a question was asked and when it was answered: the page's
 * own 提问时间 under the question (before the card) and 回答时间 by the answer; every related item
 * with its two days, labelled (`提问 … 回答 …`, `… 提问 · … 回答`, `问于 … ｜ 答于 …`, or the answer's day
 * first: `回答：…　提问：…`) — or, on 30%, a table whose header row names the two columns (提问时间,
 * 回答时间) —, the asked day 0–5 days before the answered one (the same day now and then). The
 * asker's 问题描述 on 60%; a plain card (grade on 60%), format on 40%.
 */
const dualDateItems: Family = {
  name: 'dual-date-items',
  split: 'fresh-24',
  site: 'www.wenda-shuangri.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const day = dayPrinter(rng);
    const askDay = shift(page.date!, -rng.int(0, 6));
    const askLine = rng.pick([`提问时间：${day(askDay)}`, `提问于 ${day(askDay)}`, `${day(askDay)} 提问`, `患者提问 ${day(askDay)} ${rng.int(7, 22)}:${String(rng.int(10, 59))}`]);
    const description = rng.chance(0.6) ? `<p${cls(rng)}>问题描述：${rng.pick(ASKER_LINES)}</p>` : '';
    const answerLine = `<div${cls(rng)}>${rng.pick([`回答时间：${day(page.date!)}`, `回答于 ${day(page.date!)}`, `${day(page.date!)} 回答`, `回复时间：${day(page.date!)}`])}${
      printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''
    }</div>`;
    const style = rng.pick(['spans', 'dot', 'wen-da', 'answer-first'] as const);
    const gap = rng.pick(['　', ' ', ' | ']);
    const days = (asked: string, answered: string) => {
      switch (style) {
        case 'spans':
          return `<span${cls(rng)}>提问 ${day(asked)}</span>${gap}<span${cls(rng)}>回答 ${day(answered)}</span>`;
        case 'dot':
          return `<span${cls(rng)}>${day(asked)} 提问 · ${day(answered)} 回答</span>`;
        case 'wen-da':
          return `<span${cls(rng)}>问于 ${day(asked)} ｜ 答于 ${day(answered)}</span>`;
        case 'answer-first':
          return `<span${cls(rng)}>回答：${day(answered)}</span>${gap}<span${cls(rng)}>提问：${day(asked)}</span>`;
      }
    };
    const datesFirst = rng.chance(0.3);
    const asTable = rng.chance(0.3);
    const head = `<h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '其他网友的提问'])}</h3>`;
    const items = page.related.map((r) => {
      const asked = shift(r.date!, -rng.int(0, 5));
      const q = `<a href="${r.path}"${cls(rng)}>${esc(r.question)}</a>`;
      const s = `<p${cls(rng)}>${esc(r.snippet)}</p>`;
      if (asTable) return `<tr><td${cls(rng)}>${q}${s}</td><td>${day(asked)}</td><td>${day(r.date!)}</td></tr>`;
      const meta = `<div${cls(rng)}>${days(asked, r.date!)}</div>`;
      return `<li${cls(rng)}>${datesFirst ? `${q}${meta}${s}` : `${q}${s}${meta}`}</li>`;
    });
    // A table labels the two days in its header row only.
    const list = !page.related.length
      ? ''
      : asTable
        ? `<div${cls(rng)}>${head}<table${cls(rng)}><tr><th>问题</th><th>${rng.pick(['提问时间', '提问日期'])}</th><th>${rng.pick(['回答时间', '回复时间'])}</th></tr>\n${items.join('\n')}</table></div>`
        : `<div${cls(rng)}>${head}<ul${cls(rng)}>${items.join('\n')}</ul></div>`;
    const body = `<div${cls(rng)}><a href="/">问答首页</a> <a href="/ask/">我要提问</a></div>
${wrap(rng, `<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>${askLine}</div>${description}</div>
${plainCard(rng, page, gradeShown)}
${answerLine}
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}_问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown' })),
      }),
    };
  },
};

// --- F2. seo-h1-suffix ---

/**
 * F2. A page whose `<h1>` is its SEO title: the question and the site's suffix, as the `<title>`
 * (`…_有问必答_快速问医生`, `…-儿科-问医生网`, `…_王芳医生的回答_问医生网`, `… - 儿科问答 - 问医生网`),
 * the suffix in the same text node on 70%, in a `<small>` or `<span>` otherwise; a breadcrumb ending in
 * the question cut to 12 characters and `…` on half; a keywords meta. A plain card (grade on 60%),
 * date line (format on 40%), answer, disclaimer and related list (dated on half) whose questions are
 * plain.
 */
const seoH1Suffix: Family = {
  name: 'seo-h1-suffix',
  split: 'fresh-24',
  site: 'www.wenyisheng-wang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const suffix = rng.pick([`_有问必答_快速问医生`, `-${d.department}-问医生网`, `_${d.name}医生的回答_问医生网`, ` - ${d.department}问答 - 问医生网`]);
    const inElement = rng.chance(0.3);
    const tag = rng.pick(['small', 'span']);
    const h1 = `<h1${cls(rng)}>${esc(page.question)}${inElement ? `<${tag}${cls(rng)}>${esc(suffix)}</${tag}>` : esc(suffix)}</h1>`;
    const cut = [...page.question];
    const crumbs = rng.chance(0.5)
      ? `<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/ks/">${esc(d.department!)}</a> &gt; <span>${esc(cut.length > 12 ? `${cut.slice(0, 12).join('')}…` : page.question)}</span></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">问医生网</a> <a href="/ask/">快速提问</a> <a href="/ks/">按科室找</a></div>
${crumbs}
${wrap(rng, `${h1}\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 问医生网</div>`;
    const head = `<meta name="keywords" content="${esc(ask(page))},${esc(d.department!)},问医生">\n`;
    const html = documentOf(`${page.question}${suffix}`, page.canonical, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. reply-template ---

/** The doctor's opening paragraph: a greeting, on most pages a self-introduction, the question quoted back on half. */
function greeting(rng: Rng, page: TruthPage): string {
  const d = page.doctor;
  const quote = rng.pick([`“${ask(page)}”`, `「${ask(page)}」`]);
  return rng.pick([
    `您好，我是${d.hospital}${d.department}的${d.name}医生，很高兴为您解答。`,
    `您好！我是${d.name}医生。关于您咨询的${quote}这个问题，我的建议如下：`,
    `您好，根据您的描述（${ask(page)}），我来为您解答。`,
    `你好，我是${d.department}${d.name}，您问的${quote}，下面给您详细说一下。`,
  ]);
}

const SIGN_OFFS = [
  '以上是我的建议，如有疑问可以继续追问。祝您早日康复！',
  '希望我的回答对您有帮助，祝您身体健康！',
  '如症状加重请及时到医院就诊。祝好！',
  '感谢您的信任，祝您早日康复。',
];

/**
 * F3. An internet hospital's 图文问诊 reply as its template lays it out: the answer opens with the
 * doctor's greeting (a self-introduction naming hospital, department and name on some, the question
 * quoted back in “” or 「」 on others), then the answer, then a sign-off paragraph (70%); the opening
 * as a paragraph of its own (60%) or run into the first paragraph. A plain card (grade on 60%) above
 * or below the date line (format on 40%), a disclaimer and a plain related list (dated on half).
 */
const replyTemplate: Family = {
  name: 'reply-template',
  split: 'fresh-24',
  site: 'www.hulian-yiyuan-huifu.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const hello = greeting(rng, page);
    const own = rng.chance(0.6);
    const bye = rng.chance(0.7) ? [rng.pick(SIGN_OFFS)] : [];
    const [first, ...rest] = page.paragraphs;
    const paragraphs = own ? [hello, ...page.paragraphs, ...bye] : [`${hello}${first}`, ...rest, ...bye];
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const body = `<div${cls(rng)}><a href="/">互联网医院</a> <a href="/zixun/">在线咨询</a> <a href="/my/">我的问诊</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}><h4${cls(rng)}>${rng.pick(['医生回复', '医生解答', '回复内容'])}</h4>${paragraphsHtml(paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-互联网医院在线咨询`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: { ...plainKey(page, { gradeShown, printFormat, datedItems }), paragraphs } };
  },
};

// --- F4. padded-names ---

/** What a column-aligning site puts inside a two-character value. */
const PADS = ['　', '&#12288;', '&emsp;', '&nbsp;&nbsp;', ' '];

/**
 * F4. A site that lines its card up in a column: a two-character value (a name of one given
 * character, a two-character department such as 儿科, 眼科, 骨科) printed with a space in the middle —
 * U+3000, `&#12288;`, `&emsp;`, two `&nbsp;`s or one ASCII space, one kind a page — so that it is as
 * wide as a three-character one; the labels padded the same way (`姓　名：`). The department and the
 * title (医师) padded on 60%, where two characters; the card as labelled lines, a two-column table or unlabelled spans. Date line (format on
 * 40%), answer, disclaimer, related list (dated on half).
 */
const paddedNames: Family = {
  name: 'padded-names',
  split: 'fresh-24',
  site: 'www.duiqi-mingpian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const pad = rng.pick(PADS);
    const padDept = rng.chance(0.6);
    const padded = (s: string) => ([...s].length === 2 ? `${esc(s[0]!)}${pad}${esc(s.slice(1))}` : esc(s));
    const name = padded(d.name!);
    const dept = padDept ? padded(d.department!) : esc(d.department!);
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const labels = rng.pick([
      ['姓　名', '职　称', '科　室', '医　院'],
      ['医　生', '职　称', '科　室', '医　院'],
      ['姓&nbsp;&nbsp;名', '职&nbsp;&nbsp;称', '科&nbsp;&nbsp;室', '医&nbsp;&nbsp;院'],
    ]);
    const title = padDept ? padded(d.title!) : esc(d.title!);
    const values = [name, title, dept, hosp];
    const card = rng.pick([
      () => `<div${cls(rng)}>${labels.map((l, i) => `<p${cls(rng)}>${l}：${values[i]}</p>`).join('')}</div>`,
      () => `<table${cls(rng)}>${labels.map((l, i) => `<tr><td${cls(rng)}>${l}</td><td>${values[i]}</td></tr>`).join('')}</table>`,
      () => `<div${cls(rng)}><span${cls(rng)}>${name}</span> <span${cls(rng)}>${title}</span><p${cls(rng)}>${dept} | ${hosp}</p></div>`,
    ])();
    const body = `<div${cls(rng)}><a href="/">名医问答</a> <a href="/ys/">医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question} - 名医问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. short-year-dates ---

/** A day with its year cut to two digits: 22-12-16, 22/12/16, 22.12.16, 22年12月16日 (month and day unpadded on 25% of pages where digits). */
const shortYearPrinter = (rng: Rng) => {
  const unpad = rng.chance(0.25);
  const sep = rng.pick(['-', '/', '.', '年'] as const);
  return (iso: string) => {
    const [y, m, d] = [iso.slice(2, 4), iso.slice(5, 7), iso.slice(8, 10)];
    if (sep === '年') return `${y}年${Number(m)}月${Number(d)}日`;
    return [y, unpad ? String(Number(m)) : m, unpad ? String(Number(d)) : d].join(sep);
  };
};

/**
 * F5. A site that prints its days with a two-digit year, one way a page (`22-12-16`, `22/12/16`,
 * `22.12.16`, `22年12月16日`), a time after the answer's on 40%: the answer's date under a label
 * (回答时间：, 发布于, 回复：) or bare, and the related items' dates on 70% of pages. A plain card (grade
 * on 60%), format on 40%, a footer `© 2016-2024`.
 */
const shortYearDates: Family = {
  name: 'short-year-dates',
  split: 'fresh-24',
  site: 'www.liangwei-nianfen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.7);
    const day = shortYearPrinter(rng);
    const time = rng.chance(0.4) ? ` ${page.time}` : '';
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '发布于 ', '回复：', ''])}${day(page.date!)}${time}${
      printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''
    }</div>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '相关问答'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${day(r.date!)}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">健康问答</a> <a href="/ask/">提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2016-2024 健康问答</div>`;
    const html = documentOf(`${page.question}_健康问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. misnested-markup ---

/**
 * F6. An old template whose markup the HTML parser repairs, as browsers do: a layout table whose
 * card (50%) or date line (50%) stands between two rows, outside any cell (the parser moves it before
 * the table, so it shows above the question); the answer's paragraphs as `<div>`s inside a
 * `<p class>` (the parser closes the `<p>` before the first `<div>`, and the closing `</p>` after the
 * last one makes an empty `<p>`) on half, otherwise `<p>`s with a `<b>` opened in the first and closed
 * in the second (the parser carries the bold over) on 40%; a `<b>`, `<strong>` or `<font color>` left
 * open in the `<h1>` on 40% (carried over every later block of the cell); a stray `</div>` or two. A plain card
 * (grade on 60%), date line (format on 40%), disclaimer and plain related list (dated on half).
 */
const misnestedMarkup: Family = {
  name: 'misnested-markup',
  split: 'fresh-24',
  site: 'www.xiufu-biaoqian.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const strayCard = rng.chance(0.5);
    const strayWhen = rng.chance(0.5);
    const divsInP = rng.chance(0.5);
    const boldAcross = !divsInP && page.paragraphs.length > 1 && rng.chance(0.4);
    const answer = divsInP
      ? `<p${cls(rng)}>${page.paragraphs.map((p) => `<div>${esc(p)}</div>`).join('')}</p>`
      : boldAcross
        ? page.paragraphs
            .map((p, i) => {
              const cut = Math.max(1, Math.floor([...p].length / 2));
              const text = [...p];
              if (i === 0) return `<p>${esc(text.slice(0, cut).join(''))}<b>${esc(text.slice(cut).join(''))}</p>`;
              if (i === 1) return `<p>${esc(text.slice(0, cut).join(''))}</b>${esc(text.slice(cut).join(''))}</p>`;
              return `<p>${esc(p)}</p>`;
            })
            .join('')
        : paragraphsHtml(page.paragraphs);
    const stray = rng.chance(0.5) ? '</div>' : '';
    // An inline element left open in the heading: the parser carries it over every later block of the cell.
    const open = rng.chance(0.4) ? rng.pick(['<b>', '<font color="#c00">', '<strong>']) : '';
    const body = `<table${cls(rng)} width="960" align="center"><tr><td><a href="/">医患问答</a> | <a href="/ask/">我要提问</a></td></tr>
${strayCard ? card : ''}${strayWhen ? when : ''}
<tr><td${cls(rng)}><h1${cls(rng)}>${open}${esc(page.question)}</h1>
${strayCard ? '' : card}${strayWhen ? '' : when}
<div${cls(rng)}>${answer}</div>${stray}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p></td></tr></table>
${relatedList(rng, page.related, datedItems)}${rng.chance(0.5) ? '</div>' : ''}
<div${cls(rng)}>版权所有 医患问答</div>`;
    const html = documentOf(`${page.question}-医患问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH24_FAMILIES: readonly Family[] = [dualDateItems, seoH1Suffix, replyTemplate, paddedNames, shortYearDates, misnestedMarkup];
