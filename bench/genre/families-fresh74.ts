import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, ask, cnDate, documentOf, hm, itemNum, otherName, personName, shift, token, withHeads, cutSnippet, headedHtml, itemsOf, paras } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap, type Encoding } from './parts.js';
import { FOLLOW_REPLIES as ALL_FOLLOW_REPLIES, FOLLOW_UPS as ALL_FOLLOW_UPS, MOTHER_TEXTS, OTHER_TEXTS, mineOf, otherDoc as otherDocOf, type Doc } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventy-fourth fresh held-out set (split `fresh-74`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * ninth set**: six Chinese sites where doctors answer health questions on question pages of their own, none of the
 * sites earlier splits model: 放心医苑 问答 (an old GBK template, a 满意回答 pulled to the top or marked in place, a 追问
 * inside the answer's box), 医脉通's 患者问答 (several certified doctors, another doctor's 点评 under an answer, a grade tag
 * before the hospital), 摇篮网 问答 (a 摇篮专家's answer among mothers', a mother's reply marked 最佳答案), 宝宝中心's 专家解答
 * (no answer day: 发布日期 / 最后更新), 健康时报's 问专家 column (a news article: 读者问 / 专家答, the card a signature, a
 * reporter's byline) and 亲宝宝's 育儿问答 share page (hashed class names, an expert among mothers, video and voice answers,
 * dotted and yearless days). Modelled from memory of those pages (no copied markup); the family names repeat none of the
 * README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 满意回答 / 提问者采纳 wherever it stands (fresh-48, fresh-72, fresh-73), else
 *   the first doctor's; **a mother's (网友's) reply is never the page's, also where it stands first or is marked 最佳答案**:
 *   the dataset is of doctors' answers, and a page with a 专家 answer has it; the others' cards, texts and days none of the entry;
 * - **a 追问 round (the asker's 追问 and the doctor's reply to it) is none of the answer and dates nothing** (fresh-11, fresh-44,
 *   fresh-72, fresh-73); another doctor's `点评` under the answer is none of it either;
 * - section heads on a line of their own (`问题分析：` / `意见建议：` / `处理意见：`) are paragraphs of the answer (fresh-49); a
 *   label glued before the first paragraph (`专家答：`) or over the answer (`专家解答`, `摇篮专家回答`) is no text of it;
 * - **the date the page's answer's day**: its `回答时间` / `发布于`, a news column's publication day; `N天前`, `N小时前`, `昨天`,
 *   `刚刚` and a day without its year (`5月6日`) name none (null); **a `最后更新` day only where no other day is printed** (the
 *   README's rule; 宝宝中心 prints no answer day, so its 发布日期 where printed, else the 最后更新 day); the asker's day, a
 *   追问's, a 点评's and the other answers' date nothing; no numeric day can be read day-first;
 * - **the card**: who reviewed, edited or reported is none of it (`医学审核：`, `本文由…审核`, `责任编辑：`, `记者 name`); a card
 *   printed as a news signature (`（解答专家：hospital department title name）`) is the card; the grade only where printed beside
 *   the hospital (before it, as 医脉通's tag, too), else null; badges (`医脉通认证`, `摇篮特约专家`, `宝宝中心专家团`) none of it;
 * - format video / voice where the answer's player shows (亲宝宝's poster with its length, a voice bar), else unknown (no family
 *   prints a format word);
 * - items: the snippet as printed (cut with `…` kept), an item showing only its question (with a count or a day) a link (`[]`),
 *   dated only where the list prints the day, links as written where the page names no address of its own, else resolved
 *   against the canonical or og:url; article, news and guideline lists and ads no items.
 */

type Related = TruthPage['related'][number];

/** fresh-74's other doctors' departments and its three 追问 rounds (the shared lists' first three). */
const otherDoc = (rng: Rng, page: TruthPage): Doc => otherDocOf(rng, page, ['内科', '外科', '儿科', '妇科', '消化内科']);
const FOLLOW_UPS = ALL_FOLLOW_UPS.slice(0, 3);
const FOLLOW_REPLIES = ALL_FOLLOW_REPLIES.slice(0, 3);
const secs = (rng: Rng) => `:${String(rng.int(0, 59)).padStart(2, '0')}`;

// --- F1. fx120-ask-gbk ---

/**
 * F1. 放心医苑 问答 (ask.fx120.net/question/{id}.html), the old template in GBK (`<meta charset="gbk">` 50%, gb2312 by http-equiv 40%,
 * undeclared 10%): `您的位置：放心医苑 > 问答 > {科室}`; `<h1>`; `提问者：` a masked name, 性别, 年龄, 提问时间; 健康咨询描述 in `<p>`s left
 * unclosed; 1–3 doctors' answers (card: name link, title, hospital with its grade in `<i>` on 30%, 科室; heads 问题分析： / 意见建议：
 * on half; `回答时间：` day and time with seconds, or `N天前` on 20% of pages, every day of the page so then: null); on half the pages with two or more, one 提问者采纳:
 * pulled to the top under `满意回答` (60%) or marked in place; a 追问 pair inside the page's answer box on 30%; 相关问题 (`<li>`
 * unclosed: question, `N个回答`, the snippet on 60% of pages cut at 25 with `…` on half of those, else a link), canonical on 25%.
 */
const fx120AskGbk: Family = {
  name: 'fx120-ask-gbk',
  split: 'fresh-74',
  site: 'ask.fx120.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc: Encoding = rng.weighted([['gbk-meta', 5], ['gb2312-http-equiv', 4], ['gbk-undeclared', 1]] as const);
    const graded = rng.chance(0.3);
    const headed = rng.chance(0.5);
    const heads = ['问题分析：', '意见建议：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const relative = rng.chance(0.2);
    const n = rng.int(1, 3);
    const adopted = n > 1 && rng.chance(0.5);
    const at = adopted ? rng.int(0, n - 1) : 0;
    const top = adopted && rng.chance(0.6);
    const text = (ps: readonly string[]) => (headed ? headedHtml(rng, ps, heads) : paras(ps));
    const box = (doc: Doc, grade: string | null, html: string, when: string, mark: boolean, extra: string) =>
      `<div class="${rng.pick(['answer', 'ans_box', 'hd_list'])}">${mark && !top ? `<span class="cn">提问者采纳</span>` : ''}<div class="doctor"><a href="https://www.fx120.net/doctor/${rng.int(10000, 999999)}.html" class="name">${esc(doc.name)}</a> <span class="zc">${doc.title}</span><p>${esc(doc.hospital)}${grade ? ` <i>${grade}</i>` : ''} ${esc(doc.department)}</p></div><div class="ans_txt">${html}</div>${extra}<div class="ans_time">回答时间：${when}</div></div>`;
    const zhuiwen = rng.chance(0.3) ? `<div class="zhuiwen"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p><b>回答：</b>${rng.pick(FOLLOW_REPLIES)}</p><span>${relative ? `${rng.int(1, 9)}天前` : `${shift(page.date!, 1)} ${hm(rng)}${secs(rng)}`}</span></div>` : '';
    const mine = box(mineOf(page), graded ? d.hospital_grade : null, text(paragraphs), relative ? `${rng.int(2, 30)}天前` : `${page.date} ${page.time}${secs(rng)}`, adopted, zhuiwen);
    // The site lists answers by time: those before the page's answer came the day before, those after it later.
    const others = Array.from({ length: n - 1 }, (_, i) => {
      const t = rng.pick(OTHER_TEXTS);
      return box(otherDoc(rng, page), null, text(headed ? withHeads(t, heads[0], heads[1]) : [...t]), relative ? `${rng.int(1, 30)}天前` : `${shift(page.date!, i < at ? -1 : rng.int(1, 3))} ${hm(rng)}${secs(rng)}`, false, '');
    });
    const answers = top
      ? `<div class="best"><h3>满意回答</h3>${mine}</div>\n<div class="other"><h3>其他回答</h3>${others.join('\n')}</div>`
      : `<div class="answers"><h3>医生回答</h3>${[...others.slice(0, at), mine, ...others.slice(at)].join('\n')}</div>`;
    const snippets = rng.chance(0.6);
    const cut = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? (cut ? cutSnippet(r.snippet, 25, 27, '…') : r.snippet) : null);
    const own = rng.chance(0.25) ? `https://ask.fx120.net/question/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/question/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a> <span>${rng.int(1, 12)}个回答</span>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top">欢迎来到放心医苑 <a href="https://www.fx120.net/">首页</a> | <a href="/">问答</a> | <a href="/ask/">我要提问</a></div>
<div class="weizhi">您的位置：<a href="https://www.fx120.net/">放心医苑</a> &gt; <a href="/">问答</a> &gt; <a href="/ks/">${esc(d.department!)}</a></div>
<div class="wt"><h1>${esc(page.question)}</h1>
<p class="tw">提问者：${rng.pick(['张', '王', '李', '赵'])}** 性别：${rng.pick(['女', '男'])} 年龄：${rng.int(3, 70)}岁 提问时间：${shift(page.date!, -rng.int(2, 3))} ${hm(rng)}${secs(rng)}</p>
<p class="ms">健康咨询描述：${esc(rng.pick(ASKER_LINES))}
<p>曾经的治疗情况和效果：${rng.pick(['无', '吃过药，效果不明显'])}
</div>
${answers}
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
${list}
<div class="foot">Copyright &copy; 2006-2026 fx120.net 放心医苑 版权所有</div>`;
    const html = documentOf(`${page.question}_放心医苑问答`, own, '', body, charsetMeta(enc));
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, date: relative ? null : page.date, format: 'unknown', related: itemsOf(related, href, own, printed, false) }),
    };
  },
};

// --- F2. medlive-huanzhe-wenda ---

/**
 * F2. 医脉通 患者问答 (www.medlive.cn/wenda/detail/{id}), UTF-8: a `医生版 | 患者版` top bar and a `下载医脉通APP` strip; disease tags;
 * `<h1>`; `患者 女 45岁`, 问题描述; `N位医生回答`: 1–4 answers, the first doctor's the page's (no 采纳 on the site); each with its card
 * (avatar, name link, title, `医脉通认证`, the hospital with a grade tag before it on 40%, ` · ` 科室), text (heads 问题分析： / 处理意见：
 * on half), `发布于 2023-05-06 14:22` (70%), `N小时前` (10%) or `昨天 14:22` (20%): the last two null, the other answers' days then `N小时前`, `有帮助 N`; another doctor's
 * `点评：` with its day under the page's answer on 30%; 相关问答 (question, snippet, `N位医生回答`) and 相关指南 (guideline titles: none),
 * canonical on half.
 */
const medliveHuanzheWenda: Family = {
  name: 'medlive-huanzhe-wenda',
  split: 'fresh-74',
  site: 'www.medlive.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.4);
    const headed = rng.chance(0.5);
    const heads = ['问题分析：', '处理意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const mode = rng.weighted([['day', 7], ['hours', 1], ['yday', 2]] as const);
    const when = mode === 'day' ? `发布于 ${page.date} ${page.time}` : mode === 'hours' ? `${rng.int(1, 23)}小时前` : `昨天 ${page.time}`;
    const card = (doc: Doc, grade: string | null) =>
      `<div class="${rng.pick(['doc-info', 'answer-doctor', 'user-box'])}"><img src="https://img.medlive.cn/avatar/${token(rng, 10)}.jpg" class="avatar"><div><a href="/doctor/${rng.int(100000, 9999999)}" class="name">${esc(doc.name)}</a> <span class="title">${doc.title}</span> <i class="auth">医脉通认证</i><p class="org">${grade ? `<span class="level">${grade}</span> ` : ''}${esc(doc.hospital)} · ${esc(doc.department)}</p></div></div>`;
    const comment = rng.chance(0.3)
      ? (() => { const o = otherDoc(rng, page); return `<div class="dianping"><span>${esc(o.name)} ${o.title} 点评：</span>${rng.pick(['同意以上意见，补充一点：注意复查。', '回答很全面，建议按时随访。'])}<em>${mode === 'day' ? shift(page.date!, rng.int(1, 5)) : `${rng.int(1, 23)}小时前`}</em></div>`; })()
      : '';
    const item = (doc: Doc, grade: string | null, html: string, w: string, extra: string) =>
      `<div class="answer-item">${card(doc, grade)}<div class="answer-content">${html}</div><div class="answer-foot"><span>${w}</span> <a class="useful">有帮助 ${rng.int(0, 300)}</a></div>${extra}</div>`;
    const mine = item(mineOf(page), graded ? d.hospital_grade : null, headed ? headedHtml(rng, paragraphs, heads) : paras(paragraphs), when, comment);
    const others = Array.from({ length: rng.int(0, 3) }, () => item(otherDoc(rng, page), null, paras(rng.pick(OTHER_TEXTS)), mode === 'day' ? `发布于 ${shift(page.date!, rng.int(1, 10))} ${hm(rng)}` : `${rng.int(1, 23)}小时前`, ''));
    const own = rng.chance(0.5) ? `https://www.medlive.cn/wenda/detail/${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/detail/${itemNum(r)}`;
    const list = related.length
      ? `<div class="related-qa"><h3>相关问答</h3>${related.map((r) => `<div class="qa"><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${rng.int(1, 6)}位医生回答</span></div>`).join('\n')}</div>`
      : '';
    const guides = `<div class="related-guide"><h3>相关指南</h3><ul>${['中国成人血脂异常防治指南（2023年）', '慢性胃炎基层诊疗指南（2019年）', '儿童社区获得性肺炎管理指南'].map((t) => `<li><a href="https://guide.medlive.cn/guideline/${rng.int(10000, 99999)}">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="topbar"><a href="/">医脉通</a> <a href="https://www.medlive.cn/">医生版</a> | <a href="/wenda/">患者版</a> <a class="app" href="/app/">下载医脉通APP</a></div>
<div class="q-box"><div class="tags">${['健康问答', d.department!].map((t) => `<a class="tag">${esc(t)}</a>`).join('')}</div><h1>${esc(page.question)}</h1><p class="patient">患者 ${rng.pick(['女', '男'])} ${rng.int(3, 80)}岁</p><p class="desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answers"><div class="count">${others.length + 1}位医生回答</div>${mine}\n${others.join('\n')}</div>`, 1)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${list}\n${guides}` : `${guides}\n${list}`}
<div class="footer">医脉通 版权所有 ©2026 京ICP证</div>`;
    const html = documentOf(`${page.question}_医脉通患者问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, date: mode === 'day' ? page.date : null, format: 'unknown', related: itemsOf(related, href, own, (r) => r.snippet, false) }),
    };
  },
};

