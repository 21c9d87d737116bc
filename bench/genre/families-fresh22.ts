import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ask, cardPlain, dayText, documentOf, formatWord, hm, hospitalWithGrade, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Twenty-second fresh held-out set (split `fresh-22`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real crawled HTML does to one (from memory, no copied markup),
 * that no earlier family covers: an old portal's 专家答疑 page laid out in tables of merged cells
 * (the card's photo, labels and values spanning rows and columns, the related table grouped by
 * format under one spanning cell); a card guarded against scrapers, whose doctor's name is only a
 * picture (a text-to-image name, the whole card as one picture, or a handwritten e-signature under
 * the answer); an ASP.NET WebForms 咨询详情 record whose values stand in read-only form fields
 * (`<input value>`, `<textarea readonly>`, a disabled `<select>`, a checked radio button) beside
 * hidden fields; a page that prints both when the doctor answered and when the page was last
 * updated, with a JSON-LD QAPage left stale by the template (older title, older text, other dates);
 * a 挂号 (appointment) platform's doctor Q&A page, which writes hospitals by their short names
 * (江州一院, 江州人医) and sets the doctor's schedule table and patients' reviews beside the answer;
 * a page whose body came twice (a retried transfer appended to the first: the whole document again,
 * or cut off partway).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a tooltip is no print of a
 * value; indents are no text). Where a careful person could hesitate, the key decides:
 * - rowspan-table: a value is the cell beside its label cell, or the cell in the card's place where
 *   there are no labels; a spanning label cell (`专家<br>解答`, `问题<br>描述`) is no text of what it
 *   labels; the grade is its own cell where printed (an empty cell: null); the asker's 问题描述 and its
 *   提问时间 are none of the answer and date nothing. In the related table a format cell spanning
 *   several rows (`语音问答`, `图文问答`, `视频问答`) gives each of its rows that format; the items are
 *   keyed in the order the table shows them (grouped), not the order the site chose them in.
 * - name-picture: a picture the site draws text into shows that text, and its `alt` (or `title`)
 *   carries the same words for screen readers: the name shown only as a picture is the name; a card
 *   drawn whole as one picture gives its values from the picture's text, in the order it lays them
 *   out (`name title hospital [grade] department`, as on the page's other cards); an e-signature
 *   (`医生签名：` picture, alt `王伟` or `王伟（电子签名）`) names the doctor — the words 电子签名 / 医生 are
 *   no part of the name. A picture whose alt says nothing of the card (医生头像, 二维码) is none.
 * - webform-fields: what a form shows is its fields' values: a read-only `<input value>` is printed
 *   text, a `<textarea readonly>` prints its text with its line breaks (one answer paragraph a line,
 *   blank lines none, the 　　 indent no text, the newline right after `<textarea>` dropped as the
 *   HTML parser drops it), a disabled `<select>` shows its selected option only (the other options
 *   are not displayed), a checked radio button's label names the format (the unchecked labels are
 *   printed too but chosen by nobody), and `type="hidden"` fields (ids, another doctor's name the
 *   consult was first assigned to, a status) show nothing. The 咨询标题 field is the question; the
 *   咨询内容 and 咨询时间 are the asker's and date nothing.
 * - updated-ld: the answer's date is when the doctor answered (`回答于`, `医生回答：`, `首次回答`),
 *   not when the page was updated (`更新于`, `最后更新`, `审核于`, `（本回答已于 … 更新）`), whichever
 *   stands first — as fresh-13 keyed a republished Q&A by the day the doctor answered. The JSON-LD
 *   (older jobTitle, an older or shorter answer text, the asking day as dateCreated, the update day
 *   as dateModified, the question in the asker's first wording) and `article:modified_time` are not
 *   displayed: the visible text wins wherever they disagree. The update note is none of the answer.
 * - hospital-alias: the hospital is what the card prints, the platform's short name (江州一院, 江州人医,
 *   江州妇幼 …); the full name in a tooltip is no print of it (as abbr-card keyed `心内科` over its
 *   tooltip). The grade is the card's tag where printed. The 出诊 schedule (weekdays, 上午 / 下午,
 *   专家门诊 / 特需门诊, prices, 约满 / 停诊, the campus `江州一院东院区`), the 推荐度 / 问诊量 counters and
 *   patients' 评价 (their lines and days) are none of the card, the answer or the date. A related
 *   item's `[语音]` / `【图文】` tag inside its link, before the question, is its format, no part of
 *   its question.
 * - doubled-body: the page is shown twice, the first time whole (50%) or cut off partway (50%); it
 *   holds one Q&A: one page entry, its answer once, its related items once (the other copy's are
 *   the same items again); the counter that differs between the two copies is furniture.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

type Related = TruthPage['related'][number];

const FORMAT_GROUPS: Record<Format, string> = { voice: '语音问答', text: '图文问答', video: '视频问答', unknown: '其他问答' };

