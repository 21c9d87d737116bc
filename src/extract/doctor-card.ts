import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../schema/entry.js';
import { POST_TITLES } from '../core/genre-vocabulary.js';
import { withoutSelfIntroduction } from '../core/reply-opening.js';
import { noDoctor } from './draft.js';
import { verifiedLine } from './verified-line.js';
import { bracketedLevel, DOCTOR_TITLES, isAnswererHead, GRADE_RE, gradeOnly, HAN, HOSPITAL_RE, HOSPITAL_SUFFIX, isDepartment, isHospitalKind, isOtherDoctorsHead, TITLE_RE } from './genre.js';
import { displayOf, withinAny, withoutInvisible } from './hidden-text.js';
import { inside, isHiddenFragment, isUnshownPart, type Block } from './html-lines.js';
import { shownCards } from './shown-card.js';
import { inOtherDoctorsBlock } from './other-doctors.js';
import { otherPractices } from './practice-sites.js';
import { withoutPadding } from './padded-values.js';
import { isConsultJoined, joinedName } from './consult-title.js';
import { shadowRootOf, slotContent } from './shadow-root.js';
import { isTranslationBeside } from './translation.js';

/**
 * The doctor card, whatever its markup: read from its parts (text nodes, lines, or one line
 * with separators) by what each part says — a label (科室：, 所在医院), a word of the title or
 * grade vocabulary, a hospital's suffix, a department's 科 — and by where the name stands
 * (beside the title).
 */

type Field = keyof Doctor;

/** Labels of card fields, longest first where one starts another. */
const FIELD_LABELS: Array<[string, Field]> = [
  ['解答医生', 'name'], ['回答医生', 'name'], ['答疑医生', 'name'], ['主治医生', 'name'], ['医生姓名', 'name'], ['医生', 'name'],
  ['姓名', 'name'], ['专家', 'name'], ['大夫', 'name'],
  // in English, as a reader view or a bilingual site labels them
  ['Doctor', 'name'], ['Title', 'title'], ['Department', 'department'], ['Dept.', 'department'], ['Dept', 'department'], ['Hospital', 'hospital'],
  ['医生职称', 'title'], ['职称', 'title'], ['职务', 'title'],
  ['所属科室', 'department'], ['所在科室', 'department'], ['就诊科室', 'department'], ['科室', 'department'], ['科别', 'department'],
  ['医院等级', 'hospital_grade'], ['等级', 'hospital_grade'],
  ['所在医院', 'hospital'], ['执业医院', 'hospital'], ['就职医院', 'hospital'], ['所属医院', 'hospital'], ['执业地点', 'hospital'], ['所在药店', 'hospital'], ['所在药房', 'hospital'], ['医院', 'hospital'],
];
const FIELD_OF = new Map(FIELD_LABELS);
/** A known label at the start of a part, then its colon, a space or the part's end (a <dt>, a <th>). */
const LABEL_RE = new RegExp(`^(${FIELD_LABELS.map(([l]) => l.replace('.', '\\.')).join('|')})(?:\\s*[:：]\\s*|\\s+|$)`, 'u');
/** Any short label and its colon (`出诊医院：`, `接诊医生:`): what it names is told by its words. */
const ANY_LABEL_RE = /^(\p{Script=Han}{2,6})\s*[:：]\s*/u;
const LABEL_WORDS: Array<[RegExp, Field]> = [
  // 层级 as Taiwan's sites label the hospital's accreditation level (医院层级：医学中心)
  [/等级|级别|层级/u, 'hospital_grade'],
  // 院所 as Taiwan's sites name where a doctor works
  [/医院|单位|机构|地点|药店|药房|院所/u, 'hospital'],
  [/科|部门/u, 'department'],
  [/职称|职务|职级/u, 'title'],
  // who answers, in the words of sites of pharmacists and nutritionists too (答疑药师：, 营养师：)
  [/医生|专家|姓名|大夫|医师|药师|营养师/u, 'name'],
];
/** A label word alone, without its colon: `出诊医院`, `所属科室`, `医院等级`. */
const LABEL_ONLY_RE = /^(?:出诊|所属|所在|就职|执业|工作|就诊|坐诊|接诊|主诊|答疑)(?:医院|单位|科室|科别|医生|专家|药店|药房)$|^(?:出诊|坐诊|接诊|主诊|答疑)(?:医师|药师)$|^(?:医院等级|医院级别|医生姓名|医生职称|技术职称)$/u;
/**
 * A label of who answers alone with its colon (`答疑药师：` in a <label>, `回复医师：` in a <span>):
 * the name is the part after it, and the label's 医师 is no title.
 */
const ANSWERER_LABEL_RE = /^\p{Script=Han}{0,3}(?:医师|医生|药师|营养师)\s*[:：]\s*$/u;
const fieldOfLabel = (label: string): Field | null => FIELD_OF.get(label) ?? LABEL_WORDS.find(([re]) => re.test(label))?.[1] ?? null;
/**
 * The doctor's bio and the like (擅长：…, 简介：…, 社会任职：…, a 执业经历 head alone, a career's
 * `2009–2015 某医院 神经内科 主治医师`): part of the card, but none of its fields — the hospitals, departments and titles it names are the doctor's past
 * or others'.
 */
const BIO_LABEL_RE =
  /^(?:(?:专业)?擅长(?:领域|疾病|方向)?|简介|介绍|专长|医生简介|个人简介|医生介绍|(?:执业|从业|工作|进修|学习|教育)(?:经历|背景)|从医\S{0,2}|(?:社会|学术)(?:任职|兼职)|科研成果|获奖情况|荣誉称号)\s*(?:[:：]|$)/u;
