import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, FEW_TITLES, ask, cityOf, cnDate, cutSnippet, documentOf, epochSeconds, hm, itemNum, itemsOf, otherName, paras, personName, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { encode, esc, wrap } from './parts.js';
import { FOLLOW_REPLIES, FOLLOW_UPS, MOTHER_TEXTS, md } from './real-site-parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Seventy-eighth fresh held-out set (split `fresh-78`): written blind on 2026-12-04 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **the real sites of the genre, a
 * thirteenth set**: six Chinese sites (or a section of one) where doctors answer health questions on pages of their own,
 * none of them modelled or named by an earlier split: 固生堂中医's 名医问答 (a TCM clinic chain: a doctor of a public
 * hospital who also sits at one of the chain's 中医馆, the card in `<dt>`/`<dd>` rows or inline, honours beside the name,
 * 中医 titles, `辨证分析` / `调理建议` heads in `<h4>`s, voice and video answers, dotted days and days with their weekday,
 * JSON-LD naming the clinic), 泰康在线's 健康 问医生 share page (an insurer's app H5: a service tag over the question, a
 * 健康管家's messages around the doctor's, a one-line card with separators, answers in `<p>`s, `<br>`s or one
 * `pre-wrap` block, `昨天 14:22` and yearless days, an insurance offer, `window.__INITIAL_STATE__` holding more than the
 * page prints), 生命时报's 专家答疑 (a health newspaper's column, GB2312 on some pages: the expert credited as `受访专家：
 * hospital department title name`, as `… name答：` glued before the first paragraph, or in a `本期专家` box; a reporter
 * and an editor; an ad and a QR line inside the article; JSON-LD naming the reporter as author), a city's 健康云 家庭医生
 * 在线咨询 (上海's 健康云 as remembered, here 江州's: label/value tables or label rows, GBK on half, a 家庭医生助理's reply
 * before the doctor's, a `所属团队：name家庭医生团队` row naming another doctor, 继续咨询 rounds, a `咨询方式` row), 瑞尔齿科's
 * 口腔问答 (a dental chain: the card inline, as a sidebar box after the text or as a byline `回答医生：… ｜ …`, a post beside
 * the rank, paragraphs parted by `<br><br>`, diagrams, a Tencent Video iframe, 发布 / 更新 days, Dentist / FAQPage
 * JSON-LD) and 辣妈帮's 帖子 where an expert replies on a floor (mothers' floors, a 小帮手's, a pinned `专家已回复` preview of the
 * expert's floor, the expert's later floor answering the 楼主's 追问, voice replies, `认证：` lines, relative and yearless
 * days). Modelled from memory of those pages (no copied markup; hosts and paths as remembered, 健康云's a guess); the
 * family names repeat none of the README table's.
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (the expert's): a 健康管家's, a 家庭医生助理's, a 小帮手's and mothers'
 *   replies are none of it, also where they stand first; on 辣妈帮 the expert's first floor, **the pinned `专家已回复`
 *   preview none of it (the floor it links to is the answer, whole)**, the expert's later floor that answers the 楼主's
 *   `回复 name：` 追问 none of it and dating nothing; a 追问 round (`追问` / `医生回复`, `继续咨询`) none of the answer and
 *   dating nothing (fresh-11, fresh-44, fresh-72 to fresh-77);
 * - heads inside the answer on a line of their own (`<h4>辨证分析</h4>` / `调理建议`) are paragraphs of it (fresh-49);
 *   a head over the whole answer (`名医解答`, `医生解答`), a label (`专家答：`, `答：`, a credit `… name答：` glued before
 *   the first paragraph), `已转文字`, an ad, a diagram, a QR line (`扫描二维码，关注…`), a disclaimer, the editor's line none of it;
 *   paragraphs are what the page parts: `<p>`s, `<br>`s, `<br><br>`, the lines of a `white-space:pre-wrap` block;
 * - **the date the answer's day**: the day under or beside it, `回复时间` (never `咨询时间`, the asker's day, a 健康管家's
 *   or a 追问's), a column's article line (`2023-05-06 09:12:33　来源：`, `来源：生命时报　2023年05月06日`, `生命时报 2023-05-06
 *   第N期 第N版`, `发布时间：2023/05/06`); `2023.05.06`, `2023年5月6日 星期六`, `2023/5/6 14:22` that day; `N天前`, `N小时前`,
 *   `昨天 14:22`, `今天`, a day without its year (`05-06 14:22`, `05月06日`) none (null); **an `更新时间` only where no other
 *   day is printed** (the README's 最后更新 rule); structured data (JSON-LD, `__INITIAL_STATE__`) is not what the page prints:
 *   a day, a grade or a department only there is none;
 * - **the card**: honours and posts (`省名中医`, `岐黄学者`, `诊所主任`, `医疗总监`), badges (`泰康家庭医生`, `专家`,
 *   `瑞尔认证`), `擅长`, 出诊时间 and fees no field; **on 固生堂 the hospital is the one the card labels 第一执业医院 /
 *   执业医院 / 执业机构 (the public hospital), the chain's 中医馆 (`出诊馆：`, `坐诊：`) none of it; where the card names only
 *   the 中医馆 (the chain's own doctor) the 中医馆 is the hospital** (fresh-25's multi-practice rule); the title as printed
 *   (`主任中医师` where the site prints it); a credit `hospital department title name` is the card, split at the department's
 *   `科` and the title; on 健康云 the `回复机构` the hospital, `回复医生` the name, `职称` the title (or `name（title）`), the
 *   department only where a `科室` row prints it; `所属团队：name家庭医生团队` names a team, none of the card; on 瑞尔 the
 *   clinic (`瑞尔齿科{city}{place}诊所`) the hospital, the department only where printed; on 辣妈帮 the expert's `认证：
 *   hospital department title` line or `hospital · department` line; the grade only where printed beside the hospital, else
 *   null (structured data's grade none); the reporter (`记者 name`, `本报记者 name`), `责任编辑：` and JSON-LD's author
 *   none of the card;
 * - format: voice where a voice bar with its length shows, video where a player shows (a `<video>` or a video iframe),
 *   else the service's word where printed (`图文咨询` / `语音咨询` / `视频咨询` on 泰康's tag and 健康云's `咨询方式：` row),
 *   else unknown;
 * - items: the snippet as printed (cut with `…`, `...` or `……` kept), `专家答：` a label, another doctor's `name title`
 *   line, `N阅读`, `N人觉得有用`, `已回复` none of it, a format chip (`语音` / `图文` / `视频`) on 固生堂's cards the item's
 *   format, an item showing only its question a link (`[]`), dated only where the list prints the whole day, links as
 *   written where the page names no address of its own, else resolved against the canonical or og:url; 名医推荐, 附近中医馆,
 *   健康资讯, 相关阅读, 热文排行, 健康科普, 矫正案例, 口腔百科, 相关帖子, price lists and offers no items.
 */

type Related = TruthPage['related'][number];

/** A length as players print it: `03:21`. */
const length = (rng: Rng) => `0${rng.int(1, 5)}:${String(rng.int(5, 59)).padStart(2, '0')}`;
/** `2023年05月06日`. */
const cnPadded = (iso: string) => `${iso.slice(0, 4)}年${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
/** `星期六`. */
const weekday = (iso: string) => `星期${'日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`;
/** The format's chip on a card: 语音 / 图文 / 视频. */
const CHIP: Record<Format, string> = { voice: '语音', text: '图文', video: '视频', unknown: '' };
/** Whole days from one ISO day to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
/** The day and time `minutes` after a day and time: ['2023-05-06', '14:22']. */
const later = (iso: string, time: string, minutes: number): [string, string] => {
  const t = new Date(Date.parse(`${iso}T${time}:00Z`) + minutes * 60_000).toISOString();
  return [t.slice(0, 10), t.slice(11, 16)];
};
/** A day as an app prints it seen from `today`: `N小时前` (that day), `昨天 14:22`, `前天 14:22` or `N天前`. */
const agoText = (rng: Rng, iso: string, today: string, time: string) => {
  const n = daysBetween(iso, today);
  return n <= 0 ? `${rng.int(1, 12)}小时前` : n === 1 ? `昨天 ${time}` : n === 2 ? `前天 ${time}` : `${n}天前`;
};
/** A masked phone number: 138****1234. */
const maskedPhone = (rng: Rng) => `1${rng.pick(['38', '39', '59', '86', '77', '52'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

// --- F1. gushengtang-mingyi-wenda ---

const GST_PLACES = ['城南', '城北', '滨江', '高新', '老城', '新区', '河西'] as const;
const GST_HONORS = ['省名中医', '全国老中医药专家学术经验继承人', '博士研究生导师', '固生堂特聘专家', '岐黄学者'] as const;
const TCM_TITLES: Record<string, string> = { 主任医师: '主任中医师', 副主任医师: '副主任中医师', 主治医师: '主治中医师', 医师: '中医师' };
const TCM_DEPARTMENTS = ['中医内科', '中医妇科', '针灸科', '中医儿科', '脾胃病科', '中医科'] as const;

/**
 * F1. 固生堂中医's 名医问答 (www.gstzy.cn/wenda/{id}.html, host as remembered), UTF-8: the chain's top bar (找名医 / 中医馆 /
 * 中医问答 / 预约挂号, a 400 hotline), crumbs; `#tags`, `<h1>`, `{surname}** · 女 · 32岁 · 提问于` a day, the asker's line;
 * `名医解答` over the answer box; the card in the box (75%) or as a `解答医生` box at the top of the side column (25%), as
 * `<dl>` rows (医生 / 职称 / 第一执业医院, 执业医院 or 执业机构 / 科室 / 出诊馆) or inline (name, title, hospital and department,
 * `坐诊：` the 中医馆), an honour after the name on half; on 75% a public hospital's doctor (the 执业 hospital the key's,
 * `（三甲）`-kind grade after it on 30% — keyed —), on 25% the chain's own (only `固生堂{city}{place}中医馆`: the key's
 * hospital, grade null, a TCM department); the title as 中医 title (`主任中医师` …) on 60%; the department printed on 80%
 * (else null); on 60% of video pages a `<video>` with its length (video), on half of voice pages a voice bar `语音解答 47″`
 * (voice); `<h4>辨证分析</h4>` / `<h4>调理建议</h4>` heads on 45% (paragraphs); the day under the answer, `解答于` before it on
 * half: `2023.05.06` (35%), `2023年5月6日 星期六` (20%), `2023-05-06 14:22` (20%), `N小时前` / `昨天 14:22` / `前天 14:22` / `N天前` (15%) or `05月06日` (10%):
 * the last two null; 有用 / 收藏; a TCM disclaimer; an offer (`新客首诊 ¥…`) on half; 相关问答 / 大家还在问 cards (question,
 * the snippet cut at 45 with `…` on 70% of pages — a `语音` / `图文` / `视频` chip on half of those, keyed —, else links;
 * another doctor's name and title, `N阅读`: none), a side column (名医简介 with 擅长, 出诊时间 and a fee; 附近中医馆; 名医推荐:
 * none); JSON-LD QAPage on 35% (its author `worksFor` the 中医馆, its date whole where the page prints a relative one:
 * neither keyed), canonical on half.
 */
const gushengtangMingyiWenda: Family = {
  name: 'gushengtang-mingyi-wenda',
  split: 'fresh-78',
  site: 'www.gstzy.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const clinic = `固生堂${city}${rng.pick(GST_PLACES.filter((p) => p !== city))}中医馆`;
    const own = rng.chance(0.25);
    const title = rng.chance(0.6) ? (TCM_TITLES[d.title!] ?? d.title!) : d.title!;
    const department = own ? rng.pick(TCM_DEPARTMENTS) : d.department!;
    const deptShown = rng.chance(0.8);
    const graded = !own && rng.chance(0.3);
    const honor = rng.chance(0.5) ? `<span class="honor">${rng.pick(GST_HONORS)}</span>` : '';
    const practice = rng.pick(['第一执业医院', '执业医院', '执业机构']);
    const hospitalHtml = `${esc(d.hospital!)}${graded ? `（${d.hospital_grade}）` : ''}`;
    const nameLink = `<a href="/doctor/${rng.int(10000, 99999)}.html" class="nm">${esc(d.name!)}</a>`;
    const card = rng.chance(0.5)
      ? `<dl class="doc-dl"><dt>医生</dt><dd>${nameLink}${honor}</dd><dt>职称</dt><dd>${title}</dd>${own ? '' : `<dt>${practice}</dt><dd>${hospitalHtml}</dd>`}${deptShown ? `<dt>科室</dt><dd>${esc(department)}</dd>` : ''}<dt>${rng.pick(['出诊馆', '坐诊中医馆'])}</dt><dd>${esc(clinic)}</dd></dl>`
      : `<div class="doc-inline"><img src="https://img.gstzy.cn/doctor/${token(rng, 12)}.jpg" class="av"><div class="doc-r"><p>${nameLink} <span class="zc">${title}</span>${honor}</p><p class="org">${own ? esc(clinic) : hospitalHtml}${deptShown ? ` ${esc(department)}` : ''}</p>${own ? '' : `<p class="gst">坐诊：${esc(clinic)}</p>`}</div></div>`;
    const side = rng.chance(0.25);
    const video = page.format === 'video' && rng.chance(0.6);
    const voice = page.format === 'voice' && rng.chance(0.5);
    const player = video
      ? `<div class="gst-video"><video src="https://media.gstzy.cn/video/${token(rng, 16)}.mp4" poster="https://img.gstzy.cn/poster/${token(rng, 12)}.jpg" controls preload="none"></video><span class="dur">${length(rng)}</span></div>`
      : voice
        ? `<div class="gst-audio" data-src="https://media.gstzy.cn/audio/${token(rng, 16)}.mp3"><i class="ic-play"></i><span class="lb">语音解答</span> <span class="dur">${rng.int(20, 99)}″</span></div>`
        : '';
    const headed = rng.chance(0.45);
    const heads = ['辨证分析', '调理建议'];
    const paragraphs = headed ? withHeads(page.paragraphs, heads[0]!, heads[1]!) : [...page.paragraphs];
    const text = paragraphs.map((p) => (headed && heads.includes(p) ? `<h4 class="sub">${p}</h4>` : `<p>${esc(p)}</p>`)).join('\n');
    const mode = rng.weighted([['dot', 7], ['week', 4], ['full', 4], ['rel', 3], ['md', 2]] as const);
    const today = shift(page.date!, rng.int(0, 29));
    const dayOf = (iso: string, time: string) =>
      mode === 'dot'
        ? iso.replace(/-/g, '.')
        : mode === 'week'
          ? `${cnDate(iso)} ${weekday(iso)}`
          : mode === 'full'
            ? `${iso} ${time}`
            : mode === 'rel'
              ? agoText(rng, iso, today, time)
              : `${iso.slice(5, 7)}月${iso.slice(8, 10)}日`;
    const foot = `<div class="ans-ft"><span class="t">${rng.chance(0.5) ? '解答于 ' : ''}${dayOf(page.date!, page.time)}</span> <span class="use">有用 ${rng.int(0, 500)}</span> <span class="fav">收藏</span></div>`;
    const answer = `<div class="answer"><div class="ans-hd"><span class="ans-tag">名医解答</span></div>${side ? '' : card}${player}<div class="ans-con">${text}</div>${foot}</div>`;
    const tip = `<p class="tip">温馨提示：中医讲究辨证论治，以上建议仅供参考，不能替代面诊，请勿自行抓药。</p>`;
    const offer = rng.chance(0.5) ? `<div class="gst-act"><p>固生堂${rng.pick(['新客首诊', '膏方节', '三伏贴'])} <em>¥${rng.int(19, 199)}</em></p><a href="/yuyue/">立即预约</a></div>` : '';
    const own2 = rng.chance(0.5) ? `https://www.gstzy.cn/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.7);
    const chips = snippets && rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 45, 45, '…') : null);
    const list = related.length
      ? `<div class="rel"><h3>${rng.pick(['相关问答', '大家还在问'])}</h3>${related
          .map((r) => `<a class="qa-card" href="${href(r)}"><h5>${esc(r.question)}</h5>${snippets ? `<p class="sum">${esc(printed(r)!)}</p>` : ''}<div class="meta">${chips ? `<span class="fmt">${CHIP[r.format]}</span>` : ''}<span>${esc(personName(rng))} ${rng.pick(['主任中医师', '副主任中医师', '主治中医师'])}</span><span>${rng.int(200, 90000)}阅读</span></div></a>`)
          .join('\n')}</div>`
      : '';
    const intro = `<div class="doc-intro"><h4>名医简介</h4><p>擅长：${esc(topicWord(page))}、失眠、脾胃病的中医调理。</p><p>出诊时间：${rng.pick(['周一上午', '周二下午', '周三全天'])}、${rng.pick(['周四下午', '周六上午', '周日上午'])}</p><p>挂号费：¥${rng.int(2, 6)}00</p><a href="/yuyue/">预约挂号</a></div>`;
    const clinics = `<div class="near"><h4>附近中医馆</h4><ul>${['城东', '江北', '中山'].map((p) => `<li>固生堂${city}${p}中医馆 <span>地址：${p}路${rng.int(1, 300)}号</span></li>`).join('')}</ul></div>`;
    const team = `<div class="team"><h4>名医推荐</h4><ul>${Array.from({ length: 3 }, () => `<li><a href="/doctor/${rng.int(10000, 99999)}.html">${esc(personName(rng, d.name!))}</a> ${rng.pick(['主任中医师', '副主任中医师'])} <a class="yy">预约</a></li>`).join('')}</ul></div>`;
    const sideCard = side ? `<div class="side-doc"><h4>解答医生</h4>${card}</div>` : '';
    const tags = `<div class="tags"><a href="/wenda/tag/">#${esc(topicWord(page))}</a> <a href="/wenda/tag/">#中医调理</a></div>`;
    const asker = `<p class="asker">${esc(otherName(rng).slice(0, 1))}** · ${rng.pick(['女', '男'])} · ${rng.int(18, 70)}岁 · 提问于 ${dayOf(shift(page.date!, -rng.int(1, 3)), hm(rng))}</p>`;
    const body = `<div class="gst-top"><a href="/"><img src="https://img.gstzy.cn/logo.png" alt="固生堂中医"></a> <a href="/doctor/">找名医</a> <a href="/clinic/">中医馆</a> <a href="/wenda/">中医问答</a> <a href="/yuyue/">预约挂号</a> <span class="tel">400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/wenda/">中医问答</a> &gt; ${esc(topicWord(page))} &gt; 正文</div>
<div class="gst-main"><div class="l">
<div class="ask">${tags}<h1>${esc(page.question)}</h1>${asker}<p class="desc">${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, answer, 1)}
${tip}
${offer}
${list}
</div><div class="r">${sideCard}${side ? '' : intro}${clinics}${team}</div></div>
<div class="gst-foot">固生堂中医 版权所有 互联网医院执业许可</div>`;
    const ld = rng.chance(0.35)
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'QAPage',
          mainEntity: {
            '@type': 'Question',
            name: page.question,
            answerCount: 1,
            acceptedAnswer: {
              '@type': 'Answer',
              text: page.paragraphs.join('\n'),
              dateCreated: `${page.date}T${page.time}:00+08:00`,
              author: { '@type': 'Person', name: d.name, jobTitle: title, worksFor: { '@type': 'MedicalClinic', name: clinic } },
            },
          },
        })}</script>\n`
      : '';
    const html = documentOf(`${ask(page)}_中医问答_固生堂中医`, own2, `<meta name="keywords" content="${esc(topicWord(page))},中医,名医问答">\n${ld}`, body);
    const items = itemsOf(related, href, own2, printed, false).map((e, i): ExpectedItem => (chips ? { ...e, format: related[i]!.format } : e));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: deptShown ? department : null, hospital: own ? clinic : d.hospital, hospital_grade: graded ? d.hospital_grade : null },
        paragraphs,
        date: mode === 'dot' || mode === 'week' || mode === 'full' ? page.date : null,
        format: video ? 'video' : voice ? 'voice' : 'unknown',
        related: items,
      }),
    };
  },
};

// --- F2. taikang-jiankang-wenyisheng ---

const TK_SERVICE: Record<Format, string> = { voice: '语音咨询', text: '图文咨询', video: '视频咨询', unknown: '' };
const TK_PRODUCTS = ['好医保·长期医疗', 'e顺少儿长期医疗', '泰康e惠保', '健康尊享B款'] as const;

/**
 * F2. 泰康在线's 健康 问医生 share page (m.tk.cn/health/ask/share?id=…, host as remembered), an insurer's app H5 in React
 * (`tk-` BEM classes): the `打开APP` bar; tags over the question: the service (`图文咨询` / `语音咨询` / `视频咨询`) on half
 * (keyed: the format) and the disease; `<h1>`, the asker's line, `泰康用户138****1234 · 女 · 35岁 · day`; a 健康管家
 * 小泰's message (`已收到您的问题，正在为您匹配…医生`) before the answer on 60% and a closing one after it on 30% (none);
 * the doctor's section: the card as one line (`name title · department · hospital[ grade]`, 50%) or name / `title | department`
 * / hospital lines, a `泰康家庭医生` / `泰康认证` badge; the department on 85% (else null), the grade as a tag after the hospital
 * on 30% (keyed; `__INITIAL_STATE__` always holds it: not keyed where not printed); on 60% of voice pages a voice bar (`52″`,
 * `已转文字`: voice), on half of video pages a `<video>` (video); the text in `<p>`s (40%), parted by `<br>` (30%) or as the
 * lines of a `white-space:pre-wrap` block (30%); the day and `N人觉得有用` under it: `2023-05-06 14:22` (40%), `2023年5月6日
 * 14:22` (15%), `昨天 14:22` (15%: seen from the next day, the earlier days `前天` / `N天前`), `05-06 14:22` (20%) or `N天前`
 * (10%), the last three null, every day of the page in the same way (the asker's, the 健康管家's, the doctor's and a 追问's
 * in the order they were written); a 追问 / 医生回复 round under it on 25% (none); an insurance offer (`¥N起/年`, 立即投保) and a disclaimer;
 * 大家都在问 (question, the snippet — cut at 50 with `...` on half of the pages —, another doctor's `name title`,
 * `N人觉得有用`: none; undated) and 健康资讯 (articles: none) in either order; `window.__INITIAL_STATE__` on half (the
 * answer's epoch time, answer type, the doctor's department and grade: none keyed beyond what the page prints); og:url
 * on 40%.
 */
const taikangJiankangWenyisheng: Family = {
  name: 'taikang-jiankang-wenyisheng',
  split: 'fresh-78',
  site: 'm.tk.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const tagShown = rng.chance(0.5);
    const voiceBar = page.format === 'voice' && rng.chance(0.6);
    const videoShown = page.format === 'video' && rng.chance(0.5);
    const format: Format = tagShown ? page.format : voiceBar ? 'voice' : videoShown ? 'video' : 'unknown';
    const deptShown = rng.chance(0.85);
    const graded = rng.chance(0.3);
    const badge = `<span class="tk-badge">${rng.pick(['泰康家庭医生', '泰康认证'])}</span>`;
    const grade = graded ? ` <span class="tk-lv">${d.hospital_grade}</span>` : '';
    const card = rng.chance(0.5)
      ? `<div class="tk-doc"><img class="tk-doc__av" src="https://img.tk.cn/health/doctor/${token(rng, 12)}.png"><div class="tk-doc__info"><p class="tk-doc__line"><b>${esc(d.name!)}</b> ${d.title}${deptShown ? ` · ${esc(d.department!)}` : ''} · ${esc(d.hospital!)}${grade}</p>${badge}</div></div>`
      : `<div class="tk-doc"><img class="tk-doc__av" src="https://img.tk.cn/health/doctor/${token(rng, 12)}.png"><div class="tk-doc__info"><p class="tk-doc__name">${esc(d.name!)}${badge}</p><p class="tk-doc__line">${d.title}${deptShown ? `<i class="tk-sep">|</i>${esc(d.department!)}` : ''}</p><p class="tk-doc__org">${esc(d.hospital!)}${grade}</p></div></div>`;
    const mode = rng.weighted([['full', 8], ['cn', 3], ['yday', 3], ['md', 4], ['rel', 2]] as const);
    const today = shift(page.date!, mode === 'yday' ? 1 : rng.int(3, 20));
    const dayOf = ([iso, time]: [string, string]) =>
      mode === 'full'
        ? `${iso} ${time}`
        : mode === 'cn'
          ? `${cnDate(iso)} ${time}`
          : mode === 'md'
            ? `${md(iso)} ${time}`
            : agoText(rng, iso, today, time);
    const asked = later(page.date!, page.time, -rng.int(60, 2880));
    const textMode = rng.weighted([['p', 4], ['br', 3], ['pre', 3]] as const);
    const text =
      textMode === 'p'
        ? `<div class="tk-ans__txt">${paras(page.paragraphs)}</div>`
        : textMode === 'br'
          ? `<div class="tk-ans__txt">${page.paragraphs.map(esc).join('<br>')}</div>`
          : `<div class="tk-ans__txt" style="white-space:pre-wrap">${page.paragraphs.map(esc).join('\n')}</div>`;
    const media = voiceBar
      ? `<div class="tk-voice"><i class="tk-voice__ic"></i><span class="tk-voice__len">${rng.int(15, 59)}″</span></div><p class="tk-voice__tip">已转文字</p>`
      : videoShown
        ? `<div class="tk-video"><video src="https://v.tk.cn/health/${token(rng, 16)}.mp4" poster="https://img.tk.cn/health/poster/${token(rng, 12)}.jpg" controls playsinline></video><span class="tk-video__len">${length(rng)}</span></div>`
        : '';
    const answer = `<section class="tk-ans"><h2 class="tk-sec">医生回复</h2>${card}${media}${text}<div class="tk-ans__foot"><span>${dayOf([page.date!, page.time])}</span> · <span>${rng.int(3, 900)}人觉得有用</span></div></section>`;
    const topic = topicWord(page);
    const keeper = (words: string, when: [string, string]) =>
      `<div class="tk-msg tk-msg--keeper"><div class="tk-msg__who"><img src="https://img.tk.cn/health/keeper.png"><span>健康管家 小泰</span></div><p>${words}</p><span class="tk-msg__time">${dayOf(when)}</span></div>`;
    const before = rng.chance(0.6) ? keeper(`您好，已收到您的问题，正在为您匹配${esc(topic)}相关的医生，请稍候。`, later(asked[0], asked[1], rng.int(1, 30))) : '';
    const followed = later(page.date!, page.time, rng.int(60, 1440));
    const follow = rng.chance(0.25)
      ? `<div class="tk-follow"><p><span class="tk-follow__tag">追问</span>${rng.pick(FOLLOW_UPS)}</p><p><span class="tk-follow__tag">医生回复</span>${rng.pick(FOLLOW_REPLIES)}</p><span class="tk-follow__t">${dayOf(followed)}</span></div>`
      : '';
    const after = rng.chance(0.3) ? keeper('如还有疑问可继续追问医生；泰康客户可享免费体检预约服务。', later(followed[0], followed[1], rng.int(30, 600))) : '';
    const offer = `<div class="tk-ad"><img src="https://img.tk.cn/ad/${token(rng, 10)}.png" alt="泰康在线"><div><p class="tk-ad__t">${rng.pick(TK_PRODUCTS)}</p><p>最高${rng.int(2, 6)}00万保障 <em>¥${rng.int(99, 399)}起/年</em></p></div><a href="https://m.tk.cn/product/">立即投保</a></div>`;
    const tip = `<p class="tk-tip">本服务由泰康在线合作医疗机构提供，医生回复仅供参考，不能作为诊断及治疗依据。</p>`;
    const own = rng.chance(0.4) ? `https://m.tk.cn/health/ask/share?id=${page.item.num}` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/health/ask/share?id=${itemNum(r)}`;
    const cut = rng.chance(0.5);
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 50, 50, '...') : r.snippet);
    const list = related.length
      ? `<div class="tk-list"><h2 class="tk-sec">大家都在问</h2>${related
          .map((r) => `<a class="tk-list__item" href="${href(r)}"><h3>${esc(r.question)}</h3><p>${esc(printed(r))}</p><div class="tk-list__meta"><span>${esc(personName(rng))} ${rng.pick(FEW_TITLES)}</span><span>${rng.int(1, 999)}人觉得有用</span></div></a>`)
          .join('\n')}</div>`
      : '';
    const news = `<div class="tk-news"><h2 class="tk-sec">健康资讯</h2>${['体检报告上的箭头都要紧吗', '百万医疗险能报销门诊吗', '秋季养胃记住这几点'].map((t) => `<a href="https://m.tk.cn/health/article/${rng.int(10000, 99999)}"><p>${t}</p><span>阅读 ${rng.int(1000, 99999)}</span></a>`).join('')}</div>`;
    const tags = `<div class="tk-q__tags">${tagShown ? `<span class="tk-tag">${TK_SERVICE[page.format]}</span>` : ''}<span class="tk-tag tk-tag--topic">${esc(topic)}</span></div>`;
    const state = rng.chance(0.5)
      ? `<script>window.__INITIAL_STATE__=${JSON.stringify({
          askDetail: { id: page.item.num, title: page.question, createTime: epochSeconds(shift(page.date!, -1), hm(rng)) * 1000 },
          answer: {
            content: page.paragraphs.join('\n'),
            answerTime: epochSeconds(page.date!, page.time) * 1000,
            answerType: { voice: 2, text: 1, video: 3, unknown: 0 }[page.format],
            doctor: { name: d.name, title: d.title, deptName: d.department, hospitalName: d.hospital, hospitalLevel: d.hospital_grade },
          },
        })}</script>\n`
      : '';
    const body = `<div id="root"><div class="tk-app">
<div class="tk-open"><img src="https://img.tk.cn/logo.png" alt="泰康在线"> 泰康在线 · 健康服务 <a href="https://m.tk.cn/app/">打开APP</a></div>
<div class="tk-q">${tags}<h1 class="tk-q__title">${esc(page.question)}</h1><p class="tk-q__desc">${esc(rng.pick(ASKER_LINES))}</p><div class="tk-q__meta"><span>泰康用户${maskedPhone(rng)}</span> · <span>${rng.pick(['女', '男'])} · ${rng.int(18, 70)}岁</span> · <span>${dayOf(asked)}</span></div></div>
${before}
${answer}
${follow}
${after}
${offer}
${tip}
${rng.chance(0.5) ? `${list}\n${news}` : `${news}\n${list}`}
<div class="tk-foot">泰康在线财产保险股份有限公司 版权所有</div>
</div></div>
${state}`;
    const head = `<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 泰康在线`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, department: deptShown ? d.department : null, hospital_grade: graded ? d.hospital_grade : null },
        date: mode === 'full' || mode === 'cn' ? page.date : null,
        format,
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

