import { isAnswersHead, laterAnswersStart } from './answer-list.js';
import { isAdLine, isAnswerCredit, isAnswerMark, isColumnName, isCreditLine, isLabelledName, isPlayCount, isServiceCredit, isTranscriptionNote, isRightsNotice } from './answer-extras.js';
import { isReprintNotice, withoutPublishedWhereAnswered } from './published-date.js';
import { isProductDay, withDateLabelsJoined } from './date-label-line.js';
import { isReadAloud, isReadAloudBar } from './read-aloud.js';
import { isTypingDone } from './typing-animation.js';
import { isSenderStamp, markTextedAsker } from './texted-question.js';
import { isTeamSignedReply, markAssistantNotes, signedByTeam, teamHeader, withTeam } from './team-reply.js';
import { isCutQuestion, printedQuestionBelow, wholeQuestionBelow } from './retitled-question.js';
import { unheadedQuestion } from './unheaded-question.js';
import { isCardButton, isNamedAnswerHead, markedCard } from './marked-card.js';
import { photoCard, photoOnlyCard } from './photo-card.js';
import { isReadingSwitch } from './ruby-annotation.js';
import { withTableRowsJoined } from './answer-table.js';
import { documentTitles, shownBodies } from './merged-bodies.js';
import { consultTitle, isConsultClosed, isConsultJoined, namesPageKind, titleNamesPageKind } from './consult-title.js';
import { boardRecord, type BoardRecord } from './message-board.js';
import { columnAnswer, isReaderLabel } from './column-answer.js';
import { columnDate, issueDate } from './issue-date.js';
import { mailedReply } from './mailed-reply.js';
import { withoutReplyMark } from './reply-subject.js';
import { markQuotedOriginal } from './quoted-original.js';
import { isUnderDoctorLine, publisherHospital } from './publisher.js';
import { headerHospital } from './merchant-header.js';
import { progressSteps } from './progress-steps.js';
import { creditSentence, unitCredit } from './credit-sentence.js';
import { captionQuestion } from './caption-question.js';
import { accountCard, postQuestion, readPost, verifiedAccountCard } from './account-post.js';
import { isTagLinksRow, isTopicTagsLine, questionWithoutTopicTags, withoutTrailingTopicTags } from './topic-tags.js';
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { comparable } from '../core/text.js';
import type { AnswerFormat, Doctor, ReadBy } from '../schema/entry.js';
import type { EntryDraft } from '../schema/records.js';
import { readCardPictures } from './card-pictures.js';
import { authorCard, bioSentenceCard, cardShapeDoubts, findDoctorCard, isBioLine, isFieldsHeading, isCardFieldsLine, isProsePart, isSignature, isVerifiedBadge, parseCardParts, soleCardAbove, joinedCardAbove, soleFixedCard, withCardFields, type FoundCard } from './doctor-card.js';
import { pageDraft } from './draft.js';
import { isTruncated, previewLines, withoutCutPrompt } from './answer-preview.js';
import { withoutSequenceNumber } from './sequence-number.js';
import { isPrintPageNumber } from './print-page-number.js';
import { asksQuestion, isOtherDoctorsHead, isQuestionLabelAlone, QUESTION_MARK_RE, withoutStuffedTail, isAnswererHead, GRADE_RE, gradeOnly, HOSPITAL_RE, TITLE_RE, isAskerLabel, isAskerLine, isCardLine, isDepartment, isNameLine, isDisclaimer, isEmptyCardField, isSerialField, isOtherAnswersHead, isOthersAnsweredNotice, isSectionHead, isRelatedLabel, labelledQuestion, questionFromTitle, ISSUE_TITLE_RE, SERIES_NAME_RE, titleOpeningQuestion, withoutSiteSuffixes, PROSE_RE } from './genre.js';
import { inside, lineBox, nodesBetween, renderBlocks, type Block, type Media, type Stamp } from './html-lines.js';
import { findDate, formatFromLabel, namesDay, pickMeta, readMetaLine, type MetaLine, type PageMeta } from './page-meta.js';
import { isAudioBar, isDoctorVoiceBar, isPosterOverAnswer, isTranscriptLabel, replyLabelFormat, titlePlaysFormat, transcriptFormat } from './media-format.js';
import { chipRowFormat } from './format-chip.js';
import { postRounds } from './post-rounds.js';
import { askerBoxStamps, isAskerProfile, isAskerStamp } from './asker-stamp.js';
import { foldPage } from './han-fold.js';
import { withoutInvisible } from './hidden-text.js';
import { textContent, type PageIndex } from './page-index.js';
import type { PageQuery } from './page-query.js';
import { findRelatedList, isReadingLabel, labelLine, readPrintedList, type RelatedList } from './related-list.js';
import { readStructuredData, type StructuredQa } from './structured-data.js';
import { isCheckInRow } from './check-in-row.js';
import { inProductCard, isProductItem, sellsConsultation, showsCardFigure } from './product-card.js';
import { isPictureCaption } from './figure-caption.js';
import { acceptedAnswer, isAcceptedMark } from './accepted-answer.js';
import { sideCard, signedSideCard } from './side-card.js';
import { nextColumnCard } from './side-column.js';
import { labelledLinesCard } from './labelled-card.js';
import { flattenedCard } from './flattened-card.js';
import { estimateByline, isReadingEstimate } from './reading-estimate.js';
import { inLiveRegion, withoutAnnouncement } from './announced-label.js';
import { isPostStamp, readInfoLine } from './post-stamp.js';
import { badgeOf, type Badge } from './qa-badge.js';
import { markQuotedQa } from './quoted-qa.js';
import { firstPairQuestion, nextPairAt } from './qa-pairs.js';
import { isSharePrompt, isShareRow } from './share-prompt.js';
import { isAppPrompt } from './app-prompt.js';
import { isPaywallPrompt, isWallPrompt, isReadMore } from './read-more.js';
import { isAccessTag } from './access-tag.js';
import { followUpsAfterStamp, isFollowUpHead, isStampedFollowUp } from './follow-up.js';
import { isFootnoteMark, isReferencesHead, isReviewCredit, withoutTextMarks } from './references.js';
import { isAvatarInitials, isCardCounters, withRowsAfter } from './card-rows.js';
import { markAnswerParts } from './answer-parts.js';
import { noQaHere } from './no-qa-page.js';
import { patientReview } from './patient-review.js';
import { answerItemOf, laterAnswerItems, otherAnswerItems } from './answer-items.js';
import { answeredOnVideo, isSubtitleNote, isTopicsCaption, leadPlayers, leadsWithPoster, uploadedVideoPage, withoutChapterList, withoutCueTimes } from './video-page.js';
import { isArticlePager, isPager } from './pager.js';
import { isVersionSwitch } from './version-switch.js';
import { isMemberByline, memberPostLines, underMemberByline } from './member-answer.js';
import { isCommentBoundary, isNicknameComment } from './comment-thread.js';
import { labelCells, labelCellsCard, withCellCard } from './label-cells.js';
import { isSignatureLabel, signatureName } from './signature.js';
import { doctorPageCard, isDoctorBoxHead, splitCardAbove, withCardBox } from './card-box.js';
import { clippedHeading, copiedFrom, isClipCredit } from './note-clip.js';
import { productConsultQuestion } from './product-question.js';
import { isStyledHeading } from './styled-heading.js';
import { sheetRecord } from './record-sheet.js';
import { withoutSelfIntroduction } from '../core/reply-opening.js';
import { endsListAbove } from './list-above.js';
import { studentQuestion } from './student-question.js';
import { broadcastSpeaker } from './transcript-speakers.js';
import { isDanmaku } from './danmaku.js';
import { isActivityLine, isTickerLabel } from './ticker.js';
import { isSponsorLine } from './sponsor-lines.js';
import { headedThread } from './headed-posts.js';
import { stampsOfOtherTexts } from './stamp-below.js';
import { forumThread } from './forum-floors.js';
import { adviceSection, serviceField } from './record-sections.js';
import { earlierDayLines, isAssistantSpeaker } from './assistant-turns.js';
import { chatSides } from './chat-sides.js';
import { drugLabelLines, isAdverseReportHead } from './drug-label.js';
import { yearChatDays } from './chat-days.js';
import { scheduleLines } from './schedule-table.js';
import { isArchiveAddress } from './archived-link.js';

/**
 * The genre reader: a page of the genre read by what its parts say and how such pages are
 * shaped, whatever the markup. The question is the heading the <title> repeats; the doctor
 * card the smallest block holding a title of the vocabulary beside a name and a hospital;
 * the answer the main text after the card that is neither card, label, meta, player,
 * disclaimer nor list; date and format wherever they sit near the question or answer; the
 * related list the repeated items under a 相关推荐-kind heading. Where it is unsure, the entry
 * says why (`doubts`, published as the `unsure_reading` flag).
 */

export interface GenreReading {
  page: EntryDraft | null;
  related: EntryDraft[];
  /** Where the page entry's parts were read (what profile learning aligns across pages). */
  found?: GenreFound;
  /** Why the page holds no Q&A of its own, where it is such a page (no-qa-page.ts). */
  noQa?: string;
  /** Why the page's own Q&A was not read where its related items were: published as the page entry's reject. */
  ownUnread?: string;
}

/** The nodes the genre reader read the page entry from. */
export interface GenreFound {
  /** The question's line (its first text node). */
  question: AnyNode | null;
  /** The answer's lines, in order (their first text nodes). */
  answer: AnyNode[];
  /** The doctor card it read. */
  card: Element | null;
  /** The related list's label, where there is one. */
  relatedLabel: Element | null;
}

/**
 * Labels of the answer section (医生解答 and the like): headings, not text. A voice or video
 * answer's text stands under a label of its own (视频文字版, 语音转文字, 文字稿, 正文).
 */
const ANSWER_LABEL_RE =
  /^(?:(?:(?:门店|值班|在线|驻店|坐诊|执业)?(?:医生|专家|大夫|医师|药师))?(?:解答|回答|回复|答复|建议|解读)|(?:医生|专家|大夫|医师|药师|主播|嘉宾)答|(?:医生|专家|通话|问诊|咨询)(?:小结|总结)|A|Answer|最佳答案|满意答案|回答医生|解答医生|答案|回答内容|问题解答|医生的回答|医生回答如下|(?:以下(?:为|是)|下面(?:为|是))?(?:视频|音频|语音|录音|回答|解答)?(?:文字(?:版|稿|实录)?|文稿|转文字|转写|转录|实录|字幕|原文|全文|正文)(?:内容|文字|文本)?)\s*[:：]?$/u;
/** A line that starts an enumeration (一、 1. （1）): a point or sub-heading of the answer, not a label. */
const ENUMERATED_RE = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/u;
/** A post's bracketed answer label (`【曹娟医生答】`, `【回复】`), on its own line or run into the answer's first. */
const BRACKETED_LABEL = '【\\s*\\p{Script=Han}{0,4}?(?:医生|大夫|医师|专家)?(?:答|回答|解答|回复)\\s*】';
const BRACKETED_LABEL_RE = new RegExp(`^${BRACKETED_LABEL}$`, 'u');
/** An answer label run into the answer's first line: `答：…`, `医生回复：…`, a quiz's `解析：…`, a post's `【曹娟医生答】…`. */
const LABEL_PREFIX_RE = new RegExp(`^(?:(?:(?:医生|专家|大夫)?(?:解答|回答|回复|答复)|答|最佳答案|医生建议|(?:医生|专家|答案|题目)?解析)\\s*[:：]|${BRACKETED_LABEL})\\s*(?=\\S)`, 'u');
/** An answer label followed by a space, not a colon (`医生回复 2个月前`): what follows may be its meta. */
const LABEL_SPACED_RE = /^(?:(?:医生|专家|大夫|医师)(?:解答|回答|回复|答复)|最佳答案|医生建议)\s+(?=\S)/u;
/** Words of a short line that heads the answer in wording the reader has not seen (回复内容, 专家意见, 音频文字). */
const LABEL_WORD_RE = /回复|答复|意见|解答|回答|建议|内容|答案|分析|解读|文字|文稿|字幕|正文/u;
/** What a player shows: its duration (labelled or not), play buttons (▶), the format word after the duration (`▶ 58″ 语音解答`). */
const PLAYER_RE =
  /^(?:(?:视频|音频|语音|录音|播放)?(?:时长|长度)\s*[:：]?|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*['′]\s*\d{1,2}\s*(?:″|''|"|”)|\d{1,3}\s*(?:″|''|"|”|秒|分钟?)|点击播放|点击收听|点击观看|播放|暂停|语音播放|收听语音|观看视频|正在播放|加载中|[▶►▷⏵⏸]|(?:限时|VIP|会员)?免费听|(?:[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*元)\s*(?:偷偷听|偷听|旁听|听)|偷偷听|偷听|旁听|(?<=[″"'秒]\s*)(?:语音|音频|视频)(?:解答|回答|回复)?|[\s/|｜])+$/u;
/** What an <audio> or <video> shows where it cannot play. */
const PLAYER_FALLBACK_RE = /^(?:您的|你的|当前)?浏览器(?:暂)?不支持(?:该|此)?(?:音频|视频|语音|audio|video|HTML5)/iu;
/** A portal's prompt to log in to answer too (`登录后才能回答问题，登录或注册`): the site's, none of the answer. */
const LOGIN_TO_ANSWER_RE = /^(?:请先?)?(?:登录|登陆)\s*(?:后)?\s*(?:才能|才可以|即可|可以|方可)?\s*(?:回答|参与回答|发表回答|添加回答|写回答|评论|回复|发言)/u;
/**
 * A prompt to vote on the answer (`这个回答对您有帮助吗？`, `此回答是否有用？`), its buttons and counts after it
 * (`有用(114) 没用(5)`): a question to the reader, none of the answer.
 */
const VOTE_PROMPT_RE =
  /^(?:这个|这条|该|此|本|以上)?(?:回答|解答|答案|回复|内容|文章|信息)?(?:(?:对(?:您|你)|是否)+有(?:所)?(?:帮助|用|启发)(?:吗)?|有(?:帮助|用)吗)\s*[？?]\s*(?:(?:有用|没用|有帮助|没帮助|无帮助|是|否|[👍👎])\s*[（(]?\s*\d*\s*[）)]?\s*)*$/u;
/** The same prompt on a site's English interface (`Was this answer helpful? Yes (12) No`). */
const ENGLISH_VOTE_PROMPT_RE = /^(?:was|is|did)\s+(?:this|the)\s+(?:answer|reply|article|page|information|content)\s+(?:helpful|useful|help(?:\s+you)?)\s*\?\s*(?:(?:yes|no)\s*(?:\(\s*\d+\s*\))?\s*)*$/iu;
/** A prompt that offers the whole text elsewhere (`扫码查看完整回答`, `长按识别…查看全文`). */
const FULL_TEXT_OFFER_RE = /(?:完整|全部|全文|剩余)/u;
/** The head of a section of readers' comments (网友评论（5）, 全部评论, 评论区 3, a note's 共 58 条评论): what follows is theirs, not the answer. */
const COMMENTS_HEAD_RE = /^(?:共\d+条|网友|用户|读者|热门|最新|精彩|全部|相关)?(?:评论|留言)(?:区|列表)?\s*(?:[（(]\s*\d+\s*[）)]|\d+(?:\s*条)?)?$/u;
/** Buttons and prompts around an answer. */
const UI_RE =
  /^(?:展开全文|展开|收起|举报|分享|收藏|点赞|有帮助|没帮助|无帮助|有用|没用|无用|赞同|反对|感谢|追问|我要提问|立即咨询|在线咨询|免费咨询|咨询TA|咨询他|咨询她|\+?关注|查看更多|更多|阅读全文|查看全文|复制链接|打开APP|APP内打开|下载APP|[👍👎\uFE0F]|[\d()（）\s|·])+$/u;
/**
 * A social bar under a post (`举报/反馈 赞 426 评论 64`, `阅读 1.2万 在看 49`, a video site's `点赞 5998 投币 973`): its buttons and
 * counters, none of the answer, however many of them a line holds.
 */
// A Q&A portal's votes (支持 / 反对, 有用(54) / 无用) and its share buttons (分享到 微博 豆瓣) are buttons of the bar too.
const SOCIAL_BUTTON = '(?:举报|反馈|投诉|赞|点赞|评论|转发|分享到(?:\\s*[:：]?\\s*(?:新浪微博|微博|豆瓣|微信|朋友圈|QQ空间|QQ|人人网))*|分享|收藏|喜欢|在看|阅读|浏览|投币|充电|支持|反对|有用|无用|没用|\\p{Extended_Pictographic}\\uFE0F?)';
/** A counter: one number, never split into two (`69.8万`, `6002`), bracketed or not (`评论(20)`). */
const SOCIAL_COUNT = '[(（]?\\d+(?:\\.\\d+)?(?![\\d.])\\s*[万千wWkK]?\\+?[)）]?';
// Where the buttons are icons the counters stand bare before the one worded button (`6002 110 69.8万 分享`): a bar too.
const SOCIAL_BAR_RE = new RegExp(`^(?=.*${SOCIAL_BUTTON})(?:(?:${SOCIAL_BUTTON}\\s*(?:${SOCIAL_COUNT})?|${SOCIAL_COUNT})\\s*[/|｜·•]?\\s*)+$`, 'u');
/**
 * A day without its year, or a relative one, opening a post's social bar (`05-08 赞 154 评论 18`, `3天前 赞 12`): the bar's, dating nothing.
 * Not a dotted one: `27.4万` is a count.
 */
