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
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      text += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = node.type === 'tag' ? el.name.toLowerCase() : 'root';
    if (SKIPPED_TAGS.has(name)) return;
    if (name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    if (name === 'a' && el.attribs?.href) links.push(el.attribs.href);
    for (const child of el.children ?? []) walk(child);
    if (block) flush();
  };
  for (const node of Array.isArray(root) ? root : [root]) walk(node);
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
