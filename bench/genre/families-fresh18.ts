import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, ENGLISH_MONTHS, FEW_TITLES, RELATED_HEADS, cardPlain, cnDate, dayText, formatWord, hospitalWithGrade, otherName, plainCard, relatedList, relatedWith, shift, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Eighteenth fresh held-out set (split `fresh-18`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a hospital mini-program's
 * share card (海报) exported as an H5 page; a consult where the doctor first asks the patient
 * clarifying questions (医生追问 / 患者追答) before answering; an answer whose points are numbered
 * only by CSS counters; a page whose side column of 热门医生 cards, drawn like the answerer's card,
 * comes first in the source and is shown on the right; a page whose dates are relative words
 * (刚刚, 昨天 14:22, 3小时前) over a Unix timestamp in a data- attribute; an English-interface mirror
 * of a Chinese site (English labels and furniture, `<html lang="en">`, Chinese content).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a linked question with no
 * snippet is no item).
 * - share-card: the card's 问 / 答 badges are labels; the QR block (小程序码, 长按识别…), the
 *   `来自「…」小程序` line and the 保存到相册 tip are none of the answer; a poster that cuts the answer
 *   (30% of pages: the first two or three paragraphs shown, the full text nowhere on the page)
 *   keeps the answer as shown, its last line with the poster's `…`, and the 长按识别…查看完整回答
 *   prompt is none of it (as cut-preview's login wall); the sharer's invitation line and the
 *   mini-program's name over the poster are none of the card. The date where the poster prints one
 *   (75%), else null. The 更多问答 list under the poster (on 60%) is the related list; with no list,
 *   no items.
 * - clarify-thread: as chat-bubbles (the doctor's turns joined are the answer) and multi-part (all
 *   the doctor's parts in order; the date the first part's day): the doctor's clarifying questions
 *   (医生追问) ARE paragraphs of the answer, one a turn, before the final answer's paragraphs; the
 *   patient's replies (患者追答 / 补充) and the 问题描述 are none of it (as followup-thread's 追问).
 *   The date is the doctor's first turn's day (the final answer may come a day later, on 30%); the
 *   asker's stamps date nothing.
 * - css-counter: the numbers an answer's points show are CSS generated content (`::before` with
 *   `counter()`, on the item or on an empty span): no text, as an `<ol>`'s numbers were none in
 *   list-answer and as a copy of the text gives it; each point (a `<div>`) is one paragraph, its
 *   text without any number (the truth's own leading `一、` / `1.` numbering is taken off where the
 *   site numbers by CSS). A related list numbered the same way keeps its items' questions unnumbered.
 * - rtl-sidebar: the 热门医生 / 推荐专家 cards of the side column — first in the source, shown on the
 *   right by `float:right` or `flex-direction:row-reverse`, marked up like the answerer's card — are
 *   none of the page's card; the card is the one in the main column by the question. The side
 *   column's 热门问题 titles (no snippet) are no items.
 * - epoch-date: a relative date (刚刚, N分钟前, N小时前, 昨天 14:22, N天前) whose absolute day is only
 *   a Unix timestamp (seconds or milliseconds) in a data- attribute that a script would format is
 *   null (as fresh-8 keyed: an epoch count is no printed date); where the data- attribute holds the
 *   day as a date (`data-date="2023-05-06"`) it is the date (fresh-8's rule for title / datetime /
 *   data-*); where a line prints the day in words (`发布于 2023年5月6日`) that day is the date.
 *   Related items the same way, by the page's choice.
 * - english-mirror: English labels (Doctor, Title, Department, Hospital, Answered on, Voice answer,
 *   Related questions / People also ask) over Chinese values: the values are keyed as printed in
 *   Chinese (the grade in Chinese in brackets, on 60%, else null); `Answered on May 6, 2023` is the
 *   date; the page's `<html lang="en">` does not make the Chinese content English (the content's
 *   own box says `lang="zh-CN"` only on half the pages); English furniture (Was this helpful?,
 *   Disclaimer:, Read more ») is none of the answer or the snippets.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const DEPARTMENTS = ['心血管内科', '消化内科', '呼吸内科', '皮肤科', '骨科', '妇科', '儿科', '神经内科', '内分泌科', '泌尿外科'];
