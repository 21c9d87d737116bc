import { isPromoWord } from './promo-words.js';

/**
 * A doctor's former post in a public hospital, as a private hospital's card boasts of it (`曾任江州市第一人民医院（三甲）消化内科主任，
 * 多次赴国外进修学习`, `原白沙市医学中心血液科主任，从事临床工作三十余年`): the bio's, none of the answer, and its hospital, department
 * and grade none of the card's (the doctor answers for the hospital they work at now).
 */
const FORMER = '(?:曾任|曾在|曾于|原任|原(?!因|来|发|则|本|先|始|理|有|料|地|位|样|计|定|装|生|形|汁|味))';
const HOSPITAL = '(?:医院|医学中心|保健院|卫生院|卫生(?:服务)?中心|医科大学|医学院|疾控中心)';
const POST = '(?:主任|副主任|主任医师|主治医师|骨干医师|医师|院长|副院长|科长|教授|专家|负责人|学科带头人)';
/** The first clause: the former word, a hospital, a department and a post; a sentence of the bio may go on after its comma. */
const FORMER_POST_RE = new RegExp(`^${FORMER}[^，,。；;！!？?]{0,30}?${HOSPITAL}[^，,。；;！!？?]{0,20}?${POST}(?:[，,。；;、]|$)`, 'u');

/** The line's first word before a separator (`原三甲医院主任` of `原三甲医院主任、副主任医师、知名专家`). */
const FIRST_WORD_RE = /^[^\s|｜·•/，,、;；]+/u;

/**
 * A line opening with a post boasted of at a hospital it does not name (`原三甲医院主任`, promo-words.ts) is praise beside the
 * card's other parts (`原三甲医院主任、副主任医师、知名专家`: the 职称 among it), no bio's sentence.
 */
export const isFormerPostLine = (text: string): boolean => FORMER_POST_RE.test(text.trim()) && !isPromoWord(text.trim().match(FIRST_WORD_RE)?.[0] ?? '');
