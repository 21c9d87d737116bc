/**
 * One related item read from its nodes: the link's question, its snippet, the format and date printed with
 * it; bylines, labels, badges and tags taken off, and the shape the list compares its items by.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { isPersonalName } from '../../core/genre-vocabulary.js';
import { noDoctor } from '../draft.js';
import { formatTag, isPosterLength, isVoiceLengthLine } from '../dates/media-format.js';
import { findOne } from 'domutils';
import { headedCells } from './column-heads.js';
import { isCardLine, isDepartment, isSectionHead, isSerialField } from '../words/genre.js';
import { calledName, isName } from '../words/card-words.js';
import { foldHan } from '../words/han-fold.js';
import { renderLines, type Line } from '../lines/html-lines.js';
import { showsNothing, textContent } from '../tree/page-index.js';
import { type MetaLine, readMetaLine, splitSpacedTrailingDate, splitTrailingFormatDate, splitTrailingMonthDay } from '../dates/page-meta.js';
import { isLockedToApp } from '../words/app-prompt.js';
import { isReadMore, withoutReadMoreTail } from '../words/read-more.js';
import { readMoreLinkTexts, withoutReadMoreLink } from './read-more-links.js';
import { isAvatarInitials } from '../card/card-rows.js';
import { isReadAloud, withoutReadAloudTail } from '../words/read-aloud.js';
import { chipOpening } from '../dates/format-chip.js';
import { withoutDrawnBadge } from '../lines/qa-badge.js';
import { isAccessTag } from '../words/access-tag.js';
import { norm, startsCleanly, normStartsWith } from '../words/normalized-start.js';
import { addressOf } from './item-address.js';
import { isPrintedAddress } from './printed-list.js';

/** A link that prompts to read an item's whole answer (read-more.ts) leads to the item, but its words are no question. */
/** An answer label opening an item's snippet: 答：, 医生回答：, 护士答：, a quiz's 解析：, the answer picked out of several (最佳答案：, 推荐答案：), a board's 回复摘要：. */
const SNIPPET_LABEL_RE = /^(?:A|答|回答|解答|回复|答复|(?:医生|专家|答案|题目)?解析|(?:医生|医师|专家|大夫|护士|护师|药师|营养师)(?:答|回答|解答|回复|答复)|(?:最佳|推荐|满意|精选|优质|采纳)(?:答案|回答)|(?:回复|答复)摘要)\s*[:：]\s*/u;
/** A label naming a doctor as who answered (`专家答：`, `医生回答：`): an item snippet under it is a doctor's answer, no article's summary. */
const DOCTOR_SNIPPET_LABEL_RE = /^(?:医生|医师|专家|大夫|药师)(?:答|回答|解答|回复|答复)\s*[:：]/u;
export const opensWithDoctorLabel = (line: string): boolean => DOCTOR_SNIPPET_LABEL_RE.test(line.trim());
/** An item's label saying it is an ad. */
const AD_LABEL_RE = /^(?:广告|推广|赞助|赞助商|AD|Ad|Sponsored)$/u;
/** An item's mark saying it is a stream on air (`正在直播`, `直播中`): a broadcast to join, no question with its answer. */
const ON_AIR_RE = /^(?:正在直播|直播中|LIVE|Live)$/u;
/** Whether `node` is or holds an element (not the item's link) whose whole text is an ad's mark. */
function holdsAdMark(node: AnyNode, link: Element): boolean {
  if (node === link || node.type !== 'tag') return false;
  const el = node as Element;
  if (el.children.length > 0 && el.children.every((c) => c.type === 'text') && AD_LABEL_RE.test(textContent(el).trim())) return true;
  return el.children.some((c) => holdsAdMark(c, link));
}
/** The category an item is filed under (`在“内分泌科”中`, `分类：儿科`; a blog's related posts in English, `In "健康问答"`): meta, not snippet. */
const CATEGORY_LINE_RE = /^(?:(?:在|归类于|发表在|发布在|分类\s*[:：]|栏目\s*[:：])\s*[“"「『]?[^”"」』\s]{1,12}[”"」』]?\s*中?|In\s+[“"][^”"]{1,16}[”"])$/u;
/** A word in brackets alone on its line (`[内科]`, `【儿科】`): where the list files the item, if the word is a department. */
const BRACKETED_WORD_RE = /^[[【(（]\s*(\p{Script=Han}{2,10})\s*[\]】)）]$/u;
/** A question list's department column (`[内科]` in a cell of its own beside the question): where the item is filed, none of its snippet. */
const isDepartmentTag = (text: string) => {
  const word = text.length <= 14 ? text.trim().match(BRACKETED_WORD_RE)?.[1] : undefined;
  return word !== undefined && isDepartment(word);
};
/** A name (a word of a few characters) before a line of item meta (`张敏 9.4万阅读`, `王医生 · 2023-05-06`): the item's byline, not its snippet. */
const BYLINE_HEAD_RE = /^([^\s:：，,。；;！!？?]{1,8})\s*[·•|｜]?\s+(?=\S)/u;
/** A line ending in a day in digits, with or without its time (`文杰晨 医师2020-10-20`): the text before it and the day. */
/** A name with its calling and a count after it (`孙春梅医生 88.7万`): alone, the name may be a site's (快速问医生, a source's credit). */
const CALLED_BYLINE_RE = /^(\p{Script=Han}{2,4}(?:医生|大夫|护士))\s*[\d.]+\s*[万wWkK]?$/u;
const isCalledByline = (text: string) => calledName(text.trim().match(CALLED_BYLINE_RE)?.[1] ?? '') !== null;
/** A name, a space, and its calling alone (`任华秀 医生`): how a list prints who answered an item; a site's name never has the space. */
const SPACED_CALLED_RE = /^(\p{Script=Han}{2,4})[ \u3000\u00a0]+(?:医生|大夫)$/u;
const isSpacedCalledName = (text: string) => {
  const m = text.trim().match(SPACED_CALLED_RE);
  return m !== null && calledName(`${m[1]}医生`) !== null;
};
/**
 * Who answered the item named on a line of its own (`嘉宾：王芳医生`, `王芳醫生`, a programme's or a column's list printing each
 * question's doctor over its answer): the item's doctor, never its snippet. Under a guest's or an answerer's label, a name with its
 * calling or a bare name; with no label, a name with its calling only, and only before the item's text (a list's lone last line
 * may be a site's credit). Folded from traditional script for matching (醫生 as 医生).
 */
