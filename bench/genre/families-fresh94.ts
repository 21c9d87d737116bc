import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { big5 } from './families-fresh10.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, ENGLISH_MONTHS, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-fourth fresh held-out set (split `fresh-94`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * twenty-ninth set**: six Chinese-language sites (or a section of one) where health questions are answered on pages
 * of their own, none of them modelled or named by an earlier split (广州日报 / 廣州日報 / dayoo / 大洋网, 上海儿童医学中心 /
 * scmc, 萬芳 / 万芳 / wanfang, 振興 / 振兴 / chgh, 屈臣氏 / watsons, 千岛日报 / 千島 / qiandao / 印尼 each grepped,
 * case-insensitive, in README.md and families*.ts: no hit but fresh-93's row naming the first four as left for later;
 * 東方日報 left alone: its host on.cc has hits; 光华, 星岛 / 星島, 益丰, 海王星辰, 杏林, 香港01 have hits and were left
 * alone), each of a kind the table had few of: a city daily's 名医问答 web copy (GB2312 declared on GBK bytes, a reporter's
 * byline and lede, a `专家：` line, a print-page line), a children's hospital's JEECMS 在线咨询 (`.jhtml`, a child's age and
 * sex, label cells, a 导医's note, `[2023-05-06]` list days), a Taipei municipal hospital's 醫療諮詢 (Big5 declared,
 * Big5 undeclared or UTF-8, ROC days with a weekday `112/05/06(六)`, a 客服中心's note first, a `{department} {name} 醫師`
 * reply line), a Taiwanese heart hospital's 院訊 Q&A web copy (an issue line with a ROC month only, a `發布日期`, a
 * `撰文／` head or a closing credit), a Hong Kong pharmacy chain's 藥劑師 Q&A (Next.js, traditional with Cantonese and
 * English, day-first days, product cards, `__NEXT_DATA__` with a later day), and an Indonesian Chinese daily's 医药信箱
 * (an Indonesian day `Sabtu, 6 Mei 2023` beside or instead of the Chinese, a `（3天前）` beside the absolute day,
 * Jakarta hospitals with Indonesian names).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the answering person's: the asker's words, a reporter's lede, an 导医's or a
 *   客服中心's note, an editor's line, product cards, hotlines, disclaimers, none of it; labels (`答：`, `A：`, `專家解答`)
 *   none;
 * - **the date the answer's day**: 广州日报's web day (`2023-05-06 08:12`; the print-page line `广州日报 A8版` carries no
 *   day); 儿童医学中心's `回复时间` (`咨询时间` none); 萬芳's `回覆日期` ROC +1911 (fresh-80); 振興's `發布日期` (the issue's
 *   `112年5月` month only none: no whole day); 屈臣氏's visible day-first `06/05/2023` or `6 May 2023` (fresh-84's HK
 *   day-first convention; `__NEXT_DATA__`'s later `updatedAt` none); 千岛's post day, the Indonesian `Sabtu, 6 Mei 2023`
 *   where it alone is printed (a certain day), the `（3天前）` beside it none;
 * - **the card** as printed; where it prints no hospital, the site's (fresh-82): 上海交通大学医学院附属上海儿童医学中心,
 *   臺北市立萬芳醫院 (the header's `－委託臺北醫學大學辦理` none), 振興醫院 where the credit prints it, else the header's
 *   振興醫療財團法人振興醫院; `{name} 醫師` the title 醫師 (fresh-80, fresh-83, fresh-90); 屈臣氏's pharmacist: `註冊藥劑師`
 *   the title, no department, the branch `屈臣氏{branch}分店` the hospital as printed (fresh-83's 一心堂 shop); 千岛's
 *   `{department}专科医生` title 专科医生 (fresh-81), the hospital's Chinese name (its `（Indonesian）` none); the grade
 *   null on every family;
 * - **format** unknown on every family;
 * - items: the related list, the snippet where printed, dated only where the whole day is printed, link-only `[]`,
 *   links as written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const hhmm = (rng: Rng) => `${two(rng.int(7, 21))}:${two(rng.int(0, 59))}`;
const cnDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const CN_WEEK = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const ZH_WD = ['日', '一', '二', '三', '四', '五', '六'] as const;
const gbOr = (html: string, decl: string, enc: string): Buffer => {
  const b = iconv.encode(html, enc);
  if (iconv.decode(b, enc) === html) return b;
  return Buffer.from(html.replace(decl, '<meta charset="utf-8">'), 'utf8');
};
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
const enDay = (iso: string) => `${Number(iso.slice(8, 10))} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const rocYear = (iso: string) => Number(iso.slice(0, 4)) - 1911;

// --- F1. dayoo-mingyi-wenda-gbk ---

const GZRB = '广州日报';

/**
 * F1. 广州日报's 名医问答 web copy on 大洋网 (news.dayoo.com/health/{yyyymm}/{dd}/{id}_{n}.htm, host as remembered, path
 * a guess), an old CMS template, GB2312 declared on 65% of pages over GBK bytes (the names may hold characters outside
 * GB2312: declared wrong, read right by browsers), UTF-8 else, canonical on 30%: `<h1>` the question, on 40% after a
 * `名医问答｜` tag (none); the info line `2023-05-06 08:12` (keyed) with `来源：广州日报` and `编辑：{name}` (none); on 50% a
 * print-page line `广州日报 A8版 健康` (none); the reporter's byline `文/广州日报全媒体记者 {name} 通讯员 {name}` and a lede
 * (none); the expert line `专家：{hospital}{department}{title} {name}` before the answer (55%) or a closing
 * `（本期专家：…）` (keyed as printed); `问：` / `答：` on 50% (labels none; the asker's line none); a hotline ad (none);
 * `更多名医问答` (link-only `[]`, dated `2023-05-06` on 50% of pages, as written) and a 热点新闻 box (news, none).
 */
const dayooMingyiWendaGbk: Family = {
  name: 'dayoo-mingyi-wenda-gbk',
  split: 'fresh-94',
  site: 'news.dayoo.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://news.dayoo.com';
    const ym = page.date!.slice(0, 7).replace('-', '');
    const path = `/health/${ym}/${page.date!.slice(8)}/${page.item.num}_${rng.int(50000000, 59999999)}.htm`;
    const canonical = rng.chance(0.3) ? `${base}${path}` : null;
    const gb = rng.chance(0.65);
    const decl = gb ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const tagged = rng.chance(0.4);
    const printLine = rng.chance(0.5);
    const headCard = rng.chance(0.55);
    const qa = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const ad = rng.chance(0.5);
    const cls = rng.pick(['article', 'content', 'xl', 'dy']);
    const h1 = tagged ? `名医问答｜${page.question}` : page.question;
    const reporter = otherName(rng);
    const related = page.related.slice(0, rng.pick([4, 8]));
    const href = (r: Related) => `${base}/health/${(r.date ?? page.date!).slice(0, 7).replace('-', '')}/${(r.date ?? page.date!).slice(8)}/${itemNum(r)}_1.htm`;
    const list = related.length
      ? `<div class="${cls}-more"><h3>更多名医问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${datedList && r.date ? `<span>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const cardText = `${esc(d.hospital!)}${esc(d.department!)}${d.title} ${esc(d.name!)}`;
    const answer = qa
      ? `<p>　　<b>问：</b>${esc(rng.pick(ASKER_LINES))}${esc(page.question)}</p>\n${page.paragraphs.map((p, i) => `<p>　　${i === 0 ? '<b>答：</b>' : ''}${esc(p)}</p>`).join('\n')}`
      : page.paragraphs.map((p) => `<p>　　${esc(p)}</p>`).join('\n');
    const news = `<div class="hot"><h3>热点新闻</h3><ul><li><a href="${base}/gzrbrmt/${token(rng, 6)}.htm">广州地铁新线下月开通试运营</a></li><li><a href="${base}/gzrbrmt/${token(rng, 6)}.htm">今年广州将新增公办学位三万个</a></li></ul></div>`;
    const body = `<div class="top"><a href="https://www.dayoo.com/"><img src="https://www.dayoo.com/img/logo.gif" alt="大洋网"></a> <a href="${base}/">新闻</a> | <a href="${base}/health/">健康</a> | <a href="${base}/guangzhou/">广州</a></div>
<div class="${cls}">
<div class="crumb">您的位置：<a href="https://www.dayoo.com/">大洋网</a> &gt; <a href="${base}/health/">健康</a> &gt; 名医问答</div>
<h1>${esc(h1)}</h1>
<div class="info"><span class="time">${page.date} ${hhmm(rng)}</span>　<span class="source">来源：${GZRB}</span>　<span class="editor">编辑：${esc(otherName(rng))}</span></div>
${printLine ? `<div class="paper">${GZRB} A${rng.int(5, 16)}版 健康</div>\n` : ''}<div class="${cls}-txt" id="text_content">
<p>　　文/${GZRB}全媒体记者 ${esc(reporter)} 通讯员 ${esc(otherName(rng))}</p>
<p>　　${rng.pick(['近日，不少读者来电咨询相关问题，记者就此采访了专家。', '换季时节，这类问题的门诊量明显增加。'])}</p>
${headCard ? `<p>　　<b>专家：</b>${cardText}</p>\n` : ''}${answer}
${headCard ? '' : `<p>　　（本期专家：${cardText}）</p>\n`}</div>
${ad ? `<div class="ad"><a href="https://www.dayoo.com/ad/${token(rng, 6)}">健康热线 020-${rng.int(8000, 8999)}${rng.int(1000, 9999)} 名医预约</a></div>\n` : ''}<p class="zrbj">责任编辑：${esc(otherName(rng))}</p>
</div>
${rng.chance(0.5) ? list + '\n' + news : news + '\n' + list}
<div class="foot">广州日报社 大洋网 版权所有 粤ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${h1}_大洋网`, canonical, '', body, decl);
    return {
      body: gb ? gbOr(html, decl, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F2. scmc-zaixian-zixun-jeecms ---

const SCMC = '上海交通大学医学院附属上海儿童医学中心';
const SCMC_DEPTS = ['小儿内科', '小儿呼吸科', '小儿消化科', '儿童保健科', '心胸外科', '小儿神经科', '发育行为儿科', '小儿皮肤科'] as const;

/**
 * F2. 上海儿童医学中心's 在线咨询 (www.scmc.com.cn/zxzx/{id}.jhtml, host as remembered, path a guess: a JEECMS
 * template), UTF-8, canonical on 40%: the header's full name (the hospital the site's, fresh-82); a table of label cells:
 * `咨询标题` the question (keyed), `患儿信息` `男 3岁2个月` (none), `咨询时间` an earlier day (none), `咨询内容` the
 * parent's words (none), then `回复科室`, `回复医生` `{name}（{title}）` or `{name} {title}` (keyed), `回复时间` `2023-05-06
 * 14:22` (keyed), `回复内容` the answer; on 45% a 导医's note `导医台：您好，您的问题已转交…` before the doctor's reply (none);
 * on 50% the answer `<br>`-parted; a 预约挂号 banner and a disclaimer (none); `同科室咨询` (link-only `[]`, dated
 * `[2023-05-06]`, `/zxzx/N.jhtml` resolved by the canonical where present).
 */
const scmcZaixianZixunJeecms: Family = {
  name: 'scmc-zaixian-zixun-jeecms',
  split: 'fresh-94',
  site: 'www.scmc.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.scmc.com.cn';
    const canonical = rng.chance(0.4) ? `${base}/zxzx/${page.item.num}.jhtml` : null;
    const dept = rng.pick([...SCMC_DEPTS]);
    const paren = rng.chance(0.5);
    const guide = rng.chance(0.45);
    const brs = rng.chance(0.5);
    const banner = rng.chance(0.5);
    const deptRowFirst = rng.chance(0.5);
    const c = rng.pick(['zx', 'consult', 'tb']);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zxzx/${itemNum(r)}.jhtml`;
    const list = related.length
      ? `<div class="${c}-list"><div class="tit">同科室咨询</div><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${r.date ? `<span class="date">[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const row = (k: string, v: string) => `<tr><th width="110">${k}</th><td>${v}</td></tr>`;
    const who = paren ? `${esc(d.name!)}（${d.title}）` : `${esc(d.name!)} ${d.title}`;
    const answer = brs ? page.paragraphs.map(esc).join('<br />\n') : paras(page.paragraphs);
    const reply = `${guide ? `<p class="dy">导医台：您好，您的问题已转交${dept}医生，请耐心等待回复。</p>\n` : ''}${answer}`;
    const asked = shift(page.date!, -rng.int(1, 5));
    const rows = [
      row('咨询标题', `<b>${esc(page.question)}</b>`),
      row('患儿信息', `${rng.pick(['男', '女'])}　${rng.int(1, 12)}岁${rng.int(1, 11)}个月`),
      row('咨询时间', `${asked} ${hhmm(rng)}`),
      row('咨询内容', esc(rng.pick(ASKER_LINES))),
      ...(deptRowFirst ? [row('回复科室', dept), row('回复医生', who)] : [row('回复医生', who), row('回复科室', dept)]),
      row('回复时间', `${page.date} ${page.time}`),
      row('回复内容', `<div class="nr">${reply}</div>`),
    ].join('\n');
    const body = `<div class="header"><img src="${base}/r/cms/www/default/images/logo.png" alt="${SCMC}"><span class="name">${SCMC}</span><span class="en">Shanghai Children's Medical Center</span></div>
<div class="nav"><a href="${base}/">首页</a><a href="${base}/yyjs/">医院介绍</a><a href="${base}/jzzn/">就诊指南</a><a href="${base}/zxzx/">在线咨询</a></div>
<div class="position">当前位置：<a href="${base}/">首页</a> &gt; <a href="${base}/zxzx/">在线咨询</a> &gt; 咨询详情</div>
<div class="${c}-detail"><table class="${c}-table" width="100%" cellspacing="0" cellpadding="8" border="1">
${rows}
</table></div>
${banner ? `<div class="banner"><a href="${base}/yygh/"><img src="${base}/u/cms/www/${token(rng, 8)}.jpg" alt="预约挂号"></a><p>预约挂号请关注医院微信公众号或拨打 021-${rng.int(3800, 3899)}${rng.int(1000, 9999)}</p></div>\n` : ''}<p class="tip">网上咨询仅供参考，不能代替面诊；如患儿病情紧急，请立即就近就医。</p>
${list}
<div class="footer">${SCMC}　地址：上海市浦东新区东方路1678号　沪ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${page.question}-在线咨询-上海儿童医学中心`, canonical, '<meta name="generator" content="JEECMS">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: dept, hospital: SCMC, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, true),
      }),
    };
  },
};

