import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, FEW_TITLES, ask, cardPlain, documentOf, hm, personName, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fresh held-out set `fresh-44`: written blind on 2026-12-02 — without reading the reader
 * (src/extract/, src/flags/) or its tests and without running it on these pages — and committed
 * before its first run. Its theme is the real sites of the genre: each family is modelled, from
 * memory (no copied markup), on the question page of one large Chinese medical Q&A site other than
 * 有来医生, desktop or mobile as it was served, with the class names, labels, card wording, answer
 * headings, asker's blocks, related lists, footers, encodings and date forms remembered of it; the
 * markup varies within a family only as one site's templates varied (old / new, desktop / m.):
 * 寻医问药 (club.xywy.com, GBK, several doctors' answers with 病情分析 / 指导意见 and ads between them);
 * 39健康网问答 (ask.39.net, an answer with the asker's 追问 and the doctor's replies under it);
 * 有问必答 (m.120ask.com, the mobile page: 问题分析 / 意见建议, 帮助过N人, a folded answer and
 * 点击查看更多); 好大夫在线 (www.haodf.com, a 问诊 record: the patient's form, the service 图文问诊 /
 * 电话问诊 / 视频问诊, the doctor's reply or call summary, the card in the side column with its
 * counters); 百度健康 / 拇指医生 (muzhi.baidu.com, mobile: a voice or video answer with its 文字版,
 * a 大家都在问 list tagged 语音 / 图文 / 视频); 家庭医生在线 (ask.familydoctor.com.cn: a 医生回答 beside
 * 网友回答, 热门问答 as 问 / 答 pairs, a 相关文章 list of articles).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null (format 'unknown'), as in the earlier splits (meta / JSON-LD are not printed;
 * an item is known by its address; hidden text is no text). Where a careful person could hesitate,
 * the key decides (each rule again in README.md's row):
 * - xywy-ask: of several doctors' answers, the page's is the first shown (the first reply, under the
 *   asker's blocks; xywy lists answers in the order they came and marks none); the others, their
 *   cards and days, and the ads between the answers are none of it. The headings 病情分析： /
 *   指导意见： are keyed as paragraphs of the answer (withHeads; first keyed as labels, none of it). The asker's 问题描述 / 曾经的治疗情况和效果 /
 *   想得到怎样的帮助 blocks and the asking time are none of the answer and date nothing. The card
 *   prints no grade (null); the answer's date is its 回复时间's day; no format is printed.
 * - ask39-zhuiwen: the answer is the doctor's first reply; the asker's 追问 under it and the
 *   doctor's 回复 to each 追问 answer other questions: none of the answer, their days date nothing.
 *   Where two doctors answered, the page's is the first shown. A related snippet's `答：` is a label.
 * - ask120-mobile: the first answer is the page's (the others under 其他N条回答); its 问题分析 /
 *   意见建议 headings are paragraphs of it (withHeads; first keyed as labels). A folded answer (max-height with 点击查看更多 / 展开全部) holds its
 *   whole text in the page, as a tap shows it: the key is the whole answer. 帮助过N人 and the
 *   asker's 健康咨询描述 are none of the card or answer. The 大家都在问 list's closing 点击查看更多 link
 *   is no item; an item's `N个回答` is no snippet.
 * - haodf-consult: the question is the record's title; the patient's form (疾病, 病情描述,
 *   希望获得的帮助, 患病多久, 用药情况) and its day are none of the answer. The service names the
 *   format: 图文问诊 text, 电话问诊 (a call) voice, 视频问诊 video. The answer is the doctor's reply
 *   (for a call, the 通话小结 / 医生总结 under the `已与患者通话N分钟` line, which is none of it); its day
 *   is the reply's. The patient's thank-you after it is none. The side card's clinical title is the
 *   title (the 教授 / 副教授 after it is an academic rank, none of the title); 推荐热度, 问诊量 and
 *   满意度 are none of the card; no grade is printed. Items print their service (format) and, on
 *   some pages, their day.
 * - muzhi-voice: the format is the player's (a voice bar with its seconds, a video); the answer is
 *   the 文字版 / 语音转文字 text under it (the seconds and 点击播放 are none of it); a text answer
 *   prints no format word (unknown). The card's grade tag is printed (always). 大家都在问's items
 *   carry their own format tag (语音 58″, 图文, 视频 1:20), no day; the 查看更多 link is no item.
 * - familydoctor-ask: the page's answer is the 医生回答's (the card's doctor), also where a
 *   网友回答 (a member's nickname, a level, no card) stands before it; the 网友's text and day are
 *   none of it. 有帮助(N) counters are none. 热门问答 items print `问：` and `答：` as labels; the
 *   相关文章 list links to articles (/jbk/ pages, titles no questions, no snippet): no related items.
 */

type Related = TruthPage['related'][number];

const sexAge = (rng: Rng) => `${rng.pick(['男', '女'])}${rng.pick([' ', '　', ' | '])}${rng.int(1, 70)}岁`;
/** A time of day with seconds, as xywy and haodf print answer times. */
const hms = (rng: Rng) => `${hm(rng)}:${String(rng.int(0, 59)).padStart(2, '0')}`;

/** Another doctor answering the same question: name, title, hospital, department. */
const otherDoctor = (rng: Rng, page: TruthPage) => ({
  name: personName(rng, page.doctor.name!),
  title: rng.pick(FEW_TITLES),
  hospital: `${page.doctor.hospital!.slice(0, 2)}${rng.pick(['县人民医院', '市中心医院', '中医院', '第一人民医院', '妇幼保健院'])}`,
  department: rng.pick(['内科', '全科', '普外科', '中医科', '儿科']),
});

/**
 * An answer printed in two sections, each under its head on a line of its own: the heads are keyed as
 * paragraphs of the answer, as every other split keys them (fresh-4's analysis-advice; this split's
 * first keys left them out, a convention no other key shares: changed after its first run, on 2026-12-02).
 */
const withHeads = (paragraphs: readonly string[], analysis: string, advice: string): string[] => {
  const [head, ...rest] = paragraphs;
  return [analysis, head!, ...(rest.length > 0 ? [advice, ...rest] : [])];
};

/** Another doctor's (or a member's) short answer to the page's question: one or two paragraphs. */
const otherAnswer = (rng: Rng, page: TruthPage) => {
  const t = topicWord(page);
  const first = rng.pick([
    `你好，根据你的描述考虑${t}的可能性大，建议到正规医院检查明确诊断。`,
    `${t}的情况需要结合检查结果来判断，单凭描述不好下结论。`,
    `您好，这种情况一般和生活习惯有关系，先注意休息观察几天。`,
  ]);
  return rng.chance(0.5) ? [first] : [first, rng.pick(['平时饮食清淡，避免熬夜，如症状加重及时就医。', '可以在医生指导下对症用药，不要自行加量。', '祝你早日康复！'])];
};

const otherParagraphs = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');

/** A related item's key with the format and day the list prints (`null` / 'unknown' where it does not). */
const itemsWith = (page: TruthPage, formats: boolean, dates: boolean) =>
  relatedWith(page, (e, i) => ({ format: formats ? page.related[i]!.format : 'unknown', date: dates ? e.date : null }));

// --- F1. xywy-ask ---

/**
 * F1. 寻医问药 (club.xywy.com) question page, desktop, in GBK (gb2312 declared by http-equiv on the old
 * template, `<meta charset="gbk">` on the new): the 寻医问药网 > 有问必答 > {科室} crumbs, the title in
 * `<p class="fl dib fb">` (old) or `<h1>` (new), the asker's line (sex, age, 提问时间) and blocks
 * 问题描述 / 曾经的治疗情况和效果 / 想得到怎样的帮助, then 1–4 doctors' answers in `.docall` order, each
 * a `Doc_dochf` card (name link, title, hospital, 科室, 擅长, 帮助网友：N) and the answer under
 * 病情分析： / 指导意见： with its 回复时间 (seconds printed); an ad block between answers on half; the
 * 相关问题 list with `答：` snippets (dated on the new template); the 免责声明 footer.
 */
const xywyAsk: Family = {
  name: 'xywy-ask',
  split: 'fresh-44',
  site: 'club.xywy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const isNew = rng.chance(0.5);
    const t = topicWord(page);
    const asked = shift(page.date!, -rng.int(1, 2));
    const asker = `<div class="user_info">${sexAge(rng)}　<span class="fr">提问时间：${asked} ${hms(rng)}</span></div>
<div class="graydeep f14 lh24 pb10"><p><b>问题描述：</b>${esc(ask(page))}，${esc(rng.pick(ASKER_LINES))}</p>${rng.chance(0.7) ? `<p><b>曾经的治疗情况和效果：</b>${rng.pick(['没有治疗过', '吃过药，效果不明显', '无'])}</p>` : ''}<p><b>想得到怎样的帮助：</b>${rng.pick(['请问这是怎么回事？', '需要怎么治疗？', '该做什么检查？'])}</p></div>`;
    const card = (name: string, title: string, hospital: string, dept: string) =>
      `<div class="Doc_dochf clearfix"><div class="fl"><img src="//static.xywy.com/doc/${token(rng, 8)}.jpg" alt="${esc(name)}"></div><div class="fl ml10"><p><a class="fb f14 blue" href="//club.xywy.com/doc_card/${rng.int(1000000, 9999999)}">${esc(name)}</a> <span class="gray">${title}</span></p><p>${isNew ? `医院：${esc(hospital)}　科室：${esc(dept)}` : `${esc(hospital)} ${esc(dept)}`}</p><p class="gray">擅长：${esc(t)}、${rng.pick(['常见病', '慢性病调理', '疑难杂症'])}</p><p class="gray">帮助网友：<em class="red">${rng.int(200, 90000)}</em></p></div></div>`;
    const analysed = (paragraphs: readonly string[]) => {
      const label = (l: string) => (isNew ? `<p class="fb">${l}</p>` : `<b>${l}</b>`);
      const [head, ...rest] = paragraphs;
      const p = (s: string) => (isNew ? `<p>${esc(s)}</p>` : `${esc(s)}<br>`);
      return `${label('病情分析：')}${isNew ? '' : '<br>'}${p(head!)}${rest.length ? `${label('指导意见：')}${isNew ? '' : '<br>'}${rest.map(p).join('')}` : ''}`;
    };
    const answer = (card0: string, body: string, day: string) =>
      `<div class="docall clearfix">${card0}<div class="pt15 f14 graydeep pl20 pr20">${body}</div><div class="doctor_time gray">回复时间：${day} ${hms(rng)}</div><div class="fr"><a href="#">有帮助</a>(${rng.int(0, 40)})</div></div>`;
    const ad = () =>
      rng.chance(0.5) ? `<div class="ad_box mt10"><span class="gray">推广</span><a href="https://ad.xywy.com/c?${token(rng, 12)}" rel="nofollow">${esc(t)}怎么治疗效果好？三甲名医在线解答 立即咨询&gt;&gt;</a></div>` : '';
    const others = Array.from({ length: rng.chance(0.3) ? 0 : rng.int(1, 3) }, (_, i) => {
      const o = otherDoctor(rng, page);
      return ad() + answer(card(o.name, o.title, o.hospital, o.department), analysed(otherAnswer(rng, page)), shift(page.date!, rng.int(0, 3) + i));
    });
    const items = page.related
      .map((r) => `<li><a href="${r.path}" target="_blank">${esc(r.question)}</a><p class="gray">答：${esc(r.snippet)}</p>${isNew ? `<span class="fr gray">${r.date}</span>` : ''}</li>`)
      .join('\n');
    const body = `<div class="header"><a href="//www.xywy.com/">寻医问药网</a> <a href="//club.xywy.com/">有问必答</a> <a href="//club.xywy.com/ask">我要提问</a></div>
<div class="crumbs"><a href="//www.xywy.com/">寻医问药网</a> &gt; <a href="//club.xywy.com/">有问必答</a> &gt; <a href="//club.xywy.com/list_${rng.int(100, 999)}.htm">${esc(d.department!)}</a> &gt; 正文</div>
<div class="w980 clearfix"><div class="fl w670">
${isNew ? `<h1 class="f20 fb">${esc(page.question)}</h1>` : `<p class="fl dib fb f20">${esc(page.question)}</p><div class="clear"></div>`}
${asker}
<div class="answer_list">${answer(card(d.name!, d.title!, d.hospital!, d.department!), analysed(page.paragraphs), page.date!)}
${others.join('\n')}</div>
${items ? `<div class="related mt20"><h3 class="fb">相关问题</h3><ul>${items}</ul></div>` : ''}
</div><div class="fr w300"><div class="ask_btn"><a href="//club.xywy.com/ask">免费提问</a></div><p>已有${rng.int(1000, 9999)}万网友提问</p></div></div>
<div class="footer"><p>免责声明：本站所有问答内容仅供参考，不能作为诊断及医疗的依据。</p><p>Copyright &copy; 2004-2016 寻医问药网 All Rights Reserved</p></div>`;
    const html = documentOf(`${ask(page)}_寻医问药网`, page.canonical, '<meta name="keywords" content="' + esc(t) + '">\n', body, charsetMeta(isNew ? 'gbk-meta' : 'gb2312-http-equiv'));
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), paragraphs: withHeads(page.paragraphs, '病情分析：', '指导意见：'), format: 'unknown', related: itemsWith(page, false, isNew) }),
    };
  },
};

