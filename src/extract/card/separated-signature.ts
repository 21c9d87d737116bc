import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import type { Block } from '../lines/html-lines.js';
import { parseCardParts } from './card-parts.js';
import { isContactLine } from '../words/card-words.js';

/**
 * A forum doctor's signature under their post, set apart from it by a rule (`<hr>`) or a line of dashes (`——————`, `--`) and
 * printed as short lines of their own in the post's box: the name (`刘子涵医生`, `Dr. David Zhang 张明`), the calling, the clinic,
 * its address and phone. The card, none of the answer. Only where the lines after the rule are all short, no sentence, and read
 * as a card naming someone with a calling or a clinic: a rule over more of the answer, or over a note, is no signature.
 */
const DASHES_RE = /^[—–\-_=]{2,}$/u;
const MAX_LINE_CHARS = 60;
const MAX_LINES = 7;
/** A street address (`4151 Hazelbridge Way, Richmond, BC`): its number first. */
const STREET_RE = /^\d+[A-Za-z]?\s+\S/u;

export interface SeparatedSignature {
  line: number;
  lines: number[];
  doctor: Doctor;
  /** A line of the signature that no field read (a clinic's name the vocabulary does not know): the card is doubted. */
  unread: string | null;
}

/** The signature (above) among lines from..to, or null. */
export function separatedSignature(blocks: readonly Block[], from: number, to: number): SeparatedSignature | null {
  for (let i = from; i < to; i++) {
    const dashes = DASHES_RE.test(blocks[i]!.text.trim());
    const start = dashes ? i + 1 : afterRule(blocks[i]!.node) ? i : -1;
    if (start === -1 || start >= to) continue;
    const box = boxOf(blocks[start]!.node);
    const lines: number[] = [];
    for (let j = start; j < to && lines.length <= MAX_LINES && box !== null && within(blocks[j]!.node, box); j++) lines.push(j);
    if (lines.length < 2 || lines.length > MAX_LINES) continue;
    const texts = lines.map((j) => blocks[j]!.text.trim());
    if (texts.some((t) => t.length > MAX_LINE_CHARS || /[。！？!?]/u.test(t)) || lines.some((j) => blocks[j]!.linkChars > 0)) continue;
    const doctor = parseCardParts(texts);
    if (doctor.name === null || (doctor.title === null && doctor.hospital === null)) continue;
    const values = [doctor.name, doctor.title, doctor.department, doctor.hospital].filter((v) => v !== null);
    const unread = texts.find((t) => !isContactLine(t) && !STREET_RE.test(t) && !values.some((v) => t.includes(v))) ?? null;
    return { line: lines[0]!, lines, doctor, unread };
  }
  return null;
}

/** Whether the line's element comes right after an `<hr>` (blank text between). */
function afterRule(node: AnyNode | null): boolean {
  let el: AnyNode | null = node;
  while (el && el.prev === null && el.parent && el.parent.type === 'tag' && !isBox(el.parent as Element)) el = el.parent;
  for (let n = el?.prev ?? null; n; n = n.prev) {
    if (n.type === 'text' && ((n as unknown as { data: string }).data.trim() === '')) continue;
    return n.type === 'tag' && (n as Element).name === 'hr';
  }
  return false;
}

const isBox = (el: Element) => el.name === 'div' || el.name === 'section' || el.name === 'article' || el.name === 'td' || el.name === 'body';

/** The box the line stands in (its nearest div, section, article or cell). */
function boxOf(node: AnyNode | null): Element | null {
  for (let el = node?.parent ?? null; el && el.type === 'tag'; el = el.parent) if (isBox(el as Element)) return el as Element;
  return null;
}

function within(node: AnyNode | null, box: Element): boolean {
  for (let el = node?.parent ?? null; el; el = el.parent) if (el === box) return true;
  return false;
}
