import type { AnyNode, Element } from 'domhandler';

/** A line of visible text as a reader sees it, with the links it holds. */
export interface Line {
  text: string;
  links: string[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'center', 'mip-fixed',
]);
/** Marks, on the walk's stack, where a block element's children end. */
const BLOCK_END = Symbol('block end');
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'select', 'button', 'textarea', 'object']);

/**
 * Renders a DOM subtree to the lines a reader would see: block elements and <br> break
 * lines, inline elements run on (Chinese text has no spaces to lose), hidden parts are skipped.
 */
export function renderLines(root: AnyNode | AnyNode[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let links: string[] = [];
  const flush = () => {
    const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    text = '';
    // A link whose text sits in a block inside it (<a><h4>Q</h4></a>) belongs to the next line.
    if (!t) return;
    lines.push({ text: t, links });
    links = [];
  };
  // Iterative, not recursive: a page nested a few thousand levels deep would overflow the stack.
  // Each entry is a node to enter, or the end of a block to flush once its children are done.
  const stack: Array<AnyNode | typeof BLOCK_END> = (Array.isArray(root) ? [...root] : [root]).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      text += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = node.type === 'tag' ? el.name.toLowerCase() : 'root';
    if (SKIPPED_TAGS.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      stack.push(BLOCK_END);
    }
    if (name === 'a' && el.attribs?.href) links.push(el.attribs.href);
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines;
}

/** Text of the element's own text children, without its descendants' (the name in `<h5>王清玉<span>…`). */
export function ownText(el: Element): string {
  return el.children
    .filter((c) => c.type === 'text')
    .map((c) => (c as unknown as { data: string }).data)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
