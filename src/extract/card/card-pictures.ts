import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { gradeOnly, isDepartment, isKnownTitle } from '../words/genre.js';
import { isCustomBlock } from '../lines/html-lines.js';
import { showsNothing } from '../tree/page-index.js';
import { isAcceptedWords } from '../words/answerer-marks.js';

/**
 * What a doctor card shows only as pictures or empty badges: a hospital grade as a badge
 * image (`<img alt="三甲">`), a title or department as an icon's `title` or `aria-label`. Their
 * text is read where it is a word of the card's vocabulary; visible text wins, and a picture
 * that says otherwise is a doubt. A picture beside the hospital that says nothing readable
 * where the card shows no grade is a doubt too: that is where sites put the grade badge.
 */

type PictureField = 'hospital_grade' | 'title' | 'department';

/** A line opening with a short label and its colon (`认证：`, `所在医院：`). */
const LABEL_OPENING_RE = /^[^:：，。,]{1,16}[:：]/u;

interface Picture {
  /** Its alt, title or aria-label text; null when it has none. */
  text: string | null;
  /** The visible text beside it (its siblings' on its line, up to the blocks before and after it), where it sits within a line. */
  beside: string;
  /** Of that, the text after it. */
  after: string;
  /** Of that, the text before it. */
  before: string;
  /** Declared to show nothing (`alt=""`). */
  decorative: boolean;
}

/** Elements that show no text of their own: pictures, and empty badges or icons. */
function showsNoText(el: Element): boolean {
  if (el.name === 'img') return true;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && (node as unknown as { data: string }).data.trim() !== '') return false;
    if (node.type === 'tag') stack.push(...(node as Element).children);
  }
  return true;
}

const nodeText = (node: AnyNode): string =>
  node.type === 'text'
    ? (node as unknown as { data: string }).data
    : node.type === 'tag'
      ? (node as Element).children.map(nodeText).join('')
      : '';

const BLOCKS = new Set(['div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'section', 'article', 'aside', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A block of the card: one of those, or a custom element shown as one (a mini-program's `<wx-view>`). */
const isBlock = (node: AnyNode) => node.type === 'tag' && (BLOCKS.has((node as Element).name) || isCustomBlock((node as Element).name));

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

function picturesIn(card: Element): Picture[] {
  const out: Picture[] = [];
  const stack: AnyNode[] = [card];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    // An icon the page hides from screen readers (aria-hidden) is decoration by its own word: it shows no card field.
    if (el.attribs['aria-hidden'] === 'true') continue;
    // A table's empty row or cell (a template's slot left empty, the cell that holds a photo) is layout, no badge: what it holds is looked at.
    if (el !== card && showsNoText(el) && !TABLE_PARTS.has(el.name) && el.name !== 'br' && el.name !== 'wbr' && el.name !== 'script' && el.name !== 'style') {
      const said = [el.attribs.alt, el.attribs.title, el.attribs['aria-label']].map((t) => t?.trim()).find((t) => t);
      const siblings = (el.parent as Element | null)?.children ?? [];
      // A picture on a line of its own, every sibling a block (the card's name line, its hospital line), is beside none of them: an avatar over the card.
      // Its line is the siblings between the blocks before and after it: a button's link after the card's blocks is on a line of its own.
      // A line break ends a line as a block does (`<img>badge name title<br>执业医院：hospital`: the picture opens the name's line).
      const at = siblings.indexOf(el);
      const endsLine = (n: AnyNode) => isBlock(n) || (n.type === 'tag' && (n as Element).name === 'br');
      let from = at;
      while (from > 0 && !endsLine(siblings[from - 1]!)) from--;
      let to = at + 1;
      while (to < siblings.length && !endsLine(siblings[to]!)) to++;
      const alone = siblings.slice(from, to).every((c) => c === el || showsNothing(c) || (c.type === 'text' && nodeText(c).trim() === ''));
      // A picture alone on a line a break opens (`hospital<br><img>`) stands under the line before it, as a badge follows what it
      // marks: that line is beside it (a grade's badge under the hospital's line).
      if (alone && from > 0 && !isBlock(siblings[from - 1]!)) {
        let above = from - 1;
        while (above > 0 && !endsLine(siblings[above - 1]!)) above--;
        const text = siblings.slice(above, from - 1).map(nodeText).join('').replace(/\s+/g, '');
        out.push({ text: said ?? null, beside: text, after: '', before: text, decorative: el.attribs.alt?.trim() === '' });
        continue;
      }
      const textOf = (nodes: AnyNode[]) => (alone ? '' : nodes.map(nodeText).join('').replace(/\s+/g, ''));
      // Beside: on its line (an avatar opening the name's line is beside the name, not the hospital in the block under it).
      out.push({ text: said ?? null, beside: textOf(siblings.slice(from, to).filter((c) => c !== el)), after: textOf(siblings.slice(at + 1, to)), before: textOf(siblings.slice(from, at)), decorative: el.attribs.alt?.trim() === '' });
      continue;
    }
    stack.push(...el.children);
  }
  return out;
}

