import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, RELATED_HEADS, cardPlain, dayText, documentOf, hm, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Thirty-ninth fresh held-out set (split `fresh-39`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose its own families, each modelled on the general
 * shape of a kind of real page of the genre, or of something real crawled HTML does to one (from
 * memory, no copied markup), that no earlier family covers.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden text is no text). Where a careful person could hesitate, the
 * key decides:
 * - honeypot-items: links a site sets among its related items for scrapers alone, hidden from view
 *   (an inline `display:none`, a class its `<style>` hides, the `hidden` attribute, a box placed far
 *   off screen), are no items; the shown items are the list.
 * - blur-paywall: paragraphs drawn blurred under a 解锁 overlay cannot be read on the page: they are
 *   none of the answer, whether the markup holds the doctor's real text or filler; the answer is the
 *   paragraphs shown clear above the overlay; the overlay's prompt and price none of it.
 * - mixed-charset: the page declares UTF-8 and its content is UTF-8; the site's header and footer
 *   includes (and on some pages a side block of other doctors) were saved in GBK, and show as
 *   replacement characters: no field comes from them, and the content's fields are as printed.
 * - column-article: a video site's 专栏 (column) article by a doctor's account: the name is the one
 *   the account's handle gives (`{name}医生`, `{department}{name}医生`, `医生{name}`), the hospital,
 *   department and title the account's 认证 line's; the grade is not printed (null), nor the format
 *   (unknown); the column's counters, tags and comments (the author's reply among them) are none of
 *   the answer; the column's related articles under 相关推荐 are the related items, each with the
 *   address it links to (a `/read/cv…` path, the folder of the article's own canonical address).
 * - aesthetic-diaries: users' diaries (相关日记, `{handle}的{项目}日记`, `术后第N天：…`) are no Q&As: no
 *   items, and their days date nothing; the 执业证号, counters and 面诊 price are none of the card.
 * - js-links: an item linked only by a script (`javascript:` href, `onclick`) is an item all the
 *   same: its address is the page its click opens, the path the script names, resolved against the
 *   page's address.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

/** A question and an answer-like line on the page's topic, for text that is not the page's Q&A. */
const ASKS = ['吃什么好', '怎么治疗', '会遗传吗', '能治好吗', '要做哪些检查', '需要住院吗', '会复发吗'];
const ANSWER_LINES = ['建议先到正规医院明确诊断，再根据具体情况治疗。', '一般需要结合检查结果综合判断，不要自行用药。', '注意休息，清淡饮食，症状加重时及时就诊。'];
const decoyQuestion = (rng: Rng, page: TruthPage) => `${topicWord(page)}${rng.pick(ASKS)}？`;

// --- F1. honeypot-items ---

/**
 * F1. A Q&A page that sets scraper traps among its related items: 1–3 items (a plausible question,
 * an answer-like snippet, a date where the list shows dates) linked to `/q/9…` pages or a
 * `/trap/…` path, hidden from view in one way a page — an inline `display:none`, a class its
 * `<style>` hides (`display:none`, or `position:absolute;left:-9999px`), the `hidden` attribute, or
 * an inline off-screen box with `aria-hidden` —, and on half a hidden trap link at the top. An
 * ordinary `<h1>`, plain card (grade on 50%), date line (format word on 40%), answer, disclaimer and
 * related list (dated on half).
 */
const honeypotItems: Family = {
  name: 'honeypot-items',
  split: 'fresh-39',
  site: 'www.xianjing-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const hideClass = `${rng.pick(['hp', 'x', 'nv', 'tp'])}${token(rng, 3)}`;
    const way = rng.pick(['inline', 'class-none', 'class-off', 'attribute', 'offscreen'] as const);
    const hide =
      way === 'inline'
        ? ' style="display:none"'
        : way === 'class-none' || way === 'class-off'
          ? ` class="${hideClass}"`
          : way === 'attribute'
            ? ' hidden'
            : ' style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden" aria-hidden="true"';
    const style =
      way === 'class-none' ? `<style>.${hideClass}{display:none}</style>\n` : way === 'class-off' ? `<style>.${hideClass}{position:absolute;left:-9999px;top:-9999px}</style>\n` : '';
    const trapPath = () => (rng.chance(0.5) ? `/q/${rng.int(9_000_000, 9_999_999)}.html` : `/trap/${token(rng, 8)}.html`);
    const item = (question: string, snippet: string, path: string, date: string | null, attrs: string) =>
      `<li${attrs || cls(rng)}><a href="${path}"${attrs ? ' tabindex="-1"' : ''}>${esc(question)}</a><p${cls(rng)}>${esc(snippet)}</p>${datedItems && date ? `<span${cls(rng)}>${date}</span>` : ''}</li>`;
    const shown = page.related.map((r) => item(r.question, r.snippet, r.path, r.date, ''));
    const traps = page.related.length ? rng.int(1, 3) : 0;
    for (let t = 0; t < traps; t++) {
      const at = rng.int(0, shown.length);
      shown.splice(at, 0, item(decoyQuestion(rng, page), rng.pick(ANSWER_LINES), trapPath(), page.related[0]!.date, hide));
    }
    const list = shown.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${shown.join('\n')}</ul></div>` : '';
    const topTrap = rng.chance(0.5) ? `<a href="/trap/${token(rng, 6)}/"${hide}>${esc(decoyQuestion(rng, page))}</a>\n` : '';
    const body = `${topTrap}<div${cls(rng)}><a href="/">陷阱问答</a> <a href="/ks/">科室</a> <a href="/ys/">医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>© 2024 陷阱问答</div>`;
    const html = documentOf(`${page.question}_陷阱问答`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. blur-paywall ---

const FILLER = ['该回答为付费内容，解锁后可查看医生的完整解答内容。', '医生针对您的情况给出了详细的分析和建议，包括检查、用药和生活调理等方面。', '以下内容仅对已解锁用户可见，感谢您对医生劳动的尊重。'];

/**
 * F2. A paid-answer page (a 付费问答 / 围观 kind): the answer's first paragraphs clear (half of them,
 * at least one; on one-paragraph answers all), the rest drawn blurred — an inline
 * `filter:blur(4px)`, a class its `<style>` blurs, or `color:transparent;text-shadow:0 0 8px` — under
 * an overlay (`剩余 N 字`, `¥1 解锁完整回答` / `1元围观`, `开通会员免费看`); the blurred block holds the
 * doctor's remaining paragraphs on half, filler sentences otherwise (on one-paragraph answers always
 * filler). An ordinary `<h1>`, plain card (grade on 50%), date line (format word on 40%), disclaimer
 * and related list (dated on half).
 */
const blurPaywall: Family = {
  name: 'blur-paywall',
  split: 'fresh-39',
  site: 'www.fufei-weiguan.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const n = page.paragraphs.length;
    const clear = n > 1 ? Math.max(1, Math.floor(n / 2)) : n;
    const realBlur = n > 1 && rng.chance(0.5);
    const blurred = realBlur ? page.paragraphs.slice(clear) : rng.shuffle(FILLER).slice(0, rng.int(2, 3));
    const blurClass = `${rng.pick(['lock', 'blur', 'pay', 'mask'])}-${token(rng, 3)}`;
    const way = rng.pick(['inline', 'class', 'shadow'] as const);
    const look = way === 'inline' ? ' style="filter:blur(4px);user-select:none"' : way === 'class' ? ` class="${blurClass}"` : ' style="color:transparent;text-shadow:0 0 8px rgba(0,0,0,.5)"';
    const style = way === 'class' ? `<style>.${blurClass}{filter:blur(5px);-webkit-filter:blur(5px);pointer-events:none}</style>\n` : '';
    const rest = blurred.join('').length;
    const overlay = `<div${cls(rng)}><p>${rng.pick([`剩余 ${rest} 字`, `还有 ${rest} 字未显示`, '完整回答需解锁后查看'])}</p><button${cls(rng)}>${rng.pick(['¥1 解锁完整回答', '1元围观', '¥9.9 查看全部'])}</button>${rng.chance(0.5) ? ` <a href="/vip/">开通会员免费看</a>` : ''}</div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.slice(0, clear).map((p) => `<p>${esc(p)}</p>`).join('')}<div${cls(rng)}><div${look}>${blurred.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${overlay}</div></div>`;
    const body = `<div${cls(rng)}><a href="/">围观问答</a> <a href="/hot/">热门</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-围观问答`, page.canonical, style, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown, printFormat, datedItems }), paragraphs: page.paragraphs.slice(0, clear) },
    };
  },
};

// --- F3. mixed-charset ---

/** `html` in GBK bytes, set into a UTF-8 page as an include saved in the old encoding would be. */
const gbkBytes = (html: string) => iconv.encode(html, 'gbk');

/**
 * F3. A UTF-8 page (declared by `<meta charset>` or `http-equiv`) whose content is UTF-8 and whose
 * site header (nav words) and footer (copyright, ICP line) are server-side includes still saved in
 * GBK, so their Chinese shows as replacement characters; on 40% a side block of 2–3 other doctors
 * (推荐医生: name, title, hospital) in GBK too, before or after the content. An ordinary `<h1>`,
 * plain card (grade on 50%), date line (format word on 40%), answer, disclaimer and related list
 * (dated on half).
 */
const mixedCharset: Family = {
  name: 'mixed-charset',
  split: 'fresh-39',
  site: 'www.hunhe-bianma.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const header = `<div${cls(rng)}><a href="/">健康问答网首页</a> | <a href="/ask/">问医生</a> | <a href="/jibing/">查疾病</a> | <a href="/yiyuan/">找医院</a></div>\n`;
    const footer = `<div${cls(rng)}><p>关于我们 | 联系我们 | 免责声明</p><p>版权所有 © 2008-2024 健康问答网 京ICP备${rng.int(10_000_000, 19_999_999)}号</p></div>\n`;
    const side = rng.chance(0.4)
      ? `<div${cls(rng)}><h3>推荐医生</h3>${Array.from({ length: rng.int(2, 3) }, () => `<p><a href="/ys/${rng.int(1000, 9999)}.html">${otherName(rng)}</a> ${rng.pick(['主任医师', '副主任医师', '主治医师'])} ${esc(page.doctor.hospital!.replace(/(市).*$/u, '$1'))}人民医院</p>`).join('')}</div>\n`
      : '';
    const sideFirst = rng.chance(0.5);
    const content = `${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}\n`;
    const charset = rng.chance(0.5) ? '<meta charset="utf-8">' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">';
    const [before, after] = documentOf(`${page.question} - 健康问答网`, page.canonical, '', '\u0000', charset).split('\u0000') as [string, string];
    const body = Buffer.concat([
      Buffer.from(before, 'utf8'),
      gbkBytes(header),
      side && sideFirst ? gbkBytes(side) : Buffer.alloc(0),
      Buffer.from(content, 'utf8'),
      side && !sideFirst ? gbkBytes(side) : Buffer.alloc(0),
      gbkBytes(footer),
      Buffer.from(after, 'utf8'),
    ]);
    return { body, expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. column-article ---

/**
 * F4. A doctor's 专栏 (column) article on a video site: the channel bar (专栏 · 健康 · 科普), the
 * article's `<h1>` the question, the author's box — the handle (`{name}医生`, `{department}{name}医生`
 * or `医生{name}`), 粉丝 count, a 关注 button, and the account's 认证 line (`UP主认证：{hospital}
 * {department}{title}`, run together or spaced) —, a meta line (`cv{N}`, the day, a time on half,
 * 阅读 N) before or after the box, the answer, tags (`#健康科普` …), a bar of 点赞 / 投币 / 收藏 / 分享
 * counts, 相关推荐 of other column articles (`/read/cv…` links, snippet, the item's author and
 * reads, dated on half), and 2–3 comments (a reader's question, the author's reply marked `UP主`,
 * praise).
 */
const columnArticle: Family = {
  name: 'column-article',
  split: 'fresh-39',
  site: 'www.shipin-zhuanlan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const datedItems = rng.chance(0.5);
    const handle = rng.pick([`${d.name}医生`, `${d.department}${d.name}医生`, `医生${d.name}`]);
    const badge = rng.pick([`${d.hospital}${d.department}${d.title}`, `${d.hospital} ${d.department} ${d.title}`, `${d.hospital}${d.department} ${d.title}`]);
    const cv = (path: string) => `/read/cv${path.replace(/\D/g, '')}`;
    const box = `<div${cls(rng)}><img src="/face/${page.item.num % 991}.jpg" alt=""><a href="/space/${page.item.num % 99_991}"${cls(rng)}>${esc(handle)}</a> <span${cls(rng)}>粉丝 ${rng.int(2, 99)}.${rng.int(0, 9)}万</span> <button${cls(rng)}>+ 关注</button><p${cls(rng)}><i${cls(rng)}></i>${rng.pick(['UP主认证：', 'bilibili UP主认证：', '认证：'])}${esc(badge)}</p></div>`;
    const meta = `<div${cls(rng)}><span>cv${page.item.num}</span> <span>${dayText(rng, page.date!, rng.chance(0.5) ? page.time : undefined)}</span> <span>阅读 ${rng.int(1000, 99_999)}</span></div>`;
    const items = page.related
      .map(
        (r) =>
          `<li${cls(rng)}><a href="${cv(r.path)}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><span${cls(rng)}>${otherName(rng)}医生 · 阅读 ${rng.int(300, 50_000)}</span>${datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''}</li>`,
      )
      .join('\n');
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>相关推荐</h3><ul${cls(rng)}>${items}</ul></div>` : '';
    const comments = [
      `<div${cls(rng)}><b>${rng.pick(['小橘子', '用户_8823', '今天也要早睡', '阿木木'])}</b><p>${esc(decoyQuestion(rng, page))}</p><span>${shift(page.date!, rng.int(1, 20))} ${hm(rng)}</span></div>`,
      `<div${cls(rng)}><b>${esc(handle)}</b> <em${cls(rng)}>UP主</em><p>${esc(rng.pick(ANSWER_LINES))}</p><span>${shift(page.date!, rng.int(1, 20))}</span></div>`,
      ...(rng.chance(0.5) ? [`<div${cls(rng)}><b>${rng.pick(['路过的猫', '用户_1290', '晴天'])}</b><p>${rng.pick(['讲得很清楚，谢谢医生！', '收藏了，太有用了', '医生辛苦了'])}</p></div>`] : []),
    ];
    const body = `<div${cls(rng)}><a href="/read/">专栏</a> · <a href="/read/health">健康</a> · <a href="/read/kepu">科普</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${box}\n${meta}` : `${meta}\n${box}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<div${cls(rng)}>${['#健康科普', `#${topicWord(page)}`, '#医生说'].map((t) => `<a href="/tag/${token(rng, 4)}">${esc(t)}</a>`).join(' ')}</div>
<div${cls(rng)}><span>点赞 ${rng.int(10, 9999)}</span> <span>投币 ${rng.int(1, 999)}</span> <span>收藏 ${rng.int(10, 5000)}</span> <span>分享</span></div>
${rng.chance(0.5) ? `${related}\n<div${cls(rng)}><h3>评论 ${rng.int(3, 400)}</h3>${comments.join('')}</div>` : `<div${cls(rng)}><h3>评论 ${rng.int(3, 400)}</h3>${comments.join('')}</div>\n${related}`}`;
    // The article's own address is a column one too, so that its related articles are its siblings.
    const html = documentOf(`${page.question} - 哔哩专栏`, new URL(`/read/cv${page.item.num}`, page.canonical).href, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...cardPlain(page, false) },
        format: 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(cv(page.related[i]!.path), page.canonical).href })),
      }),
    };
  },
};

// --- F5. aesthetic-diaries ---

const PROJECTS = ['双眼皮', '玻尿酸', '光子嫩肤', '祛斑', '隆鼻', '热玛吉', '水光针', '祛痘'];
const DIARY_LINES = ['恢复得还不错，肿胀消了很多，就是还有点淤青。', '今天去复查了，医生说恢复正常，继续冰敷。', '效果比预期的好，记录一下变化过程。', '有点疼但能忍，术后注意忌口和防晒。'];
const HANDLES = ['小鹿乱撞', '美美哒', 'Cici酱', '月亮不睡', '一颗橙子', '晴天娃娃'];

/**
 * F5. A 医美 / skin-care app's 问医生 page: the doctor's card with avatar, name and title, the
 * hospital (grade on 50%) after `机构：` or bare, the department, a 执业证号 of 15 digits, counters
 * (`从业 N 年 · 案例 N · 日记 N`), a 面诊 price and a 预约面诊 button; `<h1>` question; date line
 * (format word on 40%); answer; 热门项目 chips; a 相关日记 / 真人日记 list of 2–4 users' diaries
 * (`{handle}的{项目}日记`, `术后第N天：…`, a day, a /diary/ link), before or after the ordinary related
 * list (under 相关问答 / 大家还在问, dated on half); disclaimer.
 */
const aestheticDiaries: Family = {
  name: 'aesthetic-diaries',
  split: 'fresh-39',
  site: 'm.meiyan-riji.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const grade = gradeShown ? rng.pick([` ${d.hospital_grade}`, `（${d.hospital_grade}）`, ` <span${cls(rng)}>${d.hospital_grade}</span>`]) : '';
    const licence = `${rng.int(110, 650)}${String(rng.int(0, 999_999_999_999)).padStart(12, '0')}`;
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 887}.jpg" alt="${esc(d.name!)}"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div>
<p${cls(rng)}>${rng.chance(0.5) ? '机构：' : ''}${esc(d.hospital!)}${grade}</p><p${cls(rng)}>${esc(d.department!)}</p>
<p${cls(rng)}>执业证号：${licence}</p><p${cls(rng)}>从业 ${rng.int(5, 30)} 年 · 案例 ${rng.int(20, 3000)} · 日记 ${rng.int(5, 900)}</p><div${cls(rng)}><span>面诊 ¥${rng.pick([100, 200, 300, 500])}</span> <button${cls(rng)}>预约面诊</button></div></div>`;
    const chips = `<div${cls(rng)}><span>热门项目</span> ${rng.shuffle(PROJECTS).slice(0, 4).map((p) => `<a href="/item/${token(rng, 4)}">${p}</a>`).join(' ')}</div>`;
    const diaries = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关日记', '真人日记', '变美日记'])}</h3><ul${cls(rng)}>${Array.from({ length: rng.int(2, 4) }, () => {
      const day = rng.int(1, 60);
      return `<li${cls(rng)}><a href="/diary/${rng.int(1_000_000, 9_999_999)}">${rng.pick(HANDLES)}的${rng.pick(PROJECTS)}日记</a><p${cls(rng)}>术后第${day}天：${rng.pick(DIARY_LINES)}</p><span${cls(rng)}>${shift(page.date!, rng.int(-200, 200))}</span></li>`;
    }).join('\n')}</ul></div>`;
    const related = relatedList(rng, page.related, datedItems, ['相关问答', '大家还在问']);
    const body = `<div${cls(rng)}><a href="/">美颜日记</a> <a href="/ask/">问医生</a> <a href="/diary/">日记</a></div>
