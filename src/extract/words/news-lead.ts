import { isPersonalName } from '../../core/genre-vocabulary.js';
/**
 * A news story's lead, opening with its dateline (`央广网北京4月10日消息　据中国之声《健康之家》报道，…`, `新华社北京5月6日电`,
 * `本报讯`): the outlet telling what the story is, over the question it reports and the doctor's answer — none of the answer.
 * The dateline's 电 is the wire's, set apart from what follows (not `患者3月5日电话随访时…`). A Taiwanese paper's bracketed dateline
 * (`〔記者林惠琴／台北報導〕`, `〔健康頻道／綜合報導〕`) is one too.
 */
const DATELINE_RE = /^(?:[〔［[]\s*[^〔〕［］[\]／/]{1,12}[／/]\s*\p{Script=Han}{1,6}(?:報導|报导|報道|报道)\s*[〕］\]]|[^，,。；;！!？?\s]{2,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:消息|电|電)(?=[\s　（(]|$)|(?:本报|本報|本台|本网|本網)讯|(?:本报|本報|本台|本网|本網)訊)/u;
/** The lead is a sentence or two: a longer paragraph opening so is a story's text, which other rules read. */
const LEAD_MAX_CHARS = 120;
export const isNewsLead = (text: string): boolean => {
  const t = text.trim();
  return t.length <= LEAD_MAX_CHARS && DATELINE_RE.test(t);
};

/** An excerpt opening by its source (`据卫生部数据，…`, `据新华社报道，…`, `据了解`; `據報導，…`) or a dateline: a news story's, not a doctor's answer. */
const REPORTED_RE = /^[据據](?:[^，,。；;！!？?\s]{0,16}?(?:报道|报导|報道|報導|消息|数据|數據|统计|統計|披露|透露|介绍|介紹)|了解|悉)/u;
export const reportsNews = (text: string): boolean => isNewsLead(text) || REPORTED_RE.test(text.trim());

/**
 * A news story's byline naming its reporters (`文/广州日报全媒体记者 王芳 通讯员 李明`, `本报记者 王芳`, `記者 王芳／台北報導`):
 * the outlet's, none of the answer, wherever it stands. Names and roles alone, no sentence.
 */
const NAMES = '\\p{Script=Han}{2,4}(?:\\s*[、，,\\s]\\s*\\p{Script=Han}{2,4})*';
const REPORTER_BYLINE_RE = new RegExp(
  `^(?:(?:文|图文|文图|圖文|撰文|采写|採寫)\\s*[/／|｜]\\s*)?[^\\s，,。；;！!？?]{0,12}?\\s*(?:记者|記者)\\s*[:：]?\\s*${NAMES}(?:\\s*(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者)\\s*[:：]?\\s*${NAMES})*(?:\\s*[/／]\\s*\\p{Script=Han}{2,4}(?:报道|報導|报导))?$`,
  'u',
);
export const isReporterByline = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 50 && REPORTER_BYLINE_RE.test(t);
};

/**
 * The print page a web copy's story ran on (`广州日报 A14版 健康`, `新民晚报 第A14版`): the paper's name, the page's number and
 * perhaps its section, and nothing else. The paper's, none of the answer.
 */
const PRINT_PAGE_LINE_RE = /^[《]?\p{Script=Han}{2,10}(?:报|報|刊)[》]?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*\p{Script=Han}{2,8})?$/u;
export const isPrintPageLine = (text: string): boolean => PRINT_PAGE_LINE_RE.test(text.trim());

/**
 * A reporter's lead under their byline, telling why the story was written (`近日，不少读者来电咨询相关问题，记者就此采访了专家。`,
 * `换季时节，这类问题的门诊量明显增加。`, `本期我们请来专家，为读者答疑解惑。`): readers asking, the reporter consulting, clinics
 * filling, the column inviting its expert for its readers. Read only right under a byline (line-marks.ts): a doctor's own
 * sentence saying so elsewhere is the answer's.
 */
const LEDE_RE =
  /(?:读者|讀者|市民|网友|網友|家长|家長)[^。！？!?]{0,12}(?:来电|來電|来信|來信|咨询|諮詢|询问|詢問|提问|提問|反映)|(?:记者|記者)[^。！？!?]{0,12}(?:采访|採訪|请教|請教|邀请|邀請|咨询|諮詢|连线|連線)|(?:门诊量|門診量|就诊人数|就診人數|就诊量|就診量)[^。！？!?]{0,6}(?:增加|增多|上升|激增|攀升)/u;
/**
 * The column inviting its expert for its readers (`本期我们请来专家，为读者答疑解惑。`): a lede only where that sentence ends the
 * line; one going on with the advice (`…为大家详细说说。血糖控制稳定时可以适量吃水果。`) is the answer's opening.
 */
const INVITES_EXPERT_RE = /(?:请来|請來|邀请|邀請|请到|請到|特邀)了?[^。！？!?]{0,10}(?:专家|專家)[^。！？!?]{0,4}[，,]\s*[为為](?:读者|讀者|大家)[^。！？!?]*[。！!]?$/u;
const LEDE_MAX_CHARS = 80;
export const isReporterLede = (text: string): boolean => {
  const t = text.trim();
  return t.length <= LEDE_MAX_CHARS && (LEDE_RE.test(t) || INVITES_EXPERT_RE.test(t));
};

/**
 * A report's closing credit in brackets naming the office and the staff who wrote it (`（儿科 李建国）`, `（宣传科 王芳）`), as a hospital's
 * news closes its story: the writer's, none of the answer it reports. The office and a personal name set apart by a space, nothing else.
 */
const WRITER_CREDIT_RE = /^[（(]\s*\p{Script=Han}{1,10}(?:科|部|中心|办公室|办|处|室|病区)\s+(\p{Script=Han}{2,4})\s*[）)]$/u;
export const isWriterCredit = (text: string): boolean => {
  const m = text.trim().match(WRITER_CREDIT_RE);
  return m !== null && isPersonalName(m[1]!);
};
