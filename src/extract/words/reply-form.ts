/**
 * The form lines an office sets around its reply to a citizen's message (a 卫健委's 政务咨询, a 问政 board, a
 * hospital's 院长信箱): each a line of its own, the same on every reply, none of the answerer's word on the question.
 * Read only around a reply a board's record or the page's answer holds; a greeting that goes on with the answer
 * (`您好，这种情况…`, `您好，我是王芳医生`) is a line of the answer and no form line.
 */

/**
 * The salutation alone (`您好！`, `网友您好！`, `网友，您好！`, `王**网友：`, `尊敬的网友：`), a letter's with its colon before the
 * greeting (`尊敬的市民：您好！`) and an office's that cannot tell who wrote (`李先生/女士：您好！`).
 */
const SALUTATION_RE =
  /^(?:尊敬的)?(?:\p{Script=Han}{0,2}[*＊×]{1,3}|\p{Script=Han}{1,3}|原PO|PO主)?(?:网友|市民|群众|来信人|同志|(?:先生|女士)(?:\s*[/／、]\s*(?:先生|女士))?)?(?:[，,：:]\s*)?(?:您好|你好)?\s*[！!。：:，,]?$/iu;
/** A word a salutation must hold: a bare name or a lone mark is none. */
const SALUTATION_WORD_RE = /您好|你好|网友|市民|群众|来信人|同志|尊敬的/u;

/** A salutation alone on its line (`您好！`, `网友您好：`, a board's `原PO您好：`, `楼主你好：`): the reply's form, none of the answer. */
export const isSalutation = (text: string) => {
  const t = text.trim();
  return t.length <= 14 && SALUTATION_WORD_RE.test(t) && SALUTATION_RE.test(t);
};

/**
 * A board's greeting to whoever started the thread, alone on its line (`PO主你好：`, `原PO您好：`, `楼主您好！`, `樓主，你好`): the
 * board's form, none of the answer, where a bare `您好！` may open a doctor's own words.
 */
const STARTER_GREETING_RE = /^(?:原PO|PO主|楼主|樓主|LZ)\s*[，,]?\s*(?:您好|你好)\s*[！!。：:，,]?$/iu;
export const greetsThreadStarter = (text: string) => STARTER_GREETING_RE.test(text.trim());

/**
 * The line announcing the reply (`感谢您对我委工作的关注和支持。现将您咨询的问题答复如下：`, `您的留言已收悉，…现答复如下：`,
 * `经咨询我院心内科王芳主任医师，现回复如下：`, an office's `客服中心：您好，您的来信已转请骨科医师回复，说明如下。`): it ends by saying
 * the reply follows.
 */
/** So too the relay naming whom the letter was passed to (`…问题，经转骨科王芳主任医师，现答复如下：`). */
const ANNOUNCE_RE = /(?:收悉|感谢|经(?:咨询|研究|核实|了解|调查|转)|现将|已转(?:请|交|给|至))[^]{0,60}(?:答复|回复|解答|说明)如下\s*[:：。]?$/u;

/**
 * The office's acknowledgement of the letter, alone or with its thanks (`您的来信已收悉，感谢您对我院的信任。`, `您的留言我们已收到。`):
 * the office's form, said before whatever reply follows.
 */
const RECEIVED_RE = /^(?:您的|你的)?(?:来信|留言|信件|邮件|诉求|咨询)(?:我们)?(?:已经?)(?:收悉|收到)[。！!，,]?(?:(?:非常|十分)?(?:感谢|谢谢)[^。！!？?]{0,24}[。！!]?)?$/u;

/**
 * The office's quote of the citizen's letter, alone on its line (`您在来信中提到：“…”`, `您来信反映：“…”`): the asker's words said
 * back, none of the reply. A line going on after the quote (`您提到的“…”，考虑是…`) is the reply's own.
 */
