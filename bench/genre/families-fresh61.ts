import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, documentOf, hm, itemNum, shift, token } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Sixty-first fresh held-out set (split `fresh-61`): written blind on 2026-12-02 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests
 * and without running it on these pages — and committed before its first run. Theme: **the same question
 * pages of the genre as people and machines render them in another mode**: a site's 长辈模式 (elder mode), a
 * hospital page with a government-style 无障碍 toolbar injected, a site's 打印本页 print version, an old WAP 2.0
 * page whose long answer is split over `第1/2页`, a search engine's 转码 copy of a desktop page, and Firefox's
 * 阅读模式 saved to disk. Each modelled from memory of such pages (no copied markup).
 *
 * The key is the page's Q&A as its reader would see it; a field the page does not print is null (format
 * 'unknown'). Where a careful person could hesitate, the key decides (the README row says the same):
 * - the mode's own chrome (toolbar words, 朗读 / 点击收听 buttons, the 大字幕 caption, print header and footer,
 *   the print day, the transcoder's bar and its 原网页 link, the reader view's domain line and reading-time
 *   estimate) is none of the entry; a 问 / 答 mark before the question or the answer is no text;
 * - a WAP page that shows only page one of a split answer is keyed as what it shows: the paragraphs whole on
 *   it, and the one the split cuts as far as it is printed (a careful reader would mark it cut off); a page
 *   whose answer is whole (`第1/1页` or no pager) is keyed whole;
 * - an item's address is the original page's, where a transcoder wraps it (`…/tc?src=<encoded>`);
 * - the date is the answer's day as printed, never a print day, a capture day or a reading estimate; a day
 *   without its year (`5月6日`) names none.
 */

type Related = TruthPage['related'][number];


/** Related items with only their question shown (link-items.ts): `[]`. */
const linkItems = (page: TruthPage, url: (n: number) => string, dated = false): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** Related items with their snippet printed, format unknown. */
const snippetItems = (page: TruthPage, url: (n: number) => string, dated: boolean): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

const NO_DOCTOR = { name: null, title: null, department: null, hospital: null, hospital_grade: null };

// --- F1. pingan-elder-mode ---

/**
 * F1. 平安健康's 长辈模式 (m.jk.cn/wenda/{id}?mode=elder): the elder bar (`长辈模式` / `已切换为大字版`, 退出长辈模式),
 * a 点击朗读 button before the question on 60% and before the answer on 50%; the question after a `问` badge in a
 * big block; the simplified card (name, title, and `hospital department` on 60%, `hospital` alone on 40%; no
 * grade); on voice answers a 点击收听 bar with its length on 70%; the answer after a `答` badge; `回答时间` as
 * `2023年5月6日` (50%), `2023-05-06` (30%) or `5月6日` (20%); 看看其他问题 as big links (with a first line of the
 * answer on 40%, `查看回答 >` buttons); a 字号 switch (标准 / 大 / 特大) and the 客服 line. Key: department null where
 * the card shows the hospital alone; grade null; format voice where the bar shows; date null for `5月6日`.
 */
