import type { AnyNode, Element } from 'domhandler';
import { asksQuestion } from './genre.js';
import { shownTextContent } from './page-index.js';

/**
 * A shop's product card (a drug's name, 规格, ¥ price, 加入购物车) set into or beside an answer
 * on the sites of pharmacy chains and health apps, or a diet app's food card (a food's name and its
 * 热量 per 100克): what it sells or shows is none of the answer, and a
 * product's link among the related questions is no related item.
 */

/** A price as shops print it: ¥23.50, ￥ 8. */
const PRICE_RE = /[¥￥]\s*\d+(?:\.\d{1,2})?/u;
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
/** What marks a card set beside or into an answer: a price, or a food's energy per amount. */
const CARD_FIGURE_RE = new RegExp(`${PRICE_RE.source}|${FOOD_ENERGY_RE.source}`, 'iu');
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
    const text = shownTextContent(el).replace(/\s+/gu, '').replace(PRICE_TO_OPEN_RE, '');
    if (text.length > CARD_MAX_CHARS || SENTENCE_RE.test(text)) return false;
    if (CARD_FIGURE_RE.test(text)) return true;
  }
  return false;
}

/** A related item that is a product: a price among its lines, and no question asked. */
export const isProductItem = (question: string, lines: readonly string[]) => !asksQuestion(question) && [question, ...lines].some(showsPrice);
