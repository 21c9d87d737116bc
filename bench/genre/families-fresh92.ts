import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, epochSeconds, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-second fresh held-out set (split `fresh-92`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-seventh set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (广东省中医院 / 廣東省中醫 / gdhtcm, 西京医院 / 空军军医 /
 * fmmu / xjyy, 安贞医院 / 首都医科大学附属北京安贞 / anzhen, 看看新闻 / kankanews / 东方卫视 / dragontv, 臺中榮總 / 台中榮總 /
 * vghtc, 江苏省人民 / jsph each grepped, case-insensitive, in README.md and families*.ts: no hit; 養和, 長庚 / 长庚, 湘雅,
 * 齐鲁, 马偕 / 馬偕, 北京大学第六, 亞東, 奇美, cuhk, 浙江大学医学院附属第一, 中山大学附属第一, 好大夫, mp.weixin, 支付宝 have hits
 * and were left alone), each of a kind the table had few of: a TCM hospital's DedeCMS 名医在线 column (GBK, `<dl>` 问 / 答,
 * a 药师's 提醒, a list with month-day days), a military hospital's 专家咨询 print view (GB18030 or UTF-8, an 导医's note
 * first, a 打印时间, no list), a cardiac hospital's ASP.NET WebForms 专家答疑 (`__VIEWSTATE`, `lbl` spans, `2023/5/6
 * 14:22:31` days, a 护士's 护理提示, a GridView list), a TV station's news site's programme page (a host's lines, a
 * guest's answer, `播出时间` beside a later web day), a veterans' hospital's 醫療信箱 in Taiwan (Big5, `112-05-06` ROC days, a
 * 公共事務室 note, a `敬祝 健康` wish), and a provincial hospital's 互联网医院 mini-program export (uni-app tags, a 药师's
 * 处方审核 message, a 护士's message, stamped bubbles).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's: the asker's words, a 药师's, 导医's, 护士's, 公共事務室's message, a host's
 *   lines, none of it; labels and disclaimers none; `敬祝 健康` none (fresh-91's convention);
 * - **the date the answer's day**: 广东省中医院's visible `发布时间` (the list's `[05-06]` none); 西京's `回复时间` (`打印时间`
 *   and `咨询时间` none: fresh-86's print day none); 安贞's `lblReplyTime` `2023/5/6 14:22:31` (`lblAskTime` none); 看看's
 *   `播出时间` (fresh-58: the broadcast dates its guest's answer; the web `发布时间` later none); 臺中榮總's `回覆日期` ROC
 *   +1911 (fresh-80); 江苏省人民's stamp over the doctor's first message (the 药师's later stamp none);
 * - **the card** as printed; where it prints no hospital, the site's (fresh-82): 广东省中医院 (广州中医药大学第二附属医院 none),
 *   空军军医大学西京医院, 首都医科大学附属北京安贞医院; 臺中榮總's signature `臺中榮總{department} {name}醫師` (the hospital as the
 *   signature prints it, fresh-22; `醫師` the title, fresh-80); 看看's `嘉宾：` line and 江苏省人民's card as printed;
 *   the grade null on every family; format unknown on every family (江苏省人民's changed to `text` at tuning: its
 *   `图文问诊` label names it, fresh-20's convention; 看看's to `video` at tuning: its guest's segment plays in a video
 *   player, fresh-58's convention);
 * - items: the related list, the snippet as printed, dated only where the whole day is printed, link-only `[]`, links as
 *   written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(8, 21))}:${two(rng.int(0, 59))}`;
const ss = (rng: Rng) => two(rng.int(0, 59));
const unpad = (iso: string) => iso.split('-').map(Number).join('-');
const cnDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const gbOr = (html: string, decl: string, enc: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(html.replace(decl, '<meta charset="utf-8">'), 'utf8');
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');

// --- F1. gdhtcm-mingyi-zaixian-gbk ---

const GDTCM = '广东省中医院';
const GDTCM_ALIAS = '广州中医药大学第二附属医院';
const GD_DEPTS = ['针灸科', '脾胃病科', '皮肤科', '妇科', '儿科', '骨伤科', '治未病中心', '心血管科'] as const;

/**
 * F1. 广东省中医院's 名医在线 (www.gdhtcm.com/mingyi/{y}/{id}.html, host as remembered, path a guess), a DedeCMS column,
 * GBK declared (65%) or UTF-8, no canonical: the header `广东省中医院` over `广州中医药大学第二附属医院` (none); `<h1>` the
 * question (keyed); `发布时间：2023-05-06 14:22` `来源：` `点击：<script>` (keyed); a `<dl>`: `<dt>问</dt>` the asker's
 * words (none), `<dt>答</dt>` the answer `<dd>` `<p>`s; the card `<dl class="zj">` (`回答专家` name, title, department;
 * no hospital: the site's) before or after; on 40% a `药师提醒：` box (none); `相关文章` with `[05-06]` (link-only `[]`,
 * undated: no whole day, `/mingyi/2023/N.html` as written).
 */
const gdhtcmMingyiZaixianGbk: Family = {
  name: 'gdhtcm-mingyi-zaixian-gbk',
  split: 'fresh-92',
  site: 'www.gdhtcm.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.65);
    const dept = rng.pick([...GD_DEPTS]);
    const pharm = rng.chance(0.4);
    const cardFirst = rng.chance(0.5);
    const c = rng.pick(['myzx', 'art', 'content']);
    const card = `<dl class="${rng.pick(['zj', 'expert'])}"><dt>回答专家</dt><dd><img src="/uploads/allimg/${token(rng, 8)}.jpg"><b>${esc(d.name!)}</b>　${d.title}<br>${dept}</dd></dl>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/mingyi/${(r.date ?? page.date!).slice(0, 4)}/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="${rng.pick(['xgwz', 'related'])}"><h3>相关文章</h3><ul>${related.map((r) => `<li>${r.date ? `<span>[${r.date.slice(5)}]</span>` : ''}<a href="${href(r)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="/"><img src="/templets/default/images/logo.gif" alt="${GDTCM}"></a><div class="hn"><b>${GDTCM}</b><span>${GDTCM_ALIAS}</span></div></div>
<div class="nav"><a href="/">首页</a><a href="/yygk/">医院概况</a><a href="/ksdh/">科室导航</a><a href="/mingyi/">名医在线</a><a href="/jkkp/">健康科普</a></div>
<div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/mingyi/">名医在线</a> &gt;</div>
<div class="${c}">
<h1>${esc(page.question)}</h1>
<div class="info">发布时间：${page.date} ${page.time}　来源：${GDTCM}　点击：<script src="/plus/count.php?aid=${page.item.num}&mid=1"></script></div>
${cardFirst ? `${card}\n` : ''}<dl class="${c}-qa">
<dt class="q">问</dt><dd class="q">${esc(rng.pick(ASKER_LINES))}</dd>
<dt class="a">答</dt><dd class="a">
${paras(page.paragraphs)}
</dd>
</dl>
${cardFirst ? '' : `${card}\n`}${pharm ? '<div class="tip">药师提醒：中药饮片请遵医嘱煎服，不可自行加量。</div>\n' : ''}<p class="sm">（本栏目内容仅供参考，具体请到医院就诊。）</p>
</div>
${list}
<div class="foot">${GDTCM}　地址：广州市越秀区大德路111号　粤ICP备${rng.int(10000000, 99999999)}号</div>`;
    const decl = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_名医在线_${GDTCM}`, null, '', body, decl);
    return {
      body: gbk ? gbOr(html, decl, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: GDTCM, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F2. xjyy-zhuanjia-zixun-print ---

const XJ = '空军军医大学西京医院';
const XJ_DEPTS = ['消化内科', '心血管内科', '神经外科', '骨科', '皮肤科', '全身麻醉科', '肝胆外科'] as const;

/**
 * F2. 西京医院's 专家咨询 print view (xjyy.fmmu.edu.cn/zxzx/print.aspx?id={id}, host as remembered, path a guess),
 * GB18030 declared (50%) or UTF-8, no canonical, no list: `打印本页` / `关闭窗口` links; `打印时间：{later day} {time}` at the
 * head or foot (none: a print day, fresh-86); `咨询主题` the question (keyed); `咨询人` `咨询时间` (none); the asker's words
 * (none); on 45% a `导医台：` note first (none); `回复医生：{name}（{title}） {department}` (keyed; the hospital the site's);
 * `回复时间：2023年5月6日 14:22` (keyed); the answer `<p>`s or `<br>`s; the disclaimer; format unknown.
 */
const xjyyZhuanjiaZixunPrint: Family = {
  name: 'xjyy-zhuanjia-zixun-print',
  split: 'fresh-92',
  site: 'xjyy.fmmu.edu.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.5);
    const dept = rng.pick([...XJ_DEPTS]);
    const guide = rng.chance(0.45);
    const printTop = rng.chance(0.5);
    const brs = rng.chance(0.5);
    const printed = `<div class="${rng.pick(['pt', 'printtime'])}">打印时间：${shift(page.date!, rng.int(30, 700))} ${hhmm(rng)}:${ss(rng)}</div>`;
    const answer = brs ? `<div class="hf">${page.paragraphs.map(esc).join('<br>\n')}</div>` : `<div class="hf">${paras(page.paragraphs)}</div>`;
    const body = `<div class="${rng.pick(['print', 'pv'])}">
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
${printTop ? printed : ''}
<div class="hd">${XJ} · 专家咨询</div>
<table class="${rng.pick(['zx', 'tb'])}" width="100%" border="0">
<tr><th>咨询主题</th><td>${esc(page.question)}</td></tr>
<tr><th>咨询人</th><td>${otherName(rng).slice(0, 1)}先生/女士</td><th>咨询时间</th><td>${cnDay(shift(page.date!, -rng.int(1, 5)))} ${hhmm(rng)}</td></tr>
<tr><th>咨询内容</th><td colspan="3">${esc(rng.pick(ASKER_LINES))}</td></tr>
</table>
<div class="reply">
${guide ? `<div class="dy">导医台：您的咨询已转至${dept}，请耐心等待专家回复。</div>\n` : ''}<div class="who">回复医生：${esc(d.name!)}（${d.title}） ${dept}</div>
<div class="when">回复时间：${cnDay(page.date!)} ${page.time}</div>
${answer}
</div>
<p class="sm">本回复仅供参考，不作为诊断和治疗依据。</p>
${printTop ? '' : printed}
</div>`;
    const decl = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question} - 专家咨询 - ${XJ}`, null, '<style media="print">.tools{display:none}</style>\n', body, decl);
    return {
      body: gb ? gbOr(html, decl, 'gb18030') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: XJ, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

// --- F3. anzhen-zhuanjia-dayi-aspnet ---

const AZ = '首都医科大学附属北京安贞医院';
const AZ_DEPTS = ['心内科', '心外科', '高血压科', '心律失常中心', '血管外科', '小儿心脏科', '内分泌科'] as const;

/**
 * F3. 北京安贞医院's 专家答疑 (www.anzhen.org/Html/Dayi/Detail.aspx?id={id}, host as remembered, path a guess), ASP.NET
 * WebForms, UTF-8, no canonical: `<form id="form1">` with `__VIEWSTATE` / `__EVENTVALIDATION`; `lblTitle` the question
 * (keyed); `lblAskTime` `2023/5/4 21:03:11` (none); the asker's words (none); `lblDoctor` / `lblZhicheng` / `lblKeshi` the
 * card (keyed; the hospital the site's; `心律失常中心` a department, fresh-90); `lblReplyTime` `2023/5/6 14:22:31` (keyed);
 * `lblContent` the answer `<br>`-parted; on 40% a `护理提示：` from a nurse (none); a GridView `gvRelated` (link-only `[]`,
 * dated `2023/5/6`, `Detail.aspx?id=N` as written).
 */
const anzhenZhuanjiaDayiAspnet: Family = {
  name: 'anzhen-zhuanjia-dayi-aspnet',
  split: 'fresh-92',
  site: 'www.anzhen.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const dept = rng.pick([...AZ_DEPTS]);
    const nurse = rng.chance(0.4);
    const p = rng.pick(['ContentPlaceHolder1_', 'ctl00_cph_', 'MainContent_']);
    const slashDay = (iso: string) => iso.split('-').map(Number).join('/');
    const lbl = (id: string, v: string) => `<span id="${p}${id}">${v}</span>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `Detail.aspx?id=${itemNum(r)}`;
    const list = related.length
      ? `<table class="${rng.pick(['gv', 'grid'])}" cellspacing="0" rules="all" border="1" id="${p}gvRelated" style="border-collapse:collapse;"><tr><th scope="col">相关答疑</th><th scope="col">日期</th></tr>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td>${r.date ? slashDay(r.date) : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const docRow = rng.chance(0.5)
      ? `<tr><td class="l">答疑专家：</td><td>${lbl('lblDoctor', esc(d.name!))}</td><td class="l">职称：</td><td>${lbl('lblZhicheng', d.title!)}</td><td class="l">科室：</td><td>${lbl('lblKeshi', dept)}</td></tr>`
      : `<tr><td class="l">答疑专家：</td><td colspan="5">${lbl('lblDoctor', esc(d.name!))} ${lbl('lblZhicheng', d.title!)} ${lbl('lblKeshi', dept)}</td></tr>`;
    const body = `<form method="post" action="./Detail.aspx?id=${page.item.num}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 40)}=="></div>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA${token(rng, 30)}"></div>
<div id="header"><img src="/images/logo.png" alt="${AZ}"><span>${AZ}</span></div>
<div id="menu"><a href="/">首页</a><a href="/Html/Guide/">就医指南</a><a href="/Html/Dayi/">专家答疑</a><a href="/Html/Kepu/">健康科普</a></div>
<div class="${rng.pick(['detail', 'dayi', 'box'])}">
<h2>${lbl('lblTitle', esc(page.question))}</h2>
<table class="info" width="100%">
<tr><td class="l">提问时间：</td><td colspan="5">${lbl('lblAskTime', `${slashDay(shift(page.date!, -rng.int(1, 6)))} ${hhmm(rng)}:${ss(rng)}`)}</td></tr>
<tr><td class="l">问题描述：</td><td colspan="5">${lbl('lblAsk', esc(rng.pick(ASKER_LINES)))}</td></tr>
${docRow}
<tr><td class="l">回复时间：</td><td colspan="5">${lbl('lblReplyTime', `${slashDay(page.date!)} ${page.time}:${ss(rng)}`)}</td></tr>
</table>
<div class="ans"><b>专家回复：</b><br>${lbl('lblContent', page.paragraphs.map(esc).join('<br>'))}</div>
${nurse ? `<div class="hl">护理提示：${lbl('lblNurse', `术后请按时服药，监测血压心率。（护士 ${esc(otherName(rng))}）`)}</div>\n` : ''}<p class="sm">答疑内容仅供参考，请以面诊意见为准。</p>
</div>
${list}
<div id="footer">${AZ}　北京市朝阳区安贞路2号　京ICP备${rng.int(10000000, 99999999)}号</div>
</form>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['form1'];
//]]></script>`;
    const html = documentOf(`${page.question}-专家答疑-${AZ}`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: AZ, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F4. kankanews-jiemu-broadcast ---

/**
 * F4. 看看新闻's programme page of a health show on 东方卫视 (www.kankanews.com/detail/{token}, host as remembered, path a
 * guess), Nuxt SSR, UTF-8, canonical on 40%: `<h1>` the question (keyed), on 35% with a `【名医来了】` tag (none); the web
 * line `{later day} {time} 来源：看看新闻` (none); `播出时间：2023年5月6日 21:00` or `本期节目于2023-05-06播出` (keyed: the
 * broadcast dates its guest's answer, fresh-58); a video box; `嘉宾：{hospital}{department}{title} {name}` (keyed as printed);
 * the host's lines `主持人：…` (none); the guest's lines `{name}：` (label none) the answer; `责任编辑：` (none);
 * `__NUXT__` with `publishTime` the web day's epoch (none); `往期节目` (link-only `[]`, dated `2023-05-06`, `/detail/N`
 * by the canonical or as written).
 */
const kankanewsJiemuBroadcast: Family = {
  name: 'kankanews-jiemu-broadcast',
  split: 'fresh-92',
  site: 'www.kankanews.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = rng.chance(0.4) ? `https://www.kankanews.com/detail/${page.item.num}` : null;
    const tagged = rng.chance(0.35);
    const h1 = tagged ? `【名医来了】${page.question}` : page.question;
    const web = shift(page.date!, rng.int(1, 4));
    const air = rng.chance(0.5) ? `播出时间：${cnDay(page.date!)} 21:00` : `本期节目于${page.date}播出`;
    const c = rng.pick(['article', 'video-detail', 'content']);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/detail/${itemNum(r)}`;
    const list = related.length
      ? `<div class="${rng.pick(['wqjm', 'past-list'])}"><h3>往期节目</h3>${related.map((r) => `<div class="item"><a href="${href(r)}" data-v-k>${esc(r.question)}</a>${r.date ? `<em>${r.date}</em>` : ''}</div>`).join('\n')}</div>`
      : '';
    const host = `主持人：${rng.pick(['那么很多观众朋友都关心这个问题，我们请专家来说一说。', '这个问题我们也收到很多留言，专家怎么看？'])}`;
    const body = `<div id="__nuxt"><div id="__layout"><div class="page">
<header class="hd"><img src="/_nuxt/img/logo.png" alt="看看新闻"><a href="/">首页</a><a href="/live">直播</a><a href="/program">节目</a></header>
<div class="${c}">
<h1>${esc(h1)}</h1>
<div class="meta"><span>${web} ${hhmm(rng)}</span> <span>来源：看看新闻</span></div>
<div class="air">${air}</div>
<div class="video"><video src="https://vod.kankanews.com/${token(rng, 12)}.mp4" poster="/poster/${token(rng, 8)}.jpg" controls></video></div>
<p class="guest">嘉宾：${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}</p>
<div class="text">
<p>${host}</p>
${page.paragraphs.map((x, i) => `<p>${i === 0 ? `<b>${esc(d.name!)}：</b>` : ''}${esc(x)}</p>`).join('\n')}
${rng.chance(0.5) ? '<p>主持人：谢谢专家的解答。</p>\n' : ''}</div>
<div class="editor">责任编辑：${esc(otherName(rng))}</div>
</div>
${list}
<footer>看看新闻Knews　沪ICP备${rng.int(10000000, 99999999)}号</footer>
</div></div></div>
<script>window.__NUXT__={data:[{detail:{id:${page.item.num},publishTime:${epochSeconds(web, hhmm(rng)) * 1000}}}]}</script>`;
    const html = documentOf(`${h1}_看看新闻`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        // changed at tuning from `unknown`: the guest's segment plays in the page's video player (fresh-58's convention)
        format: 'video',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F5. vghtc-yiliao-xinxiang-big5 ---

const VGH = '臺中榮總';
const VGH_FULL = '臺中榮民總醫院';
const VGH_DEPTS = ['心臟血管中心', '胃腸肝膽科', '神經內科', '皮膚科', '家庭醫學部', '復健科', '婦女醫學部'] as const;
const rocYear = (iso: string) => Number(iso.slice(0, 4)) - 1911;

/**
 * F5. 臺中榮民總醫院's 醫療信箱 (www.vghtc.gov.tw/mailbox/Reply?id={id}, host as remembered, path a guess), traditional,
 * Big5 declared (55%) or UTF-8, no canonical: the header `臺中榮民總醫院` (none); `主旨：` the question (keyed); `來信日期：
 * 112-05-02` (none); the asker's letter (none); on 40% a `公共事務室：` note (none); `回覆日期：112-05-06` (keyed +1911); the
 * answer `<p>`s; `敬祝 健康` on 45% (none, fresh-91); the signature `臺中榮總{department} {name}醫師` (title 醫師, the hospital
 * as the signature prints it); `最新回覆` (link-only `[]`, dated ROC `112-05-06`, `Reply?id=N` as written).
 */
const vghtcYiliaoXinxiangBig5: Family = {
  name: 'vghtc-yiliao-xinxiang-big5',
  split: 'fresh-92',
  site: 'www.vghtc.gov.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const isBig5 = rng.chance(0.55);
    const pr = rng.chance(0.4);
    const wish = rng.chance(0.45);
    const dept = rng.pick([...VGH_DEPTS]);
    const roc = (iso: string) => `${rocYear(iso)}-${iso.slice(5, 7)}-${iso.slice(8, 10)}`;
    const related = page.related.slice(0, 8).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `Reply?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="${rng.pick(['newest', 'side-list'])}"><h4>最新回覆</h4><ol>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${r.date ? `<time>${roc(r.date)}</time>` : ''}</li>`).join('\n')}</ol></div>`
      : '';
    const body = `<header class="${rng.pick(['hd', 'site-header'])}"><a href="/"><img src="/img/logo.svg" alt="${VGH_FULL}"></a><span>${VGH_FULL}</span><nav><a href="/">首頁</a><a href="/reg">網路掛號</a><a href="/mailbox">醫療信箱</a></nav></header>
<main class="${rng.pick(['mail', 'content'])}">
<div class="letter"><dl><dt>主旨：</dt><dd>${esc(question)}</dd><dt>來信日期：</dt><dd>${roc(shift(page.date!, -rng.int(1, 7)))}</dd></dl>
<p class="body">${esc(trad(rng.pick(ASKER_LINES)))}</p></div>
<div class="answer">
${pr ? '<p class="pr">公共事務室：感謝您的來信，已轉請專科醫師回覆如下。</p>\n' : ''}<p class="date">回覆日期：${roc(page.date!)}</p>
${paras(paragraphs)}
${wish ? '<p>敬祝 健康</p>\n' : ''}<p class="sign">${VGH}${dept} ${esc(name)}醫師</p>
</div>
<p class="note">※信箱回覆僅供參考，無法取代實際門診診療。</p>
</main>
${list}
<footer>${VGH_FULL}　40705臺中市西屯區臺灣大道四段1650號</footer>`;
    const meta = isBig5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`醫療信箱 - ${VGH_FULL}`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: isBig5 ? big5(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '醫師', department: dept, hospital: VGH, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F6. jsph-hulianwang-uniapp ---

const JSPH = '江苏省人民医院';

/**
 * F6. 江苏省人民医院's 互联网医院 mini-program's H5 export (hlwyy.jsph.org.cn/h5/#/consult/{id}, host and path guesses),
 * uni-app (`<uni-view>`, `<uni-text>`), UTF-8, no canonical: `图文问诊` and the consult's question (keyed); the card
 * `{name}` `{title}` over `{department} | 江苏省人民医院` (keyed as printed) above or below; `问诊时间：{ask day}` (none); the asker's
 * bubble (none); the doctor's bubbles under the stamp `2023-05-06 14:22` (keyed); on 40% a 药师's `处方审核通过` message under
 * a later stamp (none); on 35% a 护士's `随访提醒` (none); `相似问诊` (link-only `[]`, undated, `#/consult/N` as written); format
 * `text` by the page's service label `图文问诊` (fresh-20's convention; keyed `unknown` when written blind, changed at tuning).
 */
const jsphHulianwangUniapp: Family = {
  name: 'jsph-hulianwang-uniapp',
  split: 'fresh-92',
  site: 'hlwyy.jsph.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asked = shift(page.date!, -rng.int(0, 1));
    const pharm = rng.chance(0.4);
    const nurse = rng.chance(0.35);
    const cardTop = rng.chance(0.6);
    const c = rng.pick(['cs', 'chat', 'twzx']);
    const v = (cls: string, inner: string) => `<uni-view class="${c}-${cls}">${inner}</uni-view>`;
    const bubble = (who: string, inner: string) => v(`row ${c}-${who}`, v('bubble', `<uni-text><span>${inner}</span></uni-text>`));
    const card = v('doc', `<uni-image><img src="https://hlwyy.jsph.org.cn/file/avatar/${token(rng, 10)}.png"></uni-image>${v('dn', `<uni-text><span>${esc(d.name!)}</span></uni-text> <uni-text><span>${d.title}</span></uni-text>`)}${v('dd', `${esc(d.department!)} | ${JSPH}`)}`);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `#/consult/${itemNum(r)}`;
    const list = related.length ? v('sim', `<uni-text><span>相似问诊</span></uni-text>${related.map((r) => `<a href="${href(r)}">${esc(r.question)}</a>`).join('')}`) : '';
    const body = `<uni-app><uni-page><uni-page-head><div class="uni-page-head"><div class="uni-page-head-bd"><div class="uni-page-head__title">图文问诊</div></div></div></uni-page-head>
<uni-page-wrapper><uni-page-body>
${v('head', `<uni-text class="${c}-q"><span>${esc(page.question)}</span></uni-text>${v('sub', `问诊时间：${asked} ${two(rng.int(6, 8))}:${two(rng.int(0, 59))}`)}`)}
${cardTop ? card : ''}
${v('list', [
  bubble('patient', `${esc(page.question)}${esc(rng.pick(ASKER_LINES))}`),
  v('stamp', `${page.date} ${page.time}`),
  ...page.paragraphs.map((x) => bubble('doctor', esc(x))),
  ...(pharm ? [v('stamp', `${page.date} ${two(rng.int(22, 23))}:${two(rng.int(0, 59))}`), bubble('pharmacist', `药师 ${esc(otherName(rng))}：处方审核通过，请按说明书服药。`)] : []),
  ...(nurse ? [bubble('nurse', '护士：随访提醒，请一周后在线复诊。')] : []),
].join('\n'))}
${cardTop ? '' : card}
${v('end', '本次问诊已结束 · 线上咨询不能代替面诊')}
${list}
</uni-page-body></uni-page-wrapper></uni-page></uni-app>
<script src="/h5/static/js/chunk-vendors.${token(rng, 8)}.js"></script>`;
    const html = documentOf('江苏省人民医院互联网医院', null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital: JSPH, hospital_grade: null },
        date: page.date,
        // changed at tuning from `unknown`: every page prints the service label 图文问诊, which names the format (fresh-20's convention)
        format: 'text',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

export const FRESH92_FAMILIES: readonly Family[] = [gdhtcmMingyiZaixianGbk, xjyyZhuanjiaZixunPrint, anzhenZhuanjiaDayiAspnet, kankanewsJiemuBroadcast, vghtcYiliaoXinxiangBig5, jsphHulianwangUniapp];
