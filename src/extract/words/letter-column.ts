import { asksQuestion } from '../../core/genre-vocabulary.js';

/**
 * A paper's or portal's letters column (医生信箱, 醫藥信箱, 家庭医生问答): the column's standing note over each letter and
 * the reader's sign-off under it. Neither is the doctor's answer: the note is the column's, the sign-off the asker's.
 */

/**
 * The reader's sign-off after the letter, in brackets on a line of its own: the town, maybe `读者`, a surname and how they
 * are called (`（温哥华 陈先生）`, `（皇后區 讀者 陳先生）`, `（万锦 李女士）`, `（多伦多 张同学）`).
 */
const SIGN_OFF = '[（(]\\s*\\p{Script=Han}{2,8}\\s*(?:读者|讀者|网友|網友)?\\s*\\p{Script=Han}{1,2}(?:先生|女士|太太|小姐|同学|同學|阿姨|伯伯|妈妈|媽媽|爸爸)\\s*[）)]';
const SIGN_OFF_RE = new RegExp(`^${SIGN_OFF}$`, 'u');
export const isLetterSignOff = (text: string): boolean => text.trim().length <= 24 && SIGN_OFF_RE.test(text.trim());
/** The same sign-off closing the reader's question on its line (`读者提问：…怎么办（东京都 读者 张女士）`): the asker's, none of the question. */
const SIGN_OFF_AFTER_RE = new RegExp(`\\s*${SIGN_OFF}$`, 'u');
export const withoutSignOff = (question: string): string => question.replace(SIGN_OFF_AFTER_RE, '');

/**
 * The column's standing note (`本栏目由某健康频道与多位执业医生合作推出，读者如有健康问题，欢迎来信…，医生将择要回复。`):
 * the column says who writes it and how to write in, over every letter.
 */
const COLUMN_NOTE_RE = /^(?:本|该)(?:栏目|欄目|专栏|專欄|版|信箱)[^。]{0,40}?(?:合作推出|推出|主持|开设|開設|特邀|邀请|邀請)|(?:欢迎|歡迎)(?:读者|讀者)?(?:来信|來信|投稿)|择要(?:回复|答复)|擇要(?:回覆|答覆)/u;
export const isColumnNote = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 120 && /^(?:本|该)/u.test(t) && COLUMN_NOTE_RE.test(t);
};

/**
 * A letter's closing wish on a line of its own (`敬祝　平安`, `顺颂 时祺`, `此致 敬礼`), as a hospital's board sets its reply out
 * as a letter before the doctor's signature, in either script (`順頌　時祺`): a formula of courtesy, none of the advice. (A sentence wishing the asker well,
 * `祝您早日康复！`, is the doctor's own words and stays.)
 */
const CLOSING_WISH_RE = /^(?:敬祝|顺祝|順祝|谨祝|謹祝|恭祝|并祝|並祝|顺颂|順頌|敬颂|敬頌|即颂|即頌|此致)(?:\s*\p{Script=Han}{2,4})?$/u;
export const isLetterClosingWish = (text: string): boolean => CLOSING_WISH_RE.test(text.trim());
/**
 * A line after a closing wish that may be the letter's own going on: its writer's prose, unlabelled or a postscript (`附註：…`,
 * `又及：…`, `P.S. …`). A line another labels as theirs (`提問者追問：…`, `護理師回覆：…`, `網友留言：…`) is theirs, and the
 * wish's second half (`此致` / `敬礼！`) a formula: the letter has ended.
 */
export const mayGoOnAfterWish = (text: string): boolean => {
  const t = text.trim();
  return t.length > WISH_HALF_CHARS && (!LABELLED_LINE_RE.test(t) || POSTSCRIPT_RE.test(t));
};
const WISH_HALF_CHARS = 6;
const LABELLED_LINE_RE = /^[^，,。；;！!？?：:\s]{1,10}\s*[:：]/u;
const POSTSCRIPT_RE = /^(?:附[註注]|又及|再者|[Pp]\.?\s?[Ss]\.?)\s*[:：.]?/u;