const BAR_DAY_RE = /^(?:\d{1,2}\s*[-/月]\s*\d{1,2}(?![\d万千wWkK])\s*日?|昨天|前天|今天|\d{1,2}\s*(?:分钟|小时|天)前)(?:\s*\d{1,2}[:：]\d{2})?\s*(?:[·•|｜]\s*)?/u;
/** A full day and time opening a post's social bar, perhaps labelled (`回答于 2021-05-28`). */
const BAR_STAMP_RE = /^(?:(?:回答|发表|发布|回复)于\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*/u;
/** A post's vote count (`4625 人赞同了该回答`, `1.2万人觉得有用`): a counter, none of the answer. */
const VOTES_RE = /^\d+(?:\.\d+)?\s*[万千wWkK]?\s*(?:人|个人|位网友)?\s*(?:赞同|点赞|赞过|喜欢|收藏|觉得有用|认为有用|觉得有帮助)了?\s*(?:该|这个|此|这条|这篇)?(?:回答|答案|解答|文章|内容)?$/u;
/** The heading of the doctor's box after an article (本期专家, 专家简介, 作者介绍): what follows is the card, not the answer. */
const CARD_HEAD_RE = /^(?:本期|答疑|解答|特邀|受访|出诊|坐诊|主讲|栏目|节目)(?:专家|医生|嘉宾)$|^(?:专家|医生|作者|嘉宾)(?:简介|介绍)$/u;
/**
 * The head of a programme's or article's blurb (节目简介, 视频简介, 内容提要, 导读): a note about the
 * text, written by the site, over it. Where an answer's label (文稿, 文字稿) follows it, the answer is under that label.
 */
const BLURB_HEAD_RE = /^(?:(?:节目|本期|内容|视频|音频|课程|栏目|文章)(?:简介|介绍|导读|摘要|概要|提要)|导读|摘要|内容提要)\s*[:：]?$/u;
/** A section's head over the asker's words (问题, 提问, a wiki's section): where an answer's label follows them, the answer is under that label. */
const ASKED_HEAD_RE = /^(?:问题|提问|咨询|问)\s*[:：]?$/u;
/** How long a record's field or a caption before an answer's label may be (`服务类型：电话问诊`, `通话录音（仅患者本人可听）`). */
const SHORT_FIELD_CHARS = 24;
const headsBeforeAnswer = (head: string) => BLURB_HEAD_RE.test(head) || ASKED_HEAD_RE.test(head) || isAskerLabel(head);
/** An article's end mark (`— END —`, `（完）`): where its text ends. */
const END_MARK_RE = /^[-—–―\s]*(?:END|THE END|完|全文完)[-—–―\s]*$|^[（(]\s*完\s*[）)]$/iu;
/**
 * A consultation record's diagnosis field after the advice (`初步诊断：高血压`, `诊断：痛风`): the record's,
 * none of the answer, which has ended. Only a short value, no sentence: an answer may reason `诊断：考虑为…，建议…。`.
 */
const DIAGNOSIS_FIELD_RE = /^(?:初步|临床|门诊)?诊断(?:结果|意见)?\s*[:：]\s*[^，,。；;！!？?]{1,24}$/u;
/** Tags and categories after an answer: where the answer has ended. */
const TAGS_RE = /^(?:标签|关键词|相关标签|相关疾病|相关科室|所属分类|分类|相关搜索|相关药品)\s*[:：]/u;
/**
 * An article's byline or editor's credit after its text (责任编辑：…, 责编：…, 来源：…, `（编辑：…）`), perhaps after a
 * news site's buttons (`【纠错】 【责任编辑：…】`): where the answer has ended.
 */
const BYLINE_RE = /^(?:[【[]\s*(?:纠错|打印|关闭|收藏|分享)\s*[】\]]\s*)*[（(【[]?\s*(?:文\s*[/／]\s*)?(?:责任编辑|责编|编辑|审核|审校|校对|(?:本文|文章|内容)?来源|出处)\s*[:：]\s*[^，,。；;！!？?（()）【】[\]]{0,20}[）)】\]]?$/u;
/**
 * A self-media platform's statement under an account's article (搜狐号, 网易号: `特别声明：本文为…作者上传并发布，仅代表该作者观点`):
 * the platform's, where the answer has ended.
 */
const PLATFORM_STATEMENT_RE = /^(?:特别|平台)?声明\s*[:：]\s*(?:本文|该文).{0,40}(?:自媒体|作者上传|仅代表(?:该|本)?作者)/u;
/**
 * A rule drawn in characters (————, ----, ====), maybe naming itself (a CMS template's `------分隔线------`):
 * a divider between the answer and what follows it.
 */
const DIVIDER_RE = /^[-—─━=＝_＿*＊~～]{4,}$|^[-—─━=＝_＿*＊~～]{2,}\s*(?:分隔线|分割线)\s*[-—─━=＝_＿*＊~～]*$/u;
/**
 * The page's own address printed on it (`本文地址：https://…`, as a print version does) and when
 * it was printed or fetched (`打印时间：…`): the reader's copy, neither the answer nor its date.
 */
const PAGE_FOOT_RE = /^(?:(?:本文|原文|文章|本页|页面)?(?:地址|链接|网址)\s*[:：]\s*(?:https?:\/\/|www\.)\S+|(?:打印|下载|访问|生成|导出)(?:时间|日期)\s*[:：].{0,30})$/iu;
/** A forum's or site's note that a post was edited (`本帖最后由 王医生 于 2021-10-18 21:05 编辑`): its date is the edit's. */
const EDIT_NOTE_RE = /^(?:本帖|本文|此帖|该帖|本回答|此回答|本楼)?(?:最后|最近)?由\s*\S.{0,15}?\s*于\s*.{4,24}?\s*(?:编辑|修改|重新编辑)\s*(?:过)?$|^(?:最后|最近)(?:编辑|修改)于\s*\d/u;
/** Only private-use characters: an icon font's glyphs, which show a picture and say nothing. */
const ICON_GLYPHS_RE = /^[\uE000-\uF8FF\s]+$/u;
/** The site's copyright line (© 某站, 版权所有, 某站 版权所有): its footer, never the answer. */
const COPYRIGHT_RE = /^\s*(?:©|Ⓒ|\(c\)\s|Copyright\b|版权所有)|^[^，,。；;！!？?]{0,30}版权所有[^，,。；;！!？?]{0,30}$/iu;
/**
 * A site's footer row printed as text (`关于我们 | 联系我们 | 网站声明 | 广告服务`): four or more short names
 * parted by bars, none a sentence or a card's field; where the page's own part has ended.
 */
const SITE_LINKS_ROW_RE = /^[^\s|｜，,。；;！!？?:：\d]{2,8}(?:\s*[|｜]\s*[^\s|｜，,。；;！!？?:：\d]{2,8}){3,}$/u;
/** A mailing's foot (`您收到这封邮件，是因为您订阅了…`, `退订 | 管理订阅`): the sender's, never the answer. */
const MAILING_FOOT_RE = /^(?:您(?:之所以)?收到(?:这|此|本)封(?:邮件|电子邮件)|(?:如果?|若)(?:您)?不(?:想|希望)再?收到|(?:点击)?(?:退订|取消订阅)(?:\s*[|｜]|$|本))/u;
/**
 * A reminder a site or its editor adds at an article's close (`专家提醒，如有不适请及时就医。`,
 * `小编提醒：…`, or the box's heading alone): someone else's words about the doctor's advice.
 */
const CLOSING_REMINDER_RE = /^(?:专家|医生|小编|编者|温馨|特别|健康|友情)(?:提醒|寄语)(?:\s*[:：，,]|$)/u;
/** A line's end inside a phrase: a Han character, a digit or a comma (、，), no sentence's end, colon or bracket. */
const MID_PHRASE_END_RE = /[\p{Script=Han}\d、，,]$/u;

/** Who speaks a turn of a consultation shown as a chat: the asker's side, the doctor's side. */
const ASKER_SPEAKER_RE = /^(?:患者|病人|提问者|提问人|咨询者|网友|用户|家属|患者家属|游客|匿名用户|我)\s*(?:追答|回复|答复|回答|补充)?\s*[:：]?$/u;
const DOCTOR_SPEAKER_RE = /^(?:医生|大夫|专家|医师|主诊医生|接诊医生)\s*(?:追问|询问|问|回答|解答|回复|答复)?\s*[:：]?$/u;
/** A turn's head naming the doctor with what the turn does (`王医生的回答`, `王医生追问`): the name before it. */
const NAMED_TURN_RE = /(?:医生|大夫)?\s*的?\s*(?:追问|询问|回答|解答|回复|答复)?\s*[:：]?$/u;
/** A line spoken by someone other than the answering doctor, or another doctor's byline: not the answer. */
const ASKER_VOICE = '(?:患者|病人|提问者|网友|用户|家属|追问|补充)\\s*[:：]';
const OTHER_VOICE_RE = new RegExp(`^(?:${ASKER_VOICE}|(?:回答者|回答人|答题者|回复者|解答者)\\s*[:：])`, 'u');
/** A line in the asker's voice (`患者：…`, `追问：…`). */
const ASKER_VOICE_RE = new RegExp(`^${ASKER_VOICE}`, 'u');
/** The longest thanks of the asker's that ends an answer. */
const ASKER_REPLY_CHARS = 30;
/** A prompt linked at the end of an answer's line (`[点击咨询医生]`): not the answer's text. */
const TRAILING_PROMPT_RE = /\s*(?:[[【]\s*(?:点击|立即|免费|在线)?(?:咨询|提问)[^\]】]{0,8}[\]】]|(?:点击|立即|免费)(?:咨询|提问)\S{0,8})\s*$/u;
/** A line that says which doctor answers (`王医生 回答：`, `李大夫的回复`): the surname or name before 医生/大夫. */
const SIGNED_RE = /^(\p{Script=Han}{1,3}?)(?:医生|大夫)\s*的?\s*(?:回答|解答|回复|答复)?\s*[:：]?$/u;
/** A line naming who answers with the answer's word (`方强医生的回答`, `王医生回复：`): the answer's label, not its text. */
const SIGNED_LABEL_RE = /^\p{Script=Han}{1,4}?(?:医生|大夫|医师|老师)\s*的?\s*(?:回答|解答|回复|答复|答)\s*[:：]?$/u;

const TITLE_ONLY_RE = new RegExp(`^${TITLE_RE.source}$`, 'u');

