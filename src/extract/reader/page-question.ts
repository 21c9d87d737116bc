/**
 * Finding the page's question: the heading its <title> repeats, else a line the title or the structured
 * data repeats, a labelled or badged question, a column's or a teaser's; with the column names, tags and
 * filing a heading adds to it taken off.
 */
import { namesPageKind } from '../records/consult-title.js';
import { isReaderLabel } from '../layouts/column-answer.js';
import { afterAnyLeadingTopicTag, afterLeadingTopicTag, questionWithoutTopicTags } from '../words/topic-tags.js';
import { comparable } from '../../core/text.js';
import { isPersonalName } from '../../core/genre-vocabulary.js';
import { withoutSequenceNumber } from '../words/sequence-number.js';
import { asksQuestion, isColumnIssue, isHealthAuthority, isQuestionLabelAlone, QUESTION_MARK_RE, TITLE_RE, WHOLE_HOSPITAL_RE, labelledQuestion, labelledComplaint, questionFromTitle, ISSUE_TITLE_RE, namesSessionRecord, SERIES_NAME_RE, titleOpeningQuestion, withoutSiteSuffixes } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import type { Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import type { StructuredQa } from '../lines/structured-data.js';
import { inLiveRegion } from '../tree/announced-label.js';
import { badgeOf } from '../lines/qa-badge.js';
import { firstPairQuestion, sessionFirstQuestion } from '../layouts/qa-pairs.js';
import { clippedHeading } from '../layouts/note-clip.js';
import { productConsultQuestion } from '../layouts/product-question.js';
import { isStyledHeading } from '../lines/styled-heading.js';
import { ANSWER_LABEL_RE, SIGNED_LABEL_RE } from '../words/answer-labels.js';
import { chineseHalf } from '../../core/bilingual-label.js';

/**
 * A heading's pill naming the question's kind, an element of its own glued before the question (`<h1><span class="tag">观众提问</span>…</h1>`,
 * `<span>网友提问</span>`, `<i>问题</i>`): a label, none of the question. The line's first text must be the pill's whole text, and a
 * question of four characters or more must follow it.
 */
function withoutLabelPill(b: Block): string {
  const pill = b.heading && b.node?.parent?.type === 'tag' && !HEADING_TAGS.has((b.node.parent as Element).name) ? textContent(b.node.parent).trim() : '';
  if (pill === '' || !isQuestionLabelAlone(pill) || /[:：]$/u.test(pill)) return b.text;
  const rest = b.text.trim();
  return rest.startsWith(pill) && [...rest.slice(pill.length).trim()].length >= 4 ? rest.slice(pill.length).trim() : b.text;
}
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A line's question after its drawn or printed Q / 问 badge (qa-badge.ts), or null where no question badge opens it. */
function badgedRest(b: Block): string | null {
  const badge = badgeOf(b);
  return badge?.side === 'question' && [...badge.rest].length >= 4 ? badge.rest : null;
}

/**
 * The page's question: the heading its <title> repeats, since many sites put their logo in an
 * <h1> too; titles may carry more than one suffix (`问题 - 问医生 - 站名`), so a heading the
 * title starts with counts. Then a line the title or the structured data repeats; else the
 * first heading, unconfirmed.
 */
export function findQuestion(blocks: Block[], rawTitle: string, structured: StructuredQa | null): { index: number; confirmed: boolean; text: string; labelled?: boolean; amongEntries?: boolean } | null {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  const key = comparable(questionFromTitle(title));
  const filedWhole = comparable(withoutColumnName(withoutSequenceNumber(title)));
  const whole = comparable(withoutSequenceNumber(title));
  const named = structured?.question ? comparable(structured.question) : null;
  // A title may name who answered before the question (`王医生回复：问题`).
  const spoken = questionFromTitle(title).match(/^[^:：]{1,20}[:：]\s*(.{4,})$/u)?.[1];
  const told = spoken ? comparable(spoken) : null;
  const long = (text: string) => title !== '' && [...text].length >= 4;
  // A heading's pill the <title> repeats too (`<title>观众提问 question - site</title>`): the line with it is the title's, and the
  // pill still none of the question (taken off it below).
  // So does a heading that labels the question (`<h1>Q：…</h1>`) under a title without the label.
  const repeats = (b: Block) => {
    const bare = withoutLabelPill(b);
    const unlabelled = b.text.replace(QUESTION_MARK_RE, '');
    return repeatsLine(b, bare) || (bare !== b.text && repeatsLine(b, b.text)) || (unlabelled !== b.text && repeatsLine(b, unlabelled)) || titledUntagged(b) !== null;
  };
  // A heading opening with a topic tag (`#失眠#…`) whose <title> repeats the rest without it: the tag is no part of the question.
  const titledUntagged = (b: Block) => {
    const rest = afterAnyLeadingTopicTag(b.text.trim());
    return rest !== null && long(comparable(rest)) && (comparable(rest) === key || whole.startsWith(comparable(rest))) ? rest : null;
  };
  const repeatsLine = (b: Block, line: string) => {
    const text = comparable(withoutSequenceNumber(line));
    // A periodical's name in its masthead, which its title starts with (`健康问答周刊 第247期`), asks nothing.
    if (SERIES_NAME_RE.test(text)) return false;
    // So is the name the title puts before an issue's number (`每日一问第311期：问题` over a heading `每日一问`).
    if (whole.startsWith(text) && /^第\d+期/u.test(whole.slice(text.length))) return false;
    if (text === key || text === named || text === told || (long(text) && (whole.startsWith(text) || unmarkedInTitle(text)))) return true;
    // The line files the title's question under a column, a thread's tag or a quiz's type (`单选题：…`), which the title leaves out.
    const filed = withoutColumnName(b.text);
    // So too where both file it under the programme, the line with its day too (`《健康之路》 20230506 …` titled `《健康之路》…`).
    // Or a heading filing it under the programme the site-first title ends with it (`【精靈一點】…` titled `精靈一點 - 台 - …`).
    return filed !== b.text && (comparable(filed) === key || (long(comparable(filed)) && (filedWhole.startsWith(comparable(filed)) || (b.heading && whole.endsWith(comparable(filed))))));
  };
  // The title may drop the question's mark (`…引起的_栏目_站名` over `…引起的？`): the line without it, a part of the title of its own.
  const unmarkedInTitle = (text: string) => {
    const bare = text.replace(/[?？]+$/u, '');
    return bare !== text && (bare === key || (whole.startsWith(bare) && /^\s*[-_|–—]/u.test(whole.slice(bare.length))));
  };
  // A title may put the site first (`站名 - 问题`); a heading that is a link (the logo) is not the question, nor one naming the kind of page (`问题 - 问诊详情`).
  const ends = (b: Block) => b.heading && b.linkChars < b.chars && long(comparable(b.text)) && whole.endsWith(comparable(b.text)) && !namesPageKind(b.text);
  let index = blocks.findIndex((b) => b.heading && !isHomeLink(b) && repeats(b));
  // A note's own title (`问题_站名`) over the page it clipped: the question is the clipped page's heading (note-clip.ts).
  if (index !== -1) index = clippedHeading(blocks, index);
  // A line all one link (the logo, a menu's entry) is the site's, not the question, whatever the title starts with.
  // Nor a live region's caption of what was last read aloud (announced-label.ts), which repeats the question printed elsewhere.
  if (index === -1) index = blocks.findIndex((b) => b.chars <= 60 && b.linkChars < b.chars && repeats(b) && !inLiveRegion(b.node));
  // An FAQ's entry the <title> names, its question opened by a drawn Q badge (`<i>Q</i>question`, the other entries' alike): that
  // entry's question line, the badge none of it; the other entries' questions the title does not name. Its card and day are read
  // among the other entries' alike: said (questionDoubts). Where no other line opens with such a badge, the badged line is the
  // page's one question (`<h1><span>Q</span>question</h1>` over its `A` answer), its lists' items unbadged: no FAQ, nothing to say.
  if (index === -1) {
    const asked = blocks.findIndex((b) => b.chars <= 60 && b.linkChars < b.chars && !inLiveRegion(b.node) && badgedRest(b) !== null && repeatsLine(b, badgedRest(b)!));
    if (asked !== -1) return { index: asked, confirmed: true, text: badgedRest(blocks[asked]!)!, amongEntries: blocks.some((b, i) => i !== asked && badgedRest(b) !== null) };
  }
  if (index === -1) index = blocks.findIndex(ends);
  // So too a line of its own the site-first title ends with, no heading in the markup (an e-paper's `<founder-title>`), where it asks.
  if (index === -1) index = blocks.findIndex((b) => b.chars <= 60 && b.linkChars === 0 && long(comparable(b.text)) && whole.endsWith(comparable(b.text)) && asksQuestion(b.text) && !namesPageKind(b.text));
  // A shared answer's page links its question to the question's own page (`<a href="/question/…">问题</a>` over the answer): a
  // line all one link that is the title's question word for word, where no other line is.
  if (index === -1) index = blocks.findIndex((b) => b.chars >= 6 && b.chars <= 60 && b.linkChars === b.chars && b.links.length === 1 && !isHomeLink(b) && comparable(b.text) === key);
  if (index !== -1 && !repeatsLine(blocks[index]!, blocks[index]!.text) && titledUntagged(blocks[index]!) !== null) return { index, confirmed: true, text: titledUntagged(blocks[index]!)!.trim() };
  if (index !== -1) {
    // A heading over several signed 问 / 答 pairs names the collection: the page's question is the first pair's (qa-pairs.ts).
    const paired = firstPairQuestion(blocks, index) ?? sessionFirstQuestion(blocks, index);
    // A product's heading over a consultation (product-question.ts): the question is the consultation's.
    return productConsultQuestion(blocks, index) ?? teasedQuestion(blocks, index) ?? columnQuestion(blocks, index) ?? (paired ? { ...paired, confirmed: true } : { index, confirmed: true, text: questionWithoutTopicTags(withoutSiteSuffixes(withoutLabelPill(blocks[index]!).replace(QUESTION_MARK_RE, ''))) });
  }
  // A session's record under its first heading (the heading's issue number not in the title): the first pair's question
  // (qa-pairs.ts), sure where the title names the record too.
  const sessionHead = blocks.findIndex((b) => b.heading && b.linkChars < b.chars);
  const session = sessionHead === -1 ? null : sessionFirstQuestion(blocks, sessionHead);
  if (session) return { ...session, confirmed: namesSessionRecord(title) };
  // A periodical's issue (its title only the series and the issue's number): the featured Q&A's question is the
  // first line that asks one with the doctor's card right under it.
  if (ISSUE_TITLE_RE.test(title)) {
    index = blocks.findIndex((b, i) => b.chars >= 4 && b.chars <= 60 && b.linkChars === 0 && asksQuestion(b.text) && [blocks[i + 1], blocks[i + 2]].some((c) => c !== undefined && c.chars <= 80 && TITLE_RE.test(c.text)));
    // Its 问 / Q label (`Q：…`) is none of the question.
    if (index !== -1) return { index, confirmed: true, text: blocks[index]!.text.replace(QUESTION_MARK_RE, '').trim() };
  }
  // A line that labels the question (`标题：…`, `患者提问：…`) where no heading holds it: the question is what follows the label.
  // So is a record's chief complaint (`主诉：…`) that the title repeats.
  const labelled = (b: Block) => (b.chars <= 80 ? labelledQuestion(b.text) ?? labelledComplaint(b.text) : null);
  index = blocks.findIndex((b) => {
    const asked = labelled(b);
    return asked !== null && repeats({ ...b, text: asked });
  });
  if (index !== -1) return { index, confirmed: true, text: labelled(blocks[index]!)!, labelled: true };
  // The question printed after a label (`Q: …`, `问：…`) where no heading holds it (a reader view); the title may drop its question mark.
  const unmarked = (text: string) => text.replace(/[?？]$/u, '');
  index = blocks.findIndex((b) => b.chars <= 80 && QUESTION_MARK_RE.test(b.text) && unmarked(comparable(b.text.replace(QUESTION_MARK_RE, ''))) === unmarked(key));
  if (index !== -1) return { index, confirmed: true, text: blocks[index]!.text.replace(QUESTION_MARK_RE, '') };
  // A heading that adds a badge to the title's question (`…怎么办 已解决`): the question is the title's.
  index = blocks.findIndex((b) => b.heading && !isHomeLink(b) && [...key].length >= 4 && comparable(b.text).startsWith(key) && [...comparable(b.text)].length - [...key].length <= 8);
  if (index !== -1) {
    // Only the question's end mark added (`问题？` under the title's `问题`): the question as the page prints it.
    const mark = /^[?？!！。.]+$/u.test(comparable(blocks[index]!.text).slice(key.length));
    return { index, confirmed: true, text: mark ? blocks[index]!.text.trim() : questionFromTitle(title) };
  }
  // A heading that files the question under a category in brackets before it (`[心血管内科] 问题`, a forum's thread type).
  const filed = (b: Block) => (b.heading ? b.text.match(FILED_UNDER_RE)?.[1] ?? null : null);
  index = blocks.findIndex((b) => {
    const asked = filed(b);
    return asked !== null && repeats({ ...b, text: asked });
  });
  if (index !== -1) return { index, confirmed: true, text: filed(blocks[index]!)! };
  const badged = badgedQuestion(blocks, title);
  if (badged) return badged;
  index = blocks.findIndex((b) => b.heading && b.linkChars < b.chars);
  // A page that prints its question only in the <title> (its <h1> the logo): the first heading is the answer's label, the question the title's.
  const titled = index !== -1 && ANSWER_LABEL_RE.test(blocks[index]!.text.replace(/\s+/gu, '')) ? titleOpeningQuestion(title) : null;
  if (titled) return { index, confirmed: true, text: titled };
  // An editor's document styles its question's line as a heading above any <h1>–<h6> (styled-heading.ts): unconfirmed, as a first heading is.
  const styled = blocks.findIndex((b, i) => (index === -1 || i < index) && b.linkChars === 0 && b.chars >= 4 && b.chars <= 60 && isStyledHeading(b));
  if (styled !== -1) return { index: styled, confirmed: false, text: blocks[styled]!.text.trim() };
  // A title that is only a file's name (a converted document's `wenda_116831.pdf`) says nothing of the question, as none does.
  if (index === -1) return null;
  // Nor does a title of the site's section and name alone (`网上咨询_某某医院`): a heading that asks a question is the question.
  const confirmed = title === '' || FILE_NAME_TITLE_RE.test(title) || (namesSiteOnly(title) && asksQuestion(blocks[index]!.text));
  return { index, confirmed, text: blocks[index]!.text };
}
const FILE_NAME_TITLE_RE = /^[\w.\-]+\.(?:pdf|docx?|wps|html?|txt)$/iu;
/**
 * A title of a section's name (a few words, no question) and a hospital's: the site's page kind, none of its question. The
 * hospital may come first, its sections after it parted by spaces too (`東華三院 中醫服務 - 健康問答`, an old site's every page).
 */
const namesSiteOnly = (title: string): boolean => {
  const parts = title.split(/\s*[-_|–—]\s*/u).filter((p) => p !== '');
  // A government's health authority is a site's name as a hospital's is, its 健康问答 pages titled by the section and it alone.
  const site = (p: string) => WHOLE_HOSPITAL_RE.test(p) || isHealthAuthority(p);
  if (parts.length >= 2 && site(parts[parts.length - 1]!) && parts.every((p) => !asksQuestion(p) && (p.length <= 6 || site(p)))) return true;
  const words = title.split(/\s*[-_|–—\s]\s*/u).filter((p) => p !== '');
  return words.length >= 3 && WHOLE_HOSPITAL_RE.test(words[0]!) && words.slice(1).every((p) => !asksQuestion(p) && p.length <= 6);
};
/** A link to the site's home page (`/`, `./`, `index.html`, the bare host). */
const HOME_HREF_RE = /^(?:\/|\.\/?|\/?index\.\w+|(?:https?:)?\/\/[^/?#]+\/?)$/iu;
/** A heading all one link to the home page: the site's logo, whatever the title starts with (`站名 - 口号`). */
const isHomeLink = (b: Block) => b.linkChars === b.chars && b.links.length === 1 && HOME_HREF_RE.test(b.links[0]!.trim());
/**
 * The question a 问 badge marks where no heading holds it (a shared card, a poster: `<span>问</span><p>…</p>`):
 * the line the badge opens, or the line after a badge on a line of its own, before any 答 badge.
 * Sure only where the title says nothing against it (none, or whose answer the page is: `王医生的回答`), or a column's issue
 * headline stands over it.
 */
function badgedQuestion(blocks: Block[], title: string): { index: number; confirmed: boolean; text: string } | null {
  for (let i = 0; i < blocks.length; i++) {
    const badge = blocks[i]!.chars <= 80 ? badgeOf(blocks[i]!) : null;
    if (!badge) continue;
    if (badge.side === 'answer') return null;
    const index = badge.rest === '' ? i + 1 : i;
    const text = badge.rest === '' ? blocks[index]?.text.trim() ?? '' : badge.rest;
    if ([...text].length < 4 || [...text].length > 60 || badgeOf(blocks[index]!)?.side === 'answer') return null;
    // Sure too under a column's issue headline (`营养专家答疑（第54期）`, genre.ts) where the title asks nothing, or on a page the
    // title names as an issue (`{name} 2019年9月刊`): the issue names no question, its Q&A's 问 is the page's. Only where it is the
    // issue's one 问: an issue of several Q&As (a second 问 badge below) answers more than this question, and the reading stays unsure.
    // So too under a title naming only the site and its section (`東華三院 中醫服務 - 健康問答`, namesSiteOnly): it says nothing
    // against the page's one 問.
    const issued =
      !asksQuestion(title) &&
      (ISSUE_TITLE_RE.test(title) || namesSiteOnly(title) || blocks.slice(0, i).some((b) => b.heading && isColumnIssue(b.text))) &&
      !blocks.slice(index + 1).some((b) => b.chars <= 80 && badgeOf(b)?.side === 'question');
    return { index, confirmed: title === '' || SIGNED_LABEL_RE.test(title.replace(/\s+/gu, '')) || issued, text };
  }
  return null;
}
/** A column's name as a heading (专家问答, 健康问答, 名医答疑): what the page files its Q&As under, no question. */
const COLUMN_HEADING_RE = /^[\p{Script=Han}]{0,4}(?:问答|答疑|解答|问诊|咨询|科普|信箱|来信(?:选登|摘登)?|答(?:读者|网友|听众|患者)问)$/u;
/** How far below a column's heading the question of the Q&A it shows may stand (its own heading, or a reader's letter's line). */
const COLUMN_QUESTION_LINES = 6;
/**
 * A column's page (its heading the column's name, which the `<title>` repeats) that shows a Q&A in
 * full under it: the Q&A's own heading below, or the line under a reader's label (a magazine's 专家信箱:
 * `读者刘某来信：`), which asks a question, is the page's question.
 */
function columnQuestion(blocks: Block[], heading: number): { index: number; confirmed: boolean; text: string } | null {
  const head = blocks[heading]!;
  // A bilingual site names the column in both languages (`Patient Q&A 患者问答`): by its Chinese half (bilingual-label.ts).
  const isColumn = (text: string) => COLUMN_HEADING_RE.test(text.replace(/\s+/gu, ''));
  if (!head.heading || !(isColumn(head.text) || isColumn(chineseHalf(head.text) ?? ''))) return null;
  for (let i = heading + 1; i < blocks.length && i <= heading + COLUMN_QUESTION_LINES; i++) {
    const b = blocks[i]!;
    // Or the line under the question's own label on a line of its own (`问题`, a `<dl>`'s `<dt>Question 问题</dt>` over its `<dd>`).
    const label = blocks[i - 1]!.text;
    const labelled = isReaderLabel(label) || isQuestionLabelAlone(label) || isQuestionLabelAlone(chineseHalf(label) ?? '');
    if ((b.heading || labelled) && b.chars >= 4 && b.chars <= 60 && asksQuestion(b.text)) return { index: i, confirmed: true, text: b.text.trim() };
  }
  return null;
}
/** How far below an article's heading its labelled question may stand (after a byline and an introduction). */
const TEASED_QUESTION_LINES = 12;
/**
 * An article's heading that adds a teaser to the question (`…吃什么好？医生这样说`), where a line
 * below labels the question (`网友提问：…`) and the heading only starts with it, past a
 * punctuation mark: the labelled line is the question.
 */
function teasedQuestion(blocks: Block[], heading: number): { index: number; confirmed: boolean; text: string; labelled: boolean } | null {
  const head = comparable(blocks[heading]!.text);
  for (let i = heading + 1; i < blocks.length && i <= heading + TEASED_QUESTION_LINES; i++) {
    // The label on a line of its own (a post's `网友提问` pill), the question on the next.
    const alone = isQuestionLabelAlone(blocks[i]!.text) && blocks[i + 1] !== undefined && blocks[i + 1]!.chars <= 80 ? blocks[i + 1]!.text.trim() : null;
    const asked = alone ?? (blocks[i]!.chars <= 80 ? labelledQuestion(blocks[i]!.text) : null);
    if (asked === null) continue;
    const core = comparable(asked).replace(/[?？]$/u, '');
    // (The heading's words past the mark: one that only adds the mark, `问题？` over `网友提问：问题`, is the question itself, teasing nothing.)
    if (core.length >= 4 && head.length > core.length && head.startsWith(core) && /^[?？!！,，:：;；。]+[^?？!！,，:：;；。\s]/u.test(head.slice(core.length))) {
      // A pill's question is read in the post's own words; the heading stays where the post begins (its day above the pill).
      return { index: alone !== null ? heading : i, confirmed: true, text: asked, labelled: alone === null };
    }
    return null;
  }
  return null;
}
/**
 * A column's name before the question (`专家答疑｜…`, `【健康问答】…`): the series a post is filed in, not the question's words;
 * likewise a wiki's namespace (`问答:…`, the page's name on a MediaWiki site), a forum thread's tag (`求助：…`, `【求助】…`), a quiz question's type (`单选题：…`)
 * and an answer show's lead-in naming who asked (`答疑：…`, `听众提问：…`, `粉丝问：…`), or a blog's series of answers to them (`答网友问：…`);
 * an asker's line asking for someone else (`帮妈妈问：…`, `替父亲咨询：…`): who asks, none of the question;
 * a portal's lead-in naming who answers (`骨科专科医生解答：…`, `专家解答：…`, a Taiwanese channel's `醫師解答／…` after a full-width
 * slash), the answerer's label, none of the question;
 * a paper's column named before a colon (`醫藥信箱：…`, `健康问答：…`, Hong Kong's `醫生話你知：…` and `健康解碼：…`);
 * and a programme's name in title marks, with the day it aired (`《健康之路》 20230506 …`), where the sentence goes on without it (not `《内经》说…`);
 * and a Taiwanese news site's channel closed by a lone `》` (`健康網》…`, `營養師》…`), no `《` before it.
 */
const COLUMN_NAME_RE = /^\s*(?:[【[［〔]([^\]】］〕]{1,10})[\]】］〕]|([^｜|]{2,10}?)\s*[｜|]|(\p{Script=Han}{2,4}):(?=\S)|(\p{Script=Han}{0,6}(?:信箱|问答|問答|答疑|热线|熱線|专栏|專欄|讲堂|講堂|话你知|話你知|解码|解碼))\s*[:：]|(求助|提问|求医|病例讨论|讨论|[单多]选题|判断题|问答题|答疑|(?:听众|粉丝|观众|网友|读者)(?:提问|问)|答(?:网友|读者|听众|观众|粉丝|患者)问|(?:帮|替|代)\p{Script=Han}{1,3}?(?:问|咨询|提问)|\p{Script=Han}{0,8}?(?:医生|医师|专家|大夫)(?:解答|回答|答))\s*[:：／]|《([^《》]{2,10})》\s*(?:\d{8}|\d{4}[-.]\d{1,2}[-.]\d{1,2})?(?!说|讲|写|提到|里|中[说讲写提的记]|上[说讲写的]|的)(?=\s*\p{Script=Han})|(\p{Script=Han}{2,6})》)\s*(?=\S)/u;
export function withoutColumnName(question: string): string {
  // A topic tag before the title (topic-tags.ts) files it as a column's name does.
  const tagged = afterLeadingTopicTag(question);
  if (tagged !== null && asksQuestion(tagged)) return withoutColumnName(tagged);
  const m = question.match(COLUMN_NAME_RE);
  const rest = m ? question.slice(m[0].length) : '';
  return m && asksQuestion(rest) && !asksQuestion(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]!) ? rest : question;
}
/** A category in brackets before a heading's text (`[心血管内科] 产后头晕是怎么回事`). */
const FILED_UNDER_RE = /^\s*[[【［〔]\s*[^\]】］〕]{1,12}\s*[\]】］〕]\s*(\S.*)$/u;