// --- F2. ask39-zhuiwen ---

/**
 * F2. 39健康网 问答 (ask.39.net/question/N.html): the 39健康网 > 39问医生 > {科室} crumbs, the question
 * in `<p class="ask_tit">` with the asker's `mainqa_list_tit` line (sex, age, date) and 问题描述;
 * the answers in `.sele_all` blocks (one, or two on 40%: the page's first): `doc_img`, `doc_name`
 * (name, title), `doc_hos` (hospital with its grade on half), 科室, 擅长 and `sele_txt` paragraphs
 * with `<span class="times">`; under the page's answer on 60% a `zhuiwen` thread of one or two
 * rounds (追问：… with its day, 医生回复：… with its day); 相关问答 items with `答：` snippets and
 * `N个回答` (dated on half).
 */
const ask39Zhuiwen: Family = {
  name: 'ask39-zhuiwen',
  split: 'fresh-44',
  site: 'ask.39.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const t = topicWord(page);
    const asked = shift(page.date!, -rng.int(0, 1));
    const card = (name: string, title: string, hospital: string, grade: string | null, dept: string) =>
      `<div class="doc_img"><img src="https://pimg.39.net/doctor/${token(rng, 10)}.jpg"></div><div class="doc_txt"><p class="doc_name"><a href="https://ask.39.net/doctor/${rng.int(100000, 999999)}.html">${esc(name)}</a><span>${title}</span></p><p class="doc_hos">${esc(hospital)}${grade ? ` <em class="hos_lv">${grade}</em>` : ''}</p><p class="doc_ks">科室：${esc(dept)}</p><p class="doc_good">擅长：${esc(t)}等疾病的诊治</p></div>`;
    let day = page.date!;
    const rounds = rng.chance(0.6) ? rng.int(1, 2) : 0;
    const thread = Array.from({ length: rounds }, () => {
      day = shift(day, rng.int(1, 2));
      const [asked2, replied] = [hm(rng), hm(rng)].sort();
      const q = rng.pick(['那需要吃什么药？', '会不会很严重？', '要去医院做检查吗？', '多久能好？']);
      const a = rng.pick(['一般不严重，按我说的先观察。', '建议还是到医院当面检查一下。', '按时用药，一周左右会有好转。']);
      return `<div class="zhuiwen"><p class="zw_q"><span class="zw_lab">追问：</span>${q}<em class="zw_time">${day} ${asked2}</em></p><p class="zw_a"><span class="zw_lab">医生回复：</span>${a}<em class="zw_time">${day} ${replied}</em></p></div>`;
    }).join('');
    const block = (cardHtml: string, paragraphs: readonly string[], when: string, after: string) =>
      `<div class="sele_all">${cardHtml}<div class="sele_con">${paragraphs.map((p) => `<p class="sele_txt">${esc(p)}</p>`).join('')}<p class="sele_foot"><span class="times">${when}</span> <a class="useful" href="javascript:;">有用(${rng.int(0, 30)})</a></p>${after}</div></div>`;
    const mine = block(card(d.name!, d.title!, d.hospital!, gradeShown ? d.hospital_grade : null, d.department!), page.paragraphs, `${page.date} ${hm(rng)}`, thread);
    const o = rng.chance(0.4) ? otherDoctor(rng, page) : null;
    const second = o ? block(card(o.name, o.title, o.hospital, null, o.department), otherAnswer(rng, page), `${shift(page.date!, rng.int(0, 2))} ${hm(rng)}`, '') : '';
    const items = page.related
      .map((r) => `<li><p class="q"><a href="${r.path}">${esc(r.question)}</a></p><p class="a">答：${esc(r.snippet)}</p><p class="info"><span>${rng.int(1, 6)}个回答</span>${datedItems ? ` <span>${r.date}</span>` : ''}</p></li>`)
      .join('\n');
    const body = `<div class="top_nav"><a href="https://www.39.net/">39健康网</a> <a href="https://ask.39.net/">问医生</a> <a href="https://jbk.39.net/">疾病百科</a></div>
<div class="sub_nav"><a href="https://www.39.net/">39健康网</a> &gt; <a href="https://ask.39.net/">39问医生</a> &gt; <a href="https://ask.39.net/browse/${rng.int(300, 999)}-1-1.html">${esc(d.department!)}</a> &gt; ${esc(t)}</div>
<div class="ask_left"><div class="ask_cont"><p class="ask_tit">${esc(page.question)}</p><p class="mainqa_list_tit"><span>${sexAge(rng)}</span><span>${asked}</span></p><p class="txt_ms"><b>问题描述：</b>${rng.shuffle(ASKER_LINES).slice(0, 2).map(esc).join('')}</p></div>
<div class="doc_answer"><p class="da_tit">医生回答（${o ? 2 : 1}）</p>${mine}${second}</div>
${items ? `<div class="xg_qa"><h3>相关问答</h3><ul>${items}</ul></div>` : ''}</div>
<div class="ask_right"><div class="kswd"><h4>${esc(d.department!)}热门问题</h4></div></div>
<div class="footer"><p>本站内容仅供参考，不作为诊断及医疗依据。</p><p>Copyright &copy; 2000-2023 39.net All Rights Reserved. 39健康网 版权所有</p></div>`;
    const html = documentOf(`${page.question}_39健康问答_39健康网`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'unknown', related: itemsWith(page, false, datedItems) }),
    };
  },
};