/** The name or surname of the doctor a line near the answer says answers, where one does. */
function signedBy(blocks: Block[], question: number, end: number): string | null {
  for (let i = question + 1; i < end; i++) {
    const line = blocks[i]!.text.replace(/\s+/gu, '');
    // A title of the vocabulary (`副主任医生`) names no one, nor a role's tag (义诊医生, 授课医生).
    // Nor does the heading of the doctor's box (关于医生, 主讲医生, 答疑医生) or a prompt to read the answer (查看医生回答).
    // Nor does the asker's thanks (谢谢医生, 感谢医生), nor a box's call to ask (免费问医生, 在线问医生).
    // Nor a word praising who answers (权威医生解答, 资深医生, 三甲医生: a platform's label over a certified doctor's answer).
    const m = blocks[i]!.chars <= 12 && !TITLE_ONLY_RE.test(line) && !isDoctorBoxHead(line) && !CARD_HEAD_RE.test(line.replace(/[:：]$/u, '')) ? line.match(SIGNED_RE) : null;
    if (m && !/^(?:主治|主任|专家|接诊|回答|解答|回复|答复|推荐|签约|家庭|认证|已认证|问|找|好|名|约|请|向|咨询|在线|免费|预约|本文|本篇|相关|同科室|本科室|本院|同院|其他|更多|热门|查看|展开|点击|主诊|责任|值班|义诊|出诊|坐诊|授课|主讲|答疑|谢谢|感谢|多谢|权威|知名|资深|专业|优质|三甲|平台|入驻|合作|(?:免费|在线|快速|立即|马上|极速)(?:问|找|咨询))$/u.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** A line that ends with a date (and time): text stamped as a post is, such as the asker's. */
const ENDS_WITH_DATE_RE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;
/** A voice message's length as chat apps print it (0'58'', 58″): the answer was spoken. */
const VOICE_LENGTH_RE = /\d\s*(?:''|″|")|\d+\s*'\s*\d+/u;
/**
 * A paid voice answer's bubble (`1元偷听 1:35`, `限时免费听 0:35`, a listener count `7523人听过` beside it), an elder
 * mode's voice bar (`点击收听 116秒`): its length (`1:35`, `116秒`) is a recording's too, where the bar offers it to
 * listen to (a text-to-speech button, `点击朗读`, offers no recording and prints no length).
 */
const LISTEN_IN_RE = /偷听|旁听|免费听|元\s*听|收听/u;
const PLAYED_LENGTH_RE = /\d{1,2}[:：]\d{2}/u;
const WORDED_LENGTH_RE = /\d{1,3}\s*(?:秒|分钟?)/u;
const isVoicePlayer = (line: string, near: readonly Block[]) =>
  PLAYER_RE.test(line) &&
  (VOICE_LENGTH_RE.test(line) || (PLAYED_LENGTH_RE.test(line) && (LISTEN_IN_RE.test(line) || near.some((b) => isPlayCount(b.text)))) || (WORDED_LENGTH_RE.test(line) && LISTEN_IN_RE.test(line)));

/** `end`: a line after which nothing is the answer's or its meta (a divider, a related list's label, the page's printed address). */
/** `note`: a note on the post itself (`本帖最后由…于…编辑`), neither the answer nor its meta. */
const NO_CARD = 'no doctor card found';

type Kind = 'card' | 'product' | 'caption' | 'disclaimer' | 'label' | 'meta' | 'player' | 'asker' | 'speaker' | 'ui' | 'tags' | 'nav' | 'heading' | 'end' | 'note' | 'text';

/** A page as the genre reader takes it: a cheerio document, or the page's one walk and its queries (page-index.ts). */
export type GenrePage = CheerioAPI | { index: PageIndex; query: PageQuery };

/**
 * `structuredData`: whether the page may hold JSON-LD (its text mentions `ld+json`); pages that
 * do not are spared the search for it. `relatedLabel`: the selector of the related list's label a
 * profile names (related-list.ts).
 */
export function readGenrePage(source: GenrePage, resolve: (href: string) => string, options: ReadOptions = {}): GenreReading {
  // A page in traditional script is read folded to simplified (its labels and vocabulary match), and published as printed.
  const folded = foldPage(typeof source === 'function' ? source.root().get(0)! : source.index.document);
  if (!folded) return readPage(source, resolve, options);
  try {
    const reading = readPage(source, resolve, options);
    const printed = (d: EntryDraft): EntryDraft => ({
      ...d,
      question: folded.asPrinted(d.question),
      answerParagraphs: d.answerParagraphs.map((p) => folded.asPrinted(p)),
      doctor: Object.fromEntries(Object.entries(d.doctor).map(([k, v]) => [k, v === null ? null : folded.asPrinted(v)])) as unknown as Doctor,
    });
    const related = reading.related.map(printed);
    const page = reading.page ? printed(reading.page) : null;
    return { ...reading, page, related };
  } finally {
    folded.restore();
  }
}

interface ReadOptions {
  structuredData?: boolean;
  relatedLabel?: string;
}

function readPage(source: GenrePage, resolve: (href: string) => string, options: ReadOptions): GenreReading {
  const $ = typeof source === 'function' ? source : null;
  const walked = typeof source === 'function' ? null : source;
  // Every body a browser shows, merged (merged-bodies.ts): an injected document's body may come first.
  const bodies = shownBodies($ ? ($('body').toArray() as Element[]) : walked!.index.bodies);
  const { blocks, media, stamps } = renderBlocks(bodies.length > 0 ? bodies : ($ ? $.root().get(0)! : walked!.index.document));
  let title = withoutInvisible($ ? $('title').first().text() : walked!.index.titles[0] ? textContent(walked!.index.titles[0]) : '');
  // Search results, a removed question's notice, a login wall, a patient's review of a doctor (patient-review.ts): no Q&A of the page's own, and their lists none related to one.
  const noQa = noQaHere(blocks, title) ?? patientReview(blocks);
  if (noQa) return { page: null, related: [], noQa };
  const found = $ ? findRelatedList($, resolve) : walked!.query.relatedList(resolve, options.relatedLabel);
  const list = { ...found, items: checkRelated(found.items, resolve, copiedFrom(blocks)) };
  const structured = options.structuredData === false ? null : readStructuredData($ ?? walked!.index.jsonLd);
  // A public board's record of a message and the reply it was forwarded for: its fields say what each part is (message-board.ts).
  // So is a back office's record exported as a sheet: a head row over the record's row (record-sheet.ts).
  const board = boardRecord(blocks) ?? sheetRecord(blocks);
  if (board) return readingOf(withSiteHospital(board, blocks, title), blocks, list);
  // A reply as mail and BBSes print it: its header's fields, its signature and the original it quotes say what each part is (mailed-reply.ts).
  const mailed = mailedReply(blocks);
  if (mailed) return readingOf(mailed, blocks, list);
  // An app's page titled by its name, no heading above its question (unheaded-question.ts); an app's 问诊详情 page: its
  // title names the kind of page; the consult's title line is the question (consult-title.ts).
  const unheaded: ReturnType<typeof findQuestion> = unheadedQuestion(blocks, title);
  // A doctor's post on their own account (account-post.ts): the question it quotes under the post's author and stamp,
  // whatever heading the title starts with (the account's nickname).
  const post = readPost(blocks);
  // A short video's share page titled by its author's name: the caption's asked line (caption-question.ts).
  let at = (unheaded?.confirmed ? unheaded : null) ?? (post && postQuestion(post)) ?? consultTitle(blocks, questionFromTitle(title)) ?? captionQuestion(blocks, title) ?? findQuestion(blocks, title, structured);
  // A page of several documents (merged-bodies.ts): the heading a later document's <title> repeats is the question.
  for (const other of at?.confirmed ? [] : documentTitles($ ? ($('title').toArray() as Element[]) : walked!.index.titles).slice(1)) {
    const again = findQuestion(blocks, withoutInvisible(textContent(other)), structured);
    if (again?.confirmed) [at, title] = [again, withoutInvisible(textContent(other))];
    if (again?.confirmed) break;
  }
  at ??= unheaded;
  // A course's lesson page: its heading the lesson's, the question a student's under it (student-question.ts).
  const student = at?.confirmed && blocks[at.index]!.heading ? studentQuestion(blocks, at.index, blocks[at.index]!.text) : null;
  // A broadcast's (a stream's, an episode's) answer is the video its page plays between its heading and the question.
  const aired = student?.aired !== undefined && media.some((m) => m.format === 'video' && m.at > at!.index && m.at < student.index);
  // An episode's heading that is the caller's question, the programme's name before it (`《名医在线》问题？` over `观众来电：问题？…`):
  // the question headlined, where the page stands as any other (the caller's line is the asker's turn, transcript-speakers.ts).
  const headlined = student && at ? withoutColumnName(at.text) : null;
  const core = headlined ? comparable(headlined).replace(/[?？]$/u, '') : '';
  if (student) at = headlined !== at!.text && core.length >= 4 && comparable(student.text).startsWith(core) ? { ...at!, text: headlined! } : student;
  if (at === null) return { page: null, related: list.items, ...(list.items.length > 0 ? { ownUnread: 'no question of its own found' } : {}) };
  // A reply's subject or a thread's title marks it a reply (`Re: …`, `回复：…`): the mark is none of the question (reply-subject.ts).
  at.text = withoutReplyMark(withoutSequenceNumber(withoutColumnName(at.text)));
  // A headline that adds words to the question printed below it (retitled-question.ts).
  at.text = printedQuestionBelow(blocks, at.index, at.text) ?? at.text;
  // A heading that prints the question cut short (`颈椎病要做…`) over the whole of it in the answer's box.
  at.text = wholeQuestionBelow(blocks, at.index, at.text) ?? at.text;
  // A mirror's keyword tail after the heading's question, where its <title> stuffs keywords after the same question (genre.ts).
  at.text = withoutStuffedTail(at.text, title) ?? at.text;
  // A list holding the page's own question among its items (a doctor's page listing all its answers): that one is the page's, no item.
  const ownQuestion = comparable(at.text);
  const others = list.items.filter((i) => comparable(i.question) !== ownQuestion && comparable(i.answerParagraphs[0] ?? '') !== ownQuestion);
  if (others.length < list.items.length) list.items = others.map((item, position) => ({ ...item, position }));
  // A forum thread in floors: the certified doctor's floor is the answer, its tail the date (forum-floors.ts).
  const thread = forumThread(blocks, at);
  if (thread) return readingOf(thread, blocks, list);
  // A thread of posts each headed by its author and day: the post of the author marked a doctor (headed-posts.ts).
  const posts = headedThread(blocks, at);
  if (posts && 'unmarked' in posts) return { page: null, related: list.items, ownUnread: posts.unmarked };
  if (posts) return readingOf(posts, blocks, list);
  const listEnd = Math.min(zoneEnd(blocks, at.index, list.label ?? list.linksLabel ?? null), firstItemAfter(blocks, at.index, list.items));
  // Another signed 问 / 答 pair after the page's own is a Q&A of its own (qa-pairs.ts).
  // Others' answers before the answering doctor's card are passed over: the answer's end is sought after them.
  const before = othersBefore(blocks, at.index, listEnd);
  const end = nextPairAt(blocks, at.index, othersEnd(blocks, before ? before[1] - 1 : at.index, listEnd));
  // A newspaper column: a reader's 问 and the 答 that names who answers (column-answer.ts), dated by the issue (issue-date.ts).
  const column = columnAnswer(blocks, at.index, end);
  if (column) {
    const date = columnDate(blocks, at.index, column.lines[0]!);
    const doubts = [...column.doubts, ...(date === null ? ['no date read: the column prints none, and no issue day or posting line stands above it'] : []), ...(at.confirmed ? [] : ['the question is not the heading the <title> repeats'])];
    return readingOf({ ...column, question: { index: at.index, text: at.text }, answerLines: column.lines, date, doubts }, blocks, list);
  }
  let card = findDoctorCard(blocks, at.index, end);
  // Several doctors' answers, one marked as the asker's pick: that one's card, text and date are the page's.
  const accepted = card?.others ? acceptedAnswer(blocks, at.index, end) : null;
  if (accepted) card = findDoctorCard(blocks, accepted.from - 1, accepted.to) ?? card;
  // No card by the answer: one in a side column, under a heading that names the page's own doctor;
  // of several cards, the one under that heading (beside 推荐医生 and their kind).
  card ??= sideCard(blocks, at.index, end);
  // Or the one card of the column beside the content's, which the markup puts after the related list (side-column.ts).
  if (end === listEnd) card ??= nextColumnCard(blocks, at.index, listEnd);
  // No card below the question: a band above it naming the doctor, whose box after the answer names the rest.
  card ??= splitCardAbove(blocks, at.index, listEnd);
  // A doctor's own page: the card around its <h1>, the doctor's name, however far above the question.
  card ??= doctorPageCard(blocks, at.index);
  // A booking site's doctor page: the doctor's header over the schedule, then the Q&A; its card however far above.
  const farAbove = card === null ? soleCardAbove(blocks, at.index) : null;
  card ??= farAbove;
  // A bar fixed to the screen's foot holding the page's only doctor, however far down the markup puts it.
  card ??= soleFixedCard(blocks, at.index);
  // A shared chat's card above the question, naming whom its notice says has joined (`药师王明已接入`).
  card ??= joinedCardAbove(blocks, at.index, end);
  // A card set apart with no heading, naming the doctor who signs the answer (side-card.ts).
  if (!card?.doctor.name) card = signedSideCard(blocks, at.index, end, signedBy(blocks, at.index, end)) ?? card;
  // A card that prints no name, where the answer is e-signed (signature.ts).
  card ??= findDoctorCard(blocks, at.index, end, signatureName(bodies));
  const headed = card?.others && !accepted ? sideCard(blocks, at.index, end, { inZone: true }) : null;
  if (card && headed) card = { ...headed, elements: [headed.element, ...card.elements.filter((el) => el !== headed.element)] };
  // Of several cards alike, the one marked as the answerer's, or named in the answer's head (marked-card.ts).
  if (card?.others && !accepted && !headed) card = markedCard(blocks, card, at.index, end) ?? card;
  // A card of labelled lines without an element of its own (a reader view): where no card by markup names a hospital.
  if (!card?.doctor.hospital) card = labelledLinesCard(blocks, at.index, end) ?? card;
  // Or one line per field, unlabelled, as a transcoder or reader view flattens a card (flattened-card.ts).
  if (!card) card = flattenedCard(blocks, at.index, end);
  const [answerFrom, answerTo] = accepted ? [accepted.from - 1, accepted.to] : [at.index, end];
  const othersLine = (i: number) => accepted !== null && (i < accepted.from || i >= accepted.to) && inside(blocks[i]!.node, accepted.element.parent!);
  // A shop's product card among the answer's lines is passed over, as a player is (only where a price is shown).
  const priced = blocks.some((b, i) => i > at.index && i < end && showsCardFigure(b.text));
  const badges = readBadges(blocks, at.index, end);
  const info = readInfoLines(blocks, at.index, end);
  const kinds = blocks.map((b, i) => (i > at.index && i < end ? (priced && b.chars <= 40 && inProductCard(b.node) && !inCard(b, card) ? 'product' : kindOf(b, card?.elements ?? [])) : 'text'));
  if (card) cardLinesOnly(blocks, kinds, card, at.index, end);
  // A drug's label excerpted beside the answer (its 【用法用量】… sections) is the maker's text, none of the answer (drug-label.ts).
  const label = drugLabelLines(blocks, at.index + 1, end);
  for (const i of label) kinds[i] = 'product';
  // A reader view's byline over its reading estimate (reading-estimate.ts): the author, none of the answer.
  const viewByline = estimateByline(blocks, at.index);
  if (viewByline && kinds[viewByline.index] === 'text') kinds[viewByline.index] = 'ui';
  // A doctor's week of clinic sessions by the card (schedule-table.ts): the card's furniture, its month-days no date of the answer.
  const schedule = scheduleLines(blocks, at.index + 1, end);
  for (const i of schedule) kinds[i] = 'card';
  // Viewers' 弹幕 over a video's player and in their list (danmaku.ts): none of the answer, their days none of its.
  if (media.some((m) => m.format === 'video')) for (let i = at.index + 1; i < end; i++) if (kinds[i] !== 'card' && isDanmaku(blocks[i]!.node)) kinds[i] = 'note';
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
  const chat = markConversation(blocks, kinds, at.index, end, card?.doctor.name ?? null);
  // A chat of bubbles beside their speakers' pictures: the asker's bubbles theirs, the answerer's courtesies none of the answer (chat-sides.ts).
  const sides = chatSides(blocks, at.index, end);
  for (const i of sides?.asker ?? []) if (kinds[i] === 'text') kinds[i] = 'asker';
  for (const i of sides?.courtesies ?? []) if (kinds[i] === 'text') kinds[i] = 'note';
  // A texted consultation's messages from the asker, under their masked numbers (texted-question.ts).
  const texted = markTextedAsker(blocks.map((b) => b.text), kinds, at.index + 1, end);
  markBadges(kinds, badges, at.index);
  // An earlier Q&A quoted at the answer's head is none of it, its day none of the answer's (quoted-qa.ts).
  markQuotedQa(blocks, kinds, badges, at.index + 1, end);
  // So is the original a reply quotes, as mail and BBSes quote it (quoted-original.ts).
  markQuotedOriginal(blocks, kinds, at.index + 1, end);
  if (at.labelled && isAskerLine(blocks[at.index]!.text)) markAskerBox(blocks, kinds, at.index, end);
  markAskerWords(blocks, kinds, at.index, end);
  markWordsBeforeAnswerer(blocks, kinds, at.index, end);
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
  markAssistantNotes(blocks, kinds, at.index, end);
  // An answer given in parts (补充回答 and its time): one answer, dated by its first part (answer-parts.ts).
  markAnswerParts(blocks, kinds, at.index + 1, end);
  // The asker's follow-up asked after the answer's stamp (患者追问：…吗？ under 回答时间：…) ends the answer, as its head alone does (follow-up.ts).
  for (const i of followUpsAfterStamp(blocks, at.index, end, (i) => kinds[i] === 'meta')) kinds[i] = 'end';
  // A divider with the answer's text right after it divides the answer, and ends nothing.
  for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'end' && DIVIDER_RE.test(blocks[i]!.text) && kinds[i + 1] === 'text') kinds[i] = 'ui';
  // A card printed as a signature (`（解答专家：…）`) signs the text before it: the answer is there, not after it.
  const signed = card !== null && blocks.some((b, i) => i > at.index && i < end && kinds[i] === 'card' && inside(b.node, card!.element) && isSignature(b.text));
  // The card's doctor named alone over the answer (`王明：`, a transcript's speaker): who speaks, none of what is said.
  const speaker = card?.doctor.name;
  if (speaker) for (let i = at.index + 1; i < end; i++) if (kinds[i] === 'text' && /[:：]\s*$/u.test(blocks[i]!.text) && blocks[i]!.text.replace(NAMED_TURN_RE, '').trim() === speaker) kinds[i] = 'label';
  // No card: a line introducing who answers (`本期由我院眼科医师邹宏勇为大家解答`) is one, none of the answer (credit-sentence.ts).
  // Or, on a doctor's own account page, the account's name and its verification line (account-post.ts).
  const credited = card === null ? (creditSentence(blocks, at.index + 1, end) ?? (post && accountCard(blocks, post)) ?? unitCredit(blocks, at.index + 1, end)) : null;
  if (credited) kinds[credited.line] = 'card';
  // Or a note's account: its nickname and verification line by the question, none of the answer (account-post.ts).
  const account = card === null && !credited ? verifiedAccountCard(blocks, at.index) : null;
  if (account) for (const line of account.lines) kinds[line] = 'card';
  // A record's form of labelled sections (问诊报告, 订单详情): the answer is what the doctor's label heads (record-sections.ts).
  const advice = accepted === null && titleNamesPageKind(questionFromTitle(title)) ? adviceSection(blocks, at.index + 1, end) : null;
  let answer = advice ? readAnswer(blocks, kinds, advice.label, advice.end, null) : readAnswer(blocks, kinds, answerFrom, answerTo, signed ? null : card);
  // Nothing but short lines after the card: the card stands after the answer (a side column printed after the content).
  // So too where the text after the card stands outside the box that holds the question and the card
  // (a search result's answer card: the next results follow it), and text before the card stands inside it.
  const box = card ? boxOf(blocks[at.index]!.node, card.element) : null;
  const outside = box !== null && answer.first >= 0 && !inside(blocks[answer.first]!.node, box);
  // So too where the card's item in a list of answers ends before the text after it: that text is the next doctor's (answer-items.ts).
  const item = card?.others ? answerItemOf(card.element) : null;
  const nextItem = item !== null && answer.first >= 0 && !inside(blocks[answer.first]!.node, item);
  if (!advice && card && (outside || nextItem || !answer.paragraphs.some((p) => PROSE_RE.test(p)))) {
    // The card's own item holds its text: read there, from the item's first line (the lines above it are the asker's and the list's head).
    const itemFrom = nextItem ? blocks.findIndex((b, i) => i > answerFrom && i < answerTo && inside(b.node, item!)) : -1;
    const before = readAnswer(blocks, kinds, itemFrom > answerFrom ? itemFrom - 1 : answerFrom, answerTo, null);
    const within = (el: Element | null) => el === null || (before.first >= 0 && inside(blocks[before.first]!.node, el));
    if (before.paragraphs.some((p) => PROSE_RE.test(p)) && (!outside || within(box)) && (!nextItem || within(item))) answer = before;
  }
  // Of answers listed alike (other authors' too, whoever they are), the answer's own item holds it: it ends where another
  // item begins, and the others' days are theirs (answer-items.ts).
  const otherItems = !advice && card && answer.first >= 0 ? otherAnswerItems(card.element, blocks[answer.first]!.node!) : [];
  const intoOther = otherItems.length > 0 ? blocks.findIndex((b, i) => i > answer.first && i <= answer.last && otherItems.some((el) => inside(b.node, el))) : -1;
  if (intoOther !== -1) answer = readAnswer(blocks, kinds, answer.first - 1, intoOther, null);
  // A transcript's subtitles after their start times (video-page.ts).
  answer.paragraphs = withoutCueTimes(answer.paragraphs, media.some((m) => m.format === 'video'));
  // An answer given on air, pointing at its moment in the replay (video-page.ts).
  const onAir = answeredOnVideo(blocks, at.index + 1, end, answer.paragraphs, student?.aired !== undefined);
  if (onAir) answer.paragraphs = onAir;
  const { paragraphs, doubts, nodes, first, last } = answer;
  // The question again under its asker's label, opening a video's description or a caption (`粉丝问：…`): the asker's, none of the answer.
  if (paragraphs.length > 1 && restatesQuestion(paragraphs[0]!, at.text)) paragraphs.shift();
  // A line or two just above the question may carry its date (not a list's set before it); below it, every line but the answer's text.
  const question = at.index;
  // An order page's progress bar: its reply step dates the answer, its other steps nothing (progress-steps.ts).
  const steps = progressSteps(blocks, 0, first >= 0 ? first : end);
  const stepLines = new Set(steps?.lines);
  // A texted question's sender stamp dates the asking (texted-question.ts); a feed's line of who answered what, another answer (ticker.ts).
  const above = blocks.slice(Math.max(0, question - 2), question).filter((b, i, xs) => (readMetaLine(b.text).metaOnly || isPostStamp(b.text)) && !isSenderStamp(b.text) && !isActivityLine(b.text, at.text) && !endsListAbove(blocks, question - xs.length + i, question) && !stepLines.has(question - xs.length + i) && !isProductDay(b.text, blocks[question - xs.length + i - 1]?.text));
  // Blocks of other kinds after the answer (articles, recommended doctors) are not the page's own.
  // Other doctors' answers listed after it under a head naming them (answer-list.ts): none of the page's.
  const later = card?.others && !accepted ? laterAnswersStart(blocks, at.index, end, card.element, card.elements, (i) => kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0) : -1;
  let own = Math.min(ownEnd(blocks, kinds, last, end, card?.element ?? null), endAfter(kinds, last, end), later === -1 || later <= last ? end : later);
  // Doctors' answers listed alike, none marked as the asker's pick: the first shown is the page's, its part
  // ends where the next answer's item begins (answer-items.ts); other cards before that end are doubted.
  const nearOthers = card?.others ? card.elements.slice(1).filter((el) => blocks.findIndex((b) => inside(b.node, el)) < own) : [];
  const marked = blocks.some((b, i) => i > at.index && i < end && isAcceptedMark(b.text));
  const laterItems = nearOthers.length > 0 && !accepted && !marked && first >= 0 ? laterAnswerItems(card!.element, blocks[first]!.node!, nearOthers) : null;
  const nextAnswer = laterItems ? blocks.findIndex((b) => laterItems.some((el) => inside(b.node, el))) : -1;
  if (nextAnswer > last) own = Math.min(own, nextAnswer);
  const foreign = otherPostStamps(blocks, kinds, at.index, first, last, own);
  // Posts stamped under their text: the stamps over others' texts are theirs (stamp-below.ts).
  const furniture = (i: number) => !['card', 'heading', 'nav', 'asker', 'end'].includes(kinds[i]!) && blocks[i]!.linkChars === 0 && !PROSE_RE.test(blocks[i]!.text);
  const lineKinds = { isText: (i: number) => kinds[i] === 'text' || kinds[i] === 'asker', isCard: (i: number) => kinds[i] === 'card', isFurniture: furniture };
  for (const i of stampsOfOtherTexts(blocks, lineKinds, at.index, first, last, end)) foreign.add(i);
  // A chat whose doctor's turns carry their day: the asker's stamps and description date the asker's words, not the answer.
  for (const i of chat.notAnswerDates) foreign.add(i);
  for (const i of [...(student?.askedStamps ?? []), ...texted]) foreign.add(i);
  for (let i = before?.[0] ?? 0; i < (before?.[1] ?? 0); i++) foreign.add(i);
  for (const i of stepLines) foreign.add(i);
  // A drug label's 核准日期 / 修改日期 are the label's days, none of the answer's (drug-label.ts).
  for (const i of label) foreign.add(i);
  for (const i of schedule) foreign.add(i);
  // The asker's sex, age and day under the question (asker-stamp.ts): the day asked, no answer's.
  for (let i = at.index + 1; i < own; i++) if (isAskerStamp(blocks[i]!.text)) foreign.add(i);
  const askerLine = (t: string) => isAskerLine(t) || isAskerLabel(t);
  const stampLine = (t: string) => {
    const meta = t.length <= 40 ? readMetaLine(t) : null;
    return meta !== null && meta.metaOnly && meta.dates.length > 0;
  };
  for (const i of askerBoxStamps(blocks, at.index + 1, own, first >= 0 ? blocks[first]!.node : null, askerLine, stampLine)) foreign.add(i);
  // Members' answers beside the doctor's (a community's or an app's 问大家): their days are theirs (member-answer.ts).
  for (const i of memberPostLines(blocks, at.index + 1, own, (i) => kinds[i] === 'card' || (i >= first && i <= last))) foreign.add(i);
  // Other authors' answers in items of the answer's own kind: their days are theirs.
  if (otherItems.length > 0) for (let i = at.index + 1; i < own; i++) if (otherItems.some((el) => inside(blocks[i]!.node, el))) foreign.add(i);
  const near = withCellLabels(blocks, at.index + 1, own)
    // A consultation on sale in a product card (图文问诊 over ¥29) names a service, not this answer's format
    // (a price to hear this answer, ¥2 偷听 beside its length, is this answer's).
    .filter((b, i) => kinds[at.index + 1 + i] !== 'text' && !(kinds[at.index + 1 + i] === 'product' && sellsConsultation(b.text)) && !(kinds[at.index + 1 + i] === 'card' && isCardButton(b)) && kinds[at.index + 1 + i] !== 'nav' && kinds[at.index + 1 + i] !== 'note' && !foreign.has(at.index + 1 + i) && !othersLine(at.index + 1 + i) && !isMemberByline(b.text))
    // The answer's label before its format (`医生回复：语音`, `医师回复 图文`) is no part of the meta
    // (a spaced one only before a format word: `医生回复 2个月前` is dated by the page's other means).
    .map((b) => {
      if (LABEL_PREFIX_RE.test(b.text)) return { ...b, text: b.text.replace(LABEL_PREFIX_RE, '') };
      const spaced = b.text.match(LABEL_SPACED_RE);
      const rest = spaced ? b.text.slice(spaced[0].length) : '';
      return spaced && readMetaLine(rest).format !== 'unknown' ? { ...b, text: rest } : b;
    });
  const within = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at > at.index && x.at <= own);
  // A video page's player heads it, above the question (video-page.ts).
  const replied = steps ? [{ ...blocks[steps.at]!, text: `回复 ${steps.replied}` }] : [];
  // A <time> on the asker's line (`提问于 <time>`) dates the asking, as its printed day does: none of the answer's.
  const answerStamps = within(stamps).filter((s) => !foreign.has(s.at) && !readMetaLine(blocks[s.at]?.text ?? '').dates.some((d) => d.kind === 'asked'));
  const meta = readMeta(withoutPublishedWhereAnswered([...replied, ...above, ...near], blocks.some((b) => isReprintNotice(b.text))), [...leadPlayers(blocks, media, at.index), ...within(media)], answerStamps);
  if (meta.format === 'unknown' && near.some((b) => isVoicePlayer(b.text, near) || isDoctorVoiceBar(b.text))) meta.format = 'voice';
  if (meta.format === 'unknown' && (near.some((b) => isPosterOverAnswer(b.text, b.node)) || leadsWithPoster(blocks, at.index))) meta.format = 'video';
  if (meta.format === 'unknown' && (onAir || aired)) meta.format = 'video';
  // An audio player's bar (length, speed, download size) by the answer; a video page whose player its scripts draw (video-page.ts).
  if (meta.format === 'unknown' && near.some((b) => isAudioBar(b.text))) meta.format = 'voice';
  if (meta.format === 'unknown' && uploadedVideoPage($ ? $('head').get(0) : headOf(walked!.index.document))) meta.format = 'video';
  // The answer's text under a label naming what it transcribes (`视频文字版`, media-format.ts): the recording's format.
  if (meta.format === 'unknown') meta.format = blocks.slice(at.index + 1, own + 1).map((b, i) => (kinds[at.index + 1 + i] === 'label' ? transcriptFormat(b.text) : null)).find((f) => f) ?? 'unknown';
  if (meta.format === 'unknown') meta.format = cardSaysFormat(blocks, kinds, at.index, own);
  // A record's service field names its format wherever the form prints it, above the question too (record-sections.ts).
  if (meta.format === 'unknown' && advice) meta.format = formatFromLabel(serviceField(blocks, 0, own) ?? '');
  if (meta.format === 'unknown') meta.format = taggedFormat(blocks[at.index]!.text);
  // A row of chips under the question, one a format word (format-chip.ts).
  if (meta.format === 'unknown' && at.index + 1 < own) meta.format = chipRowFormat(blocks[at.index + 1]!.node);
  // A title saying the page plays the recording (`…_在线收听_…`, media-format.ts): that recording is the answer.
  if (meta.format === 'unknown') meta.format = titlePlaysFormat(title) ?? 'unknown';
  // An article's info line of labelled fields above the question (its byline: 编辑, 来源, the date) dates the answer where nothing nearer does.
  // An e-paper's article prints no day of its own: the issue's above it is its day (issue-date.ts).
  if (meta.date === null) meta.date = student?.aired ?? info.above ?? labelledDateAfter(blocks, listEnd, list.items) ?? issueDate(blocks, at.index);
  const stamped = answerStamps.filter((s) => findDate(s.datetime) !== null);
  if (meta.date !== null && stamped.length > 0 && !stamped.some((s) => namesDay(s.datetime, meta.date!))) doubts.push('a <time datetime> near the answer gives another date');
  const asked = near.flatMap((b) => readMetaLine(b.text).dates.filter((d) => d.kind === 'asked').map((d) => d.iso));
  if (meta.date !== null && asked.some((d) => d > meta.date!)) doubts.push('the date read is before the question was asked');
  if (list.items.length === 0 && !list.links && last >= 0 && unlistedQuestions(blocks, last + 1)) doubts.push('questions linked after the answer that the reader does not take as a related list');
  else if (list.items.length === 0 && list.unplaced) doubts.push(`a reading list (${textContent(list.unplaced).trim()}) whose items the page's unknown address cannot tell from articles`);
  // An article its CMS split over pages (pager.ts): the answer read is this page's part of it, the rest is on the others.
  const pagerAt = last >= 0 ? blocks.findIndex((b, i) => i > last && i < end && kinds[i] === 'end') : -1;
  const continues = pagerAt !== -1 && isArticlePager(blocks[pagerAt]!.text);
  if (continues) doubts.push('the answer goes on on another page (a pager ends it)');
  // A paywall's prompt right under the answer's last line (`试读结束 · 订阅课程后可查看全部内容`): the answer goes on behind it,
  // the part shown is a preview however it ends.
  const paywalled = last >= 0 && blocks.slice(last + 1, Math.min(last + 4, end)).some((b, k) => kinds[last + 1 + k] !== 'text' && isPaywallPrompt(b.text));
  // A related list's label as a line of text (a print version's <pre>): its items are lines too.
  const labelAt = list.items.length === 0 && !list.links && last >= 0 ? blocks.findIndex((b, i) => i > last && b.chars <= 24 && isRelatedLabel(b.text)) : -1;
  if (labelAt !== -1) list.items = checkRelated(readPrintedList(blocks.slice(labelAt + 1), resolve), resolve, copiedFrom(blocks));
  // A label alone in its box heads a list the site printed empty (its query failed): nothing was missed.
  // So does one over bare linked titles (a post's 往期回顾): titles with no snippet are no items, as unlistedQuestions reads them.
  if (labelAt !== -1 && list.items.length === 0 && !isAloneInBox(blocks[labelAt]!) && !headsOnlyLinks(blocks[labelAt]!)) doubts.push(`a related list's label with no list read under it (${blocks[labelAt]!.text})`);
  const published = metaTagDate($ ? $('head').get(0) : headOf(walked!.index.document));
  if (meta.date === null && published !== null) {
    meta.date = published.date;
    // The standard publishing properties say what they date; a bare `date` may be the page's, not the answer's.
    if (!published.standard) doubts.push('the date is read from a <meta> tag only, not from the page shown');
  } else if (meta.date !== null && published !== null && published.date !== meta.date) doubts.push('a <meta> tag gives another date');
  if (meta.date === null && chat.yearless.length > 0) doubts.push(`the chat's day line has no year to date the answer by (${blocks[chat.yearless[0]!]!.text})`);
  if (!at.confirmed) doubts.push('the question is not the heading the <title> repeats');
  if (isCutQuestion(at.text)) doubts.push(`the question is printed cut short and its whole is not on the page (${at.text.slice(-12)})`);
  // Off-site items kept (as many as the site's own): the page's list may count ads among its questions.
  if (list.items.some((i) => i.doubts?.includes(OFF_SITE))) doubts.push('related items link off-site: the list may count ads');
  if (meta.conflicting) doubts.push('dates or formats near the answer disagree');
  const pictured = card ? readCardPictures(card.element, card.doctor) : null;
  if (pictured) doubts.push(...pictured.doubts);
  const byline = card ? null : authorCard(blocks, last + 1);
  const bio = card || byline ? null : (bioSentenceCard(blocks, last + 1, end) ?? (first >= 0 ? bioSentenceCard(blocks, Math.max(0, at.index - BIO_LINES_ABOVE), first, true) : null));
  let doctor = pictured?.doctor ?? byline ?? bio ?? (card ? null : cellCard.doctor) ?? cardLine(blocks, kinds, at.index, first) ?? (card ? null : photoCard(blocks, (i) => kinds[i] === 'card', at.index, first) ?? photoOnlyCard(blocks, at.index, first)) ?? credited?.doctor ?? (account ?? verifiedAccountCard(blocks, at.index))?.doctor ?? (viewByline?.name ? { name: viewByline.name, title: null, department: null, hospital: null, hospital_grade: null } : null) ?? noCard(blocks, at.index, end, doubts);
  // No card, and the text read is a member's answer under their byline and rank: the page holds no doctor's answer (member-answer.ts).
  if (!card && doctor.name === null && first >= 0 && underMemberByline(blocks, at.index, first)) {
    return { page: null, related: list.items, ownUnread: `no doctor's answer: the text under the question is a member's (${blocks[first]!.text.slice(0, 20)})` };
  }
  if (card) doctor = withFooter(blocks, kinds, last, end, doctor);
  // The card's fields it leaves out, where a record's card cells name the same doctor (`所在医院：` beside its value).
  if (card && cellCard.doctor?.name === doctor.name) doctor = withCellCard(doctor, cellCard.doctor);
  // The card's rows after its element, before the answer (an app's card: name row, place row, counters).
  if (card && first >= 0) doctor = withRowsAfter(blocks, kinds, card, first, doctor);
  // The card's other half in a box of its own after the answer (关于医生: hospital, department).
  if (card && last >= 0) doctor = withCardBox(blocks, last + 1, listEnd, doctor);
  if (card && doctor.department === null) doctor.department = departmentFromBreadcrumb(blocks, end, doctor) ?? departmentAskedOf(blocks, at.index, end) ?? sourceDepartment(info.sources) ?? ownCardDepartment(blocks, doctor);
  if (card && doctor.hospital === null) Object.assign(doctor, siteHospital(blocks, at.index, listEnd, title, doctor));
  // A hospital's page on a directory or local-services app: the header's hospital, the grade among its tags (merchant-header.ts).
  const header = card && doctor.hospital === null ? headerHospital(blocks, at.index, title) : null;
  if (header) Object.assign(doctor, { hospital: header.hospital, hospital_grade: doctor.hospital_grade ?? header.hospital_grade });
  if (card && doctor.hospital !== null && doctor.hospital_grade === null) doctor.hospital_grade = mastheadGrade(blocks, at.index, doctor.hospital);
  // A hospital's account publishing its doctor's answer: the account's hospital, and its grade (publisher.ts).
  const publisher = doctor.name !== null && (doctor.hospital === null || doctor.hospital_grade === null) ? publisherHospital(blocks, at.index) : null;
  if (publisher && (doctor.hospital ?? publisher.hospital) === publisher.hospital) doctor = { ...doctor, hospital: publisher.hospital, hospital_grade: doctor.hospital_grade ?? publisher.hospital_grade };
  // A doctors' team's page: the team's hospital and department, no one named where the team alone signs (team-reply.ts).
  const team = teamHeader(blocks, at.index);
  if (team) {
    const alone = signedByTeam(blocks, at.index, end);
    doctor = withTeam(doctor, team, alone);
    if (alone && doubts.includes(NO_CARD)) doubts.splice(doubts.indexOf(NO_CARD), 1);
  }
  doubts.push(...cardShapeDoubts(doctor));
  if (card && (!card.doctor.name || !card.doctor.title)) doubts.push('doctor card without a name or a title');
  const signer = signedBy(blocks, at.index, end);
  // A platform's name for its doctors (`爱问医生` on 爱问知识人) is the site's, which the title names after the question: no one signs so.
  if (signer && doctor.name && !doctor.name.startsWith(signer) && !title.replace(at.text, '').includes(signer)) doubts.push(`the answer is signed by another doctor (${signer}医生) than the card's`);
  if (nearOthers.length > 0 && !laterItems) doubts.push('more than one doctor card near the answer');

  const read = { question: at.text, paragraphs, doctor, date: meta.date, readBy: 'genre' as ReadBy };
  if (paragraphs[0] && (asksAgain(paragraphs[0], at.text) || /[？?]$/u.test(paragraphs[0]))) doubts.push(`the answer starts with the asker's words or a question (${paragraphs[0].slice(0, 20)})`);
  if (structured) checkStructuredData(read, structured, blocks, doubts);
  // A paywalled preview may show only the answer's lead-in (`…可能是以下原因引起：`): the part shown, no sentence ended.
  const leadInOnly = paywalled && read.paragraphs.length > 0 && read.paragraphs.every((p) => /[:：]$/u.test(p.trim()));
  if (!read.paragraphs.some((p) => PROSE_RE.test(p)) && !leadInOnly) return { page: null, related: list.items, ...(list.items.length > 0 ? { ownUnread: `no answer read under its question (${at.text.slice(0, 30)})` } : {}) };
  const hasDisclaimer = kinds.some((k) => k === 'disclaimer');
  const page = pageDraft(
    { question: read.question, answerParagraphs: read.paragraphs, doctor: read.doctor, format: meta.format, date: read.date, hasDisclaimer },
    list.items,
    list.links,
  );
  if (page) {
    page.readBy = read.readBy;
    if (doubts.length > 0) page.doubts = doubts;
    if (continues || paywalled) page.continues = true;
  }
  const foundAt: GenreFound = { question: blocks[at.index]!.node, answer: nodes, card: card?.element ?? null, relatedLabel: list.label };
  return { page, related: list.items, found: foundAt };
}

/**
 * The page read by a reader of its own kind of page (a board's record, a newspaper's column), from the parts it read: its related
 * items those of the page's list, doubted where linked questions after the answer were not read as one.
 */
function readingOf(parts: BoardRecord, blocks: Block[], list: Pick<RelatedList, 'items' | 'label' | 'links'>): GenreReading {
  const doubts = [...parts.doubts];
  const last = parts.answerLines.at(-1) ?? parts.question.index;
  // Other questions linked under a head not read as a list (a board's 热点留言: its feed, or related ones): even one is doubted.
  const linked = blocks.slice(last + 1).some((b) => b.linkChars === b.chars && b.chars >= 6 && b.chars <= 40 && asksQuestion(b.text));
  if (list.items.length === 0 && !list.links && linked) doubts.push('questions linked after the answer that the reader does not take as a related list');
  // The site's disclaimer under the record or column (`注：网上咨询仅供参考…`), before whatever the page goes on with.
  let hasDisclaimer = false;
  for (let i = last + 1; i < blocks.length && !blocks[i]!.heading && blocks[i]!.linkChars < blocks[i]!.chars && !isRelatedLabel(blocks[i]!.text.trim()); i++) {
    if (isDisclaimer(blocks[i]!.text)) hasDisclaimer = true;
  }
  const page = pageDraft({ question: parts.question.text, answerParagraphs: parts.paragraphs, doctor: parts.doctor, format: parts.format ?? 'unknown', date: parts.date, hasDisclaimer }, list.items, list.links);
  if (page) page.readBy = 'genre';
  if (page && doubts.length > 0) page.doubts = doubts;
  const found: GenreFound = { question: blocks[parts.question.index]!.node, answer: parts.answerLines.map((i) => blocks[i]!.node!), card: null, relatedLabel: list.label };
  return { page, related: list.items, found };
}

/**
 * Heads of the site's own feeds: its newest or most read posts, news or questions (最新文章, 热门问答,
 * 问答排行榜) — the same on every page of the site, so none of them related to this page's question.
 */
const SITE_LIST_HEAD_RE = /^(?:近期|最新|热门|最热|推荐|随机|热点|精选|往期)(?:文章|资讯|阅读|新闻|帖子|内容)|^(?:近期|最新|热门|最热|热点|精选|往期|今日|本周|本月)(?:问答|问题|咨询|提问)|^(?:问答|问题|咨询|热门|热搜|医生|文章)?(?:排行榜?|榜单|热榜)|^文章导航$/u;
/** A short line heading the site's own lists of posts or news (`最新文章`, `新闻动态`, `更多资讯`): never the answer's. */
/** The head of a search engine's suggested searches (大家还在搜, 相关搜索, 猜你想搜): search words under it, none of an answer. */
const SEARCHES_HEAD_RE = /^(?:大家|网友|用户|别人|其他人)?(?:还|都|也)?在搜$|^(?:相关|热门|推荐|延伸)搜索$|^搜索推荐$|^猜你(?:想|要)搜$/u;
const SITE_NEWS_HEAD_RE = new RegExp(`${SITE_LIST_HEAD_RE.source}|^(?:更多|医院|本院)?(?:新闻|资讯)(?:动态|中心)?$|^(?:医院|本院)动态$`, 'u');
const PREV_NEXT_RE = /^\s*(?:[上下]一篇|[上下]一条|前一篇|后一篇)/u;
const BRACKETED_DATE_RE = /[[【(（]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\]】)）]/u;

/**
 * Where no related list was read: three or more linked questions after the answer, under a
 * label the reader does not know, may be the list it missed; so may two that each have their
 * date printed beside them (`[2021-03-25] question`). Under a label it knows (相关问题, 相关文章),
 * linked questions with no line of text between them are a list of bare titles, which it has read
 * as no items (a linked question with no snippet is none): no list missed.
 */
function unlistedQuestions(blocks: Block[], from: number): boolean {
  let n = 0;
  let datedItems = 0;
  let siteList = false;
  // The linked questions under a known label, while no line of text has come between two of them.
  let bare: { n: number; dated: number; text: boolean; prose: boolean } | null = null;
  let labelled = false;
  for (let i = from; i < blocks.length && n < 3 && datedItems < 2 && !(labelled && n >= 2); i++) {
    const b = blocks[i]!;
    if (b.linkChars === 0) {
      const text = b.text.replace(/\s+/gu, '');
      // The site's own lists of posts (近期文章, 热门文章) and the post navigation (上一篇) lead elsewhere by design.
      siteList = SITE_LIST_HEAD_RE.test(text);
      if (b.chars <= 24 && (isRelatedLabel(text) || isReadingLabel(text))) {
        // A reading list's head (推荐阅读) heads the questions under it, though the site lists posts under such heads too.
        [bare, siteList] = [{ n: 0, dated: 0, text: false, prose: false }, false];
        continue;
      }
      if (bare && bare.n > 0 && b.chars > 0) [bare.text, bare.prose] = [true, bare.prose || PROSE_RE.test(b.text)];
    }
    if (siteList || PREV_NEXT_RE.test(b.text)) continue;
    // A linked question's date printed beside it (`[2021-03-25] question`) is the item's, not more text.
    const dated = (b.text.match(BRACKETED_DATE_RE)?.[0].replace(/\s+/gu, '').length ?? 0);
    if (b.chars >= 6 && b.chars <= 40 && b.linkChars * 2 >= b.chars - dated && !isFurniture(b.node) && asksQuestion(b.text)) {
      if (bare && !bare.text) {
        bare.n++;
        if (dated > 0) bare.dated++;
        continue;
      }
      // Text between the titles: they show snippets the reader did not take, and count; under a label, two are a list
      // where only their cards' bylines and counts stand between them (no snippet: a portal's articles show one).
      if (bare) [n, datedItems, bare, labelled] = [n + bare.n, datedItems + bare.dated, null, !bare.prose];
      n++;
      // Two questions each dated as a list's items are: a list, however short.
      if (dated > 0) datedItems++;
    }
  }
  return n >= 3 || datedItems >= 2 || (labelled && n >= 2);
}

/** Where pages say when they were published, for search engines: a second source of the date. */
const DATE_META_RE = /^(?:article:published_time|datepublished|publishdate|pubdate|publish_date|date|uploaddate)$/i;

/** Open Graph's and schema.org's names for when an article was published, or a video or recording uploaded (schema.org's `uploadDate`). */
const STANDARD_DATE_META_RE = /^(?:article:published_time|datepublished|uploaddate)$/i;

/** The date of the <head>'s publishing <meta> tags, where they give one (its children only: no search of the page). */
function metaTagDate(head: Element | undefined): { date: string; standard: boolean } | null {
  const dates = new Set<string>();
  let standard = true;
  for (const node of head?.children ?? []) {
    // A web archive's snapshot names its own address in its head: the dates there are the capture's, not the page's (archived-link.ts).
    if (node.type === 'tag' && isArchiveAddress(ownAddress(node as Element))) return null;
    if (node.type !== 'tag' || (node as Element).name !== 'meta') continue;
    const { property, itemprop, name, content } = (node as Element).attribs;
    const key = property ?? itemprop ?? name;
    const date = key && DATE_META_RE.test(key) && content ? findDate(content) : null;
    if (date) dates.add(date);
    if (date && !STANDARD_DATE_META_RE.test(key!)) standard = false;
  }
  return dates.size === 1 ? { date: [...dates][0]!, standard } : null;
}

/** The address a <head> element gives as the page's own: its canonical link, its og:url or url meta. */
function ownAddress(el: Element): string | null {
  const { rel, href, property, itemprop, content } = el.attribs;
  if (el.name === 'link' && rel?.toLowerCase() === 'canonical') return href ?? null;
  if (el.name === 'meta' && (property === 'og:url' || itemprop === 'url')) return content ?? null;
  return null;
}

/** The document's <head>: a child of <html>, or of the document where the page has no <html>. */
function headOf(document: { children: AnyNode[] }): Element | undefined {
  for (const node of document.children) {
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'head') return el;
    if (el.name === 'html') return el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'head');
  }
  return undefined;
}

