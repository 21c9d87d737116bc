import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Expected, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, ask, cardPlain, cnDate, documentOf, hm, personName, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Forty-sixth fresh held-out set (split `fresh-46`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Theme: the real sites of the genre (a third set, none of the sites
 * fresh-44 and fresh-45 model): each family is modelled from memory (no copied markup) on the
 * question page of one large Chinese medical Q&A site, with the class names, labels, card wording,
 * answer headings, asker's blocks, related lists, footers, encodings and date forms remembered of
 * it, the markup varying only as that site's templates did:
 * 有问必答 desktop (www.120ask.com/question), 快速问医生 (www.120.net 问答), 百度健康 医生回答
 * (health.baidu.com, mobile), 求医网 (www.qiuyi.cn, GBK), 搜狗明医 (mingyi.sogou.com, an aggregator of
 * other sites' answers) and 好大夫在线 看病经验 (a patient's review of a doctor: no Q&A, `noEntry`).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden text is no text). Section heads printed on a line of their own
 * (`病情分析：`, `意见建议：`) are paragraphs of the answer, as analysis-advice (fresh-4) keys them.
 * Where a careful person could hesitate, the key decides (each family's comment says how):
 * several doctors answering one question, 追问 rounds, the asker's blocks and days, decoy doctors'
 * cards (online-doctor widgets, a 审核 reviewer), the source line of an aggregated answer.
 */

type Related = TruthPage['related'][number];

const SEX = ['男', '女'];
const age = (rng: Rng) => `${rng.int(1, 78)}岁`;
/** Seconds for a time printed with them (10:22:31). */
const withSeconds = (rng: Rng, time: string) => `${time}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const numOf = (r: Related) => r.path.replace(/\D/g, '');
/** The expected items of a site whose question pages are not /q/N.html: each at `href` of it (against the page's address), with what `change` says. */
const itemsAt = (page: TruthPage, canonical: string, href: (r: Related) => string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  relatedWith(page, (e, i) => ({ ...change(e), url: new URL(href(page.related[i]!), canonical).href }));
/** The first paragraph and the rest, for answers the site splits under two heads. */
const headed = (page: TruthPage, first: string, second: string) => {
  const [p0, ...rest] = page.paragraphs;
  return rest.length ? [first, p0!, second, ...rest] : [first, p0!];
};
const OTHER_ANSWERS = [
  '你好，根据你的描述，建议先到医院相关科室就诊，完善检查后再对症处理。',
  '这种情况需要结合检查结果来判断，注意休息，清淡饮食，必要时复诊。',
  '您好，建议尽快就医，在医生指导下用药，不要自行服用抗生素。',
  '考虑与生活习惯有关，平时注意规律作息，如果症状加重要及时就医。',
];
const ZHUIWEN = ['请问需要吃什么药？', '那平时饮食上要注意什么？', '需要去医院做检查吗？', '这个严重吗，多久能好？'];
const ZHUIWEN_REPLY = ['可以先观察几天，症状不缓解再来医院。', '饮食清淡，少吃辛辣刺激的食物。', '建议做个血常规看看。', '一般一到两周能好转，注意休息。'];
/** A doctor other than the page's: name, title, hospital. */
const otherDoctor = (rng: Rng, page: TruthPage) => ({
  name: personName(rng, page.doctor.name!),
  title: rng.pick(['主任医师', '副主任医师', '主治医师', '医师']),
  hospital: `${page.doctor.hospital!.replace(/(市).*$/u, '$1')}${rng.pick(['第一人民医院', '中医院', '妇幼保健院', '人民医院'])}`,
});

// --- F1. ask120-desktop ---

/**
 * F1. 有问必答 desktop (www.120ask.com/question/{id}.htm), UTF-8: the `b_route` crumbs 有问必答 >
 * {科室} > {disease}, `<h1 id="d_askH1">` in `b_askti`, the asker's line (sex, age, day and time with
 * seconds 1–2 days before), the `b_askcont` blocks 健康咨询描述： / 曾经的治疗情况和效果： /
 * 想得到怎样的帮助：; then `b_answerarea` with 1–3 `b_answerli` answers, each a card (`b_sp1` name link,
 * title, hospital and 科室 on one line, 擅长：, 帮助过N人 — before the text, or after it on the old
 * template, 30%) and a `crazy_new` text: under `病情分析：` / `意见建议：` heads each on its own line
 * (75%, the first paragraph under the first head) or plain; the 回复时间 with seconds (the other doctors'
 * 1–3 days after the first's); under the first answer on 40% a 追问 round (the asker's 追问： the next
 * day, the doctor's 医生回复： the day after); a 推荐 ad
 * between the first two answers on half; 相关问题 items (link, snippet, `N人回答`, the day on half).
 * Key: the page's answer the first shown (the site lists answers as they came and marks none); the
 * other doctors' cards, texts and days none of it; the heads paragraphs of it; the 追问 round none of
 * the answer and its day none; the asker's blocks and day none; no grade printed (null); format
 * unknown; the date the first answer's 回复时间 day; `N人回答` no snippet.
 */
const ask120Desktop: Family = {
  name: 'ask120-desktop',
  split: 'fresh-46',
  site: 'www.120ask.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.120ask.com/question/${page.item.num}.htm`;
    const href = (r: Related) => `/question/${numOf(r)}.htm`;
    const oldTemplate = rng.chance(0.3);
    const sectioned = rng.chance(0.75);
    const datedItems = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 2));
    const topic = topicWord(page);
    const card = (name: string, title: string, hospital: string, dept: string) =>
      `<div class="b_answertop"><div class="b_answertl"><img src="https://tx.120askimages.com/120ask/${token(rng, 8)}.jpg" alt="${esc(name)}" class="b_ansimg"><span class="b_sp1"><a href="https://www.120ask.com/expert/${rng.int(100000, 999999)}/" target="_blank">${esc(name)}</a></span><span class="b_sp2">${title}</span></div>
<div class="b_answertr"><p>${esc(hospital)}　${esc(dept)}</p><p>擅长：${esc(topic)}、${rng.pick(['常见病', '慢性病', '多发病'])}的诊治</p><p>帮助过<em>${rng.int(200, 90000)}</em>人</p></div></div>`;
    const text = (paragraphs: string[]) =>
      `<div class="b_anscont_cont"><div class="crazy_new">${paragraphs.map((p) => (/^(病情分析|意见建议)：$/u.test(p) ? `<p><span>${p}</span></p>` : `<p>${esc(p)}</p>`)).join('')}</div></div>`;
    const answer = (cardHtml: string, textHtml: string, day: string, time: string, extra = '') =>
      `<div class="b_answerli">${oldTemplate ? `${textHtml}\n${cardHtml}` : `${cardHtml}\n${textHtml}`}
<div class="b_anscont_time"><span>回复时间：${day} ${withSeconds(rng, time)}</span><span class="b_useful">有用(${rng.int(0, 40)})</span></div>${extra}</div>`;
    const paragraphs = sectioned ? headed(page, '病情分析：', '意见建议：') : page.paragraphs;
    const zhuiwen = rng.chance(0.4)
      ? `<div class="b_zhuiwen"><p><b>追问：</b>${rng.pick(ZHUIWEN)}<span>${shift(page.date!, 1)} ${hm(rng)}</span></p><p><b>医生回复：</b>${rng.pick(ZHUIWEN_REPLY)}<span>${shift(page.date!, 2)} ${hm(rng)}</span></p></div>`
      : '';
    const answers = [answer(card(d.name!, d.title!, d.hospital!, d.department!), text(paragraphs), page.date!, page.time, zhuiwen)];
    for (let i = rng.int(0, 2); i > 0; i--) {
      const o = otherDoctor(rng, page);
      const day = shift(page.date!, rng.int(1, 3));
      answers.push(answer(card(o.name, o.title, o.hospital, d.department!), text(sectioned ? ['病情分析：', rng.pick(OTHER_ANSWERS), '意见建议：', rng.pick(OTHER_ANSWERS)] : [rng.pick(OTHER_ANSWERS)]), day, hm(rng)));
    }
    if (answers.length > 1 && rng.chance(0.5)) answers.splice(1, 0, `<div class="b_tuiguang"><a href="https://www.120ask.com/zhuanti/${token(rng, 6)}/" target="_blank">推荐：${esc(topic)}怎么治疗效果好？点击免费咨询专家</a></div>`);
    const items = page.related
      .map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${rng.int(1, 9)}人回答</span>${datedItems ? `<span class="b_date">${r.date}</span>` : ''}</li>`)
      .join('\n');
    const body = `<div class="b_head"><a href="https://www.120ask.com/">有问必答网</a> <a href="https://www.120ask.com/ask/">快速提问</a> <a href="https://www.120ask.com/list/">问题分类</a></div>
