/**
 * What each line between the question and the list is (card, label, meta, player, ui, end, text…):
 * the genre reader classifies every line once, and each later step reads the kinds.
 */
import { isAnswersHead } from '../layouts/answer-list.js';
import { isAnswererByline } from '../words/answerer-marks.js';
import { isCitedReportRow, isReportListHead } from '../words/report-rows.js';
import { isWatermark, isSiteMark, isScanNote, isReadCount, isAdLine, isAnswerCredit, isTranslationCredit, isEditorNote, isStaffNote, isAnswerMark, isColumnName, isCreditLine, isLabelledName, isPlayCount, isServiceCredit, isTeamSignature, isTranscriptionNote, isCompiledNote, isRightsNotice, isVolunteerNote, isForwardingNote, isHostThanks, isTalkGreeting } from '../words/answer-extras.js';
import { isReadAloud, isReadAloudBar } from '../words/read-aloud.js';
import { isTypingDone } from '../tree/typing-animation.js';
import { isTeamSignedReply } from '../card/team-reply.js';
import { isNamedAnswerHead } from '../card/marked-card.js';
import { isReadingSwitch } from '../tree/ruby-annotation.js';
import { isConsultClosed, isConsultJoined } from '../records/consult-title.js';
import { isCheckInRow } from '../words/check-in-row.js';
import { isCallToAction } from '../words/call-to-action.js';
import { isPromoLine } from '../words/promo-words.js';
import { isTagLinksRow, isTopicTagsLine, withoutTrailingTopicTags } from '../words/topic-tags.js';
import type { AnyNode, Element } from 'domhandler';
import { isBioLine, isFieldsHeading, isVerifiedBadge } from '../words/card-words.js';
import { isCardFieldsLine, isProsePart, type FoundCard } from '../card/doctor-card.js';
import { selfIntroCard } from '../card/card-sentences.js';
import { isTruncated, withoutCutPrompt } from '../words/answer-preview.js';
import { isOtherDoctorsHead, isAskerLine, isCardLine, isDisclaimer, isEmptyCardField, isSerialField, isOthersAnsweredNotice, isSectionHead, isRelatedLabel, PROSE_RE } from '../words/genre.js';
import { inside, type Block } from '../lines/html-lines.js';
import { readMetaLine } from '../dates/page-meta.js';
import { NAMED_RELATIVE_STAMP_RE, RELATIVE_DATE_RE } from '../dates/relative-date.js';
import { isDayAndFields, isFieldsOnly } from '../dates/info-line.js';
import { isNamedIssueLine } from '../layouts/issue-date.js';
import { englishMeta, isUpdatedByline } from '../dates/english-meta.js';
import { holdsTwoWayDay } from '../dates/year-last-date.js';
import { isAudioBar, isDoctorVoiceBar, isVoiceVersionOffer, replyLabelFormat } from '../dates/media-format.js';
import { isAskerNickStamp, isAskerProfile } from '../layouts/asker-stamp.js';
import { isReadingLabel } from '../related/related-list.js';
import { isPictureCaption } from '../words/figure-caption.js';
import { isAcceptedMark } from '../layouts/accepted-answer.js';
import { isReadingEstimate } from '../words/reading-estimate.js';
import { isPostStamp } from '../dates/post-stamp.js';
import { isSharePrompt, isShareRow } from '../words/share-prompt.js';
import { isTipPrompt } from '../words/tip-prompt.js';
import { yearlessEnglishDay } from '../dates/yearless-day.js';
import { isAppPrompt } from '../words/app-prompt.js';
import { isWallPrompt, isReadMore } from '../words/read-more.js';
import { isAccessTag } from '../words/access-tag.js';
import { isFollowUpHead, isStampedFollowUp } from '../layouts/follow-up.js';
import { isFootnoteMark, isReferencesHead, isReviewCredit } from '../words/references.js';
import { isClosingHotline, isLetterLine } from '../words/reply-form.js';
import { isCardCounters } from '../card/card-rows.js';
import { isSubtitleNote, isTopicsCaption } from '../layouts/video-page.js';
import { isPager } from '../words/pager.js';
import { isVersionSwitch } from '../words/version-switch.js';
import { isMemberByline } from '../layouts/member-answer.js';
import { isFloorNumber } from '../layouts/forum-floors.js';
import { isCommentBoundary } from '../layouts/comment-thread.js';
import { isSignatureLabel } from '../card/signature.js';
import { isClipCredit } from '../layouts/note-clip.js';
import { isSponsorLine } from '../words/sponsor-lines.js';
import { isEpisodeCredit } from '../words/episode-credits.js';
import { isColumnNote, isLetterClosingWish, isLetterSignOff } from '../words/letter-column.js';
import { isNewsLead, isPrintPageLine, isReporterByline, isWriterCredit } from '../words/news-lead.js';
import { isAuthorNote } from '../card/author-note.js';
import { isIntroducedBio, isPracticeSentence, unnamedBioFields } from '../card/card-sentences.js';
import { isAdverseReportHead } from '../layouts/drug-label.js';
import { chineseHalf } from '../../core/bilingual-label.js';
import { headsOtherContent } from '../card/side-column.js';
import { ANSWER_LABEL_RE, ENUMERATED_RE, BRACKETED_LABEL_RE, LABEL_PREFIX_RE, LABEL_SPACED_RE, LABEL_WORD_RE, CARD_HEAD_RE, BLURB_HEAD_RE, SIGNED_LABEL_RE, isNamedSpacedHead } from '../words/answer-labels.js';
import { PLAYER_RE, PLAYER_FALLBACK_RE, LOGIN_TO_ANSWER_RE, VOTE_PROMPT_RE, ENGLISH_VOTE_PROMPT_RE, FULL_TEXT_OFFER_RE, COMMENTS_HEAD_RE, ENGLISH_COMMENTS_HEAD_RE, BARE_ENGLISH_COMMENTS_RE, SUBSCRIBE_PROMPT_RE, UI_RE, SOCIAL_BAR_RE, BAR_DAY_RE, BAR_STAMP_RE, VOTES_RE, END_MARK_RE, DIAGNOSIS_FIELD_RE, TAGS_RE, BYLINE_RE, STAFF_CREDITS_RE, PLATFORM_STATEMENT_RE, PROGRAMME_BLURB_RE, DIVIDER_RE, PAGE_FOOT_RE, EDIT_NOTE_RE, ICON_GLYPHS_RE, COPYRIGHT_RE, SITE_LINKS_ROW_RE, MAILING_FOOT_RE, COLOPHON_RE, SEARCHES_HEAD_RE, SITE_NEWS_HEAD_RE, SWIPE_HINT_RE, ADDRESS_FOOT_RE, isAuthorHandleLine } from '../words/furniture-lines.js';

