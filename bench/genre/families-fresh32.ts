import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Expected, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cardPlain, cnDate, dayText, DISCLAIMERS, documentOf, formatWord, hm, noEntryKey, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-ninth fresh held-out set (split `fresh-32`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are kinds of real page of the genre no earlier
 * family covers (from memory, no copied markup): a 知乎-style question page whose doctor is known by
 * a certification headline (hospital, department and title in one string, often glued) and whose
 * date line is `发布于 / 编辑于 … ・IP 属地…`; a 电话问诊 record of a consultation platform, whose answer is
 * the doctor's written summary of a phone call; a MediaWiki-run medical wiki's 问答 page (infobox
 * card, table of contents, `[编辑]` links in the headings, a last-edited footer). Three are things
 * real crawled HTML does to a page: an anti-bot or rate-limit challenge served with 200 at a
 * question's address (no Q&A: `noEntry`); a portal template printing the Chinese (lunar) calendar
 * beside every day, and the day the page was served in its header; an old CMS page printing its
 * date, grade, format word and related list from inline `document.write` scripts.
 *
 * The answer key holds what a careful person reads on the page, as displayed (a browser that runs
 * scripts); a field the page does not print is null,
 * and agrees with the earlier splits (meta / og / JSON-LD are not printed; an item is known by its
 * address; hidden and non-rendered text is no text). Where a careful person could hesitate, the key
 * decides:
 * - zhihu-headline: the page's answer is the doctor's (the first answer, with the certification
 *   headline); the headline `{hospital}{department}{title}` (glued, spaced, `｜`-parted, or
 *   `title · hospital · department`) gives the card's hospital, department and title, the grade only
 *   where printed in it (`（三甲）`); the date the day of `发布于` or `编辑于` (the only day the answer
 *   shows), the time and `・IP 属地…` none of it; no format word is printed: unknown. The question's
 *   topics, 关注者 / 被浏览 counts, 赞同 / 评论 bars, another member's answer below (a nickname, no
 *   certification, a later day) are none of the Q&A. A recommended card's `昵称：` byline before its
 *   excerpt is none of the snippet; its `N 赞同 · M 评论` none; the item's day where `发布于` prints one.
 * - phone-summary: the question without the `【电话问诊】` tag; the answer the doctor's 小结 (the
 *   patient's 病情描述 and the patient's 评价 none of it); the format voice — the consultation was a
 *   phone call (电话问诊 / 电话咨询 / 电话解答), the summary its written record; the date the summary's
 *   own stamp where printed (小结时间, 0–1 day after the call), else the call's day (通话时间); the
 *   通话时长, 预约时间 and the review's day date nothing.
 * - mediawiki-qa: the question the page's heading without its namespace prefix (`问答:`); the card
 *   from the infobox (the grade only where its row is printed); the date the 回答日期 (infobox row or a
 *   line under the answer), never the footer's 此页面最后编辑于; the format only from a 回答形式 row;
 *   `[编辑]` links, the 目录, the 问题 section's asker's description, the maintenance notice, 分类 and
 *   the 取自 line are none of the Q&A; related items are the 相关问题 section's lines (link, then the
 *   snippet after `：` / ` - `, the day in brackets where printed).
 * - waf-challenge (noEntry): a challenge page (a slider or captcha check, a JavaScript cookie
 *   redirect, a 访问过于频繁 notice, a "checking your browser" wait) is no Q&A page, even where its
 *   `<title>` or a line names the question asked for and the site's frame around it lists 热门问答 with
 *   snippets: no entry, no related items.
 * - lunar-date: the date the answer line's Gregorian day; its 农历 day (`农历三月十七`, `癸卯年…`) and
 *   weekday none of it, and the header's `今天是…` (the day the page was served, with its own lunar
 *   day) dates nothing; an item's day its Gregorian day, the lunar day after it none.
 * - document-write: what inline `document.write(...)` scripts write is printed where the script
 *   stands (literal strings, concatenated pieces, `\uXXXX` escapes alike; a list written by a loop
 *   over an array shows one item per entry); a `<noscript>` asking to enable JavaScript is not shown;
 *   a counter written from `Math.random()` is furniture.
 * Format is printed only where a format word is printed (phone-summary apart); related items'
 * formats and dates only where the list prints them.
 */

type Related = TruthPage['related'][number];

/** The number in a related item's path (/q/N.html). */
const numOf = (r: Related) => r.path.replace(/\D/g, '');
const paragraphsHtml = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');

