import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, cityOf, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-thirteenth fresh held-out set (split `fresh-113`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-eighth set**, leaning on **doctor
 * cards in forms the table has few of**: titles written short or doubled (`副主任`, `主治`, `主任 教授`, `主任医师、博士生
 * 导师`, `主治醫師` / `總醫師`, `專科醫生` / `家庭醫生`, `心理治疗师`), departments named with 门诊 / 病区 / 中心 / 亚专业 / 组,
 * hospitals by a short name or with a campus (`哈医大一院`, `北京积水潭医院新龙泽院区`, `麻豆新樓醫院`), grades written
 * every way (`三级甲等`, `三甲`, `三级`, `二级乙等`, `国家三级甲等医院`, none), the card as chips in a drawn order, `|`
 * parts, `擅长：` / `从医N年` / a rating / `已认证` / `出诊：`, and several doctors on a page (a 会诊 with two, a 专家团队 /
 * 推荐医生 list). Six Chinese-language sites, none modelled or named by an earlier split: 北京大学人民医院 / 北大人民医院 /
 * 白塔寺 / pkuph, 北京积水潭医院 / 积水潭 / 新龙泽 / jst-hosp, 商業電台 / 雷霆 / 叱咤 / 881903, 新樓醫院 / 麻豆 / sinlau,
 * 东北网 / dbw.cn / 黑龙江, 壹点灵 / ydl each grepped, case-insensitive, fixed strings, in README.md and families*.ts: no hit
 * (`jst` alone hits, inside `jstv`, 江苏卫视, not this site). Left alone because of hits: 万宁 / mannings and 晴報 / am730
 * (hit), 小荷 / xiaohe, 健康160 / 91160, 微脉, 华西, 長庚, 東方日報 / on.cc, 養和, 湘雅, 壹心理, 薄荷, 医鹿, 阿里健康, 讯飞晓医,
 * 橙新聞, 大公, 文匯, 南洋商报, 榮總, 高醫, 中國醫藥大學, 義大, 光田, 郑大一附院, 齐鲁医院, 瑞金, 复旦, 邵逸夫, 协和, 中日友好,
 * 天坛, 仁济, 华山医院, 301, 同济, 盛京, 飞华, 复禾, 民福康, 99健康, 名医汇, 健康界, 163.com, sohu, ifeng, 人民网, 腾讯, 新浪 /
 * sina, 經濟日報, 卓健, TVB, RTHK, 星洲, 8world, zaobao, 光明日报, 金羊网 (ycwb), 晶报 (sznews), 大江网 (jxnews), 平安好医生,
 * 杏树林, 康爱多, 525心理; no hit but not taken: 浙大二院, 长海医院, 南海网, 闪电新闻 / 齐鲁网 (齐鲁 hits),
 * 九派, Now新聞, 易复诊, 趣医.
 * - **pkuph-huizhen-wenda**: 北京大学人民医院's 专家答疑 (the site the hospital): `主任医师、博士生导师` / `主任医师 教授`
 *   titles, 病区 / 亚专业 / 中心 departments, a campus (`白塔寺院区`) or the short name in the card, **a 会诊 colleague's card
 *   beside the answering doctor's on 50%**, a `专家团队` list;
 * - **jst-zhuanjia-wenda**: 北京积水潭医院's 专家问答: **the card as chips in a drawn order** (name, short title `副主任` /
 *   `主治`, department, hospital with or without a campus, a `三甲` tag), `已认证`, `从医N年`, `★4.9`, `出诊：` and `擅长：`
 *   lines, a 推荐医生 list; relative days on some;
 * - **cr881903-yisheng-xinxiang**: 商業電台's 健康 醫生信箱 (Hong Kong, traditional furniture): `{specialty}專科醫生` or
 *   `家庭醫生` cards, no hospital, day-first days, an `<audio>` clip of the programme on some voice answers;
 * - **sinlau-yiliao-zixun**: 新樓醫院's 醫療諮詢 (Taiwan, Big5 on 70%): `回覆醫師：{科} {name} {title}` with `主治醫師` /
 *   `總醫師` / `主任`, a `院區：` line naming 麻豆新樓 or 台南新樓 on 50%, ROC days;
 * - **dbw-mingyi-wenda**: 东北网's 健康 名医问答 (GBK, declared, undeclared or declared wrongly utf-8 on some): **the card
 *   `|`-parted in a drawn order or over lines**, short hospitals (`哈医大一院`), titles `主任 教授` / `副主任` / `主治`, grades
 *   in every form, `从医N年`;
 * - **ydl-xinli-wenda**: 壹点灵's 心理问答: a psychotherapist's card (`心理治疗师` / `国家二级心理咨询师`, or `主治医师 · 心理
 *   治疗师` with a 执业机构 line), `已认证`, rating, `擅长：`, another 咨询师's answer under the best one on 45%, a
 *   推荐咨询师 list, voice answers.
 * Hosts from memory (www.pkuph.cn, www.jst-hosp.com.cn, www.881903.com, www.sinlau.org.tw, health.dbw.cn, www.ydl.com),
 * every path and column a guess; the markup is written here, none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which doctor answers**: the card labelled `主答专家` / `回复专家` (北大人民), the chips' card over the answer (积水潭),
 *   the best answer's 咨询师 (壹点灵); a 会诊 colleague (`会诊专家：`, `参与会诊：`), the 专家团队 / 推荐医生 / 推荐咨询师
 *   lists and another 咨询师's answer none of the card;
 * - **the title** the clinical title as printed, short forms kept (`副主任`, `主治`, `主任`: abbr-card's convention); an
 *   academic rank or supervisor's post beside it none (`主任医师、博士生导师` → 主任医师, `主任 教授` → 主任: academic-title);
 *   a second qualification beside a clinical title none (`主治医师 · 心理治疗师` → 主治医师), a qualification alone the title
 *   (`心理治疗师`, `国家二级心理咨询师`); Taiwan's `主治醫師` / `總醫師` / `主任` as printed; Hong Kong's `{specialty}專科醫生`
 *   title 專科醫生 and department the specialty, `家庭醫生` title 家庭醫生 and department null, `{name}醫生` the name;
 * - **the department** as printed, its 病区 / 亚专业 / 中心 / 门诊 words kept (`消化内科三病区`, `手外科门诊`);
 * - **the hospital** as the card prints it: the short name (`北大人民医院`, `哈医大一院`), the campus where the card's
 *   hospital names one (`北京积水潭医院新龙泽院区`); where the site is the hospital and the card names none, the site's name
 *   as its masthead prints it (`北京大学人民医院`, `新樓醫院`); 新樓's `院區：麻豆新樓醫院` line the hospital; the media site
 *   and 壹点灵 none where no 执业机构 is printed (null);
 * - **the grade** only where printed beside the hospital, without a trailing `医院` and the `国家` before it (`国家三级甲等医院`
 *   → 三级甲等, `三甲` → 三甲, `三级` → 三级, `二级乙等` as printed); a masthead's blurb none; else null;
 * - `已认证`, `从医N年`, ratings, `出诊：`, `擅长：`, consultation counts none of the card;
 * - **the date** the answer's as printed (`回复时间`, the ROC day +1911, `06/05/2023` day-first); the asker's day, relative
 *   (`3天前`, `昨天`) and yearless (`05-06`) days null; **format** voice where a voice bubble or `<audio>` is the answer's,
 *   else unknown;
 * - **items**: each site's question list (`相关问答`, `更多醫生信箱`, `其他諮詢`, `相关新闻`), link-only `[]` unless a
 *   snippet is printed (kept with its `...`), dated where the whole day is printed; doctor lists, hot lists none; links as
 *   written, resolved against the canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const zhPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const roc = (iso: string, sep: string) => `${Number(iso.slice(0, 4)) - 1911}${sep}${iso.slice(5, 7)}${sep}${iso.slice(8, 10)}`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
const hk = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-HK">');
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
const SKILLS = ['擅长：各类常见病、多发病的诊治。', '擅长：疑难病例的诊断与综合治疗。', '擅长：慢性病管理及术后康复指导。'];
/** [printed, keyed] titles with a rank or post beside the clinical one, or short. */
const DOUBLED = [
  ['主任医师、博士生导师', '主任医师'],
  ['主任医师 教授', '主任医师'],
  ['主任 教授', '主任'],
  ['副主任医师、硕士生导师', '副主任医师'],
  ['副主任', '副主任'],
  ['主治', '主治'],
  ['主治医师', '主治医师'],
] as const;

// --- F1. pkuph-huizhen-wenda ---

const PK_DEPTS = ['消化内科三病区', '血液科造血干细胞移植亚专业', '乳腺甲状腺外科', '睡眠医学中心', '儿童生长发育门诊', '心血管内科冠心病组', '风湿免疫科'];

/**
 * F1. 北京大学人民医院's 专家答疑 (www.pkuph.cn/zjdy/{id}.html: the host from memory, the path and the markup guessed),
 * UTF-8, canonical on 50%: the masthead `北京大学人民医院` (with `三级甲等医院` in a blurb on 40%: none), nav; `<h2>` the
 * question; `提问时间：{day-1..4}` (none); **the card labelled `主答专家：` / `回复专家：`: name, title (DOUBLED), department
 * (PK_DEPTS), hospital `北京大学人民医院` / `北大人民医院` / `北京大学人民医院白塔寺院区` (60%, as printed) or none (40%:
 * the masthead's name), `（三级甲等）` after it on 25%**; **on 50% a second card `会诊专家：` / `参与会诊：` (another doctor
 * of the hospital) before or after the first (none)**; the answer `<p>`s; `回复时间：{day} {time}` (keyed); a `专家团队` list
 * of three doctors (none); `相关问答` (snippet 50%, `[2023-05-06]` 50%).
 */
const pkuphHuizhenWenda: Family = {
  name: 'pkuph-huizhen-wenda',
  split: 'fresh-113',
  site: 'www.pkuph.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.pkuph.cn';
    const canonical = rng.chance(0.5) ? `${base}/zjdy/${page.item.num}.html` : null;
    const [tPrinted, tKey] = rng.pick([...DOUBLED]);
    const dept = rng.pick(PK_DEPTS);
    const hosp = rng.weighted([['北京大学人民医院', 25], ['北大人民医院', 20], ['北京大学人民医院白塔寺院区', 15], ['', 40]] as const);
    const grade = hosp && rng.chance(0.25) ? '三级甲等' : null;
    const blurb = rng.chance(0.4);
    const colleague = rng.chance(0.5) ? { name: otherName(rng), title: rng.pick(['主任医师', '副主任医师', '主治医师']), dept: rng.pick(['影像科', '病理科', '普通外科', '肿瘤内科']) } : null;
    const colFirst = rng.chance(0.5);
    const label = rng.pick(['主答专家：', '回复专家：']);
    const snippets = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => (canonical ? `/zjdy/${itemNum(r)}.html` : `${base}/zjdy/${itemNum(r)}.html`);
    const main = `<div class="${c(rng, 'expert', 'zj-card')}"><span class="lb">${label}</span><b>${esc(d.name!)}</b> <span>${tPrinted}</span> <span>${dept}</span>${hosp ? ` <span>${hosp}${grade ? `（${grade}）` : ''}</span>` : ''}</div>`;
    const col = colleague ? `<div class="${c(rng, 'hz', 'consult')}">${rng.pick(['会诊专家：', '参与会诊：'])}${colleague.name} ${colleague.title} ${colleague.dept}</div>` : '';
    const cards = colleague && colFirst ? `${col}\n${main}` : `${main}\n${col}`;
    const team = `<div class="${c(rng, 'team', 'zjtd')}"><h3>专家团队</h3><ul>${[0, 1, 2].map(() => `<li><a href="${base}/ys/${rng.int(100, 999)}.html">${otherName(rng)}</a> ${rng.pick(['主任医师', '副主任医师'])} ${rng.pick(PK_DEPTS)}</li>`).join('')}</ul></div>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgwd', 'related')}"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}${dated ? `<span>[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="${base}/"><img src="/images/logo.png" alt="北京大学人民医院">北京大学人民医院</a>${blurb ? '<span class="blurb">国家三级甲等医院 · 北京大学第二临床医学院</span>' : ''}</div>
<div class="nav"><a href="${base}/">首页</a> <a href="${base}/jzzn/">就诊指南</a> <a href="${base}/zjdy/">专家答疑</a> <a href="${base}/kpxc/">科普宣传</a></div>
<div class="${c(rng, 'main', 'content')}">
<h2>${esc(page.question)}</h2>
<p class="ask">提问时间：${shift(page.date!, -rng.int(1, 4))}</p>
${cards}
<div class="${c(rng, 'answer', 'hf')}">
${paras(page.paragraphs)}
</div>
<p class="time">回复时间：${page.date} ${clock(rng)}</p>
<p class="disc">${rng.pick(DISCLAIMERS)}</p>
</div>
${rng.chance(0.5) ? `${team}\n${list}` : `${list}\n${team}`}
<div class="foot">北京大学人民医院 版权所有　地址：北京市西城区西直门南大街11号</div>`;
    const doc = documentOf(`${page.question}-专家答疑-北京大学人民医院`, canonical, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: tKey, department: dept, hospital: hosp || '北京大学人民医院', hospital_grade: grade },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), dated),
      }),
    };
  },
};

// --- F2. jst-zhuanjia-wenda ---

const JST_DEPTS = ['创伤骨科', '脊柱外科', '手外科门诊', '运动医学科', '骨肿瘤科', '矫形骨科', '小儿骨科'];
const JST_HOSPS = ['北京积水潭医院', '北京积水潭医院新龙泽院区', '北京积水潭医院回龙观院区', '积水潭医院'];

/**
 * F2. 北京积水潭医院's 专家问答 (www.jst-hosp.com.cn/zjwd/{id}: the host from memory, the path and the markup guessed), UTF-8,
 * no canonical (links absolute): nav, a 预约挂号 banner; **the card as chips (`<span class="chip">`) in a drawn order**: name,
 * title short or whole (`副主任`, `主治`, `主任`, `主任医师`, `副主任医师`: as printed), department (JST_DEPTS), hospital
 * (JST_HOSPS: with a campus or not, as printed), a `三甲` tag chip after the hospital on 40% (keyed 三甲); `已认证`, `从医N年`,
 * `★4.{n}` chips; `擅长：` and `出诊：周{x}上午` lines (none); `<h1>` the question (before or after the card); the answer;
 * `回答于 2023-05-06` / `2023年05月06日` (70%, keyed), `N天前` / `昨天` (30%, null); a 推荐医生 list (other doctors' chips:
 * none); `相关问答` (the snippet cut at 40 with `...` or link-only; `05-06` on 50%: null).
 */
const jstZhuanjiaWenda: Family = {
  name: 'jst-zhuanjia-wenda',
  split: 'fresh-113',
  site: 'www.jst-hosp.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.jst-hosp.com.cn';
    const title = rng.pick(['副主任', '主治', '主任', '主任医师', '副主任医师']);
    const dept = rng.pick(JST_DEPTS);
    const hosp = rng.pick(JST_HOSPS);
    const grade = rng.chance(0.4) ? '三甲' : null;
    const relative = rng.chance(0.3);
    const snippets = rng.chance(0.5);
    const yearless = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/zjwd/${itemNum(r)}`;
    const chip = (x: string, k: string) => `<span class="${c(rng, 'chip', 'tag')} ${k}">${x}</span>`;
    const parts = rng.shuffle([chip(esc(d.name!), 'nm'), chip(title, 'zc'), chip(dept, 'ks'), `${chip(hosp, 'yy')}${grade ? chip(grade, 'lv') : ''}`]);
    const extras = [chip('已认证', 'v'), chip(`从医${rng.int(8, 35)}年`, 'y'), chip(`★4.${rng.int(5, 9)}`, 'r')];
    const card = `<div class="${c(rng, 'doc-card', 'ys')}"><img src="/upload/ys/${token(rng, 8)}.jpg" alt="">${parts.join('')}${extras.join('')}<p>${rng.pick(SKILLS)}</p><p>出诊：周${rng.pick(['一', '二', '三', '四', '五'])}上午</p></div>`;
    const h1 = `<h1>${esc(page.question)}</h1>`;
    const when = relative ? rng.pick([`${rng.int(2, 9)}天前`, `昨天 ${clock(rng)}`]) : `回答于 ${rng.chance(0.5) ? page.date : zhPadded(page.date!)}`;
    const recommend = `<div class="${c(rng, 'tjys', 'rec')}"><h3>推荐医生</h3>${[0, 1].map(() => `<div class="doc-card">${chip(otherName(rng), 'nm')}${chip(rng.pick(['主任', '副主任', '主治']), 'zc')}${chip(rng.pick(JST_DEPTS), 'ks')}<a href="${base}/yyghs">预约</a></div>`).join('')}</div>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgwd', 'more')}"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(cutSnippet(r.snippet, 40, 42, '...'))}</p>` : ''}${yearless ? `<em>${r.date!.slice(5)}</em>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const first = rng.chance(0.6);
    const body = `<div class="nav"><a href="${base}/">首页</a> <a href="${base}/ksdh">科室导航</a> <a href="${base}/zjjs">专家介绍</a> <a href="${base}/zjwd">专家问答</a></div>
<div class="banner"><a href="${base}/yyghs">预约挂号 请关注“北京积水潭医院”公众号</a></div>
<div class="${c(rng, 'wd-main', 'qa')}">
${first ? `${h1}\n${card}` : `${card}\n${h1}`}
<div class="${c(rng, 'answer', 'hd-txt')}">
${paras(page.paragraphs)}
</div>
<p class="t">${when}</p>
<div class="act"><a href="javascript:;">有用</a> <a href="javascript:;">分享</a> <a href="javascript:;">举报</a></div>
</div>
${recommend}
${list}
<div class="foot">北京积水潭医院 版权所有</div>`;
    const doc = documentOf(`${page.question}_专家问答_北京积水潭医院`, null, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: hosp, hospital_grade: grade },
        date: relative ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, (r) => (snippets ? cutSnippet(r.snippet, 40, 42, '...') : null), false),
      }),
    };
  },
};

// --- F3. cr881903-yisheng-xinxiang ---

const HK_SPECIALTIES = ['兒科', '皮膚科', '內科', '婦產科', '精神科', '耳鼻喉科', '腸胃肝臟科'];

/**
 * F3. 商業電台's 健康 醫生信箱 (www.881903.com/health/mailbox/{id}: the host from memory, the path and the markup guessed),
 * Hong Kong, `lang="zh-HK"`, UTF-8, canonical always (links relative): nav (叱咤903 / 雷霆881 / 節目重溫), an ad; the `<h1>`
 * the question (`醫生信箱：` on 35%, none); `{dd/mm/yyyy}` or `{yyyy}年{m}月{d}日` (keyed); **the card `{name}醫生` with
 * `{specialty}專科醫生` (75%: title 專科醫生, department the specialty) or `家庭醫生` (25%: title 家庭醫生, department null),
 * in a line (`解答：`) or a box; no hospital (`私人執業` on 30%: none)**; on 60% of voice items an `<audio>` clip of the
 * programme's segment (keyed voice); the answer; `（以上資料只供參考…）`; `更多醫生信箱` (link-only, `dd/mm/yyyy` on 50%: keyed).
 */
const cr881903YishengXinxiang: Family = {
  name: 'cr881903-yisheng-xinxiang',
  split: 'fresh-113',
  site: 'www.881903.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.881903.com';
    const canonical = `${base}/health/mailbox/${page.item.num}`;
    const family = rng.chance(0.25);
    const spec = rng.pick(HK_SPECIALTIES);
    const role = family ? '家庭醫生' : `${spec}專科醫生`;
    const priv = rng.chance(0.3);
    const audio = page.format === 'voice' && rng.chance(0.6);
    const prefix = rng.chance(0.35);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/health/mailbox/${itemNum(r)}`;
    const day = rng.chance(0.6) ? dayFirst(page.date!) : `${Number(page.date!.slice(0, 4))}年${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日`;
    const card = rng.chance(0.5)
      ? `<p class="${c(rng, 'doctor', 'byline')}">解答：${esc(d.name!)}醫生　${role}${priv ? '（私人執業）' : ''}</p>`
      : `<div class="${c(rng, 'doc-box', 'expert')}"><div class="nm">${esc(d.name!)}醫生</div><div class="role">${role}</div>${priv ? '<div class="sub">私人執業</div>' : ''}</div>`;
    const list = related.length
      ? `<div class="${c(rng, 'more', 'mailbox-list')}"><h3>更多醫生信箱</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? `<span>${dayFirst(r.date!)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header><a href="${base}/"><img src="/img/logo.png" alt="商業電台"></a><nav><a href="${base}/live/903">叱咤903</a> <a href="${base}/live/881">雷霆881</a> <a href="${base}/replay">節目重溫</a> <a href="${base}/health">健康</a></nav></header>
<div class="ad"><ins data-slot="${rng.int(100000, 999999)}"></ins></div>
<article class="${c(rng, 'article', 'mailbox')}">
<h1>${prefix ? '醫生信箱：' : ''}${esc(page.question)}</h1>
<div class="date">${day}</div>
${card}
${audio ? `<div class="player"><audio src="https://media.881903.com/health/${token(rng, 10)}.mp3" controls></audio><span>收聽節目錄音</span></div>` : ''}
<div class="${c(rng, 'content', 'article-body')}">
${paras(page.paragraphs)}
</div>
<p class="note">（以上資料只供參考，如有疑問請諮詢你的醫生。）</p>
<div class="share"><a href="javascript:;">WhatsApp</a> <a href="javascript:;">Facebook</a></div>
</article>
${list}
<footer>© 商業廣播有限公司</footer>`;
    const doc = hk(documentOf(`${prefix ? '醫生信箱：' : ''}${page.question} | 商業電台`, canonical, '', body));
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: family ? '家庭醫生' : '專科醫生', department: family ? null : spec, hospital: null, hospital_grade: null },
        format: audio ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F4. sinlau-yiliao-zixun ---

const TW_DEPTS = ['家醫科', '心臟內科', '胃腸肝膽科', '身心科', '小兒科', '婦產科', '復健科'];

/**
 * F4. 新樓醫院's 醫療諮詢 (www.sinlau.org.tw/qa/detail.asp?id={id}: the host from memory, the path and the markup guessed),
 * Taiwan, `lang="zh-TW"`: Big5 declared (55%), Big5 undeclared (15%), UTF-8 (30%); no canonical (links relative to the
 * site, written root-relative: keyed as written, the README's convention where the page names no canonical); a table layout: the masthead `新樓醫院`, nav; `主旨：`
 * the question; `諮詢日期：` an earlier ROC day (none); **`回覆醫師：{department} {name} {title}` (`主治醫師` / `總醫師` / `主任` /
 * `住院醫師`, as printed), on 50% a `院區：麻豆新樓醫院` / `院區：台南新樓醫院` row (the hospital; else the masthead's
 * `新樓醫院`)**; the answer as `<br>` lines; `回覆日期：{ROC yyy/mm/dd or yyy年mm月dd日}` (keyed +1911); `其他諮詢` (link-only,
 * ROC day on 50%: keyed).
 */
const sinlauYiliaoZixun: Family = {
  name: 'sinlau-yiliao-zixun',
  split: 'fresh-113',
  site: 'www.sinlau.org.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.sinlau.org.tw';
    const enc = rng.weighted([['big5', 55], ['undeclared', 15], ['utf8', 30]] as const);
    const dept = rng.pick(TW_DEPTS);
    const title = rng.pick(['主治醫師', '總醫師', '主任', '住院醫師']);
    const campus = rng.chance(0.5) ? rng.pick(['麻豆新樓醫院', '台南新樓醫院']) : null;
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/detail.asp?id=${itemNum(r)}`;
    const day = rng.chance(0.5) ? roc(page.date!, '/') : `${Number(page.date!.slice(0, 4)) - 1911}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const list = related.length
      ? `<table class="${c(rng, 'other', 'qlist')}"><tr><th colspan="2">其他諮詢</th></tr>${related.map((r) => `<tr><td><a href="${href(r)}">${esc(r.question)}</a></td><td>${dated ? roc(r.date!, '/') : ''}</td></tr>`).join('\n')}</table>`
      : '';
    const body = `<table width="980" align="center"><tr><td><img src="/images/logo.gif" alt="新樓醫院"> 新樓醫院</td><td><a href="${base}/">首頁</a> | <a href="/clinic/">門診時刻表</a> | <a href="/qa/">醫療諮詢</a></td></tr></table>
<table class="${c(rng, 'qa', 'detail')}" width="980" align="center" border="1">
<tr><th>主旨</th><td>${esc(page.question)}</td></tr>
<tr><th>諮詢日期</th><td>${roc(shift(page.date!, -rng.int(1, 5)), '/')}</td></tr>
<tr><th>回覆醫師</th><td>${dept} ${esc(d.name!)} ${title}</td></tr>
${campus ? `<tr><th>院區</th><td>${campus}</td></tr>\n` : ''}<tr><th>回覆內容</th><td>${page.paragraphs.map(esc).join('<br><br>\n')}</td></tr>
<tr><th>回覆日期</th><td>${day}</td></tr>
</table>
<p align="center">本院網路諮詢僅供參考，不能取代醫師當面診療。</p>
${list}
<p align="center">台灣基督長老教會新樓醫療財團法人　版權所有</p>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = tw(documentOf(`醫療諮詢 - 新樓醫院`, null, '', body, charset));
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'big5'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: campus ?? '新樓醫院', hospital_grade: null },
        format: 'unknown',
        // No canonical, no <base>: the links as written (README's convention; key corrected after the first look, see README).
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F5. dbw-mingyi-wenda ---

const DBW_HOSPS = ['哈医大一院', '哈医大二院', '黑龙江省医院', '哈尔滨市第一医院', '黑龙江省医院南岗院区', '哈尔滨医科大学附属第一医院'];
/** [printed, keyed] grades. */
const DBW_GRADES = [
  ['三级甲等', '三级甲等'],
  ['三甲', '三甲'],
  ['国家三级甲等医院', '三级甲等'],
  ['三级', '三级'],
  ['二级乙等', '二级乙等'],
] as const;
const DBW_DEPTS = ['消化内科三病区', '神经内科', '乳腺甲状腺外科', '睡眠医学中心', '儿童生长发育门诊', '心内科'];

/**
 * F5. 东北网's 健康 名医问答 (health.dbw.cn/system/{yyyy}/{mm}/{dd}/{id}.shtml: the host from memory, the path and the markup
 * guessed), GBK declared (35%), undeclared (20%), declared `utf-8` wrongly (15%), UTF-8 (30%); no canonical (links absolute):
 * nav, a banner; `<h1>` the question; `{yyyy-mm-dd hh:mm:ss}　来源：东北网` (keyed); **the card: name, title (DOUBLED),
 * hospital (DBW_HOSPS), grade on 60% (DBW_GRADES, printed as `（{grade}）` after the hospital or `｜{grade}`), department, in
 * a drawn order `|`-parted on one line (50%) or one `<p>` each (50%), `从医{n}年` on 50% (none)**; the answer; `（编辑：{x}）`;
 * `相关新闻` (link-only, `(05-06)` on 40%: null, else undated); `热点推荐` (none).
 */
const dbwMingyiWenda: Family = {
  name: 'dbw-mingyi-wenda',
  split: 'fresh-113',
  site: 'health.dbw.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.dbw.cn';
    const enc = rng.weighted([['gbk', 35], ['undeclared', 20], ['wrong', 15], ['utf8', 30]] as const);
    const [tPrinted, tKey] = rng.pick([...DOUBLED]);
    const hosp = rng.pick(DBW_HOSPS);
    const g = rng.chance(0.6) ? rng.pick([...DBW_GRADES]) : null;
    const dept = rng.pick(DBW_DEPTS);
    const years = rng.chance(0.5);
    const oneLine = rng.chance(0.5);
    const yearless = rng.chance(0.4);
    const related = page.related.slice(0, 8);
    const path = (iso: string, num: number) => `/system/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${num}.shtml`;
    const href = (r: Related) => `${base}${path(r.date!, itemNum(r))}`;
    const hospPart = `${hosp}${g ? (rng.chance(0.5) ? `（${g[0]}）` : ` | ${g[0]}`) : ''}`;
    const fields = rng.shuffle([esc(d.name!), tPrinted, hospPart, dept]);
    if (years) fields.push(`从医${rng.int(10, 38)}年`);
    const card = oneLine
      ? `<p class="${c(rng, 'expert', 'zj')}">答疑专家：${fields.join(' | ')}</p>`
      : `<div class="${c(rng, 'expert', 'zj')}"><p>答疑专家</p>${fields.map((f) => `<p>${f}</p>`).join('')}</div>`;
    const list = related.length
      ? `<div class="xgxw"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${yearless ? ` (${r.date!.slice(5)})` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav"><a href="https://www.dbw.cn/">东北网</a> | <a href="https://news.dbw.cn/">新闻</a> | <a href="${base}/">健康</a> | <a href="https://hlj.dbw.cn/">黑龙江</a></div>
<div class="banner"><img src="https://img.dbw.cn/ad/${token(rng, 8)}.jpg" width="960" alt=""></div>
<div class="${c(rng, 'main', 'article')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'ly')}">${page.date} ${clock(rng)}:${two(rng.int(0, 59))}　来源：东北网</div>
${card}
<div class="${c(rng, 'content', 'tex')}">
${paras(page.paragraphs)}
</div>
<p class="bj">（编辑：${otherName(rng)}）</p>
</div>
${list}
<div class="hot"><h3>热点推荐</h3><ul><li><a href="https://news.dbw.cn/${rng.int(1000, 9999)}.shtml">哈尔滨冰雪大世界开园</a></li></ul></div>
<div class="foot">东北网 版权所有　<a href="https://www.12377.cn/">违法和不良信息举报</a></div>`;
    const charset = enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : enc === 'utf8' || enc === 'wrong' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${page.question}_东北网健康`, null, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: tKey, department: dept, hospital: hosp, hospital_grade: g ? g[1] : null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F6. ydl-xinli-wenda ---

/**
 * F6. 壹点灵's 心理问答 (www.ydl.com/ask/{id}: the host from memory, the path and the markup guessed), UTF-8, canonical on 60%:
 * an app banner (`打开壹点灵APP`); `<h1>` the question, the asker's words and `{n}人浏览`; **`最佳回答`: the card — name, a
 * title (`心理治疗师` / `国家二级心理咨询师` / `心理咨询师`, 60%; or `主治医师 · 心理治疗师` with a `执业机构：{city}精神卫生
 * 中心 临床心理科` line, 40%: title 主治医师, the hospital and department that line's), `已认证`, `从业{n}年`, `{4.x}分`,
 * `擅长：`** — ; a voice bubble (`语音回答 60″`) before the text on 60% of voice items (keyed voice); the answer; `回答于 {day}`
 * (70%, keyed) or `{n}天前` (null); **on 45% `其他回答`: another 咨询师's card and answer (none)**; `推荐咨询师` (none);
 * `相关问答` (the question, the snippet, `{n}人看过`: undated).
 */
const ydlXinliWenda: Family = {
  name: 'ydl-xinli-wenda',
  split: 'fresh-113',
  site: 'www.ydl.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ydl.com';
    const canonical = rng.chance(0.6) ? `${base}/ask/${page.item.num}` : null;
    const clinical = rng.chance(0.4);
    const title = clinical ? '主治医师' : rng.pick(['心理治疗师', '国家二级心理咨询师', '心理咨询师']);
    const hosp = clinical ? `${cityOf(page)}市精神卫生中心` : null;
    const dept = clinical ? '临床心理科' : null;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const relative = rng.chance(0.3);
    const other = rng.chance(0.45);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => (canonical ? `/ask/${itemNum(r)}` : `${base}/ask/${itemNum(r)}`);
    const card = `<div class="${c(rng, 'counselor', 'ask-user')}"><img src="https://img.ydl.com/avatar/${token(rng, 8)}.jpg" alt=""><a class="nm" href="${base}/experts/${rng.int(10000, 99999)}">${esc(d.name!)}</a><span class="zc">${clinical ? '主治医师 · 心理治疗师' : title}</span><i class="v">已认证</i><span>从业${rng.int(3, 20)}年</span><span>4.${rng.int(5, 9)}分</span>${clinical ? `<p>执业机构：${hosp} 临床心理科</p>` : ''}<p>${rng.pick(['擅长：情绪管理、婚恋关系、焦虑抑郁。', '擅长：亲子关系、青少年心理、学业压力。', '擅长：睡眠问题、职场压力、自我成长。'])}</p></div>`;
    const when = relative ? `${rng.int(2, 9)}天前` : `回答于 ${rng.chance(0.5) ? page.date : zhPadded(page.date!)}`;
    const otherHtml = other
      ? `<div class="${c(rng, 'other-ans', 'answers')}"><h3>其他回答</h3><div class="counselor"><a href="${base}/experts/${rng.int(10000, 99999)}">${otherName(rng)}</a><span>心理咨询师</span><i>已认证</i></div><p>${rng.pick(['抱抱你，先接纳自己的情绪，再慢慢调整。', '可以尝试写情绪日记，记录每天的感受。'])}</p><p class="t">${shift(page.date!, rng.int(1, 3))}</p></div>`
      : '';
    const rec = `<div class="${c(rng, 'tj', 'rec-list')}"><h3>推荐咨询师</h3>${[0, 1].map(() => `<a href="${base}/experts/${rng.int(10000, 99999)}">${otherName(rng)} 心理咨询师 从业${rng.int(3, 15)}年 ¥${rng.int(3, 8)}00/次</a>`).join('')}</div>`;
    const list = related.length
      ? `<div class="${c(rng, 'xgwd', 'related')}"><h3>相关问答</h3>${related.map((r) => `<div class="it"><a href="${href(r)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${rng.int(100, 9999)}人看过</span></div>`).join('\n')}</div>`
      : '';
    const body = `<div class="app-bar">打开壹点灵APP，免费倾诉 <a href="${base}/app">打开</a></div>
<div class="${c(rng, 'ask-detail', 'wd')}">
<h1>${esc(page.question)}</h1>
<p class="desc">最近状态不太好，想听听专业的建议。</p><span class="pv">${rng.int(200, 9000)}人浏览</span>
<div class="${c(rng, 'best', 'answer-box')}"><h3>最佳回答</h3>
${card}
${voice ? `<div class="voice"><i></i>语音回答 ${rng.int(20, 59)}″</div>` : ''}
<div class="${c(rng, 'txt', 'answer-content')}">
${paras(page.paragraphs)}
</div>
<p class="t">${when}</p>
<div class="op"><a href="javascript:;">赞同</a> <a href="javascript:;">举报</a></div>
</div>
${otherHtml}
</div>
${rec}
${list}
<div class="foot">壹点灵 心理服务平台　如遇危机请拨打心理援助热线</div>`;
    const doc = documentOf(`${page.question}-壹点灵心理问答`, canonical, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: hosp, hospital_grade: null },
        date: relative ? null : page.date,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => r.snippet, false),
      }),
    };
  },
};

export const FRESH113_FAMILIES: readonly Family[] = [pkuphHuizhenWenda, jstZhuanjiaWenda, cr881903YishengXinxiang, sinlauYiliaoZixun, dbwMingyiWenda, ydlXinliWenda];
