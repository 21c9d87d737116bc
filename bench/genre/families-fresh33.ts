import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, RELATED_HEADS, ask, cardPlain, dayText, documentOf, formatWord, hm, hospitalWithGrade, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Thirtieth fresh held-out set (split `fresh-33`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose its own families, each modelled on the general
 * shape of a kind of real page of the genre or of something real crawled HTML does to one (from
 * memory, no copied markup), that no earlier family covers: an internet hospital's consultation
 * order page whose progress bar stamps every step (submitted, accepted, answered, closed); a
 * local-services app's 问大家 page under a hospital's merchant header, answered by the merchant's
 * certified doctor among members; a consultation page that prints the doctor's licence record as
 * the regulator asks (执业证书编码, 执业范围, 第一执业机构); a psychological-counselling platform's
 * Q&A, answered by counsellors of studios or by hospital psychiatrists; a page strewn with numbers
 * built from days (question and order numbers, file numbers, version strings); a page from an old
 * CMS that writes its text through an encoder of named character references (some without their
 * semicolons, as HTML lets the Latin-1 ones stand).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - status-steps: the answer's day is the day of the progress bar's 医生回复 / 医生已回复 / 已回复
 *   step (and of the 回复时间 line where printed); the 提交问诊, 医生接诊, 问诊结束 / 已评价 steps, the
 *   order's 下单时间 and the review's day date nothing. The format is the 服务类型's
 *   (图文问诊 → text, 语音问诊 / 电话问诊 → voice, 视频问诊 → video) where printed, else unknown. The
 *   patient's 病情描述, the order number and the price are none of the Q&A.
 * - local-merchant-qa: the page's answer is the one signed by the merchant's certified doctor
 *   (商家认证 / 认证医生 badge), whether first or after members' answers; its card gives name, title,
 *   department; the hospital is the merchant whose page it is (the header's name) — the card says
 *   `本院医生` or nothing of the hospital; the grade is the header's grade tag (三甲, 三级甲等, 二甲) where
 *   printed, the star rating, 人均 price and other tags (医保定点, 公立医院) no grade. Members' answers,
 *   their levels and days are none of it. The question is the 问 block's text without the `问` badge;
 *   an item's snippet is printed after a `答：` badge on half the pages: the badge is none of it.
 *   Format unknown (no word printed).
 * - license-notice: the card is the licence record's name, title (职称 / 专业技术职务), 科室 /
 *   所在科室 (the department) and 第一执业机构 / 执业机构 / 执业地点 (the hospital), with its grade where
 *   printed after it; 执业证书编码, 资格证书编码, 执业类别 and 执业范围 (内科专业 …: a licence's scope,
 *   not the department) are none of the card; the platform line (本服务由…互联网医院提供) names no
 *   hospital of the doctor's.
 * - psych-counsel: the answerer is a counsellor of a studio (55%) or a hospital's psychiatrist or
 *   psychologist (45%). A counsellor's title is as printed (国家二级心理咨询师 …), the studio the
 *   hospital, no department and no grade (null); 从业年限, 个案时长, 擅长 and 咨询费 are none of the card.
 *   A hospital doctor's card is plain (grade where printed). The format is the answer's own tag
 *   (语音回答 …) where printed; the 咨询方式 the counsellor offers (视频 / 语音 / 面询) is no format.
 * - id-numbers: a number is a date only where it is printed as one: the question's 问题编号, the
 *   咨询单号, an ICP filing number, an image's 图片编号, a version string `v2023.05.06`, a related
 *   item's `编号` are none, though built from days of the Q&A; where the page prints no date line
 *   (20%), the date is null.
 * - bare-entities: the text is what the references decode to (`&ldquo;` “, `&hellip;` …, `&middot;`
 *   ·, `&mdash;` —, `&nbsp;` a space, the Latin-1 ones `&nbsp` `&middot` `&times` without semicolon
 *   as HTML decodes them); an indent of `&nbsp;` / `&emsp;` runs is no text; the `&raquo;` bullet
 *   before an item's question is none of it; a link's `&amp;` is `&` in its address (an item's
 *   address keeps its query: `/q/N.html?from=rel&pos=2`).
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

type Related = TruthPage['related'][number];

// --- F1. status-steps ---

const SERVICE: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  text: ['图文问诊', '图文咨询'],
  voice: ['语音问诊', '电话问诊'],
  video: ['视频问诊'],
};

/**
 * F1. An internet hospital's 问诊详情 order page: the status (已完成 / 已评价), a progress bar of 3–4
 * steps each stamped with its day and time — 提交问诊 (0–2 days before the answer), 医生接诊 (that day or
 * the answer's), 医生回复 / 医生已回复 / 已回复 (the answer's), 问诊结束 / 已评价 (1–3 days after; on 60%)
 * — as an `<ol>`, as `<div>`s or as a table; the question as the `<h1>` (70%) or a `问诊标题：` line under
 * an `<h2>问诊详情</h2>`; the patient (`患者：女 34岁`) and 病情描述; the 服务类型 (图文问诊 / 语音问诊 /
 * 电话问诊 / 视频问诊) on 60%; the 医生回复 block: a plain card (grade on 50%), the answer, `回复时间：`
 * again on 40%; 订单信息 (订单编号, 支付金额 ¥, 下单时间); a 评价 with stars and a later day on 40%; a
 * related list (其他患者也在问, dated on half).
 */
const statusSteps: Family = {
  name: 'status-steps',
  split: 'fresh-33',
  site: 'wz.dingdan-yiyuan.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const serviceShown = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 2));
    const accepted = rng.chance(0.5) ? asked : page.date!;
    // The steps in order, in minutes since 1970: submitted, then accepted, then answered.
    const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 60_000;
    const answered = dayStart(page.date!) + Number(page.time.slice(0, 2)) * 60 + Number(page.time.slice(3));
    const submitHi = Math.min(dayStart(asked) + 23 * 60, answered - 10);
    const submitted = rng.int(Math.max(dayStart(asked), submitHi - 600), submitHi);
    const acceptedAt = rng.int(Math.max(submitted + 5, dayStart(accepted)), Math.min(dayStart(accepted) + 23 * 60 + 59, answered - 5));
    const clock = (minutes: number) => `${String(Math.floor((minutes % 1440) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const closed = shift(page.date!, rng.int(1, 3));
    const stamp = (iso: string, time: string) => rng.pick([`${iso} ${time}`, `${iso.replace(/-/g, '/')} ${time}`, `${dayText(rng, iso)} ${time}`]);
    const steps: Array<[string, string]> = [
      [rng.pick(['提交问诊', '提交问题', '已提交']), stamp(asked, clock(submitted))],
      [rng.pick(['医生接诊', '医生已接诊', '已接诊']), stamp(accepted, clock(acceptedAt))],
      [rng.pick(['医生回复', '医生已回复', '已回复']), stamp(page.date!, page.time)],
      ...(rng.chance(0.6) ? [[rng.pick(['问诊结束', '已评价', '已完成']), stamp(closed, hm(rng))] as [string, string]] : []),
    ];
    const bar = rng.pick([
      () => `<ol${cls(rng)}>${steps.map(([l, t]) => `<li${cls(rng)}><span${cls(rng)}>${l}</span><em${cls(rng)}>${t}</em></li>`).join('')}</ol>`,
      () => `<div${cls(rng)}>${steps.map(([l, t]) => `<div${cls(rng)}><i${cls(rng)}></i><p${cls(rng)}>${l}</p><p${cls(rng)}>${t}</p></div>`).join('')}</div>`,
      () => `<table${cls(rng)}><tr>${steps.map(([l]) => `<th>${l}</th>`).join('')}</tr><tr>${steps.map(([, t]) => `<td>${t}</td>`).join('')}</tr></table>`,
    ])();
    const service = serviceShown ? `<p${cls(rng)}>服务类型：<span${cls(rng)}>${rng.pick(SERVICE[page.format as Exclude<Format, 'unknown'>])}</span></p>` : '';
    const question = rng.chance(0.7)
      ? `<h1${cls(rng)}>${esc(page.question)}</h1>`
      : `<h2${cls(rng)}>${rng.pick(['问诊详情', '咨询详情'])}</h2><p${cls(rng)}>问诊标题：${esc(page.question)}</p>`;
    const patient = `<div${cls(rng)}><p>患者：${rng.pick(['女', '男'])} ${rng.int(3, 78)}岁</p><p>病情描述：${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p></div>`;
    const reply = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医生回复', '医生解答', '接诊医生'])}</h3>${plainCard(rng, page, gradeShown)}<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${
      rng.chance(0.4) ? `<p${cls(rng)}>回复时间：${page.date} ${page.time}</p>` : ''
    }</div>`;
    const order = `<div${cls(rng)}><h3${cls(rng)}>订单信息</h3><p>订单编号：${rng.int(1000, 9999)}${token(rng, 8).replace(/[a-f]/g, '7')}${rng.int(100, 999)}</p><p>支付金额：¥${rng.pick(['19.90', '29.00', '39.90', '59.00', '99.00'])}</p><p>下单时间：${asked} ${clock(submitted)}</p></div>`;
    const review = rng.chance(0.4) ? `<div${cls(rng)}><h3${cls(rng)}>我的评价</h3><p>★★★★★ ${rng.pick(['非常满意', '满意'])}</p><p>${rng.pick(['医生回复很详细，谢谢！', '很耐心，解答清楚。', '感谢医生。'])}</p><p>${dayText(rng, closed)}</p></div>` : '';
    const status = `<div${cls(rng)}>${rng.pick(['已完成', '问诊已结束', '已评价'])}</div>`;
    const list = relatedList(rng, page.related, datedItems, ['其他患者也在问', '相关问诊', ...RELATED_HEADS]);
    const body = `<header${cls(rng)}><a href="/">互联网医院</a> <a href="/my/orders">我的问诊</a></header>
${wrap(rng, `${status}\n${bar}\n${question}\n${service}\n${patient}\n${reply}\n${order}\n${review}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<footer${cls(rng)}>© 2024 互联网医院 在线问诊服务</footer>`;
    const html = documentOf(rng.pick([`${page.question} - 问诊详情`, '问诊详情']), page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat: serviceShown, datedItems }),
    };
  },
};

// --- F2. local-merchant-qa ---

const NICKNAMES = ['小***8', '爱吃火锅的猫', 'm***y', '江州小王', '晴天娃娃', '用户9527', '大***子', '路过的风'];
const MEMBER_ANSWERS = ['我去过，挂号挺方便的。', '这个还是要去医院当面看看吧。', '不清楚，帮顶。', '我上次去看了，医生挺好的。', '建议早上早点去，人比较多。'];

/**
 * F2. A local-services app's 问大家 detail page for a hospital: the merchant header (the hospital's
 * name in the header's `<h1>` or a bold line, ★ rating and score, 人均 ¥, tags among which the grade
 * (三甲, 三级甲等, 二甲) on 50%, 医保定点 / 公立医院 / 24小时急诊, the address and opening hours); the
 * question block with a `问` badge, the asker's nickname and 提问于 day (0–5 days before); 1–3 answers:
 * the certified doctor's (商家认证 / 认证医生 badge, name, title, department, `本院医生` on half, the
 * answer, the day) first on 60%, else after 1–2 members' short answers (nickname, LV badge, a day);
 * a 更多问题 list (question, `答：` badge before the snippet on half, N个回答, the day on half).
 */
const localMerchantQa: Family = {
  name: 'local-merchant-qa',
  split: 'fresh-33',
  site: 'm.bendi-shenghuo.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const answerBadge = rng.chance(0.5);
    const tags = rng.shuffle([...(gradeShown ? [d.hospital_grade!] : []), ...rng.shuffle(['医保定点', '公立医院', '24小时急诊', '可停车']).slice(0, rng.int(1, 3))]);
    const name = rng.chance(0.6) ? `<h1${cls(rng)}>${esc(d.hospital!)}</h1>` : `<div${cls(rng)}><b>${esc(d.hospital!)}</b></div>`;
    const header = `<div${cls(rng)}>${name}<div${cls(rng)}><span>★★★★☆</span> <span>${(3.5 + rng.int(0, 14) / 10).toFixed(1)}</span> <span>人均 ¥${rng.int(80, 600)}</span></div><div${cls(rng)}>${tags
      .map((t) => `<span${cls(rng)}>${t}</span>`)
      .join(' ')}</div><p${cls(rng)}>${esc(d.hospital!.replace(/市.*$/u, ''))}市${rng.pick(['人民路', '解放大道', '建设路', '中山路'])}${rng.int(1, 399)}号</p><p${cls(rng)}>营业时间：${rng.pick(['08:00-17:30', '全天', '07:30-12:00 13:30-17:00'])}</p></div>`;
    const tabs = `<div${cls(rng)}><a href="#">商户</a> <a href="#">评价</a> <a href="#">问大家(${rng.int(3, 300)})</a> <a href="#">相册</a></div>`;
    const asked = shift(page.date!, -rng.int(0, 5));
    const qTag = rng.pick(['h2', 'p', 'div']);
    const questionBlock = `<div${cls(rng)}><i${cls(rng)}>问</i><${qTag}${cls(rng)}>${esc(page.question)}</${qTag}><p${cls(rng)}>${rng.pick(NICKNAMES)} 提问于 ${dayText(rng, asked)}</p></div>`;
    const badge = rng.pick(['商家认证', '认证医生', '商户认证医生']);
    const doctorAnswer = `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${badge}</span> <b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span>${
      rng.chance(0.5) ? ` <span${cls(rng)}>本院医生</span>` : ''
    }</div><div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><p${cls(rng)}>${rng.pick(['回答于 ', ''])}${dayText(rng, page.date!, page.time)}</p></div>`;
    const member = () =>
      `<div${cls(rng)}><div${cls(rng)}><span>${rng.pick(NICKNAMES)}</span> <em>LV${rng.int(1, 8)}</em></div><p${cls(rng)}>${rng.pick(MEMBER_ANSWERS)}</p><p${cls(rng)}>${dayText(rng, shift(asked, rng.int(0, 30)))}</p></div>`;
    const memberCount = rng.int(1, 2);
    const members = Array.from({ length: memberCount }, member).join('\n');
    const answers = rng.chance(0.6) ? `${doctorAnswer}\n${members}` : `${members}\n${doctorAnswer}`;
    const more = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['更多问题', '大家还在问', '其他人还问了'])}</h3><ul${cls(rng)}>${page.related
          .map(
            (r: Related) =>
              `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${answerBadge ? `<i${cls(rng)}>答：</i>` : ''}${esc(r.snippet)}</p><span${cls(rng)}>${rng.int(1, 12)}个回答</span>${
                datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''
              }</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">本地生活</a> <a href="/search">搜索</a> <a href="/my">我的</a></div>
${header}
${tabs}
${wrap(rng, `${questionBlock}\n<div${cls(rng)}>${memberCount + 1}个回答</div>\n${answers}`)}
${more}
<div${cls(rng)}>${rng.pick(DISCLAIMERS)} 以上回答不代表平台观点</div>`;
    const html = documentOf(`${page.question}-${d.hospital}-问大家`, page.canonical, '<meta name="viewport" content="width=device-width">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F3. license-notice ---

const SCOPES = ['内科专业', '外科专业', '妇产科专业', '儿科专业', '眼耳鼻咽喉科专业', '皮肤病与性病专业', '精神卫生专业', '中医专业', '全科医学专业', '医学影像和放射治疗专业'];

/**
 * F3. An internet hospital's consultation page printing the doctor's licence record as regulators
 * ask (医师执业信息公示): the `<h1>`, then the record — 姓名, 职称 or 专业技术职务, 执业证书编码 (15
 * digits), 资格证书编码 on 60%, 执业类别 (临床 / 中医) on half, 执业范围 (a scope: 内科专业 …), 第一执业机构 /
 * 执业机构 / 执业地点 (the hospital, its grade after it on 50%), 科室 / 所在科室 — as a two-column table
 * (50%), a `<dl>` (25%) or labelled `<p>`s (25%), the rows after the name shuffled; a platform line
 * (本服务由…互联网医院提供, 备案号); the answer; `回复时间：` with a format word on 40%; an ordinary
 * related list (dated on half).
 */
const licenseNotice: Family = {
  name: 'license-notice',
  split: 'fresh-33',
  site: 'ih.zhiye-gongshi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
    const rows: Array<[string, string]> = rng.shuffle([
      [rng.pick(['职称', '专业技术职务']), d.title!],
      ['执业证书编码', `1${digits(14)}`],
      ...(rng.chance(0.6) ? [['资格证书编码', `${rng.int(1998, 2016)}${digits(11)}`] as [string, string]] : []),
      ...(rng.chance(0.5) ? [['执业类别', rng.pick(['临床', '中医'])] as [string, string]] : []),
      ['执业范围', rng.pick(SCOPES)],
      [rng.pick(['第一执业机构', '执业机构', '执业地点']), hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)],
      [rng.pick(['科室', '所在科室']), esc(d.department!)],
    ]);
    const all: Array<[string, string]> = [['姓名', esc(d.name!)], ...rows];
    const record = rng.weighted([
      [() => `<table${cls(rng)}>${all.map(([l, v]) => `<tr><th${cls(rng)}>${l}</th><td${cls(rng)}>${v}</td></tr>`).join('')}</table>`, 50],
      [() => `<dl${cls(rng)}>${all.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`, 25],
      [() => all.map(([l, v]) => `<p${cls(rng)}>${l}：${v}</p>`).join(''), 25],
    ] as const)();
    const city = d.hospital!.replace(/市.*$/u, '');
    const notice = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医师执业信息公示', '医生执业信息', '执业信息'])}</h3>${record}</div>`;
    const platform = `<p${cls(rng)}>本服务由${esc(city)}${rng.pick(['健康', '云', '智慧'])}互联网医院提供 ${rng.pick(['互联网医院执业许可证', '备案号'])}：${digits(8)}</p>`;
    const answer = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医生回复', '医生解答', '回复内容'])}</h3>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const when = `<p${cls(rng)}>${rng.pick(['回复时间：', '回答时间：'])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</p>`;
    const list = relatedList(rng, page.related, datedItems);
    const body = `<div${cls(rng)}><a href="/">${esc(city)}互联网医院</a> <a href="/doctors">找医生</a> <a href="/consult">在线问诊</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${notice}\n${answer}\n${when}` : `${answer}\n${when}\n${notice}`}\n${platform}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 ${esc(city)}互联网医院 ICP备${digits(8)}号</div>`;
    const html = documentOf(`${page.question}_${city}互联网医院`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: plainKey(page, { gradeShown, printFormat, datedItems }),
    };
  },
};

// --- F4. psych-counsel ---

const COUNSELLOR_TITLES = ['国家二级心理咨询师', '国家三级心理咨询师', '心理治疗师', '注册心理师', '中级心理治疗师'];
const STUDIOS = ['心晴心理咨询工作室', '向阳心理咨询中心', '知心心理工作室', '暖光心理咨询有限公司'];
const WAYS = ['视频咨询', '语音咨询', '面对面咨询', '文字咨询'];

/**
 * F4. A psychological-counselling platform's 问答 page: the `<h1>`, the asker's 问题描述 on half; the
 * answerer's card — a counsellor (55%: name, a counsellor's title, the studio after `机构：` or bare,
 * 从业N年, 个案时长 N+ 小时, 擅长 and the 咨询方式 offered with the 咨询费 ¥N/次) or a hospital's
 * psychiatrist (45%: a plain card, grade on 50%, 擅长 and 从业年限 too) —; the answer; its day (`回答于`
 * or bare) with the answer's own tag (语音回答 …) on 35%; N人觉得有用; an ordinary related list (dated on
 * half).
 */
const psychCounsel: Family = {
  name: 'psych-counsel',
  split: 'fresh-33',
  site: 'www.xinli-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const counsellor = rng.chance(0.55);
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const title = rng.pick(COUNSELLOR_TITLES);
    const city = d.hospital!.replace(/市.*$/u, '');
    const studio = `${city}${rng.pick(STUDIOS)}`;
    const extras = `<p${cls(rng)}>从业${rng.int(3, 20)}年 · 个案时长${rng.int(5, 60) * 100}+小时</p><p${cls(rng)}>擅长：${rng.pick(['情绪管理、焦虑抑郁', '亲密关系、婚姻家庭', '青少年成长、学业压力', '睡眠问题、职场压力'])}</p>`;
    const card = counsellor
      ? `<div${cls(rng)}><img src="/avatar/${token(rng, 6)}.jpg" alt="" width="64"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${title}</span><p${cls(rng)}>${rng.pick(['机构：', ''])}${esc(studio)}</p>${extras}<p${cls(rng)}>咨询方式：${rng
          .shuffle([...WAYS])
          .slice(0, rng.int(1, 3))
          .join(' / ')} ¥${rng.pick([300, 400, 500, 600, 800])}/次</p></div></div>`
      : `<div${cls(rng)}>${plainCard(rng, page, gradeShown)}${extras}</div>`;
    const description = rng.chance(0.5) ? `<div${cls(rng)}><p>问题描述：${esc(ask(page))}。${rng.pick(['最近压力很大，晚上睡不好。', '不知道该怎么办，很焦虑。', '家人不太理解我。'])}</p></div>` : '';
    const tag = printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const when = `<div${cls(rng)}>${rng.pick(['回答于 ', ''])}${dayText(rng, page.date!, page.time)}${tag}</div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = relatedList(rng, page.related, datedItems, ['相关问答', '大家还在问', '相似问题']);
    const body = `<div${cls(rng)}><a href="/">心理问答</a> <a href="/counselors">找咨询师</a> <a href="/tests">心理测试</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${description}\n${card}\n${rng.chance(0.5) ? `${when}\n${answer}` : `${answer}\n${when}`}\n<div${cls(rng)}>${rng.int(2, 900)}人觉得有用</div>`)}
<p${cls(rng)}>${rng.pick(['如有自伤想法，请立即拨打心理援助热线。', ...DISCLAIMERS])}</p>
${list}
<div${cls(rng)}>© 2024 心理问答</div>`;
    const html = documentOf(`${page.question}_心理问答`, page.canonical, '', body);
    const doctor = counsellor ? { name: d.name, title, department: null, hospital: studio, hospital_grade: null } : cardPlain(page, gradeShown);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown, printFormat, datedItems }), doctor },
    };
  },
};

// --- F5. id-numbers ---

const compact = (iso: string) => iso.replace(/-/g, '');

/**
 * F5. A Q&A page strewn with numbers built from days: `问题编号：{asking day}{hhmm}{nn}` under the
 * `<h1>`, `咨询单号：WZ{answer day}{6 digits}` (60%), an ICP filing number, `图片编号：IMG_{day}_{n}`
 * under a figure (30%), the app's `v{yyyy.mm.dd}` version in the footer (50%); a plain card (grade on
 * 60%); the date line (`回答时间：`, bare, or a day and `回答`; a format word on 40%) on 80%, none on
 * 20%; an ordinary related list whose items carry `编号：Q{item's day}{nn}` on half the pages and
 * their days on half.
 */
const idNumbers: Family = {
  name: 'id-numbers',
  split: 'fresh-33',
  site: 'www.bianhao-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const dated = rng.chance(0.8);
    const printFormat = dated && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const itemIds = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 3));
    const nn = () => String(rng.int(1, 99)).padStart(2, '0');
    const qid = `<p${cls(rng)}>问题编号：${compact(asked)}${page.time.replace(':', '')}${nn()}</p>`;
    const order = rng.chance(0.6) ? `<p${cls(rng)}>咨询单号：WZ${compact(page.date!)}${rng.int(100000, 999999)}</p>` : '';
    const figure = rng.chance(0.3) ? `<div${cls(rng)}><img src="/upload/${page.date!.replace(/-/g, '/')}/${token(rng, 10)}.jpg" alt="" width="300"><p>图片编号：IMG_${compact(page.date!)}_${rng.int(1, 9)}</p></div>` : '';
    const when = dated ? whenLine(rng, page, printFormat) : '';
    const card = plainCard(rng, page, gradeShown);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${page.related
          .map(
            (r: Related) =>
              `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${itemIds ? `<span${cls(rng)}>编号：Q${compact(r.date!)}${nn()}</span>` : ''}${
                datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''
              }</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const version = rng.chance(0.5) ? ` 客户端 v${page.date!.replace(/-/g, '.')}` : '';
    const body = `<div${cls(rng)}><a href="/">编号问答</a> <a href="/ask">提问</a> 客服电话：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${qid}\n${order}\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}\n${figure}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 编号问答 京ICP备${compact(shift(page.date!, -rng.int(400, 3000)))}号-${rng.int(1, 5)}${version}</div>`;
    const html = documentOf(`${page.question}_编号问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown, printFormat, datedItems }), date: dated ? page.date : null },
    };
  },
};