const ANSWERER_LABEL_RE = /^(?:嘉宾|本期嘉宾|特邀嘉宾|节目嘉宾|主讲|主讲人|主讲嘉宾|受访者|受访医生|受访专家|解答专家|答疑专家)\s*[:：]\s*/u;
function isNamedAnswerer(text: string, beforeSnippet: boolean): boolean {
  if (text.length > 16) return false;
  const folded = foldHan(text.trim());
  const rest = folded.replace(ANSWERER_LABEL_RE, '');
  if (rest !== folded) return calledName(rest) !== null || isName(rest);
  return beforeSnippet && calledName(folded) !== null;
}
/**
 * A sentence under the item's snippet, a clause and a full stop (`若症状持续，建议由中医师面诊后再调理。`): the answer going on, though
 * it names a title (中医师); a card's line is no sentence so ended.
 */
const SENTENCE_GOING_ON_RE = /^[^，,；;]+[，,；;].*[。！!]$/u;
const isSentenceGoingOn = (text: string) => SENTENCE_GOING_ON_RE.test(text.trim());
/** A card's line with a day after a dot or bar (`王芳 主治医师 · 6 May 2023`, `王芳 | 2023-05-06`): the day as meta, or null. */
const CARD_THEN_DAY_RE = /^(.+?)\s*[·•|｜]\s*([^·•|｜]{6,24})$/u;
function cardLineDay(text: string): MetaLine | null {
  const m = text.match(CARD_THEN_DAY_RE);
  if (!m || !isCardLine(m[1]!)) return null;
  const meta = readMetaLine(m[2]!);
  return meta.metaOnly && meta.dates.length > 0 ? meta : null;
}
/** A word of a few characters, no sentence and no figure in it: a name (a channel's, a user's), too short to answer anything. */
const NAME_WORD_RE = /^[^\s\d，,。；;！!？?、：:]{2,12}$/u;
/** A name on its own line right over a line of counters only (plays, comments, no day): the item's byline, not its snippet. */
function isBylineOverCounts(text: string, next: string | undefined): boolean {
  if (next === undefined || !NAME_WORD_RE.test(text.trim())) return false;
  const meta = readMetaLine(next);
  return meta.metaOnly && meta.dates.length === 0 && /\d/u.test(next);
}
/**
 * A line of the item's counters with who posted it on the other side of a dot (a video card's `87万次播放 · 赵国庆`, `1.2万播放 ·
 * 医学小课堂`, or the poster first: `某某新闻 · 32万次播放`): its byline, none of its snippet. The counters with a figure in them,
 * the separator, a name's word alone.
 */
