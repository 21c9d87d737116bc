import type { Rng } from '../../kit/pages/rng.js';
import { CITIES, HOSPITAL_KINDS, TOPICS } from '../../kit/pages/vocab.js';
import type { Family, Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, RELATED_HEADS, dayText, documentOf, formatWord, plainCard, plainKey, relatedList, shift, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, paragraphsHtml, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-fourth fresh held-out set (split `fresh-27`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real HTML does to one (from memory, no copied markup), that no
 * earlier family covers: a 好大夫-style consultation whose patient's question is a set of labelled
 * fields (病情描述 / 患病多久 / 已就诊医院 / 希望得到的帮助) before the doctor's reply; a doctor card whose
 * 擅长 / 简介 / 执业经历 lines name other hospitals, departments and earlier titles; a card that runs
 * the name and the title together (李建国主任医师) and writes the grade in brackets after the hospital;
 * a mini-program or web-component rendering whose content sits in custom elements (`<wx-view>`,
 * `<qa-answer>`, `<x-card>`); a headless CMS's template of `<div>`s with inline styles only, font
 * sizes the only sign of a heading, the answer's paragraphs parted by newlines in a
 * `white-space: pre-wrap` block, the disclaimer now and then before the answer; a responsive page
 * that carries its desktop and its mobile rendering of the Q&A both, one hidden by a media query.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden text is no text). Where a careful person could hesitate, the
 * key decides:
 * - consult-fields: the question is the heading the page shows over the consult (the `<h1>` the
 *   `<title>` repeats); the patient's fields (病情描述, 患病多久, 已就诊医院及科室 naming another
 *   hospital and department, 用药情况, 希望得到的帮助, 提问时间 with an earlier day) are the asker's: none
 *   of the answer, the card or the date. The answer is the doctor's reply only; its date the reply's.
 * - bio-decoys: the card's values are what it prints as the doctor's current name, title, hospital,
 *   grade and department; the 擅长 / 简介 / 执业经历 / 社会任职 lines are text about the doctor, and the
 *   other hospitals (曾任…, 进修于…), departments (擅长心内科与…) and earlier titles they name are none
 *   of the card.
 * - glued-name-title: a name and title printed as one run (`李建国主任医师`, or with one space) are the
 *   name and the title: a careful person parts them where the title (a word of the closed list of
 *   clinical titles) begins; a grade in brackets after the hospital (`（三级甲等）`, `(三甲)`, `【二甲】`) is
 *   the grade, without its brackets, and none of the hospital's name; a department glued after the
 *   bracket is the department.
 * - custom-tags: custom elements are shown as their content (the page's stylesheet makes the
 *   containers blocks); a `<wx-navigator url>` is a link to that address, as `<a href>` is.
 * - inline-style-cms: the question is the largest bold line; in a `white-space: pre-wrap` block each
 *   line is a paragraph as shown (a blank line between two is no paragraph); the disclaimer is none
 *   of the answer, whether before it or after.
 * - responsive-twins: the page as a desktop browser shows it (the canonical is the desktop host):
 *   one Q&A, the answer once, the related items once; both renderings print the same values, so
 *   whichever a reader takes gives the same entry.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const DEPARTMENTS = [...new Set(TOPICS.map((t) => t.department)), '心血管内科', '神经内科', '普外科', '骨科', '皮肤科', '内分泌科'];

/** A hospital of the universe's kind that is not `not`. */
const otherHospital = (rng: Rng, not: string) => {
  let h = '';
  do h = `${rng.pick(CITIES)}${rng.pick(HOSPITAL_KINDS)}`;
  while (h === not);
  return h;
};

/** A department that is not `not`. */
const otherDepartment = (rng: Rng, not: string) => {
  let d = '';
  do d = rng.pick(DEPARTMENTS);
  while (d === not);
  return d;
};

/** The title a doctor held before the present one. */
const EARLIER_TITLE: Record<string, string> = { 主任医师: '副主任医师', 副主任医师: '主治医师', 主治医师: '住院医师', 主任中医师: '副主任中医师', 副主任中医师: '主治中医师' };
const earlierTitle = (title: string) => EARLIER_TITLE[title] ?? '住院医师';

