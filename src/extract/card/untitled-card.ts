import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import type { Doctor } from '../../schema/entry.js';
import { inside, type Block } from '../lines/html-lines.js';
import { isLabelledName, opensWithLabelledName } from '../words/answer-extras.js';
import { isBioLine } from '../words/card-words.js';
import { isCallToAction } from '../words/call-to-action.js';
import { isPromoLine } from '../words/promo-words.js';
import { TITLE_RE } from '../words/genre.js';
import { parseCardParts } from './card-parts.js';
import { cardParts } from './card-element.js';
import { inChatInvite } from './chat-invite.js';
import { isCardButton } from './marked-card.js';
import { inOtherDoctorsBlock } from './other-doctors.js';
import type { FoundCard } from './doctor-card.js';

/**
 * A card that prints no 职称 (a private hospital's `解答专家：name`, or a 站群 page's `专家：name`, then praise, the department,
 * `坐诊医院：…`, a bio, a button): no title of the vocabulary to find it by, its labelled name says who answers. The card is the
 * widest element around that one line that names the same doctor and their department or hospital, holds no sentence but the
 * bio's and not the question. It prints no title for sure only where every line of it is read as something else: the name,
 * a department or hospital, praise (`特聘教授 从医24年`, promo-words.ts), the bio, a button; a line left unread may be a title
 * the reader does not know, and the card is doubted as one without a title is.
 */

/** A card holds a few short parts; an element with more text than this is more than a card (doctor-card.ts's measure). */
const CARD_MAX_CHARS = 300;

export function untitledCard(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const named = blocks.map((b, i) => i).filter((i) => i > question && i < end && opensWithLabelledName(blocks[i]!.text));
  if (named.length !== 1) return null;
  const line = blocks[named[0]!]!;
  const name = parseCardParts([line.text.trim().split(/[\s|｜，,、;；]+/u)[0]!]).name;
  if (!name) return null;
  const questionNode = blocks[question]!.node;
  let card: { element: Element; doctor: Doctor } | null = null;
  for (let el = line.node?.parent as Element | null; el && el.type === 'tag' && el.name !== 'body'; el = el.parent as Element | null) {
    if ((questionNode && inside(questionNode, el)) || cardParts(el).join('').length > CARD_MAX_CHARS) break;
    const lines = blocks.filter((b) => inside(b.node, el));
    if (lines.some((b) => /[。！？!?]/u.test(b.text) && !isBioLine(b.text) && !isCallToAction(b.text))) break;
    const doctor = parseCardParts(cardParts(el));
    if (doctor.name !== name || doctor.title !== null) break;
    if (doctor.department !== null || doctor.hospital !== null) card = { element: el, doctor };
  }
  if (!card || inChatInvite(card.element) || inOtherDoctorsBlock(blocks, card.element)) return null;
  // A line of it that prints a title as shown (a title split by markup, `主任中医</span><span>师`): no card without one.
  if (blocks.some((b) => inside(b.node, card!.element) && parseCardParts([b.text]).title !== null)) return null;
  // A picture beside it whose alt text prints the title (`邓怡桂 主治医师`): a card with its title, read by its pictures (photo-card.ts).
  if (titledPictureNear(card.element, name)) return null;
  const unread = blocks.some((b) => inside(b.node, card!.element) && !isReadPart(b, name));
  return { ...card, others: false, elements: [card.element], printsNoTitle: !unread };
}

/** A line of the card read as one of its parts: the name, a department or a hospital, praise, the bio, a button. */
function isReadPart(b: Block, name: string): boolean {
  const text = b.text.trim();
  if (isLabelledName(text) || text === name || isPromoLine(text) || isBioLine(text) || isCardButton(b) || isCallToAction(text)) return true;
  // A labelled field of praise alone (`职称：资深专家、技术院长`): the card prints no 职称 in it.
  const value = text.replace(/^\p{Script=Han}{2,4}\s*[:：]\s*/u, '');
  if (value !== text && isPromoLine(value)) return true;
  const d = parseCardParts([text]);
  return d.title === null && (d.name === null || d.name === name) && (d.department !== null || d.hospital !== null);
}

/** How many levels above the card a picture of the doctor may stand (a table row's cell beside the card's). */
const PICTURE_LEVELS = 2;
function titledPictureNear(card: Element, name: string): boolean {
  let el: Element = card;
  for (let level = 0; level < PICTURE_LEVELS && el.parent?.type === 'tag'; level++) el = el.parent as Element;
  const pictures = findAll((n) => n.name === 'img', [el]);
  return pictures.some((img) => (img.attribs['alt'] ?? img.attribs['title'] ?? '').includes(name) && TITLE_RE.test(img.attribs['alt'] ?? img.attribs['title'] ?? ''));
}
