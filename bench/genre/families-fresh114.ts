import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, DISCLAIMERS, ask, cnDate, cutSnippet, documentOf, itemNum, itemsOf, otherName, paras, shift, token, topicWord, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-fourteenth fresh held-out set (split `fresh-114`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-ninth set**, leaning on **questions
 * in forms the table has few of**: a reporter's question in an interview (`记者：` … `专家：`), a caller's or reader's line
 * with the question at its end (`市民王女士来电：`, `读者李先生问：`, `【咨询】`), the patient's labelled fields (`性别：女
 * 年龄：32岁`, `病情描述：`, `患病多久：`, `曾经治疗情况及效果：`, `想得到怎样的帮助：`) under the site's title of the question,
 * a `_网友问医_温州网` suffix, a question asked for someone else (`帮妈妈问：`, `【代家人问】`) or split over the title and the
 * first paragraph (`……`), `（附图2张）` / `（附圖1張）` attachments, 追问 rounds after the answer, `Q：` / `問：` labels, and
 * traditional script with English terms. Six Chinese-language sites, none modelled or named by an earlier split: 千龙网 /
 * 千龙 / qianlong, 半岛都市报 / 半岛网 / 半岛 / bandao, 温州网 / 温州 / 66wz, 华商网 / 华商报 / 華商 / hsw.cn, 和信治癌中心醫院
 * / 和信 / koo / kfsyscc, 國際時報 / intimes each grepped, case-insensitive, fixed strings, in README.md and families*.ts: no
 * hit. Left alone because of hits: 万宁 / mannings and 晴報 / am730 (hit again), 新民 / xinmin, 上观 / 解放日报 / jfdaily,
 * 澎湃 / thepaper, 大河 / dahe, 放心医苑 / fx120, 求医网 / qiuyi, 太平洋亲子, 育儿网 / ci123, 摇篮 / yaolan, 华人健康 /
 * 華人健康 / top1health, 早安健康, 康健, 奇美 / chimei, 馬偕 / mmh, 世界日報, 澳門日報 / macaodaily, 光華日報 / kwongwah,
 * 中國報 / chinapress, 钱江晚报, 极目, 现代快报, 中時, Heho, 1药网, 成大, 台大 (臺大 / 台大 hit; ntuh alone none), 搜狗明医,
 * 寻医问药 / xywy, 江苏省人民医院 / jsph, 广东省人民医院, 詩華 / 诗华, 明報, 星島 (singtao none, 星島 hit), 侨报 / 僑報,
 * 長庚, 慈濟, 國泰, 新光, 萬芳, 北醫, 花蓮; no hit but not taken: 杭州网, 舟山, 台州, 青岛新闻网, 河北新闻网 / 长城网, 北国,
 * 三湘都市报, 中安, 新安晚报, 新闻晨报, 南国早报 / 广西新闻网, 海南日报, 云南网, 春城晚报, 天山网, 西部网, 中原网, 河南日报,
 * 海峡网, 厦门网, 澳門力報 / exmoo, 門諾, 雙和, 部立, 聯新, 敏盛, 壢新, 為恭.
 * - **qianlong-jiankang-fangtan**: 千龙网's 健康访谈: the headline asks nothing on 65%; a byline `千龙网记者 {x}`; `嘉宾：`
 *   box; **one `记者：` / `千龙网：` / `主持人：` question and the expert's reply under `{name}：` / `专家：`**; `<video>` on some;
 * - **bandao-mingyi-rexian**: 半岛都市报's 名医热线 on 半岛网: the headline asks nothing on 60%; **the question ending a
 *   caller's paragraph (`5月3日，市民王女士来电：…`), after `读者李先生问：`, or under `【咨询】` with `【解答】`**; the
 *   paper's edition line; a hotline; 相关阅读 with cut snippets;
 * - **wz66-wangyou-wenyi**: 温州网's 网友问医 (GBK declared, undeclared or wrongly utf-8 on most): **the site's title of the
 *   question as `<h1>` and `{q}_网友问医_温州网`, the patient's labelled fields under it**, the doctor's reply, **a 追问 round
 *   on 45%**;
 * - **hsw-mingyi-zaixian**: 华商网's 名医在线: **`帮妈妈问：` / `替父亲咨询：` / `【代家人问】` before the question on some,
 *   the question split over the `<h1>` and the first paragraph with `……` on 30%**, the asker's words for a family member
 *   (`我家宝宝…`, `我妈妈今年62岁…`), **`（附图2张）` with thumbnails**, one or two 追问 rounds on 50%;
 * - **kfsyscc-aizheng-zixun**: 和信治癌中心醫院's 網路諮詢 (Taiwan, Big5 on 70%): `Q：` / `問：` the question, **an English
 *   term in it on 40% (`（已做過 PET-CT 檢查）`), `（附圖1張）` after it on 30%**, the answerer a 主治醫師, 藥師, 個案管理師 or
 *   營養師, ROC or ISO days;
 * - **intimes-yiyao-xinxiang**: 國際時報's 醫藥信箱 (Kuching, Sarawak; traditional furniture): **`讀者來信：` with the
 *   reader's letter (English terms: `blood test`, `scan`), then `問：` the question**; the headline `醫藥信箱：{q}`, the
 *   question alone, or `醫藥信箱（{n}）` that asks nothing; `{dept}顧問醫生` / `{dept}專科醫生` cards; day-first days;
 *   unclosed `<p>`s on some.
 * Hosts from memory (health.qianlong.com, news.bandao.cn, www.66wz.com, news.hsw.cn, www.kfsyscc.org, www.intimes.com.my),
 * every path, column name and the markup guessed; none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the question**: the question as the page asks it, without its label (`记者：`, `千龙网：`, `主持人：`, `【咨询】`, `Q：`,
 *   `問：`) and without the asker's line (`市民王女士来电：`, `读者李先生问：`, `帮妈妈问：`, `替父亲咨询：`, `【代家人问】`):
 *   the reporter's question on 千龙 (the headline that asks nothing, or asks the same, none); on 半岛 the question that ends
 *   the caller's paragraph (their words before it none: 自由時報's convention), `读者…问：`'s text, `【咨询】`'s text; on
 *   温州网 the `<h1>` (the site's title of the question; `_网友问医_温州网` none, the labelled fields — `病情描述：`,
 *   `想得到怎样的帮助：` restating it — the asker's words, none: the `标题` / `咨询内容` convention); on 华商 the `<h1>`'s
 *   question and, where split, the title's part and the first paragraph's part joined without the `……`s; the asker's
 *   description, `（附图2张）` / `（附圖1張）` and 追问s none of it; on 和信 the `Q：` line as printed with its English term
 *   and `（已做過 … 檢查）` but without `（附圖1張）`; on 國際時報 the `問：` line (the `讀者來信：` letter none, the headline's
 *   `醫藥信箱：` none);
 * - **the answer** the expert's reply only: reporters' ledes, bylines, `嘉宾：` boxes, callers' words, labels (`专家：`,
 *   `{name}：`, `【解答】`, `A：`, `答：`), 追问 rounds and the doctor's replies to them (fresh-11's convention), editors'
 *   lines, disclaimers none;
 * - **the card** as printed: 千龙's `嘉宾：` box, 半岛's lede `邀请到{hospital}{department}{title}{name}` with a `专家简介`
 *   on half, 温州网's `回复医生：` lines with `（三甲）` after the hospital on some (the grade), 华商's card, 和信's
 *   `回覆者：{科} {name} {title}` (the hospital the site, `和信治癌中心醫院`, as its masthead prints it), 國際時報's
 *   `{dept}顧問醫生` → title 顧問醫生 and department the specialty (the `{specialty}專科醫生` convention); grade null where
 *   none is printed;
 * - **the date** the answer's or the article's day as printed (ROC +1911, day-first `06/05/2023`); the asker's 提问时间 /
 *   諮詢日期, the caller's yearless `5月3日`, 追问 days, relative days (`3小时前`) none (null where no other);
 * - **format** video only with 千龙's `<video>`; else unknown;
 * - **items**: 相关新闻 / 相关阅读 / 相关问题 / 相關諮詢 / 相關新聞, each link-only `[]` unless a snippet is printed (kept with
 *   its `...`), dated where the whole day is printed (yearless null); 热点推荐, 热门科室, 名医推荐 none; links as written,
 *   resolved against the canonical where the page names one.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const roc = (iso: string, sep: string) => `${Number(iso.slice(0, 4)) - 1911}${sep}${iso.slice(5, 7)}${sep}${iso.slice(8, 10)}`;
const yearlessCn = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
/** Two different lines of an asker's. */
const twoLines = (rng: Rng) => rng.shuffle([...ASKER_LINES]).slice(0, 2).join('');
const SURNAMES = ['王', '李', '张', '刘', '陈', '赵', '孙', '周'];
/** The family member a question is asked for, and how the asker's words begin. */
const FOR_WHOM = [
  ['帮妈妈问：', '我妈妈今年62岁，'],
  ['替父亲咨询：', '我爸爸今年68岁，'],
  ['【代家人问】', '我家宝宝两岁半，'],
  ['帮老公问：', '我老公今年35岁，'],
] as const;

// --- F1. qianlong-jiankang-fangtan ---

/**
 * F1. 千龙网's 健康访谈 (health.qianlong.com/{yyyy}/{mmdd}/{id}.shtml: the host from memory, the path guessed), UTF-8, no
 * canonical (links absolute): nav, crumbs; the headline the question (35%) or one that asks nothing (`{topic}，听听专家怎么说`,
 * `健康访谈：{name}谈{topic}`, 65%); `{yyyy-mm-dd hh:mm}` or `{yyyy年mm月dd日 hh:mm}` (keyed)　`来源：千龙网`　`作者：千龙网记者
 * {x}` (none); a reporter's lede (none); a `嘉宾：{name}，{hospital}{department}{title}` box or `嘉宾介绍` lines (the card);
 * **`记者：` / `千龙网：` / `主持人：` the question (keyed without the label)**; the reply: the first paragraph after `{name}：`
 * / `专家：` (the label none), the rest plain; on 60% of video items a `<video>` of the interview (keyed video); `责任编辑：`;
 * share bar; `相关新闻` (link-only, `[2023-05-06]` on 50%); `热点推荐` (none).
 */
const qianlongJiankangFangtan: Family = {
  name: 'qianlong-jiankang-fangtan',
  split: 'fresh-114',
  site: 'health.qianlong.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.qianlong.com';
    const topic = topicWord(page);
    const headline = rng.weighted([[page.question, 35], [`${topic}，听听专家怎么说`, 35], [`健康访谈：${d.name}谈${topic}`, 30]] as const);
    const reporter = otherName(rng);
    const qLabel = rng.pick(['记者：', '千龙网：', '主持人：']);
    const aLabel = rng.chance(0.5) ? `${d.name}：` : '专家：';
    const video = page.format === 'video' && rng.chance(0.6);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const path = (iso: string, num: number) => `/${iso.slice(0, 4)}/${iso.slice(5, 7)}${iso.slice(8, 10)}/${num}.shtml`;
    const href = (r: Related) => `${base}${path(r.date!, itemNum(r))}`;
    const day = rng.chance(0.5) ? `${page.date} ${clock(rng)}` : `${cnDate(page.date!).replace(/(\d+)月(\d+)日/u, (_, m, dd) => `${two(Number(m))}月${two(Number(dd))}日`)} ${clock(rng)}`;
    const guest = rng.chance(0.5)
      ? `<div class="${c(rng, 'guest', 'jb')}"><b>嘉宾：</b>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</div>`
      : `<div class="${c(rng, 'guest', 'jbjs')}"><h4>嘉宾介绍</h4><p>${esc(d.name!)}</p><p>${esc(d.hospital!)} ${esc(d.department!)}</p><p>${esc(d.title!)}</p></div>`;
    const [first, ...rest] = page.paragraphs;
    const qa = `<p class="q"><strong>${qLabel}</strong>${esc(page.question)}</p>
<p><strong>${esc(aLabel)}</strong>${esc(first!)}</p>
${paras(rest)}`;
    const list = related.length
      ? `<div class="${c(rng, 'xgxw', 'related')}"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? ` <span>[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="top"><a href="https://www.qianlong.com/"><img src="/img/logo.png" alt="千龙网"></a> <a href="https://www.qianlong.com/">首页</a> <a href="https://beijing.qianlong.com/">北京</a> <a href="${base}/">健康</a> <a href="https://china.qianlong.com/">国内</a></div>
<div class="crumb">当前位置：<a href="${base}/">健康</a> &gt; 健康访谈</div>
<div class="${c(rng, 'article', 'main')}">
<h1>${esc(headline)}</h1>
<div class="${c(rng, 'info', 'source')}"><span>${day}</span>　<span>来源：千龙网</span>　<span>作者：千龙网记者 ${reporter}</span></div>
${video ? `<div class="player"><video src="https://v.qianlong.com/${token(rng, 10)}.mp4" controls poster="/img/${token(rng, 6)}.jpg"></video><p>视频：健康访谈</p></div>` : ''}
<div class="${c(rng, 'content', 'TRS_Editor')}">
<p>${esc(topic)}困扰着不少人。本期健康访谈，千龙网记者就网友关心的问题采访了相关专家。</p>
${guest}
${qa}
</div>
<p class="editor">责任编辑：${otherName(rng)}</p>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
</div>
${list}
<div class="hot"><h3>热点推荐</h3><ul><li><a href="https://beijing.qianlong.com/${rng.int(1000, 9999)}.shtml">北京发布最新就医指南</a></li><li><a href="https://beijing.qianlong.com/${rng.int(1000, 9999)}.shtml">社区卫生服务中心延时服务</a></li></ul></div>
<div class="foot">千龙网 版权所有　<a href="https://www.12377.cn/">违法和不良信息举报</a>　京ICP证000001号</div>`;
    const doc = documentOf(`${headline}-千龙网·中国首都网`, null, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F2. bandao-mingyi-rexian ---

/**
 * F2. 半岛都市报's 名医热线 on 半岛网 (news.bandao.cn/a/{id}.html: the host from memory, the path guessed), UTF-8, canonical
 * on 50%: an app banner (`下载半岛新闻客户端`), nav; the headline the question (40%) or one that asks nothing (`名医热线：
 * {topic}问题专家来解答`, `{topic}困扰多 专家来支招`); `{yyyy-mm-dd hh:mm}　来源：半岛都市报　作者：记者 {x}` (keyed); the
 * edition line `半岛都市报 {yyyy年m月d日} A{n}版` (the same day); **the lede `本期名医热线邀请到{hospital}{department}{title}
 * {name}坐诊…` (the card)**, a `专家简介` box on 50%; **the question: `{m月d日}，市民{x}女士来电：{asker's line}{question}`
 * (40%: the question the caller's last sentence; the yearless day none), `读者{x}先生问：{question}` (30%), or `【咨询】
 * {question}` with `【解答】` before the reply (30%)**; the reply (`专家：` / `{name}：` / `【解答】` labels none); the
 * hotline `健康热线：0532-…`; `相关阅读` (snippet cut at 30 with `...` on 50%, `2023-05-06` on 50%).
 */
const bandaoMingyiRexian: Family = {
  name: 'bandao-mingyi-rexian',
  split: 'fresh-114',
  site: 'news.bandao.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://news.bandao.cn';
    const canonical = rng.chance(0.5) ? `${base}/a/${page.item.num}.html` : null;
    const topic = topicWord(page);
    const headline = rng.weighted([[page.question, 40], [`名医热线：${topic}问题专家来解答`, 30], [`${topic}困扰多 专家来支招`, 30]] as const);
    const form = rng.weighted([['caller', 40], ['reader', 30], ['label', 30]] as const);
    const sur = rng.pick(SURNAMES);
    const [first, ...rest] = page.paragraphs;
    const asked = shift(page.date!, -rng.int(1, 4));
    const aLabel = form === 'label' ? '【解答】' : rng.pick(['专家：', `${d.name}：`]);
    const question =
      form === 'caller'
        ? `<p>${yearlessCn(asked)}，市民${sur}女士来电：${rng.pick(ASKER_LINES)}${esc(page.question)}</p>`
        : form === 'reader'
          ? `<p>读者${sur}先生问：${esc(page.question)}</p>`
          : `<p><b>【咨询】</b>${esc(page.question)}</p>`;
    const intro = rng.chance(0.5)
      ? `<div class="${c(rng, 'zjjj', 'expert')}"><h4>专家简介</h4><p>${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}，${rng.pick(['擅长常见病、多发病的诊治', '从事临床工作二十余年'])}。</p></div>`
      : '';
    const snippets = rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => (canonical ? `/a/${itemNum(r)}.html` : `${base}/a/${itemNum(r)}.html`);
    const list = related.length
      ? `<div class="${c(rng, 'xgyd', 'related')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(cutSnippet(r.snippet, 30, 32, '...'))}</p>` : ''}${dated ? `<span class="t">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="app-banner">下载半岛新闻客户端，看青岛新闻 <a href="https://m.bandao.cn/app">立即打开</a></div>
<div class="nav"><a href="https://www.bandao.cn/">半岛网</a> <a href="${base}/">新闻</a> <a href="${base}/health/">健康</a> <a href="https://epaper.bandao.cn/">数字报</a></div>
<div class="${c(rng, 'article', 'detail')}">
<h1>${esc(headline)}</h1>
<div class="${c(rng, 'meta', 'info')}">${page.date} ${clock(rng)}　来源：半岛都市报　作者：记者 ${otherName(rng)}</div>
<p class="edition">半岛都市报 ${cnDate(page.date!)} A${rng.int(2, 20)}版</p>
<div class="${c(rng, 'content', 'article-body')}">
<p>本期名医热线邀请到${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}${esc(d.name!)}坐诊，为读者解答${esc(topic)}方面的问题。</p>
${question}
<p><b>${esc(aLabel)}</b>${esc(first!)}</p>
${paras(rest)}
${intro}
</div>
<p class="hotline">健康热线：0532-8${rng.int(1000000, 9999999)}，欢迎读者来电咨询。</p>
<div class="share"><a href="javascript:;">微信</a> <a href="javascript:;">朋友圈</a> <a href="javascript:;">举报</a></div>
</div>
${list}
<div class="foot">半岛网 版权所有　青岛市民热线</div>`;
    const doc = documentOf(`${headline}_半岛网`, canonical, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? cutSnippet(r.snippet, 30, 32, '...') : null), dated),
      }),
    };
  },
};

