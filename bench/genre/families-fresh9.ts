import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { CITIES } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ask, cnDate, epochSeconds, hm, personName, relatedWith, token } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Ninth fresh held-out set (split `fresh-9`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a 百家号 / 百度健康-style
 * article whose doctor card sits in the sticky top bar above the title and whose answer is one
 * <section> of <span>s broken by <br>s; a hospital department's 健康科普 page (an old CMS in GBK
 * whose only charset declaration is a <meta http-equiv> after the first 1,024 bytes) with the card
 * as a signature line after the answer; a WeChat 公众号 article (rich_media markup, styled
 * <section>s with text split over many <span>s, an editor as 作者, the card as a 专家简介 box or a
 * bio sentence at the end, a 往期推荐 list of titles only); an ask-a-doctor page whose card is a
 * sentence (本问题由 <strong>name</strong> title 解答) and whose related list is a grid of cards with
 * the question in an <h3>, the snippet cut short with `...` and a 阅读 1.2万 count; a community
 * Q&A answer page (知乎 kind) whose card is the answerer's 认证 badge, one string of hospital,
 * department and title, with lay users' answers after it and related answers whose snippets open
 * with their author's name.
 *
 * The answer key holds what a careful person reads on the page, as printed. A field the page does
 * not print is null (a date printed 5月6日 or 05-06 without its year, or only in a script, is not
 * printed; a grade no part of the page shows is null); a related snippet is what the list prints
 * of the answer (cut short with `...` where the site cuts it, without the author's name before
 * it); links with a title and no snippet are no related items.
 */

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
const PROVINCES = ['江苏', '浙江', '广东', '四川', '湖北', '山东', '河南', '福建'];
/** What the question is about (湿疹, 胃胀), for the titles of other pages' links: who asks and how cut off. */
function topicOf(page: TruthPage): string {
  const q = ask(page).replace(/^(?:宝宝|小孩|老人|孕妇|女性|男性|中年人|年轻人|产后|哺乳期|经期)?(?:总是|得了)?/u, '');
  const end = /(?:是怎么回事|怎么回事|怎么办|是什么|吃什么|严重吗|要做|挂什么科|的症状|能治好|需要注意|会复发|怎么治疗|会引起|多久|还|伴有|几天了|有|和)/u.exec(q.slice(2));
  return end ? q.slice(0, end.index + 2) : q;
}
/** 1.2万 / 3456: a count as feeds print it. */
const count = (rng: Rng) => (rng.chance(0.6) ? `${rng.int(1, 99)}.${rng.int(1, 9)}万` : String(rng.int(120, 9999)));

/** The format word a site prints inside a sentence or beside a player. */
const FORMAT_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['语音解答', '语音回答'],
  text: ['图文解答', '图文回答'],
  video: ['视频解答', '视频回答'],
};
const formatWord = (rng: Rng, f: Format) => (f === 'unknown' ? '' : rng.pick(FORMAT_WORDS[f]));

/** A paragraph's numbering (一、 1. （1）) and the rest, or null. */
function splitNumber(p: string): [string, string] | null {
  const m = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|（\d+）)/u.exec(p);
  return m ? [m[0], p.slice(m[0].length)] : null;
}

/**
 * N1. A 百家号 / 百度健康-style article page (a search company's content platform): the doctor's
 * card is in the sticky top bar, ABOVE the title, beside the site's logo and a 关注 button
 * (avatar, name with a 认证 icon, title, hospital with the grade badge now and then, department,
 * 粉丝 count); the <h1> question; a line with the date (2023-05-06 14:22, 2023年5月6日, or
 * 05-06 14:22 without its year — then null — as the platform prints dates of the current year)
 * and the IP 属地; for voice or video answers a player with the format now and then; the answer
 * one <section> of <span>s broken by <br> or <br><br>, a paragraph's numbering now and then in
 * a bold span of its own; 声明 and 举报 lines; a 相关推荐 feed whose every item is one link
 * (question, snippet, another doctor's name, a date on some pages, a 阅读 count).
 */
