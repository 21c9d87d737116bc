import type { AnswerFormat } from '../../schema/entry.js';
import { digitDates } from './chinese-numeral-date.js';
import { englishMeta } from './english-meta.js';
import { withoutIconGlyphs } from '../tree/icon-glyph.js';
import { showsPrice } from '../words/product-card.js';

/**
 * Dates and answer-format labels in the forms Chinese sites print them: `2022-12-16 19:48`,
 * `2021/5/8`, `2021.05.08`, `2021年5月8日`, with labels (回答时间：, 发布于) or without; formats as
 * 语音解答, 图文回答, 视频, [语音], （图文）, 音频解答.
 */

/** The label of the day a page was served on (`今天：`, `今天是`, `Today:`), its weekday taken out before. */
const SERVED_DAY_RE = /(?:今天|今日|当前日期|Today)\s*(?:是)?\s*[:：]?\s*[，,]?\s*$/iu;
/** The Islamic calendar's name before a day in it (`（回历1444年10月16日）`): its year is no year of ours, the day beside restated. */
const ISLAMIC_CALENDAR_RE = /(?:回历|回曆|伊斯兰历|伊斯蘭曆|伊斯兰教历|伊斯蘭教曆|希吉来历|希吉來曆)\s*$/u;
/** The label of the day a reading was taken (`记录于`, `测量时间：`, a device's `同步于`): it dates the reading, not the answer. */
const RECORDED_DAY_RE = /(?:记录|测量|监测|采集|同步)(?:于|时间|日期)\s*[:：]?\s*$/u;
/**
 * The label of the day a prescription was written (`开具时间：`, `开方日期`, `处方日期：`): it dates the prescription, a record
 * of its own, not the answer, as a reading's day does not (the doctor may write it that day or a later one).
 */
const PRESCRIBED_DAY_RE = /(?:(?:开具|开方|处方|审方)(?:于|时间|日期)|处方开具(?:于|时间|日期))\s*[:：]?\s*$/u;
/** The label of the day a machine wrote a text (an AI answer's `生成于`, `AI生成时间：`): no one answered on it, a doctor's review is dated apart. */
const GENERATED_DAY_RE = /(?:AI|ＡＩ)?\s*生成(?:于|时间|日期)\s*[:：]?\s*$/u;

