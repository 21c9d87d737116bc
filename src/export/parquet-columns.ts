import parquet from 'parquetjs-lite';
import type { z } from 'zod';

/**
 * Parquet columns derived from a zod object schema, so the entry schema stays the one
 * place a field is defined. The mapping avoids parquetjs-lite's traps (measured):
 * - text is UTF8 with statistics off: its min/max follow JavaScript order, not UTF-8 byte
 *   order, and DuckDB then skips row groups on `WHERE col = '𠮷…'`;
 * - integers are INT32 (safe ints only), ids and hashes stay text (INT64 above 2^53 rounds);
 * - ISO dates are DATE, ISO instants TIMESTAMP_MILLIS (without statistics: see columnFor);
 * - arrays are plain repeated columns (DuckDB reads VARCHAR[]); an empty list reads as [],
 *   so array fields are never nullable in the schema.
 */
export type ParquetFieldSpec =
  | { type: string; optional?: boolean; repeated?: boolean; statistics?: false; compression?: string }
  | { fields: Record<string, ParquetFieldSpec>; optional?: boolean };

type Converter = (value: unknown) => unknown;

interface Column {
  spec: ParquetFieldSpec;
  convert: Converter;
}

const identity: Converter = (v) => v;
const COMPRESSION = 'GZIP';

function defOf(schema: z.ZodType): { type: string; [k: string]: unknown } {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
}

function columnFor(schema: z.ZodType, path: string): Column {
  let def = defOf(schema);
  let optional = false;
  while (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') {
    optional = true;
    def = defOf(def.innerType as z.ZodType);
  }
  const leaf = (type: string, convert: Converter = identity, statistics = true): Column => ({
    spec: { type, optional, compression: COMPRESSION, ...(statistics ? {} : { statistics: false as const }) },
    convert,
  });
  switch (def.type) {
    case 'string':
      if (def.format === 'date') return leaf('DATE', (v) => (v == null ? v : new Date(`${String(v)}T00:00:00Z`)));
      // No statistics: parquetjs-lite's own reader decodes INT64 min/max as BigInt and then
      // throws on `+value` (TypeError: Cannot convert a BigInt value to a number), so the
      // read-back check of any file with a non-null instant would fail.
      if (def.format === 'datetime') return leaf('TIMESTAMP_MILLIS', (v) => (v == null ? v : new Date(String(v))), false);
      return leaf('UTF8', identity, false);
    case 'enum':
      return leaf('UTF8', identity, false);
    case 'boolean':
      return leaf('BOOLEAN');
    case 'number':
      if (def.format === 'safeint' || def.format === 'int32') return leaf('INT32');
      return leaf('DOUBLE');
    case 'array': {
      if (optional) throw new Error(`${path}: an array column cannot be nullable (an empty list and null read the same)`);
      const element = columnFor(def.element as z.ZodType, `${path}[]`);
      if ('fields' in element.spec) throw new Error(`${path}: arrays of objects are not supported`);
      return {
        spec: { ...element.spec, optional: false, repeated: true },
        convert: (v) => (Array.isArray(v) ? v.map(element.convert) : []),
      };
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const children = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, columnFor(s, `${path}.${k}`)]));
      return {
        spec: { optional, fields: Object.fromEntries(Object.entries(children).map(([k, c]) => [k, c.spec])) },
        convert: (v) =>
          v == null
            ? v
            : Object.fromEntries(Object.entries(children).map(([k, c]) => [k, c.convert((v as Record<string, unknown>)[k])])),
      };
    }
    default:
      throw new Error(`${path}: no Parquet mapping for zod type '${def.type}'`);
  }
}

export interface ParquetLayout {
  schema: InstanceType<typeof parquet.ParquetSchema>;
  fields: Record<string, ParquetFieldSpec>;
  /** Turns a validated record into the row shape parquetjs-lite expects (Dates for DATE/TIMESTAMP). */
  toRow: (record: Record<string, unknown>) => Record<string, unknown>;
}

export function parquetLayoutFor(objectSchema: z.ZodObject): ParquetLayout {
  const root = columnFor(objectSchema, '');
  if (!('fields' in root.spec)) throw new Error('the dataset schema must be an object');
  return {
    schema: new parquet.ParquetSchema(root.spec.fields),
    fields: root.spec.fields,
    toRow: (record) => root.convert(record) as Record<string, unknown>,
  };
}
