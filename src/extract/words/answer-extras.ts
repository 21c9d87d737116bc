import { CARE_WORKER_ROLE, asksQuestion, isPersonalName } from '../../core/genre-vocabulary.js';
import { isCallToAction } from './call-to-action.js';
import { namesClinicSession } from './team-roster.js';
import { wordedAsSite } from './genre.js';

/**
 * Lines a site sets into or after an answer that are none of its text, in wording no answer uses:
 * a republishing site's ads and its credit to the page it copied, a voice answer's play counts and
 * the note that its text is a machine's transcription of the recording.
 */

/**
 * An ad set between an answer's paragraphs: labelled so (【广告】, 【推荐】, `推荐：`, an ad slot's `广告` mark alone over what its script fills), a QR code to scan
 * to add or follow someone, a hotline's number, a short line ending in a call to click (`>>`,
 * 点击进入, 立即预约) or opening with one to get the site's app, a shop's coupons. Short lines only: a doctor's sentence may mention a phone or a QR code.
 */
const AD_LABEL_RE = /^[【[［〔]\s*(?:广告|推广|推荐|热门|热点|赞助|特惠|活动)\s*[】\]］〕]|^(?:广告|推广|推荐|赞助)\s*[:：]|^(?:广告|推广|赞助|Advertisement|ADVERTISEMENT|Sponsored)$/u;
/**
 * An ad slot's mark printed before its offer on the same line (`广告 Super Visa 父母探亲保险 低至$60/月`, `廣告 華人眼科中心 電話：…`,
 * a community paper's or portal's classified between the paragraphs): the mark, a space, a short offer; no answer opens so.
 */
const MARKED_AD_RE = /^(?:广告|廣告|推广|推廣|赞助|贊助|Advertisement|ADVERTISEMENT|Sponsored|AD)\s+(?=\S)[^？?]{2,56}$/u;
/** The mark glued to the slot's call to action where the markup puts no space between them (`<span>广告</span><a>专业治疗 费用透明 立即咨询</a>`): an ad only when the rest is a call to consult, as no answer line opens so. */
const GLUED_AD_MARK_RE = /^(?:广告|廣告|推广|推廣|赞助|贊助)(?=\S)/u;
const SCAN_RE = /(?:扫码|扫一扫|扫描(?:下方)?二维码|长按识别)[^，,。]{0,6}(?:添加|关注|领取|咨询|加入|进群|预约|下载)/u;
/**
 * A hotline's label right before its number, a 400 / 800 line's or a city's (`咨询热线：0571-8888-6666`): a slot's contact line,
 * read as an ad; a one-digit area code too, seven digits after it (Bangkok's `02-462-2483`, a hospital's 华语服务中心 line under a paper's
 * column; Taipei's or Sydney's eight, `02-2345-6789`, stand in a reply's own advice as often, as before); and eight digits with no
 * area code, as Hong Kong, Macau and Singapore print theirs (`藥劑師熱線：2608 8383`). A call to dial with words between
 * (`拨打我院热线 400-…`) is call-to-action.ts's DIAL_HOTLINE_RE; a reply's closing line pointing to a public hotline
 * (`如有疑问，请拨打12320…`) is reply-form.ts's CLOSING_HOTLINE_RE.
 */
const LABELLED_HOTLINE_RE = /(?:咨询|预约|服务|客服|健康)?(?:热线|电话)\s*[:：]?\s*(?:(?:400|800|0\d{2,3})[-\s]?\d{3,4}[-\s]?\d{3,4}|0\d[-\s]\d{3}[-\s]\d{4}(?!\d))/u;
/**
 * The eight digits with no area code only on a line that is no sentence (`藥劑師熱線：2608 8383（星期一至五 9am-6pm）`): a doctor's
 * advice giving the clinic's number to book (`预约电话：2345 6789，请提前一天预约。`) is the answer's, as a city's number is.
 */
const LOCAL_HOTLINE_RE = /(?:咨询|预约|服务|客服|健康)?(?:热线|电话)\s*[:：]?\s*(?<!\d)[2-9]\d{3}[-\s]?\d{4}(?!\d)/u;
/**
 * A number to message on a chat app (`和平医院华语服务 WhatsApp: +62 855-1961-1839`, `LINE：0912-345-678`), as an overseas
 * hospital's or clinic's slot under a paper's column prints it: a contact line, read as an ad. Only on a line that is no sentence: a
 * doctor's advice telling the reader to send the films by it (`复诊前可先把片子拍照通过WhatsApp: 6123 4567 发给护士站，…`) is the answer's.
 */
const MESSAGING_NUMBER_RE = /(?<![A-Za-z])(?:WhatsApp|WA|LINE|Line|Telegram|Viber|微信|微信号)\s*[:：]?\s*\+?\d[\d\s-]{6,18}\d(?!\d)/u;
/**
 * A one-digit area code and eight digits ending a line that is no sentence (`东京华人牙科 中文诊疗 电话：03-4777-5514`, Tokyo's or Osaka's
 * number on a clinic's slot under a paper's column): a contact line, read as an ad. A reply's advice that goes on after the number
 * (`…门诊电话：02 9515 6111预约`) or is a sentence stays the answer's.
 */
/**
 * A line sending the reader to book by a number (`如需预约就诊，请联系国际诊疗中心：+82-2-3010-5000（中文），微信：…`), as a hospital's
 * board closes every reply: its contact line, read as an ad. Only with the number printed: advice to book (`如需手术，请到外科预约。`) is the answer's.
 */