/** The site a URL is on: its host without the subdomain (`m.youlai.cn` and `www.youlai.cn` are one site). */
function siteOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const labels = new URL(url).hostname.split('.');
  const keep = labels.length >= 3 && /^(?:com|net|org|gov|edu|ac|co)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

const OFF_SITE = 'related item links off-site';

/**
 * A related list checked as a whole: items that link off-site among a list of the site's own
 * questions are ads and are left out; where off-site items are as many as the site's own, or an
 * item's snippet holds a short dated line (meta in words not read), the items say so.
 */
function checkRelated(items: EntryDraft[], resolve: (href: string) => string, copied: string | null): EntryDraft[] {
  const home = siteOf(resolve('/'));
  // A copy of a page (a note's clip) links to the site it was copied from as its own (note-clip.ts).
  const source = siteOf(copied);
  // Each address's site parsed once (a URL parse), not at every look at its item.
  const sites = new Map<string | null, string | null>();
  const itemSite = (item: EntryDraft): string | null => {
    let site = sites.get(item.url);
    if (site === undefined) sites.set(item.url, (site = siteOf(item.url)));
    return site;
  };
  const off = (item: EntryDraft) => {
    if (home === null) return false;
    const site = itemSite(item);
    return site !== null && site !== home && site !== source;
  };
  const offCount = items.filter(off).length;
  // A shop's products among the questions (a price, no question asked) are no items, however many.
  const questions = items.filter((i) => !isProductItem(i.question, i.answerParagraphs));
  const left = offCount > 0 && offCount * 2 < questions.length ? questions.filter((i) => !off(i)) : questions;
  const kept = left.length === items.length ? items : left.map((item, position) => ({ ...item, position }));
  return kept.map((item) => {
    const doubts: string[] = [];
    if (off(item)) doubts.push(OFF_SITE);
    const dated = item.answerParagraphs.find((p) => p.length <= 30 && readMetaLine(p).dates.length > 0);
    if (dated) doubts.push(`related item's snippet holds a dated line (${dated})`);
    return doubts.length > 0 ? { ...item, doubts: [...(item.doubts ?? []), ...doubts] } : item;
  });
}

