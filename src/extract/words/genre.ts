
/**
 * What every page of the genre shares, whatever its markup: the vocabulary of doctors'
 * titles and hospital grades, the labels of the related list, the disclaimer and the
 * format-and-date line. Profiles key on these as much as the generic extractor does.
 */
import { QUESTION_WORDS_RE, asksQuestion, isPersonalName } from '../../core/genre-vocabulary.js';
import { chineseHalf } from '../../core/bilingual-label.js';
import { ACCREDITATION_LEVELS, BRANCH_HALL, DOCTOR_TITLES, GRADE_LEVELS, HOSPITAL_GRADES, LETTER_GRADES, POST_TITLES, PRACTICE_TITLES } from '../../core/genre-vocabulary.js';
import { withoutSequenceNumber } from './sequence-number.js';
import { isEmergencyNotice } from './emergency-notice.js';
import { withoutSignOff } from './letter-column.js';

// The vocabulary lives below both the reader and the consistency checks.
export { DOCTOR_TITLES, HOSPITAL_GRADES };

export const HAN = '\\p{Script=Han}';

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * A title opening with 科 (科主任) only where no department's name runs into it (`神经内科主任` is 神经内科's 主任; `小儿科科主任` its 科主任);
 * a post only where no word runs on from it (`王主任团队`, `主任工作室`: a team's, a studio's name; `主任中医` cut from 主任中医师).
 */
const PRACTICE: ReadonlySet<string> = new Set(PRACTICE_TITLES);
/** Ranks written short (`主治` for 主治医师): read only as a word of their own. */
const SHORT_RANKS: ReadonlySet<string> = new Set(['主治']);
/** A rank written short (主治): a title alone, but the head of its full form where markup splits that (`主治</span><span>医师`). */
export const isShortRank = (text: string) => SHORT_RANKS.has(text);
/**
 * What may stand before a title is checked after its words, looking back over them: an alternative
 * that opens with its words lets the regex engine skip every place no title starts at, where one
 * that opens with a look-behind is tried word by word at every place (50 µs a line, 5% of reading).
 */
const preceded = (title: string, before: string) => `${title}(?<=(?:${before})${title})`;
/** A title printed with brackets (`公共营养师（二级）`) is the same title in half-width ones (`公共营养师(二级)`), kept as printed. */
const eitherBrackets = (title: string) => title.replace(/（/gu, '[（(]').replace(/）/gu, '[）)]');
/** A lecturer (讲师), never the lecturers' group a city runs (`健康讲师团`): no one's title. */
const LECTURER_RE = /^[讲講]师$/u;
const titleWord = (title: string) =>
  title.includes('（')
    ? eitherBrackets(title)
    : PRACTICE.has(title) && /^(?:注册|执照)/u.test(title)
    ? // a licence opening the calling (注册中医师, 执照针灸师) is no word a department's name ends with: a name may run into it
      // (`{clinic}{name}注册中医师`, as Hong Kong's clinics sign a reply), and the name may follow it as a credit runs
      // (`…中医妇科注册中医师{name}解答`): the licence's words name the calling wherever they stand, as 注册药剂师's do
      title
    : PRACTICE.has(title)
    ? `${preceded(title, `(?<!${HAN})|(?<=执业|注册|執業|註冊)`)}(?!${HAN})`
    : SHORT_RANKS.has(title)
    ? // a rank written short is one only standing apart: no word runs into it (`功能主治`, `主治疗`), no colon makes it a label (`主治：`)
      `${preceded(title, `(?<!${HAN})`)}(?![${HAN}:：])`
    : `${title.startsWith('科') ? preceded(title, `(?<!${HAN})|(?<=科)`) : title}${POST_TITLES.includes(title) ? `(?!${HAN})` : LECTURER_RE.test(title) ? '(?![团團])' : ''}`;
export const TITLE_RE = new RegExp(`(${alternation(DOCTOR_TITLES).split('|').map(titleWord).join('|')})`, 'u');
export const GRADE_RE = new RegExp(`(${alternation(HOSPITAL_GRADES)})`, 'u');
/**
 * The kind of hospital a badge prints after the grade (`三级甲等中医医院`, `二级口腔专科医院`, `三甲精神专科医院`, a maternal and child
 * care hospital's `三级甲等妇幼保健院`): no part of the grade.
 */
const GRADED_KIND = '(?:(?:综合|中医|中西医结合|中医药|口腔|精神|精神病|妇幼|妇产|儿童|肿瘤|传染病|康复|眼科|骨科|胸科|皮肤病)?(?:专科)?医院|(?:妇幼|妇女儿童|儿童)?保健院)';
const GRADE_ONLY_RE = new RegExp(`^[（(【\\[]?(${alternation([...HOSPITAL_GRADES, ...GRADE_LEVELS, ...LETTER_GRADES, ...ACCREDITATION_LEVELS])})(?:${GRADED_KIND})?[）)】\\]]?$`, 'u');
/** A level or letter grade in brackets closing a hospital's name (`某市人民医院（三级医院）`, `（3A）`). */
const BRACKETED_LEVEL_RE = new RegExp(`\\s*[（(](${alternation([...GRADE_LEVELS, ...LETTER_GRADES])})(?:医院)?[）)]$`, 'u');
/**
 * A pharmacy shop is a pharmacist's workplace as a hospital is a doctor's (`益康大药房（解放路店）`, `国泰药房连锁`, `某大药房连锁有限公司`,
 * Taiwan's `大樹藥局新竹竹北店`),
 * its branch too where the name runs on into it (`益丰大药房北岸中山路店`: the shop, not the chain; `…店内` is no branch); so is a
 * shop's or a health app's named 药师团队 (`某健康药师团队`).
 */
const PHARMACY_SUFFIX = `(?:(?:药房连锁|医药连锁|药房|药店|药局)(?:(?:股份)?有限(?:责任)?公司)?(?:[（(]${HAN}{1,8}店[）)]|${HAN}{2,8}?店(?!${HAN}))?|药师团队)`;
/**
 * A hospital's short name as cards and booking sites print it (`江州一院`, `北医三院`, `郑大一附院`, `江州市人医`,
 * `江州妇幼`, `广东省中医`, `浙江省肿瘤`): the short word ending the name, no word going on after it (`病人医保`, `中医科` are none);
 * an honour (`省名中医`, `全国名老中医`) is none either.
 */
// A veterans general hospital by Taiwan's short name (`臺中榮總`, `北榮`'s long form `臺北榮總`: 榮民總醫院), as its doctors sign.
const SHORT_HOSPITAL_SUFFIX = `(?:[一二三四五六七八九十附儿]院|人医|(?<!名|名老)中医|妇幼|肿瘤|荣总|榮總)(?!${HAN})`;
/** A counselling studio or company is a counsellor's workplace as a hospital is a doctor's (`北岸心晴心理咨询工作室`, `暖光心理咨询有限公司`). */
const COUNSELLING_SUFFIX = '心理(?:咨询|健康|服务)?(?:工作室|(?:有限)?公司)';
/** A drug maker is its 医学部 pharmacists' employer as a hospital is a doctor's (`华康制药有限公司`, `某药业股份有限公司`). */
const DRUG_MAKER_SUFFIX = '(?:制药|药业)(?:集团)?(?:股份)?有限(?:责任)?公司';
/** A lab company is its 技师' and 医师' employer as a hospital is (`金瑞医学检验所`, `迪康医学检验实验室`). */
/** (A chain's branch is its 分院: `瑞康体检青川滨江分院`.) */
const LAB_SUFFIX = '医学检验(?:所|实验室)';
/**
 * An administration's centre, where no one practises (`卫生计生监督中心`, `卫生健康信息中心`, `医疗保障事务中心`, `政务服务中心`,
 * `卫生应急指挥中心`, `药品不良反应监测中心`): no hospital, as its 监督所 and the commission's office are none. (A 疾控中心, a
 * 急救中心, a 社区卫生服务中心, a 体检中心 or 健康管理中心 is a unit where doctors practise: read.)
 */
const ADMINISTRATION_CENTRE = '(?:监督|信息|指挥|政务服务|便民服务|事务|不良反应监测|执法|热线|医保|社保)';
/** (A 中医馆 or 国医馆 is a TCM clinic: `某堂江州滨江中医馆`; not one after a hospital's name, its unit: `江州市中医院国医馆` is the 中医院's.) */
/** (So is a 中医 chain's branch hall, its brand's 堂 and the hall's place before the 馆: `某某堂城西馆`; no museum's, no hospital's own hall: BRANCH_HALL.) */
/**
 * A dental chain's branch, its brand's 齿科 / 口腔 / 牙科 and the branch's place before the 院 (`某某齿科深圳南山院`, `某口腔城西院`):
 * not a school's or an institute's 院 (`口腔医学院`, `口腔研究院`, `研究生院`, `设计院`), nor a stay's or a visit's in a sentence
 * (`口腔科住院`, `患者出院`, `术后来院复查`, `建议来我院`, `转至本院`), nor a home's (`养老院`, `福利院`), nor after a 科 that is a department.
 */
