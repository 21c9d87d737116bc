import type { ParquetSchema, ParquetWriter } from 'parquetjs-lite';
import parquetTypes from 'parquetjs-lite/lib/types.js';

/**
 * Rows into a parquetjs-lite writer's row buffer, shredded as the library's own `shredRecord`
 * shreds them (Dremel levels, values as `toPrimitive` makes them, distinct values in the order
 * met for the columns whose statistics read them), so the file is the same byte for byte. The library's shredder makes a buffer per column
 * for every row and keys its columns by path arrays (turned into strings on every access): it
 * was half the time of the Parquet thread, which is what the run waits for at its end (measured
 * on the benchmark's 10,000 pages). A row that completes a page or a row group goes through the
 * writer's own `appendRow`, which encodes what is complete (its page encoder is not exported).
 */

/** A leaf or group of parquetjs-lite's schema, as `ParquetSchema.fields` holds it. */
interface SchemaField {
  name: string;
  path: string[];
  repetitionType: 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
  isNested?: boolean;
  fields?: Record<string, SchemaField>;
  originalType?: string;
  primitiveType?: string;
  statistics?: false;
  rLevelMax: number;
  dLevelMax: number;
}

interface ColumnBuffer {
  dlevels: number[];
  rlevels: number[];
  values: unknown[];
  distinct_values: Set<unknown>;
  count: number;
}

/** The writer's row buffer: empty (`{}`) after each row group, filled by the shredder. */
interface RowBuffer {
  rowCount?: number;
  pageRowCount?: number;
  columnData?: Record<string, ColumnBuffer>;
  pages?: Record<string, unknown[]>;
}

/** What of the writer the fast path reads: its row buffer and where a page and a row group end. */
interface WriterInternals {
  rowBuffer: RowBuffer;
  rowGroupSize: number;
  envelopeWriter: { pageSize: number };
}

type Schema = { fields: Record<string, SchemaField>; fieldList: SchemaField[] };
/** The conversion the library's shredder applies to each value (UTF8 to a Buffer, DATE to days, …). */
const { toPrimitive } = parquetTypes;

/** A leaf column, resolved once: where its levels and values go and how a value is converted. */
interface Leaf {
  key: string;
  type: string;
  /**
   * Whether the writer reads the column's distinct values: only for its statistics. A column
   * without them (the text columns) would hold every value it had in its page, as a JavaScript
   * string beside its UTF-8 copy, for nothing (writing 155,000 of the benchmark's entries alone,
   * the peak heap 224 → 181 MB).
   */
  distinct: boolean;
}

export class RowShredder {
  private readonly leaves = new Map<SchemaField, Leaf>();
  private readonly keys: string[];
  private readonly schema: Schema;

  constructor(schema: ParquetSchema) {
    this.schema = schema as unknown as Schema;
    // A column's key is its path as JavaScript turns the array into a property name.
    this.keys = this.schema.fieldList.map((field) => String(field.path));
    for (const field of this.schema.fieldList) if (!field.isNested) this.leaves.set(field, { key: String(field.path), type: (field.originalType ?? field.primitiveType)!, distinct: field.statistics !== false });
  }

  /**
   * Appends `row` to `writer` as `writer.appendRow(row)` would, shredding it here unless it
   * completes a page or a row group (the writer then encodes them itself). The writer's
   * internals are checked first: another version of the library gets `appendRow` every time.
   */
  async append(writer: ParquetWriter, row: Record<string, unknown>): Promise<void> {
    const w = writer as unknown as Partial<WriterInternals>;
    const buffer = w.rowBuffer;
    const pageSize = w.envelopeWriter?.pageSize;
    const known = typeof buffer === 'object' && buffer !== null && typeof w.rowGroupSize === 'number' && typeof pageSize === 'number';
    if (!known || (buffer.pageRowCount ?? 0) + 1 >= pageSize || (buffer.rowCount ?? 0) + 1 >= w.rowGroupSize!) {
      await writer.appendRow(row);
      return;
    }
    this.shred(row, buffer);
  }

  /** `shredRecord(schema, row, buffer)` of parquetjs-lite, with the same result and the same errors. */
  shred(row: Record<string, unknown>, buffer: RowBuffer): void {
    if (!buffer.columnData || buffer.rowCount === undefined) {
      buffer.rowCount = 0;
      buffer.pageRowCount = 0;
      buffer.columnData = {};
      buffer.pages = {};
      for (const key of this.keys) {
        buffer.columnData[key] = { dlevels: [], rlevels: [], values: [], distinct_values: new Set(), count: 0 };
        buffer.pages[key] = [];
      }
    }
    // Checked before anything is added: a row that cannot be written leaves the buffer as it was.
    this.check(this.schema.fields, row);
    this.add(this.schema.fields, row, buffer.columnData, 0, 0);
    buffer.rowCount += 1;
    buffer.pageRowCount! += 1;
  }

  private check(fields: Record<string, SchemaField>, record: Record<string, unknown> | null): void {
    for (const name in fields) {
      const field = fields[name]!;
      const values = valuesOf(record, name);
      if (values.length === 0 && !!record && field.repetitionType === 'REQUIRED') throw `missing required field: ${field.name}`;
      if (values.length > 1 && field.repetitionType !== 'REPEATED') throw `too many values for field: ${field.name}`;
      if (field.isNested) {
        if (values.length === 0) this.check(field.fields!, null);
        else for (const value of values) this.check(field.fields!, value as Record<string, unknown>);
      }
    }
  }

  private add(fields: Record<string, SchemaField>, record: Record<string, unknown> | null, columns: Record<string, ColumnBuffer>, rlvl: number, dlvl: number): void {
    for (const name in fields) {
      const field = fields[name]!;
      const values = valuesOf(record, name);
      if (values.length === 0) {
        if (field.isNested) this.add(field.fields!, null, columns, rlvl, dlvl);
        else {
          const column = columns[this.leaves.get(field)!.key]!;
          column.rlevels.push(rlvl);
          column.dlevels.push(dlvl);
          column.count += 1;
        }
        continue;
      }
      for (let i = 0; i < values.length; i++) {
        const rlvlI = i === 0 ? rlvl : field.rLevelMax;
        if (field.isNested) {
          this.add(field.fields!, values[i] as Record<string, unknown>, columns, rlvlI, field.dLevelMax);
          continue;
        }
        const leaf = this.leaves.get(field)!;
        const column = columns[leaf.key]!;
        if (leaf.distinct) column.distinct_values.add(values[i]);
        column.values.push(toPrimitive(leaf.type, values[i]));
        column.rlevels.push(rlvlI);
        column.dlevels.push(field.dLevelMax);
        column.count += 1;
      }
    }
  }
}

/** The values of `name` in `record` as the library reads them: none, the array's items, or the one value. */
function valuesOf(record: Record<string, unknown> | null, name: string): unknown[] {
  if (!record || !(name in record)) return [];
  const value = record[name];
  if (value === undefined || value === null) return [];
  return (value as object).constructor === Array ? (value as unknown[]) : [value];
}
