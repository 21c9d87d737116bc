import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, documentOf, hm, itemNum, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-fourth fresh held-out set (split `fresh-64`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **AI-assisted health answers that
 * a doctor checked or signed**, as such pages stand in 2026: 头条搜索's health AI answer share page with a 医生审核
 * badge, 讯飞晓医's AI 家庭医生 chat share where a doctor 复核s the AI's reply and adds words of their own, 叮当快药's
 * AI 问诊 小结 signed by the doctor who took over, a hospital's 智能客服 FAQ whose answers a 审核专家 reviewed, 纳里健康's
 * consultation record that mixes an AI 预问诊 小结 with the doctor's replies, and a 知乎 answer under an AI 速览 box.
 * Each modelled from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the answer is the doctor's own words wherever the page shows them** (医生补充, 医生建议, the doctor's chat
 *   bubbles, the doctor's own 知乎 answer); the AI's text beside them is none of it;
 * - **where the page shows only an AI text that a named doctor reviewed (医生审核, 审核专家), that text is the answer
 *   and the reviewer the doctor**: the doctor put their name to it as it stands, the page shows no other answer, and
 *   a dataset of doctors' answers that kept such rows would want them; whoever builds one and wants only
 *   doctor-written text can tell these families apart (toutiao-search-health-ai, hospital-znkf-faq);
 * - AI summaries (AI 速览, AI初步建议, AI预问诊小结), `AI生成内容仅供参考` notices, 猜你想问 chips, a reviewer's
 *   verdict badge (`AI回复准确`), thumbs and feedback rows, 重新生成 / 复制 / 转人工 buttons are none of the answer;
 * - the date is the doctor's reply, review or signing day as printed: never the AI's 生成 time, a page's 更新时间,
 *   the patient's asking time or the consultation's start; a relative or yearless day names none (null);
 * - the format is what the page prints: `图文问诊` / `图文咨询` text; else unknown.
 */

type Related = TruthPage['related'][number];


/** Related items with only their question shown (link-items.ts): `[]`. */
const linkItems = (page: TruthPage, url: (n: number) => string): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: null, url: url(itemNum(r)) }));

/** Related items with their snippet printed, undated, format unknown. */
const snippetItems = (page: TruthPage, url: (n: number) => string): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: null, url: url(itemNum(r)) }));

const AI_LINES = [
  '出现这种情况可能与多种因素有关，常见原因包括生活作息不规律、饮食不当、感染或慢性疾病等。',
  '建议先注意休息，保持规律作息，饮食清淡，避免辛辣刺激性食物和烟酒。',
  '可以观察症状的变化，记录出现的时间、频率和诱因，便于就诊时向医生说明。',
  '如果症状持续超过一周不缓解，或出现高热、剧烈疼痛、呼吸困难等情况，请及时到正规医院就诊。',
  '具体的诊断和治疗需要结合面诊和相关检查结果，请勿自行用药。',
];

/** What an AI assistant says of the question: generic lines, none of the doctor's words. */
const aiText = (rng: Rng, page: TruthPage): string[] => [
  `关于“${ask(page)}”，${rng.pick(AI_LINES.slice(0, 1))}`,
  ...rng.shuffle(AI_LINES.slice(1)).slice(0, rng.int(1, 3)),
];

/** Follow-up questions an assistant suggests (猜你想问): the page's topic, not its related items. */
const followUps = (rng: Rng, page: TruthPage) => {
  const t = topicWord(page);
  return rng.shuffle([`${t}吃什么好得快？`, `${t}需要做哪些检查？`, `${t}会传染吗？`, `${t}能自愈吗？`, `${t}挂什么科？`]).slice(0, 3);
};

/** A yearless or relative stamp for the page's day (names no day: null). */
const vagueDay = (rng: Rng, page: TruthPage, time: string) =>
  rng.pick([`${page.date!.slice(5)} ${time}`, `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日`, `昨天 ${time}`, `${rng.int(2, 6)}天前`]);

// --- F1. toutiao-search-health-ai ---

