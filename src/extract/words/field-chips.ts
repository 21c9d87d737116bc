import type { Element } from 'domhandler';
import { textContent } from 'domutils';

/**
 * A record's bar of fields printed as sibling spans with nothing between them (`<span>来源单位：某医院</span><span>发布时间：2019-05-10</span>`,
 * a 知识库's or a 问政 board's meta bar; `<span class="org">某医院</span><span>回复时间：…</span>`): its style sets each apart, and
 * run together they read as one field (`某医院回复时间：…`). Each span a line of its own, where the holder holds nothing but spans
 * (and pictures), two at least, each short, and one after the first opens with its label and colon; a row of tags with no label
 * (`咨询` `卫生健康` `已回复`), and spans of a sentence, are left to run on.
 */
const LABEL_OPENING_RE = /^\s*\p{Script=Han}{2,6}\s*[:：]\s*\S/u;
const MAX_CHARS = 40;
const cache = new WeakMap<Element, boolean>();

export function isFieldChip(el: Element): boolean {
  if (el.name !== 'span') return false;
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return false;
  const holder = parent as Element;
  const known = cache.get(holder);
  if (known !== undefined) return known;
  const result = holdsFieldChips(holder);
  cache.set(holder, result);
  return result;
}

function holdsFieldChips(holder: Element): boolean {
  const spans: string[] = [];
  for (const child of holder.children) {
    if (child.type === 'text') {
      if (child.data.trim() !== '') return false;
      continue;
    }
    if (child.type === 'comment') continue;
    if (child.type !== 'tag') return false;
    const el = child as Element;
    if (el.name === 'img' || el.name === 'i') continue;
    if (el.name !== 'span' || el.children.some((c) => c.type === 'tag' && (c as Element).name !== 'a' && (c as Element).name !== 'b')) return false;
    const text = textContent(el).trim();
    if (text.length > MAX_CHARS) return false;
    spans.push(text);
  }
  return spans.length >= 2 && spans.slice(1).some((t) => LABEL_OPENING_RE.test(t));
}
