import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, ENGLISH_MONTHS, itemNum, itemsOf, otherName, paras, shift, token, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-nineteenth fresh held-out set (split `fresh-119`): written blind on 2026-12-08 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a fifty-fourth set**, leaning on **the doctor
 * card in every form, on sites of the Chinese-speaking world beyond the mainland's portals**: Singapore and Malaysia
 * (English credentials beside Chinese ones, a romanised name beside the Chinese one or the English name alone, `顾问医生`,
 * `Consultant Obstetrician & Gynaecologist`, `{specialty}专科医生`, `O&G`, `ENT`), Hong Kong (`{specialty}專科醫生`,
 * `註冊中醫`, `名譽臨床助理教授`, `私人執業`, a hospital by its short name), overseas Chinese media (a Canadian or US clinic's
 * doctor, `医学博士`, `執業醫師`, `执业护士（NP）`, `醫師助理（PA）`), a title before the name or only in a sentence
 * (`本文由…医生解答`), two people credited (a reviewer, an interviewer, a team and its writer), a nurse or lactation
 * consultant answering, cards in a `<dl>`, a `title` tooltip, and a JSON-LD `Physician` the visible page contradicts.
 *
 * Six Chinese-language sites, none modelled or named by an earlier split. Grepped (case-insensitive, fixed strings, in
 * README.md and families*.ts), no hit: 莱佛士 / 萊佛士 / 莱佛士医疗 / 萊佛士醫療 / Raffles / Raffles Medical / rafflesmedical,
 * 汤申 / 湯申 / Thomson, 南华 / 南華 / 南华医院 / 南華醫院 / Lam Wah Ee / lamwahee, 東周刊 / 东周刊 / eastweek, 温哥华天空 /
 * 溫哥華天空 / vansky, 洛杉矶华人 / chineseinla; also no hit but not taken: 罗元礼 / 羅元禮 / Loh Guan Lye, 安息日会 / Adventist,
 * 新保 / SingHealth / healthxchange, 都市日報 / metrodaily, 中大醫院 / 香港中文大學醫院 / cuhkmc (its short word CUHK hits: left),
 * sinoquebec, iask.ca / 加拿大家园, 國家網路醫藥 (KingNet hits: left), 台大醫院 (臺大醫院 hits: left), 三總, 埔基, 中山醫.
 * Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (a fourth time), 南洋商报 / 南洋, 联合早报 / zaobao,
 * 当今大马, 新明日报 / shinmin, 力報 / exmoo, 世界日報, 大纪元, 侨报 / 僑報, Bowtie, 卓健, 新加坡中央 / SGH, 陈笃生, 双威 /
 * Sunway, 科大醫院, Yahoo, 中時, 元氣網 / udn, KingNet, Heho, 常春, 伊丽莎白 (Mount Elizabeth), 鹰阁 / Gleneagles, KPJ, Pantai,
 * 康宁, 中國報, 东方日报, 星洲 / sinchew, UMP (聯合醫務's host word), 港怡, 明愛醫院, healthhub, 邱德拔 (KTPH), 8视界, 联合晚报, TDM,
 * 市民日報, 華僑報, 文学城 (wenxuecity), 加国无忧 / 51.ca, yorkbbs, Mahkota, Island Hospital, 嘉諾撒, TOPick, HK01 / 香港01, 明周,
 * 濠江, 論盡, 新華澳報, 倍可亲, 多维, 台安醫院, 新光醫院, 國泰 (國泰綜合醫院; Cathay / cgh no hit), 振興醫院, 耕莘, ntuh, 彰基,
 * 中國醫藥大學 / cmuh, 大樹藥局, 杏一, 屈臣氏 / watsons, 仁濟, 保良局, 基督教聯合醫院, 今日悉尼.
 * - **raffles-jiankang-wenda** (莱佛士医疗, Singapore): `陈伟明 Dr. Tan Wei Ming`, `Dr. 陈伟明` or **`Dr Tan Wei Ming` alone**;
 *   post-nominals `MBBS (Singapore), MMed (Family Medicine)`; `Family Physician 家庭医生` / Chinese only / **English only**;
 *   `心脏科 Cardiology` / **English only**; `莱佛士医院 Raffles Hospital` / **English only**; **a JSON-LD `Physician` naming
 *   another specialty and the group's head office**; `5 Jan 2023` / `05/01/2023` (day first) / `2023年1月5日`;
 * - **thomson-fuchan-wenda** (汤申医疗, Singapore, women's and children's): **the card in a `<dl>`, an inline line with the
 *   clinic's English name only in a `title` tooltip, or a lactation consultant / nurse answering**; **`妇产科/O&G`, `妇产科`
 *   or `O&G` alone**; `Consultant Obstetrician & Gynaecologist` alone; `王明医生`; a yearless `1月5日` on some (null);
 * - **lamwahee-yiyao-xinxiang-gbk** (南华医院, Penang, GBK: gb2312 / gbk / undeclared / **declared windows-1252**): **`顾问医生
 *   王明` (title before the name), `王明医生，耳鼻喉科专科医生`, or only `本文由南华医院耳鼻喉科王明医生解答。`**; `MBBS
 *   (Malaya), MRCP (UK)`; `科别：ENT` / `妇产科/O&G`; days `05-01-2023` (day first) / `2023年1月5日` / `2023-1-5`;
 * - **eastweek-yisheng-xinxiang-big5** (東周刊's 醫生信箱, Hong Kong, Big5 declared / undeclared, or UTF-8): **`兒科專科醫生
 *   王明醫生`, `註冊中醫 王明`, `家庭醫學專科醫生、香港大學名譽臨床助理教授`, the hospital `瑪麗` (short) / `私人執業` /
 *   a clinic; a `審閱` doctor and a `記者` byline beside the answering doctor**; `第N期` issue; truncated snippets `...`;
 * - **vansky-jiating-yisheng** (温哥华天空's 家庭医生问答, Vancouver): **`王明 医学博士（Dr. Wang, MD, CCFP）` with `家庭医生 ·
 *   {clinic}`, `王明，执业护士（NP）`, or only `本文由{clinic}王明医生解答。`; a clinic in English only**; `3天前` (null);
 * - **chineseinla-yisheng-zhuanlan** (洛杉矶华人资讯网's 醫生專欄, Los Angeles): **`王明 醫學博士` with `執業醫師`, `醫師助理
 *   （PA）王明`, or a team `{clinic}醫療團隊` with its `主筆：` doctor; an English-only medical group**; `Jan 5, 2023`.
 * Hosts from memory (www.rafflesmedicalgroup.com, www.thomsonmedical.com, www.vansky.com, www.chineseinla.com) or guessed
 * (www.lamwahee.com.my, eastweek.my-magazine.me); every path, column name, clinic name and the markup guessed; none copied.
 * Each card is the site's own (its titles, departments, clinics drawn here), not the universe's mainland card.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the name** the Chinese name where printed (`陈伟明 Dr. Tan Wei Ming` → 陈伟明, `王明医生` → 王明), else the English one as
 *   printed without `Dr` (earlier splits' rule); **the title** the Chinese one where both are printed, an English one kept as
 *   printed where only it is (`Consultant Obstetrician & Gynaecologist`); post-nominals (`MBBS …`, `MD, CCFP`) and **`医学博士`
 *   / `醫學博士` (a degree) no title**; a 医生 suffix no title (null where no rank is printed: the sentence-only cards);
 *   **`{specialty}专科医生` / `{specialty}專科醫生` title 专科医生 / 專科醫生 and the specialty the department** (the README's
 *   Hong Kong rule, applied to 南华医院's simplified form too); **`名譽臨床助理教授` (a university post) none of the card**;
 *   `註冊中醫` the title; `执业护士（NP）` → 执业护士, `醫師助理（PA）` → 醫師助理, `哺乳顾问` / `高级护理专家` the title;
 *   **the department as printed: `妇产科/O&G` → 妇产科 (the Chinese of a pair), `O&G` / `ENT` alone as printed**, else null;
 *   **the hospital as printed, the Chinese where both, English where only it is; `瑪麗` as printed (not expanded); `私人執業`
 *   null; 南华医院 the site itself**; grade null on every page (none prints one); **a tooltip's, a JSON-LD `Physician`'s
 *   values none** (the visible page wins); **whose card**: 東周刊's answering doctor (under `醫生答：`), not the `審閱` doctor
 *   nor the `記者`; on 洛杉矶华人资讯网's team answers the `主筆` doctor (the one who wrote the answer), the team no hospital;
 * - **the date** the answer's publication day as printed in full (`05/01/2023` and `05-01-2023` day first: Singapore and
 *   Malaysia print day first); yearless `1月5日`, `3天前` null; `最后更新`, `第N期`'s issue day, a comment's day none;
 * - **format** unknown on every page (no player, no label);
 * - **the question** the `<h1>`; the asker's line none; **the answer** the doctor's paragraphs (disclaimers, the `本文由…解答`
 *   sentence, `審閱` / `記者` lines none);
 * - **related items**: 莱佛士's `相关文章`, 汤申's `您可能也想了解`, 南华's `相关问答`, 東周刊's `相關文章`, 温哥华天空's
 *   `相关阅读`, 洛杉矶's `更多健康問答`; **a doctor list (`我们的医生`, `医生名单`), a department list (`热门专科`, `相关专科`),
 *   hot-topics (`熱門`, `热门帖子`) none**; questions as printed, snippets as printed (cut ones with `...`), the day where a whole
 *   one is printed, links as written, resolved against the canonical where the page names one.
 */

type Related = TruthPage['related'][number];

const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
const VIEWPORT = '<meta name="viewport" content="width=device-width,initial-scale=1">\n';
const lang = (html: string, l: string) => html.replace('<html lang="zh-CN">', `<html lang="${l}">`);
const dmy = (iso: string, sep = '/') => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
/** 5 Jan 2023. */
const dMonY = (iso: string) => `${Number(iso.slice(8, 10))} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]!.slice(0, 3)} ${iso.slice(0, 4)}`;
/** Jan 5, 2023. */
const monDY = (iso: string) => `${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]!.slice(0, 3)} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
const EN_NAMES = ['Tan Wei Ming', 'Lim Hui Min', 'Ng Kok Leong', 'Chua Siew Ling', 'Goh Boon Hwee', 'Lee Mei Ling', 'Wong Kar Seng', 'Teo Li Ting', 'Ong Chee Keong', 'Koh Jia Hui'];
const enName = (rng: Rng) => rng.pick(EN_NAMES);

