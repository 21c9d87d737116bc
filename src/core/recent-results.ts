/**
 * The last results of a pure function, by a key that holds all its input. A related snippet
 * stands on every page that lists its question (a dozen copies are common; three entries in four
 * of the benchmark's corpus repeat one read before), so validation keeps what it worked out for
 * the latest inputs and works it out once per input. Bounded, least recently used out first:
 * memory stays flat however long the run.
 */
export class RecentResults<V> {
  private readonly results = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The result for `key`, worked out by `compute` when it is not kept. */
  get(key: string, compute: () => V): V {
    let value = this.results.get(key);
    if (value !== undefined || this.results.has(key)) {
      // Refreshed: the most used inputs stay.
      this.results.delete(key);
    } else {
      value = compute();
      if (this.results.size >= this.limit) this.results.delete(this.results.keys().next().value!);
    }
    this.results.set(key, value as V);
    return value as V;
  }
}