const COUNTS_THEN_NAME_RE = /^(\S.{0,30}?)\s*[·•|｜]\s*([^\s\d，,。；;！!？?、：:·•|｜]{2,12})$/u;
const NAME_THEN_COUNTS_RE = /^([^\s\d，,。；;！!？?、：:·•|｜]{2,12})\s*[·•|｜]\s*(\S.{0,30}?)$/u;
function countsThenName(text: string): MetaLine | null {
  if (text.length > 44) return null;
  for (const [re, counts, name] of [[COUNTS_THEN_NAME_RE, 1, 2], [NAME_THEN_COUNTS_RE, 2, 1]] as const) {
    const m = text.match(re);
    if (!m || !/\d/u.test(m[counts]!)) continue;
    const meta = readMetaLine(m[counts]!);
    if (meta.metaOnly && !readMetaLine(m[name]!).metaOnly) return meta;
  }
  return null;
}
/**
 * A line saying who answered the item (`薛军怡 医生回答`, `李明医生解答`), with its counters after it or none (`· 8人觉得有帮助`): the
 * item's byline, none of its snippet. A name, then the calling and the answering word, then a break or the end: not a sentence going
 * on (`张医生回答说…`), nor the label of a snippet (`医生回答：…`).
 */
const ANSWERED_BY_RE = /^(\p{Script=Han}{2,4}?)\s*(?:医生|医师|专家|大夫|药师|护士)\s*(?:已)?(?:回答|解答|答复)(?=\s|[·•|｜]|$)/u;
function isAnsweredByLine(text: string): boolean {
  const head = text.length <= 40 ? text.match(ANSWERED_BY_RE) : null;
  if (!head || !isName(head[1]!)) return false;
  const rest = text.slice(head[0].length).replace(/^\s*[·•|｜]?\s*/u, '');
  return rest === '' || readMetaLine(rest).metaOnly;
}
/**
 * Who answered the item and where, a department and a doctor's name set apart by a dot or bar (`内科 · 吴春梅`, `吴春梅 | 儿科`,
 * an internet hospital's similar consultations): the item's byline, none of its snippet. Both words must be what they are.
 */
const TWO_WORDS_RE = /^(\p{Script=Han}{2,10})\s*[·•|｜]\s*(\p{Script=Han}{2,10})$/u;
function isDepartmentByline(text: string): boolean {
  const m = text.length <= 24 ? text.trim().match(TWO_WORDS_RE) : null;
  return m !== null && ((isDepartment(m[1]!) && isName(m[2]!)) || (isName(m[1]!) && isDepartment(m[2]!)));
}
const DAY_AFTER_BYLINE_RE = /^(.*[^\d\s])\s*(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)$/u;
function bylineMeta(text: string): ReturnType<typeof readMetaLine> | null {
  const head = text.length <= 40 ? text.match(BYLINE_HEAD_RE) : null;
  if (!head || /\d/u.test(head[1]!)) return null;
  const meta = readMetaLine(text.slice(head[0].length));
  return meta.metaOnly && /\d/u.test(text.slice(head[0].length)) ? meta : null;
}
/**
 * The author's name in bold at the head of an item's snippet, before a colon (`<b>name</b>：snippet`):
 * who wrote it, not what it says. The name only where the bold element holds a short word and the
 * text right after it opens with the colon.
 */
