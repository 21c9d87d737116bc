import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ENGLISH_MONTHS, cnDate, dayText, documentOf, hm, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-sixth fresh held-out set (split `fresh-29`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real stored or saved HTML does to one (from memory, no copied
 * markup), that no earlier family covers: a city health commission's 网上咨询 / 留言板 page where a
 * citizen's message was forwarded to a hospital and answered by it (the 回复单位 the hospital, the
 * answering doctor only in a signature under the reply, or nobody); a health newspaper's digital
 * edition (数字报) whose article of the 名医问诊 column is one reader's question and a doctor's answer,
 * in the issue's frame (the issue day, the 版次, the page's picture map, the bare titles of the
 * page's other articles); an internet hospital's 复诊续方 record (the doctor's advice beside a
 * diagnosis line, an e-prescription with a pharmacist's review and its own day); a CMS that escapes the answer's stored HTML once too often, so that the
 * page prints its `<p>` / `<br />` tags and `&nbsp;` entities as text; a page saved after a
 * bilingual translation extension (沉浸式翻译 kind) put an English translation after each block of
 * text; a page saved with a site's accessibility (无障碍) toolbar switched on (its bar of buttons, its
 * 大字幕 caption bar repeating the text under the pointer, its 指读 spans).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden text is no text; a signature is none of the answer). Where a
 * careful person could hesitate, the key decides:
 * - gov-message-board: the question is the 留言标题 value (the page's heading says 留言详情); the
 *   留言内容, 留言人 and 留言时间, the board's 受理 / 转办 steps and their days are the asker's and
 *   the board's, none of the answer and dating nothing; the answer is the 回复内容 without the
 *   signature line under it, dated by 回复时间; the hospital is the 回复单位; name, title and
 *   department come from the signature where it is printed, else null (the reply is the
 *   hospital's); no grade is printed (null), no format (unknown); related items' snippets without
 *   their `答复：` / `回复摘要：` label, dated where a 回复时间 is printed.
 * - epaper-column: the question is the article's headline (主题); the 引题 over it and the 副题 under
 *   it are none of it; the reader's 问 paragraph (the question again with the reader's words) is
 *   none of the answer, nor the editor's lead-in naming the doctor, the byline, the expert's 简介 or
 *   the 编辑 line; the answer is what follows the 答 label (the label none of it); the card is the
 *   doctor the article names, grade null; the date is the issue's day; no format; the page's other
 *   articles (the 本版标题 list, the picture map's areas, 往期) are bare titles: no items.
 * - rx-consult: the question is the `<h1>`; the patient's block (问诊类型, 主诉, 病情描述) is the asker's;
 *   the doctor is the 接诊医生 card (grade where printed), not the 审方药师; the answer is the
 *   诊疗建议 / 医生建议 paragraphs, dated by its 回复时间; the 初步诊断 line, the prescription (drugs,
 *   dosages, 处方编号, 审方时间 — a later day now and then —, 有效期) and the delivery line are none of
 *   the answer and date nothing; the 问诊类型 (复诊续方) names no format: unknown.
 * - escaped-markup: the answer as the doctor wrote it: the escaped tags and entities the page prints
 *   (`<p style="…">`, `</p>`, `<br />`, `&nbsp;`) are markup shown by mistake, none of the text; a
 *   paragraph is what its printed `<p>…</p>` pair or the printed breaks part (as qp-leftovers keyed
 *   the text behind an undecoded transfer encoding); a related snippet printed as `<p>…</p>` is its
 *   text.
 * - immersive-translate: the page's text is the Chinese the site printed; the English the extension
 *   put after each heading, paragraph, link and snippet (in its `<font class="…immersive-translate…">`
 *   wrappers) and its floating button are none of any field — an item's question and snippet
 *   without their translations.
 * - a11y-toolbar: the toolbar and its caption bar are the accessibility service's, not the page's:
 *   the caption's copy of a paragraph, a name or a related question is no second paragraph, card or
 *   item; the 指读 spans split no paragraph.
 * Format is printed only where a format word is printed; related items' formats and dates only where
 * the list prints them.
 */

const cityOf = (hospital: string) => /^(.{2,4}?市)/u.exec(hospital)?.[1] ?? '江州市';
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
/** The question as an asker writes it before more words: with its question mark. */
const asked = (page: TruthPage) => (/[？?]$/u.test(page.question) ? esc(page.question) : `${esc(page.question)}？`);

// --- F1. gov-message-board ---

/**
 * F1. A city health commission's 网上咨询 / 公众留言 board (GB2312 by http-equiv on 30%): the heading
 * 留言详情 / 咨询详情, then the message as a label/value table or labelled lines — 留言标题 (the
 * question), 留言人 (`王**`, 网友, 匿名), 留言时间 (1–20 days earlier), 留言类型 咨询, 留言内容 (the
 * question and the asker's words), 办理状态 已办结 / 已回复 —, on 40% a 办理过程 list (受理, 转办 to the
 * hospital, each with an earlier day), then 回复单位 (the hospital), 回复时间 and 回复内容: the reply's
 * paragraphs with, on 60%, a right-aligned signature naming the doctor (`答复人：心内科 王芳 主任医师`,
 * `（解答专家：王芳，心内科主任医师）`, or department, name and title on two lines); a 满意度评价 row
 * (满意 / 基本满意 / 不满意 radios or a printed 评价结果); related messages under 相关留言 / 同类咨询 /
 * 热点留言: the linked title, the reply's snippet after `答复：` / `回复摘要：`, the 回复时间 on 60%.
 */
const govMessageBoard: Family = {
  name: 'gov-message-board',
  split: 'fresh-29',
  site: 'wsjkw.liuyan-zixun.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.3);
    const city = cityOf(d.hospital!);
    const board = `${city}卫生健康委员会`;
    const signed = rng.chance(0.6);
    const datedItems = rng.chance(0.6);
    const tabled = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 20));
    const asker = rng.pick([`${otherName(rng).slice(0, 1)}**`, '网友', '匿名', `${otherName(rng).slice(0, 1)}女士`]);
    const status = rng.pick(['已办结', '已回复', '办理完毕']);
    const signature = signed
      ? rng.pick([
          `<p style="text-align:right">答复人：${esc(d.department!)} ${esc(d.name!)} ${d.title}</p>`,
          `<p style="text-align:right">（解答专家：${esc(d.name!)}，${esc(d.department!)}${d.title}）</p>`,
          `<p align="right">${esc(d.department!)}<br>${esc(d.name!)} ${d.title}</p>`,
        ])
      : '';
    const reply = `${page.paragraphs.map((p) => `<p>${rng.chance(0.4) ? '　　' : ''}${esc(p)}</p>`).join('')}${signature}`;
    const fields: Array<[string, string]> = [
      [rng.pick(['留言标题', '标题', '咨询主题']), esc(page.question)],
      [rng.pick(['留言人', '咨询人']), asker],
      [rng.pick(['留言时间', '咨询时间']), `${dayText(rng, askDay)}${rng.chance(0.5) ? ` ${hm(rng)}` : ''}`],
      ['留言类型', rng.pick(['咨询', '求助', '咨询类'])],
      [rng.pick(['留言内容', '咨询内容']), `${asked(page)}${rng.pick(ASKER_LINES)}`],
      ['办理状态', status],
    ];
    const steps = rng.chance(0.4)
      ? `<div${cls(rng)}><h4>办理过程</h4><ul${cls(rng)}><li>${dayText(rng, askDay)} ${board} 受理</li><li>${dayText(rng, shift(askDay, rng.int(0, 1)))} 转交 ${esc(d.hospital!)} 办理</li></ul></div>`
      : '';
    const answerFields: Array<[string, string]> = [
      ['回复单位', esc(d.hospital!)],
      ['回复时间', dayText(rng, page.date!, page.time)],
      [rng.pick(['回复内容', '答复内容', '答复意见']), reply],
    ];
    const asTable = (rows: Array<[string, string]>) =>
      `<table${cls(rng)} border="1" cellspacing="0" cellpadding="6" width="100%">${rows.map(([k, v]) => `<tr><th width="120">${k}</th><td>${v}</td></tr>`).join('\n')}</table>`;
    const asLines = (rows: Array<[string, string]>) =>
      `<div${cls(rng)}>${rows.map(([k, v]) => (/<p/u.test(v) ? `<div${cls(rng)}><strong>${k}：</strong><div${cls(rng)}>${v}</div></div>` : `<p${cls(rng)}><strong>${k}：</strong>${v}</p>`)).join('\n')}</div>`;
    const block = tabled ? asTable : asLines;
    const rating = rng.chance(0.5)
      ? `<div${cls(rng)}>满意度评价：<label><input type="radio" name="myd" value="1"> 满意</label> <label><input type="radio" name="myd" value="2"> 基本满意</label> <label><input type="radio" name="myd" value="3"> 不满意</label> <button type="button">提交评价</button></div>`
      : `<div${cls(rng)}>评价结果：${rng.pick(['满意', '基本满意'])}</div>`;
    const relatedItems = page.related.map(
      (r) =>
        `<li${cls(rng)}><a href="${r.path}" target="_blank">${esc(r.question)}</a><p${cls(rng)}>${rng.pick(['答复：', '回复摘要：'])}${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>回复时间：${r.date}</span>` : ''}</li>`,
    );
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关留言', '同类咨询', '热点留言'])}</h3><ul${cls(rng)}>${relatedItems.join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><img src="/images/logo.png" alt="${board}"> <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; 网上咨询</div>
${wrap(rng, `<h2${cls(rng)}>${rng.pick(['留言详情', '咨询详情', '网上咨询'])}</h2>\n${block(fields)}\n${steps}\n${block(answerFields)}\n${rating}`)}
${related}
<div${cls(rng)}>主办：${board}　<a href="https://beian.miit.gov.cn/">ICP备${rng.int(10000000, 99999999)}号</a></div>`;
    const title = rng.chance(0.7) ? `${page.question}_网上咨询_${board}` : `留言详情_${board}`;
    const html = documentOf(title, page.canonical, '', body, charsetMeta(gbk ? 'gb2312-http-equiv' : 'utf-8'));
    return {
      body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: signed
          ? { ...d, hospital_grade: null }
          : { name: null, title: null, department: null, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F2. epaper-column ---

const OTHER_HEADLINES = [
  '我市启动夏季爱国卫生运动', '社区卫生服务中心新增夜间门诊', '专家提醒：高温天气谨防中暑', '家庭医生签约服务覆盖率稳步提升',
  '市中心血站呼吁市民无偿献血', '医保新政解读：门诊费用这样报销', '秋冬季呼吸道疾病进入高发期', '一图读懂儿童疫苗接种时间表',
];

/**
 * F2. A health newspaper's digital edition (数字报) page of the 名医问诊 / 健康热线 column: the masthead,
 * the issue line (`2023年05月06日 星期六`) and the 版次 (`第A07版：名医问诊`), 上一版 / 下一版 / 往期回顾;
 * the page's picture with a `<map>` of `<area>`s titled with the page's articles; the 本版标题 list of
 * bare linked titles (this article's among them); the article (in a `<founder-content>` on half): an
 * 引题 over the headline (the question) and on 40% a 副题 naming the doctor under it, a byline
 * (`本报记者 … 通讯员 …`) on 60%, on half an editor's lead-in naming the doctor, the reader's
 * question paragraph (`读者王女士问：…`, `市民问：…`), the 答 label (`{name}答：`, `专家答：`, or the
 * doctor's whole line `{hospital}{department}{title}{name}答：`) in bold before the answer's first
 * paragraph, an 专家简介 box after it on 40%, `（编辑 …）` at the end on half.
 */
const epaperColumn: Family = {
  name: 'epaper-column',
  split: 'fresh-29',
  site: 'epaper.jiankang-bao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.3);
    const city = cityOf(d.hospital!);
    const paper = `${city.replace(/市$/u, '')}健康报`;
    const issue = `${cnDate(page.date!).replace(/年(\d)月/u, '年0$1月').replace(/月(\d)日/u, '月0$1日')} ${weekday(page.date!)}`;
    const pageNo = `第A${String(rng.int(2, 12)).padStart(2, '0')}版`;
    const column = rng.pick(['名医问诊', '健康热线', '专家答疑', '名医坐堂']);
    const whole = `${esc(d.hospital!)}${esc(d.department!)}${d.title}${esc(d.name!)}`;
    const intro = rng.chance(0.5);
    const profile = rng.chance(0.4);
    const founder = rng.chance(0.5);
    // Without a lead-in or a profile the answer's label carries the whole card.
    const label = !intro && !profile ? `${whole}答：` : rng.pick([`${esc(d.name!)}答：`, '专家答：', `${whole}答：`]);
    const others = rng.shuffle(OTHER_HEADLINES).slice(0, rng.int(2, 4));
    const titles = rng.shuffle([esc(page.question), ...others]);
    const num = page.item.num;
    const area = titles
      .map((t, i) => `<area shape="polygon" coords="${rng.int(0, 300)},${rng.int(0, 400)},${rng.int(300, 600)},${rng.int(400, 800)}" href="content_${num + i}.htm" title="${t}" alt="${t}">`)
      .join('');
    const pageMap = `<div${cls(rng)}><img src="../../../page/${token(rng, 8)}.jpg" usemap="#pagepicmap" width="340" alt=""><map name="pagepicmap">${area}</map></div>`;
    const titleList = `<div${cls(rng)}><h4>本版标题</h4><ul${cls(rng)}>${titles.map((t, i) => `<li><a href="content_${num + i}.htm">${t}</a></li>`).join('')}</ul></div>`;
    const paras = page.paragraphs.map((p, i) => `<p>　　${i === 0 ? `<b>${label}</b>` : ''}${esc(p)}</p>`).join('\n');
    const article = `<h3${cls(rng)}>${column}</h3>
<h1${cls(rng)}>${esc(page.question)}</h1>
${rng.chance(0.4) ? `<h2${cls(rng)}>——${esc(d.hospital!)}${esc(d.department!)}${d.title}${esc(d.name!)}为您解答</h2>` : ''}
${rng.chance(0.6) ? `<p${cls(rng)}>本报记者 ${otherName(rng)}　通讯员 ${otherName(rng)}</p>` : ''}
<div id="ozoom">${founder ? '<founder-content>' : ''}
${intro ? `<p>　　近日，本报${column}栏目接到不少读者来电，询问${esc(topicWord(page))}的相关问题。本期我们请来${whole}为大家解答。</p>` : ''}
<p>　　<b>${rng.pick(['读者王女士问：', '市民问：', '读者问：', `读者${otherName(rng).slice(0, 1)}先生问：`])}</b>${asked(page)}${rng.pick(ASKER_LINES)}</p>
${paras}
${profile ? `<p>　　<b>专家简介：</b>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}，擅长${esc(topicWord(page))}等疾病的诊治。</p>` : ''}
${rng.chance(0.5) ? `<p>　　（编辑　${otherName(rng)}）</p>` : ''}
${founder ? '</founder-content>' : ''}</div>`;
    const body = `<div${cls(rng)}><img src="../../../images/masthead.png" alt="${paper}"> <span>${issue}</span></div>
<div${cls(rng)}><span>${pageNo}：${column}</span> <a href="node_${rng.int(2, 9)}.htm">上一版</a> <a href="node_${rng.int(10, 19)}.htm">下一版</a> <a href="../../../html/">往期回顾</a></div>
<table width="100%"><tr><td width="360" valign="top">${pageMap}\n${titleList}</td>
<td valign="top">${wrap(rng, article, 1)}</td></tr></table>
<div${cls(rng)}>${paper}社版权所有　未经授权不得转载</div>`;
    const html = documentOf(`${page.question}--${paper}`, page.canonical, '', body, charsetMeta(gbk ? 'gb2312-http-equiv' : 'utf-8'));
    return {
      body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: 'unknown', related: [] }),
    };
  },
};

