import type { Rng } from '../../kit/pages/rng.js';
import { GIVEN, SURNAMES, TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Expected, type ExpectedItem } from './family.js';
import { cls, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * The ordinary pieces of a page of the genre, as the later families draw them around what each
 * family is about: a plain doctor card, a date line, a plain related list, the day and name
 * printers they use, and the answer key's everyday helpers. Each draws from `rng` in a fixed
 * order: the pages and answer keys already measured depend on it, so a piece that should draw
 * otherwise is a new piece, not a change to one of these (bench/genre/page-hashes.ts checks).
 */

type Related = TruthPage['related'][number];

// --- the answer key ---

/** The question without its closing question mark (for titles and prompts built from it). */
export const ask = (page: TruthPage) => page.question.replace(/[？?]$/u, '');

/** The number in an item's truth path (`/q/123.html` → 123), for the addresses a family links the item at. */
export const itemNum = (r: Related) => Number(r.path.replace(/\D/g, ''));

/** The key of a page that must give no entry (a list, a search, a notice): the truth as usual, no items, and why. */
export const noEntryKey = (page: TruthPage, why: string): Expected => ({ ...expectedOf(page, { related: [] }), noEntry: why });

/** The expected related items, each with what `change` says of it. */
export const relatedWith = (page: TruthPage, change: (e: ExpectedItem, i: number) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => ({ ...e, ...change(e, i) }));

/** The expected doctor where the card prints the hospital's grade only when `gradeShown`. */
/**
 * An answer printed in two sections, each under its head on a line of its own (病情分析： / 指导意见：), as
 * every key keeps it: the heads are paragraphs of the answer; one paragraph stands under the first head alone.
 */
export const withHeads = (paragraphs: readonly string[], first: string, second: string): string[] => {
  const [head, ...rest] = paragraphs;
  return [first, head!, ...(rest.length > 0 ? [second, ...rest] : [])];
};
export const cardPlain = (page: TruthPage, gradeShown: boolean) => ({ ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null });

/**
 * The key of a page whose card is plain (the grade where `gradeShown`), whose format is known where
 * `printFormat`, and whose related items print no format and their dates where `datedItems`.
 */
export const plainKey = (page: TruthPage, o: { gradeShown: boolean; printFormat: boolean; datedItems: boolean }) =>
  expectedOf(page, {
    doctor: cardPlain(page, o.gradeShown),
    format: o.printFormat ? page.format : 'unknown',
    related: relatedWith(page, (e) => ({ format: 'unknown', date: o.datedItems ? e.date : null })),
  });

/** The page's disease (or the start of its question) for words around the content: other links' titles, categories. */
export const topicWord = (page: TruthPage) =>
  TOPICS.find((t) => page.question.includes(t.disease) || t.symptoms.some((s) => page.question.includes(s)))?.disease ?? ask(page).slice(0, 4);

// --- the document ---

/** A page around a body: the charset declaration, title, canonical link (or none), what else the head carries. */
export const documentOf = (title: string, canonical: string | null, head: string, body: string, charset = '<meta charset="utf-8">') => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charset}
<title>${esc(title)}</title>
${canonical ? `<link rel="canonical" href="${canonical}">\n` : ''}${head}</head>
<body>
${body}
</body>
</html>`;

// --- days and times ---

/** The day `days` after (or before) an ISO day. */
export const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A number of two digits at least: 05. */
export const two = (n: number) => String(n).padStart(2, '0');

/** 2023年5月6日. */
export const cnDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The day with unpadded month and day between `sep`: 2023-5-6, 2023/5/6. */
export const unpadded = (iso: string, sep: string) => iso.split('-').map(Number).join(sep);

/** A day as sites print it (2023-05-06, 2023/05/06, 2023年5月6日, 2023.05.06), with `time` after it on 40% where given. */
export const dayText = (rng: Rng, iso: string, time?: string) => {
  const day = rng.pick([iso, iso.replace(/-/g, '/'), cnDate(iso), iso.replace(/-/g, '.')]);
  return time && rng.chance(0.4) ? `${day} ${time}` : day;
};

/** A time of day between 07:00 and 22:59. */
export const hm = (rng: Rng) => `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

/** Seconds since 1970 of a day and time in China (a data-time attribute, a timestamp in JSON). */
export const epochSeconds = (iso: string, time: string) => Math.floor(Date.parse(`${iso}T${time}:00+08:00`) / 1000);

/** English month names, January first. */
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// --- words and names ---

const HEX = '0123456789abcdef';
/** `n` hex digits: ids, hashes, tokens in addresses. */
export const token = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick([...HEX])).join('');

const FORMAT_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['语音回答', '语音解答', '语音'],
  text: ['图文回答', '文字解答', '图文'],
  video: ['视频回答', '视频解答', '视频'],
};
/** A word that names the answer's format (语音回答, 图文 …); for a known format only. */
export const formatWord = (rng: Rng, format: Format) => rng.pick(FORMAT_WORDS[format as Exclude<Format, 'unknown'>]);

/** Heads of a related list, the last 大家还在问. */
export const RELATED_HEADS = ['相关问题', '相似问题', '相关推荐', '相关问答', '大家还在问'];
/** Heads of a related list, the last 类似问题. */
export const RELATED_HEADS_ALIKE = ['相关问题', '相似问题', '相关推荐', '相关问答', '类似问题'];

/** The asker's words after the question, in a 问题描述 / 问题补充 line. */
export const ASKER_LINES = ['最近一段时间一直这样，不知道是什么原因。', '去社区医院看过，吃了药也不见好。', '请问需要做什么检查？', '平时工作比较忙，作息不太规律。', '有没有什么好的办法缓解？'];

