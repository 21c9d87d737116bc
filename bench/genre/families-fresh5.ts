import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, shift, unpadded } from './ordinary-parts.js';
import { cls, dateText, encode, esc, formatLabel, jsonLd } from './parts.js';
import type { Format, TruthDoctor } from './truth.js';

/**
 * Fifth fresh held-out set (split `fresh-5`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/) and without running it on these pages — and committed before its first
 * run. Each family is modelled on the general shape of a kind of real site (from memory, no
 * copied markup), unlike the families before it: a hospital's own 在线咨询 record (ASP.NET-era,
 * UTF-8 with a BOM and CRLF line endings, the hospital and its grade only in the masthead); the
 * 问答 channel of a health-news portal (ads, an editor's line, several recommendation blocks of
 * which only one lists questions); a WordPress blog of doctors' answers (entry-title, a Jetpack
 * related block inside entry-content, the card an author box, prev/next links, comments); an AMP
 * page of nested <section>s with the answer's tail in an accordion and its text repeated in
 * data-* attributes; a card as a four-column <table> of label/value pairs in varied order and
 * wording (主任医生, 3甲) with the date only in a footer or in <meta article:published_time>; a
 * traditional-Chinese mirror (醫生, 醫院, 相關問答) whose related list interleaves off-site ads.
 *
 * The answer key holds what a careful person reads on the page, as printed (a title printed
 * 主任医生 is 主任医生; a grade printed 3甲 is 3甲); where the page does not print a field (the
 * answer's format, a related item's date) it is null / 'unknown'.
 */

type Item = ExpectedItem;

const secs = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');

const OTHER_DEPARTMENTS = ['心血管内科', '消化内科', '呼吸内科', '神经内科', '内分泌科', '普外科', '骨科', '泌尿外科', '妇产科', '儿科', '皮肤科', '眼科', '耳鼻喉科', '口腔科', '中医科', '康复医学科'];
const OTHER_DOCTORS = [
  { name: '刘建国', title: '主任医师', dept: '神经内科', grade: '三甲', hospital: '江州市人民医院' },
  { name: '陈丽华', title: '副主任医师', dept: '消化内科', grade: '三级甲等', hospital: '云岭市中心医院' },
  { name: '张伟', title: '主治医师', dept: '骨科', grade: '二甲', hospital: '青川市第二人民医院' },
  { name: '黄晓燕', title: '主任医师', dept: '妇产科', grade: '三甲', hospital: '东湖市妇幼保健医院' },
];

/**
 * J1. A hospital's own 在线咨询 record, served by an old ASP.NET site: UTF-8 with a BOM, CRLF
 * line endings. The hospital and its grade are printed only in the masthead and the footer
 * (the site IS the hospital); the consult is a table of labelled rows (咨询标题, 咨询科室 —
 * the doctor's department —, 咨询时间, 咨询内容), the reply another (回复医生 name and title,
 * 回复时间 2021/7/3 14:22:05, 回复内容 as stored text with <br />s or in a pre-wrap cell). A
 * department menu and other doctors of the hospital in the sidebar; 相关咨询 items open their
 * snippet with 回复：.
 */
const hospitalConsult: Family = {
  name: 'hospital-consult',
  split: 'fresh-5',
  site: 'www.jzsdyrmyy.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asked = shift(page.date!, -rng.int(1, 3));
    const stamp = (iso: string, time: string) => `${unpadded(iso, '/')} ${Number(time.slice(0, 2))}:${time.slice(3)}:${secs(rng)}`;
    const askTime = `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const preWrap = rng.chance(0.35);
    const reply = preWrap
      ? `<div style="white-space:pre-wrap">${page.paragraphs.map(esc).join(rng.pick(['\n', '\n\n']))}</div>`
      : page.paragraphs.map(esc).join(rng.pick(['<br />\n', '<br /><br />\n', '<br>']));
    const deptInReply = rng.chance(0.4);
    const menu = rng.shuffle([...new Set([d.department!, ...OTHER_DEPARTMENTS.slice(0, rng.int(6, 12))])]);
    const experts = OTHER_DOCTORS.slice(0, rng.int(2, 3)).map((o) => `<li><a href="/zjjs/${o.name.length}.aspx">${o.name}</a> ${o.title}<br /><span>${o.dept}</span></li>`);
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}" target="_blank">${esc(r.question)}</a> <span>${unpadded(r.date!, '/')}</span>\n<p>回复：${esc(r.snippet)}</p></li>`,
    );
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>${rng.chance(0.5) ? '\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' : ''}
<title>${esc(page.question)}_在线咨询_${esc(d.hospital!)}</title>
<link rel="canonical" href="${page.canonical}" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="form1" method="post" action="./ConsultDetail.aspx?id=${page.item.num}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk${page.item.num}" /></div>
<div id="header">
  <div class="logo"><img src="/images/logo.png" alt="${esc(d.hospital!)}" /><h2>${esc(d.hospital!)}</h2><p>${d.hospital_grade} · 综合性医院 · 医保定点</p></div>
  <div class="nav"><a href="/">网站首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/zxzx/">在线咨询</a> <a href="/yygh/">预约挂号</a></div>
</div>
<div id="main">
<div class="left">
  <div class="box"><div class="tit">科室导航</div><ul>${menu.map((m, i) => `<li><a href="/ksdh/${i}.aspx">${esc(m)}</a></li>`).join('')}</ul></div>
  <div class="box"><div class="tit">专家推荐</div><ul>${experts.join('\n')}</ul></div>