const HOSPITAL_ENDS = ['中心医院', '第二人民医院', '中医院', '人民医院', '第一医院'];
/** A numbering the truth's paragraphs may open with (一、 1. （1）①). */
const LEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|\d+[.、．]\s*|（\d+）|\(\d+\)|[①②③④⑤⑥⑦⑧⑨])/u;

/** A whole page around a body: charset, title, canonical, top bar, footer. */
const pageDocument = (page: TruthPage, siteName: string, body: string, head = '', title = `${page.question}_${siteName}`) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<link rel="canonical" href="${page.canonical}">
${head}</head>
<body>
<div class="top-nav"><a href="/">${siteName}</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
${body}
<div class="site-foot">© ${siteName} 版权所有</div>
</body>
</html>`;

/**
 * F1. A hospital mini-program's share card (分享海报) opened as an H5 page: a fixed-width poster with
 * the hospital's mini-program name at the top, a 问 badge and the question (no heading element), the
 * doctor's card (avatar, name, title, department, hospital, grade on 50%), a 答 badge and the answer's
 * paragraphs (cut on 30%: the first two or three paragraphs, the last cut short with `…`, then
 * 长按识别小程序码 查看完整回答), the date and a format word on some pages, the QR block (小程序码
 * picture, 长按识别 / 扫码 prompts), `来自「hospital」小程序`; above the poster a sharer's invitation
 * (`微信用户 邀请你查看医生的专业回答`) on 40%; under it a 保存图片 tip on half the pages and a 更多问答
 * list on 60%.
 */
const shareCard: Family = {
  name: 'share-card',
  split: 'fresh-18',
  site: 'h5.yiyuan-haibao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5) && d.hospital_grade !== null;
    const dateShown = rng.chance(0.75);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const listShown = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const cut = rng.chance(0.3);
    let paragraphs = page.paragraphs;
    if (cut) {
      const kept = page.paragraphs.slice(0, Math.min(page.paragraphs.length, rng.int(2, 3)));
      const last = Array.from(kept[kept.length - 1]!);
      const cutLast = `${(last.length > 24 ? last.slice(0, rng.int(16, Math.min(40, last.length - 4))) : last).join('').replace(/[，。、；：！？]+$/u, '')}…`;
      paragraphs = [...kept.slice(0, -1), cutLast];
    }
    const badge = (ch: string) => `<span${cls(rng)} style="display:inline-block;width:20px;height:20px;border-radius:4px;background:#2b85e4;color:#fff;text-align:center">${ch}</span>`;
    const top = `<div${cls(rng)}><img src="/static/logo-mini.png" alt="" width="24"> <span${cls(rng)}>${esc(d.hospital!)}${rng.pick(['', ' · 互联网医院', ' 在线问诊'])}</span></div>`;
    const question = `<div${cls(rng)}>${badge('问')}<p${cls(rng)}>${esc(page.question)}</p></div>`;
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 700}.png" alt="" width="40" style="border-radius:50%"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span></div><div${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</div></div>`;
    const answer = `<div${cls(rng)}>${badge('答')}${paragraphs.map((p) => `<p${cls(rng)}>${esc(p)}</p>`).join('')}${
      cut ? `<p${cls(rng)} style="color:#999">${rng.pick(['长按识别小程序码 查看完整回答', '扫码查看医生完整回答 ›', '完整回答请长按识别下方小程序码'])}</p>` : ''
    }</div>`;
    const meta =
      dateShown || printFormat
        ? `<div${cls(rng)}>${dateShown ? rng.pick([`${dayText(rng, page.date!, page.time)}`, `回答于 ${dayText(rng, page.date!)}`, `${dayText(rng, page.date!)} 解答`]) : ''}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`
        : '';
    const qr = `<div${cls(rng)}><img src="/qrcode/${page.item.num}.png" alt="${rng.pick(['小程序码', '二维码', ''])}" width="80"><div${cls(rng)}><p>${rng.pick(['长按识别小程序码', '长按识别二维码', '微信扫一扫'])}</p><p>${rng.pick(['免费咨询三甲医院医生', '查看更多医生回答', '在线问诊 足不出户'])}</p></div></div>`;
    const from = `<p${cls(rng)} style="font-size:11px;color:#aaa">来自「${esc(d.hospital!)}」小程序</p>`;
    const poster = `<div${cls(rng)} style="width:375px;margin:0 auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.1)">${top}\n${question}\n${rng.chance(0.5) ? `${card}\n${answer}` : `${answer}\n${card}`}\n${meta}\n${qr}\n${from}</div>`;
    const tip = rng.chance(0.5) ? `<p${cls(rng)}>${rng.pick(['长按图片保存到相册，分享给好友', '点击右上角 ··· 分享给微信好友'])}</p>` : '';
    const invite = rng.chance(0.4) ? `<div${cls(rng)}><img src="/wx/head/${page.item.num % 97}.jpg" alt="" width="20"> ${rng.pick(['微信用户', '小*', '健康达人', '阿*'])} ${rng.pick(['邀请你查看医生的专业回答', '分享了一个医生回答'])}</div>` : '';
    const more = listShown ? relatedList(rng, page.related, datedItems, ['更多问答', '相关问答', '其他人还问了']) : '';
    const title = rng.chance(0.5) ? page.question : `${d.name}医生的回答`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(title)}</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body style="background:#f2f3f5">
