import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { comparable } from '../core/text.js';
import type { AnswerFormat, Doctor, ReadBy } from '../schema/entry.js';
import type { EntryDraft } from '../schema/records.js';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { pageDraft } from './draft.js';
import { isAskerLine, isCardLine, isDisclaimer, questionFromTitle } from './genre.js';
import { inside, nodesBetween, renderBlocks, type Block, type Media, type Stamp } from './html-lines.js';
import { findDate, pickMeta, readMetaLine, type PageMeta } from './page-meta.js';
import { textContent, type PageIndex } from './page-index.js';
import type { PageQuery } from './page-query.js';
import { findRelatedList } from './related-list.js';
import { readStructuredData, type StructuredQa } from './structured-data.js';

/**
 * The genre reader: a page of the genre read by what its parts say and how such pages are
 * shaped, whatever the markup. The question is the heading the <title> repeats; the doctor
 * card the smallest block holding a title of the vocabulary beside a name and a hospital;
 * the answer the main text after the card that is neither card, label, meta, player,
 * disclaimer nor list; date and format wherever they sit near the question or answer; the
 * related list the repeated items under a 相关推荐-kind heading. Where it is unsure, the entry
 * says why (`doubts`, published as the `unsure_reading` flag).
 */

export interface GenreReading {
  page: EntryDraft | null;
  related: EntryDraft[];
  /** Where the page entry's parts were read (what profile learning aligns across pages). */
  found?: GenreFound;
}

/** The nodes the genre reader read the page entry from. */
export interface GenreFound {
  /** The question's line (its first text node). */
  question: AnyNode | null;
  /** The answer's lines, in order (their first text nodes). */
  answer: AnyNode[];
  /** The doctor card it read. */
  card: Element | null;
  /** The related list's label, where there is one. */
  relatedLabel: Element | null;
}

/** Labels of the answer section (医生解答 and the like): headings, not text. */
const ANSWER_LABEL_RE =
  /^(?:(?:医生|专家|大夫|医师)?(?:解答|回答|回复|答复|建议|解读)|最佳答案|满意答案|回答医生|解答医生|答案|回答内容|问题解答|医生的回答|医生回答如下)\s*[:：]?$/u;
