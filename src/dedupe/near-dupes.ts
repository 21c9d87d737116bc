import type { Entry } from '../schema/entry.js';
import { minhash, estimateSimilarity, shingleHashes } from './minhash.js';
import { answerContent } from '../flags/truncation.js';
import { doctorKey, gramSimilarity, questionGrams } from '../core/text.js';

/**
 * Near-duplicate rules, pure: what an entry's fingerprint is and when two entries may be
 * merged (which member of a cluster is kept is ranking.ts's). The stage (near-dupe-stage.ts)
 * and the store of published entries (published-store.ts) share them, so a run and the runs
 * before it agree.
 */
export interface NearDupeOptions {
  /** Characters per shingle. Default 3: see docs/quality.md for the measurements. */
  shingleSize: number;
  /** MinHash permutations (signature length). Default 128. */
  permutations: number;
  /** LSH bands; permutations / bands rows each. Default 32 (4 rows: candidates from about 0.42 similarity). */
  bands: number;
  /** Least estimated Jaccard similarity of the answers' shingles to merge. Default 0.5. */
  minAnswerSimilarity: number;
  /** Least similarity of the questions (bigrams, template words aside) to merge. Default 0.5. */
  minQuestionSimilarity: number;
  /** A joining entry is compared with at most this many members of a cluster. Default 32. */
  maxClusterCompare: number;
  /** At most this many entries are read per LSH bucket, so a template answer seen 10⁵ times stays cheap. Default 64. */
  maxBucketCandidates: number;
  /** At most this many distinct candidates are judged per entry, those sharing the most bands first. Default 128. */
  maxCandidates: number;
}

export const DEFAULT_NEAR_DUPE_OPTIONS: NearDupeOptions = {
  shingleSize: 3,
  permutations: 128,
  bands: 32,
  minAnswerSimilarity: 0.5,
  minQuestionSimilarity: 0.5,
  maxClusterCompare: 32,
  maxBucketCandidates: 64,
  maxCandidates: 128,
};

/** What near-duplicate detection keeps of an entry: the signature is of the answer's content, page furniture aside. */
export interface Fingerprint {
  question: string;
  /** Doctor's name as compared; null when the entry names none. */
  doctor: string | null;
  signature: Uint32Array;
  /** questionGrams(question), where a caller that compares it many times made it once. */
  questionGrams?: Float64Array;
}

export type FingerprintSource = Pick<Entry, 'question' | 'answer'> & { doctor: Pick<Entry['doctor'], 'name'> };

export function fingerprint(entry: FingerprintSource, options: NearDupeOptions = DEFAULT_NEAR_DUPE_OPTIONS): Fingerprint {
  return {
    question: entry.question,
    doctor: doctorKey(entry.doctor.name),
    signature: minhash(shingleHashes(answerContent(entry.answer), options.shingleSize), options.permutations),
  };
}

/** Two doctors as compared (doctorKey): different when both are named and the names differ. */
export function doctorsDiffer(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

export type MergeVerdict =
  | { merge: true; similarity: number }
  | { merge: false; similarity: number; reason: 'different_doctor' | 'different_answer' | 'different_question' };

/**
 * May two entries stand for one? Never when both name a doctor and the names differ, never
 * when the answers are substantially different (below minAnswerSimilarity), never when the
 * questions differ (a template answer given to two questions is two entries).
 */
export function compare(a: Fingerprint, b: Fingerprint, options: NearDupeOptions = DEFAULT_NEAR_DUPE_OPTIONS): MergeVerdict {
  const similarity = estimateSimilarity(a.signature, b.signature);
  if (doctorsDiffer(a.doctor, b.doctor)) return { merge: false, similarity, reason: 'different_doctor' };
  if (similarity < options.minAnswerSimilarity) return { merge: false, similarity, reason: 'different_answer' };
  const questions = gramSimilarity(a.questionGrams ?? questionGrams(a.question), b.questionGrams ?? questionGrams(b.question));
  if (questions < options.minQuestionSimilarity) return { merge: false, similarity, reason: 'different_question' };
  return { merge: true, similarity };
}
