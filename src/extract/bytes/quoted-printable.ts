/**
 * Text an e-mail carried in its quoted-printable transfer encoding (RFC 2045) and a site printed
 * without decoding it: a doctor answers by replying to the site's notification mail, and the reply's
 * body is shown as it came, `=E5=8F=AF=E4=BB=A5…` in lines of at most 76 characters, each soft line
 * break an `=` at a line's end (through nl2br, in a `<pre>`, or collapsed to a space where the
 * lines run on in a `<p>`). Such text is read as the writer wrote it, as a page's bytes are read in
 * the charset they hold: a line whose every `=` is an escape (`=XX`) or a soft break, with escaped
 * bytes beyond ASCII, is decoded as UTF-8, its soft-broken lines joined. A line whose bytes are no
 * UTF-8 keeps U+FFFD where they fail, so that it is flagged `decoding_damage`, never published as
 * `=E5…` (nor guessed as another charset: GB18030 reads almost any bytes as some characters). The mail's leaked header lines before it (`Content-Transfer-Encoding:
 * quoted-printable`) and its signature after a `-- ` delimiter are none of the text.
 */

/** A line of quoted-printable shape: every `=` an escape, a soft break at its end, or one collapsed to a space. */
const SHAPE_RE = /^(?:[^=]|=[0-9A-Fa-f]{2}|=(?= ))*=?$/u;
/** An escaped byte beyond ASCII: what makes a line encoded text, not a formula (`BMI=22`). */
const HIGH_BYTE_RE = /=[89A-Fa-f][0-9A-Fa-f]/gu;
/** Escaped bytes a line (its soft-broken continuations joined) must hold: one character's worth at least. */
const MIN_HIGH_BYTES = 2;
/** A header line of the mail, leaked above its body. */
const MIME_HEADER_RE = /^(?:Content-(?:Type|Transfer-Encoding|Disposition)|MIME-Version)\s*:/iu;
/** The signature delimiter (`-- `, its space trimmed where the line is shown). */
const SIGNATURE_DELIMITER = '--';

const utf8 = new TextDecoder('utf-8');

/** Whether a text may hold quoted-printable at all: told cheaply before the patterns. */
export const mayBeQuotedPrintable = (text: string): boolean => /=[89A-Fa-f][0-9A-Fa-f]=[89A-Fa-f]/u.test(text);

const isShaped = (line: string) => line.includes('=') && SHAPE_RE.test(line);
const highBytes = (line: string) => line.match(HIGH_BYTE_RE)?.length ?? 0;

/** The text a quoted-printable line encodes (its soft breaks, at its end or collapsed to a space, joining). */
export function decodeQuotedPrintable(line: string): string {
  const unbroken = line.replace(/= +|=$/gu, '');
  const bytes: number[] = [];
  for (let i = 0; i < unbroken.length; i++) {
    const c = unbroken.charCodeAt(i);
    if (c === 61) {
      bytes.push(parseInt(unbroken.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      bytes.push(...Buffer.from(unbroken[i]!, 'utf8'));
    }
  }
  return utf8.decode(Uint8Array.from(bytes));
}

/** A run of shown lines that reads as one: `[from, to)` of the lines, its text, or null where the run is none of the text. */
export interface MailLine {
  from: number;
  to: number;
  text: string | null;
}

/**
 * The lines of quoted-printable text among a block's shown lines, decoded, with the mail's header
 * lines and signature dropped; null where none is. Lines not listed stay as they are.
 */
export function mailLines(texts: readonly string[]): MailLine[] | null {
  const out: MailLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!isShaped(texts[i]!)) continue;
    // A line ending in a soft break runs on into the next.
    let to = i + 1;
    while (to < texts.length && texts[to - 1]!.endsWith('=') && isShaped(texts[to]!)) to++;
    const joined = texts.slice(i, to).map((t, j) => (i + j < to - 1 ? t.slice(0, -1) : t)).join('');
    if (highBytes(joined) >= MIN_HIGH_BYTES) out.push({ from: i, to, text: decodeQuotedPrintable(joined) });
    i = to - 1;
  }
  if (out.length === 0) return null;
  const starting = new Map(out.map((m) => [m.from, m]));
  const dropped: MailLine[] = [];
  for (const mail of [...out]) {
    // Header lines leaked just above the body.
    for (let h = mail.from - 1; h >= 0 && MIME_HEADER_RE.test(texts[h]!) && !dropped.some((d) => d.from === h); h--) dropped.push({ from: h, to: h + 1, text: null });
    // The signature: the delimiter after the body, and the encoded lines that follow it.
    if (texts[mail.to] !== SIGNATURE_DELIMITER || !starting.has(mail.to + 1)) continue;
    dropped.push({ from: mail.to, to: mail.to + 1, text: null });
    for (let next = starting.get(mail.to + 1); next; next = starting.get(next.to)) next.text = null;
  }
  return [...out, ...dropped].sort((a, b) => a.from - b.from);
}

/**
 * A text copy's lines with their quoted-printable runs decoded in place and the mail's header and
 * signature lines dropped; its blank lines are read past, as a page's are (they show no line).
 */
export function withMailDecoded(texts: readonly string[]): string[] {
  if (!mayBeQuotedPrintable(texts.join('\n'))) return [...texts];
  const shown = texts.flatMap((t, i) => (t.trim() === '' ? [] : [i]));
  const mail = mailLines(shown.map((i) => texts[i]!.trim()));
  if (mail === null) return [...texts];
  const out: string[] = [];
  let at = 0;
  for (const run of mail) {
    out.push(...texts.slice(at, shown[run.from]!));
    if (run.text !== null) out.push(run.text);
    at = shown[run.to - 1]! + 1;
  }
  out.push(...texts.slice(at));
  return out;
}
