import type { Doctor } from '../schema/entry.js';
import { withoutQuotedBack, withoutSelfIntroduction } from '../core/reply-opening.js';
import { codePointCount, comparable } from '../core/text.js';
import { chineseHalf } from '../core/bilingual-label.js';
import { BRANCH_HALL, GRADE_SHAPE_RE, SURNAMES_1, SURNAMES_2, TITLE_WORD_RE, asksQuestion, isChainStore, isPersonalName, isPharmacistTitle, isTibetanName, isTransliteratedName } from '../core/genre-vocabulary.js';
import { detectBoilerplate } from './boilerplate.js';

/**
 * Consistency checks on what the reader produced: properties every right reading of a page of
 * the genre has, whatever the site's markup. A reader meeting a site it was never tuned on fails
 * by taking the wrong block (a byline, a counter, the card, a caption, another item's text) or
 * the wrong words for a field; these checks look for the traces such mistakes leave in the entry
 * itself, so that the row is flagged `unsure_reading` (still published) instead of looking clean.
 * Pure; each check has a stable name (for counts and the report) and a short reason.
 */

/** What the checks look at of one entry: its own fields, as validation tidied them. */
export interface ReadEntry {
  question: string;
  answer_paragraphs: readonly string[];
  doctor: Doctor;
  date: string | null;
  origin: 'page' | 'related';
  /** The entry's address, where known. */
  url?: string | null;
  /** The page says the answer goes on where it is not shown (a pager's next page, a paywall). */
  continues?: boolean;
}

/** What the checks look at of the page the entry was read from: all its entries (this one too). */
export interface ReadPage {
  entries: readonly ReadEntry[];
}

export interface ConsistencyDoubt {
  /** Which check raised it: a stable name, for counts and reports. */
  check: string;
  /** A short human reason, with the text that raised it. */
  why: string;
}

/**
 * What the checks need of the whole page, computed once per page (a page's every entry is
 * checked against the same facts): its own entry, its items, their questions and snippets.
 */
interface PageFacts {
  own: ReadEntry | undefined;
  items: readonly ReadEntry[];
  /** Each entry's question at the comparison level (core/text.ts `comparable`), worked out once for all the checks. */
  comparableQuestion: ReadonlyMap<ReadEntry, string>;
  /** Normalised questions of the page's entries long enough to be recognised in a line. */
  questions: ReadonlySet<string>;
  /** Items whose snippet opens with a person's name and a colon. */
  nameLabelled: number;
  /** Whether no question of a list of three or more shares two characters with the page's own entry. */
  listOffTopic: boolean;
}

const factsOfPage = new WeakMap<ReadPage, PageFacts>();

/** An entry's question at the comparison level: the page's, or worked out for an entry the page does not hold. */
const questionOf = (entry: ReadEntry, facts: PageFacts) => facts.comparableQuestion.get(entry) ?? comparable(entry.question);

function factsOf(page: ReadPage): PageFacts {
  let facts = factsOfPage.get(page);
  if (facts) return facts;
  const own = page.entries.find((e) => e.origin === 'page');
  const items = page.entries.filter((e) => e.origin === 'related');
  let listOffTopic = false;
  if (own && items.length >= 3) {
    // The list's words looked for in the page's text, which is long: the first one found ends the search.
    const listWords = new Set<string>();
    for (const e of items) for (const b of hanBigrams(e.question)) listWords.add(b);
    listOffTopic = !holdsBigramOf(own.question + own.answer_paragraphs.join(''), listWords);
  }
  const comparableQuestion = new Map(page.entries.map((e) => [e, comparable(e.question)]));
  facts = {
    own,
    items,
    comparableQuestion,
    questions: new Set([...comparableQuestion.values()].filter((q) => codePointCount(q) >= 6)),
    nameLabelled: items.filter((e) => nameLabel(e, comparableQuestion.get(e)!) !== null).length,
    listOffTopic,
  };
  factsOfPage.set(page, facts);
  return facts;
}

/**
 * The doubts about one entry of a page. `own`: the entry's own checks (ownDoubts), where the caller
 * keeps them from an earlier entry read the same (validation does, src/validate/read-work.ts).
 */
export function consistencyDoubts(entry: ReadEntry, page: ReadPage, own: OwnDoubts = ownDoubts(entry)): ConsistencyDoubt[] {
  const facts = factsOf(page);
  const doubts: ConsistencyDoubt[] = [];
  const add = (check: string, why: string | null | undefined) => {
    if (why) doubts.push({ check, why });
  };
  add('furniture_in_answer', own.furniture_in_answer);
  add('foreign_line', own.foreign_line);
  add('card_in_answer', own.card_in_answer);
  add('staff_byline_in_answer', own.staff_byline_in_answer);
  add('another_voice_in_answer', own.another_voice_in_answer);
  add('repeated_paragraph', own.repeated_paragraph);
  add('question_in_answer', questionInAnswer(entry, facts));
  add('question_shape', own.question_shape);
  add('question_runs_into_answer', own.question_runs_into_answer);
  add('name_labels_line', nameLabelsLine(entry, facts));
  if (entry.origin === 'page') {
    add('doctor_shape', own.doctor_shape);
    // Where the page says the answer goes on elsewhere (behind a paywall, on the next page), what a lead-in leads to is not on it to read.
    add('answer_ends_lead_in', entry.continues ? null : own.answer_ends_lead_in);
    add('date_too_early', own.date_too_early);
  } else {
    add('item_like_page', itemLikePage(entry, facts));
    add('item_off_topic', itemOffTopic(entry, facts));
    add('address_shape', addressShape(entry.url));
  }
  return doubts;
}

