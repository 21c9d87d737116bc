import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/args.js';
import { loadConfig, parseCommandLine, type CommandLine } from '../src/cli/command-line.js';
import { CONFIG_HELP, CONFIG_LINE } from '../src/cli/commands/config.js';
import { CRAWL_HELP, CRAWL_LINE } from '../src/cli/commands/crawl.js';
import { RUN_HELP, RUN_LINE } from '../src/cli/commands/run.js';
import { CONFIG_OPTIONS, ConfigSchema } from '../src/cli/config.js';
import { main } from '../src/cli/main.js';
import { setAt, valueAt, type Option } from '../src/cli/options.js';
import { CrawlOptionsSchema } from '../src/crawl/options.js';
import { fixturePath } from './helpers/pages.js';

/**
 * Each option is declared once, in a zod schema (ConfigSchema, and the crawl object's
 * CrawlOptionsSchema in it); these tests go over the schemas, so a new option is covered
 * without a new line here.
 */
const work = mkdtempSync(join(tmpdir(), 'qa-harvest-options-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
function configFile(content: unknown): string {
  const path = join(work, `config-${files++}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const EMPTY = configFile({});

/** main() in this process, with what it writes. */
async function qaHarvest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [write, writeErr] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

/** Every key of the config file, from the schemas themselves: top level, then `crawl.<key>`. */
const SCHEMA_KEYS = [...Object.keys(ConfigSchema.shape), ...Object.keys(CrawlOptionsSchema.shape).map((k) => `crawl.${k}`)];
const option = (key: string): Option => CONFIG_OPTIONS.find((o) => o.key === key)!;

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

/** The effective configuration of a command line, or the usage error it ends in. */
async function outcome(line: CommandLine<any>, args: string[], path: readonly string[]): Promise<Outcome> {
  try {
    const parsed = parseCommandLine(line, args);
    const { config } = await loadConfig(parsed.flags.config, parsed.config);
    return { ok: true, value: valueAt(config, path) };
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, message: err.message };
    throw err;
  }
}

/** Values a person might type, for any option: numbers, text, durations, URLs, enum values, a broken regex. */
const TYPED = ['1', '0', '-1', '0.5', '2.5', '1e3', '', 'x', '5m', 'weekly', 'http://127.0.0.1:8080/', 'redis://127.0.0.1:6379/0', 'ftp://x', '(', 'delta', 'json'];

/** The same value as a config file holds it: numbers as JSON numbers for numeric options. */
function inFile(o: Option, typed: string): unknown {
  const numeric = (o.kind === 'whole' || o.kind === 'decimal') && typed.trim() !== '' && Number.isFinite(Number(typed));
  const value = numeric ? Number(typed) : typed;
  return o.multiple ? [value] : value;
}

describe('an option declared once', () => {
  it('is listed by config --keys with its description and default', async () => {
    const keys = await qaHarvest('config', '--keys');
    expect(keys.code).toBe(0);
    const lines = keys.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(SCHEMA_KEYS);
    for (const key of SCHEMA_KEYS) {
      const line = lines.find((l) => l.startsWith(`${key} `))!;
      expect(line, key).toContain(option(key).description);
      if (typeof option(key).default === 'number') expect(line, key).toContain(`(default: ${option(key).default})`);
    }
  });

  it("has its flag and description in the --help of every command that takes it", () => {
    const helps = [
      { help: RUN_HELP, keys: SCHEMA_KEYS.filter((k) => !k.startsWith('crawl')) },
      { help: CONFIG_HELP, keys: SCHEMA_KEYS.filter((k) => !k.startsWith('crawl')) },
      { help: CRAWL_HELP, keys: SCHEMA_KEYS },
    ];
    for (const { help, keys } of helps) {
      const flat = help.replace(/\n +/g, ' ');
      for (const key of keys.filter((k) => option(k).flag !== null)) {
        expect(flat, key).toMatch(new RegExp(`--${option(key).flag}\\b.*${option(key).description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
    // Only the config file gives inputs (or arguments) and the crawl object as a whole.
    expect(CONFIG_OPTIONS.filter((o) => o.flag === null).map((o) => o.key)).toEqual(['inputs', 'crawl']);
  });

  const commands = [
    { name: 'run', line: RUN_LINE },
    { name: 'crawl', line: CRAWL_LINE },
    { name: 'config', line: CONFIG_LINE },
  ];
  for (const { name, line } of commands) {
    const options = line.sections.flatMap((s) => s.options).filter((o) => o.inConfig && o.flag !== null);
    it(`${name}: takes each of its ${options.length} options as a flag and in the config file, with the same checks`, async () => {
      for (const o of options) {
        const candidates = o.kind === 'boolean' ? [null] : TYPED;
        let accepted = 0;
        for (const typed of candidates) {
          const flag = typed === null ? [`--${o.flag}`] : [`--${o.flag}=${typed}`];
          const fromFlag = await outcome(line, ['--config', EMPTY, ...flag], o.path);
          const content = {};
          setAt(content, o.path, typed === null ? o.sets : inFile(o, typed));
          const file = configFile(content);
          const fromFile = await outcome(line, ['--config', file], o.path);
          const what = `${o.key} given ${JSON.stringify(typed)}`;
          expect(fromFile.ok, `${what}: ${JSON.stringify([fromFile, fromFlag])}`).toBe(fromFlag.ok);
          if (fromFile.ok && fromFlag.ok) {
            // A path in a config file is relative to the file; on the command line, to the current folder.
            const expected = o.isPath ? [fromFlag.value].flat().map((p) => resolve(work, String(p))) : [fromFlag.value].flat();
            expect([fromFile.value].flat(), what).toEqual(expected);
            // A boolean flag is worth giving only if it changes something: --ignore-robots sets robots to false.
            if (typed === null) expect(fromFlag.value, what).not.toEqual(o.default);
            accepted++;
          }
          if (!fromFile.ok && !fromFlag.ok) {
            expect(fromFile.message, what).toContain(file);
            expect(fromFile.message, what).toContain(`key '${o.key}`);
            expect(fromFlag.message, what).toMatch(new RegExp(`--${o.flag}\\b|'${o.key}`));
          }
        }
        expect(accepted, `${o.key}: no value was accepted`).toBeGreaterThan(0);
        if (o.kind !== 'boolean') expect(accepted, `${o.key}: every value was accepted`).toBeLessThan(candidates.length);
      }
    });
  }
});

describe('the crawl object of a config file', () => {
  it('is checked by run and config --print as crawl checks it (issue #14)', async () => {
    const bad = [
      { crawl: { rate: -1 }, says: "key 'crawl.rate'" },
      { crawl: { rate_limit: 2 }, says: "key 'crawl.rate_limit' is not a qa-harvest setting (known keys: start, allow_hosts," },
      { crawl: { revisit_after: 'weekly' }, says: "key 'crawl.revisit_after': expected a duration" },
      { crawl: { start: ['ftp://example.org/'] }, says: "key 'crawl.start.0'" },
      { crawl: 'fast', says: "key 'crawl'" },
    ];
    for (const { crawl, says } of bad) {
      const file = configFile({ out: join(work, 'never-written'), crawl });
      for (const command of [['run', fixturePath('pages')], ['config', '--print'], ['crawl', 'http://127.0.0.1:9/']]) {
        const result = await qaHarvest(...command, '--config', file);
        expect(result.code, `${command[0]} with ${JSON.stringify(crawl)}`).toBe(2);
        expect(result.stderr).toContain(`${file}: ${says}`);
      }
    }
  });

  it('is merged key by key with the flags, and its paths are relative to the file', async () => {
    const file = configFile({ crawl: { rate: 5, concurrency: 3, state: 'state' } });
    const parsed = parseCommandLine(CRAWL_LINE, ['--config', file, '--rate', '7', 'http://127.0.0.1:9/']);
    const { config, given } = await loadConfig(parsed.flags.config, parsed.config);
    expect(config.crawl).toMatchObject({ rate: 7, concurrency: 3, state: join(work, 'state'), start: ['http://127.0.0.1:9/'] });
    expect(Object.keys(given.crawl ?? {}).sort()).toEqual(['concurrency', 'rate', 'start', 'state']);
  });
});