const pinganElderMode: Family = {
  name: 'pingan-elder-mode',
  split: 'fresh-61',
  site: 'm.jk.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://m.jk.cn/wenda/${n}?mode=elder`;
    const withDept = rng.chance(0.6);
    const voice = page.format === 'voice' && rng.chance(0.7);
    const dayKind = rng.weighted([['cn', 5], ['iso', 3], ['yearless', 2]] as const);
    const day = dayKind === 'cn' ? cnDate(page.date!) : dayKind === 'iso' ? page.date! : `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日`;
    const snippets = rng.chance(0.4);
    const tts = (what: string) => `<button class="elder-tts" aria-label="朗读${what}"><i class="icon-horn"></i>点击朗读</button>`;
    const card = `<div class="elder-doctor"><img class="elder-avatar" src="https://img.jk.cn/doctor/${token(rng, 16)}.png" alt=""><div class="elder-doctor-info"><p class="elder-doctor-name">${esc(d.name!)}<span class="elder-doctor-title">${d.title}</span></p><p class="elder-doctor-org">${esc(d.hospital!)}${withDept ? ` ${esc(d.department!)}` : ''}</p></div></div>`;
    const voiceBar = voice ? `<div class="elder-voice" role="button"><i class="icon-play"></i><span>点击收听</span><span class="elder-voice-len">${rng.int(20, 120)}秒</span></div>` : '';
    const items = page.related.length
      ? `<div class="elder-more"><h2 class="elder-more-title">${rng.pick(['看看其他问题', '大家还在问'])}</h2>${page.related
          .map((r) => `<a class="elder-more-item" href="${urlOf(itemNum(r))}"><p class="elder-more-q">${esc(r.question)}</p>${snippets ? `<p class="elder-more-a">${esc(r.snippet)}</p>` : ''}<span class="elder-more-btn">查看回答 &gt;</span></a>`)
          .join('\n')}</div>`
      : '';
    const body = `<div class="elder-page" style="font-size:20px">
<div class="elder-bar"><span class="elder-bar-title">${rng.pick(['长辈模式', '已切换为大字版', '长辈版'])}</span><a class="elder-exit" href="/wenda/${page.item.num}">退出长辈模式</a></div>
<div class="elder-question">${rng.chance(0.6) ? tts('问题') : ''}<span class="elder-badge elder-badge-q">问</span><h1 class="elder-q-text">${esc(page.question)}</h1></div>
${card}
<div class="elder-answer">${rng.chance(0.5) ? tts('回答') : ''}<span class="elder-badge elder-badge-a">答</span>${voiceBar}<div class="elder-a-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p class="elder-time">回答时间：${day}</p></div>
<div class="elder-tip">以上回答仅供参考，如有不适请及时就医</div>
${items}
<div class="elder-font"><span>字号</span><a class="on">标准</a><a>大</a><a>特大</a></div>
<div class="elder-footer">客服热线 95511转7 <a href="/help">帮助中心</a></div>
</div>`;
    const html = documentOf(`${page.question}-平安健康`, rng.chance(0.5) ? `https://m.jk.cn/wenda/${page.item.num}` : null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: withDept ? d.department : null, hospital_grade: null },
        date: dayKind === 'yearless' ? null : page.date,
        format: voice ? 'voice' : 'unknown',
        related: snippets ? snippetItems(page, urlOf, false) : linkItems(page, urlOf),
      }),
    };
  },
};

// --- F2. wza-toolbar-hospital ---

const WZA_BUTTONS = ['声音', '语速', '阅读方式', '配色', '放大', '缩小', '大鼠标', '十字线', '大字幕', '读屏专用', '重置', '关闭'];

/** A paragraph as the toolbar's 指读 mode leaves it: each clause in its own span, nothing between. */
const fingerRead = (p: string) =>
  p
    .split(/(?<=[，。；！？])/u)
    .map((s) => `<span class="wza-read" tabindex="0">${esc(s)}</span>`)
    .join('');

/**
 * F2. A provincial hospital's 专家答疑 reply (www.sxsrmyy.example/zjdy/{id}.html, GBK on 30%) with the 无障碍
 * toolbar a government-style accessibility service injects: `#wza-toolbar` (无障碍浏览 and its buttons 声音 … 关闭,
 * a `语音朗读 已开启` state on half); on 50% the 指读 mode's clause spans inside every paragraph; a screen-reader
 * layer (`<span class="wza-sr">` labels: `标题：`, `正文：`, `链接：`) on 40%; the 大字幕 bar at the foot
 * holding the last line read (the question, the doctor's name or the answer's first clause) on 45%. The page:
 * masthead (hospital and `{grade}` on 60%), crumbs, a `table` of 问题标题 / 提问人 / 提问时间 (1–4 days before), 问题描述;
 * `回复专家：` name title, `回复科室：`, `回复时间：`; the answer's `<p>`s; 最新答疑 links with `[date]`. Key: hospital
 * the masthead's, grade where printed; answer without toolbar words or captions; items link-only, dated.
 */
