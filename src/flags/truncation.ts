import { stripBoilerplate } from './boilerplate.js';
import { codePoints, contentCore } from '../core/text.js';

/**
 * Truncation at depth. `src/validate/flags.ts` holds the base rules (no sentence end, an
 * ellipsis, a connective or later item at the start); this module adds what those miss or
 * get wrong, and the strongest evidence of all: a full copy of the same answer.
 * Each verdict is true (cut off), false (complete) or null (no opinion: the base rules decide).
 */
export type Verdict = boolean | null;

const SENTENCE_END = /[。！？!?．.]$/u;

/** A "read more" control or an 未完 mark closing the text: the rest is behind it. */
const MORE_MARKER_END = /(?:展开全文|展开|全文|查看全部|查看更多|阅读全文|\[\s*详细\s*\]|(?:详情|更多)\s*(?:>>|»|＞＞)|[(（](?:未完|待续|未完待续)[)）])\s*$/u;
/** A number broken at its decimal point: 体温超过38. */
const BROKEN_NUMBER_END = /\d[.．]$/u;
/** Speech ends without a full stop: a modal particle, a tilde, an emoji. A length limit rarely falls just there. */
const SPOKEN_END = /(?:[吧呢哦啊呀啦嘛噢喔哈]|[^\d~～][~～]+|\p{Extended_Pictographic}\uFE0F?)$/u;
/** A word that cannot close a clause. */
const DANGLING_END =
  /(?:[和与及或但而并如在对把被让给从向于将]|因为|由于|如果|比如|例如|包括|以及|或者|并且|但是|可以|需要|应该|伴有|出现|导致|引起|属于|表现为)$/u;

const ITEM_MARKER = /(?:^|[\s。；;：:！!？?])(?:\d{1,2}[、.．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑩]|第[一二三四五六七八九十]{1,2}[，,、：:]|[一二三四五六七八九十]是)/gu;
const ITEM_START = /^(?:\d{1,2}[、.．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑩]|第[一二三四五六七八九十]{1,2}[，,、：:]?)/u;
const COUNT_WORD: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** An announced list: 以下三点 / 主要有两种 / 如下: / 以下几个方面. */
const ANNOUNCED_LIST =
  /(?:(?:有|分为?|包括|以下|如下|下列|主要有|这)\s*([两二三四五六七八九十2-9]|几)\s*(?:点|种|类|个方面|方面|个原因|个阶段|步|条)|(?:以下|如下|下列)[^。；;:：!！?？]{0,8}[:：])/u;

/** An answer that announces a list, uses item markers, and stops before giving as many items. */
function promisesMoreThanItGives(text: string): boolean {
  const announced = ANNOUNCED_LIST.exec(text);
  if (!announced) return false;
  const count = announced[1];
  const promised = count === undefined || count === '几' ? 2 : (COUNT_WORD[count] ?? Number(count));
  const rest = text.slice(announced.index + announced[0].length).trimStart();
  const items = [...rest.matchAll(ITEM_MARKER)].length;
  // No markers at all: an inline list (有三种：甲、乙和丙。) that need not be counted.
  return items > 0 && items < promised;
}

/** A list whose items carry no end punctuation, ending in its last item: complete. */
function endsInUnpunctuatedList(answer: string): boolean {
  const items = answer
    .split(/\n|\s+(?=\d{1,2}[、.．)）](?!\d)|[①-⑩])/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const listed = items.filter((p) => ITEM_START.test(p));
  const last = items.at(-1);
  if (listed.length < 2 || last === undefined || !ITEM_START.test(last)) return false;
  const earlier = listed.slice(0, -1);
  if (!earlier.some((p) => !SENTENCE_END.test(p))) return false;
  const longest = Math.max(...earlier.map((p) => codePoints(p).length));
  return !DANGLING_END.test(last) && codePoints(last).length <= Math.max(2 * longest, 30);
}

