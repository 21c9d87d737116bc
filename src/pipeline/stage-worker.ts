import { serveStage } from '../core/stage-thread.js';
import type { Stage } from '../core/stage.js';
import { buildNearDupeStage, type NearDupeSpec } from './threaded-stage.js';

/** The worker of the near-duplicate stage on a thread of its own (threaded-stage.ts), built from the spec the main thread sent. */
serveStage((data) => buildNearDupeStage(data as NearDupeSpec) as Stage<unknown, unknown>);
