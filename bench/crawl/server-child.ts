/**
 * The corpus server in a process of its own, so a crawler's CPU time is measured apart from
 * the server's. Prints `READY {origin, startUrl, pages}`; answers a `stats` line on stdin
 * with `STATS {…}`; exits when stdin closes.
 * Usage: server-child.ts <pages> <seed> <standard|large>
 */
import { createInterface } from 'node:readline';
import type { Size } from '../../kit/pages/corpus.js';
import { startCorpusServer } from './server.js';

const [pages = '1000', seed = '1', size = 'standard'] = process.argv.slice(2);
const server = await startCorpusServer({ pages: Number(pages), seed: Number(seed), size: size as Size });
process.stdout.write(`READY ${JSON.stringify({ origin: server.origin, startUrl: server.startUrl, pages: server.pages })}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'stats') process.stdout.write(`STATS ${JSON.stringify({ ...server.stats, cpuMs: cpuMs() })}\n`);
});
lines.on('close', () => void server.close().then(() => process.exit(0)));

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