/** A career's line (`2009–2015 某医院 神经内科 主治医师`, `2016至今 …`): no sentence, unlike an answer's `2019年起，…`. */
const CAREER_RE = /^\d{4}(?:[.年]\d{1,2}月?)?\s*(?:[-–—~～至到]\s*(?:\d{4}(?:[.年]\d{1,2}月?)?|今|现在)|至今|起)(?![^，,。；;！!？?]*[，,。；;！!？?])/u;
export const isBioLine = (text: string): boolean => {
  const t = text.trim();
  return BIO_LABEL_RE.test(t) || CAREER_RE.test(t);
};
/** Separators between a card's parts, and a signature's dash before the name (`——王清玉 主任医师，…`). */
const SEPARATOR_RE = /[\s|｜·•/，,、;；—―─－]+/u;
const NAME_RE = new RegExp(`^(?:${HAN}{2,4}|${HAN}{1,2}·${HAN}{1,3})$`, 'u');
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
  // a paid answerer's price to ask them (`身价 ¥88`, 在行一点's), beside their counters
  '身价',
]);
/** A site's verification badge: `认证医师`, `医师认证`, `已认证医生`, `实名认证专家`, `已认证` alone or a Q&A portal's `专业认证` / `医疗认证` (a tick or star before it). */
const VERIFIED_BADGE_RE = /^[^\p{Script=Han}]{0,2}(?:(?:已|实名|官方|平台)?认证(?:医师|医生|专家|药师)|(?:医师|医生|专家|药师)(?:已|实名)?认证|(?:已|已实名|实名|官方|专业|医疗)认证)$/u;
/** A verification badge on a line of its own, beside the card (see VERIFIED_BADGE_RE): the card's, none of the answer. */
export const isVerifiedBadge = (text: string) => text.length <= 12 && VERIFIED_BADGE_RE.test(text.trim());
/** A bare count (a profile's statistics: 积分 5268, 好评率 98%). */
const COUNT_RE = /^\d[\d,.]*(?:%|万|k|w)?$/iu;
/** A department run into a hospital (`骨科福建省人民医院`): the department first, lazily. */
const DEPARTMENT_THEN_HOSPITAL_RE = new RegExp(`^((?:(?![市省县区])${HAN}){1,8}?科)(?!大学|技)(${HAN}{4,}${HOSPITAL_SUFFIX})$`, 'u');
const HOSPITAL_ONLY_RE = new RegExp(`^${HOSPITAL_RE.source}`, 'u');

interface Token {
  text: string;
  label: Field | null;
}

/** Splits card parts into tokens: labels attached to the values they name, separators dropped, bios left out. */
function tokenize(parts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let pending: Field | null = null;
  for (const raw of parts) {
    let part = withoutPadding(unspacedLabel(bracketedLabel(unsigned(raw.replace(/\s+/g, ' ').trim()))));
    if (!part) continue;
    if (isBioLine(part) || isAnswererHead(part) || isConsultJoined(part)) {
      pending = null;
      continue;
    }
    let label: Field | null = pending;
    pending = null;
    // The part after a label alone is its value (`职称：` then `主治医生`), unless it has a label of its own.
    const m = label !== null && !/[:：]/u.test(part) ? null : (part.match(LABEL_RE) ?? part.match(ANY_LABEL_RE));
    // A label alone with its colon (`服務醫院：` in a <span>, its value in the next node) when its words name a field.
    const aloneWithColon = m !== null && m[0].length === part.length && /[:：]\s*$/u.test(m[0]) && fieldOfLabel(m[1]!) !== null;
    if (m && (FIELD_OF.has(m[1]!) || m[0].length < part.length || ANSWERER_LABEL_RE.test(m[0]) || aloneWithColon)) {
      label = fieldOfLabel(m[1]!);
      part = part.slice(m[0].length).trim();
      if (!part) {
        pending = label;
        continue;
      }
    }
    for (const [i, text] of part.split(SEPARATOR_RE).flatMap(unbracketed).entries()) {
      if (!text) continue;
      // A label word standing alone (`出诊医院 北岸市…`) names the token after it.
      if (LABEL_ONLY_RE.test(text)) {
        pending = fieldOfLabel(text);
        continue;
      }
      // A label further along the part (`科室：妇产科　执业医院：…`) names the value after it.
      const inner = i > 0 ? text.match(ANY_LABEL_RE) : null;
      if (inner && inner[0].length < text.length && fieldOfLabel(inner[1]!)) {
        tokens.push({ text: text.slice(inner[0].length), label: fieldOfLabel(inner[1]!) });
        pending = null;
        continue;
      }
      tokens.push({ text, label: i === 0 ? label : pending });
      pending = null;
    }
  }
  return tokens;
}

/**
 * A card printed as a signature after the text, the whole of it in brackets (`（解答专家：name
 * title hospital）`): the card without them. (A dash-led one, `——name title`, is not read so yet:
 * on news articles, read, it leaves their other misreadings unflagged.)
 */
function unsigned(part: string): string {
  if (!/^[（(]/u.test(part) || !/[）)]$/u.test(part)) return part;
  // Only where the first bracket closes at the end (`（三甲）骨科（二甲）` is not one bracketed part).
  let depth = 0;
  for (let i = 0; i < part.length; i++) {
    if (/[（(]/u.test(part[i]!)) depth++;
    else if (/[）)]/u.test(part[i]!) && --depth === 0 && i < part.length - 1) return part;
  }
  return part.slice(1, -1).trim();
}

/**
 * A piece of a card sentence cut by its separators with a bracket left open or closed
 * (`（副主任医师`, `消化内科）解答了该问题`): the bracket is where its fields part.
 */
function unbracketed(text: string): string[] {
  const open = (text.match(/[（(]/gu) ?? []).length;
  const close = (text.match(/[）)]/gu) ?? []).length;
  return open === close ? [text] : text.split(/[（()）]/u).filter((t) => t !== '');
}

/** The label of an expert's bio paragraph (`专家简介：`, `作者简介：`): what follows is the card as a sentence. */
const EXPERT_BIO_RE = /^(?:专家|作者|医生|嘉宾)(?:简介|介绍)\s*[:：]\s*/u;

/**
 * A card written as a bio sentence after the answer (or, labelled 专家简介, before it) (`name，hospital department title，医学博士，…擅长…`):
 * the name as its first clause, then a clause that names a title and a hospital.
 */
