import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, ask, documentOf, hm, itemNum, otherName, shift, token, withHeads, cityOf, cutSnippet, headedHtml, itemsOf, paras } from './ordinary-parts.js';
import { charsetMeta, encode, esc, wrap, type Encoding } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, MOTHER_TEXTS, OTHER_TEXTS, md, mineOf, otherDoc, type Doc } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventy-fifth fresh held-out set (split `fresh-75`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * tenth set**: six Chinese sites where doctors answer health questions on question pages of their own, none of the
 * sites earlier splits model or name: 妈妈网's 孕育问答 (a 认证医生's answer among mothers', a mother's reply marked 采纳,
 * relative and yearless days), 新氧's 问答 (several certified 医美 doctors, video answers, 商品 and 日记 lists), 健康一线 问答
 * (an old GBK table template, labelled card rows, `2019年05月06日 14时22分` days, a doctor's 最佳答案), 怡禾's 儿科问诊 share
 * page (a consult record as chat bubbles, 追问 rounds after the answer, voice bubbles, yearless stamps), 中国医药信息查询平台's
 * 问答 (an 审核专家 card beside the answering doctor's, 发布 / 更新 days, references and disease and drug links) and 悦美网's
 * 问答 (a clinic's 美学顾问 answering beside doctors, priced 项目 ads). Modelled from memory of those pages (no copied
 * markup); the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 最佳答案 wherever it stands (a doctor's, as fresh-48, fresh-73, fresh-74), else
 *   the first doctor's; **a mother's (网友's) reply is never the page's, also where it stands first or is marked 采纳**
 *   (fresh-74), **nor a clinic's 美学顾问's / 咨询师's** (no doctor: no title, no department, a 机构 badge), also where it stands
 *   first; the others' cards, texts and days none of the entry;
 * - **a 追问 round (the asker's 追问 and the doctor's reply to it) is none of the answer and dates nothing** (fresh-11, fresh-44,
 *   fresh-72 to fresh-74): on 怡禾's record the answer is the doctor's bubbles before the first 追问;
 * - section heads on a line of their own (`病情分析：` / `指导意见：`) are paragraphs of the answer (fresh-49);
 * - **the date the page's answer's day**: its `回答时间` / `回答于` / the stamp over the doctor's first bubble / `发布时间`;
 *   `N天前`, `N小时前`, `N个月前`, `N周前` and a day without its year (`05-06 14:22`) name none (null); `2019年05月06日 14时22分`
 *   is that day; **an `更新时间` only where no other day is printed** (the README's 最后更新 rule); the asker's day, a 追问's,
 *   a reviewer's and the other answers' date nothing;
 * - **the card**: an `审核专家` (reviewer) card beside the answering doctor's is none of it; badges (`认证医生`, `新氧认证`,
 *   `怡禾签约医生`, `悦美认证`) none of it; the grade only where printed beside the hospital (a `三甲` tag, a `医院等级：` row
 *   under the 医院 row), else null;
 * - format video where the answer's player shows, voice where the doctor's bubbles are voice bars with their length (their
 *   text printed under them as 转文字), else unknown (no family prints a format word);
 * - items: the snippet as printed (cut with `...` kept), an item showing only its question (with a count or a day) a link
 *   (`[]`), dated only where the list prints the day, links as written where the page names no address of its own, else
 *   resolved against the canonical or og:url; article, 日记, 商品, 项目, disease, drug and reference lists and ads no items.
 */

type Related = TruthPage['related'][number];


// --- F1. mama-cn-yunyu-wenda ---

/**
 * F1. 妈妈网 孕育问答 (www.mama.cn/ask/q{id}.html), UTF-8: the 妈妈网 nav (孕育 / 问答 / 圈子 / 下载APP); `<h1>`; the asker
 * (`xx妈妈 · 宝宝N个月`, `提问于` a day); `共N个回答`: a 认证医生's answer (card: avatar, name, `认证医生`, title, `hospital department`
 * with a `三甲`-kind tag after the hospital on 30%) among 1–4 mothers' replies (nickname, `LV`, text, day), the doctor first on
 * half the pages, else after one or more mothers; a mother's reply marked `采纳` on 30% (never the page's); every day of the page
 * in one way: `2023-05-06 14:22` (55%), `N天前` / `N小时前` (25%) or `05-06 14:22` (20%): the last two null; `有用 N`;
 * 相关问题 (question, `N个回答`: links) and 孕育知识 (articles: none), canonical on half.
 */
const mamaCnYunyuWenda: Family = {
  name: 'mama-cn-yunyu-wenda',
  split: 'fresh-75',
  site: 'www.mama.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.3);
    const mode = rng.weighted([['day', 11], ['rel', 5], ['md', 4]] as const);
    const dayOf = (iso: string, time: string) => (mode === 'day' ? `${iso} ${time}` : mode === 'md' ? `${md(iso)} ${time}` : rng.chance(0.5) ? `${rng.int(1, 23)}小时前` : `${rng.int(1, 9)}天前`);
    const doctor = `<div class="${rng.pick(['answer-item doctor', 'ans-item ans-doc', 'reply doc'])}"><div class="user"><img src="https://img.mama.cn/avatar/${token(rng, 10)}.jpg"><span class="nick">${esc(d.name!)}</span> <em class="tag">认证医生</em> <span class="zc">${d.title}</span><p class="org">${esc(d.hospital!)}${graded ? ` <i>${d.hospital_grade}</i>` : ''} ${esc(d.department!)}</p></div><div class="txt">${paras(page.paragraphs)}</div><div class="meta"><span>${dayOf(page.date!, page.time)}</span> <a>有用 ${rng.int(0, 99)}</a></div></div>`;
    const m = rng.int(1, 4);
    const adopted = rng.chance(0.3) ? rng.int(0, m - 1) : -1;
    const mothers = Array.from({ length: m }, (_, i) =>
      `<div class="${rng.pick(['answer-item', 'ans-item', 'reply'])}">${i === adopted ? '<span class="adopt">采纳</span>' : ''}<div class="user"><img src="https://img.mama.cn/avatar/${token(rng, 10)}.jpg"><span class="nick">${otherName(rng).slice(0, 2)}${rng.pick(['妈妈', '宝妈', '麻麻'])}</span> <i>LV${rng.int(1, 12)}</i> <span>宝宝${rng.int(1, 24)}个月</span></div><div class="txt"><p>${rng.pick(MOTHER_TEXTS)}</p></div><div class="meta"><span>${dayOf(shift(page.date!, rng.int(0, 4)), hm(rng))}</span> <a>有用 ${rng.int(0, 30)}</a></div></div>`);
    const at = rng.chance(0.5) ? 0 : rng.int(1, m);
    const all = [...mothers.slice(0, at), doctor, ...mothers.slice(at)];
    const own = rng.chance(0.5) ? `https://www.mama.cn/ask/q${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/ask/q${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="relate-ask"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(1, 30)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const articles = `<div class="relate-know"><h3>孕育知识</h3><ul>${['孕早期注意事项有哪些', '宝宝辅食添加时间表', '产后恢复的黄金期'].map((t) => `<li><a href="https://www.mama.cn/baby/art/${rng.int(100000, 999999)}/">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="mm-nav"><a href="https://www.mama.cn/">妈妈网</a> <a href="https://www.mama.cn/yunyu/">孕育</a> <a href="/ask/">问答</a> <a href="https://q.mama.cn/">圈子</a> <a href="https://www.mama.cn/app/">下载APP</a></div>
<div class="q-box"><h1>${esc(page.question)}</h1><p class="q-user">${otherName(rng).slice(0, 2)}妈妈 · 宝宝${rng.int(1, 30)}个月 提问于 ${mode === 'day' ? shift(page.date!, -rng.int(0, 2)) : mode === 'md' ? md(shift(page.date!, -1)) : `${rng.int(2, 9)}天前`}</p><p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answers"><h3>共${m + 1}个回答</h3>${all.join('\n')}</div>`, 1)}
${rng.chance(0.5) ? `${list}\n${articles}` : `${articles}\n${list}`}
<div class="footer">妈妈网 版权所有 粤ICP备</div>`;
    const html = documentOf(`${ask(page)}_妈妈网问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date: mode === 'day' ? page.date : null, format: 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

// --- F2. soyoung-yimei-wenda ---

/**
 * F2. 新氧 问答 (www.soyoung.com/wenda/{id}.html), UTF-8: the 新氧 nav (首页 / 日记 / 问答 / 商城 / 下载新氧APP); a 项目 tag;
 * `<h1>`; `N位医生回答`: 1–3 certified doctors' answers, the first the page's (no 采纳 on the site); each card: avatar, name link,
 * title, `新氧认证`, `hospital · department`, `执业证号已验证`, a `预约面诊` button; on video pages the answer's player (poster,
 * length) on 60% (video); text; `回答于 2023-05-06` (80%) or `N周前` (20%: null; the other answers' then `N周前`); `赞同 N`;
 * 相关日记 (users' diaries: none) and 相关商品 (priced 项目: none); 相关问答 (question, the first answer's start on 60% of
 * pages cut at 30 with `...` where longer, `N个回答`; else links), canonical on 40%.
 */
const soyoungYimeiWenda: Family = {
  name: 'soyoung-yimei-wenda',
  split: 'fresh-75',
  site: 'www.soyoung.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const video = page.format === 'video' && rng.chance(0.6);
    const rel = rng.chance(0.2);
    const card = (doc: Doc) =>
      `<div class="${rng.pick(['doctor-card', 'doc-info', 'answer-user'])}"><img src="https://img2.soyoung.com/doctor/${token(rng, 12)}.jpg" class="avatar"><div class="info"><a href="https://y.soyoung.com/doctor/${rng.int(10000, 999999)}/" class="name">${esc(doc.name)}</a> <span class="title">${doc.title}</span> <i class="v">新氧认证</i><p class="hos">${esc(doc.hospital)} · ${esc(doc.department)}</p><p class="cert">执业证号已验证</p></div><a class="btn" href="/yuyue/">预约面诊</a></div>`;
    const player = video
      ? `<div class="video-answer"><img src="https://img2.soyoung.com/video/${token(rng, 12)}.jpg" class="poster"><span class="dur">0${rng.int(0, 4)}:${String(rng.int(10, 59)).padStart(2, '0')}</span></div>`
      : '';
    const item = (doc: Doc, html: string, when: string, extra: string) =>
      `<div class="answer-item">${card(doc)}${extra}<div class="answer-txt">${html}</div><div class="answer-ft"><span>${when}</span> <a>赞同 ${rng.int(0, 500)}</a></div></div>`;
    const mine = item(mineOf(page), paras(page.paragraphs), rel ? `${rng.int(1, 8)}周前` : `回答于 ${page.date}`, player);
    const others = Array.from({ length: rng.int(0, 2) }, () => item(otherDoc(rng, page), paras(rng.pick(OTHER_TEXTS)), rel ? `${rng.int(1, 8)}周前` : `回答于 ${shift(page.date!, rng.int(1, 20))}`, ''));
    const snippets = rng.chance(0.6);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 30, 30, '...') : null);
    const own = rng.chance(0.4) ? `https://www.soyoung.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related-ask"><h3>相关问答</h3>${related.map((r) => `<div class="ask-item"><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}<span>${rng.int(1, 15)}个回答</span></div>`).join('\n')}</div>`
      : '';
    const diaries = `<div class="related-diary"><h3>相关日记</h3>${['术后第7天，消肿了不少', '记录我的变美之路', '恢复期第三十天对比'].map((t) => `<div class="diary"><a href="/p/${rng.int(1000000, 9999999)}">${t}</a><span>${otherName(rng).slice(0, 1)}小姐姐</span></div>`).join('')}</div>`;
    const goods = `<div class="related-goods"><h3>相关商品</h3>${['光子嫩肤 首次体验', '水光针 单次', '热玛吉 全脸'].map((t) => `<div class="goods"><a href="/product/${rng.int(100000, 999999)}">${t}</a><em>¥${rng.int(99, 9999)}</em></div>`).join('')}</div>`;
    const body = `<div class="sy-nav"><a href="https://www.soyoung.com/">新氧</a> <a href="/diary/">日记</a> <a href="/wenda/">问答</a> <a href="/shop/">商城</a> <a href="/app/">下载新氧APP</a></div>
<div class="ask-hd"><span class="item-tag">${rng.pick(['皮肤管理', '眼部整形', '鼻部整形', '医学美容'])}</span><h1>${esc(page.question)}</h1><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="answers"><div class="num">${others.length + 1}位医生回答</div>${mine}\n${others.join('\n')}</div>`, 1)}
${rng.chance(0.5) ? `${diaries}\n${goods}\n${list}` : `${list}\n${goods}\n${diaries}`}
<div class="footer">新氧 版权所有 ©2026</div>`;
    const html = documentOf(`${ask(page)}-新氧问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, format: video ? 'video' : 'unknown', date: rel ? null : page.date, related: itemsOf(related, href, own, printed, false) }),
    };
  },
};

