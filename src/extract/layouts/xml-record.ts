import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { parseCardParts } from '../card/card-parts.js';
import { noDoctor, pageDraft } from '../draft.js';
import { PROSE_RE } from '../words/genre.js';
import { findDate, readMetaLine } from '../dates/page-meta.js';

/**
 * A Q&A record served as an XML document for an XSLT stylesheet (`<?xml-stylesheet type="text/xsl"?>`,
 * a health commission's 健康咨询 record): no HTML; the stylesheet draws the page, and a browser without it
 * shows every element's text. The elements' names are the record's labels, in English, pinyin or Chinese
 * (`title` / `biaoti` / `标题`), and are read as labels: the record's title is the question; the reply's
 * paragraphs the answer, its doctor's elements the card (a grade only where an element holds one), its
 * time the day, its 形式 the format; the asker's block none of them; the related list's items with their
 * titles, summaries, times and addresses as written. A document whose names say none of this (a sitemap,
 * a feed, any other data) is no page of the genre: null.
 */

/** Names of each part, lower case, without `-` / `_` (`professional_title`, `professionalTitle`). */
const NAMES = {
  title: ['title', 'subject', 'headline', 'biaoti', 'zhuti', '标题', '主题', '问题标题'],
  reply: ['answer', 'reply', 'response', 'huifu', 'dafu', 'huida', 'jieda', '回复', '答复', '回答', '解答'],
  doctor: ['doctor', 'expert', 'physician', 'answerer', 'yisheng', 'zhuanjia', '医生', '专家'],
  name: ['name', 'fullname', 'doctorname', 'xingming', 'mingzi', '姓名', '名字'],
  jobTitle: ['professionaltitle', 'jobtitle', 'title', 'position', 'zhicheng', '职称'],
  department: ['department', 'dept', 'keshi', '科室'],
  hospital: ['hospital', 'organization', 'yiyuan', 'danwei', '医院', '单位'],
  grade: ['level', 'grade', 'hospitallevel', 'hospitalgrade', 'dengji', '等级', '医院等级'],
  content: ['content', 'body', 'text', 'neirong', 'zhengwen', '内容', '正文'],
  time: ['time', 'date', 'datetime', 'replytime', 'answertime', 'shijian', 'riqi', '时间', '日期', '回复时间'],
  format: ['format', 'type', 'kind', 'mode', 'xingshi', 'leixing', 'fangshi', '形式', '类型', '方式'],
  related: ['similar', 'recommended', 'tuijian', '推荐'],
  summary: ['summary', 'abstract', 'snippet', 'excerpt', 'zhaiyao', '摘要'],
  url: ['url', 'link', 'href', 'address', 'lianjie', 'dizhi', 'wangzhi', '链接', '地址', '网址'],
} as const;
type Part = keyof typeof NAMES;

const keyOf = (el: Element) => el.name.replace(/^[^:]*:/u, '').replace(/[-_]/gu, '').toLowerCase();
/** A related list's name may say what it lists after the word (`relatedQuestions`, `相关咨询`, `xiangguanwenda`). */
const RELATED_NAME_RE = /^(?:related|xiangguan|相关)/u;
const is = (el: Element, part: Part) => (NAMES[part] as readonly string[]).includes(keyOf(el)) || (part === 'related' && RELATED_NAME_RE.test(keyOf(el)));
const childElements = (el: Element) => el.children.filter((c): c is Element => c.type === 'tag');
const child = (el: Element | null | undefined, part: Part) => (el ? (childElements(el).find((c) => is(c, part)) ?? null) : null);
/** An element's text as a browser shows it without a stylesheet: its text nodes run together, spaces collapsed. */
const textOf = (el: Element | null): string => (el ? collect(el).replace(/\s+/gu, ' ').trim() : '');

function collect(node: AnyNode, depth = 0): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  // A record is a few levels deep: a deeper tree is no record's text.
  if ((node.type !== 'tag' && node.type !== 'cdata') || depth > MAX_DEPTH) return '';
  return (node as unknown as { children: AnyNode[] }).children.map((c) => collect(c, depth + 1)).join(node.type === 'tag' ? ' ' : '');
}
const MAX_DEPTH = 8;

