/**
 * The doctor card, whatever its markup: read from its parts (text nodes, lines, or one line
 * with separators) by what each part says — a label (科室：, 所在医院), a word of the title or
 * grade vocabulary, a hospital's suffix, a department's 科 — and by where the name stands
 * (beside the title).
 */
import type { Doctor } from '../../schema/entry.js';
import { isChainStore, isPersonalName, isPharmacistTitle, isTransliteratedName } from '../../core/genre-vocabulary.js';
import { RecentResults } from '../../core/recent-results.js';
import { noDoctor } from '../draft.js';
import { foldHan } from '../words/han-fold.js';
import { verifiedLine } from '../words/verified-line.js';
import { bracketedLevel, CAMPUS_NAME, isAnswererHead, isDentalPractice, isCentreUnit, isClinicSession, isDiseaseCentre, WHOLE_TITLE_RE, GRADE_RE, gradeOnly, HAN, HOSPITAL_LINE_RE, HOSPITAL_SUFFIX, isDepartment, mayNameHospital, shortHospitalThenDepartment, TITLE_RE, WHOLE_HOSPITAL_RE } from '../words/genre.js';
import { withoutPadding } from '../words/padded-values.js';
import { isPromoLine, withoutPraise } from '../words/promo-words.js';
import { isConsultJoined } from '../records/consult-title.js';
import { englishCard } from './english-card.js';
import { type Field, FIELD_OF, LABEL_RE, ANY_LABEL_RE, LABEL_ONLY_RE, ANSWERER_LABEL_RE, fieldOfLabel, isBioLine, isContactLine, VERIFIED_BADGE_RE, dottedNamePair, isGreeting, isName, isDottedName, NAME_DOT_RE, calledName, isCallingRole, nameThenRole, isFieldsHeading, isPost, CLINICAL_RANK_RE, ACADEMIC_RANK_RE, LICENCE_RE, LADDER_RANK_RE } from '../words/card-words.js';
import { withoutAsidePeople } from './aside-people.js';

/**
 * Separators between a card's parts, and a signature's dash before the name (`——王清玉 主任医师，…`); the middle dot in any of
 * its scripts (`・` katakana's, `‧` Taiwan's hyphenation point), as pages typed with a Japanese or a Taiwanese input print it.
 */
export const SEPARATOR_RE = /[\s|｜·•・‧/，,、;；—―─－]+/u;
/** The dash before a hospital's campus (`港安醫院－司徒拔道`): kept out of the split. */
const CAMPUS_DASH_RE = new RegExp(`(${HAN}${HOSPITAL_SUFFIX})－(?=${CAMPUS_NAME})`, 'gu');
/** A bare count (a profile's statistics: 积分 5268, 好评率 98%). */
const COUNT_RE = /^\d[\d,.]*(?:%|万|k|w)?$/iu;
/**
 * A department run into a hospital (`骨科福建省人民医院`): the department first, lazily. Not a 科 of 科大学, 科技 or 科学 (an
 * academy's name, `某某医学科学院附属医院`): those words run on through the 科, no department ends there; nor a 科 right before
 * 医院, the specialist hospital's own name (`某某脑科医院`, `某某眼科医院`).
 */
const DEPARTMENT_THEN_HOSPITAL_RE = new RegExp(`^((?:(?![市省县区])${HAN}){1,8}?科)(?!大?学|技|医院|研究[所院])(${HAN}{4,}${HOSPITAL_SUFFIX})$`, 'u');
/**
 * Not a dental chain's brand before its branch (`瑞尔齿科江州滨江诊所`): a chain names itself {brand}齿科, its branch a clinic
 * (诊所, 门诊部); the whole is the clinic. A hospital's own 齿科 before the hospital (`齿科江州市人民医院`, `儿童齿科江州市口腔医院`)
 * is still its department.
 */
const chainClinic = (department: string, hospital: string) => /\p{Script=Han}[齿齒]科$/u.test(department) && !/[医醫]院$/u.test(hospital);
export interface Token {
  text: string;
  label: Field | null;
}
/** A board account's group or rank under its label (`用户组：专家医师`, `会员等级：…`, `头衔：…`). */
const ACCOUNT_RANK_RE = /^(?:用户组|会员组|用户等级|会员等级|用户头衔|论坛头衔|头衔)\s*[:：]/u;
/** Splits card parts into tokens: labels attached to the values they name, separators dropped, bios left out. */
function tokenize(parts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  const rankLabels: string[] = [];
  let pending: Field | null = null;
  for (const raw of parts) {
    let part = withoutPadding(unspacedLabel(bracketedLabel(writerCredit(consultedCredit(captionLead(unsigned(withoutLatinGloss(raw.replace(/\s+/g, ' ').trim()))))))));
    if (!part) continue;
    if (isBioLine(part) || isContactLine(part) || isAnswererHead(part) || isConsultJoined(part)) {
      pending = null;
      continue;
    }
    // An account's group or rank on a board (`用户组：专家医师`, `头衔：金牌会员`): how the site ranks the account, no title of the
    // doctor's (the 职称 the profile prints is).
    if (ACCOUNT_RANK_RE.test(part)) {
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
      // A rank as the label of who answers (`总医师：王刚`): the title where the card prints none of its own (a role's label,
      // `主诊医生：`, names no rank; read last, so a title the card prints wins).
      if (label !== 'title' && isRankLabel(m[1]!) && labelsPerson(part.slice(m[0].length).trim())) rankLabels.push(m[1]!);
      part = part.slice(m[0].length).trim();
      // The same label again in the other language (`Department 科室：消化内科`): one label.
      const again = part.match(LABEL_RE) ?? part.match(ANY_LABEL_RE);
      if (again && again[0].length < part.length && fieldOfLabel(again[1]!) === label) part = part.slice(again[0].length).trim();
      if (!part) {
        pending = label;
        continue;
      }
    }
    // A hospital's campus after a full-width dash (`港安醫院－司徒拔道`, genre.ts) is of its name: that dash parts no fields.
    // (The campus's dash is the expression's own: a part without one is spared its scan.)
    const segments = rankNameThenUnit(part).flatMap((p) => splitKeepingNames(p.includes('－') ? p.replace(CAMPUS_DASH_RE, '$1\u0000') : p)).map((t) => t.replace('\u0000', '－')).flatMap(unbracketed).flatMap(calledThenRank).flatMap(rankNameThenUnit).flatMap(nameThenUnit);
    for (const [i, segment] of segments.entries()) {
      if (!segment) continue;
      // Praise beside the title (`从医28年`, `特聘教授`, `原三甲医院主任`, promo-words.ts), one word or a run of them
      // (`专家组组长权威专家技术院长`): none of the card's fields.
      if (isPromoLine(segment)) continue;
      // Praise run into a part (`副主任医师原三甲医院主任`) is taken off it.
      const text = withoutPraise(segment);
      // A label word standing alone (`出诊医院 北岸市…`) names the token after it; one that is a title too, closing a run of
      // fields with nothing after it to name (`某诊所 · 消化内科 · 主诊医生`), is the title.
      const closing = i > 0 && i === segments.length - 1 && WHOLE_TITLE_RE.test(text);
      if (LABEL_ONLY_RE.test(text) && !closing) {
        pending = fieldOfLabel(text);
        continue;
      }
      // A label further along the part (`科室：妇产科　执业医院：…`) names the value after it.
      const inner = i > 0 ? text.match(ANY_LABEL_RE) : null;
      if (inner && inner[0].length < text.length && fieldOfLabel(inner[1]!)) {
        // Praise under a field's label (`职称：原三甲医院主任`) is none of the field either.
        if (isPromoLine(text.slice(inner[0].length))) continue;
        tokens.push({ text: text.slice(inner[0].length), label: fieldOfLabel(inner[1]!) });
        pending = null;
        continue;
      }
      tokens.push({ text, label: i === 0 ? label : pending });
      pending = null;
    }
  }
  // Two ranks labelling two people (`主任医师：李明` over `主治医师：王刚`) say not which of them answers: neither gives the title.
  if (rankLabels.length === 1 && (parts.join(' ').match(RANK_AS_LABEL_RE) ?? []).length === 1) tokens.push({ text: rankLabels[0]!, label: null });
  return tokens;
}
/**
 * Whether a rank label's value names one person (`总医师：王刚`), or stands in the next part: a team under the rank (`主任医师：李明团队`,
 * a team page's header) is no one's card, the rank none of its title.
 */
