import { expectedOf, type Family, type Rendered } from './family.js';
import { ask, hm, personName, relatedWith, shift, token } from './ordinary-parts.js';
import { cls, encode, esc } from './parts.js';

/**
 * Eighth fresh held-out set (split `fresh-8`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) and without running it on these pages — and committed before
 * its first run. Each family is modelled on the general shape of a kind of real page (from
 * memory, no copied markup) that no earlier family covers: a 图文问诊 consult record whose answer
 * is several dated chat bubbles of the doctor with the patient's follow-ups between them; a card
 * printed as a <dl> of <dt> labels and <dd> values with a related <table> of 问题/回答/时间; a
 * Q&A set inside a long health article whose byline is an editor's, the doctor's answer a
 * <blockquote> with the doctor's card after it; a question as a short title over a long 问题描述
 * body, dates printed relative (3天前) with the absolute date in a title attribute.
 *
 * The answer key holds what a careful person reads on the page, as printed (a title attribute's
 * date counts: it shows on hover). A field the page does not print is null.
 */

const FOLLOW_UPS = ['好的，那需要做什么检查吗？', '谢谢医生，平时饮食要注意什么？', '明白了，要吃药吗？', '嗯嗯，那多久能好？', '医生，这个严重吗？'];

/**
 * M1. A 图文问诊 consult record (丁香医生 / 好大夫 kind): the patient's 病情描述 first, then a chat
 * of bubbles, each with its time: the doctor's reply comes as one bubble per paragraph with the
 * patient's short follow-ups between some of them; the doctor's card at the top (接诊医生) with
 * labelled lines or bare spans; the answer's date is the day of the doctor's bubbles; 感谢信 / 评价
 * after; related consults as a list.
 */
