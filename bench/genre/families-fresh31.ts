import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, FEW_TITLES, ask, cardPlain, cnDate, dayText, documentOf, formatWord, hospitalWithGrade, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-eighth fresh held-out set (split `fresh-31`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are modelled on other kinds of real page of the
 * genre (from memory, no copied markup): a hospital's free-clinic campaign page (义诊专区) whose
 * banner carries the campaign's dates and a grid of the campaign's other doctors; a health course
 * page (健康课堂) whose heading is the course's title and whose one Q&A is a student's question in its
 * 课后答疑 section; a 贴吧-style floor thread whose doctor's floor carries nested 楼中楼 replies. Three
 * are things real served HTML does to an ordinary page: a CMS template that left some of its
 * placeholders unfilled (`{dede:field.title/}`, `[!--newstime--]`, `{$grade}`, `{{ title }}`); a page
 * reached from the site's search, every query word highlighted; a site whose addresses hold Chinese
 * (raw in the `href`, or percent-encoded).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - cms-placeholders: a template tag left in the page (`{dede:field name='writer'/}`, `[!--title--]`,
 *   `{$info.grade}`, `{{ doctor.department }}`, `${answerTime}`, `<%=format%>`) shows where a value
 *   should be, but is no value: that field was not printed (null; format unknown; every related item's
 *   date null where the list's date slot is a tag). The other fields are printed as usual. A `<title>`
 *   that is a tag and a suffix names nothing; the question is the `<h1>`'s.
 * - search-highlight: the words of the search (a disease or symptom of the question) wrapped in `<em>`,
 *   `<font color=red>`, `<b class="hl">` or a yellow `<span>` are the same text: question, answer,
 *   related questions and snippets read as the truth; the 关键词已高亮 bar and its 取消高亮 link are
 *   none of the page's Q&A.
 * - hanzi-urls: an item's address is its link resolved as a browser resolves it (WHATWG URL: raw
 *   Chinese and full-width marks in a path percent-encoded as UTF-8 with upper-case hex, as
 *   `encodeURI` writes them where the page already did); the breadcrumb's Chinese category links
 *   are navigation, no items.
 * - yizhen-campaign: the campaign's 活动时间 (its first and last days), its participant counter and
 *   rules, and the 义诊专家 grid of the campaign's other doctors are none of the card, the answer or
 *   the date; the Q&A is the one under the question (`<h1>`, or a `问：` line: the question without
 *   `问：`), its doctor the card beside the reply, its date the reply's own day.
 * - course-qa: the `<h1>` and `<title>` are the course's; the page's question is the student's in the
 *   答疑 section (without `学员 … 提问：`), its answer the lecturer's reply, its doctor the lecturer's
 *   card (主讲人 / 讲师), its date the reply's day — not the course's 发布时间 nor the asking day; the
 *   course's `视频课` / length / 已学 counters name the course's format, not the answer's (format
 *   only from a word by the reply); the 课程目录 lessons are no related items.
 * - tieba-floors: the thread's title is the question; 楼主's first floor and other members' floors are
 *   none of the answer; the answer is the doctor's floor's own text (the nickname `王芳医生` / `王芳大夫`
 *   names 王芳; the 认证 line gives hospital, grade where printed, department and title); its day is
 *   that floor's; the 楼中楼 replies under it (the asker's thanks, the doctor's short follow-ups to
 *   them) are replies to comments, none of the answer, and date nothing.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const paragraphsOf = (paragraphs: readonly string[], one: (p: string) => string) => paragraphs.map((p) => `<p>${one(p)}</p>`).join('');

// --- F1. cms-placeholders ---

type Slot = 'title' | 'department' | 'grade' | 'date' | 'format' | 'itemDates';