const labelsPerson = (value: string) => value === '' || !TEAM_WORD_RE.test(value.split(SEPARATOR_RE)[0]!);
const TEAM_WORD_RE = /(?:团队|團隊|工作室|小组|小組)$/u;
/** A rank printed as a label, anywhere in the card's parts. */
const RANK_AS_LABEL_RE = new RegExp(`${TITLE_RE.source}\\s*[:：]`, 'gu');
/** A rank of the vocabulary, no bare calling nor post (`医师：`, `主任：` label who answers, say no rank). */
const isRankLabel = (label: string) => label.length >= 3 && WHOLE_TITLE_RE.test(label) && !isPost(label) && !LABEL_ONLY_RE.test(label);
/** A run of Han with a dot inside (`阿依古丽·买合木提`), as it stands between a card's other parts; its last part long enough for a title run on. */
const DOTTED_RUN_RE = new RegExp(`(?<!${HAN})${HAN}{1,6}(?:${NAME_DOT_RE.source}${HAN}{1,6})*${NAME_DOT_RE.source}${HAN}{1,14}(?!${HAN})`, 'gu');
const DOTTED_CALLING_RE = /(?:医生|醫生|大夫)$/u;
/** A transliterated run and its dot before more Han (`阿尔伯特·爱因斯坦以色列医院`): a hospital named for a person, where a hospital follows. */
const DOT_BEFORE_HAN_RE = new RegExp(`(?<!${HAN})(${HAN}{2,6})(${NAME_DOT_RE.source})(?=(${HAN}+))`, 'gu');
const isNamedHospital = (left: string, dot: string, right: string) => isTransliteratedName(`${left}·${right.slice(0, 2)}`) && HOSPITAL_LINE_RE.test(`${left}${dot}${right}`);
/**
 * Splits a part at its separators, save the dot inside a name (`阿依古丽·买合木提`, card-words.ts) or a hospital's named for a person
 * (`阿尔伯特·爱因斯坦以色列医院`): that dot is the name's. A title run on after such a name (`努尔兰·哈斯木主任医师`) is parted from it,
 * not the name's last part from the rest.
 */
