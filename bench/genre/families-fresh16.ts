import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { FEW_TITLES, RELATED_HEADS, cnDate, dayText, formatWord, hm, hospitalWithGrade, otherName, relatedWith, shift } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Sixteenth fresh held-out set (split `fresh-16`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a page laid out with CSS flex /
 * grid `order` so that the source order of its parts differs from the order displayed (the related
 * list or the card before the answer in the source); an encyclopedia-linked answer (百科词条 links and
 * bold terms inside sentences, footnote markers [1][2], a 参考文献 list and a 相关疾病 box); a related
 * list printed as a table (question | doctor | snippet | date | type) with a pager (上一页 1 2 3 下一页,
 * 共128条); a page saved from a search engine's cache or a reader app (a snapshot banner with its own
 * day, the whole content in one `<div>` of `<br><br>` lines and `&nbsp;` indents); a doctor card with a
 * picture-less initials avatar (王 in a circle) before the full name, trust badges and counters; an
 * answer given in timestamped parts (语音 60″ with its transcript, then 补充 图文, a patient's 追问
 * between them now and then).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a cut item is no item).
 * - grid-order: what is printed is keyed, not where it stands in the source: the card, the date
 *   line and the related list may come before the answer in the source and be shown after it (or
 *   the reverse) by `order`; every field is the same as on an ordinary page.
 * - baike-links: a link or a bold inside a sentence is part of the sentence (its words are the
 *   answer's); a footnote marker (`[1]`, `[2]` in a `<sup>`) is a reference mark, none of the
 *   paragraph's words; the 参考文献 list is none of the answer; the 相关疾病 / 百科词条 box of linked
 *   terms is no related list (its items are encyclopedia entries, not questions).
 * - table-pager: each table row is one related item (question from the linked cell, snippet the
 *   摘要 cell, date and format from their columns where the page prints those columns); the other
 *   doctor named in a row is that item's doctor, none of the page's; the pager (上一页 / 下一页 /
 *   numbers) and the total (共128条) are no items: the count is the rows printed.
 * - cache-banner: the snapshot banner (快照 / 缓存 / 保存于 and its day) is the cache's, not the page's:
 *   it dates nothing; the answer's date is the one the saved page prints (null where it prints none);
 *   `&nbsp;` indentation is no part of a paragraph; a paragraph is one `<br><br>`-separated run.
 * - initials-avatar: the avatar's letter (the surname, or the name's last one or two characters)
 *   is a picture-less picture, none of the name; badges (已认证, 平台认证, 实名认证, 执业资格已核验) and
 *   counters (帮助患者 1.2万, 好评率 98%, 回复 3562) are no card values; the title is the card's title.
 * - multi-part: the answer is every part the doctor gave, in order (a voice part's transcript, then
 *   the text parts); the patient's 追问 between them is none of it; the page's date is the first
 *   part's day, the later parts' times date nothing; the format is the first part's where a format
 *   word or a voice/video player is printed for it (a voice part shows 语音 and its length).
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

type Related = TruthPage['related'][number];

/** An ordinary card: name, title, hospital with its grade or not, department, in one of a few arrangements. */
function plainCard(rng: Rng, page: TruthPage, gradeShown: boolean): string {
  const d = page.doctor;
  const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
  return rng.pick([
    `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hosp} ${esc(d.department!)}</p></div>`,
    `<div${cls(rng)}><p>回答医生：<a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> ${d.title}</p><p>${esc(d.department!)} | ${hosp}</p></div>`,
  ]);
}

/**
 * F1. A page laid out with CSS flex or grid whose parts carry `order` (inline or by classes a
 * `<style>` defines): the source order is drawn afresh — the related list, the card or the date line
 * may stand before the answer in the source and be shown after it, or the card after the answer in
 * the source and shown before it — while the displayed order is the ordinary one (question, card,
 * date, answer, disclaimer, related list). Grade on 60%, format word on 40%, item dates on half.
 */
