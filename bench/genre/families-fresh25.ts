import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ask, cardPlain, cnDate, dayText, documentOf, hm, hospitalWithGrade, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, paragraphsHtml, wrap } from './parts.js';

/**
 * Twenty-fifth fresh held-out set (split `fresh-25`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are other kinds of real page of the genre (from
 * memory, no copied markup): a doctor who practises at several hospitals (多点执业), the card listing
 * them all with their grades written as sites write them (三甲, 三级甲等医院, 3A, 三级医院); a 健康社区
 * post whose only answer is a certified doctor's comment in a Disqus-like comment thread among
 * users' comments; a page that prints its question only in the `<title>`, its `<h1>` the site's logo.
 * Three are something real saved or edited HTML does to one: a page saved by a single-file saver
 * (SingleFile, Save Page WE) with inlined base64 pictures and fonts, the saver's note of the
 * original address and the day it was saved, and hidden elements kept under a `sf-hidden` rule; an
 * answer with photos of medicine boxes between and inside its `<br><br>`-parted paragraphs; a
 * numbered related table whose snippets end in `...` / `…` and read-more links (`[详细]`, `>>`,
 * `查看全部`).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a picture is no text; a
 * grade is keyed as printed, without a trailing 医院: 三级甲等医院 → 三级甲等, 三级医院 → 三级, 3A → 3A).
 * Where a careful person could hesitate, the key decides:
 * - singlefile-save: the saver's comment and `savepage-*` metas (the original address, the day the
 *   page was saved) are no part of the page and date nothing; an element the saved stylesheet hides
 *   (SingleFile's `.sf-hidden{display:none!important}`, or the site's own `.hide` rule a Save Page WE
 *   copy keeps: a 推荐医生 pop-up with another doctor's card) is no text.
 * - multi-practice: the card's hospital is the one labelled 第一执业 (第一执业医院, 第一执业点, 主执业),
 *   wherever it stands among the others, or where none is labelled the first one listed; its grade
 *   and department are the ones printed with it (null where it prints none); the other practices
 *   (多点执业, 其他执业点) are none of the card.
 * - comment-reply: the page's answer is the comment of the user badged 认证医生 (its card in the
 *   comment's header, its day the comment's); the post's own 问题描述 and the users' comments (before
 *   or after it, replies to it too) are none of it and date nothing. No format word: format unknown.
 * - title-question: the question is the `<title>` without the site's suffix (`_站名`, ` - 站名 - …`,
 *   `_科室_站名`); the `<h1>` logo and the breadcrumb's `问题详情` are none of it; the asker's 问题描述,
 *   printed on some pages, is not the question.
 * - medicine-images: paragraphs are what `<br><br>` parts (or `<p>`s where the page uses them); a
 *   picture (a medicine box, its `alt` a drug's name) is no text, inside a paragraph or between two:
 *   a small picture inside a sentence leaves the paragraph whole.
 * - readmore-table: an item's snippet is printed up to its read-more link: the `...` / `…` before the
 *   link is printed text and kept (as a cut snippet keeps its ellipsis); the link's words (`[详细]`,
 *   `>>`, `查看全部`, `阅读全文›`) are none of it; the row's number is none of the question.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

// --- F1. singlefile-save ---

/** A base64 blob standing for an inlined picture or font (`n` characters). */
const base64 = (rng: Rng, n: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return Array.from({ length: n }, () => chars[rng.int(0, 63)]!).join('');
};
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A browser's Date#toString of a day and time in China: `Tue Mar 05 2024 21:14:08 GMT+0800 (中国标准时间)`. */
const browserDate = (iso: string, time: string, seconds: number, zone: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${iso.slice(8, 10)} ${iso.slice(0, 4)} ${time}:${String(seconds).padStart(2, '0')} GMT+0800 (${zone})`;
};

/**
 * F1. A Q&A page saved by a single-file saver. SingleFile (65%): the `Page saved with SingleFile`
 * comment after `<html>` with the original url and saved date (months or years after the answer),
 * newlines between tags removed, every `<img>` a `data:image/…;base64,` URI, a `<style>` of
 * `@font-face` rules with base64 fonts, links made absolute, scripts gone, and on 50% a 推荐医生
 * pop-up kept with class `sf-hidden` under a `.sf-hidden{display:none!important}` rule, before or
 * after the card. Save Page WE (35%): `savepage-url / -title / -from / -date / -state` metas, the
 * same inlined pictures, the pop-up (50%) under the site's own `.hide` / `.hidden` / `.dn` rule.
 * The canonical link kept on 60%. An ordinary page inside: `<h1>`, plain card (grade on 60%), date
 * line (format on 40%), answer, disclaimer, related list (dated on half).
 */
const singlefileSave: Family = {
  name: 'singlefile-save',
  split: 'fresh-25',
  site: 'www.wenyi-zhijia.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const saver = rng.chance(0.65) ? 'singlefile' : 'savepage';
    const origin = 'https://www.wenyi-zhijia.example';
    const savedDay = shift(page.date!, rng.int(30, 900));
    const savedAt = browserDate(savedDay, hm(rng), rng.int(0, 59), rng.pick(['中国标准时间', 'China Standard Time', 'GMT+08:00']));
    const picture = (kind: string, alt: string) => `<img src="data:image/${kind};base64,${base64(rng, rng.int(200, 1400))}" alt="${esc(alt)}"${rng.chance(0.5) ? ` width="${rng.int(40, 120)}"` : ''}>`;
    const other = { name: otherName(rng), title: rng.pick(['主任医师', '副主任医师', '主治医师']) };
    // SingleFile marks what it kept hidden with its own class; Save Page WE keeps the site's rule.
    const hidden = saver === 'singlefile' ? 'sf-hidden' : rng.pick(['hide', 'hidden', 'dn']);
    const popup = rng.chance(0.5)
      ? `<div class="${rng.pick(['pop-doctor', 'recommend-dialog', 'modal-tj'])} ${hidden}"><h4>推荐医生</h4><div>${picture('png', '')}<b>${esc(other.name)}</b> <span>${other.title}</span><p>${esc(page.doctor.hospital!.replace(/(市).*$/u, '$1'))}第一人民医院 三甲 ${esc(page.doctor.department!)}</p><a href="${origin}/ask/">立即咨询</a></div></div>`
      : '';
    const card = plainCard(rng, page, gradeShown).replace(/href="\//g, `href="${origin}/`);
    const cardWithPhoto = `<div${cls(rng)}>${picture(rng.pick(['jpeg', 'png']), `${page.doctor.name}医生头像`)}${card}</div>`;
    const cardBlock = rng.chance(0.5) ? `${popup}${cardWithPhoto}` : `${cardWithPhoto}${popup}`;
    const related = relatedList(rng, page.related, datedItems).replace(/href="\//g, `href="${origin}/`);
    const fonts = `<style>@font-face{font-family:iconfont;src:url(data:font/woff2;base64,${base64(rng, rng.int(600, 2400))}) format("woff2")}${
      popup ? `.${hidden}{display:none!important}` : ''
    }body{font-family:"PingFang SC","Microsoft YaHei",sans-serif}</style>`;
    const inner = `<div${cls(rng)}><a href="${origin}/">${picture('png', '问医之家')}</a> <a href="${origin}/ask/">问医生</a> <a href="${origin}/jibing/">查疾病</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${cardBlock}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${related}
<div${cls(rng)}>© 2024 问医之家 <a href="${origin}/about/">关于我们</a></div>`;
    const canonical = rng.chance(0.6) ? page.canonical : null;
    const title = `${page.question}_问医之家`;
    let html: string;
    if (saver === 'singlefile') {
      const note = `<!--\n Page saved with SingleFile \n url: ${page.canonical} \n saved date: ${savedAt}\n-->`;
      html = documentOf(title, canonical, `${fonts}<meta name="referrer" content="no-referrer">\n`, inner.replace(/>\n+</g, '><'))
        .replace('<html lang="zh-CN">', `<html lang="zh-CN">${note}`)
        .replace(/>\n</g, '><');
    } else {
      const metas = [
        `<meta name="savepage-url" content="${page.canonical}">`,
        `<meta name="savepage-title" content="${esc(title)}">`,
        `<meta name="savepage-from" content="${page.canonical}">`,
        `<meta name="savepage-date" content="${savedAt}">`,
        `<meta name="savepage-state" content="Standard Items; Used page loader; Max frame depth = 5; Max resource size = 50MB; Max resource time = 10s;">`,
        `<meta name="savepage-version" content="${rng.pick(['29.4', '31.5', '33.9'])}">`,
      ].join('\n');
      html = documentOf(title, canonical, `${metas}\n${fonts}\n`, inner);
    }
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. multi-practice ---

/** How a page may print a grade, with its key (as printed, a trailing 医院 dropped). */
const GRADE_PRINTS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  三甲: [['三甲', '三甲'], ['三级甲等', '三级甲等'], ['三级甲等医院', '三级甲等'], ['3A', '3A'], ['三级医院', '三级'], ['三甲医院', '三甲']],
  三级甲等: [['三级甲等', '三级甲等'], ['三级甲等医院', '三级甲等'], ['三甲', '三甲'], ['3A', '3A'], ['三级医院', '三级']],
  二甲: [['二甲', '二甲'], ['二级甲等', '二级甲等'], ['二级甲等医院', '二级甲等'], ['二级医院', '二级']],
};
const OTHER_PRACTICES = ['第二人民医院', '中医院', '妇幼保健院', '康宁门诊部', '和美医疗中心', '互联网医院', '仁爱医院', '社区卫生服务中心'];
const OTHER_GRADES = ['三甲', '二甲', '三级', '二级', '一级'];
const OTHER_DEPTS = ['特需门诊', '专家门诊', '名医工作室', '全科诊室'];

/**
 * F2. A 医生问答 page of a doctor who practises at several hospitals (多点执业): the card gives the
 * name and title, then the practices — labelled rows (`第一执业：` / `第一执业医院：` / `主执业：`
 * with the hospital, its grade as the site writes it — 三甲, 三级甲等(医院), 3A, 三级医院 — and the
 * department; `多点执业：` / `其他执业点：` with 1–3 others, a grade after some and a clinic's
 * department now and then), a list of practices whose `第一执业` tag marks one (not always the first
 * listed: 35%), or an unlabelled `执业点：A / B / C` line (the first is the main one); a 多点执业
 * badge on half; grade printed with the main hospital on 75%. Then the date line (format on 45%),
 * the answer and an ordinary related list (dated on half).
 */
const multiPractice: Family = {
  name: 'multi-practice',
  split: 'fresh-25',
  site: 'www.duodian-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const printFormat = rng.chance(0.45);
    const datedItems = rng.chance(0.5);
    const gradeShown = rng.chance(0.75);
    const [gradePrint, gradeKey] = gradeShown ? rng.pick(GRADE_PRINTS[d.hospital_grade!] ?? [[d.hospital_grade!, d.hospital_grade!]]) : ['', null];
    const city = d.hospital!.replace(/(市).*$/u, '$1');
    const others = rng
      .shuffle(OTHER_PRACTICES)
      .map((kind) => `${city}${kind}`)
      .filter((h) => !d.hospital!.includes(h.slice(city.length, city.length + 2)))
      .slice(0, rng.int(1, 3))
      .map((h) => ({ hospital: h, grade: rng.chance(0.5) ? rng.pick(OTHER_GRADES) : '', dept: rng.chance(0.4) ? rng.pick(OTHER_DEPTS) : '' }));
    const withGrade = (grade: string) => (grade ? rng.pick([`（${grade}）`, ` ${grade}`, `<span${cls(rng)}>${grade}</span>`]) : '');
    const main = `${esc(d.hospital!)}${withGrade(gradePrint)}`;
    const other = (o: (typeof others)[number]) => `${esc(o.hospital)}${withGrade(o.grade)}${o.dept ? ` ${o.dept}` : ''}`;
    const style = rng.weighted([['rows', 45], ['tagged', 35], ['line', 20]] as const);
    let practices: string;
    if (style === 'rows') {
      const mainLabel = rng.pick(['第一执业：', '第一执业医院：', '主执业：', '第一执业点：']);
      const otherLabel = rng.pick(['多点执业：', '其他执业点：', '多点执业机构：']);
      const mainRow = `<p${cls(rng)}><span${cls(rng)}>${mainLabel}</span>${main} ${esc(d.department!)}</p>`;
      const otherRow = `<p${cls(rng)}><span${cls(rng)}>${otherLabel}</span>${others.map(other).join(rng.pick(['、', '；', ' / ']))}</p>`;
      practices = rng.chance(0.75) ? `${mainRow}${otherRow}` : `${otherRow}${mainRow}`;
    } else if (style === 'tagged') {
      const tag = `<em${cls(rng)}>${rng.pick(['第一执业', '主执业'])}</em>`;
      const items = others.map((o) => `<li${cls(rng)}>${other(o)}</li>`);
      items.splice(rng.chance(0.65) ? 0 : rng.int(1, items.length), 0, `<li${cls(rng)}>${tag} ${main} ${esc(d.department!)}</li>`);
      practices = `<div${cls(rng)}><span>执业医院</span><ul${cls(rng)}>${items.join('')}</ul></div>`;
    } else {
      practices = `<p${cls(rng)}>科室：${esc(d.department!)}</p><p${cls(rng)}>执业点：${[main, ...others.map((o) => `${esc(o.hospital)}${o.grade ? `（${o.grade}）` : ''}`)].join(' / ')}</p>`;
    }
    const badge = rng.chance(0.5) ? ` <i${cls(rng)}>多点执业</i>` : '';
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 991}.jpg" alt=""><div${cls(rng)}><a href="/doctor/${token(rng, 6)}/"${cls(rng)}>${esc(d.name!)}</a> <span${cls(rng)}>${d.title}</span>${badge}</div>${practices}</div>`;
    const body = `<div${cls(rng)}><a href="/">多点医生网</a> <a href="/ask/">免费提问</a> <a href="/doctors/">找医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-多点医生网`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown: true, printFormat, datedItems }), doctor: { ...d, hospital_grade: gradeKey } },
    };
  },
};