</div>
<div class="right">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zxzx/">在线咨询</a> &gt; 咨询详情</div>
  <table class="zx-ask" width="100%" cellpadding="0" cellspacing="1">
    <tr><td class="l" width="90">咨询标题：</td><td><b>${esc(page.question)}</b></td></tr>
    <tr><td class="l">咨询科室：</td><td>${esc(d.department!)}</td></tr>
    <tr><td class="l">咨 询 人：</td><td>${rng.pick(['王', '李', '张', '刘'])}**</td></tr>
    <tr><td class="l">咨询时间：</td><td>${stamp(asked, askTime)}</td></tr>
    <tr><td class="l">咨询内容：</td><td>${esc(ask(page))}，${rng.pick(['请问医生这种情况要紧吗？', '想挂号看看，应该挂哪个科？', '需要做哪些检查？'])}</td></tr>
  </table>
  <div class="zx-reply">
    <div class="tit">医生回复</div>
    <table width="100%" cellpadding="0" cellspacing="1">
      <tr><td class="l" width="90">回复医生：</td><td><a href="/zjjs/${page.item.num}.aspx">${esc(d.name!)}</a>　${d.title}${deptInReply ? `（${esc(d.department!)}）` : ''}</td></tr>
      <tr><td class="l">回复时间：</td><td>${stamp(page.date!, page.time)}</td></tr>
      <tr><td class="l">回复内容：</td><td>${reply}</td></tr>
    </table>
  </div>
  <p class="tip">注：网上咨询仅供参考，具体诊疗请到医院就诊。</p>
  ${page.related.length ? `<div class="xgzx"><div class="tit">相关咨询</div><ul>\n${items.join('\n')}\n</ul></div>` : ''}
</div>
</div>
<div id="footer">版权所有：${esc(d.hospital!)}（${d.hospital_grade}） 地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}人民路${rng.int(1, 300)}号 电话：0${rng.int(100, 999)}-${rng.int(1000000, 9999999)}<br />备案号：ICP备${rng.int(10000000, 99999999)}号</div>
</form>
</body>
</html>
`.replace(/\r?\n/g, '\r\n');
    const related = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const }));
    return { body: encode(html, 'utf-8-bom'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

const ARTICLES = [
  ['秋冬季节如何预防感冒？', '天气转凉，昼夜温差大，专家提醒做好这几点可以减少感冒的发生。'],
  ['高血压患者冬天怎么保暖', '寒冷会使血管收缩、血压升高，高血压患者冬季要特别注意头部和手脚的保暖。'],
  ['每天喝多少水才算健康？', '成年人每天需要饮水1500到1700毫升，运动和天热时还要适当增加。'],
  ['熬夜对身体有哪些伤害', '长期熬夜会影响免疫力和内分泌，还可能增加心血管疾病的风险。'],
  ['孩子不爱吃饭怎么办？专家支招', '儿童挑食偏食很常见，家长不要强迫进食，可以从改善饮食环境做起。'],
  ['体检报告这几项异常要重视', '血脂、血糖和肝功能异常往往没有症状，发现后应及时到医院复查。'],
  ['春季过敏高发，这些习惯要改', '花粉季节外出戴口罩，回家及时洗脸洗手，可以减少过敏发作。'],
  ['吃早餐的五个误区', '不吃早餐、边走边吃、只喝牛奶，这些习惯都可能影响健康。'],
  ['睡前玩手机会影响睡眠吗？', '手机屏幕的蓝光会抑制褪黑素分泌，建议睡前一小时放下手机。'],
  ['长期久坐的人要注意什么', '久坐容易导致颈椎腰椎问题，每隔一小时起身活动五分钟。'],
] as const;
const EDITORS = ['李晓雯', '王婷', '张宇航', '周敏'];

/**
 * J2. The 问答 channel of a health-news portal: an ad banner, a news-style info line
 * (date and time, 来源, views, sometimes the format), the card under 回答医生 or no label, the
 * answer with an empty ad slot between paragraphs and a 责任编辑 line after it; then, in any
 * order, 推荐医生 (other doctors' cards), 相关文章 / 大家都在看 (articles whose titles read
 * like questions, with summaries and dates: the same shape as the related items) and the one
 * list of questions (相关问答 / 网友还问了 / 相似问题); a 热门文章 sidebar.
 */
const newsPortalQa: Family = {
  name: 'news-portal-qa',
  split: 'fresh-5',
  site: 'www.jiankang-news.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const printFormat = rng.chance(0.6);
    const ld = rng.chance(0.3) ? jsonLd(page, { date: true, author: true }) : '';
    const lines = [`<p><a href="/doctor/${page.item.num}/">${esc(d.name!)}</a> <span>${d.title}</span></p>`, `<p>${esc(d.hospital!)} <i>${d.hospital_grade}</i></p>`, `<p>${esc(d.department!)}</p>`];
    const card = `<div${cls(rng)}>${rng.chance(0.6) ? `<div${cls(rng)}>回答医生</div>` : ''}<div${cls(rng)}><img src="/avatar/${page.item.num}.jpg" alt="" />${(rng.chance(0.5) ? lines : [lines[0], lines[2], lines[1]]).join('')}<a href="/ask/?doc=${page.item.num}"${cls(rng)}>在线咨询</a></div></div>`;
    const adAt = rng.int(1, Math.max(1, page.paragraphs.length - 1));
    const answer = page.paragraphs.map((p, i) => `${i === adAt ? '<ins class="adsbygoogle" style="display:block" data-ad-slot="8812"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>' : ''}<p>${esc(p)}</p>`).join('\n');
    const li = (href: string, title: string, summary: string, meta: string) => `<li${cls(rng)}><a href="${href}">${esc(title)}</a><p>${esc(summary)}</p><span>${meta}</span></li>`;
    const articles = (n: number) =>
      rng.shuffle(ARTICLES).slice(0, n).map(([t, s], i) => li(`/news/${2020 + (i % 3)}/${page.item.num + i}.html`, t, s, dateText(rng, shift(page.date!, -rng.int(1, 300)), page.time, false)));
    const headingTag = rng.pick(['h3', 'h2', 'div']);
    const block = (title: string, inner: string) => `<div${cls(rng)}><${headingTag}${cls(rng)}>${title}</${headingTag}>${inner}</div>`;
    const relatedBlock = page.related.length
      ? block(
          rng.pick(['相关问答', '网友还问了', '相似问题']),
          `<ul${cls(rng)}>${page.related.map((r) => li(r.path, r.question, r.snippet, `${formatLabel(rng, r.format)} ${dateText(rng, r.date!, page.time, false)}`)).join('')}</ul>`,
        )
      : '';
    const doctors = block(
      '推荐医生',
      `<ul${cls(rng)}>${OTHER_DOCTORS.slice(0, 3).map((o) => `<li><a href="/doctor/${o.name}/">${o.name}</a> <span>${o.title}</span><p>${o.hospital} <i>${o.grade}</i></p><p>${o.dept}</p></li>`).join('')}</ul>`,
    );
    const blocks = rng.shuffle([relatedBlock, doctors, block('相关文章', `<ul>${articles(4).join('')}</ul>`), block('大家都在看', `<ul>${articles(3).join('')}</ul>`)]);
    const hot = rng.shuffle(ARTICLES).slice(0, 6).map(([t], i) => `<li><em>${i + 1}</em><a href="/news/hot/${i}.html">${esc(t)}</a></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_问答_健康资讯网</title>
