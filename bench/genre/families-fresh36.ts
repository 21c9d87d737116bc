import type { Rng } from '../../kit/pages/rng.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import type { Family, Rendered } from './family.js';
import {
  DISCLAIMERS, ask, dayText, documentOf, formatWord, hm, otherName, plainCard, plainKey, relatedList, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';

/**
 * Thirty-third blind set (split `fresh-36`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose its own families, two modelled on kinds of real
 * page of the genre no earlier family covers (a doctor's video page on a 弹幕 video site; a symptom
 * checker's result page with a doctor's answer under it) and two on something real HTML does to one
 * (an answer pasted from Word with its tracked changes kept as `<del>` / `<ins>`; inline SVG icons
 * whose `<title>`s name every field they stand beside), from memory, no copied markup.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an item
 * is known by its address; hidden and non-rendered text is no text; a tooltip is no print of a value).
 * Where a careful person could hesitate, the key decides:
 * - danmaku-video: the video's title is the question and its 简介 the answer; the 弹幕 flying over
 *   the player and the 弹幕列表 (viewers' lines, their times in the video and the days they were sent)
 *   are viewers' words: none of the answer, and their days date nothing; the date is the 发布 day;
 *   format video on every page (the answer is the video the page plays, as live-replay keyed it);
 *   the related list prints no format (unknown), its days on half.
 * - symptom-checker: the checker's 可能的疾病 list (disease links, 匹配度, a line each) is an
 *   encyclopedia's entries, not questions answered by a doctor: no related items; the 推荐就诊科室 line
 *   is the checker's, not the card's; the symptoms the user ticked none of the question; the doctor's
 *   answer, card, date line and the 相关问答 list are keyed as usual.
 * - tracked-changes: the answer as revised: text inside `<ins>` is the answer's, text inside `<del>`
 *   (struck out on the page) is not, a paragraph wholly struck out is no paragraph; the revisions'
 *   `datetime` attributes and the 修订 note's reviser date nothing.
 * - svg-icon-titles: an inline SVG's `<title>` / `<desc>` is its accessible name (a tooltip), not
 *   printed: the labels 医生, 职称, 医院, 科室, 时间, 问, 答 … they carry are none of the values they stand
 *   beside; the sprite sheet at the top (`display:none`) is nothing; counters beside 点赞 / 收藏 icons
 *   are furniture. A format is printed only where its word is printed as text.
 */

// --- F1. danmaku-video ---

const DANMAKU = ['前排', '医生讲得好清楚', '学到了', '一键三连', '所以到底要不要吃药', '收藏了慢慢看', '我妈就是这样', '有没有同款的', '感谢科普', '弹幕护体', '终于有人讲明白了', '这个要挂什么科'];

/**
 * F1. A doctor's video on a 弹幕 video site (Bilibili kind), saved as HTML: the title (`<h1>` on
 * 70%, else a block) is the question; 播放 N · 弹幕 N · the 发布 day (labelled or bare, a time on
 * half); the player (a `<video>` with its poster, controls `00:00 / mm:ss`, 发送弹幕 box) with a
 * layer of 5–12 absolutely placed 弹幕 lines (one quoting the disease or a day: `{disease}的来了`,
 * `{year}年打卡`); the uploader's plain card (grade on 50%) with 关注 and 粉丝 N, before or after the
 * player; the 简介 (视频简介 / 简介 / 内容简介 head, on 30% folded by a 展开 link that hides nothing) with
 * the answer's paragraphs; on 40% a 弹幕列表 table (video time, line, the day it was sent 1–300 days
 * after the answer); an ordinary 相关问答 / 相关推荐 list (dated on half), 评论 N on 50%.
 */
const danmakuVideo: Family = {
  name: 'danmaku-video',
  split: 'fresh-36',
  site: 'www.yishi-shipin.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const disease = topicWord(page);
    const length = `${String(rng.int(1, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const lines = Array.from({ length: rng.int(5, 12) }, () =>
      rng.weighted([
        [rng.pick(DANMAKU), 6],
        [`${disease}的来了`, 1],
        [`${Number(page.date!.slice(0, 4)) + rng.int(0, 2)}年打卡`, 1],
      ] as const),
    );
    const layer = `<div${cls(rng)} style="position:absolute;top:0;left:0;right:0;pointer-events:none">${lines
      .map((l) => `<div${cls(rng)} style="position:absolute;top:${rng.int(0, 300)}px;transform:translateX(${rng.int(-200, 900)}px);color:#fff">${esc(l)}</div>`)
      .join('')}</div>`;
    const player = `<div${cls(rng)} style="position:relative">
<video src="/v/${token(rng, 12)}.mp4" poster="/v/${token(rng, 12)}.jpg" preload="none"></video>
${layer}
<div${cls(rng)}><span>00:00 / ${length}</span> <span>弹幕</span> <input type="text" placeholder="发个友善的弹幕见证当下"> <button>发送</button></div>
</div>`;
    const day = dayText(rng, page.date!, rng.chance(0.5) ? page.time : undefined);
    const stats = `<div${cls(rng)}><span>${rng.int(1, 900)}.${rng.int(0, 9)}万播放</span> · <span>${rng.int(10, 9000)}弹幕</span> · <span>${rng.pick(['发布于 ', '', '发布时间：'])}${day}</span></div>`;
    const card = `<div${cls(rng)}>${plainCard(rng, page, gradeShown)}<div${cls(rng)}><button>+ 关注</button> <span>粉丝 ${rng.int(1, 300)}.${rng.int(0, 9)}万</span></div></div>`;
    const folded = rng.chance(0.3);
    const intro = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['视频简介', '简介', '内容简介'])}</h3><div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${folded ? `<a href="javascript:;"${cls(rng)}>展开</a>` : ''}</div>`;
    const dmList = rng.chance(0.4)
      ? `<div${cls(rng)}><h4>弹幕列表</h4><table${cls(rng)}><tr><th>时间</th><th>弹幕内容</th><th>发送时间</th></tr>${lines
          .map((l) => `<tr><td>${String(rng.int(0, 5)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</td><td>${esc(l)}</td><td>${dayText(rng, shift(page.date!, rng.int(1, 300)))} ${hm(rng)}</td></tr>`)
          .join('')}</table></div>`
      : '';
    const title = rng.chance(0.7) ? `<h1${cls(rng)}>${esc(page.question)}</h1>` : `<div${cls(rng)}>${esc(page.question)}</div>`;
    const comments = rng.chance(0.5) ? `<div${cls(rng)}>评论 ${rng.int(10, 3000)}</div>` : '';
    const main = rng.chance(0.5) ? `${title}\n${stats}\n${player}\n${card}` : `${card}\n${title}\n${stats}\n${player}`;
    const body = `<div${cls(rng)}><a href="/">医视频</a> <a href="/channel/health">健康</a> <input type="search" placeholder="搜索"> <a href="/login">登录</a></div>
${wrap(rng, `${main}\n${intro}\n${dmList}`)}
${comments}
${relatedList(rng, page.related, datedItems, ['相关问答', '相关推荐', '大家还在问'])}
<div${cls(rng)}>© 2024 医视频</div>`;
    const html = documentOf(`${page.question}_哔哩医视频`, page.canonical, '<meta property="og:type" content="video">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown, printFormat: false, datedItems }), format: 'video' },
    };
  },
};

// --- F2. symptom-checker ---

const CHECKER_DEPARTMENTS = ['全科', '神经内科', '消化内科', '呼吸内科', '皮肤科', '普通内科'];

/**
 * F2. A symptom checker's result page (百度健康 / 丁香 自查 kind) with a doctor's answer under it: the
 * ticked symptoms as chips (自查症状：…); 可能的疾病: up to 4 disease links (`/jibing/N/`), each with
 * 匹配度 N% and a line of description, in a `<ul>` (70%) or a table; 推荐就诊科室： a department
 * (the checker's); then 医生解读 / 医生回答: the question (`<h2>` or a bold block), a plain card
 * (grade on 60%), the date line (format word on 40%), the answer, a disclaimer; the checker before
 * (60%) or after the doctor's part; an ordinary related list (dated on half).
 */
const symptomChecker: Family = {
  name: 'symptom-checker',
  split: 'fresh-36',
  site: 'www.zicha-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const topic = TOPICS.find((t) => t.disease === topicWord(page)) ?? rng.pick([...TOPICS]);
    const chips = topic.symptoms.slice(0, rng.int(2, 4)).map((s) => `<span${cls(rng)}>${esc(s)}</span>`).join(' ');
    const diseases = [topic, ...Array.from({ length: rng.int(2, 3) }, () => rng.pick([...TOPICS]))].filter((t, i, all) => all.findIndex((u) => u.disease === t.disease) === i);
    const line = (t: (typeof TOPICS)[number]) => `${t.disease}多与${t.part}有关，常见表现有${t.symptoms.slice(0, 2).join('、')}等，建议到${t.department}就诊。`;
    // Matches fall down the list: the first disease the likeliest.
    const rows: { t: (typeof TOPICS)[number]; m: number }[] = [];
    for (const t of diseases) rows.push({ t, m: Math.max(10, (rows.at(-1)?.m ?? rng.int(75, 99)) - rng.int(5, 25)) });
    const results = rng.chance(0.7)
      ? `<ul${cls(rng)}>${rows.map(({ t, m }) => `<li${cls(rng)}><a href="/jibing/${t.disease.length * 37 + m}/"${cls(rng)}>${esc(t.disease)}</a><span${cls(rng)}>匹配度 ${m}%</span><p${cls(rng)}>${esc(line(t))}</p></li>`).join('\n')}</ul>`
      : `<table${cls(rng)}><tr><th>疾病</th><th>匹配度</th><th>说明</th></tr>${rows.map(({ t, m }) => `<tr><td><a href="/jibing/${t.disease.length * 37 + m}/">${esc(t.disease)}</a></td><td>${m}%</td><td>${esc(line(t))}</td></tr>`).join('')}</table>`;
    const checker = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['自查结果', '症状自查结果', 'AI自查结果'])}</h3>
<div${cls(rng)}>自查症状：${chips}</div>
<div${cls(rng)}><h4${cls(rng)}>可能的疾病</h4>${results}</div>
<div${cls(rng)}>推荐就诊科室：<b>${rng.pick(CHECKER_DEPARTMENTS)}</b></div>
<p${cls(rng)}>自查结果由系统根据您选择的症状生成，仅供参考。</p></div>`;
    const question = rng.chance(0.5) ? `<h2${cls(rng)}>${esc(page.question)}</h2>` : `<div${cls(rng)}><b>${esc(page.question)}</b></div>`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const doctor = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['医生解读', '医生回答', '专业医生解答'])}</h3>
${question}
${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p></div>`;
    const body = `<div${cls(rng)}><a href="/">自查问医</a> <a href="/zicha/">症状自查</a> <a href="/ask/">问医生</a></div>
${wrap(rng, rng.chance(0.6) ? `${checker}\n${doctor}` : `${doctor}\n${checker}`)}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 自查问医</div>`;
    const html = documentOf(`${ask(page)}_症状自查_自查问医`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. tracked-changes ---

const STRUCK_PHRASES = ['一般不需要特别处理。', '可以自行购买抗生素服用。', '这种情况多数是癌症的表现。', '建议立即手术。', '不用复查。'];
const STRUCK_WORDS = ['肯定', '必须', '完全', '立刻', '绝对'];
const STRUCK_PARAGRAPHS = ['（此处待补充用药剂量，请核对后再发布。）', '以下内容引自网络，仅作参考，请勿照搬。', '编辑备注：本段与上文重复，发布前删除。'];

/**
 * F3. A hospital column whose answer was pasted from Word with 修订 (tracked changes) on, so the
 * revisions stay in the HTML as `<ins>` / `<del>` (with `cite="mailto:…"` and a `datetime` 1–30 days
 * after the answer's day), wrapped in `<span class=msoIns>` / `<span class=msoDel>` with Word's
 * `<style>` on half the pages; a stylesheet showing `del` struck out in red and `ins` underlined.
 * Each page has 1–4 revisions among: a phrase inserted (a run of the answer's text in `<ins>`), a
 * sentence deleted (`<del>` after a `。`), a word replaced (`<del>` word then `<ins>` the answer's
 * word), a whole paragraph struck out (its own `<p>`); a `本文经 … 修订` note on 40%. Plain card (grade
 * on 60%), date line (format on 40%), related list (dated on half).
 */
const trackedChanges: Family = {
  name: 'tracked-changes',
  split: 'fresh-36',
  site: 'www.yiyuan-zhuanlan.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const mso = rng.chance(0.5);
    const author = rng.pick(['Administrator', 'user', 'dell', 'lenovo', 'HP']);
    const stamp = () => `${shift(page.date!, rng.int(1, 30))}T${hm(rng)}:00`;
    const mark = (tag: 'ins' | 'del', html: string) => {
      const m = `<${tag} cite="mailto:${author}" datetime="${stamp()}">${html}</${tag}>`;
      return mso ? `<span class=${tag === 'ins' ? 'msoIns' : 'msoDel'}>${m}</span>` : m;
    };
    // One revision per chosen paragraph: each keeps the paragraph's revised text equal to the answer's.
    const revise = (p: string): string => {
      const chars = Array.from(p);
      const kind = rng.pick(['insert', 'delete', 'replace'] as const);
      if (kind === 'delete') {
        const stops = chars.flatMap((c, i) => (c === '。' ? [i + 1] : []));
        const at = stops.length ? rng.pick(stops) : chars.length;
        return `${esc(chars.slice(0, at).join(''))}${mark('del', esc(rng.pick(STRUCK_PHRASES)))}${esc(chars.slice(at).join(''))}`;
      }
      if (chars.length < 6) return esc(p);
      const len = kind === 'insert' ? rng.int(4, Math.min(12, chars.length - 1)) : rng.int(2, Math.min(4, chars.length - 1));
      const start = rng.int(0, chars.length - len);
      const run = esc(chars.slice(start, start + len).join(''));
      const before = esc(chars.slice(0, start).join(''));
      const after = esc(chars.slice(start + len).join(''));
      return kind === 'insert' ? `${before}${mark('ins', run)}${after}` : `${before}${mark('del', esc(rng.pick(STRUCK_WORDS)))}${mark('ins', run)}${after}`;
    };
    const count = rng.int(1, Math.min(3, page.paragraphs.length));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(rng.int(0, page.paragraphs.length - 1));
    const paragraphs = page.paragraphs.map((p, i) => `<p${mso ? ' class=MsoNormal' : ''}>${chosen.has(i) ? revise(p) : esc(p)}</p>`);
    if (rng.chance(0.4)) paragraphs.splice(rng.int(1, paragraphs.length), 0, `<p${mso ? ' class=MsoNormal' : ''}>${mark('del', esc(rng.pick(STRUCK_PARAGRAPHS)))}</p>`);
    const style = `<style>del{color:#c00;text-decoration:line-through}ins{color:#06c;text-decoration:underline}${mso ? '\nspan.msoIns{mso-style-type:export-only;mso-style-name:"";text-decoration:underline;}\nspan.msoDel{mso-style-type:export-only;mso-style-name:"";text-decoration:line-through;color:red;}\np.MsoNormal{margin:0cm;font-size:10.5pt;font-family:等线;}' : ''}</style>\n`;
    const note = rng.chance(0.4) ? `<p${cls(rng)}>本文经${rng.pick(['医务部', '宣传科', '编辑部'])}${otherName(rng)}于${dayText(rng, shift(page.date!, rng.int(1, 30)))}修订</p>` : '';
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const body = `<div${cls(rng)}><a href="/">医院专栏</a> &gt; <a href="/zhuanlan/">健康问答</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${paragraphs.join('\n')}</div>\n${note}`)}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 医院专栏 ${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${page.question} - 医院专栏`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. svg-icon-titles ---

/**
 * F4. A mobile page drawn with inline SVG icons, each carrying its accessible name as a `<title>`
 * (and a `<desc>` on 30%) — `<svg class="icon"><title>医院</title><use href="#i-hosp"></use></svg>` —
 * before the name (医生), title (职称), hospital (医院), department (科室), grade (等级, on 50%), the date
 * (时间 / 发布时间) and, where printed (40%), the format word (its own word as the title); before every
 * related item's question (问), snippet (答) and day (时间, dated on half); 点赞 / 收藏 / 分享 icons with
 * counts; the sprite sheet of `<symbol>`s with their own titles (`display:none`) at the top of the
 * body on 50%; `aria-hidden="true"` on half the icons. Card fields as spans, one a line (60%) or in
 * one line.
 */
const svgIconTitles: Family = {
  name: 'svg-icon-titles',
  split: 'fresh-36',
  site: 'm.tubiao-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const withDesc = rng.chance(0.3);
    const icon = (title: string, id: string) =>
      `<svg${cls(rng)} viewBox="0 0 24 24" width="14" height="14"${rng.chance(0.5) ? ' aria-hidden="true"' : ''}><title>${title}</title>${withDesc ? `<desc>${title}图标</desc>` : ''}<use href="#i-${id}"></use></svg>`;
    const field = (title: string, id: string, value: string) => `<span${cls(rng)}>${icon(title, id)}${rng.pick(['', ' '])}${value}</span>`;
    const ids = ['doc', 'title', 'hosp', 'dept', 'grade', 'time', 'q', 'a', 'like', 'star', 'share'];
    const sprite = rng.chance(0.5)
      ? `<svg style="display:none" xmlns="http://www.w3.org/2000/svg">${ids.map((id) => `<symbol id="i-${id}" viewBox="0 0 24 24"><title>${id}</title><path d="M${rng.int(1, 9)} ${rng.int(1, 9)}h${rng.int(5, 14)}v${rng.int(5, 14)}z"/></symbol>`).join('')}</svg>`
      : '';
    const fields = [
      field('医生', 'doc', `<b>${esc(d.name!)}</b>`),
      field('职称', 'title', d.title!),
      field('医院', 'hosp', esc(d.hospital!)),
      ...(gradeShown ? [field('等级', 'grade', d.hospital_grade!)] : []),
      field('科室', 'dept', esc(d.department!)),
    ];
    const card = rng.chance(0.6) ? `<div${cls(rng)}>${fields.map((f) => `<div${cls(rng)}>${f}</div>`).join('')}</div>` : `<div${cls(rng)}>${fields.join(' ')}</div>`;
    const format = printFormat ? (() => {
      const w = formatWord(rng, page.format);
      return ` ${field(w, 'fmt', w)}`;
    })() : '';
    const when = `<div${cls(rng)}>${field(rng.pick(['时间', '发布时间', '日期']), 'time', dayText(rng, page.date!, page.time))}${format}</div>`;
    const actions = `<div${cls(rng)}>${field('点赞', 'like', String(rng.int(0, 999)))} ${field('收藏', 'star', String(rng.int(0, 300)))} ${field('分享', 'share', '分享')}</div>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问答', '相关推荐', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map(
            (r) =>
              `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${icon('问', 'q')}${esc(r.question)}</a><p${cls(rng)}>${icon('答', 'a')}${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${icon('时间', 'time')}${r.date}</span>` : ''}</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const body = `${sprite}
<div${cls(rng)}><a href="/">图标问答</a> <a href="/search">${icon('搜索', 'search')}</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n${actions}`)}
${list}
<div${cls(rng)}>© 2024 图标问答</div>`;
    const html = documentOf(`${page.question}-图标问答`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. include-bom ---

/**
 * F5. A PHP site whose template is put together from include files each saved with a UTF-8 BOM
 * (Notepad's habit): the response starts with one BOM (the encoding's sign), and every later
 * include's BOM stands in the document as U+FEFF — before the doctype on 40% (a config include that
 * outputs nothing but its BOM: the doctype, `<html>` and the head's `<meta>` / `<title>` are then
 * read inside the body, in quirks mode), and before the card, the date line, the answer, the related
 * list and the footer includes (each on 70%), with the blank lines the includes leave; the charset
 * `<meta>` on 80%, else the page is UTF-8 by its first BOM alone. The page itself ordinary: `<h1>`,
 * plain card (grade on 60%), date line (format word on 40%), answer, disclaimer, related list (dated
 * on half).
 */
const includeBom: Family = {
  name: 'include-bom',
  split: 'fresh-36',
  site: 'www.baohan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const BOM = '\uFEFF';
    const include = (html: string) => `${rng.chance(0.7) ? BOM : ''}${html}${rng.pick(['\n', '\r\n', '\n\n'])}`;
    const charset = rng.chance(0.8) ? '<meta charset="utf-8">' : '';
    const head = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${charset}\n<title>${esc(page.question)}_包含问答</title>\n<link rel="canonical" href="${page.canonical}">\n</head>\n<body>\n`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`;
    const parts = rng.chance(0.5) ? [card, when] : [when, card];
    const html =
      (rng.chance(0.4) ? BOM : '') +
      head +
      `<div${cls(rng)}><a href="/">包含问答</a> <a href="/ask/">问医生</a></div>\n<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1>\n` +
      parts.map(include).join('') +
      include(answer) +
      '</div>\n' +
      include(relatedList(rng, page.related, datedItems)) +
      include(`<div${cls(rng)}>© 2024 包含问答 <a href="/about/">关于我们</a></div>`) +
      '</body>\n</html>';
    return { body: Buffer.from(BOM + html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. tv-program ---

const SHOWS = ['健康大讲堂', '名医在线', '健康之路', '养生有道', '百姓健康'];

/**
 * F6. A TV health programme's episode page (a provincial station's 健康栏目 kind): the `<h1>` is the
 * episode's title (`《show》20230506：{disease}怎么办`, `show 第N期：{disease}的防与治`); 栏目 / 期数 /
 * 首播 (播出时间) day with a time on half / 重播 a day 1–3 later on 50% / 时长; the player; 本期嘉宾 a plain
 * card (grade on 50%) and 主持人 another name on 80%; a 内容提要 sentence naming the guest and the
 * disease on 50%; then 观众提问 / 本期问题 / 热线提问 the question and 嘉宾解答 / `name：` the answer; a 往期节目
 * list of 3–5 earlier episodes (links, titles, 播出 days a week apart) on 60%; an ordinary 相关问答 list
 * (dated on half).
 */
const tvProgram: Family = {
  name: 'tv-program',
  split: 'fresh-36',
  site: 'tv.jiankang-lanmu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const show = rng.pick(SHOWS);
    const disease = topicWord(page);
    const number = rng.int(200, 3000);
    const ymd = page.date!.replace(/-/g, '');
    const title = rng.pick([`《${show}》${ymd}：${disease}怎么办`, `${show} 第${number}期：${disease}的防与治`, `《${show}》第${number}期 名医谈${disease}`]);
    const host = otherName(rng);
    const info = `<div${cls(rng)}><span>栏目：${show}</span> <span>期数：第${number}期</span> <span>${rng.pick(['首播：', '播出时间：'])}${dayText(rng, page.date!, rng.chance(0.5) ? page.time : undefined)}</span>${
      rng.chance(0.5) ? ` <span>重播：${dayText(rng, shift(page.date!, rng.int(1, 3)))} ${hm(rng)}</span>` : ''
    } <span>时长：${rng.int(20, 45)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>`;
    const player = `<div${cls(rng)}><video src="/tv/${token(rng, 10)}.mp4" poster="/tv/${token(rng, 10)}.jpg"></video><a href="javascript:;"${cls(rng)}>▶ 播放</a></div>`;
    const guest = `<div${cls(rng)}><h3${cls(rng)}>本期嘉宾</h3>${plainCard(rng, page, gradeShown)}${rng.chance(0.8) ? `<p${cls(rng)}>主持人：${esc(host)}</p>` : ''}</div>`;
    const summary = rng.chance(0.5) ? `<div${cls(rng)}><h3${cls(rng)}>内容提要</h3><p>本期节目邀请${esc(d.hospital!)}${esc(d.department!)}${esc(d.name!)}${d.title}，为您讲解${esc(disease)}的防治知识。</p></div>` : '';
    const qa = `<div${cls(rng)}><div${cls(rng)}><b>${rng.pick(['观众提问：', '本期问题：', '热线提问：'])}</b>${esc(page.question)}</div>
<div${cls(rng)}><b>${rng.pick(['嘉宾解答：', `${esc(d.name!)}：`, '专家解答：'])}</b></div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>`;
    const episodes = rng.chance(0.6)
      ? `<div${cls(rng)}><h3${cls(rng)}>往期节目</h3><ul${cls(rng)}>${Array.from({ length: rng.int(3, 5) }, (_, k) => {
          const day = shift(page.date!, -7 * (k + 1));
          const topic = rng.pick([...TOPICS]).disease;
          return `<li${cls(rng)}><a href="/tv/${number - k - 1}.html">《${show}》${day.replace(/-/g, '')}：${esc(topic)}${rng.pick(['怎么办', '的防与治', '早知道'])}</a><span${cls(rng)}>${dayText(rng, day)}</span></li>`;
        }).join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">健康栏目</a> &gt; <a href="/show/">${show}</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(title)}</h1>\n${info}\n${player}\n${guest}\n${summary}\n${qa}`)}
${episodes}
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 健康栏目 ${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${title}_${show}_健康栏目`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: { ...plainKey(page, { gradeShown, printFormat: false, datedItems }), format: 'video' } };
  },
};

export const FRESH36_FAMILIES: readonly Family[] = [danmakuVideo, symptomChecker, tvProgram, trackedChanges, svgIconTitles, includeBom];