/** (A disease's 防治院 or 防治所 is a hospital of its own: `某省职业病防治院`, `某市结核病防治所`, `某市皮肤病防治院`; so is a Japanese 病院, クリニック or センター: `聖路加国際病院`, `池袋中央クリニック`, `大阪市立総合医療センター`.) */
const DENTAL_BRANCH = `(?<=(?:齿科|齒科|口腔|牙科)(?:(?![科院])${HAN}){2,6})(?<![学學究法剧劇书書寺庭住出入转轉来來到返回在至离離本我该該全贵貴养養老儿兒利察计計生影])院(?![区區长長])`;
/**
 * A 保健所 a place names (`某市儿童保健所`, `某县妇幼保健所`) is where its doctors practise, as a 保健院 is; bare (`儿童保健所`)
 * it may be a unit's or a sentence's word, no hospital's name.
 */
const PLACED_CARE_INSTITUTE = `(?<=[省市县区州盟旗]${HAN}{0,8})保健所`;
/**
 * A 防治所 is a hospital where a place names it (`某市结核病防治所`, `江州市职业病防治所`); bare (`结核病防治所`, `慢性病防治所`) it is a
 * CDC's unit beside the centre a card names, a department (DEPARTMENT_RE), never the card's hospital.
 */
const PLACED_PREVENTION_INSTITUTE = `(?<=[省市县区州盟旗]${HAN}{1,10})防治所|${PLACED_CARE_INSTITUTE}`;
/**
 * A Japanese 病院 (`聖路加国際病院`), not a disease's 病 before a stay's 院内, 院外, 院前, 院后 (`糖尿病院外管理`, `冠心病院前急救`,
 * `心脏病院内感染`): those are phrases of care, no hospital's name. (A hospital's 内科 or its 中心 run on after its name is its department:
 * `聖路加国際病院内科`.)
 */
const JAPANESE_BYOIN = '病院(?![外前后区間间]|内(?!科)|中(?!心))';
/**
 * A 医疗所 (Macau's `工人医疗所`, a works' `职工医疗所`) is a clinic, as a 医务所 is; not the word before what care needs or gains
 * (`医疗所需`, `医疗所得`).
 */
const CLINIC_INSTITUTE = '医疗所(?![需得用有属在致])';
/**
 * A character that each of HOSPITAL_SUFFIX's alternatives holds (医院, 中心, 诊所, 馆, 卫生室, 防治所, 药房, 妇幼, 肿瘤, クリニック, センター…):
 * a text with none of them names no hospital. Tested first where the expressions built on the suffix are asked of every
 * part of a card: a part that cannot match is spared their scan (most of a card's parts are names, titles, departments).
 */
const HOSPITAL_SUFFIX_CHAR_RE = /[院医所クセ诊馆心卫药幼瘤]/u;
export const mayNameHospital = (text: string): boolean => HOSPITAL_SUFFIX_CHAR_RE.test(text);
/**
 * A pharmacy chain's name alone, no branch after it (`某某连锁药局`, `某大药房`): the company, not the shop a pharmacist stands in.
 */
const PHARMACY_CHAIN_RE = /(?:药房连锁|医药连锁|药房|药店|药局)(?:(?:股份)?有限(?:责任)?公司)?$/u;
export const isPharmacyChain = (name: string): boolean => PHARMACY_CHAIN_RE.test(name.trim());
export const HOSPITAL_SUFFIX = `(?:医院|医学中心|${LAB_SUFFIX}|分院|医疗中心|卫生院|保健院|防治院|${PLACED_PREVENTION_INSTITUTE}|${JAPANESE_BYOIN}|クリニック|センター|诊所|(?<![院])(?:中医|国医)馆|${BRANCH_HALL}|${DENTAL_BRANCH}|门诊部|(?<!${ADMINISTRATION_CENTRE})中心|卫生室|卫生所|医务所|${CLINIC_INSTITUTE}|卫生服务站|${PHARMACY_SUFFIX}|${DRUG_MAKER_SUFFIX}|${COUNSELLING_SUFFIX}|${SHORT_HOSPITAL_SUFFIX})`;
/** A branch's name in brackets closing the name (`某口腔（老城门诊部）`): its closing bracket too, where the bracket before it is still open. */
const CLOSING_BRACKET = '(?:(?<=[（(][^（）()]*)[）)])?';
/**
 * A brand's digits or letters opening a name (`1药网药事服务中心`, `DHC药房`), only before its Han words; or its English name, one
 * capitalised word (`Normah醫藥專科中心`, as a Chinese paper in Malaysia names a private hospital by its brand).
 */
const BRAND_OPENING = '(?:(?<![0-9A-Za-z])(?:[0-9A-Za-z]{1,4}|[A-Z][a-z]{3,14})(?=\\p{Script=Han}))?';
/** A branch's place in brackets after the name (`华检医学检验中心（东湖）`): two or three Han of a place, no grade (（三甲）, （三级）). */
const BRANCH_PLACE = `(?:[（(](?![^）)]*[级等甲乙丙])${HAN}{2,3}[）)])?`;
/**
 * A campus's place after the name, glued by a full-width dash (`港安醫院－司徒拔道`, `某医院－东院区`): a street's, a district's or
 * a campus's name (道, 路, 街, 湾, 区, 院区), part of the hospital's name as printed (a department after a dash is none: `某医院－心内科`;
 * nor a ward, though it ends in 区 too: `某医院－心内一病区`, `某医院－老年病区`, `某医院－特需诊区`, the card's department).
 */
export const CAMPUS_NAME = `(?:(?![科病诊診])${HAN}){1,4}(?:道|路|街|湾|灣|区|區|院区|院區)(?!${HAN})`;
/**
 * A campus glued to the name (`某某医院东院区`, `某某醫院新店院區`): the hospital as its card prints it, one place of the hospital's
 * (a 院区 is no other hospital's; a ward's 病区 or a department is none: `某医院心内一病区`).
 */
const GLUED_CAMPUS = `(?:(?![科病诊診])${HAN}){1,4}(?:院区|院區)(?!${HAN})`;
const CAMPUS_PLACE = `(?:－${CAMPUS_NAME}|${GLUED_CAMPUS})`;
/** A hospital called by its number after its Han words (`人民115医院`, `解放军301医院`): the number is of its name. */
const NUMBERED_NAME = '(?:\\d{2,4})?';
/**
 * A hospital called by its capitals alone (`RIPAS医院`, Brunei's Raja Isteri Pengiran Anak Saleha; `JPMC医疗中心`), as a Chinese paper abroad
 * names it: no Han words before its 医院 (a placeholder's `XXX医院` names none).
 */
const ACRONYM_HOSPITAL = `(?<![0-9A-Za-z])(?!X+医)[A-Z]{3,6}(?:医院|医疗中心)`;
export const HOSPITAL_RE = new RegExp(`(${BRAND_OPENING}(?:${HAN}|[（）()·])*?${HAN}{2,}${NUMBERED_NAME}${HOSPITAL_SUFFIX}${CLOSING_BRACKET}${BRANCH_PLACE}${CAMPUS_PLACE}?|${ACRONYM_HOSPITAL})`, 'u');
/** A hospital's name and nothing else, a title and nothing else: a part of a card that is that field alone. */
export const WHOLE_HOSPITAL_RE = new RegExp(`^${HOSPITAL_RE.source}$`, 'u');
export const WHOLE_TITLE_RE = new RegExp(`^${TITLE_RE.source}$`, 'u');
/** A title of the vocabulary as printed, in full-width brackets or half-width ones. */
export const isKnownTitle = (text: string): boolean => (DOCTOR_TITLES as readonly string[]).includes(text.replace(/\(/gu, '（').replace(/\)/gu, '）'));
/** A hospital's name opening a text, compiled once: built per call, it cost 15 times the test. */
export const HOSPITAL_LINE_RE = new RegExp(`^${HOSPITAL_RE.source}`, 'u');
/** A kind of hospital, no hospital's name (`公立医院`, `医保定点医院`, `三甲医院`): a merchant header's tag, a sentence's words. */
// A partner hospital of an agency or platform (`韩国合作医院`, `签约医院`), as a tag beside the card prints it, names none either.
const HOSPITAL_KIND_RE = /^(?:公立|公办|民营|私立|私营|营利性|非营利性?|综合|专科|定点|医保定点|社区|连锁|合资|外资|[一二三][级甲乙]|[一二三]级[甲乙丙]等|(?:\p{Script=Han}{2,4})?(?:合作|签约|协作|联盟|海外合作))医院$/u;
export const isHospitalKind = (text: string) => HOSPITAL_KIND_RE.test(text.trim());
/**
 * A dental practice abroad named by its place or brand and the kind of dentistry it offers (`宝活微笑牙科`, `库比蒂诺家庭牙科`:
 * family, smile dentistry): a clinic's name, though it ends in a department's 科. A hospital's 牙科 or 儿童牙科 names no place.
 */