// --- F3. wz66-wangyou-wenyi ---

const HOW_LONG = ['一周以内', '一个月以内', '半年以内', '半年以上', '一年多'];
const TREATED = ['去社区医院看过，开了药，效果一般。', '还没有去医院，自己买了点药吃。', '做过检查，医生说问题不大，但一直不好。', '无'];

/**
 * F3. 温州网's 网友问医 (www.66wz.com/wenyi/{id}.html: the host from memory, the column and path guessed), GBK declared
 * (40%), undeclared (20%), declared `utf-8` wrongly (15%), UTF-8 (25%); canonical on 50%: nav; **`<h1>` the site's title of
 * the question and `<title>` `{q}_网友问医_温州网`**; `提问者：{nick}　提问时间：{earlier day}` (none); **the patient's
 * labelled fields in a `<dl>`, a table or `<p>` lines: `性别：女　年龄：32岁`, `病情描述：` the asker's longer words,
 * `患病多久：`, `曾经治疗情况及效果：` (70%), `想得到怎样的帮助：` restating the question (70%)** (none of the question, none
 * of the answer); `医生回复`: `回复医生：{name}`, `{title}　{department}`, `{hospital}` with `（{grade}）` on 40% (the
 * grade); the reply; `回复时间：{yyyy-mm-dd hh:mm}` / `{yyyy年m月d日}` (keyed); **on 45% a 追问 round (`追问：` and
 * `{name}医生回复：` with a later day: none)**; `相关问题` (link-only; `[2023-05-06]` 40% keyed, `[05-06]` 30% null).
 */
