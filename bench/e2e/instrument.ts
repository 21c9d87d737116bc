import type { StageClock } from './stage-clock.js';

/**
 * Where the e2e benchmark times the pipeline, from the outside: the stage classes' `run`
 * (each pulls from the one before, so the chain is nested) and the methods the publish loop
 * calls beside them. The modules are loaded by path at run time, so a class that another
 * part of the project renames or removes costs a note in the results, not the benchmark.
 */

/** Stages in pipeline order; each one's time includes the stages before it. */
export const CHAIN = ['read', 'extract', 'validate', 'dedupe', 'neardupe'] as const;
/** Work the publish loop does beside the chain, per record or at the end. */
export const SIDE = ['store', 'report', 'export'] as const;
export type StageName = (typeof CHAIN)[number] | (typeof SIDE)[number] | 'other';

interface Hook {
  module: string;
  exportName: string;
  /** `run`: wrap the stage's output (and input, for the first stage); otherwise a method. */
  kind: 'run' | 'async' | 'sync';
  methods?: string[];
  stage: StageName;
  input?: StageName;
}

const HOOKS: Hook[] = [
  { module: '../../src/extract/stage.js', exportName: 'ExtractStage', kind: 'run', stage: 'extract', input: 'read' },
  { module: '../../src/extract/worker-pool.js', exportName: 'WorkerExtractStage', kind: 'run', stage: 'extract', input: 'read' },
  { module: '../../src/validate/stage.js', exportName: 'ValidateStage', kind: 'run', stage: 'validate' },
  { module: '../../src/dedupe/exact-dedupe.js', exportName: 'DedupeStage', kind: 'run', stage: 'dedupe' },
  { module: '../../src/dedupe/near-dupe-stage.js', exportName: 'NearDupeStage', kind: 'run', stage: 'neardupe' },
  { module: '../../src/dedupe/published-store.js', exportName: 'PublishedStore', kind: 'sync', methods: ['markSeen', 'counts', 'commit'], stage: 'store' },
  { module: '../../src/report/collector.js', exportName: 'ReportCollector', kind: 'sync', methods: ['observe'], stage: 'report' },
  { module: '../../src/export/dataset-writer.js', exportName: 'DatasetWriter', kind: 'async', methods: ['write', 'finish'], stage: 'export' },
];

/** Installs every hook it can; returns a note for each it could not. */
export async function instrumentPipeline(clock: StageClock): Promise<string[]> {
  const notes: string[] = [];
  for (const hook of HOOKS) {
    let proto: object | undefined;
    try {
      const mod = (await import(hook.module)) as Record<string, { prototype?: object } | undefined>;
      proto = mod[hook.exportName]?.prototype;
    } catch {
      proto = undefined;
    }
    if (!proto) {
      notes.push(`${hook.exportName} (${hook.module.replace('../../', '')}) not found: its time counts as other`);
      continue;
    }
    try {
      if (hook.kind === 'run') clock.patchStage(proto, hook.stage, hook.input);
      else for (const m of hook.methods ?? []) hook.kind === 'sync' ? clock.patchSyncMethod(proto, m, hook.stage) : clock.patchMethod(proto, m, hook.stage);
    } catch (err) {
      notes.push(`${hook.exportName}: ${err instanceof Error ? err.message : String(err)}: its time counts as other`);
    }
  }
  return notes;
}

/** Exclusive milliseconds per stage from the clock's inclusive ones; `other` is what the wall time leaves. */
export function exclusiveTimes(clock: StageClock, wallMs: number): Record<StageName, number> {
  const out = {} as Record<StageName, number>;
  let inner = 0;
  for (const stage of CHAIN) {
    const incl = clock.get(stage);
    // A stage that never ran (not in this pipeline) has no time; the next one's is measured against the last that did.
    out[stage] = incl > 0 ? incl - inner : 0;
    if (incl > 0) inner = incl;
  }
  let side = 0;
  for (const stage of SIDE) side += out[stage] = clock.get(stage);
  out.other = wallMs - inner - side;
  return out;
}
