import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, ask, cardPlain, cnDate, documentOf, otherName, personName, plainKey, relatedWith, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Forty-eighth fresh held-out set (split `fresh-48`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Theme: the real sites of the genre (a fifth set, none of the sites
 * fresh-44 … fresh-47 or the known split model). Each family is modelled from memory (no copied
 * markup) on the question page of one real site, with the class names and wording remembered of it:
 * 360良医's aggregated 问答 page (answers gathered from other sites, each with its 来源), 妙手医生's
 * 问答 page (the doctor's answer, then the asker's 追问 and the doctor's 回复), 京东健康's 问医生 page
 * (an AI 健康助手 summary above the doctor's reply, a 问诊 service card between), 99健康网's old
 * GBK 问答 page (several answers, one marked 最佳答案 by the asker), 医联's mobile 问答 page, and
 * 悟空问答's question page (a general Q&A site: one certified doctor's answer among other authors').
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null. Section heads on a line of their own are paragraphs of the answer (the default
 * splits' convention). The asker's lines (病情描述, 想得到怎样的帮助, sex, age, the day asked) are none of
 * the answer and date nothing. Where a careful person could hesitate, each family's comment (and the
 * README row) says what the key decides.
 */

type Related = TruthPage['related'][number];

const FORMAT_TAG: Record<Format, string> = { voice: '语音', text: '图文', video: '视频', unknown: '' };
const SOURCES = ['寻医问药网', '有问必答网', '快速问医生', '39健康网', '家庭医生在线'];
const docId = (page: TruthPage) => page.item.num % 99_991;
const dayTime = (iso: string, time: string) => `${iso} ${time}`;

// --- F1. so360-liangyi ---

/**
 * F1. 360良医 问答 (ly.so.com / 360良医 aggregated Q&A): a search engine's medical vertical that
 * gathers answers from partner sites. Header `ly-header` (360良医 logo, a search box), crumbs
 * 360良医 > 问答 > {科室}; `q-title` `<h1>`; `q-desc` the asker's words (on 60%); `N个回答`; 1–3
 * `answer-item`s, each a `doc-info` line (name, title, hospital, 科室 — 三甲 tag on 40%), the text, a
 * `source` line `来源：{partner}` with the day (`2023-05-06`), and 有用(N); a 权威认证 note
 * `以下回答来自已认证医生` above the list on half; a 360 ad block (`推广` tag) after the first answer on
 * half; 相关问题 items (`rel-list`: link, snippet, `来源：{partner}` after it on 60%, no day). Key: the
 * page's answer the first (the site lists them as it got them and marks none); the 来源 line is no text
 * of the answer and its day the date; the items' 来源 is none of their snippet; items undated, no format;
 * format unknown; grade where tagged.
 */
const so360Liangyi: Family = {
  name: 'so360-liangyi',
  split: 'fresh-48',
  site: 'ly.so.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const others = rng.int(0, 2);
    const source = rng.pick(SOURCES);
    const grade = gradeShown ? `<span class="tag-level">${d.hospital_grade}</span>` : '';
    const docLine = (name: string, title: string, hospital: string, dept: string, g: string) =>
      `<div class="doc-info"><img class="avatar" src="https://p0.ssl.qhimg.com/t01${token(rng, 12)}.png" alt=""><span class="doc-name">${esc(name)}</span><span class="doc-title">${title}</span><span class="doc-hosp">${esc(hospital)}${g}</span><span class="doc-dept">${esc(dept)}</span></div>`;
    const item = (card: string, text: string, src: string, day: string) =>
      `<div class="answer-item">${card}<div class="answer-cont">${text}</div><div class="answer-ft"><span class="source">来源：${src}</span><span class="time">${day}</span><span class="useful">有用(${rng.int(0, 99)})</span></div></div>`;
    const first = item(docLine(d.name!, d.title!, d.hospital!, d.department!, grade), page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), source, page.date!);
    const rest = Array.from({ length: others }, (_, i) =>
      item(
        docLine(otherName(rng), rng.pick(['主治医师', '副主任医师', '医师']), `${rng.pick(['江州', '临川', '南平'])}市人民医院`, d.department!, ''),
        `<p>${rng.pick(['建议到医院进一步检查，明确病因后对症治疗。', '您好，这种情况多与生活习惯有关，注意休息，清淡饮食。', '可以先观察几天，如症状加重请及时就医。'])}</p>`,
        rng.pick(SOURCES),
        shift(page.date!, i + 1),
      ),
    );
    const ad = rng.chance(0.5) && others > 0
      ? `<div class="ly-ad"><span class="ad-tag">推广</span><a href="https://e.so.com/search/eclk?p=${token(rng, 20)}">${esc(topicWord(page))}怎么治疗好？专家在线解答，立即咨询</a><p>${rng.pick(['江州', '临川'])}专科医院 · 医保定点</p></div>`
      : '';
    const answers = [first, ad, ...rest].filter(Boolean).join('\n');
    const items = page.related.map((r: Related) =>
      `<li><a href="${r.path}" target="_blank">${esc(r.question)}</a><p class="rel-snippet">${esc(r.snippet)}</p>${rng.chance(0.6) ? `<span class="rel-src">来源：${rng.pick(SOURCES)}</span>` : ''}</li>`,
    ).join('\n');
    const related = page.related.length ? `<div class="rel-box"><h3>相关问题</h3><ul class="rel-list">${items}</ul></div>` : '';
    const body = `<div class="ly-header"><a href="https://ly.so.com/" class="logo">360良医</a><form action="https://ly.so.com/s"><input name="q" value="${esc(topicWord(page))}"><button>搜索</button></form></div>
<div class="crumbs"><a href="https://ly.so.com/">360良医</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks/${docId(page) % 40}">${esc(d.department!)}</a></div>
<div class="main">
<div class="q-box"><h1 class="q-title">${esc(page.question)}</h1>${rng.chance(0.6) ? `<p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p>` : ''}</div>
${rng.chance(0.5) ? '<p class="auth-note">以下回答来自已认证医生</p>' : ''}
<div class="answer-hd">${others + 1}个回答</div>
<div class="answer-list">
${answers}
</div>
${related}
</div>
<div class="ly-footer"><p>360良医所提供的信息仅供参考，不能作为诊断及医疗的依据</p><p>&copy;2024 360.CN 奇虎360旗下服务</p></div>`;
    const html = documentOf(`${page.question}_360良医`, page.canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat: false, datedItems: false }),
    };
  },
};