const B5_OK = new Map<string, boolean>();
/** Bytes in Big5, every character the WHATWG Big5 decoder would not read back as written as `&#x…;`. */
const big5Bytes = (html: string) => {
  const dec = new TextDecoder('big5');
  const out = [...html]
    .map((ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      let ok = B5_OK.get(ch);
      if (ok === undefined) {
        const bytes = iconv.encode(ch, 'big5');
        ok = iconv.decode(bytes, 'big5') === ch && dec.decode(bytes) === ch;
        B5_OK.set(ch, ok);
      }
      return ok ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
};
const GBK_OK = new Map<string, boolean>();
/** Bytes in GBK, any character GBK cannot hold written as `&#x…;`. */
const gbkBytes = (html: string) => {
  const dec = new TextDecoder('gbk');
  const out = [...html]
    .map((ch) => {
      if (ch.charCodeAt(0) < 128) return ch;
      let ok = GBK_OK.get(ch);
      if (ok === undefined) {
        const bytes = iconv.encode(ch, 'gbk');
        ok = dec.decode(bytes) === ch;
        GBK_OK.set(ch, ok);
      }
      return ok ? ch : `&#x${ch.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'gbk');
};

// --- F1. raffles-jiankang-wenda ---

const RAFFLES_TITLES = [['家庭医生', 'Family Physician'], ['顾问医生', 'Consultant'], ['高级顾问医生', 'Senior Consultant'], ['专科医生', 'Specialist']] as const;
const RAFFLES_DEPTS = [['心脏科', 'Cardiology'], ['肠胃科', 'Gastroenterology'], ['家庭医学', 'Family Medicine'], ['皮肤科', 'Dermatology'], ['骨科', 'Orthopaedic Surgery'], ['儿科', 'Paediatrics']] as const;
const RAFFLES_SITES = [['莱佛士医院', 'Raffles Hospital'], ['莱佛士医疗 滨海诊所', 'Raffles Medical Marina Bay'], ['莱佛士医疗 金文泰诊所', 'Raffles Medical Clementi'], ['莱佛士医疗 樟宜机场诊所', 'Raffles Medical Changi Airport']] as const;

/**
 * F1. 莱佛士医疗's 健康问答 in Chinese (Singapore; www.rafflesmedicalgroup.com/zh/health-resources/ask-our-doctors/{id}:
 * host from memory, path guessed), UTF-8, `lang="zh-SG"`, canonical on 60%; cookie notice, nav, a WhatsApp 预约 button;
 * the `<h1>` question; **the author box: name `陈伟明 Dr. Tan Wei Ming` (45%: 陈伟明), `Dr. 陈伟明` (25%) or `Dr Tan Wei Ming`
 * alone (30%: Tan Wei Ming); post-nominals on 60% (none); title Chinese + English (40%: the Chinese), Chinese only (35%),
 * English only (25%: as printed); department likewise (Chinese where printed, English alone on 20%); the clinic Chinese +
 * English (50%), Chinese only (30%), English only (20%: as printed)**; before or after the answer; **a JSON-LD `Physician`
 * on 50% naming another specialty and `Raffles Medical Group` (none)**; `发布日期：` `5 Jan 2023` / `05/01/2023` (day first) /
 * `2023年1月5日` (keyed), `最后更新：` a later day on 40% (none); a 免责声明; share bar; `相关文章` (snippet on 50%, cut with
 * `...` where long; `5 Jan 2023` on 40%); `我们的医生` (a doctor list: none), `热门专科` (none).
 */
const rafflesJiankangWenda: Family = {
  name: 'raffles-jiankang-wenda',
  split: 'fresh-119',
  site: 'www.rafflesmedicalgroup.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.rafflesmedicalgroup.com';
    const canonical = rng.chance(0.6) ? `${base}/zh/health-resources/ask-our-doctors/${page.item.num}` : null;
    const en = enName(rng);
    const nameForm = rng.weighted([['both', 45], ['drcn', 25], ['en', 30]] as const);
    const namePrint = nameForm === 'both' ? (rng.chance(0.5) ? `${esc(d.name!)} Dr. ${en}` : `Dr. ${en} ${esc(d.name!)}`) : nameForm === 'drcn' ? `Dr. ${esc(d.name!)}` : `Dr ${en}`;
    const name = nameForm === 'en' ? en : d.name;
    const post = rng.chance(0.6) ? rng.pick(['MBBS (Singapore), MMed (Family Medicine)', 'MBBS (NUS), MRCP (UK), FAMS', 'MBBS (Malaya), MRCP (UK)', 'MD, PhD']) : null;
    const [tcn, ten] = rng.pick([...RAFFLES_TITLES]);
    const tForm = rng.weighted([['both', 40], ['cn', 35], ['en', 25]] as const);
    const titlePrint = tForm === 'both' ? `${ten} ${tcn}` : tForm === 'cn' ? tcn : ten;
    const title = tForm === 'en' ? ten : tcn;
    const [dcn, den] = rng.pick([...RAFFLES_DEPTS]);
    const dForm = rng.weighted([['both', 45], ['cn', 35], ['en', 20]] as const);
    const deptPrint = dForm === 'both' ? `${dcn} ${den}` : dForm === 'cn' ? dcn : den;
    const department = dForm === 'en' ? den : dcn;
    const [hcn, hen] = rng.pick([...RAFFLES_SITES]);
    const hForm = rng.weighted([['both', 50], ['cn', 30], ['en', 20]] as const);
    const hospPrint = hForm === 'both' ? `${hcn}（${hen}）` : hForm === 'cn' ? hcn : hen;
    const hospital = hForm === 'en' ? hen : hcn;
    const dayForm = rng.weighted([['en', 40], ['dmy', 30], ['cn', 30]] as const);
    const day = dayForm === 'en' ? dMonY(iso) : dayForm === 'dmy' ? dmy(iso) : cnDate(iso);
    const updated = rng.chance(0.4);
    const jsonLd = rng.chance(0.5);
    const before = rng.chance(0.6);
    const snip = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/zh/health-resources/ask-our-doctors/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snip ? cutSnippet(r.snippet, 40, 44, '...') : null);
    const box = `<div class="${c(rng, 'author-box', 'doctor-profile')}"><img src="/media/doctors/${token(rng, 10)}.jpg" alt="">
<div class="n">${namePrint}</div>${post ? `\n<div class="q">${post}</div>` : ''}
<div class="t">${titlePrint}</div><div class="s">${deptPrint}</div><div class="h">${hospPrint}</div></div>`;
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<div class="${c(rng, 'card', 'article-card')}"><a href="${href(r)}"><h4>${esc(r.question)}</h4></a>${s === null ? '' : `<p>${esc(s)}</p>`}${dated ? `<span class="date">${dMonY(r.date!)}</span>` : ''}</div>`;
    });
    const list = related.length ? `<section class="${c(rng, 'related-articles', 'rel')}"><h3>相关文章</h3>\n${items.join('\n')}\n</section>` : '';
    const ld = jsonLd
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Physician', name: `Dr ${en}`, medicalSpecialty: 'GeneralPractice', worksFor: { '@type': 'MedicalOrganization', name: 'Raffles Medical Group' }, address: '585 North Bridge Road, Singapore' })}</script>\n`
      : '';
    const body = `<div class="cookie">本网站使用 Cookies。<a href="javascript:;">接受</a></div>
<header><a href="/zh/"><img src="/images/logo.svg" alt="Raffles Medical Group 莱佛士医疗"></a><nav><a href="/zh/">首页</a> <a href="/zh/specialties/">专科服务</a> <a href="/zh/doctors/">寻找医生</a> <a href="/zh/health-resources/">健康资讯</a></nav><a class="wa" href="https://wa.me/6563111111">WhatsApp 预约</a></header>
<main class="${c(rng, 'article', 'qa-detail')}">
<h1>${esc(page.question)}</h1>
<div class="meta"><span>发布日期：${day}</span>${updated ? ` <span>最后更新：${dMonY(shift(iso, rng.int(30, 300)))}</span>` : ''}</div>
${before ? `${box}\n` : ''}<div class="${c(rng, 'content', 'answer')}">
${paras(page.paragraphs)}
</div>
${before ? '' : `${box}\n`}<p class="disclaimer">免责声明：本文内容仅供参考，不能替代专业医疗意见。</p>
<div class="share">分享：<a href="javascript:;">Facebook</a> <a href="javascript:;">WhatsApp</a> <a href="javascript:;">复制链接</a></div>
</main>
${list}
<aside><div class="docs"><h3>我们的医生</h3><ul><li><a href="/zh/doctors/${rng.int(100, 999)}">Dr ${enName(rng)}</a> 家庭医生</li><li><a href="/zh/doctors/${rng.int(100, 999)}">Dr ${enName(rng)}</a> 顾问医生</li></ul></div>
<div class="spec"><h3>热门专科</h3><a href="/zh/specialties/cardiology">心脏科</a> <a href="/zh/specialties/paediatrics">儿科</a> <a href="/zh/specialties/orthopaedic">骨科</a></div></aside>
<footer>© Raffles Medical Group 莱佛士医疗集团</footer>`;
    const doc = lang(documentOf(`${page.question} | 莱佛士医疗`, canonical, VIEWPORT + ld, body), 'zh-SG');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name, title, department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, dated),
      }),
    };
  },
};

