/**
 * One step of a run (datatrove's PipelineStep): records in, records out, with counters of
 * its own. A stage knows nothing of the stages around it; the pipeline composes a list of
 * them, times each one and writes each one's stats into the manifest under its name.
 */
export interface Stage<In, Out> {
  /** Key of the stage's stats and timings in the manifest, e.g. `extract`, `dedupe`. */
  readonly name: string;
  readonly stats: object;
  run(input: AsyncIterable<In>): AsyncIterable<Out>;
}