/** A line that starts an enumeration (一、 1. （1）): a point or sub-heading of the answer, not a label. */
const ENUMERATED_RE = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/u;
/** An answer label run into the answer's first line: `答：…`, `医生回复：…`. */
const LABEL_PREFIX_RE = /^(?:(?:医生|专家|大夫)?(?:解答|回答|回复|答复)|答|最佳答案|医生建议)\s*[:：]\s*(?=\S)/u;
/** Words of a short line that heads the answer in wording the reader has not seen (回复内容, 专家意见). */
const LABEL_WORD_RE = /回复|答复|意见|解答|回答|建议|内容|答案|分析|解读/u;
/** What a player shows: its duration, play buttons. */
const PLAYER_RE = /^(?:\d{1,2}[:：]\d{2}|\d{1,3}\s*(?:″|''|"|”|秒)|点击播放|点击收听|播放|暂停|语音播放|收听语音|正在播放|加载中|\s)+$/u;
/** Buttons and prompts around an answer. */
const UI_RE =
  /^(?:展开全文|展开|收起|举报|分享|收藏|点赞|有帮助|没帮助|有用|没用|赞同|反对|感谢|追问|我要提问|立即咨询|在线咨询|免费咨询|咨询TA|咨询他|咨询她|\+?关注|查看更多|更多|阅读全文|查看全文|复制链接|打开APP|APP内打开|下载APP|[\d()（）\s|·])+$/u;
/** Tags and categories after an answer: where the answer has ended. */
const TAGS_RE = /^(?:标签|关键词|相关标签|相关疾病|相关科室|所属分类|分类|相关搜索|相关药品)\s*[:：]/u;
/** Sentence punctuation: an answer has some somewhere. */
const PROSE_RE = /[，,。；;！!？?]/u;

type Kind = 'card' | 'disclaimer' | 'label' | 'meta' | 'player' | 'asker' | 'ui' | 'tags' | 'nav' | 'heading' | 'text';

/** A page as the genre reader takes it: a cheerio document, or the page's one walk and its queries (page-index.ts). */
export type GenrePage = CheerioAPI | { index: PageIndex; query: PageQuery };

/**
 * `structuredData`: whether the page may hold JSON-LD (its text mentions `ld+json`); pages that
 * do not are spared the search for it.
 */
export function readGenrePage(source: GenrePage, resolve: (href: string) => string, options: { structuredData?: boolean } = {}): GenreReading {
  const $ = typeof source === 'function' ? source : null;
  const walked = typeof source === 'function' ? null : source;
  const body = ($ ? ($('body').get(0) ?? $.root().get(0)!) : (walked!.index.bodies[0] ?? walked!.index.document)) as Element;
  const { blocks, media, stamps } = renderBlocks(body);
  const list = $ ? findRelatedList($, resolve) : walked!.query.relatedList(resolve);
  const structured = options.structuredData === false ? null : readStructuredData($ ?? walked!.index.jsonLd);
  const title = $ ? $('title').first().text() : walked!.index.titles[0] ? textContent(walked!.index.titles[0]) : '';
  const at = findQuestion(blocks, title, structured);
  if (at === null) return { page: null, related: list.items };
  const end = zoneEnd(blocks, at.index, list.label);
  const card = findDoctorCard(blocks, at.index, end);
  const kinds = blocks.map((b, i) => (i > at.index && i < end ? kindOf(b, card?.elements ?? []) : 'text'));
  const { paragraphs, doubts, nodes } = readAnswer(blocks, kinds, at.index, end, card);
  // A line or two just above the question may carry its date; below it, every line but the answer's text.
  const above = blocks.slice(Math.max(0, at.index - 2), at.index).filter((b) => readMetaLine(b.text).metaOnly);
  const near = blocks.slice(at.index + 1, end).filter((_, i) => kinds[at.index + 1 + i] !== 'text' && kinds[at.index + 1 + i] !== 'nav');
  const within = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at > at.index && x.at <= end);
  const meta = readMeta([...above, ...near], within(media), within(stamps));
  if (meta.date === null) meta.date = labelledDateAfter(blocks, end);
  if (!at.confirmed) doubts.push('the question is not the heading the <title> repeats');
  if (meta.conflicting) doubts.push('dates or formats near the answer disagree');
  const doctor = card?.doctor ?? noCard(blocks, at.index, end, doubts);
  if (card && (!card.doctor.name || !card.doctor.title)) doubts.push('doctor card without a name or a title');
  if (card?.others) doubts.push('more than one doctor card near the answer');

  const read = { question: at.text, paragraphs, doctor, date: meta.date, readBy: 'genre' as ReadBy };
  if (structured) checkStructuredData(read, structured, blocks, doubts);
  if (!read.paragraphs.some((p) => PROSE_RE.test(p))) return { page: null, related: list.items };
  const hasDisclaimer = kinds.some((k) => k === 'disclaimer');
  const page = pageDraft(
    { question: read.question, answerParagraphs: read.paragraphs, doctor: read.doctor, format: meta.format, date: read.date, hasDisclaimer },
    list.items,
  );
  if (page) {
    page.readBy = read.readBy;
    if (doubts.length > 0) page.doubts = doubts;
  }
  const found: GenreFound = { question: blocks[at.index]!.node, answer: nodes, card: card?.element ?? null, relatedLabel: list.label };
  return { page, related: list.items, found };
}

/**
 * The page's question: the heading its <title> repeats, since many sites put their logo in an
 * <h1> too; titles may carry more than one suffix (`问题 - 问医生 - 站名`), so a heading the
 * title starts with counts. Then a line the title or the structured data repeats; else the
 * first heading, unconfirmed.
 */
function findQuestion(blocks: Block[], rawTitle: string, structured: StructuredQa | null): { index: number; confirmed: boolean; text: string } | null {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  const key = comparable(questionFromTitle(title));
  const whole = comparable(title);
  const named = structured?.question ? comparable(structured.question) : null;
  const long = (text: string) => title !== '' && [...text].length >= 4;
  const repeats = (b: Block) => {
    const text = comparable(b.text);
    return text === key || text === named || (long(text) && whole.startsWith(text));
  };
  // A title may put the site first (`站名 - 问题`); a heading that is a link (the logo) is not the question.
  const ends = (b: Block) => b.heading && b.linkChars < b.chars && long(comparable(b.text)) && whole.endsWith(comparable(b.text));
  let index = blocks.findIndex((b) => b.heading && repeats(b));
  if (index === -1) index = blocks.findIndex((b) => b.chars <= 60 && repeats(b));
  if (index === -1) index = blocks.findIndex(ends);
  if (index !== -1) return { index, confirmed: true, text: blocks[index]!.text };
  // A heading that adds a badge to the title's question (`…怎么办 已解决`): the question is the title's.
  index = blocks.findIndex((b) => b.heading && [...key].length >= 4 && comparable(b.text).startsWith(key) && [...comparable(b.text)].length - [...key].length <= 8);
  if (index !== -1) return { index, confirmed: true, text: questionFromTitle(title) };
  index = blocks.findIndex((b) => b.heading && b.linkChars < b.chars);
  return index === -1 ? null : { index, confirmed: title === '', text: blocks[index]!.text };
}

/** Where the page's own content ends: the related list's label, when it comes after the question. */
function zoneEnd(blocks: Block[], question: number, label: Element | null): number {
  if (!label) return blocks.length;
  for (let i = question + 1; i < blocks.length; i++) if (inside(blocks[i]!.node, label)) return i;
  return blocks.length;
}

const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'big', 'label', 'mark', 'sup', 'sub']);