const wz66WangyouWenyi: Family = {
  name: 'wz66-wangyou-wenyi',
  split: 'fresh-114',
  site: 'www.66wz.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.66wz.com';
    const canonical = rng.chance(0.5) ? `${base}/wenyi/${page.item.num}.html` : null;
    const enc = rng.weighted([['gbk', 40], ['undeclared', 20], ['wrong', 15], ['utf8', 25]] as const);
    const grade = rng.chance(0.4) ? d.hospital_grade : null;
    const followup = rng.chance(0.45);
    const itemDays = rng.weighted([['full', 40], ['yearless', 30], ['none', 30]] as const);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => (canonical ? `/wenyi/${itemNum(r)}.html` : `${base}/wenyi/${itemNum(r)}.html`);
    const topic = topicWord(page);
    const fields: [string, string][] = [
      ['性别', `${rng.pick(['女', '男'])}　年龄：${rng.int(18, 75)}岁`],
      ['病情描述', `${topic}的情况有一段时间了，${twoLines(rng)}`],
      ['患病多久', rng.pick(HOW_LONG)],
    ];
    if (rng.chance(0.7)) fields.push(['曾经治疗情况及效果', rng.pick(TREATED)]);
    if (rng.chance(0.7)) fields.push(['想得到怎样的帮助', `想知道${esc(ask(page))}，该注意什么。`]);
    const style = rng.pick(['dl', 'table', 'p']);
    const fieldsHtml =
      style === 'dl'
        ? `<dl class="${c(rng, 'bq', 'ask-info')}">${fields.map(([k, v]) => `<dt>${k}：</dt><dd>${v}</dd>`).join('')}</dl>`
        : style === 'table'
          ? `<table class="${c(rng, 'bq', 'ask-tb')}">${fields.map(([k, v]) => `<tr><td class="l">${k}：</td><td>${v}</td></tr>`).join('\n')}</table>`
          : fields.map(([k, v]) => `<p><span class="lb">${k}：</span>${v}</p>`).join('\n');
    const replyDay = rng.chance(0.6) ? `${page.date} ${clock(rng)}` : cnDate(page.date!);
    const cardLines = `<p class="ys">回复医生：<a href="${base}/wenyi/doctor/${rng.int(100, 999)}.html">${esc(d.name!)}</a></p><p>${esc(d.title!)}　${esc(d.department!)}</p><p>${esc(d.hospital!)}${grade ? `（${grade}）` : ''}</p>`;
    const zw = followup
      ? `<div class="${c(rng, 'zhuiwen', 'zw')}"><p><b>追问：</b>${rng.pick(['请问医生，吃药期间需要忌口吗？', '如果一周还不好需要复查吗？', '平时生活上还要注意什么？'])}</p><p><b>${esc(d.name!)}医生回复：</b>${rng.pick(['清淡饮食即可，按时服药。', '需要的，建议到门诊复查。', '注意休息，避免劳累。'])}</p><p class="t">${shift(page.date!, rng.int(1, 3))} ${clock(rng)}</p></div>`
      : '';
    const list = related.length
      ? `<div class="${c(rng, 'xgwt', 'about')}"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${itemDays === 'full' ? ` [${r.date}]` : itemDays === 'yearless' ? ` [${r.date!.slice(5)}]` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav"><a href="${base}/">温州网</a> | <a href="${base}/news/">新闻</a> | <a href="${base}/health/">健康</a> | <a href="${base}/wenyi/">网友问医</a></div>
<div class="${c(rng, 'wy-main', 'ask')}">
<h1>${esc(page.question)}</h1>
<p class="${c(rng, 'asker', 'tw')}">提问者：${rng.pick(['温州网友', '鹿城网友', '瑞安网友'])}${rng.int(100, 999)}　提问时间：${shift(page.date!, -rng.int(1, 3))} ${clock(rng)}</p>
${fieldsHtml}
<div class="${c(rng, 'reply', 'hf')}"><h3>医生回复</h3>
${cardLines}
<div class="txt">
${paras(page.paragraphs)}
</div>
<p class="t">回复时间：${replyDay}</p>
</div>
${zw}
<p class="sm">${rng.pick(DISCLAIMERS)}</p>
<div class="op"><a href="javascript:;">分享</a> <a href="javascript:;">举报</a></div>
</div>
${list}
<div class="foot">温州网 版权所有　温州日报报业集团主办</div>`;
    const charset = enc === 'gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : enc === 'utf8' || enc === 'wrong' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${page.question}_网友问医_温州网`, canonical, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, itemDays === 'full'),
      }),
    };
  },
};

