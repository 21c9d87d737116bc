import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { MOTHER_TEXTS } from './real-site-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-second fresh held-out set (split `fresh-102`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-seventh set**, leaning this time on
 * mainland kinds the table has few of: six Chinese-language sites (or a section of one) where health questions are
 * answered on pages of their own, none of them modelled or named by an earlier split (青岛大学附属医院 / 青大附院 / qdyy /
 * qduh, 好药师 / haoyaoshi / 九州通 / jztey, 优酷 / youku / 视频文稿, 妈咪知道 / mamizhidao / mmzd, 智云健康 / 智云 /
 * zhiyun, 新华保险 / 新华人寿 / newchinalife / 掌上新华 each grepped, case-insensitive, fixed strings, in README.md and
 * families*.ts: no hit; `青岛` only as a city in another family's list; `偷听`, `控糖`, `执业药师`, `血糖` hit only as
 * other sites' words, not as these sites; left alone because of hits: 12320, 叮当 / ddky, 哔哩 / bilibili, 西瓜视频,
 * 好看视频, 快手, 医鹿 / 阿里健康, 众安, 1药网, 美团, 科普中国, 健客, 一心堂, 海王星辰, 老百姓大药房, 微医, 好大夫, 春雨,
 * 京东, 医联, 妙手, 微博, 知乎, 小红书, 今日头条, 腾讯医典 / v.qq.com, 央视频, 百家号, 网易号, 药房网, 康爱多, 薄荷, 美柚,
 * 宝宝树, 亲宝宝, 微脉, 小荷, 讯飞晓医, 支付宝, 平安, 健康160, 医脉通, 禾连, 太平洋 (太平洋亲子网; 太平洋保险 therefore
 * left too), 华西, 湘雅, 协和, 华山, 西京, 北医三院, 健康报, 疾控; 万宁 / 萬寧 / mannings and 晴報 / am730 left for later
 * again (near-repeats of 屈臣氏 and 頭條)), each of a kind the table had few of: **an internet hospital's published
 * consultation record** (青岛大学附属医院互联网医院: a chat transcript, the consultation's start as the only whole day,
 * month-day bubble stamps or centred dividers, a `[自动回复]` bubble of the doctor's), **a pharmacy e-commerce site's 药师问答**
 * (好药师网: GBK declared `gbk` or `gb2312` or undeclared on most pages, a store pharmacist or an invited hospital one, the
 * asker's earlier day, `<br>`-joined answers, product cards, a 网友's answer), **a video platform's page of a doctor's
 * talk with a transcript** (优酷: `<video>`, `N天前` at the head with the whole day in the 简介, a greeting and a
 * sign-off inside the transcript, an ad in the 相关推荐), **a pediatric voice-answer app's share page** (妈咪知道: an
 * `<audio>` answer with its 文字版, `05-06` without a year on some, 偷听 prices, voice items), **a chronic-disease app's
 * 控糖问答 share page** (智云健康: a doctor, a 糖尿病专科护士 or a dietitian, a glucose data card, a state blob dating the
 * question), and **an insurer's app's 名医问答 share page** (新华保险: the sharing agent's own card, unclosed `<p>`s, a
 * `<video>` on some, insurance promos, a 95567 line).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering doctor's (pharmacist's, nurse's, dietitian's): the asker's words, system
 *   messages, **the doctor's `[自动回复]` bubble** (the platform's automatic greeting sent in the doctor's name), the
 *   patient's thanks and 评价, **the video transcript's greeting `大家好，我是…` and its `关注我…` sign-off** (the talk's
 *   card and furniture, not the answer), a 网友's answer, the glucose card, the agent's card, promos, hotlines,
 *   disclaimers, share bars, comments, none of it; labels (`答：`, `文字版：`) none;
 * - **the question**: the `<h1>` where it asks (`【名医问答】` / `[用药咨询]` / `#topic#` prefixes and a `｜{name}医生说`
 *   suffix none); where the title asks nothing (优酷's `医生说｜{topic}的那些事儿`, 新华保险's `名医问答第N期`) or there is
 *   no title (青大's record without an `<h1>`), the question the page prints under `本期问题：` / `读者提问：` / `病情描述：`;
 * - **the date the answer's day**: 青大's doctor's reply day (the bubbles' `05-06` or the divider's `5月6日` with the year
 *   of the header's `问诊时间`, which is the consultation's start, 0–1 day earlier and never across a year; the 结束时间
 *   line the same day); 好药师's `回答时间` (the asker's `提问时间` none); 优酷's `发布于` day or, where the head says `N天前`,
 *   the 简介's `发布时间` (`__INITIAL_DATA__`'s `createTime` a day early, none); 妈咪知道's `2023-05-06 回答`, **null where
 *   only `05-06 回答` is printed** (no year anywhere on the page); 智云's printed day (the state blob's `createTime` of the
 *   question none); 新华保险's `发布时间` (the state blob's later `updateTime` none);
 * - **the card** as printed, the grade null on every family: 青大's hospital `青岛大学附属医院` (the `院区` label cell
 *   none); 好药师's store pharmacist `执业药师` at `好药师大药房` (no department) or an invited `主管药师` of a hospital's
 *   `药剂科`; 妈咪知道's pediatric department as printed; 智云's doctor `内分泌科`, nurse's rank (`主管护师` / `副主任护师`;
 *   the `糖尿病专科护士` tag none) in `内分泌科`, dietitian `注册营养师` in `营养科` at the truth's hospital or at the site's
 *   own `智云健康` where no hospital is printed; 新华保险's 本期专家 (the agent none);
 * - **format**: video where a `<video>` plays the doctor's talk (优酷 on every page, 新华保险 on some), voice where an
 *   `<audio>` plays the answer (妈咪知道), text where 青大's record is labelled `图文问诊`, unknown otherwise;
 * - items: the related list of other questions (青大's 相似问诊, 好药师's 相关问答, 优酷's 相关推荐, 妈咪知道's 相关问题,
 *   智云's 更多控糖问答, 新华保险's 相关阅读), link-only `[]` unless a snippet is printed (好药师's and 智云's on some), dated
 *   only where the whole day is printed (好药师's and 新华保险's on some); 优酷's items format video and 妈咪知道's voice
 *   (each printed with its duration: fresh-58's convention); the ad among 优酷's items none; links as written unless the
 *   page names its address.
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const md = (iso: string) => iso.slice(5);
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
const later = (time: string, minutes: number) => {
  const total = Math.min(23 * 60 + 59, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes);
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
};
const earlier = (time: string, minutes: number) => {
  const total = Math.max(0, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) - minutes);
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
};

