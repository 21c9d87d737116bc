import { isPersonalName } from '../../core/genre-vocabulary.js';

/**
 * The words that head or sign an answer (医生解答, 答：, 【王医生答】, 王医生的回答) and the heads of
 * what stands before it (节目简介, 本期专家): the genre reader's vocabulary for where an answer starts.
 */

/**
 * Labels of the answer section (医生解答 and the like): headings, not text. A voice or video
 * answer's text stands under a label of its own (视频文字版, 语音转文字, 文字稿, 正文), or under the app's note that it
 * transcribed the recording (`语音已转为文字`). The bare `答` of a 问 / 答 pair of heads is one, as `A` is.
 */
export const ANSWER_LABEL_RE =
  /^(?:(?:(?:门店|值班|在线|驻店|坐诊|执业)?(?:医生|专家|大夫|医师|药师))?(?:解答|回答|回复|答复|建议|解读)|(?:医生|专家|大夫|医师|药师|主播|嘉宾)答|(?:医生|专家|大夫|医师|药师)补充(?:说明)?|(?:医生|专家|通话|问诊|咨询)(?:小结|总结)|(?:本期|本集|本节目|节目)要点|A|答|Answer|最佳答案|满意答案|回答医生|解答医生|答案|回答内容|问题解答|医生的回答|医生回答如下|(?:以下(?:为|是)|下面(?:为|是))?(?:视频|音频|语音|录音|回答|解答)?(?:文字(?:版|稿|实录)?|文稿|转文字|转写|转录|实录|字幕|原文|全文|正文)(?:内容|文字|文本)?|(?:视频|音频|语音|录音)(?:已经?)?(?:转为|转成|转换为|转换成|转)文字)\s*[:：]?$/u;
/**
 * The label naming the answering doctor's answer as theirs (专家解答, 医生回答, the bare 答 of a 问 / 答 pair): where it heads a box
 * of the answer's text, that box is the answer (answer-text.ts). Not a section's head (医生建议, 病情分析), which heads a part of it.
 */
export const ANSWERER_LABEL_RE = /^(?:(?:医生|专家|大夫|医师|药师)的?(?:解答|回答|答复)|答)\s*[:：]?$/u;
/**
 * The head of the answer's advice (医生建议, 专家建议, 建议): it labels the answer where it heads it, but under a head of the answer's
 * own (病因分析 over its paragraph) it is the next section's head, as 治疗建议 is: advice is a part of the answer, not all of it.
 */
export const ADVICE_HEAD_RE = /^(?:(?:医生|专家|大夫|医师|药师)?建议)\s*[:：]?$/u;
/** A line that starts an enumeration (一、 1. （1）): a point or sub-heading of the answer, not a label. */
export const ENUMERATED_RE = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/u;
/** A post's bracketed answer label (`【曹娟医生答】`, `【回复】`), on its own line or run into the answer's first. */
const BRACKETED_LABEL = '【\\s*\\p{Script=Han}{0,4}?(?:医生|大夫|医师|专家)?(?:答|回答|解答|回复)\\s*】';
export const BRACKETED_LABEL_RE = new RegExp(`^${BRACKETED_LABEL}$`, 'u');
/**
 * An answer label run into the answer's first line: `答：…`, `医生回复：…`, a quiz's `解析：…`, a post's `【曹娟医生答】…`;
 * a letters column's signed one (`陈医生答：…`, `Dr. Zhang 答：…`); a session record's 答 naming who answers in brackets (`答（王芳）：…`).
 */
export const LABEL_PREFIX_RE = new RegExp(`^(?:(?:(?:医生|专家|大夫)?(?:解答|回答|回复|答复)|答(?:\\s*[（(][^（）()]{1,12}[）)])?|\\p{Script=Han}{1,3}?(?:医生|大夫|医师)答|(?:专家|医生|大夫|医师)答|Dr\\.?\\s*[A-Z][a-z]+\\s*答?|最佳答案|医生建议|(?:医生|专家|答案|题目)?解析)\\s*[:：]|${BRACKETED_LABEL})\\s*(?=\\S)`, 'u');
/**
 * An answer label followed by a space, not a colon (`医生回复 2个月前`, who answers before it: `合作医院医生解答 视频解答`): what follows
 * may be its meta. A format tag set beside the label as an element of its own runs into it (`医生回复图文咨询`): the label ends there too.
 */
export const LABEL_SPACED_RE = /^(?:\p{Script=Han}{0,4}?(?:医生|专家|大夫|医师)(?:解答|回答|回复|答复)|最佳答案|医生建议)(?:\s+(?=\S)|(?=(?:语音|音频|视频|图文)(?:解答|回答|回复|咨询|问诊)?(?:\s|$)))/u;
/**
 * The answer's head naming who answers by name alone, set apart from the answering word (`东方华文 回答`, a 问吧's host over
 * the reply): a label, none of the answer. Only a personal name (a surname first): `如何 回答`, `以下 回答` are no one's.
 */
const NAMED_SPACED_HEAD_RE = /^(\p{Script=Han}{2,4})\s+(?:回答|解答|回复|答复)\s*[:：]?$/u;
export const isNamedSpacedHead = (text: string): boolean => {
  const m = text.trim().match(NAMED_SPACED_HEAD_RE);
  return m !== null && isPersonalName(m[1]!);
};
/** Words of a short line that heads the answer in wording the reader has not seen (回复内容, 专家意见, 音频文字). */
export const LABEL_WORD_RE = /回复|答复|意见|解答|回答|建议|内容|答案|分析|解读|文字|文稿|字幕|正文/u;
/** The heading of the doctor's box after an article (本期专家, 本期解答专家, 专家简介, 作者介绍): what follows is the card, not the answer. */
export const CARD_HEAD_RE = /^(?:(?:本期|本次)(?:答疑|解答|特邀|受访|出诊|坐诊|主讲)?|答疑|解答|特邀|受访|出诊|坐诊|主讲|栏目|节目)(?:专家|医生|嘉宾)$|^(?:专家|医生|作者|嘉宾)(?:简介|介绍)$/u;
/**
 * The head of a programme's or article's blurb (节目简介, 视频简介, 内容提要, 导读): a note about the
 * text, written by the site, over it. Where an answer's label (文稿, 文字稿) follows it, the answer is under that label.
 */
export const BLURB_HEAD_RE = /^(?:(?:节目|本期|内容|视频|音频|课程|栏目|文章)(?:简介|介绍|导读|摘要|概要|提要)|导读|摘要|内容提要)\s*[:：]?$/u;
/** A line naming who answers with the answer's word (`方强医生的回答`, `王医生回复：`): the answer's label, not its text. */
export const SIGNED_LABEL_RE = /^\p{Script=Han}{1,4}?(?:医生|大夫|医师|老师)\s*的?\s*(?:回答|解答|回复|答复|答)\s*[:：]?$|^Dr\.?\s*[A-Z][a-z]+\s*(?:答\s*[:：]?|[:：])$/u;
