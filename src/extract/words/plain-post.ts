import type { AnyNode, Element } from 'domhandler';
import { POINT } from './indent-breaks.js';
import { isQuotedLine } from './quoted-original.js';

/**
 * A BBS article shown on the web as it was typed (批踢踢's, a telnet board's web view): plain text in one element, its
 * lines parted by line breaks alone (the site's sheet shows them, `white-space: pre-wrap`), its paragraphs by blank lines,
 * the writer's signature under a `--` line. Such a text breaks its lines by hand inside a paragraph (after a comma or a
 * full stop, once the line is long enough): a line ending at such a mark runs on into the next, unless a blank line parts
 * them or the next opens a point (`2.`), a quoted line (`: …`), the signature's `--` or a site's `※` line. A line with no
 * mark at its end (a greeting's `原PO您好：`, a signature's name, a heading) stands alone.
 */

/** The signature's delimiter on a line of its own, as plain text posts print it. */
const SIGNATURE_LINE_RE = /\n--[ \t]*\r?\n/u;
/** Whether an element's own text is a plain-text post: a signature's `--` line among its lines. */
export function holdsPlainPost(el: Element): boolean {
  for (const child of el.children as AnyNode[]) if (child.type === 'text' && SIGNATURE_LINE_RE.test((child as unknown as { data: string }).data)) return true;
  return false;
}

/** A mark a line broken by hand inside a paragraph ends at. */
const RUNS_ON_RE = /[，、；。,;]$/u;
const OWN_LINE_RE = new RegExp(`^(?:${POINT}|--\\s*$|※)`, 'u');

/** The lines of a plain-text post's text node, each paragraph's hand-broken lines joined; a blank line is an empty part. */
export function plainPostParts(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  const parts: string[] = [];
  for (const line of lines) {
    const last = parts.length > 0 ? parts[parts.length - 1]! : null;
    const next = line.trim();
    if (last !== null && RUNS_ON_RE.test(last.trim()) && next !== '' && !OWN_LINE_RE.test(next) && !isQuotedLine(next)) parts[parts.length - 1] = last.trimEnd() + next;
    else parts.push(line);
  }
  return parts;
}