// --- F1. rowspan-table ---

/**
 * F1. An old portal's 专家答疑 page laid out in tables (GB2312 declared by http-equiv on half the
 * pages, UTF-8 otherwise; `<font>` and `bgcolor` now and then): the question in a bold cell or an
 * `<h1>`; the asker's 问题描述 in a row whose label cell spans it and the 提问时间 row under it; the card
 * a bordered table of merged cells — the photo cell spanning 3–4 rows, then either label cells
 * (姓名 / 职称 / 医院 / 科室 / 等级) beside values with the hospital spanning columns, or unlabelled
 * cells (name in bold, title, hospital spanning two columns, department, the grade in a small cell of
 * its own: printed on 60%, else the cell is empty), a 擅长 cell spanning the rows at the right on
 * 40%; the answer in a cell beside a label cell spanning it and the 回复时间 row (`专家<br>解答`,
 * `医生回复`), its paragraphs split by `<br><br>` or `<p>`s, a format word in brackets after the date on
 * 40%; the related table 类型 / 问题 / 摘要 / 日期 (the date column on 60%), its rows grouped by format
 * under a first cell spanning each group.
 */
const rowspanTable: Family = {
  name: 'rowspan-table',
  split: 'fresh-22',
  site: 'www.zhuanjia-dayi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.5);
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.6);
    const labelled = rng.chance(0.5);
    const td = (attrs: string, html: string) => `<td${attrs}${rng.chance(0.3) ? ` bgcolor="${rng.pick(['#f5f5f5', '#eef4fb', '#ffffff'])}"` : ''}>${html}</td>`;
    const photo = `<img src="/zj/photo/${page.item.num % 9973}.jpg" width="90" height="110" border="0" alt="">`;
    const grade = gradeShown ? d.hospital_grade! : '&nbsp;';
    const expertise = rng.chance(0.4) ? td(` rowspan="${labelled ? 4 : 3}" width="240" valign="top"`, `擅长：${esc(topicWord(page))}、${rng.pick(['慢性病', '疑难杂症', '常见病'])}的诊断与治疗`) : '';
    const card = labelled
      ? `<table border="1" cellspacing="0" cellpadding="4" width="100%"${cls(rng)}>
<tr>${td(' rowspan="4" width="100"', photo)}${td(' width="60"', '姓名')}${td('', `<b>${esc(d.name!)}</b>`)}${td(' width="60"', '职称')}${td('', d.title!)}${expertise}</tr>
<tr>${td('', '医院')}${td(' colspan="3"', esc(d.hospital!))}</tr>
<tr>${td('', '科室')}${td('', esc(d.department!))}${td('', '等级')}${td('', grade)}</tr>
<tr>${td(' colspan="4"', `<a href="/zj/${page.item.num % 9973}.html">进入专家主页&gt;&gt;</a>`)}</tr>
</table>`
      : `<table border="1" cellspacing="0" cellpadding="4" width="100%"${cls(rng)}>
<tr>${td(' rowspan="3" width="100"', photo)}${td('', `<b>${esc(d.name!)}</b>`)}${td('', d.title!)}${expertise}</tr>
<tr>${td(' colspan="2"', esc(d.hospital!))}</tr>
<tr>${td('', esc(d.department!))}${td(' width="50"', grade)}</tr>
</table>`;
    const paragraphs = rng.chance(0.5) ? page.paragraphs.map((p) => esc(p)).join('<br><br>') : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const answerLabel = rng.pick(['专家<br>解答', '医生<br>回复', '专家回复', '解答']);
    const format = printFormat ? ` ${rng.pick(['【', '[', '（'])}${formatWord(rng, page.format)}${rng.pick(['】', ']', '）'])}` : '';
    const askDay = shift(page.date!, -rng.int(0, 5));
    const qa = `<table border="0" cellspacing="1" cellpadding="6" width="100%"${cls(rng)}>
<tr>${td(' rowspan="2" width="80" valign="top"', rng.pick(['问题<br>描述', '病情<br>描述', '咨询内容']))}${td('', `${esc(ask(page))}，${rng.pick(ASKER_LINES)}`)}</tr>
<tr>${td(' align="right"', `提问时间：${dayText(rng, askDay)}`)}</tr>
<tr>${td(' rowspan="2" width="80" valign="top"', answerLabel)}${td('', paragraphs)}</tr>
<tr>${td(' align="right"', `回复时间：${dayText(rng, page.date!, page.time)}${format}`)}</tr>
</table>`;
    const question = rng.chance(0.5)
      ? `<h1${cls(rng)}>${esc(page.question)}</h1>`
      : `<table width="100%"><tr><td align="center"><font size="4"><b>${esc(page.question)}</b></font></td></tr></table>`;

    // The related rows grouped by format: each group's first row carries a cell spanning the group.
    const order: Format[] = [];
    for (const r of page.related) if (!order.includes(r.format)) order.push(r.format);
    const groupOf = (f: Format) => page.related.map((r, i) => ({ r, i })).filter(({ r }) => r.format === f);
    const shownOrder = order.flatMap((f) => groupOf(f).map(({ i }) => i));
    const rows = order
      .flatMap((f) => {
        const group = groupOf(f).map(({ r }) => r);
        return group.map(
          (r: Related, i) =>
            `<tr>${i === 0 ? td(` rowspan="${group.length}" align="center"`, FORMAT_GROUPS[f]) : ''}${td('', `<a href="${r.path}" target="_blank">${esc(r.question)}</a>`)}${td('', esc(r.snippet))}${datedItems ? td(' width="90"', r.date!) : ''}</tr>`,
        );
      })
      .join('\n');
    const related = page.related.length
      ? `<table border="1" cellspacing="0" cellpadding="4" width="100%"${cls(rng)}>
<tr>${td(` colspan="${datedItems ? 4 : 3}"`, `<b>${rng.pick(['相关问答', '相关问题', '其他专家解答'])}</b>`)}</tr>
<tr>${td('', '类型')}${td('', '问题')}${td('', '摘要')}${datedItems ? td('', '日期') : ''}</tr>
${rows}
</table>`
      : '';
    const body = `<table width="960" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><a href="/">专家答疑网</a> | <a href="/ks/">科室</a> | <a href="/zj/">专家</a> | <a href="/ask/">我要提问</a></td></tr>
<tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/ks/${page.item.num % 41}/">${esc(d.department!)}</a> &gt;&gt; 正文</td></tr>
<tr><td>${question}</td></tr>
<tr><td>${rng.chance(0.5) ? `${card}\n${qa}` : `${qa}\n${card}`}</td></tr>
<tr><td><font color="#999999">${rng.pick(DISCLAIMERS)}</font></td></tr>
<tr><td>${related}</td></tr>
<tr><td align="center">Copyright &copy; 2006-2024 专家答疑网 All Rights Reserved</td></tr>
</table>`;
    const html = documentOf(`${page.question}_专家答疑网`, page.canonical, '', body, charsetMeta(gbk ? 'gb2312-http-equiv' : 'utf-8'));
    const items = relatedWith(page, (e) => ({ date: datedItems ? e.date : null }));
    return {
      body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: shownOrder.map((i) => items[i]!),
      }),
    };
  },
};

