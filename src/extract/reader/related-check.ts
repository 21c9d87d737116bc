/**
 * The related list checked as a whole: off-site ads and products left out, suspicious items doubted;
 * and, where no list was read, whether the page shows one the reader missed.
 */
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from '../../schema/records.js';
import { asksQuestion, isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { lineBox, type Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { textContent } from '../tree/page-index.js';
import { isReadingLabel } from '../related/related-list.js';
import { isProductItem } from '../words/product-card.js';
import { SITE_LIST_HEAD_RE } from '../words/furniture-lines.js';
import { isFurniture } from './line-kinds.js';
import { isOpeningCredit } from '../related/source-credit.js';

const PREV_NEXT_RE = /^\s*(?:[上下]一篇|[上下]一条|前一篇|后一篇)/u;
/** A day ending a line, run into what stands before it: `2022-08-28`, `2022/8/28`, `08-28`. */
const GLUED_DAY_RE = /(?<=[^\d\s])(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})$/u;
const BRACKETED_DATE_RE = /[[【(（]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]】)）]/u;
/** Or after it, as a paper's list of past columns prints it (`question 24/07/2020`, `question 2 Feb 2020`). */
const TRAILING_DATE_RE = /(?<=\S)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\s+\d{1,2},\s*(?:19|20)\d{2})$/u;
/**
 * Where no related list was read: three or more linked questions after the answer, under a
 * label the reader does not know, may be the list it missed; so may two that each have their
 * date printed beside them (`[2021-03-25] question`). Under a label it knows (相关问题, 相关文章),
 * linked questions with no line of text between them are a list of bare titles, which it has read
 * as no items (a linked question with no snippet is none): no list missed.
 */
/** A line that is a day and nothing else (`2022年10月8日`, `2022-10-08`). */
const isDayLine = (text: string) => {
  const meta = readMetaLine(text.trim());
  return meta.metaOnly && meta.dates.length === 1;
};
export function unlistedQuestions(blocks: Block[], from: number): boolean {
  let n = 0;
  let datedItems = 0;
  let siteList = false;
  // The linked questions under a known label, while no line of text has come between two of them.
  let bare: { n: number; dated: number; text: boolean; prose: boolean } | null = null;
  let labelled = false;
  let underLabel = false;
  let snippetAbove = false;
  for (let i = from; i < blocks.length && n < 3 && datedItems < 2 && !(labelled && n >= 2); i++) {
    const b = blocks[i]!;
    if (b.linkChars === 0) {
      const text = b.text.replace(/\s+/gu, '');
      // The site's own lists of posts (近期文章, 热门文章) and the post navigation (上一篇) lead elsewhere by design.
      siteList = SITE_LIST_HEAD_RE.test(text);
      if (b.chars <= 24 && (isRelatedLabel(text) || isReadingLabel(text))) {
        // A reading list's head (推荐阅读) heads the questions under it, though the site lists posts under such heads too.
        [bare, siteList, underLabel] = [{ n: 0, dated: 0, text: false, prose: false }, false, true];
        continue;
      }
      // A day on a line of its own under a linked question's snippet, under a label (a blog's 相关文章: title, excerpt, day):
      // the item's, as a day beside the question is.
      if (underLabel && snippetAbove && b.chars <= 20 && isDayLine(b.text)) [datedItems, snippetAbove] = [datedItems + 1, false];
      else if (underLabel && b.chars > 0) snippetAbove = PROSE_RE.test(b.text);
      if (bare && bare.n > 0 && b.chars > 0) [bare.text, bare.prose] = [true, bare.prose || PROSE_RE.test(b.text)];
    }
    if (siteList || PREV_NEXT_RE.test(b.text)) continue;
    // A linked question's date printed beside it (`[2021-03-25] question`, `question 24/07/2020`) is the item's, not more text.
    // So is a day in an element of its own right after the link, run into it (`<a>question</a><span>2022-08-28</span>`), with
    // its year or without (`06-21`, a side list's short form): the line's only unlinked text. Not after a title naming its show or
    // column before a colon (`《百姓健康》20220519：小儿腹泻怎么办`): an episode's or an article's, no reader's question.
    const printed = (b.text.match(BRACKETED_DATE_RE) ?? b.text.match(TRAILING_DATE_RE))?.[0].replace(/\s+/gu, '').length ?? 0;
    const glued = printed === 0 && !/[:：]/u.test(b.text) ? (b.text.match(GLUED_DAY_RE)?.[0].length ?? 0) : 0;
    const dated = printed > 0 ? printed : glued > 0 && b.linkChars > 0 && b.chars - b.linkChars === glued ? glued : 0;
    if (b.chars >= 6 && b.chars <= 40 && b.linkChars * 2 >= b.chars - dated && !isFurniture(b.node) && asksQuestion(b.text)) {
      if (bare && !bare.text) {
        bare.n++;
        if (dated > 0) bare.dated++;
        continue;
      }
      // Text between the titles: they show snippets the reader did not take, and count; under a label, two are a list
      // where only their cards' bylines and counts stand between them (no snippet: a portal's articles show one).
      if (bare) [n, datedItems, bare, labelled] = [n + bare.n, datedItems + bare.dated, null, !bare.prose];
      n++;
      // Two questions each dated as a list's items are: a list, however short.
      if (dated > 0) datedItems++;
    }
  }
  return n >= 3 || datedItems >= 2 || (labelled && n >= 2);
}
/**
 * Where no related list was read: the site's feed of questions (热门问答, 最新问答: SITE_LIST_HEAD_RE) after the answer, its
 * linked questions each over a snippet of their answer. The reader takes such a feed as the site's, none of this page's
 * (fresh-12's many-lists); a site may fill it with questions on this one's topic, which a reader of the page would call
 * related: the page is doubted, not read either way. The feed's head, or null.
 */
