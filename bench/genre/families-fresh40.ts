import type { Rng } from '../../kit/pages/rng.js';
import type { Family, Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ask, dayText, documentOf, hm, hospitalWithGrade, otherName, plainCard, plainKey, relatedList, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format } from './truth.js';

/**
 * Fortieth fresh held-out set (split `fresh-40`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre, or of something real crawled HTML does to one (from memory, no copied
 * markup), that no earlier family covers. Three are the big consult platforms' own page kinds: a
 * paid 图文问诊 whose transcript opens with the platform's AI 预问诊 assistant questioning the
 * patient before the doctor takes over; the app's 问诊订单详情 (order detail) page, where the Q&A
 * sits among the order's number, price and times; an internet hospital's 在线问诊报告 (the consult
 * report the patient downloads: patient block, 主诉, 医生建议, signature and stamp). Three are faults a
 * crawler meets in fetched HTML: server-side include directives left unprocessed or failed (Apache's
 * `[an error occurred while processing this directive]`, ESI tags and their `<esi:remove>`
 * fallbacks); a Q&A fetched from the site's JSONP API, the page's HTML inside a JSON string; a good
 * page with a CDN's edge error document (502 / 503 / 504, nginx, Varnish, Tengine) in place of one
 * of its blocks.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - ai-triage-chat: the AI assistant's turns (its questions, its `已为您整理病情` summary, its
 *   name, however doctor-like: `AI医生助理`) and the system lines (`医生已接诊`, `问诊已结束`) are none
 *   of the answer and sign nothing; the patient's replies to the assistant are the asker's; the card
 *   is the 接诊医生's; the date is the day of the doctor's first turn (the chat's day line over it),
 *   not the day the assistant started (a day earlier on 40%); the service label (图文问诊 / 语音问诊 /
 *   视频问诊) names the format; the AI 问诊小结 box after the chat is none of the answer.
 * - order-receipt: the order's number (which starts with its day's digits), price, 下单 / 支付 /
 *   完成 times date nothing; the answer's date is its 回复时间; the 服务类型 names the format;
 *   the patient's 评价 (stars, words) is none of the answer; 再次咨询 is a button.
 * - consult-report: the question is the 主诉 line (the report's heading is the report's kind); the
 *   patient block (masked name, sex, age, 就诊人 ID) is no card; the doctor is the 接诊医生 block's;
 *   the report's issuing 互联网医院 (its masthead and stamp) is no hospital of the doctor's when the
 *   block names the doctor's own; the answer is the 医生建议 (处理意见) section; its date the 回复时间
 *   (the 报告生成时间 / 打印时间, later, date nothing); the report's number none of any field.
 * - ssi-leftovers: the failed include's message (`[an error occurred while processing this
 *   directive]`) is none of any field, wherever it stands (in the answer's box, in the date line after
 *   an 更新时间 label); an unprocessed directive is a comment, no text; an `<esi:include>` shows
 *   nothing and its `<esi:remove>` fallback is furniture; a related list whose include failed shows
 *   no items (its heading alone, where the template printed it, is no list): related [].
 * - jsonp-wrapper: the page is the HTML the wrapper carries, as the site's own page shows it once the
 *   JSON string is decoded (`\"`, `\/`, `\n`, `\uXXXX` escapes are the characters they stand for);
 *   the callback, the JSON keys and values beside the `html` one (code, msg, id, counts) are none of
 *   any field; the items' addresses are the absolute ones the fragment prints.
 * - cdn-edge-error: the edge's error document set into the page (its title, 502 / 503 / 504 heading,
 *   nginx / Varnish / Tengine lines, request id, URL and the fetch's `Date:` line) is none of any
 *   field; where it stands in the related list's place, the page shows no items: related [] (the
 *   list's heading, where the page kept it, heads nothing); elsewhere (a side block, the comments) it
 *   takes nothing from the page's fields.
 * Format is printed only where a format word or a service label is printed; related items' formats
 * and dates only where the list prints them.
 */

const SERVICE: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  text: ['图文问诊', '图文咨询'],
  voice: ['语音问诊', '电话问诊'],
  video: ['视频问诊', '视频咨询'],
};
const serviceLabel = (rng: Rng, format: Format) => rng.pick(SERVICE[format as Exclude<Format, 'unknown'>]);

