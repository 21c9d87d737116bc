import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, documentOf, epochSeconds, itemNum, itemsOf, otherName, paras, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, md } from './real-site-parts.js';
import type { TruthPage } from './truth.js';

/**
 * Eighty-second fresh held-out set (split `fresh-82`): written blind on 2026-12-05 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * seventeenth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages of
 * their own, none of them modelled or named by an earlier split (四川省人民医院 / samsph, 中国营养学会 / 营养学会 / cnsoc,
 * 慈铭 / 慈铭体检 / ciming, 爱帝宫 / aidigong / 月子, 中國報 / 中国报 / chinapress and 松果 / songguo each grepped,
 * case-insensitive, in README.md and families*.ts: no hit; 壹心理, 简单心理, 好心情 / haoxinqing, 美年, 联合早报 / zaobao,
 * 星洲 / sinchew, 世界日報, 南洋 / nanyang, 人民网 / people.com.cn, 关怀版 / 长辈版, 乡村医生 / 村医 and 中华医学会, first
 * thought of, have hits and were left alone), each of a kind the table had little of: a provincial people's hospital's
 * 在线咨询 on a JSP `.do` site in GB18030 with `<dl>` markup, a 学会's 科普 Q&A column pasted from Word (inline styles) with
 * the card a closing credit, a 体检 chain's 报告解读 Q&A with a 健康顾问 before the 主检医师 and SSR `data-*` that disagree,
 * a 月子中心's 专家问答 share page with a 母婴护理师 after the doctor and mothers' comments, a Malaysian Chinese paper's
 * 医生答问 with English mixed in (English days, English hospital names), and a 心理 platform's 问答 where a psychologist
 * (not a doctor) answers. Modelled from memory of those pages (no copied markup; hosts as remembered, every path a
 * guess); the family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (on 松果 the psychologist's): a 健康顾问's or 客服's message, a 母婴护理师's
 *   补充 after the doctor's, an editor's note, mothers' and readers' comments, an AI 小结 none of it, also where they stand
 *   first; a 追问 round (`追问：` / `医生回复：`) none of the answer and dating nothing (fresh-11, fresh-44, fresh-72 to 81);
 * - a head or label over the answer (`答：`, `回复内容`, `专家解读`, `医生答：`, `咨询师回答`) none of it; a disclaimer none;
 * - **the question as the page asks it**: after its label (`问：`, `咨询主题`, `读者问：`); a column headline none where the
 *   page prints a labelled question;
 * - **the date the answer's day**: `回复时间`, `发布时间` of a column whose whole text is the answer, `解读时间`; **an English
 *   `6 May 2023` or `May 6, 2023` that day**; `05-06`, `N天前`, `昨天`, `5小时前` null; `咨询时间`, `提问时间`, a 健康顾问's,
 *   a nurse's and a 追问's days date nothing; structured data (`data-*` attributes, JSON) not what the page prints;
 * - **the card**: as printed; badges (`认证`, `学会会员`, `从业N年`, `擅长`) no field; a closing credit
 *   (`（解答专家：{hospital}{department}{title} {name}）`) the card; on the 体检 chain the hospital the branch its card prints
 *   (`慈铭体检北京奥亚分院`), **the 主检医师 post no title (null) when that is all the card says** (fresh-70's convention: a role
 *   is no title; keyed `主检医师` until the thirty-fifth stop); on the Malaysian
 *   paper a hospital printed `双威医药中心（Sunway Medical Centre）` is `双威医药中心` (the English none), a title printed
 *   `内科顾问医生` / `Consultant Physician` is title `顾问医生` and department the Chinese specialty; **a psychologist's
 *   card: name as printed, title the qualification (`国家二级心理咨询师`), department and hospital null** (the platform is
 *   no hospital); the grade only where printed beside the hospital, else null;
 * - format unknown on every family (no player shows the answer);
 * - items: question links of the page's related list, the snippet as printed, dated only where the list prints the whole
 *   day, links as written where the page names no address of its own, else resolved against the canonical or og:url;
 *   package offers (priced), articles (延伸阅读 / 热门文章), 科室导航, 最新咨询 and JSON lists no items.
 */

type Related = TruthPage['related'][number];

