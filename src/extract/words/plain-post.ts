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

/** A mark a line broken by hand inside a paragraph ends at; a pause among them (`，`, `、`, `；`) shows the text is so broken. */
const RUNS_ON_RE = /[，、；。,;]$/u;
const PAUSE_END_RE = /[，、；,;]$/u;
const OWN_LINE_RE = new RegExp(`^(?:${POINT}|--\\s*$|※)`, 'u');
const standsAlone = (line: string) => line === '' || OWN_LINE_RE.test(line) || isQuotedLine(line);
/**
 * A line of a post's prose (a pause inside it) that stops mid-phrase (`…要及时就诊查明` over `原因。`): the poster or a form wrapped
 * it at a width, wherever the line was full. Told only inside a post's own text (text-floors.ts): elsewhere such a line is a
 * header's field or a stamp as often. A sign-off (`——王芳，…主治医师`) ends where it ends.
 */
const MID_PHRASE_PROSE_RE = /^(?![—－-])(?=.*[，、；,;]).{11,}[\p{Script=Han}A-Za-z0-9]$/u;
export const stopsMidPhrase = (line: string): boolean => MID_PHRASE_PROSE_RE.test(line.trim());
/**
 * A post's lines with each run of lines stopping mid-phrase run on into the line after it (unless that one opens a point): its
 * paragraphs. Only a run wrapped at one width (its lines but the last of a length, give or take one) whose last line closes the
 * paragraph with a mark: a writer who types one sentence a line and leaves its end unpunctuated (`…可以先在家观察` over
 * `超过38.5度可以吃退烧药，…`) writes lines of any length, and ends the last one as unpunctuated; each line is a paragraph.
 */
export function joinedMidPhrase(lines: readonly string[]): string[] {
  const out: string[] = [];
  const trimmed = lines.map((l) => l.trim());
  for (let i = 0; i < trimmed.length; ) {
    let j = i;
    let run = trimmed[i]!;
    while (j + 1 < trimmed.length && stopsMidPhrase(run) && !standsAlone(trimmed[j + 1]!)) run += trimmed[++j]!;
    if (j > i && wrappedAtWidth(trimmed.slice(i, j + 1))) out.push(run);
    else out.push(...trimmed.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}
/** A paragraph's lines as a width wraps them: all but the last of one length (give or take one), the last closing with a mark. */
function wrappedAtWidth(run: readonly string[]): boolean {
  const widths = run.slice(0, -1).map((l) => [...l].length);
  return Math.max(...widths) - Math.min(...widths) <= 1 && /\p{P}$/u.test(run.at(-1)!);
}

/**
 * The lines of a plain-text post's text node, each paragraph's hand-broken lines joined; a blank line is an empty part.
 * Lines are joined only in a paragraph one of whose lines stops at a pause: lines that each end a sentence may be its
 * paragraphs, one a line (a plain-text mail's).
 */
export function plainPostParts(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  const parts: string[] = [];
  for (let k = 0; k < lines.length; ) {
    // The run of lines up to the next blank line or line of its own.
    let end = k + 1;
    while (end < lines.length && !standsAlone(lines[end]!.trim())) end++;
    const run = lines.slice(k, end);
    const broken = run.slice(0, -1).some((l) => PAUSE_END_RE.test(l.trim()));
    for (const [i, line] of run.entries()) {
      const last = i > 0 ? parts[parts.length - 1]! : null;
      if (broken && last !== null && RUNS_ON_RE.test(last.trim())) parts[parts.length - 1] = last.trimEnd() + line.trim();
      else parts.push(line);
    }
    k = end;
  }
  return parts;
}
