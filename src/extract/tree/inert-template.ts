import type { Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import type { PageIndex } from './page-index.js';

/**
 * A plain `<template>` (no `shadowrootmode`) is never rendered: its content is a fragment a script
 * may clone later (the next questions preloaded whole, a variant of a block). It is taken out of
 * the parsed page, and what the index noted inside it with it, so that nothing in it is read as
 * the page's text, its card or its related list. A declarative shadow root stays (shadow-root.ts).
 */

const isInert = (el: Element) => el.name === 'template' && el.attribs.shadowrootmode === undefined;

/** Removes the page's plain templates from the tree (the index is to be pruned after); whether it removed any. Cheap where the markup holds none. */
export function dropInertTemplates(html: string, index: PageIndex): boolean {
  return /<template[\s>]/i.test(html) && detachWhere(index, isInert);
}
