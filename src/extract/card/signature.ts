import type { AnyNode, Element } from 'domhandler';
import { pictureName } from '../words/card-words.js';

/**
 * A doctor's e-signature under the answer: a picture of the handwritten name, labelled (`医生签名：`,
 * `签名：`) or noted in its alt (`王伟（电子签名）`). A card that keeps the name from scrapers prints only
 * title, hospital and department; the signature names who answered.
 */
const SIGNATURE_NOTE_RE = /[（(](?:电子|手写)?签名[）)]\s*$/u;
const SIGNATURE_LABEL_RE = /签名\s*[:：]\s*$/u;
/** The signature's label alone on its line (`医生签名：`): the picture's, none of the answer it signs. */
const SIGNATURE_LINE_RE = /^(?:医生|医师|专家|电子)?签名\s*[:：]?$/u;
export const isSignatureLabel = (line: string) => SIGNATURE_LINE_RE.test(line.trim());

/** The one name the page's e-signatures give (their alt text), or null. */
export function signatureName(roots: readonly AnyNode[]): string | null {
  const names = new Set<string>();
  const stack: AnyNode[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'img' && el.attribs.alt && (SIGNATURE_NOTE_RE.test(el.attribs.alt) || SIGNATURE_LABEL_RE.test(textBefore(el)))) {
      const name = pictureName(el.attribs.alt);
      if (name) names.add(name);
    }
    stack.push(...el.children);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** The text right before an element in its parent (`医生签名：` before the picture). */
function textBefore(el: Element): string {
  let text = '';
  for (let n = el.prev; n && n.type === 'text'; n = n.prev) text = (n as unknown as { data: string }).data + text;
  return text;
}