// --- F3. ask120-mobile ---

/**
 * F3. 有问必答 mobile (m.120ask.com/askg/… as 120ask served it to phones): an app bar with 打开APP,
 * the question `<h1 class="q-tit">`, the asker's `q-info` (sex, age, day) and 健康咨询描述, then
 * the answers: the first in full (folded by max-height with 点击查看更多 / 展开全部 on half, the text
 * whole in the markup), the others under 其他N条回答; each `doc-info` card (name, title, hospital ·
 * department on one line or two, 帮助过<em>N</em>人), the answer under 问题分析： / 意见建议： and its
 * day (`2023-05-06` or `05-06` with the year on the asker's line only: then the day is printed
 * whole only on the asker's line — the key keeps the answer's day only where printed with its year);
 * a 免费问医生 banner between answers; 大家都在问 items, each one link (title, snippet, N个回答) and a
 * closing 点击查看更多 link.
 */
const ask120Mobile: Family = {
  name: 'ask120-mobile',
  split: 'fresh-44',
  site: 'm.120ask.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const folded = rng.chance(0.5);
    const yearless = rng.chance(0.3);
    const card = (name: string, title: string, hospital: string, dept: string) =>
      `<div class="doc-info"><img class="doc-pic" src="https://img.120ask.com/doctor/${token(rng, 8)}.jpg"><div class="doc-txt"><p><span class="doc-name">${esc(name)}</span> <span class="doc-title">${title}</span></p>${rng.chance(0.5) ? `<p class="doc-hos">${esc(hospital)} · ${esc(dept)}</p>` : `<p class="doc-hos">${esc(hospital)}</p><p class="doc-ks">${esc(dept)}</p>`}<p class="doc-help">帮助过<em>${rng.int(100, 50000)}</em>人</p></div></div>`;
    const content = (paragraphs: readonly string[]) => {
      const [head, ...rest] = paragraphs;
      return `<p class="ans-lab">问题分析：</p><p>${esc(head!)}</p>${rest.length ? `<p class="ans-lab">意见建议：</p>${rest.map((p) => `<p>${esc(p)}</p>`).join('')}` : ''}`;
    };
    const mineDay = yearless ? page.date!.slice(5) : page.date!;
    const mine = `<div class="answer-item first">${card(d.name!, d.title!, d.hospital!, d.department!)}<div class="ans-cont${folded ? ' fold" style="max-height:7.2rem;overflow:hidden' : ''}">${content(page.paragraphs)}</div>${folded ? `<a class="ans-more" href="javascript:;">${rng.pick(['点击查看更多', '展开全部'])}</a>` : ''}<p class="ans-time">${mineDay}</p></div>`;
    const banner = `<div class="ad-banner"><a href="https://m.120ask.com/askg/?from=wap_ad">免费问医生 三甲医生在线 快速回复 立即咨询</a></div>`;
    const n = rng.chance(0.4) ? 0 : rng.int(1, 2);
    const others = Array.from({ length: n }, () => {
      const o = otherDoctor(rng, page);
      return `<div class="answer-item">${card(o.name, o.title, o.hospital, o.department)}<div class="ans-cont">${content(otherAnswer(rng, page))}</div><p class="ans-time">${shift(page.date!, rng.int(0, 2)).slice(yearless ? 5 : 0)}</p></div>`;
    });
    const items = page.related
      .map((r) => `<li><a href="${r.path}"><p class="tit">${esc(r.question)}</p><p class="txt">${esc(r.snippet)}</p><p class="info"><span>${rng.int(1, 5)}个回答</span></p></a></li>`)
      .join('\n');
    const body = `<header class="top-bar"><a class="logo" href="https://m.120ask.com/">有问必答</a><a class="open-app" href="https://m.120ask.com/app/">打开APP</a></header>
<div class="q-box"><h1 class="q-tit">${esc(page.question)}</h1><p class="q-info">${sexAge(rng)} ${shift(page.date!, -rng.int(0, 1))}</p><p class="q-desc"><span>健康咨询描述：</span>${esc(rng.pick(ASKER_LINES))}</p></div>
${mine}
${n ? `${rng.chance(0.5) ? banner : ''}<div class="other-ans"><p class="other-tit">其他${n}条回答</p>${others.join('')}</div>` : rng.chance(0.5) ? banner : ''}
${items ? `<div class="ask-more"><h3>大家都在问</h3><ul>${items}</ul><a class="more" href="https://m.120ask.com/list/">点击查看更多</a></div>` : ''}
<footer class="foot"><p>有问必答网 版权所有</p><p>以上内容仅供参考，不能作为诊断及医疗的依据</p></footer>`;
    const html = documentOf(`${ask(page)}-有问必答`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), paragraphs: withHeads(page.paragraphs, '问题分析：', '意见建议：'), date: yearless ? null : page.date, format: 'unknown', related: itemsWith(page, false, false) }),
    };
  },
};

