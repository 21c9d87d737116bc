/**
 * A doctor's verdict on an AI's reply, printed as a badge over their own words (`AI回复基本准确`,
 * `AI回答有误`, `AI回复需补充`): the reviewer's mark on the machine's text, none of the doctor's answer.
 */
const AI_VERDICT_RE = /^(?:AI|ＡＩ|智能)(?:助手)?(?:的)?(?:回复|回答|解答|建议|内容)?\s*(?:基本|大致|完全|部分)?(?:准确|正确|无误|有误|不准确|不完整|需(?:要)?补充|需(?:要)?修正|已(?:修正|补充))[。！!]?$/u;

export const isAiVerdict = (text: string): boolean => text.length <= 16 && AI_VERDICT_RE.test(text.trim());
