/**
 * Times the stages of a run from the outside: each stage's output iterable is wrapped so
 * the time spent inside its `next()` is added up. Stages pull from the stage before, so
 * these times are inclusive; `exclusive()` subtracts the inner stage from the outer.
 */
export class StageClock {
  readonly inclusive = new Map<string, number>();
  /** Items each wrapped iterable has yielded. */
  readonly items = new Map<string, number>();
  /** Start of the pull under way, per stage, so a snapshot mid-run counts it too. */
  private readonly open = new Map<string, number>();

  add(stage: string, ms: number): void {
    this.inclusive.set(stage, (this.inclusive.get(stage) ?? 0) + ms);
  }

  /** Inclusive milliseconds so far, the pull under way included. */
  get(stage: string): number {
    const since = this.open.get(stage);
    return (this.inclusive.get(stage) ?? 0) + (since === undefined ? 0 : performance.now() - since);
  }

  count(stage: string): number {
    return this.items.get(stage) ?? 0;
  }

  /** An iterable that yields what `source` yields and charges the time of each pull to `stage`. */
  wrap<T>(stage: string, source: AsyncIterable<T>): AsyncIterable<T> {
    const clock = this;
    return {
      [Symbol.asyncIterator](): AsyncIterator<T> {
        const it = source[Symbol.asyncIterator]();
        return {
          async next() {
            const t = performance.now();
            clock.open.set(stage, t);
            try {
              const result = await it.next();
              if (!result.done) clock.items.set(stage, clock.count(stage) + 1);
              return result;
            } finally {
              clock.open.delete(stage);
              clock.add(stage, performance.now() - t);
            }
          },
          async return(value?: unknown) {
            return it.return ? it.return(value) : { done: true as const, value: undefined as T };
          },
        };
      },
    };
  }

  /** Charges the time of every call of an async method to `stage`, on every instance of the class. */
  patchMethod(proto: object, method: string, stage: string): void {
    const target = proto as Record<string, unknown>;
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`cannot time ${stage}: no method '${method}'`);
    const clock = this;
    target[method] = async function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      } finally {
        clock.add(stage, performance.now() - t);
      }
    };
  }

  /** The same for a synchronous method. */
  patchSyncMethod(proto: object, method: string, stage: string): void {
    const target = proto as Record<string, unknown>;
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`cannot time ${stage}: no method '${method}'`);
    const clock = this;
    target[method] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      try {
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        clock.add(stage, performance.now() - t);
      }
    };
  }

  /** Wraps a stage class's `run(input)` so its input is charged to `inputStage` and its output to `stage`. */
  patchStage(proto: object, stage: string, inputStage?: string): void {
    const target = proto as { run?: (input: AsyncIterable<unknown>) => AsyncIterable<unknown> };
    const original = target.run;
    if (typeof original !== 'function') throw new Error(`cannot time ${stage}: no run()`);
    const clock = this;
    target.run = function (this: unknown, input: AsyncIterable<unknown>) {
      return clock.wrap(stage, original.call(this, inputStage ? clock.wrap(inputStage, input) : input));
    };
  }
}