/** A time of day `minutes` earlier than `time`, not before midnight. */
const minutesBefore = (time: string, minutes: number) => {
  const at = Math.max(0, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) - minutes);
  return `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
};

const paras = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');

// --- F1. ai-triage-chat ---

const BOT_NAMES = ['智能预问诊助手', 'AI导诊', '小荷AI助手', 'AI医生助理', '预问诊机器人'];
const BOT_QUESTIONS = ['您好，我是智能助手，请问您哪里不舒服？', '症状持续多长时间了？', '之前有没有做过相关检查？', '目前有没有在服用什么药物？', '是否有药物过敏史？'];
const PATIENT_REPLIES = ['大概一周了', '没有做过检查', '没有吃药', '没有过敏', '三四天了，时好时坏'];

/**
 * F1. A paid consult's transcript (问诊详情) on a platform whose AI assistant interviews the patient
 * before a doctor takes over: a header with the service label (图文问诊 / 语音问诊 / 视频问诊, printed on
 * 70%), the consult's 问题 line, the 接诊医生 card (grade on 50%); then the chat: a day line, the
 * assistant's 2–4 questions (named by one of its names, an avatar alt `AI`) and the patient's
 * replies, its summary (`已为您整理病情：…，正在为您匹配医生`), a system line `{name}医生已接诊` (on 40% a
 * day line of the next day before it: the assistant worked the day before), the doctor's turns (the
 * answer, one paragraph a bubble, the first with its time), the patient's `谢谢医生`, `问诊已结束`; an
 * `AI问诊小结` box restating the question and the answer's first sentence (60%); a related list of
 * 相似问诊 (dated on half).
 */
const aiTriageChat: Family = {
  name: 'ai-triage-chat',
  split: 'fresh-40',
  site: 'm.zhineng-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.7);
    const datedItems = rng.chance(0.5);
    const bot = rng.pick(BOT_NAMES);
    const earlier = rng.chance(0.4);
    const botDay = earlier ? shift(page.date!, -1) : page.date!;
    const dayLine = (iso: string, time: string) => `<div${cls(rng)} style="text-align:center;color:#999">${rng.pick([`${iso} ${time}`, `${dayText(rng, iso)} ${time}`])}</div>`;
    const bubble = (who: 'bot' | 'me' | 'doc', html: string, time = '') => {
      const side = who === 'me' ? 'right' : 'left';
      const head =
        who === 'bot'
          ? `<img src="/static/ai-avatar.png" alt="AI" width="32"><span${cls(rng)}>${bot}</span>`
          : who === 'doc'
            ? `<img src="/avatar/${page.item.num % 997}.jpg" alt="" width="32"><span${cls(rng)}>${esc(d.name!)}医生</span>`
            : `<span${cls(rng)}>我</span>`;
      return `<div class="msg msg-${side}${rng.chance(0.3) ? ` ${token(rng, 4)}` : ''}">${head}${time ? `<span${cls(rng)}>${time}</span>` : ''}<div${cls(rng)}>${html}</div></div>`;
    };
    const n = rng.int(2, 4);
    const botTurns: string[] = [];
    for (let i = 0; i < n; i++) {
      botTurns.push(bubble('bot', esc(BOT_QUESTIONS[i]!)));
      botTurns.push(bubble('me', i === 0 ? esc(ask(page)) : esc(rng.pick(PATIENT_REPLIES))));
    }
    botTurns.push(bubble('bot', `已为您整理病情：${esc(ask(page))}，${esc(rng.pick(PATIENT_REPLIES))}。正在为您匹配${esc(d.department!)}医生，请稍候…`));
    const docTime = page.time;
    const doctorTurns = page.paragraphs.map((p, i) => bubble('doc', esc(p), i === 0 && rng.chance(0.5) ? docTime : ''));
    const system = (text: string) => `<div${cls(rng)} style="text-align:center;font-size:12px">${text}</div>`;
    const chat = [
      // The assistant starts before the doctor: the day before, or up to 40 minutes earlier the same day.
      dayLine(botDay, earlier ? hm(rng) : minutesBefore(docTime, rng.int(5, 40))),
      ...botTurns,
      ...(earlier ? [dayLine(page.date!, docTime)] : []),
      system(`${esc(d.name!)}医生已接诊`),
      ...doctorTurns,
      bubble('me', rng.pick(['谢谢医生', '好的，谢谢医生！', '明白了，谢谢'])),
      system(rng.pick(['问诊已结束', '本次问诊已结束，感谢您的信任', '医生已结束本次问诊'])),
    ].join('\n');
    const summary = rng.chance(0.6)
      ? `<div${cls(rng)}><h4>${rng.pick(['AI问诊小结', '智能问诊小结', 'AI病情小结'])}</h4><p>病情：${esc(ask(page))}</p><p>医生建议要点：${esc(page.paragraphs[0]!.slice(0, 30))}…</p><p${cls(rng)}>以上由AI生成，仅供参考</p></div>`
      : '';
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const card = `<div${cls(rng)}><h4${cls(rng)}>接诊医生</h4><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="48"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)}>${hosp} · ${esc(d.department!)}</div></div>`;
    const header = `<div${cls(rng)}><h2${cls(rng)}>问诊详情</h2>${printFormat ? `<span${cls(rng)}>${serviceLabel(rng, page.format)}</span>` : ''}<p${cls(rng)}>${rng.pick(['问题：', '咨询问题：', '问诊标题：'])}${esc(page.question)}</p></div>`;
    const list = relatedList(rng, page.related, datedItems, ['相似问诊', '相关问诊', '相似问题']);
    const body = `${header}
