import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ask, cnDate, formatWord, hm, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { cls, esc, jsonLd, wrap } from './parts.js';

/**
 * Eleventh fresh held-out set (split `fresh-11`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a consult page whose first
 * answer is followed by the asker's 追问 and the doctor's 追答 / 医生再次回复, nested in the
 * answer's own box on half the pages; a mobile page whose answer sits in a `<details>` under a
 * `<summary>` (a prompt, the doctor's name or a preview of the first line) and whose related list
 * is an accordion of `<details>` (question as summary, snippet and a 查看完整回答 link inside); a
 * mobile page behind an app-download interstitial, an 打开APP banner set between the answer's
 * paragraphs and related items locked to the app (question, no snippet); an old ask-a-doctor page
 * saved from the browser (`<!-- saved from url=… -->`) in UTF-16 or UTF-8 with a byte-order mark
 * while its `<meta>` still declares gb2312, gbk or unicode; an international hospital's bilingual
 * page (Chinese values with their English beside them, inline SVG icons, the grade on some pages
 * only as an SVG badge's `<text>`, English dates); a page whose doctor card is split between a
 * 本期答疑 band above the question and a 关于医生 box after the answer, under breadcrumbs and a
 * 分类 naming another department than the card's, with a 猜你关心 grid of pictures.
 *
 * The answer key holds what a careful person reads on the page, as printed. The page's answer is
 * the doctor's reply to the question that heads the page, not the later 追答 to the asker's
 * follow-up questions (those answer other questions, with their own dates); the department is the
 * card's, not the breadcrumb's category; a value printed in Chinese and English is its Chinese
 * words; an SVG badge's `<text>` is printed. A field the page does not print is null; items that
 * are not Q&As of the page's topic, or whose answer the page does not show (locked to the app), are
 * no related items.
 */

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
/** A department of the universe other than `not` (a category the site files the question under). */
const otherDepartment = (rng: Rng, not: string) => rng.pick([...new Set(TOPICS.map((t) => t.department))].filter((d) => d !== not));

const FOLLOW_UPS: readonly (readonly [string, string])[] = [
  ['那需要做什么检查吗？', '建议先到医院做个相关检查，明确诊断以后再对症处理，不要自己盲目用药。'],
  ['吃药的话大概要吃多久？', '一般疗程在一到两周左右，具体要看症状改善的情况，症状消失后也不要马上自行停药。'],
  ['平时饮食上需要注意什么？', '饮食以清淡为主，少吃辛辣刺激、油腻的食物，戒烟限酒，多喝温水。'],
  ['这个会遗传给孩子吗？', '一般不会直接遗传，但有一定的家族聚集倾向，家里人注意定期体检就可以。'],
  ['需要住院治疗吗？', '多数情况下门诊治疗就可以，如果症状持续加重或者出现新的不适，再考虑住院进一步治疗。'],
  ['孕期可以用这个药吗？', '孕期用药要格外谨慎，请带上检查结果到医院，由接诊医生评估后再决定是否用药。'],
];
const THANKS = ['好的，谢谢医生！', '明白了，非常感谢。', '谢谢您这么耐心。'];
const YOURE_WELCOME = ['不客气，祝您早日康复。', '不用谢，有问题随时再问。'];

/**
 * P1. A consult page with follow-ups: the <h1> question, the asker's 问题描述 (sex, age, 提问时间
 * a day or more before), the doctor's card (name, title, hospital with its grade on 60%,
 * department) and 医生回答 / 医生解答 with its date and paragraphs; then one or two rounds of the
 * asker's 追问 / 患者追问 / 补充提问 (later dates) and the doctor's 追答 / 医生回复 / 医生再次回复
 * (the doctor's name again, later dates, a sentence or two of their own); on half the pages the
 * rounds stand INSIDE the first answer's box, after its paragraphs. The page's answer is the first
 * reply alone, its date the first reply's (as the JSON-LD on 30% of the pages has it). A 语音回答
 * word now and then; 相似问题 / 其他人还问了 with dates on half the pages.
 */
