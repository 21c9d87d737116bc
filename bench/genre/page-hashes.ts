import { createHash } from 'node:crypto';
import { familiesNamed, generatePage } from './families.js';

/**
 * One line a generated page: family, seed, index, the sha256 of its bytes and of its answer key
 * (JSON). The pages and keys are frozen evidence (first-run figures were measured on them), so a
 * change to the generator's code that is meant to be a tidy-up must leave this list unchanged:
 *
 *   npx tsx bench/genre/page-hashes.ts > /tmp/before.txt   # then after the change, and diff
 *   npx tsx bench/genre/page-hashes.ts --pages 60 --seeds 7,3,11 --family charset-lie
 *
 * Every family of every split (the ones outside eval.ts's default splits too).
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const pages = Number(option('--pages', '60'));
const seeds = option('--seeds', '7,3,11').split(',').map(Number);
const only = option('--family', '');

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const all = createHash('sha256');
let count = 0;
for (const family of familiesNamed(only)) {
  for (const seed of seeds) {
    for (let i = 0; i < pages; i++) {
      const page = generatePage(family, seed, i);
      const line = `${family.split} ${family.name} ${seed} ${i} ${sha(page.body)} ${sha(JSON.stringify(page.expected))}`;
      all.update(line);
      count++;
      console.log(line);
    }
  }
}
console.log(`# ${count} pages, all: ${all.digest('hex')}`);