/** The checks that read the entry alone, by name: what each found, or null. */
export type OwnDoubts = Readonly<Record<string, string | null>>;

/**
 * The checks that read nothing of the entry but its text, doctor, date and origin: the same for
 * every copy of a related snippet, so a caller may keep them (the address, which differs from copy
 * to copy, and the checks that read the page run for each entry). Pure.
 */
export function ownDoubts(entry: ReadEntry): OwnDoubts {
  const { answer_paragraphs: paragraphs, doctor, date, origin } = entry;
  return {
    furniture_in_answer: furnitureInAnswer(paragraphs),
    foreign_line: foreignLine(paragraphs),
    card_in_answer: cardInAnswer(entry),
    staff_byline_in_answer: staffBylineInAnswer(paragraphs),
    repeated_paragraph: repeatedParagraph(paragraphs),
    question_shape: questionShape(entry),
    ...(origin === 'page' ? { question_runs_into_answer: questionRunsIntoAnswer(entry), another_voice_in_answer: anotherVoiceInAnswer(paragraphs, doctor.name), doctor_shape: doctorShape(doctor), answer_ends_lead_in: answerEndsLeadIn(paragraphs), date_too_early: dateTooEarly(date) } : {}),
  };
}

const quote = (text: string) => `「${text.length > 24 ? `${text.slice(0, 24)}…` : text}」`;

/**
 * A paragraph that is the page's furniture, not a doctor's words. A reader that took the wrong
 * block's lines into the answer (or a snippet) leaves these: a counter (阅读 1.2万, 3个回答, 点击数：),
 * a post's stamp (06-16 09:11 IP属地：江苏, 发布时间：…, 2个月前), someone else's label opening a line
 * (网友提问：, 责任编辑：, 回复：, 答：), a player's length or prompt (点击播放 0'19''), a figure's credit
 * (▲ 图源：…, 图片来源), ratings (★★★★★), a price, a pager (上一页, 共12条). A doctor writes sentences;
 * none of these is one.
 */