${card}
<div${cls(rng)}>${chat}</div>
${summary}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(rng.pick(['问诊详情', `问诊详情-${ask(page)}`]), page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. order-receipt ---

/**
 * F2. A consult platform's 订单详情 page for a finished paid consult: a status banner (已完成), the
 * 服务医生 card (name, title, hospital with grade on 50%, department), the 订单信息 rows (订单编号:
 * the order day's digits, its time and a serial; 服务类型 on 70%; 实付金额 ¥N; 下单时间 and 支付时间 the
 * answer's day or up to two days before; 完成时间 a day or two after), then the 问诊内容 (the question
 * under its label, the asker's line on half), the 医生回复 with 回复时间 (the day, a time) over the
 * answer, the patient's 评价 (stars and words, a day after) on 60%, buttons 再次咨询 / 申请发票, and a
 * related list of 相关问诊 on 60% (dated on half). Labels and values as `<dl>`s, table rows or
 * flex rows at random.
 */
const orderReceipt: Family = {
  name: 'order-receipt',
  split: 'fresh-40',
  site: 'h5.wenzhen-dingdan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.7);
    const datedItems = rng.chance(0.5);
    const showRelated = rng.chance(0.6);
    const style = rng.pick(['dl', 'table', 'flex'] as const);
    const rows = (pairs: ReadonlyArray<readonly [string, string]>) =>
      style === 'dl'
        ? `<dl${cls(rng)}>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`
        : style === 'table'
          ? `<table${cls(rng)}>${pairs.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`
          : pairs.map(([k, v]) => `<div${cls(rng)} style="display:flex;justify-content:space-between"><span>${k}</span><span>${v}</span></div>`).join('');
    const orderDay = shift(page.date!, -rng.int(0, 2));
    const orderTime = hm(rng);
    const doneDay = shift(page.date!, rng.int(1, 2));
    const orderNo = `${orderDay.replace(/-/g, '')}${orderTime.replace(':', '')}${rng.int(10000, 99999)}`;
    const price = rng.pick(['9.90', '19.00', '29.00', '39.00', '49.90', '99.00']);
    const info = rows([
      ['订单编号', orderNo],
      ...(printFormat ? [['服务类型', serviceLabel(rng, page.format)] as const] : []),
      ['实付金额', `¥${price}`],
      ['下单时间', `${orderDay} ${orderTime}`],
      ['支付时间', `${orderDay} ${orderTime.slice(0, 3)}${String(Math.min(59, Number(orderTime.slice(3)) + 1)).padStart(2, '0')}`],
      ['完成时间', `${doneDay} ${hm(rng)}`],
    ]);
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const card = `<div${cls(rng)}><div${cls(rng)}>服务医生</div><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="48"><div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)}>${hosp}</div><div${cls(rng)}>${esc(d.department!)}</div></div>`;
    const question = `<div${cls(rng)}><h3${cls(rng)}>问诊内容</h3><p${cls(rng)}>${esc(page.question)}</p>${rng.chance(0.5) ? `<p${cls(rng)}>${rng.pick(ASKER_LINES)}</p>` : ''}</div>`;
    const reply = `<div${cls(rng)}><h3${cls(rng)}>医生回复</h3><div${cls(rng)}>回复时间：${page.date} ${page.time}</div><div${cls(rng)}>${paras(page.paragraphs)}</div></div>`;
    const stars = '★'.repeat(rng.int(4, 5));
    const review = rng.chance(0.6)
      ? `<div${cls(rng)}><h3${cls(rng)}>我的评价</h3><div${cls(rng)}>${stars}</div><p>${rng.pick(['医生很耐心，解答很详细', '回复及时，非常专业', '谢谢医生，很有帮助'])}</p><span${cls(rng)}>${shift(page.date!, 1)}</span></div>`
      : '';
    const buttons = `<div${cls(rng)}><a href="/consult/new?doc=${page.item.num % 9973}">再次咨询</a> <a href="/invoice/apply?o=${orderNo}">申请发票</a></div>`;
    const list = showRelated ? relatedList(rng, page.related, datedItems, ['相关问诊', '相关问题', '其他人还问了']) : '';
    const body = `<div${cls(rng)}><a href="javascript:history.back()">‹</a> 订单详情</div>
<div${cls(rng)}><b>已完成</b><p>${rng.pick(['本次问诊已完成，感谢您的使用', '医生已回复，问诊已结束'])}</p></div>
${card}
${rng.chance(0.5) ? `${info}\n${question}` : `${question}\n${info}`}
${reply}
${review}
${buttons}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(rng.pick(['订单详情', '问诊订单', `订单详情 - ${ask(page)}`]), page.canonical, '<meta name="viewport" content="width=device-width">\n', body);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return { body: Buffer.from(html, 'utf8'), expected: showRelated ? key : { ...key, related: [] } };
  },
};

// --- F3. consult-report ---

const SEXES = ['男', '女'];

/**
 * F3. An internet hospital's 在线问诊报告 as the patient downloads it (a page laid out like a paper
 * form): the issuing `{city}{X}互联网医院` masthead, `在线问诊报告` heading, 报告编号; the patient
 * block (姓名 `李**`, 性别, 年龄, 就诊人ID); 主诉 (the question), 现病史 (the asker's lines) on 60%;
 * 医生建议 / 处理意见 (the answer's paragraphs); the 接诊医生 block (医生, 职称, 科室, 执业医院 — the
 * doctor's own hospital, grade after it on 50% —, 回复时间), 问诊方式 (the format) on 60%, a signature
 * picture and the 互联网医院's 电子签章 picture; 报告生成时间 a day or more later; a note that the
 * report is no 处方; on 40% a list of 相关问诊 (dated on half).
 */
const consultReport: Family = {
  name: 'consult-report',
  split: 'fresh-40',
  site: 'report.hlw-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const showRelated = rng.chance(0.4);
    const issuer = `${rng.pick(['江州', '临川', '云溪', '白石'])}${rng.pick(['健康', '仁心', '康宁'])}互联网医院`;
    const cell = (k: string, v: string) => `<td${cls(rng)}>${k}</td><td${cls(rng)}>${v}</td>`;
    const patient = `<table border="1" cellspacing="0" width="100%"${cls(rng)}><tr>${cell('姓名', `${rng.pick(['李', '王', '张', '陈'])}**`)}${cell('性别', rng.pick(SEXES))}${cell('年龄', `${rng.int(18, 75)}岁`)}</tr><tr>${cell('就诊人ID', `${rng.int(100000, 999999)}****${rng.int(10, 99)}`)}${cell('就诊科室', esc(d.department!))}<td></td><td></td></tr></table>`;
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const doctor = `<table border="1" cellspacing="0" width="100%"${cls(rng)}><tr>${cell('接诊医生', esc(d.name!))}${cell('职称', d.title!)}</tr><tr>${cell('科室', esc(d.department!))}${cell('执业医院', hosp)}</tr><tr>${cell('回复时间', `${dayText(rng, page.date!)} ${page.time}`)}${printFormat ? cell('问诊方式', serviceLabel(rng, page.format)) : '<td></td><td></td>'}</tr></table>`;
    const section = (label: string, html: string) => `<div${cls(rng)}><h3${cls(rng)}>${label}</h3><div${cls(rng)}>${html}</div></div>`;
    const history = rng.chance(0.6) ? section('现病史', `<p>${esc(rng.pick(ASKER_LINES))}${esc(rng.pick(ASKER_LINES))}</p>`) : '';
    const sign = `<div${cls(rng)} style="text-align:right">医生签名：<img src="/sign/${token(rng, 12)}.png" alt="电子签名" height="36"> <img src="/seal/${token(rng, 8)}.png" alt="${issuer}电子签章" width="96"></div>`;
    const genDay = shift(page.date!, rng.int(1, 30));
    const list = showRelated ? relatedList(rng, page.related, datedItems, ['相关问诊', '相关问题']) : '';
    const body = `<div${cls(rng)}><img src="/logo.png" alt="${issuer}" height="40"> <b>${issuer}</b></div>
<h1${cls(rng)}>${rng.pick(['在线问诊报告', '互联网诊疗问诊报告', '问诊报告单'])}</h1>
<p${cls(rng)}>报告编号：${rng.chance(0.5) ? 'WZ' : 'R'}${genDay.replace(/-/g, '')}${rng.int(100000, 999999)}</p>
${wrap(rng, `${patient}\n${section('主诉', esc(page.question))}\n${history}\n${section(rng.pick(['医生建议', '处理意见', '诊疗建议']), paras(page.paragraphs))}\n${doctor}\n${sign}`)}
<p${cls(rng)}>报告生成时间：${genDay} ${hm(rng)}</p>
<p${cls(rng)}>${rng.pick(['本报告仅记录在线问诊内容，不作为处方及诊断证明。', '注：本报告不能替代线下面诊，不作为处方使用。'])}</p>
${list}`;
    const html = documentOf(rng.pick(['在线问诊报告', `问诊报告-${issuer}`]), page.canonical, '', body);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return { body: Buffer.from(html, 'utf8'), expected: showRelated ? key : { ...key, related: [] } };
  },
};

// --- F4. ssi-leftovers ---

const SSI_ERRORS = ['[an error occurred while processing this directive]', '[an error occurred while processing the directive]'];

/**
 * F4. A CMS page assembled by server-side includes, some of which the server left unprocessed or
 * could not fetch: `<!--#include virtual="/inc/….shtml" -->` comments left in the markup (head, top,
 * footer), Apache's `[an error occurred while processing this directive]` (or nginx's wording) where
 * an include failed — at the top (40%), inside the answer's box between or after its paragraphs (45%),
 * after an `更新时间：` label in the date line (35%), and in the related list's place (35%: its heading
 * kept on half, no items) —; ESI tags (`<esi:include src>`, empty, and an `<esi:remove>` fallback of
 * 登录 / 注册 links) on half. `<h1>`, plain card (grade on 50%), date line (format on 40%), disclaimer,
 * related list (dated on half) where its include worked.
 */