// --- F3. comment-reply ---

const USER_NICKS = ['小小鱼', '向日葵2019', '晴天', 'momo妈', '路人甲', '用户8732**', '夜猫子', '阿杰', '快乐每一天', '木木'];
const USER_COMMENTS_BEFORE = ['同问，我也有这个情况，求解答。', '楼主现在好点了吗？', '我之前也这样，后来去医院查了没什么大事。', '蹲一个医生回复。'];
const USER_COMMENTS_AFTER = ['谢谢医生，讲得很清楚！', '医生说得对，我按这个方法试了有效果。', '收藏了，很有用。', '请问医生，孕妇也适用吗？'];

/** A time of day as WordPress's zh_CN comment dates print it: 上午9:05, 下午3:40. */
const halfDay = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `${h < 12 ? '上午' : '下午'}${h % 12 || 12}:${String(m).padStart(2, '0')}`;
};

/**
 * F3. A 健康社区 post (a forum or blog-like 问答社区) whose answer is a comment: the `<h1>` question, the
 * asker's post (nickname, 发布于 day, a 问题描述 of two or three lines), then a comment thread of
 * 1–3 users' comments (earlier or later than the doctor's) and the doctor's comment, badged 认证医生
 * with a line `title · hospital [grade] · department` by the name, its message the answer's
 * paragraphs, users' replies nested under it on 60%. The thread is Disqus-like on half the pages
 * (`N 条评论`, sort tabs 最佳 / 最新 / 最早, `<li class="post">`: avatar, author, time link, message,
 * 赞 / 回复 / 举报) and WordPress's on the others (`《question》上有 N 条评论`, `<li class="comment">`
 * with `说道：`, a `<time datetime>` printed `2019年9月23日 上午10:20`, 回复, a 发表回复 form). Grade on
 * 50%. An ordinary related list after the thread (dated on half).
 */
