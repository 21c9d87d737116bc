import type { AnyNode, Element, Text } from 'domhandler';
import { drawsIllegible, mayDrawIllegible, paintsTextWithBackground } from './illegible-style.js';
import { sameColourText } from './same-colour-text.js';
import { textContent } from './page-index.js';
import { TextMemo } from '../../core/text-memo.js';
import { shownAtDesktop } from './screen-width.js';
import { selectorClasses, sheetBlocks } from './style-sheet.js';

/**
 * Text a style hides, and characters that display nothing. A site guarding its text against
 * copying sprinkles decoy characters through it in elements a style hides — an inline
 * `display:none`, a class its `<style>` hides, the `hidden` attribute, a 0px font — and
 * zero-width characters and soft hyphens between the characters: none of it is displayed, so
 * none of it is text. (Which hidden elements the reader passes over is html-lines.ts's call:
 * a hidden block, such as a full answer folded behind 展开全文, is still read; a closed dialog or a
 * hidden section held back whole is not, closed-layer.ts.)
 *
 * Which elements are hidden belongs to the page's tree: noted by our parser as it builds the tree
 * (parse-html.ts), or by one walk of a tree parsed elsewhere (cheerio's) the first time a reader
 * asks, so every reader of a page sees the same hiding, whoever parsed it.
 */

/** Zero-width space, non-joiner and joiner, word joiner, zero-width no-break space, soft hyphen. */
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
const INVISIBLE_ALL_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** Text without the characters that display nothing. */
export const withoutInvisible = (text: string): string => (INVISIBLE_RE.test(text) ? text.replace(INVISIBLE_ALL_RE, '') : text);

/**
 * Declarations that hide what they apply to: `display:none`, a font of size 0, or a place a thousand
 * pixels or more off the screen (`left:-9999px`, `text-indent:-9999px`, `-99em`: the box is drawn where no window shows it;
 * clipboard.js sets its copy source so).
 */
const HIDING_RE = /display\s*:\s*none|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)|(?<![\w-])(?:left|top|right|margin-left|margin-top|text-indent)\s*:\s*-\s*(?:\d{4,}(?:\.\d+)?px|(?:[6-9]\d|\d{3,})(?:\.\d+)?r?em)/iu;
/**
 * A clip to nothing (`clip: rect(0,0,0,0)`, `clip-path: inset(50%)`): the screen-reader-only
 * idiom, words for assistive technology that no one sees (`问题：`, `（在新窗口打开）`). Only its
 * inline fragments are passed over: a clipped heading (`<h2>回答内容</h2>`) is read as the
 * label it is, as a hidden block is.
 */
const CLIPPING_RE = /clip\s*:\s*rect\(\s*(?:0|1px)(?:[\s,]+(?:0|1px)){3}\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\)/iu;
/**
 * The screen-reader-only classes of the common frameworks (Bootstrap's `sr-only`, WordPress's
 * `screen-reader-text`, `visually-hidden`): clipped by a sheet the saved page may not hold.
 */
const SCREEN_READER_CLASS_RE = /(?:^|\s)(?:sr-only(?:-focusable)?|visually-?hidden(?:-focusable)?|screen-reader-text|screenreader-only|a11y-hidden|element-invisible|u-hidden-visually)(?=\s|$)/iu;
/**
 * What a date is, said to screen readers (WordPress's `<span class="screen-reader-text">发布于</span>`
 * before the published and updated days): no text, but it tells the days apart, so it is read.
 */
const DATE_LABEL_RE = /^\s*(?:发布|发表|更新|修改|回答|解答|回复|提问|Posted|Published|Updated)\s*(?:于|时间|日期|on)?\s*[:：]?\s*$/iu;
/** Elements that run on in a line: a clipped one is a fragment of it, no text. */
const INLINE_TAGS = new Set('a abbr b bdi bdo cite code em font i kbd label mark q s samp small span strong sub sup time u var'.split(' '));
/** In a `style` attribute, the declaration starts it, or follows a `;` or a space. */
const HIDING_STYLE_RE = new RegExp(`(?:^|;|\\s)(?:${HIDING_RE.source})`, 'iu');
/** Whether an inline style hides its element (HIDING_RE). */
export const hidingDeclaration = (style: string): boolean => HIDING_STYLE_RE.test(style);

