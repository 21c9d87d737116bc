/**
 * `qa-harvest crawl` in a process of its own (so its CPU time is its own), exactly as the
 * CLI runs it: main() with the given arguments. Prints `RESULT {code, wallMs, cpuMs, maxRssMb}`.
 * Usage: crawl-child.ts <qa-harvest crawl arguments>...
 */
import { main } from '../../src/cli/main.js';

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const code = await main(['crawl', ...process.argv.slice(2)]);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`\nRESULT ${JSON.stringify({ code, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exit(0);
