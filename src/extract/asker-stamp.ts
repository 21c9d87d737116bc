/**
 * The asker's line under a question (`女 | 32岁 2023-05-05`, `男，6岁，2023年5月5日 14:20`): their sex and
 * age, then the day they asked. Q&A sites print it so on the question, whatever they print on the
 * answer: its day is the question's, and dates no answer, even where the answer's own day is
 * printed without its year (`05-06`) or not at all.
 */
const ASKER_STAMP_RE =
  /^[男女](?:性|孩|宝)?\s*[|｜,，·•、]?\s*\d{1,3}\s*(?:岁|个月|月龄|天)(?:\s*\d{1,2}\s*个月)?\s*[|｜,，·•、\s]?\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:提问|发布|发问|咨询)?$/u;

export const isAskerStamp = (line: string): boolean => line.length <= 40 && ASKER_STAMP_RE.test(line.trim());
