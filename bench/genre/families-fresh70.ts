import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ymd } from './families-fresh67.js';
import { ASKER_LINES, FEW_SURNAMES, cnDate, documentOf, hm, hospitalWithGrade, itemNum, personName, shift, token } from './ordinary-parts.js';
import { charsetMeta, cls, encode, esc, wrap, type Encoding } from './parts.js';
import type { Format, TruthDoctor, TruthPage } from './truth.js';

/**
 * Seventieth fresh held-out set (split `fresh-70`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **health-check centres, lab-test
 * companies and report-reading services, where a doctor answers a customer's question about their check-up or test
 * report**, as such pages stand in 2026: a 美年 / 爱康-kind check-up chain's 报告解读 H5 share, a 金域 / 迪安-kind lab
 * company's 检验报告咨询 page, a hospital 健康管理中心's 报告解读问答 column, a health insurer's 体检后咨询 service record, a
 * 报告解读 mini-program's chat, and a consumer gene-test community's Q&A on 肿瘤标志物 and 基因 reports. Not fresh-17's
 * lab-units or answer-table (values and tables inside the answer), nor fresh-40's order-receipt or consult-report (an
 * order page, an internet hospital's downloaded report): other sites, other markup, other hard cases. Modelled from
 * memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the asker's report is neither question nor answer**: its tables (项目 / 结果 / 参考范围 / 单位, ↑↓ marks), 异常项
 *   chips, 体检编号, 条码号, 送检机构, a 总检建议 / 复查建议 list the report prints, and the user's uploaded-report card are
 *   the customer's material; the question is the question as the page titles or asks it (the asker's words after it none);
 * - **report values the answer cites as report rows** (a `【报告原文】` line, a cited-row chip or a one-row table between
 *   the doctor's paragraphs) are none of the answer: they repeat the report; the doctor's own sentences are all of it;
 * - **whose words are the answer**: a doctor's or another health professional's with a 卫生专业技术职称 (the 医师, 技师,
 *   护师, 药师 series: a lab's 主管技师 answering is the answerer); **a 健康管理师, 遗传咨询师, 客服 or AI 解读 is not**:
 *   their messages (a 健康管理师's greeting and closing, an `AI初步解读`, a counsellor's answer shown first) are none of it;
 *   a patient's 追问 and the doctor's 追答 after the first reply are none of it and date nothing (fresh-11's convention);
 * - **the title is the 职称 as printed** (主任医师, 主治医师, 主管技师, 副主任技师); **a role is no title**: 主检医师,
 *   总检医师, 解读医生, 认证医生 and a centre's 主任 post are null where no 职称 is printed; a department glued before the
 *   title (`检验科主管技师`) is the department;
 * - **the hospital where the answerer works as printed**: a check-up chain's branch (`瑞康体检东湖分院`), a lab company
 *   (`金瑞医学检验所（江州）`), a hospital for its 健康管理中心 (the masthead's, the centre the department); never the
 *   report's 体检机构 or 送检机构 where the doctor works elsewhere, nor the insurer; **the grade only where printed beside the
 *   hospital** (chains and labs print none: null);
 * - **the date the doctor's reply's day**: 体检日期, 报告日期, 采样时间, 报告时间, 提问时间, the asker's upload, a service
 *   record's other steps (提交, 受理, 完成) and 追答 days date nothing; a column article's 发布时间 dates its answer; a
 *   chat's day is the separator over the doctor's first bubble (a time-only separator on the day of an earlier full
 *   one keeps that day); a yearless (`5月6日 14:22`) or relative (`昨天 14:22`, `星期三`, `3天前`) day names none (null);
 *   `编辑于` is the answer's update: it dates the answer only where no `发布于` is printed (the README's convention);
 * - format voice where a voice reply shows (its 转文字 text the answer), text where `服务类型：图文咨询` is printed, else
 *   unknown; masked names and numbers (`张**`, `138****1234`) are nobody's card; upsell cards (加项, 套餐, ¥ prices) and
 *   disclaimers are none of the answer and no items; items: an item's link as written where the page names no address
 *   of its own, else resolved against the canonical or og:url; an item showing only its question is a link (`[]`).
 */

type Related = TruthPage['related'][number];

// --- the customer's report ---

type Analyte = readonly [name: string, unit: string, low: number, high: number, digits: number];
const CHEMISTRY: readonly Analyte[] = [
  ['谷丙转氨酶(ALT)', 'U/L', 9, 50, 0], ['谷草转氨酶(AST)', 'U/L', 15, 40, 0], ['γ-谷氨酰转移酶(GGT)', 'U/L', 10, 60, 0], ['总胆固醇(TC)', 'mmol/L', 2.8, 5.2, 2],
  ['甘油三酯(TG)', 'mmol/L', 0.45, 1.7, 2], ['低密度脂蛋白胆固醇(LDL-C)', 'mmol/L', 1.5, 3.4, 2], ['空腹血糖(GLU)', 'mmol/L', 3.9, 6.1, 2], ['尿酸(UA)', 'μmol/L', 208, 428, 0],
  ['肌酐(Cr)', 'μmol/L', 57, 111, 0], ['白细胞计数(WBC)', '×10^9/L', 3.5, 9.5, 2], ['血红蛋白(HGB)', 'g/L', 130, 175, 0], ['促甲状腺激素(TSH)', 'mIU/L', 0.27, 4.2, 2],
  ['糖化血红蛋白(HbA1c)', '%', 4, 6, 1], ['同型半胱氨酸(HCY)', 'μmol/L', 5, 15, 1],
];
const MARKERS: readonly Analyte[] = [
  ['癌胚抗原(CEA)', 'ng/mL', 0, 5, 2], ['甲胎蛋白(AFP)', 'ng/mL', 0, 7, 2], ['糖类抗原CA19-9', 'U/mL', 0, 37, 1], ['糖类抗原CA125', 'U/mL', 0, 35, 1],
  ['糖类抗原CA72-4', 'U/mL', 0, 6.9, 2], ['神经元特异性烯醇化酶(NSE)', 'ng/mL', 0, 16.3, 1], ['细胞角蛋白19片段(CYFRA21-1)', 'ng/mL', 0, 3.3, 2], ['总前列腺特异性抗原(tPSA)', 'ng/mL', 0, 4, 2],
];