const gridOrder: Family = {
  name: 'grid-order',
  split: 'fresh-16',
  site: 'www.wangge-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const byClass = rng.chance(0.5);
    const grid = rng.chance(0.5);
    const when = `<div>${rng.pick([`发布于 ${dayText(rng, page.date!, page.time)}`, `回答时间：${dayText(rng, page.date!, page.time)}`, `${dayText(rng, page.date!)} 回答`])}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    // The displayed order: each part's `order`.
    const parts: { key: string; html: string }[] = [
      { key: 'q', html: `<h1${cls(rng)}>${esc(page.question)}</h1>` },
      { key: 'card', html: plainCard(rng, page, gradeShown) },
      { key: 'when', html: when },
      { key: 'answer', html: `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>` },
      { key: 'tip', html: `<p>${rng.pick(['温馨提示：以上内容仅供参考，不能替代面诊。', '提示：本内容不能代替面诊，如有不适请尽快就医。'])}</p>` },
      ...(page.related.length ? [{ key: 'rel', html: `<div><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` }] : []),
    ];
    // The source order: one or two parts moved elsewhere after the question.
    const source = parts.map((p, i) => ({ ...p, order: i + 1 }));
    const moves = rng.int(1, 2);
    for (let m = 0; m < moves; m++) {
      const from = rng.int(1, source.length - 1);
      const [part] = source.splice(from, 1);
      source.splice(rng.int(1, source.length), 0, part!);
    }
    const prefix = rng.pick(['g', 'o', 'pos', 'ord']);
    const styleRules = byClass ? source.map((p) => `.${prefix}-${p.key}{order:${p.order}}`).join('') : '';
    const body = source
      .map((p) => {
        const attr = byClass ? ` class="${prefix}-${p.key}"` : ` style="order:${p.order}"`;
        return `<section${attr}>${p.html}</section>`;
      })
      .join('\n');
    const container = grid ? 'display:grid;grid-template-columns:1fr' : 'display:flex;flex-direction:column';
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-网格问答</title>
<link rel="canonical" href="${page.canonical}">
<style>.wrap-main{${container}}${styleRules}</style>
</head>
<body>
<div${cls(rng)}><a href="/">网格问答</a> <a href="/ask/">问医生</a> <a href="/jibing/">疾病</a></div>
${wrap(rng, `<main class="wrap-main">\n${body}\n</main>`)}
<div${cls(rng)}>© 网格问答 版权所有</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** Splits a paragraph into runs: up to three linked or bold spans, footnote marks after some 。 ，. */
function markedUp(rng: Rng, text: string, footnotes: { next: number }): string {
  const chars = Array.from(text);
  const spans: { at: number; len: number; kind: 'a' | 'b' }[] = [];
  for (let t = 0; t < 6 && spans.length < 3; t++) {
    const len = rng.int(2, 4);
    if (chars.length < len + 2) break;
    const at = rng.int(0, chars.length - len);
    const slice = chars.slice(at, at + len);
    if (slice.some((c) => /[，。、；：,.;:！？（）\s]/u.test(c))) continue;
    if (spans.some((s) => at < s.at + s.len + 1 && s.at < at + len + 1)) continue;
    spans.push({ at, len, kind: rng.chance(0.6) ? 'a' : 'b' });
  }
  const marks = new Set<number>();
  chars.forEach((c, i) => {
    if ((c === '。' || c === '，') && rng.chance(0.15) && !spans.some((s) => i >= s.at && i < s.at + s.len)) marks.add(i + 1);
  });
  if (rng.chance(0.3)) marks.add(chars.length);
  let out = '';
  for (let i = 0; i <= chars.length; i++) {
    if (marks.has(i)) {
      const n = footnotes.next++;
      out += rng.pick([`<sup>[${n}]</sup>`, `<sup${cls(rng)}><a href="#ref-${n}">[${n}]</a></sup>`]);
    }
    if (i === chars.length) break;
    const span = spans.find((s) => s.at === i);
    if (span) {
      const words = esc(chars.slice(i, i + span.len).join(''));
      out +=
        span.kind === 'a'
          ? `<a href="/baike/${rng.int(1000, 99999)}.html" target="_blank"${rng.chance(0.5) ? ' class="baike-link"' : cls(rng)}>${words}</a>`
          : rng.pick([`<b>${words}</b>`, `<strong>${words}</strong>`]);
      i += span.len - 1;
      continue;
    }
    out += esc(chars[i]!);
  }
  return out;
}

const REFERENCES = [
  '葛均波，徐永健，王辰. 内科学[M]. 第9版. 北京：人民卫生出版社，2018.',
  '陈孝平，汪建平，赵继宗. 外科学[M]. 第9版. 北京：人民卫生出版社，2018.',
  '中华医学会. 临床诊疗指南[M]. 北京：人民卫生出版社，2019.',
  '王卫平，孙锟，常立文. 儿科学[M]. 第9版. 北京：人民卫生出版社，2018.',
  '谢幸，孔北华，段涛. 妇产科学[M]. 第9版. 北京：人民卫生出版社，2018.',
];

/**
 * F2. An encyclopedia-linked answer (健康百科 / 词条 kind): the answer's paragraphs hold inline links
 * to disease entries (`/baike/….html`, class baike-link or none) and bold terms inside sentences,
 * footnote markers `<sup>[1]</sup>` (or linked to #ref-1) after some sentences, then a 参考文献 list
 * (numbered, `[1] 作者. 书名[M]…`) after the answer, a 本文由…审核 line on 40% naming the same doctor, a
 * 相关疾病 / 相关词条 box of linked terms before or after the related list. Date as 更新时间 / 发布时间.
 */
const baikeLinks: Family = {
  name: 'baike-links',
  split: 'fresh-16',
  site: 'www.citiao-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const footnotes = { next: 1 };
    const paras = page.paragraphs.map((p) => `<p${rng.chance(0.3) ? cls(rng) : ''}>${markedUp(rng, p, footnotes)}</p>`).join('\n');
    const refCount = Math.max(footnotes.next - 1, rng.int(1, 3));
    const refs = Array.from({ length: refCount }, (_, i) => `<li id="ref-${i + 1}">[${i + 1}] ${esc(REFERENCES[(page.item.num + i) % REFERENCES.length]!)}</li>`).join('');
    const refsHtml = `<div${cls(rng)}><h4>${rng.pick(['参考文献', '参考资料', '参考来源'])}</h4><ol${cls(rng)}>${refs}</ol></div>`;
    const terms = Array.from({ length: rng.int(3, 6) }, () => rng.pick(['高血压', '糖尿病', '胃炎', '失眠', '湿疹', '颈椎病', '贫血', '鼻炎', '痛风', '便秘']));
    const box = `<div${cls(rng)}><h3>${rng.pick(['相关疾病', '相关词条', '疾病百科'])}</h3><ul${cls(rng)}>${[...new Set(terms)].map((t) => `<li><a href="/baike/${encodeURIComponent(t)}/">${t}</a></li>`).join('')}</ul></div>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<em${cls(rng)}>${r.date}</em>` : ''}</li>`,
    );
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const sideFirst = rng.chance(0.5);
    const review = rng.chance(0.4) ? `<p${cls(rng)}>本文由${esc(d.name!)}医生审核</p>` : '';
    const when = `<div${cls(rng)}>${rng.pick(['更新时间：', '发布时间：', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? ` · ${formatWord(rng, page.format)}` : ''}</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_词条健康</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">词条健康</a> <a href="/baike/">疾病百科</a> <a href="/ask/">健康问答</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}>${paras}</div>\n${review}\n${refsHtml}`)}
