/**
 * Finding the doctor card near the answer: the smallest element around a line with a title of the
 * vocabulary that also names a hospital, widened to the grade or department beside it; cards above
 * the question or fixed to the screen where none is there; and the checks a card's shape gets.
 * Its parts are read by card-parts.ts, its element's text split by card-element.ts.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { withoutSelfIntroduction } from '../../core/reply-opening.js';
import { ENGLISH_DOCTOR_TITLES, isChainStore, isPharmacistTitle, TITLE_WORD_RE } from '../../core/genre-vocabulary.js';
import { hasEnglishTitle, isEnglishHospital, isRomanizedName } from './english-card.js';
import { isKnownTitle, WHOLE_HOSPITAL_RE, WHOLE_TITLE_RE, isDepartment, isHospitalKind, isReadingBoxLine, isRecommendedBoxHead, TITLE_RE } from '../words/genre.js';
import { displayOf, withinAny } from '../tree/hidden-text.js';
import { inside, type Block } from '../lines/html-lines.js';
import { shownCards } from '../tree/shown-card.js';
import { inOtherDoctorsBlock } from './other-doctors.js';
import { inChatInvite } from './chat-invite.js';
import { inClinicRoster } from './clinic-roster.js';
import { headsOtherDoctors } from '../words/team-roster.js';
import { withoutPadding } from '../words/padded-values.js';
import { saysPassedOn } from '../words/answer-extras.js';
import { isSignUpCall } from '../words/call-to-action.js';
import { dashSignature, isLabelledProse } from './credit-sentence.js';
import { isReviewCredit } from '../words/references.js';
import { joinedName } from '../records/consult-title.js';
import { isHandover } from '../records/consult-speakers.js';
import { ASIDE_PERSON_LABEL_RE, LABEL_RE, ANY_LABEL_RE, calledName, isBioLine, isName, pictureName } from '../words/card-words.js';
import { parseCardParts } from './card-parts.js';
import { noDoctor } from '../draft.js';
import { foldHan } from '../words/han-fold.js';
import { cardParts } from './card-element.js';
import { firstSpeakingGuest } from './speaking-guest.js';

/** A name's other spelling in brackets, in Latin letters (`七月九日医院（Hospital Nove de Julho）`): none of a card's length, however long. */
const LATIN_NAME_IN_BRACKETS_RE = /[（(][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’&-]{3,60}[）)]/gu;
const cardChars = (text: string) => text.replace(LATIN_NAME_IN_BRACKETS_RE, '').length;

/** The label a reviewer's card opens with (审核, 医学审核专家：), alone or with the card on its line (`内容审核：name title hospital`). */
const REVIEWER_RE = /^(?:医学|专业|内容)?(?:审核|审校|审稿|审阅|核稿)(?:专家|医生|人|者)?\s*(?:[:：]|$)/u;
/** A card's first part opening with a co-signer's or an assistant's label (`会诊专家：`, `参与会诊：`, `助理医生：`; reviewers are REVIEWER_RE's). */
const opensWithAsideLabel = (part: string) => {
  const label = part.match(/^(\p{Script=Han}{2,6})\s*[:：]/u)?.[1];
  return label !== undefined && ASIDE_PERSON_LABEL_RE.test(label) && !REVIEWER_RE.test(label);
};
/** A card holds a few short parts; an element with more text than this is more than a card. */
const CARD_MAX_CHARS = 300;
/** How far above the question a card may stand (a card in a column before the article). */
const CARD_LINES_ABOVE = 15;

export interface FoundCard {
  element: Element;
  doctor: Doctor;
  /** Another doctor's complete card stands near the answer too. */
  others: boolean;
  /** Every card found near the answer, this one first: none of them is answer text. */
  elements: Element[];
  /** The card prints no 职称 for sure: every line of it is read as another part (untitled-card.ts). */
  printsNoTitle?: boolean;
  /** Taken with no hospital as a hospital's own site's card: sure only where the site names its hospital (answer-doctor.ts). */
  siteHospitalOnly?: boolean;
}

const complete = (d: Doctor) => d.name !== null && d.title !== null && d.hospital !== null;
const unitCard = (d: Doctor) => d.name !== null && d.title !== null && d.department !== null;