const FURNITURE_LINE: ReadonlyArray<{ re: RegExp; why: string }> = [
  // A count stands alone after its label (阅读 1.2万, 赞 426): `关注3天内的变化` is a sentence.
  { re: /\d[\d.,]*\s*[万千kKwW]?\s*(?:人)?(?:阅读|浏览|次浏览|播放|收听|点赞|赞同|收藏|评论|看过|关注|粉丝|在看)(?![\p{Script=Han}])|(?:阅读|浏览|点击数|点击量|播放量?|收听|点赞|赞|评论|收藏|转发|分享|在看|粉丝|关注者?|被浏览|人气|热度)\s*[:：]?\s*\d[\d.,]*\s*[万千kKwW]?(?![\p{Script=Han}\d])/u, why: 'a counter' },
  // `9万人已测` under a self-test's link, `380人觉得有帮助` under a related answer: a count of users beside someone's button.
  { re: /\d[\d.,]*\s*[万千]?\s*人(?:赞同|觉得有用|觉得有帮助|点赞|看过|阅读|浏览|收藏|关注|已测|已参与|已咨询|已预约|已购买|已下载|已收听)/u, why: 'a count of readers' },
  // `5位医生回答` under a related question: how many answered it, no words of theirs.
  { re: /\d+\s*(?:个|条)(?:回答|答案|回复|评论)|\d+\s*位(?:医生|醫生|专家|專家|医师|药师)(?:已)?(?:回答|回复|解答)|(?:回答|回复|评论)\s*[（(]\s*\d+\s*[)）]/u, why: 'a count of answers' },
  { re: /IP\s*属地|(?:发表|發表)(?:于|於)|(?:发布|發佈|发表|發表|更新|编辑|編輯|回答|回复|回覆|提问|提問|咨询|諮詢|解答)(?:时间|時間|日期|于|於)\s*[:：]?\s*(?:\d|[今昨前])/u, why: "a post's stamp" },
  { re: /^\s*(?:\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2})?)/u, why: 'a line opening with a date' },
  // At a line's edge only: a doctor may write `3天前服的药` inside a sentence.
  { re: /^\s*\d+\s*(?:分钟|小时|天|周|个月|年)前|\d+\s*(?:分钟|小时|天|周|个月|年)前\s*$|^(?:昨天|前天|刚刚)\s*(?:\d{1,2}:\d{2})?\s*$/u, why: 'a relative date' },
  { re: /^.{0,30}\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}.{0,20}$/u, why: 'a short line with a date and time' },
  // The card's labelled values (医生：…｜职称：…) or the reply's bare label (医生回复) as a line.
  { re: /(?:医生|醫生|姓名|职称|職稱|科室|医院|醫院|职务|職務)\s*[:：][^:：]{1,30}(?:医生|醫生|姓名|职称|職稱|科室|医院|醫院|职务|職務)\s*[:：]|^(?:医生|醫生|专家|專家)(?:回复|回覆|回答|解答)\s*$/u, why: "the card's or the reply's labels" },
  { re: /^\s*(?:医生|醫生|医师|姓名|职称|職稱|科室|所在科室|医院|醫院|所在医院|执业医院|执业地点|就职医院|所在药店|药店|医院等级|职务|職務|单位|工作单位)\s*[:：].{1,30}$/u, why: "a card's labelled value" },
  {
    re: /^[\s【\[（(]*(?:网友提问|网友|提问者?|患者提问|问题描述|病情描述|问|答|回复|回答|医生回复|医生回答|医生解答|专家解答|责任编辑|编辑|小编|来源|作者|审核|审稿|专家提醒|小编提醒|医生提醒|主持人|追问|补充)\s*[】\]）)]?\s*[:：]/u,
    why: 'a label opening the line',
  },
  { re: /[（(]\s*(?:责任)?编辑\s*[:：]|^——\s*\S{2,4}\s*$/u, why: "an editor's credit" },
  { re: /点击播放|\d+\s*['′]\s*\d+\s*(?:''|″|")|\d+\s*″|(?:语音|音频|视频|通话)时长|^▶/u, why: "a player's text" },
  { re: /^\s*▲|图源\s*[:：]|图片来源|图片?仅供参考|侵删|^\s*(?:图|示意图)\s*(?:[:：]|\d+\s*(?:[:：.、\s]|$)|$)/u, why: "a figure's caption" },
  // A record's 满意度 row (`满意度：非常满意`, or its label and value as two lines): the asker's rating of the reply, none of it.
  { re: /[★☆]{2,}|\d(?:\.\d)?\s*分(?:\s|$)|好评率|满意度\s*\d|^满意度(?:\s*[:：]?\s*\p{Script=Han}{0,5})?$|^(?:非常满意|很满意|满意|基本满意|不满意|未评价|已评价)$/u, why: 'a rating' },
  { re: /[¥￥]\s*\d|\d+(?:\.\d+)?\s*元\s*$|加入购物车|立即购买|门店自提/u, why: 'a price or shop button' },
  { re: /上一(?:页|篇|条)|下一(?:页|篇|条)|共\s*\d+\s*(?:条|页|篇)(?![\p{Script=Han}])|第\s*\d+\s*页/u, why: 'a pager' },
  // Another turn's label with no colon (`追问 医生，那需要吃药吗？`, `医生回复建议一个月后复查。`, `我的追问`, `罗慧医生 追答`), or a
  // member's byline (`热心网友 中医爱好者4597`, `网友 · 35岁 · 女`, `胡麻麻347 · 宝宝2岁3个月`, `橙子2096 已做过该项目`): the
  // thread's next post, run into the doctor's answer (`用户_5f 用户`, `同问，坐等医生回答。` likewise). A doctor's line does not open
  // with 追问, 医生回复 or 同问, nor is it a handle.
  {
    re: /^(?:我的)?追问|^(?:医生|醫生|专家|專家)(?:回复|回覆|回答|解答|追答)(?![了过完的不说中里时后])\s*\S|^\p{Script=Han}{2,4}\s*(?:医生|醫生)?\s*追答\s*$|^(?:热心网友|网友|匿名用户)(?:\s|[·•・|｜]|$)|^(?:用户|网友)[_\-]?[0-9A-Za-z*]{2,}(?:\s|$)|网友\d{2,}\s*$|^同问(?:[，,。！!\s]|$)|^[^，。！？；,]{1,16}\s*[·•・|｜]\s*(?:宝宝|孩子)?\s*\d{1,3}\s*(?:岁|个月)[^，。！？；,]{0,12}$|^\p{Script=Han}{1,6}\d{3,6}\s+(?!分钟|小时|天|周|毫升|毫克|微克|克|次|片|粒|岁|斤|公斤|单位)\p{Script=Han}[^，。！？；,]{0,11}$/u,
    why: "another post's label or byline",
  },
  // A control's word alone on its line (`采纳`, `最佳答案`): a button of the thread, none of the reply.
  { re: /^(?:采纳|采纳答案|已采纳|设为最佳|最佳答案|满意答案|举报|投诉)$/u, why: 'a button' },
  // A related question's department tag (`[内科]`) as a line of its snippet: the list's label, no words of an answer.
  { re: /^[\[【［]\p{Script=Han}{1,8}科[\]】］]$/u, why: "a list's department tag" },
  // A lab report's row quoted beside the reading of it (`【报告原文】甘油三酯(TG) 2.24 mmol/L ↑（参考值 0.45-1.70）`, `甲胎蛋白：7.88↑ ng/mL
  // 参考范围 0-7`), and the site's own disclaimer under a reading (`本解读仅针对本次体检报告…`): the page's report box and notice, not the reply.
  { re: /^[【\[]?报告原文|\d\s*[↑↓].{0,20}参考(?:值|范围|区间)|^本(?:解读|回答|回复|咨询|服务)仅(?:针对|供|限)/u, why: "a report's row or the site's notice" },
  { re: /展开全文|展开更多|查看(?:完整|全部|更多|全文|详情)|点击(?:咨询|查看|展开|进入)|[›»]\s*$|>>\s*$/u, why: 'a read-on prompt' },
];

/** Every furniture pattern at once: most lines match none, and one pass says so. */
const ANY_FURNITURE = new RegExp(FURNITURE_LINE.map(({ re }) => `(?:${re.source})`).join('|'), 'u');

function furnitureInAnswer(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    if (!ANY_FURNITURE.test(p)) continue;
    for (const { re, why } of FURNITURE_LINE) if (re.test(p)) return `${why} in the answer: ${quote(p)}`;
  }
  // The site's disclaimer, navigation and copyright lines (the boilerplate detector's) are furniture too.
  const joined = paragraphs.join('\n');
  const boilerplate = detectBoilerplate(joined);
  return boilerplate ? `${boilerplate.why} in the answer: ${quote(joined.slice(boilerplate.start, boilerplate.end))}` : null;
}

/**
 * A line of a Chinese answer in words of a Latin script, with little or no Chinese in it (`[an error
 * occurred while processing this directive]`, `更新时间：[an error occurred …]`, `502 Bad Gateway`): a
 * server's or a script's message the page printed where its text was to be, read as the doctor's.
 * An answer in English throughout is no such mix; a drug's name stays inside a Chinese sentence.
 */
const LATIN_WORDS_RE = /[A-Za-z]{2,}[^A-Za-z\p{Script=Han}]+[A-Za-z]{2,}[^A-Za-z\p{Script=Han}]+[A-Za-z]{2,}/u;
const HAN_EACH_RE = /\p{Script=Han}/gu;
/**
 * Chinese characters under a fifth of the line's letters (4 × Han < Latin). Counted without a match
 * array per line: the Latin letters by their codes, the Chinese characters only while they may still
 * be few enough (a Chinese line has no Latin letters, and is done with at once).
 */
function mostlyLatin(line: string): boolean {
  let latin = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) latin++;
  }
  if (latin === 0) return false;
  let han = 0;
  HAN_EACH_RE.lastIndex = 0;
  while (HAN_EACH_RE.exec(line) !== null) if (++han * 4 >= latin) return false;
  return true;
}

