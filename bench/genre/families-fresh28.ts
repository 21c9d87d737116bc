import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, cardPlain, cnDate, dayText, documentOf, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, unpadded, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-fifth fresh held-out set (split `fresh-28`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are modelled on a kind of real page of the genre
 * that no earlier family covers (from memory, no copied markup): a question page whose `<h1>` is the
 * question cut short with `…`, the whole question only as an `<h2>` at the head of the answer box; a
 * 健康号 article posted by a hospital's official account, the answering doctor named only inside the
 * article; a doctor's microblog post answering a follower's question, the card being the account's
 * nickname and its verification line, comments under it. Three on something real stored or served
 * text does to an ordinary page: an answer submitted by e-mail reply and printed without decoding its
 * quoted-printable transfer encoding (`=E5=8C=BB`, soft line breaks `=`); a CMS that prints every
 * Chinese punctuation mark half-width (`,` `.` `?` `:` `()`); an answer typed into a
 * `<textarea wrap="hard">`, so that its stored text has a line break every N characters, printed with
 * `<br>`s.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; a tooltip is no print; a list of bare titles is no related items).
 * Where a careful person could hesitate, the key decides:
 * - h1-ellipsis: the question is the whole question the `<h2>` prints, not the `<h1>`'s (or the
 *   `<title>`'s, or the breadcrumb's) cut form; the `<h2>` (and a `问题：` label before it) is none of
 *   the answer.
 * - institution-account: the doctor is the one the article names as answering (`本期由我院心内科主任医师
 *   王芳为大家解答`, `答疑专家：…`, `（本文专家：…）`), not the account; the hospital is the account's
 *   (the article says 我院: the account is the hospital), without the platform's `官方号` / `健康号`
 *   suffix; the grade is the account's badge where printed (`三甲医院` gives 三甲), else null. The
 *   credit line, the 编辑 / 审核 / 来源 lines and the account's other articles (bare titles) are none of
 *   the answer, the card or the related items. The date is the article's.
 * - weibo-post: the question is the follower's question the post quotes (without `网友提问：`, `【网友问】`,
 *   the quotation marks or the lead-in `有网友私信问我：`), the answer the doctor's lines after it; the
 *   name is the nickname without `医生` / `大夫`, title, department and hospital from the 微博认证 line
 *   (glued or spaced), the grade null (not printed). Comments, the doctor's replies to comments and
 *   their days are none of the answer or date; the counters and the client (`来自 iPhone客户端`)
 *   nothing. No related list: no items.
 * - qp-leftovers: the answer is the text the doctor wrote, as charset-lie keyed the text a page's bytes
 *   hold under a lying declaration: the quoted-printable is decoded (`=XX` bytes as UTF-8, a soft line
 *   break `=` at a line's end joins the lines), one hard line a paragraph (blank lines none); the leaked
 *   MIME header lines and the mail client's signature (`--`, `发自我的iPhone`) are none of it; a related
 *   snippet printed undecoded likewise is its decoded text.
 * - halfwidth-punct: the text as printed, with its half-width punctuation (`,` `.` `?` `:` `;` `!`
 *   `()` `"`, and `,` for `、` where the page prints it so), in the question, answer, card and items;
 *   a grade in `(三甲)` is the grade.
 * - hard-wrap: the line breaks a hard-wrapping textarea put in every N characters are no paragraph
 *   breaks (they fall inside words and sentences); a paragraph ends where the page shows one — a blank
 *   line, or the next line opening with a `　　` indent — and is its lines joined. The asker's wrapped
 *   问题描述 is none of the answer.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

/** 986, 1.2万: a count as Chinese sites abbreviate it. */
const count = (rng: Rng, max = 90_000) => {
  const n = rng.int(3, max);
  return n >= 10_000 ? `${(n / 10_000).toFixed(1)}万` : String(n);
};

// --- F1. h1-ellipsis ---

/** The question cut short, 2–6 characters before its end (never to fewer than 4), with an ellipsis. */
const cutShort = (rng: Rng, question: string) => {
  const chars = [...question];
  const keep = Math.min(Math.max(4, chars.length - rng.int(2, 6)), chars.length - 1);
  return `${chars.slice(0, keep).join('')}${rng.pick(['…', '...', '……'])}`;
};

/**
 * F1. A Q&A page whose template limits the `<h1>` to a few characters: the question cut short with
 * `…` / `...` (the full question in its `title` attribute on 30%), the `<title>` cut the same way on
 * 60%, a breadcrumb ending in the cut form on half; the whole question only as an `<h2>` (after a
 * `问题：` label on 30%) at the head of the answer box, above the paragraphs. Plain card before or
 * after the date line (grade on 60%, format on 40%), the card after the answer on 30%; an ordinary
 * related list (dated on half).
 */
const h1Ellipsis: Family = {
  name: 'h1-ellipsis',
  split: 'fresh-28',
  site: 'www.jieduan-biaoti.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const short = cutShort(rng, page.question);
    const h1 = `<h1${cls(rng)}${rng.chance(0.3) ? ` title="${esc(page.question)}"` : ''}>${esc(short)}</h1>`;
    const crumbs = rng.chance(0.5)
      ? `<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/ks/${token(rng, 4)}/">${esc(page.doctor.department!)}</a> &gt; <span>${esc(short)}</span></div>\n`
      : '';
    const h2 = `<h2${cls(rng)}>${rng.chance(0.3) ? `<span${cls(rng)}>问题：</span>` : ''}${esc(page.question)}</h2>`;
    const answerBox = `<div${cls(rng)}>${h2}<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const content = rng.chance(0.3) ? `${h1}\n${when}\n${answerBox}\n${card}` : `${h1}\n${card}\n${when}\n${answerBox}`;
    const body = `<div${cls(rng)}><a href="/">截短问答</a> <a href="/ask/">我要提问</a></div>
${crumbs}${wrap(rng, content)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 截短问答</div>`;
    const title = rng.chance(0.6) ? `${short}_截短问答` : `${page.question}_截短问答`;
    const html = documentOf(title, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. institution-account ---

const ARTICLE_TITLES = ['秋冬季节如何预防感冒？', '我院成功开展新技术', '体检报告怎么看？一文读懂', '世界高血压日义诊活动', '孩子发烧别慌，这几点要知道', '科学减重门诊开诊啦'];

/**
 * F2. A 健康号 / 自媒体 platform's article posted by a hospital's official account: the account block
 * first (avatar, the account's name — the hospital, or the hospital with `官方号` / `健康号` —, a
 * verification line, the grade as a badge `三甲医院` on half, 粉丝 counts, 关注), the `<h1>` question
 * (after a `【专家答疑】`-kind column tag on 30%), `发布于` and the day, a 阅读 count; the article names
 * the answering doctor once, in a credit line before the answer (`本期由我院{dept}{title}{name}为大家解答。`,
 * `答疑专家：{name}，{dept}{title}`, a name / title bar beside a small photo) or after it (`（本文专家：
 * {hospital}{dept}{title} {name}）`); the answer's paragraphs (in `<section>`s on half); 编辑 / 审核 and 来源
 * lines on some; an ordinary related list (dated on half); the account's other articles as bare titles
 * on 40%.
 */
const institutionAccount: Family = {
  name: 'institution-account',
  split: 'fresh-28',
  site: 'www.jiankanghao-pingtai.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const account = rng.pick([d.hospital!, `${d.hospital}官方号`, `${d.hospital}健康号`]);
    const badge = gradeShown ? ` <span${cls(rng)}>${d.hospital_grade}医院</span>` : '';
    const head = `<div${cls(rng)}><img src="/avatar/org${page.item.num % 991}.png" alt="${esc(account)}"><div${cls(rng)}><b${cls(rng)}>${esc(account)}</b>${badge}</div>
<div${cls(rng)}>${rng.pick(['医院官方账号', `认证：${esc(d.hospital!)}官方账号`, '健康号 · 医疗机构'])}</div><div${cls(rng)}>${count(rng)}粉丝 · ${count(rng, 3000)}篇内容</div><button${cls(rng)}>+ 关注</button></div>`;
    const tag = rng.chance(0.3) ? rng.pick(['【专家答疑】', '【健康问答】', '名医答疑｜']) : '';
    const when = `<div${cls(rng)}>${rng.pick(['发布于 ', '发布时间：', ''])}${dayText(rng, page.date!, page.time)} · 阅读 ${count(rng)}</div>`;
    const credit = rng.weighted([['intro', 35], ['label', 25], ['bar', 15], ['end', 25]] as const);
    const dt = `${esc(d.department!)}${d.title}`;
    const before =
      credit === 'intro'
        ? `<p${cls(rng)}>${rng.pick(['本期由我院', '本期邀请到我院'])}${dt}${esc(d.name!)}为大家解答。</p>`
        : credit === 'label'
          ? `<p${cls(rng)}>答疑专家：${esc(d.name!)}，${dt}</p>`
          : credit === 'bar'
            ? `<div${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt=""><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${dt}</span></div>`
            : '';
    const after = credit === 'end' ? `<p${cls(rng)}>（本文专家：${esc(d.hospital!)}${dt} ${esc(d.name!)}）</p>` : '';
    const sections = rng.chance(0.5);
    const answer = page.paragraphs.map((p) => (sections ? `<section${cls(rng)}><p>${esc(p)}</p></section>` : `<p>${esc(p)}</p>`)).join('\n');
    const tail = [
      rng.chance(0.6) ? `<p${cls(rng)}>编辑：${otherName(rng)}　审核：${otherName(rng)}</p>` : '',
      rng.chance(0.5) ? `<p${cls(rng)}>来源：${esc(d.hospital!)}${rng.pick(['宣传科', '党委宣传部', '健康教育科'])}</p>` : '',
    ].join('');
    const others = rng.chance(0.4)
      ? `<aside${cls(rng)}><h4>${rng.pick(['TA的其他文章', '医院动态', '更多内容'])}</h4><ul>${rng.shuffle(ARTICLE_TITLES).slice(0, 4).map((t) => `<li><a href="/a/${rng.int(10000, 99999)}.html">${t}</a></li>`).join('')}</ul></aside>`
      : '';
    const article = `<article${cls(rng)}><h1${cls(rng)}>${tag}${esc(page.question)}</h1>\n${when}\n<div${cls(rng)}>${before}\n${answer}\n${after}${tail}</div></article>`;
    const body = `<div${cls(rng)}><a href="/">健康号</a> <a href="/hot/">热点</a> <a href="/app/">下载APP</a></div>
${head}
${article}
${relatedList(rng, page.related, datedItems)}
${others}`;
    const html = documentOf(`${tag}${page.question}-${account}-健康号`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F3. weibo-post ---

const FOLLOWERS = ['小鱼儿爱吃糖', '用户7382910', '晴天娃娃2018', '北漂的阿强', '一只小可爱', '豆豆妈妈', '奋斗的蜗牛', 'Lily_在路上'];
const COMMENT_LINES = ['谢谢医生，讲得很清楚！', '我家宝宝也是这样，请问需要去医院吗？', '转发了，给家里人看看。', '医生辛苦了👍', '收藏了，太有用了', '请问吃药期间能喝牛奶吗？'];
const AUTHOR_REPLIES = ['建议到医院面诊后再决定。', '可以的，注意观察就好。', '谢谢支持。', '具体要看检查结果。'];
const CLIENTS = ['iPhone客户端', 'HUAWEI Mate 40 Pro', '微博 weibo.com', 'Android'];

/**
 * F3. A doctor's microblog post answering a follower's question, saved from the post's page: the
 * post's header (avatar, the nickname `{name}医生` / `{name}大夫` / `{name}`, a V badge, the time
 * `2023-5-6 14:22` or `2023年5月6日 14:22` and `来自 …`); the post's text with `<br>`s: a hashtag, the
 * follower's question (`网友提问：…`, `【网友问】…`, or `有网友私信问我：“…”`), then the doctor's lines
 * (after `{nickname}回答：` / `【{name}医生答】` on some); 转发 / 评论 / 赞 counts; 2–6 comments with
 * nicknames and their own days, the author's replies among them on half; the author's profile box
 * (微博认证：`{hospital}{dept}{title}`, glued or spaced; 关注 / 粉丝 / 微博 counts) before or after the
 * post. No related list.
 */
const weiboPost: Family = {
  name: 'weibo-post',
  split: 'fresh-28',
  site: 'm.weibo-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const nick = rng.weighted([[`${d.name}医生`, 50], [`${d.name}大夫`, 25], [d.name!, 25]] as const);
    const iso = page.date!;
    const time = `${rng.pick([unpadded(iso, '-'), cnDate(iso)])} ${page.time}`;
    const gap = rng.pick(['<br>', '<br><br>']);
    const tagWord = rng.pick(['#健康问答#', '#医生说#', '#问医生#']);
    const hashtag = `<a href="/search?containerid=${token(rng, 8)}">${tagWord}</a>`;
    const style = rng.pick(['asked', 'bracket', 'dm'] as const);
    const lead =
      style === 'asked'
        ? `${hashtag} 网友提问：${esc(page.question)}${gap}${rng.chance(0.5) ? `${esc(nick)}回答：<br>` : ''}`
        : style === 'bracket'
          ? `${hashtag}<br>【网友问】${esc(page.question)}${gap}【${esc(d.name!)}医生答】${rng.chance(0.5) ? '<br>' : ''}`
          : `${hashtag} 有网友私信问我：“${esc(page.question)}”${gap}`;
    const text = `${lead}${page.paragraphs.map(esc).join(gap)}`;
    const header = `<div${cls(rng)}><img src="https://tvax1.sinaimg.example/crop.0.0.180.180.50/${token(rng, 8)}.jpg" alt=""><div${cls(rng)}><h3${cls(rng)}>${esc(nick)}</h3><i${cls(rng)} title="微博个人认证">V</i><div${cls(rng)}><span${cls(rng)}>${time}</span> <span${cls(rng)}>来自 ${rng.pick(CLIENTS)}</span></div></div></div>`;
    const counters = `<div${cls(rng)}><span>转发 ${count(rng, 3000)}</span> <span>评论 ${count(rng, 900)}</span> <span>赞 ${count(rng)}</span></div>`;
    const comments = Array.from({ length: rng.int(2, 6) }, (_, i) => {
      const day = shift(iso, rng.int(0, 40));
      const own = `<div${cls(rng)}><a href="/u/${rng.int(100000, 999999)}">${rng.pick(FOLLOWERS)}</a>：${rng.pick(COMMENT_LINES)} <span${cls(rng)}>${rng.pick([unpadded(day, '-'), `${Number(day.slice(5, 7))}-${Number(day.slice(8, 10))}`])}</span></div>`;
      const reply = i % 2 === 0 && rng.chance(0.5)
        ? `<div${cls(rng)}><a href="/u/self">${esc(nick)}</a> <span${cls(rng)}>作者</span>：${rng.pick(AUTHOR_REPLIES)}</div>`
        : '';
      return `${own}${reply}`;
    }).join('\n');
    const verified = rng.chance(0.5) ? `${esc(d.hospital!)}${esc(d.department!)}${d.title}` : `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}`;
    const profile = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['微博认证：', '认证：', ''])}${verified}</div><div${cls(rng)}><span>关注 ${count(rng, 900)}</span> <span>粉丝 ${count(rng)}</span> <span>微博 ${count(rng, 5000)}</span></div></div>`;
    const post = `<div${cls(rng)}>${header}\n<div${cls(rng)}>${text}</div>\n${counters}</div>\n<div${cls(rng)}><div${cls(rng)}>评论</div>\n${comments}</div>`;
    const body = `<div${cls(rng)}><a href="/">微博</a> <a href="/search">搜索</a></div>\n${rng.chance(0.5) ? `${profile}\n${post}` : `${post}\n${profile}`}`;
    const title = rng.pick([`${nick}的微博`, '微博正文 - 微博', `${nick}：${[...page.question].slice(0, 10).join('')}…`]);
    const html = documentOf(title, rng.chance(0.5) ? page.canonical : null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: 'unknown', related: [] }),
    };
  },
};