const wzaToolbarHospital: Family = {
  name: 'wza-toolbar-hospital',
  split: 'fresh-61',
  site: 'www.sxsrmyy.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    // The page names no address of its own (no canonical; item links root-relative): an item's link is keyed as
    // written (`/zjdy/{id}.html`), as fresh-22's and fresh-55's are (key fixed after the first run).
    const urlOf = (n: number) => `/zjdy/${n}.html`;
    const gbk = rng.chance(0.3);
    const gradeShown = rng.chance(0.6);
    const finger = rng.chance(0.5);
    const sr = rng.chance(0.4);
    const caption = rng.chance(0.45) ? rng.pick([page.question, d.name!, page.paragraphs[0]!.split(/(?<=[，。])/u)[0]!]) : '';
    const label = (s: string) => (sr ? `<span class="wza-sr">${s}</span>` : '');
    const toolbar = `<div id="wza-toolbar" class="wza-toolbar" role="toolbar" aria-label="无障碍工具条"><span class="wza-logo">无障碍浏览</span>${WZA_BUTTONS.map((b) => `<a href="javascript:void(0)" class="wza-btn" title="${b}">${b}</a>`).join('')}${rng.chance(0.5) ? '<span class="wza-state">语音朗读 已开启</span>' : ''}<a class="wza-help" href="javascript:void(0)">帮助</a></div>`;
    const para = (p: string) => `<p>${label('正文：')}${finger ? fingerRead(p) : esc(p)}</p>`;
    const asked = shift(page.date!, -rng.int(1, 4));
    const items = page.related.length
      ? `<div class="side-list"><div class="side-tit">最新答疑</div><ul>${page.related.map((r) => `<li>${label('链接：')}<a href="/zjdy/${itemNum(r)}.html" target="_blank">${esc(r.question)}</a><span class="date">[${r.date}]</span></li>`).join('\n')}</ul></div>`
      : '';
    const replyDay = rng.chance(0.7) ? page.date! : page.date!.replace(/-/g, '/');
    const body = `${toolbar}
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${esc(d.hospital!)}"><span class="hos-name">${esc(d.hospital!)}</span>${gradeShown ? `<span class="hos-level">${d.hospital_grade}</span>` : ''}</div><div class="tel">预约挂号：0351-${rng.int(4000000, 4999999)}</div></div>
<div class="nav"><a href="/">首页</a><a href="/yygk/">医院概况</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/zjdy/">专家答疑</a><a href="/jzzn/">就诊指南</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zjdy/">专家答疑</a> &gt; 正文</div>
<div class="content">
<table class="dy-table" width="100%" border="0" cellspacing="1">
<tr><th>问题标题</th><td>${label('标题：')}${esc(page.question)}</td></tr>
<tr><th>提问人</th><td>${rng.pick(['王', '李', '张', '刘'])}**</td></tr>
<tr><th>提问时间</th><td>${asked}</td></tr>
<tr><th>问题描述</th><td>${esc(rng.pick(ASKER_LINES))}</td></tr>
</table>
<div class="reply-info"><span>回复专家：${esc(d.name!)} ${d.title}</span><span>回复科室：${esc(d.department!)}</span><span>回复时间：${replyDay}</span></div>
<div class="reply-con">${page.paragraphs.map(para).join('\n')}</div>
</div>
${items}
<div class="footer">地址：${esc(d.hospital!)} 晋ICP备${rng.int(10000000, 19999999)}号</div>
${caption ? `<div id="wza-caption" class="wza-subtitle" aria-live="polite">${esc(caption)}</div>` : ''}`;
    const html = documentOf(`${page.question}-${d.hospital}`, null, '<script src="/wza/wza.js"></script>\n', body, charsetMeta(gbk ? 'gbk-meta' : 'utf-8'));
    return {
      body: encode(html, gbk ? 'gbk-meta' : 'utf-8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: 'unknown',
        related: linkItems(page, urlOf, true),
      }),
    };
  },
};