// --- F3. escaped-markup ---

/**
 * F3. An ordinary page (plain card with the grade on 60%, date line with a format word on 40%,
 * disclaimer, related list dated on half) whose template escapes the answer's stored rich text once
 * more: the page prints it as text — `<p>…</p>` pairs (a `style="text-indent: 2em;"` on half) in one
 * block (40%), paragraphs parted by printed `<br /><br />` or `<br>` (35%), or real paragraphs
 * opening with a printed `&nbsp;&nbsp;` (25%); printed `&nbsp;` indents in the first two now and
 * then; on 40% the related snippets printed as `<p>…</p>` too.
 */
const escapedMarkup: Family = {
  name: 'escaped-markup',
  split: 'fresh-29',
  site: 'www.zhuanyi-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const kind = rng.weighted([['p', 40], ['br', 35], ['nbsp', 25]] as const);
    const indent = kind === 'nbsp' || rng.chance(0.4) ? '&nbsp;&nbsp;' : '';
    const styled = rng.chance(0.5) ? ' style="text-indent: 2em;"' : '';
    // The stored HTML, then escaped once (by esc): what the page prints is the stored markup.
    let answer: string;
    if (kind === 'p') answer = `<div${cls(rng)}>${esc(page.paragraphs.map((p) => `<p${styled}>${indent}${p}</p>`).join(''))}</div>`;
    else if (kind === 'br') {
      const br = rng.pick(['<br /><br />', '<br><br>', '<br>', '<br/>\n<br/>']);
      const tag = rng.pick(['div', 'p']);
      answer = `<${tag}${cls(rng)}>${esc(page.paragraphs.map((p) => `${indent}${p}`).join(br))}</${tag}>`;
    } else answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(`${indent}${p}`)}</p>`).join('')}</div>`;
    const escapedSnippets = rng.chance(0.4);
    const snippet = (s: string) => (escapedSnippets ? esc(`<p>${s}</p>`) : esc(s));
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><div${cls(rng)}>${snippet(r.snippet)}</div>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const list = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问答', '相关问题', '相似问题'])}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const body = `<div${cls(rng)}><a href="/">转义问答网</a> <a href="/ask/">我要提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 转义问答网</div>`;
    const html = documentOf(`${page.question}_转义问答网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. immersive-translate ---

const EN_QUESTIONS = ['What is going on and what should I do?', 'How should this be treated?', 'Is this serious? What should I pay attention to?', 'What causes this and how can it be relieved?'];
const EN_SENTENCES = [
  'It is recommended to go to a regular hospital for examination in time.',
  'This situation is generally related to many factors and needs to be judged in combination with the specific condition.',
  'Pay attention to rest at ordinary times, avoid staying up late, and keep a light diet.',
  'If the symptoms do not improve or get worse, please seek medical treatment as soon as possible.',
  'Medication should be used under the guidance of a doctor; do not increase or decrease the dose by yourself.',
  'Regular review is recommended so that the treatment plan can be adjusted in time.',
];
const EN_DISCLAIMER = 'Tip: The above content is for reference only and cannot replace a face-to-face consultation.';
const IMT = 'data-immersive-translate-translation-element-mark="1"';

/** The extension's translation after a block's text: a line break and nested wrappers (block), or a space and one wrapper (inline). */
const translated = (english: string, block: boolean) =>
  block
    ? `<font class="notranslate immersive-translate-target-wrapper" lang="en" ${IMT}><br ${IMT}><font class="notranslate immersive-translate-target-translation-theme-none immersive-translate-target-translation-block-wrapper-theme-none immersive-translate-target-translation-block-wrapper" ${IMT}><font class="notranslate immersive-translate-target-inner immersive-translate-target-translation-theme-none-inner" ${IMT}>${esc(english)}</font></font></font>`
    : `<font class="notranslate immersive-translate-target-wrapper" lang="en" ${IMT}> <font class="notranslate immersive-translate-target-translation-theme-none immersive-translate-target-translation-inline-wrapper" ${IMT}><font class="notranslate immersive-translate-target-inner" ${IMT}>${esc(english)}</font></font></font>`;

/**
 * F4. A page saved after a bilingual translation extension ran on it (沉浸式翻译 / Immersive
 * Translate kind): `imt-state="dual"` on `<html>`, the extension's `<style>` in the head, and after
 * the text of the `<h1>`, each answer paragraph, the disclaimer and (on 70%) each related question
 * (inside its link) and snippet, an English translation in nested `<font class="notranslate
 * immersive-translate-target-…">` wrappers (a `<br>` first for a block, a space for an inline one;
 * the date line translated on 30%: `Answer time: May 6, 2023`); the card left untranslated (short
 * texts); the extension's empty popup host and, on 40%, its floating button (`翻译` / `显示原文`) at the
 * end of the body; ordinary parts otherwise (grade on 60%, format on 40%, items dated on half).
 */
