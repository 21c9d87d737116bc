import type { AnyNode } from 'domhandler';
import { parseCardParts } from '../card/card-parts.js';
import { findDate } from '../dates/page-meta.js';
import { withYearLastDatesRead } from '../dates/year-last-date.js';
import { englishMeta } from '../dates/english-meta.js';
import { isDisclaimer, isRelatedLabel } from '../words/genre.js';
import type { Block } from '../lines/html-lines.js';
import type { BoardRecord } from './message-board.js';
import { DOCTOR_BADGE_RE } from './forum-floors.js';

/**
 * A thread on a board with an English interface (phpBB and its kind): each post headed by its byline, `by nick » day`
 * (prosilver) or `Posted: day  Post subject: Re: …` (subSilver), the poster's profile (nickname, rank, `Posts: 352`,
 * `Joined: Aug 2014`) beside it; the post's text, perhaps `Last edited by …` and the poster's signature (under a
 * `_________________` rule, or in a box of its own after the text). 楼主 asks in the first post, members chime in, the
 * asker thanks; the answer is the post of the one poster whose rank marks a doctor (`认证医生 Verified MD`, `医生`) or
 * who alone signs with a card, dated by its byline; the signature is the card, none of the answer.
 */

const BY_RE = /^by\s+(\S.{0,40}?)\s+»\s+\S/u;
const POSTED_RE = /^Posted:\s*\S.{0,60}?\s+Post subject:/u;
/** A profile's counter (`Posts: 352`, `Joined: Aug 2014`). */
const COUNTER_RE = /^(?:Posts|Joined|Location|Gender|Age|帖子|注册时间)\s*:\s*\S/u;
/** A rank marking a doctor: the platform's badge, or the bare calling. */
const DOCTOR_RANK_RE = /^(?:医生|医师|Doctor|Physician|Verified\s+(?:MD|Doctor|Physician))$/iu;
const RULE_RE = /^_{5,}$/u;
const EDITED_RE = /^Last edited by\s/iu;
/** A signature's phone or address line (`Tel: (650) 237-4391`, `预约电话：…`, `80 Bowery, New York, NY 10013`): no field of a card. */
const CONTACT_RE = /(?:^|\s)(?:Tel|Phone|Fax)\s*[:.]|电话\s*[:：]|^\d{1,6}\s+[A-Z]/u;

// A day in numbers only may not tell its month from its day (`1/3/2021`): a byline still, dated by no day.
const isByline = (b: Block) => b.chars <= 120 && (POSTED_RE.test(b.text.trim()) || BY_RE.test(b.text.trim())) && /\d{4}/u.test(b.text);
/** Line i opens a poster's profile: its nickname, its rank, then a counter. */
const opensProfile = (blocks: readonly Block[], i: number) => COUNTER_RE.test(blocks[i + 2]?.text.trim() ?? '') && !COUNTER_RE.test(blocks[i + 1]?.text.trim() ?? '') && blocks[i]!.chars <= 30;

interface Post {
  byline: number;
  author: string;
  rank: string | null;
  text: number[];
  signature: number[];
}