// --- F2. name-picture ---

/**
 * F2. An ask-a-doctor page that keeps its doctors' names from scrapers by drawing them: the name as
 * a text-to-image picture (`/txt2img?...`, alt `name` or `name医生`, a title repeating it on half)
 * in the card's place, the title, hospital (grade on 50%) and department as text (45%); the whole
 * card drawn as one picture whose alt (and title on 40%) is `name title hospital [grade] department`
 * (30%); or a card of text without the name, the name only in a handwritten e-signature under the
 * answer (`医生签名：` / `签名：` and a picture, alt `name` or `name（电子签名）`; 25%). A generic avatar
 * (alt 医生头像) and a 扫码咨询 QR picture beside it; the date line and a format word on 40%; an
 * ordinary related list (dated on half).
 */
const namePicture: Family = {
  name: 'name-picture',
  split: 'fresh-22',
  site: 'wen.tupian-mingpian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const kind = rng.weighted([['name', 45], ['whole', 30], ['signature', 25]] as const);
    const avatar = `<img src="/avatar/${page.item.num % 997}.jpg" alt="${rng.pick(['医生头像', '头像', 'avatar'])}" width="56">`;
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    let card: string;
    let signature = '';
    if (kind === 'name') {
      const alt = rng.chance(0.7) ? d.name! : `${d.name}医生`;
      const pic = `<img src="/txt2img?t=${token(rng, 24)}&amp;s=16" alt="${esc(alt)}"${rng.chance(0.5) ? ` title="${esc(alt)}"` : ''} height="18">`;
      card = rng.pick([
        `<div${cls(rng)}>${avatar}<div${cls(rng)}><p${cls(rng)}>${pic} <span${cls(rng)}>${d.title}</span></p><p${cls(rng)}>${hosp} ${esc(d.department!)}</p></div></div>`,
        `<div${cls(rng)}>${avatar}<div${cls(rng)}>${pic}<span${cls(rng)}>${d.title}</span><span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}>${hosp}</div></div></div>`,
        `<div${cls(rng)}>${avatar}<p>回答医生：${pic} ${d.title}</p><p>${esc(d.department!)} | ${hosp}</p></div>`,
      ]);
    } else if (kind === 'whole') {
      const words = [d.name!, d.title!, d.hospital!, ...(gradeShown ? [d.hospital_grade!] : []), d.department!].join(' ');
      card = `<div${cls(rng)}><img src="/card/${token(rng, 12)}.png" alt="${esc(words)}"${rng.chance(0.4) ? ` title="${esc(words)}"` : ''} width="320" height="96"></div>`;
    } else {
      card = rng.pick([
        `<div${cls(rng)}>${avatar}<p${cls(rng)}>${d.title} · ${esc(d.department!)}</p><p${cls(rng)}>${hosp}</p></div>`,
        `<div${cls(rng)}>${avatar}<span${cls(rng)}>${esc(d.department!)}</span> <span${cls(rng)}>${d.title}</span><div${cls(rng)}>${hosp}</div></div>`,
      ]);
      const alt = rng.chance(0.6) ? d.name! : `${d.name}（电子签名）`;
      signature = `<div${cls(rng)} style="text-align:right">${rng.pick(['医生签名：', '签名：', ''])}<img src="/sign/${token(rng, 16)}.png" alt="${esc(alt)}" height="40"></div>`;
    }
    const qr = rng.chance(0.6) ? `<div${cls(rng)}><img src="/qr/${token(rng, 8)}.png" alt="${rng.pick(['扫码咨询', '二维码', '扫码关注医生'])}" width="80"><p>扫码向医生提问</p></div>` : '';
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const when = whenLine(rng, page, printFormat);
    const list = relatedList(rng, page.related, datedItems);
    const main = rng.chance(0.5) ? `${card}\n${when}\n${answer}\n${signature}` : `${card}\n${answer}\n${signature}\n${when}`;
    const body = `<div${cls(rng)}><a href="/">图片名片问医</a> <a href="/ask/">提问</a> <a href="/doctors/">找医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${main}\n${qr}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 图片名片问医</div>`;
    const html = documentOf(`${page.question}-图片名片问医`, page.canonical, '<meta name="viewport" content="width=device-width">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat, datedItems }),
    };
  },
};