const followupThread: Family = {
  name: 'followup-thread',
  split: 'fresh-11',
  site: 'www.zhuiwen-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.3);
    const asked = shift(page.date!, -rng.int(1, 3));
    const stamp = (iso: string, time: string) => rng.pick([`${iso} ${time}`, iso, cnDate(iso), `${iso.replace(/-/g, '/')} ${time}`]);
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt="" width="48"><div${cls(rng)}><a href="/doctor/${token(rng, 6)}.html"${cls(rng)}>${esc(d.name!)}</a> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)}>${esc(d.hospital!)}${gradeShown ? ` <em${cls(rng)}>${d.hospital_grade}</em>` : ''}</div><div${cls(rng)}>${esc(d.department!)}</div></div>`
      : `<ul${cls(rng)}><li>${esc(d.name!)}</li><li>${d.title}</li><li>${esc(d.department!)}</li><li>${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}</li></ul>`;
    const rounds = rng.shuffle(FOLLOW_UPS).slice(0, rng.int(1, 2));
    let day = page.date!;
    const roundHtml = rounds.map(([q, a], i) => {
      const qDay = (day = shift(day, rng.int(0, 1)));
      const aDay = (day = shift(day, rng.int(0, 1)));
      const closing = i === rounds.length - 1 && rng.chance(0.4);
      return `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${rng.pick(['追问', '患者追问', '补充提问'])}</span> <span${cls(rng)}>${stamp(qDay, hm(rng))}</span></div><p>${esc(q)}</p></div>
<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${rng.pick(['追答', '医生回复', '医生再次回复'])}</span> <b>${esc(d.name!)}</b> <span${cls(rng)}>${stamp(aDay, hm(rng))}</span></div><p>${esc(a)}</p></div>${
        closing ? `\n<div${cls(rng)}><span>患者</span> <p>${rng.pick(THANKS)}</p></div><div${cls(rng)}><span>${esc(d.name!)}</span> <p>${rng.pick(YOURE_WELCOME)}</p></div>` : ''
      }`;
    });
    const followInside = rng.chance(0.5);
    const follow = `<div${cls(rng)}>${rng.chance(0.5) ? `<div${cls(rng)}>${rng.pick(['追问记录', '后续交流', '追问与追答'])}（${rounds.length * 2}）</div>` : ''}${roundHtml.join('\n')}</div>`;
    const head = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(['医生回答', '医生解答', '专家回复'])}</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''} <span${cls(rng)}>${rng.pick(['回答时间：', ''])}${stamp(page.date!, page.time)}</span></div>`;
    const answer = `<div${cls(rng)}>${head}${wrap(rng, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), 1)}${followInside ? follow : ''}</div>`;
    const datedItems = rng.chance(0.5);
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_问医生_追问医生网</title>
<link rel="canonical" href="${page.canonical}">
${rng.chance(0.3) ? `${jsonLd(page, { date: true, author: rng.chance(0.5) })}\n` : ''}</head>
<body>
<div${cls(rng)}><a href="/">追问医生网</a> <a href="/ask/">免费提问</a> <a href="/doctor/">找医生</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><div${cls(rng)}>${rng.pick(['问题描述', '病情描述'])}：</div><p>${rng.pick(['男', '女'])}，${rng.int(18, 75)}岁。${esc(ask(page))}，${rng.pick(['已经好几天了', '最近反复出现', '以前没有这种情况'])}，想问一下该怎么办。</p><div${cls(rng)}>提问时间：${asked} ${hm(rng)}</div></div>
${card}
${answer}
${followInside ? '' : follow}
<div${cls(rng)}>${rng.pick(['该问题已结束', '提问者已确认问题解决', '本次问诊已结束'])}</div>
</div>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相似问题', '其他人还问了', '相关问题'])}</h3><ul>${items.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>以上回答仅供参考，不能代替医生面诊 © 追问医生网</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * P2. A mobile page that folds its answer: the question as an <h2> (or an <h1>), the card as a
 * <figure> with a <figcaption> or as plain lines (grade on 65%), and the answer inside
 * <details> (`open` on 40%) whose <summary> is a prompt (查看医生回答, 展开全部回答), `name医生的回答`,
 * or a preview of the first paragraph cut with `…` and 展开 — the preview is none of the answer,
 * the paragraphs inside are all of it; a 收起 link after them on half the pages; the date in a
 * <time datetime> printed `2023.05.06` or `更新于 2023-05-06`; the format now and then. The
 * related list an accordion: each item a <details> whose <summary> is the question, holding the
 * snippet and a `查看完整回答 ›` link to the item's page; no dates, no format. JSON-LD on 30%.
 */