/**
 * The doctor card: from each short line holding a title of the vocabulary, the smallest
 * element around it that also names a hospital (and, where the card's grade or department
 * stands just outside it, its parent). Cards between the question and the related list come
 * first; a complete card in the lines just above the question is taken where none is there.
 */
export function findDoctorCard(blocks: readonly Block[], question: number, end: number, signed: string | null = null): FoundCard | null {
  const around = cardsIn(blocks, blocks[question]!.node);
  let cards = around(question + 1, end);
  if (cards.length === 0) cards = around(Math.max(0, question - CARD_LINES_ABOVE), question).filter((c) => complete(c.doctor));
  // A reviewer's card (审核, 医学审核) beside the author's is not the answering doctor's, nor where the author's stands elsewhere (a side column).
  const reviewers = new Set(cards.filter((c) => REVIEWER_RE.test(cardParts(c.element)[0] ?? '')));
  // So is the doctor a sentence credits with checking the text (`（本文由{hospital}{name}{title}审核）`, references.ts) where a dash-led
  // signature closing the text names another (`——{hospital}{department} {title} {name}`, credit-sentence.ts): that one answers.
  const signature = cards.length > 0 ? dashSignature(blocks, question + 1, end) : null;
  if (signature) for (const c of cards) if (c.doctor.name !== signature.doctor.name && blocks.some((b) => inside(b.node, c.element) && isReviewCredit(b.text))) reviewers.add(c);
  // A co-signer's or an assistant's own card (`会诊专家：name title`, `参与会诊：…`) beside another card is not who answers: the other is.
  const asides = cards.filter((c) => !reviewers.has(c) && opensWithAsideLabel(cardParts(c.element)[0] ?? ''));
  if (asides.length > 0 && asides.length < cards.length - reviewers.size) for (const c of asides) reviewers.add(c);
  // Cards in a block of other doctors (相关医生) beside the answer are none of the answerer's, even where no other card is.
  // So are a chat invite's (chat-invite.ts): the site's sales window, on every page.
  // So are a clinic's roster's, who sits when (clinic-roster.ts).
  const answering = shownCards(cards.filter((c) => !reviewers.has(c))).filter((c) => !inOtherDoctorsBlock(blocks, c.element) && !inChatInvite(c.element) && !inClinicRoster(blocks, c.element));
  // A card without the name (kept from scrapers) where an e-signature names who answered (signature.ts).
  const nameless = signed ? answering.find((c) => !c.doctor.name && c.doctor.title && c.doctor.hospital) : undefined;
  const chosen = answering.find((c) => complete(c.doctor)) ?? answering.find((c) => c.doctor.name && c.doctor.title) ?? (nameless && { ...nameless, doctor: { ...nameless.doctor, name: signed } }) ?? null;
  // A verification line naming no one under the asker's row (`江州网友 3天前`): the card's lines, none of the answer, and no doctor told.
  const untold = chosen ? undefined : answering.find((c) => c.askerRowAbove);
  if (untold) return { element: untold.element, doctor: noDoctor(), others: false, elements: [untold.element, ...cards.filter((c) => c !== untold).map((c) => c.element)] };
  if (!chosen) return null;
  // A programme's guests listed alike: the one who speaks first in the transcript under the question answers it (speaking-guest.ts).
  const guests = answering.filter((c) => complete(c.doctor));
  const speaker = guests.length > 1 ? firstSpeakingGuest(blocks, question, end, guests.map((c) => c.doctor.name!)) : null;
  const spoken = speaker !== null ? guests.find((c) => c.doctor.name === speaker)! : null;
  if (spoken) return { ...spoken, others: false, elements: [spoken.element, ...cards.filter((c) => c !== spoken).map((c) => c.element)] };
  // A card read from a line inside the chosen card's own element (its hospital's line with a branch after it, `…诊所 勿洛分行`,
  // read as a name) is a part of that card, no other doctor's.
  const others = answering.some((c) => c !== chosen && complete(c.doctor) && c.doctor.name !== chosen.doctor.name && !inside(c.element, chosen.element));
  const below = chosen.doctor.hospital === null ? hospitalLineAfter(chosen.element) : null;
  const found = below ? { ...chosen, doctor: { ...chosen.doctor, hospital: below.hospital } } : chosen;
  return { ...found, others, elements: [chosen.element, ...(below ? [below.element] : []), ...cards.filter((c) => c !== chosen).map((c) => c.element)] };
}

