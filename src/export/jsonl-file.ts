import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Appends one JSON object per line, waiting on the stream when it is full, so memory stays flat.
 * Lines go to the stream in chunks of about CHUNK_CHARS characters: a write per line cost the
 * main thread a fifth of its time while the run's entries were written (measured at 10,000 pages).
 */
export class JsonlFile {
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  lines = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { flags: 'wx' });
    this.stream.on('error', (err) => (this.failure = err));
  }

  write(record: unknown): Promise<void> {
    return this.writeLine(JSON.stringify(record));
  }

  /** Appends a record already serialised as JSON (one line, no newline in it). */
  async writeLine(json: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.lines++;
    this.pending.push(json);
    this.pendingChars += json.length + 1;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  /** Flushes and closes; safe to call again (an abort after a failed publish closes twice). */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.writableFinished) return;
    if (!this.stream.writableEnded) {
      await this.flush();
      this.stream.end();
    }
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = `${this.pending.join('\n')}\n`;
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/** Characters gathered before they are written. */
const CHUNK_CHARS = 64 * 1024;
