import { readFileSync, statSync } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { PageItem } from '../schema/records.js';
import { makeReject } from '../core/outcome.js';

const PAGE_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.shtml': 'text/html',
  '.xhtml': 'text/html',
  '.txt': 'text/plain',
  // A page saved as one file with its resources: the HTML part is read (src/extract/bytes/saved-mhtml.ts).
  '.mhtml': 'multipart/related',
  '.mht': 'multipart/related',
};

export interface SavedPagesOptions {
  /** Files larger than this are rejected unread (a saved page of the genre is well under 1 MB). */
  maxBytes?: number;
  /**
   * Called for files skipped because their extension is not a page's (expected entries, images,
   * sitemap.xml, feeds, JSON), with the reason. Files named like pages that are not pages
   * (a robots.txt, a sitemap or JSON saved as .html) are passed on: extraction tells them by
   * their content and rejects them as `not_a_page`.
   */
  onSkip?: (path: string, reason: string) => void;
  /** Paths in records are made relative to this folder, so datasets do not depend on where a checkout lives. */
  relativeTo?: string;
  now?: () => Date;
}

export const DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

/**
 * Saved pages from files and folders (recursively, in a stable order), as page records.
 * A file that cannot be read becomes a reject; nothing is dropped silently.
 */
export async function* readSavedPages(inputs: string[], options: SavedPagesOptions = {}): AsyncIterable<PageItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const now = options.now ?? (() => new Date());
  const label = (path: string) => (options.relativeTo ? relative(options.relativeTo, path) || path : path);
  for (const input of inputs) {
    for await (const path of walk(input, now)) {
      if (typeof path !== 'string' && !Buffer.isBuffer(path)) {
        yield path;
        continue;
      }
      const shown = shownPath(path);
      const type = PAGE_TYPES[extname(shown).toLowerCase()];
      if (!type) {
        options.onSkip?.(shown, `not a page file (${extname(shown).toLowerCase() || 'no extension'})`);
        continue;
      }
      const source = label(shown);
      try {
        // Read synchronously: a saved page comes off a local disk in tens of microseconds, where the
        // promise API's round trips through the thread pool cost the main thread (a run's
        // bottleneck) about five times that (some 20 against 100 µs of CPU a page, measured).
        const info = statSync(path);
        // A FIFO or device named like a page would block the read forever, or never end.
        if (!info.isFile()) {
          yield { kind: 'reject', reject: makeReject(source, 'read', 'not_a_file', 'not a regular file (a FIFO, socket or device)', now()) };
          continue;
        }
        if (info.size > maxBytes) {
          yield { kind: 'reject', reject: makeReject(source, 'read', 'too_large', `${info.size} bytes, over the ${maxBytes}-byte limit`, now()) };
          continue;
        }
        const body = readFileSync(path);
        // The extension is only a hint: text copies are often saved under .html names, so those
        // go without a content-type and extraction tells HTML from text by the content itself.
        const headers: Record<string, string> = type === 'text/plain' ? { 'content-type': type } : {};
        yield { kind: 'page', page: { url: source, finalUrl: source, status: 200, headers, body, fetchedAt: null } };
      } catch (err) {
        yield { kind: 'reject', reject: makeReject(source, 'read', 'unreadable', describe(err), now()) };
      }
    }
  }
}

/** A path as the file system holds it: text, or its bytes where a name is not UTF-8. */
type FsPath = string | Buffer;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A path as records show it: bytes that are not UTF-8 as %XX, so no two names look alike. */
function shownPath(path: FsPath): string {
  if (typeof path === 'string') return path;
  try {
    return strictUtf8.decode(path);
  } catch {
    // Not UTF-8: character by character below.
  }
  let out = '';
  for (let i = 0; i < path.length; ) {
    let n = 1;
    for (let len = 4; len >= 1; len--) {
      try {
        out += strictUtf8.decode(path.subarray(i, i + len));
        n = len;
        break;
      } catch {
        if (len === 1) out += `%${path[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    }
    i += n;
  }
  return out;
}

/** Yields file paths under `input` in sorted order, or a reject for an input that does not exist. */
async function* walk(input: FsPath, now: () => Date, visited = new Set<string>()): AsyncIterable<FsPath | PageItem> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    yield { kind: 'reject', reject: makeReject(shownPath(input), 'read', 'not_found', describe(err), now()) };
    return;
  }
  if (info.isFile()) {
    yield input;
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: 'reject', reject: makeReject(shownPath(input), 'read', 'not_a_file', 'neither a file nor a folder (a FIFO, socket or device)', now()) };
    return;
  }
  // Linked folders are followed, each real folder once, so a link loop ends.
  const real = shownPath(await realpath(input, 'buffer').catch(() => Buffer.from(input)));
  if (visited.has(real)) return;
  visited.add(real);
  let dir;
  try {
    // Names as bytes: one that is not UTF-8 would come back as text naming no file.
    dir = await opendir(input as string, { encoding: 'buffer' as BufferEncoding });
  } catch (err) {
    // An unreadable folder costs its pages, not the run.
    yield { kind: 'reject', reject: makeReject(shownPath(input), 'read', 'unreadable', describe(err), now()) };
    return;
  }
  const names: Array<{ name: string; path: FsPath; isDir: boolean }> = [];
  for await (const dirent of dir) {
    const bytes = dirent.name as unknown as Buffer;
    if (bytes[0] === 0x2e) continue;
    const name = shownPath(bytes);
    const path = typeof input === 'string' && Buffer.from(name).equals(bytes) ? join(input, name) : Buffer.concat([Buffer.from(input), Buffer.from(sep), bytes]);
    // A link is walked like its target: a folder is read, a file is yielded (stat follows links).
    names.push({ name, path, isDir: dirent.isDirectory() || dirent.isSymbolicLink() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, isDir } of names) {
    if (isDir) yield* walk(path, now, visited);
    else yield path;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** How many page files the inputs hold, for progress and ETA; a quick walk that reads no file. */
export async function countPageFiles(inputs: string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    for await (const path of walk(input, () => new Date())) {
      if ((typeof path === 'string' || Buffer.isBuffer(path)) && PAGE_TYPES[extname(shownPath(path)).toLowerCase()]) n++;
    }
  }
  return n;
}
