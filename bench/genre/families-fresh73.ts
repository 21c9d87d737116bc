import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, cnDate, documentOf, hm, itemNum, otherName, personName, shift, token, withHeads, cityOf, cutSnippet, headedHtml, itemsOf, paras } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap, type Encoding } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Seventy-third fresh held-out set (split `fresh-73`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, an
 * eighth set**: six Chinese sites where doctors answer health questions on question pages of their own, none of the
 * sites earlier splits model: 久久健康网 问答 (an old GBK template, several answers, one 最佳答案, unclosed tags), 名医汇's
 * 问诊 record (a chat of bubbles, a 追问 round, 图文 / 电话 / 视频问诊 tags), 小荷健康's 医生回答 (a video and its 文字版,
 * 发布 / 更新 days, a reviewer), 大众养生网 问答 (an SEO site: a 审核 line, relative days, snippets cut with `...`), 人民好医生
 * 问答 (a 责任编辑 and a 来源 line, `2023年05月06日` days) and 育学园's 医生回答 share page (a paediatric app: voice answers,
 * yearless and relative days, the other answers behind the app). Modelled from memory of those pages (no copied markup);
 * the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the one marked 最佳答案 / 满意答案 wherever it stands (fresh-48, fresh-72), else the
 *   first doctor's; a 热心网友's answer is never the page's, also where it stands first; the others' cards, texts and
 *   days none of the entry;
 * - **a 追问 round is none of the answer and dates nothing**: in a 问诊 chat the doctor's bubbles before the asker's first
 *   追问 are the answer (one paragraph a bubble), the later ones answer another question (fresh-11, fresh-44, fresh-72);
 * - section heads on a line of their own (`病情分析：` / `指导意见：`) are paragraphs of the answer (fresh-49); a label over a
 *   transcript (`视频文字版`, `文字稿`, `语音转文字`), a call's `问诊小结` / `医生小结` head and an answer head (`医生回答`) are no
 *   text of it; for a call (`电话问诊`, `视频问诊`) the doctor's 小结 is the answer (fresh-32's phone-summary);
 * - **the date the page's answer's day** (`回答时间`, `发布于`, the chat's divider over the doctor's first bubble); `N天前`,
 *   `N小时前` and a day without its year (`05-06`) name none (null); a `更新于` day only where no other day is printed (the
 *   README's rule); the asker's day, a 追问's, a review's (患者评价) and the other answers' date nothing;
 * - **who reviewed or edited is none of the card**: `审核医生：` / `内容审核：` lines, `责任编辑：`, a 推荐医生 sidebar; the
 *   grade only where printed beside the hospital; a card that prints only the app's badge (`育学园签约医生`) names no
 *   hospital (null); follower counts, 问诊量, 好评率 none of the card;
 * - format: video / voice where the answer's player shows (a video with its length, a voice bar), or where a 问诊 tag
 *   names it (`电话问诊` voice, as fresh-32's phone-summary, `视频问诊` video, `图文问诊` text); else unknown;
 * - items: a snippet as printed, cut with `...` or `…` kept; an item showing only its question (with a doctor's line,
 *   a count or a video's length) a link (`[]`); dated only where the list prints the day; links as written where the
 *   page names no address of its own, else resolved against the canonical or og:url; article lists, videos of the
 *   sidebar and ads no items.
 */

type Related = TruthPage['related'][number];
type Doc = { name: string; title: string; hospital: string; department: string };

const otherDoc = (rng: Rng, page: TruthPage): Doc => ({
  name: personName(rng, page.doctor.name!),
  title: rng.pick(FEW_TITLES),
  hospital: `${cityOf(page)}市${rng.pick(['人民医院', '中心医院', '第二人民医院', '中医院'])}`,
  department: rng.pick(['内科', '外科', '儿科', '妇产科', '皮肤科']),
});
const OTHER_TEXTS = [
  ['你好，这种情况考虑和饮食作息有关。', '建议清淡饮食，规律作息，必要时到医院检查。'],
  ['根据描述，目前不能明确诊断。', '建议到正规医院相关科室面诊，做进一步检查。'],
] as const;
const FOLLOW_UPS = ['医生，那需要吃药吗？', '请问多久复查一次？', '平时饮食要注意什么？'];
const FOLLOW_REPLIES = ['暂时不用吃药，先观察一周。', '建议一个月后复查。', '少吃辛辣油腻，多喝水。'];

// --- F1. jiu9939-ask-gbk ---

/**
 * F1. 久久健康网 问答 (ask.9939.com/id/{id}), the old template in GBK (`<meta charset="gbk">` 50%, gb2312 by http-equiv 35%,
 * undeclared 15%): `当前位置：久久健康网 > 健康问答 > {科室}`; `<h1>`; the asker's four fields (患者信息, 病情描述, 曾经的治疗, 想得到怎样的
 * 帮助) in `<p>`s left unclosed, 提问时间; `共N条回答`: a 热心网友's reply first on 30%, 1–3 doctors' (card: name link, title, `医院：`
 * with its grade on 30%, `科室：`; heads 病情分析： / 指导意见： on 60%; `回答时间：` day and time; `有用(N)`), one marked `最佳答案` /
 * `满意答案` on half the pages with two or more doctors (anywhere); a 推荐医生 sidebar; 相关问题 (`<li>` unclosed: question, snippet cut
 * at 30 with `...` on half, `[day]` on half), canonical on 30%.
 */
const jiu9939AskGbk: Family = {
  name: 'jiu9939-ask-gbk',
  split: 'fresh-73',
  site: 'ask.9939.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc: Encoding = rng.weighted([['gbk-meta', 10], ['gb2312-http-equiv', 7], ['gbk-undeclared', 3]] as const);
    const graded = rng.chance(0.3);
    const headed = rng.chance(0.6);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const n = rng.int(1, 3);
    const best = n > 1 && rng.chance(0.5);
    const at = best ? rng.int(0, n - 1) : 0;
    const block = (doc: Doc, grade: string | null, html: string, day: string, mark: boolean) =>
      `<div class="answer_box${mark ? ' best_answer' : ''}">${mark ? `<div class="best_tit"><img src="/images/best.gif" alt="${rng.pick(['最佳答案', '满意答案'])}">${rng.pick(['最佳答案', '满意答案'])}</div>` : ''}<div class="doc_msg"><a href="https://www.9939.com/doctor/${rng.int(10000, 999999)}/" class="doc_name">${esc(doc.name)}</a> <span>${doc.title}</span><p>医院：${esc(doc.hospital)}${grade ? ` <em>${grade}</em>` : ''}　科室：${esc(doc.department)}</p></div><div class="answer_txt">${html}</div><div class="answer_time">回答时间：${day} <a href="javascript:;">有用(${rng.int(0, 60)})</a></div></div>`;
    const mine = block({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, graded ? d.hospital_grade : null, headed ? headedHtml(rng, paragraphs, heads) : paras(paragraphs), `${page.date} ${page.time}`, best);
    const answers = Array.from({ length: n }, (_, i) => {
      if (i === at) return mine;
      const text = rng.pick(OTHER_TEXTS);
      return block(otherDoc(rng, page), null, headed ? headedHtml(rng, withHeads(text, heads[0], heads[1]), heads) : paras(text), `${shift(page.date!, rng.int(-1, 4))} ${hm(rng)}`, false);
    });
    if (rng.chance(0.3)) answers.unshift(`<div class="answer_box"><div class="doc_msg"><span class="doc_name">热心网友</span></div><div class="answer_txt"><p>${rng.pick(['我也有过这种情况，多休息就好了。', '建议去医院看看，别拖着。'])}</p></div><div class="answer_time">回答时间：${page.date} ${hm(rng)}</div></div>`);
    const cut = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const own = rng.chance(0.3) ? `https://ask.9939.com/id/${page.item.num}` : null;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `/id/${itemNum(r)}`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 30, 32, '...') : r.snippet);
    const list = related.length
      ? `<div class="xgwt"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? `<span>[${r.date}]</span>` : ''}<p>${esc(printed(r))}</p>`).join('\n')}</ul></div>`
      : '';
    const sidebar = `<div class="tjys"><h3>推荐医生</h3>${Array.from({ length: 3 }, () => { const o = otherDoc(rng, page); return `<dl><dt><a href="/doctor/">${esc(o.name)}</a></dt><dd>${o.title} ${esc(o.hospital)}</dd></dl>`; }).join('')}</div>`;
    const body = `<div class="top"><a href="https://www.9939.com/">久久健康网</a> | <a href="/">健康问答</a> | <a href="https://jb.9939.com/">疾病</a> | <a href="/ask/">我要提问</a></div>
<div class="dqwz">当前位置：<a href="https://www.9939.com/">久久健康网</a> &gt; <a href="/">健康问答</a> &gt; <a href="/ks/">${esc(d.department!)}</a></div>
<table width="980" align="center"><tr><td valign="top">
<div class="wt_box"><h1>${esc(page.question)}</h1>
<p>患者信息：${rng.pick(['女', '男'])} ${rng.int(2, 75)}岁
<p>病情描述（发病时间、主要症状等）：${esc(rng.pick(ASKER_LINES))}
<p>曾经的治疗情况和效果：无
<p>想得到怎样的帮助：${rng.pick(['请问该怎么治疗？', '需要注意什么？'])}
<p class="tw_time">提问时间：${shift(page.date!, -rng.int(1, 2))} ${hm(rng)}</p></div>
<div class="answer_list"><div class="hd">共${answers.length}条回答</div>${answers.join('\n')}</div>
<p>${rng.pick(DISCLAIMERS)}</p>
${list}
</td><td width="260" valign="top">${sidebar}</td></tr></table>
<div class="foot">Copyright &copy; 2000-2026 9939.com All Rights Reserved 久久健康网</div>`;
    const html = documentOf(`${page.question}_久久问医生`, own, '', body, charsetMeta(enc));
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, paragraphs, format: 'unknown', related: itemsOf(related, href, own, printed, dated) }),
    };
  },
};

// --- F2. mingyihui-wenzhen ---

/**
 * F2. 名医汇 问诊 record (www.mingyihui.net/wenzhen/{id}.html), UTF-8: the 接诊医生 card on top (name, title, hospital with a grade tag on
 * 45%, 科室, `名医汇认证`, `问诊量 N · 好评率 9N%`); a service tag on 70% of pages whose format is known (`图文问诊` text, `电话问诊` voice,
 * `视频问诊` video); `<h1>`, `患者：王** 女 34岁`; a chat: a day-and-time divider, the patient's bubble, a divider (where the reply is a later
 * day) and the doctor's bubbles, one a paragraph; for a call, the call's line (`通话时长 08:12`) and the doctor's `问诊小结` instead; on
 * 40% a 追问 round (the patient's bubble and the doctor's reply, a later time); `本次问诊已结束`; a 患者评价 with a later day; 相关问诊
 * (question, `name title`, the reply's start on 60% of pages, else link items), canonical on half.
 */
const mingyihuiWenzhen: Family = {
  name: 'mingyihui-wenzhen',
  split: 'fresh-73',
  site: 'www.mingyihui.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.45);
    const tagged = page.format !== 'unknown' && rng.chance(0.7);
    const tag = tagged ? { text: '图文问诊', voice: '电话问诊', video: '视频问诊' }[page.format as 'text' | 'voice' | 'video'] : null;
    const call = tag === '电话问诊' || tag === '视频问诊';
    const asked = shift(page.date!, -rng.int(0, 1));
    const divider = (day: string, time: string) => `<div class="msg-time">${day} ${time}</div>`;
    const patient = (text: string) => `<div class="msg msg-patient"><img src="/static/img/patient.png" alt="患者"><div class="bubble">${esc(text)}</div></div>`;
    const doctorMsg = (text: string) => `<div class="msg msg-doctor"><img src="https://img.mingyihui.net/doctor/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><div class="bubble">${esc(text)}</div></div>`;
    const first = [divider(asked, asked === page.date ? `${String(Math.max(7, Number(page.time.slice(0, 2)) - 1)).padStart(2, '0')}:${page.time.slice(3)}` : hm(rng)), patient(rng.pick(ASKER_LINES))];
    const replyDivider = asked === page.date ? '' : divider(page.date!, page.time);
    const reply = call
      ? `${replyDivider}<div class="call-line">${tag === '电话问诊' ? '通话' : '视频'}时长 ${String(rng.int(5, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</div><div class="summary"><h4>${rng.pick(['问诊小结', '医生小结'])}</h4>${paras(page.paragraphs)}</div>`
      : `${replyDivider}${page.paragraphs.map(doctorMsg).join('\n')}`;
    const zhuiwen = rng.chance(0.4) ? `${divider(shift(page.date!, 1), hm(rng))}${patient(`追问：${rng.pick(FOLLOW_UPS)}`)}${doctorMsg(rng.pick(FOLLOW_REPLIES))}` : '';
    const card = `<div class="doc-card"><img src="https://img.mingyihui.net/doctor/${token(rng, 8)}.jpg"><div${cls(rng)}><p><span${cls(rng)}>接诊医生</span> <a href="/doctor_${rng.int(10000, 999999)}.html">${esc(d.name!)}</a> ${d.title} <i>名医汇认证</i></p><p>${esc(d.hospital!)}${graded ? ` <span class="grade">${d.hospital_grade}</span>` : ''} ${esc(d.department!)}</p><p>问诊量 ${rng.int(100, 9000)} · 好评率 9${rng.int(0, 9)}%</p></div><a class="btn" href="/wenzhen/ask/">向TA问诊</a></div>`;
    const snippets = rng.chance(0.6);
    const own = rng.chance(0.5) ? `https://www.mingyihui.net/wenzhen/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenzhen/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related"><h3>${rng.pick(['相关问诊', '相似问诊'])}</h3>${related.map((r) => `<div class="rel-item"><a href="${href(r)}">${esc(r.question)}</a><p class="rel-doc">${otherName(rng)} ${rng.pick(FEW_TITLES)}</p>${snippets ? `<p class="rel-reply">${esc(r.snippet)}</p>` : ''}</div>`).join('\n')}</div>`
      : '';
    const body = `<div class="header"><a href="/">名医汇</a> <a href="/hospital/">找医院</a> <a href="/doctor/">找医生</a> <a href="/wenzhen/">问诊</a> <a href="/app/">下载APP</a></div>
${wrap(rng, card, 1)}
<div class="wz-head">${tag ? `<span class="wz-tag">${tag}</span>` : ''}<h1>${esc(page.question)}</h1><p>患者：${rng.pick(['王', '李', '张', '刘'])}** ${rng.pick(['女', '男'])} ${rng.int(3, 70)}岁</p></div>
<div class="chat">${first.join('\n')}
${reply}
${zhuiwen}
<div class="msg-sys">本次问诊已结束</div></div>
<div class="pingjia">患者评价：<span>${rng.pick(['非常满意', '满意'])}</span> ${rng.pick(['感谢医生耐心解答', '回复及时，很专业'])} <span>${shift(page.date!, rng.int(1, 3))}</span></div>
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>名医汇 ©2026 沪ICP备</div>`;
    const html = documentOf(`${page.question}-名医汇问诊`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: tag ? page.format : 'unknown', related: itemsOf(related, href, own, (r) => (snippets ? r.snippet : null), false) }),
    };
  },
};