const BOOKING_CONTACT_RE = new RegExp(
  String.raw`^如(?:需|要|想|有需要)(?:预约|挂号|就诊|就医|咨询|复诊)\p{Script=Han}{0,6}[，,]\s*(?:请|可)?(?:联系|致电|拨打|联络)[^。！!？?]{0,24}?(?:\+\d{1,3}[-\s]?)?\d[\d\s-]{6,16}\d` +
    // The line ends at the number, or with the office's other contacts after it (`（中文），微信：…`): advice going on after it
    // (`…，就诊时请带上之前的片子。`) is the answer's, as a hotline's is.
    String.raw`\s*(?:[（(][^（）()]{1,8}[)）])?(?:\s*[，,、；;]\s*(?:微信|WeChat|邮箱|E-?mail|QQ|传真|电话|LINE|WhatsApp|Kakao\w*)\s*[:：]?\s*[\w@.+\-]+(?:\s*[（(][^（）()]{1,8}[)）])?)*\s*[。.]?$`,
  'u',
);
const CLOSING_CITY_HOTLINE_RE = /(?:热线|电话)\s*[:：]\s*0\d[-\s]\d{4}[-\s]\d{4}$/u;
/** Advice sending the reader somewhere before such a number (`可至本院骨科門診就診 電話：…`): the reply's last line, no slot's. */
const SENDS_READER_RE = /请|請|建议|建議|可[以至到]|及时|及時|就[诊診医醫]|复诊|複診|欢迎|歡迎/u;
const isCitySlot = (t: string) => {
  const m = CLOSING_CITY_HOTLINE_RE.exec(t);
  return m !== null && !SENDS_READER_RE.test(t.slice(0, m.index));
};
const SENTENCE_MARK_RE = /[，,。；;！!？?]/u;
const CLICK_END_RE = /(?:>>|》》|»|点击进入|点击预约|立即预约|立即抢购|点击领取|立即领取)\s*$/u;
/** The site's call to get its app (`下载某某医生 App，三甲医生 15 分钟内回复`, `打开APP查看更多`), opening the line. */
/** A call to follow the site's account (`更多健康知识请关注养生知识网公众号`, `关注微信号xxx获取更多`): its promotion. */
const FOLLOW_CALL_RE = /[关關]注\s*\S{0,16}?(?:公众号|微信号|服务号|视频号|头条号|抖音号|官方微博)/u;
/**
 * So is a talk's sign-off asking the viewer to follow its creator for more (`关注我，了解更多健康知识。`, `记得点赞关注我，每天分享健康
 * 知识`): the channel's, said at the end of every video, none of the answer. Run on without a comma, the call says what is posted
 * (`关注我每天分享…`): a doctor's `关注我们每天吃的盐和油` (the inclusive 我们, a habit) asks nobody to follow.
 */
const FOLLOW_ME_RE =
  /^(?:记得|欢迎|别忘了)?(?:点赞|收藏|转发)?[、，,和+]?[关關]注(?:我|我们|本号|本频道)(?:[，,]\s*(?:了解|获取|学习|收看|看|每天|每日)|\s*(?:了解|获取|学习|收看)|\s*(?:每天|每日)(?=分享|更新))(?:更多|分享)?[^。！!？?]{0,12}[。！!]?$/u;
/**
 * A talk's opening greeting to its audience with the speaker's card and the topic (`大家好，我是江州市人民医院骨科的王芳医生。
 * 今天我们来聊一聊颈椎病。`): the talk's, none of the answer. Not where the greeting goes on with the answer in its sentence
 * (`大家好，我是王芳医生，颈椎病其实很常见。`).
 */
const TALK_GREETING_RE =
  /^(?:大家好|各位(?:朋友|观众|网友|粉丝)?们?好)[，,！!]?\s*我是[^。！!？?，,]{2,40}?(?:医生|大夫|医师|主任|教授|护士|药师|营养师)[。！!]\s*(?:(?:今天|这期|本期)(?:我们|我)?(?:就|要)?(?:来|和大家|跟大家)*(?:聊一聊|聊聊|说一说|说说|讲一讲|讲讲|谈一谈|谈谈)[^。！!？?]{1,24}[。！!]?)?$/u;
export const isTalkGreeting = (text: string) => text.length <= 100 && TALK_GREETING_RE.test(text.trim());
/**
 * So is a paper's call to follow its channel or page on a messaging or social app, opening the line as a call does
 * (`关注诗华日报WhatsApp频道，第一时间掌握砂州新闻！`, `欢迎关注…Facebook专页`). A doctor's sentence that points to their hospital's
 * channel (`可以关注本院WhatsApp频道，医生会定期发布康复操视频。`) is advice, the answer's.
 */
const CHANNEL_CALL_RE =
  /^(?:欢迎|歡迎|请|請|立即|马上|馬上|快来|快來)?\s*[关關]注\s*\S{0,16}?(?:WhatsApp|Telegram|LINE|Facebook|FB|Instagram|IG|YouTube|脸书|臉書)\s*(?:频道|頻道|专页|專頁|群组|群組|账号|帳號)/u;
/**
 * A charity's donation box under its article: the appeal to donors (`您的支持，是我們消滅肝病的力量！`) and the button with the
 * giro account (`我要捐款 郵政劃撥：18294340`). The organisation speaks of itself as 我們 and of a donor's support: no doctor's advice.
 */
const DONATION_APPEAL_RE = /^[您你]的(?:支持|捐款|捐助|捐贈|捐赠|愛心|爱心)[，,]?\s*(?:是|就是|都是|將是|将是|會是|会是)(?:我們|我们)[^。！!]{0,16}(?:力量|動力|动力|後盾|后盾)[。！!]?$/u;
const DONATION_BUTTON_RE = /^(?:我要|立即|線上|线上)(?:捐款|捐助|捐贈|捐赠|樂捐|乐捐)|(?:郵政|邮政)?(?:劃撥|划拨)(?:帳號|账号|戶名|户名)?\s*[:：]\s*\d{6,}/u;
/** A news site's call to read it in its app, among a lucky draw's words (`不用抽 不用搶 現在用APP看新聞 保證天天中獎`): its promotion, no sentence of an answer. */
const APP_NEWS_CALL_RE = /(?:用|下[载載]|打[开開]|安[装裝])\s*(?:App|APP|app)\s*(?:看|[读讀]|[听聽])(?:新[闻聞]|[报報]|文章)/u;
const APP_CALL_RE = /^(?:立即|免费)?(?:下载|打开|安装)\s*[^\s，,。]{0,10}?\s*(?:App|APP|app|客户端)(?![A-Za-z])/u;

/**
 * A doctor's standing invitation to the clinic, a line of its own (`专注慢病管理，欢迎来院复诊。`, as a forum
 * signature or a profile's motto prints it): said to every reader, none of this answer.
 */
const CLINIC_INVITE_RE = /^(?:[^，,。！!]{2,12}[，,])?欢迎(?:来院|到院|来我院|到我院|前来|您)?(?:复诊|就诊|咨询|预约|挂号)[。！!]?$/u;
/**
 * An editor's lead-in over a republished answer (`胃炎是很多人关心的问题，…下面一起来看看专家的解答。`):
 * the site's words announcing the answer below, none of it.
 */
const LEAD_IN_RE = /(?:下面|接下来|以下)(?:就?(?:一起|让我们|我们|小编带你|跟随小编))?(?:来)?(?:看看|了解一下|了解)(?:专家|医生|大夫)的?(?:解答|回答|建议|分析)[吧。！!]?$/u;

