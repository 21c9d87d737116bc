import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, documentOf, hm, itemNum, otherName, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-third fresh held-out set (split `fresh-63`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **public-service and government
 * health platforms where a hospital, a CDC or a health bureau answers the public's questions**: a provincial
 * 卫健委's 政务咨询 reply, a city 12345 热线's 知识库 entry, a 疾控中心's 专家答疑 article, a hospital's reply on a
 * 问政-style public message board, a 健康教育所's 科普专家 Q&A page, a 卫健委's WeChat 你问我答 article. Each modelled
 * from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - where only a unit answers, name and title are null; the hospital is the unit only where it is a hospital or a
 *   疾控中心 (a 卫健委 / 医保局 office, or one of its 处 / 科, is no hospital and no clinical department: both null);
 *   the department where the unit prints one; the grade only where printed;
 * - the asker's 留言 / 来电 text is none of the answer; the 答复 / 发布 day dates it, never the 留言时间, a 有效期, a
 *   评价 day or a list's 留言 day;
 * - 留言编号, 办理状态, 满意度 / 评价 rows, the board's steps and the 政务 form lines — the salutation (`网友您好！`),
 *   `感谢您对我委工作的关注和支持`, `现答复如下：`, `如有疑问请拨打…`, `感谢您的来信`, and the signature with its day —
 *   are none of the answer: on these pages each stands as a paragraph of its own, and it is not the answerer's
 *   word on the question (unlike fresh-24's reply-template greeting, a doctor's own);
 * - the format is unknown unless a player shows the answer.
 */

type Related = TruthPage['related'][number];

const cityOf = (page: TruthPage) => page.doctor.hospital!.replace(/市.*$/u, '市');
const NO_DOCTOR: TruthDoctor = { name: null, title: null, department: null, hospital: null, hospital_grade: null };

/** Related items with only their question shown (link-items.ts): `[]`. */
const linkItems = (page: TruthPage, url: (n: number) => string, dated = false): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** Related items with their snippet printed, format unknown. */
const snippetItems = (page: TruthPage, url: (n: number) => string, dated: boolean): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

const masked = (rng: Rng) => `${rng.pick(['王', '李', '张', '刘', '陈', '杨', '赵'])}**`;

/** What answers: a commission's office (no hospital), a 疾控中心 (with a section on some pages), or the page's hospital. */
type Unit = { text: string; doctor: TruthDoctor };
const CDC_SECTIONS = ['免疫规划科', '传染病防制科', '慢性非传染性疾病防制科', '健康教育科', '免疫规划所', '急性传染病防制所'];
const OFFICES = ['医政医管科', '疾病预防控制科', '基层卫生健康科', '妇幼健康科', '老龄健康科'];

function answeringUnit(rng: Rng, page: TruthPage, weights: { office: number; cdc: number; hospital: number }, deptShare: number): Unit {
  const city = cityOf(page);
  const kind = rng.weighted([['office', weights.office], ['cdc', weights.cdc], ['hospital', weights.hospital]] as const);
  const withDept = rng.chance(deptShare);
  if (kind === 'office') {
    const text = rng.pick([`${city}卫生健康委员会`, `${city}卫生健康委员会${rng.pick(OFFICES)}`, `${city}卫健委${rng.pick(OFFICES)}`, `${city}医疗保障局`]);
    return { text, doctor: NO_DOCTOR };
  }
  if (kind === 'cdc') {
    const hospital = `${city}疾病预防控制中心`;
    const section = rng.pick(CDC_SECTIONS);
    return { text: `${hospital}${withDept ? section : ''}`, doctor: { ...NO_DOCTOR, hospital, department: withDept ? section : null } };
  }
  const d = page.doctor;
  return { text: `${d.hospital}${withDept ? d.department : ''}`, doctor: { ...NO_DOCTOR, hospital: d.hospital, department: withDept ? d.department : null } };
}

/** The asker's message: a greeting, the question in their words, a line of their own. */
const askerText = (rng: Rng, page: TruthPage) =>
  `${rng.pick(['您好，', '领导您好！', '你好，', ''])}${rng.pick(['想咨询一下，', '我想问一下', '请问'])}${ask(page)}？${rng.pick(ASKER_LINES)}${rng.pick(['谢谢！', '盼复。', '望答复，谢谢。', ''])}`;

// --- F1. wjw-zhengwu-zixun ---

/** The old template's four-column rows: two short label/value pairs side by side, a long value across the row. */
const WIDE = new Set(['留言主题', '留言内容']);
function tableRows(rows: ReadonlyArray<readonly [string, string]>): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [k, v] = rows[i]!;
    const next = rows[i + 1];
    if (WIDE.has(k) || !next || WIDE.has(next[0])) out.push(`<tr><td class="tit" width="15%">${k}：</td><td colspan="3">${v}</td></tr>`);
    else {
      out.push(`<tr><td class="tit" width="15%">${k}：</td><td width="35%">${v}</td><td class="tit" width="15%">${next[0]}：</td><td>${next[1]}</td></tr>`);
      i++;
    }
  }
  return out.join('\n');
}