// --- F3. xiaohe-yisheng-huida ---

/**
 * F3. 小荷健康 医生回答 (www.xiaohe.cn/medical/answer/{id}), UTF-8: the `打开小荷APP` bar; `<h1>`; the card (avatar, name, title, hospital
 * with a `三甲`-kind tag on half, 科室, `粉丝 N万` and `+ 关注`); on video pages a player on 80% (poster, `01:35`) with the text under
 * `视频文字版` / `文字稿`, on voice pages an audio bar on 60% with the text under `语音转文字`; `发布于 day` (50%), `更新于 day` alone (20%:
 * keyed, no other day printed), or both with a later 更新 (30%: the 发布 day keyed); a `内容审核：name title hospital` line on 40%;
 * `大家还在看` video tiles (poster, length, question, doctor line: link items), og:url on half.
 */
const xiaoheYishengHuida: Family = {
  name: 'xiaohe-yisheng-huida',
  split: 'fresh-73',
  site: 'www.xiaohe.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const graded = rng.chance(0.5);
    const video = page.format === 'video' && rng.chance(0.8);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const len = () => `0${rng.int(0, 4)}:${String(rng.int(5, 59)).padStart(2, '0')}`;
    const text = `<div class="answer-text" ${v}>${paras(page.paragraphs)}</div>`;
    const media = video
      ? `<div class="player" ${v}><img src="https://p3.xiaohe.cn/poster/${token(rng, 12)}.jpeg" ${v}><span class="dur" ${v}>${len()}</span></div><div class="label" ${v}>${rng.pick(['视频文字版', '文字稿'])}</div>${text}`
      : voice
        ? `<div class="audio" ${v}><i ${v}>▶</i><span ${v}>${rng.int(30, 180)}″</span></div><div class="label" ${v}>语音转文字</div>${text}`
        : text;
    const mode = rng.weighted([['pub', 5], ['upd', 2], ['both', 3]] as const);
    const days = mode === 'pub' ? `发布于 ${page.date}` : mode === 'upd' ? `更新于 ${page.date}` : `发布于 ${page.date} · 更新于 ${shift(page.date!, rng.int(30, 400))}`;
    const reviewer = rng.chance(0.4) ? `<p class="review" ${v}>内容审核：${esc(personName(rng, d.name!))} ${rng.pick(['主任医师', '副主任医师'])} ${esc(otherDoc(rng, page).hospital)}</p>` : '';
    const card = `<div class="doctor" ${v}><img class="avatar" src="https://p3.xiaohe.cn/avatar/${token(rng, 10)}.png" ${v}><div ${v}><p ${v}><b ${v}>${esc(d.name!)}</b> <span ${v}>${d.title}</span></p><p ${v}>${esc(d.hospital!)}${graded ? ` <span class="tag" ${v}>${d.hospital_grade}</span>` : ''} <span ${v}>${esc(d.department!)}</span></p><p ${v}>粉丝 ${rng.int(1, 99)}.${rng.int(0, 9)}万</p></div><a class="follow" ${v}>+ 关注</a></div>`;
    const own = rng.chance(0.5) ? `https://www.xiaohe.cn/medical/answer/${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/medical/answer/${itemNum(r)}`;
    const list = related.length
      ? `<div class="more" ${v}><h3 ${v}>${rng.pick(['大家还在看', '相关问题'])}</h3>${related.map((r) => `<a class="tile" href="${href(r)}" ${v}><div class="cover" ${v}><img src="https://p3.xiaohe.cn/poster/${token(rng, 8)}.jpeg" ${v}><span ${v}>${len()}</span></div><p class="t" ${v}>${esc(r.question)}</p><p class="by" ${v}>${otherName(rng)} ${rng.pick(FEW_TITLES)}</p></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="root"><div class="app-bar" ${v}><img src="/static/logo.svg" alt="小荷健康" ${v}> 小荷健康 <a href="https://www.xiaohe.cn/download" ${v}>打开小荷APP</a></div>
<h1 class="q-title" ${v}>${esc(page.question)}</h1>
${rng.chance(0.5) ? `${card}\n${media}` : `${media}\n${card}`}
<p class="time" ${v}>${days}</p>
${reviewer}
<p class="tip" ${v}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div class="footer" ${v}>小荷健康 · 专业医生科普</div></div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 小荷健康`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: video ? 'video' : voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

// --- F4. cndzys-wenda ---

/**
 * F4. 大众养生网 问答 (www.cndzys.com/wenda/{id}.html), UTF-8: crumbs 大众养生网 > 问答 > {科室}; `<h1>`; `提问者：网友` and its day; 1–2
 * answers: the page's doctor (card: name, title, hospital, 科室, `擅长：`; heads 病情分析： / 指导意见： on half; `回答时间：` day (75%),
 * `N天前` (15%) or `N小时前` (10%): null) and on 40% another doctor's after it; a `审核医生：` line under the answer on 30%; an `更多回答
 * 加载中...` placeholder on 30%; ad slots; 热门文章 (articles); 相关问答 (question, snippet cut at 40 with `...` on half — as printed —, undated),
 * canonical on 70%.
 */
const cndzysWenda: Family = {
  name: 'cndzys-wenda',
  split: 'fresh-73',
  site: 'www.cndzys.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const headed = rng.chance(0.5);
    const heads = ['病情分析：', '指导意见：'] as const;
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0], heads[1]) : [...page.paragraphs];
    const mode = rng.weighted([['day', 15], ['days', 3], ['hours', 2]] as const);
    const when = mode === 'day' ? `${page.date}${rng.chance(0.5) ? ` ${page.time}` : ''}` : mode === 'days' ? `${rng.int(2, 29)}天前` : `${rng.int(1, 23)}小时前`;
    const card = (doc: Doc) => `<div class="ys-info"><a href="/yisheng/${rng.int(1000, 99999)}.html"><b>${esc(doc.name)}</b></a> <span>${doc.title}</span><p>${esc(doc.hospital)} ${esc(doc.department)}</p><p class="sc">擅长：${rng.pick(['常见病、多发病的诊治', '慢性病的综合管理', '疑难杂症的诊断与治疗'])}</p></div>`;
    const reviewer = rng.chance(0.3) ? `<p class="shenhe">审核医生：${esc(personName(rng, d.name!))} ${rng.pick(FEW_TITLES)} ${esc(otherDoc(rng, page).hospital)}</p>` : '';
    const mine = `<div class="answer-item"><div class="hd">医生回答</div>${card({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! })}<div class="answer-con">${headed ? headedHtml(rng, paragraphs, heads) : paras(paragraphs)}</div><p class="time">回答时间：${when}</p>${reviewer}</div>`;
    const other = rng.chance(0.4) ? `<div class="answer-item">${card(otherDoc(rng, page))}<div class="answer-con">${paras(rng.pick(OTHER_TEXTS))}</div><p class="time">回答时间：${shift(page.date!, rng.int(1, 20))}</p></div>` : '';
    const ad = () => `<div class="ad"><script>(window.slotbydup=window.slotbydup||[]).push({id:"u${rng.int(1000000, 9999999)}",container:"_${token(rng, 8)}",async:true});</script></div>`;
    const cut = rng.chance(0.5);
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 40, 42, '...') : r.snippet);
    const own = rng.chance(0.7) ? `https://www.cndzys.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a><p>${esc(printed(r))}</p></li>`).join('\n')}</ul></div>` : '';
    const articles = `<div class="rmwz"><h3>热门文章</h3><ul>${['春季养生吃什么好', '失眠的食疗方法', '体检前要注意什么'].map((t) => `<li><img src="/uploads/${token(rng, 6)}.jpg"><a href="/yangsheng/${rng.int(10000, 999999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div${cls(rng)}><a href="/">大众养生网</a> <a href="/yangsheng/">养生</a> <a href="/jibing/">疾病</a> <a href="/wenda/">问答</a></div>
<div class="crumbs"><a href="/">大众养生网</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks/">${esc(d.department!)}</a></div>
<div class="q-box"><h1>${esc(page.question)}</h1><p>提问者：网友 ${shift(page.date!, -rng.int(1, 3))}</p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${ad()}
<div class="answers">${mine}
${other}${rng.chance(0.3) ? '<div class="more-answer" data-load="/api/wenda/more">更多回答 加载中...</div>' : ''}</div>
${ad()}
${rng.chance(0.5) ? `${list}\n${articles}` : `${articles}\n${list}`}
<div${cls(rng)}>大众养生网 版权所有 本站内容仅供参考</div>`;
    const html = documentOf(`${page.question}_大众养生网`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, paragraphs, date: mode === 'day' ? page.date : null, format: 'unknown', related: itemsOf(related, href, own, printed, false) }),
    };
  },
};

// --- F5. rmhys-wenda ---

/**
 * F5. 人民好医生 问答 (www.rmhys.cn/wenda/{id}.html), UTF-8: `人民好医生 · 人民网` masthead; a `权威解答` tag; `<h1>`; the card (name,
 * title, `人民好医生特约专家` badge on half, hospital with its grade after it on 40%, 科室); on video pages a player on 70%, on voice pages an
 * `音频` bar on 60%; the text; a line of `2023年05月06日 14:22` (zero-padded) and `来源：人民好医生`; `责任编辑：name` on 60%; `【免责声明】`;
 * 更多问答 (question, snippet, the day on 60%), root-relative, canonical on half.
 */
const rmhysWenda: Family = {
  name: 'rmhys-wenda',
  split: 'fresh-73',
  site: 'www.rmhys.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.4);
    const video = page.format === 'video' && rng.chance(0.7);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const [y, m, dd] = page.date!.split('-');
    const stamp = `${y}年${m}月${dd}日${rng.chance(0.6) ? ` ${page.time}` : ''}`;
    const media = video
      ? `<div class="video-wrap"><video poster="https://img.rmhys.cn/poster/${token(rng, 10)}.jpg" src="https://v.rmhys.cn/${token(rng, 16)}.mp4" controls></video></div>`
      : voice
        ? `<div class="audio-bar"><span>音频</span> <audio src="https://v.rmhys.cn/${token(rng, 16)}.mp3" controls></audio> <em>${rng.int(1, 4)}分${rng.int(0, 59)}秒</em></div>`
        : '';
    const card = `<div class="expert"><img src="https://img.rmhys.cn/doctor/${token(rng, 8)}.jpg"><div${cls(rng)}><p><b>${esc(d.name!)}</b> ${d.title}${rng.chance(0.5) ? ' <span class="badge">人民好医生特约专家</span>' : ''}</p><p>${esc(d.hospital!)}${graded ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`]) : ''} ${esc(d.department!)}</p></div></div>`;
    const editor = rng.chance(0.6) ? `<p class="editor">责任编辑：${otherName(rng)}</p>` : '';
    const dated = rng.chance(0.6);
    const own = rng.chance(0.5) ? `https://www.rmhys.cn/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="more-qa"><h3>更多问答</h3>${related.map((r) => `<div class="qa-item"><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${dated ? `<span class="date">${r.date}</span>` : ''}</div>`).join('\n')}</div>`
      : '';
    const body = `<div class="masthead"><a href="/"><img src="/images/logo.png" alt="人民好医生"></a> 人民好医生 · 人民网 <a href="/wenda/">问答</a> <a href="/kepu/">科普</a> <a href="/app/">下载客户端</a></div>
<div class="article"><span class="tag">${rng.pick(['权威解答', '专家解答'])}</span><h1>${esc(page.question)}</h1>
<div class="info"><span>${stamp}</span> <span>来源：人民好医生</span></div>
${wrap(rng, card, 1)}
${media}
<div class="content">${paras(page.paragraphs)}</div>
${editor}
<p class="mzsm">【免责声明】本文仅供健康科普，不能替代医生面诊。</p></div>
${list}
<div${cls(rng)}>人民网股份有限公司 版权所有</div>`;
    const html = documentOf(`${page.question}--人民好医生`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, format: video ? 'video' : voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, (r) => r.snippet, dated) }),
    };
  },
};

