import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';

/**
 * A social platform's topic tags (`#糖尿病`, `#糖尿病[话题]#`, `#健康科普#`), set after a note's or a
 * post's last sentence or on a line of their own: links to the platform's searches, none of the text.
 */
const TAG = '#[^#\\s\\[\\]]{1,20}(?:\\[话题\\])?#?';
const TAGS_LINE_RE = new RegExp(`^(?:${TAG}\\s*){1,10}$`, 'u');
const TRAILING_TAGS_RE = new RegExp(`(?<=[。！？!?…~～）)\\s])\\s*(?:${TAG}\\s*){1,10}$`, 'u');

/** A line of topic tags alone. */
export const isTopicTagsLine = (text: string): boolean => text.includes('#') && TAGS_LINE_RE.test(text.trim());

/** A sentence without the topic tags after its end. */
export const withoutTrailingTopicTags = (text: string): string => (text.includes('#') ? text.replace(TRAILING_TAGS_RE, '') : text);

/** Tags run onto a heading's question (`问题#偏头痛#医学科普`, each a link to the platform's search): none of the question. */
const QUESTION_TAGS_RE = new RegExp(`\\s*(?:${TAG}\\s*){1,10}$`, 'u');

/** A question without the topic tags after it, where some question is left. */
export const questionWithoutTopicTags = (text: string): string => {
  if (!text.includes('#')) return text;
  const bare = text.replace(QUESTION_TAGS_RE, '');
  return [...bare.trim()].length >= 4 ? bare.trim() : text;
};

/**
 * A topic tag closed on both sides before a post's title (`#问嘉宾# 产后腰酸要做什么检查`, a community's board of questions to a
 * programme's guest): the platform's topic, none of the question. What follows the tag, or null where no such tag leads.
 */
const LEADING_TAG_RE = /^\s*#([^#\s]{1,12})#\s*(?=\S)/u;
// Only a tag that files the post as a question to someone (问嘉宾, 问医生, 求助, 答疑): a tag of the question's own subject
// (`#2型糖尿病# 饮食要注意什么`, `#产后腰酸怎么办# …`) is part of what is asked.
const ASKING_TAG_RE = /^(?:问|求助|提问|咨询|请教|求医)\p{Script=Han}{0,4}$|(?:问答|答疑|信箱)$/u;
export const afterLeadingTopicTag = (text: string): string | null => {
  const m = text.includes('#') ? text.match(LEADING_TAG_RE) : null;
  return m && ASKING_TAG_RE.test(m[1]!) ? text.slice(m[0].length) : null;
};

/** A tag's word: short, no sentence in it. */
const TAG_WORD_RE = /^[^\s，,。；;！!？?：:]{1,10}$/u;
/**
 * A row of tag links under a video or a post (`<a>甲状腺结节</a><a>健康科普</a><a>医学</a>`, with or without their addresses):
 * nothing but two or more anchors of a word each, no text between them. The platform's topics, none of the text.
 */
export function isTagLinksRow(node: AnyNode | null): boolean {
  const anchor = node?.parent;
  if (!anchor || anchor.type !== 'tag' || (anchor as Element).name !== 'a' || !anchor.parent || anchor.parent.type !== 'tag') return false;
  const row = (anchor.parent as Element).children.filter((c) => !(c.type === 'text' && textContent(c).trim() === '') && c.type !== 'comment');
  return row.length >= 2 && row.every((c) => c.type === 'tag' && (c as Element).name === 'a' && TAG_WORD_RE.test(textContent(c).trim()));
}

/**
 * Whatever topic tag closed on both sides leads a heading (`#失眠#宝宝白天犯困是怎么回事？`, an app's topic filed before the
 * question): what follows it, or null where none leads. Only the page's `<title>` repeating the rest without the tag tells that
 * the tag is no part of what is asked (page-question.ts); a subject's tag the title keeps stays.
 */
export const afterAnyLeadingTopicTag = (text: string): string | null => {
  const m = text.includes('#') ? text.match(LEADING_TAG_RE) : null;
  return m ? text.slice(m[0].length) : null;
};
