import { isUtf8, transcode } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import { commonShare, isPlausible, isUnreadable, PAGE_ENCODINGS, PLAUSIBLE_SHARE, readBlockwise, readUtf8Blocks, type BlockReading } from './byte-readings.js';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniffed' | 'default';

export interface DecodedText {
  text: string;
  /** The encoding actually used, as iconv-lite names it (utf-8, gb18030, …). */
  encoding: string;
  charsetSource: CharsetSource;
  /** Number of U+FFFD characters in the text: bytes that did not decode, unpaired UTF-16 surrogates, or damage already in the page. */
  replacements: number;
  /**
   * The encoding, and what was done where the bytes contradicted the page's declaration:
   * `gb18030 (meta said utf-8)`, `utf-8 (1 block in gb18030)`. What an entry's `encoding` says.
   */
  provenance: string;
  /** No reading of the bytes is plausible text and this one is mojibake (byte-readings.ts): the page cannot be read. */
  unreadable: boolean;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

/**
 * How far a `<meta charset>` is looked for: the whole `<head>`, as a browser re-parses a page whose
 * meta comes after the 1,024 bytes its pre-scan reads (a large inline stylesheet or icon before it),
 * but no further than this into a page that never closes its head. A meta in the body is ignored.
 */
const HEAD_SCAN_BYTES = 1 << 20;
const HEAD_END_RE = /<\/head[\s>]|<body[\s>]/i;

/**
 * Chinese pages label GBK and GB2312 loosely; GB18030 is a superset of both and decodes
 * every page labelled either way, so it is what we read them as (as browsers do).
 */
export function canonicalEncoding(label: string): string | null {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (name === 'utf-8') return name; // most pages' label, known to iconv-lite
  if (['gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'cp936', 'gb18030', 'euc-cn', 'csgb2312', 'x-euc-cn'].includes(name)) {
    return 'gb18030';
  }
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  // iconv-lite knows codecs no web page is in (ucs2, base64, hex, utf-32, utf-7): a label naming
  // one is a mistake in the page, and browsers ignore it too.
  if (/^(?:ucs-?2|utf-?32|utf-?7|base64|hex|binary|cesu-?8)/.test(name)) return null;
  return iconv.encodingExists(name) ? name : null;
}

interface Declaration {
  encoding: string;
  source: 'header' | 'meta';
  /** The label as the page or the header gave it (gb2312, UTF-8). */
  label: string;
}

function charsetFromContentType(contentType: string | undefined): Declaration | null {
  const label = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  const encoding = label ? canonicalEncoding(label) : null;
  return encoding ? { encoding, source: 'header', label: label!.toLowerCase() } : null;
}

/** The first `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` of the head, comments skipped. */
function charsetFromMeta(bytes: Uint8Array): Declaration | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Most heads end in their first few KB: read that much first.
  const first = buffer.toString('latin1', 0, Math.min(bytes.length, 4096));
  const end = first.search(HEAD_END_RE);
  if (end !== -1 || bytes.length <= first.length) return metaDeclaration(end === -1 ? first : first.slice(0, end));
  // A longer head (a large inline style sheet): a declaration in its first KB is its first, whatever
  // follows (the tags before it, comments left out, read the same in the whole head), so the rest
  // is read only where they hold none.
  const early = metaDeclaration(first);
  if (early) return early;
  const scan = buffer.toString('latin1', 0, Math.min(bytes.length, HEAD_SCAN_BYTES));
  const whole = scan.search(HEAD_END_RE);
  return metaDeclaration(whole === -1 ? scan : scan.slice(0, whole));
}

/** The first `<meta>` of the head's text that declares an encoding, comments skipped. */
function metaDeclaration(headText: string): Declaration | null {
  const head = headText.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = meta[0].match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
    const encoding = label ? canonicalEncoding(label) : null;
    // A meta we could read as ASCII is not UTF-16, whatever it says: browsers read UTF-8 then.
    if (encoding) return { encoding: /^utf-?16/.test(encoding) ? 'utf-8' : encoding, source: 'meta', label: label!.toLowerCase() };
  }
  return null;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Bytes to text, choosing the encoding in the order browsers do: BOM, then the charset
 * the transport declared, then a <meta> declaration, then UTF-8; but a declaration the bytes
 * contradict is not followed (byte-readings.ts): GBK bytes under a `<meta>` that says utf-8 are
 * read as GBK, and a UTF-8 page with a block in GBK is read block by block.
 * An undeclared page that is not valid UTF-8 is read as GB18030 or Big5, whichever the bytes
 * support (pages of this genre are one of them when they are not UTF-8).
 */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = bomOf(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding, 'bom');
  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  const first = decodeWith(bytes, declared?.encoding ?? 'utf-8', declared?.source ?? 'default');
  // UTF-8 bytes are UTF-8 (a U+FFFD in them is the page's own damage); another reading must be plausible.
  if (first.encoding === 'utf-8' && (first.replacements === 0 || isUtf8(bytes))) return first;
  if (first.encoding !== 'utf-8' && isPlausible(first.text)) return withUtf8Blocks(bytes, first);
  const found = betterReading(bytes, first);
  // No reading is plausible: its damage is flagged (decoding_damage), or it is mojibake and the page unreadable.
  if (!found) return { ...first, unreadable: isUnreadable(first.text) };
  const other = found.encoding === 'utf-8' ? found : withUtf8Blocks(bytes, found);
  if (!declared || other.encoding === declared.encoding) return other;
  return { ...other, provenance: `${other.provenance} (${declared.source} said ${declared.label})` };
}

