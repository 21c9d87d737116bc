import type { AnyNode, Element } from 'domhandler';
import { detachWhere } from './index-prune.js';
import type { PageIndex } from './page-index.js';
import { selectorClasses, sheetBlocks, sheetText } from './style-sheet.js';

/**
 * A responsive page may carry its content twice, a rendering for the desktop and one for the
 * phone, its `<style>` showing one by a media query (`.m{display:none} @media (max-width:768px)
 * {.pc{display:none} .m{display:block}}`, or the desktop copy hidden by default and shown from a
 * `min-width`). The page is read as a desktop browser shows it: what the sheet hides at a desktop
 * window's width but shows on a phone's is another width's rendering, none of the page (taken out
 * of the tree before it is read), and what a desktop-width query shows is no hidden text, whatever
 * the sheet's default hides. A rule hidden at every width (a folded answer, a dialog) is left to
 * hidden-text.ts. Rules whose selector is a class alone are followed, as hidden-text.ts follows them.
 */

/** A width query, looked for before the tree is walked. */
const WIDTH_QUERY_RE = /@media[^{]*(?:min|max)-width/iu;
/** A desktop browser's window, and a phone's, in CSS pixels. */
const DESKTOP_WIDTH = 1280;
const PHONE_WIDTH = 375;
/** What an `em` or `rem` in a media query is: the browser's default font size. */
const EM_PX = 16;

/** One class's display set by one rule: shown (anything but none) or not, under a media query or none. */
interface DisplayRule {
  shown: boolean;
  important: boolean;
  /** The rule's place among the page's rules: a later rule wins. */
  order: number;
  /** The media query's test of a window width; null: the rule applies at every width. */
  media: ((width: number) => boolean) | null;
}

const DISPLAY_RE = /(?:^|[;\s])display\s*:\s*([\w-]+)\s*(!\s*important)?/iu;

/**
 * The width test of a media query list (`screen and (max-width: 768px)`, `(min-width:48em)`); null
 * for a query that is not about the window's width on a screen (`print`, `(hover: none)`), whose
 * rules this module does not follow.
 */
function widthTest(query: string): ((width: number) => boolean) | null {
  const tests: Array<(width: number) => boolean> = [];
  for (const one of query.toLowerCase().split(',')) {
    const parts = one.trim().replace(/^only\s+/u, '').split(/\s+and\s+/u);
    const bounds: Array<(width: number) => boolean> = [];
    for (const part of parts) {
      const p = part.trim();
      if (p === 'screen' || p === 'all') continue;
      const m = /^\(\s*(min|max)-width\s*:\s*(\d+(?:\.\d+)?)(px|r?em)\s*\)$/u.exec(p);
      if (!m) return null;
      const px = Number(m[2]) * (m[3] === 'px' ? 1 : EM_PX);
      bounds.push(m[1] === 'min' ? (w) => w >= px : (w) => w <= px);
    }
    if (bounds.length === 0) return null;
    tests.push((w) => bounds.every((b) => b(w)));
  }
  return tests.length > 0 ? (w) => tests.some((t) => t(w)) : null;
}

/** The display rules of the page's sheets by class, and how many rules were read (the next rule's place). */
interface Rules {
  byClass: Map<string, DisplayRule[]>;
  count: number;
}

/** Adds the display rules of a sheet's class-alone selectors, top-level and in width queries, in the sheet's order. */
function readSheet(css: string, into: Rules): void {
  const read = (text: string, media: DisplayRule['media']) => {
    for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/gu)) {
      const display = DISPLAY_RE.exec(m[2]!);
      if (!display) continue;
      const rule: DisplayRule = { shown: display[1]!.toLowerCase() !== 'none', important: display[2] !== undefined, order: into.count++, media };
      for (const c of selectorClasses(m[1]!)) into.byClass.set(c, [...(into.byClass.get(c) ?? []), rule]);
    }
  };
  // Each top-level rule, and each `@media` block's rules with its query (other at-rules not followed).
  for (const { head, body } of sheetBlocks(css)) {
    if (!head.startsWith('@')) read(`${head}{${body}}`, null);
    else {
      const query = /^@media\s+(.+)$/isu.exec(head);
      const test = query ? widthTest(query[1]!) : null;
      if (test) read(body, test);
    }
  }
}

/** Whether the element's classes show it at a window's width (null: the default sheet, no query): the rule of the latest place wins, an `!important` one over the rest; undefined where none sets it. */
function shownAt(classes: readonly string[], rules: Rules, width: number | null): boolean | undefined {
  let best: DisplayRule | undefined;
  for (const c of classes) {
    for (const rule of rules.byClass.get(c) ?? []) {
      if (rule.media !== null && (width === null || !rule.media(width))) continue;
      if (!best || (rule.important ? !best.important || rule.order > best.order : !best.important && rule.order > best.order)) best = rule;
    }
  }
  return best?.shown;
}

/** The page's sheets' display rules, where a sheet has a width query; else null. */
function pageRules(document: AnyNode): Rules | null {
  const sheets: string[] = [];
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'style') sheets.push(sheetText(node as Element));
    else if (node.type === 'tag' || node.type === 'root') stack.push(...(node as Element).children);
  }
  if (!sheets.some((css) => WIDTH_QUERY_RE.test(css))) return null;
  const rules: Rules = { byClass: new Map(), count: 0 };
  for (const css of sheets) readSheet(css, rules);
  return [...rules.byClass.values()].some((list) => list.some((r) => r.media !== null)) ? rules : null;
}

/** Whether the sheet hides the element at a desktop window's width and shows it on a phone's: another width's rendering (a display of its own style attribute is left to hidden-text.ts). */
function forAnotherWidth(el: Element, rules: Rules): boolean {
  const cls = el.attribs.class;
  if (cls === undefined || (el.attribs.style !== undefined && /display\s*:/iu.test(el.attribs.style))) return false;
  const classes = cls.split(/\s+/u).filter((c) => rules.byClass.has(c));
  return classes.length > 0 && shownAt(classes, rules, DESKTOP_WIDTH) === false && shownAt(classes, rules, PHONE_WIDTH) !== false;
}

/** Takes the renderings for another screen width out of the tree (the index is to be pruned after); whether it took any. Cheap where no sheet has a width query. */
export function dropOtherWidths(html: string, index: PageIndex): boolean {
  if (!WIDTH_QUERY_RE.test(html)) return false;
  const rules = pageRules(index.document);
  return rules !== null && detachWhere(index, (el) => forAnotherWidth(el, rules));
}

/** The classes a sheet hides by default that a query of a desktop window's width shows: no hidden text, as a desktop browser shows the page. */
export function shownAtDesktop(css: string): string[] {
  if (!WIDTH_QUERY_RE.test(css)) return [];
  const rules: Rules = { byClass: new Map(), count: 0 };
  readSheet(css, rules);
  return [...rules.byClass.keys()].filter((c) => shownAt([c], rules, null) === false && shownAt([c], rules, DESKTOP_WIDTH) === true);
}