/** A shop's coupon strip set under the answer (`领券中心`, `满58减5`, `10元优惠券`, `去领取`): an offer, none of the answer. */
const COUPON_RE = /^(?:领券中心|领券|领取优惠券|优惠券|去领取|满\d+元?减\d+元?|\d+元(?:无门槛)?(?:优惠)?券)$/u;

/**
 * A doctor's clinic hours on a line of their own (`营养科门诊时间：每周一全天`, `出诊时间：周三上午`, a session's name as the
 * label: `专家门诊：每周二下午`): a signature's or card's field, none of the answer.
 */
const CLINIC_HOURS_RE = /^(?:\p{Script=Han}{1,10}科)?(?:(?:门诊|出诊|坐诊|专家门诊)(?:时间|安排)|(?:专家|特需|名医)门诊)\s*[:：]\s*(?:每周|周|星期)[^。]{0,24}$/u;

/**
 * A clinic's before/after case ad set between an answer's paragraphs: its head (`案例对比`, `案例展示`), the pictures' captions
 * on one line (`术前 术后`, `治疗前　治疗后`) and its credit to a treatment's case (`种植牙案例｜某某院 某某医生`): another doctor's
 * work on show, none of the answer. (A caption alone, `术前`, is the answer's own subheading as often, `术后` over the
 * doctor's advice after the operation: only under its picture is it the picture's, figure-caption.ts.)
 */
const CASE_AD_RE = /^(?:(?:真实)?案例(?:对比|展示|分享)|(?:术前|治疗前|矫正前)\s*(?:vs|VS|对比)?\s*(?:术后|治疗后|矫正后)|\p{Script=Han}{2,10}案例\s*[｜|]\s*[^。，,；;？?]{2,24}(?:医生|医师|大夫))$/u;

/**
 * A dose and how to take it (`3g，单次空腹口服`, `100mg，每日2次`, `每次1片，一天三次`): a pharmacist's or doctor's regimen; under a
 * `推荐：` label it recommends the drug to take, no ad's offer.
 */
const DOSE_RE = /\d+(?:\.\d+)?\s*(?:mg|g|ml|μg|ug|毫克|微克|克|毫升|片|粒|袋|支|滴|喷)(?![A-Za-z])/iu;
const REGIMEN_RE = /每(?:日|天|次|晚|早)|[一二三1-3]日\s*[一二三四1-4]次|[一二三1-3]天\s*[一二三四1-4]次|口服|冲服|外用|连用|疗程|空腹|饭[前后]|睡前/u;
const recommendsRegimen = (text: string) => /^(?:推荐|推薦)\s*[:：]/u.test(text) && DOSE_RE.test(text) && REGIMEN_RE.test(text);

/**
 * The mark glued to its offer where the offer is all a link (`<span>广告</span><a>下载某某APP 领取福利</a>`): the slot's, whatever
 * the offer says, as no answer's line opens with the mark and runs on into a link.
 */
export const isLinkedAd = (text: string, chars: number, linkChars: number): boolean => {
  const mark = text.trim().match(GLUED_AD_MARK_RE);
  return mark !== null && chars <= 60 && linkChars > 0 && linkChars >= chars - mark[0].length;
};
export function isAdLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  return (
    (AD_LABEL_RE.test(t) && !recommendsRegimen(t)) ||
    MARKED_AD_RE.test(t) ||
    (GLUED_AD_MARK_RE.test(t) && isCallToAction(t.replace(GLUED_AD_MARK_RE, ''))) ||
    SCAN_RE.test(t) ||
    LABELLED_HOTLINE_RE.test(t) ||
    ((LOCAL_HOTLINE_RE.test(t) || isCitySlot(t)) && !SENTENCE_MARK_RE.test(t)) ||
    (MESSAGING_NUMBER_RE.test(t) && !SENTENCE_MARK_RE.test(t)) ||
    BOOKING_CONTACT_RE.test(t) ||
    LEAD_IN_RE.test(t) ||
    (t.length <= 24 && CLINIC_INVITE_RE.test(t)) ||
    CLINIC_HOURS_RE.test(t) ||
    // A clinic roster's line with its session (`坐诊专家：{name} {title} 周一上午`: team-roster.ts), as the hours' own line.
    namesClinicSession(t) ||
    (t.length <= 12 && COUPON_RE.test(t)) ||
    CASE_AD_RE.test(t) ||
    (t.length <= 40 && (CLICK_END_RE.test(t) || APP_CALL_RE.test(t) || FOLLOW_CALL_RE.test(t) || CHANNEL_CALL_RE.test(t))) ||
    (t.length <= 30 && FOLLOW_ME_RE.test(t)) ||
    (t.length <= 40 && APP_NEWS_CALL_RE.test(t) && !SENTENCE_MARK_RE.test(t)) ||
    (t.length <= 40 && (DONATION_APPEAL_RE.test(t) || DONATION_BUTTON_RE.test(t)))
  );
}

/**
 * A republished page's credit to the page it copied (`本文来源：某网　原文链接：https://…`,
 * `转载自某网 原文地址：…`): where the copied text has ended.
 */
const CREDIT_RE =
  /^(?:本文|文章|内容)?(?:来源|出处|转载自|转自|摘自|来自)\s*[:：]?\s*\S.{0,30}?\s*(?:原文|本文|文章)?(?:链接|地址|网址)\s*[:：]\s*(?:https?:\/\/|www\.)\S+$/iu;
/** A wiki's line naming the address a printed page was taken from (`取自“https://…”`, `Retrieved from "…"`): where its text has ended. */
const TAKEN_FROM_RE = /^(?:取自|检索自|来自|Retrieved from)\s*[“"「『]?\s*(?:https?:\/\/|www\.)\S+?[”"」』]?$/iu;
/**
 * A magazine's line naming the issue an article first ran in (`本文出自《{magazine}》第85期`, `本文摘自《…》2023年5月号`): the
 * publisher's credit under the text, where it has ended.
 */
/** The words naming where a text was first printed (`出自`, `摘自`, `原载于`), after `本文` or the like. */
const PRINTED_IN = '出自|摘自|选自|节选自|刊于|刊登于|原载于?|原刊于|转载自';
const TEXT_WORD = '本文|本篇|全文|原文';
const ISSUE_CREDIT_RE = new RegExp(`^(?:${TEXT_WORD})(?:${PRINTED_IN})\\s*《[^《》]{1,20}》\\s*(?:杂志|月刊|周刊|期刊)?\\s*(?:第\\s*\\d+\\s*期|\\d{4}\\s*年\\s*\\d{1,2}\\s*月号?)[。.]?$`, 'u');
/**
 * A paper's web copy's line naming the paper it was taken from, alone and in brackets or opened by 本文 (`（本文据《某某晚报》）`,
 * `（来源：《某某日报》）`, `本文摘自《某某报》`): the publisher's credit under the text, where it has ended. The title ends the line
 * (`据《某报》报道，…` opens a sentence).
 */