// --- F1. zhihu-headline ---

const PROVINCES = ['北京', '上海', '广东', '浙江', '江苏', '四川', '湖北', '山东', '河南'];
const MEMBER_NICKS = ['知乎用户', '匿名用户', '小鹿妈妈', 'Aurora', '路人甲', '一只猫', '晴天'];
const MEMBER_HEADLINES = ['患者家属', '医学生', '护士', '健康爱好者', ''];
const MEMBER_TEXTS = ['同问，我也有类似的情况，蹲一个后续。', '我之前也是这样，后来去医院检查，医生说问题不大，注意休息就好了。', '建议还是去正规医院面诊，网上说的仅供参考。'];

/** A member's headline under the nickname, or none. */
const memberHeadline = (rng: Rng) => {
  const h = rng.pick(MEMBER_HEADLINES);
  return h ? `<div class="AuthorInfo-badgeText">${h}</div>` : '';
};

const votes = (rng: Rng) => (rng.chance(0.4) ? `${rng.int(1, 9)}.${rng.int(0, 9)} 万` : String(rng.int(3, 9999)));

/**
 * F1. A 知乎-style question page: the `<h1>` question with 2 topic tags, a 问题描述 (50%) with 显示全部,
 * 关注者 / 被浏览 counts and 查看全部 N 个回答; the doctor's answer first: avatar, name link, a
 * certification headline (`{hospital}{department}{title}` glued 40%, spaced 20%, `｜`-parted 20%,
 * `{title} · {hospital} · {department}` 20%; the grade `（三甲）` after the hospital on 40%), `N 人赞同了该回答`
 * on 60%, the answer in a RichText span, `发布于` (70%) or `编辑于` and `2023-05-06 14:22・IP 属地北京`, the
 * 赞同 / 评论 / 分享 / 收藏 / 收起 bar; another member's short answer on 60% (a later day); a 相关推荐 list
 * of cards (question link to /question/N, an excerpt with a `昵称：` byline on half the pages, `N 赞同 ·
 * M 评论`, and `· 发布于 day` on half the pages).
 */