// --- F3. yaolan-wenda ---

/**
 * F3. 摇篮网 问答 (ask.yaolan.com/question/{id}.shtml), GBK on 60% (`<meta charset="gbk">` or gb2312 by http-equiv), else UTF-8: the
 * site bar; `<h1>`; `提问者：xx妈妈 宝宝年龄：N个月 提问时间：`, 问题补充; the `摇篮专家回答` box (card: avatar, name link, title, `摇篮特约专家`,
 * hospital 科室; no grade: null; text; `回答时间：YYYY-MM-DD HH:mm`), a 追问 / 专家回复 pair in it on 25%; 1–4 mothers' replies (`LV5`,
 * text, day), one marked `最佳答案` on 30% of pages (a mother's: never the page's); the expert's box before (60%) or after the mothers';
 * 相关问题 (question, `N个回答`: links) and 相关知识 (articles: none), canonical on 30%.
 */
const yaolanWenda: Family = {
  name: 'yaolan-wenda',
  split: 'fresh-74',
  site: 'ask.yaolan.com',
  render(page, rng): Rendered {
    const enc: Encoding = rng.weighted([['gbk-meta', 4], ['gb2312-http-equiv', 2], ['utf-8', 4]] as const);
    const zhuiwen = rng.chance(0.25)
      ? `<div class="zw"><p>追问：${rng.pick(FOLLOW_UPS)} <span>${shift(page.date!, 1)} ${hm(rng)}</span></p><p>专家回复：${rng.pick(FOLLOW_REPLIES)} <span>${shift(page.date!, rng.int(1, 2))} ${hm(rng)}</span></p></div>`
      : '';
    const expert = `<div class="zj_answer"><div class="zj_hd">摇篮专家回答</div><div class="zj_info"><img src="https://img.yaolan.com/expert/${token(rng, 8)}.jpg"><a href="https://www.yaolan.com/expert/${rng.int(100, 9999)}/">${esc(page.doctor.name!)}</a> <span>${page.doctor.title}</span> <em>摇篮特约专家</em><p>${esc(page.doctor.hospital!)} ${esc(page.doctor.department!)}</p></div><div class="zj_con">${paras(page.paragraphs)}</div><p class="time">回答时间：${page.date} ${page.time}</p>${zhuiwen}</div>`;
    const m = rng.int(1, 4);
    const best = rng.chance(0.3) ? rng.int(0, m - 1) : -1;
    const mothers = Array.from({ length: m }, (_, i) =>
      `<div class="wy_answer">${i === best ? '<span class="best">最佳答案</span>' : ''}<p class="wy_name">${otherName(rng).slice(0, 2)}${rng.pick(['妈妈', '宝妈', '麻麻'])} <i>LV${rng.int(1, 9)}</i></p><p>${rng.pick(MOTHER_TEXTS)}</p><span>${shift(page.date!, rng.int(0, 5))} ${hm(rng)}</span></div>`);
    const first = rng.chance(0.6);
    const answers = `<div class="answer_list"><h3>共${m + 1}个回答</h3>${first ? `${expert}\n${mothers.join('\n')}` : `${mothers.join('\n')}\n${expert}`}</div>`;
    const own = rng.chance(0.3) ? `https://ask.yaolan.com/question/${page.item.num}.shtml` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/question/${itemNum(r)}.shtml`;
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(1, 20)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const articles = `<div class="xgzs"><h3>相关知识</h3><ul>${['宝宝发烧怎么办', '宝宝辅食添加顺序', '如何给宝宝补钙'].map((t) => `<li><a href="https://www.yaolan.com/zhishi/${rng.int(10000, 99999)}.shtml">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="yl_top"><a href="https://www.yaolan.com/">摇篮网</a> <a href="/">摇篮问答</a> <a href="https://www.yaolan.com/zhishi/">育儿知识</a> <a href="/ask/">我要提问</a></div>
<div class="wt_box"><h1>${esc(page.question)}</h1><p class="tw_info">提问者：${otherName(rng).slice(0, 2)}妈妈 宝宝年龄：${rng.int(1, 30)}个月 提问时间：${shift(page.date!, -rng.int(1, 2))} ${hm(rng)}</p><p class="bc">问题补充：${esc(rng.pick(ASKER_LINES))}</p></div>
${answers}
${rng.chance(0.5) ? `${list}\n${articles}` : `${articles}\n${list}`}
<div class="yl_foot">Copyright &copy; 摇篮网 yaolan.com</div>`;
    const charset = enc === 'utf-8' ? '<meta charset="utf-8">' : charsetMeta(enc);
    const html = documentOf(`${page.question}_摇篮问答`, own, '', body, charset);
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...page.doctor, hospital_grade: null }, format: 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

// --- F4. babycenter-zhuanjia-jieda ---

/**
 * F4. 宝宝中心 专家解答 (www.babycenter.com.cn/expert/{id}.html), UTF-8: crumbs 宝宝中心 > {stage} > 专家解答; `<h1>`; a `专家解答` head;
 * the expert's card (photo, name, `hospital department title` or `title，hospital department`, `宝宝中心专家团`) before the text; no answer
 * day: `发布日期：2023年5月6日` alone (40%), `最后更新：…` alone (35%: keyed, no other day printed) or both with a later update (25%: the
 * 发布 day keyed); `本文由宝宝中心医学顾问委员会审核` or a `医学审核：name title` line on 40% (none of the card); a disclaimer; 相关专家解答
 * (question, the answer's start on half the pages, else links) and 其他家长还看了 (articles: none), canonical on 60%.
 */
const babycenterZhuanjiaJieda: Family = {
  name: 'babycenter-zhuanjia-jieda',
  split: 'fresh-74',
  site: 'www.babycenter.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['pub', 8], ['upd', 7], ['both', 5]] as const);
    const days =
      mode === 'pub' ? `发布日期：${cnDate(page.date!)}` : mode === 'upd' ? `最后更新：${cnDate(page.date!)}` : `发布日期：${cnDate(page.date!)}　最后更新：${cnDate(shift(page.date!, rng.int(60, 500)))}`;
    const where = rng.chance(0.5) ? `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}` : `${d.title}，${esc(d.hospital!)}${esc(d.department!)}`;
    const card = `<div class="${rng.pick(['expert-card', 'author', 'byline'])}"><img src="https://assets.babycenter.com.cn/expert/${token(rng, 10)}.jpg" alt="${esc(d.name!)}"><p class="name">${esc(d.name!)}</p><p class="cred">${where}</p><p class="badge">宝宝中心专家团</p></div>`;
    const review = rng.chance(0.4)
      ? `<p class="review">${rng.chance(0.5) ? '本文由宝宝中心医学顾问委员会审核' : `医学审核：${esc(personName(rng, d.name!))} ${rng.pick(['主任医师', '副主任医师'])}`}</p>`
      : '';
    const [stage, path] = rng.pick([['怀孕', 'pregnancy'], ['宝宝', 'baby'], ['幼儿', 'toddler']] as const);
    const snippets = rng.chance(0.5);
    const own = rng.chance(0.6) ? `https://www.babycenter.com.cn/expert/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/expert/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="more-expert"><h3>相关专家解答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const articles = `<div class="also-read"><h3>其他家长还看了</h3><ul>${['宝宝几个月会翻身？', '孕期能喝咖啡吗？', '宝宝湿疹护理全攻略'].map((t) => `<li><a href="/baby/${rng.int(10000, 99999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="nav"><a href="/">宝宝中心</a> <a href="/pregnancy/">怀孕</a> <a href="/baby/">宝宝</a> <a href="/toddler/">幼儿</a> <a href="/app/">下载宝宝中心APP</a></div>
<div class="crumbs"><a href="/">宝宝中心</a> &gt; <a href="/${path}/">${stage}</a> &gt; 专家解答</div>
<article${cls(rng)}><h1>${esc(page.question)}</h1>
<h2${cls(rng)}>专家解答</h2>
${wrap(rng, card, 1)}
<div class="body">${paras(page.paragraphs)}</div>
<p class="dates">${days}</p>
${review}
<p class="disclaimer">宝宝中心提供的信息仅供参考，不能替代医生的诊断和建议。</p></article>
${rng.chance(0.5) ? `${list}\n${articles}` : `${articles}\n${list}`}
<div class="footer">© 2026 宝宝中心 BabyCenter</div>`;
    const html = documentOf(`${ask(page)} - 宝宝中心专家解答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: 'unknown', related: itemsOf(related, href, own, (r) => (snippets ? r.snippet : null), false) }),
    };
  },
};

// --- F5. jksb-wenzhuanjia ---

/**
 * F5. 健康时报 问专家 (www.jksb.com.cn/html/wenda/{id}.html), a news CMS, UTF-8 (an old article in GBK on 30%): the `健康时报网`
 * masthead and channel nav; `<h1>`; `2023-05-06 14:22:31　来源：健康时报　作者：记者 name` (the author on 60%); `{province}读者 X女士问：`
 * and the question; `专家答：` on a line of its own or glued before the first paragraph (30%); the paragraphs; the card as a signature
 * `（解答专家：hospital department title name）` after the text, or `解答专家：name，hospital department title` before it; no grade (null);
 * `责任编辑：` on 60%; 相关阅读 (news titles: none) and 相关问答 (question and `[day]`: links), canonical on 40%.
 */
const jksbWenzhuanjia: Family = {
  name: 'jksb-wenzhuanjia',
  split: 'fresh-74',
  site: 'www.jksb.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc: Encoding = rng.chance(0.3) ? 'gbk-meta' : 'utf-8';
    const glued = rng.chance(0.3);
    const [head, ...rest] = page.paragraphs;
    const text = glued
      ? `<p><b>专家答：</b>${esc(head!)}</p>\n${paras(rest)}`
      : `<p><b>专家答：</b></p>\n${paras(page.paragraphs)}`;
    const after = rng.chance(0.5);
    const sign = after
      ? `<p class="sign">（解答专家：${esc(d.hospital!)} ${esc(d.department!)} ${d.title} ${esc(d.name!)}）</p>`
      : `<p class="sign">解答专家：${esc(d.name!)}，${esc(d.hospital!)} ${esc(d.department!)} ${d.title}</p>`;
    const byline = rng.chance(0.6) ? `　作者：记者 ${otherName(rng)}` : '';
    const editor = rng.chance(0.6) ? `<p class="editor">（责任编辑：${otherName(rng)}）</p>` : '';
    const reader = `<p><b>${rng.pick(['江苏', '河南', '四川', '山东'])}读者 ${rng.pick(['王', '李', '刘'])}${rng.pick(['女士', '先生'])}问：</b>${esc(ask(page))}？${esc(rng.pick(ASKER_LINES))}</p>`;
    const own = rng.chance(0.4) ? `https://www.jksb.com.cn/html/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/html/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span>[${r.date}]</span></li>`).join('\n')}</ul></div>`
      : '';
    const news = `<div class="xgyd"><h3>相关阅读</h3><ul>${['专家提醒：换季谨防呼吸道感染', '这些体检指标异常要重视', '国家卫健委发布最新健康提示'].map((t) => `<li><a href="/html/news/${rng.int(100000, 999999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="masthead"><a href="/"><img src="/images/logo.gif" alt="健康时报网"></a> <a href="/html/news/">新闻</a> <a href="/html/wenda/">问专家</a> <a href="/html/kepu/">科普</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/html/wenda/">问专家</a></div>
<div class="article"><h1>${esc(page.question)}</h1>
<div class="info">${page.date} ${page.time}${secs(rng)}　来源：健康时报${byline}</div>
<div class="content">${reader}
${after ? '' : sign}
${text}
${after ? sign : ''}
${editor}</div></div>
${rng.chance(0.5) ? `${list}\n${news}` : `${news}\n${list}`}
<div class="footer">健康时报社 版权所有 未经授权禁止转载</div>`;
    const charset = enc === 'utf-8' ? '<meta charset="utf-8">' : charsetMeta(enc);
    const html = documentOf(`${page.question}_问专家_健康时报网`, own, '', body, charset);
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: 'unknown', related: itemsOf(related, href, own, () => null, true) }),
    };
  },
};

// --- F6. qinbaobao-wenda-share ---

/**
 * F6. 亲宝宝 育儿问答 share page (m.qbb6.com/wenda/share?qid=…), a React H5 with hashed class names (`css-1q2w3e`): the `打开亲宝宝`
 * bar; the asker (`宝宝1岁3个月 的妈妈`); `<h1>`; 1–4 answers: the expert's (`专家` tag, avatar, name, `亲宝宝认证专家`, title,
 * `hospital department`) and 0–3 mothers' (nickname, baby's age, text, day), the expert first on half; on video pages a poster with its
 * length on 70% (video), on voice pages a voice bar (`▶ 58″`) over the text on 60% (voice), else the text (unknown); every answer's day
 * in the page's one way: `2023.05.06` (45%), `2023-05-06` (20%), `5月6日` (20%) or `昨天 14:22` / `刚刚` (15%): the last two null; `赞 N`; `打开APP查看全部N条回答`;
 * 大家还在问 (question, `N个回答`: links), og:url on 40%.
 */
const qinbaobaoWendaShare: Family = {
  name: 'qinbaobao-wenda-share',
  split: 'fresh-74',
  site: 'm.qbb6.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const c = () => ` class="css-${token(rng, 6)}"`;
    const video = page.format === 'video' && rng.chance(0.7);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const text = `<div${c()}>${paras(page.paragraphs)}</div>`;
    const media = video
      ? `<div${c()}><img src="https://img.qbb6.com/video/${token(rng, 12)}.jpg"${c()}><span${c()}>0${rng.int(0, 5)}:${String(rng.int(10, 59)).padStart(2, '0')}</span></div>`
      : voice
        ? `<div${c()}><i${c()}>▶</i><span${c()}>${rng.int(15, 59)}″</span></div>`
        : '';
    const mode = rng.weighted([['dot', 9], ['iso', 4], ['md', 4], ['yday', 3]] as const);
    // Every answer's day in the page's one way of printing days.
    const dayOf = (iso: string, time: string) =>
      mode === 'dot' ? iso.replace(/-/g, '.') : mode === 'iso' ? iso : mode === 'md' ? `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : `昨天 ${time}`;
    const day = dayOf(page.date!, page.time);
    const expert = `<div${c()}><div${c()}><img src="https://img.qbb6.com/avatar/${token(rng, 10)}.png"${c()}><div${c()}><p${c()}><span${c()}>${esc(d.name!)}</span> <span${c()}>专家</span> <span${c()}>亲宝宝认证专家</span></p><p${c()}>${d.title} ${esc(d.hospital!)} ${esc(d.department!)}</p></div></div>${media}${text}<div${c()}><span${c()}>${day}</span> <span${c()}>赞 ${rng.int(0, 999)}</span></div></div>`;
    const mothers = Array.from({ length: rng.int(0, 3) }, () =>
      `<div${c()}><p${c()}>${otherName(rng).slice(0, 1)}${rng.pick(['妈', '宝妈', '麻麻'])}${rng.int(10, 999)} · 宝宝${rng.int(1, 3)}岁${rng.int(1, 11)}个月</p><p${c()}>${rng.pick(MOTHER_TEXTS)}</p><span${c()}>${mode === 'yday' ? rng.pick(['刚刚', `昨天 ${hm(rng)}`]) : dayOf(shift(page.date!, rng.int(-2, 3)), '')}</span></div>`);
    const first = rng.chance(0.5);
    const all = first ? [expert, ...mothers] : [...mothers, expert];
    const own = rng.chance(0.4) ? `https://m.qbb6.com/wenda/share?qid=${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/share?qid=${itemNum(r)}`;
    const list = related.length
      ? `<div${c()}><h3${c()}>大家还在问</h3>${related.map((r) => `<a href="${href(r)}"${c()}><p${c()}>${esc(r.question)}</p><span${c()}>${rng.int(1, 40)}个回答</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="root"><div${c()}><img src="/static/logo.png" alt="亲宝宝"${c()}> 亲宝宝 · 记录宝宝成长 <a href="https://www.qbb6.com/download"${c()}>打开亲宝宝</a></div>
<div${c()}><p${c()}>宝宝${rng.int(1, 3)}岁${rng.int(1, 11)}个月 的妈妈</p><h1${c()}>${esc(page.question)}</h1></div>
<div${c()}>${all.join('\n')}</div>
<a href="https://www.qbb6.com/download"${c()}>打开APP查看全部${all.length + rng.int(1, 9)}条回答</a>
${list}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 亲宝宝`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, date: mode === 'dot' || mode === 'iso' ? page.date : null, format: video ? 'video' : voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

export const FRESH74_FAMILIES: readonly Family[] = [fx120AskGbk, medliveHuanzheWenda, yaolanWenda, babycenterZhuanjiaJieda, jksbWenzhuanjia, qinbaobaoWendaShare];
