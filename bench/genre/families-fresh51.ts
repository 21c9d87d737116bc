import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, documentOf, FEW_TITLES, itemNum, otherName, personName, shift, token, withHeads } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Fifty-first fresh held-out set (split `fresh-51`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/) or its tests and without running it on these
 * pages — and committed before its first run. Theme: template drift on the real sites already
 * modelled (fresh-44 … fresh-49, one template each): each family is **another template of one of those
 * sites** (an older desktop page, the m. page, a redesign), keeping the site's wording, as different
 * from its existing family as the site's own templates were.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null (format 'unknown'). Section heads on a line of their own (`病情分析：` /
 * `指导意见：`) are paragraphs of the answer. Where a careful person could hesitate, the key decides
 * (the README row says the same):
 * - haodf-wenda-legacy: the answer is the doctor's first reply; the patient's posts, and a later
 *   追问 and the doctor's reply to it, are none of it; items show no snippet (`[]`).
 * - muzhi-desktop: of two doctors' answers the first shown is the page's; format the player's
 *   medium (a voice bar, a video), none printed for a text answer (unknown).
 * - jianke-mobile: the drug card and 查看全部N条回答 are none of the answer and no item.
 * - ask99-adopted: the answer tagged 提问者采纳 is the page's wherever it stands.
 * - babytree-mobile: the 专家's answer among mothers' replies is the page's wherever it stands.
 * - fh21-mobile: the card before the text is the answer's; a relative day (3天前) is no date.
 * - guahao-mobile: the format is the chip's or the player's; a day without its year is no date.
 */

type Related = TruthPage['related'][number];

const sex = (rng: Rng) => rng.pick(['男', '女']);

/** The expected related items with the site's address for each (`url`) and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const item = { ...e, url: url(page.related[i]!) };
    return { ...item, ...change(item) };
  });

const OTHER_HOSPITALS = ['北京大学第一医院', '四川大学华西医院', '中山大学附属第一医院', '复旦大学附属华山医院', '郑州大学第一附属医院', '武汉大学人民医院'];
const OTHER_DEPARTMENTS = ['内科', '外科', '儿科', '皮肤科', '消化内科', '神经内科', '妇科'];
const otherDoctor = (rng: Rng, not: string) => ({ name: personName(rng, not), title: rng.pick(FEW_TITLES), department: rng.pick(OTHER_DEPARTMENTS), hospital: rng.pick(OTHER_HOSPITALS) });

/** Other doctors' short answers (for the answers that are none of the entry). */
const OTHER_ANSWERS = [
  '你好，根据你的描述，建议到正规医院做相关检查，明确诊断后再对症治疗。',
  '这种情况比较常见，注意休息，清淡饮食，如果症状持续不缓解，及时就医。',
  '建议先观察几天，避免劳累和熬夜，必要时在医生指导下用药。',
  '你好，单凭描述不好判断，最好去医院面诊，做个检查看看。',
];
const FOLLOW_UPS = ['医生，那需要吃药吗？', '谢谢医生，平时饮食上要注意什么？', '请问多久复查一次比较好？', '如果还不好需要做什么检查？'];
const FOLLOW_REPLIES = ['可以先按上面说的处理，一周后不好再来医院。', '饮食清淡，少吃辛辣刺激的东西。', '一般一个月后复查即可。', '可以做个血常规和B超看看。'];

// --- F1. haodf-wenda-legacy ---

/** A day eight years earlier: the old wenda template's pages are of its years (2011–2016). */
const old = (iso: string) => shift(iso, -2922);
const sec = (rng: Rng) => `${String(rng.int(0, 59)).padStart(2, '0')}`;

/**
 * F1. 好大夫在线's old 咨询 page (www.haodf.com/wenda/{pinyin}_g_{id}.htm, 2011–2016), GBK (`<meta
 * charset="gbk">`, or gb2312 by http-equiv on half), a table layout: the top nav, crumbs 好大夫在线 >
 * {hospital} > {科室} > {name}, the doctor's side column (`doctor_about`: name 大夫, title, hospital and
 * 科室 as links, 推荐热度, 个人网站, 在线咨询) before the content in the markup; the consult's title in
 * `h1`, then `zzx_yh_stream` posts: the patient's (病情描述, 希望提供的帮助, 所就诊医院科室 rows, the
 * day with seconds, 0–2 days before the reply) and the doctor's reply (`{name}大夫的回复：` or `医生：`,
 * its paragraphs as `<br>` lines, the day with seconds); on half a 追问 round (the patient's question a
 * day later, the doctor's short reply the day after); 相关咨询 of links each with its day (no snippet).
 * Differs from fresh-44's haodf-consult (the modern 问诊 record): GBK, table layout, no service tag,
 * the card a side column of links, the reply in `<br>` lines, follow-up rounds, link-only items.
 */