const ssiLeftovers: Family = {
  name: 'ssi-leftovers',
  split: 'fresh-40',
  site: 'www.ssi-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const err = rng.pick(SSI_ERRORS);
    const inc = (file: string) => `<!--#include virtual="/inc/${file}.shtml" -->`;
    const esi = rng.chance(0.5);
    const top = rng.chance(0.4) ? err : `<div${cls(rng)}><a href="/">问答中心</a> <a href="/ks/">科室</a> <a href="/ask/">提问</a></div>`;
    const userBar = esi ? `<esi:include src="/esi/userbar?uid=$(HTTP_COOKIE{uid})" /><esi:remove><div${cls(rng)}><a href="/login">登录</a> | <a href="/reg">注册</a></div></esi:remove>` : '';
    const errInAnswer = rng.chance(0.45);
    const at = rng.int(1, page.paragraphs.length);
    const answer = page.paragraphs.map((p, i) => `<p>${esc(p)}</p>${errInAnswer && i === at - 1 ? `\n${inc('ad_content')}${err}` : ''}`).join('');
    const updated = rng.chance(0.35) ? `<span${cls(rng)}>更新时间：${err}</span>` : '';
    const relatedFailed = rng.chance(0.35);
    const list = relatedFailed
      ? `<div${cls(rng)}>${rng.chance(0.5) ? `<h3${cls(rng)}>${rng.pick(['相关问题', '相关问答'])}</h3>` : ''}${inc(`related_${page.item.num % 1000}`)}${err}</div>`
      : relatedList(rng, page.related, datedItems);
    const when = whenLine(rng, page, printFormat);
    const body = `${inc('top')}
${top}
${userBar}
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${updated ? `<div${cls(rng)}>${when}${updated}</div>` : when}\n<div${cls(rng)}>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
${inc('footer')}
${rng.chance(0.5) ? err : `<div${cls(rng)}>© 2024 问答中心</div>`}`;
    const html = documentOf(`${page.question}_问答中心`, page.canonical, `${inc('meta')}\n`, body);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return { body: Buffer.from(html, 'utf8'), expected: relatedFailed ? { ...key, related: [] } : key };
  },
};