// --- F1. consult-fields ---

/** The asker's field rows, as a `<dl>`, labelled `<p>`s or a two-column table. */
function askerFields(rng: Rng, rows: ReadonlyArray<readonly [string, string]>): string {
  const kind = rng.pick(['dl', 'p', 'table'] as const);
  if (kind === 'dl') return `<dl${cls(rng)}>${rows.map(([k, v]) => `<dt>${k}：</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
  if (kind === 'p') return `<div${cls(rng)}>${rows.map(([k, v]) => `<p><strong>${k}：</strong>${esc(v)}</p>`).join('\n')}</div>`;
  return `<table${cls(rng)}>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
}

/**
 * F1. A 好大夫-style online consultation: the consult's title as `<h1>`, the patient's fields under it
 * (疾病, 病情描述, 患病多久, 已就诊医院及科室 naming another hospital on 50%, 用药情况, 希望得到的帮助, the
 * 提问时间 an earlier day on 40%) as a `<dl>`, labelled lines or a table, a 患者：女 32岁 line now and
 * then; then a 医生回复 head, the doctor's plain card (grade on 60%), a date line (format on 40%) and
 * the reply — the card at the top of the page under 咨询医生 / 接诊医生 instead on 40%; a 本次咨询已结束 line on half; an ordinary related list (dated on half).
 */
const consultFields: Family = {
  name: 'consult-fields',
  split: 'fresh-27',
  site: 'www.wenzhen-jilu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const rows: Array<readonly [string, string]> = [];
    if (rng.chance(0.6)) rows.push(['疾病', topicWord(page)]);
    rows.push(['病情描述', rng.shuffle(ASKER_LINES).slice(0, rng.int(2, 3)).join('')]);
    rows.push(['患病多久', rng.pick(['一周内', '一个月内', '半年内', '半年以上', '一年以上'])]);
    if (rng.chance(0.5)) rows.push([rng.pick(['已就诊医院及科室', '曾经就诊医院', '就诊情况']), `${otherHospital(rng, d.hospital!)} ${otherDepartment(rng, d.department!)}`]);
    if (rng.chance(0.5)) rows.push(['用药情况', rng.pick(['未用药', '吃过消炎药，效果不明显', '自行服用过中成药'])]);
    rows.push(['希望得到的帮助', rng.pick(['请问需要做什么检查？', '想知道是什么原因，该怎么治疗？', '需要吃药吗？平时要注意什么？'])]);
    if (rng.chance(0.4)) rows.push(['提问时间', dayText(rng, shift(page.date!, -rng.int(1, 3)))]);
    const patient = rng.chance(0.4) ? `<div${cls(rng)}>患者：${rng.pick(['男', '女'])} ${rng.int(3, 78)}岁</div>\n` : '';
    const replyHead = `<h2${cls(rng)}>${rng.pick(['医生回复', `${esc(d.name!)}医生的回复`, '医生建议'])}</h2>`;
    const cardFirst = rng.chance(0.4);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const reply = `<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`;
    const ended = rng.chance(0.5) ? `<div${cls(rng)}>${rng.pick(['本次咨询已结束', '问诊已结束，感谢您的信任'])}</div>` : '';
    const body = `<div${cls(rng)}><a href="/">问诊记录网</a> &gt; <a href="/zixun/">在线咨询</a> &gt; ${esc(topicWord(page))}</div>
${cardFirst ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['咨询医生', '接诊医生', '问诊医生'])}</div>${card}</div>\n` : ''}${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n<div${cls(rng)}>${rng.chance(0.5) ? `<h3${cls(rng)}>${rng.pick(['患者病情', '病情资料', '咨询内容'])}</h3>` : ''}${patient}${askerFields(rng, rows)}</div>`)}
${wrap(rng, `${replyHead}\n${cardFirst ? '' : `${card}\n`}${when}\n${reply}\n${ended}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems, ['相似问诊', '相关问诊记录', ...RELATED_HEADS])}`;
    const html = documentOf(`${page.question}_在线问诊_问诊记录网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. bio-decoys ---

/**
 * F2. A doctor card rich in biography: name and title, hospital (grade on 60%) and department, then
 * 擅长 naming another department beside the doctor's own, a 简介 that says where the doctor worked
 * before and with which title (曾任 another hospital's department's earlier title, 进修于 a third
 * hospital), on 40% a 执业经历 list of years, hospitals and titles (the earlier post first), on half a
 * 社会任职 line naming a society's branch of another department; the bio lines before the card's own
 * values on 30%. Then a date line (format on 40%), the answer and an ordinary related list.
 */
const bioDecoys: Family = {
  name: 'bio-decoys',
  split: 'fresh-27',
  site: 'www.mingyi-jieshao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const before = otherHospital(rng, d.hospital!);
    const visited = otherHospital(rng, d.hospital!);
    const beforeDept = otherDepartment(rng, d.department!);
    const alsoDept = otherDepartment(rng, d.department!);
    const society = otherDepartment(rng, d.department!);
    const since = rng.int(2005, 2018);
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `<span${cls(rng)}>${d.hospital_grade}</span>`]) : '';
    const own = `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div>
<div${cls(rng)}>${esc(d.hospital!)}${grade} <span${cls(rng)}>${esc(d.department!)}</span></div>`;
    const bio = [
      `<div${cls(rng)}>${rng.pick(['擅长：', '专业擅长：'])}${rng.chance(0.5) ? `${esc(alsoDept)}与${esc(d.department!)}` : `${esc(d.department!)}及${esc(alsoDept)}`}常见病、疑难病的诊治，尤其擅长${esc(topicWord(page))}的规范化治疗。</div>`,
      `<div${cls(rng)}>${rng.pick(['简介：', '医生简介：'])}${esc(d.name!)}，医学硕士，曾任${esc(before)}${esc(beforeDept)}${earlierTitle(d.title!)}，${rng.chance(0.5) ? `曾进修于${esc(visited)}，` : ''}${since}年起在${esc(d.hospital!)}工作，从事临床工作十余年。</div>`,
    ];
    if (rng.chance(0.4)) {
      bio.push(`<div${cls(rng)}><div>执业经历</div><ul><li>${since - rng.int(4, 9)}–${since} ${esc(before)} ${esc(beforeDept)} ${earlierTitle(d.title!)}</li><li>${since}至今 ${esc(d.hospital!)} ${esc(d.department!)} ${d.title}</li></ul></div>`);
    }
    if (rng.chance(0.5)) bio.push(`<div${cls(rng)}>社会任职：${esc(rng.pick(CITIES))}医学会${esc(society)}专业委员会委员</div>`);
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 991}.jpg" alt="">${rng.chance(0.3) ? `${bio.join('\n')}\n${own}` : `${own}\n${bio.join('\n')}`}</div>`;
    const when = whenLine(rng, page, printFormat);
    const answer = `<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`;
    const body = `<div${cls(rng)}><a href="/">名医介绍网</a> <a href="/wenda/">问答</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}\n${answer}` : `${when}\n${answer}\n${card}`}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-名医介绍网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. glued-name-title ---

/**
 * F3. A card whose name and title are one run of text: `李建国主任医师` (70%) or `王敏 副主任医师` in one
 * element; the hospital with its grade in brackets after it (`（三级甲等）`, `(三甲)`, `【二甲】`, `［三甲］`;
 * grade on 75%) and the department in its own element or, where the grade is printed, glued after the
 * bracket (35%); the card as a line, a link and a line, or one line of three runs parted by
 * ideographic spaces. A date line (format on 40%), the answer, an ordinary related list.
 */
const gluedNameTitle: Family = {
  name: 'glued-name-title',
  split: 'fresh-27',
  site: 'www.yisheng-mingpian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.75);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const who = `${esc(d.name!)}${rng.chance(0.7) ? '' : ' '}${d.title}`;
    const [open, close] = rng.pick([['（', '）'], ['(', ')'], ['【', '】'], ['［', '］']] as const);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `${open}${d.hospital_grade}${close}` : ''}`;
    const glued = gradeShown && rng.chance(0.35);
    const place = glued ? `${hosp}${esc(d.department!)}` : null;
    const card = rng.pick([
      `<div${cls(rng)}><span${cls(rng)}>${who}</span><p${cls(rng)}>${place ?? `${hosp} <span${cls(rng)}>${esc(d.department!)}</span>`}</p></div>`,
      `<div${cls(rng)}><a href="/doctor/${token(rng, 6)}.html"${cls(rng)}>${who}</a><div${cls(rng)}>${place ?? `${hosp}</div><div${cls(rng)}>${esc(d.department!)}`}</div></div>`,
      `<p${cls(rng)}>${who}　${place ?? `${hosp}　${esc(d.department!)}`}</p>`,
    ]);
    const when = whenLine(rng, page, printFormat);
    const answer = `<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`;
    const body = `<div${cls(rng)}><a href="/">医生名片网</a> <a href="/ask/">问医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.6) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}_医生名片网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. custom-tags ---

