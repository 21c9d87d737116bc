import { readMetaLine } from '../dates/page-meta.js';

/**
 * A text-message consultation's record shows the asker's message under its sender's stamp: the
 * number it came from, masked (`用户 138****5678 发送于 2022-04-29 20:57`, `来自 139****0011`, a store's `会员139****5129`). A
 * masked number is an asker's, never the doctor's: the stamp and the message under it (up to the
 * next line of another kind: the reply's label or its own stamp) are the asker's words, none of the
 * answer, and the stamp's day is the day asked, not the answer's.
 */

/** Who sent it, the masked number, and how the stamp says it was sent; its time after it. */
const SENDER_RE = /^(?:(?:手机)?用户|会员|手机号?(?:码)?|号码|来自|发送人|发信人|来信)?\s*[:：]?\s*(?:\+?86[\s-]?)?1[3-9]\d[*＊xX×]{4}\d{4}\s*(?:[（(][^）)]{1,8}[）)])?\s*(?:于|发送于|发送时间\s*[:：]?|发来|发送|来信)?\s*/u;

/** Whether a line is a texted message's sender stamp (a masked number, then only its time). */
export function isSenderStamp(text: string): boolean {
  if (text.length > 60) return false;
  const m = SENDER_RE.exec(text.trim());
  if (!m) return false;
  const rest = text.trim().slice(m[0].length);
  return rest === '' || readMetaLine(rest).metaOnly;
}

/**
 * Marks the asker's texted messages between `from` and `to` (each stamp and the lines of text under
 * it) as the asker's; returns the stamps' lines, whose days date the question, not the answer.
 */
export function markTextedAsker(texts: readonly string[], kinds: string[], from: number, to: number): number[] {
  const stamps: number[] = [];
  for (let i = from; i < to; i++) {
    if (!isSenderStamp(texts[i]!)) continue;
    stamps.push(i);
    kinds[i] = 'asker';
    for (let j = i + 1; j < to && kinds[j] === 'text'; j++) kinds[j] = 'asker';
  }
  return stamps;
}