/** `2023-5-6`. */
const unpad = (iso: string, sep = '-') => iso.split('-').map(Number).join(sep);
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `6 May 2023`. */
const enDayFirst = (iso: string) => `${Number(iso.slice(8, 10))} ${EN_MONTHS_LONG[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** `May 6, 2023`. */
const enMonthFirst = (iso: string) => `${EN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
const sec = (rng: Rng) => String(rng.int(0, 59)).padStart(2, '0');

// --- F1. samsph-zaixian-zixun-do ---

const SAMSPH = '四川省人民医院';

/**
 * F1. 四川省人民医院's 在线咨询 (www.samsph.com/zxzx/detail.do?id={id}, path a guess), a provincial people's hospital's
 * JSP site, GB18030 bytes declared `charset=GBK` (50%), `charset=GB18030` (30%) or `gb2312` by http-equiv (20%); the
 * masthead, a nav bar, `当前位置：` crumbs; the consult in a `<dl>`: `<dt>咨询主题：</dt><dd>` the question (keyed),
 * `咨询人：` a masked name, `咨询时间：` an earlier day (none), `咨询内容：` the asker's line; the reply `<dl class="hf">`:
 * `<dt>回复内容：</dt><dd>` the answer, its paragraphs `<br>`-parted (60%) or `<p>`s (40%), `<dd>`s and `<p>`s left unclosed;
 * then the card as a closing line after the answer: `回复医生：{name}　{title}　科室：{department}` (hospital the site's,
 * printed in the line `医院：四川省人民医院` on 70%; where it is not, the site's own, as its `<title>` and footer name it — key
 * changed in the thirty-third stop, after the first run, to agree with earlier splits' keys (fresh-80's tsinghua: a clinic site's
 * sign-off naming no hospital is the site's doctor); the first run was scored on null there); `回复时间：` `2023-5-6 14:22:31`
 * (55%), `2023-05-06` (30%) or `05-06 14:22` (15%: null); a `追问：` / `医生回复：` pair on 20% (none); 相关咨询 a `<dl>` of
 * `<dt><a>` question `<dd>[2023-05-06]` (dated), hrefs `detail.do?id=N` as written, or resolved against the canonical on
 * 30%; 科室导航 and 最新咨询 boxes (none); footer with 蜀ICP备 and a `<script>` counter; format unknown.
 */
const samsphZaixianZixunDo: Family = {
  name: 'samsph-zaixian-zixun-do',
  split: 'fresh-82',
  site: 'www.samsph.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const charset = rng.weighted([['<meta charset="GBK">', 5], ['<meta charset="GB18030">', 3], ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 2]] as const);
    const mode = rng.weighted([['full', 11], ['iso', 6], ['md', 3]] as const);
    const day = mode === 'full' ? `${unpad(page.date!)} ${page.time}:${sec(rng)}` : mode === 'iso' ? page.date! : `${md(page.date!)} ${page.time}`;
    const brs = rng.chance(0.6);
    const text = brs ? page.paragraphs.map(esc).join('<br>\n') : page.paragraphs.map((p) => `<p>${esc(p)}`).join('\n');
    const hospLine = rng.chance(0.7);
    const follow = rng.chance(0.2) ? `<dl class="zw"><dt>追问：<dd>${rng.pick(FOLLOW_UPS)}<dt>医生回复：<dd>${rng.pick(FOLLOW_REPLIES)}</dl>\n` : '';
    const own = rng.chance(0.3) ? `http://www.samsph.com/zxzx/detail.do?id=${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `detail.do?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="box"><div class="box-t">相关咨询</div><dl class="xg">\n${related.map((r) => `<dt><a href="${href(r)}" target="_blank">${esc(r.question)}</a><dd>[${r.date}]`).join('\n')}\n</dl></div>`
      : '';
    const masked = `${otherName(rng).slice(0, 1)}**`;
    const body = `<div id="top"><img src="/images/logo.gif" alt="" width="420" height="80"><div class="tel">预约电话：028-87393999</div></div>
<div id="nav"><a href="/index.do">首页</a><a href="/yygk/index.do">医院概况</a><a href="/ksdh/index.do">科室导航</a><a href="/zjjs/index.do">专家介绍</a><a href="/zxzx/list.do">在线咨询</a><a href="/jkjy/index.do">健康教育</a></div>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="230" valign="top"><div class="box"><div class="box-t">科室导航</div><ul>${['心血管内科', '消化内科', '内分泌科', '神经内科', '儿科', '妇产科'].map((x, i) => `<li><a href="/ks/detail.do?ksid=${i + 11}">${x}</a>`).join('')}</ul></div>
<div class="box"><div class="box-t">最新咨询</div><ul>${['颈椎病手术后多久能上班', '甲状腺结节4类要手术吗', '胃镜需要提前预约吗'].map((x) => `<li><a href="detail.do?id=${rng.int(100000, 999999)}">${x}</a>`).join('')}</ul></div></td>
<td width="770" valign="top">
<div class="pos">当前位置：<a href="/index.do">首页</a> &gt;&gt; <a href="/zxzx/list.do">在线咨询</a> &gt;&gt; 咨询详情</div>
<dl class="zx">
<dt>咨询主题：<dd><b>${esc(page.question)}</b>
<dt>咨询人：<dd>${masked}　　咨询时间：${shift(page.date!, -rng.int(1, 5))} ${String(rng.int(8, 22)).padStart(2, '0')}:${sec(rng)}
<dt>咨询内容：<dd>${esc(rng.pick(ASKER_LINES))}
</dl>
<dl class="hf">
<dt>回复内容：<dd>${text}
<dd class="ys">回复医生：${esc(d.name!)}　${d.title}　科室：${esc(d.department!)}${hospLine ? `　医院：${SAMSPH}` : ''}
<dd class="sj">回复时间：${day}
</dl>
${follow}<div class="tip">温馨提示：网上咨询不能代替面诊，如病情需要请到医院就诊。</div>
${list}
</td></tr></table>
<div id="foot">${SAMSPH} 版权所有 地址：成都市一环路西二段32号 蜀ICP备${rng.int(10000000, 99999999)}号<br><script src="/js/count.js?id=${token(rng, 6)}"></script></div>`;
    const html = documentOf(`${page.question}_在线咨询_${SAMSPH}`, own, '<meta name="keywords" content="在线咨询,四川省人民医院">\n', body, charset);
    return {
      body: iconv.encode(html, 'gb18030'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: SAMSPH, hospital_grade: null },
        date: mode === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, true),
      }),
    };
  },
};

// --- F2. cnsoc-kepu-zhuanjia-dayi ---

/**
 * F2. 中国营养学会's 营养科普 专家答疑 column (www.cnsoc.org/scienpopu/{yymm}{id}.html, path a guess), a 学会's CMS page
 * whose body was pasted from Word, UTF-8: the 学会's masthead and nav, crumbs `首页 > 科普知识 > 专家答疑`; the `<h2>`
 * column title `专家答疑｜{question}` (55%: the question keyed without the column label) or `营养专家答疑（第N期）` (45%:
 * none), then `发布时间：` the answer's day (`2023-05-06`, 70%; `2023年5月6日`, 30%) and `来源：中国营养学会科普工作委员会`,
 * 字号 大 中 小; the body: `<p style="text-indent:2em"><strong>问：</strong>` the question (keyed), `<strong>答：</strong>`
 * glued before the first paragraph (the label none), paragraphs as inline-styled `<p>`s with `<span style="font-family:
 * 宋体">` on 50%, `&nbsp;` runs; the card a closing credit after the answer:
 * `（解答专家：{hospital}{department}{title} {name}）` (60%) or `解答专家：{name}，{hospital}{department}{title}，中国营养学会会员`
 * (40%: 会员 no field); `（责任编辑：name）` (none); 上一篇 / 下一篇 (the neighbouring questions: none); 相关答疑 (question
 * links `/scienpopu/N.html` with `2023-05-06`: dated) on 70% of pages with a list; format unknown.
 */
const cnsocKepuZhuanjiaDayi: Family = {
  name: 'cnsoc-kepu-zhuanjia-dayi',
  split: 'fresh-82',
  site: 'www.cnsoc.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const titled = rng.chance(0.55);
    const day = rng.chance(0.7) ? page.date! : cnDate(page.date!);
    const song = rng.chance(0.5);
    const p = (inner: string) => `<p style="text-indent:2em;line-height:1.75;margin:0 0 10px">${song ? `<span style="font-family:宋体;font-size:16px">${inner}</span>` : inner}</p>`;
    const body0 = page.paragraphs.map((x, i) => p(`${i === 0 ? '<strong>答：</strong>' : ''}${esc(x)}`)).join('\n');
    const credit = rng.chance(0.6)
      ? `（解答专家：${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}）`
      : `解答专家：${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}，中国营养学会会员`;
    const related = rng.chance(0.7) ? page.related.slice(0, 6) : [];
    const href = (r: Related) => `/scienpopu/${itemNum(r)}.html`;
    const list = related.length ? `<div class="xgwz"><h3>相关答疑</h3><ul>${related.map((r) => `<li><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a><span>${r.date}</span></li>`).join('\n')}</ul></div>` : '';
    const own = rng.chance(0.5) ? `https://www.cnsoc.org/scienpopu/${page.item.num}.html` : null;
    const body = `<div class="header"><a href="/"><img src="/images/logo.png" alt="中国营养学会"></a><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a><a href="/about/">学会概况</a><a href="/learnnews/">学术动态</a><a href="/scienpopu/">科普知识</a><a href="/member/">会员服务</a><a href="/dri/">膳食指南</a></div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/scienpopu/">科普知识</a> &gt; 专家答疑</div>
<div class="article">
<h2>${titled ? `专家答疑｜${esc(page.question)}` : `营养专家答疑（第${rng.int(12, 98)}期）`}</h2>
<div class="info">发布时间：${day}&nbsp;&nbsp;&nbsp;来源：中国营养学会科普工作委员会&nbsp;&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="content">
${p(`<strong>问：</strong>${esc(page.question)}`)}
${body0}
<p style="text-align:right">${credit}</p>
<p style="text-align:right;color:#999">（责任编辑：${esc(otherName(rng))}）</p>
</div>
<div class="prenext"><p>上一篇：<a href="/scienpopu/${rng.int(10000, 99999)}.html">孕期每天需要补充多少钙？</a></p><p>下一篇：<a href="/scienpopu/${rng.int(10000, 99999)}.html">老年人吃素更健康吗？</a></p></div>
</div>
${list}
<div class="footer">中国营养学会 版权所有 京ICP备${rng.int(10000000, 99999999)}号 地址：北京市西城区${rng.pick(['广安门外大街', '西直门内大街'])}</div>`;
    const html = documentOf(`${titled ? `专家答疑｜${page.question}` : '专家答疑'}-中国营养学会`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, true),
      }),
    };
  },
};

