import type { AnyNode, Element } from 'domhandler';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { isOtherDoctorsHead, isRelatedLabel } from '../words/genre.js';
import { inside, lineBox, type Block, type Media } from '../lines/html-lines.js';
import { shownTextContent } from '../tree/page-index.js';

/**
 * A page laid out in columns: the content's (the question, the answer and, last, its related list) and a
 * side column after it. The markup puts the side column's card after the related list, but the reader sees
 * it beside the answer, as much as a card printed right after the answer: the page's doctor, where it is the
 * side column's one card and no heading there names other doctors (推荐医生).
 */
export function nextColumnCard(blocks: readonly Block[], question: number, listAt: number): FoundCard | null {
  const list = blocks[listAt]?.node;
  if (!list) return null;
  // The content's column: the smallest element holding both the question and the list.
  let column: AnyNode | null = blocks[question]!.node;
  while (column && !inside(list, column)) column = column.parent;
  // The next element that shows text: a gap between the columns (an empty cell holding a spacer picture) is no column.
  let side = column?.next ?? null;
  while (side && (side.type !== 'tag' || shownTextContent(side).trim() === '')) side = side.next;
  if (!side) return null;
  const from = blocks.findIndex((b, i) => i > listAt && inside(b.node, side));
  if (from === -1) return null;
  let to = from;
  while (to < blocks.length && inside(blocks[to]!.node, side)) to++;
  if (blocks.slice(from, to).some((b) => b.chars <= 8 && isOtherDoctorsHead(b.text.replace(/\s+/gu, '')))) return null;
  const card = findDoctorCard(blocks, from - 1, to);
  return card && !card.others && card.doctor.name && card.doctor.hospital && inside(card.element, side) ? { ...card, elements: [card.element] } : null;
}

/**
 * The head of a box of other content a side column holds (`推荐视频`, `热门视频`, `精彩视频推荐`, `相关文章`, `猜你喜欢`,
 * `大家都在看`, `健康科普`, `推荐阅读`): what it lists is the site's, none of the page's answer. A head of the answer's own medium (`视频解答`,
 * `医生视频`) names nothing else, nor do an answer's own section heads (`病情分析`, `温馨提示`, `建议`).
 */
const OTHER_CONTENT_HEAD_RE =
  /^(?:(?:推荐|热门|精彩|热播|最新|更多|相关|相似|其他|其它|往期|本周|今日|健康|科普|延伸|扩展|拓展)\p{Script=Han}{0,4}?(?:视频|短视频|文章|内容|资讯|直播|课程|节目|专题|科普|阅读|新闻)(?:推荐|排行|精选|榜)?|(?:视频|文章|资讯|内容|直播)(?:推荐|排行|精选|榜单?)|猜你喜欢|大家都在看|为你推荐|看了又看)\s*(?:更多)?\s*[>›»＞]*$/u;
/**
 * A programme's replay (`节目回看`, `精彩回放`, `完整节目`, an interview's `视频回放`): the episode as broadcast, which a page of its guest's answers to viewers
 * plays beside them; the answers are the guest's own. Not a stream's replay (`直播回放`), where the stream may be the answer.
 */
const REPLAY_HEAD_RE = /^(?:(?:节目|精彩|往期|本期|完整|视频|访谈)(?:回看|回放|重温)|完整节目|节目视频)\s*(?:更多)?\s*[>›»＞]*$/u;
/** A line worded as the head of a box of the site's other content (above): the answer has ended where it stands. */
export const headsOtherContent = (text: string): boolean => {
  const t = text.replace(/\s+/gu, '');
  return t.length <= 12 && OTHER_CONTENT_HEAD_RE.test(t);
};
/** The head of a side column's box: other content's (above), a related list's label, other doctors' (推荐医生). */
export const isSideBoxHead = (text: string): boolean => {
  const t = text.replace(/\s+/gu, '');
  return t.length <= 12 && (OTHER_CONTENT_HEAD_RE.test(t) || REPLAY_HEAD_RE.test(t) || isRelatedLabel(t) || isOtherDoctorsHead(t));
};
/** An element the markup marks as beside the content: an `<aside>`, or one marked `role="complementary"`. */
const isAside = (el: Element): boolean => el.name === 'aside' || el.attribs.role === 'complementary';
/** The first of the lines inside `el`, `at` one of them. */
function firstLineIn(el: Element, blocks: readonly Block[], at: number): number {
  let first = at;
  while (first > 0 && inside(blocks[first - 1]!.node, el)) first--;
  return first;
}
/** A side box: an `<aside>` (or role="complementary"), or a box whose first line (of `blocks`, `first`) heads other content. */
const isSideBox = (el: Element, blocks: readonly Block[], first: number): boolean =>
  isAside(el) || (blocks[first] !== undefined && inside(blocks[first]!.node, el) && isSideBoxHead(blocks[first]!.text));