// --- F3. webform-fields ---

const SELECT_DEPARTMENTS = ['内科', '外科', '妇产科', '儿科', '皮肤科', '眼科', '耳鼻喉科', '口腔科', '中医科', '心理科'];
const FORMAT_RADIOS: ReadonlyArray<readonly [Format, string]> = [['text', '图文'], ['voice', '语音'], ['video', '视频']];

/**
 * F3. An internet hospital's 咨询详情 page on ASP.NET WebForms: the whole page one `<form>` with
 * `__VIEWSTATE` / `__EVENTVALIDATION` and hidden fields (hfConsultId, hfStatus 已回复, on 40% the
 * name of another doctor the consult was first assigned to); a label/field table — 咨询标题 a
 * read-only `<input>` (or a `<span id="lbl…">` label on 30%), 咨询内容 a read-only `<textarea>`, 咨询时间,
 * 回复医生 and 职称 inputs or labels, 所在医院 an input with the grade as a label after it on 50%,
 * 所属科室 an input or a disabled `<select>` with the department selected among others (40%), 回复内容 a
 * read-only `<textarea>` whose lines are the paragraphs (single or blank lines, CRLF now and then, an
 * opening newline on half, 　　 indents on 30%; `<span>` with `<br>`s on 25%), 回复时间 an input,
 * 回复方式 as three disabled radio buttons with the answer's checked (40%), as text (20%) or not at
 * all; a GridView of the asker's 其他咨询 (标题 / 回复摘要 / 回复医生 / 回复时间) with a postback pager.
 * The `<h2>` says 咨询详情; the `<title>` names the question on one page in three; a canonical link
 * on half.
 */