const TAKEN_FROM_PAPER = `据|来源于|来自|${PRINTED_IN}|转自`;
const PAPER_CREDIT_RE = new RegExp(
  `^(?:[（(]\\s*(?:${TEXT_WORD})?\\s*(?:${TAKEN_FROM_PAPER}|来源于?[:：]?)\\s*《[^《》]{1,20}》\\s*[）)]|(?:${TEXT_WORD})\\s*(?:${TAKEN_FROM_PAPER})\\s*《[^《》]{1,20}》)[。.]?$`,
  'u',
);
export const isCreditLine = (text: string) =>
  CREDIT_RE.test(text.trim()) || TAKEN_FROM_RE.test(text.trim()) || ISSUE_CREDIT_RE.test(text.trim()) || PAPER_CREDIT_RE.test(text.trim());

/**
 * The platform credited with a consultation (`本次服务由某某互联网医院提供`, `该问诊由…提供服务`), with
 * the licence or filing number regulators have it print (`互联网医院执业许可证：…`, `备案号：…`): who
 * held the service, none of the answer, and no hospital of the doctor's.
 */
const SERVICE_CREDIT_RE =
  /^(?:本次|此次|该|本)(?:服务|问诊|咨询|会话)\s*由\s*\S{2,30}?\s*(?:提供|承接)(?:服务|支持|技术支持)?(?:[，,。.\s]*(?:互联网医院)?(?:执业许可证|许可证|备案号|备案编号)(?:号|编号)?\s*[:：]?\s*[\p{Script=Han}A-Za-z0-9\-()（）]{4,30})?[。.]?$/u;
export const isServiceCredit = (text: string) => text.length <= 64 && SERVICE_CREDIT_RE.test(text.trim());

/**
 * A sign-off under the answer naming who gave it (`以上回答由某口腔张三医生提供`, `本回答由李四护士解答`,
 * `以上内容来自王五医师`): a credit, none of the answer.
 */
const ANSWER_CREDIT_RE =
  /^(?:以上|本|此|该)(?:回答|解答|回复|答复|内容|建议)\s*(?:由|来自)\s*\S{2,30}?(?:医生|医师|大夫|专家|护士|护师|药师|营养师|咨询师|治疗师|老师)(?:提供|解答|回答|回复|作答|撰写)?(?:[，,；;].{0,24})?[。.!！]?$/u;
/** The platform credited with the answer (`本回答由搜狗明医提供`, `此内容由某某健康提供`): a credit line, no sentence of the doctor's. */
const PLATFORM_CREDIT_RE = /^(?:以上|本|此|该)(?:回答|解答|回复|答复|内容)\s*由\s*\S{2,16}?\s*提供(?:支持)?[。.]?$/u;
/**
 * A programme's note of whose question the episode takes and who answers it (`本期节目来自听众…的提问，由…医生为大家解答。`),
 * as a podcast's 简介 opens: the episode's credits, none of the answer.
 */
const EPISODE_CREDIT_RE =
  /^(?:本期|本集|这期|今天的?)(?:节目|音频|视频|内容|问题)?(?:来自|源于|选自|回答|解答)(?:听众|粉丝|网友|读者|观众|用户|宝妈)?\S{1,24}?的(?:提问|问题|留言|来信)(?:[，,]\s*由\S{2,24}?(?:医生|医师|大夫|专家|老师)(?:为大家|为您|给大家|来)?(?:解答|回答|讲解|答疑))?[。.!！]?$/u;
export const isAnswerCredit = (text: string) =>
  text.length <= 64 && (ANSWER_CREDIT_RE.test(text.trim()) || PLATFORM_CREDIT_RE.test(text.trim()) || EPISODE_CREDIT_RE.test(text.trim()));

/**
 * A forum's or a team's signature under a post: a motto, a dash and the group that signs it (`控糖路上，与您同行——某某专家团`,
 * `健康相伴——某某医院医生团队`), as a board sets each member's signature after their text. A group signs it, never a sentence
 * of the answer (a dash inside a sentence, `饮食要清淡——少油少盐`, names no group; a person's `——王芳` is a sign-off of its own).
 */
const TEAM_SIGNATURE_RE = /^[^。；;！!？?]{2,24}[—－-]{1,2}\s*[^\s，,。；;！!？?—－-]{1,16}(?:专家团|专家组|医生团|医疗团|团队|编辑部|小组|工作室|志愿者|全体医护|全体医生)$/u;
export const isTeamSignature = (text: string) => text.length <= 48 && TEAM_SIGNATURE_RE.test(text.trim());

/**
 * The credit of who translated an answer given in another language (`本回答由某某医学翻译团队译自韩文`, `（以上内容译自日文）`,
 * `翻译：某某`, `中文翻译 / 某某`), as an agency or a foreign clinic prints it under a partner doctor's answer: a note about
 * the text, none of it, where the answer has ended.
 */
const TRANSLATED_FROM_RE = /^[（(【[]?\s*(?:本回答|本文|本内容|以上回答|以上内容|以上|该回答|此回答|原文)?\s*(?:由\s*\S{2,30}?\s*)?(?:译自|翻译自|编译自|自\S{1,6}?(?:翻译|译出))\s*[^\s，,。]{0,10}?\s*[）)】\]]?[。.]?$/u;
const TRANSLATOR_RE = /^[（(【[]?\s*(?:中文|医学)?(?:翻译|译者|编译|译)\s*[:：/／]\s*[^，,。；;！!？?]{2,30}?\s*[）)】\]]?$/u;
export const isTranslationCredit = (text: string) => text.length <= 48 && (TRANSLATED_FROM_RE.test(text.trim()) || TRANSLATOR_RE.test(text.trim()));

/**
 * An editor's box beside the answer (`【小编补充】…`, `编者按：…`, `小编注：…`, `小编总结：…`): the site's words about the doctor's, none
 * of the answer, where it has ended (it heads the box, whatever follows in it). So is the editor's lead over it under its label
 * (`导语：…`, `【导语】…`): the desk introducing the column, none of the answer (fresh-114's key, a reporter's lede).
 */
const EDITOR_NOTE_RE = /^(?:[【[［〔]\s*(?:(?:小编|编者|编辑)(?:补充|按|注|说|提示|的话|总结)|导语)\s*[】\]］〕]|(?:(?:小编|编者|编辑)(?:补充|按|注|总结)|导语)\s*[:：])/u;
export const isEditorNote = (text: string) => EDITOR_NOTE_RE.test(text.trim());