/**
 * A player standing in a side column rather than in or beside the answer: between it and the smallest element that
 * also holds the question, an `<aside>` (or an element marked `role="complementary"`), or a box whose first line heads
 * other content (a sidebar's 推荐视频 / 热门视频 box, a 相关视频 list). Its film or recording is the site's, and gives the
 * answer no format, as much beside the content as above or after it. `question` is the question's line.
 */
export function inSideColumn(player: Media, blocks: readonly Block[], question: number): boolean {
  const anchor = blocks[question]?.node;
  if (!player.node || !anchor) return false;
  for (let box = player.node.parent; box && box.type === 'tag'; box = box.parent) {
    if (inside(anchor, box)) return false;
    // The box's first line: the lines before the player inside it, else the first after it.
    const first = firstLineIn(box as Element, blocks, player.at);
    if (isSideBox(box as Element, blocks, first)) return !(blocks[first] !== undefined && isReplayHead(blocks[first]!.text) && inAnswerBox(player.at, box as Element, blocks, question));
  }
  return false;
}

const isReplayHead = (text: string): boolean => REPLAY_HEAD_RE.test(text.replace(/\s+/gu, ''));

/**
 * The format of a programme's replay after the question (a player in a box its replay head opens: `<div><b>节目重温</b><audio …>`),
 * where the answer was given on air (a transcript's host heard): the broadcast it plays holds the answer. Null where none stands.
 * `from`: where the page's own part starts, above the question where that was read from the transcript under the page's heading
 * (an interview's netizen question): its replay between that heading and the transcript plays the session too.
 */
export function replayFormat(media: readonly Media[], blocks: readonly Block[], question: number, from = question): 'voice' | 'video' | null {
  for (const player of media) {
    if (player.at <= from || !player.node) continue;
    for (let box = player.node.parent; box && box.type === 'tag' && !inside(blocks[question]?.node ?? null, box); box = box.parent) {
      const first = firstLineIn(box as Element, blocks, player.at);
      if (blocks[first] !== undefined && inside(blocks[first]!.node, box) && isReplayHead(blocks[first]!.text)) return player.format;
    }
  }
  return null;
}

/** An ad's mark alone on its line (`广告`, `推广`, `赞助`, `Sponsored`): a slot's head, as sites set it over the offer or the player. */
const AD_MARK_RE = /^(?:广告|廣告|推广|推廣|赞助|贊助|Advertisement|ADVERTISEMENT|Sponsored|AD)$/u;
/** How much an ad's box may print besides its mark: a slot's offer, no article. */
const AD_BOX_CHARS = 80;
const PLAYER_TAGS = new Set(['iframe', 'video', 'audio', 'embed', 'object', 'img']);
const holdsPlayer = (el: Element): boolean => el.children.some((c) => c.type === 'tag' && (PLAYER_TAGS.has((c as Element).name) || holdsPlayer(c as Element)));

/**
 * The boxes an ad's mark alone on its line heads after the question (`<div><span>广告</span><iframe …></div>`, `<div><span>广告
 * </span><video …><p>offer</p></div>`): for each mark, the smallest element around it that holds more (a line, a player, a
 * picture), where that is a slot's worth of text and holds neither the question nor a line before the mark. Its offer and its
 * player are the ad's: none of the answer, and no format of it, wherever the slot stands (between the answer's paragraphs too).
 */
export function adBoxes(blocks: readonly Block[], question: number): Element[] {
  const anchor = blocks[question]?.node;
  const boxes: Element[] = [];
  if (!anchor) return boxes;
  for (let i = question + 1; i < blocks.length; i++) {
    const mark = blocks[i]!.text.trim();
    if (!AD_MARK_RE.test(mark) || boxes.some((box) => inside(blocks[i]!.node, box))) continue;
    for (let el = blocks[i]!.node?.parent ?? null; el && el.type === 'tag'; el = el.parent) {
      const box = el as Element;
      if (inside(anchor, box) || inside(blocks[i - 1]?.node ?? null, box)) break;
      const more = shownTextContent(box).replace(/\s+/gu, '').length - mark.replace(/\s+/gu, '').length;
      if (more <= 0 && !holdsPlayer(box)) continue;
      if (more <= AD_BOX_CHARS) boxes.push(box);
      break;
    }
  }
  return boxes;
}