/**
 * What a page's tree displays otherwise than its markup reads: the elements a style hides, and
 * whether any element holds a declarative shadow root (shadow-root.ts). The readers ask only
 * where the page has them.
 */
export interface PageDisplay {
  hidden: ReadonlySet<Element>;
  shadowRoots: boolean;
  /** Elements a class of the page's `<style>` shows with their line breaks (`white-space: pre-line`). */
  preformatted: ReadonlySet<Element>;
  /** Elements fixed to the window (`position: fixed`, inline or by a class of the page's `<style>`): shown over the page wherever they stand in the markup. */
  fixed: ReadonlySet<Element>;
  /** Elements a style draws unreadable (blurred, in no colour), inline or by a class of the page's `<style>` (illegible-style.ts), or in their background's colour (same-colour-text.ts). */
  illegible: ReadonlySet<Element>;
}

/**
 * Each tree's display, on its root: set by our parser, else found by a walk when first asked.
 * A property of the root, not a WeakMap keyed by it: one entry per page parsed made the garbage
 * collector trace every page's tree through the map (a third of the time of a run went to it).
 */
const DISPLAY = Symbol('display');
type WithDisplay = AnyNode & { [DISPLAY]?: PageDisplay };

/** The display of the tree `node` stands in (its root's). */
export function displayOf(node: AnyNode): PageDisplay {
  let root = node;
  while (root.parent) root = root.parent;
  return (root as WithDisplay)[DISPLAY] ?? walkDisplay(root);
}

/** Whether a style hides the element (its own attributes, or a class the page's `<style>` hides). */
export const isHidden = (el: Element): boolean => displayOf(el).hidden.has(el);

/**
 * Notes a tree's hidden elements as its elements are met in document order, exactly as the page
 * is parsed: an element is judged by its own attributes and the classes the `<style>`s before it
 * hide; a sheet after elements it may hide (a `<style>` in the body) has them judged again once
 * the tree is whole.
 */
export class DisplayNotes {
  readonly hidden = new Set<Element>();
  readonly preformatted = new Set<Element>();
  readonly fixed = new Set<Element>();
  readonly illegible = new Set<Element>();
  shadowRoots = false;
  /** Whether an element declares a colour of its text or background (then same-colour-text.ts looks once the tree is whole), the page's sheets that say colours, and whether it links a sheet of its own. */
  private coloured = false;
  private readonly colourSheets: string[] = [];
  private linkedSheet = false;
  /** Inline elements clipped for screen readers: hidden once the tree is whole and their text known, but for date labels. */
  private clipped: Element[] = [];
  /** Classes the page's `<style>`s hide, and those they show preformatted. */
  private readonly hiding = new Set<string>();
  /** Classes the page's `<style>`s clip to nothing (screen-reader-only text). */
  private readonly clipping = new Set<string>();
  private readonly pre = new Set<string>();
  /** Classes the page's `<style>`s fix to the screen. */
  private readonly pinned = new Set<string>();
  /** Classes the page's `<style>`s draw unreadable, and those that clip their background to the text (a gradient the transparent glyphs show). */
  private readonly smeared = new Set<string>();
  private readonly painted = new Set<string>();
  /** Compounds of classes (`.batch.on`) a sheet shows: they outweigh a rule of one class that hides (see showingCompounds). */
  private readonly showing: string[][] = [];
  private elements = 0;
  private rescan = false;