// --- F2. miaoshou-zhuiwen ---

/**
 * F2. 妙手医生 问答 (www.miaoshou.net/question/{id}.html): crumbs 妙手医生 > 问答 > {科室} > 正文; the
 * question `<h1>` under `ques-title`; `ques-info` (男/女 N岁, the day asked); `ques-desc` 病情描述：;
 * the `doc-card` before the answer (name, title, hospital, 科室, 擅长：… on 60%, `帮助过N人`, 向TA提问),
 * the answer `answer-con` (under 病情分析： / 指导意见： on their own lines on half, else plain), `回答时间：`
 * day and time; then on 60% a `zhuiwen` block: 患者追问： a question and 医生回复： a short reply a day
 * later (on 30% a second round); the 免责 line; 相关问答 items (`about-list`: link, snippet, a
 * 图文 / 语音 / 视频 tag, the day). Key: the answer is the doctor's first answer only (the 追问 and its
 * replies none of it, as fresh-44's key settled); its day the date; the 擅长 and 帮助过 lines none of the
 * card; no grade (null); format unknown; items dated, each its tag's format.
 */
const miaoshouZhuiwen: Family = {
  name: 'miaoshou-zhuiwen',
  split: 'fresh-48',
  site: 'www.miaoshou.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const heads = rng.chance(0.5);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const askDay = shift(page.date!, -rng.int(0, 2));
    const card = `<div class="doc-card"><img src="https://img.miaoshou.net/doctor/${docId(page)}.jpg" alt="${esc(d.name!)}"><div class="doc-r"><p><a class="doc-name" href="/doctor/${docId(page)}.html">${esc(d.name!)}</a> <span class="doc-title">${d.title}</span></p><p class="doc-hosp">${esc(d.hospital!)} ${esc(d.department!)}</p>${rng.chance(0.6) ? `<p class="doc-good">擅长：${esc(topicWord(page))}、${rng.pick(['慢性胃炎', '高血压', '失眠', '湿疹'])}等疾病的诊治</p>` : ''}<p class="doc-num">帮助过${rng.int(200, 30000)}人</p><a class="btn-ask" href="/doctor/${docId(page)}.html#ask">向TA提问</a></div></div>`;
    const answer = `<div class="answer-con">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="answer-time">回答时间：${dayTime(page.date!, page.time)}</div>`;
    const rounds = rng.chance(0.6) ? (rng.chance(0.3) ? 2 : 1) : 0;
    const zhuiwen = rounds
      ? `<div class="zhuiwen">${Array.from({ length: rounds }, (_, i) =>
          `<div class="zw-item"><p class="zw-q"><span>患者追问：</span>${rng.pick(['医生，那需要吃什么药吗？', '请问多久能好？', '需要去医院做检查吗？', '平时饮食要注意什么？'])}</p><p class="zw-a"><span>医生回复：</span>${rng.pick(['可以先按上面说的调整，观察一周。', '建议到医院面诊后再决定用药。', '注意清淡饮食，忌辛辣刺激。'])}</p><p class="zw-time">${shift(page.date!, i + 1)}</p></div>`).join('')}</div>`
      : '';
    const items = page.related.map((r: Related) =>
      `<li><a href="${r.path}">${esc(r.question)}</a><p class="about-txt">${esc(r.snippet)}</p><span class="about-tag">${FORMAT_TAG[r.format]}</span><span class="about-time">${r.date}</span></li>`,
    ).join('\n');
    const related = page.related.length ? `<div class="about"><div class="about-hd">相关问答</div><ul class="about-list">${items}</ul></div>` : '';
    const body = `<div class="header"><a class="logo" href="/">妙手医生</a><a href="/question/">问答</a><a href="/doctor/">找医生</a><a href="/hospital/">找医院</a></div>
<div class="crumbs"><a href="/">妙手医生</a> &gt; <a href="/question/">问答</a> &gt; <a href="/question/ks${docId(page) % 30}/">${esc(d.department!)}</a> &gt; 正文</div>
<div class="ques">
<h1 class="ques-title">${esc(page.question)}</h1>
<div class="ques-info">${rng.pick(['男', '女'])} ${rng.int(3, 70)}岁 ${askDay}</div>
<div class="ques-desc">病情描述：${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</div>
</div>
<div class="answer">
${card}
${answer}
${zhuiwen}
<p class="mianze">免责声明：本站内容仅供参考，不作为诊断和治疗的依据。</p>
</div>
${related}
<div class="footer"><p>Copyright &copy; 2014-2024 miaoshou.net 妙手医生 版权所有</p></div>`;
    const html = documentOf(`${page.question}-妙手医生`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs,
        format: 'unknown',
      }),
    };
  },
};