interface LabRow {
  name: string;
  value: string;
  unit: string;
  range: string;
  flag: '↑' | '↓' | '';
}
/** `n` rows of a report, at least one out of range (the reason the customer asks). */
const labRows = (rng: Rng, pool: readonly Analyte[], n: number): LabRow[] =>
  rng.shuffle(pool).slice(0, n).map(([name, unit, low, high, digits], i) => {
    let flag = i === 0 ? '↑' : rng.weighted([['', 6], ['↑', 3], ['↓', 1]] as const);
    if (flag === '↓' && low === 0) flag = '';
    const value = flag === '↑' ? high * (1.1 + rng.next()) : flag === '↓' ? low * (0.5 + rng.next() * 0.4) : low + (high - low) * (0.1 + rng.next() * 0.8);
    const range = low === 0 ? rng.pick([`0-${high}`, `<${high}`]) : `${low.toFixed(digits)}-${high.toFixed(digits)}`;
    return { name, value: value.toFixed(digits), unit, range, flag };
  });
/** The report as a table: headers, order of columns and the ↑↓ mark (a 提示 column or glued to the value) drawn. */
function reportTable(rng: Rng, rows: readonly LabRow[]): string {
  const [item, result, range] = rng.pick([['项目', '结果', '参考范围'], ['检验项目', '检测结果', '参考区间'], ['项目名称', '结果', '参考值']] as const);
  const flagColumn = rng.chance(0.5);
  const unitFirst = rng.chance(0.3);
  const head = [item, result, ...(flagColumn ? ['提示'] : []), ...(unitFirst ? ['单位', range] : [range, '单位'])];
  const cell = (r: LabRow) => [esc(r.name), flagColumn ? r.value : `${r.value}${r.flag ? ` <b${cls(rng)}>${r.flag}</b>` : ''}`, ...(flagColumn ? [r.flag] : []), ...(unitFirst ? [r.unit, r.range] : [r.range, r.unit])];
  const th = rng.chance(0.6) ? `<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` : `<tr>${head.map((h) => `<td><b>${h}</b></td>`).join('')}</tr>`;
  return `<table${cls(rng)}>${th}<tbody>${rows.map((r) => `<tr${r.flag ? ' class="abn"' : ''}>${cell(r).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
const abnormal = (rows: readonly LabRow[]) => rows.filter((r) => r.flag);
const shortName = (r: LabRow) => r.name.replace(/\(.*\)$/u, '');
/** A report row as an answer quotes it: none of the answer. */
const citedRow = (r: LabRow, rng: Rng) =>
  rng.pick([`【报告原文】${r.name} ${r.value} ${r.unit} ${r.flag}（参考值 ${r.range}）`, `${shortName(r)}：${r.value}${r.flag} ${r.unit}　参考范围 ${r.range}`, `📋 ${r.name} ${r.value}${r.flag}`]);

// --- masking, upsell, centres ---

const masked = (rng: Rng) => `${rng.pick(FEW_SURNAMES)}${rng.pick(['**', '*', '某某', '**'])}`;
export const maskedPhone = (rng: Rng) => `1${rng.pick(['38', '39', '58', '86', '37', '51'])}****${rng.int(1000, 9999)}`;
const maskedNo = (rng: Rng, prefix: string) => `${prefix}${rng.int(2200, 2412)}****${rng.int(1000, 9999)}`;
const PACKAGES: readonly (readonly [string, number])[] = [['肿瘤标志物12项', 398], ['甲状腺彩超', 180], ['颈动脉彩超', 260], ['胃功能三项', 220], ['低剂量螺旋CT', 450], ['糖化血红蛋白', 60], ['同型半胱氨酸', 80], ['幽门螺杆菌呼气试验', 150]];
/** A card selling add-on tests or a re-check package: none of the answer, no items. */
const upsellCard = (rng: Rng) =>
  `<div${cls(rng)}><h4>${rng.pick(['加项推荐', '为您推荐', '复查套餐', '专属优惠'])}</h4>${rng
    .shuffle(PACKAGES)
    .slice(0, rng.int(1, 3))
    .map(([n, p]) => `<div${cls(rng)}><b>${n}</b> <s>¥${p}</s> <em>¥${Math.round(p * 0.7)}</em> <a href="/mall/item/${rng.int(1000, 9999)}">${rng.pick(['立即加购', '去预约', '加项'])}</a></div>`)
    .join('')}</div>`;
const REPORT_DISCLAIMERS = ['本解读仅针对本次体检报告，不能替代临床诊断，如有不适请及时就医。', '温馨提示：检验结果需结合临床表现综合判断，解读内容仅供参考。', '报告解读服务不构成诊疗意见，异常项目请遵医嘱复查。'];
const CHAINS = ['美康健体检', '瑞康体检', '慈安健康体检'];
const AREAS = ['东湖', '高新', '滨江', '城南', '开发区'];
export const cityOf = (page: TruthPage) => page.doctor.hospital!.match(/^(.+?)市/u)?.[1] ?? '江州';
/** A check-up chain's branch, as the page prints it. */
const branchName = (rng: Rng, page: TruthPage) => {
  const chain = rng.pick(CHAINS);
  const city = cityOf(page);
  const area = rng.pick(AREAS);
  return rng.pick([`${chain}${city}${area}分院`, `${chain}（${city}${area}分院）`, `${city}${chain}${area}中心`]);
};
/** The day as a service page prints it, with its time: 2023-05-06 14:22, 2023年5月6日 14:22, 2023/05/06 14:22. */
const stamp = (rng: Rng, iso: string, time: string) => `${rng.pick([iso, cnDate(iso), iso.replace(/-/g, '/')])} ${time}`;
/** A day with no year: 05-06 14:22, 5月6日. */
const yearless = (rng: Rng, iso: string, time: string) => {
  const [, m, d] = ymd(iso);
  return rng.pick([`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${time}`, `${m}月${d}日 ${time}`]);
};

/** Items at `href`, with their snippet where printed, dated where `dated`, resolved against `own` where the page names it. */
export const keyedItems = (related: readonly Related[], href: (r: Related) => string, own: string | null, snippet: boolean, dated: boolean): ExpectedItem[] =>
  related.map((r) => ({ question: r.question, paragraphs: snippet ? [r.snippet] : [], format: 'unknown', date: dated ? r.date : null, url: own ? new URL(href(r), own).href : href(r) }));
export const paras = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
/** A voice reply (its length) and the 转文字 text under it, where `voice`; the paragraphs alone else. */
const voiceOr = (rng: Rng, voice: boolean, text: string) =>
  voice ? `<div${cls(rng)}><span${cls(rng)}>▶</span> <span${cls(rng)}>${rng.int(20, 59)}″</span></div><div${cls(rng)}><span>${rng.pick(['转文字', '语音转文字'])}</span>${text}</div>` : text;

// --- F1. tijian-app-jiedu-share ---

const SECTIONS = ['内科', '外科', '超声科', '妇科', '全科'];
/**
 * F1. A 美年 / 爱康-kind check-up chain's 报告解读 H5 share (m.meikangjk.com/share/report-qa?id=…): Vue `data-v-*`, an open-app bar;
 * the customer (`张** · 女 · 46岁`), 体检编号 masked, 体检日期 and 报告日期 (before the reply), 异常项 chips; `我的问题` with the asker's
 * line; the reply under `主检医师` / `解读医生` (role badge): name, the 职称 on 65%, the branch, a section (内科, 超声科) on half; on 40%
 * a cited report row before a paragraph; a voice reply (`▶ 45″`, 转文字) on 60% of voice pages; `解读时间` full or yearless (20%);
 * a disclaimer, an upsell card; 其他人也在问 (question, snippet, no day), root-relative, og:url on 40%.
 */
const tijianAppJieduShare: Family = {
  name: 'tijian-app-jiedu-share',
  split: 'fresh-70',
  site: 'm.meikangjk.com',
  render(page, rng): Rendered {
    const v = `data-v-${token(rng, 8)}`;
    const rows = labRows(rng, rng.chance(0.3) ? MARKERS : CHEMISTRY, rng.int(3, 7));
    const reported = shift(page.date!, -rng.int(0, 6));
    const examined = shift(reported, -rng.int(3, 8));
    const branch = branchName(rng, page);
    const titled = rng.chance(0.65);
    const section = rng.chance(0.5) ? rng.pick(SECTIONS) : null;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const full = rng.chance(0.8);
    const role = rng.pick(['主检医师', '解读医生', '总检医生']);
    const citeAt = rng.chance(0.4) ? rng.int(0, page.paragraphs.length - 1) : -1;
    const text = page.paragraphs.map((p, i) => `${i === citeAt ? `<div class="cite" ${v}>${esc(citedRow(abnormal(rows)[0]!, rng))}</div>` : ''}<p ${v}>${esc(p)}</p>`).join('\n');
    const d = page.doctor;
    const card = `<div${cls(rng)} ${v}><img src="https://img.meikangjk.com/avatar/${token(rng, 10)}.png" ${v}><div ${v}><b ${v}>${esc(d.name!)}</b> <span class="role" ${v}>${role}</span>${titled ? ` <span ${v}>${d.title}</span>` : ''}<p ${v}>${esc(branch)}${section ? ` · ${section}` : ''}</p></div></div>`;
    const when = `<p${cls(rng)} ${v}>${rng.pick(['解读时间：', '回复于 ', ''])}${full ? stamp(rng, page.date!, page.time) : yearless(rng, page.date!, page.time)}</p>`;
    const own = rng.chance(0.4) ? `https://m.meikangjk.com/share/report-qa?id=${page.item.num}` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/share/report-qa?id=${itemNum(r)}`;
    const list = related.length
      ? `<div${cls(rng)} ${v}><h3 ${v}>${rng.pick(['其他人也在问', '相似解读', '大家都在问'])}</h3>${related.map((r) => `<a href="${href(r)}"${cls(rng)} ${v}><p ${v}>${esc(r.question)}</p><p ${v}>${esc(r.snippet)}</p></a>`).join('\n')}</div>`
      : '';
    const chips = abnormal(rows).map((r) => `<span${cls(rng)} ${v}>${esc(shortName(r))} ${r.value} ${r.unit} ${r.flag}</span>`).join('');
    const body = `<div id="app"><div${cls(rng)} ${v}><img src="/static/logo.png" ${v}> 美康健康 <a href="https://a.app.qq.com/o/simple.jsp?pkgname=com.meikang.health" ${v}>打开APP 查看完整报告</a></div>
<div${cls(rng)} ${v}><h2 ${v}>报告解读</h2><p ${v}>${masked(rng)} · ${rng.pick(['男', '女'])} · ${rng.int(24, 68)}岁</p><p ${v}>体检编号：${maskedNo(rng, 'TJ')}</p><p ${v}><span ${v}>体检日期：${examined}</span> <span ${v}>报告日期：${reported}</span></p>
<div ${v}><h4 ${v}>异常项（${abnormal(rows).length}）</h4>${chips}</div>${rng.chance(0.5) ? wrap(rng, reportTable(rng, rows), 1) : ''}</div>
<div${cls(rng)} ${v}><h3 ${v}>我的问题</h3><h1${cls(rng)} ${v}>${esc(page.question)}</h1><p ${v}>${esc(rng.pick(ASKER_LINES))}</p></div>
<div${cls(rng)} ${v}>${rng.chance(0.5) ? `${card}${when}` : `${when}${card}`}${voiceOr(rng, voice, wrap(rng, text, 1))}<p${cls(rng)} ${v}>${rng.pick(REPORT_DISCLAIMERS)}</p></div>
${upsellCard(rng)}
${list}</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 报告解读 - 美康健康`, null, head, body);
    const doctor: TruthDoctor = { name: d.name, title: titled ? d.title : null, department: section, hospital: branch, hospital_grade: null };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: full ? page.date : null, format: voice ? 'voice' : 'unknown', related: keyedItems(related, href, own, true, false) }),
    };
  },
};

// --- F2. lab-jianyan-zixun ---

const LABS = ['金瑞医学检验所', '迪康医学检验实验室', '华检医学检验中心'];
const LAB_GROUPS = ['检验科', '临床免疫组', '生化检验部', '分子诊断中心', '临床检验中心'];
const LAB_TITLES = ['主管技师', '副主任技师', '主任技师', '技师'];
/**
 * F2. A 金域 / 迪安-kind lab company's 检验报告咨询 page (www.jinrui-lab.com/zixun/{id}.html; GBK on 20%): nav, crumbs 首页 > 检验咨询 >
 * 报告解读; `<h1>` question; `咨询人：李** 手机：139****5678 提问时间：…`; a 检验信息 table (条码号 masked, 送检机构 another hospital,
 * 标本类型, 采样时间, 报告时间); the uploaded result rows; `专家回复`: name and `检验科主管技师` glued or `主管技师 | 临床免疫组` (a 技师-series
 * 职称 on 70%, else a 检验科 doctor with the truth's 职称), the lab (`金瑞医学检验所（江州）`); the answer with one or two cited rows
 * between its paragraphs on 60%; `回复时间` on 80%; a 温馨提示; 相关咨询: linked questions with `[day]`, the snippet under them on half (else link items), canonical on half.
 */
const labJianyanZixun: Family = {
  name: 'lab-jianyan-zixun',
  split: 'fresh-70',
  site: 'www.jinrui-lab.com',
  render(page, rng): Rendered {
    const enc: Encoding = rng.chance(0.2) ? 'gbk-meta' : 'utf-8';
    const rows = labRows(rng, rng.chance(0.6) ? MARKERS : CHEMISTRY, rng.int(3, 8));
    const reported = shift(page.date!, -rng.int(1, 4));
    const sampled = shift(reported, -rng.int(1, 3));
    const asked = shift(page.date!, -rng.int(0, 1));
    const lab = `${rng.pick(LABS)}${rng.chance(0.5) ? `（${cityOf(page)}）` : ''}`;
    const tech = rng.chance(0.7);
    const group = rng.pick(LAB_GROUPS);
    const title = tech ? rng.pick(LAB_TITLES) : page.doctor.title!;
    const glued = rng.chance(0.5);
    const cardFirst = rng.chance(0.6);
    const replied = rng.chance(0.8);
    const d = page.doctor;
    const cites = rng.chance(0.6) ? abnormal(rows).slice(0, 2) : [];
    const cite = (r: LabRow) => `<div${cls(rng)}>${esc(citedRow(r, rng))}</div>`;
    const text = page.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i < cites.length && i < page.paragraphs.length - 1 ? cite(cites[i]!) : ''}`).join('\n');
    const cardLine = glued ? `${esc(d.name!)} ${group}${title}` : `${esc(d.name!)} <span${cls(rng)}>${title}</span> | <span${cls(rng)}>${group}</span>`;
    const card = `<div${cls(rng)}><img src="/uploads/expert/${token(rng, 8)}.jpg" alt="${esc(d.name!)}"><p>${cardLine}</p><p${cls(rng)}>${esc(lab)}</p></div>`;
    const info = `<table${cls(rng)}><tr><td>条码号</td><td>${maskedNo(rng, '10')}</td><td>送检机构</td><td>${esc(`${cityOf(page)}市${rng.pick(['第二人民医院', '中心医院', '妇幼保健院', '社区卫生服务中心'])}`)}</td></tr><tr><td>标本类型</td><td>${rng.pick(['血清', '全血', '尿液'])}</td><td>采样时间</td><td>${sampled} ${hm(rng)}</td></tr><tr><td>报告时间</td><td colspan="3">${reported} ${hm(rng)}</td></tr></table>`;
    const own = rng.chance(0.5) ? `https://www.jinrui-lab.com/zixun/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zixun/${itemNum(r)}.html`;
    const snippets = rng.chance(0.5);
    const list = related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关咨询', '相关问题', '其他用户咨询'])}</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a> <span>[${r.date}]</span>${snippets ? `<p${cls(rng)}>${esc(r.snippet)}</p>` : ''}</li>`).join('')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">金瑞医学</a> <a href="/about/">关于我们</a> <a href="/xiangmu/">检验项目</a> <a href="/report/">报告查询</a> <a href="/zixun/">检验咨询</a></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/zixun/">检验咨询</a> &gt; 报告解读</div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p${cls(rng)}>咨询人：${masked(rng)}　手机：${maskedPhone(rng)}　提问时间：${asked} ${hm(rng)}</p><p>${esc(rng.pick(ASKER_LINES))}</p>
<h4>检验信息</h4>${info}<h4>${rng.pick(['报告结果（用户上传）', '检验结果', '我的报告'])}</h4>${reportTable(rng, rows)}</div>
<div${cls(rng)}><h3>${rng.pick(['专家回复', '检验专家解读', '报告解读'])}</h3>${cardFirst ? card : ''}${wrap(rng, `<div${cls(rng)}>${text}</div>`, 1)}${replied ? `<p${cls(rng)}>回复时间：${page.date} ${page.time}</p>` : ''}${cardFirst ? '' : card}<p${cls(rng)}>${rng.pick(REPORT_DISCLAIMERS)}</p></div>
${list}
<div${cls(rng)}>© ${lab} 版权所有 <a href="/privacy/">隐私政策</a></div>`;
    const html = documentOf(`${page.question}_检验咨询_金瑞医学`, own, '', body, charsetMeta(enc));
    const doctor: TruthDoctor = { name: d.name, title, department: group, hospital: lab, hospital_grade: null };
    return {
      body: encode(html, enc),
      expected: expectedOf(page, { doctor, date: replied ? page.date : null, format: 'unknown', related: keyedItems(related, href, own, snippets, true) }),
    };
  },
};

// --- F3. hospital-tjzx-jiedu ---

const RECHECK = ['血脂异常：建议低脂饮食，3–6个月复查血脂。', '肝功能轻度异常：建议戒酒，1个月后复查肝功能。', '甲状腺结节（TI-RADS 3类）：建议6–12个月复查甲状腺彩超。', '血尿酸偏高：建议少食高嘌呤食物，多饮水，复查血尿酸。', '空腹血糖偏高：建议内分泌科就诊，查糖化血红蛋白。'];
/** The report's own 总检建议: numbered lines, none of the answer. */
const recheckList = (rng: Rng) => `<div${cls(rng)}><b>${rng.pick(['【总检结论及建议】', '报告原文复查建议：', '附：体检报告总检建议'])}</b>${rng.shuffle(RECHECK).slice(0, rng.int(2, 4)).map((l, i) => `<p>${i + 1}. ${l}</p>`).join('')}</div>`;
/**
 * F3. A hospital 健康管理中心's 报告解读问答 column on its CMS (www.jzdyrmyy.cn/tjzx/jdwd/{id}.html; GB2312 by `http-equiv` on 40%; no
 * canonical on 70%): the masthead names the hospital (its grade beside it on 40%); crumbs 首页 > 健康管理中心 > 报告解读问答; `<h1>` the
 * question (`【报告解读】` before it on 30%); `发布时间：` · 来源 · 浏览; `问：` the 市民 `王**` (体检编号 masked, 体检日期) and the question
 * with the asker's words; an 异常结果 table on 60%; the report's 总检建议 list before the answer on 30%, after it on 20%; `答：` and the
 * answer; the expert line (`解答专家：健康管理中心 总检医师 王明（主任医师）`, `王明，健康管理中心主任，主任医师`, or `总检医师 王明` alone on 30%);
 * a 体检套餐 sidebar with prices; 相关问答 links with `[day]`.
 */
const hospitalTjzxJiedu: Family = {
  name: 'hospital-tjzx-jiedu',
  split: 'fresh-70',
  site: 'www.jzdyrmyy.cn',
  render(page, rng): Rendered {
    const enc: Encoding = rng.chance(0.4) ? 'gb2312-http-equiv' : 'utf-8';
    const d = page.doctor;
    const graded = rng.chance(0.4);
    const centre = rng.pick(['健康管理中心', '体检中心', '健康体检中心']);
    const rows = labRows(rng, CHEMISTRY, rng.int(3, 6));
    const examined = shift(page.date!, -rng.int(7, 30));
    const titled = rng.chance(0.7);
    const role = rng.pick(['总检医师', '主检医师']);
    const expert = titled
      ? rng.pick([`解答专家：${centre} ${role} ${esc(d.name!)}（${d.title}）`, `${esc(d.name!)}，${centre}主任，${d.title}`, `解答专家：${esc(d.name!)} ${d.title} ${centre}`])
      : `${rng.pick(['解答专家：', ''])}${role} ${esc(d.name!)}`;
    const recheck = rng.weighted([['before', 3], ['after', 2], ['none', 5]] as const);
    const prefix = rng.chance(0.3) ? '【报告解读】' : '';
    const [first, ...rest] = page.paragraphs.map(esc);
    const answer = [rng.chance(0.5) ? `<p><b>答：</b>${first}</p>` : `<p><b>答：</b></p>\n<p>${first}</p>`, ...rest.map((p) => `<p>${p}</p>`)].join('\n');
    const own = rng.chance(0.3) ? `https://www.jzdyrmyy.cn/tjzx/jdwd/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/tjzx/jdwd/${itemNum(r)}.html`;
    const list = related.length ? `<div${cls(rng)}><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a><span>[${r.date}]</span></li>`).join('')}</ul></div>` : '';
    const side = `<div${cls(rng)}><h4>体检套餐</h4><ul>${rng.shuffle([['入职体检', 150], ['中青年套餐', 680], ['中老年套餐（男）', 1280], ['中老年套餐（女）', 1380], ['心脑血管专项', 960]] as const).slice(0, 3).map(([n, p]) => `<li>${n} ￥${p} <a href="/tjzx/yuyue/">预约</a></li>`).join('')}</ul></div>`;
    const body = `<div${cls(rng)}><img src="/images/logo.png" alt="${esc(d.hospital!)}"><span>${hospitalWithGrade(rng, d.hospital!, graded ? d.hospital_grade : null)}</span></div>
<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/tjzx/">${centre}</a> &gt; <a href="/tjzx/jdwd/">报告解读问答</a></div>
<table width="100%"><tr><td valign="top">
<h1${cls(rng)}>${prefix}${esc(page.question)}</h1><p${cls(rng)}>发布时间：${page.date}　来源：${centre}　浏览：${rng.int(50, 9000)}次</p>
<div${cls(rng)}><p><b>问：</b>市民${masked(rng)}（体检编号：${maskedNo(rng, '')}，体检日期：${examined}）：${esc(page.question)}<br>${esc(rng.pick(ASKER_LINES))}</p>${rng.chance(0.6) ? `<p>附：本次体检异常结果</p>${reportTable(rng, rows)}` : ''}</div>
${recheck === 'before' ? recheckList(rng) : ''}<div${cls(rng)}>${answer}</div>${recheck === 'after' ? recheckList(rng) : ''}
<p${cls(rng)}>${expert}</p>
${list}
</td><td width="240" valign="top">${side}</td></tr></table>
<div${cls(rng)}>${esc(d.hospital!)} ${centre} 咨询电话：0${rng.int(510, 799)}-${rng.int(8000000, 8999999)}</div>`;
    const html = documentOf(`${prefix}${page.question}-${centre}-${d.hospital}`, own, '', body, charsetMeta(enc));
    const doctor: TruthDoctor = { name: d.name, title: titled ? d.title : null, department: centre, hospital: d.hospital, hospital_grade: graded ? d.hospital_grade : null };
    return { body: encode(html, enc), expected: expectedOf(page, { doctor, format: 'unknown', related: keyedItems(related, href, own, false, true) }) };
  },
};

// --- F4. insurer-tijian-houzixun ---

const MANAGER_HELLOS = ['您好，我是您的专属健康管理师{m}，已收到您的体检报告，正在为您匹配专科医生解读，请耐心等待。', '您好，{m}为您服务。您的问题已转给合作医院医生，医生回复后会第一时间通知您。'];
const MANAGER_CLOSINGS = ['以上是医生的解读，如您还有疑问，可在24小时内免费追问一次。', '感谢您的耐心等待，祝您健康！如需预约复查，可点击下方按钮。'];
/**
 * F4. A health insurer's 体检后咨询 service record in its app's webview (h5.kangbao-ins.com/service/detail?no=…): `服务详情`; 服务单号,
 * 被保险人 `刘**`, 保单号 and phone masked, `服务类型：图文咨询` on half; 体检信息 (体检机构 a chain's branch, 体检日期, 异常项 chips); a
 * timeline (提交咨询 → 健康管理师已受理 → 医生已回复 → 服务已完成, each with its day; newest first on 40%) on 70%; `我的问题`; the 健康管理师's
 * greeting (none of the answer); the doctor's card (name, title, department, hospital with its grade tag on 40%) and reply, `回复时间` on
 * half; on 25% a 追问 and a 追答 a day or two later; the 健康管理师's closing; 服务评价; an upsell. No list (related []).
 */
const insurerTijianHouzixun: Family = {
  name: 'insurer-tijian-houzixun',
  split: 'fresh-70',
  site: 'h5.kangbao-ins.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asked = shift(page.date!, -rng.int(0, 2));
    const examined = shift(asked, -rng.int(5, 25));
    const accepted = asked;
    const done = shift(page.date!, rng.int(1, 3));
    const timeline = rng.chance(0.7);
    const replyDay = rng.chance(0.5);
    const typed = rng.chance(0.5);
    const graded = rng.chance(0.4);
    const surname = rng.pick(FEW_SURNAMES);
    const managerName = rng.pick([`小${surname}`, `${surname}**`, `${surname}${rng.pick(['婷', '悦', '晨', '琳'])}`]);
    const manager = `${rng.pick(['健康管理师', '专属健康管理师'])} ${managerName}`;
    const rows = labRows(rng, CHEMISTRY, rng.int(2, 5));
    const steps: [string, string][] = [['提交咨询', `${asked} ${hm(rng)}`], ['健康管理师已受理', `${accepted} ${hm(rng)}`], ['医生已回复', `${page.date} ${page.time}`], ['服务已完成', `${done} ${hm(rng)}`]];
    const stepsHtml = timeline ? `<ul${cls(rng)}>${(rng.chance(0.4) ? [...steps].reverse() : steps).map(([s, t]) => `<li${cls(rng)}><b>${s}</b><span>${t}</span></li>`).join('')}</ul>` : '';
    const bubble = (who: string, html: string) => `<div${cls(rng)}><div${cls(rng)}>${who}</div><div${cls(rng)}>${html}</div></div>`;
    const followup = rng.chance(0.25)
      ? `${bubble('我的追问', `<p>${rng.pick(['那需要吃药吗？', '多久复查一次比较好？', '需要挂哪个科？'])}</p>`)}${bubble(`${esc(d.name!)}医生 追答`, `<p>${rng.pick(['暂时不需要用药，先调整生活方式，按时复查。', '建议3个月后复查，有不适随时就诊。'])}</p><span>${stamp(rng, shift(page.date!, rng.int(1, 2)), hm(rng))}</span>`)}`
      : '';
    const card = `<div${cls(rng)}><img src="https://cdn.kangbao-ins.com/doc/${token(rng, 8)}.jpg"><b>${esc(d.name!)}</b> <span>${d.title}</span> <span>${esc(d.department!)}</span><p>${esc(d.hospital!)}${graded ? ` <i${cls(rng)}>${d.hospital_grade}</i>` : ''}</p></div>`;
    const reply = `<div${cls(rng)}><h4>${rng.pick(['医生回复', '医生解读', '专家解读'])}</h4>${card}${wrap(rng, paras(page.paragraphs), 1)}${replyDay ? `<p${cls(rng)}>回复时间：${page.date} ${page.time}</p>` : ''}</div>`;
    const body = `<div${cls(rng)}><a href="javascript:history.back()">‹</a> 服务详情</div>
<div${cls(rng)}><p>服务单号：FW${asked.replace(/-/g, '')}${rng.int(10000000, 99999999)}</p><p>被保险人：${masked(rng)}　手机：${maskedPhone(rng)}</p><p>保单号：${maskedNo(rng, 'P')}</p>${typed ? `<p>服务类型：图文咨询</p>` : ''}<p>服务状态：已完成</p></div>
<div${cls(rng)}><h4>体检信息</h4><p>体检机构：${esc(branchName(rng, page))}</p><p>体检日期：${examined}</p><p>报告异常项：${abnormal(rows).map((r) => `<span>${esc(shortName(r))}${r.flag}</span>`).join(' ')}</p></div>
${stepsHtml}
${bubble('我的问题', `<p>${esc(page.question)}</p><p>${esc(rng.pick(ASKER_LINES))}</p>`)}
${bubble(esc(manager), `<p>${esc(rng.pick(MANAGER_HELLOS).replace('{m}', managerName))}</p>`)}
${reply}
${followup}
${bubble(esc(manager), `<p>${rng.pick(MANAGER_CLOSINGS)}</p>`)}
<div${cls(rng)}><h4>服务评价</h4><span>★★★★★</span> <span>${rng.pick(['回复很及时', '解读很专业', '很满意'])}</span></div>
${upsellCard(rng)}`;
    const html = documentOf('服务详情', null, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    const format: Format = typed ? 'text' : 'unknown';
    const date = timeline || replyDay ? page.date : null;
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date, format, related: [] }) };
  },
};

// --- F5. jiedu-miniprogram-chat ---

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
/**
 * F5. A 报告解读 mini-program's chat, saved from its web-view (mp.xiaokangjiedu.com/chat/{id}): a top bar with the doctor (`王明 主治医师`,
 * `hospital · department`, the grade on 30%); time separators (full days on 60% of pages, a time alone for the same day on half of those;
 * yearless `5月6日 14:22` on 15%; WeChat-relative `昨天 14:22` / `星期三 09:12` on 25%); the user's uploaded-report card (title, 体检机构,
 * 报告日期) and `[图片]`s; the question bubble and the asker's words; an `AI初步解读` bubble (the report's abnormal items; none of the
 * answer); `医生已接诊`; the doctor's bubbles one a paragraph (a voice bubble and its 转文字 on 60% of voice pages); a 追问 and 追答 on 30%.
 */
const jieduMiniprogramChat: Family = {
  name: 'jiedu-miniprogram-chat',
  split: 'fresh-70',
  site: 'mp.xiaokangjiedu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['full', 6], ['yearless', 1.5], ['wx', 2.5]] as const);
    const sameDay = rng.chance(0.5);
    const asked = sameDay ? page.date! : shift(page.date!, -rng.int(1, 2));
    const askedAt = hm(rng);
    const timeOnly = mode === 'full' && sameDay && rng.chance(0.5);
    const sep = (iso: string, time: string, first: boolean) =>
      mode === 'full' ? (!first && timeOnly ? time : stamp(rng, iso, time)) : mode === 'yearless' ? yearless(rng, iso, time) : first ? `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${time}` : iso === asked ? time : `昨天 ${time}`;
    const rows = labRows(rng, CHEMISTRY, rng.int(3, 6));
    const graded = rng.chance(0.3);
    const voice = page.format === 'voice' && rng.chance(0.6);
    const line = (html: string) => `<div${cls(rng)}>${html}</div>`;
    const mine = (html: string) => `<div class="msg msg-right"><img src="/static/user.png" class="avatar"><div class="bubble">${html}</div></div>`;
    const theirs = (who: string, html: string) => `<div class="msg msg-left"><img src="/static/${who}.png" class="avatar"><div class="bubble">${html}</div></div>`;
    const doctorBubbles = voice ? [theirs('doctor', voiceOr(rng, true, paras(page.paragraphs)))] : page.paragraphs.map((p) => theirs('doctor', esc(p)));
    const ai = `AI初步解读：您的报告中共有${abnormal(rows).length}项异常：${abnormal(rows).map((r) => `${shortName(r)}${r.flag}`).join('、')}。以上为智能解读，仅供参考，医生正在赶来。`;
    const followup = rng.chance(0.3)
      ? [line(`<span>${mode === 'full' ? stamp(rng, shift(page.date!, 1), hm(rng)) : mode === 'yearless' ? yearless(rng, shift(page.date!, 1), hm(rng)) : hm(rng)}</span>`), mine(rng.pick(['那我需要吃药吗？', '复查要空腹吗？'])), theirs('doctor', rng.pick(['先不用吃药，饮食控制3个月后复查。', '需要空腹8小时以上，早上抽血。']))]
      : [];
    const chat = [
      line(`<span>${sep(asked, askedAt, true)}</span>`),
      mine(`<div${cls(rng)}><b>已上传报告</b><p>${rng.pick(['2023年度员工体检报告', '入职体检报告', '年度健康体检报告'])}</p><p>${esc(branchName(rng, page))}</p><p>报告日期：${shift(asked, -rng.int(1, 10))}</p></div>`),
      mine(`[图片] [图片]`),
      mine(esc(page.question)),
      mine(esc(rng.pick(ASKER_LINES))),
      theirs('ai', esc(ai)),
      line(`<span>${sep(page.date!, page.time, false)}</span>`),
      line(`<span>${esc(d.name!)}医生已接诊</span>`),
      ...doctorBubbles,
      ...followup,
      line('<span>本次问诊已结束</span>'),
    ];
    const bar = `<div${cls(rng)}><b>${esc(d.name!)}</b> <span>${d.title}</span><p>${hospitalWithGrade(rng, d.hospital!, graded ? d.hospital_grade : null)} · ${esc(d.department!)}</p><span>${rng.pick(['已接诊', '问诊中', '已结束'])}</span></div>`;
    const body = `<div id="page">${bar}<div${cls(rng)}>${chat.join('\n')}</div><div${cls(rng)}><a>评价医生</a> <a>再次咨询</a></div></div>`;
    const html = documentOf(rng.pick(['问诊详情', '报告解读', '小康解读']), null, '<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">\n', body);
    const date = mode === 'full' ? page.date : null;
    return { body: Buffer.from(html, 'utf8'), expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date, format: voice ? 'voice' : 'unknown', related: [] }) };
  },
};

// --- F6. jiyin-shequ-wenda ---

const GENES: readonly (readonly [string, string, string, string])[] = [
  ['MTHFR', 'C677T', 'TT', '叶酸代谢能力较弱'], ['APOE', 'rs429358', 'C/T', '血脂代谢风险中等'], ['ALDH2', 'rs671', 'GA', '饮酒后代谢风险较高'],
  ['BRCA1', '—', '未检出致病变异', '一般风险'], ['TCF7L2', 'rs7903146', 'CT', '2型糖尿病风险略高'], ['SLC2A9', 'rs11722228', 'TT', '尿酸偏高倾向'],
];
const COUNSELLOR_ANSWER = ['基因检测结果反映的是遗传易感性，不等于一定会患病，环境和生活方式同样重要。', '建议保持规律作息、均衡饮食，按报告中的建议定期体检。', '如需进一步解读，可预约一对一遗传咨询服务。'];
const USER_ANSWERS = ['我也查出来这个，医生说定期复查就行，别太焦虑。', '同问，坐等医生回答。', '我的也偏高一点，复查就正常了。'];
/**
 * F6. A consumer gene-test company's community Q&A (m.jiyinshuo.com/qa/{id}): tags (`#肿瘤标志物`, `#基因检测`), the `<h1>`, `用户_xxxx`,
 * the asker's words, a 肿瘤标志物 table or a gene table (基因 / 位点 / 基因型 / 解读); `N个回答`: a 认证遗传咨询师's or 健康管理师's answer first on
 * 45% (none of the answer), the 认证医生's (name, title, hospital with a grade on 30%, department), users' answers; each with `发布于`, `编辑于`
 * (alone on 20%: the update dates the answer), both, or `N天前` (10%: null); 赞同; an upsell for gene tests; 相关问题 with `N个回答` (link
 * items), root-relative, og:url on half.
 */
const jiyinShequWenda: Family = {
  name: 'jiyin-shequ-wenda',
  split: 'fresh-70',
  site: 'm.jiyinshuo.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const genes = rng.chance(0.5);
    const report = genes
      ? `<table${cls(rng)}><tr><th>基因</th><th>位点</th><th>基因型</th><th>解读</th></tr>${rng.shuffle(GENES).slice(0, rng.int(2, 4)).map((g) => `<tr>${g.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`
      : reportTable(rng, labRows(rng, MARKERS, rng.int(3, 6)));
    const graded = rng.chance(0.3);
    const kind = rng.weighted([['pub', 5], ['edit', 2], ['both', 2], ['rel', 1]] as const);
    const edited = shift(page.date!, rng.int(1, 20));
    const dayHtml = kind === 'pub' ? `发布于 ${page.date}` : kind === 'edit' ? `编辑于 ${edited}` : kind === 'both' ? `发布于 ${page.date} · 编辑于 ${edited}` : `${rng.int(2, 9)}天前`;
    const date = kind === 'pub' || kind === 'both' ? page.date : kind === 'edit' ? edited : null;
    const answer = (badge: string, who: string, meta: string, html: string, day: string) =>
      `<div${cls(rng)}><div${cls(rng)}><img src="https://img.jiyinshuo.com/u/${token(rng, 8)}.jpg"><b>${who}</b> <span${cls(rng)}>${badge}</span><p${cls(rng)}>${meta}</p></div>${html}<div${cls(rng)}><span>${day}</span> <span>赞同 ${rng.int(0, 300)}</span></div></div>`;
    const doctor = answer('认证医生', esc(d.name!), `${d.title} · ${hospitalWithGrade(rng, d.hospital!, graded ? d.hospital_grade : null)} ${esc(d.department!)}`, wrap(rng, paras(page.paragraphs), 1), dayHtml);
    const counsellor = answer(rng.pick(['认证遗传咨询师', '健康管理师']), esc(personName(rng, d.name!)), '基因说遗传咨询团队', paras(COUNSELLOR_ANSWER), `发布于 ${shift(page.date!, -rng.int(0, 2))}`);
    const users = Array.from({ length: rng.int(0, 2) }, () => answer('用户', `用户_${token(rng, 4)}`, '', `<p>${rng.pick(USER_ANSWERS)}</p>`, `发布于 ${shift(page.date!, rng.int(0, 9))}`));
    const first = rng.chance(0.45);
    const answers = [...(first ? [counsellor] : []), doctor, ...(first ? [] : rng.chance(0.5) ? [counsellor] : []), ...users];
    const own = rng.chance(0.5) ? `https://m.jiyinshuo.com/qa/${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/qa/${itemNum(r)}`;
    const list = related.length ? `<div${cls(rng)}><h3>相关问题</h3>${related.map((r) => `<a href="${href(r)}"${cls(rng)}><span>${esc(r.question)}</span> <em>${rng.int(1, 30)}个回答</em></a>`).join('\n')}</div>` : '';
    const body = `<div${cls(rng)}>基因说 <a href="/download">打开App</a></div>
<div${cls(rng)}><span>#${genes ? '基因检测' : '肿瘤标志物'}</span> <span>#报告解读</span><h1${cls(rng)}>${esc(page.question)}</h1><p>用户_${token(rng, 4)} · 提问于 ${shift(page.date!, -rng.int(1, 5))}</p><p>${esc(rng.pick(ASKER_LINES))}</p>${report}</div>
<div${cls(rng)}><h3>${answers.length}个回答</h3>${answers.join('\n')}</div>
<div${cls(rng)}><b>${rng.pick(['肿瘤早筛基因检测', '全基因组健康检测', '遗传病携带者筛查'])}</b> <s>¥${rng.pick([1299, 1999, 2999])}</s> <em>¥${rng.pick([499, 699, 999])}</em> <a href="/mall/">立即购买</a></div>
${list}`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${page.question} - 基因说问答`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: graded ? d.hospital_grade : null }, date, format: 'unknown', related: keyedItems(related, href, own, false, false) }),
    };
  },
};

export const FRESH70_FAMILIES: readonly Family[] = [tijianAppJieduShare, labJianyanZixun, hospitalTjzxJiedu, insurerTijianHouzixun, jieduMiniprogramChat, jiyinShequWenda];
