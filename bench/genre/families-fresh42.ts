import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, ask, cardPlain, cnDate, dayText, documentOf, formatWord, hm, hospitalWithGrade, otherName, plainCard, plainKey, relatedWith, shift, token, topicWord,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Thirty-ninth blind set (split `fresh-42`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are other kinds of real page of the genre, three
 * something real HTML does to a page (from memory, no copied markup), none covered by an earlier
 * family: a hospital's 每日一问 column issue with its month calendar of linked days; one question of a
 * 名医问答 book read in a publisher's web reader (a print page break inside a paragraph, the book's
 * table of contents beside it); a family-doctor platform's 站内信 reply opened in its message centre
 * (the inbox list beside it, the patient's original message quoted below); a consultation published
 * as an XML document for an XSLT stylesheet (English, pinyin or Chinese element names); a page whose
 * headings and names are gradient text (`color: transparent` over a background clipped to the text)
 * beside truly transparent keywords; a night consultation whose `<time datetime>` attributes are in
 * UTC (the day before the one the page prints).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / JSON-LD are not printed; an item is
 * known by its address; hidden and non-rendered text is no text; a tooltip or an attribute is no
 * print of a value; a value a script would fill in is not printed). Where a careful person could
 * hesitate, the key decides:
 * - daily-calendar: the question is the issue's heading without a `问：` mark; the answer without a
 *   leading `答：`; the date the issue's day heading (`2023年5月6日 星期六`); the calendar's day links,
 *   the `第N期` numbers, 上一期 / 下一期 and the 明日预告 teaser are none of any field; the 往期回顾 list
 *   is the related list (its `第N期` labels none of the questions).
 * - epub-reader: the question is the section heading without the book's number (`57．`, `问题57：`);
 *   the card is the 解答专家 line (no grade: books print none); a paragraph the print page break cuts
 *   mid-sentence (the reader's page number `— 57 —` between its halves, the second half unindented)
 *   is one paragraph, the page number none of it; the book's 出版时间 / 印刷 dates date nothing: the
 *   answer is undated (null); format unknown; the table of contents (the book's other questions)
 *   is navigation: related [].
 * - inbox-message: the question is the message's subject without `回复：` / `Re:`; the card the
 *   发件人 and 单位 lines; the answer the reply's body without the signature under it (which only
 *   repeats the card); the date its 发送时间; the quoted 原始消息 (the patient's text, its own time)
 *   is none of the answer and dates nothing; the inbox list and the notices are none of any field:
 *   related []; 回复方式 names the format where printed.
 * - xml-xslt: the page is the XML the stylesheet lays out: each element's text is shown, under
 *   whatever names the elements have; the asker's 提问 block (its text, its time) is none of the
 *   answer's; the grade only where an element holds it; the date the reply's time element (its day,
 *   in whichever form it is written: `2023-05-06 14:22:00`, ISO with offset, `20230506142200`);
 *   the format from the reply's 形式 element where present; the items' addresses as written (absolute).
 * - gradient-text: text whose colour is transparent but whose background is clipped to it
 *   (`background-clip: text`, with `color: transparent` or `-webkit-text-fill-color: transparent`) is
 *   shown, as a gradient: the question, name, date and related questions so drawn are keyed as
 *   printed; transparent text with no clipped background (`color: transparent`, `rgba(…, 0)`, a
 *   transparent text fill alone) is not seen: none of the answer.
 * - utc-datetime: the date is the day the page prints (Beijing time), not the day of the
 *   `datetime` attribute (UTC: the day before for an answer given before 08:00); where the `<time>`
 *   element is empty (a script would print the local time) the date is null; a `title` tooltip and
 *   the JSON-LD date nothing; the asker's 提问于 time none; items dated by the day they print.
 * Format is printed only where a format word is printed; related items' formats and dates only where
 * the list prints them.
 */

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const compact = (iso: string) => iso.replace(/-/g, '');

// --- F1. daily-calendar ---

/** The month of `iso` as a calendar table: past days linked to their issues, the issue's day marked. */
function calendar(rng: Rng, iso: string, issue: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const folder = rng.pick(['meiriyiwen', 'mryw', 'daily']);
  const titled = rng.chance(0.5);
  const cells: string[] = Array.from({ length: first }, () => '<td></td>');
  for (let day = 1; day <= days; day++) {
    const dayIso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (day === d) cells.push(`<td class="${rng.pick(['on', 'cur', 'today', 'active'])}"><b>${day}</b></td>`);
    else if (day < d && rng.chance(0.85)) cells.push(`<td><a href="/${folder}/${compact(dayIso)}.html"${titled ? ` title="第${issue - (d - day)}期"` : ''}>${day}</a></td>`);
    else cells.push(`<td>${day}</td>`);
  }
  while (cells.length % 7) cells.push('<td></td>');
  const rows = Array.from({ length: cells.length / 7 }, (_, i) => `<tr>${cells.slice(i * 7, i * 7 + 7).join('')}</tr>`).join('\n');
  return `<div${cls(rng)}><div${cls(rng)}><a href="#">&lt;</a> <span>${y}年${m}月</span> <a href="#">&gt;</a></div><table${cls(rng)}><tr>${WEEKDAYS.map((w) => `<th>${w}</th>`).join('')}</tr>\n${rows}</table></div>`;
}

/**
 * F1. A hospital's 健康教育 column `每日一问`, one issue a page: the column's head with `第N期`
 * (a format word beside it on 30%), the issue's day heading (`2023年5月6日 星期六`, `2023-05-06 周六`
 * or `5月6日 · 星期六 · 2023`) above or below the question (`问：` before it on 40%), the 本期答疑专家
 * as a plain card (grade on 50%) or one glued line (`本期答疑专家：{hospital}{department} {title} {name}`,
 * no grade), the answer (`答：` before it on 50%), a calendar of the issue's month whose past days
 * link to their issues (before or after the content), 上一期 / 下一期 links, a 明日预告 teaser on 40%,
 * and a 往期回顾 list of the related questions (a `第N期` label before each on half, snippet, dated on
 * 60%).
 */
const dailyCalendar: Family = {
  name: 'daily-calendar',
  split: 'fresh-42',
  site: 'jkjy.lianhe-renmin-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const iso = page.date!;
    const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
    const gradeShown = rng.chance(0.5);
    const glued = rng.chance(0.5);
    const printFormat = rng.chance(0.3);
    const datedItems = rng.chance(0.6);
    const issue = rng.int(100, 400);
    const head = `<div${cls(rng)}><h2${cls(rng)}>每日一问</h2><span${cls(rng)}>第${issue}期</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const dayLine = `<div${cls(rng)}>${rng.pick([`${cnDate(iso)} 星期${weekday(iso)}`, `${iso} 周${weekday(iso)}`, `${m}月${day}日 · 星期${weekday(iso)} · ${y}`])}</div>`;
    const q = `<h1${cls(rng)}>${rng.chance(0.4) ? '问：' : ''}${esc(page.question)}</h1>`;
    const card = glued
      ? `<p${cls(rng)}>本期答疑专家：${esc(d.hospital!)}${esc(d.department!)} ${d.title} ${esc(d.name!)}</p>`
      : `<div${cls(rng)}><h4>本期答疑专家</h4>${plainCard(rng, page, gradeShown)}</div>`;
    const answerMark = rng.chance(0.5);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p, i) => `<p>${i === 0 && answerMark ? '<b>答：</b>' : ''}${esc(p)}</p>`).join('')}</div>`;
    const nav = `<div${cls(rng)}><a href="/${rng.pick(['meiriyiwen', 'mryw'])}/${compact(shift(iso, -1))}.html">上一期</a> <a href="/${rng.pick(['meiriyiwen', 'mryw'])}/${compact(shift(iso, 1))}.html">下一期</a></div>`;
    const teaser = rng.chance(0.4) ? `<div${cls(rng)}>明日预告：${esc(topicWord(page))}${rng.pick(['患者夏天饮食要注意什么？', '会不会遗传给孩子？', '需要长期复查吗？'])}</div>` : '';
    const labelled = rng.chance(0.5);
    // The column's past issues, one a day before this one: the list prints their days, not the answers' own.
    const pastDay = (i: number) => rng.pick([shift(iso, -i - 1), shift(iso, -i - 1).replace(/-/g, '/')]);
    const past = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>往期回顾</h3><ul${cls(rng)}>${page.related
          .map((r, i) => `<li${cls(rng)}>${labelled ? `<span${cls(rng)}>第${issue - i - 1}期</span> ` : ''}<a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<em${cls(rng)}>${pastDay(i)}</em>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const dayFirst = rng.chance(0.5);
    const content = wrap(rng, `${head}\n${dayFirst ? `${dayLine}\n${q}` : `${q}\n${dayLine}`}\n${card}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>\n${nav}\n${teaser}`);
    const side = calendar(rng, iso, issue);
    const body = `<div${cls(rng)}><a href="/">健康教育</a> <a href="/meiriyiwen/">每日一问</a> <a href="/jiangzuo/">健康讲座</a></div>
${rng.chance(0.5) ? `${side}\n${content}` : `${content}\n${side}`}
${past}
<div${cls(rng)}>主办：${esc(d.hospital!)}宣传科</div>`;
    const html = documentOf(`每日一问第${issue}期：${ask(page)}`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: {
        ...plainKey(page, { gradeShown: gradeShown && !glued, printFormat, datedItems: false }),
        related: relatedWith(page, (_e, i) => ({ format: 'unknown', date: datedItems ? shift(iso, -i - 1) : null })),
      },
    };
  },
};

// --- F2. epub-reader ---

const PUBLISHERS = ['人民卫生出版社', '中国医药科技出版社', '化学工业出版社', '科学技术文献出版社', '中国中医药出版社'];

/** A paragraph cut at a comma in its middle, as a print page break cuts it; null where it has none. */
function cutAtComma(p: string): [string, string] | null {
  const commas = [...p.matchAll(/，/gu)].map((m) => m.index!).filter((i) => i > 4 && i < p.length - 6);
  if (!commas.length) return null;
  const at = commas[Math.floor(commas.length / 2)]! + 1;
  return [p.slice(0, at), p.slice(at)];
}

/**
 * F2. One question of a 名医问答 book, read in a publisher's web reader: the reader's bar (the book's
 * title, 目录, 上一节 / 下一节, A- A+), a side panel with the book's 出版社, 出版时间 (a month, or the
 * 第1版 / 第N次印刷 days on 40%) and 阅读进度, the table of contents (the chapter's other questions,
 * the current one marked) before or after the text, and the section: the chapter's heading, the
 * question as `57．…`, `57. …` or `问题57：…`, the 解答专家 line (glued `{hospital}{department}{title}`,
 * two lines, or 【专家】 words; before or after the answer), the answer in `<p class="txt">`s with a
 * print page break in one paragraph: the reader's page number between two `<p>`s, the second
 * unindented (60%), or an empty `epub:type="pagebreak"` span inside it.
 */
const epubReader: Family = {
  name: 'epub-reader',
  split: 'fresh-42',
  site: 'read.yixue-shuwu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const topic = topicWord(page);
    const book = `${topic}${rng.pick(['名医解答', '专家答疑', '防治问答'])}${rng.int(100, 300)}问`;
    const n = rng.int(12, 180);
    const pageNo = rng.int(20, 260);
    const heading = rng.pick([`${n}．${esc(page.question)}`, `${n}. ${esc(page.question)}`, `问题${n}：${esc(page.question)}`]);
    const card = rng.pick([
      `<p class="author">（解答专家：${esc(d.name!)}，${esc(d.hospital!)}${esc(d.department!)}${d.title}）</p>`,
      `<p${cls(rng)}>本题专家：${esc(d.name!)}　${d.title}<br>${esc(d.hospital!)}　${esc(d.department!)}</p>`,
      `<p${cls(rng)}>【专家】${esc(d.hospital!)} ${esc(d.department!)} ${d.title} ${esc(d.name!)}</p>`,
    ]);
    const visible = rng.chance(0.6);
    // The break falls in a paragraph it can cut mid-sentence, where there is one.
    const cuttable = page.paragraphs.map((p, i) => (cutAtComma(p) ? i : -1)).filter((i) => i >= 0);
    const at = cuttable.length ? rng.pick(cuttable) : -1;
    const paras = page.paragraphs
      .map((p, i) => {
        const cut = i === at ? cutAtComma(p) : null;
        if (!cut) return `<p class="txt">${esc(p)}</p>`;
        if (visible) return `<p class="txt">${esc(cut[0])}</p>\n<div class="${rng.pick(['pagenum', 'page-no', 'pb'])}">— ${pageNo} —</div>\n<p class="${rng.pick(['noindent', 'txt-cont', 'txt1'])}">${esc(cut[1])}</p>`;
        return `<p class="txt">${esc(cut[0])}<span epub:type="pagebreak" role="doc-pagebreak" id="page_${pageNo}" title="${pageNo}"></span>${esc(cut[1])}</p>`;
      })
      .join('\n');
    const cardFirst = rng.chance(0.4);
    const section = `<section epub:type="chapter"${cls(rng)}><h2>第${rng.pick(['一', '二', '三', '四', '五', '六'])}章 ${esc(topic)}的${rng.pick(['诊断', '治疗', '日常护理', '预防'])}</h2>
<h3 id="q${n}">${heading}</h3>
${cardFirst ? `${card}\n${paras}` : `${paras}\n${card}`}</section>`;
    const toc = `<nav epub:type="toc"${cls(rng)}><h4>目录</h4><ol${cls(rng)}>${[`<li class="cur"><a href="#q${n}">${n}．${esc(page.question)}</a></li>`, ...page.related.slice(0, 6).map((r, i) => `<li><a href="#q${n + i + 1}">${n + i + 1}．${esc(r.question)}</a></li>`)].join('\n')}</ol></nav>`;
    const pubYear = Number(page.date!.slice(0, 4)) - rng.int(0, 2);
    const pubDay = `${pubYear}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const info = `<div${cls(rng)}><p>《${esc(book)}》</p><p>主编：${otherName(rng)}</p><p>出版社：${rng.pick(PUBLISHERS)}</p>${
      rng.chance(0.4) ? `<p>${cnDate(pubDay)}第1版　${cnDate(shift(pubDay, rng.int(90, 400)))}第${rng.int(2, 6)}次印刷</p>` : `<p>出版时间：${pubDay.slice(0, 7)}</p>`
    }<p>阅读进度 ${rng.int(5, 95)}%</p></div>`;
    const bar = `<div${cls(rng)}><a href="/">书屋</a> <span>《${esc(book)}》</span> <a href="#toc">目录</a> <a href="#">A-</a> <a href="#">A+</a></div>`;
    const pager = `<div${cls(rng)}><a href="#q${n - 1}">上一节</a> <a href="#q${n + 1}">下一节</a></div>`;
    const tocFirst = rng.chance(0.5);
    const body = `${bar}
${tocFirst ? `${toc}\n${info}` : info}
<div${cls(rng)}>${section}</div>
${pager}
${tocFirst ? '' : toc}`.replace(/\n{2,}/g, '\n');
    const html = documentOf(`${n}．${page.question} - 《${book}》在线阅读`, page.canonical, '', body).replace('<html lang="zh-CN">', '<html lang="zh-CN" xmlns:epub="http://www.idpf.org/2007/ops">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), date: null, format: 'unknown', related: [] }),
    };
  },
};

// --- F3. inbox-message ---

const NOTICES = ['签约服务到期提醒', '您的体检报告已生成', '随访提醒：请按时复查', '健康讲座报名通知', '【系统】账号安全提醒', '家庭医生团队变更通知'];

/**
 * F3. A family-doctor platform's 站内信 reply opened in its message centre: folders (收件箱 / 已发送 /
 * 系统通知), the inbox list (4–7 messages: notices and replies with their days, the opened one
 * marked) before the message, and the message: `回复：{question}` or `Re: {question}` as its subject
 * (under `主题：` on half), `发件人：` the doctor (name, `医生` after it on 30%, title), `单位：` or the
 * department and hospital (grade on 50%), `发送时间：` (day and time), `回复方式：` a format word on
 * 30%, the reply's paragraphs (the doctor's signature under them on 40%: name, hospital and
 * department), then the patient's original message quoted (`原始消息` line, its
 * 发件人 我, its time 1–3 days before, its subject, the question and an asker's line); 回复 / 转发 /
 * 删除 buttons and a 快速回复 box on half.
 */
const inboxMessage: Family = {
  name: 'inbox-message',
  split: 'fresh-42',
  site: 'www.jiating-yisheng-qianyue.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.3);
    const iso = page.date!;
    const subject = `${rng.pick(['回复：', 'Re: ', 'RE：'])}${esc(page.question)}`;
    const others = rng.shuffle(NOTICES).slice(0, rng.int(3, 6));
    const at = rng.int(0, others.length);
    const listed = [...others.map((t) => ({ t, day: shift(iso, rng.int(-40, 20)), me: false }))];
    listed.splice(at, 0, { t: subject, day: iso, me: true });
    const shortDay = (x: string) => (rng.chance(0.5) ? x.slice(5) : x);
    const inbox = `<div${cls(rng)}><ul${cls(rng)}><li><a href="/msg/inbox">收件箱</a></li><li><a href="/msg/sent">已发送</a></li><li><a href="/msg/notice">系统通知</a></li></ul>
<ul${cls(rng)}>${listed.map((x) => `<li${x.me ? ' class="active"' : rng.chance(0.3) ? ' class="unread"' : ''}><a href="/msg/${token(rng, 8)}">${x.me ? subject : esc(x.t)}</a><span>${shortDay(x.day)}</span></li>`).join('\n')}</ul></div>`;
    const sender = `${esc(d.name!)}${rng.chance(0.3) ? '医生' : ''}${rng.pick([`（${d.title}）`, ` ${d.title}`])}`;
    const org = rng.pick([`单位：${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}`, `${esc(d.department!)}｜${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}`]);
    const sent = `${dayText(rng, iso)} ${page.time}${rng.chance(0.3) ? `:${String(rng.int(0, 59)).padStart(2, '0')}` : ''}`;
    const asked = shift(iso, -rng.int(1, 3));
    const header = `<div${cls(rng)}><h2${cls(rng)}>${rng.chance(0.5) ? '主题：' : ''}${subject}</h2>
<p>发件人：${sender}</p><p>${org}</p><p>发送时间：${sent}</p><p>收件人：我</p>${printFormat ? `<p>回复方式：${formatWord(rng, page.format)}</p>` : ''}</div>`;
    const signature = rng.chance(0.4) ? `<p${cls(rng)}>${rng.pick(['——', '-- ', ''])}${esc(d.name!)}<br>${esc(d.hospital!)} ${esc(d.department!)}</p>` : '';
    const reply = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${signature}</div>`;
    const quoted = `<div${cls(rng)}><p>${rng.pick(['------------------ 原始消息 ------------------', '—— 原始消息 ——', '在 ' + dayText(rng, asked) + '，您写道：'])}</p>
<p>发件人：我</p><p>发送时间：${dayText(rng, asked)} ${hm(rng)}</p><p>主题：${esc(page.question)}</p><p>${esc(page.question)}${rng.pick(ASKER_LINES)}</p></div>`;
    const tools = `<div${cls(rng)}><button>回复</button><button>转发</button><button>删除</button></div>${rng.chance(0.5) ? `<textarea placeholder="快速回复…"></textarea>` : ''}`;
    const body = `<div${cls(rng)}><a href="/">家庭医生签约服务平台</a> <a href="/msg/">我的消息(${rng.int(1, 9)})</a> <a href="/user/">个人中心</a></div>
<div${cls(rng)}>${inbox}
${wrap(rng, `${header}\n${reply}\n${quoted}\n${tools}`)}</div>
<div${cls(rng)}>${rng.pick(DISCLAIMERS)}</div>`;
    const html = documentOf(`${rng.pick(['站内信', '我的消息', '消息详情'])} - 家庭医生签约服务平台`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: printFormat ? page.format : 'unknown', related: [] }),
    };
  },
};

// --- F4. xml-xslt ---

/** Element names of a consultation document: English, pinyin, or Chinese. */
const VOCABS = [
  { root: 'consult', title: 'title', ask: 'question', content: 'content', time: 'time', reply: 'answer', doctor: 'doctor', name: 'name', jobTitle: 'professionalTitle', dept: 'department', hospital: 'hospital', grade: 'level', para: 'p', kind: 'type', related: 'related', item: 'item', summary: 'summary', url: 'url' },
  { root: 'zixun', title: 'biaoti', ask: 'tiwen', content: 'neirong', time: 'shijian', reply: 'huifu', doctor: 'yisheng', name: 'xingming', jobTitle: 'zhicheng', dept: 'keshi', hospital: 'yiyuan', grade: 'dengji', para: 'duan', kind: 'xingshi', related: 'xiangguan', item: 'tiao', summary: 'zhaiyao', url: 'lianjie' },
  { root: '咨询', title: '标题', ask: '提问', content: '内容', time: '时间', reply: '回复', doctor: '医生', name: '姓名', jobTitle: '职称', dept: '科室', hospital: '医院', grade: '等级', para: '段落', kind: '形式', related: '相关咨询', item: '条目', summary: '摘要', url: '链接' },
] as const;

/**
 * F4. A city health commission's 健康咨询 record published as XML for an XSLT stylesheet
 * (`<?xml-stylesheet type="text/xsl" href="…">`; a BOM on 30%): the question's title, the asker's
 * 提问 block (text and a time 0–3 days before), the reply (the doctor's element with name, title,
 * department, hospital, a grade element on 50%; the answer one element a paragraph; its time as
 * `2023-05-06 14:22:00`, `2023-05-06T14:22:00+08:00` or `20230506142200`; a 形式 element with
 * 图文 / 语音 / 视频 on 50%; the doctor before or after the answer), and the related items (title,
 * summary, a time on 60%, the absolute address), the elements named in English, pinyin or Chinese.
 */
const xmlXslt: Family = {
  name: 'xml-xslt',
  split: 'fresh-42',
  site: 'wsjkw.jiangzhou.gov.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = rng.pick(VOCABS);
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.5);
    const datedItems = rng.chance(0.6);
    const el = (name: string, text: string, indent: string) => `${indent}<${name}>${esc(text)}</${name}>`;
    const stamp = (iso: string, time: string) =>
      rng.pick([`${iso} ${time}:00`, `${iso}T${time}:00+08:00`, `${compact(iso)}${time.replace(':', '')}00`]);
    const kindWord = { text: '图文', voice: '语音', video: '视频', unknown: '' }[page.format];
    const doctor = [
      `    <${v.doctor}>`,
      el(v.name, d.name!, '      '),
      el(v.jobTitle, d.title!, '      '),
      el(v.dept, d.department!, '      '),
      el(v.hospital, d.hospital!, '      '),
      ...(gradeShown ? [el(v.grade, d.hospital_grade!, '      ')] : []),
      `    </${v.doctor}>`,
    ].join('\n');
    const content = [`    <${v.content}>`, ...page.paragraphs.map((p) => el(v.para, p, '      ')), `    </${v.content}>`].join('\n');
    const reply = [
      `  <${v.reply}>`,
      rng.chance(0.5) ? `${doctor}\n${content}` : `${content}\n${doctor}`,
      el(v.time, stamp(page.date!, page.time), '    '),
      ...(printFormat && kindWord ? [el(v.kind, kindWord, '    ')] : []),
      `  </${v.reply}>`,
    ].join('\n');
    const askBlock = [`  <${v.ask}>`, el(v.content, `${page.question}${rng.pick(ASKER_LINES)}`, '    '), el(v.time, stamp(shift(page.date!, -rng.int(0, 3)), rng.pick(['07:12', '08:40', '06:55'])), '    '), `  </${v.ask}>`].join('\n');
    const related = page.related.length
      ? [
          `  <${v.related}>`,
          ...page.related.map((r) =>
            [`    <${v.item}>`, el(v.title, r.question, '      '), el(v.summary, r.snippet, '      '), ...(datedItems ? [el(v.time, r.date!, '      ')] : []), el(v.url, new URL(r.path, page.canonical).href, '      '), `    </${v.item}>`].join('\n'),
          ),
          `  </${v.related}>`,
        ].join('\n')
      : '';
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/xsl/${rng.pick(['zixun', 'consult', 'detail'])}.xsl"?>
<${v.root} id="${rng.int(10000, 99999)}">
${el(v.title, page.question, '  ')}
${askBlock}
${reply}
${related}
</${v.root}>
`.replace(/\n{2,}/g, '\n');
    const bytes = Buffer.from(xml, 'utf8');
    return {
      body: rng.chance(0.3) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes,
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat && kindWord ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F5. gradient-text ---

const GRADIENTS = ['linear-gradient(90deg,#1e88e5,#43a047)', 'linear-gradient(to right,#ff6a00,#ee0979)', 'linear-gradient(135deg,#0f9b8e 0%,#2d6cdf 100%)'];
const KEYWORDS = ['哪家医院好', '怎么治疗最好', '挂什么科', '多少钱', '能根治吗'];

/**
 * F5. A health portal's 专题 Q&A page with gradient text: the question, and on some pages the
 * doctor's name (60%), the date line (30%) and each related question (30%), drawn with a gradient
 * clipped to the text — `background: linear-gradient(…); -webkit-background-clip: text;
 * background-clip: text; color: transparent` or `-webkit-text-fill-color: transparent`, inline or
 * by a `<style>` class —; on 40% a truly transparent run of keywords (`color: transparent`,
 * `rgba(0,0,0,0)` or a transparent text fill with no clipped background) at the end of one answer
 * paragraph. An ordinary card otherwise (grade on 50%), date line (format on 40%), disclaimer and
 * related list (dated on half).
 */
const gradientText: Family = {
  name: 'gradient-text',
  split: 'fresh-42',
  site: 'zhuanti.jianbian-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const byClass = rng.chance(0.4);
    const fill = rng.chance(0.5);
    const gradient = rng.pick(GRADIENTS);
    const g = `${rng.pick(['gt', 'grad-txt', 'title-gradient'])}`;
    const rule = `background:${gradient};-webkit-background-clip:text;background-clip:text;${fill ? '-webkit-text-fill-color:transparent' : 'color:transparent'}`;
    const drawn = (tag: string, html: string) => (byClass ? `<${tag} class="${g}">${html}</${tag}>` : `<${tag} style="${rule}">${html}</${tag}>`);
    const nameDrawn = rng.chance(0.6);
    const dateDrawn = rng.chance(0.3);
    const itemsDrawn = rng.chance(0.3);
    const hidden = rng.pick(['color:transparent', 'color:rgba(0,0,0,0)', '-webkit-text-fill-color:transparent']);
    const decoyAt = rng.chance(0.4) ? rng.int(0, page.paragraphs.length - 1) : -1;
    const decoy = () => {
      const words = rng.shuffle(KEYWORDS).slice(0, 3).map((k) => `${topicWord(page)}${k}`).join(' ');
      return byClass ? `<span class="kw">${esc(words)}</span>` : `<span style="${hidden}">${esc(words)}</span>`;
    };
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p, i) => `<p>${esc(p)}${i === decoyAt ? decoy() : ''}</p>`).join('')}</div>`;
    const name = nameDrawn ? drawn('b', esc(d.name!)) : `<b${cls(rng)}>${esc(d.name!)}</b>`;
    const card = `<div${cls(rng)}>${name} <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p></div>`;
    const dateHtml = `${rng.pick(['回答时间：', '发布于 ', ''])}${dayText(rng, page.date!, page.time)}`;
    const when = `<div${cls(rng)}>${dateDrawn ? drawn('span', dateHtml) : dateHtml}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相关推荐', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${itemsDrawn ? drawn('span', esc(r.question)) : esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const style = byClass ? `<style>.${g}{${rule}}.kw{${hidden}}</style>\n` : '';
    const body = `<div${cls(rng)}><a href="/">健康专题</a> <a href="/zt/">全部专题</a></div>
${wrap(rng, `${drawn('h1', esc(page.question))}\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}_健康专题`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. utc-datetime ---

/** A time of night, 00:00–07:59 (Beijing). */
const nightTime = (rng: Rng) => `${String(rng.int(0, 7)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

/** The UTC instant of a Beijing day and time, as a datetime attribute writes it. */
const utcStamp = (rng: Rng, iso: string, time: string) => {
  const z = new Date(Date.parse(`${iso}T${time}:00+08:00`)).toISOString().slice(0, 19);
  return rng.pick([`${z}Z`, `${z}.000Z`, `${z}+00:00`]);
};

/**
 * F6. A 夜间问诊 (night consultation) page of an internationalised app: times kept in UTC and
 * printed in Beijing time by the server, the answer given between 00:00 and 07:59, so the
 * `datetime` attribute (`2023-05-05T19:12:00Z`) holds the day before the printed one
 * (`2023年5月6日 03:12`, `2023-05-06 凌晨03:12`): a `<time>`, a `<relative-time>` element or a span
 * with `data-utc`, a `title` tooltip with the UTC time on 30%, `（北京时间）` on 30%; on 20% the
 * element is empty (a script would print it); a JSON-LD QAPage with the UTC instant on half; the
 * asker's 提问于 the evening before (printed, with its own UTC attribute) on 60%. An ordinary card
 * (grade on 50%), format on 40%, disclaimer and related list (dated on 60%, each item's `<time>`
 * carrying its UTC instant, a night time on half).
 */
const utcDatetime: Family = {
  name: 'utc-datetime',
  split: 'fresh-42',
  site: 'www.yejian-wenzhen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.6);
    const empty = rng.chance(0.2);
    const iso = page.date!;
    const night = nightTime(rng);
    const z = utcStamp(rng, iso, night);
    const shown = empty ? '' : `${rng.pick([`${cnDate(iso)} ${night}`, `${iso} 凌晨${night}`, `${iso.replace(/-/g, '/')} ${night}`])}${rng.chance(0.3) ? '（北京时间）' : ''}`;
    const tip = rng.chance(0.3) ? ` title="${z.slice(0, 10)} ${z.slice(11, 16)} UTC"` : '';
    const timeEl = rng.pick([
      `<time datetime="${z}"${tip}${cls(rng)}>${shown}</time>`,
      `<relative-time datetime="${z}" format="datetime" lang="zh-CN"${tip}>${shown}</relative-time>`,
      `<span class="js-local-time" data-utc="${z}"${tip}>${shown}</span>`,
    ]);
    const when = `<div${cls(rng)}>${rng.pick(['回复于 ', '医生回复：', '回答时间：'])}${timeEl}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const askDay = shift(iso, -1);
    const askTime = `${rng.int(20, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const asker = rng.chance(0.6)
      ? `<div${cls(rng)}><p>${esc(page.question)}${rng.pick(ASKER_LINES)}</p><p>提问于 <time datetime="${utcStamp(rng, askDay, askTime)}">${askDay} ${askTime}</time></p></div>`
      : '';
    const itemTime = (r: TruthPage['related'][number]) => {
      const t = rng.chance(0.5) ? nightTime(rng) : hm(rng);
      return `<time datetime="${utcStamp(rng, r.date!, t)}">${r.date}</time>`;
    };
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相似问诊', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? itemTime(r) : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const ld = rng.chance(0.5)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: page.question, acceptedAnswer: { '@type': 'Answer', text: page.paragraphs.join('\n'), dateCreated: z } } })}</script>\n`
      : '';
    const body = `<div${cls(rng)}><a href="/">夜间问诊</a> <span>22:00–08:00 医生在线</span></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${asker}\n${plainCard(rng, page, gradeShown)}\n${when}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question} - 夜间问诊`, page.canonical, ld, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: { ...plainKey(page, { gradeShown, printFormat, datedItems }), date: empty ? null : iso },
    };
  },
};

export const FRESH42_FAMILIES: readonly Family[] = [dailyCalendar, epubReader, inboxMessage, xmlXslt, gradientText, utcDatetime];