// --- F1. qduh-hulianwang-wenzhen ---

const QD_CAMPUSES = ['市南院区', '崂山院区', '西海岸院区', '市北院区', '平度院区'] as const;

/**
 * F1. 青岛大学附属医院互联网医院's published consultation record (hlwyy.qduh.cn/h5/consult/record/{id}: the host, path
 * and that the hospital publishes records are guesses; the chat markup from memory of such H5 pages), simplified, UTF-8,
 * canonical on 50%: the hospital's head bar and a `去问诊` button (none); an `<h1>` with the question (60%) or none (40%:
 * the question as `病情描述：` in the patient card, keyed either way); a patient card `患者：王**　女　34岁` (none); the
 * doctor card `{name} {title}` / `{department}` / `青岛大学附属医院` with a `院区` label cell on 50% (keyed, the campus
 * none); `问诊类型：图文问诊` on 60% (format text; else unknown); the header's `问诊时间：2023-05-05 21:40`, **0–1 day before
 * the answer** (never across a year); then bubbles: the patient's words, a doctor's `[自动回复]` greeting on 40% (none),
 * the doctor's bubbles (the answer, one a paragraph), the patient's thanks (none), a system line `本次问诊已结束`, stamped
 * **`05-06 14:25` on each bubble** (50%) or under **centred dividers `5月6日 14:25`** (50%) (keyed: the reply's month-day
 * with the header's year); `结束时间：2023-05-06 15:10` on 50% (the same day); an `服务评价` with stars and the patient's
 * words (none); `window.__INITIAL_STATE__` with the start's epoch (none); `相似问诊` (link-only `[]`, as written, undated).
 */