const webformFields: Family = {
  name: 'webform-fields',
  split: 'fresh-22',
  site: 'zixun.hulian-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const formatShown = rng.weighted([['radio', 40], ['text', 20], ['none', 40]] as const);
    const field = (id: string, value: string, width: number) =>
      rng.chance(0.7)
        ? `<input name="txt${id}" type="text" value="${esc(value)}" readonly="readonly" id="txt${id}" class="aspNetDisabled" style="width:${width}px;">`
        : `<span id="lbl${id}">${esc(value)}</span>`;
    const askDay = shift(page.date!, -rng.int(1, 3));
    const dept = rng.chance(0.4)
      ? `<select name="ddlDept" id="ddlDept" disabled="disabled">${rng
          .shuffle([...SELECT_DEPARTMENTS.filter((x) => x !== d.department), d.department!])
          .map((x) => `<option value="${token(rng, 3)}"${x === d.department ? ' selected="selected"' : ''}>${esc(x)}</option>`)
          .join('')}</select>`
      : field('Dept', d.department!, 160);
    const grade = gradeShown ? ` <span id="lblGrade"${cls(rng)}>${d.hospital_grade}</span>` : '';
    const eol = rng.pick(['\n', '\n\n', '\r\n']);
    const indent = rng.chance(0.3) ? '　　' : '';
    const reply = rng.chance(0.75)
      ? `<textarea name="txtReply" rows="10" cols="80" readonly="readonly" id="txtReply">${rng.chance(0.5) ? '\n' : ''}${page.paragraphs.map((p) => indent + esc(p)).join(eol)}</textarea>`
      : `<span id="lblReply">${page.paragraphs.map((p) => indent + esc(p)).join('<br>')}</span>`;
    const radios = FORMAT_RADIOS.map(
      ([f, label], i) => `<input id="rblType_${i}" type="radio" name="rblType" value="${i}" disabled="disabled"${f === page.format ? ' checked="checked"' : ''}><label for="rblType_${i}">${label}</label>`,
    ).join(' ');
    const way = formatShown === 'radio' ? radios : formatShown === 'text' ? field('Type', rng.pick(FORMAT_RADIOS.filter(([f]) => f === page.format))[1], 80) : '';
    const row = (label: string, html: string) => `<tr><th align="right"${cls(rng)}>${label}</th><td${cls(rng)}>${html}</td></tr>`;
    const rows = [
      row('咨询标题：', field('Title', page.question, 520)),
      row('咨询内容：', `<textarea name="txtContent" rows="4" cols="80" readonly="readonly" id="txtContent">${esc(ask(page))}，${rng.pick(ASKER_LINES)}</textarea>`),
      row('咨询时间：', field('AskTime', `${askDay} ${hm(rng)}`, 160)),
      row(rng.pick(['回复医生：', '接诊医生：']), `${field('Doctor', d.name!, 120)} 职称：${field('DocTitle', d.title!, 120)}`),
      row('所在医院：', `${field('Hospital', d.hospital!, 260)}${grade}`),
      row('所属科室：', dept),
      row(rng.pick(['回复内容：', '医生回复：']), reply),
      row('回复时间：', field('ReplyTime', `${page.date} ${page.time}`, 160)),
      ...(way ? [row('回复方式：', way)] : []),
    ].join('\n');
    const hidden = [
      `<input type="hidden" name="hfConsultId" id="hfConsultId" value="${page.item.num}">`,
      `<input type="hidden" name="hfStatus" id="hfStatus" value="已回复">`,
      ...(rng.chance(0.4) ? [`<input type="hidden" name="hfAssignDoctor" id="hfAssignDoctor" value="${otherName(rng)}">`] : []),
    ].join('\n');
    const state = `<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 40)}${Buffer.from(token(rng, 60)).toString('base64')}">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA${token(rng, 32)}">`;
    const grid = page.related.length
      ? `<h3${cls(rng)}>${rng.pick(['其他咨询', '相关咨询', '相似咨询'])}</h3>
<table cellspacing="0" rules="all" border="1" id="gvOther" style="border-collapse:collapse;">
<tr><th scope="col">咨询标题</th><th scope="col">回复摘要</th><th scope="col">回复医生</th><th scope="col">回复时间</th></tr>
${page.related.map((r) => `<tr><td><a href="${r.path}">${esc(r.question)}</a></td><td>${esc(r.snippet)}</td><td>${otherName(rng)}</td><td>${r.date}</td></tr>`).join('\n')}
<tr><td colspan="4"><table><tr><td><span>1</span></td><td><a href="javascript:__doPostBack('gvOther','Page$2')">2</a></td><td><a href="javascript:__doPostBack('gvOther','Page$Last')">尾页</a></td></tr></table></td></tr>
</table>`
      : '';
    const body = `<form method="post" action="./Detail.aspx?id=${page.item.num}" id="form1">
<div class="aspNetHidden">
${state}
</div>
${hidden}
<div${cls(rng)}><a href="/">互联网医院</a> | <a href="/Consult/List.aspx">咨询列表</a> | <a href="/Member/Login.aspx">登录</a></div>
${wrap(rng, `<h2${cls(rng)}>${rng.pick(['咨询详情', '在线咨询详情', '咨询记录'])}</h2>\n<table cellpadding="4" width="100%"${cls(rng)}>\n${rows}\n</table>`)}
<div${cls(rng)}><input type="submit" name="btnBack" value="返回列表" id="btnBack"> <input type="submit" name="btnPrint" value="打印" id="btnPrint"></div>
${grid}
<div${cls(rng)}>${rng.pick(DISCLAIMERS)}<br>Copyright © 2024 互联网医院 版权所有</div>
</form>`;
    const title = rng.pick(['咨询详情', `${page.question} - 咨询详情`, '在线咨询 - 互联网医院']);
    const canonical = rng.chance(0.5) ? page.canonical : null;
    const html = documentOf(title, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: formatShown === 'none' ? 'unknown' : page.format,
        // Without a canonical link the saved page names no address of its own: a link stays as written (/q/N.html).
        related: relatedWith(page, (e, i) => ({ format: 'unknown', url: canonical ? e.url : page.related[i]!.path })),
      }),
    };
  },
};