// --- F3. lifetimes-zhuanjia-dayi ---

const LT_ENCODINGS = [
  ['utf8', '<meta charset="utf-8">', 12],
  ['gb', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 5],
  ['gb', '<meta charset="gb2312">', 3],
] as const;
const LT_ARTICLES = ['高血压患者夏季注意这几点', '体检发现结节别慌', '吃饭快的人要当心胃', '中老年人补钙有讲究', '失眠不妨试试这几招'] as const;

/**
 * F3. 生命时报's 专家答疑 (www.lifetimes.cn/zjdy/{id}.html, host as remembered), a health newspaper's column: UTF-8 on 60%,
 * GB2312 on 40% (by http-equiv 25%, `<meta charset="gb2312">` 15%); masthead and nav (健康 / 养生 / 心理 / 专家答疑 / 电子报),
 * `您的位置：` crumbs; a `健康咨询` kicker on half, `<h1>`; the article line, every page a whole day: `2023-05-06 09:12:33　来源：
 * 生命时报　作者：记者 name` (or `作者：生命时报`; 40%), `来源：生命时报　2023年05月06日` (30%), `生命时报 2023-05-06 第N期
 * 第N版` (20%) or `发布时间：2023/05/06　来源：生命时报` (10%); `本报记者 name` at the body's top on 40% (none of the card); on 60%
 * of video pages a `<video>` with `视频：name讲解…` (video); the reader's question (`读者问：` or `{city}读者{surname}女士问：`);
 * the expert: `受访专家：{hospital}{department}{title} {name}` before the answer (40%; `专家答：` glued before the first
 * paragraph on half of those), the credit glued before the first paragraph as `{hospital}{department}{title} {name}答：` (40%)
 * or a `本期专家` box after the article (20%: name, the credit, `擅长：`; `专家答：` before the text on half); no grade (null);
 * paragraphs indented with `　　` on half; the numbering bold on 30%; an ad (`广告`) after the second paragraph on half of the
 * pages with three or more; a QR line `扫描二维码，关注生命时报微信公众号` on 60% and a disclaimer on half after the text;
 * `（责任编辑：name）` on 60%; 相关阅读 (articles: none), 更多专家答疑 (question, the snippet cut at 38 with `……` on half of the
 * pages, else a link; the whole day: dated) and 热文排行 (none); JSON-LD NewsArticle on 40% (its author the reporter or the
 * paper: none of the card); canonical on half; format otherwise unknown.
 */