export function answeredFeed(blocks: readonly Block[], from: number): string | null {
  const head = blocks.findIndex((b, i) => i >= from && b.linkChars === 0 && b.chars <= 12 && SITE_LIST_HEAD_RE.test(b.text.replace(/\s+/gu, '')) && /问答|问题|咨询|提问|問答|問題|諮詢/u.test(b.text));
  if (head === -1) return null;
  let answered = 0;
  for (let i = head + 1; i + 1 < blocks.length && i <= head + 24; i++) {
    const [b, next] = [blocks[i]!, blocks[i + 1]!];
    if (b.linkChars * 2 >= b.chars && b.chars >= 6 && b.chars <= 40 && asksQuestion(b.text) && PROSE_RE.test(next.text) && next.chars > 20) answered++;
  }
  return answered >= 2 ? blocks[head]!.text.trim() : null;
}
/** The site a URL is on: its host without the subdomain (`m.youlai.cn` and `www.youlai.cn` are one site). */
function siteOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const labels = new URL(url).hostname.split('.');
  const keep = labels.length >= 3 && /^(?:com|net|org|gov|edu|ac|co)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
export const OFF_SITE = 'related item links off-site';
/**
 * A related list checked as a whole: items that link off-site among a list of the site's own
 * questions are ads and are left out; where off-site items are as many as the site's own, or an
 * item's snippet holds a short dated line (meta in words not read), the items say so.
 */
export function checkRelated(items: EntryDraft[], resolve: (href: string) => string, copied: string | null): EntryDraft[] {
  const home = siteOf(resolve('/'));
  // A copy of a page (a note's clip) links to the site it was copied from as its own (note-clip.ts).
  const source = siteOf(copied);
  // Each address's site parsed once (a URL parse), not at every look at its item.
  const sites = new Map<string | null, string | null>();
  const itemSite = (item: EntryDraft): string | null => {
    let site = sites.get(item.url);
    if (site === undefined) sites.set(item.url, (site = siteOf(item.url)));
    return site;
  };
  // An item credited over its snippet to the site and doctor it was taken from (`有来医生 · 吴玉兰医生`, source-credit.ts)
  // links to that source: a republished answer, no ad; the credit is none of its snippet.
  const credited = (item: EntryDraft) => item.answerParagraphs.length > 1 && isOpeningCredit(item.answerParagraphs[0]!);
  const off = (item: EntryDraft) => {
    if (home === null || credited(item)) return false;
    const site = itemSite(item);
    return site !== null && site !== home && site !== source;
  };
  const offCount = items.filter(off).length;
  // A shop's products among the questions (a price, no question asked) are no items, however many.
  const questions = items.filter((i) => !isProductItem(i.question, i.answerParagraphs));
  const left = offCount > 0 && offCount * 2 < questions.length ? questions.filter((i) => !off(i)) : questions;
  const kept = left.length === items.length ? items : left.map((item, position) => ({ ...item, position }));
  return kept.map((given) => {
    const item = credited(given) ? { ...given, answerParagraphs: given.answerParagraphs.slice(1) } : given;
    const doubts: string[] = [];
    if (off(given)) doubts.push(OFF_SITE);
    const dated = item.answerParagraphs.find((p) => p.length <= 30 && readMetaLine(p).dates.length > 0);
    if (dated) doubts.push(`related item's snippet holds a dated line (${dated})`);
    return doubts.length > 0 ? { ...item, doubts: [...(item.doubts ?? []), ...doubts] } : item;
  });
}
/** A line whose box (the element holding its block) shows nothing else: a heading over an empty list. */
export function isAloneInBox(block: Block): boolean {
  const box = lineBox(block.node);
  return box !== null && box.type === 'tag' && textContent(box).replace(/\s+/gu, '') === block.text.replace(/\s+/gu, '');
}
/** The most a bare title's link holds: a link holding more holds a snippet too (a list's item linked whole). */
const BARE_TITLE_CHARS = 40;
/** A line whose box shows nothing else but links of a title's length (a label over bare titles). */
export function headsOnlyLinks(block: Block): boolean {
  const box = lineBox(block.node);
  if (box === null || box.type !== 'tag') return false;
  let unlinked = '';
  let titles = true;
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') unlinked += (n as unknown as { data: string }).data;
    else if (n.type === 'tag' && (n as Element).name === 'a') titles &&= textContent(n as Element).replace(/\s+/gu, '').length <= BARE_TITLE_CHARS;
    else if (n.type === 'tag') for (const c of (n as Element).children) walk(c);
  };
  walk(box);
  return titles && unlinked.replace(/\s+/gu, '') === block.text.replace(/\s+/gu, '');
}
