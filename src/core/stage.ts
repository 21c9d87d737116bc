/**
 * One step of a run (datatrove's PipelineStep): records in, records out, with counters of
 * its own. A stage knows nothing of the stages around it; the pipeline composes a list of
 * them, times each one and writes each one's stats into the manifest under its name.
 */
export interface Stage<In, Out> {
  /** Key of the stage's stats and timings in the manifest, e.g. `extract`, `dedupe`. */
  readonly name: string;
  readonly stats: object;
  // A property, not a method, so that a stage is checked strictly against the input it is given.
  readonly run: (input: AsyncIterable<In>) => AsyncIterable<Out>;
  /**
   * Set when the stage pulls its input itself, beside whoever takes its output (a stage on a
   * thread of its own): its time is then the working time it reports, not its taker's wait.
   */
  readonly concurrent?: { busyMs(): number };
}

/** Where a run's records come from (saved pages, a crawl's results), named in the manifest like a stage. */
export interface Source<Out> {
  readonly name: string;
  readonly stats: object;
  readonly items: AsyncIterable<Out>;
}

/** Where a run's records end: takes each record the last stage yields (the dataset writer). */
export interface Sink<In> {
  readonly name: string;
  write(record: In): Promise<void>;
}

/**
 * The first `count` items of `input` read ahead, and whether the input ended among them, with
 * `all` (those items, then the rest of the input): a step that would start worker threads
 * looks first whether the input is worth them.
 */
export async function readAhead<T>(input: AsyncIterator<T>, count: number): Promise<{ ended: boolean; all: AsyncIterable<T> }> {
  const head: T[] = [];
  let ended = false;
  while (!ended && head.length < count) {
    const next = await input.next();
    if (next.done) ended = true;
    else head.push(next.value);
  }
  const all = (async function* () {
    yield* head;
    if (!ended) yield* { [Symbol.asyncIterator]: () => input };
  })();
  return { ended, all };
}
