import type { AnyNode, Element } from 'domhandler';
import { textContent } from './page-index.js';

/**
 * What an accessibility toolbar's screen-reader mode (无障碍 / 读屏专用) says before each block it reads:
 * `正文：` before a paragraph, `标题：` before the title, `链接：` before a link, each an element of its own
 * opening the line. Words for the listener about the page, none of the page's text.
 */
const ANNOUNCED_RE = /^(?:正文|标题|链接|图片|按钮)\s*[:：]$/u;
const INLINE = new Set(['span', 'em', 'i', 'b', 'label', 'font', 'small']);

/** A line without the announcement opening it, where it stands as an element of its own; else the line as it is. */
export function withoutAnnouncement(line: { text: string; node: AnyNode | null }): string {
  const parent = line.node?.parent;
  if (!parent || parent.type !== 'tag' || !INLINE.has((parent as Element).name)) return line.text;
  const label = textContent(parent).trim();
  if (!ANNOUNCED_RE.test(label)) return line.text;
  const text = line.text.trimStart();
  // The label opens the line and text follows it: a label alone on its line is a heading or a field, read as such elsewhere.
  return text.startsWith(label) && text.length > label.length ? text.slice(label.length).trimStart() : line.text;
}

/**
 * Whether a line stands in a live region (`aria-live`): what assistive technology announces as it changes, such as
 * the toolbar's 大字幕 caption of the thing last read (the question, a name, a clause). It repeats the page's text
 * shown elsewhere, so it is never where the page prints its question.
 */
export function inLiveRegion(node: AnyNode | null): boolean {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) {
    const live = (el as Element).attribs['aria-live'];
    if (live !== undefined && live !== 'off') return true;
  }
  return false;
}