/** The lines of the ad boxes after the question (above), up to `end`. */
export function adBoxLines(blocks: readonly Block[], question: number, end: number): number[] {
  const boxes = adBoxes(blocks, question);
  const lines: number[] = [];
  for (let i = question + 1; i < end && boxes.length > 0; i++) if (boxes.some((box) => inside(blocks[i]!.node, box))) lines.push(i);
  return lines;
}

/** Whether a player stands in an ad's box (above). */
export const inAdBox = (player: Media, boxes: readonly Element[]): boolean => player.node !== undefined && boxes.some((box) => inside(player.node!, box));

/**
 * A replay's box (its line `at`, a player's or its head's) after the question inside a box that goes on with the answer's text after it (`<div class="ans"><div><h3>精彩回放</h3>
 * <video>…</div><p>answer…</p></div>`), no answer's text before that box: the clip of the guest answering, the answer's own film. Not
 * an episode's box over the question, nor one in a column after the answer (whose prose stands before it), even with the episode's
 * blurb after the player.
 */
function inAnswerBox(at: number, box: Element, blocks: readonly Block[], question: number): boolean {
  if (at <= question) return false;
  const anchor = blocks[question]!.node;
  const prose = (b: Block) => b.chars >= 12 && b.linkChars === 0 && /[，。；！,;]/u.test(b.text);
  for (let outer = box.parent; outer && outer.type === 'tag' && !inside(anchor, outer); outer = outer.parent) {
    let after = false;
    for (let i = at; i < blocks.length && inside(blocks[i]!.node, outer); i++) if (!inside(blocks[i]!.node, box) && prose(blocks[i]!)) after = true;
    if (!after) continue;
    // The question's own box (its asker's words) aside, no prose between the question and this box: the answer starts here.
    const own = anchor?.parent && !inside(outer, anchor.parent) ? anchor.parent : null;
    for (let i = question + 1; i < blocks.length && !inside(blocks[i]!.node, outer); i++) {
      if (!(own && inside(blocks[i]!.node, own)) && prose(blocks[i]!)) return false;
    }
    return true;
  }
  return false;
}

/**
 * The lines of side boxes after the question, up to `end` (the same side boxes as a player's above): an `<aside>` (or
 * role="complementary"), or a box whose first line heads other content (`<div>热门视频</div>` over captions, 推荐阅读 /
 * 健康科普 over article titles, a related list's label, 推荐医生) and holds more lines after it, the largest such box
 * holding neither the question nor a doctor's card read (`cards`); not an aside set among the answer's paragraphs (an
 * inset). Its head and every line in it are the site's, none of the answer: where it stands after the answer's text,
 * the answer has ended.
 */
export function sideBoxLines(blocks: readonly Block[], question: number, end: number, cards: readonly Element[]): number[] {
  const anchor = blocks[question]?.node;
  const lines: number[] = [];
  if (!anchor) return lines;
  const holdsCard = (el: Element) => cards.some((card) => inside(card, el) || inside(el, card));
  for (let i = question + 1; i < end; i++) {
    const node = blocks[i]!.node;
    if (!node) continue;
    const heads = isSideBoxHead(blocks[i]!.text);
    let box: Element | null = null;
    let smallest: Element | null = null;
    for (let el = node.parent; el && el.type === 'tag'; el = el.parent) {
      const tag = el as Element;
      if (tag.name === 'body' || inside(anchor, tag) || holdsCard(tag)) break;
      // A box whose first line this is; past it, every box holds an earlier line, read before.
      if (inside(blocks[i - 1]?.node ?? null, tag)) break;
      // (An aside set among the answer's paragraphs, a sibling of the line before it, is an inset: a product's card, a quote.)
      // A head over a player alone (`<div><b>节目重温</b><audio …></div>`) heads a box as one over lines does.
      if ((isAside(tag) && lineBox(blocks[i - 1]?.node ?? null) !== tag.parent) || (heads && (inside(blocks[i + 1]?.node ?? null, tag) || holdsPlayer(tag)))) [box, smallest] = [tag, smallest ?? tag];
    }
    // The guest's clip at the head of the answer's own box is the answer's film, none of the site's (inAnswerBox).
    if (!box || (isReplayHead(blocks[i]!.text) && inAnswerBox(i, smallest!, blocks, question))) continue;
    while (i < end && inside(blocks[i]!.node, box)) lines.push(i++);
    i--;
  }
  return lines;
}
