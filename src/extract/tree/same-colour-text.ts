import type { AnyNode, Element, Text } from 'domhandler';
import { sheetBlocks } from './style-sheet.js';

/**
 * Text in the colour of what lies behind it: keywords a page stuffs for search engines in white on
 * its white page (`<span style="color:#fff">`, `<font color="#FFFFFF">`, a class its `<style>`
 * whitens), which no reader sees. Its colour is what the element declares (its style, a class or
 * tag of the page's `<style>`, `<font color>`), else its parent's, but a link's: a link keeps the
 * link colour whatever its parent's; its background the nearest declared one around it (`bgcolor`
 * too; a block's, not an inline highlight's), white where none is, the page's own. Light text on a
 * dark declared background is seen.
 *
 * Only where the page's styles are all in hand: a page that links a style sheet (or imports one)
 * may give any element a background this reader cannot see, and a rule of the page's own whose
 * selector is more than a class, a tag or an id (`.tag span`) may colour elements this reader
 * does not match; there nothing is judged, and the text is read.
 */

type Rgb = readonly [number, number, number];
/** A declared value: a colour, none (transparent, inherit: the parent's shows), or one this reader cannot tell (an image, a variable). */
type Paint = Rgb | 'none' | 'unknown';

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** Browsers' unvisited link colour. */
const LINK: Rgb = [0, 0, 238];
const NAMED: Record<string, Rgb> = {
  white: WHITE, black: BLACK, red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255], gray: [128, 128, 128], grey: [128, 128, 128],
  silver: [192, 192, 192], yellow: [255, 255, 0], orange: [255, 165, 0], snow: [255, 250, 250], ivory: [255, 255, 240],
  whitesmoke: [245, 245, 245], ghostwhite: [248, 248, 255], floralwhite: [255, 250, 240], azure: [240, 255, 255], mintcream: [245, 255, 250],
};
/** Colours this close (each channel) look the same: `#fefefe` on `#fff`. */
const SAME = 6;
/** Elements that show something other than text (or on a background of their own: a button's grey): a box holding one is not unseen whole. */
const SHOWN_CONTENT = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'object', 'embed', 'input', 'select', 'textarea', 'button', 'audio', 'picture']);
const NOT_SHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link']);
/**
 * Elements that run on in a line. A background of one is a highlight of its own line boxes, often
 * a badge of a set size that what it holds overflows (a `<span>` left open swallows the paragraph
 * after it): nothing this reader takes as lying behind a text.
 */
const INLINE = new Set('a abbr b bdi bdo big cite code del em font i ins kbd label q s samp small span strike strong sub sup time tt u var'.split(' '));