const qduhHulianwangWenzhen: Family = {
  name: 'qduh-hulianwang-wenzhen',
  split: 'fresh-102',
  site: 'hlwyy.qduh.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://hlwyy.qduh.cn';
    const hospital = '青岛大学附属医院';
    const canonical = rng.chance(0.5) ? `${base}/h5/consult/record/${page.item.num}` : null;
    const withH1 = rng.chance(0.6);
    const campus = rng.chance(0.5) ? rng.pick([...QD_CAMPUSES]) : null;
    const typed = rng.chance(0.6);
    const gap = page.date!.endsWith('-01-01') ? 0 : rng.int(0, 1);
    const start = shift(page.date!, -gap);
    const startTime = gap ? `${two(rng.int(19, 23))}:${two(rng.int(0, 59))}` : earlier(page.time, rng.int(20, 90));
    const autoReply = rng.chance(0.4);
    const stampForm = rng.weighted([['stamp', 50], ['divider', 50]] as const);
    const endLine = rng.chance(0.5);
    const stars = rng.int(4, 5);
    const patient = `${rng.pick(['王', '李', '张', '刘', '陈'])}**`;
    const sex = rng.pick(['男', '女']);
    const age = rng.int(18, 75);
    const divider = (iso: string, t: string) => `<div class="time-divider">${num(iso, 5, 7)}月${num(iso, 8, 10)}日 ${t}</div>`;
    const stamp = (iso: string, t: string) => (stampForm === 'stamp' ? `<span class="msg-time">${md(iso)} ${t}</span>` : '');
    const bubble = (who: 'patient' | 'doctor', text: string, iso: string, t: string, tag = '') =>
      `<div class="msg msg-${who}"><img class="avatar" src="${base}/static/avatar-${who}.png" alt=""><div class="bubble">${tag}${esc(text)}</div>${stamp(iso, t)}</div>`;
    const replyTime = page.time;
    const endTime = later(replyTime, rng.int(10, 40));
    const chat = [
      stampForm === 'divider' ? divider(start, startTime) : '',
      bubble('patient', `${page.question} ${rng.pick(ASKER_LINES)}`, start, startTime),
      autoReply ? bubble('doctor', `您好，我是${d.name}医生，已收到您的问诊信息，请耐心等待，我会尽快回复。`, start, later(startTime, 1), '<span class="auto-tag">[自动回复]</span>') : '',
      stampForm === 'divider' ? divider(page.date!, replyTime) : '',
      ...page.paragraphs.map((p, i) => bubble('doctor', p, page.date!, later(replyTime, i))),
      bubble('patient', rng.pick(['好的，谢谢医生！', '明白了，非常感谢。', '谢谢大夫']), page.date!, later(replyTime, page.paragraphs.length + 2)),
      `<div class="sys-msg">本次问诊已结束</div>`,
    ]
      .filter(Boolean)
      .join('\n');
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/h5/consult/record/${itemNum(r)}`;
    const list = related.length
      ? `<div class="similar"><div class="title">相似问诊</div>${related.map((r) => `<a class="similar-item" href="${href(r)}"><p class="q">${esc(r.question)}</p><p class="meta">${rng.pick(['内科', '外科', '儿科', '妇科'])} · ${otherName(rng)}</p></a>`).join('\n')}</div>`
      : '';
    const state = { record: { id: page.item.num, type: 'TEXT', createTime: Date.parse(`${start}T${startTime}:00+08:00`), status: 3, doctorId: page.item.num % 9973 } };
    const body = `<div class="nav-bar"><span class="back">‹</span><span class="nav-title">问诊记录</span></div>
<div class="hosp-bar"><img src="${base}/static/logo.png" alt="">${hospital}互联网医院 <a class="btn" href="${base}/h5/index">去问诊</a></div>
${withH1 ? `<h1 class="record-title">${esc(page.question)}</h1>\n` : ''}<div class="patient-card"><p>患者：${patient}　${sex}　${age}岁</p>${withH1 ? '' : `<p>病情描述：${esc(page.question)}</p>`}</div>
<div class="doctor-card"><img src="${base}/upload/doctor/${token(rng, 10)}.jpg" alt=""><div class="info"><p class="name">${esc(d.name!)} <span class="title">${esc(d.title!)}</span></p><p class="dept">${esc(d.department!)}</p><p class="hosp">${hospital}</p>${campus ? `<p class="cell"><span class="label">院区</span><span class="value">${campus}</span></p>` : ''}</div></div>
<div class="record-info">${typed ? '<p>问诊类型：图文问诊</p>' : ''}<p>问诊时间：${start} ${startTime}</p>${endLine ? `<p>结束时间：${page.date} ${endTime}</p>` : ''}</div>
<div class="chat">
${chat}
</div>
<div class="evaluate"><p>服务评价：${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</p><p>${esc(rng.pick(['医生很耐心，回复很及时。', '解答很详细，谢谢医生。', '非常专业，推荐！']))}</p></div>
<p class="tip">温馨提示：线上问诊不能代替面诊，如病情加重请及时到医院就诊。</p>
${list}
<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>`;
    const html = documentOf(`问诊记录 - ${hospital}互联网医院`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        date: page.date,
        format: typed ? 'text' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F2. haoyaoshi-yaoshi-wenda ---

const HY_PRODUCTS = ['奥美拉唑肠溶胶囊', '布洛芬缓释胶囊', '蒙脱石散', '维生素C片', '氯雷他定片', '复方甘草片'] as const;

/**
 * F2. 好药师网's 药师问答 (www.haoyaoshi.com/wenda/{id}.html: the host from memory of 九州通's pharmacy site; the path, the
 * column's name and the markup guessed), simplified, **GBK declared `gbk` (35%), GBK declared `gb2312` (25%) or UTF-8
 * (40%)**, canonical on 50%: a top bar with a search box, cart and `400` line (none); breadcrumbs; `<h1>` the question
 * (keyed; a `[用药咨询]` prefix on 30%, none); `提问者：好药师用户138****{4}` with the asker's day 0–2 days earlier (none)
 * and the asker's words (none); the pharmacist's answer under `药师回答` with a `已采纳` badge: the card a store pharmacist
 * `回答药师：{name}` / `执业药师` / `好药师大药房` (65%, keyed: no department) or `特邀药师：{name}　{hospital}药剂科　主管药师`
 * (35%); `回答时间：2023-05-06 14:22:31` (55%) or `2023/5/6 14:22` (45%) (keyed); the answer as `<p>`s or **one block
 * joined by `<br><br>`** (40%); `药师建议仅供参考…` (none); a 网友's answer (none); 推荐药品 product cards with `¥` prices
 * (none); `相关问答` (`/wenda/{id}.html` as written; the snippet on 60% of pages, keyed; `2023-05-03` on 40%, keyed).
 */
const haoyaoshiYaoshiWenda: Family = {
  name: 'haoyaoshi-yaoshi-wenda',
  split: 'fresh-102',
  site: 'www.haoyaoshi.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.haoyaoshi.com';
    const canonical = rng.chance(0.5) ? `${base}/wenda/${page.item.num}.html` : null;
    const enc = rng.weighted([['gbk', 35], ['gb2312', 25], ['utf8', 40]] as const);
    const prefix = rng.chance(0.3);
    const asked = shift(page.date!, -rng.int(0, 2));
    const cardForm = rng.weighted([['store', 65], ['invited', 35]] as const);
    const dayForm = rng.weighted([['iso', 55], ['slash', 45]] as const);
    const joined = rng.chance(0.4);
    const netizen = rng.chance(0.5);
    const snippets = rng.chance(0.6);
    const datedList = rng.chance(0.4);
    const products = rng.shuffle([...HY_PRODUCTS]).slice(0, rng.int(2, 4));
    const when =
      dayForm === 'iso' ? `${page.date} ${page.time}:${two(rng.int(0, 59))}` : `${page.date!.split('-').map(Number).join('/')} ${page.time}`;
    const card =
      cardForm === 'store'
        ? `<div class="ys-card"><img src="${base}/images/yaoshi.png" alt=""><p>回答药师：<b>${esc(d.name!)}</b></p><p>职称：执业药师</p><p>所属：好药师大药房</p><p class="zc">执业药师注册证号：${rng.int(10000000, 99999999)}</p></div>`
        : `<div class="ys-card"><p>特邀药师：<b>${esc(d.name!)}</b>　${esc(d.hospital!)}药剂科　主管药师</p></div>`;
    const answer = joined ? `<div class="answer-txt">${page.paragraphs.map(esc).join('<br><br>')}</div>` : `<div class="answer-txt">${paras(page.paragraphs)}</div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}${datedList && r.date ? `<span class="time">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="${base}/">好药师网</a> 正品保障 · 药师指导 <input type="text" value="" placeholder="搜索药品、疾病、症状"> <a href="${base}/cart/">购物车</a> 客服热线：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div>
<div class="crumb"><a href="${base}/">首页</a> &gt; <a href="${base}/wenda/">药师问答</a> &gt; 问答详情</div>
<div class="wd-main">
<div class="question"><h1>${prefix ? '<span class="tag">[用药咨询]</span>' : ''}${esc(page.question)}</h1>
<p class="asker">提问者：好药师用户138****${rng.int(1000, 9999)}　提问时间：${asked} ${two(rng.int(7, 23))}:${two(rng.int(0, 59))}</p>
<p class="desc">${esc(rng.pick(ASKER_LINES))}</p></div>
<div class="answer"><h2>药师回答 <span class="adopt">已采纳</span></h2>
${card}
<p class="time">回答时间：${when}</p>
${answer}
<p class="notice">药师建议仅供参考，具体用药请遵医嘱或按药品说明书使用。</p>
</div>
${netizen ? `<div class="other-answer"><h3>网友回答</h3><p class="u">${rng.pick(['l***8', 'x***a', '1***6'])}：</p><p>${esc(rng.pick(MOTHER_TEXTS))}</p></div>\n` : ''}<div class="tjyp"><h3>推荐药品</h3>${products.map((p) => `<div class="goods"><a href="${base}/product/${rng.int(100000, 999999)}.html">${p}</a><span class="price">¥${rng.int(8, 80)}.${rng.int(0, 9)}0</span></div>`).join('')}</div>
${list}
</div>
<div class="foot">互联网药品信息服务资格证书编号：（鄂）-经营性-${rng.int(2018, 2022)}-00${rng.int(10, 99)}　Copyright © 好药师网 版权所有</div>`;
    const meta = enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}_药师问答_好药师网`, canonical, '', body, meta);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor:
          cardForm === 'store'
            ? { name: d.name, title: '执业药师', department: null, hospital: '好药师大药房', hospital_grade: null }
            : { name: d.name, title: '主管药师', department: '药剂科', hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), datedList),
      }),
    };
  },
};

// --- F3. youku-yisheng-shipin ---

/** A youku video id: `X` and base64 of a number, the same for the same item. */
const ykId = (n: number) => `X${Buffer.from(String(n * 4 + 5_000_000_000)).toString('base64')}`;
const dur = (rng: Rng) => `${two(rng.int(1, 6))}:${two(rng.int(0, 59))}`;

/**
 * F3. 优酷's video page of a doctor's talk answering one question (v.youku.com/v_show/id_{id}.html: the host and the id's
 * form as remembered; that hospitals and doctors upload such talks there from memory; **the `视频文稿` transcript block is
 * invented**, the markup guessed), simplified, UTF-8, canonical on 60%: the site's nav, login and VIP (none); a
 * `<video>` (format video on every page); the title the question (45%), `{question}｜{name}医生说` (30%: the suffix none)
 * or one that asks nothing `医生说｜{topic}的那些事儿` (25%: the question under `本期问题：` in the 简介, keyed); the channel a
 * hospital's official account (55%) or the doctor's own `{name}医生` with a `{hospital}{department}{title}` 认证 line
 * (45%); the 简介's `讲解专家：{name}　{hospital}{department}{title}` (always on hospital channels, on half the doctor's)
 * (keyed); the head's `发布于 2023-05-06` (60%) or **`N天前` with `发布时间：2023-05-06 14:22` in the 简介** (40%) (keyed);
 * play counts (none); the transcript `视频文稿` with **a greeting `大家好，我是…` (60%) and a `关注我…` sign-off (50%)**
 * (none) around the answer's paragraphs (keyed); comments (none); `__INITIAL_DATA__` with a `createTime` a day early
 * (the upload before review; none); `相关推荐` (format video with durations, link-only `[]`, as written, undated) with an
 * ad item among them on 50% (none).
 */
const youkuYishengShipin: Family = {
  name: 'youku-yisheng-shipin',
  split: 'fresh-102',
  site: 'v.youku.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://v.youku.com';
    const id = ykId(page.item.num);
    const canonical = rng.chance(0.6) ? `${base}/v_show/id_${id}.html` : null;
    const titleForm = rng.weighted([['plain', 45], ['suffix', 30], ['none', 25]] as const);
    const channel = rng.weighted([['hospital', 55], ['doctor', 45]] as const);
    const introCard = channel === 'hospital' || rng.chance(0.5);
    const relDay = rng.chance(0.4);
    const greeting = rng.chance(0.6);
    const signOff = rng.chance(0.5);
    const ad = rng.chance(0.5);
    const comments = rng.int(0, 3);
    const topic = topicWord(page);
    const title = titleForm === 'plain' ? page.question : titleForm === 'suffix' ? `${page.question}｜${d.name}医生说` : `医生说｜${topic}的那些事儿`;
    const cardText = `${d.hospital}${d.department}${d.title}`;
    const channelHtml =
      channel === 'hospital'
        ? `<div class="uploader"><a href="https://i.youku.com/i/${token(rng, 12)}">${esc(d.hospital!)}</a><span class="verify">医院官方账号</span> <button>订阅</button></div>`
        : `<div class="uploader"><a href="https://i.youku.com/i/${token(rng, 12)}">${esc(d.name!)}医生</a><span class="verify">${esc(cardText)}</span> <button>订阅</button></div>`;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/v_show/id_${ykId(itemNum(r))}.html`;
    const items = related.map((r) => `<div class="rec-item"><a href="${href(r)}"><div class="cover"><img src="https://vthumb.ykimg.com/${token(rng, 16)}" alt=""><span class="dur">${dur(rng)}</span></div><p class="t">${esc(r.question)}</p></a><p class="count">${rng.int(1, 99)}万次播放</p></div>`);
    if (ad && items.length) items.splice(rng.int(0, items.length), 0, `<div class="rec-item ad"><a href="https://ad.youku.com/click?${token(rng, 10)}"><p class="t">${rng.pick(['夏季新品低至5折', '某某手游 今日开服', '家用制氧机 限时特惠'])}</p></a><span class="ad-tag">广告</span></div>`);
    const list = items.length ? `<div class="recommend"><h3>相关推荐</h3>${items.join('\n')}</div>` : '';
    const transcript = [
      greeting ? `<p>大家好，我是${esc(d.hospital!)}${esc(d.department!)}的${esc(d.name!)}医生。今天我们来聊一聊${esc(topic)}。</p>` : '',
      paras(page.paragraphs),
      signOff ? '<p>关注我，了解更多健康知识。</p>' : '',
    ]
      .filter(Boolean)
      .join('\n');
    const commentHtml = Array.from({ length: comments }, () => `<div class="comment"><span class="user">${rng.pick(['优酷用户', '小鱼儿', '健康达人', '路人'])}${rng.int(100, 999)}</span><p>${esc(rng.pick(MOTHER_TEXTS))}</p></div>`).join('\n');
    const initial = { data: { video: { vid: id, title, createTime: `${shift(page.date!, -1)} 23:${two(rng.int(10, 59))}:00`, seconds: rng.int(60, 400) } } };
    const body = `<div class="yk-header"><a href="https://www.youku.com/"><img src="https://img.alicdn.com/tfs/${token(rng, 12)}.png" alt="优酷"></a> <a href="https://www.youku.com/channel/webhealth">健康</a> <input placeholder="搜索"> <a>登录</a> <a class="vip">VIP会员</a></div>
<div class="player-wrap"><video id="ykPlayer" src="https://vali.cp31.ott.cibntv.net/${token(rng, 20)}.mp4" poster="https://vthumb.ykimg.com/${token(rng, 16)}" controls></video></div>
<div class="video-info">
<h1 class="title">${esc(title)}</h1>
<div class="meta"><span class="pub">${relDay ? `${rng.int(2, 6)}天前` : `发布于 ${page.date}`}</span> <span class="play">${rng.int(1, 300)}万次播放</span> <span class="like">${rng.int(10, 9000)}</span></div>
${channelHtml}
<div class="desc"><h3>简介</h3>${titleForm === 'none' ? `<p>本期问题：${esc(page.question)}</p>` : ''}${introCard ? `<p>讲解专家：${esc(d.name!)}　${esc(cardText)}</p>` : ''}${relDay ? `<p>发布时间：${page.date} ${page.time}</p>` : ''}</div>
</div>
<div class="transcript"><h3>视频文稿</h3>
${transcript}
</div>
<div class="comments"><h3>评论 ${comments}</h3>${commentHtml}</div>
${list}
<script>window.__INITIAL_DATA__=${JSON.stringify(initial)}</script>`;
    const html = documentOf(`${title}—在线播放—优酷网，视频高清在线观看`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: 'video',
        related: itemsOf(related, href, canonical, () => null, false).map((e) => ({ ...e, format: 'video' as const })),
      }),
    };
  },
};

