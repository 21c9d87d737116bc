import type { AnyNode, Element } from 'domhandler';
import { isAskerLine, isDisclaimer, PROSE_RE } from '../words/genre.js';
import type { Block } from './html-lines.js';
import { isWallPrompt } from '../words/read-more.js';
import { isChallengeLine } from '../bytes/challenge-page.js';
import { leadsNowhere } from '../links/resolve-url.js';

/**
 * Pages a crawler meets at a question's address, or beside question pages, that hold no Q&A of
 * their own, however much they look like one: the site's search results (each result a question,
 * a doctor and a snippet; the query may be the whole question), the notice served with status 200
 * where a question was deleted, is under review, was blocked or never was (404), or whose answer
 * was withdrawn, and the question page as a visitor who is not logged in gets it (the question and
 * who answered, the answer locked). None gives a page entry, and the lists around them are what
 * the search found or the site's feed, related to no question of the page: no items either.
 */

/** A title that names a search: `q_搜索结果_站名`, `“q”的搜索结果 - 站名`, `搜索：q - 站名`, `Search results for q`. */
const SEARCH_TITLE_RE = /(?:^|[_\-|｜–—\s])(?:站内)?搜索结果(?:[_\-|｜–—\s]|$)|的搜索结果|^\s*(?:站内)?搜索\s*[:：]|\bsearch\s+results?\b/iu;
/** How many results a search found (`找到约 1,230 条结果`, `共找到 56 条与“q”相关的问答`, `为您找到相关问答 12 个`). */
const RESULT_COUNT_RE = /^(?:共|为您|为你|已)?(?:搜索到|找到)(?:了)?\s*(?:约|相关(?:的)?(?:问答|问题|结果|内容|文章|医生)?)?\s*[\d,，]+\s*(?:条|个|篇|项)/u;
/** That it found none (`抱歉，没有找到与“q”相关的问答`). */
const NO_RESULTS_RE = /(?:没有|没|未)(?:找到|搜索到|搜到)(?:与|和)\s*.{1,40}?\s*相关的?(?:问答|问题|结果|内容|文章|信息|医生)/u;

/** What a notice says is gone: the question, its answer, the page. */
const GONE_SUBJECT = '(?:问题|提问|回答|问答|答案|解答|内容|页面|网页|帖子|文章|信息)';
/** What became of it: removed, withdrawn, hidden, under review, not found. */
const GONE_STATE = '(?:已(?:经)?被?.{0,4}?(?:删除|下线|屏蔽|隐藏|撤回|撤销|关闭|移除|失效|过期|飞走|走丢)|不存在|找不到|无法(?:查看|访问|显示)|(?:正在|正)?审核中|正在审核|暂不(?:公开|可见))';
/** A clause of a notice: `该问题已被删除`, `您访问的页面不存在`, `内容审核中`, `医生已删除该回答`. */
const GONE_CLAUSE_RE = new RegExp(
  `^(?:(?:很)?抱歉|对不起|sorry)?[，,!！\\s]*(?:该|此|本|这个|这条|您(?:所)?(?:访问|要找|查看|请求|浏览)的|你(?:所)?(?:访问|要找|查看)的)?${GONE_SUBJECT}.{0,12}?${GONE_STATE}(?:了|啦|哦|或已被删除)?[。.!！~～]*$|^(?:医生|作者|提问者|管理员|用户)?已(?:经)?(?:删除|撤回|屏蔽|隐藏)了?(?:该|此|这个|这条)${GONE_SUBJECT}[。.!！]*$`,
  'iu',
);
/** A not-found page's big number. */
const NOT_FOUND_RE = /^(?:404|404\s*not\s*found|not\s*found)$/iu;

/** Whether a short line is a notice that the page's Q&A is gone. */
export function isGoneNotice(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return false;
  return NOT_FOUND_RE.test(t) || t.split(/[，,。；;]/u).some((clause) => GONE_CLAUSE_RE.test(clause.trim()));
}

/** Characters a count of results, a notice and a lock hold: most lines hold none and are passed over at once. */
const FOUND_HINT_RE = /找到|搜/u;
const NOTICE_HINT_RE = /[删线屏隐撤闭除效期飞丢存到法审公见登陆注会剩]|404|not\s*found/iu;


/**
 * Why the page holds no Q&A of its own (`a search results page`, …), or null. A search page says
 * so in its title or its count of results above any sentence; a notice or a lock stands where the answer would, and
 * no other text of the page's own is there: the lines of its feeds (list items with links), the
 * asker's description and the disclaimer aside, no sentence.
 */
export function noQaHere(blocks: readonly Block[], title: string): string | null {
  if (SEARCH_TITLE_RE.test(title)) return 'a search results page';
  type Notice = 'gone' | 'locked';
  let notice: Notice | null = null;
  // A count of results heads the results; one under a sentence of the page's own counts something else.
  let sentence = false;
  // A firewall's or rate limiter's challenge in place of the page (challenge-page.ts).
  let challenge = false;
  for (const b of blocks) {
    const text = b.text;
    if (!challenge && b.chars <= 80 && isChallengeLine(text) && !inFeedItem(b.node)) challenge = true;
    if (!sentence && b.chars <= 80 && FOUND_HINT_RE.test(text) && (RESULT_COUNT_RE.test(text.trim()) || NO_RESULTS_RE.test(text))) return 'a search results page';
    if (!sentence && ownSentence(b)) sentence = true;
    if (b.chars > 80) continue;
    if (notice === 'gone' || b.chars > 40 || b.linkChars * 2 >= b.chars || !NOTICE_HINT_RE.test(text)) continue;
    const kind: Notice | null = isGoneNotice(text) ? 'gone' : notice === null && isWallPrompt(text) ? 'locked' : null;
    if (kind && !inFeedItem(b.node)) notice = kind;
  }
  if ((notice === null && !challenge) || blocks.some((b) => ownSentence(b))) return null;
  if (challenge && notice === null) return "a firewall's or rate limiter's challenge in place of the page (a slider, a captcha, a browser check, a block notice)";
  return notice === 'gone' ? 'a notice that the question or its answer is gone (deleted, withdrawn, under review, blocked, not found)' : 'the answer is behind a login';
}

/** A sentence of the page's own: not the question (a heading, or a line asking), none of a feed's items, the asker's words, the disclaimer, a notice, a challenge or a lock. */
function ownSentence(b: Block): boolean {
  if (b.chars < 8 || b.heading || !PROSE_RE.test(b.text) || /[？?]\s*$/u.test(b.text) || b.linkChars * 2 >= b.chars) return false;
  const text = b.text.trim();
  return !isAskerLine(text) && !isDisclaimer(text) && !isGoneNotice(text) && !isWallPrompt(text) && !isChallengeLine(text) && !inFeedItem(b.node);
}

const ITEM_TAGS = new Set(['li', 'dd', 'dt']);
/** Whether a line stands in a list item that links elsewhere (a feed's or a list's item, not an answer's point). */
function inFeedItem(node: AnyNode | null): boolean {
  for (let n = node?.parent ?? null; n && n.type === 'tag'; n = n.parent) {
    if (ITEM_TAGS.has((n as Element).name)) return hasLink(n as Element);
  }
  return false;
}

function hasLink(el: Element): boolean {
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const c = child as Element;
    if (c.name === 'a' && c.attribs.href && !leadsNowhere(c.attribs.href)) return true;
    if (hasLink(c)) return true;
  }
  return false;
}
