import type { Element } from 'domhandler';
import { readMetaLine } from '../dates/page-meta.js';
import { askerBoxStamps, isAskerStamp } from '../layouts/asker-stamp.js';
import { memberPostLines } from '../layouts/member-answer.js';
import { stampsOfOtherTexts } from '../layouts/stamp-below.js';
import { inside, type Block } from '../lines/html-lines.js';
import { isAskerLabel, isAskerLine, PROSE_RE } from '../words/genre.js';
import type { Kind } from './line-kinds.js';
import { otherPostStamps } from './other-post-stamps.js';
import { otherAnswererLines } from './other-answerer-posts.js';

/** The lines around the page's own answer, as the reader placed them. */
export interface AnswerPlace {
  blocks: Block[];
  kinds: readonly Kind[];
  /** The question's line; the answer's first and last lines (-1 where none was read); where its own part and the zone end. */
  question: number;
  first: number;
  last: number;
  own: number;
  end: number;
  /** Other authors' answers in items of the answer's own kind (answer-items.ts). */
  otherItems: readonly Element[];
  /** The answering card: its element and the name it prints (other-answerer-posts.ts). */
  card?: { element: Element; name: string | null } | null;
}

/**
 * The lines between the question and the answer's end whose days are not the answer's: other posts' stamps, the
 * asker's, members' answers' and other items'. `known`: lines the line classification already knows for such
 * (a chat's asker stamps, a drug label's days, a schedule, an order's progress steps…).
 */
export function foreignStamps(place: AnswerPlace, known: Iterable<number>): Set<number> {
  const { blocks, kinds, question, first, last, own, end, otherItems } = place;
  const foreign = otherPostStamps(blocks, kinds, question, first, last, own);
  // Posts stamped under their text: the stamps over others' texts are theirs (stamp-below.ts).
  const furniture = (i: number) => !['card', 'heading', 'nav', 'asker', 'end'].includes(kinds[i]!) && blocks[i]!.linkChars === 0 && !PROSE_RE.test(blocks[i]!.text);
  const lineKinds = { isText: (i: number) => kinds[i] === 'text' || kinds[i] === 'asker', isCard: (i: number) => kinds[i] === 'card', isFurniture: furniture };
  for (const i of stampsOfOtherTexts(blocks, lineKinds, question, first, last, end)) foreign.add(i);
  for (const i of known) foreign.add(i);
  // The asker's sex, age and day under the question (asker-stamp.ts): the day asked, no answer's.
  for (let i = question + 1; i < own; i++) if (isAskerStamp(blocks[i]!.text)) foreign.add(i);
  const askerLine = (t: string) => isAskerLine(t) || isAskerLabel(t);
  // A day the page was updated (`更新时间：…`) is the site's, in the asker's box too: the asker asks, the site updates the page.
  const stampLine = (t: string) => {
    const meta = t.length <= 40 ? readMetaLine(t) : null;
    return meta !== null && meta.metaOnly && meta.dates.length > 0 && meta.dates.some((d) => d.kind !== 'updated');
  };
  for (const i of askerBoxStamps(blocks, question + 1, own, first >= 0 ? blocks[first]!.node : null, askerLine, stampLine)) foreign.add(i);
  // Members' answers beside the doctor's (a community's or an app's 问大家): their days are theirs (member-answer.ts).
  for (const i of memberPostLines(blocks, question + 1, own, (i) => kinds[i] === 'card' || (i >= first && i <= last))) foreign.add(i);
  // Other answerers' posts opening with cards of their own (a 心理咨询师's beside the doctor's): their days are theirs (other-answerer-posts.ts).
  for (const i of otherAnswererLines({ blocks, kinds, question, first, last, own, card: place.card ?? null })) foreign.add(i);
  // Other authors' answers in items of the answer's own kind: their days are theirs.
  if (otherItems.length > 0) for (let i = question + 1; i < own; i++) if (otherItems.some((el) => inside(blocks[i]!.node, el))) foreign.add(i);
  return foreign;
}