// --- F4. hsw-mingyi-zaixian ---

/**
 * F4. 华商网's 名医在线 (news.hsw.cn/mingyi/{id}.html: the host from memory, the column and path guessed), UTF-8, no
 * canonical (links absolute): nav, an ad; **the question: `<h1>` with `帮妈妈问：` / `替父亲咨询：` / `【代家人问】` / `帮老公问：`
 * before it (35%, the asker's line: none), plain (35%), or split (30%): the `<h1>` its first part and `……`, the first
 * paragraph `……` and the rest, the asker's words in a paragraph after it (keyed joined)**; `{nick} · 提问于 {earlier day}` (none); the asker's words for the family
 * member (`我妈妈今年62岁，…`), **`（附图2张）` and two thumbnails on 40%** (none); `专家回答`: the card (name, title, then
 * `{hospital} {department}`), the reply, `{yyyy-mm-dd} 回答` (80%, keyed) or `{n}小时前` (null); **one or two 追问 rounds
 * on 50% (none)**; 举报; `热门科室` (none); `相关问题` (snippet cut at 36 with `...` on 50%, else link-only; undated).
 */
const hswMingyiZaixian: Family = {
  name: 'hsw-mingyi-zaixian',
  split: 'fresh-114',
  site: 'news.hsw.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://news.hsw.cn';
    const form = rng.weighted([['for', 35], ['plain', 35], ['split', 30]] as const);
    const [prefix, opening] = rng.pick([...FOR_WHOM]);
    const q = Array.from(page.question);
    const cut = Math.max(3, Math.ceil(q.length / 2));
    const h1 = form === 'for' ? `${prefix}${esc(page.question)}` : form === 'split' ? `${esc(q.slice(0, cut).join(''))}……` : esc(page.question);
    const words = `${form === 'for' ? opening : ''}${twoLines(rng)}`;
    const firstPara = form === 'split' ? `<p>……${esc(q.slice(cut).join(''))}</p>\n<p>${esc(words)}</p>` : `<p>${esc(words)}</p>`;
    const pics = rng.chance(0.4);
    const relative = rng.chance(0.2);
    const rounds = rng.chance(0.5) ? rng.int(1, 2) : 0;
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `${base}/mingyi/${itemNum(r)}.html`;
    const zw = Array.from({ length: rounds }, (_, i) => `<div class="${c(rng, 'zw', 'zhuiwen')}"><p class="q">追问：${rng.pick(['那需要去医院做检查吗？', '孩子还小，能吃这个药吗？', '老人有高血压，用药有影响吗？'])}</p><p class="a">专家回复：${rng.pick(['建议先观察两三天，不缓解再就诊。', '可以，按说明书减量服用。', '需要告诉医生正在服用的降压药。'])}</p><span>${shift(page.date!, i + 1)}</span></div>`).join('\n');
    const list = related.length
      ? `<div class="${c(rng, 'xgwt', 'related')}"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(cutSnippet(r.snippet, 36, 38, '...'))}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav"><a href="https://www.hsw.cn/">华商网</a> <a href="${base}/">新闻</a> <a href="https://health.hsw.cn/">健康</a> <a href="${base}/mingyi/">名医在线</a></div>
<div class="ad"><a href="https://www.hsw.cn/ad/${rng.int(100, 999)}"><img src="https://img.hsw.cn/ad/${token(rng, 8)}.jpg" alt="广告"></a></div>
<div class="${c(rng, 'ask-box', 'question')}">
<h1>${h1}</h1>
${firstPara}
${pics ? `<p class="att">（附图2张）</p><div class="pics"><img src="https://img.hsw.cn/ask/${token(rng, 8)}.jpg" alt=""><img src="https://img.hsw.cn/ask/${token(rng, 8)}.jpg" alt=""></div>` : ''}
<p class="who">${rng.pick(['西安网友', '咸阳网友', '宝鸡网友'])} · 提问于 ${shift(page.date!, -rng.int(1, 3))}</p>
</div>
<div class="${c(rng, 'answer-box', 'zjhd')}"><h3>专家回答</h3>
<div class="doc"><a href="${base}/mingyi/doctor/${rng.int(100, 999)}.html">${esc(d.name!)}</a> <span>${esc(d.title!)}</span><p>${esc(d.hospital!)} ${esc(d.department!)}</p></div>
<div class="txt">
${paras(page.paragraphs)}
</div>
<p class="t">${relative ? `${rng.int(2, 20)}小时前` : `${page.date} 回答`}</p>
<a class="jb" href="javascript:;">举报</a>
</div>
${zw}
<div class="ks"><h3>热门科室</h3><a href="${base}/mingyi/ks/1">内科</a> <a href="${base}/mingyi/ks/2">外科</a> <a href="${base}/mingyi/ks/3">儿科</a> <a href="${base}/mingyi/ks/4">妇产科</a></div>
${list}
<div class="foot">华商网 版权所有　陕ICP备000001号　<a href="https://www.12377.cn/">网上有害信息举报</a></div>`;
    const doc = documentOf(`${form === 'split' ? q.slice(0, cut).join('') : page.question}-名医在线-华商网`, null, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: relative ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, (r) => (snippets ? cutSnippet(r.snippet, 36, 38, '...') : null), false),
      }),
    };
  },
};

