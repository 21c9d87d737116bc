import type { Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { isHidden } from '../tree/hidden-text.js';

/**
 * A revised answer's earlier version, folded under a toggle that names it (`查看修改前的回复`, `展开原回复`, `历史版本`): in a
 * `<details>` whose `<summary>` says so, or in a hidden block right after such a toggle's line, or in a hidden block that opens
 * labelling itself so (`（原回答）…`). What the doctor replaced is none of
 * the answer as it stands now. (A hidden block is otherwise read: a full answer folded behind 展开全文 is the answer; only a toggle
 * naming an earlier version says the block is another text.)
 */

/** The name of the version before an edit (`修改前的回复`, `原回复`, `历史版本`, `修改前内容`). */
const EARLIER_NAME = '(?:(?:修改|编辑|更新|更正)前的?(?:回复|回答|解答|答复|版本|内容)|(?:原|原始|旧|历史|此前的?|之前的?)(?:回复|回答|解答|答复|版本)(?:内容|记录)?)';
/** A toggle naming it (`查看修改前的回复`, `展开原回复`), with the count of versions it folds where it prints one (`查看历史版本（1）`). */
const EARLIER_VERSION_RE = new RegExp(`^(?:点击)?(?:展开|查看|显示|收起|隐藏)?\\s*${EARLIER_NAME}\\s*(?:[（(]\\s*\\d{1,2}\\s*[)）])?\\s*[>»▼▲↓]?$`, 'u');
export const namesEarlierVersion = (text: string) => EARLIER_VERSION_RE.test(text.trim());
/** A line opening with that name in brackets (`（原回答）可以…`, `【修改前的回复】…`): the text after it is the earlier version's. */
const EARLIER_LABEL_RE = new RegExp(`^\\s*[（(【\\[]\\s*${EARLIER_NAME}\\s*[)）】\\]]`, 'u');

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
    // A hidden block (shown by a script) whose first line labels itself the earlier version (`（原回答）…`), no toggle over it.
    const labelled = EARLIER_LABEL_RE.test(toggle.text) ? hiddenBox(toggle) : null;
    if (labelled && (i === from || !inside(blocks[i - 1]!.node, labelled))) {
      let j = i;
      for (; j < end && inside(blocks[j]!.node, labelled); j++) lines.push(j);
      i = j - 1;
      continue;
    }
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
