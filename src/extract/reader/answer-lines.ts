/**
 * The lines between the question and the answer zone's end, each given its kind (line-kinds.ts) and then
 * re-marked by what stands around it: a drug label, a schedule, a chat's turns, the asker's words and
 * cells, reviews, a credit where no card is read. What later steps need of it is returned with the kinds.
 */
import { restatesQuestion } from './answer-text.js';
import { markTextedAsker } from '../records/texted-question.js';
import { markAssistantNotes } from '../card/team-reply.js';
import { markQuotedOriginal } from '../words/quoted-original.js';
import { asksInSession } from '../layouts/qa-pairs.js';
import { calledByline, closingSignature, creditSentence, sessionInvite, signedLine, unitCredit, unitNotedAuthor } from '../card/credit-sentence.js';
import { accountCard, readPost, verifiedAccountCard } from '../card/account-post.js';
import { isSignature } from '../card/card-parts.js';
import { separatedSignature } from '../card/separated-signature.js';
import { type FoundCard } from '../card/doctor-card.js';
import { isAskerLabel, isAskerLine, isDisclaimer, PROSE_RE } from '../words/genre.js';
import { isEmergencyNotice } from '../words/emergency-notice.js';
import { inside, lineBox, type Block, type Media } from '../lines/html-lines.js';
import { isTranscriptLabel } from '../dates/media-format.js';
import { inProductCard, isIndication, showsCardFigure } from '../words/product-card.js';
import { estimateByline } from '../words/reading-estimate.js';
import { markQuotedQa } from '../layouts/quoted-qa.js';
import { followUpsAfterStamp, isRelativeStampLine } from '../layouts/follow-up.js';
import { labelledFollowUpRounds } from '../layouts/follow-up-round.js';
import { readMetaLine } from '../dates/page-meta.js';
import { colleagueReviewLines } from '../layouts/colleague-review.js';
import { isAvatarInitials } from '../card/card-rows.js';
import { markAnswerParts } from '../layouts/answer-parts.js';
import { repostedAnswer } from '../layouts/reposted-answer.js';
import { isNicknameComment } from '../layouts/comment-thread.js';
import { labelCells, labelCellsCard } from '../layouts/label-cells.js';
import { isDanmaku } from '../layouts/danmaku.js';
import { chapterListLines } from '../layouts/video-page.js';
import { isActivityLine, isTickerLabel } from '../related/ticker.js';
import { chatSides } from '../records/chat-sides.js';
import { isAutoReply } from '../records/assistant-turns.js';
import { chatRecordAsker } from '../records/chat-record.js';
import { yearRecordStamps, yearSidedChatStamps } from '../records/chat-days.js';
import { isPrescriptionHead, isPrescriptionNotice } from '../records/consult-speakers.js';
import { isAiVerdict } from '../layouts/ai-verdict.js';
import { reviewerCredit } from '../card/reviewer-credit.js';
import { drugLabelLines } from '../layouts/drug-label.js';
import { earlierVersionLines } from '../layouts/earlier-version.js';
import { scheduleLines } from '../card/schedule-table.js';
import { adBoxLines, sideBoxLines } from '../card/side-column.js';
import { ANSWER_LABEL_RE } from '../words/answer-labels.js';
import { SOCIAL_BAR_RE, BAR_DAY_RE, DIVIDER_RE, isEventBoxHead } from '../words/furniture-lines.js';
import { NAMED_TURN_RE, markConversation } from './chat-turns.js';
import { bareChat } from './bare-chat.js';
import { readInfoLines } from './answer-meta.js';
import { cardLinesOnly, inCard, kindOf, type Kind } from './line-kinds.js';
import { readBadges, markBadges, markAskerBox, markAskerWords, markQuotedLetter, markWordsBeforeAnswerer, markReporterLede, markReviews } from './line-marks.js';
import type { Badge } from '../lines/qa-badge.js';


/** What classifyLines read: the kinds, and the parts later steps take their doctor and dates from. */
export type ClassifiedLines = ReturnType<typeof classifyLines>;

