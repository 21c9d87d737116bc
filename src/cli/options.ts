import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { decimal, UsageError, wholeNumber } from './args.js';

/**
 * An option is declared once, as a key of a zod object schema: its type, default, `.describe()`
 * text and a little `.meta()`. Everything the command line needs is read from that declaration:
 * the flag (the key with - for _), how its value is read, the parseArgs spec, the --help line
 * and the `config --keys` line.
 */

/** What an option's schema may say besides its type and default (on any of its layers: `.meta({...})`). */
const OptionMetaSchema = z
  .object({
    description: z.string().min(1),
    /** The value's placeholder in --help, where the type gives none (enums give `full|delta`, numbers `<n>`). */
    arg: z.string().min(1).optional(),
    /** The flag when it is not the key with - for _ (`allow-host` for allow_hosts); false: no flag. */
    flag: z.union([z.string().min(1), z.literal(false)]).optional(),
    short: z.string().length(1).optional(),
    /** A file or folder: relative to the config file that gives it. */
    path: z.boolean().optional(),
  })
  .strict();

/** How a flag's text becomes the option's value; `section` is an object of options of its own (crawl). */
export type Kind = 'whole' | 'decimal' | 'text' | 'boolean' | 'section';

export interface Option {
  /** Where the value sits in the configuration: ['keep_runs'], ['crawl', 'rate']. */
  path: string[];
  /** The path as `config --keys` and error messages name it: keep_runs, crawl.rate. */
  key: string;
  /** The flag without its dashes; null for an option only the config file gives (inputs). */
  flag: string | null;
  short: string | null;
  kind: Kind;
  /** A list: the flag is repeated, each time one item. */
  multiple: boolean;
  /** What a boolean flag sets: true, or false for an option that is on by default (--ignore-robots). */
  sets: boolean;
  /** The value's placeholder in --help (null for a boolean flag). */
  arg: string | null;
  description: string;
  /** The default, as the schema fills it in (undefined: none). */
  default: unknown;
  isPath: boolean;
  /** A key of the config file, or a flag only (--config, --help). */
  inConfig: boolean;
}

type Schema = z.ZodType;
type Wrapper = z.ZodDefault | z.ZodPrefault | z.ZodOptional | z.ZodNullable;
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable']);

/** The schema's layers, outermost first: wrappers (default, optional…) down to the type, and a list's item. */
function layers(schema: Schema): Schema[] {
  if (WRAPPERS.has(schema.type)) return [schema, ...layers((schema as Wrapper).unwrap() as Schema)];
  if (schema instanceof z.ZodArray) return [schema, ...layers(schema.element as Schema)];
  return [schema];
}

function kindOf(type: Schema, key: string): Kind {
  if (type instanceof z.ZodBoolean) return 'boolean';
  if (type instanceof z.ZodNumber) return type.isInt ? 'whole' : 'decimal';
  if (type instanceof z.ZodObject) return 'section';
  if (['string', 'enum', 'union'].includes(type.type)) return 'text';
  throw new Error(`option ${key}: no command-line form for a ${type.type}`);
}

/** A key's flag, unless its schema names another: keep_runs ↔ --keep-runs. */
const flagOf = (key: string) => key.replaceAll('_', '-');

const PLACEHOLDER: Partial<Record<Kind, string>> = { whole: '<n>', decimal: '<n>', text: '<text>' };

function optionOf(key: string, field: Schema, at: string[], inConfig: boolean): Option {
  const path = [...at, key];
  const all = layers(field);
  const type = all.at(-1)!;
  // Metadata of inner layers (a duration's placeholder) gives way to what the option itself says.
  const found = OptionMetaSchema.safeParse(Object.assign({}, ...all.map((layer) => layer.meta() ?? {}).reverse()));
  if (!found.success) throw new Error(`option ${path.join('.')}: ${z.prettifyError(found.error)}`);
  const meta = found.data;
  const kind = kindOf(type, path.join('.'));
  const fallback = field.safeParse(undefined);
  const initial = fallback.success ? fallback.data : undefined;
  return {
    path,
    key: path.join('.'),
    flag: kind === 'section' || meta.flag === false ? null : (meta.flag ?? flagOf(key)),
    short: meta.short ?? null,
    kind,
    multiple: all.some((layer) => layer instanceof z.ZodArray),
    sets: kind === 'boolean' ? initial !== true : true,
    arg: kind === 'boolean' ? null : (meta.arg ?? (type instanceof z.ZodEnum ? type.options.join('|') : (PLACEHOLDER[kind] ?? null))),
    description: meta.description,
    default: kind === 'section' ? undefined : initial,
    isPath: meta.path === true,
    inConfig,
  };
}