const commentReply: Family = {
  name: 'comment-reply',
  split: 'fresh-25',
  site: 'bbs.jiankang-shequ.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const system = rng.chance(0.5) ? 'disqus' : 'wordpress';
    const asked = shift(page.date!, -rng.int(0, 3));
    const asker = rng.pick(USER_NICKS);
    const nicks = rng.shuffle(USER_NICKS.filter((n) => n !== asker));
    let nick = 0;
    const stamp = (iso: string) => {
      const time = hm(rng);
      if (system === 'wordpress') return `<time datetime="${iso}T${time}:00+08:00">${cnDate(iso)} ${halfDay(time)}</time>`;
      return rng.pick([`${iso} ${time}`, `${iso.replace(/-/g, '/')} ${time}`, dayText(rng, iso, time)]);
    };
    const comment = (author: string, badge: string, when: string, message: string, children = '') => {
      const id = rng.int(1_000_000, 9_999_999);
      const avatar = `<img src="/avatar/${id % 97}.png" alt=""${system === 'wordpress' ? ' class="avatar avatar-48 photo" width="48" height="48"' : ''}>`;
      if (system === 'wordpress') {
        return `<li class="comment depth-1" id="comment-${id}"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">${avatar}<b class="fn">${author}</b>${badge} <span class="says">说道：</span></div><div class="comment-metadata"><a href="#comment-${id}">${when}</a></div></footer><div class="comment-content">${message}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">回复</a></div></article>${children ? `<ol class="children">${children.replace(/comment depth-1/g, 'comment depth-2')}</ol>` : ''}</li>`;
      }
      return `<li class="post" id="post-${id}"><div class="post-content"><div class="avatar">${avatar}</div><div class="post-body"><header class="post-header"><span class="author">${author}</span>${badge} <a class="time" href="#post-${id}">${when}</a></header><div class="post-message">${message}</div><footer${cls(rng)}><a class="vote-up" href="#">赞 ${rng.int(0, 40)}</a> · <a class="reply" href="#">回复</a> · <a class="flag" href="#">举报</a></footer></div></div>${children ? `<ul class="children">${children}</ul>` : ''}</li>`;
    };
    const userComment = (iso: string, text: string) => comment(`<a href="/u/${token(rng, 5)}">${esc(nicks[nick++ % nicks.length]!)}</a>`, '', stamp(iso), `<p>${esc(text)}</p>`);
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const sep = rng.pick([' · ', ' | ', '，']);
    const doctorName = `<a href="/doctor/${token(rng, 6)}">${esc(d.name!)}</a>`;
    const doctorBadge = ` <span class="${rng.pick(['badge', 'mod-badge', 'tag-v'])}">${rng.pick(['认证医生', '医生认证', '✓ 认证医生'])}</span><div class="author-info">${d.title}${sep}${hosp}${sep}${esc(d.department!)}</div>`;
    const replies = rng.chance(0.6)
      ? Array.from({ length: rng.int(1, 2) }, () => userComment(shift(page.date!, rng.int(0, 20)), rng.pick(USER_COMMENTS_AFTER))).join('')
      : '';
    const doctorComment = comment(doctorName, doctorBadge, stamp(page.date!), paragraphsHtml(page.paragraphs), replies);
    const before = Array.from({ length: rng.int(0, 2) }, () => userComment(asked, rng.pick(USER_COMMENTS_BEFORE)));
    const after = Array.from({ length: rng.int(0, 2) }, () => userComment(shift(page.date!, rng.int(1, 60)), rng.pick(USER_COMMENTS_AFTER)));
    const posts = [...before, doctorComment, ...after].join('\n');
    const count = (posts.match(/<li class="(post|comment)/g) ?? []).length;
    const post = `<article${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}><a href="/u/${token(rng, 5)}">${esc(asker)}</a> 发布于 ${dayText(rng, asked, hm(rng))} · 浏览 ${rng.int(50, 9000)}</div><div${cls(rng)}><p>${rng.pick(['问题描述：', ''])}${esc(rng.shuffle(ASKER_LINES).slice(0, rng.int(2, 3)).join(''))}</p></div></article>`;
    const thread =
      system === 'wordpress'
        ? `<div id="comments" class="comments-area"><h2 class="comments-title">《${esc(page.question)}》上有 ${count} 条评论</h2><ol class="comment-list">${posts}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">您的邮箱地址不会被公开。</p><textarea name="comment" rows="8"></textarea><input type="submit" value="发表评论"></form></div></div>`
        : `<section id="comments"${cls(rng)}><div class="thread-header"><h3>${count} 条评论</h3><ul class="sort"><li class="selected">最佳</li><li>最新</li><li>最早</li></ul></div><ul class="post-list">${posts}</ul><div class="textarea-wrapper"><textarea placeholder="发表你的评论…"></textarea><button>发布</button></div></section>`;
    const body = `<div${cls(rng)}><a href="/">健康社区</a> <a href="/forum/">讨论区</a> <a href="/ask/">发帖提问</a></div>
${wrap(rng, `${post}\n${thread}`)}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 健康社区</div>`;
    const html = documentOf(`${page.question} - 健康社区`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat: false, datedItems }) };
  },
};