/**
 * F4. A mini-program's web rendering or a web-component front end: every piece in custom elements,
 * made blocks by the page's stylesheet. Mini-program kind (half): `<wx-view>` / `<wx-text>` with
 * classes, the answer as `<wx-view>`s or a `<wx-rich-text>` of `<p>`s, related items as
 * `<wx-navigator url>` (no `<a>`); web-component kind: `<qa-question>`, `<x-card>` of `<x-name>`,
 * `<x-title>`, `<x-hospital>` (`<x-grade>` inside), `<x-dept>`, `<qa-meta>`, `<qa-answer>` of `<p>`s,
 * `<qa-related>` of `<qa-item>`s each with an `<a href>`. The `<title>` the question (70%) or the app's
 * name. Grade on 55%, format on 40%, items dated on half.
 */
const customTags: Family = {
  name: 'custom-tags',
  split: 'fresh-27',
  site: 'm.xiaochengxu-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.55);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const titleIsQuestion = rng.chance(0.7);
    const head = rng.pick(RELATED_HEADS);
    let style: string;
    let content: string;
    if (rng.chance(0.5)) {
      style = '<style>wx-view,wx-navigator,wx-rich-text{display:block}wx-text{display:inline}wx-image{display:inline-block;width:48px;height:48px}</style>';
      const v = (inner: string) => `<wx-view${cls(rng)}>${inner}</wx-view>`;
      const t = (text: string) => `<wx-text${cls(rng)}>${text}</wx-text>`;
      const card = v(`<wx-image src="/img/avatar/${page.item.num % 983}.png"></wx-image>${v(`${t(esc(d.name!))} ${t(d.title!)}`)}${v(`${t(esc(d.hospital!))}${gradeShown ? ` ${t(d.hospital_grade!)}` : ''} ${t(esc(d.department!))}`)}`);
      const when = v(`${t(dayText(rng, page.date!, page.time))}${printFormat ? ` ${t(formatWord(rng, page.format))}` : ''}`);
      const answer = rng.chance(0.5) ? v(page.paragraphs.map((p) => v(t(esc(p)))).join('')) : `<wx-rich-text${cls(rng)}>${paragraphsHtml(page.paragraphs)}</wx-rich-text>`;
      const items = page.related.map((r) => `<wx-navigator url="${r.path}"${cls(rng)}>${v(t(esc(r.question)))}${v(t(esc(r.snippet)))}${datedItems ? v(t(r.date!)) : ''}</wx-navigator>`);
      const related = items.length ? v(`${v(t(head))}${items.join('\n')}`) : '';
      content = `<wx-view${cls(rng)}>
${v(t(esc(page.question)))}
${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}
${answer}
${v(t(rng.pick(DISCLAIMERS)))}
${related}
</wx-view>`;
    } else {
      style = '<style>qa-page,qa-question,x-card,qa-meta,qa-answer,qa-related,qa-item,x-hospital{display:block}qa-question{font-size:20px;font-weight:bold}</style>';
      const card = `<x-card${cls(rng)}><x-name>${esc(d.name!)}</x-name> <x-title>${d.title}</x-title><x-hospital>${esc(d.hospital!)}${gradeShown ? ` <x-grade>${d.hospital_grade}</x-grade>` : ''}</x-hospital><x-dept>${esc(d.department!)}</x-dept></x-card>`;
      const when = `<qa-meta${cls(rng)}><time>${dayText(rng, page.date!, page.time)}</time>${printFormat ? ` <x-tag>${formatWord(rng, page.format)}</x-tag>` : ''}</qa-meta>`;
      const items = page.related.map((r) => `<qa-item${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${datedItems ? `<time>${r.date}</time>` : ''}</qa-item>`);
      const related = items.length ? `<qa-related${cls(rng)}><h3>${head}</h3>${items.join('\n')}</qa-related>` : '';
      content = `<qa-page${cls(rng)}>
<qa-question${cls(rng)}>${esc(page.question)}</qa-question>
${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}
<qa-answer${cls(rng)}>${paragraphsHtml(page.paragraphs)}</qa-answer>
<p>${rng.pick(DISCLAIMERS)}</p>
${related}
</qa-page>`;
    }
    const title = titleIsQuestion ? page.question : rng.pick(['问答详情', '健康问答小程序', '问医生']);
    const html = documentOf(title, page.canonical, `<meta name="viewport" content="width=device-width,initial-scale=1">\n${style}\n`, content);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. inline-style-cms ---

/** An inline style with its declarations spaced one way or another. */
const styleOf = (rng: Rng, decls: ReadonlyArray<readonly [string, string]>) => {
  const spaced = rng.chance(0.5);
  return ` style="${decls.map(([k, v]) => (spaced ? `${k}: ${v}` : `${k}:${v}`)).join(spaced ? '; ' : ';')}${rng.chance(0.5) ? ';' : ''}"`;
};

/**
 * F5. A headless CMS's template: no heading elements, no classes, no lists — `<div>`s with inline
 * styles only. The question a 22–26px bold line, the section heads (医生解答, 相关问题) 17–18px bold
 * lines, the card as small grey lines (grade on 60%), the date line (format on 40%); the disclaimer
 * in a tinted box before the answer (55%) or after it; the answer one `white-space: pre-wrap` block
 * whose paragraphs are parted by a newline or a blank line (60%) or a `<div>` per paragraph; related
 * items as `<div>`s of a styled link, a snippet line and (on half the pages) a date line.
 */
const inlineStyleCms: Family = {
  name: 'inline-style-cms',
  split: 'fresh-27',
  site: 'www.wuzhuti-cms.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const div = (decls: ReadonlyArray<readonly [string, string]>, inner: string) => `<div${styleOf(rng, decls)}>${inner}</div>`;
    const small = (inner: string) => div([['font-size', `${rng.int(12, 14)}px`], ['color', rng.pick(['#999', '#888', '#666'])]], inner);
    const heading = (text: string) => div([['font-size', `${rng.int(17, 18)}px`], ['font-weight', rng.pick(['600', '700', 'bold'])], ['margin', '20px 0 8px']], text);
    const question = div([['font-size', `${rng.int(22, 26)}px`], ['font-weight', rng.pick(['700', 'bold'])], ['line-height', '1.4']], esc(page.question));
    const card = div([['padding', '12px 0']], `${div([['font-size', '16px'], ['font-weight', '600']], `${esc(d.name!)} <span${styleOf(rng, [['color', '#666'], ['font-size', '14px']])}>${d.title}</span>`)}${small(`${esc(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} · ${esc(d.department!)}`)}`);
    const when = small(`${rng.pick(['', '回答于 ', '发布时间：'])}${dayText(rng, page.date!, page.time)}${printFormat ? ` · ${formatWord(rng, page.format)}` : ''}`);
    const disclaimer = div([['font-size', '12px'], ['color', '#b8860b'], ['background', '#fffbe6'], ['padding', '8px 12px']], rng.pick(DISCLAIMERS));
    const answer = rng.chance(0.6)
      ? div([['white-space', 'pre-wrap'], ['font-size', '16px'], ['line-height', '1.8']], page.paragraphs.map(esc).join(rng.pick(['\n', '\n\n'])))
      : div([['font-size', '16px'], ['line-height', '1.8']], page.paragraphs.map((p) => div([['margin-bottom', '12px']], esc(p))).join(''));
    const disclaimerFirst = rng.chance(0.55);
    const items = page.related.map((r) =>
      div([['padding', '12px 0'], ['border-bottom', '1px solid #eee']], `<a href="${r.path}"${styleOf(rng, [['font-size', '16px'], ['color', '#333'], ['text-decoration', 'none']])}>${esc(r.question)}</a>${div([['font-size', '14px'], ['color', '#666']], esc(r.snippet))}${datedItems ? small(r.date!) : ''}`),
    );
    const related = items.length ? `${heading(rng.pick(RELATED_HEADS))}\n${items.join('\n')}` : '';
    const body = div([['max-width', '960px'], ['margin', '0 auto']], `
${small(`<a href="/">首页</a> / <a href="/qa/">问答</a> / ${esc(topicWord(page))}`)}
${question}
${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}
${rng.chance(0.7) ? heading(rng.pick(['医生解答', '医生回答', '专家解答'])) : ''}
${disclaimerFirst ? `${disclaimer}\n${answer}` : `${answer}\n${disclaimer}`}
${related}
${small('© 2024 无主题健康')}
`);
    const html = documentOf(`${page.question} | 无主题健康`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. responsive-twins ---

/**
 * F6. A responsive page that carries two renderings of its Q&A, the desktop one and the mobile one,
 * a `<style>` media query showing one and hiding the other (the mobile copy first in the markup on
 * half the pages): the desktop copy an `<h1>`, a plain card, a date line and the answer; the mobile
 * copy a bold question line, the card as two compact lines (name · title, hospital grade department),
 * the date and format again and the answer again as `<p>`s. Both print the same values (grade on
 * 60%, format on 40%). The related list once after both (60%) or in each copy (40%, the same items;
 * dated on half).
 */
const responsiveTwins: Family = {
  name: 'responsive-twins',
  split: 'fresh-27',
  site: 'www.shuangban-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const pc = `pc-${token(rng, 4)}`;
    const m = `m-${token(rng, 4)}`;
    const listInEach = rng.chance(0.4);
    const format = printFormat ? formatWord(rng, page.format) : '';
    const desktop = `<div class="${pc}">
<h1${cls(rng)}>${esc(page.question)}</h1>
${plainCard(rng, page, gradeShown)}
<div${cls(rng)}>${dayText(rng, page.date!, page.time)}${format ? ` <span>${format}</span>` : ''}</div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
${listInEach ? relatedList(rng, page.related, datedItems) : ''}
</div>`;
    const mobile = `<div class="${m}">
<div${cls(rng)}><b>${esc(page.question)}</b></div>
<div${cls(rng)}>${esc(d.name!)} · ${d.title}</div><div${cls(rng)}>${esc(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} ${esc(d.department!)}</div>
<div${cls(rng)}>${dayText(rng, page.date!)}${format ? ` ${format}` : ''}</div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
${listInEach ? relatedList(rng, page.related, datedItems) : ''}
</div>`;
    const css = `<style>.${m}{display:none}@media (max-width: 768px){.${pc}{display:none}.${m}{display:block}}</style>`;
    const body = `<div${cls(rng)}><a href="/">双版问答</a> <a href="/ask/">提问</a></div>
${rng.chance(0.5) ? `${mobile}\n${desktop}` : `${desktop}\n${mobile}`}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${listInEach ? '' : relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-双版问答`, page.canonical, `<meta name="viewport" content="width=device-width,initial-scale=1">\n${css}\n`, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH27_FAMILIES: readonly Family[] = [consultFields, bioDecoys, gluedNameTitle, customTags, inlineStyleCms, responsiveTwins];