<div class="b_route">当前位置：<a href="https://www.120ask.com/">有问必答</a> &gt; <a href="https://www.120ask.com/list/${rng.int(10, 99)}/">${esc(d.department!)}</a> &gt; <a href="https://www.120ask.com/list/${esc(topic)}/">${esc(topic)}</a></div>
<div class="b_main"><div class="b_left">
<div class="b_askti"><h1 id="d_askH1">${esc(page.question)}</h1></div>
<div class="b_askab1"><span>${rng.pick(SEX)}</span>|<span>${age(rng)}</span>|<span>${askDay} ${withSeconds(rng, hm(rng))}</span></div>
<div class="b_askcont"><p class="crazy_new"><span>健康咨询描述：</span>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p><p><span>曾经的治疗情况和效果：</span>${rng.pick(['无', '吃过药，效果不明显', '没有治疗过'])}</p><p><span>想得到怎样的帮助：</span>${rng.pick(['请问是什么原因，怎么治疗？', '需要做什么检查？', '该怎么调理？'])}</p></div>
<div class="b_answerarea"><div class="b_answerhd">${answers.filter((a) => a.startsWith('<div class="b_answerli')).length}个回答</div>
${answers.join('\n')}
</div>
${page.related.length ? `<div class="b_rela"><h3>相关问题</h3><ul>${items}</ul></div>` : ''}
</div><div class="b_right"><div class="b_ad"><a href="https://www.120ask.com/ask/">免费提问 快速回复</a></div></div></div>
<div class="b_foot"><p>免责声明：本站信息仅供参考，不能作为诊断及医疗的依据。</p><p>Copyright © 2005-2024 120ask.com All Rights Reserved</p></div>`;
    const html = documentOf(`${page.question}_有问必答_快速问医生`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs,
        format: 'unknown',
        related: itemsAt(page, canonical, href, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F2. kuaiwen-120net ---

const ONLINE_WORDS = ['在线', '空闲', '忙碌'];

/**
 * F2. 快速问医生 问答 (www.120.net/wenda/{id}.html), UTF-8: crumbs 快速问医生 > 问答 > {科室} > 正文,
 * `<h1>`, the asker's `病情描述` (sex, age) and 提问时间 day; the `answer-box`: the card (photo,
 * name, title, hospital, 科室 in `doc-info` — one line `hospital 科室` or two; 好评率 N%, 已帮助N位患者)
 * over the text (plain paragraphs), `{day} {time}` under it and 对我有帮助; a 在线医生 widget of 3–4
 * other doctors (name, title, hospital, 在线 / 忙碌, 立即咨询) in the left column before the content
 * (50%) or in the right column after it; a 免费问医生 banner (快速回复，不满意不收费) above the answer on
 * half; 相关问答 items (link, snippet, day on 70%). Key: the page's doctor is the one whose card
 * stands in the answer box; the widget's doctors and the banner none; no grade printed (null); the
 * asker's day none; date the answer's day; format unknown.
 */
const kuaiwen120net: Family = {
  name: 'kuaiwen-120net',
  split: 'fresh-46',
  site: 'www.120.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.120.net/wenda/${page.item.num}.html`;
    const href = (r: Related) => `/wenda/${numOf(r)}.html`;
    const datedItems = rng.chance(0.7);
    const widgetFirst = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(0, 1));
    const widget = `<div class="online-doc"><h3>在线医生</h3><ul>${Array.from({ length: rng.int(3, 4) }, () => {
      const o = otherDoctor(rng, page);
      return `<li><img src="/static/doc/${token(rng, 6)}.png" alt=""><p class="name">${esc(o.name)} <span>${o.title}</span></p><p class="hosp">${esc(o.hospital)}</p><p><i>${rng.pick(ONLINE_WORDS)}</i> <a href="/zixun/?from=online">立即咨询</a></p></li>`;
    }).join('')}</ul></div>`;
    const hospLine = rng.chance(0.5) ? `<p class="hosp">${esc(d.hospital!)} ${esc(d.department!)}</p>` : `<p class="hosp">${esc(d.hospital!)}</p><p class="dept">${esc(d.department!)}</p>`;
    const card = `<div class="doc-info"><img class="doc-pic" src="/static/doc/${token(rng, 6)}.jpg" alt="${esc(d.name!)}"><div class="doc-txt"><p class="name"><a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> <span class="zc">${d.title}</span></p>${hospLine}<p class="num">好评率 ${rng.int(90, 100)}%　已帮助${rng.int(100, 30000)}位患者</p></div></div>`;
    const banner = rng.chance(0.5) ? `<div class="ask-banner"><a href="/zixun/">免费问医生 快速回复，不满意不收费</a></div>` : '';
    const items = page.related
      .map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${datedItems ? `<em>${r.date}</em>` : ''}</li>`)
      .join('\n');
    const content = `<div class="main-left">