// --- F5. kfsyscc-aizheng-zixun ---

/** [department, title] of 和信's answerers. */
const KF_ROLES = [
  ['血液腫瘤科', '主治醫師'],
  ['放射腫瘤科', '主治醫師'],
  ['藥劑科', '藥師'],
  ['護理部', '個案管理師'],
  ['營養室', '營養師'],
] as const;
const KF_TERMS = ['PET-CT', 'MRI', 'CEA', 'HPV', 'PSA'];

/**
 * F5. 和信治癌中心醫院's 網路諮詢 (www.kfsyscc.org/consult/{id}: the host from memory, the path guessed), Taiwan, `lang="zh-TW"`:
 * Big5 declared (50%), Big5 undeclared (20%), UTF-8 (30%); no canonical (links root-relative, keyed as written): the
 * masthead `和信治癌中心醫院`, nav; `諮詢者：{nick}　{女/男}／{age}歲　諮詢日期：{ROC earlier day}` (none); **`Q：` / `問：` the
 * question, with `（已做過 {PET-CT|MRI|…} 檢查）` inside it before the `？` on 40% (keyed), `（附圖1張）` after it on 30%
 * (none)**; `A：` / `答：` then the answer; **`回覆者：{department} {name} {title}`** (主治醫師, 藥師, 個案管理師, 營養師: as
 * printed) before or after the answer, the hospital the site's `和信治癌中心醫院`; `回覆日期：{yyyy/mm/dd}` or ROC
 * `{yyy/mm/dd}` (keyed +1911); the disclaimer; `相關諮詢` (link-only, ROC day on 40% keyed).
 */