/** A day, never a version's number (`客户端 v2020.04.05`). */
export const DATE_RE = /(?<![vV])(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;
/** A date with the time of day and zone that may follow it (14:22, 14时22分). */
const DATE_TIME_RE = /(?<![vV])(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(?:上午|下午|中午|晚上|凌晨|早上|傍晚)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?|\s*\d{1,2}\s*[时點点]\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?/gu;
const FORMAT_SUFFIX = '(?:解答|回答|回复|咨询|问诊|答疑|问答|节目)';
/**
 * `文字` printed alone as a chip beside the reply's day (`回复时间：2020.01.11 10:29　文字`), as `图文` is: the answer written. A
 * word of its own (no Han character against it, no label's colon, not `文字版` / `文字：王芳`), read only in a line of page meta.
 */
const BARE_TEXT_WORD = '(?<![\\p{Script=Han}])文字(?![\\p{Script=Han}:：/／])';
const FORMAT_WORDS: Array<[RegExp, AnswerFormat]> = [
  [new RegExp(`(?:语音|音频)${FORMAT_SUFFIX}?|电话${FORMAT_SUFFIX}`, 'u'), 'voice'],
  [new RegExp(`(?:视频|影片)${FORMAT_SUFFIX}?`, 'u'), 'video'],
  [new RegExp(`图文${FORMAT_SUFFIX}?|文字${FORMAT_SUFFIX}|${BARE_TEXT_WORD}`, 'u'), 'text'],
];
const FORMAT_WORD_RE = new RegExp(`(?:语音|音频|视频|图文|影片)${FORMAT_SUFFIX}?|(?:文字|电话)${FORMAT_SUFFIX}|${BARE_TEXT_WORD}`, 'gu');
/** A format label as sites print one: 语音解答, 图文回答 (a bare 语音 counts only in a line of page meta). */
const FULL_FORMAT_LABEL_RE = new RegExp(`(?:语音|音频|视频|图文|文字|电话|影片)${FORMAT_SUFFIX}|[[【（(](?:语音|音频|视频|图文)[\\]】）)]`, 'u');
/**
 * What else a line of page meta holds: labels of its dates, counters of views and likes (a count of likes before its word, `63 赞`, and of comments as a news app prints them, `108评`; a video's plays, views and 弹幕: `3.4万播放 · 512弹幕`, `1.3万次观看`),
 * an article's byline and its readers (`发表者：王芳 · 2310人已读`, a CMS account's `作者：admin`, a paper's reporter `作者：记者 王芳`, `报道：王芳`), the count of doctors who answered a listed question (`3位医生回答`),
 * a post's badges (精华, 置顶) and a consultation's state (已回复, 待回复), its readers' thanks (有帮助(20)), a day without its year (`08月08日`: no date to read, as `07-18` is none), a video site's id of the article or video (`cv126125`, `av170001`, `BV1xx411c7mD`), a count in tens of thousands written `66.1w阅读`, the onlookers a paid answer drew (`5.5万人围观`, 微博问答's), a time ago in words (`半年前`, `三个月前`), a report reading's day under its label (`解读时间：昨天 14:22`), a video's notice against reposting beside its day (`未经作者授权，禁止转载`), the question's number on a board's head line (`问题编号：28953　日期：…`, an old ASP site's).
 * An episode's or clip's length beside its day in a list (`40分钟 · 04/15`, as a podcast app prints its episodes) is meta too.
 */
const META_WORDS_RE =
  /(?:问题|提问|咨询|留言|帖子|文章)(?:编号|序号|ID)\s*[:：]?\s*[A-Za-z]{0,3}\d{1,12}(?!\d)|(?:发表者|发布者)\s*[:：]?\s*\p{Script=Han}{2,4}(?=\s|$)|(?<![A-Za-z\d])(?:cv|av)\d{4,12}(?![A-Za-z\d])|(?<![A-Za-z\d])BV1[0-9A-Za-z]{9}(?![A-Za-z\d])|\d[\d.]*\s*[万亿]?\s*(?:播放|弹幕)[量数]?|(?:播放|弹幕|收听)[量数]?\s*[:：]?\s*\d[\d.]*\s*[万亿]?|(?:(?:医生|专家|大夫|医师)?(?:回答|解答|回复|解读|答疑)|发布|发表|更新|编辑|提问|咨询|提出)?(?:时间|日期|于)|发布|发表|更新|(?:首次|最后)(?:回答|解答|回复|更新)|(?:审核|复核)于|回答类型|解答类型|(?:服务|问诊|咨询)类型|类型|(?:回答|解答|回复)?形式|(?:回答|解答|回复)方式|(?:浏览|阅读|点击|访问|观看)(?:量|次数)?|点赞|(?<=\d\s{0,2})赞(?!同)|(?<=\d\s{0,2})评(?![论价分审级])|收藏|评论|回复|有用|没用|无用|有帮助|没帮助|无帮助|赞同|人看过|人已看|人阅读|人已读|人已阅|人读过|人浏览|人已浏览|人听过|人收听|人偷听|人已听|人围观|人已围观|次播放|人(?:觉得|认为)(?:有用|有帮助)|人已获帮助|人获得帮助|已帮助|帮助过|人次|热度|精华|置顶|加精|(?:已|未|待)(?:回复|回答|解答|答复|解决)|已采纳|[个条]回答|个答案|人回答|(?<=\d\s{0,2})[位名]\s*(?:医生|专家|大夫|医师)?\s*(?:回答|解答|回复)|条评论|条回复|(?<=\d)[wWkK](?=\s*(?:阅读|浏览|播放|观看|人|次|赞|点赞|评论|收藏))|半个?(?:年|月|小时)前|[一两二三四五六七八九十]{1,3}个?(?:年|月|周|星期|天|小时|分钟)前|(?:周|星期)前|去年|上周|上个?月|次|万|(?<=\d\s{0,2})分钟(?!前)|天前|小时前|分钟前|秒前|个月前|月前|年前|刚刚|昨天|前天|今天|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日|(?:内容|文章|本文)?(?:来源|出处)\s*[:：]\s*(?:(?!(?:发布|发表|更新)?(?:时间|日期)\s*[:：])[^\s|｜]){0,16}|(?:本文|内容|文章)(?:来自|来源于|转载自)\s*[^\s|｜，,。]{2,16}(?=\s|$)|(?:本期|首次)?(?:播出|首播)(?:时间|日期)?|(?:分类|栏目)\s*[:：]\s*[^\s|｜]{1,12}|未经(?:作者)?(?:本人)?授权\s*[，,]?\s*禁止转载|作者\s*[:：]?\s*(?:(?:本报|特约|实习)?(?:记者|通讯员|实习生)\s*)?\p{Script=Han}{2,4}(?=\s|$)|(?:报道|報道|采写|撰文)\s*[:：]\s*\p{Script=Han}{2,4}(?=\s|$)|(?:作者|编辑|发布者)\s*[:：]\s*[A-Za-z][A-Za-z0-9_]{1,15}|[▶►▷⏵▸»«›‹▪◆◇■□●○♡♥❤👍💬👁☆★\d\s.,:：;；|｜/·•\-—_()（）[\]【】<>《》"'“”‘’、，。]/gu;
/** META_WORDS_RE's words where a text begins: what a line of page meta opens with (see readLine's `metaOnly`). */
const META_WORD_AT_START_RE = new RegExp(`^(?:${META_WORDS_RE.source})`, 'u');
/**
 * A day's other names printed beside it: its weekday (星期六, 周六, 礼拜六) and its day in the Chinese
 * calendar (农历三月十七, 农历癸卯年三月十七, 正月廿五, 闰二月初一), which only restate the day the date gives.
 */
// A Taiwanese day's weekday in brackets right after it (`112/05/06(六)`) is one of them.
// A Vietnamese weekday (`Thứ Bảy, 06/05/2023`, as Vietnam's Chinese press prints the day) is one too; so is the day in the
// Islamic calendar (`（回历1444年10月16日）`, as Brunei's and Malaysia's Chinese papers print it beside the day).
const DAY_NAMES_RE =
  /[（(]?(?:回历|回曆|伊斯兰历|伊斯蘭曆|伊斯兰教历|伊斯蘭教曆|希吉来历|希吉來曆)\s*\d{3,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?|(?:星期|礼拜|周)[一二三四五六日天]|(?<![\p{L}])(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật)(?![\p{L}])|(?<=\d日?\s*)[(（](?:星期|礼拜|周|週)?[一二三四五六日天][)）]|农历(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?(?:闰?(?:正|腊|冬|[一二三四五六七八九十]|十[一二])月)?(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)?|(?:闰?(?:正|腊|冬|[一二三四五六七八九十]|十[一二])月)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)/gu;
/** An issue's number (`第361期`, a column's or periodical's issue beside its day or format): the issue's, meta as its day is. */
const ISSUE_NUMBER_RE = /第\s*\d{1,5}\s*期/gu;
/** A blog's byline after the post's day (`May 6, 2023 by 诗华日报`, WordPress's `posted on … by …`): its author, meta as the day is. */
const POSTED_BY_RE = /(?:^|\s+)(?:by|By|BY)\s+[^\s，,。；;！!？?]{1,24}$/u;
/**
 * A paper's stamp: its own name before its reporter and 通讯员 beside the day (`江南日报·客户端记者 王芳 通讯员 李明  2022-10-15 18:16`):
 * the byline of a dated line, meta. Without a day on the line such a credit is left to the answer's edge rules (a lede may follow it).
 */
// Its label too (`采写：南都记者 王芳`, `文／本报记者 王芳`): who wrote the piece up, the credit's word.
const NEWSROOM_CREDITS_RE = /(?<![^\s|｜])(?:(?:采写|採寫|撰文|图文|圖文|文)\s*[:：/／]\s*)?[\p{Script=Han}·・]{0,12}?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*\p{Script=Han}{2,4}(?=\s|$)/gu;
/**
 * A paper's own name standing alone on its stamp beside the day and its reporter's credit (`南江都市报 2022-05-31 22:42　采写：…记者 王芳`,
 * `2023-05-06 某某晚报 记者 王芳`): its masthead over the web copy, meta as the day is (a paper names itself on its stamp as a site its column).
 */
const PAPER_NAME_RE = /(?<![^\s|｜·•])\p{Script=Han}{1,8}?(?:日报|晚报|早报|晨报|都市报|商报|时报|快报|周报|日報|晚報|早報|晨報|都市報|商報|時報|快報|週報)(?=[\s|｜·•]|$)/gu;
/**
 * A paper's stamp opening with the outlet's name, one word, the day right after it and its reporter after the day
 * (`江南网-掌上客户端 2022-10-15 18:16　记者 王芳`): the outlet's name is the stamp's, meta as its credit is. Only on a line
 * whose reporter's credit is read (NEWSROOM_CREDITS_RE): a word before a day alone may be anything (a speaker, a place).
 */
const OUTLET_BEFORE_DAY_RE = /^\s*[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·・\-－]{1,15}\s+\d/u;
const OUTLET_AT_START_RE = /^\s*[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·・\-－]{1,15}(?=\s)/u;
/** A byline before the day, parted from it by a bar (`By Jane Doe | May 6, 2023`, a portal's English byline): its author, meta as the day is. */
const BY_BEFORE_DAY_RE = /^\s*(?:by|By|BY)\s+[^|｜·•，,。；;！!？?]{1,30}?\s*[|｜·•]\s*/u;
/**
 * A periodical's issue named with its month, as a foundation's newsletter prints where an article first ran (`好心肝會刊第82期（111年6月）`,
 * `健康月刊第12期（2023年3月）`): the issue's, meta beside the day (a month alone dates nothing).
 */
const PERIODICAL_ISSUE_RE = /[\p{Script=Han}A-Za-z0-9]{0,12}(?:会刊|會刊|月刊|季刊|双月刊|雙月刊|周刊|週刊|期刊|通讯|通訊|杂志|雜誌|院刊)\s*第\s*\d{1,5}\s*期(?:\s*[（(]\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*[）)])?/gu;
/**
 * The print issue's page beside a web copy's day (`頭條日報 P.44 健康`, `某某晚报 第A14版 健康`): the paper, its page and the
 * page's section, meta as the day is, where the line holds one.
 */
const PRINT_PAGE_RE = /\p{Script=Han}{2,8}?(?:日报|晚报|早报|日報|晚報|早報)\s*(?:P\.?\s*[A-Z]?\d{1,3}|第\s*[A-Z]?\d{1,3}\s*版)(?:\s*[:：]?\s*\p{Script=Han}{2,4}(?=\s|$))?/gu;
/**
 * A time's zone printed beside it (`（北京时间）`, `UTC+8`, `GMT+08:00`; abroad `美东时间` / `美東時間`, `当地时间`, `EDT`, `PST`, `AEST`, `BST`, a paper's `ET`): where the
 * time is read, meta as the time is. So is an English weekday before the day (`Friday, 19 Aug 2022`, `Sat May 06, 2023`).
 */
const TIME_ZONE_RE =
  /(?:北京|美[东東西中]|美國?[東西中]部|美国?[东西中]部|[东東西中]部|太平洋|山地|香港|台北|臺北|澳门|澳門|新加坡|当地|當地)(?:标准|標準|夏令)?(?:时间|時間)|东八区|東八區|(?<![A-Za-z])(?:(?:UTC|GMT)(?:\s*[+＋\-−]\s*\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T|AK[SD]T|HST|A[ECW][SD]T|NZ[SD]T|BST|CES?T|WES?T|EES?T|HKT|SGT|ET|PT)(?![A-Za-z])|(?<![A-Za-z])(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\b\.?,?/gu;
/** A date with the word that says what it dates after it (`2019.01.25 回答`, `2022-04-17 16:52 · 医生回复`): meta, the word with it. */
const DATED_AS_RE = new RegExp(`${DATE_TIME_RE.source}(?:\\s*[·•|｜]?\\s*(?:(?:医生|专家|大夫|医师)\\s*)?(?:回答|解答|回复|答复|提问)(?![\\p{Script=Han}]))?`, 'gu');
/**
 * A year-last day the page leaves unread, its order of day and month not shown (`04/01/2019 医生解答`, year-last-date.ts): no
 * day is read from it, yet the line is a post's meta as a read day's is, none of the answer's text.
 */
const UNREAD_DATED_AS_RE = /(?<![\d/.\-:])\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d{2}(?!\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[·•|｜]?\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:回答|解答|回复|答复|提问)(?![\p{Script=Han}]))?/gu;
/**
 * A month and day with no year and the word that says what they date after them (`05-06 回答`, `5月6日 14:22 回答`, an app's stamp
 * of this year's answer): meta, the word with it, though no day is read from it (the year is not printed).
 */
const YEARLESS_DATED_AS_RE =
  /(?<![\d/.\-:])(?:0?[1-9]|1[0-2])(?:-|\/|\s*月\s*)(?:0?[1-9]|[12]\d|3[01])日?(?:\s+\d{1,2}:\d{2})?\s*[·•|｜]?\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:回答|解答|回复|答复|提问)(?![\p{Script=Han}\d])/gu;
/**
 * A year and month with no day and the word that says what they date after them (`2023年12月 回答`, `2023-12 医生回复`, a site
 * stamping answers by the month): meta, the word with it, though no day is read from it (none is printed).
 */
const MONTH_DATED_AS_RE =
  /(?<![\d/.\-:])(?:19|20)\d{2}(?:\s*年\s*|[-/.])(?:0?[1-9]|1[0-2])(?:\s*月)?(?![\d/.\-])\s*[·•|｜]?\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:回答|解答|回复|答复|提问)(?![\p{Script=Han}\d])/gu;
/**
 * A relative stamp with the word that says what it dates after it (`昨天 18:12 回答`, `3小时前 · 医生回复`):
 * meta, the word with it, as after a date (the stamp names no day: relative-date.ts).
 */
const RELATIVE_DATED_AS_RE =
  /(?:\d+\s*(?:秒|分钟|分|小时|个?钟头|天|周|星期|个月|月|年)前|半(?:小时|个月|年)前|刚刚|今天|昨天|前天)(?:\s*\d{1,2}[:：]\d{2})?\s*[·•|｜]?\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:回答|解答|回复|答复|提问)(?![\p{Script=Han}])/gu;
/**
 * What labels a date before it as the day asked or answered; a lone 问 / 答 too (`问：2023-02-01 答：2023-02-03`). A booked
 * consultation's 预约时间 is the asking side's, as an order's 下单时间 / 支付时间 (the consultation bought before it is
 * asked) and a record's 问诊时间 or 发起时间 (when the consultation opened, before the doctor signed); the doctor's 小结时间 (a phone consultation's summary) the answer's; a programme's 播出时间 (its guest answered on air) too.
 * A day the text was 刊登 / 刊出 (printed, posted) is its publishing day as 发布 is: a repost's credit `原文刊登于2023/05/06`
 * dates the answer over the repost's own unlabelled day at its head.
 */
const ASKED_RE = /(?:提问|发问|问于|咨询时间|问诊时间|发起|提出|问题时间|来信|來信|预约|下单|支付|付款|订单)[^\d]{0,6}$|(?<!\p{Script=Han})问\s*[:：]?\s*$/u;
// (Not an advert's 刊登, the day it was placed: `广告刊登 2023-01-01 起`, review pages.)
const ANSWERED_RE = /(?:回答|解答|回复|答复|答疑|发布|发表|(?<!广告|廣告|招聘|徵才|征才)(?:刊登|刊出)|更新|答于|编辑于|小结|总结|播出|首播)[^\d]{0,6}$|(?<!\p{Script=Han})答\s*[:：]?\s*$/u;
/** A label after a date, not the label of the next date (`2021-05-01 回答时间：2021-05-08`). */
const ASKED_AFTER_RE = /^\s*(?:提问|提出|发问|咨询)(?![^\d]{0,5}\d)/u;
const ANSWERED_AFTER_RE = /^\s*(?:回答|解答|回复|答复)(?![^\d]{0,5}\d)/u;
/** The label of a date after it, the line's last (`… 2023-02-03 回答`). */
const TRAILING_LABEL_RE = /^\s*[·•|｜]?\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:提问|提出|发问|咨询|回答|解答|回复|答复)\s*$/u;
const ASKED_AFTER_LABEL_RE = /^\s*(?:提问|提出|发问|咨询)/u;
const ANSWERED_AFTER_LABEL_RE = /^\s*(?:(?:医生|专家|大夫|医师)\s*)?(?:回答|解答|回复|答复)/u;
/** A short label before a date naming what it dates (`提问：`, `回答 `, `问于 `, `答于 `): meta, as the date is. */
/**
 * A category field beside a day (`日期：2023-03-12 ｜ 分类：皮肤护理`, a bilingual byline's `Category: Skin Care 皮肤护理`): its value
 * runs to the next bar or the line's end, its words spaced apart as an English one is; meta, as the day beside it is. Only where the
 * line holds a day, and a value with no sentence's mark (a sentence after a 分类 is text).
 */
const CATEGORY_FIELD_RE = /(?:分类|栏目)\s*[:：]\s*[^|｜，,。；;！!？?]{1,30}?\s*(?=[|｜]|$)/gu;
const DATE_LABEL_RE = /(?<!\p{Script=Han})(?:提问|回答|解答|回复|答复|问|答)(?:时间|日期)?于?\s*[:：]?\s*(?=\d{4}\s*[-/.年])/gu;
/**
 * When the page was updated or reviewed (`更新于`, `最后更新：`, `审核于`, `… 更新`, `本回答已于 … 更新`, a wiki's
 * `最后编辑于`), or its answer revised (`修改于：`, `（本回复已于 … 修改）`), not when the doctor answered: it dates the answer only where nothing else does. A post's own
 * `编辑于` (shown in place of 发布于 once it was edited) dates it as published.
 */
const UPDATED_RE = /(?:更新|修订|审核|(?:最后|最近)(?:一次)?(?:编辑|修改)|(?:修改|更改|改动|修正|更正)(?:于|时间|日期))[^\d]{0,6}$/u;
// A revision note round its day (`（本回复已于 2023-03-18 修改）`, `本回答已于 … 更新`): the answer revised then, not given
// then, though a `回复` stands before the day. (Not a bare `编辑`: `2023-05-06 编辑：李四` is a byline after the day.)
const UPDATED_AFTER_RE = /^\s*(?:更新|修订|审核|修改|更改|改动|修正|更正)(?![^\d]{0,5}\d)/u;
const PUBLISHED_LABEL_RE = /(?:发布|发表)于?\s*[:：]?\s*$/u;
const EDITED_LABEL_RE = /编辑于?\s*[:：]?\s*$/u;
/**
 * A programme's notice of the day this episode aired, in a sentence round its day (`本期节目于2023-05-06播出`, `本集已于2023年5月6日
 * 在东方卫视首播`): the broadcast's day, the answer's (its guest answered on air), as a `播出时间：` label's is; the notice is meta.
 * Only this episode's (本期, 本集, 本节目): a sentence about another's (`下期节目将于…播出`) names a day no one has answered on yet.
 */
const AIRED_NOTICE_BEFORE_RE = /(?:本期|该期|本集|该集|此期|本)(?:节目|節目)?(?:已经?)?于\s*$/u;
const AIRED_NOTICE_AFTER_RE = /^\s*(?:(?:在|于)\p{Script=Han}{2,6}?)?(?:首播|播出|播放)/u;
/**
 * The notice's clause after it saying when the programme re-airs (`，重播时间为周日上午`, `，每周日上午10点重播`, `，次日上午重播`):
 * a re-airing is the same answer shown again, the notice as a whole meta.
 */
const AIRED_AGAIN_CLAUSE = '[，,；;]\\s*[^。！？!?，,；;]{0,20}?(?:重播|复播|重播时间)[^。！？!?，,；;]{0,20}';
const AIRED_NOTICE_RE = new RegExp(`(?:本期|该期|本集|该集|此期|本)(?:节目|節目)?(?:已经?)?于\\s*${DATE_TIME_RE.source}\\s*(?:(?:在|于)\\p{Script=Han}{2,6}?)?(?:首播|播出|播放)(?:${AIRED_AGAIN_CLAUSE})?[。.]?`, 'gu');
/** An issue's number before its day (`第135期 · `): the day the issue went out. */
const ISSUED_RE = /第\s*\d+\s*期[^\d]{0,6}$/u;

/**
 * A date of the ROC calendar (Taiwan), read only where it cannot be anything else: after 民國
 * (`民國112年5月6日`), or a three-digit year from 100 on before slashes or dashes (`112/05/06`,
 * `112-05-06 14:22`, a date slot's forms) or before a whole 年月日 (`112年05月06日`: no western year has three digits);
 * its year plus 1911 is the western one. A two-digit `99/05/06` is left unread.
 */
const ROC_DATE_RE =
  /民[國国]\s*(\d{1,3})\s*(?:年|(?=([./-])\d{1,2}\2\d{1,2}(?![\d./-])))|(?<![A-Za-z\d/.\-])(1\d{2})(?:(?=([/-])\d{1,2}\4\d{1,2}(?![\d/\-]))|(?=\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]))/gu;

/**
 * A date with its year in two digits (`22-12-16`, `22/12/16`, `22.12.16`, `22年12月16日`), the
 * separators alike, nothing numeric on either side (a version, a dose range, a time).
 */
const SHORT_YEAR_DATE_RE = /(?<![\dA-Za-z/.\-])(\d{2})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d/.\-]|\s*[A-Za-z%])/gu;