// --- F3. jdh-ask ---

/**
 * F3. 京东健康 问医生 (www.jdh.com / health.jd.com ask page): a JD app page; `ask-title` `<h1>`;
 * on 60% an `ai-summary` block headed `京医千询 AI健康助手` (or `AI总结`) over 2–3 lines of its own
 * and a note `内容由AI生成，仅供参考`, above the doctor's reply; `doctor-info` (name, title, 科室,
 * hospital, a `level` tag 三甲 on half, `好评率 9N%`, `问诊量N`); `doctor-reply` headed 医生回复 with the
 * text, `回复于 2023年5月6日 14:22` or `2023-05-06`; a 问诊 service card between the card and the reply
 * or after the reply (`图文问诊 ¥29 立即咨询`, `电话问诊`); 大家都在问 items (question link, snippet,
 * `{N}人看过`). Key: the answer the doctor's reply (the AI's lines and note none of it, and no doctor's);
 * the service card names no format of the answer (format unknown); grade where tagged; items undated,
 * no format, `人看过` none of the snippet.
 */
const jdhAsk: Family = {
  name: 'jdh-ask',
  split: 'fresh-48',
  site: 'www.jdh.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const topic = topicWord(page);
    const ai = rng.chance(0.6)
      ? `<div class="ai-summary"><div class="ai-hd">${rng.pick(['京医千询 AI健康助手', 'AI总结'])}</div><ul><li>${esc(topic)}常见原因包括生活作息不规律、感染或慢性疾病等。</li><li>一般可先调整生活方式，观察症状变化。</li>${rng.chance(0.5) ? '<li>症状持续或加重时建议线下就医。</li>' : ''}</ul><p class="ai-note">内容由AI生成，仅供参考</p></div>`
      : '';
    const card = `<div class="doctor-info"><img src="https://img30.360buyimg.com/jdh/${token(rng, 16)}.jpg" alt=""><div class="info"><p><span class="name">${esc(d.name!)}</span><span class="title">${d.title}</span><span class="dept">${esc(d.department!)}</span></p><p class="hosp">${esc(d.hospital!)}${gradeShown ? `<i class="level">${d.hospital_grade}</i>` : ''}</p><p class="stat">好评率${rng.int(90, 99)}% · 问诊量${rng.int(100, 50000)}</p></div></div>`;
    const service = `<div class="service-card"><p class="svc-name">${rng.pick(['图文问诊', '电话问诊', '视频问诊'])}</p><p class="svc-price">¥${rng.pick([19, 29, 39, 59])}</p><a class="svc-btn" href="https://h5.m.jd.com/jdh/inquiry?doctorId=${docId(page)}">立即咨询</a></div>`;
    const day = rng.chance(0.5) ? `回复于 ${cnDate(page.date!)} ${page.time}` : page.date!;
    const reply = `<div class="doctor-reply"><div class="reply-hd">医生回复</div><div class="reply-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="reply-time">${day}</div></div>`;
    const main = rng.chance(0.5) ? `${card}\n${service}\n${reply}` : `${card}\n${reply}\n${service}`;
    const items = page.related.map((r: Related) =>
      `<div class="ask-item"><a href="${r.path}">${esc(r.question)}</a><p class="ask-snippet">${esc(r.snippet)}</p><span class="ask-view">${rng.int(100, 9999)}人看过</span></div>`,
    ).join('\n');
    const related = page.related.length ? `<div class="everyone-ask"><h2>大家都在问</h2>${items}</div>` : '';
    const body = `<div class="jdh-header"><a href="https://www.jdh.com/">京东健康</a><a href="/ask/">问医生</a><a href="https://www.jd.com/">京东首页</a></div>
<div class="ask-detail">
<h1 class="ask-title">${esc(page.question)}</h1>
${ai}
${main}
</div>
${related}
<div class="jdh-footer"><p>本页面内容仅供参考，不能替代医生面诊。</p><p>京东健康 互联网药品信息服务资格证书编号(京)-经营性-2023-0001</p></div>`;
    const html = documentOf(`${page.question}-京东健康`, page.canonical, '<meta name="viewport" content="width=device-width">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat: false, datedItems: false }),
    };
  },
};