/** A disease's or a measure's name that reads as a surname and a given name (`高血压`, `白癜风`, `黄疸`): a subject, no one's name. */
const TERM_END_RE = /(?:[炎症病癌瘤痛疹癣疮疸痔]|血压|血脂|血糖)$/u;
function boldAuthor(nodes: readonly AnyNode[]): string | null {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'b' || el.name === 'strong') {
      const name = textContent(el).trim();
      const next = el.next;
      const after = next && next.type === 'text' ? (next as Text).data : '';
      return /^\p{Script=Han}{2,4}$|^[A-Za-z][\w.\- ]{0,15}$/u.test(name) && /^\s*[:：]/u.test(after) && !isSectionHead(name) ? name : null;
    }
    // Or set apart in a plain element of its own with its colon (`<span>东方华文：</span>snippet`): a personal name only, a
    // subject so set (`<span>建议：</span>…`) is the snippet's own word.
    if (el.name === 'span' || el.name === 'em' || el.name === 'i' || el.name === 'label') {
      const labelled = textContent(el).trim().match(/^(\p{Script=Han}{2,4})\s*[:：]$/u);
      if (labelled && isPersonalName(labelled[1]!) && !isSectionHead(labelled[1]!) && !TERM_END_RE.test(labelled[1]!)) return labelled[1]!;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return null;
}
/** Whether the nodes show a picture (a poster, a thumbnail). */
export const holdsPicture = (nodes: readonly AnyNode[]): boolean => findOne((el) => el.name === 'img', nodes as AnyNode[], true) !== null;
/** `text` without its start `prefix`, whitespace aside (`Q 2022-03-15` → `2022-03-15`). */
function afterPrefix(text: string, prefix: string): string {
  const want = norm(prefix);
  let i = 0;
  let matched = 0;
  while (i < text.length && matched < want.length) {
    const c = text.charCodeAt(i);
    // An ASCII character or a CJK ideograph is itself under NFKC (the most of a question): no call to normalize it.
    if (startsCleanly(c)) matched += c === 0x20 ? 0 : 1;
    else if (!/\s/u.test(text[i]!)) matched += text[i]!.normalize('NFKC').length;
    i++;
  }
  // A dash or bar between the question and its snippet on one line (`问题 — 摘要`, `问题：摘要`, a wiki's list): a separator, none of the snippet.
  return text.slice(i).trim().replace(LEADING_SEPARATOR_RE, '');
}
const LEADING_SEPARATOR_RE = /^[—–－\-|｜:：]+\s*/u;
/**
 * A few words before the item's link on its line, no sentence in them: a badge the list shows by the
 * question (the asker's `孕28周`, `宝宝3个月`, a `热门` or `置顶` mark), none of its snippet.
 */
const BADGE_RE = /^[^，,。；;！!？?]{1,12}$/u;
/**
 * A list's marker before the item's link (`• `, `· `, `> `), or a question mark where the marker was: a bullet the page's
 * encoding has no character for is printed so (`•` in a GBK page), as encoders and browsers replace it. None of the snippet.
 */
const LIST_MARKER_RE = /^\s*(?:[•·●○■□◆◇▪▫▸►\-*>»]|[?？](?=\s))\s*$/u;
/** A bracketed tag opening a text (`[语音]`, `【视频】`, `（图文）`). */
const OPENING_TAG_RE = /^\s*[\[【〔(（][^\]】〕)）]{1,12}[\]】〕)）]\s*/u;
/**
 * A tag the link opens with (`<a>[语音]问题</a>`, `【视频】`) is the item's format, none of its question:
 * the question is what follows it, the tag a line of meta.
 */