/**
 * The text with its two-digit years in full (`22-12-16` → `2022-12-16`), read as this century's
 * up to this year; a later one (`99/05/06`) could be 1999 or ROC 99 (2010) and is left unread.
 * No page of the genre is older than 2000, nor any ROC year under 100 this young.
 */
function fullYears(text: string): string {
  return text.replace(SHORT_YEAR_DATE_RE, (m, yy: string, sep: string | undefined, mo1?: string, d1?: string, mo2?: string, d2?: string) => {
    const year = 2000 + Number(yy);
    if (year > THIS_YEAR) return m;
    return isoDate(String(year), (mo1 ?? mo2)!, (d1 ?? d2)!) === null ? m : `${year}${m.slice(2)}`;
  });
}

/** A Japanese era's year (`令和5年`, `令和元年`, `平成30年`) before its month, as a paper in Japan prints a day: the era's first year and the western year's offset. */
const JAPANESE_ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const ERA_YEAR_RE = /(令和|平成|昭和)(元|\d{1,2})年(?=\s*\d{1,2}\s*月)/gu;
/** The era's year bracketed after the western one (`2023年（令和5年）5月6日`): the same year again. */
const ERA_AFTER_YEAR_RE = /(?<=\d{4}年)\s*[（(](?:令和|平成|昭和)(?:元|\d{1,2})年[）)]\s*(?=\d{1,2}\s*月)/gu;
/** The text with its Japanese era years western (`令和5年5月6日` → `2023年5月6日`). */
export function japaneseEraYears(text: string): string {
  return text.replace(ERA_AFTER_YEAR_RE, '').replace(ERA_YEAR_RE, (_, era: string, year: string) => `${JAPANESE_ERAS[era]! + (year === '元' ? 1 : Number(year))}年`);
}