/** The longest line taken as a card's hospital line alone. */
const HOSPITAL_LINE_MAX_CHARS = 30;
/**
 * A card's name-and-title line printed in the answer's box with its hospital on the very next line, alone (`<p>{name} 藥師</p>
 * <p>{hospital}</p>`, a nurse's or a social worker's card): the card's second line, its hospital, none of the answer. Only the next
 * element, short, all of it a hospital's name: anything else there (a day, a sentence) leaves the card as it is.
 */
function hospitalLineAfter(el: Element): { element: Element; hospital: string } | null {
  let next = el.next;
  while (next && next.type === 'text' && !(next as unknown as { data: string }).data.trim()) next = next.next;
  if (!next || next.type !== 'tag') return null;
  const text = cardParts(next as Element).join('').trim();
  return text.length <= HOSPITAL_LINE_MAX_CHARS && WHOLE_HOSPITAL_RE.test(text) ? { element: next as Element, hospital: text } : null;
}

/**
 * The one complete card above the question however far (a booking site's doctor header over the
 * doctor's schedule, then the Q&A), where no card is nearer: none where the page shows several
 * doctors above the question, or a block of other doctors (推荐医生), whose cards are not the answerer's.
 */
export function soleCardAbove(blocks: readonly Block[], question: number): FoundCard | null {
  // (A hospital's roster above it, 名医推荐 or 专家团队, is such a block: team-roster.ts.)
  if (blocks.some((b, i) => i < question && b.chars <= 8 && headsOtherDoctors(b.text.replace(/\s+/gu, '')))) return null;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, question);
  const named = new Set(cards.map((c) => c.doctor.name));
  // A hospital's own site prints no hospital on its doctors' cards (its side card before the article in the markup: name, title,
  // department): as sure, the page's only card; the site's hospital fills it (site-hospital.ts).
  const whole = cards.find((c) => complete(c.doctor));
  const card = whole ?? (cards.length === 1 ? cards.find((c) => unitCard(c.doctor)) : undefined);
  return card && named.size === 1 ? { ...card, others: false, elements: [card.element], ...(whole ? {} : { siteHospitalOnly: true }) } : null;
}

/**
 * A shared chat's card above the question (the answerer's picture, name and title; the institution only
 * now and then), where no card is nearer: the one naming whom the chat's notice says has joined
 * (`药师王明已接入`), the name printed twice. None where no notice names anyone, or no card above names them.
 */
export function joinedCardAbove(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const names = new Set(blocks.slice(0, end).map((b) => joinedName(b.text)).filter((n) => n !== null));
  if (names.size !== 1) return null;
  const [name] = names;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, question).filter((c) => c.doctor.name === name && c.doctor.title !== null);
  return cards.length === 1 ? { ...cards[0]!, others: false, elements: [cards[0]!.element] } : null;
}

/**
 * The card in a bar fixed to the screen (`position: fixed`: a sticky bar of the answering doctor,
 * last in the markup after the list and the footer, shown under the answer as the page is read),
 * where no card is nearer and it names the page's only doctor.
 */
export function soleFixedCard(blocks: readonly Block[], question: number): FoundCard | null {
  const display = displayOf(blocks[question]!.node!);
  if (display.fixed.size === 0) return null;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, blocks.length);
  const card = cards.find((c) => complete(c.doctor) && withinAny(c.element, display.fixed) && !inChatInvite(c.element));
  return card && new Set(cards.map((c) => c.doctor.name)).size === 1 ? { ...card, others: false, elements: [card.element] } : null;
}

/** A line labelled as the asker's (`提问者：`, `提問者：`, `咨询者：`, `留言者：`; folded before it is read or not). */
const ASKER_LABEL_RE = /^(?:提问者|提問者|提问人|提問人|咨询者|諮詢者|咨询人|諮詢人|留言者|留言人|发问者|發問者)\s*[:：]/u;
/** The cards around the lines from..to that hold a title of the vocabulary, each element once. */
/** Inline runs a line is made of (a chip, a tag, a link). */
const RUN_TAGS = new Set(['span', 'b', 'strong', 'font', 'em', 'i', 'u', 'a', 'small', 'label']);
/**
 * A line of chips (`<span>副主任</span><span>骨科</span><span>某医院</span>`) shows one title in a chip of its own, though its
 * text runs the chips together and a short title (副主任, 主治) is read only as a word of its own: a title all the same.
 */
