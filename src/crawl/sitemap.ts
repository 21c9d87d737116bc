import { constants as zlib, createGunzip, gunzipSync } from 'node:zlib';

/** What one sitemap file lists: pages, or (a sitemap index) more sitemaps. */
export interface SitemapContent {
  pages: string[];
  sitemaps: string[];
}

/** Sitemaps may hold 50,000 URLs and 50 MB (sitemaps.org); what is beyond is ignored (the crawl logs it). */
export const MAX_SITEMAP_URLS = 50_000;
/** 50 MB uncompressed (sitemaps.org: 52,428,800 bytes): a sitemap is read whole up to this, the head of a larger one. */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/**
 * A sitemap's bytes uncompressed (a `.xml.gz` served as it is): its first `maxBytes`, and
 * whether there was more. `head`: the compressed bytes are themselves the head of a longer
 * file, so their end is not an error.
 */
export function inflateSitemap(body: Buffer, maxBytes = MAX_SITEMAP_BYTES, head = false): Promise<{ bytes: Buffer; cut: boolean }> {
  if (!(body[0] === 0x1f && body[1] === 0x8b)) return Promise.resolve({ bytes: body, cut: false });
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip(head ? { finishFlush: zlib.Z_SYNC_FLUSH } : {});
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    gunzip.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (total + chunk.byteLength > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - total));
        settled = true;
        resolve({ bytes: Buffer.concat(chunks, maxBytes), cut: true });
        gunzip.destroy();
        return;
      }
      total += chunk.byteLength;
      chunks.push(chunk);
    });
    gunzip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ bytes: Buffer.concat(chunks, total), cut: head });
    });
    gunzip.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    gunzip.end(body);
  });
}

/**
 * Reads an XML sitemap (`<urlset>`), a sitemap index (`<sitemapindex>`), either gzipped, or a
 * plain-text sitemap (one URL per line). Only `<loc>` matters here. Pure and synchronous.
 *
 * Hand-written on purpose: the npm sitemap parsers either fetch sitemaps themselves (sitemapper,
 * crawlee's own parseSitemap, sitemap-stream-parser), which our fetcher does under robots.txt,
 * pacing and state, or parse streams asynchronously without gzip, text sitemaps or caps
 * (sitemap.js, a generator first, Node >= 20.19.5), or are unmaintained (sitemap-urls,
 * sitemap-parser).
 */
export function parseSitemap(body: Buffer, base: string): SitemapContent {
  const bytes = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body, { maxOutputLength: 64 * 1024 * 1024 }) : body;
  const text = bytes.toString('utf8');
  const pages: string[] = [];
  const sitemaps: string[] = [];
  if (/<(?:\w+:)?(?:urlset|sitemapindex)\b/i.test(text)) {
    const isIndex = /<(?:\w+:)?sitemapindex\b/i.test(text);
    for (const match of text.matchAll(/<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?\s*<\/(?:\w+:)?loc>/gi)) {
      const url = resolve(decodeXml(match[1] ?? ''), base);
      if (!url) continue;
      (isIndex ? sitemaps : pages).push(url);
      if (pages.length + sitemaps.length >= MAX_SITEMAP_URLS) break;
    }
  } else {
    for (const line of text.split(/\r?\n/)) {
      const url = resolve(line.trim(), base);
      if (url) pages.push(url);
      if (pages.length >= MAX_SITEMAP_URLS) break;
    }
  }
  return { pages, sitemaps };
}

function decodeXml(s: string): string {
  return s
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function resolve(s: string, base: string): string | null {
  if (!s || !/^https?:\/\//i.test(s)) return null;
  try {
    return new URL(s, base).href;
  } catch {
    return null;
  }
}
