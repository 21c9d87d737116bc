import { asksQuestion } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';

/**
 * A short-video platform's share page (快手's, 抖音's): its `<title>` names only whose post it is (`谢秀医生的作品 - 快手`), no
 * heading holds the question, and the caption states it under a lead naming who asked (`粉丝问：…`, `有粉丝问我：“…”`,
 * `#粉丝问答# …`). That caption line is the question; the lines under it are the answer.
 */

/** A title naming only the author's post or page (`{name}的作品`, `{name}的视频 - 站名`): whose, not what. */
const AUTHOR_PAGE_TITLE_RE = /^[^\s的]{1,20}的(?:作品|视频|短视频|主页|个人主页|动态)(?:\s*[_|–—-]\s*[^\s_|–—-]{1,12})?$/u;
/** The caption's lead naming who asked, then the question, quoted or not. */
const ASKED_LEAD_RE =
  /^(?:(?:#[^#\s]{0,6}问[^#\s]{0,6}#\s*)+|(?:有)?(?:粉丝|网友|听众|观众|朋友|宝妈)(?:问我|问|提问|私信问我|留言问我)\s*[:：]\s*)[“"「]?(.{4,60}?)[”"」]?$/u;
/** How far down the page the caption may stand (the app's bar, the player, the author's row above it). */
const CAPTION_LINES = 12;

export function captionQuestion(blocks: readonly Block[], title: string): { index: number; confirmed: boolean; text: string; labelled?: boolean } | null {
  if (!AUTHOR_PAGE_TITLE_RE.test(title.replace(/\s+/gu, ' ').trim())) return null;
  if (blocks.some((b) => b.heading && asksQuestion(b.text))) return null;
  for (let i = 0; i < Math.min(blocks.length, CAPTION_LINES); i++) {
    const b = blocks[i]!;
    if (b.linkChars > 0 || b.chars > 80) continue;
    const asked = b.text.trim().match(ASKED_LEAD_RE)?.[1]?.trim();
    if (asked && asksQuestion(asked)) return { index: i, confirmed: true, text: asked };
  }
  return null;
}