/**
 * F1. 头条搜索's health AI answer, shared (so.toutiao.com/s/health_ai/share?id=…): the search box holding the question,
 * an `AI健康助手` card badged `医生审核` / `已通过医生审核`, the AI text in `<p>`s (its first line bold on 40%), an
 * `AI生成内容仅供参考，不构成医疗建议` notice, the reviewer's card after the text (name, title, `hospital [grade]
 * department`, grade on 35%) under 审核医生 / 内容审核; `审核时间：` a full day (60%), a yearless or relative one (25%), or
 * only `生成于 …` (15%: the AI's day, 1–5 days before the review, so null); 有帮助 / 没帮助, 重新生成, 复制, 分享; 猜你想问 chips; 相关问答 links with a snippet on half the
 * pages; on half a URL-encoded `RENDER_DATA` script with the text, the reviewer and the AI's createTime (days before
 * the review: a day the page does not print). Key: the reviewed text is the answer, the reviewer the doctor; date the
 * 审核时间 where a full day, else null.
 */
const toutiaoSearchHealthAi: Family = {
  name: 'toutiao-search-health-ai',
  split: 'fresh-64',
  site: 'so.toutiao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://so.toutiao.com/s/health_ai/share?id=${n}`;
    const grade = rng.chance(0.35) ? d.hospital_grade : null;
    const time = hm(rng);
    const when = rng.weighted([['full', 60], ['vague', 25], ['generated', 15]] as const);
    // The AI wrote the text days before the doctor reviewed it.
    const generated = shift(page.date!, -rng.int(1, 5));
    const generatedTime = hm(rng);
    const stamp =
      when === 'full' ? `审核时间：${rng.pick([page.date!, cnDate(page.date!), `${page.date!} ${time}`])}`
      : when === 'vague' ? `审核时间：${vagueDay(rng, page, time)}`
      : `生成于 ${rng.pick([`${generated} ${generatedTime}`, cnDate(generated)])}`;
    const bold = rng.chance(0.4);
    const text = page.paragraphs.map((p, i) => (i === 0 && bold ? `<p><strong>${esc(p)}</strong></p>` : `<p>${esc(p)}</p>`)).join('\n');
    const card = `<div class="audit-doctor"><div class="audit-label">${rng.pick(['审核医生', '内容审核', '医生审核'])}</div><img class="avatar" src="https://p3-health.byteimg.com/${token(rng, 16)}~tplv-avatar.jpeg" alt="">
<div class="audit-info"><span class="audit-name">${esc(d.name!)}</span><span class="audit-title">${d.title}</span><div class="audit-org">${esc(d.hospital!)}${grade ? ` <em class="grade">${grade}</em>` : ''} ${esc(d.department!)}</div></div></div>`;
    const snippets = rng.chance(0.5);
    // The server's state, URL-encoded as ByteDance pages carry it: the AI text and the reviewer again, and the
    // generation time in ms (not the review day).
    const state = { query: page.question, aiAnswer: { content: page.paragraphs.join('\n'), disclaimer: 'AI生成内容仅供参考', auditDoctor: { name: d.name, title: d.title, hospital: d.hospital, department: d.department }, createTime: Date.parse(`${generated}T${generatedTime}:00+08:00`) }, suggest: followUps(rng, page) };
    const renderData = rng.chance(0.5) ? `\n<script id="RENDER_DATA" type="application/json">${encodeURIComponent(JSON.stringify(state))}</script>` : '';
    const items = page.related.length
      ? `<div class="related-qa"><div class="related-hd">相关问答</div>${page.related.map((r) => `<a class="related-item" href="${urlOf(itemNum(r))}"><div class="rq">${esc(r.question)}</div>${snippets ? `<div class="ra">${esc(r.snippet)}</div>` : ''}</a>`).join('\n')}</div>`
      : '';
    const body = `<div class="search-header"><a class="logo" href="/">头条搜索</a><form class="sbox"><input name="keyword" value="${esc(page.question)}"><button>搜索</button></form></div>
<div class="ai-card" data-log-type="health_ai">
<div class="ai-card-hd"><span class="ai-name">AI健康助手</span><span class="audit-tag">${rng.pick(['医生审核', '已通过医生审核', '✓ 医生审核'])}</span></div>
<h1 class="ai-q">${esc(page.question)}</h1>
<div class="ai-answer">${text}</div>
<div class="ai-tip">${rng.pick(['AI生成内容仅供参考，不构成医疗建议', '以上内容由AI生成，仅供参考，如有不适请及时就医'])}</div>
${card}
<div class="ai-time">${stamp}</div>
<div class="ai-ops"><button class="up">有帮助</button><button class="down">没帮助</button><button class="regen">重新生成</button><button class="copy">复制</button><button class="share">分享</button></div>
<div class="guess"><div class="guess-hd">猜你想问</div>${followUps(rng, page).map((q) => `<span class="chip">${esc(q)}</span>`).join('')}</div>
</div>
${items}
<div class="footer">© ${page.date!.slice(0, 4)} 头条搜索 · 健康信息由合作医疗机构提供</div>${renderData}`;
    const html = documentOf(`${page.question} - 头条搜索`, null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: grade },
        date: when === 'full' ? page.date : null,
        format: 'unknown',
        related: snippets ? snippetItems(page, urlOf) : linkItems(page, urlOf),
      }),
    };
  },
};