<p${cls(rng)}>声明：本文内容仅供参考，不能代替专业医生的诊断和治疗。</p>
${sideFirst ? `${box}\n${related}` : `${related}\n${box}`}
<div${cls(rng)}>© 词条健康</div>
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
 * F3. A related list printed as a table: a heading with the total (`相关问题（共128条）`), a `<thead>` of
 * 问题 | 回答医生 | 摘要 | 时间 | 类型 (the date column on 60%, the type column on 50%; the snippet in its
 * own column or under the linked question in the same cell), one `<tr>` per item with another doctor's
 * name and title, then a pager (上一页 1 2 3 … 下一页, 共N条 第1/M页, or a 加载更多 button) linking to the
 * list's other pages. The page's card and answer as an ordinary page.
 */
const tablePager: Family = {
  name: 'table-pager',
  split: 'fresh-16',
  site: 'www.biaoge-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const dateCol = rng.chance(0.6);
    const typeCol = rng.chance(0.5);
    const snippetCol = rng.chance(0.5);
    const total = page.related.length + rng.int(20, 300);
    const pages = Math.ceil(total / page.related.length || 1);
    const dateCell = (iso: string) => rng.pick([iso, iso.replace(/-/g, '/'), iso.replace(/-/g, '.')]);
    const row = (r: Related) => {
      const q = `<a href="${r.path}" target="_blank">${esc(r.question)}</a>`;
      const cells = [
        snippetCol ? q : `${q}<p${cls(rng)}>${esc(r.snippet)}</p>`,
        `${otherName(rng)} ${rng.pick(FEW_TITLES)}`,
        ...(snippetCol ? [esc(r.snippet)] : []),
        ...(dateCol ? [dateCell(r.date!)] : []),
        ...(typeCol ? [r.format === 'unknown' ? '-' : formatWord(rng, r.format)] : []),
      ];
      return `<tr${cls(rng)}>${cells.map((c) => `<td${cls(rng)}>${c}</td>`).join('')}</tr>`;
    };
    const head = ['问题', '回答医生', ...(snippetCol ? ['摘要'] : []), ...(dateCol ? ['时间'] : []), ...(typeCol ? ['类型'] : [])];
    const base = `/q/list/${page.item.num % 997}`;
    const pager = rng.chance(0.75)
      ? `<div${cls(rng)}><a href="javascript:;" class="disabled">上一页</a> <span class="cur">1</span> ${[2, 3].map((n) => `<a href="${base}_${n}.html">${n}</a>`).join(' ')} <span>…</span> <a href="${base}_${pages}.html">${pages}</a> <a href="${base}_2.html">下一页</a> <span>共${total}条 第1/${pages}页</span></div>`
      : `<div${cls(rng)}><a href="${base}_2.html"${cls(rng)}>加载更多</a> <span>共${total}条</span></div>`;
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}<small>（共${total}条）</small></h3><table${cls(rng)}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${page.related.map(row).join('\n')}</tbody></table>${pager}</div>`
      : '';
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '时间：', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 表格问医</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">表格问医</a> &gt; <a href="/q/">问答</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>以上回答仅供参考，请以面诊结果为准。</p>
${related}
<div${cls(rng)}>表格问医 版权所有</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: typeCol ? e.format : 'unknown', date: dateCol ? e.date : null })),
      }),
    };
  },
};

/**
 * F4. A page saved from a search engine's cache or a reader app: a banner at the top (这是 … 对 URL 的
 * 缓存。这是该网页在 2024年3月2日 08:11:09 GMT 的快照。 / 百度快照 … / 本文由 … 保存于 day), the
 * original's address linked in it, then the whole content in one `<div>` (or `<td>`) of lines
 * joined by `<br>`: the question in `<b>` or plain, the card as one line (labelled or not), the date
 * line on 75% (回答时间 / 发布日期), the paragraphs separated by `<br><br>` and indented by four
 * `&nbsp;` or two `&emsp;`, the disclaimer, the related list as linked questions with their snippet
 * and (on half) date on the lines under them, links absolute to the original site.
 */
const cacheBanner: Family = {
  name: 'cache-banner',
  split: 'fresh-16',
  site: 'www.kuaizhao-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const dateShown = rng.chance(0.75);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const origin = new URL(page.canonical).origin;
    const snap = shift(page.date!, rng.int(20, 700));
    const url = page.canonical;
    const banner = rng.pick([
      `<div style="background:#fff;border:1px solid #ccc;padding:8px">这是 Google 对 <a href="${url}">${url}</a> 的缓存。 这是该网页在 ${cnDate(snap)} ${hm(rng)}:${String(rng.int(10, 59))} GMT 的快照。 当前页在此期间可能已经更改。 <a href="#">了解详情</a></div>`,
      `<div style="border:1px solid #999;padding:6px">百度快照 您查询的关键词仅在网页标题中出现。 百度和网页 <a href="${url}">${url}</a> 的作者无关，不对其内容负责。快照日期：${snap}</div>`,
      `<div style="color:#888;font-size:12px">本文由阅读助手保存于 ${snap.replace(/-/g, '/')} ${hm(rng)} · 原文地址：<a href="${url}">${url}</a></div>`,
    ]);
    const indent = rng.pick(['&nbsp;&nbsp;&nbsp;&nbsp;', '&emsp;&emsp;', '　　']);
    const grade = gradeShown ? `（${d.hospital_grade}）` : '';
    const cardLine = rng.chance(0.5)
      ? `回答医生：${esc(d.name!)}　${d.title}　${esc(d.hospital!)}${grade}　${esc(d.department!)}`
      : `${esc(d.name!)} ${d.title}<br>${esc(d.department!)} ${esc(d.hospital!)}${grade}`;
    const lines: string[] = [];
    lines.push(rng.chance(0.5) ? `<b>${esc(page.question)}</b>` : esc(page.question));
    lines.push(cardLine);
    if (dateShown) lines.push(`${rng.pick(['回答时间：', '发布日期：', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? `　${formatWord(rng, page.format)}` : ''}`);
    else if (printFormat) lines.push(`回答形式：${formatWord(rng, page.format)}`);
    const answer = page.paragraphs.map((p) => `${indent}${esc(p)}`).join('<br><br>');
    const items = page.related.map((r) => `<a href="${origin}${r.path}">${esc(r.question)}</a><br>${esc(r.snippet)}${datedItems ? `<br>${r.date}` : ''}`);
    const related = page.related.length ? `<br><br>${rng.pick(RELATED_HEADS)}：<br>${items.join('<br><br>')}` : '';
    const content = `${lines.join('<br>')}<br><br>${answer}<br><br>提示：本内容不能代替面诊，如有不适请尽快就医。${related}`;
    const holder = rng.chance(0.7) ? `<div${cls(rng)} style="font-size:14px;line-height:1.8">${content}</div>` : `<table width="100%"><tr><td${cls(rng)}>${content}</td></tr></table>`;
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<base href="${url}">
<title>${esc(page.question)}-快照问医</title>
</head>
<body>
${banner}
<div style="position:relative">
${holder}
</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: dateShown ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const BADGES = ['已认证', '平台认证', '实名认证', '执业资格已核验', '官方认证', '资质已审核'];

/** Counters a doctor card shows: 帮助患者 1.2万, 好评率 98%, 回复 3562 … */
const counters = (rng: Rng) =>
  [
    `帮助患者 ${rng.chance(0.5) ? `${rng.int(1, 9)}.${rng.int(0, 9)}万` : rng.int(200, 9999)}`,
    `好评率 ${rng.int(90, 100)}%`,
    `回复 ${rng.int(100, 9999)}`,
    `平均响应 ${rng.int(5, 60)}分钟`,
    `关注 ${rng.int(1, 30)}${rng.pick(['万', '千', ''])}`,
  ].filter(() => rng.chance(0.6));

/**
 * F5. A doctor card with a picture-less initials avatar: a coloured circle (`border-radius:50%`,
 * background colour) holding the surname (or the name's last one or two characters), right before
 * the full name with nothing between; badges after the name (已认证, 平台认证, 执业资格已核验 …, as
 * text, or a ✓ icon and text), the title, hospital and grade (on 60%), department, and counters
 * (帮助患者 1.2万, 好评率 98%, 回复 3562, 平均响应 12分钟) in a row. Related items show their own
 * doctor's avatar letter and name under the snippet on half the pages.
 */
const initialsAvatar: Family = {
  name: 'initials-avatar',
  split: 'fresh-16',
  site: 'm.touxiang-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const itemDoctors = rng.chance(0.5);
    const colour = () => rng.pick(['#4a90e2', '#f5a623', '#7ed321', '#bd10e0', '#50e3c2']);
    const letter = (name: string) => rng.weighted([[name.slice(0, 1), 6], [name.slice(-2), 2], [name.slice(-1), 1]] as const);
    const avatar = (name: string) => `<div${cls(rng)} style="width:40px;height:40px;border-radius:50%;background:${colour()};color:#fff;text-align:center;line-height:40px">${esc(letter(name))}</div>`;
    const badges = Array.from(new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(BADGES))))
      .map((b) => `<span${cls(rng)}>${rng.chance(0.4) ? '✓' : ''}${b}</span>`)
      .join('');
    const nameRow = `${avatar(d.name!)}<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b>${rng.chance(0.5) ? `${badges} <span${cls(rng)}>${d.title}</span>` : ` <span${cls(rng)}>${d.title}</span>${badges}`}</div>`;
    const place = `<div${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} <span${cls(rng)}>${esc(d.department!)}</span></div>`;
    const stats = `<div${cls(rng)}>${counters(rng)
      .map((c) => `<span${cls(rng)}>${c}</span>`)
      .join(' ')}</div>`;
    const card = `<div${cls(rng)} style="display:flex">${nameRow}</div>${rng.chance(0.5) ? `${place}${stats}` : `${stats}${place}`}`;
    const when = `<div${cls(rng)}>${rng.pick([`${dayText(rng, page.date!, page.time)} 回答`, `回答于 ${dayText(rng, page.date!)}`])}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const items = page.related.map((r) => {
      const who = otherName(rng);
      return `<li${cls(rng)}><a href="${r.path}"><h4${cls(rng)}>${esc(r.question)}</h4><p${cls(rng)}>${esc(r.snippet)}</p></a>${itemDoctors ? `<div${cls(rng)} style="display:flex">${avatar(who)}<span${cls(rng)}>${who} ${rng.pick(FEW_TITLES)}</span></div>` : ''}${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`;
    });
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)}_头像问医</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">头像问医</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.6) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>本回答仅供参考，不能作为诊断依据。</p>
<div${cls(rng)}><a href="/ask/?doctor=${page.item.num % 997}">向TA提问</a></div>
${related}
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