// --- F2. thomson-fuchan-wenda ---

const THOMSON_CLINICS = [['汤申医疗中心', 'Thomson Medical Centre'], ['汤申妇产专科诊所', 'Thomson Women’s Clinic'], ['汤申儿科诊所', 'Thomson Paediatric Centre']] as const;

/**
 * F2. 汤申医疗's 妇产问答 in Chinese (Singapore; www.thomsonmedical.com/zh/mums-and-babies/ask/{id}: host from memory, path
 * guessed), UTF-8, `lang="zh-SG"`, canonical on 50%; the `<h1>` question; **the card: a `<dl>` (`医生` / `职位` / `专科` / `诊所`,
 * 40%), an inline line `王明医生 · 顾问医生 · 妇产科/O&G · <span title="Thomson Medical Centre">汤申医疗中心</span>` (35%), or a
 * nurse / lactation consultant (`哺乳顾问 王明` / `高级护理专家 王明`, the clinic, no department: 25%)**; the doctor's name `王明医生`
 * or `Dr. 王明`; **the title `顾问医生` / `高级顾问医生` or `Consultant Obstetrician & Gynaecologist` alone (30%: as
 * printed); the department `妇产科/O&G` (40%: 妇产科), `妇产科` (30%) or `O&G` alone (30%: as printed)**; an avatar whose
 * `title` holds an English name (none); `2023年1月5日` (45%), `05 Jan 2023` style (40%) or **a yearless `1月5日` (15%: null)**;
 * 预约 banner, a 母婴社群 app banner; `您可能也想了解` (snippet on 60%); `相关专科` (none).
 */