/**
 * F1. A provincial 卫健委's 政务咨询 detail (wsjkw.hedong.gov.cn/hdjl/zxzx/{id}.html): masthead, nav, `您当前的位置`
 * crumbs; the old template (55%, GB2312 on half of those) a `table_zx` of label cells — 留言编号 / 留言时间 (2–15 days
 * before, with seconds), 留言人 / 办理状态, 留言主题 (the question), 留言内容, 答复单位 / 答复时间, 答复内容 as one cell of
 * `<br>`-parted lines opening with `　　`; the new one `<dl>` rows of the same labels, the reply in `<p>`s. The reply:
 * a salutation (80%), `感谢您对我委工作的关注和支持。现将…答复如下：` (60%), the answer, `如有疑问，请拨打…12320…` (50%),
 * `感谢您的来信！` (30%), a right-aligned signature of the unit over its day in 年月日 (40%; always where the
 * 答复时间 row is left out, 20%); on a hospital's reply a `（答复专家：name title）` line on 30%. A 满意度 row or a 评价
 * form; 相关咨询 links with their 答复日期. Key: the rules of the split; the date the 答复时间, else the signature's day.
 */
const wjwZhengwuZixun: Family = {
  name: 'wjw-zhengwu-zixun',
  split: 'fresh-63',
  site: 'wsjkw.hedong.gov.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://wsjkw.hedong.gov.cn/hdjl/zxzx/${n}.html`;
    const oldTemplate = rng.chance(0.55);
    const gb = oldTemplate && rng.chance(0.5);
    const unit = answeringUnit(rng, page, { office: 45, cdc: 15, hospital: 40 }, 0.5);
    const named = unit.doctor.hospital === d.hospital && rng.chance(0.3);
    const doctor = named ? { ...unit.doctor, name: d.name, title: d.title } : unit.doctor;
    const timeRow = rng.chance(0.8);
    const signed = !timeRow || rng.chance(0.4);
    const asked = `${shift(page.date!, -rng.int(2, 15))} ${hm(rng)}:${String(rng.int(10, 59))}`;
    const replyDay = rng.pick([page.date!, `${page.date!} ${hm(rng)}:${String(rng.int(10, 59))}`, page.date!.replace(/-/g, '/')]);
    const we = unit.text.includes('医疗保障局') ? '我局' : unit.doctor.hospital === null ? '我委' : unit.text.includes('疾病预防控制中心') ? '我中心' : '我院';
    const lines = [
      ...(rng.chance(0.8) ? [rng.pick([`${masked(rng)}网友：`, '尊敬的网友：', '您好！', '网友您好！'])] : []),
      ...(rng.chance(0.6) ? [rng.pick([`感谢您对${we}工作的关注和支持。现将您咨询的问题答复如下：`, `您的留言已收悉，感谢您对${we}工作的关注。经研究，现答复如下：`])] : []),
      ...page.paragraphs,
      ...(named ? [`（答复专家：${d.name} ${d.title}）`] : []),
      ...(rng.chance(0.5) ? [rng.pick([`如有疑问，请拨打${cityOf(page)}12320卫生健康热线咨询。`, '如有疑问，请拨打12345政务服务便民热线。'])] : []),
      ...(rng.chance(0.3) ? ['感谢您的来信！'] : []),
    ];
    const signature = signed ? [`<p style="text-align:right">${esc(unit.text)}</p>`, `<p style="text-align:right">${cnDate(page.date!)}</p>`] : [];
    const rows: Array<[string, string]> = [
      ['留言编号', `ZX${page.date!.replace(/-/g, '')}${String(rng.int(100, 999))}`],
      ['留言时间', asked],
      ['留言人', masked(rng)],
      ['办理状态', rng.pick(['已办结', '已答复'])],
      ['留言主题', esc(page.question)],
      ['留言内容', esc(askerText(rng, page))],
      ['答复单位', esc(unit.text)],
      ...(timeRow ? [['答复时间', replyDay] as [string, string]] : []),
    ];
    const reply = oldTemplate
      ? `${lines.map((l) => `　　${esc(l)}`).join('<br>\n')}${signature.length ? `<br>\n${signature.join('')}` : ''}`
      : `${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}\n${signature.join('\n')}`;
    const detail = oldTemplate
      ? `<table class="table_zx" width="100%" border="0" cellpadding="0" cellspacing="1">${tableRows(rows)}
<tr><td class="tit">答复内容：</td><td class="dfnr" colspan="3">${reply}</td></tr></table>`
      : `<div class="zxxq">${rows.map(([k, v]) => `<dl class="zxxq-row"><dt>${k}</dt><dd>${v}</dd></dl>`).join('\n')}
<dl class="zxxq-row zxxq-reply"><dt>答复内容</dt><dd>${reply}</dd></dl></div>`;
    const rating = rng.chance(0.5)
      ? `<div class="mydpj">满意度：<span>${rng.pick(['满意', '非常满意', '基本满意'])}</span></div>`
      : `<form class="pjform"><span>请对本次答复进行评价：</span>${['非常满意', '满意', '基本满意', '不满意'].map((w) => `<label><input type="radio" name="myd">${w}</label>`).join('')}<button type="button">提交评价</button></form>`;
    const items = page.related.length
      ? `<div class="xgzx"><div class="xgzx-hd">相关咨询</div><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}" target="_blank">${esc(r.question)}</a><span class="rq">${r.date ?? ''}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><div class="logo">河东省卫生健康委员会</div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a><a href="/jggk/">机构概况</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/zxzx/">政务咨询</a> &gt; 咨询详情</div>
<div class="main">
${detail}
${rating}
</div>
${items}
<div class="footer"><p>主办单位：河东省卫生健康委员会　网站标识码：${rng.int(1000000000, 1999999999)}</p><p>河ICP备${rng.int(10000000, 19999999)}号-1</p></div>`;
    const charset = gb ? 'gb2312-http-equiv' : 'utf-8';
    const html = documentOf(`${page.question}-政务咨询-河东省卫生健康委员会`, rng.chance(0.5) ? urlOf(page.item.num) : null, '<meta name="SiteName" content="河东省卫生健康委员会">\n<meta name="ColumnName" content="政务咨询">\n', body, charsetMeta(charset));
    return {
      body: encode(html, charset),
      expected: expectedOf(page, { doctor, format: 'unknown', related: linkItems(page, urlOf, true) }),
    };
  },
};