/**
 * The text with its years in full and western: ROC dates' years as western ones (`民國112年` → `2023年`,
 * `112/05/06` → `2023/05/06`) and two-digit years in full (`22-12-16` → `2022-12-16`).
 */
export function westernYears(printed: string): string {
  // A date in Chinese numerals (二〇二二年十二月十六日) is read in digits first (chinese-numeral-date.ts).
  const digits = fullYears(digitDates(printed.includes('和') || printed.includes('成') ? japaneseEraYears(printed) : printed));
  const text = digits.includes('.') ? digits.replace(LABELLED_ROC_DOTTED_RE, (m, year: string) => (Number(year) + 1911 <= THIS_YEAR ? String(Number(year) + 1911) : m)) : digits;
  if (!/民[國国]|(?:^|[^\d])1\d{2}\s*[/\-年]/u.test(text)) return text;
  return text.replace(ROC_DATE_RE, (m, afterEra: string | undefined, _sep: string | undefined, slashed: string | undefined) => {
    // After 民國 the year is the era's, however the day goes on (`民國112年5月6日`, `民國112.05.06`).
    if (afterEra !== undefined) return `${Number(afterEra) + 1911}${m.endsWith('年') ? '年' : ''}`;
    // A year yet to come is no ROC date but some other count with slashes (`120/8/9`): left unread.
    const year = Number(slashed) + 1911;
    return year <= THIS_YEAR ? String(year) : m;
  });
}

