// parquetjs-lite ships no types; this covers the part qa-harvest uses.
declare module 'parquetjs-lite' {
  export class ParquetSchema {
    constructor(fields: Record<string, unknown>);
    fieldList: Array<{ name: string; path: string[]; primitiveType?: string; originalType?: string }>;
  }
  export interface WriterOptions {
    rowGroupSize?: number;
    pageSize?: number;
    useDataPageV2?: boolean;
  }
  export class ParquetWriter {
    static openFile(schema: ParquetSchema, path: string, options?: WriterOptions): Promise<ParquetWriter>;
    appendRow(row: Record<string, unknown>): Promise<void>;
    setMetadata(key: string, value: string): void;
    setRowGroupSize(rows: number): void;
    close(): Promise<void>;
  }
  export class ParquetReader {
    static openFile(path: string): Promise<ParquetReader>;
    getRowCount(): { toNumber(): number } | number;
    getCursor(): { next(): Promise<Record<string, unknown> | null> };
    close(): Promise<void>;
  }
  const parquet: { ParquetSchema: typeof ParquetSchema; ParquetWriter: typeof ParquetWriter; ParquetReader: typeof ParquetReader };
  export default parquet;
}

// The value conversions of the library's shredder (export/parquet-shred.ts shreds as it does).
declare module 'parquetjs-lite/lib/types.js' {
  const types: { toPrimitive(type: string, value: unknown): unknown };
  export default types;
}
