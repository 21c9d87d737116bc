/**
 * An aggregator's credit to the site an item's answer was taken from, printed under the snippet on a
 * line of its own (`好大夫在线`, `39健康网`, `来源：有问必答网`): where the text came from, none of it.
 * What marks it is a short line that is no sentence, closing the item, and either labelled 来源, worded
 * as a site's name (网, 在线, 医生, a domain), or closing other items of the list in the same words (a
 * credit or tag the list repeats; a snippet's own words are not repeated from item to item).
 */
import type { Element } from 'domhandler';
import { PROSE_RE, wordedAsSite } from '../words/genre.js';
import { textContent } from '../tree/page-index.js';

/** A credit labelled with where the text came from (`来源：39健康网`, `出处: 寻医问药`). */
const LABELLED_SOURCE_RE = /^(?:来源|出处|来自|摘自|转自)\s*[:：]\s*\S{2,16}$/u;
/**
 * A name: letters, digits and Han characters only, a few of them. Not a wish (祝您健康) nor advice to the
 * reader (请及时咨询医生, 建议找骨科医生), which are a sentence's words however they end.
 */
const NAME_RE = /^(?!祝|愿|希望|谢谢|感谢|请|建议|咨询|需要|需|应|可以|可|要|找|去|到|及时|尽快|最好)[\p{Script=Han}A-Za-z0-9.]{2,10}$/u;
const MAX_CHARS = 16;

/** Whether `line` may be a source credit by itself: short, no sentence, labelled 来源 or worded as a site. */
function creditsSource(line: string): boolean {
  const t = line.trim();
  if (t.length > MAX_CHARS || PROSE_RE.test(t)) return false;
  return LABELLED_SOURCE_RE.test(t) || (NAME_RE.test(t) && wordedAsSite(t));
}

/** A doctor named as a credit names them (`吴玉兰医生`, `王明`, `王明 主任医师`): a name, then maybe their calling. */
const CREDITED_DOCTOR_RE = /^\p{Script=Han}{2,4}(?:医生|大夫|医师|主任医师|副主任医师|主治医师|住院医师)?$/u;
/**
 * A hub's credit over an item's snippet: the site the answer was taken from and the doctor who gave it, parted by a dot or
 * a bar (`有来医生 · 吴玉兰医生`, `来源：好大夫在线 | 王明医生`): where the snippet came from, none of it.
 */
export function isOpeningCredit(line: string): boolean {
  const t = line.trim();
  if (t.length > 30 || PROSE_RE.test(t)) return false;
  const parts = t.split(/\s*[·•・|｜/]\s*|\s+(?=\p{Script=Han}{2,4}(?:医生|大夫|医师)$)/u).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 3 || !parts.slice(1).every((p) => CREDITED_DOCTOR_RE.test(p))) return false;
  // A site's name in words the reader does not know (`百度健康`) where the doctor is named as one (`…医生`).
  return creditsSource(parts[0]!) || (NAME_RE.test(parts[0]!) && /(?:医生|大夫|医师)$/u.test(parts.at(-1)!));
}

/**
 * The items' snippets without the source credit closing them: the last of two or more lines, where it
 * credits a source by itself or is a name that closes another item's snippet too.
 */
export function withoutSourceCredits<T extends { answerParagraphs: string[] }>(items: T[]): T[] {
  const closing = (item: T) => (item.answerParagraphs.length > 1 ? item.answerParagraphs[item.answerParagraphs.length - 1]!.trim() : null);
  const counts = new Map<string, number>();
  for (const item of items) {
    const last = closing(item);
    if (last !== null && NAME_RE.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return items.map((item) => {
    const last = closing(item);
    if (last === null || !(creditsSource(last) || (counts.get(last) ?? 0) >= 2)) return item;
    return { ...item, answerParagraphs: item.answerParagraphs.slice(0, -1) };
  });
}

/**
 * An aggregator's tag naming each item's source inside its link, after the title in an element of its own
 * (`<a><span>question</span><span>華人健康網</span></a>`): the same short name closing every link of the list, worded as a site or
 * repeated on two or more; none of the question. The name where every link closes so, else null.
 */
export function linkSourceTag(links: readonly Element[]): string | null {
  if (links.length < 2) return null;
  const tags = new Set(
    links.map((link) => {
      const last = [...link.children].reverse().find((c) => c.type !== 'text' || textContent(c).trim() !== '');
      return last && last.type === 'tag' && link.children.some((c) => c !== last && textContent(c).trim() !== '') ? textContent(last).trim() : null;
    }),
  );
  const tag = tags.size === 1 ? [...tags][0]! : null;
  return tag !== null && tag.length <= MAX_CHARS && NAME_RE.test(tag) && !PROSE_RE.test(tag) ? tag : null;
}