${invite}
${wrap(rng, poster, 1)}
${tip}
${more}
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs,
        date: dateShown ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: listShown ? relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })) : [],
      }),
    };
  },
};

/** A doctor's clarifying question and the replies a patient gives to it. */
const CLARIFY: readonly (readonly [string, readonly string[]])[] = [
  ['请问这种情况持续多长时间了？', ['大概一个星期了。', '半个月左右，之前没在意。', '三四天了。']],
  ['有没有发热、咳嗽等其他不舒服？', ['没有发热，偶尔有点咳嗽。', '没有其他不舒服。']],
  ['之前做过相关检查吗？有检查报告的话可以发一下。', ['还没去医院检查过。', '上个月体检过，报告没带在身边。']],
  ['平时有没有高血压、糖尿病等基础疾病？', ['没有基础病。', '有高血压，一直在吃药。']],
  ['目前在吃什么药吗？有没有药物过敏史？', ['最近没吃什么药，也没有过敏。', '吃过几天消炎药，没有过敏。']],
  ['症状是一直有，还是时好时坏？', ['时好时坏，晚上明显一些。', '一直都有，早上轻一点。']],
];
const DESCRIPTIONS = ['症状出现一段时间了，一直没有好转，想问一下需要怎么处理。', '最近几天比较明显，不知道是什么原因，需要去医院吗？', '之前也有过类似情况，这次比较严重，请医生帮忙看看。'];

/**
 * F2. A 图文问诊 record where the doctor first asks: the `<h1>` question, the asker's 问题描述 (sex,
 * age, 提问时间 a day or two earlier or the same day), then 1–2 rounds of the doctor's clarifying
 * question (医生追问 / {name}医生 / 医生询问, with its time) and the patient's reply (患者追答 / 患者回复 /
 * 提问者补充), then the doctor's answer (医生回答 / 医生解答 / {name}医生的回答, the same day or the
 * next) in `<p>`s; blocks as a `<dl>` of label and text, labelled `<div>`s or `<li>`s of a timeline.
 * Card ordinary (grade on 60%), format word on 30%, a 相关问诊记录 list.
 */
