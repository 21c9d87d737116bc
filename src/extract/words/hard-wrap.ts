import { POINT } from './indent-breaks.js';
import { isQuotedLine } from './quoted-original.js';
import { isWallPrompt } from './read-more.js';

/**
 * Text typed into a `<textarea wrap="hard">`: the form stored a line break every N characters (its
 * `cols`), wherever the line was full, mid-phrase, and the page prints each stored line with a
 * `<br>`. Such a wrap is no paragraph break: a paragraph is its lines joined, ending where the page
 * shows a blank line or the next line's indent.
 *
 * A page is taken to be hard-wrapped at width N where `<br>`-ended lines show it twice at one width:
 * full lines that stop mid-phrase (or one of them at a pause, `，` `、`); or once where that is sure:
 * the next line opens with a punctuation mark, which typed text never does, or an indented line
 * stops mid-phrase before an unindented one (where indents open paragraphs, the next line is no new
 * one). Then every line of that width (one short of it where it stops mid-phrase: a wide character
 * that no longer fitted) runs on into the next, unless a blank line, an indent, a field line
 * (`时间:…`), a rule or a link parts them, or a sentence ends before an enumerated point (`1.`,
 * `一、`). Ordinary `<br>`-broken answers (lines ending in punctuation, numbered points, verses of
 * one length) show no such lines and are left as they are.
 */

/** How a shown line was printed: what tells a wrap from a paragraph break. */
export interface WrapMark {
  /** Characters of the line, an indent counted as two: the columns it filled. */
  width: number;
  /** The line was ended by a `<br>` (not by the end of a block). */
  byBreak: boolean;
  /** A blank line (`<br><br>`) stands before it. */
  blankBefore: boolean;
  /** The line opens with an indent (`　　`, `&emsp;&emsp;`, four `&nbsp;`). */
  indented: boolean;
  /** The line holds a link's text: no text typed into a form (a list's questions, a menu). */
  linked: boolean;
}

/** Wraps narrower than this are verse or labels, not a form's width. */
const MIN_WIDTH = 12;
const MID_PHRASE_END_RE = /[\p{Script=Han}A-Za-z0-9]$/u;
/** A mark no typed line opens with: the wrap fell just before it. */
const PUNCTUATION_START_RE = /^[，。、；：？！）」』”,.;:?!)]/u;
const PAUSE_END_RE = /[，、：,:]$/u;
/** A line that ends as a question does, with no mark: `…吗`, `…怎么办`, `…是什么病`, `…挂什么科`. */
const QUESTION_END_RE = /(?:[吗呢]|怎么办|怎么回事|什么病|什么原因引起的?|挂什么科|有哪些|能治好吗)$/u;
const SENTENCE_END_RE = /[。！？!?…；;]$/u;
const POINT_START_RE = new RegExp(`^${POINT}`, 'u');

/** Lines of one length, each with a punctuation mark at the same place and none at its end: a verse's lines. */
function isVerse(lines: readonly string[]): boolean {
  const chars = lines.map((l) => [...l]);
  const length = chars[0]!.length;
  if (chars.some((c) => c.length !== length)) return false;
  const marks = (c: string[]) => c.flatMap((ch, i) => (/[\p{P}]/u.test(ch) ? [i] : []));
  const first = marks(chars[0]!);
  return first.length > 0 && !first.includes(length - 1) && chars.every((c) => marks(c).join() === first.join());
}

/**
 * A line that opens a field of its own (`时间:2021-9-14`, `医院：…`, a label padded to its column, `标  题: …`,
 * `【医生答】`) or is a rule (`----------`): no wrapped line's rest.
 */
const FIELD_OR_RULE_RE = /^(?:[\p{Script=Han}A-Za-z]{1,6}|\p{Script=Han}(?:\s+\p{Script=Han}){1,3})\s*[:：]\s*\S|^【[^】]{1,10}】|^[-=_*~—·•]{3,}$/u;

