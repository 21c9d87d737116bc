import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { familiesNamed, generatePage } from './families.js';

/**
 * Writes generated pages and their expected entries to a folder, to look at or to run
 * `qa-harvest run` on: `npx tsx bench/genre/dump.ts <dir> [family,...] [pages] [seed]`.
 */
const [dir = 'output/genre-pages', names, count = '3', seed = '7'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
for (const family of familiesNamed(names)) {
  for (let i = 0; i < Number(count); i++) {
    const page = generatePage(family, Number(seed), i);
    writeFileSync(join(dir, page.name), page.body);
    writeFileSync(join(dir, `${page.name}.truth.json`), `${JSON.stringify(page.expected, null, 2)}\n`);
  }
}
console.log(`wrote ${dir}`);
