import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { findDate } from '../dates/page-meta.js';

/**
 * Viewers' comments on a video (弹幕, bullet comments): a video site draws them over the player, each
 * line an element placed absolutely in a layer laid over the `<video>` (`前排`, `学到了`, `2021年打卡`),
 * and may list them under it in a table of their moments in the video and the days they were sent
 * (弹幕列表: `01:23 | 学到了 | 2023-05-08 20:11`). Both are viewers' words: none of the answer, and
 * their days date nothing.
 */

const ABSOLUTE_RE = /position\s*:\s*absolute/iu;
/** A moment in the video, alone in its cell (`01:23`, `1:02:03`). */
const MOMENT_RE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/u;
/** How far up from a line the player's box may be (line, layer, the box that holds layer and video). */
const LAYER_DEPTH = 4;

const isElement = (node: AnyNode | null): node is Element => node !== null && node.type === 'tag';
/** A box placed down its holder by a top of its own (`position:absolute; top:520px`): a slide's part, where a player's video fills its box from the top. */
const OFF_TOP_RE = /(?:^|;)\s*top\s*:\s*(?:[1-9]\d*(?:\.\d+)?|0?\.\d*[1-9]\d*)px/iu;
const isSlidePart = (el: Element): boolean => ABSOLUTE_RE.test(el.attribs.style ?? '') && OFF_TOP_RE.test(el.attribs.style ?? '');
/**
 * A `<video>` in the box's flow, or in a placed box filling it from the top (a player's `top:0`): one set in a box placed down the
 * slide by a top of its own is a slide's part beside the others (an H5 scene's), no player under them.
 */
const holdsVideo = (el: Element): boolean => el.children.some((c) => isElement(c) && (c.name === 'video' || (!isSlidePart(c) && holdsVideo(c))));

/** A line in an absolutely placed layer whose box also holds a `<video>`: drawn over the player. */
function overPlayer(node: AnyNode): boolean {
  let placed = false;
  let el = node.parent;
  for (let depth = 0; isElement(el) && depth < LAYER_DEPTH; depth++, el = el.parent) {
    if (placed && holdsVideo(el)) return true;
    placed ||= ABSOLUTE_RE.test(el.attribs.style ?? '');
  }
  return false;
}

const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
const rowsOf = (el: Element): Element[] =>
  el.children.flatMap((c) => (!isElement(c) ? [] : c.name === 'tr' ? [c] : c.name === 'tbody' || c.name === 'thead' ? rowsOf(c) : []));

const timedTables = new WeakMap<Element, boolean>();

/** A table whose rows each open with a moment in the video and hold a day: the list of its 弹幕 and when they were sent. */
function isTimedComments(table: Element): boolean {
  let timed = timedTables.get(table);
  if (timed === undefined) timedTables.set(table, (timed = timedRows(table)));
  return timed;
}

function timedRows(table: Element): boolean {
  const rows = rowsOf(table).filter((r) => !cellsOf(r).every((c) => c.name === 'th'));
  return (
    rows.length >= 2 &&
    rows.every((r) => {
      const cells = cellsOf(r);
      return cells.length >= 3 && MOMENT_RE.test(textContent(cells[0]!)) && cells.slice(1).some((c) => findDate(textContent(c)) !== null);
    })
  );
}

/** Whether a line of a page that shows a video is a viewer's 弹幕: over the player, or a row of their list. */
export function isDanmaku(node: AnyNode | null): boolean {
  if (node === null) return false;
  if (overPlayer(node)) return true;
  let el = node.parent;
  while (isElement(el) && el.name !== 'table') el = el.parent;
  return isElement(el) && isTimedComments(el);
}