// --- F5. jsonp-wrapper ---

/** A string as JSON writes it, `/` escaped where `slashes`, every non-ASCII character as `\uXXXX` where `unicode`. */
const jsonString = (s: string, slashes: boolean, unicode: boolean) => {
  let out = JSON.stringify(s);
  if (slashes) out = out.replace(/\//g, '\\/');
  if (unicode) out = out.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return out;
};

/**
 * F5. A Q&A fetched from the site's JSONP detail API (the address a mobile page's script calls):
 * no document, the body `jQuery{digits}_{digits}({"code":0,"msg":"success","data":{"id":N,"title":…,
 * "html":"…","views":N}});` (on 30% bare JSON without the callback, on 20% `try{cb(…)}catch(e){}`),
 * the `html` a fragment of the page as a JSON string (`\"` and `\n`, `<\/` escaped on half, every
 * Chinese character `\uXXXX` on 30%): `<h1>`, plain card (grade on 50%), date line (format on 40%),
 * answer, disclaimer and a related list whose links are absolute (dated on half).
 */
const jsonpWrapper: Family = {
  name: 'jsonp-wrapper',
  split: 'fresh-40',
  site: 'api.jsonp-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const host = `https://${rng.pick(['m.jsonp-wenda.example', 'www.jsonp-wenda.example'])}`;
    const absolute = (path: string) => `${host}${path}`;
    const list = page.related.length
      ? `<div class="related"><h3>${rng.pick(['相关问题', '相似问题', '大家还在问'])}</h3><ul>${page.related
          .map((r) => `<li><a href="${absolute(r.path)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${datedItems ? `<span>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const fragment = `<div class="qa-detail">\n<h1>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div class="answer">${paras(page.paragraphs)}</div>\n<p>${rng.pick(DISCLAIMERS)}</p>\n</div>\n${list}`;
    const slashes = rng.chance(0.5);
    const unicode = rng.chance(0.3);
    const json = `{"code":0,"msg":"success","data":{"id":${page.item.num},"title":${jsonString(page.question, slashes, unicode)},"html":${jsonString(fragment, slashes, unicode)},"views":${rng.int(100, 99999)},"share_url":${jsonString(page.canonical, slashes, false)}}}`;
    const cb = `jQuery${rng.int(10, 39)}${token(rng, 8).replace(/[a-f]/g, '1')}_${Date.UTC(2024, 0, 1) + rng.int(0, 9e8)}`;
    const wrapper = rng.weighted([['cb', 50], ['bare', 30], ['try', 20]] as const);
    const text = wrapper === 'cb' ? `${cb}(${json});` : wrapper === 'bare' ? json : `/**/try{${cb}(${json});}catch(e){}`;
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return {
      body: Buffer.from(text, 'utf8'),
      expected: { ...key, related: key.related.map((e, i) => ({ ...e, url: absolute(page.related[i]!.path) })) },
    };
  },
};

