import { asksQuestion, isAskerLine, isCardLine, isRelatedLabel, labelledQuestion } from '../words/genre.js';
import { isSenderStamp } from './texted-question.js';
import type { Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { rowCells } from './row-cells.js';
import { isDayStamp } from './chat-record.js';
import { isChatSeparator } from './chat-days.js';
import { PROSE_RE } from '../words/genre.js';
import { comparable } from '../../core/text.js';
import { isCacheBanner } from '../words/furniture-lines.js';

/**
 * An app's consultation page (an insurer's or an internet hospital's 问诊详情 in a webview): its
 * `<title>`, and the nav bar that repeats it, name the kind of page, not its question. The
 * question is the consult's title line: the line after a label of its own (`咨询问题`) or with it
 * (`问诊标题：…`), or the line the service's label follows (`图文问诊`, `语音问诊`, `视频问诊`: the
 * consultation's format, read as the answer's meta), or a heading; else the last line before the asker's (`患者：…`,
 * `病情描述：…`) that is no labelled field. All of them stand before the first line of prose.
 */

/**
 * A title that names a kind of page: a consultation's (a 药师咨询记录 too), a question's or an order's details, the
 * service's name (在线咨询, a health app's 健康咨询), a consult's order (问诊订单) or the report an
 * internet hospital issues for it (在线问诊报告, 互联网诊疗问诊报告, 问诊报告单) or the summary the doctor signs (问诊小结), a
 * report-reading service's (报告解读, an app's name and 解读: 小康解读);
 * the doctor's name before it too (`王明医生的咨询记录`).
 */
const PAGE_KIND_TITLE_RE =
  /^(?:\p{Script=Han}{2,4}(?:医生|医师|大夫|药师)的)?(?:(?:在线|图文|视频|语音|电话|短信|医生|药师|专家|用药)?(?:问诊|咨询|问题|问答|订单|服务|会话)(?:详情|记录|详细|内容|信息)(?:页)?|(?:\p{Script=Han}{2}|体检报告|检验报告)解读(?:详情|记录)?|(?:在线|网上|图文|视频|语音|电话|短信|健康)(?:问诊|咨询)|(?:在线|图文|视频|语音|电话|互联网诊疗|互联网)?(?:问诊|咨询|诊疗)(?:订单|报告单?|小结|总结))$/u;
/** The label of the question on a line of its own (`咨询问题`, an app's `我的问题` / `咨询内容` over the asker's text, a report's `主诉`). */
const QUESTION_LABEL_LINE_RE = /^(?:(?:咨询|问诊|提问)?(?:问题|标题|主题)|(?:我|您)的(?:问题|提问|咨询)|(?:咨询|提问|问诊)内容|主诉)\s*[:：]?$/u;
/** A consultation's service: the format it was held in. */
const SERVICE_LABEL_RE = /^(?:图文|语音|电话|视频)(?:问诊|咨询)$/u;
export const isServiceLabel = (text: string) => SERVICE_LABEL_RE.test(text.trim());
/** The name of the field a service label is the value of (an order's `服务类型`, a report's `问诊方式`): no title line. */
const SERVICE_FIELD_RE = /^\p{Script=Han}{0,4}(?:类型|方式|形式|项目)$/u;
export const isServiceField = (text: string) => SERVICE_FIELD_RE.test(text.trim());
/** A labelled field (`患者：…`, `订单编号：…`) or a status with its time (`问诊已结束 …`). */
const FIELD_RE = /^[\p{Script=Han}]{1,6}\s*[:：]|^\S{2,8}(?:已结束|已完成|进行中)/u;
/**
 * A consultation's closing notice (`本次咨询已结束`, `问诊已结束，感谢您的信任`): the service's, after
 * the doctor's last reply, none of it.
 */
const CLOSED_RE = /^(?:本次|该|此|这次)?(?:在线|图文|语音|电话|视频)?(?:问诊|咨询|会话|对话|服务)(?:已经?|已被)(?:结束|完成|关闭|终止)(?:[，,。！!~～]\s*[^，,。！!]{0,20}[。！!~～]?)?$/u;
export const isConsultClosed = (text: string) => CLOSED_RE.test(text.trim());
/**
 * A chat's notice that who answers has joined it (`药师王明已接入，为您服务`, `医生已接诊`): the service's, naming
 * them by their role, no card.
 */
const JOINED_RE = /^(?:(?:医生|医师|药师|专家|大夫)\s*\p{Script=Han}{0,4}|\p{Script=Han}{2,4}(?:医生|医师|药师))\s*(?:已经?)(?:接入|接诊|进入(?:会话|问诊|咨询)?|加入(?:会话|问诊|咨询))(?:[，,。！!]\s*[^，,。！!]{0,12}[。！!]?)?$/u;
export const isConsultJoined = (text: string) => text.length <= 40 && JOINED_RE.test(text.trim());
/** The name a joined notice gives (`药师王明已接入` → 王明, `王明医生已接诊` → 王明), or null where it names the role alone. */
export function joinedName(text: string): string | null {
  if (!isConsultJoined(text)) return null;
  const m = text.trim().match(/^(?:(?:医生|医师|药师|专家|大夫)\s*(\p{Script=Han}{2,4}?)|(\p{Script=Han}{2,4}?)(?:医生|医师|药师))\s*已/u);
  return m?.[1] ?? m?.[2] ?? null;
}

/** How far above the asker's lines the title line may stand. */
const TITLE_LINES = 3;
/** Longer lines are prose (the description, the answer): the title line stands before the first. */
const TITLE_MAX_CHARS = 60;

export const namesPageKind = (title: string) => PAGE_KIND_TITLE_RE.test(title.replace(/\s+/gu, ''));
/** Whether a title names a kind of page, alone or before what the page is about (`订单详情 - 心慌怎么办`). */
export const titleNamesPageKind = (title: string) => namesPageKind(title) || namesPageKind(title.split(/\s*[-_|–—]\s*/u)[0] ?? '');

/** The consult's title line, where the `<title>` names the kind of page; null where it does not, or no such line stands. */
export function consultTitle(blocks: readonly Block[], title: string): { index: number; confirmed: boolean; text: string; labelled?: boolean } | null {
  if (!titleNamesPageKind(title)) return null;
  // (A search engine's banner over its cached copy stands above the page, no prose of it.)
  const prose = blocks.findIndex((b) => (isAskerLine(b.text) || b.chars > TITLE_MAX_CHARS) && !isCacheBanner(b.text));
  const asker = prose === -1 ? blocks.length : prose;
  const usable = (b: Block | undefined) =>
    b !== undefined && b.chars >= 4 && b.chars <= TITLE_MAX_CHARS && b.linkChars === 0 && !namesPageKind(b.text) && !FIELD_RE.test(b.text) && !SERVICE_LABEL_RE.test(b.text);
  for (let i = 0; i < asker; i++) {
    const b = blocks[i]!;
    if (QUESTION_LABEL_LINE_RE.test(b.text.trim()) && usable(blocks[i + 1])) return { index: i + 1, confirmed: true, text: blocks[i + 1]!.text.trim() };
    // The label and the question on one line (`咨询主题：…`).
    const asked = b.chars <= TITLE_MAX_CHARS + 8 ? labelledQuestion(b.text.trim()) : null;
    if (asked !== null && usable({ ...b, text: asked, chars: [...asked].length })) return { index: i, confirmed: true, text: asked, labelled: true };
    // The label and the question in two cells of one row, no colon between (`<span>咨询问题</span><span>…</span>`, row-cells.ts).
    const cells = rowCells(b, (label) => QUESTION_LABEL_LINE_RE.test(label));
    if (cells && usable({ ...b, text: cells.value, chars: [...cells.value].length })) return { index: i, confirmed: true, text: cells.value, labelled: true };
    // Not where the label closes the doctor's card (its hospital's line above it: the service the card offers).
    if (SERVICE_LABEL_RE.test(b.text.trim()) && usable(blocks[i - 1]) && !SERVICE_FIELD_RE.test(blocks[i - 1]!.text.trim()) && !isCardLine(blocks[i - 1]!.text)) return { index: i - 1, confirmed: true, text: blocks[i - 1]!.text.trim() };
  }
  // A texted consultation's message from the asker, under its sender's stamp (texted-question.ts), sure where it asks.
  const texted = blocks.findIndex((b, i) => i > 0 && i < asker && isSenderStamp(blocks[i - 1]!.text) && usable(b));
  if (texted !== -1) return { index: texted, confirmed: asksQuestion(blocks[texted]!.text), text: blocks[texted]!.text.trim() };
  // The line right under a heading that repeats the kind of page (`药师咨询记录` over the consult's summary), where it asks.
  // Where no summary stands there, the chat under it opens with its day stamp and the notice that who answers has joined:
  // the asker's first message after them asks the question.
  // A record with no such heading opens its chat with the day stamp, after the doctor's card (a consultation record's page).
  const kindHead = blocks.findIndex((b, i) => i < asker && b.heading && namesPageKind(b.text));
  // (A chat saved as it showed may open with a separator naming no day of its own: `星期二 20:44`, `07-08 11:42`.)
  let opening = kindHead === -1 ? blocks.findIndex((b, i) => i < asker && isDayStamp(b.text)) : -1;
  if (kindHead === -1 && opening === -1) opening = blocks.findIndex((b, i) => i < asker && isChatSeparator(b.text));
  const head = kindHead === -1 ? opening : kindHead;
  let first = head + 1;
  while (head !== -1 && first < asker && first <= head + 2 && (isConsultJoined(blocks[first]!.text) || readMetaLine(blocks[first]!.text).metaOnly)) first++;
  // The asker's attachments before their first message (an uploaded report's card, `[图片]`): none of the question.
  if (head !== -1) first = afterAttachments(blocks, first, asker);
  const under = head === -1 ? undefined : blocks[first];
  // A heading of its own (the question as the page's <h1>); a related list's label is none.
  const heading = blocks.findIndex((b, i) => i < asker && b.heading && usable(b) && !isRelatedLabel(b.text));
  // The chat's first message typing the heading again with the asker's description (`{question} 最近一直这样…`): the heading asks.
  const retyped = under !== undefined && heading !== -1 && heading < head && opensWithLine(under.text, blocks[heading]!.text);
  if (under && first < asker && usable(under) && asksQuestion(under.text) && !retyped) return { index: first, confirmed: true, text: under.text.trim() };
  if (heading !== -1) return { index: heading, confirmed: true, text: blocks[heading]!.text.trim() };
  if (prose === -1 || !isAskerLine(blocks[asker]!.text)) return null;
  for (let i = asker - 1; i >= 0 && i >= asker - TITLE_LINES; i--) {
    const b = blocks[i]!;
    if (usable(b)) return { index: i, confirmed: asksQuestion(b.text), text: b.text.trim() };
    if (!FIELD_RE.test(b.text)) break;
  }
  // No title line: the asker's description asks the question itself, short, under its label (`病情描述：胃食管反流需要注意什么？`).
  const described = blocks[asker]!.text.trim().match(DESCRIPTION_RE)?.[1]?.trim() ?? '';
  if ([...described].length >= 4 && [...described].length <= TITLE_MAX_CHARS && asksQuestion(described)) return { index: asker, confirmed: true, text: described, labelled: true };
  return null;
}

/** The asker's description under its label, the label none of it. */
const DESCRIPTION_RE = /^(?:病情|问题|咨询|提问)(?:描述|内容)\s*[:：]\s*(\S.*)$/u;

/** Whether `text` opens with `line`'s words, whitespace aside, and goes on after them. */
function opensWithLine(text: string, line: string): boolean {
  const [t, l] = [comparable(text), comparable(line)];
  return l.length >= 4 && t.length > l.length && t.startsWith(l);
}

/**
 * An attachment a chat shows as a message: an uploaded report's card (`已上传报告` over the report's title, its 体检机构 and
 * 报告日期) or a picture's placeholder (`[图片] [图片]`).
 */
const UPLOAD_HEAD_RE = /^(?:已上传|上传了?|发送了?)(?:\p{Script=Han}{0,4})(?:报告|报告单|检查单|化验单|病历|图片|资料|文件)$/u;
const PLACEHOLDER_RE = /^(?:\s*[[［【](?:图片|照片|报告|文件|语音|视频)[\]］】]\s*)+$/u;
/** How many lines an uploaded report's card shows under its head. */
const UPLOAD_CARD_LINES = 4;
/** The first line from `from` (before `to`) past the asker's attachments: the card of an uploaded report, pictures' placeholders. */
export function afterAttachments(blocks: readonly Block[], from: number, to: number): number {
  let i = from;
  for (;;) {
    const text = blocks[i]?.text.trim() ?? '';
    if (i >= to) return i;
    if (PLACEHOLDER_RE.test(text)) i++;
    else if (UPLOAD_HEAD_RE.test(text)) {
      const head = i++;
      // The card's lines: short, no sentence, asking nothing (the report's title, who issued it, its day).
      while (i < to && i <= head + UPLOAD_CARD_LINES && blocks[i]!.chars <= 30 && !PROSE_RE.test(blocks[i]!.text) && !asksQuestion(blocks[i]!.text)) i++;
    } else return i;
  }
}