/** The doctor's post of a bylined thread under the question, read as a record; null where the page is no such thread. */
export function bylinedThread(blocks: readonly Block[], question: { index: number; text: string }): BoardRecord | null {
  // The question may be read from the asker's post (its first line repeats the title): the thread's posts are all the page's.
  const bylines = blocks.flatMap((b, i) => (isByline(b) ? [i] : []));
  if (bylines.length < 2 || bylines.at(-1)! < question.index) return null;
  const profiles = blocks.flatMap((_, i) => (i > bylines[0]! - 6 && opensProfile(blocks, i) ? [i] : []));
  // The profile stands over the byline (subSilver) or after the post's text (prosilver): one profile a post, all one way.
  const above = profiles.length === bylines.length && profiles.every((p, k) => p < bylines[k]! && (k === 0 || p > bylines[k - 1]!));
  const below = profiles.length === bylines.length && profiles.every((p, k) => p > bylines[k]! && (k + 1 === bylines.length || p < bylines[k + 1]!));
  if (!above && !below) return null;
  const posts: Post[] = bylines.map((at, k) => {
    const profile = profiles[k]!;
    const end = Math.min(above ? (profiles[k + 1] ?? blocks.length) : profile, bylines[k + 1] ?? blocks.length);
    const author = blocks[profile]!.text.trim();
    const rank = blocks[profile + 1]!.text.trim() || null;
    const text: number[] = [];
    const signature: number[] = [];
    let part: 'text' | 'edited' | 'signature' = 'text';
    const box = textBox(blocks, at, end);
    for (let i = at + 1; i < end; i++) {
      const b = blocks[i]!;
      const t = b.text.trim();
      if (b.heading || isRelatedLabel(t)) break;
      if (t === '') continue;
      if (RULE_RE.test(t)) part = 'signature';
      else if (EDITED_RE.test(t)) part = 'edited';
      // Past the text's own box, after an edit note or none: the signature's box where the profile closes the post; else the
      // post has ended (the last one's text before the page's foot).
      else if (part !== 'signature' && box !== null && !contains(box, b.node)) {
        if (above) break;
        part = 'signature';
      }
      if (RULE_RE.test(t) || EDITED_RE.test(t)) continue;
      if (part === 'text') text.push(i);
      else signature.push(i);
    }
    return { byline: at, author, rank, text, signature };
  });
  const marked = (p: Post) => p.signature.length > 0 || (p.rank !== null && (DOCTOR_BADGE_RE.test(p.rank) || DOCTOR_RANK_RE.test(p.rank)));
  const doctors = new Set(posts.filter(marked).map((p) => p.author));
  // The asker's own post is the question's; no poster marked, or several: the thread does not say whose words answer.
  if (doctors.size !== 1 || marked(posts[0]!)) return null;
  const post = posts.find(marked)!;
  if (post.byline < question.index) return null;
  const quoted = quotedLines(blocks, post.text);
  const answerLines = post.text.filter((i) => !quoted.has(i) && !isDisclaimer(blocks[i]!.text));
  if (answerLines.length === 0) return null;
  const parts = post.signature.flatMap((i) => blocks[i]!.text.trim().split(/\s+[|｜]\s+/u)).filter((p) => !CONTACT_RE.test(p));
  const doctor = parseCardParts(parts);
  const doubts: string[] = [];
  // A signature's line the card reads nothing of (a clinic named without a hospital's word): the card may lack a field.
  const unread = parts.filter((p) => Object.values(parseCardParts([p])).every((v) => v === null));
  if (unread.length > 0) doubts.push(`the signature prints a line the card reads nothing of (${unread[0]})`);
  if (post.signature.length === 0) doubts.push('the doctor’s post signs with no card');
  return {
    question: { index: question.index, text: question.text },
    paragraphs: answerLines.map((i) => blocks[i]!.text.trim()),
    answerLines,
    doctor,
    date: bylineDay(blocks[post.byline]!),
    doubts,
  };
}

/**
 * The day a byline prints: subSilver's runs on into the post's subject (`Posted: 9/28/2022 7:36 pm EDT  Post subject: Re: …`),
 * too long a line for a numeric day to be read in the page's order: the part before the subject is read.
 */
function bylineDay(b: Block): string | null {
  const posted = b.text.trim().split(/\s+Post subject:/u)[0]!;
  return findDate(englishMeta(b.node ? withYearLastDatesRead(b.node, posted) : posted));
}

/** A quote's head naming whose post it quotes (`北美小白 wrote:`), the quoted words perhaps run on after it. */
const WROTE_HEAD_RE = /^\S.{0,30}?\s+wrote\s*:/u;

/**
 * The lines of a quote of another post at the head of the text: the head (`北美小白 wrote:`) and the lines its box holds (a
 * `<blockquote>`, subSilver's table of the head over the quoted cell): the nearest element around the head holding more than it.
 */
function quotedLines(blocks: readonly Block[], text: readonly number[]): Set<number> {
  const head = text.find((i) => WROTE_HEAD_RE.test(blocks[i]!.text.trim()));
  if (head === undefined || head !== text[0]) return new Set();
  let el = blocks[head]!.node?.parent ?? null;
  while (el?.parent && text.every((i) => i === head || !contains(el!, blocks[i]!.node))) el = el.parent;
  if (!el || text.every((i) => contains(el!, blocks[i]!.node))) return new Set([head]);
  return new Set(text.filter((i) => contains(el!, blocks[i]!.node)));
}

/** The box of a post's text: the widest element around its first line that holds no byline of the post's. */
function textBox(blocks: readonly Block[], byline: number, end: number): AnyNode | null {
  const first = blocks.findIndex((b, i) => i > byline && i < end && b.text.trim() !== '');
  if (first === -1) return null;
  let el = blocks[first]!.node?.parent ?? null;
  while (el?.parent && el.parent.type === 'tag' && !contains(el.parent, blocks[byline]!.node)) el = el.parent;
  return el;
}

function contains(el: AnyNode, node: AnyNode | null | undefined): boolean {
  for (let n: AnyNode | null | undefined = node; n; n = n.parent) if (n === el) return true;
  return false;
}