/** Every option of an object schema, in order; a section (an object-valued key) is followed by its own options. */
export function optionsOf(schema: z.ZodObject, { inConfig = true, at = [] as string[] } = {}): Option[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const option = optionOf(key, field as Schema, at, inConfig);
    if (option.kind !== 'section') return [option];
    return [option, ...optionsOf(layers(field as Schema).at(-1) as z.ZodObject, { inConfig, at: option.path })];
  });
}

/** The node:util parseArgs spec of these options (every flag takes text; the schema reads it). */
export function argsSpec(options: readonly Option[]): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    options
      .filter((o) => o.flag !== null)
      .map((o) => [o.flag!, { type: o.kind === 'boolean' ? 'boolean' : 'string', multiple: o.multiple, ...(o.short ? { short: o.short } : {}) }]),
  );
}

function read(option: Option, text: string): unknown {
  if (option.kind === 'whole') return wholeNumber(option.flag!, text);
  if (option.kind === 'decimal') return decimal(option.flag!, text);
  return text;
}

/** Puts a value at a path of nested objects, making the objects on the way. */
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce((obj, key) => (obj[key] ??= {}) as Record<string, unknown>, target);
  parent[path.at(-1)!] = value;
}

export function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), obj);
}

/**
 * The flags given, as the values of their options, nested as in the config file; flags not
 * given are left out. A number that is not one is a usage error naming the flag.
 */
export function valuesOfFlags(options: readonly Option[], values: Record<string, unknown>): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const option of options) {
    const value = option.flag === null ? undefined : values[option.flag];
    if (value === undefined) continue;
    if (option.kind === 'boolean') setAt(given, option.path, option.sets);
    else if (option.multiple) setAt(given, option.path, (value as string[]).map((text) => read(option, text)));
    else setAt(given, option.path, read(option, value as string));
  }
  return given;
}

const shownDefault = (value: unknown): string | null =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? null : typeof value === 'string' ? value : JSON.stringify(value);

const HELP_COLUMN = 31;
const HELP_WIDTH = 100;
/** Keeps a default and its value on one line. */
const NBSP = '\u00a0';

/** The text after its lead, wrapped to HELP_WIDTH; the lines after the first start at the help column. */
function wrap(lead: string, text: string): string {
  const [first = '', ...rest] = text.split(' ');
  const lines = [`${lead}${first}`];
  for (const word of rest) {
    if (lines.at(-1)!.length + 1 + word.length > HELP_WIDTH) lines.push(`${' '.repeat(HELP_COLUMN)}${word}`);
    else lines.push(`${lines.pop()!} ${word}`);
  }
  return lines.join('\n').replaceAll(NBSP, ' ');
}

/** One --help line per flag: the flag and its placeholder, what it does, and its default. */
export function helpLines(options: readonly Option[]): string {
  return options
    .filter((o) => o.flag !== null)
    .map((o) => {
      const left = `  ${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.arg ? ` ${o.arg}` : ''}`;
      const shown = o.kind === 'boolean' ? null : shownDefault(o.default);
      const notes = [
        o.multiple && 'repeatable',
        shown !== null && `default:${NBSP}${shown}`,
        !o.sets && 'on by default; this flag turns it off',
        o.inConfig && o.flag !== flagOf(o.path.at(-1)!) && `config: ${o.path.at(-1)}`,
      ].filter((note) => typeof note === 'string');
      const text = notes.length ? `${o.description} (${notes.join('; ')})` : o.description;
      return wrap(left.length + 2 > HELP_COLUMN ? `${left}  ` : left.padEnd(HELP_COLUMN), text);
    })
    .join('\n');
}

/** One `config --keys` line per key of the config file: the key, what it does, and its default. */
export function keyLines(options: readonly Option[]): string {
  const keys = options.filter((o) => o.inConfig);
  const width = Math.max(...keys.map((o) => o.key.length)) + 2;
  return keys
    .map((o) => {
      const shown = o.kind === 'section' ? null : shownDefault(o.default);
      return `${o.key.padEnd(width)}${o.description}${shown === null ? '' : ` (default: ${shown})`}`;
    })
    .join('\n');
}

/** A usage error for flags whose values the schema rejects (the config keys' own errors name the key and file). */
export function flagError(options: readonly Option[], issues: z.core.$ZodIssue[]): UsageError {
  return new UsageError(
    issues
      .map((issue) => {
        const option = options.find((o) => o.key === issue.path.join('.'));
        return `${option?.flag ? `--${option.flag}` : issue.path.join('.')}: ${issue.message}`;
      })
      .join('\n'),
  );
}
