import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, cardPlain, dayText, documentOf, formatWord, plainCard, plainKey, relatedList, relatedWith, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-third fresh held-out set (split `fresh-23`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real crawled or saved HTML does to one (from memory, no copied
 * markup), that no earlier family covers: a 科普 answer citing its sources with footnote marks and a
 * 参考文献 list; a page whose text carries an invisible anti-copy watermark (zero-width characters
 * and soft hyphens between the characters); a page saved after the browser translated it (every text
 * run wrapped in Google Translate's nested `<font style="vertical-align: inherit;">`); an answer
 * pasted from a PDF whose fonts turned common characters into Kangxi radical lookalikes; a page
 * whose links resolve against a `<base href>` (another folder or another host); a card and date line
 * drawn with an icon font (private-use code points standing for pictures).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - footnote-refs: the footnote marks (`[1]`, `¹`, `<sup>2,3</sup>`) are apparatus, none of the
 *   answer's text (as a reader quoting the answer leaves them out); the 参考文献 list is none of the
 *   answer, and its links (doi, journal sites) are no related items.
 * - zero-width-watermark: zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and soft
 *   hyphens show nothing: the text is the text without them, in the question, card, answer and list.
 * - translate-fonts: what shows is the translated text the saved page holds (the page was Traditional
 *   Chinese, translated to Simplified; the key is the Simplified text); the `<font>` wrappers split
 *   the text at sentences but print nothing; the 翻译 bar Chrome injects is none of the page.
 * - pdf-radicals: a Kangxi radical standing for a character (⽣, ⾎, ⼤ … U+2F00–U+2FD5, which
 *   Unicode's compatibility normalization, NFKC, maps to 生, 血, 大) shows that character and is
 *   keyed as it: the answer as a person reading it would write it down, the same glyphs.
 * - base-href: a relative link resolves against the `<base href>` where the head gives one, as a
 *   browser resolves it: an item's address is the resolved one, even on another host than the
 *   canonical (a mobile host) — the key says so item by item.
 * - iconfont-pua: a private-use code point (U+E000–U+F8FF) drawn by an icon font is a picture, no
 *   text: the card's values, the date and the format word are the text beside the icons; the stars
 *   of a rating are none of the card.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const paragraphsOf = (paragraphs: readonly string[], one: (p: string, i: number) => string) => paragraphs.map((p, i) => `<p>${one(p, i)}</p>`).join('');

// --- F1. footnote-refs ---

const JOURNALS = ['中华内科杂志', '中华医学杂志', '中国实用内科杂志', '中华全科医师杂志', '中华预防医学杂志'];
const GUIDE_BODIES = ['中华医学会', '中国医师协会', '国家卫生健康委员会', '中华预防医学会'];

/**
 * F1. A 科普 Q&A page whose answer cites its sources: a footnote mark after the sentence's or the
 * paragraph's end on most paragraphs — `<sup>[1]</sup>`, `<sup><a href="#ref-2">[2]</a></sup>`,
 * a superscript digit (`¹ ² ³`) or `<sup>2,3</sup>` —, then a 参考文献 list (an `<ol>` of
 * `[n] 中华医学会…指南（20xx年版）[J]. 中华内科杂志, 20xx, 59(3): 1-10.` lines with doi links on half);
 * an ordinary card (grade on 60%), date line (format on 40%), disclaimer and related list (dated on half).
 */
const footnoteRefs: Family = {
  name: 'footnote-refs',
  split: 'fresh-23',
  site: 'kepu.cankao-wenxian.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const style = rng.pick(['bracket', 'linked', 'unicode', 'pair'] as const);
    const sup = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let n = 0;
    const mark = () => {
      n++;
      if (style === 'bracket') return `<sup>[${n}]</sup>`;
      if (style === 'linked') return `<sup${cls(rng)}><a href="#ref-${n}">[${n}]</a></sup>`;
      if (style === 'unicode') return sup[(n - 1) % 9]!;
      return `<sup>${n},${n + 1}</sup>`;
    };
    const answer = paragraphsOf(page.paragraphs, (p) => {
      if (!rng.chance(0.75)) return esc(p);
      // The mark after the paragraph's end, or before its closing stop.
      return rng.chance(0.5) || !/[。！？]$/u.test(p) ? `${esc(p)}${mark()}` : `${esc(p.slice(0, -1))}${mark()}${p.slice(-1)}`;
    });
    const refs = Math.max(n + (style === 'pair' ? 1 : 0), 1);
    const topic = topicWord(page);
    const refList = `<div${cls(rng)}><h4>${rng.pick(['参考文献', '参考资料', '文献来源'])}</h4><ol${cls(rng)}>${Array.from({ length: refs }, (_, i) => {
      const year = rng.int(2012, 2023);
      const doi = `10.3760/cma.j.cn${rng.int(100000, 999999)}-${year}${token(rng, 4)}`;
      return `<li id="ref-${i + 1}">[${i + 1}] ${rng.pick(GUIDE_BODIES)}. ${esc(topic)}${rng.pick(['诊疗指南', '基层诊疗指南', '专家共识'])}（${year}年版）[J]. ${rng.pick(JOURNALS)}, ${year}, ${rng.int(30, 62)}(${rng.int(1, 12)}): ${rng.int(1, 400)}-${rng.int(401, 800)}.${rng.chance(0.5) ? ` <a href="https://doi.org/${doi}" rel="nofollow">DOI:${doi}</a>` : ''}</li>`;
    }).join('\n')}</ol></div>`;
    const body = `<header${cls(rng)}><a href="/">科普问答</a> <a href="/ks/">找科室</a></header>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${answer}</div>\n${refList}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<footer${cls(rng)}>© 2024 科普问答</footer>`;
    const html = documentOf(`${page.question}_科普问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. zero-width-watermark ---

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '&#8203;', '&shy;', '&#x200B;'];

/**
 * F2. A Q&A page guarding its text against copying with an invisible watermark: between the
 * characters of the answer (every one to every fifth), and on half the pages of the question, the
 * doctor's name and the related questions too, zero-width characters (as characters or as numeric
 * references) and soft hyphens; a `user-select:none` style and a 复制请注明出处 note on half. An ordinary
 * card (grade on 50%), date line (format on 40%) and related list (dated on half).
 */
const zeroWidthWatermark: Family = {
  name: 'zero-width-watermark',
  split: 'fresh-23',
  site: 'www.fangzhuan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const every = rng.int(1, 5);
    const marks = INVISIBLE.filter(() => rng.chance(0.6));
    const pool = marks.length ? marks : ['\u200b'];
    const everywhere = rng.chance(0.5);
    const mark = (s: string) =>
      [...s].map((ch, i) => `${esc(ch)}${i % every === every - 1 && i < s.length - 1 ? rng.pick(pool) : ''}`).join('');
    const q = everywhere ? mark : esc;
    const card = plainCard(rng, page, gradeShown);
    const nameMarked = everywhere ? card.replace(esc(page.doctor.name!), mark(page.doctor.name!)) : card;
    const body = `<div${cls(rng)}><a href="/">问医生</a> <a href="/app">下载APP</a></div>
${wrap(rng, `<h1${cls(rng)}>${q(page.question)}</h1>\n${nameMarked}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}${rng.chance(0.5) ? ' style="user-select:none;-webkit-user-select:none"' : ''}>${paragraphsOf(page.paragraphs, mark)}</div>`)}
${rng.chance(0.5) ? `<p${cls(rng)}>著作权归作者所有，复制请注明出处。</p>` : ''}
${relatedList(rng, page.related, datedItems, undefined, q)}`;
    const html = documentOf(`${page.question}-问医生`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. translate-fonts ---

const GT = '<font style="vertical-align: inherit;">';

/** Every text run of `html` wrapped as Google Translate leaves it: each sentence in two nested `<font>`s. */
const translated = (html: string) =>
  html.replace(/>([^<>]+)</g, (_m, text: string) => {
    if (!text.trim()) return `>${text}<`;
    const sentences = text.split(/(?<=[。！？；])/u).filter((s) => s.length);
    return `>${sentences.map((s) => `${GT}${GT}${s}</font></font>`).join('')}<`;
  });

/**
 * F3. A Traditional Chinese Q&A page (a Hong Kong or Taiwan mirror) saved after Chrome translated it
 * to Simplified Chinese: `<html lang="zh-TW" class="translated-ltr">`, the translate stylesheet in
 * the head, every text run of the body replaced by its translation in nested
 * `<font style="vertical-align: inherit;">` pairs, one pair a sentence; on 60% Chrome's own 翻译 bar
 * markup (`原文` / `已翻译成：中文（简体）`) saved at the top. An ordinary card (grade on 60%), date
 * line (format on 40%), answer and related list (dated on half).
 */
const translateFonts: Family = {
  name: 'translate-fonts',
  split: 'fresh-23',
  site: 'www.hk-yisheng-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const inner = `<div${cls(rng)}><a href="/">医生问答</a> <a href="/zh-hk/ask">提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<footer${cls(rng)}>© 2024 医生问答</footer>`;
    const bar = rng.chance(0.6)
      ? `<div id="goog-gt-tt" class="skiptranslate" dir="ltr" style="display:none"><div>原文</div></div>\n`
      : '';
    const head = `<link type="text/css" rel="stylesheet" charset="UTF-8" href="https://translate.googleapis.com/translate_static/css/translateelement.css">\n`;
    const html = documentOf(`${page.question} | 醫生問答`, page.canonical, head, `${bar}${translated(inner)}`)
      .replace('<html lang="zh-CN">', '<html lang="zh-TW" class="translated-ltr">');
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. pdf-radicals ---

/** Each CJK character that a Kangxi radical (U+2F00–U+2FD5) stands for, and that radical: what PDF text copied out gives. */
const RADICAL_OF = new Map(
  Array.from({ length: 0x2fd6 - 0x2f00 }, (_, i) => String.fromCodePoint(0x2f00 + i)).map((radical) => [radical.normalize('NFKC'), radical] as const),
);

/**
 * F4. A Q&A page whose answer the doctor pasted from a PDF (a 科普 leaflet, a guideline): the PDF's
 * fonts map common characters to their Kangxi radical lookalikes (⽣ for 生, ⾎ for 血, ⼤ for 大,
 * ⽤ for 用, ⽅ for 方 …), so that the answer shows the same glyphs but holds other code points: every
 * such character so replaced on 60% of pages, a share (40–90%) of them otherwise. The rest of the
 * page typed normally: the `<h1>`, a plain card (grade on 60%), the date line (format on 40%),
 * a disclaimer and an ordinary related list (dated on half).
 */
const pdfRadicals: Family = {
  name: 'pdf-radicals',
  split: 'fresh-23',
  site: 'www.pdf-fuzhi-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const share = rng.chance(0.6) ? 1 : rng.int(40, 90) / 100;
    const pasted = (p: string) => esc([...p].map((ch) => (RADICAL_OF.has(ch) && rng.chance(share) ? RADICAL_OF.get(ch)! : ch)).join(''));
    const body = `<div${cls(rng)}><a href="/">问诊网</a> <a href="/jibing/">疾病</a> <a href="/yisheng/">医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}` : `${whenLine(rng, page, printFormat)}\n${plainCard(rng, page, gradeShown)}`}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, pasted)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 问诊网</div>`;
    const html = documentOf(`${page.question}_问诊网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. base-href ---

/**
 * F5. A Q&A page whose head sets `<base href>` and whose related links are relative to it: the base a
 * folder of the same host with links `../q/N.html` (35%), the site's root with links `q/N.html` (30%:
 * without the base they would resolve under `/q/q/`), or a mobile or CDN host's root with links
 * `q/N.html` (35%: the items live on that host); links written `./q/N.html` now and then. An ordinary
 * page otherwise: `<h1>`, plain card (grade on 60%), date line (format on 40%), answer, related list
 * (dated on half), the canonical link kept.
 */
const baseHref: Family = {
  name: 'base-href',
  split: 'fresh-23',
  site: 'www.jizhun-lianjie.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const kind = rng.weighted([['folder', 35], ['root', 30], ['host', 35]] as const);
    const host = kind === 'host' ? rng.pick(['m.jizhun-lianjie.example', 'static.jizhun-cdn.example', 'wap.jizhun-lianjie.example']) : 'www.jizhun-lianjie.example';
    const base = kind === 'folder' ? `https://${host}/${rng.pick(['wenda', 'ask', 'zixun'])}/` : `https://${host}/`;
    const dot = rng.chance(0.3) ? './' : '';
    const href = (path: string) => (kind === 'folder' ? `..${path}` : `${dot}${path.slice(1)}`);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${href(r.path)}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="./">首页</a> <a href="ks/">科室</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
${list}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`;
    const html = documentOf(`${page.question} - 基准问答`, page.canonical, `<base href="${base}"${rng.chance(0.3) ? ' target="_blank"' : ''}>\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(href(page.related[i]!.path), base).href })),
      }),
    };
  },
};

