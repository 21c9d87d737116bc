/**
 * Finding the related list (相关推荐, 相关问答…) under its label: the labels in words first, then
 * pictures' labels, an article's reading list where its items are the page's siblings, a site's
 * question feed. The label is found by related-label.ts, the items split and read by related-items.ts.
 */
import { isOpeningCredit } from './source-credit.js';
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { compareDocumentPosition } from 'domutils';
import type { EntryDraft } from '../../schema/records.js';
import { inClosedLayer } from '../tree/closed-layer.js';
import { isProductItem } from '../words/product-card.js';
import { feedTabPanels, isQuestionFeedLabel, printsQaPairs } from './qa-feed.js';
import { renderLines } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';
import { parseRelatedLines } from '../card/qa-lines.js';
import { linkOnlyUrls } from './link-list.js';
import { crumbSection, pagerSiblingHrefs, shapedAsSiblings } from './sibling-links.js';
import { pictureLabels, isNamedLabel, textNodes, labelCandidates, lineLabels, siblingsAfter, inNavigation, listAfter } from './related-label.js';
import { readItems } from './related-items.js';
import { opensWithDoctorLabel } from './related-item.js';
import { asksQuestion } from '../../core/genre-vocabulary.js';
import { urlIdentity } from '../../core/url.js';
import { reportsNews } from '../words/news-lead.js';
import { foldHan } from '../words/han-fold.js';

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
  /** Beside a list of answers, the links of a list of bare linked questions standing before it (listBeside): first in page order. */
  linksBefore?: string[];
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
  // Found once: the list beside the one found is looked for among the same labels.
  const labels = labelCandidates(texts);
  for (const label of labels) {
    const list = listUnder(label, resolve);
    // 最新回复 heads a forum thread's own replies as often as a mailbox's feed of other letters (最新回覆): only bare links to
    // other pages are the feed; replies read as items with text, or links into the page itself (`#pid301`), are the thread's.
    if (list && isLatestRepliesLabel(label) && (list.label || list.links?.some((url) => pointsHere(url, resolve('?'))))) continue;
    if (list?.label) return withListBeside(list, labels, resolve);
    if (list?.links && (!links || displacesFeed(links, linksLabel, list))) [links, linksLabel] = [list.links, list.linksLabel];
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
  for (const label of labelCandidates(texts, (text) => isReadingLabel(withoutColon(text)) || isMoreAnswersLabel(text) || isBackIssuesHead(text) || isQaColumnHead(text) || isMoreVideosHead(text))) {
    // A head on a line of its own in the element that goes on with the list (an old WAP page's `相关新闻：<br/>` and its links): its line, its colon aside.
    const line = lineLabels.get(label);
    const head = withoutColon(line ? line.data : textContent(label));
    const region = line ? siblingsAfter(line) : listAfter(label);
    if (inNavigation(label)) continue;
    const items = readItems(region, resolve);
    // A video page's more-videos head (更多视频) over films linked bare on the page's own site, every title asking a question: the
    // site's other Q&A films, the page's siblings, its related links. Over films that ask nothing (the site's promotions) it tells nothing.
    if (isMoreVideosHead(head)) {
      const urls = links || answers(items) ? null : linkOnlyUrls(items);
      if (urls && urls.length >= 2 && asksAsQuestions(items) && !urls.some((url) => pointsHere(url, resolve('?'))) && (urls.every((url) => url.startsWith('/') && !url.startsWith('//')) || (onOneHost(urls) && (!SCHEME_RE.test(resolve('?')) || onOneHost([...urls, resolve('?')]))))) reading ??= urls;
      continue;
    }
    // A Q&A column's name (专家答疑, 名医问答) over questions linked on the page's own site (paths, or one host that is the
    // page's where its address is known), each asking: the column's other questions, its related links. Over anything else
    // (a landing page's own Q&A under the name) it tells nothing: passed over.
    if (isQaColumnHead(head)) {
      const urls = links || answers(items) ? null : linkOnlyUrls(items);
      // Links into the page itself (`#q2`, its own address with a fragment) are its own table of contents: no related links.
      if (urls?.some((url) => pointsHere(url, resolve('?')))) continue;
      if (urls && (urls.every((url) => !SCHEME_RE.test(url)) || (onOneHost(urls) && (!SCHEME_RE.test(resolve('?')) || onOneHost([...urls, resolve('?')]))))) reading ??= urls;
      continue;
    }
    // A section's more-news head (更多健康新闻) over anything but questions: its news, passed over as before it was a head.
    if (isSectionNewsHead(head) && !asksAsQuestions(items)) continue;
    if (!answers(items)) {
      const urls = links ? null : linkOnlyUrls(items);
      // Where the page names no address of its own, bare links on its own site (paths no base made absolute) are
      // neither taken nor passed over in silence; links to other addresses are a portal's articles as often.
      // Under a CMS's 相关链接 head, bare links as written (`../202305/t….html`), every title asking a question: the page's
      // related questions, its address unknown though (articles' titles ask nothing as often).
      if (urls && here === null && !reading && urls.length >= 2 && urls.every((url) => !SCHEME_RE.test(url)) && isLinksHead(head) && items.every((i) => asksQuestion(i.question)) && pagerSiblingHrefs(texts).length === 0) {
        reading = urls;
        continue;
      }
      // So under a head saying its articles are related (相关文章, 相关阅读, 相关新闻, 延伸阅读) where every title asks as a whole
      // (`产后头晕要做什么检查？`): every key of the splits over such a list reads it so (a magazine's back letters, fresh-80; fresh-85,
      // -87, -90, -92, -96 to -98), and every key reading such a list as none prints headlines among it (`专家提醒：…`, fresh-74, -77,
      // -78, -81, -82; `…点算好？专家拆解五大迷思`, a headline asking before its news). Where the page shows its template (a pager's
      // neighbours), the rules below read the list by it; a list some of whose links lead into the breadcrumb's section and
      // others out of it stays doubted. So under a column's or a programme's back issues (往期回顾, 往期节目), titles each asking.
      if (urls && here === null && !reading && urls.length >= 2 && urls.every((url) => !SCHEME_RE.test(url)) && (namesRelatedReading(head) || isBackIssuesHead(head)) && asksAsQuestions(items) && pagerSiblingHrefs(texts).length === 0 && !splitByCrumbSection(urls, texts)) {
        reading = urls;
        continue;
      }
      // So too under a 相关文章 / 相关阅读 head where the page's pager shows its template (上一篇 / 下一篇, sibling-links.ts): links each
      // made as its neighbours' are, every title asking a question, are pages of the page's own kind, its related questions.
      // With a link of another shape or a title that asks nothing, the list stays unplaced and doubted.
      if (urls && here === null && !reading && urls.length >= 2 && urls.every((url) => !SCHEME_RE.test(url)) && items.every((i) => asksQuestion(i.question)) && shapedAsSiblings(urls, pagerSiblingHrefs(texts))) {
        reading = urls;
        continue;
      }
      // So too where the page's breadcrumb files it in a section of the site (`主页 > 名医在线 >`, its link `/mingyi/`) and every
      // link under the related head (相关文章) is a path inside that section, every title asking a question: the section's other
      // pages, the page's siblings, as its own folder would show them. A list leading elsewhere leaves it unplaced.
      const section = urls && here === null && !reading ? crumbSection(texts) : null;
      if (urls && section !== null && urls.length >= 2 && urls.every((url) => url.startsWith(section) && url.length > section.length) && isRelatedReadingHead(head) && items.every((i) => asksQuestion(i.question))) {
        reading = urls;
        continue;
      }
      // An e-paper's list of this page of the issue (本版其他文章, 本版标题导航): the printed page's other articles, whatever the
      // page's address; where every title asks a question, the column's other letters, its related links (headlines are none).
      // The list names the page's own article among them (the printed page's every article): not related to itself.
      // So is a column's list of its other pieces, the column named (医药信箱其他文章).
      if (urls && !reading && urls.length >= 2 && (isIssuePageHead(head) || isColumnOthersHead(head)) && asksAsQuestions(items)) {
        reading = urls.filter((url) => !isPageItself(url, resolve));
        continue;
      }
      // Over headlines (a news story's, asking before its news), passed over, whatever the page's address.
      if (isIssuePageHead(head)) continue;
      if (urls && here === null && !reading && urls.every((url) => !SCHEME_RE.test(url))) return { ...none, unplaced: label };
      // The page's own address: an empty fragment resolved against it (its query kept, where the id is).
      // Not under a head of further reading (延伸閱讀) whose titles do not every one ask as a whole (`…？醫師這樣建議`, `…先調整這5件事`):
      // a site that files its articles as it files its answers (`/article/{id}` both) shows nothing by the template; doubted.
      if (urls && !reading && isFurtherReadingHead(head) && !asksAsQuestions(items) && urls.every((url) => sameTemplate(url, resolve('#')))) return { ...none, unplaced: label };
      if (urls && urls.every((url) => sameTemplate(url, resolve('#')))) reading ??= urls;
      // A head that says the list is related (相关新闻, 相关阅读) over questions linked on one host: the page's related
      // reading, where nothing of the page's own tells its template (a 推荐阅读 or 往期推荐 is the account's other posts as often);
      // or, the page's address known, on the page's own host, in whatever folders its site keeps them (each in its own dated one).
      // Not where a head naming articles (相关文章, 相关新闻) leads to files filed flat in another named section of the site than
      // the page's own (`/art/1.html` beside the page's `/q/`): that section's articles, not questions like the page.
      else if (
        urls &&
        (here === null ? onOneHost(urls) : onOneHost([...urls, resolve('?')]) && !intoOtherSection(urls, resolve('?'), head)) &&
        // (Or under a head of further reading (延伸閱讀), every title asking as a whole, as its items with excerpts are read below.)
        (headsRelatedQuestions(head, items) || (isFurtherReadingHead(head) && asksAsQuestions(items))) &&
        pagerSiblingHrefs(texts).length === 0
      )
        reading ??= urls;
      // An account's back issues (往期推荐, 往期回顾) whose every title asks a question, on the page's own host: the column's
      // other questions and answers (a 你问我答 column's), its related links (where the page's address is unknown, the one host
      // they share is the evidence); titles that ask nothing are the account's other posts.
      else if (urls && isBackIssuesHead(head) && onOneHost(urls) && (!SCHEME_RE.test(resolve('?')) || onOneHost([...urls, resolve('?')]))) reading ??= urls;
      // Where the page's address is unknown, its pager's neighbours (上一篇 / 下一篇) show its template.
      else if (urls && !/^https?:/iu.test(resolve('?')) && shapedAsSiblings(urls, pagerSiblingHrefs(texts))) reading ??= urls;
      continue;
    }
    // Under a head of more answers (更多专家回答), items each with its snippet under a doctor's answer label (`专家答：…`) are other
    // questions' answers, no articles: the related list, wherever the page's address is unknown. Not where the items are this
    // question's other answers (the head's other sense): an item read with the snippet as its question (`专家答：…查看全部`, no
    // question of its own), or items all asking the same question.
    const labelled =
      here === null &&
      isMoreAnswersLabel(head.trim()) &&
      renderLines(region).filter((l) => opensWithDoctorLabel(l.text)).length >= items.length &&
      items.every((i) => !opensWithDoctorLabel(i.question)) &&
      new Set(items.map((i) => i.question.trim())).size === items.length;
    // Under a head saying its articles are related (相关文章, 相关阅读), items each asking a question, each with its excerpt, all
    // linked on one host (the page's, where its address is known, in whatever folders), no pager showing the site's template
    // otherwise: the page's related questions, as bare links under such a head are (above).
    const urls = items.map((i) => i.url ?? '');
    const relatedOnOneHost =
      (headsRelatedQuestions(head, items) || (here === null && isFurtherReadingHead(head))) &&
      items.every((i) => i.url !== null) &&
      asksAsQuestions(items) &&
      // (Under a column's own head, paths no base made absolute are on the page's own site, whatever its address, as its bare links are;
      // so under a head naming related reading (相关文章, 延伸阅读), as its bare links are read above.)
      (here === null
        ? onOneHost(urls) ||
          (isColumnOthersHead(head) && urls.every((url) => url.startsWith('/') && !url.startsWith('//'))) ||
          (namesRelatedReading(head) && urls.every((url) => !SCHEME_RE.test(url) && !url.startsWith('//')) && !splitByCrumbSection(urls, texts))
        : onOneHost([...urls, resolve('?')]) && !intoOtherSection(urls, resolve('?'), head)) &&
      pagerSiblingHrefs(texts).length === 0;
    // (A list it cannot place after the page's related links were found above, an issue's contents after them, is none of them: passed over.)
    if (here === null && !labelled && !relatedOnOneHost) {
      if (reading) continue;
      return { ...none, unplaced: label };
    }
    if (here === null || relatedOnOneHost) return { items, label };
    // An item credited over its snippet to the site it was taken from (`有来医生 · 吴玉兰医生`, source-credit.ts) links to that source.
    if (items.every((i) => (i.url !== null && i.url.startsWith(here)) || (i.answerParagraphs.length > 1 && isOpeningCredit(i.answerParagraphs[0]!)))) return { items, label };
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
  // A board's feeds in tabs (最新问答 | 热门问答) where no other list is: its list of its other Q&As, every panel in tab order (qa-feed.ts).
  const tabbed = links || reading ? null : feedTabPanels(texts);
  if (tabbed && !inNavigation(tabbed.label)) {
    // The panels read together, hidden ones too: a click shows them, no other batch of a shown one's (related-items.ts).
    const items = readItems(tabbed.panels, resolve, true);
    if (answers(items)) return { items, label: tabbed.label };
    const urls = linkOnlyUrls(items);
    if (urls) return { items: [], label: null, links: urls, linksLabel: tabbed.label };
  }
  return reading ? { items: [], label: null, links: reading } : none;
}

/** A head's text without the colon a page may print after it (`相关新闻：`). */
const withoutColon = (text: string) => text.replace(/\s+/gu, '').replace(/[:：]$/u, '');

/**
 * Whether an address is made as the page's own, its numbers aside (`/health/story20210126-103705` beside
 * `/health/story20220217-103713`, `/news/20190106/health/112944` beside `/news/20200717/health/113571`): another
 * page of the same template on the same host, a question as the page is one, not an article of another section.
 */
function sameTemplate(url: string, page: string): boolean {
  const shape = (u: string) => {
    try {
      const { host, pathname, search } = new URL(u);
      if (/\d/u.test(pathname)) return `${host}${pathname.replace(/\d+/gu, '#')}`;
      // An id in the query (`ShowArticle.asp?ArticleID=131518`, `/?zjdy/109918.html`): the path and query are the template.
      return /\d/u.test(search) ? `${host}${pathname}${search.replace(/\d+/gu, '#')}` : null;
    } catch {
      return null;
    }
  };
  const own = shape(page);
  return own !== null && shape(url) === own;
}

/**
 * The label of an article's list of further reading (related articles, or on a Q&A site its questions),
 * or of what other readers looked at (大家都在看), a CMS's 相关链接, an issue's page or contents (本版导航, 本期目录): a portal's articles
 * as often as this site's questions.
 */
const READING_LABEL_RE = /^(?:(?:相关|延伸|扩展|拓展|推荐|更多)(?:阅读|文章|资讯|新闻)|相关链接|相关博文|大家(?:都|还)在看|本版(?:其他|其它)(?:文章|稿件)|本版(?:标题)?导航|本期(?:目录|目錄)|(?:更多|其他|其它)\p{Script=Han}{1,4}?(?:新闻|资讯))$/u;
export const isReadingLabel = (label: string) => READING_LABEL_RE.test(label) || isColumnOthersHead(label);
/**
 * The head of a column's other pieces, the column named (`医药信箱其他文章`, `健康专栏更多文章`): a paper's column of readers'
 * letters as often as of articles; where every title asks a question, its other letters, the page's related links (as an
 * e-paper's 本版其他文章 is read). So is its back issues' head, the column named (`医生信箱往期`, `健康专栏往期回顾`, `往期医生信箱`), and the head
 * naming the column as the page's own (`同一專欄`, `本栏目其他文章`), and a forum board's head over its other threads (`本版其他帖子`).
 */
const isColumnOthersHead = (label: string) =>
  /^(?:本版(?:其他|其它)(?:帖子|主题|话题)|\p{Script=Han}{2,8}?(?:信箱|专栏|栏目|问答|答疑)(?:(?:其他|其它|更多)(?:文章|来信|问答)|往期(?:文章|来信|问答|回顾)?)|往期\p{Script=Han}{2,8}?(?:信箱|专栏)|(?:同一|本)(?:专栏|栏目)(?:(?:其他|其它|更多)(?:文章|来信|问答))?)$/u.test(label.replace(/\s+/gu, ''));
/**
 * Of those, a head saying its articles are related to this one (相关新闻, 相关阅读, a CMS's 相关链接), not merely recommended or recent;
 * or an e-paper's other articles on this page of the issue (本版其他文章): a column's page holds its other letters.
 */
const isRelatedReadingHead = (label: string) => /^(?:相关(?:阅读|文章|资讯|新闻|链接|博文)|本版(?:其他|其它)(?:文章|稿件))$/u.test(label.replace(/\s+/gu, ''));

/**
 * Whether links under a head naming articles or news (相关文章, 相关新闻, 相关资讯) are all files filed flat in a section of the
 * site named in letters (`/art/1.html`) that is not the page's own (its address's first folder: `/q/`): that section's
 * articles. Links deeper in the section (`/health/20230506/<hex>/c.html`, a channel's days or issues) are a channel's archive,
 * which keeps the page's kin as often: not told by this; nor is a page whose address names no section.
 */
function intoOtherSection(urls: readonly string[], page: string, head: string): boolean {
  if (!/^相关(?:文章|新闻|资讯)$/u.test(head.replace(/\s+/gu, ''))) return false;
  const own = /^\/([a-z][a-z_-]*)\//iu.exec(pathOf(page))?.[1]?.toLowerCase();
  if (own === undefined) return false;
  return urls.every((u) => {
    const section = /^\/([a-z][a-z_-]*)\/[^/]+$/iu.exec(pathOf(u))?.[1]?.toLowerCase();
    return section !== undefined && section !== own;
  });
}

/**
 * A news site's head over more or other of a section's stories (更多健康新闻, 其他健康新闻): its news as often; where every title asks a question, the
 * section's column of answered questions, the page's related ones (a 相关文章 list of headlines asking nothing stays none).
 */
const isSectionNewsHead = (label: string) => /^(?:更多|其他|其它)\p{Script=Han}{1,4}?(?:新闻|资讯)$/u.test(label.replace(/\s+/gu, ''));
/** A related head (isRelatedReadingHead), or a section's news head or a column's others' head over questions only (isSectionNewsHead, isColumnOthersHead). */
const headsRelatedQuestions = (label: string, items: readonly EntryDraft[]) =>
  isRelatedReadingHead(label) || ((isSectionNewsHead(label) || isColumnOthersHead(label)) && asksAsQuestions(items));
/**
 * A title that asks as a whole (`宝宝湿疹反复怎么办？`): a question's. A news headline asks before its news (`吃鸡蛋会升高胆固醇吗？专家这样说`,
 * `…要打吗？卫生部回应`): a story's, though it asks.
 */
const asksAsTitle = (title: string) => asksQuestion(title) && !/[？?][？?！!\s]*[^？?！!\s]/u.test(title.trim());
/** Items that are questions: each title asking as a whole, no excerpt reporting news (`据卫生部数据，…`, news-lead.ts). */
const asksAsQuestions = (items: readonly EntryDraft[]) =>
  items.length > 0 && items.every((i) => asksAsTitle(i.question) && !(i.answerParagraphs[0] !== undefined && reportsNews(i.answerParagraphs[0])));

/**
 * The head of an e-paper's list of the articles on this page of the issue (本版其他文章, 本版标题导航), or of a newsletter's
 * table of this issue's contents (本期目录, 本期目錄): the issue's other articles.
 */
const isIssuePageHead = (label: string) => /^(?:本版(?:(?:其他|其它)(?:文章|稿件)|(?:标题)?导航)|本期(?:目录|目錄))$/u.test(label.replace(/\s+/gu, ''));

/** A CMS's head over links it relates to the page (相关链接), not over articles. */
const isLinksHead = (label: string) => /^相关链接$/u.test(label.replace(/\s+/gu, ''));
/** An article's further reading (延伸阅读, 扩展阅读, 延伸閱讀): said to be related to it, as 相关阅读 is. */
const isFurtherReadingHead = (label: string) => /^(?:延伸|扩展|拓展)阅读$/u.test(foldHan(label.replace(/\s+/gu, '')));
/**
 * Whether the page's breadcrumb files it in a section of the site (crumbSection) that some of the links lead into and others
 * out of: a list of two kinds. (All leading elsewhere tells nothing: a site files its pages in other folders than its lists' as often.)
 */
function splitByCrumbSection(urls: readonly string[], texts: readonly Text[]): boolean {
  const section = crumbSection(texts);
  return section !== null && urls.some((url) => url.startsWith(section)) && urls.some((url) => !url.startsWith(section));
}
/** A head naming the articles under it related to the page (相关文章, 相关新闻) or its further reading (延伸阅读): not an issue's page (本版其他文章). */
const namesRelatedReading = (label: string) => (isRelatedReadingHead(label) && !isIssuePageHead(label)) || isFurtherReadingHead(label);

/** The head of an account's or a column's back issues (往期推荐, 往期回顾, 往期精选), a programme's past episodes (往期节目). */
const isBackIssuesHead = (label: string) => /^往期(?:推荐|回顾|精选|内容|文章|节目)$/u.test(label.replace(/\s+/gu, ''));

/**
 * A box of the site's latest questions (最新咨询, 最新答疑, a mailbox's 最新回覆 or 最新信件): the page's related links where it is the only list after the
 * page's own question, but a site-wide feed, in a side column as often as not; a later list under a label of its own
 * (相关咨询) is the page's, and one standing before the question is none (withoutFeedBefore).
 */
const isLatestRepliesLabel = (label: Element) => /^最新(?:回复|回覆|答复|答覆)/u.test(textContent(label).replace(/\s+/gu, ''));
const isLatestFeedLabel = (label: Element | undefined) => label !== undefined && /^最新(?:咨询|答疑|问答|提问|问题|回复|回覆|答复|答覆|信件|来信)/u.test(textContent(label).replace(/\s+/gu, ''));
/**
 * Whether a later list of bare links gives the page its related links over the latest feed taken first: a list of its own
 * label (相关咨询), not another feed, whose links lead where the feed's do (the site's question pages). A help centre's 常见问题
 * (`/help/…`), a 相关科普 box of articles, another site's ad, lead elsewhere: the feed stays the page's.
 */
function displacesFeed(feed: readonly string[], feedLabel: Element | undefined, list: RelatedList): boolean {
  if (!isLatestFeedLabel(feedLabel) || isLatestFeedLabel(list.linksLabel)) return false;
  const folders = new Set(feed.map(folderOf));
  return list.links!.every((u) => folders.has(folderOf(u)));
}

/**
 * The related links of a latest feed (最新咨询, 最新答疑) taken as the page's only list, where the feed stands before the page's
 * own question in the markup: a side column printed before the content, as the site's nav boxes beside it are (科室导航), the
 * site's latest whatever the page asks; none of the page's related links. Where it stands after the question (after the
 * answer, where a page's own list stands), it stays them. `question`: the node of the page's question as read.
 */
export function withoutFeedBefore<T extends Pick<RelatedList, 'links' | 'linksLabel'>>(list: T, question: AnyNode | null): T {
  if (!list.links || !list.linksLabel || !isLatestFeedLabel(list.linksLabel) || question === null) return list;
  // domutils' DocumentPosition.PRECEDING (2): the feed's label (its first node) stands before the question (its second).
  if (!(compareDocumentPosition(list.linksLabel, question) & 2)) return list;
  const { links: _links, linksLabel: _label, ...rest } = list;
  return rest as T;
}

/** The name of a column of experts' answers (专家答疑, 名医问答, 医生答疑): not 专家解答, which heads an answer. */
/** A video page's head over the site's other films (更多视频, 其他视频). */
const isMoreVideosHead = (label: string) => /^(?:更多|其他|其它)(?:科普)?视频$/u.test(label.replace(/\s+/gu, ''));
const isQaColumnHead = (label: string) => /^(?:专家|名医|医生|医师|大夫)(?:答疑|问答)$/u.test(label.replace(/\s+/gu, ''));

/** Whether a link leads into the page itself: a fragment alone, or the page's own address (`page`, resolved) with one. */
function pointsHere(url: string, page: string): boolean {
  const bare = (u: string) => u.replace(/#.*$/su, '').replace(/\?$/u, '');
  return url.startsWith('#') || (/#/u.test(url) && bare(url) === bare(page));
}

/**
 * A link to the page's own address (`content_3301.htm` on content_3301.htm), its fragment aside; its query kept, where a
 * site's pages differ by it alone (`Content?id=3301`), but for the parameters that only say where a click came from
 * (`?from=list`, `utm_*`, `spm`: core/url.ts), which a site adds to its own links as often.
 */
function isPageItself(url: string, resolve: (href: string) => string): boolean {
  return /^https?:/iu.test(resolve('#')) && urlIdentity(resolve(url)) === urlIdentity(resolve('#'));
}

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

/** The list under a label, where it is one of answers (see findRelatedList), or of bare linked questions (no label then, its `links`); null where none is. */
function listUnder(label: Element, resolve: (href: string) => string): RelatedList | null {
  if (inNavigation(label) || inClosedLayer(label)) return null;
  const line = lineLabels.get(label);
  const region = line ? siblingsAfter(line) : listAfter(label);
  const items = readItems(region, resolve);
  // A shop's products under such a label (为你推荐: a price, no question asked) are no list of answers (product-card.ts): the search goes on.
  if (answers(items) && !items.every((i) => isProductItem(i.question, i.answerParagraphs))) return { items, label };
  if (items.length > 0) {
    const urls = linkOnlyUrls(items) ?? (isLoneRelatedQuestion(label, items) ? linkOnlyUrls(items, 1) : null);
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
 * One linked question alone in the box of a label naming the questions related or alike (相关问题, 相似问答, 类似咨询): a list of
 * one, the site had no more to show; its link is the page's related question. The box holds the label and that link and nothing
 * else (a label over one link among other text, or a 常见问题 box, a help centre's, tells nothing of a list).
 */
const RELATED_QUESTIONS_HEAD_RE = /^(?:相关|相似|类似)(?:问题|问答|咨询|提问)[:：]?$/u;
function isLoneRelatedQuestion(label: Element, items: readonly EntryDraft[]): boolean {
  const head = foldHan(textContent(label).replace(/\s+/gu, ''));
  const box = label.parent;
  if (items.length !== 1 || !RELATED_QUESTIONS_HEAD_RE.test(head) || !box || box.type !== 'tag') return false;
  const compact = (t: string) => t.replace(/\s+/gu, '');
  return compact(textContent(box)) === compact(textContent(label)) + compact(items[0]!.question);
}

/**
 * A shop's question page may print two lists of questions side by side, each in a box of its own under its own label (the
 * goods' other questions, bare linked with their counts, beside the questions on goods of the kind, with snippets). The box
 * right before or after the answers' box, under a related label and holding only bare linked questions (one is enough: the
 * list beside it shows what the boxes are), gives the page its related links too, in page order.
 */
function withListBeside(list: RelatedList, labels: readonly Element[], resolve: (href: string) => string): RelatedList {
  const box = list.label!.parent;
  if (!box || box.type !== 'tag' || list.links) return list;
  const answeredDirs = new Set(list.items.map((i) => i.url).filter((u): u is string => u !== null).map(folderOf));
  for (const label of labels) {
    const other = label.parent;
    if (label === list.label || !other || other.type !== 'tag' || other.parent !== box.parent || inNavigation(label) || inClosedLayer(label)) continue;
    const before = nextElementOf(other as Element) === box;
    if (!before && nextElementOf(box as Element) !== other) continue;
    // The box's own list: what follows the label inside it (a list of one is not looked for beyond its box).
    const urls = linkOnlyUrls(readItems(other.children.slice(other.children.indexOf(label) + 1), resolve), 1);
    // Its questions lead where the answered list's do (the site's question pages), not to a help centre's FAQ (常见问题:
    // 如何支付？) or a member's own questions.
    if (!urls || !urls.every((u) => answeredDirs.has(folderOf(u)))) continue;
    return before ? { ...list, linksBefore: urls } : { ...list, links: urls };
  }
  return list;
}

/** An address parsed, one left relative (a page read without its own address) taken on the page's host, as its list's are; null where it is none. */
function parsedUrl(url: string): URL | null {
  try {
    return new URL(url, 'http://page.invalid/');
  } catch {
    return null;
  }
}
const pathOf = (url: string) => parsedUrl(url)?.pathname ?? '';

/** The section of the site an address leads into: its origin and its path's first folder (`https://host/wenda/`; `https://host/` for a file at the root). */
function folderOf(url: string): string {
  const u = parsedUrl(url);
  return u === null ? url : `${u.origin}${u.pathname.match(/^\/[^/]*\//u)?.[0] ?? '/'}`;
}

/** The element right after one among its parent's children, text between passed over. */
function nextElementOf(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
  return null;
}

/** A list of answers, not of links: most of its items show a snippet (a list page's questions do not). */
function answers(items: EntryDraft[]): boolean {
  return items.length > 0 && items.filter((i) => i.answerParagraphs.length > 0).length * 2 > items.length;
}

/** An address with its scheme (`https:`): one a base made absolute, or printed so. */
const SCHEME_RE = /^[a-z][a-z\d+.-]*:/iu;
