import { comparable } from '../../core/text.js';
import { asksQuestion, hasAnswererHook, isColumnIssue, isQuestionLabelAlone, isRelatedLabel, labelledQuestion, PROSE_RE, withoutAskedStamp } from '../words/genre.js';
import { askedAfterTelling, askedBeforeTelling, asksOfNothing } from '../words/letter-column.js';
import { isReporterLede } from '../words/news-lead.js';

/** How far below its heading a republished article prints the question it copied. */
const QUESTION_LINES_BELOW = 8;
/**
 * How far below a column issue's headline (`名医问答第161期`, naming no question for sure) the reader's question may stand: past
 * the expert's card as a label table, a cell a line, printed over it.
 */
const ISSUE_QUESTION_LINES_BELOW = 16;
const ASKED_RE = /^\s*(?:问|Q)\s*[:：]\s*(?=\S)/u;
/** A label naming who asks (`網友問：`, `读者提问：`, `【患者咨询】`), read folded. */
const ASKER_LABEL_RE = /^\s*[【［[]?\s*(?:网友|读者|患者|市民|病友|家长|听众|观众|用户)(?:提问|咨询|来信|问)\s*(?:[】］\]]|[:：])/u;

/** A reader named, perhaps with where they write from (`读者广西南宁张女士问：`, `读者孙先生问：`), as a letters column prints them. */
const PLACED_READER_RE = /^\s*(?:网友|读者|听众|观众)\p{Script=Han}{1,8}?(?:先生|女士|小姐|阿姨|大爷)(?:提问|咨询|来信|问)\s*[:：]\s*(?=\S)/u;
/**
 * The question a line prints after a label (`问题：…`, `问：…`, `Q: …`, `读者广西南宁张女士问：…`), or null; its asked day bracketed
 * after it (`（提问时间：…）`, genre.ts) none of it, so that whether it asks is read off the question's own words.
 */
const labelledBelow = (text: string): string | null => {
  const asked = labelledQuestion(text) ?? (ASKED_RE.test(text) ? text.replace(ASKED_RE, '').trim() : PLACED_READER_RE.test(text) ? text.replace(PLACED_READER_RE, '').trim() : null);
  return asked === null ? null : withoutAskedStamp(asked);
};
/**
 * A reader's letter that asks first and tells after a space (`会阴部坠胀尿频是怎么回事 去社区医院看过，吃了药也不见好。`), or
 * with none (`…几天了怎么办最近一段时间一直这样，…`, letter-column.ts): the question is its first part, where that asks and
 * holds no sentence; or one that tells first and asks in its last sentence: that sentence; else the letter as it is.
 */
/** Whether a bracket opened in the text is still open at its end. */
const opensBracket = (text: string) => (text.match(/[（(［\[【]/gu) ?? []).length > (text.match(/[）)］\]】]/gu) ?? []).length;

function letterQuestion(asked: string): string {
  const m = asked.match(/^(\S{4,40}?)\s+\S/u);
  // A space inside a bracket the first part opened (`…（已做過 CEA 檢查）？`, an English term) ends no part: the bracket goes on.
  if (m && !opensBracket(m[1]!) && asksQuestion(m[1]!) && !PROSE_RE.test(m[1]!.replace(/[？?]$/u, '')) && PROSE_RE.test(asked.slice(m[1]!.length))) return m[1]!;
  const first = askedBeforeTelling(asked);
  const last = askedAfterTelling(asked);
  // A first part asking of nothing it names (`请问需要做什么检查？`) asks of the question the letter ends with.
  return (first !== null && !(last !== null && asksOfNothing(first)) ? first : last) ?? asked;
}

/**
 * A headline that adds words to the question after it (a republishing site's clickbait:
 * `胃胀怎么办？医生这样说`) over the question printed as such in the copied text (`问：胃胀怎么办？`):
 * the question is the one printed, the heading the site's own title for it. Null where no line
 * below prints a question the heading starts with and goes on past.
 */
export function printedQuestionBelow(blocks: readonly { text: string }[], heading: number, headline: string): string | null {
  const head = comparable(headline);
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + QUESTION_LINES_BELOW); i++) {
    const text = blocks[i]!.text;
    if (text.length > 80) continue;
    const asked = labelledBelow(text);
    if (!asked) continue;
    const question = comparable(asked);
    const bare = question.replace(/[?？]$/u, '');
    if ([...bare].length >= 4 && head.length > question.length && head.startsWith(bare) && /^[?？!！]?[,，:：\s]*\S/u.test(head.slice(bare.length))) return asked;
  }
  return null;
}

