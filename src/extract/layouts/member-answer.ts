import { CARE_WORKER_ROLE, isPersonalName, TITLE_WORD_RE } from '../../core/genre-vocabulary.js';
import { PROSE_RE } from '../words/genre.js';

/**
 * A Q&A community's page (百度知道, 搜狗问问 and their kind) prints the members' answers beside the
 * certified doctor's, each under a byline that holds the member's rank: `快乐的小鱼 LV5 2021-03-04`,
 * `热心网友 知道达人`, `采纳率 82%`, `健康领域达人`; the rank run into the nickname too (`wxhy_88LV3`, `夜猫子知识达人`). Such a byline starts another person's answer: the
 * doctor's has ended there.
 */
const RANK_RE = /(?:^|[\s·|｜]|(?<=[\p{Script=Han}A-Za-z\d_]))(?:LV|Lv|lv)\s*\.?\s*\d{1,2}(?=$|[\s·|｜])|采纳率\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%|(?:^|[\s·|｜])\p{Script=Han}{0,8}(?:领域)?(?:达人|大使|合伙人)(?=$|[\s·|｜])/u;
/**
 * A mother-and-baby community's byline: the member's nickname, then the badge it shows instead of a rank,
 * her stage of pregnancy or her baby's age (`小鱼妈妈 孕36周+3天`, `豆豆妈 宝宝1岁2个月`, `小兔 备孕中`).
 * Name and badge are often two inline elements with no space between, which a browser runs together
 * (`乐乐麻麻352宝宝1岁2个月`), or a dot stands between them (`胡麻麻347 · 宝宝2岁3个月`, `tom_li · 宝宝3岁`): then the
 * nickname ends as such names do, in a number, a Latin letter or the parent word (妈, 麻麻, 爸), so that a line of the
 * answer that merely names an age (`宝宝2岁3个月时…`, a heading's `注意 · 宝宝2岁以下慎用`) is no byline.
 */
const MEMBER_NICK = '\\S{0,11}[\\p{Nd}A-Za-z妈麻爸]';
const STAGE_BADGE = '(?:[二三]胎)?(?:怀?孕\\s*\\d{1,2}\\s*周(?:\\s*[+＋]\\s*\\d\\s*天)?|宝宝\\s*(?:\\d{1,2}\\s*岁(?:\\s*\\d{1,2}\\s*个月)?|\\d{1,2}\\s*(?:个月|天|周))|备孕中?|孕[早中晚]期)';
/**
 * With a plain space between (`小兔 备孕中`, `豆豆妈 宝宝1岁2个月 2023-05-06`), any nickname, but the badge ends the line or
 * stands before the post's meta (a day, a rank, `提问于`); the nickname is no word an answer's sentence opens with: a line of
 * the answer (`建议 宝宝6个月 后添加辅食`, `注意 宝宝2岁`) is no byline.
 */
const SPACED_NICK = '(?!(?:注意|建议|提醒|提示|另外|此外|一般|通常|如果|特别|尤其|比如|例如|目前|现在|所以|因此|但是|同时|其次|首先|最后)\\s)\\S{1,12}\\s+';
const BYLINE_META = '(?:[\\dLl]|提问|回答|回复|发布|来自)';
const STAGE_BADGE_RE = new RegExp(`^(?:${SPACED_NICK}${STAGE_BADGE}(?=$|\\s+${BYLINE_META})|${MEMBER_NICK}(?:\\s*[·•|｜]\\s*)?${STAGE_BADGE}(?=$|\\s))`, 'u');

/** Whether a short line is a community member's byline with their rank. */
/** A character every rank holds: most lines hold none and are passed over at once. */
const RANK_HINT_RE = /[Vv采达大合孕宝]/u;
/**
 * A nickname of a few characters run into its stage badge and nothing else on the line (`西瓜太甜宝宝1岁`, `糖糖孕32周`):
 * a line of the answer that names an age says more than a word before it.
 */
const RUN_TOGETHER_STAGE_RE = /^\p{Script=Han}{2,6}(?:怀?孕\s*\d{1,2}\s*周|宝宝\s*\d{1,2}\s*(?:岁|个月)|备孕中)$/u;
/**
 * A patients' community's comment byline: the member's name run into the tag of who they are (`刘静怡家属`, `杨建国患者`,
 * two inline elements with no space between) and nothing else on the line. A name is two to four characters; a line of
 * the answer naming patients says more (`糖尿病患者：`, `老年患者要注意…`).
 */
