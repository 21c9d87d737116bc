import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, dayText, documentOf, hm, hospitalWithGrade, otherName, personName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fortieth fresh held-out set (split `fresh-43`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose its own families, each modelled on the general
 * shape of a kind of real page of the genre, or of something real saved HTML does to one (from
 * memory, no copied markup), that no earlier family covers: three other kinds of page — a health
 * app's or hospital's 健康知识答题 (a multiple-choice question with a 专家解析), a popular-medicine
 * magazine's 专家答读者问 column on its website, a doctors' community (病例求助) thread where the
 * asker is a doctor with a card of their own —, three faults of rendering — a visible tiled
 * anti-leak watermark laid over the page, a page saved after an animate-on-scroll library hid the
 * blocks below the fold until scrolled to, headings and names drawn twice for a layered effect.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - quiz-explainer: the question is the quiz's stem without its `【单选题】` / `第N题` labels; the
 *   options, the `正确答案：B` line, the 答对率 / 参与 counters are none of the answer; the answer is
 *   the 专家解析 (its `解析：` label none of it), the card the 解析 expert's; the date the 出题 / 发布
 *   day where printed (null otherwise); no format word: unknown; the 往期题目 are the related items,
 *   their `解析：` label none of the snippet.
 * - magazine-qa: the card is the byline's (`□ hospital department title name`, `文/name（…）`, or an
 *   `作者单位：100xxx hospital department` footnote — the postcode none of the hospital); magazines
 *   print no grade: null; the reader's letter (`…读者李女士问：`) holds the question, its other lines
 *   none of the answer; `答：` none of the answer; the issue (`2023年第5期`) names a month, no day:
 *   the date is the web 发布时间 where printed, null otherwise; the 本期目录 articles are navigation:
 *   no items; the 相关问答 list is the related items.
 * - peer-consult: the answering expert's card, reply and reply day are the page's; the asking doctor's
 *   card (same markup), the case description and its day, and a later member's thanks are none of it;
 *   the board's tag (`【求助】`, `[病例讨论]`) is none of the question.
 * - visible-watermark: the tiled watermark copies (`站名 用户138****5678 2024-03-12 10:22`, faint,
 *   rotated, `pointer-events:none`) are an overlay, none of any field, wherever in the markup they
 *   stand (after the body, before it, or between the answer's paragraphs); their day dates nothing.
 * - scroll-reveal: blocks an animate-on-scroll library (WOW.js, AOS, a site's own `.reveal`) holds
 *   hidden until scrolled to (`visibility: hidden; animation-name: none`, `aos-init` without
 *   `aos-animate`, `.reveal` without `.active`) are shown as the reader scrolls: keyed as printed.
 * - layered-text: a text drawn twice for a shadow, stroke or echo effect (a copy positioned over or
 *   under it, `aria-hidden` on most pages) reads once: the question, the name, the headings.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

type Related = TruthPage['related'][number];

const paragraphsOf = (paragraphs: readonly string[], one: (p: string, i: number) => string) => paragraphs.map((p, i) => `<p>${one(p, i)}</p>`).join('');

/** The key's related items: no format, the day where the list prints it. */
const itemsKey = (page: TruthPage, dated: boolean) => relatedWith(page, (e) => ({ format: 'unknown', date: dated ? e.date : null }));

// --- F1. quiz-explainer ---

const RIGHT_OPTIONS = ['遵医嘱规范治疗，定期复查', '及时就医，明确原因后对症处理', '在医生指导下调整生活方式并观察'];
const WRONG_OPTIONS = ['症状缓解后即可自行停药', '多喝热水，无需就医', '自行购买抗生素服用', '只需调整饮食，不必用药', '尽快手术治疗', '坚持服用偏方', '拖一拖，观察一个月再说'];

/**
 * F1. A health app's or a hospital's 健康知识答题 page (每日一题 / 健康知识竞赛): the quiz's head
 * (`第N题` on half), the stem (the question; `【单选题】` before it on 40%) in an `<h1>` or a div, four
 * options (`A.`, `A、`, `(A)`; inputs or a list), the `正确答案：B` line, 答对率 and 参与人数 counters,
 * then the 专家解析 (heading or `【解析】`; `解析：` before the first paragraph on 30%) with the
 * expert's plain card before or after the heading (grade on 50%), the 出题 / 发布 day on 70%, and a
 * 往期题目 list (the related items: question, `解析：` before the snippet on half, dated on half).
 */
const quizExplainer: Family = {
  name: 'quiz-explainer',
  split: 'fresh-43',
  site: 'dati.jiankang-zhishi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const dated = rng.chance(0.7);
    const datedItems = rng.chance(0.5);
    const letters = ['A', 'B', 'C', 'D'];
    const right = rng.int(0, 3);
    const options = rng.shuffle(WRONG_OPTIONS).slice(0, 3);
    options.splice(right, 0, rng.pick(RIGHT_OPTIONS));
    const optStyle = rng.pick(['dot', 'comma', 'paren', 'input'] as const);
    const option = (o: string, i: number) => {
      const l = letters[i]!;
      if (optStyle === 'input') return `<label${cls(rng)}><input type="radio" name="opt" value="${l}"> ${l}. ${esc(o)}</label>`;
      return `<li${cls(rng)}>${optStyle === 'dot' ? `${l}. ` : optStyle === 'comma' ? `${l}、` : `(${l}) `}${esc(o)}</li>`;
    };
    const optionsHtml = optStyle === 'input' ? `<div${cls(rng)}>${options.map(option).join('<br>')}</div>` : `<ul${cls(rng)}>${options.map(option).join('')}</ul>`;
    const tag = rng.chance(0.4) ? rng.pick(['【单选题】', '[单选]', '单选题：']) : '';
    const head = rng.chance(0.5) ? `<div${cls(rng)}>${rng.pick(['每日健康一题', '健康知识答题', '健康知识竞赛'])} · 第${rng.int(12, 480)}题</div>` : `<div${cls(rng)}>${rng.pick(['每日健康一题', '健康知识答题'])}</div>`;
    const stemTag = rng.pick(['h1', 'div', 'h2']);
    const stem = `<${stemTag}${cls(rng)}>${tag}${esc(page.question)}</${stemTag}>`;
    const answerLine = `<div${cls(rng)}>${rng.pick(['正确答案：', '答案：', '参考答案：'])}<b>${letters[right]}</b>${rng.chance(0.5) ? ` <span${cls(rng)}>答对率 ${rng.int(21, 88)}%</span>` : ''}</div>`;
    const stats = rng.chance(0.6) ? `<div${cls(rng)}>已有 ${rng.int(1200, 98000).toLocaleString('en-US')} 人参与答题</div>` : '';
    const labelled = rng.chance(0.3);
    const explain = paragraphsOf(page.paragraphs, (p, i) => (i === 0 && labelled ? `解析：${esc(p)}` : esc(p)));
    const heading = `<h3${cls(rng)}>${rng.pick(['专家解析', '【解析】', '答案解析', '医生解读'])}</h3>`;
    const card = plainCard(rng, page, gradeShown);
    const day = dated ? `<div${cls(rng)}>${rng.pick(['出题时间：', '发布于 ', '发布时间：'])}${dayText(rng, page.date!, page.time)}</div>` : '';
    const cardFirst = rng.chance(0.5);
    const snippetLabel = rng.chance(0.5);
    const items = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['往期题目', '更多题目', '相关题目'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${snippetLabel ? '解析：' : ''}${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">健康答题</a> <a href="/rank">排行榜</a> <a href="/my">我的</a></div>
${wrap(rng, `${head}\n${stem}\n${optionsHtml}\n<button${cls(rng)}>提交答案</button>\n${answerLine}\n${stats}\n<div${cls(rng)}>${cardFirst ? `${card}\n${heading}` : `${heading}\n${card}`}\n<div${cls(rng)}>${explain}</div>\n${day}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${items}`;
    const html = documentOf(`${page.question} - 健康知识答题`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null }, date: dated ? page.date : null, format: 'unknown', related: itemsKey(page, datedItems) }),
    };
  },
};

// --- F2. magazine-qa ---

const MAGAZINES = ['健康之友', '家庭保健', '大众养生', '百姓健康', '医药与生活'];
const PLACES = ['浙江杭州', '山东济南', '河南郑州', '四川成都', '湖北武汉', '江苏南京'];

/**
 * F2. A popular-medicine magazine's website, its 专家答读者问 / 健康信箱 column: the issue line
 * (`《刊名》2023年第5期`, 总第N期 on half), the `<h1>` the question (60%) or the column's title, the
 * byline (`□ hospital department title name`, `文/name（hospital department title）`, or
 * `作者：name title` with an `作者单位：postcode hospital department` footnote after the answer), the
 * reader's letter (`浙江杭州读者李女士问：` or `读者王某（…）来信：` over the question, the letter's
 * other line after it), the answer (`答：` before its first paragraph on 60%, or a `name答：` line),
 * 发布时间 on 60%, a 本期目录 box of the issue's articles and a 相关问答 list (dated on half).
 */
const magazineQa: Family = {
  name: 'magazine-qa',
  split: 'fresh-43',
  site: 'www.jiankang-zhiyou-zazhi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const dated = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const mag = rng.pick(MAGAZINES);
    const year = Number(page.date!.slice(0, 4));
    const month = Number(page.date!.slice(5, 7));
    const issue = `<div${cls(rng)}>《${mag}》${year}年第${month}期${rng.chance(0.5) ? `（总第${rng.int(300, 700)}期）` : ''} · ${rng.pick(['专家答读者问', '健康信箱', '读者来信'])}</div>`;
    const h1 = rng.chance(0.6) ? esc(page.question) : rng.pick(['读者来信选登', '专家信箱', '专家答读者问']);
    const byKind = rng.pick(['box', 'wen', 'footnote'] as const);
    const byline =
      byKind === 'box'
        ? `<p${cls(rng)}>□ ${esc(d.hospital!)}${esc(d.department!)} ${d.title} ${esc(d.name!)}</p>`
        : byKind === 'wen'
          ? `<p${cls(rng)}>文/${esc(d.name!)}（${esc(d.hospital!)}${esc(d.department!)}${d.title}）</p>`
          : `<p${cls(rng)}>作者：${esc(d.name!)} ${d.title}</p>`;
    const footnote = byKind === 'footnote' ? `<p${cls(rng)}>（作者单位：${rng.int(100000, 830000)} ${esc(d.hospital!)}${esc(d.department!)}）</p>` : '';
    const reader = rng.chance(0.5)
      ? `${rng.pick(PLACES)}读者${rng.pick(['李', '王', '张', '刘', '陈'])}${rng.pick(['女士', '先生'])}问：`
      : `读者${rng.pick(['李', '王', '张', '刘', '陈'])}某（${rng.pick(PLACES)}）来信：`;
    const letter = `<div${cls(rng)}><p><b>${reader}</b></p><p>${esc(page.question)}</p><p>${rng.pick(ASKER_LINES)}</p></div>`;
    const answerStyle = rng.chance(0.6) ? 'prefix' : 'line';
    const answer = `${answerStyle === 'line' ? `<p><b>${rng.pick([`${esc(d.name!)}答：`, '专家答：', '专家解答：'])}</b></p>` : ''}${paragraphsOf(page.paragraphs, (p, i) => (i === 0 && answerStyle === 'prefix' ? `<b>答：</b>${esc(p)}` : esc(p)))}`;
    const when = dated ? `<span${cls(rng)}>发布时间：${dayText(rng, page.date!, page.time)}</span> ` : '';
    const info = `<div${cls(rng)}>${when}<span${cls(rng)}>来源：《${mag}》</span> <span${cls(rng)}>浏览：${rng.int(200, 9000)}</span></div>`;
    const topic = topicWord(page);
    const contents = `<div${cls(rng)}><h4>本期目录</h4><ul${cls(rng)}>${[`警惕${topic}的这些信号`, `${topic}患者的饮食指南`, '换季养生正当时', '老年人用药五注意', '体检报告怎么看']
      .slice(0, rng.int(3, 5))
      .map((t) => `<li><a href="/qikan/${year}${String(month).padStart(2, '0')}/${rng.int(10, 99)}.html">${esc(t)}</a></li>`)
      .join('')}</ul></div>`;
    const article = `<h1${cls(rng)}>${h1}</h1>\n${info}\n${byline}\n${letter}\n<div${cls(rng)}>${answer}</div>\n${footnote}`;
    const body = `<div${cls(rng)}><a href="/">${mag}</a> <a href="/qikan/">过刊浏览</a> <a href="/dingyue/">杂志订阅</a></div>
${issue}
${rng.chance(0.5) ? `${wrap(rng, article)}\n${contents}` : `${contents}\n${wrap(rng, article)}`}
${relatedList(rng, page.related, datedItems, ['相关问答', '相关阅读问答', '读者还问了'])}
<div${cls(rng)}>《${mag}》杂志社 版权所有 未经许可不得转载</div>`;
    const html = documentOf(`${rng.chance(0.5) ? page.question : h1}_《${mag}》`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: null }, date: dated ? page.date : null, format: 'unknown', related: itemsKey(page, datedItems) }),
    };
  },
};

