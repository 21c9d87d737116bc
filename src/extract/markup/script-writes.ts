/**
 * An old page may print some of its parts from inline scripts: `<script>document.write('…')</script>`
 * (a date, a grade tag, a format word). A browser inserts what the script writes into the markup
 * right where the script stands, and shows no `<noscript>` beside it. The reader runs no code: a
 * script that does nothing but write literal strings (quoted, joined with `+`, in JavaScript's
 * escapes) is replaced by what it writes; one that only writes a number (a view counter from
 * `Math.random()`) writes none of the page's text and is dropped, and one that writes a `<script>` (an
 * analytics counter's loader) shows nothing and is left; any other script that writes (a loop over an
 * array, a variable) is left, with the unread mark (unread-marker.ts) in its place, so the entry that
 * misses what it writes is doubted, never published as whole.
 */
import { UNREAD_MARK } from './unread-marker.js';

/** A comment, or an inline script (its attributes and body): the tokens a browser reads a script by. */
const SCRIPT_OR_COMMENT_RE = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const WRITE_RE = /\bdocument\s*\.\s*write(?:ln)?\s*\(/u;
/** A `<script` tag in a string, plain, escaped or percent-encoded: what a loader writes. */
const LOADER_RE = /(?:<|\\x3c|\\u003c|%3C)\/?script\b/iu;
const NOSCRIPT_RE = /<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/giu;
/** Types a browser runs as a classic script (none given is JavaScript). */
const JS_TYPE_RE = /^(?:|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript|text\/jscript)$/iu;

/** The `type` a script's attributes give ('' for none). */
const typeOf = (attrs: string) => /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu.exec(attrs)?.slice(1).find((v) => v !== undefined) ?? '';

/** The page's markup with what its literal `document.write` scripts write put in their place; `unread` where a script writes something not worked out. */
export function withScriptsWritten(html: string): { html: string; unread: boolean } {
  if (!WRITE_RE.test(html)) return { html, unread: false };
  let unread = false;
  let writes = false;
  const out = html.replace(SCRIPT_OR_COMMENT_RE, (whole, attrs: string | undefined, body: string | undefined) => {
    if (attrs === undefined || body === undefined || !WRITE_RE.test(body)) return whole;
    if (/(?:^|\s)src\s*=/iu.test(attrs) || !JS_TYPE_RE.test(typeOf(attrs).trim())) return whole;
    writes = true;
    const written = literalWrites(body);
    if (written !== null) return written;
    // A write that loads a script (an analytics counter's loader, `document.write(unescape("%3Cscript src='" + host …`) shows nothing.
    if (LOADER_RE.test(body)) return whole;
    unread = true;
    return `${whole}${UNREAD_MARK}`;
  });
  // A browser that runs the page's scripts shows none of its <noscript>s.
  return { html: writes ? out.replace(NOSCRIPT_RE, '') : out, unread };
}

type Token = { kind: 'string' | 'number' | 'name' | 'punct'; text: string };

/** The script's tokens (strings as their values), or null where it holds anything this small reading does not know (a regular expression, a template with a substitution). */
function tokens(src: string): Token[] | null {
  const out: Token[] = [];
  let at = 0;
  while (at < src.length) {
    const rest = src.slice(at);
    const space = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/u.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const quote = rest[0]!;
    if (quote === "'" || quote === '"' || quote === '`') {
      const lit = stringLiteral(src, at);
      if (!lit) return null;
      out.push({ kind: 'string', text: lit.value });
      at = lit.end;
      continue;
    }
    const m = /^(?:(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|([.(),;+\-*/%]))/u.exec(rest);
    if (!m) return null;
    out.push({ kind: m[1] ? 'number' : m[2] ? 'name' : 'punct', text: m[0] });
    at += m[0].length;
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** A JavaScript string literal at `start`: its value and where it ends; null if unclosed or a template with a substitution. */
function stringLiteral(src: string, start: number): { value: string; end: number } | null {
  const quote = src[start]!;
  let value = '';
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === quote) return { value, end: i + 1 };
    if ((ch === '\n' && quote !== '`') || (quote === '`' && ch === '$' && src[i + 1] === '{')) return null;
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = src[++i];
    if (next === undefined) return null;
    const hex = next === 'u' ? /^u(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/u.exec(src.slice(i)) : next === 'x' ? /^x([0-9a-fA-F]{2})/u.exec(src.slice(i)) : null;
    if (hex) {
      value += String.fromCodePoint(parseInt(hex[1] ?? hex[2]!, 16));
      i += hex[0].length - 1;
    } else if (next === 'u' || next === 'x') return null;
    else if (next === '\r' || next === '\n') {
      if (next === '\r' && src[i + 1] === '\n') i++;
    } else value += ESCAPES[next] ?? next;
  }
  return null;
}

/** What a script body of only `document.write(…)` calls of literal strings writes; '' for calls that write a number only; null for anything else. */
export function literalWrites(body: string): string | null {
  const toks = tokens(body.trim().replace(/^<!--/u, '').replace(/(?:\/\/)?\s*-->$/u, ''));
  if (!toks) return null;
  let written = '';
  let i = 0;
  const is = (k: number, text: string) => toks[k]?.kind !== 'string' && toks[k]?.text === text;
  while (i < toks.length) {
    if (is(i, ';')) {
      i++;
      continue;
    }
    if (!(is(i, 'document') && is(i + 1, '.') && (is(i + 2, 'write') || is(i + 2, 'writeln')) && is(i + 3, '('))) return null;
    const line = is(i + 2, 'writeln');
    // The call's arguments, to its closing parenthesis.
    let depth = 0;
    let end = i + 4;
    for (; end < toks.length; end++) {
      if (is(end, '(')) depth++;
      else if (is(end, ')') && depth-- === 0) break;
    }
    if (end >= toks.length) return null;
    const args = toks.slice(i + 4, end);
    const text = concatenation(args) ?? (arithmetic(args) ? '' : null);
    if (text === null) return null;
    written += text + (line ? '\n' : '');
    i = end + 1;
  }
  return written;
}

/** Arguments of string literals joined by `+` (and the call's commas): their text. */
function concatenation(args: readonly Token[]): string | null {
  let text = '';
  for (let k = 0; k < args.length; k++) {
    const t = args[k]!;
    if (k % 2 === 0 ? t.kind !== 'string' : t.kind !== 'punct' || (t.text !== '+' && t.text !== ',')) return null;
    if (t.kind === 'string') text += t.text;
  }
  return args.length % 2 === 1 ? text : null;
}

/** Arguments of numbers and `Math` calls in arithmetic only: a number (a counter), none of the page's text. */
function arithmetic(args: readonly Token[]): boolean {
  return args.length > 0 && args.every((t, k) => t.kind === 'number' || (t.kind === 'punct' && t.text !== ';') || (t.kind === 'name' && (t.text === 'Math' || (args[k - 1]?.text === '.' && args[k - 2]?.text === 'Math'))));
}