/**
 * The page's question: the heading its <title> repeats, since many sites put their logo in an
 * <h1> too; titles may carry more than one suffix (`问题 - 问医生 - 站名`), so a heading the
 * title starts with counts. Then a line the title or the structured data repeats; else the
 * first heading, unconfirmed.
 */
function findQuestion(blocks: Block[], rawTitle: string, structured: StructuredQa | null): { index: number; confirmed: boolean; text: string; labelled?: boolean } | null {
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  const key = comparable(questionFromTitle(title));
  const filedWhole = comparable(withoutColumnName(withoutSequenceNumber(title)));
  const whole = comparable(withoutSequenceNumber(title));
  const named = structured?.question ? comparable(structured.question) : null;
  // A title may name who answered before the question (`王医生回复：问题`).
  const spoken = questionFromTitle(title).match(/^[^:：]{1,20}[:：]\s*(.{4,})$/u)?.[1];
  const told = spoken ? comparable(spoken) : null;
  const long = (text: string) => title !== '' && [...text].length >= 4;
  const repeats = (b: Block) => {
    const text = comparable(withoutSequenceNumber(b.text));
    // A periodical's name in its masthead, which its title starts with (`健康问答周刊 第247期`), asks nothing.
    if (SERIES_NAME_RE.test(text)) return false;
    // So is the name the title puts before an issue's number (`每日一问第311期：问题` over a heading `每日一问`).
    if (whole.startsWith(text) && /^第\d+期/u.test(whole.slice(text.length))) return false;
    if (text === key || text === named || text === told || (long(text) && (whole.startsWith(text) || unmarkedInTitle(text)))) return true;
    // The line files the title's question under a column, a thread's tag or a quiz's type (`单选题：…`), which the title leaves out.
    const filed = withoutColumnName(b.text);
    // So too where both file it under the programme, the line with its day too (`《健康之路》 20230506 …` titled `《健康之路》…`).
    return filed !== b.text && (comparable(filed) === key || (long(comparable(filed)) && filedWhole.startsWith(comparable(filed))));
  };
  // The title may drop the question's mark (`…引起的_栏目_站名` over `…引起的？`): the line without it, a part of the title of its own.
  const unmarkedInTitle = (text: string) => {
    const bare = text.replace(/[?？]+$/u, '');
    return bare !== text && (bare === key || (whole.startsWith(bare) && /^\s*[-_|–—]/u.test(whole.slice(bare.length))));
  };
  // A title may put the site first (`站名 - 问题`); a heading that is a link (the logo) is not the question, nor one naming the kind of page (`问题 - 问诊详情`).
  const ends = (b: Block) => b.heading && b.linkChars < b.chars && long(comparable(b.text)) && whole.endsWith(comparable(b.text)) && !namesPageKind(b.text);
  let index = blocks.findIndex((b) => b.heading && !isHomeLink(b) && repeats(b));
  // A note's own title (`问题_站名`) over the page it clipped: the question is the clipped page's heading (note-clip.ts).
  if (index !== -1) index = clippedHeading(blocks, index);
  // A line all one link (the logo, a menu's entry) is the site's, not the question, whatever the title starts with.
  // Nor a live region's caption of what was last read aloud (announced-label.ts), which repeats the question printed elsewhere.
  if (index === -1) index = blocks.findIndex((b) => b.chars <= 60 && b.linkChars < b.chars && repeats(b) && !inLiveRegion(b.node));
  if (index === -1) index = blocks.findIndex(ends);
  // So too a line of its own the site-first title ends with, no heading in the markup (an e-paper's `<founder-title>`), where it asks.
  if (index === -1) index = blocks.findIndex((b) => b.chars <= 60 && b.linkChars === 0 && long(comparable(b.text)) && whole.endsWith(comparable(b.text)) && asksQuestion(b.text) && !namesPageKind(b.text));
  // A shared answer's page links its question to the question's own page (`<a href="/question/…">问题</a>` over the answer): a
  // line all one link that is the title's question word for word, where no other line is.
  if (index === -1) index = blocks.findIndex((b) => b.chars >= 6 && b.chars <= 60 && b.linkChars === b.chars && b.links.length === 1 && !isHomeLink(b) && comparable(b.text) === key);
  if (index !== -1) {
    // A heading over several signed 问 / 答 pairs names the collection: the page's question is the first pair's (qa-pairs.ts).
    const paired = firstPairQuestion(blocks, index);
    // A product's heading over a consultation (product-question.ts): the question is the consultation's.
    return productConsultQuestion(blocks, index) ?? teasedQuestion(blocks, index) ?? columnQuestion(blocks, index) ?? (paired ? { ...paired, confirmed: true } : { index, confirmed: true, text: questionWithoutTopicTags(withoutSiteSuffixes(blocks[index]!.text)) });
  }
  // A periodical's issue (its title only the series and the issue's number): the featured Q&A's question is the
  // first line that asks one with the doctor's card right under it.
  if (ISSUE_TITLE_RE.test(title)) {
    index = blocks.findIndex((b, i) => b.chars >= 4 && b.chars <= 60 && b.linkChars === 0 && asksQuestion(b.text) && [blocks[i + 1], blocks[i + 2]].some((c) => c !== undefined && c.chars <= 80 && TITLE_RE.test(c.text)));
    if (index !== -1) return { index, confirmed: true, text: blocks[index]!.text.trim() };
  }
  // A line that labels the question (`标题：…`, `患者提问：…`) where no heading holds it: the question is what follows the label.
  index = blocks.findIndex((b) => {
    const asked = b.chars <= 80 ? labelledQuestion(b.text) : null;
    return asked !== null && repeats({ ...b, text: asked });
  });
  if (index !== -1) return { index, confirmed: true, text: labelledQuestion(blocks[index]!.text)!, labelled: true };
  // The question printed after a label (`Q: …`, `问：…`) where no heading holds it (a reader view); the title may drop its question mark.
  const unmarked = (text: string) => text.replace(/[?？]$/u, '');
  index = blocks.findIndex((b) => b.chars <= 80 && QUESTION_MARK_RE.test(b.text) && unmarked(comparable(b.text.replace(QUESTION_MARK_RE, ''))) === unmarked(key));
  if (index !== -1) return { index, confirmed: true, text: blocks[index]!.text.replace(QUESTION_MARK_RE, '') };
  // A heading that adds a badge to the title's question (`…怎么办 已解决`): the question is the title's.
  index = blocks.findIndex((b) => b.heading && !isHomeLink(b) && [...key].length >= 4 && comparable(b.text).startsWith(key) && [...comparable(b.text)].length - [...key].length <= 8);
  if (index !== -1) {
    // Only the question's end mark added (`问题？` under the title's `问题`): the question as the page prints it.
    const mark = /^[?？!！。.]+$/u.test(comparable(blocks[index]!.text).slice(key.length));
    return { index, confirmed: true, text: mark ? blocks[index]!.text.trim() : questionFromTitle(title) };
  }
  // A heading that files the question under a category in brackets before it (`[心血管内科] 问题`, a forum's thread type).
  const filed = (b: Block) => (b.heading ? b.text.match(FILED_UNDER_RE)?.[1] ?? null : null);
  index = blocks.findIndex((b) => {
    const asked = filed(b);
    return asked !== null && repeats({ ...b, text: asked });
  });
  if (index !== -1) return { index, confirmed: true, text: filed(blocks[index]!)! };
  const badged = badgedQuestion(blocks, title);
  if (badged) return badged;
  index = blocks.findIndex((b) => b.heading && b.linkChars < b.chars);
  // A page that prints its question only in the <title> (its <h1> the logo): the first heading is the answer's label, the question the title's.
  const titled = index !== -1 && ANSWER_LABEL_RE.test(blocks[index]!.text.replace(/\s+/gu, '')) ? titleOpeningQuestion(title) : null;
  if (titled) return { index, confirmed: true, text: titled };
  // An editor's document styles its question's line as a heading above any <h1>–<h6> (styled-heading.ts): unconfirmed, as a first heading is.
  const styled = blocks.findIndex((b, i) => (index === -1 || i < index) && b.linkChars === 0 && b.chars >= 4 && b.chars <= 60 && isStyledHeading(b));
  if (styled !== -1) return { index: styled, confirmed: false, text: blocks[styled]!.text.trim() };
  // A title that is only a file's name (a converted document's `wenda_116831.pdf`) says nothing of the question, as none does.
  if (index === -1) return null;
  // Nor does a title of the site's section and name alone (`网上咨询_某某医院`): a heading that asks a question is the question.
  const confirmed = title === '' || FILE_NAME_TITLE_RE.test(title) || (namesSiteOnly(title) && asksQuestion(blocks[index]!.text));
  return { index, confirmed, text: blocks[index]!.text };
}
const FILE_NAME_TITLE_RE = /^[\w.\-]+\.(?:pdf|docx?|wps|html?|txt)$/iu;
/** A title of a section's name (a few words, no question) and a hospital's: the site's page kind, none of its question. */
const namesSiteOnly = (title: string): boolean => {
  const parts = title.split(/\s*[-_|–—]\s*/u).filter((p) => p !== '');
  return parts.length >= 2 && SITE_HOSPITAL_RE.test(parts[parts.length - 1]!) && parts.every((p) => !asksQuestion(p) && (p.length <= 6 || SITE_HOSPITAL_RE.test(p)));
};

/** A link to the site's home page (`/`, `./`, `index.html`, the bare host). */
const HOME_HREF_RE = /^(?:\/|\.\/?|\/?index\.\w+|(?:https?:)?\/\/[^/?#]+\/?)$/iu;
/** A heading all one link to the home page: the site's logo, whatever the title starts with (`站名 - 口号`). */
const isHomeLink = (b: Block) => b.linkChars === b.chars && b.links.length === 1 && HOME_HREF_RE.test(b.links[0]!.trim());

/**
 * The question a 问 badge marks where no heading holds it (a shared card, a poster: `<span>问</span><p>…</p>`):
 * the line the badge opens, or the line after a badge on a line of its own, before any 答 badge.
 * Sure only where the title says nothing against it (none, or whose answer the page is: `王医生的回答`).
 */
function badgedQuestion(blocks: Block[], title: string): { index: number; confirmed: boolean; text: string } | null {
  for (let i = 0; i < blocks.length; i++) {
    const badge = blocks[i]!.chars <= 80 ? badgeOf(blocks[i]!) : null;
    if (!badge) continue;
    if (badge.side === 'answer') return null;
    const index = badge.rest === '' ? i + 1 : i;
    const text = badge.rest === '' ? blocks[index]?.text.trim() ?? '' : badge.rest;
    if ([...text].length < 4 || [...text].length > 60 || badgeOf(blocks[index]!)?.side === 'answer') return null;
    return { index, confirmed: title === '' || SIGNED_LABEL_RE.test(title.replace(/\s+/gu, '')), text };
  }
  return null;
}

/** A column's name as a heading (专家问答, 健康问答, 名医答疑): what the page files its Q&As under, no question. */
const COLUMN_HEADING_RE = /^[\p{Script=Han}]{0,4}(?:问答|答疑|解答|问诊|咨询|科普|信箱|来信(?:选登|摘登)?|答(?:读者|网友|听众|患者)问)$/u;
/** How far below a column's heading the question of the Q&A it shows may stand (its own heading, or a reader's letter's line). */
const COLUMN_QUESTION_LINES = 6;

/**
 * A column's page (its heading the column's name, which the `<title>` repeats) that shows a Q&A in
 * full under it: the Q&A's own heading below, or the line under a reader's label (a magazine's 专家信箱:
 * `读者刘某来信：`), which asks a question, is the page's question.
 */
function columnQuestion(blocks: Block[], heading: number): { index: number; confirmed: boolean; text: string } | null {
  const head = blocks[heading]!;
  if (!head.heading || !COLUMN_HEADING_RE.test(head.text.replace(/\s+/gu, ''))) return null;
  for (let i = heading + 1; i < blocks.length && i <= heading + COLUMN_QUESTION_LINES; i++) {
    const b = blocks[i]!;
    if ((b.heading || isReaderLabel(blocks[i - 1]!.text)) && b.chars >= 4 && b.chars <= 60 && asksQuestion(b.text)) return { index: i, confirmed: true, text: b.text.trim() };
  }
  return null;
}

/** How far above the question a labelled expert bio may stand (between the article's heading and its `问：` line). */
const BIO_LINES_ABOVE = 3;

/** How far below an article's heading its labelled question may stand (after a byline and an introduction). */
const TEASED_QUESTION_LINES = 12;

/**
 * An article's heading that adds a teaser to the question (`…吃什么好？医生这样说`), where a line
 * below labels the question (`网友提问：…`) and the heading only starts with it, past a
 * punctuation mark: the labelled line is the question.
 */
function teasedQuestion(blocks: Block[], heading: number): { index: number; confirmed: boolean; text: string; labelled: boolean } | null {
  const head = comparable(blocks[heading]!.text);
  for (let i = heading + 1; i < blocks.length && i <= heading + TEASED_QUESTION_LINES; i++) {
    // The label on a line of its own (a post's `网友提问` pill), the question on the next.
    const alone = isQuestionLabelAlone(blocks[i]!.text) && blocks[i + 1] !== undefined && blocks[i + 1]!.chars <= 80 ? blocks[i + 1]!.text.trim() : null;
    const asked = alone ?? (blocks[i]!.chars <= 80 ? labelledQuestion(blocks[i]!.text) : null);
    if (asked === null) continue;
    const core = comparable(asked).replace(/[?？]$/u, '');
    if (core.length >= 4 && head.length > core.length && head.startsWith(core) && /^[?？!！,，:：;；。]/u.test(head.slice(core.length))) {
      // A pill's question is read in the post's own words; the heading stays where the post begins (its day above the pill).
      return { index: alone !== null ? heading : i, confirmed: true, text: asked, labelled: alone === null };
    }
    return null;
  }
  return null;
}

/**
 * A column's name before the question (`专家答疑｜…`, `【健康问答】…`): the series a post is filed in, not the question's words;
 * likewise a wiki's namespace (`问答:…`, the page's name on a MediaWiki site), a forum thread's tag (`求助：…`, `【求助】…`), a quiz question's type (`单选题：…`)
 * and an answer show's lead-in naming who asked (`答疑：…`, `听众提问：…`, `粉丝问：…`);
 * and a programme's name in title marks, with the day it aired (`《健康之路》 20230506 …`), where the sentence goes on without it (not `《内经》说…`).
 */
const COLUMN_NAME_RE = /^\s*(?:[【[［〔]([^\]】］〕]{1,10})[\]】］〕]|([^｜|]{2,10}?)\s*[｜|]|(\p{Script=Han}{2,4}):(?=\S)|(求助|提问|求医|病例讨论|讨论|[单多]选题|判断题|问答题|答疑|(?:听众|粉丝|观众|网友|读者)(?:提问|问))\s*[:：]|《([^《》]{2,10})》\s*(?:\d{8}|\d{4}[-.]\d{1,2}[-.]\d{1,2})?(?!说|讲|写|提到|里|中[说讲写提的记]|上[说讲写的]|的)(?=\s*\p{Script=Han}))\s*(?=\S)/u;
function withoutColumnName(question: string): string {
  const m = question.match(COLUMN_NAME_RE);
  const rest = m ? question.slice(m[0].length) : '';
  return m && asksQuestion(rest) && !asksQuestion(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!) ? rest : question;
}

/** A consultation's service in brackets before the question (`【电话问诊】…`, `[视频咨询]…`): the format the answer was given in. */
function taggedFormat(question: string): AnswerFormat {
  const tag = question.match(/^\s*[【[［〔]([^\]】］〕]{2,8})[\]】］〕]/u);
  return tag ? readMetaLine(tag[1]!).format : 'unknown';
}

/** A category in brackets before a heading's text (`[心血管内科] 产后头晕是怎么回事`). */
const FILED_UNDER_RE = /^\s*[[【［〔]\s*[^\]】］〕]{1,12}\s*[\]】］〕]\s*(\S.*)$/u;

/** Where the page's own content ends: the related list's label, when it comes after the question. */
function zoneEnd(blocks: Block[], question: number, label: Element | null): number {
  if (!label) return blocks.length;
  // A tab's label (`<label for>`) shares a line with the other tabs' labels: the tabs' box begins the list's section.
  const at = label.name === 'label' && label.attribs.for && label.parent ? label.parent : label;
  // A label that is a line in the element holding the page's text (`<br>`-broken lines): the list starts at that line.
  const line = labelLine(label);
  if (line) for (let i = question + 1; i < blocks.length; i++) if (blocks[i]!.node === line) return i;
  for (let i = question + 1; i < blocks.length; i++) if (inside(blocks[i]!.node, at)) return i;
  return blocks.length;
}

/**
 * The first line after the question that is a related item's linked question: the items are none
 * of the page's answer, wherever its label stands (a doctor's page lists all the doctor's answers
 * under one head, the page's own shown in full among them).
 */
function firstItemAfter(blocks: readonly Block[], question: number, items: readonly EntryDraft[]): number {
  if (items.length === 0) return blocks.length;
  const asked = items.map((item) => comparable(item.question)).filter((q) => q.length >= 4);
  // A line's first character, compared first: most linked lines start no item's question.
  const starts = new Set(asked.map((q) => q[0]));
  for (let i = question + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.linkChars === 0 || b.links.length === 0) continue;
    const line = comparable(b.text);
    if (starts.has(line[0]) && asked.some((q) => line.startsWith(q))) return i;
  }
  return blocks.length;
}

/**
 * Where the answering doctor's answer ends when other doctors' answers or visitors' comments
 * follow it on the page (其他回答（2）, 网友评论): their heading, after some text of the answer.
 */
function othersEnd(blocks: Block[], question: number, end: number): number {
  let text = false;
  for (let i = question + 1; i < end; i++) {
    const b = blocks[i]!;
    if (text && b.chars <= 16 && isOtherAnswersHead(b.text)) return i;
    if (b.chars > 12 && PROSE_RE.test(b.text)) text = true;
  }
  return end;
}

/**
 * Others' answers under their heading before the answering doctor's card (a community's page: the
 * members' answers, then the expert's): the lines from that heading to the card, none of the answer or
 * its meta. Comments follow what they comment on.
 */
function othersBefore(blocks: Block[], question: number, end: number): [number, number] | null {
  const isTitled = (b: Block) => b.chars <= 40 && TITLE_RE.test(b.text);
  for (let i = question + 1; i < end; i++) {
    const b = blocks[i]!;
    if (isTitled(b)) return null;
    if (b.chars > 16 || !isOtherAnswersHead(b.text) || b.text.includes('评论')) continue;
    const card = blocks.findIndex((x, j) => j > i && j < end && isTitled(x));
    return card === -1 ? null : [i, card];
  }
  return null;
}

/**
 * A card split in two (name and title over the answer, department and hospital under it): the
 * card-fields line just after the answer fills what the card lacks, where it names no other doctor.
 */
function withFooter(blocks: Block[], kinds: Kind[], last: number, end: number, doctor: Doctor): Doctor {
  if (last < 0 || (doctor.department && doctor.hospital && doctor.hospital_grade)) return doctor;
  for (let i = last + 1; i < end && i <= last + 4; i++) {
    if (kinds[i] === 'text' || kinds[i] === 'heading') break;
    if (kinds[i] !== 'card') continue;
    // Another doctor's name over it: the fields are that doctor's card (the next answer's).
    const named = parseCardParts([blocks[i]!.text]).name;
    if (named && named !== doctor.name) break;
    if (!isCardFieldsLine(blocks[i]!.text)) continue;
    return withCardFields(doctor, blocks[i]!.text) ?? doctor;
  }
  return doctor;
}