/** A line under an answer that it does not replace a visit. */
export const DISCLAIMERS = ['温馨提示：以上内容仅供参考，不能替代面诊。', '提示：本内容不能代替面诊，如有不适请尽快就医。', '本回答仅供参考，不能作为诊断依据。'];

/** A few common surnames, given names and doctors' titles (for other people on a page). */
export const FEW_SURNAMES = ['李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡'];
export const FEW_GIVEN_NAMES = ['建国', '丽华', '志强', '秀英', '海燕', '文博', '晓东', '春梅', '国庆', '静怡', '明轩', '玉兰'];
export const FEW_TITLES = ['主任医师', '副主任医师', '主治医师', '医师'];
/** Another person's name: a surname and a two-character given name. */
export const otherName = (rng: Rng) => `${rng.pick(FEW_SURNAMES)}${rng.pick(FEW_GIVEN_NAMES)}`;

/** A name of the universe's surnames and given characters (one or two), other than `not`. */
export const personName = (rng: Rng, not = '') => {
  let name = '';
  do name = rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.5) ? rng.pick([...GIVEN]) : '');
  while (name === not);
  return name;
};

// --- the card, the date line, the related list ---

/** The hospital with its grade after it (` 三甲`, `（三甲）` or in a span) where `grade` is given. */
export const hospitalWithGrade = (rng: Rng, hospital: string, grade: string | null) =>
  `${esc(hospital)}${grade ? rng.pick([` ${grade}`, `（${grade}）`, `<span${cls(rng)}>${grade}</span>`]) : ''}`;

/** An ordinary card: name, title, hospital with its grade or not, department, in one of three arrangements. */
export function plainCard(rng: Rng, page: TruthPage, gradeShown: boolean): string {
  const d = page.doctor;
  const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
  return rng.pick([
    `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hosp} ${esc(d.department!)}</p></div>`,
    `<div${cls(rng)}><p>回答医生：<a href="/doctor/${page.item.num % 9973}.html">${esc(d.name!)}</a> ${d.title}</p><p>${esc(d.department!)} | ${hosp}</p></div>`,
    `<div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span><span${cls(rng)}>${d.title}</span><span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}>${hosp}</div></div>`,
  ]);
}

/** The date line: a label or none, the day (a time now and then), a format word where printed. */
export const whenLine = (rng: Rng, page: TruthPage, printFormat: boolean) =>
  `<div${cls(rng)}>${rng.pick([`回答时间：${dayText(rng, page.date!, page.time)}`, `${dayText(rng, page.date!)} 回答`, `发布于 ${dayText(rng, page.date!, page.time)}`, dayText(rng, page.date!, page.time)])}${
    printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''
  }</div>`;

/** An item of an ordinary related list: question link, snippet, the date on dated pages. */
export const relatedItem = (rng: Rng, r: Related, dated: boolean, question: (q: string) => string = esc) =>
  `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${question(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${dated ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`;

/** An ordinary related list under one of `heads`, its questions printed by `question`; nothing where there are no items. */
export const relatedList = (rng: Rng, related: readonly Related[], dated: boolean, heads: readonly string[] = RELATED_HEADS, question: (q: string) => string = esc) =>
  related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(heads)}</h3><ul${cls(rng)}>${related.map((r) => relatedItem(rng, r, dated, question)).join('\n')}</ul></div>` : '';

/**
 * The answer as a preview or a copy cut after about `limit` characters prints it: whole paragraphs, then the cut one up to the
 * cut with `dots`; null where the answer fits whole.
 */
export function cutAnswer(paragraphs: readonly string[], limit: number, dots: string): string[] | null {
  const shown: string[] = [];
  let left = limit;
  for (const p of paragraphs) {
    const chars = Array.from(p);
    if (chars.length <= left) {
      shown.push(p);
      left -= chars.length;
      continue;
    }
    // Cut inside the paragraph, never at its very start or end.
    const at = Math.max(1, Math.min(Math.max(left, 8), chars.length - 5));
    shown.push(`${chars.slice(0, at).join('')}${dots}`);
    return shown;
  }
  return null;
}

/** Items at `href`, with their snippet where `snippet` gives one, dated where `dated`, resolved against `own` where the page names it. */
export const itemsOf = (related: readonly Related[], href: (r: Related) => string, own: string | null, snippet: (r: Related) => string | null, dated: boolean): ExpectedItem[] =>
  related.map((r) => {
    const s = snippet(r);
    return { question: r.question, paragraphs: s === null ? [] : [s], format: 'unknown', date: dated ? r.date : null, url: own ? new URL(href(r), own).href : href(r) };
  });
/** Paragraphs as `<p>`s. */
export const paras = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
/** Paragraphs as `<p>`s, the answer's heads among them set in `tag`. */
export const headedHtml = (rng: Rng, paragraphs: readonly string[], heads: readonly string[], tag = 'strong') =>
  paragraphs.map((p) => (heads.includes(p) ? `<p><${tag}${cls(rng)}>${p}</${tag}></p>` : `<p>${esc(p)}</p>`)).join('\n');
/** A snippet cut after `keep` characters with `dots` where it is longer than `over`. */
export const cutSnippet = (s: string, keep: number, over: number, dots: string) => (Array.from(s).length > over ? `${Array.from(s).slice(0, keep).join('')}${dots}` : s);
/** The city a page's hospital names (江州 where it names none). */
export const cityOf = (page: TruthPage) => page.doctor.hospital!.match(/^(.+?)市/u)?.[1] ?? '江州';
