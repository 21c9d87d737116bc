import type { Progress } from '../pipeline/options.js';

/**
 * A one-line progress bar on a terminal: pages (of the total where known), entries,
 * rejects, pages per second and the time left. Redrawn at most a few times a second.
 */
export class ProgressBar {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  /** The last progress given, and whether the line shows it (updates in between redraws are skipped). */
  private latest: Progress | null = null;
  private behind = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = 200,
  ) {}

  update(p: Progress, force = false): void {
    const now = Date.now();
    this.latest = p;
    this.behind = true;
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    this.behind = false;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = p.pages / seconds;
    const width = 24;
    let bar = '';
    let eta = '';
    if (p.total) {
      const done = Math.min(1, p.pages / p.total);
      const filled = Math.round(done * width);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.pages}/${p.total} pages`;
      eta = rate > 0 ? ` ETA ${formatDuration((p.total - p.pages) / rate)}` : '';
    } else {
      bar = `${p.pages} pages`;
    }
    const line = `${bar} | ${p.entries} entries | ${p.rejects} rejects | ${rate.toFixed(1)} pages/s${eta}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 120) - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the bar's line, showing the last progress given, so that log lines after it start on their own. */
  done(): void {
    if (this.behind && this.latest) this.update(this.latest, true);
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
