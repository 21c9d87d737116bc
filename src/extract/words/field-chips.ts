import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { namesUnit } from './genre.js';
import { onlyElementChildren } from '../tree/element-children.js';

/**
 * A record's bar of fields printed as sibling spans with nothing between them, read field by field where run together
 * they would read as something they are not:
 * - a published record's meta bar, three fields at least a record's own (`<span>知识编号：…</span><span>来源单位：…</span>
 *   <span>发布时间：…</span><span>有效期至：…</span>`, a 知识库's or a CDC's): run together, its days and source are one
 *   line of text the reader took into the answer;
 * - a unit's name (a hospital, a health authority, or a department of theirs) set before a labelled field
 *   (`<span>某医院</span><span>回复时间：…</span>`, a 问政 board's reply head): run together, the name runs into the label
 *   (`某医院回复时间：…`).
 * Other bars (a byline `编辑：… 来源：… {day}`, a card's `回复药师：… 所属科室：…`, a post's `楼主：… 时间：…`) are read
 * run together as they always were: the reader's dates and cards lean on them so.
 */
const LABELLED_RE = /^\s*(\p{Script=Han}{2,6})\s*[:：]\s*\S/u;
/** The fields a published record states of itself: its number, class, source, days of publishing and validity, views, type size. */
const RECORD_LABEL_RE = /^(?:\p{Script=Han}{0,2}编号|所属分类|分类|来源(?:单位)?|发布(?:时间|日期|单位)|有效期至?|浏览(?:次数|量)?|阅读(?:次数|量)|点击(?:次数|量)|字号)$/u;
const MIN_RECORD_LABELS = 3;
const MAX_CHARS = 40;
const cache = new WeakMap<Element, boolean>();

export function isFieldChip(el: Element): boolean {
  if (el.name !== 'span') return false;
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return false;
  const holder = parent as Element;
  const known = cache.get(holder);
  if (known !== undefined) return known;
  const spans = mayLabel(holder) ? spanTexts(holder) : null;
  const result = spans !== null && spans.length >= 2 && (isRecordMetaBar(spans) || namesUnitBeforeLabel(spans));
  cache.set(holder, result);
  return result;
}

function isRecordMetaBar(spans: string[]): boolean {
  const labels = new Set(spans.map((t) => t.match(LABELLED_RE)?.[1]).filter((l): l is string => !!l && RECORD_LABEL_RE.test(l)));
  return labels.size >= MIN_RECORD_LABELS;
}

function namesUnitBeforeLabel(spans: string[]): boolean {
  return spans.some((t, i) => i + 1 < spans.length && namesUnit(t) && LABELLED_RE.test(spans[i + 1]!));
}

/**
 * Whether the holder may be a bar of fields: both kinds need a span labelled with a colon (LABELLED_RE).
 * Told without building its spans' texts: most holders are a line of spans without one (youlai's
 * `<span>语音解答</span> <span>2020-04-17</span>` under every related item), or no bar of spans at all.
 * False only where spanTexts is null, or where no span's text holds a colon.
 */
function mayLabel(holder: Element): boolean {
  for (const el of onlyElementChildren(holder) ?? []) {
    if (el.name === 'img' || el.name === 'i') continue;
    if (!isPlainSpan(el)) return false;
    if (holdsColon(el)) return true;
  }
  return false;
}

/** A span holding text, links and bold runs only: a field of a bar. */
function isPlainSpan(el: Element): boolean {
  return el.name === 'span' && !el.children.some((c) => c.type === 'tag' && (c as Element).name !== 'a' && (c as Element).name !== 'b');
}

/** Whether `textContent(node)` holds a colon (`:`, `：`), read without building it: the nodes domutils' textContent reads, without recursion. */
function holdsColon(node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (n.data.includes(':') || n.data.includes('：')) return true;
    } else if (n.type !== 'comment' && 'children' in n) stack.push(...n.children);
  }
  return false;
}

/** The holder's spans' texts, where it holds nothing but short spans (and pictures); else null. */
function spanTexts(holder: Element): string[] | null {
  const elements = onlyElementChildren(holder);
  if (elements === null) return null;
  const spans: string[] = [];
  for (const el of elements) {
    if (el.name === 'img' || el.name === 'i') continue;
    if (!isPlainSpan(el)) return null;
    const text = textContent(el).trim();
    if (text.length > MAX_CHARS) return null;
    spans.push(text);
  }
  return spans;
}