/** One CMS's way of writing a field's tag. */
const TAG_STYLES: ReadonlyArray<(field: string) => string> = [
  (f) => `{dede:field.${f}/}`,
  (f) => `{dede:field name='${f}'/}`,
  (f) => `[!--${f}--]`,
  (f) => `{$${f}}`,
  (f) => `{$info.${f}}`,
  (f) => `{{ ${f} }}`,
  (f) => `\${${f}}`,
  (f) => `<%=${f}%>`,
];

const FIELD_NAMES: Record<Slot, readonly string[]> = {
  title: ['zhicheng', 'doctor_title', 'title2'],
  department: ['keshi', 'dept_name', 'department'],
  grade: ['grade', 'hos_level', 'dengji'],
  date: ['pubdate', 'newstime', 'answer_time'],
  format: ['reply_type', 'answer_type', 'leixing'],
  itemDates: ['pubdate', 'newstime', 'addtime'],
};

/**
 * F1. An ordinary CMS page (DedeCMS, 帝国CMS, PHPCMS, a JS template) where the template left 1–3 of its
 * slots unfilled, the tag printed where the value would stand: the title, the department, the grade
 * (on pages that print one), the answer's day, the format word (on pages that print one) or every
 * related item's day; the `<title>` a bare tag and the site's suffix on 30%. The card as labelled
 * lines (医生 / 职称 / 科室 / 医院) or one line; the answer's date under 回答时间 / 发布时间.
 */