<h1 class="ask-title">${esc(page.question)}</h1>
<div class="ask-desc"><p><span>病情描述：</span>${rng.pick(SEX)}，${age(rng)}，${esc(ask(page))}。${rng.pick(ASKER_LINES)}</p><p class="time">提问时间：${askDay}</p></div>
${banner}
<div class="answer-box"><h3>医生回复</h3>${card}
<div class="answer-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="answer-ft"><span>${page.date} ${page.time}</span> <a href="javascript:;">对我有帮助</a></div></div>
${page.related.length ? `<div class="xg-wenda"><h3>相关问答</h3><ul>${items}</ul></div>` : ''}
</div>`;
    const body = `<div class="top"><a href="https://www.120.net/">快速问医生</a> <a href="/wenda/">问答</a> <a href="/jibing/">疾病</a> <a href="/zixun/">在线咨询</a></div>
<div class="crumbs"><a href="https://www.120.net/">快速问医生</a> &gt; <a href="/wenda/">问答</a> &gt; <a href="/wenda/ks${rng.int(1, 60)}/">${esc(d.department!)}</a> &gt; 正文</div>
<div class="wrap">${widgetFirst ? `<div class="side-left">${widget}</div>\n${content}` : `${content}\n<div class="main-right">${widget}</div>`}</div>
<div class="footer"><p>快速问医生所有内容仅供参考，不能代替医生面诊。</p><p>© 2024 120.net 版权所有</p></div>`;
    const html = documentOf(`${page.question}-快速问医生`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        format: 'unknown',
        related: itemsAt(page, canonical, href, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F3. baidu-health ---

const FORMAT_TAG: Record<Format, string> = { voice: '语音', text: '图文', video: '视频', unknown: '' };
const seconds = (rng: Rng) => `${rng.int(20, 120)}″`;

/**
 * F3. 百度健康 医生回答 (health.baidu.com/m/detail/ar_{id}), mobile, UTF-8: a `health-header` bar
 * (百度健康, 打开App), `<h1 class="title">`, the `doctor-card` (avatar, name, title, the grade tag
 * 三甲 on 70%, hospital, 科室; 已认证), the answer: a voice bar (`语音` seconds, 点击播放) over its text
 * for a voice answer, a video poster (▶ and its length) over its text for a video, the text alone for
 * text; `{format}回答 · 2023年5月6日` or `发布于 2023-05-06` under it (the format word on 60%); a
 * 内容审核 line naming another doctor (name, title, hospital) on 60%; 以上内容仅供参考; 相关推荐 items
 * (link, a 图文 / 语音 / 视频 tag, the snippet, another doctor's name and title; no day); 查看更多.
 * Key: the card's doctor answered; the 审核 reviewer is none of the card; the grade where the tag
 * prints it; the format the page's where the format word or a player (a voice bar with its seconds, a
 * video poster with its length) shows it, unknown for a text answer without the word; the seconds
 * and 点击播放 none of the answer; items' tags their formats, the doctor's line none of the snippet,
 * no day; 查看更多 no item.
 */
const baiduHealth: Family = {
  name: 'baidu-health',
  split: 'fresh-46',
  site: 'health.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = token(rng, 16);
    const canonical = `https://health.baidu.com/m/detail/ar_${id}`;
    const gradeShown = rng.chance(0.7);
    const formatWordShown = rng.chance(0.6);
    const reviewer = rng.chance(0.6);
    const href = (r: Related) => `/m/detail/ar_${numOf(r)}`;
    const player =
      page.format === 'voice'
        ? `<div class="audio-bar"><i class="icon-play"></i><span class="dur">${seconds(rng)}</span><span>点击播放</span></div>`
        : page.format === 'video'
          ? `<div class="video-poster"><img src="https://health-img.cdn.bcebos.com/${token(rng, 12)}.jpg" alt=""><i>▶</i><span class="dur">0${rng.int(1, 4)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>`
          : '';
    const when = rng.chance(0.5)
      ? `${formatWordShown ? `${FORMAT_TAG[page.format]}回答 · ` : ''}${cnDate(page.date!)}`
      : `${formatWordShown ? `${FORMAT_TAG[page.format]}回答　` : ''}发布于 ${page.date}`;
    const o = otherDoctor(rng, page);
    const items = page.related
      .map((r) => {
        const other = otherDoctor(rng, page);
        return `<a class="rec-item" href="${href(r)}"><p class="rec-title">${esc(r.question)}</p><p class="rec-meta"><span class="tag">${FORMAT_TAG[r.format]}</span> ${esc(other.name)} ${other.title}</p><p class="rec-abs">${esc(r.snippet)}</p></a>`;
      })
      .join('\n');
    const body = `<div class="health-header"><a href="https://health.baidu.com/">百度健康</a><a class="open-app" href="baiduboxapp://health">打开App</a></div>
<div class="health-detail">
<h1 class="title">${esc(page.question)}</h1>
<div class="doctor-card"><img class="avatar" src="https://health-img.cdn.bcebos.com/doc/${token(rng, 10)}.jpg" alt=""><div class="doctor-info"><p><span class="doctor-name">${esc(d.name!)}</span> <span class="doctor-title">${d.title}</span>${gradeShown ? ` <span class="level-tag">${d.hospital_grade}</span>` : ''}</p><p class="doctor-hos"><span>${esc(d.hospital!)}</span> <span>${esc(d.department!)}</span></p></div><span class="auth">已认证</span></div>
<div class="answer">${player}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="answer-time">${when}</div>
${reviewer ? `<div class="review">内容审核：${esc(o.name)} ${o.title} ${esc(o.hospital)}</div>` : ''}
<p class="tips">以上内容仅供参考，不能替代医生面诊。</p>
</div>
${page.related.length ? `<div class="recommend"><h3>相关推荐</h3>${items}<a class="more" href="/m/search?q=${encodeURIComponent(topicWord(page))}">查看更多</a></div>` : ''}
<div class="health-footer">©2024 Baidu 使用百度前必读</div>`;
    const html = documentOf(`${page.question} - 百度健康`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    const format: Format = formatWordShown || page.format !== 'text' ? page.format : 'unknown';
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format,
        related: itemsAt(page, canonical, href, () => ({ date: null })),
      }),
    };
  },
};

