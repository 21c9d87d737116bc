import { comparable } from '../../core/text.js';
import { withoutSiteSuffixes } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';

/**
 * A note app's shared clip of a page (云笔记, 印象笔记 and their kind), or a bookmark's copy: the
 * note's own title (the clipped page's title, the question and `_站名`), its days and its credit
 * stand around the page it holds, and are none of it.
 */

/**
 * A note app's credit under a page it clipped (`—— 剪藏自某某网`, `使用印象笔记剪藏`, `本笔记由云笔记网页剪报生成`, `Clipped from
 * example.com`, `Clipped with Evernote`): the note's words about where and how the page was saved,
 * where the clipped text has ended, none of the answer.
 */
const CLIP_CREDIT_RE =
  /^[—–\-~～]{0,2}\s*(?:(?:剪藏|剪报|摘录|收藏|保存)自\s*\S.{0,30}|(?:本笔记|此笔记|该笔记|本页|本文)?(?:使用|用|通过|由|来自|via)\s*\S.{0,20}?(?:网页)?(?:剪藏|剪报)(?:插件|助手|工具|扩展)?(?:生成|保存|创建|收藏)?|clipped\s+(?:from|with|by|via)\s+\S.{0,40})[。.!！]?$/iu;

export const isClipCredit = (text: string): boolean => text.length <= 60 && CLIP_CREDIT_RE.test(text.trim());

/** How far under a copy's own title the heading of the page it holds may stand (its days, its 来源 line, a tag line). */
const CLIP_HEAD_LINES = 6;

/**
 * The heading the question is, given the first heading that repeats the page's title: where that one is
 * the whole title, a site's name after the question (`问题_站名`, the note's title), and a heading
 * just under it prints the question alone, the question is that one (the clipped page's).
 */
export function clippedHeading(blocks: readonly Block[], index: number): number {
  const head = blocks[index]!.text.trim();
  const bare = comparable(withoutSiteSuffixes(head));
  if (bare === comparable(head)) return index;
  for (let i = index + 1; i < blocks.length && i <= index + CLIP_HEAD_LINES; i++) {
    if (blocks[i]!.heading && comparable(blocks[i]!.text) === bare) return i;
  }
  return index;
}

/** The line that prints where a copy was taken from, the address written out (`来源：https://…`, `原文链接：…`, `Source: …`). */
const SOURCE_LINE_RE = /^(?:来源|原文|原文链接|原文地址|原网址|出处|网址|Source|URL)\s*[:：]\s*(https?:\/\/[^\s/?#]+\S*)$/iu;

/**
 * The address a copy of a page says it holds (a note's 来源, a saved page's 原文链接), or null: the
 * copied page's links to that site are its own links, however far the copy's own address is from it.
 */
export function copiedFrom(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.chars > 200) continue;
    const m = b.text.trim().match(SOURCE_LINE_RE);
    if (m) return m[1]!;
  }
  return null;
}