<meta name="keywords" content="${esc(ask(page))},${esc(d.department!)},健康问答">
<meta property="og:type" content="article">
<link rel="canonical" href="${page.canonical}">
${ld}</head>
<body>
<div${cls(rng)}><a href="https://ad.click.example/c?id=${rng.int(1000, 9999)}" target="_blank" rel="nofollow"><img src="https://ad.click.example/b/${rng.int(1, 50)}.jpg" alt=""></a><span>广告</span></div>
<div${cls(rng)}><a href="/">健康资讯网</a> <a href="/news/">资讯</a> <a href="/jibing/">疾病</a> <a href="/wenda/">问答</a> <a href="/doctor/">医生</a> <a href="/video/">视频</a></div>
<div${cls(rng)}>
<div${cls(rng)}>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks/">${esc(d.department!)}</a></div>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><span>${dateText(rng, page.date!, page.time, true)}</span> <span>来源：健康资讯网</span>${printFormat ? ` <span>${formatLabel(rng, page.format)}</span>` : ''} <span>浏览 ${rng.int(100, 99999)}</span></div>
${card}
<div${cls(rng)}>
${answer}
</div>
<p${cls(rng)}>责任编辑：${rng.pick(EDITORS)}</p>
<p${cls(rng)}>（本文内容仅供参考，不能作为诊断和治疗的依据，如有不适请及时就医。）</p>
${blocks.join('\n')}
</div>
<div${cls(rng)}>${block('热门文章', `<ol>${hot.join('')}</ol>`)}<div${cls(rng)}><a href="https://ad.click.example/c?id=2" rel="nofollow"><img src="https://ad.click.example/s/2.jpg" alt=""></a></div></div>
</div>
<div${cls(rng)}><a href="/about/">关于我们</a> <a href="/ad/">广告服务</a> <p>Copyright © 2008-2023 健康资讯网</p></div>
</body>
</html>`;
    const related = expectedOf(page).related;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown', related }) };
  },
};

const BLOG_TITLES = ['孩子发烧反复怎么办？', '胃胀气吃什么药好', '晚上总是睡不着是怎么回事？', '体检发现甲状腺结节要紧吗', '经常口腔溃疡是缺什么？', '膝盖疼上下楼更明显怎么办'];

/**
 * J3. A WordPress blog of doctors' answers: entry-title, entry-meta with 发布于 (the published
 * <time>) and an updated <time> (hidden, or printed at the end as 最后更新), the author in the
 * byline and the department as the category; entry-content opens with the asker's message in
 * a <blockquote>, and ends with a share box and a Jetpack related block (headline 相关, items with
 * excerpt, date and 在“科室”中) inside entry-content; tags; the card an author box in one
 * sentence (心内科主任医师); prev/next links and the sidebar's 近期文章 are other questions; a
 * comments list; Yoast-like JSON-LD now and then.
 */
const wpBlogAnswer: Family = {
  name: 'wp-blog-answer',
  split: 'fresh-5',
  site: 'www.yishengshuo.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = page.item.num;
    const updated = shift(page.date!, rng.int(3, 200));
    const cn = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
    const updatedShown = rng.chance(0.5);
    const ld = rng.chance(0.5)
      ? `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Article', headline: page.question, datePublished: `${page.date}T${page.time}:00+08:00`, dateModified: `${updated}T09:00:00+08:00`, author: { '@type': 'Person', name: d.name } },
            { '@type': 'WebPage', '@id': page.canonical, name: `${page.question} - 医生说` },
          ],
        })}</script>\n`
      : '';
    const bio = rng.chance(0.5)
      ? `${esc(d.hospital!)}（${d.hospital_grade}）${esc(d.department!)}${d.title}，从事临床工作${rng.int(8, 30)}年，擅长常见病、多发病的诊治。`
      : `${d.title}，${esc(d.hospital!)}${esc(d.department!)}，${esc(d.hospital!)}为${d.hospital_grade}医院。从医${rng.int(8, 30)}年。`;
    const related = page.related.map(
      (r, i) =>
        `<div class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="${id + i + 1}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${r.path}" title="${esc(r.question)}" rel="nofollow" data-origin="${id}" data-position="${i}">${esc(r.question)}</a></h4><p class="jp-relatedposts-post-excerpt">${esc(r.snippet)}</p><p class="jp-relatedposts-post-date">${cn(r.date!)}</p><p class="jp-relatedposts-post-context">在“${esc(d.department!)}”中</p></div>`,
    );
    const [prev, next] = rng.shuffle(BLOG_TITLES);
    const comments = Array.from({ length: rng.int(1, 3) }, (_, i) => {
      const when = shift(page.date!, i + 1);
      return `<li id="comment-${id + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${rng.pick(['小雨', '路人甲', '健康生活', '王女士'])}</b> <span class="says">说道：</span></div><div class="comment-metadata"><time datetime="${when}T20:1${i}:00+08:00">${cn(when)} 下午8:1${i}</time></div></footer><div class="comment-content"><p>${rng.pick(['谢谢医生，说得很清楚。', '请问我这种情况也能吃这个药吗？', '我家孩子也是这样，已经好了。'])}</p></div></article></li>`;
    });
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.question)} - 医生说</title>
<link rel="canonical" href="${page.canonical}">
<link rel="stylesheet" id="twentyseventeen-style-css" href="/wp-content/themes/twentyseventeen/style.css?ver=6.1" media="all">
${ld}<link rel="alternate" type="application/rss+xml" title="医生说 &raquo; Feed" href="/feed/">
</head>
<body class="post-template-default single single-post postid-${id} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">医生说</a></p><p class="site-description">专业医生在线解答健康问题</p>
<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a href="/">首页</a></li><li><a href="/category/ask/">问医生</a></li><li><a href="/about/">关于</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${id}" class="post-${id} post type-post status-publish format-standard hentry category-ks">
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于</span> <a href="${page.canonical}" rel="bookmark"><time class="entry-date published" datetime="${page.date}T${page.time}:00+08:00">${cn(page.date!)}</time>${updatedShown ? '' : `<time class="updated" datetime="${updated}T09:00:00+08:00">${cn(updated)}</time>`}</a></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="/author/doc${id}/">${esc(d.name!)}</a></span></span> <span class="cat-links">分类：<a href="/category/ks/" rel="category tag">${esc(d.department!)}</a></span></div>
<h1 class="entry-title">${esc(page.question)}</h1></header>
<div class="entry-content">
<blockquote><p>网友提问：${esc(ask(page))}，${rng.pick(['已经有一个多月了', '最近几天比较明显', '之前没有过这种情况'])}，请问医生需要怎么办？</p></blockquote>
${rng.chance(0.5) ? '<p><strong>医生回复：</strong></p>\n' : ''}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">分享到：</h3><div class="sd-content"><ul><li><a href="#" class="share-wechat">微信</a></li><li><a href="#" class="share-weibo">微博</a></li></ul></div></div></div>
${page.related.length ? `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>相关</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">${related.join('')}</div></div>` : ''}
</div>
<footer class="entry-footer"><span class="tags-links">标签：${[ask(page).slice(0, 4), d.department!].map((t) => `<a href="/tag/${encodeURIComponent(t)}/" rel="tag">${esc(t)}</a>`).join('、')}</span>${updatedShown ? ` <span class="updated-on">最后更新：${cn(updated)}</span>` : ''}</footer>
</article>
<div class="author-info"><div class="author-avatar"><img alt="" src="/avatar/${id}.jpg" class="avatar avatar-80" height="80" width="80"></div><div class="author-description"><h2 class="author-title"><span class="author-heading">作者：</span>${esc(d.name!)}</h2><p class="author-bio">${bio}<a class="author-link" href="/author/doc${id}/" rel="author">查看${esc(d.name!)}的所有文章</a></p></div></div>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="/q/${id + 700_000}.html" rel="prev"><span class="nav-subtitle">上一篇</span> <span class="nav-title">${prev}</span></a></div><div class="nav-next"><a href="/q/${id + 700_001}.html" rel="next"><span class="nav-subtitle">下一篇</span> <span class="nav-title">${next}</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">《${esc(page.question)}》有${comments.length}条评论</h2><ol class="comment-list">${comments.join('')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">您的电子邮箱地址不会被公开。</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="发表评论"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="搜索…"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>${rng.shuffle(BLOG_TITLES).slice(0, 4).map((t, i) => `<li><a href="/q/${id + 700_010 + i}.html">${t}</a></li>`).join('')}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">自豪地采用WordPress</div></footer>
</div>
</body>
</html>`;
    const expectedRelated = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: expectedRelated }) };
  },
};

/**
 * J4. An AMP page (<html ⚡>): every part a <section> inside <section>s, each block with its own
 * heading (问题, 医生信息, 医生回答, 相关问题); the doctor's parts in <p>s with the avatar's alt
 * naming them; the first paragraphs of the answer visible and the rest in an <amp-accordion>
 * under 展开全文; every answer paragraph and related snippet also carried in a data-* attribute
 * for the lazy loader; the date's epoch in data-ts beside the printed date; <amp-audio> for voice
 * answers; search-suggestion links (怎么办 questions without snippets) after the related items.
 */
const ampSections: Family = {
  name: 'amp-sections',
  split: 'fresh-5',
  site: 'm.yiwenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const voice = page.format === 'voice';
    const printFormat = voice || rng.chance(0.6);
    const epoch = Math.floor(Date.parse(`${page.date}T${page.time}:00+08:00`) / 1000);
    const split = page.paragraphs.length > 2 ? rng.int(1, page.paragraphs.length - 1) : page.paragraphs.length;
    const para = (p: string, i: number) => `<p data-idx="${i}" data-text="${esc(p)}">${esc(p)}</p>`;
    const shown = page.paragraphs.slice(0, split).map(para).join('');
    const rest = page.paragraphs.slice(split);
    const answer = rest.length
      ? `${shown}<amp-accordion disable-session-states><section><h4 data-collapsed="展开全文" data-expanded="收起">展开全文</h4><div>${rest.map((p, i) => para(p, split + i)).join('')}</div></section></amp-accordion>`
      : shown;
    const sec = (inner: string, c = cls(rng)) => `<section${c}>${inner}</section>`;
    const h = (t: string) => `<h2${cls(rng)}>${t}</h2>`;
    const cardParts = [`<p><span>${esc(d.name!)}</span> <span>${d.title}</span></p>`, `<p>${esc(d.department!)}</p>`, `<p><span>${esc(d.hospital!)}</span> <span>${d.hospital_grade}</span></p>`];
    const card = sec(
      `${h('医生信息')}${sec(`<amp-img src="/a/${page.item.num}.png" width="48" height="48" layout="fixed" alt="${esc(d.name!)}医生头像"></amp-img>${sec((rng.chance(0.5) ? cardParts : [cardParts[0], cardParts[2], cardParts[1]]).join(''))}`)}<p><span data-lazy="helped">--</span>人已获帮助</p>`,
    );
    const items = page.related.map((r) =>
      sec(`<a href="${r.path}"><h3>${esc(r.question)}</h3></a><p data-text="${esc(r.snippet)}">${esc(r.snippet)}</p><p><span>${formatLabel(rng, r.format)}</span> <span>${dateText(rng, r.date!, page.time, false)}</span></p>`),
    );
    const suggestions = ['怎么办', '吃什么药', '严重吗'].map((w) => `<a href="/s?q=${encodeURIComponent(ask(page).slice(0, 4) + w)}">${esc(ask(page).slice(0, 4))}${w}</a>`);
    const html = `<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