/** The staff roles beside a doctor whose notes and messages are none of the doctor's answer (the note heads, the credits, a chat's speakers). */
const STAFF_ROLE = '护理师|護理師|护士|護士|护师|護師|个管师|營養師|营养师|药师|藥師|医生助理|医助|治疗师|治療師';
/** A counsellor's roles, which head a note or speak in a chat (a credit in brackets names the other roles). */
const COUNSEL_ROLE = '咨询师|諮詢師|心理师|心理師';
/** A person named by their surname and an honorific (`李姑娘`, `王小姐`), no name of their own. */
const HONORIFIC = '(?:姑娘|小姐|女士|先生)';
const HONORIFIC_RE = new RegExp(`${HONORIFIC}$`, 'u');
/** How a note is put (`营养师温馨提醒：`, `药师特别提醒：`), no one's name, though 温 and 郑 open surnames: the note is judged by its role. */
const NOTE_MANNER_RE = /^(?:温馨|特别|友情|郑重|再次|重点|贴心|善意|额外|另外|最后|还要)$/u;
/**
 * Another staff member's note under the doctor's reply, headed by their role (`护理师补充：`, `卫教护理师补充：`, `营养师提醒：`,
 * `药师补充说明：`, a TCM hospital's `中药师提示：` box, a 月子中心's `母婴护理师补充：`, a Hong Kong clinic's `註冊護士李姑娘補充：`), as a hospital's own board adds one: their words, none of the doctor's answer, where it has ended. (The
 * doctor's own `医生补充` / `补充回答` is a part of the answer: answer-parts.ts.)
 */
// The role may name its field before it (`糖尿病教育护士`, `伤口专科护士`, `心理治疗师`) and the person's name after it (`护士 杨海燕补充：`,
// `心理治疗师 杨玉兰补充：`, as a psychiatric hospital's board adds its therapist's words to the psychiatrist's).
const STAFF_NOTE_RE = new RegExp(
  `^(?:(${CARE_WORKER_ROLE})|\\p{Script=Han}{0,6}?(${STAFF_ROLE}|${COUNSEL_ROLE}))(?:\\s*(\\p{Script=Han}{2,4}?|\\p{Script=Han}{1,2}${HONORIFIC}))?\\s*(?:补充|補充|提醒|提示|叮咛|叮嚀)(?:说明|說明)?\\s*[:：]`,
  'u',
);
/**
 * Where the answering person's own title is of the note's role (a 主管药师's or 执业药师's `药师补充：`, a 注册营养师's `营养师提醒：`),
 * the note is theirs: a part of the answer, as a doctor's 医生补充 is, no other staff member's. Pairs of the role's words and the
 * title's.
 */
const OWN_ROLES: ReadonlyArray<[RegExp, RegExp]> = [
  [/药师|藥師/u, /药师|藥師/u],
  [/营养师|營養師/u, /营养师|營養師/u],
  [/护理师|護理師|护士|護士|护师|護師/u, /护理师|護理師|护士|護士|护师|護師/u],
  [/治疗师|治療師|咨询师|諮詢師|心理师|心理師/u, /治疗师|治療師|咨询师|諮詢師|心理师|心理師/u],
];
/**
 * Words after the role run on to it that tell what the role does (`很多药师都会提示：…`, `出院时护士一般会提醒：…`): the doctor's
 * sentence about them, no one's note.
 */
const TELLING_RE = /^(?:都|也|还|還|一般|通常|经常|經常|往往|常常|总是|總是|一定|可能|应该|應該|大多)+(?:会|會)?$/u;
/** The head of a staff role's note (`中药师提示：`, `护士补充：`), or null: the role's words, the person's name or how the note is put in groups 1–3. */
function staffNoteHead(text: string): RegExpMatchArray | null {
  const head = text.trim().match(STAFF_NOTE_RE);
  return head !== null && head[3] !== undefined && TELLING_RE.test(head[3]) ? null : head;
}
/**
 * A note headed by its topic (`护理提示：`, `用药提醒：`, `温馨提示：`) and credited at its end, in brackets, to a staff role alone,
 * with or without the person's name (`（护士 吴某某）`, `（责任护士：张某）`, `（临床药师）`, `（导医台）`), as a hospital's board sets
 * a nurse's or pharmacist's box under the doctor's reply: that staff member's note. The role it is credited to, or null. A doctor's
 * sentence naming a role (`…可咨询责任护士。`, `（护士会协助您换药）`) is credited to no one: its brackets hold more than a role and a name.
 */
const CREDITED_NOTE_HEAD_RE = /^\p{Script=Han}{0,6}(?:提示|提醒|叮嘱|叮囑|叮咛|叮嚀)\s*[:：]/u;
// The role may be qualified (`责任护士`, `主管药师`, `临床药师`) and the person's name follow it (`（护士 吴某某）`, `（药师：李某）`).
const CREDITED_ROLE_RE = new RegExp(
  `[（(]\\s*(?:${CARE_WORKER_ROLE}|(?:责任|責任|主管|专科|專科|临床|臨床|执业|執業|注册|註冊|门诊|門診|病房|值班|高级|高級|中|西)?(${STAFF_ROLE}|個管師|导医台?|導醫台?|导诊台?|導診台?))\\s*[:：]?\\s*(\\p{Script=Han}{2,4}|\\p{Script=Han}{1,2}${HONORIFIC})?\\s*[）)]\\s*$`,
  'u',
);
function creditedNoteRole(text: string): string | null {
  const trimmed = text.trim();
  if (!CREDITED_NOTE_HEAD_RE.test(trimmed)) return null;
  const credit = trimmed.match(CREDITED_ROLE_RE);
  if (credit === null) return null;
  // The words after the role are the person's name, or the brackets are a sentence (`（护士会协助您）`), no credit.
  const name = credit[2];
  if (name !== undefined && !isPersonalName(name) && !HONORIFIC_RE.test(name)) return null;
  // A role alone in brackets run on to a word, no sentence ended before it, glosses that word (`挂号请到一楼大厅（导医台）`, `可
  // 咨询病区护士站（护士）`): the doctor's sentence, no credit. A credit stands after the note's last sentence, or names its person.
  const before = trimmed.slice(0, credit.index).trimEnd();
  if (name === undefined && !/[。！？!?；;.…]$/u.test(before)) return null;
  return credit[1] ?? credit[0];
}
/** A line headed by a staff role's note label (`中药师提示：`, `护士补充：`), or credited to a role at its end, whoever's role it is. */
export const opensWithStaffNoteHead = (text: string) => staffNoteHead(text) !== null || creditedNoteRole(text) !== null;
/**
 * Another staff member's note (`护理师补充：`); none where the answering person's title (`answererTitle`) is of its role. A note
 * signed with a name (`护士 杨海燕补充：`) is that person's: another's where the answering person (`answererName`) is named otherwise.
 */
