/**
 * A card naming two labelled people (`审核医生：王刚 主任医师　解答医生：李明 主治医师`, `会诊医生：…` beside `主诊医生：…`): the
 * reviewer's or the co-signer's fields are none of the card's, where another person's label stands beside theirs; the one who
 * answers (or the other labelled doctor) is the card. A reviewer's label alone is left as it is (reviewer-credit.ts: the reviewer
 * may be the one doctor who answers for the text).
 */
import { ASIDE_PERSON_LABEL_RE, isPersonLabel } from '../words/card-words.js';
import { TITLE_RE } from '../words/genre.js';

/** A label and its colon opening a part or after a space or a bar, its value on the same part. */
const LABEL_AT_RE = /(?:^|[\s　|｜，,；;])(\p{Script=Han}{2,6})\s*[:：]\s*(?=\S)/gu;

/**
 * The parts with the aside's segments taken out, where another person's label stands: from its label to the next person's label
 * in its part; where its part ends first (a card split at its spaces), on through the parts after it up to its title.
 */
export function withoutAsidePeople(parts: readonly string[]): readonly string[] {
  if (!parts.some((p) => p.includes('：') || p.includes(':'))) return parts;
  const cuts = parts.map((part) => [...part.matchAll(LABEL_AT_RE)].filter((m) => isPersonLabel(m[1]!)));
  const labels = cuts.flat().map((m) => m[1]!);
  const asides = labels.filter((l) => ASIDE_PERSON_LABEL_RE.test(l)).length;
  if (asides === 0 || asides === labels.length) return parts;
  const kept: string[] = [];
  // Inside an aside's segment run on from an earlier part: until a title closes it or another label opens.
  let open = false;
  for (const [i, part] of parts.entries()) {
    const at = cuts[i]!;
    if (at.length === 0) {
      if (!open) kept.push(part);
      else if (TITLE_RE.test(part)) open = false;
      continue;
    }
    let text = open ? '' : part.slice(0, at[0]!.index);
    for (const [k, m] of at.entries()) if (!ASIDE_PERSON_LABEL_RE.test(m[1]!)) text += part.slice(m.index, at[k + 1]?.index ?? part.length);
    const last = at.at(-1)!;
    open = ASIDE_PERSON_LABEL_RE.test(last[1]!) && !TITLE_RE.test(part.slice(last.index));
    if (text.trim()) kept.push(text.trim());
  }
  return kept;
}
