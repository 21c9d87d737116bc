import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, FEW_TITLES, ask, cardPlain, documentOf, hm, otherName, relatedWith, shift, topicWord } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Forty-seventh fresh held-out set (split `fresh-47`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. A fourth set on the real sites of the genre: each family is
 * modelled from memory (no copied markup) on the question page of one real site that no earlier
 * family models — 寻医问药's mobile site, 复禾健康 (飞华) 问医生 in GBK, 宝宝树 问答 (a 专家 among mothers),
 * 平安好医生 问答 (its doctors often of its own internet hospital), 39健康's wap 问答 and 有来医生's own
 * 科普 article page —, with the class names and wording remembered of it.
 *
 * The key holds what a careful person reads on the page as displayed (a field not printed is null);
 * section heads on a line of their own (`病情分析：` / `指导意见：`, `问题分析：` / `意见建议：`) are
 * paragraphs of the answer, as in the default splits. Where a careful person could hesitate:
 * - several doctors answer (xywy-mobile, fh21-ask, m39-ask): the page's answer is the first shown
 *   (these sites list answers in the order they came and mark none); the others' cards, texts and
 *   days are none of the entry;
 * - babytree-ask: the 专家 (the one card with a title and a hospital) answered; mothers' answers
 *   (网友) are none, wherever the expert's stands among them;
 * - pingan-jk: the hospital is what the card prints, the platform's own 平安健康互联网医院 where the
 *   doctor is one of its staff (no grade: null); the 签约医生 badge is none of the card;
 * - youlai-article: the article's title is the question and its body the answer; the 审核 line,
 *   the 原创 line and the 相关文章 links (articles, not Q&A) are none; its 相关问答 are the items;
 * - the asker's lines (问题描述, 想得到怎样的帮助, sex, age, the day asked) are none of the answer, and
 *   their day dates nothing; 展开全文 / 点击查看更多 / 查看更多 are no text and no item.
 */

type Related = TruthPage['related'][number];

const SEXES = ['男', '女'];
const FORMAT_TAGS: Record<Format, string> = { voice: '语音', text: '图文', video: '视频', unknown: '' };
/** Other doctors' short replies (these sites show several doctors' answers to one question). */
const OTHER_ANSWERS = [
  '您好，结合您说的情况，最好到医院当面检查一下，查明原因再用药。',
  '这个情况不少见，先多休息、饮食清淡，观察两三天，加重就要就医。',
  '建议到正规医院对应科室挂号面诊，医生会根据情况开相关检查。',
  '您好，从描述看暂时不严重，作息规律些，别太劳累，注意复查。',
];
const HOSPITAL_ENDINGS = ['人民医院', '中医院', '中心医院', '第二人民医院'];

/** Another doctor's card facts: name, title, a hospital of the same city. */
const otherDoctor = (rng: Rng, page: TruthPage) => ({
  name: otherName(rng),
  title: rng.pick(FEW_TITLES),
  hospital: `${page.doctor.hospital!.replace(/市.*$/u, '')}市${rng.pick(HOSPITAL_ENDINGS)}`,
});

/** The answer's paragraphs under two heads on their own lines, as they are keyed; plain where `headed` is false or there is one paragraph. */
const headed = (page: TruthPage, heads: readonly [string, string], on: boolean) =>
  on && page.paragraphs.length > 1 ? [heads[0], page.paragraphs[0]!, heads[1], ...page.paragraphs.slice(1)] : page.paragraphs;

const ps = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
const seconds = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');
const asker = (rng: Rng) => ({ sex: rng.pick(SEXES), age: rng.int(16, 68) });

// --- F1. xywy-mobile ---

/**
 * F1. 寻医问药 mobile (m.xywy.com), UTF-8: `m-header` with 打开APP, crumbs 首页 > 问答 > {科室}, the
 * `q-title` `<h1>`, the asker's line (sex, age, the day asked 0–2 days before), 问题描述：, 想得到怎样的
 * 帮助： on half; `N位医生回答`; 1–3 `answer-item`s (card: avatar, `doc-name`, `doc-title`, `doc-hosp`
 * hospital and 科室 on one line; the text under `病情分析：` / `指导意见：` on their own lines (70%) or
 * plain, folded on 40% (max-height and 展开全文, the whole text in the markup); `{day} {time}:{ss}`,
 * 有用(N)); a 下载寻医问药APP banner after the first answer on half; 相关问题 items each one link
 * (question, snippet), 点击查看更多. Key: the first answer; no grade; format unknown; items undated.
 */
const xywyMobile: Family = {
  name: 'xywy-mobile',
  split: 'fresh-47',
  site: 'm.xywy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = asker(rng);
    const withHeads = rng.chance(0.7);
    const folded = rng.chance(0.4);
    const others = Array.from({ length: rng.weighted([[0, 4], [1, 4], [2, 2]] as const) }, () => otherDoctor(rng, page));
    const paragraphs = headed(page, ['病情分析：', '指导意见：'], withHeads);
    const item = (doc: { name: string; title: string; hospital: string }, dept: string, text: readonly string[], day: string, fold: boolean) => `<div class="answer-item">
<div class="doc-info"><img class="doc-avatar" src="//static.xywy.com/avatar/${rng.int(1000, 99999)}.jpg" alt=""><div class="doc-r"><p><span class="doc-name">${esc(doc.name)}</span><span class="doc-title">${doc.title}</span></p><p class="doc-hosp">${esc(doc.hospital)} ${esc(dept)}</p></div></div>
<div class="answer-txt${fold ? ' fold" style="max-height:12em;overflow:hidden' : ''}">${ps(text)}</div>${fold ? '<a class="unfold" href="javascript:;">展开全文</a>' : ''}
<div class="answer-foot"><span class="time">${day} ${hm(rng)}:${seconds(rng)}</span><span class="useful">有用(${rng.int(0, 40)})</span></div>
</div>`;
    const first = item({ name: d.name!, title: d.title!, hospital: d.hospital! }, d.department!, paragraphs, page.date!, folded);
    const rest = others.map((o, i) => item(o, d.department!, [OTHER_ANSWERS[(page.item.num + i) % OTHER_ANSWERS.length]!], shift(page.date!, i + 1), false));
    const banner = rng.chance(0.5) ? '<div class="app-ad"><a href="https://app.xywy.com/">下载寻医问药APP 医生在线快速回复</a></div>' : '';
    const list = page.related.length
      ? `<div class="xgwt"><h3 class="tit">相关问题</h3><ul>${page.related
          .map((r) => `<li><a href="${r.path}"><p class="r-q">${esc(r.question)}</p><p class="r-c">${esc(r.snippet)}</p></a></li>`)
          .join('\n')}</ul><a class="more" href="/wenda/list/">点击查看更多</a></div>`
      : '';
    const body = `<header class="m-header"><a class="logo" href="/">寻医问药</a><a class="open-app" href="https://app.xywy.com/">打开APP</a></header>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks/${page.item.num % 41}/">${esc(d.department!)}</a></div>
<div class="qa-question"><h1 class="q-title">${esc(page.question)}</h1>
<div class="q-user"><span>${who.sex}</span> <span>${who.age}岁</span> <span>${shift(page.date!, -rng.int(0, 2))}</span></div>
<div class="q-desc"><b>问题描述：</b>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</div>
${rng.chance(0.5) ? `<div class="q-help"><b>想得到怎样的帮助：</b>${rng.pick(['请问该怎么治疗？', '需要吃什么药？', '要不要去医院？'])}</div>` : ''}</div>
<div class="answer-count">${others.length + 1}位医生回答</div>
${[first, banner, ...rest].filter(Boolean).join('\n')}
<p class="tips">医生回答仅为建议，具体诊疗请前往医院进行。</p>
${list}
<footer class="m-footer"><a href="/">首页</a> | <a href="//www.xywy.com/">电脑版</a><p>寻医问药网 m.xywy.com 版权所有</p></footer>`;
    const html = documentOf(`${ask(page)}_寻医问药`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs,
        format: 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F2. fh21-ask ---

/**
 * F2. 复禾健康 (formerly 飞华健康网) 问医生 (ask.fh21.com.cn/question/{id}.html), GBK (`<meta charset="gbk">`,
 * or gb2312 by http-equiv on the old template, 50%): crumbs 您现在的位置：复禾健康 > 问医生 > {科室} >
 * 问题详情, `ask_tit` `<h1>`, `ask_user` (提问者：{masked} 性别 年龄 提问时间 with a time), 病情描述： and
 * 想获得的帮助：; `共有N位医生回答`; each `ans_item` the text first — under `问题分析：` / `意见建议：` on their
 * own lines (65%) or plain — then the signature `回答者：name title hospital 科室` (a 擅长 line on 40%),
 * `回答时间：` day and time, 有帮助(N); a 预约挂号 ad between the first two on half; 相关问题 a table
 * (question link over its snippet, the day column). Key: the first answer; no grade; format unknown;
 * items dated.
 */
const fh21Ask: Family = {
  name: 'fh21-ask',
  split: 'fresh-47',
  site: 'ask.fh21.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = asker(rng);
    const old = rng.chance(0.5);
    const withHeads = rng.chance(0.65);
    const others = Array.from({ length: rng.weighted([[0, 3], [1, 4], [2, 3]] as const) }, () => otherDoctor(rng, page));
    const paragraphs = headed(page, ['问题分析：', '意见建议：'], withHeads);
    const item = (doc: { name: string; title: string; hospital: string }, text: readonly string[], day: string) => `<div class="ans_item">
<div class="ans_txt">${ps(text)}</div>
<div class="ans_doc">回答者：<a class="doc_name" href="/doctor/${rng.int(10000, 99999)}.html">${esc(doc.name)}</a> <span>${doc.title}</span> <span>${esc(doc.hospital)}</span> <span>${esc(d.department!)}</span></div>
${rng.chance(0.4) ? `<div class="ans_good">擅长：${esc(topicWord(page))}等常见病的诊治</div>` : ''}
<div class="ans_time">回答时间：${day} ${hm(rng)}</div><div class="ans_useful">有帮助(${rng.int(0, 30)})</div>
</div>`;
    const items = [
      item({ name: d.name!, title: d.title!, hospital: d.hospital! }, paragraphs, page.date!),
      ...(rng.chance(0.5) && others.length ? ['<div class="ad_guahao"><a href="https://www.fh21.com.cn/guahao/">复禾健康 推荐：名医在线预约挂号</a></div>'] : []),
      ...others.map((o, i) => item(o, [OTHER_ANSWERS[(page.item.num + i + 1) % OTHER_ANSWERS.length]!], shift(page.date!, i + 1))),
    ];
    const list = page.related.length
      ? `<div class="xgwt"><div class="tit">相关问题</div><table width="100%">${page.related
          .map((r) => `<tr><td><a href="${r.path}" target="_blank">${esc(r.question)}</a><p>${esc(r.snippet)}</p></td><td width="90">${r.date}</td></tr>`)
          .join('\n')}</table></div>`
      : '';
    const masked = `${otherName(rng).slice(0, 1)}**`;
    const body = `<div id="top"><a href="https://www.fh21.com.cn/">复禾健康</a> | <a href="/">问医生</a> | <a href="https://www.fh21.com.cn/jibing/">疾病</a></div>
<div class="position">您现在的位置：<a href="https://www.fh21.com.cn/">复禾健康</a> &gt; <a href="/">问医生</a> &gt; <a href="/list/${page.item.num % 41}/">${esc(d.department!)}</a> &gt; 问题详情</div>
<div class="ask_box"><h1 class="ask_tit">${esc(page.question)}</h1>
<div class="ask_user">提问者：${masked}　性别：${who.sex}　年龄：${who.age}岁　提问时间：${shift(page.date!, -rng.int(0, 2))} ${hm(rng)}</div>
<div class="ask_con"><p>病情描述：${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p><p>想获得的帮助：${rng.pick(['怎么治疗效果好？', '需要注意什么？', '是否需要手术？'])}</p></div></div>
<div class="ans_list"><div class="ans_tit">共有${others.length + 1}位医生回答</div>
${items.join('\n')}
</div>
<div class="mzsm">免责声明：${rng.pick(DISCLAIMERS)}</div>
${list}
<div id="footer">Copyright © 复禾健康 fh21.com.cn All Rights Reserved</div>`;
    const html = documentOf(`${ask(page)}_复禾健康问医生`, page.canonical, '', body, charsetMeta(old ? 'gb2312-http-equiv' : 'gbk-meta'));
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs,
        format: 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown' })),
      }),
    };
  },
};