/**
 * A day of the ROC calendar written with dots right after a date's label (`日期：112.03.08`, `回覆日期 112.05.06`): a label names a
 * day, and no western year has three digits, so the dotted three-digit year is the ROC's wherever the page is (a version or a
 * measure is never labelled a date). Unlabelled, it is read only on a page of Taiwan (findTaiwanDate).
 */
const LABELLED_ROC_DOTTED_RE = /(?<=(?:日期|时间|時間)\s*[:：]?\s*)(1\d{2})(?=\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?![\d.]))/gu;
/**
 * A day of the ROC calendar written with dots (`112.05.06`, a Taiwanese hospital's date slot). Dots part versions and measures
 * too, so a three-digit year before dots is read so only on a page the caller knows is of Taiwan (declared-region.ts's
 * `pageRegion`); after 民國 it is read anywhere (westernYears), a bare one elsewhere never.
 */
const ROC_DOTTED_RE = /(?<![\d.])(1\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])/u;
export function findTaiwanDate(raw: string): string | null {
  const found = findDate(raw);
  const m = found === null ? raw.match(ROC_DOTTED_RE) : null;
  if (!m || Number(m[1]) + 1911 > THIS_YEAR) return found;
  return isoDate(String(Number(m[1]) + 1911), m[2]!, m[3]!);
}

/** The year this process started in: no page was answered after it. */
const THIS_YEAR = new Date().getUTCFullYear();

/** `2021-5-8`, `2021/05/08`, `2021年5月8日` → `2021-05-08`; null when the text holds no valid date. */
export function findDate(raw: string): string | null {
  const text = westernYears(raw);
  const m = text.match(DATE_RE);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

/** An instant with its zone (`2019-07-23T23:53:00Z`, `…+08:00`): a moment, which is one day or the next depending on where it is read. */
const ZONED_INSTANT_RE = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$/u;
const HOUR_MS = 3_600_000;

/**
 * Whether a machine-readable date (`<time datetime>`, JSON-LD) names the day printed: the same day, or,
 * for an instant given with its zone, the day it was somewhere (UTC−12 to UTC+14). A page prints
 * its readers' local day, its markup often the UTC instant: `2019-07-23T23:53:00Z` is the 24th in
 * Kuala Lumpur.
 */
export function namesDay(machine: string, day: string): boolean {
  if (findDate(machine) === day) return true;
  if (!ZONED_INSTANT_RE.test(machine)) return false;
  const at = Date.parse(machine.trim());
  if (Number.isNaN(at)) return false;
  for (let offset = -12; offset <= 14; offset++) if (new Date(at + offset * HOUR_MS).toISOString().slice(0, 10) === day) return true;
  return false;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date as YYYY-MM-DD, or null when there is no such day (2021-02-29, 2021-13-01). */
export function isoDate(y: string, mo: string, d: string): string | null {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1]!)) return null;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function formatFromLabel(text: string): AnswerFormat {
  for (const [re, format] of FORMAT_WORDS) if (re.test(text)) return format;
  return 'unknown';
}