/** A heading opening with a doctor's name and calling before a colon (`王芳医生：…`, `李明主任：…`). */
const SPEAKER_PREFIX_RE = /^\s*(\p{Script=Han}{2,4}?)(?:医生|医师|大夫|主任|教授)\s*[:：]\s*(?=\S)/u;
/**
 * The question without the answering doctor's name before it (`王芳医生：孩子发烧怎么办`, a video's title naming who speaks in it):
 * the name is the speaker's, none of the question, where it is the name the card prints. Another name there (or none read) is left
 * as printed, and said (`doubt`): whose the name is, the page does not show.
 */
export function withoutAnswererName(question: string, answerer: string | null): { text: string; doubt?: string } {
  const m = question.match(SPEAKER_PREFIX_RE);
  const rest = m ? question.slice(m[0].length).trim() : '';
  // The answerer's name alone before the colon (`王芳：孩子发烧怎么办`, a programme's title after its column's name): theirs too,
  // where it is the very name the card prints and what follows asks.
  if (!m && answerer !== null) {
    const named = question.match(/^\s*(\p{Script=Han}{2,4})\s*[:：]\s*(?=\S)/u);
    const asked = named ? question.slice(named[0].length).trim() : '';
    if (named?.[1] === answerer && [...asked].length >= 4 && asksQuestion(asked)) return { text: asked };
  }
  if (!m || [...rest].length < 4) return { text: question };
  if (m[1] === answerer) return { text: rest };
  // (A column's or a kind of doctor's word there, `家庭医生：`, `儿科医生：`, names no one: no doubt.)
  return isPersonalName(m[1]!) && asksQuestion(rest) ? { text: question, doubt: `the question opens with a doctor's name other than the card's (${m[0].trim()})` } : { text: question };
}