/** A GBK or Big5 reading with the page's UTF-8 blocks (an include, a widget) read as UTF-8 (byte-readings.ts). */
function withUtf8Blocks(bytes: Uint8Array, reading: DecodedText): DecodedText {
  if (!PAGE_ENCODINGS.includes(reading.encoding as (typeof PAGE_ENCODINGS)[number])) return reading;
  const blocks = readUtf8Blocks(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), reading.encoding);
  if (!blocks) return reading;
  const text = withoutCutCharacter(wellFormed(blocks.text));
  return { ...reading, text, replacements: countReplacements(text), provenance: withBlocks(reading.encoding, blocks) };
}

/** `utf-8 (2 blocks in gb18030)`: the page's encoding and the blocks read in another. */
const withBlocks = (encoding: string, { blocks, encoding: other }: BlockReading) => `${encoding} (${blocks} block${blocks > 1 ? 's' : ''} in ${other})`;

/**
 * Where the first reading is not plausible: the page's UTF-8 parts kept and its other parts read
 * as GBK or Big5 where that reading is plausible (a UTF-8 page with an include in GBK, so noted,
 * under its own source), or the whole page in the one of UTF-8, GB18030 and Big5 that the bytes
 * support best. Null when none is plausible.
 */
function betterReading(bytes: Uint8Array, first: DecodedText): DecodedText | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const readings: Array<{ reading: DecodedText; share: number }> = [];
  const consider = (reading: DecodedText) => {
    const share = commonShare(reading.text);
    if (share >= PLAUSIBLE_SHARE) readings.push({ reading, share });
  };
  const utf8 = first.encoding === 'utf-8' ? first : decodeWith(bytes, 'utf-8', 'sniffed');
  if (utf8.replacements > 0) {
    const blocks = readBlockwise(buffer);
    if (blocks) {
      const text = withoutCutCharacter(wellFormed(blocks.text));
      consider({ text, encoding: 'utf-8', charsetSource: first.charsetSource, replacements: countReplacements(text), provenance: withBlocks('utf-8', blocks), unreadable: false });
    }
  } else consider(utf8);
  for (const encoding of PAGE_ENCODINGS) if (encoding !== 'utf-8' && encoding !== first.encoding) consider(decodeWith(bytes, encoding, 'sniffed'));
  // The best supported; of equals, the first considered (UTF-8 before GB18030 before Big5).
  return readings.reduce<(typeof readings)[number] | null>((best, r) => (!best || r.share > best.share ? r : best), null)?.reading ?? null;
}

function decodeWith(bytes: Uint8Array, encoding: string, charsetSource: CharsetSource): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8') {
    // Node's decoders, a third faster than iconv-lite's: on valid UTF-8 without a BOM both give
    // the one possible text. Anything else (a U+FFFD from bad bytes or in the page, a BOM) is
    // decoded by iconv-lite as before, so damage is counted as it always was.
    const text = utf8Text(buffer);
    if (text.charCodeAt(0) !== 0xfeff && !text.includes('\uFFFD')) return { text, encoding, charsetSource, replacements: 0, provenance: encoding, unreadable: false };
  }
  if (encoding === 'gb18030') {
    const text = nativeGb18030(buffer);
    if (text !== null) return { text, encoding, charsetSource, replacements: 0, provenance: encoding, unreadable: false };
  }
  const text = withoutCutCharacter(wellFormed(iconv.decode(buffer, encoding, { stripBOM: true })));
  return { text, encoding, charsetSource, replacements: countReplacements(text), provenance: encoding, unreadable: false };
}