/** `at`: the question's line; `end`: where the answer's zone ends; `post`: a doctor's own post, where the page is one (account-post.ts). */
export function classifyLines(blocks: Block[], media: Media[], at: { index: number; text: string; labelled?: boolean }, end: number, card: FoundCard | null, post: ReturnType<typeof readPost>) {
  // A shop's product card among the answer's lines is passed over, as a player is (only where a price is shown); its drug's
  // indication line (`用于…。`) too, however long (product-card.ts).
  const priced = blocks.some((b, i) => i > at.index && i < end && showsCardFigure(b.text));
  const badges = readBadges(blocks, at.index, end);
  const info = readInfoLines(blocks, at.index, end);
  const kinds = blocks.map((b, i) => (i > at.index && i < end ? (priced && (b.chars <= 40 || isIndication(b.text)) && inProductCard(b.node) && !inCard(b, card) ? 'product' : kindOf(b, card?.elements ?? [], card?.doctor.title ?? null, card?.doctor.name ?? null)) : 'text'));
  if (card) cardLinesOnly(blocks, kinds, card, at.index, end);
  // A newsletter's event or members' box after the answer (`活动预告` over a lecture's day, furniture-lines.ts) ends it.
  for (let i = at.index + 1; i < end; i++) if (kinds[i] !== 'end' && kinds[i] !== 'card' && isEventBoxHead(blocks[i]!.text.trim(), blocks[i + 1]?.text)) kinds[i] = 'end';
  // A record's prescription card under the chat (`电子处方` over `处方已开具（仅患者本人可见）`, consult-speakers.ts): the service's, none of the answer.
  for (let i = at.index + 1; i < end; i++) {
    if (!isPrescriptionNotice(blocks[i]!.text)) continue;
    kinds[i] = 'note';
    if (i - 1 > at.index && isPrescriptionHead(blocks[i - 1]!.text)) kinds[i - 1] = 'note';
  }
  // A drug's label excerpted beside the answer (its 【用法用量】… sections) is the maker's text, none of the answer (drug-label.ts).
  const label = drugLabelLines(blocks, at.index + 1, end);
  for (const i of label) kinds[i] = 'product';
  // A revised answer's earlier version folded under its toggle (`查看修改前的回复`): replaced text, none of the answer (earlier-version.ts).
  for (const i of earlierVersionLines(blocks, at.index + 1, end)) kinds[i] = 'note';
  // A reader view's byline over its reading estimate (reading-estimate.ts): the author, none of the answer.
  const viewByline = estimateByline(blocks, at.index);
  if (viewByline && kinds[viewByline.index] === 'text') kinds[viewByline.index] = 'ui';
  // A doctor's week of clinic sessions by the card (schedule-table.ts): the card's furniture, its month-days no date of the answer.
  const schedule = scheduleLines(blocks, at.index + 1, end);
  for (const i of schedule) kinds[i] = 'card';
  // Viewers' 弹幕 over a video's player and in their list (danmaku.ts): none of the answer, their days none of its.
  if (media.some((m) => m.format === 'video')) for (let i = at.index + 1; i < end; i++) if (kinds[i] !== 'card' && isDanmaku(blocks[i]!.node)) kinds[i] = 'note';
  // A video's chapter list (`00:40 …是什么` marks running forward, video-page.ts), over its description or after it: its contents, none of the answer.
  if (media.some((m) => m.format === 'video')) for (const i of chapterListLines(blocks, at.index + 1, end)) if (kinds[i] === 'text') kinds[i] = 'note';
  // A ticker's label beside its <marquee> (滚动公告：), the site's feed of who answered what: furniture (ticker.ts).
  for (let i = at.index + 1; i < end; i++) if ((kinds[i] === 'text' && isTickerLabel(blocks[i]!)) || isActivityLine(blocks[i]!.text, at.text)) kinds[i] = 'nav';
  // An avatar's initials over the name (card-rows.ts): a picture, no text.
  for (let i = at.index + 1; i < end; i++) if (blocks[i]!.chars <= 2 && isAvatarInitials(blocks[i]!.text, blocks[i + 1]?.text)) kinds[i] = 'card';
  // A recording's transcript under its label (`文字版`, `语音转文字`) after the player: the answer. The lines right under
  // the question, above the player and any card, are the asker's (a paid Q&A's 问题描述), none of the answer.
  const transcriptAt = blocks.findIndex((b, i) => i > at.index + 1 && i < end && isTranscriptLabel(b.text));
  const playerAt = transcriptAt === -1 ? -1 : kinds.findIndex((k, i) => i > at.index && i < transcriptAt && k === 'player');
  for (let i = at.index + 1; i < playerAt && kinds[i] !== 'card'; i++) if (kinds[i] === 'text') kinds[i] = 'asker';
  // The post's bar of buttons with its comment count (`转发 218 评论 85 赞 525`) over a commenter's words (`昵称：…`, comment-thread.ts):
  // the post has ended, the readers' comments follow.
  for (let i = at.index + 2; i < end; i++) {
    if (kinds[i] !== 'ui' || !/评论/u.test(blocks[i]!.text) || !SOCIAL_BAR_RE.test(blocks[i]!.text.replace(BAR_DAY_RE, ''))) continue;
    const next = kinds.findIndex((k, j) => j > i && j < end && k === 'text');
    if (next !== -1 && isNicknameComment(blocks[next]!.text) && kinds.slice(at.index + 1, i).includes('text')) kinds[i] = 'end';
    break;
  }
  // The platform's automatic reply in the doctor's name (`[自动回复]您好…`, assistant-turns.ts): the service's, none of the answer.
  for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'text' && isAutoReply(blocks[i]!.text)) kinds[i] = 'note';
  const chat = markConversation(blocks, kinds, at.index, end, card?.doctor.name ?? null);
  // A chat of bubbles beside their speakers' pictures: the asker's bubbles theirs, the answerer's courtesies none of the answer (chat-sides.ts).
  const sides = chatSides(blocks, at.index, end, at.text);
  for (const i of sides?.asker ?? []) if (kinds[i] === 'text') kinds[i] = 'asker';
  for (const i of sides?.courtesies ?? []) if (kinds[i] === 'text') kinds[i] = 'note';
  // A chat whose service announced the answerer, or whose pictures' alt names the asker (`alt="患者"`): a later round (追问, 追答)
  // ends the answer, the separators above it date the asking.
  if (sides?.round != null) kinds[sides.round] = 'end';
  chat.notAnswerDates.push(...(sides?.notAnswerDates ?? []));
  // Its time alone over the answer is read on the day of the separator above it.
  if (sides?.timeOnDay) blocks[sides.timeOnDay.line] = { ...blocks[sides.timeOnDay.line]!, text: `${sides.timeOnDay.day} ${blocks[sides.timeOnDay.line]!.text.trim()}` };
  // A chat of bare bubbles parted by its time separators, opening with the question typed again (bare-chat.ts): that bubble is
  // the asker's, the separators above the answer's own date the asking, a later one over a bubble asking again opens a round.
  const bare = sides === null && !kinds.some((k, i) => i > at.index && i < end && (k === 'speaker' || k === 'asker')) ? bareChat(blocks, kinds, at.index, at.text, end) : null;
  if (bare) {
    kinds[bare.opening] = 'asker';
    for (const i of bare.service) kinds[i] = 'note';
    for (const i of bare.separators) if (kinds[i] === 'text') kinds[i] = 'meta';
    if (bare.round !== null) kinds[bare.round] = 'end';
    chat.notAnswerDates.push(...bare.asking);
  }
  // A record's chat opening with the asker's message under its stamp: the rest of that message and their thanks are theirs (chat-record.ts).
  const record = chatRecordAsker(blocks, at.index, end);
  for (const i of record?.asker ?? []) if (kinds[i] === 'text') kinds[i] = 'asker';
  // Its messages' stamps that print no year are of the year its header prints in full (chat-days.ts).
  if (record) yearRecordStamps(blocks, kinds, record.stamp, end);
  // (Those left without a year, where no header day opens the chat, date the answer by month and day only: genre-reader.ts.)
  const unyearedStamps = !record && sides?.retyped ? yearSidedChatStamps(blocks, kinds, at.index, end) : [];
  // A texted consultation's messages from the asker, under their masked numbers (texted-question.ts).
  const texted = markTextedAsker(blocks.map((b) => b.text), kinds, at.index + 1, end);
  markBadges(blocks, kinds, badges, at.index, at.text);
  // An earlier Q&A quoted at the answer's head is none of it, its day none of the answer's (quoted-qa.ts).
  markQuotedQa(blocks, kinds, badges, at.index + 1, end);
  // So is the original a reply quotes, as mail and BBSes quote it (quoted-original.ts).
  markQuotedOriginal(blocks, kinds, at.index + 1, end);
  // The question printed again under its label below the heading (`本期问题：…` in a video's 简介, retitled-question.ts): the
  // question's line, none of the answer.
  for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'text' && restatesQuestion(blocks[i]!.text, at.text)) kinds[i] = 'asker';
  if (at.labelled && isAskerLine(blocks[at.index]!.text)) markAskerBox(blocks, kinds, at.index, end);
  markAskerWords(blocks, kinds, at.index, end);
  markWordsBeforeAnswerer(blocks, kinds, at.index, end);
  markQuotedLetter(blocks, kinds, at.index, end);
  markReporterLede(blocks, kinds, at.index, end);
  // A table's label cells (label-cells.ts): the asker's (咨询内容, 问题<br>描述) label the asker's words beside them;
  // an answer's label drawn over two lines (专家<br>解答) is one label.
  const cells = labelCells(blocks, at.index + 1, end);
  for (const cell of cells) {
    if (isAskerLabel(cell.text)) {
      for (const i of cell.lines) kinds[i] = 'label';
      // A hospital the asker names (已就诊医院：…) is theirs, no line of the card.
      for (const i of cell.values) if (kinds[i] === 'text' || (kinds[i] === 'card' && !inCard(blocks[i]!, card))) kinds[i] = 'asker';
    } else if (cell.lines.length > 1 && ANSWER_LABEL_RE.test(cell.text)) for (const i of cell.lines) kinds[i] = 'label';
  }
  // A record's card in label and value cells (回复医生 / 职称 / 所在医院 / 所属科室): the card's lines, its doctor where no card is found.
  const cellCard = labelCellsCard(cells, blocks);
  for (const i of cellCard.lines) if (kinds[i] === 'text') kinds[i] = 'card';
  markReviews(blocks, kinds, at.index, end);
  doctorsEmergencyLines(blocks, kinds, at.index, end);
  doctorsTipLines(blocks, kinds, at.index, end);
  doctorsOwnPairs(blocks, kinds, badges, at.index, end);
  markAssistantNotes(blocks, kinds, at.index, end);
  // A doctor's verdict badge on an AI's reply (`AI回复基本准确`) over their own words: none of them (ai-verdict.ts).
  for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'text' && isAiVerdict(blocks[i]!.text)) kinds[i] = 'note';
  // An answer given in parts (补充回答 and its time): one answer, dated by its first part (answer-parts.ts).
  markAnswerParts(blocks, kinds, at.index + 1, end);
  // A member's answer pasting a doctor's, credited under it (reposted-answer.ts): the byline ends nothing, the opener is the
  // re-poster's, the lines above the byline the asker's.
  const repost = card ? repostedAnswer(blocks, at.index + 1, end, (i) => kinds[i] === 'card' && inCard(blocks[i]!, card), (i) => kinds[i] === 'text') : null;
  if (repost) {
    kinds[repost.byline] = 'ui';
    if (repost.opener !== null) kinds[repost.opener] = 'label';
    for (let i = at.index + 1; i < repost.byline; i++) if (kinds[i] === 'text') kinds[i] = 'asker';
    for (const i of repost.stamps) kinds[i] = 'note';
  }
  // The asker's follow-up asked after the answer's stamp (患者追问：…吗？ under 回答时间：…) ends the answer, as its head alone does (follow-up.ts).
  for (const i of followUpsAfterStamp(blocks, at.index, end, (i) => kinds[i] === 'meta' || (kinds[i] === 'ui' && isRelativeStampLine(blocks[i]!.text)), (i) => kinds[i] === 'text')) kinds[i] = 'end';
  // A side box after the question (an <aside>, a box headed 热门视频 / 推荐阅读 / 健康科普 over captions or titles): the site's,
  // none of the answer; standing after the answer's text, it ends it (side-column.ts).
  for (const i of sideBoxLines(blocks, at.index, end, card?.elements ?? [])) kinds[i] = 'end';
  // An ad's slot headed by its mark alone (`广告` over an offer or a player, side-column.ts): the ad's, none of the answer, no end of it.
  for (const i of adBoxLines(blocks, at.index, end)) if (kinds[i] !== 'card') kinds[i] = 'note';
  // The next two end the answer only after it has begun: its first text line is the answer's, whatever it is labelled
  // (a `追问：` or `点评：` heading the text cannot be a round or a review under it).
  const begun = kinds.findIndex((k, i) => i > at.index && i < end && k === 'text');
  // A round labelled on both sides inside the answer's box (`追问：…？` over `回答：…`, its own stamp): none of the answer, nor its day (follow-up-round.ts).
  // Where the answer's own stamp labelled as the answer's stands above its text, the round's stamp after it, labelled alike, is the round's.
  const answerDated = begun !== -1 && blocks.slice(at.index + 1, begun).some((b, k) => kinds[at.index + 1 + k] === 'meta' && readMetaLine(b.text).dates.some((d) => d.kind === 'answered'));
  if (begun !== -1) for (const i of labelledFollowUpRounds(blocks, begun, end, (i) => kinds[i] === 'text', (i) => kinds[i] === 'meta', (i) => badges.get(i)?.side === 'answer', answerDated)) kinds[i] = 'note';
  // A colleague's review under the answer (`钱慧刚 主治医师 点评：…`): someone else's words and day (colleague-review.ts).
  const reviews = begun === -1 ? null : colleagueReviewLines(blocks, begun, end, (i) => kinds[i] === 'text');
  for (const i of reviews?.lines ?? []) kinds[i] = 'note';
  // A divider with the answer's text right after it divides the answer, and ends nothing.
  for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'end' && DIVIDER_RE.test(blocks[i]!.text) && kinds[i + 1] === 'text') kinds[i] = 'ui';
  // A card printed as a signature (`（解答专家：…）`) signs the text before it: the answer is there, not after it.
  const signed = card !== null && blocks.some((b, i) => i > at.index && i < end && kinds[i] === 'card' && inside(b.node, card!.element) && isSignature(b.text));
  // The card's doctor named alone over the answer (`王明：`, a transcript's speaker): who speaks, none of what is said.
  const speaks = (speaker: string | null | undefined) => {
    if (speaker) for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'text' && /[:：]\s*$/u.test(blocks[i]!.text) && blocks[i]!.text.replace(NAMED_TURN_RE, '').trim() === speaker) kinds[i] = 'label';
  };
  speaks(card?.doctor.name);
  // No card: a line introducing who answers (`本期由我院眼科医师邹宏勇为大家解答`) is one, none of the answer (credit-sentence.ts).
  // Or, on a doctor's own account page, the account's name and its verification line (account-post.ts).
  // Or, where no other doctor is named, the reviewer who put their name to the text (reviewer-credit.ts).
  const reviewer = card === null ? reviewerCredit(blocks, at.index + 1, end) : null;
  const credited = card === null ? (creditSentence(blocks, at.index + 1, end) ?? (asksInSession(blocks, at.index) ? sessionInvite(blocks, at.index) : null) ?? (post && accountCard(blocks, post)) ?? unitCredit(blocks, at.index + 1, end) ?? closingSignature(blocks, at.index + 1, end) ?? calledByline(blocks, at.index + 1, end) ?? unitNotedAuthor(blocks, at.index + 1, end) ?? signedLine(blocks, at.index + 1, end) ?? separatedSignature(blocks, at.index + 1, end) ?? reviewer) : null;
  if (credited) kinds[credited.line] = 'card';
  // So is the doctor a credit names (`今次邀請了王明醫生（…）解答。` over `王明醫生：`).
  if (credited) speaks(credited.doctor.name);
  if (credited && 'unitLine' in credited && typeof credited.unitLine === 'number') kinds[credited.unitLine] = 'card';
  // A forum doctor's signature set apart under the post (separated-signature.ts): every line of it the card's.
  if (credited && 'lines' in credited && Array.isArray(credited.lines)) for (const line of credited.lines as number[]) kinds[line] = 'card';
  // Or a note's account: its nickname and verification line by the question, none of the answer (account-post.ts).
  const account = card === null && !credited ? verifiedAccountCard(blocks, at.index) : null;
  if (account) for (const line of account.lines) kinds[line] = 'card';
  return { info, kinds, label, viewByline, schedule, chat, unyearedStamps, texted, cellCard, signed, credited, account, record, reviewer, repost, unsureReviews: reviews?.unsure ?? [] };
}