const chatBubbles: Family = {
  name: 'chat-bubbles',
  split: 'fresh-8',
  site: 'www.wenzhen-chat.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asked = shift(page.date!, -rng.int(0, 1));
    const side = rng.pick([['left', 'right'], ['doc', 'pat'], ['l', 'r']] as const);
    const bubble = (who: 'doc' | 'pat', text: string, stamp: string) => {
      const role = who === 'doc' ? side[0] : side[1];
      const label = who === 'doc' ? rng.pick([esc(d.name!), '医生', `${esc(d.name!)}医生`]) : rng.pick(['患者', '我', '提问者']);
      return `<div class="msg-${role}${rng.chance(0.5) ? ` ${token(rng, 4)}` : ''}"><div${cls(rng)}><span${cls(rng)}>${label}</span> <span${cls(rng)}>${stamp}</span></div><div${cls(rng)}>${esc(text)}</div></div>`;
    };
    const [h, m] = page.time.split(':').map(Number) as [number, number];
    let minute = h * 60 + m;
    const stamp = () => {
      const s = `${page.date} ${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      minute = Math.min(minute + rng.int(1, 4), 23 * 60 + 59);
      return s;
    };
    const chat: string[] = [];
    const ups = rng.shuffle(FOLLOW_UPS);
    page.paragraphs.forEach((p, i) => {
      if (i > 0 && rng.chance(0.35) && ups.length) chat.push(bubble('pat', ups.pop()!, stamp()));
      chat.push(bubble('doc', p, stamp()));
    });
    chat.push(bubble('pat', rng.pick(['谢谢医生！', '好的，谢谢您', '明白了，非常感谢']), stamp()));
    const labelled = rng.chance(0.5);
    const card = labelled
      ? `<div${cls(rng)}><p>接诊医生：${esc(d.name!)}</p><p>职称：${d.title}</p><p>医院：${esc(d.hospital!)}（${d.hospital_grade}）</p><p>科室：${esc(d.department!)}</p></div>`
      : `<div${cls(rng)}><div${cls(rng)}>接诊医生</div><img src="/avatar/${token(rng, 6)}.jpg" alt=""><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span><p${cls(rng)}>${esc(d.hospital!)} <em>${d.hospital_grade}</em></p></div>`;
    const list = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><span${cls(rng)}>${r.date}</span></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}-在线问诊记录</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">问诊聊天</a> &gt; <a href="/record/">问诊记录</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${card}
<div${cls(rng)}><b>病情描述：</b>${esc(ask(page))}，${rng.pick(['持续一周了', '时好时坏', '这两天比较明显'])}。<span${cls(rng)}>${rng.pick(['男', '女'])}｜${rng.int(3, 75)}岁</span> <span${cls(rng)}>${asked} ${hm(rng)}</span></div>
<div${cls(rng)}><div${cls(rng)}>问诊记录</div>
${chat.join('\n')}
<div${cls(rng)}>问诊已结束</div></div>
<div${cls(rng)}><b>患者评价</b><p>${rng.pick(['医生回复很及时，讲解很耐心。', '非常满意，谢谢医生。'])}</p></div>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相似问诊', '相关问诊记录', '相关问题'])}</h3><ul>${list.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>© 问诊聊天 本平台问诊内容仅供参考</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

/**
 * M2. A card as a <dl>: <dt> labels (医生 / 姓名, 职称, 科室, 医院, 医院等级) and <dd> values, in
 * some order, now and then without the grade row (then null); the answer under 医生回答 with its
 * 回复时间; the related list a <table> with a header row 问题 / 回答 / 时间, the question cell a
 * link, the answer cell the snippet.
 */
const dlCard: Family = {
  name: 'dl-card',
  split: 'fresh-8',
  site: 'ask.dl-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const withGrade = rng.chance(0.7);
    const rows: [string, string][] = rng.shuffle([
      [rng.pick(['职称', '医生职称']), d.title!],
      [rng.pick(['科室', '所在科室']), d.department!],
      [rng.pick(['医院', '所在医院', '执业医院']), d.hospital!],
      ...(withGrade ? ([[rng.pick(['医院等级', '等级']), d.hospital_grade!]] as [string, string][]) : []),
    ]);
    rows.unshift([rng.pick(['医生', '姓名', '回答医生']), d.name!]);
    const dl = `<dl${cls(rng)}>${rows.map(([k, v]) => `<dt${cls(rng)}>${k}${rng.pick(['', '：'])}</dt><dd${cls(rng)}>${esc(v)}</dd>`).join('')}</dl>`;
    const table = `<table${cls(rng)}><thead><tr><th>问题</th><th>回答</th><th>时间</th></tr></thead><tbody>${page.related
      .map((r) => `<tr><td><a href="${r.path}">${esc(r.question)}</a></td><td>${esc(r.snippet)}</td><td>${r.date}</td></tr>`)
      .join('')}</tbody></table>`;
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)}</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">健康问答</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${rng.chance(0.5) ? dl : ''}
<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['医生回答', '专家解答', '回答'])}</h2>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>${rng.pick(['回复时间', '回答时间'])}：${page.date} ${page.time}</p></div>
</div>`.replace(/\n\n/g, '\n');
    const card = html.includes('<dl') ? '' : dl;
    const full = `${html}
${card}
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关问题', '相关问答'])}</h3>${table}</div>` : ''}
<div${cls(rng)}>© 健康问答</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(full, 'utf-8'), expected: expectedOf(page, { doctor: { ...d, hospital_grade: withGrade ? d.hospital_grade : null }, format: 'unknown', related }) };
  },
};

const ARTICLE_LINES = [
  '近年来，随着生活节奏加快，越来越多的人开始关注这方面的健康问题。',
  '很多网友在后台留言，希望了解相关的知识。',
  '为此，我们邀请了专业医生为大家解答。',
  '下面是一位网友的提问和医生的回答，供大家参考。',
];

/**
 * M3. A Q&A inside a long health article of a news site's 健康 channel: the article's title
 * (not the question) as <h1>, a byline with the 编辑 / 责任编辑 / 来源 and the article's date,
 * introductory paragraphs, then 网友提问：question, the doctor's answer in a <blockquote>, the
 * doctor's card after it (——name title, hospital department), closing paragraphs, related
 * articles as a list of linked questions with snippets.
 */
const articleEmbed: Family = {
  name: 'article-embed',
  split: 'fresh-8',
  site: 'health.xinwen-daily.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const editor = personName(rng);
    const intro = rng.shuffle(ARTICLE_LINES).slice(0, rng.int(2, 4)).map((t) => `<p${cls(rng)}>${t}</p>`).join('\n');
    const card = rng.pick([
      `<p${cls(rng)}>——${esc(d.name!)} ${d.title}，${esc(d.hospital!)}（${d.hospital_grade}）${esc(d.department!)}</p>`,
      `<div${cls(rng)}><span>解答医生：</span><b>${esc(d.name!)}</b> <span>${d.title}</span> <span>${esc(d.hospital!)}</span> <span>${d.hospital_grade}</span> <span>${esc(d.department!)}</span></div>`,
    ]);
    const list = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${r.date}</span></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}？医生这样说_健康频道_新闻日报</title>
