import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Expected, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cardPlain, cnDate, documentOf, itemNum, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Sixtieth fresh held-out set (split `fresh-60`): written blind on 2026-12-02 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests
 * and without running it on these pages — and committed before its first run. Theme: **general-purpose Q&A
 * and knowledge portals where a certified doctor's answer sits among ordinary users' answers**: 搜狗问问,
 * 360问答, 新浪爱问知识人, a 天涯社区 health board thread (the 2008 table layout or the 2012 atl layout), a
 * 今日头条 answer share page (m.toutiao.com, one answer shared, the others below) and 果壳问答. Each modelled
 * from memory of such pages (no copied markup).
 *
 * The key holds what a careful person reads on the page; a field the page does not print is null (format
 * 'unknown'). Where a careful person could hesitate, the key decides (the README row says the same):
 * - the page's answer is the certified doctor's wherever it stands, under a netizen's 最佳答案 / 满意答案 /
 *   推荐答案 or above it; the others' names, badges, texts, days and counts are none of the entry;
 * - a page where no doctor answered (netizens only; at most 7% of a family's pages) holds no doctor's answer:
 *   no entry (`noEntry`), as fresh-21 keys a question whose doctor's answer is gone;
 * - labels (医疗认证, 专业认证, 语音回答 and its length, 以下为语音转文字：, 本回答由…提供, a quoted post and its
 *   `-----` rule, a forum signature) are no text of the answer;
 * - the date is the doctor's answer's day; a relative time (`3天前`) or a day without its year (`05-06`)
 *   names none;
 * - a column tag before a thread's title (`【求助】`) is none of the question.
 */

type Related = TruthPage['related'][number];


/** Link-only related items (the page lists only their questions): `[]`, as link-items.ts scores them. */
const linkItems = (page: TruthPage, url: (n: number) => string, dated = false): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** Related items with their snippet printed. */
const snippetItems = (page: TruthPage, url: (n: number) => string, dated: boolean): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** A page where only netizens answered: no doctor's answer, so no entry. */
const noDoctor = (page: TruthPage): Expected => ({
  ...expectedOf(page, { related: [] }),
  noEntry: 'only netizens answered: no doctor\'s answer on the page',
});

const NICKS = ['匿名用户', '追风少年2012', '小鱼儿爱吃鱼', '快乐每一天', 'wxhy_88', '蓝色天空下', '用户7f3a2b', '静待花开', '热心网友', '糖糖妈咪', '夜猫子', 'hl19860312'];
const CHATTER = [
  '我也有这种情况，后来去医院查了一下，说没什么大问题，注意休息就好了。',
  '建议去正规医院看看，网上说的都不一定准。',
  '多喝热水，早睡早起，坚持一段时间会好的。',
  '同问，楼主后来怎么样了？',
  '这个要看具体情况，最好还是找医生当面看看。',
  '我妈妈之前也是这样，吃了点中药调理好了，可以试试。',
  '别太担心，放松心情很重要，越焦虑越难受。',
  '百度一下就知道了，网上很多说法的。',
];
const nick = (rng: Rng) => rng.pick(NICKS);
const chatter = (rng: Rng) => rng.pick(CHATTER);
const seconds = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');

// --- F1. sogou-wenwen ---

/**
 * F1. 搜狗问问 (wenwen.sogou.com/z/q{id}.htm): the search box header, `detail-tit` `<h1>`, the asker's
 * 问题补充 and nickname with the day asked; 1–3 netizens' answers (nickname, LV, text, day, 赞 / 评论) and one
 * doctor's answer badged 医疗认证 / 医生认证 / 认证医生 (name, title, `hospital [grade] department` line,
 * grade on 30%; on 35% of voice answers a `语音回答 58"` bar, on half of those `以下为语音转文字：`; on 40% a
 * `本回答由搜狗明医提供` line; its day `2023-05-06`, with the time, or dotted); a 最佳回答 / 提问者采纳 block on
 * top holding a netizen's answer (45%), the doctor's (35%) or none (20%), the rest under 其他回答; 7% of the
 * pages have no doctor's answer (noEntry); 相关问题 in the side column, links with `N个回答`; a 今日热点 box
 * of unrelated links on 40%. Key: the doctor's; format voice where the bar shows, else unknown; items
 * link-only, undated.
 */
const sogouWenwen: Family = {
  name: 'sogou-wenwen',
  split: 'fresh-60',
  site: 'wenwen.sogou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://wenwen.sogou.com/z/q${n}.htm`;
    const hasDoctor = !rng.chance(0.07);
    const gradeShown = rng.chance(0.3);
    const voice = page.format === 'voice' && rng.chance(0.35);
    const best = rng.weighted([['netizen', 45], ['doctor', 35], ['none', 20]] as const);
    const askDay = shift(page.date!, -rng.int(0, 3));
    const netizen = (i: number) =>
      `<div class="replay-section answer_item"><div class="user-info"><img class="user-pic" src="https://img01.sogoucdn.com/app/a/100520093/${token(rng, 12)}" alt=""><a class="user-name" href="/user/${token(rng, 8)}">${esc(nick(rng))}</a><span class="user-lv">LV${rng.int(1, 12)}</span></div><div class="replay-info-txt answer_con"><p>${esc(chatter(rng))}</p></div><div class="replay-info"><span class="time">${shift(page.date!, i + rng.int(0, 5))}</span><a class="btn-zan">赞 ${rng.int(0, 40)}</a><a class="btn-cmt">评论</a></div></div>`;
    const netizens = Array.from({ length: rng.int(1, 3) }, (_, i) => netizen(i));
    const voiceBar = voice
      ? `<div class="voice-bar"><i class="icon-voice"></i><span class="voice-txt">语音回答</span><span class="voice-dur">${rng.int(12, 59)}"</span></div>${rng.chance(0.5) ? '<p class="voice-tip">以下为语音转文字：</p>' : ''}`
      : '';
    const grade = gradeShown ? `<span class="hos-level">${d.hospital_grade}</span>` : '';
    const docDay = rng.pick([page.date!, `${page.date!} ${page.time}`, page.date!.replace(/-/g, '.')]);
    const doctor = `<div class="replay-section answer_item auth-answer"><div class="user-info"><img class="user-pic" src="https://img02.sogoucdn.com/mingyi/doctor/${token(rng, 10)}.jpg" alt=""><a class="user-name" href="/user/${token(rng, 8)}">${esc(d.name!)}</a><span class="auth-tag"><i class="icon-auth"></i>${rng.pick(['医疗认证', '医生认证', '认证医生'])}</span><span class="user-title">${d.title}</span></div>
<p class="user-desc">${esc(d.hospital!)}${grade} ${esc(d.department!)}</p>
${voiceBar}<div class="replay-info-txt answer_con">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${rng.chance(0.4) ? '<p class="source-tip">本回答由搜狗明医提供</p>' : ''}<div class="replay-info"><span class="time">${docDay}</span><a class="btn-zan">赞 ${rng.int(1, 300)}</a><a class="btn-cmt">评论</a><a class="btn-share">分享</a></div></div>`;
    const bestHead = `<div class="best-hd"><i class="icon-best"></i>${rng.pick(['最佳回答', '提问者采纳', '最佳答案'])}</div>`;
    const otherHead = (n: number) => `<h3 class="section-title">${rng.pick(['其他回答', `其他${n}条回答`, '更多回答'])}</h3>`;
    let answers: string;
    if (hasDoctor && best === 'doctor') {
      answers = `<div class="best-answer">${bestHead}${doctor}</div>\n<div class="other-answers">${otherHead(netizens.length)}${netizens.join('\n')}</div>`;
    } else {
      const list = [...netizens];
      const top = best !== 'none' ? list.shift()! : '';
      if (hasDoctor) list.splice(rng.int(0, list.length), 0, doctor);
      answers = top
        ? `<div class="best-answer">${bestHead}${top}</div>\n${list.length ? `<div class="other-answers">${otherHead(list.length)}${list.join('\n')}</div>` : ''}`
        : `<div class="answer-list"><h3 class="section-title">${list.length}条回答</h3>${list.join('\n')}</div>`;
    }
    const side = page.related.length
      ? `<div class="side-box related-question"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a><span class="count">${rng.int(1, 30)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const hot = rng.chance(0.4)
      ? `<div class="side-box hot-box"><h3>今日热点</h3><ul><li><a href="https://wenwen.sogou.com/z/q${rng.int(1e8, 9e8)}.htm">手机充电一晚上会不会爆炸？</a></li><li><a href="https://wenwen.sogou.com/z/q${rng.int(1e8, 9e8)}.htm">高考志愿怎么填比较好？</a></li></ul></div>`
      : '';
    const body = `<div class="header"><a class="logo" href="https://wenwen.sogou.com/">搜狗问问</a><form class="search-form" action="/s/"><input class="search-ipt" name="w" value="${esc(topicWord(page))}"><button type="submit">搜索答案</button></form><a class="btn-ask" href="/question/ask">我要提问</a><a class="login" href="#">登录</a></div>
<div class="wrap">
<div class="main">
<div class="question-main"><h1 id="question_title" class="detail-tit">${esc(page.question)}</h1>${rng.chance(0.6) ? `<div class="question-con">问题补充：${esc(rng.pick(ASKER_LINES))}</div>` : ''}<div class="question-info"><span class="user-name">${esc(nick(rng))}</span><span class="time">${askDay}</span></div></div>
${answers}
<div class="ad-box"><span class="ad-tag">广告</span><a href="https://e.sogou.com/${token(rng, 16)}">${esc(topicWord(page))}反复发作？专家一对一在线解答</a></div>
</div>
<div class="side">${side}${hot}</div>
</div>
<div class="footer"><p>免责声明：本页面所展示内容均来自网友回答，仅供参考，不代表搜狗立场。</p><p>&copy; 2024 SOGOU.COM 京ICP证050897号</p></div>`;
    const html = documentOf(`${page.question}_搜狗问问`, urlOf(page.item.num), '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: hasDoctor
        ? expectedOf(page, { doctor: cardPlain(page, gradeShown), format: voice ? 'voice' : 'unknown', related: linkItems(page, urlOf) })
        : noDoctor(page),
    };
  },
};

// --- F2. so360-wenda ---

/**
 * F2. 360问答 (wenda.so.com/q/{id}): header with 搜索答案 / 我要提问 / 登录, crumbs 360问答 > 健康 > 疾病,
 * `js-ask-title` `<h2>` (no `<h1>` on the page), the asker's 问题补充 on half, nickname, day, 浏览 count; the
 * doctor's answer (name, a 专业认证 / 认证医生 / 医生认证 tag, a line `title｜hospital｜department` or
 * `hospital department title`, grade tagged on 35%; `resolved-cnt` text; `2023-05-06`, with the time, or
 * `回答于 2023-05-06`; 有用(N) / 无用 / 评论(N)) is the 推荐答案 / 最佳答案 / 提问者采纳 on 55%; on 30% a
 * netizen's is and the doctor's stands among 其他回答(N); on 15% nothing is marked; 相关问题 either as links
 * with `N个回答` in the side column (half) or below the answers with a snippet and `N个回答`; a 推广链接 box.
 * Key: the doctor's; format unknown; items link-only or with their snippet, undated.
 */
const so360Wenda: Family = {
  name: 'so360-wenda',
  split: 'fresh-60',
  site: 'wenda.so.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://wenda.so.com/q/${1_460_000_000 + n}`;
    const gradeShown = rng.chance(0.35);
    const mark = rng.weighted([['doctor', 55], ['netizen', 30], ['none', 15]] as const);
    const sideLinks = rng.chance(0.5);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `<em class="hos-level">${d.hospital_grade}</em>` : ''}`;
    const authLine = rng.chance(0.5) ? `${d.title}｜${hosp}｜${esc(d.department!)}` : `${hosp} ${esc(d.department!)} ${d.title}`;
    const docDay = rng.pick([page.date!, `${page.date!} ${page.time}`, `回答于 ${page.date!}`]);
    const doctor = `<div class="answer-item auth-pro"><div class="answer-user"><img src="https://p1.ssl.qhimg.com/t01${token(rng, 14)}.png" alt=""><a class="name" href="/u/${token(rng, 8)}">${esc(d.name!)}</a><span class="auth-pro-tag">${rng.pick(['专业认证', '认证医生', '医生认证'])}</span></div><div class="auth-info">${authLine}</div><div class="resolved-cnt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="answer-ft"><span class="time">${docDay}</span><a class="useful">有用(${rng.int(0, 200)})</a><a class="useless">无用</a><a class="comment">评论(${rng.int(0, 20)})</a></div></div>`;
    const netizen = () =>
      `<div class="answer-item"><div class="answer-user"><img src="https://p0.ssl.qhimg.com/t01${token(rng, 14)}.png" alt=""><a class="name" href="/u/${token(rng, 8)}">${esc(nick(rng))}</a><span class="grade">${rng.pick(['初入江湖', '小有名气', '知识达人', '学者'])}</span></div><div class="resolved-cnt"><p>${esc(chatter(rng))}</p></div><div class="answer-ft"><span class="time">${shift(page.date!, rng.int(0, 9))}</span><a class="useful">有用(${rng.int(0, 30)})</a><a class="comment">评论(0)</a></div></div>`;
    const netizens = Array.from({ length: rng.int(1, 3) }, netizen);
    const recHead = `<div class="hd"><span class="tag-rec">${rng.pick(['推荐答案', '最佳答案', '提问者采纳'])}</span></div>`;
    const others = (list: string[]) => (list.length ? `<div class="mod-other-answer"><h3>其他回答<span>(${list.length})</span></h3>${list.join('\n')}</div>` : '');
    let answers: string;
    if (mark === 'doctor') answers = `<div class="mod-best">${recHead}${doctor}</div>\n${others(netizens)}`;
    else {
      const list = [...netizens];
      const top = mark === 'netizen' ? list.shift()! : '';
      list.splice(rng.int(0, list.length), 0, doctor);
      answers = top ? `<div class="mod-best">${recHead}${top}</div>\n${others(list)}` : `<div class="mod-answer-list"><h3>${list.length}个回答</h3>${list.join('\n')}</div>`;
    }
    const count = () => `<span class="rel-num">${rng.int(1, 20)}个回答</span>`;
    const related = page.related.length
      ? sideLinks
        ? `<div class="side-related"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a>${count()}</li>`).join('\n')}</ul></div>`
        : `<div class="mod-related"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a><p class="rel-ans">${esc(r.snippet)}</p>${count()}</li>`).join('\n')}</ul></div>`
      : '';
    const ad = `<div class="side-ad"><h4>推广链接</h4><a href="https://e.so.com/search/eclk?p=${token(rng, 20)}">${esc(topicWord(page))}的治疗方法_三甲专家在线咨询</a></div>`;
    const body = `<div id="header" class="header"><a class="logo" href="https://wenda.so.com/">360问答</a><form class="search-form" action="/search/"><input name="q" value="${esc(topicWord(page))}"><button>搜索答案</button></form><a class="btn-ask" href="/submit/">我要提问</a><a class="login" href="#">登录</a> <a href="#">注册</a></div>
<div class="crumb"><a href="https://wenda.so.com/">360问答</a> &gt; <a href="/c/5">健康</a> &gt; <a href="/c/5/51">疾病</a></div>
<div class="grid"><div class="main">
<div class="mod-q"><h2 class="title js-ask-title">${esc(page.question)}</h2>${rng.chance(0.5) ? `<div class="q-cnt">${esc(rng.pick(ASKER_LINES))}</div>` : ''}<div class="ask-author"><span class="ask-name">${esc(nick(rng))}</span> <span class="ask-time">${shift(page.date!, -rng.int(0, 2))}</span> <span class="ask-view">${rng.int(20, 9000)}次浏览</span></div></div>
${answers}
${sideLinks ? '' : related}
</div>
<div class="side">${sideLinks ? related : ''}${ad}</div></div>
<div class="footer"><p>360问答内容来自网友，仅供参考，不构成任何诊疗建议</p><p>&copy; 2024 360.CN 京ICP证080047号</p></div>`;
    const html = documentOf(`${page.question}_360问答`, urlOf(page.item.num), '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: sideLinks ? linkItems(page, urlOf) : snippetItems(page, urlOf, false),
      }),
    };
  },
};