/** The longest line that may stand between a headline and the Q&A pair it opens: an info line, a credit; no sentence of prose. */
const HEAD_LINE_MAX_CHARS = 40;
/** How far below the labelled question the answer's label stands (the reader's own line between them). */
const ANSWER_LABEL_LINES_BELOW = 2;
/** The answer's label opening a line (`答：…`, `A：…`). */
const ANSWER_MARK_RE = /^\s*(?:答|A)\s*[:：]/u;
/** Whether line `at` opens the page's text with a Q&A pair: only short lines above it up to the heading, an answer's label just below. */
function opensQuestionAndAnswer(blocks: readonly { text: string }[], heading: number, at: number): boolean {
  // (A reporter's lede telling that viewers asked and the doctor was invited, news-lead.ts, introduces the pair: no answer's sentence.)
  for (let i = heading + 1; i < at; i++) if ((blocks[i]!.text.trim().length > HEAD_LINE_MAX_CHARS || PROSE_RE.test(blocks[i]!.text)) && !isReporterLede(blocks[i]!.text)) return false;
  for (let i = at + 1; i < Math.min(blocks.length, at + 1 + ANSWER_LABEL_LINES_BELOW); i++) if (ANSWER_MARK_RE.test(blocks[i]!.text)) return true;
  return false;
}

/**
 * A headline that asks nothing (an article's topic and its promise: `缺铁性贫血｜这些问题，专家来解答`) over the reader's question
 * printed under a label below it (`Q：孩子脸色苍白是怎么回事`, `问：…`): the question is the printed one, where it asks. Null where
 * the headline asks a question itself (but as a column's title, its answerer's hook after it), or no labelled line below it asks one.
 */
export function askedBelowHeadline(blocks: readonly { text: string; linkChars?: number }[], heading: number, headline: string, filed = false): string | null {
  // A headline asking in the column's words with its promise of an answer after (`冠心病點算好？醫生拆解`) asks no reader's
  // question: the column's title over the one a reader asked.
  // (The hook is read off the heading as printed: the headline read may have had it taken off.)
  // So is one the page files under the column's name (`filed`: `专家答疑｜颈椎病怎么办`): the issue's headline in the column's
  // words, over the reader's own question, where that is one question as a reader asks it (not a letter: see oneQuestion).
  const hooked = asksQuestion(headline);
  const column = filed || hasAnswererHook(headline) || hasAnswererHook(blocks[heading]?.text ?? '');
  if (hooked && !column) return null;
  const head = comparable(headline);
  const below = isColumnIssue(headline) ? ISSUE_QUESTION_LINES_BELOW : QUESTION_LINES_BELOW;
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + below); i++) {
    const text = blocks[i]!.text;
    // A related list's head (相关问题) ends the page's own text: a question quoted under it (`问：…`) is another page's; so is
    // one printed as a link.
    if (text.length <= 12 && isRelatedLabel(text.trim())) return null;
    if ((blocks[i]!.linkChars ?? 0) > 0) continue;
    // Under a headline that asks itself, only a question a reader is shown asking (`網友問：`) is the page's: a bare `Q：` or
    // `问：` below it is as likely the article's own sub-question, printed among the answer's paragraphs (`…怎么办？医生告诉你`
    // over the answer's `Q：能不能吃止咳糖浆？`).
    // A bare one opening the story's Q&A pair is the reader's, though (`問：…` then the reader's line and `答：…`, only short lines — the
    // info line, the expert's credit — between the headline and it): a sub-question stands among the answer's paragraphs.
    if (hooked && !ASKER_LABEL_RE.test(text) && !opensQuestionAndAnswer(blocks, heading, i)) continue;
    // The label alone on its line (a box's `网友提问` pill), the reader's question on the next: as the label run into it.
    const next = blocks[i + 1];
    const alone = isQuestionLabelAlone(text) && next !== undefined && (next.linkChars ?? 0) === 0 && next.text.length <= 80 ? next.text.trim() : null;
    const asked = alone ?? (text.length <= 80 ? labelledBelow(text) : null);
    if (asked === null || [...asked].length < 4 || !asksQuestion(asked)) continue;
    if (filed && hooked && !hasAnswererHook(blocks[heading]?.text ?? '') && !oneQuestion(asked)) return null;
    // A follow-up naming nothing it asks about (`有沒有什麼好的辦法緩解？`) asks of the filed headline's question: that is the page's.
    if (filed && hooked && asksOfNothing(asked)) return null;
    // A headline the printed question holds whole (`产后三个月脱发` over `提问：产后三个月脱发很厉害，是不是缺什么？`) is that
    // question's own title, made of its words as a Q&A site makes one: the question is the headline, no article's topic.
    if (head.length >= 4 && comparable(asked).includes(head)) return null;
    // Under a headline that asks nothing (a column's name alone: `专家答疑`, `名医信箱`), a letter's asking first part is the question.
    return hooked ? asked : letterQuestion(asked);
  }
  return null;
}

/**
 * A reader's question as a headline would print it: one sentence, ending at its question mark if it has one. A letter (the
 * question, then what the reader adds: `…怎么办？平时工作比较忙…`) asks more than a headline, and its headline stays the question.
 */
const oneQuestion = (asked: string) => !/[。；;！!]|[?？].|[，,].*[，,]/u.test(asked.trim());