/**
 * The bytes read as UTF-8, as `buffer.toString('utf8')` reads them. Valid UTF-8 (most pages) has
 * one reading, which `transcode` (simdutf) gives in a quarter of the time Node's own decoder takes
 * on Chinese text (a 12 KB page: 34 -> 9 us, the validation included); other bytes are left to
 * that decoder, whose U+FFFDs mark them. (A Node built without ICU has no `transcode`.)
 */
function utf8Text(buffer: Buffer): string {
  return transcode !== undefined && isUtf8(buffer) ? transcode(buffer, 'utf8', 'ucs2').toString('ucs2') : buffer.toString('utf8');
}

/**
 * A transfer cut in the middle of a character's bytes leaves its first bytes at the very end,
 * which decode as U+FFFD (one to three of them): the character did not arrive, it is not damage
 * in what did. They are dropped, as the text cut before them is kept.
 */
function withoutCutCharacter(text: string): string {
  return text.endsWith('\uFFFD') ? text.replace(/\uFFFD{1,3}$/u, '') : text;
}

/**
 * GB18030 through Node's ICU decoder, several times faster than iconv-lite's, where the two
 * are sure to agree; null where iconv-lite must decode (as it always did). They agree on every
 * well-formed sequence but 18 two-byte codes, which ICU reads by GB18030-2022 (U+FE10–FE19,
 * U+9FB4–9FBB) and iconv-lite by the 2005 table (private-use characters): a text holding one
 * of those characters, a BOM or a U+FFFD, or bytes ICU refuses, goes to iconv-lite.
 */
let gb18030: TextDecoder | null | undefined;
const GB18030_2022_ONLY_RE = /[\uFE10-\uFE19\u9FB4-\u9FBB\uFEFF\uFFFD]/;
function nativeGb18030(buffer: Buffer): string | null {
  if (gb18030 === undefined) {
    try {
      gb18030 = new TextDecoder('gb18030', { fatal: true });
    } catch {
      gb18030 = null; // a Node built without full ICU
    }
  }
  if (gb18030 === null) return null;
  let text: string;
  try {
    text = gb18030.decode(buffer);
  } catch {
    return null;
  }
  return GB18030_2022_ONLY_RE.test(text) ? null : text;
}

/** ES2024 string methods (Node 20 has them; the project's TypeScript lib is ES2023). */
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * UTF-16 pages can hold unpaired surrogates (a lone D800). Kept, they would reach entries.jsonl
 * as `\ud800`, which DuckDB's read_json refuses, while the Parquet writer silently stores U+FFFD:
 * the two files would disagree. They become U+FFFD here, counted with the other decoding damage.
 */
function wellFormed(text: string): string {
  return (text as Es2024String).isWellFormed() ? text : (text as Es2024String).toWellFormed();
}

/** C0 controls other than whitespace (\t \n \v \f \r), and DEL. */
const CONTROL_CHARS_RE = /[\x00-\x08\x0e-\x1f\x7f]/g;
const CONTROL_BYTES = [...Array(0x20).keys()].filter((b) => b < 0x09 || b > 0x0d).concat(0x7f);

/**
 * A page's text without stray NUL, ESC and the like: they mean nothing, and inside a doctor card
 * or a question they would keep the genre rules from reading it (tidy() drops them from published text too).
 * Given the page's bytes, the text is not searched where they hold no such byte and it was read in
 * UTF-8, GB18030 or Big5 (block by block too): those decoders make a control character of its own
 * byte only, never of a sequence, and Buffer.indexOf finds a byte several times faster than a
 * regular expression scans a text of Chinese characters.
 */
export function dropControlChars(text: string, from?: { bytes: Uint8Array; decoded: DecodedText }): string {
  if (from && (PAGE_ENCODINGS as readonly string[]).includes(from.decoded.encoding) && !holdsControlBytes(from.bytes)) return text;
  return text.replace(CONTROL_CHARS_RE, '');
}

function holdsControlBytes(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return CONTROL_BYTES.some((b) => buffer.indexOf(b) !== -1);
}
