import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Appends one JSON object per line, waiting on the stream when it is full, so memory stays flat. */
export class JsonlFile {
  private readonly stream: WriteStream;
  private failure: Error | null = null;
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
    if (!this.stream.write(`${json}\n`)) await once(this.stream, 'drain');
  }

  /** Flushes and closes; safe to call again (an abort after a failed publish closes twice). */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.writableFinished) return;
    if (!this.stream.writableEnded) this.stream.end();
    await once(this.stream, 'finish');
  }
}
