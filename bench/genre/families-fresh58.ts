import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, documentOf, itemNum, otherName, shift, token } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifty-eighth fresh held-out set (split `fresh-58`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/) or its tests and without running
 * it on these pages — and committed before its first run. Theme: **the health channels of China's news
 * portals and broadcasters, where doctors answer readers' questions in a column of the site's own CMS**:
 * 人民网's 人民健康 问医生, 新华网's 专家解答, 央视网's 健康之路 viewer question, a hospital's or doctor's 搜狐号 /
 * 网易号 article, a provincial paper's 健康周刊 e-paper page, a city TV station's app share page of a 名医在线
 * call-in. One question per page (each page holds one reader's question and its answer).
 *
 * The key holds what a careful person reads on the page; a field the page does not print is null (format
 * 'unknown'). Where a careful person could hesitate, the key decides (the README row says the same):
 * - a column tag before the question (`问医生｜`, `[健康之路]`, `《名医在线》`) is none of it;
 * - the reader's letter (网友提问 / 观众提问 / 问：) is none of the answer; labels (专家解答：, 答：, a speaker's
 *   `{surname}主任：`) are no text of it; a host's lines, 责编 lines, sign-offs and the doctor's bracketed
 *   signature are none of it;
 * - the date is the day the answer was published or broadcast (播出时间 over the web page's own time);
 *   a relative time names no day;
 * - format: video where the doctor's segment plays in a video player, voice where an audio player, else
 *   unknown; a 相关视频 item with a duration is a video;
 * - the grade only where the page prints it (a hospital account's intro).
 */

type Related = TruthPage['related'][number];

const compact = (iso: string) => iso.replace(/-/g, '');

/** `len` letters and digits drawn from `n` alone (a site's opaque article id), so that the key and the page agree. */
const idOf = (n: number, len: number, chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') => {
  let x = (n * 2654435761) >>> 0;
  let id = '';
  for (let i = 0; i < len; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    id += chars[(x >>> 16) % chars.length];
  }
  return id;
};

/** The expected related items with the site's address for each (`url`) and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const item = { ...e, url: url(page.related[i]!) };
    return { ...item, ...change(item) };
  });

/** The card as the page prints it, no grade. */
const cardOf = (page: TruthPage) => ({ ...page.doctor, hospital_grade: null });

/** Hospital, department and title as a news byline prints them: glued or spaced. */
const unitLine = (page: TruthPage, glued: boolean) => {
  const d = page.doctor;
  return glued ? `${esc(d.hospital!)}${esc(d.department!)}${d.title}` : `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}`;
};

const editors = (rng: Rng) => `${otherName(rng)}、${otherName(rng)}`;

// --- F1. people-wenyisheng ---

/**
 * F1. 人民网's 人民健康 问医生 column (health.people.com.cn/n1/2023/0506/c14739-{id}.html): the people.cn
 * top bar (人民网首页 | 人民日报 | 英文 ...), the 人民健康 channel's nav; the new template (`.rm_txt` with
 * `h1`, `.col-1-1` day and 来源, `.rm_txt_con`) or the older one (`.text_title` with `h1`, `.box01 .fl`,
 * `#rwb_zw.box_con`), half each; `问医生｜` before the question on 40%; the body's `<p style="text-indent:
 * 2em;">`: `网友提问：` the reader's words, the card line `解答专家：{unit}{name}` (glued or spaced, before the
 * reader's question on half, else after the answer), `专家解答：` bold on a line of its own or glued to the
 * first paragraph, the answer; `(责编：…)`, a 分享到 row; 相关新闻 links (`.rm_relevant`), undated.
 */
const peopleWenyisheng: Family = {
  name: 'people-wenyisheng',
  split: 'fresh-58',
  site: 'health.people.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const newTemplate = rng.chance(0.5);
    const tag = rng.chance(0.4) ? '问医生｜' : '';
    const glued = rng.chance(0.5);
    const cardFirst = rng.chance(0.5);
    const labelAlone = rng.chance(0.5);
    const story = (iso: string, n: number) => `http://health.people.com.cn/n1/${iso.slice(0, 4)}/${iso.slice(5, 7)}${iso.slice(8, 10)}/c14739-${32_000_000 + n}.html`;
    const url = (r: Related) => story(r.date!, itemNum(r));
    const when = `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日${page.time}`;
    const source = rng.pick(['人民网－人民健康网', '人民网-人民健康网', '人民网']);
    const p = (html: string) => `<p style="text-indent: 2em;">${html}</p>`;
    const card = p(`解答专家：${unitLine(page, glued)} ${esc(d.name!)}`);
    const [first, ...rest] = page.paragraphs;
    const answer = labelAlone
      ? [p('<strong>专家解答：</strong>'), p(esc(first!)), ...rest.map((x) => p(esc(x)))]
      : [p(`<strong>专家解答：</strong>${esc(first!)}`), ...rest.map((x) => p(esc(x)))];
    const text = [
      ...(cardFirst ? [card] : []),
      p(`<strong>网友提问：</strong>${esc(ask(page))}？${rng.pick(ASKER_LINES)}`),
      ...answer,
      ...(cardFirst ? [] : [card]),
    ].join('\n');
    const edit = `<div class="edit clearfix">(责编：${editors(rng)})</div>`;
    const share = `<div class="share clearfix"><span>分享让更多人看到</span> <a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qq" href="javascript:;">QQ空间</a></div>`;
    const related = page.related.length
      ? `<div class="rm_relevant"><h3>相关新闻</h3><ul>${page.related.map((r) => `<li><a href="${url(r)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const article = newTemplate
      ? `<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h1>${tag}${esc(page.question)}</h1>
<div class="col-1-1 fl">${when} | 来源：<a href="http://health.people.com.cn/" target="_blank">${source}</a></div>
<div class="rm_txt_con cf">
${text}
${edit}
</div>
${share}
${related}
</div>
<div class="col col-2 fr"><div class="ad"><img src="//tools.people.com.cn/ad/${token(rng, 8)}.jpg" alt=""></div><h3>热点推荐</h3><ul><li><a href="http://health.people.com.cn/GB/408568/index.html">健康科普</a></li><li><a href="http://health.people.com.cn/GB/404177/index.html">卫生健康</a></li></ul></div>
</div>`
      : `<div class="clearfix w1000_320 text_title">
<h1>${tag}${esc(page.question)}</h1>
<div class="box01"><div class="fl">${when}&nbsp;&nbsp;来源：<a href="http://health.people.com.cn/">${source}</a></div><div class="fr"><a href="javascript:;">手机看新闻</a></div></div>
</div>
<div class="clearfix w1000_320 text_con" id="rwb_zw">
<div class="fl text_con_left"><div class="box_con">
${text}
</div>
${edit}
${share}
${related}
</div>
<div class="fr text_con_right"><div class="ad"></div></div>
</div>`;
    const body = `<div class="pd_top"><a href="http://www.people.com.cn/">人民网首页</a> | <a href="http://paper.people.com.cn/">人民日报</a> | <a href="http://en.people.cn/">English</a> | <a href="http://www.people.com.cn/GB/138812/index.html">网站地图</a></div>
<div class="pd_nav"><a href="http://health.people.com.cn/"><img src="//www.people.com.cn/img/health_logo.png" alt="人民网健康"></a> <a href="http://health.people.com.cn/GB/408564/index.html">要闻</a> <a href="http://health.people.com.cn/GB/408565/index.html">问医生</a> <a href="http://health.people.com.cn/GB/408568/index.html">科普</a></div>
${article}
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-${page.date!.slice(0, 4)} by www.people.com.cn. all rights reserved</div>`;
    const html = documentOf(`${tag}${page.question}--健康·生活--人民网`, null, '<meta name="keywords" content="问医生">\n', body, '<meta http-equiv="content-type" content="text/html;charset=UTF-8">');
    const expected = expectedOf(page, {
      doctor: cardOf(page),
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. xinhua-expert ---

/**
 * F2. 新华网's 健康 专家解答 article (www.news.cn/health/{yyyymmdd}/{hash}/c.html): the site's top nav, `#detail`
 * with `.header` (`.h-title` the question, `.h-info` `.h-time` `2023-05-06 09:12:33` and `来源：新华网` or
 * `来源：新华网客户端`), a `.pageShare` row, `#detailContent`: on 60% a 本期专家 line (`本期专家：{name}，{unit}`),
 * else an 专家简介 box after the text (`.expert` with the name in `<strong>` and the unit on its own line);
 * `问：` (the reader's words, bold) and `答：` glued to each answer's first paragraph; `【纠错】` link,
 * `【责任编辑：…】`; 相关新闻 (`.relatedNews`) links, with `(2023-05-06)` after them on half the pages.
 */
const xinhuaExpert: Family = {
  name: 'xinhua-expert',
  split: 'fresh-58',
  site: 'www.news.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const expertLine = rng.chance(0.6);
    const glued = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const story = (iso: string, n: number) => `http://www.news.cn/health/${compact(iso)}/${(n * 2654435761 >>> 0).toString(16).padStart(8, '0')}/c.html`;
    const url = (r: Related) => story(r.date!, itemNum(r));
    const [first, ...rest] = page.paragraphs;
    const seconds = String(rng.int(0, 59)).padStart(2, '0');
    const related = page.related.length
      ? `<div class="relatedNews"><div class="tit">相关新闻</div><ul>${page.related.map((r) => `<li><a href="${url(r)}" target="_blank">${esc(r.question)}</a>${datedItems ? `<span>(${r.date})</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const content = [
      ...(expertLine ? [`<p>　　<strong>本期专家：</strong>${esc(d.name!)}，${unitLine(page, glued)}</p>`] : []),
      `<p>　　<strong>问：${esc(ask(page))}？${rng.pick(ASKER_LINES)}</strong></p>`,
      `<p>　　答：${esc(first!)}</p>`,
      ...rest.map((x) => `<p>　　${esc(x)}</p>`),
      ...(expertLine ? [] : [`<div class="expert"><img src="${compact(page.date!)}/${token(rng, 12)}.jpg"><p><strong>${esc(d.name!)}</strong></p><p>${unitLine(page, glued)}</p></div>`]),
    ].join('\n');
    const body = `<div class="topBar"><a href="http://www.news.cn/">新华网</a> <a href="http://www.news.cn/politics/">时政</a> <a href="http://www.news.cn/fortune/">财经</a> <a href="http://www.news.cn/health/">健康</a> <a href="http://www.news.cn/tech/">科技</a></div>
<div id="detail">
<div class="header domPC">
<div class="h-p3 clearfix"><div class="source"><a href="http://www.news.cn/health/">新华健康</a> &gt; 专家解答</div></div>
<div class="h-title">${esc(page.question)}</div>
<div class="h-info"><span class="h-time">${page.date} ${page.time}:${seconds}</span> <span>来源：${rng.pick(['新华网', '新华网客户端'])}</span></div>
<div class="pageShare"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qzone">QQ空间</a></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detailContent">
${content}
</div>
<div id="articleEdit"><span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a></span> <span class="editor">【责任编辑：${otherName(rng)}】</span></div>
${related}
</div>
<div class="main-right right"><div class="columBox"><div class="tit">热点推荐</div><ul><li><a href="http://www.news.cn/health/jk.htm">健康解码</a></li><li><a href="http://www.news.cn/health/kp.htm">科普</a></li></ul></div></div></div>
</div>
<div class="foot">Copyright &copy; 2000-${page.date!.slice(0, 4)} XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司 版权所有：新华网股份有限公司</div>`;
    const html = documentOf(`${page.question}-新华网`, null, '<meta name="source" content="新华网">\n', body);
    const expected = expectedOf(page, {
      doctor: cardOf(page),
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: [], format: 'unknown', date: datedItems ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. cctv-jkzl ---

/** A video's duration as the list prints it (`00:04:12` or `04:12`). */
const duration = (rng: Rng, long: boolean) => {
  const m = String(rng.int(1, 14)).padStart(2, '0');
  const s = String(rng.int(0, 59)).padStart(2, '0');
  return long ? `00:${m}:${s}` : `${m}:${s}`;
};

/**
 * F3. 央视网's 健康之路 viewer-question video page (tv.cctv.com/{yyyy}/{mm}/{dd}/VIDE{id}.shtml): the 央视网 nav,
 * crumbs 央视网 > 电视 > 健康之路, the player (`#myFlash` with a poster and a 00:00 / duration bar), the `h1`
 * `[健康之路]{question}` or `《健康之路》 {yyyymmdd} {question}`, `播出时间：2023年05月06日` (or `本期播出：2023-05-06`),
 * `来源：央视网` with the web page's own time, the same day or the next on 30%; the 视频简介 `.text_box`: the
 * viewer's question (`观众提问：`), `专家解答：`, the answer; the 本期嘉宾 card (name, then hospital / department /
 * title on lines, or one unit line) before or after the text; 相关视频 thumbnails with durations, undated.
 */
const cctvJkzl: Family = {
  name: 'cctv-jkzl',
  split: 'fresh-58',
  site: 'tv.cctv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const bracket = rng.chance(0.6);
    const aired = rng.chance(0.5) ? `播出时间：${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日` : `本期播出：${page.date}`;
    const posted = shift(page.date!, rng.chance(0.3) ? 1 : 0);
    const cardFirst = rng.chance(0.5);
    const lines = rng.chance(0.5);
    const longDur = rng.chance(0.5);
    const video = (iso: string, n: number) => `https://tv.cctv.com/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/VIDE${idOf(n, 20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}${compact(iso).slice(2)}.shtml`;
    const url = (r: Related) => video(r.date!, itemNum(r));
    const h1 = bracket ? `[健康之路]${esc(page.question)}` : `《健康之路》 ${compact(page.date!)} ${esc(page.question)}`;
    const guest = `<div class="guest"><h3>本期嘉宾</h3><img src="https://p1.img.cctvpic.com/photoAlbum/page/${token(rng, 10)}.jpg" alt="">
<p class="name">${esc(d.name!)}</p>${lines ? `<p>${esc(d.hospital!)}</p><p>${esc(d.department!)}</p><p>${d.title}</p>` : `<p>${unitLine(page, true)}</p>`}</div>`;
    const text = `<div class="text_box"><h3>视频简介</h3>
<p>观众提问：${esc(ask(page))}？${rng.pick(ASKER_LINES)}</p>
<p>专家解答：</p>
${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>`;
    const related = page.related.length
      ? `<div class="xgsp"><h3>相关视频</h3><ul>${page.related
          .map((r) => `<li><a href="${url(r)}" target="_blank"><div class="img"><img src="https://p2.img.cctvpic.com/fmspic/${token(rng, 10)}.jpg"><span class="time">${duration(rng, longDur)}</span></div><p class="title">[健康之路]${esc(r.question)}</p></a></li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav_top"><a href="https://www.cctv.com/">央视网</a> <a href="https://news.cctv.com/">新闻</a> <a href="https://tv.cctv.com/">电视</a> <a href="https://tv.cctv.com/lm/jkzl/">健康之路</a> <a href="https://app.cctv.com/">央视频APP</a></div>
<div class="crumbs"><a href="https://www.cctv.com/">央视网</a> &gt; <a href="https://tv.cctv.com/">电视</a> &gt; <a href="https://tv.cctv.com/lm/jkzl/">健康之路</a></div>
<div class="playingVideo"><div id="myFlash" class="video"><img class="poster" src="https://p1.img.cctvpic.com/fmspic/${token(rng, 12)}.jpg"><div class="ctrl"><span>00:00</span> / <span>${duration(rng, true)}</span></div></div></div>
<div class="playingCon">
<h1 class="tit">${h1}</h1>
<div class="info"><span class="bo">${aired}</span> <span>来源：央视网 ${posted} ${page.time}</span></div>
${cardFirst ? guest : ''}
${text}
${cardFirst ? '' : guest}
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
${related}
<div class="footer">央视网 版权所有 Copyright &copy; ${page.date!.slice(0, 4)} CCTV.com All Rights Reserved 京ICP证060535号</div>`;
    const html = documentOf(`${bracket ? '[健康之路]' : '《健康之路》'}${page.question}_CCTV节目官网-CCTV-10_央视网(cctv.com)`, null, '', body);
    const expected = expectedOf(page, {
      doctor: cardOf(page),
      format: 'video',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'video', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. portal-account-article ---

/**
 * F4. A hospital's or a doctor's 号 on a portal (www.sohu.com/a/{id}_{uid} on 60%, www.163.com/dy/article/{ID}.html
 * on 40%), answering readers' questions: the portal's nav, the account card at the side (a hospital's
 * account: its name, `{grade}综合医院` in its intro on half, 文章 / 总阅读 counts; a doctor's account: `{name}医生`,
 * the intro `{unit}`), `h1` the question, the time (`2023-05-06 14:22` with 发布于：省 on 搜狐, `2023-05-06 14:22:33　来源:
 * {account}` on 网易); the article: `读者提问：` the reader's words, on a hospital's account `本期答疑专家：{name}
 * {unit}`, `医生回答：` on its own line, the answer; 搜狐's `返回搜狐，查看更多` and `责任编辑：`, 阅读 (N);
 * 网易's `本文来自网易号…`; 推荐阅读 with thumbnails, each title with the account and a read count, undated.
 */
const portalAccountArticle: Family = {
  name: 'portal-account-article',
  split: 'fresh-58',
  site: 'www.sohu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const sohu = rng.chance(0.6);
    const hospitalAccount = rng.chance(0.5);
    const gradeShown = hospitalAccount && rng.chance(0.5);
    const uid = rng.int(100_000, 999_999);
    const url = (r: Related) => (sohu ? `https://www.sohu.com/a/${600_000_000 + itemNum(r)}_${100_000 + ((itemNum(r) * 7919) % 900_000)}` : `https://www.163.com/dy/article/${idOf(itemNum(r), 16)}.html`);
    const account = hospitalAccount ? d.hospital! : `${d.name}医生`;
    const intro = hospitalAccount ? `${gradeShown ? `${d.hospital_grade}综合医院，` : ''}${rng.pick(['守护您的健康', '官方账号，发布权威健康科普'])}` : unitLine(page, true);
    const card = `<div class="user-info"><div class="user-pic"><img src="//p${rng.int(1, 9)}.itc.cn/${token(rng, 16)}.png"></div><h4><a href="https://mp.sohu.com/profile?xpt=${token(rng, 20)}">${esc(account)}</a></h4><p class="intro">${intro}</p><ul class="stat"><li><span>${rng.int(30, 900)}</span>文章</li><li><span>${rng.int(1, 99)}万</span>总阅读</li></ul></div>`;
    const text = [
      `<p><strong>读者提问：</strong>${esc(ask(page))}？${rng.pick(ASKER_LINES)}</p>`,
      ...(hospitalAccount ? [`<p>本期答疑专家：${esc(d.name!)} ${unitLine(page, rng.chance(0.5))}</p>`] : []),
      '<p><strong>医生回答：</strong></p>',
      ...page.paragraphs.map((x) => `<p>${esc(x)}</p>`),
    ].join('\n');
    const recommend = page.related.length
      ? `<div class="more-article"><h3>推荐阅读</h3><ul>${page.related
          .map((r) => `<li><a href="${url(r)}"><img src="${sohu ? `//p${rng.int(1, 9)}.itc.cn/q_70/images03/` : '//nimg.ws.126.net/?url=http://dingyue.ws.126.net/'}${token(rng, 16)}.jpeg"><h4>${esc(r.question)}</h4></a><span class="name">${esc(account)}</span> <span class="read">阅读 ${rng.int(100, 9999)}</span></li>`)
          .join('\n')}</ul></div>`
      : '';
    const province = rng.pick(['北京市', '上海市', '江苏省', '广东省', '四川省']);
    const main = sohu
      ? `<div class="text"><div class="text-title"><h1>${esc(page.question)}</h1><div class="article-info"><span class="time" id="news-time">${page.date} ${page.time}</span> <span>发布于：${province}</span></div></div>
<article class="article" id="mp-editor">
${text}
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<a href="//www.sohu.com/?strategyid=00001" target="_blank" id="backsohucom" title="点击进入搜狐首页">返回搜狐，查看更多</a>
<div class="read-wrap"><span class="read-num">阅读 (${rng.int(100, 50000)})</span></div>
</div>`
      : `<div class="post_main"><h1 class="post_title">${esc(page.question)}</h1><div class="post_info">${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}　来源: <a href="https://www.163.com/dy/media/T${rng.int(1_000_000_000, 1_999_999_999)}.html">${esc(account)}</a></div>
<div class="post_body">
${text}
<p class="post_statement">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
</div></div>`;
    const body = `<div class="head-nav"><a href="${sohu ? 'https://www.sohu.com/' : 'https://www.163.com/'}">${sohu ? '搜狐' : '网易'}</a> <a>新闻</a> <a>体育</a> <a>健康</a> <a>科技</a> <a>${sohu ? '登录' : '网易号'}</a></div>
<div class="article-page clearfix"><div class="left main">${main}
${recommend}</div><div class="sidebar right">${card}<div class="ad"><img src="//p${rng.int(1, 9)}.itc.cn/ad/${token(rng, 10)}.jpg" alt="广告"></div></div></div>
<div class="footer">${sohu ? 'Copyright &copy; ' + page.date!.slice(0, 4) + ' Sohu All Rights Reserved. 搜狐公司 版权所有' : '网易公司版权所有 &copy;1997-' + page.date!.slice(0, 4)}</div>`;
    const html = documentOf(`${page.question}_${sohu ? '搜狐' : '网易'}${sohu ? '' : '订阅'}`, null, `<meta name="mediaid" content="${uid}">\n`, body);
    const expected = expectedOf(page, {
      doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. founder-epaper-weekly ---

const WEEKDAYS = '日一二三四五六';

/**
 * F5. A provincial paper's 健康周刊 page in a 方正 (Founder) e-paper system (epaper.jxnews.example/html/2023-05/06/
 * content_{id}.htm), GB2312 on 40%: the paper's banner, the issue line `2023年5月6日 星期六`, `第A10版：健康周刊`,
 * 上一版 / 下一版, the page's 版面导航 of versions; the article in a `td.font01` with Founder's own tags:
 * `<founder-introtitle>` (名医信箱 / 健康问答), `<founder-title>` the question, `<founder-author>` (本报记者 … 通讯员 …),
 * `<founder-content>` of `<P>　　` lines: `问：` the reader's words (with `（读者 王女士）` on half), `答：` glued to the
 * answer's first line, the answer, the doctor's bracketed signature `（{name}　{unit}）`; the page's other
 * articles (本版其他文章) as links, undated. The day is the issue's.
 */
const founderEpaperWeekly: Family = {
  name: 'founder-epaper-weekly',
  split: 'fresh-58',
  site: 'epaper.jxnews.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb = rng.chance(0.4);
    const iso = page.date!;
    const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, dd)).getUTCDay()]!;
    const edition = `A${rng.int(9, 16)}`;
    const base = `http://epaper.jxnews.example/html/${iso.slice(0, 7)}/${iso.slice(8, 10)}`;
    const url = (r: Related) => `${base}/content_${400_000 + itemNum(r)}.htm`;
    const reader = rng.chance(0.5) ? `（读者 ${rng.pick(['王', '刘', '陈', '周'])}${rng.pick(['女士', '先生'])}）` : '';
    const [first, ...rest] = page.paragraphs;
    const content = [
      `<P>　　问：${esc(ask(page))}？${rng.pick(ASKER_LINES)}${reader}</P>`,
      `<P>　　答：${esc(first!)}</P>`,
      ...rest.map((x) => `<P>　　${esc(x)}</P>`),
      `<P>　　（${esc(d.name!)}　${unitLine(page, rng.chance(0.5))}）</P>`,
    ].join('\n');
    const others = page.related.length
      ? `<table class="others" width="100%"><tr><td class="bt">本版其他文章</td></tr>${page.related.map((r) => `<tr><td><img src="../../../images/dot.gif"> <a href="${url(r)}">${esc(r.question)}</a></td></tr>`).join('\n')}</table>`
      : '';
    const versions = ['A01：要闻', 'A02：要闻', 'A09：健康周刊', `${edition}：健康周刊`, 'A16：广告']
      .map((v, i) => `<tr><td><a href="${base}/node_${i + 2}.htm">第${v.replace('：', '版：')}</a></td></tr>`)
      .join('');
    const body = `<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner"><img src="../../../images/logo.gif" alt="江西日报"></td></tr>
<tr><td class="date">${y}年${m}月${dd}日 星期${weekday}　<a href="${base}/node_2.htm">首页</a>　<a href="javascript:;">往期回顾</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300" valign="top" class="ban_t"><div>第${edition}版：健康周刊</div><div><a href="${base}/node_8.htm">上一版</a>　<a href="${base}/node_10.htm">下一版</a></div>
<map name="PagePicMap"><area shape="polygon" coords="${rng.int(10, 300)},${rng.int(10, 300)},${rng.int(300, 600)},${rng.int(300, 600)}" href="${base}/content_${400_000 + page.item.num}.htm"></map>
<table class="bmdh"><tr><td>版面导航</td></tr>${versions}</table></td>
<td width="700" valign="top"><table width="100%"><tr><td class="font01">
<founder-introtitle>${rng.pick(['名医信箱', '健康问答', '专家答疑'])}</founder-introtitle><br>
<founder-title><strong style="font-size:22px">${esc(page.question)}</strong></founder-title><br>
<founder-subtitle></founder-subtitle>
<founder-author>本报记者 ${otherName(rng)}${rng.chance(0.5) ? ` 通讯员 ${otherName(rng)}` : ''}</founder-author>
<founder-content>
${content}
</founder-content>
</td></tr></table>
${others}</td></tr></table>
<table width="1000" align="center"><tr><td class="copyright">江西日报社主办 版权所有 未经授权禁止复制或建立镜像</td></tr></table>`;
    const title = `江西日报-${page.question}`;
    const html = documentOf(title, null, '', body, charsetMeta(gb ? 'gb2312-http-equiv' : 'utf-8'));
    const expected = expectedOf(page, {
      doctor: cardOf(page),
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: gb ? encode(html, 'gb2312-http-equiv') : Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. citytv-mingyi-share ---

/**
 * F6. A city TV station's app share page of its 名医在线 call-in (h5.kanxz.example/share/news/{id}?from=wx):
 * the 打开APP banner at the top, the player (`<video>` on 60%, an `<audio>` of the radio simulcast on 20%, none on
 * 20%), the `h1` `《名医在线》{question}` or the question alone, the meta (the station's name and
 * `2023-05-06 19:30`, `2023年5月6日`, or `N天前` on 25%), the 栏目嘉宾 card (name, title,
 * department, hospital as labelled lines or two lines), the segment's transcript: `主持人：` the host's intro,
 * `观众来电：` / `热线听众：` the caller's question, `{surname}主任：` or `嘉宾：` opening the doctor's first paragraph,
 * the rest of the answer, the host's thanks; 下载APP banners, 评论 (暂无评论); 相关推荐 with thumbnails, durations and
 * `05-06` days (no year), undated in the key.
 */
const citytvMingyiShare: Family = {
  name: 'citytv-mingyi-share',
  split: 'fresh-58',
  site: 'h5.kanxz.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const player = rng.pick(['video', 'video', 'video', 'audio', 'none'] as const);
    const tagged = rng.chance(0.5);
    const relative = rng.chance(0.25);
    const when = relative ? `${rng.int(2, 6)}天前` : rng.chance(0.35) ? cnDate(page.date!) : `${page.date} ${page.time}`;
    const labelled = rng.chance(0.5);
    const speaker = rng.pick([`${d.name!.slice(0, 1)}主任：`, '嘉宾：', `${d.name}：`]);
    const url = (r: Related) => `https://h5.kanxz.example/share/news/${800_000 + itemNum(r)}?from=wx`;
    const [first, ...rest] = page.paragraphs;
    const playerHtml =
      player === 'video'
        ? `<div class="player"><video src="https://vod.kanxz.example/${token(rng, 16)}.mp4" poster="https://img.kanxz.example/${token(rng, 12)}.jpg" controls playsinline webkit-playsinline></video></div>`
        : player === 'audio'
          ? `<div class="audio-box"><audio src="https://vod.kanxz.example/fm/${token(rng, 16)}.mp3" controls></audio><span>${rng.pick(['FM91.1', 'FM104.8'])} 名医在线</span></div>`
          : '';
    const card = labelled
      ? `<div class="guest-card"><h3>栏目嘉宾</h3><p>姓名：${esc(d.name!)}</p><p>职称：${d.title}</p><p>科室：${esc(d.department!)}</p><p>医院：${esc(d.hospital!)}</p></div>`
      : `<div class="guest-card"><h3>栏目嘉宾</h3><p class="gname">${esc(d.name!)} <span>${d.title}</span></p><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div>`;
    const transcript = [
      `<p>主持人：${rng.pick(['欢迎收看今天的《名医在线》，今天我们请到了', '各位观众大家好，今天做客直播间的是'])}${esc(d.hospital!)}的${esc(d.name!)}${d.title}。</p>`,
      `<p>${rng.pick(['观众来电：', '热线听众：'])}${esc(ask(page))}？${rng.pick(ASKER_LINES)}</p>`,
      `<p>${speaker}${esc(first!)}</p>`,
      ...rest.map((x) => `<p>${esc(x)}</p>`),
      `<p>主持人：${rng.pick(['好的，谢谢您的解答。', '感谢专家的详细解答，我们下期再见。'])}</p>`,
    ].join('\n');
    const recommend = page.related.length
      ? `<div class="recommend"><h3>相关推荐</h3>${page.related
          .map((r) => `<a class="item" href="${url(r)}"><img src="https://img.kanxz.example/${token(rng, 12)}.jpg"><div class="r"><p class="t">${esc(r.question)}</p><p class="m"><span>${r.date!.slice(5)}</span> <span class="dur">${duration(rng, false)}</span></p></div></a>`)
          .join('\n')}</div>`
      : '';
    const station = rng.pick(['看徐州', '无线徐州', '徐州广电']);
    const body = `<div class="open-app-top"><img src="https://img.kanxz.example/logo.png"><span>${station}APP</span><em>打开APP，看更多精彩</em><a class="btn" href="https://h5.kanxz.example/download">打开</a></div>
${playerHtml}
<div class="news-detail">
<h1>${tagged ? '《名医在线》' : ''}${esc(page.question)}</h1>
<div class="meta"><span class="src">${station}</span> <span class="time">${when}</span> <span class="views">${rng.int(200, 30000)}次观看</span></div>
${card}
<div class="content">
${transcript}
</div>
<p class="tip">本节目内容仅供参考，具体诊疗请遵医嘱。</p>
</div>
<div class="download-bar">下载${station}APP 观看更多精彩节目 <a href="https://h5.kanxz.example/download">立即下载</a></div>
<div class="comments"><h3>评论</h3><p class="empty">暂无评论，快来抢沙发吧</p></div>
${recommend}
<div class="open-app-bottom"><a href="https://h5.kanxz.example/download">APP内打开</a></div>`;
    const html = documentOf(`${tagged ? '《名医在线》' : ''}${page.question}`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    const expected = expectedOf(page, {
      doctor: cardOf(page),
      date: relative ? null : page.date,
      format: player === 'video' ? 'video' : player === 'audio' ? 'voice' : 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'video', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH58_FAMILIES: readonly Family[] = [peopleWenyisheng, xinhuaExpert, cctvJkzl, portalAccountArticle, founderEpaperWeekly, citytvMingyiShare];