const ROLE_TAGGED_NAME_RE = /^\p{Script=Han}{2,4}(?:患者|家属|病友|患者家属)$/u;
/** The store a retailer's staff member works at, after their badge (`育儿顾问 · 南京新街口店`): where they stand behind a counter. */
const STORE_AFTER = '\\s*[·•|｜]\\s*\\p{Script=Han}{2,12}(?:门店|店)';
/**
 * A byline whose badge names someone who answers without a 卫生专业技术职称: a gene-test company's or a check-up
 * app's genetic counsellor (遗传咨询师), health manager (健康管理师), its customer service (客服), or a plain member
 * (`用户_ff85 用户`): the name, then the badge, nothing else on the line. Their answers stand beside the doctor's,
 * before or after it; such a byline starts one of them, none of the doctor's.
 * A mother-and-baby retailer's 育儿顾问 likewise (a 母婴 chain's app puts its store's adviser beside the paediatrician, the store after
 * the badge: `张静怡 育儿顾问 · 南京新街口店`): a shop's staff, their reply (`门店有专业育儿顾问…`) none of the doctor's.
 * A 月子中心's or a 母婴 app's care staff likewise, by the trade's vocational grades (`吴国庆 高级母婴护理师`, `育婴师`,
 * `催乳师`, `产后康复师`, core/genre-vocabulary.ts), the name before the grade or after it (`金牌月嫂 王丽`): no nurse's 护师 title,
 * their 补充 none of the expert's answer. A ward nurse's `护理师` alone is left out: on a hospital's board the answering person
 * may be one.
 */
const NON_CLINICAL_BADGE_RE = new RegExp(`^\\S{1,12}\\s+(?:(?:认证|持证|注册|资深|高级)?(?:遗传咨询师|健康管理师|健康顾问|育儿顾问|母婴顾问|客服|用户|网友)|${CARE_WORKER_ROLE})(?:${STORE_AFTER})?$`, 'u');
/** The care worker's grade first, then a personal name (`金牌月嫂 王丽`; not `育婴师 提醒您`). */
const CARE_WORKER_FIRST_RE = new RegExp(`^${CARE_WORKER_ROLE}\\s+(\\p{Script=Han}{2,4})$`, 'u');
const careWorkerFirst = (text: string) => {
  const name = text.match(CARE_WORKER_FIRST_RE)?.[1];
  return name !== undefined && isPersonalName(name);
};
/**
 * A cosmetic clinic's sales staff answering beside the doctors (医美 Q&A sites): their role before a first name (`美学顾问小雅`,
 * `咨询师 Lily`), perhaps the institution's badge after it, or any name under that badge alone (`安琪 机构认证`: an account of
 * the clinic's, no doctor's). No title, no department: their answer is none of a doctor's.
 * A Han name run into the role with nothing after it is no byline: a line of the doctor's answer reads so too
 * (`咨询师面诊`, a step of the clinic's visit; `美学顾问建议`, a heading): it is one with the badge after it, or set apart by a space.
 */
const STAFF_ROLE = '(?:(?:美学|医美|美容|整形)?顾问|(?:美学|医美|美容|整形)?咨询师)';
const CLINIC_STAFF_RE = new RegExp(
  `^${STAFF_ROLE}(?:\\s*[A-Za-z]{1,12}(?:\\s+\\S{0,4}认证)?|\\s+\\p{Script=Han}{1,8}(?:\\s+\\S{0,4}认证)?|\\p{Script=Han}{1,8}\\s+\\S{0,4}认证)$|^\\S{1,16}\\s+机构认证$`,
  'u',
);
/**
 * Or the staff member's name first, their role after it set apart by a space (`赵国庆 美学咨询师`, `小雅 美学顾问`): the same
 * byline as the site prints it the other way round. Only a person's name or a pet name before it (a line of the answer
 * naming the role, `术前咨询 美学顾问`, has none), and only the sales roles: `张明 心理咨询师` is a counsellor's card.
 */
