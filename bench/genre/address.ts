import { generatePage, type GeneratedPage } from './families.js';
import type { Expected, ExpectedItem, Family } from './family.js';
import { truthPage } from './truth.js';

/**
 * eval.ts's `--addressed`: a page read as a crawl reads it, with the address it was fetched from, and its
 * answer key as a crawl's output should be. The families key an item's link as written where the page names
 * no address of its own (no one could tell its host from a saved file); given the address, a careful person
 * resolves it as a browser would, so the key is resolved here and nowhere in the reader's code.
 */

/**
 * The address page `index` of `family` is fetched from, as a crawl would have it: where the page names an address
 * of its own on the family's host (canonical, else og:url), that one. Else the address the family's other pages
 * name for themselves, with this page's id; else, where none does, the address of one of its related questions
 * on the host, with this page's id: the page is one of its site's Q&A pages, as they are. (The reader places a
 * list by its links' folder and template beside the page's own: an address in no template of the site would
 * test the address, not the reader.) Else https on the host two folders down (`/qa/archive/<name>`), as an
 * article page of a CMS sits (`/info/1023/4567.htm`): a link climbing `../../` from there reaches the site's root
 * without being clamped at it, one climbing less stays in a folder of the site, so every relative link a family
 * prints lands on the host as written.
 */
export function addressOf(family: Family, seed: number, index: number, page: GeneratedPage): string {
  const made = `https://${family.site}/qa/archive/${page.name}`;
  const own = onHost(family, namedAddress(markup(page.body), made));
  if (own) return own;
  const truth = truthPage(seed, family.name, index, family.site);
  const template = templateOf(family, seed);
  if (template) return template(truth.item.num);
  // A related question's link, its id (the item's number as the family prints it) swapped for the page's.
  const ids = truth.related.map((r) => /\d+/.exec(r.path)![0]);
  for (const item of addressedKey(page.expected, page.body, made).related) {
    const id = ids.find((n) => item.url.split(n).length === 2);
    if (id && onHost(family, item.url)) return item.url.replace(id, String(truth.item.num));
  }
  return made;
}

const onHost = (family: Family, url: string | null) => (url !== null && new URL(url).host === family.site ? url : null);

/** Sibling pages looked at for the family's template of addresses: the first pages of the family. */
const SIBLINGS = 30;
const templates = new Map<string, ((num: number) => string) | null>();

/** The family's own addresses as a template of a page's id: the first sibling naming its own, its id once in it. */
function templateOf(family: Family, seed: number): ((num: number) => string) | null {
  const key = `${seed}:${family.name}`;
  if (!templates.has(key)) {
    let template: ((num: number) => string) | null = null;
    for (let j = 0; j < SIBLINGS && !template; j++) {
      const sibling = generatePage(family, seed, j);
      const own = onHost(family, namedAddress(markup(sibling.body), `https://${family.site}/`));
      const id = String(truthPage(seed, family.name, j, family.site).item.num);
      if (own && own.split(id).length === 2) template = (num) => own.replace(id, String(num));
    }
    templates.set(key, template);
  }
  return templates.get(key)!;
}

/** A URL with a scheme (`https:`, `javascript:`) needs no base; anything else (`/a`, `a.html`, `//host/a`, `?id=1`) does. */
const isAbsolute = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** The five entities an ASCII attribute value may carry; an address needs no more. */
const unescape = (s: string) =>
  s.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, e: string) => ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' })[e]!);

/** The attributes of each `<tag …>` of the markup, names lower-cased. */
function tags(html: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) attrs[a[1]!.toLowerCase()] = unescape((a[2] ?? a[3] ?? a[4] ?? '').trim());
    found.push(attrs);
  }
  return found;
}

/**
 * A page's markup as far as addresses go: comments and scripts are none of it. Read as latin1: the tags and
 * addresses looked for are ASCII in every encoding the families use.
 */
const markup = (body: Buffer) => body.toString('latin1').replace(/<!--[\s\S]*?-->/g, '').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');

const resolved = (href: string | undefined, against: string) => {
  if (!href) return null;
  try {
    return new URL(href, against).href;
  } catch {
    return null;
  }
};

/** The address the page names as its own, canonical link else og:url, if it names one. */
function namedAddress(html: string, address: string): string | null {
  const canonical = tags(html, 'link').find((a) => (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.href;
  const ogUrl = tags(html, 'meta').find((a) => (a.property ?? a.name ?? '').toLowerCase() === 'og:url')?.content;
  return resolved(canonical, address) ?? resolved(ogUrl, address);
}

/**
 * What a page's relative links resolve against when it is fetched from `address`: its `<base href>` where it
 * sets one (HTML's own rule), else the address it names as its own on the same host (the address the families
 * resolve a key's links against), else the address it came from. A canonical on another host (an `m.` page's
 * `www` twin) moves no link: a browser follows `/wenda/1.html` on the host it fetched the page from.
 */
export function baseOf(body: Buffer, address: string): string {
  const html = markup(body);
  const base = tags(html, 'base').find((a) => a.href)?.href;
  const named = namedAddress(html, address);
  return resolved(base, address) ?? (named !== null && new URL(named).host === new URL(address).host ? named : null) ?? address;
}

/**
 * The key as a crawl's output should be: each item's link (and so the page entry's related_urls) resolved against the
 * page's base. A family that keys a relative link resolved against its page's canonical (an `m.` page naming its `www`
 * twin) keyed it absolute; where the page prints no such address (only the path), a browser on the address's host
 * follows the path there, so the key does too.
 */
export function addressedKey(expected: Expected, body: Buffer, address: string): Expected {
  const html = markup(body);
  const base = baseOf(body, address);
  const named = namedAddress(html, address);
  const elsewhere = named !== null && new URL(named).host !== new URL(base).host ? new URL(named).host : null;
  const rebased = (url: string) => {
    const u = new URL(url);
    return u.host === elsewhere && !html.includes(`//${u.host}${u.pathname}`) ? new URL(`${u.pathname}${u.search}${u.hash}`, base).href : url;
  };
  const item = (r: ExpectedItem): ExpectedItem => ({ ...r, url: isAbsolute(r.url) ? (/^https?:/i.test(r.url) ? rebased(r.url) : r.url) : new URL(r.url, base).href });
  const related = expected.related.map(item);
  return related.every((r, i) => r.url === expected.related[i]!.url) ? expected : { ...expected, related };
}
