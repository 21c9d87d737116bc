import iconv from 'iconv-lite';
import type { FlagEvidence } from './evidence.js';

/**
 * Text decoded with the wrong charset. Two shapes are common in this genre:
 * - UTF-8 bytes read as GBK: 的是 → 鐨勬槸, 你好 → 浣犲ソ. Re-encoding such a run as GB18030
 *   gives back valid UTF-8 CJK, which genuine Chinese almost never does.
 * - U+FFFD written out as UTF-8 and read back as GBK: 锟斤拷 (EF BF BD EF BF BD); and the
 *   0xCC / 0xCD fill of uninitialised buffers read as GBK: 烫烫烫, 屯屯屯.
 * - UTF-8 read as Latin-1 / Windows-1252: 你好 → ä½ å¥½.
 * U+FFFD itself is `decoding_damage`, detected where the page is decoded.
 */
const LITERAL_MOJIBAKE = /锟斤拷|烫烫烫|屯屯屯/u;
/**
 * Characters that are next to never genuine but are what the commonest UTF-8 reads as in GBK:
 * 的 → 鐨…, ， → 锛…, 。 → 銆…, “ → 鈥…; they catch fragments too short for the re-encoding test.
 */
const TELLTALE_MOJIBAKE = /鐨勬?|浣犲ソ|锛[屽歸岋乛�]|銆[傚€�]|鈥[滄溿�]/u;
const LATIN1_MOJIBAKE =
  /(?:[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}\s?){2,}/u;
/** Runs of non-ASCII, non-space characters: where GBK mojibake of UTF-8 lives. */
const NON_ASCII_RUN = /[^\x00-\x7f\s\u3000]{3,}/gu;

/** Share of a GB18030 re-encoding that forms valid 3-byte UTF-8 CJK or full-width characters. */
function utf8CjkShare(bytes: Uint8Array): { bytes: number; share: number } {
  let covered = 0;
  for (let i = 0; i + 2 < bytes.length; ) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1]!;
    const b2 = bytes[i + 2]!;
    if (b0 >= 0xe0 && b0 <= 0xef && (b1 & 0xc0) === 0x80 && (b2 & 0xc0) === 0x80) {
      const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if ((cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2000 && cp <= 0x206f)) {
        covered += 3;
        i += 3;
        continue;
      }
    }
    i++;
  }
  return { bytes: covered, share: bytes.length ? covered / bytes.length : 0 };
}

export function detectMojibake(text: string): FlagEvidence | null {
  const literal = LITERAL_MOJIBAKE.exec(text);
  if (literal) return { field: 'answer', start: literal.index, end: literal.index + literal[0].length, why: 'U+FFFD or fill bytes read as GBK' };
  const telltale = TELLTALE_MOJIBAKE.exec(text);
  if (telltale) return { field: 'answer', start: telltale.index, end: telltale.index + telltale[0].length, why: 'UTF-8 read as GBK' };
  const latin = LATIN1_MOJIBAKE.exec(text);
  if (latin) return { field: 'answer', start: latin.index, end: latin.index + latin[0].length, why: 'UTF-8 read as Latin-1' };
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    // A 3-byte UTF-8 sequence opens with a byte E0–EF, so a run with too few of them cannot pass the test below: not encoded.
    if (!mayHoldUtf8(run[0])) continue;
    const bytes = gb18030Bytes(run[0]);
    const { bytes: covered, share } = utf8CjkShare(bytes);
    // Two or more characters' worth of UTF-8, making up most of the run.
    if (covered >= 6 && share >= 0.6) {
      return { field: 'answer', start: run.index, end: run.index + run[0].length, why: `UTF-8 read as GBK (reads “${Buffer.from(bytes).toString('utf8').replace(/\uFFFD/g, '').slice(0, 12)}”)` };
    }
  }
  return null;
}

/**
 * Whether a run's GB18030 bytes could pass the test of detectMojibake: at most 3 bytes are covered
 * per byte E0–EF, so fewer than 2 such bytes, or under 0.6 of the bytes at 3 each, rules it out.
 * Read from the per-code-point table, without the bytes: most runs of genuine Chinese stop here.
 */
function mayHoldUtf8(text: string): boolean {
  let length = 0;
  let leads = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      i++;
      const { length: l, leads: e } = gb18030Code(cp);
      length += l;
      leads += e;
      continue;
    }
    let shape = shapeOfBmp[cp]!;
    if (shape === 0) {
      const { length: l, leads: e } = gb18030Code(cp);
      shape = shapeOfBmp[cp] = l | (e << 3);
    }
    length += shape & 7;
    leads += shape >> 3;
  }
  return 3 * leads >= 6 && length > 0 && (3 * leads) / length >= 0.6;
}

/** A BMP code point's byte count (bits 0–2) and E0–EF bytes (bits 3–5), 0 until first met: an array read, no map lookup, per character. */
const shapeOfBmp = new Uint8Array(0x10000);

interface Gb18030Code {
  bytes: Uint8Array;
  /** How many of the bytes are E0–EF (a 3-byte UTF-8 sequence's first byte). */
  leads: number;
  length: number;
}

/**
 * One code point's GB18030 bytes, as iconv-lite encodes it: they do not depend on its neighbours,
 * so they are kept per code point (a text of the genre reuses a few thousand).
 */
function gb18030Code(cp: number): Gb18030Code {
  let code = gb18030Of.get(cp);
  if (!code) {
    const bytes = iconv.encode(String.fromCodePoint(cp), 'gb18030');
    let leads = 0;
    for (const b of bytes) if (b >= 0xe0 && b <= 0xef) leads++;
    code = { bytes, leads, length: bytes.length };
    if (gb18030Of.size < 0x10000) gb18030Of.set(cp, code);
  }
  return code;
}

/** A text's GB18030 bytes: its code points' one after another, not an encoder's run over every answer. */
function gb18030Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const { bytes } = gb18030Code(cp);
    // Byte by byte: `out.set` of a one- to four-byte array cost more than the copy.
    for (let k = 0; k < bytes.length; k++) out[n++] = bytes[k]!;
  }
  return out.subarray(0, n);
}

const gb18030Of = new Map<number, Gb18030Code>();
