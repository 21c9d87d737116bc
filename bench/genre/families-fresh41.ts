import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ENGLISH_MONTHS, cardPlain, dayText, documentOf, formatWord, hm, otherName, plainCard, plainKey, relatedItem, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, encode, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Thirty-eighth fresh held-out set (split `fresh-41`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real crawled HTML does to one (from memory, no copied markup),
 * that no earlier family covers: a reply on a telnet-era BBS's web view (水木-style: 发信人 / 标  题 /
 * 发信站 header lines with a ctime date, the asker's post quoted with `: `, a `--` signature that is the
 * card, `※ 来源` / `※ 修改` lines); a consultation record exported from an internet hospital's back
 * office as an Excel sheet saved as HTML (Office's namespaces, `x:num` serials, in-cell line breaks);
 * a Q&A kept as a shared online document (腾讯文档 / 石墨-like: styled runs for headings, an outline
 * repeating them, 最后修改 stamps, the related items' addresses printed as text); a private hospital's
 * page stuffed with keywords hidden white on white (in the answer, between its paragraphs, among the
 * related items); a page laid out with the inline-block gap hacks (`font-size:0` or negative
 * `letter-spacing` on a row, the size or spacing set back on its children) beside real 0px decoys;
 * a consult chat whose message list is `flex-direction: column-reverse` (newest first in the markup,
 * shown oldest first).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an item
 * is known by its address; hidden and non-rendered text is no text). Where a careful person could
 * hesitate, the key decides:
 * - bbs-telnet-post: the question is the thread's title without the reply mark (`Re: `); the answer
 *   the reply's own lines, not the quoted post (`【 在 … 的大作中提到: 】` and its `: ` lines), not the
 *   signature after `--`, not the `※` lines; the card is the signature's (name, title, hospital with
 *   its grade where printed, department), the 发信人 line's id and nickname no card; the date the
 *   发信站 line's (`Sat May  6 14:22:31 2023`), the `※ 修改` day nothing; no format printed; the
 *   同主题 links are no items: related [].
 * - excel-export: the sheet's one record: question the 问题标题 cell, the 问题描述 cell the asker's;
 *   the answer the 回复内容 cell, a paragraph per in-cell line break; the card the 医生 / 职称 / 科室 /
 *   医院 (/ 医院等级) cells; the date the 回复时间 cell as displayed (the 咨询时间 a day or two before, the
 *   导出时间 title row and the 订单号 date nothing); the 咨询类型 cell names the format (图文 text, 电话 /
 *   语音 voice, 视频 video); the 评价 cell none of the answer; no list: related [].
 * - shared-doc: the question is the document's first heading line (the document's title may name the
 *   department's Q&A collection instead); the 目录 outline repeats headings and is none of anything;
 *   最后修改 / 创建 stamps and the 字数 / 浏览 footer date nothing; the card and date are the labelled
 *   lines (回复时间); the related items are the numbered lines under 相关问题 (question without its
 *   number, the snippet line under it, a 回复时间 line on dated pages), each item's address the URL
 *   printed on its line (whether its link goes there directly or through the document service's
 *   redirect, which leads there).
 * - seo-stuffing: text coloured as the white background it stands on (`color:#fff`, `#ffffff`,
 *   `white`, `<font color="#FFFFFF">`, a `<style>` class saying so; a 1px font on some) is not seen:
 *   keyword runs at a paragraph's end, keyword blocks between paragraphs or after the list, and white
 *   `<li>`s of keyword links at the related list's end are none of the answer and no items (every
 *   link whitened itself, since a link keeps the link colour whatever its parent's).
 * - inline-gap-hacks: a row set to `font-size:0` (or negative `letter-spacing`) whose children set
 *   their own size (spacing) shows the children: the card, date line, answer and items are all
 *   displayed and keyed as the truth has them; a span whose own font size is 0 (a decoy inside a
 *   paragraph, no size set inside it) shows nothing and is none of the text.
 * - reverse-chat: the chat is read in its displayed order: a `flex-direction: column-reverse` list
 *   (inline or a `<style>` class) shows its last child first; the answer is the doctor's turns in that
 *   order, dated by the day line above the doctor's first turn as shown; the patient's turns and the
 *   system lines are none of it; the service label (图文问诊 / 语音问诊 / 电话问诊 / 视频问诊) names the format.
 * Format is printed only where a format word is printed; related items' formats and dates only where
 * the list prints them.
 */

type Related = TruthPage['related'][number];

