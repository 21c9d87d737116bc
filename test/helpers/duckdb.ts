import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll } from 'vitest';

export type Row = Record<string, unknown>;

/** A text literal for SQL: the value goes into the query itself, so DuckDB sees a constant filter (and uses statistics). */
export const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;
export const parquetList = (files: string[]) => `read_parquet([${files.map(sqlText).join(', ')}])`;

/** An in-memory DuckDB, closed after the test file; rows come back as JSON values (dates as 'YYYY-MM-DD'). */
export async function openDuckDb(): Promise<{ query: (sql: string) => Promise<Row[]> }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });
  return { query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[] };
}