const zhihuHeadline: Family = {
  name: 'zhihu-headline',
  split: 'fresh-32',
  site: 'www.zhiwen-shequ.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const bylines = rng.chance(0.5);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const headline = rng.weighted([
      [`${hosp}${esc(d.department!)}${d.title}`, 40],
      [`${hosp} ${esc(d.department!)} ${d.title}`, 20],
      [`${hosp}｜${esc(d.department!)}｜${d.title}`, 20],
      [`${d.title} · ${hosp} · ${esc(d.department!)}`, 20],
    ] as const);
    const stamp = (iso: string) => `${rng.chance(0.7) ? '发布于' : '编辑于'} ${iso} ${hm(rng)}・IP 属地${rng.pick(PROVINCES)}`;
    const bar = (n: string) =>
      `<div class="ContentItem-actions"><button class="VoteButton">▲ 赞同 ${n}</button><button class="VoteButton--down">▼</button> <button>${rng.int(0, 300)} 条评论</button> <button>分享</button> <button>收藏</button> <button>喜欢</button> <button>收起</button></div>`;
    const topic = topicWord(page);
    const header = `<div class="QuestionHeader"><div class="QuestionHeader-topics"><a class="TopicLink" href="/topic/${page.item.num % 9973}">${esc(topic)}</a> <a class="TopicLink" href="/topic/19550517">健康</a></div>
<h1 class="QuestionHeader-title">${esc(page.question)}</h1>
${rng.chance(0.5) ? `<div class="QuestionRichText"><span class="RichText">${esc(ask(page))}，${rng.pick(ASKER_LINES)}</span><button>显示全部 ​</button></div>` : ''}
<div class="NumberBoard"><div>关注者</div><strong>${rng.int(3, 2000)}</strong><div>被浏览</div><strong>${rng.int(1000, 999999).toLocaleString('en-US')}</strong></div>
<button class="Button--blue">关注问题</button> <button>写回答</button></div>`;
    const answer = `<div class="List-item"><div class="ContentItem AnswerItem" data-zop='{"authorName":"${esc(d.name!)}","type":"answer"}'>
<div class="ContentItem-meta"><div class="AuthorInfo"><img class="Avatar" src="https://pic.zhiwen-shequ.example/v2-${token(rng, 12)}_l.jpg" alt="${esc(d.name!)}"><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="/people/${token(rng, 10)}">${esc(d.name!)}</a></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge">${rng.chance(0.5) ? '<svg width="18" height="18" class="ZDI--BadgeCert"></svg>' : ''}<span class="AuthorInfo-badgeText">${headline}</span></div></div></div></div>
${rng.chance(0.6) ? `<div class="Voters"><button>${rng.int(3, 9999)} 人赞同了该回答</button></div>` : ''}</div>
<div class="RichContent"><div class="RichContent-inner"><span class="RichText ztext">${paragraphsHtml(page.paragraphs)}</span></div>
<div class="ContentItem-time"><a href="/question/${page.item.num}/answer/${rng.int(100000000, 999999999)}" target="_blank"><span>${stamp(page.date!)}</span></a></div>
${bar(votes(rng))}</div></div></div>`;
    const member = rng.chance(0.6)
      ? `<div class="List-item"><div class="ContentItem AnswerItem"><div class="AuthorInfo"><img class="Avatar" src="/avatar/default.jpg" alt=""><a class="UserLink-link" href="/people/${token(rng, 10)}">${rng.pick(MEMBER_NICKS)}</a>${memberHeadline(rng)}</div>
<div class="RichContent"><span class="RichText ztext"><p>${rng.pick(MEMBER_TEXTS)}</p></span>
<div class="ContentItem-time"><span>${stamp(shift(page.date!, rng.int(1, 90)))}</span></div>${bar(String(rng.int(0, 40)))}</div></div></div>`
      : '';
    const cards = page.related.length
      ? `<div class="Card"><div class="Card-header"><h2 class="Card-headerText">${rng.pick(['相关推荐', '相关问题', '更多相关回答'])}</h2></div>
${page.related
  .map(
    (r) => `<div class="Card-section ContentItem"><h2 class="ContentItem-title"><a href="/question/${numOf(r)}" target="_blank">${esc(r.question)}</a></h2><div class="RichContent-inner">${bylines ? `<b>${otherName(rng)}</b>：` : ''}${esc(r.snippet)}</div><div class="ContentItem-actions">${rng.int(0, 999)} 赞同 · ${rng.int(0, 99)} 评论${datedItems ? ` · 发布于 ${r.date}` : ''}</div></div>`,
  )
  .join('\n')}</div>`
      : '';
    const body = `<header class="AppHeader"><a class="AppHeader-logo" href="/">知问</a> <form class="SearchBar"><input type="text" placeholder="搜索你感兴趣的内容…"><button>搜索</button></form> <a href="/ask">提问</a></header>
<main class="App-main"><div class="QuestionPage">${header}
<div class="Question-main"><div class="ListShortcut"><div class="List"><div class="List-header"><h4 class="List-headerText">查看全部 ${rng.int(2, 60)} 个回答</h4></div>
${answer}
${member}</div></div>
${cards}</div></div></main>`;
    const html = documentOf(`${ask(page)}？ - 知问`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const items = relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(`/question/${numOf(page.related[i]!)}`, page.canonical).href }));
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'unknown', related: items }) };
  },
};

// --- F2. phone-summary ---

const REVIEW_LINES = ['医生很耐心，讲得很清楚，谢谢！', '回复及时，态度很好。', '解答很专业，按医生说的去做了。'];

/**
 * F2. A consultation platform's 电话问诊 record: a `电话问诊` / `电话咨询` / `电话解答` tag beside the `<h1>`
 * question (inside it, `【电话问诊】…`, on 40%); the patient's line (`患者：女 34岁`) and 病情描述; a plain
 * doctor card (grade on 60%) under 接诊医生 on half; the call's facts as a list (服务类型, 预约时间 on
 * half, 通话时间 with its day and time, 通话时长 `12分35秒` or `00:12:35`, 订单状态 已完成), a 通话录音 player
 * `<audio>` on 30%; the doctor's summary under 医生小结 / 通话小结 / 问诊小结 / 医生总结, with its own
 * `小结时间：` stamp on 60% (the call 0–1 day earlier there, the same day elsewhere); the patient's 评价
 * with a later day on half; a related list (dated on half).
 */