const FORMAT_SERVICE: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  text: ['图文问诊', '图文咨询'],
  voice: ['语音问诊', '电话问诊', '电话咨询'],
  video: ['视频问诊', '视频咨询'],
};
const service = (rng: Rng, format: Format) => rng.pick(FORMAT_SERVICE[format as Exclude<Format, 'unknown'>]);

// --- F1. bbs-telnet-post ---

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A C library ctime stamp: `Sat May  6 14:22:31 2023`. */
const ctime = (iso: string, time: string, seconds: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${ENGLISH_MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${String(d.getUTCDate()).padStart(2, ' ')} ${time}:${String(seconds).padStart(2, '0')} ${d.getUTCFullYear()}`;
};
const BBS_IDS = ['xinnei', 'heart', 'medic', 'docwang', 'baiyi', 'yisheng', 'pifu', 'neike', 'ent', 'kidsdoc'];
const bbsId = (rng: Rng) => `${rng.pick(BBS_IDS)}${rng.chance(0.6) ? rng.int(1, 2023) : ''}`;
const MOTTOS = ['健康所系，性命相托。', '有时去治愈，常常去帮助，总是去安慰。', '本人回复仅供参考，请以面诊为准'];

/**
 * F1. A reply on a BBS's web view (水木 / 未名-style 健康 board): the article's text as lines — in a
 * `<pre>` (40%) or a `<p>` of `<br />`-broken lines with `&nbsp;`s — opening with `发信人: id (nickname),
 * 信区: Health`, `标  题: Re: question`, `发信站: 水木社区 (ctime stamp), 站内`, a blank line, the answer a
 * line a paragraph (blank lines between on half), the asker's post quoted (`【 在 id (nick) 的大作中提到:
 * 】`, its `: ` lines, `: ....................` on half) after the answer (70%) or before it, `--`, the
 * signature (the card: two lines, one `｜` line, or hospital first; grade on 50%; a motto line on
 * half), `※ 修改:` with a later day on 40% and `※ 来源:` with a masked address; on 40% the signature
 * coloured with `<font class="f031">` spans as the web view renders ANSI colours. Around it the
 * board's head, `主题:Re: question`, the author cell and 回复 / 转载 links, a pager of 同主题 links.
 */
const bbsTelnetPost: Family = {
  name: 'bbs-telnet-post',
  split: 'fresh-41',
  site: 'www.shuimu-bbs.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const id = bbsId(rng);
    const nick = rng.pick([d.name!, `${d.name!.slice(0, 1)}医生`, '白衣行者', '医者仁心']);
    const asker = `${rng.pick(['mama', 'xiaoyu', 'sunny', 'tom', 'lazycat'])}${rng.int(1, 99)}`;
    const seconds = rng.int(0, 59);
    const blankBetween = rng.chance(0.5);
    const colour = rng.chance(0.4);
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`]) : '';
    const sig = rng.pick([
      [`${d.name} ${d.title}`, `${d.hospital}${grade} ${d.department}`],
      [`${d.name}｜${d.title}｜${d.hospital}${grade}｜${d.department}`],
      [`${d.hospital}${grade} ${d.department} ${d.title} ${d.name}`],
    ]);
    if (rng.chance(0.5)) sig.push(rng.pick(MOTTOS));
    const quote = [`【 在 ${asker} (${rng.pick(['焦虑的妈妈', '路人甲', asker])}) 的大作中提到: 】`, `: ${page.question}`, `: ${rng.pick(ASKER_LINES)}`];
    if (rng.chance(0.5)) quote.push(': ....................');
    const answer = page.paragraphs.flatMap((p, i) => (blankBetween && i > 0 ? ['', p] : [p]));
    const quoteFirst = rng.chance(0.3);
    const lines = [
      `发信人: ${id} (${nick}), 信区: Health`,
      `标  题: Re: ${page.question}`,
      `发信站: 水木社区 (${ctime(page.date!, page.time, seconds)}), 站内`,
      '',
      ...(quoteFirst ? [...quote, ''] : []),
      ...answer,
      '',
      ...(quoteFirst ? [] : [...quote, '']),
      '--',
      ...sig.map((l) => `\u0000${l}`),
      '',
      ...(rng.chance(0.4) ? [`※ 修改:·${id} 于 ${ctime(shift(page.date!, rng.int(1, 20)), hm(rng), rng.int(0, 59))} 修改本文·[FROM: ${rng.int(36, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.*]`] : []),
      `※ 来源:·水木社区 http://www.shuimu-bbs.example·[FROM: ${rng.int(36, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.*]`,
    ];
    const pre = rng.chance(0.4);
    const line = (l: string) => {
      const sigLine = l.startsWith('\u0000');
      const text = esc(sigLine ? l.slice(1) : l);
      const shown = pre ? text : text.replace(/ {2}/g, '&nbsp; ');
      return sigLine && colour ? `<font class="f03${rng.int(1, 6)}">${shown}</font>` : shown;
    };
    const content = pre ? `<pre${cls(rng)}>${lines.map(line).join('\n')}</pre>` : `<p>${lines.map(line).join('<br />')}</p>`;
    const body = `<div${cls(rng)}><a href="/">水木社区</a> » <a href="/board/Health">健康版(Health)</a></div>
${wrap(rng, `<div${cls(rng)}>主题:Re: ${esc(page.question)}</div>
<table${cls(rng)}><tr><td${cls(rng)}><a href="/user/query/${id}">${id}</a></td><td${cls(rng)}><a href="/article/Health/post/${page.item.num}">回复</a> | <a href="/article/Health/forward/${page.item.num}">转载</a> | <a href="/article/Health/${page.item.num}?s=1">只看此ID</a></td></tr>
<tr><td colspan="2"${cls(rng)}>${content}</td></tr></table>`)}
<div${cls(rng)}><a href="/article/Health/${page.item.num - rng.int(1, 9)}">[同主题上篇]</a> <a href="/article/Health/${page.item.num + rng.int(1, 9)}">[同主题下篇]</a> <a href="/board/Health">[返回版面]</a></div>`;
    const html = documentOf(`Re: ${page.question}-健康版-水木社区`, rng.chance(0.5) ? page.canonical : null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'unknown', related: [] }),
    };
  },
};