// --- F4. qiuyi-ask ---

/**
 * F4. 求医网 问答 (www.qiuyi.cn/question/{id}.html), GBK (`<meta charset="gbk">`, or gb2312 by
 * http-equiv on the old template, 50%), laid out in tables on the old template: crumbs 您的位置：求医网 >
 * 问答 > {科室}, the question bold in `wt_title`, 提问者：匿名 and the 提问时间 day; the asker's 问题描述:;
 * a 问题补充： the asker added later (its own day, after the answer's) under the description on 40%;
 * 医生回复 with the text first and the signature line after it — `回复医生：name title`,
 * `hospital 科室` — and `回复时间：2023-05-06 10:22`; 其他回复 of 网友 (nickname, a line, a day) on half;
 * 相关问题 as table rows (question link, 回答数, the day column). Key: the answer the 医生回复's text;
 * the card its signature lines (回复医生： a label); the 问题补充 and its day none of the answer and
 * date nothing; the 网友's none; no grade printed (null); format unknown; items dated, 回答数 none.
 */
const qiuyiAsk: Family = {
  name: 'qiuyi-ask',
  split: 'fresh-46',
  site: 'www.qiuyi.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.qiuyi.cn/question/${page.item.num}.html`;
    const href = (r: Related) => `/question/${numOf(r)}.html`;
    const old = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 3));
    const supplement = rng.chance(0.4)
      ? `<div class="wt_buchong"><b>问题补充：</b>${rng.pick(ASKER_LINES)}<span>${shift(page.date!, rng.int(1, 3))} ${hm(rng)}</span></div>`
      : '';
    const netizen = rng.chance(0.5)
      ? `<div class="other_hf"><h4>其他回复</h4><p><span class="nick">${rng.pick(['qiuyi_' + token(rng, 5), '热心网友', '匿名网友'])}</span>：${rng.pick(['我也是这样，去医院看看吧。', '多喝水，注意休息。', '同问，楼主好了吗？'])}<em>${shift(page.date!, rng.int(0, 4))}</em></p></div>`
      : '';
    const sign = `<div class="hf_doc"><p>回复医生：<a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> ${d.title}</p><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div>`;
    const reply = `<div class="hf_box"><h3>医生回复</h3><div class="hf_con">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${sign}<div class="hf_time">回复时间：${page.date} ${page.time}</div></div>`;
    const rows = page.related
      .map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a><br><span class="zy">${esc(r.snippet)}</span></td><td width="60">${rng.int(1, 6)}个回答</td><td width="90">${r.date}</td></tr>`)
      .join('\n');
    const related = page.related.length ? `<div class="xgwt"><h3>相关问题</h3><table width="100%" cellspacing="0" cellpadding="4">${rows}</table></div>` : '';
    const questionBlock = `<div class="wt_title"><b>${esc(page.question)}</b></div>