// --- F4. haodf-consult ---

const SERVICE: Record<Exclude<Format, 'unknown'>, string> = { text: '图文问诊', voice: '电话问诊', video: '视频问诊' };

/**
 * F4. 好大夫在线 问诊 record (www.haodf.com/wenda/…): the crumbs 好大夫在线 > {hospital} > {科室} >
 * {医生} > 问诊, the record's title `<h1>`, the service badge (图文问诊 / 电话问诊 / 视频问诊) and the
 * patient's form (疾病, 病情描述, 希望获得的帮助, 患病多久, 用药情况, 发表于 day); then the doctor's reply
 * (for a call or video: `已与患者通话N分钟` and the 通话小结 / 医生总结 under it) with its day and time,
 * and on half the patient's thanks after it with a later day; the doctor's card in the side column
 * (before the content in the markup on half): name, title (教授 / 副教授 after it on 30%), hospital
 * and 科室, 推荐热度, 问诊量, 在线服务满意度; 相关问诊 items with their service and (on half) day.
 */
const haodfConsult: Family = {
  name: 'haodf-consult',
  split: 'fresh-44',
  site: 'www.haodf.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const service = SERVICE[page.format as Exclude<Format, 'unknown'>];
    const datedItems = rng.chance(0.5);
    const t = topicWord(page);
    const asked = shift(page.date!, -rng.int(0, 3));
    const form = `<div class="msg-block patient"><p class="service-tag">${service}</p><table class="patient-form">
<tr><td class="lab">疾病：</td><td>${esc(t)}</td></tr>
<tr><td class="lab">病情描述：</td><td>${esc(rng.pick(ASKER_LINES))}${esc(ask(page))}。</td></tr>
<tr><td class="lab">希望获得的帮助：</td><td>${rng.pick(['想知道是什么问题，怎么治疗', '需要做哪些检查', '用药是否合适'])}</td></tr>
<tr><td class="lab">患病多久：</td><td>${rng.pick(['一周内', '一个月内', '半年内', '一年以上'])}</td></tr>
${rng.chance(0.5) ? `<tr><td class="lab">用药情况：</td><td>${rng.pick(['暂无', '吃过消炎药'])}</td></tr>` : ''}</table><p class="msg-date">发表于 ${asked}</p></div>`;
    const call = page.format === 'text' ? '' : `<p class="call-info">已与患者${page.format === 'voice' ? '通话' : '视频'}${rng.int(5, 20)}分钟</p><p class="sum-lab">${rng.pick(['通话小结', '医生总结'])}：</p>`;
    const reply = `<div class="msg-block doctor"><p class="msg-who">${esc(d.name!)}医生${page.format === 'text' ? '回复' : ''}</p>${call}<div class="msg-content">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><p class="msg-date">${page.date} ${hm(rng)}</p></div>`;
    const thanks = rng.chance(0.5) ? `<div class="msg-block patient"><p class="msg-who">患者</p><div class="msg-content"><p>${rng.pick(['谢谢医生！', '好的，谢谢大夫', '明白了，非常感谢'])}</p></div><p class="msg-date">${shift(page.date!, rng.int(1, 2))} ${hm(rng)}</p></div>` : '';
    const rank = rng.chance(0.3) ? ` ${rng.pick(['教授', '副教授'])}` : '';
    const card = `<div class="doctor-card"><img src="https://n1.hdfimg.com/g${rng.int(1, 9)}/M00/${token(rng, 6)}.jpg"><p class="doctor-name"><a href="https://www.haodf.com/doctor/${rng.int(1000000, 9999999)}.html">${esc(d.name!)}</a></p><p class="doctor-title">${d.title}${rank}</p><p class="doctor-faculty">${esc(d.hospital!)} ${esc(d.department!)}</p><ul class="doctor-data"><li>推荐热度 <b>${(rng.int(35, 50) / 10).toFixed(1)}</b></li><li>问诊量 <b>${rng.int(100, 20000)}</b></li><li>在线服务满意度 <b>${rng.int(95, 100)}%</b></li></ul><a class="btn-consult" href="#">向TA提问</a></div>`;
    const tag = (f: Format) => (f === 'unknown' ? '' : `<span class="tag">${SERVICE[f]}</span>`);
    const items = page.related
      .map((r) => `<li>${tag(r.format)}<a href="${r.path}">${esc(r.question)}</a><p class="snippet">${esc(r.snippet)}</p>${datedItems ? `<span class="date">${r.date}</span>` : ''}</li>`)
      .join('\n');
    const main = `<div class="main-left"><h1 class="wenda-title">${esc(page.question)}</h1>${form}${reply}${thanks}<p class="tips">以上内容仅为医生与患者的交流，不能作为诊断依据</p>
${items ? `<div class="related-consult"><h3>相关问诊</h3><ul>${items}</ul></div>` : ''}</div>`;
    const side = `<div class="main-right">${card}</div>`;
    const body = `<div class="hdf-header"><a href="https://www.haodf.com/">好大夫在线</a> <a href="https://www.haodf.com/hospital/">找医院</a> <a href="https://www.haodf.com/doctor/">找医生</a></div>
<div class="crumbs"><a href="https://www.haodf.com/">好大夫在线</a> &gt; <a href="#">${esc(d.hospital!)}</a> &gt; <a href="#">${esc(d.department!)}</a> &gt; <a href="#">${esc(d.name!)}</a> &gt; 问诊</div>
<div class="wrap">${rng.chance(0.5) ? side + main : main + side}</div>
<div class="hdf-footer"><p>好大夫在线 版权所有 京ICP备 京卫网审[2012]第0193号</p></div>`;
    const html = documentOf(`${ask(page)}_${d.name}医生的问诊_好大夫在线`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), related: itemsWith(page, true, datedItems) }),
    };
  },
};