// --- F4. updated-ld ---

/** The title one step lower: what the doctor held when the structured data was written. */
const LOWER_TITLE: Record<string, string> = {
  主任医师: '副主任医师', 副主任医师: '主治医师', 主治医师: '医师', 医师: '住院医师', 住院医师: '医师',
  主任中医师: '副主任中医师', 副主任中医师: '主治中医师', 主治中医师: '中医师', 主管药师: '药师', 副主任护师: '主管护师',
};

/**
 * F4. A 科普问答 page that prints both when the doctor answered (`回答于`, `医生回答：`, `首次回答：`,
 * `day 回答`) and when the page was updated (`更新于`, `最后更新：`, `审核于`, `day 更新`; 30–900 days
 * later), the update line first on half; on 30% a note after the answer `（本回答已于 day 更新）`; a
 * JSON-LD QAPage the template left stale — the author's jobTitle one step lower on 50%, the answer's
 * text an earlier version (its last paragraph missing or one more closing line) on 50%, the asking
 * day as dateCreated, the update day as dateModified, the question in the asker's first wording on
 * 40% —, `article:modified_time` the update day; a plain card (grade on 60%), a format word on 35%,
 * an ordinary related list (dated on half).
 */
const updatedLd: Family = {
  name: 'updated-ld',
  split: 'fresh-22',
  site: 'www.kepu-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const updated = shift(page.date!, rng.int(30, 900));
    const askDay = shift(page.date!, -rng.int(0, 3));
    const answeredLine = rng.pick([`回答于 ${dayText(rng, page.date!, page.time)}`, `医生回答：${dayText(rng, page.date!, page.time)}`, `首次回答：${dayText(rng, page.date!)}`, `${dayText(rng, page.date!)} 回答`]);
    const updatedLine = rng.pick([`更新于 ${dayText(rng, updated, hm(rng))}`, `最后更新：${dayText(rng, updated)}`, `审核于 ${dayText(rng, updated)}`, `${dayText(rng, updated)} 更新`]);
    const format = printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const dates = rng.chance(0.5)
      ? `<div${cls(rng)}><span${cls(rng)}>${updatedLine}</span></div>\n<div${cls(rng)}><span${cls(rng)}>${answeredLine}</span>${format}</div>`
      : `<div${cls(rng)}><span${cls(rng)}>${answeredLine}</span>${format} <span${cls(rng)}>${updatedLine}</span></div>`;
    const note = rng.chance(0.3) ? `<p${cls(rng)}>（本回答已于${dayText(rng, updated)}更新）</p>` : '';
    const staleTitle = rng.chance(0.5);
    const staleText = rng.chance(0.5);
    const staleQuestion = rng.chance(0.4);
    const oldText = staleText
      ? page.paragraphs.length > 1 && rng.chance(0.5)
        ? page.paragraphs.slice(0, -1)
        : [...page.paragraphs, rng.pick(['如有疑问可以继续咨询。', '祝早日康复。'])]
      : page.paragraphs;
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: staleQuestion ? `${rng.pick(['医生你好，', '请问', '医生，'])}${page.question}` : page.question,
        dateCreated: `${askDay}T${hm(rng)}:00+08:00`,
        answerCount: 1,
        acceptedAnswer: {
          '@type': 'Answer',
          text: oldText.join('\n'),
          dateCreated: `${askDay}T${page.time}:00+08:00`,
          dateModified: `${updated}T09:00:00+08:00`,
          author: { '@type': 'Person', name: d.name, jobTitle: staleTitle ? LOWER_TITLE[d.title!] ?? '医师' : d.title, worksFor: { '@type': 'Hospital', name: d.hospital } },
        },
      },
    };
    const head = `<meta property="article:modified_time" content="${updated}T09:00:00+08:00">\n<script type="application/ld+json">${JSON.stringify(ld)}</script>\n`;
    const card = plainCard(rng, page, gradeShown);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = relatedList(rng, page.related, datedItems);
    const body = `<div${cls(rng)}><a href="/">科普问答</a> <a href="/ks/">科室</a> <a href="/jb/">疾病</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${dates}` : `${dates}\n${card}`}\n${answer}\n${note}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 科普问答 内容由医生审核</div>`;
    const html = documentOf(`${page.question}_科普问答`, page.canonical, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat, datedItems }),
    };
  },
};

// --- F5. hospital-alias ---

/** How patients and platforms shorten a hospital's name (`{city}` without 市), longest ending first. */
const SHORT_HOSPITALS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['中医药大学附属医院', ['{c}中医附院']],
  ['医科大学附属医院', ['{c}医大附院', '{c}附院']],
  ['大学附属第二医院', ['{c}附二院', '{c}大附二']],
  ['妇幼保健医院', ['{c}妇幼']],
  ['中西医结合医院', ['{c}中西医']],
  ['第一人民医院', ['{c}一院', '{c}市一院']],
  ['第二人民医院', ['{c}二院', '{c}市二院']],
  ['第三人民医院', ['{c}三院', '{c}市三院']],
  ['第四人民医院', ['{c}四院']],
  ['精神卫生中心', ['{c}精卫']],
  ['妇幼保健院', ['{c}妇幼']],
  ['人民医院', ['{c}人医', '{c}市人医']],
  ['中心医院', ['{c}中心', '{c}市中心']],
  ['儿童医院', ['{c}儿院', '{c}市儿']],
  ['口腔医院', ['{c}口腔']],
  ['肿瘤医院', ['{c}肿瘤']],
  ['医学中心', ['{c}医学中心']],
  ['中医院', ['{c}中医']],
];
const shortHospital = (rng: Rng, hospital: string) => {
  const city = hospital.replace(/市.*$/u, '');
  const forms = SHORT_HOSPITALS.find(([ending]) => hospital.endsWith(ending))?.[1] ?? ['{c}医院'];
  return rng.pick(forms).replace('{c}', city);
};
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const REVIEWS = ['医生很耐心，讲得很清楚', '回复很及时，非常感谢', '态度好，专业', '按医生说的吃药，好多了', '挂号很方便，医生很负责'];

/**
 * F5. A 挂号 (appointment) platform's doctor Q&A page: a city switch, the breadcrumb 首页 > city >
 * short hospital > department > name; the card: name, title, the hospital by its short name
 * (江州一院, 江州人医, 江州妇幼 …; the full name only in a title tooltip on half), the grade as a tag
 * on 50%, the department; 推荐度 ★4.8, 问诊量, 预约挂号 / 在线问诊 buttons; an 出诊信息 table
 * (weekdays × 上午 / 下午: 专家门诊 ¥50, 特需门诊 ¥300, 约满, 停诊) with its 出诊地点 at a campus of the
 * short name (东院区 / 本部); the Q&A — 患者提问 `<h1>` or `<h2>`, 回答时间, a format tag on 45% —; 患者评价
 * with masked names, lines and days on 60%; 该医生的其他回答 / 相关问答 items with `[语音]` / `[图文]`
 * / `[视频]` before the question on 50% and the date on 60%.
 */
const hospitalAlias: Family = {
  name: 'hospital-alias',
  split: 'fresh-22',
  site: 'www.guahao-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const short = shortHospital(rng, d.hospital!);
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.45);
    const itemFormats = rng.chance(0.5);
    const datedItems = rng.chance(0.6);
    const city = d.hospital!.replace(/市.*$/u, '');
    const hospitalHtml = rng.chance(0.5) ? `<span title="${esc(d.hospital!)}"${cls(rng)}>${esc(short)}</span>` : `<a href="/hospital/${page.item.num % 701}.html"${cls(rng)}>${esc(short)}</a>`;
    const gradeTag = gradeShown ? ` <i${cls(rng)}>${d.hospital_grade}</i>` : '';
    const card = rng.pick([
      `<div${cls(rng)}><img src="/doc/${page.item.num % 997}.jpg" alt="" width="80"><div${cls(rng)}><h3${cls(rng)}>${esc(d.name!)} <small>${d.title}</small></h3><p${cls(rng)}>${hospitalHtml}${gradeTag} ${esc(d.department!)}</p></div></div>`,
      `<div${cls(rng)}><img src="/doc/${page.item.num % 997}.jpg" alt="" width="80"><div${cls(rng)}><b>${esc(d.name!)}</b><span${cls(rng)}>${d.title}</span><p${cls(rng)}>${esc(d.department!)}</p><p${cls(rng)}>${hospitalHtml}${gradeTag}</p></div></div>`,
    ]);
    const counters = `<div${cls(rng)}>推荐度 <b>${(4 + rng.int(0, 9) / 10).toFixed(1)}</b> ★★★★★　问诊量 ${rng.int(200, 20_000)}　${rng.int(90, 100)}%好评</div>