// --- F4. ask99-best ---

/**
 * F4. 99健康网 问答 (ask.99.com.cn), the old GBK template (`<meta charset="gbk">`, or gb2312 by
 * http-equiv on 40%): crumbs 您的位置：99健康网 &gt; 健康问答 &gt; {科室}; `ask_title` `<h1>`, `ask_info`
 * (提问者：网友, 性别, 年龄, 提问时间); 问题描述：; 2–3 answers, one under a `best_answer` box headed
 * 最佳答案 (with `提问者采纳`) standing first on 55% and second or third (after one or two `other_answer`s
 * headed 其他回答) otherwise; each answer a card (name, title, hospital 科室) and the text under
 * 问题分析： / 意见建议： on their own lines (60%) or plain, `回答时间：` day and time. 相关问题 a table of
 * links and days. Key: **the 最佳答案 is the page's answer wherever it stands** (the asker chose it;
 * the others' cards, texts and days none of the entry); its day the date; no grade (null); format
 * unknown; items dated, no snippet (`[]`: the table prints none), no format.
 */
const ask99Best: Family = {
  name: 'ask99-best',
  split: 'fresh-48',
  site: 'ask.99.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gb2312 = rng.chance(0.4);
    const heads = rng.chance(0.6);
    const paragraphs = heads ? withHeads(page.paragraphs, '问题分析：', '意见建议：') : page.paragraphs;
    const others = rng.int(1, 2);
    const bestFirst = rng.chance(0.55);
    const answerHtml = (name: string, title: string, hosp: string, dept: string, paras: readonly string[], when: string) =>
      `<div class="ans_doc"><a href="/doctor/${token(rng, 6)}.html">${esc(name)}</a> ${title}<br>${esc(hosp)} ${esc(dept)}</div><div class="ans_txt">${paras.map((p) => esc(p)).join('<br>')}</div><div class="ans_time">回答时间：${when}</div>`;
    const best = `<div class="best_answer"><div class="best_hd">最佳答案 <span>提问者采纳</span></div>${answerHtml(d.name!, d.title!, d.hospital!, d.department!, paragraphs, dayTime(page.date!, page.time))}</div>`;
    const other = (i: number) =>
      `<div class="other_answer">${answerHtml(personName(rng, d.name!), rng.pick(['主治医师', '医师', '副主任医师']), `${rng.pick(['江州', '临川', '南平'])}市第二人民医院`, d.department!, [rng.pick(['你好，根据你的描述，建议到医院检查。', '考虑与饮食有关，注意休息。', '可以先口服药物治疗，观察效果。'])], `${shift(page.date!, bestFirst ? i + 1 : -(i + 1))} ${page.time}`)}</div>`;
    const otherHtml = `<div class="other_hd">其他回答</div>${Array.from({ length: others }, (_, i) => other(i)).join('\n')}`;
    const answers = bestFirst ? `${best}\n${otherHtml}` : `${otherHtml}\n${best}`;
    const rows = page.related.map((r: Related) => `<tr><td class="td_l"><a href="${r.path}" target="_blank">${esc(r.question)}</a></td><td class="td_r">${r.date}</td></tr>`).join('\n');
    const related = page.related.length ? `<div class="xg_wt"><div class="xg_hd">相关问题</div><table width="100%" cellspacing="0" cellpadding="0">${rows}</table></div>` : '';
    const body = `<div class="top"><a href="https://www.99.com.cn/">99健康网</a> | <a href="https://ask.99.com.cn/">健康问答</a> | <a href="https://yyk.99.com.cn/">医院库</a></div>
<div class="weizhi">您的位置：<a href="https://www.99.com.cn/">99健康网</a> &gt; <a href="https://ask.99.com.cn/">健康问答</a> &gt; <a href="/ks/${docId(page) % 50}/">${esc(d.department!)}</a></div>
<div class="ask_box">
<h1 class="ask_title">${esc(page.question)}</h1>
<div class="ask_info">提问者：网友 性别：${rng.pick(['男', '女'])} 年龄：${rng.int(2, 75)}岁 提问时间：${shift(page.date!, -rng.int(0, 3))}</div>
<div class="ask_desc">问题描述：${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</div>
</div>
<div class="ans_box">
${answers}
</div>
${related}
<div class="foot">免责声明：本站所有问答内容仅供参考，不能作为诊断依据。<br>Copyright &copy; 2003-2024 99健康网 All Rights Reserved</div>`;
    const html = documentOf(`${page.question}_99健康网`, page.canonical, '', body, charsetMeta(gb2312 ? 'gb2312-http-equiv' : 'gbk-meta'));
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs,
        format: 'unknown',
        related: relatedWith(page, () => ({ paragraphs: [], format: 'unknown' })),
      }),
    };
  },
};

