import type { AnyNode, Element, Text } from 'domhandler';
import { firstShownText, textContent } from '../tree/page-index.js';

/**
 * A doctor who practises at several hospitals (多点执业): the card lists them all, and the others
 * print their own grades and clinics (特需门诊). The doctor's hospital is the main practice — the
 * one labelled 第一执业 / 主执业 wherever it stands, else the first listed — so the rest of a card's
 * practices are none of its fields: a row labelled as the others (`多点执业：`, `其他执业点：`), the
 * items beside the one a list tags as the main, and an unlabelled list's hospitals after its first
 * (`执业点：A / B / C`).
 */

/** A row of the other practices: `多点执业：`, `其他执业点：`, `多点执业机构：`. */
const OTHERS_RE = /^\s*(?:多点执业|其他执业|其它执业)\p{Script=Han}{0,3}\s*[:：]/u;
/** The main practice's label or tag: `第一执业：`, `第一执业医院：`, `主执业`, `第一执业点：`. */
const MAIN_RE = /(?:第一|主)执业/u;
const MAIN_TAG_RE = /^\s*(?:第一|主)执业\p{Script=Han}{0,3}\s*[:：]?/u;
/** A row listing the practices unlabelled, the main one first (`执业点：`, `执业医院：`). */
const LISTED_RE = /^\s*执业(?:点|地点|医院|机构)\s*[:：]/u;
/** Between the hospitals of such a row. */
const BETWEEN_RE = /\s+\/\s+|、|；|;/u;

const ITEM_TAGS = new Set(['li', 'dd', 'tr']);

/** What of the card to pass over: each node mapped to null (none of it) or the text it is read as. */
export type PracticeEdits = Map<AnyNode, string | null>;

/** The parts of a card that are the doctor's other practices, or null where it lists none. */
export function otherPractices(card: Element): PracticeEdits | null {
  const whole = textContent(card);
  if (!whole.includes('执业')) return null;
  const edits: PracticeEdits = new Map();
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      const text = textContent(child);
      if (!text.includes('执业')) continue;
      if (OTHERS_RE.test(text) && !MAIN_RE.test(text)) {
        edits.set(child, null);
        continue;
      }
      if (ITEM_TAGS.has(child.name) && MAIN_TAG_RE.test(text)) {
        for (const sibling of el.children) if (sibling !== child && sibling.type === 'tag' && ITEM_TAGS.has(sibling.name)) edits.set(sibling, null);
        // The tag itself (`<em>第一执业</em>`) names no field.
        const tag = firstShownText(child);
        if (tag) edits.set(tag, tag.data.replace(MAIN_TAG_RE, ''));
        continue;
      }
      if (LISTED_RE.test(text) && BETWEEN_RE.test(text.replace(LISTED_RE, ''))) {
        afterFirst(child, edits);
        continue;
      }
      visit(child);
    }
  };
  visit(card);
  return edits.size > 0 ? edits : null;
}

/** In an unlabelled row of practices, what follows the first hospital's separator. */
function afterFirst(row: Element, edits: PracticeEdits): void {
  let cut = false;
  let labelled = false;
  const walk = (node: AnyNode) => {
    if (cut) {
      edits.set(node, null);
      return;
    }
    if (node.type === 'text') {
      let data = (node as Text).data;
      // The label's own colon is no separator.
      if (!labelled && LISTED_RE.test(data)) {
        labelled = true;
        data = data.replace(LISTED_RE, '');
      }
      const at = data.search(BETWEEN_RE);
      if (at !== -1) {
        edits.set(node, (node as Text).data.slice(0, (node as Text).data.length - data.length + at));
        cut = true;
      }
      return;
    }
    if (node.type === 'tag') for (const child of (node as Element).children) walk(child);
  };
  walk(row);
}
