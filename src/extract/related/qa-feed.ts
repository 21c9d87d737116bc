import type { Element, Text } from 'domhandler';
import type { Line } from '../lines/html-lines.js';
import { compactTextIs, textContent } from '../tree/page-index.js';
import { hasLink } from '../tree/spanned-cells.js';

/**
 * A site's feed of questions (热门问答, 最新问题, 本周热门咨询): the same box on every page of the site, so as a
 * rule none of its items is related to the page's question. Where it is the page's only list of answered
 * questions, in the page's own folder, and prints each item as the page prints its own Q&A, a `问：` question
 * over its `答：` answer, it is the box of questions like this one that the site names so: the related list.
 */
const QUESTION_FEED_LABEL_RE = /^(?:近期|最新|热门|最热|热点|精选|往期|今日|本周|本月)(?:问答|问题|咨询|提问)$/u;
export const isQuestionFeedLabel = (label: string) => QUESTION_FEED_LABEL_RE.test(label);

const ASKED_RE = /^\s*问\s*[:：]/u;
const ANSWERED_RE = /^\s*答\s*[:：]/u;

/** Whether a list of `items` items prints each as a 问：/答： pair, the question line over the answer's. */
export function printsQaPairs(lines: readonly Line[], items: number): boolean {
  let asked = 0;
  let answered = 0;
  for (const l of lines) {
    if (ASKED_RE.test(l.text)) asked++;
    else if (ANSWERED_RE.test(l.text)) answered++;
  }
  return items > 0 && asked === items && answered === items;
}

/**
 * A board's feeds of its questions set in tabs (`最新问答 | 热门问答`, a strip of labels over one panel each, the later ones
 * hidden until clicked): where nothing else on the page lists other questions, the box is the board's list of its other
 * Q&As, the one a reader of the page goes on to; its panels read in the tabs' order, hidden ones too (a click shows them).
 * The strip: an element whose every child element is a feed's label (qa-feed's words), followed in its box by exactly as
 * many elements, each holding links: the panels. A strip that also names a related list (相关问题) is read under that label.
 */
export function feedTabPanels(texts: readonly Text[]): { label: Element; panels: Element[] } | null {
  for (const node of texts) {
    const words = node.data.replace(/\s+/gu, '');
    if (words.length > 8 || !isQuestionFeedLabel(words)) continue;
    // The tab: the outermost element whose text is the label alone; the strip, the element holding it.
    let tab = node.parent as Element | null;
    while (tab && tab.parent && tab.parent.type === 'tag' && compactTextIs(tab.parent, words)) tab = tab.parent as Element;
    const strip = tab?.parent;
    if (!tab || tab.type !== 'tag' || !strip || strip.type !== 'tag') continue;
    const tabs = (strip as Element).children.filter((c): c is Element => c.type === 'tag');
    if (!tabs.every((t) => isQuestionFeedLabel(textContent(t).replace(/\s+/gu, '')))) continue;
    const panels: Element[] = [];
    for (let next = strip.next; next; next = next.next) if (next.type === 'tag') panels.push(next as Element);
    if (panels.length !== tabs.length || !panels.every((p) => hasLink(p))) continue;
    return { label: tabs[0]!, panels };
  }
  return null;
}