export function splitOpeningTag(question: string): { question: string; tag: string | null } {
  const tag = question.match(OPENING_TAG_RE);
  return tag && tag[0].length < question.length && readMetaLine(tag[0]).metaOnly ? { question: question.slice(tag[0].length), tag: tag[0] } : { question, tag: null };
}
/** The snippet opened by an answer label (`答：…`): the text after it. */
export const withoutSnippetLabel = (text: string) => text.replace(SNIPPET_LABEL_RE, '');
/** Who answers named as a snippet's label (`药师：`, `医生：`), before the sentence it opens. */
const SNIPPET_ANSWERER_RE = /^(?:医生|医师|专家|大夫|药师|营养师)\s*[:：]\s*/u;
const withoutAnswererLabel = (text: string) => text.replace(SNIPPET_ANSWERER_RE, '');
/** A sentence's punctuation: a label's value holding one is a snippet, not a name. */
const SENTENCE_RE = /[，,。；;！!？?]/u;
/**
 * So is a value the list cut short with an ellipsis (`药师答：龋齿的处理要根据病情轻重来决定：1.年龄超过60岁的...`, its first
 * sentence longer than the cut): a name or a card's field is never printed cut. But a card's line the list cut so
 * (`医生：李明华 主任医师 江州市第一人民医院心内...`, a name, title and hospital under the label) is the item's byline still.
 */
const CUT_SNIPPET_RE = /^\S.{7,}(?:…|\.{3}|。。。)$/u;
const isCutSnippet = (text: string) => CUT_SNIPPET_RE.test(text) && !isCardLine(text.replace(/(?:…|\.{3}|。。。)$/u, '').trim());
/**
 * An item's date is the day it was answered, as a page's is: the one labelled so, else the first other
 * one printed; the day it was asked (`提问 2023-02-01`) dates nothing.
 */
export function itemDate(lines: readonly MetaLine[]): string | null {
  // One pass, no array of all the dates: asked of every item of every list.
  let other: string | null = null;
  for (const line of lines) {
    for (const date of line.dates) {
      if (date.kind === 'answered') return date.iso;
      if (other === null && date.kind !== 'asked') other = date.iso;
    }
  }
  return other;
}
const LEFT_SEPARATOR_RE = /^\s*[/／|｜]\s*(?=\p{Script=Han})/u;
/**
 * A labelled counter printed after the item's snippet on its line (`…来完... 回答数：3`, `…就医。 浏览数：120`): how many answered
 * or looked, none of the snippet. Only a counter's word with its colon and figure ending the line, set apart from the text by a space
 * or after the cut's ellipsis: a sentence's own figure (`每日3次`) is never so labelled.
 */
const TRAILING_COUNTER_RE =
  /^(.*?(?:\S\s+|(?:…|\.{3}|。。。)\s*))(?:回答|答案|解答|回复|评论|浏览|阅读|点击|点赞|收藏|关注)(?:数|量|次数)\s*[:：]\s*\d[\d,.]*\s*[万千wWkK]?$/u;
const COUNTER_HINT_RE = /[数量]\s*[:：]\s*\d/u;
const withoutTrailingCounter = (line: string): string => (COUNTER_HINT_RE.test(line) ? (line.match(TRAILING_COUNTER_RE)?.[1]!.trimEnd() ?? line) : line);
/** A word set apart before the snippet's colon (`<b>高峰</b>：…`), and whether the item's question names it (kept as the subject). */
export type ItemLead = { word: string; named: boolean };
const withoutLead = (line: string, word: string) => line.slice(word.length).replace(/^\s*[:：]\s*/u, '');
/**
 * The items' snippets where the list shows its answers' authors before their colons (`<b>李建华</b>：…` under a question that names
 * no 李建华), more items so than naming their word: a word another item's question happens to name (`<b>高峰</b>：…` under
 * `餐后血糖高峰在几点`) is its author too, none of its snippet. A list of subjects (`<b>白癜风</b>：…` under `白癜风能治好吗`), its
 * items mostly naming their word, keeps each word, though one item's question names its subject otherwise (`<b>白斑</b>：…`).
 */