const immersiveTranslate: Family = {
  name: 'immersive-translate',
  split: 'fresh-29',
  site: 'www.shuangyu-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const items = rng.chance(0.7);
    const sentence = () => rng.pick(EN_SENTENCES);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}${translated(sentence(), true)}</p>`).join('')}</div>`;
    const when = whenLine(rng, page, printFormat);
    const [y, m, day] = page.date!.split('-').map(Number) as [number, number, number];
    const whenShown = rng.chance(0.3) ? when.replace(/<\/div>$/u, `${translated(`Answer time: ${ENGLISH_MONTHS[m - 1]} ${day}, ${y}`, true)}</div>`) : when;
    const question = (q: string) => (items ? `${esc(q)}${translated(rng.pick(EN_QUESTIONS), false)}` : esc(q));
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关推荐', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map(
            (r) =>
              `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${question(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}${items ? translated(sentence(), true) : ''}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const button = rng.chance(0.4)
      ? `<div class="imt-fb-container" style="position:fixed;right:0;top:335px;z-index:2147483647"><div class="imt-fb-btn"><span>${rng.pick(['翻译', '显示原文', '双语'])}</span></div></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">双语问医</a> <a href="/ask/">提问</a> <a href="/doctors/">找医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}${translated(rng.pick(EN_QUESTIONS), true)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenShown}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}${translated(EN_DISCLAIMER, true)}</p>