// --- F3. iask-aiwen ---

/**
 * F3. 新浪爱问知识人 (iask.sina.com.cn/b/{id}.html), GBK on 40%: sina's top bar (新浪首页, 爱问共享资料, 爱问医生,
 * 登录 / 注册), crumbs 爱问知识人 > 医疗健康, the `<h1>`, the asker's words, nickname, day, 浏览 N 次; the doctor's
 * answer in an 爱问医生 block (`爱问医生专业解答` / `爱问医生` / `医生回答`: name, title, `hospital（grade）
 * department` with the grade on 40%, the text, a `2023-05-06 14:22:33` or `2023.05.06` day, the 爱问医生提示
 * disclaimer on half) set on top (40%) or after a netizen's 满意答案 (40%); or the 满意答案 is the doctor's,
 * marked 认证医生 (20%); 其他答案 of 0–2 netizens; 相关问题 items (link, snippet after `答：` on half the
 * pages, the day). Key: the doctor's; the snippet without `答：`; items dated; format unknown.
 */
const iaskAiwen: Family = {
  name: 'iask-aiwen',
  split: 'fresh-60',
  site: 'iask.sina.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://iask.sina.com.cn/b/${n.toString(36)}.html`;
    const encoding = rng.chance(0.4) ? 'gbk-meta' : 'utf-8';
    const gradeShown = rng.chance(0.4);
    const place = rng.weighted([['top', 40], ['afterBest', 40], ['isBest', 20]] as const);
    const ansLabel = rng.chance(0.5);
    const docDay = rng.chance(0.6) ? `${page.date!} ${page.time}:${seconds(rng)}` : page.date!.replace(/-/g, '.');
    const docCard = `<div class="doc-info"><img src="https://n.sinaimg.cn/iask/doctor/${token(rng, 10)}.jpg" alt=""><div class="doc-r"><p class="doc-name">${esc(d.name!)} <span class="doc-title">${d.title}</span></p><p class="doc-hos">${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</p></div></div>`;
    const docText = `<div class="answer-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const tip = rng.chance(0.5) ? '<p class="doc-tip">爱问医生提示：以上解答仅供参考，不能作为诊断及治疗的依据。</p>' : '';
    const netizen = (head = '') =>
      `<div class="${head ? 'good-answer' : 'other-item'}">${head}<div class="answer-user"><a href="/u/${rng.int(1e6, 9e6)}">${esc(nick(rng))}</a> <span class="lv">LV${rng.int(1, 10)}</span> <span class="time">${shift(page.date!, rng.int(-1, 6))}</span></div><div class="answer-text"><p>${esc(chatter(rng))}</p></div><div class="answer-ft"><a>赞(${rng.int(0, 50)})</a> <a>评论</a> <a>举报</a></div></div>`;
    const bestHead = '<div class="ga-hd">满意答案</div>';
    const doctorBlock = `<div class="aiwen-doctor"><div class="ad-hd">${rng.pick(['爱问医生专业解答', '爱问医生', '医生回答'])}</div>${docCard}${docText}<div class="answer-time">${docDay}</div>${tip}</div>`;
    const doctorBest = `<div class="good-answer">${bestHead}<div class="answer-user">${docCard}<span class="auth">认证医生</span></div>${docText}<div class="answer-time">${docDay}</div>${tip}</div>`;
    const rest = Array.from({ length: rng.int(0, 2) }, () => netizen());
    const others = rest.length ? `<div class="other-answers"><h3>其他答案</h3>${rest.join('\n')}</div>` : '';
    const answers =
      place === 'top' ? `${doctorBlock}\n${netizen(bestHead)}\n${others}`
      : place === 'afterBest' ? `${netizen(bestHead)}\n${doctorBlock}\n${others}`
      : `${doctorBest}\n${others}`;
    const related = page.related.length
      ? `<div class="related-list"><h3>${rng.pick(['相关问题', '相关知识', '类似问题'])}</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a><p>${ansLabel ? '答：' : ''}${esc(r.snippet)}</p><span class="date">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="iask-top"><a href="https://www.sina.com.cn/">新浪首页</a> <a href="https://iask.sina.com.cn/">爱问知识人</a> <a href="https://ishare.iask.sina.com.cn/">爱问共享资料</a> <a href="https://iask.sina.com.cn/yisheng/">爱问医生</a> | <a class="login" href="#">登录</a> <a href="#">注册</a></div>
<div class="header"><a class="logo" href="https://iask.sina.com.cn/">爱问知识人</a><input class="search-input" value="${esc(topicWord(page))}"><a class="btn-search">搜索答案</a><a class="btn-ask">我要提问</a></div>
<div class="nav-path"><a href="https://iask.sina.com.cn/">爱问知识人</a> &gt; <a href="/c/74.html">医疗健康</a></div>
<div class="question-box"><div class="question-title"><h1>${esc(page.question)}</h1></div><p class="question-desc">${esc(rng.pick(ASKER_LINES))}</p><div class="ask-info"><span>${esc(nick(rng))}</span> <span>${shift(page.date!, -rng.int(0, 3))}</span> <span>浏览 ${rng.int(30, 20000)} 次</span></div></div>
${answers}
${related}
<div class="footer"><p>新浪公司 版权所有 Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p></div>`;
    const html = documentOf(`${page.question}_爱问知识人`, urlOf(page.item.num), '', body, charsetMeta(encoding));
    return {
      body: encode(html, encoding),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'unknown', related: snippetItems(page, urlOf, true) }),
    };
  },
};

// --- F4. tianya-health-board ---

/**
 * F4. 天涯社区 健康 board thread (bbs.tianya.cn/post-health-{id}-1.shtml): half in the 2008 layout (GBK, tables,
 * `<font>` author lines `作者：nick 回复日期：2023-5-6 14:22:00`, replies as bare `<br>` text after them, no
 * canonical), half in the 2012 atl layout (UTF-8, `atl-item` divs, `时间：2023-05-06 14:22:33`, N楼, 举报 /
 * 回复); the title `<h1>` (after `【求助】` / `[健康咨询]` on 30%), the 楼主's post (the asker's words); 1–4
 * netizens' replies (沙发, 同问, chatter) and one doctor's (the ID `{name}`, `{name}医生` or `{name}大夫`, a
 * `[认证医生]` tag; on 40% a Tianya quote of the 楼主 `@nick 2023-05-05 09:10:11` / quoted line / `-----`
 * rule first; the answer's lines, `　　` indented; a signature `——{name}　{hospital}[（grade）] {department}
 * {title}` on 25% with the grade); the 楼主's thanks on half; 6% without a doctor's reply (noEntry);
 * 相关帖子 links (the old layout prints their day). Key: the doctor's reply without the quote and the
 * signature; card from the signature; date the reply's day; format unknown; items link-only.
 */
const tianyaHealthBoard: Family = {
  name: 'tianya-health-board',
  split: 'fresh-60',
  site: 'bbs.tianya.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `http://bbs.tianya.cn/post-health-${n}-1.shtml`;
    const old = rng.chance(0.5);
    const hasDoctor = !rng.chance(0.06);
    const gradeShown = rng.chance(0.25);
    const host = nick(rng);
    // Replies stand in the order they were posted: the question, then the replies up to the doctor's, then the rest.
    const askDay = shift(page.date!, -rng.int(0, 2));
    const askTime = `${String(askDay === page.date ? rng.int(0, Number(page.time.slice(0, 2)) - 1) : rng.int(7, 22)).padStart(2, '0')}:${seconds(rng)}:${seconds(rng)}`;
    const at = (iso: string, time: string) => Date.parse(`${iso}T${time}+08:00`);
    const asked = at(askDay, askTime);
    const answered = at(page.date!, `${page.time}:${seconds(rng)}`);
    const when = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 19).split('T') as [string, string];
    const stamp = (iso: string, time: string) => (old ? `${iso.split('-').map(Number).join('-')} ${time}` : `${iso} ${time}`);
    const tag = rng.chance(0.3) ? rng.pick(['【求助】', '[健康咨询]']) : '';
    const askerLine = rng.pick(ASKER_LINES);
    const id = d.name! + rng.pick(['', '医生', '大夫']);
    const quote = rng.chance(0.4) ? `@${esc(host)} ${stamp(askDay, askTime)}<br>${esc(askerLine)}<br>-----------------------------<br>` : '';
    const signature = `<br><br>——${esc(d.name!)}　${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)} ${d.title}`;
    const doctorText = `${quote}${page.paragraphs.map((p) => `　　${esc(p)}`).join('<br>')}${signature}`;
    type Reply = { who: string; vip: boolean; html: string };
    const replies: Reply[] = Array.from({ length: rng.int(1, 4) }, () => ({ who: nick(rng), vip: false, html: `　　${esc(rng.pick(['沙发', '顶一下', '同问', chatter(rng)]))}` }));
    let doctorAt = -1;
    if (hasDoctor) {
      doctorAt = rng.chance(0.4) ? 0 : rng.int(1, replies.length);
      replies.splice(doctorAt, 0, { who: id, vip: true, html: doctorText });
      if (rng.chance(0.5)) replies.splice(doctorAt + 1, 0, { who: host, vip: false, html: `　　谢谢${esc(d.name!.slice(0, 1))}医生！` });
    }
    const before = replies.slice(0, Math.max(doctorAt, 0)).map(() => asked + rng.int(60, Math.max(61, Math.floor((answered - asked) / 1000) - 60)) * 1000).sort((a, b) => a - b);
    const after = replies.slice(doctorAt + 1).map(() => (hasDoctor ? answered : asked) + rng.int(60, 3 * 86_400) * 1000).sort((a, b) => a - b);
    const times = [...before, ...(hasDoctor ? [answered] : []), ...after];
    const dated = replies.map((r, i) => {
      const [day, time] = when(times[i]!);
      return { ...r, day, time };
    });
    const vipTag = '<span class="vip-tag">[认证医生]</span>';
    let body: string;
    if (old) {
      const replyHtml = dated.map((r) => `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center"><font color="#000066">作者：<a href="http://www.tianya.cn/browse/Listwriter.asp?vwriter=${encodeURIComponent(r.who)}" target="_blank">${esc(r.who)}</a>${r.vip ? vipTag : ''} 回复日期：${stamp(r.day, r.time)}</font></td></tr></table>\n<div class="post">${r.html}</div>`).join('\n');
      const rel = page.related.length
        ? `<table width="100%" class="related"><tr><td colspan="2"><b>相关帖子</b></td></tr>${page.related.map((r) => `<tr><td>·<a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a></td><td align="right">${r.date}</td></tr>`).join('\n')}</table>`
        : '';
      body = `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top"><tr><td><a href="http://www.tianya.cn/">天涯社区</a> &gt; <a href="http://bbs.tianya.cn/list-health-1.shtml">健康</a> &gt; 医疗咨询</td><td align="right"><a href="#">登录</a> | <a href="#">注册</a></td></tr></table>
<div id="adsp_content_banner_1"><iframe src="http://dol.tianya.cn/s?z=tianya&amp;c=${rng.int(100, 999)}" width="950" height="90" frameborder="0" scrolling="no"></iframe></div>
<table width="100%" border="0"><tr><td><h1>${tag}${esc(page.question)}</h1></td></tr></table>
<table id="firstAuthor" width="100%"><tr><td align="center"><font color="#0000FF">作者：<a href="http://www.tianya.cn/browse/Listwriter.asp?vwriter=${encodeURIComponent(host)}" target="_blank">${esc(host)}</a> 提交日期：${stamp(askDay, askTime)}</font></td><td align="right">访问：${rng.int(100, 9000)} 回复：${replies.length}</td></tr></table>
<div id="pContentDiv"><div class="post">　　${esc(askerLine)}<br>　　求懂的朋友或者医生帮忙看看，谢谢！</div>
${replyHtml}
</div>
${rel}
<table width="100%"><tr><td align="center"><font size="2">天涯社区 &copy;1999-2013 Tianya.cn 网友发言仅代表个人观点</font></td></tr></table>`;
    } else {
      const replyHtml = dated.map((r, i) => `<div class="atl-item" _host="${esc(r.who)}" js_restime="${r.day} ${r.time}"><div class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="http://www.tianya.cn/${rng.int(1e7, 9e7)}" uname="${esc(r.who)}">${esc(r.who)}</a>${r.vip ? vipTag : ''}</span> <span>时间：${r.day} ${r.time}</span></div></div><div class="atl-content"><div class="atl-con-bd"><div class="bbs-content">${r.html}</div></div><div class="atl-reply"><span>${i + 1}楼</span> <a>举报</a> | <a>回复</a> | <a>评论</a></div></div></div>`).join('\n');
      const rel = page.related.length
        ? `<div class="related-box"><h3>相关帖子</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
        : '';
      body = `<div id="header"><a class="logo" href="http://www.tianya.cn/">天涯社区</a> <a href="http://bbs.tianya.cn/">论坛</a> <a href="http://blog.tianya.cn/">博客</a> <a class="login" href="#">登录</a> <a href="#">注册</a></div>
<div id="doc"><div class="atl-head"><div class="atl-location"><p class="crumbs"><a href="http://www.tianya.cn/">天涯社区</a> &gt; <a href="http://bbs.tianya.cn/list-health-1.shtml">健康</a> &gt; <em>医疗保健</em></p></div>
<h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">${tag}${esc(page.question)}</span></span></h1>
<div class="atl-menu"><div class="atl-info"><span>楼主：<a class="js-vip-check" uname="${esc(host)}">${esc(host)}</a></span> <span>时间：${askDay} ${askTime}</span> <span>点击：${rng.int(100, 9000)}</span> <span>回复：${replies.length}</span></div></div></div>
<div class="atl-main"><div class="atl-item host-item"><div class="atl-content"><div class="atl-con-bd"><div class="bbs-content">　　${esc(askerLine)}<br>　　求懂的朋友或者医生帮忙看看，谢谢！</div></div></div></div>
${replyHtml}
</div>
<div class="atl-pages"><a class="cur">1</a></div>
${rel}
</div>
<div id="footer">天涯社区 &copy;1999-2015 海南天涯社区网络科技股份有限公司</div>`;
    }
    const encoding = old ? 'gbk-meta' : 'utf-8';
    const html = documentOf(`${tag}${page.question}_天涯社区_健康`, old ? null : urlOf(page.item.num), '', body, charsetMeta(encoding));
    return {
      body: encode(html, encoding),
      expected: hasDoctor
        ? expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'unknown', related: linkItems(page, urlOf, old) })
        : noDoctor(page),
    };
  },
};

// --- F5. toutiao-answer-share ---

/**
 * F5. 今日头条 answer share page (m.toutiao.com/w/{id}/, the H5 an app user shares): the 打开App banner, the
 * question as a link (in an `<h1>` on 60%) with `N个回答`; the shared answer: the doctor's (70%) or a
 * netizen's (then the doctor's stands in the 更多回答 feed, its whole text in the markup under a line-clamp
 * with 全文); each author has a verification line (the doctor's `hospital department title`, `title |
 * hospital department` or `认证：{hospital}{department}{title}` with a 头条认证 V; others `健康领域创作者` or
 * none); on 70% of video answers a 西瓜视频 player above the text; days `2023-05-06 14:22` (70%), `05-06 14:22`
 * (15%) or `N天前` (15%); 赞 / 评论 / 分享, 1–3 comments; 相关推荐 cards (question, one line of an answer,
 * `N个回答`). Key: the doctor's; date null where relative or yearless; format video where the player
 * shows, else unknown; items with their snippet, undated.
 */
const toutiaoAnswerShare: Family = {
  name: 'toutiao-answer-share',
  split: 'fresh-60',
  site: 'm.toutiao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://m.toutiao.com/w/${7_100_000_000_000 + n}/`;
    const doctorShared = rng.chance(0.7);
    const video = page.format === 'video' && rng.chance(0.7);
    const dayForm = rng.weighted([['full', 70], ['yearless', 15], ['relative', 15]] as const);
    const docDay = dayForm === 'full' ? `${page.date!} ${page.time}` : dayForm === 'yearless' ? `${page.date!.slice(5)} ${page.time}` : `${rng.int(1, 6)}天前`;
    const verify = rng.weighted([['spaced', 50], ['titleFirst', 30], ['glued', 20]] as const);
    const line = verify === 'spaced' ? `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}` : verify === 'titleFirst' ? `${d.title} | ${esc(d.hospital!)} ${esc(d.department!)}` : `认证：${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const player = video
      ? `<div class="xg-video-container"><video poster="https://p3-sign.toutiaoimg.com/tos-cn-i/${token(rng, 20)}~tplv-noop.jpeg" src="https://v3-default.ixigua.com/${token(rng, 24)}/video.mp4" controls></video><span class="video-duration">0${rng.int(1, 6)}:${seconds(rng)}</span></div>`
      : '';
    const author = (name: string, v: string, doc: boolean) =>
      `<div class="author-info"><img class="avatar" src="https://p26.toutiaoimg.com/img/user-avatar/${token(rng, 16)}~120x256.image" alt=""><div class="author-r"><span class="name">${esc(name)}</span>${doc ? '<i class="verify-icon" title="头条认证"></i>' : ''}<p class="verify-info">${v}</p></div><button class="follow">关注</button></div>`;
    const acts = () => `<div class="action-bar"><span class="digg">赞 ${rng.int(1, 3000)}</span><span class="comment">评论 ${rng.int(0, 200)}</span><span class="share">分享</span></div>`;
    const netizen = (clamped: boolean) =>
      `<div class="${clamped ? 'feed-answer' : 'answer-detail'}">${author(nick(rng), rng.chance(0.5) ? '健康领域创作者' : '', false)}<div class="${clamped ? 'content line-clamp-3' : 'answer-content'}"><p>${esc(chatter(rng))}</p></div>${clamped ? '<span class="expand">全文</span>' : ''}<div class="publish-time">${shift(page.date!, rng.int(0, 9))} ${page.time}</div>${acts()}</div>`;
    const doctor = (clamped: boolean) =>
      `<div class="${clamped ? 'feed-answer' : 'answer-detail'}">${author(d.name!, line, true)}${player}<div class="${clamped ? 'content line-clamp-3' : 'answer-content'}"><article>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></div>${clamped ? '<span class="expand">全文</span>' : ''}<div class="publish-time">${docDay}</div>${acts()}</div>`;
    const feed = Array.from({ length: rng.int(1, 3) }, () => netizen(true));
    if (!doctorShared) feed.splice(rng.int(0, feed.length), 0, doctor(true));
    const shared = doctorShared ? doctor(false) : netizen(false);
    const comments = Array.from({ length: rng.int(1, 3) }, () => `<li class="comment-item"><span class="c-name">${esc(nick(rng))}</span><p class="c-text">${esc(rng.pick(['说得很专业，收藏了', '谢谢医生', '我也是这样，学习了', '有用']))}</p><span class="c-time">${shift(page.date!, rng.int(1, 5)).slice(5)}</span><a class="c-reply">回复</a></li>`).join('');
    const qId = 6_900_000_000_000 + page.item.num;
    const qTitle = `<a href="https://m.toutiao.com/question/${qId}/">${esc(page.question)}</a>`;
    const related = page.related.length
      ? `<div class="related"><div class="related-hd">相关推荐</div>${page.related.map((r) => `<a class="related-card" href="${urlOf(itemNum(r))}"><h3 class="r-title">${esc(r.question)}</h3><p class="abstract">${esc(r.snippet)}</p><span class="r-meta">${rng.int(1, 90)}个回答</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="top-banner"><img src="https://sf1-cdn-tos.toutiaostatic.com/obj/toutiao-logo.png" alt="今日头条"><span>打开App，看更多精彩回答</span><a class="open-app" href="snssdk143://">打开</a></div>
<div class="question-card">${rng.chance(0.6) ? `<h1 class="question-title">${qTitle}</h1>` : `<div class="question-title">${qTitle}</div>`}<span class="answer-count">${feed.length + 1}个回答</span></div>
${shared}
<div class="comment-section"><div class="c-hd">评论</div><ul>${comments}</ul><a class="more-comment">打开App查看全部评论</a></div>
<div class="more-answers"><div class="ma-hd">更多回答</div>${feed.join('\n')}<a class="open-more">打开App查看全部回答</a></div>
${related}
<div class="footer-banner"><a href="snssdk143://">打开今日头条，查看更多</a></div>`;
    const html = documentOf(`${page.question} - 今日头条`, urlOf(page.item.num), '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        date: dayForm === 'full' ? page.date : null,
        format: video ? 'video' : 'unknown',
        related: snippetItems(page, urlOf, false),
      }),
    };
  },
};

