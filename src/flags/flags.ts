import type { Flag } from '../schema/entry.js';
import { codePointCount, comparable } from '../core/text.js';
import { detectIssues } from './issues.js';
import { confirmCut, endVerdict, startVerdict } from './truncation.js';

export interface FlagOptions {
  /** Answers shorter than this many characters (after normalisation) are flagged. */
  minAnswerChars: number;
}
export const DEFAULT_FLAG_OPTIONS: FlagOptions = { minAnswerChars: 15 };

/** An ellipsis standing where the rest of the answer was: …, ..., 。。 */
export const TRAILING_ELLIPSIS = /(?:\.{2,}|…+|。{2,})$/u;

const SENTENCE_END = /[。！？!?．.]$/u;
/** A closing quote or bracket ends a quotation or aside that closes the answer: “…多喝水”. */
const CLOSER_END = /[”’"'」』）)】\]》〉]$/u;

/**
 * Cut off at the end: the answer stops without a sentence end (`…伴有乏`, `…;但有的`), or an
 * ellipsis stands where the rest was (`…`, `...`). `等。`, `！` and a closing quote are complete.
 * Full answers to the same question, where known, decide first (src/quality/truncation.ts):
 * a snippet with more of the answer after it is cut off even when it ends in 。, and a copy
 * that merely lost its final 。 is complete; then the deeper rules there, then these.
 */
export function isCutOffEnd(answer: string, fullAnswers: readonly string[] = []): boolean {
  const verdict = confirmCut(answer, fullAnswers, 'end', (full) => isCutOffEnd(full)) ?? endVerdict(answer);
  if (verdict !== null) return verdict;
  const text = answer.trim();
  if (!text) return true;
  if (TRAILING_ELLIPSIS.test(text)) return true;
  return !(SENTENCE_END.test(text) || CLOSER_END.test(text));
}

/**
 * Words that need something before them: an answer that opens with one began earlier.
 * The one-character ones also start ordinary words (并发症, 及时, 即使, 等待, 但凡), which
 * open complete answers, so those words are excluded.
 */
const CONNECTIVE_START =
  /^(?:但是|而且|而是|并且|或者|或是|以及|还有就是|所以|因此|因而|于是|然后|此外|另外|同时|其次|再次|最后|再者|否则|不过|可是|然而|也就是说|等等|但(?![凡愿])|而(?![今已])|并(?![发列存])|及(?![时早格])|即(?![使便刻时将])|则|等(?![待到级候]))/u;
/** A later item of an enumeration: 二、 2. 第二 其二 — its first item was cut away. `2.5毫克` is a quantity, not an item. */
const LATER_ITEM_START = /^(?:[二三四五六七八九十]+[、.．,，)]|[2-9][、.．)](?!\d)|（[二三四五六七八九十]）|\([2-9]\)|第[二三四五六七八九十]|其[二三四五六七八九十])/u;
/**
 * "有的是A，有的是B" with nothing naming what is being divided: the lead-in was cut off
 * (the seed's 脸色发黄 snippet). "有的女性…" names its subject and is a normal opening.
 */
const PARTITIVE_WITHOUT_LEAD = /^有的是/u;

/** Cut off at the start: the answer begins mid-sentence. Full answers, where known, decide first (see isCutOffEnd). */
export function isCutOffStart(answer: string, fullAnswers: readonly string[] = []): boolean {
  const verdict = confirmCut(answer, fullAnswers, 'start', (full) => isCutOffStart(full)) ?? startVerdict(answer);
  if (verdict !== null) return verdict;
  const text = answer.trim();
  if (!text) return false;
  if (/^[，,。.、；;：:！!？?）)」』”’]/u.test(text)) return true;
  if (/^[…]|^\.{2,}/u.test(text)) return true;
  return CONNECTIVE_START.test(text) || LATER_ITEM_START.test(text) || PARTITIVE_WITHOUT_LEAD.test(text);
}

export interface FlagInput {
  answer: string;
  hasDoctor: boolean;
  /** The question, for `qa_unrelated`; that flag is not judged without it. */
  question?: string;
  /** The page says the answer goes on elsewhere (its pager): cut off at the end, however its last line ends. */
  continues?: boolean;
}

/**
 * The flags of an answer, question and doctor's presence; the same input gives the same flags
 * (validation works them out once per entry as read, src/validate/read-work.ts).
 */
export function qualityFlags(input: FlagInput, options: FlagOptions = DEFAULT_FLAG_OPTIONS): Flag[] {
  const flags: Flag[] = [];
  if (input.continues || isCutOffEnd(input.answer)) flags.push('cut_off_end');
  if (isCutOffStart(input.answer)) flags.push('cut_off_start');
  if (codePointCount(comparable(input.answer)) < options.minAnswerChars) flags.push('answer_too_short');
  if (!input.hasDoctor) flags.push('no_doctor');
  if (input.answer.includes('\uFFFD') || input.question?.includes('\uFFFD')) flags.push('decoding_damage');
  // Content flags (mojibake, markup, boilerplate, contacts, unrelated question): the detectors in src/flags/.
  for (const issue of detectIssues(input.answer, input.question)) flags.push(issue.flag);
  return flags;
}