${list}
<div${cls(rng)}>© 2024 双语问医</div>
<div id="immersive-translate-popup" style="all: initial"></div>${button}`;
    const style = `<style data-id="immersive-translate-input-injected-css">.immersive-translate-target-wrapper{display:inline}[imt-state=dual] .immersive-translate-target-translation-block-wrapper{margin:8px 0!important;display:inline-block}[lang=en].immersive-translate-target-wrapper{color:#666}</style>\n`;
    const html = documentOf(`${page.question}-双语问医`, page.canonical, style, body).replace('<html lang="zh-CN">', '<html lang="zh-CN" imt-state="dual" imt-trans-position="after">');
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. rx-consult ---

const DRUGS = [
  ['阿莫西林胶囊', '0.25g×24粒', '口服，一次2粒，一日3次'], ['布洛芬缓释胶囊', '0.3g×20粒', '口服，一次1粒，一日2次'], ['奥美拉唑肠溶胶囊', '20mg×14粒', '口服，一次1粒，一日1次，早餐前'],
  ['氯雷他定片', '10mg×6片', '口服，一次1片，一日1次'], ['蒙脱石散', '3g×10袋', '冲服，一次1袋，一日3次'], ['硝苯地平控释片', '30mg×7片', '口服，一次1片，一日1次'],
  ['复方甘草口服溶液', '100ml', '口服，一次10ml，一日3次'], ['维生素B6片', '10mg×100片', '口服，一次1片，一日3次'],
] as const;

/**
 * F5. An internet hospital's 复诊续方 record (the hospital's 互联网医院 app shared to the web): the
 * masthead `{hospital}互联网医院`, a 问诊详情 crumb, the `<h1>` question, the patient's block (`患者：女
 * 34岁` on 60%, 问诊类型 复诊续方 / 在线复诊, 病情描述 with the question and the asker's words, 主诉 on
 * half), the 接诊医生 card (name, title, department, the hospital with its grade on 50%; labelled
 * rows or one line), the 诊疗建议 / 医生建议 / 医生回复 with its 回复时间, an 初步诊断 line before or
 * after it, then the 电子处方 (处方笺): 处方编号, a table of 1–3 drugs (名称 / 规格 / 数量 / 用法用量),
 * 开方医生 (the same doctor), 审方药师 with another person's name and a pharmacist's title, 审方时间
 * on the reply's day or the next, 处方有效期; a 配送信息 line (已发货, 快递单号) on half; an ordinary
 * related list (dated on half).
 */
const rxConsult: Family = {
  name: 'rx-consult',
  split: 'fresh-29',
  site: 'ih.fuzhen-xufang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const hosp = `${esc(d.hospital!)}${gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`]) : ''}`;
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><h3>接诊医生</h3><p>姓名：${esc(d.name!)}</p><p>职称：${d.title}</p><p>科室：${esc(d.department!)}</p><p>医院：${hosp}</p></div>`
      : `<div${cls(rng)}><p>接诊医生：<b>${esc(d.name!)}</b> ${d.title}　${esc(d.department!)}</p><p${cls(rng)}>${hosp}</p></div>`;
    const patient = `<div${cls(rng)}><h3>问诊信息</h3>${rng.chance(0.6) ? `<p>患者：${rng.pick(['女', '男'])} ${rng.int(3, 78)}岁</p>` : ''}<p>问诊类型：${rng.pick(['复诊续方', '在线复诊'])}</p>${
      rng.chance(0.5) ? `<p>主诉：${esc(topicWord(page))}${rng.pick(['1周', '半个月', '3个月', '反复发作半年'])}</p>` : ''
    }<p>病情描述：${asked(page)}${rng.pick(ASKER_LINES)}</p></div>`;
    const diagnosis = `<p${cls(rng)}>${rng.pick(['初步诊断', '诊断'])}：${esc(topicWord(page))}</p>`;
    const advice = `<div${cls(rng)}><h3>${rng.pick(['诊疗建议', '医生建议', '医生回复'])}</h3>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}<p${cls(rng)}>回复时间：${dayText(rng, page.date!, page.time)}</p></div>`;
    const drugs = rng.shuffle(DRUGS).slice(0, rng.int(1, 3));
    const pharmacist = `${otherName(rng)}`;
    const rx = `<div${cls(rng)}><h3>${rng.pick(['电子处方', '处方笺', '处方信息'])}</h3><p>处方编号：RX${page.date!.replace(/-/gu, '')}${rng.int(1000, 9999)}</p>
<table${cls(rng)}><tr><th>药品名称</th><th>规格</th><th>数量</th><th>用法用量</th></tr>${drugs.map(([n, spec, use]) => `<tr><td>${n}</td><td>${spec}</td><td>${rng.int(1, 3)}盒</td><td>${use}</td></tr>`).join('')}</table>
<p>开方医生：${esc(d.name!)}　审方药师：${pharmacist} ${rng.pick(['主管药师', '药师', '副主任药师'])}</p><p>审方时间：${dayText(rng, shift(page.date!, rng.int(0, 1)), hm(rng))}</p><p>处方有效期：${rng.pick(['3天', '72小时'])}</p></div>`;
    const delivery = rng.chance(0.5) ? `<p${cls(rng)}>配送信息：已发货　快递单号：SF${rng.int(100000000, 999999999)}${rng.int(1000, 9999)}</p>` : '';
    const main = rng.chance(0.5) ? `${diagnosis}\n${advice}` : `${advice}\n${diagnosis}`;
    const body = `<div${cls(rng)}><b>${esc(d.hospital!)}互联网医院</b> <a href="/">首页</a> <a href="/consult/">在线复诊</a></div>
<div${cls(rng)}><a href="/">首页</a> &gt; 问诊详情</div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${patient}\n${card}\n${main}\n${rx}\n${delivery}`)}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>${esc(d.hospital!)}互联网医院 版权所有</div>`;
    const html = documentOf(`${page.question}_问诊详情_${d.hospital}互联网医院`, page.canonical, '<meta name="viewport" content="width=device-width">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat: false, datedItems }) };
  },
};