const cmsPlaceholders: Family = {
  name: 'cms-placeholders',
  split: 'fresh-31',
  site: 'www.moban-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.5);
    const datedItems = rng.chance(0.6);
    const style = rng.pick(TAG_STYLES);
    const candidates: Slot[] = ['title', 'department', 'date', ...(gradeShown ? (['grade'] as const) : []), ...(printFormat ? (['format'] as const) : []), ...(datedItems && page.related.length ? (['itemDates'] as const) : [])];
    const empty = new Set(rng.shuffle(candidates).slice(0, rng.int(1, 3)));
    const tag = (slot: Slot) => esc(style(rng.pick(FIELD_NAMES[slot])));
    const value = (slot: Slot, v: string) => (empty.has(slot) ? tag(slot) : v);
    const grade = gradeShown ? (empty.has('grade') ? `（${tag('grade')}）` : `（${d.hospital_grade}）`) : '';
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><p>回答医生：<b>${esc(d.name!)}</b></p><p>职　　称：${value('title', d.title!)}</p><p>所在科室：${value('department', esc(d.department!))}</p><p>所在医院：${esc(d.hospital!)}${grade}</p></div>`
      : `<div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${value('title', d.title!)}</span> <span${cls(rng)}>${esc(d.hospital!)}${grade}</span> <span${cls(rng)}>${value('department', esc(d.department!))}</span></div>`;
    const format = printFormat ? ` <span${cls(rng)}>${value('format', `[${formatWord(rng, page.format)}]`)}</span>` : '';
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '发布时间：', '时间：'])}${value('date', dayText(rng, page.date!, page.time))}${format}</div>`;
    const itemDate = (r: TruthPage['related'][number]) => (empty.has('itemDates') ? tag('itemDates') : r.date!);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '猜你想问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${itemDate(r)}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">模板问答网</a> &gt; <a href="/list/">${esc(topicWord(page))}</a> &gt; 正文</div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}
<div${cls(rng)}>Powered by ${rng.pick(['DedeCMS', 'EmpireCMS', 'PHPCMS', 'CMS'])} © 2024 模板问答网</div>`;
    const title = rng.chance(0.3) ? `${style('title')}_模板问答网` : `${page.question}_模板问答网`;
    const html = documentOf(title, page.canonical, '', body);
    const doctor = {
      ...cardPlain(page, gradeShown && !empty.has('grade')),
      title: empty.has('title') ? null : d.title,
      department: empty.has('department') ? null : d.department,
    };
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor,
        date: empty.has('date') ? null : page.date,
        format: printFormat && !empty.has('format') ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems && !empty.has('itemDates') ? e.date : null })),
      }),
    };
  },
};

// --- F2. search-highlight ---

/**
 * F2. A Q&A page opened from the site's own search (the query in the search box, the canonical link
 * without it): each occurrence of the 1–2 query words (a disease or symptom the question names, else
 * the question's first four characters) in the question, the answer and the related questions and snippets wrapped in one kind of
 * highlight a page (`<em>`, `<font color="red">`, `<b class="hl">`, a yellow `<span style>`); on 60% a
 * bar above the question (`以下关键词已高亮显示：… 取消高亮`). Plain card (grade on 60%), date line
 * (format on 40%), disclaimer, related list (dated on half).
 */
const searchHighlight: Family = {
  name: 'search-highlight',
  split: 'fresh-31',
  site: 'www.gaoliang-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    // The words a visitor searched for: the disease and symptoms the question names, else its opening.
    const named = TOPICS.flatMap((t) => [t.disease, ...t.symptoms]).filter((w) => page.question.includes(w));
    const distinct = named.filter((w) => !named.some((o) => o !== w && o.includes(w)));
    const words = distinct.length ? rng.shuffle(distinct).slice(0, rng.int(1, 2)) : [ask(page).slice(0, 4)];
    const kind = rng.pick(['em', 'font', 'b', 'span'] as const);
    const open = { em: '<em>', font: '<font color="red">', b: '<b class="hl">', span: '<span style="background:#ff0;color:#c00">' }[kind];
    const close = { em: '</em>', font: '</font>', b: '</b>', span: '</span>' }[kind];
    const hl = (s: string) => words.reduce((html, w) => html.split(esc(w)).join(`${open}${esc(w)}${close}`), esc(s));
    const bar = rng.chance(0.6)
      ? `<div${cls(rng)}>以下关键词已高亮显示：${words.map((w) => `${open}${esc(w)}${close}`).join(' ')} <a href="${new URL(page.canonical).pathname}">取消高亮</a></div>\n`
      : '';
    const body = `<div${cls(rng)}><a href="/">高亮问答</a> <form action="/search/"><input name="kw" value="${esc(words.join(' '))}"><button>搜索</button></form></div>
${bar}${wrap(rng, `<h1${cls(rng)}>${hl(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, hl)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关问答', '大家还在问'])}</h3><ul${cls(rng)}>${page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${hl(r.question)}</a><p${cls(rng)}>${hl(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>` : ''}`;
    const html = documentOf(`${page.question}_高亮问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. hanzi-urls ---

/**
 * F3. A site whose addresses hold Chinese: the related items at `/问答/{科室}/{N}.html`,
 * `/wenda/{disease}/{N}.html` or `/q/{N}-{the question}.html` (one scheme a page), written raw in the
 * `href` (55%) or percent-encoded (`encodeURI`, 45%), absolute with the host on 10%; the
 * breadcrumb's links Chinese too. Plain card (grade on 60%), date line (format on 40%), answer,
 * related list (dated on half).
 */
const hanziUrls: Family = {
  name: 'hanzi-urls',
  split: 'fresh-31',
  site: 'www.hanzi-lujing.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const scheme = rng.pick(['dept', 'disease', 'slug'] as const);
    const encoded = rng.chance(0.45);
    const absolute = rng.chance(0.1);
    const topic = topicWord(page);
    const num = (path: string) => path.replace(/^\/q\/|\.html$/gu, '');
    const raw = (r: TruthPage['related'][number]) =>
      scheme === 'dept' ? `/问答/${d.department}/${num(r.path)}.html` : scheme === 'disease' ? `/wenda/${topic}/${num(r.path)}.html` : `/q/${num(r.path)}-${r.question.replace(/[？?]$/u, '')}.html`;
    const href = (r: TruthPage['related'][number]) => `${absolute ? `https://www.hanzi-lujing.example` : ''}${encoded ? encodeURI(raw(r)) : raw(r)}`;
    const hrefs = page.related.map(href);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '相关问答'])}</h3><ul${cls(rng)}>${page.related
          .map((r, i) => `<li${cls(rng)}><a href="${esc(hrefs[i]!)}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const crumb = (path: string) => (encoded ? encodeURI(path) : path);
    const body = `<div${cls(rng)}><a href="/">汉字路径问答</a> &gt; <a href="${crumb(`/问答/${d.department}/`)}">${esc(d.department!)}</a> &gt; <a href="${crumb(`/wenda/${topic}/`)}">${esc(topic)}</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}-汉字路径问答`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(hrefs[i]!, page.canonical).href })),
      }),
    };
  },
};

// --- F4. yizhen-campaign ---

/**
 * F4. A Q&A page of a hospital's or platform's free-clinic campaign (义诊专区): a banner with the
 * campaign's name (`{year}年“{disease}”主题线上义诊周`), its 活动时间 (two days around the answer's, in
 * another day format on half) and a 已有 N 人参与 counter; the rules on half; a 义诊专家 grid of 3–5
 * other doctors (name, title, department, 去提问) before or after the Q&A; the question as `<h1>` (60%)
 * or a `问：` line; a plain card (grade on 60%) with a `义诊医生` tag on half, the reply's day under
 * `回复时间：` or a bare day (format on 40%), the answer; 更多义诊问答 or the usual heads over the
 * related list (dated on half).
 */
const yizhenCampaign: Family = {
  name: 'yizhen-campaign',
  split: 'fresh-31',
  site: 'yizhen.jiankang-huodong.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const start = shift(page.date!, -rng.int(0, 6));
    const end = shift(start, rng.int(6, 14));
    const span = rng.chance(0.5) ? `${cnDate(start)}至${cnDate(end)}` : `${start.replace(/-/g, '.')} - ${end.replace(/-/g, '.')}`;
    const topic = topicWord(page);
    const banner = `<div${cls(rng)}><h2${cls(rng)}>${start.slice(0, 4)}年“${esc(topic)}”主题线上义诊周</h2><p${cls(rng)}>活动时间：${span}</p><p${cls(rng)}>已有 <b>${rng.int(300, 30000)}</b> 人参与</p></div>`;
    const rules = rng.chance(0.5) ? `<div${cls(rng)}><h4>活动规则</h4><p>活动期间，义诊专家每天在线免费解答网友提问，每位专家每日限答${rng.int(10, 50)}题。</p></div>` : '';
    const grid = `<div${cls(rng)}><h3${cls(rng)}>义诊专家</h3><ul${cls(rng)}>${Array.from({ length: rng.int(3, 5) }, () => `<li${cls(rng)}><img src="/avatar/${token(rng, 6)}.jpg" alt=""><b>${otherName(rng)}</b><span>${rng.pick(FEW_TITLES)}</span><span>${esc(d.department!)}</span><a href="/ask/${token(rng, 6)}">去提问</a></li>`).join('')}</ul></div>`;
    const card = plainCard(rng, page, gradeShown).replace(/^<div([^>]*)>/u, (m) => (rng.chance(0.5) ? `${m}<i${cls(rng)}>义诊医生</i>` : m));
    const when = printFormat || rng.chance(0.5) ? `<div${cls(rng)}>回复时间：${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>` : `<div${cls(rng)}>${dayText(rng, page.date!, page.time)}</div>`;
    const question = rng.chance(0.6) ? `<h1${cls(rng)}>${esc(page.question)}</h1>` : `<div${cls(rng)}><b>问：</b>${esc(page.question)}</div>`;
    const qa = `<div${cls(rng)}>${question}\n${card}\n${when}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div></div>`;
    const body = `<div${cls(rng)}><a href="/">义诊专区</a> <a href="/ask/">我要提问</a></div>
${banner}
${rules}
${rng.chance(0.5) ? `${grid}\n${qa}` : `${qa}\n${grid}`}
${relatedList(rng, page.related, datedItems, ['更多义诊问答', '相关问题', '相关问答'])}
<div${cls(rng)}>${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${ask(page)}_义诊专区`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. course-qa ---

/**
 * F5. A health course's lesson page (健康课堂): `<h1>` and `<title>` the course's title
 * (`《{disease}的家庭护理》第N讲：…`), a `视频课` tag, its length, `N人已学` and 发布时间 (10–200 days
 * before the reply); the lecturer's card under 主讲人 / 讲师 / 授课医生 (plain, grade on 60%); a
 * 课程简介 on half; a 课程目录 of 3–6 lessons linked under /course/; then the 课后答疑 / 学员提问 section:
 * the student's line (`学员 小李 提问：` and the question, its day 0–5 days before), the lecturer's
 * reply under `{name}老师回复：` / `讲师回复：` / `医生解答：` and its 回复时间 (a format word by it on 40%) —
 * as blocks of lines, or on 40% a `<dl>` whose `<dt>`s hold the labels (`学员 小李 提问` and its day);
 * 更多答疑 or the usual heads over the related list (dated on half).
 */
const courseQa: Family = {
  name: 'course-qa',
  split: 'fresh-31',
  site: 'ketang.jiankang-xuetang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const topic = topicWord(page);
    const lesson = rng.int(1, 12);
    const course = `《${topic}${rng.pick(['的家庭护理', '的日常管理', '防治课堂', '诊疗常识'])}》第${lesson}讲：${rng.pick(['认识疾病', '常见误区', '饮食与运动', '用药须知', '何时就医'])}`;
    const published = shift(page.date!, -rng.int(10, 200));
    const asked = shift(page.date!, -rng.int(0, 5));
    const meta = `<div${cls(rng)}><span${cls(rng)}>视频课</span> <span${cls(rng)}>时长 ${rng.int(8, 45)}:${String(rng.int(0, 59)).padStart(2, '0')}</span> <span${cls(rng)}>${rng.int(200, 90000)}人已学</span> <span${cls(rng)}>发布时间：${dayText(rng, published)}</span></div>`;
    const card = `<div${cls(rng)}><h4${cls(rng)}>${rng.pick(['主讲人', '讲师', '授课医生'])}</h4>${plainCard(rng, page, gradeShown)}</div>`;
    const intro = rng.chance(0.5) ? `<div${cls(rng)}><h4>课程简介</h4><p>本讲由${esc(d.name!)}医生讲解${esc(topic)}的相关知识，帮助大家科学认识、正确应对。</p></div>` : '';
    const lessons = `<div${cls(rng)}><h4>课程目录</h4><ol${cls(rng)}>${Array.from({ length: rng.int(3, 6) }, (_, i) => `<li><a href="/course/${page.item.num % 997}/lesson-${i + 1}.html">第${i + 1}讲 ${rng.pick(['认识疾病', '常见误区', '饮食与运动', '用药须知', '何时就医', '康复训练'])}</a></li>`).join('')}</ol></div>`;
    const student = `${rng.pick(['小李', '王女士', '学员8812', '健康达人', '张先生'])}`;
    const replyHead = rng.pick([`${esc(d.name!)}老师回复：`, '讲师回复：', '医生解答：']);
    const replyDay = `回复时间：${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}`;
    const section = rng.pick(['课后答疑', '学员提问', '答疑区']);
    // The exchange as blocks of lines (60%) or as a definition list whose terms are the labels.
    const qa = rng.chance(0.6)
      ? `<div${cls(rng)}><h3${cls(rng)}>${section}</h3>
<div${cls(rng)}><p${cls(rng)}>学员 ${student} 提问：${esc(page.question)}</p><span${cls(rng)}>${dayText(rng, asked)}</span></div>
<div${cls(rng)}><p${cls(rng)}><b>${replyHead}</b></p>${paragraphsOf(page.paragraphs, esc)}<div${cls(rng)}>${replyDay}</div></div></div>`
      : `<div${cls(rng)}><h3${cls(rng)}>${section}</h3><dl${cls(rng)}>
<dt>学员 ${student} 提问 <span${cls(rng)}>${dayText(rng, asked)}</span></dt><dd${cls(rng)}>${esc(page.question)}</dd>
<dt>${replyHead}</dt><dd${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}<p${cls(rng)}>${replyDay}</p></dd></dl></div>`;
    const body = `<div${cls(rng)}><a href="/">健康课堂</a> <a href="/course/">全部课程</a></div>
<h1${cls(rng)}>${esc(course)}</h1>
<div${cls(rng)}><video src="/v/${token(rng, 10)}.mp4" poster="/v/${token(rng, 10)}.jpg" controls></video></div>
${meta}
${rng.chance(0.6) ? `${card}\n${intro}` : `${intro}\n${card}`}
${lessons}
${qa}
${relatedList(rng, page.related, datedItems, ['更多答疑', '相关问答', '大家还在问'])}`;
    const html = documentOf(`${course}_健康课堂`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. tieba-floors ---

const MEMBER_REPLIES = ['同问，我也是这种情况。', '顶一下，等医生回复。', '楼主后来怎么样了？', '关注，希望有专业的人来回答。'];
const THANKS = ['谢谢医生，那需要吃药吗？', '谢谢大夫，请问要复查吗？', '明白了，非常感谢！', '需要去医院做检查吗？'];
const FOLLOW_UPS = ['可以先观察一周，不缓解再来医院。', '建议按时复查。', '不客气，注意休息。', '需要，建议到专科门诊就诊。'];

/**
 * F6. A 贴吧-style thread in a health forum: the thread's title (the question) in an `<h1>` / `<h3>`;
 * 楼主's first floor (nickname, `楼主` tag, the asker's lines, `1楼 {day} {hh:mm}` 0–3 days before the
 * answer); 0–2 other members' short floors; the doctor's floor: the author column (avatar, the
 * nickname — the name, `{name}医生` or `{name}大夫` —, an `认证医生` badge, a `认证：` line of hospital
 * (grade on 50%), department and title), the text as `<br>`-parted lines or `<p>`s, the tail
 * `{k}楼 {day} {hh:mm}` with `来自Android客户端` / `来自iPhone客户端` on half; under it 1–3 楼中楼 replies
 * (the asker's thanks, the doctor's `回复 {nickname} :` follow-ups, each with a later day; `<li>`s or
 * `<p>`s, a `回复(N)` / `收起回复` toggle on half); a later member's floor on half; a 相关帖子 list (dated
 * on half). Floors are `<div>`s, `<li>`s of one `<ul>` or `<article>`s, numbered `3楼`, `第3楼` or `#3`.
 */
const tiebaFloors: Family = {
  name: 'tieba-floors',
  split: 'fresh-31',
  site: 'bbs.jiankang-ba.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const asker = rng.pick(['小鱼儿2019', '快乐的蜗牛', '用户8a3f', 'momo妈', '夜猫子']);
    const nick = rng.weighted([[d.name!, 5], [`${d.name}医生`, 3], [`${d.name}大夫`, 2]] as const);
    const client = () => (rng.chance(0.5) ? ` <span${cls(rng)}>来自${rng.pick(['Android', 'iPhone'])}客户端</span>` : '');
    // Floors stand in the order they were posted: on the asking day 楼主 first (07–09 h), then members (10–11 h), the doctor after (12–22 h).
    const stamp = (iso: string, from = 7, to = 22) => `${iso} ${String(rng.int(from, to)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    // One markup a page for a floor (a div, a list item, an article) and its number (3楼, 第3楼, #3).
    const post = rng.pick(['div', 'li', 'article'] as const);
    const floorNo = rng.pick([(n: number) => `${n}楼`, (n: number) => `第${n}楼`, (n: number) => `#${n}`]);
    let floor = 1;
    const memberFloor = (day: string, from: number, to: number) => {
      floor++;
      return `<${post}${cls(rng)}><div${cls(rng)}><a href="/home/${token(rng, 8)}">${rng.pick(['路人甲', '健康小白', '吃瓜群众', '老病号'])}</a></div><div${cls(rng)}>${rng.pick(MEMBER_REPLIES)}</div><div${cls(rng)}>${floorNo(floor)} ${stamp(day, from, to)}${client()}</div></${post}>`;
    };
    const asked = shift(page.date!, -rng.int(0, 3));
    const first = `<${post}${cls(rng)}><div${cls(rng)}><a href="/home/${token(rng, 8)}">${esc(asker)}</a> <span${cls(rng)}>楼主</span></div><div${cls(rng)}>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</div><div${cls(rng)}>${floorNo(1)} ${stamp(asked, 7, 9)}${client()}</div></${post}>`;
    const before = Array.from({ length: rng.int(0, 2) }, (_, k) => memberFloor(asked, 10 + k, 10 + k)).join('\n');
    floor++;
    const authorLine = `认证：${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)} ${d.title}`;
    const text = rng.chance(0.5) ? page.paragraphs.map(esc).join('<br>') : paragraphsOf(page.paragraphs, esc);
    const later = (n: number) => shift(page.date!, n);
    const replies = rng.int(1, 3);
    const sub = rng.pick(['li', 'p'] as const);
    const lzl = Array.from({ length: replies }, (_, i) =>
      i % 2 === 0
        ? `<${sub}${cls(rng)}><a href="/home/${token(rng, 8)}">${esc(asker)}</a>：${rng.pick(THANKS)} <span${cls(rng)}>${stamp(later(i + 1))}</span></${sub}>`
        : `<${sub}${cls(rng)}><a href="/home/${token(rng, 8)}">${esc(nick)}</a> 回复 ${esc(asker)} :${rng.pick(FOLLOW_UPS)} <span${cls(rng)}>${stamp(later(i + 1))}</span></${sub}>`,
    ).join('');
    const lzlBox = `<div${cls(rng)}>${rng.chance(0.5) ? `<span${cls(rng)}>${rng.pick([`回复(${replies})`, '收起回复'])}</span>` : ''}${sub === 'li' ? `<ul${cls(rng)}>${lzl}</ul>` : lzl}</div>`;
    const doctorFloor = `<${post}${cls(rng)}><div${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt=""><a href="/home/${token(rng, 8)}">${esc(nick)}</a> <span${cls(rng)}>认证医生</span><p${cls(rng)}>${authorLine}</p></div>
<div${cls(rng)}>${text}</div>
<div${cls(rng)}>${floorNo(floor)} ${stamp(page.date!, 12, 22)}${client()}</div>
${lzlBox}</${post}>`;
    const after = rng.chance(0.5) ? memberFloor(later(rng.int(1, 9)), 7, 22) : '';
    const heading = rng.pick(['h1', 'h3']);
    const floors = `${first}\n${before}\n${doctorFloor}\n${after}`;
    const body = `<div${cls(rng)}><a href="/">健康吧</a> &gt; <a href="/f/${token(rng, 4)}">${esc(topicWord(page))}吧</a></div>
<${heading}${cls(rng)}>${esc(page.question)}</${heading}>
<div${cls(rng)}>回复贴：${rng.int(2, 40)} <a href="?see_lz=1">只看楼主</a></div>
${post === 'li' ? `<ul${cls(rng)}>${floors}</ul>` : floors}
${relatedList(rng, page.related, datedItems, ['相关帖子', '贴吧热议', '相关问题'])}`;
    const html = documentOf(`${page.question}_${topicWord(page)}吧_健康吧`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat: false, datedItems }) };
  },
};

export const FRESH31_FAMILIES: readonly Family[] = [cmsPlaceholders, searchHighlight, hanziUrls, yizhenCampaign, courseQa, tiebaFloors];
