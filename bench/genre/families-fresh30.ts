import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, RELATED_HEADS, cardPlain, cnDate, dayText, documentOf, formatWord, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';

/**
 * Thirtieth fresh held-out set (split `fresh-30`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real crawled HTML does to one (from memory, no copied markup),
 * that no earlier family covers: a PHP site whose server prints its errors into the page (PHP's
 * `<b>Notice</b>: … on line <b>87</b>` lines and Xdebug's orange tables, where a template variable was
 * missing: in the card, the date line, after the answer's loop, in the related list); a weekly
 * newsletter's 网页版 (an e-mail laid out in tables with inline styles, a hidden preheader, the issue's
 * day over a featured Q&A and 本期更多问答); a page guarding its text against copying by storing runs
 * of it backwards and showing them forwards with a bidi override (`<bdo dir="rtl">`,
 * `unicode-bidi: bidi-override; direction: rtl`); a 小红书-kind note by a doctor's account (nickname,
 * 认证 line, the note's title and text with its #话题 tags, 编辑于 and the IP's province, counters,
 * comments with the author's replies, a 相关笔记 feed of cards); a portal's scraper guard that draws
 * the answer's common characters with CSS (empty spans whose class a `<style>` rule fills with
 * `::before { content: "的" }`); a search engine's mobile instant page (Baidu MIP: `<html mip>`,
 * `<mip-img>`, `<mip-showmore>`, `<mip-link>`, `<mip-fixed>` bars, an empty `<mip-ad>`).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - php-notices: PHP's error output (Notice, Warning, Deprecated; plain, or Xdebug's table
 *   with its call stack) is none of any field wherever it stands; where it stands in a value's
 *   place (the grade, the day after 回答时间：) the value is not printed: null. A list whose query
 *   failed (the heading, a warning, an empty `<ul>`) has no items; items that each carry a notice
 *   before their snippet keep their snippet without it.
 * - email-digest: the featured Q&A (under 本期精选, 精选问答 or 本周热门) is the page's entry, its
 *   card and answer as printed; the issue's day (第128期 · 2023年5月8日) dates nothing: the answer's date is its 回答时间 where
 *   printed, else null. The hidden preheader (display:none) is no text. 本期更多问答's Q&As
 *   (question, snippet, `阅读全文` link to the same address, a day on half) are the related items; the
 *   往期回顾 links (past issues) are no items; the unsubscribe footer and the open-tracking pixel are
 *   none of anything.
 * - bidi-reversed: a run stored backwards inside a bidi override (`<bdo dir="rtl">`, an inline style
 *   or a class its `<style>` sets to `unicode-bidi: bidi-override; direction: rtl`) is displayed
 *   forwards: the text is what shows, the truth's, in the answer and, on half the pages, the doctor's
 *   name and hospital.
 * - xhs-note: the note's title is the question, its text (lines parted by `<br>` or `<p>`s) the
 *   answer; the #话题 tags (`#糖尿病`, `#糖尿病[话题]#`), on a line of their own or after the last
 *   sentence, are none of it. The doctor is the note's author: the nickname less a trailing 医生 /
 *   大夫 is the name; the 认证 line gives hospital, department and title (the grade where printed); a
 *   platform badge (认证医生, 专业号) is no title. The one day printed under the note (编辑于 …, with the
 *   IP's province) is the date; format unknown (nothing names it). Comments — the author's replies
 *   marked 作者 included — are none of the answer and date nothing; the counters are none. The
 *   相关笔记 cards are the related items: title as question, the card's text line as snippet, their
 *   author and like count none of it, no day, format unknown, the /explore/ address.
 * - css-content-chars: an empty span whose class a `<style>` rule draws with `content:` (the character
 *   itself or its CSS escape, `::before`, `:before` or `::after`) shows that character where it stands:
 *   the text is the truth's, in the answer, the heading and, on half the pages, the card's hospital and
 *   department and the related snippets. Nothing else of the `<style>` is text.
 * - mip-page: MIP's custom elements are what they render as: `<mip-img alt>` a picture (its alt, the
 *   doctor's name, no text of the card beyond the name printed beside it), `<mip-link href>` a link as
 *   `<a>` is (the item's address), `<mip-showmore>` a box whose whole content is the answer (its
 *   展开全文 / 收起 button none of it), `<mip-fixed>` bars furniture, `<mip-ad>` empty. The asker's
 *   问题描述 and 提问时间 are none of the answer and date nothing; 回答时间 (or 医生回复：, or the bare day
 *   under the card) is the date. The items' addresses are the MIP host's (`https://m…/mip/q/….html`),
 *   as linked; the canonical link names the desktop page, which addresses the entry only.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const paragraphsOf = (paragraphs: readonly string[], one: (p: string, i: number) => string) => paragraphs.map((p, i) => `<p>${one(p, i)}</p>`).join('');

// --- F1. php-notices ---

const PHP_FILES = ['templates/default/ask_show.htm.php', 'include/common.inc.php', 'data/tpl_cache/show_wenda.tpl.php', 'app/view/ask/detail.php', 'caches/caches_template/default/content/show.php'];
const PHP_VARS = ['hospital_grade', 'grade', 'dengji', 'hos_level', 'answer_time', 'thumb', 'keshi_id', 'zhicheng'];
const PHP_PROBLEMS = [
  (v: string) => `Undefined index: ${v}`,
  (v: string) => `Undefined variable: ${v}`,
  (v: string) => `Undefined array key "${v}"`,
  (v: string) => `Trying to access array offset on value of type null`,
  (v: string) => `Use of undefined constant ${v} - assumed '${v}'`,
];

/** One PHP error as display_errors prints it (plain, or as Xdebug's table with its call stack). */
function phpError(rng: Rng, site: string, level: 'Notice' | 'Warning' | 'Deprecated', message: string, xdebug: boolean): string {
  const file = `/www/wwwroot/${site}/${rng.pick(PHP_FILES)}`;
  const line = rng.int(12, 480);
  if (!xdebug) return `<br />\n<b>${level}</b>:  ${esc(message)} in <b>${file}</b> on line <b>${line}</b><br />\n`;
  const kind = level === 'Notice' ? 'xe-notice' : level === 'Warning' ? 'xe-warning' : 'xe-deprecated';
  return `<br />\n<font size='1'><table class='xdebug-error ${kind}' dir='ltr' border='1' cellspacing='0' cellpadding='1'>
<tr><th align='left' bgcolor='#f57900' colspan="5"><span style='background-color: #cc0000; color: #fce94f; font-size: x-large;'>( ! )</span> ${level}: ${esc(message)} in ${file} on line <i>${line}</i></th></tr>
<tr><th align='left' bgcolor='#e9b96e' colspan='5'>Call Stack</th></tr>
<tr><th align='center' bgcolor='#eeeeec'>#</th><th align='left' bgcolor='#eeeeec'>Time</th><th align='left' bgcolor='#eeeeec'>Memory</th><th align='left' bgcolor='#eeeeec'>Function</th><th align='left' bgcolor='#eeeeec'>Location</th></tr>
<tr><td bgcolor='#eeeeec' align='center'>1</td><td bgcolor='#eeeeec' align='center'>0.000${rng.int(1, 9)}</td><td bgcolor='#eeeeec' align='right'>${rng.int(350000, 420000)}</td><td bgcolor='#eeeeec'>{main}(  )</td><td title='/www/wwwroot/${site}/index.php' bgcolor='#eeeeec'>.../index.php<b>:</b>0</td></tr>
<tr><td bgcolor='#eeeeec' align='center'>2</td><td bgcolor='#eeeeec' align='center'>0.0${rng.int(100, 999)}</td><td bgcolor='#eeeeec' align='right'>${rng.int(900000, 2000000)}</td><td bgcolor='#eeeeec'>include( '${file}' )</td><td title='/www/wwwroot/${site}/index.php' bgcolor='#eeeeec'>.../index.php<b>:</b>${rng.int(20, 90)}</td></tr>
</table></font>\n`;
}

