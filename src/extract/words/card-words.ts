/**
 * What a doctor card's words say: its field labels (科室：, 所在医院), a name and what is no name, a calling,
 * the ranks, a bio line, a verification badge. The vocabulary the card readers share.
 */
import type { Doctor } from '../../schema/entry.js';
import { isPersonalName, isTransliteratedName, NAME_DOT_RE, POST_TITLES } from '../../core/genre-vocabulary.js';
import { HAN } from './genre.js';
import { isFormerPostLine } from './former-post.js';

export type Field = keyof Doctor;
/** Labels of card fields, longest first where one starts another. */
const FIELD_LABELS: Array<[string, Field]> = [
  ['解答医生', 'name'], ['回答医生', 'name'], ['答疑医生', 'name'], ['主治医生', 'name'], ['医生姓名', 'name'], ['医生', 'name'],
  ['姓名', 'name'], ['专家', 'name'], ['大夫', 'name'],
  // in English, as a reader view or a bilingual site labels them
  ['Doctor', 'name'], ['Title', 'title'], ['Department', 'department'], ['Dept.', 'department'], ['Dept', 'department'], ['Hospital', 'hospital'],
  ['医生职称', 'title'], ['职称', 'title'], ['职务', 'title'],
  // a Hong Kong practice's profile fields (`專科：家庭醫學`, `資歷：家庭醫學專科醫生`, `診所：…`): the specialty the department, the qualification the title, the clinic the hospital
  ['专科', 'department'], ['资历', 'title'], ['诊所', 'hospital'],
  ['所属科室', 'department'], ['所在科室', 'department'], ['就诊科室', 'department'], ['科室', 'department'], ['科别', 'department'],
  ['医院等级', 'hospital_grade'], ['等级', 'hospital_grade'],
  // 第一执业 the doctor's first place of practice (where one practises at more than one: 多点执业), before the others
  ['第一执业医院', 'hospital'], ['第一执业地点', 'hospital'], ['第一执业机构', 'hospital'],
  ['所在医院', 'hospital'], ['执业医院', 'hospital'], ['执业机构', 'hospital'], ['就职医院', 'hospital'], ['所属医院', 'hospital'], ['执业地点', 'hospital'], ['所在药店', 'hospital'], ['所在药房', 'hospital'], ['医院', 'hospital'],
];
export const FIELD_OF = new Map(FIELD_LABELS);
/** A known label at the start of a part, then its colon, a space or the part's end (a <dt>, a <th>). */
export const LABEL_RE = new RegExp(`^(${FIELD_LABELS.map(([l]) => l.replace('.', '\\.')).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'u');
/** Any short label and its colon (`出诊医院：`, `接诊医生:`): what it names is told by its words. */
export const ANY_LABEL_RE = /^(\p{Script=Han}{2,6})\s*[:：]\s*/u;
const LABEL_WORDS: Array<[RegExp, Field]> = [
  // 层级 as Taiwan's sites label the hospital's accreditation level (医院层级：医学中心)
  [/等级|级别|层级/u, 'hospital_grade'],
  // 院所 as Taiwan's sites name where a doctor works
  // 诊所 as a practice abroad labels where its doctor sees patients (`诊所：约克内科专科诊所`)
  // 医馆 a TCM clinic where its doctor sits (`坐诊中医馆`, `出诊国医馆`); a clinic chain's 馆区, the branch (馆) its doctor sits in
  // (`坐诊馆区：某堂城西馆`, `出诊馆：…`): the label ending in it, as the hall's address and phone (`馆区地址：`, `馆区电话：`) are no hall;
  // 院区 (院區) a hospital's or a chain's branch its doctor sits in (`院区：某齿科城南院`, `院區：某某醫院`): the label ending in it, as
  // the branch's address (`院区地址：`) is no branch
  [/医院|单位|机构|地点|药店|药房|院所|诊所|診所|医馆|^(?:出诊|坐诊|所在|所属|执业|就诊|接诊)?[馆院][区區]$|^(?:出诊|坐诊|所在|所属)馆$/u, 'hospital'],
  [/科|部门/u, 'department'],
  [/职称|职务|职级/u, 'title'],
  // who answers, in the words of sites of pharmacists and nutritionists too (答疑药师：, 营养师：)
  [/医生|专家|姓名|大夫|医师|药师|营养师/u, 'name'],
];
/** A label word alone, without its colon: `出诊医院`, `所属科室`, `医院等级`. */
export const LABEL_ONLY_RE = /^(?:出诊|所属|所在|就职|(?:第一)?执业|工作|就诊|坐诊|接诊|主诊|答疑)(?:医院|单位|科室|科别|医生|专家|药店|药房)$|^(?:第一)?执业(?:地点|机构)$|^(?:出诊|坐诊|所在|所属)(?:中医|国医)?馆$|^(?:出诊|坐诊|坐堂|接诊|主诊|答疑)(?:医师|药师)$|^(?:医院等级|医院级别|医生姓名|医生职称|技术职称)$/u;
/**
 * A label of who answers alone with its colon (`答疑药师：` in a <label>, `回复医师：` in a <span>):
 * the name is the part after it, and the label's 医师 is no title.
 */
export const ANSWERER_LABEL_RE = /^\p{Script=Han}{0,3}(?:医师|医生|药师|营养师)\s*[:：]\s*$/u;
export const fieldOfLabel = (label: string): Field | null => FIELD_OF.get(label) ?? LABEL_WORDS.find(([re]) => re.test(label))?.[1] ?? null;
/**
 * The doctor's bio and the like (擅长：…, 简介：…, 社会任职：…, a 执业经历 head alone, a career's
 * `2009–2015 某医院 神经内科 主治医师`): part of the card, but none of its fields — the hospitals, departments and titles it names are the doctor's past
 * or others'.
 */
const BIO_LABEL_RE =
  /^(?:(?:专业)?擅长(?:领域|疾病|方向)?|简介|介绍|专长|医生简介|个人简介|医生介绍|(?:执业|从业|工作|进修|学习|教育)(?:经历|背景)|从医\S{0,2}|(?:社会|学术)(?:任职|兼职)|科研成果|获奖情况|荣誉称号)\s*(?:[:：]|$)/u;
/** A career's line (`2009–2015 某医院 神经内科 主治医师`, `2016至今 …`): no sentence, unlike an answer's `2019年起，…`. */
const CAREER_RE = /^\d{4}(?:[.年]\d{1,2}月?)?\s*(?:[-–—~～至到]\s*(?:\d{4}(?:[.年]\d{1,2}月?)?|今|现在)|至今|起)(?![^，,。；;！!？?]*[，,。；;！!？?])/u;
/**
 * A practice's contact and service fields in a card (`地址：2851 John St`, `电话：…`, `语言：国语、粤语、English`, `资格：MD, CCFP`,
 * `Tel:`): none of the card's fields — a language is no name, a street no hospital.
 */
const CONTACT_LABEL_RE = /^(?:地址|地點|地点|诊所地址|診所地址|电话|電話|预约电话|預約電話|传真|傳真|语言|語言|服务语言|服務語言|资格|資格|网址|網址|邮箱|郵箱|电邮|電郵|Tel|Phone|Fax|Address|Languages?|Email)\s*[:：]/iu;
/**
 * A practice's note on how it sees patients (`Bulk Billing 免费看诊`, `接受新病人 Accepting new patients`), or on what kind of practice
 * it is (`私人诊所 Private Clinic`: no clinic's name), as clinics abroad print one on the card.
 */
const PRACTICE_NOTE = '(?:Bulk[\\s-]*Bill(?:ing|ed)|接受新病人|Accepting new patients|免费看诊|免費看診|私人诊所|私人診所|私家诊所|私家診所|Private (?:Clinic|Practice))';
const PRACTICE_NOTE_RE = new RegExp(`^${PRACTICE_NOTE}(?:\\s*${PRACTICE_NOTE})?$`, 'iu');
export const isContactLine = (text: string): boolean => CONTACT_LABEL_RE.test(text.trim()) || PRACTICE_NOTE_RE.test(text.trim());
/**
 * A bio's sentence of where the doctor practises now (`现于悉尼执业，…`, `目前在本院坐诊`): the card's, as a column's head prints it under
 * the name and title; an answer tells the patient what to do, not where its doctor practises.
 */
const PRACTISES_NOW_RE = /^(?:现|現|目前|现时|現時)(?:于|於|在)\S{1,12}?(?:执业|執業|行医|行醫|坐诊|坐診|应诊|應診)/u;
export const isBioLine = (text: string): boolean => {
  const t = text.trim();
  // A former post in a public hospital (`曾任…医院（三甲）…主任，…`, former-post.ts) is the bio's too.
  return BIO_LABEL_RE.test(t) || CAREER_RE.test(t) || PRACTISES_NOW_RE.test(t) || isFormerPostLine(t);
};
// A name parted by a dot is one name only where it transliterates (isDottedName): `李明·王芳` is two people.
const NAME_RE = new RegExp(`^${HAN}{2,4}$`, 'u');
export { NAME_DOT_RE };
/** What no part of a person's name holds: a unit's end (科, 院, 中心) or a role's, a title's or a label's word. */
const NOT_OF_A_NAME_RE = /[科院]$|中心$|^[一二三四五六]级|医生|大夫|医师|护士|专家|专业号|头像|照片|图片|主任|教授|科室|医院|职称|姓名|等级|级别|出诊|接诊|主诊|认证|核验|审核|验证/u;
/**
 * A name whose parts an interpunct parts (`阿依古丽·买合木提`, `艾尔肯•吐尔逊`): one name, as Xinjiang's hospitals print their
 * doctors'; no part of it a unit's, a title's or a label's word (`王建国·主任医师`, `心内科·王建国` are two fields).
 */
export const isDottedName = (text: string) =>
  isTransliteratedName(text) && text.split(NAME_DOT_RE).every((part) => !NOT_NAMES.has(part) && !NOT_OF_A_NAME_RE.test(part) && !ACADEMIC_RANK_RE.test(part));
/**
 * A label naming who checked or joined the answer, not who gave it: a reviewer's (`审核医生`, `审核`, `医学审核专家`, a
 * prescription's `审方药师`) or a co-signer's (`会诊医生`, `协诊医师`, `参与会诊`: who joined the consultation), or an assistant's beside the one who sees the patient (`助理医生`).
 */
export const ASIDE_PERSON_LABEL_RE = /^(?:(?:医学|专业|内容)?(?:审核|审校|审稿|审阅|核稿|审定|复核|审方)(?:专家|医生|医师|药师|人|者)?|(?:会诊|协诊|参与|助理|助诊)(?:医生|医师|专家)|参与(?:会诊|协诊))$/u;
/** A label naming a person of a card (`解答医生`, `主诊医生`, `责任医师`, `主治医师`, `审核`): a doctor's word closes it, or it is an aside's. */
export const isPersonLabel = (label: string): boolean => /(?:医生|医师|大夫|专家|药师|营养师)$/u.test(label) || ASIDE_PERSON_LABEL_RE.test(label);
/** Two Han names of two or three characters joined by a dot (`李明·王芳`). */
const NAME_PAIR_RE = new RegExp(`(?<!${HAN})(${HAN}{2,3})${NAME_DOT_RE.source}(${HAN}{2,3})(?!${HAN})`, 'u');
/**
 * Two people a card joins by a dot (`李明·王芳`, a team's credit or a name and a co-author's), no transliterated name: the two
 * names, or null. Which of them answers the card does not say.
 */
export function dottedNamePair(text: string): [string, string] | null {
  const m = text.match(NAME_PAIR_RE);
  if (!m || isTransliteratedName(m[0])) return null;
  return isName(m[1]!) && isName(m[2]!) && isPersonalName(m[1]!) && isPersonalName(m[2]!) ? [m[1]!, m[2]!] : null;
}
/**
 * A programme host's label on a turn of its transcript, named or not (`主持人：`, `主持人晓雯：`): the host speaks, no guest. So
 * does a reporter's (`记者：`, `本报记者：`) in an interview's transcript: the one who puts the questions, as a host does.
 */
export const isHostLabel = (label: string): boolean => /^(?:(?:主持人|主持)\p{Script=Han}{0,3}|(?:本报|本台|本刊|本网)?记者)$/u.test(label);
/** Short words of cards and pages that look like names (two to four Han characters) and are not. */
const NOT_NAMES = new Set([
  '医生', '专家', '大夫', '主任', '认证', '已认证', '实名认证', '关注', '咨询', '在线', '问诊', '主页', '回答', '解答', '擅长', '简介',
  '医院', '科室', '职称', '姓名', '点击', '播放', '预约', '挂号', '私信', '粉丝', '患者', '评价', '好评', '服务', '图文', '语音',
  '视频', '电话', '回答医生', '解答医生', '医生回答', '医生解答', '专家解答', '专家回答', '医生回复', '最佳答案', '问医生', '找医生',
  '咨询医生', '向他提问', '向她提问', '立即咨询', '在线咨询', '免费咨询', '查看主页', '医生主页', '进入主页', '收听', '语音解答', '个人网站',
  // a role in a community or an account (a paid circle's 星主, a group's 群主, a blog's 博主), before the name it labels
  '星主', '圈主', '群主', '版主', '楼主', '博主', '答主', '主播', '站长', '小编',
  // a programme's or a column's role over its guest's card (本期嘉宾, 特邀专家), or its host's
  '嘉宾', '本期嘉宾', '栏目嘉宾', '节目嘉宾', '特邀嘉宾', '本期专家', '特邀专家', '答疑专家', '主讲专家', '主持人',
  // the head of a guest's or an expert's box over their card (`嘉宾介绍` over the name, the hospital and the title)
  '嘉宾介绍', '嘉宾简介', '专家介绍', '专家简介', '医生介绍', '医生简介',
  // a paid answerer's price to ask them (`身价 ¥88`, 在行一点's), beside their counters
  '身价',
  // the head of a blog's author box over the author's card (本文作者, 关于作者)
  '作者', '本文作者', '文章作者', '关于作者', '作者信息',
  // the asker's greeting to the doctor (`医师您好`, `醫師你好`), read as a calling and a name
  '您好', '你好', '妳好', '大家好',
]);
/** The asker's greeting to the doctor (`医生您好`, `醫師你好`, `大夫您好：`): a calling, no title, and no name after it. */
const GREETING_RE = /^(?:医生|医师|大夫|醫師|醫生|专家|專家|主任|教授|老师|老師)?\s*(?:您好|你好|妳好)\s*[!！,，:：。]?$/u;
export const isGreeting = (text: string): boolean => GREETING_RE.test(text.trim());
/**
 * A rank-like adjective before a role (`金牌营养师`, `高级健康管理师`, `资深康复医师`, `首席专家`): the grade a platform or a trade
 * gives the role, alone or with the role's kind after it (`资深康复`), none of a name.
 */
const RANK_ADJECTIVE_RE = /^(?:高级|中级|初级|金牌|银牌|资深|首席|王牌|特级|特聘|知名|著名)/u;
const isRankAdjective = (text: string) => RANK_ADJECTIVE_RE.test(text) && (text.length === 2 || isCallingRole(text.slice(2)));
/**
 * A site's verification badge: `认证医师`, `医师认证`, `已认证医生`, `实名认证专家`, `已认证` alone or a Q&A portal's `专业认证` / `医疗认证` (a tick or star before it), a hub's `权威医生`;
 * a platform's brand before 认证 or before its family-doctor programme (`泰康认证`, `泰康家庭医生`): a name, no step of an answer's
 * list (`①联系签约家庭医生`, `需要认证`: a number before it, a verb or a pronoun in it).
 */
export const VERIFIED_BADGE_RE =
  /^(?:[^\p{Script=Han}]{0,2}(?:(?:已|实名|官方|平台)?认证(?:医师|医生|专家|药师)|(?:医师|医生|专家|药师)(?:已|实名)?认证|(?:已|已实名|实名|官方|专业|医疗)认证|权威(?:医师|医生|专家))|[^\p{Script=Han}\p{N}()（）.、]{0,2}(?!\p{Script=Han}{0,3}?(?:的|您|你|我|他|她|请|找|向|问|去|联系|咨询|需要|通过|进行|获得|取得|申请|完成|办理|经过))\p{Script=Han}{2,4}(?:认证|家庭医生))$/u;
/** A verification badge on a line of its own, beside the card (see VERIFIED_BADGE_RE): the card's, none of the answer. */
export const isVerifiedBadge = (text: string) => text.length <= 12 && VERIFIED_BADGE_RE.test(text.trim());
export const isName = (text: string) =>
  (NAME_RE.test(text) || isDottedName(text)) &&
  !NOT_NAMES.has(text) &&
  !isRankAdjective(text) &&
  !ACADEMIC_RANK_RE.test(text) &&
  // A post's level (`二级` of 二级教授) is none either; nor a unit (`体检中心` of `体检中心主任`); nor a platform's kind of account
  // badged beside the name (`爱奇艺号`, `头条号`, `百家号`: the account is the platform's 号, no one's name ends so).
  !/[科院号號]$|中心$|^[一二三四五六]级|医生|大夫|护士|专家|专业号|头像|照片|图片|主任|科室|医院|职称|姓名|等级|级别|出诊|接诊|主诊|认证|核验|审核|验证/u.test(text);
/** A name and its calling (`胡欣大夫`, `杨宏波医生`, `钟子护士`), where what goes before is no role (家庭医生, 值班医生, 责任护士). */
const CALLED_RE = /^\p{Script=Han}{2,4}(?:大夫|医生|医师|护士)$/u;
// A check-up's roles too (解读医生, 主检医生, 总检医生, 审核医生, 报告医生, 体检医生): the part a doctor plays in a report, no one.
// A discipline's or a service's too (康复医师, 麻醉医师, 影像医师, 营养医师, Taiwan's 復健醫師 folded): what kind of doctor, no one.
const ROLE_RE =
  /^(?:家庭|值班|主治|住院|实习|见习|规培|助理|责任|专科|签约|社区|乡村|村医|全科|门诊|急诊|执业|首席|特约|在线|坐诊|接诊|出诊|驻点|主管|带教|随访|健康|私人|管床|床位|护理|巡回|器械|手术|中医|西医|牙科|口腔|儿童|宝宝|心理|男|女|好|名|解读|主检|总检|审核|报告|体检|检验|康复|复健|麻醉|影像|放射|超声|病理|营养|药剂|临床|介入|针灸|推拿|疼痛|透析|预防|公卫|医技|内镜|重症|放疗|化验|心电)$/u;
/** A role run in before a calling (`康复` of 康复医师, `麻醉` of 麻醉医师): the kind of doctor, never a name. */
export const isCallingRole = (stem: string): boolean => ROLE_RE.test(stem);
/**
 * A name with a role run on after it before the calling (`张伟康复` of `张伟康复医师`): the name (two or three Han, a surname's) and
 * the role (two Han at least: `张伟男` is a name); null where it is not so.
 */
export function nameThenRole(text: string): [string, string] | null {
  for (const n of [2, 3]) {
    const [name, role] = [text.slice(0, n), text.slice(n)];
    if (role.length >= 2 && ROLE_RE.test(role) && isName(name) && isPersonalName(name)) return [name, role];
  }
  return null;
}
/** The name in a name and its calling (`杨宏波医生` → 杨宏波), or null where what goes before the calling is no name. */
export const calledName = (text: string): string | null => {
  if (!CALLED_RE.test(text)) return null;
  const stem = text.slice(0, -2);
  // Not a department before the name (`骨科龙雨医生`, an account's nickname): no name can be told from it.
  return isName(stem) && !ROLE_RE.test(stem) && !/[科院]/u.test(stem) ? stem : null;
};
/** What a picture's alt says besides a name it draws: the calling (`王伟医生`), an e-signature's note (`王伟（电子签名）`). */
const PICTURE_NAME_NOTE_RE = /(?:医生|大夫|医师)$|\s*[（(](?:电子|手写)?签名[）)]$/u;
/** The name a picture draws, as its alt gives it for screen readers (a text-to-image name, an e-signature), or null. */
export function pictureName(alt: string | undefined): string | null {
  const text = alt?.trim().replace(PICTURE_NAME_NOTE_RE, '') ?? '';
  return isName(text) ? text : null;
}
/** A box's heading over the card's fields (`医师执业信息公示`, `医生基本信息`): it names the box, none of its fields, though it holds 医师. */
/** So is a column's head over its doctor's box (`本期医生`, `专栏医生`, `解答医生`, `嘉宾医生`): who the box is, no name nor rank. */
const FIELDS_HEADING_RE = /^(?:\p{Script=Han}{0,8}(?:信息公示|执业信息|公示信息|基本信息|个人信息|资质信息)|[【\[]?(?:本期|本周|专栏|專欄|解答|嘉宾|嘉賓|特约|特約)(?:医生|醫生|医师|醫師|专家|專家)[】\]]?)$/u;
export const isFieldsHeading = (text: string) => FIELDS_HEADING_RE.test(text.trim());
/** A post (主任) is a title of its own, and the start of a longer one (主任医师, 主任中医师) where the rest runs on from it. */
export const isPost = (text: string) => POST_TITLES.includes(text);
/** An academic rank, which a card may print before or after the clinical title (教授, 二级教授, 讲师, 研究员, 硕导): never a name. */
/** A rank of the clinical ladder (主治医师, 副主任中医师, 顾问医生): what a bare 医师 beside it gives way to. */
export const CLINICAL_RANK_RE = /^(?:(?:副?主任|主治|住院|总)中?医[师生]|(?:资深|高级|副)?顾问医生|高级医生|驻院医生|专科医[生师])$/u;
/**
 * A licence a card may print as a badge beside the rank (`执业医师`, `执业助理医师`, `执业药师`): what the holder may
 * practise, no rung of the ladder; the rank printed in the same card is the title (card-parts.ts).
 */
export const LICENCE_RE = /^执业(?:助理)?中?(?:医师|药师)$/u;
/**
 * A rung of a pharmacist's, nurse's or technician's ladder (主管药师, 副主任护师), or the first rung alone (医师, 药师, 护师: the
 * rank a licensed doctor holds before 主治): a rank a licence beside it gives way to, as a clinical one.
 */
export const LADDER_RANK_RE = /^(?:(?:副?主任|主管)中?(?:药|护|技)师|中?医师|中?药师|护师|技师)$/u;
export const ACADEMIC_RANK_RE = /^(?:[一二三四]级)?(?:副?教授|讲师|助教|副?研究员|[硕博]导|[硕博]士生?导师)$/u;
