/**
 * A consultation shown as a chat: its speakers' lines, whose turns are the asker's, and which stamps
 * date the asking rather than the answer.
 */
import { PROSE_RE } from '../words/genre.js';
import { asksQuestion, isPersonalName } from '../../core/genre-vocabulary.js';
import type { Block } from '../lines/html-lines.js';
import type { Element } from 'domhandler';
import { readMetaLine } from '../dates/page-meta.js';
import { postRounds, stampedRound } from '../layouts/post-rounds.js';
import { isName } from '../words/card-words.js';
import { hasCardLine } from '../card/speaking-guest.js';
import { broadcastSpeaker, isCourtesyTurn, pageHosts, transcriptGuest } from '../layouts/transcript-speakers.js';
import { earlierDayLines, isAssistantSpeaker } from '../records/assistant-turns.js';
import { yearChatDays } from '../records/chat-days.js';
import { addressesDoctor, isRecordNote, isStaffSpeaker, isVisitorSpeaker, runInTurn } from '../records/consult-speakers.js';
import { SIGNED_LABEL_RE } from '../words/answer-labels.js';
import { ASKER_SPEAKER_RE } from '../words/asker-words.js';
import type { Kind } from './line-kinds.js';

/** Who speaks a turn: the asker's side, the doctor's, or a consult record's staff (consult-speakers.ts). */
type Side = 'asker' | 'doctor' | 'staff';
/** Who speaks a turn of a consultation shown as a chat: the asker's side (asker-words.ts), the doctor's side. */
const DOCTOR_SPEAKER_RE = /^(?:医生|大夫|专家|医师|主诊医生|接诊医生)\s*(?:追问|询问|问|回答|解答|回复|答复)?\s*[:：]?$/u;
/** A turn's head naming the doctor with what the turn does (`王医生的回答`, `王医生追问`): the name before it. */
export const NAMED_TURN_RE = /(?:医生|大夫)?\s*的?\s*(?:追问|询问|回答|解答|回复|答复)?\s*[:：]?$/u;
/** What a line may open with as its turn's speaker: the line itself, the words before its time or before a colon. */
function speakerHeads(text: string): string[] {
  const t = text.trim();
  if (t.length > 200) return [];
  const heads = [t, t.match(/^(\S{1,10}?)\s+\S/u)?.[1], t.match(/^(\D{1,10}?)\d/u)?.[1], t.match(/^([^:：]{1,8})\s*[:：]/u)?.[1]];
  return heads.filter((h): h is string => h !== undefined);
}
/**
 * The speaker's label opening a turn and how long it is: before a colon (`主持人：…`, `王芳：…`), in brackets (`[主持人]…`,
 * `【王芳】…`, as an interview's transcript prints them), or an element of its own run into the turn with no mark between
 * (`<span>嘉宾</span>…`): the element's whole text, a speaker's label (transcript-speakers.ts).
 */
function openedTurn(block: Block): [string, string] | null {
  const text = block.text;
  const colon = text.match(/^([^:：]{1,8})\s*[:：]\s*(?=\S)/u);
  if (colon) return [colon[0], colon[1]!];
  const bracket = text.match(/^\s*[\[【［]\s*([^\]】］\s]{1,8})\s*[\]】］]\s*(?=\S)/u);
  if (bracket) return [bracket[0], bracket[1]!];
  const node = block.node;
  const parent = node?.type === 'text' ? node.parent : null;
  if (!parent || parent.type !== 'tag' || !INLINE_LABEL_TAGS.has((parent as Element).name) || parent.children.length !== 1) return null;
  const label = ((node as unknown as { data: string }).data ?? '').trim();
  const lead = text.match(/^\s*/u)![0].length;
  if (label === '' || !text.startsWith(label, lead) || text.length - lead - label.length < 2 || broadcastSpeaker(label, null) === null) return null;
  return [text.slice(0, lead + label.length), label];
}
/** How far above the question the host's turns of an interview's transcript may stand (its opening, the guest's greeting). */
const HOST_LINES_ABOVE = 6;
const INLINE_LABEL_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'label', 'font']);

/**
 * A consultation shown as chat: turns under speaker lines (患者, the doctor's name), each perhaps
 * with its time after the speaker (`患者 2019-06-28 07:58`, `王医生 07:51`). Where both sides
 * speak, the asker's turns are the question's, the speaker lines none of the answer's, and a
 * short line heading the chat (问诊记录) no line of it. Returned: where the doctor's turns carry
 * their date, the lines whose dates are the asker's (its turns' stamps, its description), none of
 * them the answer's date; and whether a broadcast's host was heard (`aired`).
 */