<div${cls(rng)}><a href="/guahao/${page.item.num % 997}">预约挂号</a> <a href="/wenzhen/${page.item.num % 997}">在线问诊</a></div>`;
    const slot = () => rng.pick(['专家门诊<br>¥50', '特需门诊<br>¥300', '普通门诊<br>¥25', '约满', '停诊', '', '', '']);
    const campus = `${short}${rng.pick(['东院区', '本部', '南院区', '新院区'])}`;
    const schedule = `<div${cls(rng)}><h4>出诊信息</h4><table${cls(rng)}><tr><th></th>${WEEKDAYS.map((w) => `<th>${w}</th>`).join('')}</tr>
<tr><td>上午</td>${WEEKDAYS.map(() => `<td>${slot()}</td>`).join('')}</tr>
<tr><td>下午</td>${WEEKDAYS.map(() => `<td>${slot()}</td>`).join('')}</tr></table><p>出诊地点：${esc(campus)} ${rng.pick(['门诊楼', '综合楼'])}${rng.int(1, 6)}层</p></div>`;
    const format = printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const qTag = rng.pick(['h1', 'h2']);
    const qa = `<div${cls(rng)}><div${cls(rng)}>患者提问</div><${qTag}${cls(rng)}>${esc(page.question)}</${qTag}>
