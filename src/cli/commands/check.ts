import { readFile, rename, writeFile } from 'node:fs/promises';
import { diffExpectations, expectationOf, formatDifference, type Expectation } from '../../check/drift.js';
import { readSavedPages } from '../../crawl/saved-pages.js';
import { EXIT, parse } from '../args.js';

export const CHECK_HELP = `Usage: qa-harvest check [fixtures-dir] [--update]

Extracts every page under the folder (default: fixtures) and compares what it gives, field by
field, with the expectation stored beside it (<page>.expected.json). Any difference is printed
as field, expected and got, and the exit code is 1: the site's markup or the extractor changed.
A page without an expectation is a difference too.

Options:
  --update     rewrite the expectations from what the code gives now (after a deliberate change)
  -h, --help   this help

Exit codes: 0 no drift (or expectations updated); 1 drift found; 2 bad usage.
`;

export const expectationPath = (page: string) => `${page}.expected.json`;

async function readExpectation(path: string): Promise<Expectation | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Expectation;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    update: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const dirs = positionals.length ? positionals : ['fixtures'];
  let pages = 0;
  let drifted = 0;
  let updated = 0;
  for await (const item of readSavedPages(dirs)) {
    if (item.kind === 'reject') {
      process.stdout.write(`DRIFT ${item.reject.source}: cannot read (${item.reject.reason}: ${item.reject.detail})\n`);
      drifted++;
      continue;
    }
    pages++;
    const path = item.page.url;
    const got = expectationOf(item.page);
    const file = expectationPath(path);
    if (values.update) {
      const text = `${JSON.stringify(got, null, 2)}\n`;
      const previous = await readFile(file, 'utf8').catch(() => null);
      if (previous !== text) {
        await writeFile(`${file}.tmp`, text);
        await rename(`${file}.tmp`, file);
        updated++;
        process.stdout.write(`updated ${file}\n`);
      }
      continue;
    }
    const expected = await readExpectation(file);
    if (!expected) {
      drifted++;
      process.stdout.write(`DRIFT ${path}: no expectation (${file}); run 'qa-harvest check --update' to record one\n`);
      continue;
    }
    const diffs = diffExpectations(expected, got);
    if (diffs.length) {
      drifted++;
      process.stdout.write(`DRIFT ${path}: ${diffs.length} difference${diffs.length > 1 ? 's' : ''}\n${diffs.map(formatDifference).join('\n')}\n`);
    }
  }
  if (values.update) {
    process.stdout.write(`check: ${pages} pages, ${updated} expectations rewritten\n`);
    return EXIT.ok;
  }
  process.stdout.write(`check: ${pages} pages, ${pages - drifted} as expected, ${drifted} drifted\n`);
  return drifted ? EXIT.failed : EXIT.ok;
}