const COLOR_RE = /(?:^|[;{\s])color\s*:\s*([^;{}]+)/giu;
/** `background`, its colour, or its image (a picture behind the text: what colour lies under it is not known). */
const BACKGROUND_RE = /(?:^|[;{\s])background(?:-color|-image)?\s*:\s*(?!none\b)([^;{}]+)/giu;

/** One colour value (`#fff`, `#ffffffff`, `rgb(255 255 255)`, `rgba(255,255,255,.9)`, `white`). */
function parseColour(value: string): Paint {
  const v = value.trim().toLowerCase().replace(/\s*!important$/u, '');
  if (v === 'transparent') return 'none';
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/u.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length === 8 && full.slice(6) !== 'ff') return full.slice(6) === '00' ? 'none' : 'unknown';
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/u.exec(v);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
    if (alpha === 0) return 'none';
    return alpha < 1 ? 'unknown' : [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  }
  return NAMED[v] ?? 'unknown';
}

/** A `background` / `background-color` value: its colour, none, or unknown (an image, a gradient, a variable). */
function parseBackground(value: string): Paint {
  const v = value.trim().toLowerCase().replace(/\s*!important$/u, '');
  if (/url\(|gradient\(|image-set\(|var\(/u.test(v)) return 'unknown';
  if (/^(?:none|transparent|inherit|initial|unset|revert)$/u.test(v)) return 'none';
  // The shorthand's colour among its other parts (`#fff no-repeat`).
  for (const part of v.match(/rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+/gu) ?? []) {
    const paint = parseColour(part);
    if (paint !== 'unknown' || part.startsWith('#') || part.startsWith('rgb')) return paint;
  }
  return 'unknown';
}

/** A `color` value: a colour, `inherit` (the parent's), or unknown. */
function parseTextColour(value: string): Rgb | 'inherit' | 'unknown' {
  const v = value.trim().toLowerCase().replace(/\s*!important$/u, '');
  if (/^(?:inherit|currentcolor|unset)$/u.test(v)) return 'inherit';
  if (v === 'initial') return BLACK;
  const paint = parseColour(v);
  return paint === 'none' ? 'unknown' : paint;
}

const lastOf = (declarations: string, re: RegExp): string | undefined => {
  let value: string | undefined;
  for (const m of declarations.matchAll(re)) value = m[1];
  return value;
};

interface Rule {
  colour?: string;
  background?: string;
  /** The rule's place in the page's sheets: a later rule of the same weight wins. */
  at: number;
}

/** The page's sheets' colour and background rules by selector kind; null where a rule's selector is one this reader does not match. */
interface Sheets {
  ids: Map<string, Rule>;
  classes: Map<string, Rule>;
  tags: Map<string, Rule>;
}

const SIMPLE_SELECTOR_RE = /^(?:([a-z][a-z0-9]*)?(?:\.(-?[_a-z][\w-]*))?|#(-?[_a-z][\w-]*))$/iu;
/** States a saved page is not in (`a:hover`), or parts that are no element's text (`::selection`). */
const NOT_STATIC_RE = /:(?:hover|active|focus|focus-within|focus-visible|visited)\b|::?(?:selection|placeholder|before|after|marker|-webkit-[\w-]+|-moz-[\w-]+)/iu;

function readSheets(sheets: readonly string[]): Sheets | null {
  const read: Sheets = { ids: new Map(), classes: new Map(), tags: new Map() };
  let at = 0;
  for (const css of sheets) {
    if (/@import/iu.test(css)) return null;
    for (const { head, body } of sheetBlocks(css)) {
      const colour = lastOf(body, COLOR_RE);
      const background = lastOf(body, BACKGROUND_RE);
      if (colour === undefined && background === undefined) continue;
      // A rule under a media query or another at-rule: a width or a medium this reader does not take.
      if (head.startsWith('@')) return null;
      for (const raw of head.split(',')) {
        const selector = raw.trim();
        if (NOT_STATIC_RE.test(selector)) continue;
        const m = SIMPLE_SELECTOR_RE.exec(selector.replace(/:link$/iu, ''));
        if (!m || selector === '') return null;
        const [, tag, cls, id] = m;
        // A tag and a class together: the class's rule, outweighing the tag's, as its specificity does (close enough for a colour).
        const map = id !== undefined ? read.ids : cls !== undefined ? read.classes : read.tags;
        const key = id ?? cls ?? tag!.toLowerCase();
        if (tag !== undefined && cls !== undefined) return null;
        const rule = map.get(key) ?? { at };
        if (colour !== undefined) rule.colour = colour;
        if (background !== undefined) rule.background = background;
        rule.at = at++;
        map.set(key, rule);
      }
    }
  }
  return read;
}

/** What the page's rules declare of a property for an element: its id's, else its classes' (the latest), else its tag's. */
function ruled(el: Element, key: 'colour' | 'background', sheets: Sheets): string | undefined {
  const id = el.attribs.id;
  const byId = id !== undefined ? sheets.ids.get(id)?.[key] : undefined;
  if (byId !== undefined) return byId;
  let best: Rule | undefined;
  if (el.attribs.class !== undefined && sheets.classes.size > 0) {
    for (const c of el.attribs.class.split(/\s+/u)) {
      const rule = sheets.classes.get(c);
      if (rule?.[key] !== undefined && (!best || rule.at > best.at)) best = rule;
    }
  }
  return best?.[key] ?? sheets.tags.get(el.name)?.[key];
}

/** What lies under an element's text: its colour and background (null: not known). */
interface Seen {
  colour: Rgb | null;
  background: Rgb | null;
}

function seenIn(el: Element, parent: Seen, sheets: Sheets): Seen {
  const a = el.attribs;
  const style = a.style ?? '';
  const bgDeclared = lastOf(style, BACKGROUND_RE) ?? ruled(el, 'background', sheets) ?? (a.background !== undefined ? 'url()' : a.bgcolor);
  // `<mark>` has a yellow of its own.
  const bg = bgDeclared !== undefined ? parseBackground(bgDeclared) : el.name === 'mark' ? 'unknown' : 'none';
  const background = bg === 'none' ? parent.background : bg === 'unknown' || INLINE.has(el.name) ? null : bg;
  const colourDeclared = lastOf(style, COLOR_RE) ?? ruled(el, 'colour', sheets) ?? (el.name === 'font' ? a.color : undefined);
  let colour: Rgb | null;
  if (colourDeclared !== undefined) {
    const c = parseTextColour(colourDeclared);
    colour = c === 'inherit' ? parent.colour : c === 'unknown' ? null : c;
  } else colour = el.name === 'a' && a.href !== undefined ? LINK : parent.colour;
  return { colour, background };
}

const same = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]!) <= SAME);

/**
 * The elements under `root` whose text is all in its background's colour (the outermost of them):
 * shown, and nothing anyone reads. `sheets` are the texts of the page's `<style>`s; `linked`, whether
 * it links or imports a sheet (then nothing is judged).
 */
export function sameColourText(root: AnyNode, sheets: readonly string[], linked: boolean): Element[] {
  const rules = linked ? null : readSheets(sheets);
  if (rules === null) return [];
  const found: Element[] = [];
  const page: Seen = { colour: BLACK, background: WHITE };
  // Post-order by an explicit stack: each element's verdict once its children's are known.
  // unseen: every text in it is the colour of its background (and it holds some); blank: it holds no text.
  type Frame = { el: Element | null; node: AnyNode; seen: Seen; index: number; unseen: boolean; blank: boolean; kids: Element[] };
  const stack: Frame[] = [{ el: null, node: root, seen: page, index: 0, unseen: true, blank: true, kids: [] }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = (frame.node as Element).children ?? [];
    if (frame.index < children.length) {
      const child = children[frame.index++]!;
      if (child.type === 'text') {
        if ((child as Text).data.trim() === '') continue;
        frame.blank = false;
        const { colour, background } = frame.seen;
        if (!(colour && background && same(colour, background))) frame.unseen = false;
        continue;
      }
      if (child.type !== 'tag') continue;
      const el = child as Element;
      if (NOT_SHOWN.has(el.name)) continue;
      if (SHOWN_CONTENT.has(el.name)) {
        frame.unseen = false;
        frame.blank = false;
        continue;
      }
      stack.push({ el, node: el, seen: seenIn(el, frame.seen, rules), index: 0, unseen: true, blank: true, kids: [] });
      continue;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    const whole = frame.unseen && !frame.blank;
    if (!parent) {
      found.push(...frame.kids);
      break;
    }
    if (!frame.blank) parent.blank = false;
    if (!frame.unseen) parent.unseen = false;
    // The outermost element unseen whole is the one noted; its unseen descendants go with it.
    if (whole) parent.kids.push(frame.el!);
    else found.push(...frame.kids);
  }
  return found;
}
