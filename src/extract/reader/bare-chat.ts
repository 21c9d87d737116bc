/**
 * A consultation shared as its chat with no speaker shown on any bubble (an app's share page: no name, no label, no picture
 * beside a message, its classes hashed). What parts the turns is the chat's time separators, which messaging apps print where
 * time has passed between messages (`2023-05-06 14:22`, `05-06 14:22`, `星期三 14:22`, `昨天 14:22`, chat-days.ts), and the
 * words: the asker's opening bubble types the question again with their description (`宝宝皮肤刺痛几天了怎么办 最近一段时间一直这样`,
 * answer-text.ts's opensWithQuestion). Where the chat opens so under a separator, that bubble is the asker's, the separators
 * down to the next one after it date the asking (the next one stands over the answer, and dates it), and a later separator
 * over a bubble that asks (`晚上还是睡不好怎么办？`) opens a round, a 追问: the answer has ended there. The service's own messages
 * (its bot's `健康助手：已为您匹配…医生`, assistant-turns.ts) are neither side's, and may open the chat before the asker's bubble; an
 * asker's bubble may run their words on after the question with no space between, as an app's form joins its two fields
 * (`宝宝胃胀要做什么检查最近一段时间一直这样`).
 */
import type { Element } from 'domhandler';
import type { Block } from '../lines/html-lines.js';
import { isChatSeparator } from '../records/chat-days.js';
import { namesSide } from '../records/chat-record.js';
import type { Kind } from './line-kinds.js';
import { asksAgain, opensWithQuestion } from './answer-text.js';
import { isServiceMessage } from '../records/assistant-turns.js';

export interface BareChat {
  /** The asker's opening bubble. */
  opening: number;
  /** Every separator of the chat, its lines in order. */
  separators: number[];
  /** The separators above the answer's own: they date the asking. */
  asking: number[];
  /** The separator that opens a later round (a 追问) after the answer, or null. */
  round: number | null;
  /** The service's messages (its bot's, its desk's). */
  service: number[];
}

/** A bubble asking again: one short sentence ending in a question mark (`请问多久复查一次？`, `医生，那需要吃药吗？`). */
const ASKS_AGAIN_RE = /^[^。！!；;？?]{2,38}[？?]$/u;
const ASK_CHARS = 40;

/**
 * The bare chat among lines `question`..`end`, or null where the lines are no such chat: two separators at least, the
 * first text line under the first one the question typed again, and text under the next separator (the answer's).
 */
export function bareChat(blocks: readonly Block[], kinds: readonly Kind[], question: number, questionText: string, end: number): BareChat | null {
  const separators: number[] = [];
  for (let i = question + 1; i < end; i++) if ((kinds[i] === 'meta' || kinds[i] === 'text') && isChatSeparator(blocks[i]!.text)) separators.push(i);
  if (separators.length === 0) return null;
  const isSeparator = new Set(separators);
  const service = new Set<number>();
  for (let i = question + 1; i < end; i++) if (kinds[i] === 'text' && isServiceMessage(blocks[i]!.text)) service.add(i);
  const textAfter = (from: number) => {
    for (let i = from + 1; i < end && !isSeparator.has(i); i++) if (kinds[i] === 'text' && !service.has(i)) return i;
    return -1;
  };
  // The chat may open with no separator over the asker's bubble (the service's message and the asker's first, the time printed
  // only as the doctor replies): the bubble under the question, where it types the question again, opens it.
  // Under the service's message, a short question typed again and asked on (`胸闷严重吗？有没有什么好的办法缓解？`) opens it too.
  const first = textAfter(question);
  const deskFirst = [...service].some((i) => i < first);
  const asked = first !== -1 && first < separators[0]! && (asksFirst(blocks[first]!.text, questionText, deskFirst) || (deskFirst && asksAgain(blocks[first]!.text, questionText)));
  const reply = first === -1 ? -1 : textAfter(separators.find((s) => s > first) ?? -1);
  // With no service's message, the question run on into more words opens the chat where the markup tells its bubble's speaker
  // from the one under the stamp: rows alike but for their classes (`row patient` / `row doctor`), the doctor's restating none.
  const runOn = !asked && first !== -1 && first < separators[0]! && runsOnQuestion(blocks[first]!.text, questionText, 4) && reply !== -1 && rowsApart(blocks[first]!, blocks[reply]!);
  const unstamped = asked || runOn;
  if (!unstamped && separators.length < 2) return null;
  if (asked && !styledApart(blocks, first, reply)) return null;
  const opening = unstamped ? first : textAfter(separators[0]!);
  // The question run on into more words with no space (an app's form's two fields joined) is the asker's only under the service's
  // message opening the chat: elsewhere it may be the doctor restating the question as they answer (`…做什么检查主要看…`).
  const botFirst = [...service].some((i) => i < opening);
  if (opening === -1 || (!unstamped && !asksFirst(blocks[opening]!.text, questionText, botFirst))) return null;
  const answerAt = separators.findIndex((s) => s > opening);
  if (answerAt === -1 || textAfter(separators[answerAt]!) === -1) return null;
  let round: number | null = null;
  for (const s of separators.slice(answerAt + 1)) {
    // A separator right over a line already read as ending the answer (a `追问：` head) opens that round.
    if (kinds[s + 1] === 'end') {
      round = s;
      break;
    }
    const next = textAfter(s);
    const asked = next === -1 ? '' : blocks[next]!.text.trim();
    if (next !== -1 && [...asked].length <= ASK_CHARS && ASKS_AGAIN_RE.test(asked)) {
      round = s;
      break;
    }
  }
  return { opening, separators, asking: separators.slice(0, answerAt), round, service: [...service] };
}

