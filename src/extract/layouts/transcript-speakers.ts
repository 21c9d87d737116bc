/**
 * A broadcast's transcript (a TV or radio health programme's call-in, printed as its lines): each turn opens
 * with who speaks. The caller's or viewer's turn (`观众来电：`, `热线听众：`) asks; the guest's (`嘉宾：`,
 * `专家：`, the doctor's name, or the surname with a calling: `张主任：`) answers; the host's (`主持人：`)
 * introduces and thanks, none of the answer.
 */

import { isHostLabel, isName } from '../words/card-words.js';
import { asksQuestion, isRelatedLabel, withoutExpertSaysHook } from '../words/genre.js';

/** The caller's, the viewer's or the listener's label. */
const CALLER_RE = /^(?:(?:观众|听众|热线|场外|现场)(?:来电|来信|提问|朋友)?|热线听众|来电(?:观众|听众|朋友)?)$/u;
/** The guest's, naming no one. */
const GUEST_RE = /^(?:嘉宾|特邀嘉宾|本期嘉宾|专家|医生)$/u;
/** A calling after a surname (`张主任`, `李教授`). */
const CALLING_RE = /^(\p{Script=Han})(?:主任|教授|医生|大夫|老师|院长|博士)$/u;

/**
 * The host a programme's page names outside the transcript (`主播：阿宽`, `主持人：晓雯`, `主持 林溪`, by the channel's name or
 * over the player, or opening a turn of the transcript, `主持人陈晓：…`): a turn opened by that name alone (`陈晓：`) is the host's, as one
 * opened by `主持人：` is.
 */
const HOST_NAMED_RE = /(?:^|[\s|｜·•，,])(?:主播|主持人|主持)\s*[:：]?\s*(\p{Script=Han}{2,4})(?=$|[\s|｜·•，,:：])/gu;
/** The names a programme's page gives its host (HOST_NAMED_RE), from its short lines. */
export function pageHosts(lines: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  for (const line of lines) {
    if (line.length > 60 || !/主播|主持|记者/u.test(line)) continue;
    for (const m of line.matchAll(HOST_NAMED_RE)) hosts.add(m[1]!);
    for (const m of line.matchAll(REPORTER_BYLINE_RE)) {
      hosts.add(m[1]!);
      if (m[2] !== undefined) hosts.add(m[2]);
    }
  }
  return hosts;
}
/**
 * An interview's byline naming the outlet whose reporter asks (`作者：某某网记者 陈静怡`, `某某报记者王芳`): a turn opened by the
 * outlet's name (`某某网：…`, as an outlet's interview labels its own questions) or by the reporter's is the interviewer's, as a host's.
 */
const REPORTER_BYLINE_RE = /(?:^|[\s|｜·•，,:：])(\p{Script=Han}{1,6}(?:网|報|报|台|刊|社))记者\s*(\p{Script=Han}{2,3}(?=$|[\s|｜·•，,]))?/gu;

/** Who a transcript's speaker label names, given the doctor the page's card names (and the host the page names); null where it is no speaker of a broadcast. */
export function broadcastSpeaker(label: string, doctorName: string | null, hosts: ReadonlySet<string> = new Set()): 'asker' | 'doctor' | 'host' | null {
  const text = label.replace(/\s+/gu, '');
  if (isHostLabel(text) || (hosts.has(text) && text !== doctorName)) return 'host';
  if (CALLER_RE.test(text) || isNamedCaller(text)) return 'asker';
  if (GUEST_RE.test(text)) return 'doctor';
  if (doctorName !== null && (calledName(text) === doctorName || CALLING_RE.exec(text)?.[1] === doctorName[0])) return 'doctor';
  return null;
}

/** A caller's label by a form of address: a surname and 女士, 先生, 阿姨 (`李女士`, `王先生`, `張太`). */
const ADDRESSED_RE = /^\p{Script=Han}{1,2}(?:女士|先生|小姐|太太|太|阿姨|大爷|大爺|大妈|大媽|大姐|大哥|奶奶|爷爷|爺爺|妈妈|媽媽|爸爸|同学|同學|师傅|師傅)$/u;
/**
 * The caller's label naming the caller after it (`听众王先生`, `热线观众李女士`, `听众张伟`), or a caller named by address alone
 * (`王先生`, `李女士`): the caller's, whatever the turn says (a thank-you asks nothing, and is none of the answer either).
 */
const isNamedCaller = (label: string): boolean => /^(?:热线|场外|现场)?(?:观众|听众)(?:朋友)?\p{Script=Han}{2,4}$/u.test(label) || ADDRESSED_RE.test(label);