<div${cls(rng)}>${rng.pick(['医生回答', `${esc(d.name!)}医生的回答`, '医生解答'])}</div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div${cls(rng)}>${rng.pick(['回答时间：', '回复于 ', ''])}${dayText(rng, page.date!, page.time)}${format}</div></div>`;
    const reviews = rng.chance(0.6)
      ? `<div${cls(rng)}><h4>患者评价（${rng.int(3, 800)}）</h4><ul${cls(rng)}>${Array.from(
          { length: rng.int(2, 3) },
          () => `<li><span>${otherName(rng).slice(0, 1)}**</span> <span>${rng.pick(['疗效：满意', '态度：很满意', '看病目的：咨询'])}</span><p>${rng.pick(REVIEWS)}</p><span>${dayText(rng, shift(page.date!, rng.int(-200, 200)))}</span></li>`,
        ).join('')}</ul></div>`
      : '';
    const formatOf = (f: Format) => rng.pick([`[${{ voice: '语音', text: '图文', video: '视频', unknown: '' }[f]}]`, `【${{ voice: '语音', text: '图文', video: '视频', unknown: '' }[f]}】`]);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['该医生的其他回答', '相关问答', '同科室医生的回答'])}</h3><ul${cls(rng)}>${page.related
          .map(
            (r) =>
              `<li${cls(rng)}><a href="${r.path}">${itemFormats ? `<span${cls(rng)}>${formatOf(r.format)}</span>` : ''}${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">挂号问答</a> <span>${esc(city)} ▾</span> <input type="text" placeholder="搜医院、医生、疾病"> <a href="/login">登录</a></div>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/city/${page.item.num % 10}">${esc(city)}</a> &gt; <a href="/hospital/${page.item.num % 701}.html">${esc(short)}</a> &gt; <a href="/dept/${page.item.num % 97}">${esc(d.department!)}</a> &gt; <span>${esc(d.name!)}</span></div>
${wrap(rng, `${card}\n${counters}\n${rng.chance(0.5) ? `${schedule}\n${qa}` : `${qa}\n${schedule}`}\n${reviews}`)}
${list}
<div${cls(rng)}>© 2024 挂号问答 ${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${page.question}_${d.name}_${short}_挂号问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...cardPlain(page, gradeShown), hospital: short },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: itemFormats ? e.format : 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F6. doubled-body ---

const VIEWS = '@@VIEWS@@';

/**
 * F6. A page whose body came twice: a transfer retried from the start and appended to what had
 * arrived (a crawler's or a proxy's resume gone wrong), so the whole document — doctype, head and
 * all — follows the first attempt, which arrived whole (50%) or broke off at a random point after
 * its `<body>` (50%: inside a tag, an attribute or a text now and then); the 人看过 counter differs
 * between the copies. The page itself an ordinary mobile Q&A: the `<h1>`, a plain
 * card (grade on 60%), the date line (a format word on 35%), the answer, a disclaimer, an ordinary
 * related list (dated on half).
 */
const doubledBody: Family = {
  name: 'doubled-body',
  split: 'fresh-22',
  site: 'm.chongfu-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = relatedList(rng, page.related, datedItems);
    const body = `<header${cls(rng)}><a href="/">重复问答</a> <a href="/search">搜索</a></header>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n<div${cls(rng)}>${VIEWS}人看过</div>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<footer${cls(rng)}>© 2024 重复问答 <a href="/about">关于</a></footer>`;
    const html = documentOf(`${page.question} - 重复问答`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    // The first attempt arrived whole or broke off partway; the retry's whole document follows it.
    const tried = html.replace(VIEWS, String(rng.int(100, 9000)));
    const bodyAt = tried.indexOf('<body>') + '<body>'.length;
    const first = rng.chance(0.5) ? tried : tried.slice(0, rng.int(bodyAt + 1, tried.length - 1));
    const second = html.replace(VIEWS, String(rng.int(100, 9000)));
    return {
      body: Buffer.from(`${first}${rng.pick(['', '\n', '\r\n'])}${second}`, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat, datedItems }),
    };
  },
};

export const FRESH22_FAMILIES: readonly Family[] = [rowspanTable, namePicture, webformFields, updatedLd, hospitalAlias, doubledBody];