// --- F6. cdn-edge-error ---

/** An edge's error document, as nginx, Varnish, Tengine or a Chinese CDN serve it; `day` the day of the fetch. */
function edgeError(rng: Rng, day: string, url: string): string {
  const code = rng.pick(['502 Bad Gateway', '503 Service Temporarily Unavailable', '504 Gateway Time-out']);
  const kind = rng.pick(['nginx', 'varnish', 'tengine', 'cn'] as const);
  const time = `${day.replace(/-/g, '/')} ${hm(rng)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  switch (kind) {
    case 'nginx':
      return `<html>\n<head><title>${code}</title></head>\n<body>\n<center><h1>${code}</h1></center>\n<hr><center>${rng.pick(['nginx', 'openresty', 'nginx/1.20.1'])}</center>\n</body>\n</html>`;
    case 'varnish':
      return `<!DOCTYPE html>\n<html>\n<head><title>503 Backend fetch failed</title></head>\n<body>\n<h1>Error 503 Backend fetch failed</h1>\n<p>Backend fetch failed</p>\n<h3>Guru Meditation:</h3>\n<p>XID: ${rng.int(100000, 99999999)}</p>\n<hr>\n<p>Varnish cache server</p>\n</body>\n</html>`;
    case 'tengine':
      return `<html><head><title>${code}</title></head><body><center><h1>${code}</h1></center>Sorry for the inconvenience.<br/>Please report this message and include the following information to us.<br/>Thank you very much!<table><tr><td>URL:</td><td>${esc(url)}</td></tr><tr><td>Server:</td><td>cdn-${token(rng, 6)}</td></tr><tr><td>Date:</td><td>${time}</td></tr></table><hr/>Powered by Tengine</body></html>`;
    case 'cn':
      return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${code.slice(0, 3)}</title></head><body><div><h1>很抱歉，您访问的页面暂时无法显示</h1><p>错误代码：${code.slice(0, 3)}</p><p>请求ID：${token(rng, 24)}</p><p>时间：${time.replace(/\//g, '-')}</p><p>节点：${rng.pick(['CN-ZJ-HZ', 'CN-GD-SZ', 'CN-BJ'])}-${rng.int(1, 99)}</p></div></body></html>`;
  }
}