/** A question and its answer written on one line (`问：哪些人不能用？答：有…的人不适合。`), the answer's own words after its 答. */
const PAIR_ON_ONE_LINE_RE = /^\s*(?:问|問|Q)\s*[:：][^:：]{2,60}?[？?]\s*(?:答|A)\s*[:：]\s*\S.{5,}$/u;
/**
 * A question and its answer on one line in the doctor's text, its prose before and after it in the same box (a common question
 * the doctor poses and answers mid-answer): the doctor's words, no asker's line, whatever its 问 label says.
 */
function doctorsOwnPairs(blocks: Block[], kinds: Kind[], badges: ReadonlyMap<number, Badge>, from: number, end: number): void {
  const prose = (j: number) => kinds[j] === 'text' && PROSE_RE.test(blocks[j]!.text);
  for (let i = from + 2; i < end - 1; i++) {
    // (Its 问 badge read off the line: the line as printed, qa-badge.ts.)
    const printed = badges.get(i)?.line ?? blocks[i]!.text;
    if (kinds[i] !== 'asker' || !PAIR_ON_ONE_LINE_RE.test(printed)) continue;
    const box = lineBox(blocks[i]!.node);
    if (!prose(i - 1) || !prose(i + 1) || lineBox(blocks[i - 1]!.node) !== box || lineBox(blocks[i + 1]!.node) !== box) continue;
    kinds[i] = 'text';
    blocks[i] = { ...blocks[i]!, text: printed };
  }
}
/** A tip's label opening a line (`温馨提示：`, `【特别提示】`), as a site's disclaimer opens with it too. */
const TIP_LABEL_RE = /^\s*(?:[【\[]\s*(?:(?:温馨|特别)?提示|(?:温馨|特别)提醒)\s*[】\]]\s*[:：]?|(?:(?:温馨|特别)?提示|(?:温馨|特别)提醒)\s*[:：])\s*/u;
/**
 * A tip under its label amid the doctor's text (`温馨提示：蒙脱石散用50ml温水冲开…`), the answer's prose before and after it in
 * the same box: the doctor's advice, no site's disclaimer ending the answer, where its words are no disclaimer's (`仅供参考`,
 * `处方药凭处方购买`: those stay the site's).
 */