// --- F2. hotline-12345-kb ---

/**
 * F2. A city 12345 政务服务便民热线's 知识库 entry (12345.jiangzhou.gov.cn/zsk/detail?id=…), a server-rendered Vue
 * page: `kb-title` the question (`问：` before it on 30%), a meta bar (知识编号, 所属分类 `卫生健康 / 疾病防治`, 来源单位,
 * 发布时间, 有效期至 1–3 years on, 浏览次数); 【问题描述】 the caller's words (`市民来电咨询：…`); 【答复口径】 / 【解答内容】 /
 * 【参考答复】 the answer's `<p>`s; 【解答专家】 `name，hospital department title` on 30% (then the card); 【参考依据】 a
 * 规范 title on 40%; 【温馨提示】 the hotline line on 50%; 相关知识 title links. Key: the card from 【解答专家】, else the 来源单位
 * by the split's rule; date the 发布时间, never 有效期至; the 问： label none of the question.
 */
const hotline12345Kb: Family = {
  name: 'hotline-12345-kb',
  split: 'fresh-63',
  site: '12345.jiangzhou.gov.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://12345.jiangzhou.gov.cn/zsk/detail?id=${n}`;
    const unit = answeringUnit(rng, page, { office: 40, cdc: 30, hospital: 30 }, 0.3);
    const expert = rng.chance(0.3);
    const doctor = expert ? { ...d, hospital_grade: null } : unit.doctor;
    const source = expert ? rng.pick([d.hospital!, `${cityOf(page)}卫生健康委员会`]) : unit.text;
    const until = shift(page.date!, rng.int(365, 1100));
    const head = rng.pick(['答复口径', '解答内容', '参考答复']);
    const section = (label: string, html: string, c = 'kb-sec') => `<div class="${c}" data-v-3f1a2b><div class="kb-label" data-v-3f1a2b>【${label}】</div><div class="kb-text" data-v-3f1a2b>${html}</div></div>`;
    const body = `<div id="app"><div class="top-bar" data-v-7c2e11><span>${esc(cityOf(page))}12345政务服务便民热线</span><a href="/zsk/">知识库</a><a href="/bjgk/">办件公开</a><a href="/rdhy/">热点回应</a></div>
<div class="kb-detail" data-v-3f1a2b>
<h2 class="kb-title" data-v-3f1a2b>${rng.chance(0.3) ? '问：' : ''}${esc(page.question)}</h2>
<div class="kb-meta" data-v-3f1a2b><span>知识编号：ZS-WJ-${page.item.num}</span><span>所属分类：卫生健康 / ${rng.pick(['疾病防治', '医疗服务', '预防接种', '妇幼健康'])}</span><span>来源单位：${esc(source)}</span><span>发布时间：${rng.pick([page.date!, `${page.date!} ${hm(rng)}`])}</span><span>有效期至：${until}</span><span>浏览次数：${rng.int(12, 4800)}</span></div>
${section('问题描述', `市民来电咨询：${esc(askerText(rng, page))}`)}
${section(head, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), 'kb-sec kb-answer')}
${expert ? section('解答专家', `${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}`) : ''}
${rng.chance(0.4) ? section('参考依据', `《${rng.pick(['国家免疫规划疫苗儿童免疫程序及说明（2021年版）', '国家基本公共卫生服务规范（第三版）', `${topicWord(page)}诊疗指南`])}》`) : ''}
${rng.chance(0.5) ? section('温馨提示', `如需进一步了解，可拨打12345热线或${esc(cityOf(page))}12320卫生健康热线咨询。`) : ''}
<div class="kb-ops" data-v-3f1a2b><button>有用(${rng.int(0, 90)})</button><button>无用(${rng.int(0, 9)})</button><button>纠错</button></div>
</div>
${page.related.length ? `<div class="kb-related" data-v-9d04c8><h3>相关知识</h3><ul>${page.related.map((r) => `<li data-v-9d04c8><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a></li>`).join('')}</ul></div>` : ''}
<div class="footer" data-v-7c2e11>主办：${esc(cityOf(page))}人民政府办公室（${esc(cityOf(page))}12345政务服务便民热线）</div></div>`;
    const html = documentOf(`${page.question}_知识库_12345政务服务便民热线`, null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n<link rel="stylesheet" href="/static/css/app.8c1f2e.css">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

// --- F3. cdc-zhuanjia-dayi ---

const CDC_TITLES = ['主任医师', '副主任医师', '主管医师', '副研究员'];

/**
 * F3. A city 疾控中心's 专家答疑 article (www.jzcdc.org.cn/jkjy/zjdy/{date}/t{date}_{id}.html, a TRS-style CMS, GB2312 on
 * 25%): crumbs, the `<h1>` `专家答疑｜question` / `【专家答疑】question` / the question; `来源：` the CDC, `发布时间：`
 * with the time, `浏览次数：` written by a script, `字号：大 中 小`; the `TRS_Editor` body: `问：` / `【问】` / `Q：` and the
 * question, the answer opened by `答：` / `专家解答：` in its first paragraph (75%) or on a line of its own, the expert
 * line `（解答专家：name，unit title）` after it or a `专家简介：` paragraph before it (70%: a CDC expert, a
 * hospital's on a quarter of those), else `（本文由unit提供）`; `【打印本页】【关闭窗口】`, `（责任编辑：…）`; 相关阅读 links with
 * `[2023-05-06]` or yearless `05-06`. Key: the question without its label; the 答 label none of the answer; the card
 * the expert's (department the CDC's section; grade null), else the unit's; date the 发布时间.
 */
const cdcZhuanjiaDayi: Family = {
  name: 'cdc-zhuanjia-dayi',
  split: 'fresh-63',
  site: 'www.jzcdc.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const cdc = `${city}疾病预防控制中心`;
    // TRS files an article under its publishing day: an item's address carries its own day.
    const urlOf = (n: number, iso: string) => {
      const ymd = iso.replace(/-/g, '');
      return `https://www.jzcdc.org.cn/jkjy/zjdy/${ymd.slice(0, 6)}/t${ymd}_${n}.html`;
    };
    const urlOfItem = (r: Related) => urlOf(itemNum(r), r.date ?? shift(page.date!, -itemNum(r) % 300));
    const gb = rng.chance(0.25);
    const kind = rng.weighted([['cdc', 52], ['hospital', 18], ['unit', 30]] as const);
    const section = rng.pick(CDC_SECTIONS);
    const doctor: TruthDoctor =
      kind === 'cdc'
        ? { name: d.name, title: rng.pick(CDC_TITLES), department: section, hospital: cdc, hospital_grade: null }
        : kind === 'hospital'
          ? { ...d, hospital_grade: null }
          : { ...NO_DOCTOR, hospital: cdc, department: rng.chance(0.5) ? section : null };
    const unitText = `${doctor.hospital}${doctor.department ?? ''}`;
    const profileFirst = kind !== 'unit' && rng.chance(0.4);
    const expertLine =
      kind === 'unit'
        ? `<p>（本文由${esc(unitText)}提供）</p>`
        : profileFirst
          ? `<p><strong>专家简介：</strong>${esc(doctor.name!)}，${doctor.title}，${esc(unitText)}，从事${esc(topicWord(page))}防治工作${rng.int(10, 30)}余年。</p>`
          : `<p>（解答专家：${esc(doctor.name!)}，${esc(unitText)}${doctor.title}）</p>`;
    const qLabel = rng.pick(['问：', '【问】', 'Q：']);
    const aLabel = rng.pick(['答：', '专家解答：']);
    const inline = rng.chance(0.75);
    const [first, ...rest] = page.paragraphs;
    const answer = inline
      ? [`<p><strong>${aLabel}</strong>${esc(first!)}</p>`, ...rest.map((p) => `<p>${esc(p)}</p>`)]
      : [`<p><strong>${aLabel}</strong></p>`, ...page.paragraphs.map((p) => `<p>${esc(p)}</p>`)];
    const content = [...(profileFirst ? [expertLine] : []), `<p><strong>${qLabel}</strong>${esc(page.question)}</p>`, ...answer, ...(profileFirst ? [] : [expertLine])];
    const yearless = rng.chance(0.5);
    const items = page.related.length
      ? `<div class="xgyd"><h3>相关阅读</h3><ul>${page.related.map((r) => `<li><a href="${urlOfItem(r)}" target="_blank">${esc(r.question)}</a><span>${r.date === null ? '' : yearless ? r.date.slice(5) : `[${r.date}]`}</span></li>`).join('\n')}</ul></div>`
      : '';
    const title = rng.pick([`专家答疑｜${page.question}`, `【专家答疑】${page.question}`, page.question]);
    const body = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="${esc(cdc)}">${esc(cdc)}</div></div>
<div class="menu"><a href="/">首页</a><a href="/zxgk/">中心概况</a><a href="/jkjy/">健康教育</a><a href="/ymjz/">预防接种</a><a href="/crb/">传染病防控</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jkjy/">健康教育</a> &gt; <a href="/jkjy/zjdy/">专家答疑</a></div>
<div class="article">
<h1 class="art-title">${esc(title)}</h1>
<div class="art-info"><span>来源：${esc(cdc)}</span>　<span>发布时间：${page.date} ${hm(rng)}</span>　<span>浏览次数：<script>document.write(${rng.int(40, 3000)})</script></span>　<span class="fsize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span></div>
<div class="TRS_Editor">${content.join('\n')}</div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
${rng.chance(0.6) ? `<div class="editor">（责任编辑：${otherName(rng)}）</div>` : ''}
</div>
${items}
<div class="foot">${esc(cdc)} 版权所有 地址：${esc(city)}${rng.pick(['建设路', '人民路', '健康路'])}${rng.int(10, 300)}号</div>`;
    const charset = gb ? 'gb2312-http-equiv' : 'utf-8';
    const html = documentOf(`${title}_${cdc}`, null, `<meta name="ArticleTitle" content="${esc(title)}">\n<meta name="PubDate" content="${page.date} ${hm(rng)}">\n`, body, charsetMeta(charset));
    return {
      body: encode(html, charset),
      expected: expectedOf(page, { doctor, format: 'unknown', related: page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: yearless ? null : r.date, url: urlOfItem(r) })) }),
    };
  },
};

// --- F4. wenzheng-hospital-reply ---

/**
 * F4. A hospital's reply on a newspaper-run 问政 message board (wenzheng.hedongnews.com/liuyan/detail/{id}): the
 * message card (咨询 / 求助 tag, 卫生健康 domain, 已回复; the `<h1>` question; 留言对象 the hospital (or the city's 卫健委),
 * a masked 留言人, the 留言 day 1–10 days before with time, 编号; the asker's words); the 办理进度 steps on 40% (留言,
 * 受理, 转办, 回复, each dated); the reply card (unit in `reply-org`, `回复时间` with time) whose content opens
 * `网友，您好！` (75%) and `您的留言已收悉…现回复如下：` (55%), or on 25% of a hospital's replies `经咨询我院department name
 * title，现回复如下：`, the answer, `感谢您对我院工作的关注与支持！` (50%); the 网友评价 card on 60% (stars, the asker's
 * thanks, a later 评价时间); 相关留言 with `已回复` tags and `留言时间：`. Key: the split's unit rule (a hospital with the
 * department where the unit names one); name, title and department from the 经咨询 line where it prints; the
 * reply's day; items link-only and undated (their day is the message's, not an answer's).
 */
const wenzhengHospitalReply: Family = {
  name: 'wenzheng-hospital-reply',
  split: 'fresh-63',
  site: 'wenzheng.hedongnews.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://wenzheng.hedongnews.com/liuyan/detail/${n}`;
    const unit = answeringUnit(rng, page, { office: 15, cdc: 0, hospital: 85 }, 0.3);
    const ofHospital = unit.doctor.hospital !== null;
    const consulted = ofHospital && rng.chance(0.25);
    const doctor = consulted ? { ...unit.doctor, name: d.name, title: d.title, department: d.department } : unit.doctor;
    const target = ofHospital ? d.hospital! : `${cityOf(page)}卫生健康委员会`;
    const asked = shift(page.date!, -rng.int(1, 10));
    const stamp = (iso: string) => `${iso} ${hm(rng)}:${String(rng.int(10, 59))}`;
    const opening = consulted
      ? [`经咨询我院${d.department}${d.name}${d.title}，现回复如下：`]
      : [...(rng.chance(0.75) ? ['网友，您好！'] : []), ...(rng.chance(0.55) ? [rng.pick(['您的留言已收悉，现回复如下：', '您反映的问题已收悉，经了解，现回复如下：'])] : [])];
    const closing = rng.chance(0.5) ? [ofHospital ? '感谢您对我院工作的关注与支持！' : '感谢您对卫生健康工作的关注与支持！'] : [];
    const steps = rng.chance(0.4)
      ? `<ul class="progress">${[['留言', asked], ['受理', asked], ['转办', shift(asked, rng.int(0, 1))], ['回复', page.date!]].map(([k, v]) => `<li class="progress__step is-done"><span class="progress__name">${k}</span><span class="progress__time">${v}</span></li>`).join('')}</ul>`
      : '';
    const evaluation = rng.chance(0.6)
      ? `<div class="eval-card"><div class="eval-card__title">网友评价</div><div class="eval-card__stars"><span>解决程度</span><i class="star on"></i><i class="star on"></i><i class="star on"></i><i class="star on"></i><i class="star"></i><span>办理态度</span><i class="star on"></i><i class="star on"></i><i class="star on"></i><i class="star on"></i><i class="star on"></i></div><p class="eval-card__text">${rng.pick(['非常感谢医院的耐心解答！', '回复很及时，谢谢。', '已经清楚了，感谢！'])}</p><span class="eval-card__time">评价时间：${shift(page.date!, rng.int(1, 6))}</span></div>`
      : '';
    const items = page.related.length
      ? `<div class="related"><h3 class="related__title">相关留言</h3><ul>${page.related.map((r) => `<li class="related__item"><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a><span class="tag tag--done">已回复</span><span class="related__time">留言时间：${shift(r.date ?? page.date!, -rng.int(1, 10))}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header class="site-header"><a class="site-header__logo" href="/">河东问政</a><nav><a href="/">首页</a><a href="/liuyan/">我要留言</a><a href="/rank/">回复排行</a><a href="/hot/">热点追踪</a></nav></header>
<main class="detail">
<section class="msg-card">
<div class="msg-card__tags"><span class="tag tag--type">${rng.pick(['咨询', '求助'])}</span><span class="tag">卫生健康</span><span class="tag tag--done">已回复</span></div>
<h1 class="msg-card__title">${esc(page.question)}</h1>
<div class="msg-card__meta"><span>留言对象：${esc(target)}</span><span>留言人：${rng.chance(0.5) ? masked(rng) : `网友${token(rng, 6)}`}</span><span>${stamp(asked)}</span><span>编号：${page.item.num}</span></div>
<div class="msg-card__content">${esc(askerText(rng, page))}</div>
</section>
${steps}
<section class="reply-card">
<div class="reply-card__head"><img class="reply-card__logo" src="/static/img/org.png" alt=""><span class="reply-org">${esc(unit.text)}</span><span class="reply-card__time">回复时间：${stamp(page.date!)}</span></div>
<div class="reply-card__content">${[...opening, ...page.paragraphs, ...closing].map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
</section>
${evaluation}
${items}
</main>
<footer class="site-footer">河东日报社主办 · 问政平台 · 互联网新闻信息服务许可证${rng.int(10000000000, 19999999999)}</footer>`;
    const html = documentOf(`${page.question}_河东问政`, rng.chance(0.5) ? urlOf(page.item.num) : null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

// --- F5. jkjy-kepu-qa ---

/**
 * F5. A city 健康教育所's 科普专家 Q&A page (www.jzjkjy.org.cn/kpwd/{id}.html): a `Q` mark and the `<h1>` question with
 * #tags; the expert's card (name, title, `hospital[（grade）] department` with the grade on 40%, `市级健康科普专家库成员`,
 * 擅长) before the answer (60%) or in the side column after it; an `A` mark, on a video answer a player (80%) and on a
 * voice one an audio bar `收听专家解答` (50%), the answer's `<p>`s; `发布日期：` as 2023-05-06 or 2023年5月6日, 浏览, 作品编号;
 * on 30% `审核专家：` another person with a CDC; 更多问答 as `Q：question` / `A：snippet` pairs. Key: card as printed;
 * the 审核 reviewer none of it; format video / voice where the player shows, else unknown; items with snippet, undated.
 */
const jkjyKepuQa: Family = {
  name: 'jkjy-kepu-qa',
  split: 'fresh-63',
  site: 'www.jzjkjy.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.jzjkjy.org.cn/kpwd/${n}.html`;
    const city = cityOf(page);
    const gradeShown = rng.chance(0.4);
    const player = (page.format === 'video' && rng.chance(0.8)) || (page.format === 'voice' && rng.chance(0.5));
    const media = !player
      ? ''
      : page.format === 'video'
        ? `<div class="kp-video"><video src="https://v.jzjkjy.org.cn/${token(rng, 12)}.mp4" poster="/uploads/${token(rng, 8)}.jpg" controls></video><span class="kp-video-len">视频时长 ${String(rng.int(1, 6)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>`
        : `<div class="kp-audio"><audio src="https://v.jzjkjy.org.cn/${token(rng, 12)}.mp3"></audio><span class="kp-audio-btn">收听专家解答</span><span>${rng.int(30, 180)}″</span></div>`;
    const card = `<div class="expert-card"><img src="/uploads/expert/${token(rng, 10)}.jpg" alt="${esc(d.name!)}"><div class="ec-name">${esc(d.name!)}</div><div class="ec-title">${d.title}</div><div class="ec-org">${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</div><div class="ec-badge">${esc(city)}健康科普专家库成员</div><div class="ec-field">擅长：${esc(topicWord(page))}的诊治与健康管理</div><a class="ec-more" href="/kpzj/${page.item.num % 997}.html">专家主页</a></div>`;
    const cardFirst = rng.chance(0.6);
    const day = rng.chance(0.5) ? page.date! : cnDate(page.date!);
    const review = rng.chance(0.3) ? `<div class="kp-review">审核专家：${otherName(rng)} ${rng.pick(['主任医师', '副主任医师'])}（${esc(city)}疾病预防控制中心）</div>` : '';
    const items = page.related.length
      ? `<div class="more-qa"><h3>更多问答</h3><dl>${page.related.map((r) => `<dt><a href="${urlOf(itemNum(r))}">Q：${esc(r.question)}</a></dt><dd>A：${esc(r.snippet)}</dd>`).join('\n')}</dl></div>`
      : '';
    const answer = `<div class="kp-a"><span class="kp-mark">A</span>${media}<div class="kp-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="kp-meta">发布日期：${day}　浏览：${rng.int(50, 9000)}　作品编号：KP${page.date!.slice(0, 4)}${String(page.item.num % 100000).padStart(5, '0')}</div>${review}</div>`;
    const body = `<div class="top">${esc(city)}健康教育所 · 健康科普专家库</div>
<div class="nav"><a href="/">首页</a><a href="/kpzj/">科普专家</a><a href="/kpzp/">科普作品</a><a href="/kpwd/">健康问答</a><a href="/jksy/">健康素养</a></div>
<div class="wrap"><div class="main">
<div class="kp-q"><span class="kp-mark">Q</span><h1>${esc(page.question)}</h1><div class="kp-tags"><span>#${esc(topicWord(page))}#</span><span>#健康素养#</span></div></div>
${cardFirst ? card : ''}
${answer}
${items}
</div>
<div class="side">${cardFirst ? '' : `<div class="side-tit">答疑专家</div>${card}`}<div class="side-tit">热门专家</div><ul><li>${otherName(rng)} 主任医师</li><li>${otherName(rng)} 副主任医师</li></ul></div></div>
<div class="footer">主办：${esc(city)}健康教育所　技术支持：${esc(city)}卫生健康信息中心</div>`;
    const html = documentOf(`${page.question}_健康问答_${city}健康教育所`, urlOf(page.item.num), '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: player ? page.format : 'unknown',
        related: snippetItems(page, urlOf, false),
      }),
    };
  },
};