// --- F2. iflyhealth-xiaoyi-chat ---

/**
 * F2. 讯飞晓医's AI 家庭医生 chat, shared (xiaoyi.iflyhealth.com/share/chat?sid=…): the user's bubble (the question; the
 * asker's line in a second bubble on half), 晓医's bubble of AI text tagged `AI生成` with 重新生成 and thumbs, then a
 * `医生已复核` block: the doctor's card (name, title, `department · hospital`, grade on 25%), a verdict (`AI回复基本准确` …)
 * on 60%, `医生补充：` and the doctor's own paragraphs, `复核于` a full day (65%) or a yearless or relative one; 猜你想问;
 * on 40% a `更多健康问答` link list. Key: the doctor's words the answer, not the AI's, nor the verdict.
 */
const iflyhealthXiaoyiChat: Family = {
  name: 'iflyhealth-xiaoyi-chat',
  split: 'fresh-64',
  site: 'xiaoyi.iflyhealth.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://xiaoyi.iflyhealth.com/qa/${n}`;
    const grade = rng.chance(0.25) ? d.hospital_grade : null;
    const time = hm(rng);
    const full = rng.chance(0.65);
    const stamp = full ? rng.pick([`${page.date!} ${time}`, cnDate(page.date!), page.date!.replace(/-/g, '/')]) : vagueDay(rng, page, time);
    const bubble = (who: 'user' | 'ai', html: string) => `<div class="msg msg-${who}"><div class="msg-avatar ${who}"></div><div class="msg-bubble">${html}</div></div>`;
    const ai = aiText(rng, page).map((p) => `<p>${esc(p)}</p>`).join('');
    const verdict = rng.chance(0.6) ? `<div class="rv-verdict"><i class="ic-check"></i>${rng.pick(['AI回复基本准确', 'AI回复准确', 'AI回复需补充'])}</div>` : '';
    const more = rng.chance(0.4) && page.related.length > 0;
    const body = `<div class="share-top"><img src="/static/logo.png" alt="讯飞晓医"><span>讯飞晓医 · AI家庭医生</span><a class="open-app" href="https://xiaoyi.iflyhealth.com/download">打开APP</a></div>
<div class="chat">
${bubble('user', esc(page.question))}
${rng.chance(0.5) ? bubble('user', esc(rng.pick(ASKER_LINES))) : ''}
${bubble('ai', `<span class="ai-tag">AI生成</span>${ai}<div class="msg-ops"><span>重新生成</span><span>👍</span><span>👎</span></div>`)}
<div class="doctor-review">
<div class="rv-head">${rng.pick(['医生已复核', '专业医生复核', '已由医生复核'])}</div>
<div class="rv-doctor"><img class="rv-avatar" src="/avatar/${token(rng, 10)}.jpg" alt=""><div><p class="rv-name">${esc(d.name!)} <span>${d.title}</span></p><p class="rv-org">${esc(d.department!)} · ${esc(d.hospital!)}${grade ? `<span class="tag">${grade}</span>` : ''}</p></div></div>
${verdict}
<div class="rv-add"><div class="rv-add-hd">医生补充：</div>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="rv-time">复核于 ${stamp}</div>
</div>
</div>
<div class="guess"><p>猜你想问</p>${followUps(rng, page).map((q) => `<div class="guess-item">${esc(q)}</div>`).join('')}</div>
<div class="notice">本对话中AI生成内容仅供参考，不能替代医生面诊。</div>
${more ? `<div class="more-qa"><h3>更多健康问答</h3>${page.related.map((r) => `<a href="${urlOf(itemNum(r))}">${esc(r.question)}</a>`).join('\n')}</div>` : ''}`;
    const html = documentOf(`晓医 · ${ask(page)}`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, date: full ? page.date : null, format: 'unknown', related: more ? linkItems(page, urlOf) : [] }),
    };
  },
};