const phoneSummary: Family = {
  name: 'phone-summary',
  split: 'fresh-32',
  site: 'www.dianhua-wenzhen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const service = rng.pick(['电话问诊', '电话咨询', '电话解答']);
    const stamped = rng.chance(0.6);
    const callDay = stamped ? shift(page.date!, -rng.int(0, 1)) : page.date!;
    const callTime = hm(rng);
    const minutes = rng.int(5, 25);
    const seconds = rng.int(0, 59);
    const duration = rng.chance(0.5) ? `${minutes}分${seconds}秒` : `00:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
    const tag = `<span${cls(rng)}>${service}</span>`;
    const title = rng.chance(0.4) ? `<h1${cls(rng)}>【${service}】${esc(page.question)}</h1>` : `<div${cls(rng)}>${tag}<h1${cls(rng)}>${esc(page.question)}</h1></div>`;
    const patient = `<div${cls(rng)}><p>患者：${rng.pick(['女', '男'])} ${rng.int(18, 75)}岁</p><p>病情描述：${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p></div>`;
    const card = `${rng.chance(0.5) ? `<h3${cls(rng)}>接诊医生</h3>` : ''}${plainCard(rng, page, gradeShown)}`;
    const facts = `<ul${cls(rng)}><li>服务类型：${service}</li>${rng.chance(0.5) ? `<li>预约时间：${dayText(rng, shift(callDay, -rng.int(0, 2)))} ${hm(rng)}</li>` : ''}<li>通话时间：${dayText(rng, callDay)} ${callTime}</li><li>通话时长：${duration}</li><li>订单状态：已完成</li></ul>`;
    const recording = rng.chance(0.3) ? `<div${cls(rng)}>通话录音（仅患者本人可听）<audio controls src="/record/${token(rng, 16)}.mp3"></audio></div>` : '';
    const summary = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医生小结', '通话小结', '问诊小结', '医生总结'])}</h3>${paragraphsHtml(page.paragraphs)}${
      stamped ? `<p${cls(rng)}>小结时间：${dayText(rng, page.date!, page.time)}</p>` : ''
    }</div>`;
    const review = rng.chance(0.5)
      ? `<div${cls(rng)}><h3>患者评价</h3><p>${rng.pick(['非常满意', '满意'])} ${rng.pick(REVIEW_LINES)}</p><span>${dayText(rng, shift(page.date!, rng.int(1, 5)))}</span></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">电话问诊网</a> <a href="/doctors/">找医生</a> <a href="/phone/">电话问诊</a></div>
${wrap(rng, `${title}\n${patient}\n${rng.chance(0.5) ? `${card}\n${facts}` : `${facts}\n${card}`}\n${recording}\n${summary}`)}
${review}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems, ['相关问题', '相关问诊', '其他患者的电话问诊'])}`;
    const html = documentOf(`${page.question}_${service}_电话问诊网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: { ...plainKey(page, { gradeShown, printFormat: false, datedItems }), format: 'voice' } };
  },
};

// --- F3. mediawiki-qa ---

/**
 * F3. A medical wiki run on MediaWiki: `<h1 id="firstHeading">` the question (after a `问答:` namespace
 * on half), 来自医学百科 and 跳转至 lines; a maintenance notice box on 30%; an infobox table (caption the
 * name on half; 回答医生, 职称, 科室, 医院, 医院等级 on 60%, 回答日期 on half, 回答形式 on 40%); the 目录;
 * sections `问题` (the asker's description), `医生解答` (the answer, the topic word linked to its wiki
 * page) and `相关问题` (one `<li>` a item: link, `：` or ` - `, snippet, `（day）` on half), each heading
 * with its `[编辑]` link; 回答日期 under the answer where the infobox has none; the categories, the 取自
 * line, 此页面最后编辑于 a later day, and the side navigation.
 */
const mediawikiQa: Family = {
  name: 'mediawiki-qa',
  split: 'fresh-32',
  site: 'wiki.yixue-baike.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const dateInBox = rng.chance(0.5);
    const prefix = rng.chance(0.5) ? '问答:' : '';
    const pageTitle = `${prefix}${page.question}`;
    const edit = (n: number) =>
      `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=${encodeURIComponent(pageTitle)}&amp;action=edit&amp;section=${n}" title="编辑章节">编辑</a><span class="mw-editsection-bracket">]</span></span>`;
    const h2 = (id: string, n: number) => `<h2><span class="mw-headline" id="${id}">${id}</span>${edit(n)}</h2>`;
    const row = (th: string, td: string) => `<tr><th scope="row">${th}</th><td>${td}</td></tr>`;
    const infobox = `<table class="infobox" style="float:right;width:22em">${rng.chance(0.5) ? `<caption>${esc(d.name!)}</caption>` : ''}
${row('回答医生', `<a href="/wiki/${encodeURIComponent(`医生:${d.name}`)}" title="医生:${esc(d.name!)}">${esc(d.name!)}</a>`)}
${row('职称', d.title!)}
${row('科室', esc(d.department!))}
${row('医院', esc(d.hospital!))}
${gradeShown ? row('医院等级', d.hospital_grade!) : ''}
${dateInBox ? row('回答日期', dayText(rng, page.date!)) : ''}
${printFormat ? row('回答形式', formatWord(rng, page.format)) : ''}</table>`;
    const topic = topicWord(page);
    const linked = (p: string) => {
      const e = esc(p);
      return e.includes(topic) ? e.replace(topic, `<a href="/wiki/${encodeURIComponent(topic)}" title="${topic}">${topic}</a>`) : e;
    };
    const sep = rng.pick(['：', ' - ', ' — ']);
    const items = page.related.map((r) => `<li><a href="/wiki/QA-${numOf(r)}" title="问答:${esc(r.question)}">${esc(r.question)}</a>${sep}${esc(r.snippet)}${datedItems ? `（${r.date}）` : ''}</li>`);
    const sections = ['问题', '医生解答', ...(items.length ? ['相关问题'] : [])];
    const toc = `<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">目录</h2></div><ul>${sections
      .map((s, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${s}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${s}</span></a></li>`)
      .join('')}</ul></div>`;
    const notice = rng.chance(0.3)
      ? `<table class="ambox ambox-content"><tr><td class="mbox-text">本条目<b>需要补充更多来源</b>。请协助添加可靠来源以改善这篇条目。</td></tr></table>`
      : '';
    const lastEdit = shift(page.date!, rng.int(10, 800));
    const content = `<div class="mw-parser-output">${notice}
${infobox}
<p>本问答由医学百科编辑整理，回答医生已认证。</p>
${toc}
${h2('问题', 1)}
<p>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p>
${h2('医生解答', 2)}
${page.paragraphs.map((p) => `<p>${linked(p)}</p>`).join('\n')}
${dateInBox ? '' : `<p><small>${rng.chance(0.5) ? `回答日期：${dayText(rng, page.date!)}` : `（回答于${dayText(rng, page.date!)}）`}</small></p>`}
${items.length ? `${h2('相关问题', 3)}\n<ul>\n${items.join('\n')}\n</ul>` : ''}
</div>`;
    const body = `<div id="mw-page-base"></div>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">${esc(pageTitle)}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">来自医学百科</div><div id="contentSub"></div><div id="jump-to-nav">跳转至：<a href="#mw-head">导航</a>、<a href="#searchInput">搜索</a></div>
<div id="mw-content-text" lang="zh-CN" dir="ltr">${content}</div>
<div class="printfooter">取自“<a dir="ltr" href="https://wiki.yixue-baike.example/index.php?title=${encodeURIComponent(pageTitle)}&amp;oldid=${rng.int(10000, 99999)}">https://wiki.yixue-baike.example/index.php?title=${esc(pageTitle)}&amp;oldid=…</a>”</div>
<div id="catlinks" class="catlinks"><a href="/wiki/Special:页面分类">分类</a>：<ul><li><a href="/wiki/Category:${encodeURIComponent(`${d.department}问答`)}">${esc(d.department!)}问答</a></li><li><a href="/wiki/Category:${encodeURIComponent(topic)}">${esc(topic)}</a></li></ul></div></div></div>
<div id="mw-navigation"><div id="p-navigation"><h3>导航</h3><ul><li><a href="/wiki/首页">首页</a></li><li><a href="/wiki/Special:最近更改">最近更改</a></li><li><a href="/wiki/Special:随机页面">随机页面</a></li></ul></div>
<div id="p-tb"><h3>工具</h3><ul><li><a href="/wiki/Special:链入页面">链入页面</a></li><li><a href="/wiki/Special:特殊页面">特殊页面</a></li><li><a href="?printable=yes">打印版本</a></li><li><a href="?oldid=1">固定链接</a></li></ul></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">此页面最后编辑于${cnDate(lastEdit)} (星期${'日一二三四五六'[new Date(`${lastEdit}T00:00:00Z`).getUTCDay()]}) ${hm(rng)}。</li><li id="footer-info-viewcount">此页面已被访问过${rng.int(100, 99999)}次。</li></ul></div>`;
    const html = documentOf(`${pageTitle} - 医学百科`, page.canonical, '<meta name="generator" content="MediaWiki 1.35.1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(`/wiki/QA-${numOf(page.related[i]!)}`, page.canonical).href })),
      }),
    };
  },
};

