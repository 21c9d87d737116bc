import type { FlagEvidence } from './evidence.js';
import { codePoints, contentCore } from '../core/text.js';

/** Characters too common to show that an answer is about its question (function words and the genre's everyday verbs). */
const COMMON = new Set(
  codePoints('的了吗呢吧啊呀么是有在和与或及我你他她它们这那个些什怎样如何可以能会要还也都就不没很太多少几种吃用做去到得着过为因所但而且该应对一二三四五六七八九十上下中大小好后前时候人看'),
);
/** Two-character words every health answer uses: sharing them is not sharing a topic. */
const GENERIC_WORDS = new Set(
  '慢性 急性 症状 治疗 检查 医院 医生 原因 疾病 患者 问题 情况 药物 严重 正常 可能 需要 注意 建议 一般 引起 出现 表现 发作 反复 常见 缓解 容易 比较 导致 影响 身体 平时 及时 就医 就诊 明显 经常 调理 护理 预防 方法 什么 怎么 为什 哪些 是否 能否'.split(' '),
);
/** Lay words folded to the word answers use, so 嗓子疼 meets 咽痛 and 拉肚子 meets 腹泻. */
const SYNONYMS: ReadonlyArray<[words: string, to: string]> = [
  ['拉肚子|拉稀|腹泄', '腹泻'],
  ['嗓子眼|嗓子|喉咙|咽喉', '咽'],
  ['肚子', '腹'],
  ['发烧|高烧', '发热'],
  ['疼', '痛'],
  ['小孩|孩子|宝宝|婴儿|婴幼儿|小儿|幼儿', '儿童'],
  ['怀孕|孕妇|孕期|妊娠期|妊娠', '孕'],
  ['例假|大姨妈', '月经'],
  ['睡不着|睡不好', '失眠'],
  ['眼睛', '眼'],
  ['牙齿', '牙'],
];
/**
 * All of them in one pass over the text, not a pass per row (eleven passes over every answer): the
 * same text as the rows replaced one after another, since no two rows' words start with the same
 * character, the words of two rows overlap only with the earlier row's word first (拉肚子 / 肚子,
 * 嗓子眼 / 眼睛: either way the earlier row's is replaced), and no row's folded word shares a
 * character with a later row's words.
 */
const SYNONYM_RE = new RegExp(SYNONYMS.map(([words]) => words).join('|'), 'gu');
const SYNONYM_OF = new Map(SYNONYMS.flatMap(([words, to]) => words.split('|').map((word): [string, string] => [word, to])));
/** Question wording that carries no topic; removed whole, so no bigram spans the gap. */
const QUESTION_WORDS =
  /是怎么回事|怎么回事|怎么办|怎么样|怎么|怎样|如何|为什么|是什么|什么|哪些|哪个|会不会|能不能|可不可以|是不是|有没有|严重吗|正常吗|要紧吗|好不好|可以|需要|应该|[吗呢吧啊呀么]/gu;

/** Markup is not what an answer says. */
const MARKUP = /<[^<>]{1,200}>|&[a-z#0-9]{2,8};?/giu;
const fold = (text: string) => contentCore(text.replace(MARKUP, '')).replace(SYNONYM_RE, (word) => SYNONYM_OF.get(word)!);

export interface RelevanceOptions {
  /** Answers with fewer content characters are not judged: a short answer rarely repeats its question's words. */
  minAnswerChars: number;
}
export const DEFAULT_RELEVANCE_OPTIONS: RelevanceOptions = { minAnswerChars: 40 };

/** The word in the text, or its two characters with one between (头疼 in 头部疼痛). */
function holdsWord(chars: readonly string[], word: string): boolean {
  const [c1, c2] = codePoints(word);
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === c1 && (chars[i + 1] === c2 || chars[i + 2] === c2)) return true;
  }
  return false;
}

/** holdsWord on a text without surrogates, by its UTF-16 units: a word with a character beyond them is in no such text. */
function holdsWordIn(text: string, word: string): boolean {
  if (word.length !== 2) return false;
  const c1 = word.charCodeAt(0);
  const c2 = word.charCodeAt(1);
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === c1 && (text.charCodeAt(i + 1) === c2 || text.charCodeAt(i + 2) === c2)) return true;
  }
  return false;
}
const SURROGATE_RE = /[\ud800-\udfff]/;

/**
 * Question and answer share nothing: not one topic word of the question (two characters, lay
 * words folded to the answer's vocabulary, generic health words aside) occurs in the answer,
 * even with a character between its two (头疼 / 头部疼痛). Typical of a related list read
 * off by one: the question of item n with the snippet of item n+1. Answers under
 * `minAnswerChars` are not judged.
 */
export function detectUnrelated(question: string, answer: string, options: RelevanceOptions = DEFAULT_RELEVANCE_OPTIONS): FlagEvidence | null {
  const a = fold(answer);
  // Without surrogates (nearly every answer) a character is a UTF-16 unit: the text is counted and
  // searched as it is, with no array of its characters (one string each) made per answer.
  const chars = SURROGATE_RE.test(a) ? codePoints(a) : null;
  if ((chars ?? a).length < options.minAnswerChars) return null;
  const segments = fold(question)
    .split(QUESTION_WORDS)
    .map((s) => codePoints(s));
  const words = new Set<string>();
  for (const chars of segments) {
    chars.forEach((c, i) => {
      const next = chars[i + 1];
      if (next !== undefined && !(COMMON.has(c) && COMMON.has(next)) && !GENERIC_WORDS.has(c + next)) words.add(c + next);
    });
  }
  if (words.size === 0) return null;
  for (const w of words) if (chars ? holdsWord(chars, w) : holdsWordIn(a, w)) return null;
  return { field: 'question', start: 0, end: question.length, why: `none of the question's ${words.size} topic words in the answer` };
}
