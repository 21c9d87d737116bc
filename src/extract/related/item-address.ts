/** Where a list's item leads: a link's href, a mini-program's url, an app's data address, a script's target. */
import type { Element } from 'domhandler';
import { textContent } from '../tree/page-index.js';
import { scriptedAddress } from '../links/script-link.js';
import { redirectTarget } from '../links/redirect-link.js';
import { isHashRoute, leadsNowhere } from '../links/resolve-url.js';

/** A mini-program's link element (WeChat's and uni-app's `navigator`, rendered for the web as `wx-navigator`, `uni-navigator`). */
const NAVIGATOR_RE = /^(?:[a-z]+-)?navigator$/u;
/**
 * Where an element leads: a link's href, a mini-program's navigator's url (`<wx-navigator url>`,
 * its `<a>`), the address an app's item carries in its data
 * (`<uni-view data-href="/q/1.html">`, data-url, data-path: a script opens it on a tap), or the
 * address its click opens by script, where its href leads nowhere itself (script-link.ts).
 */
export function addressOf(el: Element): string | undefined {
  const a = el.attribs;
  if (el.name === 'a') {
    if (a.onclick !== undefined || a.href === undefined || leadsNowhere(a.href)) return scriptedAddress(a) ?? a.href;
    // A link printing its address while its href goes through a redirector leads to the printed address (redirect-link.ts).
    return (a.href.includes('?') ? redirectTarget(a.href, textContent(el)) : null) ?? a.href;
  }
  if (NAVIGATOR_RE.test(el.name) && a.url !== undefined) return a.url;
  const data = a['data-href'] ?? a['data-url'] ?? a['data-path'] ?? a['data-link'];
  if (data !== undefined && /^(?:\/|\.\/|https?:\/\/)/iu.test(data.trim())) return data;
  // An element a click leads from by script (`<span onclick="location.href='/q/1.html'">`): script-link.ts.
  return a.onclick !== undefined ? scriptedAddress(a) : undefined;
}
/** An address that opens no page of the site (a script, a mail, a call, a place on this page; an app's hash route opens one). */
const NO_PAGE_RE = /^(?:javascript|mailto|tel):|^#/iu;
export const opensNoPage = (address: string): boolean => NO_PAGE_RE.test(address.trim()) && !isHashRoute(address);