function foreignLine(paragraphs: readonly string[]): string | null {
  if (!paragraphs.some((p) => HAN.test(p) && !mostlyLatin(p))) return null;
  const line = paragraphs.find((p) => LATIN_WORDS_RE.test(p) && mostlyLatin(p));
  return line === undefined ? null : `a line of Latin words in a Chinese answer: ${quote(line)}`;
}

/**
 * A related item's address holding quotes, backslashes or spaces, raw or percent-encoded (`\\"https://…\\"`,
 * `/q/%22https:…`): markup escaped inside a string (a JSON or script body) read as the link.
 */
const BROKEN_ADDRESS_RE = /["\\\s]|%22|%5C/iu;
const addressShape = (url: string | null | undefined) => (url && BROKEN_ADDRESS_RE.test(url) ? `an address with quotes or backslashes in it: ${quote(url)}` : null);

/**
 * The answer holding the card's own values: a line that is the doctor's name (alone, or with the
 * title or hospital), or the card's badges (帮助患者, 从业N年, 擅长…, 已认证). The card stands beside
 * the answer; its text inside it means the reader took the card's block for the answer's.
 */
// The card's bio run into the answer (`曾任江州市第一人民医院（三甲）消化内科主任，多次赴国外进修学习，深受患者信赖。`): the doctor
// in the third person, past posts and praise; an answer speaks to the asker.
const CARD_BADGE = /(?:帮助|服务)(?:过)?(?:患者|用户)\s*\d|深受(?:广大)?患者(?:的)?(?:信赖|好评|欢迎|认可)|从事(?:临床|医疗)?工作\s*[\d一二三四五六七八九十]+\s*余年|^(?:曾任|原)[^，。！？]{2,30}(?:医院|中心|保健院|卫生院)(?:[（(][^）)]{1,8}[）)])?[^，。！？]{0,12}(?:主任|医师|院长)|(?:帮助|服务)(?:过)?\s*\d[\d.,]*\s*万?\s*(?:位|名|人)|从业\s*\d+\s*年|^擅长\s*[:：]|已认证|实名认证|执业(?:证|编号)|关注\s*\+|^\+?\s*关注$/u;

/**
 * A line that is an institution's name alone (`迪康医学检验实验室（白沙）`, `南京鼓楼医院`): the card's hospital, or a masthead's,
 * read into the answer. A doctor's line naming a hospital says what to do there (`建议到医院复查`): a verb, not a name alone.
 */
const INSTITUTION_LINE = /^(?![^，。！？；]*[去到找看议就请可要需在])[\p{Script=Han}·]{2,20}(?:医院|醫院|实验室|检验所|检验中心|医学中心|诊所|卫生院|保健院|门诊部)(?:[（(][\p{Script=Han}]{1,10}[）)])?$/u;

function cardInAnswer(entry: ReadEntry): string | null {
  const { name, title, hospital } = entry.doctor;
  for (const p of entry.answer_paragraphs) {
    const t = p.trim();
    if (CARD_BADGE.test(t)) return `a card badge in the answer: ${quote(t)}`;
    if (INSTITUTION_LINE.test(t)) return `an institution's name as a line of the answer: ${quote(t)}`;
    if (name && name.length >= 2 && t.length <= 40) {
      if (t === name) return `the doctor's name as a line of the answer: ${quote(t)}`;
      // The doctor introducing themselves to the asker (您好，我是…的王芳医生) is the answer's, no card (core/reply-opening.ts).
      const own = withoutSelfIntroduction(t);
      if (own.includes(name) && ((title && own.includes(title)) || (hospital && own.includes(hospital)))) return `the doctor's card as a line of the answer: ${quote(t)}`;
    }
  }
  return null;
}

