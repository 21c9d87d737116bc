import { extractPage } from '../../src/extract/extract-page.js';
import { toEntries } from '../../src/validate/to-entry.js';
import { FAMILIES, generatePage } from './families.js';
import type { Split } from './family.js';

/**
 * Pages whose own entry is neither published nor rejected: a page entry dropped unsaid. eval.ts counts
 * a page with no entry of its own as `not read` whether or not its `no_page_entry` reject says so; this
 * tells the two apart.
 *
 *   npx tsx bench/genre/unrecorded.ts <split,...> [seed] [pages]
 */
const [splits = 'fresh-49', seed = '7', pages = '60'] = process.argv.slice(2);
let rejectedOwn = 0;
let rejectedPage = 0;
let unsaid = 0;
let total = 0;
for (const family of FAMILIES.filter((f) => (splits.split(',') as Split[]).includes(f.split))) {
  for (let i = 0; i < Number(pages); i++) {
    const page = generatePage(family, Number(seed), i);
    if (page.expected.noEntry !== undefined) continue;
    total++;
    const outcome = extractPage({ url: page.name, finalUrl: page.name, status: 200, headers: {}, body: page.body, fetchedAt: null });
    if (!outcome.ok || outcome.value.entries.length === 0) {
      rejectedPage++;
      continue;
    }
    const results = toEntries(outcome.value, new Date(0));
    if (results.some((r) => r.ok && r.value.origin === 'page')) continue;
    if (results.some((r) => !r.ok && r.reject.reason === 'no_page_entry')) rejectedOwn++;
    else {
      unsaid++;
      console.log(`  ${page.name}: no page entry and no reject, ${outcome.value.entries.length} related`);
    }
  }
}
console.log(`${splits} seed ${seed}: ${total} pages; own entry rejected (no_page_entry) ${rejectedOwn}, page rejected ${rejectedPage}, no page entry and no reject ${unsaid}`);