// --- F3. vodjk-wenda-gbk ---

/**
 * F3. 健康一线 问答 (www.vodjk.com/wenda/{id}.html), an old table template in GBK (`<meta charset="gbk">` 50%, gb2312 by
 * http-equiv 30%, undeclared 20%): `当前位置：健康一线 > 健康问答 > {科室}`; `<h1>`; `问题描述：` and `提问时间：`; 1–3 doctors'
 * answers as tables, each `N楼`: a card in labelled rows (`回答医生：` / `职称：` / `医院：` / `科室：`, a `医院等级：` row under the
 * 医院 row on 35% — keyed —), the text (heads 病情分析： / 指导意见： on half), `回答时间：2019年05月06日 14时22分` (70%) or
 * `2019-5-6` (30%); on 40% of pages with two or more one is `最佳答案` (marked in place, also a later floor: keyed); 相关问题
 * (question and `[2023-05-06]`: links, dated) and 热门文章 (articles: none), canonical on 20%.
 */
const vodjkWendaGbk: Family = {
  name: 'vodjk-wenda-gbk',
  split: 'fresh-75',
  site: 'www.vodjk.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc: Encoding = rng.weighted([['gbk-meta', 5], ['gb2312-http-equiv', 3], ['gbk-undeclared', 2]] as const);
    const graded = rng.chance(0.35);
    const headed = rng.chance(0.5);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const cn = rng.chance(0.7);
    const when = (iso: string, time: string) =>
      cn ? `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日 ${time.slice(0, 2)}时${time.slice(3, 5)}分` : iso.split('-').map(Number).join('-');
    const n = rng.int(1, 3);
    const best = n > 1 && rng.chance(0.4);
    const at = best ? rng.int(0, n - 1) : 0;
    const text = (ps: readonly string[]) => (headed ? headedHtml(rng, ps, heads, 'b') : paras(ps));
    const table = (floor: number, doc: Doc, grade: string | null, html: string, day: string, mark: boolean) =>
      `<table class="${rng.pick(['hd_tab', 'answer_tb', 'tb_hd'])}" width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="lou">${floor}楼</td><td>${mark ? '<font color="#c00">最佳答案</font>' : ''}</td></tr>
<tr><td width="160" valign="top" class="ys"><img src="https://img.vodjk.com/doctor/${token(rng, 8)}.jpg"><br>回答医生：<a href="/doctor/${rng.int(1000, 99999)}.html">${esc(doc.name)}</a><br>职称：${doc.title}<br>医院：${esc(doc.hospital)}${grade ? `<br>医院等级：${grade}` : ''}<br>科室：${esc(doc.department)}</td>
<td valign="top" class="nr">${html}<div class="sj">回答时间：${day}</div></td></tr></table>`;
    const others = Array.from({ length: n - 1 }, (_, i) => {
      const t = rng.pick(OTHER_TEXTS);
      return { doc: otherDoc(rng, page), html: text(headed ? withHeads(t, heads[0], heads[1]) : [...t]), day: when(shift(page.date!, i < at ? -1 : rng.int(1, 4)), hm(rng)) };
    });
    const rows = [...others.slice(0, at), { doc: mineOf(page), html: text(paragraphs), day: when(page.date!, page.time), mine: true }, ...others.slice(at)];
    const answers = rows.map((r, i) => table(i + 1, r.doc, 'mine' in r && graded ? d.hospital_grade : null, r.html, r.day, 'mine' in r && best)).join('\n');
    const own = rng.chance(0.2) ? `https://www.vodjk.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><table width="100%">${related.map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a></td><td class="rq">[${r.date}]</td></tr>`).join('\n')}</table></div>`
      : '';
    const hot = `<div class="rmwz"><h3>热门文章</h3><ul>${['春季养生要注意什么', '高血压患者的饮食禁忌', '失眠的几种调理方法'].map((t) => `<li><a href="https://www.vodjk.com/yangsheng/${rng.int(100000, 999999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="top"><a href="https://www.vodjk.com/">健康一线</a> | <a href="/wenda/">健康问答</a> | <a href="/jibing/">疾病</a> | <a href="/yangsheng/">养生</a> | <a href="/wenda/ask.html">我要提问</a></div>
<div class="dqwz">当前位置：<a href="https://www.vodjk.com/">健康一线</a> &gt; <a href="/wenda/">健康问答</a> &gt; ${esc(d.department!)}</div>
<div class="wtbox"><h1>${esc(page.question)}</h1>
<p>问题描述：${esc(rng.pick(ASKER_LINES))}</p>
<p class="tw">提问时间：${when(shift(page.date!, -rng.int(1, 3)), hm(rng))}</p></div>
<div class="hdlist">${answers}</div>
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${list}\n${hot}` : `${hot}\n${list}`}
<div class="foot">Copyright &copy; 健康一线 vodjk.com All Rights Reserved</div>`;
    const html = documentOf(`${page.question}_健康一线问答`, own, '', body, charsetMeta(enc));
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, format: 'unknown', related: itemsOf(related, href, own, () => null, true) }),
    };
  },
};

// --- F4. yihe-erke-wenzhen-share ---

/**
 * F4. 怡禾's 儿科问诊 share page (host as remembered, m.yihehealth.com/share/consult/{id}), a Vue H5: an `打开怡禾APP` bar; the
 * consult's title `<h1>` (the question); `患儿：男 2岁3个月`; the 接诊医生 card at the top (avatar, name, title, `怡禾签约医生`,
 * `hospital department`; no grade: null); then the record as chat bubbles: the parent's question bubble (an hour or two before),
 * the doctor's bubbles (one a paragraph; on voice pages voice bars `▶ 45″` with the 转文字 text under each on 60%: voice), then 0–2 追问 rounds (the
 * parent's bubble, the doctor's reply, on the following days); a stamp over each speaker's first bubble: `2023-05-06 14:22` (70%) or `05-06 14:22` (30%:
 * null), the doctor's first stamp the answer's day; `问诊已结束`; 相似问诊 (question, `查看`: links), og:url on half.
 */
const yiheErkeWenzhenShare: Family = {
  name: 'yihe-erke-wenzhen-share',
  split: 'fresh-75',
  site: 'm.yihehealth.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const yearless = rng.chance(0.3);
    const stamp = (iso: string, time: string) => `<div class="stamp">${yearless ? md(iso) : iso} ${time}</div>`;
    const bubble = rng.pick(['msg', 'bubble', 'chat-item']);
    const c = () => ` class="${bubble}"`;
    const avatar = `https://img.yihehealth.com/doctor/${token(rng, 8)}.jpg`;
    const parent = (text: string) => `<div${c()} data-role="patient"><img src="/static/parent.png" class="av"><div class="content">${esc(text)}</div></div>`;
    const docBubble = (p: string) =>
      voice
        ? `<div${c()} data-role="doctor"><img src="${avatar}" class="av"><div class="voice"><i>▶</i><span>${rng.int(15, 59)}″</span></div><div class="to-text">${esc(p)}</div></div>`
        : `<div${c()} data-role="doctor"><img src="${avatar}" class="av"><div class="content">${esc(p)}</div></div>`;
    // The parent asked an hour or two before the answer, the same day; each 追问 round came a day or two after it.
    const askedAt = `${String(Number(page.time.slice(0, 2)) - rng.int(1, 2)).padStart(2, '0')}${page.time.slice(2)}`;
    const rounds = rng.int(0, 2);
    const followUps = Array.from({ length: rounds }, (_, i) => {
      const day = shift(page.date!, i + 1);
      const t = hm(rng);
      return `${stamp(day, t)}\n${parent(rng.pick(FOLLOW_UPS))}\n${stamp(day, `${t.slice(0, 3)}${String(Math.min(59, Number(t.slice(3)) + rng.int(0, 9))).padStart(2, '0')}`)}\n${docBubble(rng.pick(FOLLOW_REPLIES))}`;
    });
    const record = `${stamp(page.date!, askedAt)}
${parent(`${ask(page)}？${rng.pick(ASKER_LINES)}`)}
${stamp(page.date!, page.time)}
${page.paragraphs.map(docBubble).join('\n')}
${followUps.join('\n')}
<div class="end">问诊已结束</div>`;
    const card = `<div class="doctor-card"><img src="${avatar}"><div><p><b>${esc(d.name!)}</b> <span>${d.title}</span> <em>怡禾签约医生</em></p><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div><a href="https://m.yihehealth.com/download">找TA问诊</a></div>`;
    const own = rng.chance(0.5) ? `https://m.yihehealth.com/share/consult/${page.item.num}` : null;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/consult/${itemNum(r)}`;
    const list = related.length
      ? `<div class="similar"><h3>相似问诊</h3>${related.map((r) => `<a class="sim-item" href="${href(r)}"><p>${esc(r.question)}</p><span>查看</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="app"><div class="open-bar"><img src="/static/logo.png" alt="怡禾健康"> 怡禾 · 儿科医生在线问诊 <a href="https://m.yihehealth.com/download">打开怡禾APP</a></div>
<div class="consult-hd"><h1>${esc(page.question)}</h1><p>患儿：${rng.pick(['男', '女'])} ${rng.int(0, 6)}岁${rng.int(1, 11)}个月</p></div>
${card}
<div class="record">${record}</div>
${list}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 怡禾问诊`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, date: yearless ? null : page.date, format: voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

// --- F5. dayi-yiyao-wenda ---

/**
 * F5. 中国医药信息查询平台 问答 (www.dayi.org.cn/qa/{id}.html), UTF-8: the platform's header (查疾病 / 查药品 / 查检查 / 问答) and
 * crumbs; `<h1>`; the answering doctor's card under `回答医生` (name, title, hospital with a `三甲`-kind tag after it on 50%,
 * department) and an `审核专家` card (another doctor's name, title, hospital: none of the card) beside or under it (60%);
 * the text (heads 病情分析： / 指导意见： on 40%); `发布时间：2023-05-06` alone (40%), with `更新时间：` a later day (40%: the 发布 day
 * keyed) or `更新时间：` alone (20%: keyed, no other day); 参考文献 (none), 相关疾病 and 相关药品 links (none); 相关问答 (question and
 * its answer's start), canonical on 70%.
 */
const dayiYiyaoWenda: Family = {
  name: 'dayi-yiyao-wenda',
  split: 'fresh-75',
  site: 'www.dayi.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.5);
    const headed = rng.chance(0.4);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const mode = rng.weighted([['pub', 2], ['both', 2], ['upd', 1]] as const);
    const days =
      mode === 'pub' ? `<span>发布时间：${page.date}</span>` : mode === 'both' ? `<span>发布时间：${page.date}</span> <span>更新时间：${shift(page.date!, rng.int(30, 400))}</span>` : `<span>更新时间：${page.date}</span>`;
    const rev = otherDoc(rng, page);
    const answerer = `<div class="${rng.pick(['doc-card', 'answer-doctor', 'expert'])}"><h4>回答医生</h4><img src="https://img.dayi.org.cn/doctor/${token(rng, 10)}.jpg"><p class="name">${esc(d.name!)} <span>${d.title}</span></p><p class="hos">${esc(d.hospital!)}${graded ? ` <em class="level">${d.hospital_grade}</em>` : ''}</p><p class="dep">${esc(d.department!)}</p></div>`;
    const reviewer = rng.chance(0.6)
      ? `<div class="${rng.pick(['review-card', 'audit-doctor'])}"><h4>审核专家</h4><p class="name">${esc(rev.name)} <span>${rng.pick(['主任医师', '副主任医师'])}</span></p><p class="hos">${esc(rev.hospital)}</p></div>`
      : '';
    const side = rng.chance(0.5);
    const refs = `<div class="refs"><h3>参考文献</h3><ol><li>葛均波，徐永健，王辰．内科学［M］．第9版．北京：人民卫生出版社，2018．</li><li>王卫平，孙锟，常立文．儿科学［M］．第9版．北京：人民卫生出版社，2018．</li></ol></div>`;
    const links = `<div class="rel-links"><h3>相关疾病</h3>${['慢性胃炎', '高血压', '失眠'].map((t) => `<a href="/disease/${rng.int(10000, 99999)}.html">${t}</a>`).join(' ')}<h3>相关药品</h3>${['奥美拉唑肠溶胶囊', '布洛芬缓释胶囊'].map((t) => `<a href="/drug/${rng.int(10000, 99999)}.html">${t}</a>`).join(' ')}</div>`;
    const own = rng.chance(0.7) ? `https://www.dayi.org.cn/qa/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="rel-qa"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p></li>`).join('\n')}</ul></div>`
      : '';
    const main = `<div class="qa-answer"><div class="qa-txt">${headed ? headedHtml(rng, paragraphs, heads) : paras(paragraphs)}</div><p class="dates">${days}</p></div>`;
    const body = `<div class="header"><a href="/"><img src="/static/logo.png" alt="中国医药信息查询平台"></a> <a href="/disease/">查疾病</a> <a href="/drug/">查药品</a> <a href="/check/">查检查</a> <a href="/qa/">问答</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/qa/">问答</a> &gt; ${esc(d.department!)}</div>
<div class="qa-main"><h1>${esc(page.question)}</h1>
${side ? `<div class="cards">${answerer}${reviewer}</div>\n${main}` : `${answerer}\n${main}\n${reviewer}`}
</div>
${refs}
${rng.chance(0.5) ? `${links}\n${list}` : `${list}\n${links}`}
<div class="footer">中国医药信息查询平台 版权所有</div>`;
    const html = documentOf(`${ask(page)}_中国医药信息查询平台`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, format: 'unknown', related: itemsOf(related, href, own, (r) => r.snippet, false) }),
    };
  },
};

// --- F6. yuemei-wenda ---

/**
 * F6. 悦美网 问答 (www.yuemei.com/wenda/{id}.html), UTF-8: the 悦美 nav and a city picker; `<h1>`; the asker's line; `N个回答`:
 * the doctor's answer (card: avatar, name link, title, `悦美认证`, `机构：hospital` and `科室：department` on two lines; no grade:
 * null; text; `2023-05-06 14:22` (75%) or `N个月前` (25%: null)) and 1–2 clinics' 美学顾问 / 咨询师 answers (a nickname, `机构
 * 认证` and the clinic, a sales text with `私信我`): one stands before the doctor's on half the pages (never the page's);
 * priced 特惠项目 ads (none); 大家都在问 (question, `N个回答`, the best answer's start on 40% of pages: else links), canonical on
 * half.
 */
const yuemeiWenda: Family = {
  name: 'yuemei-wenda',
  split: 'fresh-75',
  site: 'www.yuemei.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const rel = rng.chance(0.25);
    const doctor = `<div class="${rng.pick(['answer-item', 'ans-list-item', 'reply-item'])}"><div class="ans-user"><img src="https://p.yuemei.com/doctor/${token(rng, 10)}.jpg"><a href="/dr/${rng.int(10000, 999999)}/" class="name">${esc(d.name!)}</a> <span>${d.title}</span> <i>悦美认证</i><p>机构：${esc(d.hospital!)}</p><p>科室：${esc(d.department!)}</p></div><div class="ans-txt">${paras(page.paragraphs)}</div><div class="ans-ft"><span>${rel ? `${rng.int(1, 11)}个月前` : `${page.date} ${page.time}`}</span> <a>有用(${rng.int(0, 80)})</a></div></div>`;
    const adviser = () =>
      `<div class="${rng.pick(['answer-item', 'ans-list-item', 'reply-item'])}"><div class="ans-user"><img src="https://p.yuemei.com/user/${token(rng, 10)}.jpg"><span class="name">${rng.pick(['美学顾问', '咨询师'])}${rng.pick(['小雅', '安琪', 'Lily', '小美'])}</span> <i>机构认证</i><p>${cityOf(page)}${rng.pick(['美莱', '艺星', '华美'])}医疗美容${rng.pick(['医院', '门诊部'])}</p></div><div class="ans-txt"><p>${rng.pick(['您好，这种情况建议到院面诊，由医生评估后制定方案。', '亲，我们院近期有活动，术前可免费面诊，欢迎私信我了解。'])}</p><p>私信我获取报价</p></div><div class="ans-ft"><span>${rel ? `${rng.int(1, 11)}个月前` : `${shift(page.date!, rng.int(-3, 5))} ${hm(rng)}`}</span></div></div>`;
    const advisers = Array.from({ length: rng.int(1, 2) }, adviser);
    const before = rng.chance(0.5);
    const all = before ? [advisers[0]!, doctor, ...advisers.slice(1)] : [doctor, ...advisers];
    const ads = `<div class="tehui"><h3>特惠项目</h3>${['玻尿酸填充 1ml', '双眼皮全切', '超皮秒祛斑'].map((t) => `<div class="tao"><a href="/tao/${rng.int(100000, 999999)}/">${t}</a><em>¥${rng.int(199, 19999)}</em><span>已预订${rng.int(10, 999)}</span></div>`).join('')}</div>`;
    const snippets = rng.chance(0.4);
    const own = rng.chance(0.5) ? `https://www.yuemei.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="all-ask"><h3>大家都在问</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(1, 20)}个回答</span>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="ym-top"><a href="https://www.yuemei.com/">悦美</a> <span class="city">${cityOf(page)} [切换城市]</span> <a href="/wenda/">问答</a> <a href="/tao/">特惠</a> <a href="/hospital/">医院</a> <a href="/dr/">医生</a></div>
<div class="ask-box"><h1>${esc(page.question)}</h1><p class="ask-user">${otherName(rng).slice(0, 1)}**　${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, `<div class="ans-list"><h3>${all.length}个回答</h3>${all.join('\n')}</div>`, 1)}
${rng.chance(0.5) ? `${ads}\n${list}` : `${list}\n${ads}`}
<div class="footer">悦美网 版权所有</div>`;
    const html = documentOf(`${ask(page)}_悦美网问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, date: rel ? null : page.date, format: 'unknown', related: itemsOf(related, href, own, (r) => (snippets ? r.snippet : null), false) }),
    };
  },
};

export const FRESH75_FAMILIES: readonly Family[] = [mamaCnYunyuWenda, soyoungYimeiWenda, vodjkWendaGbk, yiheErkeWenzhenShare, dayiYiyaoWenda, yuemeiWenda];
