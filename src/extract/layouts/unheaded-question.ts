import { comparable } from '../../core/text.js';
import { asksQuestion, isCardLine, labelledQuestion, questionFromTitle } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { isPaidAskerLine } from './paid-question.js';
import { isSenderStamp } from '../records/texted-question.js';
import { isAppPrompt } from '../words/app-prompt.js';

/**
 * A mini-program's web rendering or a web-component front end (`<wx-view>`, `<qa-question>`) sets
 * its question in no heading element, and its `<title>` may be the app's name or the kind of page
 * (健康问答小程序, 问答详情): then no heading and no line the title repeats marks the question. It is
 * the first line of the page's own text that asks one, with no heading and no paragraph above it
 * (an app's bar may be, its links and its name) and no heading asking one anywhere; no labelled line
 * (`标题：…`, read by its label). Sure where the title asks nothing itself, holds none of the line
 * and repeats no line of the page (it names the app, not another question).
 */

/** Longer lines are prose (the answer's paragraphs); a question is shorter. */
const QUESTION_MAX_CHARS = 60;
/** Lines of the app's bar that may stand above the question (a back link, the page's kind). */
const LINES_ABOVE = 4;
/** A line that opens with a label of a few words. */
const LABELLED_RE = /^[^:：]{1,8}[:：]/u;
/** The longest of such a bar's lines. */
const BAR_MAX_CHARS = 12;

export function unheadedQuestion(blocks: readonly Block[], title: string): { index: number; confirmed: boolean; text: string } | null {
  // A heading that asks a question (the page's own under an injected bar) is the question's place: left to the heading's reader.
  if (blocks.some((b) => b.heading && asksQuestion(b.text))) return null;
  const i = firstLineAsking(blocks) ?? askedUnderSender(blocks);
  if (i === null) return null;
  const named = comparable(questionFromTitle(title));
  const asked = comparable(blocks[i]!.text);
  // The title names the app where it asks nothing, holds no question the page prints, and repeats no line.
  const app = named !== '' && !asksQuestion(named) && !comparable(title).includes(asked) && !blocks.some((l) => comparable(l.text) === named);
  return { index: i, confirmed: app, text: blocks[i]!.text.trim() };
}

const asksAlone = (b: Block) => !b.heading && b.linkChars === 0 && b.chars >= 4 && b.chars <= QUESTION_MAX_CHARS && !LABELLED_RE.test(b.text) && asksQuestion(b.text) && !isCardLine(b.text) && !readMetaLine(b.text).metaOnly;

/** The first line of the page asking a question, under no more than an app's bar. */
function firstLineAsking(blocks: readonly Block[]): number | null {
  for (let i = 0; i < Math.min(blocks.length, LINES_ABOVE + 1); i++) {
    const b = blocks[i]!;
    if (b.heading || b.chars > QUESTION_MAX_CHARS) return null;
    if (b.linkChars > 0 || b.chars < 4) continue;
    // A labelled line (`标题：…`, `问：…`) is read by its label, elsewhere.
    if (LABELLED_RE.test(b.text)) return null;
    if (!asksQuestion(b.text) || isCardLine(b.text) || readMetaLine(b.text).metaOnly) {
      // (A share page's bar may run the app's name into its button: `禾连健康 · 问医生打开App`, app-prompt.ts.)
      if (b.chars <= BAR_MAX_CHARS || isAppPrompt(b.text)) continue;
      return null;
    }
    return i;
  }
  return null;
}

/**
 * A store's or a shop's share page sets its own cards above the question (the store's address, its hours): there the question is the
 * line asking one right under the asker's masked number and its stamp (`会员139****5129 05-26 12:32`, texted-question.ts);
 * so too a paid Q&A's, under the asker's name and the price paid (`@小鹿乱撞 ¥100 提问`, paid-question.ts).
 */
function askedUnderSender(blocks: readonly Block[]): number | null {
  const sender = blocks.findIndex((b) => isSenderStamp(b.text) || isPaidAskerLine(b.text));
  // A consult's labelled title line above it (`咨询主题：…`) is the question, read by its label (consult-title.ts).
  if (blocks.slice(0, Math.max(sender, 0)).some((b) => b.chars <= QUESTION_MAX_CHARS + 8 && labelledQuestion(b.text) !== null)) return null;
  return sender !== -1 && blocks[sender + 1] && asksAlone(blocks[sender + 1]!) ? sender + 1 : null;
}
