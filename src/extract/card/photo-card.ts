import type { AnyNode, Element } from 'domhandler';
import { parseCardParts } from './card-parts.js';
import type { Doctor } from '../../schema/entry.js';
import { GRADE_RE, isOtherDoctorsHead, TITLE_RE } from '../words/genre.js';
import { inside, nodesBetween, type Block } from '../lines/html-lines.js';

/**
 * A card whose name and title are printed only with the doctor's photo (`<img alt="王清玉 副主任医师"
 * title="江州市人民医院 消化内科">`: the alt shown where the picture is not, the title on hover),
 * beside the card's labelled lines (`所在医院：…`, `所在科室：…`): read together, from the smallest
 * element around those lines that holds such a photo. Null unless they give a name, a title and a
 * hospital.
 */
const CLIMB = 4;

/**
 * A line of the card's department and title alone, no name (`消化内科　副主任医师`), between the question and the answer: the card's
 * line beside the photo that names the doctor, whatever kind the line was taken for (a line above the answer's `答：` is no answer's).
 */
function namesFieldsOnly(line: string): boolean {
  const d = parseCardParts([line]);
  return d.name === null && d.title !== null && d.department !== null && line.replace(d.title, '').replace(d.department, '').trim() === '';
}

export function photoCard(blocks: readonly Block[], isCardLine: (i: number) => boolean, question: number, answer: number): Doctor | null {
  const lines: number[] = [];
  for (let i = question + 1; i < answer; i++) if ((isCardLine(i) || namesFieldsOnly(blocks[i]!.text)) && blocks[i]!.chars <= 40) lines.push(i);
  if (lines.length === 0) return null;
  let el: AnyNode | null = blocks[lines[0]!]!.node?.parent ?? null;
  const asked = blocks[question]?.node ?? null;
  for (let up = 0; el && up < CLIMB; up++, el = el.parent) {
    if (el.type !== 'tag') continue;
    // An element holding the question holds more than the card: a picture there (the site's logo) draws no doctor.
    if (asked && inside(asked, el)) return null;
    const photos = imagesIn(el as Element).filter((img) => (img.attribs.alt ?? '').trim() !== '');
    if (photos.length === 0) continue;
    if (photos.length > 1) return null;
    const img = photos[0]!;
    const parts = [img.attribs.alt!, ...(img.attribs.title && img.attribs.title !== img.attribs.alt ? [img.attribs.title] : []), ...lines.map((i) => blocks[i]!.text)];
    const doctor = parseCardParts(parts);
    // A hospital's own site prints no hospital on its cards (`<img alt="王清玉">` over `消化内科　副主任医师`): the department stands for it.
    return doctor.name && doctor.title && (doctor.hospital || doctor.department) ? doctor : null;
  }
  return null;
}

/** What may stand between a photo card's fields: spaces, separators, brackets. */
const BETWEEN_FIELDS_RE = /^[\s|｜/·・,，、;；:：()（）【】[\]\-—_]*$/u;
const GRADES_RE = new RegExp(GRADE_RE.source, 'gu');
/** How many subtrees between the question and the answer are looked at. */
const REGION_NODES = 80;

/**
 * A card printed only in the doctor's photo, with no line of the card beside it (an old table
 * page: `<img alt="王清玉 副主任医师" title="江州市人民医院(三甲) 消化内科">`): the one picture between
 * the question and the answer whose alt (with its title) is a card and nothing else — a name
 * beside a title of the vocabulary, a hospital, perhaps a grade and a department. A picture that
 * only names a doctor (`王清玉医生头像`), a logo, an ad that says more than a card, several such
 * photos, or a block of other doctors (推荐医生) before the answer give no card.
 */
export function photoOnlyCard(blocks: readonly Block[], question: number, answer: number): Doctor | null {
  const from = blocks[question]?.node;
  const to = blocks[answer]?.node;
  if (!from || !to) return null;
  for (let i = question + 1; i < answer; i++) if (blocks[i]!.chars <= 8 && isOtherDoctorsHead(blocks[i]!.text.replace(/\s+/gu, ''))) return null;
  const cards: Doctor[] = [];
  for (const node of nodesBetween(from, to, REGION_NODES)) {
    if (node.type !== 'tag') continue;
    const el = node as Element;
    for (const img of el.name === 'img' ? [el] : imagesIn(el)) {
      const alt = (img.attribs.alt ?? '').trim();
      if (!alt) continue;
      const title = (img.attribs.title ?? '').trim();
      const doctor = cardOfPicture(title && title !== alt ? [alt, title] : [alt]);
      if (doctor) cards.push(doctor);
    }
  }
  return cards.length === 1 ? cards[0]! : null;
}

/**
 * A card printed only in the doctor's photo right after the answer, no caption under it (a paper's article closing with
 * `<img alt="{hospital}{department}{title}{name}">`): the picture standing between the answer's last line and the next line of
 * the page, where it is the only one there and its alt is a card and nothing else (photoOnlyCard's reading). The picture of the
 * one doctor the article shows is how it names who answers; a picture further on (another article's, a list's) names no one.
 */
export function photoAfterAnswer(blocks: readonly Block[], last: number): Doctor | null {
  return last >= 0 && last + 1 < blocks.length ? photoOnlyCard(blocks, last, last + 1) : null;
}

/** A picture's alt (and title) read as a card, where it is one and says nothing else. */
function cardOfPicture(parts: string[]): Doctor | null {
  if (parts.some((p) => p.length > 60)) return null;
  const doctor = parseCardParts(parts);
  const { name, title, hospital, department } = doctor;
  // A hospital's own site names no hospital in it (`王清玉 副主任医师 消化内科`): a department of the vocabulary stands for it.
  if (!name || !title || (!hospital && !department)) return null;
  // The name beside its title, in one of the two attributes.
  if (!parts.some((p) => p.includes(name) && TITLE_RE.test(p))) return null;
  let rest = parts.join(' ');
  for (const value of [name, title, hospital, department]) if (value) rest = rest.replace(value, ' ');
  rest = rest.replace(GRADES_RE, ' ').replace(/医院(?=\s*[)）】\]])/gu, ' ');
  return BETWEEN_FIELDS_RE.test(rest) ? doctor : null;
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
