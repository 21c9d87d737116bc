/**
 * A broadcast's transcript (a TV or radio health programme's call-in, printed as its lines): each turn opens
 * with who speaks. The caller's or viewer's turn (`观众来电：`, `热线听众：`) asks; the guest's (`嘉宾：`,
 * `专家：`, the doctor's name, or the surname with a calling: `张主任：`) answers; the host's (`主持人：`)
 * introduces and thanks, none of the answer.
 */

import { isHostLabel, isName } from '../words/card-words.js';

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
    if (line.length > 60 || !/主播|主持/u.test(line)) continue;
    for (const m of line.matchAll(HOST_NAMED_RE)) hosts.add(m[1]!);
  }
  return hosts;
}

/** Who a transcript's speaker label names, given the doctor the page's card names (and the host the page names); null where it is no speaker of a broadcast. */
export function broadcastSpeaker(label: string, doctorName: string | null, hosts: ReadonlySet<string> = new Set()): 'asker' | 'doctor' | 'host' | null {
  const text = label.replace(/\s+/gu, '');
  if (isHostLabel(text) || (hosts.has(text) && text !== doctorName)) return 'host';
  if (CALLER_RE.test(text) || isNamedCaller(text)) return 'asker';
  if (GUEST_RE.test(text)) return 'doctor';
  if (doctorName !== null && (text === doctorName || CALLING_RE.exec(text)?.[1] === doctorName[0])) return 'doctor';
  return null;
}

/** A caller's label by a form of address: a surname and 女士, 先生, 阿姨 (`李女士`, `王先生`, `張太`). */
const ADDRESSED_RE = /^\p{Script=Han}{1,2}(?:女士|先生|小姐|太太|太|阿姨|大爷|大爺|大妈|大媽|大姐|大哥|奶奶|爷爷|爺爺|妈妈|媽媽|爸爸|同学|同學|师傅|師傅)$/u;
/**
 * The caller's label naming the caller after it (`听众王先生`, `热线观众李女士`, `听众张伟`), or a caller named by address alone
 * (`王先生`, `李女士`): the caller's, whatever the turn says (a thank-you asks nothing, and is none of the answer either).
 */
const isNamedCaller = (label: string): boolean => /^(?:热线|场外|现场)?(?:观众|听众)(?:朋友)?\p{Script=Han}{2,4}$/u.test(label) || ADDRESSED_RE.test(label);

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
  const names = new Set(texts.filter((t) => broadcastSpeaker(t, null, hosts) === null && isName(t) && !ADDRESSED_RE.test(t)));
  return names.size === 1 ? [...names][0]! : null;
}