// --- F3. wanfang-yiliao-zixun-big5 ---

const WF = '臺北市立萬芳醫院';
const WF_DEPTS = ['家庭醫學科', '小兒科', '胃腸肝膽科', '心臟內科', '神經內科', '婦產科', '骨科', '皮膚科', '耳鼻喉科', '泌尿科'] as const;

/**
 * F3. 萬芳醫院's 醫療諮詢 (www.wanfang.gov.tw/p/405-1000-{id}.php, host as remembered, path a guess), traditional,
 * Big5 declared (45%), Big5 bytes undeclared (20%, a real fault: nothing says Big5) or UTF-8, no canonical: the header
 * `臺北市立萬芳醫院－委託臺北醫學大學辦理` (the hospital keyed `臺北市立萬芳醫院`, the management note none); `主旨：` the
 * question (keyed); `諮詢日期` (none); `諮詢內容` (none); on 50% a 客服中心's note `您好，您的來信已轉請…回覆` first (none);
 * the reply line `回覆：{department} {name} 醫師` (title 醫師: fresh-80, fresh-83, fresh-90) before or after the answer;
 * `回覆日期：112/05/06(六)` or `112年05月06日` (ROC +1911: fresh-80); `敬祝 安康` on 40% (none); `最新諮詢` (link-only `[]`,
 * dated ROC, `405-1000-N.php` as written).
 */