/** How far up from a bubble's text its row's classes are read (the text box, the bubble, the row). */
const ROW_DEPTH = 3;
/** The classes of a line's elements up to its row: where the markup tells the speakers apart, the rows differ (`msg user` / `msg doc`). */
function rowClasses(block: Block): string {
  const names: string[] = [];
  for (let el = block.node?.parent ?? null, k = 0; el && k < ROW_DEPTH; el = el.parent, k++) names.push('attribs' in el ? (el.attribs['class'] ?? '') : '');
  return names.join('|');
}
/**
 * A chat opening with no separator over it is the asker's only where the bubble under the stamp is styled as another speaker's:
 * one styled alike is the same speaker's (the doctor restating the question before the stamp, the asker's own next bubble under it).
 * Where no line's classes differ (no side told), the words alone decide.
 */
function styledApart(blocks: readonly Block[], opening: number, under: number): boolean {
  if (under === -1) return true;
  const own = rowClasses(blocks[opening]!);
  return own === '' || own !== rowClasses(blocks[under]!);
}

/**
 * Two bubbles in rows the markup sets apart as two speakers': from each line up to the elements both stand in, the same
 * elements (tags) in the same nesting, at least one of them classed, and the classes differing on some level (`row patient` over
 * one bubble, `row doctor` over the other). Lines in elements of different shapes, or alike in every class, are told apart by nothing.
 */
function rowsApart(a: Block, b: Block): boolean {
  const up = (block: Block) => {
    const path: Element[] = [];
    for (let el = block.node?.parent ?? null; el && el.type === 'tag'; el = el.parent) path.push(el as Element);
    return path;
  };
  const pa = up(a);
  const pb = up(b);
  const shared = new Set<Element>(pb);
  const meet = pa.findIndex((el) => shared.has(el));
  if (meet <= 0) return false;
  const own = pa.slice(0, meet);
  const other = pb.slice(0, pb.indexOf(pa[meet]!));
  const classes = (el: Element) => (el.attribs['class'] ?? '').trim().split(/\s+/u).filter(Boolean).sort().join(' ');
  if (own.length !== other.length || own.some((el, k) => el.name !== other[k]!.name)) return false;
  if (!own.some((el) => classes(el) !== '') || !other.some((el) => classes(el) !== '')) return false;
  // The classes that differ name a side (`patient` / `doctor`, `line-me` / `line-dr`, `left` / `right`): a class of the bubble's
  // kind or place in the run (`msg-first`, `type-text` / `type-voice`) tells no speaker, and one speaker's rows may differ so.
  return own.some((el, k) => {
    const mine = new Set(classes(el).split(' '));
    const theirs = new Set(classes(other[k]!).split(' '));
    const differing = [...mine, ...theirs].filter((c) => c !== '' && !(mine.has(c) && theirs.has(c)));
    return differing.some(namesSide);
  });
}


/** The asker's opening bubble: the question typed again, or run on into their words under the service's message. */
const asksFirst = (line: string, question: string, botFirst: boolean) => opensWithQuestion(line, question) || (botFirst && runsOnQuestion(line, question));

/**
 * The question typed again opening a bubble run on into the asker's words as printed, its own mark and no other between
 * (`…有关系吗？最近一直这样`; a mark the question does not print, `…怎么办？这种情况…`, is a doctor's restating it). A question of
 * `least` characters at least (a short one, `渗液严重吗`, only where the rows tell the speakers apart).
 */
function runsOnQuestion(line: string, question: string, least = 6): boolean {
  const asked = question.trim();
  const text = line.trim();
  return [...asked.replace(/[？?]+$/u, '')].length >= least && text.startsWith(asked) && /^[\p{Script=Han}A-Za-z]{2}/u.test(text.slice(asked.length));
}