  /** An element opened (a `<style>` is a sheet, not displayed). */
  element(el: Element): void {
    this.elements++;
    const name = el.name;
    if (name === 'style') return;
    // Each attribute read once: the attributes' objects come in many shapes, so every look-up is a slow one.
    const a = el.attribs;
    const style = a.style;
    const cls = a.class;
    if ((style !== undefined && /color/iu.test(style)) || a.color !== undefined || a.bgcolor !== undefined) this.coloured = true;
    if (name === 'link' && a.rel !== undefined && /stylesheet/iu.test(a.rel)) this.linkedSheet = true;
    if (name === 'template' && a.shadowrootmode !== undefined) this.shadowRoots = true;
    // The element's classes, split once, and only where a sheet names classes to look for.
    const classes = cls !== undefined && this.hiding.size + this.clipping.size + this.pre.size + this.pinned.size + this.smeared.size + this.painted.size > 0 ? cls.split(/\s+/u) : null;
    if (a.hidden !== undefined || (style !== undefined && hidingDeclaration(style)) || (inClasses(classes, this.hiding) && !this.shownByCompound(classes!))) {
      this.hidden.add(el);
    } else if (INLINE_TAGS.has(name) && ((cls !== undefined && SCREEN_READER_CLASS_RE.test(cls)) || inClasses(classes, this.clipping) || (style !== undefined && CLIPPING_RE.test(style)))) {
      this.clipped.push(el);
    }
    if (inClasses(classes, this.pre)) this.preformatted.add(el);
    if ((style !== undefined && FIXED_RE.test(style)) || inClasses(classes, this.pinned)) this.fixed.add(el);
    // Transparent glyphs by one source (the style attribute, a class) over a background a class or the attribute clips to them are shown.
    const inline = style !== undefined && mayDrawIllegible(style) && drawsIllegible(style);
    if ((inline && !inClasses(classes, this.painted)) || (inClasses(classes, this.smeared) && !(style !== undefined && paintsTextWithBackground(style)))) this.illegible.add(el);
  }

  private shownByCompound(classes: readonly string[]): boolean {
    return this.showing.some((compound) => compound.every((c) => classes.includes(c)));
  }

  /** A `<style>` closed, with its text. */
  sheet(css: string): void {
    const read = sheetReading(css);
    if (read.colour) {
      this.colourSheets.push(css);
      this.coloured = true;
    }
    const before = this.hiding.size + this.pre.size + this.clipping.size + this.pinned.size + this.smeared.size + this.painted.size + this.showing.length;
    for (const c of read.hiding) this.hiding.add(c);
    if (this.hiding.size > 0) this.showing.push(...read.showing);
    // Hidden by default, shown at a desktop window's width: shown (screen-width.ts).
    for (const c of read.shownAtDesktop) this.hiding.delete(c);
    for (const c of read.clipping) this.clipping.add(c);
    for (const c of read.pre) this.pre.add(c);
    for (const c of read.pinned) this.pinned.add(c);
    for (const c of read.smeared) this.smeared.add(c);
    for (const c of read.painted) this.painted.add(c);
    if (this.hiding.size + this.pre.size + this.clipping.size + this.pinned.size + this.smeared.size + this.painted.size + this.showing.length > before && this.elements > 8) this.rescan = true;
  }

  /** The tree whole: its display, kept with its root. */
  finish(root: AnyNode): PageDisplay {
    if (this.rescan) {
      this.rescan = false;
      // Elements (not scripts, not sheets) judged again with every class the sheets hide.
      forEachElement(root, (el) => el.type === 'tag' && this.element(el));
    }
    for (const el of this.clipped) if (!DATE_LABEL_RE.test(textContent(el))) this.hidden.add(el);
    this.clipped = [];
    if (this.coloured) for (const el of sameColourText(root, this.colourSheets, this.linkedSheet)) this.illegible.add(el);
    const display: PageDisplay = { hidden: this.hidden, shadowRoots: this.shadowRoots, preformatted: this.preformatted, fixed: this.fixed, illegible: this.illegible };
    (root as WithDisplay)[DISPLAY] = display;
    return display;
  }
}

/** What one sheet says of the display, each list in the order its rules give it: a function of its text alone. */
interface SheetReading {
  /** It says colours (or imports a sheet that may): same-colour-text.ts looks once the tree is whole. */
  colour: boolean;
  hiding: string[];
  /** The compounds of classes it shows (showingCompounds), counted where some class is hidden. */
  showing: string[][];
  shownAtDesktop: string[];
  clipping: string[];
  pre: string[];
  pinned: string[];
  smeared: string[];
  painted: string[];
}

function readSheet(css: string): SheetReading {
  const hiding = new Set<string>();
  hidingClasses(css, hiding);
  const showing: string[][] = [];
  showingCompounds(css, showing);
  const clips = /clip/iu.test(css);
  const classes = (test: boolean, declares: { test(declarations: string): boolean }): string[] => {
    if (!test) return [];
    const into = new Set<string>();
    classesWith(css, declares, into);
    return [...into];
  };
  return {
    colour: /color|background|@import/iu.test(css),
    hiding: [...hiding],
    showing,
    shownAtDesktop: shownAtDesktop(css),
    clipping: classes(clips, CLIPPING_RE),
    pre: classes(SHOWS_BREAKS_RE.test(css), SHOWS_BREAKS_RE),
    pinned: classes(FIXED_RE.test(css), FIXED_RE),
    smeared: classes(mayDrawIllegible(css), { test: drawsIllegible }),
    painted: classes(clips, { test: paintsTextWithBackground }),
  };
}