// --- F4. mmzd-erke-yuyin ---

const MM_DEPARTMENTS = ['儿科', '小儿内科', '儿童保健科', '新生儿科', '小儿消化科', '小儿呼吸科'] as const;
const MM_NICKS = ['豆豆', '小米粒', '糖糖', '乐乐', '果果', '团子'] as const;

/**
 * F4. 妈咪知道's share page of a pediatrician's voice answer (m.mamizhidao.com/share/question/{id}: the app from memory of
 * parenting apps where pediatricians answer by voice; the host, path and markup guessed), simplified, UTF-8, canonical
 * on 50%: a `下载妈咪知道APP` banner (none); the asker `{nick}妈妈 · 宝宝{age}` (none); the question (keyed; a `#{topic}#`
 * tag before it on 40%, none); the doctor card in lines (55%) or one line with `·` separators (45%) (keyed; the
 * department from a pediatric list, as printed; `已帮助N位妈妈` none); an **`<audio>` answer** with its length and `限时免费听`
 * / `1元偷听` / `已听过` (format voice); the **`文字版`** of the answer (keyed; its label none); `2023-05-06 回答` (70%, keyed) or
 * **`05-06 回答` (30%: no year on the page, null)**; `N人听过` (none); `相关问题` (each a voice answer with its length:
 * format voice, link-only `[]`, as written, undated).
 */