function doctorsTipLines(blocks: Block[], kinds: Kind[], from: number, end: number): void {
  const prose = (j: number) => kinds[j] === 'text' && PROSE_RE.test(blocks[j]!.text);
  for (let i = from + 2; i < end - 1; i++) {
    if (kinds[i] !== 'disclaimer') continue;
    const label = blocks[i]!.text.match(TIP_LABEL_RE);
    const rest = label ? blocks[i]!.text.slice(label[0].length) : '';
    if (!label || !PROSE_RE.test(rest) || isDisclaimer(rest)) continue;
    const box = lineBox(blocks[i]!.node);
    if (prose(i - 1) && prose(i + 1) && lineBox(blocks[i - 1]!.node) === box && lineBox(blocks[i + 1]!.node) === box) kinds[i] = 'text';
  }
}
/**
 * An emergency notice's words with the answer's prose going on after it in the notice's own box (`若有緊急狀況，請立即撥打119。`
 * over `平時注意保暖，適度運動。`): the doctor's advice among theirs, no site's notice closing the answer (emergency-notice.ts).
 * The paper's standing notice stands after the answer, in a box of its own or over the page's furniture.
 */
function doctorsEmergencyLines(blocks: Block[], kinds: Kind[], from: number, end: number): void {
  for (let i = from + 1; i < end; i++) {
    if (kinds[i] !== 'disclaimer' || !isEmergencyNotice(blocks[i]!.text.trim())) continue;
    let next = i + 1;
    while (next < end && (kinds[next] === 'ui' || kinds[next] === 'note')) next++;
    if (next < end && kinds[next] === 'text' && PROSE_RE.test(blocks[next]!.text) && lineBox(blocks[next]!.node) === lineBox(blocks[i]!.node)) kinds[i] = 'text';
  }
}