export function bioSentenceCard(blocks: readonly Block[], from: number, end: number, labelledOnly = false): Doctor | null {
  for (let i = Math.max(0, from); i < end; i++) {
    const text = blocks[i]!.text.trim();
    const labelled = EXPERT_BIO_RE.test(text);
    if (labelledOnly && !labelled) continue;
    const clauses = text.replace(EXPERT_BIO_RE, '').split(/[。！!]/u)[0]!.split(/[，,]/u).map((c) => c.trim());
    const [name, clause] = clauses;
    if (!name || !clause || clause.length > 40 || !isName(name)) continue;
    let doctor = parseCardParts([clause]);
    // A labelled bio may give the title a clause of its own, the unit the next (`专家简介：name，title，hospital department，从事…`).
    if (labelled && doctor.title && !doctor.hospital && clauses[2] && clauses[2].length <= 40) doctor = parseCardParts([clause, clauses[2]]);
    if (!doctor.title || !doctor.hospital || doctor.name) continue;
    return { ...doctor, name };
  }
  return null;
}

/** Whether a card's text is a signature (bracketed whole): it signs the text before it. */
export const isSignature = (text: string) => unsigned(text.trim()) !== text.trim();

/** A label in lenticular brackets before the fields (`【专家】hospital department title name`, as books print one): the label and its colon. */
const bracketedLabel = (part: string) => part.replace(/^【(\p{Script=Han}{2,6})】\s*(?=\S)/u, (whole, label: string) => (fieldOfLabel(label) !== null ? `${label}：` : whole));

/**
 * A label spaced out to line up with longer ones (`姓　名：`, `职 称`, `咨 询 人：`) as the label
 * itself; a spaced value is left as printed unless a colon or a known label says it is one (a
 * two-character value is closed up apart: padded-values.ts).
 */
function unspacedLabel(part: string): string {
  const m = part.match(/^((?:\p{Script=Han} ){1,3}\p{Script=Han})( ?[:：].*)?$/u);
  if (!m) return part;
  const label = m[1]!.replace(/ /g, '');
  return m[2] !== undefined || fieldOfLabel(label) !== null ? label + (m[2] ?? '') : part;
}

export const isName = (text: string) =>
  NAME_RE.test(text) &&
  !NOT_NAMES.has(text) &&
  !ACADEMIC_RANK_RE.test(text) &&
  // A post's level (`二级` of 二级教授) is none either.
  !/[科院]$|^[一二三四五六]级|医生|大夫|护士|专家|专业号|头像|照片|图片|主任|科室|医院|职称|姓名|等级|级别|出诊|接诊|主诊|认证|核验|审核|验证/u.test(text);

/** A name and its calling (`胡欣大夫`, `杨宏波医生`, `钟子护士`), where what goes before is no role (家庭医生, 值班医生, 责任护士). */
const CALLED_RE = /^\p{Script=Han}{2,4}(?:大夫|医生|护士)$/u;
const ROLE_RE = /^(?:家庭|值班|主治|住院|实习|见习|规培|助理|责任|专科|签约|社区|乡村|村医|全科|门诊|急诊|执业|首席|特约|在线|坐诊|接诊|出诊|驻点|主管|带教|随访|健康|私人|管床|床位|护理|巡回|器械|手术|中医|西医|牙科|口腔|儿童|宝宝|心理|男|女|好|名)$/u;
/** The name in a name and its calling (`杨宏波医生` → 杨宏波), or null where what goes before the calling is no name. */
export const calledName = (text: string): string | null => {
  if (!CALLED_RE.test(text)) return null;
  const stem = text.slice(0, -2);
  // Not a department before the name (`骨科龙雨医生`, an account's nickname): no name can be told from it.
  return isName(stem) && !ROLE_RE.test(stem) && !/[科院]/u.test(stem) ? stem : null;
};
/** 医师 alone, how a doctor is called after the name: a title only where the card prints no rank. */
const BARE_CALLING = '医师';

/** What a picture's alt says besides a name it draws: the calling (`王伟医生`), an e-signature's note (`王伟（电子签名）`). */
const PICTURE_NAME_NOTE_RE = /(?:医生|大夫|医师)$|\s*[（(](?:电子|手写)?签名[）)]$/u;
/** The name a picture draws, as its alt gives it for screen readers (a text-to-image name, an e-signature), or null. */
export function pictureName(alt: string | undefined): string | null {
  const text = alt?.trim().replace(PICTURE_NAME_NOTE_RE, '') ?? '';
  return isName(text) ? text : null;
}

/** Removes the grade (and the brackets around it) from a token, setting it on the doctor if not set yet. */
function takeGrade(text: string, doctor: Doctor): string {
  const grade = text.match(GRADE_RE);
  if (!grade) {
    // A level alone (`三级`) is a grade only as a part of its own.
    const level = gradeOnly(text);
    if (level) doctor.hospital_grade ??= level;
    const closing = level ? null : bracketedLevel(text);
    if (closing) doctor.hospital_grade ??= closing[1]!;
    return level ? '' : closing ? text.slice(0, closing.index).trim() : text;
  }
  doctor.hospital_grade ??= grade[1]!;
  return (text.slice(0, grade.index) + ' ' + text.slice(grade.index! + grade[0].length))
    .replace(/[（(【[［〔]\s*(?:医院)?\s*[）)】\]］〕]/gu, ' ')
    .replace(/^医院$/u, '')
    .trim();
}

/** Hospital and department from what is left of a token once grade, title and name are taken. */
function placeRest(raw: string, doctor: Doctor): boolean {
  // A department or hospital in brackets after the title (`主治医师（皮肤科）`).
  const text = raw.replace(/^[（(【[［〔]\s*([^（()）【】[\]［］〔〕]+?)\s*[）)】\]］〕]$/u, '$1');
  if (!text) return true;
  const both = text.match(DEPARTMENT_THEN_HOSPITAL_RE);
  if (both) {
    doctor.department ??= both[1]!;
    doctor.hospital ??= both[2]!;
    return true;
  }
  const hospital = text.match(HOSPITAL_ONLY_RE);
  if (hospital && hospital[1]!.length >= 4) {
    doctor.hospital ??= hospital[1]!.replace(/^[（(）)·]+/u, '');
    const after = text.slice(hospital[0].length).trim();
    if (after && isDepartment(after)) doctor.department ??= after;
    return true;
  }
  if (isDepartment(text)) {
    doctor.department ??= text;
    return true;
  }
  return false;
}

/**
 * Reads a card from its parts in order: `['王清玉', '副主任医师', '骨科', '福建省人民医院', '三甲']`,
 * `['解答医生：赵文静 主治医师 | 儿科 | 江州市儿童医院（三级甲等）']`, `['科室', '精神心理科', …]`
 * (label and value apart), or one run-together part `王清玉副主任医师骨科福建省人民医院`.
 */
