/**
 * A reply quoting the message it answers, as mail clients and BBSes write it: a head saying what follows
 * is the original (`—— 原始消息 ——`, `-----Original Message-----`, `在 2023年1月5日，您写道：`,
 * `On Fri, May 5, 2023, Li wrote:`, a telnet BBS's `【 在 id (nick) 的大作中提到: 】`, 批踢踢's `※ 引述《id (nick)》之銘言：`), then the original,
 * either as lines marked `: ` or `> ` (a BBS's, a plain-text mail's) or unmarked to the message's end (a
 * mail client's original under the reply, with its own 发件人 / 发送时间 / 主题). None of it is the
 * reply, and its days date nothing.
 */

/** A mail client's divider over the original (`------------------ 原始邮件 ------------------`). */
const ORIGINAL_DIVIDER_RE = /^[-—–―_=\s]*(?:原始(?:消息|邮件|信件|信息)|Original\s+Message|Forwarded\s+message)[-—–―_=\s]*$/iu;
/** `在 …，您写道：`, `王芳 于 2023-05-05 写道：`, `On …, someone wrote:`. */
const WROTE_RE = /^(?:在\s*.{1,40}?[，,]?\s*\S{0,16}\s*写道\s*[:：]|.{1,24}\s*于\s*.{1,40}?写道\s*[:：]|On\s.{1,100}\swrote\s*:)$/iu;
/** A BBS's head over the quoted post (`【 在 id (nick) 的大作中提到: 】`, `【 在 id 的来信中提到: 】`); a quoted line may follow it on its line. */
const BBS_QUOTE_HEAD_RE = /^【\s*在\s*\S{1,40}(?:\s*[(（][^)）]{0,40}[)）])?\s*的(?:大作|来信|文章|帖子)中提到\s*[:：]?\s*】/u;
/** A web forum's text view's head over a quoted post (`【引用 nick 的帖子】`, `【引用 nick 的发言】`), its lines marked `> ` under it. */
const FORUM_BRACKET_QUOTE_RE = /^【\s*引用\s*\S{1,20}\s*的(?:帖子|发言|回复|留言)\s*[:：]?\s*】$/u;
/** 批踢踢's head over the quoted post (`※ 引述《id (nick)》之銘言：`), traditional or folded. */
const PTT_QUOTE_HEAD_RE = /^※\s*引述\s*《[^》]{1,60}》\s*之[銘铭]言\s*[:：]?$/u;
/** A line of the quoted original, marked by the client (`: …`, `> …`); a lone mark too (an empty quoted line). */
const QUOTED_LINE_RE = /^[:>＞](?:\s|$)/u;

export const isQuotedLine = (line: string) => QUOTED_LINE_RE.test(line.trim());

/**
 * A web forum's quote of an earlier post at the head of a reply, the quoted words run on after it (`引用 momo妈咪 于 2023-5-4
 * 10:31 发表的：…`, Discuz's `原帖由 name 于 2023-5-4 10:31 发表`): the quoted poster's, none of the reply. 发表 closes the head
 * (a colon, a space or the line's end after it), unlike a doctor's sentence citing a paper (`引用…于2020年1月1日发表的共识，…`).
 */
const FORUM_QUOTE_RE = /^(?:引用\s*[:：]?\s*(?:原帖由\s*)?|原帖由\s*)\S.{0,23}?\s*于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*发表(?:的)?(?=\s|[:：]|$)/u;
export const isForumQuote = (line: string) => FORUM_QUOTE_RE.test(line.trim());

/** How a head quotes: `marked` where the original's lines carry a mark, `below` where the rest of the message is the original. */
export function quoteHead(line: string): 'marked' | 'below' | null {
  const text = line.trim();
  if (BBS_QUOTE_HEAD_RE.test(text) || PTT_QUOTE_HEAD_RE.test(text) || FORUM_BRACKET_QUOTE_RE.test(text)) return 'marked';
  if (text.length > 120) return null;
  return ORIGINAL_DIVIDER_RE.test(text) || WROTE_RE.test(text) ? 'below' : null;
}

/**
 * Marks the quoted originals among a page's lines `[from, end)` as notes, none of the answer: a head and the marked
 * lines after it; under a head over an unmarked original, the rest of the lines of text.
 */
export function markQuotedOriginal(blocks: readonly { text: string }[], kinds: string[], from: number, end: number): void {
  for (let i = from; i < end; i++) {
    if (isForumQuote(blocks[i]!.text)) {
      kinds[i] = 'note';
      continue;
    }
    const head = quoteHead(blocks[i]!.text);
    if (!head) continue;
    kinds[i] = 'note';
    let j = i + 1;
    for (; j < end && isQuotedLine(blocks[j]!.text); j++) kinds[j] = 'note';
    if (head === 'below' && j === i + 1) for (; j < end; j++) if (kinds[j] === 'text') kinds[j] = 'note';
    i = j - 1;
  }
}