// --- F3. ddky-ai-wenzhen ---

/**
 * F3. 叮当快药's AI 问诊 小结, signed by the doctor who took over (h5.ddky.com/wz/summary/{id}): `问诊小结`, 问诊单号, a
 * `图文问诊` badge on 60%, the patient (`王** 女 34岁`), 咨询问题 (the question), an `AI问诊摘要` of the patient's words
 * (现病史 / 既往史 / 过敏史, `由AI根据对话整理`), an `AI初步建议` box on 60%, `医生建议` (the doctor's paragraphs; under
 * 病情分析： / 处理建议： heads on 35%), a 推荐用药 card with a price on 40%, the signature block (接诊医生 name title,
 * `hospital department`, grade on 30%, an e-signature picture, `签名时间` full 80% or yearless), `问诊时间` 1–2 days
 * before; 相似问诊 links on half. Key: 医生建议 the answer (heads as paragraphs), 签名时间 the date, format text where
 * the badge shows.
 */
const ddkyAiWenzhen: Family = {
  name: 'ddky-ai-wenzhen',
  split: 'fresh-64',
  site: 'h5.ddky.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://h5.ddky.com/wz/summary/${n}`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const badge = rng.chance(0.6);
    const heads = rng.chance(0.35);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '处理建议：') : page.paragraphs;
    const time = hm(rng);
    const full = rng.chance(0.8);
    const signed = full ? rng.pick([`${page.date!} ${time}`, `${page.date!} ${time}:${String(rng.int(10, 59))}`, cnDate(page.date!)]) : `${page.date!.slice(5)} ${time}`;
    const started = `${shift(page.date!, -rng.int(1, 2))} ${hm(rng)}`;
    const row = (k: string, v: string) => `<div class="sum-row"><span class="sum-k">${k}</span><span class="sum-v">${v}</span></div>`;
    const similar = rng.chance(0.5) && page.related.length > 0;
    const body = `<div class="nav-bar"><span class="back"></span><span class="nav-title">问诊小结</span></div>
<div class="wz-head"><span class="wz-no">问诊单号：DD${page.date!.replace(/-/g, '')}${rng.int(100000, 999999)}</span>${badge ? `<span class="wz-type">图文问诊</span>` : ''}</div>
<div class="sum-card">${row('患者', `${rng.pick(['王', '李', '张', '刘'])}** ${rng.pick(['男', '女'])} ${rng.int(3, 78)}岁`)}${row('咨询问题', esc(page.question))}${row('问诊时间', started)}</div>
<div class="sum-card ai-sum"><h3>AI问诊摘要<small>由AI根据对话整理</small></h3>${row('现病史', `${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}`)}${row('既往史', rng.pick(['否认慢性病史', '高血压病史3年', '无']))}${row('过敏史', rng.pick(['无', '青霉素过敏', '否认']))}</div>
${rng.chance(0.6) ? `<div class="sum-card ai-advice"><h3>AI初步建议</h3>${aiText(rng, page).map((p) => `<p>${esc(p)}</p>`).join('')}<p class="ai-note">AI建议仅供参考，以医生意见为准</p></div>` : ''}
<div class="sum-card doc-advice"><h3>医生建议</h3>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${rng.chance(0.4) ? `<div class="sum-card drug"><h3>推荐用药</h3><div class="drug-item"><span class="drug-name">${rng.pick(['布洛芬缓释胶囊 0.3g*20粒', '蒙脱石散 3g*10袋', '氯雷他定片 10mg*6片'])}</span><span class="price">¥${rng.int(9, 49)}.${rng.int(0, 9)}0</span><a class="buy">去购买</a></div></div>` : ''}
<div class="sign-block"><p>接诊医生：<b>${esc(d.name!)}</b> ${d.title}</p><p>${esc(d.hospital!)}${grade ? `（${grade}）` : ''} ${esc(d.department!)}</p><img class="e-sign" src="/sign/${token(rng, 12)}.png" alt="医生电子签名"><p class="sign-time">签名时间：${signed}</p></div>
<div class="tips">本小结由AI辅助生成，经接诊医生审核签名。线上问诊不能代替线下面诊。</div>
${similar ? `<div class="similar"><h3>相似问诊</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a></li>`).join('')}</ul></div>` : ''}`;
    const html = documentOf('问诊小结 - 叮当快药', null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, paragraphs, date: full ? page.date : null, format: badge ? 'text' : 'unknown', related: similar ? linkItems(page, urlOf) : [] }),
    };
  },
};

// --- F4. hospital-znkf-faq ---

/**
 * F4. A hospital's 智能客服 常见问题 page (www.hdsrmyy.org.cn/znkf/faq/{id}.html): the hospital's masthead (its name, its
 * grade badge on 40%), nav, crumbs 首页 > 智能客服 > 常见问题; `Q` the question, `A` the answer's `<p>`s (the old
 * template, 40%: a 问： / 答： table, the answer one cell of `<br>` lines); `审核专家：name（department title）` or `本条答复经本院department name title审核`; `审核日期：` on 65% and an
 * `更新时间：` a few days later on every page; `以上内容由智能客服生成，经本院专家审核` notice; 这条回答对您有帮助吗 是/否,
 * 转人工; 常见问题 links. GBK on 25%. Key: the reviewed text the answer, the 审核专家 the doctor, the hospital the
 * masthead's; date the 审核日期, null where only 更新时间 shows.
 */
const hospitalZnkfFaq: Family = {
  name: 'hospital-znkf-faq',
  split: 'fresh-64',
  site: 'www.hdsrmyy.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.hdsrmyy.org.cn/znkf/faq/${n}.html`;
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const audited = rng.chance(0.65);
    const gbk = rng.chance(0.25);
    const reviewer = rng.chance(0.5)
      ? `审核专家：${esc(d.name!)}（${esc(d.department!)} ${d.title}）`
      : `本条答复经本院${esc(d.department!)}${esc(d.name!)}${d.title}审核`;
    const updated = shift(page.date!, rng.int(3, 60));
    // The old template (40%): a two-column table, the answer one cell of `<br>` lines; the new one blocks and `<p>`s.
    const qa = rng.chance(0.4)
      ? `<table class="faqtab" width="100%" cellspacing="0"><tr><td class="wt" width="60">问：</td><td class="wq"><b>${esc(page.question)}</b></td></tr>
<tr><td class="wt" valign="top">答：</td><td class="wa">${page.paragraphs.map(esc).join('<br>\n')}</td></tr></table>`
      : `<div class="faq-q"><i>Q</i><h2>${esc(page.question)}</h2></div>
<div class="faq-a"><i>A</i><div class="faq-a-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div></div>`;
    const body = `<div class="top"><div class="w1200"><div class="logo"><span class="hname">${esc(d.hospital!)}</span>${grade ? `<span class="hgrade">${grade}</span>` : ''}</div><div class="tel">预约电话：${rng.int(1000, 9999)}-${rng.int(1000000, 9999999)}</div></div></div>
<div class="menu"><a href="/">首页</a><a href="/yygk/">医院概况</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/jzzn/">就诊指南</a><a href="/znkf/">智能客服</a></div>
<div class="w1200 wz">当前位置：<a href="/">首页</a> &gt; <a href="/znkf/">智能客服</a> &gt; <a href="/znkf/faq/">常见问题</a></div>
<div class="w1200 faq-detail">
${qa}
<div class="faq-audit"><p>${reviewer}</p>${audited ? `<p>审核日期：${rng.pick([page.date!, cnDate(page.date!)])}</p>` : ''}<p class="upd">更新时间：${updated}</p></div>
<div class="faq-note">${rng.pick(['以上内容由智能客服生成，经本院专家审核，仅供参考。', '本答复由智能客服提供并经专家审核，具体诊疗请以医生面诊为准。'])}</div>
<div class="faq-fb">这条回答对您有帮助吗？<a class="yes">是</a><a class="no">否</a><a class="rg" href="/znkf/chat">转人工</a></div>
</div>
${page.related.length ? `<div class="w1200 faq-list"><div class="tt">常见问题</div><ul>${page.related.map((r) => `<li><a href="/znkf/faq/${itemNum(r)}.html" title="${esc(r.question)}">${esc(r.question)}</a></li>`).join('\n')}</ul></div>` : ''}
<div class="foot">版权所有：${esc(d.hospital!)}　地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}人民路${rng.int(1, 300)}号</div>`;
    const charset = gbk ? 'gbk-meta' : 'utf-8';
    const canonical = rng.chance(0.5) ? urlOf(page.item.num) : null;
    const html = documentOf(`${page.question}_常见问题_${d.hospital}`, canonical, '', body, charsetMeta(charset));
    // Without its canonical link the page names no address of its own (every link root-relative): an item's link stays as written.
    const itemUrl = canonical ? urlOf : (n: number) => `/znkf/faq/${n}.html`;
    const doctor: TruthDoctor = { ...d, hospital_grade: grade };
    return {
      body: encode(html, charset),
      expected: expectedOf(page, { doctor, date: audited ? page.date : null, format: 'unknown', related: linkItems(page, itemUrl) }),
    };
  },
};