// --- F6. yuxueyuan-share ---

/**
 * F6. 育学园 医生回答 share page (m.yuxueyuan.cn/share/answer?id=…), a paediatric app's H5, Vue `data-v-*`: the `打开育学园APP` bar; the
 * asker (`宝宝 · 男 · 8个月`); `<h1>`; the card (avatar, name, title, hospital · 科室 on 70%, else only a `育学园签约医生` badge and the 科室:
 * hospital null); no grade; a voice bar (`▶ 58″`, 点击收听) with 语音转文字 on 70% of voice pages, else the text; the day `2023-05-06` (50%),
 * `2023年5月6日` (15%), `05-06` (20%) or `N天前` (15%) — the last two null; `收听 N`; a 追问 and 医生回复 on 30%; `下载APP查看全部N个回答`;
 * 相似问题 as links with `N个回答`, og:url on 40%.
 */
const yuxueyuanShare: Family = {
  name: 'yuxueyuan-share',
  split: 'fresh-73',
  site: 'm.yuxueyuan.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const placed = rng.chance(0.7);
    const voice = page.format === 'voice' && rng.chance(0.7);
    const text = `<div class="text" ${v}>${paras(page.paragraphs)}</div>`;
    const answer = voice ? `<div class="voice" ${v}><i ${v}>▶</i> <span ${v}>${rng.int(20, 59)}″</span> <em ${v}>点击收听</em></div><div class="trans" ${v}><span ${v}>语音转文字</span>${text}</div>` : text;
    const mode = rng.weighted([['iso', 10], ['cn', 3], ['md', 4], ['rel', 3]] as const);
    const day = mode === 'iso' ? page.date! : mode === 'cn' ? cnDate(page.date!) : mode === 'md' ? page.date!.slice(5) : `${rng.int(2, 29)}天前`;
    const where = placed ? `<p ${v}>${esc(d.hospital!)} · ${esc(d.department!)}</p>` : `<p ${v}><span class="badge" ${v}>育学园签约医生</span> ${esc(d.department!)}</p>`;
    const card = `<div class="doctor" ${v}><img src="https://img.yuxueyuan.cn/avatar/${token(rng, 10)}.png" ${v}><div ${v}><p ${v}><b ${v}>${esc(d.name!)}</b> <span ${v}>${d.title}</span></p>${where}</div></div>`;
    const thread = rng.chance(0.3) ? `<div class="zhuiwen" ${v}><p ${v}><b ${v}>追问</b> ${rng.pick(FOLLOW_UPS)}</p><p ${v}><b ${v}>医生回复</b> ${rng.pick(FOLLOW_REPLIES)}</p></div>` : '';
    const own = rng.chance(0.4) ? `https://m.yuxueyuan.cn/share/answer?id=${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/share/question?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="similar" ${v}><h3 ${v}>相似问题</h3>${related.map((r) => `<a href="${href(r)}" class="item" ${v}><p ${v}>${esc(r.question)}</p><span ${v}>${rng.int(1, 30)}个回答</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div id="app"><div class="open-app" ${v}><img src="/static/logo.png" alt="育学园" ${v}> 育学园 · 科学育儿 <a href="https://www.yuxueyuan.cn/download" ${v}>打开育学园APP</a></div>
<div class="question" ${v}><p class="baby" ${v}>宝宝 · ${rng.pick(['男', '女'])} · ${rng.int(1, 11)}个月</p><h1 ${v}>${esc(page.question)}</h1></div>
<div class="answer" ${v}>${card}${answer}<div class="meta" ${v}><span ${v}>${day}</span> <span ${v}>收听 ${rng.int(50, 9000)}</span></div>${thread}</div>
<div class="more" ${v}><a href="https://www.yuxueyuan.cn/download" ${v}>下载APP查看全部${rng.int(2, 9)}个回答</a></div>
${list}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 育学园`, null, head, body);
    const doctor: TruthDoctor = { ...d, hospital: placed ? d.hospital : null, hospital_grade: null };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: mode === 'iso' || mode === 'cn' ? page.date : null, format: voice ? 'voice' : 'unknown', related: itemsOf(related, href, own, () => null, false) }),
    };
  },
};

export const FRESH73_FAMILIES: readonly Family[] = [jiu9939AskGbk, mingyihuiWenzhen, xiaoheYishengHuida, cndzysWenda, rmhysWenda, yuxueyuanShare];
