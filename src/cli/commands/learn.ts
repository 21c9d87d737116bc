import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LEARN_THRESHOLD, learnProfile, profileId } from '../../extract/profiles/learn-profile.js';
import { LEARNED_FIELDS } from '../../extract/profiles/profile.js';
import type { PageRecord } from '../../schema/records.js';
import { readSavedPages } from '../../sources/saved-pages.js';
import { EXIT, UsageError } from '../args.js';
import { CommonFlagsSchema, helpSections, parseCommandLine, type CommandLine } from '../command-line.js';
import { optionsOf } from '../options.js';

const LearnFlagsSchema = z
  .object({
    site: z.string().min(1).optional().meta({ description: "the site's name (the profile's site and, made safe, its id and file name)", arg: '<name>' }),
    out: z.string().min(1).optional().meta({ description: 'where to write the profile (default: profiles/<id>.json)', arg: '<file>' }),
    threshold: z.number().min(0).max(1).default(DEFAULT_LEARN_THRESHOLD).meta({ description: 'least agreement a field needs to be kept', arg: '<r>' }),
    max_pages: z.int().min(1).default(50).describe('pages sampled at most (the first, in name order)'),
  })
  .extend(CommonFlagsSchema.pick({ help: true }).shape)
  .strict();

export const LEARN_LINE = {
  sections: [{ title: 'Options', options: optionsOf(LearnFlagsSchema, { inConfig: false }) }],
  flags: LearnFlagsSchema,
} satisfies CommandLine<typeof LearnFlagsSchema>;

export const LEARN_HELP = `Usage: qa-harvest learn <file|folder>... --site <name> [--out <file>]

Reads a sample of one site's saved pages with the genre reader, aligns where it found each part
across them, and writes a site profile (selectors, the label texts it relies on, and the
agreement it saw per field: the share of pages where the selectors give exactly what the genre
reader read). Fields below the threshold are left out: the genre reader reads them. A page read
with the profile is read by the genre reader too: the profile's fields confirm or fill its reading,
and where they read another value the entry keeps the genre reader's and is flagged
unsure_reading. Review the file, then keep it: runs read it with --profile <file|folder> (or
"profiles" in the config), and 'qa-harvest check' reads fixtures/profiles/.

${helpSections(LEARN_LINE.sections)}

Exit codes: 0 profile written; 1 no page could be read, or no field agreed; 2 bad usage.
`;

export async function learnCommand(args: string[]): Promise<number> {
  const { flags, positionals } = parseCommandLine(LEARN_LINE, args);
  if (flags.help) {
    process.stdout.write(LEARN_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('learn needs the pages (files or folders) of one site');
  if (!flags.site) throw new UsageError('learn needs --site <name>');
  for (const input of positionals) if (!(await stat(input).catch(() => null))) throw new UsageError(`cannot read input ${input}`);
  const pages: PageRecord[] = [];
  for await (const item of readSavedPages(positionals)) {
    if (item.kind === 'page') pages.push(item.page);
    if (pages.length >= flags.max_pages) break;
  }
  const result = learnProfile(pages, { site: flags.site, learnedAt: new Date().toISOString(), threshold: flags.threshold });
  process.stdout.write(`learn: ${result.pagesRead} of ${result.pagesSampled} pages read by the genre reader\n`);
  process.stdout.write(agreementTable(result.agreement, result.leftOut));
  if (!result.profile) {
    process.stdout.write(`learn: no profile: ${result.reason}\n`);
    return EXIT.failed;
  }
  const file = flags.out ?? join('profiles', `${profileId(flags.site)}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(result.profile, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  process.stdout.write(`learn: wrote ${file} (hosts ${result.profile.hosts.join(', ')}); review it, then run with --profile ${file}\n`);
  return EXIT.ok;
}

function agreementTable(agreement: Partial<Record<string, number>>, leftOut: readonly string[]): string {
  const rows = LEARNED_FIELDS.filter((f) => agreement[f] !== undefined).map(
    (f) => `  ${f.padEnd(16)} ${(100 * agreement[f]!).toFixed(1).padStart(5)}%  ${leftOut.includes(f) ? 'left out: the genre reader reads it' : 'kept'}`,
  );
  return rows.length ? `  ${'field'.padEnd(16)} agreement\n${rows.join('\n')}\n` : '';
}