// --- F3. peer-consult ---

const COUNTIES = ['临泉县', '寿光市', '仁怀市', '滕州市', '邳州市', '宜良县', '桐城市'];
const ASKER_DEPTS = ['内科', '全科', '急诊科', '普外科', '儿科'];

/** A forum post's user column: name, title, department and hospital (grade where given). */
const userColumn = (rng: Rng, name: string, title: string, department: string, hospital: string, grade: string | null) =>
  rng.pick([
    `<div${cls(rng)}><a href="/u/${token(rng, 6)}"${cls(rng)}>${esc(name)}</a><p${cls(rng)}>${title}</p><p${cls(rng)}>${esc(department)}</p><p${cls(rng)}>${hospitalWithGrade(rng, hospital, grade)}</p></div>`,
    `<div${cls(rng)}><b>${esc(name)}</b> <span${cls(rng)}>${title}</span><br><span${cls(rng)}>${hospitalWithGrade(rng, hospital, grade)} ${esc(department)}</span></div>`,
  ]);

/**
 * F3. A doctors' community (医生站, 丁香园 / 医脉通-style) 病例求助 thread: the title (the question;
 * a board tag `【求助】` / `[病例讨论]` before it on 60%), the first post by a county hospital's doctor
 * with a user column of their own (name, title, department, hospital) and the case (`患者女，45岁。`
 * and a line) under `发表于` a day 0–3 before; then the invited expert's reply (`特邀专家回复` /
 * `专家解答` / `最佳回复`, floor 2), the expert's user column in the same markup (grade on 50%), the
 * answer, `发表于` its day; a member's thanks as floor 3 on 50% (its own column and day); a 相关讨论
 * list dated on half.
 */