// --- F6. bare-entities ---

/** Characters an old CMS's encoder writes by name; the Latin-1 ones may lose their semicolon (HTML still decodes them). */
const NAMED: ReadonlyArray<readonly [string, string, boolean]> = [
  ['“', 'ldquo', false], ['”', 'rdquo', false], ['‘', 'lsquo', false], ['’', 'rsquo', false], ['…', 'hellip', false], ['—', 'mdash', false],
  ['·', 'middot', true], ['×', 'times', true], ['°', 'deg', true], ['±', 'plusmn', true],
];

/**
 * F6. A page from an old CMS whose encoder writes characters by name: `“ ” ‘ ’ … —` as `&ldquo;` …,
 * `· × ° ±`, `»` and `©` as `&middot;` … (without the semicolon on 40% of pages, as HTML lets these
 * Latin-1 names stand), spaces as `&nbsp;` (bare `&nbsp` on those pages), paragraphs opened by four
 * `&nbsp;`, four bare `&nbsp` or `&emsp;&emsp;` (60%), the card `name&nbsp;&middot;&nbsp;title` and
 * `hospital&nbsp;grade&nbsp;&nbsp;department`, the date line `回答时间：day&nbsp;time`, the breadcrumbs
 * `&gt;&gt;`; a term at the head of half the answer's paragraphs quoted in `“…”` where one fits; the
 * related list (`&raquo;` before each question, dated on half) linking `/q/N.html?from=rel&amp;pos=i`.
 */
