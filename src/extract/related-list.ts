import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element, Text } from 'domhandler';
import type { EntryDraft } from '../schema/records.js';
import { inClosedLayer } from './closed-layer.js';
import { noDoctor } from './draft.js';
import { isProductItem } from './product-card.js';
import { formatTag, isPosterLength } from './media-format.js';
import { findOne } from 'domutils';
import { isQuestionFeedLabel, printsQaPairs } from './qa-feed.js';
import { headedCells } from './column-heads.js';
import { isCardLine, QUESTION_MARK_RE, isRelatedLabel, isSectionHead, isSerialField, mayBeRelatedLabel } from './genre.js';
import { calledName } from './doctor-card.js';
import { displayOf, withinAny } from './hidden-text.js';
import { firstLine, renderLines, type Line } from './html-lines.js';
import { compactTextIs, compactTextLonger, showsNothing, textContent } from './page-index.js';
import { type MetaLine, readMetaLine, splitSpacedTrailingDate, splitTrailingFormatDate } from './page-meta.js';
import { parseRelatedLines } from './qa-lines.js';
import { isAppPrompt, isLockedToApp } from './app-prompt.js';
import { isReadMore, withoutReadMoreTail } from './read-more.js';
import { readMoreLinkTexts, withoutReadMoreLink } from './read-more-links.js';
import { isAvatarInitials } from './card-rows.js';
import { isReadAloud, withoutReadAloudTail } from './read-aloud.js';
import { withoutSlideCopies } from './carousel-clone.js';
import { inShadowRoot, withSlotsFilled } from './shadow-root.js';
import { compactNfkc } from './compact-nfkc.js';
import { scriptedAddress } from './script-link.js';
import { redirectTarget } from './redirect-link.js';
import { withoutSourceCredits } from './source-credit.js';
import { linkOnlyUrls } from './link-list.js';
import { pagerSiblingHrefs, shapedAsSiblings } from './sibling-links.js';
import { chipOpening, withoutOpeningChip } from './format-chip.js';
import { leadsNowhere } from './resolve-url.js';
import { withoutDrawnBadge } from './qa-badge.js';
import { isVersionLink } from './version-switch.js';
import { isAccessTag } from './access-tag.js';

