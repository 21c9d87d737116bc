import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageRecord } from '../../src/schema/records.js';
import type { PageExtraction } from '../../src/schema/records.js';
import { extractPage } from '../../src/extract/extract-page.js';
import type { Entry } from '../../src/schema/entry.js';
import { toEntries } from '../../src/validate/to-entry.js';

/** The qa-harvest checkout these tests run in. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const fixturePath = (rel: string) => join(ROOT, 'fixtures', rel);
export const readFixture = (rel: string) => readFileSync(fixturePath(rel));

/** A page record as the saved-page reader makes it (content type from the extension, no charset). */
export function pageRecord(body: Buffer | string, options: { url?: string; contentType?: string } = {}): PageRecord {
  const url = options.url ?? 'test-page.html';
  return {
    url,
    finalUrl: url,
    status: 200,
    headers: { 'content-type': options.contentType ?? (url.endsWith('.txt') ? 'text/plain' : 'text/html') },
    body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    fetchedAt: null,
  };
}

export function extractOrThrow(page: PageRecord): PageExtraction {
  const outcome = extractPage(page);
  if (!outcome.ok) throw new Error(`${page.url} was rejected: ${outcome.reject.reason} ${outcome.reject.detail}`);
  return outcome.value;
}

/** Every draft of the page as a validated entry; a draft that fails validation fails the test. */
export function entriesOf(extraction: PageExtraction): Entry[] {
  return toEntries(extraction, new Date(0)).map((result) => {
    if (!result.ok) throw new Error(`${extraction.source}: ${result.reject.detail}`);
    return result.value;
  });
}

/** Extraction and entries of a fixture file, e.g. `pages/youlai-desktop-749259.html`. */
export function readFixturePage(rel: string) {
  const extraction = extractOrThrow(pageRecord(readFixture(rel), { url: `fixtures/${rel}` }));
  const entries = entriesOf(extraction);
  return { extraction, entries, page: entries.find((e) => e.origin === 'page'), related: entries.filter((e) => e.origin === 'related') };
}

/** The 14 related questions of the seed page, in its order (checked by eye against fixtures/pages/seed-page.txt). */
export const SEED_RELATED = [
  '为什么女性胸部下面会疼痛',
  '得了宫颈癌有哪些症状',
  '入盆之后多久会分娩',
  '心脏st段下移能恢复吗',
  '嗓子眼痒是怎么回事',
  '婴儿晒黑了能白回来吗',
  '膝盖有积水适合做什么运动',
  '脸色发黄是什么原因引起的',
  '血压低的症状有哪些',
  '肺上有小结节算严重吗',
  '二尖瓣脱垂的治疗方法',
  '女生第一次性生活会流血吗',
  '心浊音界的正常范围',
  '冠状动脉粥样硬化的症状',
] as const;

/** Item page id of each seed position (fixtures/README.md: plac<N> except positions 3, 4, 8, 12). */
export const SEED_RELATED_IDS = [1, 2, 8, 12, 5, 6, 7, 3, 9, 10, 11, 4, 13, 14].map((n) => `0A0A0Aplac${n}`);

/** Code points, so 𠮷 and 😷 count as one character each. */
export const charCount = (s: string) => [...s].length;
