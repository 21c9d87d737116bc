import { minhash32, minhashBigInt, shingles } from './minhash-reference.js';
import { corpusEntries } from './export.js';
import { median, summarize, timeIt, type Summary } from '../lib/stats.js';

/**
 * Goal 5 (dedup): microseconds per entry for a 128-permutation MinHash signature over the
 * 5-character shingles of a ~300-character answer, shingling included. The project's own
 * implementation (src/quality/minhash.ts) is measured when it exists; the two reference
 * implementations (32-bit integer and BigInt) always are, for comparison.
 */

export interface MinhashResult {
  answers: number;
  meanChars: number;
  permutations: number;
  shingle: number;
  rounds: number;
  /** µs per entry. */
  project: Summary | null;
  projectNote: string;
  reference32: Summary;
  referenceBigInt: Summary;
}

interface ProjectMinhash {
  shingleHashes: (core: string, k: number) => Iterable<number>;
  minhash: (hashes: Iterable<number>, permutations: number) => Uint32Array;
}

async function loadProjectMinhash(): Promise<{ impl: ProjectMinhash | null; note: string }> {
  // Loaded by path at run time: the module belongs to another part of the project and may not exist yet.
  const path = '../../src/dedupe/minhash.js';
  try {
    const mod = (await import(path)) as Partial<ProjectMinhash>;
    if (typeof mod.shingleHashes === 'function' && typeof mod.minhash === 'function') {
      return { impl: mod as ProjectMinhash, note: 'src/quality/minhash.ts (shingleHashes + minhash)' };
    }
    return { impl: null, note: 'src/quality/minhash.ts has no shingleHashes/minhash exports: not measured' };
  } catch {
    return { impl: null, note: 'src/quality/minhash.ts not present: only the reference implementations measured' };
  }
}

export async function benchMinhash(options: { answers: number; rounds: number; seed: number; permutations?: number }): Promise<MinhashResult> {
  const permutations = options.permutations ?? 128;
  const k = 5;
  // ~300-character answers: the page answers of the corpus, cut or joined to 300 characters.
  const texts = corpusEntries(options.answers, options.seed).map((e) => {
    let t = e.answer.replace(/\s+/g, '');
    while (t.length < 300) t += t;
    return t.slice(0, 300);
  });
  const { impl, note } = await loadProjectMinhash();
  const perEntryUs = (fn: (t: string) => unknown, list: string[]) => (timeIt(() => list.forEach(fn)) / list.length) * 1000;
  const project = impl ? (t: string) => impl.minhash(impl.shingleHashes(t, k), permutations) : null;
  const ref32 = (t: string) => minhash32(shingles(t, k), permutations);
  const refBig = (t: string) => minhashBigInt(shingles(t, k), permutations);
  const bigSample = texts.slice(0, Math.max(20, Math.floor(texts.length / 20)));
  // Warm-up.
  texts.slice(0, 100).forEach((t) => (project?.(t), ref32(t)));
  bigSample.slice(0, 5).forEach(refBig);

  const runs: Record<'project' | 'ref32' | 'refBig', number[]> = { project: [], ref32: [], refBig: [] };
  for (let round = 0; round < options.rounds; round++) {
    if (project) runs.project.push(perEntryUs(project, texts));
    runs.ref32.push(perEntryUs(ref32, texts));
    runs.refBig.push(perEntryUs(refBig, bigSample));
  }
  return {
    answers: texts.length,
    meanChars: median(texts.map((t) => t.length)),
    permutations,
    shingle: k,
    rounds: options.rounds,
    project: project ? summarize(runs.project) : null,
    projectNote: note,
    reference32: summarize(runs.ref32),
    referenceBigInt: summarize(runs.refBig),
  };
}
