import type { Block } from '../lines/html-lines.js';
import { isChatSeparator } from './chat-days.js';
import { rowOf } from './chat-sides.js';

/**
 * A chat record whose bubbles' pictures say in their alt text who speaks (`<img alt="患者">` beside the
 * asker's bubble, the doctor's name beside theirs): the asker's bubbles are the asking, none of the answer,
 * whatever the pictures' addresses (an app may serve each avatar from an address of its own).
 * Only the asker's role word is taken as theirs; a name in the alt tells nothing alone.
 * The chat's separators (its day lines) above the asker's opening bubbles date the asking where another
 * stands between those bubbles and the reply; a separator after the reply over an asker's bubble opens
 * a later round (a 追问): the answer has ended there.
 */
const ASKER_ALT_RE = /^(?:患者|病人|用户|提问者|咨询者|网友|家属|患者头像|用户头像|提问者头像)$/u;

export interface AskerPictures {
  /** Lines in the asker's bubbles. */
  asker: number[];
  /** Separators that date the asking, not the answer. */
  notAnswerDates: number[];
  /** The separator opening a later round after the reply, or null. */
  round: number | null;
}

/** The asker's bubbles between `question` and `end`, told by their pictures' alt text, and what the separators date; null where none is told. */
export function askerPictures(blocks: readonly Block[], question: number, end: number): AskerPictures | null {
  const asker: number[] = [];
  for (let i = question + 1; i < end; i++) {
    const row = rowOf(blocks[i]!.node);
    if (row && ASKER_ALT_RE.test((row.img.attribs['alt'] ?? '').trim())) asker.push(i);
  }
  if (asker.length === 0) return null;
  const isAsker = new Set(asker);
  const separator = (i: number) => isChatSeparator(blocks[i]!.text);
  // The reply: the first line after the asker's opening bubbles that is neither theirs nor a separator.
  let reply = -1;
  for (let i = asker[0]! + 1; i < end && reply === -1; i++) if (!isAsker.has(i) && !separator(i)) reply = i;
  if (reply === -1) return { asker, notAnswerDates: [], round: null };
  const separators: number[] = [];
  for (let i = question + 1; i < reply; i++) if (separator(i)) separators.push(i);
  const lastAsking = asker.filter((i) => i < reply).at(-1)!;
  const notAnswerDates = separators.length > 1 && separators.at(-1)! > lastAsking ? separators.slice(0, -1) : [];
  let round: number | null = null;
  for (let i = reply + 1; i < end && round === null; i++) {
    if (!separator(i)) continue;
    let next = i + 1;
    while (next < end && separator(next)) next++;
    if (isAsker.has(next)) round = i;
  }
  return { asker, notAnswerDates, round };
}
