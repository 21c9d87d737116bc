import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Whether a reading of a page's bytes is the text its writer wrote. A declaration can lie (a GBK
 * site given a UTF-8 template's `<meta>`, files re-encoded and the meta forgotten, two metas that
 * contradict each other); the bytes cannot. Bytes read in the wrong one of UTF-8, GBK and Big5
 * give U+FFFD, or Han characters that Chinese text next to never uses: GBK read as Big5 or
 * UTF-8 read as GBK gives at most 0.6 of its Han among the common ones, a right reading 0.97 and
 * more (measured over every generated family). So a reading is believed when 0.7 of its Han,
 * counting every U+FFFD and every letter of another script (Latin, kana, …: what a Chinese page
 * read as Latin-1 is made of) against it, are common characters.
 */

/** The readings the bytes of pages of the genre support: a declaration aside, these are what they are in. */
export const PAGE_ENCODINGS = ['utf-8', 'gb18030', 'big5'] as const;

export const PLAUSIBLE_SHARE = 0.7;

/**
 * The common Han characters: GB2312's first level (3,755, simplified) and Big5's first level
 * (5,401, traditional), read from the codecs themselves, as a bitmap over U+4E00–U+9FFF.
 */
let common: Uint8Array | undefined;
function commonHan(): Uint8Array {
  if (common) return common;
  common = new Uint8Array(0xa000 - 0x4e00);
  const codes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) codes.push(lead, trail);
  const gb2312 = iconv.decode(Buffer.from(codes), 'gb18030');
  codes.length = 0;
  for (let lead = 0xa4; lead <= 0xc6; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail <= 0x7e || trail >= 0xa1) codes.push(lead, trail);
  const big5 = iconv.decode(Buffer.from(codes), 'big5');
  for (const text of [gb2312, big5]) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c < 0xa000) common[c - 0x4e00] = 1;
    }
  }
  return common;
}

const FOREIGN_RE = /[\p{L}\p{Co}\p{Cn}]/u;

/** Share of a text's Han, U+FFFD and letters of other scripts that are common Han; 1 where it has none of them. */
export function commonShare(text: string): number {
  const { good, all } = tally(text);
  return all === 0 ? 1 : good / all;
}

/** A text's common Han (good), its Han, U+FFFD and letters of other scripts (all), and its Han in the basic block. */
function tally(text: string): { good: number; all: number; han: number } {
  const table = commonHan();
  let good = 0;
  let all = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x4e00 && c < 0xa000) {
      all++;
      han++;
      good += table[c - 0x4e00]!;
    } else if (c === 0xfffd || (c >= 0x3400 && c < 0x4dc0) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xd840 && c < 0xd8c0)) {
      // U+FFFD, rare Han (extension A, compatibility forms, and planes 2 and 3 by their high surrogate)
      all++;
    } else if (!(c >= 0xff00 && c < 0xfff0) && !(c >= 0xd800 && c < 0xe000) && FOREIGN_RE.test(text[i]!)) {
      // a letter of another script, a private-use or unassigned code; full-width Latin is Chinese typography
      all++;
    }
  }
  return { good, all, han };
}

export const isPlausible = (text: string): boolean => commonShare(text) >= PLAUSIBLE_SHARE;

/**
 * Text no reader can read: many Han characters, fewer than half of them (with the U+FFFD and
 * foreign letters among them) common ones. Mojibake, however clean it looks: a page read so is
 * rejected, not published.
 */
export function isUnreadable(text: string): boolean {
  const { good, all, han } = tally(text);
  return han >= 20 && good < all * 0.5;
}

export interface BlockReading {
  text: string;
  /** Runs of text read in `encoding`, not the page's. */
  blocks: number;
  encoding: string;
}

/** A run of bytes between `<`, `>` and line ends (never part of a GBK or Big5 character), and whether it is UTF-8. */
interface Run {
  start: number;
  end: number;
  utf8: boolean;
  nonAscii: number;
}