const bjhSticky: Family = {
  name: 'bjh-sticky',
  split: 'fresh-9',
  site: 'mbd.jiankanghao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const showGrade = rng.chance(0.65);
    const yearless = rng.chance(0.3);
    const shownDate = yearless
      ? `${M(page.date!)}-${D(page.date!)} ${page.time}`
      : rng.pick([`${page.date} ${page.time}`, cnDate(page.date!), `${cnDate(page.date!)} ${page.time}`, `发布于 ${page.date}`]);
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const badge = showGrade ? `<span${cls(rng)} style="padding:0 3px;font-size:10px;color:#fff;background:#3c76ff;border-radius:2px">${d.hospital_grade}</span>` : '';
    const place = rng.chance(0.5) ? `<span${cls(rng)}>${esc(d.hospital!)}</span>${badge} <span${cls(rng)}>${esc(d.department!)}</span>` : `${badge}<span${cls(rng)}>${esc(d.hospital!)}</span><span${cls(rng)}> · </span><span${cls(rng)}>${esc(d.department!)}</span>`;
    const author = `<div${cls(rng)} style="display:flex;align-items:center"><img src="https://pic.jiankanghao.example/avatar/${token(rng, 10)}.jpeg" width="36" height="36" alt="" style="border-radius:50%"><div${cls(rng)} style="margin-left:8px"><div${cls(rng)}><span${cls(rng)} style="font-weight:600">${esc(d.name!)}</span><i${cls(rng)} title="${rng.pick(['认证医生', '健康号认证'])}"></i> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)} style="font-size:12px;color:#999">${place}</div></div></div>`;
    const header = `<header${cls(rng)} style="position:sticky;top:0;z-index:99;background:#fff;display:flex;justify-content:space-between;align-items:center;height:52px;padding:0 16px"><a href="/"${cls(rng)}><img src="/static/logo.png" alt="健康号"></a>${author}<div${cls(rng)}><span${cls(rng)}>粉丝 ${count(rng)}</span> <button${cls(rng)}>+ 关注</button></div></header>`;
    const player =
      printFormat && page.format === 'voice'
        ? `<div${cls(rng)} style="background:#f5f7fa;border-radius:6px;padding:10px"><i${cls(rng)}></i><span>${formatWord(rng, 'voice')}</span> <span>${rng.int(0, 2)}:${String(rng.int(10, 59))}</span></div>`
        : printFormat && page.format === 'video'
          ? `<div${cls(rng)}><video src="https://vd.jiankanghao.example/${token(rng, 16)}.mp4" controls></video><span>${formatWord(rng, 'video')}</span></div>`
          : printFormat
            ? `<div${cls(rng)}><span>${formatWord(rng, 'text')}</span></div>`
            : ''; // no bare player: a player with nothing printed would leave the key's format to a guess
    const gap = rng.pick(['<br>', '<br><br>', '<br/><br/>']);
    const boldNumbers = rng.chance(0.5);
    const spanOf = (p: string) => {
      const n = boldNumbers ? splitNumber(p) : null;
      return n ? `<span style="font-weight:bold">${esc(n[0])}</span><span>${esc(n[1])}</span>` : `<span>${esc(p)}</span>`;
    };
    const answer = `<section${cls(rng)} style="font-size:17px;line-height:28px">${page.paragraphs.map(spanOf).join(gap)}${rng.chance(0.5) ? '<br>' : ''}</section>`;
    const datedItems = rng.chance(0.6);
    const list = page.related.map(
      (r) =>
        `<div${cls(rng)}><a href="${r.path}"${cls(rng)} style="display:block"><div${cls(rng)} style="font-size:16px">${esc(r.question)}</div><div${cls(rng)} style="font-size:13px;color:#666">${esc(r.snippet)}</div><div${cls(rng)} style="font-size:12px;color:#999"><span>${esc(personName(rng, d.name!))}</span> ${datedItems ? `<span>${r.date}</span> ` : ''}<span>${count(rng)}阅读</span></div></a></div>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(page.question)}${rng.pick(['', '_健康号', ' - 健康号'])}</title>
<link rel="canonical" href="${page.canonical}">
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 50))}">
</head>
<body>
<div id="app"${cls(rng)}>
${header}
<div${cls(rng)} style="padding:0 16px">
<h1${cls(rng)} style="font-size:22px">${esc(page.question)}</h1>
<div${cls(rng)} style="font-size:12px;color:#999"><span${cls(rng)}>${shownDate}</span> <span${cls(rng)}>${rng.pick(['', 'IP属地：'])}${rng.pick(PROVINCES)}</span></div>
${player}
${wrap(rng, answer)}
<p${cls(rng)} style="font-size:12px;color:#999">${rng.pick(['声明：本文内容仅供参考，不能代替医生面诊，如有不适请及时就医。', '以上内容仅作健康科普，不作为诊断和治疗依据。'])}</p>
<div${cls(rng)}><span>举报/反馈</span> <span>赞 ${rng.int(0, 999)}</span> <span>评论 ${rng.int(0, 99)}</span></div>
</div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)} style="font-weight:600">${rng.pick(['相关推荐', '为你推荐', '相关问答'])}</div>${list.join('\n')}</div>` : ''}
<div${cls(rng)} style="font-size:12px;color:#ccc">©2023 jiankanghao.example 使用前必读 京ICP证000000号</div>
</div>
</body>
</html>`;
    const related = relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: showGrade ? d.hospital_grade : null }, date: yearless ? null : page.date, format: printFormat ? page.format : 'unknown', related }),
    };
  },
};

const CSS_RULES = [
  'body{margin:0;padding:0;font-size:12px;font-family:"宋体",Arial;color:#333;background:#fff}',
  'ul,li{list-style:none;margin:0;padding:0}',
  'a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}',
  '.top{width:1000px;height:110px;margin:0 auto;background:url(/skin/images/top.jpg) no-repeat}',
  '.nav{width:1000px;height:38px;margin:0 auto;background:#0a5ca8}.nav li{float:left;width:110px;line-height:38px;text-align:center}',
  '.nav li a{color:#fff;font-size:14px;font-weight:bold}',
  '.main{width:1000px;margin:10px auto;overflow:hidden}.left{float:left;width:240px}.right{float:right;width:740px}',
  '.position{height:30px;line-height:30px;border-bottom:1px solid #ddd;padding-left:20px}',
  '.content{line-height:26px;font-size:14px;padding:10px 20px}.content p{text-indent:2em;margin:6px 0}',
  '.info{text-align:center;color:#999;border-bottom:1px dashed #ccc;padding:8px 0}',
  '.footer{width:1000px;margin:0 auto;border-top:3px solid #0a5ca8;text-align:center;line-height:24px;padding:10px 0}',
  '.xg li{line-height:24px;border-bottom:1px dotted #ccc;padding:4px 0}.pn{padding:10px 20px;line-height:24px}',
];
const DEPT_MENU = ['科室介绍', '专家团队', '特色技术', '健康科普', '科室动态', '就诊须知'];

/**
 * N2. A hospital department's 健康科普 / 常见问题 page on an old CMS (动易 / DedeCMS kind), in GBK
 * without a BOM whose only charset declaration is a <meta http-equiv> placed after the first
 * 1,024 bytes (keywords, description, style sheets and inline CSS and script come before it);
 * no canonical link on half the pages (the list's links are then absolute). The masthead is the
 * hospital (its name in the logo's alt, the <title> and the footer, never with a grade); a
 * breadcrumb and a left menu of the department with its 专家团队 (other doctors' names and
 * titles); the <h2> question, an info line (发布时间, 来源: the department, 作者: 宣传科 or an
 * editor, 点击数); the answer as 问：… 答：… paragraphs; the card a signature line after it in one
 * of several shapes — （回答专家：name title hospitaldepartment）, hospital（grade）department name
 * title, department name title alone (the doctor is then of this hospital: the site), or
 * ——departmenttitle name; 上一篇 / 下一篇 links; 相关文章 with summaries and [date]s.
 */
const deptFaqGbk: Family = {
  name: 'dept-faq-gbk',
  split: 'fresh-9',
  site: 'www.yiyuan-keshi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = d.hospital!;
    const dept = d.department!;
    const shape = rng.weighted([['full', 3], ['graded', 3], ['site', 3], ['dash', 2]] as const);
    const hospitalGraded = shape === 'graded' || (shape === 'full' && rng.chance(0.4));
    const signature = (() => {
      switch (shape) {
        case 'full':
          return `${rng.pick(['回答专家', '解答专家', '答疑专家'])}：${esc(d.name!)} ${d.title} ${esc(hospital)}${hospitalGraded ? `（${d.hospital_grade}）` : ''}${esc(dept)}`;
        case 'graded':
          return `${rng.pick(['回答专家', '解答'])}：${esc(hospital)}（${d.hospital_grade}）${esc(dept)} ${esc(d.name!)} ${d.title}`;
        case 'site':
          return `${rng.pick(['回答专家', '解答专家', '解答'])}：${esc(dept)} ${esc(d.name!)} ${d.title}`;
        case 'dash':
          return `——${esc(dept)}${d.title} ${esc(d.name!)}`;
      }
    })();
    const sigLine = shape === 'dash' ? `<p style="text-align:right">${signature}</p>` : `<p${rng.chance(0.5) ? ' style="text-align:right"' : ''}>（${signature}）</p>`;
    const others = Array.from({ length: rng.int(2, 4) }, () => `<li><a href="/zhuanjia/${rng.int(100, 999)}.html">${esc(personName(rng, d.name!))}</a> ${rng.pick(['主任医师', '副主任医师', '主治医师'])}</li>`);
    const canonical = rng.chance(0.5);
    const href = (path: string) => (canonical ? path : new URL(path, page.canonical).href);
    const sep = rng.pick(['-', '_', '—']);
    const date = rng.pick([page.date!, `${Number(Y(page.date!))}-${Number(M(page.date!))}-${Number(D(page.date!))}`, `${page.date!.replace(/-/g, '/')} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}`]);
    const editor = rng.pick(['宣传科', '党委宣传部', `宣传科 ${personName(rng, d.name!)}`]);
    const qLine = rng.chance(0.7);
    const answerLabelApart = rng.chance(0.3);
    const [first, ...rest] = page.paragraphs;
    const body = [
      ...(qLine ? [`<p><strong>问：</strong>${esc(page.question)}</p>`] : []),
      ...(answerLabelApart ? [`<p><strong>答：</strong></p>`, `<p>${esc(first!)}</p>`] : [`<p><strong>答：</strong>${esc(first!)}</p>`]),
      ...rest.map((p) => `<p>${esc(p)}</p>`),
      sigLine,
    ];
    const prevNext = `<div class="pn">上一篇：<a href="${href(`/kpzs/${rng.int(1000, 9999)}.html`)}">${esc(topicOf(page))}${rng.pick(['的日常护理', '患者的饮食指导'])}</a><br />下一篇：<a href="${href(`/kpzs/${rng.int(1000, 9999)}.html`)}">${rng.pick(['我科成功开展新技术', '世界卫生日义诊活动通知', '门诊就诊流程'])}</a></div>`;
    const dateFirst = rng.chance(0.5);
    const list = page.related.map((r) =>
      dateFirst
        ? `<li><span>[${r.date}]</span> <a href="${href(r.path)}" target="_blank">${esc(r.question)}</a><br />${esc(r.snippet)}</li>`
        : `<li><a href="${href(r.path)}" target="_blank">${esc(r.question)}</a> <span>[${r.date}]</span><p>${esc(r.snippet)}</p></li>`,
    );
    const head = (css: string) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>${esc(page.question)}${sep}${esc(dept)}${sep}${esc(hospital)}</title>
<meta name="keywords" content="${esc(hospital)},${esc(dept)},${esc(topicOf(page))},健康科普,常见问题" />
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 70))}" />
<link href="/skin/css/common.css" rel="stylesheet" type="text/css" />
<link href="/skin/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);var con=document.getElementById("con_"+name+"_"+i);menu.className=i==cursel?"hover":"";con.style.display=i==cursel?"block":"none";}}
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
</script>
<style type="text/css">
${css}
</style>
`;
    // The declaration must start after byte 1,024 of the encoded file: add rules until it does
    // (past the list's end, the same rules again under another parent).
    const cssOf = (n: number) => Array.from({ length: n }, (_, i) => (i < CSS_RULES.length ? CSS_RULES[i]! : `.x${i} ${CSS_RULES[i % CSS_RULES.length]!}`)).join('\n');
    let rules = rng.int(4, CSS_RULES.length);
    while (iconv.encode(head(cssOf(rules)), 'gb18030').length < 1100) rules++;
    const css = cssOf(rules);
    const html = `${head(css)}<meta http-equiv="Content-Type" content="text/html; charset=${rng.pick(['gb2312', 'gbk', 'GB2312'])}" />
${canonical ? `<link rel="canonical" href="${page.canonical}" />\n` : ''}</head>
<body>
<div class="top"><a href="/"><img src="/skin/images/logo.png" alt="${esc(hospital)}" /></a></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/kpzs/">健康科普</a></li><li><a href="/jzzn/">就医指南</a></li></ul></div>
<div class="main">
<div class="left">
<div${cls(rng)}><h3>${esc(dept)}</h3><ul>${DEPT_MENU.map((m) => `<li><a href="/ks/${rng.int(10, 99)}/">${m}</a></li>`).join('')}</ul></div>
<div${cls(rng)}><h3>专家团队</h3><ul>${others.join('')}</ul></div>
</div>
<div class="right">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/ksdh/">科室导航</a> &gt; <a href="/ks/">${esc(dept)}</a> &gt; 健康科普</div>
<h2${cls(rng)} style="text-align:center;font-size:18px">${esc(page.question)}</h2>
<div class="info">发布时间：${date}　来源：${esc(dept)}　作者：${esc(editor)}　点击数：${rng.int(30, 9000)}　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="content" id="zoom">
${body.join('\n')}
</div>
${prevNext}
${page.related.length ? `<div class="xg"><h3>${rng.pick(['相关文章', '相关阅读', '相关问答'])}</h3><ul>${list.join('\n')}</ul></div>` : ''}
</div>
</div>
<div class="footer">版权所有：${esc(hospital)}　地址：${/^.+?市/u.exec(hospital)?.[0] ?? rng.pick(CITIES)}${rng.pick(['人民路', '解放路', '健康路'])}${rng.int(1, 300)}号<br />电话：0${rng.int(510, 599)}-${rng.int(6000000, 8999999)}　备案号：苏ICP备${rng.int(10000000, 99999999)}号</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return {
      body: iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: hospitalGraded ? d.hospital_grade : null }, format: 'unknown', related }),
    };
  },
};

const ACCOUNTS = ['健康{c}', '{c}卫健', '家庭医生说', '科普进行时', '{c}健康教育'];

/**
 * N3. A WeChat 公众号 article as saved from the browser (rich_media markup): the <h1> the
 * question, now and then after a column tag (专家答疑｜, 【健康问答】); the meta line with 原创, an
 * editor's name as the author, the account's nickname, the publish time in <em id="publish_time">
 * (2023-05-06 14:22, 2023年5月6日 14:22, 2023-05-06, or 5月6日 without its year, or empty and
 * filled by a script from `var ct` — the last two are null) and 发表于 a province; in js_content,
 * styled <section>s: a 问 badge and the question, a 答 badge (a line of its own or before the
 * first paragraph), the answer's <p>s with their text split over several styled <span>s, empty
 * <p><br></p>s between them; a divider, then the card as a 专家简介 box of lines or one bio sentence
 * (name，hospitaldepartmenttitle，… 擅长…); 来源 / 编辑 / 审核 lines naming other people; 阅读 and 在看
 * counts; a 往期推荐 / 往期回顾 / 推荐阅读 list of earlier articles' titles only (other questions, linked).
 * Key: under 往期推荐 / 往期回顾 (the column's back issues) the titles are link-only items (`paragraphs: []`:
 * the page entry's related_urls, in order), as fresh-63's wjw-wechat-wenda keys an account's 往期推荐 of
 * questions; under 推荐阅读 (the account's reading at large) no items. Key changed in the thirty-fifth
 * stop, after eval.ts came to score related_urls on every page: every such list was keyed no items, from
 * before fresh-47's link-only items.
 */
const wechatArticle: Family = {
  name: 'wechat-article',
  split: 'fresh-9',
  site: 'mp.weixin-share.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = rng.pick(CITIES).replace('市', '');
    const account = rng.pick(ACCOUNTS).replace('{c}', city);
    const editor = personName(rng, d.name!);
    const reviewer = personName(rng, d.name!);
    const h1 = rng.weighted([[page.question, 6], [`专家答疑｜${page.question}`, 2], [`【健康问答】${page.question}`, 2]] as const);
    const dateShape = rng.weighted([['full', 35], ['cn', 30], ['day', 15], ['yearless', 10], ['script', 10]] as const);
    const shown = { full: `${page.date} ${page.time}`, cn: `${cnDate(page.date!)} ${page.time}`, day: page.date!, yearless: `${Number(M(page.date!))}月${Number(D(page.date!))}日`, script: '' }[dateShape];
    const color = rng.pick(['#1e9fff', '#07c160', '#e8503a', '#7b5aa6']);
    const badge = (t: string) => `<span style="display:inline-block;width:24px;height:24px;line-height:24px;text-align:center;border-radius:50%;color:#fff;background:${color};margin-right:6px">${t}</span>`;
    /** The text in 1–3 styled spans, cut where an editor's styling would cut it. */
    const runs = (text: string) => {
      const n = splitNumber(text);
      const pieces: string[] = n ? [n[0]] : [];
      let rest = n ? n[1] : text;
      for (let cuts = rng.int(0, 2); cuts > 0 && rest.length > 12; cuts--) {
        const at = rng.int(4, rest.length - 4);
        pieces.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      pieces.push(rest);
      return pieces
        .map((t, i) => (i === 0 && n ? `<strong><span style="color:${color}">${esc(t)}</span></strong>` : `<span style="font-size:15px;letter-spacing:1px${rng.chance(0.3) ? `;color:rgb(62, 62, 62)` : ''}">${esc(t)}</span>`))
        .join('');
    };
    const spacer = rng.chance(0.5) ? '<p style="margin:0"><br></p>' : '';
    const pStyle = 'style="margin:0 8px 12px;line-height:1.75em;text-align:justify"';
    const answerInline = rng.chance(0.4);
    const answerPs = page.paragraphs.map((p, i) => `<p ${pStyle}>${i === 0 && answerInline ? badge('答') : ''}${runs(p)}</p>`);
    const qa = `<section style="margin:16px 0;padding:12px;background:#f7f9fc;border-radius:8px"><p ${pStyle}>${badge('问')}<span style="font-weight:bold">${esc(page.question)}</span></p></section>