// --- F2. excel-export ---

/** Excel's serial number of a day and time (days since 1899-12-30). */
const excelSerial = (iso: string, time: string) => {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const [h, m] = time.split(':').map(Number) as [number, number];
  return (days + (h * 60 + m) / 1440).toFixed(5).replace(/0+$/u, '');
};
/** A time of day `minutes` before `time` (not before midnight). */
const earlier = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const t = Math.max(0, h * 60 + m - minutes);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};
const REVIEWS = ['非常满意，医生很耐心', '回复及时，讲解清楚', '满意', '医生很专业，谢谢'];

/**
 * F2. A consultation record exported from an internet hospital's back office as an Excel sheet saved
 * as HTML (Office's `xmlns:x` namespaces, `ProgId Excel.Sheet`, an `<x:ExcelWorkbook>` block in a
 * conditional comment, `mso-number-format` classes, `<col>` widths, `<![if supportMisalignedColumns]>`
 * row): on 60% a title row `咨询记录导出（导出时间：…）` spanning the columns; a header row and the one
 * record's row, columns in one of two orders: 订单号 (the order's day and a serial; 60%), 咨询时间 (0–2
 * days before the answer), 问题标题, 问题描述 (60%), 咨询类型 (70%), 医生, 职称, 科室, 医院 (its grade in
 * brackets, or a 医院等级 column, on 50%), 回复内容 (paragraphs parted by `<br style='mso-data-placement:
 * same-cell' />`), 回复时间 (`x:num` serial, shown `2023/5/6 14:22` or `2023-05-06`), 状态, 评价 (50%).
 * In GB2312 on half (declared by an http-equiv `<meta>`), UTF-8 otherwise; no `<title>`.
 */