/** What the end of an answer says beyond the base rules. */
export function endVerdict(answer: string): Verdict {
  const text = answer.trim();
  if (!text) return null;
  if (MORE_MARKER_END.test(text) || BROKEN_NUMBER_END.test(text)) return true;
  if (SENTENCE_END.test(text)) return promisesMoreThanItGives(text) ? true : null;
  if (SPOKEN_END.test(text)) return false;
  if (endsInUnpunctuatedList(text)) return false;
  return null;
}

/** A later alternative or item (另一种, 二是, ②, b.), or what refers back to one (后者). */
const LATER_PART_START = /^(?:另一种|另一方面|另外一种|另一个|再一个|再就是|[二三四五六七八九十]是|后者|前者|[②-⑩]|[2-9][)）](?!\d)|[b-hB-H][.、)）]\s*\p{Script=Han})/u;
/** Particles and adverbs that lean on what came before (的确, 了解, 也许 are words of their own). */
const LEANING_START = /^(?:的(?![确士])|了(?!解)|[吗呢吧么啦]|也(?![许])|还(?:可以|可能|需要|要|应该|会|得|是)|就是|又)/u;
/** A unit whose number was cut away: 毫克，一天两次 / 天左右. */
const UNIT_START = /^(?:mg|ml|毫克|毫升|mmol|mmHg|℃|%|度|岁|天|周|次|小时|分钟|个月)(?=左右|以上|以下|以内|之内|[，,。、；;])/iu;
/** A quotation closed before any opened: the opening quote was cut away. */
const CLOSES_UNOPENED = /^[^“「]*[”」]/u;

/** What the start of an answer says beyond the base rules. */
export function startVerdict(answer: string): Verdict {
  const text = answer.trim();
  if (!text) return null;
  if (LATER_PART_START.test(text) || LEANING_START.test(text) || UNIT_START.test(text) || CLOSES_UNOPENED.test(text)) return true;
  return null;
}

/** A snippet must keep this many characters (of content, or of text where only exact text counts) to be placed in a fuller answer. */
export const MIN_PLACED_CHARS = 10;

export interface Placement {
  /** `same`: equal content (they differ in punctuation or spacing at most); `inside`: part of the fuller one. */
  relation: 'same' | 'inside';
  /** Content of the fuller answer before / after the placed one. */
  textBefore: boolean;
  textAfter: boolean;
}

/**
 * An answer's content as placement (and near-duplicate detection) compares it: page furniture
 * stripped, then the content level of core/text.ts (punctuation, width and spacing aside).
 */
export function answerContent(answer: string): string {
  return contentCore(stripBoilerplate(answer));
}

/**
 * Where one normalised answer lies in a fuller one, both normalised alike (answerContent, or
 * the id level of core/text.ts where only exact text counts).
 */
export function placeNormalised(part: string, whole: string): Placement | null {
  if (codePoints(part).length < MIN_PLACED_CHARS) return null;
  if (part === whole) return { relation: 'same', textBefore: false, textAfter: false };
  const at = whole.indexOf(part);
  if (at < 0) return null;
  return { relation: 'inside', textBefore: at > 0, textAfter: at + part.length < whole.length };
}

/** Where an answer lies in a fuller copy, compared on content (punctuation, width, spacing and page furniture ignored). */
export function placeIn(answer: string, full: string): Placement | null {
  const part = answerContent(answer);
  // Too short to place: spare the fuller answer's normalisation.
  if (codePoints(part).length < MIN_PLACED_CHARS) return null;
  return placeNormalised(part, answerContent(full));
}

/**
 * What known full answers to the same question say about one side of an answer:
 * - content of a fuller answer lies beyond that side: cut off (true);
 * - the answer reaches that side of a fuller answer or equals another copy, and that answer
 *   looks complete there: complete (false) — a copy that merely lost its final 。;
 * - no copy places it: no opinion (null).
 */
export function confirmCut(answer: string, fullAnswers: readonly string[], side: 'start' | 'end', looksCut: (text: string) => boolean): Verdict {
  let verdict: Verdict = null;
  for (const full of fullAnswers) {
    const placed = placeIn(answer, full);
    if (!placed) continue;
    if (side === 'end' ? placed.textAfter : placed.textBefore) return true;
    if (!looksCut(full)) verdict = false;
  }
  return verdict;
}
