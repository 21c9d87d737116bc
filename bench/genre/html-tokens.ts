/**
 * A lossless tokenizer for the fault generator (faults.ts): `tokens(html).map(t => t.raw).join('')`
 * is `html` again, so a fault rewrites only the tokens it means to and leaves every other byte as
 * it was. It knows what a fault needs and no more: tags with their attributes, comments and
 * doctypes, and the raw text of script/style/textarea/title (whose `</div>`-looking contents
 * are text, as the HTML tokenizer treats them).
 */

export interface Attribute {
  name: string;
  /** null for a bare attribute (`disabled`). */
  value: string | null;
  quote: '"' | "'" | '';
}

export type Token =
  | { type: 'text' | 'comment' | 'doctype' | 'raw'; raw: string }
  | { type: 'start'; raw: string; name: string; attributes: Attribute[]; selfClosing: boolean }
  | { type: 'end'; raw: string; name: string };

/** Elements whose content the HTML tokenizer reads as text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

function startTag(html: string, at: number): { token: Token; end: number } | null {
  let i = at + 1;
  const nameStart = i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes: Attribute[] = [];
  let selfClosing = false;
  for (;;) {
    while (isSpace(html[i])) i++;
    if (i >= html.length) return null;
    if (html[i] === '>') break;
    if (html[i] === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    const attrStart = i;
    i++; // an attribute name may start with `=`
    while (i < html.length && !isSpace(html[i]) && html[i] !== '>' && html[i] !== '/' && html[i] !== '=') i++;
    const attrName = html.slice(attrStart, i);
    let j = i;
    while (isSpace(html[j])) j++;
    if (html[j] !== '=') {
      attributes.push({ name: attrName, value: null, quote: '' });
      continue;
    }
    j++;
    while (isSpace(html[j])) j++;
    const q = html[j];
    if (q === '"' || q === "'") {
      const close = html.indexOf(q, j + 1);
      if (close < 0) return null;
      attributes.push({ name: attrName, value: html.slice(j + 1, close), quote: q });
      i = close + 1;
    } else {
      const valueStart = j;
      while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
      attributes.push({ name: attrName, value: html.slice(valueStart, j), quote: '' });
      i = j;
    }
  }
  return { token: { type: 'start', raw: html.slice(at, i + 1), name, attributes, selfClosing }, end: i + 1 };
}

export function tokens(html: string): Token[] {
  const out: Token[] = [];
  let text = 0;
  let i = 0;
  const flushText = (upTo: number) => {
    if (upTo > text) out.push({ type: 'text', raw: html.slice(text, upTo) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    let token: Token | null = null;
    let end = lt + 1;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      end = close < 0 ? html.length : close + 3;
      token = { type: 'comment', raw: html.slice(lt, end) };
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      end = close < 0 ? html.length : close + 1;
      token = { type: 'doctype', raw: html.slice(lt, end) };
    } else if (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? '')) {
      const close = html.indexOf('>', lt);
      end = close < 0 ? html.length : close + 1;
      const name = /^<\/([^\s/>]+)/.exec(html.slice(lt, end))![1]!.toLowerCase();
      token = { type: 'end', raw: html.slice(lt, end), name };
    } else if (/[a-zA-Z]/.test(next)) {
      const tag = startTag(html, lt);
      if (tag) ({ token, end } = tag);
    }
    if (!token) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    out.push(token);
    i = text = end;
    if (token.type === 'start' && RAW_TEXT.has(token.name) && !token.selfClosing) {
      const closing = new RegExp(`</${token.name}`, 'giu');
      closing.lastIndex = end;
      const stop = closing.exec(html)?.index ?? html.length;
      if (stop > end) out.push({ type: 'raw', raw: html.slice(end, stop) });
      i = text = stop;
    }
  }
  flushText(html.length);
  return out;
}

export const serialize = (list: readonly Token[]) => list.map((t) => t.raw).join('');

/** A start tag written afresh from its parts (uppercase names, other quotes, other order). */
export function writeStartTag(name: string, attributes: readonly Attribute[], selfClosing: boolean): string {
  const attrs = attributes.map((a) => (a.value === null ? ` ${a.name}` : ` ${a.name}=${a.quote}${a.value}${a.quote}`)).join('');
  return `<${name}${attrs}${selfClosing ? ' /' : ''}>`;
}

/** The next token after `i` that is not whitespace-only text. */
export function nextSolid(list: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < list.length; j++) {
    const t = list[j]!;
    if (t.type === 'text' && t.raw.trim() === '') continue;
    return t;
  }
  return undefined;
}