const thomsonFuchanWenda: Family = {
  name: 'thomson-fuchan-wenda',
  split: 'fresh-119',
  site: 'www.thomsonmedical.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.thomsonmedical.com';
    const canonical = rng.chance(0.5) ? `${base}/zh/mums-and-babies/ask/${page.item.num}` : null;
    const form = rng.weighted([['dl', 40], ['inline', 35], ['nurse', 25]] as const);
    const [ccn, cen] = rng.pick([...THOMSON_CLINICS]);
    const nameShown = rng.chance(0.5) ? `${esc(d.name!)}医生` : `Dr. ${esc(d.name!)}`;
    const enTitle = rng.chance(0.3);
    const title0 = enTitle ? 'Consultant Obstetrician &amp; Gynaecologist' : rng.pick(['顾问医生', '高级顾问医生']);
    const deptForm = rng.weighted([['pair', 40], ['cn', 30], ['en', 30]] as const);
    const deptPrint = deptForm === 'pair' ? '妇产科/O&amp;G' : deptForm === 'cn' ? '妇产科' : 'O&amp;G';
    const nurseTitle = rng.pick(['哺乳顾问', '高级护理专家']);
    const dayForm = rng.weighted([['cn', 45], ['en', 40], ['yearless', 15]] as const);
    const day = dayForm === 'cn' ? cnDate(iso) : dayForm === 'en' ? `${two(Number(iso.slice(8)))} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]!.slice(0, 3)} ${iso.slice(0, 4)}` : `${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日`;
    const snip = rng.chance(0.6);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/zh/mums-and-babies/ask/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snip ? r.snippet : null);
    const avatar = `<img class="avatar" src="/media/staff/${token(rng, 8)}.jpg" alt="" title="Dr ${enName(rng)}">`;
    const card =
      form === 'dl'
        ? `<dl class="${c(rng, 'doctor-info', 'specialist')}">${avatar}<dt>医生</dt><dd>${nameShown}</dd><dt>职位</dt><dd>${title0}</dd><dt>专科</dt><dd>${deptPrint}</dd><dt>诊所</dt><dd>${ccn}</dd></dl>`
        : form === 'inline'
          ? `<p class="${c(rng, 'by', 'answered-by')}">${avatar}解答：${nameShown} · ${title0} · ${deptPrint} · <span class="clinic" title="${esc(cen)}">${ccn}</span></p>`
          : `<div class="${c(rng, 'by', 'nurse-card')}">${avatar}<p>解答：${nurseTitle} ${esc(d.name!)}</p><p>${ccn}</p></div>`;
    const doctor =
      form === 'nurse'
        ? { name: d.name, title: nurseTitle, department: null, hospital: ccn, hospital_grade: null }
        : { name: d.name, title: enTitle ? 'Consultant Obstetrician & Gynaecologist' : title0, department: deptForm === 'en' ? 'O&G' : '妇产科', hospital: ccn, hospital_grade: null };
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li><a href="${href(r)}">${esc(r.question)}</a>${s === null ? '' : `<p>${esc(s)}</p>`}</li>`;
    });
    const list = related.length ? `<div class="${c(rng, 'also', 'more-qa')}"><h3>您可能也想了解</h3><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const body = `<div class="app-banner">下载 Thomson 母婴社群 App，随时提问 <a href="javascript:;">打开</a></div>
<header><a href="/zh/"><img src="/img/logo.png" alt="Thomson Medical 汤申医疗"></a><nav><a href="/zh/">首页</a> <a href="/zh/mums-and-babies/">妈妈与宝宝</a> <a href="/zh/doctors/">寻找医生</a></nav></header>
<article class="${c(rng, 'qa', 'ask-detail')}">
<h1>${esc(page.question)}</h1>
<p class="asked">妈妈提问：${esc(rng.pick(ASKER_LINES))}</p>
<time class="pub">${day}</time>
${card}
<div class="${c(rng, 'answer', 'body')}">
${paras(page.paragraphs)}
</div>
<p class="note">本文仅供参考，如有疑问请咨询您的医生。</p>
<div class="book">预约门诊：<a href="tel:+6562502222">+65 6250 2222</a></div>
</article>
${list}
<div class="${c(rng, 'specs', 'dept-links')}"><h3>相关专科</h3><a href="/zh/specialties/obgyn">妇产科</a> <a href="/zh/specialties/paediatrics">儿科</a> <a href="/zh/specialties/fertility">生育中心</a></div>
<footer>© Thomson Medical Pte Ltd</footer>`;
    const doc = lang(documentOf(`${page.question} - 汤申医疗`, canonical, VIEWPORT, body), 'zh-SG');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        date: dayForm === 'yearless' ? null : iso,
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, false),
      }),
    };
  },
};