// --- F6. iconfont-pua ---

/** Private-use code points as an icon font's glyphs (hospital, department, clock, play, star, badge). */
const ICON = { hospital: '\ue61a', dept: '\ue63c', clock: '\ue6b2', voice: '\ue7a1', star: '\ue60b', badge: '\ue71e', title: '\ue655' };

/**
 * F6. A mobile Q&A page drawn with an icon font: each card value behind an `<i class="iconfont">`
 * holding a private-use glyph (as the character or `&#xe61a;`), the title beside a badge glyph, a
 * row of 3–5 star glyphs for the 评分 with its number on half, the date behind a clock glyph and the
 * format word behind a play or text glyph (format printed on 45%); on 30% the glyphs stand bare in
 * the text, without the `<i>`. The answer, a disclaimer and an ordinary related list (dated on half).
 */
const iconfontPua: Family = {
  name: 'iconfont-pua',
  split: 'fresh-23',
  site: 'm.tubiao-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.45);
    const datedItems = rng.chance(0.5);
    const bare = rng.chance(0.3);
    const ref = rng.chance(0.5);
    const icon = (glyph: string) => {
      const ch = ref ? `&#x${glyph.codePointAt(0)!.toString(16)};` : glyph;
      return bare ? ch : `<i class="iconfont${rng.chance(0.5) ? ` icon-${token(rng, 3)}` : ''}">${ch}</i>`;
    };
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `<span${cls(rng)}>${d.hospital_grade}</span>`]) : '';
    const stars = rng.chance(0.6) ? `<div${cls(rng)}>${icon(ICON.star).repeat(rng.int(3, 5))}${rng.chance(0.5) ? ` <b>${(4 + rng.int(0, 9) / 10).toFixed(1)}</b>` : ''}</div>` : '';
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 997}.png" alt=""><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${icon(ICON.title)}${d.title}</span></div>
<p${cls(rng)}>${icon(ICON.hospital)}${esc(d.hospital!)}${grade}</p><p${cls(rng)}>${icon(ICON.dept)}${esc(d.department!)}</p>${stars}</div>`;
    const format = printFormat ? ` <span${cls(rng)}>${icon(page.format === 'voice' || page.format === 'video' ? ICON.voice : ICON.badge)}${formatWord(rng, page.format)}</span>` : '';
    const when = `<div${cls(rng)}>${icon(ICON.clock)}${dayText(rng, page.date!, page.time)}${format}</div>`;
    const body = `<div${cls(rng)}>${icon('\ue600')} <a href="/">图标问诊</a> ${icon('\ue6f3')}</div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}_图标问诊`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH23_FAMILIES: readonly Family[] = [footnoteRefs, zeroWidthWatermark, translateFonts, pdfRadicals, baseHref, iconfontPua];