/**
 * Another replier's byline as a line of the answer (`张静怡 育儿顾问 · 南京新街口店`, `客服 小王`, `健康管家 李娜`): a store's
 * adviser, a service's 管家 or 客服, a programme's 主持人 answering beside the doctor, whose reply the reader ran into the
 * doctor's. A staff role, not a clinical title (顾问医生 is one), with a person's name before or after it and at most a place
 * after a separator; a sentence naming a role (`建议咨询营养顾问`) has no name beside it.
 */
const STAFF_ROLE = String.raw`\p{Script=Han}{0,4}?(?:顾问|顧問|管家|客服|助理|助手|专员|專員|主持人|主播|协调员|協調員|志愿者|志願者|店长|店長|导购|導購|咨询师|諮詢師)`;
const STAFF_BYLINE_RE = new RegExp(
  String.raw`^(?:(?<before>\p{Script=Han}{2,4})\s*[·•・|｜/／]?\s*${STAFF_ROLE}|${STAFF_ROLE}\s*[·•・|｜/／:：]?\s*(?<after>\p{Script=Han}{2,4}))(?![\p{Script=Han}])\s*(?:[·•・|｜/／\-—–]\s*[^。！？!?]{1,20})?$`,
  'u',
);
const isNameOrNickname = (text: string | undefined) => text !== undefined && (isPersonalName(text) || /^[小阿]\p{Script=Han}$/u.test(text));

function staffBylineInAnswer(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    const t = p.trim();
    if (t.length > 40) continue;
    const m = STAFF_BYLINE_RE.exec(t);
    if (m && (isNameOrNickname(m.groups!.before) || isNameOrNickname(m.groups!.after))) return `another replier's byline in the answer: ${quote(t)}`;
  }
  return null;
}

/**
 * Someone other than the doctor speaking in the page's answer: a turn opened by a non-doctor's role (`导医台：您的问题已转交…`,
 * `护士：随访提醒…`, `读者来信：…`, `金边读者许女士问：…`, `主持人一凡：感谢…`), a line signed by one (`…（护士 吴秀英）`), a
 * reporter's byline (`文/广州日报全媒体记者 杨秀英 通讯员 黄秀英`, `广州日报 A14版 健康`), a programme's words to its audience
 * (`每期邀请一位名医，回答听众最关心的健康问题`, `欢迎收听本期节目`), or a dialogue's turns under two names, one not the doctor's
 * (`林溪：各位…` beside `于娟刚：…`). The reader ran a relaying note, the asker's letter or a host's lines into the doctor's reply;
 * a doctor writes in their own voice, and names no such speaker at the head or foot of a line.
 */