const peerConsult: Family = {
  name: 'peer-consult',
  split: 'fresh-43',
  site: 'bbs.yisheng-huzhu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const tag = rng.chance(0.6) ? rng.pick(['【求助】', '[病例讨论]', '【临床求助】', '求助：']) : '';
    const asker = personName(rng, d.name!);
    const askerHospital = `${rng.pick(COUNTIES)}${rng.pick(['人民医院', '中医院', '第二人民医院'])}`;
    const askerCol = userColumn(rng, asker, rng.pick(['住院医师', '主治医师', '医师']), rng.pick(ASKER_DEPTS), askerHospital, null);
    const posted = (iso: string, time: string) => `<div${cls(rng)}>${rng.pick(['发表于 ', '发布于 ', ''])}${dayText(rng, iso, time)}</div>`;
    const floor = (n: number, col: string, inner: string) =>
      `<div${cls(rng)} id="post_${rng.int(100000, 999999)}"><div${cls(rng)}>${col}</div><div${cls(rng)}><span${cls(rng)}>${n}楼</span>${inner}</div></div>`;
    const caseText = `<p>患者${rng.pick(['男', '女'])}，${rng.int(18, 80)}岁。${rng.pick(ASKER_LINES)}</p><p>${rng.pick(['请各位老师指点。', '求助各位老师，谢谢！', '望专家解答。'])}</p>`;
    const first = floor(1, askerCol, `${posted(shift(page.date!, -rng.int(0, 3)), hm(rng))}<div${cls(rng)}>${caseText}</div>`);
    const expertCol = userColumn(rng, d.name!, d.title!, d.department!, d.hospital!, gradeShown ? d.hospital_grade : null);
    const badge = `<span${cls(rng)}>${rng.pick(['特邀专家回复', '专家解答', '最佳回复'])}</span>`;
    const reply = floor(2, expertCol, `${badge}${posted(page.date!, page.time)}<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`);
    const thanks = rng.chance(0.5)
      ? floor(3, userColumn(rng, otherName(rng), '医师', rng.pick(ASKER_DEPTS), `${rng.pick(COUNTIES)}人民医院`, null), `${posted(shift(page.date!, rng.int(0, 2)), hm(rng))}<div${cls(rng)}><p>${rng.pick(['感谢老师的详细解答，学习了！', '讲得很清楚，收藏了。', '学习了，谢谢分享。'])}</p></div>`)
      : '';
    const body = `<div${cls(rng)}><a href="/">医生互助社区</a> <a href="/bbs/">论坛</a> &gt; <a href="/bbs/xiaohua/">病例讨论</a></div>
${wrap(rng, `<h1${cls(rng)}>${tag}${esc(page.question)}</h1>\n${first}\n${reply}\n${thanks}`)}
${relatedList(rng, page.related, datedItems, ['相关讨论', '相关病例', '相似求助'])}
<div${cls(rng)}>本站仅供医务人员交流，内容不作为诊疗依据</div>`;
    const html = documentOf(`${tag}${page.question} - 医生互助社区`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat: false, datedItems }) };
  },
};