// --- F3. babytree-ask ---

const MOM_ANSWERS = ['我家宝宝之前也这样，后来慢慢就好了，别太担心。', '建议还是去医院看看吧，心里踏实。', '同问，我家也是这样。', '多喝水，注意观察，不行就去儿科。'];
const BABY_AGES = ['宝宝8个月', '宝宝1岁2个月', '宝宝2岁', '怀孕24周', '宝宝3岁5个月'];

/**
 * F3. 宝宝树 问答 (www.babytree.com/ask/detail/{id}), UTF-8: crumbs 宝宝树 > 问答 > {育儿|孕期|健康} > 正文,
 * the `qa-title` `<h1>`, the asker (a 妈妈 nickname, the baby's age, the day asked), 问题补充 on half;
 * `N个回答`; the 专家 answer (card: name, a 专家 badge, title, hospital and 科室; the text; the day) either
 * pinned in an `expert-answer` block above the mothers' answers (50%) or among them after 1–2 of them
 * with its badge (50%); 1–3 mothers' answers (nickname, the baby's age, a line, a day, 有用 N);
 * 相关问题 items (link and `N个回答`, no snippet). Key: the expert's answer and card; no grade; format
 * unknown; date the expert's day; items undated, without snippet.
 */
const babytreeAsk: Family = {
  name: 'babytree-ask',
  split: 'fresh-47',
  site: 'www.babytree.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const pinned = rng.chance(0.5);
    const moms = Array.from({ length: rng.int(1, 3) }, (_, i) => ({
      nick: `${rng.pick(['小鱼', '糖糖', '豆豆', '乐乐', '朵朵'])}${rng.pick(['妈妈', '麻麻', '妈'])}${rng.int(1, 999)}`,
      age: rng.pick(BABY_AGES),
      text: MOM_ANSWERS[(page.item.num + i) % MOM_ANSWERS.length]!,
      day: shift(page.date!, rng.int(-1, 3)),
    }));
    const expert = `<div class="user-info"><img src="//pic.babytree.com/expert/${page.item.num % 997}.jpg" alt=""><a class="name" href="/expert/${page.item.num % 997}">${esc(d.name!)}</a><span class="expert-tag">专家</span> <span class="title">${d.title}</span><p class="hosp">${esc(d.hospital!)} ${esc(d.department!)}</p></div>
<div class="answer-content">${ps(page.paragraphs)}</div>
<div class="answer-foot"><span class="time">${page.date}</span> <span class="useful">有用 ${rng.int(5, 300)}</span></div>`;
    const mom = (m: (typeof moms)[number]) => `<li class="answer-item"><div class="user-info"><img src="//pic.babytree.com/u/${rng.int(1, 99999)}.jpg" alt=""><a class="name">${m.nick}</a><span class="baby-age">${m.age}</span></div>
<div class="answer-content"><p>${m.text}</p></div><div class="answer-foot"><span class="time">${m.day}</span> <span class="useful">有用 ${rng.int(0, 20)}</span></div></li>`;
    const at = pinned ? -1 : rng.int(1, Math.min(2, moms.length));
    const lis = moms.map(mom);
    if (!pinned) lis.splice(at, 0, `<li class="answer-item expert">${expert}</li>`);
    const answers = `${pinned ? `<div class="expert-answer"><h3>专家回答</h3>${expert}</div>\n` : ''}<div class="answer-num">${moms.length + 1}个回答</div>
<ul class="answer-list">${lis.join('\n')}</ul>`;
    const list = page.related.length
      ? `<div class="related-ask"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><span class="answer-count">${rng.int(1, 30)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="bbt-header"><a href="/">宝宝树</a> <a href="/ask/">孕育问答</a> <a href="/community/">社区</a> <a class="login">登录</a></div>
<div class="crumbs"><a href="/">宝宝树</a> &gt; <a href="/ask/">问答</a> &gt; <a href="/ask/c/${page.item.num % 7}">${rng.pick(['育儿', '孕期', '健康'])}</a> &gt; 正文</div>
<div class="qa-detail"><h1 class="qa-title">${esc(page.question)}</h1>
<div class="qa-asker"><a class="user-name">${rng.pick(['甜甜', '果果', '欢欢'])}妈妈</a> <span class="baby-age">${rng.pick(BABY_AGES)}</span> <span class="ask-time">${shift(page.date!, -rng.int(0, 2))}</span></div>
${rng.chance(0.5) ? `<div class="qa-supply">问题补充：${rng.pick(ASKER_LINES)}</div>` : ''}
${answers}</div>
${list}
<div class="bbt-footer">宝宝树 babytree.com ©2007-2024 ${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${ask(page)}_宝宝树问答`, page.canonical, '', body);
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

