import type { Element } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { isCardFieldsLine, withCardFields } from './doctor-card.js';
import { TITLE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';

/**
 * A doctor's card drawn as an app draws it: a picture-less avatar (a coloured circle printing the
 * surname, or the name's last one or two characters) right before the full name, badges after it,
 * and rows that are siblings of the page's other parts — the name and title, then the hospital and
 * department, then the doctor's counters (帮助患者 1.2万, 好评率 98%, 回复 3562, 平均响应 12分钟, 已回答2994个问题, a paid
 * answerer's `身价 ¥99 · 6298人听过 · 405个回答`).
 * The avatar's characters are a picture, none of the name; the counters are none of the card's
 * values and none of the answer; the rows right after the card's element are the card's.
 */

/** A counter of a doctor's profile: its label, then a count (with 万/千, a %, a unit). */
const COUNTER_RE = /(\p{Script=Han}{1,6})\s*[:：]?\s*[¥￥]?\s*\d[\d,.]*\s*(?:[万千wWkK]\+?|\+)?\s*(?:%|分钟|小时|人次|人|次|条|篇|年|分|个(?:问题|提问|回答)?|位(?:患者|用户|网友)?)?/gu;
/** Labels that make one counter alone a profile's (more than one counter on a line needs none). */
const COUNTER_LABEL_RE = /^(?:已?帮助(?:过|了)?(?:患者|用户|人)?|服务(?:患者|人次)|好评率|满意度|好评|已?(?:回复|回答|解答)(?:了|过)?(?:数|量)?|平均响应|响应(?:时间|速度)?|接诊(?:量|数)?|问诊(?:量|数)?|咨询(?:量|数)|关注|粉丝|获赞|从业|执业|评分|文章|身价)$/u;
/** A counter printed count first (`6298人听过`, `405个回答`), as a paid answerer's profile prints it beside their price (`身价 ¥99`). */
const COUNT_FIRST_RE = /\d[\d,.]*\s*(?:[万千wWkK]\+?|\+)?\s*(?:人听过|人收听|人看过|人关注|个回答|个问题|次播放)/gu;

/** A line of a doctor's counters and nothing else (`帮助患者 7156 好评率 100% 回复 95`). */
export function isCardCounters(text: string): boolean {
  const line = text.trim();
  if (line.length > 60 || /[。！？，,；;]/u.test(line)) return false;
  let labels = 0;
  let known = 0;
  const rest = line
    .replace(COUNT_FIRST_RE, () => {
      labels++;
      known++;
      return ' ';
    })
    .replace(COUNTER_RE, (_, label: string) => {
      labels++;
      if (COUNTER_LABEL_RE.test(label)) known++;
      return ' ';
    });
  if (rest.replace(/[\s|｜·•/]+/gu, '') !== '') return false;
  return known > 0 && (labels >= 2 || known === labels);
}

/**
 * Whether a line of one or two characters is an avatar's: the next line is a card's (a title in it)
 * whose first word, the name, holds those characters at its start or end (`吴` over `吴勇波 住院医师`,
 * `秀清` over `叶秀清 主管药师`).
 */
export function isAvatarInitials(line: string, next: string | undefined): boolean {
  const initials = line.trim();
  if (!/^\p{Script=Han}{1,2}$/u.test(initials) || next === undefined || next.length > 40 || !TITLE_RE.test(next)) return false;
  const name = next.trim().split(/\s+/u)[0]!;
  const head = name.slice(0, 4);
  return head.startsWith(initials) || (head.length >= initials.length + 1 && head.slice(1).includes(initials));
}

/**
 * The doctor with what the card's rows after its element add (hospital, grade, department), up to
 * the answer's first line: rows of card fields only, past the counters, where they name no other doctor.
 */
export function withRowsAfter(blocks: readonly Block[], kinds: readonly string[], card: { element: Element }, answerFirst: number, doctor: Doctor): Doctor {
  if (doctor.department && doctor.hospital && doctor.hospital_grade) return doctor;
  let from = -1;
  for (let i = 0; i < answerFirst; i++) if (inside(blocks[i]!.node, card.element)) from = i + 1;
  if (from === -1) return doctor;
  let merged = doctor;
  for (let i = from; i < answerFirst; i++) {
    const text = blocks[i]!.text;
    if (kinds[i] === 'text' || kinds[i] === 'heading') break;
    if (kinds[i] !== 'card' || !isCardFieldsLine(text)) continue;
    merged = withCardFields(merged, text) ?? merged;
  }
  return merged;
}