// --- F3. ciming-tijian-baogao-jiedu ---

const CIMING_BRANCHES = ['北京奥亚分院', '北京亚运村分院', '北京双井分院', '济南分院', '天津南开分院'] as const;

/**
 * F3. 慈铭体检's 报告解读 Q&A (www.ciming.com/jiedu/{id}.html, path a guess), a 体检 chain's Vue SSR page, UTF-8: the top
 * bar (套餐 / 预约 / 报告查询), crumbs, `<h1>` the question (keyed), `提问时间：` an earlier day (none); a `健康顾问` message
 * first on 50% (`您好，已为您安排主检医师解读报告，请稍候。`, with its time: none); then `专家解读` (none) and the 主检医师's box:
 * the card beside the answer (a left column: name, `主检医师` (40%: a post, no 职称: title null — keyed 主检医师 until the
 * thirty-fifth stop, now as fresh-70's key reads such a card) or the doctor's title,
 * the department, `慈铭体检{branch}` (the hospital keyed as printed), `从业N年`), the answer's `<p>`s on the right,
 * `解读时间：2023/05/06 14:22` (55%), `2023-05-06` (25%) or `昨天 14:22` (20%: null); the box's `data-answer-time`
 * (epoch seconds of a later day, the report's close) and `data-doctor-hospital` (the doctor's other hospital: none);
 * a 体检套餐 ad with prices (none), 报告解读须知 (none); 相关解读 (question links with a `...`-cut snippet: items with it,
 * undated) on pages with a list; og:url on half; format unknown.
 */