export function withListAuthors<T extends { item: EntryDraft; lead: ItemLead | null }>(read: T[]): T[] {
  const authors = read.filter(({ lead }) => lead !== null && !lead.named).length;
  const subjects = read.filter(({ lead }) => lead?.named).length;
  if (subjects === 0 || authors <= subjects) return read;
  return read.map((r) =>
    r.lead?.named && r.item.answerParagraphs[0]?.startsWith(r.lead.word)
      ? { ...r, item: { ...r.item, answerParagraphs: [withoutLead(r.item.answerParagraphs[0]!, r.lead.word), ...r.item.answerParagraphs.slice(1)] } }
      : r,
  );
}
/** One item read from its nodes: the link's question, the snippet, the format and date printed with it. */
export function readItem(
  { nodes, link, question, lines: rendered }: { nodes: AnyNode[]; link: Element; question: string; lines?: Line[] },
  position: number,
  resolve: (href: string) => string,
): { item: EntryDraft; shape: string; ad: boolean; lead: ItemLead | null } {
  // The tag is read below as meta printed before the question, on the line that holds both.
  question = splitOpeningTag(question).question;
  // A slash or bar left before the question where the English title beside it was not read (`<span lang="en">…</span> / 问题`, translation.ts).
  question = question.replace(LEFT_SEPARATOR_RE, '');
  const lines: Line[] = [];
  // Loops, not flatMap: its arrays cost more than the splits on most lines (which split nothing).
  const rows = rendered ?? renderLines(nodes);
  for (let at = 0; at < rows.length; at++) {
    const l = rows[at]!;
    // A yearless day in brackets is the item's stamp only where it ends the item, after all its text: one ending a line the text
    // goes on after is the text's own (a citation's `…有关[10-12]`).
    const last = at === rows.length - 1;
    for (const part of splitTrailingFormatDate(withoutTrailingCounter(l.text)))
      for (const spaced of splitSpacedTrailingDate(part)) {
        if (!last) lines.push({ text: spaced, links: l.links });
        else for (const text of splitTrailingMonthDay(spaced)) lines.push({ text, links: l.links });
      }
  }
  const snippet: string[] = [];
  let format: EntryDraft['format'] = 'unknown';
  const dated: MetaLine[] = [];
  const asked = norm(question);
  let seenQuestion = false;
  // A table row's cell under a 回复医生-kind head names the item's doctor: none of its snippet.
  // So too a day under a head naming what it dates reads as labelled by it (column-heads.ts).
  // The row is the item's one element (the whitespace after it in the table is no part).
  const elements = nodes.filter((n) => n.type === 'tag');
  const headed = elements.length === 1 ? headedCells(elements[0]!) : new Map<string, string | null>();
  const prompts = readMoreLinkTexts(nodes);
  const poster = holdsPicture(nodes);
  for (const [n, line] of lines.entries()) {
    let text = prompts.length > 0 ? withoutReadMoreLink(line.text, prompts) : line.text;
    // Looked up only where the row has such cells: no trim and hash of every line.
    const cell = headed.size > 0 ? headed.get(text.trim()) : undefined;
    if (cell === null) continue;
    if (cell !== undefined) text = cell;
    // The length over a video's poster (media-format.ts): the item's format.
    if (isPosterLength(text, poster)) {
      format = 'video';
      continue;
    }
    // A voice answer's length and its listeners (`44″ 7828人听过`, media-format.ts): the item's format, none of its snippet.
    if (isVoiceLengthLine(text)) {
      if (format === 'unknown') format = 'voice';
      continue;
    }
    // The avatar's initials over the name of the item's doctor (card-rows.ts): a picture, no text.
    if (text.length <= 2 && isAvatarInitials(text, lines[n + 1]?.text)) continue;
    // The item's date and format printed before its question (`[2021-03-25]【语音】问题`): meta, then the question.
    const at = seenQuestion ? -1 : text.indexOf(question);
    if (at > 0) {
      const meta = readMetaLine(text.slice(0, at));
      if (meta.metaOnly) {
        dated.push(meta);
        if (format === 'unknown') format = meta.format;
        text = text.slice(at);
      } else if (BADGE_RE.test(text.slice(0, at)) || LIST_MARKER_RE.test(text.slice(0, at))) text = text.slice(at);
    }
    if (!seenQuestion && text.length >= question.length - 4 && normStartsWith(text, asked)) {
      seenQuestion = true;
      text = afterPrefix(text, question);
      if (!text) continue;
    } else if (Math.abs(text.length - question.length) <= 4 && norm(text) === asked) continue; // the question again (a player's title)
    // The link's address printed after it (a print version's `(https://…/q/1.html)`): where the link leads, no snippet.
    if (isPrintedAddress(text)) continue;
    // A read-aloud button after the item's date on its line (`2021-05-31 听一听`): the date alone.
    // So too a read-on link after it (`Oct 14, 2022 Read more »`).
    const bare = withoutReadMoreTail(withoutReadAloudTail(text));
    if (bare !== text && bare !== '' && readMetaLine(bare).metaOnly) text = bare;
    const meta = readMetaLine(text);
    // Meta without a date to read (`07-18`, `阅读 1532`) is meta all the same, not snippet.
    if (meta.metaOnly) {
      dated.push(meta);
      if (format === 'unknown') format = meta.format;
      continue;
    }
    // The item's format tag opening its doctor's byline (`语音 45″ 夏勇 副主任医师`, media-format.ts): meta, none of the snippet.
    // So too a chip run into the byline, an element of its own (`<span>语音</span><span>name title</span>`: format-chip.ts).
    const tagged = text.length <= 40 ? (formatTag(text) ?? chipOpening(text, nodes)) : null;
    if (tagged && (tagged.rest === '' || isCardLine(tagged.rest))) {
      if (format === 'unknown') format = tagged.format;
      continue;
    }
    // A byline with the item's day run into it (`<span>name title</span><span>2020-10-20</span>`): the day dates the item.
    const glued = text.length <= 40 ? text.match(DAY_AFTER_BYLINE_RE) : null;
    const gluedDay = glued && isCardLine(glued[1]!) ? readMetaLine(glued[2]!) : null;
    if (gluedDay?.metaOnly) {
      dated.push(gluedDay);
      continue;
    }
    // The snippet opened by a drawn 答 badge or an answer label (`<i>答</i>…`, `药师答：…`, `药师：…` before a sentence): its text,
    // no card line for the title word in its label.
    if (snippet.length === 0) {
      const labelled = withoutAnswererLabel(withoutSnippetLabel(withoutDrawnBadge(text, nodes)));
      if (labelled !== text && labelled !== '' && (SENTENCE_RE.test(labelled) || isCutSnippet(labelled))) {
        snippet.push(labelled);
        continue;
      }
    }
    if (text.length <= 40 && isCardLine(text) && !(snippet.length > 0 && isSentenceGoingOn(text))) {
      // The item's day after its doctor's line, set apart by a dot or bar (`杜静 注册中医师 · 8 Jan 2022`): it dates the item.
      const day = cardLineDay(text);
      if (day) dated.push(day);
      continue;
    }
    if (isNamedAnswerer(text, snippet.length === 0 && n < lines.length - 1)) continue;
    // Who answered the item, with its votes (`薛军怡 医生回答 · 8人觉得有帮助`): its byline, none of its snippet.
    if (isAnsweredByLine(text)) continue;
    // Its department and doctor (`内科 · 吴春梅`): its byline, none of the snippet.
    if (isDepartmentByline(text)) continue;
    // The item's author called by name (`吴国庆医生`) with its likes or plays (`36.9万`): a video card's byline, no snippet.
    if (text.length <= 24 && isCalledByline(text)) continue;
    // The item's doctor called by name, set apart from the calling, on the item's last line under its snippet (`任华秀 医生`): its
    // byline, none of the snippet. A role before the calling (`家庭 医生`) names no one; a site's name is never spaced from its calling.
    if (snippet.length > 0 && n === lines.length - 1 && isSpacedCalledName(text)) continue;
    // A name alone over the item's counters (a video card's uploader `医学小课堂` over `9.1万播放 · 382弹幕`): its byline, no snippet.
    if (snippet.length === 0 && isBylineOverCounts(text, lines[n + 1]?.text)) continue;
    // The item's counters and who posted it (`87万次播放 · 赵国庆`): meta, none of the snippet.
    const posted = countsThenName(text);
    if (posted) {
      dated.push(posted);
      continue;
    }
    if (isSerialField(text)) continue;
    // A lesson's or an episode's access tag beside its link (`试读`, `VIP`, `付费`): what it costs to open, none of its snippet.
    if (isAccessTag(text)) continue;
    if (text.length <= 16 && isReadMore(norm(text))) continue;
    // A read-aloud button beside the item (`▶ 听`, `听一听`): none of its snippet.
    if (isReadAloud(text)) continue;
    if (text.length <= 24 && CATEGORY_LINE_RE.test(text)) continue;
    if (isDepartmentTag(text)) continue;
    const byline = snippet.length > 0 ? bylineMeta(text) : null;
    if (byline) {
      dated.push(byline);
      if (format === 'unknown') format = byline.format;
      continue;
    }
    // The snippet opened by an answer label (`答：…`, or `答：` on a line of its own).
    if (snippet.length === 0) text = withoutSnippetLabel(text);
    if (text) snippet.push(text);
  }
  const date = itemDate(dated);
  const author = snippet.length > 0 ? boldAuthor(nodes) : null;
  // A word the item's own question names (`白癜风：…` under `白癜风能治好吗`) is its subject, whoever it could be named for; unless
  // the list's other items show their authors so (withListAuthors).
  const lead: ItemLead | null = author && snippet[0]!.startsWith(author) ? { word: author, named: norm(question).includes(norm(author)) } : null;
  if (lead && !lead.named) snippet[0] = withoutLead(snippet[0]!, lead.word);
  // The item's shape starts at its first node shown (not a comment or a script before it).
  const first = nodes.find((n) => !showsNothing(n)) ?? nodes[0]!;
  const root = first.type === 'tag' ? (first as Element).name : '#text';
  // A paid link (rel="sponsored", the web's mark for one) or an item labelled 广告 is an ad, whatever it says.
  // So is one whose ad mark is an element of its own beside the link (`<a>…</a><i>推广</i>`), run into its line.
  const ad = /\bsponsored\b/i.test(link.attribs.rel ?? '') || lines.some((l) => AD_LABEL_RE.test(l.text.trim())) || nodes.some((n) => holdsAdMark(n, link));
  // An item whose answer is shown only in the app (`该回答需在APP内查看`) shows none: no item, as an ad is none.
  const locked = snippet.length <= 1 && lines.some((l) => isLockedToApp(l.text));
  // A card of a stream on air among the questions (a feed's `正在直播` card) is none of them, as an ad is none.
  const onAir = lines.some((l) => ON_AIR_RE.test(l.text.trim()));
  return {
    ad: ad || locked || onAir,
    item: {
      question,
      answerParagraphs: snippet,
      doctor: noDoctor(),
      format,
      date,
      hasDisclaimer: false,
      origin: 'related',
      position,
      url: resolve(addressOf(link)!.trim()),
      relatedUrls: [],
      readBy: 'genre',
    },
    lead,
    // Line breaks are no part of an item's shape: the last of a list of `<br>`-broken lines has none after it.
    // Nor is the number of paragraphs of a whole answer in a box of its own (answerBox): each answer is as long as it is.
    shape: `${root}/${nodes.filter((n) => n.type === 'tag' && (n as Element).name !== 'br').length}/${answerBox(nodes, snippet) ? 'box' : snippet.length}/${date !== null}/${format !== 'unknown'}`,
  };
}

/**
 * Whether an item's snippet of several paragraphs is the whole text of one box of its own (`<div>` of the answer's `<p>`s beside
 * the question and the byline): a whole answer shown, whose number of paragraphs is its own, no other item's measure. Not where
 * a paragraph stands outside that box (a line of the list run into the item).
 */
function answerBox(nodes: readonly AnyNode[], snippet: readonly string[]): boolean {
  if (snippet.length < 2) return false;
  const want = snippet.join('').replace(/\s+/gu, '');
  const stack: AnyNode[] = nodes.filter((n): n is Element => n.type === 'tag');
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const text = textContent(node).replace(/\s+/gu, '');
    if (text === want) return (node as Element).children.filter((c) => c.type === 'tag').length >= 2;
    if (text.includes(want)) stack.push(...(node as Element).children);
  }
  return false;
}