// --- F6. wjw-wechat-wenda ---

/**
 * F6. A city 卫健委's WeChat article of its 你问我答 column (mp.weixin.qq.com/s/{token}): `rich_media_title` as
 * `你问我答｜question`, `【健康问答】question` or `question专家来解答`; the account `{city}卫生健康` / `健康{city}`, an 原创 mark;
 * `publish_time` printed (`2023-05-06 18:30` or `2023年5月6日 18:30`) on 60%, else empty and filled by script from
 * `var createTime`; `js_content` of styled `<section>`s: `网友提问` and the question, `（来自后台留言）` and the asker's
 * line on half, `专家解答`, the answer's `<p>`s in `<span style>` with `<p><br></p>` between, the expert (`答疑专家：name`
 * and `hospital department title` on 70%, before or after the answer), else `本期答疑单位：unit` by the split's rule;
 * `来源：`, `编辑：… 审核：…`, 往期推荐 links; 阅读 / 在看. Key: date null where publish_time is empty; items link-only.
 */
const wjwWechatWenda: Family = {
  name: 'wjw-wechat-wenda',
  split: 'fresh-63',
  site: 'mp.weixin.qq.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const biz = token(rng, 16);
    const urlOf = (n: number) => `https://mp.weixin.qq.com/s?__biz=${biz}==&mid=${n}&idx=1&sn=${(n * 2654435761 >>> 0).toString(16)}`;
    const named = rng.chance(0.7);
    const unit = answeringUnit(rng, page, { office: 30, cdc: 35, hospital: 35 }, 0.4);
    const doctor = named ? { ...d, hospital_grade: null } : unit.doctor;
    const printed = rng.chance(0.6);
    const time = hm(rng);
    const styled = (s: string) => `<p style="line-height:1.75em;text-indent:2em;"><span style="font-size:15px;color:#3f3f3f;">${esc(s)}</span></p>`;
    const head = (s: string) => `<section style="text-align:center;margin:20px 0 10px;"><span style="background:#1e9fff;color:#fff;padding:4px 12px;border-radius:12px;font-weight:bold;">${s}</span></section>`;
    const expert = named
      ? `<section style="background:#f2f8ff;padding:10px;"><p><strong>答疑专家：${esc(d.name!)}</strong></p><p><span style="font-size:13px;color:#888;">${esc(d.hospital!)}${esc(d.department!)}${d.title}</span></p></section>`
      : `<section style="background:#f2f8ff;padding:10px;"><p>本期答疑单位：${esc(unit.text)}</p></section>`;
    const expertFirst = rng.chance(0.5);
    const content = [
      head('网友提问'),
      styled(page.question),
      ...(rng.chance(0.5) ? [`<p style="color:#888;font-size:13px;">（来自后台留言）${esc(rng.pick(ASKER_LINES))}</p>`] : []),
      head('专家解答'),
      ...(expertFirst ? [expert] : []),
      page.paragraphs.map(styled).join('<p><br></p>'),
      ...(expertFirst ? [] : [expert]),
      `<p style="font-size:12px;color:#999;">来源：${esc(city)}卫生健康委员会</p><p style="font-size:12px;color:#999;">编辑：${otherName(rng)}　审核：${otherName(rng)}</p>`,
    ];
    const title = rng.pick([`你问我答｜${page.question}`, `【健康问答】${page.question}`, `${ask(page)}？专家来解答`]);
    const account = rng.pick([`${city.replace(/市$/u, '')}卫生健康`, `健康${city.replace(/市$/u, '')}`]);
    const items = page.related.length
      ? `<section><p style="text-align:center;"><strong>往期推荐</strong></p>${page.related.map((r) => `<p><a href="${esc(urlOf(itemNum(r)))}" target="_blank" data-linktype="2">${esc(r.question)}</a></p>`).join('')}</section>`
      : '';
    const body = `<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">${esc(title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">${esc(account)}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">${printed ? `${rng.chance(0.5) ? page.date : cnDate(page.date!)} ${time}` : ''}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">${content.join('\n')}
${items}</div>
<div class="rich_media_tool"><a id="js_view_source" href="javascript:void(0);">阅读原文</a><span>阅读 ${rng.int(100, 9999)}</span><span>在看 ${rng.int(0, 99)}</span></div>
</div></div></div>
<script>var nickname = "${esc(account)}"; var ct = "${Math.floor(Date.parse(`${page.date}T${time}:00+08:00`) / 1000)}"; var createTime = '${page.date} ${time}';</script>`;
    const html = documentOf(title, null, `<meta property="og:title" content="${esc(title)}">\n<meta property="og:url" content="https://mp.weixin.qq.com/s/${token(rng, 22)}">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: printed ? page.date : null, format: 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

export const FRESH63_FAMILIES: readonly Family[] = [wjwZhengwuZixun, hotline12345Kb, cdcZhuanjiaDayi, wenzhengHospitalReply, jkjyKepuQa, wjwWechatWenda];