// --- F5. medlinker-mobile ---

/**
 * F5. 医联 问答, mobile (m.medlinker.com/q/{id}): a `nav-bar` (返回, 问答详情, 打开App); `q-title`
 * `<h2>` (the `<h1>` is the site's name in the header on half); `q-info` the asker's 男/女 N岁 and
 * 病情描述; one `answer-card`: the answer first (a voice bar `语音回答` with its length `1'32"` and
 * `转文字` over its text on 60% of voice answers, else the text; folded at 4 lines with 展开全文 on 40%,
 * the whole text in the markup), `{YYYY.MM.DD}` under it; the card under the answer, headed 回答医生
 * (name, title, 科室 · hospital, a `医联认证` badge, `已回答N个问题`); a sticky `bottom-bar`
 * `咨询{name}医生 ¥N起`; 更多相关问题 items (question, the answering doctor's `name title` line, the
 * snippet). Key: format voice where the bar shows (the length, 语音回答 and 转文字 none of the answer),
 * else unknown; the badge, counter and bottom bar none of the card; no grade (null); date the answer's
 * day; items undated, no format, their doctor line none of the snippet.
 */
const medlinkerMobile: Family = {
  name: 'medlinker-mobile',
  split: 'fresh-48',
  site: 'm.medlinker.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const folded = rng.chance(0.4);
    const bar = voice ? `<div class="voice-bar"><span class="voice-type">语音回答</span><span class="voice-len">${rng.int(0, 2)}'${String(rng.int(5, 59)).padStart(2, '0')}"</span></div><div class="voice-hd">转文字</div>` : '';
    const text = `<div class="answer-txt${folded ? ' folded" style="max-height:6em;overflow:hidden' : ''}">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${folded ? '<span class="unfold">展开全文</span>' : ''}`;
    const card = `<div class="doc-hd">回答医生</div><div class="doc-card"><img src="https://pub-med-avatar.medlinker.com/${token(rng, 16)}.jpg" alt=""><div><p><span class="doc-name">${esc(d.name!)}</span><span class="doc-title">${d.title}</span><i class="badge">医联认证</i></p><p class="doc-org">${esc(d.department!)} · ${esc(d.hospital!)}</p><p class="doc-count">已回答${rng.int(20, 9000)}个问题</p></div></div>`;
    const items = page.related.map((r: Related) =>
      `<a class="rel-item" href="${r.path}"><p class="rel-q">${esc(r.question)}</p><p class="rel-doc">${esc(personName(rng))} ${rng.pick(['主治医师', '副主任医师', '主任医师'])}</p><p class="rel-a">${esc(r.snippet)}</p></a>`,
    ).join('\n');
    const related = page.related.length ? `<div class="rel-box"><div class="rel-hd">更多相关问题</div>${items}</div>` : '';
    const siteH1 = rng.chance(0.5);
    const body = `<div class="nav-bar"><a class="back" href="javascript:history.back()">返回</a>${siteH1 ? '<h1 class="nav-title">医联</h1>' : '<span class="nav-title">问答详情</span>'}<a class="open-app" href="https://www.medlinker.com/download">打开App</a></div>
<div class="q-box"><h2 class="q-title">${esc(page.question)}</h2><p class="q-info">${rng.pick(['男', '女'])} ${rng.int(1, 80)}岁 · 病情描述：${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer-card">
${bar}${text}
<p class="answer-time">${page.date!.replace(/-/g, '.')}</p>
${card}
</div>
${related}
<div class="bottom-bar"><span>咨询${esc(d.name!)}医生</span><span class="price">¥${rng.pick([9, 19, 29])}起</span></div>`;
    const html = documentOf(`${page.question} - 医联`, page.canonical, '<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown: false, printFormat: voice, datedItems: false }),
    };
  },
};

