import type { MendedText } from './mended-text.js';
import { UNREAD_MARK } from './unread-marker.js';

/**
 * A page fetched from a site's detail API rather than its own address: no document, but a JSON
 * object whose string value holds the page's markup (`{"code":0,"data":{"html":"<h1>…<\/h1>…"}}`),
 * bare or wrapped for JSONP (`jQuery123_456({…});`, Express's `/**\/ typeof cb === 'function' &&
 * cb({…});`, `try{cb({…});}catch(e){}`) or behind an anti-hijacking prefix (`)]}'`, `while(1);`,
 * `for(;;);`). What the site's page shows is that markup with the JSON string decoded (`\"`, `\/`,
 * `\n`, `\uXXXX`), so the page is read as that: the callback, the keys and the other values
 * (status, id, counts) are none of it. A body is taken so only when it opens as JSON in one of
 * those wrappers and one of its strings holds markup; a document (which starts with
 * `<`) is passed by at once, and JSON with no markup in it is left to be rejected as data. The
 * markup is read as a document whatever type the response declared (APIs often say `text/plain`).
 */
const HEAD_RE =
  /^\s*(?:\)\]\}'\s*,?\s*|while\s*\(\s*1\s*\)\s*;\s*|for\s*\(\s*;\s*;\s*\)\s*;\s*)?(?:\/\*\*\/\s*)?(?:try\s*\{\s*)?(?:typeof\s+[\w$.]+\s*===?\s*["']function["']\s*&&\s*)?(?:([A-Za-z_$][\w$.]*)\s*\(\s*)?(?=[{[])/u;
/** The wrapper's close after the JSON: the call's `)`, a `;`, a `try`'s `}catch(e){…}`. */
const TAIL_RE = /[}\]]\s*(\))?\s*;?\s*(\}\s*catch\s*\(\s*\w*\s*\)\s*\{[^{}]*\}\s*;?\s*)?$/u;
/** A start tag and an end tag: a string of markup, not a value that merely holds a `<`. */
const START_TAG_RE = /<[a-z][\w-]*\b[^<>]*>/iu;
const END_TAG_RE = /<\/[a-z][\w-]*\s*>/iu;

/** A JSON string literal, closed or broken off at the end of the text. */
const STRING_RE = /"((?:[^"\\\n]|\\.)*)("|\\?$)/gu;

/**
 * The markup a JSON(P) response carries, or the text as it was when it is none. A response broken
 * off before its end (no wrapper's close, or JSON that does not parse: a callback's argument may be
 * a script's object rather than JSON) is read from its longest string of markup, decoded as far as
 * it came, and marked `unread`: its entries are doubted, never published as whole.
 */
export function withJsonResponseRead(text: string): MendedText | string {
  const head = HEAD_RE.exec(text);
  if (!head) return text;
  const tail = TAIL_RE.exec(text.slice(-400));
  // A call's parenthesis is closed where it was opened, and a try's catch follows only a try.
  const closed = tail && Boolean(head[1]) === Boolean(tail[1]) && /try\s*\{/u.test(head[0]) === Boolean(tail[2]);
  const json = closed ? text.slice(head[0].length, text.length - tail[0].length + 1) : text.slice(head[0].length);
  try {
    if (closed) {
      const markup = longestMarkup(JSON.parse(json));
      return markup === null ? text : { html: markup, unread: false, markup: true };
    }
  } catch {
    // read as broken off, below
  }
  // Only a callback's argument or what opens as JSON does (an object's first key): a text copy may open with a bracket.
  if (!head[1] && !/^\[?\s*\{?\s*"/u.test(json)) return text;
  const markup = longestMarkup([...json.matchAll(STRING_RE)].map((m) => decodedString(m[1]!)));
  return markup === null ? text : { html: `${markup}${UNREAD_MARK}`, unread: true, markup: true };
}

/** The longest string of markup among the value's strings, however deep they sit. */
function longestMarkup(value: unknown): string | null {
  let best: string | null = null;
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > (best?.length ?? 0) && START_TAG_RE.test(v) && END_TAG_RE.test(v)) best = v;
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return best;
}

/** A JSON string's characters, as far as they came (an escape broken off at the end left out). */
function decodedString(literal: string): string {
  try {
    return JSON.parse(`"${literal.replace(/\\u[0-9a-f]{0,3}$/iu, '')}"`) as string;
  } catch {
    return '';
  }
}