/**
 * F1. An ordinary PHP Q&A page (plain card, date line, answer, disclaimer, related list) from a
 * server left with display_errors on: a Deprecated line or two before the doctype on 40%; where the
 * card's grade would be, an undefined-index Notice on half the pages that print no grade; on 20% a
 * Warning from date() where the answer's day would be (the label `回答时间：` left bare); a Notice
 * after the answer's paragraphs (the loop's undefined offset) on 30%; in the related block on 25% a
 * database Warning over an empty list, else on 30% the same Notice before every item's snippet.
 * Plain PHP output on 60% of the pages, Xdebug's tables on the rest.
 */
const phpNotices: Family = {
  name: 'php-notices',
  split: 'fresh-30',
  site: 'www.wenyi-php.example',
  render(page, rng): Rendered {
    const site = 'www.wenyi-php.example';
    const xdebug = rng.chance(0.4);
    const err = (level: 'Notice' | 'Warning' | 'Deprecated', message: string) => phpError(rng, site, level, message, xdebug);
    const notice = () => err('Notice', rng.pick(PHP_PROBLEMS)(rng.pick(PHP_VARS)));
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const dateBroken = rng.chance(0.2);
    const listBroken = page.related.length > 0 && rng.chance(0.25);
    const itemNotices = !listBroken && rng.chance(0.3);
    const d = page.doctor;
    const gradeSpot = gradeShown ? ` ${d.hospital_grade}` : rng.chance(0.5) ? err('Notice', `${rng.pick(PHP_PROBLEMS.slice(0, 3))(rng.pick(['hospital_grade', 'grade', 'dengji']))}`) : '';
    const card = rng.pick([
      `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${esc(d.hospital!)}${gradeSpot} ${esc(d.department!)}</p></div>`,
      `<div${cls(rng)}><p>回答医生：<a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> ${d.title}</p><p>${esc(d.department!)} | ${esc(d.hospital!)}${gradeSpot}</p></div>`,
      `<ul${cls(rng)}><li>医生：${esc(d.name!)}</li><li>职称：${d.title}</li><li>医院：${esc(d.hospital!)}${gradeSpot}</li><li>科室：${esc(d.department!)}</li></ul>`,
    ]);
    const format = printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const when = dateBroken
      ? `<div${cls(rng)}>回答时间：${err('Warning', rng.pick(['date() expects parameter 2 to be int, string given', 'date() expects parameter 2 to be integer, string given', 'strtotime(): It is not safe to rely on the system\'s timezone settings.']))}${format}</div>`
      : whenLine(rng, page, printFormat);
    const afterAnswer = rng.chance(0.3) ? err('Notice', `Undefined offset: ${page.paragraphs.length}`) : '';
    const relatedHead = `<h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '相关问答'])}</h3>`;
    const itemNotice = itemNotices ? notice() : '';
    const related = !page.related.length
      ? ''
      : listBroken
        ? `<div${cls(rng)}>${relatedHead}${err('Warning', rng.pick(['mysqli_fetch_array() expects parameter 1 to be mysqli_result, bool given', 'mysql_num_rows(): supplied argument is not a valid MySQL result resource', 'Invalid argument supplied for foreach()']))}<ul${cls(rng)}></ul></div>`
        : `<div${cls(rng)}>${relatedHead}<ul${cls(rng)}>${page.related
            .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a>${itemNotice}<p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
            .join('\n')}</ul></div>`;
    const body = `<div${cls(rng)}><a href="/">问医网</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${when}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}${afterAnswer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${related}
<div${cls(rng)}>Copyright © 2012-2023 问医网 版权所有</div>`;
    const before = rng.chance(0.4)
      ? Array.from({ length: rng.int(1, 2) }, () =>
          err('Deprecated', rng.pick(['Function create_function() is deprecated', 'Function ereg_replace() is deprecated', 'Non-static method Db::connect() should not be called statically', 'mysql_connect(): The mysql extension is deprecated and will be removed in the future: use mysqli or PDO instead'])),
        ).join('')
      : '';
    const html = `${before}${documentOf(`${page.question}_问医网`, page.canonical, '', body)}`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: dateBroken ? null : page.date,
        format: printFormat ? page.format : 'unknown',
        related: listBroken ? [] : relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F2. email-digest ---

const TD = (style: string, html: string) => `<td style="${style}">${html}</td>`;
const FONT = `font-family:'Microsoft YaHei',Arial,sans-serif;`;

/**
 * F2. The web version (在浏览器中查看) of a weekly health newsletter: nested layout tables with inline
 * styles and no classes; a hidden preheader repeating the answer's opening; the masthead
 * (健康问答周刊, 第N期 and the issue's day, days to weeks after the answer); 本期精选 over the featured
 * Q&A: its question in a bold cell (an `<h2>` on 30%), the card (`解答医生：` lines or one line), 回答时间
 * on 70% (a format word on 40%), the answer's paragraphs; 本期更多问答 (the related items: bold linked
 * question, snippet, a day on half, a 阅读全文 link); 往期回顾 (past issues' links) on half; the
 * subscription footer with its 退订 link and an open-tracking pixel. No canonical link: the items'
 * addresses are absolute.
 */
const emailDigest: Family = {
  name: 'email-digest',
  split: 'fresh-30',
  site: 'www.jiankang-zhoukan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const answerDated = rng.chance(0.7);
    const printFormat = answerDated && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const issue = rng.int(40, 260);
    const issueDay = shift(page.date!, rng.int(2, 40));
    const abs = (path: string) => new URL(path, page.canonical).href;
    const grade = gradeShown ? rng.pick([`（${d.hospital_grade}）`, ` ${d.hospital_grade}`]) : '';
    const card = rng.chance(0.5)
      ? `<p style="margin:0 0 4px;color:#333;">解答医生：<strong>${esc(d.name!)}</strong> ${d.title}</p><p style="margin:0;color:#888;font-size:13px;">${esc(d.hospital!)}${grade} ${esc(d.department!)}</p>`
      : `<p style="margin:0;color:#666;font-size:13px;">${rng.pick(['解答医生：', '答疑专家：', ''])}${esc(d.name!)} | ${d.title} | ${esc(d.hospital!)}${grade} | ${esc(d.department!)}</p>`;
    const when = answerDated
      ? `<p style="margin:6px 0 0;color:#999;font-size:12px;">回答时间：${dayText(rng, page.date!)}${printFormat ? ` · ${formatWord(rng, page.format)}` : ''}</p>`
      : '';
    const question = rng.chance(0.3)
      ? `<h2 style="margin:0 0 10px;font-size:20px;color:#1a1a1a;">${esc(page.question)}</h2>`
      : `<p style="margin:0 0 10px;font-size:20px;font-weight:bold;color:#1a1a1a;line-height:1.4;">${esc(page.question)}</p>`;
    const answer = page.paragraphs.map((p) => `<p style="margin:0 0 12px;line-height:1.8;font-size:15px;color:#333;">${esc(p)}</p>`).join('\n');
    const items = page.related
      .map(
        (r) => `<tr>${TD(`padding:12px 0;border-bottom:1px solid #eee;${FONT}`, `<a href="${abs(r.path)}" style="color:#1a1a1a;font-weight:bold;font-size:16px;text-decoration:none;">${esc(r.question)}</a>
<p style="margin:6px 0;color:#666;font-size:14px;line-height:1.6;">${esc(r.snippet)}</p>${datedItems ? `<span style="color:#aaa;font-size:12px;">${r.date}</span> ` : ''}<a href="${abs(r.path)}" style="color:#2a7ae2;font-size:13px;">阅读全文 &gt;</a>`)}</tr>`,
      )
      .join('\n');
    const more = page.related.length
      ? `<tr>${TD(`padding:24px 0 8px;${FONT}font-size:18px;font-weight:bold;color:#2a7ae2;border-bottom:2px solid #2a7ae2;`, rng.pick(['本期更多问答', '更多精选问答', '本期其他问答']))}</tr>\n${items}`
      : '';
    const past = rng.chance(0.5)
      ? `<tr>${TD(`padding:20px 0;${FONT}font-size:13px;color:#999;`, `往期回顾：${Array.from({ length: 3 }, (_, i) => `<a href="https://www.jiankang-zhoukan.example/edm/${issue - i - 1}.html" style="color:#2a7ae2;">第${issue - i - 1}期</a>`).join(' | ')}`)}</tr>`
      : '';
    const preheader = `<div style="display:none;font-size:1px;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">${esc(page.paragraphs[0]!.slice(0, 28))}…</div>`;
    const body = `${preheader}
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="${FONT}">
<tr>${TD('padding:8px 20px;font-size:12px;color:#999;text-align:center;', `${rng.pick(['邮件无法正常显示？', '如果邮件显示不正常，'])}<a href="https://www.jiankang-zhoukan.example/edm/${issue}.html" style="color:#999;">${rng.pick(['点击查看网页版', '请在浏览器中查看'])}</a>`)}</tr>
<tr>${TD('padding:20px;background:#2a7ae2;color:#ffffff;', `<span style="font-size:24px;font-weight:bold;">健康问答周刊</span><br><span style="font-size:13px;">第${issue}期 · ${rng.chance(0.5) ? cnDate(issueDay) : issueDay}</span>`)}</tr>
<tr><td style="padding:20px;">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>${TD(`padding:0 0 12px;${FONT}font-size:14px;color:#2a7ae2;font-weight:bold;`, rng.pick(['本期精选', '精选问答', '本周热门']))}</tr>
<tr>${TD(FONT, `${question}\n${card}\n${when}`)}</tr>
<tr>${TD(`padding:16px 0 0;${FONT}`, answer)}</tr>
${more}
${past}
</table>
</td></tr>
<tr>${TD('padding:20px;font-size:12px;color:#aaa;text-align:center;line-height:1.8;', `您收到这封邮件，是因为您订阅了健康问答周刊。<br><a href="https://www.jiankang-zhoukan.example/unsubscribe?u=${token(rng, 16)}" style="color:#aaa;">退订</a> | <a href="https://www.jiankang-zhoukan.example/preferences" style="color:#aaa;">管理订阅</a><br>© 2023 健康问答周刊`)}</tr>
</table>
</td></tr></table>
<img src="https://t.jiankang-zhoukan.example/o.gif?m=${token(rng, 12)}" width="1" height="1" alt="" style="display:block;border:0;">`;
    const title = rng.chance(0.5) ? `健康问答周刊 第${issue}期：${page.question}` : `健康问答周刊 第${issue}期`;
    const html = documentOf(title, null, '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: answerDated ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F3. bidi-reversed ---

const backwards = (s: string) => esc([...s].reverse().join(''));

/**
 * F3. A page guarding its text against copying: runs of the answer (a sentence, a clause, a
 * paragraph's second half) are stored backwards and shown forwards by a bidi override — `<bdo
 * dir="rtl">`, an inline `unicode-bidi:bidi-override;direction:rtl` or a class its `<style>` sets so —
 * on 30–80% of the runs (never one holding a bracket, which a right-to-left run draws mirrored); on
 * half the pages the doctor's name and hospital too. The question,
 * disclaimer and related list are plain; an ordinary card (grade on 60%), date line (format on 40%)
 * and list (dated on half).
 */
const bidiReversed: Family = {
  name: 'bidi-reversed',
  split: 'fresh-30',
  site: 'www.fanxiang-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const className = `${token(rng, 1).replace(/\d/, 'r')}${token(rng, 3)}`;
    const how = rng.pick(['bdo', 'inline', 'class'] as const);
    const share = rng.pick([0.3, 0.5, 0.8]);
    const flip = (s: string) =>
      how === 'bdo'
        ? `<bdo dir="rtl">${backwards(s)}</bdo>`
        : how === 'inline'
          ? `<span style="unicode-bidi:bidi-override;direction:rtl">${backwards(s)}</span>`
          : `<span class="${className}">${backwards(s)}</span>`;
    // Runs: the paragraph cut after each 。，；：, each run stored backwards or not (nothing of it lost).
    const runsOf = (p: string) => {
      const runs = p.match(/[^。，；：]*[。，；：]|[^。，；：]+$/gu) ?? [p];
      return runs.join('') === p ? runs : [p];
    };
    // A bracket in a right-to-left run is drawn mirrored: runs holding one stay as they are.
    const mirrored = /[()（）《》〈〉「」『』【】〔〕[\]{}<>]/u;
    const answer = paragraphsOf(page.paragraphs, (p) => runsOf(p).map((run) => (!mirrored.test(run) && rng.chance(share) ? flip(run) : esc(run))).join(''));
    const d = page.doctor;
    const cardToo = rng.chance(0.5) && !mirrored.test(d.name! + d.hospital!);
    const card = cardToo
      ? `<div${cls(rng)}><b${cls(rng)}>${flip(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${flip(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} ${esc(d.department!)}</p></div>`
      : plainCard(rng, page, gradeShown);
    const style = how === 'class' ? `<style>.${className}{unicode-bidi:bidi-override;direction:rtl}</style>\n` : '';
    const body = `<div${cls(rng)}><a href="/">反向问答</a> <a href="/ask/">问医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>本站内容受版权保护，禁止采集。</div>`;
    const html = documentOf(`${page.question}_反向问答`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. xhs-note ---

const PROVINCES = ['江苏', '浙江', '广东', '四川', '湖北', '山东', '河南', '北京', '上海', '福建'];
const NICKS = ['小鱼干', 'momo', '橘子汽水', '是阿梨呀', '一只小胖', 'Lily', '木子李', '快乐星球', '晴天', '糖糖不吃糖'];
const COMMENTS = ['谢谢医生！', '请问孕妇也适用吗', '说得太好了，收藏了', '我妈妈也是这样', '请问要挂什么科', '已关注，很实用', '请问吃药期间能喝咖啡吗'];
const REPLIES = ['可以的，注意按时复查。', '建议先到门诊面诊再决定。', '孕期用药请咨询产科医生。', '挂对应的专科门诊就可以。', '不客气，祝早日康复～'];
const count = (rng: Rng) => (rng.chance(0.3) ? `${rng.int(1, 9)}.${rng.int(0, 9)}万` : String(rng.int(3, 9999)));
const noteId = (rng: Rng) => token(rng, 24);

/**
 * F4. A 小红书-kind note by a doctor's account: the author bar (avatar, nickname — the name, the name
 * and 医生 or 大夫 —, a 认证 line: hospital, department and title run together, spaced or with dots,
 * the grade in brackets on 40%; a platform badge on half; a 关注 button); the note's cover pictures
 * with a 1/N counter; its title (an `<h1>` on 30%, else a div); its text as `<br>`-parted lines in
 * one span or as `<p>`s, with 2–4 #话题 tags on a line of their own or after the last sentence; the
 * day (编辑于 …, with the IP's province); 赞 / 收藏 / 评论 counters; 共 N 条评论 with 2–4 readers'
 * comments and the author's reply marked 作者 on 70%; a 相关笔记 feed of cards (cover, title, a line
 * of text, author and likes) on /explore/ addresses.
 */
const xhsNote: Family = {
  name: 'xhs-note',
  split: 'fresh-30',
  site: 'www.hongshu-biji.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const site = 'www.hongshu-biji.example';
    const gradeShown = rng.chance(0.4);
    const nickname = rng.weighted([[d.name!, 3], [`${d.name}医生`, 5], [`${d.name}大夫`, 2]] as const);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const verify = rng.pick([
      `${hosp}${esc(d.department!)}${d.title}`,
      `${hosp} ${esc(d.department!)} ${d.title}`,
      `${hosp} · ${esc(d.department!)} · ${d.title}`,
    ]);
    const badge = rng.chance(0.5) ? ` <span${cls(rng)}>${rng.pick(['认证医生', '专业号', '医疗健康认证'])}</span>` : '';
    const author = `<div class="author-wrapper"><a href="/user/profile/${token(rng, 24)}"><img class="avatar" src="https://sns-avatar.${site}/${token(rng, 16)}.jpg" alt=""></a><div${cls(rng)}><a class="name" href="/user/profile/${token(rng, 24)}">${esc(nickname)}</a>${badge}<div class="verify">${rng.pick(['认证：', '', '职业认证：'])}${verify}</div></div><button class="follow">关注</button></div>`;
    const covers = rng.int(1, 6);
    const media = `<div class="media-container"><div class="swiper">${Array.from({ length: covers }, () => `<img src="https://sns-img.${site}/${token(rng, 20)}.webp" alt="">`).join('')}</div><span class="fraction">1/${covers}</span></div>`;
    const title = rng.chance(0.3) ? `<h1 id="detail-title" class="title">${esc(page.question)}</h1>` : `<div id="detail-title" class="title">${esc(page.question)}</div>`;
    const topic = topicWord(page);
    const tagWords = [topic, ...rng.shuffle(['医生说', '健康科普', '涨知识', `${topic}科普`, '干货分享', '医学科普'])].slice(0, rng.int(2, 4));
    const tagXhs = rng.chance(0.5);
    const tags = tagWords.map((w) => `<a class="tag" href="/search_result?keyword=${encodeURIComponent(w)}">#${esc(w)}${tagXhs ? '[话题]#' : ''}</a>`).join(' ');
    const tagsOwnLine = rng.chance(0.6);
    const brLines = rng.chance(0.5);
    const last = page.paragraphs.length - 1;
    const text = brLines
      ? `<span class="note-text">${page.paragraphs.map((p, i) => `${esc(p)}${i === last && !tagsOwnLine ? ` ${tags}` : ''}`).join('<br>')}${tagsOwnLine ? `<br>${tags}` : ''}</span>`
      : `${paragraphsOf(page.paragraphs, (p, i) => `${esc(p)}${i === last && !tagsOwnLine ? ` ${tags}` : ''}`)}${tagsOwnLine ? `<p>${tags}</p>` : ''}`;
    const province = rng.pick(PROVINCES);
    const day = rng.pick([`编辑于 ${page.date}`, `编辑于 ${page.date} ${province}`, `${page.date} ${province}`, `发布于 ${page.date} IP属地：${province}`]);
    const comments = Array.from({ length: rng.int(2, 4) }, () => {
      const cDay = shift(page.date!, rng.int(1, 60)).slice(5);
      return `<div class="comment-item"><a class="name" href="/user/profile/${token(rng, 24)}">${rng.pick(NICKS)}</a><div class="content">${rng.pick(COMMENTS)}</div><div class="info"><span class="date">${cDay} ${rng.pick(PROVINCES)}</span> <span class="like">赞 ${rng.int(0, 99)}</span> <span class="reply">回复</span></div></div>`;
    });
    if (rng.chance(0.7)) {
      const reply = `<div class="comment-item sub"><a class="name" href="/user/profile/x">${esc(nickname)}</a> <span class="tag">作者</span><div class="content">${rng.pick(REPLIES)}</div><div class="info"><span class="date">${shift(page.date!, rng.int(1, 20)).slice(5)} ${province}</span> <span class="like">赞 ${rng.int(0, 99)}</span></div></div>`;
      comments.splice(rng.int(1, comments.length), 0, reply);
    }
    const total = comments.length + rng.int(0, 80);
    const interact = `<div class="interactions"><span class="like-wrapper">赞 ${count(rng)}</span> <span class="collect-wrapper">收藏 ${count(rng)}</span> <span class="chat-wrapper">评论 ${total}</span> <span>分享</span></div>`;
    const ids = page.related.map(() => noteId(rng));
    const feed = page.related.length
      ? `<div class="feeds-container"><div${cls(rng)}>${rng.pick(['相关笔记', '相关推荐', '更多相关笔记'])}</div>${page.related
          .map(
            (r, i) => `<section class="note-item"><a href="/explore/${ids[i]}" class="cover"><img src="https://sns-img.${site}/${token(rng, 20)}.webp" alt=""></a><div class="footer"><a href="/explore/${ids[i]}" class="title"><span>${esc(r.question)}</span></a><div class="desc">${esc(r.snippet)}</div><div class="author-wrapper"><span class="name">${esc(rng.chance(0.5) ? `${otherName(rng)}医生` : rng.pick(NICKS))}</span><span class="count">♡ ${count(rng)}</span></div></div></section>`,
          )
          .join('\n')}</div>`
      : '';
    const body = `<div class="header"><a href="/">红薯笔记</a> <a href="/explore">发现</a> <a href="/notification">通知</a></div>
<div id="noteContainer" class="note-container">${media}<div class="interaction-container">${author}
<div class="note-scroller"><div class="note-content">${title}<div id="detail-desc" class="desc">${text}</div><div class="bottom-container"><span class="date">${day}</span></div></div>
${interact}
<div class="comments-container"><div class="total">共 ${total} 条评论</div>${comments.join('\n')}</div></div></div></div>
${feed}`;
    const canonical = `https://${site}/explore/${noteId(rng)}`;
    const html = documentOf(`${page.question} - 红薯笔记`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (_e, i) => ({ format: 'unknown', date: null, url: `https://${site}/explore/${ids[i]}` })),
      }),
    };
  },
};

// --- F5. css-content-chars ---

/** Characters the answers use often: the ones a site may swap for CSS-drawn glyphs. */
const COMMON_CHARS = [...'的是在有可以不一要医生病症药时能如果现和需查疗治常反复注意情况建议出引起等'];

/**
 * F5. A page guarding its text against scrapers as some portals do: 8–20 of the answer's frequent
 * characters are each replaced everywhere by an empty `<span>` whose class a `<style>` rule draws
 * with `::before` / `:before` / `::after` and `content: "的"` or the CSS escape `content: "\7684"`
 * (class names like `hs_kw12_bdxq`, one class a character); on half the pages the related snippets
 * and the card's hospital and department too, on 30% the `<h1>` (the `<title>` stays plain). Plain
 * card (grade on 60%), date line (format on 40%), related list (dated on half).
 */
const cssContentChars: Family = {
  name: 'css-content-chars',
  split: 'fresh-30',
  site: 'www.kangfu-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const present = COMMON_CHARS.filter((c) => page.paragraphs.some((p) => p.includes(c)));
    const chosen = rng.shuffle(present).slice(0, rng.int(8, 20));
    const prefix = rng.pick(['hs_kw', 'ck_', 'f', 'txt-']);
    const classes = new Map(chosen.map((c, i) => [c, `${prefix}${i}${rng.pick(['_', ''])}${token(rng, 4)}`]));
    const pseudo = rng.pick(['::before', ':before', '::after']);
    const escaped = rng.chance(0.4);
    const style = `<style>\n${[...classes]
      .map(([c, k]) => `.${k}${pseudo}{content:"${escaped ? `\\${c.codePointAt(0)!.toString(16)}` : c}"}`)
      .join('\n')}\n</style>\n`;
    const drawn = (s: string) => [...s].map((c) => (classes.has(c) ? `<span class="${classes.get(c)}"></span>` : esc(c))).join('');
    const everywhere = rng.chance(0.5);
    const d = page.doctor;
    const card = everywhere
      ? `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${drawn(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} ${drawn(d.department!)}</p></div>`
      : plainCard(rng, page, gradeShown);
    const heading = rng.chance(0.3) ? drawn(page.question) : esc(page.question);
    const snippet = everywhere ? drawn : esc;
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${snippet(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">康复问答</a> <a href="/ask/">问医生</a> <a href="/ks/">科室</a></div>
${wrap(rng, `<h1${cls(rng)}>${heading}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, drawn)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${related}`;
    const html = documentOf(`${page.question}_康复问答`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. mip-page ---

/**
 * F6. A search engine's mobile instant page (MIP, `<html mip>`), as Chinese Q&A sites published for
 * Baidu's mobile results: the MIP stylesheet and a `<style mip-custom>`; a `<mip-fixed type="top">`
 * bar; breadcrumbs; the `<h1>` question over the asker's 问题描述 and its 提问时间 (the answer's day or
 * up to three days before); the card with a `<mip-img>` avatar whose alt is the doctor's name, the
 * name, title, hospital (grade on 50%), department; 回答时间 (format on 40%); the answer, on 40%
 * inside a `<mip-showmore>` with its 展开全文 button after it; an empty `<mip-ad>` unit; the related
 * list, each item an `<a data-type="mip">` or a `<mip-link>` holding question, snippet and on half the
 * day, at the MIP host's absolute address; a `<mip-fixed type="bottom">` bar (打开APP，免费问医生);
 * mip-stats and the MIP scripts last. The canonical link names the desktop page.
 */
const mipPage: Family = {
  name: 'mip-page',
  split: 'fresh-30',
  site: 'www.miwen-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mobile = 'm.miwen-yisheng.example';
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const showmore = rng.chance(0.4);
    const mipLinks = rng.chance(0.4);
    const mipUrl = (path: string) => `https://${mobile}/mip${path}`;
    const asked = shift(page.date!, -rng.int(0, 3));
    const asker = `<div${cls(rng)}><p>${rng.pick(['问题描述：', '病情描述：', '健康咨询描述：'])}${esc(rng.pick(ASKER_LINES))}</p><p${cls(rng)}>${rng.pick(['提问时间：', '咨询时间：'])}${dayText(rng, asked)}</p></div>`;
    const card = `<div${cls(rng)}><mip-img src="https://img.miwen-yisheng.example/doc/${page.item.num % 997}.jpg" layout="fixed" width="60" height="60" alt="${esc(d.name!)}"></mip-img><div${cls(rng)}><p><b>${esc(d.name!)}</b> ${d.title}</p><p>${esc(d.hospital!)}${gradeShown ? ` ${rng.pick([d.hospital_grade, `（${d.hospital_grade}）`])}` : ''} ${esc(d.department!)}</p></div></div>`;
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '医生回复：', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const paragraphs = paragraphsOf(page.paragraphs, esc);
    const answer = showmore
      ? `<mip-showmore maxheight="${rng.pick([160, 200, 240])}" animatetime=".3" id="showmore01"><div${cls(rng)}>${paragraphs}</div></mip-showmore><div on="tap:showmore01.toggle" data-closetext="收起" class="mip-showmore-btn">${rng.pick(['展开全文', '查看全部', '展开'])}</div>`
      : `<div${cls(rng)}>${paragraphs}</div>`;
    const items = page.related
      .map((r) => {
        const inner = `<h4${cls(rng)}>${esc(r.question)}</h4><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}`;
        return mipLinks
          ? `<li${cls(rng)}><mip-link href="${mipUrl(r.path)}">${inner}</mip-link></li>`
          : `<li${cls(rng)}><a data-type="mip" data-title="${esc(r.question)}" href="${mipUrl(r.path)}">${inner}</a></li>`;
      })
      .join('\n');
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items}</ul></div>` : '';
    const body = `<mip-fixed type="top"><div${cls(rng)}><a data-type="mip" href="https://${mobile}/mip/">觅问医生</a> <a data-type="mip" href="https://${mobile}/mip/ask/">免费提问</a></div></mip-fixed>
<div${cls(rng)}><a data-type="mip" href="https://${mobile}/mip/">首页</a> &gt; <a data-type="mip" href="https://${mobile}/mip/ks/">${esc(d.department!)}</a> &gt; 正文</div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${asker}\n${card}\n${when}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
<mip-ad type="ad-baidu" cproid="u${rng.int(2000000, 3999999)}" layout="responsive" width="20" height="3"></mip-ad>
${related}
<mip-fixed type="bottom"><div${cls(rng)}><a data-type="mip" href="https://${mobile}/mip/app/">${rng.pick(['打开APP，免费问医生', '下载APP 医生在线解答'])}</a></div></mip-fixed>
<mip-stats-baidu token="${token(rng, 32)}"></mip-stats-baidu>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-showmore/mip-showmore.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-ad/mip-ad.js"></script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v2/mip.css">
<style mip-custom>body{font-size:16px;color:#333}.mip-showmore-btn{color:#2a7ae2;text-align:center}</style>
`;
    const html = documentOf(`${page.question}-觅问医生`, page.canonical, head, body).replace('<html lang="zh-CN">', '<html mip lang="zh-CN">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null, url: mipUrl(new URL(e.url).pathname) })),
      }),
    };
  },
};

export const FRESH30_FAMILIES: readonly Family[] = [phpNotices, emailDigest, bidiReversed, xhsNote, cssContentChars, mipPage];