<section style="margin:16px 0">${answerInline ? '' : `<p ${pStyle}>${badge('答')}</p>`}
${answerPs.join(`\n${spacer}`)}
</section>`;
    const box = rng.chance(0.6);
    const gradeShown = box ? rng.chance(0.6) : rng.chance(0.3);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const card = box
      ? `<section style="margin:20px 8px;padding:14px;border:1px solid ${color};border-radius:6px"><p style="text-align:center"><strong><span style="color:${color}">${rng.pick(['专家简介', '本期专家', '答疑专家'])}</span></strong></p><p style="text-align:center"><img data-src="https://mmbiz.weixin-share.example/${token(rng, 20)}/640" style="width:120px;border-radius:50%"></p><p><strong><span style="font-size:17px">${esc(d.name!)}</span></strong></p>${rng.shuffle([`<p><span>${d.title}</span></p>`, `<p><span>${hosp}</span></p>`, `<p><span>${esc(d.department!)}</span></p>`]).join('')}<p><span style="font-size:13px;color:#888">擅长：${esc(d.department!)}常见病、多发病的诊断与治疗。</span></p></section>`
      : `<section style="margin:20px 8px;padding:14px;background:#f5f5f5"><p><strong>${rng.pick(['专家简介', '本期专家'])}</strong></p><p><span style="font-size:14px">${esc(d.name!)}，${hosp}${esc(d.department!)}${d.title}，${rng.pick(['医学硕士', '医学博士', '硕士研究生导师'])}，从事临床工作${rng.int(8, 30)}年，擅长${esc(topicOf(page))}等疾病的诊治。</span></p></section>`;
    // Drawn in the order the page's template drew them (the shown flag, the head, how many, each link's token): the bytes as before.
    const pastShown = page.related.length > 0 && rng.chance(0.7);
    const pastHead = pastShown ? rng.pick(['往期推荐', '往期回顾', '推荐阅读'] as const) : null;
    const pastItems = pastShown ? page.related.slice(0, rng.int(2, 4)).map((r) => ({ question: r.question, url: `https://mp.weixin-share.example/s/${token(rng, 22)}` })) : [];
    const past = pastShown
      ? `<section style="margin-top:24px"><p style="text-align:center"><strong>${pastHead}</strong></p>${pastItems
          .map((r) => `<p><a href="${r.url}" target="_blank" data-linktype="2"><span style="color:${color}">${esc(r.question)}</span></a></p>`)
          .join('')}</section>`
      : '';
    // The column's back issues (往期推荐, 往期回顾): its other questions, link-only items (fresh-63's wjw-wechat-wenda keys them so);
    // 推荐阅读 recommends the account's reading at large, no items.
    const backIssues = pastHead === '往期推荐' || pastHead === '往期回顾';
    const html = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="${esc(h1)}">