/** The card field a picture's text names, by the vocabulary; null for anything else (a name, 头像, a logo). */
function fieldOf(text: string): [PictureField, string] | null {
  const t = text.replace(/\s+/g, '');
  const grade = gradeOnly(t);
  if (grade) return ['hospital_grade', grade];
  if (isKnownTitle(t)) return ['title', t];
  if (isDepartment(t)) return ['department', t];
  return null;
}

/** The card's doctor with what its pictures add, and the doubts they raise. */
export function readCardPictures(card: Element, doctor: Doctor): { doctor: Doctor; doubts: string[] } {
  const read = { ...doctor };
  const doubts: string[] = [];
  const pictures = picturesIn(card);
  for (const picture of pictures) {
    const found = picture.text ? fieldOf(picture.text) : null;
    if (!found) continue;
    const [field, value] = found;
    if (read[field] === null) read[field] = value;
    else if (read[field] !== value && doctor[field] !== null) doubts.push(`a picture in the doctor card says ${value}, its text ${doctor[field]}`);
  }
  if (read.hospital_grade === null && read.hospital !== null) {
    const hospital = read.hospital.replace(/\s+/g, '');
    // A picture named after the doctor (`<img alt="name">`, `name头像`) is the doctor's photo, no badge.
    const photo = (text: string | null) => text !== null && read.name !== null && text.replace(/\s+/g, '').startsWith(read.name);
    // So is a picture declared to show nothing (`alt=""`) right before the name (a comment's byline: avatar, name, badge, title · hospital).
    // So is an icon opening a labelled line (`<i></i>认证：hospital …`): the label's, before the hospital, not after it.
    const labelIcon = (p: Picture) => LABEL_OPENING_RE.test(p.after);
    // So is an icon opening the hospital's line, before its name (a verified mark, a hospital glyph): a grade's badge follows the name it grades.
    const leadIcon = (p: Picture) => p.before === '' && p.after.startsWith(hospital);
    // So is a picture opening the card's line before the doctor's name (an avatar with no alt): a badge follows what it marks.
    const leadPhoto = (p: Picture) => p.before === '' && read.name !== null && p.after.startsWith(read.name);
    // So is a picture that marks the answer as the asker's pick (`<img alt="提问者采纳">`): it says what it is, and that is no grade.
    const acceptedMark = (p: Picture) => p.text !== null && isAcceptedWords(p.text);
    const unread = pictures.find((p) => (p.text === null || fieldOf(p.text) === null) && !photo(p.text) && !(p.decorative && photo(p.after)) && !labelIcon(p) && !leadIcon(p) && !leadPhoto(p) && !acceptedMark(p) && p.beside.includes(hospital));
    if (unread) doubts.push(`a picture beside the hospital the reader cannot read (${unread.text ?? 'no text'}): the grade may be shown so`);
  }
  return { doctor: read, doubts };
}