// --- F3. fh21-print ---

/**
 * F3. 飞华健康网's 打印本页 version of a question (ask.fh21.com.cn/question/{id}.html?print=1): print CSS, a
 * `noprint` bar (`[打印本页] [关闭窗口]`); the print header (`飞华健康网 ask.fh21.com.cn`, on 60% `打印时间：` a day
 * 100–500 days after the answer); `<h1>` the question, 问题描述 on half; `回答医生：` name title, `hospital department`
 * (grade in brackets on 30%); the answer's `<p>`s after `医生回答：` on half; `回答时间：2023-05-06 14:22` on 75%
 * (none on the others); on 40% the 相关问题 links with their address printed after them; a footer with the page's
 * address (`本文地址：`) and 版权所有. Key: date null where no 回答时间 prints (the print day is no answer's day);
 * items link-only where printed, else none.
 */
const fh21Print: Family = {
  name: 'fh21-print',
  split: 'fresh-61',
  site: 'ask.fh21.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://ask.fh21.com.cn/question/${n}.html`;
    const self = urlOf(page.item.num);
    const gradeShown = rng.chance(0.3);
    const dated = rng.chance(0.75);
    const listed = rng.chance(0.4) && page.related.length > 0;
    const printDay = `${shift(page.date!, rng.int(100, 500))} ${hm(rng)}`;
    const items = listed
      ? `<div class="print-related"><h3>相关问题</h3><ol>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a> <span class="print-url">(${urlOf(itemNum(r))})</span></li>`).join('\n')}</ol></div>`
      : '';
    const body = `<div class="noprint print-bar"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
<div class="print-hd"><span class="print-logo">飞华健康网</span> <span class="print-site">ask.fh21.com.cn</span>${rng.chance(0.6) ? ` <span class="print-time">打印时间：${printDay}</span>` : ''}</div>
<div class="print-body">
<h1>${esc(page.question)}</h1>
${rng.chance(0.5) ? `<p class="print-desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p>` : ''}
<div class="print-doctor"><p>回答医生：${esc(d.name!)} ${d.title}</p><p>${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</p></div>
<div class="print-answer">${rng.chance(0.5) ? '<p class="print-label">医生回答：</p>' : ''}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${dated ? `<p class="print-date">回答时间：${page.date}${rng.chance(0.6) ? ` ${page.time}` : ''}</p>` : ''}
${items}
</div>
<div class="print-ft"><p>本文地址：${self}</p><p>Copyright &copy; 2004-2024 飞华健康网 版权所有 未经许可不得转载</p></div>`;
    const head = `<style media="print">.noprint{display:none}body{font-size:12pt;color:#000}</style>\n<meta name="robots" content="noindex">\n`;
    const html = documentOf(`${page.question}_打印本页_飞华健康网`, rng.chance(0.5) ? self : null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: dated ? page.date : null,
        format: 'unknown',
        related: listed ? linkItems(page, urlOf) : [],
      }),
    };
  },
};

// --- F4. xywy-wap-paged ---

/** The answer's paragraphs as far as the first `limit` characters reach (the split's page one). */
const firstPage = (paragraphs: readonly string[], limit: number): string[] => {
  const shown: string[] = [];
  let left = limit;
  for (const p of paragraphs) {
    if (left <= 0) break;
    shown.push(p.length <= left ? p : p.slice(0, left));
    left -= p.length;
  }
  return shown;
};

/**
 * F4. 寻医问药's WAP 2.0 page (3g.xywy.com/wenda/{id}.htm): an XHTML-MP document (`<?xml …?>`, the WAPFORUM
 * doctype, GB2312 on 40%), tiny blocks: the logo line and `首页|问医生|查疾病`; `<div class="t">` the question;
 * `问：` the asker's words on half; `医生：name(title)` and `hospital department` lines; `时间:2023-05-06`; the answer
 * as `<br/>`-broken text after `答：`; where the answer runs past 70–140 characters (on 70% of such pages) only
 * page one is shown, cut there, and `第1/N页 <a>下一页</a> <a>全文</a>` under it; `相关问题` as numbered `<br/>`
 * links; `[手机版] [电脑版]` and 返回顶部. Key: the part shown (see the file's rules); items link-only.
 */