const QUOTED_LETTER_RE = /^您(?:在|于)?(?:来信|留言|信件|信|咨询)中?(?:提到|反映|询问|咨询|所述|说|问到|提出|提及)(?:的问题)?\s*[:：]?\s*[“「『"][^”」』"]+[”」』"]\s*[。.]?$/u;

/**
 * The office's closing thanks run on into where to call (`感谢您对我院工作的关注与支持！如有疑问，可拨打我院医务处电话020-12345678。`):
 * the thanks says the office speaks, so the number it gives is its own office's, no advice of the answer's.
 */
const THANKS_THEN_CALL_RE = /^(?:再次)?(?:感谢|谢谢)您[^。！!？?]{0,24}[。！!]\s*如(?:有|还有|仍有|需)?(?:疑问|问题|需要|其他问题|不明之处)[，,]?\s*(?:请|可|欢迎)?(?:拨打|致电|联系)[^。！!？?]{0,24}(?:电话|热线)\s*[:：]?\s*[\d\-－—\s()（）]{5,20}[。！!]?$/u;

/** The closing thanks (`感谢您的来信！`, `感谢您对我院工作的关注与支持！`, `谢谢您的关注。`). */
const THANKS_RE = /^(?:再次)?(?:感谢|谢谢)您(?:的(?:来信|留言|关注|支持|理解|信任)|对\S{1,12}的(?:关注|支持|信任|理解)(?:[与和及]\S{2})?)[。！!]?$/u;

/**
 * The closing line pointing to a public hotline for more questions (`如有疑问，请拨打江州市12320卫生健康热线咨询。`, a 知识库's
 * `如需进一步了解，可拨打12345热线或…12320卫生健康热线咨询。`): the reply's form, no number of a hospital's own.
 */
const CLOSING_HOTLINE_RE = /^如(?:有|还有|仍有|需)?(?:疑问|问题|需要|其他问题|不明之处|进一步了解|了解更多|进一步咨询)[，,]?\s*(?:请|可|欢迎)?(?:拨打|致电|咨询)\S{0,30}?(?:热线|电话|12320|12345)\S{0,6}?[。！!]?$/u;

/**
 * The citizen's letter printed under its own label (`来信：…`, `【来信】…`, `来信内容：…`) where the reply's zone holds it: the asker's
 * words, none of the reply (which a mailbox labels `回复：` / `【回复】`).
 */
const LETTER_LINE_RE = /^\s*(?:[【\[［]\s*来信(?:内容)?\s*[】\]］]|来信(?:内容)?\s*[:：])\s*\S/u;
export const isLetterLine = (text: string): boolean => LETTER_LINE_RE.test(text);

export const isClosingHotline = (text: string) => text.trim().length <= 50 && CLOSING_HOTLINE_RE.test(text.trim());

export function isReplyFormLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (isSalutation(t)) return true;
  return ANNOUNCE_RE.test(t) || (t.length <= 30 && THANKS_RE.test(t)) || isClosingHotline(t) || RECEIVED_RE.test(t) || QUOTED_LETTER_RE.test(t) || THANKS_THEN_CALL_RE.test(t);
}

/** The lines to keep of a reply: its form lines at the head and the tail passed over, its own in between. */
export function withoutReplyForm(texts: readonly string[]): { from: number; to: number } {
  let from = 0;
  let to = texts.length;
  while (from < to - 1 && isReplyFormLine(texts[from]!)) from++;
  while (to - 1 > from && isReplyFormLine(texts[to - 1]!)) to--;
  return { from, to };
}
/**
 * A line opening with a greeting to the asker, no calling of a doctor before it (`您好，不用太担心。`): the answerer's opening, where
 * an asker's greets the doctor (`医生您好，…`).
 */
const GREETS_ASKER_RE = /^(?:您好|你好|妳好)(?:[，,！!。：:\s]|$)/u;
export const greetsAsker = (text: string) => GREETS_ASKER_RE.test(text.trim());

/**
 * The office signing the reply, its name alone on a line (`某某医院院长办公室`, `院长信箱办公室`, `医务处`): who sent the letter,
 * none of the answer (the doctor who answered is credited apart).
 */
const OFFICE_SIGNATURE_RE = /^\p{Script=Han}{0,16}?(?:院长办公室|院长信箱|党政办公室|办公室|院办|医务处|医务部|信访办(?:公室)?|宣传科|客户服务中心|患者服务中心)$/u;
export const isOfficeSignature = (text: string) => text.trim().length <= 20 && OFFICE_SIGNATURE_RE.test(text.trim());