<link rel="canonical" href="${page.canonical}">
<meta property="og:type" content="article">
</head>
<body>
<div${cls(rng)}><a href="/">新闻日报</a> <a href="/health/">健康</a> <a href="/news/">要闻</a></div>
<article${cls(rng)}>
<h1${cls(rng)}>${esc(ask(page).slice(0, 12))}${rng.pick(['？医生这样说', '，你需要知道这些', '？听听专家怎么说'])}</h1>
<div${cls(rng)}><span>${rng.pick(['编辑', '责任编辑', '文/编辑'])}：${esc(editor)}</span> <span>来源：新闻日报</span> <span>${page.date} ${page.time}</span></div>
${intro}
<p${cls(rng)}><b>网友提问：</b>${esc(page.question)}</p>
<blockquote${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</blockquote>
${card}
<p${cls(rng)}>${rng.pick(['专家提醒，如有不适请及时就医。', '本文仅供参考，不作为诊断依据。'])}</p>
<p${cls(rng)}>（${rng.pick(['责任编辑', '编辑'])}：${esc(editor)}）</p>
</article>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关阅读', '相关问答', '延伸阅读'])}</h3><ul>${list.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>Copyright © 新闻日报 版权所有</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

/** 3天前-style text for a date `days` before the day the page was served. */
const relative = (days: number) => (days === 0 ? '今天' : days === 1 ? '昨天' : days < 30 ? `${days}天前` : days < 365 ? `${Math.floor(days / 30)}个月前` : `${Math.floor(days / 365)}年前`);

/**
 * M4. A question as a short title (<h1>) over a long 问题描述 body (the asker's several sentences,
 * age and sex); every date printed relative (3天前, 2个月前, 1年前) inside an element whose title
 * attribute holds the absolute date (2023-05-06 14:22); the card as bare spans; the answer under
 * a 医生回复 label; related items with relative dates likewise.
 */
const relativeTitle: Family = {
  name: 'relative-title',
  split: 'fresh-8',
  site: 'm.wenda-jk.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const days = () => rng.int(0, 800);
    const when = (iso: string, time: string) => {
      const tag = rng.pick(['span', 'time', 'em']);
      return `<${tag}${cls(rng)} title="${iso} ${time}">${relative(days())}</${tag}>`;
    };
    const body = [
      `${esc(ask(page))}，${rng.pick(['大概有半个月了', '断断续续一个多月', '最近几天特别明显'])}。`,
      rng.pick(['之前去社区医院看过，说没什么大问题。', '没有做过检查，也没吃过药。', '自己在网上查了很多，越看越担心。']),
      rng.pick(['想问一下医生需要注意什么，要不要去医院？', '请问这种情况应该怎么处理？', '麻烦医生帮忙看看，谢谢。']),
    ].join('');
    const card = `<div${cls(rng)}><img src="/avatar/${token(rng, 6)}.jpg" alt=""><span${cls(rng)}>${esc(d.name!)}</span><span${cls(rng)}>${d.title}</span><span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}><span>${esc(d.hospital!)}</span><span${cls(rng)}>${d.hospital_grade}</span></div></div>`;
    const list = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${when(r.date!, hm(rng))}</li>`);
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${esc(page.question)}</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><div${cls(rng)}>${rng.pick(['问题描述', '病情描述', '详细描述'])}</div><p${cls(rng)}>${body}</p><span${cls(rng)}>${rng.pick(['男', '女'])} ${rng.int(3, 80)}岁</span> ${when(shift(page.date!, -rng.int(1, 3)), hm(rng))}</div>
</div>
<div${cls(rng)}>${card}
<div${cls(rng)}>${rng.pick(['医生回复', '医生解答'])} ${when(page.date!, page.time)}</div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关问题', '其他人还问了'])}</div><ul>${list.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>© 问答健康</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

export const FRESH8_FAMILIES: readonly Family[] = [chatBubbles, dlCard, articleEmbed, relativeTitle];