/** A year-last numeric day (`05/01/2019`, `5.1.2019`), day or month first, opening or closing a line. */
const TWO_WAY_DAY_EDGE_RE = /^\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d)|(?<!\d)\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*$/gu;
/** A line of a two-way day and a label beside it (`05/01/2019 · 醫生信箱`): no digits left, the day at its edge. */
const twoWayDayLine = (text: string): boolean => {
  if (!holdsTwoWayDay(text)) return false;
  const rest = text.replace(TWO_WAY_DAY_EDGE_RE, '');
  return rest !== text && !/\d/u.test(rest);
};
/**
 * A date's label with nothing after its colon (`来信日期：`, `回复时间：`): the label of the day the letter came, the question was
 * asked, the reply or the post went out. Another's time (`服药时间：`, `复查时间：` heading a cell of the doctor's advice) labels text.
 */
const DATE_LABEL_ALONE_RE = /^(?:来信|來信|回信|回复|回覆|答复|答覆|提问|提問|咨询|諮詢|问诊|問診|回答|解答|留言|发布|發布|发表|發表|更新|播出)(?:日期|时间|時間)\s*[:：]$/u;
/** `end`: a line after which nothing is the answer's or its meta (a divider, a related list's label, the page's printed address). */
/** `note`: a note on the post itself (`本帖最后由…于…编辑`), neither the answer nor its meta. */
export type Kind = 'card' | 'product' | 'caption' | 'disclaimer' | 'label' | 'meta' | 'player' | 'asker' | 'speaker' | 'ui' | 'tags' | 'nav' | 'heading' | 'end' | 'note' | 'text';
export const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'big', 'label', 'mark', 'sup', 'sub']);
/** Inside a <nav>, or the page's own <header>/<footer> (not those of an article or section). */
export function isFurniture(node: AnyNode | null): boolean {
  let pageLevel = false;
  for (let n = node?.parent as Element | null; n && n.type === 'tag'; n = n.parent as Element | null) {
    if (n.name === 'nav') return true;
    if (n.name === 'header' || n.name === 'footer') pageLevel = true;
    else if (pageLevel && (n.name === 'article' || n.name === 'section' || n.name === 'main' || n.name === 'aside')) pageLevel = false;
  }
  return pageLevel;
}
/**
 * A card printed as lines broken by `<br>` in one element that goes on with the answer's lines (an
 * old WAP page: `医生:…<br/>医院:…<br/>时间:…<br/>-----<br/>answer…`): the card is its lines up to a
 * divider or the first sentence; the lines after it are read as any other.
 */