/**
 * A reader's follow-up that names nothing it asks about (`请问需要做什么检查？`, `有没有什么好的办法缓解？`, `该怎么办？`): only
 * asking words, its subject the headline's. Under a headline filing a question under the column's name, that question is the page's.
 */
const ASKING_WORDS_RE =
  /请问|請問|需要|應該|应该|是否|有没有|有沒有|什么|什麼|哪些|怎么办|怎麼辦|怎么|怎麼|如何|好的|办法|辦法|方法|缓解|緩解|治疗|治療|检查|檢查|吃什么药|严重吗|嚴重嗎|要紧吗|要緊嗎|[要该該做去能可以吗嗎呢才好的啊]|[\s？?！!。，,]/gu;
export const asksOfNothing = (question: string): boolean => question.trim() !== '' && question.replace(ASKING_WORDS_RE, '') === '';

/**
 * Where a reader's question ends as they word it: an asking word closing it (`…怎么办`, `…吗`, `…挂什么科`, `…是什么原因引起的`,
 * `…效果好`), its mark perhaps after.
 */
const QUESTION_END_RE =
  /(?:[吗嗎呢]|怎么办|怎麼辦|怎么回事|怎麼回事|什么病|什麼病|什么科|什麼科|哪个科|哪個科|什么检查|什麼檢查|注意什么|注意什麼|有哪些|引起的|吃什么药?好?|吃什麼藥?好?|效果好|多久能好)[？?]?/gu;
/** How a reader goes on to tell after asking (`最近一段时间一直这样`, `平时工作比较忙`, `去社区医院看过`, `请问需要做什么检查？`). */
const TELLING_OPENER_RE = /^(?:最近|近来|近來|这几天|這幾天|这段时间|這段時間|平时|平時|平常|之前|以前|已经|已經|去过|去過|去社区|去社區|去医院|去醫院|看过|看過|吃了|请问|請問|我)/u;
const LEAST_QUESTION_CHARS = 4;
/**
 * A reader's letter typed as one run, the question first and what they tell after with no space or mark between
 * (`产后经期延长几天了怎么办最近一段时间一直这样，…`, as a form joins its two fields): the asking part, where a question's
 * closing words end it and the reader's telling opens right after, or a follow-up naming nothing (`有没有什么好的办法缓解？`), or
 * its question mark ends it; else null.
 */
export function askedBeforeTelling(letter: string): string | null {
  const text = letter.trim();
  for (const m of text.matchAll(QUESTION_END_RE)) {
    const end = m.index + m[0].length;
    const asked = text.slice(0, end);
    if (/[，,。；;！!？?\s]/u.test(asked.replace(/[？?]$/u, '')) || [...asked].length < LEAST_QUESTION_CHARS + 1) return null;
    const rest = text.slice(end);
    if (rest.length >= LEAST_QUESTION_CHARS && (TELLING_OPENER_RE.test(rest) || asksOfNothing(rest) || /[？?]$/u.test(asked))) return asked;
  }
  return null;
}

/**
 * The other way round: a reader's letter that tells first and asks last (`最近一段时间一直这样，不知道是什么原因。中年人总是口腔溃疡是什么病`,
 * as a paper prints a reader's letter under a headline that asks nothing): the asking last sentence, where the telling opens as a
 * reader tells (`最近…`, `平时…`) or asks of nothing it names, and the last sentence is one question, no mark inside; else null.
 */
export function askedAfterTelling(letter: string): string | null {
  const text = letter.trim();
  const m = text.match(/^(.+[。！!？?])\s*([^。！!？?]+[？?]?)$/u);
  // Or one opening with a follow-up naming nothing (`有没有什么好的办法缓解？`), asking of the question that ends the letter.
  if (!m || !(TELLING_OPENER_RE.test(m[1]!) || asksOfNothing(m[1]!))) return null;
  const asked = m[2]!.trim();
  if ([...asked].length < LEAST_QUESTION_CHARS + 1 || /[，,；;：:？?]/u.test(asked.replace(/[？?]$/u, ''))) return null;
  return asksQuestion(asked) ? asked : null;
}