const lifetimesZhuanjiaDayi: Family = {
  name: 'lifetimes-zhuanjia-dayi',
  split: 'fresh-78',
  site: 'www.lifetimes.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [enc, charset] = (([e, c]) => [e, c] as const)(rng.weighted(LT_ENCODINGS.map(([e, c, w]) => [[e, c] as const, w] as const)));
    const reporter = personName(rng, d.name!);
    const credit = `${esc(d.hospital!)}${esc(d.department!)}${d.title}`;
    const cardMode = rng.weighted([['line', 4], ['glued', 4], ['box', 2]] as const);
    const meta = rng.weighted([['full', 4], ['cn', 3], ['issue', 2], ['slash', 1]] as const);
    const byReporter = rng.chance(0.5);
    const metaLine =
      meta === 'full'
        ? `${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}　来源：生命时报　作者：${byReporter ? `记者 ${esc(reporter)}` : '生命时报'}`
        : meta === 'cn'
          ? `来源：生命时报　${cnPadded(page.date!)}`
          : meta === 'issue'
            ? `生命时报 ${page.date} 第${rng.int(1500, 1900)}期 第${rng.int(2, 24)}版`
            : `发布时间：${page.date!.replace(/-/g, '/')}　来源：生命时报`;
    const indent = rng.chance(0.5) ? '　　' : '';
    const boldNumbers = rng.chance(0.3);
    const para = (p: string) => {
      const m = boldNumbers ? p.match(/^(一、|二、|三、|四、|五、|\d\.|（\d）)(.*)$/u) : null;
      return m ? `<p>${indent}<strong>${m[1]}</strong>${esc(m[2]!)}</p>` : `<p>${indent}${esc(p)}</p>`;
    };
    const labelled = cardMode !== 'glued' && rng.chance(0.5);
    const [first, ...rest] = page.paragraphs;
    const lead =
      cardMode === 'glued'
        ? `<p>${indent}<strong>${credit} ${esc(d.name!)}答：</strong>${esc(first!)}</p>`
        : labelled
          ? `<p>${indent}<strong>专家答：</strong>${esc(first!)}</p>`
          : para(first!);
    const ad = rest.length >= 2 && rng.chance(0.5) ? `<div class="ad_article"><a href="https://ad.lifetimes.cn/click?id=${rng.int(1000, 9999)}" target="_blank"><img src="https://img.lifetimes.cn/ad/${token(rng, 10)}.jpg" alt=""></a><span class="adtag">广告</span></div>` : '';
    const restHtml = rest.map((p, i) => `${para(p)}${i === 0 && ad ? `\n${ad}` : ''}`);
    const answer = [lead, ...restHtml].join('\n');
    const line = cardMode === 'line' ? `<p class="zj">${indent}受访专家：${credit} ${esc(d.name!)}</p>\n` : '';
    const box = cardMode === 'box' ? `<div class="zjjs"><h4>本期专家</h4><img src="https://img.lifetimes.cn/zj/${token(rng, 10)}.jpg"><p class="n">${esc(d.name!)}</p><p>${credit}</p><p>擅长：${esc(topicWord(page))}等疾病的诊治。</p></div>` : '';
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<div class="video"><video src="https://v.lifetimes.cn/${token(rng, 16)}.mp4" poster="https://img.lifetimes.cn/poster/${token(rng, 12)}.jpg" controls></video><p class="v-cap">视频：${esc(d.name!)}讲解${esc(topicWord(page))}</p></div>\n` : '';
    const readerAsks = rng.chance(0.5)
      ? `<p>${indent}<strong>读者问：</strong>${esc(rng.pick(ASKER_LINES))}想问一下，${esc(ask(page))}？</p>`
      : `<p>${indent}<strong>${esc(cityOf(page))}读者${esc(otherName(rng).slice(0, 1))}女士问：</strong>${esc(ask(page))}？${esc(rng.pick(ASKER_LINES))}</p>`;
    const reporterTop = rng.chance(0.4) ? `<p class="author">${indent}本报记者 ${esc(reporter)}</p>\n` : '';
    const qr = rng.chance(0.6) ? `<p style="text-align:center"><img src="https://img.lifetimes.cn/images/qrcode_smsb.jpg"></p>\n<p style="text-align:center;color:#999">扫描二维码，关注生命时报微信公众号</p>\n` : '';
    const tip = rng.chance(0.5) ? `<p class="sm">（本文内容仅供参考，如有不适请及时就医）</p>\n` : '';
    const editor = rng.chance(0.6) ? `<p class="editor">（责任编辑：${esc(otherName(rng))}）</p>` : '';
    const article = `<div class="article"><div class="tit">${rng.chance(0.5) ? '<p class="yt">健康咨询</p>' : ''}<h1>${esc(page.question)}</h1><p class="info">${metaLine}</p></div>
<div class="content">
${player}${reporterTop}${readerAsks}
${line}${answer}
${qr}${tip}${editor}</div>
${box}</div>`;
    const own = rng.chance(0.5) ? `https://www.lifetimes.cn/zjdy/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/zjdy/${itemNum(r)}.html`;
    const snippets = rng.chance(0.5);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 38, 38, '……') : null);
    const more = related.length
      ? `<div class="more-dy"><h3>更多专家答疑</h3><ul>${related.map((r) => `<li><a href="${href(r)}" target="_blank">${esc(r.question)}</a>${snippets ? `<p>${esc(printed(r)!)}</p>` : ''}<span class="time">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const reads = `<div class="xgyd"><h3>相关阅读</h3><ul>${rng.shuffle([...LT_ARTICLES]).slice(0, 3).map((t) => `<li><a href="/jk/${rng.int(100000, 999999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const rank = `<div class="rank"><h3>热文排行</h3><ol>${rng.shuffle([...LT_ARTICLES]).slice(0, 4).map((t) => `<li><a href="/jk/${rng.int(100000, 999999)}.html">${t}</a></li>`).join('')}</ol></div>`;
    const ld = rng.chance(0.4)
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: page.question,
          datePublished: `${page.date}T${page.time}:00+08:00`,
          author: byReporter && meta === 'full' ? { '@type': 'Person', name: `记者 ${reporter}` } : { '@type': 'Organization', name: '生命时报' },
          publisher: { '@type': 'Organization', name: '生命时报' },
        })}</script>\n`
      : '';
    const body = `<div class="mast"><a href="/"><img src="/images/logo.png" alt="生命时报"></a> <a href="/jk/">健康</a> <a href="/ys/">养生</a> <a href="/xl/">心理</a> <a href="/zjdy/">专家答疑</a> <a href="http://paper.lifetimes.cn/">电子报</a></div>