const detailsAccordion: Family = {
  name: 'details-accordion',
  split: 'fresh-11',
  site: 'm.zhedie-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const first = page.paragraphs[0]!;
    const summary = rng.weighted([
      [rng.pick(['查看医生回答', '展开全部回答', '点击查看完整解答']), 2],
      [`${esc(d.name!)}医生的回答`, 1],
      [`${esc(first.slice(0, rng.int(14, 24)))}…<span${cls(rng)}>展开</span>`, 2],
    ] as const);
    const body = `${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${rng.chance(0.5) ? `<a href="javascript:;"${cls(rng)}>收起 ▲</a>` : ''}`;
    const details = `<details${rng.chance(0.4) ? ' open' : ''}${cls(rng)}><summary${cls(rng)}>${summary}</summary><div${cls(rng)}>${body}</div></details>`;
    const hosp = `${esc(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''}`;
    const card = rng.chance(0.5)
      ? `<figure${cls(rng)}><img src="/avatar/${token(rng, 8)}.png" alt="${esc(d.name!)}"><figcaption><strong>${esc(d.name!)}</strong> ${d.title}<br>${hosp}<br>${esc(d.department!)}</figcaption></figure>`
      : `<div${cls(rng)}><p${cls(rng)}><strong>${esc(d.name!)}</strong> <span>${d.title}</span> <span>${esc(d.department!)}</span></p><p${cls(rng)}>${hosp}</p></div>`;
    const printed = rng.pick([page.date!.replace(/-/g, '.'), `更新于 ${page.date}`, `${page.date} ${page.time}`]);
    const when = `<time datetime="${page.date}T${page.time}:00+08:00"${cls(rng)}>${printed}</time>`;
    const fmt = printFormat ? `<span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const heading = rng.pick(['h1', 'h2']);
    const items = page.related.map(
      (r) => `<details${cls(rng)}><summary${cls(rng)}>${esc(r.question)}</summary><div${cls(rng)}><p>${esc(r.snippet)}</p><a href="${r.path}"${cls(rng)}>查看完整回答 ›</a></div></details>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>${esc(page.question)} - 折叠问答</title>
<link rel="canonical" href="${page.canonical}">
<style>details>summary{list-style:none;cursor:pointer}details[open]>summary span{display:none}</style>
${rng.chance(0.3) ? `${jsonLd(page, { date: rng.chance(0.5), author: true })}\n` : ''}</head>
<body>
<header${cls(rng)}><a href="/">折叠问答</a> <a href="/search">搜索</a></header>
<main${cls(rng)}>
<${heading}${cls(rng)}>${esc(page.question)}</${heading}>
${card}
<div${cls(rng)}>${fmt}${fmt ? ' ' : ''}${when}</div>
${details}
<p${cls(rng)}>温馨提示：以上内容仅供参考，不能代替线下诊疗。</p>
</main>
${page.related.length ? `<section${cls(rng)}><h3${cls(rng)}>${rng.pick(['常见问题', '相关问答', '大家都在问'])}</h3>${items.join('\n')}</section>` : ''}
<footer${cls(rng)}>© 折叠问答 m.zhedie-wenda.example</footer>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown', date: null })),
      }),
    };
  },
};

/**
 * P3. A mobile page behind an app-download interstitial: a fixed overlay first in the body (the
 * app's logo, `打开XX健康APP，查看更多医生回答`, 打开APP / 继续浏览), a top bar with an 打开 button; the
 * <h1> question, the card (avatar, name and title on one line, hospital with a grade tag on 70%,
 * department, 已认证, 关注); the answer's paragraphs with an app banner (`下载APP，免费向三甲医生提问`
 * 立即下载) set between two of them on most pages; `发布于 2023-05-06`, `2023年05月06日 14:22` or
 * `2023-05-06 14:22`; a format word now and then. Related items under 相关推荐 / 猜你关心 / 更多相关
 * 问题: on half the pages some are locked to the app (their question links, but `该回答需在APP内查看`
 * and an 打开APP button in place of the snippet: no items); dates on some pages. A fixed bottom bar
 * `APP内打开，阅读体验更佳`.
 */