/**
 * The readings of the sheets met last: a site's pages repeat their template's `<style>`, and a
 * dozen searches of its text (40 µs for a sheet of 12,000 characters) are then one look-up.
 */
const readings = new TextMemo<SheetReading>(16);
const sheetReading = (css: string): SheetReading => readings.get(css, readSheet);

/** Whether one of an element's classes (null: none looked for) is in `set`. A function of its own, not a closure made per element opened. */
function inClasses(classes: readonly string[] | null, set: ReadonlySet<string>): boolean {
  if (classes === null || set.size === 0) return false;
  for (const c of classes) if (set.has(c)) return true;
  return false;
}

/** Whether the element or one around it is in `set` (hidden, fixed to the window). */
export function withinAny(el: Element, set: ReadonlySet<Element>): boolean {
  if (set.size === 0) return false;
  for (let node: AnyNode | null = el; node; node = node.parent) if (set.has(node as Element)) return true;
  return false;
}

/** A tree parsed elsewhere: its elements in document order, each `<style>`'s sheet read as it closes, as the parser does. */
function walkDisplay(root: AnyNode): PageDisplay {
  const notes = new DisplayNotes();
  forEachElement(root, (el) => {
    notes.element(el);
    if (el.name === 'style') notes.sheet(el.children.map((c) => (c.type === 'text' ? (c as Text).data : '')).join(''));
  });
  return notes.finish(root);
}

/** Each element under `root` (and `root` itself, if one), in document order; iterative, as a tree may be deep. */
function forEachElement(root: AnyNode, visit: (el: Element) => void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') visit(node as Element);
    const children = (node as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * The classes a style sheet hides in its top-level rules whose selector is the class alone
 * (`.x{display:none}`, `.a, .b { display: none; }`); rules inside an at-rule (`@media print`)
 * hide nothing on screen, and a selector of more parts (`details[open]>summary span`) is not
 * followed. Cheap where the sheet hides nothing: it is looked at only if it says `none`, `0` or a far negative offset.
 */
export function hidingClasses(css: string, into: Set<string>): void {
  if (/none|font-size\s*:\s*0|-\d{4}/iu.test(css)) classesWith(css, HIDING_RE, into);
}

/** A position fixed to the window (a bar at its foot, a floating ad or button): shown over the page, wherever it stands in the markup. */
const FIXED_RE = /(?:^|[;{\s])position\s*:\s*fixed\b/iu;

/** A display other than none: what a rule that shows an element declares. */
const SHOWING_RE = /(?:^|[;{\s])display\s*:\s*(?!none\b)[a-z]/iu;
const COMPOUND_SELECTOR_RE = /^(?:\.-?[_a-zA-Z][\w-]*){2,}$/u;

/**
 * The compounds of classes a sheet's top-level rules show (`.batch.on { display: block }`, the batch
 * of a 换一换 list shown, the others hidden by `.batch { display: none }`): two classes weigh more
 * than one in the cascade, whichever rule comes first, so an element holding all of them is shown.
 */
function showingCompounds(css: string, into: string[][]): void {
  if (!/display/iu.test(css)) return;
  for (const { head, body } of sheetBlocks(css)) {
    if (head.startsWith('@') || !SHOWING_RE.test(body) || HIDING_RE.test(body)) continue;
    for (const s of head.split(',')) {
      const selector = s.trim();
      if (COMPOUND_SELECTOR_RE.test(selector)) into.push(selector.slice(1).split('.'));
    }
  }
}

/** Declarations that show a text's line breaks (`white-space: pre-line`, `pre-wrap`, `pre`). */
const SHOWS_BREAKS_RE = /white-space\s*:\s*(?:pre|break-spaces)/iu;

/** The classes of a sheet's top-level rules of the class alone whose declarations `declares` matches. */
function classesWith(css: string, declares: { test(declarations: string): boolean }, into: Set<string>): void {
  for (const { head, body } of sheetBlocks(css)) {
    if (head.startsWith('@') || !declares.test(body)) continue;
    for (const c of selectorClasses(head)) into.add(c);
  }
}