// --- F4. visible-watermark ---

/**
 * F4. A consult page guarded by a visible anti-leak watermark (watermark-dom style): 4–12 copies of
 * one text (the site's name, the viewer `用户138****5678` or `ID:xxxxxx`, the day and time of viewing
 * on 60%: months after the answer) in absolutely placed, faint, rotated divs with
 * `pointer-events:none` — styled inline (60%) or by a `<style>` class —, appended after the page's
 * content (35%), before it (25%), or into the answer's container between and after its paragraphs
 * (40%). An ordinary card (grade on 50%), date line (format on 40%), disclaimer and related list
 * (dated on half).
 */
const visibleWatermark: Family = {
  name: 'visible-watermark',
  split: 'fresh-43',
  site: 'www.anquan-wenzhen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const where = rng.weighted([['end', 35], ['start', 25], ['answer', 40]] as const);
    const inline = rng.chance(0.6);
    const klass = rng.pick(['mask_div', 'wm-item', 'watermark-text']);
    const viewer = rng.chance(0.6) ? `用户${rng.int(130, 189)}****${String(rng.int(0, 9999)).padStart(4, '0')}` : `ID:${token(rng, 6)}`;
    const viewed = rng.chance(0.6) ? ` ${shift(page.date!, rng.int(40, 700))} ${hm(rng)}` : '';
    const text = `${rng.pick(['安全问诊', '安全问诊网', 'anquan-wenzhen'])} ${viewer}${viewed}`;
    let n = 0;
    const copy = () => {
      n++;
      const style = inline ? ` style="position:absolute;left:${rng.int(0, 900)}px;top:${rng.int(0, 1400)}px;opacity:0.${rng.pick(['05', '08', '1', '12'])};transform:rotate(-${rng.int(12, 25)}deg);pointer-events:none;z-index:9999;font-size:14px;color:#000;white-space:nowrap;"` : ` style="left:${rng.int(0, 900)}px;top:${rng.int(0, 1400)}px"`;
      return `<div class="${klass}" id="${klass}${n}"${style}>${esc(text)}</div>`;
    };
    const copies = (k: number) => Array.from({ length: k }, copy).join('');
    const css = inline ? '' : `<style>.${klass}{position:absolute;opacity:.1;transform:rotate(-20deg);pointer-events:none;z-index:9999;font-size:14px;white-space:nowrap;user-select:none}</style>\n`;
    const answer = where === 'answer'
      ? `<div${cls(rng)} style="position:relative">${page.paragraphs.map((p) => `<p>${esc(p)}</p>${rng.chance(0.6) ? copies(rng.int(1, 2)) : ''}`).join('')}${copies(rng.int(2, 6))}</div>`
      : `<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`;
    const content = `<div${cls(rng)}><a href="/">安全问诊</a> <a href="/ask">免费提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const layer = where === 'answer' ? '' : copies(rng.int(4, 12));
    const body = where === 'start' ? `${layer}\n${content}` : where === 'end' ? `${content}\n${layer}` : content;
    const html = documentOf(`${page.question}_安全问诊`, page.canonical, css, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. scroll-reveal ---

type Reveal = 'wow' | 'aos' | 'own';

/** A block's attributes under an animate-on-scroll library, revealed (scrolled to) or still hidden. */
const revealAttrs = (rng: Rng, lib: Reveal, shown: boolean) => {
  const delay = `0.${rng.int(1, 6)}s`;
  if (lib === 'wow') {
    const anim = rng.pick(['fadeInUp', 'fadeIn', 'fadeInLeft']);
    return ` class="wow ${anim}" data-wow-delay="${delay}" style="visibility: ${shown ? 'visible' : 'hidden'}; animation-delay: ${delay}; animation-name: ${shown ? anim : 'none'};"`;
  }
  if (lib === 'aos') return ` data-aos="${rng.pick(['fade-up', 'fade-in', 'fade-left'])}" data-aos-delay="${rng.int(1, 6) * 100}" class="aos-init${shown ? ' aos-animate' : ''}"`;
  return ` class="reveal${shown ? ' active' : ''}"`;
};

const REVEAL_CSS: Record<Reveal, string> = {
  wow: '<link rel="stylesheet" href="/static/css/animate.min.css">\n',
  aos: '<style>[data-aos^=fade][data-aos^=fade]{opacity:0;transition-property:opacity,transform}[data-aos^=fade][data-aos^=fade].aos-animate{opacity:1;transform:translateZ(0)}[data-aos=fade-up]{transform:translate3d(0,100px,0)}</style>\n',
  own: '<style>.reveal{opacity:0;transform:translateY(40px);transition:all .6s ease}.reveal.active{opacity:1;transform:none}</style>\n',
};

const REVEAL_JS: Record<Reveal, string> = {
  wow: '<script src="/static/js/wow.min.js"></script><script>new WOW().init();</script>',
  aos: '<script src="/static/js/aos.js"></script><script>AOS.init({once:true});</script>',
  own: "<script>function reveal(){document.querySelectorAll('.reveal').forEach(function(el){if(el.getBoundingClientRect().top<window.innerHeight-80)el.classList.add('active')})}window.addEventListener('scroll',reveal);reveal();</script>",
};

/**
 * F5. A Q&A page saved (or rendered by a headless crawler) after an animate-on-scroll library ran:
 * the card, the date line, each answer paragraph and each related item is a block under WOW.js
 * (`wow fadeInUp`, `visibility: hidden; animation-name: none` until scrolled to), AOS (`data-aos`,
 * `aos-init` until `aos-animate`; its stylesheet inline on half, linked otherwise) or a site's own
 * `.reveal` / `.reveal.active` rule; the first 1–3 blocks are revealed, the rest not yet. The
 * library's script stays in the page. `<h1>`, ordinary card (grade on 50%), format on 40%, related
 * list dated on half.
 */
const scrollReveal: Family = {
  name: 'scroll-reveal',
  split: 'fresh-43',
  site: 'www.donghua-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const lib = rng.pick(['wow', 'aos', 'own'] as const);
    const aosLinked = lib === 'aos' && rng.chance(0.5);
    let left = rng.int(1, 3);
    const attrs = () => revealAttrs(rng, lib, left-- > 0);
    const card = `<div${attrs()}>${plainCard(rng, page, gradeShown)}</div>`;
    const when = `<div${attrs()}>${whenLine(rng, page, printFormat)}</div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p${attrs()}>${esc(p)}</p>`).join('')}</div>`;
    const items = page.related.length
      ? `<div${cls(rng)}><h3${attrs()}>${rng.pick(['相关问题', '相关问答', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r: Related) => `<li${attrs()}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">动画问答</a> <a href="/ks/">科室</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${when}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${items}
${REVEAL_JS[lib]}`;
    const head = aosLinked ? '<link rel="stylesheet" href="/static/css/aos.css">\n' : REVEAL_CSS[lib];
    const html = documentOf(`${page.question}-动画问答`, page.canonical, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. layered-text ---

/**
 * F6. A 专题-style Q&A page whose headings are drawn with a layered effect: the question (always),
 * the doctor's name (60%), the answer's and the related list's headings (50%) printed twice, the copy
 * positioned over or under the text for a shadow (`.x-shadow`, offset, faint), a stroke (`.x-stroke`,
 * `-webkit-text-stroke`, transparent fill) or an echo after it (`.x-echo`, translated, faded); the
 * copy `aria-hidden="true"` on 70%; its position inline (50%) or by a `<style>` class. Otherwise an
 * ordinary page: card (grade on 50%), date line (format on 40%), answer, related list (dated on half).
 */
const layeredText: Family = {
  name: 'layered-text',
  split: 'fresh-43',
  site: 'zhuanti.cengci-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const effect = rng.pick(['shadow', 'stroke', 'echo'] as const);
    const hidden = rng.chance(0.7) ? ' aria-hidden="true"' : '';
    const inline = rng.chance(0.5);
    const prefix = rng.pick(['t', 'fx', 'lt', 'ttl']);
    const STYLE = {
      shadow: 'position:absolute;left:3px;top:3px;z-index:-1;color:rgba(0,0,0,.15)',
      stroke: 'position:absolute;left:0;top:0;z-index:-1;-webkit-text-stroke:6px #fff;color:transparent',
      echo: 'position:absolute;left:0;top:0;transform:translate(4px,4px);opacity:.25',
    }[effect];
    const copy = (text: string) => `<span class="${prefix}-${effect}"${hidden}${inline ? ` style="${STYLE}"` : ''}>${text}</span>`;
    const layered = (text: string) => {
      const main = `<span class="${prefix}-text">${text}</span>`;
      return `<span class="${prefix}-wrap" style="position:relative;display:inline-block">${effect === 'echo' ? `${main}${copy(text)}` : `${copy(text)}${main}`}</span>`;
    };
    const css = inline ? '' : `<style>.${prefix}-${effect}{${STYLE}}</style>\n`;
    const headings = rng.chance(0.5);
    const card = rng.chance(0.6) ? plainCard(rng, page, gradeShown).replace(esc(d.name!), layered(esc(d.name!))) : plainCard(rng, page, gradeShown);
    const answerHead = `<h2${cls(rng)}>${headings ? layered('医生解答') : '医生解答'}</h2>`;
    const relatedHead = rng.pick(['相关问题', '相关问答', '大家还在问']);
    const items = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${headings ? layered(relatedHead) : relatedHead}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">专题问答</a> <a href="/zt/">全部专题</a></div>
${wrap(rng, `<h1${cls(rng)}>${layered(esc(page.question))}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n${answerHead}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${items}`;
    const html = documentOf(`${page.question}_专题问答`, page.canonical, css, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH43_FAMILIES: readonly Family[] = [quizExplainer, magazineQa, peerConsult, visibleWatermark, scrollReveal, layeredText];