const cimingTijianBaogaoJiedu: Family = {
  name: 'ciming-tijian-baogao-jiedu',
  split: 'fresh-82',
  site: 'www.ciming.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const branch = `慈铭体检${rng.pick(CIMING_BRANCHES)}`;
    const titleShown = rng.chance(0.4) ? '主检医师' : d.title!;
    const mode = rng.weighted([['slash', 11], ['iso', 5], ['rel', 4]] as const);
    const day = mode === 'slash' ? `${page.date!.replace(/-/g, '/')} ${page.time}` : mode === 'iso' ? page.date! : `昨天 ${page.time}`;
    const adviser = rng.chance(0.5)
      ? `<div class="msg adviser" data-role="adviser"><span class="who">健康顾问 小慈</span><p>您好，已为您安排主检医师解读报告，请稍候。</p><span class="t">${shift(page.date!, -1).replace(/-/g, '/')} ${String(rng.int(8, 20)).padStart(2, '0')}:${sec(rng)}</span></div>`
      : '';
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/jiedu/${itemNum(r)}.html`;
    const cut = (s: string) => (Array.from(s).length > 28 ? `${Array.from(s).slice(0, 28).join('')}...` : s);
    const list = related.length
      ? `<div class="rel"><h3>相关解读</h3>${related.map((r) => `<div class="rel-it"><a href="${href(r)}">${esc(r.question)}</a><p>${esc(cut(r.snippet))}</p></div>`).join('\n')}</div>`
      : '';
    const own = rng.chance(0.5) ? `https://www.ciming.com/jiedu/${page.item.num}.html` : null;
    const ad = `<div class="pkg"><h3>精选体检套餐</h3><ul><li>入职体检套餐 <b>¥${rng.int(99, 299)}</b></li><li>中老年深度体检 <b>¥${rng.int(1200, 3999)}</b></li><li>女性专项筛查 <b>¥${rng.int(600, 1999)}</b></li></ul><a href="/taocan/">立即预约</a></div>`;
    const body = `<div id="app" data-server-rendered="true"><div class="topbar"><a href="/"><img src="/static/logo.png" alt="慈铭体检"></a><a href="/taocan/">体检套餐</a><a href="/yuyue/">在线预约</a><a href="/report/">报告查询</a><a href="/jiedu/">报告解读</a><span>400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/jiedu/">报告解读</a> &gt; 详情</div>
<div class="wrap"><div class="main">
<div class="q"><h1>${esc(page.question)}</h1><p class="desc">${esc(rng.pick(ASKER_LINES))}</p><p class="t">提问时间：${shift(page.date!, -rng.int(1, 3))}</p></div>
${adviser}
<div class="ans" data-answer-time="${epochSeconds(shift(page.date!, rng.int(1, 3)), page.time)}" data-doctor-hospital="${esc(d.hospital!)}">
<h3>专家解读</h3>
<div class="ans-row"><div class="doc-card"><img src="https://img.ciming.com/doctor/${token(rng, 10)}.jpg" alt=""><p class="nm">${esc(d.name!)}</p><p class="tt">${titleShown}</p><p class="dp">${esc(d.department!)}</p><p class="hs">${branch}</p><p class="yr">从业${rng.int(8, 30)}年</p></div>
<div class="ans-txt">${paras(page.paragraphs)}
<p class="t">解读时间：${day}</p></div></div>
</div>
<div class="notice">报告解读须知：本解读仅针对您上传的报告内容，如有不适请及时就医。</div>
${list}
</div><div class="side">${ad}</div></div>
<div class="foot">慈铭健康体检管理集团有限公司 京ICP备${rng.int(10000000, 99999999)}号</div></div>
<script src="/static/js/app.${token(rng, 8)}.js" defer></script>`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question}_报告解读_慈铭体检`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: titleShown === '主检医师' ? null : titleShown, department: d.department, hospital: branch, hospital_grade: null },
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, (r) => cut(r.snippet), false),
      }),
    };
  },
};

// --- F4. aidigong-yuezi-zhuanjia-wenda ---

/**
 * F4. 爱帝宫's 专家问答, a 月子中心's share page from its WeChat mini-program (m.aidigong.com/wenda/detail?id={id}, path a
 * guess), UTF-8, a mobile page: an `打开小程序` bar (none), the question as `<h1>` (keyed) with `宝妈提问` tag (none) and
 * `{N}人看过`; the expert's card before the answer: `{name}`, `{title}`, `特邀专家 · {hospital} {department}` (the
 * hospital and department; a grade tag beside the hospital on 30%: keyed then); the answer's `<p>`s (a `<section>` with
 * inline styles on 40%); `{2023.05.06}` (60%), `2023-05-06 14:22` (15%) or `N天前` (25%: null) under it; a 母婴护理师's
 * `护理师补充：` after it on 40% (none); 宝妈们的评论 (1–3 mothers' comments with `05-06`: none); an ad for 月子套餐
 * (`预约参观`: none); 更多问答 (question links, with `N人看过`: undated) on pages with a list; a JSON `window.__SHARE__`
 * with the expert's title and a later `publishTime` (none); format unknown.
 */
const aidigongYueziZhuanjiaWenda: Family = {
  name: 'aidigong-yuezi-zhuanjia-wenda',
  split: 'fresh-82',
  site: 'm.aidigong.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const graded = rng.chance(0.3) && d.hospital_grade !== null;
    const mode = rng.weighted([['dot', 12], ['full', 3], ['rel', 5]] as const);
    const day = mode === 'dot' ? page.date!.replace(/-/g, '.') : mode === 'full' ? `${page.date} ${page.time}` : `${rng.int(2, 9)}天前`;
    const styled = rng.chance(0.4);
    const text = styled ? `<section style="font-size:15px;color:#333;line-height:1.8">${page.paragraphs.map((p) => `<p style="margin-bottom:12px">${esc(p)}</p>`).join('')}</section>` : paras(page.paragraphs);
    const nurse = rng.chance(0.4)
      ? `<div class="nurse"><p class="who">${esc(otherName(rng))} 高级母婴护理师</p><p>护理师补充：${rng.pick(['月子里注意保暖，少量多餐。', '产后第一周以清淡为主，循序渐进。', '宝宝的情况建议每天记录，复诊时带给医生看。'])}</p></div>`
      : '';
    const comments = Array.from({ length: rng.int(1, 3) }, () => `<li><img src="https://img.aidigong.com/avatar/${token(rng, 8)}.png"><b>${esc(otherName(rng).slice(0, 1))}妈妈</b><p>${rng.pick(['太有用了，收藏了', '我家宝宝也是这样，谢谢专家', '专家讲得很细，点赞'])}</p><span>${md(shift(page.date!, rng.int(0, 6)))}</span></li>`);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/wenda/detail?id=${itemNum(r)}`;
    const list = related.length ? `<div class="more"><h3>更多问答</h3>${related.map((r) => `<a class="it" href="${href(r)}"><p>${esc(r.question)}</p><span>${rng.int(100, 9999)}人看过</span></a>`).join('\n')}</div>` : '';
    const share = { id: page.item.num, expert: { name: d.name, title: d.title, hospital: d.hospital }, publishTime: `${shift(page.date!, rng.int(1, 4))} 10:00:00` };
    const body = `<div class="open-bar"><img src="/static/logo.png" alt="爱帝宫"><span>爱帝宫母婴健康</span><a href="weixin://dl/business/?t=${token(rng, 10)}">打开小程序</a></div>
<div class="page">
<div class="q"><span class="tag">宝妈提问</span><h1>${esc(page.question)}</h1><p class="v">${rng.int(200, 20000)}人看过</p></div>
<div class="expert"><img src="https://img.aidigong.com/expert/${token(rng, 10)}.jpg" alt=""><div><p class="nm">${esc(d.name!)} <span>${d.title}</span></p><p class="org">特邀专家 · ${esc(d.hospital!)}${graded ? ` <i class="lv">${d.hospital_grade}</i>` : ''} ${esc(d.department!)}</p></div></div>
<div class="answer">${text}</div>
<p class="time">${day}</p>
${nurse}
<div class="ad"><img src="https://img.aidigong.com/banner/${token(rng, 8)}.jpg" alt="月子套餐"><a href="/visit">预约参观</a></div>
<div class="cm"><h3>宝妈们的评论</h3><ul>${comments.join('')}</ul></div>
${list}
</div>
<script>window.__SHARE__=${JSON.stringify(share)}</script>`;
    const head = '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">\n';
    const html = documentOf(`${page.question} - 爱帝宫专家问答`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. chinapress-yisheng-dawen ---

const MY_HOSPITALS = [
  ['双威医药中心', 'Sunway Medical Centre'],
  ['班达马兰医院', 'Pantai Hospital Klang'],
  ['亚庇仁爱医院', 'KPJ Sabah Specialist Hospital'],
  ['槟城安宁医院', 'Island Hospital'],
  ['马六甲鹰阁医院', 'Mahkota Medical Centre'],
] as const;
/** The English under a Malaysian consultant's specialty, by a word of the department. */
const MY_ENGLISH: readonly (readonly [RegExp, string])[] = [
  [/消化|肠胃|胃肠/u, 'Consultant Gastroenterologist'],
  [/皮肤/u, 'Consultant Dermatologist'],
  [/心/u, 'Consultant Cardiologist'],
  [/儿/u, 'Consultant Paediatrician'],
  [/妇|产/u, 'Consultant Obstetrician & Gynaecologist'],
  [/骨/u, 'Consultant Orthopaedic Surgeon'],
  [/内科/u, 'Consultant Physician'],
];

/**
 * F5. 中國報 (China Press, Malaysia)'s 健康 医生答问 (www.chinapress.com.my/{yyyymmdd}/{slug}/, path as remembered), a
 * Malaysian Chinese paper's WordPress page in simplified characters with English mixed in, UTF-8: the masthead, nav
 * (全国 / 国际 / 娱乐 / 健康 / 副刊), ad slots (`Advertisement`), the headline `医生答问｜{topic}怎么办？` (none), the byline
 * `报道：{editor}` and the day — `6 May 2023` (35%), `May 6, 2023` (20%), `2023年5月6日` (20%) or `5小时前` / `2 hours ago`
 * (25%: null); `读者问：` and the question (keyed), the doctor's box after the question: `{name}医生`, `{department}顾问医生
 * （{Consultant …}）` (title 顾问医生, department the Chinese one), `{hospital}（{English}）` (keyed the Chinese name);
 * `医生答：` over the answer's `<p>`s, an in-article ad between paragraphs on 35% (none); `*以上资讯仅供参考` (none);
 * 相关文章 (news: none); 医生答问 (question links `/{yyyymmdd}/N/` with `6 May 2023` on 40%: dated); JSON-LD NewsArticle on
 * 60% with its author the editor; og:url on half; format unknown.
 */
const chinapressYishengDawen: Family = {
  name: 'chinapress-yisheng-dawen',
  split: 'fresh-82',
  site: 'www.chinapress.com.my',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [hospital, english] = rng.pick([...MY_HOSPITALS]);
    const specialty = d.department!;
    const consultant = MY_ENGLISH.find(([re]) => re.test(specialty))?.[1] ?? 'Consultant Specialist';
    const mode = rng.weighted([['en', 7], ['us', 4], ['cn', 4], ['rel', 5]] as const);
    const day = mode === 'en' ? enDayFirst(page.date!) : mode === 'us' ? enMonthFirst(page.date!) : mode === 'cn' ? cnDate(page.date!) : rng.pick([`${rng.int(1, 9)}小时前`, `${rng.int(1, 9)} hours ago`]);
    const editor = otherName(rng);
    const topic = topicWord(page);
    const ad = () => `<div class="ads-box"><span>Advertisement</span><div id="div-gpt-ad-${token(rng, 8)}"></div></div>`;
    const midAd = rng.chance(0.35) && page.paragraphs.length > 1;
    const text = page.paragraphs.map((p, i) => `<p>${esc(p)}</p>${midAd && i === 0 ? ad() : ''}`).join('\n');
    const ymd = page.date!.replace(/-/g, '');
    const own = rng.chance(0.5) ? `https://www.chinapress.com.my/${ymd}/${page.item.num}/` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/${r.date!.replace(/-/g, '')}/${itemNum(r)}/`;
    const dated = rng.chance(0.4);
    const list = related.length ? `<div class="qa-list"><h3>医生答问</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <span class="date">${enDayFirst(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></div>` : '';
    const news = `<div class="related-news"><h3>相关文章</h3><ul>${['卫生部：骨痛热症病例上升　民众需提高警惕', '雪州将增设三间社区诊所', '天气炎热　医生提醒多喝水防中暑'].map((x) => `<li><a href="/${ymd}/${rng.int(100000, 999999)}/">${x}</a></li>`).join('')}</ul></div>`;
    const ld = rng.chance(0.6) ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: `医生答问｜${topic}怎么办？`, datePublished: `${page.date}T${page.time}:00+08:00`, author: { '@type': 'Person', name: editor } })}</script>\n` : '';
    const body = `<header class="site-header"><a href="/"><img src="/wp-content/themes/chinapress/images/logo.png" alt="中國報 China Press"></a><nav><a href="/category/全国/">全国</a> <a href="/category/国际/">国际</a> <a href="/category/娱乐/">娱乐</a> <a href="/category/健康/">健康</a> <a href="/category/副刊/">副刊</a></nav></header>
${ad()}
<article class="post">
<div class="cat"><a href="/category/健康/">健康</a></div>
<h1 class="entry-title">医生答问｜${esc(topic)}怎么办？</h1>
<div class="meta">报道：${esc(editor)} <span class="sep">|</span> <time>${day}</time></div>
<div class="entry-content">
<p><strong>读者问：</strong>${esc(page.question)}</p>
<p>${esc(rng.pick(ASKER_LINES))}</p>
<div class="doctor-box"><p class="dr">${esc(d.name!)}医生</p><p>${specialty}顾问医生（${consultant}）</p><p>${hospital}（${english}）</p></div>
<p><strong>医生答：</strong></p>
${text}
<p class="note"><em>*以上资讯仅供参考，如有疑问请咨询您的医生。</em></p>
</div>
</article>
${news}
${list}
<footer>© ${page.date!.slice(0, 4)} China Press 中國報 All Rights Reserved.</footer>`;
    const head = `${own ? `<meta property="og:url" content="${own}">\n` : ''}${ld}`;
    const html = documentOf(`医生答问｜${topic}怎么办？ | 中國報 China Press`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '顾问医生', department: specialty, hospital, hospital_grade: null },
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, dated),
      }),
    };
  },
};

