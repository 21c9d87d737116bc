import type { Element } from 'domhandler';

/**
 * Text a style hides, and characters that display nothing. A site guarding its text against
 * copying sprinkles decoy characters through it in elements a style hides — an inline
 * `display:none`, a class its `<style>` hides, the `hidden` attribute, a 0px font — and
 * zero-width characters and soft hyphens between the characters: none of it is displayed, so
 * none of it is text. (Which hidden elements the reader passes over is html-lines.ts's call:
 * a hidden block, such as a full answer folded behind 展开全文, is still read.)
 */

/** Zero-width space, non-joiner and joiner, word joiner, zero-width no-break space, soft hyphen. */
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;
const INVISIBLE_ALL_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** Text without the characters that display nothing. */
export const withoutInvisible = (text: string): string => (INVISIBLE_RE.test(text) ? text.replace(INVISIBLE_ALL_RE, '') : text);

const HIDING_STYLE_RE = /(?:^|;|\s)(?:display\s*:\s*none|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$))/iu;

/** Elements a style hides, noted as the page is parsed. */
const hidden = new WeakSet<Element>();

/** Whether a style hides the element (its own attributes, or a class the page's `<style>` hides). */
export const isHidden = (el: Element): boolean => hidden.has(el);

/** Notes the element as hidden where its attributes say so, given the classes the page's styles hide so far. */
export function noteIfHidden(el: Element, hidingClasses: ReadonlySet<string>): void {
  const a = el.attribs;
  if (a.hidden !== undefined || (a.style !== undefined && HIDING_STYLE_RE.test(a.style)) || (hidingClasses.size > 0 && a.class !== undefined && a.class.split(/\s+/u).some((c) => hidingClasses.has(c)))) {
    hidden.add(el);
  }
}

/** A rule's declarations hide what it selects. */
const HIDING_RULE_RE = /display\s*:\s*none|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)/iu;
const CLASS_SELECTOR_RE = /^\.(-?[_a-zA-Z][\w-]*)$/u;

/**
 * The classes a style sheet hides in its top-level rules whose selector is the class alone
 * (`.x{display:none}`, `.a, .b { display: none; }`); rules inside an at-rule (`@media print`)
 * hide nothing on screen, and a selector of more parts (`details[open]>summary span`) is not
 * followed. Cheap where the sheet hides nothing: it is looked at only if it says `none` or `0`.
 */
export function hidingClasses(css: string, into: Set<string>): void {
  if (!/none|font-size\s*:\s*0/iu.test(css)) return;
  const sheet = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  let depth = 0;
  let start = 0;
  let selectors = '';
  let atRule = false;
  for (let i = 0; i < sheet.length; i++) {
    const c = sheet[i];
    if (c === '{') {
      if (depth === 0) {
        selectors = sheet.slice(start, i).trim();
        atRule = selectors.startsWith('@');
        start = i + 1;
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (!atRule && HIDING_RULE_RE.test(sheet.slice(start, i))) {
          for (const s of selectors.split(',')) {
            const m = CLASS_SELECTOR_RE.exec(s.trim());
            if (m) into.add(m[1]!);
          }
        }
        start = i + 1;
      }
      if (depth < 0) depth = 0;
    } else if (c === ';' && depth === 0) {
      start = i + 1; // `@import …;` and the like
    }
  }
}
