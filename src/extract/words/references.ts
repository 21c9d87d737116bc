import type { AnyNode, Element, Text } from 'domhandler';

/**
 * An answer that cites its sources, as an encyclopedia's entry does: a footnote's reference mark
 * after a sentence (`[1]`, `［2］`, a superscript number, linked to the note or not) is none of the
 * sentence's words; the list of the sources (参考文献, 参考资料) after the answer is none of it, and
 * ends it; a line saying which doctor checked the text (`本文由王医生审核`) credits the text and is
 * none of it.
 */

/** A reference mark: a number (or numbers) in brackets, or bare. */
const BRACKETED_MARK_RE = /^\s*[[［〔【]\s*\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*\s*[\]］〕】]\s*$/u;
const BARE_MARK_RE = /^\s*\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\s*$/u;
/** What a bare superscript number after it makes a power or a unit (`10⁹/L`, `m²`), not a note's mark. */
const UNIT_BEFORE_RE = /[\dA-Za-z×xX^.)\]）]$/u;

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as Text).data;
  const children = (node as Element).children;
  return children ? children.map(textOf).join('') : '';
}

/** The text just before an element, in its parent (its previous sibling's last characters). */
function textBefore(el: Element): string {
  for (let n = el.prev; n; n = n.prev) {
    const t = textOf(n);
    if (t.trim() !== '') return t.trimEnd();
  }
  return '';
}

/**
 * Whether a `<sup>` is a footnote's reference mark: a bracketed number always; a bare number where
 * it links to a note on the page (`#ref-1`) or follows words, not a number or a unit it would raise.
 */
export function isFootnoteMark(sup: Element): boolean {
  const text = textOf(sup);
  if (text.length > 16) return false;
  if (BRACKETED_MARK_RE.test(text)) return true;
  if (!BARE_MARK_RE.test(text)) return false;
  const linked = (sup.children ?? []).some((c) => c.type === 'tag' && (c as Element).name === 'a' && ((c as Element).attribs.href ?? '').startsWith('#'));
  return linked || (sup.parent !== null && !UNIT_BEFORE_RE.test(textBefore(sup)) && textBefore(sup) !== '');
}

/**
 * Marks printed as text where no `<sup>` holds them: superscript digits (¹²³) after words or a
 * sentence's punctuation (not after a number or a unit they raise: m², 10⁹), and a bracketed number
 * ending a paragraph after its last sentence (`…治疗。[4]`; one opening a line numbers it).
 */
const SUPERSCRIPT_MARK_RE = /(?<=[\p{Script=Han}，。、；：！？）」”])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+(?:[,，][\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)*/gu;
const MAY_HOLD_SUPERSCRIPT_RE = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/u;
const TRAILING_MARK_RE = /(?<=[。！？!?])\s*[[［〔]\s*\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*\s*[\]］〕]$/u;

/** A paragraph without the footnote marks printed as text in it. */
export function withoutTextMarks(paragraph: string): string {
  let text = MAY_HOLD_SUPERSCRIPT_RE.test(paragraph) ? paragraph.replace(SUPERSCRIPT_MARK_RE, '') : paragraph;
  if (text.endsWith(']') || text.endsWith('］') || text.endsWith('〕')) text = text.replace(TRAILING_MARK_RE, '');
  return text;
}

/** The heading of a list of sources: 参考文献, 参考资料（3）, 引用来源：, a 知识库's 【参考依据】, References. */
const REFERENCES_HEAD_RE = /^【?(?:参考|引用|引证)(?:文献|资料|来源|书目|出处|依据)】?(?:\s*[（(]\s*\d+\s*[）)])?\s*[:：]?$|^(?:References?|Sources|Bibliography)\s*:?$/iu;
export const isReferencesHead = (text: string): boolean => text.length <= 16 && REFERENCES_HEAD_RE.test(text.trim());

/**
 * A line crediting who checked the text (`本文由王医生审核`, `本文经李明主任医师审核通过`, a video's
 * `本视频由…专家审核，内容仅供参考。`), or who compiled the page
 * (`本问答由医学百科编辑整理，回答医生已认证。`, a wiki's or portal's editors): no part of it.
 */
export const REVIEW_CREDIT_RE =
  /^[（(]?\s*(?:本文|本回答|本内容|该文|此文|文章|内容|以上内容|(?:本|该|此)?(?:视频|音频|节目)|(?:本|该|此)条?(?:答复|回复|解答))?\s*已?(?:由|经)\s*(\S{1,30}?)\s*(?:审核|审阅|审校|审定|核实)(?:通过|发布)?\s*(?:[，,]\s*(?:内容|以上内容)?仅供参考)?\s*[。.]?\s*[）)]?$/u;
const COMPILED_CREDIT_RE = /^(?:本问答|本条目|本词条|本页面?|本文|本回答|本内容)\s*由\s*\S{1,20}?\s*(?:编辑)?(?:整理|编辑|收录|编写)(?:而成)?(?:[，,][^，,。]{2,16})?\s*[。.]?$/u;
/**
 * A reviewer's line under the text (`审核专家：孙国庆 副主任医师（某市疾病预防控制中心）`, `审核专家：王琪（泌尿外科 副主任护师）`,
 * `医学审核：name title`, `医学审核：{name}医生` with the 医生 run on to the name): a name after the label, no sentence. Its card, and
 * the reviewer of REVIEW_CREDIT_RE, captured (reviewer-credit.ts). A bare 审核： label is an editor's as often: only a doctor's
 * (审核医生：) or one the text's field names (医学审核：) is a reviewer's.
 */
export const REVIEWER_LINE_RE =
  /^(?:(?:医学|专业|内容)?(?:审核|审校|审阅|复核|核稿)(?:专家|医生|医师)|(?:医学|专业|内容)(?:审核|审校|审阅|复核|核稿))\s*[:：]\s*(\p{Script=Han}{2,4}(?:医生|医师)?(?:[\s，,、（(]+[^。！？!?]{0,36})?)$/u;
export const isReviewCredit = (text: string): boolean =>
  text.length <= 48 && (REVIEW_CREDIT_RE.test(text.trim()) || COMPILED_CREDIT_RE.test(text.trim()) || REVIEWER_LINE_RE.test(text.trim()));
