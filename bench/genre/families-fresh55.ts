import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { quotedPrintable } from './families-fresh28.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, ENGLISH_MONTHS, FEW_TITLES, formatWord, itemNum, otherName, shift, token, topicWord, two, withHeads } from './ordinary-parts.js';
import { dateText, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifty-fifth fresh held-out set (split `fresh-55`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or
 * its tests and without running it on these pages — and committed before its first run. Theme: **the
 * genre on content platforms, and in the files people save.** Three families are a doctor's answer on a
 * content platform (抖音's video page with its 文字版, 夸克健康's answer beside the platform's own AI
 * summary, 微信搜一搜's 问一问 with a certified doctor among other answerers); three are files people keep
 * of a page of the genre (Chrome's MHTML, an archive.today snapshot, a crawler's WARC record).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does not
 * print is null (format 'unknown'). Where the key could hesitate it decides (the README row says the same):
 * - douyin-video: the question is the video's title without its #话题 tags; the 文字版 is the answer; the
 *   nickname gives the name (without 医生 / 大夫 and a department before it), the 认证 line the rest;
 *   the format is video; a relative 发布时间 (`3天前`) names no day; the page names no address of its own
 *   (no canonical, no og:url), so an item's link is keyed as written (`/video/{id}`), as webform-fields' are.
 * - quark-health: the platform's AI summary is none of the answer, its 内容来源 none of the card.
 * - wechat-wenyiwen: the answer of the one certified doctor is the page's, wherever it stands.
 * - chrome-mhtml, archive-today, warc-record: the key is the saved page's own Q&A; the wrapper's headers,
 *   bar, capture days and resources are none of it; an item's address is the original one.
 */

type Related = TruthPage['related'][number];

const count = (rng: Rng) => rng.int(3, 980);
const sexOf = (rng: Rng) => rng.pick(['男', '女']);
const ageOf = (rng: Rng) => rng.int(2, 72);
/** A count as platforms print large ones: 356, 1.2万. */
const bigCount = (rng: Rng) => (rng.chance(0.5) ? String(rng.int(12, 9999)) : `${rng.int(1, 99)}.${rng.int(1, 9)}万`);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick([...ALNUM])).join('');
/** A hashed class name as bundlers emit them: `Nu66P_ba`. */
const hashed = (rng: Rng) => alnum(rng, rng.int(6, 8)).replace(/^[0-9]/u, 'x');
const uuid = (rng: Rng) => `${token(rng, 8)}-${token(rng, 4)}-4${token(rng, 3)}-a${token(rng, 3)}-${token(rng, 12)}`;
const clockSecs = (rng: Rng) => `${two(rng.int(0, 23))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}`;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** An RFC 822 day as mail and HTTP headers print it: `Sat, 06 May 2023 14:22:31 GMT`. */
const httpDate = (iso: string, time: string, zone = 'GMT') =>
  `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}, ${iso.slice(8, 10)} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]!.slice(0, 3)} ${iso.slice(0, 4)} ${time} ${zone}`;

/** The expected related items with the site's address for each and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem, r: Related) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    return { ...e, url: url(r), ...change(e, r) };
  });

/** A relative day as apps print recent ones: 3天前, 昨天 14:22, 5小时前 (no day named). */
const relativeDay = (rng: Rng, time: string) => rng.pick([`${rng.int(2, 6)}天前`, `昨天 ${time}`, `${rng.int(1, 20)}小时前`]);
/** The day without its year, as this year's days are printed: 05-06, 5月6日. */
const yearless = (rng: Rng, iso: string) => rng.pick([iso.slice(5), `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`]);

const PROVINCES = ['北京', '广东', '浙江', '江苏', '四川', '山东', '河南', '湖北', '上海', '福建'];
const NICKNAMES = ['快乐的小鱼', '阳光宝妈', '用户8873215', '晚风', '一只小胖橘', '不吃香菜', '木子李', '健康生活每一天'];
const COMMENTS = ['讲得太清楚了，收藏了', '我妈就是这种情况，转给她看看', '医生说得对，我之前就是拖着没去看', '请问孩子也适用吗？', '学到了', '前排支持医生'];
const DOCTOR_REPLIES = ['建议线下就诊，做个检查再判断。', '可以先观察几天，加重的话及时就医。', '孩子的情况要看年龄，最好带去儿科看看。'];
const NETIZEN_ANSWERS = [
  '我之前也遇到过，去医院查了一下，医生说问题不大，注意休息就好了。',
  '个人经验：少熬夜，清淡饮食，过一阵子自己就好了，不放心还是去医院看看。',
  '这个还是要看具体情况，网上说的不一定准，建议挂个号让医生当面看看。',
];

// --- F1. douyin-video ---

const HASHTAGS = ['#健康科普', '#医生', '#涨知识', '#抖音健康', '#科普一下', '#医学科普'];

/**
 * F1. 抖音 video page (www.douyin.com/video/{19 digits}) of a certified doctor's 科普 answer, as the web page
 * renders it: hashed class names and `data-e2e` marks; a header (logo, search box, 投稿, 登录); the
 * `xg-video-container` player with its poster and `00:00 / 01:32`; the title `<h1>` (the question, then
 * 2–4 `#话题` links on 70%); 点赞 / 评论 / 收藏 / 分享 counts; `发布时间：` the day and time (on 20% a
 * relative one, `3天前`); the 文字版 block (`视频文字版` / `文字版` / `AI文字版`) with the spoken answer as
 * paragraphs, clamped under an 展开 toggle on 30% (the text all in the page), an `以上文字由AI根据视频生成`
 * note on half; a health-content strip on 40%; the author's card (`data-e2e="user-info"`: nickname
 * `{name}医生`, `{name}大夫`, `{科室}{name}医生` or the bare name, a 认证 line `{hospital} {科室} {title}` or
 * glued, with `认证：` before it on half; 粉丝 / 获赞; 关注); 全部评论 with 3–5 comments (nickname, text,
 * `3天前·广东` or `05-08·浙江`), the author's reply (作者) under one on 40%; 相关推荐 videos (cover,
 * length, title, another doctor's nickname, likes); a login pop-up on 30%; the footer.
 */
const douyinVideo: Family = {
  name: 'douyin-video',
  split: 'fresh-55',
  site: 'www.douyin.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const c = () => hashed(rng);
    const videoId = (n: number) => `7${String(2_000_000_000 + n * 7919).padStart(10, '0')}${String(n % 99_991).padStart(8, '0')}`;
    const relative = rng.chance(0.2);
    const published = relative ? relativeDay(rng, page.time) : `${page.date} ${page.time}`;
    const tags = rng.chance(0.7) ? [`#${topicWord(page)}`, ...HASHTAGS.filter(() => rng.chance(0.4))].slice(0, rng.int(2, 4)) : [];
    const nick = rng.weighted([[`${d.name}医生`, 45], [`${d.name}大夫`, 15], [`${d.department}${d.name}医生`, 15], [d.name!, 25]] as const);
    const cert = rng.chance(0.5) ? `${d.hospital} ${d.department} ${d.title}` : `${d.hospital}${d.department}${d.title}`;
    const clamp = rng.chance(0.3);
    const len = `${two(rng.int(0, 3))}:${two(rng.int(5, 59))}`;
    const comments = Array.from({ length: rng.int(3, 5) }, (_, i) => {
      const when = relative ? `${rng.int(1, 23)}小时前` : rng.chance(0.6) ? `${rng.int(1, 9)}天前` : shift(page.date!, rng.int(1, 40)).slice(5);
      const reply = i === 0 && rng.chance(0.4) ? `<div class="${c()}"><span class="${c()}">${esc(nick)}</span><span class="${c()}">作者</span><p class="${c()}">${rng.pick(DOCTOR_REPLIES)}</p></div>` : '';
      return `<div class="${c()}" data-e2e="comment-item"><img class="${c()}" src="https://p3-pc.douyinpic.com/aweme/100x100/${token(rng, 16)}.jpeg"><div class="${c()}"><a class="${c()}" href="/user/MS4wLjABAAAA${alnum(rng, 20)}">${rng.pick(NICKNAMES)}</a><p class="${c()}">${rng.pick(COMMENTS)}</p><span class="${c()}">${when}·${rng.pick(PROVINCES)}</span><span class="${c()}">${rng.int(1, 999)}</span>${reply}</div></div>`;
    });
    // The page names no address of its own (no canonical, no og:url; every link root-relative): an item's link stays as written.
    const videoUrl = (r: Related) => `/video/${videoId(itemNum(r))}`;
    const recs = page.related.map(
      (r) =>
        `<li class="${c()}" data-e2e="related-video-item"><a href="${videoUrl(r)}" class="${c()}"><div class="${c()}"><img src="https://p9-pc-sign.douyinpic.com/tos-cn-p-0015/${token(rng, 20)}~tplv-dy-cropcenter:323:430.jpeg" alt=""><span class="${c()}">${two(rng.int(0, 3))}:${two(rng.int(5, 59))}</span></div><p class="${c()}">${esc(r.question)}</p></a><div class="${c()}"><span class="${c()}">${otherName(rng)}医生</span><span class="${c()}">${bigCount(rng)}</span></div></li>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>${esc(page.question)}${tags.length ? ` ${tags.join(' ')}` : ''} - 抖音</title>
<meta name="description" content="${esc(page.question)} - ${esc(nick)}发布在抖音，已经收获了${bigCount(rng)}个喜欢，来抖音，记录美好生活！">
<link rel="stylesheet" href="https://lf-douyin-pc-web.douyinstatic.com/obj/douyin-pc-web/ies/douyin_web/css/${token(rng, 20)}.css">
</head>
<body>
<div id="douyin-right-container">
<header class="${c()}" id="douyin-header"><a class="${c()}" href="/">抖音</a><div class="${c()}"><input type="text" placeholder="搜索你感兴趣的内容" class="${c()}"><button class="${c()}">搜索</button></div><a class="${c()}" href="/creator">投稿</a><button class="${c()}">登录</button></header>
<div class="${c()}" data-e2e="video-detail">
<div class="${c()}"><xg-video-container class="xg-video-container"><video autoplay="" poster="https://p3-pc-sign.douyinpic.com/${token(rng, 24)}~tplv-dy-resize-origshort-autoq-75:330.jpeg"></video></xg-video-container><xg-controls class="xgplayer-controls"><xg-icon class="xgplayer-play"></xg-icon><xg-time class="xgplayer-time"><span class="time-current">00:00</span> / <span class="time-duration">${len}</span></xg-time><xg-icon class="xgplayer-fullscreen"></xg-icon></xg-controls></div>
<div class="${c()}" data-e2e="detail-video-info">
<h1 class="${c()}"><span class="${c()}"><span><span><span>${esc(page.question)}</span></span>${tags.map((t) => `<span><a href="/search/${encodeURIComponent(t)}?type=general" class="${c()}">${esc(t)}</a></span>`).join('')}</span></span></h1>
<div class="${c()}"><span data-e2e="video-player-digg">${bigCount(rng)}</span><span data-e2e="video-player-comment">${count(rng)}</span><span data-e2e="video-player-collect">${bigCount(rng)}</span><span data-e2e="video-player-share">分享</span></div>
<div class="${c()}"><span class="${c()}">发布时间：${published}</span></div>
${rng.chance(0.4) ? `<div class="${c()}">本视频由认证医生发布，内容仅供参考，不能作为诊断及治疗依据</div>` : ''}
<div class="${c()}" data-e2e="video-transcript"><div class="${c()}">${rng.pick(['视频文字版', '文字版', 'AI文字版'])}</div><div class="${c()}"${clamp ? ' style="display:-webkit-box;-webkit-line-clamp:4;overflow:hidden"' : ''}>${page.paragraphs.map((p) => `<p class="${c()}">${esc(p)}</p>`).join('')}</div>${clamp ? `<span class="${c()}">展开</span>` : ''}${rng.chance(0.5) ? `<div class="${c()}">以上文字由AI根据视频生成，仅供参考</div>` : ''}</div>
</div>
<div class="${c()}" data-e2e="user-info"><a href="/user/MS4wLjABAAAA${alnum(rng, 24)}" class="${c()}"><img class="${c()}" src="https://p3-pc.douyinpic.com/aweme/100x100/${token(rng, 16)}.jpeg"></a><div class="${c()}"><a href="/user/MS4wLjABAAAA${alnum(rng, 24)}" class="${c()}"><span>${esc(nick)}</span></a><div class="${c()}"><span class="${c()}"></span>${rng.chance(0.5) ? '认证：' : ''}${esc(cert)}</div><p class="${c()}"><span>粉丝</span><span>${bigCount(rng)}</span><span>获赞</span><span>${bigCount(rng)}</span></p></div><button class="${c()}">关注</button></div>
<div class="${c()}" data-e2e="comment-list"><div class="${c()}">全部评论(${count(rng)})</div>${comments.join('\n')}</div>
</div>
${recs.length ? `<div class="${c()}" data-e2e="related-video"><div class="${c()}">相关推荐</div><ul class="${c()}">${recs.join('\n')}</ul></div>` : ''}
${rng.chance(0.3) ? `<div class="${c()}" id="login-pannel"><p>登录后免费畅享高清视频</p><p>扫码登录</p><button>验证码登录</button></div>` : ''}
<footer class="${c()}"><a href="/agreements/?id=6773906068725565448">用户服务协议</a> <a href="/agreements/?id=6773901168964798477">隐私政策</a> <span>京ICP备16016397号-3</span></footer>
</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      date: relative ? null : page.date,
      format: 'video',
      related: itemsOf(page, videoUrl, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. quark-health ---

const SOURCES = ['百科名医网', '有来医生', '医典', '快速问医生'];
/** The platform's summary of an answer: the opening clause of some of its paragraphs (none of the answer). */
const summaryLines = (paragraphs: readonly string[]) =>
  paragraphs.slice(0, 3).map((p) => `${p.split(/[，。；：,]/u)[0]!.replace(/^[一二三四五六七八九十\d]+[、.．]/u, '')}。`);

/**
 * F2. 夸克健康's answer page (health.quark.cn/qa/{id}), reached from a 夸克 search: the search bar holding the
 * question, the `<h1>`; the platform's own summary first (`AI总结` / `核心要点` / `要点速览`: 1–3 bullets,
 * each the opening clause of one of the answer's paragraphs, `内容由AI生成，仅供参考`); then the doctor's
 * answer under `医生回答` / `权威医生解答`: the card (avatar, name, title, `已认证`, the hospital with a
 * 三甲 tag on 50%, 科室), `内容来源：` a partner (百科名医网, 有来医生 …) on 60%, an audio bar with its length
 * over voice answers and a poster over video answers on 70%, the paragraphs, the day (`更新时间：`,
 * `发布于`, `{day} 更新`); 相关问题 items (question, another doctor's `name title` line on half, the snippet,
 * a 语音 / 视频 / 图文 tag on 40% of pages); 大家还在搜 chips (search words, no links to answers); the footer.
 */
const quarkHealth: Family = {
  name: 'quark-health',
  split: 'fresh-55',
  site: 'health.quark.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const media = page.format !== 'text' && rng.chance(0.7);
    const itemTags = rng.chance(0.4);
    const itemDoctors = rng.chance(0.5);
    const player =
      !media ? ''
      : page.format === 'voice'
        ? `<div class="qk-audio"><i class="qk-audio__play"></i><div class="qk-audio__bar"></div><span class="qk-audio__time">${rng.int(0, 2)}'${two(rng.int(5, 59))}"</span></div>`
        : `<div class="qk-video"><img class="qk-video__poster" src="https://image.uc.cn/s/health/${token(rng, 16)}.jpg"><i class="qk-video__play"></i><span class="qk-video__dur">${two(rng.int(0, 3))}:${two(rng.int(5, 59))}</span></div>`;
    const when = rng.pick([`更新时间：${dateText(rng, page.date!, page.time)}`, `发布于${dateText(rng, page.date!, page.time)}`, `${page.date} 更新`]);
    const url = (r: Related) => `https://health.quark.cn/qa/${itemNum(r)}`;
    const items = page.related.map(
      (r) =>
        `<a class="qk-rel__item" href="${url(r)}"><div class="qk-rel__q">${esc(r.question)}</div>${itemDoctors ? `<div class="qk-rel__doc">${otherName(rng)} ${rng.pick(FEW_TITLES)}</div>` : ''}<div class="qk-rel__a">${esc(r.snippet)}</div>${itemTags && r.format !== 'unknown' ? `<span class="qk-rel__tag">${{ voice: '语音', video: '视频', text: '图文' }[r.format]}</span>` : ''}</a>`,
    );
    const chips = [topicWord(page), `${topicWord(page)}吃什么药`, `${topicWord(page)}的症状`, `${topicWord(page)}挂什么科`].slice(0, rng.int(2, 4));
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(ask(page))}-夸克健康</title>
<link rel="stylesheet" href="https://image.uc.cn/s/uae/g/3o/health/qa.${token(rng, 8)}.css">
</head>
<body>
<div id="root">
<div class="qk-search"><a class="qk-logo" href="https://quark.sm.cn/">夸克</a><form action="https://quark.sm.cn/s"><input name="q" value="${esc(page.question)}"><button>搜索</button></form></div>
<div class="qk-main">
<h1 class="qk-title">${esc(page.question)}</h1>
<div class="qk-ai-summary"><div class="qk-ai-summary__hd"><i class="qk-icon-ai"></i>${rng.pick(['AI总结', '核心要点', '要点速览'])}</div><ul>${summaryLines(page.paragraphs).map((l) => `<li>${esc(l)}</li>`).join('')}</ul><div class="qk-ai-summary__ft">内容由AI生成，仅供参考</div></div>
<div class="qk-answer">
<div class="qk-answer__hd">${rng.pick(['医生回答', '权威医生解答'])}</div>
<div class="qk-doctor"><img class="qk-doctor__avatar" src="https://image.uc.cn/s/health/avatar/${token(rng, 12)}.png"><div class="qk-doctor__info"><div><span class="qk-doctor__name">${esc(d.name!)}</span><span class="qk-doctor__title">${d.title}</span><span class="qk-doctor__auth">已认证</span></div><div><span class="qk-doctor__hos">${esc(d.hospital!)}</span>${gradeShown ? `<span class="qk-doctor__level">${d.hospital_grade}</span>` : ''}<span class="qk-doctor__dept">${esc(d.department!)}</span></div></div></div>
${rng.chance(0.6) ? `<div class="qk-source">内容来源：${rng.pick(SOURCES)}</div>` : ''}
${player}<div class="qk-answer__content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="qk-answer__time">${when}</div>
</div>
${items.length ? `<div class="qk-rel"><div class="qk-rel__hd">相关问题</div>${items.join('\n')}</div>` : ''}
<div class="qk-chips"><div class="qk-chips__hd">大家还在搜</div>${chips.map((w) => `<a href="https://quark.sm.cn/s?q=${encodeURIComponent(w)}">${esc(w)}</a>`).join('')}</div>
</div>
<div class="qk-footer">本页面内容仅供参考，不能作为诊断及治疗的依据，身体不适请及时就医</div>
</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      format: media ? page.format : 'unknown',
      related: itemsOf(page, url, (e) => ({ format: itemTags ? e.format : 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. wechat-wenyiwen ---

/**
 * F3. 微信搜一搜's 问一问 question page (search.weixin.qq.com/wenwen/detail?qid={id}) in WeChat's webview:
 * weui-style classes; the `<h1>`, the asker's 问题补充 on half, `N人关注 · N个回答`; 2–4 answers, each an
 * avatar, a nickname, a line under it, the text, the day (`2023年5月6日`, `2023-05-06`; this year's as
 * `5月6日` / `05-06` on 20% of pages), 赞 / 评论: ONE certified doctor (nickname `{name}医生` or the name, a `医生` badge, the
 * line `{hospital} {科室} {title}` or `{title} · {hospital}{科室}`, `优质回答` on 40%), shown first on half,
 * else after 1–2 netizens' (lines `健康领域答主` or none) or a 公众号's answer with its article card; 相关问题
 * links with `N个回答`; `我来回答` bar.
 */
const wechatWenyiwen: Family = {
  name: 'wechat-wenyiwen',
  split: 'fresh-55',
  site: 'search.weixin.qq.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const noYear = rng.chance(0.2);
    const dayOf = (iso: string) => (noYear ? yearless(rng, iso) : rng.pick([cnDate(iso), iso]));
    const line = rng.chance(0.6) ? `${d.hospital} ${d.department} ${d.title}` : `${d.title} · ${d.hospital}${d.department}`;
    const answerBox = (who: string, badge: string, under: string, body: string, when: string, extra = '') =>
      `<div class="ww-answer"><div class="ww-answer__user"><img class="ww-avatar" src="https://wx.qlogo.cn/mmhead/${alnum(rng, 40)}/132"><div class="ww-answer__who"><span class="ww-answer__nick">${esc(who)}</span>${badge}${under ? `<div class="ww-answer__desc">${esc(under)}</div>` : ''}</div></div>${extra}<div class="ww-answer__content">${body}</div><div class="ww-answer__ft"><span class="ww-answer__time">${when}</span><span class="ww-answer__like">赞 ${count(rng) % 300}</span><span class="ww-answer__cmt">评论 ${count(rng) % 40}</span></div></div>`;
    const doctor = answerBox(
      rng.chance(0.6) ? `${d.name}医生` : d.name!,
      '<i class="ww-badge ww-badge_doctor">医生</i>',
      line,
      page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
      dayOf(page.date!),
      rng.chance(0.4) ? '<span class="ww-tag">优质回答</span>' : '',
    );
    const mp = rng.chance(0.4);
    const nick0 = rng.int(0, NICKNAMES.length - 1);
    const others = Array.from({ length: rng.int(1, 3) }, (_, i) =>
      !(mp && i === 0)
        ? answerBox(NICKNAMES[(nick0 + i) % NICKNAMES.length]!, '', rng.chance(0.5) ? '健康领域答主' : '', `<p>${rng.pick(NETIZEN_ANSWERS)}</p>`, dayOf(shift(page.date!, rng.int(-20, 20))))
        : answerBox(`${topicWord(page)}健康说`, '<i class="ww-badge ww-badge_mp">公众号</i>', '', `<p>关于这个问题，我们整理了一篇文章，供大家参考。</p>`, dayOf(shift(page.date!, rng.int(-60, 10))), `<a class="ww-mp-card" href="https://mp.weixin.qq.com/s/${alnum(rng, 22)}"><span class="ww-mp-card__title">${esc(topicWord(page))}的这些信号，千万别忽视</span><span class="ww-mp-card__from">${esc(topicWord(page))}健康说</span></a>`),
    );
    const first = rng.chance(0.5);
    const answers = first ? [doctor, ...others] : [...others.slice(0, 1), doctor, ...others.slice(1)];
    const url = (r: Related) => `https://search.weixin.qq.com/wenwen/detail?qid=${itemNum(r)}`;
    const items = page.related.map((r) => `<a class="ww-related__item" href="${url(r)}"><span class="ww-related__q">${esc(r.question)}</span><span class="ww-related__num">${count(rng) % 30 + 1}个回答</span></a>`);
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>${esc(ask(page))}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/t/wx_fed/weui-source/res/2.5.16/weui.min.css">
</head>
<body class="ww-page">
<div class="ww-header"><span class="ww-header__logo">问一问</span><span class="ww-header__from">微信搜一搜</span></div>
<div class="ww-question"><h1 class="ww-question__title">${esc(page.question)}</h1>${rng.chance(0.5) ? `<div class="ww-question__desc">问题补充：${esc(rng.pick(ASKER_LINES))}</div>` : ''}<div class="ww-question__meta">${count(rng)}人关注 · ${answers.length}个回答</div></div>
<div class="ww-answers">
${answers.join('\n')}
</div>
${items.length ? `<div class="ww-related"><div class="ww-related__hd">相关问题</div>${items.join('\n')}</div>` : ''}
<div class="ww-bottom-bar"><a class="weui-btn weui-btn_primary" href="javascript:;">我来回答</a><a class="weui-btn weui-btn_default" href="javascript:;">关注问题</a></div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      date: noYear ? null : page.date,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- the saved pages inside the files ---

/**
 * A 有来-style desktop question page as the browser holds it after loading (what Chrome serializes): the
 * crumbs, the `<h1>`, the `doc_left` card (grade on half), the answer in `docYes`, `回答时间` with a format
 * label on 60%, 相关推荐 items with their format and day; links relative on half.
 */
function youlaiStylePage(page: TruthPage, rng: Rng, base: string): { html: string; stylesheet: string; expected: ReturnType<typeof expectedOf> } {
  const d = page.doctor;
  const stylesheet = `${base.replace('www.', 'static.')}/css/ask.${token(rng, 6)}.css`;
  const gradeShown = rng.chance(0.5);
  const printFormat = rng.chance(0.6);
  const relativeLinks = rng.chance(0.5);
  const link = (r: Related) => (relativeLinks ? `/ask/${itemNum(r)}.html` : `${base}/ask/${itemNum(r)}.html`);
  const items = page.related.map(
    (r) => `<li><h3><a href="${link(r)}" target="_blank">${esc(r.question)}</a></h3><p class="txt">${esc(r.snippet)}</p><div class="voice"><span class="type">${formatWord(rng, r.format)}</span> <span class="time">${r.date}</span></div></li>`,
  );
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${esc(ask(page))}-有来医生</title>
<meta name="keywords" content="${esc(ask(page))}">
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<div class="header"><a class="logo" href="${base}/">有来医生</a><div class="nav"><a href="${base}/">首页</a><a href="${base}/ask/">名医问答</a><a href="${base}/dise/">查疾病</a><a href="${base}/yyk/">找医院</a></div></div>
<div class="main clearfix"><div class="main_left">
<p class="crumbs"><a href="${base}/">首页</a> &gt; <a href="${base}/ask/">名医问答</a> &gt; ${esc(d.department!)}</p>
<h1 class="ask_title">${esc(page.question)}</h1>
<h4 class="ans_title">医生回答</h4>
<div class="ans_box clearfix">
<div class="doc_left"><a href="${base}/yyk/doctor/${page.item.num % 99_991}.html"><img src="https://file.youlai.cn/cnkfile1/M00/${token(rng, 2)}/${token(rng, 12)}.jpg" alt="${esc(d.name!)}"></a><h5>${esc(d.name!)}<span>${d.title}</span><em>${esc(d.department!)}</em><span>${esc(d.hospital!)}</span></h5>${gradeShown ? `<i class="grade">${d.hospital_grade}</i>` : ''}</div>
<div class="docYes">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="ans_meta">${printFormat ? `<span class="ans_type">${formatWord(rng, page.format)}</span> ` : ''}<span class="time">回答时间：${dateText(rng, page.date!, page.time)}</span></p>
</div>
<p class="tips">提示：本内容不能代替面诊，如有不适请尽快就医。</p>
${items.length ? `<div class="recommend"><h4>相关推荐</h4><ul>${items.join('\n')}</ul></div>` : ''}
</div><div class="main_right"><div class="ad"><iframe src="cid:frame-AD@mhtml.blink" width="300" height="250" frameborder="0"></iframe></div></div></div>
<div class="footer"><p>Copyright © 2023 youlai.cn 版权所有</p></div>
</body></html>`;
  const expected = expectedOf(page, {
    doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
    format: printFormat ? page.format : 'unknown',
    related: itemsOf(page, (r) => `${base}/ask/${itemNum(r)}.html`, () => ({})),
  });
  return { html, stylesheet, expected };
}

// --- F4. chrome-mhtml ---

/** A MIME encoded-word header value (`=?utf-8?Q?…?=`), folded into words of at most 75 characters. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    const piece = [...Buffer.from(ch, 'utf8')].map((b) => (b === 32 ? '_' : b >= 33 && b <= 126 && !'=?_'.includes(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    if (word.length + piece.length > 75 - 12) {
      words.push(word);
      word = '';
    }
    word += piece;
  }
  words.push(word);
  return words.map((w) => `=?utf-8?Q?${w}?=`).join('\r\n ');
}

/** A document's text as a quoted-printable MIME body: each line encoded, soft line breaks within 76 characters, CRLF between lines. */
const qpBody = (text: string) => text.split('\n').flatMap(quotedPrintable).join('\r\n');
/** Bytes as base64 in lines of 76 (a MIME body). */
const base64Body = (bytes: Buffer) => (bytes.toString('base64').match(/.{1,76}/gu) ?? []).join('\r\n');

/**
 * F4. A 有来-style question page saved by Chrome's "Save as… Webpage, Single File" (.mhtml), served as a file
 * without a content type: `From: <Saved by Blink>`, `Snapshot-Content-Location:` the page's address,
 * `Subject:` its title as `=?utf-8?Q?…?=` words, `Date:` the day it was saved (days to years after the
 * answer), `MIME-Version: 1.0`, `Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--…----"`,
 * all CRLF; the page's part first (`Content-Type: text/html`, `Content-ID: <frame-…@mhtml.blink>`,
 * `Content-Transfer-Encoding: quoted-printable`, `Content-Location:`), the serialized DOM in
 * quoted-printable (`=E5=8C=BB…`, `=3D`, soft line breaks `=` at 76); then the stylesheet (quoted-printable),
 * 1–2 images (base64), and on half the ad iframe's own HTML part (`cid:frame-…`), a 名医在线问诊 ad.
 */
const chromeMhtml: Family = {
  name: 'chrome-mhtml',
  split: 'fresh-55',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const base = 'https://www.youlai.cn';
    const address = `${base}/ask/${page.item.num}.html`;
    const adFrame = rng.chance(0.5);
    const frameId = () => `frame-${token(rng, 32).toUpperCase()}@mhtml.blink`;
    const mainId = frameId();
    const adId = frameId();
    const inner = youlaiStylePage(page, rng, base);
    const html = adFrame ? inner.html.replace('cid:frame-AD@mhtml.blink', `cid:${adId}`) : inner.html.replace(/<div class="ad">.*?<\/div>/u, '');
    const boundary = `----MultipartBoundary--${alnum(rng, 42)}----`;
    const saved = shift(page.date!, rng.int(3, 900));
    const part = (headers: string[], body: string) => `--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
    const css = `.header{height:60px;background:#fff;border-bottom:1px solid #e5e5e5}\n.main_left{float:left;width:820px}\n.doc_left h5{font-size:16px;color:#333}\n.docYes p{line-height:28px;text-indent:2em}\n.recommend li .voice .type{color:#3d8af7}\n.main_right{float:right;width:300px}`;
    const image = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(token(rng, 180), 'hex')]);
    const parts = [
      part(['Content-Type: text/html', `Content-ID: <${mainId}>`, 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${address}`], qpBody(html)),
      part(['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${inner.stylesheet}`], qpBody(css)),
      ...Array.from({ length: rng.int(1, 2) }, () => part(['Content-Type: image/png', 'Content-Transfer-Encoding: base64', `Content-Location: https://file.youlai.cn/cnkfile1/M00/${token(rng, 2)}/${token(rng, 12)}.png`], base64Body(image()))),
      ...(adFrame
        ? [part(['Content-Type: text/html', `Content-ID: <${adId}>`, 'Content-Transfer-Encoding: quoted-printable', `Content-Location: https://pos.baidu.com/s?hei=250&wid=300&di=u${rng.int(1_000_000, 9_999_999)}`], qpBody(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0"><a href="https://cpro.baidu.com/cpro/ui/uijs.php?${token(rng, 24)}" target="_blank"><img src="https://cpro.baidustatic.com/cpro/ui/noexpire/img/${token(rng, 10)}.jpg" width="300" height="200"><p>三甲医院专家 名医在线问诊 立即咨询</p></a></body></html>`))]
        : []),
    ];
    const header = [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${address}`,
      `Subject: ${encodedWords(`${ask(page)}-有来医生`)}`,
      `Date: ${httpDate(saved, clockSecs(rng), rng.pick(['+0800', '-0000']))}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
    ].join('\r\n');
    const body = `${header}\r\n\r\n\r\n${parts.join('')}--${boundary}--\r\n`;
    return { body: Buffer.from(body, 'utf8'), expected: inner.expected };
  },
};

// --- F5. archive-today ---

const STYLES = [
  'color:rgb(51, 51, 51);font-size:14px;line-height:24px;',
  'margin:0px 0px 10px;padding:0px;',
  'color:rgb(102, 102, 102);font-size:12px;',
  'display:block;overflow:hidden;',
  'font-family:&quot;Microsoft YaHei&quot;, Arial, sans-serif;',
  'text-align:left;width:740px;',
];
const ARCHIVE_HOSTS = ['archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.md'];

/**
 * F5. An archive.today snapshot (archive.ph / .is / .li / .md …) of a 39问医生-style question page
 * (ask.39.net/question/{id}.html): the archive's head (`robots` noarchive, og:url and canonical the
 * snapshot's own address, `article:published_time` / `dateModified` the capture's instant), its `#HEADER`
 * table (archive.today webpage capture, Saved from + the original address in an input, the capture's
 * `6 May 2024 14:22:31 UTC`, no other snapshots / history, All snapshots from host, Webpage · Screenshot,
 * share, download .zip, report bug or abuse); then `#CONTENT`: the page as archived, every class gone and
 * the computed styles inline, links rewritten to `https://archive.ph/o/{id}/{original}`, images to the
 * archive's copies: crumbs, the `<h1>` (a styled `<div>` on 30%), the asker's sex, age and day asked with
 * 病情描述, the 医生回复 block (name, title, hospital with a grade on 40%, 科室), the answer (under 病情分析： /
 * 指导意见： on 35%), its day and time; 相关问题 items (question, snippet, the day on half of pages).
 */
const archiveToday: Family = {
  name: 'archive-today',
  split: 'fresh-55',
  site: 'ask.39.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const host = rng.pick(ARCHIVE_HOSTS);
    const snap = alnum(rng, 5);
    const st = () => ` style="${rng.pick(STYLES)}${rng.chance(0.5) ? rng.pick(STYLES) : ''}"`;
    const original = (path: string) => `https://ask.39.net${path}`;
    const out = (url: string) => `https://${host}/o/${snap}/${url}`;
    const capture = shift(page.date!, rng.int(20, 1200));
    const captureTime = clockSecs(rng);
    const human = `${Number(capture.slice(8, 10))} ${ENGLISH_MONTHS[Number(capture.slice(5, 7)) - 1]!.slice(0, 3)} ${capture.slice(0, 4)} ${captureTime} UTC`;
    const gradeShown = rng.chance(0.4);
    const heads = rng.chance(0.35);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const datedItems = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 2));
    const address = original(`/question/${page.item.num}.html`);
    const title = rng.chance(0.7) ? `<h1${st()}>${esc(page.question)}</h1>` : `<div style="font-size:22px;font-weight:bold;line-height:32px;color:rgb(51, 51, 51);">${esc(page.question)}</div>`;
    const items = page.related.map(
      (r) => `<li${st()}><a href="${out(original(`/question/${itemNum(r)}.html`))}"${st()}>${esc(r.question)}</a><p${st()}>${esc(r.snippet)}</p>${datedItems ? `<span${st()}>${r.date}</span>` : ''}</li>`,
    );
    const html = `<!DOCTYPE html>
<html style="background-color:#ffffff" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" itemtype="http://schema.org/Article"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="robots" content="index,noarchive"><meta name="viewport" content="width=1024,initial-scale=0.5"><meta itemprop="url" content="https://${host}/${snap}"><meta property="og:url" content="https://${host}/${snap}"><meta property="og:site_name" content="archive.today"><meta property="article:published_time" content="${capture}T${captureTime}Z"><meta itemprop="dateModified" content="${capture}T${captureTime}Z"><meta property="article:modified_time" content="${capture}T${captureTime}Z"><title>${esc(ask(page))}_39健康问答_39健康网</title><link rel="canonical" href="https://${host}/${snap}"><link rel="icon" href="https://${host}/${snap}/${token(rng, 40)}.ico"></head>
<body style="margin:0px;padding:0px;">
<center><div id="HEADER" style="overflow-x:hidden;overflow-y:hidden;min-width:1028px;background-color:#eeeeee;border-bottom:1px solid #cccccc"><table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tr><td rowspan="2" style="width:110px;vertical-align:top"><a href="https://${host}/" style="text-decoration:none;color:#1e3e8c"><div style="font-size:18px">archive</div><div style="font-size:10px">.today</div><div style="font-size:9px">webpage capture</div></a></td><td style="font-weight:bold;padding:2px 4px">Saved from</td><td style="padding:2px 4px"><input style="border:1px solid #a0a0a0;width:600px;font-size:14px" type="text" name="q" value="${address}"></td><td style="padding:2px 4px"><a href="https://${host}/search/?q=${encodeURIComponent(address)}">search</a></td><td style="padding:2px 4px;text-align:right">${human}</td></tr><tr><td style="font-weight:bold;padding:2px 4px">${rng.chance(0.6) ? 'no other snapshots from this url' : `history <a href="https://${host}/${alnum(rng, 5)}">←prior</a> next→`}</td><td colspan="3" style="padding:2px 4px">All snapshots from host <a href="https://${host}/ask.39.net">ask.39.net</a></td></tr><tr><td></td><td colspan="4" style="padding:4px"><a href="https://${host}/${snap}" style="font-weight:bold">Webpage</a> · <a href="https://${host}/${snap}/image">Screenshot</a> · share · <a href="https://${host}/download/${snap}.zip">download .zip</a> · <a href="https://${host}/${snap}#bug">report bug or abuse</a> · <a href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></td></tr></table></div></center>
<div id="SOLID" style="text-align:center;width:100%"><div id="CONTENT" style="position:relative;width:1024px;margin:0px auto;text-align:left">
<div${st()}><a href="${out('https://www.39.net/')}"${st()}><img src="https://${host}/${snap}/${token(rng, 40)}.png" alt="39健康网" style="width:120px;height:40px"></a> <a href="${out('https://ask.39.net/')}"${st()}>问医生</a> <a href="${out('https://jbk.39.net/')}"${st()}>查疾病</a> <a href="${out('https://yyk.39.net/')}"${st()}>找医院</a></div>
<div${st()}><a href="${out('https://www.39.net/')}"${st()}>39健康网</a> &gt; <a href="${out('https://ask.39.net/')}"${st()}>39问医生</a> &gt; <span${st()}>${esc(d.department!)}</span> &gt; <span${st()}>正文</span></div>
<div${st()}>${title}<div${st()}><span${st()}>${sexOf(rng)}</span> <span${st()}>${ageOf(rng)}岁</span> <span${st()}>${dateText(rng, asked, `${two(rng.int(6, 12))}:${two(rng.int(0, 59))}`, true)}</span></div><p${st()}>病情描述：${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</p></div>
<div${st()}><div${st()}>医生回复</div>
<div${st()}><img src="https://${host}/${snap}/${token(rng, 40)}.jpg" alt="" style="width:60px;height:60px;border-radius:30px"><div${st()}><a href="${out(original(`/doctor/${page.item.num % 99_991}.html`))}"${st()}>${esc(d.name!)}</a> <span${st()}>${d.title}</span></div><div${st()}>${esc(d.hospital!)}${gradeShown ? ` <span${st()}>${d.hospital_grade}</span>` : ''}</div><div${st()}>${esc(d.department!)}</div></div>
<div${st()}>${paragraphs.map((p) => `<p${st()}>${esc(p)}</p>`).join('\n')}</div>
<div${st()}>${dateText(rng, page.date!, page.time, rng.chance(0.7))}</div>
</div>
${items.length ? `<div${st()}><div${st()}>相关问题</div><ul${st()}>${items.join('\n')}</ul></div>` : ''}
<div${st()}>Copyright © 2000-2024 39.net All Rights Reserved</div>
</div></div>
</body></html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, (r) => original(`/question/${itemNum(r)}.html`), (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. warc-record ---

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** A WARC digest: `sha1:` and the SHA-1 of `bytes` in base32. */
function sha1Digest(bytes: Buffer): string {
  let bits = '';
  for (const b of createHash('sha1').update(bytes).digest()) bits += b.toString(2).padStart(8, '0');
  return `sha1:${(bits.match(/.{5}/gu) ?? []).map((five) => BASE32[parseInt(five, 2)]).join('')}`;
}

/**
 * F6. One page of a crawl's WARC file (a 快速问医生-style question page, club.xywy.com/static/{yyyymmdd}/{id}.htm,
 * in GBK): on half a `warcinfo` record first (software Wget / Heritrix / warcio, format, robots); on 40%
 * the `request` record (`GET … HTTP/1.1` and its headers) before the response; the `response` record
 * (`WARC/1.0`, WARC-Type, -Record-ID, -Date the crawl's instant, -Target-URI, -IP-Address, digests,
 * `Content-Type: application/http; msgtype=response`, Content-Length), then the HTTP response as received
 * (status line; Server, Date, Last-Modified, `Content-Type: text/html; charset=gbk` / `GB2312`, Set-Cookie
 * …), then the page's bytes, GBK, declared in a `<meta>` on half and only in the HTTP header on the
 * other half; on 30% a `metadata` record after it (Heritrix's `outlink:` lines). The page: the crumbs,
 * the question, the asker's line and 健康咨询描述, the 医生回复 card (name, title, hospital with a grade on
 * 40%, 科室, 擅长), the answer, its day and time; 相关问题 (question and snippet on 60% of pages, else the
 * question and its day).
 */
const warcRecord: Family = {
  name: 'warc-record',
  split: 'fresh-55',
  site: 'club.xywy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const metaCharset = rng.chance(0.5);
    const snippets = rng.chance(0.6);
    const folder = (iso: string) => iso.replace(/-/g, '');
    const address = `http://club.xywy.com/static/${folder(page.date!)}/${page.item.num}.htm`;
    const itemUrl = (r: Related) => `http://club.xywy.com/static/${folder(r.date ?? page.date!)}/${itemNum(r)}.htm`;
    const asked = shift(page.date!, -rng.int(0, 1));
    const items = page.related.map((r) => `<li><a href="${itemUrl(r)}" target="_blank">${esc(r.question)}</a>${snippets ? `<p class="f12 graydeep">${esc(r.snippet)}</p>` : `<span class="fr">${r.date}</span>`}</li>`);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${metaCharset ? rng.pick(['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', '<meta charset="gbk" />']) + '\n' : ''}<title>${esc(ask(page))}_有问必答_快速问医生</title>
<meta name="keywords" content="${esc(ask(page))}" />
<link rel="stylesheet" type="text/css" href="http://static.xywy.com/club/css/question.css" />
</head>
<body>
<div class="topbar"><a href="http://www.xywy.com/">寻医问药网</a> | <a href="http://club.xywy.com/">有问必答</a> | <a href="http://yao.xywy.com/">药品通</a> | <a href="http://3g.xywy.com/">手机版</a></div>
<div class="crumbs"><a href="http://club.xywy.com/">有问必答</a> &gt; <a href="http://club.xywy.com/list_${rng.int(300, 999)}.htm">${esc(d.department!)}</a> &gt; 正文</div>
<div class="ask-box clearfix"><h1 class="fb f20">${esc(page.question)}</h1><p class="f12 graydeep"><span>${sexOf(rng)}</span> | <span>${ageOf(rng)}岁</span> | <span>${asked} ${two(rng.int(6, 12))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}</span></p><div class="ask-desc"><p>健康咨询描述：${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</p></div></div>
<div class="docall clearfix"><div class="docall-hd">医生回复</div>
<div class="docinfo fl"><a href="http://club.xywy.com/doc_card/${page.item.num % 99_991}" class="docname">${esc(d.name!)}</a><p class="doctitle">${d.title}</p><p class="dochos">${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}</p><p class="docdept">${esc(d.department!)}</p><p class="docgood">擅长：${esc(topicWord(page))}等常见病的诊治</p></div>
<div class="replay-cont fr">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="replay-time">${page.date} ${page.time}:${two(rng.int(0, 59))}</div>
</div>
${items.length ? `<div class="relate"><h3>相关问题</h3><ul>${items.join('\n')}</ul></div>` : ''}
<div class="footer">Copyright © 2004-2024 寻医问药网 All Rights Reserved</div>
</body>
</html>`;
    const payload = iconv.encode(html, 'gb18030');
    const crawled = shift(page.date!, rng.int(30, 1500));
    const crawledTime = clockSecs(rng);
    const warcDate = `${crawled}T${crawledTime}Z`;
    const ip = `${rng.int(36, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    const http = Buffer.from(
      [
        'HTTP/1.1 200 OK',
        `Server: ${rng.pick(['Tengine', 'nginx', 'openresty'])}`,
        `Date: ${httpDate(crawled, crawledTime)}`,
        `Content-Type: text/html; charset=${rng.pick(['gbk', 'GBK', 'GB2312', 'gb2312'])}`,
        `Content-Length: ${payload.length}`,
        'Connection: close',
        'Vary: Accept-Encoding',
        `Last-Modified: ${httpDate(shift(crawled, -rng.int(0, 20)), clockSecs(rng))}`,
        `Set-Cookie: PHPSESSID=${token(rng, 26)}; path=/`,
        '',
        '',
      ].join('\r\n'),
      'latin1',
    );
    const block = Buffer.concat([http, payload]);
    const infoId = `<urn:uuid:${uuid(rng)}>`;
    const withInfo = rng.chance(0.5);
    const withRequest = rng.chance(0.4);
    const withMetadata = rng.chance(0.3);
    const responseId = `<urn:uuid:${uuid(rng)}>`;
    const record = (headers: string[], content: Buffer) => Buffer.concat([Buffer.from(`WARC/1.0\r\n${headers.join('\r\n')}\r\nContent-Length: ${content.length}\r\n\r\n`, 'latin1'), content, Buffer.from('\r\n\r\n', 'latin1')]);
    const software = rng.pick(['Wget/1.21.3', 'Heritrix/3.4.0-20220727 http://crawler.archive.org', 'warcio.js/2.2.1']);
    const info = Buffer.from(`software: ${software}\r\nformat: WARC File Format 1.0\r\nconformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\nrobots: obey\r\nhostname: crawler-${rng.int(1, 40)}\r\n`, 'utf8');
    const request = Buffer.from(`GET ${address.replace('http://club.xywy.com', '')} HTTP/1.1\r\nHost: club.xywy.com\r\nUser-Agent: Mozilla/5.0 (compatible; archive crawler)\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Language: zh-CN,zh;q=0.9\r\nConnection: close\r\n\r\n`, 'latin1');
    const outlinks = Buffer.from(
      [`via: http://club.xywy.com/list_${rng.int(300, 999)}.htm`, 'hopsFromSeed: L', ...page.related.map((r) => `outlink: ${itemUrl(r)} L a/@href`), 'outlink: http://static.xywy.com/club/css/question.css E link/@href', ''].join('\r\n'),
      'utf8',
    );
    const records = [
      ...(withInfo ? [record(['WARC-Type: warcinfo', `WARC-Date: ${warcDate}`, `WARC-Filename: crawl-${folder(crawled)}-${rng.int(10000, 99999)}.warc.gz`, `WARC-Record-ID: ${infoId}`, 'Content-Type: application/warc-fields'], info)] : []),
      ...(withRequest ? [record(['WARC-Type: request', `WARC-Target-URI: ${address}`, `WARC-Date: ${warcDate}`, `WARC-Concurrent-To: ${responseId}`, `WARC-Record-ID: <urn:uuid:${uuid(rng)}>`, 'Content-Type: application/http; msgtype=request'], request)] : []),
      record(
        [
          'WARC-Type: response',
          `WARC-Record-ID: ${responseId}`,
          ...(withInfo ? [`WARC-Warcinfo-ID: ${infoId}`] : []),
          `WARC-Date: ${warcDate}`,
          `WARC-Target-URI: ${address}`,
          `WARC-IP-Address: ${ip}`,
          `WARC-Block-Digest: ${sha1Digest(block)}`,
          `WARC-Payload-Digest: ${sha1Digest(payload)}`,
          'Content-Type: application/http; msgtype=response',
        ],
        block,
      ),
      ...(withMetadata ? [record(['WARC-Type: metadata', `WARC-Target-URI: ${address}`, `WARC-Date: ${warcDate}`, `WARC-Concurrent-To: ${responseId}`, `WARC-Record-ID: <urn:uuid:${uuid(rng)}>`, 'Content-Type: application/warc-fields'], outlinks)] : []),
    ];
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      format: 'unknown',
      related: itemsOf(page, itemUrl, (e) => ({ paragraphs: snippets ? e.paragraphs : [], format: 'unknown', date: snippets ? null : e.date })),
    });
    return { body: Buffer.concat(records), expected };
  },
};

export const FRESH55_FAMILIES: readonly Family[] = [douyinVideo, quarkHealth, wechatWenyiwen, chromeMhtml, archiveToday, warcRecord];