/** `issued`: a periodical issue's day (`第135期 · 2020年6月27日`), the day it went out, not the day its Q&As were answered. */
export type DateKind = 'answered' | 'asked' | 'updated' | 'issued' | 'plain';

export interface MetaLine {
  dates: Array<{ iso: string; kind: DateKind }>;
  format: AnswerFormat;
  /** Nothing but dates, format labels, their labels and counters: a line of page meta, not text. */
  metaOnly: boolean;
}

/** What a line says about dates and the answer's format. */
const NOT_META: MetaLine = Object.freeze({ dates: [], format: 'unknown', metaOnly: false }) as MetaLine;

/**
 * The page's lines read so far, by their text: the genre reader reads a line as it sorts the page's
 * lines, again for its meta and its items' snippets (35 readings of 20 short lines on a 康问 page).
 * Each caller gets its own copy (callers set a format they find elsewhere). Forgotten at each page
 * (extract-page.ts), so that what a page reads owes nothing to the pages before it; bounded besides.
 */
const READ_LINES = new Map<string, MetaLine>();
const READ_LINES_MAX = 512;
export const forgetReadLines = (): void => READ_LINES.clear();
const copyOf = (meta: MetaLine): MetaLine => ({ dates: meta.dates.map((d) => ({ ...d })), format: meta.format, metaOnly: meta.metaOnly });

/** A line dating the asking alone (`提问时间：2023-05-06`, `来信日期：111-06-17`), or the label of that day alone, its day on the next line (`来信日期：`). */
export function datesAsking(text: string): boolean {
  const { dates } = readMetaLine(text);
  if (dates.length > 0) return dates.every((d) => d.kind === 'asked');
  const label = text.trim();
  return label.length <= 10 && /[:：]$/u.test(label) && ASKED_RE.test(label);
}

/**
 * The day in Khmer words and digits beside the Chinese one (a Cambodian Chinese daily's `2023年05月06日 星期六 ថ្ងៃសៅរ៍ ទី៦ ខែឧសភា
 * ឆ្នាំ២០២៣`): a run of Khmer script holding a Khmer digit, the day's other name, read as no part of the line. (Alone, on a
 * masthead, it dates nothing: no day is read from it.)
 */
const KHMER_DAY_RE = /(?=[\p{Script=Khmer}\s]*[\u17e0-\u17e9])\p{Script=Khmer}+(?:\s+\p{Script=Khmer}+)*/gu;
const KHMER_DIGIT_RE = /[\u17e0-\u17e9]/u;

/**
 * A BBS post's header on its own page (文学城-kind: `送交者: id[品衔R2☆] 于 07/15/2022 09:40:44 已读 1499 次 大字阅读 繁體`): who posted it
 * and its day, the post's; and the line naming the post it answers (`回答: {subject} 由 {id} 于 {day}`): that post's, the asker's.
 * Read as the stamps they are (`发表于 {day}`, `提问于`), whatever their ids, ranks and links.
 */
const BBS_POSTED_RE = /^送交者\s*[:：]\s*\S{1,40}?\s*于\s*(\d[\d/.-]{5,9}\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:已读\s*\d+\s*次)?[^\d]{0,16}$/u;
const BBS_ANSWERS_RE = /^(?:回答\s*[:：]\s*)?.{1,60}?\s由\s*\S{1,20}\s*于\s*(\d[\d/.-]{5,9}\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/u;
const ANSWER_OWN_STAMP_RE = /^(?:回答|回复|回覆|答复|答覆|解答|最佳答案|医生回复|醫生回覆|医生回答|醫生回答)\s+由\s/u;
/** Whether a line is a BBS post's stamp (`送交者: id 于 day 已读 N 次`). */
export const isBbsPostStamp = (line: string) => BBS_POSTED_RE.test(line.trim());
function bbsStamp(line: string): string | null {
  const text = line.trim();
  // (The line naming the post answered may come without its `回答:`, read apart as the answer's label.)
  if (!text.startsWith('送交者') && !text.includes(' 由 ')) return null;
  const posted = text.match(BBS_POSTED_RE);
  if (posted) {
    // (A day that reads two ways stays as printed: the line is the post's stamp all the same, its day unread.)
    return `发表于 ${oneWayDay(posted[1]!) ?? posted[1]!}`;
  }
  // (An answer's own stamp, `回答 由 {doctor} 于 {day}`, `最佳答案 由 …`, names no post answered: the answer's day, read as before.)
  if (ANSWER_OWN_STAMP_RE.test(text)) return null;
  const answers = text.match(BBS_ANSWERS_RE);
  // (Its day left out: the asker's, it dates nothing of the answer, not even where the post's own day reads two ways.)
  return answers ? '提问于' : null;
}

/**
 * A portal article's stamp (Discuz! Portal-kind: `2023-5-6 14:22| 发布者: {id}| 查看: 1234| 评论: 3|来自: {source}`): its day and
 * bar-parted fields of who posted it, its counts and its source, however long its ids: read as its day alone, the line meta.
 */
const PORTAL_STAMP_RE = /^(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*[|｜]\s*(?:发布者|发布人|作者|查看|浏览|阅读|评论|来自|来源|原作者)\s*[:：]\s*[^|｜]{1,30}?){2,}\s*$/u;
const portalStamp = (line: string) => line.trim().match(PORTAL_STAMP_RE)?.[1] ?? null;

/**
 * A post's day as its stamp prints it, a year-last one (`10/29/2022`) read where it reads one way (a part over 12, or both one
 * number); null where it reads two (`05/11/2021`): the page's order is year-last-date.ts's to tell, the reader's to doubt.
 */
function oneWayDay(printed: string): string | null {
  const m = printed.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(.*)$/u);
  if (!m) return printed;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const [day, month] = first > 12 ? [first, second] : second > 12 || first === second ? [second, first] : [0, 0];
  return day === 0 || month > 12 ? null : `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${m[4]}`;
}