export function isStaffNote(text: string, answererTitle: string | null = null, answererName: string | null = null): boolean {
  if (isStaffSpeaker(text, answererTitle, answererName)) return true;
  const head = staffNoteHead(text);
  const credited = head === null ? creditedNoteRole(text) : null;
  if (credited !== null) return answererTitle === null || !OWN_ROLES.some(([roleWords, titleWords]) => roleWords.test(credited) && titleWords.test(answererTitle));
  // Named by an honorific (`註冊護士李姑娘補充：`: Miss Lee, a Hong Kong nurse), a surname alone: judged by the role, as unnamed.
  // A name run on to the role with no space is one only before 补充 (`护士杨海燕补充：`): before 提醒 or 叮咛 it is how the note is put
  // (`药师常规提醒：`, `护士金牌提醒：`; 常, 金 open surnames), and the note is judged by its role.
  const runOnWords = head !== null && !/\s\p{Script=Han}/u.test(head[0]) && !/[补補]充/u.test(head[0]);
  const named = head?.[3] !== undefined && !HONORIFIC_RE.test(head[3]) && !NOTE_MANNER_RE.test(head[3]) && !runOnWords ? head[3] : undefined;
  if (head === null || (named !== undefined && !isPersonalName(named))) return false;
  if (named !== undefined && answererName !== null) return named !== answererName.replace(/\s+/gu, '');
  // A 母婴 care worker's (`母婴护理师补充：`, core/genre-vocabulary.ts): theirs, but where the answering person prints that role.
  const care = head[1]?.replace(/^(?:高级|中级|初级|金牌|资深)/u, '');
  if (care !== undefined) return answererTitle === null || !answererTitle.includes(care);
  const role = head[2]!;
  return answererTitle === null || !OWN_ROLES.some(([roleWords, titleWords]) => roleWords.test(role) && titleWords.test(answererTitle));
}

/**
 * A message another staff member speaks in a consultation's chat, their role as its speaker's label (`护士：随访提醒，请一周后
 * 在线复诊。`, `药师 李春梅：处方审核通过，请按说明书服药。`, `责任护士：…`), as an internet hospital's chat shows its nurse's follow-up
 * reminder and its pharmacist's prescription review beside the doctor's messages: theirs, none of the doctor's answer. Only
 * where the answering person's title is known: a message naming its speaker is another's where the answering person is named
 * otherwise (a 主管药师 answering, another pharmacist reviewing); an unnamed one where the answering person's title is of no
 * such role (a pharmacist answering under `药师：` speaks their own answer).
 */
const STAFF_SPEAKER_RE = new RegExp(
  `^(?:值班|责任|主管|执业|临床|随访|专科|门诊|病区|药房|中|西)?(${STAFF_ROLE}|${COUNSEL_ROLE})(?:\\s*(\\p{Script=Han}{2,4}))?\\s*[:：]\\s*\\S`,
  'u',
);
function isStaffSpeaker(text: string, answererTitle: string | null, answererName: string | null): boolean {
  // A note's head (`营养师温馨提醒：`, `护士补充：`) is judged as a note (isStaffNote), its words no one's name.
  const head = staffNoteHead(text) === null ? text.trim().match(STAFF_SPEAKER_RE) : null;
  if (head === null || answererTitle === null) return false;
  // Named, the message is that person's: another's where the answering person is named otherwise, whatever the roles.
  const named = head[2];
  if (named !== undefined) return isPersonalName(named) && answererName !== null && named !== answererName.replace(/\s+/gu, '');
  const role = head[1]!;
  return !OWN_ROLES.some(([roleWords, titleWords]) => roleWords.test(role) && titleWords.test(answererTitle));
}

/**
 * A volunteer's note on the board (`医疗志工：感恩您的提问，已转请复健科医师回复，祝福您。`, `志愿者：…`), as a hospital's
 * volunteers acknowledge a question and forward it to a doctor: theirs, none of the doctor's answer, wherever it stands by it.
 */
// The unit or the charity before the role (`医疗志工`, `慈济志工`), no word of a sentence: a doctor's line naming who helps
// (`家属或志工：协助…`, `可联系志愿者：…`) is advice.
const VOLUNTEER_NOTE_RE = /^(?:(?!或|和|与|與|及|跟|找|请|請|联|聯|让|讓|由|可|需|要|的|给|給)\p{Script=Han}){0,4}?(?:志工|义工|義工|志愿者|志願者)(?:\s*\p{Script=Han}{2,4})?\s*[:：]/u;
export const isVolunteerNote = (text: string) => VOLUNTEER_NOTE_RE.test(text.trim());
/**
 * A hospital office's note forwarding the letter to a doctor (`公共事务室：感谢您的来信，已转请专科医师回复如下。`, `客服中心：您的问题
 * 已转交心内科医生`), as a board's mailbox sets it over the doctor's reply: the office's, none of the answer, wherever it stands by it.
 * Headed by the office (a 室, 处, 组, 中心, 台, 信箱 or 客服) and saying it forwarded the question; a doctor's sentence saying so
 * (`建议转至心内科`) is headed by no office.
 */
// The letter forwarded: done or announced (`已转请`, `已轉交`, `将转给`), or by a verb that passes on a request (`转请`, `转交`, `转呈`);
// an office's own reply sending the asker on (`建议转至心内科门诊`, a 健康管理中心 answering under its name) forwards nothing.
const FORWARDING_NOTE_RE =
  /^\p{Script=Han}{1,8}(?:室|處|处|組|组|中心|台|信箱|客服)\s*[:：].{0,30}?(?:(?:已|将|將)(?:转|轉)(?:请|請|交|给|給|由|至|呈|介)|(?<!建议|建議|可|需|请|請)(?:转|轉)(?:请|請|交|给|給|呈))\p{Script=Han}{0,10}?(?:医师|醫師|医生|醫生|专科|專科|科|部|中心)/u;
/**
 * So too, headed by no office, a greeting's note that the question went on to a doctor and that the reply follows
 * (`您好，您的问题已转交乳腺外科王芳医生，回复如下：`, `您好，这里是导医台，…已转给…医生，回复如下：`, `客服已将您的咨询转交…专家，专家回复如下：`):
 * whoever forwarded it wrote it, not the doctor, whose reply starts under it. A doctor's line sending the asker on
 * (`建议转至心内科，…`) announces no reply.
 */
