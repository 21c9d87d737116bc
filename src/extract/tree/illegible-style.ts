/**
 * Text a style draws so that no one can read it: blurred (`filter: blur(4px)`, a paid answer's rest
 * under its 解锁 overlay), or in no colour (`color: transparent`, or a transparent
 * `-webkit-text-fill-color`, which paints the glyphs whatever `color` says) with at most a blurred
 * shadow for glyphs. Unlike hidden text, which a script may unfold (a full answer folded behind 展开全文), it is
 * shown, and shows nothing to read: none of the page's text. Legible look-alikes stay text: a
 * slight blur (a pixel), a backdrop's blur (what lies behind a box), transparent glyphs painted by
 * their background (`background-clip: text`) or by a sharp shadow.
 */

/** A blur of the element itself (`filter`, `-webkit-filter`; not `backdrop-filter`), its radius and unit. */
const BLUR_RE = /(?:^|[;{\s])(?:-webkit-)?filter\s*:[^;{}]*?\bblur\(\s*(\d*\.?\d+)\s*(px|em|rem)?\s*\)/iu;
/** A colour that paints nothing: `transparent`, or an rgba/hsla whose alpha is 0. */
const NO_COLOUR_RE = /^(?:transparent\b|(?:rgba|hsla)\([^)]*[,/]\s*0(?:\.0+)?\s*\))/iu;
/** `color`, and the text fill WebKit and Blink (and Firefox) paint glyphs with in its place where it is set. */
const COLOR_RE = /(?:^|[;{\s])color\s*:\s*([^;{}]+)/giu;
const FILL_RE = /(?:^|[;{\s])-webkit-text-fill-color\s*:\s*([^;{}]+)/giu;
const PAINTED_BY_BACKGROUND_RE = /background-clip\s*:\s*text/iu;
/** Whether declarations clip their background to the text: transparent glyphs there show the background (a gradient), wherever their transparency was set. */
export const paintsTextWithBackground = (declarations: string): boolean => PAINTED_BY_BACKGROUND_RE.test(declarations);
const SHADOW_RE = /(?:^|[;{\s])text-shadow\s*:\s*([^;{}]+)/iu;
/** A colour inside a shadow, taken out to read its lengths (`0 0 8px rgba(0,0,0,.5)`). */
const COLOUR_RE = /(?:rgba?|hsla?)\([^)]*\)|#[0-9a-f]{3,8}\b|\b[a-z]+\b/giu;

/** A radius in pixels (an em taken as 16 of them), from a number and its unit. */
const pixels = (value: string, unit: string | undefined) => Number(value) * (unit && /r?em/iu.test(unit) ? 16 : 1);

/** A blur of two pixels or more reads as a smear. */
const SMEAR_PX = 2;

/** Whether declarations (an inline style, a rule's body) draw their text unreadable. */
export function drawsIllegible(declarations: string): boolean {
  const blur = BLUR_RE.exec(declarations);
  if (blur && pixels(blur[1]!, blur[2]) >= SMEAR_PX) return true;
  if (!paintsNoGlyphs(declarations) || PAINTED_BY_BACKGROUND_RE.test(declarations)) return false;
  const shadow = SHADOW_RE.exec(declarations)?.[1];
  if (shadow === undefined || /^\s*none\b/iu.test(shadow)) return true;
  // Each shadow's lengths: x, y, then its blur radius (0 where not given): one sharp shadow draws the glyphs legibly.
  return shadow.split(/,(?![^(]*\))/u).every((one) => {
    const lengths = one.replace(COLOUR_RE, ' ').trim().split(/\s+/u);
    const radius = /^(\d*\.?\d+)(px|em|rem)?$/iu.exec(lengths[2] ?? '0');
    return radius !== null && pixels(radius[1]!, radius[2]) >= SMEAR_PX;
  });
}

/** The last value declared of a property, or undefined. */
function lastValue(declarations: string, re: RegExp): string | undefined {
  let value: string | undefined;
  for (const m of declarations.matchAll(re)) value = m[1]!.trim();
  return value;
}

/** Whether the glyphs' paint is no colour: the text fill's where one is set (not `currentColor`), else `color`'s. */
function paintsNoGlyphs(declarations: string): boolean {
  const fill = lastValue(declarations, FILL_RE);
  const paint = fill !== undefined && !/^currentcolor\b/iu.test(fill) ? fill : lastValue(declarations, COLOR_RE);
  return paint !== undefined && NO_COLOUR_RE.test(paint);
}

/** A cheap test before drawsIllegible: most styles say neither word. */
export const mayDrawIllegible = (declarations: string): boolean => declarations.includes('blur') || /transparent|rgba|hsla/iu.test(declarations);