const haodfWendaLegacy: Family = {
  name: 'haodf-wenda-legacy',
  split: 'fresh-51',
  site: 'www.haodf.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const pinyin = `${rng.pick(['zhang', 'li', 'wang', 'liu', 'chen', 'yang'])}${rng.pick(['jianguo', 'lihua', 'zhiqiang', 'hong', 'min', 'jun'])}`;
    const encoding = rng.chance(0.5) ? 'gbk-meta' : 'gb2312-http-equiv';
    const day = old(page.date!);
    const asked = shift(day, -rng.int(0, 2));
    const followUp = rng.chance(0.5);
    const heads = rng.chance(0.3);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const who = rng.pick([`${esc(d.name!)}大夫的回复：`, '医生：', `${esc(d.name!)}：`]);
    const post = (side: 'yh' | 'doc', label: string, content: string, when: string) =>
      `<table class="zzx_yh_stream" width="100%" cellpadding="0" cellspacing="0"><tr><td class="${side === 'yh' ? 'yh_l_huan' : 'yh_l_doc'}" width="90" valign="top">${side === 'yh' ? '<img src="http://i1.hdfimg.com/images/patient.gif" />' : `<img src="http://n1.hdfimg.com/g2/M00/${token(rng, 4)}.jpg" />`}</td>
<td class="yh_r" valign="top"><div class="h_s_cons_title">${label}</div><div class="h_s_cons_main">${content}</div><div class="yh_l_times">${when}</div></td></tr></table>`;
    const posts = [
      post('yh', '患者：', `<table class="h_s_cons_info"><tr><th>病情描述（发病时间、主要症状等）：</th><td>${esc(ask(page))}，${rng.pick(['已经有一段时间了', '最近加重了', '不知道怎么回事'])}。</td></tr><tr><th>希望提供的帮助：</th><td>${rng.pick(['请问该怎么治疗？', '需要做什么检查？', '严重吗？'])}</td></tr><tr><th>所就诊医院科室：</th><td>${esc(d.hospital!)} ${esc(d.department!)}</td></tr></table>`, `${asked} ${String(rng.int(6, 9)).padStart(2, '0')}:${sec(rng)}:${sec(rng)}`),
      post('doc', who, paragraphs.map(esc).join('<br />\n'), `${day} ${page.time}:${sec(rng)}`),
      ...(followUp
        ? [post('yh', '患者：', esc(rng.pick(FOLLOW_UPS)), `${shift(day, 1)} ${rng.int(10, 22)}:${sec(rng)}:${sec(rng)}`), post('doc', who, esc(rng.pick(FOLLOW_REPLIES)), `${shift(day, 2)} ${rng.int(10, 22)}:${sec(rng)}:${sec(rng)}`)]
        : []),
    ];
    const url = (r: Related) => `http://www.haodf.com/wenda/${rng.pick(['zhaoyan', 'sunli', 'wuhong'])}_g_${itemNum(r)}.htm`;
    const urls = page.related.map(url);
    const related = page.related.length
      ? `<div class="xgzx"><div class="xgzx_t">相关咨询</div><table width="100%">${page.related.map((r, i) => `<tr><td><a href="${urls[i]}" target="_blank">${esc(r.question)}</a></td><td class="gray" width="90">${old(r.date!)}</td></tr>`).join('\n')}</table></div>`
      : '';
    const side = `<td class="lt" width="200" valign="top"><div class="doctor_about"><div class="doctor_photo_serviceStar"><img src="http://n1.hdfimg.com/g1/M00/${token(rng, 6)}.jpg" width="90" /></div>
<p><a class="blue" href="http://${pinyin}.haodf.com/">${esc(d.name!)}大夫</a></p><p>${d.title}</p><p><a href="http://www.haodf.com/hospital/DE4r0Fy0C9LuG${token(rng, 6)}.htm">${esc(d.hospital!)}</a></p><p><a href="http://www.haodf.com/faculty/DE4r0Fy0C9LuG${token(rng, 6)}.htm">${esc(d.department!)}</a></p>
<p>推荐热度：<span class="orange">${(rng.int(30, 50) / 10).toFixed(1)}</span></p><p><a href="http://${pinyin}.haodf.com/">个人网站</a> | <a href="http://${pinyin}.haodf.com/zixun/list.htm">在线咨询</a></p></div></td>`;
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${charsetMeta(encoding)}
<title>${esc(page.question)}_${esc(d.name!)}大夫_好大夫在线</title>
<link rel="stylesheet" href="http://i1.hdfimg.com/css/wenda.css" type="text/css" />
</head>
<body>
<div id="top_nav"><a href="http://www.haodf.com/">好大夫在线</a> | <a href="http://www.haodf.com/yiyuan/all/list.htm">按地区找医院</a> | <a href="http://www.haodf.com/keshi/list.htm">按疾病找大夫</a> | <a href="http://www.haodf.com/zixun/list.htm">在线咨询</a></div>
<div class="luj"><a href="http://www.haodf.com/">好大夫在线</a> &gt; <a href="http://www.haodf.com/hospital/">${esc(d.hospital!)}</a> &gt; <a href="http://www.haodf.com/faculty/">${esc(d.department!)}</a> &gt; <a href="http://${pinyin}.haodf.com/">${esc(d.name!)}</a> &gt; 咨询</div>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
${side}
<td class="rt" valign="top">
<h1 class="h_s_cons_info_title">${esc(page.question)}</h1>
${posts.join('\n')}
<div class="gray">*以上内容仅供参考，不能作为诊断及医疗的依据。</div>
${related}
</td></tr></table>
<div class="footer">&copy;2006-2016 好大夫在线 京ICP证060016号</div>
</body>
</html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      paragraphs,
      date: day,
      format: 'unknown',
      related: itemsOf(page, (r) => urls[page.related.indexOf(r)]!, (e) => ({ paragraphs: [], format: 'unknown', date: old(e.date!) })),
    });
    return { body: encode(html, encoding), expected };
  },
};