// --- F3. lamwahee-yiyao-xinxiang-gbk ---

const LWE = '南华医院';
const LWE_SPECS = [['耳鼻喉科', 'ENT'], ['妇产科', 'O&G'], ['心脏科', 'Cardiology'], ['儿科', 'Paediatrics'], ['骨科', 'Orthopaedics'], ['肠胃科', 'Gastroenterology']] as const;

/**
 * F3. 南华医院's 医药信箱 in Chinese (Lam Wah Ee Hospital, Penang; www.lamwahee.com.my/cn/qa/show.asp?id={id}: host and path
 * guessed), an old ASP site in **GBK: `gb2312` by http-equiv (45%), `gbk` meta (20%), undeclared (20%), declared
 * `windows-1252` (15%)**; no canonical (links as written); a table layout, `Lam Wah Ee Hospital 南华医院` in the header;
 * `问题：{q}` in the `<h1>`; **the card: `顾问医生 王明` (title before the name, 35%; `科别：` printed on 60% — `ENT` alone,
 * `妇产科/O&G` or the Chinese —, else null), `王明医生，耳鼻喉科专科医生` (35%: title 专科医生, the specialty the department),
 * or only a closing sentence `本文由南华医院耳鼻喉科王明医生解答。` (30%: no title)**; `MBBS (Malaya), MRCP (UK)` on 50%
 * (none); days `日期：05-01-2023` (day first), `2023年1月5日` or `2023-1-5` (keyed); `<td>`s unclosed on 30%; `相关问答`
 * table rows (link-only, `dd-mm-yyyy` on 50%); `医生名单` (none), `最新消息` (none).
 */