const appInterstitial: Family = {
  name: 'app-interstitial',
  split: 'fresh-11',
  site: 'm.kangjian-app.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.7);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const app = rng.pick(['康健', '问诊宝', '健康通']);
    const overlay = `<div${cls(rng)} style="position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.6);z-index:999"><div${cls(rng)}><img src="/static/app-logo.png" alt="${app}APP"><p>打开${app}APP，查看更多医生回答</p><a href="${app === '康健' ? 'kangjian' : 'wzb'}://q/${token(rng, 6)}"${cls(rng)}>打开APP</a> <a href="javascript:;"${cls(rng)}>继续浏览网页</a></div></div>`;
    const card = `<div${cls(rng)}><img src="/avatar/${token(rng, 8)}.jpg" alt=""><div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${d.title}</span> <i${cls(rng)}>已认证</i></div><div${cls(rng)}>${esc(d.hospital!)}${gradeShown ? `<span${cls(rng)}>${d.hospital_grade}</span>` : ''}</div><div${cls(rng)}>${esc(d.department!)}</div><a href="javascript:;"${cls(rng)}>+ 关注</a></div>`;
    const banner = `<div${cls(rng)}><img src="/static/banner-${token(rng, 4)}.png" alt=""><span>下载APP，免费向三甲医生提问</span><a href="/download"${cls(rng)}>立即下载</a></div>`;
    const ps = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    if (ps.length > 1 && rng.chance(0.8)) ps.splice(rng.int(1, ps.length - 1), 0, banner);
    const when = rng.pick([`发布于 ${page.date}`, `${Y(page.date!)}年${M(page.date!)}月${D(page.date!)}日 ${page.time}`, `${page.date} ${page.time}`]);
    const locking = rng.chance(0.5);
    const locked = page.related.map(() => locking && rng.chance(0.4));
    const datedItems = rng.chance(0.5);
    const items = page.related.map((r, i) =>
      locked[i]
        ? `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><div${cls(rng)}><span>🔒 该回答需在APP内查看</span> <a href="/download"${cls(rng)}>打开APP</a></div></li>`
        : `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)}_${app}</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
${overlay}
<div${cls(rng)}><img src="/static/logo.png" alt="${app}"> <a href="/download"${cls(rng)}>打开</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${card}
<div${cls(rng)}>${printFormat ? `<span${cls(rng)}>${formatWord(rng, page.format)}</span> ` : ''}<span${cls(rng)}>${when}</span></div>
<div${cls(rng)}>${ps.join('\n')}</div>
<div${cls(rng)}>本内容仅供参考，如有不适请及时就医</div>
</div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关推荐', '猜你关心', '更多相关问题'])}</div><ul>${items.join('\n')}</ul></div>` : ''}
<div${cls(rng)} style="position:fixed;bottom:0;left:0;right:0">APP内打开，阅读体验更佳 <a href="/download">打开</a></div>
</body>
</html>`;
    const related = relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })).filter((_, i) => !locked[i]);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related,
      }),
    };
  },
};

/** UTF-16 (little- or big-endian) or UTF-8 bytes behind a byte-order mark, as a browser saves a page. */
function withBom(html: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-8'): Buffer {
  if (encoding === 'utf-8') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(html, 'utf-16be')]);
}

/**
 * P4. An old ask-a-doctor page saved from the browser: `<!-- saved from url=(0045)… -->` first,
 * the bytes UTF-16LE (50%), UTF-16BE (15%) or UTF-8 (35%) behind a byte-order mark, while the
 * page's `<meta http-equiv>` still declares charset=gb2312, gbk or unicode (the mark decides, as in
 * a browser); pictures from a `name_files/` folder; the canonical link on half the pages (the
 * links absolute when it is missing). A table layout with <font>: 【问题】 or `问题：` and the
 * question, 问题描述 with the asker's date; the doctor in one row of labelled cells (回复医生 /
 * 医生, 职称, 所在医院 / 医院 with its grade in brackets on half, 科室 / 就诊科室); 【医生回复】 /
 * 医生建议： over the answer; 回复时间 unpadded with seconds (`2023-5-6 14:22:00`); 相关问题 as table
 * rows of question, snippet and (on 60%) date.
 */
const savedUnicode: Family = {
  name: 'saved-unicode',
  split: 'fresh-11',
  site: 'www.laowenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const encoding = rng.weighted([
      ['utf-16le', 10],
      ['utf-16be', 3],
      ['utf-8', 7],
    ] as const);
    const declared = rng.pick(['gb2312', 'gbk', 'unicode']);
    const canonical = rng.chance(0.5);
    const origin = new URL(page.canonical).origin;
    const href = (path: string) => (canonical ? path : origin + path);
    const files = `${page.canonical.replace(/^.*\/(\d+)\.html$/u, '$1')}_files`;
    const iso = page.date!;
    const stampOf = (day: string, time: string) => `${Number(Y(day))}-${Number(M(day))}-${Number(D(day))} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const asked = shift(iso, -rng.int(0, 4));
    const cells: [string, string][] = [
      [rng.pick(['回复医生', '医生']), `<a href="${href(`/doctor/${rng.int(10000, 99999)}.html`)}">${esc(d.name!)}</a>`],
      ['职称', d.title!],
      [rng.pick(['所在医院', '医院']), `${esc(d.hospital!)}${gradeShown ? `(${d.hospital_grade})` : ''}`],
      [rng.pick(['科室', '就诊科室']), esc(d.department!)],
    ];
    const doctorRow = `<tr>${cells.map(([l, v]) => `<td${cls(rng)}><font color="#666666">${l}：</font>${v}</td>`).join('')}</tr>`;
    const datedItems = rng.chance(0.6);
    const rows = page.related.map(
      (r) => `<tr><td width="40%"><a href="${href(r.path)}" target="_blank">${esc(r.question)}</a></td><td>${esc(r.snippet)}</td>${datedItems ? `<td width="90">${r.date}</td>` : ''}</tr>`,
    );
    const answerLabel = rng.pick(['【医生回复】', '医生建议：', '【专家回复】']);
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=(${String(page.canonical.length).padStart(4, '0')})${page.canonical} -->
<HTML><HEAD><TITLE>${esc(page.question)}--老问医网</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=${declared}">
${canonical ? `<LINK rel="canonical" href="${page.canonical}">\n` : ''}<LINK href="./${files}/style.css" type="text/css" rel="stylesheet">
<META content="MSHTML 6.00.2900.6049" name="GENERATOR"></HEAD>
<BODY>
<TABLE width="960" align="center" border="0" cellpadding="0" cellspacing="0"><TR><TD><IMG src="./${files}/logo.gif" alt="老问医网"></TD><TD align="right"><A href="${href('/')}">首页</A> | <A href="${href('/ask/')}">我要提问</A> | <A href="${href('/login/')}">登录</A></TD></TR></TABLE>
<TABLE width="960" align="center"${cls(rng)}>
<TR><TD${cls(rng)}><font color="#ff6600"><b>${rng.pick(['【问题】', '问题：'])}</b></font><b>${esc(page.question)}</b></TD></TR>
<TR><TD${cls(rng)}>问题描述：${esc(ask(page))}，请问医生怎么办？<font color="#999999">（${stampOf(asked, hm(rng))}）</font></TD></TR>
</TABLE>
<TABLE width="960" align="center"${cls(rng)}>${doctorRow}</TABLE>
<TABLE width="960" align="center"${cls(rng)}>
<TR><TD><font color="#008000"><b>${answerLabel}</b></font></TD></TR>
<TR><TD${cls(rng)}>${page.paragraphs.map((p) => `${esc(p)}<BR>`).join('\n')}</TD></TR>
<TR><TD align="right"><font color="#999999">回复时间：${stampOf(iso, page.time)}</font></TD></TR>
</TABLE>
${page.related.length ? `<TABLE width="960" align="center"${cls(rng)}><TR><TD colspan="3"><b>相关问题</b></TD></TR>${rows.join('\n')}</TABLE>` : ''}
<TABLE width="960" align="center"><TR><TD align="center"><font size="2">Copyright &copy; 2006-${Y(iso)} 老问医网 All Rights Reserved</font></TD></TR></TABLE>
</BODY></HTML>`;
    return {
      body: withBom(html, encoding),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const CITY_EN: Record<string, string> = {
  江州市: 'Jiangzhou', 云岭市: 'Yunling', 青川市: 'Qingchuan', 白沙市: 'Baisha', 东湖市: 'Donghu', 南屏市: 'Nanping', 西陵市: 'Xiling', 北岸市: "Bei'an", 临江市: 'Linjiang', 石门市: 'Shimen',
};
const TITLE_EN: Record<string, string> = {
  主任医师: 'Chief Physician', 副主任医师: 'Associate Chief Physician', 主治医师: 'Attending Physician', 医师: 'Physician', 主任中医师: 'Chief TCM Physician',
  副主任中医师: 'Associate Chief TCM Physician', 主治中医师: 'Attending TCM Physician', 主管药师: 'Pharmacist-in-charge', 副主任护师: 'Associate Chief Nurse', 住院医师: 'Resident Physician',
};
const DEPT_EN: Record<string, string> = {
  消化内科: 'Gastroenterology', 心血管内科: 'Cardiology', 内分泌科: 'Endocrinology', 呼吸内科: 'Respiratory Medicine', 皮肤科: 'Dermatology', 骨科: 'Orthopedics', 耳鼻喉科: 'ENT',
  儿科: 'Pediatrics', 妇产科: 'Obstetrics & Gynecology', 妇科: 'Gynecology', 眼科: 'Ophthalmology', 口腔科: 'Stomatology', 神经内科: 'Neurology', 泌尿外科: 'Urology', 男科: 'Andrology',
  肛肠科: 'Proctology', 肝胆外科: 'Hepatobiliary Surgery', 血液科: 'Hematology', 风湿免疫科: 'Rheumatology', 乳腺外科: 'Breast Surgery', 精神心理科: 'Psychiatry',
  康复医学科: 'Rehabilitation', 中医科: 'Traditional Chinese Medicine', 全科医学科: 'General Practice', 儿童保健科: 'Child Health Care', 临床心理科: 'Clinical Psychology', 营养科: 'Clinical Nutrition',
  疼痛科: 'Pain Management', 感染性疾病科: 'Infectious Diseases', 急诊科: 'Emergency', 神经外科: 'Neurosurgery', 老年医学科: 'Geriatrics', 生殖医学科: 'Reproductive Medicine',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const hospitalEn = (hospital: string) => {
  const city = Object.keys(CITY_EN).find((c) => hospital.startsWith(c));
  const rest = city ? hospital.slice(city.length) : hospital;
  const kind = /第一人民/u.test(rest) ? "First People's Hospital" : /第二人民/u.test(rest) ? "Second People's Hospital" : /第三人民/u.test(rest) ? "Third People's Hospital" : /中医/u.test(rest) ? 'Hospital of Traditional Chinese Medicine' : /妇幼/u.test(rest) ? 'Maternal and Child Health Hospital' : /儿童/u.test(rest) ? "Children's Hospital" : /附属/u.test(rest) ? 'Affiliated Hospital' : /中心/u.test(rest) ? 'Central Hospital' : 'General Hospital';
  return `${city ? `${CITY_EN[city]} ` : ''}${kind}`;
};
const ICON_PATHS = ['M12 2a5 5 0 1 1 0 10a5 5 0 0 1 0-10zm0 12c5 0 9 2.5 9 5v3H3v-3c0-2.5 4-5 9-5z', 'M3 21V7l9-5 9 5v14h-6v-6H9v6z', 'M4 4h16v16H4zM8 2v4M16 2v4M4 10h16', 'M9 18l6-6-6-6'];
const svgIcon = (rng: Rng) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" style="vertical-align:-3px;fill:none;stroke:#0a7f8c;stroke-width:1.5"><path d="${rng.pick(ICON_PATHS)}"/></svg>`;

/**
 * P5. An international / private hospital group's bilingual page: a 中文 | EN switch, <style>
 * blocks in the head and again in the body, every label with an inline SVG icon and its English
 * (`主诊医生 Physician：`); values in Chinese with the English beside them (`主任医师 Chief
 * Physician`, the hospital with its English name in a `<span lang="en">` or in brackets, `消化内科 /
 * Gastroenterology`) — the key holds the Chinese words; the grade on 35% only as an SVG badge's
 * <text> (printed), on 35% as text after the hospital, else nowhere (null); `医生回答 Doctor's
 * Answer` over the answer, an English disclaimer after it; the date `2023-05-06`, `May 6, 2023`,
 * `06 May 2023` or both languages; `▶ 语音 Audio` now and then; `相关问答 Related Q&A` items with a
 * chevron icon, dated `May 6, 2023` on half the pages.
 */
const bilingualSvg: Family = {
  name: 'bilingual-svg',
  split: 'fresh-11',
  site: 'www.intl-health-group.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeMode = rng.weighted([
      ['svg', 35],
      ['text', 35],
      ['none', 30],
    ] as const);
    const printFormat = page.format !== 'unknown' && rng.chance(0.3);
    const en = (iso: string, style: number) => (style === 0 ? `${MONTHS[Number(M(iso)) - 1]} ${Number(D(iso))}, ${Y(iso)}` : `${D(iso)} ${MONTHS[Number(M(iso)) - 1]} ${Y(iso)}`);
    const iso = page.date!;
    const dateShown = rng.pick([`发布日期 Published：${iso}`, `Published ${en(iso, 0)}`, `${en(iso, 1)}`, `${cnDate(iso)} / ${en(iso, 0)}`]);
    const badge =
      gradeMode === 'svg'
        ? ` <svg xmlns="http://www.w3.org/2000/svg" width="44" height="20" viewBox="0 0 44 20" role="img"><rect width="44" height="20" rx="4" fill="#c8102e"/><text x="22" y="14" font-size="12" fill="#fff" text-anchor="middle">${d.hospital_grade}</text></svg>`
        : gradeMode === 'text'
          ? ` <span${cls(rng)}>${rng.pick([`（${d.hospital_grade}）`, `${d.hospital_grade}`])}</span>`
          : '';
    const hospitalValue = rng.chance(0.5) ? `${esc(d.hospital!)}${badge}<br><span lang="en"${cls(rng)}>${hospitalEn(d.hospital!)}</span>` : `${esc(d.hospital!)}${badge} <span lang="en"${cls(rng)}>(${hospitalEn(d.hospital!)})</span>`;
    const rows: [string, string][] = [
      [`${rng.pick(['主诊医生', '医生'])} <span lang="en">${rng.pick(['Physician', 'Doctor'])}</span>`, `<strong>${esc(d.name!)}</strong>`],
      [`职称 <span lang="en">Title</span>`, `${d.title} <span lang="en"${cls(rng)}>${TITLE_EN[d.title!] ?? 'Physician'}</span>`],
      [`医院 <span lang="en">Hospital</span>`, hospitalValue],
      [`科室 <span lang="en">Department</span>`, `${esc(d.department!)}${rng.pick([' / ', ' ', '<br>'])}<span lang="en"${cls(rng)}>${DEPT_EN[d.department!] ?? 'Clinical Department'}</span>`],
    ];
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}>${rows.map(([l, v]) => `<div${cls(rng)}>${svgIcon(rng)}<span${cls(rng)}>${l}：</span><span${cls(rng)}>${v}</span></div>`).join('\n')}</div>`
      : `<table${cls(rng)}>${rows.map(([l, v]) => `<tr><th>${svgIcon(rng)} ${l}</th><td>${v}</td></tr>`).join('')}</table>`;
    const datedItems = rng.chance(0.5);
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${svgIcon(rng)}<span>${esc(r.question)}</span></a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<small${cls(rng)}>${en(r.date!, 0)}</small>` : ''}</li>`,
    );
    const style = `<style>.q-${token(rng, 4)}{font-family:"PingFang SC","Helvetica Neue",Arial,sans-serif;color:#1d2b36}[lang=en]{color:#6b7c88;font-size:.85em;margin-left:.4em}svg{flex:none}</style>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)} | 专家问答 Ask the Expert | 国际医疗集团</title>
<link rel="canonical" href="${page.canonical}">
<link rel="alternate" hreflang="en" href="${page.canonical.replace('/q/', '/en/q/')}">
${style}
</head>
<body>
<header${cls(rng)}><a href="/"><svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><title>国际医疗集团 International Health Group</title><circle cx="16" cy="16" r="14" fill="#0a7f8c"/><path d="M10 16h12M16 10v12" stroke="#fff" stroke-width="3"/></svg></a><nav><a href="/">首页 Home</a> <a href="/doctors/">专家团队 Our Doctors</a> <a href="/qa/">专家问答 Ask the Expert</a></nav><div${cls(rng)}><a href="${page.canonical}">中文</a> | <a href="${page.canonical.replace('/q/', '/en/q/')}" lang="en">EN</a></div></header>
<main${cls(rng)}>
<style>.ans p{line-height:1.9;margin:0 0 12px}.ans p:last-child{margin:0}</style>
<div${cls(rng)}>${svgIcon(rng)} <span>专家问答</span> <span lang="en">Ask the Expert</span></div>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}>${svgIcon(rng)} <span${cls(rng)}>${dateShown}</span>${printFormat ? ` <span${cls(rng)}>▶ ${formatWord(rng, page.format)} <span lang="en">${page.format === 'voice' ? 'Audio' : page.format === 'video' ? 'Video' : 'Text'}</span></span>` : ''}</div>
${card}
<section${cls(rng)}><h2${cls(rng)}>医生回答 <span lang="en">Doctor's Answer</span></h2><div class="ans">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></section>
<p${cls(rng)} lang="en">The above is for reference only and does not replace a face-to-face diagnosis.</p>
</main>
${page.related.length ? `<aside${cls(rng)}><h3${cls(rng)}>相关问答 <span lang="en">Related Q&amp;A</span></h3><ul>${items.join('\n')}</ul></aside>` : ''}
<footer${cls(rng)}>© 2023 国际医疗集团 International Health Group. All rights reserved.</footer>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeMode === 'none' ? null : d.hospital_grade },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/**
 * P6. A page whose doctor card is split: a 本期答疑 / 答疑专家 band ABOVE the <h1> (or right under
 * it) with the avatar, name and title only; the hospital (grade on 60%), department and a 擅长
 * line in a 关于医生 / 专家简介 / 医生信息 box AFTER the answer, its disclaimer and share buttons
 * (the name again there on half the pages); breadcrumbs `首页 > 健康问答 > dept > disease` and a
 * `分类：dept` line naming another department than the card's (the site's category: the key's
 * department is the card's); `发布：2023-05-06` or `2023年5月6日发布`; the related list a
 * 猜你关心 / 其他人还问了 / 相似问题 grid of picture cards in rows of two to four (a thumbnail, the
 * question in an <h4> inside the link, the snippet, a date on 40%); a 热门科室 box of links.
 */