// --- F6. songguo-qingsu-xinli-wenda ---

const PSY_TITLES = ['国家二级心理咨询师', '国家二级心理咨询师', '国家三级心理咨询师', '心理咨询师'] as const;

/**
 * F6. 松果倾诉's 问答 (www.songguo7.com/ask/{id}.html, host and path guesses), a 心理 platform where a psychologist, not a
 * doctor, answers, UTF-8: the top bar (倾诉 / 咨询 / 测评 / 问答), `<h1>` the question (keyed) with `#话题#` tags and the
 * asker's line, `提问于 ` an earlier day (none); an AI `小松速览` box on 30% (`以下内容由AI生成`: none); `咨询师回答`
 * (none) over the answerer's card before the answer: `{name}`, `{qualification}` (the title: `国家二级心理咨询师` …),
 * `从业{N}年 · 累计倾听{N}小时` and `擅长：情绪管理…` (no field), no department, no hospital (null both); the answer's
 * `<p>`s; `发布于 2023-05-06 14:22` (60%), `2023-05-06` (15%) or `昨天` / `3天前` (25%: null); 有用 / 评论; the answer
 * ends with a `1对1倾诉 ¥N/15分钟` offer (none); a 追问 / 咨询师回复 pair on 20% (none); 网友评论 (none); 相关问答
 * (question links with `N个回答`: undated) on pages with a list; canonical on half; format unknown.
 */