const excelExport: Family = {
  name: 'excel-export',
  split: 'fresh-41',
  site: 'admin.hulianwang-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const gradeColumn = gradeShown && rng.chance(0.5);
    const printFormat = rng.chance(0.7);
    const asked = shift(page.date!, -rng.int(0, 2));
    const askedTime = asked === page.date ? earlier(page.time, rng.int(10, 180)) : hm(rng);
    const shownTime = (iso: string, time: string) => rng.pick([`${iso.split('-').map(Number).join('/')} ${time}`, iso, `${iso} ${time}`]);
    const td = (text: string, attrs = '') => `<td${attrs}${rng.chance(0.6) ? ` class=xl${rng.int(63, 79)}` : ''}>${text}</td>`;
    const cols: Array<[string, string] | null> = [
      rng.chance(0.6) ? ['订单号', td(`${asked.replace(/-/g, '')}${rng.int(100000, 999999)}`, ' x:str')] : null,
      ['咨询时间', td(shownTime(asked, askedTime), ` x:num="${excelSerial(asked, askedTime)}"`)],
      ['问题标题', td(esc(page.question))],
      rng.chance(0.6) ? ['问题描述', td(esc(rng.pick(ASKER_LINES)))] : null,
      printFormat ? ['咨询类型', td(service(rng, page.format))] : null,
      [rng.pick(['医生', '医生姓名', '接诊医生']), td(esc(d.name!))],
      ['职称', td(d.title!)],
      [rng.pick(['科室', '所属科室']), td(esc(d.department!))],
      [rng.pick(['医院', '执业医院']), td(`${esc(d.hospital!)}${gradeShown && !gradeColumn ? `（${d.hospital_grade}）` : ''}`)],
      gradeColumn ? ['医院等级', td(d.hospital_grade!)] : null,
      ['回复内容', td(page.paragraphs.map(esc).join(`<br style='mso-data-placement:same-cell' />`), ` width=400 style='width:300pt;white-space:normal'`)],
      ['回复时间', td(shownTime(page.date!, page.time), ` x:num="${excelSerial(page.date!, page.time)}"`)],
      ['状态', td('已完成')],
      rng.chance(0.5) ? ['评价', td(rng.pick(REVIEWS))] : null,
    ];
    const present = cols.filter((c): c is [string, string] => c !== null);
    // The other order: the doctor's columns first.
    const order = rng.chance(0.5) ? present : [...present.filter(([h]) => /医生|职称|科室|医院/u.test(h)), ...present.filter(([h]) => !/医生|职称|科室|医院/u.test(h))];
    const exported = shift(page.date!, rng.int(30, 600));
    const encoding = rng.chance(0.5) ? 'gb2312-http-equiv' : 'utf-8';
    const html = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=${encoding === 'utf-8' ? 'utf-8' : 'gb2312'}">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel ${rng.pick(['12', '14', '15'])}">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";}
.xl65
	{mso-number-format:"yyyy\\/m\\/d\\ h\\:mm";}
.xl66
	{mso-number-format:"\\@";white-space:normal;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>${rng.pick(['咨询记录', 'Sheet1', '问诊明细'])}</x:Name>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>
<body link=blue vlink=purple>
<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;table-layout:fixed'>
${order.map(() => `<col width=${rng.int(64, 180)}>`).join('')}
${rng.chance(0.6) ? `<tr height=24><td colspan=${order.length}>咨询记录导出（导出时间：${shownTime(exported, hm(rng))}）</td></tr>\n` : ''}<tr height=19>${order.map(([h]) => `<td class=xl67>${h}</td>`).join('')}</tr>
<tr height=${rng.int(60, 200)}>${order.map(([, cell]) => cell).join('')}</tr>
<![if supportMisalignedColumns]>
<tr height=0 style='display:none'>${order.map(() => '<td width=64 style=\'width:48pt\'></td>').join('')}</tr>
<![endif]>
</table>
</body>
</html>`;
    return {
      body: encode(html, encoding),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: printFormat ? page.format : 'unknown', related: [] }),
    };
  },
};

// --- F3. shared-doc ---

/**
 * F3. A Q&A kept as a shared online document (腾讯文档 / 石墨-like, a department's 线上答疑 doc): the
 * editor's chrome (the document's title — the question on 60%, `{hospital}{department}线上答疑` else —,
 * `最后修改：` a later day and time, `{name} 编辑`, 分享 / 仅查看 buttons); on 60% a 目录 outline (before or
 * after the content) linking the headings; the content as the editor renders it, every line a `<div>`
 * of styled runs: the question line (a bold 18–22pt run, or a `<h1>` on 40%), the card as labelled
 * lines (`回答医生：`, `职称：`, `科室：`, `医院：` with grade on 50%) or one line, `回复时间：` (a format
 * line `回复形式：` on 40%), a `医生回复` heading, the answer a line a paragraph (its text split into
 * runs), empty lines, a `相关问题` heading and the items as numbered lines (question, snippet, on dated
 * pages `回复时间：`, the URL printed as the link's text — the link through the service's redirect on
 * half); a footer `字数 N · 浏览 M · 创建于 …`.
 */
const sharedDoc: Family = {
  name: 'shared-doc',
  split: 'fresh-41',
  site: 'www.gongxiang-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const related = rng.chance(0.8) ? page.related : [];
    const docTitle = rng.chance(0.6) ? page.question : `${d.hospital}${d.department}线上答疑`;
    const run = (text: string, style = '') => `<span${style ? ` style="${style}"` : ''}${rng.chance(0.5) ? ` data-run="${token(rng, 6)}"` : ''}>${esc(text)}</span>`;
    const runs = (text: string) => {
      if (text.length < 12 || rng.chance(0.4)) return run(text);
      const cut = rng.int(4, text.length - 4);
      return `${run(text.slice(0, cut))}${run(text.slice(cut), rng.pick(['', 'color:#333', 'font-weight:bold']))}`;
    };
    const lineCls = rng.pick(['doc-line', 'ql-line', 'sm-paragraph', 'para']);
    const line = (inner: string, id = '') => `<div class="${lineCls}"${id ? ` id="${id}"` : ''} data-line="${token(rng, 8)}">${inner}</div>`;
    const empty = () => line('<br>');
    const heading = (text: string, id: string) =>
      rng.chance(0.4) ? `<h2 id="${id}" class="${lineCls}">${esc(text)}</h2>` : line(run(text, `font-weight:bold;font-size:${rng.int(14, 16)}pt`), id);
    const question = rng.chance(0.4) ? `<h1 id="h-q" class="${lineCls}">${esc(page.question)}</h1>` : line(run(page.question, `font-weight:bold;font-size:${rng.int(18, 22)}pt`), 'h-q');
    const grade = gradeShown ? `（${d.hospital_grade}）` : '';
    const card = rng.chance(0.5)
      ? [line(runs(`回答医生：${d.name}`)), line(runs(`职称：${d.title}`)), line(runs(`科室：${d.department}`)), line(runs(`医院：${d.hospital}${grade}`))]
      : [line(runs(`回答医生：${d.name}　${d.title}　${d.department}　${d.hospital}${grade}`))];
    const when = [line(runs(`回复时间：${dayText(rng, page.date!, page.time)}`)), ...(printFormat ? [line(runs(`回复形式：${formatWord(rng, page.format)}`))] : [])];
    const urlOf = (r: Related) => new URL(r.path, page.canonical).href;
    const viaRedirect = rng.chance(0.5);
    const items = related.flatMap((r, i) => [
      line(runs(`${i + 1}. ${r.question}`)),
      line(runs(r.snippet)),
      ...(datedItems ? [line(runs(`回复时间：${r.date}`))] : []),
      line(`<a href="${viaRedirect ? `https://docs.gongxiang.example/scenario/link.html?url=${encodeURIComponent(urlOf(r))}` : urlOf(r)}" target="_blank" rel="noopener">${urlOf(r)}</a>`),
      empty(),
    ]);
    const content = [
      question,
      empty(),
      ...card,
      ...when,
      empty(),
      heading('医生回复', 'h-a'),
      ...page.paragraphs.flatMap((p) => (rng.chance(0.3) ? [line(runs(p)), empty()] : [line(runs(p))])),
      empty(),
      line(runs(rng.pick(DISCLAIMERS))),
      ...(related.length ? [empty(), heading('相关问题', 'h-r'), ...items] : []),
    ].join('\n');
    const outline = rng.chance(0.6)
      ? `<div${cls(rng)}><div${cls(rng)}>目录</div><a href="#h-q">${esc(page.question)}</a><a href="#h-a">医生回复</a>${related.length ? '<a href="#h-r">相关问题</a>' : ''}</div>`
      : '';
    const edited = shift(page.date!, rng.int(1, 300));
    const chrome = `<div${cls(rng)}><span${cls(rng)}>${esc(docTitle)}</span> <span${cls(rng)}>最后修改：${dayText(rng, edited, hm(rng))}</span> <span${cls(rng)}>${otherName(rng)} 编辑</span> <button>分享</button> <span${cls(rng)}>仅查看</span></div>`;
    const main = `<div${cls(rng)}>${content}</div>`;
    const body = `${chrome}
${rng.chance(0.5) ? `${outline}\n${main}` : `${main}\n${outline}`}
<div${cls(rng)}>字数 ${rng.int(400, 3000)} · 浏览 ${rng.int(20, 9000)} · 创建于 ${dayText(rng, shift(page.date!, -rng.int(0, 60)))}</div>`;
    const html = documentOf(`${docTitle} - 共享文档`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: related.length ? relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })) : [],
      }),
    };
  },
};

// --- F4. seo-stuffing ---

const SEO_CITIES = ['江州', '云岭', '青川', '白沙', '东湖', '南屏'];
const keywords = (rng: Rng, disease: string, city: string, n: number) =>
  Array.from({ length: n }, () => rng.pick([`${city}${disease}医院哪家好`, `${disease}怎么治疗最好`, `${city}看${disease}哪里好`, `${disease}医院排名`, `治疗${disease}多少钱`, `${city}治疗${disease}的医院`])).join(rng.pick([' ', '，', ' | ']));

/**
 * F4. A private hospital's Q&A page stuffed with keywords hidden white on a white page: on most
 * pages a keyword run at the end of one or two answer paragraphs (`<span style="color:#fff">`,
 * `<font color="#FFFFFF">`, a `<style>` class `color:#ffffff`, a 1px font on some), a keyword block
 * of text or links between two paragraphs (50%), 1–2 white `<li>`s of keyword links at the related
 * list's end (40%, where there is a list), a block of keyword links after the list (50%). An ordinary
 * `<h1>`, plain card (grade on 50%), date line (format on 40%), disclaimer and related list (dated on
 * half), a 在线咨询 button.
 */
const seoStuffing: Family = {
  name: 'seo-stuffing',
  split: 'fresh-41',
  site: 'www.jiangzhou-zhuanke.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const disease = topicWord(page);
    const city = rng.pick(SEO_CITIES);
    const klass = `k${token(rng, 3)}`;
    const how = rng.pick(['inline', 'font', 'class'] as const);
    const tiny = rng.chance(0.3) ? ';font-size:1px' : '';
    const white = (inner: string, block = false) => {
      const tag = block ? 'div' : 'span';
      if (how === 'font') return block ? `<div><font color="${rng.pick(['#FFFFFF', '#ffffff', 'white'])}">${inner}</font></div>` : `<font color="${rng.pick(['#FFFFFF', '#ffffff', 'white'])}">${inner}</font>`;
      if (how === 'class') return `<${tag} class="${klass}">${inner}</${tag}>`;
      return `<${tag} style="color:${rng.pick(['#fff', '#ffffff', 'white'])}${tiny}">${inner}</${tag}>`;
    };
    // A link takes the link colour, not its parent's: each is whitened itself.
    const whiteLink = (text: string) =>
      how === 'font'
        ? `<a href="/zhuanti/${token(rng, 6)}.html"><font color="#FFFFFF">${text}</font></a>`
        : `<a href="/zhuanti/${token(rng, 6)}.html"${how === 'class' ? ` class="${klass}"` : ` style="color:#fff${tiny}"`}>${text}</a>`;
    const kwLinks = (n: number) => Array.from({ length: n }, () => whiteLink(esc(keywords(rng, disease, city, 1)))).join(' ');
    const stuffed = new Set(rng.shuffle(page.paragraphs.map((_, i) => i)).slice(0, rng.int(rng.chance(0.8) ? 1 : 0, 2)));
    const between = rng.chance(0.5) && page.paragraphs.length > 1 ? rng.int(1, page.paragraphs.length - 1) : -1;
    const answer = page.paragraphs
      .map((p, i) => `${i === between ? white(rng.chance(0.5) ? esc(keywords(rng, disease, city, rng.int(3, 6))) : kwLinks(rng.int(2, 5)), true) : ''}<p>${esc(p)}${stuffed.has(i) ? white(esc(keywords(rng, disease, city, rng.int(1, 3)))) : ''}</p>`)
      .join('');
    const trapItems = page.related.length && rng.chance(0.4) ? rng.int(1, 2) : 0;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '大家还在问'])}</h3><ul${cls(rng)}>${page.related.map((r) => relatedItem(rng, r, datedItems)).join('\n')}${Array.from(
          { length: trapItems },
          () => `<li${how === 'class' ? ` class="${klass}"` : ` style="color:#fff${tiny}"`}>${whiteLink(esc(keywords(rng, disease, city, 1)))}<p>${esc(keywords(rng, disease, city, 2))}</p></li>`,
        ).join('\n')}</ul></div>`
      : '';
    const head = how === 'class' ? `<style>.${klass}{color:#ffffff${tiny}}</style>\n` : '';
    const body = `<div${cls(rng)}><a href="/">${city}专科医院</a> <a href="/zixun/">在线咨询</a> <a href="/yuyue/">预约挂号</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
<div${cls(rng)}><a href="/swt/">点击在线咨询专家</a></div>
${list}
${rng.chance(0.5) ? white(kwLinks(rng.int(4, 8)), true) : ''}
<div${cls(rng)}>© ${city}专科医院 版权所有</div>`;
    const html = documentOf(`${page.question}_${city}专科医院`, page.canonical, `${head}<meta name="keywords" content="${esc(keywords(rng, disease, city, 3))}">\n`, body).replace('<body>', '<body style="background:#fff">');
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. inline-gap-hacks ---

const DECOYS = ['来源：健康问答网', '转载请注明', 'www', '版权所有', '原文链接'];

/**
 * F5. A page laid out with the inline-block gap hacks: rows whose container sets `font-size:0` and
 * whose children set their size back (`font-size:14px`), or set `letter-spacing:-.31em` (or `-4px`)
 * and their children `letter-spacing:normal` (a Pure-grid-like `.g` / `.u-1-2`) — inline or by classes
 * of the page's `<style>` (`.row{font-size:0}` `.row>span{font-size:14px}`): the breadcrumb, the
 * card's row of name / title / department / hospital (grade on 50%), the date row (format on 40%), the
 * answer's box (its `<p>`s sized, 50%) and each related item (dated on half). On 40% a decoy span of
 * `font-size:0` (no size inside it) in one or two answer paragraphs: it shows nothing.
 */
const inlineGapHacks: Family = {
  name: 'inline-gap-hacks',
  split: 'fresh-41',
  site: 'www.jianxi-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const byClass = rng.chance(0.5);
    const hack = rng.pick(['size', 'spacing'] as const);
    const px = rng.int(12, 16);
    const rowStyle = hack === 'size' ? 'font-size:0' : `letter-spacing:${rng.pick(['-.31em', '-4px'])}`;
    const kidStyle = hack === 'size' ? `font-size:${px}px` : 'letter-spacing:normal';
    const rowName = `${rng.pick(['g', 'row', 'flexless', 'ib'])}${token(rng, 2)}`;
    const kidName = `${rng.pick(['u', 'cell', 'ib-c'])}${token(rng, 2)}`;
    const row = (kids: string[], tag = 'div') =>
      byClass ? `<${tag} class="${rowName}">${kids.join('')}</${tag}>` : `<${tag} style="${rowStyle}">${kids.join('')}</${tag}>`;
    const sep = rng.pick([' ', '', ' · ']);
    // Where the children print no separator, a margin spaces them on the screen.
    const box = `display:inline-block${sep ? '' : ';margin-right:8px'}`;
    const kid = (inner: string, tag = 'span') =>
      byClass ? `<${tag} class="${kidName}" style="${box}">${inner}</${tag}>` : `<${tag} style="${box};${kidStyle}">${inner}</${tag}>`;
    const withGap = (s: string) => (sep ? `${s}${sep}` : s);
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`]) : '';
    const card = row([kid(withGap(esc(d.name!))), kid(withGap(d.title!)), kid(withGap(esc(d.department!))), kid(`${esc(d.hospital!)}${grade}`)]);
    const when = row([kid(`${rng.pick(['回答时间：', '', '发布于 '])}${dayText(rng, page.date!, page.time)}`), ...(printFormat ? [kid(` ${formatWord(rng, page.format)}`)] : [])]);
    const decoyed = rng.chance(0.4) ? new Set(rng.shuffle(page.paragraphs.map((_, i) => i)).slice(0, rng.int(1, 2))) : new Set<number>();
    const decoy = () => `<span style="font-size:0${rng.chance(0.5) ? 'px' : ''}">${esc(rng.pick(DECOYS))}</span>`;
    const para = (p: string, i: number) => {
      if (!decoyed.has(i)) return esc(p);
      const cut = rng.int(1, Math.max(1, p.length - 1));
      return `${esc(p.slice(0, cut))}${decoy()}${esc(p.slice(cut))}`;
    };
    const boxed = rng.chance(0.5);
    const answer = boxed
      ? `<div style="${rowStyle}">${page.paragraphs.map((p, i) => `<p style="${kidStyle}">${para(p, i)}</p>`).join('')}</div>`
      : `<div${cls(rng)}>${page.paragraphs.map((p, i) => `<p>${para(p, i)}</p>`).join('')}</div>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}>${row([kid(`<a href="${r.path}">${esc(r.question)}</a>`), ...(datedItems ? [kid(` ${r.date}`, 'em')] : [])])}<p${cls(rng)}>${esc(r.snippet)}</p></li>`,
    );
    const list = items.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '相关推荐'])}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const style = byClass ? `<style>.${rowName}{${rowStyle}}.${rowName}${rng.chance(0.5) ? '>' : ' '}.${kidName}{${kidStyle}}</style>\n` : '';
    const body = `${row([kid('<a href="/">首页</a>'), kid(' &gt; '), kid(`<a href="/ks/">${esc(d.department!)}</a>`), kid(' &gt; 问答')])}
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${when}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}-简隙问答`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. reverse-chat ---

const THANKS = ['好的，谢谢医生！', '明白了，非常感谢', '谢谢您的解答'];

/**
 * F6. An internet hospital's consult chat (H5) whose message list is a flex column reversed
 * (`flex-direction:column-reverse`, inline or by a `<style>` class; 75%) so that the markup holds the
 * newest message first and the screen shows the oldest at the top; on 25% the list is in reading
 * order (`flex-direction:column`). Above it the 问诊详情 head, `问题：` the question, the service label
 * (70%) and the 接诊医生 card (grade on 50%). Shown order: a day line (`2023-05-06`, `5月6日`), `问诊开始`,
 * the patient's first message (the question and an asker's line), on 40% a day line of the next day
 * (the patient asked the day before: the first day line is then the day before), the doctor's turns
 * (a paragraph a bubble, the first with its time on half), the patient's thanks, `问诊已结束`. A 相似问诊
 * list on 60% (dated on half).
 */
const reverseChat: Family = {
  name: 'reverse-chat',
  split: 'fresh-41',
  site: 'm.daoxu-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.7);
    const datedItems = rng.chance(0.5);
    const reversed = rng.chance(0.75);
    const byClass = rng.chance(0.6);
    const listed = rng.chance(0.6) ? page.related : [];
    const dayBefore = rng.chance(0.4);
    const day = (iso: string) => `<div${cls(rng)}>${rng.pick([iso, `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`, `${iso} ${rng.pick(['星期', '周'])}${'日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`])}</div>`;
    const sys = (text: string) => `<div${cls(rng)}><span${cls(rng)}>${text}</span></div>`;
    const bubble = (who: 'doctor' | 'patient', inner: string, time?: string) =>
      `<div class="msg msg-${who === 'doctor' ? rng.pick(['left', 'doc', 'd']) : rng.pick(['right', 'pat', 'p'])}"><div${cls(rng)}>${who === 'doctor' ? esc(d.name!) : '患者'}${time ? ` <span${cls(rng)}>${time}</span>` : ''}</div><div${cls(rng)}>${inner}</div></div>`;
    const asked = dayBefore ? shift(page.date!, -1) : page.date!;
    const shown = [
      day(asked),
      sys('问诊开始'),
      bubble('patient', `${esc(page.question)}${/[？?]$/u.test(page.question) ? '' : '？'}${rng.pick(ASKER_LINES)}`, dayBefore ? hm(rng) : earlier(page.time, rng.int(10, 240))),
      ...(dayBefore ? [day(page.date!)] : []),
      ...page.paragraphs.map((p, i) => bubble('doctor', esc(p), i === 0 && rng.chance(0.5) ? page.time : undefined)),
      bubble('patient', rng.pick(THANKS)),
      sys('问诊已结束'),
    ];
    const listName = `chat-${token(rng, 4)}`;
    const direction = reversed ? 'column-reverse' : 'column';
    const markup = reversed ? [...shown].reverse() : shown;
    const list = byClass ? `<div class="${listName}">${markup.join('\n')}</div>` : `<div style="display:flex;flex-direction:${direction}">${markup.join('\n')}</div>`;
    const style = byClass ? `<style>.${listName}{display:flex;flex-direction:${direction};overflow-y:auto}</style>\n` : '';
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`]) : '';
    const card = `<div${cls(rng)}><span${cls(rng)}>接诊医生</span><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${esc(d.hospital!)}${grade} ${esc(d.department!)}</p></div>`;
    const similar = listed.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相似问诊', '相关问诊', '相似问题'])}</h3><ul${cls(rng)}>${listed.map((r) => relatedItem(rng, r, datedItems)).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="javascript:history.back()">‹</a> 问诊详情</div>
${wrap(rng, `<div${cls(rng)}>问题：${esc(page.question)}</div>\n${printFormat ? `<span${cls(rng)}>${service(rng, page.format)}</span>\n` : ''}${card}\n${list}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${similar}`;
    const html = documentOf(rng.pick(['问诊详情', `${page.question}-问诊详情`]), page.canonical, `<meta name="viewport" content="width=device-width,initial-scale=1">\n${style}`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: listed.length ? relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })) : [],
      }),
    };
  },
};

export const FRESH41_FAMILIES: readonly Family[] = [bbsTelnetPost, excelExport, sharedDoc, seoStuffing, inlineGapHacks, reverseChat];