const bareEntities: Family = {
  name: 'bare-entities',
  split: 'fresh-33',
  site: 'www.jiu-cms.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const bare = rng.chance(0.4);
    const indent = rng.pick(['', '&nbsp;&nbsp;&nbsp;&nbsp;', '&nbsp&nbsp&nbsp&nbsp', '&emsp;&emsp;', '']);
    const sp = bare ? '&nbsp' : '&nbsp;';
    // Named references for what has a name; a bare one only where the next character cannot extend the name.
    const enc = (s: string) =>
      [...esc(s)]
        .map((c, i, all) => {
          const named = NAMED.find(([ch]) => ch === c);
          if (!named) return c;
          const next = all[i + 1] ?? '';
          return bare && named[2] && !/[A-Za-z0-9;=]/u.test(next) ? `&${named[1]}` : `&${named[1]};`;
        })
        .join('');
    // Quote a term in an answer paragraph now and then (the key holds the quotes: they are printed).
    const paragraphs = page.paragraphs.map((p) => {
      const m = rng.chance(0.5) ? /^(.{2,12}?)(可能|一般|多数|建议|需要)/u.exec(p) : null;
      return m ? `“${m[1]}”${p.slice(m[1]!.length)}` : p;
    });
    const hosp = `${enc(d.hospital!)}${gradeShown ? `${sp}${d.hospital_grade}` : ''}`;
    const card = rng.pick([
      `<div${cls(rng)}><p>${enc(d.name!)}${sp}${bare ? '&middot' : '&middot;'}${sp}${d.title}</p><p>${hosp}${sp}${sp}${enc(d.department!)}</p></div>`,
      `<div${cls(rng)}>回答医生：${enc(d.name!)}&nbsp;&nbsp;${d.title}<br>${enc(d.department!)}&nbsp;|&nbsp;${hosp}</div>`,
    ]);
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '发布时间：'])}${page.date}${rng.chance(0.5) ? `${sp}${page.time}` : ''}${printFormat ? `&nbsp;&nbsp;[${formatWord(rng, page.format)}]` : ''}</div>`;
    const answer = `<div${cls(rng)}>${paragraphs.map((p) => `<p>${indent}${enc(p)}</p>`).join('')}</div>`;
    const items = page.related
      .map(
        (r: Related, i) =>
          `<li${cls(rng)}>${bare ? '&raquo' : '&raquo;'}${rng.pick(['', '&nbsp;'])}<a href="${r.path}?from=rel&amp;pos=${i + 1}">${enc(r.question)}</a><br>${enc(r.snippet)}${datedItems ? `${sp}${sp}<span>${r.date}</span>` : ''}</li>`,
      )
      .join('\n');
    const list = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS)}</h3><ul>${items}</ul></div>` : '';
    const body = `<div${cls(rng)}><a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/wenda/">健康问答</a>&nbsp;&gt;&gt;&nbsp;正文</div>
${wrap(rng, `<h1${cls(rng)}>${enc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${enc(rng.pick(DISCLAIMERS))}</p>
${list}
<div${cls(rng)}>Copyright&nbsp;${bare ? '&copy' : '&copy;'}&nbsp;2008-2024&nbsp;旧站健康网&nbsp;All&nbsp;Rights&nbsp;Reserved</div>`;
    const html = documentOf(`${page.question}_健康问答_旧站健康网`, page.canonical, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n', body, '');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: `${e.url}?from=rel&pos=${i + 1}` })),
      }),
    };
  },
};

export const FRESH33_FAMILIES: readonly Family[] = [statusSteps, localMerchantQa, licenseNotice, psychCounsel, idNumbers, bareEntities];
