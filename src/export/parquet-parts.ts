import { join } from 'node:path';
import type { z } from 'zod';
import { ParquetFile, type ParquetFileOptions } from './parquet-file.js';

export interface ParquetPartsOptions extends ParquetFileOptions {
  /** Start a new file after this many rows, so no single file grows without bound. */
  rowsPerFile?: number;
  /** File name before the part number: `entries` gives entries-00000.parquet. */
  prefix?: string;
}

export const DEFAULT_ROWS_PER_FILE = 500_000;

/**
 * A `data/` folder of Parquet files with one schema, the layout that DuckDB's
 * `read_parquet('data/*.parquet')` and Hugging Face `load_dataset("parquet", data_dir=…)`
 * read without arguments. There is always at least one file, so an empty run still has typed columns.
 */
export class ParquetParts {
  private current: ParquetFile | null = null;
  private readonly done: Array<{ name: string; rows: number }> = [];
  rows = 0;

  constructor(
    readonly dir: string,
    private readonly schema: z.ZodObject,
    private readonly options: ParquetPartsOptions = {},
  ) {}

  async write(record: Record<string, unknown>): Promise<void> {
    const limit = this.options.rowsPerFile ?? DEFAULT_ROWS_PER_FILE;
    if (this.current && this.current.rows >= limit) await this.closeCurrent();
    this.current ??= new ParquetFile(join(this.dir, this.nextName()), this.schema, this.options);
    await this.current.write(record);
    this.rows++;
  }

  /** Closes the last file and returns every file written, in order. */
  async close(): Promise<Array<{ name: string; rows: number }>> {
    this.current ??= new ParquetFile(join(this.dir, this.nextName()), this.schema, this.options);
    await this.closeCurrent();
    return [...this.done];
  }

  /** Drops the open file unfinished; the caller removes the folder. */
  abort(): void {
    this.current = null;
  }

  private nextName(): string {
    return `${this.options.prefix ?? 'entries'}-${String(this.done.length).padStart(5, '0')}.parquet`;
  }

  private async closeCurrent(): Promise<void> {
    if (!this.current) return;
    await this.current.close();
    this.done.push({ name: this.current.path.split(/[\\/]/).pop()!, rows: this.current.rows });
    this.current = null;
  }
}
