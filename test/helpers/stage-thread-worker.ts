import { serveStage } from '../../src/core/stage-thread.js';
import type { Stage } from '../../src/core/stage.js';
import { buildTestStage, type TestStageSpec } from './test-stages.js';

/** The worker of test/stage-thread.test.ts: small batches and window, so that flow control is exercised. */
serveStage((data) => buildTestStage(data as TestStageSpec) as Stage<unknown, unknown>, { batch: 64, window: 2 });