export const isDentalPractice = (text: string) => /^\p{Script=Han}{2,8}(?:家庭|微笑)牙科$/u.test(text.trim());
const NAME_LINE_RE = new RegExp(`^${HAN}{2,4}$`, 'u');
/** (A lab's sections too: 生化检验部, 临床免疫组, 微生物室.) */
/** Departments end in 科 (or are a specialty named as a field of medicine, as Hong Kong's specialists print it: 家庭醫學, 急症醫學; or an intensive care unit by its letters: NICU, ICU, CCU; a 家庭医生工作室; a hospital's pharmacy and nutrition services in 部: 药学部, 营养部, its 临床药学室 and 营养室 (a Taiwanese hospital's 營養室); a check-up department named for whom it examines: 出入境人员体检部; a drug maker's 医学部; a Taiwanese hospital's departments in 部: 中醫部, 內科部, 婦產部, 復健部; a clinic's 药房; a CDC's institutes by the work they do: 免疫规划所, 急性传染病防制所 — never 诊所). */
// A department's sub-specialty or its disease group after the 科 (`血液科移植亚专业`, `心内科心衰组`): the unit the doctor sits in, as printed.
const SUBUNIT_OF_DEPARTMENT = `${HAN}{1,10}科${HAN}{1,10}(?:组|亚专业)`;
const DEPARTMENT_RE = new RegExp(`^(?:${HAN}{1,10}(?:科|门诊|病区)|${SUBUNIT_OF_DEPARTMENT}|(?:家庭|全科|急症|急诊|老年|运动|康复|预防|职业|重症)医学|${HAN}{2,10}(?:防制|防治|规划|监测|(?<!医学)检验)所|[NPCERS]?ICU|CCU|(?:家庭医生|全科医生|签约医生|名医|名中医|专家)工作室|(?:药学|药剂|营养|护理|检验|医学检验|体检|康复医学|医学|中医|中西医结合|内科|外科|妇产|小儿|儿童医学|急诊|家庭医学|精神医学|复健|复健医学|妇女医学|女性医学|重症医学|高龄医学|核医学|骨科|眼科|牙科|口腔医学)部|${HAN}{1,6}体检部|(?:临床)?(?:药学|药剂|营养)室|[中西]?药房|${HAN}{0,4}(?:检验|免疫|生化|微生物)(?:组|部|室))$`, 'u');
export const CARD_LABEL_RE = /^(?:解答医生|回答医生|答疑医生|医生|专家|主治医生)\s*[:：]\s*/u;
/** A record's serial number on a line of its own (`图片编号：IMG_20200529_9`, `咨询单号：WZ…`, an item's `编号：Q…`, a 知识库's `知识编号：ZS-WJ-131084`): an identifier, no text, however many days' digits it holds. */
const SERIAL_FIELD_RE = /^(?:图片|照片|问题|咨询|订单|问诊|病历|处方|就诊|服务|知识|留言|信件)?(?:编号|单号|序号)\s*[:：]\s*[A-Za-z0-9_\-]{4,40}$/u;
export const isSerialField = (line: string) => line.length <= 50 && SERIAL_FIELD_RE.test(line.trim());
/** A card field's label with its value left empty (`职称：`, `所在科室：`: a template's slot unfilled): a line of the card, no text. */
const EMPTY_CARD_FIELD_RE = /^(?:所在|就职|执业|任职)?(?:职\s*称|职\s*务|科\s*室|医\s*院|医院等级|等\s*级|级\s*别)\s*[:：]$/u;
export const isEmptyCardField = (line: string) => EMPTY_CARD_FIELD_RE.test(line.trim());

/**
 * A heading of the related list: 相关 alone (a blog's related posts), 相关推荐, 相关问答 and their kin (a note platform's 相关笔记, a community's
 * featured topics: 星球精华, 精华问答, never a post's bare 精华 badge), with what sites put around
 * them (`精神心理科相关问答`, a field's `相关中医问答`, `相关问答（5条）`, `相关推荐 更多>`), a consultation board's 最新咨询 (a hospital's 最新答疑, a mailbox's 最新信件, a consult record's 更多咨询记录), a column's more Q&A in English letters (`更多藥劑師Q&A`),
 * a column's other doctors' answers (醫生答問, 专家答问), a mailbox column's more letters (`更多醫生信箱`: the column's other answered letters; a mailbox's `其他來信`, `更多信件`), a video programme's other films (`相關影片`), a newsletter's or a column's past Q&A (往期答疑, 往期问答; a bare 往期回顾 too), a report-reading service's other readings (相似解读), an album's or a course's other episodes (专辑里的声音, 本课程其他内容), an audio channel's list of its episodes (节目列表), a video site's up-next list (接下来播放), a creator's other posts (更多作品, TA的作品), an expert column's other answers of the same expert (该专家其他答复), a hospital's column of its experts' other answers (其他专家答疑, as 其他专家解答), a shop's questions on the same goods and on goods of the kind (该商品的其他提问, 同类药品问答), but not a question that
 * happens to start so (`相关问题怎么办`).
 */
export const RELATED_LABEL_RE =
  /^相关\s*[:：]?$|^[Rr]elated\s*(?:[Qq]uestions|Q&A|[Aa]nswers)?\s*:?$|^(?:[Ss]imilar|[Mm]ore)\s*(?:[Qq]uestions|Q&A|[Aa]nswers)\s*:?$|^(?:[Pp]eople|[Oo]thers|[Uu]sers)\s*also\s*(?:ask|asked|viewed|read)\s*:?$|^[Yy]ou\s*(?:may|might)\s*also\s*(?:like|ask)\s*:?$|^(?:[\p{Script=Han}A-Za-z0-9]{0,10}?)(?:相关推荐|相关(?:阅读|\p{Script=Han}{1,4}?)?问答|相关问题|相关知识|相关帖子|相关笔记|相似帖子|相似问题|相似问答|相似节目|相关节目|节目列表|(?:其他|其它|更多|往期)集数|(?:更多|其他|其它)单集|(?:更多|其他|其它|相关)(?:精彩)?片段|接下来播放|(?:TA|他|她)的(?:其他|其它|更多)?作品|更多作品|(?:专辑|课程|专栏)(?:里|内|中)的?(?:声音|节目|课程)|(?:本|该|此)(?:专辑|课程|专栏)的?(?:其他|其它|更多)(?:内容|课程|声音|节目)?|相关视频|相似视频|相关影片|相似影片|类似问题|(?:相关|相似)解读|相关(?:专家|医生|医师)?(?:解答|回答|答疑)|(?:专家|医生|医师)答问|推荐问答|相关咨询|相似咨询|最新(?:咨询|答疑|回复|回覆|答复|答覆|信件|来信)|(?:其他|其它|更多|往期)(?:来信|信件)|更多咨询|更多问诊|更多\p{Script=Han}{0,4}?信箱|相关留言|相似留言|类似留言|同类(?:咨询|留言)|同类\p{Script=Han}{0,4}?问答|(?:其他|其它)提问|(?:其他|其它)(?:电话|图文|视频|语音|短信|在线)?(?:咨询|问题|问答)|(?:其他|其它)(?:专家|医生)的?(?:解答|回答|答疑)|(?:其他|其它|更多)(?:医师|中医师|药师)的?(?:解答|回答|答疑)|同科室?(?:专家|医生|医师)的?(?:解答|回答|问答)|相关问诊|相似问诊|(?:本科|本科室|同科|同科室|同科别)(?:最新|热门|其他|其它|更多)?(?:咨询|问答|问题)|(?:相关|更多|往期|同类|相似)题目|(?:相关|相似|类似)(?:讨论|病例|求助)|其他人还问了|大家都在问|大家还在问|大家(?:都|还)在听|网友还问了|(?:其他人|其他用户|其他网友|(?:其他|其它)\p{Script=Han}{1,2}|大家|网友|用户|读者|患者|病友|别人|很多人)(?:还|也|都)(?:在)?问(?:了|过)?|(?:其他|其它)(?:网友|用户|人|患者|病友)的?(?:提问|问题|(?:电话|图文|视频|语音)?(?:咨询|问诊))|常见问题|(?<=\p{Script=Han})精华|精华(?:问答|帖子?|主题|话题)|猜你关心|猜你想问|猜你喜欢|同类问题|类似问答|更多\p{Script=Han}{0,4}?(?:问答|答疑|Q&A|Q＆A|QA)|更多问(?:嘉宾|专家|医生|大夫|医师|药师)|更多(?:相关)?问题|[你您]可能(?:也|还)?想(?:问|知道|了解)|相关科普|为你推荐|往期回顾|往期(?:答疑|问答|解答)|[你您]可能(?:也|还)?想看|看了又看|(?:看了|看过|浏览了|读过)(?:该|这|此|本)?个?(?:帖子?|问题|问答|篇|篇文章|文章)?的(?:人|网友|用户)(?:还|也)(?:看了|看过|在看)|(?:TA|他|她|医生|大夫|专家)的(?:其他|其它|更多)(?:回答|问答|解答)|(?:该|本|此)(?:医生|大夫|专家)的?(?:其他|其它|更多)(?:回答|问答|解答|答复)|(?:TA|他|她)的(?:全部|最新|所有)?(?:回答|问答|解答))(?:推荐|记录)?\s*(?:[:：]|[（(]\s*共?\s*\d+\s*条?\s*[）)]|\d+条)?\s*(?:更多)?\s*[>›»＞]*$/u;
/**
 * A character every text RELATED_LABEL_RE matches holds (相关, 相似, 问, 关心, 推荐, 想看, 回答, 回复, 咨询, 留言, 精华, 往期, 题目, 猜你喜欢, 节目列表, 其他集数,
 * 信 (a mailbox's 最新信件), Related, the `l` of Similar and `also`, the Q of a Chinese label's Q&A `更多药剂师Q&A`, the 章 of an author's other 文章): a cheap test before the long pattern. Single characters, so that it holds of a text
 * before its whitespace is taken out as well as after.
 */