/** A doctor's calling after their whole name (`王芳医生`, as a transcript labels the guest's turns): the name it follows. */
const NAME_CALLING_RE = /(?:医生|医师|大夫)$/u;
/** The name a speaker's label gives: the label, or the name before its calling (`王芳医生` is 王芳 speaking). */
const calledName = (label: string): string => {
  const bare = label.replace(NAME_CALLING_RE, '');
  return bare !== label && isName(bare) ? bare : label;
};

/**
 * The guest a transcript's turns name where no card is read above them (a programme's page printing the guest's 嘉宾简介 after the
 * transcript): the one name opening turns beside the host's (`主持人：…`, `康梅：…`). Null where no host speaks, or several names do.
 */
export function transcriptGuest(labels: readonly string[], hosts: ReadonlySet<string> = new Set()): string | null {
  const all = labels.map((l) => l.replace(/\s+/gu, ''));
  if (!all.some((t) => isHostLabel(t) || hosts.has(t))) return null;
  // The transcript opens with the host's or the caller's turn: labelled lines above it (`来源：…`) are the page's.
  const texts = all.slice(all.findIndex((t) => broadcastSpeaker(t, null, hosts) === 'host' || broadcastSpeaker(t, null, hosts) === 'asker'));
  // A caller named by a form of address (`李女士：`, `王先生：`, `张阿姨：`) is no guest: the programme names its guest by name or rank.
  // A label naming the guest with their calling (`王芳医生：`) names them as their name alone does.
  const names = new Set(texts.filter((t) => broadcastSpeaker(t, null, hosts) === null).map(calledName).filter((t) => isName(t) && !ADDRESSED_RE.test(t)));
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * A guest's turn that only greets, thanks or takes leave (`主持人好，各位网友大家好！`, `大家好！很高兴和大家交流。`, `谢谢大家，再见！`):
 * every clause of it a courtesy to the host or the audience, none of the answer. A clause saying anything else keeps the turn.
 */
const COURTESY_CLAUSE_RES = [
  /^(?:(?:主持人|各位|大家|网友|观众|听众|同学|家长|朋友|老师)(?:们|朋友们?)?[、和及]?)+(?:上午|下午|晚上|早上|中午)?好$/u,
  /^(?:谢谢|感谢|多谢)(?:主持人|大家|各位(?:网友|观众|听众|朋友)?(?:们)?|您|你们)?(?:的(?:邀请|收看|收听|关注|提问))?$/u,
  /^(?:大家|各位(?:网友|观众|听众)?)?(?:再见|下次再见|下期再见|拜拜)$/u,
  /^(?:很|非常)?(?:高兴|荣幸)(?:能)?(?:和|跟|与|同)?(?:大家|各位(?:网友|观众|听众)?|网友们)?(?:一起)?(?:交流|见面|聊聊|做客)?$/u,
];
export function isCourtesyTurn(text: string): boolean {
  const clauses = text.split(/[，,。！!；;~～、\s]+/u).filter((c) => c !== '');
  return clauses.length > 0 && clauses.every((c) => COURTESY_CLAUSE_RES.some((re) => re.test(c)));
}

/**
 * A speaker's label opening a transcript's line: in brackets (`[主持人]`, `【王芳】`), with a colon (`主持人：`), or the host's alone
 * run into the turn (`主持人各位网友…`, a label set in a span of its own).
 */
const TURN_LABEL_RES = [/^\s*[\[【［]\s*([^\]】］]{1,8}?)\s*[\]】］]\s*/u, /^\s*([^:：\s]{1,8}?)\s*[:：]\s*/u, /^\s*(主持人)\s*/u];
/** The speaker's label opening a line and its length, where it is one; the host's before all. */
function turnLabelOf(text: string): { speaker: string; length: number } | null {
  let first: { speaker: string; length: number } | null = null;
  for (const re of TURN_LABEL_RES) {
    const m = text.match(re);
    if (!m) continue;
    const label = { speaker: m[1]!.replace(/\s+/gu, ''), length: m[0].length };
    if (isHostLabel(label.speaker)) return label;
    first ??= label;
  }
  return first;
}
/**
 * The netizen's question as an online interview's transcript puts it (a 在线访谈, a 直播's): relayed by the host (`有网友提问：…`,
 * `有网友问：…`) or in the netizen's own box (`网友“长安人”：…`, `网友长安人提问：…`).
 */