/** A box's heading over the card's fields (`医师执业信息公示`, `医生基本信息`): it names the box, none of its fields, though it holds 医师. */
const FIELDS_HEADING_RE = /^\p{Script=Han}{0,8}(?:信息公示|执业信息|公示信息|基本信息|个人信息|资质信息)$/u;
export const isFieldsHeading = (text: string) => FIELDS_HEADING_RE.test(text.trim());

export function parseCardParts(parts: readonly string[]): Doctor {
  const doctor = noDoctor();
  // A platform's verification line (`UP主认证：hospital department title`, account-post.ts) is what it certifies.
  const certified = parts.flatMap((p) => verifiedLine(p)?.split(/\s+/u) ?? [p]);
  const tokens = tokenize(certified.filter((p) => !isFieldsHeading(p)));
  const names: Array<{ text: string; at: number }> = [];
  let titleAt = -1;
  let nameBesideTitle: string | null = null;
  let labelled: string | null = null;
  let platform: string | null = null;
  tokens.forEach((token, at) => {
    // A verification badge (`认证医师`, `医师认证`) says the site checked the doctor: no title.
    if (VERIFIED_BADGE_RE.test(token.text)) return;
    let text = takeGrade(token.text, doctor);
    if (!text) return;
    // An internet hospital (the platform the consultation was held on) is the doctor's only where the card names no other.
    if (INTERNET_HOSPITAL_RE.test(text)) {
      platform ??= text;
      return;
    }
    switch (token.label) {
      case 'name':
        // `医生：王清玉` names the doctor; `医生：王清玉主任医师` is read below, the name beside the title.
        if (!TITLE_RE.test(text)) {
          if (isName(text)) {
            labelled ??= text;
            return;
          }
          // Under the label of who answers, the card's first part may be another field (`解答专家：妇科 name title`).
          placeRest(text, doctor);
          return;
        }
        break;
      case 'department':
        doctor.department ??= text;
        return;
      case 'hospital':
        doctor.hospital ??= text;
        return;
      case 'hospital_grade':
        return;
      default:
        break;
    }
    const title = text.match(TITLE_RE);
    // A teaching hospital's card prints an academic rank beside the clinical title (`教授 主任医师`): the title is the clinical one.
    // So a bare 医师 after the name (`王芳 医师`, `王芳医师`: how the doctor is called) gives way to the clinical rank printed elsewhere
    // (not to a licence or a second qualification: `执业医师`, `心理治疗师` say no more of the rank).
    // So a post (副院长, 主任) gives way to the clinical title beside it.
    const clinicalAfterRank = title !== null && doctor.title !== null && ((ACADEMIC_RANK_RE.test(doctor.title) && !ACADEMIC_RANK_RE.test(title[1]!)) || (doctor.title === BARE_CALLING && (CLINICAL_RANK_RE.test(title[1]!) || isPost(title[1]!))) || (isPost(doctor.title) && !isPost(title[1]!) && title[1] !== BARE_CALLING));
    if (title && (doctor.title === null || clinicalAfterRank)) {
      doctor.title = title[1]!;
      if (!clinicalAfterRank) titleAt = at;
      // The title in brackets after the name (`史清勇（主任医师）`).
      const before = text.slice(0, title.index).replace(/[（(【[［〔]\s*$/u, '').trim();
      if (before && isName(before)) nameBesideTitle = before;
      // A department, or a hospital and department, run into the title (`妇科副主任医师`, `某市人民医院营养科主治医师`).
      else if (before) placeRest(before, doctor);
      text = text.slice(title.index! + title[0].length).trim();
      if (token.label === 'title') return;
    }
    if (token.label === 'title' && doctor.title === null) {
      doctor.title = text;
      titleAt = at;
      return;
    }
    if (placeRest(text, doctor)) return;
    // A word before a bare count (`积分 5268`, `帖子 2248`, `粉丝 120`) is the counter's label, not a name.
    if (isName(text) && !COUNT_RE.test(tokens[at + 1]?.text ?? '')) names.push({ text, at });
    // A name with the calling after it (`胡欣大夫`, an old card's and a link's way): the name.
    else if (calledName(text)) names.push({ text: calledName(text)!, at });
  });
  // A nickname opening with a department (`儿科王芳医生`) names no one by itself; where the card prints that department as its own, the rest is the name.
  const department = doctor.department;
  if (names.length === 0 && department !== null) {
    const at = tokens.findIndex((t) => t.text.startsWith(department) && calledName(t.text.slice(department.length)) !== null);
    if (at !== -1 && tokens.some((t, i) => i !== at && t.text.includes(department))) names.push({ text: calledName(tokens[at]!.text.slice(department.length))!, at });
  }
  // An avatar's initials (the surname or the given name in a circle, before the name) are part of the name beside them: no name.
  const whole = names.filter((n) => !names.some((m) => m.text.length > n.text.length && (m.text.startsWith(n.text) || m.text.endsWith(n.text))));
  if (whole.length < names.length) names.splice(0, names.length, ...whole);
  doctor.name =
    labelled ??
    nameBesideTitle ??
    names.find((n) => n.at === titleAt - 1)?.text ??
    names.find((n) => n.at === titleAt + 1)?.text ??
    names[0]?.text ??
    null;
  doctor.hospital ??= platform;
  return doctor;
}

/** An internet hospital's name alone (`某某互联网医院`): a platform that doctors of other hospitals answer on. */
const INTERNET_HOSPITAL_RE = new RegExp(`^${HAN}{2,16}互联网医院$`, 'u');

/** An author's byline (`作者：汪红志`, `答主：…`): who wrote a blog's answer. */
const AUTHOR_RE = /^(?:作者|答主|撰稿|撰文|文)\s*[:：]\s*(\S{2,6})$/u;
/** How far after the byline its bio may stand. */
const BIO_LINES = 3;

/**
 * A blog's author box after the answer, where no card is: the byline names the doctor, the
 * bio's first clause (`白沙市中医药大学附属医院（三甲）内分泌科主任医师，从事…`) the hospital,
 * grade, department and title. Taken only where the bio names a title and a hospital.
 */
export function authorCard(blocks: readonly Block[], from: number): Doctor | null {
  for (let i = Math.max(0, from); i < blocks.length; i++) {
    const name = blocks[i]!.text.replace(/\s+/gu, '').match(AUTHOR_RE)?.[1];
    if (!name || !isName(name)) continue;
    for (let j = i + 1; j < blocks.length && j <= i + BIO_LINES; j++) {
      // The bio's first sentence, in its clauses (`主治医师，江州市肿瘤医院泌尿外科，…为三级甲等医院。`).
      const clause = blocks[j]!.text.split(/[。！!]/u)[0]!.trim();
      if (clause.length > 80) continue;
      const doctor = parseCardParts(clause.split(/[，,；;（()）【】]/u));
      if (!doctor.title || !doctor.hospital) continue;
      doctor.name = name;
      // A department run into the title (`内分泌科主任医师`).
      doctor.department ??= clause.match(new RegExp(`(${HAN}{1,8}?科)${TITLE_RE.source}`, 'u'))?.[1] ?? null;
      if (doctor.department && !isDepartment(doctor.department)) doctor.department = null;
      return doctor;
    }
  }
  return null;
}

/** Reads a card from its text alone (a text copy's card lines, a profile's card element). */
export function parseDoctorCard(cardText: string): Doctor {
  return parseCardParts([cardText]);
}

const ONE_HAN_RE = /^\p{Script=Han}$/u;
/** A place's name (江南市, 滨海县) ending where a hospital's name runs on with no space (`江南市<b>儿童医院</b>`): one name, as shown. */
const PLACE_END_RE = /\p{Script=Han}(?:省|市|县|区|州|旗|镇)$/u;
const WHOLE_HOSPITAL_RE = new RegExp(`^${HOSPITAL_RE.source}$`, 'u');
const placeBeforeHospital = (before: string, text: string) => PLACE_END_RE.test(before) && WHOLE_HOSPITAL_RE.test(text);
/** Two parts that run on with no space into one title of the vocabulary (`<span>国家二级</span><span>心理咨询师</span>`): one title, as shown. */
const WHOLE_TITLE_RE = new RegExp(`^${TITLE_RE.source}$`, 'u');
const partsOfTitle = (before: string, text: string) => (!WHOLE_TITLE_RE.test(before) || isPost(before)) && WHOLE_TITLE_RE.test(before + text);
/** A post (主任) is a title of its own, and the start of a longer one (主任医师, 主任中医师) where the rest runs on from it. */
const isPost = (text: string) => POST_TITLES.includes(text);
const WORD_END_RE = /[\p{Script=Han}：:]$/u;
/** The element that lays out a text's line: its nearest ancestor that is no inline run. */
function lineOf(node: AnyNode | null): AnyNode | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && RUN_TAGS.has((el as Element).name)) el = el.parent;
  return el;
}
const RUN_TAGS = new Set(['span', 'b', 'strong', 'font', 'em', 'i', 'u', 'a', 'small', 'big', 'mark', 'label']);

