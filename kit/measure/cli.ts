/**
 * The qa-harvest CLI straight from the sources, for tests and harnesses that spawn it as a
 * child process (`node --import tsx kit/measure/cli.ts crawl …`): no build step, no stale dist/
 * (benchmarks build first and ask for the compiled CLI, below).
 * Exits with the command's code; its last stdout line is `RESULT {code, wallMs, cpuMs, maxRssMb}`,
 * the command's own time, CPU and peak memory, for crawl-speed measurements.
 */
// QA_HARVEST_MEASURE_BUILT=1: the compiled CLI (dist/, as installed), whose worker threads load
// compiled modules; from the sources each worker thread would first compile its modules under tsx.
const { main } = (await import(process.env.QA_HARVEST_MEASURE_BUILT === '1' ? '../../dist/cli/main.js' : '../../src/cli/main.js')) as typeof import('../../src/cli/main.js');

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const code = await main(process.argv.slice(2));
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`\nRESULT ${JSON.stringify({ code, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
// Whatever handles are left (keep-alive sockets, timers) must not keep a finished command alive.
process.exit(code);
