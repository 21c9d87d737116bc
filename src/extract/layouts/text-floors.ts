import { parseCardParts } from '../card/card-parts.js';
import { isName } from '../words/card-words.js';
import { isRelatedLabel } from '../words/genre.js';
import { isQuotedLine, quoteHead } from '../words/quoted-original.js';
import { joinedMidPhrase } from '../words/plain-post.js';
import { findDate } from '../dates/page-meta.js';
import type { Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';

/**
 * A forum thread printed as plain text (an old board's 文字版 / archiver, everything in one `<pre>`): each floor opens with a
 * line naming it in brackets, the poster's nickname and when it was posted (`[楼主] nick  2023-05-06 14:22`, `[2楼] nick
 * 23-05-06 14:22`), its text under it. The board's doctor signs their floor as mail does, the card under `--`
 * (`{hospital} {department} {title} {name}`, `——{name}，{hospital}{department}{title}`); the nickname is no card. 楼主 asks,
 * 网友s chime in, the asker thanks: none of the answer; a quote of another floor at the reply's head (`【引用 nick 的帖子】` and
 * its `> ` lines) none either. The answer is the one signed floor's text, dated by its head.
 */

/** A floor's head: its name in brackets, the nickname, then the stamp (read by findDate). */
const FLOOR_HEAD_RE = /^[[【［]\s*(楼主|沙发|板凳|地板|第?\s*\d{1,4}\s*楼|\d{1,4}\s*#)\s*[\]】］]\s*(\S.{0,30}?)\s+\d{2,4}[-/.年]\d{1,2}/u;
/** The signature's delimiter (`--`, mail's `-- `) on a line of its own. */
const SIG_DELIMITER_RE = /^--\s*$/u;
/** A sign-off dash before the signature's name (`——王芳，…`). */
const SIGN_OFF_RE = /^(?:——|—|－－|--)\s*/u;
/** A plain-text rule (`────────`, `-----`, `=====`): the thread's frame, its end. */
const RULE_RE = /^[─━\-=_~*]{6,}$/u;
/** The calling a nickname adds to the name (`汪英医生`). */
const CALLING_RE = /(?:医生|大夫|医师)$/u;

interface Head {
  at: number;
  nick: string;
  date: string;
}

function headOf(b: Block, at: number): Head | null {
  if (b.chars > 60 || b.linkChars > 0) return null;
  const m = FLOOR_HEAD_RE.exec(b.text.trim());
  const date = m ? findDate(b.text) : null;
  return m && date ? { at, nick: m[2]!.trim(), date } : null;
}

/** Where the thread ends after `from`: its closing rule, a line of links, a heading, a related list's label. */
function threadEnd(blocks: readonly Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text.trim();
    if (RULE_RE.test(text) || b.heading || (b.chars > 0 && b.linkChars === b.chars) || isRelatedLabel(text)) return i;
  }
  return blocks.length;
}

/** The card the floor's signature prints (its lines `[from, to)`), or null where it names no title and hospital. */
function signedCard(blocks: readonly Block[], from: number, to: number) {
  const parts = blocks
    .slice(from, to)
    .flatMap((b) => b.text.trim().replace(SIGN_OFF_RE, '').split(/[\s，,]+/u))
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 8) return null;
  const card = parseCardParts(parts);
  return card.title && card.hospital ? card : null;
}

/** The signed doctor's floor of a plain-text thread under the question, read as a record; null where the page is no such thread. */
export function textFloors(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | null {
  // (The question may be 楼主's first line, under its floor's head, as well as the thread's title above it.)
  const heads: Head[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const head = headOf(blocks[i]!, i);
    if (head) heads.push(head);
  }
  // 楼主's floor and another at least.
  if (heads.length < 2 || heads[1]!.at <= question.index) return null;
  const end = threadEnd(blocks, heads[0]!.at + 1);
  const floors = heads.filter((h) => h.at < end).map((h, k, all) => ({ ...h, to: all[k + 1]?.at ?? end }));
  const signed = floors.slice(1).flatMap((floor) => {
    const delimiter = blocks.findIndex((b, i) => i > floor.at && i < floor.to && SIG_DELIMITER_RE.test(b.text.trim()));
    // Under `--` the signature's lines; without one, a closing sign-off line (`——王芳，…`).
    const sign = delimiter >= 0 ? delimiter : SIGN_OFF_RE.test(blocks[floor.to - 1]?.text.trim() ?? '') && floor.to - 1 > floor.at + 1 ? floor.to - 1 : -1;
    if (sign < 0) return [];
    const card = signedCard(blocks, delimiter >= 0 ? sign + 1 : sign, floor.to);
    return card ? [{ floor, sign, card }] : [];
  });
  // None signed, or several: the thread does not say whose words answer.
  if (signed.length !== 1) return null;
  const { floor, sign, card } = signed[0]!;
  const answerLines: number[] = [];
  for (let i = floor.at + 1; i < sign; i++) {
    const text = blocks[i]!.text.trim();
    if (quoteHead(text) !== null) {
      while (i + 1 < sign && isQuotedLine(blocks[i + 1]!.text)) i++;
      continue;
    }
    if (text !== '' && !isQuotedLine(text)) answerLines.push(i);
  }
  if (answerLines.length === 0) return null;
  const nick = floor.nick.replace(CALLING_RE, '');
  const name = card.name ?? (isName(nick) ? nick : null);
  if (name === null) return null;
  // A paragraph hand-broken mid-phrase (`…要及时就诊查明` over `原因。`) read whole: the post's text, typed into a form of a width.
  const paragraphs = joinedMidPhrase(answerLines.map((i) => blocks[i]!.text));
  return {
    question: { index: question.index, text: question.text },
    paragraphs,
    answerLines,
    doctor: { ...card, name },
    date: floor.date,
    doubts: card.name && isName(nick) && nick !== card.name ? ['the signature names another doctor than the floor’s poster'] : [],
  };
}