// --- F4. pingan-jk ---

const PINGAN_HOSPITAL = '平安健康互联网医院';

/**
 * F4. 平安好医生 问答 (m.jk.cn/ask/{id}), a mobile page rendered from a Vue app: `nav-bar` 问答详情 and
 * 打开平安健康APP, the `q-title` `<h1>` with a 科室 tag; the `doctor-card` (name, title, `org` hospital
 * and 科室 — the platform's own 平安健康互联网医院 for its staff doctors (40%), else the doctor's
 * hospital with a `tag-level` grade on half —, a 平安好医生签约医生 badge on 60%, 问医生); the answer
 * card: the `answer-type` word (语音回答 / 图文回答 / 视频回答) on 65%, a voice bar (`{n}″`) over a 语音转文字
 * head for voice answers, a poster with its length for video, the text; `{day} 回答 · N人看过`; 大家都在问
 * items each one link (question, snippet, a format tag on half); `window.__INITIAL_STATE__` with the
 * same content. Key: the hospital as printed (the internet hospital: no grade); format from the type
 * word, the voice bar or the poster, else unknown; the seconds, the 语音转文字 head none of the answer;
 * items undated, their tag their format.
 */
const pinganJk: Family = {
  name: 'pingan-jk',
  split: 'fresh-47',
  site: 'm.jk.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const staff = rng.chance(0.4);
    const gradeShown = !staff && rng.chance(0.5);
    const typeWord = rng.chance(0.65);
    const itemTags = rng.chance(0.5);
    const hospital = staff ? PINGAN_HOSPITAL : d.hospital!;
    const media =
      page.format === 'voice'
        ? `<div class="audio-bar"><i class="icon-play"></i><span class="duration">${rng.int(20, 180)}″</span></div><div class="audio-text-title">语音转文字</div>`
        : page.format === 'video'
          ? `<div class="video-poster"><img src="//img.jk.cn/v/${page.item.num}.jpg" alt=""><i class="icon-play">▶</i><span class="duration">0${rng.int(1, 4)}:${seconds(rng)}</span></div>`
          : '';
    const card = `<div class="doctor-card"><img class="avatar" src="//img.jk.cn/d/${page.item.num % 997}.jpg" alt=""><div class="info"><div class="name-line"><span class="name">${esc(d.name!)}</span><span class="title">${d.title}</span></div><div class="org">${esc(hospital)}${gradeShown ? ` <span class="tag-level">${d.hospital_grade}</span>` : ''} ${esc(d.department!)}</div>${rng.chance(0.6) ? '<div class="platform-tag">平安好医生签约医生</div>' : ''}</div><a class="btn-consult" href="/consult/">问医生</a></div>`;
    const answer = `<div class="answer-card">${typeWord ? `<div class="answer-type">${FORMAT_TAGS[page.format]}回答</div>` : ''}${media}<div class="answer-text">${ps(page.paragraphs)}</div><div class="answer-time">${page.date} 回答 · ${rng.int(100, 90000)}人看过</div></div>`;
    const list = page.related.length
      ? `<div class="related"><div class="title">大家都在问</div>${page.related
          .map((r) => `<a class="qa-item" href="${r.path}"><div class="q">${esc(r.question)}</div><div class="a">${esc(r.snippet)}</div>${itemTags ? `<div class="meta"><span class="fmt">${FORMAT_TAGS[r.format]}</span></div>` : ''}</a>`)
          .join('\n')}</div>`
      : '';
    const state = { question: { title: page.question, dept: d.department }, doctor: { name: d.name, title: d.title, hospital }, answer: { type: page.format, content: page.paragraphs.join('\n') } };
    const body = `<div id="app"><div class="page-qa">
<div class="nav-bar"><a class="back" href="javascript:history.back()">‹</a><span>问答详情</span><a class="open-app" href="https://www.jk.cn/app">打开平安健康APP</a></div>
<div class="question-card"><h1 class="q-title">${esc(page.question)}</h1><div class="q-tags"><span>${esc(d.department!)}</span></div></div>
${card}
${answer}
<div class="disclaimer">内容仅供参考，不能替代医生面诊</div>
${list}
</div></div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>`;
    const html = documentOf(`${ask(page)}-平安健康`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const formatShown = typeWord || page.format !== 'text';
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: formatShown ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: itemTags ? e.format : 'unknown', date: null })),
      }),
    };
  },
};