export function readMetaLine(given: string): MetaLine {
  const khmerless = KHMER_DIGIT_RE.test(given) ? given.replace(KHMER_DAY_RE, ' ') : given;
  const printed = bbsStamp(khmerless) ?? portalStamp(khmerless) ?? khmerless;
  // A long line is text, not meta; its dates are the text's (`2019年发病…`), not the answer's.
  if (printed.length > 80) return NOT_META;
  let meta = READ_LINES.get(printed);
  if (meta === undefined) {
    if (READ_LINES.size >= READ_LINES_MAX) READ_LINES.clear();
    READ_LINES.set(printed, (meta = readLine(printed)));
  }
  return meta === NOT_META ? NOT_META : copyOf(meta);
}

/**
 * The name of the column a page is filed in opening its meta line, a bar after it (`医生问答 | 发布日期：5月6日`, `健康资讯 ｜ 更新：…`):
 * where the page stands, as a breadcrumb's last step says, no text; the line is meta where what follows the bar is. (A line whose
 * day has its year reads as meta by its date already; one whose day has none, or no day, is told by this.)
 */
const COLUMN_BEFORE_BAR_RE = /^\p{Script=Han}{0,6}(?:问答|答疑|咨询|资讯|专栏|频道)\s*[|｜]\s*(\S.*)$/u;
function filedUnderColumn(text: string): boolean {
  const m = COLUMN_BEFORE_BAR_RE.exec(text);
  return m !== null && readLine(m[1]!).metaOnly;
}