const lamweeYiyaoXinxiangGbk: Family = {
  name: 'lamwahee-yiyao-xinxiang-gbk',
  split: 'fresh-119',
  site: 'www.lamwahee.com.my',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const enc = rng.weighted([['gb2312', 45], ['gbk', 20], ['none', 20], ['wrong', 15]] as const);
    const form = rng.weighted([['pre', 35], ['spec', 35], ['sentence', 30]] as const);
    const [scn, sen] = rng.pick([...LWE_SPECS]);
    const preTitle = rng.pick(['顾问医生', '资深顾问医生', '驻院医生']);
    const deptLine = rng.chance(0.6);
    const deptForm = rng.weighted([['en', 35], ['pair', 35], ['cn', 30]] as const);
    const deptPrint = deptForm === 'en' ? sen : deptForm === 'pair' ? `${scn}/${sen}` : scn;
    const post = rng.chance(0.5) ? rng.pick(['MBBS (Malaya), MRCP (UK)', 'MD (UKM), MMed (O&amp;G)', 'MBBS (IMU), FRCS (Edin)']) : null;
    const dayForm = rng.weighted([['dmy', 40], ['cn', 30], ['un', 30]] as const);
    const day = dayForm === 'dmy' ? dmy(iso, '-') : dayForm === 'cn' ? cnDate(iso) : iso.split('-').map(Number).join('-');
    const unclosed = rng.chance(0.3);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show.asp?id=${itemNum(r)}`;
    const td = (v: string, attrs = '') => `<td${attrs}>${v}${unclosed ? '' : '</td>'}`;
    const card =
      form === 'pre'
        ? `<tr>${td(`<b>${preTitle} ${esc(d.name!)}</b>${post ? `<br>${post}` : ''}${deptLine ? `<br>科别：${deptPrint.replace('&', '&amp;')}` : ''}`, ' class="doc"')}</tr>`
        : form === 'spec'
          ? `<tr>${td(`<b>${esc(d.name!)}医生</b>，${scn}专科医生${post ? `<br>${post}` : ''}`, ' class="doc"')}</tr>`
          : '';
    const doctor =
      form === 'pre'
        ? { name: d.name, title: preTitle, department: deptLine ? (deptForm === 'en' ? sen : scn) : null, hospital: LWE, hospital_grade: null }
        : { name: d.name, title: form === 'spec' ? '专科医生' : null, department: scn, hospital: LWE, hospital_grade: null };
    const rows = related.map((r) => `<tr>${td(`<a href="${href(r)}">${esc(r.question)}</a>`)}${dated ? td(dmy(r.date!, '-'), ' width="90"') : ''}</tr>`);
    const list = related.length ? `<table class="${c(rng, 'xgwd', 'related')}" width="760"><tr><th colspan="2">相关问答</th></tr>\n${rows.join('\n')}\n</table>` : '';
    const body = `<table width="980" align="center"><tr><td><img src="/images/logo.gif" alt="Lam Wah Ee Hospital"> <b>Lam Wah Ee Hospital ${LWE}</b></td><td class="nav"><a href="/cn/">首页</a> | <a href="/cn/services/">医疗服务</a> | <a href="/cn/doctors/">医生名单</a> | <a href="/cn/qa/">医药信箱</a> | <a href="/en/">English</a></td></tr></table>
<table width="980" align="center"><tr><td width="760" valign="top">
<h1>问题：${esc(page.question)}</h1>
<p class="date">日期：${day}</p>
<p class="ask">读者来信：${esc(rng.pick(ASKER_LINES))}</p>
<table class="${c(rng, 'reply', 'answer')}" width="100%">
${card}
<tr>${td(paras(page.paragraphs))}</tr>
${form === 'sentence' ? `<tr>${td(`<i>本文由${LWE}${scn}${esc(d.name!)}医生解答。</i>`)}</tr>\n` : ''}</table>
<p class="note">* 以上解答仅供参考，详情请向您的医生咨询。</p>
${list}
</td><td width="220" valign="top"><div class="side"><b>医生名单</b><ul><li><a href="/cn/doctors/${rng.int(10, 99)}">${otherName(rng)}医生</a></li><li><a href="/cn/doctors/${rng.int(10, 99)}">${otherName(rng)}医生</a></li></ul><b>最新消息</b><ul><li><a href="/cn/news/${rng.int(100, 999)}">本院新楼启用</a></li><li><a href="/cn/news/${rng.int(100, 999)}">免费健康检查日</a></li></ul></div></td></tr></table>
<div class="foot">${LWE} 槟城 Jalan Tan Sri Teh Ewe Lim　电话：04-652 8888</div>`;
    const charset =
      enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'gbk' ? '<meta charset="gbk">' : enc === 'wrong' ? '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' : '';
    const html = lang(documentOf(`${page.question} - 医药信箱 - ${LWE}`, null, '', body, charset), 'zh-MY');
    return {
      body: gbkBytes(html),
      expected: expectedOf(page, {
        doctor,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F4. eastweek-yisheng-xinxiang-big5 ---

const EW_SPECS = ['兒科', '婦產科', '耳鼻喉科', '骨科', '皮膚科', '腸胃肝臟科', '心臟科', '精神科'];
const EW_HOSPITALS = ['瑪麗', '養和醫院', '伊利沙伯醫院', '私人執業', '中環醫務中心', '旺角家庭醫學診所'];

/**
 * F4. 東周刊's 醫生信箱 (Hong Kong; eastweek.my-magazine.me/main/{id}: host from memory, path guessed), **Big5 declared (55%),
 * Big5 undeclared (25%), UTF-8 (20%)**, `lang="zh-HK"`, canonical on 40%; nav, a 訂閱 banner, an ad slot; `第N期` issue
 * (none); `<h1>` the question; `記者：{name}` byline on 50% (none); `讀者問：` the asker's line; **the card after `醫生答：`:
 * `{specialty}專科醫生 {name}醫生` (45%: title 專科醫生, department the specialty), `註冊中醫 {name}` (25%: title 註冊中醫, no
 * department), or `{name}醫生 家庭醫學專科醫生、香港大學名譽臨床助理教授` (30%: title 專科醫生, department 家庭醫學; the
 * honorary post none)**; the hospital line printed as `瑪麗` (short, as printed), a hospital, a clinic, or `私人執業` (null),
 * missing on 20% of cards (null); **`審閱：{other}醫生（{specialty}專科）` on 30% (another doctor: none)**; `出版日期：`
 * `2023年1月5日` (45%), `05/01/2023` (40%, day first) or a yearless `1月5日` (15%: null); `相關文章` (snippet cut at 30 with
 * `...` on 50%; `dd/mm/yyyy` on 40%); `熱門` (none); share, 留言.
 */
const eastweekYishengXinxiangBig5: Family = {
  name: 'eastweek-yisheng-xinxiang-big5',
  split: 'fresh-119',
  site: 'eastweek.my-magazine.me',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://eastweek.my-magazine.me';
    const canonical = rng.chance(0.4) ? `${base}/main/${page.item.num}` : null;
    const enc = rng.weighted([['big5', 55], ['undeclared', 25], ['utf8', 20]] as const);
    const form = rng.weighted([['spec', 45], ['tcm', 25], ['prof', 30]] as const);
    const spec = rng.pick(EW_SPECS);
    const hosp = rng.chance(0.8) ? (form === 'tcm' ? rng.pick(['仁心中醫診所', '私人執業', '康和中醫館']) : rng.pick(EW_HOSPITALS)) : null;
    const reviewer = rng.chance(0.3);
    const reporter = rng.chance(0.5);
    const dayForm = rng.weighted([['cn', 45], ['dmy', 40], ['yearless', 15]] as const);
    const day = dayForm === 'cn' ? cnDate(iso) : dayForm === 'dmy' ? dmy(iso) : `${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日`;
    const snip = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/main/${itemNum(r)}`;
    const snippetOf = (r: Related) => (snip ? cutSnippet(r.snippet, 30, 32, '...') : null);
    const cardLine =
      form === 'spec'
        ? `${spec}專科醫生 <b>${esc(d.name!)}醫生</b>`
        : form === 'tcm'
          ? `註冊中醫 <b>${esc(d.name!)}</b>`
          : `<b>${esc(d.name!)}醫生</b> 家庭醫學專科醫生、香港大學名譽臨床助理教授`;
    const doctor = {
      name: d.name,
      title: form === 'tcm' ? '註冊中醫' : '專科醫生',
      department: form === 'spec' ? spec : form === 'prof' ? '家庭醫學' : null,
      hospital: hosp === null || hosp === '私人執業' ? null : hosp,
      hospital_grade: null,
    };
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <span>${dmy(r.date!)}</span>` : ''}${s === null ? '' : `<p>${esc(s)}</p>`}</li>`;
    });
    const list = related.length ? `<div class="${c(rng, 'related', 'more-news')}"><h3>相關文章</h3><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const body = `<header><a href="/"><img src="/img/ew-logo.png" alt="東周刊"></a><nav><a href="/main/news">時事</a> <a href="/main/health">健康</a> <a href="/main/ent">娛樂</a> <a href="/subscribe">訂閱</a></nav></header>