const RELATED_LABEL_HINT_RE = /[相问关推看答回咨留听想精往题猜专课播作节集片章信RrlQ]/u;
/** Whether a text may be a related list's label (isRelatedLabel), told cheaply: false means it is none. */
export const mayBeRelatedLabel = (text: string) => RELATED_LABEL_HINT_RE.test(text);
/** Sentence punctuation: a line that holds some is prose (an answer's, a post's), not a label, a byline or meta. */
export const PROSE_RE = /[，,。；;！!？?]/u;
/**
 * The disclaimer's wording other than the hedge (HEDGE_RE), wherever it stands in a text. (A media column's `本文内容仅供参考，不能取代
 * 专业医疗意见` is the same claim in a publisher's words: 专业 names the advice the article is said not to replace. So is a health
 * site's `{site}不提供医疗建议、诊断或治疗`: the site saying what it is not, as `不构成医疗建议` does. So is Hong Kong's `不能取代醫生診症`:
 * 取代 as 替代, 診症 the doctor's consultation.)
 */
const DISCLAIMER_CLAIM_RE =
  /(?:for|is)\s+(?:general\s+)?(?:health\s+)?(?:education|reference|information)(?:al)?\s+(?:purposes\s+)?only|(?:cannot|can't|does\s+not|doesn't|not\s+(?:to|intended\s+to))\s+(?:replace|substitute)|(?:is|are)\s+not\s+(?:a\s+)?substitute\s+for|(?:^|[。.!！?？]\s*)(?:免责声明|郑重声明)\s*[:：]|不能代替(?:医生)?面诊|不能(?:替代|代替|取代)(?:临床|医生的?)?(?:诊断|诊疗|诊症|治疗|就医)|(?:不能|不可|无法|并不能)(?:取代|替代|代替)专业的?(?:医疗|医学|医生|医师)?(?:意见|建议|诊断|诊疗)|^处方药[须需必]?[须需]?凭(?:医师|医生)?处方|[须需]经.{0,10}面诊|请勿自行(?:抓药|配药|购药)|仅代表.{0,8}个人(?:观点|意见|看法)|不构成(?:任何)?(?:医疗|诊疗|诊断|治疗|用药|就医)(?:建议|意见|依据)|(?:不|并不|不会)提供(?:任何)?(?:医疗|医学|诊疗)(?:建议|意见)|(?:不能|不可|并不|不)(?:作为|视为|当作|替代).{0,6}(?:诊断|治疗|诊疗|用药).{0,6}依据|仅(?:作|供|为)(?:健康)?科普|(?:拨打|联系|求助于?).{0,12}(?:心理援助|心理危机(?:干预)?|危机干预|生命)热线/u;
/**
 * A hedge sending the reader on to a doctor (`以上建议仅供参考，具体请遵医嘱`, `医生回答仅为建议，具体诊疗请前往医院进行`): a site's
 * disclaimer where it opens a line (a short subject before it) or where the words before it speak of the content (`以上内容由AI生成，
 * 仅供参考，如有不适请及时就医`); where the doctor's advice runs on into it (`…多吃蔬菜水果，以上建议仅供参考，具体请遵医嘱。`) the line is
 * the doctor's own and the answer's, not a disclaimer to drop with its advice (flags/boilerplate.ts: a doctor's own hedge is answer text).
 */
// (Whom it sends the reader to: a doctor, a pharmacist, or the 医疗人员 / 医护人员 of a site written for carers; or where: a clinic,
// `实际情形请至门诊由医师诊察` of a clinic's own page.)
const HEDGE_RE =
  /[仅只]供参考.{0,20}(?:就医|面诊|诊断|诊疗|就诊|门诊|向[^，,。]{0,4}(?:医生|医师|药师|医疗人员|医护人员)|遵医嘱|咨询.{0,4}(?:医生|医师|药师|医疗人员|医护人员))|(?:回答|回复|解答|内容|意见|以上)仅(?:为|是|作)(?:建议|参考).{0,20}(?:就医|面诊|诊断|诊疗|就诊|医院)/u;
const ABOUT_THE_CONTENT_RE = /内容|回答|回复|解答|信息|文章|资料|本站|本网|本文|本页|此文|该文|页面|平台|AI|网上|网络|在线|线上/u;
const isHedgeLine = (line: string): boolean => {
  const at = line.search(HEDGE_RE);
  if (at < 0) return false;
  const before = line.slice(0, at);
  return (before.length <= 20 && !PROSE_RE.test(before)) || (before.length <= 40 && ABOUT_THE_CONTENT_RE.test(before));
};
/** The disclaimer's wording, wherever it stands in a text. */
const DISCLAIMER_WORDING_RE = new RegExp(`${DISCLAIMER_CLAIM_RE.source}|${HEDGE_RE.source}`, 'u');
/**
 * A site's notice under its `…须知` head (`报告解读须知：`, `就诊须知`, `咨询须知`): the service's terms, none of the answer. The
 * doctor's own advice may be headed so too (`用药须知：`, `饮食须知：`, `术后须知：`): only the service's kinds of notice are one.
 */
const SITE_NOTICE = '(?:报告)?(?:解读|就诊|咨询|问诊|服务|用户|阅读|使用|平台|网站|本站)须知';
/**
 * A pharmacy's note under the advice (`药师建议仅供参考，处方药请凭医生处方购买。`). A line is the note only where it opens with it
 * (a short subject before): the pharmacist's own advice run on into it (`…一次1粒，一日1次，以上用法仅供参考，处方药请凭医生处方购买。`)
 * is the answer's line, not a disclaimer to drop with its advice.
 */
const PRESCRIPTION_NOTE = '[仅只]供参考.{0,20}处方药[须需必请]?[须需]?凭';
const PRESCRIPTION_NOTE_LINE = `^[^，,。；;！!？?]{0,12}${PRESCRIPTION_NOTE}`;
const PRESCRIPTION_NOTE_RE = new RegExp(PRESCRIPTION_NOTE, 'u');
/**
 * A risk notice as advertising law has platforms print it, a line of its own (`医美有风险，选择需谨慎`, after the site's name and
 * slogan: `某某 · 正规医美平台　医美有风险，选择需谨慎`): the site's, none of the answer. Only a line that ends with it, no sentence before it.
 */
// The notice's own wording, what one must be careful in (选择, 消费, 就医, 投资, 入市): a doctor's own warning in those words
// (`孕期用药有风险，一定要谨慎。`, `…有风险，用药要谨慎！`) is the answer's.
const RISK_NOTICE_LINE = '^[^，,。；;！!？?]{0,24}有风险[，,]\\s*(?:选择|消费|就医|投资|入市|购买)[需须应要]谨慎[。.!！]?$';
/**
 * The notice advertising law has an OTC drug's page print (`请仔细阅读说明书并按说明使用或在药师指导下购买和使用`, `请按药品说明书或者在
 * 药师指导下购买和使用`), perhaps after the drug's OTC mark (`OTC标识：甲类非处方药。`): the shop's, none of the pharmacist's answer.
 * Only a line opening with it or with the mark: the statute's wording, 购买和使用 under a pharmacist's guidance, is no advice a
 * pharmacist writes in their own sentence.
 */
const OTC_NOTICE_LINE = '^(?:(?:OTC|非处方药)(?:标识|标志|类别)?\\s*[:：]?\\s*[甲乙]?类?(?:非处方药|OTC)?\\s*[。.；;，,]?\\s*)?请(?:仔细)?(?:阅读|按)(?:药品)?说明书.{0,12}?药师指导下购买和使用';
/**
 * A line that is the disclaimer: its 提示: label (or the label alone, a box's heading, `【温馨提示】` in a 知识库's brackets), or its wording.
 * `温馨提醒：` / `特别提醒：` is the same label in other words (a shop's `溫馨提醒：用藥前請詳閱說明書…`); a bare `提醒：` may head the doctor's own point.
 */
const DISCLAIMER_RE = new RegExp(`^(?:(?:温馨|特别)?提示|(?:温馨|特别)提醒|免责声明|郑重声明|声明|Disclaimer|${SITE_NOTICE})\\s*(?:[:：]|$)|^【(?:温馨|特别)(?:提示|提醒)】$|${DISCLAIMER_CLAIM_RE.source}|${PRESCRIPTION_NOTE_LINE}|${OTC_NOTICE_LINE}|${RISK_NOTICE_LINE}|^.{0,20}仅供参考[。.!！]?$`, 'u');

/**
 * Section heads of an answer (病情分析：, 指导意见：; 120ask's 问题分析： / 意见建议：): part of the answer's
 * text, kept as its paragraphs, unlike the label over the whole answer (医生解答).
 */
/** A 中医 answer's sections (辨证 / 治法 / 方药 / 调护, 【辨证分析】) are heads of the same kind. */
const SECTION_HEAD_RE =
  /^[【[]?(?:(?:病情|病因|原因|症状|检查|问题)分析|指导意见|意见建议|(?:治疗|处理|用药)(?:意见|建议)|注意事项|健康指导|辨证(?:分析|论治)?|病机(?:分析)?|证型|治则(?:治法)?|治法|(?:参考)?(?:方药|处方)|(?:生活|饮食|日常)?调护(?:建议)?|调理建议)[】\]]?\s*[:：]?$/u;
export const isSectionHead = (line: string): boolean => SECTION_HEAD_RE.test(line);

/**
 * Who asks, as a page labels them: a visitor, a patient, a reader, a parent, a resident, a donor (`献血者提问：`), a parenting
 * site's mother (`妈妈提问：`, `孕妈问：`).
 */