const splitCardCrumbs: Family = {
  name: 'split-card-crumbs',
  split: 'fresh-11',
  site: 'www.jieda-zhuanlan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const category = otherDepartment(rng, d.department!);
    const word = topicWord(page);
    const band = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(['本期答疑', '答疑专家', '本文专家'])}</span><img src="/avatar/${token(rng, 8)}.jpg" alt="" width="40"><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div>`;
    const bandFirst = rng.chance(0.6);
    const skill = `${word}、${rng.pick(['常见病', '疑难病', '慢性病'])}的诊断与治疗`;
    const nameAgain = rng.chance(0.5);
    const box = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['关于医生', '专家简介', '医生信息'])}</h3>${nameAgain ? `<p${cls(rng)}>${esc(d.name!)}</p>` : ''}<p${cls(rng)}>${esc(d.hospital!)}${gradeShown ? ` <span${cls(rng)}>${d.hospital_grade}</span>` : ''}</p><p${cls(rng)}>${esc(d.department!)}</p><p${cls(rng)}>擅长：${esc(skill)}</p></div>`;
    const when = rng.pick([`发布：${page.date}`, `${cnDate(page.date!)}发布`, `发布时间 ${page.date} ${page.time}`]);
    const datedItems = rng.chance(0.4);
    const cards = page.related.map(
      (r) => `<div${cls(rng)}><a href="${r.path}"${cls(rng)}><img src="/thumb/${token(rng, 10)}.jpg" alt="" loading="lazy"><h4${cls(rng)}>${esc(r.question)}</h4></a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</div>`,
    );
    const perRow = rng.int(2, 4);
    const gridRows: string[] = [];
    for (let i = 0; i < cards.length; i += perRow) gridRows.push(`<div${cls(rng)} style="display:flex">${cards.slice(i, i + perRow).join('')}</div>`);
    const departments = rng.shuffle([...new Set(TOPICS.map((t) => t.department))]).slice(0, 6).map((x) => `<a href="/ks/${token(rng, 4)}/">${x}</a>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-${category}-解答专栏</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">解答专栏</a> <a href="/wenda/">健康问答</a> <a href="/ks/">科室</a></div>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; <a href="/wenda/${token(rng, 4)}/">${category}</a> &gt; <span>${esc(word)}</span></div>
<div${cls(rng)}>
${bandFirst ? band : ''}
<h1${cls(rng)}>${esc(page.question)}</h1>
${bandFirst ? '' : band}
<div${cls(rng)}><span>分类：<a href="/wenda/${token(rng, 4)}/">${category}</a></span> <span>${when}</span> <span>浏览 ${rng.int(100, 99999)}</span></div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>声明：本文内容仅供参考，不作为诊断及医疗依据。</p>
<div${cls(rng)}>分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
${box}
</div>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['猜你关心', '其他人还问了', '相似问题'])}</h3>${gridRows.join('\n')}</div>` : ''}
<div${cls(rng)}><h3${cls(rng)}>热门科室</h3>${departments.join(' ')}</div>
<div${cls(rng)}>© 解答专栏 版权所有</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH11_FAMILIES: readonly Family[] = [followupThread, detailsAccordion, appInterstitial, savedUnicode, bilingualSvg, splitCardCrumbs];
