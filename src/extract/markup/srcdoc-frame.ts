import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * An `<iframe srcdoc="…">` holds a whole document in its attribute (its markup escaped as the
 * attribute's value): a CMS that sandboxes its editor's HTML shows the content so. What the frame
 * shows is part of the page a person sees, in its place; so the page is read with the frame's
 * document set in where the frame stands (its body, without its head).
 */
const SRCDOC_FRAME_RE = /<iframe\b[^>]*?\ssrcdoc\s*=\s*(?:"[^"]*"|'[^']*')[^>]*>(?:\s*<\/iframe\s*>)?/giu;
const BODY_RE = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/iu;
const HEAD_RE = /<!doctype[^>]*>|<head\b[^>]*>[\s\S]*?<\/head\s*>|<\/?html\b[^>]*>/giu;

export function withFramedDocuments(html: string): string {
  if (!/srcdoc/i.test(html)) return html;
  return html.replace(SRCDOC_FRAME_RE, (tag) => {
    // The attribute's value as a browser takes it: its character references decoded.
    const frame = parseDocument(`${tag}</iframe>`).children.find((n): n is Element => n.type === 'tag');
    const doc = frame?.attribs.srcdoc;
    if (!doc?.trim()) return tag;
    const body = doc.match(BODY_RE)?.[1] ?? doc.replace(HEAD_RE, '');
    return `<div>${body}</div>`;
  });
}