const ASKERS = '(?:网友|患者|用户|读者|家属|家长|市民|居民|献血者|咨询者|求助者|妈妈|宝妈|孕妈)';
/** Who asks a column or a programme besides: its audience (病友, 听众, 粉丝, 观众). */
export const AUDIENCE_ASKERS = `(?:${ASKERS}|病友|听众|粉丝|观众)`;
/**
 * Where the asker's own words sit under the question (`问题描述：…`): part of the question
 * block, never of the answer. (`病情分析` is not here: some sites label the doctor's answer so.)
 * A consultation's form adds its fields (疾病, 患病多久, 已就诊医院及科室, 用药情况, 希望得到的帮助):
 * the asker's too, the hospital they name no card.
 */
/** Where a paper's reader writes from, before the word for them: a place ending in its unit (省, 市, 县, 区, 郡: Vietnam's Quận). */
const ASKER_PLACE = '\\p{Script=Han}{1,6}?(?:省|市|县|區|区|郡|州)';
const ASKER_LABEL_WORDS =
  '(?:问题描述|问题补充|补充描述|病情描述|(?:健康|病情)?咨询描述|补充说明|问题详情|咨询内容|提问内容|' + ASKERS + '(?:提问|问|咨询|来信)' +
  // A paper's reader named, and where they write from (`读者林先生（泗水）来信：`, `网友小王问：`).
  '|' + ASKERS + '\\p{Script=Han}{1,4}(?:[（(]\\p{Script=Han}{1,6}[)）])?(?:提问|问|咨询|来信)' +
  // Or where they write from before it (`金边读者许女士问：`, `河南郑州读者王先生来信：`): a reader addressed as Mr or Ms only.
  '|\\p{Script=Han}{2,6}?读者\\p{Script=Han}{1,2}(?:先生|女士|小姐|阿姨|大爷)(?:提问|问|咨询|来信)' +
  // The same reader after the district they write from (`第五郡读者林女士问：`, `河南郑州读者王先生问：`).
  '|' + ASKER_PLACE + ASKERS + '\\p{Script=Han}{1,4}(?:提问|问|咨询|来信)' +
  // Or the place after the word for them, before the Mr or Ms (`读者广西南宁张女士问：`, a magazine's 专家答疑).
  '|' + ASKERS + '\\p{Script=Han}{2,6}?\\p{Script=Han}{1,2}(?:先生|女士|小姐|阿姨|大爷)(?:提问|问|咨询|来信)' +
  // The asker named by their label (`提问者：张** 性别：女 年龄：32岁`, a community's `發問者：{nick} ( 初學者 4 級 )`, a board's `咨询人：张**`), their profile after it.
  '|(?:提问|发问|咨询)(?:者|人)' +
  // A programme's caller or viewer (`观众来电：`, `热线听众：`), whose question the guest answers on air.
  '|(?:观众|听众|热线|场外)(?:提问|来电|来信|问)|热线听众' +
  '|疾病(?:名称)?|所患疾病|患病(?:多久|时长|时间)|发病时间|病程|(?:(?:曾经|以前|之前|已经?)的?)?(?:就诊|治疗)(?:情况|经过|医院(?:及科室)?)(?:(?:和|及|与)效果)?|(?:既往|过往)(?:病史|史)|用药(?:情况|史)|过敏史' +
  '|(?:希望|想要?|需要)(?:得到|获得)(?:的|怎样的|什么|哪些)?帮助' +
  // The asker's profile (`患者：男 33岁`, `就诊人信息：女，37岁`): sex first.
  '|(?:患者|病人|就诊人|咨询人)(?:信息|资料|情况)?(?=\\s*[:：]\\s*[男女])' +
  ')';
/** The asker's sex and age printed before the label on its line (`男 18岁 · 病情描述：…`). */
const ASKER_PROFILE = '(?:[男女]\\s*[,，、·•|｜]?\\s*\\d{1,3}\\s*(?:周岁|岁|个月)\\s*[,，、·•|｜]?\\s*)?';
const ASKER_LINE_RE = new RegExp(`^${ASKER_PROFILE}${ASKER_LABEL_WORDS}\\s*[:：]`, 'u');
export const isAskerLine = (line: string) => ASKER_LINE_RE.test(line.trim());
/** The asker's label alone, colon or not (a table's label cell `咨询内容`, `问题<br>描述` beside the asker's words). */
const ASKER_LABEL_RE = new RegExp(`^${ASKER_LABEL_WORDS}\\s*[:：]?$`, 'u');
export const isAskerLabel = (text: string) => ASKER_LABEL_RE.test(text.trim());

/**
 * A heading of what follows the answering doctor's answer on the same page: other doctors'
 * answers (其他回答（2）, 其他2条回答, 网友回答), a community's members' (其他妈妈的回答, 妈妈们的回答, 糖友回答, 病友们的回答, 肾友说) and
 * visitors' comments (网友评论): where the answer ends.
 */
const OTHER_ANSWERS_RE =
  /^(?:(?:其他|其它|更多|全部)\s*(?:\d+\s*[条个位])?(?:医生|专家|网友|人|\p{Script=Han}{2})?的?(?:回答|回复|解答|答案)|\p{Script=Han}{1,3}们的(?:回答|回复|解答)|(?:网友|用户|全部|最新|热门|精彩)?评论|网友(?:回复|回答)|\p{Script=Han}友们?(?:的?(?:回答|回复|解答)|说))\s*(?:[（(]\d+条?[）)]|\d+条)?\s*[:：]?$/u;
export const isOtherAnswersHead = (line: string) => OTHER_ANSWERS_RE.test(line.trim());

/** A notice that more doctors answered (`另有 2 位医生回答了该问题，登录后查看`): their answers follow, or are kept from view; the answer ends. */
const OTHERS_ANSWERED_RE = /^(?:另有|还有|其他|其余)\s*\d+\s*(?:位|个|名)\s*(?:医生|专家|医师|网友|用户)?\s*(?:也)?(?:回答|解答|回复)/u;
export const isOthersAnsweredNotice = (line: string) => line.length <= 40 && OTHERS_ANSWERED_RE.test(line.trim());

/**
 * A label a page may print before its question instead of making it a heading: a print
 * version's `标题：`, a quote box's `患者提问：`, an old site's `【问题】`, a Taiwanese board's `主旨：` (its subject line, as
 * a letter's). What follows it is the question.
 */
const QUESTION_LABEL_WORDS = `(?:标题|题目|主题|主旨|问题|本期问题|本期提问|问题标题|咨询标题|咨询主题|咨询问题|问诊标题|问诊问题|提问|${AUDIENCE_ASKERS}(?:提问|问|咨询))`;
/** A microblog's topics before a post's text (`#健康问答# 网友提问：…`): the post's tags, none of the question. */
const TOPICS = '(?:#[^#\\s]{1,20}#\\s*)*';
/** The label with its colon, or in brackets as old sites print it (`【问题】…`), after a post's topics. */
const QUESTION_LABEL_RE = new RegExp(`^${TOPICS}(?:${QUESTION_LABEL_WORDS}\\s*[:：]|[【［[〔]\\s*${QUESTION_LABEL_WORDS}\\s*[】］\\]〕])\\s*(?=\\S)`, 'u');
/** The question a labelled line holds (`标题：…` → `…`), or null where the line has no such label. */
export function labelledQuestion(line: string): string | null {
  const m = line.match(QUESTION_LABEL_RE);
  // A reader's sign-off closing the question (`…怎么办（温哥华 陈先生）`) is the asker's, none of the question (letter-column.ts).
  return m ? withoutSignOff(line.slice(m[0].length).trim()) : null;
}

/**
 * A consultation record's chief complaint run into its label (`主诉：产后口渴多尿是怎么回事`): the patient's words for why they
 * came, the question where the page's title repeats them (a complaint alone need not ask: `主诉：头痛三天`), the label none of it.
 */
const COMPLAINT_LABEL_RE = /^\s*主诉\s*[:：]\s*(?=\S)/u;
export function labelledComplaint(line: string): string | null {
  const m = line.match(COMPLAINT_LABEL_RE);
  return m ? line.slice(m[0].length).trim() : null;
}

/** The mark of a question printed before it on its line (`Q:`, `Q：`, `问：`, `问题：`): a label, none of the question. */
export const QUESTION_MARK_RE = /^\s*(?:Q|Question|问|问题)\s*[:：]\s*/u;

/**
 * The day it was asked, labelled in brackets after the question (`…吃什么药（提问时间：2021-02-06）`, `…（咨询日期：2021年2月6日）`,
 * as a CMS prints its question's stamp on the question's line): the question's meta, none of its words.
 */