const xywyWapPaged: Family = {
  name: 'xywy-wap-paged',
  split: 'fresh-61',
  site: '3g.xywy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    // The page names no address of its own (no canonical, no og:url; every item link root-relative): an item's
    // link is keyed as written (`/wenda/{id}.htm`), as fresh-22's and fresh-55's are (key fixed after the first run).
    const urlOf = (n: number) => `/wenda/${n}.htm`;
    const gb = rng.chance(0.4);
    const limit = rng.int(70, 140);
    const total = page.paragraphs.join('').length;
    const split = total > limit && rng.chance(0.7);
    const shown = split ? firstPage(page.paragraphs, limit) : page.paragraphs;
    const pages = split ? Math.ceil(total / limit) : 1;
    const pager = split
      ? `<div class="pg">第1/${pages}页 <a href="/wenda/${page.item.num}_2.htm">下一页</a> <a href="/wenda/${page.item.num}_all.htm">全文</a></div>`
      : rng.chance(0.3)
        ? '<div class="pg">第1/1页</div>'
        : '';
    const items = page.related.length
      ? `<div class="h">相关问题</div><div class="c">${page.related.map((r, i) => `${i + 1}.<a href="/wenda/${itemNum(r)}.htm">${esc(r.question)}</a>`).join('<br/>\n')}</div>`
      : '';
    const charset = gb ? 'gb2312' : 'utf-8';
    const html = `<?xml version="1.0" encoding="${charset}"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=${charset}"/>
<title>${esc(page.question)}-寻医问药手机版</title>
</head>
<body>
<div class="logo"><a href="/">寻医问药</a></div>
<div class="nav"><a href="/">首页</a>|<a href="/wenda/">问医生</a>|<a href="/jib/">查疾病</a></div>
<div class="t">${esc(page.question)}</div>
${rng.chance(0.5) ? `<div class="c">问：${esc(rng.pick(ASKER_LINES))}</div>` : ''}
<div class="c">医生：${esc(d.name!)}(${d.title})<br/>${esc(d.hospital!)} ${esc(d.department!)}<br/>时间:${page.date}</div>
<div class="c">答：${shown.map(esc).join('<br/>\n')}</div>
${pager}
${items}
<div class="f"><a href="#top">返回顶部</a><br/>[手机版] <a href="http://www.xywy.com/">[电脑版]</a><br/>xywy.com ${rng.chance(0.5) ? cnDate(shift(page.date!, rng.int(30, 400))) : ''}</div>
</body>
</html>`;
    return {
      body: gb ? encode(html, 'gb2312-http-equiv') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, paragraphs: shown, format: 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

// --- F5. baidu-transcode ---

/**
 * F5. 百度's 转码 copy of a 快速问医生 desktop page (m.baidu.com/from=844b/bd_page_type=1/ssid=0/uid=0/…/tc?…&src=…):
 * the transcoder's bar (`百度` logo, `已为您优化页面` / `网页已转码`, `原网页`), its own flat markup: every block of the
 * desktop page now a `<p class="tc-p">` or `<div class="tc-line">`: the site's nav as a line of links, the
 * question, `问题描述：`, the card's parts each on its own line (name, title, `hospital`, `科室：department`, grade on
 * 30% as a line of its own), the answer's lines, `2023-05-06 14:22` (or `回答时间：2023-05-06`); 相关问题 with every
 * link rewritten to the transcoder (`…/tc?src=<the original, encoded>`) and on half the snippet as a line under it;
 * the bar's foot (原网页 | 百度首页 | 意见反馈, 字号 大 中 小). Key: item addresses the original ones; items with the
 * snippet where printed, else link-only, undated.
 */
const baiduTranscode: Family = {
  name: 'baidu-transcode',
  split: 'fresh-61',
  site: 'www.120ask.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const origOf = (n: number) => `http://www.120ask.com/question/${n}.htm`;
    // One visit's session in every rewritten link; only the link's own tokens vary.
    const session = `pu=usm%40${rng.int(0, 5)}%2Csz%40320_1001%2Cta%40iphone_2_${rng.int(9, 13)}.0_3_537/baiduid=${token(rng, 32).toUpperCase()}`;
    const lid = rng.int(1e15, 9e15);
    const tc = (url: string) => `http://m.baidu.com/from=844b/bd_page_type=1/ssid=0/uid=0/${session}/w=0_10_/t=iphone/l=1/tc?ref=www_iphone&amp;lid=${lid}&amp;order=${rng.int(1, 10)}&amp;vit=osres&amp;m=8&amp;srd=1&amp;dict=${rng.int(20, 32)}&amp;sec=${rng.int(20000, 40000)}&amp;di=${token(rng, 16)}&amp;bdenc=1&amp;nsrc=${token(rng, 24)}&amp;src=${encodeURIComponent(url)}`;
    const gradeShown = rng.chance(0.3);
    const snippets = rng.chance(0.5);
    const line = (s: string) => (rng.chance(0.5) ? `<p class="tc-p">${s}</p>` : `<div class="tc-line">${s}</div>`);
    const card = [esc(d.name!), d.title!, esc(d.hospital!), ...(gradeShown ? [d.hospital_grade!] : []), `科室：${esc(d.department!)}`].map(line).join('\n');
    const when = rng.chance(0.5) ? `${page.date} ${page.time}` : `回答时间：${page.date}`;
    const items = page.related.length
      ? `${line('相关问题')}\n${page.related.map((r) => `${line(`<a href="${tc(origOf(itemNum(r)))}">${esc(r.question)}</a>`)}${snippets ? `\n${line(esc(r.snippet))}` : ''}`).join('\n')}`
      : '';
    const body = `<div id="tc-bar" class="tc-hd"><a class="tc-logo" href="http://m.baidu.com/">百度</a><span class="tc-tip">${rng.pick(['已为您优化页面', '网页已转码', '此页面已被百度优化'])}</span><a class="tc-orig" href="${origOf(page.item.num)}">原网页</a></div>
<div id="tc-page" class="tc-content">
${line(`<a href="${tc('http://www.120ask.com/')}">快速问医生</a> <a href="${tc('http://www.120ask.com/list/')}">问题分类</a> <a href="${tc('http://www.120ask.com/jibing/')}">疾病</a>`)}
${line(`<b>${esc(page.question)}</b>`)}
${rng.chance(0.6) ? line(`问题描述：${esc(rng.pick(ASKER_LINES))}`) : ''}
${card}
${page.paragraphs.map((p) => line(esc(p))).join('\n')}
${line(when)}
${items}
</div>
<div class="tc-ft"><a href="${origOf(page.item.num)}">原网页</a> | <a href="http://m.baidu.com/">百度首页</a> | <a href="http://m.baidu.com/feedback">意见反馈</a><br>字号 <a>大</a> <a>中</a> <a>小</a><br>&copy;Baidu ${rng.chance(0.5) ? `转码时间 ${shift(page.date!, rng.int(30, 300))}` : ''}</div>`;
    const html = documentOf(`${page.question}_快速问医生`, null, '<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: 'unknown',
        related: snippets ? snippetItems(page, origOf, false) : linkItems(page, origOf),
      }),
    };
  },
};