<div class="ad"><ins class="adsbygoogle" data-ad-slot="${rng.int(1e9, 9e9)}"></ins></div>
<article class="${c(rng, 'article', 'story')}">
<div class="issue">健康 · 醫生信箱 · 第${rng.int(900, 1100)}期</div>
<h1>${esc(page.question)}</h1>
<div class="meta">出版日期：${day}${reporter ? `　記者：${otherName(rng)}` : ''}</div>
<p class="q"><b>讀者問：</b>${esc(rng.pick(ASKER_LINES))}</p>
<div class="${c(rng, 'doctor', 'ans-by')}"><p><b>醫生答：</b>${cardLine}</p>${hosp ? `<p class="h">${hosp}</p>` : ''}</div>
<div class="${c(rng, 'content', 'text')}">
${paras(page.paragraphs)}
</div>
${reviewer ? `<p class="rev">審閱：${otherName(rng)}醫生（${rng.pick(EW_SPECS)}專科）</p>\n` : ''}<div class="share">分享：Facebook　WhatsApp　<a href="javascript:;">留言</a></div>
</article>
${list}
<aside class="hot"><h3>熱門</h3><ol><li><a href="/main/${rng.int(100000, 999999)}">藝人婚訊曝光</a></li><li><a href="/main/${rng.int(100000, 999999)}">樓市最新走勢</a></li></ol></aside>
<footer>© 東周刊 East Week</footer>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'undeclared' ? '' : '<meta charset="utf-8">';
    const html = lang(documentOf(`${page.question} | 東周刊`, canonical, VIEWPORT, body, charset), 'zh-HK');
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : big5Bytes(html),
      expected: expectedOf(page, {
        doctor,
        date: dayForm === 'yearless' ? null : iso,
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, dated),
      }),
    };
  },
};

// --- F5. vansky-jiating-yisheng ---

const VAN_CLINICS = [['列治文中心医疗诊所', 'Richmond Centre Medical Clinic'], ['本拿比铁道镇家庭医学中心', 'Metrotown Family Practice'], ['温哥华华埠医疗中心', 'Chinatown Medical Centre']] as const;

/**
 * F5. 温哥华天空's 家庭医生问答 (Vancouver; www.vansky.com/info/health/{id}.html: host from memory, path guessed), UTF-8,
 * canonical on 50%; an app banner `下载温哥华天空App`, nav, ads (`广告`); `<h1>` the question; **the card: `王明 医学博士
 * （Dr. Wang, MD, CCFP）` over `家庭医生 · {clinic}` (40%: title 家庭医生; 医学博士 and the post-nominals none), `王明，执业护士
 * （NP）` over the clinic (30%: title 执业护士), or only a closing `本文由{clinic}王明医生解答。` (30%: no title)**; the clinic
 * in Chinese (75%) or English only (25%: as printed); `发布于 2023-01-05 14:20` (60%), `2023年1月5日` (25%) or **`3天前`
 * (15%: null)**; 举报, 收藏; `相关阅读` (link-only, `[2023-01-05]` on 50%); `热门帖子` (none); a comment box with a reader's
 * comment and its day (none).
 */
