import type { AnyNode } from 'domhandler';
import { inside } from '../lines/html-lines.js';

/** A line of the page with the node it starts at. */
interface BoxLine {
  text: string;
  node: AnyNode | null;
}

/**
 * The asker's line under a question (`女 | 32岁 2023-05-05`, `男，6岁，2023年5月5日 14:20`, after the
 * reward offered for an answer: `悬赏20分 女 65岁 2021-10-09`; after the asker's name or its stand-in:
 * `网友 · 女 · 75岁 · 2019-04-06`, `张** · 男 · 30岁 · 2023-05-05`, an app's user by a masked phone number: `用户138****1234 · 女 · 35岁 ·
 * 2023-05-06 14:22`): their sex and age, then the day they asked (after `提问于` too, the weekday after it:
 * `刘** · 女 · 59岁 · 提问于 2019年2月6日 星期三`; a relative day: `提问于 29天前`, `昨天 14:22`). Q&A sites print it so on the
 * question, whatever they print on the answer: its day is the
 * question's, and dates no answer, even where the answer's own day is printed without its year
 * (`05-06`) or not at all.
 */
/** The parts of the asker's line, each a regular expression's source. */
const SEP = '[|｜,，·•、]';
const REWARD = String.raw`悬赏\s*\d+\s*(?:分|积分|金币|财富值)\s*`;
/** Who asked: a name or its stand-in, or an app's user by a masked phone number (`用户138****1234`). */
const WHO = String.raw`(?:[^\s\d|｜,，·•、]{1,8}|[^\s\d|｜,，·•、]{0,8}1\d{2}[*＊]{4}\d{4})`;
const SEX_AGE = String.raw`[男女](?:性|孩|宝)?\s*${SEP}?\s*\d{1,3}\s*(?:岁|个月|月龄|天)(?:\s*\d{1,2}\s*个月)?`;
const DAY = String.raw`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,3}\s*(?:分钟|小时|天)前|昨天|前天)`;
const WEEKDAY = String.raw`(?:\s*(?:星期|周)[一二三四五六日天])?`;
const TIME = String.raw`(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;
const ASKED = '(?:提问|发布|发问|咨询)';
const ASKER_STAMP_RE = new RegExp(
  String.raw`^(?:${REWARD})?(?:${WHO}\s*${SEP}\s*)?${SEX_AGE}\s*(?:${SEP}|\s)?\s*(?:${ASKED}于\s*)?${DAY}${WEEKDAY}${TIME}\s*${ASKED}?$`,
  'u',
);

export const isAskerStamp = (line: string): boolean => line.length <= 48 && ASKER_STAMP_RE.test(line.trim());

/**
 * The asker's post stamp by their nickname in corner brackets (`网友「悉尼小王」 · 16 Jun 2021`, `網友「北美小白」 · 3小时前`):
 * a portal's way of naming who asked; its day is the question's, none of the answer's.
 */
const ASKER_NICK_RE = /^(?:网友|網友|提问者|提問者|楼主|樓主)\s*[「『][^」』]{1,20}[」』]\s*(?:[·•|｜]\s*\S.{0,30})?$/u;
export const isAskerNickStamp = (line: string): boolean => line.length <= 60 && ASKER_NICK_RE.test(line.trim());

/**
 * A forum thread's opening post's stamp, its author marked the thread's starter (`安安宝贝453 孕28周 楼主 2019年10月26日`,
 * `楼主 小鱼 05-06 21:03`): the day the asker posted the question, none of the answer on a later floor.
 */
const STARTER_MARK_RE = /(?:^|\s)(?:楼主|樓主|LZ)(?=\s|$)/u;
export const isStarterStamp = (line: string): boolean => line.length <= 60 && STARTER_MARK_RE.test(line.trim());

/**
 * A 楼主 stamp of a thread the answering doctor opened (a doctor's own post answering the question its title asks: `高佳慧
 * 副主任医师 楼主 2019年10月26日`): the opening post is the answer, its stamp the answer's day. The stamp is the doctor's where
 * it names the doctor the page's card names or stands in that card's box. Any other 楼主 stamp is the asker's (isStarterStamp).
 */
export function isDoctorStarterStamp(line: BoxLine, card: { name: string | null; element: AnyNode } | null, question: AnyNode | null): boolean {
  if (card === null || !isStarterStamp(line.text)) return false;
  // A box holding the question too is the whole post's or the page's, no card's: only a stamp naming the doctor is theirs there.
  return (card.name !== null && namesAsWord(line.text, card.name)) || (inside(line.node, card.element) && !inside(question, card.element));
}

/**
 * Whether a stamp names a person as a word of its own: the name standing alone, or with a calling glued to it (`高佳慧医生`,
 * `医生高佳慧`), not inside a longer nickname (a mother `李娜娜` or `李娜妈妈` where the doctor is 李娜).
 */
const CALLING_AFTER_RE = /^(?:医生|医师|大夫|主任|副主任|主治|教授|副教授|专家|药师|护士|院长|博士|老师)/u;
const CALLING_BEFORE_RE = /(?:医生|医师|大夫|主任|教授|专家|药师|护士|院长|博士)$/u;
const HAN_RE = /\p{Script=Han}/u;
function namesAsWord(text: string, name: string): boolean {
  if ([...name].length < 2) return false;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + name.length);
    const freeBefore = before === '' || !HAN_RE.test(before.slice(-1)) || CALLING_BEFORE_RE.test(before);
    const freeAfter = after === '' || !HAN_RE.test(after[0]!) || CALLING_AFTER_RE.test(after);
    if (freeBefore && freeAfter) return true;
  }
  return false;
}

/**
 * The asker's sex and age alone under the question, maybe with the question's count of views
 * (`男 · 26岁 · 847人看过`, `女 | 64岁`, age first: `网友 · 50岁 · 女`), maybe after the word for who they are (`患者 · 男 · 35岁`, `用户 女 28岁`):
 * the asker's profile, no day and none of the answer.
 */
const ASKER_PROFILE_RE =
  /^(?:(?:患者|病人|就诊人|咨询人|咨询者|提问者|提问人|用户|网友|匿名用户)\s*[|｜,，·•、:：]?\s*)?(?:[男女](?:性|孩|宝)?\s*[|｜,，·•、]?\s*\d{1,3}\s*(?:周岁|岁|个月|月龄)|\d{1,3}\s*(?:周岁|岁|个月|月龄)\s*[|｜,，·•、]?\s*[男女](?:性|孩|宝)?)(?:\s*[|｜,，·•、]?\s*(?:\d+(?:\.\d+)?\s*[万wW]?\s*(?:人|次)(?:看过|浏览|阅读|关注)|(?:浏览|阅读)\s*\d+(?:\.\d+)?\s*[万wW]?))?$/u;

export const isAskerProfile = (line: string): boolean => line.length <= 30 && ASKER_PROFILE_RE.test(line.trim());

/**
 * The asker's form in a box of its own (`<div>` holding 病情描述：…, 希望获得的帮助：… and `发表于 2023-05-04`): the stamp in
 * that box is the day the asker posted it, no answer's. Only a box that holds none of the answer's lines
 * (`answer`, its first line's node): on a page with no boxes the whole column holds both.
 */
export function askerBoxStamps(lines: readonly BoxLine[], from: number, to: number, answer: AnyNode | null, isAskerField: (text: string) => boolean, isStamp: (text: string) => boolean): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    const stamp = lines[i]!;
    if (!stamp.node || !isStamp(stamp.text)) continue;
    // The stamp's own element, then the box around it.
    const own = stamp.node.parent;
    const box = own && own.type === 'tag' ? own.parent : null;
    if (!box || box.type !== 'tag' || (answer && inside(answer, box))) continue;
    if (lines.slice(from, i).some((l) => l.node && inside(l.node, box) && isAskerField(l.text))) found.push(i);
  }
  return found;
}
