import type { RunSource } from '../../src/pipeline/publish-dataset.js';
import { pipeline } from '../../src/pipeline/runner.js';
import type { ExtractionItem } from '../../src/schema/records.js';

/** A run source of ready extractions (a test's generator), for publishDataset. */
export function extractionsSource(items: AsyncIterable<ExtractionItem>, inputs: string[] = []): RunSource {
  return { mode: 'test', inputs, config: {}, input: { extractions: pipeline({ name: 'test', stats: {}, items }, []) }, pages: () => 0 };
}
