import { serveStage } from '../core/stage-thread.js';
import type { Stage } from '../core/stage.js';
import { buildThreadedStage, type ThreadedStageSpec } from './threaded-stage.js';

/** A worker running one stage of the run (threaded-stage.ts), built from the spec the main thread sent. */
serveStage((data) => buildThreadedStage(data as ThreadedStageSpec) as Stage<unknown, unknown>);
