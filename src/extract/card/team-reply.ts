import type { Doctor } from '../../schema/entry.js';
import { parseCardParts } from './card-parts.js';
import type { Block } from '../lines/html-lines.js';

/**
 * A doctors' team page (医生团队, 好大夫's kind): the team's header names the team after its leader
 * (`黄志辰医生团队`, `侯海勇主任团队`) over the team's hospital (grade) and department; a reply comes
 * from a member named in its line, from the leader, or from the team alone (`廖波医生团队 回复`), which
 * names no one: the leader named in the team's name did not necessarily write it. The team's
 * assistant (医助, 医生助理) adds a note of its own, with its own time: none of the answer.
 */

/** A team's name: a leader's name and the word for the team (医生团队, 主任团队, 专家团队, 团队). */
const TEAM_NAME = '\\p{Script=Han}{2,4}(?:医生|主任|教授|专家|大夫)?团队';
const TEAM_NAME_RE = new RegExp(`^${TEAM_NAME}$`, 'u');
/** A reply signed by the team alone (`廖波医生团队 回复`, `该回答由侯海勇主任团队回复`). */
const TEAM_SIGNED_RE = new RegExp(`^(?:本回答由|该回答由|由)?\\s*${TEAM_NAME}\\s*(?:回复|回答|答复|解答)(?:[:：])?$`, 'u');
/** The assistant's note's head: 医助 / 医生助理 and a short name, perhaps its role in brackets. */
/** (Not 助理医师, a doctor's title.) */
const ASSISTANT_HEAD_RE = /^(?:医助|医生助理|医师助理)\s*[:：]?\s*\p{Script=Han}{0,4}\s*(?:[（(](?:医生|医师)?助理[）)])?\s*[:：]?$/u;

/** How many lines of text an assistant's note before the reply may hold. */
const NOTE_LINES = 2;

export const isTeamSignedReply = (text: string) => text.length <= 30 && TEAM_SIGNED_RE.test(text.trim());
export const isAssistantHead = (text: string) => text.length <= 20 && ASSISTANT_HEAD_RE.test(text.trim());

/** The team's hospital, grade and department from its header above the question (its name, then their line); null where there is none. */
export function teamHeader(blocks: readonly Block[], question: number): Pick<Doctor, 'hospital' | 'hospital_grade' | 'department'> | null {
  for (let i = 0; i < question; i++) {
    if (!TEAM_NAME_RE.test(blocks[i]!.text.trim())) continue;
    const line = blocks[i + 1];
    if (!line || i + 1 >= question || line.chars > 60) continue;
    const read = parseCardParts(line.text.split(/\s+/u).filter(Boolean));
    if (read.name || read.title || !read.hospital) continue;
    return { hospital: read.hospital, hospital_grade: read.hospital_grade, department: read.department };
  }
  return null;
}

/** Whether the reply after the question is signed by the team alone (no member named). */
export function signedByTeam(blocks: readonly Block[], question: number, end: number): boolean {
  for (let i = question + 1; i < end; i++) if (isTeamSignedReply(blocks[i]!.text)) return true;
  return false;
}

/** The doctor as a team page names it: the team's hospital, grade and department where the reply's line names none; no one where the team alone signs. */
export function withTeam(doctor: Doctor, header: Pick<Doctor, 'hospital' | 'hospital_grade' | 'department'>, teamSigned: boolean): Doctor {
  const named = teamSigned ? { ...doctor, name: null, title: null } : doctor;
  if (named.hospital !== null && named.hospital !== header.hospital) return named;
  return {
    ...named,
    hospital: header.hospital,
    hospital_grade: named.hospital_grade ?? header.hospital_grade,
    department: named.department ?? header.department,
  };
}

/**
 * The assistant's notes: after the answer, its head ends the answer (`end`); before the reply, the
 * head and the lines of text after it up to the reply's label, card or date are a note (`note`).
 */
export function markAssistantNotes(blocks: readonly Block[], kinds: string[], question: number, end: number): void {
  for (let i = question + 1; i < end; i++) {
    if (!isAssistantHead(blocks[i]!.text)) continue;
    if (kinds.slice(question + 1, i).includes('text')) {
      kinds[i] = 'end';
      return;
    }
    kinds[i] = 'note';
    // A note is a line or two (a greeting, a reminder): never the reply's text after it.
    for (let j = i + 1; j < end && j <= i + NOTE_LINES && kinds[j] === 'text'; j++) kinds[j] = 'note';
  }
}
