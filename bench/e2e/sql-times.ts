import Database from 'better-sqlite3';

/** One statement's calls and their time, summed. */
export interface StatementTime {
  ms: number;
  calls: number;
  sql: string;
}

/**
 * Times every better-sqlite3 statement run in this process from now on (`all`, `get`, `run`, `iterate`),
 * keyed by its SQL text: where a stage's SQLite time goes, statement by statement. The calls are
 * synchronous, so their wall time is the main thread's. For benches only: it wraps the library's
 * prototype for the whole process. Returns a function giving the `top` slowest statements so far.
 */
export function timeStatements(): (top?: number) => StatementTime[] {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  const times = new Map<string, StatementTime>();
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const t = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const sql = this.source.replace(/\s+/g, ' ').trim().slice(0, 100);
        const time = times.get(sql) ?? { ms: 0, calls: 0, sql };
        time.ms += performance.now() - t;
        time.calls++;
        times.set(sql, time);
      }
    };
  }
  return (top = 12) => [...times.values()].sort((a, b) => b.ms - a.ms).slice(0, top).map((s) => ({ ...s, ms: Math.round(s.ms) }));
}
