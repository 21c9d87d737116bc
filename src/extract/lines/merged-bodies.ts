import type { Element } from 'domhandler';
import { inside } from './html-lines.js';

/**
 * A page that holds more than one document (a hijacking network's `<html><head>…<body>` injected
 * before the page's `<!DOCTYPE>`, a header include that is itself a whole document): a browser
 * builds one body of them all, in the order they come. Our parser keeps each `<body>`; the page
 * shown is every body that no other holds, in document order (the injected ones among them,
 * read as the page's furniture they are).
 */
export function shownBodies(bodies: readonly Element[]): Element[] {
  if (bodies.length <= 1) return [...bodies];
  return bodies.filter((body) => !bodies.some((other) => other !== body && inside(body, other)));
}

/**
 * The `<title>` of each document the page holds (each `<head>`'s), in document order: the first
 * is the one a browser shows (an included header's may be the site's slogan); the page's own may
 * be a later one.
 */
export function documentTitles(titles: readonly Element[]): Element[] {
  return titles.filter((t) => t.parent?.type === 'tag' && (t.parent as Element).name === 'head');
}
