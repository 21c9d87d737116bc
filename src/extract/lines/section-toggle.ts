import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { isReadMore } from '../words/read-more.js';

/**
 * A button that opens a section of the text below it (an accordion's `<button aria-expanded="false">處理方式</button>` over its
 * panel, the panel `hidden` until clicked): its label is the section's head, shown as a line, as a `<details>`'s `<summary>` is
 * (a `<button>` is otherwise no text: a control's label, html-lines.ts). Only a disclosure button (`aria-expanded`) whose panel
 * is the element right after it (or the one its `aria-controls` names, there) holding unlinked text of its own; not one worded
 * as a prompt to read on or to fold (`展开全文`, `收起`: the fold's control, no head), nor one over a list of links (a menu).
 */

/** A fold's own control, no section's head (spaces removed): 展开, 收起, 更多, 全部, with an arrow or not. */
const FOLD_CONTROL_RE = /^(?:点击)?(?:展开|收起|收合|折叠|隐藏|显示|更多|全部|展開|收合|摺疊|隱藏|顯示|全部)(?:全文|更多|全部|内容|內容|详情|詳情)?[>›»＞→▼▾∨˅⌄﹀▲△∧]*$|^(?:more|less|show|hide|expand|collapse|menu|菜单|選單|菜單)$/iu;
/** The longest head a section's button carries. */
const MAX_HEAD_CHARS = 20;
/** The least unlinked text a panel holds. */
const MIN_PANEL_CHARS = 8;

const compact = (text: string) => text.replace(/\s+/gu, '');

/** The element right after a node, blank text passed over. */
function nextElement(node: AnyNode): Element | null {
  for (let n = node.next; n; n = n.next) {
    if (n.type === 'tag') return n as Element;
    if (n.type === 'text' && (n as unknown as { data: string }).data.trim() !== '') return null;
  }
  return null;
}

/** Characters of an element's text outside its links. */
function unlinkedChars(el: Element): number {
  let n = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') n += compact((node as unknown as { data: string }).data).length;
    else if (node.type === 'tag' && !['a', 'script', 'style', 'button'].includes((node as Element).name)) stack.push(...(node as Element).children);
  }
  return n;
}

/** Whether a `<button>` opens a section of the text under it: its label is the section's head. */
export function isSectionToggle(el: Element): boolean {
  if (el.attribs['aria-expanded'] === undefined) return false;
  const label = compact(textContent(el));
  if (label.length === 0 || label.length > MAX_HEAD_CHARS || isReadMore(label) || FOLD_CONTROL_RE.test(label)) return false;
  const panel = nextElement(el);
  if (panel === null) return false;
  const controls = el.attribs['aria-controls'];
  if (controls !== undefined && controls.trim() !== '' && panel.attribs.id !== controls.trim()) return false;
  return unlinkedChars(panel) >= MIN_PANEL_CHARS;
}