const NAME_THEN_STAFF_RE = new RegExp(`^(\\p{Script=Han}{2,4})\\s+${STAFF_ROLE}(?:\\s+\\S{0,4}认证)?$`, 'u');
const nameThenStaff = (text: string) => {
  const name = text.match(NAME_THEN_STAFF_RE)?.[1];
  return name !== undefined && (isPersonalName(name) || /^小\p{Script=Han}{1,2}$/u.test(name));
};
/**
 * A 医美 Q&A site's user who has had the treatment (a patient telling how it went): the nickname, then the badge the site gives
 * such users (`橙子2096 已做过该项目`, `小鹿3666 过来人`), nothing else on the line. No title, no department: a patient's word,
 * none of a doctor's answer, also where the site marks it 精选回答.
 */
const TREATED_USER_RE = /^\S{1,16}\s+(?:过来人|已做过(?:该|此|这个)?项目|已做过)$/u;
/**
 * A shop's buyer: the nickname, then the badge the shop gives a customer who bought the goods asked about (`yfw_fa1dab 已购买`,
 * `小王 已购买此商品`), nothing else on the line. A customer's word on the goods, none of the pharmacist's answer.
 */
const BUYER_RE = /^\S{1,16}\s+已购(?:买)?(?:该|此|这个|本)?(?:商品|宝贝|药品)?$/u;
/**
 * A shop's or a community's member shown by the nickname the site made up for them, a stock word and digits or a masked
 * phone number (`热心网友9934`, `康爱多会员5712`, `会员138****5621`, `匿名用户 3721`): alone on a line, the byline of a
 * customer's reply, none of the pharmacist's or the doctor's. The stock word may carry the site's letters before it
 * (`7lk网友9556`) or be a hobbyist's (`中医爱好者4597`), and a `热心网友` badge may stand before the nickname
 * (`热心网友 中医爱好者4597`): a member's byline all the same.
 */
const STOCK_NICK_RE = /^(?:热心网友\s+)?(?:[A-Za-z\d]{0,6}(?:热心网友|匿名网友|匿名用户|网友|游客)|\p{Script=Han}{0,4}(?:会员|爱好者))\s*[\d*＊]{3,14}$/u;
/**
 * A platform's service helper who speaks beside the doctor (an insurer's or a health app's 健康管家, a 客服, a 小助手): its role,
 * then the name it goes by (`健康管家 小泰`, `客服小美`, `服务助手 安安`), nothing else on the line. It acknowledges the question or
 * closes the consultation (`如还有疑问可继续追问医生`): none of the doctor's answer. A check-up chain's 健康顾问 likewise
 * (`健康顾问 小慈`: `已为您安排主检医师解读报告`), an elderly-care portal's 养老顾问 (`养老顾问 小王`: `已为您推荐…养老机构`), their message and
 * its day none of the doctor's. The name is a pet name (`小` and one or two
 * characters) or set apart by a space: a line of the answer naming the role (`健康管家建议`) is no byline, nor a head or a line
 * of the answer's that names the role before its advice (`健康管家小贴士`, `健康管家 提醒您`): no name, though a pet name's shape. Or the site's own helper
 * account, its brand before a diminutive role (`辣妈帮小帮手`, `XX小助手`), perhaps with the `官方` badge after it, or a plain role
 * with that badge (`XX客服 官方`): a button's `联系客服` is none. Or the label heading such a helper's reply, the brand before it
 * (`欧姆龙客服回复：`, `在线客服回复：`), its colon closing the line: a sentence asking to contact it (`请联系客服回复`) is none, nor
 * the answer's line quoting what the service said (`您说的客服回复：`, `之前客服回复：`: a speaker's or a time's words before the role).
 */
const SERVICE_HELPER_RE =
  /^(?:(?:健康|服务|专属|在线|私人)?(?:管家|助手|小助手|小帮手|客服)|(?:健康|养老|康养|照护)顾问)(?!\s*(?:小(?:贴士|提示|知识|常识|建议|技巧|妙招|课堂|讲堂|科普|叮嘱|提醒|结)|提醒|提示|建议|温馨|告诉|叮嘱|说))(?:\s*小\p{Script=Han}{1,2}|\s+\p{Script=Han}{2,3}|\s*[A-Za-z]{1,8})$|^[\p{Script=Han}A-Za-z]{1,6}(?:小帮手|小助手|小管家)(?:\s+官方)?$|^[\p{Script=Han}A-Za-z]{1,6}(?:客服|助手|管家)\s+官方$|^(?![\p{Script=Han}A-Za-z]*?(?:[您你我他她的说讲称]|提到|之前|以前|刚才|上次))[\p{Script=Han}A-Za-z]{0,6}?(?:客服|小助手|小帮手|管家)(?:回复|答复|留言)\s*[:：]$/u;