<div class="wt_info">提问者：匿名　提问时间：${askDay} ${hm(rng)}</div>
<div class="wt_ms"><b>问题描述：</b>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</div>${supplement}`;
    const main = old
      ? `<table width="960" align="center" cellspacing="0" cellpadding="0"><tr><td>${questionBlock}</td></tr><tr><td>${reply}</td></tr><tr><td>${netizen}</td></tr><tr><td>${related}</td></tr></table>`
      : `<div class="wd_main">${questionBlock}\n${reply}\n${netizen}\n${related}</div>`;
    const body = `<div class="qy_top"><a href="https://www.qiuyi.cn/">求医网</a> <a href="/question/">问答</a> <a href="/jibing/">疾病</a> <a href="/yiyuan/">医院</a></div>
<div class="qy_nav">您的位置：<a href="https://www.qiuyi.cn/">求医网</a> &gt; <a href="/question/">问答</a> &gt; <a href="/question/ks${rng.int(1, 60)}/">${esc(d.department!)}</a></div>
${main}
<div class="qy_foot">求医网 版权所有 网站内容仅供参考，不作为诊断及医疗依据</div>`;
    const html = documentOf(`${page.question}_求医网`, canonical, '', body, charsetMeta(old ? 'gb2312-http-equiv' : 'gbk-meta'));
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        format: 'unknown',
        related: itemsAt(page, canonical, href, () => ({ format: 'unknown' })),
      }),
    };
  },
};

// --- F5. sogou-mingyi ---

const SOURCES = ['有问必答网', '39健康网', '快速问医生', '寻医问药网', '好大夫在线'];

/**
 * F5. 搜狗明医 (mingyi.sogou.com), an aggregator of other sites' answers, UTF-8: the search box bar,
 * `<h1>` the question, the 权威回答 block: the card (name, title, hospital with a 三甲 tag on 60%,
 * 科室), the text, and its source line `来源：{site}　2023-05-06` with a 查看原文 link to the source
 * site; then 1–2 更多回答 from other sources (another doctor, text, source line with its own day);
 * 相关问题 items linking to mingyi's own pages (`/mingyi/question?id=N`: link, snippet, source name,
 * no day). Key: the page's answer the 权威回答 (the first); the source line none of the answer and its
 * day the answer's date (the day the source printed); the source's name no part of the card or
 * hospital; 查看原文 no item; the 更多回答 none; grade where the tag prints it; format unknown; items
 * undated, addressed on mingyi, the source name none of the snippet.
 */
const sogouMingyi: Family = {
  name: 'sogou-mingyi',
  split: 'fresh-46',
  site: 'mingyi.sogou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://mingyi.sogou.com/mingyi/question?id=${page.item.num}`;
    const href = (r: Related) => `/mingyi/question?id=${numOf(r)}`;
    const gradeShown = rng.chance(0.6);
    const source = rng.pick(SOURCES);
    const block = (name: string, title: string, hospital: string, grade: string | null, dept: string, text: string[], src: string, day: string, head: string) =>
      `<div class="answer-box"><div class="ans-head">${head}</div><div class="doc"><span class="doc-name">${esc(name)}</span><span class="doc-title">${title}</span><p class="doc-hos">${esc(hospital)}${grade ? `<i class="lv">${grade}</i>` : ''} ${esc(dept)}</p></div>
<div class="ans-text">${text.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="ans-from">来源：${src}　${day} <a href="https://${rng.pick(['www.120ask.com/question', 'ask.39.net/question', 'club.xywy.com/static'])}/${rng.int(10000000, 99999999)}.htm" target="_blank" rel="nofollow">查看原文</a></div></div>`;
    const answers = [block(d.name!, d.title!, d.hospital!, gradeShown ? d.hospital_grade : null, d.department!, page.paragraphs, source, page.date!, '权威回答')];
    for (let i = rng.int(1, 2); i > 0; i--) {
      const o = otherDoctor(rng, page);
      answers.push(block(o.name, o.title, o.hospital, null, d.department!, [rng.pick(OTHER_ANSWERS)], rng.pick(SOURCES.filter((s) => s !== source)), shift(page.date!, rng.int(-300, 300)), answers.length === 1 ? '更多回答' : ''));
    }
    const items = page.related
      .map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span class="from">${rng.pick(SOURCES)}</span></li>`)
      .join('\n');
    const body = `<div class="header"><a href="https://mingyi.sogou.com/">搜狗明医</a><form action="/mingyi"><input name="query" value="${esc(topicWord(page))}"><button>搜索</button></form></div>