const kfsysccAizhengZixun: Family = {
  name: 'kfsyscc-aizheng-zixun',
  split: 'fresh-114',
  site: 'www.kfsyscc.org',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.kfsyscc.org';
    const enc = rng.weighted([['big5', 50], ['undeclared', 20], ['utf8', 30]] as const);
    const [dept, title] = rng.pick([...KF_ROLES]);
    const term = rng.chance(0.4) ? rng.pick(KF_TERMS) : null;
    const question = term ? `${ask(page)}（已做過 ${term} 檢查）？` : page.question;
    const attach = rng.chance(0.3);
    const qLabel = rng.pick(['Q：', '問：']);
    const aLabel = qLabel === 'Q：' ? 'A：' : '答：';
    const cardFirst = rng.chance(0.5);
    const dated = rng.chance(0.4);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/consult/${itemNum(r)}`;
    const day = rng.chance(0.5) ? page.date!.replace(/-/g, '/') : roc(page.date!, '/');
    const card = `<p class="${c(rng, 'replier', 'hf-doc')}">回覆者：${dept} ${esc(d.name!)} ${title}</p>`;
    const list = related.length
      ? `<div class="${c(rng, 'other', 'rel')}"><h3>相關諮詢</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? `<span>${roc(r.date!, '/')}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="header"><a href="${base}/"><img src="/images/logo.gif" alt="和信治癌中心醫院"> 和信治癌中心醫院</a><ul class="nav"><li><a href="/guide/">就醫指南</a></li><li><a href="/cancer/">癌症資訊</a></li><li><a href="/consult/">網路諮詢</a></li></ul></div>
<div class="${c(rng, 'consult', 'qa-detail')}">
<h2>網路諮詢</h2>
<p class="who">諮詢者：${rng.pick(['林小姐', '陳先生', '病友家屬'])}　${rng.pick(['女', '男'])}／${rng.int(25, 78)}歲　諮詢日期：${roc(shift(page.date!, -rng.int(2, 6)), '/')}</p>
<div class="q"><b>${qLabel}</b>${esc(question)}${attach ? '<span class="att">（附圖1張）</span>' : ''}</div>
${cardFirst ? card : ''}
<div class="a"><b>${aLabel}</b>
${paras(page.paragraphs)}
</div>
${cardFirst ? '' : card}
<p class="date">回覆日期：${day}</p>
<p class="note">本院網路諮詢僅供參考，無法取代醫師當面診療，如有不適請儘速就醫。</p>
</div>
${list}
<div class="footer">和信治癌中心醫院　台北市北投區　版權所有</div>`;
    const charset = enc === 'big5' ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = tw(documentOf(`網路諮詢 | 和信治癌中心醫院`, null, '', body, charset));
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'big5'),
      expected: expectedOf(page, {
        question,
        doctor: { name: d.name, title, department: dept, hospital: '和信治癌中心醫院', hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F6. intimes-yiyao-xinxiang ---

const MY_HOSPS = ['砂拉越綜合醫院', '婆羅洲醫藥中心', 'KPJ古晉專科醫院', 'Normah醫藥專科中心', '詩巫醫院'];
const MY_DEPTS = ['腸胃科', '心臟科', '內科', '婦產科', '兒科', '骨科', '皮膚科'];
const MY_LETTER = ['上個月做了 blood test，報告說有些指數偏高。', '之前照過 scan，醫生說暫時觀察。', '家裡的 panadol 吃了也沒有用。', '在 klinik 看過，開了藥但是還沒好。'];

/**
 * F6. 國際時報's 醫藥信箱 (Kuching, Sarawak; www.intimes.com.my/{yyyy}/{mm}/{dd}/{slug}/: the host from memory, the path
 * guessed), UTF-8, traditional furniture, canonical on 60%; unclosed `<p>`s on 40%: nav, an ad, `下載國際時報App`; the
 * headline `醫藥信箱：{q}` (45%, the prefix none), the question (25%), or `醫藥信箱（{n}）` that asks nothing (30%);
 * `{dd/mm/yyyy}` (60%) or `{yyyy年m月d日}` (keyed) with `{hh:mm}`; **`讀者來信：` and the reader's letter (`{nick}（{town}）：
 * 醫生您好，…` with English terms: none), then `問：{q}` (keyed without the label)**; `答：` (own line or inline, none) and
 * the answer; **the card `解答：{name}醫生（{hospital} {dept}顧問醫生）` or a box `{name}醫生` / `{dept}顧問醫生` (or
 * `{dept}專科醫生`) / `{hospital}`: title 顧問醫生 / 專科醫生, department the specialty**; FB / WhatsApp share; a comment box;
 * `相關新聞` (link-only, `dd/mm/yyyy` on 50% keyed).
 */
const intimesYiyaoXinxiang: Family = {
  name: 'intimes-yiyao-xinxiang',
  split: 'fresh-114',
  site: 'www.intimes.com.my',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.intimes.com.my';
    const slug = (iso: string, num: number) => `/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/yiyao-${num}/`;
    const canonical = rng.chance(0.6) ? `${base}${slug(page.date!, page.item.num)}` : null;
    const hosp = rng.pick(MY_HOSPS);
    const dept = rng.pick(MY_DEPTS);
    const title = rng.chance(0.7) ? '顧問醫生' : '專科醫生';
    const headline = rng.weighted([[`醫藥信箱：${page.question}`, 45], [page.question, 25], [`醫藥信箱（${rng.int(100, 999)}）`, 30]] as const);
    const open = rng.chance(0.4);
    const p = (s: string) => (open ? `<p>${s}\n` : `<p>${s}</p>\n`);
    const [first, ...rest] = page.paragraphs;
    const inline = rng.chance(0.5);
    const answer = inline ? p(`<b>答：</b>${esc(first!)}`) + rest.map((x) => p(esc(x))).join('') : p('<b>答：</b>') + page.paragraphs.map((x) => p(esc(x))).join('');
    const card = rng.chance(0.5)
      ? `<p class="${c(rng, 'byline', 'author')}">解答：${esc(d.name!)}醫生（${hosp} ${dept}${title}）</p>`
      : `<div class="${c(rng, 'doc-box', 'author-box')}"><div>${esc(d.name!)}醫生</div><div>${dept}${title}</div><div>${hosp}</div></div>`;
    const cardFirst = rng.chance(0.5);
    const day = `${rng.chance(0.6) ? dayFirst(page.date!) : cnDate(page.date!)} ${clock(rng, 6, 11)}`;
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `${base}${slug(r.date!, itemNum(r))}`;
    const list = related.length
      ? `<div class="${c(rng, 'related-news', 'xgxw')}"><h3>相關新聞</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? ` <time>${dayFirst(r.date!)}</time>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<header><a href="${base}/"><img src="/img/logo.png" alt="國際時報"></a><nav><a href="${base}/">首頁</a> <a href="${base}/category/sarawak/">砂拉越</a> <a href="${base}/category/national/">全國</a> <a href="${base}/category/health/">保健</a></nav></header>
<div class="app">下載國際時報App，新聞隨時看 <a href="${base}/app/">下載</a></div>
<div class="ad"><ins data-ad="${rng.int(10000, 99999)}"></ins></div>
<article class="${c(rng, 'post', 'article')}">
<h1>${esc(headline)}</h1>
<div class="${c(rng, 'date', 'post-meta')}">${day}　保健</div>
${cardFirst ? card : ''}
<div class="${c(rng, 'entry', 'post-content')}">
${p('<b>讀者來信：</b>')}${p(`${rng.pick(['陳太', '林先生', '黃小姐'])}（${rng.pick(['古晉', '詩巫', '美里'])}）：醫生您好，${esc(rng.shuffle([...MY_LETTER]).slice(0, 2).join(''))}`)}${p(`<b>問：</b>${esc(page.question)}`)}${answer}</div>
${cardFirst ? '' : card}
<p class="note">（本欄內容僅供參考，讀者如有疑問請諮詢醫生。）</p>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(base)}">Facebook</a> <a href="https://wa.me/?text=${encodeURIComponent(base)}">WhatsApp</a></div>
</article>
<div class="comments"><h4>發表評論</h4><textarea placeholder="留下您的評論"></textarea></div>
${list}
<footer>© 國際時報 International Times</footer>`;
    const doc = documentOf(`${headline} - 國際時報`, canonical, '', body).replace('<html lang="zh-CN">', '<html lang="zh-Hant-MY">');
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: dept, hospital: hosp, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

export const FRESH114_FAMILIES: readonly Family[] = [qianlongJiankangFangtan, bandaoMingyiRexian, wz66WangyouWenyi, hswMingyiZaixian, kfsysccAizhengZixun, intimesYiyaoXinxiang];