// --- F4. qp-leftovers ---

/** A text's UTF-8 bytes quoted-printable (RFC 2045): printable ASCII but `=` as is, other bytes `=XX`, soft line breaks `=` keeping lines within 76 characters. */
export function quotedPrintable(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const piece = byte >= 33 && byte <= 126 && byte !== 61 ? String.fromCharCode(byte) : byte === 32 ? ' ' : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines;
}

const SIGNATURES = ['发自我的iPhone', '来自网易邮箱大师', '发自我的华为手机'];

/**
 * F4. A Q&A platform that lets doctors answer by replying to its notification e-mail, and printed the
 * reply's body without decoding its `Content-Transfer-Encoding: quoted-printable`: the answer block
 * shows `=E5=8F=AF=E4=BB=A5…` lines of at most 76 characters, each soft line break an `=` at a line's
 * end; the lines printed through nl2br (`=<br />`; a blank line between paragraphs on half), in a
 * `white-space: pre-wrap` block, or in a `<pre>`; the MIME header lines leaked at the top on 30%, the
 * mail client's signature (`-- ` and `发自我的iPhone`, encoded too) at the end on 40%; a `通过邮件回复`
 * note by the date on half. The question, card (grade on 60%) and date line (no format) typed
 * normally; the related list's snippets undecoded too on 40% (a plain list, dated on half).
 */