function chipTitle(b: Block): boolean {
  if (!TITLE_WORD_RE.test(b.text) || /\s/u.test(b.text.trim())) return false;
  let el = b.node?.parent ?? null;
  while (el && el.type === 'tag' && RUN_TAGS.has((el as Element).name)) el = el.parent;
  if (!el || el.type !== 'tag') return false;
  const chips = (el as Element).children.filter((c): c is Element => c.type === 'tag' && RUN_TAGS.has((c as Element).name));
  return chips.length >= 3 && chips.some((c) => WHOLE_TITLE_RE.test(foldHan(cardParts(c).join('').trim())));
}
function cardsIn(blocks: readonly Block[], questionNode: AnyNode | null) {
  const texts = new Map<Element, string>();
  const textOf = (el: Element) => {
    let t = texts.get(el);
    if (t === undefined) texts.set(el, (t = cardParts(el).join('').replace(/\s+/g, '')));
    return t;
  };
  return (from: number, to: number) => {
    const cards: Array<{ element: Element; doctor: Doctor; askerRowAbove?: boolean }> = [];
    for (let i = from; i < to; i++) {
      const b = blocks[i]!;
      // A title spaced out to line up (`医　师`: padded-values.ts) is one all the same.
      // So is a rank in English alone (`Attending Physician · 心血管内科`, english-card.ts).
      // (A title in traditional script on a page in simplified, `營養師`, is one too: card-parts.ts reads it folded.)
      // So is a title in a chip of its own that the chips beside it run into with no space (`<span>副主任</span><span>骨科</span>`).
      if (cardChars(b.text) > 80 || !(TITLE_RE.test(withoutPadding(foldHan(b.text))) || hasEnglishTitle(b.text) || chipTitle(b)) || (b.text.length > 30 && /[。！？]/u.test(b.text))) continue;
      // A sentence in which the writer introduces themselves (`您好，我是执业药师王明，很高兴为您服务。`) is the reply's, no card (core/reply-opening.ts).
      if (/[。！？!?]$/u.test(b.text.trim()) && !TITLE_RE.test(withoutSelfIntroduction(b.text))) continue;
      // Nor is a consult record's staff handing over to a doctor (`已为您转接沈海洋主任`, consult-speakers.ts).
      if (isHandover(b.text)) continue;
      // Nor a board's note passing the question on (`您好，您的问题已转交乳房外科医师，…`, answer-extras.ts): its title is the doctor's it names.
      if (saysPassedOn(b.text)) continue;
      // Nor an answer's first line, labelled, naming the doctor in its prose (`解答：建议到{hospital}找{name}{title}复查一下`, credit-sentence.ts).
      if (isLabelledProse(b.text)) continue;
      // Nor a box of goods headed by who picked them (`药师推荐`: a title word before 推荐, genre.ts).
      if (isRecommendedBoxHead(b.text)) continue;
      // Nor a further-reading box's line of links (`延伸阅读 天气转凉　医师提醒注意保暖`, genre.ts): articles' titles.
      if (isReadingBoxLine(foldHan(b.text), b.chars, b.linkChars)) continue;
      // Nor an ad's call to sign up for a course (`营养师线上课程｜立即报名`, call-to-action.ts): its title word names who teaches, no one answering.
      if (isSignUpCall(foldHan(b.text))) continue;
      // Nor the asker's line, whatever calling it prints (`提問者：護理師 小美`): who asked, never who answered.
      if (ASKER_LABEL_RE.test(b.text.trim())) continue;
      const card = cardAround(b.node, questionNode, textOf);
      if (card && !cards.some((c) => c.element === card.element)) cards.push(card);
    }
    return cards;
  };
}