// --- F6. guokr-ask ---

/**
 * F6. 果壳问答 (www.guokr.com/question/{id}/): the gheader nav (科学人, 小组, 问答, 登录 / 注册), topic tags,
 * `<h1 id="questionTitle">`, the asker's 问题描述 on half, `N人关注 · N个回答`; answers as `<li class="answer">`:
 * avatar, nickname, a 果壳认证 line, `answerTxt` paragraphs, the day (`2023-05-06 14:22` 70%, `2023年5月6日`
 * 20%, `5月6日` 10%), 支持 N / 反对, 评论(N), 分享到; the doctor's nickname the name (50%), `{name}医生` (30%),
 * or a handle with the name in the 认证 line (20%); the 认证 line `果壳认证：{hospital}{department}{title}`
 * (or `{hospital} {department} {title}` without the label, or `{name}，{hospital}{department}{title}` where
 * the nickname is a handle); netizens with `果壳达人：…` or nothing; the doctor's first on 50%; 相似问题 in the
 * side column (links, `N个回答`) and a 科学人 box of articles. Key: the doctor's; name from the nickname
 * (less 医生) or the 认证 line; date null for `5月6日`; format unknown; items link-only, undated.
 */
const guokrAsk: Family = {
  name: 'guokr-ask',
  split: 'fresh-60',
  site: 'www.guokr.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.guokr.com/question/${n}/`;
    const nickForm = rng.weighted([['name', 50], ['doctor', 30], ['handle', 20]] as const);
    const dayForm = rng.weighted([['full', 70], ['cn', 20], ['yearless', 10]] as const);
    const docDay = dayForm === 'full' ? `${page.date!} ${page.time}` : dayForm === 'cn' ? cnDate(page.date!) : cnDate(page.date!).replace(/^\d+年/u, '');
    const unit = `${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const docNick = nickForm === 'name' ? d.name! : nickForm === 'doctor' ? `${d.name!}医生` : rng.pick(['心安大夫', '白大褂的日常', 'doctorX', '杏林小记']);
    const cert = nickForm === 'handle' ? `果壳认证：${esc(d.name!)}，${unit}` : rng.chance(0.6) ? `果壳认证：${unit}` : `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}`;
    const answer = (name: string, badge: string, text: string, day: string) =>
      `<li class="answer gclear"><div class="answer-usr"><a class="answer-usr-avatar" href="/i/${rng.int(1e9, 9e9)}/"><img src="https://3-im.guokr.com/${token(rng, 24)}.jpg?imageView2/1/w/48/h/48" alt=""></a><a class="answer-usr-name" href="/i/${rng.int(1e9, 9e9)}/">${esc(name)}</a>${badge ? `<p class="answer-usr-title">${badge}</p>` : ''}</div><div class="answer-txt answerTxt gbbcode-content">${text}</div><div class="answer-info"><span class="answer-date">${day}</span><a class="answer-support">支持 ${rng.int(0, 500)}</a><a class="answer-oppose">反对</a><a class="answer-cmt">评论(${rng.int(0, 40)})</a><span class="answer-share">分享到 <a>微博</a> <a>豆瓣</a></span></div></li>`;
    const doctor = answer(docNick, cert, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), docDay);
    const list = Array.from({ length: rng.int(1, 3) }, () =>
      answer(nick(rng), rng.chance(0.4) ? `果壳达人：${rng.pick(['心理学', '生物学', '营养学'])}爱好者` : '', `<p>${esc(chatter(rng))}</p>`, `${shift(page.date!, rng.int(0, 12))} ${page.time}`),
    );
    list.splice(rng.chance(0.5) ? 0 : rng.int(1, list.length), 0, doctor);
    const side = page.related.length
      ? `<div class="side-similar"><h3>相似问题</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a><span>${rng.int(1, 40)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="gheader"><a class="gheader-logo" href="https://www.guokr.com/">果壳</a><a href="/scientific/">科学人</a><a href="/group/">小组</a><a href="/ask/">问答</a><span class="gheader-usr"><a href="#">登录</a> / <a href="#">注册</a></span></div>
<div class="container gclear"><div class="main">
<div class="ask-tags"><a href="/ask/tag/${token(rng, 4)}/">${esc(topicWord(page))}</a><a href="/ask/tag/health/">健康</a></div>
<h1 id="questionTitle">${esc(page.question)}</h1>
${rng.chance(0.5) ? `<div id="questionDesc" class="question-digest">${esc(rng.pick(ASKER_LINES))}</div>` : ''}
<div class="ask-follow">${rng.int(3, 800)}人关注 · ${list.length}个回答</div>
<ul class="answers">${list.join('\n')}</ul>
<div class="answer-form"><p>登录后才能回答问题，<a href="#">登录</a>或<a href="#">注册</a></p></div>
</div>
<div class="side">${side}<div class="side-sci"><h3>科学人</h3><ul><li><a href="/article/${rng.int(4e5, 5e5)}/">睡不着？也许是你的生物钟在捣乱</a></li></ul></div></div></div>
<div class="gfooter">&copy; 2024 guokr.com 京ICP证100430号 果壳网</div>`;
    const html = documentOf(`${page.question} | 果壳 科技有意思`, urlOf(page.item.num), '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        date: dayForm === 'yearless' ? null : page.date,
        format: 'unknown',
        related: linkItems(page, urlOf),
      }),
    };
  },
};

export const FRESH60_FAMILIES: readonly Family[] = [sogouWenwen, so360Wenda, iaskAiwen, tianyaHealthBoard, toutiaoAnswerShare, guokrAsk];
