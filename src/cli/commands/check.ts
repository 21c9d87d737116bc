import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { diffExpectations, expectationOf, formatDifference, type Expectation } from '../../pipeline/drift.js';
import { loadProfiles, ProfileError } from '../../pipeline/profiles.js';
import { readSavedPages } from '../../sources/saved-pages.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, parseCommandLine, type CommandLine } from '../command-line.js';
import { optionsOf } from '../options.js';

const CheckFlagsSchema = z
  .object({ update: z.boolean().default(false).describe('rewrite the expectations from what the code gives now (after a deliberate change)') })
  .extend(CommonFlagsSchema.pick({ help: true }).shape)
  .strict();

export const CHECK_LINE = {
  sections: [{ title: 'Options', options: optionsOf(CheckFlagsSchema, { inConfig: false }) }],
  flags: CheckFlagsSchema,
} satisfies CommandLine<typeof CheckFlagsSchema>;

export const CHECK_HELP = `Usage: qa-harvest check [fixtures-dir] [--update]

Extracts every page under the folder (default: fixtures) and compares what it gives, field by
field, with the expectation stored beside it (<page>.expected.json). Any difference is printed
as field, expected and got, and the exit code is 1: the site's markup or the extractor changed.
A page without an expectation is a difference too. Learned site profiles in <fixtures-dir>/profiles/
are read besides the built-in ones, so drift in them is caught too.

${helpSections(CHECK_LINE.sections)}

Exit codes: 0 no drift (or expectations updated); 1 drift found, or no pages to check; 2 bad usage.
`;

const EXPECTATION_SUFFIX = '.expected.json';
/** Learned site profiles under a fixtures folder, read by the check. */
const PROFILES_DIR = 'profiles';
export const expectationPath = (page: string) => `${page}${EXPECTATION_SUFFIX}`;

/** The expectation, null when there is none, or the reason it cannot be read. */
async function readExpectation(path: string): Promise<Expectation | null | { unreadable: string }> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Expectation;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { unreadable: (err as Error).message };
  }
}

export async function checkCommand(args: string[]): Promise<number> {
  const { flags, positionals } = parseCommandLine(CHECK_LINE, args);
  if (flags.help) {
    process.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const dirs = positionals.length ? positionals : ['fixtures'];
  for (const dir of dirs) {
    if (!(await stat(dir).catch(() => null))) throw new UsageError(`no such fixtures folder: ${dir}`);
  }
  // Learned profiles kept beside the fixtures are checked for drift as the built-in ones are.
  const profileDirs: string[] = [];
  for (const dir of dirs) if ((await stat(join(dir, PROFILES_DIR)).catch(() => null))?.isDirectory()) profileDirs.push(join(dir, PROFILES_DIR));
  const profiles = await loadProfiles(profileDirs).catch((err: unknown) => {
    throw err instanceof ProfileError ? new UsageError(err.message) : err;
  });
  const expectationFiles: string[] = [];
  let pages = 0;
  let drifted = 0;
  let updated = 0;
  for await (const item of readSavedPages(dirs, { onSkip: (path) => path.endsWith(EXPECTATION_SUFFIX) && expectationFiles.push(path) })) {
    if (item.kind === 'reject') {
      process.stdout.write(`DRIFT ${item.reject.source}: cannot read (${item.reject.reason}: ${item.reject.detail})\n`);
      drifted++;
      continue;
    }
    pages++;
    const path = item.page.url;
    const got = expectationOf(item.page, profiles);
    const file = expectationPath(path);
    if (flags.update) {
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
    if ('unreadable' in expected) {
      drifted++;
      process.stdout.write(`DRIFT ${path}: its expectation ${file} cannot be read (${expected.unreadable}); fix it or run --update\n`);
      continue;
    }
    const diffs = diffExpectations(expected, got);
    if (diffs.length) {
      drifted++;
      process.stdout.write(`DRIFT ${path}: ${diffs.length} difference${diffs.length > 1 ? 's' : ''}\n${diffs.map(formatDifference).join('\n')}\n`);
    }
  }
  // An expectation whose page is gone pins down nothing: say so rather than pass silently.
  for (const file of expectationFiles) {
    const page = file.slice(0, -EXPECTATION_SUFFIX.length);
    if (await stat(page).catch(() => null)) continue;
    if (flags.update) {
      await rm(file);
      process.stdout.write(`removed ${file} (its page is gone)\n`);
    } else {
      drifted++;
      process.stdout.write(`DRIFT ${file}: its page ${page} is gone; remove the expectation or run --update\n`);
    }
  }
  if (flags.update) {
    process.stdout.write(`check: ${pages} pages, ${updated} expectations rewritten\n`);
    return EXIT.ok;
  }
  if (pages === 0) {
    process.stdout.write(`check: no pages found in ${dirs.join(', ')}: nothing was checked\n`);
    return EXIT.failed;
  }
  process.stdout.write(`check: ${pages} pages, ${drifted} drifted\n`);
  return drifted ? EXIT.failed : EXIT.ok;
}
