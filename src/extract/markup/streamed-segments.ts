/**
 * A page React rendered by streaming (a Next.js app router's, a `renderToPipeableStream` server's)
 * and saved as it arrived: a part that was not ready stands as a placeholder — `<!--$?-->`, an empty
 * `<template id="B:0">`, a loading fallback (加载中…, a skeleton), `<!--/$-->` — and its content comes
 * at the end of the body in a `<div hidden id="S:0">`, with an inline script calling
 * `$RC("B:0","S:0")`, which a browser runs as the page loads: the fallback goes and the content
 * shows in its place. (`$RS("S:1","P:1")` moves a segment into a `<template id="P:1">` the same way;
 * `$RR` is `$RC` with style sheets to wait for.) The reader runs no code: it recognises those calls,
 * written literally, and does what they do to the markup before the page is parsed. A call whose
 * placeholder or segment is not found leaves the markup as it is.
 */
import { UNREAD_MARK } from './unread-marker.js';

/** An inline script's body. */
const SCRIPT_RE = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/giu;
/** A call of React's streaming functions with two literal ids (a third argument, an error's digest, means no content is moved). */
const CALL_RE = /\$R([CSR])\(\s*(["'])([^"'\\]{1,40})\2\s*,\s*(["'])([^"'\\]{1,40})\4\s*(?:\)|,\s*(?:\[|null|undefined))/gu;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The start tag with this id: where it starts and ends, and its name. */
function startTagWithId(html: string, id: string): { from: number; to: number; name: string } | null {
  const m = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*?\\sid\\s*=\\s*(["']?)${escapeRe(id)}\\2(?=[\\s/>])[^>]*>`, 'iu').exec(html);
  return m ? { from: m.index, to: m.index + m[0].length, name: m[1]!.toLowerCase() } : null;
}

/**
 * Where the element whose start tag ends at `from` ends (after its end tag), counting elements of
 * its name nested in it (not tags in a comment, or in a script's or a sheet's text); -1 if it does not.
 */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<!--[\\s\\S]*?-->|<script\\b[\\s\\S]*?</script\\s*>|<style\\b[\\s\\S]*?</style\\s*>|<(/?)${name}\\b[^>]*>`, 'giu');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1] === undefined) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** The segment `S:n`'s content, and the markup without the segment. */
function takeSegment(html: string, id: string): { content: string; html: string } | null {
  const tag = startTagWithId(html, id);
  if (!tag) return null;
  const end = elementEnd(html, tag.name, tag.to);
  if (end < 0) return null;
  const content = html.slice(tag.to, html.lastIndexOf('</', end - 1));
  return { content, html: html.slice(0, tag.from) + html.slice(end) };
}

/** `$RC`: the boundary's `<!--$?-->` through its matching `<!--/$-->` (the template, the fallback) becomes the content. */
function completeBoundary(html: string, boundary: string, content: string): string | null {
  const tag = startTagWithId(html, boundary);
  if (!tag) return null;
  const open = html.lastIndexOf('<!--$?-->', tag.from);
  if (open < 0 || html.slice(open + '<!--$?-->'.length, tag.from).trim() !== '') return null;
  const marks = /<!--(\/?)\$[?!]?-->/gu;
  marks.lastIndex = tag.to;
  let depth = 0;
  for (let m = marks.exec(html); m; m = marks.exec(html)) {
    if (!m[1]) depth++;
    else if (depth > 0) depth--;
    else return `${html.slice(0, open)}<!--$-->${content}${html.slice(m.index)}`;
  }
  return null;
}

/** `$RS`: the placeholder element (an empty `<template id="P:n">`) becomes the content. */
function completeSegment(html: string, placeholder: string, content: string): string | null {
  const tag = startTagWithId(html, placeholder);
  if (!tag) return null;
  const end = elementEnd(html, tag.name, tag.to);
  return end < 0 ? null : html.slice(0, tag.from) + content + html.slice(end);
}

/** A boundary still waiting for its content: `<!--$?-->` before its template. */
const PENDING_RE = /<!--\$\?-->(\s*<template\b)/gu;

/**
 * The markup as a browser shows it once the page's literal React streaming calls have run; `unread`
 * where a part is still waiting (no call of this kind moved its content in, or none came): the
 * unread mark stands in its place, so that the entry missing it is doubted (unread-marker.ts).
 */
export function withStreamedSegments(html: string): { html: string; unread: boolean } {
  if (!html.includes('<!--$?-->') && !html.includes('$RS(')) return { html, unread: false };
  const out = moveSegments(html);
  const marked = out.replace(PENDING_RE, `<!--$?-->${UNREAD_MARK}$1`);
  return { html: marked, unread: marked !== out };
}

function moveSegments(html: string): string {
  const calls: { fn: string; a: string; b: string }[] = [];
  for (const script of html.matchAll(SCRIPT_RE)) for (const call of script[1]!.matchAll(CALL_RE)) calls.push({ fn: call[1]!, a: call[3]!, b: call[5]! });
  let out = html;
  for (const { fn, a, b } of calls) {
    const [boundary, segment] = fn === 'S' ? [b, a] : [a, b];
    const taken = takeSegment(out, segment);
    if (!taken) continue;
    const done = fn === 'S' ? completeSegment(taken.html, boundary, taken.content) : completeBoundary(taken.html, boundary, taken.content);
    if (done !== null) out = done;
  }
  return out;
}