const qpLeftovers: Family = {
  name: 'qp-leftovers',
  split: 'fresh-28',
  site: 'www.youjian-huifu.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const show = rng.weighted([['nl2br', 50], ['pre-wrap', 30], ['pre', 20]] as const);
    const blank = rng.chance(0.5);
    const mailLines = [
      ...(rng.chance(0.3) ? ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable', ''] : []),
      ...page.paragraphs.flatMap((p, i) => [...(blank && i > 0 ? [''] : []), ...quotedPrintable(p)]),
      ...(rng.chance(0.4) ? ['', '-- ', ...quotedPrintable(rng.pick(SIGNATURES))] : []),
    ];
    const answer =
      show === 'nl2br'
        ? `<div${cls(rng)}>${mailLines.map((l) => `${esc(l)}<br />`).join('\n')}</div>`
        : show === 'pre-wrap'
          ? `<div${cls(rng)} style="white-space: pre-wrap">${esc(mailLines.join('\r\n'))}</div>`
          : `<pre${cls(rng)}>${esc(mailLines.join('\n'))}</pre>`;
    const note = rng.chance(0.5) ? ` <span${cls(rng)}>通过邮件回复</span>` : '';
    const encoded = rng.chance(0.4);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '其他医生的回答'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(encoded ? quotedPrintable(r.snippet).join('\n') : r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const when = `<div${cls(rng)}>${rng.pick(['回复时间：', '回答于 ', ''])}${dayText(rng, page.date!, page.time)}${note}</div>`;
    const body = `<div${cls(rng)}><a href="/">邮件问医</a> <a href="/ask/">免费提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医生回复', '医生解答', '回复内容'])}</h3>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}-邮件问医`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat: false, datedItems }) };
  },
};

