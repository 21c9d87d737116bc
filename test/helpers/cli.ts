import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface InProcessResult {
  code: number;
  /** The JSON log lines on stderr, the summary last. */
  lines: Array<Record<string, unknown>>;
  stderr: string;
}

/** The CLI in this process (as cron runs it: JSON lines on stderr, captured here), for exit codes and summaries. */
export async function qaHarvest(...args: string[]): Promise<InProcessResult> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main([...args, '--log-format', 'json']);
    const lines = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { code, lines, stderr };
  } finally {
    spy.mockRestore();
  }
}