const OTHER_ROLE = String.raw`(?:护士|護士|护师|護師|导医台?|導醫台?|导诊台?|導診台?|分诊台|分診台|前台|客服|助理|主持人|主播|记者|記者|通讯员|通訊員|编辑|編輯|小编|小編|管理员|管理員)`;
/** The audience's roles: a reader's letter may name the place and the person before them (`金边读者许女士问：`). */
const AUDIENCE_ROLE = String.raw`(?:读者|讀者|听众|聽眾|观众|觀眾|网友|網友)`;
/** The asker's own roles, only bare at the line's head: a doctor heads advice by a group of patients (`高血压患者：…`). */
const ASKER_ROLE = String.raw`(?:患者家属|患者家屬|家属|家屬|患者|病人|提问者|提問者|发问者|發問者|提问人|提問人|咨询者|諮詢者|咨詢者)`;
const OTHER_VOICE: ReadonlyArray<{ re: RegExp; why: string }> = [
  // Not a notice the doctor heads so (`护士提示：…`, `护士提醒：…`): a doctor may pass on the nurses' advice in their own reply.
  { re: new RegExp(String.raw`^[【\[（(]?${OTHER_ROLE}(?!提示|提醒|建议|建議|叮嘱|叮囑|须知|須知|小贴士|小貼士)\p{Script=Han}{0,4}?[】\]）)]?\s*[:：]`, 'u'), why: "a staff member's turn" },
  { re: new RegExp(String.raw`^(?:\p{Script=Han}{0,4}?${AUDIENCE_ROLE}|${ASKER_ROLE})\p{Script=Han}{0,4}?(?:问|来信|留言|提问|追问|咨询)?\s*[:：]`, 'u'), why: "the asker's or the audience's turn" },
  { re: new RegExp(String.raw`[（(]\s*${OTHER_ROLE}\s*[:：]?\s*\p{Script=Han}{2,4}\s*[）)]\s*$`, 'u'), why: "a line signed by a staff member" },
  { re: /^文\s*[/／|｜]|(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*\p{Script=Han}{2,3}(?:\s|$)|(?<![A-Za-z])[A-Z]\d{1,2}\s*版(?:\s|$)/u, why: "a reporter's byline" },
  { re: /每期(?:邀请|邀請|请来|請來|特邀)|(?:回答|解答)(?:听众|聽眾|观众|觀眾|读者|讀者|网友|網友)|(?:欢迎|歡迎)收(?:听|聽|看)|(?:听众|聽眾|观众|觀眾)朋友|本期(?:节目|節目)/u, why: "a programme's words to its audience" },
];

function anotherVoiceInAnswer(paragraphs: readonly string[], doctorName: string | null): string | null {
  const doctor = doctorName?.replace(/\s+/gu, '');
  const labels = new Set<string>();
  for (const p of paragraphs) {
    const t = p.trim();
    for (const { re, why } of OTHER_VOICE) if (re.test(t)) return `${why} in the answer: ${quote(t)}`;
    const m = /^(\p{Script=Han}{2,3})\s*[:：]/u.exec(t);
    if (m && isPersonalName(m[1]!) && !LEAD_WORD.test(m[1]!)) labels.add(m[1]!);
    // Someone of a clinical rank by name (`药师 李春梅：处方审核通过…`): a second professional's note, unless the name is the doctor's.
    const ranked = /^(\p{Script=Han}{1,6})\s+(\p{Script=Han}{2,4})\s*[:：]/u.exec(t);
    if (ranked && TITLE_WORD_RE.test(ranked[1]!) && isPersonalName(ranked[2]!) && ranked[2] !== doctor) return `another professional's note in the answer: ${quote(t)}`;
  }
  // A dialogue: two speakers named at the heads of lines, one of them not the doctor.
  const other = [...labels].find((l) => l !== doctor);
  return labels.size >= 2 && other !== undefined ? `another speaker's turn in the answer: ${quote(other)}` : null;
}

/**
 * The page's answer opening with its own question run straight on into more words (`男性干咳挂什么科去社区医院看过，…`,
 * `总是尿频是什么病？去社区医院看过…`): the question's line and the asker's description read as one block, the answer's first
 * paragraph. A doctor restating the question goes on after a comma (`…是怎么回事，多数和…有关。`), and a question's title is
 * no answer's start.
 */
function questionRunsIntoAnswer(entry: ReadEntry): string | null {
  const q = entry.question.trim();
  const first = entry.answer_paragraphs[0]?.trim() ?? '';
  if (codePointCount(q) < 6 || !first.startsWith(q)) return null;
  const rest = first.slice(q.length).replace(/^\s+/u, '');
  return /^\p{Script=Han}/u.test(rest) ? `the question run into the answer's first line: ${quote(first)}` : null;
}

/**
 * The same paragraph twice, or a paragraph that is the start of a later one (a cut preview kept
 * beside the full text, the pieces of a text read once more). A doctor does not repeat a line.
 */
function repeatedParagraph(paragraphs: readonly string[]): string | null {
  if (paragraphs.length < 2) return null;
  const keys = paragraphs.map((p) => comparable(p).replace(/(?:…|\.{2,}|展开全文|展开)+$/u, ''));
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if ([...k].length < 6) continue;
    for (let j = 0; j < keys.length; j++) {
      if (i === j) continue;
      if (keys[j] === k && j > i) return `a paragraph twice: ${quote(paragraphs[i]!)}`;
      if (keys[j] !== k && keys[j]!.length > k.length && keys[j]!.startsWith(k)) return `a paragraph that starts another: ${quote(paragraphs[i]!)}`;
    }
  }
  return null;
}

/**
 * The entry's own question (or another question of the page) as a line of its answer: the reader
 * took a title line (`[2021-03-25]【语音】question`, an item's heading) into the text under it.
 */
function questionInAnswer(entry: ReadEntry, { questions }: PageFacts): string | null {
  if (questions.size === 0) return null;
  for (const p of entry.answer_paragraphs) {
    // A long paragraph is no title line; looked at before it is normalised (the cost is there).
    if (p.length > 200) continue;
    // A doctor may open with the question and answer it in the same sentence (…吃什么好，要看…。): that line ends a sentence.
    // Looked at before the line is normalised too: most lines of an answer end so.
    if (/[。！!；;]$/u.test(p.trim())) continue;
    // The question quoted back to the asker (关于您咨询的“…”) is the doctor's words, no title line (core/reply-opening.ts).
    const t = comparable(withoutQuotedBack(p));
    if (codePointCount(t) > 60) continue;
    for (const q of questions) if (t.includes(q)) return `a question of the page as a line of the answer: ${quote(p)}`;
  }
  return null;
}

/** CJK ideographs: a question of the genre is written in them. */
const HAN = /\p{Script=Han}/u;
/** A link's prompt or a control, not a question: 查看完整回答 ›, 更多>>, 展开. */
const PROMPT = /^(?:查看|点击|展开|收起|更多|阅读|进入|返回|下载)|[›»>]\s*$/u;

const SECTION_NAME = /(?:问答|问诊|推荐|详情|首页|频道|专题|专栏|资讯|文章|科普|百科|社区|论坛|平台|网|在线|咨询|答疑|解答)$/u;

