import { serveBatches } from '../core/thread-pool.js';
import { EntryKeysStage } from '../dedupe/entry-keys.js';
import type { PerPageSpec, PerPageWorkerData } from './per-page.js';
import { runStages } from './stage-batch.js';

/**
 * A worker of the keys step (keysStep in per-page.ts): the entries' keys, with none of the
 * extraction's code loaded, which per-page-worker.ts loads for every step: its start costs an
 * eighth of the CPU (0.05 against 0.43 s compiled, 0.28 against 1.2 s under tsx), paid by each of
 * the step's threads while the per-page step still has the cores (they start ahead, warm).
 */
serveBatches((items, data) => runStages((data as PerPageWorkerData).specs.map(keysOnly), items, 0));

function keysOnly(spec: PerPageSpec): () => EntryKeysStage {
  if (spec.step !== 'keys') throw new Error(`the keys step's worker runs the keys stage alone, not ${spec.step}`);
  return () => new EntryKeysStage();
}
