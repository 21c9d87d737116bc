/**
 * The hospital a hospital's own site names once, as the site (its <title>, masthead, footer), and the
 * grade it prints beside its name: the card's hospital and grade where the card names none.
 */
import type { BoardRecord } from '../layouts/message-board.js';
import { isUnderDoctorLine } from '../card/publisher.js';
import type { AnyNode, Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { GRADE_RE, gradeOnly, isDepartment, isPharmacyChain, WHOLE_HOSPITAL_RE } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { COPYRIGHT_RE } from '../words/furniture-lines.js';
import { withoutVersionSuffix } from '../words/version-switch.js';
import { foldHan } from '../words/han-fold.js';

/** A grade printed with the hospital's name (`北岸市中医院（三甲）`) or on the masthead line after it (`三甲 · 综合性医院`). */
const GRADE_AFTER_RE = new RegExp(`^\\s*[（(【\\[]?\\s*(?:国家\\s*[)）]?\\s*)?${GRADE_RE.source}`, 'u');
/**
 * A masthead's blurb listing what the hospital is, its grade among its affiliations (`国家三级甲等医院 · 某某大学第二临床医学院`):
 * a slogan of the site, no badge beside the name (fresh-113's key: the grade null), unlike a badge with the kind of hospital after
 * it (`三甲 · 综合性医院`).
 */
const AFFILIATION_AFTER_RE = /^\s*(?:医院)?\s*[·•|｜/、，,]\s*\p{Script=Han}{0,12}(?:大学|学院)/u;
/** The grade a masthead's text after the hospital's name opens with, or null (none there, or a blurb's). */
const gradeAfter = (after: string): RegExpMatchArray | null => {
  const grade = after.match(GRADE_AFTER_RE);
  return grade && !AFFILIATION_AFTER_RE.test(after.slice(grade.index! + grade[0].length)) ? grade : null;
};
/**
 * A hospital's own site prints its grade beside its name on the masthead (`北岸市人民医院
 * 三级甲等医院`, `（国家）三级甲等`), above the question; a hospital's account its grade in its intro: the grade
 * of the card's hospital where the card prints none. One grade there, or none is taken.
 */
export function mastheadGrade(blocks: readonly Block[], question: number, hospital: string): string | null {
  const grades = new Set<string>();
  for (let i = 0; i < question; i++) {
    const text = blocks[i]!.text;
    const at = text.indexOf(hospital);
    if (at === -1) {
      // The name drawn as the logo (`<img alt="…医院">`) with the grade printed right after it.
      const grade = text.length <= 12 ? gradeOnly(text) : null;
      if (grade && logoBefore(blocks[i]!.node)?.includes(hospital)) grades.add(grade);
      continue;
    }
    // Under a doctor's name and title, the line is another doctor's card (a side column's 热门医生), no masthead.
    if (isUnderDoctorLine(blocks, i)) continue;
    const after = text.slice(at + hospital.length).trim() || (blocks[i + 1]?.text ?? '');
    const grade = gradeAfter(after);
    if (grade) grades.add(grade[1]!);
  }
  // The hospital's own account beside the article (a portal's 号): its name alone on a line, its intro opening with its grade.
  for (let i = question + 1; i < blocks.length - 1; i++) {
    if (blocks[i]!.text.trim() !== hospital || isUnderDoctorLine(blocks, i)) continue;
    const grade = gradeAfter(blocks[i + 1]!.text);
    if (grade) grades.add(grade[1]!);
  }
  return grades.size === 1 ? [...grades][0]! : null;
}
/** The alt text of a picture (a logo) just before a line's element, or of one its link holds; null where none is. */
function logoBefore(node: AnyNode | null): string | null {
  let el: AnyNode | null = node?.type === 'text' ? node.parent : node;
  let prev = el?.prev ?? null;
  while (prev && prev.type === 'text' && (prev as unknown as { data: string }).data.trim() === '') prev = prev.prev;
  if (!prev || prev.type !== 'tag') return null;
  const tag = prev as Element;
  const img = tag.name === 'img' ? tag : tag.name === 'a' ? tag.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'img') : undefined;
  return img?.attribs.alt?.trim() || null;
}
/**
 * A hospital's own site names the hospital once, as the site: the last part of its <title>
 * (`问题_在线咨询_北岸市中医院`) that its masthead or footer (outside the question and answer)
 * prints too; the grade where it is printed with that name, or alone in the masthead. Only where the card names no hospital.
 */