function questionShape(entry: ReadEntry): string | null {
  const q = entry.question.trim();
  if (!HAN.test(q)) return `a question with no Chinese text: ${quote(q)}`;
  if (/^(?:https?:\/\/|www\.)/iu.test(q)) return `an address as the question: ${quote(q)}`;
  if (PROMPT.test(q)) return `a link's prompt as the question: ${quote(q)}`;
  // A site's or section's name (健康问答, 相关推荐, 问答详情) read for the question: short, and no question in it.
  // A bilingual site prints it with its English beside it (`Patient Q&A 患者问答`): the Chinese words are the name.
  const chinese = chineseHalf(q) ?? q;
  if ([...chinese].length <= 8 && !/[？?吗呢么]/u.test(q) && SECTION_NAME.test(chinese)) return `a site's or section's name as the question: ${quote(q)}`;
  // A field's label (服务类型, 问诊单详情) read for the page's question: short, no question in it (traditional script's 嗎, 麼
  // too), and none of its words in the answer. Not asked of a related item: its snippet, cut short, often names less than its question.
  if (entry.origin === 'page' && [...q].length <= 8 && !asksQuestion(q) && !/[嗎麼]/u.test(q) && !namedIn(q, entry.answer_paragraphs)) return `a label as the question, none of its words in the answer: ${quote(q)}`;
  // A column's name or a category before the question: 专家答疑｜…, 【健康问答】….
  // A topic's hashtag likewise: #问嘉宾# ….
  if (/^[^｜|？?]{2,12}[｜|]|^【[^】]{2,10}】|^[#＃][^#＃\s]{1,12}[#＃]/u.test(q)) return `a column's name before the question: ${quote(q)}`;
  const { name, hospital, department } = entry.doctor;
  if ((name && q === name) || (hospital && q === hospital) || (department && q === department)) return `a card value as the question: ${quote(q)}`;
  return null;
}

/**
 * Institution words a hospital's (or pharmacy's, clinic's, counselling studio's) name ends or is made with; a 中医 chain's
 * branch hall is its brand's 堂 and the hall's 馆 (`某某堂城西馆`; no museum's: BRANCH_HALL); a Japanese hospital's 病院, クリニック, センター;
 * a GP's 医务所 abroad; an association that runs its own clinics (a family-planning 指導會 / 家計會, a 红十字会); a veterans general hospital by its short name (`臺中榮總`).
 */
const INSTITUTION = new RegExp(
  `\\b(?:Hospital|Clinic|Clinics|Polyclinic|Medical Cent(?:re|er))\\b|医院|醫院|醫|藥|卫生院|卫生服务|卫生室|保健院|保健所|中心|诊所|診所|门诊|門診|医务室|医务所|醫務所|药房|药店|医药|制药|药业|药师团队|医学院|医科大学|大学|研究所|研究院|医馆|国医堂|集团|连锁|互联网医院|卫健|疾控|医疗|防治所|病院|クリニック|センター|心理\\p{Script=Han}{0,4}(?:工作室|公司|机构)|(?:协会|協會|学会|學會|基金会|基金會|指导会|指導會|计会|計會|红十字会|紅十字會)$|${BRANCH_HALL}$|院$|(?:荣总|榮總)$`,
  'u',
);
/** Words of a site's services and buttons, which no department's name holds (在线咨询服务, 预约挂号). */
const NO_DEPARTMENT = /服务|咨询|认证|在线|关注|预约|挂号|问诊|回复|好评/u;
/** Save as a unit's own name: a 科, 室 or 门诊 whose work is a service or counselling (献血服务科, 心理咨询科, 国际旅行健康咨询门诊), no site's button. */
const SERVICE_UNIT = /(?:服务|咨询)(?=(?:科|室|门诊)$)/u;
/**
 * Words that open a sentence or name a page's part (关于痔疮, 解读), read as the doctor's name because their first character is
 * also a surname (关, 解): no one is called so.
 */
const NOT_A_NAME = /^(?:关于|建议|解读|解答|回答|回复|答复|咨询|提问|总结|分析|治疗|检查|注意|如果|可以|需要|一般|可能|常见|具体|平时|日常|方法|原因)/u;
/** What only an institution's name holds, never a department's (a department may be a 中心: 体检中心, 生殖医学中心). */
const INSTITUTION_AS_DEPARTMENT = /医院|醫院|诊所|診所|卫生院|保健院|检验所|集团|公司/u;
const HOSPITAL_LABEL = /^(?:第[一二三]执业(?:医院|点|地点)|执业(?:医院|点|地点)|所在医院|就职医院|工作单位|所在单位)$|^(?:已转|转至|转办)/u;
function doctorShape(doctor: Doctor): string | null {
  const { name, title, department, hospital, hospital_grade: grade } = doctor;
  if (name !== null) {
    const n = name.replace(/\s+/gu, '');
    const first = [...n][0]!;
    // A character outside the basic plane (𠮷, of 𠮷红) is a rare surname's form the list cannot hold: not judged.
    // A Tibetan name has no surname: two or three parts of the names Tibetans give (genre-vocabulary.ts).
    const surname = SURNAMES_1.has(first) || SURNAMES_2.test(n) || n.includes('·') || first.codePointAt(0)! > 0xffff || isTibetanName(n);
    // A name printed only in English on a bilingual card (`Tan Wei Ming`): capitalised words, as `Dr` heads them.
    const romanized = /^[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,3}$/u.test(name.trim());
    // A Uyghur's or a foreigner's name, its parts apart by a dot (`阿依古丽·买合木提`): no surname to judge, and longer.
    const dotted = isTransliteratedName(n);
    const personal = (/^[\p{Script=Han}·•]{2,6}$/u.test(n) && surname) || dotted || romanized;
    if (!personal) return `a name that is no personal name: ${quote(name)}`;
    if (TITLE_WORD_RE.test(n.slice(1))) return `a name holding a title: ${quote(name)}`;
    if (NOT_A_NAME.test(n)) return `a sentence's or a heading's word as the name: ${quote(name)}`;
  }
  // A card's label (`第一执业医院`, `执业地点`) or a record's status (`已转南屏市儿童医院`) read as the hospital.
  if (hospital !== null && HOSPITAL_LABEL.test(hospital.trim())) return `a label or a status as the hospital: ${quote(hospital)}`;
  if (hospital !== null && !INSTITUTION.test(hospital) && !(isPharmacistTitle(title) && isChainStore(hospital))) return `a hospital with no institution word: ${quote(hospital)}`;
  // A department may be printed short, with no department word (内分泌, 心内, 儿): what is judged is a service's or a button's word in it.
  if (department !== null && NO_DEPARTMENT.test(department.replace(SERVICE_UNIT, ''))) return `a department holding a service's word: ${quote(department)}`;
  // An institution's name read as the department (`金瑞医学检验所`): the hospital's line taken for the department's.
  if (department !== null && INSTITUTION_AS_DEPARTMENT.test(department)) return `an institution's name as the department: ${quote(department)}`;
  if (department !== null && [...department].length > 16) return `a department too long for one: ${quote(department)}`;
  if (title !== null && !TITLE_WORD_RE.test(title)) return `a title outside the vocabulary: ${quote(title)}`;
  if (grade !== null && !GRADE_SHAPE_RE.test(grade.trim())) return `a grade outside the known grades: ${quote(grade)}`;
  return null;
}

/** Question-and-answer sites of the genre date from the late 1990s: an earlier date is misread. */
const EARLIEST_DATE = '1998-01-01';

function dateTooEarly(date: string | null): string | null {
  return date !== null && date < EARLIEST_DATE ? `a date before sites of the genre existed: ${date}` : null;
}

/** A related item whose question is the page's own: the page's title read as an item. */
function itemLikePage(entry: ReadEntry, facts: PageFacts): string | null {
  const { own } = facts;
  if (!own) return null;
  return questionOf(own, facts) === questionOf(entry, facts) ? `a related item with the page's own question: ${quote(entry.question)}` : null;
}

/**
 * Related snippets opened by a person's name and a colon (武涵：…, 罗宁：…): the list prints each
 * item's author before its text, and the reader kept the byline. One such line may be a doctor's
 * heading (周期：), so it takes half the list's snippets, at least two, opening so.
 */
function nameLabelsLine(entry: ReadEntry, facts: PageFacts): string | null {
  const { items, nameLabelled: labelled } = facts;
  if (entry.origin !== 'related' || nameLabel(entry, questionOf(entry, facts)) === null) return null;
  return labelled >= 2 && labelled * 2 >= items.length ? `a person's name labelling the snippet: ${quote(entry.answer_paragraphs[0] ?? '')}` : null;
}

/** The name opening the entry's snippet with a colon, unless its question (`question`: comparable) holds it or it is a lead word. */
function nameLabel(entry: ReadEntry, question: string): string | null {
  const m = /^([\p{Script=Han}]{2,3})\s*[:：]/u.exec(entry.answer_paragraphs[0]?.trim() ?? '');
  if (!m) return null;
  const label = m[1]!;
  if (question.includes(label) || LEAD_WORD.test(label)) return null;
  return SURNAMES_1.has(label[0]!) || SURNAMES_2.test(label) ? label : null;
}

/** Words that open a doctor's own lines with a colon (建议：, 注意：, 原因：) and happen to start with a surname's character. */
const LEAD_WORD = /^(?:建议|注意|原因|方法|治疗|检查|饮食|用药|总之|总结|分析|指导|提示|另外|其次|首先|最后|如果|平时|日常|生活|护理|预防|病情|诊断|处理|常见|可能|一般|主要|具体|临床|症状|意见|关于|结论|说明|补充|特别|重要|温馨|需要|应该|可以|不要|尽量|同时|还有|以上|如下|第[一二三四五六七八九十])/u;

/** The page's answer ending on a lead-in (…有以下几种情况：): what it leads to was not read. */
function answerEndsLeadIn(paragraphs: readonly string[]): string | null {
  const last = paragraphs.at(-1)?.trim() ?? '';
  return /[:：]$/u.test(last) ? `the answer ends on a lead-in: ${quote(last)}` : null;
}

/** Whether the paragraphs hold a word (two characters) of `question`; true where they are none, or it has none. */
function namedIn(question: string, paragraphs: readonly string[]): boolean {
  const words = hanBigrams(question);
  if (paragraphs.length === 0 || words.size === 0) return true;
  const text = paragraphs.join('');
  return [...words].some((w) => text.includes(w));
}

/** Two-character runs of Han text: what two texts on the same subject share. */
function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k]! + chars[k + 1]!);
  }
  return out;
}
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Whether any two-character run of Han text in `text` (as hanBigrams reads them) is one of `words`. */
function holdsBigramOf(text: string, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let k = 0; k + 1 < chars.length; k++) if (words.has(chars[k]! + chars[k + 1]!)) return true;
  }
  return false;
}


/**
 * A related list none of whose questions shares two characters with the page's question or
 * answer: a list of the site's (热门问答, another tab) read as the page's related list. Related
 * questions are about the page's subject; a few may stray, not all of three or more.
 */
function itemOffTopic(entry: ReadEntry, { listOffTopic }: PageFacts): string | null {
  return listOffTopic ? `a related list on another subject than the page's: ${quote(entry.question)}` : null;
}