/**
 * What each of the badged bylines below holds, trimmed: a space inside (name and badge apart), a role's character (顾问, 咨询师,
 * 管家, 助手, 帮手, 客服), or a stock nickname's last digit or mask. Most short lines hold none and are passed over at once.
 */
const BADGE_HINT_RE = /\s|[顾咨管助帮客]|[\d*＊]$/u;
const isBadgedByline = (t: string): boolean =>
  BADGE_HINT_RE.test(t) && (NON_CLINICAL_BADGE_RE.test(t) || careWorkerFirst(t) || CLINIC_STAFF_RE.test(t) || nameThenStaff(t) || TREATED_USER_RE.test(t) || BUYER_RE.test(t) || STOCK_NICK_RE.test(t) || SERVICE_HELPER_RE.test(t));
export const isMemberByline = (text: string): boolean =>
  (text.length <= 40 && RANK_HINT_RE.test(text) && !PROSE_RE.test(text) && (RANK_RE.test(text) || STAGE_BADGE_RE.test(text) || RUN_TOGETHER_STAGE_RE.test(text.trim()))) ||
  (text.length <= 8 && ROLE_TAGGED_NAME_RE.test(text.trim())) ||
  (text.length <= 24 && isBadgedByline(text.trim()));

/**
 * The lines of members' posts between lines `from` and `to`: each byline and what follows it (the
 * member's words, their day) up to the next byline or a line `others` says is another's (the
 * doctor's card, the answer). Their days date the members' answers, never the doctor's.
 */
export function memberPostLines(lines: readonly { text: string }[], from: number, to: number, others: (i: number) => boolean): number[] {
  const post: number[] = [];
  let inPost = false;
  // The line right under a byline (a counsellor's team, `基因说遗传咨询团队`) is its header, though read as a card's: it ends nothing.
  let byline = -1;
  for (let i = from; i < to; i++) {
    if (isMemberByline(lines[i]!.text)) [inPost, byline] = [true, i];
    else if (others(i) && i !== byline + 1) inPost = false;
    if (inPost) post.push(i);
  }
  return post;
}

/**
 * Whether the text read from line `first` is a member's answer: a member's byline stands over it (above the question's
 * line `question`), no text between. Where no doctor's card was found, such a text is no doctor's answer.
 */
export function underMemberByline(lines: readonly { text: string }[], question: number, first: number): boolean {
  for (let i = first - 1; i > question; i--) {
    const text = lines[i]!.text;
    if (isMemberByline(text)) return true;
    if (text.length > 40 || PROSE_RE.test(text)) return false;
  }
  return false;
}

/**
 * A member's byline of a nickname and its post's stamp alone (`二宝妈咪 9天前`, `Peggy · 2023/05/06`, `小鱼 05/06`): no rank, no
 * badge, so it tells a member's post only where the page says it lists several answers (answer-zone.ts). A title word in it makes
 * it a doctor's line, and the labels of a post's own stamp (`回复于 3天前`, `发布 2023-05-06`) no nickname.
 */
const STAMPED_NICK_RE =
  /^([\p{Script=Han}A-Za-z\d_]{1,12}?)\s*[·•|｜]?\s*(?:\d{1,3}\s*(?:分钟|小时|天|日|周|个月|年)前|昨天|前天|刚刚|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})$/u;
const STAMP_LABEL_RE = /回答|回复|回覆|解答|发布|发表|更新|编辑|提问|咨询|留言|时间|日期|于/u;
export function isStampedNickname(text: string): boolean {
  if (text.length > 32) return false;
  const nick = text.trim().match(STAMPED_NICK_RE)?.[1];
  return nick !== undefined && !TITLE_WORD_RE.test(nick) && !STAMP_LABEL_RE.test(nick);
}