const mmzdErkeYuyin: Family = {
  name: 'mmzd-erke-yuyin',
  split: 'fresh-102',
  site: 'm.mamizhidao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.mamizhidao.com';
    const canonical = rng.chance(0.5) ? `${base}/share/question/${page.item.num}` : null;
    const tag = rng.chance(0.4);
    const dept = rng.pick([...MM_DEPARTMENTS]);
    const cardForm = rng.weighted([['lines', 55], ['line', 45]] as const);
    const fullDay = rng.chance(0.7);
    const listen = rng.pick(['限时免费听', '1元偷听', '已听过']);
    const seconds = rng.int(20, 60);
    const age = rng.pick([`${rng.int(1, 11)}个月`, `${rng.int(1, 5)}岁${rng.int(1, 11)}个月`, `${rng.int(1, 6)}岁`]);
    const card =
      cardForm === 'lines'
        ? `<div class="doc-card"><img src="https://img.mamizhidao.com/avatar/${token(rng, 10)}.jpg" alt=""><p class="name">${esc(d.name!)}</p><p class="title">${esc(d.title!)} | ${dept}</p><p class="hosp">${esc(d.hospital!)}</p><p class="help">已帮助${rng.int(1000, 90000)}位妈妈</p></div>`
        : `<div class="doc-line">${esc(d.name!)} · ${esc(d.hospital!)} · ${dept} · ${esc(d.title!)}</div>`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/question/${itemNum(r)}`;
    const list = related.length
      ? `<div class="more"><h3>相关问题</h3>${related.map((r) => `<a class="q-item" href="${href(r)}"><p>${esc(r.question)}</p><span class="voice-mini">${rng.int(20, 60)}″</span> <span class="heard">${rng.int(10, 9000)}人听过</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="download-bar"><img src="${base}/static/logo.png" alt=""><span>妈咪知道 · 儿科医生语音解答</span><a class="btn" href="${base}/download">下载APP</a></div>
<div class="question-box"><p class="asker">${rng.pick([...MM_NICKS])}妈妈 · 宝宝${age}</p>
<h1 class="q">${tag ? `<span class="topic">#${esc(topicWord(page))}#</span>` : ''}${esc(page.question)}</h1></div>
<div class="answer-box">
${card}
<div class="voice"><audio src="https://media.mamizhidao.com/answer/${token(rng, 16)}.mp3" preload="none"></audio><span class="play-btn">${listen}</span><span class="len">${seconds}″</span></div>
<div class="text-version"><p class="label">文字版：</p>
${paras(page.paragraphs)}
</div>
<p class="ans-time">${fullDay ? page.date : md(page.date!)} 回答</p>
<p class="heard">${rng.int(50, 20000)}人听过</p>
</div>
<div class="ask-bar">宝宝不舒服？<a href="${base}/download">打开APP 免费问儿科医生</a></div>
${list}`;
    const html = documentOf(`${page.question} - 妈咪知道`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: d.hospital, hospital_grade: null },
        date: fullDay ? page.date : null,
        format: 'voice',
        related: itemsOf(related, href, canonical, () => null, false).map((e) => ({ ...e, format: 'voice' as const })),
      }),
    };
  },
};

// --- F5. zhiyun-kongtang-wenda ---

/**
 * F5. 智云健康's 控糖问答 share page (h5.zhiyunhealth.cn/share/qa/{id}: the app from memory of chronic-disease apps with
 * doctors, nurses and dietitians answering; the host, path and markup guessed), simplified, UTF-8, canonical on 50%: an
 * `打开智云健康APP` banner (none); the question as `<h1>` (keyed); the asker's glucose card `空腹血糖 7.8 mmol/L · 餐后2小时
 * 11.2 mmol/L · 糖化血红蛋白 7.1%` on 60% (none); the answerer **a doctor** (45%: `{name} {title}` / `{hospital} 内分泌科`),
 * **a nurse** (30%: `{name} 主管护师|副主任护师` / `{hospital} 内分泌科` with a `糖尿病专科护士` tag, the tag none) or **a
 * dietitian** (25%: `{name} 注册营养师` with `{hospital} 营养科`, or `智云健康控糖营养师` with no hospital: the site's own)
 * (keyed as printed); `答：` on 40% (none); the day `2023.05.06` (50%) or `2023年05月06日 14:22` (50%) (keyed); `有用 N`
 * (none); a 血糖试纸 goods card (none); `window.__INITIAL_STATE__` with the question's `createTime` 1–3 days earlier and no
 * answer day (none); `更多控糖问答` (as written; the snippet on half the pages, keyed; undated).
 */
const zhiyunKongtangWenda: Family = {
  name: 'zhiyun-kongtang-wenda',
  split: 'fresh-102',
  site: 'h5.zhiyunhealth.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://h5.zhiyunhealth.cn';
    const canonical = rng.chance(0.5) ? `${base}/share/qa/${page.item.num}` : null;
    const dataCard = rng.chance(0.6);
    const who = rng.weighted([['doctor', 45], ['nurse', 30], ['dietitian', 25]] as const);
    const nurseTitle = rng.pick(['主管护师', '副主任护师']);
    const ownSite = who === 'dietitian' && rng.chance(0.5);
    const label = rng.chance(0.4);
    const dayForm = rng.weighted([['dots', 50], ['cn', 50]] as const);
    const snippets = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(1, 3));
    const fasting = (rng.int(55, 120) / 10).toFixed(1);
    const after = (rng.int(80, 180) / 10).toFixed(1);
    const a1c = (rng.int(55, 95) / 10).toFixed(1);
    const doctor =
      who === 'doctor'
        ? { name: d.name, title: d.title, department: '内分泌科', hospital: d.hospital, hospital_grade: null }
        : who === 'nurse'
          ? { name: d.name, title: nurseTitle, department: '内分泌科', hospital: d.hospital, hospital_grade: null }
          : { name: d.name, title: '注册营养师', department: ownSite ? null : '营养科', hospital: ownSite ? '智云健康' : d.hospital, hospital_grade: null };
    const card =
      who === 'doctor'
        ? `<div class="expert"><p class="n">${esc(d.name!)} <span>${esc(d.title!)}</span></p><p class="h">${esc(d.hospital!)} 内分泌科</p></div>`
        : who === 'nurse'
          ? `<div class="expert"><p class="n">${esc(d.name!)} <span>${nurseTitle}</span> <em class="tag">糖尿病专科护士</em></p><p class="h">${esc(d.hospital!)} 内分泌科</p></div>`
          : ownSite
            ? `<div class="expert"><p class="n">${esc(d.name!)} <span>注册营养师</span></p><p class="h">智云健康控糖营养师</p></div>`
            : `<div class="expert"><p class="n">${esc(d.name!)} <span>注册营养师</span></p><p class="h">${esc(d.hospital!)} 营养科</p></div>`;
    const day = dayForm === 'dots' ? page.date!.replace(/-/g, '.') : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日 ${page.time}`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/share/qa/${itemNum(r)}`;
    const list = related.length
      ? `<div class="more-qa"><h3>更多控糖问答</h3>${related.map((r) => `<a class="qa-item" href="${href(r)}"><p class="q">${esc(r.question)}</p>${snippets ? `<p class="a">${esc(r.snippet)}</p>` : ''}</a>`).join('\n')}</div>`
      : '';
    const state = { qa: { id: page.item.num, title: page.question, createTime: Date.parse(`${asked}T${two(rng.int(7, 22))}:${two(rng.int(0, 59))}:00+08:00`), answerTime: null, useful: rng.int(0, 500) } };
    const body = `<div class="app-banner"><img src="${base}/static/logo.png" alt=""><span>智云健康 · 控糖问答</span><a href="${base}/download">打开APP</a></div>
<div class="qa-detail">
<h1 class="q-title">${esc(page.question)}</h1>
<p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p>
${dataCard ? `<div class="glucose-card"><span>空腹血糖 ${fasting} mmol/L</span> · <span>餐后2小时 ${after} mmol/L</span> · <span>糖化血红蛋白 ${a1c}%</span></div>\n` : ''}<div class="answer">
${card}
<p class="a-time">${day}</p>
${label ? '<p class="label">答：</p>\n' : ''}${paras(page.paragraphs)}
</div>
<div class="actions"><span>有用 ${rng.int(0, 500)}</span> <span>分享</span></div>
</div>
<div class="goods"><p>智云血糖仪试纸 50片装</p><span class="price">¥${rng.int(39, 129)}</span><a href="${base}/mall/item/${rng.int(1000, 9999)}">去购买</a></div>
${list}
<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>`;
    const html = documentOf(`${page.question} - 智云健康`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

// --- F6. newchinalife-mingyi-wenda ---

const NCL_PRODUCTS = ['健康无忧重大疾病保险', '多倍保障重大疾病保险', '惠福宝医疗保险', '附加住院费用医疗保险'] as const;

/**
 * F6. 新华保险's app's 名医问答 share page (m.newchinalife.com/health/article/{id}.html: the insurer's app and its health
 * column from memory; the host, path, column name and markup guessed), simplified, UTF-8, canonical on 50%, **`<p>`s left
 * unclosed on 40%**: an app bar (none); **the sharing agent's own card `您的专属顾问 {name} 寿险规划师 138****{4}` at the
 * head or foot on 60%** (none); `<h1>` the question (45%), `【名医问答】{question}` (30%: prefix none) or `名医问答第N期`
 * (25%: asks nothing; the question under `读者提问：`, keyed); `发布时间：2023-05-06` (55%) or `2023-05-06 14:22` (45%)
 * (keyed); `阅读 N` (none); the card a `本期专家` label table (35%), a head line `本期专家：{name}　{hospital}{department}{title}`
 * (35%) or a closing `（专家：{hospital}{department}{title} {name}）` (30%) (keyed); a `<video>` of the expert before the text
 * on 25% (format video; else unknown); a product promo and `客服热线 95567` (none); `window.__INITIAL_STATE__` with a later
 * `updateTime` (none); `相关阅读` (link-only `[]`, absolute; `2023-05-03` on 50% of pages, keyed).
 */
const newchinalifeMingyiWenda: Family = {
  name: 'newchinalife-mingyi-wenda',
  split: 'fresh-102',
  site: 'm.newchinalife.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.newchinalife.com';
    const canonical = rng.chance(0.5) ? `${base}/health/article/${page.item.num}.html` : null;
    const unclosed = rng.chance(0.4);
    const agent = rng.weighted([['head', 30], ['foot', 30], ['none', 40]] as const);
    const titleForm = rng.weighted([['plain', 45], ['tag', 30], ['none', 25]] as const);
    const withTime = rng.chance(0.45);
    const cardForm = rng.weighted([['table', 35], ['head', 35], ['tail', 30]] as const);
    const video = rng.chance(0.25);
    const datedList = rng.chance(0.5);
    const issue = rng.int(20, 260);
    const p = (text: string) => (unclosed ? `<p>${text}\n` : `<p>${text}</p>\n`);
    const h1 = titleForm === 'plain' ? page.question : titleForm === 'tag' ? `【名医问答】${page.question}` : `名医问答第${issue}期`;
    const cardText = `${d.hospital}${d.department}${d.title}`;
    const card =
      cardForm === 'table'
        ? `<table class="expert"><tr><td class="k">本期专家</td><td>${esc(d.name!)}</td></tr><tr><td class="k">职称</td><td>${esc(d.title!)}</td></tr><tr><td class="k">科室</td><td>${esc(d.department!)}</td></tr><tr><td class="k">医院</td><td>${esc(d.hospital!)}</td></tr></table>\n`
        : cardForm === 'head'
          ? p(`本期专家：${esc(d.name!)}　${esc(cardText)}`)
          : p(`（专家：${esc(cardText)} ${esc(d.name!)}）`);
    const drawn = otherName(rng);
    const agentName = drawn === d.name ? `${drawn.slice(0, 1)}晓东` : drawn;
    const agentCard = `<div class="agent-card"><img src="${base}/static/agent.png" alt=""><p>您的专属顾问</p><p class="n">${agentName}</p><p>新华保险 寿险规划师</p><p>138****${rng.int(1000, 9999)}</p><a class="btn">咨询TA</a></div>\n`;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `${base}/health/article/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="related"><h3>相关阅读</h3>${related.map((r) => `<a href="${href(r)}"><span class="t">${esc(r.question)}</span>${datedList && r.date ? `<span class="d">${r.date}</span>` : ''}</a>`).join('\n')}</div>`
      : '';
    const state = { article: { id: page.item.num, column: '名医问答', publishDate: page.date, updateTime: `${shift(page.date!, rng.int(2, 30))} ${two(rng.int(8, 20))}:${two(rng.int(0, 59))}:00` } };
    const body = `<div class="app-bar"><span class="back">‹</span>健康服务<span class="share">分享</span></div>
${agent === 'head' ? agentCard : ''}<div class="article">
<h1>${esc(h1)}</h1>
<div class="info"><span>${withTime ? `${page.date} ${page.time}` : `发布时间：${page.date}`}</span> <span>阅读 ${rng.int(100, 90000)}</span></div>
${cardForm === 'tail' ? '' : card}${titleForm === 'none' ? p(`读者提问：${esc(page.question)}`) : ''}${video ? `<div class="video"><video src="https://video.newchinalife.com/health/${token(rng, 14)}.mp4" controls poster="${base}/static/poster.jpg"></video></div>\n` : ''}${page.paragraphs.map((x) => p(esc(x))).join('')}${cardForm === 'tail' ? card : ''}${p('本文仅供健康知识科普，不能代替医生面诊。')}</div>
<div class="promo"><p>${rng.pick([...NCL_PRODUCTS])}</p><p>一次投保，守护全家健康</p><a class="btn">立即了解</a></div>
${agent === 'foot' ? agentCard : ''}${list}
<div class="footer">新华人寿保险股份有限公司　客服热线 95567</div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>`;
    const html = documentOf(`${h1} - 新华保险`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

export const FRESH102_FAMILIES: readonly Family[] = [qduhHulianwangWenzhen, haoyaoshiYaoshiWenda, youkuYishengShipin, mmzdErkeYuyin, zhiyunKongtangWenda, newchinalifeMingyiWenda];