function cardAround(node: AnyNode | null, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor; askerRowAbove?: boolean } | null {
  const lines = brokenLinesCard(node, questionNode, textOf);
  if (lines) return lines;
  let line: Element | null = null;
  for (let el = node?.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) {
    if ((questionNode && inside(questionNode, el)) || textOf(el).length > CARD_MAX_CHARS) break;
    // An element holding sentences holds more than a card (a byline over its answer).
    if (line && holdsProse(el)) break;
    line ??= el;
    const doctor = parseCardParts(cardParts(el));
    if (doctor.hospital !== null && doctor.title !== null) return nameFromPicture(nameFromRowAbove(widen(el, doctor, questionNode, textOf), textOf));
  }
  // No hospital near: the smallest element around the title that names the doctor (the title's
  // own line, or its row with the name in a cell or link of its own).
  if (!line) return null;
  for (let el: Element | null = line; el && el.type === 'tag'; el = el.parent as Element | null) {
    if ((questionNode && inside(questionNode, el)) || textOf(el).length > CARD_MAX_CHARS || (el !== line && holdsProse(el))) break;
    const doctor = parseCardParts(cardParts(el));
    // Its parent may add the department on a line of its own (an avatar's box: name and title, then 皮肤科).
    if (doctor.name && doctor.title) return doctor.department ? { element: el, doctor } : widen(el, doctor, questionNode, textOf);
  }
  return null;
}

/** A line of a card printed as lines broken by <br>: short, no sentence, no divider. */
const CARD_LINE_MAX_CHARS = 40;

/**
 * A card printed as lines broken by `<br>` in an element that goes on with the answer's lines (an
 * old WAP page: `医生:name(title)<br/>医院:hospital<br/>…<br/>-----<br/>answer…`): too long or too
 * wordy to be a card, it holds one in the run of short lines around the title's line.
 */
function brokenLinesCard(node: AnyNode | null, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor } | null {
  const el = node?.parent as Element | null;
  if (!el || el.type !== 'tag' || !el.children.some((c) => c.type === 'tag' && (c as Element).name === 'br')) return null;
  if (textOf(el).length <= CARD_MAX_CHARS && !holdsProse(el)) return null;
  const lines: string[][] = [[]];
  let at = -1;
  // The question may be a line of the same element (a page saved as one block of lines): no line of the card.
  let asked = -1;
  for (const child of el.children) {
    if (child.type === 'tag' && (child as Element).name === 'br') lines.push([]);
    else {
      if (child === node || inside(node, child)) at = lines.length - 1;
      if (questionNode && (child === questionNode || inside(questionNode, child))) asked = lines.length - 1;
      if (child.type === 'text') lines[lines.length - 1]!.push((child as unknown as { data: string }).data.trim());
      else if (child.type === 'tag') lines[lines.length - 1]!.push(...cardParts(child as Element));
    }
  }
  if (at < 0) return null;
  const short = (i: number) => {
    const line = lines[i]?.join('') ?? '';
    return i !== asked && line.length > 0 && line.length <= CARD_LINE_MAX_CHARS && !/[。！？]/u.test(line) && !/^[-=—_*]{3,}$/u.test(line);
  };
  if (!short(at) || (questionNode && asked === -1 && inside(questionNode, el))) return null;
  let from = at;
  let to = at;
  while (from > 0 && short(from - 1)) from--;
  while (to < lines.length - 1 && short(to + 1)) to++;
  const doctor = parseCardParts(lines.slice(from, to + 1).flat().filter(Boolean));
  return doctor.title !== null && doctor.hospital !== null ? { element: el, doctor } : null;
}

/** A part of a card's text that is a sentence of prose, not a bio's (`擅长：…。`). */
export const isProsePart = (p: string) => p.length > 12 && /[。！？]/u.test(p) && !isBioLine(p);
const holdsProse = (el: Element) => cardParts(el).some(isProsePart);

/**
 * A line of card fields without the doctor (`科室：妇产科　执业医院：石门市人民医院（三甲）`): a
 * card's part apart from its name and title, as in a footer under the answer. No sentence, and
 * two fields or one labelled.
 */
/** A name's other spelling in brackets, in Latin letters (`七月九日医院（Hospital Nove de Julho）`): no more of a card's words, however long. */
export function isCardFieldsLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || /[。！？!?]/u.test(t) || isBioLine(t) || isLabelledProse(t)) return false;
  const d = parseCardParts([t]);
  const fields = [d.department, d.hospital, d.hospital_grade].filter((v) => v !== null).length;
  // A nameless card's title beside its hospital (`中医医师 江州市中医院`, `主任医师 江州市人民医院`) is two fields as well.
  const titled = d.title !== null && d.name === null && d.hospital !== null && t.split(/\s+/u).length >= 2;
  return fields >= 2 || titled || (fields === 1 && (LABEL_RE.test(t) || ANY_LABEL_RE.test(t)) && d.name === null);
}