<div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="/zjdy/">专家答疑</a></div>
<div class="main"><div class="left">
${wrap(rng, article, 1)}
${rng.chance(0.5) ? `${reads}\n${more}` : `${more}\n${reads}`}
</div><div class="right">${rank}</div></div>
<div class="foot">生命时报社 版权所有 未经授权禁止转载</div>`;
    const html = documentOf(`${page.question}_专家答疑_生命时报`, own, ld, body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, true),
      }),
    };
  },
};

// --- F4. jiankangyun-jiatingyisheng-zixun ---

const JKY_DISTRICTS = [['城东区', ['东门街道', '望江街道', '龙山街道']], ['城西区', ['西湖街道', '柳荫街道']], ['江北区', ['北塘街道', '新村街道', '花园街道']]] as const;
const JKY_DEPARTMENTS = ['全科医学科', '全科', '中医科', '预防保健科'] as const;
const JKY_ENCODINGS = [
  ['utf8', '<meta charset="UTF-8">', 10],
  ['gbk', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 4],
  ['gbk', '<meta charset="gbk" />', 3],
  ['gbk', '', 3],
] as const;

/**
 * F4. A city's 健康云 家庭医生在线咨询, its public consultations (上海's 健康云 as remembered, here 江州's: jky.jiangzhou.gov.cn/
 * jtys/zxDetail.do?id=…, host a guess), a government portal's template: UTF-8 on half, else GBK (by http-equiv, `<meta
 * charset="gbk" />` or undeclared); the portal's banner (`江州健康云 · 家庭医生签约服务`), nav, `当前位置：` crumbs; the
 * consultation as a label/value `<table>` (`咨询标题` the question, `咨询人：居民 张**`, `咨询时间` a day before, `咨询内容`)
 * and each reply as a table (`回复机构` / `回复医生` / `职称` / `科室` / `所属团队` / `回复时间` / `回复内容`, the answer's
 * paragraphs parted by `<br>`) on 60%, or as `<span class="lbl">label：</span>` rows with the answer in `<p>`s (40%); the
 * doctor a community centre's (`江州市{district}{street}社区卫生服务中心`: the hospital; no grade), `职称` as its own row or the
 * title in brackets after the name (`name（主治医师）`, 40%), `科室` printed on 60% (else null: the department is the row's
 * word, `全科医学科`, `全科` …), `所属团队：{another doctor}家庭医生团队` on half (none); a 家庭医生助理's reply (`已转交…医生`)
 * before the doctor's on 35% (none); `咨询方式：图文咨询 / 语音咨询 / 视频咨询` on 40% (keyed: the format; an `<audio>` before
 * a voice reply's text); every day whole: `2023-05-06 14:22:31` (60%), `2023/5/6 14:22` (25%) or `2023年05月06日` (15%); a
 * `继续咨询` round (the resident's and the doctor's, later days) on 25% (none); `居民评价` stars; 其他居民咨询 (a table: the
 * question linked, `已回复`, the centre, the whole day: link items, dated), 健康科普 (none); the links relative
 * (`zxDetail.do?id=…`), resolved only against a canonical (30%); a footer naming the 卫生健康委员会.
 */
const jiankangyunJiatingyishengZixun: Family = {
  name: 'jiankangyun-jiatingyisheng-zixun',
  split: 'fresh-78',
  site: 'jky.jiangzhou.gov.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [enc, charset] = (([e, c]) => [e, c] as const)(rng.weighted(JKY_ENCODINGS.map(([e, c, w]) => [[e, c] as const, w] as const)));
    const [district, streets] = rng.pick(JKY_DISTRICTS);
    const centre = `江州市${district}${rng.pick(streets)}社区卫生服务中心`;
    const department = rng.pick(JKY_DEPARTMENTS);
    const deptShown = rng.chance(0.6);
    const bracketTitle = rng.chance(0.4);
    const team = rng.chance(0.5) ? `${personName(rng, d.name!)}家庭医生团队` : null;
    const wayShown = rng.chance(0.4);
    const WAY: Record<Format, string> = { voice: '语音咨询', text: '图文咨询', video: '视频咨询', unknown: '' };
    const mode = rng.weighted([['full', 12], ['slash', 5], ['cn', 3]] as const);
    const dayOf = (iso: string, time: string) => (mode === 'full' ? `${iso} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}` : mode === 'slash' ? `${iso.split('-').map(Number).join('/')} ${time}` : cnPadded(iso));
    const tables = rng.chance(0.6);
    const audio = wayShown && page.format === 'voice' ? `<audio controls src="https://jky.jiangzhou.gov.cn/upload/voice/${token(rng, 16)}.mp3"></audio>` : '';
    const answerHtml = tables ? `${audio}${page.paragraphs.map(esc).join('<br>')}` : `${audio}${paras(page.paragraphs)}`;
    const doctorRows: Array<[string, string]> = [
      ['回复机构', esc(centre)],
      ['回复医生', bracketTitle ? `${esc(d.name!)}（${d.title}）` : esc(d.name!)],
      ...(bracketTitle ? [] : [['职称', d.title!] as [string, string]]),
      ...(deptShown ? [['科室', department] as [string, string]] : []),
      ...(team ? [['所属团队', esc(team)] as [string, string]] : []),
      ...(wayShown ? [['咨询方式', WAY[page.format]] as [string, string]] : []),
      ['回复时间', dayOf(page.date!, page.time)],
      ['回复内容', answerHtml],
    ];
    const aide = otherName(rng);
    const aideRows: Array<[string, string]> = [
      ['回复机构', esc(centre)],
      ['回复人', `${esc(aide)}（家庭医生助理）`],
      ['回复时间', dayOf(...later(page.date!, page.time, -rng.int(20, 300)))],
      ['回复内容', `您好，您的咨询已收到，已转交${esc(d.name!)}医生，请耐心等待回复。`],
    ];
    const block = (rows: Array<[string, string]>, cls: string) =>
      tables
        ? `<table class="${cls}" width="100%" border="0" cellspacing="1" cellpadding="6">${rows.map(([k, v]) => `<tr><th width="18%">${k}</th><td>${v}</td></tr>`).join('\n')}</table>`
        : `<div class="${cls}">${rows.map(([k, v]) => (k === '回复内容' ? `<div class="row"><span class="lbl">${k}：</span><div class="con">${v.startsWith('<') ? v : `<p>${v}</p>`}</div></div>` : `<div class="row"><span class="lbl">${k}：</span><span class="val">${v}</span></div>`)).join('\n')}</div>`;
    const withAide = rng.chance(0.35);
    const ask0 = dayOf(shift(page.date!, -rng.int(1, 2)), hm(rng));
    const askRows: Array<[string, string]> = [
      ['咨询标题', esc(page.question)],
      ['咨询人', `居民 ${esc(otherName(rng).slice(0, 1))}**`],
      ['咨询时间', ask0],
      ['咨询内容', `${esc(ask(page))}？${esc(rng.pick(ASKER_LINES))}`],
    ];
    const more = rng.chance(0.25)
      ? `<h3 class="sub">继续咨询</h3>${block(
          [
            ['咨询时间', dayOf(shift(page.date!, 1), hm(rng))],
            ['咨询内容', esc(rng.pick(FOLLOW_UPS))],
            ['回复医生', esc(d.name!)],
            ['回复时间', dayOf(shift(page.date!, rng.int(1, 3)), hm(rng))],
            ['回复内容', esc(rng.pick(FOLLOW_REPLIES))],
          ],
          'zx-more',
        )}`
      : '';
    const stars = `<p class="pj">居民评价：${'★'.repeat(rng.int(4, 5))} ${rng.pick(['非常满意', '满意'])}</p>`;
    const own = rng.chance(0.3) ? `https://jky.jiangzhou.gov.cn/jtys/zxDetail.do?id=${page.item.num}` : null;
    const related = page.related.slice(0, 10);
    const href = (r: Related) => `zxDetail.do?id=${itemNum(r)}`;
    const others = related.length
      ? `<div class="qt"><h3>其他居民咨询</h3><table class="list" width="100%"><tr><th>咨询标题</th><th>状态</th><th>回复机构</th><th>日期</th></tr>${related
          .map((r) => `<tr><td><a href="${href(r)}" target="_blank">${esc(r.question)}</a></td><td>已回复</td><td>${rng.pick(['东门街道', '望江街道', '北塘街道', '西湖街道'])}社区卫生服务中心</td><td>${r.date}</td></tr>`)
          .join('\n')}</table></div>`
      : '';
    const kepu = `<div class="kp"><h3>健康科普</h3><ul>${['家庭医生签约服务包有哪些', '慢病长处方怎么办理', '老年人免费体检时间安排'].map((t) => `<li><a href="/kp/${rng.int(1000, 9999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const body = `<div class="banner"><img src="/images/banner.jpg" alt="江州健康云"><span>江州健康云 · 家庭医生签约服务</span></div>
