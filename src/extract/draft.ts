import type { Doctor } from '../schema/entry.js';
import type { EntryDraft } from '../schema/records.js';


/**
 * The page's own entry, where the page has both a question and an answer; its related
 * links are the links of its related items, or of a list of bare linked questions (link-list.ts), or both where
 * the two lists stand side by side (`linksBefore`: the bare list first in page order).
 */
export function pageDraft(
  parts: Pick<EntryDraft, 'answerParagraphs' | 'doctor' | 'format' | 'date' | 'hasDisclaimer'> & { question: string | null },
  related: EntryDraft[],
  links: readonly string[] = [],
  linksBefore: readonly string[] = [],
): EntryDraft | null {
  if (!parts.question || parts.answerParagraphs.length === 0) return null;
  return {
    ...parts,
    question: parts.question,
    origin: 'page',
    position: null,
    url: null,
    relatedUrls: [...linksBefore, ...related.map((r) => r.url).filter((u): u is string => u !== null), ...links],
  };
}

export const noDoctor = (): Doctor => ({ name: null, title: null, department: null, hospital: null, hospital_grade: null });