const wanfangYiliaoZixunBig5: Family = {
  name: 'wanfang-yiliao-zixun-big5',
  split: 'fresh-94',
  site: 'www.wanfang.gov.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const enc = rng.weighted([['big5', 45], ['big5-undeclared', 20], ['utf8', 35]] as const);
    const dept = rng.pick([...WF_DEPTS]);
    const slash = rng.chance(0.55);
    const service = rng.chance(0.5);
    const replyFirst = rng.chance(0.5);
    const wish = rng.chance(0.4);
    const c = rng.pick(['mpgdetail', 'consult', 'qa_view']);
    const day = (iso: string) => (slash ? `${rocYear(iso)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}(${ZH_WD[weekday(iso)]})` : `${rocYear(iso)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`);
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `405-1000-${itemNum(r)}.php`;
    const list = related.length
      ? `<div class="${c}-news"><h3>最新諮詢</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${r.date ? ` <span>${day(r.date)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const replyLine = `<p class="who">回覆：${dept} ${esc(name)} 醫師</p>`;
    const answer = `${service ? `<p class="svc">客服中心：您好，您的來信已轉請${dept}醫師回覆，說明如下。</p>\n` : ''}${replyFirst ? replyLine + '\n' : ''}${paras(paragraphs)}
${wish ? '<p>敬祝　安康</p>\n' : ''}${replyFirst ? '' : replyLine + '\n'}`;
    const body = `<div id="header"><a href="/"><img src="/var/file/0/1000/img/logo.png" alt="${WF}"></a><span class="sub">${WF}－委託臺北醫學大學辦理</span></div>
<div id="menu"><a href="/">首頁</a>｜<a href="/p/412-1000-1.php">就醫指南</a>｜<a href="/p/403-1000-21.php">醫療諮詢</a>｜<a href="/p/412-1000-2.php">衛教園地</a></div>
<div class="${c}">
<table class="baseTB" width="100%" border="0" cellpadding="5">
<tr><th width="90">主旨：</th><td><b>${esc(question)}</b></td></tr>
<tr><th>諮詢日期：</th><td>${day(shift(page.date!, -rng.int(1, 7)))}</td></tr>
<tr><th>諮詢內容：</th><td>${esc(trad(rng.pick(ASKER_LINES)))}</td></tr>
<tr><th>回覆日期：</th><td>${day(page.date!)}</td></tr>
<tr><th valign="top">回覆內容：</th><td class="reply">${answer}</td></tr>
</table>
<p class="note">※本院網路諮詢僅供參考，無法取代實際門診診療，如有不適請儘速就醫。</p>
</div>
${list}
<div id="footer">${WF}　116台北市文山區興隆路三段111號　總機：(02)2930-7930</div>`;
    const meta = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`醫療諮詢 - ${WF}`, null, '', body, meta).replace('lang="zh-CN"', 'lang="zh-TW"');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5(html),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '醫師', department: dept, hospital: WF, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, true),
      }),
    };
  },
};

