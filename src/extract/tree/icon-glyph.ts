import type { Element, Text } from 'domhandler';

/**
 * An element that holds nothing but an emoji or an icon font's glyph (a private-use character):
 * a picture set before a value as its label (❓ before the question, 🏥 before the hospital, the
 * icon of a 听一听 button), no text of it. A short element of one text node only is looked at.
 */
const GLYPHS_RE = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uE000-\uF8FF\uFE0E\uFE0F\u200D\u20E3\s]+$/u;
/** A plain digit, `#` or `*` counts as an emoji too (they may start a keycap): not a glyph by itself. */
const KEYCAP_BASE_RE = /[0-9#*]/u;

/**
 * An icon font's ligature (Material Icons: `schedule`, `mic`, `videocam`) is a lower-case word the
 * font draws as a picture; hidden from screen readers, it is an icon, none of the text.
 */
const LIGATURE_RE = /^\s*[a-z][a-z0-9_]{1,30}\s*$/u;

export function isIconGlyph(el: Element): boolean {
  const only = el.children.length === 1 ? el.children[0]! : null;
  if (!only || only.type !== 'text') return false;
  const data = (only as Text).data;
  if (el.attribs?.['aria-hidden'] === 'true' && LIGATURE_RE.test(data)) return true;
  return data.length <= 12 && GLYPHS_RE.test(data) && !KEYCAP_BASE_RE.test(data) && data.trim() !== '';
}

const PRIVATE_USE_RE = /[\uE000-\uF8FF]/u;
const PRIVATE_USE_RUNS_RE = /[\uE000-\uF8FF]+/gu;

/**
 * An icon font's glyphs set bare beside the words of a meta line (a clock before the date, a
 * microphone before 语音): pictures, read as spaces. A line of nothing but such characters (a
 * font-obfuscated text) is left as it is.
 */
export function withoutIconGlyphs(line: string): string {
  if (!PRIVATE_USE_RE.test(line)) return line;
  const spaced = line.replace(PRIVATE_USE_RUNS_RE, ' ');
  return spaced.trim() === '' ? line : spaced;
}