const ASKED_STAMP_AFTER_RE = /\s*[（(]\s*(?:提问|提問|咨询|諮詢|留言|来信|來信)?(?:时间|時間|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]$/u;
export const withoutAskedStamp = (question: string): string => question.replace(ASKED_STAMP_AFTER_RE, '');

/**
 * A note of the pictures the asker attached, in brackets after the question (`…怎么办（附图3张）`, `…（附件1个）`), as a consult
 * form prints it when photos were sent: it says what came with the question, none of its words.
 */
const ATTACHMENT_NOTE_AFTER_RE = /\s*[（(]\s*附(?:图|圖|图片|圖片|照片|件)\s*[0-9一二三四五六七八九十]{1,2}\s*(?:张|張|幅|个|個|份)?\s*[）)]$/u;
export const withoutAttachmentNote = (question: string): string => question.replace(ATTACHMENT_NOTE_AFTER_RE, '');

/** The label alone on its line, the question on the next (a post's `网友提问` pill over the question). */
const QUESTION_LABEL_ALONE_RE = new RegExp(`^(?:${QUESTION_LABEL_WORDS}\\s*[:：]?|[【［[〔]\\s*${QUESTION_LABEL_WORDS}\\s*[】］\\]〕])$`, 'u');
export const isQuestionLabelAlone = (line: string) => line.trim().length <= 8 && QUESTION_LABEL_ALONE_RE.test(line.trim());

/** Whether a line is worded as a question: core's rule (genre-vocabulary.ts), the consistency checks' too. */
export { asksQuestion };

/**
 * A heading over a block of other doctors (推荐医生, 相关专家): their cards and photos are not the answering doctor's.
 * 同科室医生的回答 heads their answers to other questions: a related list.
 */
const OTHER_DOCTORS_HEAD_RE = /^(?:(?:推荐|相关|热门|其他|更多|名医|优秀)(?:医生|专家|医师|名医)|同科室?(?:医生|专家|医师|名医)(?!的?(?:解答|回答|问答)))|(?:医生|专家)(?:推荐|排行)$/u;
export const isOtherDoctorsHead = (heading: string) => OTHER_DOCTORS_HEAD_RE.test(heading);

/** A heading over the page's own doctor's card (本文医生, 回答医生, 答主信息, 医生信息), alone on its line. */
const OWN_DOCTOR_HEAD_RE = /^(?:本文|本篇|本题|回答|解答|答题|答疑|作答)(?:医生|专家|医师|作者)(?:信息|简介|介绍)?$|^(?:答主|医生|专家|作者)(?:信息|简介|介绍)$/u;
export const isOwnDoctorHead = (heading: string) => OWN_DOCTOR_HEAD_RE.test(heading);

/**
 * A further-reading head naming the column of Q&A it lists (`延伸阅读：长照问答`, `推荐阅读｜专家问答`): the column's other
 * questions, a related list, where a bare 延伸阅读 lists articles as often (related-list.ts decides those by their items).
 */
const READING_OF_QA_RE = /^(?:延伸|扩展|拓展|推荐|相关|更多)阅读\s*[:：｜|]\s*\p{Script=Han}{0,6}?(?:问答|答疑|Q&A|Q＆A|QA)$/u;
/**
 * A further-reading box run into one line with its links (`延伸阅读 天气转凉　医师提醒注意保暖 …`, a box set into an article): its
 * links are articles' titles, whatever calling they print (a title word in a headline is no one's card). Only a line of links.
 */
const READING_BOX_RE = /^[【［[〔]?\s*(?:延伸|扩展|拓展|推荐|相关|更多)阅读/u;
export const isReadingBoxLine = (line: string, chars: number, linkChars: number): boolean => 2 * linkChars >= chars && READING_BOX_RE.test(line.trim());
/** A related list's label, also in brackets as an old site prints it (`[相关问题]`, `【相关推荐】`). */
export const isRelatedLabel = (line: string): boolean => {
  // A bilingual label (`Related Q&A 相关问答`) by its Chinese half (bilingual-label.ts).
  const half = /[A-Za-z]/u.test(line) ? chineseHalf(line) : null;
  if (half !== null) return isRelatedLabel(half);
  // Most short texts of a page are no label: told apart by a character every label has, before the long pattern.
  if (!mayBeRelatedLabel(line)) return false;
  const label = line.trim().replace(BRACKETED_RE, '$1');
  return (RELATED_LABEL_RE.test(label) || READING_OF_QA_RE.test(label) || RESIDENTS_ASKED_RE.test(label) || MEDICATION_ASKED_RE.test(label) || namesAuthorsOtherPosts(label)) && !QUESTION_WORDS_RE.test(label);
};
/**
 * A post's author's or publisher's other posts, by their name (`{salon} 的其他文章`, `更多华人健康网的文章`, `王医师的更多文章`): a
 * column's other answers, as 该专家其他答复 is; a bare 其他文章 / 更多文章 names no one and may head any articles.
 */
const AUTHORS_OTHER_POSTS_RE = /^(?:([\p{Script=Han}A-Za-z0-9·]{2,16})\s*的\s*(?:其他|其它|更多)文章|更多\s*([\p{Script=Han}A-Za-z0-9·]{2,12})\s*的文章)$/u;
/**
 * Whom such a head names: a writer (a name, a name and calling `王医师`, a handle in letters), their column (`…的诊间笔记`, `…信箱`) or
 * a publisher (`华人健康网`, `…日报`); a bare name of three Han at most (four read as a surname's are a category's words as often: 母婴好物). A category of the site's (`生活旅遊 的其他文章`, `更多母婴好物的文章`, review pages) heads
 * whatever it files, no one's other answers.
 */
const WRITER_OR_PUBLISHER_RE = /(?:医师|医生|醫師|醫生|大夫|老师|老師|营养师|營養師|药师|藥師|治疗师|治療師|笔记|筆記|专栏|專欄|沙龙|沙龍|信箱|诊间|診間|诊室|診室|網|报|報|杂志|雜誌|周刊|週刊|电视台|電視台|新闻|新聞)$|^(?:TA|他|她|作者|[A-Za-z0-9·.]+)$/u;
function namesAuthorsOtherPosts(label: string): boolean {
  const m = label.match(AUTHORS_OTHER_POSTS_RE);
  const who = m ? (m[1] ?? m[2])! : null;
  return who !== null && (WRITER_OR_PUBLISHER_RE.test(who) || wordedAsSite(who) || (who.length <= 3 && isPersonalName(who)));
}
/** A public health portal's other consultations, by the residents it serves (其他居民咨询, 其他市民留言): its related list too. */
const RESIDENTS_ASKED_RE = /^(?:其他|其它|更多)(?:居民|市民|群众|村民|签约居民)的?(?:提问|问题|咨询|留言)$/u;
/** A pharmacy's board's other medication questions (其他用药问答, 更多用药咨询): its related list too. */
const MEDICATION_ASKED_RE = /^(?:其他|其它|更多)(?:用药|药物|药品)(?:问答|咨询|问题)$/u;
const BRACKETED_RE = /^[[【]\s*(.+?)\s*[\]】]$/u;
/**
 * A site's footer of pieces parted by dots or bars, its last the bare hedge (`中华老字号 同仁堂 始于1669 · 问答内容仅供参考`, `© 2023 某站 |
 * 内容仅供参考`): the site's, none of the answer. A doctor's own `以上内容仅供参考。` closing the advice stands in no such row.
 */
const FOOTER_HEDGE_RE = /^[^，,。；;！!？?]{2,40}\s[·•|｜]\s*[^，,。；;！!？?·•|｜\s]{0,6}(?:内容|回答|解答|回复|信息|资料)[仅只]供参考[。.]?$/u;
export const isDisclaimer = (line: string) =>
  DISCLAIMER_RE.test(line.trim()) || isHedgeLine(line.trim()) || FOOTER_HEDGE_RE.test(line.trim()) || isEmergencyNotice(line.trim());
/**
 * A tip under its label after the answer (`温馨提示：…`), read as the site's notice by its label, whose text speaks of none of what a
 * site's notice speaks of — the content or the service, a doctor, a hospital, a hotline or an emergency room to turn to, insurance, a reference, an app —, only of
 * the patient's care (`温馨提示：退烧药两次至少间隔4到6小时…`): the doctor's own advice as often as the site's; the reader doubts it.
 */
const TIP_LABEL_RE = /^(?:【(?:温馨|特别)(?:提示|提醒)】|(?:(?:温馨|特别)?提示|(?:温馨|特别)提醒)\s*[:：])\s*/u;
const NOTICE_SUBJECT_RE = /本文|本站|本网|平台|内容|回答|回复|解答|答复|咨询|问诊|面诊|就医|就诊|医院|医生|医师|药师|医嘱|大夫|热线|电话|拨打|急诊|急症|急救|报销|医保|参考|声明|版权|转载|来源|网上|网络|线上|在线|APP|[Aa]pp|下载|关注|点击|扫码|链接|科普|专家/u;
export function isCareTip(line: string): boolean {
  const label = line.trim().match(TIP_LABEL_RE);
  if (!label) return false;
  const rest = line.trim().slice(label[0].length);
  return rest.length >= 12 && PROSE_RE.test(rest) && !NOTICE_SUBJECT_RE.test(rest) && !DISCLAIMER_WORDING_RE.test(rest);
}
export const mentionsDisclaimer = (text: string) => DISCLAIMER_WORDING_RE.test(text) || PRESCRIPTION_NOTE_RE.test(text);
export const hasDoctorTitle = (text: string) => TITLE_RE.test(text);
/** A head naming who answers over their answer (`门店药师回复`, `值班医生解答：`): a label, no name and title. */
const ANSWERER_HEAD_RE = /^\p{Script=Han}{0,4}(?:医生|医师|药师|专家|大夫)(?:回复|解答|回答|答复)\s*[:：]?$/u;
export const isAnswererHead = (text: string) => ANSWERER_HEAD_RE.test(text.trim());
export const isGradeLine = (line: string) => GRADE_ONLY_RE.test(line.trim());
/** The grade a part that is only a grade names (`三甲`, `（三级）`), or null. */
export const gradeOnly = (part: string): string | null => part.trim().match(GRADE_ONLY_RE)?.[1] ?? null;
/** A level or letter grade bracketed at a part's end, and where it starts. */
export const bracketedLevel = (part: string): RegExpMatchArray | null => part.match(BRACKETED_LEVEL_RE);
/** A department's name alone: 儿科, 精神心理科, 专家门诊. */
export const isDepartment = (text: string) => DEPARTMENT_RE.test(text) || isCentreUnit(text);
/**
 * A hospital's or clinic's unit named as a centre with no name of its own (`健康检查中心`, `体检中心`, `健康管理中心`): a department
 * of the hospital the card names, though 中心 ends hospitals' names; one with a name before it (`首尔江南圣心体检中心`) is a hospital.
 */
// A lab's or hospital's 临床检验中心, 分子诊断中心, 病理诊断中心 too: the unit where its 技师 work, no company's name.
// So is an eye hospital's 视光中心 (眼视光中心: where optometrists fit glasses and lenses), an emergency centre's 急救培训中心,
// and a centre's branch by its district (`西区分中心`, `朝阳分站`: a 分中心 is always some centre's).
// So are a hospital's clinical centres named by their care alone (听力中心 where audiologists test and fit, 内镜中心, 血液净化中心),
// and by a field of medicine alone, no place or school before it (`睡眠医学中心`, `运动医学中心`: a hospital's unit).
const CENTRE_UNIT_RE = /^(?:(?:健康体检|健康检查|健康管理|体检|国际医疗|特需医疗|临床检验|医学检验|分子诊断|病理诊断|检验|眼?视光|(?:急救|技能)培训|听力(?:检测)?|内镜|血液净化|(?:生殖|睡眠|运动|康复|重症|围产|胎儿|疼痛|介入|移植)医学)中心|\p{Script=Han}{1,4}分(?:中心|站))$/u;
/**
 * A specialist hospital's clinical centre named by the disease or the surgery it treats (`冠心病中心`, `心律失常中心`, `高血压中心`,
 * `结构性心脏病中心`, `成人外科中心`, `胸痛中心`; an eye hospital's `白内障中心`, `青光眼中心`, `屈光手术中心`): a department, as its 科 is. A centre with a place or a school before it
 * (`国家心血管病中心`, `某省肿瘤中心`, `某大学癌症中心`) is an institution of its own: a hospital, not this.
 */
// Or by the organ system it treats, with no name of its own before it (`心脏血管中心`, `心血管中心`, `消化系统中心`).
const DISEASE_CENTRE_RE = /^(?!\p{Script=Han}*(?:国家|中国|[省市县区州]|大学|学院|医院))(?:\p{Script=Han}{1,6}(?:病|症|癌|瘤|失常|血压|外科|内科|痛|卒中|内障|手术)|青光眼|(?:心脏|心血管|心脏血管|心脑血管|脑血管|神经|消化|呼吸|肝胆|胃肠|泌尿|脊柱|关节|乳腺|甲状腺|肾脏|肝脏|创伤|烧伤)(?:系统|疾病)?)中心$/u;
export const isCentreUnit = (text: string) => CENTRE_UNIT_RE.test(text.trim()) || DISEASE_CENTRE_RE.test(text.trim());
/** A centre named by a disease or surgery alone (`冠心病中心`, `血液肿瘤中心`): a department where the card prints no other, else a hospital's name (card-parts.ts). */
/** A kind of clinic session the hospital holds (专家门诊, 特需门诊, 普通门诊): what a booking is for, no unit that could stand beside a centre as its department. */
const CLINIC_SESSION_RE = /^(?:专家|普通|特需|专病|名医|知名专家|夜间|便民|国际|特约专家)门诊$/u;
export const isClinicSession = (text: string) => CLINIC_SESSION_RE.test(text.trim());
export const isDiseaseCentre = (text: string) => !CENTRE_UNIT_RE.test(text.trim()) && DISEASE_CENTRE_RE.test(text.trim());
export const isNameLine = (line: string) => NAME_LINE_RE.test(line.trim());
/** A government's health authority (`卫生局`, `澳门特别行政区政府卫生局`, `卫生署`, `某市卫生健康委员会`, `卫健委`). */
const HEALTH_AUTHORITY = '(?:卫生局|卫生署|卫生厅|卫生部|卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫计委)';
const HEALTH_AUTHORITY_RE = new RegExp(`^${HAN}{0,14}?${HEALTH_AUTHORITY}$`, 'u');
export const isHealthAuthority = (text: string) => HEALTH_AUTHORITY_RE.test(text.trim());
const UNIT_OPENING_RE = new RegExp(`^(?:${HAN}{0,14}?${HEALTH_AUTHORITY}|${HOSPITAL_RE.source})`, 'u');
/**
 * A unit's name, a hospital or a health authority or a department of theirs (`某市儿童医院精神心理科`, `某市卫生健康委员会疾病预防控制科`,
 * `某市疾病预防控制中心免疫规划所`): the unit and its department, or null.
 */
export function unitParts(text: string): { unit: string; department: string | null } | null {
  const t = text.trim();
  if (t.length > 40 || !(mayNameHospital(t) || /委|局|署|厅|部/u.test(t))) return null;
  const head = t.match(UNIT_OPENING_RE)?.[0];
  if (head === undefined) return null;
  if (head.length === t.length) return { unit: t, department: null };
  return isDepartment(t.slice(head.length)) ? { unit: head, department: t.slice(head.length) } : null;
}
export const namesUnit = (text: string): boolean => unitParts(text) !== null;
export const isHospitalLine = (line: string) => line.trim().length <= 40 && mayNameHospital(line) && HOSPITAL_LINE_RE.test(line.trim());
/**
 * A hospital's numbered or 人医 short name with its department run on after it (`北医三院运动医学科`, `江州一院心内科`,
 * `江州市人医骨科`), as a card prints its one line of where the doctor works: the two, or null. Only the short names no
 * department's name holds (`中医`, `肿瘤`, `妇幼` end departments too: `中医内科`, `胸部肿瘤内科`).
 */
const SHORT_HOSPITAL_THEN_DEPARTMENT_RE = new RegExp(`^(${HAN}{2,8}?(?:[一二三四五六七八九十附儿]院|人医|荣总|榮總))(${HAN}{2,10})$`, 'u');
export function shortHospitalThenDepartment(text: string): [string, string] | null {
  const m = text.match(SHORT_HOSPITAL_THEN_DEPARTMENT_RE);
  // The unit may be a centre (`臺中榮總心臟血管中心`, `江州一院胸痛中心`): a department, as its 科 is.
  return m && (DEPARTMENT_RE.test(m[2]!) || isCentreUnit(m[2]!)) ? [m[1]!, m[2]!] : null;
}

/**
 * The head of a box of goods a shop or an app sets into or beside an answer, naming who picked them (`药师推荐`, `医生推荐用药`,
 * `专家精选`): a title word before 推荐, no card's name and title.
 */
const RECOMMENDED_BOX_HEAD_RE = /^(?:执业)?(?:药师|医师|医生|专家|营养师)(?:推荐|精选|优选)(?:用药|好药|药品|商品|产品|好物)?\s*[:：]?$/u;
export const isRecommendedBoxHead = (line: string) => RECOMMENDED_BOX_HEAD_RE.test(line.trim());
/** Whether a short line looks like part of a doctor card. */
export function isCardLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 40) return false;
  return hasDoctorTitle(t) || isGradeLine(t) || isHospitalLine(t) || CARD_LABEL_RE.test(t);
}

