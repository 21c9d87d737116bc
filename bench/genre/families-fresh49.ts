import type { Rng } from '../../kit/pages/rng.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, cardPlain, cnDate, dayText, documentOf, formatWord, relatedWith, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Forty-ninth fresh held-out set (split `fresh-49`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Theme: the real sites of the genre (a sixth set, none of the sites
 * fresh-44 … fresh-48 or the known split model; four families: a fifth, on a parenting site's
 * 专家回答, was dropped as too like fresh-47's babytree-ask), each family modelled from memory (no copied markup)
 * on one site's question page, with the class names and wording remembered of it.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null (format 'unknown'). Where a careful person could hesitate, the key decides (the
 * README row says the same):
 * - jk160-ask: the 出诊 schedule (weekdays with month-day heads, 预约 / 约满) and the card's counters
 *   are none of the card or the date; the answer's 回答时间 is the date.
 * - alihealth-ask: a keyword linked inside the answer (疾病百科 link) is text of the answer, no related
 *   item; the 推荐用药 drug cards are none of the answer and no related items.
 * - qq-yidian: of 发布时间 and 更新时间 the date is 发布时间 (the answer's day; 更新 is the page's revision);
 *   the 医学审核 reviewer is none of the card; format video / voice only where the player shows.
 * - sm-medical: the question in the search box is no heading; the 查看原文 link to the partner's page is
 *   no related item; the 来源 line's day is the date, its partner none of the card.
 */

type Related = TruthPage['related'][number];

/** A random class-free id-ish number for addresses. */
const num = (rng: Rng) => rng.int(100000, 9999999);


/** The hospital's grade printed beside it where shown, as a tag. */
const gradeTag = (grade: string | null, tag: string, klass: string) => (grade ? ` <${tag} class="${klass}">${grade}</${tag}>` : '');

const SKILLS = ['擅长：小儿呼吸道感染、腹泻、湿疹等常见病的诊治。', '擅长：胃肠疾病、慢性胃炎的诊断和治疗。', '擅长：各类皮肤病、过敏性疾病的诊治。', '擅长：妇科炎症、月经不调、孕期保健。', '擅长：高血压、冠心病等心血管疾病的诊治。'];