/**
 * A line that spaces or labels its fields in its own text (`回答医生：康琳　主治医师　骨科　南`) and an
 * editor's styled run on the same line that goes on with no space (`屏市中心医院`): the run split a field,
 * not two fields apart, where the word before it is no field and the two make one (a title, a department,
 * a hospital), or a name's last character goes on alone.
 */
function splitsField(before: string, text: string): boolean {
  const spaced = before.match(/^(.*[\s|｜·•/，,、;；：:])(\p{Script=Han}{1,8})$/u);
  if (!spaced) return false;
  // What stands before the split word is a label's colon or a whole field, not a padded label's character (`科　室`).
  const last = spaced[1]!.trimEnd();
  const field = last.split(/[:：]/u).at(-1)!.split(SEPARATOR_RE).at(-1)!;
  if (!/[:：]$/u.test(last) && !(isName(field) || WHOLE_TITLE_RE.test(field) || isDepartment(field) || WHOLE_HOSPITAL_RE.test(field))) return false;
  const tail = spaced[2]!;
  const head = text.split(SEPARATOR_RE)[0]!.replace(/[（(【[][^）)】\]]*[）)】\]]$/u, '');
  const word = tail + head;
  // A name's last character alone after its first ones (`杨子|超`): no field by itself, one name with them.
  if (ONE_HAN_RE.test(head) && isName(word)) return true;
  if ((WHOLE_TITLE_RE.test(tail) && !isPost(tail)) || isDepartment(tail) || WHOLE_HOSPITAL_RE.test(tail)) return false;
  return WHOLE_TITLE_RE.test(word) || isDepartment(word) || WHOLE_HOSPITAL_RE.test(word);
}