export function siteHospital(blocks: readonly Block[], question: number, end: number, title: string, doctor: Doctor): Partial<Doctor> {
  // A `m.` twin's <title> names the site with its version (`…医院手机版`): the site is the hospital before it.
  // A bilingual site's <title> names it in both scripts (`…| 仁安醫院 Union Hospital`, as Hong Kong's and Macao's hospitals do): the Chinese name.
  const titled = withoutVersionSuffix(title.split(/\s*[-_|–—]\s*/u).pop()?.trim() ?? '').replace(ENGLISH_NAME_AFTER_RE, '');
  // A department's own section of its hospital's site names both (`…附设医院药剂部`, a pharmacy's 用药咨询 board): the hospital the
  // site's, the department its replier's where the reply names none.
  const unit = WHOLE_HOSPITAL_RE.test(titled) ? null : siteUnit(titled);
  const site = unit?.hospital ?? (WHOLE_HOSPITAL_RE.test(titled) ? titled : (publishingHospital(blocks, question, title) ?? titled));
  const department = unit && doctor.department === null ? { department: unit.department } : {};
  if (!(WHOLE_HOSPITAL_RE.test(site) || isDentalChainOf(site, doctor, blocks.slice(question + 1, end))) || NOT_A_SITE_HOSPITAL_RE.test(site)) return {};
  const grades = new Set<string>();
  let printed = false;
  const fullNames = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // The copyright line is the site's footer wherever it stands (no related list read to end the page's own part before it).
    // So is a line that is the site's name alone (a footer a page with no related list runs on to).
    // So is a footer's line of the site's name, address and phone that ends in its copyright (`… © 2019 Union Hospital. All rights reserved.`).
    // So is a line of the site's name in both languages (`某某大学附属某某医院 Union Hospital, Jiangzhou Medical University`, a bilingual site’s footer).
    const named = text.trim() === site || text.trim().replace(ENGLISH_NAME_AFTER_RE, '') === site;
    // So is a line with the site's ICP registration number (`上海…医院　沪ICP备12345678号`), a Chinese site's footer.
    if (i >= question && i < end && !COPYRIGHT_RE.test(text) && !ICP_RE.test(text) && !named && !(text.startsWith(site) && COPYRIGHT_AFTER_RE.test(text))) continue;
    const at = text.indexOf(site);
    if (at === -1) continue;
    printed = true;
    // The footer naming the site in full where the title gives its short name (`仁济医院` titled, `上海交通大学医学院附属仁济医院`
    // in the footer): a university's affiliated hospital by its whole name, beginning the line or after a space or a label's colon.
    const fuller = text.slice(0, at).match(AFFILIATED_PREFIX_RE);
    if (fuller && (i < question || i >= end || COPYRIGHT_RE.test(text) || ICP_RE.test(text) || named)) fullNames.add(fuller[1]! + site);
    const after = text.slice(at + site.length).trim() || (blocks[i + 1]?.text ?? '');
    const grade = gradeAfter(after);
    if (grade) grades.add(grade[1]!);
  }
  if (!printed && !logoNamesSite(blocks, question, site)) return {};
  // A chain's one store the page is of, its name and branch printed above the question (a store card: `某大药房（新华路店）`): that store.
  const branches = new Set(blocks.slice(0, question).map((b) => b.text.trim()).filter((t) => t.startsWith(site) && BRANCH_RE.test(t.slice(site.length))));
  const branch = branches.size === 1 ? [...branches][0]! : fullNames.size === 1 ? [...fullNames][0]! : site;
  // A pharmacy chain's own site names the company (its logo, its footer), not the shop its pharmacist answers from: no card's
  // workplace where no branch is printed (a store the card names, `服务门市：…`, is no hospital either: README's pharmacy convention).
  if (branch === site && isPharmacyChain(site)) return {};
  // Or a badge of its grade alone in the masthead, above the question (`医学中心` beside a logo that draws the name), perhaps with
  // the kind of hospital after it (`三级甲等妇幼保健院`, `三级甲等中西医结合医院`: gradeOnly).
  if (grades.size === 0) for (let i = 0; i < question; i++) if (blocks[i]!.chars <= 12) grades.add(gradeOnly(blocks[i]!.text) ?? '');
  grades.delete('');
  return { hospital: branch, ...department, ...(doctor.hospital_grade === null && grades.size === 1 ? { hospital_grade: [...grades][0]! } : {}) };
}
/** An issue's number or month after a periodical's name (`嘉基电子报 第256期`, `…通讯 2023年5月号`). */
const ISSUE_TAIL_RE = /\s*(?:第\s*\d{1,5}\s*期|\d{2,4}\s*年\s*\d{1,2}\s*月号?)\s*$/u;
/**
 * A hospital's own periodical (its newsletter, its paper) titled by the periodical's name, perhaps with the issue (`{publication}
 * 第256期`): its masthead above the question prints the hospital before that name (`{hospital} {publication}`), and the hospital
 * publishes it. Only one such hospital, shaped as a whole hospital; null otherwise.
 */