export function cardLinesOnly(blocks: readonly Block[], kinds: Kind[], card: FoundCard, question: number, end: number): void {
  for (const el of card.elements) {
    let after = false;
    for (let i = question + 1; i < end; i++) {
      const b = blocks[i]!;
      if (b.node?.parent !== el) continue;
      after ||= DIVIDER_RE.test(b.text) || isProsePart(b.text) || afterBlankLine(b.node) || opensQaPair(b);
      if (after) kinds[i] = kindOf(b, card.elements.filter((other) => other !== el), card.doctor.title, card.doctor.name);
    }
  }
}
/**
 * A line opening with the reader's `问：` or the bare `答：` (a WAP page's `<br/>`-joined block: the expert's lead line, then the
 * question and the answer): the Q&A has begun, no line of the card above it. (Read off the printed text: a label may be taken off the line.)
 */
const QA_PAIR_LABEL_RE = /^\s*[问答]\s*[:：]/u;
const opensQaPair = (b: Block) => QA_PAIR_LABEL_RE.test(b.text) || (b.node?.type === 'text' && QA_PAIR_LABEL_RE.test((b.node as unknown as { data: string }).data));
/** A line after a blank one (`<br><br>`) in a block of `<br>`-broken lines: a paragraph of its own, no line of the card above it. */
function afterBlankLine(node: AnyNode | null): boolean {
  let breaks = 0;
  for (let n = node?.prev ?? null; n; n = n.prev) {
    if (n.type === 'text' && (n as unknown as { data: string }).data.trim() === '') continue;
    if (n.type !== 'tag' || (n as Element).name !== 'br') break;
    if (++breaks === 2) return true;
  }
  return false;
}
export const inCard = (block: Block, card: FoundCard | null) => card !== null && card.elements.some((el) => inside(block.node, el));
/**
 * A line's kind; a bilingual label's by its Chinese half (`Answer 医生回答` a label, bilingual-label.ts) where the whole reads as text.
 * `answererTitle`, `answererName`: the card's, where read (a staff note of the answering person's own role, or signed with their name, is theirs).
 */