function runsOf(bytes: Buffer): { runs: Run[]; utf8Bytes: number; otherBytes: number } {
  const runs: Run[] = [];
  let utf8Bytes = 0;
  let otherBytes = 0;
  // One pass: a run's non-ASCII bytes are counted as it is read (a page in GBK is all runs and delimiters).
  let nonAscii = 0;
  for (let start = 0, i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x0a;
    if (b !== 0x3c && b !== 0x3e && b !== 0x0a) {
      nonAscii += b >> 7;
      continue;
    }
    const utf8 = nonAscii === 0 || isUtf8(bytes.subarray(start, i));
    if (utf8) utf8Bytes += nonAscii;
    else otherBytes += nonAscii;
    runs.push({ start, end: i, utf8, nonAscii });
    start = i + 1;
    nonAscii = 0;
  }
  return { runs, utf8Bytes, otherBytes };
}

/**
 * The page read run by run, each run in `read(run)`'s encoding where it gives one (a block), else in
 * `base`; the number of blocks (runs read otherwise, joined over ASCII runs) and their encoding.
 */
function readRuns(bytes: Buffer, runs: readonly Run[], base: string, read: (run: Run) => { text: string; encoding: string } | null): BlockReading | null {
  const parts: string[] = [];
  const counts = new Map<string, number>();
  let blocks = 0;
  let inBlock = false;
  let from = 0;
  for (const run of runs) {
    const other = read(run);
    if (other) {
      if (run.start > from) parts.push(iconv.decode(bytes.subarray(from, run.start), base, { stripBOM: false }));
      parts.push(other.text);
      from = run.end;
      counts.set(other.encoding, (counts.get(other.encoding) ?? 0) + 1);
      if (!inBlock) blocks++;
      inBlock = true;
    } else if (run.nonAscii > 0) inBlock = false; // a block goes on over tags and ASCII text; the page's own text ends it
  }
  if (blocks === 0) return null;
  parts.push(iconv.decode(bytes.subarray(from), base, { stripBOM: false }));
  return { text: parts.join(''), blocks, encoding: [...counts].sort((x, y) => y[1] - x[1])[0]![0] };
}

/**
 * A UTF-8 page with parts in a legacy encoding (a GBK server-side include, a pasted block), read
 * run by run: the runs that are not UTF-8 are read as the legacy encoding in which they are
 * plausible. Null when no run is (the page's broken bytes are damage, not another encoding), or
 * when most of the page's non-ASCII bytes are not UTF-8: a legacy page (see readUtf8Blocks).
 */
export function readBlockwise(bytes: Buffer): BlockReading | null {
  const { runs, utf8Bytes, otherBytes } = runsOf(bytes);
  if (otherBytes === 0 || utf8Bytes <= otherBytes) return null;
  return readRuns(bytes, runs, 'utf-8', (run) => (run.utf8 ? null : readSegment(bytes.subarray(run.start, run.end))));
}

/**
 * A GBK or Big5 page with parts in UTF-8 (an include or a widget written in UTF-8): the runs that
 * are UTF-8, mojibake in the page's encoding and plausible Han in UTF-8, read as UTF-8. A run
 * plausible either way (a GBK character whose two bytes happen to be UTF-8) is the page's. Null when none.
 */
export function readUtf8Blocks(bytes: Buffer, base: string): BlockReading | null {
  const { runs, utf8Bytes } = runsOf(bytes);
  if (utf8Bytes === 0) return null;
  return readRuns(bytes, runs, base, (run) => {
    if (!run.utf8 || run.nonAscii === 0) return null;
    const segment = bytes.subarray(run.start, run.end);
    const text = segment.toString('utf8');
    return /[\u4e00-\u9fff]/u.test(text) && isPlausible(text) && !isPlausible(iconv.decode(segment, base)) ? { text, encoding: 'utf-8' } : null;
  });
}

/** A run of bytes that is not UTF-8, read in the legacy encoding it is plausible in; null if none. */
function readSegment(segment: Buffer): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; share: number } | null = null;
  for (const encoding of PAGE_ENCODINGS.slice(1)) {
    const text = iconv.decode(segment, encoding);
    const share = commonShare(text);
    if (share >= PLAUSIBLE_SHARE && (!best || share > best.share)) best = { text, encoding, share };
  }
  return best;
}