/**
 * A card with the fields a card-fields line adds (its footer), where they do not contradict
 * it; null where the line names another doctor.
 */
export function withCardFields(doctor: Doctor, line: string): Doctor | null {
  const more = parseCardParts([line]);
  if ((more.name && doctor.name && more.name !== doctor.name) || (more.title && doctor.title && more.title !== doctor.title)) return null;
  const merged = { ...doctor };
  for (const f of ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const) merged[f] ??= more[f];
  return merged;
}

/** Words of a sentence, not of a hospital's name (`必要时到医院`). */
const NOT_HOSPITAL_WORDS_RE = /到|去|要|请|建议|可以|需要|及时|正规|^(?:执业|所在|就职|所属|出诊|工作)(?:医院|单位)$/u;

/** A check-up centre's examining physician (主检医师, 总检医师): the post signing a report. */
const EXAMINER_POST_RE = /^[主总]检医[师生]$/u;
/**
 * The card with a check-up centre's post where its title stands (主检医师 alone) left untitled: a post, no 职称 (a rank printed
 * beside it is the title: card-parts.ts), as the keys of fresh-70 and fresh-82 read such cards.
 */
export const withoutPostAsTitle = (d: Doctor): Doctor => (d.title && EXAMINER_POST_RE.test(d.title) ? { ...d, title: null } : d);

/** A card's hospital not of a hospital's shape; a kind of hospital (公立医院, a tag beside the card) names none. */
export const isOddHospital = (d: Doctor): boolean =>
  !!d.hospital && !isEnglishHospital(d.hospital) && !(isPharmacistTitle(d.title) && isChainStore(d.hospital)) && (!WHOLE_HOSPITAL_RE.test(d.hospital) || NOT_HOSPITAL_WORDS_RE.test(d.hospital) || isHospitalKind(d.hospital));

/**
 * Card fields whose values are not of their vocabulary's shape: the card may be misread. `hospitalVouched`: the page vouches
 * for a hospital not so shaped (the site's own publisher: publisher.ts), which is then no doubt.
 */
export function cardShapeDoubts(d: Doctor, hospitalVouched = false): string[] {
  const doubts: string[] = [];
  const odd = (field: string, value: string) => doubts.push(`the card's ${field} is not shaped as one (${value})`);
  if (d.name && !isName(d.name) && !isRomanizedName(d.name)) odd('name', d.name);
  if (d.title && !isKnownTitle(d.title) && !(ENGLISH_DOCTOR_TITLES as readonly string[]).includes(d.title)) odd('title', d.title);
  if (d.department && !isDepartment(d.department)) odd('department', d.department);
  if (!hospitalVouched && isOddHospital(d)) odd('hospital', d.hospital!);
  return doubts;
}

/** The longest author's row over a verification line: a nickname and a badge. */
const NAME_ROW_MAX_CHARS = 16;
/**
 * The answer's stamp closing an author's row (whitespace taken out): `回答于2020-02-04 09:39`, `回答于3天前`, `发布于下午7:48`;
 * or a bare whole day with its time (`2023-05-06 14:22`, a `3天前` beside it), as an app's share page stamps a reply.
 */
const ROW_STAMP_RE =
  /(?:(?:回答|回复|发布|发表|解答)于?[\d\-/.:年月日号上下午天前小时分钟秒刚才昨今]+|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\d{1,3}(?:天|小时|分钟)前)?|\d{1,3}(?:天|小时|分钟)前)$/u;

/** A bare relative day closing the row (`3天前`, `5小时前`), with no verb of answering before it (ROW_STAMP_RE's third form). */
const BARE_RELATIVE_STAMP_RE = /(?<!回答|回复|发布|发表|解答|于|\d)\d{1,3}(?:天|小时|分钟)前$/u;
/** A bare whole day closing the row, with no verb of answering before it (ROW_STAMP_RE's second form). */
const BARE_DAY_STAMP_RE = /(?<!回答|回复|发布|发表|解答|于)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\d{1,3}(?:天|小时|分钟)前)?$/u;

/**
 * A verification line that names no doctor (`title｜hospital｜department`) under the author's row of a Q&A portal's
 * answer (the name, a badge: `慕容建华 专业认证`): the row, the element just before it, names the doctor where it holds
 * a name and nothing else of a card's.
 */
