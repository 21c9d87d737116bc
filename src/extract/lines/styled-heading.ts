import type { AnyNode, Element } from 'domhandler';
import type { Block } from './html-lines.js';
import { textContent } from '../tree/page-index.js';

/**
 * A line an online editor (腾讯文档, 石墨, a rich-text box) makes a heading by styling its run, not by
 * an `<h1>`: the whole line in one run of large text, as WCAG counts it (18pt, or 14pt bold).
 * Read from the inline styles and `<b>` / `<strong>` around the line's text, up to its block.
 */
export function isStyledHeading(block: Block): boolean {
  let size: { px: number; el: Element } | null = null;
  let bold = false;
  for (let node: AnyNode | null = block.node?.parent ?? null; node && node.type === 'tag'; node = node.parent) {
    const el = node as Element;
    if (el.name === 'b' || el.name === 'strong') bold = true;
    const style = el.attribs.style;
    if (style) {
      if (BOLD_RE.test(style)) bold = true;
      const px: number | null = size === null ? fontPixels(style) : null;
      if (px !== null) size = { px, el };
    }
    if (!INLINE.has(el.name)) break;
  }
  if (size === null || size.px < (bold ? BOLD_LARGE_PX : LARGE_PX)) return false;
  // The run holds the whole line: a large word inside a sentence is no heading.
  return compact(textContent(size.el)) === compact(block.text);
}

const INLINE = new Set(['span', 'b', 'strong', 'font', 'em', 'i', 'u', 'mark', 'big', 'small']);
const BOLD_RE = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/iu;
const FONT_SIZE_RE = /(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)\b/iu;
/** 18pt, and 14pt bold, in CSS pixels (a point is 4/3 of one; an em the browser's default 16). */
const LARGE_PX = 24;
const BOLD_LARGE_PX = 18.66;

function fontPixels(style: string): number | null {
  const m = style.match(FONT_SIZE_RE);
  if (!m) return null;
  const value = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'px' ? value : unit === 'pt' ? (value * 4) / 3 : value * 16;
}

const compact = (text: string) => text.replace(/\s+/gu, '');
