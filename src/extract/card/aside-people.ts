/**
 * A card naming two labelled people (`审核医生：王刚 主任医师　解答医生：李明 主治医师`, `会诊医生：…` beside `主诊医生：…`): the
 * reviewer's or the co-signer's fields are none of the card's, where another person's label stands beside theirs; the one who
 * answers (or the other labelled doctor) is the card. A reviewer's label alone is left as it is (reviewer-credit.ts: the reviewer
 * may be the one doctor who answers for the text).
 */
import { ASIDE_PERSON_LABEL_RE, isName, isPersonLabel } from '../words/card-words.js';
import { TITLE_RE } from '../words/genre.js';

/** A label and its colon opening a part or after a space or a bar, its value on the same part. */
const LABEL_AT_RE = /(?:^|[\s　|｜，,；;])(\p{Script=Han}{2,6})\s*[:：]\s*(?=\S)/gu;
/** A label saying its person is the one who answers (`解答医生`, `回复专家`, `答疑药师`). */
const ANSWERS_LABEL_RE = /^(?:解答|回答|回复|答复|答疑|作答)/u;

/**
 * The parts with the aside's segments taken out, where another person's label stands: from its label to the next person's label
 * in its part; where its part ends first (a card split at its spaces), on through the parts after it up to its title.
 */
export function withoutAsidePeople(parts: readonly string[]): readonly string[] {
  if (!parts.some((p) => p.includes('：') || p.includes(':'))) return parts;
  const cuts = parts.map((part) => [...part.matchAll(LABEL_AT_RE)].filter((m) => isPersonLabel(m[1]!)));
  const labels = cuts.flat().map((m) => m[1]!);
  // Beside a label saying who answers (`解答医生：`), every other person's label is an aside (`主任医师：王刚` over `解答医生：李明`).
  const answers = labels.some((l) => ANSWERS_LABEL_RE.test(l));
  const isAside = (label: string) => ASIDE_PERSON_LABEL_RE.test(label) || (answers && !ANSWERS_LABEL_RE.test(label));
  const asides = labels.filter(isAside).length;
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
    for (const [k, m] of at.entries()) if (!isAside(m[1]!)) text += part.slice(m.index, at[k + 1]?.index ?? part.length);
    const last = at.at(-1)!;
    open = isAside(last[1]!) && !TITLE_RE.test(part.slice(last.index));
    if (text.trim()) kept.push(text.trim());
  }
  return kept;
}

/**
 * Where a card names two people under labels and its name is not told the answerer's by them: neither a label saying it answers
 * (`解答医生：`) nor the others' all a reviewer's or a co-signer's (`主任医师：李明` over `主治医师：王刚`, or the name read under
 * `主任医师：` beside another's `解答医生：`). The names under those labels where so, else none.
 */
export function untoldLabelledPeople(parts: readonly string[], name: string): string[] {
  const people = new Map<string, string>();
  for (const part of parts) {
    for (const m of part.matchAll(LABEL_AT_RE)) {
      const who = part.slice(m.index + m[0].length).match(/^\p{Script=Han}{2,4}(?=$|[\s　|｜，,；;（(])/u)?.[0];
      if (who !== undefined && isPersonLabel(m[1]!) && isName(who)) people.set(who, m[1]!);
    }
  }
  const own = people.get(name);
  if (people.size < 2 || own === undefined || ANSWERS_LABEL_RE.test(own)) return [];
  const others = [...people].filter(([who]) => who !== name).map(([, label]) => label);
  if (!ASIDE_PERSON_LABEL_RE.test(own) && others.every((l) => ASIDE_PERSON_LABEL_RE.test(l))) return [];
  return [...people.keys()];
}