<div class="nav"><a href="/">首页</a> <a href="/jtys/">家庭医生</a> <a href="/jtys/zx.do">在线咨询</a> <a href="/yy/">预约挂号</a> <a href="/kp/">健康科普</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/jtys/">家庭医生</a> &gt; 在线咨询 &gt; 咨询详情</div>
<div class="detail">
<h3 class="sub">咨询信息</h3>${block(askRows, 'zx-ask')}
<h3 class="sub">回复信息</h3>${withAide ? `${block(aideRows, 'zx-reply')}\n` : ''}${block(doctorRows, 'zx-reply')}
${more}
${stars}
<p class="sm">温馨提示：在线咨询回复仅供参考，如病情紧急请及时到医疗机构就诊或拨打120。</p>
</div>
${others}
${kepu}
<div class="foot">主办：江州市卫生健康委员会　承办：江州市卫生健康信息中心　<a href="https://beian.miit.gov.cn/">江ICP备${rng.int(10000000, 99999999)}号</a></div>`;
    const html = documentOf(`咨询详情-家庭医生在线咨询-江州健康云`, own, '', body, charset);
    return {
      body: enc === 'utf8' ? Buffer.from(html, 'utf8') : encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: deptShown ? department : null, hospital: centre, hospital_grade: null },
        format: wayShown ? page.format : 'unknown',
        related: itemsOf(related, href, own, () => null, true),
      }),
    };
  },
};

// --- F5. arrail-kouqiang-wenda ---

const ARRAIL_PLACES = ['国贸', '中山公园', '滨江', '万象城', '金融街', '大学城'] as const;
const ARRAIL_DEPARTMENTS = ['口腔正畸科', '口腔种植科', '儿童口腔科', '牙周科', '口腔修复科', '牙体牙髓科'] as const;
const ARRAIL_POSTS = ['诊所主任', '医疗总监', '学科带头人'] as const;

/**
 * F5. 瑞尔齿科's 口腔问答 (www.arrail-dental.com/wenda/{id}.html, host as remembered), UTF-8: the chain's nav (种植牙 / 隐形矫正
 * / 儿童齿科 / 诊所分布 / 口腔问答), a 400 hotline, crumbs; `<h1>`, `提问者：用户****` and the question's line; `医生解答` over
 * the answer; the card inline before the text (30%: name, title, `clinic · department`), as a `解答医生` box in the side
 * column after the text (35%: name, title, department, clinic, 擅长, 预约TA) or a byline after the text (35%: `回答医生：name
 * ｜ title ｜ department ｜ clinic`); the clinic `瑞尔齿科{city}{place}诊所` the hospital, a dental department on 80% (else
 * null), a post after the title on 35% (`诊所主任` … none), no grade (null); the text in `<p>`s or parted by `<br><br>` (half
 * each), a diagram after the first paragraph on 40%; on 60% of video pages a Tencent Video iframe before the text (video);
 * `发布时间：2023-05-06` (40%), `2023.05.06` (30%), `更新时间：` alone (15%: keyed) or `发布时间：… 更新时间：` a later day (15%:
 * the 发布 day); a price box (`¥…起`), a 预约到院 form, a 53kf chat invitation; 矫正案例 (none); 相关问题 (`<dl>`: question and the
 * snippet cut at 40 with `...` on 70% of pages) or 大家还在问 (`<li>` questions: links), undated; 口腔百科 (none); JSON-LD on
 * half (a Dentist naming the clinic, with a FAQPage of the page's Q&A on half of those); canonical on 60%; format otherwise
 * unknown (no voice answers).
 */
const arrailKouqiangWenda: Family = {
  name: 'arrail-kouqiang-wenda',
  split: 'fresh-78',
  site: 'www.arrail-dental.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const city = cityOf(page);
    const clinic = `瑞尔齿科${city}${rng.pick(ARRAIL_PLACES)}诊所`;
    const department = rng.pick(ARRAIL_DEPARTMENTS);
    const deptShown = rng.chance(0.8);
    const post = rng.chance(0.35) ? ` <em class="post">${rng.pick(ARRAIL_POSTS)}</em>` : '';
    const cardMode = rng.weighted([['inline', 6], ['side', 7], ['byline', 7]] as const);
    const inline = `<div class="ar-au"><img src="https://img.arrail-dental.com/doctor/${token(rng, 10)}.jpg"><b>${esc(d.name!)}</b> <span>${d.title}</span>${post}<p>${esc(clinic)}${deptShown ? ` · ${department}` : ''}</p></div>`;
    const sideBox = `<aside class="ar-doctor"><h4>解答医生</h4><img src="https://img.arrail-dental.com/doctor/${token(rng, 10)}.jpg"><p class="n">${esc(d.name!)}</p><p>${d.title}${post}</p>${deptShown ? `<p>${department}</p>` : ''}<p>${esc(clinic)}</p><p class="sc">擅长：${rng.pick(['隐形矫正、复杂牙列拥挤', '种植修复、即刻种植', '儿童早期矫治、窝沟封闭', '牙周病系统治疗'])}</p><a href="/yuyue/">预约TA</a></aside>`;
    const byline = `<p class="ar-sign">回答医生：${esc(d.name!)} ｜ ${d.title}${post} ｜ ${deptShown ? `${department} ｜ ` : ''}${esc(clinic)}</p>`;
    const brs = rng.chance(0.5);
    const diagram = rng.chance(0.4) ? `<img src="https://img.arrail-dental.com/wenda/${token(rng, 12)}.png" alt="${rng.pick(['牙齿结构示意图', '隐形矫治器示意图', '种植牙结构图'])}">` : '';
    const [first, ...rest] = page.paragraphs;
    const text = brs
      ? `<div class="ar-txt">${esc(first!)}${diagram ? `<br>${diagram}` : ''}${rest.map((p) => `<br><br>${esc(p)}`).join('')}</div>`
      : `<div class="ar-txt"><p>${esc(first!)}</p>${diagram ? `<p>${diagram}</p>` : ''}${rest.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const video = page.format === 'video' && rng.chance(0.6);
    const player = video ? `<div class="ar-video"><iframe src="https://v.qq.com/txp/iframe/player.html?vid=${token(rng, 11)}" frameborder="0" allowfullscreen width="100%" height="360"></iframe></div>` : '';
    const mode = rng.weighted([['pub', 8], ['dot', 6], ['upd', 3], ['both', 3]] as const);
    const days =
      mode === 'pub'
        ? `发布时间：${page.date}`
        : mode === 'dot'
          ? page.date!.replace(/-/g, '.')
          : mode === 'upd'
            ? `更新时间：${page.date}`
            : `发布时间：${page.date}　更新时间：${shift(page.date!, rng.int(30, 500))}`;
    const answer = `<div class="ar-answer"><h2 class="ar-h">医生解答</h2>${cardMode === 'inline' ? inline : ''}${player}${text}${cardMode === 'byline' ? byline : ''}<p class="ar-time">${days}　<span>阅读 ${rng.int(100, 20000)}</span></p></div>`;
    const prices = `<div class="ar-price"><h4>服务价格</h4><p>种植牙 <em>¥${rng.int(5, 9)}800起</em></p><p>隐形矫正 <em>¥${rng.int(15, 29)}800起</em></p><p>洗牙 <em>¥${rng.int(2, 4)}80起</em></p></div>`;
    const form = `<form class="ar-form" action="/yuyue/submit" method="post"><h4>预约到院</h4><input name="name" placeholder="您的姓名"><input name="tel" placeholder="手机号码"><button type="submit">立即预约</button></form>`;
    const cases = `<div class="ar-case"><h3>矫正案例</h3><ul>${['牙列拥挤 隐形矫正18个月', '龅牙 固定矫正24个月', '反颌 儿童早期矫治'].map((t) => `<li><img src="https://img.arrail-dental.com/case/${token(rng, 10)}.jpg"><p>${t}</p></li>`).join('')}</ul></div>`;
    const kf = `<div id="kf53-invite" class="kf-invite"><p>瑞尔齿科在线客服：您好，请问有什么口腔问题需要咨询？</p><a href="javascript:;">立即咨询</a> <a href="javascript:;" class="close">关闭</a></div>`;
    const own = rng.chance(0.6) ? `https://www.arrail-dental.com/wenda/${page.item.num}.html` : null;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `/wenda/${itemNum(r)}.html`;
    const snippets = rng.chance(0.7);
    const printed = (r: Related) => (snippets ? cutSnippet(r.snippet, 40, 40, '...') : null);
    const list = related.length
      ? snippets
        ? `<div class="ar-rel"><h3>相关问题</h3><dl>${related.map((r) => `<dt><a href="${href(r)}">${esc(r.question)}</a></dt><dd>${esc(printed(r)!)}</dd>`).join('\n')}</dl></div>`
        : `<div class="ar-rel"><h3>大家还在问</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const baike = `<div class="ar-bk"><h3>口腔百科</h3><ul>${['什么是根管治疗', '智齿一定要拔吗', '牙龈出血怎么办'].map((t) => `<li><a href="/baike/${rng.int(100, 999)}.html">${t}</a></li>`).join('')}</ul></div>`;
    const ldShown = rng.chance(0.5);
    const ld = ldShown
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Dentist', name: clinic, telephone: '400-010-8899', address: { '@type': 'PostalAddress', addressLocality: `${city}市` } })}</script>\n${
          rng.chance(0.5)
            ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: page.question, acceptedAnswer: { '@type': 'Answer', text: page.paragraphs.join('') } }] })}</script>\n`
            : ''
        }`
      : '';
    const body = `<div class="ar-head"><a href="/"><img src="https://img.arrail-dental.com/logo.png" alt="瑞尔齿科"></a> <a href="/zhongzhi/">种植牙</a> <a href="/jiaozheng/">隐形矫正</a> <a href="/ertong/">儿童齿科</a> <a href="/clinic/">诊所分布</a> <a href="/wenda/">口腔问答</a> <span class="tel">400-010-8899</span></div>
