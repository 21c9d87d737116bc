import type { AnyNode, Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';

/**
 * A bilingual page prints English beside its Chinese words, marked as English (`主任医师 <span
 * lang="en">Chief Physician</span>`, `<h2>医生回答 <span lang="en">Doctor's Answer</span></h2>`, an
 * English disclaimer `<p lang="en">`): a translation of what stands before it, none of what is read.
 * That is a paragraph or box of its own in English, or an inline element that ends its parent's
 * content (a label's colon or a bracket aside); an English term inside a sentence
 * (`幽门螺杆菌<span lang="en">Hp</span>感染`) has the sentence go on after it, and is kept, as is a
 * page's whole body or main part marked English (no translation beside anything).
 */
const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption']);
const INLINE = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'font', 'sub', 'sup', 'label', 'cite']);

export function isTranslationBeside(el: Element): boolean {
  const lang = el.attribs?.lang;
  if (lang === undefined || !(/^en\b/iu.test(lang) || isOtherScriptBeside(el, lang))) return false;
  if (BLOCKS.has(el.name)) return true;
  if (!INLINE.has(el.name)) return false;
  for (let next: AnyNode | null = el.next; next; next = next.next) {
    if (next.type === 'comment') continue;
    // The Chinese it translates, marked so, after a slash (`<span lang="en">…</span> / <span lang="zh-CN">…</span>` in a link).
    if (next.type === 'tag' && /^zh\b/iu.test((next as Element).attribs?.lang ?? '')) continue;
    // Only what closes it may follow: a label's colon, a bracket, a separator.
    if (next.type !== 'text' || !/^[\s:：,，、;；)）\]】/／|｜]*$/u.test((next as unknown as { data: string }).data)) return false;
  }
  return true;
}

/**
 * A minority language's words printed beside the Chinese, marked with their language (`答 <i lang="bo">ལན།</i>`, a
 * Uyghur or Mongolian name beside the hospital's): a translation too, as English is. Only one in a script of its own (no Latin), no Han
 * character in it: a page marked in another language whose text is Chinese (`lang="ja"` on kanji, a mislabelled block) is read.
 */
function isOtherScriptBeside(el: Element, lang: string): boolean {
  if (/^(?:zh|und|cmn|yue|wuu|hak|nan|ja|ko)\b/iu.test(lang)) return false;
  const text = textContent(el);
  // Not Latin letters: a word processor marks runs of Latin words in a Chinese sentence with a language of its own
  // (`<span lang="X-NONE">HCG</span>`, lang="EN-GB"'s kin), a term of the sentence, no translation beside it.
  return /[^\P{L}\p{Script=Latin}]/u.test(text) && !/\p{Script=Han}/u.test(text);
}

/** A paragraph in English alone, a sentence of it (letters, no Han character): a translation where it stands beside Chinese ones. */
const ENGLISH_PARAGRAPH_RE = /^(?=[^\p{Script=Han}]*$)(?=(?:[^A-Za-z]*[A-Za-z]){20}).*[A-Za-z][A-Za-z,;'’-]*\s+[A-Za-z]/u;

/**
 * An answer printed in two languages, an English paragraph before or after each Chinese one, with no `lang` to mark them
 * (`<p class="en">`, a `<br>` between the two in one `<p>`): the English ones are the translation beside the answer,
 * none of it; an answer in English alone is kept as it is.
 */
export function withoutEnglishBeside(paragraphs: readonly string[]): string[] {
  const chinese = paragraphs.filter((p) => /\p{Script=Han}/u.test(p));
  if (chinese.length === 0) return [...paragraphs];
  return paragraphs.filter((p) => !ENGLISH_PARAGRAPH_RE.test(p.trim()));
}

/** A paragraph in Hangul with no Han character (`안녕하세요. 문의하신 내용에 대해…`). */
const HANGUL_PARAGRAPH_RE = /^(?=[^\p{Script=Han}]*$)(?=(?:[^\p{Script=Hangul}]*\p{Script=Hangul}){10})/u;
/** The head over an original beside its translation (`원문`, `原文`, `Original`), alone on its line. */
const ORIGINAL_HEAD_RE = /^\s*(?:원문|원본|原文|Original)\s*[:：]?\s*$/iu;

/**
 * A Korean hospital's Chinese board prints the professor's reply in Chinese and its Korean original under it (`원문` over the
 * Hangul text): the original beside the translation the page is read in, none of the answer, with its head. Only beside Chinese
 * paragraphs: an answer in Korean alone is kept as it is.
 */
export function withoutOriginalBeside(paragraphs: readonly string[]): string[] {
  if (!paragraphs.some((p) => /\p{Script=Han}/u.test(p))) return [...paragraphs];
  const original = (p: string | undefined) => p !== undefined && HANGUL_PARAGRAPH_RE.test(p.trim());
  return paragraphs.filter((p, i) => !original(p) && !(ORIGINAL_HEAD_RE.test(p) && original(paragraphs[i + 1])));
}
