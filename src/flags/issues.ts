import type { Flag } from '../schema/entry.js';
import type { FlagEvidence } from './evidence.js';
import { detectBoilerplate } from './boilerplate.js';
import { detectContact } from './contact.js';
import { detectMojibake } from './decoding.js';
import { detectMarkup } from './markup.js';
import { detectUnrelated } from './relevance.js';

export interface QualityIssue {
  flag: Flag;
  evidence: FlagEvidence;
}

const inQuestion = (e: FlagEvidence | null): FlagEvidence | null => (e ? { ...e, field: 'question' } : null);

/**
 * The content flags beyond truncation, each with the span that raised it. Pure; the order
 * is the order of FLAGS. `qa_unrelated` needs the question and is not judged on mojibake
 * (garbled text shares nothing with anything).
 */
export function detectIssues(answer: string, question?: string): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const add = (flag: Flag, evidence: FlagEvidence | null) => {
    if (evidence) issues.push({ flag, evidence });
  };
  const mojibake = detectMojibake(answer) ?? (question !== undefined ? inQuestion(detectMojibake(question)) : null);
  add('mojibake', mojibake);
  add('leftover_markup', detectMarkup(answer) ?? (question !== undefined ? inQuestion(detectMarkup(question)) : null));
  add('boilerplate', detectBoilerplate(answer));
  add('contact_or_ad', detectContact(answer));
  if (question !== undefined && !mojibake) add('qa_unrelated', detectUnrelated(question, answer));
  return issues;
}