// --- F5. halfwidth-punct ---

const HALF_WIDTH: ReadonlyArray<readonly [RegExp, string]> = [
  [/，/gu, ','], [/。/gu, '.'], [/？/gu, '?'], [/：/gu, ':'], [/；/gu, ';'], [/！/gu, '!'], [/（/gu, '('], [/）/gu, ')'], [/[“”]/gu, '"'], [/[‘’]/gu, "'"],
];

/** The text with its Chinese punctuation half-width, `、` as `,` where `comma` says so. */
const halfWidth = (text: string, comma: boolean) => HALF_WIDTH.reduce((t, [from, to]) => t.replace(from, to), comma ? text.replace(/、/gu, ',') : text);

/**
 * F5. A CMS that prints every Chinese punctuation mark half-width, in every text of the page (its
 * output filter runs over the whole document): `,` `.` `?` `:` `;` `!` `()` `"`, and `、` as `,` on 40%;
 * labels as `回答时间:`, a grade as `(三甲)`, the question ending in `?`, numbered points as `1.` and
 * `一,`. An ordinary page otherwise: `<h1>`, plain card (grade on 60%), date line (format on 40%),
 * answer, disclaimer and related list (dated on half).
 */
const halfwidthPunct: Family = {
  name: 'halfwidth-punct',
  split: 'fresh-28',
  site: 'www.banjiao-biaodian.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const comma = rng.chance(0.4);
    const half = (t: string) => halfWidth(t, comma);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const body = `<div${cls(rng)}><a href="/">半角问答</a> <a href="/ask/">提问</a> <a href="/ks/">科室导航</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 半角问答 版权所有</div>`;
    // The CMS's output filter: every text between tags (the title's too), not the markup.
    const html = documentOf(`${page.question}_半角问答`, page.canonical, '', body).replace(/>([^<>]+)</gu, (_m, text: string) => `>${half(text)}<`);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    const d = key.doctor;
    const halfOrNull = (v: string | null) => (v === null ? null : half(v));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: {
        ...key,
        question: half(key.question),
        doctor: { name: halfOrNull(d.name), title: halfOrNull(d.title), department: halfOrNull(d.department), hospital: halfOrNull(d.hospital), hospital_grade: halfOrNull(d.hospital_grade) },
        paragraphs: key.paragraphs.map(half),
        related: key.related.map((e) => ({ ...e, question: half(e.question), paragraphs: e.paragraphs.map(half) })),
      },
    };
  },
};