/** Strips a site suffix such as `-有来医生` or `_康问健康网` from a page title, and any further suffix worded as one. */
export function questionFromTitle(title: string, suffix?: RegExp): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (suffix) return t.replace(suffix, '').trim();
  return withoutSiteSuffixes(t.replace(/\s*[-_|–—]\s*[^-_|–—]{1,16}$/u, '').trim());
}

/**
 * The question a title opens with, where its first part asks one and no later part does
 * (`问题？ - 站名 - 专业医生在线解答`: a site's name says nothing of itself); else null.
 */
export function titleOpeningQuestion(title: string): string | null {
  const parts = title.replace(/\s+/g, ' ').trim().split(/\s*[-_|–—]\s*/u);
  const [first, ...rest] = parts;
  return first && [...first].length >= 4 && asksQuestion(first) && rest.length > 0 && !rest.some(asksQuestion) ? first : null;
}

/** A periodical's or programme's name (健康问答周刊, 《名医讲堂》, a hospital's e-newsletter 某某电子报): the series a Q&A is filed in, never a question. */
const SERIES_NAME = String.raw`[《「]?[\p{Script=Han}A-Za-z0-9]{0,12}(?:周刊|月刊|旬刊|周报|日报|晚报|简报|快报|电子报|通讯|杂志|专栏|栏目|节目|讲堂|课堂|电台)[》」]?`;
export const SERIES_NAME_RE = new RegExp(String.raw`^${SERIES_NAME}$`, 'u');
/**
 * A periodical's issue as a page's title (`健康问答周刊 第193期`), or a newsletter's named by its month (`{name} 2019年9月刊`,
 * `{name}2019年9月号`): it names no question.
 */