<div class="crumb"><a href="/">首页</a> / <a href="/wenda/">口腔问答</a> / ${deptShown ? department : '口腔问题'}</div>
<div class="container"><div class="ar-main">
<div class="ar-q"><h1>${esc(page.question)}</h1><p class="ar-asker">提问者：用户${String(rng.int(0, 9999)).padStart(4, '0')}**** </p><p>${esc(rng.pick(ASKER_LINES))}</p></div>
${wrap(rng, answer, 1)}
<p class="ar-tip">本回答仅供参考，具体治疗方案请以医生面诊为准。</p>
${cases}
${list}
</div><div class="ar-side">${cardMode === 'side' ? sideBox : ''}${prices}${form}${baike}</div></div>
<div class="ar-foot">瑞尔集团 版权所有 京ICP备${rng.int(10000000, 99999999)}号</div>
${kf}`;
    const html = documentOf(`${ask(page)}-口腔问答-瑞尔齿科`, own, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: deptShown ? department : null, hospital: clinic, hospital_grade: null },
        format: video ? 'video' : 'unknown',
        related: itemsOf(related, href, own, printed, false),
      }),
    };
  },
};

// --- F6. lamabang-zhuanjia-huifu ---

const LMB_NICKS = ['糖糖妈', '小鱼儿', '七七麻麻', '暖暖', '果果妈咪', '安安宝贝'] as const;
const LMB_STAGES = ['孕12周', '孕28周', '孕35周', '宝宝3个月', '宝宝1岁2个月', '备孕中'] as const;

/**
 * F6. 辣妈帮's 帖子 where an expert replies (m.lamabang.com/post/{id}.html, host as remembered), a mother-and-baby community's
 * H5: the `打开辣妈帮` bar; the 楼主's post (nickname, a stage `孕28周`, `楼主`, the post's day), `<h1>`, her words, `#topic#`;
 * on 40% a pinned `专家已回复` box with the expert's first paragraph cut at 30 with `…` and `查看完整回答` to the expert's floor
 * (none of the answer); floors `N楼` in the order they were posted: 1–4 mothers' replies (`楼主赞过` on one of them on 30%), a 小帮手's
 * floor (`已邀请专家为你解答~`) opening them on 35%, the expert's floor among them (the first reply on 30%): the card as `name 专家 title` over `hospital ·
 * department` (with a grade tag on 25%, keyed) or `name 专家` over `认证：{hospital}{department}{title}` (45%); on 60% of voice
 * pages a voice bar `45″` over the text (voice), else the text in `<p>`s; the floor's day and `赞 N`; a 追问 on 30%: the
 * 楼主's floor (her nickname, `楼主`) `回复 name：…` and the expert's later floor `回复 {her nickname}：…` (none, dating nothing); an ad between floors;
 * every day of the page in one way: `2023-05-06 21:03` (40%), `05-06 21:03` (25%), `N小时前` / `昨天 21:03` / `前天 21:03` / `N天前` (20%)
 * or `2023年5月6日` (15%): the middle two null; 更多专家回答 (question, `专家答：` and the snippet cut at 34 with `…`, another
 * expert's `name title`, the day whole on 40% of pages — dated — or yearless) and 相关帖子 (mothers' posts: none) in either
 * order; og:url on 40%; format otherwise unknown.
 */
const lamabangZhuanjiaHuifu: Family = {
  name: 'lamabang-zhuanjia-huifu',
  split: 'fresh-78',
  site: 'm.lamabang.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mode = rng.weighted([['full', 8], ['md', 5], ['rel', 4], ['cn', 3]] as const);
    const today = shift(page.date!, rng.int(1, 20));
    const dayOf = ([iso, time]: [string, string]) =>
      mode === 'full' ? `${iso} ${time}` : mode === 'md' ? `${md(iso)} ${time}` : mode === 'rel' ? agoText(rng, iso, today, time) : cnDate(iso);
    const graded = rng.chance(0.25);
    const certified = rng.chance(0.45);
    const expertHead = certified
      ? `<div class="lmb-floor__who"><img class="av" src="https://img.lamabang.com/expert/${token(rng, 10)}.jpg"><span class="nick">${esc(d.name!)}</span> <i class="lmb-v">专家</i><p class="lmb-cert">认证：${esc(d.hospital!)}${esc(d.department!)}${d.title}</p></div>`
      : `<div class="lmb-floor__who"><img class="av" src="https://img.lamabang.com/expert/${token(rng, 10)}.jpg"><span class="nick">${esc(d.name!)}</span> <i class="lmb-v">专家</i> <span class="zc">${d.title}</span><p class="org">${esc(d.hospital!)}${graded ? ` <span class="lv">${d.hospital_grade}</span>` : ''} · ${esc(d.department!)}</p></div>`;
    const voice = page.format === 'voice' && rng.chance(0.6);
    const expertText = voice
      ? `<div class="lmb-voice"><i class="ic"></i><span>${rng.int(15, 59)}″</span></div><div class="lmb-voice__txt">${paras(page.paragraphs)}</div>`
      : paras(page.paragraphs);
    const floor = (n: number, head: string, text: string, when: [string, string], extra = '') =>
      `<div class="lmb-floor" id="floor-${n}"><div class="lmb-floor__hd">${head}<span class="lmb-floor__no">${n}楼</span></div>${extra}<div class="lmb-floor__bd">${text}</div><div class="lmb-floor__ft"><span>${dayOf(when)}</span> <span>赞 ${rng.int(0, 300)}</span></div></div>`;
    const mom = () => `<div class="lmb-floor__who"><img class="av" src="https://img.lamabang.com/avatar/${token(rng, 10)}.jpg"><span class="nick">${rng.pick(LMB_NICKS)}${rng.int(10, 999)}</span> <span class="stage">${rng.pick(LMB_STAGES)}</span></div>`;
    const owner = `${rng.pick(LMB_NICKS)}${rng.int(10, 999)}`;
    const ownerStage = rng.pick(LMB_STAGES);
    // Floors in the order they were posted: minutes from the expert's reply, the ones before it first.
    const moms = rng.int(1, 4);
    const liked = rng.chance(0.3) ? rng.int(0, moms - 1) : -1;
    const helper = rng.chance(0.35);
    const expertFirst = rng.chance(0.3);
    const beforeMoms = expertFirst ? 0 : rng.int(1, moms);
    const earlier = Array.from({ length: beforeMoms + (helper ? 1 : 0) }, () => -rng.int(10, 2880)).sort((a, b) => a - b);
    const afterwards = Array.from({ length: moms - beforeMoms }, () => rng.int(10, 4320)).sort((a, b) => a - b);
    const at = (minutes: number) => later(page.date!, page.time, minutes);
    type Part = { kind: 'mom' | 'helper' | 'expert'; render: (n: number) => string };
    const momPart = (i: number, minutes: number): Part => {
      const text = `<p>${esc(rng.pick(MOTHER_TEXTS))}</p>`;
      const head = mom();
      return { kind: 'mom', render: (n) => floor(n, head, text, at(minutes), i === liked ? '<span class="lmb-liked">楼主赞过</span>' : '') };
    };
    const parts: Part[] = [];
    if (helper)
      parts.push({ kind: 'helper', render: (n) => floor(n, `<div class="lmb-floor__who"><img class="av" src="https://img.lamabang.com/helper.png"><span class="nick">辣妈帮小帮手</span> <i class="lmb-off">官方</i></div>`, '<p>已邀请专家为你解答~ 有问题也可以继续在帖子里补充哦。</p>', at(earlier[0]!)) });
    for (let i = 0; i < beforeMoms; i++) parts.push(momPart(i, earlier[i + (helper ? 1 : 0)]!));
    parts.push({ kind: 'expert', render: (n) => floor(n, expertHead, expertText, [page.date!, page.time]) });
    for (let i = beforeMoms; i < moms; i++) parts.push(momPart(i, afterwards[i - beforeMoms]!));
    const follow = rng.chance(0.3);
    if (follow) {
      const upAt = (afterwards.at(-1) ?? 0) + rng.int(30, 1440);
      const replyAt = upAt + rng.int(20, 1440);
      const up = `<p>回复 ${esc(d.name!)}：${esc(rng.pick(FOLLOW_UPS))}</p>`;
      const ownerHead = `<div class="lmb-floor__who"><img class="av" src="https://img.lamabang.com/avatar/${token(rng, 10)}.jpg"><span class="nick">${owner}</span> <i class="lz">楼主</i></div>`;
      const reply = `<p>回复 ${owner}：${esc(rng.pick(FOLLOW_REPLIES))}</p>`;
      parts.push({ kind: 'mom', render: (n) => floor(n, ownerHead, up, at(upAt)) }, { kind: 'expert', render: (n) => floor(n, expertHead, reply, at(replyAt)) });
    }
    const expertFloor = parts.findIndex((p) => p.kind === 'expert') + 1;
    const ad = `<div class="lmb-ad"><span class="tag">广告</span> ${rng.pick(['孕妇奶粉 免费领取试用装', '待产包 限时5折', '婴儿纸尿裤 新客首单1元'])} <a href="https://ad.lamabang.com/c?${token(rng, 8)}">立即领取</a></div>`;
    const adAt = rng.int(1, parts.length);
    const floors = parts.map((p, i) => `${p.render(i + 1)}${i + 1 === adAt ? `\n${ad}` : ''}`).join('\n');
    const pin = rng.chance(0.4)
      ? `<div class="lmb-pin"><span class="lmb-pin__tag">专家已回复</span><p>${esc(cutSnippet(page.paragraphs[0]!, 30, 30, '…'))}</p><a href="#floor-${expertFloor}">查看完整回答</a></div>`
      : '';
    const own = rng.chance(0.4) ? `https://m.lamabang.com/post/${page.item.num}.html` : null;
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/post/${itemNum(r)}.html`;
    const dated = rng.chance(0.4);
    const printed = (r: Related) => cutSnippet(r.snippet, 34, 34, '…');
    const list = related.length
      ? `<div class="lmb-more"><h3>更多专家回答</h3>${related
          .map((r) => `<a class="lmb-more__item" href="${href(r)}"><p class="q">${esc(r.question)}</p><p class="a"><span>专家答：</span>${esc(printed(r))}</p><p class="m">${esc(personName(rng))} ${rng.pick(FEW_TITLES)} · ${dated ? r.date : md(r.date!)}</p></a>`)
          .join('\n')}</div>`
      : '';
    const posts = `<div class="lmb-posts"><h3>相关帖子</h3>${['晒晒我家宝宝的百天照', '孕晚期失眠的姐妹进来聊聊', '第一次给宝宝剪指甲好紧张'].map((t) => `<a href="/post/${rng.int(1000000, 9999999)}.html"><p>${t}</p><span>${rng.int(5, 900)}回复</span></a>`).join('')}</div>`;
    const ownerDay = dayOf(at((earlier[0] ?? 0) - rng.int(10, 1440)));
    const body = `<div class="lmb-open"><img src="https://img.lamabang.com/logo.png" alt="辣妈帮"> 打开辣妈帮，查看更多精彩 <a href="https://m.lamabang.com/download">打开</a></div>