/**
 * Where the page's own part ends after the answer: a short unlinked line heading a run of linked
 * lines (大家都在看, 推荐医生 over their links), a block of the site's, not the answer's meta or card.
 */
function ownEnd(blocks: readonly Block[], kinds: readonly Kind[], last: number, end: number, card: Element | null): number {
  if (last < 0) return end;
  const linked = (b: Block | undefined) => b !== undefined && b.chars >= 2 && b.linkChars > 0 && !(card && inside(b.node, card));
  for (let i = last + 1; i < end - 2; i++) {
    const b = blocks[i]!;
    if (b.chars > 12 || b.linkChars > 0 || PROSE_RE.test(b.text) || kinds[i] === 'meta' || kinds[i] === 'card') continue;
    // A product card's title over its linked product (相关药品 over 蒙脱石散) set inside the answer's text is the card's, no list ending the answer.
    if (kinds[i] === 'product' && inAnswerText(b.node, blocks[last]!.node, card)) continue;
    // So is a card's figure over its button (`12分钟 · 3.2万人练过` over 参加训练): the card's, no list's head.
    if (kinds[i] === 'product' && showsCardFigure(b.text)) continue;
    if (linked(blocks[i + 1]) && blocks.slice(i + 2, i + 8).filter(linked).length >= 1) return i;
  }
  return end;
}

/** Whether `node` stands in the box of the answer's text: an element holding it and the answer's last line, and not the doctor's card. */
function inAnswerText(node: AnyNode | null, lastLine: AnyNode | null, card: Element | null): boolean {
  if (!node || !card) return false;
  for (let box = lastLine?.parent ?? null; box; box = box.parent) if (inside(node, box)) return !inside(card, box);
  return false;
}

/**
 * A thread of posts, each stamped with its date (`发表于 …`): the answer's post is stamped between
 * its card and its first line. Stamps elsewhere that each stamp text of their own (the asker's
 * post before the card, a thank-you after the answer: a line of text follows the stamp before
 * the next one, and it is not the answer's) are those posts' dates, not the answer's. Returned
 * only where the answer's own post has one date, and every other stamp is so.
 */
function otherPostStamps(blocks: readonly Block[], kinds: readonly Kind[], question: number, first: number, last: number, own: number): Set<number> {
  const none = new Set<number>();
  if (first < 0) return none;
  let cardEnd = -1;
  for (let i = first - 1; i > question && cardEnd < 0; i--) if (kinds[i] === 'card') cardEnd = i;
  if (cardEnd < 0) return none;
  // A comment's header holds its author's card and its stamp (`name 认证医生 title · hospital`, `2023年1月16日 18:37`): the answer's post's stamp.
  let cardStart = cardEnd;
  while (cardStart - 1 > question && kinds[cardStart - 1] === 'card') cardStart--;
  const dates = new Map<number, MetaLine>();
  for (let i = question + 1; i < own; i++) {
    if (kinds[i] !== 'meta' && !(kinds[i] === 'card' && i >= cardStart && i <= cardEnd && BARE_STAMP_RE.test(blocks[i]!.text))) continue;
    const meta = readMetaLine(blocks[i]!.text);
    if (meta.dates.length > 0) dates.set(i, meta);
  }
  const answered = (i: number) => dates.get(i)!.dates.some((d) => d.kind === 'answered');
  // Stamps are the dates labelled as the answer's kind (发表于, 回复于) where there are such, else all.
  const labelled = [...dates.keys()].some(answered);
  const found = foreignStamps(blocks, kinds, dates, [...dates.keys()].filter((i) => !labelled || answered(i)), cardStart, first, last, own);
  if (found.size > 0 || !labelled) return found;
  // A site may label some posts' stamps and not others (`发表于 …` over the asker's, the doctor's bare):
  // the answer's post's own stamp, labelled or not, is its date, and every other post's stamp is that post's
  // (only where the answer's post holds a stamp alone: a line with more on it is no post's stamp).
  const bare = [...dates.keys()].filter((i) => i >= cardStart && i < first).every((i) => BARE_STAMP_RE.test(blocks[i]!.text));
  return bare ? foreignStamps(blocks, kinds, dates, [...dates.keys()], cardStart, first, last, own) : found;
}
/** A post's stamp alone on its line: the day and time, perhaps after its floor and 发表于 (`沙发 发表于 2022-01-18 17:53`, `2楼 2022-01-18 17:53:09`). */
const BARE_STAMP_RE = /^\s*(?:(?:楼主|沙发|板凳|地板|\d+\s*楼|#\s*\d+|\d+\s*#)\s*)?(?:(?:发表|发布|回复)于\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;

/** The stamps outside the answer's post (`cardStart`..`last`) where that post has one date and each of them stamps text of its own; else none. */
function foreignStamps(blocks: readonly Block[], kinds: readonly Kind[], dates: Map<number, MetaLine>, stamps: number[], cardStart: number, first: number, last: number, own: number): Set<number> {
  const none = new Set<number>();
  const mine = stamps.filter((i) => i >= cardStart && i < first);
  const others = stamps.filter((i) => i < cardStart || i > last);
  const days = new Set(mine.flatMap((i) => dates.get(i)!.dates.map((d) => d.iso)));
  if (days.size !== 1 || others.length === 0) return none;
  // A later post quoting the answer (`引用 name 发表于 … 的回复：`) repeats the answer's stamp over the quote: that is the quote's head, not the next post.
  const quotesMine = (j: number) => dates.get(j)!.dates.every((d) => days.has(d.iso));
  const stampsText = (at: number) => {
    for (let j = at + 1; j < own && !(stamps.includes(j) && !quotesMine(j)); j++) {
      if (j >= first && j <= last) return false;
      if ((kinds[j] === 'text' || kinds[j] === 'asker') && PROSE_RE.test(blocks[j]!.text)) return true;
    }
    return false;
  };
  return others.every(stampsText) ? new Set(others) : none;
}

/** The smallest element holding both the question's line and the card (not the page's body). */
function boxOf(question: AnyNode | null, card: Element): Element | null {
  for (let el: Element | null = card; el && el.type === 'tag'; el = el.parent as Element | null) {
    if (el.name === 'body' || el.name === 'html') return null;
    if (question && inside(question, el)) return el;
  }
  return null;
}

/** The first line after the answer past which nothing is the page's own (a divider, a label of a list the DOM does not show as one). */
function endAfter(kinds: readonly Kind[], last: number, end: number): number {
  if (last < 0) return end;
  for (let i = last + 1; i < end; i++) if (kinds[i] === 'end') return i;
  return end;
}

/** A label cell alone (`回复时间：`, `咨询科室：`): its value is in the next cell. */
const CELL_LABEL_RE = /^[\p{Script=Han} ]{2,8}[:：]$/u;

/** The lines from..to, each value cell read with the label cell before it (`回复时间：` + `2019/11/16`). */
function withCellLabels(blocks: readonly Block[], from: number, to: number): Block[] {
  return blocks.slice(from, to).map((b, i) => {
    const before = blocks[from + i - 1];
    // (Not a signature's label: it labels the picture beside it, not the next line.)
    return before && CELL_LABEL_RE.test(before.text) && !CELL_LABEL_RE.test(b.text) && !isSignatureLabel(before.text) ? { ...b, text: `${before.text}${b.text}` } : b;
  });
}

/** A department the question was put to (`咨询科室：皮肤科`, `科室` over `皮肤科`): the answering doctor's where the card names none. */
const DEPARTMENT_LABEL_RE = /^(?:咨询|就诊|问诊|挂号|提问|所属|所在)?科室\s*[:：]?\s*/u;
function departmentAskedOf(blocks: readonly Block[], question: number, end: number): string | null {
  const found = new Set<string>();
  for (let i = question + 1; i < end; i++) {
    const text = blocks[i]!.text.trim();
    // A field of another doctor's card (a side column's 专家介绍: name, title, 科室：…) is that doctor's department.
    if (blocks.slice(Math.max(question + 1, i - 2), i).some((b) => TITLE_ONLY_RE.test(b.text.trim()))) continue;
    const m = text.match(DEPARTMENT_LABEL_RE);
    const value = m ? (m[0].length < text.length ? text.slice(m[0].length).trim() : (blocks[i + 1]?.text.trim() ?? '')) : '';
    const department = isDepartment(value) ? value : departmentAmongFields(text);
    if (department) found.add(department);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The answering doctor's own card elsewhere on the page (a hospital site's 专家介绍 column: name, title,
 * `科室：妇科`), where the card by the answer names no department: the name alone on its line, then its title and department within its few lines.
 */
function ownCardDepartment(blocks: readonly Block[], doctor: Doctor): string | null {
  if (!doctor.name || !doctor.title) return null;
  const found = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.text.trim() !== doctor.name) return;
    const lines = blocks.slice(i + 1, i + 5).map((l) => l.text.trim());
    const until = lines.findIndex((l) => l !== '' && isNameLine(l) && l !== doctor.title);
    const own = until === -1 ? lines : lines.slice(0, until);
    if (!own.includes(doctor.title!)) return;
    for (const l of own) {
      const m = l.match(DEPARTMENT_LABEL_RE);
      const value = m && m[0].length < l.length ? l.slice(m[0].length).trim() : '';
      if (m && /[:：]/u.test(m[0]) && isDepartment(value)) found.add(value);
    }
  });
  return found.size === 1 ? [...found][0]! : null;
}

/** A department field among a line's other labelled fields (`提问人：游客 科室：儿科 时间：…`, spans run together). */
const FIELD_DEPARTMENT_RE = /(?:咨询|就诊|问诊|挂号|提问|所属|所在)?科室\s*[:：]\s*(\p{Script=Han}{2,16})(?=\s|\p{Script=Han}{1,5}\s*[:：]|$)/gu;
function departmentAmongFields(line: string): string | null {
  // A line of fields: short, and more labels than the department's (a sentence that says 科室： is no record).
  if (line.length > 80 || (line.match(/[:：]/gu) ?? []).length < 2) return null;
  for (const m of line.matchAll(FIELD_DEPARTMENT_RE)) {
    const run = m[1]!;
    // The value runs into the next field's label (`儿科时间：`): the longest department the run starts with, the rest a label.
    for (let k = run.length; k >= 2; k--) {
      const rest = line.slice(m.index! + m[0].length - run.length + k);
      if (isDepartment(run.slice(0, k)) && (rest === '' || /^\s|^\p{Script=Han}{1,5}\s*[:：]/u.test(rest))) return run.slice(0, k);
    }
  }
  return null;
}

const SITE_HOSPITAL_RE = new RegExp(`^${HOSPITAL_RE.source}$`, 'u');
/** A grade printed with the hospital's name (`北岸市中医院（三甲）`) or on the masthead line after it (`三甲 · 综合性医院`). */
const GRADE_AFTER_RE = new RegExp(`^\\s*[（(【\\[]?\\s*(?:国家\\s*[)）]?\\s*)?${GRADE_RE.source}`, 'u');

/**
 * A hospital's own site prints its grade beside its name on the masthead (`北岸市人民医院
 * 三级甲等医院`, `（国家）三级甲等`), above the question; a hospital's account its grade in its intro: the grade
 * of the card's hospital where the card prints none. One grade there, or none is taken.
 */
function mastheadGrade(blocks: readonly Block[], question: number, hospital: string): string | null {
  const grades = new Set<string>();
  for (let i = 0; i < question; i++) {
    const text = blocks[i]!.text;
    const at = text.indexOf(hospital);
    if (at === -1) {
      // The name drawn as the logo (`<img alt="…医院">`) with the grade printed right after it.
      const grade = text.length <= 12 ? gradeOnly(text) : null;
      if (grade && logoBefore(blocks[i]!.node)?.includes(hospital)) grades.add(grade);
      continue;
    }
    // Under a doctor's name and title, the line is another doctor's card (a side column's 热门医生), no masthead.
    if (isUnderDoctorLine(blocks, i)) continue;
    const after = text.slice(at + hospital.length).trim() || (blocks[i + 1]?.text ?? '');
    const grade = after.match(GRADE_AFTER_RE);
    if (grade) grades.add(grade[1]!);
  }
  // The hospital's own account beside the article (a portal's 号): its name alone on a line, its intro opening with its grade.
  for (let i = question + 1; i < blocks.length - 1; i++) {
    if (blocks[i]!.text.trim() !== hospital || isUnderDoctorLine(blocks, i)) continue;
    const grade = blocks[i + 1]!.text.match(GRADE_AFTER_RE);
    if (grade) grades.add(grade[1]!);
  }
  return grades.size === 1 ? [...grades][0]! : null;
}

/** The alt text of a picture (a logo) just before a line's element, or of one its link holds; null where none is. */
function logoBefore(node: AnyNode | null): string | null {
  let el: AnyNode | null = node?.type === 'text' ? node.parent : node;
  let prev = el?.prev ?? null;
  while (prev && prev.type === 'text' && (prev as unknown as { data: string }).data.trim() === '') prev = prev.prev;
  if (!prev || prev.type !== 'tag') return null;
  const tag = prev as Element;
  const img = tag.name === 'img' ? tag : tag.name === 'a' ? tag.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'img') : undefined;
  return img?.attribs.alt?.trim() || null;
}

/**
 * A hospital's own site names the hospital once, as the site: the last part of its <title>
 * (`问题_在线咨询_北岸市中医院`) that its masthead or footer (outside the question and answer)
 * prints too; the grade where it is printed with that name, or alone in the masthead. Only where the card names no hospital.
 */
function siteHospital(blocks: readonly Block[], question: number, end: number, title: string, doctor: Doctor): Partial<Doctor> {
  const site = title.split(/\s*[-_|–—]\s*/u).pop()?.trim() ?? '';
  if (!SITE_HOSPITAL_RE.test(site) || NOT_A_SITE_HOSPITAL_RE.test(site)) return {};
  const grades = new Set<string>();
  let printed = false;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    // The copyright line is the site's footer wherever it stands (no related list read to end the page's own part before it).
    if (i >= question && i < end && !COPYRIGHT_RE.test(text)) continue;
    const at = text.indexOf(site);
    if (at === -1) continue;
    printed = true;
    const after = text.slice(at + site.length).trim() || (blocks[i + 1]?.text ?? '');
    const grade = after.match(GRADE_AFTER_RE);
    if (grade) grades.add(grade[1]!);
  }
  if (!printed) return {};
  // A chain's one store the page is of, its name and branch printed above the question (a store card: `某大药房（新华路店）`): that store.
  const branches = new Set(blocks.slice(0, question).map((b) => b.text.trim()).filter((t) => t.startsWith(site) && BRANCH_RE.test(t.slice(site.length))));
  const branch = branches.size === 1 ? [...branches][0]! : site;
  // Or a badge of its grade alone in the masthead, above the question (`医学中心` beside a logo that draws the name).
  if (grades.size === 0) for (let i = 0; i < question; i++) if (blocks[i]!.chars <= 8) grades.add(gradeOnly(blocks[i]!.text) ?? '');
  grades.delete('');
  return { hospital: branch, ...(doctor.hospital_grade === null && grades.size === 1 ? { hospital_grade: [...grades][0]! } : {}) };
}
/**
 * A hospital's own board, whose reply names the doctor and no hospital: the site's hospital (siteHospital), doubted where
 * the site names none.
 */
function withSiteHospital(board: BoardRecord, blocks: readonly Block[], title: string): BoardRecord {
  const { doctor } = board;
  if (doctor.name === null || doctor.hospital !== null) return board;
  const site = siteHospital(blocks, board.question.index, (board.answerLines.at(-1) ?? board.question.index) + 1, title, doctor);
  if (!site.hospital) return { ...board, doubts: [...board.doubts, 'the reply names no hospital, nor does the site'] };
  return { ...board, doctor: { ...doctor, ...site } };
}

/** A branch's name in brackets after its chain's (`（新华路店）`, `（东院区）`, `（城南分院）`). */
const BRANCH_RE = /^[（(]\p{Script=Han}{1,12}(?:店|院区|分院)[）)]$/u;

/** Site names that end like a hospital's and are not one (a portal's 健康中心, 资讯中心). */
const NOT_A_SITE_HOSPITAL_RE = /(?:健康|资讯|信息|服务|咨询|新闻|数据|用户|帮助|客服|会员)中心$|网$/u;

/** Separators of a breadcrumb trail (首页 > 医院 > 科室 > 医生). */
const CRUMB_SEPARATOR_RE = /\s*[>›»＞/]\s*/u;

/**
 * The department named in a breadcrumb trail that leads to this doctor (holds the doctor's name
 * or hospital), where the card does not name one; one department there, or none is taken.
 */
function departmentFromBreadcrumb(blocks: Block[], end: number, doctor: Doctor): string | null {
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (b.chars > 80 || b.linkChars * 2 < b.chars) continue;
    const crumbs = b.text.split(CRUMB_SEPARATOR_RE).map((c) => c.trim());
    if (crumbs.length < 3 || !crumbs.some((c) => c === doctor.name || c === doctor.hospital)) continue;
    const departments = crumbs.filter((c) => isDepartment(c));
    if (departments.length === 1) return departments[0]!;
  }
  return null;
}

/**
 * A consultation shown as chat: turns under speaker lines (患者, the doctor's name), each perhaps
 * with its time after the speaker (`患者 2019-06-28 07:58`, `王医生 07:51`). Where both sides
 * speak, the asker's turns are the question's, the speaker lines none of the answer's, and a
 * short line heading the chat (问诊记录) no line of it. Returned: where the doctor's turns carry
 * their date, the lines whose dates are the asker's (its turns' stamps, its description), none of
 * them the answer's date.
 */