<meta property="og:url" content="${page.canonical}">
<meta property="og:description" content="${esc(page.paragraphs[0]!.slice(0, 40))}">
<meta property="og:site_name" content="微信公众平台">
<title>${esc(h1)}</title>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
${esc(h1)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
${rng.chance(0.5) ? '<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>\n' : ''}<span class="rich_media_meta rich_media_meta_text">${esc(editor)}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">${esc(account)}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">${shown}</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">发表于<span id="js_ip_wording">${rng.pick(PROVINCES)}</span></span>
</div>
<div class="rich_media_content js_underline_content" id="js_content">
<section style="text-align:center"><img data-src="https://mmbiz.weixin-share.example/${token(rng, 20)}/640" style="width:100%"></section>
${rng.chance(0.5) ? `<p ${pStyle}><span style="color:#888;font-size:14px">${rng.pick([`今天，我们请到了${esc(d.department!)}的专家为大家答疑解惑。`, '每周一问，专家在线，为您解答健康疑问。'])}</span></p>\n` : ''}${qa}
<section style="text-align:center"><img data-src="https://mmbiz.weixin-share.example/${token(rng, 20)}/640" style="width:60%"></section>
${card}
<p style="text-align:center;color:#888;font-size:12px">— END —</p>
<p style="font-size:12px;color:#888">来源：${esc(account)}<br>编辑：${esc(editor)}　审核：${esc(reviewer)}</p>
${past}
</div>
<div class="rich_media_tool" id="js_toobar3"><span>阅读 ${count(rng)}</span> <span>赞 ${rng.int(1, 300)}</span> <span>在看 ${rng.int(1, 99)}</span></div>
</div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
<script type="text/javascript">var ct = "${epochSeconds(page.date!, page.time)}";var nickname = "${esc(account)}";var msg_title = '${esc(h1)}'.html(false);var round_head_img = "https://wx.qlogo.example/${token(rng, 12)}";</script>
${dateShape === 'script' ? `<script>document.getElementById('publish_time').innerHTML=new Date(ct*1000).toLocaleDateString('zh-CN');</script>` : ''}
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: dateShape === 'yearless' || dateShape === 'script' ? null : page.date,
        format: 'unknown',
        // Key changed in the thirty-fifth stop, after related_urls came to be scored on every page: the back issues' links were no items.
        related: backIssues ? pastItems.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown' as const, date: null, url: r.url })) : [],
      }),
    };
  },
};