/** The page's entries read from an XML record, or null where the document is no record of the genre. */
export function readXmlRecord(xml: string): { page: EntryDraft; related: EntryDraft[] } | null {
  const root = childElements(parseDocument(xml, { xmlMode: true }) as unknown as Element)[0];
  if (!root) return null;
  const question = textOf(child(root, 'title'));
  const reply = child(root, 'reply');
  const content = child(reply, 'content');
  const paragraphs = (content ? paragraphsOf(content) : []).filter((p) => p !== '');
  if ([...question].length < 4 || [...question].length > 80 || !paragraphs.some((p) => PROSE_RE.test(p))) return null;
  const doctorEl = child(reply, 'doctor');
  const hospital = parseCardParts([textOf(child(doctorEl, 'hospital'))]);
  const doctor = {
    ...noDoctor(),
    name: textOf(child(doctorEl, 'name')) || null,
    title: textOf(child(doctorEl, 'jobTitle')) || null,
    department: textOf(child(doctorEl, 'department')) || null,
    hospital: hospital.hospital,
    hospital_grade: textOf(child(doctorEl, 'grade')) || hospital.hospital_grade,
  };
  const date = dayOf(textOf(child(reply, 'time')));
  const format = readMetaLine(textOf(child(reply, 'format')));
  const related = relatedItems(child(root, 'related'));
  const page = pageDraft({ question, answerParagraphs: paragraphs, doctor, format: format.metaOnly ? format.format : 'unknown', date, hasDisclaimer: false }, related)!;
  const doubts = [
    // A browser shows a malformed document's parse error, not its elements: what the parser recovered may run paragraphs together or lose them.
    ...(isWellFormed(xml) ? [] : ['the XML document is not well formed (its end tags do not close its elements)']),
    ...(doctor.name && doctor.title && doctor.hospital ? [] : ["the record's doctor not read from its elements"]),
    ...(date === null ? ["no date read from the reply's time"] : []),
    // A list of linked records under a name not read as a related list's: its items may be related ones.
    ...(related.length === 0 && childElements(root).some((c) => childElements(c).filter((item) => /https?:\/\//u.test(textOf(item))).length >= 2) ? ['a list of links in the record not read as its related list'] : []),
  ];
  return { page: { ...page, readBy: 'genre', ...(doubts.length > 0 ? { doubts } : {}) }, related };
}

/** The answer's paragraphs: one element a paragraph, or the lines of a content element that has no children. */
function paragraphsOf(content: Element): string[] {
  const parts = childElements(content);
  return parts.length > 0 ? parts.map(textOf) : collect(content).split(/\r?\n/u).map((l) => l.trim());
}

/** A day as a record writes it: ISO 8601 (`2023-05-06T14:22:00+08:00`), compact (`20230506142200`), or printed. */
function dayOf(text: string): string | null {
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?$/u);
  if (compact) return findDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  return findDate(text.replace(/^(\d{4}-\d{2}-\d{2})T.*$/u, '$1'));
}

function relatedItems(list: Element | null): EntryDraft[] {
  if (!list) return [];
  const items = childElements(list).flatMap((item) => {
    const question = textOf(child(item, 'title'));
    const url = textOf(child(item, 'url'));
    if (!question || !/^https?:\/\/\S+$/iu.test(url)) return [];
    const summary = textOf(child(item, 'summary'));
    return [
      {
        question,
        answerParagraphs: summary ? [summary] : [],
        doctor: noDoctor(),
        format: 'unknown' as const,
        date: dayOf(textOf(child(item, 'time'))),
        hasDisclaimer: false,
        origin: 'related' as const,
        position: 0,
        url,
        relatedUrls: [],
        readBy: 'genre' as const,
      },
    ];
  });
  return items.map((item, position) => ({ ...item, position }));
}

/** A start or end tag (not a declaration, comment, CDATA or processing instruction), with its name and whether it closes itself. */
const TAG_RE = /<(\/?)([^\s/>!?]+)[^>]*?(\/?)>/gu;
const UNTAGGED_RE = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>/gu;

/** Whether every element the document opens is closed, in order: an XML parser's first test. */
function isWellFormed(xml: string): boolean {
  const open: string[] = [];
  for (const [, end, name, selfClosed] of xml.replace(UNTAGGED_RE, '').matchAll(TAG_RE)) {
    if (selfClosed) continue;
    if (!end) open.push(name!);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}