// --- F5. m39-ask ---

/**
 * F5. 39健康 wap 问答 (wapask.39.net/question/{id}.html), UTF-8: a `header` (39健康网, 问医生), the
 * `ask-title` `<h1>`, `ask-info` (sex, age, the day and time asked), the asker's text; 1–3
 * `doc-answer`s (card: photo, `doc-name` link, title, hospital and 科室 on lines of their own, 已帮助N人;
 * the text in one `doc-txt` `<p>` whose paragraphs are split by `<br>` (or `<br><br>`, half);
 * `doc-time` day and time); a 精选文章 list of 39's articles (links and 阅读 counts) before the related list
 * on half; 相关问答 items (link, snippet, `N个回答`, day). Key: the first answer; no grade; format
 * unknown; the articles no items; items dated, `N个回答` none of the snippet.
 */
const m39Ask: Family = {
  name: 'm39-ask',
  split: 'fresh-47',
  site: 'wapask.39.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const who = asker(rng);
    const br = rng.pick(['<br>', '<br><br>', '<br/>']);
    const others = Array.from({ length: rng.weighted([[0, 4], [1, 4], [2, 2]] as const) }, () => otherDoctor(rng, page));
    const item = (doc: { name: string; title: string; hospital: string }, text: readonly string[], day: string, id = rng.int(1000, 99999)) => `<div class="doc-answer">
<div class="doc-top"><a class="doc-photo" href="/doctor/${id}.html"><img src="//pic.39.net/doc/${id}.jpg" alt=""></a><div class="doc-info"><a class="doc-name" href="/doctor/${id}.html">${esc(doc.name)}</a> <span>${doc.title}</span><p>${esc(doc.hospital)}</p><p>${esc(d.department!)}</p><p class="doc-help">已帮助${rng.int(50, 50000)}人</p></div></div>
<div class="doc-txt"><p>${text.map(esc).join(br)}</p></div>
<div class="doc-time">${day} ${hm(rng)}</div></div>`;
    const answers = [item({ name: d.name!, title: d.title!, hospital: d.hospital! }, page.paragraphs, page.date!), ...others.map((o, i) => item(o, [OTHER_ANSWERS[(page.item.num + i + 2) % OTHER_ANSWERS.length]!], shift(page.date!, i + 1)))];
    const articles = rng.chance(0.5)
      ? `<div class="jxwz"><h3>精选文章</h3><ul>${Array.from({ length: 3 }, (_, i) => `<li><a href="https://m.39.net/a/${page.item.num + i}.html">${esc(topicWord(page))}${['的早期症状有哪些', '患者饮食注意什么', '是怎么引起的'][i]}</a><span>${rng.int(1000, 90000)}阅读</span></li>`).join('')}</ul></div>`
      : '';
    const list = page.related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${page.related
          .map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><p class="a">${esc(r.snippet)}</p><p class="m"><span>${rng.int(1, 12)}个回答</span> <span>${r.date}</span></p></li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><a class="logo" href="https://m.39.net/">39健康网</a> <a href="/">问医生</a> <a href="/ask/">我要提问</a></div>
<div class="ask-main"><h1 class="ask-title">${esc(page.question)}</h1>
<p class="ask-info"><span>${who.sex}</span> <span>${who.age}岁</span> <span class="time">${shift(page.date!, -rng.int(0, 2))} ${hm(rng)}</span></p>
<p class="ask-desc">${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p></div>
<div class="doc-answer-list">${answers.join('\n')}</div>
${articles}
${list}
<div class="footer">39健康网 版权所有 ${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${ask(page)}_39健康问答`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        format: 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown' })),
      }),
    };
  },
};

// --- F6. youlai-article ---

/** A youlai /ask/ address for an item (the truth's /q/ path renamed). */
const askPath = (r: Related) => r.path.replace(/^\/q\//u, '/ask/');

/**
 * F6. 有来医生 科普文章 (www.youlai.cn/yyk/article/{id}.html), UTF-8: crumbs 有来医生 > 科普文章 > {科室} >
 * 正文, the `article-title` `<h1>` (a question), `article-info` (the day, N阅读, 来源：有来医生 on half); the
 * `doctor-box` (name, title, hospital, grade on 60%, 科室, 关注) before the body (60%) or after it;
 * the body's paragraphs; 本文由{name}医生原创 on half and a `审核专家：` line naming another doctor on 40%;
 * a 声明; 相关文章 links of other articles; 相关问答 items (/ask/ link, snippet, a format word on half).
 * Key: question the title; answer the body; the card the box's; date the article's day; format
 * unknown; the reviewer, 原创 line and articles none; items undated, their format where printed.
 */
const youlaiArticle: Family = {
  name: 'youlai-article',
  split: 'fresh-47',
  site: 'www.youlai.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const itemFormats = rng.chance(0.5);
    const box = `<div class="doctor-box"><img src="//image.youlai.cn/doc/${page.item.num % 997}.jpg" alt=""><div class="doc-info"><p><span class="name">${esc(d.name!)}</span> <span class="title">${d.title}</span></p><p><span class="hospital">${esc(d.hospital!)}</span>${gradeShown ? ` <span class="grade">${d.hospital_grade}</span>` : ''} <span class="dept">${esc(d.department!)}</span></p></div><a class="follow" href="javascript:;">关注</a></div>`;
    const content = `<div class="article-content">${ps(page.paragraphs)}</div>`;
    const reviewer = otherDoctor(rng, page);
    const foot = `<div class="article-foot">${rng.chance(0.5) ? `<p>本文由${esc(d.name!)}医生原创，未经授权禁止转载。</p>` : ''}${rng.chance(0.4) ? `<p>审核专家：${esc(reviewer.name)} ${reviewer.title} ${esc(reviewer.hospital)}</p>` : ''}</div>`;
    const articles = `<div class="related-articles"><h3>相关文章</h3><ul>${Array.from({ length: 3 }, (_, i) => `<li><a href="/yyk/article/${page.item.num + 11 * (i + 1)}.html">${esc(topicWord(page))}${['怎么治疗', '吃什么好', '的危害'][i]}</a></li>`).join('')}</ul></div>`;
    const list = page.related.length
      ? `<div class="related-ask"><h3>相关问答</h3><ul>${page.related
          .map((r) => `<li><a href="${askPath(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${itemFormats ? `<span class="fmt">${FORMAT_TAGS[r.format]}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const main = rng.chance(0.6) ? `${box}\n${content}` : `${content}\n${box}`;
    const body = `<div class="header"><a class="logo" href="/">有来医生</a> <a href="/ask/">问答</a> <a href="/yyk/article/">文章</a> <a href="/video/">视频</a></div>
<div class="crumbs"><a href="/">有来医生</a> &gt; <a href="/yyk/article/">科普文章</a> &gt; <a href="/yyk/article/ks/${page.item.num % 41}/">${esc(d.department!)}</a> &gt; 正文</div>
<div class="article-main"><h1 class="article-title">${esc(page.question)}</h1>
<div class="article-info"><span class="date">${page.date}</span> <span class="views">${rng.int(200, 90000)}阅读</span>${rng.chance(0.5) ? ' <span class="source">来源：有来医生</span>' : ''}</div>
${main}
${foot}
<div class="copyright">声明：本文内容仅供参考，不作为诊断及医疗依据。</div></div>
${articles}
${list}
<div class="footer">有来医生 youlai.cn 版权所有</div>`;
    const canonical = page.canonical.replace('/q/', '/yyk/article/');
    const html = documentOf(`${page.question}_有来医生`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e: ExpectedItem, i) => ({ format: itemFormats ? e.format : 'unknown', date: null, url: new URL(askPath(page.related[i]!), canonical).href })),
      }),
    };
  },
};

export const FRESH47_FAMILIES: readonly Family[] = [xywyMobile, fh21Ask, babytreeAsk, pinganJk, m39Ask, youlaiArticle];