/**
 * N4. An ask-a-doctor page whose card is a sentence: 本问题由 <strong>name</strong> title 解答 (or
 * 由 <strong>name</strong>（title）回答了该问题, or <strong>name</strong> title 为您解答 — 图文解答 /
 * 语音解答 in place of 解答 where the format is printed), the hospital, grade (on some pages) and
 * department on the line under it or in brackets in the sentence; the <h1> question with the
 * asker's sex, age and a 人看过 count; the answer's <p>s, the date as 回答于 …, 解答时间 … or
 * 2023-05-06 解答; related items as a grid of cards: the question an <h3> link, the snippet cut
 * short by the site with `...`, a 阅读 1.2万 count and on some pages the date.
 */
const sentenceGrid: Family = {
  name: 'sentence-grid',
  split: 'fresh-9',
  site: 'www.wenyisheng-kuai.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const verb = printFormat ? formatWord(rng, page.format) : rng.pick(['解答', '回答']);
    const gradeShown = rng.chance(0.7);
    const name = `<strong${cls(rng)}>${esc(d.name!)}</strong>`;
    const link = (inner: string) => (rng.chance(0.5) ? `<a href="/doctor/${page.item.num}/"${cls(rng)}>${inner}</a>` : inner);
    const inSentence = rng.chance(0.3);
    const place = `${esc(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} ${esc(d.department!)}`;
    const sentence = rng.pick([
      `本问题由 ${link(name)} ${d.title}${inSentence ? `（${place}）` : ''} ${verb}`,
      `由 ${link(name)}（${d.title}${inSentence ? `，${place}` : ''}）${verb}了该问题`,
      `${link(name)} ${d.title}${inSentence ? `（${place}）` : ''} 为您${verb}`,
    ]);
    const placeLine = inSentence
      ? ''
      : `<p${cls(rng)}>${rng.chance(0.5) ? `${esc(d.hospital!)}${gradeShown ? ` <i${cls(rng)}>${d.hospital_grade}</i>` : ''} · ${esc(d.department!)}` : `${esc(d.department!)} | ${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`}</p>`;
    const dateLine = rng.pick([`回答于 ${page.date} ${page.time}`, `解答时间：${page.date}`, `${page.date} ${verb}`.replace(/(语音|图文|视频)/u, ''), `${cnDate(page.date!)} 回答`]);
    const cut = rng.int(36, 70);
    const snippetOf = (s: string) => (s.length > cut ? `${s.slice(0, cut)}...` : s);
    const datedItems = rng.chance(0.5);
    const cards = page.related.map(
      (r) =>
        `<div${cls(rng)} style="width:31%;display:inline-block;vertical-align:top"><h3${cls(rng)}><a href="${r.path}">${esc(r.question)}</a></h3><p${cls(rng)}>${esc(snippetOf(r.snippet))}</p><div${cls(rng)}><span>阅读 ${count(rng)}</span>${datedItems ? ` <span>${r.date}</span>` : ''}</div></div>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_快问医生</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">快问医生</a> <a href="/ask/">免费提问</a> <a href="/doctor/">找医生</a> <a href="/app/">下载APP</a></div>
<div${cls(rng)}>
<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1><p${cls(rng)}>${rng.pick(['男', '女'])}｜${rng.int(18, 80)}岁　${count(rng)}人看过</p></div>
<div${cls(rng)}>
${wrap(rng, `<div${cls(rng)}><img src="/avatar/${page.item.num}.jpg" alt="" width="48"><p${cls(rng)}>${sentence}</p>${placeLine}</div>`)}
${wrap(rng, `<div${cls(rng)}>${page.paragraphs.map((p) => `<p${cls(rng)}>${esc(p)}</p>`).join('\n')}</div>`)}
<p${cls(rng)}>${dateLine}</p>
<p${cls(rng)}>${rng.pick(['*以上回答仅供参考，不作为诊断和治疗依据。', '温馨提示：线上回答仅供参考，如有不适请线下就医。'])}</p>
</div>
</div>
${page.related.length ? `<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['相关问题', '大家都在看', '相似问题'])}</h2><div${cls(rng)}>${cards.join('\n')}</div></div>` : ''}
<div${cls(rng)}>© 快问医生 ${rng.pick(['', '互联网医院'])}</div>
</body>
</html>`;
    const related = relatedWith(page, (e) => ({ paragraphs: [snippetOf(e.paragraphs[0]!)], format: 'unknown', date: datedItems ? e.date : null }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null }, format: printFormat ? page.format : 'unknown', related }),
    };
  },
};