const RELAYED_RE = /^(?:有(?:位|一位)?网友(?:提问|问|问道|留言|咨询)\s*[:：，,]\s*|网友\s*[“"「『]\s*[^”"」』]{1,12}\s*[”"」』]\s*(?:提问|问|说)?\s*[:：]\s*|网友\p{Script=Han}{1,8}?(?:提问|问)\s*[:：]\s*)(?=\S)/u;
/** How far below its headline an interview's first netizen question may stand: past the guest's box, the times, the player, the opening turns. */
const RELAYED_LINES_BELOW = 40;

/**
 * The questions an online interview's transcript under a headline naming its theme (asking nothing) puts to the guest: the
 * netizens' it relays, each with its line and text, and how many the host asks of their own. Null where the headline asks
 * itself or no host speaks.
 */
function transcriptQuestions(blocks: readonly { text: string; linkChars: number; chars: number }[], heading: number, headline: string): { relayed: Array<{ index: number; text: string }>; own: number; asked: Array<{ index: number; text: string }> } | null {
  // A headline asking only in its call to hear the expert (`…，听听专家怎么说`) asks nothing of its own (genre.ts).
  if (asksQuestion(withoutExpertSaysHook(headline))) return null;
  let host = false;
  const found: Array<{ index: number; text: string }> = [];
  let own = 0;
  const hostAsked: Array<{ index: number; text: string }> = [];
  const hosts = pageHosts(blocks.slice(0, Math.min(blocks.length, heading + 1 + RELAYED_LINES_BELOW)).map((b) => b.text));
  for (let i = heading + 1; i < Math.min(blocks.length, heading + 1 + RELAYED_LINES_BELOW); i++) {
    const b = blocks[i]!;
    const text = b.text.trim();
    if (b.chars <= 12 && isRelatedLabel(text)) break;
    if (b.linkChars > 0) continue;
    const label = turnLabelOf(text);
    const hosted = label !== null && (isHostLabel(label.speaker) || hosts.has(label.speaker));
    if (hosted) host = true;
    // The host's relaying turn (`[主持人]有网友提问：…`), or the netizen's box as a line of its own.
    const rest = hosted ? text.slice(label.length) : text;
    const relayed = rest.match(RELAYED_RE);
    const asked = relayed ? rest.slice(relayed[0].length).trim() : '';
    if (relayed && [...asked].length >= 4 && asked.length <= 80 && asksQuestion(asked)) found.push({ index: i, text: asked });
    // The host's own question (`主持人：怎么判断孩子是不是胖了？`, a turn ending asking: an opening that names the theme,
    // `聊聊如何预防`, asks nothing) is put to the guest too.
    else if (hosted && /[？?][”"」』）)]?$/u.test(rest)) own++;
    // Any host's turn worded as a question (`记者：孩子发烧怎么办`, no question mark printed), with the guest's labelled turn next.
    const next = blocks[i + 1]?.text.trim() ?? '';
    const answeredBy = turnLabelOf(next);
    if (hosted && !relayed && [...rest].length >= 4 && rest.length <= 80 && asksQuestion(rest) && answeredBy !== null && !isHostLabel(answeredBy.speaker) && !hosts.has(answeredBy.speaker)) hostAsked.push({ index: i, text: rest.trim() });
  }
  return host ? { relayed: found, own, asked: hostAsked } : null;
}

/**
 * The one question an interview's host or reporter puts to the guest (`记者：…？` then `专家：…`), under a headline naming its theme
 * (`健康访谈：某某谈胃炎`, asking nothing): the page's question, as a relayed netizen's is. Null where the transcript relays a netizen's
 * question, or its host asks more than one (a session's: which answer is the page's is not told so).
 */
export function hostsOneQuestion(blocks: readonly { text: string; linkChars: number; chars: number }[], heading: number, headline: string): { index: number; text: string } | null {
  const asked = transcriptQuestions(blocks, heading, headline);
  return asked && asked.relayed.length === 0 && asked.own <= 1 && asked.asked.length === 1 ? asked.asked[0]! : null;
}

/**
 * The netizen's question an online interview's page answers, under a headline naming the interview's theme (`高血压的防治`, asking
 * nothing): the one line relaying a netizen's question in a transcript where the host speaks. Its line and its text; null where the
 * headline asks itself, no host speaks, or the transcript relays no netizen's question or several, or the host asks one of their
 * own beside it (a whole session's, two questions or more: which answer is the page's is not told so).
 */
export function relayedQuestion(blocks: readonly { text: string; linkChars: number; chars: number }[], heading: number, headline: string): { index: number; text: string } | null {
  const asked = transcriptQuestions(blocks, heading, headline);
  return asked && asked.relayed.length === 1 && asked.own === 0 ? asked.relayed[0]! : null;
}

/**
 * Whether the transcript under a headline naming its theme puts two questions or more to the guest (the host's own or relayed):
 * a whole session's page, its answer the guest's turns to all of them, read from turns no rule parts from the greetings with certainty.
 */
export function asksSeveralInSession(blocks: readonly { text: string; linkChars: number; chars: number }[], heading: number, headline: string): boolean {
  const asked = transcriptQuestions(blocks, heading, headline);
  return asked !== null && asked.relayed.length + asked.own >= 2;
}