/** The element holding a line's block element (the <article> around a <p>, an <h4>). */
function container(node: AnyNode | null): AnyNode | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && INLINE.has((el as Element).name)) el = el.parent;
  return el?.parent ?? null;
}

/** Inside a <nav>, or the page's own <header>/<footer> (not those of an article or section). */
function isFurniture(node: AnyNode | null): boolean {
  let pageLevel = false;
  for (let n = node?.parent as Element | null; n && n.type === 'tag'; n = n.parent as Element | null) {
    if (n.name === 'nav') return true;
    if (n.name === 'header' || n.name === 'footer') pageLevel = true;
    else if (pageLevel && (n.name === 'article' || n.name === 'section' || n.name === 'main' || n.name === 'aside')) pageLevel = false;
  }
  return pageLevel;
}

function kindOf(block: Block, cards: readonly Element[]): Kind {
  const text = block.text;
  if (cards.some((card) => inside(block.node, card))) return 'card';
  if (isDisclaimer(text)) return 'disclaimer';
  if (text.length <= 12 && (ANSWER_LABEL_RE.test(text) || (text.length <= 6 && LABEL_WORD_RE.test(text) && !PROSE_RE.test(text) && !ENUMERATED_RE.test(text)))) return 'label';
  if (PLAYER_RE.test(text)) return 'player';
  const meta = readMetaLine(text);
  if (meta.metaOnly || (meta.dates.length > 0 && text.length <= 30 && !/[。！？，,]/u.test(text))) return 'meta';
  if (isAskerLine(text)) return 'asker';
  if (text.length <= 24 && UI_RE.test(text)) return 'ui';
  if (TAGS_RE.test(text)) return 'tags';
  if (isFurniture(block.node) || (block.chars <= 40 && block.linkChars * 2 >= block.chars)) return 'nav';
  if (block.heading) return 'heading';
  return 'text';
}

/**
 * The answer: the text after the card (or after the question, where the card comes later or
 * not at all), up to the disclaimer, a heading, navigation or the card; labels, meta, player
 * text and prompts in between are passed over.
 */
function readAnswer(blocks: Block[], kinds: Kind[], question: number, end: number, card: FoundCard | null): { paragraphs: string[]; doubts: string[]; nodes: AnyNode[] } {
  let start = question + 1;
  // The card's last line (of the card read, where there are several).
  let cardAt = -1;
  for (let i = question + 1; i < end; i++) if (card && kinds[i] === 'card' && inside(blocks[i]!.node, card.element)) cardAt = i;
  if (cardAt > question && kinds.slice(cardAt + 1, end).some((k, i) => k === 'text' && PROSE_RE.test(blocks[cardAt + 1 + i]!.text))) start = cardAt + 1;
  const taken: Block[] = [];
  for (let i = start; i < end; i++) {
    const kind = kinds[i]!;
    const block = blocks[i]!;
    const last = taken[taken.length - 1];
    // A heading in the answer's own container is one of its sub-headings (一、病因), not what follows it.
    const next = blocks[i + 1];
    const subHeading =
      kind === 'heading' &&
      block.chars <= 30 &&
      (last ? container(block.node) === container(last.node) : next !== undefined && kinds[i + 1] === 'text' && container(next.node) === container(block.node));
    if (kind === 'text' || subHeading) taken.push(block);
    else if (taken.length > 0 && (kind === 'disclaimer' || kind === 'card' || kind === 'heading' || kind === 'nav' || kind === 'tags')) break;
  }
  // A heading with no text after it heads what follows the answer.
  if (taken[taken.length - 1]?.heading) taken.pop();
  const paragraphs = taken.map((b) => b.text);
  if (paragraphs[0] && LABEL_PREFIX_RE.test(paragraphs[0])) paragraphs[0] = paragraphs[0].replace(LABEL_PREFIX_RE, '');
  const doubts: string[] = [];
  const d = card?.doctor;
  const cardText = (p: string) =>
    (p.length <= 40 && !/[。！？!?]/u.test(p) && isCardLine(p)) ||
    (d?.name && p.includes(d.name) && ((d.title && p.includes(d.title)) || (d.hospital && p.includes(d.hospital))));
  const holding = paragraphs.find(cardText);
  if (holding) doubts.push(`the answer holds doctor-card text (${holding.slice(0, 20)})`);
  const first = paragraphs[0];
  if (first && first.length <= 8 && !PROSE_RE.test(first) && !ENUMERATED_RE.test(first)) doubts.push(`the answer starts with a short line (${first})`);
  // A short dated line in an answer is page meta in words the reader does not know.
  const dated = paragraphs.find((p) => p.length <= 30 && readMetaLine(p).dates.length > 0);
  if (dated) doubts.push(`the answer holds a dated line (${dated})`);
  return { paragraphs, doubts, nodes: taken.flatMap((b) => (b.node ? [b.node] : [])) };
}