function readLine(printed: string): MetaLine {
  const line = withoutIconGlyphs(printed);
  // Full-width digits and colons (２０２１年５月８日 ０７：４８) read as the ASCII ones.
  const text = westernYears(englishMeta(/[\uff10-\uff1a]/u.test(line) ? line.replace(/[\uff10-\uff1a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : line).trim());
  if (text.length > 60) return NOT_META;
  const dates: MetaLine['dates'] = [];
  let from = 0;
  // exec on the one global pattern, not matchAll: matchAll copies the pattern on every call,
  // which cost a reading of a line more than all its other patterns together.
  DATE_TIME_RE.lastIndex = 0;
  const afters: string[] = [];
  const befores: string[] = [];
  for (let m = DATE_TIME_RE.exec(text); m !== null; m = DATE_TIME_RE.exec(text)) {
    const iso = isoDate(m[1]!, m[2]!, m[3]!);
    // A label names the date past the day's other names between them (`回答时间：农历三月十七 · 2023年5月6日`).
    const before = text.slice(from, m.index).replace(DAY_NAMES_RE, '');
    from = m.index + m[0].length;
    // The day the page was served (`今天：星期三，13-11-2019`, a portal's header) dates nothing on it; a reading's day no answer, nor an AI's text's,
    // nor a prescription's.
    if (!iso || ISLAMIC_CALENDAR_RE.test(before) || SERVED_DAY_RE.test(before) || RECORDED_DAY_RE.test(before) || GENERATED_DAY_RE.test(before) || PRESCRIBED_DAY_RE.test(before)) continue;
    // The label may follow the date (`2023-02-01 提问`, `2023-02-03 14:20 回答`).
    const after = text.slice(from, from + 8);
    const kind = ISSUED_RE.test(before)
      ? 'issued'
      : AIRED_NOTICE_BEFORE_RE.test(before) && AIRED_NOTICE_AFTER_RE.test(text.slice(from, from + 10))
        ? 'answered'
      : ASKED_RE.test(before)
        ? 'asked'
        : UPDATED_RE.test(before) || UPDATED_AFTER_RE.test(after)
          ? 'updated'
          : ANSWERED_RE.test(before)
            ? 'answered'
            : ASKED_AFTER_RE.test(after)
              ? 'asked'
              : ANSWERED_AFTER_RE.test(after)
                ? 'answered'
                : 'plain';
    dates.push({ iso, kind });
    afters.push(after);
    befores.push(before);
  }
  // A post's stamp printing both days (`发布于 2022-03-01 · 编辑于 2022-03-09`): the 编辑于 its edit, the 发布于 its publication.
  if (befores.some((b) => PUBLISHED_LABEL_RE.test(b))) for (const [i, d] of dates.entries()) if (EDITED_LABEL_RE.test(befores[i]!)) d.kind = 'updated';
  // A line whose last date has its label after it (`2023-02-01 提问 · 2023-02-03 回答`) labels every date so:
  // the word before a date is the label of the date before it.
  if (dates.length > 1 && TRAILING_LABEL_RE.test(text.slice(from))) {
    for (const [i, d] of dates.entries()) d.kind = ASKED_AFTER_LABEL_RE.test(afters[i]!) ? 'asked' : ANSWERED_AFTER_LABEL_RE.test(afters[i]!) ? 'answered' : 'plain';
  }
  // A date's label and its day's other names (weekday, Chinese calendar) are meta where the line holds a date, read or a
  // numeric one left unread (`04-04-2022 （回历1443年9月2日）`: day or month first).
  const dated = dates.length > 0 || text.search(UNREAD_DATED_AS_RE) !== -1;
  const dayless = (dated ? text.replace(AIRED_NOTICE_RE, '').replace(DATE_LABEL_RE, '').replace(DAY_NAMES_RE, '').replace(TIME_ZONE_RE, '').replace(PRINT_PAGE_RE, '').replace(CATEGORY_FIELD_RE, '') : text).replace(DATED_AS_RE, '').replace(UNREAD_DATED_AS_RE, '').replace(RELATIVE_DATED_AS_RE, '').replace(YEARLESS_DATED_AS_RE, '').replace(MONTH_DATED_AS_RE, '').replace(FORMAT_WORD_RE, '').replace(PERIODICAL_ISSUE_RE, '').replace(ISSUE_NUMBER_RE, '');
  // A blog's byline follows the post's day, read or a numeric one left unread (`01/03/2023 by …`: day or month first).
  const uncredited = dated ? dayless.replace(POSTED_BY_RE, '').replace(BY_BEFORE_DAY_RE, '') : dayless;
  const credited = dated ? uncredited.replace(NEWSROOM_CREDITS_RE, '') : dayless;
  // Only on a stamp whose reporter is credited: the outlet's name before the day (OUTLET_BEFORE_DAY_RE) and the paper's own name
  // (PAPER_NAME_RE) are the stamp's; a word or a paper's name beside a bare day may be anything (a speaker, a reprint's credit).
  const reported = credited !== uncredited;
  const rest = reported ? (OUTLET_BEFORE_DAY_RE.test(text) ? credited.replace(OUTLET_AT_START_RE, '') : credited).replace(PAPER_NAME_RE, '') : credited;
  // A line of text is told by its first word, before the scan of all of it.
  const metaOnly = rest === '' || (META_WORD_AT_START_RE.test(rest) && rest.replace(META_WORDS_RE, '') === '') || filedUnderColumn(text);
  // A format word beside a price names a service on offer (`图文咨询 ¥29`, a button to book one), not how this answer was given.
  const format = (metaOnly || (text.length <= 24 && FULL_FORMAT_LABEL_RE.test(text))) && !showsPrice(text) ? formatFromLabel(text) : 'unknown';
  return { dates, format, metaOnly };
}

/** A line that is only an answer-format label and a date, e.g. `语音解答 2021-05-18`. */
export function parseFormatDateLine(line: string): { format: AnswerFormat; date: string | null } | null {
  const meta = readMetaLine(line);
  if (!meta.metaOnly || meta.dates.length !== 1) return null;
  return { format: meta.format, date: meta.dates[0]!.iso };
}

const TRAILING_FORMAT_DATE_RE =
  /^(.*\S)\s*((?:语音解答|视频解答|图文解答|文字解答|语音回答|视频回答|图文回答)\s*\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)$/u;

/**
 * A date in brackets ending a line of text (`…就诊查明原因。 [2020-08-17]`): an old list's way to date its item.
 * The text may end in an opening bracket where a space parts it from the date (a snippet cut just after `（`).
 */
const TRAILING_BRACKETED_DATE_RE = /^(.*(?:[^\s[【(（]|[[【(（](?=\s)))\s*([[【(（]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]】)）])$/u;

/**
 * `snippet text 语音解答 2021-05-18` → [`snippet text`, `语音解答 2021-05-18`], and `snippet text [2021-05-18]`
 * → [`snippet text`, `[2021-05-18]`]; other lines unchanged.
 */
export function splitTrailingFormatDate(line: string): string[] {
  const last = line.charCodeAt(line.length - 1);
  if (last === 0x5d || last === 0x3011 || last === 0x29 || last === 0xff09) {
    const m = line.match(TRAILING_BRACKETED_DATE_RE);
    return m ? [m[1]!, m[2]!] : [line];
  }
  if (!(last >= 48 && last <= 57)) return [line]; // it ends in a date or a time, or it holds none
  const m = line.match(TRAILING_FORMAT_DATE_RE);
  return m ? [m[1]!, m[2]!] : [line];
}

/**
 * A day without its year in square brackets ending an item's line (`…可以配合…[05-06]`, an old list's `<span>[05-06]</span>` left
 * inside the snippet's unclosed `<p>`): [text, day]. Month and day padded to two digits, as such lists print them, and only in
 * square or lenticular brackets: a range in round brackets (`（3-5）`) or a citation's `[1-3]` stays the text's.
 */
const TRAILING_BRACKETED_MONTH_DAY_RE = /^(.*[^\s[【])\s*([[【]\s*(?:0[1-9]|1[0-2])\s*[-/.]\s*(?:0[1-9]|[12]\d|3[01])\s*[\]】])$/u;
export function splitTrailingMonthDay(line: string): string[] {
  const last = line.charCodeAt(line.length - 1);
  if (last !== 0x5d && last !== 0x3011) return [line];
  const m = line.match(TRAILING_BRACKETED_MONTH_DAY_RE);
  return m ? [m[1]!, m[2]!] : [line];
}

/**
 * An item's snippet with its day printed after it on the same line, a space between
 * (`…症状时&nbsp;&nbsp;<span>2020-08-20</span>`): [snippet, day]. Only a long text before the day
 * and the day last, in digits: a sentence that names a day (`请于2023-05-06复查`) stays whole.
 */
const SPACED_TRAILING_DATE_RE = /^(.{12,}?\S)\s+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/u;
export function splitSpacedTrailingDate(line: string): string[] {
  const last = line.charCodeAt(line.length - 1);
  if (!(last >= 48 && last <= 57)) return [line];
  const m = line.match(SPACED_TRAILING_DATE_RE);
  // Not where the text before is meta itself: another date, or a label the day belongs to (`提问 … 回答 2021-03-04`).
  return m && !DATE_RE.test(m[1]!) && !LABEL_BEFORE_DAY_RE.test(m[1]!) ? [m[1]!, m[2]!] : [line];
}
const LABEL_BEFORE_DAY_RE = /(?:[:：·•|｜于]|时间|日期|回答|解答|回复|答复|提问|发布|更新)\s*$/u;

export interface PageMeta {
  date: string | null;
  format: AnswerFormat;
  /** Two different answer formats, or dates that nothing tells apart. */
  conflicting: boolean;
}

/**
 * The answer's date and format from the meta lines near it: a date labelled as the answer's
 * (回答时间, 发布于) first, then one beside a format label, then an unlabelled one; a date
 * labelled as the question's (提问时间) is not the answer's.
 */
export function pickMeta(lines: readonly MetaLine[]): PageMeta {
  const formats = new Set(lines.map((l) => l.format).filter((f) => f !== 'unknown'));
  const all = lines.flatMap((l) => l.dates.map((d) => ({ ...d, withFormat: l.format !== 'unknown' })));
  const answered = all.filter((d) => d.kind === 'answered');
  const plain = all.filter((d) => d.kind === 'plain');
  const updated = all.filter((d) => d.kind === 'updated');
  const chosen = answered[0] ?? plain.find((d) => d.withFormat) ?? plain[0] ?? updated[0] ?? null;
  const candidates = new Set((answered.length > 0 ? answered : plain.length > 0 ? plain : updated).map((d) => d.iso));
  return {
    date: chosen?.iso ?? null,
    format: formats.size === 1 ? [...formats][0]! : 'unknown',
    conflicting: formats.size > 1 || candidates.size > 1,
  };
}
