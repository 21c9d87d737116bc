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
