/** Why a detector raised its flag: the span of text that triggered it, for reports and reviewers. */
export interface FlagEvidence {
  /** Which text holds the span. */
  field: 'question' | 'answer';
  /** UTF-16 offsets into that text, end exclusive. */
  start: number;
  end: number;
  /** A short human reason, e.g. `phone number`, `GBK-as-UTF-8 mojibake`. */
  why: string;
}

export interface Pattern {
  re: RegExp;
  why: string;
}

/** The first match of any pattern, earliest in the text, as evidence. Patterns must not be global. */
export function firstMatch(text: string, patterns: readonly Pattern[], field: FlagEvidence['field'] = 'answer'): FlagEvidence | null {
  let best: FlagEvidence | null = null;
  for (const { re, why } of patterns) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.start)) best = { field, start: m.index, end: m.index + m[0].length, why };
  }
  return best;
}