const songguoQingsuXinliWenda: Family = {
  name: 'songguo-qingsu-xinli-wenda',
  split: 'fresh-82',
  site: 'www.songguo7.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const title = rng.pick([...PSY_TITLES]);
    const mode = rng.weighted([['full', 12], ['iso', 3], ['rel', 5]] as const);
    const day = mode === 'full' ? `${page.date} ${page.time}` : mode === 'iso' ? page.date! : rng.pick(['昨天', `${rng.int(2, 6)}天前`]);
    const ai = rng.chance(0.3) ? `<div class="ai-box"><p class="h">小松速览 <span>以下内容由AI生成，仅供参考</span></p><ul><li>先接纳自己的情绪</li><li>尝试规律作息与运动</li></ul></div>` : '';
    const follow = rng.chance(0.2) ? `<div class="follow"><p><b>追问：</b>${rng.pick(FOLLOW_UPS)}</p><p><b>咨询师回复：</b>${rng.pick(FOLLOW_REPLIES)}</p></div>` : '';
    const comments = Array.from({ length: rng.int(0, 3) }, () => `<li><b>${rng.pick(['匿名用户', '松果网友', '小鹿'])}${rng.int(10, 99)}</b><p>${rng.pick(['抱抱楼主', '谢谢老师，很有启发', '我也有类似的困扰'])}</p></li>`);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/ask/${itemNum(r)}.html`;
    const list = related.length ? `<div class="rel"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span>${rng.int(1, 30)}个回答</span></li>`).join('\n')}</ul></div>` : '';
    const own = rng.chance(0.5) ? `https://www.songguo7.com/ask/${page.item.num}.html` : null;
    const body = `<div class="top"><a href="/"><img src="/static/logo.png" alt="松果倾诉"></a><a href="/qingsu/">倾诉</a><a href="/zixun/">咨询</a><a href="/ceping/">测评</a><a href="/ask/">问答</a><a class="dl" href="/app/">下载APP</a></div>
<div class="main"><div class="l">
<div class="q"><h1>${esc(page.question)}</h1><p class="tags"><span>#${esc(topicWord(page))}#</span><span>#${rng.pick(['情绪困扰', '睡眠', '身心健康'])}#</span></p><p class="d">${esc(rng.pick(ASKER_LINES))}</p><p class="t">提问于 ${shift(page.date!, -rng.int(1, 6))}</p></div>
${ai}
<div class="ans"><h3>咨询师回答</h3>
<div class="card"><img src="https://img.songguo7.com/avatar/${token(rng, 10)}.jpg" alt=""><div><p class="nm">${esc(d.name!)}</p><p class="qual">${title}</p><p class="exp">从业${rng.int(3, 15)}年 · 累计倾听${rng.int(200, 9000)}小时</p><p class="good">擅长：情绪管理、亲密关系、职场压力</p></div></div>
<div class="txt">${paras(page.paragraphs)}</div>
<p class="t">发布于 ${day}</p>
<div class="act"><span>有用 ${rng.int(1, 300)}</span><span>评论</span></div>
<div class="offer"><a href="/zixun/${rng.int(1000, 9999)}">找TA倾诉</a> 1对1倾诉 ¥${rng.int(19, 99)}/15分钟</div>
${follow}
</div>
<div class="cm"><h3>网友评论</h3><ul>${comments.join('')}</ul></div>
</div><div class="r">${list}</div></div>
<div class="foot">松果倾诉 心理服务平台 · 本平台不提供医疗诊断 · 如遇紧急情况请拨打心理援助热线</div>`;
    const html = documentOf(`${page.question}_松果倾诉问答`, own, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: null, hospital: null, hospital_grade: null },
        date: mode === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, own, () => null, false),
      }),
    };
  },
};

export const FRESH82_FAMILIES: readonly Family[] = [samsphZaixianZixunDo, cnsocKepuZhuanjiaDayi, cimingTijianBaogaoJiedu, aidigongYueziZhuanjiaWenda, chinapressYishengDawen, songguoQingsuXinliWenda];