${voice ? '<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>\n' : ''}<title>${esc(page.question)}-医问答</title>
<link rel="canonical" href="${page.canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-custom>section{margin:0}.q h1{font-size:18px}</style>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
</head>
<body>
<header${cls(rng)}><a href="/"><amp-img src="/logo.png" width="80" height="24" alt="医问答"></amp-img></a><a href="/ask">我要提问</a></header>
<main>
${sec(
  sec(
    `${sec(`${h('问题')}<h1 data-title="${esc(page.question)}">${esc(page.question)}</h1>${sec(`<span data-ts="${epoch}">${dateText(rng, page.date!, page.time)}</span>${printFormat ? ` <span>${formatLabel(rng, page.format)}</span>` : ''} <span data-lazy="views">--</span>`)}`)}
${card}
${sec(`${h('医生回答')}${voice ? `<amp-audio width="auto" height="50" src="/voice/${page.item.num}.mp3"><div fallback><p>您的浏览器不支持音频播放</p></div></amp-audio>` : ''}${sec(answer)}`)}
<p${cls(rng)}>本回答仅供参考，不能作为诊断依据。</p>`,
  ),
)}
${page.related.length ? sec(`${h('相关问题')}${sec(items.join(''))}${sec(`<span>猜你想搜：</span>${suggestions.join(' ')}`)}`) : ''}
</main>
<footer${cls(rng)}><p>© 医问答</p></footer>
</body>
</html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown' }) };
  },
};