// --- F2. muzhi-desktop ---

/**
 * F2. 百度拇指医生's desktop page (muzhi.baidu.com/question/{id}.html, 2015–2017), UTF-8: the 百度 top
 * bar, the 拇指医生 header with a search box (empty), crumbs 拇指医生 > 问答 > {科室}; `ask-title`
 * `<h2>` with the asker's line (网友, sex, age, `提问时间：`day 0–2 days before); `N位医生回答`; the
 * answers as `answer-item` rows, the card on the left (`doctor-card`: name link, title, `hospital`
 * with a `hos-level` grade on half, 科室, 已回答N个问题) and on the right, for a voice answer, an
 * `audio-player` (`45″`, 点击播放) over its `语音转文字` text; for a video answer a poster with its
 * length and the text under `视频文字版`; else the text alone; `2015-05-06 14:22` under it; on 40% a
 * second doctor's answer after it (a day or two later, its own card and medium); a 扫码下载拇指医生App
 * box in the right column; 相关问题 items (link, snippet, `N人看过`). Differs from fresh-44's
 * muzhi-voice (the mobile page): desktop rows with the card beside the text, answers under
 * `N位医生回答`, the grade only now and then, a time after the day, items with their snippet.
 */
const muzhiDesktop: Family = {
  name: 'muzhi-desktop',
  split: 'fresh-51',
  site: 'muzhi.baidu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const medium = rng.pick(['voice', 'voice', 'video', 'text', 'text'] as const);
    const second = rng.chance(0.4) ? otherDoctor(rng, d.name!) : null;
    const id = `${page.item.num}${rng.int(100000, 999999)}`;
    const answerBody = (paragraphs: readonly string[], kind: 'voice' | 'video' | 'text') => {
      const text = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
      const seconds = rng.int(20, 120);
      if (kind === 'voice') return `<div class="audio-player" data-duration="${seconds}"><i class="icon-play"></i><span class="duration">${seconds}″</span><span class="tip">点击播放</span></div><div class="audio-text"><span class="label">语音转文字</span>${text}</div>`;
      if (kind === 'video') return `<div class="video-poster"><img src="https://muzhi.bdimg.com/video/${token(rng, 10)}.jpg" /><i class="play">▶</i><span class="len">0${rng.int(1, 4)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div><div class="video-text"><h4>视频文字版</h4>${text}</div>`;
      return `<div class="answer-text">${text}</div>`;
    };
    const row = (doc: { name: string; title: string; department: string; hospital: string }, grade: string | null, body: string, when: string) => `<div class="answer-item clearfix">
<div class="doctor-card"><img class="avatar" src="https://muzhi.bdimg.com/avatar/${token(rng, 8)}.jpg" /><a class="name" href="/doctor/${token(rng, 8)}.html">${esc(doc.name)}</a> <span class="title">${doc.title}</span>
<p class="hospital">${esc(doc.hospital)}${grade ? ` <span class="hos-level">${grade}</span>` : ''}</p><p class="dept">${esc(doc.department)}</p><p class="count">已回答${rng.int(100, 20000)}个问题</p></div>
<div class="answer-main">${body}<div class="answer-time">${when}</div></div>
</div>`;
    const first = row({ name: d.name!, title: d.title!, department: d.department!, hospital: d.hospital! }, gradeShown ? d.hospital_grade : null, answerBody(page.paragraphs, medium), `${page.date} ${page.time}`);
    const other = second ? row(second, null, answerBody([rng.pick(OTHER_ANSWERS)], rng.pick(['voice', 'text'] as const)), `${shift(page.date!, rng.int(1, 2))} ${rng.int(10, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`) : '';
    const related = page.related.length
      ? `<div class="related-box"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="https://muzhi.baidu.com/question/${itemNum(r)}.html" target="_blank">${esc(r.question)}</a><p class="abstract">${esc(r.snippet)}</p><span class="views">${rng.int(100, 90000)}人看过</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="u"><a href="https://www.baidu.com/">百度首页</a> <a href="https://passport.baidu.com/">登录</a></div>
<div class="mz-header"><a class="logo" href="https://muzhi.baidu.com/">拇指医生</a><form class="search" action="/search"><input type="text" name="word" value="" placeholder="搜索疾病、症状、医生"><button>搜索</button></form></div>
<div class="crumbs"><a href="https://muzhi.baidu.com/">拇指医生</a> &gt; <a href="/list/">问答</a> &gt; <span>${esc(d.department!)}</span></div>
<div class="container clearfix"><div class="main-left">
<div class="ask-box"><h2 class="ask-title">${esc(page.question)}</h2><p class="ask-info">网友 | ${sex(rng)} | ${rng.int(1, 70)}岁 | 提问时间：${shift(page.date!, -rng.int(0, 2))}</p></div>
<div class="answer-list"><div class="answer-count">${second ? 2 : 1}位医生回答</div>
${first}
${other}
</div>
<p class="disclaimer">以上回答仅供参考，不能作为诊断和治疗的依据</p>
${related}
</div>
<div class="main-right"><div class="app-box"><img src="https://muzhi.bdimg.com/qrcode.png" /><p>扫码下载拇指医生App</p><p>免费问医生，三甲医生10分钟回复</p></div></div></div>
<div class="footer">©Baidu 使用百度前必读 京ICP证030173号</div>`;
    const html = documentOf(`${page.question}_百度拇指医生`, `https://muzhi.baidu.com/question/${id}.html`, '', body);
    const format: Format = medium === 'text' ? 'unknown' : medium;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      format,
      related: itemsOf(page, (r) => `https://muzhi.baidu.com/question/${itemNum(r)}.html`, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. jianke-mobile ---

const DRUGS = [['蒲地蓝消炎片', '0.3g*48片'], ['布洛芬缓释胶囊', '0.3g*20粒'], ['蒙脱石散', '3g*10袋'], ['阿莫西林胶囊', '0.25g*24粒'], ['复方甘草片', '100片']] as const;

/**
 * F3. 健客网's mobile 问答 page (m.jianke.com/wenda/{id}.html), UTF-8: a `jk-header` (‹, 问答详情,
 * 打开健客APP); the question in `q-tit` `<h1>`; `q-user` (匿名用户 · sex · age) on 60%, the asker's
 * words on half; the answer block headed by a label (`专家解答`, `医生解答` or `医生回复`); the
 * `doc-box` card (name, title; `hospital · 科室` on one line, a `tag-sanjia` grade on 40%; 帮助过N人,
 * 关注); the text in `<p>`s, on half under `<p><strong>病情分析：</strong></p>` / `<p><strong>指导意见：
 * </strong></p>`, with a `相关药品` card (drug, 规格, ￥price, 去购买) **inside the text, after its first
 * paragraph**, on half; the day under it as `2023-05-06`, `2023年05月06日`, or on 25% `05-06 14:22`
 * without its year; on 40% a `查看全部N条回答` link (the other answers are not on the page); 相关问答
 * items each one link (question, `答：`snippet); a sticky `免费问医生` bar. Differs from fresh-45's
 * jianke-wenda (GBK desktop): UTF-8 mobile, the answer's label reworded, the card one compact box, the
 * drug card moved into the text, the year dropped now and then, no second answer shown, items undated.
 */
const jiankeMobile: Family = {
  name: 'jianke-mobile',
  split: 'fresh-51',
  site: 'm.jianke.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const heads = rng.chance(0.5);
    const drug = rng.chance(0.5);
    const noYear = rng.chance(0.25);
    const paragraphs = heads ? withHeads(page.paragraphs, '病情分析：', '指导意见：') : page.paragraphs;
    const [drugName, spec] = rng.pick(DRUGS);
    const drugCard = `<div class="drug-card"><div class="drug-tit">相关药品</div><a href="/product/${rng.int(10000, 99999)}.html"><img src="//img.jianke.com/product/${token(rng, 8)}.jpg"><p class="name">${drugName}</p><p class="spec">规格：${spec}</p><p class="price">￥${rng.int(8, 80)}.${rng.int(0, 9)}0</p></a><span class="buy">去购买</span></div>`;
    const ps = paragraphs.map((p) => (heads && (p === '病情分析：' || p === '指导意见：') ? `<p><strong>${p}</strong></p>` : `<p>${esc(p)}</p>`));
    const at = heads ? 2 : 1;
    const text = drug ? [...ps.slice(0, at), drugCard, ...ps.slice(at)].join('\n') : ps.join('\n');
    const [y, m, dd] = page.date!.split('-');
    const when = noYear ? `${m}-${dd} ${page.time}` : rng.pick([page.date!, `${y}年${m}月${dd}日`]);
    const url = (r: Related) => `https://m.jianke.com/wenda/${itemNum(r)}.html`;
    const related = page.related.length
      ? `<div class="rel-box"><div class="rel-tit">相关问答</div>${page.related.map((r) => `<a class="rel-item" href="${url(r)}"><p class="q">${esc(r.question)}</p><p class="a">答：${esc(r.snippet)}</p></a>`).join('\n')}</div>`
      : '';
    const body = `<header class="jk-header"><a class="back" href="javascript:history.back()">‹</a><span class="tit">问答详情</span><a class="open-app" href="https://m.jianke.com/app/">打开健客APP</a></header>
<div class="q-box"><h1 class="q-tit">${esc(page.question)}</h1>
${rng.chance(0.6) ? `<p class="q-user">匿名用户 · ${sex(rng)} · ${rng.int(1, 75)}岁</p>` : ''}${rng.chance(0.5) ? `<p class="q-desc">${esc(ask(page))}，${rng.pick(['请问医生怎么办？', '需要吃药吗？', '严重吗？'])}</p>` : ''}</div>
<div class="answer-box"><div class="answer-label">${rng.pick(['专家解答', '医生解答', '医生回复'])}</div>
<div class="doc-box"><img class="avatar" src="//img.jianke.com/doctor/${token(rng, 8)}.jpg"><div class="doc-info"><p><span class="doc-name">${esc(d.name!)}</span> <span class="doc-title">${d.title}</span></p><p class="doc-hos">${esc(d.hospital!)}${gradeShown ? ` <i class="tag-sanjia">${d.hospital_grade}</i>` : ''} · ${esc(d.department!)}</p><p class="doc-num">帮助过${rng.int(100, 50000)}人</p></div><span class="follow">+关注</span></div>
<div class="answer-con">${text}</div>
<div class="answer-time">${when}</div>
${rng.chance(0.4) ? `<a class="more-answer" href="/wenda/${page.item.num}_all.html">查看全部${rng.int(2, 5)}条回答 &gt;</a>` : ''}
</div>
<p class="disclaimer">以上内容仅供参考，不能代替医生面诊。</p>
${related}
<div class="fixed-bar"><a href="https://m.jianke.com/ask/">免费问医生</a></div>`;
    const html = documentOf(`${ask(page)}_健客问答`, `https://m.jianke.com/wenda/${page.item.num}.html`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      paragraphs,
      date: noYear ? null : page.date,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. ask99-adopted ---

/**
 * F4. 99健康网's redesigned 问答 page (ask.99.com.cn/answer/{id}.htm, after the GBK template), UTF-8:
 * a `header` (99健康网 logo, 问答 / 医院 / 医生, a search box), crumbs 首页 > 健康问答 > {科室} > 问题详情,
 * `q-title` `<h1>`, `q-info` (网友 · sex · age · day asked), 问题描述； `N条回答`; 2–3 `answer-item`s
 * in one list, made alike: a `doc-info` card (photo, name link, title, `hospital 科室`), the text in
 * `<p>`s (under 问题分析： / 意见建议： on 40%), an `answer-foot` (`2023-05-06 14:22`, 有用(N)); the
 * adopted one carries a `提问者采纳` tag (`<span class="adopt-tag">`) beside its card, **first on 40%,
 * else second or third**; the others are other doctors, 0–3 days after it; 相关问题 items (link, snippet,
 * day). Differs from fresh-48's ask99-best (old GBK): no 最佳答案 box or 其他回答 heading, the adoption
 * only a tag inside an item of the one list; UTF-8; items with snippets.
 */
const ask99Adopted: Family = {
  name: 'ask99-adopted',
  split: 'fresh-51',
  site: 'ask.99.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const heads = rng.chance(0.4);
    const paragraphs = heads ? withHeads(page.paragraphs, '问题分析：', '意见建议：') : page.paragraphs;
    const count = rng.int(2, 3);
    const at = rng.chance(0.4) ? 0 : rng.int(1, count - 1);
    const item = (doc: { name: string; title: string; hospital: string; department: string }, text: readonly string[], day: string, adopted: boolean) => `<div class="answer-item">
<div class="doc-info"><img src="//img.99.com.cn/doctor/${token(rng, 8)}.jpg" class="avatar"><a class="name" href="https://yyk.99.com.cn/doctor/${rng.int(10000, 999999)}.html">${esc(doc.name)}</a> <span class="title">${doc.title}</span>${adopted ? ' <span class="adopt-tag">提问者采纳</span>' : ''}<p class="hos">${esc(doc.hospital)} ${esc(doc.department)}</p></div>
<div class="answer-txt">${text.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="answer-foot"><span class="time">${day} ${adopted ? page.time : `${rng.int(10, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`}</span> <span class="useful">有用(${rng.int(0, 60)})</span></div>
</div>`;
    const texts = rng.shuffle(OTHER_ANSWERS);
    // Listed as they came: the answers before the adopted one are of its day or earlier, those after of its day or later.
    const items = Array.from({ length: count }, (_, i) =>
      i === at
        ? item({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, paragraphs, page.date!, true)
        : item(otherDoctor(rng, d.name!), [texts[i]!], shift(page.date!, i < at ? -rng.int(0, 2) : rng.int(0, 3)), false),
    );
    const url = (r: Related) => `https://ask.99.com.cn/answer/${itemNum(r)}.htm`;
    const related = page.related.length
      ? `<div class="related"><h3>相关问题</h3><ul>${page.related.map((r) => `<li><a href="${url(r)}" target="_blank">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span class="date">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><a class="logo" href="https://www.99.com.cn/">99健康网</a><a href="https://ask.99.com.cn/">问答</a> <a href="https://yyk.99.com.cn/">医院</a> <a href="https://yyk.99.com.cn/doctor/">医生</a><form action="https://so.99.com.cn/"><input name="kw" placeholder="搜索问题"></form></div>
<div class="crumbs"><a href="https://www.99.com.cn/">首页</a> &gt; <a href="https://ask.99.com.cn/">健康问答</a> &gt; <a href="https://ask.99.com.cn/ks/${page.item.num % 50}/">${esc(d.department!)}</a> &gt; 问题详情</div>
<div class="main">
<div class="q-box"><h1 class="q-title">${esc(page.question)}</h1><p class="q-info">网友 · ${sex(rng)} · ${rng.int(1, 75)}岁 · ${shift(page.date!, -rng.int(0, 2))}</p><p class="q-desc">问题描述：${esc(ask(page))}，${rng.pick(['想问问医生怎么回事。', '需要去医院吗？', '吃什么药好？'])}</p></div>
<div class="answer-list"><div class="answer-count">${count}条回答</div>
${items.join('\n')}
</div>
<p class="tips">温馨提示：以上回答仅供参考，不能作为诊断及治疗的依据。</p>
${related}
</div>
<div class="footer">Copyright © 99健康网 99.com.cn</div>`;
    const html = documentOf(`${page.question}_99健康网`, `https://ask.99.com.cn/answer/${page.item.num}.htm`, '', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. fh21-mobile ---

/**
 * F5. 复禾健康 (飞华)'s mobile 问医生 page (m.fh21.com.cn/ask/{id}.html), UTF-8: a `m-top` (复禾健康 logo,
 * 问医生, 打开APP), `ask-tit` `<h1>`, `ask-user` (张** · sex · age) and 病情描述 on half; **the card
 * before the text** (`doc-card`: name, title, `hospital` and 科室 on lines of their own, 擅长 on 30%),
 * under a label `医生解答` / `专家解答` / `医生回复` (not fresh-47's `回答者：` signature after the text);
 * the text in `<p>`s (under 问题分析： / 意见建议： on half); the day after it `{n}天前` on 25% (then no
 * date: nothing on the page tells the day), else `2023-05-06 14:22` or `2023/05/06`; `N位医生回答`
 * and, on 40%, one more answer after it (another doctor, one line, a later day); 猜你喜欢 items each one
 * link (question over snippet), undated. Differs from fresh-47's fh21-ask (GBK desktop): UTF-8 mobile,
 * the card moved before the text and labelled, relative days, items undated.
 */
const fh21Mobile: Family = {
  name: 'fh21-mobile',
  split: 'fresh-51',
  site: 'm.fh21.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const heads = rng.chance(0.5);
    const relative = rng.chance(0.25);
    const second = rng.chance(0.4) ? otherDoctor(rng, d.name!) : null;
    const paragraphs = heads ? withHeads(page.paragraphs, '问题分析：', '意见建议：') : page.paragraphs;
    const when = relative ? `${rng.int(2, 6)}天前` : rng.pick([`${page.date} ${page.time}`, page.date!.replace(/-/g, '/')]);
    const block = (doc: { name: string; title: string; hospital: string; department: string }, text: readonly string[], day: string) => `<div class="answer-item"><div class="ans-label">${rng.pick(['医生解答', '专家解答', '医生回复'])}</div>
<div class="doc-card"><img src="//img.fh21.com.cn/doctor/${token(rng, 8)}.jpg"><div class="doc-r"><p class="doc-name">${esc(doc.name)} <span>${doc.title}</span></p><p class="doc-hos">${esc(doc.hospital)}</p><p class="doc-dept">${esc(doc.department)}</p>${rng.chance(0.3) ? `<p class="doc-good">擅长：常见病、多发病的诊治</p>` : ''}</div></div>
<div class="ans-txt">${text.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="ans-time">${day}</div></div>`;
    const blocks = [block({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, paragraphs, when)];
    if (second) blocks.push(block(second, [rng.pick(OTHER_ANSWERS)], relative ? '1天前' : shift(page.date!, rng.int(1, 3))));
    const url = (r: Related) => `https://m.fh21.com.cn/ask/${itemNum(r)}.html`;
    const related = page.related.length
      ? `<div class="guess"><div class="guess-tit">猜你喜欢</div>${page.related.map((r) => `<a class="guess-item" href="${url(r)}"><h3>${esc(r.question)}</h3><p>${esc(r.snippet)}</p></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="m-top"><a class="logo" href="https://m.fh21.com.cn/">复禾健康</a><span>问医生</span><a class="app" href="https://m.fh21.com.cn/app/">打开APP</a></div>
<div class="ask-box"><h1 class="ask-tit">${esc(page.question)}</h1>${rng.chance(0.5) ? `<p class="ask-user">${otherName(rng).slice(0, 1)}** · ${sex(rng)} · ${rng.int(1, 75)}岁</p><p class="ask-desc">病情描述：${esc(ask(page))}。</p>` : ''}</div>
<div class="ans-count">${blocks.length}位医生回答</div>
${blocks.join('\n')}
<p class="mzsm">以上回答仅供参考，如有不适请及时就医。</p>
${related}`;
    const html = documentOf(`${ask(page)}_复禾健康`, `https://m.fh21.com.cn/ask/${page.item.num}.html`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      paragraphs,
      date: relative ? null : page.date,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. guahao-mobile ---

const CHIP: Record<Exclude<Format, 'unknown'>, string> = { text: '图文', voice: '语音', video: '视频' };
const mmss = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;

/**
 * F6. 微医's mobile 问答 page (wy.guahao.com/ask/{id}), UTF-8: a `wy-nav` (‹, 微医, 打开微医APP); the
 * question in an `ask-title` `<div>` (no heading element) with a chip row under it (the 科室 chip, and
 * on 70% of pages whose format is known a format chip `图文` / `语音` / `视频`); the asker's words on
 * half; the compact `doc-bar` card (name, title; hospital with an `i.lv` grade on half; 科室; 问医生)
 * before the reply (not a side card with services and prices); the reply: a voice bar (`58″`) for a
 * voice answer and a poster (▶, `02:17`) for a video on 80% of such pages, then the text, then the day
 * as `2023.05.06` or, on 20%, `05月06日` without its year; `以上内容由微医平台医生提供，仅供参考`;
 * 大家都在问 cards (a chip `<span>` before the question where the item's format is known, the snippet),
 * undated. Differs from fresh-45's guahao-wenda (desktop): no heading, the card compact and first with no
 * services, the format no longer a reply label but a chip or the player, the date dotted or yearless,
 * the items' tag a separate chip on every known item.
 */
const guahaoMobile: Family = {
  name: 'guahao-mobile',
  split: 'fresh-51',
  site: 'wy.guahao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const known = page.format !== 'unknown';
    const chip = known && rng.chance(0.7);
    const player = (page.format === 'voice' || page.format === 'video') && rng.chance(0.8);
    const noYear = rng.chance(0.2);
    const [y, m, dd] = page.date!.split('-');
    const when = noYear ? `${m}月${dd}日` : `${y}.${m}.${dd}`;
    const media = !player ? '' : page.format === 'voice'
      ? `<div class="voice-bar"><i class="icon-voice"></i><span class="sec">${rng.int(20, 59)}″</span></div>`
      : `<div class="video-box"><img src="https://kano.guahao.cn/video/${token(rng, 10)}.jpg"><i class="play">▶</i><span class="len">${mmss(rng.int(40, 240))}</span></div>`;
    const url = (r: Related) => `https://wy.guahao.com/ask/${itemNum(r)}`;
    const related = page.related.length
      ? `<div class="rec-box"><div class="rec-tit">大家都在问</div>${page.related
          .map((r) => `<a class="rec-card" href="${url(r)}">${r.format !== 'unknown' ? `<span class="chip">${CHIP[r.format]}</span>` : ''}<span class="q">${esc(r.question)}</span><p class="abs">${esc(r.snippet)}</p></a>`)
          .join('\n')}</div>`
      : '';
    const body = `<div class="wy-nav"><a class="back" href="javascript:history.back()">‹</a><span class="logo">微医</span><a class="open" href="https://wy.guahao.com/app">打开微医APP</a></div>
<div class="ask-box"><div class="ask-title">${esc(page.question)}</div>
<div class="chips"><span class="chip">${esc(d.department!)}</span>${chip ? ` <span class="chip chip-type">${CHIP[page.format as Exclude<Format, 'unknown'>]}</span>` : ''}</div>
${rng.chance(0.5) ? `<p class="ask-desc">${sex(rng)}，${rng.int(1, 75)}岁，${esc(ask(page))}。</p>` : ''}</div>
<div class="doc-bar"><img src="https://kano.guahao.cn/doctor/${token(rng, 8)}.jpg"><div class="info"><p><b>${esc(d.name!)}</b> <span>${d.title}</span></p><p>${esc(d.hospital!)}${gradeShown ? ` <i class="lv">${d.hospital_grade}</i>` : ''}</p><p>${esc(d.department!)}</p></div><a class="btn" href="https://wy.guahao.com/expert/${token(rng, 12)}">问医生</a></div>
<div class="reply">${media}<div class="reply-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="reply-time">${when}</div></div>
<p class="tip">以上内容由微医平台医生提供，仅供参考</p>
${related}`;
    const html = documentOf(`${ask(page)}-微医`, `https://wy.guahao.com/ask/${page.item.num}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
      date: noYear ? null : page.date,
      format: chip || player ? page.format : 'unknown',
      related: itemsOf(page, url, () => ({ date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH51_FAMILIES: readonly Family[] = [haodfWendaLegacy, muzhiDesktop, jiankeMobile, ask99Adopted, fh21Mobile, guahaoMobile];