/**
 * Date and format from the meta lines near the question and answer (never from the answer's
 * text); else the format from the players there, the date from a <time datetime> there (a page
 * that shows 3天前).
 */
function readMeta(lines: readonly Block[], players: readonly Media[], stamps: readonly Stamp[]): PageMeta {
  const meta = pickMeta(lines.map((b) => readMetaLine(b.text)));
  if (meta.date === null) meta.date = stamps.map((s) => findDate(s.datetime)).find((d) => d !== null) ?? null;
  if (meta.format === 'unknown') {
    const formats = new Set(players.map((m) => m.format));
    if (formats.size === 1) meta.format = [...formats][0] as AnswerFormat;
  }
  return meta;
}

/**
 * Date and format printed between a page's question and its answer (a profile's page whose
 * selectors do not reach them), and the player there.
 */
export function metaBetween(question: AnyNode, answer: AnyNode | null): PageMeta {
  const { blocks, media, stamps } = renderBlocks(nodesBetween(question, answer));
  return readMeta(blocks, media, stamps);
}

/**
 * A date labelled as the answer's (发布时间：, 回答于) printed after the related list, at the foot
 * of the page: taken where it is the only one there (the list's own dates carry no such label).
 */
function labelledDateAfter(blocks: readonly Block[], end: number): string | null {
  const dates = new Set<string>();
  for (let i = end; i < blocks.length; i++) {
    const meta = readMetaLine(blocks[i]!.text);
    if (meta.metaOnly) for (const d of meta.dates) if (d.kind === 'answered') dates.add(d.iso);
  }
  return dates.size === 1 ? [...dates][0]! : null;
}

/** No card read: where the page shows something card-like near the answer, say so. */
function noCard(blocks: Block[], question: number, end: number, doubts: string[]): Doctor {
  for (let i = question + 1; i < end; i++) {
    const text = blocks[i]!.text;
    if (text.length <= 40 && isCardLine(text)) {
      doubts.push(`a doctor card the reader could not read (${text})`);
      break;
    }
  }
  return { name: null, title: null, department: null, hospital: null, hospital_grade: null };
}

/**
 * Structured data checked against the page: where it agrees, it may trim card or label text
 * off the visible answer or supply a date the page shows in a form not read; where it
 * disagrees with what the page shows, the entry says so.
 */
function checkStructuredData(
  read: { question: string; paragraphs: string[]; doctor: Doctor; date: string | null; readBy: ReadBy },
  data: StructuredQa,
  blocks: Block[],
  doubts: string[],
): void {
  if (data.question && comparable(data.question) !== comparable(read.question)) doubts.push('the structured data names another question');
  if (data.answer) {
    const told = comparable(data.answer);
    const shown = comparable(read.paragraphs.join(''));
    if (shown !== told) {
      const kept = read.paragraphs.filter((p) => told.includes(comparable(p)));
      if (shown.includes(told) && comparable(kept.join('')) === told) {
        read.paragraphs = kept;
        read.readBy = 'structured_data';
      } else doubts.push('the structured data disagrees with the answer shown');
    }
  }
  if (data.date) {
    if (read.date === null) {
      const shown = blocks.some((b) => readMetaLine(b.text).dates.some((d) => d.iso === data.date));
      if (shown) {
        read.date = data.date;
        read.readBy = 'structured_data';
      }
    } else if (read.date !== data.date) doubts.push('the structured data gives another date');
  }
  if (data.author && read.doctor.name && comparable(data.author) !== comparable(read.doctor.name)) doubts.push('the structured data names another doctor');
}