/** How a card table may word a title or grade: 主任医生 for 主任医师, 3甲 or 三级甲等 for 三甲. */
const TITLE_WORDINGS: Record<string, readonly string[]> = {
  主任医师: ['主任医师', '主任医生'],
  副主任医师: ['副主任医师', '副主任医生'],
  主治医师: ['主治医师', '主治医生'],
};
const GRADE_WORDINGS: Record<string, readonly string[]> = {
  三甲: ['三甲', '三级甲等', '3甲'],
  三级甲等: ['三级甲等', '三甲', '3甲'],
  二甲: ['二甲', '二级甲等', '2甲'],
};
const TABLE_LABELS: Record<keyof TruthDoctor, readonly string[]> = {
  name: ['医生', '姓　名', '专家'],
  title: ['职称', '职　称', '医生职称'],
  department: ['科室', '科　室', '所在科室'],
  hospital: ['医院', '医　院', '执业地点'],
  hospital_grade: ['等级', '医院等级', '级　别'],
};

/**
 * J5. The card a <table> of label/value pairs, two pairs to a row, under a 医生信息 header row,
 * in a random order with labels like 姓　名 / 执业地点 / 级　别, titles printed 主任医生 and grades
 * 3甲 or 二级甲等, an 擅长 row spanning three cells. No date near the question: only in a
 * footer line 发布于 2021-7-3 under the related list, or only in <meta property=
 * "article:published_time">. Related items are two sibling rows each (question and date; the
 * snippet), with no wrapper per item.
 */