/** The text parts of a card element: each text node on its own, so inline markup keeps the parts apart. */
export function cardParts(el: Element): string[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  const display = displayOf(el);
  // A doctor's other practices (多点执业) are none of the card's fields (practice-sites.ts).
  const others = otherPractices(el);
  // A hidden fragment passed over inside a word (`邵琳<font style="font-size:0">都</font>英`): the text after it runs on.
  let runOn = false;
  let lastText: AnyNode | null = null;
  let spaceless = false;
  let oneChar = false;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const edit = others?.get(node);
    if (edit === null) continue;
    if (node.type === 'text') {
      const data = withoutInvisible(edit ?? (node as unknown as { data: string }).data);
      if (data === '') continue; // nothing, or only characters that display nothing
      // An icon font's glyph beside a field (a private-use character: a hospital's or a clock's picture) is no part of it.
      const t = data.replace(/[\s\u00a0\u3000]+/g, ' ').replace(EDGE_ICONS_RE, '');
      // A label's colon apart from its label (a translation between them left out) ends the label's part.
      // So do a colon and value after a label of its own (`<strong>医生</strong>：黄敏`, Markdown's bold labels): one part.
      if ((t[0] === '：' || t[0] === ':') && parts.length > 0) parts[parts.length - 1] += t;
      else if (t && parts.length > 0 && !/^[\s\u00a0\u3000]/u.test(data) && (runOn || (spaceless && (oneChar || ONE_HAN_RE.test(t) || placeBeforeHospital(parts[parts.length - 1]!, t) || partsOfTitle(parts[parts.length - 1]!, t) || (lineOf(node) === lineOf(lastText) && splitsField(parts[parts.length - 1]!, t))))) && WORD_END_RE.test(parts[parts.length - 1]!)) parts[parts.length - 1] += t;
      else if (t) parts.push(t);
      runOn = false;
      lastText = node;
      // Each character in an element of its own (a page guarded against copying): a lone character right
      // after a word or a label's colon runs on, and so does what follows it with no space between.
      spaceless = t !== '' && !/[\s\u00a0\u3000]$/u.test(data);
      oneChar = ONE_HAN_RE.test(t);
      continue;
    }
    if (node.type !== 'tag') continue;
    const name = (node as Element).name;
    // What no line shows is no part (an SVG icon's <title> naming the field beside it, a struck-out deletion).
    if (name === 'script' || name === 'style' || isUnshownPart(name)) continue;
    // A hidden fragment, or a <wbr> (a place the line may break, no text of its own: `西陵市口<wbr>腔医院`).
    if (name === 'wbr' || isHiddenFragment(node as Element, display)) {
      // Only a fragment inside a word runs its sides together: one right after a text of its line, no space between
      // (a screen-reader label opening a line, `<p><span class="sr-only">医生姓名：</span><b>王芳</b>`, parts nothing).
      const before = node.prev;
      runOn = parts.length > 0 && before?.type === 'text' && /\S$/u.test((before as unknown as { data: string }).data);
      continue;
    }
    // English beside the Chinese it translates (`主任医师 <span lang="en">Chief Physician</span>`): no part.
    if ((node as Element).attribs.lang !== undefined && isTranslationBeside(node as Element)) continue;
    // A shadow root's parts in the order it displays them, its slots filled (shadow-root.ts).
    const children = !display.shadowRoots ? (node as Element).children : name === 'slot' ? slotContent(node as Element) : (shadowRootOf(node as Element)?.children ?? (node as Element).children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts;
}

/** An academic rank, which a card may print before or after the clinical title (教授, 二级教授, 讲师, 研究员, 硕导): never a name. */
/** A rank of the clinical ladder (主治医师, 副主任中医师, 顾问医生): what a bare 医师 beside it gives way to. */
const CLINICAL_RANK_RE = /^(?:(?:副?主任|主治|住院)中?医[师生]|(?:资深|高级|副)?顾问医生|高级医生|驻院医生|专科医生)$/u;
const ACADEMIC_RANK_RE = /^(?:[一二三四]级)?(?:副?教授|讲师|助教|副?研究员|[硕博]导|[硕博]士生?导师)$/u;

/** Private-use characters (an icon font's glyphs) and spaces at a text's ends. */
const EDGE_ICONS_RE = /^[\uE000-\uF8FF\s]+|[\uE000-\uF8FF\s]+$/gu;

/** The label a reviewer's card opens with (审核, 医学审核专家：), alone or with the card on its line (`内容审核：name title hospital`). */
const REVIEWER_RE = /^(?:医学|专业|内容)?(?:审核|审校|审稿|审阅|核稿)(?:专家|医生|人|者)?\s*(?:[:：]|$)/u;
/** A card holds a few short parts; an element with more text than this is more than a card. */
const CARD_MAX_CHARS = 300;
/** How far above the question a card may stand (a card in a column before the article). */
const CARD_LINES_ABOVE = 15;

export interface FoundCard {
  element: Element;
  doctor: Doctor;
  /** Another doctor's complete card stands near the answer too. */
  others: boolean;
  /** Every card found near the answer, this one first: none of them is answer text. */
  elements: Element[];
}

const complete = (d: Doctor) => d.name !== null && d.title !== null && d.hospital !== null;

/**
 * The doctor card: from each short line holding a title of the vocabulary, the smallest
 * element around it that also names a hospital (and, where the card's grade or department
 * stands just outside it, its parent). Cards between the question and the related list come
 * first; a complete card in the lines just above the question is taken where none is there.
 */
export function findDoctorCard(blocks: readonly Block[], question: number, end: number, signed: string | null = null): FoundCard | null {
  const around = cardsIn(blocks, blocks[question]!.node);
  let cards = around(question + 1, end);
  if (cards.length === 0) cards = around(Math.max(0, question - CARD_LINES_ABOVE), question).filter((c) => complete(c.doctor));
  // A reviewer's card (审核, 医学审核) beside the author's is not the answering doctor's, nor where the author's stands elsewhere (a side column).
  const reviewers = new Set(cards.filter((c) => REVIEWER_RE.test(cardParts(c.element)[0] ?? '')));
  // Cards in a block of other doctors (相关医生) beside the answer are none of the answerer's, even where no other card is.
  const answering = shownCards(cards.filter((c) => !reviewers.has(c))).filter((c) => !inOtherDoctorsBlock(blocks, c.element));
  // A card without the name (kept from scrapers) where an e-signature names who answered (signature.ts).
  const nameless = signed ? answering.find((c) => !c.doctor.name && c.doctor.title && c.doctor.hospital) : undefined;
  const chosen = answering.find((c) => complete(c.doctor)) ?? answering.find((c) => c.doctor.name && c.doctor.title) ?? (nameless && { ...nameless, doctor: { ...nameless.doctor, name: signed } }) ?? null;
  if (!chosen) return null;
  const others = answering.some((c) => c !== chosen && complete(c.doctor) && c.doctor.name !== chosen.doctor.name);
  return { ...chosen, others, elements: [chosen.element, ...cards.filter((c) => c !== chosen).map((c) => c.element)] };
}

/**
 * The one complete card above the question however far (a booking site's doctor header over the
 * doctor's schedule, then the Q&A), where no card is nearer: none where the page shows several
 * doctors above the question, or a block of other doctors (推荐医生), whose cards are not the answerer's.
 */
export function soleCardAbove(blocks: readonly Block[], question: number): FoundCard | null {
  if (blocks.some((b, i) => i < question && b.chars <= 8 && isOtherDoctorsHead(b.text.replace(/\s+/gu, '')))) return null;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, question);
  const named = new Set(cards.map((c) => c.doctor.name));
  const card = cards.find((c) => complete(c.doctor));
  return card && named.size === 1 ? { ...card, others: false, elements: [card.element] } : null;
}

/**
 * A shared chat's card above the question (the answerer's picture, name and title; the institution only
 * now and then), where no card is nearer: the one naming whom the chat's notice says has joined
 * (`药师王明已接入`), the name printed twice. None where no notice names anyone, or no card above names them.
 */