// --- F4. chgh-yuanxun-qa ---

const CHGH_SHORT = '振興醫院';
const CHGH = '振興醫療財團法人振興醫院';
const CHGH_DEPTS = ['心臟內科', '心臟外科', '心臟血管外科', '新陳代謝科', '復健醫學部', '腎臟科', '胸腔內科', '小兒心臟科'] as const;

/**
 * F4. 振興醫院's 院訊 web copy, a 健康Q&A column (www.chgh.org.tw/Newsletter/Content?id={id}, host as remembered, path
 * a guess), traditional, UTF-8, canonical on 50%: the issue line `振興院訊 第N期　中華民國112年5月` (a ROC month only:
 * none, no whole day); `發布日期：2023-05-06` or `2023/05/06` (keyed); `<h2>` the column `健康Q&A` (none); `Q：` the
 * question in a `<h3>` (keyed, the `Q：` none); `A：` (label none) before the first paragraph; the card a `撰文／{department}
 * {name} 醫師` head (no hospital: the site's as the header prints it, 振興醫療財團法人振興醫院) on 45%, else a closing
 * `（本文作者：振興醫院{department} {name}醫師）` (the hospital `振興醫院` as the credit prints it, fresh-22); `{name} 醫師` /
 * `{name}醫師` title 醫師; a `瀏覽人次` count and a print / share bar (none); `本期目錄` (the issue's other articles, link-only
 * `[]`, undated, `Content?id=N` as written or by the canonical).
 */