const LAY_BADGES = ['', '健身爱好者', '医学生', '宝妈', '营养学爱好者', '生活家'];
const LAY_ANSWERS = [
  '我之前也有过这种情况，后来去医院查了一下，按医生说的吃药，慢慢就好了。',
  '楼上医生说得很专业了，补充一点：一定要早睡早起，少熬夜。',
  '别在网上查了，越查越吓人，直接去正规医院挂号看看最放心。',
  '同问，我也是这样，已经好几个月了。',
];

/**
 * N5. A community Q&A site's answer page (知乎 kind): topic tags and the <h1> question with
 * 关注者 / 被浏览 counts; 查看全部 N 个回答; the doctor's answer first: the author's name link and
 * 认证 badge — one string of hospital, department and title (江州市人民医院 消化内科 主任医师,
 * run together or with · or a comma; the grade in brackets after the hospital on some pages) —,
 * N 人赞同了该回答, the answer's <p>s in a RichText span, 发布于 2023-05-06 14:22 (・IP 属地…);
 * 更多回答: lay users' short answers with badges of their own and their own dates; a 相关推荐 list
 * whose snippets open with their author's name in bold (王芳：…), the author and snippet the
 * answer's; a side column of 相关问题 titles with answer counts only (no snippet: no items).
 */
