import type { AnyNode } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';

/**
 * A line just above the question that ends a list of linked questions under a heading of its own
 * (a side column's 相关推荐 or 最新问答 set before the content in the markup): its last item's date,
 * none of the page's. The section is the largest element holding the line but not the question.
 */
export function endsListAbove(blocks: readonly Block[], line: number, question: number): boolean {
  const q = blocks[question]!.node;
  let section: AnyNode | null = blocks[line]!.node;
  while (section?.parent && !inside(q, section.parent)) section = section.parent;
  if (!section) return false;
  let heading = false;
  let linked = 0;
  for (let i = line; i >= 0 && inside(blocks[i]!.node, section); i--) {
    heading ||= blocks[i]!.heading;
    if (blocks[i]!.linkChars > 0) linked++;
  }
  return heading && linked >= 2;
}