/**
 * F6. A good Q&A page with a CDN's edge error document set into it where one of its blocks was
 * assembled at the edge and the block's fetch failed: the whole error document (its `<html>`,
 * `<title>`, heading, server line; Tengine's URL / Server / Date table; a Chinese CDN's 错误代码,
 * 请求ID, 时间 and 节点 lines — a day 30–900 days after the answer) in the related list's place (45%:
 * its heading kept on half), a side 推荐医生 block's (35%) or the comments' (20%). `<h1>`, plain card
 * (grade on 50%), date line (format on 40%), answer, disclaimer; the related list (dated on half)
 * where it did not fail.
 */
const cdnEdgeError: Family = {
  name: 'cdn-edge-error',
  split: 'fresh-40',
  site: 'www.bianyuan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const where = rng.weighted([['related', 45], ['side', 35], ['comments', 20]] as const);
    const fetchDay = shift(page.date!, rng.int(30, 900));
    const error = (block: string) => edgeError(rng, fetchDay, `${page.canonical.replace(/\/q\/.*$/u, '')}/edge/${block}?qid=${page.item.num}`);
    const heading = rng.chance(0.5) ? `<h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '大家还在问'])}</h3>` : '';
    const list = where === 'related' ? `<div${cls(rng)}>${heading}${error('related')}</div>` : relatedList(rng, page.related, datedItems);
    const side =
      where === 'side'
        ? `<aside${cls(rng)}><h3>推荐医生</h3>${error('doctors')}</aside>`
        : `<aside${cls(rng)}><h3>推荐医生</h3><ul>${Array.from({ length: 3 }, () => `<li><a href="/doctor/${rng.int(100, 9999)}.html">${otherName(rng)}</a> ${rng.pick(['主任医师', '副主任医师', '主治医师'])}</li>`).join('')}</ul></aside>`;
    const comments = where === 'comments' ? `<div${cls(rng)}><h3>网友评论</h3>${error('comments')}</div>` : '';
    const body = `<div${cls(rng)}><a href="/">边缘问答</a> <a href="/ks/">科室</a> <a href="/jibing/">${esc(topicWord(page))}</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paras(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${list}\n${side}` : `${side}\n${list}`}
${comments}
<div${cls(rng)}>© 2024 边缘问答</div>`;
    const html = documentOf(`${page.question} - 边缘问答`, page.canonical, '', body);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return { body: Buffer.from(html, 'utf8'), expected: where === 'related' ? { ...key, related: [] } : key };
  },
};

export const FRESH40_FAMILIES: readonly Family[] = [aiTriageChat, orderReceipt, consultReport, ssiLeftovers, jsonpWrapper, cdnEdgeError];
