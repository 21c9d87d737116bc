import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Bad words on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, got '${value}'`);
  return n;
}