// --- F4. title-question ---

const SITE_NAMES = ['好问医生网', '健康百事通', '问诊宝', '医答网'];

/**
 * F4. A Q&A page that prints its question only in the `<title>`: the `<title>` is the question with
 * the site's suffix (`_站名`, ` - 站名`, ` - 站名 - 专业医生在线解答`, `_科室_站名`), the page's only
 * `<h1>` the site's logo (its name as text, or a logo picture with the name as `alt`), a breadcrumb
 * `首页 > 科室 > 问题详情`, on 60% the asker's 问题描述 (not the question), then a plain card (grade on
 * 60%), the date line (format on 40%), a 医生回答 head over the answer, a disclaimer and an ordinary
 * related list (dated on half). No JSON-LD, no og:title.
 */
const titleQuestion: Family = {
  name: 'title-question',
  split: 'fresh-25',
  site: 'www.biaoti-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const siteName = rng.pick(SITE_NAMES);
    const dept = page.doctor.department!;
    const title = rng.pick([`${page.question}_${siteName}`, `${page.question} - ${siteName}`, `${page.question} - ${siteName} - 专业医生在线解答`, `${page.question}_${dept}_${siteName}`]);
    const logo = rng.chance(0.6) ? `<h1${cls(rng)}><a href="/">${siteName}</a></h1>` : `<h1${cls(rng)}><a href="/"><img src="/static/logo.png" alt="${siteName}"></a></h1>`;
    const crumbs = `<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/ks/${token(rng, 4)}/">${esc(dept)}</a> &gt; <span>${rng.pick(['问题详情', '正文', '问答详情'])}</span></div>`;
    const described = rng.chance(0.6) ? `<div${cls(rng)}><span>问题描述：</span>${esc(rng.shuffle(ASKER_LINES).slice(0, rng.int(1, 3)).join(''))}</div>` : '';
    const answer = `<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['医生回答', '医生解答', '专家回复'])}</h2>${paragraphsHtml(page.paragraphs)}</div>`;
    const body = `<header${cls(rng)}>${logo}<nav><a href="/ask/">我要提问</a> <a href="/ks/">按科室找</a></nav></header>
${crumbs}
${wrap(rng, `${described}\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(title, page.canonical, `<meta name="keywords" content="${esc(topicWord(page))},${esc(dept)}">\n`, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. medicine-images ---

const DRUGS = ['布洛芬缓释胶囊', '阿莫西林胶囊', '奥美拉唑肠溶胶囊', '蒙脱石散', '氯雷他定片', '维生素D滴剂', '复方甘草片', '头孢克肟分散片'];

/**
 * F5. A 图文 answer written in a rich-text editor that parts paragraphs with `<br><br>` (`<br />`,
 * a newline between now and then) in one `<div>` (or `<p>`s on 30%), with photos of medicine boxes:
 * on its own line between two paragraphs (full width, `alt` a drug's name, `药品图片`, `图片` or empty),
 * and on 50% a small one (width 60–140, `vertical-align:middle`) inside a sentence after a comma.
 * A plain card (grade on 60%), the date line (format on 60%), a disclaimer, an ordinary related list
 * (dated on half).
 */
const medicineImages: Family = {
  name: 'medicine-images',
  split: 'fresh-25',
  site: 'www.yaohe-tuwen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const upload = () => `/uploads/${page.date!.slice(0, 7).replace('-', '/')}/${token(rng, 16)}.${rng.pick(['jpg', 'png', 'jpeg'])}`;
    const alt = () => rng.pick([rng.pick(DRUGS), '药品图片', '图片', '']);
    const big = () => `<img src="${upload()}" alt="${alt()}"${rng.chance(0.5) ? ' style="max-width:100%"' : ` width="${rng.int(300, 600)}"`}>`;
    const small = () => `<img src="${upload()}" alt="${alt()}" width="${rng.int(60, 140)}" style="vertical-align:middle">`;
    const inSentence = rng.chance(0.5);
    const texts = page.paragraphs.map((p) => {
      const comma = p.indexOf('，', 4);
      return inSentence && comma > 0 && comma < p.length - 2 && rng.chance(0.4) ? `${esc(p.slice(0, comma + 1))}${small()}${esc(p.slice(comma + 1))}` : esc(p);
    });
    const between = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.int(0, texts.length - 1)));
    const asP = rng.chance(0.3);
    const brk = rng.pick(['<br><br>', '<br />\n<br />', '<br/><br/>\n']);
    const pieces = texts.flatMap((t, i) => (between.has(i) ? [t, asP ? `<p style="text-align:center">${big()}</p>` : big()] : [t]));
    const answer = asP
      ? pieces.map((x) => (x.startsWith('<p') ? x : `<p>${x}</p>`)).join('\n')
      : pieces.join(brk);
    const body = `<div${cls(rng)}><a href="/">药盒问答</a> <a href="/yaopin/">查药品</a> <a href="/ask/">问医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}_药盒问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. readmore-table ---

/**
 * F6. A portal's Q&A page whose related list (相关问答, 相似问题, 大家都在问) is a numbered table: a
 * number cell (`1`, `01`, `1.`), the linked question, its snippet under it or in a cell of its own
 * ending in a read-more link (`[详细]`, `>>`, `查看全部`, `阅读全文›`, one kind a page) and, on 55%, a
 * `...` or `…` printed before the link (not after a snippet that already ends in `…`), a date cell on
 * 60%. An ordinary page above it: `<h1>`, plain card (grade on 60%), date line (format on 40%), answer.
 */
const readmoreTable: Family = {
  name: 'readmore-table',
  split: 'fresh-25',
  site: 'ask.menhu-jiankang.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.6);
    const more = rng.pick(['[详细]', '&gt;&gt;', '查看全部', '阅读全文›']);
    const dots = rng.chance(0.55) ? rng.pick(['...', '…']) : '';
    const number = rng.pick([(i: number) => String(i + 1), (i: number) => String(i + 1).padStart(2, '0'), (i: number) => `${i + 1}.`]);
    const ownCell = rng.chance(0.5);
    const shown = page.related.map((r) => (dots && !/[…]$/u.test(r.snippet) ? `${r.snippet}${dots}` : r.snippet));
    const rows = page.related.map((r, i) => {
      const snippet = `${esc(shown[i]!)}<a href="${r.path}"${cls(rng)}>${more}</a>`;
      const q = `<a href="${r.path}"${cls(rng)}>${esc(r.question)}</a>`;
      const cells = ownCell ? `<td>${q}</td><td>${snippet}</td>` : `<td>${q}<br><span${cls(rng)}>${snippet}</span></td>`;
      return `<tr><td${cls(rng)}>${number(i)}</td>${cells}${datedItems ? `<td>${r.date}</td>` : ''}</tr>`;
    });
    const table = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关问答', '相似问题', '大家都在问'])}</h3><table${cls(rng)} width="100%" cellspacing="0">${rows.join('\n')}</table></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">健康门户</a> <a href="/ask/">问答</a> <a href="/news/">资讯</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${table}`;
    const html = documentOf(`${ask(page)}_健康门户问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ paragraphs: [shown[i]!], format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH25_FAMILIES: readonly Family[] = [singlefileSave, multiPractice, commentReply, titleQuestion, medicineImages, readmoreTable];
