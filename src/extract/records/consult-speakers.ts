/**
 * A private hospital's online-consult record published as Q&A (a 商务通 / 快商通 export, 在线咨询实录): three sides speak.
 * The visitor (`访客`, `访客8812`) asks; the hospital's staff (`导医小王`, `客服10号`, `在线客服`, `咨询助理`) greet, ask the
 * visitor's age, hand over to a doctor, ask for a phone number and book a visit; the doctor they hand over to answers.
 * The staff's turns are neither the asker's nor the answer: a record only the staff answered holds no doctor's answer.
 * The doctor may speak under the name the staff use for them: the card's surname and a form of address (`廖主任`).
 */

/** The roles of a hospital's helpers who are no doctor (the front desk's, a triage's): the one list, an AI assistant's name ends in one too (assistant-turns.ts). */
export const STAFF_ROLE = '导医|导诊|客服|咨询助理|咨询员|咨询师助理|接待员?|前台';
/**
 * The hospital's front-desk staff over their turn: the role, then a nickname or a desk number (`导医小王`, `客服10号`); not the
 * desk itself or its contact (`导医台`, `客服电话`, `客服微信`), which head no turn.
 */
const STAFF_RE = new RegExp(`^(?:在线|网络|值班)?(?:${STAFF_ROLE})(?:小\\p{Script=Han}|(?!电话|微信|热线|台|中心|挂号|部|号码)\\p{Script=Han}{0,2}|\\s*\\d{1,3}\\s*号?|[A-Za-z]{1,3}\\d{0,3})$`, 'u');
/**
 * A clinic's doctor's aide (医助, 医生助理) over their turn, the service's name before the role and a nickname after it (`问止医助 小问`,
 * `医助小林`): they pass the asker on to the doctor, no doctor themselves.
 */
const AIDE_RE = /^\p{Script=Han}{0,4}?(?:医助|医生助理|医师助理)(?:\s*小\p{Script=Han}|\s*\p{Script=Han}{0,2})$/u;
export const isStaffSpeaker = (text: string) => {
  const name = text.trim().replace(/[:：]$/u, '').trim();
  return name.length <= 10 && (STAFF_RE.test(name) || AIDE_RE.test(name));
};

/** The visitor over their turn, as the chat software names an anonymous one (`访客`, `访客8812`, `来访者`). */
const VISITOR_RE = /^(?:访客|来访者|网络访客|新访客)\s*(?:\d{0,10}|[A-Za-z0-9]{0,12})$/u;
export const isVisitorSpeaker = (text: string) => VISITOR_RE.test(text.trim().replace(/[:：]$/u, '').trim());

/** How a doctor is addressed by surname (`廖主任`, `陈医生`, `王教授`). */
const ADDRESS_RE = /^(\p{Script=Han}{1,2})(?:主任|医生|大夫|教授|老师)$/u;
/** Whether a speaker's name addresses the card's doctor by surname (the one or two characters the name starts with). */
export function addressesDoctor(speaker: string, doctorName: string | null): boolean {
  const m = speaker.trim().replace(/[:：]$/u, '').match(ADDRESS_RE);
  return m !== null && doctorName !== null && doctorName.length >= 2 && doctorName.length > m[1]!.length && doctorName.startsWith(m[1]!);
}

/**
 * A turn's head run into its text on one line (`访客 08:02:15男性乏力严重吗？`: the export's speaker and time, then the
 * message): the speaker and where the message starts; null where the line opens with no speaker and time.
 */
const RUN_IN_RE = /^(\S{1,10}?)\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*(?=\S)/u;
export function runInTurn(text: string): { speaker: string; from: number } | null {
  const m = text.match(RUN_IN_RE);
  return m ? { speaker: m[1]!, from: m[0].length } : null;
}

/**
 * A prescription's card in a consultation's record, shown to the patient alone (`处方已开具（仅患者本人可见）`, `医生已为您开具处方`):
 * the service's notice, none of the answer; so is its head right over it (`电子处方`). Not the doctor's own `处方：` heading over
 * the herbs they advise (a TCM answer's section head), nor a sentence that goes on about one (`处方已开具，请按时服药…`).
 */
const PRESCRIPTION_ISSUED_RE = /^(?:(?:医生|医师)?(?:已为您|已经?)(?:开具|开出|开好)了?(?:电子|线上|中药)?处方|(?:电子|线上|中药)?处方已(?:开具|开出|开好|生成|签发))(?:\s*[（(][^）)]{1,16}[）)])?[。！!]?$/u;
export const isPrescriptionNotice = (text: string): boolean => text.length <= 40 && PRESCRIPTION_ISSUED_RE.test(text.trim());
const PRESCRIPTION_HEAD_RE = /^(?:电子|线上|在线|中药|互联网)处方(?:单|笺)?$/u;
export const isPrescriptionHead = (text: string): boolean => PRESCRIPTION_HEAD_RE.test(text.trim());

/** The site's note closing the record (`以上为真实咨询记录，已隐去患者隐私信息。`): none of the doctor's turns. */
const RECORD_NOTE_RE = /^(?:以上|本文|本页)(?:内容)?(?:为|是|系)(?:真实|网络|在线)?(?:咨询|对话|聊天)(?:记录|实录)/u;
export const isRecordNote = (text: string) => text.length <= 60 && RECORD_NOTE_RE.test(text.trim());

/**
 * The staff's handover to a doctor (`好的，已为您转接沈海洋主任，请稍等。`, `正在为您转接专家`): a turn of theirs naming whom they
 * hand over to, no card of that doctor (its `主任` is how they address the doctor).
 */
const HANDOVER_RE = /(?:已|正在|马上|这就|现在)?(?:为您|给您|帮您)(?:转接|转给|接通)/u;
export const isHandover = (text: string) => text.length <= 60 && HANDOVER_RE.test(text);
