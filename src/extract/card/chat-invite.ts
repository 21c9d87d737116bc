/**
 * A chat vendor's invite box (商务通's `#LRdiv0`, 快商通's, a `swt` layer): a doctor's name, title and `在线` over a first-person
 * greeting (`您好，我是王国医生，请问您哪里不舒服？`, `有什么可以帮助您的吗？`) and its 立即咨询 / 稍后再说 buttons. The invite is the
 * site's sales window, the same on every page: its doctor is none of the answer's, its greeting none of the answer.
 */
import type { Element } from 'domhandler';
import { findOne } from 'domutils';
import { cardParts } from './card-element.js';

/** The invite's greeting: asking the visitor what troubles them or how to help. */
const GREETING_RE = /请问(?:您|你)?(?:哪里不舒服|有什么(?:可以)?(?:帮|需要))|有什么(?:可以)?帮(?:助|到)?(?:您|你)|(?:您|你)好[，,！!]?\s*我是\S{1,8}?(?:医生|主任|专家|大夫|医师)[，,。！!]\s*(?:请问|有什么|很高兴)/u;
/** How far up from the card its box may stand, and how much text a box of an invite holds. */
const LEVELS = 3;
const BOX_MAX_CHARS = 200;

/** Whether the card stands in a chat invite's box: a short box around it holding the greeting. */
export function inChatInvite(card: Element): boolean {
  let el: Element | null = card;
  for (let level = 0; el && el.type === 'tag' && level <= LEVELS; level++, el = el.parent as Element | null) {
    const text = cardParts(el).join('');
    if (text.length > BOX_MAX_CHARS) return false;
    // A box holding the page's heading is the page (a short consult whose doctor greets the asker in a bubble), no invite.
    if (el !== card && findOne((e) => e.name === 'h1' || e.name === 'h2', el.children)) return false;
    if (GREETING_RE.test(text)) return true;
  }
  return false;
}