/** Whether the line after `k` may continue it: printed on the next line, with no blank line or indent between, neither a link's nor a field's. */
const runsOn = (texts: readonly string[], marks: readonly WrapMark[], k: number) =>
  marks[k]!.byBreak &&
  k + 1 < marks.length &&
  !marks[k + 1]!.blankBefore &&
  !marks[k + 1]!.indented &&
  !marks[k]!.linked &&
  !marks[k + 1]!.linked &&
  !FIELD_OR_RULE_RE.test(texts[k + 1]!) &&
  // A quoted line's mark (`: …`, `> …`) opens a line of the original a reply quotes (quoted-original.ts).
  !isQuotedLine(texts[k + 1]!) &&
  // Nor a wall's prompt (`完整解答已发粉丝群，关注后进群查看`, read-more.ts): the site's, never typed text.
  !isWallPrompt(texts[k + 1]!);

/** The width the page's lines were hard-wrapped at, or null where none shows. */
function wrapWidth(texts: readonly string[], marks: readonly WrapMark[]): number | null {
  const seen = new Map<number, { lines: number; midPhrase: number; sure: boolean }>();
  for (let k = 0; k < texts.length; k++) {
    if (marks[k]!.width < MIN_WIDTH || !runsOn(texts, marks, k)) continue;
    const midPhrase = MID_PHRASE_END_RE.test(texts[k]!);
    // Sure at once: the next line opens with a mark, or an indented line (where indents open paragraphs) stops mid-phrase before an unindented one.
    const sure = PUNCTUATION_START_RE.test(texts[k + 1]!) || (midPhrase && marks[k]!.indented);
    // A line full at a pause (`，`, `、`) counts beside one that stops mid-phrase, never alone.
    if (!sure && !midPhrase && !PAUSE_END_RE.test(texts[k]!)) continue;
    const at = seen.get(marks[k]!.width) ?? { lines: 0, midPhrase: 0, sure: false };
    seen.set(marks[k]!.width, { lines: at.lines + 1, midPhrase: at.midPhrase + (midPhrase ? 1 : 0), sure: at.sure || sure });
  }
  let best: number | null = null;
  let most = 0;
  for (const [width, { lines, midPhrase, sure }] of seen) if ((sure || (lines >= 2 && midPhrase >= 1)) && lines > most) [best, most] = [width, lines];
  return best;
}

/** The runs of shown lines that are one paragraph hard-wrapped: `[from, to)`, or null where the page shows no hard wrap. */
export function hardWrapped(texts: readonly string[], marks: readonly WrapMark[]): Array<{ from: number; to: number }> | null {
  const width = wrapWidth(texts, marks);
  if (width === null) return null;
  const wraps = (k: number) => {
    const line = texts[k]!;
    const w = marks[k]!.width;
    if (!runsOn(texts, marks, k) || !(w === width || (w === width - 1 && MID_PHRASE_END_RE.test(line)))) return false;
    // A question's line (`粉丝问：…会复发吗`) ends where the question does, unmarked as captions print it.
    if (QUESTION_END_RE.test(line)) return false;
    return !(SENTENCE_END_RE.test(line) && POINT_START_RE.test(texts[k + 1]!));
  };
  const runs: Array<{ from: number; to: number }> = [];
  for (let k = 0; k < texts.length; k++) {
    if (!wraps(k)) continue;
    const from = k;
    while (k < texts.length && wraps(k)) k++;
    // A form's wrap leaves the paragraph's last line no wider than the rest; lines of one width with
    // a mark at one place in each are verse (`早睡早起身体好，按时吃饭胃不老`), each line its own.
    if (marks[k]!.width > width || isVerse(texts.slice(from, k + 1))) continue;
    runs.push({ from, to: k + 1 });
  }
  return runs.length > 0 ? runs : null;
}

/** Two wrapped lines joined: with no space, but for a Latin word's that the wrap took (`the` / `form`). */
export const joinWrapped = (a: string, b: string) => (/[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b);