const vanskyJiatingYisheng: Family = {
  name: 'vansky-jiating-yisheng',
  split: 'fresh-119',
  site: 'www.vansky.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.vansky.com';
    const canonical = rng.chance(0.5) ? `${base}/info/health/${page.item.num}.html` : null;
    const form = rng.weighted([['md', 40], ['np', 30], ['sentence', 30]] as const);
    const [ccn, cen] = rng.pick([...VAN_CLINICS]);
    const clinic = rng.chance(0.75) ? ccn : cen;
    const dayForm = rng.weighted([['iso', 60], ['cn', 25], ['rel', 15]] as const);
    const day = dayForm === 'iso' ? `${iso} ${page.time}` : dayForm === 'cn' ? cnDate(iso) : `${rng.int(2, 6)}天前`;
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/info/health/${itemNum(r)}.html`;
    const card =
      form === 'md'
        ? `<div class="${c(rng, 'author', 'doc-card')}"><p><b>${esc(d.name!)}</b> 医学博士（Dr. ${enName(rng).split(' ')[0]}, MD, CCFP）</p><p>家庭医生 · ${esc(clinic)}</p></div>\n`
        : form === 'np'
          ? `<div class="${c(rng, 'author', 'doc-card')}"><p><b>${esc(d.name!)}</b>，执业护士（NP）</p><p>${esc(clinic)}</p></div>\n`
          : '';
    const doctor = { name: d.name, title: form === 'md' ? '家庭医生' : form === 'np' ? '执业护士' : null, department: null, hospital: clinic, hospital_grade: null };
    const items = related.map((r) => `<li>${dated ? `[${r.date}] ` : ''}<a href="${href(r)}">${esc(r.question)}</a></li>`);
    const list = related.length ? `<div class="${c(rng, 'xgyd', 'related')}"><h3>相关阅读</h3><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const body = `<div class="app">下载温哥华天空App，随时随地看资讯 <a href="javascript:;">立即下载</a></div>
<header><a href="/"><img src="/images/logo.png" alt="温哥华天空"></a><nav><a href="/info/">资讯</a> <a href="/forum/">论坛</a> <a href="/classified/">分类广告</a> <a href="/info/health/">健康</a></nav></header>
<div class="ad">广告 <a href="https://ad.vansky.com/c/${token(rng, 8)}"><img src="/ad/${token(rng, 6)}.jpg" alt="广告"></a></div>
<div class="${c(rng, 'main', 'news-detail')}">
<h1>${esc(page.question)}</h1>
<div class="info">发布于 ${day}　来源：温哥华天空　<a href="javascript:;">举报</a>　<a href="javascript:;">收藏</a></div>
${card}<div class="${c(rng, 'content', 'article-body')}">
<p class="ask">网友提问：${esc(rng.pick(ASKER_LINES))}</p>
${paras(page.paragraphs)}
${form === 'sentence' ? `<p class="by">本文由${esc(clinic)}${esc(d.name!)}医生解答。</p>\n` : ''}</div>
<p class="note">本栏目内容仅供参考，不构成医疗建议；如有不适请联系您的家庭医生或拨打811。</p>
</div>
${list}
<div class="comments"><h3>网友评论</h3><div class="cm"><b>${token(rng, 5)}</b> ${shift(iso, rng.int(1, 9))}：谢谢医生，很有用。 <a href="javascript:;">举报</a></div><textarea placeholder="发表评论"></textarea></div>
<aside><h3>热门帖子</h3><ul><li><a href="/forum/${rng.int(100000, 999999)}.html">列治文哪里停车方便</a></li><li><a href="/forum/${rng.int(100000, 999999)}.html">找家庭医生好难</a></li></ul></aside>
<footer>© Vansky 温哥华天空</footer>`;
    const doc = lang(documentOf(`${page.question} - 温哥华天空`, canonical, VIEWPORT, body), 'zh-Hans-CA');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        date: dayForm === 'rel' ? null : iso,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F6. chineseinla-yisheng-zhuanlan ---

const LA_GROUPS = [['阿罕布拉家庭醫療中心', 'Alhambra Family Medical Group'], ['聖蓋博谷醫療集團', 'San Gabriel Valley Medical Group'], ['羅蘭崗社區診所', 'Rowland Heights Community Clinic']] as const;
const LA_DEPTS = ['內科', '家庭醫學科', '心臟科', '腸胃科', '婦科'];

/**
 * F6. 洛杉矶华人资讯网's 醫生專欄 (Los Angeles; www.chineseinla.com/news/health/{id}.html: host from memory, path guessed),
 * UTF-8, traditional labels, `lang="zh-Hant-US"`, canonical on 50%; nav, ads, a 分類廣告 box; `<h1>` the question; **the card:
 * `王明 醫學博士` with `執業醫師 · 專科：內科` and the group (40%: title 執業醫師, 醫學博士 none), `醫師助理（PA）王明` and the
 * group (30%: title 醫師助理, no department), or a team `{group}醫療團隊 解答` with a `主筆：王明醫生（心臟科）` line (30%: the
 * 主筆 the card, title null, the specialty the department, the hospital the group)**; the group in Chinese (60%) or **English
 * only (40%: as printed)**; `Jan 5, 2023` (50%), `2023-01-05` (50%); `本專欄不構成醫療建議` (none); `更多健康問答` (snippet on
 * 40%, undated); `熱門分類廣告` (none).
 */
const chineseinlaYishengZhuanlan: Family = {
  name: 'chineseinla-yisheng-zhuanlan',
  split: 'fresh-119',
  site: 'www.chineseinla.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const base = 'https://www.chineseinla.com';
    const canonical = rng.chance(0.5) ? `${base}/news/health/${page.item.num}.html` : null;
    const form = rng.weighted([['md', 40], ['pa', 30], ['team', 30]] as const);
    const [gcn, gen] = rng.pick([...LA_GROUPS]);
    const group = rng.chance(0.6) ? gcn : gen;
    const dept = rng.pick(LA_DEPTS);
    const day = rng.chance(0.5) ? monDY(iso) : iso;
    const snip = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/news/health/${itemNum(r)}.html`;
    const snippetOf = (r: Related) => (snip ? r.snippet : null);
    const card =
      form === 'md'
        ? `<div class="${c(rng, 'doctor', 'writer')}"><p><b>${esc(d.name!)}</b> 醫學博士</p><p>執業醫師 · 專科：${dept}</p><p>${esc(group)}</p></div>`
        : form === 'pa'
          ? `<div class="${c(rng, 'doctor', 'writer')}"><p>醫師助理（PA）<b>${esc(d.name!)}</b></p><p>${esc(group)}</p></div>`
          : `<div class="${c(rng, 'doctor', 'writer')}"><p>${esc(group)}醫療團隊 解答</p><p>主筆：${esc(d.name!)}醫生（${dept}）</p></div>`;
    const doctor = {
      name: d.name,
      title: form === 'md' ? '執業醫師' : form === 'pa' ? '醫師助理' : null,
      department: form === 'pa' ? null : dept,
      hospital: group,
      hospital_grade: null,
    };
    const items = related.map((r) => {
      const s = snippetOf(r);
      return `<li><a href="${href(r)}">${esc(r.question)}</a>${s === null ? '' : `<div class="sum">${esc(s)}</div>`}</li>`;
    });
    const list = related.length ? `<div class="${c(rng, 'more', 'related-qa')}"><h3>更多健康問答</h3><ul>\n${items.join('\n')}\n</ul></div>` : '';
    const before = rng.chance(0.5);
    const body = `<header><a href="/"><img src="/images/logo.gif" alt="洛杉矶华人资讯网"></a><nav><a href="/news/">新聞</a> <a href="/news/health/">健康</a> <a href="/classified/">分類廣告</a> <a href="/forum/">論壇</a></nav></header>
<div class="ad"><a href="https://www.chineseinla.com/ad/${rng.int(1000, 9999)}">廣告：聖蓋博牙科診所 新客優惠</a></div>
<div class="${c(rng, 'article', 'news-content')}">
<h1>${esc(page.question)}</h1>
<div class="date">${day}　醫生專欄</div>
${before ? `${card}\n` : ''}<div class="${c(rng, 'body', 'text')}">
${paras(page.paragraphs)}
</div>
${before ? '' : `${card}\n`}<p class="note">本專欄不構成醫療建議，請諮詢您的醫生。</p>
</div>
${list}
<aside><h3>熱門分類廣告</h3><ul><li><a href="/classified/${rng.int(10000, 99999)}">阿罕布拉 雅房出租</a></li><li><a href="/classified/${rng.int(10000, 99999)}">誠聘 診所前台</a></li></ul></aside>
<footer>© ChineseInLA 洛杉矶华人资讯网</footer>`;
    const doc = lang(documentOf(`${page.question} - 醫生專欄 - 洛杉矶华人资讯网`, canonical, VIEWPORT, body), 'zh-Hant-US');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        format: 'unknown',
        related: itemsOf(related, href, canonical, snippetOf, false),
      }),
    };
  },
};

export const FRESH119_FAMILIES: readonly Family[] = [rafflesJiankangWenda, thomsonFuchanWenda, lamweeYiyaoXinxiangGbk, eastweekYishengXinxiangBig5, vanskyJiatingYisheng, chineseinlaYishengZhuanlan];
