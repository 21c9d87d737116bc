import { HEADER_LINE_RE } from './saved-response.js';
/**
 * A page saved as MHTML (RFC 2557: Chrome's and Edge's "Save as… single file", Internet Explorer's
 * .mht): a MIME message whose parts are the page's HTML and its resources (style sheets, pictures,
 * frames). None of the message is the page but its document: the HTML part the message names as its
 * snapshot (`Snapshot-Content-Location`, or the part its `start` parameter names), else the first
 * text/html part, decoded from its transfer encoding (quoted-printable, base64) and read with the
 * charset its Content-Type names. Its Content-Location is the address the page was saved from, the
 * base of its relative links.
 *
 * Bytes in, bytes out, before any decoding: a part's bytes are in its own charset.
 */
export interface SavedMhtml {
  body: Buffer;
  /** The HTML part's Content-Type (`text/html; charset=gbk`). */
  contentType: string;
  /** The address the page was saved from, where the message says. */
  location: string | null;
}

/** The message's header block: how much of the file is looked at for it. */
const HEAD_BYTES = 16_384;

/** The document inside an MHTML file; null where the bytes are no MIME message of related parts. */
export function unwrapMhtml(bytes: Buffer): SavedMhtml | null {
  // A message opens with a header line; a page opens with `<` or text. Told before any parsing.
  if (bytes.length < 32 || !/^[A-Za-z-]+:/u.test(bytes.toString('latin1', 0, 32))) return null;
  // Read as latin1: each character one byte, so a part's text gives back its bytes unchanged.
  const text = bytes.toString('latin1');
  const head = headersOf(text, 0, HEAD_BYTES);
  if (!head || !/^multipart\/related\b/iu.test(head.headers.get('content-type') ?? '')) return null;
  const type = head.headers.get('content-type')!;
  const boundary = parameter(type, 'boundary');
  if (!boundary) return null;
  const parts = partsOf(text, head.end, boundary);
  const snapshot = head.headers.get('snapshot-content-location') ?? null;
  const start = parameter(type, 'start');
  const html = parts.filter((p) => /^text\/html\b/iu.test(p.headers.get('content-type') ?? ''));
  const main =
    html.find((p) => snapshot !== null && p.headers.get('content-location') === snapshot) ??
    html.find((p) => start !== null && p.headers.get('content-id') === start) ??
    html[0];
  if (!main) return null;
  return {
    body: decodeTransfer(main.content, main.headers.get('content-transfer-encoding') ?? ''),
    contentType: main.headers.get('content-type')!,
    location: main.headers.get('content-location') ?? snapshot,
  };
}

interface Part {
  headers: Map<string, string>;
  content: string;
}

/** A header block from `from` to its blank line, folded lines unfolded, names lower case; null where a line is no header. */
function headersOf(text: string, from: number, limit = text.length): { headers: Map<string, string>; end: number } | null {
  const headers = new Map<string, string>();
  let at = from;
  let last: string | null = null;
  for (;;) {
    const eol = text.indexOf('\n', at);
    if (eol === -1 || eol - from > limit) return null;
    const line = text.slice(at, eol).replace(/\r$/u, '');
    at = eol + 1;
    if (line === '') return { headers, end: at };
    if (/^[ \t]/u.test(line) && last !== null) {
      headers.set(last, `${headers.get(last)!} ${line.trim()}`);
      continue;
    }
    const header = line.match(HEADER_LINE_RE);
    if (!header) return null;
    last = header[1]!.toLowerCase();
    if (!headers.has(last)) headers.set(last, header[2]!.trim());
  }
}

/** The parts between the boundary's delimiter lines, up to the closing one. */
function partsOf(text: string, from: number, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let at = text.indexOf(delimiter, from);
  while (at !== -1) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) break;
    const lineEnd = text.indexOf('\n', after);
    if (lineEnd === -1) break;
    const head = headersOf(text, lineEnd + 1);
    if (!head) break;
    const next = text.indexOf(`\n${delimiter}`, head.end);
    const end = next === -1 ? text.length : next;
    // The line break before the next delimiter belongs to it.
    parts.push({ headers: head.headers, content: text.slice(head.end, end).replace(/\r$/u, '') });
    at = next === -1 ? -1 : next + 1;
  }
  return parts;
}

/** A header's parameter (`boundary="----x"`), unquoted. */
function parameter(value: string, name: string): string | null {
  const m = value.match(new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu'));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** A part's bytes from its transfer encoding (its text is latin1: one character per byte). */
function decodeTransfer(content: string, encoding: string): Buffer {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(content, 'base64');
  if (kind !== 'quoted-printable') return Buffer.from(content, 'latin1');
  // Soft line breaks (`=` at a line's end) join; `=XX` is a byte.
  const joined = content.replace(/=\r?\n/gu, '');
  const out = Buffer.alloc(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    const hex = c === 0x3d ? joined.slice(i + 1, i + 3) : '';
    if (hex.length === 2 && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}
