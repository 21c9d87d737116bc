import type { Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { isHidden } from '../tree/hidden-text.js';

/**
 * A revised answer's earlier version, folded under a toggle that names it (`查看修改前的回复`, `展开原回复`, `历史版本`): in a
 * `<details>` whose `<summary>` says so, or in a hidden block right after such a toggle's line. What the doctor replaced is none of
 * the answer as it stands now. (A hidden block is otherwise read: a full answer folded behind 展开全文 is the answer; only a toggle
 * naming an earlier version says the block is another text.)
 */

/** A toggle naming the version before an edit (`查看修改前的回复`, `展开原回复`, `历史版本`, `修改前内容`). */
const EARLIER_VERSION_RE =
  /^(?:点击)?(?:展开|查看|显示|收起|隐藏)?\s*(?:(?:修改|编辑|更新|更正)前的?(?:回复|回答|解答|答复|版本|内容)|(?:原|原始|旧|历史|此前的?|之前的?)(?:回复|回答|解答|答复|版本)(?:内容|记录)?)\s*[>»▼▲↓]?$/u;
export const namesEarlierVersion = (text: string) => EARLIER_VERSION_RE.test(text.trim());

/** The nearest element around a line's node that a style hides, where there is one. */
function hiddenBox(block: Block): Element | null {
  for (let n = block.node?.parent ?? null; n && n.type === 'tag'; n = n.parent) if (isHidden(n as Element)) return n as Element;
  return null;
}

/** The nearest element of the given tag around a line's node, where there is one. */
function enclosing(block: Block, tag: string): Element | null {
  for (let n = block.node?.parent ?? null; n && n.type === 'tag'; n = n.parent) if ((n as Element).name === tag) return n as Element;
  return null;
}

/** The lines of earlier versions among lines from..end: each toggle naming one, and the folded text it opens. */
export function earlierVersionLines(blocks: readonly Block[], from: number, end: number): number[] {
  const lines: number[] = [];
  for (let i = from; i < end; i++) {
    const toggle = blocks[i]!;
    if (toggle.chars > 20 || !namesEarlierVersion(toggle.text)) continue;
    // The toggle as a <details>' <summary>: the rest of the <details> is the folded version.
    const summary = enclosing(toggle, 'summary');
    const details = summary?.parent && summary.parent.type === 'tag' && (summary.parent as Element).name === 'details' ? (summary.parent as Element) : null;
    // Else a hidden block right under the toggle's line (shown by its script), the toggle outside it.
    const next = blocks[i + 1];
    const hidden = details ? null : next ? hiddenBox(next) : null;
    const box = details ?? (hidden && !inside(toggle.node, hidden) ? hidden : null);
    if (!box) continue;
    lines.push(i);
    let j = i + 1;
    for (; j < end && inside(blocks[j]!.node, box); j++) lines.push(j);
    i = j - 1;
  }
  return lines;
}
