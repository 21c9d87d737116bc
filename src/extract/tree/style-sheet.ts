import type { Element, Text } from 'domhandler';

/** A `<style>` element's sheet: its text. */
export const sheetText = (style: Element): string => style.children.map((c) => (c.type === 'text' ? (c as Text).data : '')).join('');

/**
 * A `<style>` sheet's top-level blocks, read the one way every reader of the page's sheets reads
 * them (hidden-text.ts, display-order.ts, screen-width.ts): comments out, each rule's selectors (or
 * an at-rule's prelude, `@media (max-width: 768px)`) with its body, in the sheet's order; a
 * statement at-rule (`@import …;`) is none.
 */
export function sheetBlocks(css: string): Array<{ head: string; body: string }> {
  const sheet = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  const blocks: Array<{ head: string; body: string }> = [];
  let depth = 0;
  let start = 0;
  let head = '';
  for (let i = 0; i < sheet.length; i++) {
    const c = sheet[i];
    if (c === '{') {
      if (depth === 0) {
        head = sheet.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        blocks.push({ head, body: sheet.slice(start, i) });
        start = i + 1;
      }
      if (depth < 0) depth = 0;
    } else if (c === ';' && depth === 0) {
      start = i + 1;
    }
  }
  return blocks;
}

const CLASS_SELECTOR_RE = /^\.(-?[_a-zA-Z][\w-]*)$/u;
/**
 * The classes a rule's selector list names alone (`.a, .b:hover, div.c` → `a`): the rules the page's
 * readers follow; a selector of anything more (a compound, a tag, a pseudo-class) is none of them.
 */
export const selectorClasses = (selectors: string): string[] => selectors.split(',').flatMap((s) => CLASS_SELECTOR_RE.exec(s.trim())?.[1] ?? []);