<div class="content">
<h1 class="q-title">${esc(page.question)}</h1>
${answers.join('\n')}
<p class="declare">明医所有内容来自权威医疗网站，仅供参考。</p>
</div>
${page.related.length ? `<div class="related"><h3>相关问题</h3><ul>${items}</ul></div>` : ''}
<div class="footer">© 2024 SOGOU.COM 京ICP证050897号</div>`;
    const html = documentOf(`${page.question} - 搜狗明医`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: itemsAt(page, canonical, href, () => ({ format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F6. haodf-experience (noEntry) ---

const PURPOSES = ['诊断', '治疗', '复查', '咨询'];
const MANNERS = ['药物', '手术', '观察', '理疗'];
const FEELINGS = ['很满意', '满意', '一般'];

/**
 * F6. 好大夫在线 看病经验 (www.haodf.com/kanbing/{id}.html), a patient's review of a doctor, UTF-8:
 * crumbs 好大夫在线 > hospital > 科室 > doctor > 看病经验, `<h1>` (`{disease}的看病经验`, or `感谢{name}医生`),
 * the patient's facts (患者：x**, 所患疾病, 看病目的, 治疗方式, 患者主观疗效, 态度, 本次挂号途径), the patient's
 * own words (their question to the doctor before the visit restated, what the doctor told them, thanks),
 * the day it was posted, 投票 buttons; the doctor's side card (name, title, hospital, 科室, 推荐热度);
 * 该医生的其他看病经验 (other patients' reviews: title link, a line, day). Key: **noEntry** — a
 * patient's review holds no doctor's answer to a question (what the doctor said is reported by the
 * patient in their words): no page entry, and the other reviews are no related Q&A.
 */
const haodfExperience: Family = {
  name: 'haodf-experience',
  split: 'fresh-46',
  site: 'www.haodf.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const canonical = `https://www.haodf.com/kanbing/${page.item.num}.html`;
    const topic = topicWord(page);
    const surname = () => `${rng.pick(['李', '王', '张', '刘', '陈'])}**`;
    const title = rng.chance(0.5) ? `${topic}的看病经验` : `感谢${d.name}医生`;
    const words = [
      `之前一直${esc(ask(page))}，在网上查了很多也不放心，就挂了${esc(d.name!)}医生的号。`,
      `${esc(d.name!)}医生很耐心，${esc(page.paragraphs[0]!)}`,
      `按医生说的做了${rng.int(1, 4)}周，现在好多了，${rng.pick(['非常感谢！', '推荐给大家。', '医生态度特别好。'])}`,
    ];
    const others = Array.from({ length: rng.int(2, 5) }, () => `<li><a href="/kanbing/${rng.int(1000000, 9999999)}.html">${esc(rng.pick([`${topic}的看病经验`, `感谢${d.name}医生`, `${topic}复查`]))}</a><p>${rng.pick(['医生很负责，讲解很细致。', '挂号方便，看病很快。', '效果不错，谢谢大夫。'])}</p><span>${shift(page.date!, -rng.int(1, 400))}</span></li>`).join('');
    const card = `<div class="doctor-side"><p class="name"><a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a></p><p>${d.title}</p><p>${esc(d.hospital!)}</p><p>${esc(d.department!)}</p><p>推荐热度：${(rng.int(35, 50) / 10).toFixed(1)}</p></div>`;
    const body = `<div class="hdf-top"><a href="https://www.haodf.com/">好大夫在线</a></div>
<div class="crumbs"><a href="https://www.haodf.com/">好大夫在线</a> &gt; <a href="/hospital/${rng.int(100, 9999)}.html">${esc(d.hospital!)}</a> &gt; <a href="/keshi/${rng.int(100, 9999)}.html">${esc(d.department!)}</a> &gt; <a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> &gt; 看病经验</div>
<div class="main">${rng.chance(0.5) ? card : ''}
<h1 class="exp-title">${esc(title)}</h1>
<table class="exp-info"><tr><td>患者：${surname()}</td><td>所患疾病：${esc(topic)}</td></tr><tr><td>看病目的：${rng.pick(PURPOSES)}</td><td>治疗方式：${rng.pick(MANNERS)}</td></tr><tr><td>患者主观疗效：${rng.pick(FEELINGS)}</td><td>态度：${rng.pick(FEELINGS)}</td></tr><tr><td colspan="2">本次挂号途径：${rng.pick(['网上预约', '现场挂号', '好大夫预约'])}</td></tr></table>
<div class="exp-content">${words.map((w) => `<p>${w}</p>`).join('')}</div>
<div class="exp-time">${rng.chance(0.5) ? cnDate(page.date!) : page.date} 发表</div>
<div class="vote"><a href="javascript:;">投票</a> <a href="javascript:;">有帮助</a></div>
</div>
<div class="more-exp"><h3>该医生的其他看病经验</h3><ul>${others}</ul></div>
<div class="footer">好大夫在线 © 2006-2024</div>`;
    const html = documentOf(`${title}_${d.name}_好大夫在线`, canonical, '', body);
    const expected: Expected = { ...expectedOf(page, { related: [] }), noEntry: 'a patient\u2019s 看病经验 (a review of a doctor): no doctor\u2019s answer to a question' };
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH46_FAMILIES: readonly Family[] = [ask120Desktop, kuaiwen120net, baiduHealth, qiuyiAsk, sogouMingyi, haodfExperience];
