/**
 * A page saved with its HTTP response around it (`curl -i`, `curl -iL` through a redirect, a proxy's
 * dump): the status line and headers before the document, one block per response, and the body
 * perhaps still in chunked transfer coding (each chunk's size in hex on a line before it, a `0`
 * after the last). None of it is the page's: the document is the last response's body, its chunks
 * joined, read with the charset its Content-Type header names where the page record has none.
 *
 * Bytes in, bytes out, before any decoding: a chunk's size counts bytes, not characters.
 */
export interface SavedResponse {
  body: Buffer;
  /** The last response's Content-Type header, if it has one. */
  contentType: string | null;
  /**
   * A chunked body whose sizes do not fit its bytes (the file re-encoded or edited after it was
   * saved): left as it is, its size lines to be told by their form alone (withSizeLinesMarked).
   */
  brokenFraming: boolean;
}

/** `HTTP/1.1 200 OK`, `HTTP/2 301`: a response's status line. */
const STATUS_LINE_RE = /^HTTP\/\d(?:\.\d)? \d{3}(?: [^\r\n]*)?\r?\n/u;
/** A `Name: value` header line, as HTTP responses and MIME messages (MHTML) write them. */
export const HEADER_LINE_RE = /^([A-Za-z0-9-]+)[ \t]*:[ \t]*(.*)$/u;
/** A chunk's size line: hex digits, perhaps an extension (`1a3;name=value`). */
const CHUNK_SIZE_RE = /^([0-9A-Fa-f]{1,8})(?:[ \t]*;[^\r\n]*)?[ \t]*$/u;

/** The document inside a saved response; null where the bytes do not open with a status line. */
export function unwrapSavedResponse(bytes: Buffer): SavedResponse | null {
  // A byte order mark before it: the file re-saved by an editor.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length < bom + 12 || bytes.toString('latin1', bom, bom + 5) !== 'HTTP/') return null;
  let rest = bytes.subarray(bom);
  let headers: Map<string, string> | null = null;
  // One block per response: a redirect's, then the page's.
  while (rest.length >= 5 && rest.toString('latin1', 0, 5) === 'HTTP/') {
    const head = headOf(rest);
    if (!head) return null;
    headers = head.headers;
    rest = rest.subarray(head.length);
  }
  if (!headers) return null;
  const chunked = /\bchunked\b/iu.test(headers.get('transfer-encoding') ?? '');
  const joined = chunked ? dechunked(rest) : null;
  return { body: joined ?? rest, contentType: headers.get('content-type') ?? null, brokenFraming: chunked && joined === null };
}

/** A response's head: its status line and headers up to the blank line, and how many bytes they take. */
function headOf(bytes: Buffer): { headers: Map<string, string>; length: number } | null {
  // Headers are ASCII: read as latin1, each character one byte, so offsets stay byte offsets.
  const text = bytes.toString('latin1', 0, Math.min(bytes.length, 16_384));
  const status = text.match(STATUS_LINE_RE);
  if (!status) return null;
  const headers = new Map<string, string>();
  let at = status[0].length;
  for (;;) {
    const end = text.indexOf('\n', at);
    if (end === -1) return null;
    const line = text.slice(at, end).replace(/\r$/u, '');
    at = end + 1;
    if (line === '') return { headers, length: at };
    const header = line.match(HEADER_LINE_RE);
    if (!header) return null;
    headers.set(header[1]!.toLowerCase(), header[2]!.trim());
  }
}

/** A body in chunked transfer coding, its chunks joined; null where it does not frame as chunks throughout (then it is left as it is). */
function dechunked(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const end = body.indexOf(0x0a, at);
    if (end === -1) return null;
    const size = body.toString('latin1', at, end).replace(/\r$/u, '').match(CHUNK_SIZE_RE);
    if (!size) return null;
    const length = parseInt(size[1]!, 16);
    if (length === 0) return Buffer.concat(parts);
    const start = end + 1;
    if (start + length > body.length) return null;
    parts.push(body.subarray(start, start + length));
    at = start + length;
    // Each chunk's data ends with a line break.
    if (body[at] === 0x0d) at++;
    if (body[at] !== 0x0a) return null;
    at++;
  }
  // A download cut before the last chunk: the chunks it holds.
  return parts.length > 0 ? Buffer.concat(parts) : null;
}

const SIZE_LINE_RE = /^[0-9A-Fa-f]{1,8}(?:[ \t]*;[^\r\n]*)?[ \t]*\r?$/gmu;

/**
 * The text of a body whose chunk sizes do not fit it, each line that has a chunk size's form (hex
 * digits alone) put as `mark`: most are sizes, but a line of the page's own could have that form
 * too, so whatever holds a mark is doubted, never published as if read whole (unread-marker.ts).
 */
export function withSizeLinesMarked(text: string, mark: string): string {
  return text.replace(SIZE_LINE_RE, mark);
}
