import type { Doctor } from '../../schema/entry.js';
import { isName } from '../words/card-words.js';
import { parseCardParts } from './card-parts.js';
import { labelledQuestion } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import { isPostStamp } from '../dates/post-stamp.js';
import { verifiedLine } from '../words/verified-line.js';

/**
 * A doctor's post on their own account (a microblog): the author's nickname (`{name}医生`,
 * `{name}大夫` or the name) over the post's stamp (`2023-2-13 18:09 来自 iPhone客户端`), then the
 * post, which answers a follower's question it quotes with a label (`#健康问答# 网友提问：…？`).
 * The page's `<title>` names the account or the platform (`吴慧勇大夫的微博`, `微博正文 - 微博`),
 * not the question; a post may retell it instead (`有网友私信问我：“…”`). The card is the account's:
 * the nickname and its verification line (`微博认证：hospital department title`, or that line
 * unlabelled in the profile's box), wherever the page prints it.
 */

/** How many lines from the page's start the post's labelled question may stand. */
const QUESTION_LINES = 12;
/** How far above the post's first line its author and stamp stand (a verification badge between). */
const HEADER_LINES = 4;
/** A nickname's calling after the name (`吴慧勇大夫`, `廖琳医生`). */
const CALLING_RE = /(?:医生|大夫|医师)$/u;
/** A column's or channel's name over a post (健康问答, 名医答疑, 科普): no author's nickname, though shaped like a name. */
const COLUMN_NAME_RE = /(?:问答|答疑|解答|问诊|咨询|科普|健康|专栏|频道)$/u;
/** A post that retells a follower's question (`#问医生# 有网友私信问我：“…”`): the question in its quotes. */
const RETOLD_RE = /^(?:#[^#\s]{1,20}#\s*)*(?:有|一位|一个)?(?:网友|粉丝|患者|朋友|读者)(?:私信|留言|评论)?(?:问我|问)\s*[:：]\s*[“"「『](.{4,60}?)[”"」』]$/u;
/** A sentence's mark: the account's verification line has none. */
const SENTENCE_RE = /[。！？!?，,；;]/u;

export interface Post {
  /** The post's first line, which quotes the question. */
  index: number;
  question: string;
  /** The author's name, the nickname less its calling. */
  author: string;
}

/** The post's header and quoted question, or null where the page is no such post. */
export function readPost(blocks: readonly Block[]): Post | null {
  for (let i = 0; i < Math.min(blocks.length, QUESTION_LINES); i++) {
    const text = blocks[i]!.text.trim();
    const question = blocks[i]!.chars <= 120 ? (labelledQuestion(text) ?? text.match(RETOLD_RE)?.[1] ?? null) : null;
    if (question === null || [...question].length < 4) continue;
    const header = blocks.slice(Math.max(0, i - HEADER_LINES), i);
    if (!header.some((b) => isPostStamp(b.text))) return null;
    const author = header.map((b) => b.text.trim().replace(CALLING_RE, '')).find((t) => isName(t) && !COLUMN_NAME_RE.test(t));
    return author ? { index: i, question, author } : null;
  }
  return null;
}

/** The question a post quotes, under its author and stamp: sure, the post says so. */
export function postQuestion(post: Post): { index: number; confirmed: boolean; text: string; labelled: boolean } {
  return { index: post.index, confirmed: true, text: post.question, labelled: true };
}


/** The post's author as the card: the nickname's name, the rest from the account's verification line; null where that line is missing. */
export function accountCard(blocks: readonly Block[], post: Post): { line: number; doctor: Doctor } | null {
  // The verification line, labelled, or the profile's line of hospital, department and title with no sentence.
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text.trim();
    const verified = verifiedLine(text) ?? (text.length <= 40 && !SENTENCE_RE.test(text) ? text : null);
    if (verified === null) continue;
    const doctor = parseCardParts(verified.split(/\s+/u));
    if (!doctor.title || !doctor.hospital || doctor.name) continue;
    return { line: i, doctor: { ...doctor, name: post.author } };
  }
  return null;
}

/** How far from the question an account's nickname and verification line may stand (a note's header, its carousel between). */
const BYLINE_LINES = 6;
/** The platform's badges between a nickname and its verification line (认证医生, 专业号, a V): none of the card. */
const BADGE = '(?:认证医生|医生认证|医疗健康认证|健康认证|职业认证|官方认证|个人认证|已认证|专业号|[蓝黄红金]?V)';
const BADGE_RE = new RegExp(`^${BADGE}$`, 'u');
/** Badges printed on the nickname's line after it (`林晓医生认证医生`, `林晓 V`), and the account's counters and follow button (`粉丝 12.0万`, `+ 关注`). */
const BADGE_TAIL_RE = new RegExp(`(?:\\s*(?:${BADGE}|(?:粉丝|关注|获赞|作品|投稿|文章)\\s*\\d[\\d.]*\\s*[万亿wW]?|[+＋]\\s*关注))+$`, 'u');
/** A nickname that calls its owner a doctor before the name (`医生孟欣勇`). */
const CALLING_FIRST_RE = /^(?:医生|大夫)(?=\p{Script=Han}{2,4}$)/u;
/** A nickname's department before the name (`神经外科崔桂雨医生`): the verification line names it too. */
const DEPARTMENT_FIRST_RE = /^\p{Script=Han}{1,10}?(?:科|门诊)(?=\p{Script=Han}{2,4}$)/u;

/** The name a nickname gives: without its calling (`…医生`, `医生…`) and a department before the name. */
function nicknameName(nickname: string): string {
  const called = nickname.replace(CALLING_RE, '');
  return called !== nickname ? called.replace(DEPARTMENT_FIRST_RE, '') : nickname.replace(CALLING_FIRST_RE, '');
}

/**
 * A doctor's note on their own account (a 笔记 platform, a video site's column): no post stamp or quoted
 * question, but the nickname (`{name}医生`, `{department}{name}医生`, `医生{name}`, `{name}大夫` or the name)
 * over the platform's verification line (`职业认证：`, `UP主认证：hospital department title`, labelled or not),
 * badges between, near the question: the card, as a microblog's is, with the lines it stands on.
 * Null where the line names no title and hospital, or no name stands over it.
 */
export function verifiedAccountCard(blocks: readonly Block[], question: number): { doctor: Doctor; lines: number[] } | null {
  for (let i = Math.max(1, question - BYLINE_LINES); i < Math.min(blocks.length, question + BYLINE_LINES); i++) {
    const text = blocks[i]!.text.trim();
    const labelled = verifiedLine(text);
    const verified = labelled ?? (text.length <= 40 && !SENTENCE_RE.test(text) ? text : null);
    if (verified === null) continue;
    const doctor = parseCardParts(verified.split(/\s*[·•|｜]\s*|\s+/u).filter(Boolean));
    if (!doctor.title || !doctor.hospital || doctor.name) continue;
    let above = i - 1;
    while (above > 0 && BADGE_RE.test(blocks[above]!.text.trim())) above--;
    const nickname = blocks[above]!.text.trim().replace(BADGE_TAIL_RE, '');
    const name = nicknameName(nickname);
    // An unlabelled line is the account's only under a nickname that calls itself a doctor.
    return isName(name) && (labelled !== null || name !== nickname) ? { doctor: { ...doctor, name }, lines: [above, i] } : null;
  }
  return null;
}