export function markConversation(blocks: Block[], kinds: Kind[], question: number, end: number, doctorName: string | null): { notAnswerDates: number[]; yearless: number[]; aired?: boolean; guest?: string | null } {
  const none = { notAnswerDates: [], yearless: [] };
  // An AI assistant's turns (its intake before the doctor takes over) are the asker's side: none of the answer (assistant-turns.ts).
  // A consult record's visitor is the asker, the hospital's staff (导医, 客服) a side of their own, the doctor addressed by surname
  // (`廖主任`) the card's doctor (consult-speakers.ts).
  // The doctor addressed by surname (`王医生：…`) is the card's only in such a record, where a visitor or the staff speak too.
  const record = blocks.slice(question, end).some((b) => speakerHeads(b.text).some((name) => isVisitorSpeaker(name) || isStaffSpeaker(name)));
  const side = (text: string): Side | null =>
    ASKER_SPEAKER_RE.test(text) || isAssistantSpeaker(text) || isVisitorSpeaker(text)
      ? 'asker'
      : isStaffSpeaker(text)
        ? 'staff'
        : DOCTOR_SPEAKER_RE.test(text) || SIGNED_LABEL_RE.test(text) || (doctorName !== null && text.replace(NAMED_TURN_RE, '') === doctorName) || (record && addressesDoctor(text, doctorName))
          ? 'doctor'
          : null;
  // The speaker with the turn's time after it: the speaker's side, and whether the time holds a date.
  const stamped = (text: string): { who: Side; dated: boolean } | null => {
    // The time may follow the speaker with no space between (`医生询问2022-08-29 11:54`).
    // A speaker of two words (`问止医助 小问 05-06 14:22`, a role and a nickname): the words before the time.
    for (const m of text.length <= 40 ? [text.match(/^(\S{1,10}?)\s+(\S.*)$/u), text.match(/^(\D{1,10}?)(\d.*)$/u)] : []) {
      const who = m ? side(m[1]!) : null;
      const meta = who ? readMetaLine(m![2]!) : null;
      if (who && meta!.metaOnly && /\d/u.test(m![2]!)) return { who, dated: meta!.dates.length > 0 };
    }
    return null;
  };
  const speakers = new Map<number, Side>();
  const dated = new Map<number, Side>();
  // Turns whose speaker and time run into the message on one line (`访客 08:02:15男性乏力严重吗？`, consult-speakers.ts).
  const runIn = new Map<number, { who: Side; from: number }>();
  // Turns whose speaker opens the line (`患者：…`, `医生：…`), and where the doctor's turn's text starts.
  const inline = new Map<number, { who: 'asker' | 'doctor'; from: number }>();
  // A broadcast's transcript (transcript-speakers.ts): the caller's turns the asker's, the guest's the doctor's, the host's none of either.
  const hosts: number[] = [];
  let hostTurns = 0;
  const otherGuests: number[] = [];
  const namedCallers: number[] = [];
  const guestCredits: number[] = [];
  // Turns opened by a person neither side nor the host (`李女士：`, a caller named by address; no field's label, `热线电话：`): whose the unlabelled lines are is untold.
  let otherTurns = 0;
  const turnLabel = (i: number) => openedTurn(blocks[i]!)?.[1];
  // A line the host's label opens (`主持人：孩子挂什么科`) is the host's turn, whatever kind its words were taken for (a department's 科: a card's).
  const hostOpens = (i: number) => kinds[i] === 'card' && broadcastSpeaker(turnLabel(i) ?? '', null) === 'host';
  // No card read above the transcript (its guest's profile after it): the one name speaking beside the host is the guest's.
  // Worked out at the first turn label met: most pages have none, and are spared it.
  let guest: string | null | undefined = doctorName ?? undefined;
  // The host the page names outside the transcript (`主播：阿宽` by the channel's name): their turns are the host's.
  let named: Set<string> | undefined;
  const hostsOf = (): Set<string> => (named ??= pageHosts(blocks.map((b) => b.text)));
  const guestOf = (): string | null => {
    // Turns are lines of text, or the host's: a share bar's `分享到：` or an editor's `责任编辑：` opens none.
    if (guest === undefined) guest = transcriptGuest(Array.from({ length: Math.max(0, end - question - 1) }, (_, k) => (kinds[question + 1 + k] === 'text' || hostOpens(question + 1 + k) ? turnLabel(question + 1 + k) : undefined)).filter((l): l is string => l !== undefined), hostsOf());
    return guest;
  };
  const aired = (i: number): 'asker' | 'doctor' | 'host' | null => {
    const opened = turnLabel(i);
    return opened !== undefined ? broadcastSpeaker(opened, guestOf(), hostsOf()) : null;
  };
  // The question line itself may be the caller's turn (`观众来电：…`), or a line read as the asker's already: one side of the talk.
  let callerTurns = aired(question) === 'asker' ? 1 : 0;
  // Speakers' lines with their turn's time on them (`患者 05-06 14:22`).
  let timed = 0;
  for (let i = question + 1; i < end; i++) {
    // A speaker's line may run its time in (`王明医生14:23`) where no space sets it apart: a stamp all the same.
    if (kinds[i] === 'meta' || (kinds[i] === 'text' && blocks[i]!.chars <= 24 && stamped(blocks[i]!.text) !== null)) {
      const turn = stamped(blocks[i]!.text);
      if (turn && kinds[i + 1] === 'text') {
        speakers.set(i, turn.who);
        timed++;
      }
      if (turn?.dated) dated.set(i, turn.who);
      continue;
    }
    // The doctor's reply labelled with its name (`王明医生回复`, read as the answer's label) speaks a turn too.
    if (kinds[i] === 'label' && SIGNED_LABEL_RE.test(blocks[i]!.text) && kinds[i + 1] === 'text') speakers.set(i, 'doctor');
    // A speaker's line set as a heading of its turn (`<h6>医生：</h6>`) speaks it as well.
    if (kinds[i] === 'heading' && blocks[i]!.chars <= 12 && side(blocks[i]!.text) && kinds[i + 1] === 'text') speakers.set(i, side(blocks[i]!.text)!);
    if (kinds[i] === 'asker' && aired(i) === 'asker') callerTurns++;
    if (kinds[i] !== 'text' && kinds[i] !== 'nav' && !hostOpens(i)) continue;
    const text = blocks[i]!.text;
    const head = kinds[i] === 'text' ? runInTurn(text) : null;
    const headSide = head ? side(head.speaker) : null;
    if (head && headSide) {
      runIn.set(i, { who: headSide, from: head.from });
      continue;
    }
    const who = side(text);
    if (who && kinds[i + 1] === 'text') speakers.set(i, who);
    const opened = who ? null : openedTurn(blocks[i]!);
    const on = opened ? aired(i) : null;
    if (on === 'host') {
      hosts.push(i);
      hostTurns++;
    }
    // Another guest named opening a turn after the guest's (`刘静怡：补充一句…`), a programme's second doctor: their words, none of the answer.
    // (A guest with a card on the page: a host or a caller called by name, `陈晓：`, holds none.)
    if (opened && on === null && guestOf() !== null && opened[1] !== guestOf() && isName(opened[1]!) && inline.size > 0 && hasCardLine(blocks, opened[1]!)) otherGuests.push(i);
    // A caller put through and named by name (`张伟：那我需要拍片吗？`): no card of theirs on the page, their turn asks.
    else if (opened && on === null && guestOf() !== null && opened[1] !== guestOf() && isPersonalName(opened[1]!) && asksQuestion(text.slice(opened[0].length)) && !hasCardLine(blocks, opened[1]!)) namedCallers.push(i);
    if (opened && on === null && side(opened[1]!) === null && isPersonalName(opened[1]!.replace(/\s+/gu, ''))) otherTurns++;
    const by = opened ? (side(opened[1]!) ?? (on === 'host' ? null : on)) : null;
    // The guest's label over their name alone (`本期嘉宾：王芳`) credits the guest: no turn of theirs, the card's line.
    if (by === 'doctor' && isName(text.slice(opened![0].length).trim())) {
      guestCredits.push(i);
      continue;
    }
    // A staff member's line (`客服：…`) is neither side's, as a host's is.
    if (by === 'staff') hosts.push(i);
    else if (opened && by) inline.set(i, { who: by, from: opened[0].length });
  }
  const inlineSides = new Set([...inline.values()].map((t) => t.who));
  if (callerTurns > 0) inlineSides.add('asker');
  // A programme's talk of its host and its guest alone, no caller's turn (the host puts the viewers' question, the guest answers):
  // the host's lines none of the answer, the guest's label none of its text, as where a caller speaks.
  // The host heard above the question counts too: an interview's page opens its transcript with the host's turns, and under the
  // netizen's question the guest may answer to the end with only the host's thanks (passed over already) after.
  const hostAbove = hostTurns === 0 && inline.size > 0 && blocks.slice(Math.max(0, question - HOST_LINES_ABOVE), question + 1).some((b, k) => aired(Math.max(0, question - HOST_LINES_ABOVE) + k) === 'host');
  const hostAndGuest = (hostTurns > 0 || hostAbove) && callerTurns === 0 && inlineSides.size === 1 && inlineSides.has('doctor');
  // A caller's turn and the host's, the guest's answer under no speaker's label (unlabelled, or under an answer's `嘉宾解答：`):
  // the host's lines none of the answer all the same, where no other speaker's turn stands among them.
  const hostAndCaller = hostTurns > 0 && callerTurns > 0 && !inlineSides.has('doctor') && otherTurns === 0;
  if (speakers.size < 2 && ((inline.size + callerTurns >= 2 && inlineSides.size === 2) || hostAndGuest || hostAndCaller)) {
    for (const [i, { who, from }] of inline) {
      if (who === 'asker') kinds[i] = 'asker';
      else blocks[i] = { ...blocks[i]!, text: blocks[i]!.text.slice(from) };
      // The guest's turn of greetings or farewell alone, to the host and the audience (transcript-speakers.ts): none of the answer.
      if (who === 'doctor' && (hostTurns > 0 || hostAbove) && isCourtesyTurn(blocks[i]!.text)) kinds[i] = 'note';
    }
    for (const i of hosts) kinds[i] = 'asker';
    if (hostAndGuest) for (const i of otherGuests) kinds[i] = 'end';
    if (hostAndGuest) for (const i of namedCallers) kinds[i] = 'asker';
    if (hostAndGuest) for (const i of guestCredits) kinds[i] = 'card';
    // The host's turns told apart: the answer was given on air, a replay of the programme plays it (side-column.ts replayFormat).
    // The guest the turns name, where no card did: who answers (their profile after the transcript may name no one: answer-doctor.ts).
    const guest = hostAndGuest && doctorName === null ? guestOf() : null;
    return hostTurns > 0 || hostAbove ? { ...none, aired: true, guest } : none;
  }
  const sides = new Set([...speakers.values(), ...[...runIn.values()].map((t) => t.who)]);
  if (speakers.size + runIn.size < 2 || sides.size < 2) return none;
  // A later day line that leaves its year out is of the year above it (chat-days.ts).
  const yearless = yearChatDays(blocks, kinds, question + 1, end);
  let current: Side | null = null;
  const firstTurn = Math.min(...speakers.keys(), ...runIn.keys());
  const askerStamps: number[] = [];
  let answered = false;
  for (let i = question + 1; i < end; i++) {
    const who = speakers.get(i);
    const turn = runIn.get(i);
    if (who) {
      current = who;
      kinds[i] = 'speaker';
    } else if (turn) {
      current = turn.who;
      if (turn.who === 'doctor') blocks[i] = { ...blocks[i]!, text: blocks[i]!.text.slice(turn.from) };
      else kinds[i] = turn.who === 'asker' ? 'asker' : 'note';
    } else if (current === 'asker' && kinds[i] === 'text') kinds[i] = 'asker';
    // The staff's turns (greetings, the asker's age, a phone number, a booked day) and the record's closing note: none of the answer.
    else if (kinds[i] === 'text' && (current === 'staff' || isRecordNote(blocks[i]!.text))) kinds[i] = 'note';
    // The stamp under the asker's turn after the doctor's (a thank-you after the answer, `2023-02-09 15:40`) dates that turn.
    else if (current === 'asker' && answered && kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0) askerStamps.push(i);
    if (who === 'doctor') answered = true;
  }
  // Posts each closed by its stamp (post-rounds.ts): the asker's stamps date the asking; a follow-up round ends the answer.
  const talk = new Map([...speakers].filter((e): e is [number, 'asker' | 'doctor'] => e[1] !== 'staff'));
  const rounds = postRounds(talk, (i) => kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0, (i) => (kinds[i] === 'text' || kinds[i] === 'asker' ? blocks[i]!.text : null), end);
  // Turns under speaker lines that carry their days, no stamp closing them (a chat's bubbles): the asker's asking again on a later day opens the round.
  const round = rounds.round ?? (timed >= 2 ? stampedRound(talk, (i) => (kinds[i] === 'text' || kinds[i] === 'asker' ? blocks[i]!.text : null), (i) => blocks[i]!.text, end) : null);
  if (round !== null) kinds[round] = 'end';
  askerStamps.push(...rounds.askerStamps);
  // The chat's heading: short lines without a sentence just before its first turn.
  for (let i = firstTurn - 1; i > question && kinds[i] === 'text' && blocks[i]!.chars <= 12 && !PROSE_RE.test(blocks[i]!.text); i--) kinds[i] = 'label';
  // The chat's day lines date the turns after them (assistant-turns.ts): the answer is dated by the last before the doctor's first turn.
  const earlierDays = earlierDayLines(blocks, kinds, question, talk);
  if (![...dated.values()].includes('doctor')) return { notAnswerDates: [...earlierDays, ...askerStamps], yearless };
  const askers = [...dated].filter(([, who]) => who !== 'doctor').map(([i]) => i);
  askers.push(...earlierDays, ...askerStamps);
  // The doctor's later turns (the answer after clarifying questions) date nothing: the answer is dated by its first turn.
  const doctorTurns = [...dated].filter(([, who]) => who === 'doctor').map(([i]) => i).sort((a, b) => a - b);
  askers.push(...doctorTurns.slice(1));
  for (let i = question + 1; i < firstTurn; i++) if (kinds[i] === 'asker' && readMetaLine(blocks[i]!.text).dates.length > 0) askers.push(i);
  return { notAnswerDates: askers, yearless };
}
