/**
 * A link a script follows: `<a href="javascript:void(0)" onclick="location.href='/q/1.html'">`,
 * `<a href="javascript:window.open('/q/1.html')">`, `<span onclick="window.location='/q/1.html'">`,
 * a site's own function called with the address (`onclick="openQ('/q/1.html')"`). A click opens the
 * page the code names; the reader runs no code, and reads the address only where the code is one
 * call or assignment whose one string is an address (a path from the site's root, or http(s)).
 */

/** `location = '…'`, `location.href = '…'`, `window.location.href='…'`, `document.location='…'`, `top.location='…'`. */
const ASSIGNED_RE = /^(?:(?:window|document|self|top|parent)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*(['"])([^'"\s]+)\1\s*;?\s*(?:return\s+false\s*;?\s*)?$/u;
/** A call with the address as its one argument: `window.open('…')`, `location.assign('…')`, `openQ('…')`, `goTo("…", '_blank')` (a target after it). */
const CALLED_RE = /^(?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*\s*\(\s*(['"])([^'"\s]+)\1\s*(?:,\s*(['"])[\w-]*\3\s*)?\)\s*;?\s*(?:return\s+false\s*;?\s*)?$/u;
/** What an address a script opens looks like: a path from the site's root or an http(s) URL, nothing else (`'_blank'`, `'share'`). */
const ADDRESS_RE = /^(?:\/(?!\/)|https?:\/\/)\S*$/iu;
const JAVASCRIPT_RE = /^\s*javascript\s*:/iu;

/** The address the code opens, or undefined where it does not say one plainly. */
function addressInCode(code: string): string | undefined {
  const js = code.trim();
  const m = ASSIGNED_RE.exec(js) ?? CALLED_RE.exec(js);
  return m && ADDRESS_RE.test(m[2]!) ? m[2] : undefined;
}

/**
 * Where a click on the element leads by script: its `javascript:` href's code, else its onclick's
 * (where the href leads nowhere: none, `#`, or `javascript:` code opening no address). Undefined where
 * no script names an address.
 */
export function scriptedAddress(attribs: Readonly<Record<string, string | undefined>>): string | undefined {
  const href = attribs.href?.trim();
  if (href !== undefined && href !== '' && href !== '#' && !JAVASCRIPT_RE.test(href)) return undefined;
  const fromHref = href !== undefined && JAVASCRIPT_RE.test(href) ? addressInCode(decodeURIComponentSafely(href.replace(JAVASCRIPT_RE, ''))) : undefined;
  return fromHref ?? (attribs.onclick !== undefined ? addressInCode(attribs.onclick) : undefined);
}

/** A `javascript:` URL's code is percent-decoded before it runs; code that is no valid percent-encoding is run as written. */
function decodeURIComponentSafely(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}
