import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, personName, shift, token, topicWord, two } from './ordinary-parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, MOTHER_TEXTS, OTHER_TEXTS, md, otherDoc } from './real-site-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-fourth fresh held-out set (split `fresh-104`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-ninth set**, leaning this time on
 * pages where **other voices sit close to the doctor's answer** and a careless reader takes the wrong text: six
 * Chinese-language sites (or a section of one) where health questions are answered on pages of their own, none of them
 * modelled or named by an earlier split (妈妈帮 / mmbang, 安徽医科大学第一附属医院 / 安医大 / 安医 / 安徽医科大学 / 安徽 /
 * ayfy, 南方医院 / 南方医科大学 / 南方医科 / nfyy, 陕西省卫生健康委员会 / 陕西 / 陕西省 / 健康陕西 / shaanxi / sxwjw,
 * 泉源堂 / quanyuantang / qyt, 8视界 / 8視界 / 8world / 新传媒 / mediacorp each grepped, case-insensitive, fixed strings,
 * in README.md and families*.ts: no hit; `新加坡` hit only as a country in other families' text, `在线访谈` / `访谈`,
 * `修改于` / `修改於` / `历史版本` / `已修改` no hit at all (kinds the table lacks); `院长信箱` hit as a kind (fresh-15's
 * cn-numeral-date, earlier lists) but not as 南方医院's; left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 /
 * am730 (named in earlier rows, so not free), 光华 (光华日报), 光明日报 (Malaysia's shares the name of a taken site),
 * 东方日报 / 東方日報, 中国报 / 中國報 / chinapress, 星洲, 南洋, 诗华, 联合早报 / 早报, 澳門 / 澳门 / macao (澳门日报),
 * 甘草 (甘草医生), 妈妈网 / mama.cn, 育儿网 / ci123, 摇篮 / yaolan, 育学园, 宝宝知道, 民福康 / mfk, 寻医问药 / xywy, 99健康, 39健康, 快速问医生 / 120ask, 飞华 / fh21, 健康一线 / vodjk,
 * 果壳 / guokr, 豆瓣, 悟空, 丁香园, 百度知道, 邵逸夫, 首都医科, 大参林, 益丰, 国大药房, 健之佳, 汤臣倍健 / by-health,
 * 伊利, 杏仁, 江西 (江西日报), 问政, 12345 (gov boards), 长庚 / 長庚, 慈濟, 國泰, 亞東, 新光, 義大, 榮總, 常春, 元氣, heho,
 * 健康2.0, 星島, on.cc, 親子王國, 竹脚 / 陈笃生 / 樟宜 / 邱德拔 (Singapore hospitals named by other families: not used for
 * 8视界's doctors); 三軍總醫院 / tsgh had no hit but was not taken (a Taiwanese hospital's board, a kind the table
 * has)), each of a kind the table has few of: **a mothers' Q&A where two or three doctors answer the same question** beside mothers (妈妈帮's 问答: the page's answer the one marked `提问者采纳` or boxed
 * `最佳回答`, else the first doctor's; a 追问 round under it on some), **a medical university hospital's 专家答疑 whose
 * answer was revised** (安徽医科大学第一附属医院: `修改于` notes, the earlier version folded in a `<details>` or a hidden
 * `<div>`), **a hospital's 院长信箱 reply that quotes the citizen's letter** (南方医院: a greeting, `您在来信中提到：“…”`,
 * a relay line naming the expert, a closing formula, a satisfaction comment), **a provincial 卫健委's 在线访谈 transcript**
 * (陕西省卫生健康委员会: the host's lines, the guest's greeting, the netizen's question relayed by the host, the host's
 * acknowledgements between the guest's turns, a `<video>` of the session on some), **a pharmacy's 药师问答 with a product
 * box inside the answer** (泉源堂: an `AI药师` preliminary answer before the pharmacist's, a goods card or a 说明书 excerpt
 * between the paragraphs), and **a Singapore news portal's 医生答客问** (8视界: a 编者按, a `重点` summary box before the
 * answer, `延伸阅读` links inside the text, a reader's signature, day-first and English days, a Brightcove player on some).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: 妈妈帮's **the doctor's answer marked `提问者采纳` (a tag or a picture's alt) wherever it
 *   stands, or the one in the `最佳回答` box; where nothing is marked, the first doctor's answer shown (also the earliest)**;
 *   mothers' answers (even shown first), other doctors' answers, the 追问 and the doctor's reply to it, none of it;
 *   安医大's **the reply as it stands now**: the folded earlier version (`<details>` or a hidden `<div>`) none of it, nor the
 *   `修改于` note; 南方医院's reply paragraphs without the greeting (`尊敬的来信人：您好！`, `您的来信已收悉…`), **the quote of
 *   the letter (`您在来信中提到：“…”`) and the relay line (`关于您咨询的“…”问题，经转…答复如下：`)**, the closing formula, the
 *   office's signature and the citizen's 评价 none; 陕西's **the guest's turns after the question, joined**: the host's lines
 *   (intro, relayed question, acknowledgements `嗯，这一点很重要。`, thanks), the guest's greeting turn before the question and
 *   the speaker labels (`[主持人]`, `[{name}]`, `{name}：`, `嘉宾：`) none; 泉源堂's the pharmacist's paragraphs: the `AI药师小泉`
 *   preliminary answer, **the goods card and the 说明书 excerpt set between the paragraphs**, the `——` signature and the
 *   notice none; 8视界's the paragraphs after `答：`: the 编者按, **the `重点` summary box**, the `延伸阅读` line, the bio, the
 *   reader's signature none;
 * - **the question**: 妈妈帮's, 安医大's, 泉源堂's `<h1>` / `<h2>` (the asker's 问题补充 / 问题描述 none); 南方医院's `来信主题` where
 *   it asks, **else the letter's asking paragraph (its last)** where the subject is `关于{topic}的咨询`; 陕西's **the netizen's
 *   question** (after `有网友提问：` or in its `网友“{nick}”：` box), the 访谈主题 asking nothing; 8视界's `读者问：` line
 *   (the headline's `【医生答客问】` none; a headline that asks nothing `{topic}别轻忽！专科医生这样说` none);
 * - **the date the answer's day**: 妈妈帮's the marked answer's day, **null where the answers are stamped `05-06 14:22` or
 *   `N天前`** (no year printed for them); 安医大's `回复时间` (**the `修改于` day none**: an update day dates an answer only where
 *   no other day is printed, README's convention); 南方医院's `答复时间` (`来信时间` and the letter number's day none); 陕西's
 *   **the 访谈时间 day** (the transcript's later `发布时间` none); 泉源堂's `回答于` day (the asker's none); 8视界's published day
 *   (`更新` and JSON-LD's `dateModified` none; `06/05/2023` day-first);
 * - **the card** as printed, the grade null except 妈妈帮's where printed: 安医大's and 南方医院's hospital the site's own (the
 *   masthead), name, title and department from the card cells or lines (南方医院's relay line or closing credit); 陕西's
 *   guest card (the 嘉宾 box); 泉源堂's store pharmacist **title `执业药师`, no department, hospital `泉源堂大药房`**, an
 *   invited one `主管药师` of `{hospital}` `药学部`; 8视界's Singapore rank as the title (`顾问医生`, `高级顾问医生`, `副顾问医生`),
 *   the department as printed, the hospital (the English name none);
 * - **format**: video where a player plays the doctor's talk (陕西's `<video>` of the session, 8视界's player), unknown
 *   otherwise;
 * - **items**: the related list of other questions (妈妈帮's 相关问题, 安医大's 其他专家答疑, 南方医院's 最新信件, 陕西's
 *   本期其他网友提问, 泉源堂's 相关问答, 8视界's 其他读者也问), link-only `[]` unless a snippet is printed (妈妈帮's, `...`-cut and
 *   kept so on some; 泉源堂's; 8视界's), dated only where the whole day is printed (安医大's and 南方医院's on some); 8视界's
 *   `延伸阅读` links, 泉源堂's 推荐药品, the footer and nav none; links as written unless the page names its address
 *   (妈妈帮's and 泉源堂's canonical on some, 8视界's always).
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const unpad = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);
const sec = (rng: Rng) => two(rng.int(0, 59));
const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${esc(p)}</p>`).join('\n');
const WEEK_CN = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (iso: string) => WEEK_CN[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// --- F1. mmbang-wenda-caina ---

const MM_NICKS = ['小鱼妈妈', '糖豆麻麻', '果果妈', '暖暖的妈', '豆包妈咪', '二宝妈', '橙子妈', '小满妈妈'] as const;

/**
 * F1. 妈妈帮's 问答 page (www.mmbang.com/wenda/{id}.html: the host from memory of the Shanghai mothers' community; the path,
 * the doctors' answers and the markup guessed), simplified, UTF-8, canonical on 50%: the site's nav and an app banner
 * `打开妈妈帮APP，看更多医生回答` on 50% (none); crumbs; the `<h1>` question (keyed); the asker `{nick} · 宝宝{n}个月`, her
 * 问题补充 and her day (none); `N个回答`: **the page's doctor and 1–2 other doctors** (each a card: name, title, `hospital`
 * (`（三甲）` after it on 30%: keyed there) and department, a `认证医生` tag) **and 0–2 mothers** (a mother's first on 40% of
 * those pages), each with a day and `有用(N)` / `举报`; **the page's answer marked `提问者采纳` (60%: a tag, or a picture whose alt
 * says it on 30% of those; pinned first on half, else in its time order among the doctors), boxed under `最佳回答` above
 * `其他回答（N）` (20%), or not marked (20%: the first doctor's answer shown, and the earliest)** (keyed); **a 追问 round under
 * it on 35%** (`追问：…` and `{name}医生回复：…`, none); days `2023-05-06 14:22` (55%: keyed), **`05-06 14:22` (25%) or
 * `N天前` (20%): null**; a `我来回答` box (none); a disclaimer (none); `相关问题` (`/wenda/{id}.html`, resolved against the
 * canonical where printed; `N个回答` link-only on 60%, else the snippet, **`...`-cut after 28 characters on half of those**,
 * keyed as printed; undated).
 */
const mmbangWendaCaina: Family = {
  name: 'mmbang-wenda-caina',
  split: 'fresh-104',
  site: 'www.mmbang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.mmbang.com';
    const canonical = rng.chance(0.5) ? `${base}/wenda/${page.item.num}.html` : null;
    const banner = rng.chance(0.5);
    const mark = rng.weighted([['adopt', 60], ['best', 20], ['none', 20]] as const);
    const picture = mark === 'adopt' && rng.chance(0.3);
    const pinned = mark === 'adopt' && rng.chance(0.5);
    const otherCount = rng.int(1, 2);
    const momCount = rng.int(0, 2);
    const momFirst = momCount > 0 && rng.chance(0.4);
    const dayForm = rng.weighted([['full', 55], ['yearless', 25], ['relative', 20]] as const);
    const gradeShown = rng.chance(0.3);
    const followUp = rng.chance(0.35);
    const cardForm = rng.weighted([['block', 50], ['inline', 50]] as const);
    const snippets = rng.chance(0.4);
    const cut = rng.chance(0.5);
    const today = shift(page.date!, rng.int(3, 20));
    const asked = shift(page.date!, -rng.int(0, 2));
    const stamp = (iso: string, t: string) =>
      dayForm === 'full' ? `${iso} ${t}` : dayForm === 'yearless' ? `${md(iso)} ${t}` : daysBetween(iso, today) === 0 ? `今天 ${t}` : `${daysBetween(iso, today)}天前`;
    const askerNick = rng.pick([...MM_NICKS]);
    // Doctors in their time order; where nothing is marked the page's own is the first and earliest.
    type Ans = { kind: 'own' | 'doc' | 'mom'; html: string; day: string };
    const ownPos = mark === 'none' ? 0 : rng.int(0, otherCount);
    const docDays: string[] = [];
    for (let i = 0; i <= otherCount; i++) {
      if (i === ownPos) docDays.push(page.date!);
      else if (i < ownPos) docDays.push(shift(page.date!, -rng.int(0, Math.min(1, daysBetween(asked, page.date!)))));
      else docDays.push(shift(page.date!, mark === 'none' ? rng.int(1, 3) : rng.int(0, 3)));
    }
    const badge = mark === 'adopt' ? (picture ? ` <img class="adopt-ico" src="${base}/static/img/caina.png" alt="提问者采纳">` : ' <span class="adopt">提问者采纳</span>') : '';
    const card = (doc: { name: string; title: string; hospital: string; department: string }, own: boolean) => {
      const hosp = `${esc(doc.hospital)}${own && gradeShown ? `（${d.hospital_grade}）` : ''}`;
      return cardForm === 'block'
        ? `<div class="doc-info"><img class="avatar" src="https://img.mmbang.com/avatar/${token(rng, 10)}.jpg" alt=""><div class="doc-r"><p class="doc-name"><b>${esc(doc.name)}</b> <span class="doc-title">${esc(doc.title)}</span> <i class="v-tag">认证医生</i>${own ? badge : ''}</p><p class="doc-hos">${hosp} ${esc(doc.department)}</p></div></div>`
        : `<div class="ans-user"><a class="uname" href="${base}/doctor/${rng.int(10000, 99999)}">${esc(doc.name)}</a><span class="v-tag">认证医生</span> <span class="sub">${esc(doc.department)} | ${esc(doc.title)}</span> <span class="sub">${hosp}</span>${own ? badge : ''}</div>`;
    };
    const foot = (day: string) => `<div class="ans-foot"><span class="time">${stamp(day, clock(rng))}</span> <a class="useful">有用(${rng.int(0, 99)})</a> <a class="report" href="javascript:;">举报</a></div>`;
    const answers: Ans[] = [];
    for (let i = 0; i <= otherCount; i++) {
      if (i === ownPos) {
        const follow = followUp
          ? `<div class="zhuiwen"><p><b>追问：</b>${esc(rng.pick(FOLLOW_UPS))} <span class="time">${stamp(shift(page.date!, rng.int(0, 1)), clock(rng))}</span></p><p><b>${esc(d.name!)}医生回复：</b>${esc(rng.pick(FOLLOW_REPLIES))}</p></div>`
          : '';
        answers.push({ kind: 'own', day: docDays[i]!, html: `${card({ name: d.name!, title: d.title!, hospital: d.hospital!, department: d.department! }, true)}<div class="ans-con">${paras(page.paragraphs)}</div>${foot(docDays[i]!)}${follow}` });
      } else {
        const o = otherDoc(rng, page, [d.department!, '全科医学科']);
        answers.push({ kind: 'doc', day: docDays[i]!, html: `${card(o, false)}<div class="ans-con">${paras(rng.pick(OTHER_TEXTS))}</div>${foot(docDays[i]!)}` });
      }
    }
    if (pinned) {
      const at = answers.findIndex((a) => a.kind === 'own');
      const [own] = answers.splice(at, 1);
      answers.unshift(own!);
    }
    // Mothers' answers: one first where momFirst and the page's answer is not pinned (its day the asker's or the next), the
    // rest after the first answer.
    for (let m = 0; m < momCount; m++) {
      const first = m === 0 && momFirst && !pinned;
      const day = first ? shift(asked, rng.int(0, 1)) : shift(page.date!, rng.int(0, 3));
      const html = `<div class="ans-user mom"><a class="uname" href="${base}/u/${rng.int(100000, 999999)}">${esc(rng.pick([...MM_NICKS].filter((n) => n !== askerNick)))}</a> <span class="sub">宝宝${rng.int(3, 30)}个月</span></div><div class="ans-con"><p>${esc(rng.pick(MOTHER_TEXTS))}</p></div>${foot(day)}`;
      if (first) answers.unshift({ kind: 'mom', day, html });
      else answers.splice(rng.int(1, answers.length), 0, { kind: 'mom', day, html });
    }
    const li = (a: Ans) => `<li class="ans-item${a.kind === 'own' && mark === 'adopt' ? ' adopted' : ''}">${a.html}</li>`;
    let answerHtml: string;
    if (mark === 'best') {
      const own = answers.find((a) => a.kind === 'own')!;
      const rest = answers.filter((a) => a.kind !== 'own');
      answerHtml = `<div class="best-answer"><h3>最佳回答</h3><ul>${li(own)}</ul></div>\n<div class="all-answers"><h3>其他回答（${rest.length}）</h3><ul>${rest.map(li).join('\n')}</ul></div>`;
    } else {
      answerHtml = `<div class="all-answers"><h3>${answers.length}个回答</h3><ul>${answers.map(li).join('\n')}</ul></div>`;
    }
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 28, 30, '...') : r.snippet);
    const list = related.length
      ? `<div class="related"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p class="summary">${esc(printed(r))}</p>` : `<span class="cnt">${rng.int(1, 12)}个回答</span>`}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><a class="logo" href="${base}/">妈妈帮</a> <a href="${base}/">首页</a> <a href="${base}/bang/">帮帮</a> <a href="${base}/wenda/">问答</a> <a href="${base}/baike/">育儿百科</a> <a href="${base}/app/">下载APP</a></div>
${banner ? `<div class="app-banner"><img src="https://img.mmbang.com/static/app-icon.png" alt=""> 打开妈妈帮APP，看更多医生回答 <a href="${base}/app/?from=wenda">立即打开</a></div>\n` : ''}<div class="crumb"><a href="${base}/">首页</a> &gt; <a href="${base}/wenda/">问答</a> &gt; <a href="${base}/wenda/yuer/">育儿</a> &gt; ${esc(topicWord(page))}</div>
<div class="main">
<div class="q-box">
<h1>${esc(page.question)}</h1>
<p class="q-user"><a href="${base}/u/${rng.int(100000, 999999)}">${esc(askerNick)}</a> · 宝宝${rng.int(2, 36)}个月 · ${stamp(asked, clock(rng))}</p>
<p class="q-desc">问题补充：${esc(rng.pick(ASKER_LINES))}</p>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
${answerHtml}
<div class="my-answer"><textarea placeholder="写下你的回答，帮助更多妈妈"></textarea><button>提交回答</button></div>
<p class="disclaimer">声明：妈妈帮问答中医生的回答仅供参考，不能作为诊断及治疗的依据，如有不适请及时就医。</p>
${list}
</div>
<div class="footer"><a href="${base}/about/">关于我们</a> <a href="${base}/report/">举报中心</a> <p>© 妈妈帮 沪ICP备${rng.int(10000000, 99999999)}号</p></div>`;
    const html = documentOf(`${page.question}_妈妈帮问答`, canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: dayForm === 'full' ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F2. ayfy-zhuanjia-dayi ---

const AY_OLD_TAILS = ['具体情况需要来院面诊后再定，可挂我科专家门诊。', '建议先完善相关检查，结果出来后再来复诊。', '以上仅供参考，请携带既往检查资料来院就诊。'] as const;

/**
 * F2. 安徽医科大学第一附属医院's 专家答疑 (www.ayfy.com/ywzx/zjdy/detail.jsp?id={id}: the host from memory; the column, the path
 * and **the revision notes and folded earlier versions** guessed — kinds of CMS do show them), simplified, **GBK declared
 * `gbk` (40%) or UTF-8 (60%)**, no canonical, **answer `<p>`s left unclosed on 30%**: the masthead `安徽医科大学第一附属医院`
 * (the hospital keyed) and nav; crumbs; the `<h2>` question (keyed); `提问人：皖**　提问时间：` 1–6 days earlier and 浏览 (none);
 * `问题描述：` (none); the card `答疑专家：{name}　{title}　{department}` one line (50%) or cells `答疑专家` / `职　　称` / `所在科室`
 * (50%) (keyed); `回复时间：2023-05-06 14:22` (50%), `2023年5月6日` (25%) or `2023/05/06 14:22` (25%) (keyed); **on 65% the
 * answer revised**: a note `（本回复已于 2023-05-18 10:03 修改）` (40%), a line `修改于：2023-05-18 10:03` (35%) or a tag `已修改
 * 最后修改时间：2023-05-18` (25%) (its day 1–30 days later: none), **the earlier version (its first paragraph and another
 * sentence) folded in a `<details>` (50%) or a `display:none` `<div>` with an `展开修改前的回复` link (50%), before or after the
 * answer** (none); the answer's paragraphs (keyed); `审核：医务处` (none); `其他专家答疑` (relative `detail.jsp?id=…` as written,
 * link-only, `[2023-05-03]` on 50%, keyed there).
 */
const ayfyZhuanjiaDayi: Family = {
  name: 'ayfy-zhuanjia-dayi',
  split: 'fresh-104',
  site: 'www.ayfy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '安徽医科大学第一附属医院';
    const enc = rng.weighted([['gbk', 40], ['utf8', 60]] as const);
    const unclosed = rng.chance(0.3);
    const cardForm = rng.weighted([['line', 50], ['cells', 50]] as const);
    const dayForm = rng.weighted([['stamp', 50], ['cn', 25], ['slash', 25]] as const);
    const revised = rng.chance(0.65);
    const noteForm = rng.weighted([['paren', 40], ['line', 35], ['tag', 25]] as const);
    const fold = rng.weighted([['details', 50], ['hidden', 50]] as const);
    const oldFirst = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(1, 6));
    const revDay = shift(page.date!, rng.int(1, 30));
    const revTime = clock(rng, 8, 18);
    const oldText = [page.paragraphs[0]!, rng.pick([...AY_OLD_TAILS])];
    const p = (s: string) => `<p>${esc(s)}${unclosed ? '' : '</p>'}`;
    const reply =
      dayForm === 'stamp' ? `${page.date} ${page.time}` : dayForm === 'cn' ? cnDate(page.date!) : `${page.date!.replace(/-/g, '/')} ${page.time}`;
    const td = (k: string, v: string) => `<tr><td class="lb" width="90">${k}</td><td>${v}</td></tr>`;
    const cardHtml =
      cardForm === 'line'
        ? `<p class="zj">答疑专家：<a href="/zjjs/${rng.int(100, 999)}.html">${esc(d.name!)}</a>　${esc(d.title!)}　${esc(d.department!)}</p>`
        : `<table class="zjxx" border="0" cellpadding="4">${td('答疑专家：', esc(d.name!))}${td('职　　称：', esc(d.title!))}${td('所在科室：', esc(d.department!))}</table>`;
    const note = !revised
      ? ''
      : noteForm === 'paren'
        ? `<p class="xg">（本回复已于 ${revDay} ${revTime} 修改）</p>`
        : noteForm === 'line'
          ? `<p class="xg">修改于：${revDay} ${revTime}</p>`
          : `<p class="xg"><span class="edited">已修改</span> 最后修改时间：${revDay}</p>`;
    const oldId = `old${page.item.num}`;
    const oldHtml = !revised
      ? ''
      : fold === 'details'
        ? `<details class="old-reply"><summary>查看修改前的回复</summary>\n${oldText.map(p).join('\n')}\n</details>`
        : `<p class="zk"><a href="javascript:void(0)" onclick="document.getElementById('${oldId}').style.display='block'">展开修改前的回复</a></p>\n<div class="old-reply" id="${oldId}" style="display:none">\n${oldText.map(p).join('\n')}\n</div>`;
    const answer = `<div class="hf-con">\n${page.paragraphs.map(p).join('\n')}\n</div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `detail.jsp?id=${itemNum(r)}`;
    const list = related.length
      ? `<div class="qtdy"><div class="tt">其他专家答疑</div><ul>${related.map((r) => `<li>· <a href="${href(r)}" target="_blank">${esc(r.question)}</a>${datedList && r.date ? ` <span class="rq">[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><img src="/images/logo.png" alt="${hospital}"><span class="ywm">The First Affiliated Hospital of Anhui Medical University</span></div>
<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/hzfw/">患者服务</a> <a href="/ywzx/zjdy/">专家答疑</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/hzfw/">患者服务</a> &gt; <a href="/ywzx/zjdy/">专家答疑</a></div>
<div class="dy-main">
<h2 class="bt">${esc(page.question)}</h2>
<p class="info">提问人：皖**　提问时间：${asked} ${clock(rng)}　浏览：${rng.int(30, 3000)}次</p>
<div class="wt"><b>问题描述：</b>${esc(rng.pick(ASKER_LINES))}</div>
<div class="hf">
${cardHtml}
<p class="sj">回复时间：${reply}</p>
${note}${revised && oldFirst ? `${oldHtml}\n` : ''}${answer}
${revised && !oldFirst ? `${oldHtml}\n` : ''}<p class="sh">审核：医务处</p>
</div>
<p class="tips">温馨提示：网上答疑不能代替面诊，如病情需要请及时来院就诊。</p>
</div>
${list}
<div class="foot">版权所有：${hospital}　地址：合肥市绩溪路218号　皖ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}-专家答疑-${hospital}`, null, '', body, meta);
    return {
      body: enc === 'gbk' ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, datedList),
      }),
    };
  },
};

// --- F3. nfyy-yuanzhang-xinxiang ---

const NF_THANKS = ['谢谢医生的耐心解答，很有帮助！', '回复很及时，感谢！', '明白了，谢谢医院。'] as const;

/**
 * F3. 南方医科大学南方医院's 院长信箱 letter page (www.nfyy.com/yzxx/show-{id}.html: the host from memory; the path, the
 * table and the reply's formulas guessed from memory of hospitals' 院长信箱), simplified, **UTF-8 (70%) or GBK declared
 * `gb2312` (30%)**, no canonical: the masthead `南方医科大学南方医院` (the hospital keyed) and nav; crumbs `院务公开 > 院长信箱`;
 * a table: `信件编号` `NF{asked day}{nnn}` (none), **`来信主题` the question (60%) or `关于{topic}的咨询` (40%: asks nothing)**,
 * `来信人`, `来信时间` 1–6 days earlier (none), `信件类型`, `办理状态`, `来信内容` (an asker's line and **the question as its last
 * paragraph**); `答复专家：{department} {name}（{title}）` as a cell (50%) or a closing `（答复专家：{department}{title}{name}）`
 * (50%) (keyed); `答复时间：2023-05-06 16:30:12` (60%) or `2023年5月6日` (40%) (keyed); the reply: **a greeting** (`尊敬的来信人：
 * 您好！` or `{asker}：您好！`), `您的来信已收悉…` on 50%, **a quote `您在来信中提到：“{question}”` (40%) or a relay line
 * `关于您咨询的“{question}”问题，经转{department}{name}{title}，现答复如下：` (30%)** (none), the paragraphs (keyed), **a closing
 * `感谢您对我院工作的关注与支持！…`** and `南方医院院长办公室` with the reply day on 60% (none); `满意度` and the citizen's
 * `评价内容` on 50% (none); `最新信件` (relative `show-{id}.html` as written, link-only, `2023-05-03` on 50%, keyed there).
 */
const nfyyYuanzhangXinxiang: Family = {
  name: 'nfyy-yuanzhang-xinxiang',
  split: 'fresh-104',
  site: 'www.nfyy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = '南方医科大学南方医院';
    const enc = rng.weighted([['utf8', 70], ['gb2312', 30]] as const);
    const subjectAsks = rng.chance(0.6);
    const quoteForm = rng.weighted([['quote', 40], ['relay', 30], ['none', 30]] as const);
    const cardForm = rng.weighted([['cell', 50], ['closing', 50]] as const);
    const dayForm = rng.weighted([['stamp', 60], ['cn', 40]] as const);
    const named = rng.chance(0.5);
    const received = rng.chance(0.5);
    const office = rng.chance(0.6);
    const rated = rng.chance(0.5);
    const datedList = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(1, 6));
    const topic = topicWord(page);
    const asker = named ? `${rng.pick(['王', '陈', '林', '黄', '梁'])}**` : '匿名';
    const subject = subjectAsks ? page.question : `关于${topic}的咨询`;
    const reply = dayForm === 'stamp' ? `${page.date} ${clock(rng, 9, 18)}:${sec(rng)}` : cnDate(page.date!);
    const letterNo = `NF${asked.replace(/-/g, '')}${two(rng.int(0, 99))}${rng.int(0, 9)}`;
    const td = (k: string, v: string) => `<tr><th width="110">${k}</th><td>${v}</td></tr>`;
    const lines = [
      named ? `${asker.slice(0, 1)}先生/女士：您好！` : '尊敬的来信人：您好！',
      ...(received ? ['您的来信已收悉，感谢您对我院的信任。'] : []),
      ...(quoteForm === 'quote' ? [`您在来信中提到：“${page.question}”`] : quoteForm === 'relay' ? [`关于您咨询的“${page.question}”问题，经转${d.department}${d.name}${d.title}，现答复如下：`] : []),
    ];
    const closing = [`感谢您对我院工作的关注与支持！如有疑问，可拨打我院医务处电话020-6164${rng.int(1000, 9999)}。`, ...(cardForm === 'closing' ? [`（答复专家：${d.department}${d.title}${d.name}）`] : [])];
    const sign = office ? `<p class="sign">南方医院院长办公室<br>${cnDate(page.date!)}</p>` : '';
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `show-${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="newmail"><h3>最新信件</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? `<span class="date">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="head"><img src="/images/nfyy_logo.png" alt="南方医院"><h1 class="hos">${hospital}</h1><span class="en">Nanfang Hospital, Southern Medical University</span></div>
<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/jzzn/">就诊指南</a> <a href="/ywgk/">院务公开</a> <a href="/yzxx/">院长信箱</a></div>
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/ywgk/">院务公开</a> &gt; <a href="/yzxx/">院长信箱</a> &gt; 信件详情</div>
<div class="letter">
<table class="xj" border="1" cellspacing="0" cellpadding="6">
${td('信件编号', letterNo)}
${td('来信主题', esc(subject))}
${td('来 信 人', asker)}
${td('来信时间', `${asked} ${clock(rng)}:${sec(rng)}`)}
${td('信件类型', '咨询')}
${td('办理状态', '<span class="done">已办结</span>')}
${td('来信内容', `<p>${esc(rng.pick(ASKER_LINES))}</p><p>${esc(page.question)}</p>`)}
${cardForm === 'cell' ? td('答复专家', `${esc(d.department!)} ${esc(d.name!)}（${esc(d.title!)}）`) : ''}
${td('答复时间', reply)}
${td('答复内容', `<div class="dfnr">\n${paras(lines)}\n${paras(page.paragraphs)}\n${paras(closing)}\n${sign}</div>`)}
${rated ? `${td('满 意 度', '满意')}\n${td('评价内容', esc(rng.pick([...NF_THANKS])))}` : ''}
</table>
<p class="btns"><a href="/yzxx/write.html">我要写信</a> <a href="/yzxx/xuzhi.html">写信须知</a> <a href="javascript:window.print()">打印</a></p>
</div>
${list}
<div class="footer">版权所有 © ${hospital}　地址：广州市广州大道北1838号　粤ICP备${rng.int(10000000, 99999999)}号</div>`;
    const meta = enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${subject}-院长信箱-南方医院`, null, '', body, meta);
    return {
      body: enc === 'gb2312' ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, datedList),
      }),
    };
  },
};

// --- F4. sxwjw-zaixian-fangtan ---

const SX_HOSTS = ['李娜', '王璐', '张帆', '刘洋'] as const;
const SX_ACKS = ['嗯，这一点很重要。', '明白了，您接着说。', '好的。', '原来是这样。'] as const;
const SX_NICKS = ['长安居民', '秦岭脚下', '古城小王', '渭水边', '西安网友'] as const;

/**
 * F4. 陕西省卫生健康委员会's 在线访谈 page of one netizen's question (sxwjw.shaanxi.gov.cn/ztzl/zxft/{id}.html: the host from
 * memory of provincial 卫健委 sites; **that a session's transcript is cut into a page per netizen question**, the path and the
 * markup guessed), simplified, **UTF-8 declared (60%), GBK declared `gb2312` (25%), or UTF-8 bytes under a wrong `gbk`
 * declaration (15%)**, no canonical: the gov header (无障碍, 长者模式), nav and crumbs `互动交流 > 在线访谈` (none); **the `<h1>`
 * 访谈主题 `{topic}的防治与健康管理` (asks nothing)**; the guest box `本期嘉宾：{name}　{hospital}{department}{title}` (50%) or
 * cells `嘉宾` / `单位` / `职务职称` (`{department}{title}` split: keyed) (50%); `访谈时间：2023年5月6日 15:00` (40%),
 * `2023-05-06 15:00—16:30` (30%) or `2023年05月06日（星期六）下午3:00` (30%) (keyed); `发布时间：` 0–3 days later (none);
 * `主持人：{host}`; **a `<video>` of the session on 40%** (format video; else unknown); the transcript: **the host's opening
 * (naming the guest), the guest's greeting turn (none), the netizen's question relayed `有网友提问：{question}` (60%) or in a
 * `网友“{nick}”：{question}` box (40%)** (the question keyed, the label none), **the guest's turns with the host's
 * acknowledgements between them on 60%** (the turns keyed, joined; the acknowledgements none), the host's thanks (none);
 * labels `[主持人]` / `[{name}]` (50%), `主持人：` / `{name}：` (30%) or `主持人` / `嘉宾` in spans (20%); photos, 分享到,
 * 打印 / 关闭 (none); `本期其他网友提问` (`/ztzl/zxft/wytw/{id}.html` as written, link-only, undated).
 */
const sxwjwZaixianFangtan: Family = {
  name: 'sxwjw-zaixian-fangtan',
  split: 'fresh-104',
  site: 'sxwjw.shaanxi.gov.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const enc = rng.weighted([['utf8', 60], ['gb2312', 25], ['lie', 15]] as const);
    const guestForm = rng.weighted([['line', 50], ['cells', 50]] as const);
    const dayForm = rng.weighted([['cn', 40], ['range', 30], ['week', 30]] as const);
    const video = rng.chance(0.4);
    const relay = rng.chance(0.6);
    const acks = rng.chance(0.6);
    const labelForm = rng.weighted([['bracket', 50], ['colon', 30], ['span', 20]] as const);
    const host = rng.pick([...SX_HOSTS]);
    const topic = topicWord(page);
    const theme = `${topic}的防治与健康管理`;
    const published = shift(page.date!, rng.int(0, 3));
    const hour = rng.int(9, 16);
    const day =
      dayForm === 'cn'
        ? `${cnDate(page.date!)} ${hour}:00`
        : dayForm === 'range'
          ? `${page.date} ${hour}:00—${hour + 1}:30`
          : `${num(page.date!, 0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日（星期${weekday(page.date!)}）${hour < 12 ? '上午' : '下午'}${hour > 12 ? hour - 12 : hour}:00`;
    const who = (s: 'host' | 'guest') =>
      labelForm === 'bracket'
        ? `<b>[${s === 'host' ? '主持人' : esc(d.name!)}]</b>`
        : labelForm === 'colon'
          ? `<b>${s === 'host' ? '主持人' : esc(d.name!)}：</b>`
          : `<span class="${s === 'host' ? 'zcr' : 'jb'}">${s === 'host' ? '主持人' : '嘉宾'}</span>`;
    const turn = (s: 'host' | 'guest', text: string) => `<p class="${s}">${who(s)}${esc(text)}</p>`;
    const turns: string[] = [
      turn('host', `各位网友大家好，欢迎来到陕西省卫生健康委员会在线访谈。今天我们邀请到了${d.hospital}${d.department}${d.title}${d.name}，和大家聊一聊${theme}。`),
      turn('guest', rng.pick(['主持人好，各位网友大家好！', '大家好，很高兴来到这里和大家交流。'])),
    ];
    if (relay) turns.push(turn('host', `有网友提问：${page.question}`));
    else turns.push(`<div class="wytw"><span class="wy">网友“${esc(rng.pick([...SX_NICKS]))}”：</span>${esc(page.question)}</div>`);
    page.paragraphs.forEach((p, i) => {
      if (i > 0 && acks && i === 1) turns.push(turn('host', rng.pick([...SX_ACKS])));
      turns.push(i === 0 || (acks && i === 1) ? turn('guest', p) : `<p class="guest">${esc(p)}</p>`);
    });
    turns.push(turn('host', `感谢${d.name}${rng.pick(['主任', '医生', '教授'])}的精彩解答，本期访谈到此结束，我们下期再见！`));
    const guest =
      guestForm === 'line'
        ? `<p class="jb">本期嘉宾：<b>${esc(d.name!)}</b>　${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</p>`
        : `<table class="jbxx"><tr><td>嘉宾</td><td>${esc(d.name!)}</td></tr><tr><td>单位</td><td>${esc(d.hospital!)}</td></tr><tr><td>职务职称</td><td>${esc(d.department!)}${esc(d.title!)}</td></tr></table>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/ztzl/zxft/wytw/${itemNum(r)}.html`;
    const list = related.length ? `<div class="qttw"><h3>本期其他网友提问</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></div>` : '';
    const body = `<div class="gov-top"><a href="javascript:;">无障碍</a> <a href="javascript:;">长者模式</a> <a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a></div>
<div class="gov-head"><img src="/images/guohui.png" alt=""> <span class="name">陕西省卫生健康委员会</span></div>
<div class="gov-nav"><a href="/">首页</a> <a href="/jgzn/">机构概况</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/ztzl/">专题专栏</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/ztzl/zxft/">在线访谈</a></div>
<div class="ft-main">
<h1>${esc(theme)}</h1>
<div class="ft-info">
${guest}
<p>访谈时间：${day}</p>
<p>主持人：${host}</p>
<p class="fb">发布时间：${published} ${clock(rng, 8, 20)}　来源：陕西省卫生健康委员会</p>
</div>
${video ? `<div class="ft-video"><p>视频回放</p><video controls width="640" poster="/ztzl/zxft/images/${token(rng, 8)}.jpg" src="/ztzl/zxft/video/${token(rng, 12)}.mp4"></video></div>\n` : ''}<div class="ft-pics"><img src="/ztzl/zxft/images/${token(rng, 8)}.jpg" alt="访谈现场"></div>
<div class="ft-sl"><h3>文字实录</h3>
${turns.join('\n')}
</div>
<div class="tools">分享到：<a>微信</a> <a>微博</a>　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
${list}
<div class="gov-foot"><p>主办：陕西省卫生健康委员会　网站标识码：6100000${rng.int(10, 99)}　陕ICP备${rng.int(10000000, 99999999)}号　陕公网安备 ${rng.int(61010000000000, 61019999999999)}号</p></div>`;
    const meta = enc === 'utf8' ? '<meta charset="utf-8">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta http-equiv="Content-Type" content="text/html; charset=gbk">';
    const html = documentOf(`${theme}_在线访谈_陕西省卫生健康委员会`, null, '', body, meta);
    return {
      body: enc === 'gb2312' ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F5. quanyuantang-yaoshi-wenda ---

const QY_GOODS = [
  ['布洛芬混悬液', '100ml', '用于儿童普通感冒或流行性感冒引起的发热，也用于缓解轻至中度疼痛。'],
  ['奥美拉唑肠溶胶囊', '20mg*14粒', '适用于胃溃疡、十二指肠溃疡、反流性食管炎。'],
  ['氯雷他定片', '10mg*6片', '用于缓解过敏性鼻炎有关的症状，如喷嚏、流涕、鼻痒。'],
  ['蒙脱石散', '3g*10袋', '用于成人及儿童急、慢性腹泻。'],
  ['维生素D滴剂', '400单位*30粒', '用于预防和治疗维生素D缺乏症。'],
] as const;

/**
 * F5. 泉源堂's 药师问答 (www.quanyuantang.com/ask/{id}.html: the pharmacy chain from memory; the host, the path, the AI helper and
 * the markup guessed), simplified, UTF-8, canonical on 50%: a top bar with search, cart and an app banner on 50% (none); crumbs;
 * the `<h1>` question (keyed); `泉友{nnnn}` with the asker's day 0–2 days earlier and 问题描述 (none); **an `AI药师小泉` preliminary
 * answer on 40%** (`AI生成，仅供参考`, none); the pharmacist's answer: the card `{name}　执业药师　泉源堂大药房` with a 注册证号
 * (70%: keyed title `执业药师`, no department, hospital `泉源堂大药房`) or `特邀药师：{name}　{hospital}药学部　主管药师` (30%);
 * `回答于 2023-05-06 14:22` (60%) or `2023.05.06` (40%) (keyed); the paragraphs (keyed), **a goods card (name, spec, the
 * insert's indication line, a `¥` price, `加入购物车`) after the first paragraph on 60%, and a `【说明书摘录】` box after the last
 * on 35%** (none); a closing `——泉源堂执业药师 {name}` on 30% (none); `有用 / 没用`, users' comments (none); `推荐药品` (none);
 * `相关问答` (`/ask/{id}.html`, resolved against the canonical where printed; the snippet on 50% of pages, keyed; undated).
 */
const quanyuantangYaoshiWenda: Family = {
  name: 'quanyuantang-yaoshi-wenda',
  split: 'fresh-104',
  site: 'www.quanyuantang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.quanyuantang.com';
    const canonical = rng.chance(0.5) ? `${base}/ask/${page.item.num}.html` : null;
    const banner = rng.chance(0.5);
    const ai = rng.chance(0.4);
    const cardForm = rng.weighted([['store', 70], ['invited', 30]] as const);
    const dayForm = rng.weighted([['stamp', 60], ['dots', 40]] as const);
    const goodsIn = rng.chance(0.6);
    const insert = rng.chance(0.35);
    const signOff = rng.chance(0.3);
    const comments = rng.int(0, 2);
    const snippets = rng.chance(0.5);
    const asked = shift(page.date!, -rng.int(0, 2));
    const goods = rng.pick(QY_GOODS);
    const when = dayForm === 'stamp' ? `回答于 ${page.date} ${page.time}` : `回答于 ${page.date!.replace(/-/g, '.')}`;
    const card =
      cardForm === 'store'
        ? `<div class="ys-card"><img src="${base}/static/img/ys-avatar.png" alt=""><span class="nm">${esc(d.name!)}</span>　<span class="zc">执业药师</span>　<span class="dw">泉源堂大药房</span><p class="zh">执业药师注册证号：${rng.int(10000000, 99999999)}</p></div>`
        : `<div class="ys-card"><p>特邀药师：<span class="nm">${esc(d.name!)}</span>　${esc(d.hospital!)}药学部　主管药师</p></div>`;
    const goodsCard = `<div class="goods-card"><img src="${base}/static/goods/${token(rng, 8)}.jpg" alt=""><p class="g-name">${goods[0]} ${goods[1]}</p><p class="g-desc">${goods[2]}</p><span class="g-price">¥${rng.int(9, 68)}.${rng.int(0, 9)}0</span><a class="g-buy" href="${base}/goods/${rng.int(100000, 999999)}.html">加入购物车</a></div>`;
    const insertBox = `<div class="sms-box"><b>【说明书摘录】</b>用法用量：请仔细阅读说明书并按说明使用或在药师指导下购买和使用。不良反应：偶见恶心、皮疹等。</div>`;
    const ps = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    if (goodsIn) ps.splice(1, 0, goodsCard);
    if (insert) ps.push(insertBox);
    if (signOff) ps.push(`<p class="sign">——泉源堂执业药师 ${esc(d.name!)}</p>`);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/ask/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="xgwd"><h3>相关问答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="topbar"><a href="${base}/">泉源堂</a> 正品药房 · 药师在线 <input type="text" placeholder="搜索药品/症状"> <a href="${base}/cart/">购物车</a></div>
${banner ? `<div class="app-bar">下载泉源堂APP，药师1对1免费咨询 <a href="${base}/app/">立即下载</a></div>\n` : ''}<div class="crumb"><a href="${base}/">首页</a> &gt; <a href="${base}/ask/">药师问答</a> &gt; ${esc(topicWord(page))}</div>
<div class="wd">
<h1>${esc(page.question)}</h1>
<p class="asker">泉友${rng.int(1000, 9999)}　提问于 ${asked}</p>
<p class="desc">问题描述：${esc(rng.pick(ASKER_LINES))}</p>
${ai ? `<div class="ai-answer"><span class="ai-tag">AI药师小泉</span><p>根据您的描述，初步判断可能与${esc(topicWord(page))}有关，建议注意休息，必要时就医。</p><p class="ai-note">AI生成，仅供参考</p></div>\n` : ''}<div class="ys-answer"><h2>药师解答</h2>
${card}
<p class="time">${when}</p>
<div class="ans-txt">
${ps.join('\n')}
</div>
<p class="notice">药师建议仅供参考，请遵医嘱或按药品说明书使用。</p>
<p class="vote"><a>有用(${rng.int(0, 80)})</a> <a>没用</a> <a href="javascript:;">举报</a></p>
</div>
${comments ? `<div class="comments"><h3>评论（${comments}）</h3>${Array.from({ length: comments }, () => `<p><span class="u">泉友${rng.int(1000, 9999)}</span>：${esc(rng.pick(MOTHER_TEXTS))}</p>`).join('')}</div>\n` : ''}<div class="tjyp"><h3>推荐药品</h3><a href="${base}/goods/${rng.int(100000, 999999)}.html">${goods[0]}</a> <a href="${base}/goods/${rng.int(100000, 999999)}.html">${rng.pick(QY_GOODS)[0]}</a></div>
${list}
</div>
<div class="foot">互联网药品信息服务资格证书：（川）-经营性-${rng.int(2018, 2022)}-00${rng.int(10, 99)}　© 泉源堂 蜀ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${page.question}-药师问答-泉源堂`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor:
          cardForm === 'store'
            ? { name: d.name, title: '执业药师', department: null, hospital: '泉源堂大药房', hospital_grade: null }
            : { name: d.name, title: '主管药师', department: '药学部', hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

// --- F6. 8world-yisheng-dakewen ---

const EW_HOSPITALS = ['新加坡中央医院', '新加坡国立大学医院', '黄廷方综合医院', '盛港综合医院', '亚历山大医院', '伊丽莎白医院'] as const;
/** Departments as Singapore's hospitals name them, by the mainland name the universe gives (others printed as they are). */
const EW_DEPTS: Record<string, string> = {
  心血管内科: '心脏科', 消化内科: '肠胃科', 呼吸内科: '呼吸科', 泌尿外科: '泌尿科', 神经内科: '神经科', 妇科: '妇产科', 妇产科: '妇产科',
  精神心理科: '心理卫生科', 口腔科: '牙科', 肝胆外科: '肝胆胰外科', 风湿免疫科: '风湿科', 肛肠科: '结直肠外科', 男科: '泌尿科',
};
const EW_RANKS = ['顾问医生', '高级顾问医生', '副顾问医生'] as const;
const EW_EN = ['Dr Tan Wei Ming', 'Dr Lim Hui Ling', 'Dr Ng Kah Seng', 'Dr Goh Mei Ling', 'Dr Chua Boon Keng', 'Dr Wong Jia Hui'] as const;
const EW_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const EW_READING = ['本地骨质疏松患者人数逐年增加', '卫生部：本月起扩大疫苗接种计划', '健康促进局推出新一轮步行挑战'] as const;

/**
 * F6. 8视界's 健康 `医生答客问` article (www.8world.com/health/doctor-qa-{id}: the portal from memory of Mediacorp's Chinese news
 * site; the column, the path and the markup guessed), simplified, UTF-8, the canonical always: the portal's nav and a
 * `下载8视界App` bar (none); **the `<h1>` `【医生答客问】{question}` (40%), the question (25%) or one that asks nothing
 * `{topic}别轻忽！专科医生这样说` (35%)**; `文／{reporter}` (none); the day `2023年5月6日 11:30` (35%), `06 May 2023 11:30AM`
 * (30%) or **day-first `发布 06/05/2023 11:30 | 更新 09/05/2023 09:12`** (35%) (the published day keyed; the update none); a
 * 编者按 (none); **`读者问：{question}`** (keyed) with `（读者 {surname}女士，{age}岁）` on 50% (none); the card `解答医生：
 * {hospital}{department}{rank} {name}医生` before the answer (50%) or a closing bio `{name}医生（{English name}）是{hospital}
 * {department}{rank}…` (50%) (keyed: the rank the title, the department in Singapore's name for it (`心脏科`, `肠胃科`…) as
 * printed, the English name none); **a `重点` summary box before the answer on
 * 40%** (none); `答：` and the paragraphs (keyed); **a `延伸阅读：` line of a news link inside the text on 50%** (none);
 * **a Brightcove `<video-js>` player of the doctor on 25%** (format video; else unknown); share bar, comments (none);
 * JSON-LD NewsArticle with `datePublished` (+08:00) and a later `dateModified`; `其他读者也问` (absolute, link-only, the
 * snippet on 40%, undated).
 */
const ewYishengDakewen: Family = {
  name: '8world-yisheng-dakewen',
  split: 'fresh-104',
  site: 'www.8world.com',
  render(page, rng): Rendered {
    const base = 'https://www.8world.com';
    const name = page.doctor.name!;
    const hospital = rng.pick([...EW_HOSPITALS]);
    const dept = EW_DEPTS[page.doctor.department!] ?? page.doctor.department!;
    const rank = rng.pick([...EW_RANKS]);
    const titleForm = rng.weighted([['tag', 40], ['plain', 25], ['none', 35]] as const);
    const dayForm = rng.weighted([['cn', 35], ['en', 30], ['dayfirst', 35]] as const);
    const signed = rng.chance(0.5);
    const cardForm = rng.weighted([['head', 50], ['bio', 50]] as const);
    const english = rng.chance(0.6);
    const summary = rng.chance(0.4);
    const reading = rng.chance(0.5);
    const video = rng.chance(0.25);
    const snippets = rng.chance(0.4);
    const topic = topicWord(page);
    const h1 = titleForm === 'tag' ? `【医生答客问】${page.question}` : titleForm === 'plain' ? page.question : `${topic}别轻忽！专科医生这样说`;
    const id = page.item.num + 2_000_000;
    const canonical = `${base}/health/doctor-qa-${id}`;
    const hh = rng.int(8, 21);
    const mm = two(rng.int(0, 59));
    const updated = shift(page.date!, rng.int(1, 20));
    const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const day =
      dayForm === 'cn'
        ? `${cnDate(page.date!)} ${two(hh)}:${mm}`
        : dayForm === 'en'
          ? `${page.date!.slice(8, 10)} ${EW_MONTHS[num(page.date!, 5, 7) - 1]} ${page.date!.slice(0, 4)} ${hh > 12 ? hh - 12 : hh}:${mm}${hh >= 12 ? 'PM' : 'AM'}`
          : `发布 ${dmy(page.date!)} ${two(hh)}:${mm} | 更新 ${dmy(updated)} ${clock(rng, 8, 20)}`;
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: h1,
      datePublished: `${page.date}T${two(hh)}:${mm}:00+08:00`,
      dateModified: `${updated}T${clock(rng, 8, 20)}:00+08:00`,
      publisher: { '@type': 'Organization', name: '8视界' },
    };
    const en = english ? `（${rng.pick([...EW_EN])}）` : '';
    const cardHead = `<p class="expert">解答医生：${esc(hospital)}${esc(dept)}${esc(rank)} ${esc(name)}医生</p>`;
    const cardBio = `<div class="bio"><img src="${base}/img/doctors/${token(rng, 8)}.jpg" alt=""><p>${esc(name)}医生${en}是${esc(hospital)}${esc(dept)}${esc(rank)}，拥有超过${rng.int(10, 25)}年临床经验。</p></div>`;
    const ps = page.paragraphs.map((p, i) => `<p>${i === 0 ? '<strong>答：</strong>' : ''}${esc(p)}</p>`);
    if (reading && ps.length > 1) ps.splice(rng.int(1, ps.length - 1), 0, `<p class="read-more">延伸阅读：<a href="${base}/singapore/${token(rng, 6)}-${rng.int(2000000, 2999999)}">${rng.pick([...EW_READING])}</a></p>`);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/health/doctor-qa-${itemNum(r) + 2_000_000}`;
    const list = related.length
      ? `<section class="also-ask"><h2>其他读者也问</h2><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const body = `<header class="site-header"><a href="${base}/"><img src="${base}/img/8world-logo.svg" alt="8视界"></a><nav><a href="${base}/singapore">新加坡</a> <a href="${base}/southeast-asia">东南亚</a> <a href="${base}/china">中港台</a> <a href="${base}/world">国际</a> <a href="${base}/finance">财经</a> <a href="${base}/health">健康</a> <a href="${base}/videos">视频</a></nav></header>
<div class="app-bar">下载8视界App，随时掌握最新资讯 <a href="${base}/app">下载</a></div>
<article>
<p class="section"><a href="${base}/health">健康</a> · 医生答客问</p>
<h1>${esc(h1)}</h1>
<div class="byline"><span>文／${esc(otherName(rng))}</span> <time datetime="${page.date}T${two(hh)}:${mm}:00+08:00">${day}</time></div>
<p class="editor-note">编者按：本栏目邀请专科医生解答读者的健康疑问，欢迎读者来信。</p>
<p class="reader-q"><strong>读者问：</strong>${esc(page.question)}</p>
${signed ? `<p class="reader-sign">（读者 ${rng.pick(['陈', '林', '黄', '李'])}${rng.pick(['女士', '先生'])}，${rng.int(25, 70)}岁）</p>\n` : ''}${cardForm === 'head' ? `${cardHead}\n` : ''}${video ? `<div class="brightcove"><video-js data-account="${rng.int(1000000000000, 9999999999999)}" data-player="default" data-video-id="${rng.int(6000000000000, 6999999999999)}" controls></video-js><p class="cap">视频：${esc(name)}医生讲解${esc(topic)}</p></div>\n` : ''}${summary ? `<div class="key-points"><h3>重点</h3><ul><li>${esc(topic)}症状持续应及早求医</li><li>切勿自行服药</li><li>定期复诊很重要</li></ul></div>\n` : ''}${ps.join('\n')}
${cardForm === 'bio' ? `${cardBio}\n` : ''}<p class="disclaimer">本文内容仅供参考，不能取代专业医疗意见。</p>
<div class="share"><a>WhatsApp</a> <a>Telegram</a> <a>Facebook</a> <a>复制链接</a></div>
</article>
<section class="comments"><h3>留言</h3><p>登录后发表留言</p></section>
${list}
<footer><p>© ${page.date!.slice(0, 4)} Mediacorp Pte Ltd. 版权所有</p></footer>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n<script type="application/ld+json">${JSON.stringify(ld)}</script>\n`;
    const html = documentOf(`${h1} | 8视界`, canonical, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name, title: rank, department: dept, hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

export const FRESH104_FAMILIES: readonly Family[] = [mmbangWendaCaina, ayfyZhuanjiaDayi, nfyyYuanzhangXinxiang, sxwjwZaixianFangtan, quanyuantangYaoshiWenda, ewYishengDakewen];
