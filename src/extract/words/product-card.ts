import type { AnyNode, Element } from 'domhandler';
import { asksQuestion } from './genre.js';
import { shownTextContent } from '../tree/page-index.js';

/**
 * A shop's product card (a drug's name, 规格, ¥ price, 加入购物车) set into or beside an answer
 * on the sites of pharmacy chains and health apps, a diet app's food card (a food's name and its
 * 热量 per 100克) or a fitness app's course card (`膝关节康复训练 K1`, `12分钟 · 3.2万人练过`): what it sells
 * or shows is none of the answer, and a
 * product's link among the related questions is no related item.
 */

/** A price as shops print it: ¥23.50, ￥ 8; a Hong Kong, Taiwan, Macau or Singapore shop's dollars (HK$234, NT$ 450, MOP$88, S$12.90). */
const PRICE_RE = /(?:[¥￥]|(?<![A-Za-z])(?:HK|NT|MOP|S)\$)\s*\d+(?:\.\d{1,2})?/u;
/** A sentence: a product card holds none. */
const SENTENCE_RE = /[。！？!?]/u;
/** How much text a product card holds at most (name, spec, price, a shop's words). */
const CARD_MAX_CHARS = 80;
/** How far above a line its card may begin (the line, its link, its card). */
const LEVELS = 4;

export const showsPrice = (text: string) => PRICE_RE.test(text);
/**
 * A food's energy per amount as a diet app's food card prints it (`热量 246 大卡/100克`, `能量 377kcal/100g`):
 * the card's figure as a price is a shop's; an answer says it in a sentence, never as a line of its own.
 */
const FOOD_ENERGY_RE = /(?:热量|能量)\s*\d+(?:\.\d+)?\s*(?:大卡|千卡|kcal|千焦|kJ)\s*[/／每]\s*\d+\s*(?:克|g|毫升|ml)/iu;
/**
 * How many took a course or lesson as its card counts them (`2.9万人练过`, `1.6万人已学`, `3200人参加`), or a site's
 * self-test as its box counts them (`焦虑自评量表SAS 14万人已测 免费测试`): the card's figure, as a price is; an answer
 * tells a reader what to do, not how many did it, on a line of its own.
 */
const TAKEN_BY_RE = /\d+(?:\.\d+)?\s*[万千]?\s*人(?:练过|在练|已练|学过|已学|在学|参加|已参加|已报名|已测|测过|在测|已测试|测试过)/u;
/** What marks a card set beside or into an answer: a price, a food's energy per amount, the count of those who took a course. */
const CARD_FIGURE_RE = new RegExp(`${PRICE_RE.source}|${FOOD_ENERGY_RE.source}|${TAKEN_BY_RE.source}`, 'iu');
export const showsCardFigure = (text: string) => CARD_FIGURE_RE.test(text);
/** A price to open this answer (`¥1 偷偷听`, `¥1 解锁`, `1元围观`): the answer's own wall, no shop's. */
const PRICE_TO_OPEN_RE = /[¥￥]\s*\d+(?:\.\d{1,2})?\s*元?\s*(?:偷偷听|偷听|旁听|围观|解锁|收听|查看)/gu;

/** A consultation a site sells (图文问诊, 电话咨询, 预约挂号): a service on offer, not an answer given. */
const CONSULTATION_RE = /问诊|咨询|问医生|挂号/u;
export const sellsConsultation = (text: string) => CONSULTATION_RE.test(text);

/**
 * Whether a line belongs to a product card: an element around it, short and without a sentence,
 * shows a price. Measured by what it shows: a script in the card (an analytics snippet) is none of it.
 */
export function inProductCard(node: AnyNode | null): boolean {
  let el = node?.parent as Element | null;
  for (let level = 0; el && el.type === 'tag' && level < LEVELS; level++, el = el.parent as Element | null) {
    const text = withoutIndication(el).replace(/\s+/gu, '').replace(PRICE_TO_OPEN_RE, '');
    if (text.length > CARD_MAX_CHARS || SENTENCE_RE.test(text)) return false;
    if (CARD_FIGURE_RE.test(text)) return true;
  }
  return false;
}

/**
 * A drug's indication as its insert words it, on a line of its own (`用于缓解轻至中度疼痛。`, `适应症：…`, `功能主治：…`): a pharmacy's goods
 * card prints it under the product's name, a sentence no answer is made of.
 */
const INDICATION_RE = /^(?:(?:【\s*)?(?:适应症|适应证|功能主治|主治)(?:\s*】)?\s*[:：]?|用于|适用于)[^。！？!?]*[。]?$/u;
export const isIndication = (text: string) => INDICATION_RE.test(text.trim());
/**
 * An element's shown text without its indication line (itself, or a child element holding one alone): the card's name, spec and
 * price are what is left to tell a card by; an indication is a sentence, as an answer's line is, but no answer's.
 */
function withoutIndication(el: Element): string {
  const text = shownTextContent(el);
  if (isIndication(text)) return '';
  let left = text;
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const line = shownTextContent(child);
    if (line.trim().length > 0 && isIndication(line)) left = left.replace(line, '');
  }
  return left;
}

/** A related item that is a product: a price among its lines, and no question asked. */
export const isProductItem = (question: string, lines: readonly string[]) => !asksQuestion(question) && [question, ...lines].some(showsPrice);