function splitKeepingNames(part: string): string[] {
  if (!NAME_DOT_RE.test(part)) return part.split(SEPARATOR_RE);
  const kept: string[] = [];
  const dots: string[] = [];
  const hold = (name: string) => `\u0001${kept.push(name) - 1}\u0001`;
  const glued = part.replace(DOT_BEFORE_HAN_RE, (run, left: string, dot: string, right: string) => (isNamedHospital(left, dot, right) ? `${left}\u0002${dots.push(dot) - 1}\u0002` : run));
  const held = glued.replace(DOTTED_RUN_RE, (run) => {
    if (isDottedName(run)) return hold(run);
    const title = run.match(TITLE_LAST_RE);
    const name = title ? run.slice(0, title.index) : '';
    if (title && isDottedName(name)) return `${hold(name)} ${title[0]}`;
    // The calling run on (`努尔兰·哈斯木医生`) says no rank: the name alone, as a Han name's calling (calledName) gives.
    const called = run.replace(DOTTED_CALLING_RE, '');
    return called !== run && isDottedName(called) ? hold(called) : run;
  });
  return held.split(SEPARATOR_RE).map((t) => t.replace(/\u0001(\d+)\u0001/gu, (_, i: string) => kept[Number(i)]!).replace(/\u0002(\d+)\u0002/gu, (_, i: string) => dots[Number(i)]!));
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
/**
 * A doctor called by name with the rank bracketed after it, as Hong Kong prints a byline (`陈医生（顾问医生）`, `梁伟怡医生（医务主任）`):
 * the calling and the rank apart, so that the calling is read as the name and the bracket as the title.
 */
const CALLED_THEN_BRACKET_RE = /^(\p{Script=Han}{2,4}(?:医生|大夫))[（(]([^（()）]{2,30})[）)]$/u;
/** A doctor in private practice (`私人執業`, as Hong Kong prints it in a card's bracket): no hospital of theirs named. */
const PRIVATE_PRACTICE_RE = /(?<=\p{Script=Han}(?:医生|醫生|医师|醫師|大夫))\s*[（(](?:私人|私家)(?:执业|執業)[）)]$/u;
/** A title closing a bracket's text (`南屏市人民医院肝胆外科副主任医师`). */
const TITLE_LAST_RE = new RegExp(`${TITLE_RE.source}$`, 'u');
/**
 * So too with the hospital, department and title run together in the bracket, as a programme names its guest
 * (`范然娟医生（南屏市人民医院肝胆外科副主任医师）`): the bracket read as such a run is.
 * A bracket saying the doctor practises privately (`（私人执业）`) names no hospital and no field: none of the card.
 */
function calledThenRank(text: string): string[] {
  const privately = text.match(PRIVATE_PRACTICE_RE);
  if (privately) return [text.slice(0, privately.index)];
  const m = text.match(CALLED_THEN_BRACKET_RE);
  if (!m || calledName(m[1]!) === null) return [text];
  return WHOLE_TITLE_RE.test(m[2]!) || (HOSPITAL_LINE_RE.test(m[2]!) && TITLE_LAST_RE.test(m[2]!)) ? [m[1]!, m[2]!] : [text];
}
/**
 * The rank, the name and, in brackets, where they work (`病房經理傅偉（瑪麗醫院婦產科）`, `副顧問醫生慕容建華（明愛醫院兒科）`, as a
 * hospital authority's page heads its staff's answer): the rank, the name and the bracket apart.
 */
// A space may part the rank from the name (`撰文／資深藥師 陸琳（大樹藥局高雄鳳山店）`, a pharmacy chain's byline): read before the
// part is split at its spaces, so the name keeps its bracket.
const RANK_NAME_THEN_UNIT_RE = new RegExp(`^${TITLE_RE.source}\\s?(${HAN}{2,4})[（(]([^（()）]{4,40})[）)]$`, 'u');
function rankNameThenUnit(text: string): string[] {
  const m = text.match(RANK_NAME_THEN_UNIT_RE);
  return m && namesOne(m[2]!) && worksAt(m[3]!) ? [m[1]!, m[2]!, m[3]!] : [text];
}
/** A person's name, no team's (`王刚团队`, a platform's team account headed by its doctor). */
const namesOne = (name: string) => isName(name) && !/(?:团队|團隊)$/u.test(name);
/** A bracket naming where the doctor works, not where they worked (`（原江州市人民医院骨科主任）`). */
const worksAt = (unit: string) => HOSPITAL_LINE_RE.test(unit) && !/^(?:原|前|曾任?)/u.test(unit);
/**
 * A name with the rest of the card bracketed after it, its hospital, department and rank run together (`苏晓（大阪大学医学部附属医院口腔科准教授）`,
 * as a paper heads its answering doctor): the name and the bracket apart, the bracket read as such a run is.
 * So too a bracket of the department and the rank alone, as a hospital's own site prints its expert (`程立（骨科副主任医师）`): no hospital
 * named, the site's own; the bracket only a department of the vocabulary then a title of it, nothing else.
 */
const NAME_THEN_UNIT_RE = new RegExp(`^(${HAN}{2,4})[（(]([^（()）]{4,40})[）)]$`, 'u');
const DEPARTMENT_THEN_TITLE_RE = new RegExp(`^(${HAN}{2,10}?)${TITLE_RE.source}$`, 'u');
const departmentThenTitle = (unit: string) => {
  const m = unit.match(DEPARTMENT_THEN_TITLE_RE);
  // A department alone: no hospital before it, no former post (`原…医院骨科主任` is where they worked).
  return m !== null && isDepartment(m[1]!) && !HOSPITAL_LINE_RE.test(m[1]!) && !/^(?:原|前|曾)/u.test(m[1]!);
};
function nameThenUnit(text: string): string[] {
  const m = text.match(NAME_THEN_UNIT_RE);
  return m && namesOne(m[1]!) && ((worksAt(m[2]!) && TITLE_LAST_RE.test(m[2]!)) || departmentThenTitle(m[2]!)) ? [m[1]!, m[2]!] : [text];
}
/** Whether a card's text is a signature (bracketed whole): it signs the text before it. */
export const isSignature = (text: string) => unsigned(text.trim()) !== text.trim();
/**
 * A gloss in the Latin script bracketed after a Chinese field (`大水镬医院（Bệnh viện Chợ Rẫy）`, `专科二级医生（BS.CKII）`), as a
 * paper abroad prints the local name or abbreviation beside its Chinese one: none of the card's fields, the Chinese one is.
 */
const LATIN_GLOSS_RE = /(?<=\p{Script=Han})[（(][\p{Script=Latin}][\p{Script=Latin}\d.'’\- ]*[）)](?=\p{Script=Han}|[（(）)\s]|$)/gu;
/**
 * The other way round: a hospital printed in the local Latin script, its Chinese name bracketed after (`Hospital Kuala Lumpur（吉隆坡中央医院）`,
 * `Bệnh viện Chợ Rẫy (大水镬医院)`): the Chinese one. Only a hospital's name in the bracket: a degree's university (`MBBS（香港大学）`) stays.
 */
const LATIN_THEN_HAN_RE = /(?<![\p{Script=Latin}\d])\p{Script=Latin}[\p{Script=Latin}\d.'’&\- ]*?\s*[（(](\p{Script=Han}[^（()）]{1,30})[）)]/gu;
const withoutLatinGloss = (part: string) =>
  part
    .replace(LATIN_GLOSS_RE, '')
    .replace(KANA_READING_RE, '')
    .replace(OWN_SCRIPT_SPELLING_RE, '')
    .replace(LATIN_THEN_HAN_RE, (whole, han: string) => (mayNameHospital(han) && HOSPITAL_LINE_RE.exec(han)?.[0] === han ? ` ${han}` : whole));
/** A name's reading in katakana bracketed after it (`范辰（リ・ホウ）`, as a paper in Japan prints a Chinese doctor's name): none of the card. */
const KANA_READING_RE = /(?<=\p{Script=Han})[（(][\p{Script=Katakana}・･ー\s]+[）)]/gu;
/**
 * So is a name's spelling in a script of its own bracketed after it (`斯琴（ᠰᠡᠴᠡᠨ）`, as a bilingual region's hospital prints its
 * Mongol, Tibetan or Uyghur doctors' names): none of the card, the Chinese name is.
 */
const OWN_SCRIPT_SPELLING_RE = /(?<=\p{Script=Han})[（(][\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic}][\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic}\p{M}\s\u180B-\u180F\u200C\u200D\u202F]*[）)]/gu;
/** A label in lenticular brackets before the fields (`【专家】hospital department title name`, as books print one): the label and its colon. */
const bracketedLabel = (part: string) => part.replace(/^【(\p{Script=Han}{2,6})】\s*(?=\S)/u, (whole, label: string) => (fieldOfLabel(label) !== null ? `${label}：` : whole));
/**
 * A news story's credit of the expert it consulted, its label before a slash (`咨询／{hospital}{department}{title} {name}`,
 * `口述／…`, as Taiwan's papers print it at a story's head): the card without the label. A writer's credit (`文／`, `记者／`)
 * or a reviewer's (`审定／`) names no answerer and is left as it is.
 */
const consultedCredit = (part: string) => part.replace(/^(?:咨询|諮詢|口述)\s*[/／]\s*(?=\S)/u, '');
/**
 * A picture's caption naming the doctor it shows (`图为{hospital}{department}{title}{name}`, `圖為…`, `上图为…`, as a paper prints
 * its expert only under the photo): `图为` says what the picture is, none of the hospital's name; the card without it.
 */
const captionLead = (part: string) => part.replace(/^(?:[上下左右]?[图圖](?:中|片)?[为為]|[图圖]片?\s*[:：])\s*(?=\p{Script=Han})/u, '');
/**
 * A column's writer credited before a slash with a doctor's title after the name (`撰文／{department} {name} 醫師`, as a hospital's
 * newsletter heads its doctor's column): the doctor wrote the answer, the card without the label. A reporter's or an editor's credit
 * stays as it is, and so does a paper's bare `文／{name}醫師` byline: its author's note after the text prints the card
 * (`（作者…為…執業家庭醫師）`, author-note.ts), the byline's 醫師 only how the writer is called. A `文／` byline that opens with the
 * doctor's hospital (`文／{hospital}{department}醫師 {name}`, as Taiwan's papers credit a doctor's own column) is the card as well.
 */
const WRITER_LABEL_RE = /^(?:撰文|撰稿)\s*[/／]\s*(?=\S)/u;
const BYLINE_LABEL_RE = /^文\s*[/／]\s*(?=\S)/u;
const NEWSROOM_WORD_RE = /记者|記者|通讯员|通訊員|编辑|編輯|实习生|實習生/u;
/**
 * So is a `文／` byline naming the doctor with their calling and, in brackets after it, where they practise (`文／{name} 醫師（{hospital}
 * {department}）`, as a parenting magazine credits its doctor's answer): the brackets print the card an author's note would.
 */
const PRACTICE_BRACKETED_RE = /^\p{Script=Han}{2,4}\s*\S{1,8}?\s*[（(]([^（()）]{4,40})[）)]$/u;
const writerCredit = (part: string) => {
  const rest = part.replace(WRITER_LABEL_RE, '');
  if (rest !== part) return TITLE_RE.test(rest) && !NEWSROOM_WORD_RE.test(rest) ? rest : part;
  const byline = part.replace(BYLINE_LABEL_RE, '');
  if (byline === part || !TITLE_RE.test(byline) || NEWSROOM_WORD_RE.test(byline)) return part;
  const practice = byline.match(PRACTICE_BRACKETED_RE);
  return HOSPITAL_LINE_RE.test(byline) || (practice !== null && HOSPITAL_LINE_RE.test(practice[1]!)) ? byline : part;
};
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
/** 医师 alone, how a doctor is called after the name: a title only where the card prints no rank. */
const BARE_CALLING = '医师';
/** The bare calling of the pharmacists', nurses' and technicians' ladders. */
const BARE_LADDER_CALLING_RE = /^(?:药师|护师|技师)$/u;
/** A calling under its licence (注册中医师, 执照针灸师): the calling said in full. */
const LICENSED_CALLING_RE = /^(?:注册|执照)/u;
/** A role and the bare calling (`康复医师`, card-words.ts isCallingRole): how the doctor is called, giving way to a rank as 医师 does. */
const roleCalling = (title: string) => title.endsWith(BARE_CALLING) && !WHOLE_TITLE_RE.test(title) && isCallingRole(title.slice(0, -BARE_CALLING.length));
/** A check-up centre's examining physician (主检医师, 总检医师): a post, giving way to any title printed beside it (`主检医师 主任医师`). */
const EXAMINER_RE = /^[主总]检医[师生]$/u;
/** Removes the grade (and the brackets around it) from a token, setting it on the doctor if not set yet. */
function takeGrade(text: string, doctor: Doctor): string {
  const grade = text.match(GRADE_RE);
  if (!grade) {
    // A level alone (`三级`) is a grade only as a part of its own.
    const level = gradeOnly(text);
    if (level) doctor.hospital_grade ??= level;
    const found = level ? null : bracketedLevel(text);
    // A level in brackets after a title (`公共营养师（二级）`) is the title's vocational level, kept as printed: no hospital's grade.
    const closing = found && WHOLE_TITLE_RE.test(text.slice(0, found.index).trim()) ? null : found;
    if (closing) doctor.hospital_grade ??= closing[1]!;
    return level ? '' : closing ? text.slice(0, closing.index).trim() : text;
  }
  doctor.hospital_grade ??= grade[1]!;
  return (text.slice(0, grade.index) + ' ' + text.slice(grade.index! + grade[0].length))
    .replace(/[（(【[［〔]\s*(?:医院)?\s*[）)】\]］〕]/gu, ' ')
    .replace(/^医院$/u, '')
    .trim();
}
/**
 * A centre that is an institution of its own — for disease control (`中国疾控中心`, `某市疾病预防控制中心`), emergency care
 * (`某市急救中心`), blood (`某市血液中心`) — and one of its units run after its name (`营养与健康所`, `慢性非传染性疾病预防控制中心`,
 * `西区分中心`, `急救培训中心`, `朝阳分站`): the centre the hospital, its unit the department, as a hospital's 科 is.
 */
const INSTITUTION_AND_UNIT_RE = /^(\p{Script=Han}{2,12}?(?:疾控|疾病预防控制|急救|血液|采供血)中心)(\p{Script=Han}{2,20}(?:所|中心|室|处|站))$/u;
/** A hospital's name ending in 医院 and a centre of a field after it (`…医院睡眠医学中心`, `…医院儿童心理卫生研究中心`, `…医院肿瘤诊疗中心`). */
const HOSPITAL_THEN_CENTRE_RE = new RegExp(`^(${HAN}{2,20}?医院)((?!第|国家|國家|省|市|区域|區域)${HAN}{2,10}?(?:医学|醫學|研究|诊疗|診療|治疗|治療)中心)$`, 'u');
/** Hospital and department from what is left of a token once grade, title and name are taken. */
function placeRest(raw: string, doctor: Doctor): boolean {
  // A department or hospital in brackets after the title (`主治医师（皮肤科）`).
  const text = raw.replace(/^[（(【[［〔]\s*([^（()）【】[\]［］〔〕]+?)\s*[）)】\]］〕]$/u, '$1');
  if (!text) return true;
  const both = text.match(DEPARTMENT_THEN_HOSPITAL_RE);
  if (both && !chainClinic(both[1]!, both[2]!)) {
    doctor.department ??= both[1]!;
    doctor.hospital ??= both[2]!;
    return true;
  }
  // A centre with no name of its own (`健康检查中心`) is a unit of the hospital the card names, no hospital (genre.ts).
  // A centre named by a disease beside a department the card prints too (`血液科　陆道培血液肿瘤中心`) is the hospital, as
  // where the card printed the centre first (`…肿瘤中心　肿瘤科`): a specialist hospital's centre is the card's only unit.
  if (isDiseaseCentre(text) && doctor.hospital === null && doctor.department !== null && !isClinicSession(doctor.department)) {
    doctor.hospital = text;
    return true;
  }
  // A kind of session read first (`专家门诊`) gives way to the unit the card prints after it.
  if (doctor.department !== null && isClinicSession(doctor.department) && !isClinicSession(text) && isDepartment(text)) {
    doctor.department = text;
    return true;
  }
  if (isCentreUnit(text)) {
    doctor.department ??= text;
    return true;
  }
  const unit = text.match(INSTITUTION_AND_UNIT_RE);
  if (unit) {
    doctor.hospital ??= unit[1]!;
    doctor.department ??= unit[2]!;
    return true;
  }
  // A short name with a centre of it run on after it (`臺中榮總心臟血管中心`, `江州一院胸痛中心`): the centre the unit, though 中心
  // ends hospitals' names too.
  const shortCentre = shortHospitalThenDepartment(text);
  if (shortCentre && isCentreUnit(shortCentre[1])) {
    doctor.hospital ??= shortCentre[0];
    doctor.department ??= shortCentre[1];
    return true;
  }
  // So with a whole hospital's name and a centre of a field of medicine run on after it (`某某市人民医院睡眠医学中心`, `某某医院儿童心理
  // 卫生研究中心`): the centre the unit. Not a numbered or a national centre (`某某总医院第一医学中心`, a campus; `…国家…中心`).
  const centre = text.match(HOSPITAL_THEN_CENTRE_RE);
  if (centre && WHOLE_HOSPITAL_RE.test(centre[1]!)) {
    doctor.hospital ??= centre[1]!;
    doctor.department ??= centre[2]!;
    return true;
  }
  const hospital = mayNameHospital(text) ? text.match(HOSPITAL_LINE_RE) : null;
  if (hospital && hospital[1]!.length >= 4) {
    doctor.hospital ??= hospital[1]!.replace(/^[（(）)·]+/u, '');
    const after = text.slice(hospital[0].length).trim();
    if (after && isDepartment(after)) doctor.department ??= after;
    return true;
  }
  // A short name's department run on after it (`北医三院运动医学科`, genre.ts): not the whole a department.
  const short = shortHospitalThenDepartment(text);
  if (short) {
    doctor.hospital ??= short[0];
    doctor.department ??= short[1];
    return true;
  }
  if (isDepartment(text)) {
    // A kind of session (`专家门诊`) is no unit beside the centre: the centre stays the department.
    if (isClinicSession(text) && doctor.department !== null) return true;
    if (doctor.hospital === null && doctor.department !== null && isDiseaseCentre(doctor.department) && !isCentreUnit(text)) {
      doctor.hospital = doctor.department;
      doctor.department = text;
    }
    doctor.department ??= text;
    return true;
  }
  return false;
}
/**
 * Whether the title read first gives way to one read after it in the same card:
 * - an academic rank to the clinical title a teaching hospital prints beside it (`教授 主任医师`);
 * - a licence's badge (`执业医师`, `执业药师`) to the rank after it (`副主任医师`, or `主管药师` / a bare `医师` standing alone);
 * - a bare 医师 after the name (`王芳 医师`: how the doctor is called) to a clinical rank or a post printed elsewhere
 *   (not to a licence or a second qualification: `执业医师`, `心理治疗师` say no more of the rank), or to a rank of the
 *   pharmacists', nurses' or technicians' ladder standing alone (a box headed `諮詢醫師` over `職稱：主管藥師`);
 * - a post (副院长, 主任) to the clinical title beside it (a bare 医师 only where the post heads a unit);
 * - a calling to the same calling with its licence before it (`中医师` heading a table's name column, `职称：注册中医师`).
 */
function givesWayTo(first: string, next: string, nextStandsAlone: boolean, unitHead: boolean): boolean {
  if (LICENSED_CALLING_RE.test(next) && next.endsWith(first) && next !== first) return true;
  // A bare calling of another ladder (`药师 name`, `护师 name`: how they are called) to a rank of that ladder (主管药师, 副主任护师), as 医师 gives way.
  if (BARE_LADDER_CALLING_RE.test(first) && LADDER_RANK_RE.test(next) && next.endsWith(first) && next !== first) return true;
  if (ACADEMIC_RANK_RE.test(first) && !ACADEMIC_RANK_RE.test(next)) return true;
  if (LICENCE_RE.test(first) && (CLINICAL_RANK_RE.test(next) || (LADDER_RANK_RE.test(next) && nextStandsAlone))) return true;
  if ((first === BARE_CALLING || roleCalling(first)) && (CLINICAL_RANK_RE.test(next) || isPost(next) || (nextStandsAlone && next !== BARE_CALLING && LADDER_RANK_RE.test(next)))) return true;
  // The post gives way to a rank or a post (`主检医师 主任医师`, `主管技师`, `体检中心主任`), not to a non-clinical certificate printed after it (`国家二级健康管理师`).
  if (EXAMINER_RE.test(first) && (CLINICAL_RANK_RE.test(next) || LADDER_RANK_RE.test(next) || isPost(next))) return true;
  // (Not to an academic rank printed after it, `主任 教授`: the rank is the university's, the post or short rank the card's title.)
  return isPost(first) && !isPost(next) && !ACADEMIC_RANK_RE.test(next) && (next !== BARE_CALLING || unitHead);
}

/** Cards whose reading is kept (parseCardParts): a few hundred KB of text at most. */
const readCards = new RecentResults<Doctor>(2048);

/**
 * Reads a card from its parts in order: `['王清玉', '副主任医师', '骨科', '福建省人民医院', '三甲']`,
 * `['解答医生：赵文静 主治医师 | 儿科 | 江州市儿童医院（三级甲等）']`, `['科室', '精神心理科', …]`
 * (label and value apart), or one run-together part `王清玉副主任医师骨科福建省人民医院`.
 * The same parts are read several times on a page (on the benchmark's 康问 pages the genre reader
 * reads 2.9 cards a page, 1.7 of them different, and a learned profile's check one more, always one
 * of those: learned-reader.ts) and again on other pages of a doctor's answers: the reading is pure,
 * so the last cards' readings are kept by their parts and each is worked out once. Each caller gets
 * a copy of its own, to change as it likes.
 */
export function parseCardParts(parts: readonly string[]): Doctor {
  // Each part length-prefixed: parts so written run together unambiguously (as read-work.ts keys its reads).
  let key = '';
  for (const part of parts) key += `${part.length}:${part}`;
  return { ...readCards.get(key, () => readMixedScript(parts)) };
}
/**
 * A card in traditional script on a page in simplified (a Taiwan or Hong Kong writer's byline, `撰文／營養科 王小美 營養師`: too few
 * such characters for the page to be read folded, han-fold.ts) is read folded as such pages are, its values as printed: folding keeps
 * every character's place, so each value is the printed text where the folded one stands.
 */
function readMixedScript(parts: readonly string[]): Doctor {
  const folded = parts.map(foldHan);
  if (folded.every((f, i) => f === parts[i])) return readCardParts(parts);
  // A card whose title reads as printed is read so: folding its script could only join words the print keeps apart
  // (`内科医師`, a Japanese card's department and 医師, would fold into the one title 内科医师).
  const printed = readCardParts(parts);
  const doctor = readCardParts(folded);
  const [foldedText, printedText] = [folded.join('\n'), parts.join('\n')];
  for (const field of ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const) {
    const value = doctor[field];
    const at = value === null ? -1 : foldedText.indexOf(value);
    if (value !== null && at !== -1) doctor[field] = printedText.slice(at, at + value.length);
  }
  if (printed.title === null) return doctor;
  // What the printed reading leaves unread and the folded one reads apart from the printed fields (a hospital printed in
  // traditional, `臺北市立某某醫院`, beside a title in simplified) is the card's all the same.
  const taken = Object.values(printed).filter((v): v is string => typeof v === 'string');
  for (const field of ['department', 'hospital', 'hospital_grade'] as const) {
    const value = doctor[field];
    if (printed[field] === null && value !== null && !taken.some((t) => t.includes(value) || value.includes(t))) printed[field] = value;
  }
  return printed;
}

function readCardParts(parts: readonly string[]): Doctor {
  const doctor = noDoctor();
  // A platform's verification line (`UP主认证：hospital department title`, account-post.ts) is what it certifies.
  // (A loop, not flatMap: this runs on every card and card-like line a page reads.)
  const certified: string[] = [];
  for (const part of withoutAsidePeople(parts)) {
    const p = withoutCreditWords(part);
    const verified = verifiedLine(p);
    if (verified === null) certified.push(p);
    else certified.push(...verified.split(/\s+/u));
  }
  // What the card prints in English (`Dr. Xu Zihan`, `Consultant Physician`, `MBBS`), read apart: a field only where no Chinese one is printed (english-card.ts).
  const english = englishCard(certified);
  const tokens = tokenize(english.parts.filter((p) => !isFieldsHeading(p)));
  const names: Array<{ text: string; at: number }> = [];
  let titleAt = -1;
  // A unit's head (`健康管理中心主任`, the post glued after its unit): a role, the 职称 printed beside it the title, a bare 医师 too.
  let unitHead = false;
  let nameBesideTitle: string | null = null;
  let labelled: string | null = null;
  let platform: string | null = null;
  let store: string | null = null;
  tokens.forEach((token, at) => {
    // A verification badge (`认证医师`, `医师认证`) says the site checked the doctor: no title.
    if (VERIFIED_BADGE_RE.test(token.text)) return;
    // The asker's greeting (`醫師您好`) calls the doctor: no title of theirs.
    if (isGreeting(token.text)) return;
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
          // The name with its calling after it (`姓名：陈思敏医生 Dr Annie Chen`, the English read apart) names the doctor as well.
          const called = isName(text) ? text : calledName(text);
          if (called) {
            labelled ??= called;
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
        if (doctor.hospital === null && doctor.department === null) {
          const unit = hospitalThenDepartment(text);
          if (unit) {
            [doctor.hospital, doctor.department] = unit;
            return;
          }
        }
        doctor.hospital ??= text;
        return;
      case 'hospital_grade':
        return;
      default:
        break;
    }
    const title = text.match(TITLE_RE);
    const clinicalAfterRank = title !== null && doctor.title !== null && givesWayTo(doctor.title, title[1]!, text === title[1], unitHead);
    if (title && (doctor.title === null || clinicalAfterRank)) {
      doctor.title = title[1]!;
      if (!clinicalAfterRank) titleAt = at;
      // The title in brackets after the name (`史清勇（主任医师）`).
      const before = text.slice(0, title.index).replace(/[（(【[［〔]\s*$/u, '').trim();
      if (!clinicalAfterRank) unitHead = isPost(title[1]!) && isDepartment(before);
      const named = before && !PRACTISES_AT_RE.test(before) && !isName(before) ? nameAfterHospital(before) : null;
      // Where the doctor practises before the licence's word (`紐約執業牙醫師`, `多伦多执业`): a place, no name nor hospital.
      if (PRACTISES_AT_RE.test(before)) {
        /* none of the card's fields */
      } else if (before && isName(before) && isCallingRole(before) && title[1] === BARE_CALLING) {
        // A role run in before the calling (`康复医师`, `麻醉医师`): the calling as printed, the name printed beside it.
        if (!clinicalAfterRank) doctor.title = before + title[1];
      } else if (title[1] === BARE_CALLING && nameThenRole(before)) {
        // A name with the role glued on before the calling (`张伟康复医师`): the name the 2–3 Han before the role, the calling as above.
        const [name, role] = nameThenRole(before)!;
        if (!clinicalAfterRank) doctor.title = role + title[1];
        nameBesideTitle = name;
      } else if (before && isName(before)) nameBesideTitle = before;
      // A hospital with the name run in before the title (`{clinic}{name}注册中医师`, as Hong Kong's clinics sign a reply):
      // the name is what follows the hospital's own word, a surname's name (nameAfterHospital). Not a department printed without
      // its 科 (`某市人民医院针灸主治医师`, `某医院康复主治医师`), nor a unit's words (`…医院中医门诊註冊中醫師`).
      else if (named) {
        doctor.hospital ??= named[0];
        nameBesideTitle = named[1];
        if (named[2] !== null) doctor.department ??= named[2];
      }
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
    // A name right after a newsroom's role (`記者 李四`, `通讯员 王五`) is the writer's, no doctor's.
    if (isName(text) && NEWSROOM_ROLE_RE.test(tokens[at - 1]?.text ?? '')) return;
    if (isName(text) && !COUNT_RE.test(tokens[at + 1]?.text ?? '')) names.push({ text, at });
    // A name with the calling after it (`胡欣大夫`, an old card's and a link's way): the name.
    else if (calledName(text)) names.push({ text: calledName(text)!, at });
    else if (isChainStore(withoutSessions(text))) store ??= withoutSessions(text);
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
  // The place the card's hospital is in, printed beside the name (`李明·江州 … 江州市人民医院`) or alone where the name stands
  // (`江州 主任医师 江州市人民医院`): a place, no one's name.
  const place = names.filter((n) => isPlaceOf(n.text, doctor.hospital));
  if (place.length > 0) names.splice(0, names.length, ...names.filter((n) => !place.includes(n)));
  if (nameBesideTitle !== null && isPlaceOf(nameBesideTitle, doctor.hospital)) nameBesideTitle = null;
  doctor.name =
    labelled ??
    nameBesideTitle ??
    names.find((n) => n.at === titleAt - 1)?.text ??
    names.find((n) => n.at === titleAt + 1)?.text ??
    names[0]?.text ??
    english.name;
  // Two names joined by a dot, the title after the pair (`李明·王芳 主任医师`): the first, as a credit lists its lead; no label
  // having named the second (answer-doctor.ts doubts the pair).
  const pair = labelled === null ? parts.map(dottedNamePair).find((p) => p !== null && p[1] === doctor.name) : undefined;
  if (pair && names.some((n) => n.text === pair[0])) doctor.name = pair[0];
  doctor.title ??= english.pairedTitle ?? english.title;
  doctor.hospital ??= english.hospital ?? platform ?? associationAfter(tokens, doctor);
  // A pharmacist's store whose chain prints no pharmacy word (`一心堂昆明北京路店`): where they work, as a pharmacy is (core/genre-vocabulary.ts isChainStore).
  if (doctor.hospital === null && store !== null && isPharmacistTitle(doctor.title)) doctor.hospital = store;
  // A doctor seated in a chain's store (坐堂医师, as a pharmacy chain's TCM doctors see patients in its shops): the store is where they practise.
  if (doctor.hospital === null && store !== null && parts.some((p) => SEATED_IN_STORE_RE.test(p))) doctor.hospital = store;
  // A dental practice named as one (`宝活微笑牙科`, genre.ts) is the clinic, no department, where the card names no other.
  if (doctor.hospital === null && doctor.department !== null && isDentalPractice(doctor.department)) [doctor.hospital, doctor.department] = [doctor.department, null];
  return doctor;
}
/**
 * A unit's value that runs the department on after the hospital's name (`單位：基督教聯合醫院口腔科`, as a hospital authority's
 * card labels where its staff work): the hospital and the department apart, where the whole reads as both and nothing else.
 */
function hospitalThenDepartment(text: string): [string, string] | null {
  const m = mayNameHospital(text) ? text.match(HOSPITAL_LINE_RE) : null;
  if (!m || m[0] !== m[1] || m[1]!.length < 4) return null;
  const after = text.slice(m[0].length).trim();
  return after && isDepartment(after) ? [m[1]!, after] : null;
}
/** A store's sessions bracketed after it (`北京同仁堂大栅栏店（每周二上午）`): when the doctor sits there, none of its name. */
const withoutSessions = (text: string) => text.replace(/[（(](?:每周|每逢|逢?周[一二三四五六日])[^（()）]{0,16}[）)]$/u, '');
/** A doctor seated in a store's clinic (坐堂医师). */
const SEATED_IN_STORE_RE = /坐堂(?:医师|医生|大夫|中医)/u;
/** A place a hospital's name opens with, its administrative word after it or closing it (`江州` or `江州市` of 江州市人民医院, `临江` of 临江县中医院). */
const ADMIN_FIRST_RE = /^[市省县区州盟旗縣區]/u;
const ADMIN_LAST_RE = /[市省县区州盟旗縣區]$/u;
const isPlaceOf = (word: string, hospital: string | null) =>
  hospital !== null && hospital.startsWith(word) && (ADMIN_FIRST_RE.test(hospital.slice(word.length)) || ADMIN_LAST_RE.test(word));
/** An association's name (`香港家庭计划指导会`, `某市红十字会`; short, `家计会`): a charity whose doctors answer, no person. */
const ASSOCIATION_RE = new RegExp(`^${HAN}{2,14}[会會]$`, 'u');
/**
 * The association a card names last, after the doctor's name (`梁伟怡医生（医务主任）　香港家庭计划指导会`, `朱佳医生　家计会`):
 * the unit the doctor answers for, where no hospital is named.
 */
function associationAfter(tokens: readonly Token[], doctor: Doctor): string | null {
  const last = tokens.at(-1)?.text ?? '';
  if (doctor.name === null || tokens.length < 2 || last.includes(doctor.name) || !ASSOCIATION_RE.test(last) || TITLE_RE.test(last)) return null;
  return last;
}
/**
 * A hospital's name with a person's name run on after it (`东华三院荃湾中医诊所暨教研中心徐英怡`): the two, or null. The name a
 * surname's, no unit's words (UNIT_WORD_RE): a department printed without its 科 (`针灸`, `康复`, `治未病`) or after it (`骨科王鹏`) none.
 */
function nameAfterHospital(text: string): [string, string, string | null] | null {
  const hospital = mayNameHospital(text) ? text.match(HOSPITAL_LINE_RE) : null;
  if (!hospital || hospital[1]!.length < 4) return null;
  const after = text.slice(hospital[0].length).trim();
  const named = (name: string) => isName(name) && isPersonalName(name) && !UNIT_WORD_RE.test(name);
  // A credit's words opening the run (`本文由{hospital}{department}{name}{title}解答`) are none of the hospital's name.
  const hospitalName = hospital[1]!.replace(/^[（(）)·]+/u, '').replace(CREDIT_LEAD_RE, '');
  if (after && named(after)) return [hospitalName, after, null];
  // Its department between them (`江州市人民医院骨科王刚总医师`, all of the card run together): the three.
  const unit = after.match(DEPARTMENT_THEN_NAME_RE);
  return unit && isDepartment(unit[1]!) && named(unit[2]!) && !SUBSPECIALTY_RE.test(unit[2]!) ? [hospitalName, unit[2]!, unit[1]!] : null;
}
const CREDIT_LEAD_RE = /^(?:本文|本期|本栏|本题|本问题)?由/u;
/**
 * A closing credit in brackets around the card (`（本文由{store}{title}{name}解答）`): the words saying who answers are none of its
 * fields; the card is what they enclose. (A sentence crediting the guest, `本期由我院…为大家解答。`, is credit-sentence.ts's.)
 */
// In either script, and replying (`（本文由{hospital}{department}{title} {name} 回覆）`, a Taiwanese foundation's closing credit).
const CREDIT_WORDS_RE = /^[（(]\s*(?:本文|本期|本栏|本欄|本题|本題|本问题|本問題)由\s*(\S.{2,40}?)\s*(?:为您|为大家|为读者|為您|為大家|為讀者)?(?:解答|答疑|回答|解惑|回复|回覆|答复|答覆)\s*[）)]$/u;
/** Or a closing note naming its writer by the card (`（作者为{hospital}{department}{title}{name}）`, a paper's; `（本文作者為…）`, a creator platform post's): the card is what follows 作者为. */
const AUTHOR_IS_RE = /^[（(]?\s*(?:本文|本篇)?作者(?:为|為|系|係)\s*(\S.{2,40}?)\s*[）)]?$/u;
/**
 * A reply line's verb closing the card after its bracket (`杨梅 副主任医师（妇科）回复：`, an old 网上咨询 board heading the doctor's
 * reply): the line's label for the answer under it, none of the card's fields; the bracket is the department.
 */
const REPLIES_AFTER_BRACKET_RE = /(?<=[）)])\s*(?:回复|回覆|答复|答覆|回答|解答)\s*[:：]$/u;
const withoutCreditWords = (part: string): string =>
  part.match(CREDIT_WORDS_RE)?.[1] ?? part.match(AUTHOR_IS_RE)?.[1] ?? part.replace(REPLIES_AFTER_BRACKET_RE, '');
/**
 * A department's subspecialty printed between it and the title (`眼科白内障主治医师`, `心内科高血压`, `针灸科金针`): a disease, a
 * technique or an instrument, read like a surname's name but none (its last Han no name ends in as often).
 */
const SUBSPECIALTY_RE = /(?:[压壓障针針瘤癌症镜鏡术術炎疹]|结石|結石|结节|結節)$/u;
/** A department (its 科) and a name of two or three Han after it. */
const DEPARTMENT_THEN_NAME_RE = /^(\p{Script=Han}{1,8}?科)(\p{Script=Han}{2,3})$/u;
/**
 * A unit's or a practice's words that read like a surname and a given name (门诊, 康复, 皮肤, 麻醉, 呼吸, 普外, 国际, 高压氧, 皮肤性病,
 * 全科医学, 蒙医): no one's name, a department printed without its 科.
 */
const UNIT_WORD_RE = /(?:[科诊診部室房组組区區灸拿伤傷疗療病医醫氧儿兒妇婦]|门诊|門診|全科|康复|康復|皮肤|皮膚|麻醉|呼吸|计生|計生|普外|宁养|寧養|安宁|安寧|华侨|華僑|国际|國際|卫生|衛生|费用|費用|关节|關節|医学|醫學)$/u;
/** A newsroom's role before a writer's name in a credit (`實習記者`, `本报通讯员`, `编辑`). */
const NEWSROOM_ROLE_RE = /(?:记者|記者|通讯员|通訊員|编辑|編輯|实习生|實習生)$/u;
/** A place and the licence's word closing the part before a title (`舊金山灣區執業`, `多伦多执业`). */
const PRACTISES_AT_RE = /^\p{Script=Han}{0,8}(?:执业|執業)$/u;
/** An internet hospital's name alone (`某某互联网医院`): a platform that doctors of other hospitals answer on. */
const INTERNET_HOSPITAL_RE = new RegExp(`^${HAN}{2,16}互联网医院$`, 'u');
/** Reads a card from its text alone (a text copy's card lines, a profile's card element). */
export function parseDoctorCard(cardText: string): Doctor {
  return parseCardParts([cardText]);
}