const chghYuanxunQa: Family = {
  name: 'chgh-yuanxun-qa',
  split: 'fresh-94',
  site: 'www.chgh.org.tw',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const base = 'https://www.chgh.org.tw';
    const canonical = rng.chance(0.5) ? `${base}/Newsletter/Content?id=${page.item.num}` : null;
    const dept = rng.pick([...CHGH_DEPTS]);
    const head = rng.chance(0.45);
    const slash = rng.chance(0.5);
    const ownA = rng.chance(0.5);
    const tocFirst = rng.chance(0.4);
    const views = rng.chance(0.6);
    const issue = rng.int(380, 420);
    const related = page.related.slice(0, 7).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/Newsletter/Content?id=${itemNum(r)}`;
    const toc = related.length
      ? `<div class="toc"><h4>本期目錄</h4><ol>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ol></div>`
      : '';
    const answer = ownA
      ? `<p class="a"><b>A：</b></p>\n${paras(paragraphs)}`
      : paragraphs.map((p, i) => `<p>${i === 0 ? '<b>A：</b>' : ''}${esc(p)}</p>`).join('\n');
    const article = `<article class="nl-article">
<div class="issue">振興院訊 第${issue}期　中華民國${rocYear(page.date!)}年${Number(page.date!.slice(5, 7))}月</div>
<h2 class="col">健康Q&amp;A</h2>
<h3 class="q">Q：${esc(question)}</h3>
<div class="meta">發布日期：${slash ? page.date!.replace(/-/g, '/') : page.date}${views ? `　瀏覽人次：${rng.int(120, 9800)}` : ''}</div>
${head ? `<p class="author">撰文／${dept} ${esc(name)} 醫師</p>\n` : ''}${answer}
${head ? '' : `<p class="credit">（本文作者：${CHGH_SHORT}${dept} ${esc(name)}醫師）</p>\n`}<div class="tools"><a href="javascript:window.print()">列印</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical ?? base)}">分享</a></div>
</article>`;
    const body = `<header><a href="/"><img src="/images/logo.svg" alt="${CHGH}"></a><span class="site">${CHGH}</span>