// --- F6. wukong-wenda ---

/**
 * F6. 悟空问答 (www.wukong.com/question/{id}/), 今日头条's general Q&A site, where a health question
 * is answered by anyone: `question-header` (`<h1>`, the asker's added words on half, `N个回答 · N人关注`);
 * 2–4 `answer-item`s, each a `user-info` (avatar, name, and under it the 头条 certification line:
 * none, `健康领域优质创作者` for a self-media author, or for the one certified doctor
 * `{hospital} {科室} {title}` (60%) or `{title} {hospital} {科室}`),
 * the text, `发布于 {day}` and 赞 N · 评论 N; the doctor's answer first on 40%, else after 1–2
 * others; `查看全部N个回答`; 相关问题 items (link, `N个回答`). Key: **the page's answer is the certified
 * doctor's, wherever it stands** (the other authors are no doctors: their names, texts and days none
 * of the entry); the card from the doctor's name and certification line; no grade (null); format
 * unknown; items with no snippet (`[]`: `N个回答` is a count), undated, no format.
 */
const NICKNAMES = ['养生小百科', '健康生活家', '爱跑步的老王', '小鱼说健康', '岁月静好'];

const wukongWenda: Family = {
  name: 'wukong-wenda',
  split: 'fresh-48',
  site: 'www.wukong.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const others = rng.int(1, 3);
    const doctorFirst = rng.chance(0.4);
    const auth = rng.chance(0.6) ? `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}` : `${d.title} ${esc(d.hospital!)} ${esc(d.department!)}`;
    const stats = () => `<div class="answer-stat"><span>赞 ${rng.int(0, 3000)}</span> · <span>评论 ${rng.int(0, 300)}</span></div>`;
    const item = (name: string, authLine: string, text: string, day: string) =>
      `<div class="answer-item"><div class="user-info"><img class="avatar" src="https://p3.pstatp.com/thumb/${token(rng, 20)}" alt=""><div><a class="user-name" href="/user/?uid=${rng.int(100000, 9999999)}">${esc(name)}</a>${authLine ? `<p class="user-auth">${authLine}</p>` : ''}</div></div><div class="answer-text">${text}</div><div class="answer-time">发布于 ${day}</div>${stats()}</div>`;
    const doctor = item(d.name!, auth, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), page.date!);
    const topic = topicWord(page);
    const nick = rng.int(0, NICKNAMES.length - 1);
    const rest = Array.from({ length: others }, (_, i) =>
      item(
        NICKNAMES[(nick + i) % NICKNAMES.length]!,
        rng.chance(0.5) ? '健康领域优质创作者' : '',
        `<p>${esc(rng.pick([`我家里人也有过${topic}的情况，后来去医院看了，按医生说的吃药慢慢好了。`, `${topic}这个问题还是要重视，平时多运动，少熬夜。`, '个人经验仅供参考，还是建议去正规医院检查一下。']))}</p>`,
        shift(page.date!, doctorFirst ? i + 1 : -(i + 1)),
      ),
    );
    const at = doctorFirst ? 0 : rng.int(1, others);
    const answers = [...rest.slice(0, at), doctor, ...rest.slice(at)];
    const items = page.related.map((r: Related) => `<li><a href="${r.path}">${esc(r.question)}</a><span class="count">${rng.int(1, 60)}个回答</span></li>`).join('\n');
    const related = page.related.length ? `<div class="related-question"><h3>相关问题</h3><ul>${items}</ul></div>` : '';
    const body = `<div class="header"><a class="logo" href="/">悟空问答</a><form action="/search/"><input name="keyword" placeholder="搜索你感兴趣的问题"></form><a class="ask-btn" href="/ask/">提问</a></div>
<div class="main">
<div class="question-header"><h1>${esc(page.question)}</h1>${rng.chance(0.5) ? `<p class="question-text">${esc(rng.pick(ASKER_LINES))}</p>` : ''}<div class="question-meta">${answers.length}个回答 · ${rng.int(5, 900)}人关注</div></div>
<div class="answer-list">
${answers.join('\n')}
</div>
<a class="more-answer" href="#">查看全部${answers.length}个回答</a>
</div>
<div class="side">${related}</div>
<div class="footer">&copy; 2024 wukong.com 京ICP备12025439号</div>`;
    const html = documentOf(`${page.question} - 悟空问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        format: 'unknown',
        related: relatedWith(page, () => ({ paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

export const FRESH48_FAMILIES: readonly Family[] = [so360Liangyi, miaoshouZhuiwen, jdhAsk, ask99Best, medlinkerMobile, wukongWenda];