const FORWARDED_REPLY_RE =
  /(?:(?:已|将|將)(?:转|轉)(?:请|請|交|给|給|至|呈)|(?:已|将|將)\p{Script=Han}{0,8}?(?:转|轉)(?:交|给|給|至|呈))[^。！!？?]{0,40}?(?:回复|回覆|答复|答覆|解答|说明|說明|回答)如下\s*[:：。]?$/u;
/**
 * So too an office's greeting that names itself and announces the reply under it (`您好，这里是某医院国际诊疗中心。针对您咨询的
 * 问题，心内科王芳教授的答复如下：`): the office relays the doctor's reply, its note none of it.
 */
const RELAYED_REPLY_RE = /这里是[^。！!？?]{2,30}?(?:中心|服务台|导医台|室|处|處|部|客服|团队|團隊|小组|小組)[。，,！!\s][^]{0,60}?(?:回复|回覆|答复|答覆|解答|回答)如下\s*[:：。]?$/u;
/** The doctor speaking in the note (`我是李明医生`, `我的回复如下`): their own opening of the answer, no office relaying it. */
const DOCTOR_SPEAKS_RE = /我是\p{Script=Han}{1,4}(?:医生|醫生|医师|醫師|大夫|主任|教授)|我的(?:回复|回覆|答复|答覆|解答|回答)/u;
export const isForwardingNote = (text: string) =>
  text.length <= 80 &&
  (FORWARDING_NOTE_RE.test(text.trim()) || FORWARDED_REPLY_RE.test(text.trim()) || (RELAYED_REPLY_RE.test(text.trim()) && !DOCTOR_SPEAKS_RE.test(text)));
/** A line saying the question was passed on (`已转交乳房外科医师`, `已轉請…醫師評估`): whoever passed it wrote it, no doctor's card, whatever follows. */
const PASSED_ON_RE = /(?:已|将|將)\p{Script=Han}{0,8}?(?:转|轉)(?:请|請|交|给|給|至|呈)/u;
export const saysPassedOn = (text: string) => text.length <= 80 && PASSED_ON_RE.test(text);

/**
 * The note under a transcript that the text was transcribed by machine from the doctor's
 * recording (`*语音内容由医生录制，文字由系统转写，仅供参考。`): a note about the answer, none of it.
 */
const TRANSCRIBED_RE = /转写|转录|语音识别|自动识别|机器识别|转(?:成|为)?文字/u;
const CAVEAT_RE = /仅供参考|可能(?:有|存在)(?:误差|错误|偏差)|(?:如有|若有)(?:误差|错误|出入)|以(?:语音|录音|原声|音频)为准/u;
export const isTranscriptionNote = (text: string) => text.length <= 60 && TRANSCRIBED_RE.test(text) && CAVEAT_RE.test(text);
/**
 * A transcript's note on where its text came from (`本文根据现场录音整理，未经主讲人审阅。`, `（以上内容据直播视频整理）`): the
 * editor's, under a talk's or a broadcast's transcript, none of the speaker's answer.
 */
const TRANSCRIBED_NOTE_RE = /^[（(【[]?\s*(?:本文|本稿|全文|以上(?:内容|文字)?|以下(?:内容|文字)?|文字)?\s*(?:根据|据|由|系)[^，,。；;！!？?]{0,12}?(?:录音|录像|视频|音频|直播|现场|讲座|访谈|节目)[^，,。；;！!？?]{0,6}?(?:整理|记录|摘编|编辑)(?:而成|成文)?(?:[，,]\s*(?:未经|经)[^，,。；;！!？?]{0,12}?(?:审阅|审核|审定|校对|修改)[^，,。；;！!？?]{0,4})?[。.]?\s*[）)】\]]?$/u;
export const isCompiledNote = (text: string) => text.length <= 60 && TRANSCRIBED_NOTE_RE.test(text.trim());

/** How often a recording was played (`收听 4937 次`, `2310人听过`, `播放 1.2万次`): a counter, none of the answer. */
const PLAY_COUNT_RE =
  /^(?:(?:收听|播放|已播放|已收听|听过)\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千wW]?\+?\s*次?|\d+(?:\.\d+)?\s*[万千wW]?\+?\s*(?:人|次)\s*(?:听过|收听|播放|已听|在听))$/u;
export const isPlayCount = (text: string) => text.length <= 20 && PLAY_COUNT_RE.test(text.trim());

/**
 * A programme host's thanks under the guest's reply (`主持人晓峰：感谢王明老师的解答，也感谢您收听《健康热线》！`): the host's words,
 * none of the guest's answer. Headed by the host's role (and name), thanking.
 */
const HOST_THANKS_RE = /^(?:主持人|主播|节目主持)\s*\p{Script=Han}{0,4}\s*[:：]\s*(?:(?:也|再次|非常|十分)?(?:感谢|谢谢|多谢))/u;
// A host thanking and then asking on (`主持人：感谢田医生，那么平时可以做哪些锻炼呢？`) leads a transcript's next turn: left to the transcript.
export const isHostThanks = (text: string) => text.length <= 80 && HOST_THANKS_RE.test(text.trim()) && !asksQuestion(text);

/** `答：` on a line of its own over the answer (a copied Q&A's 问：/答： pair): the answer's label, not its first line. */
export const isAnswerMark = (text: string) => /^答\s*[:：]$/u.test(text.trim());

/** A card's label with a name alone after it (`解答医生：王清玉`, the rest of the card on lines of its own): the card's, not the answer's. */
// (A private hospital's `解答专家：`, `接诊专家：`, `坐诊医生：` too.)
/** The words labelling the one who replies (`回复医生：`, `答复专家：`; a signature's `答复人：`, credit-sentence.ts). */
export const REPLY_WORD = '回复|回覆|答复|答覆';
const LABELLED_NAME = `(?:(?:解答|回答|${REPLY_WORD}|答疑|接诊|坐诊|主治)?(?:医生|专家|医师|大夫))\\s*[:：]\\s*\\p{Script=Han}{2,4}`;
const LABELLED_NAME_RE = new RegExp(`^${LABELLED_NAME}$`, 'u');
export const isLabelledName = (text: string) => text.length <= 12 && LABELLED_NAME_RE.test(text.trim());
/** A labelled name that labels the one replying (`答复专家：廖明刚`, `回复医生：白红`): a byline heading the reply, as `回复者：` is. */
const REPLY_LABEL_RE = new RegExp(`^(?:${REPLY_WORD})`, 'u');
export const isReplyLabelledName = (text: string) => isLabelledName(text) && REPLY_LABEL_RE.test(text.trim());
/** A line of card fields that opens with the labelled name (`专家：周子雨　医院：石门华康口腔医院　科室：口腔科`). */
const OPENS_WITH_NAME_RE = new RegExp(`^${LABELLED_NAME}(?=[\\s|｜，,、;；]+\\S)`, 'u');
export const opensWithLabelledName = (text: string) => isLabelledName(text) || (text.length <= 80 && OPENS_WITH_NAME_RE.test(text.trim()));