const communityBadge: Family = {
  name: 'community-badge',
  split: 'fresh-9',
  site: 'www.zhiwen-shequ.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.3);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const joint = rng.pick([' ', '', ' · ', '，']);
    const badgeText = rng.chance(0.7) ? [hosp, esc(d.department!), d.title!].join(joint) : `${esc(d.department!)}${d.title}${rng.pick(['，', ' '])}${hosp}`;
    const answers = rng.int(2, 40);
    const ip = rng.chance(0.6) ? `・IP 属地${rng.pick(PROVINCES)}` : '';
    const time = rng.pick([`${page.date} ${page.time}`, page.date!]);
    const lay = rng.shuffle(LAY_ANSWERS).slice(0, rng.int(1, 2)).map((said) => {
      const b = rng.pick(LAY_BADGES);
      return `<div${cls(rng)}><div${cls(rng)}><a href="/people/${token(rng, 8)}">${esc(personName(rng, d.name!))}</a>${b ? `<div${cls(rng)}>${b}</div>` : ''}</div><div${cls(rng)}><p>${said}</p></div><div${cls(rng)}>发布于 ${Y(page.date!)}-${M(page.date!)}-${String(Math.min(28, Number(D(page.date!)) + rng.int(0, 3))).padStart(2, '0')} ${hm(rng)}</div></div>`;
    });
    const authors = page.related.map(() => personName(rng));
    const recs = page.related.map(
      (r, i) =>
        `<div${cls(rng)}><h2${cls(rng)}><a href="${r.path}">${esc(r.question)}</a></h2><div${cls(rng)}><span${cls(rng)}><b>${esc(authors[i]!)}</b>：${esc(r.snippet)}</span></div><div${cls(rng)}><span>${rng.int(0, 999)} 赞同</span> · <span>${rng.int(0, 99)} 评论</span></div></div>`,
    );
    const side = page.related.length
      ? `<div${cls(rng)}><div${cls(rng)}>相关问题</div><ul>${rng
          .shuffle(['需要做什么检查？', '会遗传吗？', '多久能好？', '平时要注意什么？', '能喝酒吗？', '可以运动吗？'])
          .slice(0, rng.int(3, 5))
          .map((t) => `<li><a href="/question/${rng.int(100000, 999999)}">${esc(topicOf(page))}${t}</a> <span>${rng.int(1, 60)} 个回答</span></li>`)
          .join('')}</ul></div>`
      : '';
    const html = `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 知问社区</title>
<link rel="canonical" href="${page.canonical}">
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 60))}">
</head>
<body>
<header${cls(rng)}><a href="/">知问</a> <input placeholder="搜索你感兴趣的内容"> <button>提问</button></header>
<div${cls(rng)}>
<div${cls(rng)}><div${cls(rng)}><a href="/topic/${rng.int(1000, 9999)}">${esc(d.department!)}</a> <a href="/topic/${rng.int(1000, 9999)}">健康</a> <a href="/topic/${rng.int(1000, 9999)}">医学</a></div>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><span>关注者 ${rng.int(2, 9999)}</span> <span>被浏览 ${count(rng)}</span></div></div>
<div${cls(rng)}>
<a href="/question/${page.item.num}"${cls(rng)}>查看全部 ${answers} 个回答</a>
<div${cls(rng)}>
<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt="" width="38"><div${cls(rng)}><a href="/people/${token(rng, 8)}"${cls(rng)}>${esc(d.name!)}</a><svg width="14" height="14" aria-label="${rng.pick(['已认证的个人', '认证'])}"></svg><div${cls(rng)}>${badgeText}</div></div></div>
<div${cls(rng)}>${rng.int(2, 5000)} 人赞同了该回答</div>
${wrap(rng, `<div${cls(rng)}><span${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</span></div>`)}
<div${cls(rng)}><a href="/question/${page.item.num}/answer/${rng.int(1000000, 9999999)}">发布于 ${time}${ip}</a></div>
<div${cls(rng)}><button>赞同 ${rng.int(2, 5000)}</button> <button>${rng.int(0, 300)} 条评论</button> <button>分享</button> <button>收藏</button></div>
</div>
<div${cls(rng)}><div${cls(rng)}>更多回答</div>
${lay.join('\n')}
</div>
</div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关推荐', '推荐阅读'])}</div>${recs.join('\n')}</div>` : ''}
${side}
</div>
<div${cls(rng)}>© 2023 知问社区 · 违法和不良信息举报</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown', date: null }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null }, format: 'unknown', related }),
    };
  },
};

export const FRESH9_FAMILIES: readonly Family[] = [bjhSticky, deptFaqGbk, wechatArticle, sentenceGrid, communityBadge];
