import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { EntryDraft } from './draft.js';
import { RELATED_LABEL_RE } from './genre.js';
import { renderLines } from './html-lines.js';
import { parseRelatedLines } from './qa-lines.js';

/**
 * Finds the related list by its label (相关推荐, 相关问答…), not by class names, which
 * differ between sites and layouts: the list is what follows the label inside the
 * smallest ancestor that holds more than the label.
 */
export function findRelatedList($: CheerioAPI): EntryDraft[] {
  const label = $('h1,h2,h3,h4,h5,h6,p,div,span,strong,b,dt,th,em,i,a')
    .toArray()
    .find((el) => RELATED_LABEL_RE.test($(el).text().replace(/\s+/g, '').trim())) as Element | undefined;
  if (!label) return [];
  let container: Element = label;
  while (container.parent && container.parent.type === 'tag') {
    container = container.parent as Element;
    if ($(container).text().replace(/\s+/g, '').length > $(label).text().replace(/\s+/g, '').length + 10) break;
  }
  const nodes: AnyNode[] = [];
  let afterLabel = false;
  const collect = (node: AnyNode): boolean => {
    // true once the label is passed; only what follows the label belongs to the list
    if (node === label) {
      afterLabel = true;
      return true;
    }
    if (afterLabel) {
      nodes.push(node);
      return true;
    }
    if (node.type === 'tag') for (const child of (node as Element).children) collect(child);
    return afterLabel;
  };
  for (const child of container.children) collect(child);
  return parseRelatedLines(renderLines(nodes));
}