<nav><a href="/Page/Guide">就醫指南</a><a href="/Newsletter">振興院訊</a><a href="/Health">衛教資訊</a></nav></header>
<main>${tocFirst ? toc + '\n' + article : article + '\n' + toc}</main>
<footer>${CHGH}　112台北市北投區振興街45號　Cheng Hsin General Hospital</footer>`;
    const html = documentOf(`${question} - 振興院訊`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body).replace('lang="zh-CN"', 'lang="zh-Hant-TW"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '醫師', department: dept, hospital: head ? CHGH : CHGH_SHORT, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F5. watsons-hk-pharmacist-qa ---

const WATSONS_BRANCHES = ['銅鑼灣', '旺角', '沙田', '荃灣', '觀塘', '將軍澳', '屯門', '北角'] as const;

/**
 * F5. 屈臣氏 Hong Kong's 藥劑師 Q&A (www.watsons.com.hk/zh_hk/pharmacist-qa/{id}, host as remembered, path a guess;
 * whether the site runs such a column at all is a guess), Next.js, traditional with Cantonese and English, UTF-8, canonical
 * on 60%: `<h1>` the question (keyed), on 35% after a `【藥劑師話你知】` tag (none); the day-first `06/05/2023` or `6 May 2023`
 * (keyed, fresh-84's HK day-first convention); `__NEXT_DATA__` with a later `updatedAt` (none); the card `{name}` over
 * `註冊藥劑師 Registered Pharmacist` and `屈臣氏{branch}分店` (title 註冊藥劑師, no department, the branch as printed:
 * fresh-83's shop) above or below the answer; `藥劑師解答` (label none); product cards `立即購買` (none); a `Pharmacist
 * Hotline` line (none); `更多藥劑師Q&A` with a snippet on 50% of pages (else `[]`), dated as the page dates, absolute by
 * the canonical or as written.
 */
const watsonsHkPharmacistQa: Family = {
  name: 'watsons-hk-pharmacist-qa',
  split: 'fresh-94',
  site: 'www.watsons.com.hk',
  render(page, rng): Rendered {
    const name = trad(page.doctor.name!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const base = 'https://www.watsons.com.hk';
    const canonical = rng.chance(0.6) ? `${base}/zh_hk/pharmacist-qa/${page.item.num}` : null;
    const branch = `屈臣氏${rng.pick([...WATSONS_BRANCHES])}分店`;
    const tagged = rng.chance(0.35);
    const en = rng.chance(0.45);
    const cardTop = rng.chance(0.5);
    const products = rng.chance(0.6);
    const snip = rng.chance(0.5);
    const label = rng.chance(0.5);
    const day = (iso: string) => (en ? enDay(iso) : dmy(iso));
    const h = () => token(rng, 5);
    const k = { card: h(), body: h(), rel: h() };
    const h1 = tagged ? `【藥劑師話你知】${question}` : question;
    const related = page.related.slice(0, 6).map((r) => ({ ...r, question: trad(r.question), snippet: trad(r.snippet) }));
    const href = (r: Related) => `/zh_hk/pharmacist-qa/${itemNum(r)}`;
    const list = related.length
      ? `<section class="RelatedQa_wrap__${k.rel}"><h2>更多藥劑師Q&amp;A</h2>${related.map((r) => `<a class="RelatedQa_item__${k.rel}" href="${href(r)}"><h3>${esc(r.question)}</h3>${snip ? `<p>${esc(r.snippet)}</p>` : ''}${r.date ? `<time>${day(r.date)}</time>` : ''}</a>`).join('\n')}</section>`
      : '';
    const card = `<div class="PharmacistCard_card__${k.card}"><img src="${base}/medias/pharmacist/${token(rng, 10)}.jpg" alt=""><div><p class="PharmacistCard_name__${k.card}">${esc(name)}</p><p>註冊藥劑師 Registered Pharmacist</p><p>${branch}</p></div></div>`;
    const prod = products
      ? `<div class="ProductCarousel_wrap__${h()}">${[0, 1].map(() => `<div class="pc"><img src="${base}/medias/p/${token(rng, 8)}.jpg" alt=""><p>${rng.pick(['維他命C 1000mg 60粒', '益生菌 30包', '魚油 Omega-3 90粒', '葡萄糖胺 120粒'])}</p><p>HK$${rng.int(60, 380)}</p><button>立即購買</button></div>`).join('')}</div>`
      : '';
    const body = `<div id="__next"><header class="Header_top__${h()}"><a href="/zh_hk/"><img src="${base}/_ui/logo.svg" alt="Watsons 屈臣氏"></a><a href="/zh_hk/health">健康</a><a href="/zh_hk/beauty">美容</a><a href="/zh_hk/pharmacist-qa">藥劑師Q&amp;A</a></header>
