import type { Element } from 'domhandler';

/** An element's ARIA role as a browser compares it: trimmed, in lower case ('' where it has none). */
export const roleOf = (el: Element): string => (el.attribs.role ?? '').trim().toLowerCase();
