import { isFollowUpHead } from './follow-up.js';
import type { Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';

/**
 * An answer given in parts: the doctor's first reply, then parts the doctor added later, each under
 * a head with its own time (`补充回答 2023-05-18 14:53`, `追加回复`, `医生补充`), perhaps with the asker's
 * follow-up (`追问` and its time, a line asked) between two parts. The parts in order are one answer,
 * dated by its first part: a part's head is neither the answer's text nor its meta (its later time
 * dates the part, its format word the part's), and a follow-up that a part goes on after is the
 * asker's, passed over. A follow-up answered otherwise (追答, 医生回复) still ends the answer (follow-up.ts).
 */

/** The head of a part the doctor added, with the part's time (and format) after it (`补充提问` is the asker's: follow-up.ts). */
const SUPPLEMENT_HEAD_RE = /^(?:(?:医生|专家|大夫|医师)\s*)?(?:补充(?!提问|问题)(?:回答|回复|说明|解答|内容)?|追加(?:回答|回复|说明|解答)|再次补充|再补充)\s*[:：]?/u;
/** How many lines a follow-up between two parts may take (its head, the question asked). */
const FOLLOW_UP_LINES = 4;

export function isSupplementHead(text: string): boolean {
  const line = text.trim();
  if (line.length > 40) return false;
  const head = line.match(SUPPLEMENT_HEAD_RE);
  if (!head) return false;
  // With the part's time: `补充说明` alone may head a paragraph of the answer.
  const meta = readMetaLine(line.slice(head[0].length).trim());
  return meta.metaOnly && meta.dates.length > 0;
}

/**
 * Marks the heads of the answer's later parts (`note`) and the asker's follow-ups that a part goes on
 * after (the head a `note`, its lines `asker`), between `from` and `end`; only after the answer has begun.
 */
export function markAnswerParts(blocks: readonly Block[], kinds: string[], from: number, end: number): void {
  let begun = false;
  for (let i = from; i < end; i++) {
    if (kinds[i] === 'text') begun = true;
    if (!begun || kinds[i] === 'card') continue;
    const text = blocks[i]!.text;
    if (isSupplementHead(text)) kinds[i] = 'note';
    else if (isFollowUpHead(text)) {
      let part = i + 1;
      while (part < end && part <= i + FOLLOW_UP_LINES && !isSupplementHead(blocks[part]!.text)) part++;
      if (part >= end || !isSupplementHead(blocks[part]!.text)) continue;
      kinds[i] = 'note';
      for (let j = i + 1; j < part; j++) kinds[j] = 'asker';
      i = part - 1;
    }
  }
}