<div class="lmb-post"><div class="lmb-post__hd"><img class="av" src="https://img.lamabang.com/avatar/${token(rng, 10)}.jpg"><span class="nick">${owner}</span> <span class="stage">${ownerStage}</span> <i class="lz">楼主</i> <span class="t">${ownerDay}</span></div><h1>${esc(page.question)}</h1><div class="lmb-post__bd"><p>${esc(rng.pick(ASKER_LINES))}</p></div><a class="topic" href="/topic/">#${esc(topicWord(page))}#</a></div>
${pin}
<div class="lmb-floors"><h3>全部回复(${parts.length})</h3>
${floors}
</div>
${rng.chance(0.5) ? `${list}\n${posts}` : `${posts}\n${list}`}
<div class="lmb-foot">辣妈帮 · 备孕怀孕育儿社区</div>`;
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1">\n${own ? `<meta property="og:url" content="${own}">\n` : ''}`;
    const html = documentOf(`${ask(page)} - 辣妈帮`, null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: !certified && graded ? d.hospital_grade : null },
        date: mode === 'full' || mode === 'cn' ? page.date : null,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, own, printed, dated),
      }),
    };
  },
};

export const FRESH78_FAMILIES: readonly Family[] = [gushengtangMingyiWenda, taikangJiankangWenyisheng, lifetimesZhuanjiaDayi, jiankangyunJiatingyishengZixun, arrailKouqiangWenda, lamabangZhuanjiaHuifu];