/** Elements a label may be (a link only inside a heading: `<h2><a href="/wenda/">相关问答</a></h2>`). */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'dt', 'th', 'em', 'i', 'td', 'font', 'label']);
/** A label's element: one of those, or a custom element (`<wx-view>`, `<wx-text>`), shown as a div or a span. */
const isLabelTag = (name: string) => LABEL_TAGS.has(name) || name.includes('-');
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Sectioning elements: a <header>/<footer> inside one heads that section, not the page. */
const SECTIONING = new Set(['article', 'section', 'aside', 'main']);
/** A label is a few characters; longer text nodes are not looked at. */
const MAX_LABEL_CHARS = 24;
/** Links that lead on rather than to an item: 更多, 换一换, page numbers. */
const NOT_AN_ITEM_LINK = /^(?:查看)?更多|^换一换|^[[【(（]?[上下]一[页篇]|^展开|^收起|^\d+$|^[>›»＞]+$/u;

/** A link that prompts to read an item's whole answer (read-more.ts) leads to the item, but its words are no question. */
/** An answer label opening an item's snippet: 答：, 医生回答：, 护士答：, a quiz's 解析：, the answer picked out of several (最佳答案：, 推荐答案：), a board's 回复摘要：. */
const SNIPPET_LABEL_RE = /^(?:A|答|回答|解答|回复|答复|(?:医生|专家|答案|题目)?解析|(?:医生|医师|专家|大夫|护士|护师|药师|营养师)(?:答|回答|解答|回复|答复)|(?:最佳|推荐|满意|精选|优质|采纳)(?:答案|回答)|(?:回复|答复)摘要)\s*[:：]\s*/u;
/** An item's label saying it is an ad. */
const AD_LABEL_RE = /^(?:广告|推广|赞助|赞助商|AD|Ad|Sponsored)$/u;
/** The category an item is filed under (`在“内分泌科”中`, `分类：儿科`): meta, not snippet. */
const CATEGORY_LINE_RE = /^(?:在|归类于|发表在|发布在|分类\s*[:：]|栏目\s*[:：])\s*[“"「『]?[^”"」』\s]{1,12}[”"」』]?\s*中?$/u;
/** A short opening ending in a colon (`回复：`, `醫生答：`): a label where every item's snippet opens with it. */
const SHARED_OPENING_RE = /^([^\s:：，,。；;！!？?]{1,6})\s*[:：]\s*(?=\S)/u;

/** A name (a word of a few characters) before a line of item meta (`张敏 9.4万阅读`, `王医生 · 2023-05-06`): the item's byline, not its snippet. */
const BYLINE_HEAD_RE = /^([^\s:：，,。；;！!？?]{1,8})\s*[·•|｜]?\s+(?=\S)/u;
/** A line ending in a day in digits, with or without its time (`文杰晨 医师2020-10-20`): the text before it and the day. */
/** A name with its calling and a count after it (`孙春梅医生 88.7万`): alone, the name may be a site's (快速问医生, a source's credit). */
const CALLED_BYLINE_RE = /^(\p{Script=Han}{2,4}(?:医生|大夫|护士))\s*[\d.]+\s*[万wWkK]?$/u;
const isCalledByline = (text: string) => calledName(text.trim().match(CALLED_BYLINE_RE)?.[1] ?? '') !== null;
/** A word of a few characters, no sentence and no figure in it: a name (a channel's, a user's), too short to answer anything. */
const NAME_WORD_RE = /^[^\s\d，,。；;！!？?、：:]{2,12}$/u;
/** A name on its own line right over a line of counters only (plays, comments, no day): the item's byline, not its snippet. */
function isBylineOverCounts(text: string, next: string | undefined): boolean {
  if (next === undefined || !NAME_WORD_RE.test(text.trim())) return false;
  const meta = readMetaLine(next);
  return meta.metaOnly && meta.dates.length === 0 && /\d/u.test(next);
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
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return null;
}

export interface RelatedList {
  items: EntryDraft[];
  /** The label the list stands under; where the page's own content ends. */
  label: Element | null;
  /** A reading list's label (相关阅读) over answered items that no address of the page's own tells from articles. */
  unplaced?: Element;
  /** Where no list of answers is: the links of a list of bare linked questions under a label, in order (link-list.ts). */
  links?: string[];
  /** The label over those links: where the page's own content ends, as a list of answers' label is. */
  linksLabel?: Element;
}

const norm = compactNfkc;

/**
 * A character NFKC leaves as it is and never joins to the one before it (an ASCII character, a
 * CJK ideograph): a text cut before one normalizes as its two parts do, one after the other.
 */
const startsCleanly = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * `norm(text).startsWith(start)` (`start` normalized already), normalizing only the head of
 * `text` it takes: an item's snippet is asked whether it opens with the question, and
 * normalizing the whole snippet cost more than the rest of reading it.
 */
export function normStartsWith(text: string, start: string): boolean {
  let cut = start.length;
  while (cut < text.length) {
    while (cut < text.length && !startsCleanly(text.charCodeAt(cut))) cut++;
    if (cut >= text.length) break;
    const head = norm(text.slice(0, cut));
    if (head.length >= start.length) return head.startsWith(start);
    // Whitespace or NFKC made the head shorter: a longer head.
    cut += start.length - head.length;
  }
  return norm(text).startsWith(start);
}

/**
 * Finds the related list by its label (相关推荐, 相关问答…), not by class names, which differ
 * between sites and layouts: after the label, the run of repeated sibling items, each holding
 * a link to its question, in whatever markup (li, dt + dd, tr, div, a whole item as one link).
 * Labels in navigation (<nav>, the page's header and footer) are passed over; where several
 * labels remain, the first whose list yields items is the list. Where none does, the first
 * label over bare linked questions gives the page its related links (`links`, link-list.ts).
 */
/**
 * The page: a cheerio document, or its parsed tree with the short text nodes its one walk
 * collected (page-index.ts), which spares this search a walk of its own.
 */
export type RelatedListSource = CheerioAPI | { document: Document; shortTexts: readonly Text[] };

export function findRelatedList(page: RelatedListSource, resolve: (href: string) => string = (h) => h, named: Element | null = null): RelatedList {
  // A site profile names its list's label (its selector matched as the page was parsed): the list under it,
  // where it is a label the search below would take and a list answers under it, spares the search.
  const list = named && isNamedLabel(named) ? listUnder(named, resolve) : null;
  if (list?.label) return list;
  // The first list of bare linked questions, kept where no list of answers is found.
  let links = list?.links;
  let linksLabel = list?.linksLabel;
  const texts = typeof page === 'function' ? textNodes(page.root().get(0) as Document | undefined) : page.shortTexts;
  for (const label of labelCandidates(texts)) {
    const list = listUnder(label, resolve);
    if (list?.label) return list;
    if (!links && list?.links) [links, linksLabel] = [list.links, list.linksLabel];
  }
  const none = links ? { items: [], label: null, links, linksLabel } : { items: [], label: null };
  // No label in words: a heading drawn as a picture or an icon says what it is in its alt text or title.
  for (const label of pictureLabels(typeof page === 'function' ? (page.root().get(0) as Document | undefined) : page.document)) {
    if (inNavigation(label)) continue;
    const items = readItems(listAfter(label), resolve);
    if (answers(items)) return { items, label };
  }
  // An article's reading list (相关阅读, 延伸阅读, 大家都在看) is the related list where its items are the page's
  // siblings, pages in its own folder of the site (`/q/…` beside `/q/…`): questions like it, not articles.
  // Where the page names no address of its own, such a list is neither taken nor passed over in silence.
  const here = ownFolder(resolve);
  // Bare linked questions under such a label are the page's related links where each address is made as the page's own (see sameTemplate).
  let reading: string[] | undefined;
  for (const label of labelCandidates(texts, (text) => isReadingLabel(text) || isMoreAnswersLabel(text) || isBackIssuesHead(text))) {
    if (inNavigation(label)) continue;
    const items = readItems(listAfter(label), resolve);
    if (!answers(items)) {
      const urls = links ? null : linkOnlyUrls(items);
      // Where the page names no address of its own, bare links on its own site (paths no base made absolute) are
      // neither taken nor passed over in silence; links to other addresses are a portal's articles as often.
      if (urls && here === null && !reading && urls.every((url) => !SCHEME_RE.test(url))) return { ...none, unplaced: label };
      // The page's own path: an empty query resolved against its address.
      if (urls && urls.every((url) => sameTemplate(url, resolve('?')))) reading ??= urls;
      // A head that says the list is related (相关新闻, 相关阅读) over questions linked on one host: the page's related
      // reading, where nothing of the page's own tells its template (a 推荐阅读 or 往期推荐 is the account's other posts as often).
      else if (urls && here === null && isRelatedReadingHead(textContent(label)) && onOneHost(urls) && pagerSiblingHrefs(texts).length === 0) reading ??= urls;
      // An account's back issues (往期推荐, 往期回顾) whose every title asks a question, on the page's own host: the column's
      // other questions and answers (a 你问我答 column's), its related links (where the page's address is unknown, the one host
      // they share is the evidence); titles that ask nothing are the account's other posts.
      else if (urls && isBackIssuesHead(textContent(label)) && onOneHost(urls) && (!SCHEME_RE.test(resolve('?')) || onOneHost([...urls, resolve('?')]))) reading ??= urls;
      // Where the page's address is unknown, its pager's neighbours (上一篇 / 下一篇) show its template.
      else if (urls && !/^https?:/iu.test(resolve('?')) && shapedAsSiblings(urls, pagerSiblingHrefs(texts))) reading ??= urls;
      continue;
    }
    if (here === null) return { ...none, unplaced: label };
    if (items.every((i) => i.url !== null && i.url.startsWith(here))) return { items, label };
  }
  // A site's feed of questions (热门问答) printed as 问：/答： pairs of the page's own folder, where no other list is (qa-feed.ts).
  if (here !== null) {
    for (const label of labelCandidates(texts, isQuestionFeedLabel)) {
      if (inNavigation(label)) continue;
      const region = listAfter(label);
      const items = readItems(region, resolve);
      if (answers(items) && items.every((i) => i.url !== null && i.url.startsWith(here)) && printsQaPairs(renderLines(region), items.length)) return { items, label };
    }
  }
  return reading ? { items: [], label: null, links: reading } : none;
}

/**
 * Whether an address is made as the page's own, its numbers aside (`/health/story20210126-103705` beside
 * `/health/story20220217-103713`, `/news/20190106/health/112944` beside `/news/20200717/health/113571`): another
 * page of the same template on the same host, a question as the page is one, not an article of another section.
 */
function sameTemplate(url: string, page: string): boolean {
  const shape = (u: string) => {
    try {
      const { host, pathname } = new URL(u);
      return /\d/u.test(pathname) ? `${host}${pathname.replace(/\d+/gu, '#')}` : null;
    } catch {
      return null;
    }
  };
  const own = shape(page);
  return own !== null && shape(url) === own;
}

/**
 * The label of an article's list of further reading (related articles, or on a Q&A site its questions),
 * or of what other readers looked at (大家都在看): a portal's articles as often as this site's questions.
 */
const READING_LABEL_RE = /^(?:(?:相关|延伸|扩展|拓展|推荐|更多)(?:阅读|文章|资讯|新闻)|大家(?:都|还)在看|本版(?:其他|其它)(?:文章|稿件))$/u;
export const isReadingLabel = (label: string) => READING_LABEL_RE.test(label);
/**
 * Of those, a head saying its articles are related to this one (相关新闻, 相关阅读), not merely recommended or recent;
 * or an e-paper's other articles on this page of the issue (本版其他文章): a column's page holds its other letters.
 */
const isRelatedReadingHead = (label: string) => /^(?:相关(?:阅读|文章|资讯|新闻)|本版(?:其他|其它)(?:文章|稿件))$/u.test(label.replace(/\s+/gu, ''));

/** The head of an account's or a column's back issues (往期推荐, 往期回顾, 往期精选). */
const isBackIssuesHead = (label: string) => /^往期(?:推荐|回顾|精选|内容|文章)$/u.test(label.replace(/\s+/gu, ''));

/** Absolute links all on one host (a site's own articles, not a portal's feed from anywhere). */
function onOneHost(urls: readonly string[]): boolean {
  const hosts = new Set(urls.map((url) => (/^https?:\/\/([^/?#]+)/iu.exec(url)?.[1] ?? '').toLowerCase()));
  return hosts.size === 1 && !hosts.has('');
}

/**
 * More answers (更多精彩回答, 更多解答): this question's other answers on one page, other questions'
 * on another (a share page's feed); the related list, as a reading list is, where its items are the page's siblings.
 */
const isMoreAnswersLabel = (label: string) => /^更多\p{Script=Han}{0,4}?(?:回答|解答)$/u.test(label);

/** The folder of the page's own address (`https://site/q/` of `https://site/q/1.html`), where it is one below the site's root or deeper. */
function ownFolder(resolve: (href: string) => string): string | null {
  const folder = resolve('.');
  return /^https?:\/\/[^/]+\/[^/]+\/$|^https?:\/\/[^/]+\/(?:[^/]+\/){2,}$/iu.test(folder) ? folder : null;
}

/** What an element shows as no text: nothing, or an icon font's glyphs (private-use characters). */
const NO_TEXT_RE = /^[\uE000-\uF8FF\s]*$/u;

/**
 * Headings drawn as a picture (`<img alt="相关问题">`) or an icon whose only words are its title
 * (`<i title="相关问题">&#xe61a;</i>`): the outermost element around it that shows no text.
 * Looked for only where no label in words yields a list (a walk of the page of its own).
 */
function pictureLabels(root: Document | undefined): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...(root?.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'head') continue;
    const said = el.attribs.alt ?? el.attribs.title ?? el.attribs['aria-label'];
    if (said && said.length <= MAX_LABEL_CHARS && isRelatedLabel(said.replace(/\s+/g, '')) && el.name !== 'a' && NO_TEXT_RE.test(textContent(el))) {
      let label = el;
      while (label.parent && label.parent.type === 'tag' && LABEL_TAGS.has((label.parent as Element).name) && NO_TEXT_RE.test(textContent(label.parent))) {
        label = label.parent as Element;
      }
      found.push(label);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return found;
}

/** The list under a label, where it is one of answers (see findRelatedList), or of bare linked questions (no label then, its `links`); null where none is. */
function listUnder(label: Element, resolve: (href: string) => string): RelatedList | null {
  if (inNavigation(label) || inClosedLayer(label)) return null;
  const line = lineLabels.get(label);
  const region = line ? siblingsAfter(line) : listAfter(label);
  const items = readItems(region, resolve);
  // A shop's products under such a label (为你推荐: a price, no question asked) are no list of answers (product-card.ts): the search goes on.
  if (answers(items) && !items.every((i) => isProductItem(i.question, i.answerParagraphs))) return { items, label };
  if (items.length > 0) {
    const urls = linkOnlyUrls(items);
    return urls ? { items: [], label: null, links: urls, linksLabel: label } : null;
  }
  // No linked items: a list read from its lines, anchored on format-and-date lines.
  const fromLines = parseRelatedLines(renderLines(region)).map((item) => ({
    ...item,
    url: item.url ? resolve(item.url) : null,
    readBy: 'genre' as const,
    doubts: ['related items read from lines, not from repeated items'],
  }));
  return answers(fromLines) ? { items: fromLines, label } : null;
}

/**
 * Whether a label a profile names is one labelCandidates would find: an element (not a link, not in
 * <head>) whose own text node is all of its text and a related-list label, and no element around it
 * of the same text would be taken instead.
 */
function isNamedLabel(el: Element): boolean {
  if (el.name === 'a' || !LABEL_TAGS.has(el.name.toLowerCase())) return false;
  const node = el.children.find((c): c is Text => c.type === 'text' && c.data.trim() !== '');
  if (!node || node.data.length > MAX_LABEL_CHARS * 4) return false;
  const label = node.data.replace(/\s+/g, '');
  if (label.length > MAX_LABEL_CHARS || !isRelatedLabel(label) || !compactTextIs(el, label)) return false;
  const parent = el.parent;
  if (parent && parent.type === 'tag' && LABEL_TAGS.has((parent as Element).name) && compactTextIs(parent, label)) return false;
  // The search looks outside <head> only.
  for (let n = parent; n; n = n.parent) if (n.type === 'tag' && (n as Element).name === 'head') return false;
  return true;
}

/** A list of answers, not of links: most of its items show a snippet (a list page's questions do not). */
function answers(items: EntryDraft[]): boolean {
  return items.length > 0 && items.filter((i) => i.answerParagraphs.length > 0).length * 2 > items.length;
}

/** Short text nodes of the tree outside <head>, in document order: where a label may be. */
function textNodes(root: Document | undefined): Text[] {
  const found: Text[] = [];
  const stack: AnyNode[] = [...(root?.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if ((node as Text).data.length <= MAX_LABEL_CHARS * 4) found.push(node as Text);
      continue;
    }
    if (node.type === 'tag' && ['script', 'style', 'head'].includes((node as Element).name)) continue;
    const children = (node as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * Elements whose whole text is a related-list label, outermost first, in document order.
 * Found from short text nodes (one pass over the tree): asking every element for its text
 * would read the page once per element.
 */
function labelCandidates(texts: readonly Text[], isLabel: (label: string) => boolean = isRelatedLabel): Element[] {
  const found: Element[] = [];
  for (const node of texts) {
    const data = node.data;
    // Most short text nodes are the whitespace between tags, or words no label has: passed over before any copy is made.
    if (data.length > MAX_LABEL_CHARS * 4 || (isLabel === isRelatedLabel && !mayBeRelatedLabel(data)) || data.trim() === '') continue;
    const label = data.replace(/\s+/g, '');
    if (label.length === 0 || label.length > MAX_LABEL_CHARS || !isLabel(label)) continue;
    let el = node.parent as Element | null;
    if (!el || el.type !== 'tag') continue;
    // A label on a line of its own (ended by <br>) in an element that goes on with the list (an old WAP page).
    if (endsLine(node) && !compactTextIs(el, label)) {
      if (!found.includes(el)) found.push(el);
      lineLabels.set(el, node);
      continue;
    }
    // A link inside a heading labels as the heading does.
    if (el.name === 'a' && el.parent?.type === 'tag' && HEADINGS.has((el.parent as Element).name)) el = el.parent as Element;
    // Any other link is the site's menu leading to such a section (`<td><a href="/keshi/4.html">常见问题</a></td>`),
    // however bare the cell around it: what follows is more of the menu, no list of this page's.
    else if (el.name === 'a') continue;
    // The outermost element whose text is still just the label (<div><h4>相关推荐</h4></div> is the div).
    const own = compactText(el);
    while (el.parent && el.parent.type === 'tag' && isLabelTag((el.parent as Element).name) && compactTextIs(el.parent, own)) {
      el = el.parent as Element;
    }
    if (isLabelTag(el.name.toLowerCase()) && !found.includes(el)) found.push(el);
  }
  return found;
}

/** Labels that are a line in a larger element, and the text node that is the line (see labelCandidates). */
const lineLabels = new WeakMap<Element, Text>();

/** Where a label is a line in a larger element (see labelCandidates): the text node that is the line. */
export const labelLine = (label: Element): Text | undefined => lineLabels.get(label);

/** A text node whose line a <br> ends. */
function endsLine(node: Text): boolean {
  let next = node.next;
  while (next && next.type === 'text' && (next as Text).data.trim() === '') next = next.next;
  return next !== null && next.type === 'tag' && (next as Element).name === 'br';
}

/** What follows a node in its parent. */
function siblingsAfter(node: AnyNode): AnyNode[] {
  const nodes: AnyNode[] = [];
  for (let next = node.next; next; next = next.next) nodes.push(next);
  return nodes;
}

function compactText(el: AnyNode): string {
  return textContent(el).replace(/\s+/g, '');
}

/** Inside a link (other than one in a heading), a <nav>, or the page's own <header>/<footer>. */
function inNavigation(label: Element): boolean {
  let pageLevel: 'header' | 'footer' | null = null;
  for (let node: Element | null = label; node && node.type === 'tag'; node = node.parent as Element | null) {
    const name = node.name.toLowerCase();
    if (name === 'nav' || (name === 'a' && !HEADINGS.has((node.parent as Element | null)?.name ?? ''))) return true;
    if (name === 'header' || name === 'footer') pageLevel = name;
    else if (pageLevel && SECTIONING.has(name)) pageLevel = null;
  }
  return pageLevel !== null;
}

/**
 * What follows the label inside its container, in document order: the label's later
 * siblings, then its parent's, and so on up to the container (a loop, not a recursive walk,
 * so nesting depth costs no stack).
 */
function listAfter(label: Element): AnyNode[] {
  const panel = tabPanel(label);
  if (panel) return [panel];
  // A label in a shadow root heads what its slots show: the host's light children (shadow-root.ts).
  return inShadowRoot(label) ? withSlotsFilled(nodesAfter(label)) : nodesAfter(label);
}

/**
 * A tab of radio inputs and their labels (`<input type=radio id=t2><label for=t2>相关问题</label>`,
 * the panels after them, all in the markup, CSS showing the checked one): the label's panel is
 * the panel in the label's place among the tabs' labels. Null where the label is no such tab,
 * or the tabs and panels do not pair one for one.
 */
function tabPanel(label: Element): Element | null {
  const id = label.name === 'label' ? label.attribs.for : undefined;
  const box = label.parent;
  if (!id || !box || box.type !== 'tag') return null;
  const siblings = (box as Element).children.filter((c): c is Element => c.type === 'tag');
  const isRadio = (el: Element) => el.name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'radio';
  if (!siblings.some((el) => isRadio(el) && el.attribs.id === id)) return null;
  const tabs = siblings.filter((el) => el.name === 'label' && el.attribs.for && siblings.some((i) => isRadio(i) && i.attribs.id === el.attribs.for));
  const panels = siblings.filter((el) => el.name !== 'input' && el.name !== 'label');
  return tabs.length >= 2 && panels.length === tabs.length ? panels[tabs.indexOf(label)]! : null;
}

function nodesAfter(label: Element): AnyNode[] {
  const labelLength = compactText(label).length;
  let container: Element = label;
  while (container.parent && container.parent.type === 'tag') {
    container = container.parent as Element;
    if (compactTextLonger(container, labelLength + 10)) break;
  }
  const nodes: AnyNode[] = [];
  for (let node: AnyNode = label; node !== container && node.parent; node = node.parent) {
    for (let next = node.next; next; next = next.next) nodes.push(next);
  }
  return nodes;
}

/** A mini-program's link element (WeChat's and uni-app's `navigator`, rendered for the web as `wx-navigator`, `uni-navigator`). */
const NAVIGATOR_RE = /^(?:[a-z]+-)?navigator$/u;

/**
 * Where an element leads: a link's href, a mini-program's navigator's url (`<wx-navigator url>`,
 * its `<a>`), the address an app's item carries in its data
 * (`<uni-view data-href="/q/1.html">`, data-url, data-path: a script opens it on a tap), or the
 * address its click opens by script, where its href leads nowhere itself (script-link.ts).
 */
function addressOf(el: Element): string | undefined {
  const a = el.attribs;
  if (el.name === 'a') {
    if (a.onclick !== undefined || a.href === undefined || leadsNowhere(a.href)) return scriptedAddress(a) ?? a.href;
    // A link printing its address while its href goes through a redirector leads to the printed address (redirect-link.ts).
    return (a.href.includes('?') ? redirectTarget(a.href, textContent(el)) : null) ?? a.href;
  }
  if (NAVIGATOR_RE.test(el.name) && a.url !== undefined) return a.url;
  const data = a['data-href'] ?? a['data-url'] ?? a['data-path'] ?? a['data-link'];
  if (data !== undefined && /^(?:\/|\.\/|https?:\/\/)/iu.test(data.trim())) return data;
  // An element a click leads from by script (`<span onclick="location.href='/q/1.html'">`): script-link.ts.
  return a.onclick !== undefined ? scriptedAddress(a) : undefined;
}

/** Whether the nodes show a picture (a poster, a thumbnail). */
const holdsPicture = (nodes: readonly AnyNode[]): boolean => findOne((el) => el.name === 'img', nodes as AnyNode[], true) !== null;

/** An address that opens no page of the site (a script, a mail, a call, a place on this page). */
const NO_PAGE_RE = /^(?:javascript|mailto|tel):|^#/iu;
export const opensNoPage = (address: string): boolean => NO_PAGE_RE.test(address.trim());

/** A link's first line that may be an item's question: a few characters at least, no prompt (更多, 换一换, a pager) nor the app's button, nor a version of the site (`[电脑版]`: version-switch.ts). */
export const asksAsItem = (first: string, compact = norm(first)): boolean => [...compact].length >= 4 && !NOT_AN_ITEM_LINK.test(compact) && !isAppPrompt(first) && !isVersionLink(first);

/**
 * Links in the region that lead to an item's question, with the question (the link's first line);
 * and the links too short to be a question (`cut`): the last item of a download cut inside its question.
 */
function itemLinks(region: AnyNode[]): { links: Map<Element, string>; cut: Element[] } {
  const display = region.length > 0 ? displayOf(region[0]!) : null;
  const fixed = display?.fixed ?? new Set<Element>();
  const links = new Map<Element, string>();
  const cut: Element[] = [];
  const stack = [...region].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    // Nor is text drawn for no one to read (white on the white page: illegible-style.ts, same-colour-text.ts).
    if (el.name === 'script' || el.name === 'style' || isFloating(el, fixed) || display?.illegible.has(el)) continue;
    const address = addressOf(el);
    if (address && !opensNoPage(address)) {
      // An address that swallowed markup (`href="/q/1.` cut short, the quote closed by a later tag's): the page ends in it; no item.
      if (SWALLOWED_MARKUP_RE.test(address)) {
        cut.push(el);
        continue;
      }
      // A video's tile opens with the length over its poster: its question is the line after (media-format.ts).
      let first = firstLine(el);
      if (isPosterLength(first, holdsPicture([el]))) first = renderLines(el)[1]?.text ?? '';
      // A day floated to the item's right, printed first in its markup (`05-06`, `2020-10-22`): meta; the question is the line after it.
      else if (first.length <= 24 && /^\d/u.test(first) && readMetaLine(first).metaOnly) first = renderLines(el)[1]?.text ?? first;
      // A format chip before the question (`<span>语音</span>问题`): the item's format, read with its meta (format-chip.ts).
      first = withoutOpeningChip(el, first);
      // A drawn 问 badge before the question (`<i>问</i>question`, qa-badge.ts): a label, no text.
      first = withoutDrawnBadge(first, [el]);
      const compact = norm(first);
      // A read-more prompt leads to the item: its question is found in the item's other lines.
      if (isReadMore(compact)) links.set(el, '');
      // The app's button (打开APP, 下载APP) leads to no item.
      else if (asksAsItem(first, compact)) links.set(el, first);
      else if (compact !== '' && !NOT_AN_ITEM_LINK.test(compact)) cut.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  // Links a style hides (a 换一换 list's other batches, its `hidden` ones), where the list shows others: no items.
  if (display && display.hidden.size > 0) {
    const hidden = [...links.keys()].filter((link) => withinAny(link, display.hidden));
    if (hidden.length > 0 && hidden.length < links.size) for (const link of hidden) links.delete(link);
  }
  // A prompt (展开, 阅读全文) to the address a question links to is that item's second link, not an item.
  const prompts = [...links].filter(([, question]) => question === '');
  if (prompts.length > 0) {
    const asked = new Set([...links].filter(([, question]) => question !== '').map(([link]) => addressOf(link)!.trim()));
    for (const [link] of prompts) if (asked.has(addressOf(link)!.trim())) links.delete(link);
  }
  return { links, cut };
}

/**
 * An element a style fixes to the window (a floating ad, an injected box, markup that may land
 * inside an item when a download is cut): shown over the page, none of its list nor of an item.
 */
const isFloating = (el: Element, fixed: ReadonlySet<Element>) => fixed.size > 0 && fixed.has(el);

/** The floating boxes in the region, and every element around one. */
function floatingBoxes(region: AnyNode[]): { boxes: Set<AnyNode>; fixed: ReadonlySet<Element> } {
  const boxes = new Set<AnyNode>();
  const fixed = region.length > 0 ? displayOf(region[0]!).fixed : new Set<Element>();
  const stack = fixed.size > 0 ? [...region] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (isFloating(node as Element, fixed)) for (let n: AnyNode | null = node; n && !boxes.has(n); n = n.parent) boxes.add(n);
    else stack.push(...(node as Element).children);
  }
  return { boxes, fixed };
}

/** A node as shown in the flow: the floating boxes in it left out (its other children in its place). */
function withoutFloating(node: AnyNode, boxes: ReadonlySet<AnyNode>, fixed: ReadonlySet<Element>): AnyNode[] {
  if (!boxes.has(node)) return [node];
  if (isFloating(node as Element, fixed)) return [];
  return (node as Element).children.flatMap((child) => withoutFloating(child, boxes, fixed));
}

const SWALLOWED_MARKUP_RE = /<\/?[a-z!]/iu;

/** An address with its numbers blanked (`/q/#.html`): the shape the addresses of one list's items share. */
const addressShape = (address: string) => address.trim().replace(/\d+/gu, '#');

/**
 * The items of the list: for each item link, the largest element around it that holds no
 * other item link (an <li>, a <dt>, a <tr>, the link itself); of those, the longest run of
 * siblings (a box of other links after the list is not part of it). Where an item's element
 * shows no snippet, the siblings after it up to the next item belong to it (a <dt> and its
 * <dd>s, a row and the row under it), as many as the first item has.
 */
/** An address with its scheme (`https:`): one a base made absolute, or printed so. */
const SCHEME_RE = /^[a-z][a-z\d+.-]*:/iu;

/** A list's bullet before an item's question. */
const BULLET_RE = /^[\s·•●○◆◇■□▪▫▸►‣\-*]+/u;

function itemNodes(
  region: AnyNode[],
  links: Map<Element, string>,
  cut: readonly Element[] = [],
): Array<{ link: Element; question: string; nodes: AnyNode[]; lines?: Line[] }> {
  const top = new Set(region);
  // How many item links each element holds, counted up from the links (no subtree walks). A link
  // too short for a question, to an address shaped like the items' (`/q/#.html`), is an item cut
  // short: no item, but its element is its own, not the item's before it.
  const shapes = cut.length > 0 ? new Set([...links.keys()].map((link) => addressShape(addressOf(link) ?? ''))) : null;
  const cutShort = shapes ? cut.filter((c) => shapes.has(addressShape(addressOf(c) ?? ''))) : [];
  const holds = new Map<AnyNode, number>();
  for (const link of [...links.keys(), ...cutShort]) {
    for (let n: AnyNode | null = link; n; n = n.parent) holds.set(n, (holds.get(n) ?? 0) + 1);
  }
  const rootOf = (link: AnyNode) => {
    let root: AnyNode = link;
    while (!top.has(root) && root.parent && holds.get(root.parent) === 1) root = root.parent;
    return root;
  };
  const found = [...links].map(([link, question]) => ({ link, question, root: rootOf(link) }));
  // The longest run of items that hold more than their link; bare links (猜你想搜 and its queries) only where no run does.
  const runs = new Map<AnyNode | null, { items: number; full: number }>();
  for (const { root, link } of found) {
    const run = runs.get(root.parent) ?? { items: 0, full: 0 };
    run.items++;
    if (root !== link) run.full++;
    runs.set(root.parent, run);
  }
  const parent = [...runs.entries()].sort((a, b) => b[1].full - a[1].full || b[1].items - a[1].items)[0]![0];
  const rows = gridRows(parent, runs, new Set(found.map((f) => f.root)));
  const items = found
    .filter(({ root }) => rows.has(root.parent) || rows.has(root))
    .map((item) => (item.question === '' ? { ...item, question: questionBesidePrompt(item.root) } : item))
    .filter((item) => item.question !== '');
  const roots = new Set<AnyNode>([...items.map((i) => i.root), ...cutShort.map(rootOf)]);
  let span: number | null = null;
  // A print version's items end with their address printed as the link (`https://…/q/1.html`): the question and snippet are the lines before it.
  const addressed = items.length > 1 && items.every((i) => PRINTED_ADDRESS_RE.test(norm(i.question)));
  if (addressed) return itemsBeforeAddresses(items, roots);
  return items.map(({ link, question, root }) => {
    const own = root === link ? [] : renderLines(root);
    // Where the item's element shows no snippet (a <dt>, a row with the question and a date), what follows it up to the next item belongs to it.
    const asked = norm(question);
    // The question's own line, a list's bullet before it (`·question 2023-05-06`), is no snippet.
    const snippet = own.some((l) => (l.text.length > 24 || /[，,。；;！!？?]/u.test(l.text)) && !normStartsWith(l.text.replace(BULLET_RE, ''), asked));
    if (snippet) return { link, question, nodes: [root], lines: own };
    const nodes: AnyNode[] = [root];
    let taken = 0;
    for (let next = root.next; next && !roots.has(next) && (span === null || taken < span); next = next.next) {
      if (next.type === 'tag') taken++;
      nodes.push(next);
    }
    span ??= taken;
    return { link, question, nodes };
  });
}

/** How many cards a grid's row holds at most (rows of two to four, a few more on a wide page). */
const GRID_ROW_ITEMS = 6;

/**
 * A grid of cards printed in rows (`<div style="display:flex">` of two to four cards, rows one after
 * another): the rows together are the list. The run's parent and its siblings of the same tag right
 * before and after it, each a row of full items only (or the one item of a last row); anything else
 * shown between them (a heading, a box of other links) ends the grid. The set holds the rows, whose
 * children are items, and the lone rows, which are items.
 */
function gridRows(parent: AnyNode | null, runs: ReadonlyMap<AnyNode | null, { items: number; full: number }>, roots: ReadonlySet<AnyNode>): Set<AnyNode | null> {
  const rows = new Set<AnyNode | null>([parent]);
  if (!parent || parent.type !== 'tag') return rows;
  const name = (parent as Element).name;
  const isRow = (n: AnyNode) => {
    const run = runs.get(n);
    return n.type === 'tag' && (n as Element).name === name && run !== undefined && run.full === run.items && run.items <= GRID_ROW_ITEMS;
  };
  if (!isRow(parent)) return rows;
  // A last row of one card: the row is that item's own element.
  const loneRow = (n: AnyNode) => n.type === 'tag' && (n as Element).name === name && roots.has(n);
  const blank = (n: AnyNode) => n.type === 'text' && textContent(n).trim() === '';
  for (const step of ['prev', 'next'] as const) {
    for (let n = parent[step]; n; n = n[step]) {
      // A comment, a script or a style sheet between two rows shows nothing between them.
      if (blank(n) || showsNothing(n)) continue;
      if (!isRow(n) && !loneRow(n)) break;
      rows.add(n);
    }
  }
  return rows;
}

/** The question of an item linked only by a read-more prompt: the item's first line that is no prompt, or '' (none: no item). */
function questionBesidePrompt(root: AnyNode): string {
  const line = renderLines(root).find((l) => !isReadMore(norm(l.text)));
  return line && [...norm(line.text)].length >= 4 ? line.text.trim() : '';
}

/** A link whose text is an address, not a question. */
const PRINTED_ADDRESS_RE = /^(?:https?:\/\/|www\.)\S+$/iu;
/** An address alone on a line, bare or in brackets (`(https://…)`, `［www.…］`): where a link leads, printed. */
const isPrintedAddress = (text: string): boolean => {
  const t = norm(text);
  return t.length >= 8 && PRINTED_ADDRESS_RE.test(t.replace(/^[(\[<]\s*(.*?)\s*[)\]>]$/u, '$1'));
};
/** Words in brackets ending a line (`问题（语音回答 2019-08-12）`). */
const TRAILING_BRACKETS_RE = /^(.*\S)\s*[（(]([^（）()]+)[）)]$/u;
/** An item's number opening its question (`1.`, `2、`, `(3)`). */
const ITEM_NUMBER_RE = /^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\d{1,3}[）)])\s*/u;

/**
 * Items whose links print their address after them: each item is the siblings before its
 * link's element back to the previous item's (the first item as many as the second has); its
 * question the first of their lines, without its number.
 */
function itemsBeforeAddresses(
  items: Array<{ link: Element; root: AnyNode }>,
  roots: ReadonlySet<AnyNode>,
): Array<{ link: Element; question: string; nodes: AnyNode[]; lines?: Line[] }> {
  const before = items.map(({ root }) => {
    const nodes: AnyNode[] = [];
    for (let prev = root.prev; prev && !roots.has(prev); prev = prev.prev) nodes.unshift(prev);
    // The blank text, comments and scripts between elements are no part of an item (its shape starts at its first element).
    while (nodes[0] && ((nodes[0].type === 'text' && !textContent(nodes[0]).trim()) || showsNothing(nodes[0]))) nodes.shift();
    return nodes;
  });
  const span = before[1]!.filter((n) => n.type === 'tag').length;
  const firstTags = before[0]!.filter((n) => n.type === 'tag');
  if (firstTags.length > span) before[0] = span === 0 ? [] : before[0]!.slice(before[0]!.indexOf(firstTags[firstTags.length - span]!));
  return items.map(({ link }, i) => {
    const lines = renderLines(before[i]!);
    const [head, ...rest] = lines;
    if (!head) return { link, question: '', nodes: [link], lines: [] };
    const numbered = head.text.replace(ITEM_NUMBER_RE, '');
    // Its format and date in brackets after it (`（语音回答 2019-08-12）`): meta, a line of its own.
    const bracketed = numbered.match(TRAILING_BRACKETS_RE);
    const [question, meta] = bracketed && readMetaLine(bracketed[2]!).metaOnly ? [bracketed[1]!, bracketed[2]!] : [numbered, null];
    const headLines = [{ ...head, text: question }, ...(meta ? [{ ...head, text: meta }] : [])];
    return { link, question, nodes: before[i]!.length > 0 ? before[i]! : [link], lines: [...headLines, ...rest] };
  });
}

/**
 * A related list printed as lines of text, not elements (a print version's <pre>): items numbered
 * 1, 2, 3… in order, each ending with its address printed; the question the numbered line without
 * its number, with its format and date in brackets after it; the lines between it and the address
 * the snippet. Read up to the first line that belongs to no item; two items or more, or none.
 */
export function readPrintedList(lines: readonly Line[], resolve: (href: string) => string): EntryDraft[] {
  const items: EntryDraft[] = [];
  let segment: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (!PRINTED_ADDRESS_RE.test(norm(text))) {
      segment.push(text);
      continue;
    }
    const [head, ...rest] = segment;
    const number = head?.match(ITEM_NUMBER_RE);
    if (!head || !number || Number(number[0].replace(/\D/g, '')) !== items.length + 1) break;
    const numbered = head.slice(number[0].length);
    const bracketed = numbered.match(TRAILING_BRACKETS_RE);
    const meta = bracketed ? readMetaLine(bracketed[2]!) : null;
    const question = bracketed && meta!.metaOnly ? bracketed[1]! : numbered;
    items.push({
      question,
      answerParagraphs: rest.filter((l) => !readMetaLine(l).metaOnly),
      doctor: noDoctor(),
      format: meta?.metaOnly ? meta.format : 'unknown',
      date: meta?.metaOnly ? (meta.dates[0]?.iso ?? null) : null,
      hasDisclaimer: false,
      origin: 'related',
      position: items.length,
      url: resolve(text),
      relatedUrls: [],
      readBy: 'genre',
    });
    segment = [];
  }
  return items.length >= 2 ? items : [];
}

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
const ANSWERER_LABEL_RE = /^(?:医生|医师|专家|大夫|药师|营养师)\s*[:：]\s*/u;
const withoutAnswererLabel = (text: string) => text.replace(ANSWERER_LABEL_RE, '');
/** A sentence's punctuation: a label's value holding one is a snippet, not a name. */
const SENTENCE_RE = /[，,。；;！!？?]/u;

/**
 * An item's date is the day it was answered, as a page's is: the one labelled so, else the first other
 * one printed; the day it was asked (`提问 2023-02-01`) dates nothing.
 */
export function itemDate(lines: readonly MetaLine[]): string | null {
  const dates = lines.flatMap((l) => l.dates);
  return (dates.find((d) => d.kind === 'answered') ?? dates.find((d) => d.kind !== 'asked'))?.iso ?? null;
}

/** One item read from its nodes: the link's question, the snippet, the format and date printed with it. */
function readItem(
  { nodes, link, question, lines: rendered }: { nodes: AnyNode[]; link: Element; question: string; lines?: Line[] },
  position: number,
  resolve: (href: string) => string,
): { item: EntryDraft; shape: string; ad: boolean } {
  // The tag is read below as meta printed before the question, on the line that holds both.
  question = splitOpeningTag(question).question;
  const lines: Line[] = [];
  for (const l of rendered ?? renderLines(nodes)) for (const text of splitTrailingFormatDate(l.text).flatMap(splitSpacedTrailingDate)) lines.push({ text, links: l.links });
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
      } else if (BADGE_RE.test(text.slice(0, at))) text = text.slice(at);
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
      if (labelled !== text && labelled !== '' && SENTENCE_RE.test(labelled)) {
        snippet.push(labelled);
        continue;
      }
    }
    if (text.length <= 40 && isCardLine(text)) continue;
    // The item's author called by name (`吴国庆医生`) with its likes or plays (`36.9万`): a video card's byline, no snippet.
    if (text.length <= 24 && isCalledByline(text)) continue;
    // A name alone over the item's counters (a video card's uploader `医学小课堂` over `9.1万播放 · 382弹幕`): its byline, no snippet.
    if (snippet.length === 0 && isBylineOverCounts(text, lines[n + 1]?.text)) continue;
    if (isSerialField(text)) continue;
    // A lesson's or an episode's access tag beside its link (`试读`, `VIP`, `付费`): what it costs to open, none of its snippet.
    if (isAccessTag(text)) continue;
    if (text.length <= 16 && isReadMore(norm(text))) continue;
    // A read-aloud button beside the item (`▶ 听`, `听一听`): none of its snippet.
    if (isReadAloud(text)) continue;
    if (text.length <= 24 && CATEGORY_LINE_RE.test(text)) continue;
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
  if (author && snippet[0]!.startsWith(author)) snippet[0] = snippet[0]!.slice(author.length).replace(/^\s*[:：]\s*/u, '');
  // The item's shape starts at its first node shown (not a comment or a script before it).
  const first = nodes.find((n) => !showsNothing(n)) ?? nodes[0]!;
  const root = first.type === 'tag' ? (first as Element).name : '#text';
  // A paid link (rel="sponsored", the web's mark for one) or an item labelled 广告 is an ad, whatever it says.
  const ad = /\bsponsored\b/i.test(link.attribs.rel ?? '') || lines.some((l) => AD_LABEL_RE.test(l.text.trim()));
  // An item whose answer is shown only in the app (`该回答需在APP内查看`) shows none: no item, as an ad is none.
  const locked = snippet.length <= 1 && lines.some((l) => isLockedToApp(l.text));
  return {
    ad: ad || locked,
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
    // Line breaks are no part of an item's shape: the last of a list of `<br>`-broken lines has none after it.
    shape: `${root}/${nodes.filter((n) => n.type === 'tag' && (n as Element).name !== 'br').length}/${snippet.length}/${date !== null}/${format !== 'unknown'}`,
  };
}

/**
 * Items whose snippets all open with the same short words and a colon (`回复：…`), three or more
 * of them: the list's label for the snippet, in words the reader may not know, not its text.
 */
function withoutSharedLabel<T extends EntryDraft>(items: T[]): T[] {
  const snippets = items.filter((i) => i.answerParagraphs.length > 0);
  if (snippets.length < 3) return items;
  const openings = new Set(snippets.map((i) => i.answerParagraphs[0]!.match(SHARED_OPENING_RE)?.[1] ?? null));
  if (openings.size !== 1 || openings.has(null) || isSectionHead([...openings][0]!)) return items;
  return items.map((item) => {
    const [first, ...rest] = item.answerParagraphs;
    return first === undefined ? item : { ...item, answerParagraphs: [first.replace(SHARED_OPENING_RE, ''), ...rest] };
  });
}

/** An item's question with its printed mark (`Q：question` over `A：snippet`, genre.ts) passed over: a label, none of it. */
function withoutQuestionMark(question: string): string {
  const bare = question.replace(QUESTION_MARK_RE, '');
  return bare.length >= 4 ? bare : question;
}

/** Whether nothing is printed after a node in its document: a download cut there (a whole page ends with more than a link). */
function endsDownload(node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) {
    for (let next = n.next; next; next = next.next) if (compactTextLonger(next, 0)) return false;
  }
  return true;
}

/** The list's items; an item shaped unlike most of the others carries a doubt (the list may be misread there). */
function readItems(region: AnyNode[], resolve: (href: string) => string): EntryDraft[] {
  const { links: all, cut } = itemLinks(region);
  if (all.size === 0) return [];
  // A looping carousel's copies of its slides are the same items (carousel-clone.ts).
  const links = withoutSlideCopies(all, addressOf, region);
  const { boxes, fixed } = floatingBoxes(region);
  const found = itemNodes(region, links, cut).map((item) =>
    item.nodes.some((n) => boxes.has(n)) ? { ...item, nodes: item.nodes.flatMap((n) => withoutFloating(n, boxes, fixed)), lines: undefined } : item,
  );
  // Each item beside its shape and whether it is an ad, not with them as its own keys: taking keys
  // out of an object (`{ shape, ...item }`) cost more than reading most items.
  const readAll = found.map((item, i) => readItem(item, i, resolve));
  // A download cut inside the last item (its question, before its snippet): the page ends at its link; no item.
  // Told by the snippet the items before it show: in a list of bare links, the last shows none as they do.
  const cutShort = found.length > 1 && endsDownload(found[found.length - 1]!.link) && readAll.some(({ item }) => item.answerParagraphs.length > 0);
  const kept = readAll.filter(({ ad, item }, i) => !ad && !(cutShort && i === found.length - 1 && item.answerParagraphs.length === 0));
  // A list mixing items that show their snippet with bare linked questions (猜你想问): the bare ones are no items.
  const withSnippets = kept.filter(({ item }) => item.answerParagraphs.length > 0);
  if (withSnippets.length > 0 && withSnippets.length < kept.length) kept.splice(0, kept.length, ...withSnippets);
  if (kept.length === 0) return [];
  // An aggregator's credit to each item's source under its snippet (source-credit.ts): none of it.
  const read = withoutSourceCredits(withoutSharedLabel(kept.map(({ item }, position) => ({ ...item, position: position, question: withoutQuestionMark(item.question) }))));
  const shapes = kept.map(({ shape }) => shape);
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  // Of two items shaped differently, neither can be told to be the usual one.
  const odd = (shape: string) => (read.length === 2 ? counts.size > 1 : shape !== usual);
  return read.map((item, i) => (odd(shapes[i]!) ? { ...item, doubts: [...(item.doubts ?? []), `related item shaped unlike the others (${shapes[i]}; most: ${usual})`] } : item));
}
