/**
 * A/B of `qa-harvest crawl`: the built CLI (dist/, built beforehand) of each side in turn, a fresh
 * 2,000-page corpus site per crawl, the bench's flags, rounds interleaved (A B, B A, …); per crawl
 * the load average, the command's wall time and CPU, the crawl's own seconds (manifest), the main
 * thread's CPU (/proc, Linux) and the 200s; then medians per side.
 *
 *   SIDES="base=/path/to/main-tree,new=/path/to/branch-tree|--extra flags|ENV=value;ENV2=value" ROUNDS=3 [FLAKY=1] npx tsx bench/crawl/ab.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INCLUDE } from './crawl-bench.js';
import { siteStats, startSiteProcess, stopSiteProcess } from '../../kit/measure/site-process.js';
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const sides = (process.env.SIDES ?? '').split(',').map((s) => { const [name, rest] = s.split('='); const [dir, extra, envs] = rest!.split('|'); return { name: name!, dir: dir!, extra: extra ? extra.split(' ') : [], env: Object.fromEntries((envs ?? '').split(';').filter(Boolean).map((kv) => kv.split('='))) }; });
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const res: Record<string, any[]> = {};
async function one(side: typeof sides[number]) {
  const site = await startSiteProcess(['--corpus', '2000', '--seed', '1', ...(process.env.FLAKY === '1' ? ['--flaky', '0.04', '--retry-after', '1'] : [])]);
  const s0 = await siteStats(site);
  const out = mkdtempSync(join(tmpdir(), 'qa-harvest-ab-'));
  const l0 = load();
  const args = ['--import', 'tsx', side.dir + '/kit/measure/cli.ts', 'crawl', '--start', site.startUrl, '--out', out + '/dataset', '--log-format', 'json', '--contact', 'https://example.org/x', '--impolite', '--concurrency', '16', '--retries', '3', '--include', INCLUDE, '--max-pages', '2000', '--quiet', ...side.extra];
  const child = spawn(process.execPath, args, { cwd: side.dir, env: { ...process.env, QA_HARVEST_MEASURE_BUILT: '1', ...side.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = ''; child.stdout.on('data', (d) => (stdout += d)); child.stderr.on('data', (d) => (stdout += d));
  let mainCpu = 0;
  const poll = setInterval(() => { try { const st = readFileSync(`/proc/${child.pid}/task/${child.pid}/stat`, 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); mainCpu = (Number(f[11]) + Number(f[12])) / 100; } catch {} }, 100);
  await new Promise((r) => child.on('exit', r));
  clearInterval(poll);
  const s1 = await siteStats(site);
  await stopSiteProcess(site);
  const m = stdout.match(/RESULT (.*)/); const r = m ? JSON.parse(m[1]!) : null;
  let man: any = null; try { man = JSON.parse(readFileSync(out + '/dataset/latest/manifest.json', 'utf8')); } catch {}
  const row = { side: side.name, load: `${l0}-${load()}`, wall: +(r?.wallMs / 1000).toFixed(2), crawl: man?.stages?.crawl?.seconds, cpu: +(r?.cpuMs / 1000).toFixed(2), main: mainCpu, ok: s1.ok - s0.ok, entries: man?.counts?.entries, rss: Math.round(r?.maxRssMb) };
  console.log(JSON.stringify(row));
  if (!r || r.code !== 0) console.log(stdout.slice(-1500));
  (res[side.name] ??= []).push(row);
  if (process.env.KEEP) console.log('kept', out); else rmSync(out, { recursive: true, force: true });
}
for (let i = 0; i < ROUNDS; i++) for (const s of i % 2 ? [...sides].reverse() : sides) await one(s);
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2; };
for (const s of sides) { const rs = res[s.name]!; console.log(`MEDIAN ${s.name}: wall ${med(rs.map((r) => r.wall)).toFixed(2)} crawl ${med(rs.map((r) => r.crawl)).toFixed(2)} cpu ${med(rs.map((r) => r.cpu)).toFixed(2)} main ${med(rs.map((r) => r.main)).toFixed(2)} (n=${rs.length})`); }