function markConversation(blocks: Block[], kinds: Kind[], question: number, end: number, doctorName: string | null): { notAnswerDates: number[]; yearless: number[] } {
  const none = { notAnswerDates: [], yearless: [] };
  // An AI assistant's turns (its intake before the doctor takes over) are the asker's side: none of the answer (assistant-turns.ts).
  const side = (text: string) =>
    ASKER_SPEAKER_RE.test(text) || isAssistantSpeaker(text) ? 'asker' : DOCTOR_SPEAKER_RE.test(text) || SIGNED_LABEL_RE.test(text) || (doctorName !== null && text.replace(NAMED_TURN_RE, '') === doctorName) ? 'doctor' : null;
  // The speaker with the turn's time after it: the speaker's side, and whether the time holds a date.
  const stamped = (text: string): { who: 'asker' | 'doctor'; dated: boolean } | null => {
    // The time may follow the speaker with no space between (`医生询问2022-08-29 11:54`).
    const m = text.length <= 40 ? text.match(/^(\S{1,10}?)\s+(\S.*)$/u) ?? text.match(/^(\D{1,10}?)(\d.*)$/u) : null;
    const who = m ? side(m[1]!) : null;
    const meta = who ? readMetaLine(m![2]!) : null;
    return who && meta!.metaOnly && /\d/u.test(m![2]!) ? { who, dated: meta!.dates.length > 0 } : null;
  };
  const speakers = new Map<number, 'asker' | 'doctor'>();
  const dated = new Map<number, 'asker' | 'doctor'>();
  // Turns whose speaker opens the line (`患者：…`, `医生：…`), and where the doctor's turn's text starts.
  const inline = new Map<number, { who: 'asker' | 'doctor'; from: number }>();
  // A broadcast's transcript (transcript-speakers.ts): the caller's turns the asker's, the guest's the doctor's, the host's none of either.
  const hosts: number[] = [];
  const aired = (i: number): 'asker' | 'doctor' | 'host' | null => {
    const opened = blocks[i]!.text.match(/^([^:：]{1,8})\s*[:：]\s*(?=\S)/u);
    return opened ? broadcastSpeaker(opened[1]!, doctorName) : null;
  };
  // The question line itself may be the caller's turn (`观众来电：…`), or a line read as the asker's already: one side of the talk.
  let callerTurns = aired(question) === 'asker' ? 1 : 0;
  for (let i = question + 1; i < end; i++) {
    // A speaker's line may run its time in (`王明医生14:23`) where no space sets it apart: a stamp all the same.
    if (kinds[i] === 'meta' || (kinds[i] === 'text' && blocks[i]!.chars <= 24 && stamped(blocks[i]!.text) !== null)) {
      const turn = stamped(blocks[i]!.text);
      if (turn && kinds[i + 1] === 'text') speakers.set(i, turn.who);
      if (turn?.dated) dated.set(i, turn.who);
      continue;
    }
    // The doctor's reply labelled with its name (`王明医生回复`, read as the answer's label) speaks a turn too.
    if (kinds[i] === 'label' && SIGNED_LABEL_RE.test(blocks[i]!.text) && kinds[i + 1] === 'text') speakers.set(i, 'doctor');
    // A speaker's line set as a heading of its turn (`<h6>医生：</h6>`) speaks it as well.
    if (kinds[i] === 'heading' && blocks[i]!.chars <= 12 && side(blocks[i]!.text) && kinds[i + 1] === 'text') speakers.set(i, side(blocks[i]!.text)!);
    if (kinds[i] === 'asker' && aired(i) === 'asker') callerTurns++;
    if (kinds[i] !== 'text' && kinds[i] !== 'nav') continue;
    const text = blocks[i]!.text;
    const who = side(text);
    if (who && kinds[i + 1] === 'text') speakers.set(i, who);
    const opened = who ? null : text.match(/^([^:：]{1,8})\s*[:：]\s*(?=\S)/u);
    const on = opened ? aired(i) : null;
    if (on === 'host') hosts.push(i);
    const by = opened ? (side(opened[1]!) ?? (on === 'host' ? null : on)) : null;
    if (opened && by) inline.set(i, { who: by, from: opened[0].length });
  }
  const inlineSides = new Set([...inline.values()].map((t) => t.who));
  if (callerTurns > 0) inlineSides.add('asker');
  if (speakers.size < 2 && inline.size + callerTurns >= 2 && inlineSides.size === 2) {
    for (const [i, { who, from }] of inline) {
      if (who === 'asker') kinds[i] = 'asker';
      else blocks[i] = { ...blocks[i]!, text: blocks[i]!.text.slice(from) };
    }
    for (const i of hosts) kinds[i] = 'asker';
    return none;
  }
  const sides = new Set(speakers.values());
  if (speakers.size < 2 || sides.size < 2) return none;
  // A later day line that leaves its year out is of the year above it (chat-days.ts).
  const yearless = yearChatDays(blocks, kinds, question + 1, end);
  let current: 'asker' | 'doctor' | null = null;
  const firstTurn = Math.min(...speakers.keys());
  const askerStamps: number[] = [];
  let answered = false;
  for (let i = question + 1; i < end; i++) {
    const who = speakers.get(i);
    if (who) {
      current = who;
      kinds[i] = 'speaker';
    } else if (current === 'asker' && kinds[i] === 'text') kinds[i] = 'asker';
    // The stamp under the asker's turn after the doctor's (a thank-you after the answer, `2023-02-09 15:40`) dates that turn.
    else if (current === 'asker' && answered && kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0) askerStamps.push(i);
    if (who === 'doctor') answered = true;
  }
  // Posts each closed by its stamp (post-rounds.ts): the asker's stamps date the asking; a follow-up round ends the answer.
  const rounds = postRounds(speakers, (i) => kinds[i] === 'meta' && readMetaLine(blocks[i]!.text).dates.length > 0, (i) => (kinds[i] === 'text' || kinds[i] === 'asker' ? blocks[i]!.text : null), end);
  if (rounds.round !== null) kinds[rounds.round] = 'end';
  askerStamps.push(...rounds.askerStamps);
  // The chat's heading: short lines without a sentence just before its first turn.
  for (let i = firstTurn - 1; i > question && kinds[i] === 'text' && blocks[i]!.chars <= 12 && !PROSE_RE.test(blocks[i]!.text); i--) kinds[i] = 'label';
  // The chat's day lines date the turns after them (assistant-turns.ts): the answer is dated by the last before the doctor's first turn.
  const earlierDays = earlierDayLines(blocks, kinds, question, speakers);
  if (![...dated.values()].includes('doctor')) return { notAnswerDates: [...earlierDays, ...askerStamps], yearless };
  const askers = [...dated].filter(([, who]) => who === 'asker').map(([i]) => i);
  askers.push(...earlierDays, ...askerStamps);
  // The doctor's later turns (the answer after clarifying questions) date nothing: the answer is dated by its first turn.
  const doctorTurns = [...dated].filter(([, who]) => who === 'doctor').map(([i]) => i).sort((a, b) => a - b);
  askers.push(...doctorTurns.slice(1));
  for (let i = question + 1; i < firstTurn; i++) if (kinds[i] === 'asker' && readMetaLine(blocks[i]!.text).dates.length > 0) askers.push(i);
  return { notAnswerDates: askers, yearless };
}

/** The 问 / 答 badges of the lines after the question (qa-badge.ts); each such line keeps its text without its badge. */
function readBadges(blocks: Block[], question: number, end: number): Map<number, Badge> {
  const badges = new Map<number, Badge>();
  for (let i = question + 1; i < end; i++) {
    const badge = badgeOf(blocks[i]!);
    if (!badge) continue;
    badges.set(i, badge);
    blocks[i] = { ...blocks[i]!, text: badge.rest };
  }
  return badges;
}

/**
 * An article's info line of labelled fields after the question (post-stamp.ts): read as its
 * date alone (page meta); what its 来源 fields name is returned.
 */
function readInfoLines(blocks: Block[], question: number, end: number): { sources: string[]; above: string | null } {
  const sources: string[] = [];
  let above: string | null = null;
  for (let i = 0; i < end; i++) {
    const info = i !== question && blocks[i]!.chars <= 100 ? readInfoLine(blocks[i]!.text) : null;
    if (!info) continue;
    // Above a question printed under the article's own title (`网友提问：…`), the line still dates the post.
    if (i < question) above = findDate(info.date);
    else blocks[i] = { ...blocks[i]!, text: info.date };
    if (info.source) sources.push(info.source);
  }
  return { sources, above };
}

/** A department named as an article's source (`来源：内分泌科`, a department's own page): the answering doctor's, where the card names none. Not an office (宣传科). */
function sourceDepartment(sources: readonly string[]): string | null {
  const departments = sources.filter((s) => isDepartment(s) && !/^(?:宣传|党委|院办|办公|信息|医务|后勤|财务|科教|科研)/u.test(s));
  return departments.length === 1 ? departments[0]! : null;
}

/** How the card's sentence says the doctor answered (`name title 视频回答`, `由 name 语音解答了该问题`). */
const ANSWERED_AS_RE = /(语音|音频|视频|图文|文字|电话)(?:解答|回答|回复)/gu;
/** The format a card sentence names, where its lines name one and only one. */
function cardSaysFormat(blocks: readonly Block[], kinds: readonly Kind[], question: number, own: number): AnswerFormat {
  const formats = new Set<AnswerFormat>();
  for (let i = question + 1; i <= own && i < blocks.length; i++) {
    if (kinds[i] !== 'card' || blocks[i]!.chars > 80) continue;
    for (const m of blocks[i]!.text.matchAll(ANSWERED_AS_RE)) formats.add(formatFromLabel(m[0]));
  }
  formats.delete('unknown');
  return formats.size === 1 ? [...formats][0]! : 'unknown';
}

/**
 * A 问 badge's line is the question's (or the asker's), and so is the line after a 问 badge on a
 * line of its own; a 答 badge on a line of its own is the answer's label. The answer starts at the
 * first 答 badge: text before it (an article's intro, the question again) is none of the answer.
 */
function markBadges(kinds: Kind[], badges: ReadonlyMap<number, Badge>, question: number): void {
  let opens = -1;
  for (const [i, badge] of badges) {
    if (badge.side === 'question') {
      kinds[i] = 'asker';
      if (badge.rest === '' && kinds[i + 1] === 'text') kinds[i + 1] = 'asker';
    } else {
      if (badge.rest === '') kinds[i] = 'label';
      if (opens === -1) opens = i;
    }
  }
  for (let i = question + 1; i < opens; i++) if (kinds[i] === 'text') kinds[i] = 'note';
}

/**
 * A question printed after the asker's label in a box of the asker's (`<blockquote>患者提问：… <p>男，26岁…</p>`):
 * the lines of text right after it in the box are the asker's description, none of the answer
 * (up to a line of another kind, such as the answer's label where the box holds the answer too).
 * Not where the box is preformatted text, whose one element holds the whole page.
 */
function markAskerBox(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  const box = blockOf(blocks[question]!.node);
  if (!box || box.name === 'pre' || box.name === 'body') return;
  for (let i = question + 1; i < end && kinds[i] === 'text' && inside(blocks[i]!.node, box); i++) kinds[i] = 'asker';
}

/** The asker's words unlabelled are a line or two; more is no description. */
const MAX_ASKER_WORDS = 2;

/**
 * The asker's words with no label, under their profile (`男 · 26岁 · 847人看过`) right below the question:
 * the lines up to the answer's date line are theirs where the answer's text follows that line, as a
 * description stands between the asker's line and the answer's head.
 */
function markAskerWords(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  const profile = question + 1;
  if (profile >= end || kinds[profile] !== 'asker' || !isAskerProfile(blocks[profile]!.text)) return;
  let head = profile + 1;
  while (head < end && kinds[head] === 'text' && head - profile <= MAX_ASKER_WORDS) head++;
  if (head === profile + 1 || head >= end || kinds[head] !== 'meta') return;
  let next = head + 1;
  while (next < end && (kinds[next] === 'meta' || kinds[next] === 'label' || kinds[next] === 'ui' || kinds[next] === 'player')) next++;
  if (next >= end || kinds[next] !== 'text') return;
  for (let i = profile + 1; i < head; i++) kinds[i] = 'asker';
}

/**
 * The asker's words with no label between the question and a head naming who answers (`门店药师回复`), the answer's text
 * after that head: the asker's, as a description stands between the question and the answer's head.
 */
function markWordsBeforeAnswerer(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  let head = question + 1;
  while (head < end && kinds[head] === 'text' && head - question <= MAX_ASKER_WORDS) head++;
  if (head === question + 1 || head >= end || !isAnswererHead(blocks[head]!.text)) return;
  let next = head + 1;
  while (next < end && (kinds[next] === 'card' || kinds[next] === 'meta' || kinds[next] === 'label' || kinds[next] === 'ui')) next++;
  if (next >= end || kinds[next] !== 'text') return;
  for (let i = question + 1; i < head; i++) kinds[i] = 'asker';
}

/** The head of patients' reviews of the doctor (`患者评价 ★★★★★ 5.0分`, `用户点评（12）`). */
const REVIEWS_HEAD_RE = /^(?:患者|用户|网友|病友|就诊|服务)(?:评价|点评|口碑)(?:[\s（(★☆:：]|$)/u;
/** A review's rating (stars, a score) or its reviewer's masked name (`患者5**6`, `用户8**9`). */
const REVIEW_LINE_RE = /[★☆]{3,}|^\s*\S{1,4}\*{2,}\S{0,4}(?:\s|$)/u;

/**
 * Patients' reviews (their head, then stars, masked names and short praise) are none of the
 * answer: the head ends it, and every line after it in the head's box is furniture.
 */
function markReviews(blocks: readonly Block[], kinds: Kind[], question: number, end: number): void {
  for (let i = question + 1; i < end; i++) {
    if (!REVIEWS_HEAD_RE.test(blocks[i]!.text)) continue;
    kinds[i] = 'end';
    // The box around the head and its list, unless it holds the question too (the whole page).
    const box = lineBox(blocks[i]!.node);
    if (!box || inside(blocks[question]!.node, box) || (box.type === 'tag' && (box as Element).name === 'body')) continue;
    for (let j = i + 1; j < end && inside(blocks[j]!.node, box); j++) kinds[j] = 'ui';
  }
  for (let i = question + 1; i < end; i++) if (kinds[i] === 'text' && blocks[i]!.chars <= 40 && REVIEW_LINE_RE.test(blocks[i]!.text)) kinds[i] = 'ui';
}

/** The block element a line's text stands in (the <blockquote> around `<b>患者提问：</b>…`). */
function blockOf(node: AnyNode | null): Element | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && INLINE.has((el as Element).name)) el = el.parent;
  return el && el.type === 'tag' ? (el as Element) : null;
}

const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'big', 'label', 'mark', 'sup', 'sub']);

/** A line whose box (the element holding its block) shows nothing else: a heading over an empty list. */
function isAloneInBox(block: Block): boolean {
  const box = lineBox(block.node);
  return box !== null && box.type === 'tag' && textContent(box).replace(/\s+/gu, '') === block.text.replace(/\s+/gu, '');
}

/** The most a bare title's link holds: a link holding more holds a snippet too (a list's item linked whole). */
const BARE_TITLE_CHARS = 40;

/** A line whose box shows nothing else but links of a title's length (a label over bare titles). */
function headsOnlyLinks(block: Block): boolean {
  const box = lineBox(block.node);
  if (box === null || box.type !== 'tag') return false;
  let unlinked = '';
  let titles = true;
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') unlinked += (n as unknown as { data: string }).data;
    else if (n.type === 'tag' && (n as Element).name === 'a') titles &&= textContent(n as Element).replace(/\s+/gu, '').length <= BARE_TITLE_CHARS;
    else if (n.type === 'tag') for (const c of (n as Element).children) walk(c);
  };
  walk(box);
  return titles && unlinked.replace(/\s+/gu, '') === block.text.replace(/\s+/gu, '');
}