// --- F1. jk160-ask ---

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The week of appointments after `iso`: heads `周一 05-08`, a row each for 上午 and 下午. */
function schedule(rng: Rng, from: string): string {
  const days = Array.from({ length: 7 }, (_, i) => shift(from, i));
  const weekday = (iso: string) => WEEKDAYS[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  const cell = () => rng.pick(['<td></td>', '<td></td>', '<td><a class="yy" href="javascript:;">预约</a></td>', '<td class="full">约满</td>', '<td class="stop">停诊</td>']);
  return `<div class="doc-schedule"><h4>出诊时间</h4><table><tr><th></th>${days.map((iso) => `<th>${weekday(iso)}<br>${iso.slice(5)}</th>`).join('')}</tr>
<tr><td>上午</td>${days.map(cell).join('')}</tr>
<tr><td>下午</td>${days.map(cell).join('')}</tr></table><p class="tip">号源实时更新，请以预约页面为准</p></div>`;
}

/**
 * F1. 健康160 问医生 (www.91160.com), an appointment site's Q&A page, UTF-8: the site's header
 * (预约挂号, 问医生, 找医院), crumbs 首页 > 问医生 > {科室} > 问题详情, `title` `<h1>`, `q-meta` (sex, age,
 * 提问时间), 病情描述：; the `doc-box` card (name link, title; hospital with a grade tag on 40% and 科室;
 * 擅长 on 60%; 评分 · 问诊量 · 预约量; 预约挂号 / 在线问诊 buttons) with its 出诊时间 week table (weekday
 * and month-day heads, 预约 / 约满 / 停诊) in the card on 70%, else in a side column after the answer; the
 * answer headed 医生回答 (under 病情分析： / 指导意见： on half), 回答时间 day (and time), a format word on
 * 40%; disclaimer; 相关问答 items (link, snippet, the day).
 */
const jk160Ask: Family = {
  name: 'jk160-ask',
  split: 'fresh-49',
  site: 'www.91160.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const heads = rng.chance(0.5);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const week = schedule(rng, shift(page.date!, rng.int(30, 900)));
    const inCard = rng.chance(0.7);
    const docId = num(rng);
    const card = `<div class="doc-box">
<div class="doc-card"><img class="avatar" src="//img.91160.com/doc/${token(rng, 10)}.jpg" alt="${esc(d.name!)}">
<div class="doc-info"><a class="doc-name" href="/doctors/index/docid-${docId}.html">${esc(d.name!)}</a> <span class="doc-title">${d.title}</span>
<p class="doc-unit"><a href="/unit/${num(rng)}.html">${esc(d.hospital!)}</a>${gradeTag(gradeShown ? d.hospital_grade : null, 'i', 'tag')} <span>${esc(d.department!)}</span></p>${rng.chance(0.6) ? `\n<p class="doc-skill">${rng.pick(SKILLS)}</p>` : ''}
<p class="doc-stat">评分 <b>${(9 + rng.int(0, 10) / 10).toFixed(1)}</b> · 问诊量 ${rng.int(100, 9000)} · 预约量 ${rng.int(100, 30000)}</p>
<a class="btn-yuyue" href="/doctors/index/docid-${docId}.html#yuyue">预约挂号</a> <a class="btn-ask" href="/ask/doc-${docId}.html">在线问诊</a></div></div>
${inCard ? week : ''}</div>`;
    const when = `<div class="time">回答时间：${dayText(rng, page.date!, page.time)}${printFormat ? ` <span class="type">${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const answer = `<div class="answer"><div class="hd">医生回答</div><div class="answer-txt">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>\n${when}</div>`;
    const related = page.related.length
      ? `<div class="related"><h3>相关问答</h3><ul>${page.related.map((r) => `<li><a class="q" href="${r.path}">${esc(r.question)}</a><p class="a">${esc(r.snippet)}</p><span class="date">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><a class="logo" href="/">健康160</a> <a href="/guahao/">预约挂号</a> <a href="/ask/">问医生</a> <a href="/hospitals/">找医院</a> <a href="/doctors/">找医生</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">问医生</a> &gt; <a href="/ask/dep-${num(rng)}.html">${esc(d.department!)}</a> &gt; <span>问题详情</span></div>
<div class="ask-detail">
<h1 class="title">${esc(page.question)}</h1>
<div class="q-meta">${rng.pick(['男', '女'])} ${rng.int(1, 80)}岁 | 提问时间：${shift(page.date!, -rng.int(0, 2))}</div>
<div class="q-desc">病情描述：${rng.pick(ASKER_LINES)}</div>
${card}
${answer}
<p class="disclaimer">${rng.pick(DISCLAIMERS)}</p>
</div>
${inCard ? '' : `<div class="side">${week}</div>\n`}${related}
<div class="footer">健康160 版权所有 粤ICP备xxxxxxxx号</div>`;
    const html = documentOf(`${page.question}_健康160问医生`, page.canonical, '', body);
    const expected = expectedOf(page, {
      doctor: cardPlain(page, gradeShown),
      paragraphs,
      format: printFormat ? page.format : 'unknown',
      related: relatedWith(page, () => ({ format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. alihealth-ask ---

const DRUGS = ['布洛芬缓释胶囊 0.3g*24粒', '奥美拉唑肠溶胶囊 20mg*14粒', '蒙脱石散 3g*10袋', '氯雷他定片 10mg*6片', '阿莫西林胶囊 0.25g*24粒', '复方甘草片 100片'];

/** The paragraph with its first mention of `word` linked to the disease's 百科 page (at most once a page). */
const linkWord = (p: string, word: string, href: string) => {
  const at = p.indexOf(word);
  return at < 0 ? esc(p) : `${esc(p.slice(0, at))}<a class="kw-link" href="${href}">${esc(word)}</a>${esc(p.slice(at + word.length))}`;
};

/**
 * F2. 阿里健康 问医生, mobile (m.alihealth.cn), UTF-8: `ah-nav` (‹, 问题详情, 打开阿里健康APP), `q-title`
 * `<h1>`, the asker's words on half; one `answer-card`: the doctor bar (name, title, an `阿里健康认证`
 * badge; hospital with a grade tag on 40% · 科室), the text with the disease's name (and on half a
 * symptom) linked to the site's 疾病百科 page where the text names them, the day and `有用 N`; a
 * 推荐用药 block of 1–2 drug cards (name and pack, ¥price, 处方药 note now and then, 去购买) after the
 * answer (or between the card and the text on 30%); 大家都在问 items, each one link (question, snippet,
 * `N人觉得有用`).
 */
const alihealthAsk: Family = {
  name: 'alihealth-ask',
  split: 'fresh-49',
  site: 'm.alihealth.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const topic = TOPICS.find((t) => page.question.includes(t.disease) || t.symptoms.some((s) => page.question.includes(s)));
    // Only a disease the site has a 百科 page for (and its symptoms) is linked.
    const words = topic ? [topic.disease, ...(rng.chance(0.5) ? [rng.pick(topic.symptoms)] : [])] : [];
    const linked = new Set<string>();
    const text = page.paragraphs
      .map((p) => {
        const word = words.find((w) => !linked.has(w) && p.includes(w));
        if (!word) return `<p>${esc(p)}</p>`;
        linked.add(word);
        return `<p>${linkWord(p, word, `/disease/${num(rng)}.html`)}</p>`;
      })
      .join('\n');
    const drugs = `<div class="drug-rec"><h4>推荐用药</h4>${Array.from({ length: rng.int(1, 2) }, () => {
      const rx = rng.chance(0.3);
      return `<a class="drug-item" href="//m.alihealth.cn/drug/${num(rng)}.html"><img src="//img.alicdn.com/${token(rng, 12)}.jpg" alt=""><p class="drug-name">${rng.pick(DRUGS)}</p><p class="price">¥${rng.int(8, 89)}.${rng.int(0, 9)}0</p>${rx ? '<span class="rx">处方药 需凭处方购买</span>' : ''}<span class="buy">去购买</span></a>`;
    }).join('')}</div>`;
    const drugsFirst = rng.chance(0.3);
    const day = rng.pick([page.date!, cnDate(page.date!), page.date!.replace(/-/g, '.')]);
    const related = page.related.length
      ? `<div class="related"><h3>大家都在问</h3>${page.related.map((r) => `<a class="rel-item" href="${r.path}"><p class="rel-q">${esc(r.question)}</p><p class="rel-a">${esc(r.snippet)}</p><span class="rel-meta">${rng.int(2, 900)}人觉得有用</span></a>`).join('\n')}</div>`
      : '';
    const body = `<header class="ah-nav"><a class="back" href="javascript:history.back()">‹</a><span class="nav-title">问题详情</span><a class="open-app" href="https://m.alihealth.cn/app">打开阿里健康APP</a></header>
<div class="question-card"><h1 class="q-title">${esc(page.question)}</h1>${rng.chance(0.5) ? `<p class="q-extra">${rng.pick(ASKER_LINES)}</p>` : ''}</div>
<div class="answer-card">
<div class="doctor-bar"><img class="d-avatar" src="//img.alicdn.com/doc/${token(rng, 10)}.png" alt=""><div class="d-main"><span class="d-name">${esc(d.name!)}</span> <span class="d-title">${d.title}</span> <i class="auth">阿里健康认证</i>
<p class="d-org">${esc(d.hospital!)}${gradeTag(gradeShown ? d.hospital_grade : null, 'span', 'level')} · ${esc(d.department!)}</p></div></div>
${drugsFirst ? `${drugs}\n` : ''}<div class="answer-text">${text}</div>
<div class="answer-foot"><span class="time">${day}</span> <span class="useful">有用 ${rng.int(0, 500)}</span></div>
</div>
${drugsFirst ? '' : `${drugs}\n`}${related}
<div class="ah-foot">本页内容仅供参考，不作为诊断和治疗依据 · 阿里健康</div>`;
    const html = documentOf(`${page.question}-阿里健康`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const expected = expectedOf(page, {
      doctor: cardPlain(page, gradeShown),
      format: 'unknown',
      related: relatedWith(page, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. qq-yidian ---

const REVIEW_ORGS = ['腾讯医典医学审核团队', '中华医学会科普专家', '医典审核专家组'];

/** An item's format as the list prints it: a tag for video and voice, none for the rest. */
const itemTag = (r: Related) => (r.format === 'video' ? '<span class="tag">视频</span>' : r.format === 'voice' ? '<span class="tag">音频</span>' : '');

/**
 * F3. 腾讯医典 问答 (baike.qq.com), UTF-8: the `yd-header` (腾讯医典, 疾病, 问答, 科普), crumbs 腾讯医典 > {topic} >
 * 问答, `qa-title` `<h1>`; the `author-card` (name, title; hospital with a grade on 40% · 科室); for a video
 * answer a player (poster, `02:13` duration) and for a voice answer an audio bar (`听医生说`, a length) on
 * 80% of such pages; the text; a `qa-meta` line with 发布时间 and, on 60%, 更新时间 (a later day) before or
 * after it; a `qa-review` line (医学审核：another doctor's name and title, or 本文已经{org}审核) on 60%;
 * 内容来源 line; 相关问答 items (link, the item's doctor line, a 视频 / 音频 tag where it is one), undated.
 */
const qqYidian: Family = {
  name: 'qq-yidian',
  split: 'fresh-49',
  site: 'baike.qq.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const player = page.format === 'video' || page.format === 'voice' ? rng.chance(0.8) : false;
    const length = `${String(rng.int(0, 4)).padStart(2, '0')}:${String(rng.int(10, 59))}`;
    const media = !player
      ? ''
      : page.format === 'video'
        ? `<div class="qa-video"><video poster="//mat1.gtimg.com/yidian/${token(rng, 10)}.jpg" preload="none"></video><span class="duration">${length}</span></div>\n`
        : `<div class="qa-audio"><span class="play"></span><span class="label">听医生说</span><span class="duration">${length}</span></div>\n`;
    const updated = rng.chance(0.6) ? `<span class="upd">更新时间：${shift(page.date!, rng.int(30, 700))}</span>` : '';
    const published = `<span class="pub">发布时间：${page.date}</span>`;
    const meta = `<div class="qa-meta">${rng.chance(0.5) ? `${published} ${updated}` : `${updated} ${published}`}</div>`;
    const review = rng.chance(0.6)
      ? `<div class="qa-review">${rng.chance(0.5) ? `医学审核：${esc(rng.pick(['李建国', '王丽华', '陈志强', '赵静怡']))} ${rng.pick(['主任医师', '副主任医师'])}` : `本文已经${rng.pick(REVIEW_ORGS)}审核`}</div>\n`
      : '';
    const related = page.related.length
      ? `<div class="related"><h3>相关问答</h3><ul>${page.related.map((r) => `<li><a href="${r.path}" class="rel-q">${esc(r.question)}</a><p class="rel-doc">${esc(rng.pick(['张明轩', '刘海燕', '周文博', '吴春梅']))} ${rng.pick(['主任医师', '副主任医师', '主治医师'])}</p>${itemTag(r)}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="yd-header"><a class="logo" href="/">腾讯医典</a> <a href="/disease">疾病</a> <a href="/qa">问答</a> <a href="/kepu">科普</a></div>
<div class="crumbs"><a href="/">腾讯医典</a> &gt; <a href="/disease/${num(rng)}">${esc(topicWord(page))}</a> &gt; <span>问答</span></div>
<div class="qa-main">
<h1 class="qa-title">${esc(page.question)}</h1>
<div class="author-card"><img src="//mat1.gtimg.com/yidian/doc/${token(rng, 8)}.png" alt=""><div><span class="name">${esc(d.name!)}</span> <span class="title">${d.title}</span><p class="org">${esc(d.hospital!)}${gradeShown ? ` ${d.hospital_grade}` : ''} · ${esc(d.department!)}</p></div></div>
${media}<div class="qa-content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${meta}
${review}<div class="qa-source">内容来源：腾讯医典</div>
</div>
${related}
<div class="yd-footer">腾讯医典 · 内容仅供参考，不能代替医生面诊 · Copyright © 1998 - 2023 Tencent</div>`;
    const html = documentOf(`${page.question}_腾讯医典`, page.canonical, '', body);
    const expected = expectedOf(page, {
      doctor: cardPlain(page, gradeShown),
      format: player ? page.format : 'unknown',
      related: relatedWith(page, (e) => ({ paragraphs: [], date: null, format: e.format === 'video' || e.format === 'voice' ? e.format : 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. sm-medical ---

const PARTNERS: readonly (readonly [string, string])[] = [
  ['有来医生', 'www.youlai.cn'],
  ['快速问医生', 'www.120.net'],
  ['医联', 'www.medlinker.com'],
  ['好大夫在线', 'www.haodf.com'],
];

/**
 * F4. 神马医疗 (UC / 神马搜索's medical answer page, yiliao.sm.cn), mobile, UTF-8: the search bar at the top
 * with the question as the box's value; a `med-card` (a `权威医疗` tag, the `med-q` `<h1>`, the doctor line:
 * name, title, hospital with a grade on 40%, 科室), the answer (clamped to 5 lines with 展开全部 on half, the
 * whole text in the markup), `本回答由{partner}提供` with the partner's answer day and a 查看原文 link to the
 * partner's page, 有帮助 / 没帮助; a `免费问医生` banner; 相关推荐 items (link, snippet, `来源：{partner}` on
 * 60%), undated.
 */
const smMedical: Family = {
  name: 'sm-medical',
  split: 'fresh-49',
  site: 'yiliao.sm.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const [partner, host] = rng.pick(PARTNERS);
    const clamp = rng.chance(0.5);
    const day = rng.pick([page.date!, cnDate(page.date!)]);
    const sourceLine = `<div class="med-src">本回答由<span class="partner">${partner}</span>提供 · ${day} <a class="orig" href="https://${host}/${rng.pick(['ask', 'question', 'q'])}/${num(rng)}.html">查看原文</a></div>`;
    const related = page.related.length
      ? `<div class="med-rel"><h3>相关推荐</h3>${page.related.map((r) => `<div class="rel-item"><a href="${r.path}">${esc(r.question)}</a><p class="rel-abs">${esc(r.snippet)}</p>${rng.chance(0.6) ? `<span class="rel-src">来源：${rng.pick(PARTNERS)[0]}</span>` : ''}</div>`).join('\n')}</div>`
      : '';
    const body = `<div class="sc-header"><a class="logo" href="https://m.sm.cn/">神马</a><form action="https://m.sm.cn/s"><input name="q" type="search" value="${esc(page.question)}"><button>搜索</button></form></div>
<div class="med-card">
<span class="med-tag">权威医疗</span>
<h1 class="med-q">${esc(page.question)}</h1>
<div class="doc-line"><img src="//image.uc.cn/med/${token(rng, 10)}.png" alt=""><span class="doc-name">${esc(d.name!)}</span> <span class="doc-title">${d.title}</span> <span class="doc-hos">${esc(d.hospital!)}</span>${gradeTag(gradeShown ? d.hospital_grade : null, 'span', 'doc-lv')} <span class="doc-dep">${esc(d.department!)}</span></div>
<div class="med-answer${clamp ? ' clamp-5' : ''}">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>${clamp ? '\n<a class="unfold" href="javascript:;">展开全部</a>' : ''}
${sourceLine}
<div class="med-fb"><a>有帮助</a> <a>没帮助</a></div>
</div>
<div class="med-cta"><a href="https://m.sm.cn/ask">免费问医生 · 三甲医生 在线解答</a></div>
${related}
<div class="sc-footer">以上内容由合作方提供，仅供参考，不能作为诊断依据 · 神马搜索</div>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n<style>.clamp-5{display:-webkit-box;-webkit-line-clamp:5;-webkit-box-orient:vertical;overflow:hidden}</style>\n`;
    const html = documentOf(`${page.question} - 神马医疗`, page.canonical, head, body);
    const expected = expectedOf(page, {
      doctor: cardPlain(page, gradeShown),
      format: 'unknown',
      related: relatedWith(page, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH49_FAMILIES: readonly Family[] = [jk160Ask, alihealthAsk, qqYidian, smMedical];