export function joinedCardAbove(blocks: readonly Block[], question: number, end: number): FoundCard | null {
  const names = new Set(blocks.slice(0, end).map((b) => joinedName(b.text)).filter((n) => n !== null));
  if (names.size !== 1) return null;
  const [name] = names;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, question).filter((c) => c.doctor.name === name && c.doctor.title !== null);
  return cards.length === 1 ? { ...cards[0]!, others: false, elements: [cards[0]!.element] } : null;
}

/**
 * The card in a bar fixed to the screen (`position: fixed`: a sticky bar of the answering doctor,
 * last in the markup after the list and the footer, shown under the answer as the page is read),
 * where no card is nearer and it names the page's only doctor.
 */
export function soleFixedCard(blocks: readonly Block[], question: number): FoundCard | null {
  const display = displayOf(blocks[question]!.node!);
  if (display.fixed.size === 0) return null;
  const cards = cardsIn(blocks, blocks[question]!.node)(0, blocks.length);
  const card = cards.find((c) => complete(c.doctor) && withinAny(c.element, display.fixed));
  return card && new Set(cards.map((c) => c.doctor.name)).size === 1 ? { ...card, others: false, elements: [card.element] } : null;
}

/** The cards around the lines from..to that hold a title of the vocabulary, each element once. */
function cardsIn(blocks: readonly Block[], questionNode: AnyNode | null) {
  const texts = new Map<Element, string>();
  const textOf = (el: Element) => {
    let t = texts.get(el);
    if (t === undefined) texts.set(el, (t = cardParts(el).join('').replace(/\s+/g, '')));
    return t;
  };
  return (from: number, to: number) => {
    const cards: Array<{ element: Element; doctor: Doctor }> = [];
    for (let i = from; i < to; i++) {
      const b = blocks[i]!;
      // A title spaced out to line up (`医　师`: padded-values.ts) is one all the same.
      if (b.text.length > 80 || !TITLE_RE.test(withoutPadding(b.text)) || (b.text.length > 30 && /[。！？]/u.test(b.text))) continue;
      // A sentence in which the writer introduces themselves (`您好，我是执业药师王明，很高兴为您服务。`) is the reply's, no card (core/reply-opening.ts).
      if (/[。！？!?]$/u.test(b.text.trim()) && !TITLE_RE.test(withoutSelfIntroduction(b.text))) continue;
      const card = cardAround(b.node, questionNode, textOf);
      if (card && !cards.some((c) => c.element === card.element)) cards.push(card);
    }
    return cards;
  };
}

function cardAround(node: AnyNode | null, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor } | null {
  const lines = brokenLinesCard(node, questionNode, textOf);
  if (lines) return lines;
  let line: Element | null = null;
  for (let el = node?.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) {
    if ((questionNode && inside(questionNode, el)) || textOf(el).length > CARD_MAX_CHARS) break;
    // An element holding sentences holds more than a card (a byline over its answer).
    if (line && holdsProse(el)) break;
    line ??= el;
    const doctor = parseCardParts(cardParts(el));
    if (doctor.hospital !== null && doctor.title !== null) return nameFromPicture(nameFromRowAbove(widen(el, doctor, questionNode, textOf), textOf));
  }
  // No hospital near: the smallest element around the title that names the doctor (the title's
  // own line, or its row with the name in a cell or link of its own).
  if (!line) return null;
  for (let el: Element | null = line; el && el.type === 'tag'; el = el.parent as Element | null) {
    if ((questionNode && inside(questionNode, el)) || textOf(el).length > CARD_MAX_CHARS || (el !== line && holdsProse(el))) break;
    const doctor = parseCardParts(cardParts(el));
    // Its parent may add the department on a line of its own (an avatar's box: name and title, then 皮肤科).
    if (doctor.name && doctor.title) return doctor.department ? { element: el, doctor } : widen(el, doctor, questionNode, textOf);
  }
  return null;
}

/** A line of a card printed as lines broken by <br>: short, no sentence, no divider. */
const CARD_LINE_MAX_CHARS = 40;

/**
 * A card printed as lines broken by `<br>` in an element that goes on with the answer's lines (an
 * old WAP page: `医生:name(title)<br/>医院:hospital<br/>…<br/>-----<br/>answer…`): too long or too
 * wordy to be a card, it holds one in the run of short lines around the title's line.
 */
function brokenLinesCard(node: AnyNode | null, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor } | null {
  const el = node?.parent as Element | null;
  if (!el || el.type !== 'tag' || !el.children.some((c) => c.type === 'tag' && (c as Element).name === 'br')) return null;
  if (textOf(el).length <= CARD_MAX_CHARS && !holdsProse(el)) return null;
  const lines: string[][] = [[]];
  let at = -1;
  // The question may be a line of the same element (a page saved as one block of lines): no line of the card.
  let asked = -1;
  for (const child of el.children) {
    if (child.type === 'tag' && (child as Element).name === 'br') lines.push([]);
    else {
      if (child === node || inside(node, child)) at = lines.length - 1;
      if (questionNode && (child === questionNode || inside(questionNode, child))) asked = lines.length - 1;
      if (child.type === 'text') lines[lines.length - 1]!.push((child as unknown as { data: string }).data.trim());
      else if (child.type === 'tag') lines[lines.length - 1]!.push(...cardParts(child as Element));
    }
  }
  if (at < 0) return null;
  const short = (i: number) => {
    const line = lines[i]?.join('') ?? '';
    return i !== asked && line.length > 0 && line.length <= CARD_LINE_MAX_CHARS && !/[。！？]/u.test(line) && !/^[-=—_*]{3,}$/u.test(line);
  };
  if (!short(at) || (questionNode && asked === -1 && inside(questionNode, el))) return null;
  let from = at;
  let to = at;
  while (from > 0 && short(from - 1)) from--;
  while (to < lines.length - 1 && short(to + 1)) to++;
  const doctor = parseCardParts(lines.slice(from, to + 1).flat().filter(Boolean));
  return doctor.title !== null && doctor.hospital !== null ? { element: el, doctor } : null;
}

