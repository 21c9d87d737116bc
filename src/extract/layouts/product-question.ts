import { asksQuestion, labelledQuestion } from '../words/genre.js';
import { badgeOf } from '../lines/qa-badge.js';
import type { Block } from '../lines/html-lines.js';
import { showsPrice } from '../words/product-card.js';

/**
 * A shop's product page with a consultation on it (an online pharmacy's 用药咨询): its title and
 * first heading name the product (`【白云山】奥美拉唑肠溶胶囊 20mg*14粒/盒`, a price right under
 * it), which asks nothing; the question is the consultation's own heading, under a label that
 * says who asked (`用户提问：`, `问：`, `患者咨询：`), or a line a drawn 问 badge opens.
 */

/** Who asked, as such a label says it. */
const ASKED = '(?:Q|问|提问|问题|咨询问题|(?:网友|患者|用户|顾客|买家|病友|家属)(?:提问|问|咨询|问题))';
/** The label alone on its line, over the heading it puts as what someone asked. */
const ASKED_LABEL_RE = new RegExp(`^${ASKED}\\s*[:：]?$`, 'u');
/** The label inside the heading, before the question. */
const ASKED_PREFIX_RE = new RegExp(`^${ASKED}\\s*[:：]\\s*(?=\\S)`, 'u');
/** How far under the product's heading its price stands (the heading, the price line, 月销…). */
const PRICE_LINES = 3;
/** How many lines of the product (price, 规格, buttons, tabs, 说明书, a table of its 批准文号 and 生产企业, reviews) may stand before the consultation. */
const PRODUCT_LINES = 80;

/** The consultation's question under a product's heading at `heading`, or null where the heading is no product's or none is labelled. */
export function productConsultQuestion(blocks: readonly Block[], heading: number): { index: number; confirmed: true; text: string; labelled: true } | null {
  const priced = blocks.slice(heading, heading + 1 + PRICE_LINES).some((b) => b.chars <= 40 && showsPrice(b.text));
  if (!priced) return null;
  for (let i = heading + 1; i < blocks.length && i <= heading + PRODUCT_LINES; i++) {
    const b = blocks[i]!;
    // Or a line the consultation's drawn 问 badge opens (`<i>问</i>question`, qa-badge.ts), where it asks.
    const badge = !b.heading && b.chars <= 80 ? badgeOf(b) : null;
    if (badge?.side === 'question' && asksQuestion(badge.rest)) return { index: i, confirmed: true, text: badge.rest, labelled: true };
    if (!b.heading || b.chars > 80) continue;
    const inline = ASKED_PREFIX_RE.test(b.text.trim()) ? b.text.trim().replace(ASKED_PREFIX_RE, '') : labelledQuestion(b.text);
    if (inline !== null) return { index: i, confirmed: true, text: inline, labelled: true };
    const above = blocks[i - 1]!;
    if (above.chars <= 8 && ASKED_LABEL_RE.test(above.text.trim())) return { index: i, confirmed: true, text: b.text.trim(), labelled: true };
  }
  return null;
}
