import type { Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import type { PageIndex } from './page-index.js';

/**
 * A page that prints pinyin (or any reading) over its hard characters with `<ruby>`: the text is the
 * base characters. The annotation in `<rt>` and the fallback brackets around it in `<rp>` are none
 * of the question, the answer or an item's question (`<ruby>孕<rt>yùn</rt></ruby>妇` reads 孕妇),
 * so they are taken out of the parsed page before it is read, as a plain `<template>` is.
 */

const isAnnotation = (el: Element) => el.name === 'rt' || el.name === 'rp';

/** Removes the page's ruby annotations from the tree (the index is to be pruned after); whether it removed any. Cheap where the markup holds none. */
export function dropRubyAnnotations(html: string, index: PageIndex): boolean {
  return /<r[tp][\s>]/i.test(html) && detachWhere(index, isAnnotation);
}

/** A switch showing or hiding the reading over the characters (`拼音 开`, `显示拼音：关`, `注音 开/关`): a button, no text. */
const READING_SWITCH_RE = /^(?:显示|隐藏|开启|关闭)?(?:拼音|注音)(?:模式)?\s*[:：]?\s*(?:开|关|开启|关闭|on|off|开\s*[/|｜]\s*关)?$/iu;
export const isReadingSwitch = (text: string): boolean => READING_SWITCH_RE.test(text.trim());
