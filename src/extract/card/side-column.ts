import type { AnyNode, Element } from 'domhandler';
import { findDoctorCard, type FoundCard } from './doctor-card.js';
import { isOtherDoctorsHead, isRelatedLabel } from '../words/genre.js';
import { inside, type Block, type Media } from '../lines/html-lines.js';
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
 * `大家都在看`): what it lists is the site's, none of the page's answer. A head of the answer's own medium (`视频解答`,
 * `医生视频`) names nothing else.
 */
const OTHER_CONTENT_HEAD_RE =
  /^(?:(?:推荐|热门|精彩|热播|最新|更多|相关|相似|其他|其它|往期|本周|今日|健康|科普)\p{Script=Han}{0,4}?(?:视频|短视频|文章|内容|资讯|直播|课程|节目|专题)(?:推荐|排行|精选|榜)?|(?:视频|文章|资讯|内容|直播)(?:推荐|排行|精选|榜单?)|猜你喜欢|大家都在看|为你推荐|看了又看)\s*(?:更多)?\s*[>›»＞]*$/u;
/**
 * A programme's replay (`节目回看`, `精彩回放`, `完整节目`): the episode as broadcast, which a page of its guest's answers to viewers
 * plays beside them; the answers are the guest's own. Not a stream's replay (`直播回放`), where the stream may be the answer.
 */
const REPLAY_HEAD_RE = /^(?:(?:节目|精彩|往期|本期|完整)(?:回看|回放|重温)|完整节目|节目视频)\s*(?:更多)?\s*[>›»＞]*$/u;
const isOtherContentHead = (text: string): boolean => {
  const t = text.replace(/\s+/gu, '');
  return t.length <= 12 && (OTHER_CONTENT_HEAD_RE.test(t) || REPLAY_HEAD_RE.test(t) || isRelatedLabel(t) || isOtherDoctorsHead(t));
};

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
    const el = box as Element;
    if (el.name === 'aside' || el.attribs.role === 'complementary') return true;
    // The box's first line: the lines before the player inside it, else the first after it.
    let first = player.at;
    while (first > 0 && inside(blocks[first - 1]!.node, el)) first--;
    const head = blocks[first];
    if (head && inside(head.node, el) && isOtherContentHead(head.text)) return !(isReplayHead(head.text) && inAnswerBox(player, el, blocks, question));
  }
  return false;
}

const isReplayHead = (text: string): boolean => REPLAY_HEAD_RE.test(text.replace(/\s+/gu, ''));

/**
 * A replay's box after the question inside a box that goes on with the answer's text after it (`<div class="ans"><div><h3>精彩回放</h3>
 * <video>…</div><p>answer…</p></div>`), no answer's text before that box: the clip of the guest answering, the answer's own film. Not
 * an episode's box over the question, nor one in a column after the answer (whose prose stands before it), even with the episode's
 * blurb after the player.
 */
function inAnswerBox(player: Media, box: Element, blocks: readonly Block[], question: number): boolean {
  if (player.at <= question) return false;
  const anchor = blocks[question]!.node;
  const prose = (b: Block) => b.chars >= 12 && b.linkChars === 0 && /[，。；！,;]/u.test(b.text);
  for (let outer = box.parent; outer && outer.type === 'tag' && !inside(anchor, outer); outer = outer.parent) {
    let after = false;
    for (let i = player.at; i < blocks.length && inside(blocks[i]!.node, outer); i++) if (!inside(blocks[i]!.node, box) && prose(blocks[i]!)) after = true;
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