function nameFromRowAbove(card: { element: Element; doctor: Doctor }, textOf: (el: Element) => string): { element: Element; doctor: Doctor; askerRowAbove?: boolean } {
  if (card.doctor.name) return card;
  // A wrapper that adds no text around the line (its box: `<div class="author-info"><p>…</p></div>`) is passed through.
  let box = card.element;
  while (box.parent?.type === 'tag' && !box.prev && !box.next && textOf(box.parent as Element) === textOf(box)) box = box.parent as Element;
  let prev = box.prev;
  while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
  // The row may end with the answer's stamp (`回答于 2020-02-04 09:39`, `回答于 3 天前`): no part of its length.
  if (!prev || prev.type !== 'tag' || textOf(prev as Element).replace(ROW_STAMP_RE, '').length > NAME_ROW_MAX_CHARS) return card;
  const parts = cardParts(prev as Element).filter((part) => part.replace(/\s+/gu, '').replace(ROW_STAMP_RE, '') !== '');
  // A name and a bare day alone (`小花 2023-05-06 14:22`) is as often the asker's row over the question's text: the guest's
  // row prints a badge beside the name (`田波 节目嘉宾 2023-05-06 14:22`).
  if (parts.length < 2 && BARE_DAY_STAMP_RE.test(textOf(prev as Element).replace(/\s+/gu, ''))) return card;
  // So is a name and a bare relative day (`江州网友 3天前`): the asker's row as often, over a card naming no one (askerRowAbove).
  // (A name called by its calling, `李明医生 3天前`, is no asker's: the doctor's row.)
  if (parts.length < 2 && BARE_RELATIVE_STAMP_RE.test(textOf(prev as Element).replace(/\s+/gu, '')) && !parts.some((p) => calledName(p.trim()) !== null)) return { ...card, askerRowAbove: true };
  const row = parseCardParts(parts);
  if (!row.name || row.title || row.hospital || row.department) return card;
  return { element: card.element, doctor: { ...card.doctor, name: row.name } };
}

/** A card whose text names no doctor may show the name as its picture's alt text (youlai does). */
function nameFromPicture(card: { element: Element; doctor: Doctor }): { element: Element; doctor: Doctor } {
  if (card.doctor.name) return card;
  const stack: AnyNode[] = [card.element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const name = pictureName(el.attribs.alt);
    if (name) return { ...card, doctor: { ...card.doctor, name } };
    stack.push(...el.children);
  }
  return card;
}

/** Whether a part is a card line of its own naming someone else than `name` with their title. */
function holdsOtherCard(part: string, name: string): boolean {
  const other = parseCardParts([part]);
  return other.name !== null && other.title !== null && other.name !== name;
}

/**
 * The card's parent (and its parent), where it adds only short parts that agree with the card
 * and fill what it lacks: a name, a department or a grade standing just outside it.
 */
function widen(el: Element, doctor: Doctor, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor } {
  let card = { element: el, doctor };
  // A wrapper that adds no text (a badge's box around a headline) is passed through, no level of its own;
  // it becomes the card only with a wider element that fills a field.
  let element = el;
  for (let level = 0; level < 2; ) {
    const d = card.doctor;
    const parent = element.parent as Element | null;
    if ((d.name && d.department && d.hospital_grade) || !parent || parent.type !== 'tag') break;
    if ((questionNode && inside(questionNode, parent)) || textOf(parent).length - textOf(element).length > 60) break;
    element = parent;
    if (textOf(parent) === textOf(card.element)) continue;
    level++;
    const parts = cardParts(parent);
    if (parts.some((p) => /[。！？]/u.test(p) && !isBioLine(p))) break;
    // Nor where it holds another person's card line, a name and a title of its own (a science article's closing credits: the
    // author's `作者：name hospital department title` over the reviewer's `审核：name hospital title`): its fields are that person's.
    if (d.name !== null && parts.some((p) => holdsOtherCard(p, d.name!))) break;
    const wider = parseCardParts(parts);
    const agrees = (['name', 'title', 'department', 'hospital', 'hospital_grade'] as const).every((f) => d[f] === null || wider[f] === d[f]);
    const fills = (['name', 'department', 'hospital_grade'] as const).some((f) => d[f] === null && wider[f] !== null);
    if (!agrees || !fills) break;
    card = { element: parent, doctor: wider };
  }
  return card;
}
