import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes, documented in the README. */
export const EXIT = {
  /** Published (or, for check, no drift). */
  ok: 0,
  /** The run failed; the latest published run is left as it was. */
  failed: 1,
  /** Bad command line or configuration; nothing was run. */
  usage: 2,
  /** Published, with warnings (reject rate over the threshold, no entries). */
  warnings: 3,
} as const;

/** Bad words on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** A whole number from a flag, or undefined when the flag was not given. */
export function wholeNumber(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = String(value).trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, got '${String(value)}'`);
  return n;
}

/** A number from a flag, or undefined when the flag was not given. */
export function decimal(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = String(value).trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} takes a number, got '${String(value)}'`);
  return n;
}