/** A part of a card's text that is a sentence of prose, not a bio's (`擅长：…。`). */
export const isProsePart = (p: string) => p.length > 12 && /[。！？]/u.test(p) && !isBioLine(p);
const holdsProse = (el: Element) => cardParts(el).some(isProsePart);

/**
 * A line of card fields without the doctor (`科室：妇产科　执业医院：石门市人民医院（三甲）`): a
 * card's part apart from its name and title, as in a footer under the answer. No sentence, and
 * two fields or one labelled.
 */
export function isCardFieldsLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || /[。！？!?]/u.test(t) || isBioLine(t)) return false;
  const d = parseCardParts([t]);
  const fields = [d.department, d.hospital, d.hospital_grade].filter((v) => v !== null).length;
  return fields >= 2 || (fields === 1 && (LABEL_RE.test(t) || ANY_LABEL_RE.test(t)) && d.name === null);
}

/**
 * A card with the fields a card-fields line adds (its footer), where they do not contradict
 * it; null where the line names another doctor.
 */
export function withCardFields(doctor: Doctor, line: string): Doctor | null {
  const more = parseCardParts([line]);
  if ((more.name && doctor.name && more.name !== doctor.name) || (more.title && doctor.title && more.title !== doctor.title)) return null;
  const merged = { ...doctor };
  for (const f of ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const) merged[f] ??= more[f];
  return merged;
}

const HOSPITAL_WHOLE_RE = new RegExp(`^${HOSPITAL_RE.source}$`, 'u');
/** Words of a sentence, not of a hospital's name (`必要时到医院`). */
const NOT_HOSPITAL_WORDS_RE = /到|去|要|请|建议|可以|需要|及时|正规|^(?:执业|所在|就职|所属|出诊|工作)(?:医院|单位)$/u;

/** Card fields whose values are not of their vocabulary's shape: the card may be misread. */
export function cardShapeDoubts(d: Doctor): string[] {
  const doubts: string[] = [];
  const odd = (field: string, value: string) => doubts.push(`the card's ${field} is not shaped as one (${value})`);
  if (d.name && !isName(d.name)) odd('name', d.name);
  if (d.title && !(DOCTOR_TITLES as readonly string[]).includes(d.title)) odd('title', d.title);
  if (d.department && !isDepartment(d.department)) odd('department', d.department);
  // A kind of hospital (公立医院, a tag beside the card) names none.
  if (d.hospital && (!HOSPITAL_WHOLE_RE.test(d.hospital) || NOT_HOSPITAL_WORDS_RE.test(d.hospital) || isHospitalKind(d.hospital))) odd('hospital', d.hospital);
  return doubts;
}

/** The longest author's row over a verification line: a nickname and a badge. */
const NAME_ROW_MAX_CHARS = 16;
/** The answer's stamp closing an author's row (whitespace taken out): `回答于2020-02-04 09:39`, `回答于3天前`, `发布于下午7:48`. */
const ROW_STAMP_RE = /(?:回答|回复|发布|发表|解答)于?[\d\-/.:年月日号上下午天前小时分钟秒刚才昨今]+$/u;

/**
 * A verification line that names no doctor (`title｜hospital｜department`) under the author's row of a Q&A portal's
 * answer (the name, a badge: `慕容建华 专业认证`): the row, the element just before it, names the doctor where it holds
 * a name and nothing else of a card's.
 */
function nameFromRowAbove(card: { element: Element; doctor: Doctor }, textOf: (el: Element) => string): { element: Element; doctor: Doctor } {
  if (card.doctor.name) return card;
  // A wrapper that adds no text around the line (its box: `<div class="author-info"><p>…</p></div>`) is passed through.
  let box = card.element;
  while (box.parent?.type === 'tag' && !box.prev && !box.next && textOf(box.parent as Element) === textOf(box)) box = box.parent as Element;
  let prev = box.prev;
  while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
  // The row may end with the answer's stamp (`回答于 2020-02-04 09:39`, `回答于 3 天前`): no part of its length.
  if (!prev || prev.type !== 'tag' || textOf(prev as Element).replace(ROW_STAMP_RE, '').length > NAME_ROW_MAX_CHARS) return card;
  const row = parseCardParts(cardParts(prev as Element).filter((part) => part.replace(/\s+/gu, '').replace(ROW_STAMP_RE, '') !== ''));
  if (!row.name || row.title || row.hospital || row.department) return card;
  return { element: card.element, doctor: { ...card.doctor, name: row.name } };
}

/** A card whose text names no doctor may show the name as its picture's alt text (youlai does). */
function nameFromPicture(card: { element: Element; doctor: Doctor }): { element: Element; doctor: Doctor } {
  if (card.doctor.name) return card;
  const stack: AnyNode[] = [card.element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const name = pictureName(el.attribs.alt);
    if (name) return { ...card, doctor: { ...card.doctor, name } };
    stack.push(...el.children);
  }
  return card;
}

/**
 * The card's parent (and its parent), where it adds only short parts that agree with the card
 * and fill what it lacks: a name, a department or a grade standing just outside it.
 */
function widen(el: Element, doctor: Doctor, questionNode: AnyNode | null, textOf: (el: Element) => string): { element: Element; doctor: Doctor } {
  let card = { element: el, doctor };
  // A wrapper that adds no text (a badge's box around a headline) is passed through, no level of its own;
  // it becomes the card only with a wider element that fills a field.
  let element = el;
  for (let level = 0; level < 2; ) {
    const d = card.doctor;
    const parent = element.parent as Element | null;
    if ((d.name && d.department && d.hospital_grade) || !parent || parent.type !== 'tag') break;
    if ((questionNode && inside(questionNode, parent)) || textOf(parent).length - textOf(element).length > 60) break;
    element = parent;
    if (textOf(parent) === textOf(card.element)) continue;
    level++;
    const parts = cardParts(parent);
    if (parts.some((p) => /[。！？]/u.test(p) && !isBioLine(p))) break;
    const wider = parseCardParts(parts);
    const agrees = (['name', 'title', 'department', 'hospital', 'hospital_grade'] as const).every((f) => d[f] === null || wider[f] === d[f]);
    const fills = (['name', 'department', 'hospital_grade'] as const).some((f) => d[f] === null && wider[f] !== null);
    if (!agrees || !fills) break;
    card = { element: parent, doctor: wider };
  }
  return card;
}