${wrap(rng, `${rng.chance(0.5) ? `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}` : `${card}\n<h1${cls(rng)}>${esc(page.question)}</h1>`}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
${chips}
${rng.chance(0.5) ? `${diaries}\n${related}` : `${related}\n${diaries}`}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`;
    const html = documentOf(`${page.question}_美颜日记问医生`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. js-links ---

/**
 * F6. An older site whose links are scripts: each related item's question is an `<a>` whose address
 * is only in a script — `href="javascript:void(0)" onclick="location.href='/q/N.html'"`,
 * `href="javascript:window.open('/q/N.html')"`, `href="javascript:;" onclick="openQ('/q/N.html')"`
 * (a function the page's script defines) or a `<span onclick="window.location='/q/N.html'">` —
 * one way a page, on some pages mixed with plain links; the doctor's name a `javascript:` link too;
 * an ordinary `<h1>`, plain card (grade on 50%), date line (format word on 40%), answer, disclaimer
 * and related list (dated on half).
 */
const jsLinks: Family = {
  name: 'js-links',
  split: 'fresh-39',
  site: 'www.jiaoben-lianjie.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const way = rng.pick(['onclick', 'window-open', 'function', 'span'] as const);
    const mixed = rng.chance(0.3);
    const link = (path: string, text: string) => {
      if (mixed && rng.chance(0.3)) return `<a href="${path}">${text}</a>`;
      if (way === 'onclick') return `<a href="javascript:void(0)" onclick="location.href='${path}'">${text}</a>`;
      if (way === 'window-open') return `<a href="javascript:window.open('${path}')">${text}</a>`;
      if (way === 'function') return `<a href="javascript:;" onclick="openQ('${path}')">${text}</a>`;
      return `<span${cls(rng)} style="cursor:pointer" onclick="window.location='${path}'">${text}</span>`;
    };
    const script = way === 'function' ? `<script>function openQ(u){window.location.href=u;}</script>\n` : '';
    const card = plainCard(rng, page, gradeShown).replace(/<a href="\/doctor\/(\d+)\.html">/u, `<a href="javascript:void(0)" onclick="location.href='/doctor/$1.html'">`);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}>${link(r.path, esc(r.question))}<p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="javascript:void(0)" onclick="location.href='/'">首页</a> <a href="javascript:void(0)" onclick="location.href='/ask/'">我要提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}--脚本问答网`, page.canonical, script, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH39_FAMILIES: readonly Family[] = [honeypotItems, blurPaywall, mixedCharset, columnArticle, aestheticDiaries, jsLinks];
