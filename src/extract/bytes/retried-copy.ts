/**
 * A response that holds its page twice: a transfer retried from the start and appended to what
 * had already come (the first copy whole, or broken off anywhere, inside a text, a tag or an
 * attribute). A browser shows both, one after the other; the page is the last copy, the one the
 * retry sent whole. Told by a second document start (`<!DOCTYPE html>`, `<html>`) after the first
 * copy's `<body>`, outside any comment, opening a document with the same `<title>`: a document
 * injected by a network or an ad (a carrier's notice, a slogan) has a title of its own and is left
 * to the reader.
 */
export function withoutRetriedCopy(html: string): string {
  const starts = documentStarts(html);
  if (starts.length < 2) return html;
  const last = starts[starts.length - 1]!;
  const before = html.slice(0, last);
  if (!/<body[\s>]/iu.test(before) || inComment(before)) return html;
  const title = titleOf(before);
  return title !== null && title === titleOf(html.slice(last)) ? html.slice(last) : html;
}

const START_RE = /<!doctype\s+html|<html[\s>]/giu;

/** Where documents start: a doctype, or an `<html>` tag not just after one. */
function documentStarts(html: string): number[] {
  const starts: number[] = [];
  let doctypeEnd = -1;
  for (const m of html.matchAll(START_RE)) {
    const at = m.index!;
    if (m[0][1] === '!') {
      starts.push(at);
      doctypeEnd = html.indexOf('>', at) + 1;
    } else if (doctypeEnd <= 0 || html.slice(doctypeEnd, at).trim() !== '') starts.push(at);
  }
  return starts;
}

/** Whether the text ends inside a comment left open. */
function inComment(text: string): boolean {
  const open = text.lastIndexOf('<!--');
  return open !== -1 && text.indexOf('-->', open + 4) === -1;
}

/** The document's first `<title>`, its spaces collapsed. */
function titleOf(html: string): string | null {
  const m = /<title[^>]*>([^<]*)<\/title>/iu.exec(html);
  const title = m?.[1]!.replace(/\s+/gu, ' ').trim();
  return title ? title : null;
}
