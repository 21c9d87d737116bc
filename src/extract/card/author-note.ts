import type { Block } from '../lines/html-lines.js';
import type { Doctor } from '../../schema/entry.js';
import { foldHan } from '../words/han-fold.js';
import { isName } from '../words/card-words.js';
import { parseCardParts } from './card-parts.js';

/**
 * A paper's note on its columnist after the text (`（作者陳雅琪為舊金山灣區執業家庭醫師，診所：…，電話：…）`,
 * `作者簡介：劉嘉怡，MD，牙醫師，現於法拉盛微笑牙科應診。預約電話：…`): the doctor's card in a sentence, none of the answer.
 * The clinic is the one it names (`診所：…`, `現於…應診`); `於紐約開業` names a town, no clinic.
 */
const NOTE_RE = /^[（(]?\s*作者(?:简介\s*[:：]\s*|\s*)(\p{Script=Han}{2,4})\s*(?:为|是|系|[，,])/u;
const CLINIC_LABEL_RE = /(?:诊所|医院)\s*[:：]\s*([^，,。；;）)]{2,30})/u;
const SEES_PATIENTS_AT_RE = /(?:现|目前)?(?:于|在)\s*([^，,。；;）)]{2,30}?)\s*(?:应诊|看诊|坐诊|出诊)/u;

/** A newsroom's post or a writer's trade (主编, 编辑, 记者, 撰稿人, 专栏作家). */
const NEWSROOM_RE = /(?:主编|编辑|记者|撰稿|作家|编译)/u;
/** A clause naming what the author was (`曾为执业药剂师`, `前…`, `原…`, `退休…`). */
const FORMER_RE = /^(?:曾|前|原|退休)/u;

/** Whether a line is such a note (matched on its simplified form). */
export const isAuthorNote = (text: string): boolean => text.length <= 120 && NOTE_RE.test(foldHan(text.trim()));

/** The clinic the note names for the doctor named `name`, as printed; null where it names none or another doctor. */
export function authorNoteClinic(blocks: readonly Block[], from: number, to: number, name: string | null): string | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const printed = blocks[i]!.text.trim();
    const folded = foldHan(printed);
    const m = printed.length <= 120 ? folded.match(NOTE_RE) : null;
    if (!m) continue;
    if (name !== null && foldHan(name) !== m[1]) return null;
    const clinic = folded.match(CLINIC_LABEL_RE) ?? folded.match(SEES_PATIENTS_AT_RE);
    // Folding keeps positions: the clinic as printed is the same span of the printed text.
    return clinic ? printed.slice(clinic.index! + clinic[0].indexOf(clinic[1]!), clinic.index! + clinic[0].indexOf(clinic[1]!) + clinic[1]!.length).trim() : null;
  }
  return null;
}

/**
 * The note read as the card, where the page prints no other (no byline naming the practice, or only `文／王靜怡醫師`): the
 * name it opens with, the calling it names (`…執業牙醫師`, `MD，家庭醫師`), the clinic as above; null where it names no calling.
 */
export function authorNoteCard(blocks: readonly Block[], from: number, to: number): Doctor | null {
  for (let i = Math.max(0, from); i < Math.min(to, blocks.length); i++) {
    const printed = blocks[i]!.text.trim();
    const m = printed.length <= 120 ? foldHan(printed).match(NOTE_RE) : null;
    if (!m) continue;
    const name = printed.slice(m[0].indexOf(m[1]!), m[0].indexOf(m[1]!) + m[1]!.length);
    // The note's first sentence after the name, in its clauses (`紐約法拉盛執業牙醫師`, `MD`, `家庭醫師`, `於紐約開業`).
    const clauses = printed.slice(m[0].length).split(/[。]/u)[0]!.replace(/[）)]\s*$/u, '').split(/[，,]/u).map((c) => c.trim());
    // A note on a newsroom's own (`作者陳佳為本報醫療版主編，曾為執業藥劑師`): no doctor's card, whatever calling it once had.
    if (clauses.some((c) => NEWSROOM_RE.test(foldHan(c)))) return null;
    // A calling the author had (`曾为…`, `前…`, `原…`) is none they answer in.
    const doctor = parseCardParts(clauses.filter((c) => !FORMER_RE.test(foldHan(c))));
    if (!doctor.title || !isName(name)) return null;
    return { name, title: doctor.title, department: null, hospital: authorNoteClinic(blocks, i, i + 1, name), hospital_grade: null };
  }
  return null;
}
