import type { AnyNode, Element } from 'domhandler';
import { parseCardParts } from './doctor-card.js';
import type { Doctor } from '../schema/entry.js';
import type { Block } from './html-lines.js';

/**
 * A card whose name and title are printed only with the doctor's photo (`<img alt="王清玉 副主任医师"
 * title="江州市人民医院 消化内科">`: the alt shown where the picture is not, the title on hover),
 * beside the card's labelled lines (`所在医院：…`, `所在科室：…`): read together, from the smallest
 * element around those lines that holds such a photo. Null unless they give a name, a title and a
 * hospital.
 */
const CLIMB = 4;

export function photoCard(blocks: readonly Block[], isCardLine: (i: number) => boolean, question: number, answer: number): Doctor | null {
  const lines: number[] = [];
  for (let i = question + 1; i < answer; i++) if (isCardLine(i) && blocks[i]!.chars <= 40) lines.push(i);
  if (lines.length === 0) return null;
  let el: AnyNode | null = blocks[lines[0]!]!.node?.parent ?? null;
  for (let up = 0; el && up < CLIMB; up++, el = el.parent) {
    if (el.type !== 'tag') continue;
    const photos = imagesIn(el as Element).filter((img) => (img.attribs.alt ?? '').trim() !== '');
    if (photos.length === 0) continue;
    if (photos.length > 1) return null;
    const img = photos[0]!;
    const parts = [img.attribs.alt!, ...(img.attribs.title && img.attribs.title !== img.attribs.alt ? [img.attribs.title] : []), ...lines.map((i) => blocks[i]!.text)];
    const doctor = parseCardParts(parts);
    return doctor.name && doctor.title && doctor.hospital ? doctor : null;
  }
  return null;
}

function imagesIn(root: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'img') out.push(el);
    else stack.push(...el.children);
  }
  return out;
}
