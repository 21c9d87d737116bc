import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, DISCLAIMERS, documentOf, formatWord, itemNum, otherName, shift, token, unpadded } from './ordinary-parts.js';
import { encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fifty-sixth fresh held-out set (split `fresh-56`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its
 * tests and without running it on these pages — and committed before its first run. Theme: **six new sites
 * of the genre, each built with another era's or stack's markup, none of whose class names say what a
 * block is**: a 2005-era ASP page of nested tables, `<font>`s and spacer GIFs in GB2312; a Bootstrap 3 /
 * jQuery page; a Tailwind page of utility classes only; a React page of styled-components or CSS-module
 * hashes (`sc-bdVaJa kXgtQz`, `index_t2__3xk9a`) with React's `<!-- -->` between text pieces; an Angular
 * Universal page (`_ngcontent-*` attributes, `<!---->` anchors, Material components, `mat-icon` ligature
 * words, the TransferState script); a Layui page (layui-card, layui-badge, layui-elem-quote).
 *
 * The answer key holds what a careful person reads on the page as the dataset row; a field the page does
 * not print is null (format 'unknown'). The card is the universe's, printed whole; the grade only where the
 * page prints it. Where a careful person could hesitate, the key decides (the README row says the same):
 * - a day printed without its year (`05-06`, `5月6日`) or as a relative time (`3天前`) names no day: null;
 * - an icon font's ligature word (`schedule`, `mic`, `videocam`) is an icon, none of the text;
 * - the asker's description (in a quote block or a `问题描述` line) is none of the answer, nor is the
 *   disclaimer or a 有帮助 / 分享 row;
 * - a related item that shows only its question (with maybe its count of answers) is a link: `paragraphs: []`;
 * - a `　　` indent opening an answer paragraph is layout, none of its text.
 */

type Related = TruthPage['related'][number];


/** The expected related items at the site's address for each (`url`), with what `change` says of each. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem, r: Related) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    return { ...e, url: url(r), ...change(e, r) };
  });

/** The card as printed: the grade only where shown. */
const cardOf = (page: TruthPage, gradeShown: boolean) => ({ ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null });

/** A day without its year, as lists print it: 05-06. */
const monthDay = (iso: string) => iso.slice(5);

/** A relative time a page prints in place of a day (it names none). */
const relative = (rng: Rng) => rng.pick(['3天前', '1周前', '2个月前', '昨天 18:20', '半年前']);

/** The asker's words after the question. */
const askerWords = (rng: Rng, page: TruthPage) => `${page.question.replace(/[？?]$/u, '')}，${rng.pick(ASKER_LINES)}`;

// --- F1. bxjk-tables ---

const spacer = (h: number) => `<tr><td height="${h}"><img src="/images/spacer.gif" width="1" height="${h}" border="0"></td></tr>`;

/**
 * F1. 百姓健康网's 专家答疑 page (www.bxjk120.com/zjdy/show.asp?id=…), a 2005-era ASP site in GB2312
 * (`<meta http-equiv>`): a 778px table of tables, spacer GIF rows, `<font>` colours, style-named classes
 * (`f14b`, `hui12`, `lan12`, `bk1`); a 468×60 banner, a nav row of `|`-parted links, 您现在的位置 crumbs;
 * the question beside a `wen.gif` picture (alt 问) in bold blue, 提问者 and 提问时间 (a day or two before); the
 * answer beside `da.gif` (alt 答), paragraphs parted by `<br><br>` with a `　　` indent (or `<p>`s on 40%);
 * `回复时间：` (padded or not, with seconds on half, or `[2023年5月6日]`); the card either a 专家档案 box in
 * the right column (姓名 / 职称 / 科室 / 医院 rows, the grade `[三甲]` in red on half) or one line
 * `回复专家：name　title　hospital　department` under the answer (40%); format never printed; 相关问题 rows
 * `·question (05-06)` link-only (60%) or with a grey snippet line and a full day (40%); 友情链接, copyright,
 * ICP number, 最佳浏览分辨率 800*600.
 */
const bxjkTables: Family = {
  name: 'bxjk-tables',
  split: 'fresh-56',
  site: 'www.bxjk120.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const inlineCard = rng.chance(0.4);
    const withSnippets = rng.chance(0.4);
    const grade = gradeShown ? `<font color="#FF0000">[${d.hospital_grade}]</font>` : '';
    const [y, m, dd] = page.date!.split('-');
    const when = rng.pick([
      `${unpadded(page.date!, '-')} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`,
      `${page.date} ${page.time}`,
      page.date!,
      `[${cnDate(page.date!)}]`,
      `${y}年${m}月${dd}日`,
    ]);
    const asked = unpadded(shift(page.date!, -rng.int(0, 2)), '-');
    const pHtml = rng.chance(0.6)
      ? page.paragraphs.map((p) => `　　${esc(p)}`).join('<br><br>\n')
      : page.paragraphs.map((p) => `<p>　　${esc(p)}</p>`).join('\n');
    const url = (r: Related) => `http://www.bxjk120.com/zjdy/show.asp?id=${itemNum(r)}`;
    const relatedRows = page.related
      .map((r) =>
        withSnippets
          ? `<tr><td class="lan12" height="22">·<a href="${url(r)}" target="_blank">${esc(r.question)}</a> <font class="hui12">${r.date}</font></td></tr>\n<tr><td class="hui12" style="padding-left:12px">${esc(r.snippet)}</td></tr>`
          : `<tr><td class="lan12" height="22">·<a href="${url(r)}" target="_blank">${esc(r.question)}</a> <font class="hui12">(${monthDay(r.date!)})</font></td></tr>`,
      )
      .join('\n');
    const related = page.related.length
      ? `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk1"><tr><td height="26" bgcolor="#E8F3FD" class="f14b">&nbsp;<img src="/images/dot2.gif" width="9" height="9"> <font color="#0066CC">相关问题</font></td></tr>${spacer(4)}\n${relatedRows}</table>`
      : '';
    const inline = `<tr><td class="f12" align="right"><font color="#666666">回复专家：<a href="/zj/${page.item.num % 997}.html">${esc(d.name!)}</a>　${d.title}　${esc(d.hospital!)}${grade}　${esc(d.department!)}</font></td></tr>`;
    const box = `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk1">
<tr><td height="26" bgcolor="#E8F3FD" class="f14b">&nbsp;<font color="#0066CC">专家档案</font></td></tr>${spacer(6)}
<tr><td align="center"><img src="/zjphoto/${token(rng, 6)}.jpg" width="90" height="110" border="0"></td></tr>${spacer(6)}
<tr><td class="f12" style="padding-left:8px">姓名：<a href="/zj/${page.item.num % 997}.html"><b>${esc(d.name!)}</b></a></td></tr>
<tr><td class="f12" style="padding-left:8px">职称：${d.title}</td></tr>
<tr><td class="f12" style="padding-left:8px">科室：${esc(d.department!)}</td></tr>
<tr><td class="f12" style="padding-left:8px">医院：${esc(d.hospital!)}${grade}</td></tr>${spacer(8)}
</table>`;
    const ad = `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><a href="/ad/click.asp?id=${rng.int(10, 99)}" target="_blank"><img src="/ad/${token(rng, 4)}.gif" width="200" height="${rng.pick([150, 200, 250])}" border="0"></a></td></tr></table>`;
    const right = `<td width="200" valign="top">${inlineCard ? '' : box}<img src="/images/spacer.gif" width="1" height="8"><br>${ad}</td>`;
    const body = `<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="200"><a href="/"><img src="/images/logo.gif" width="200" height="60" border="0" alt="百姓健康网"></a></td><td><a href="/ad/click.asp?id=${rng.int(1, 9)}"><img src="/ad/banner468.gif" width="468" height="60" border="0"></a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#3A8ED5">
<tr><td height="28" class="white12" align="center"><a href="/">首　页</a> | <a href="/zjdy/">专家答疑</a> | <a href="/jbk/">疾病库</a> | <a href="/yyk/">医院库</a> | <a href="/ys/">养生保健</a> | <a href="/bbs/">健康论坛</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">${spacer(6)}
<tr><td class="f12">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zjdy/">专家答疑</a> &gt;&gt; <a href="/zjdy/list.asp?ks=${rng.int(1, 40)}">${esc(d.department!)}</a></td></tr>${spacer(6)}
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="570" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="bk1">
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td width="20" valign="top"><img src="/images/wen.gif" width="16" height="16" alt="问"></td><td class="f14b"><font color="#0066CC"><b>${esc(page.question)}</b></font></td></tr>
<tr><td></td><td class="hui12">提问者：网友${rng.pick(['', '***', token(rng, 3)])}　提问时间：${asked}</td></tr>
${rng.chance(0.5) ? `<tr><td></td><td class="f12"><font color="#666666">问题描述：${esc(askerWords(rng, page))}</font></td></tr>` : ''}
</table></td></tr>${spacer(10)}
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td width="20" valign="top"><img src="/images/da.gif" width="16" height="16" alt="答"></td><td class="f14" style="line-height:180%">${pHtml}</td></tr>
<tr><td></td><td class="hui12" align="right">回复时间：${when}</td></tr>
${inlineCard ? inline : ''}
</table></td></tr>${spacer(6)}
<tr><td class="hui12">&nbsp;&nbsp;<font color="#999999">声明：专家解答仅供参考，不能代替医生面诊。</font></td></tr>${spacer(10)}
</table><img src="/images/spacer.gif" width="1" height="10"><br>
${related}</td>
<td width="8"><img src="/images/spacer.gif" width="8" height="1"></td>
${right}
</tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">${spacer(10)}
<tr><td class="f12">友情链接：<a href="http://www.${token(rng, 4)}.com/">健康之路</a> | <a href="#">中华养生网</a> | <a href="#">39健康</a></td></tr>
<tr><td height="60" align="center" class="hui12" bgcolor="#F2F2F2">关于我们 | 广告服务 | 联系我们 | 免责声明<br>Copyright &copy; 2004-2008 bxjk120.com All Rights Reserved 琼ICP备05001234号<br>建议使用IE6.0以上浏览器，最佳浏览分辨率 800*600</td></tr>
</table>`;
    const html = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(page.question)}--专家答疑--百姓健康网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
${body}
</body>
</html>`;
    return {
      body: encode(html, 'gb2312-http-equiv'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        format: 'unknown',
        related: itemsOf(page, url, (e, r) => (withSnippets ? { format: 'unknown', date: r.date } : { paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F2. bootstrap3-yiwentong ---

/**
 * F2. 医问通 (www.yiwentong.cn/question/{id}.html), Bootstrap 3 and jQuery: `navbar navbar-default` with its
 * toggle's `icon-bar`s and a search form, `breadcrumb`, `row` of `col-md-8` and `col-md-4 hidden-xs`; the
 * question in a `panel-body` (`<h3>` or `<h1 class="h3">`), the asker's `text-muted small` line (性别 | 年龄 |
 * 提问于 a day before) and on half a `well well-sm` of 问题描述; the answer's panel (`panel-heading` 医生回复 /
 * 专家解答 / 1个回答): a `media` card (name in `h4.media-heading`, the title in `<small>` or a `label`, the
 * hospital with a `label label-danger` grade on half, the department in `text-muted`) before the answer (70%)
 * or after it; the date line with a `glyphicon glyphicon-time`: a full day (four forms) or a relative
 * time on 20% (null); a `label label-info` format word on half; an `alert alert-warning` disclaimer; 有帮助 /
 * 分享 `btn btn-default btn-xs`s; 相关问题 a `list-group` of `list-group-item` links: heading and text with a
 * `pull-right` day (full, or `05-06`: null) on 70%, or the question with a `badge` count of answers (link-only);
 * a sidebar of 推荐医生 (other doctors' media), an ad and `label` tags; the jQuery and bootstrap.min.js scripts.
 */
const bootstrapYiwentong: Family = {
  name: 'bootstrap3-yiwentong',
  split: 'fresh-56',
  site: 'www.yiwentong.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.5);
    const relativeDate = rng.chance(0.2);
    const snippets = rng.chance(0.7);
    const fullItemDays = rng.chance(0.5);
    const doctorLink = `<a href="/doctor/${page.item.num % 4999}/">${esc(d.name!)}</a>`;
    const nameLine = rng.chance(0.5)
      ? `<h4 class="media-heading">${doctorLink} <small>${d.title}</small></h4>`
      : `<h4 class="media-heading">${doctorLink}</h4><span class="label label-default">${d.title}</span>`;
    const card = `<div class="media">
<div class="media-left"><a href="/doctor/${page.item.num % 4999}/"><img class="media-object img-circle" src="/upload/avatar/${token(rng, 10)}.jpg" width="64" height="64" alt=""></a></div>
<div class="media-body">${nameLine}
<p>${esc(d.hospital!)}${gradeShown ? ` <span class="label label-danger">${d.hospital_grade}</span>` : ''}</p>
<p class="text-muted">${esc(d.department!)}</p></div>
</div>`;
    const day = relativeDate ? relative(rng) : rng.pick([page.date!, `${page.date} ${page.time}`, cnDate(page.date!), page.date!.replace(/-/g, '/')]);
    const when = `<p class="text-muted small"><span class="glyphicon glyphicon-time" aria-hidden="true"></span> ${day}${printFormat ? ` <span class="label label-info">${formatWord(rng, page.format)}</span>` : ''}</p>`;
    const answer = page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const cardFirst = rng.chance(0.7);
    const url = (r: Related) => `https://www.yiwentong.cn/question/${itemNum(r)}.html`;
    const items = page.related
      .map((r) =>
        snippets
          ? `<a href="${url(r)}" class="list-group-item"><span class="pull-right text-muted small">${fullItemDays ? r.date : monthDay(r.date!)}</span><h4 class="list-group-item-heading">${esc(r.question)}</h4><p class="list-group-item-text">${esc(r.snippet)}</p></a>`
          : `<a href="${url(r)}" class="list-group-item"><span class="badge">${rng.int(1, 9)}</span>${esc(r.question)}</a>`,
      )
      .join('\n');
    const related = page.related.length
      ? `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${rng.pick(['相关问题', '相似问题', '其他人还问了'])}</h3></div><div class="list-group">\n${items}\n</div></div>`
      : '';
    const side = `<div class="col-md-4 hidden-xs">
<div class="panel panel-default"><div class="panel-heading">推荐医生</div><ul class="list-group">${Array.from({ length: 3 }, () => `<li class="list-group-item"><div class="media"><div class="media-left"><img class="media-object img-circle" src="/upload/avatar/${token(rng, 10)}.jpg" width="40" height="40"></div><div class="media-body"><h5 class="media-heading">${otherName(rng)} <small>${rng.pick(['主任医师', '副主任医师', '主治医师'])}</small></h5><a class="btn btn-primary btn-xs" href="/doctor/${rng.int(1, 4999)}/">向TA提问</a></div></div></li>`).join('')}</ul></div>
<a href="/ad/${rng.int(1, 20)}" target="_blank"><img class="img-responsive" src="/static/ad/${token(rng, 8)}.jpg" alt=""></a>
<div class="panel panel-default"><div class="panel-body"><span class="label label-default">${esc(d.department!)}</span> <span class="label label-default">常见病</span> <span class="label label-default">用药</span></div></div>
</div>`;
    const body = `<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button><a class="navbar-brand" href="/">医问通</a></div>
<div id="navbar" class="collapse navbar-collapse"><ul class="nav navbar-nav"><li class="active"><a href="/question/">问答</a></li><li><a href="/doctor/">找医生</a></li><li><a href="/disease/">疾病库</a></li></ul><form class="navbar-form navbar-right" action="/search"><div class="form-group"><input type="text" class="form-control" name="q" placeholder="搜索问题"></div> <button type="submit" class="btn btn-success">搜索</button></form></div></div></nav>
<div class="container">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/question/">问答</a></li><li><a href="/question/ks${rng.int(1, 60)}/">${esc(d.department!)}</a></li><li class="active">问题详情</li></ol>
<div class="row">
<div class="col-md-8">
<div class="panel panel-default"><div class="panel-body">
${rng.chance(0.5) ? `<h3>${esc(page.question)}</h3>` : `<h1 class="h3">${esc(page.question)}</h1>`}
<p class="text-muted small">${rng.pick(['女', '男'])} | ${rng.int(18, 70)}岁 | 提问于 ${shift(page.date!, -rng.int(0, 1))}</p>
${rng.chance(0.5) ? `<div class="well well-sm">问题描述：${esc(askerWords(rng, page))}</div>` : ''}
</div></div>
<div class="panel panel-default"><div class="panel-heading">${rng.pick(['医生回复', '专家解答', '1个回答'])}</div><div class="panel-body">
${cardFirst ? `${card}\n<hr>` : ''}
${answer}
${when}
${cardFirst ? '' : `<hr>\n${card}`}
<div class="alert alert-warning" role="alert">${rng.pick(DISCLAIMERS)}</div>
<p><button type="button" class="btn btn-default btn-xs"><span class="glyphicon glyphicon-thumbs-up"></span> 有帮助 ${rng.int(0, 300)}</button> <button type="button" class="btn btn-default btn-xs"><span class="glyphicon glyphicon-share-alt"></span> 分享</button></p>
</div></div>
${related}
</div>
${side}
</div>
</div>
<footer class="footer"><div class="container"><p class="text-muted">&copy; 2016-2023 医问通 yiwentong.cn | 京ICP备16012345号-1 | 本站内容仅供参考</p></div></footer>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/bootstrap.min.js"></script>`;
    const html = documentOf(`${page.question}_医问通`, `https://www.yiwentong.cn/question/${page.item.num}.html`, '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link href="/static/css/bootstrap.min.css" rel="stylesheet">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        date: relativeDate ? null : page.date,
        format: printFormat ? page.format : 'unknown',
        related: itemsOf(page, url, (e, r) => (snippets ? { format: 'unknown', date: fullItemDays ? r.date : null } : { paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F3. tailwind-qingning ---

const TW_FORMAT: Record<Exclude<Format, 'unknown'>, string> = { voice: '语音回答', text: '图文回答', video: '视频回答' };

/**
 * F3. 青柠问诊 (www.qingning.health/q/{id}), Tailwind: every class a utility (`flex items-center gap-2
 * text-sm text-gray-500`), nothing naming a block; a sticky blurred header, a topic pill; the question an
 * `<h1 class="text-xl font-semibold …">` (a `<div class="text-lg font-bold …">` on 30%); the card a grey
 * rounded row (avatar, name and title spans, `hospital · department` or `department | hospital` or two
 * spans, an orange grade pill on half, a 关注 button); the meta row `语音回答 · 2023-05-06` (format on 60%;
 * the day full with a `<time datetime>` or `2023年5月6日`, or `5月6日` in a span on 25%: null); a voice
 * button with its seconds or a `<video>` for those formats; the answer a `space-y-3` block of `<p>`s; an
 * amber disclaimer; 有帮助 / 分享; 大家还在问 as a `divide-y` list of block links (question, snippet, on half
 * a `format · day` line keyed as printed); an `hidden lg:block` aside (app QR, 推荐医生) and a `lg:hidden`
 * fixed bottom bar 打开青柠App.
 */
const tailwindQingning: Family = {
  name: 'tailwind-qingning',
  split: 'fresh-56',
  site: 'www.qingning.health',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.6) && page.format !== 'unknown';
    const noYear = rng.chance(0.25);
    const itemMeta = rng.chance(0.5);
    const headingQ = rng.chance(0.7);
    const name = `<span class="text-base font-medium text-gray-900">${esc(d.name!)}</span><span class="text-sm text-gray-500">${d.title}</span>`;
    const pill = gradeShown ? `<span class="ml-1 rounded bg-orange-50 px-1 text-[10px] leading-4 text-orange-600">${d.hospital_grade}</span>` : '';
    const place = rng.pick([
      `<div class="mt-0.5 truncate text-sm text-gray-500">${esc(d.hospital!)}${pill} · ${esc(d.department!)}</div>`,
      `<div class="mt-0.5 truncate text-sm text-gray-500">${esc(d.department!)} | ${esc(d.hospital!)}${pill}</div>`,
      `<div class="mt-0.5 flex items-center gap-1 text-sm text-gray-500"><span>${esc(d.hospital!)}</span>${pill}<span class="text-gray-300">/</span><span>${esc(d.department!)}</span></div>`,
    ]);
    const card = `<div class="mt-4 flex items-center gap-3 rounded-xl bg-gray-50 p-3"><img class="h-11 w-11 shrink-0 rounded-full object-cover" src="https://cdn.qingning.health/avatar/${token(rng, 12)}.jpg" alt=""><div class="min-w-0 flex-1"><div class="flex items-center gap-2">${name}</div>${place}</div><button class="ml-auto shrink-0 rounded-full border border-emerald-500 px-3 py-1 text-xs text-emerald-600">关注</button></div>`;
    const day = noYear
      ? `<span>${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8))}日</span>`
      : `<time datetime="${page.date}T${page.time}:00+08:00">${rng.pick([page.date!, cnDate(page.date!)])}</time>`;
    const meta = `<div class="mt-3 flex items-center gap-2 text-xs text-gray-400">${printFormat ? `<span>${TW_FORMAT[page.format as Exclude<Format, 'unknown'>]}</span><span aria-hidden="true">·</span>` : ''}${day}</div>`;
    const media =
      page.format === 'voice'
        ? `<button class="mt-4 flex w-48 items-center gap-2 rounded-full bg-emerald-500 px-3 py-2 text-white"><svg class="h-4 w-4" viewBox="0 0 20 20" fill="currentColor"><path d="M6 4l10 6-10 6z"/></svg><span class="text-sm">${rng.int(20, 180)}″</span></button>`
        : page.format === 'video'
          ? `<video class="mt-4 aspect-video w-full rounded-lg bg-black" src="https://v.qingning.health/${token(rng, 16)}.mp4" poster="https://cdn.qingning.health/poster/${token(rng, 10)}.jpg" controls preload="none"></video>`
          : '';
    const url = (r: Related) => `https://www.qingning.health/q/${itemNum(r)}`;
    const items = page.related
      .map(
        (r) =>
          `<li><a class="block py-3 hover:bg-gray-50" href="/q/${itemNum(r)}"><p class="line-clamp-1 font-medium text-gray-900">${esc(r.question)}</p><p class="mt-1 line-clamp-2 text-sm text-gray-500">${esc(r.snippet)}</p>${itemMeta ? `<p class="mt-1 text-xs text-gray-400">${TW_FORMAT[r.format as Exclude<Format, 'unknown'>] ?? ''} · ${r.date}</p>` : ''}</a></li>`,
      )
      .join('\n');
    const related = page.related.length
      ? `<section class="mt-8">${rng.chance(0.5) ? '<h2 class="text-base font-semibold text-gray-900">大家还在问</h2>' : '<div class="text-base font-semibold text-gray-900">相关问答</div>'}<ul class="mt-3 divide-y divide-gray-100">\n${items}\n</ul></section>`
      : '';
    const question = headingQ
      ? `<h1 class="mt-2 text-xl font-semibold leading-8 text-gray-900 sm:text-2xl">${esc(page.question)}</h1>`
      : `<div class="mt-2 text-lg font-bold leading-8 text-gray-900">${esc(page.question)}</div>`;
    const body = `<header class="sticky top-0 z-10 border-b border-gray-100 bg-white/80 backdrop-blur"><div class="mx-auto flex h-14 max-w-5xl items-center gap-6 px-4"><a class="text-lg font-bold text-emerald-600" href="/">青柠问诊</a><nav class="hidden gap-4 text-sm text-gray-600 md:flex"><a href="/q">问答</a><a href="/doctors">找医生</a><a href="/wiki">疾病百科</a></nav><a class="ml-auto rounded-full bg-emerald-500 px-4 py-1.5 text-sm text-white" href="/ask">免费提问</a></div></header>
<main class="mx-auto max-w-5xl px-4 py-6 lg:grid lg:grid-cols-3 lg:gap-8">
<div class="lg:col-span-2">
<span class="inline-flex items-center rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700">${esc(d.department!)}</span>
${question}
${rng.chance(0.4) ? `<p class="mt-2 text-sm leading-6 text-gray-500">${esc(askerWords(rng, page))}</p>` : ''}
${card}
${meta}
${media}
<div class="mt-4 space-y-3 text-[15px] leading-7 text-gray-800">
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<p class="mt-6 rounded-lg bg-amber-50 p-3 text-xs leading-5 text-amber-700">${rng.pick(DISCLAIMERS)}</p>
<div class="mt-4 flex gap-4 text-sm text-gray-500"><button class="flex items-center gap-1">👍 有帮助 ${rng.int(0, 500)}</button><button class="flex items-center gap-1">分享</button></div>
${related}
</div>
<aside class="hidden lg:block"><div class="rounded-xl border border-gray-100 p-4 text-center"><img class="mx-auto h-28 w-28" src="/img/app-qr.png" alt=""><p class="mt-2 text-sm text-gray-600">扫码下载青柠App</p></div><div class="mt-6 rounded-xl border border-gray-100 p-4"><p class="text-sm font-semibold">推荐医生</p>${Array.from({ length: 3 }, () => `<a class="mt-3 flex items-center gap-2 text-sm" href="/doctors/${token(rng, 6)}"><span class="font-medium">${otherName(rng)}</span><span class="text-gray-500">${rng.pick(['主任医师', '副主任医师', '主治医师'])}</span></a>`).join('')}</div></aside>
</main>
<div class="fixed inset-x-0 bottom-0 flex items-center justify-between bg-white px-4 py-2 shadow lg:hidden"><span class="text-sm text-gray-700">打开青柠App，免费问医生</span><a class="rounded-full bg-emerald-500 px-3 py-1 text-sm text-white" href="https://a.qingning.health/dl">打开</a></div>
<footer class="mt-10 border-t border-gray-100 py-6 text-center text-xs text-gray-400">© 2023 青柠问诊 · 沪ICP备2021012345号</footer>`;
    const html = documentOf(`${page.question} - 青柠问诊`, `https://www.qingning.health/q/${page.item.num}`, '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="/_astro/index.4f2a9c1e.css">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        date: noYear ? null : page.date,
        // A <video> player by the answer shows its format as much as a printed word does.
        format: printFormat || page.format === 'video' ? page.format : 'unknown',
        related: itemsOf(page, url, (e, r) => (itemMeta ? { format: r.format, date: r.date } : { format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F4. hashed-wenyibao ---

const CASE_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * F4. 问医宝 (www.wenyibao.com/answer/{id}), a React page rendered on the server inside `<div id="root">`:
 * on half styled-components (`sc-xxxxxx yyyyyy` on every element, a `<style data-styled>` block), on the
 * other half CSS modules from `index.module.less` (`index_wrap__3xk9a`, `index_t2__…`, `index_l__…`: local
 * names that say nothing of the block); React's `<!-- -->` between text pieces (`回答于<!-- --> <!-- -->day`,
 * `name<!-- --> <!-- -->title`); an app banner (打开问医宝App); the question in `<h1>` or a `<div>`; the
 * card (name and title in one line, the hospital, the department after it or on its own line, a 三甲
 * tag on 40%) before the answer; the date line `回答于 …` / `… 回答` / `2023年05月06日` (format word before it
 * on half); the answer's `<p>`s; a disclaimer; 相关问答 items as `<a>` blocks of question, snippet and
 * `N阅读` (70%) or question and `N个回答` only (link-only); a `window.__INITIAL_STATE__` script on half
 * (the same content).
 */
const hashedWenyibao: Family = {
  name: 'hashed-wenyibao',
  split: 'fresh-56',
  site: 'www.wenyibao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const styled = rng.chance(0.5);
    const hash = (n: number) => Array.from({ length: n }, () => rng.pick([...CASE_LETTERS])).join('');
    const moduleHash = () => `${token(rng, 1)}${hash(4)}`;
    const LOCAL = ['wrap', 'box', 'l', 'r', 't1', 't2', 'c', 'inner', 'row', 'txt', 'm', 'top', 'bd'];
    const c = () => ` class="${styled ? `sc-${hash(6)} ${hash(6)}` : `index_${rng.pick(LOCAL)}__${moduleHash()}`}"`;
    const gradeShown = rng.chance(0.4);
    const printFormat = rng.chance(0.5);
    const snippets = rng.chance(0.7);
    const sep = '<!-- --> <!-- -->';
    const deptOwnLine = rng.chance(0.5);
    const card = `<div${c()}><img${c()} src="https://img.wenyibao.com/doc/${token(rng, 12)}.png" alt=""><div${c()}><div${c()}><span${c()}>${esc(d.name!)}</span><span${c()}>${d.title}</span></div><div${c()}>${esc(d.hospital!)}${deptOwnLine ? '' : `${sep}${esc(d.department!)}`}${gradeShown ? `<span${c()}>${d.hospital_grade}</span>` : ''}</div>${deptOwnLine ? `<div${c()}>${esc(d.department!)}</div>` : ''}</div></div>`;
    const dayText = rng.pick([`回答于${sep}${page.date}`, `${page.date} ${page.time}${sep}回答`, `${page.date!.replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')}`]);
    const when = `<div${c()}>${printFormat ? `<span${c()}>${formatWord(rng, page.format)}</span>` : ''}<span${c()}>${dayText}</span></div>`;
    // Keyed as a reader can know it: absolute where the page prints its canonical address, else the path as printed.
    let canonical = true;
    const url = (r: Related) => `${canonical ? 'https://www.wenyibao.com' : ''}/answer/${itemNum(r)}`;
    // One component renders every item: the same classes on each.
    const [ia, iq, is, ic] = [c(), c(), c(), c()];
    const items = page.related
      .map((r) =>
        snippets
          ? `<a${ia} href="/answer/${itemNum(r)}"><div${iq}>${esc(r.question)}</div><div${is}>${esc(r.snippet)}</div><div${ic}>${rng.int(2, 98)}${rng.pick(['', '.1w', '.6w'])}<!-- -->阅读</div></a>`
          : `<a${ia} href="/answer/${itemNum(r)}"><div${iq}>${esc(r.question)}</div><span${ic}>${rng.int(1, 6)}<!-- -->个回答</span></a>`,
      )
      .join('');
    const related = page.related.length ? `<div${c()}><div${c()}>${rng.pick(['相关问答', '相似问题', '大家都在看'])}</div>${items}</div>` : '';
    const styleBlock = styled ? `<style data-styled="active" data-styled-version="5.3.6">.${hash(6)}{display:flex;align-items:center;}.${hash(6)}{font-size:18px;font-weight:600;color:#222;}.${hash(6)}{color:#999;font-size:12px;}</style>\n` : '';
    const state = rng.chance(0.5)
      ? `<script>window.__INITIAL_STATE__=${JSON.stringify({ detail: { title: page.question, content: page.paragraphs.join('\n'), doctor: { realName: d.name, levelName: d.title, deptName: d.department, hospName: d.hospital }, ctime: Math.floor(Date.parse(`${page.date}T${page.time}:00+08:00`) / 1000) } }).replace(/</g, '\\u003c')}</script>\n`
      : '';
    const pc = c();
    const question = rng.chance(0.6) ? `<h1${c()}>${esc(page.question)}</h1>` : `<div${c()}>${esc(page.question)}</div>`;
    const body = `<div id="root"><div${c()}><div${c()}><img${c()} src="https://img.wenyibao.com/logo.png" alt="问医宝"><span${c()}>打开问医宝App，医生在线答</span><a${c()} href="wenyibao://answer/${page.item.num}">打开</a></div>
<div${c()}><a${c()} href="/">首页</a><a${c()} href="/answer">问答</a><a${c()} href="/doctor">医生</a></div>
<div${c()}>${question}${rng.chance(0.4) ? `<div${c()}>${esc(askerWords(rng, page))}</div>` : ''}<div${c()}>${rng.pick(['女', '男'])}<!-- -->|<!-- -->${rng.int(18, 70)}<!-- -->岁</div></div>
<div${c()}>${card}${when}<div${c()}>${page.paragraphs.map((p) => `<p${pc}>${esc(p)}</p>`).join('')}</div><div${c()}>${rng.pick(DISCLAIMERS)}</div><div${c()}><span${c()}>赞 <!-- -->${rng.int(0, 400)}</span><span${c()}>分享</span></div></div>
${related}
<div${c()}>© 2023 问医宝 | 粤ICP备19012345号</div></div></div>
${state}<script src="/static/js/main.${token(rng, 8)}.js"></script>`;
    canonical = rng.chance(0.7);
    const html = documentOf(`${page.question}-问医宝`, canonical ? `https://www.wenyibao.com/answer/${page.item.num}` : null, `<meta name="viewport" content="width=device-width,initial-scale=1">\n${styleBlock}`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsOf(page, url, () => (snippets ? { format: 'unknown', date: null } : { paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F5. angular-jianyi ---

const MAT_ICON: Record<Exclude<Format, 'unknown'>, string> = { voice: 'mic', text: 'article', video: 'videocam' };

/**
 * F5. 健医在线 (www.jianyionline.com/detail/{id}), Angular Universal with Angular Material: `<app-root
 * ng-version>`, `_nghost-serverapp-cN` / `_ngcontent-serverapp-cN` attributes on every element, `<!---->`
 * anchors, `ng-star-inserted` classes; a `mat-toolbar`; the question in `<h1 class="mat-headline">` or a
 * `<div class="mat-title">`; the card a `mat-card` in `<app-user-info>` (`mat-card-title` the name,
 * `mat-card-subtitle` `title · department`, the hospital in a `<p>`, the grade a `mat-chip` on half) before or
 * after the answer; the date line `<mat-icon>schedule</mat-icon>` + the day as Angular's DatePipe prints it
 * (`2023/5/6`, `2023年5月6日`, `2023-05-06 14:22`), the format on half as `<mat-icon>mic</mat-icon>语音回答`;
 * the answer's `<p>`s in an innerHTML div; a disclaimer; 相关推荐 a `mat-nav-list` of `mat-list-item` links
 * with `mat-line`s (question, snippet, on half a day `2023/5/6`) or the question alone (link-only, 35%); the
 * TransferState `<script id="serverApp-state">` with `&q;`-escaped JSON of the same content on 60%.
 */
const angularJianyi: Family = {
  name: 'angular-jianyi',
  split: 'fresh-56',
  site: 'www.jianyionline.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const n = () => rng.int(0, 40);
    const ng = (k: number) => `_ngcontent-serverapp-c${k}=""`;
    const k1 = n();
    const k2 = n();
    const k3 = n();
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.5);
    const snippets = rng.chance(0.65);
    const datedItems = rng.chance(0.5);
    const icon = (k: number, word: string) => `<mat-icon ${ng(k)} role="img" aria-hidden="true" class="mat-icon notranslate material-icons mat-icon-no-color" data-mat-icon-type="font">${word}</mat-icon>`;
    const day = rng.pick([unpadded(page.date!, '/'), cnDate(page.date!), `${page.date} ${page.time}`]);
    const card = `<app-user-info ${ng(k1)} _nghost-serverapp-c${k2}=""><mat-card ${ng(k2)} class="mat-card mat-focus-indicator"><mat-card-header ${ng(k2)} class="mat-card-header"><img ${ng(k2)} mat-card-avatar class="mat-card-avatar" src="https://static.jianyionline.com/avatar/${token(rng, 10)}.jpg"><div class="mat-card-header-text"><mat-card-title ${ng(k2)} class="mat-card-title">${esc(d.name!)}</mat-card-title><mat-card-subtitle ${ng(k2)} class="mat-card-subtitle">${d.title} · ${esc(d.department!)}</mat-card-subtitle></div></mat-card-header><mat-card-content ${ng(k2)} class="mat-card-content"><p ${ng(k2)}>${esc(d.hospital!)}</p>${gradeShown ? `<mat-chip-list ${ng(k2)} class="mat-chip-list"><div class="mat-chip-list-wrapper"><mat-chip ${ng(k2)} role="option" class="mat-chip mat-focus-indicator mat-primary mat-standard-chip ng-star-inserted">${d.hospital_grade}</mat-chip></div></mat-chip-list>` : '<!---->'}</mat-card-content></mat-card></app-user-info>`;
    const when = `<div ${ng(k1)} class="meta">${icon(k1, 'schedule')}<span ${ng(k1)}>${day}</span>${printFormat ? `<span ${ng(k1)} class="ng-star-inserted">${icon(k1, MAT_ICON[page.format as Exclude<Format, 'unknown'>])}${formatWord(rng, page.format)}</span>` : '<!---->'}</div>`;
    const answer = `<div ${ng(k1)} class="content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const cardFirst = rng.chance(0.6);
    const url = (r: Related) => `https://www.jianyionline.com/detail/${itemNum(r)}`;
    const items = page.related
      .map(
        (r) =>
          `<a ${ng(k3)} mat-list-item class="mat-list-item mat-focus-indicator mat-2-line ng-star-inserted" href="/detail/${itemNum(r)}"><div class="mat-list-item-content"><div mat-ripple class="mat-ripple mat-list-item-ripple"></div><div class="mat-list-text"><span ${ng(k3)} mat-line class="mat-line">${esc(r.question)}</span>${snippets ? `<span ${ng(k3)} mat-line class="mat-line">${esc(r.snippet)}</span>${datedItems ? `<span ${ng(k3)} mat-line class="mat-line">${unpadded(r.date!, '/')}</span>` : '<!---->'}` : '<!---->'}</div></div></a>`,
      )
      .join('<!---->');
    const related = page.related.length
      ? `<app-recommend ${ng(k1)} _nghost-serverapp-c${k3}=""><h3 ${ng(k3)} class="mat-subheading-2">${rng.pick(['相关推荐', '相关问答', '猜你想问'])}</h3><mat-nav-list ${ng(k3)} role="navigation" class="mat-nav-list mat-list-base">${items}<!----></mat-nav-list></app-recommend>`
      : '<!---->';
    const transfer = rng.chance(0.6)
      ? `<script id="serverApp-state" type="application/json">${JSON.stringify({ [`G.https://api.jianyionline.com/v2/qa/${page.item.num}?`]: { body: { title: page.question, answer: page.paragraphs, doctorName: d.name, doctorTitle: d.title, hospital: d.hospital, dept: d.department, replyTime: `${page.date} ${page.time}:00` }, status: 200 } })
          .replace(/&/g, '&a;')
          .replace(/"/g, '&q;')
          .replace(/'/g, '&s;')
          .replace(/</g, '&l;')
          .replace(/>/g, '&g;')}</script>\n`
      : '';
    const question = rng.chance(0.6) ? `<h1 ${ng(k1)} class="mat-headline">${esc(page.question)}</h1>` : `<div ${ng(k1)} class="mat-title">${esc(page.question)}</div>`;
    const body = `<app-root _nghost-serverapp-c0="" ng-version="${rng.pick(['12.2.16', '14.2.12', '15.2.9'])}"><mat-toolbar _ngcontent-serverapp-c0="" color="primary" class="mat-toolbar mat-primary mat-toolbar-single-row"><a _ngcontent-serverapp-c0="" href="/" class="brand">健医在线</a><span _ngcontent-serverapp-c0="" class="spacer"></span><a _ngcontent-serverapp-c0="" mat-button href="/ask" class="mat-focus-indicator mat-button mat-button-base"><span class="mat-button-wrapper">我要提问</span></a><a _ngcontent-serverapp-c0="" mat-button href="/login" class="mat-focus-indicator mat-button mat-button-base"><span class="mat-button-wrapper">登录</span></a></mat-toolbar><router-outlet _ngcontent-serverapp-c0=""></router-outlet><app-detail _nghost-serverapp-c${k1}="" class="ng-star-inserted"><div ${ng(k1)} class="container">${question}<div ${ng(k1)} class="mat-caption">${rng.pick(['女', '男'])} · ${rng.int(18, 70)}岁 · ${rng.int(2, 900)}人看过</div>${rng.chance(0.4) ? `<p ${ng(k1)} class="desc ng-star-inserted">${esc(askerWords(rng, page))}</p>` : '<!---->'}<mat-divider ${ng(k1)} role="separator" class="mat-divider mat-divider-horizontal" aria-orientation="horizontal"></mat-divider>${cardFirst ? card : ''}${when}${answer}${cardFirst ? '' : card}<p ${ng(k1)} class="mat-small tip">${rng.pick(DISCLAIMERS)}</p>${related}</div></app-detail><!----><footer _ngcontent-serverapp-c0="">© 2023 健医在线 浙ICP备20012345号</footer></app-root>
${transfer}<script src="runtime.${token(rng, 16)}.js" type="module"></script><script src="main.${token(rng, 16)}.js" type="module"></script>`;
    const head = `<base href="/">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="styles.${token(rng, 16)}.css">\n<style ng-transition="serverApp">.container[_ngcontent-serverapp-c${k1}]{max-width:760px;margin:0 auto}</style>\n`;
    const html = documentOf(`${page.question} | 健医在线`, `https://www.jianyionline.com/detail/${page.item.num}`, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsOf(page, url, (e, r) => (snippets ? { format: 'unknown', date: datedItems ? r.date : null } : { paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F6. layui-minkang ---

/**
 * F6. 民康问医 (www.minkang120.com/ask/{id}.html), a Layui site: `layui-nav` with `layui-this`, a
 * `layui-breadcrumb` (`<cite>` last), `layui-container` / `layui-row layui-col-space15` / `layui-col-md8`;
 * the question in a `layui-card-header` (or an `<h1>` in the body on 40%) and the asker's 病情描述 in a
 * `layui-elem-quote`; a `layui-field-title` fieldset legend 医生解答 / 专家回复; the card either a
 * `layui-table lay-skin="nob"` of label / value rows (医生 / 职称 / 科室 / 医院, 45%) or a line of the name,
 * a `layui-badge-rim` title, the hospital with a `layui-badge layui-bg-orange` grade on half and the
 * department; the answer's `<p>`s; `<i class="layui-icon layui-icon-log"></i>` + the day (`2023-05-06
 * 14:22:31`, `发布时间：2023-05-06`, `2023年05月06日`) in `layui-word-aux`, a `layui-badge layui-bg-blue` format
 * on 30%; a `layui-elem-quote layui-quote-nm` disclaimer; 相关问题 in a `layui-card`: items with a snippet in
 * `layui-word-aux` (60%) or the question and its day (link-only); a `layui-fixbar` and layui.js.
 */
const layuiMinkang: Family = {
  name: 'layui-minkang',
  split: 'fresh-56',
  site: 'www.minkang120.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.3);
    const snippets = rng.chance(0.6);
    const table = rng.chance(0.45);
    const gradeBadge = gradeShown ? ` <span class="layui-badge layui-bg-orange">${d.hospital_grade}</span>` : '';
    const card = table
      ? `<table class="layui-table" lay-skin="nob"><colgroup><col width="80"><col></colgroup><tbody><tr><td>医生</td><td><a href="/doctor/${page.item.num % 3001}.html">${esc(d.name!)}</a></td></tr><tr><td>职称</td><td>${d.title}</td></tr><tr><td>科室</td><td>${esc(d.department!)}</td></tr><tr><td>医院</td><td>${esc(d.hospital!)}${gradeBadge}</td></tr></tbody></table>`
      : `<div class="layui-row"><img src="/uploads/ys/${token(rng, 8)}.jpg" class="layui-circle" width="50" height="50"> <a href="/doctor/${page.item.num % 3001}.html"><b>${esc(d.name!)}</b></a> <span class="layui-badge-rim">${d.title}</span><div class="layui-word-aux">${esc(d.hospital!)}${gradeBadge}　${esc(d.department!)}</div></div>`;
    const day = rng.pick([`${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`, `发布时间：${page.date}`, `${page.date!.replace('-', '年').replace('-', '月')}日`]);
    const when = `<div class="layui-word-aux"><i class="layui-icon layui-icon-log"></i> ${day}${printFormat ? ` <span class="layui-badge layui-bg-blue">${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const url = (r: Related) => `https://www.minkang120.com/ask/${itemNum(r)}.html`;
    const items = page.related
      .map((r) =>
        snippets
          ? `<li><a href="/ask/${itemNum(r)}.html" target="_blank">${esc(r.question)}</a><p class="layui-word-aux">${esc(r.snippet)}</p></li>`
          : `<li><a href="/ask/${itemNum(r)}.html" target="_blank">${esc(r.question)}</a><span class="layui-word-aux" style="float:right">${r.date}</span></li>`,
      )
      .join('\n');
    const related = page.related.length
      ? `<div class="layui-card"><div class="layui-card-header">${rng.pick(['相关问题', '相似问题', '相关推荐'])}</div><div class="layui-card-body"><ul>\n${items}\n</ul></div></div>`
      : '';
    const inHeader = rng.chance(0.6);
    const legend = rng.pick(['医生解答', '专家回复', '医生回复']);
    const body = `<div class="layui-header"><div class="layui-container"><a class="logo" href="/"><img src="/static/images/logo.png" alt="民康问医"></a><ul class="layui-nav" lay-filter=""><li class="layui-nav-item"><a href="/">首页</a></li><li class="layui-nav-item layui-this"><a href="/ask/">问医生</a></li><li class="layui-nav-item"><a href="/jibing/">疾病</a></li><li class="layui-nav-item"><a href="/yiyuan/">医院</a></li></ul></div></div>
<div class="layui-container">
<span class="layui-breadcrumb" lay-separator=">"><a href="/">首页</a><a href="/ask/">问医生</a><a href="/ask/ks/${rng.int(1, 50)}/">${esc(d.department!)}</a><a><cite>正文</cite></a></span>
<div class="layui-row layui-col-space15">
<div class="layui-col-md8">
<div class="layui-card">
${inHeader ? `<div class="layui-card-header">${esc(page.question)}</div>` : ''}
<div class="layui-card-body">
${inHeader ? '' : `<h1>${esc(page.question)}</h1>`}
${rng.chance(0.6) ? `<blockquote class="layui-elem-quote">病情描述：${esc(askerWords(rng, page))}</blockquote>` : ''}
<fieldset class="layui-elem-field layui-field-title"><legend>${legend}</legend></fieldset>
${card}
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${when}
<blockquote class="layui-elem-quote layui-quote-nm">${rng.pick(DISCLAIMERS)}</blockquote>
</div></div>
${related}
</div>
<div class="layui-col-md4"><div class="layui-card"><div class="layui-card-header">热门科室</div><div class="layui-card-body"><a class="layui-btn layui-btn-primary layui-btn-xs" href="#">内科</a> <a class="layui-btn layui-btn-primary layui-btn-xs" href="#">外科</a> <a class="layui-btn layui-btn-primary layui-btn-xs" href="#">儿科</a> <a class="layui-btn layui-btn-primary layui-btn-xs" href="#">妇产科</a></div></div><div class="layui-card"><div class="layui-card-body"><a href="/ad/${rng.int(1, 30)}"><img src="/static/ad/${token(rng, 6)}.jpg" width="100%"></a></div></div></div>
</div></div>
<div class="layui-footer">Copyright © 2018-2023 民康问医 豫ICP备18012345号</div>
<ul class="layui-fixbar"><li class="layui-icon layui-fixbar-top" lay-type="top" style="display: none;"></li></ul>
<script src="/static/layui/layui.js"></script>
<script>layui.use(['element'], function(){});</script>`;
    const html = documentOf(`${page.question}_民康问医`, `https://www.minkang120.com/ask/${page.item.num}.html`, '<meta name="renderer" content="webkit">\n<link rel="stylesheet" href="/static/layui/css/layui.css">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsOf(page, url, (e, r) => (snippets ? { format: 'unknown', date: null } : { paragraphs: [], format: 'unknown', date: r.date })),
      }),
    };
  },
};

export const FRESH56_FAMILIES: readonly Family[] = [bxjkTables, bootstrapYiwentong, tailwindQingning, hashedWenyibao, angularJianyi, layuiMinkang];
