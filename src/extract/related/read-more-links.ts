import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { isReadMore } from '../words/read-more.js';

/**
 * A read-on link printed at the end of a related item's snippet (`…<a>查看全部</a>`, `<a>[详细]</a>`,
 * `<a>&gt;&gt;</a>`): a link to the whole answer, none of the snippet, though no space parts it from
 * the snippet's last words. The snippet's own ellipsis stays: it says the snippet is cut.
 */

/** A bracketed or arrow-only prompt, as lists print it (`[详细]`, `【全文】`, `详细>>`, `>>`, `»`). */
const SHORT_PROMPT_RE = /^(?:[[【〔(（]?(?:详细|详情|全文|更多|阅读全文)[\]】〕)）]?(?:[>›»＞→]|&gt;)*|(?:[>›»＞→]|&gt;){1,3})$/u;

const isPrompt = (compact: string) => compact.length > 0 && (isReadMore(compact) || SHORT_PROMPT_RE.test(compact));

/** The texts of the read-on links among an item's nodes. */
export function readMoreLinkTexts(nodes: readonly AnyNode[]): string[] {
  const found: string[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'a') {
      const text = textContent(el).trim();
      if (text.length <= 12 && isPrompt(text.replace(/\s+/gu, '').normalize('NFKC'))) found.push(text);
      continue;
    }
    stack.push(...el.children);
  }
  return found;
}

/** The line without a read-on link's text at its end (`…食物…查看全部` → `…食物…`); as it was where none ends it. */
export function withoutReadMoreLink(text: string, prompts: readonly string[]): string {
  const trimmed = text.trimEnd();
  for (const prompt of prompts) {
    if (trimmed.length > prompt.length && trimmed.endsWith(prompt)) return trimmed.slice(0, -prompt.length).trimEnd();
  }
  return text;
}
