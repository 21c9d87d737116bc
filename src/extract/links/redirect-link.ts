/**
 * A link that prints the address it leads to as its text while its href goes through a redirector
 * (a shared document's or a chat app's `…/link?url=https%3A%2F%2Fsite%2Fq%2F1.html`, a search
 * engine's `/url?q=…`): the redirector passes the reader on to the printed address, so that is the
 * link's address. Only where the href carries the printed address itself, decoded, as one of its
 * query values: a login page's `?redirect=` behind other text leads to the login page.
 */
const PRINTED_ADDRESS_RE = /^https?:\/\/[^\s/?#]+\S*$/iu;

/** The address a redirecting href passes on to, where the link prints it as its text; else null. */
export function redirectTarget(href: string, shown: string): string | null {
  const printed = shown.trim();
  if (!href.includes('?') || !PRINTED_ADDRESS_RE.test(printed)) return null;
  const target = absolute(printed);
  const via = absolute(href.trim());
  if (target === null || via === null || via.href === target.href) return null;
  for (const value of via.searchParams.values()) if (absolute(value.trim())?.href === target.href) return target.href;
  return null;
}

function absolute(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}