// --- F6. hard-wrap ---

/** The text broken into lines of `width` characters, as a `<textarea wrap="hard">` submits it. */
const hardLines = (text: string, width: number) => {
  const chars = [...text];
  return Array.from({ length: Math.ceil(chars.length / width) }, (_, i) => chars.slice(i * width, (i + 1) * width).join(''));
};

/**
 * F6. An old ask-a-doctor site whose reply form is a `<textarea wrap="hard" cols="N">`: the stored
 * answer has a line break every N characters (N 14–30 a page), mid-phrase, and is printed with
 * `<br>`s (nl2br); paragraphs parted by a blank line (half) or by the next line's `　　` indent (the
 * indent counted in the line's width); in a `<div>` or a table cell, under `<font>` now and then. The
 * asker's 问题描述 (the question and an asker's line, wrapped the same way) above it on 60%. Plain card
 * (grade on 60%), date line (format on 40%), an ordinary related list (dated on half).
 */
const hardWrap: Family = {
  name: 'hard-wrap',
  split: 'fresh-28',
  site: 'www.yinghuanhang-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const width = rng.int(14, 30);
    const indent = rng.chance(0.5);
    const lines = page.paragraphs.flatMap((p, i) => [...(!indent && i > 0 ? [''] : []), ...hardLines(indent ? `　　${p}` : p, width)]);
    const text = lines.map(esc).join(rng.pick(['<br>\n', '<br />', '<BR>']));
    const answer = rng.chance(0.4)
      ? `<table${cls(rng)}><tr><td${cls(rng)}>${rng.chance(0.5) ? `<font size="3">${text}</font>` : text}</td></tr></table>`
      : `<div${cls(rng)}>${text}</div>`;
    const asked = rng.chance(0.6)
      ? `<div${cls(rng)}><b>问题描述：</b><br>${hardLines(`${page.question}${rng.pick(ASKER_LINES)}`, width).map(esc).join('<br>')}</div>\n`
      : '';
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const body = `<div${cls(rng)}><a href="/">医患热线</a> | <a href="/ask.asp">我要提问</a> | <a href="/list.asp">问题列表</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${asked}${card}\n${when}\n<div${cls(rng)}><b>${rng.pick(['医生回复：', '专家解答：', '回复：'])}</b>${answer}</div>`)}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${page.question} - 医患热线`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH28_FAMILIES: readonly Family[] = [h1Ellipsis, institutionAccount, weiboPost, qpLeftovers, halfwidthPunct, hardWrap];