function publishingHospital(blocks: readonly Block[], question: number, title: string): string | null {
  const publication = title.trim().replace(ISSUE_TAIL_RE, '');
  if (publication.length < 2 || /[-_|–—｜]/u.test(publication)) return null;
  const found = new Set<string>();
  for (const b of blocks.slice(0, question)) {
    const text = b.text.trim();
    if (!text.endsWith(publication)) continue;
    const hospital = text.slice(0, -publication.length).trim();
    if (WHOLE_HOSPITAL_RE.test(hospital) && !NOT_A_SITE_HOSPITAL_RE.test(hospital)) found.add(hospital);
  }
  return found.size === 1 ? [...found][0]! : null;
}
/**
 * The site's name drawn as the masthead's picture above the question (`<img alt="某某市人民医院">`, an old hospital site's banner
 * image, its grade or short name bracketed after it on some): the masthead printing it, where no line of the page does.
 */
function logoNamesSite(blocks: readonly Block[], question: number, site: string): boolean {
  const stop = blocks[question]?.node ?? null;
  if (stop === null) return false;
  let root: AnyNode = stop;
  while (root.parent) root = root.parent;
  let found = false;
  let done = false;
  const walk = (node: AnyNode): void => {
    if (done || found) return;
    if (node === stop) {
      done = true;
      return;
    }
    if (node.type === 'tag' && (node as Element).name === 'img') {
      const alt = (node as Element).attribs.alt?.trim().replace(/\s*[（(][^（()）]{1,12}[）)]$/u, '') ?? '';
      // A traditional-script page is read folded to simplified (han-fold.ts), its text but not its attributes: the alt folded too.
      if (alt === site || foldHan(alt) === site) found = true;
    }
    if ('children' in node) for (const child of (node as Element).children) walk(child);
  };
  walk(root);
  return found;
}
/**
 * A platform's own staff answering on it: a line of the card naming the site, as the <title>'s last part names it, before their
 * role (`智云健康控糖营养师`, `某某健康签约医生`): the site is where they work, the card's hospital where it prints none.
 */
const ROLE_AFTER_SITE_RE = /^\p{Script=Han}{0,4}?(?:营养师|健康管理师|医生|医师|药师|护士|护师|顾问)$/u;
export function ownStaffSite(lines: readonly string[], title: string, name: string | null = null): string | null {
  const site = title.split(/\s*[-_|–—]\s*/u).pop()?.trim() ?? '';
  if ([...site].length < 2 || [...site].length > 12 || !/^\p{Script=Han}+$/u.test(site)) return null;
  // A doctor's own site names the doctor (`… - 刘建国` over `刘建国主任医师`), a section the department (`… - 儿科` over
  // `儿科主治医师`): no platform either.
  if (site === name || isDepartment(site)) return null;
  return lines.some((line) => line.trim().startsWith(site) && ROLE_AFTER_SITE_RE.test(line.trim().slice(site.length))) ? site : null;
}
/**
 * A hospital's own board, whose reply names the doctor and no hospital: the site's hospital (siteHospital), doubted where
 * the site names none.
 */
export function withSiteHospital(board: BoardRecord, blocks: readonly Block[], title: string): BoardRecord {
  const { doctor } = board;
  if (doctor.name === null || doctor.hospital !== null) return board;
  const site = siteHospital(blocks, board.question.index, (board.answerLines.at(-1) ?? board.question.index) + 1, title, doctor);
  if (!site.hospital) return { ...board, doubts: [...board.doubts, 'the reply names no hospital, nor does the site'] };
  return { ...board, doctor: { ...doctor, ...site } };
}
/** A copyright notice closing a footer's line (`© 2019 Union Hospital. All rights reserved.`, `©2026 版权所有`). */
const COPYRIGHT_AFTER_RE = /(?:©|Ⓒ|Copyright)\s*(?:\d{4}|\p{Script=Han})[^，,。；;！!？?]{0,60}$|All rights reserved\.?\s*$|版权所有\s*$/iu;
/**
 * A site's English name after its Chinese one (`仁安醫院 Union Hospital`, `某某医院 St. Teresa's Hospital`, a university's hospital
 * `Union Hospital, Jiangzhou Medical University` with its comma).
 */