// --- F6. a11y-toolbar ---

const TOOLBAR_WORDS = ['声音', '语速', '阅读方式', '配色', '放大', '缩小', '大鼠标', '十字线', '大字幕', '纯文本', '读屏', '重置'];

/**
 * F6. An ordinary page (plain card with the grade on 60%, date line with a format word on 40%,
 * disclaimer, related list dated on half) saved with a site-wide accessibility (无障碍) toolbar
 * switched on: the toolbar's bar at the top of the body (无障碍 and 8–12 buttons: 声音, 语速, 配色, 放大,
 * 大鼠标, 十字线, 大字幕, 纯文本, 读屏, 重置, 退出服务); on 70% its 大字幕 caption bar fixed at the bottom,
 * repeating in large print the text the pointer was last over — the question, an answer paragraph, the
 * doctor's name and title, the date line's day or a related question; on half its 指读 mode's spans
 * (`<span class="wza-read">`) splitting the answer's paragraphs at commas and stops.
 */
const a11yToolbar: Family = {
  name: 'a11y-toolbar',
  split: 'fresh-29',
  site: 'www.wuzhangai-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const buttons = rng.shuffle(TOOLBAR_WORDS).slice(0, rng.int(8, 12));
    const toolbar = `<div id="wza-toolbar" class="wza-bar" role="toolbar" aria-label="无障碍工具条"><b>无障碍</b>${buttons.map((w) => ` <a href="javascript:;" class="wza-btn">${w}</a>`).join('')} <a href="javascript:;" class="wza-btn">退出服务</a></div>`;
    const split = rng.chance(0.5);
    const reading = (p: string) => (split ? p.split(/(?<=[，。；])/u).map((piece) => `<span class="wza-read">${esc(piece)}</span>`).join('') : esc(p));
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${reading(p)}</p>`).join('')}</div>`;
    const echoes = [esc(page.question), esc(rng.pick(page.paragraphs)), `${esc(d.name!)} ${d.title}`, page.date!, ...page.related.slice(0, 3).map((r) => esc(r.question))];
    const caption = rng.chance(0.7)
      ? `<div id="wza-caption" class="wza-caption" style="position:fixed;left:0;bottom:0;width:100%;height:90px;font-size:40px;background:#000;color:#ff0;z-index:99999">${rng.pick(echoes)}</div>`
      : '';
    const body = `${toolbar}
<div${cls(rng)}><a href="/">无障碍问诊网</a> <a href="/ask/">提问</a> <a href="/ks/">科室</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 无障碍问诊网</div>
${caption}`;
    const head = `<link rel="stylesheet" href="/wza/css/toolbar.css">\n<style>.wza-bar{position:fixed;top:0;left:0;right:0;background:#f1f1f1;z-index:99999}body{padding-top:60px}</style>\n`;
    const html = documentOf(`${page.question}-无障碍问诊网`, page.canonical, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH29_FAMILIES: readonly Family[] = [govMessageBoard, epaperColumn, rxConsult, escapedMarkup, immersiveTranslate, a11yToolbar];