export function kindOf(block: Block, cards: readonly Element[], answererTitle: string | null = null, answererName: string | null = null): Kind {
  const kind = kindOfLine(block, cards, answererTitle, answererName);
  if (kind !== 'text' && kind !== 'heading') return kind;
  const half = chineseHalf(block.text);
  const halfKind = half === null ? kind : kindOfLine({ ...block, text: half }, cards, answererTitle, answererName);
  return halfKind === 'text' || halfKind === 'heading' ? kind : halfKind;
}
function kindOfLine(block: Block, cards: readonly Element[], answererTitle: string | null, answererName: string | null): Kind {
  const text = block.text;
  if (cards.some((card) => inside(block.node, card))) return 'card';
  // A private hospital's call to consult, book or dial and its counters between the paragraphs (call-to-action.ts): none of the answer, no end of it, no format.
  // (A 温馨提示 that asks to click is one, no disclaimer.)
  // (An ad the site marks or words as one stays answer-extras.ts's: `广告 …点击预约`, a hotline.)
  if (isCallToAction(text) && !isAdLine(text)) return 'note';
  if (isDisclaimer(text)) return 'disclaimer';
  if (isSectionHead(text)) return 'text';
  // A republishing site's ads and credit, the answer's sign-off (以上回答由…医生提供), a note app's credit under a clip (note-clip.ts), a voice answer's play counts and transcription note (answer-extras.ts).
  if (isCreditLine(text) || isServiceCredit(text) || isAnswerCredit(text) || isClipCredit(text)) return 'tags';
  // A board's signature under the post, a motto signed by a group (`…，与您同行——某某专家团`, answer-extras.ts): none of the answer.
  if (isTeamSignature(text)) return 'tags';
  // A translation's credit (本回答由…译自韩文) and an editor's box (【小编补充】…, 编者按：…) after a partner doctor's answer (answer-extras.ts).
  // Another staff member's note under the reply (护理师补充：…, answer-extras.ts) likewise: not one of the answering person's own role.
  if (isTranslationCredit(text) || isEditorNote(text) || isStaffNote(text, answererTitle, answererName)) return 'tags';
  // A volunteer's note forwarding the question (`医疗志工：…已转请…医师回复`, answer-extras.ts): theirs, passed over where it stands.
  // So is an office's note forwarding the letter (`公共事务室：…已转请专科医师回复如下`, answer-extras.ts).
  if (isVolunteerNote(text) || isForwardingNote(text)) return 'note';
  // A programme host's thanks under the guest's reply (`主持人晓峰：感谢…老师的解答`, answer-extras.ts): the host's, passed over.
  if (isHostThanks(text)) return 'note';
  // A letter's closing wish before the signature (`敬祝　平安`, letter-column.ts): courtesy, the letter has ended.
  if (text.length <= 12 && isLetterClosingWish(text)) return 'tags';
  // Who checked the text (本文由…审核) credits it; the list of its sources (参考文献) follows it (references.ts).
  if (isReviewCredit(text)) return 'tags';
  if (isReferencesHead(text)) return 'end';
  // The closing line pointing to a public hotline for more (`如需进一步了解，可拨打12345热线…`, reply-form.ts): the answer has ended.
  if (isClosingHotline(text)) return 'end';
  // The site's rights notice under the answer (著作权归作者所有…) is where the answer has ended (answer-extras.ts).
  if (isRightsNotice(text)) return 'end';
  // A sponsor's credit and an advert's approval number (sponsor-lines.ts): the answer has ended, their days date nothing of it.
  if (isSponsorLine(text)) return 'end';
  // A podcast's credits under its shownotes (`BGM：…`, `商务合作请联系 vx：…`, episode-credits.ts): the answer has ended.
  if (isEpisodeCredit(text)) return 'end';
  // (A line all link stays navigation: it ends the answer unless set between two of its lines.)
  if ((isAdLine(text) && block.linkChars < block.chars) || isPlayCount(text)) return 'ui';
  if (isTranscriptionNote(text) || isCompiledNote(text) || isSubtitleNote(text)) return 'note';
  // A mirror's watermark between the paragraphs (`【养生知识网整理】`, answer-extras.ts): its mark, none of the answer.
  if ((text.length <= 24 && isWatermark(text)) || isSiteMark(text)) return 'note';
  // A periodicals site's note on the scan it shows and a read counter under the article (answer-extras.ts): the article has ended.
  if (isScanNote(text)) return 'end';
  if (isReadCount(text)) return 'ui';
  // A report's row the answer cites (`【报告原文】…`, `甲胎蛋白：7.88↑ ng/mL 参考范围 0-7`), the head of the report's own list after it (report-rows.ts).
  if (isCitedReportRow(text)) return 'note';
  if (isReportListHead(text)) return 'end';
  // A video's caption, the question restated with its #topics# (video-page.ts).
  if (isTopicsCaption(text)) return 'ui';
  // A row of tag links under the video or post (topic-tags.ts): the platform's topics.
  if (text.length <= 60 && isTagLinksRow(block.node)) return 'tags';
  if (isAnswerMark(text) || isNamedAnswerHead(text) || isColumnName(text)) return 'label';
  // The asker's stamp by their nickname (`网友「悉尼小王」 · 16 Jun 2021`, asker-stamp.ts): theirs, its day the question's.
  if (isAskerNickStamp(text)) return 'asker';
  if (isLabelledName(text) || isAnswererByline(text)) return 'card';
  // Praise alone on its line beside the card (`学科带头人 知名专家`, promo-words.ts): the card's.
  if (isPromoLine(text)) return 'card';
  // A paper's note on its columnist after the text (`（作者…為…執業家庭醫師，診所：…）`, author-note.ts): the card in a sentence.
  if (isAuthorNote(text)) return 'card';
  // A column's guest introduced in one sentence (`{name}医生（MD, CCFP），家庭医生，现于{clinic}执业。`, card-sentences.ts): the card.
  if (isPracticeSentence(text) || isIntroducedBio(text)) return 'card';
  // A labelled profile naming no one, the card's fields its first clause (`嘉宾简介：{hospital}{department}{title}，…`, card-sentences.ts): the card's.
  if (unnamedBioFields(text) !== null) return 'card';
  if (isEmptyCardField(text)) return 'card';
  // A verification badge beside the card (已认证): the card's, however the card's box was drawn.
  if (isVerifiedBadge(text)) return 'card';
  // The doctor's bio beside the card (专业擅长：…, 社会任职：…, 执业经历): the card's, none of the answer.
  if (cards.length > 0 && isBioLine(text)) return 'card';
  // An e-signature's label (signature.ts): the picture it labels signs the answer, none of its text.
  if (text.length <= 8 && isSignatureLabel(text)) return 'ui';
  // The doctor's counters (帮助患者 1.2万 好评率 98%): the card's, none of the answer (card-rows.ts).
  if (isCardCounters(text)) return 'card';
  // A reply signed by a doctors' team alone is its label (team-reply.ts).
  if (isTeamSignedReply(text)) return 'label';
  // The asker's follow-up (追问 and a date, 追问记录): the rounds after it answer other questions.
  if ((text.length <= 40 && isFollowUpHead(text)) || isStampedFollowUp(text)) return 'end';
  if (isOthersAnsweredNotice(text)) return 'end';
  if (text.length <= 40 && isConsultClosed(text)) return 'end';
  if (isConsultJoined(text)) return 'ui';
  // An app's check-in row under the answer (`今日打卡 +5积分`, check-in-row.ts): its game, none of the answer.
  if (isCheckInRow(text)) return 'ui';
  // The pager of an article split over pages (第1页/共3页 上一页 1 2 下一页): this page's part has ended (pager.ts).
  if (isPager(text)) return 'end';
  // A community member's byline with their rank (LV5, 知道达人): another person's answer begins, its day none of the answer's (member-answer.ts).
  if (isMemberByline(text)) return 'end';
  // A floor's number alone (`2楼`, `5#`): a thread's furniture over a floor, none of its text (forum-floors.ts).
  if (isFloorNumber(text)) return 'ui';
  // Another comment's head (`木木 说道：`) or the form to comment (发表回复) under the doctor's comment (comment-thread.ts).
  if (isCommentBoundary(text)) return 'end';
  // The asker's pick marked on an answer (提问者采纳): a badge, none of its text.
  if (isAcceptedMark(text)) return 'ui';
  if (isSerialField(text)) return 'ui';
  if (DIVIDER_RE.test(text) || PAGE_FOOT_RE.test(text) || (text.length <= 24 && isRelatedLabel(text))) return 'end';
  if (isVersionSwitch(text)) return 'end';
  // A box of other doctors beside the answer (热门专家, 推荐医生) heads their names, none of it.
  if (text.length <= 8 && isOtherDoctorsHead(text.replace(/\s+/gu, ''))) return 'heading';
  if (text.length <= 120 && SITE_LINKS_ROW_RE.test(text.trim()) && !isCardLine(text)) return 'end';
  // So does the head of an article's further reading (相关文章, 延伸阅读, `相关新闻：` with its colon), whether or not a list of answers is read under it.
  if (text.length <= 12 && isReadingLabel(text.replace(/\s+/gu, '').replace(/[:：]$/u, ''))) return 'end';
  // Its head with an article's title run on after the colon (`延伸阅读：《…》`): the reading list, one item long.
  if (text.length <= 80 && readingLabelBeforeTitle(text)) return 'end';
  if (END_MARK_RE.test(text)) return 'end';
  // The head of the site's own list of articles or news (最新文章, 新闻动态) ends the page's own text.
  if (text.length <= 8 && SITE_NEWS_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  // So does a drug maker's box for reporting adverse reactions (drug-label.ts).
  if (text.length <= 14 && isAdverseReportHead(text)) return 'end';
  if (text.length <= 8 && SEARCHES_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  // So is a box's heading over the card's fields (医师执业信息公示), a table's caption as much as a heading.
  if (CARD_HEAD_RE.test(text.replace(/\s+/gu, '')) || isFieldsHeading(text)) return 'heading';
  // A blurb's head (内容提要) is no answer label, though it holds a label's word.
  if (text.length <= 8 && BLURB_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'heading';
  if (text.length <= 60 && EDIT_NOTE_RE.test(text)) return 'note';
  if (isPictureCaption(text, block.node)) return 'caption';
  if (text.length <= 12 && SIGNED_LABEL_RE.test(text)) return 'label';
  // Who answers by name alone over the answer (`东方华文 回答`): its head, however long the name.
  if (text.length <= 12 && isNamedSpacedHead(text)) return 'label';
  // The reply's label naming its medium (`语音回复 58″`, media-format.ts).
  if (text.length <= 20 && replyLabelFormat(text) !== null) return 'label';
  if (text.length <= 12 && BRACKETED_LABEL_RE.test(text)) return 'label';
  if (text.length <= 12 && (ANSWER_LABEL_RE.test(text) || (text.length <= 6 && LABEL_WORD_RE.test(text) && !PROSE_RE.test(text) && !ENUMERATED_RE.test(text)))) return 'label';
  // The head of the list of answers (`共有1位医生回答`, answer-list.ts): a label, none of the answer under it.
  if (isAnswersHead(text)) return 'label';
  // A reader view's estimate of the reading time under the title (`1–2 分钟`): the tool's, none of the answer (reading-estimate.ts).
  if (isReadingEstimate(text)) return 'ui';
  if (PLAYER_RE.test(text) || PLAYER_FALLBACK_RE.test(text) || isDoctorVoiceBar(text) || isAudioBar(text) || isVoiceVersionOffer(text)) return 'player';
  // A heading over the comments with their count (`评论 358`): they follow; not a counter's meta.
  if (block.heading && text.length <= 12 && COMMENTS_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  // A day printed relative to when the page was served (`6 days ago`, `昨天 18:00`, relative-date.ts): a stamp that dates nothing, no text.
  if (text.length <= 24 && (RELATIVE_DATE_RE.test(text.trim()) || NAMED_RELATIVE_STAMP_RE.test(text.trim()))) return 'meta';
  // An article's info line: its day, then the paper's labelled fields (info-line.ts); a news byline with its update day (english-meta.ts).
  // So are such a line's fields with no day, and a paper's issue line naming it, the day and the issue (issue-date.ts).
  if (isDayAndFields(text) || isUpdatedByline(text) || isFieldsOnly(text) || isNamedIssueLine(text)) return 'meta';
  const meta = readMetaLine(text);
  // (A short dated line's length as its day reads: `mercredi 15 septembre 2021 · 醫生信箱` is as short as `2021年9月15日 · 醫生信箱`;
  // its day a year-last one left unread, day or month first, as much as a read one: `05/01/2019 · 醫生信箱`.)
  // (Not a record's line, a reading after its day: `05/01/2019 结节0.6厘米` is the answer's; nor a day inside the doctor's words,
  // `下次复查约在05/06/2024前后`: review pages. The day opens or closes the line, a label beside it.)
  if (meta.metaOnly || ((meta.dates.length > 0 || twoWayDayLine(text)) && englishMeta(text).length <= 30 && !/[。！？，,]/u.test(text))) return 'meta';
  // A date's label alone on its line, its day in the cell or term after it (`<dt>来信日期：</dt><dd>111-06-17</dd>`): meta, as the day is.
  if (text.length <= 10 && DATE_LABEL_ALONE_RE.test(text.trim())) return 'meta';
  // A post's stamp opening its social bar (`2020-12-06 09:41 支持 56 反对 评论(20) 分享到 微博 豆瓣`): the stamp dates the post.
  if (meta.dates.length > 0 && text.length <= 60 && SOCIAL_BAR_RE.test(text.replace(BAR_STAMP_RE, ''))) return 'meta';
  if (isPostStamp(text)) return 'meta';
  // The answer's label with its format or date after it, colon or not (`医生回复：视频解答`, `医生回复 2个月前`): meta, not the answer's first line.
  const labelled = text.length <= 40 ? (text.match(LABEL_PREFIX_RE) ?? text.match(LABEL_SPACED_RE)) : null;
  if (labelled && readMetaLine(text.slice(labelled[0].length)).metaOnly) return 'meta';
  // An icon font's glyph (private-use characters): a picture, not text.
  if (ICON_GLYPHS_RE.test(text)) return 'ui';
  // A letters column's reader signing off their letter (`（温哥华 陈先生）`), the column's standing note over it (letter-column.ts).
  // So too a mailbox's letter under its own label (`【来信】…`, reply-form.ts).
  if (isAskerLine(text) || isAskerProfile(text) || isLetterSignOff(text) || isLetterLine(text)) return 'asker';
  if (isColumnNote(text) || isNewsLead(text)) return 'note';
  if (isCardFieldsLine(text)) return 'card';
  // A column's writer introducing themselves over the post (`我是{name}，{card}。这份通讯…`, card-sentences.ts).
  if (text.length <= 120 && selfIntroCard(text) !== null) return 'card';
  // A talk's greeting to its audience with the speaker's card and topic (`大家好，我是…的王芳医生。今天我们来聊一聊…`, answer-extras.ts).
  if (isTalkGreeting(text)) return 'note';
  if (text.length <= 24 && UI_RE.test(text)) return 'ui';
  if (text.length <= 16 && SWIPE_HINT_RE.test(text.trim())) return 'ui';
  // A read-aloud button after a paragraph or over the answer (read-aloud.ts).
  if (isReadAloud(text) || isReadAloudBar(text)) return 'ui';
  // A typing animation's status over the answer (回答已生成; typing-animation.ts).
  if (isTypingDone(text)) return 'ui';
  // A switch showing or hiding the pinyin over the characters (ruby-annotation.ts).
  if (text.length <= 12 && isReadingSwitch(text)) return 'ui';
  if (text.length <= 40 && (VOTE_PROMPT_RE.test(text) || LOGIN_TO_ANSWER_RE.test(text))) return 'ui';
  if (text.length <= 60 && ENGLISH_VOTE_PROMPT_RE.test(text)) return 'ui';
  // A shared card's prompt (长按识别小程序码): the card's code block, after the answer and its meta, ends them;
  // one that offers the whole answer (扫码查看完整回答) closes a cut answer, the card and meta may follow it.
  if (isSharePrompt(text)) return FULL_TEXT_OFFER_RE.test(text) ? 'ui' : 'end';
  if (isShareRow(text)) return 'ui';
  // A creator platform's box asking readers to tip the writer (tip-prompt.ts).
  if (isTipPrompt(text)) return 'ui';
  if (text.length <= 12 && COMMENTS_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  if (text.length <= 30 && ENGLISH_COMMENTS_HEAD_RE.test(text.trim()) && (block.heading || !BARE_ENGLISH_COMMENTS_RE.test(text.trim()))) return 'end';
  if (text.length <= 200 && SUBSCRIBE_PROMPT_RE.test(text)) return 'ui';
  // A prompt to open the app or log in; not a line cut short with that prompt after its ellipsis (the answer's last shown line).
  if ((isAppPrompt(text) || isWallPrompt(text)) && !cutShortWithPrompt(text)) return 'ui';
  // A paid answer's, lesson's or episode's access badge (`限时免费`, `免费围观`, `试读`, access-tag.ts).
  if (isAccessTag(text)) return 'ui';
  if (text.length <= 16 && isReadMore(text.replace(/\s+/gu, ''))) return 'ui';
  if (text.length <= 40 && (SOCIAL_BAR_RE.test(text.replace(BAR_DAY_RE, '')) || VOTES_RE.test(text))) return 'ui';
  if (TAGS_RE.test(text) || isTopicTagsLine(text) || BYLINE_RE.test(text) || STAFF_CREDITS_RE.test(text) || PLATFORM_STATEMENT_RE.test(text) || (text.length <= 80 && PROGRAMME_BLURB_RE.test(text)) || COPYRIGHT_RE.test(text) || MAILING_FOOT_RE.test(text) || (text.length <= 60 && ADDRESS_FOOT_RE.test(text)) || (text.length <= 60 && COLOPHON_RE.test(text)) || DIAGNOSIS_FIELD_RE.test(text)) return 'tags';
  // A story's reporters' byline (`文/某报全媒体记者 王芳 通讯员 李明`) and the print page it ran on (`某报 A14版 健康`, news-lead.ts):
  // the paper's, passed over where they stand.
  if (isReporterByline(text) || isPrintPageLine(text) || isWriterCredit(text)) return 'note';
  // A byline's day without its year in English (`May 6`, yearless-day.ts): the post's, none of the answer.
  if (text.length <= 12 && yearlessEnglishDay(text) !== null) return 'note';
  // A board's author line with the account's handle over the post (`作者 kneedoc (李明)`, furniture-lines.ts): the board's, passed over.
  if (isAuthorHandleLine(text)) return 'note';
  // The head of a box of the site's other content (热门视频, 健康科普, 精彩文章推荐, side-column.ts): the answer has ended.
  if (headsOtherContent(text)) return 'end';
  if (isFurniture(block.node) || (block.chars <= 40 && block.linkChars * 2 >= block.chars && !cutShortWithPrompt(text) && !isLinkedSentence(block) && !endsInTopicTags(text))) return 'nav';
  if (block.heading) return 'heading';
  return 'text';
}
/** A sentence, no space in it, that ends as one: mostly link text where its terms link to an encyclopedia's entries, still the answer's words. */
const SENTENCE_LINE_RE = /^\S+[：:。！？!?；;]$/u;
const isLinkedSentence = (block: Block) => block.linkChars < block.chars && SENTENCE_LINE_RE.test(block.text) && endsOutsideLink(block.node);
const isFootnoteSup = (node: AnyNode) => node.type === 'tag' && (node as Element).name === 'sup' && isFootnoteMark(node as Element);
/** Whether the last text of the element holding a line stands outside a link (`…有<a>以下几种</a>：`, not `上一篇：<a>…？</a>`). */
function endsOutsideLink(node: AnyNode | null): boolean {
  let line = node?.parent ?? null;
  while (line && line.type === 'tag' && INLINE.has((line as Element).name)) line = line.parent;
  let last: AnyNode | null = line;
  while (last && last.type !== 'text') {
    const children: AnyNode[] = (last as Element).children ?? [];
    let i = children.length - 1;
    // Blank text and a footnote's mark after the sentence (`…：<sup><a href="#ref-1">[1]</a></sup>`) end nothing.
    while (i >= 0 && ((children[i]!.type === 'text' && (children[i] as unknown as { data: string }).data.trim() === '') || isFootnoteSup(children[i]!))) i--;
    last = i >= 0 ? children[i]! : null;
  }
  for (let n = last?.parent ?? null; n && n !== line; n = n.parent) if (n.type === 'tag' && (n as Element).name === 'a') return false;
  return last !== null;
}
/** A line cut short with the site's prompt (a link, often) after its ellipsis: the answer's last shown line, not a prompt. */
function cutShortWithPrompt(text: string): boolean {
  const shown = withoutCutPrompt(text).text;
  return shown !== text && isTruncated(shown);
}
/** A sentence with a platform's topic tags after it (`…按时复查。 #手足口病[话题]#`): its links are the tags', the line is the sentence's. */
const endsInTopicTags = (text: string) => withoutTrailingTopicTags(text) !== text;
/**
 * A further-reading head with the titles of articles in 《》 after its colon (`延伸阅读：《…》`, `相关阅读：《…》《…》`), nothing else.
 * Not a recommendation's (`推荐阅读：《…》`): a doctor may end the answer recommending a book so.
 */
const READING_TITLES_RE = /^((?!推荐|推薦|更多)[^:：《》]{2,8})\s*[:：]\s*(?:《[^《》]{2,40}》\s*[，,、]?\s*)+$/u;
function readingLabelBeforeTitle(text: string): boolean {
  const m = text.trim().match(READING_TITLES_RE);
  return m !== null && isReadingLabel(m[1]!.replace(/\s+/gu, ''));
}