const FOLLOW_UPS = ['那需要吃药吗？', '平时饮食上要注意什么？', '这种情况严重吗？', '需要去医院做检查吗？'];

/**
 * F6. An answer given in timestamped parts: the first part in the page's own format (a voice part:
 * a player `▶ 46″` with 语音 and a 语音转文字 / 文字版 transcript; a video part likewise; a text part
 * with 图文 on half the pages; with no format, plain), each part headed by its time; the later parts
 * 补充回答 / 追加回复 (图文) each a day or two after the one before; on 35% a patient's 追问 with
 * its own time between the first part and the second. The card over the parts; related items with
 * dates on half.
 */
const multiPart: Family = {
  name: 'multi-part',
  split: 'fresh-16',
  site: 'www.fenduan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const datedItems = rng.chance(0.5);
    const n = page.paragraphs.length;
    const partCount = n >= 2 ? Math.min(n, rng.int(2, 3)) : 1;
    // Cut points: the first part keeps at least one paragraph, each later part at least one.
    const cuts: number[] = [];
    for (let i = 1; i < partCount; i++) cuts.push(rng.int((cuts[i - 2] ?? 0) + 1, n - (partCount - i)));
    const groups = [0, ...cuts, n].slice(0, -1).map((start, i) => page.paragraphs.slice(start, [...cuts, n][i]));
    const textLabelled = page.format === 'text' && rng.chance(0.5);
    const firstFormat: Format = page.format === 'voice' || page.format === 'video' ? page.format : textLabelled ? 'text' : 'unknown';
    const stamp = (iso: string, time: string) => rng.pick([`${iso} ${time}`, `${cnDate(iso)} ${time}`, `${iso.replace(/-/g, '/')} ${time}`]);
    // Later parts on later days, each after the one before.
    let offset = 0;
    const laterTime = () => ({ day: shift(page.date!, (offset += rng.int(1, 2))), time: hm(rng) });
    const paras = (ps: readonly string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join('');
    const secs = rng.int(15, 60);
    const first = (() => {
      const head = `<div${cls(rng)}><span${cls(rng)}>${stamp(page.date!, page.time)}</span></div>`;
      if (page.format === 'voice') {
        const len = rng.pick([`${secs}″`, `${secs}"`, `${secs}秒`]);
        return `${head}<div${cls(rng)}><span${cls(rng)}>▶ ${len}</span> <span${cls(rng)}>${rng.pick(['语音', '语音回答'])}</span><audio src="/audio/${page.item.num}.mp3" preload="none"></audio></div><div${cls(rng)}><div${cls(rng)}>${rng.pick(['语音转文字：', '文字版', '转文字'])}</div>${paras(groups[0]!)}</div>`;
      }
      if (page.format === 'video') {
        return `${head}<div${cls(rng)}><video src="/video/${page.item.num}.mp4" controls></video><span${cls(rng)}>${rng.pick(['视频', '视频回答'])} ${String(rng.int(1, 4)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div><div${cls(rng)}><div${cls(rng)}>${rng.pick(['视频文字版', '文字版'])}</div>${paras(groups[0]!)}</div>`;
      }
      return `${head}${textLabelled ? `<span${cls(rng)}>${formatWord(rng, 'text')}</span>` : ''}<div${cls(rng)}>${paras(groups[0]!)}</div>`;
    })();
    const followUp = groups.length > 1 && rng.chance(0.35)
      ? `<div${cls(rng)}><span${cls(rng)}>${rng.pick(['患者追问', '追问'])}</span> <span${cls(rng)}>${stamp(page.date!, hm(rng))}</span><p>${rng.pick(FOLLOW_UPS)}</p></div>`
      : '';
    const later = groups.slice(1).map((g) => {
      const t = laterTime();
      return `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${rng.pick(['补充回答', '追加回复', '医生补充'])}</span> <span${cls(rng)}>${stamp(t.day, t.time)}</span>${firstFormat !== 'unknown' && rng.chance(0.5) ? ` <span${cls(rng)}>图文</span>` : ''}</div><div${cls(rng)}>${paras(g)}</div></div>`;
    });
    const partsHtml = `<div${cls(rng)}><div${cls(rng)}>${first}</div>${followUp}${later.join('')}</div>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-分段问医</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">分段问医</a> <a href="/ask/">问医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${partsHtml}`)}
<p${cls(rng)}>温馨提示：医生回答仅供参考，不能代替面诊。</p>
${related}
<div${cls(rng)}>© 分段问医</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: firstFormat,
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH16_FAMILIES: readonly Family[] = [gridOrder, baikeLinks, tablePager, cacheBanner, initialsAvatar, multiPart];