// --- F5. muzhi-voice ---

const seconds = (rng: Rng) => `${rng.int(20, 59)}″`;

/**
 * F5. 百度拇指医生 / 百度健康 mobile question page (muzhi.baidu.com): the question `<h2 class="question-title">`,
 * the card at the top (name and title on one line, the 三甲 tag and hospital and 科室 on the next,
 * 已认证, 问诊量, 好评率), the answer: for voice a player bar (its seconds, 点击播放) and the 文字版 /
 * 语音转文字 text under it, for video a poster with its length and the 视频文字版 text, for text the
 * paragraphs alone; `回答于 2023年05月06日` or `2023-05-06 回答`; 以上回答仅供参考; 大家都在问 items
 * (question, format tag with seconds or length, the answering doctor, the snippet) and 查看更多.
 */
const muzhiVoice: Family = {
  name: 'muzhi-voice',
  split: 'fresh-44',
  site: 'muzhi.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [y, m, dd] = page.date!.split('-');
    const when = rng.pick([`回答于 ${y}年${m}月${dd}日`, `${page.date} 回答`]);
    const text = page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const answer =
      page.format === 'voice'
        ? `<div class="audio-bar"><i class="icon-play"></i><span class="duration">${seconds(rng)}</span><span class="play-tip">点击播放</span></div><div class="audio-text"><p class="text-tit">${rng.pick(['文字版', '语音转文字'])}</p>${text}</div>`
        : page.format === 'video'
          ? `<div class="video-box"><img class="poster" src="https://muzhi.cdn.bcebos.com/v/${token(rng, 10)}.jpg"><span class="video-len">0${rng.int(1, 4)}:${String(rng.int(10, 59))}</span></div><div class="video-text"><p class="text-tit">视频文字版</p>${text}</div>`
          : `<div class="answer-text">${text}</div>`;
    const card = `<div class="doctor-info"><img class="avatar" src="https://muzhi.cdn.bcebos.com/d/${token(rng, 10)}.jpg"><div class="doc-detail"><p><span class="doc-name">${esc(d.name!)}</span> <span class="doc-title">${d.title}</span> <span class="cert">已认证</span></p><p><span class="hos-level">${d.hospital_grade}</span> <span class="doc-hos">${esc(d.hospital!)}</span> <span class="doc-dept">${esc(d.department!)}</span></p><p class="doc-stat">问诊量 ${rng.int(1, 90)}万 · 好评率 ${rng.int(95, 99)}%</p></div></div>`;
    const tag = (f: Format) => (f === 'voice' ? `语音 ${seconds(rng)}` : f === 'video' ? `视频 0${rng.int(1, 3)}:${rng.int(10, 59)}` : '图文');
    const items = page.related
      .map((r) => `<div class="rel-item"><a href="${r.path}"><p class="rel-q">${esc(r.question)}</p><p class="rel-meta"><span class="rel-tag">${tag(r.format)}</span> <span>${esc(personName(rng))} ${rng.pick(FEW_TITLES)}</span></p><p class="rel-a">${esc(r.snippet)}</p></a></div>`)
      .join('\n');
    const body = `<div class="m-header"><a href="https://muzhi.baidu.com/">百度拇指医生</a><a class="open-app" href="#">APP内打开</a></div>
<div class="question"><h2 class="question-title">${esc(page.question)}</h2></div>
<div class="answer">${card}${answer}<p class="answer-time">${when}</p><p class="disclaimer">以上回答仅供参考，不作为诊断和治疗依据</p></div>
${items ? `<div class="related"><h3 class="rel-head">大家都在问</h3>${items}<a class="rel-more" href="https://muzhi.baidu.com/question/list">查看更多</a></div>` : ''}
<div class="m-footer">&copy;${y} Baidu 使用百度前必读</div>`;
    const html = documentOf(`${ask(page)}_百度拇指医生`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { format: page.format === 'text' ? 'unknown' : page.format, related: relatedWith(page, (_e, i) => ({ format: page.related[i]!.format, date: null })) }),
    };
  },
};