const kvTableCard: Family = {
  name: 'kv-table-card',
  split: 'fresh-5',
  site: 'www.yihu-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const doctor: TruthDoctor = {
      ...d,
      title: rng.pick(TITLE_WORDINGS[d.title!] ?? [d.title!]),
      hospital_grade: rng.pick(GRADE_WORDINGS[d.hospital_grade!] ?? [d.hospital_grade!]),
    };
    const keys = rng.shuffle(['name', 'title', 'department', 'hospital', 'hospital_grade'] as const);
    const colon = rng.pick(['：', ':', '']);
    const cell = (k: keyof TruthDoctor) => `<td class="lb">${rng.pick(TABLE_LABELS[k])}${colon}</td><td>${esc(doctor[k]!)}</td>`;
    const rows = [`<tr>${cell(keys[0]!)}${cell(keys[1]!)}</tr>`, `<tr>${cell(keys[2]!)}${cell(keys[3]!)}</tr>`, `<tr>${cell(keys[4]!)}<td class="lb">出诊${colon}</td><td>周${rng.pick(['一', '三', '五'])}上午</td></tr>`];
    const card = `<table${cls(rng)} cellspacing="0"><tr><th colspan="4">医生信息</th></tr>${rows.join('')}<tr><td class="lb">擅　长${colon}</td><td colspan="3">${esc(d.department!)}常见病的诊断与治疗</td></tr></table>`;
    const inMeta = rng.chance(0.5);
    const meta = inMeta ? `<meta property="article:published_time" content="${page.date}T${page.time}:00+08:00">\n` : '';
    const itemRows = page.related.map(
      (r) => `<div${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><span>${r.date}</span></div><div${cls(rng)}>${esc(r.snippet)}</div>`,
    );
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-医护问答</title>
<link rel="canonical" href="${page.canonical}">
<meta property="og:title" content="${esc(page.question)}">
${meta}</head>
<body>
<div${cls(rng)}><a href="/">医护问答</a> &gt; <a href="/wenda/">问答</a></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1></div>
<div${cls(rng)}>${card}</div>
<div${cls(rng)}><div${cls(rng)}>${rng.pick(['医生解答', '解答内容', '医生建议'])}</div>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>以上解答仅供参考。</p>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关问答', '相关问题', '你可能还想问'])}</div>${itemRows.join('\n')}</div>` : ''}
${inMeta ? '' : `<div${cls(rng)}>发布于 ${unpadded(page.date!, '-')}</div>`}
<div${cls(rng)}><a href="/about/">关于我们</a> | <a href="/mianze/">免责声明</a><p>© 2016-2023 医护问答</p></div>
</body>
</html>`;
    const related = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { doctor, format: 'unknown', related }) };
  },
};

/** Simplified → traditional for the characters the universe's texts use (a mirror converts the whole page). */
const TRAD_PAIRS =
  '时時 复復 关關 医醫 后後 疗療 么麼 现現 轻輕 发發 几幾 规規 药藥 状狀 适適 来來 于於 缓緩 饮飲 况況 渐漸 间間 经經 数數 体體 检檢 种種 当當 诊診 热熱 见見 质質 结結 动動 内內 应應 宝寶 导導 续續 腻膩 观觀 节節 吗嗎 过過 虑慮 齿齒 头頭 长長 肿腫 损損 伤傷 为為 运運 变變 劳勞 习習 进進 惯慣 胀脹 环環 产產 范範 与與 温溫 从從 个個 处處 据據 决決 肤膚 减減 痒癢 术術 妇婦 单單 纯純 龄齡 凉涼 师師 岁歲 约約 优優 干乾 维維 误誤 办辦 气氣 疱皰 畅暢 门門 总總 红紅 阴陰 异異 儿兒 带帶 确確 风風 龋齲 严嚴 紧緊 尽盡 会會 调調 烧燒 转轉 坠墜 还還 晕暈 盘盤 饭飯 压壓 难難 测測 较較 疮瘡 挂掛 恶惡 盖蓋 脑腦 议議 胆膽 荨蕁 泪淚 涩澀 频頻 断斷 颈頸 湿濕 团團 泻瀉 声聲 块塊 呕嘔 哑啞 剧劇 视視 龈齦 统統 宫宮 学學 肠腸 镜鏡 隐隱 暂暫 区區 张張 侧側 喷噴 爱愛 闷悶 溃潰 疡瘍 铁鐵 剂劑 级級 饱飽 脚腳 脱脫 脉脈 试試 验驗 梦夢 鸣鳴 贫貧 东東 迟遲 肾腎 临臨 脏臟 嗳噯 属屬 养養 监監 颅顱 岛島 脸臉 苍蒼 护護 项項 评評 绞絞 楼樓 华華 组組 黄黃 营營 电電 图圖 云雲 岭嶺 渗滲 灯燈 线線 态態 盐鹽 艳豔 军軍 国國 丽麗 宁寧 雾霧 类類 马馬 伟偉 兰蘭 刚剛 强強 软軟 卫衛 颖穎 晓曉 诸諸 贺賀 乔喬 涛濤 静靜 龙龍 刘劉 杰傑 欧歐 阳陽 滞滯 冯馮 罗羅 汤湯 痉痙 孙孫 赵趙 龚龔 苏蘇 贾賈 叶葉 顾顧 谭譚 卢盧 赖賴 陈陳 杨楊 郑鄭 邹鄒 蒋蔣 韩韓 陆陸 万萬 钟鍾 钱錢 吕呂 吴吳 邓鄧 谢謝 许許 问問 语語 频頻 请請 这這 们們 说說 该該 认認 识識 让讓 记記 复復 么麼 药藥 样樣 没沒 对對 开開 给給 买買 吃吃 准準 围圍 络絡 纤纖 缩縮 鲜鮮 鱼魚 鸡雞 猪豬 蔬蔬 补補 实實 际際 择擇 换換 双雙 层層 涨漲 颗顆 颜顏 额額 颊頰 问問 获獲 庆慶 广廣 厅廳 闭閉 阶階 陕陝 献獻 爷爺 奋奮 惊驚 忆憶 怀懷 态態 虚虛 伙夥 杂雜 馆館 备備 筛篩 简簡 节節 规規 论論 谈談 证證 设設 访訪 询詢 读讀 课課 谁誰 词詞 响響 顶頂 须須 预預 领領 题題 风風 飞飛 机機 条條 极極 构構 标標 树樹 样樣 检檢 权權 欢歡 毕畢 汉漢 沟溝 济濟 浓濃 涂塗 润潤 滤濾 灵靈 烟煙 热熱 爱愛 献獻 现現 环環 疗療 疯瘋 痴癡 瘫癱 癫癲 盖蓋 码碼 础礎 种種 积積 称稱 稳穩 穷窮 竞競 笔筆 粮糧 纠糾 红紅 纪紀 约約 级級 纸紙 细細 终終 给給 络絡 绝絕 统統 继繼 续續 维維 综綜 绿綠 缘緣 编編 缓緩 联聯 职職 肃肅 肤膚 胁脅 脓膿 舰艦 节節 苹蘋 荐薦 药藥 获獲 虫蟲 虾蝦 蚀蝕 补補 装裝 观觀 规規 觉覺 览覽 计計 订訂 认認 讨討 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诉訴 诊診 词詞 试試 诚誠 话話 询詢 该該 详詳 语語 误誤 说說 请請 诺諾 读讀 课課 谁誰 调調 谈談 谢謝 贝貝 负負 质質 贵貴 费費 资資 赛賽 赶趕 趋趨 跃躍 车車 轮輪 软軟 轻輕 载載 较較 辅輔 边邊 达達 迁遷 过過 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 郁鬱 酝醞 释釋 里裡 钙鈣 钾鉀 钠鈉 铅鉛 银銀 锌鋅 锻鍛 镇鎮 长長 门門 闪閃 闻聞 阅閱 队隊 阶階 际際 陆陸 险險 随隨 难難 雏雛 静靜 韧韌 页頁 顺順 须須 顽頑 顾顧 预預 领領 频頻 题題 颈頸 颤顫 饥飢 饮飲 饰飾 饿餓 馈饋 驱驅 验驗 骑騎 骚騷 鲁魯 鸭鴨 麦麥 龄齡 剥剝 刹剎 吓嚇 呜嗚 咙嚨 咸鹹 哗嘩 啰囉 喂餵 嘱囑 团團 园園 围圍 图圖 坏壞 坚堅 垫墊 处處 备備 头頭 夹夾 夺奪 奖獎 妈媽 娇嬌 婴嬰 孙孫 宽寬 对對 寻尋 导導 层層 屉屜 岁歲 币幣 师師 帮幫 庄莊 库庫 应應 废廢 开開 异異 弯彎 张張 弥彌 录錄 彻徹 忧憂 怜憐 总總 恋戀 恼惱 悬懸 惩懲 愤憤 懒懶 战戰 扑撲 执執 扩擴 扰擾 抛拋 护護 报報 担擔 拟擬 拥擁 择擇 挤擠 挥揮 损損 换換 据據 搅攪 摆擺 摇搖 撑撐 击擊 断斷 无無 旧舊 时時 显顯 晒曬 术術 杀殺 杂雜 权權 条條 来來 极極 构構 枪槍 标標 栏欄 树樹 档檔 梦夢 检檢 欧歐 残殘 毁毀 气氣 汇匯 沟溝 没沒 泼潑 泽澤 洁潔 浅淺 测測 浑渾 浓濃 涂塗 润潤 涨漲 渐漸 温溫 湾灣 满滿 滚滾 灭滅 灾災 炼煉 烂爛 烦煩 烫燙 热熱 爷爺 牺犧 犹猶 状狀 独獨 狭狹 猎獵 献獻 玛瑪 环環 现現 琐瑣 电電 画畫 畅暢 疮瘡 疯瘋 皱皺 盏盞 盐鹽 监監 盘盤 眯瞇 矿礦 码碼 砖磚 础礎 碍礙 礼禮 祸禍 离離 种種 积積 称稱 稳穩 窍竅 窝窩 竖豎 笋筍 筑築 签簽 简簡 粪糞 紧緊 纠糾 红紅 纤纖 约約 级級 纪紀 纯純 纲綱 纳納 纵縱 纷紛 纸紙 纹紋 线線 练練 组組 细細 织織 终終 绍紹 经經 结結 绕繞 绘繪 给給 络絡 绝絕 统統 绢絹 继繼 绩績 绪緒 续續 绳繩 维維 综綜 绿綠 缓緩 缝縫 缠纏 缩縮 网網 罚罰 罢罷 职職 联聯 聪聰 肠腸 肤膚 肾腎 肿腫 胀脹 胜勝 胶膠 脉脈 脑腦 脚腳 腊臘 舱艙 艰艱 艺藝 节節 芦蘆 苏蘇 苹蘋 范範 荣榮 药藥 莲蓮 获獲 萝蘿 营營 蓝藍 虑慮 虽雖 蚂螞 蛮蠻 衔銜 补補 衬襯 袜襪 装裝 见見 观觀 规規 视視 览覽 觉覺 触觸 誉譽 计計 认認 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 讽諷 设設 访訪 证證 评評 识識 诉訴 词詞 译譯 试試 诗詩 诚誠 话話 诞誕 询詢 该該 详詳 语語 误誤 说說 请請 诸諸 读讀 课課 谁誰 调調 谈談 谊誼 谋謀 谎謊 谓謂 谜謎 谢謝 谨謹 谱譜';
const TRAD = new Map([...TRAD_PAIRS.matchAll(/(\S)(\S)/gu)].map((m) => [m[1]!, m[2]!]));
export const trad = (s: string) => [...s].map((c) => TRAD.get(c) ?? c).join('');
const TRAD_FORMATS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['語音解答', '語音回覆', '語音'],
  text: ['圖文解答', '文字回覆', '圖文'],
  video: ['視頻解答', '影片解答', '影片'],
};
const TRAD_ADS = [
  ['{d}疾病反覆發作怎麼辦？名醫教你一招', '點擊了解詳情，限時免費諮詢專家，名額有限。'],
  ['{d}問題到底要不要吃藥？看完這篇你就懂了', '醫學博士親自解答，三分鐘測出你的風險等級。'],
  ['{d}哪家醫院看得好？', '香港專科診所，預約即享首診優惠，立即查看。'],
] as const;

/**
 * J6. A Hong Kong / Taiwan mirror: the whole page in traditional characters (question, card,
 * answer, snippets), labels 醫生 / 職稱 / 科室 / 醫院 / 醫院等級 on one line or as a list, 發佈日期
 * 2021年7月3日, formats 語音回覆 / 圖文 / 影片; the related list (相關問答 / 相關問題 / 其他人也問了)
 * interleaves one or two advertisements shaped like its items — a question-like title, a blurb —
 * that link off-site (rel="sponsored"), marked 廣告 or 贊助 only now and then.
 */
const tradMirror: Family = {
  name: 'trad-mirror',
  split: 'fresh-5',
  site: 'www.yiwen-hk.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const doctor: TruthDoctor = {
      name: trad(d.name!),
      title: trad(d.title!),
      department: trad(d.department!),
      hospital: trad(d.hospital!),
      hospital_grade: trad(d.hospital_grade!),
    };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const printFormat = rng.chance(0.7) && page.format !== 'unknown';
    const fmt = (f: Format) => (f === 'unknown' ? '' : rng.pick(TRAD_FORMATS[f]));
    const pairs: Array<[string, string]> = [
      ['醫生', doctor.name!],
      ['職稱', doctor.title!],
      ['科室', doctor.department!],
      ['醫院', doctor.hospital!],
      [rng.pick(['醫院等級', '等級']), doctor.hospital_grade!],
    ];
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}>${pairs.map(([l, v]) => `${l}：${esc(v)}`).join(rng.pick(['｜', ' | ', '　']))}</div>`
      : `<ul${cls(rng)}>${pairs.map(([l, v]) => `<li><span>${l}：</span>${esc(v)}</li>`).join('')}</ul>`;
    const item = (href: string, title: string, blurb: string, meta: string, extra = '') =>
      `<li${cls(rng)}><a href="${href}"${extra}>${esc(title)}</a><p>${esc(blurb)}</p><span>${meta}</span></li>`;
    const real = page.related.map((r) => item(r.path, trad(r.question), trad(r.snippet), `${fmt(r.format)} ${unpadded(r.date!, '/')}`));
    const ads = rng.shuffle(TRAD_ADS)
      .slice(0, rng.int(1, 2))
      .map(([t, b]) =>
        item(
          `https://www.${rng.pick(['clinic-promo', 'hk-health-ads', 'medlink'])}.example/lp?utm_source=yiwen&id=${rng.int(100, 999)}`,
          t.replace('{d}', doctor.department!),
          b,
          rng.chance(0.4) ? rng.pick(['廣告', '贊助']) : '',
          ' target="_blank" rel="nofollow sponsored"',
        ),
      );
    const list = [...real];
    for (const ad of ads) list.splice(rng.int(1, Math.max(1, list.length)), 0, ad);
    const html = `<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<title>${esc(question)} - 醫問香港</title>
<link rel="canonical" href="${page.canonical}">
<link rel="alternate" hreflang="zh-Hans" href="${page.canonical.replace('yiwen-hk', 'yiwen')}">
</head>
<body>
<div${cls(rng)}><a href="/">醫問香港</a> <a href="/ask/">問醫生</a> <a href="/disease/">查疾病</a> <a href="${page.canonical.replace('yiwen-hk', 'yiwen')}">简体</a></div>
<div${cls(rng)}>
<h1>${esc(question)}</h1>
<div${cls(rng)}>發佈日期：${Number(page.date!.slice(0, 4))}年${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日${printFormat ? ` <span>${fmt(page.format)}</span>` : ''}</div>
${card}
<div${cls(rng)}><div${cls(rng)}>${rng.pick(['醫生回覆', '醫生解答', '專家回答'])}</div>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>免責聲明：以上內容僅供參考，不能代替面診。</p>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相關問答', '相關問題', '其他人也問了'])}</h3><ul>${list.join('')}</ul></div>` : ''}
<div${cls(rng)}>© 醫問香港 版權所有</div>
</body>
</html>`;
    const related: Item[] = expectedOf(page).related.map((e) => ({ ...e, question: trad(e.question), paragraphs: e.paragraphs.map(trad) }));
    return {
      body: encode(html, 'utf-8'),
      expected: expectedOf(page, { question, doctor, paragraphs, format: printFormat ? page.format : 'unknown', related }),
    };
  },
};

export const FRESH5_FAMILIES: readonly Family[] = [hospitalConsult, newsPortalQa, wpBlogAnswer, ampSections, kvTableCard, tradMirror];