/**
 * A rights notice under the text (`著作权归作者所有，复制请注明出处。`, `版权归原作者所有，未经授权禁止转载`,
 * `本文是王芳版权所有，未经授权请勿转载。`, a blog's bracketed `[转载请注明出处]`), or the note naming where the text was first published
 * (`本文首发于某某健康`, `本文发布于某网`, no day in it): the site's words about the answer, where it has ended.
 */
const RIGHTS_NOTICE_RE =
  /^[（(【[]?(?:(?:声明|版权声明)[:：]?\s*)?(?:(?:本文)?(?:著作权|版权)(?:归|属于?)(?:原?作者|本站|原作者及本站)所有|本文(?:是|系|为|由)?[^\s，,。:：]{1,20}?(?:版权所有|原创)[，,]|未经(?:许可|授权|允许)[，,]?\s*(?:禁止|不得|请勿)转载|(?:商业|非商业)?转载请(?:注明出处|联系作者))/u;
const FIRST_PUBLISHED_RE = /^本文(?:首发|发布|发表|刊发|刊登|首载)(?:于|在)[^\d\s，,。]{2,20}[。.]?$/u;
/** The site's filing number (`京ICP备13016290号`, `京公网安备 11010502030143号`), printed in its footer alone: the page's end. */
const FILING_NUMBER_RE = /ICP\s*(?:备|证)\s*[:：]?\s*\d{5,}|公网安备\s*[:：]?\s*\d{8,}/u;
/**
 * A mirror's watermark set between an answer's paragraphs, in brackets: its name and what it did to the text
 * (`【养生知识网整理】`, `[某某健康网编辑]`, `（健康之家原创）`): the copier's mark, none of the answer.
 */
const markOf = (longest: number) => new RegExp(`^[【[［（(]\\s*(\\S{2,${longest}}?)\\s*(?:整理|编辑|原创|独家|出品|采编|编辑整理|收集整理)\\s*[】\\]］）)]$`, 'u');
const WATERMARK_RE = markOf(16);
/** An office's mark names its institution too, whose name runs longer than a site's (`云岭市中医药大学附属医院微健康宣传科`). */
const OFFICE_MARK_RE = markOf(32);
/** An institution's office that edits what it posts (`某医院宣传科`, `党委宣传部`, `健康教育科`): its credit is the editor's, no one who answered. */
const EDITING_OFFICE_RE = /(?:宣传|新闻|宣教|健康教育|健教)(?:科|部|处|處|中心|办|辦|办公室)$/u;
export const isEditingOffice = (name: string) => EDITING_OFFICE_RE.test(name.trim());
export const isWatermark = (text: string) => {
  const name = text.trim().match(WATERMARK_RE)?.[1];
  return name !== undefined && wordedAsSite(name);
};
/** An editing office's credit in brackets closing a post (`（某医院宣传科 整理）`): the editor's, none of the answer. */
export const isEditorsCredit = (text: string) => {
  const name = text.trim().match(OFFICE_MARK_RE)?.[1];
  return name !== undefined && EDITING_OFFICE_RE.test(name);
};

/**
 * A site's name and address alone on a line (`龙源期刊网 http://www.qikan.com.cn`), as an aggregator hides its mark between an
 * answer's paragraphs against copying: its mark, none of the answer.
 */
const SITE_MARK_RE = /^(\S{2,16}?)\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?\/?$/iu;
export const isSiteMark = (text: string) => {
  const name = text.trim().match(SITE_MARK_RE)?.[1];
  return name !== undefined && /\p{Script=Han}/u.test(name) && wordedAsSite(name) && !DIRECTING_RE.test(name);
};
/** The answer's own pointer to a site (`详情可查询中国疾控中心网站 www.chinacdc.cn`): words sending the reader there, no mark. */
const DIRECTING_RE = /[请可]|查询|查阅|登录|登陆|访问|详见|参见|参考|浏览|关注|下载|搜索|点击/u;

/**
 * A periodicals site's notes under an article it shows from a scanned issue (`本文为全文原貌 未安装PDF浏览器用户请先下载安装
 * 原版页码：….pdf`), and a page's read counter alone (`阅读数：1491`, `浏览次数：120`): the site's, where the article has ended.
 */
const SCAN_NOTE_RE = /^本文为全文原貌|原版页码\s*[:：]\s*\S+\.pdf\s*$/iu;
// (An old page prints its tools' buttons after the counter: `浏览次数：1198　【打印】【关闭】`.)
const READ_COUNT_RE = /^(?:阅读|浏览|点击|访问)(?:数|量|次数)\s*[:：]\s*\d+(?:\.\d+)?\s*[万千wW]?\+?\s*次?(?:\s*[【[]\s*(?:打印|打印本页|关闭|关闭窗口|收藏|分享|纠错|返回|返回顶部)\s*[】\]])*$/u;
export const isScanNote = (text: string) => text.length <= 80 && SCAN_NOTE_RE.test(text.trim());
export const isReadCount = (text: string) => text.length <= 40 && READ_COUNT_RE.test(text.trim());

/** An aggregator's note that its texts are others' (`健康头条 · 内容聚合自各大健康平台，版权归原作者所有`), wherever it stands in the line. */
const OTHERS_TEXTS_RE = /内容(?:聚合|采集|收集)自|版权归原作者所有/u;
export const isRightsNotice = (text: string) =>
  text.length <= 80 && (RIGHTS_NOTICE_RE.test(text.trim()) || OTHERS_TEXTS_RE.test(text) || FIRST_PUBLISHED_RE.test(text.trim()) || FILING_NUMBER_RE.test(text));

/**
 * The name of the doctor's own column on the site, set over an article (`王芳医生的科普号`, `李明大夫的专栏`):
 * where the article is filed, none of its text.
 */
const COLUMN_NAME_RE = /^\p{Script=Han}{2,4}(?:医生|大夫|医师|教授|主任)?的(?:科普号|科普专栏|专栏|博客|个人网站|个人主页|健康号|工作室)$/u;
export const isColumnName = (text: string) => text.length <= 16 && COLUMN_NAME_RE.test(text.replace(/\s+/gu, ''));