export const ISSUE_TITLE_RE = new RegExp(
  String.raw`^${SERIES_NAME}\s*第\s*\d+\s*期$|^[《「]?[\p{Script=Han}A-Za-z0-9]{0,12}[》」]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*[刊号]$`,
  'u',
);
/** A column's name as it goes before an issue's number (`每日一问第311期：`, `健康问答 第12期｜`): it names what the column does. */
const COLUMN_NAME = String.raw`\p{Script=Han}{0,6}(?:一问|问答|答疑|解答|科普|健康)`;
/**
 * A column's issue as a page's headline, its number alone after the name (`营养专家答疑（第36期）`, `健康问答 第12期`,
 * `每日一问第311期`): the issue's name, no question; the page prints the question it answers under a label below.
 */
const COLUMN_ISSUE_RE = new RegExp(String.raw`^(?:${SERIES_NAME}|${COLUMN_NAME})\s*(?:[（(]\s*第\s*\d+\s*期\s*[）)]|第\s*\d+\s*期)$`, 'u');
export const isColumnIssue = (text: string) => COLUMN_ISSUE_RE.test(text.trim());
/**
 * A programme's episode number before its question (`第24期 `, `第63期｜`, `EP12：`), after the
 * series' name or not (`健康问答周刊 第247期：`): the series', none of the question.
 */
const EPISODE_NUMBER_RE = new RegExp(String.raw`^(?:${SERIES_NAME}\s*|${COLUMN_NAME}\s*(?=第\s*\d+\s*期))?(?:第\s*\d+\s*[期集讲回]|(?:Vol|EP|No)\.?\s*\d+)\s*(?:[｜|:：、·\-—]\s*|\s+)(?=\S)`, 'iu');

/**
 * A letters column's tag before its question (`醫藥信箱／…`, `家庭医生问答｜…`, `【医生信箱】…`): the column's name, worded as one,
 * none of the question.
 */
const COLUMN_TAG_RE = /^(?:【\s*\p{Script=Han}{0,8}(?:信箱|问答|問答|答疑|专栏|專欄)\s*】\s*|\p{Script=Han}{0,8}(?:信箱|问答|問答|答疑|专栏|專欄)\s*[｜|／/]\s*)(?=\S{4})/u;

/** Whether a heading opens with a programme's episode number (`EP49｜`, `第12期：`). */
export const opensWithEpisodeNumber = (text: string): boolean => EPISODE_NUMBER_RE.test(text.trim());
/** The text without an episode number or a column's tag opening it. */
const withoutEpisodeNumber = (text: string): string => text.replace(EPISODE_NUMBER_RE, '').replace(COLUMN_TAG_RE, '');

/** A separator and what follows it at the end of a title or heading. */
const SEPARATED_TAIL_RE = /\s*[-_|–—]\s*([^-_|–—]{1,24}?)\s*$/u;
/**
 * What a title's suffix names: the site (…网, 快速问医生, a domain), a column (内分泌科问答, 有问必答, 甲状腺结节科普),
 * or whose answer the page is (王医生的回答); a department (皮肤科) too, checked apart.
 */
const SITE_SUFFIX_RE = /(?:网|站|问答|答疑|科普|有问必答|医生|的回答|的解答|的回复|频道|在线|平台|社区|论坛|百科|大全|专区|专题|首页|常见问题|用药(?:咨询|指导)|药师(?:咨询|问答)|\.(?:com|cn|net|org))$/iu;
/** Whether a short text is worded as a site's name (`39健康网`, `好大夫在线`, `快速问医生`, a domain): see SITE_SUFFIX_RE. */
export const wordedAsSite = (text: string) => SITE_SUFFIX_RE.test(text.trim());

/**
 * A question without the site's suffixes that SEO templates print after it, in the <title> and
 * in the <h1> alike (`问题_有问必答_快速问医生`, `问题 - 内分泌科问答 - 问医生网`): each trailing
 * part worded as a site, a column or an answer's byline goes, while a question is left.
 */
export function withoutSiteSuffixes(text: string): string {
  return withoutKeywordTails(withoutSiteParts(text));
}

/** A headline's hook after its question (`…吗？专家来解答`, `…？医生告诉你`, `…？醫師這樣說`, Cantonese `…？醫生話你知`): the column's call to read on, none of the question. */
const ANSWERER_HOOK_RE = /(?<=[？?])\s*(?:专家|医生|大夫|医师)(?:来|为你|为您|给你|给您|帮你)?(?:解答|解读|回答|答疑|告诉你|告诉您|支招|拆解|这样说|这么说|话你知)了?[！!。]?$/u;
/** Who a headline sends the reader to, and what they say there (`专家怎么说`, `医生们怎么看`). */
const EXPERT_WORD = '(?:专家|医生|名医|大夫|医师)(?:们)?';
const SAYS_WORD = '(?:怎么说|怎么讲|怎么看|咋说|如何说)';
/**
 * A headline's call to hear the expert after its topic (`胃炎，听听专家怎么说`, `…看医生怎么讲`): it asks what the expert says, no
 * question of a reader's.
 */
const EXPERT_SAYS_HOOK_RE = new RegExp(`[，,：:\\s]\\s*(?:听听|听|看看|看|来看)?${EXPERT_WORD}${SAYS_WORD}[！!。？?]?$`, 'u');
export const withoutExpertSaysHook = (headline: string) => headline.trim().replace(EXPERT_SAYS_HOOK_RE, '');
/**
 * A headline that asks what the doctor says of a topic, or promises it (`慢性咽炎，医生怎么说？`, `…？听听专家怎么说`, `…专家来解答`):
 * a teaser over a column, asking nothing of its own however it ends.
 */
const EXPERT_TEASER_RE = new RegExp(`${EXPERT_WORD}(?:${SAYS_WORD}|这样说|来解答|告诉你|有话说)\\s*[？?！!。]?$`, 'u');
export const isExpertTeaser = (headline: string) => EXPERT_TEASER_RE.test(headline.trim());
/** Whether a headline closes its question with the column's promise of an answer (`冠心病點算好？醫生拆解`, `…吗？专家来解答`). */
export const hasAnswererHook = (headline: string) => ANSWERER_HOOK_RE.test(headline.trim());

/** A talk's byline after its question (`…吗？｜王芳医生说`, a video channel's title): whose talk it is, none of the question. */
const TALK_BYLINE_RE = /(?<=\S{4})\s*[｜|]\s*\p{Script=Han}{2,4}(?:医生|大夫|医师|主任|教授)(?:说|讲|谈)\s*$/u;

function withoutSiteParts(text: string): string {
  // A book's or an FAQ's list number before the question (`121．`, sequence-number.ts) is the list's, as an episode's is.
  let t = withoutSequenceNumber(withoutEpisodeNumber(text.trim())).replace(ANSWERER_HOOK_RE, '').replace(TALK_BYLINE_RE, '');
  for (let m = SEPARATED_TAIL_RE.exec(t); m; m = SEPARATED_TAIL_RE.exec(t)) {
    const rest = t.slice(0, m.index).trim();
    if ([...rest].length < 4 || asksQuestion(m[1]!) || !(SITE_SUFFIX_RE.test(m[1]!) || isDepartment(m[1]!))) break;
    t = rest;
  }
  return t.replace(TALK_BYLINE_RE, '');
}

/** One keyword tail after a heading's question: a topic in brackets (`（胃炎的治疗方法）`) or one more keyword question (`_胃炎怎么治疗效果好`). */
const HEADING_TAIL_RE = /^\s*(?:[（(][^（）()。，,！!？?]{2,16}[）)]|_\s*[^_。，,！!？?]{2,16})\s*$/u;

/**
 * A heading's question without the one keyword tail an SEO mirror adds to it (`问题（胃炎的治疗方法）`,
 * `问题_胃炎怎么治疗效果好`), where the page's <title> stuffs keyword questions after the same question
 * (withoutKeywordTails): the mirror's stuffing, none of the question. Null where the title stuffs none
 * (a bracket after a question may be the asker's: `宝宝咳嗽怎么办（2岁）`).
 */
export function withoutStuffedTail(heading: string, title: string): string | null {
  const sited = withoutSiteParts(title);
  const question = withoutKeywordTails(sited);
  if (question === sited || !heading.startsWith(question)) return null;
  return HEADING_TAIL_RE.test(heading.slice(question.length)) ? question : null;
}

/**
 * A mirror's SEO stuffing after the question (`问题_胃炎怎么办_胃炎吃什么药好`): two or more short parts
 * after underscores, each a keyword question of its own. One heading asks one question, so the first part is it.
 */
function withoutKeywordTails(text: string): string {
  const parts = text.split(/\s*_\s*/u);
  if (parts.length < 3) return text;
  const [first, ...tails] = parts;
  return [...first!].length >= 4 && asksQuestion(first!) && tails.every((p) => p.length >= 3 && p.length <= 16 && asksQuestion(p)) ? first! : text;
}

/**
 * A title naming the record of a Q&A session (`…病友线上答疑会问答实录（第3期）`, `专家答疑摘录`, `问答整理`): the record of many Q&As,
 * no question of its own.
 */
const SESSION_RECORD_RE = /(?:问答|答疑)(?:实录|摘录|整理|汇总)|答疑会/u;
export const namesSessionRecord = (text: string): boolean => SESSION_RECORD_RE.test(text);