// --- F4. waf-challenge (noEntry) ---

/** The noEntry pages' answer key: the truth as usual, nothing related, and why no entry comes out. */

/**
 * F4. What a crawler gets at a question's address when the site's firewall stops it, served with
 * 200: an 阿里云-style slider check (`<title>滑动验证页面</title>`, 请按住滑块，拖动到最右边, 20%); a
 * 加速乐-style page of one script setting a cookie and reloading, no text (15%); a "checking your
 * browser" wait in Chinese (正在验证您是否是真人 … 需要先检查您的连接的安全性, a Ray ID, 20%); a
 * 安全检查中 / 您的访问请求可能对网站造成安全威胁 page with an 事件ID (15%); the site's own 访问过于频繁 page
 * (30%): its header and footer, the question's `<title>` on half, `您正在访问：{question}` on half, a
 * captcha picture, input and 提交 button, and a 热门问答 list of linked questions with snippets.
 */
const wafChallenge: Family = {
  name: 'waf-challenge',
  split: 'fresh-32',
  site: 'www.fanghu-wenda.example',
  render(page, rng): Rendered {
    const kind = rng.weighted([['slider', 20], ['cookie', 15], ['wait', 20], ['shield', 15], ['rate', 30]] as const);
    const id = token(rng, 16);
    let html: string;
    if (kind === 'slider') {
      html = documentOf('滑动验证页面', null, '<meta name="aliyun_waf_aa" content="1">\n', `<div id="nocaptcha" class="nc-container"><div class="nc_scale"><span class="nc-lang-cnt">请按住滑块，拖动到最右边</span><span class="nc_iconfont btn_slide">&gt;&gt;</span></div></div>
<div class="errloading" style="display:none">哎呀，出错了，点击<a href="javascript:__nc.reset()">刷新</a>再来一次</div>
<script>var requestInfo = {"token":"${id}","traceid":"${token(rng, 24)}"};</script>
<script src="//g.alicdn.example/sd/ncpc/nc.js?t=${rng.int(1000, 9999)}"></script>`);
    } else if (kind === 'cookie') {
      const parts = [...`__jsl_clearance_s=${rng.int(1600000000, 1700000000)}.${rng.int(100, 999)}|0|${token(rng, 20)}`].map((ch) => `('${ch}')`).join('+');
      html = `<html><body><script>document.cookie=${parts}+';Max-age=3600;path=/';location.href=location.pathname+location.search</script></body></html>`;
    } else if (kind === 'wait') {
      html = documentOf('请稍候…', null, '<meta name="robots" content="noindex,nofollow">\n', `<div class="main-wrapper"><div class="main-content"><h1 class="zone-name-title">${page.canonical.split('/')[2]}</h1>
<h2 class="h2">正在验证您是否是真人。这可能需要几秒钟时间。</h2>
<div class="core-msg">${page.canonical.split('/')[2]} 需要先检查您的连接的安全性，然后才能继续。</div>
<noscript><div class="h2">请启用 JavaScript 和 Cookie 以继续</div></noscript></div></div>
<div class="footer"><div class="footer-inner">Ray ID: <code>${token(rng, 16)}</code></div><div>性能与安全由 <a href="/">云盾</a> 提供</div></div>`);
    } else if (kind === 'shield') {
      html = documentOf('安全检查中...', null, '', `<div class="box"><img src="/cdn-cgi/shield.png" alt="安全检查"><h3>安全检查中...</h3>
<p>您的访问请求可能对网站造成安全威胁，请求已被拦截。</p><p>如果您是网站管理员，请登录控制台查看拦截日志。</p>
<p>事件ID：${id}</p><p>客户端IP：${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}</p><p>拦截时间：${shift(page.date!, rng.int(100, 900))} ${hm(rng)}</p></div>`);
    } else {
      const hot = page.related
        .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p></li>`)
        .join('\n');
      const title = rng.chance(0.5) ? `${page.question}_防护问答网` : '访问验证_防护问答网';
      html = documentOf(title, null, '', `<div${cls(rng)}><a href="/">防护问答网</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
${wrap(rng, `<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['访问过于频繁，请输入验证码后继续访问', '您的访问频率过高，请完成验证'])}</h2>
${rng.chance(0.5) ? `<p${cls(rng)}>您正在访问：${esc(page.question)}</p>` : ''}
<form action="/verify" method="post"><img src="/captcha.jpg?${token(rng, 8)}" alt="验证码"> <input type="text" name="code" placeholder="请输入验证码"> <button type="submit">提交</button></form>
<p${cls(rng)}>如果您是正常访问，请稍后重试或联系客服。</p></div>`)}
${hot ? `<div${cls(rng)}><h3${cls(rng)}>热门问答</h3><ul${cls(rng)}>${hot}</ul></div>` : ''}
<div${cls(rng)}>© 2024 防护问答网</div>`);
    }
    const why: Record<typeof kind, string> = {
      slider: 'a slider check of the site\'s firewall served with 200: no Q&A on the page',
      cookie: 'a script-only cookie challenge served with 200: no text at all',
      wait: 'a "checking your browser" wait page served with 200: no Q&A on the page',
      shield: 'a firewall\'s block notice served with 200: no Q&A on the page',
      rate: 'the site\'s rate-limit captcha page: the question named at most, no answer, a hot list of other questions',
    };
    return { body: Buffer.from(html, 'utf8'), expected: noEntryKey(page, why[kind]) };
  },
};

// --- F5. lunar-date ---

const LUNAR_DAYS = ['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十'];
const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The Chinese calendar's year name, month and day of an ISO day in China: 癸卯, 三月, 十七 (一月 as 正月, 十二月 as 腊月). */
function lunar(iso: string): { year: string; month: string; day: string } {
  const parts = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }).formatToParts(new Date(`${iso}T12:00:00+08:00`));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const month = part('month').replace(/^一月$/u, '正月').replace(/^十二月$/u, '腊月');
  return { year: part('yearName'), month, day: LUNAR_DAYS[Number(part('day')) - 1]! };
}

const weekday = (iso: string) => WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

/**
 * F5. A portal's Q&A page that prints the Chinese (lunar) calendar beside its days: a header bar on
 * 70% with the day the page was served (`今天是：2024年3月5日 星期二 农历甲辰年正月廿五`, 100–900 days after
 * the answer) and the weather on half; the answer's date line (`回答时间：` on 60%) as `2023年5月6日 星期六
 * 农历三月十七`, `2023-05-06（农历癸卯年三月十七）`, `农历三月十七 · 2023年5月6日` or `2023/05/06 周六 农历三月十七`
 * (a time on 40%), the format word on 40%; an `<h1>` question, a plain card (grade on 60%), the answer,
 * a disclaimer; a related list (dated on half, the lunar day after an item's day on half of those).
 */
const lunarDate: Family = {
  name: 'lunar-date',
  split: 'fresh-32',
  site: 'www.nongli-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const lunarItems = datedItems && rng.chance(0.5);
    const served = shift(page.date!, rng.int(100, 900));
    const today = lunar(served);
    const header = rng.chance(0.7)
      ? `<div${cls(rng)}>今天是：${cnDate(served)} ${weekday(served)} 农历${today.year}年${today.month}${today.day}${rng.chance(0.5) ? ` <span${cls(rng)}>${rng.pick(['北京', '上海', '广州', '成都'])} ${rng.pick(['晴', '多云', '小雨'])} ${rng.int(-5, 32)}℃</span>` : ''}</div>`
      : '';
    const l = lunar(page.date!);
    const time = rng.chance(0.4) ? ` ${page.time}` : '';
    const day = rng.pick([
      `${cnDate(page.date!)}${time} ${weekday(page.date!)} 农历${l.month}${l.day}`,
      `${page.date}${time}（农历${l.year}年${l.month}${l.day}）`,
      `农历${l.month}${l.day} · ${cnDate(page.date!)}${time}`,
      `${page.date!.replace(/-/g, '/')}${time} ${weekday(page.date!).replace('星期', '周')} 农历${l.month}${l.day}`,
    ]);
    const when = `<div${cls(rng)}>${rng.chance(0.6) ? '回答时间：' : ''}${day}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const itemDay = (iso: string) => {
      if (!lunarItems) return iso;
      const li = lunar(iso);
      return `${iso} 农历${li.month}${li.day}`;
    };
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${itemDay(r.date!)}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `${header}
<div${cls(rng)}><a href="/">农历问答网</a> <a href="/jibing/">疾病</a> <a href="/yisheng/">医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${plainCard(rng, page, gradeShown)}\n${when}` : `${when}\n${plainCard(rng, page, gradeShown)}`}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 农历问答网</div>`;
    const html = documentOf(`${page.question}_农历问答网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. document-write ---

/** A JavaScript string literal of `s` in `quote`: `\uXXXX` for every non-ASCII character where `escaped`, `</` as `<\/` where `slash`. */
const jsString = (s: string, quote: string, escaped: boolean, slash: boolean) => {
  let out = s.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
  if (slash) out = out.replace(/<\//g, '<\\/');
  if (escaped) out = [...out].map((ch) => (ch.charCodeAt(0) > 127 ? [...Array(ch.length).keys()].map((k) => `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`).join('') : ch)).join('');
  return `${quote}${out}${quote}`;
};

/**
 * F6. An old CMS's Q&A page that prints some of its parts from inline scripts: the answer's day (and
 * its `回答时间：` label on half) as `document.write(...)` of a literal string, of pieces joined with `+`,
 * or of a string in `\uXXXX` escapes (one style a page, `</` written `<\/` on half); the grade tag after
 * the hospital written by a script on graded pages (60%); the format word (40%) likewise; the related
 * list (dated on half) written by a loop over an array of [address, question, snippet, day] on half
 * the pages, plain markup elsewhere; a `<noscript>请开启JavaScript…</noscript>` beside the date on 40%;
 * a 浏览次数 counter written from Math.random(). `<h1>` question, name, title, department, hospital
 * and answer in plain markup.
 */
const documentWrite: Family = {
  name: 'document-write',
  split: 'fresh-32',
  site: 'www.jiaoben-xieru.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const style = rng.pick(['plain', 'joined', 'escaped'] as const);
    const quote = rng.pick(["'", '"']);
    const slash = rng.chance(0.5);
    const lit = (s: string) => {
      if (style === 'joined' && s.length > 3) {
        const cut = rng.int(1, s.length - 1);
        return `${jsString(s.slice(0, cut), quote, false, slash)}+${jsString(s.slice(cut), quote, false, slash)}`;
      }
      return jsString(s, quote, style === 'escaped', slash);
    };
    const write = (s: string) => `<script${rng.chance(0.3) ? ' type="text/javascript"' : ''}>document.write(${lit(s)});</script>`;
    const grade = gradeShown ? write(`<span class="dj">${d.hospital_grade}</span>`) : '';
    const card = `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${esc(d.hospital!)} ${grade} <span>${esc(d.department!)}</span></p></div>`;
    const label = rng.chance(0.5);
    const day = dayText(rng, page.date!, page.time);
    const when = `<div${cls(rng)}>${label ? write(`回答时间：${day}`) : `回答时间：${write(day)}`}${rng.chance(0.4) ? '<noscript>请开启JavaScript以查看完整内容</noscript>' : ''}${
      printFormat ? ` <span${cls(rng)}>${write(formatWord(rng, page.format))}</span>` : ''
    } <span${cls(rng)}>浏览次数：<script>document.write(Math.floor(Math.random()*1000)+${rng.int(100, 5000)});</script></span></div>`;
    const heads = ['相关问题', '相关问答', '大家还在问'];
    let list = '';
    if (page.related.length) {
      if (rng.chance(0.5)) {
        const head = `<h3${cls(rng)}>${rng.pick(heads)}</h3>`;
        const rows = page.related.map((r) => `[${[r.path, esc(r.question), esc(r.snippet), datedItems ? r.date! : ''].map((s) => lit(s)).join(',')}]`).join(',\n');
        const open = jsString('<li><a href="', quote, false, slash);
        const script = `<script>
var rel=[
${rows}
];
for(var i=0;i<rel.length;i++){document.write(${open}+rel[i][0]+${jsString('">', quote, false, slash)}+rel[i][1]+${jsString('</a><p>', quote, false, slash)}+rel[i][2]+${jsString('</p>', quote, false, slash)}+(rel[i][3]?${jsString('<span>', quote, false, slash)}+rel[i][3]+${jsString('</span>', quote, false, slash)}:${quote}${quote})+${jsString('</li>', quote, false, slash)});}
</script>`;
        list = `<div${cls(rng)}>${head}<ul${cls(rng)}>${script}</ul></div>`;
      } else {
        list = relatedList(rng, page.related, datedItems, heads);
      }
    }
    const body = `<div${cls(rng)}><a href="/">脚本问答网</a> <a href="/ks/">科室</a> <a href="/ask/">提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>Copyright © 2008-2024 脚本问答网</div>`;
    const html = documentOf(`${page.question}_脚本问答网`, page.canonical, '<script type="text/javascript" src="/js/common.js"></script>\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH32_FAMILIES: readonly Family[] = [zhihuHeadline, phoneSummary, mediawikiQa, wafChallenge, lunarDate, documentWrite];