// --- F5. ngari-consult-record ---

/**
 * F5. 纳里健康's consultation record (www.ngarihealth.com/consult/record/{id}): the doctor's card on top (name, title,
 * `hospital · department`, grade tag on 30%), the service (`图文咨询` on 70%, else `在线复诊`); the patient's bubble (the
 * question, a line of their own) stamped 0–2 days before; an `AI预问诊小结` (主诉 / 现病史 / 既往史 / 过敏史, `以上内容由AI
 * 预问诊助手整理，仅供医生参考`); system lines `医生已接诊`; the doctor's paragraphs each a bubble, a patient's `好的，谢谢医生`
 * between two of them on 30%, the day stamp over the doctor's first bubble full (65%) or yearless; `问诊已结束`, a 评价 row;
 * 同科室问答 links on half. Key: the doctor's bubbles the answer, the stamp over the first the date, 图文咨询 text.
 */
const ngariConsultRecord: Family = {
  name: 'ngari-consult-record',
  split: 'fresh-64',
  site: 'www.ngarihealth.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.ngarihealth.com/consult/record/${n}`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const tuwen = rng.chance(0.7);
    const time = hm(rng);
    const full = rng.chance(0.65);
    const askedIso = shift(page.date!, -rng.int(0, 2));
    const askedStamp = `${askedIso} ${hm(rng)}`;
    const replyStamp = full ? rng.pick([`${page.date!} ${time}`, `${cnDate(page.date!)} ${time}`]) : `${page.date!.slice(5)} ${time}`;
    const between = page.paragraphs.length > 1 && rng.chance(0.3) ? rng.int(1, page.paragraphs.length - 1) : -1;
    const doctorBubbles = page.paragraphs.map((p, i) =>
      `${i === between ? `<div class="msg patient"><div class="bubble">${rng.pick(['好的，谢谢医生', '明白了，那需要吃药吗？', '嗯嗯'])}</div></div>\n` : ''}<div class="msg doctor"><img class="av" src="/img/doc/${token(rng, 8)}.jpg" alt=""><div class="bubble">${esc(p)}</div></div>`,
    );
    const pre = `<div class="pre-consult"><div class="pc-hd">AI预问诊小结</div><dl><dt>主诉</dt><dd>${esc(ask(page))}</dd><dt>现病史</dt><dd>${esc(rng.pick(ASKER_LINES))}</dd><dt>既往史</dt><dd>${rng.pick(['无特殊', '糖尿病史5年', '否认'])}</dd><dt>过敏史</dt><dd>${rng.pick(['无', '否认药物过敏'])}</dd></dl><p class="pc-note">以上内容由AI预问诊助手整理，仅供医生参考</p></div>`;
    const listed = rng.chance(0.5) && page.related.length > 0;
    const body = `<div class="header"><a class="logo" href="/">纳里健康</a><span class="sub">互联网医院</span></div>
<div class="doc-card"><img src="/img/doc/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><div class="doc-info"><div class="doc-name">${esc(d.name!)}<span class="doc-title">${d.title}</span></div><div class="doc-org">${esc(d.hospital!)} · ${esc(d.department!)}${grade ? `<i class="lv">${grade}</i>` : ''}</div></div><div class="svc">${tuwen ? '图文咨询' : '在线复诊'}</div></div>
<div class="record">
<div class="stamp">${askedStamp}</div>
<div class="msg patient"><div class="bubble">${esc(page.question)}<br>${esc(rng.pick(ASKER_LINES))}</div></div>
${pre}
<div class="sys">医生已接诊</div>
<div class="stamp">${replyStamp}</div>
${doctorBubbles.join('\n')}
<div class="sys">问诊已结束</div>
</div>
<div class="rate">患者评价：${'★'.repeat(rng.int(4, 5))} ${rng.pick(['回复及时', '非常专业', '解答很耐心'])}</div>
${listed ? `<div class="same-dept"><h4>同科室问答</h4>${page.related.map((r) => `<p><a href="/consult/record/${itemNum(r)}">${esc(r.question)}</a></p>`).join('')}</div>` : ''}
<div class="ft">纳里健康 · 线上咨询不能代替线下诊疗</div>`;
    const html = documentOf(`${d.name}医生的咨询记录 - 纳里健康`, null, '', body);
    // The record names no address of its own (no canonical, no og:url; every link root-relative): an item's link stays as written.
    const itemUrl = (n: number) => `/consult/record/${n}`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, date: full ? page.date : null, format: tuwen ? 'text' : 'unknown', related: listed ? linkItems(page, itemUrl) : [] }),
    };
  },
};