/** A question cut short for the heading (`颈椎病要做…`, `女性总是后脑勺胀痛是……`, `…是什么...`): its ellipsis. */
const CUT_RE = /(?:…+|\.{3,}|。{3,})$/u;
export const isCutQuestion = (question: string) => CUT_RE.test(question.trim());
/** A line going on from a cut one, opening with the ellipsis (`……炎会复发吗`): what it goes on with. */
const CONTINUED_RE = /^(?:…{1,2}|\.{3,6}|。{3})\s*(\S.*)$/u;

/**
 * The whole question under a heading that prints it cut short (`颈椎病要做…` over `问题：颈椎病要做手术吗`
 * in the answer's box): the line below that starts with what the heading shows and goes on past it.
 * Null where the heading is not cut, or no such line stands below it.
 */
export function wholeQuestionBelow(blocks: readonly { text: string; heading?: boolean }[], heading: number, headline: string): string | null {
  if (!isCutQuestion(headline)) return null;
  // The question split over the heading and the line right under it, the heading's part closing with an ellipsis and the line's
  // opening with one (`哺乳期结膜……` over `……炎会复发吗`, as a site fits a long title): both parts joined, without the marks.
  const next = blocks.slice(heading + 1, heading + 1 + 2).find((b) => b.text.trim() !== '')?.text.trim() ?? '';
  const goesOn = next.match(CONTINUED_RE);
  if (goesOn && [...goesOn[1]!].length >= 2 && next.length <= 80 && oneQuestion(goesOn[1]!)) {
    const joined = `${headline.trim().replace(CUT_RE, '')}${goesOn[1]!.trim()}`;
    if ([...joined].length >= 4 && asksQuestion(joined)) return joined;
  }
  const shown = comparable(headline.trim().replace(CUT_RE, ''));
  if ([...shown].length < 4) return null;
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + QUESTION_LINES_BELOW); i++) {
    const text = blocks[i]!.text.trim();
    if (text.length > 80) continue;
    // Printed as a question: labelled, a heading, or asking; not the answer's first sentence going on from the same words.
    // A line of one sentence that asks (`…腰酸吃什么药`, a form's 咨询内容 cell printing the question first, no mark after it) is the
    // question too: an answer's sentence going on from the heading's words tells, and closes with its full stop.
    const asked = labelledBelow(text) ?? (blocks[i]!.heading || /[?？]$/u.test(text) || (oneQuestion(text) && asksQuestion(text)) ? text : null);
    if (!asked) continue;
    const whole = comparable(asked);
    if (whole.length > shown.length && whole.startsWith(shown) && !CUT_RE.test(asked)) return asked;
  }
  return null;
}

/** How far below a landing page's keyword heading the visitor's labelled question may stand (past a counter, a form, a box's head). */
const KEYWORD_QUESTION_LINES = 12;
/**
 * An SEO heading of a private hospital's landing page: the disease keyword and what searchers type with it (`青川看慢性胃炎哪家好`,
 * `云岭牙周炎专家在线解答`, `北岸痔疮医院`), no question anyone asked.
 */
const KEYWORD_HEADING_RE = /(?:哪家(?:医院)?(?:好|强|专业|最好)|哪里(?:治疗|看)?(?:好|最好)|医院(?:排名|推荐)?|专科|专家(?:在线|为您)?(?:解答|答疑|咨询)|在线(?:解答|答疑|咨询))[？?]?$/u;
/**
 * A sentence asking before the keyword's words (`肚子疼去什么医院？`, `胃痛该挂哪个专科？`): a real question that ends as a keyword does,
 * never a keyword heading. A keyword's own `哪家好` asks nothing before it (`青川看慢性胃炎哪家好？`).
 */
const ASKED_BEFORE_RE = /哪/u;
function asksBeforeKeyword(text: string, keyword: RegExpExecArray): boolean {
  const before = text.slice(0, keyword.index);
  return /[？?]$/u.test(text) && (asksQuestion(before) || ASKED_BEFORE_RE.test(before));
}
export function isKeywordHeading(text: string): boolean {
  const t = text.trim();
  const keyword = t.length <= 30 ? KEYWORD_HEADING_RE.exec(t) : null;
  return keyword !== null && !asksBeforeKeyword(t, keyword);
}

/**
 * The visitor's question a landing page prints under its keyword heading (`患者问：经期胃胀伴有上腹隐痛要紧吗`, `问：…` under
 * `青川看慢性胃炎哪家好`): the labelled line that asks, below the page's first heading where that is such a keyword and stands no
 * lower than the question read (`question`); null where none does.
 */
export function askedUnderKeyword(blocks: readonly { text: string; heading?: boolean }[], question: number): { index: number; text: string } | null {
  const heading = blocks.findIndex((b) => b.heading);
  if (heading === -1 || heading > question || !isKeywordHeading(blocks[heading]!.text)) return null;
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + KEYWORD_QUESTION_LINES); i++) {
    const text = blocks[i]!.text;
    const asked = text.length <= 80 ? labelledBelow(text) : null;
    if (asked !== null && [...asked].length >= 4 && asksQuestion(asked)) return { index: i, text: asked };
  }
  return null;
}
