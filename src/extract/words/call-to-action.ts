/**
 * A private hospital's calls to action set between and after an answer's paragraphs (`电话咨询 在线咨询 预约挂号`,
 * `>>>点击在线咨询痔疮专家`, `咨询电话：400-…（24小时在线）`, `【青川分院】预约电话：…`, `温馨提示：…点击咨询在线医生…`) and
 * its counters (`今日已有808人咨询`, `6位专家在线`): the site's sales words, none of the doctor's answer, and no end of it
 * (the answer goes on under them). A doctor's advice tells a reader to see a doctor; it does not ask them to click or dial.
 */

/** A button's words: a way to consult or book (电话咨询, 在线咨询, 预约挂号, 点击咨询专家, 咨询TA, 马上咨询). */
const BUTTON = '(?:点击|立即|马上|免费|在线|电话|网上|一键|微信)?(?:咨询|预约|挂号|问诊|提问|拨号|拨打|通话)(?:在线)?(?:专家|医生|客服|TA|他|她|挂号)?|专家在线|在线医生|免费通话';
/** A row of two or more such buttons and nothing else (separators, arrows), as a box between paragraphs prints it; one alone (`电话问诊`) may be the answer's format tag. */
const SEPARATORS = '[\\s|｜/·•>›»＞&;【】\\[\\]-]*';
/** (The row may end in the hotline's number, printed beside the buttons without a label: `在线咨询 预约挂号 400-369-4584`.) */
// Standing apart from other digits: a mainland mobile (`18001234567`) holds 800 and is no hotline.
const HOTLINE_NUMBER = '(?<!\\d)(?:400|800)[-\\s]?\\d{3}[-\\s]?\\d{4}(?!\\d)';
const BUTTON_ROW_RE = new RegExp(`^${SEPARATORS}(?:${BUTTON})(?:${SEPARATORS}(?:${BUTTON}))+${SEPARATORS}(?:${HOTLINE_NUMBER}${SEPARATORS})?$`, 'u');
/**
 * A prompt asking whether the reader still has questions (`还有疑问？`, `仍有疑问？`, `还有其他问题？`) before the call to consult
 * (`还有疑问？立即咨询爱尔眼科专家`): the site's, not the asker's question nor a search ad's headline.
 */
const STILL_ASKING_RE = /^(?:还|仍|如果还|若还|如还|如仍)?有(?:其他|其它|任何)?(?:疑问|疑惑|问题|不明白的(?:地方)?)(?:吗|呢)?\s*[？?]\s*/u;
/**
 * A call to click through to the chat or the booking (`点击咨询`, `点击在线咨询…专家`, `点击预约`). Not where what the visit is
 * for follows the words (`建议马上挂号就诊。`, `要立即挂号看急诊。`): a doctor's advice to go at once, a sentence of the answer.
 */
const CLICK_CALL_RE = /(?:点击|立即|马上)(?:在线)?(?:咨询|预约|挂号)(?!就诊|就医|看病|看急诊|看医生|复查|复诊|检查|治疗|手术|住院|去医院|到医院)/u;
/**
 * A call to dial a 400 / 800 hotline (as private hospitals print them), a few words allowed between (`拨打我院热线 400-…`):
 * a note the answer goes on under. A label right before a number is an ad's line first (answer-extras.ts's LABELLED_HOTLINE_RE).
 */
const DIAL_HOTLINE_RE = new RegExp(`(?:电话|热线|拨打|致电)\\s*[:：]?\\s*\\S{0,8}?${HOTLINE_NUMBER}`, 'u');
/**
 * So is a call to dial a toll-free line abroad (New Zealand's and the UK's 0800 / 0808, Australia's 1800 / 1300), as a service:
 * named in English before it or offered free (`或致电Healthline 0800 611 116免费咨询`): a Chinese-language paper's notice, none of
 * the answer. A doctor's `…加重请尽快拨打0800 611 116` is advice, and a mainland mobile (`13001234567`, `18001234567`) no such line.
 */
const TOLL_FREE = String.raw`(?:(?:0800|0808)[-\s]?\d{3}[-\s]?\d{3,4}|(?:1800|1300)[-\s]?\d{3}[-\s]?\d{3})(?!\d)`;
const DIAL_TOLL_FREE_RE = new RegExp(String.raw`(?:电话|热线|拨打|致电)\s*[:：]?\s*(?:[A-Za-z][A-Za-z.&' ]{0,24}?\s*${TOLL_FREE}|\S{0,8}?${TOLL_FREE}\s*免费)`, 'u');
/** A counter of those who consulted or read, or of the experts online (`今日已有 808 人咨询`, `已有1200人阅读`, `6位专家在线`). */
const COUNTER_RE = /^(?:今日|今天|本月)?已有\s*\d+\s*人(?:咨询|阅读|预约|关注)(?:[，,]\s*\d+\s*位(?:专家|医生)在线)?$|^\d+\s*位(?:专家|医生)在线$/u;
/** A prompt in brackets after a line of the answer (`…避免熬夜。 [点击咨询医生]`, `…来决定： [点击咨询医生]`): the line is the answer's, the prompt is cut off it (answer-text.ts). */
const TRAILING_PROMPT_RE = /\s*[[【][^\]】]{0,12}[\]】]\s*$/u;
/** The longest line read as a call: a paragraph of advice that mentions a hotline is longer. */
const CALL_MAX_CHARS = 60;

/**
 * A card's button to book or consult its doctor (`预约此医生`, `立即预约`, `在线咨询`, `咨询TA`): a way to act, never a question a
 * list links to. Under a column's tag above the question (`专家答问`) it would be read as the list's one item, its snippet the answer.
 */
const BOOKING_BUTTON_RE = /^(?:点击|立即|马上|在线|网上|一键|免费)?(?:预约|咨询|挂号|问诊|预订)(?:此|这位|该|本)?(?:医生|医师|专家|TA|他|她|挂号)?$/u;
export const isBookingButton = (text: string): boolean => BOOKING_BUTTON_RE.test(text.replace(/\s+/gu, ''));

/**
 * A call to sign up for the site's course, class or event (`…线上课程｜立即报名`, `免费报名`, `点击报名`): an ad set between the
 * paragraphs, however it names who teaches (`营养师`, `医生`); a doctor's answer never asks the reader to sign up for anything.
 */
const SIGN_UP_RE = /(?:点击|立即|马上|免费|现在|火热|在线)报名/u;
export const isSignUpCall = (text: string): boolean => {
  const t = text.trim();
  return t.length <= CALL_MAX_CHARS && !/[？?。]/u.test(t) && SIGN_UP_RE.test(t);
};

export function isCallToAction(text: string): boolean {
  const whole = text.trim();
  const t = (whole.replace(TRAILING_PROMPT_RE, '') || whole).replace(STILL_ASKING_RE, '');
  // A search ad's headline asks the reader's question (`胆囊炎怎么治疗好？专家在线解答，立即咨询`): an ad, read as one (answer-extras.ts).
  if (t.length > CALL_MAX_CHARS || /[？?]/u.test(t)) return false;
  return BUTTON_ROW_RE.test(t) || CLICK_CALL_RE.test(t) || isSignUpCall(t) || DIAL_HOTLINE_RE.test(t) || DIAL_TOLL_FREE_RE.test(t) || COUNTER_RE.test(t);
}