// --- F6. familydoctor-ask ---

const NICKS = ['健康小卫士', '热心网友', '快乐的小鱼', 'yy2019', '向日葵', '清风徐来'];

/**
 * F6. 家庭医生在线 问答 (ask.familydoctor.com.cn/q/…): crumbs 家庭医生在线 > 问答 > {科室}, the question
 * `<h1>` with 悬赏 and the asker's day, 问题描述; the 医生回答 block (card: name, title, hospital, 科室,
 * 职称 as printed, 已回答N个问题; the answer; its day; 有帮助(N)) and one or two 网友回答 (nickname, LV,
 * text, day; before the doctor's on 40%); 热门问答 items as 问：/ 答： pairs with days on half; a
 * 相关文章 list of /jbk/ articles; the 免责声明 footer.
 */
const familydoctorAsk: Family = {
  name: 'familydoctor-ask',
  split: 'fresh-44',
  site: 'ask.familydoctor.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const datedItems = rng.chance(0.5);
    const t = topicWord(page);
    const doctor = `<div class="answer-item doctor-answer"><p class="ans-head">医生回答</p><div class="doctor-card"><a class="name" href="https://ask.familydoctor.com.cn/doctor/${rng.int(10000, 99999)}">${esc(d.name!)}</a><span class="title">${d.title}</span><p class="hos">${esc(d.hospital!)}　${esc(d.department!)}</p><p class="count">已回答${rng.int(50, 9000)}个问题</p></div><div class="ans-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><p class="ans-foot"><span class="time">${page.date} ${hm(rng)}</span> <a href="javascript:;">有帮助(${rng.int(0, 50)})</a></p></div>`;
    const member = () =>
      `<div class="answer-item user-answer"><p class="ans-head">网友回答</p><p class="user"><span class="nick">${rng.pick(NICKS)}</span> <em class="lv">LV${rng.int(1, 8)}</em></p><div class="ans-txt">${otherParagraphs(otherAnswer(rng, page))}</div><p class="ans-foot"><span class="time">${shift(page.date!, rng.int(0, 2))} ${hm(rng)}</span> <a href="javascript:;">有帮助(${rng.int(0, 9)})</a></p></div>`;
    const members = Array.from({ length: rng.int(1, 2) }, member).join('');
    const answers = rng.chance(0.4) ? members + doctor : doctor + members;
    const items = page.related
      .map((r) => `<li><p class="q">问：<a href="${r.path}">${esc(r.question)}</a></p><p class="a">答：${esc(r.snippet)}</p>${datedItems ? `<span class="date">${r.date}</span>` : ''}</li>`)
      .join('\n');
    const articles = Array.from({ length: rng.int(2, 4) }, () =>
      `<li><a href="https://jbk.familydoctor.com.cn/${token(rng, 6)}/">${esc(t)}${rng.pick(['的饮食注意事项', '的预防措施', '的常见病因', '的日常护理'])}</a></li>`,
    ).join('');
    const body = `<div class="top-nav"><a href="https://www.familydoctor.com.cn/">家庭医生在线</a> <a href="https://ask.familydoctor.com.cn/">问答</a> <a href="https://jbk.familydoctor.com.cn/">疾病库</a></div>
<div class="crumbs"><a href="https://www.familydoctor.com.cn/">家庭医生在线</a> &gt; <a href="https://ask.familydoctor.com.cn/">问答</a> &gt; <a href="#">${esc(d.department!)}</a></div>
<div class="main"><div class="question-box"><h1>${esc(page.question)}</h1><p class="q-meta">${rng.chance(0.3) ? `<span class="reward">悬赏${rng.int(5, 50)}分</span> ` : ''}<span>${sexAge(rng)}</span> <span>${shift(page.date!, -rng.int(0, 2))}</span></p><p class="q-desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer-list">${answers}</div>
${items ? `<div class="hot-qa"><h3>热门问答</h3><ul>${items}</ul></div>` : ''}
<div class="rel-article"><h3>相关文章</h3><ul>${articles}</ul></div></div>
<div class="footer"><p>免责声明：本站所有问答内容仅供参考，不能作为诊断及医疗的依据。</p><p>Copyright &copy; 2001-2023 家庭医生在线 版权所有</p></div>`;
    const html = documentOf(`${ask(page)}_家庭医生在线`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), format: 'unknown', related: itemsWith(page, false, datedItems) }),
    };
  },
};

export const FRESH44_FAMILIES: readonly Family[] = [xywyAsk, ask39Zhuiwen, ask120Mobile, haodfConsult, muzhiVoice, familydoctorAsk];
