/**
 * A video drawn by the site's scripts rather than a <video>: its poster (a still of the film) with a
 * play button and the film's length over it (`▶ 02:17`). A picture under a play glyph and a clock's
 * length is a video's poster; a voice message's bar shows its length in seconds (`45″`) and no still.
 */
import type { AnyNode, Element } from 'domhandler';
import { textContent } from './page-index.js';

const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const PLAY = '[▶►▷⏵]';
/** A length on a clock, a play glyph beside it or not (an icon's glyph may be left out of the line read). */
const LENGTH_LINE_RE = new RegExp(`^${PLAY}?${CLOCK}${PLAY}?$`, 'u');
/** The poster's whole text: the play glyph and the length, in either order. */
const POSTER_TEXT_RE = new RegExp(`^(?:${PLAY}${CLOCK}|${CLOCK}${PLAY})$`, 'u');
/** How far up from the line's text the poster's box may be (the length in a <span>, the <span> in the box). */
const LEVELS_UP = 3;

const holdsPicture = (el: Element): boolean =>
  el.children.some((c) => c.type === 'tag' && ((c as Element).name === 'img' || (c as Element).name === 'picture' || holdsPicture(c as Element)));

/** Whether the line (its text, its first text node) is a video's length on its poster: a box holding a picture, a play glyph and the length, nothing else. */
export function isVideoPoster(text: string, node: AnyNode | null): boolean {
  if (!LENGTH_LINE_RE.test(text.replace(/\s+/gu, ''))) return false;
  let box = node?.parent ?? null;
  for (let up = 0; box && box.type === 'tag' && up < LEVELS_UP; up++, box = box.parent) {
    const shown = textContent(box).replace(/\s+/gu, '');
    if (!LENGTH_LINE_RE.test(shown)) return false;
    if (POSTER_TEXT_RE.test(shown) && holdsPicture(box as Element)) return true;
  }
  return false;
}