const clarifyThread: Family = {
  name: 'clarify-thread',
  split: 'fresh-18',
  site: 'www.zhuida-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.3);
    const datedItems = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 2));
    const answeredDay = rng.chance(0.3) ? shift(page.date!, 1) : page.date!;
    const rounds = rng.int(1, 2);
    const asks = rng.shuffle(CLARIFY).slice(0, rounds);
    const questions = asks.map(([q]) => q);
    const replies = asks.map(([, r]) => rng.pick(r));
    const [h, m] = page.time.split(':').map(Number) as [number, number];
    // Turns start by 20:00 so that the day's turns all fit in it.
    const start = Math.min(h * 60 + m, 20 * 60);
    const at = (plusMinutes: number) => {
      const t = start + plusMinutes;
      const clamped = Math.min(t, 23 * 60 + 59);
      return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
    };
    const stamp = (iso: string, time: string) => rng.pick([`${iso} ${time}`, `${iso.replace(/-/g, '/')} ${time}`, `${cnDate(iso)} ${time}`]);
    const style = rng.pick(['dl', 'div', 'timeline'] as const);
    const block = (label: string, when: string, html: string) => {
      if (style === 'dl') return `<dt${cls(rng)}>${label} <span${cls(rng)}>${when}</span></dt><dd${cls(rng)}>${html}</dd>`;
      if (style === 'timeline') return `<li${cls(rng)}><div${cls(rng)}><b>${label}</b><time>${when}</time></div><div${cls(rng)}>${html}</div></li>`;
      return `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${label}</span> <span${cls(rng)}>${when}</span></div><div${cls(rng)}>${html}</div></div>`;
    };
    const doctorAsks = rng.pick(['医生追问', `${esc(d.name!)}医生`, '医生询问']);
    const patientSays = rng.pick(['患者追答', '患者回复', '提问者补充']);
    const blocks: string[] = [];
    questions.forEach((q, i) => {
      blocks.push(block(doctorAsks, stamp(page.date!, at(i * 25)), `<p>${esc(q)}</p>`));
      blocks.push(block(patientSays, stamp(page.date!, at(i * 25 + rng.int(3, 15))), `<p>${esc(replies[i]!)}</p>`));
    });
    const answerLabel = rng.pick(['医生回答', '医生解答', `${esc(d.name!)}医生的回答`]);
    blocks.push(block(answerLabel, stamp(answeredDay, answeredDay === page.date ? at(rounds * 25 + 10) : at(-rng.int(0, 60))), page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')));
    const thread =
      style === 'dl' ? `<dl${cls(rng)}>${blocks.join('\n')}</dl>` : style === 'timeline' ? `<ul${cls(rng)}>${blocks.join('\n')}</ul>` : `<div${cls(rng)}>${blocks.join('\n')}</div>`;
    const asker = `<div${cls(rng)}><div${cls(rng)}>${/孕|女|经期|产后|宫|乳/u.test(page.question) ? '女' : rng.pick(['男', '女'])} | ${rng.int(18, 70)}岁 | 提问时间：${stamp(asked, at(-rng.int(60, 300)))}</div><div${cls(rng)}><b>问题描述：</b>${esc(rng.pick(DESCRIPTIONS))}</div></div>`;
    const fmt = printFormat ? `<div${cls(rng)}>${formatWord(rng, page.format)}</div>` : '';
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${asker}\n${plainCard(rng, page, gradeShown)}\n${fmt}\n${thread}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '追答问诊', `${body}\n${relatedList(rng, page.related, datedItems, ['相关问诊记录', '相关问题', '相似问诊'])}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: [...questions, ...page.paragraphs],
        date: page.date,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * F3. An answer whose points are numbered by CSS alone: an intro `<p>`, then the other paragraphs as
 * `<div>`s (or `<section>`s) in a box with `counter-reset`, the numbers drawn by a `<style>` rule's
 * `::before` on the item or on an empty `<span>` before its text (`counter(n) "、"`,
 * `"(" counter(n) ")"`, `counter(n, cjk-ideographic) "、"`, a number in a circle); the truth's own
 * numbering is taken off those points. The related list numbered the same way on half the pages.
 * Card ordinary (grade on 60%), date, format on 40%.
 */
const cssCounter: Family = {
  name: 'css-counter',
  split: 'fresh-18',
  site: 'www.tiaoli-jieda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const [intro, ...rest] = page.paragraphs as [string, ...string[]];
    // The points are the paragraphs the truth numbers (all after the intro where it numbers none); a closing line stays a <p>.
    const numbered = rest.some((p) => LEADING_NUMBER.test(p));
    const isPoint = (p: string) => !numbered || LEADING_NUMBER.test(p);
    const shown = rest.map((p) => (isPoint(p) ? p.replace(LEADING_NUMBER, '') : p));
    const item = `${String.fromCharCode(97 + rng.int(0, 25))}${rng.pick(['-item', '_li', 'pt', '-step'])}`;
    const box = `${String.fromCharCode(97 + rng.int(0, 25))}${rng.pick(['-list', '_ol', 'steps'])}`;
    const onSpan = rng.chance(0.4);
    const content = rng.pick(['counter(n) "、"', 'counter(n) ". "', '"(" counter(n) ")"', 'counter(n, cjk-ideographic) "、"', '"第" counter(n) "点："']);
    const style = `<style>.${box}{counter-reset:n}.${item}{counter-increment:n;margin:6px 0}.${item}${onSpan ? ' .no' : ''}::before{content:${content};font-weight:bold;color:#1a73e8}</style>`;
    const tag = rng.pick(['div', 'div', 'section']);
    const pointsHtml = rest.some(isPoint)
      ? `<div class="${box}">${rest
          .map((p, i) => (isPoint(p) ? `<${tag} class="${item}">${onSpan ? '<span class="no"></span>' : ''}${esc(shown[i]!)}</${tag}>` : ''))
          .join('\n')}</div>`
      : '';
    const after = rest.filter((p) => !isPoint(p)).map((p) => `<p>${esc(p)}</p>`).join('');
    const answer = `<div${cls(rng)}><p>${esc(intro)}</p>\n${pointsHtml}${after}</div>`;
    const numberedList = rng.chance(0.5) && page.related.length;
    const related = numberedList
      ? `<style>.rl{counter-reset:r}.rl li{list-style:none;counter-increment:r}.rl li a::before{content:counter(r) ". "}</style><div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul class="rl">${page.related
          .map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : relatedList(rng, page.related, datedItems);
    const placeStyle = rng.chance(0.5);
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${placeStyle ? '' : style}${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '条理解答', `${body}\n${related}`, placeStyle ? `${style}\n` : '');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: [intro, ...rest.filter(isPoint).map((p) => p.replace(LEADING_NUMBER, '')), ...rest.filter((p) => !isPoint(p))],
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * F4. A two-column page whose side column comes FIRST in the source and is shown on the right
 * (`float:right` on the aside, or a flex row with `flex-direction:row-reverse`): 2–4 热门医生 /
 * 推荐专家 / 名医推荐 cards (on 30% under an icon with no words) drawn with the same markup as the
 * answerer's card (name, title, hospital with a grade, department, 咨询 button), and on half the
 * pages a 热门问题 list of titles; then the main column: `<h1>`, the answerer's card (same markup),
 * date line, answer, related list. Grade on 60%, format on 40%.
 */
const rtlSidebar: Family = {
  name: 'rtl-sidebar',
  split: 'fresh-18',
  site: 'www.rexiao-mingyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const [cardBox, nameC, titleC, hospC, deptC] = [cls(rng), cls(rng), cls(rng), cls(rng), cls(rng)];
    const shape = rng.int(0, 2);
    const drawCard = (name: string, title: string, hospital: string, grade: string | null, department: string, href: string, consult: boolean) => {
      const hosp = `${esc(hospital)}${grade ? `（${grade}）` : ''}`;
      const button = consult ? ` <a href="${href}#ask"${cls(rng)}>${rng.pick(['咨询', '向TA提问', '立即咨询'])}</a>` : '';
      if (shape === 0) return `<div${cardBox}><img src="/avatar/${href.length}.jpg" alt="" width="56"><a href="${href}"${nameC}>${esc(name)}</a> <span${titleC}>${title}</span><p${hospC}>${hosp}</p><p${deptC}>${esc(department)}</p>${button}</div>`;
      if (shape === 1) return `<div${cardBox}><div><a href="${href}"${nameC}>${esc(name)}</a><span${titleC}>${title}</span></div><div><span${deptC}>${esc(department)}</span> <span${hospC}>${hosp}</span></div>${button}</div>`;
      return `<dl${cardBox}><dt><a href="${href}"${nameC}>${esc(name)}</a> ${title}</dt><dd${hospC}>${hosp}</dd><dd${deptC}>${esc(department)}</dd>${button}</dl>`;
    };
    const hot = Array.from({ length: rng.int(2, 4) }, (_, i) =>
      drawCard(otherName(rng), rng.pick(FEW_TITLES), `${d.hospital!.slice(0, 3)}${rng.pick(HOSPITAL_ENDS)}`, rng.chance(0.7) ? '三甲' : null, rng.pick(DEPARTMENTS), `/doctor/${(page.item.num + i * 37) % 9000}.html`, true),
    );
    const hotHead = rng.chance(0.7) ? `<h3${cls(rng)}>${rng.pick(['热门医生', '推荐专家', '名医推荐'])}</h3>` : `<i${cls(rng)}></i>`;
    const hotQuestions = rng.chance(0.5)
      ? `<div${cls(rng)}><h3${cls(rng)}>热门问题</h3><ul>${['孩子发烧38度要吃退烧药吗', '经常失眠多梦怎么调理', '血压偏高吃什么好'].map((q, i) => `<li><a href="/q/${900000 + i}.html">${q}</a></li>`).join('')}</ul></div>`
      : '';
    const flex = rng.chance(0.5);
    const asideTag = rng.pick(['aside', 'div']);
    const aside = `<${asideTag}${cls(rng)} style="${flex ? 'width:280px' : 'float:right;width:280px'}"><div${cls(rng)}>${hotHead}${hot.join('\n')}</div>${hotQuestions}</${asideTag}>`;
    const mine = drawCard(d.name!, d.title!, d.hospital!, gradeShown ? d.hospital_grade : null, d.department!, `/doctor/${page.item.num % 9973}.html`, rng.chance(0.5));
    const main = `<div${cls(rng)} style="${flex ? 'flex:1' : 'margin-right:300px'}"><h1${cls(rng)}>${esc(page.question)}</h1>\n${mine}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>\n${relatedList(rng, page.related, datedItems)}</div>`;
    const body = `<div${cls(rng)} style="${flex ? 'display:flex;flex-direction:row-reverse' : 'overflow:hidden'}">${aside}\n${main}</div>`;
    const html = pageDocument(page, '热门名医', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** Seconds since the epoch of a day and time in China (UTC+8). */
const epochOf = (iso: string, time: string) => Math.floor(Date.parse(`${iso}T${time}:00+08:00`) / 1000);
const RELATIVE = ['刚刚', '5分钟前', '32分钟前', '3小时前', '昨天', '2天前', '6天前', '1周前'];

/**
 * F5. A mobile page whose dates are printed relative (刚刚, N分钟前, N小时前, 昨天 14:22, N天前) in an
 * element whose data- attribute holds the moment: on 55% a Unix timestamp (`data-ts="1683354120"`
 * in seconds, or `data-time` in milliseconds) that an inline script would format (nothing absolute
 * printed: null); on 25% the day itself (`data-date="2023-05-06"`, `data-time="2023-05-06 14:22"`:
 * the date); on 20% the timestamp and a line after the answer that prints the day (`发布于
 * 2023年5月6日`, `首发时间：2023-05-06`: the date). Related items print a relative date over a
 * timestamp (null), over a day (the date) or no date, by the page's choice. Card ordinary (grade on
 * 60%), format word on 40%.
 */
const epochDate: Family = {
  name: 'epoch-date',
  split: 'fresh-18',
  site: 'm.shijianchuo-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const mode = rng.weighted([
      ['epoch', 55],
      ['day-attr', 25],
      ['epoch-and-line', 20],
    ] as const);
    const itemMode = rng.pick(['epoch', 'day-attr', 'none'] as const);
    const millis = rng.chance(0.4);
    const relative = (time: string) => {
      const r = rng.pick(RELATIVE);
      return r === '昨天' ? `昨天 ${time}` : r;
    };
    const stampAttr = (iso: string, time: string, asDay: boolean) => {
      if (asDay) return rng.pick([` data-date="${iso}"`, ` data-time="${iso} ${time}"`]);
      const s = epochOf(iso, time);
      return millis ? ` data-time="${s * 1000}"` : ` data-ts="${s}"`;
    };
    const when = `<div${cls(rng)}><span class="js-time"${stampAttr(page.date!, page.time, mode === 'day-attr')}>${relative(page.time)}</span>${rng.pick([' 回答', ' · 医生回复', ''])}${
      printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''
    }</div>`;
    const line = mode === 'epoch-and-line' ? `<p${cls(rng)}>${rng.pick([`发布于 ${cnDate(page.date!)}`, `首发时间：${page.date}`, `回答日期：${page.date!.replace(/-/g, '/')}`])}</p>` : '';
    const items = page.related.map(
      (r) =>
        `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${
          itemMode === 'none' ? '' : `<span class="js-time"${stampAttr(r.date!, '10:00', itemMode === 'day-attr')}>${rng.pick(['3天前', '2个月前', '1年前', '昨天'])}</span>`
        }</li>`,
    );
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const script = `<script>document.querySelectorAll('.js-time').forEach(function(el){var v=el.dataset.ts?el.dataset.ts*1000:Number(el.dataset.time);if(!isNaN(v)&&v){el.title=new Date(v).toLocaleString('zh-CN');}});</script>`;
    const body = wrap(
      rng,
      `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n${line}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const html = pageDocument(page, '时刻问答', `${body}\n${related}\n${script}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: mode === 'epoch' ? null : page.date,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: itemMode === 'day-attr' ? e.date : null })),
      }),
    };
  },
};

const englishDay = (rng: Rng, iso: string) => {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const month = ENGLISH_MONTHS[m - 1]!;
  return rng.pick([`${month} ${d}, ${y}`, `${month.slice(0, 3)} ${d}, ${y}`, `${d} ${month} ${y}`, iso]);
};
const ENGLISH_FORMATS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['Voice answer', 'Audio answer', 'Voice'],
  text: ['Text answer', 'Text & image', 'Text'],
  video: ['Video answer', 'Video'],
};

/**
 * F6. An English-interface mirror of a Chinese Q&A site (`<html lang="en">`, English nav, breadcrumbs
 * `Home › Q&A`, a 中文 | English switch): the Chinese `<h1>` question, the card under English labels
 * (`Doctor:`, `Title:`, `Department:`, `Hospital:` as lines, a `<table>` or a one-line `王清玉 ·
 * 副主任医师 · 骨科 · hospital`), the grade in Chinese in brackets on 60%, `Answered on May 6, 2023` /
 * `Answer date: 2023-05-06` / `Posted Jun 3, 2021`, the format in English (`Voice answer`) on 40%;
 * on half the pages an asker's line over the card (`Asked by a user · Female, 32 · Asked on …`, a
 * day or more earlier: it dates only the question);
 * the Chinese answer in a box with `lang="zh-CN"` on half the pages; `Was this answer helpful? Yes (12)
 * No`, an English disclaimer; `Related questions` / `People also ask` / `Similar questions` items
 * (Chinese question and snippet, `Read more »`, an English date on half the pages).
 */
const englishMirror: Family = {
  name: 'english-mirror',
  split: 'fresh-18',
  site: 'en.wenyi-mirror.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const cardShape = rng.int(0, 2);
    const card =
      cardShape === 0
        ? `<div${cls(rng)}><p><b>Doctor:</b> ${esc(d.name!)}</p><p><b>Title:</b> ${d.title}</p><p><b>${rng.pick(['Department', 'Dept.'])}:</b> ${esc(d.department!)}</p><p><b>Hospital:</b> ${hosp}</p></div>`
        : cardShape === 1
          ? `<table${cls(rng)}><tr><th>Doctor</th><td>${esc(d.name!)}</td><th>Title</th><td>${d.title}</td></tr><tr><th>Department</th><td>${esc(d.department!)}</td><th>Hospital</th><td>${hosp}</td></tr></table>`
          : `<div${cls(rng)}><span${cls(rng)}>Answered by</span> <a href="/doctor/${page.item.num % 9973}"${cls(rng)}>${esc(d.name!)}</a> · ${d.title} · ${esc(d.department!)} · ${hosp}</div>`;
    const when = `<div${cls(rng)}>${rng.pick([`Answered on ${englishDay(rng, page.date!)}`, `Answer date: ${englishDay(rng, page.date!)}`, `Posted ${englishDay(rng, page.date!)}`])}${
      printFormat ? ` · <span${cls(rng)}>${rng.pick(ENGLISH_FORMATS[page.format as Exclude<Format, 'unknown'>])}</span>` : ''
    }</div>`;
    const langAttr = rng.chance(0.5) ? ' lang="zh-CN"' : '';
    const answer = `<div${cls(rng)}${langAttr}>${rng.chance(0.5) ? `<h2${cls(rng)}>Answer</h2>` : ''}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const helpful = `<div${cls(rng)}>Was this answer helpful? <button>Yes (${rng.int(1, 90)})</button> <button>No</button></div>`;
    const disclaimer = `<p${cls(rng)}>${rng.pick(['Disclaimer: The content above is for reference only and cannot replace a face-to-face diagnosis.', 'This answer is for health education only. Please see a doctor if you feel unwell.'])}</p>`;
    const items = page.related.map(
      (r) =>
        `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${englishDay(rng, r.date!)}</span> ` : ''}<a href="${r.path}"${cls(rng)}>Read more »</a></li>`,
    );
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['Related questions', 'People also ask', 'Similar questions'])}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const nav = `<div${cls(rng)}><a href="/">AskDoctor</a> <a href="/ask/">Ask a Doctor</a> <a href="/diseases/">Diseases</a> <a href="/hospitals/">Hospitals</a> <span><a href="https://www.wenyi-mirror.example/">中文</a> | English</span></div>`;
    const crumbs = `<div${cls(rng)}><a href="/">Home</a> › <a href="/qa/">Q&amp;A</a> › <span>Question</span></div>`;
    const asker = rng.chance(0.5)
      ? `<div${cls(rng)}>Asked by a user · ${rng.pick(['Female', 'Male'])}, ${rng.int(18, 70)} · ${rng.pick(['Asked on ', ''])}${englishDay(rng, shift(page.date!, -rng.int(1, 4)))}</div>`
      : '';
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${asker}\n${card}\n${when}\n${answer}\n${helpful}\n${disclaimer}`);
    const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - AskDoctor</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
${nav}
${crumbs}
${body}
${related}
<div class="footer">About us · Contact · © 2024 AskDoctor. All rights reserved.</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH18_FAMILIES: readonly Family[] = [shareCard, clarifyThread, cssCounter, rtlSidebar, epochDate, englishMirror];
