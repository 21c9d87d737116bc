import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-twelfth fresh held-out set (split `fresh-112`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-seventh set**, leaning on **answers
 * whose body is not a run of plain paragraphs**: sub-headings inside the answer, an inline `相关阅读` / app-download box
 * between two paragraphs, a `参考文献` list after it, a quoted restatement of the question at its start, `<div>`s and `<br>`
 * runs with no `<p>`, `&nbsp;` / full-width indents, a small table (a diet or dose plan) inside it, pictures with captions,
 * an `<ol>` / `<ul>` of the points, bold lead-ins (`建议：`), a 追问 round under it, a doctor's own `补充回答`, `<p>`s of nested
 * `<span>`s, `①②③` points, a `温馨提示` and a signature at its end. Six Chinese-language sites, none modelled or named by an
 * earlier split: 浙江在线 / zjol, 长沙晚报 / 掌上长沙 / icswb, 北京晚报 / 北晚新视觉 / 北晚 / takefoto, 南方都市报 / 南都 / oeeee,
 * 中国江苏网 / 中国江苏 / jschina, 民視 / ftvnews each grepped, case-insensitive, fixed strings, in README.md and
 * families*.ts: no hit (`浙江`, `江苏`, `长沙`, `南方` alone hit, as provinces, a city and 南方医院, not these sites; `晚报`
 * alone hits other papers). Left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (both hit now), 扬子晚报 /
 * 紫牛, 大河网 / dahe, 羊城晚报 (羊城派 / ycwb had none), 自由時報 / ltn, 華人健康網, TVBS / 健康2.0, ETtoday, 光华日报 (光華日報
 * / kwongwah had none), 信報 / hkej, 中時, 屈臣氏 / watsons, 钱江晚报, 康健, 大众卫生报, 新民晚报, 明報 / mingpao, 頭條 /
 * stheadline, 星島, 鏡週刊, 風傳媒, 三立, 诗华 / seehua, 新明日报; no hit but not taken: 健康雲, 今周刊, 镜周刊 (simplified).
 * - **zjol-mingyi-dayi**: 浙江在线's 健康 名医答疑: **sub-headings (`<h3>` or `<p><strong>`) inside the answer**, an inline
 *   `相关阅读` box between two paragraphs, a `参考文献` list after it on 35%;
 * - **icswb-zhangshang-wenyi**: 掌上长沙's (长沙晚报) 问医 share page: **`<div>`s with no `<p>` or one `<div>` of `<br><br>`
 *   runs, `&nbsp;` or full-width indents, a quoted restatement `您好，您说的“…”` first**, an app-download box inside the
 *   answer, a `温馨提示：` after it; relative days on some;
 * - **takefoto-zhuanjia-menzhen**: 北晚新视觉's (北京晚报) 专家门诊: **a small table (a 一日食谱 or 用药 plan) inside the
 *   answer**, a picture with a caption between paragraphs;
 * - **oeeee-nandu-mingyi**: 南都's 名医问答: **the points an `<ol>` (numbers dropped) or `<ul>`, bold lead-ins (`建议：`), a
 *   追问 round and the doctor's reply under the answer** on 45%;
 * - **jschina-mingyi-zaixian**: 中国江苏网's 名医在线 (GBK on most): **`<p>`s of nested `<span style>`s, `&nbsp;` indents, the
 *   doctor's own `补充回答` a day or two later**, an inline ad between two paragraphs;
 * - **ftvnews-yishi-jieda**: 民視新聞網's 健康 醫師解答 (Taiwan): **`①②③` points, pictures with `▲` captions between
 *   paragraphs, an inline `延伸閱讀` box, a `（諮詢／…）` signature at the end**.
 * Hosts from memory (zjnews.zjol.com.cn / health.zjol.com.cn, www.icswb.com, www.takefoto.cn, www.oeeee.com,
 * health.jschina.com.cn, www.ftvnews.com.tw), every path and column a guess; the markup is written here, none copied.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the answer's parts**: sub-headings inside the answer are paragraphs of it (README's withHeads convention), but a head
 *   over the answer's start that names the answer itself (`专家解读`, `醫師這樣說`: the 医生解答 kind) is its label, none of it
 *   (corrected after a first look at the reader's output, before the recorded first run: the product's answer leaves out
 *   医生解答 and the like; a topic's head, `病因分析`, stays a paragraph); a table's lead line a paragraph whether a `<p>` or
 *   its `<caption>` prints it (corrected likewise: the doctor's words over the table either way); list items
 *   one paragraph each, an `<ol>`'s generated numbers none of the text (list-answer / css-counter), numbers typed in the text
 *   kept; a table one paragraph per row, the header row included, the cells joined by one space (fresh's table convention);
 *   a bold lead-in (`建议：`) part of its paragraph; a quoted restatement (`您好，您说的…`) the doctor's own words: the first
 *   paragraph (greeting convention); **an inline `相关阅读` / `延伸閱讀` / app-download / ad box none, a picture's caption
 *   none (figure-answer), a `参考文献` list none (baike-links: apparatus), a `温馨提示：` line none, a signature none**; a
 *   `<br>` run or a `<div>` ends a paragraph, `&nbsp;` / `　` indents no text, `<span>`s split none;
 * - **follow-ups**: 南都's 追问 and the doctor's reply to it none of the answer (followup-thread), its days none; 中国江苏网's
 *   `补充回答` the doctor's own later part: part of the answer (multi-part), its label none, the date the first part's;
 * - **the question** the `<h1>` without a column's prefix (`名医答疑｜`, `【专家门诊】`, `問答／`); the asker's line none;
 * - **the date** the article's stamp as printed; relative `3天前` / `昨天` (掌上长沙) null; yearless `05-06` null;
 * - **the card** as printed (grade where printed, else null); a reporter, an editor, a 审核 doctor none;
 * - **format** unknown (no label) but video where a `<video>` plays (北晚, 民視);
 * - **items**: each site's question list (`相关阅读` at the foot, `相关推荐`, `更多醫師解答`, `往期回顾`) — link-only `[]`
 *   unless a snippet is printed (kept with its `...`), dated where printed in full —; the inline boxes inside the answer, hot
 *   lists and department lists none; links as written, resolved against the canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const slash = (iso: string) => iso.replace(/-/g, '/');
const zhPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
const tw = (html: string) => html.replace('<html lang="zh-CN">', '<html lang="zh-TW">');
/** A drawn class name, so that no two pages share their markup exactly. */
const c = (rng: Rng, ...names: string[]) => rng.pick(names) + (rng.chance(0.3) ? `-${token(rng, 3)}` : '');
/** The number a truth paragraph starts with (`一、`, `1.`, `（1）`), or none. */
const NUMBER = /^(?:[一二三四五六七八九十]+、|\d+[.．、]|（\d+）)/u;
const unnumbered = (p: string) => p.replace(NUMBER, '');
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
const BOX_TITLES = ['夏季养生：这几件事别做', '体检报告怎么看？一文读懂', '春季过敏高发，如何预防', '科学补钙的三个误区'] as const;
const REFERENCES = ['中华医学会. 临床诊疗指南[M]. 北京: 人民卫生出版社, 2019.', '国家卫生健康委员会. 相关疾病诊疗规范（2020年版）[S].', '王辰, 王建安. 内科学[M]. 3版. 北京: 人民卫生出版社, 2015.'] as const;

// --- F1. zjol-mingyi-dayi ---

const ZJ_HEADS = [
  ['病因分析', '医生建议'],
  ['原因是什么', '怎么办'],
  ['专家解读', '专家提醒'],
] as const;

/**
 * F1. 浙江在线's 健康 名医答疑 (health.zjol.com.cn/system/{yyyy}/{mm}/{dd}/{id}.shtml: the host from memory, the path and
 * the markup guessed), UTF-8, canonical on 50% (links relative then, resolved against it): nav, a banner; the `<h1>` with
 * `名医答疑｜` on 35% (none); `来源：浙江在线　{day} {time}` (`2023-05-06` or `2023年05月06日`, keyed) and `记者 {x}`; the card
 * line `答疑专家：{hospital}{department}{title} {name}` (grade `（三甲）` after the hospital on 30%); **the answer under
 * sub-headings: the first paragraph under `{head1}`, the rest under `{head2}` (`<h3>` 50%, `<p><strong>` 50%) — the heads
 * are paragraphs of the answer, but `专家解读` over the first paragraph, a label naming the answer (the 医生解答 kind), is none**; **an inline `相关阅读` box (one linked article title) after the first paragraph on 60%
 * (none)**; **`参考文献：` and 2–3 references after the answer on 35% (none)**; `责任编辑：` (none); `相关阅读` at the foot
 * (link-only, dated `2023-05-06` on 50%); `热门排行` (none); 举报.
 */
const zjolMingyiDayi: Family = {
  name: 'zjol-mingyi-dayi',
  split: 'fresh-112',
  site: 'health.zjol.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.zjol.com.cn';
    const path = (iso: string, num: number) => `/system/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${num}.shtml`;
    const canonical = rng.chance(0.5) ? `${base}${path(page.date!, page.item.num)}` : null;
    const prefix = rng.chance(0.35);
    const grade = rng.chance(0.3) && d.hospital_grade ? d.hospital_grade : null;
    const [h1, h2] = rng.pick(ZJ_HEADS);
    const hTag = rng.chance(0.5);
    const inline = rng.chance(0.6);
    const refs = rng.chance(0.35);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => (canonical ? path(r.date!, itemNum(r)) : `${base}${path(r.date!, itemNum(r))}`);
    const head = (h: string) => (hTag ? `<h3 class="${c(rng, 'sub', 'xbt')}">${h}</h3>` : `<p><strong>${h}</strong></p>`);
    const [first, ...rest] = page.paragraphs;
    const box = `<div class="${c(rng, 'inline-read', 'xgyd-in')}"><span>相关阅读</span><a href="${base}/system/2023/0${rng.int(1, 9)}/1${rng.int(0, 9)}/${rng.int(20000000, 29999999)}.shtml">${rng.pick([...BOX_TITLES])}</a></div>`;
    const answerHtml = [head(h1), `<p>${esc(first!)}</p>`, ...(inline ? [box] : []), ...(rest.length ? [head(h2), ...rest.map((x) => `<p>${esc(x)}</p>`)] : [])].join('\n');
    // A head that names the answer itself (`专家解读`, the 医生解答 kind) over its first paragraph is its label, none of it;
    // a head naming a topic (`病因分析`, `原因是什么`) is a paragraph (key corrected after the first look, see README).
    const keyParas = [...(h1 === '专家解读' ? [] : [h1]), first!, ...(rest.length ? [h2, ...rest] : [])];
    const refList = refs ? `<div class="${c(rng, 'refs', 'ckwx')}"><p>参考文献：</p><ol>${rng.shuffle([...REFERENCES]).slice(0, rng.int(2, 3)).map((x) => `<li>${esc(x)}</li>`).join('')}</ol></div>` : '';
    const list = related.length
      ? `<div class="${c(rng, 'relate', 'xgyd')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? `<span class="t">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const day = rng.chance(0.5) ? page.date! : zhPadded(page.date!);
    const body = `<div class="nav"><a href="https://www.zjol.com.cn/">浙江在线</a> | <a href="https://zjnews.zjol.com.cn/">浙江新闻</a> | <a href="${base}/">健康</a> | <a href="https://cs.zjol.com.cn/">财经</a></div>
<div class="banner"><a href="https://ad.zjol.com.cn/c/${token(rng, 8)}"><img src="https://ad.zjol.com.cn/b/${token(rng, 8)}.jpg" alt=""></a></div>
<div class="${c(rng, 'main', 'article', 'contain')}">
<h1>${prefix ? '名医答疑｜' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'source')}">来源：浙江在线　${day} ${clock(rng)}　记者 ${otherName(rng)}</div>
<p class="${c(rng, 'expert', 'dyzj')}">答疑专家：${esc(d.hospital!)}${grade ? `（${grade}）` : ''}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</p>
<div class="${c(rng, 'content', 'art_content', 'txt')}">
${answerHtml}
</div>
${refList}
<p class="bj">责任编辑：${otherName(rng)}</p>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="${base}/jubao">举报</a></div>
</div>
${list}
<div class="hot"><h3>热门排行</h3><ol><li><a href="https://zjnews.zjol.com.cn/${rng.int(1000, 9999)}">杭州地铁新线路开通</a></li><li><a href="https://zjnews.zjol.com.cn/${rng.int(1000, 9999)}">浙江高温天气持续</a></li></ol></div>
<div class="foot">浙江在线新闻网站 版权所有</div>`;
    const html = documentOf(`${prefix ? '名医答疑｜' : ''}${page.question}-浙江在线`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        paragraphs: keyParas,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

// --- F2. icswb-zhangshang-wenyi ---

/**
 * F2. 掌上长沙's (长沙晚报) 问医 share page (www.icswb.com/h/{yyyymm}/{id}.html: the host from memory, the path and the markup
 * guessed), UTF-8, canonical always (links relative, resolved against it): an `打开掌上长沙APP` banner; the `<h1>` the
 * question; `长沙晚报掌上长沙 {day}` — `2023-05-06 07:12` (60%, keyed), `3天前` / `昨天 07:12` (40%, null); the card
 * `{name} {title}` over `{hospital} {department}` (no grade); **the answer: a quoted restatement `您好，您说的“{question}”
 * 这种情况，我来解答一下。` as its own first line (the doctor's words: the first paragraph)**, then the paragraphs **as
 * `<div>`s with no `<p>` (40%), or one `<div>` of lines split by `<br><br>` (35%) or by one `<br>` (25%); each line indented
 * with `&nbsp;&nbsp;&nbsp;&nbsp;` or `　　` on 60% (no text)**; **an app-download box (`下载掌上长沙APP，免费问医生`) after the
 * second line on 50% (none)**; **`温馨提示：…` after the answer (none)**; 举报 / 分享; `相关推荐` (the snippet cut at 36 with
 * `...`, undated) or link-only (`[]`).
 */
const icswbZhangshangWenyi: Family = {
  name: 'icswb-zhangshang-wenyi',
  split: 'fresh-112',
  site: 'www.icswb.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.icswb.com';
    const canonical = `${base}/h/${page.date!.slice(0, 7).replace('-', '')}/${page.item.num}.html`;
    const relative = rng.chance(0.4);
    const form = rng.weighted([['divs', 40], ['brbr', 35], ['br', 25]] as const);
    const indent = rng.chance(0.6) ? rng.pick(['&nbsp;&nbsp;&nbsp;&nbsp;', '　　']) : '';
    const app = rng.chance(0.5);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/h/${r.date!.slice(0, 7).replace('-', '')}/${itemNum(r)}.html`;
    const printed = (r: Related) => cutSnippet(r.snippet, 36, 38, '...');
    const quoted = `您好，您说的“${page.question.replace(/[？?]$/u, '')}”这种情况，我来解答一下。`;
    const lines = [quoted, ...page.paragraphs];
    const appBox = `<div class="${c(rng, 'app-dl', 'download')}"><img src="/static/app.png" alt=""><span>下载掌上长沙APP，免费问医生</span><a href="${base}/app">立即下载</a></div>`;
    const at = 2;
    let answerHtml: string;
    if (form === 'divs') {
      const parts = lines.map((x) => `<div class="${c(rng, 'line', 'para', 'p')}">${indent}${esc(x)}</div>`);
      if (app) parts.splice(at, 0, appBox);
      answerHtml = `<div class="${c(rng, 'answer', 'reply-body')}">\n${parts.join('\n')}\n</div>`;
    } else {
      const sep = form === 'brbr' ? '<br><br>' : '<br>\n';
      const before = lines.slice(0, at).map((x) => `${indent}${esc(x)}`).join(sep);
      const after = lines.slice(at).map((x) => `${indent}${esc(x)}`).join(sep);
      answerHtml = `<div class="${c(rng, 'answer', 'reply-body')}">${before}${after ? (app ? `\n${appBox}\n` : sep) + after : ''}</div>`;
    }
    const when = relative ? rng.pick([`${rng.int(2, 6)}天前`, `昨天 ${clock(rng)}`]) : `${page.date} ${clock(rng)}`;
    const list = related.length
      ? `<div class="${c(rng, 'recommend', 'xgtj')}"><h3>相关推荐</h3>${related.map((r) => `<a class="item" href="${href(r)}"><h4>${esc(r.question)}</h4>${snippets ? `<p>${esc(printed(r))}</p>` : ''}</a>`).join('\n')}</div>`
      : '';
    const body = `<div class="app-top"><img src="/static/logo.png" alt="掌上长沙"><span>打开掌上长沙APP，阅读体验更佳</span><a href="${base}/app">打开</a></div>
<div class="${c(rng, 'detail', 'article')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'meta', 'info')}">长沙晚报掌上长沙 <span>${when}</span></div>
<div class="${c(rng, 'doctor', 'doc-card')}"><img src="https://img.icswb.com/avatar/${token(rng, 8)}.jpg" alt=""><div><b>${esc(d.name!)}</b> <span>${esc(d.title!)}</span></div><div>${esc(d.hospital!)} ${esc(d.department!)}</div></div>
${answerHtml}
<p class="${c(rng, 'tip', 'wxts')}">温馨提示：${rng.pick(['以上内容仅供参考，不能替代面诊。', '如症状持续，请及时到正规医院就诊。'])}</p>
<div class="bar"><a href="javascript:;">分享</a> <a href="javascript:;">点赞</a> <a href="${base}/jubao">举报</a></div>
</div>
${list}
<div class="foot">长沙晚报社 版权所有</div>`;
    const html = documentOf(`${page.question}_掌上长沙`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: lines,
        date: relative ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F3. takefoto-zhuanjia-menzhen ---

const DIET_ROWS = [
  ['餐次', '推荐食物'],
  ['早餐', '小米粥一碗、鸡蛋一个'],
  ['午餐', '米饭一两、清蒸鱼、炒青菜'],
  ['晚餐', '杂粮粥、豆腐、凉拌黄瓜'],
  ['加餐', '苹果半个或酸奶一杯'],
] as const;
const DOSE_ROWS = [
  ['用药', '用法', '注意'],
  ['口服药物', '每日2次，饭后服用', '不要自行加量'],
  ['外用药物', '每日1至2次，薄涂', '避开破损皮肤'],
  ['复查', '用药2周后', '带上既往检查单'],
] as const;

/**
 * F3. 北晚新视觉's (北京晚报) 专家门诊 (www.takefoto.cn/news/{yyyy}/{mm}/{dd}/{id}.shtml: the host from memory, the path and
 * the markup guessed), UTF-8, no canonical, links absolute: nav; the `<h1>` with `【专家门诊】` on 40% (none); `{day} {time}
 * 北京晚报` (`2023-05-06`, keyed; `05-06` yearless on 15%, null) and `记者 {x}`; the card `本期专家：{name}，{hospital}
 * {department}{title}` (no grade); **the answer with a small table inside (after the first paragraph): a 一日食谱 (餐次 /
 * 推荐食物) or a 用药 plan (用药 / 用法 / 注意), a `<caption>` or a `<p>` over it on 50% (`参考方案如下：`, a paragraph of the
 * answer whether printed as a `<p>` or as the `<caption>`) — one paragraph per row, the header row included, the cells joined
 * by one space**; **a picture with a caption (`图片来源：视觉中国` or `资料图`) between two paragraphs on 55% (none)**; a
 * `<video>` on 50% of video items (keyed video); 编辑 / 审核 (none); `往期回顾` (link-only, dated `[2023-05-06]` on 50%);
 * `热门` (none).
 */
const takefotoZhuanjiaMenzhen: Family = {
  name: 'takefoto-zhuanjia-menzhen',
  split: 'fresh-112',
  site: 'www.takefoto.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.takefoto.cn';
    const prefix = rng.chance(0.4);
    const yearless = rng.chance(0.15);
    const rows = rng.chance(0.5) ? DIET_ROWS : DOSE_ROWS;
    const lead = rng.weighted([['p', 50], ['caption', 25], ['none', 25]] as const);
    const leadText = rng.pick(['参考方案如下：', '具体可参考下表：']);
    const pic = rng.chance(0.55);
    const video = page.format === 'video' && rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/news/${r.date!.replace(/-/g, '/')}/${itemNum(r)}.shtml`;
    const [first, ...rest] = page.paragraphs;
    const table = `${lead === 'p' ? `<p>${leadText}</p>\n` : ''}<table class="${c(rng, 'tb', 'plan')}" border="1" cellspacing="0">${lead === 'caption' ? `<caption>${leadText}</caption>` : ''}${rows
      .map((row, i) => `<tr>${row.map((x) => (i === 0 ? `<th>${x}</th>` : `<td>${x}</td>`)).join('')}</tr>`)
      .join('\n')}</table>`;
    const figure = `<div class="${c(rng, 'pic', 'img')}"><img src="https://img.takefoto.cn/${token(rng, 10)}.jpg" alt=""><p class="note">${rng.pick(['图片来源：视觉中国', '资料图', '图片来源：东方IC'])}</p></div>`;
    const restHtml = rest.map((x) => `<p>${esc(x)}</p>`);
    if (pic) restHtml.splice(Math.min(1, restHtml.length), 0, figure);
    const answerHtml = [`<p>${esc(first!)}</p>`, table, ...restHtml].join('\n');
    // The lead line is the doctor's words over the table, a paragraph whether a `<p>` or the `<caption>` prints it
    // (key corrected after the first look, see README).
    const keyParas = [first!, ...(lead !== 'none' ? [leadText] : []), ...rows.map((row) => row.join(' ')), ...rest];
    const day = yearless ? page.date!.slice(5) : page.date!;
    const list = related.length
      ? `<div class="${c(rng, 'wqhg', 'review')}"><h3>往期回顾</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? ` <span>[${r.date}]</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="nav"><a href="${base}/">北晚新视觉</a> <a href="${base}/news/">新闻</a> <a href="${base}/health/">健康</a> <a href="${base}/video/">视频</a></div>
<div class="${c(rng, 'article', 'main', 'con')}">
<h1>${prefix ? '【专家门诊】' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'meta')}"><span>${day} ${clock(rng)}</span> <span>北京晚报</span> <span>记者 ${otherName(rng)}</span></div>
<p class="${c(rng, 'expert', 'zj')}">本期专家：${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</p>
${video ? `<div class="video"><video src="https://v.takefoto.cn/${token(rng, 12)}.mp4" controls></video></div>` : ''}
<div class="${c(rng, 'content', 'article-content')}">
${answerHtml}
</div>
<p class="${c(rng, 'editor', 'bj')}">编辑 ${otherName(rng)}　审核 ${otherName(rng)}</p>
<div class="share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
${list}
<div class="hot"><h3>热门</h3><ul><li><a href="${base}/news/${rng.int(1000, 9999)}">北京今夏首个高温预警</a></li><li><a href="${base}/news/${rng.int(1000, 9999)}">地铁新线试运行</a></li></ul></div>
<div class="foot">北京晚报 北晚新视觉 版权所有　<a href="https://www.12377.cn/">举报</a></div>`;
    const html = documentOf(`${prefix ? '【专家门诊】' : ''}${page.question}-北晚新视觉`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: keyParas,
        date: yearless ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F4. oeeee-nandu-mingyi ---

const LEADS = ['建议：', '注意：', '提醒：'] as const;

/**
 * F4. 南都's 名医问答 (www.oeeee.com/html/{yyyymm}/{dd}/{id}.html: the host from memory, the path and the markup guessed),
 * UTF-8, canonical on 50%: a 南都APP banner; the `<h1>` the question; `南方都市报 {day} {time}` (`2023-05-06`, keyed) and
 * `采写：南都记者 {x}`; the card `{name}　{hospital}{department}{title}` in a `<div>` (`医院等级：三甲` on 25%); **the answer's
 * numbered points (a truth paragraph starting `一、` / `1.` / `（1）`) as an `<ol>` with the numbers dropped (45%: each point
 * one paragraph without its number — an `<ol>`'s numbers are generated), a `<ul>` of the points as printed (30%: numbers kept),
 * or `<p>`s (25%); the intro and closing `<p>`s around it; the closing paragraph with a bold lead-in `<strong>建议：</strong>`
 * on 60% (the lead-in part of its paragraph)**; **a `追问：` round (the asker's follow-up, `{later day}`) and the doctor's
 * `医生回复：` (a sentence) under the answer on 45% (none of the answer, their days none)**; `相关阅读` (the question and a
 * snippet (50%) or link-only, undated); a `热门科室` list (none).
 */
const oeeeeNanduMingyi: Family = {
  name: 'oeeee-nandu-mingyi',
  split: 'fresh-112',
  site: 'www.oeeee.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.oeeee.com';
    const path = (iso: string, num: number) => `/html/${iso.slice(0, 7).replace('-', '')}/${iso.slice(8, 10)}/${num}.html`;
    const canonical = rng.chance(0.5) ? `${base}${path(page.date!, page.item.num)}` : null;
    const listForm = rng.weighted([['ol', 45], ['ul', 30], ['p', 25]] as const);
    const grade = rng.chance(0.25) && d.hospital_grade ? d.hospital_grade : null;
    const leadIn = rng.chance(0.6) ? rng.pick([...LEADS]) : null;
    const follow = rng.chance(0.45);
    const snippets = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => (canonical ? path(r.date!, itemNum(r)) : `${base}${path(r.date!, itemNum(r))}`);
    const ps = page.paragraphs;
    const numbered = ps.map((p) => NUMBER.test(p));
    const firstN = numbered.indexOf(true);
    const lastN = numbered.lastIndexOf(true);
    const html: string[] = [];
    const key: string[] = [];
    const plainP = (p: string, i: number) => {
      const isLast = i === ps.length - 1 && ps.length > 1 && leadIn !== null;
      html.push(isLast ? `<p><strong>${leadIn}</strong>${esc(p)}</p>` : `<p>${esc(p)}</p>`);
      key.push(isLast ? `${leadIn}${p}` : p);
    };
    ps.forEach((p, i) => {
      if (listForm !== 'p' && firstN >= 0 && i >= firstN && i <= lastN) {
        if (i === firstN) {
          const points = ps.slice(firstN, lastN + 1);
          const tag = listForm === 'ol' ? 'ol' : 'ul';
          html.push(`<${tag} class="${c(rng, 'points', 'list')}">${points.map((x) => `<li>${esc(listForm === 'ol' ? unnumbered(x) : x)}</li>`).join('\n')}</${tag}>`);
          key.push(...points.map((x) => (listForm === 'ol' ? unnumbered(x) : x)));
        }
        return;
      }
      plainP(p, i);
    });
    const later = shift(page.date!, rng.int(1, 3));
    const followHtml = follow
      ? `<div class="${c(rng, 'zhuiwen', 'follow')}"><p><b>追问：</b>${rng.pick(['那平时饮食上要注意什么？', '需要吃药吗？', '多久复查一次比较好？'])}<span class="t">${later}</span></p><p><b>医生回复：</b>${rng.pick(['清淡饮食为主，少吃辛辣刺激的食物。', '先观察几天，症状加重再来门诊。', '一般一个月左右复查一次。'])}<span class="t">${later}</span></p></div>`
      : '';
    const list = related.length
      ? `<div class="${c(rng, 'xgyd', 'related')}"><h3>相关阅读</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="app-bar"><span>南都APP 打开看更多</span><a href="https://m.mp.oeeee.com/app">下载</a></div>
<div class="${c(rng, 'article', 'detail')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'meta')}">南方都市报 ${page.date} ${clock(rng)}　采写：南都记者 ${otherName(rng)}</div>
<div class="${c(rng, 'doctor', 'expert')}"><span class="nm">${esc(d.name!)}</span>　${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}${grade ? `　医院等级：${grade}` : ''}</div>
<div class="${c(rng, 'content', 'art-body')}">
${html.join('\n')}
</div>
${followHtml}
<p class="disc">${rng.pick(DISCLAIMERS)}</p>
<div class="tools"><a href="javascript:;">分享</a> <a href="javascript:;">收藏</a> <a href="${base}/jubao">举报</a></div>
</div>
${list}
<div class="dept"><h3>热门科室</h3><ul><li><a href="${base}/ks/nk">内科</a></li><li><a href="${base}/ks/wk">外科</a></li><li><a href="${base}/ks/ek">儿科</a></li></ul></div>
<div class="foot">南方都市报 版权所有</div>`;
    const doc = documentOf(`${page.question}_南都`, canonical, '', body);
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: grade },
        paragraphs: key,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? r.snippet : null), false),
      }),
    };
  },
};

// --- F5. jschina-mingyi-zaixian ---

/**
 * F5. 中国江苏网's 名医在线 (health.jschina.com.cn/{id}/{yyyymmdd}/{id}.shtml: the host from memory, the path and the markup
 * guessed), an old CMS: GBK declared (40%), GB2312 declared (20%), undeclared (10%), UTF-8 (30%); no canonical, links
 * absolute: nav, a banner; the `<h1>` the question; `{date} {time}:{ss}　来源：中国江苏网` (keyed); the card
 * `回复专家：{name}（{hospital}{department}{title}）`; **the answer as `<p>`s each of nested `<span style>`s (the paragraph split
 * over 2–3 spans on 50%, a span wrapping the whole on the rest), indented with `&nbsp;&nbsp;` ×2 or `　　`**; **an inline ad
 * (`<a><img alt="广告"></a>` and `广告` text) after the first paragraph on 45% (none)**; **on 50% the last paragraph a
 * `补充回答（{day+1..2}）：` part after the rest — the doctor's own later addition, part of the answer (its label none, the
 * date the first part's)**; `（责任编辑：{x}）`; `相关新闻` (link-only, `(2023-05-06)` on 60%, `<li>`s unclosed on 30%).
 */
const jschinaMingyiZaixian: Family = {
  name: 'jschina-mingyi-zaixian',
  split: 'fresh-112',
  site: 'health.jschina.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://health.jschina.com.cn';
    const enc = rng.weighted([['gbk', 40], ['gb2312', 20], ['undeclared', 10], ['utf8', 30]] as const);
    const split = rng.chance(0.5);
    const indent = rng.pick(['&nbsp;&nbsp;&nbsp;&nbsp;', '　　']);
    const ad = rng.chance(0.45);
    const extra = page.paragraphs.length > 1 && rng.chance(0.5);
    const dated = rng.chance(0.6);
    const unclosed = rng.chance(0.3);
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/30001/${r.date!.replace(/-/g, '')}/${itemNum(r)}.shtml`;
    const spanned = (p: string) => {
      if (!split) return `<p>${indent}<span style="font-size:16px;"><span style="font-family:宋体;">${esc(p)}</span></span></p>`;
      const chars = Array.from(p);
      const cut1 = Math.max(1, Math.floor(chars.length / 3));
      const cut2 = Math.max(cut1 + 1, Math.floor((chars.length * 2) / 3));
      return `<p>${indent}<span style="font-size:16px;">${esc(chars.slice(0, cut1).join(''))}</span><span style="font-size:16px;"><span style="color:#333333;">${esc(chars.slice(cut1, cut2).join(''))}</span></span><span style="font-size:16px;">${esc(chars.slice(cut2).join(''))}</span></p>`;
    };
    const main = extra ? page.paragraphs.slice(0, -1) : page.paragraphs;
    const parts = main.map(spanned);
    if (ad) parts.splice(1, 0, `<div class="${c(rng, 'ad', 'gg')}"><a href="https://ad.jschina.com.cn/c/${token(rng, 8)}"><img src="https://ad.jschina.com.cn/b/${token(rng, 8)}.jpg" alt="广告"></a><span>广告</span></div>`);
    const later = shift(page.date!, rng.int(1, 2));
    const extraHtml = extra ? `<div class="${c(rng, 'bchd', 'supplement')}"><p><b>补充回答（${later}）：</b></p>${spanned(page.paragraphs[page.paragraphs.length - 1]!)}</div>` : '';
    const close = unclosed ? '' : '</li>';
    const list = related.length
      ? `<div class="xgxw"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${dated ? ` (${r.date})` : ''}${close}`).join('\n')}</ul></div>`
      : '';
    const body = `<table width="1000" align="center"><tr><td><a href="https://www.jschina.com.cn/">中国江苏网</a> | <a href="https://news.jschina.com.cn/">新闻</a> | <a href="${base}/">健康</a> | <a href="https://jsnews.jschina.com.cn/">江苏</a></td></tr></table>
<div class="banner"><img src="https://ad.jschina.com.cn/top/${token(rng, 6)}.gif" width="1000" alt=""></div>
<div class="${c(rng, 'main', 'text')}">
<h1>${esc(page.question)}</h1>
<div class="${c(rng, 'info', 'laiyuan')}">${page.date} ${clock(rng)}:${two(rng.int(0, 59))}　来源：中国江苏网</div>
<p class="${c(rng, 'expert', 'hfzj')}">回复专家：${esc(d.name!)}（${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}）</p>
<div class="${c(rng, 'content', 'text_c')}">
${parts.join('\n')}
${extraHtml}
</div>
<p class="zrbj">（责任编辑：${otherName(rng)}）</p>
</div>
${list}
<div class="foot">中国江苏网 版权所有　<a href="https://www.12377.cn/">违法和不良信息举报</a></div>`;
    const charset = enc === 'gbk' ? '<meta charset="gbk">' : enc === 'gb2312' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : enc === 'utf8' ? '<meta charset="utf-8">' : '';
    const html = documentOf(`${page.question}_中国江苏网`, null, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : bytesIn(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, dated),
      }),
    };
  },
};

// --- F6. ftvnews-yishi-jieda ---

/**
 * F6. 民視新聞網's 健康 醫師解答 (www.ftvnews.com.tw/news/detail/{yyyymmdd}W{id}: the host from memory, the path and the markup
 * guessed), Taiwan, `lang="zh-TW"`, UTF-8, canonical always (links relative, resolved against it): nav, an ad; the `<h1>`
 * with `問答／` on 35% (none); `{yyyy/mm/dd} {time}` (keyed) and `記者 {x}／台北報導`; the card line `解答醫師：{hospital}
 * {department}{title} {name}` (no grade); **the answer: the numbered points re-numbered `①②③` (the circled number kept: typed
 * in the text), on 50% a `<p><strong>` sub-heading `醫師這樣說` before the answer (a label naming the answer, none of it)**; **a picture with a
 * `▲` caption between two paragraphs on 60% (none)**; **an inline `延伸閱讀` box (two article links) after the first
 * paragraph on 50% (none)**; **a `（諮詢／{hospital}{department}{title} {name}）` or `（編輯／{x}）` signature after the answer
 * (none)**; a `<video>` on 50% of video items (keyed video); `更多醫師解答` (link-only, `2023/05/06` on 50%, keyed there);
 * `熱門新聞` (none); 免責聲明.
 */
const ftvnewsYishiJieda: Family = {
  name: 'ftvnews-yishi-jieda',
  split: 'fresh-112',
  site: 'www.ftvnews.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ftvnews.com.tw';
    const path = (iso: string, num: number) => `/news/detail/${iso.replace(/-/g, '')}W${num}`;
    const canonical = `${base}${path(page.date!, page.item.num)}`;
    const prefix = rng.chance(0.35);
    const heading = rng.chance(0.5);
    const pic = rng.chance(0.6);
    const ext = rng.chance(0.5);
    const signDoctor = rng.chance(0.5);
    const video = page.format === 'video' && rng.chance(0.5);
    const dated = rng.chance(0.5);
    const related = page.related.slice(0, 6);
    const href = (r: Related) => path(r.date!, itemNum(r));
    let n = 0;
    const points = page.paragraphs.map((p) => (NUMBER.test(p) ? `${CIRCLED[n++] ?? ''}${unnumbered(p)}` : p));
    const html = points.map((p) => `<p>${esc(p)}</p>`);
    // `醫師這樣說` over the answer labels it (the 医生解答 kind), none of it (key corrected after the first look, see README).
    const key = points;
    if (ext) html.splice(1, 0, `<div class="${c(rng, 'ext-read', 'related-in')}"><b>延伸閱讀</b><a href="/news/detail/${rng.int(2023000000, 2023999999)}">${rng.pick(['天氣轉涼　醫師提醒注意保暖', '睡不好怎麼辦？專家這樣建議'])}</a><a href="/news/detail/${rng.int(2023000000, 2023999999)}">${rng.pick(['健檢報告紅字怎麼看', '喝水的時間有學問'])}</a></div>`);
    if (pic) html.splice(Math.min(html.length, ext ? 3 : 2), 0, `<figure class="${c(rng, 'pic', 'img-box')}"><img src="https://cdn.ftvnews.com.tw/photo/${token(rng, 10)}.jpg" alt=""><figcaption>▲${rng.pick(['醫師提醒，有症狀應盡早就醫。', '示意圖。（圖／資料照）', '（圖／民視新聞）'])}</figcaption></figure>`);
    if (heading) html.unshift(`<p><strong>醫師這樣說</strong></p>`);
    const sign = signDoctor ? `（諮詢／${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}）` : `（編輯／${otherName(rng)}）`;
    const list = related.length
      ? `<section class="${c(rng, 'more', 'qa-more')}"><h3>更多醫師解答</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${dated ? `<time>${slash(r.date!)}</time>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const body = `<header><a href="${base}/"><img src="/images/logo.png" alt="民視新聞網"></a><nav><a href="/news/cate/1">政治</a> <a href="/news/cate/6">生活</a> <a href="/news/cate/9">健康</a> <a href="/live">直播</a></nav></header>
<div class="ad"><ins class="adsbygoogle" data-ad-slot="${rng.int(1000000, 9999999)}"></ins></div>
<article class="${c(rng, 'news-article', 'detail')}">
<h1>${prefix ? '問答／' : ''}${esc(page.question)}</h1>
<div class="${c(rng, 'date', 'info')}"><span>${slash(page.date!)} ${clock(rng)}</span> <span>記者 ${otherName(rng)}／台北報導</span></div>
<p class="${c(rng, 'doctor', 'expert')}">解答醫師：${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}</p>
${video ? `<div class="player"><video src="https://video.ftvnews.com.tw/${token(rng, 12)}.mp4" controls></video></div>` : ''}
<div class="${c(rng, 'news-content', 'article-body')}">
${html.join('\n')}
<p class="sign">${sign}</p>
</div>
<p class="disclaimer">免責聲明：本文僅供參考，身體不適請儘速就醫。</p>
<div class="share"><a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a></div>
</article>
${list}
<section class="hot"><h3>熱門新聞</h3><ul><li><a href="/news/detail/${rng.int(2023000000, 2023999999)}">颱風動態最新消息</a></li><li><a href="/news/detail/${rng.int(2023000000, 2023999999)}">台北捷運新路線</a></li></ul></section>
<footer>民視新聞網 版權所有</footer>`;
    const doc = tw(documentOf(`${prefix ? '問答／' : ''}${page.question} - 民視新聞網`, canonical, '', body));
    return {
      body: Buffer.from(doc, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: key,
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, dated),
      }),
    };
  },
};

export const FRESH112_FAMILIES: readonly Family[] = [zjolMingyiDayi, icswbZhangshangWenyi, takefotoZhuanjiaMenzhen, oeeeeNanduMingyi, jschinaMingyiZaixian, ftvnewsYishiJieda];