<main class="Article_main__${k.body}">
<h1>${esc(h1)}</h1>
<time class="Article_date__${k.body}" datetime="${page.date}">${day(page.date!)}</time>
${cardTop ? `${card}\n` : ''}<div class="Article_body__${k.body}">
${label ? '<h2>藥劑師解答</h2>\n' : ''}${paras(paragraphs)}
</div>
${cardTop ? '' : `${card}\n`}<p class="hotline">Pharmacist Hotline 藥劑師熱線：2608 8383（星期一至五 9am-6pm）</p>
${prod}
<p class="disclaimer">以上資料只供參考，如有疑問請諮詢你的醫生或藥劑師。</p>
</main>
${list}
<footer>© A.S. Watson Group (HK) Ltd.</footer></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { qa: { id: page.item.num, pharmacist: name, store: branch, createdAt: `${page.date}T${page.time}:00+08:00`, updatedAt: `${shift(page.date!, rng.int(10, 300))}T11:00:00+08:00` } } }, page: '/pharmacist-qa/[id]', buildId: token(rng, 12) })}</script>`;
    const html = documentOf(`${h1} | Watsons 屈臣氏`, canonical, '<meta name="viewport" content="width=device-width">\n', body).replace('lang="zh-CN"', 'lang="zh-HK"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title: '註冊藥劑師', department: null, hospital: branch, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), true),
      }),
    };
  },
};

// --- F6. qiandao-yiyao-xinxiang ---

const ID_HOSPITALS: readonly (readonly [string, string])[] = [
  ['西罗亚医院', 'Siloam Hospitals'],
  ['本多印达医院', 'RS Pondok Indah'],
  ['米特拉家庭医院', 'Mitra Keluarga'],
  ['和平医院', 'RS Husada'],
  ['普鲁伊特医院', 'RS Pluit'],
  ['亚洲保健医院', 'RS Medistra'],
];
const ID_WEEK = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;
const idDay = (iso: string) => `${ID_WEEK[weekday(iso)]}, ${Number(iso.slice(8, 10))} ${ID_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * F6. 千岛日报's 医药信箱 (www.qiandaoribao.com/news/{id}, host and path guesses; the hospitals' Chinese names partly
 * guessed), an Indonesian Chinese daily's PHP site, simplified, UTF-8, canonical on 50%: the top bar's Indonesian today
 * `Senin, 12 Juni 2023` (the site's later day: none); `<h1>` the question (keyed), on 30% after `医药信箱：` (none); the
 * post day as `2023年5月6日 星期六` (35%), the Indonesian `Sabtu, 6 Mei 2023` alone (35%: keyed, a certain day) or both
 * (30%), on 40% with a `（3天前）`-style relative day beside it (none: the absolute day is keyed); `读者{X}（泗水）来信：`
 * (none); the card `{hospital}（{Indonesian}）{department}专科医生 {name}医生` at the head (50%) or a closing `（{name}医生，
 * {hospital}{department}专科医生）` (title 专科医生, department the specialty: fresh-81; the Indonesian name none); a
 * `医生答：` label on 50% (none); a clinic's ad with a WhatsApp number (none); `医药信箱其他文章` with an excerpt on 40% of
 * pages (else `[]`), dated `2023-05-06`, absolute as written.
 */
const qiandaoYiyaoXinxiang: Family = {
  name: 'qiandao-yiyao-xinxiang',
  split: 'fresh-94',
  site: 'www.qiandaoribao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.qiandaoribao.com';
    const canonical = rng.chance(0.5) ? `${base}/news/${page.item.num}` : null;
    const [hosp, idName] = rng.pick(ID_HOSPITALS);
    const form = rng.weighted([['cn', 35], ['id', 35], ['both', 30]] as const);
    const ago = rng.chance(0.4);
    const tagged = rng.chance(0.3);
    const headCard = rng.chance(0.5);
    const label = rng.chance(0.5);
    const snip = rng.chance(0.4);
    const ad = rng.chance(0.5);
    const today = shift(page.date!, rng.int(1, 6));
    const agoDays = Math.round((Date.parse(today) - Date.parse(page.date!)) / 86_400_000);
    const h1 = tagged ? `医药信箱：${page.question}` : page.question;
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `${base}/news/${itemNum(r)}`;
    const list = related.length
      ? `<div class="side-box"><h3>医药信箱其他文章</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p class="ex">${esc(r.snippet)}</p>` : ''}${r.date ? `<span class="tm">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const dayText = form === 'cn' ? `${cnDay(page.date!)} ${CN_WEEK[weekday(page.date!)]}` : form === 'id' ? idDay(page.date!) : `${idDay(page.date!)} / ${cnDay(page.date!)}`;
    const headLine = `<p class="doc">${hosp}（${idName}）${esc(d.department!)}专科医生 ${esc(d.name!)}医生</p>`;
    const credit = `<p class="doc">（${esc(d.name!)}医生，${hosp}${esc(d.department!)}专科医生）</p>`;
    const body = `<div class="topbar"><span>${idDay(shift(today, rng.int(0, 1)))}</span> <a href="${base}/epaper">电子报</a></div>
<header><a href="${base}/"><img src="${base}/assets/img/logo.png" alt="千岛日报"></a>
<ul class="nav"><li><a href="${base}/category/indonesia">印尼新闻</a></li><li><a href="${base}/category/huashe">华社</a></li><li><a href="${base}/category/health">医药信箱</a></li></ul></header>
<div class="container"><div class="main">
<div class="breadcrumb"><a href="${base}/">首页</a> » <a href="${base}/category/health">医药信箱</a></div>
<h1>${esc(h1)}</h1>
<div class="post-meta"><span class="date">${dayText}</span>${ago ? ` <span class="ago">（${agoDays}天前）</span>` : ''} <span class="views">阅读 ${rng.int(80, 3000)}</span></div>
<div class="post-content">
${headCard ? `${headLine}\n` : ''}<p>读者${rng.pick(['林', '黄', '陈', '郑'])}${rng.pick(['先生', '女士'])}（${rng.pick(['泗水', '棉兰', '万隆', '坤甸'])}）来信：${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><strong>医生答：</strong></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `${credit}\n`}</div>
${ad ? `<div class="ad"><img src="${base}/uploads/ad/${token(rng, 6)}.jpg" alt=""><p>${hosp}华语服务 WhatsApp: +62 8${rng.int(11, 59)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}</p></div>\n` : ''}<div class="share">分享：<a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
</div>
<aside class="sidebar">${list}</aside></div>
<footer>© 千岛日报 Harian Nusantara · Jakarta</footer>`;
    const html = documentOf(`${h1} - 千岛日报`, canonical, '', body).replace('lang="zh-CN"', 'lang="zh-Hans-ID"');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital: hosp, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), true),
      }),
    };
  },
};

export const FRESH94_FAMILIES: readonly Family[] = [dayooMingyiWendaGbk, scmcZaixianZixunJeecms, wanfangYiliaoZixunBig5, chghYuanxunQa, watsonsHkPharmacistQa, qiandaoYiyaoXinxiang];