const ENGLISH_NAME_AFTER_RE = /(?<=\p{Script=Han})\s+[A-Z][A-Za-z.'’&-]*(?:,?\s+[A-Za-z.'’&-]+)*$/u;
/** A hospital's name and one of its departments after it (`某某医院药剂部`, `某某医院 检验科`): a department's section of the site. */
const SITE_UNIT_RE = /^\s*\p{Script=Han}{1,6}(?:部|科)$/u;
function siteUnit(named: string): { hospital: string; department: string } | null {
  for (let cut = named.length - 2; cut >= 4; cut--) {
    const hospital = named.slice(0, cut).trim();
    if (WHOLE_HOSPITAL_RE.test(hospital) && SITE_UNIT_RE.test(named.slice(cut))) return { hospital, department: named.slice(cut).trim() };
  }
  return null;
}
/** A Chinese site's ICP registration (`沪ICP备12345678号`, `京ICP证…号`), printed in its footer. */
const ICP_RE = /\p{Script=Han}ICP[备證证]\s*\d{6,}/u;
/**
 * A university's name and its 附属 / 附设 before a hospital's short name, from the line's start or a space or colon (`上海交通大学医学院附属`);
 * or the university's name alone, as a university's own hospital is named after it (`江州医科大学` before `江州医院`).
 */
const AFFILIATED_PREFIX_RE = /(?:^|[\s:：])(\p{Script=Han}{2,20}(?:大学|学院)(?:\p{Script=Han}{0,10}?附[属设])?)$/u;
/** A branch's name in brackets after its chain's (`（新华路店）`, `（东院区）`, `（城南分院）`). */
const BRANCH_RE = /^[（(]\p{Script=Han}{1,12}(?:店|院区|分院)[）)]$/u;
/**
 * A dental chain's site names itself by its brand and 口腔 / 齿科 / 牙科 alone (`某某口腔`, `某某齿科`), no 医院 or 门诊部 after it:
 * the chain, where the card's doctor works in a dental department (`口腔正畸科`, `牙周科`), is where they answer for, as a
 * hospital's own site is. Not a field's word (`儿童口腔`, `数字口腔`) nor any site's where the card is not a dentist's.
 */
const DENTAL_CHAIN_RE = /^(?!儿童|兒童|小儿|数字|數字|美学|美學|中国|中國|中华|中華|健康|专业|專業|现代|現代|预防|預防|社区|社區)\p{Script=Han}{2,4}(?:口腔|齿科|齒科|牙科)$/u;
const DENTAL_DEPARTMENT_RE = /口腔|牙|齿|齒|正畸|种植|種植|颌面|頜面/u;
const BRANCH_ROW_RE = /(?:院区|院區|分院|分店|门诊部|門診部)\s*(?:地址|名称|名稱)?\s*[:：]/u;
// A row naming the branch the doctor sits in, if only by its address (`院区地址：…`, among the lines after the question): one of
// the chain's branches, not told which; the chain is no answer then.
const isDentalChainOf = (site: string, doctor: Doctor, below: readonly Block[]): boolean =>
  DENTAL_CHAIN_RE.test(site) && doctor.department !== null && DENTAL_DEPARTMENT_RE.test(doctor.department) && !below.some((b) => BRANCH_ROW_RE.test(b.text));
/**
 * The dental chain whose own site names a dentist with no hospital, however the page names them (a card, an FAQ's `审核专家：` credit):
 * the chain as the site prints it (siteHospital's masthead, footer or logo); null where the site is no dental chain's.
 */
export function dentalChainSite(blocks: readonly Block[], question: number, end: number, title: string, doctor: Doctor): string | null {
  const site = withoutVersionSuffix(title.split(/\s*[-_|–—]\s*/u).pop()?.trim() ?? '');
  if (doctor.hospital !== null || doctor.name === null || !isDentalChainOf(site, doctor, blocks.slice(question + 1, end))) return null;
  return siteHospital(blocks, question, end, title, doctor).hospital ?? null;
}
/** Site names that end like a hospital's and are not one (a portal's 健康中心, 资讯中心). */
const NOT_A_SITE_HOSPITAL_RE = /(?:健康|资讯|信息|服务|咨询|新闻|数据|用户|帮助|客服|会员)中心$|网$/u;