// --- F6. zhihu-ai-suolan ---

/**
 * F6. A 知乎 answer page of 2026 (www.zhihu.com/question/{q}/answer/{a}; not fresh-28's zhihu-headline): the
 * `QuestionHeader-title`, the asker's detail on 40%, an `AI 速览` box above the answers (`内容由AI生成` notice, 2–3
 * bullets, the first the answer's opening sentence), then the doctor's answer: AuthorInfo (name, a 认证 headline
 * `hospital department title`, grade on 20%), RichContent `<p>`s, `发布于 2026-05-06 14:22 · IP 属地…` (full 80%, else
 * 昨天 / yearless), 赞同 / 评论 / 收藏, a `内容包含医疗建议，仅供参考` tag; 相关问题 in the side column (`N 个回答`); the
 * m. template on 35% (another tree, `AI 速览 · 由知乎直答生成`, the date line after the actions). Key: the doctor's answer, not the AI 速览; date the 发布于 day.
 */
const zhihuAiSuolan: Family = {
  name: 'zhihu-ai-suolan',
  split: 'fresh-64',
  site: 'www.zhihu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.zhihu.com/question/${n}`;
    const grade = rng.chance(0.2) ? d.hospital_grade : null;
    const time = hm(rng);
    const full = rng.chance(0.8);
    const posted = full ? `${page.date!} ${time}` : rng.pick([`昨天 ${time}`, `${page.date!.slice(5)} ${time}`]);
    const opening = page.paragraphs[0]!.split(/(?<=[。！？])/u)[0]!;
    const bullets = [opening, ...rng.shuffle(AI_LINES.slice(1)).slice(0, rng.int(1, 2))];
    const qid = page.item.num;
    const mobile = rng.chance(0.35);
    const ip = rng.chance(0.7) ? ` · IP 属地${rng.pick(['北京', '上海', '广东', '浙江', '四川'])}` : '';
    // The m. template: another tree and class names, the AI box titled 知乎直答, the date line after the actions.
    const mobileBody = `<div class="MobileAppHeader"><a href="/">知乎</a><a class="OpenInAppButton">打开App</a></div>
<div class="QuestionHeader-mobile"><h1 class="QuestionHeader-title">${esc(page.question)}</h1><div class="QuestionHeader-meta">${rng.int(2, 60)} 个回答 · ${rng.int(1000, 99999)} 浏览</div></div>
<section class="AIOverview"><header>AI 速览 <span>· 由知乎直答生成</span></header>${bullets.map((b) => `<p>${esc(b)}</p>`).join('')}<footer>内容由AI生成，请注意甄别</footer></section>
<div class="AnswerCard"><div class="AuthorInfo-head"><img class="Avatar" src="https://picx.zhimg.com/${token(rng, 12)}_s.jpg" alt=""><div><span class="AuthorInfo-name">${esc(d.name!)}</span><p class="AuthorInfo-detail">${esc(d.hospital!)}${grade ? ` ${grade}` : ''} ${esc(d.department!)} ${d.title}</p></div><button class="FollowButton">+ 关注</button></div>
<div class="RichContent-inner">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="ContentItem-actions"><span>赞同 ${rng.int(1, 3000)}</span><span>评论 ${rng.int(0, 90)}</span></div>
<div class="ContentItem-time">发布于 ${posted}${ip}</div></div>
${page.related.length ? `<div class="RelatedQuestions"><h2>相关问题</h2>${page.related.map((r) => `<a class="RelatedQuestions-item" href="https://www.zhihu.com/question/${itemNum(r)}">${esc(r.question)}<span>${rng.int(1, 80)} 个回答</span></a>`).join('')}</div>` : ''}`;
    const body = `<header class="AppHeader"><a class="AppHeader-logo" href="/">知乎</a><input class="SearchBar-input" placeholder="搜索你感兴趣的内容…"></header>
<div class="QuestionHeader"><h1 class="QuestionHeader-title">${esc(page.question)}</h1>${rng.chance(0.4) ? `<div class="QuestionRichText"><span>${esc(rng.pick(ASKER_LINES))}</span></div>` : ''}<div class="QuestionFollowStatus">关注者 ${rng.int(3, 900)} · 被浏览 ${rng.int(1000, 99999)}</div></div>
<div class="Question-main"><div class="ListShortcut">
<div class="AISummaryCard"><div class="AISummaryCard-title">AI 速览</div><div class="AISummaryCard-tip">内容由AI生成，仅供参考</div><ul>${bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul><button class="Button">查看全部回答</button></div>
<div class="List-item"><div class="ContentItem AnswerItem" data-zop='{"authorName":"${esc(d.name!)}","itemId":${qid + 7}}'>
<div class="AuthorInfo"><img class="Avatar" src="https://picx.zhimg.com/${token(rng, 12)}_l.jpg" alt=""><div class="AuthorInfo-content"><div class="AuthorInfo-name"><a class="UserLink-link" href="/people/${token(rng, 10)}">${esc(d.name!)}</a><span class="VerifiedBadge" title="已认证的机构与个人"></span></div><div class="AuthorInfo-badgeText">${esc(d.hospital!)}${grade ? ` ${grade}` : ''} ${esc(d.department!)} ${d.title}</div></div></div>
<div class="RichContent"><span class="RichText ztext CopyrightRichText-richText">${page.paragraphs.map((p) => `<p data-pid="${token(rng, 8)}">${esc(p)}</p>`).join('')}</span>
<div class="ContentItem-time"><span>发布于 ${posted}</span>${ip ? `<span class="ip">${ip}</span>` : ''}</div>
<div class="MedicalTag">内容包含医疗建议，仅供参考</div>
<div class="ContentItem-actions"><button class="VoteButton">赞同 ${rng.int(1, 3000)}</button><button>${rng.int(0, 90)} 条评论</button><button>收藏</button><button>喜欢</button></div></div>
</div></div></div>
${page.related.length ? `<div class="Question-sideColumn"><div class="Card SimilarQuestions"><div class="Card-header">相关问题</div>${page.related.map((r) => `<div class="SimilarQuestions-item"><a class="Link" href="/question/${itemNum(r)}">${esc(r.question)}</a> <span>${rng.int(1, 80)} 个回答</span></div>`).join('')}</div></div>` : ''}
</div>`;
    const html = documentOf(`${page.question} - 知乎`, urlOf(qid), '<meta itemprop="name" content="知乎">\n', mobile ? mobileBody : body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, date: full ? page.date : null, format: 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

export const FRESH64_FAMILIES: readonly Family[] = [toutiaoSearchHealthAi, iflyhealthXiaoyiChat, ddkyAiWenzhen, hospitalZnkfFaq, ngariConsultRecord, zhihuAiSuolan];
