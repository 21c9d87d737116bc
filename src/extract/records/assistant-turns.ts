import type { Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { STAFF_ROLE } from './consult-speakers.js';

/**
 * A paid consult's transcript on a platform whose AI assistant interviews the patient before a
 * doctor takes over (智能预问诊, AI导诊): the assistant's turns — its questions and the summary it
 * hands on, however doctor-like its name (`AI医生助理`) — are the patient's intake, none of the
 * answer. A chat prints a day line where the day changes: each dates the turns after it, so the
 * answer is dated by the last one before the doctor's first turn, not by the assistant's (the
 * day before, where it worked overnight).
 */

/** The assistant's name over its turn: an AI's, a bot's, a triage or pre-consult helper's. */
const ASSISTANT_RE = /^[\p{Script=Han}A-Za-z]{0,6}(?:AI|ＡＩ|智能|机器人)[\p{Script=Han}A-Za-z]{0,6}$/u;
/** Its role, last: an assistant's, a bot's, a triage's, or any of the staff's (consult-speakers.ts). */
const ROLE_RE = new RegExp(`(?:助手|助理|机器人|分诊|预问诊|${STAFF_ROLE})$`, 'u');

export const isAssistantSpeaker = (text: string) => {
  const name = text.trim().replace(/[:：]$/u, '');
  return name.length <= 12 && ASSISTANT_RE.test(name) && ROLE_RE.test(name);
};

/**
 * The chat's day lines (a day alone, no speaker's) between the question and the doctor's first
 * turn, all but the last: they date the asker's and the assistant's turns, not the answer.
 */
export function earlierDayLines(blocks: readonly Block[], kinds: readonly string[], question: number, speakers: ReadonlyMap<number, 'asker' | 'doctor'>): number[] {
  const doctorTurns = [...speakers].filter(([, who]) => who === 'doctor').map(([i]) => i);
  if (doctorTurns.length === 0) return [];
  const first = Math.min(...doctorTurns);
  const days: number[] = [];
  for (let i = question + 1; i < first; i++) if (kinds[i] === 'meta' && !speakers.has(i) && readMetaLine(blocks[i]!.text).dates.length > 0) days.push(i);
  return days.slice(0, -1);
}

/**
 * The service's own message in a consult's chat, its helper's name run in before a colon (`健康助手：您好，已为您匹配王明医生…`,
 * `小助手：…`, `系统消息：…`, `客服：…`, the desk's nickname after its role, `客服小寿：…`): an app's bot or desk speaking for the service,
 * neither the asker nor the doctor. A doctor's aide (`医生助手`) is no such helper: the name holds no doctor's word.
 */
const SERVICE_MESSAGE_RE = new RegExp(`^(?:(?![\\p{Script=Han}A-Za-z]{0,6}?(?:医生|医师|大夫))[\\p{Script=Han}A-Za-z]{0,6}?(?:助手|小帮手|管家|${STAFF_ROLE})(?:小\\p{Script=Han})?|系统(?:消息|通知|提示)?)\\s*[:：]\\s*\\S`, 'u');
export const isServiceMessage = (text: string) => text.length <= 200 && SERVICE_MESSAGE_RE.test(text.trim());

/**
 * The platform's automatic reply sent in the doctor's name as the consultation opens, tagged so (`[自动回复]您好，我是王明医生，
 * 已收到您的问诊信息…`): the service's message, none of the answer, its stamp none of the answer's day.
 */
const AUTO_REPLY_RE = /^\s*[[【［〔(（]\s*自动(?:回复|应答)\s*[\]】］〕)）]/u;
export const isAutoReply = (text: string) => AUTO_REPLY_RE.test(text);