// --- F6. firefox-reader-saved ---

/**
 * F6. Firefox's 阅读模式 of a 妙手医生 question page saved to disk (about:reader?url=https%3A%2F%2Fwww.miaoshou.net…):
 * the reader toolbar (关闭阅读视图, 字体控制, 朗读); the header as Firefox prints it, in the newer class-named markup
 * (60%) or the older id-named one: the domain line `www.miaoshou.net`, the title (`{question}` or, where the site's
 * title kept its suffix, `{question}_妙手医生` on 35%), the byline (`{name} {title}` 45%, `{name}` 20%, `妙手医生` 20%,
 * none 15%), the reading estimate (`2–3 分钟`); the content Readability kept: on 55% the card as `<p>`s (name title,
 * `hospital department`, grade in brackets on 30%), the answer's `<p>`s, on 60% the day line (`发布时间：2023-05-06` or
 * `2023年5月6日`); no related list. Key: question without the suffix; doctor from byline and card (a site-name byline
 * names no one); date null where the content keeps no day; related none.
 */
const firefoxReaderSaved: Family = {
  name: 'firefox-reader-saved',
  split: 'fresh-61',
  site: 'www.miaoshou.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const src = `https://www.miaoshou.net/question/${token(rng, 10)}.html`;
    const newer = rng.chance(0.6);
    const title = rng.chance(0.35) ? `${page.question}_妙手医生` : page.question;
    const byline = rng.weighted([['nameTitle', 45], ['name', 20], ['site', 20], ['none', 15]] as const);
    const withCard = rng.chance(0.55);
    const gradeShown = withCard && rng.chance(0.3);
    const dated = rng.chance(0.6);
    const credit = byline === 'nameTitle' ? `${esc(d.name!)} ${d.title}` : byline === 'name' ? esc(d.name!) : byline === 'site' ? '妙手医生' : '';
    const words = page.paragraphs.join('').length;
    const lo = Math.max(1, Math.floor(words / 400));
    const estimate = `${lo}–${lo + 1} 分钟`;
    const card = withCard ? `<p>${esc(d.name!)} ${d.title}</p><p>${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</p>` : '';
    const day = dated ? `<p>${rng.chance(0.5) ? `发布时间：${page.date}` : cnDate(page.date!)}</p>` : '';
    const content = `<div id="readability-page-1" class="page"><div>${card}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}${day}</div></div>`;
    const header = newer
      ? `<div class="header reader-header reader-show-element"><a class="domain reader-domain" href="${src}">www.miaoshou.net</a><div class="domain-border"></div><h1 class="reader-title">${esc(title)}</h1><div class="credits reader-credits">${credit}</div><div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time">${estimate}</div></div></div>`
      : `<div id="reader-header" class="header" style="display: block;"><a id="reader-domain" class="domain" href="${src}">www.miaoshou.net</a><div class="domain-border"></div><h1 id="reader-title">${esc(title)}</h1><div id="reader-credits" class="credits">${credit}</div><div class="meta-data"><div id="reader-estimated-time">${estimate}</div></div></div>`;
    const body = `<div class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" role="toolbar"><button class="close-button button" title="关闭阅读视图"><span class="hover-label">关闭</span></button><button class="dropdown-toggle button style-button" title="字体控制"><span class="hover-label">字体</span></button><button class="narrate-toggle button" title="朗读"><span class="hover-label">朗读</span></button></div></div></div>
<div class="container" style="--font-size: 20px; --content-width: 30em;">
${header}
<hr>
<div class="content"><div class="moz-reader-content reader-show-element">${content}</div></div>
<div>
<div class="reader-message"></div>
</div>
</div>`;
    const html = documentOf(title, null, '<meta name="viewport" content="width=device-width; user-scalable=0">\n<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">\n', body);
    const named = byline === 'nameTitle' || byline === 'name' || withCard;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: named
          ? {
              name: d.name,
              title: byline === 'nameTitle' || withCard ? d.title : null,
              hospital: withCard ? d.hospital : null,
              department: withCard ? d.department : null,
              hospital_grade: gradeShown ? d.hospital_grade : null,
            }
          : { ...NO_DOCTOR },
        date: dated ? page.date : null,
        format: 'unknown',
        related: [],
      }),
    };
  },
};

export const FRESH61_FAMILIES: readonly Family[] = [pinganElderMode, wzaToolbarHospital, fh21Print, xywyWapPaged, baiduTranscode, firefoxReaderSaved];