/** Inside a <nav>, or the page's own <header>/<footer> (not those of an article or section). */
function isFurniture(node: AnyNode | null): boolean {
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
function cardLinesOnly(blocks: readonly Block[], kinds: Kind[], card: FoundCard, question: number, end: number): void {
  for (const el of card.elements) {
    let after = false;
    for (let i = question + 1; i < end; i++) {
      const b = blocks[i]!;
      if (b.node?.parent !== el) continue;
      after ||= DIVIDER_RE.test(b.text) || isProsePart(b.text) || afterBlankLine(b.node);
      if (after) kinds[i] = kindOf(b, card.elements.filter((other) => other !== el));
    }
  }
}

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

const inCard = (block: Block, card: FoundCard | null) => card !== null && card.elements.some((el) => inside(block.node, el));

function kindOf(block: Block, cards: readonly Element[]): Kind {
  const text = block.text;
  if (cards.some((card) => inside(block.node, card))) return 'card';
  if (isDisclaimer(text)) return 'disclaimer';
  if (isSectionHead(text)) return 'text';
  // A republishing site's ads and credit, the answer's sign-off (以上回答由…医生提供), a note app's credit under a clip (note-clip.ts), a voice answer's play counts and transcription note (answer-extras.ts).
  if (isCreditLine(text) || isServiceCredit(text) || isAnswerCredit(text) || isClipCredit(text)) return 'tags';
  // Who checked the text (本文由…审核) credits it; the list of its sources (参考文献) follows it (references.ts).
  if (isReviewCredit(text)) return 'tags';
  if (isReferencesHead(text)) return 'end';
  // The site's rights notice under the answer (著作权归作者所有…) is where the answer has ended (answer-extras.ts).
  if (isRightsNotice(text)) return 'end';
  // A sponsor's credit and an advert's approval number (sponsor-lines.ts): the answer has ended, their days date nothing of it.
  if (isSponsorLine(text)) return 'end';
  // (A line all link stays navigation: it ends the answer unless set between two of its lines.)
  if ((isAdLine(text) && block.linkChars < block.chars) || isPlayCount(text)) return 'ui';
  if (isTranscriptionNote(text) || isSubtitleNote(text)) return 'note';
  // A video's caption, the question restated with its #topics# (video-page.ts).
  if (isTopicsCaption(text)) return 'ui';
  // A row of tag links under the video or post (topic-tags.ts): the platform's topics.
  if (text.length <= 60 && isTagLinksRow(block.node)) return 'tags';
  if (isAnswerMark(text) || isNamedAnswerHead(text) || isColumnName(text)) return 'label';
  if (isLabelledName(text)) return 'card';
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
  // So does the head of an article's further reading (相关文章, 延伸阅读), whether or not a list of answers is read under it.
  if (text.length <= 12 && isReadingLabel(text.replace(/\s+/gu, ''))) return 'end';
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
  // The reply's label naming its medium (`语音回复 58″`, media-format.ts).
  if (text.length <= 20 && replyLabelFormat(text) !== null) return 'label';
  if (text.length <= 12 && BRACKETED_LABEL_RE.test(text)) return 'label';
  if (text.length <= 12 && (ANSWER_LABEL_RE.test(text) || (text.length <= 6 && LABEL_WORD_RE.test(text) && !PROSE_RE.test(text) && !ENUMERATED_RE.test(text)))) return 'label';
  // The head of the list of answers (`共有1位医生回答`, answer-list.ts): a label, none of the answer under it.
  if (isAnswersHead(text)) return 'label';
  // A reader view's estimate of the reading time under the title (`1–2 分钟`): the tool's, none of the answer (reading-estimate.ts).
  if (isReadingEstimate(text)) return 'ui';
  if (PLAYER_RE.test(text) || PLAYER_FALLBACK_RE.test(text) || isDoctorVoiceBar(text) || isAudioBar(text)) return 'player';
  // A heading over the comments with their count (`评论 358`): they follow; not a counter's meta.
  if (block.heading && text.length <= 12 && COMMENTS_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  const meta = readMetaLine(text);
  if (meta.metaOnly || (meta.dates.length > 0 && text.length <= 30 && !/[。！？，,]/u.test(text))) return 'meta';
  // A post's stamp opening its social bar (`2020-12-06 09:41 支持 56 反对 评论(20) 分享到 微博 豆瓣`): the stamp dates the post.
  if (meta.dates.length > 0 && text.length <= 60 && SOCIAL_BAR_RE.test(text.replace(BAR_STAMP_RE, ''))) return 'meta';
  if (isPostStamp(text)) return 'meta';
  // The answer's label with its format or date after it, colon or not (`医生回复：视频解答`, `医生回复 2个月前`): meta, not the answer's first line.
  const labelled = text.length <= 40 ? (text.match(LABEL_PREFIX_RE) ?? text.match(LABEL_SPACED_RE)) : null;
  if (labelled && readMetaLine(text.slice(labelled[0].length)).metaOnly) return 'meta';
  // An icon font's glyph (private-use characters): a picture, not text.
  if (ICON_GLYPHS_RE.test(text)) return 'ui';
  if (isAskerLine(text) || isAskerProfile(text)) return 'asker';
  if (isCardFieldsLine(text)) return 'card';
  if (text.length <= 24 && UI_RE.test(text)) return 'ui';
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
  if (text.length <= 12 && COMMENTS_HEAD_RE.test(text.replace(/\s+/gu, ''))) return 'end';
  // A prompt to open the app or log in; not a line cut short with that prompt after its ellipsis (the answer's last shown line).
  if ((isAppPrompt(text) || isWallPrompt(text)) && !cutShortWithPrompt(text)) return 'ui';
  // A paid answer's, lesson's or episode's access badge (`限时免费`, `免费围观`, `试读`, access-tag.ts).
  if (isAccessTag(text)) return 'ui';
  if (text.length <= 16 && isReadMore(text.replace(/\s+/gu, ''))) return 'ui';
  if (text.length <= 40 && (SOCIAL_BAR_RE.test(text.replace(BAR_DAY_RE, '')) || VOTES_RE.test(text))) return 'ui';
  if (TAGS_RE.test(text) || isTopicTagsLine(text) || BYLINE_RE.test(text) || PLATFORM_STATEMENT_RE.test(text) || COPYRIGHT_RE.test(text) || MAILING_FOOT_RE.test(text) || DIAGNOSIS_FIELD_RE.test(text)) return 'tags';
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

/**
 * The answer: the text after the card (or after the question, where the card comes later or
 * not at all), up to the disclaimer, a heading, navigation or the card; labels, meta, player
 * text and prompts in between are passed over.
 */
function readAnswer(
  blocks: Block[],
  kinds: Kind[],
  question: number,
  end: number,
  card: FoundCard | null,
): { paragraphs: string[]; doubts: string[]; nodes: AnyNode[]; first: number; last: number } {
  let start = question + 1;
  // The card's last line (of the card read, where there are several).
  let cardAt = -1;
  for (let i = question + 1; i < end; i++) if (card && kinds[i] === 'card' && inside(blocks[i]!.node, card.element)) cardAt = i;
  // A reminder the site adds after the card (专家提醒，…) is no answer after it: the answer stands before a card it follows.
  const reminder = blocks.findIndex((b, i) => i > cardAt && i < end && CLOSING_REMINDER_RE.test(b.text));
  // Nor is what follows a line that ends the page's own text (a further-reading head, 相关阅读): a signature card
  // closing the answer is followed by the list's snippets, prose of other pages.
  const ended = kinds.findIndex((k, i) => i > cardAt && i < end && k === 'end');
  const afterCard = kinds.slice(cardAt + 1, Math.min(reminder === -1 ? end : reminder, ended === -1 ? end : ended));
  if (cardAt > question && afterCard.some((k, i) => k === 'text' && PROSE_RE.test(blocks[cardAt + 1 + i]!.text))) start = cardAt + 1;
  const taken: Block[] = [];
  let lastAt = -1;
  let firstAt = -1;
  // Lines taken before a heading, with no sentence among them: not the answer, which is under that heading.
  const passed: string[] = [];
  const prose = (b: Block) => PROSE_RE.test(b.text);
  // The line a print page's number follows, where it stops mid-sentence.
  let brokenAfter: Block | null = null;
  let askerHeaded = false;
  const proseAfter = (i: number) => kinds.slice(i + 1, end).some((k, j) => k === 'text' && prose(blocks[i + 1 + j]!));
  for (let i = start; i < end; i++) {
    const kind = kinds[i]!;
    const block = blocks[i]!;
    const last = taken[taken.length - 1];
    // A heading in the answer's own container is one of its sub-headings (一、病因), not what follows it.
    const next = blocks[i + 1];
    const subHeading =
      kind === 'heading' &&
      block.chars <= 30 &&
      (last ? lineBox(block.node) === lineBox(last.node) : next !== undefined && kinds[i + 1] === 'text' && lineBox(next.node) === lineBox(block.node));
    // So is a short head worded like a label (`康复建议：`, `护理建议`) between two of the answer's lines in their box: a section's head, kept.
    const headBetween = kind === 'label' && last !== undefined && !ANSWER_LABEL_RE.test(block.text) && next !== undefined && kinds[i + 1] === 'text' && lineBox(block.node) === lineBox(last.node) && lineBox(next.node) === lineBox(block.node);
    // A link between two of the answer's lines, in their container: an ad set into the answer.
    const setIn =
      kind === 'nav' && last !== undefined && next !== undefined && kinds[i + 1] === 'text' && lineBox(block.node) === lineBox(last.node) && lineBox(next.node) === lineBox(block.node);
    if (setIn) continue;
    // A print page's number between the answer's lines (print-page-number.ts): none of it; a paragraph it cuts
    // mid-sentence goes on in the line after it.
    if (last !== undefined && kind !== 'card' && isPrintPageNumber(block.text)) {
      brokenAfter = MID_PHRASE_END_RE.test(last.text) ? last : null;
      continue;
    }
    if (brokenAfter !== null && brokenAfter === last && kind === 'text') {
      taken[taken.length - 1] = { ...last, text: last.text + block.text.trim(), chars: last.chars + block.chars, linkChars: last.linkChars + block.linkChars, links: [...last.links, ...block.links] };
      brokenAfter = null;
      lastAt = i;
      continue;
    }
    brokenAfter = null;
    // A blurb under its head before the answer's label (节目简介 … 节目文稿), or the asker's words under theirs (问题 … 医生解答):
    // the answer starts under the label.
    if (kind === 'label' && taken.length > 0 && (askerHeaded || headsBeforeAnswer(taken[0]!.text.replace(/\s+/gu, ''))) && proseAfter(i)) {
      taken.length = 0;
      firstAt = -1;
      askerHeaded = false;
      continue;
    }
    // So too under the asker's head as a heading of its own (`<h3>患者提问</h3>`), not taken.
    if (taken.length === 0 && kind !== 'text' && block.chars <= 12 && headsBeforeAnswer(block.text.replace(/\s+/gu, ''))) askerHeaded = true;
    // A record's fields, or a player's caption, before the answer's label (`服务类型：电话问诊`, `通话录音` … 医生小结): no sentence
    // among them, nor a lead-in to what follows (`常见的原因有以下几种：`), the answer starts under the label.
    if (kind === 'label' && taken.length > 0 && taken.every((b) => b.chars <= SHORT_FIELD_CHARS && !prose(b) && !/[:：]\s*$/u.test(b.text)) && proseAfter(i)) {
      taken.length = 0;
      firstAt = -1;
      continue;
    }
    if (kind === 'text' || subHeading || headBetween) {
      taken.push(block);
      lastAt = i;
      if (firstAt === -1) firstAt = i;
    } else if (kind === 'heading' && taken.length > 0 && blocks.slice(lastAt + 1, i).some((b) => isPaywallPrompt(b.text))) {
      // A preview's lead-in over a paywall (`…可能是以下原因引起：` over `试读结束 · 订阅课程后可查看全部内容`): the part shown ends at the wall.
      break;
    } else if (kind === 'heading' && taken.length > 0 && !taken.some(prose) && proseAfter(i)) {
      passed.push(...taken.map((b) => b.text), block.text);
      taken.length = 0;
      firstAt = -1;
    } else if (taken.length > 0 && (kind === 'disclaimer' || kind === 'card' || kind === 'heading' || kind === 'nav' || kind === 'tags' || kind === 'end')) break;
  }
  // A heading with no text after it heads what follows the answer.
  if (taken[taken.length - 1]?.heading) taken.pop();
  // An answer in sections (病情分析, 指导意见) starts at its first section head: lines before it are someone else's (the asker's).
  const firstHead = taken.findIndex((b) => isSectionHead(b.text));
  if (firstHead > 0) passed.push(...taken.splice(0, firstHead).map((b) => b.text));
  // A truncated preview (…展开全文) over the full text, hidden or not: the full text is the answer.
  const previews = previewLines(taken.map((b) => b.text));
  if (previews.size > 0) taken.splice(0, taken.length, ...taken.filter((_, i) => !previews.has(i)));
  // A table in the answer is read a row a paragraph (answer-table.ts).
  taken.splice(0, taken.length, ...withTableRowsJoined(taken, blocks));
  // A line cut short keeps its ellipsis, not the prompt after it (`…可... 打开APP阅读全文 ›`).
  let walled = false;
  const paragraphs = taken.map((b) => {
    // A screen reader's `正文：` before each paragraph (announced-label.ts): the toolbar's, none of the answer.
    const said = withoutAnnouncement(b);
    const text = b.links.length > 0 ? said.replace(TRAILING_PROMPT_RE, '') : said;
    const cutAt = withoutCutPrompt(text);
    walled ||= cutAt.walled;
    // Footnote marks printed as text (`…治疗。¹`, `…治疗。[4]`): none of its words (references.ts).
    return withoutTrailingTopicTags(withoutTextMarks(cutAt.text));
  });

  // A prompt to log in or open the app under the cut line: the rest is behind the wall, not on the page.
  for (let i = lastAt + 1; i < end && i <= lastAt + 3 && !walled; i++) walled = kinds[i] !== 'text' && (isWallPrompt(blocks[i]!.text) || isAppPrompt(blocks[i]!.text));
  if (paragraphs[0] && LABEL_PREFIX_RE.test(paragraphs[0])) paragraphs[0] = paragraphs[0].replace(LABEL_PREFIX_RE, '');
  // The chapter list a video's description ends with (video-page.ts).
  paragraphs.splice(withoutChapterList(paragraphs).length);
  // The asker's short thanks after the answer, under their label (`患者：谢谢医生`), with no word of the doctor's after it: theirs,
  // none of the answer. A follow-up that asks something stays, doubted (the doctor's reply to it may be missing).
  const thanks = (p: string) => [...p].length <= ASKER_REPLY_CHARS && ASKER_VOICE_RE.test(p) && !asksQuestion(p);
  // So is their speaker line alone at the end (`患者` over a turn not read as text): it heads a turn of theirs.
  while (paragraphs.length > 1 && (thanks(paragraphs[paragraphs.length - 1]!) || ASKER_SPEAKER_RE.test(paragraphs[paragraphs.length - 1]!))) paragraphs.pop();
  const doubts: string[] = [];
  if (passed.length > 0) doubts.push(`the answer starts under a heading or section head; passed over: ${passed.join(' / ').slice(0, 40)}`);
  const d = card?.doctor;
  const cardText = (p: string) =>
    // A sentence's end, full width or half (a CMS that prints `。` as `.`), is no card's.
    (p.length <= 40 && !/[。！？!?]|\.$/u.test(p) && isCardLine(p)) ||
    (d?.name && p.includes(d.name) && ((d.title && p.includes(d.title)) || (d.hospital && p.includes(d.hospital))));
  // The doctor introducing themselves in the reply (`您好，我是…的王芳医生`) is no card (core/reply-opening.ts).
  const holding = paragraphs.find((p) => cardText(withoutSelfIntroduction(p)));
  if (holding) doubts.push(`the answer holds doctor-card text (${holding.slice(0, 20)})`);
  const first = paragraphs[0];
  if (first && first.length <= 8 && !PROSE_RE.test(first) && !ENUMERATED_RE.test(first) && !isSectionHead(first)) doubts.push(`the answer starts with a short line (${first})`);
  else {
    const bare = [paragraphs[0], paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : undefined].find((p) => p !== undefined && isNumberedNonSentence(p));
    if (bare) doubts.push(`the answer starts or ends with a line of figures that is no sentence (${bare.slice(0, 20)})`);
  }
  // A short dated line in an answer is page meta in words the reader does not know.
  // A paragraph that stops mid-phrase with the next going on (`…一般几天就` / `能缓解，…`): a line break inside a sentence,
  // the page's wrapping or its paragraphs, which the reader cannot tell apart.
  const broken = paragraphs.findIndex((p, i) => i + 1 < paragraphs.length && [...p].length >= 12 && MID_PHRASE_END_RE.test(p) && PROSE_RE.test(p) && !ENUMERATED_RE.test(paragraphs[i + 1]!) && !isSectionHead(paragraphs[i + 1]!));
  if (broken !== -1) doubts.push(`a paragraph stops mid-phrase and the next goes on (${paragraphs[broken]!.slice(-10)} / ${paragraphs[broken + 1]!.slice(0, 10)})`);
  const dated = paragraphs.find((p) => (p.length <= 30 && readMetaLine(p).dates.length > 0) || ENDS_WITH_DATE_RE.test(p));
  if (dated) doubts.push(`the answer holds a dated line (${dated})`);
  const voiced = paragraphs.find((p) => OTHER_VOICE_RE.test(p) || isOtherAnswersHead(p));
  if (voiced) doubts.push(`the answer holds a line of someone else (${voiced.slice(0, 20)})`);
  // A preview cut by a login wall is the answer as the page shows it; one cut by 展开全文 hides its full text somewhere not found.
  const cut = walled ? undefined : paragraphs.find(isTruncated);
  if (cut) doubts.push(`the answer holds a line cut short, a preview whose full text was not found (${cut.slice(-20)})`);
  return { paragraphs, doubts, nodes: taken.flatMap((b) => (b.node ? [b.node] : [])), first: firstAt, last: lastAt };
}

/** A sentence with a platform's topic tags after it (`…按时复查。 #手足口病[话题]#`): its links are the tags', the line is the sentence's. */
const endsInTopicTags = (text: string) => withoutTrailingTopicTags(text) !== text;

/** A line of a widget's figures that is no sentence (`听全文 00:00 / 02:07`, `已回答812个问题`, `孕36周+3天`): a player's, a counter's or a badge's, in words the reader does not know. */
const isNumberedNonSentence = (p: string) =>
  p.length <= 40 && WIDGET_FIGURES_RE.test(p) && !PROSE_RE.test(p) && !/[:：]$/u.test(p) && !ENUMERATED_RE.test(p) && !isSectionHead(p);
/** A player's time (`02:07`), a count of people or things (`812个`, `2310人`; not a dose's `3次` nor a time's `3个月`), a pregnancy's week (`36周+3天`). */
const WIDGET_FIGURES_RE = /\d{1,2}[:：]\d{2}|\d\s*(?:个(?!月|小时|星期|疗程)|人|条|位|周\s*\+)/u;

/**
 * Date and format from the meta lines near the question and answer (never from the answer's
 * text); else the format from the players there, the date from a <time datetime> there (a page
 * that shows 3天前).
 */
function readMeta(lines: readonly Block[], players: readonly Media[], stamps: readonly Stamp[]): PageMeta {
  // A date's label in a cell of its own is read with the date in the next (date-label-line.ts).
  const meta = pickMeta(withDateLabelsJoined(lines).map((b) => readMetaLine(b.text)));
  if (meta.date === null) meta.date = stamps.map((s) => findDate(s.datetime)).find((d) => d !== null) ?? null;
  if (meta.format === 'unknown') {
    const formats = new Set(players.map((m) => m.format));
    if (formats.size === 1) meta.format = [...formats][0] as AnswerFormat;
  }
  return meta;
}

/**
 * Date and format printed between a page's question and its answer (a profile's page whose
 * selectors do not reach them), and the player there.
 */
export function metaBetween(question: AnyNode, answer: AnyNode | null): PageMeta {
  const { blocks, media, stamps } = renderBlocks(nodesBetween(question, answer));
  return readMeta(blocks, media, stamps);
}


/**
 * A date labelled as the answer's (发布时间：, 回答于) printed after the related list, at the foot
 * of the page: taken where it is the only one there (the list's own dates carry no such label).
 */
function labelledDateAfter(blocks: readonly Block[], end: number, related: readonly EntryDraft[]): string | null {
  const dates = new Set<string>();
  // A format word and a date the related list shows for one of its items is that item's line
  // (`图文解答 2021年11月29日`); a date labelled only as published (发布于) is the page's, whatever day it is.
  const items = new Set(related.map((i) => i.date));
  for (let i = end; i < blocks.length; i++) {
    const meta = readMetaLine(blocks[i]!.text);
    const itemLine = meta.format !== 'unknown';
    if (meta.metaOnly) for (const d of meta.dates) if (d.kind === 'answered' && !(itemLine && items.has(d.iso))) dates.add(d.iso);
  }
  return dates.size === 1 ? [...dates][0]! : null;
}

/** A line that is the question under a label naming who asked (`粉丝问：…`, `网友提问：…`, genre.ts). */
function restatesQuestion(line: string, question: string): boolean {
  const asked = labelledQuestion(line);
  return asked !== null && comparable(asked).replace(/[？?]+$/u, '') === comparable(question).replace(/[？?]+$/u, '');
}

/** A line that repeats the question and asks (`…怎么回事，请问需要怎么处理？`): the asker's words, not the doctor's. */
function asksAgain(line: string, question: string): boolean {
  const asked = comparable(question.replace(/[？?]+$/u, ''));
  return [...asked].length >= 4 && comparable(line).includes(asked) && /请问|[？?]$/u.test(line.trim());
}

/**
 * A card printed as one line of text where no element holds it alone (a print version's
 * `医生：name title hospital grade department` in a <pre>): the line before the answer that names
 * a doctor, a title and a hospital, and nothing else.
 */
function cardLine(blocks: readonly Block[], kinds: readonly Kind[], question: number, answer: number): Doctor | null {
  const found: Doctor[] = [];
  for (let i = question + 1; i < answer; i++) {
    if (kinds[i] !== 'card' || blocks[i]!.chars > 60) continue;
    const doctor = parseCardParts([blocks[i]!.text]);
    if (doctor.name && doctor.title && doctor.hospital) found.push(doctor);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * No card read: the page says so where it shows something card-like near the answer, and in
 * any case (every answer of the genre is a doctor's; a card in words or markup the reader does
 * not know is the likelier reason than none at all).
 */
function noCard(blocks: Block[], question: number, end: number, doubts: string[]): Doctor {
  let seen: string | null = null;
  for (let i = question + 1; i < end && seen === null; i++) {
    const text = blocks[i]!.text;
    if (text.length <= 40 && isCardLine(text)) seen = text;
  }
  doubts.push(seen ? `a doctor card the reader could not read (${seen})` : NO_CARD);
  return { name: null, title: null, department: null, hospital: null, hospital_grade: null };
}

/**
 * Structured data checked against the page: where it agrees, it may trim card or label text
 * off the visible answer or supply a date the page shows in a form not read; where it
 * disagrees with what the page shows, the entry says so.
 */
function checkStructuredData(
  read: { question: string; paragraphs: string[]; doctor: Doctor; date: string | null; readBy: ReadBy },
  data: StructuredQa,
  blocks: Block[],
  doubts: string[],
): void {
  if (data.question && comparable(data.question) !== comparable(read.question)) doubts.push('the structured data names another question');
  if (data.answer) {
    const told = comparable(data.answer);
    const shown = comparable(read.paragraphs.join(''));
    if (shown !== told) {
      const kept = read.paragraphs.filter((p) => told.includes(comparable(p)));
      // Lines the data leaves out are furniture it never held, not a paragraph it lacks (a template's stale, older text).
      const left = read.paragraphs.filter((p) => !kept.includes(p));
      if (shown.includes(told) && comparable(kept.join('')) === told && !left.some((p) => PROSE_RE.test(p))) {
        read.paragraphs = kept;
        read.readBy = 'structured_data';
      } else doubts.push('the structured data disagrees with the answer shown');
    }
  }
  // The question's day stands for the answer's only to fill a date the page shows in a form not read.
  const day = data.date ?? data.askedOn;
  if (day && read.date === null) {
    // A line that prints the day as the asking's (`提问于 …`) shows no answer's date.
    if (blocks.some((b) => readMetaLine(b.text).dates.some((d) => d.iso === day && d.kind !== 'asked'))) {
      read.date = day;
      read.readBy = 'structured_data';
    }
  } else if (data.date && !namesDay(data.dateGiven!, read.date!)) doubts.push('the structured data gives another date');
  // An answer may come days after the question; only one before it is wrong.
  else if (!data.date && data.askedOn && read.date !== null && read.date < data.askedOn) doubts.push('the date read is before the structured data says the question was asked');
  if (data.author && read.doctor.name && comparable(data.author) !== comparable(read.doctor.name)) doubts.push('the structured data names another doctor');
  if (data.authorTitle && read.doctor.title && comparable(data.authorTitle) !== comparable(read.doctor.title)) doubts.push('the structured data gives the doctor another title');
  if (data.authorHospital && read.doctor.hospital && comparable(data.authorHospital) !== comparable(read.doctor.hospital)) doubts.push('the structured data gives the doctor another hospital');
}
