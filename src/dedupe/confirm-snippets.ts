import { FLAGS, type Entry, type Flag } from '../schema/entry.js';
import { isCutOffEnd, isCutOffStart } from '../flags/flags.js';
import { codePoints, contentCore } from '../core/text.js';
import { completeness, firstSeen, winner } from './ranking.js';
import { isCutFrom, isSnippet, snippetKey } from './snippet.js';

export interface SnippetVerdicts {
  /** Entries whose truncation flags the full answers changed: id → all its flags, in FLAGS order. */
  flags: Map<string, Flag[]>;
  /** Snippets a fuller answer stands for: id → id of the answer that wins among those it was cut from. */
  supersededBy: Map<string, string>;
}

/**
 * Confirms truncation against the full answers of the same question, compared on content
 * (punctuation, width and spacing aside, so a mirror's copy with ASCII commas still counts):
 * a snippet with answer text after it is cut off at the end, even when it ends in 。; one
 * with text before it is cut off at the start; a copy equal to a complete answer but for
 * its final 。 is not cut off. Only snippets are judged (snippet.ts: related items, or entries
 * the rules flagged): a doctor's complete answer is not re-judged because a longer answer
 * contains it. A confirmed-cut snippet gives way to the answer that wins (ranking.ts; the
 * first in `group` on a tie) among those it was cut from (snippet.ts, on content). Pure.
 */
export function confirmAgainstFullAnswers(group: readonly Entry[]): SnippetVerdicts {
  const verdicts: SnippetVerdicts = { flags: new Map(), supersededBy: new Map() };
  // Each answer's length counted once, for the test below and its rank.
  const members = group.map((entry, seq) => {
    const length = codePoints(contentCore(entry.answer)).length;
    return { entry, id: entry.id, seq, length, rank: completeness(entry, length), key: snippetKey(entry, 'content') };
  });
  for (const m of members) {
    const entry = m.entry;
    if (!isSnippet(entry)) continue;
    const fuller = members.filter((o) => o.id !== entry.id && o.length >= m.length);
    if (fuller.length === 0) continue;
    // Only an answer whose content holds the snippet's can place it (confirmCut passes over the
    // others): that cheap test on the keys first, rather than normalising every fuller answer
    // again for every snippet of a question asked over and over.
    const holding = fuller.filter((o) => o.key.text.includes(m.key.text));
    const answers = holding.map((o) => o.entry.answer);
    // Where no fuller answer holds it, its own flag stands: judged from the same text, and from what its page said
    // (a pager counting more pages: the answer goes on elsewhere, however its last line ends).
    const cut =
      holding.length === 0
        ? { cut_off_end: entry.flags.includes('cut_off_end'), cut_off_start: entry.flags.includes('cut_off_start') }
        : { cut_off_end: isCutOffEnd(entry.answer, answers), cut_off_start: isCutOffStart(entry.answer, answers) };
    const flags = FLAGS.filter((f) => (f === 'cut_off_end' || f === 'cut_off_start' ? cut[f] : entry.flags.includes(f)));
    if (flags.join() !== entry.flags.join()) verdicts.flags.set(entry.id, flags);
    if (!cut.cut_off_end && !cut.cut_off_start) continue;
    const cutFrom = winner(holding.filter((o) => isCutFrom(entry, m.key, o.key)), firstSeen);
    if (cutFrom) verdicts.supersededBy.set(entry.id, cutFrom.id);
  }
  return verdicts;
}
