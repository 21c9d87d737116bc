/**
 * A private hospital's promotional words beside a doctor's title (`从医28年`, `知名专家`, `特聘教授`, `资深专家`, `学科带头人`,
 * `权威专家`) and the posts it boasts of (`原三甲医院主任`, `技术院长`, `专家组组长`): praise, no 职称, and the grade a former
 * post names (`原三甲医院…`) none of the hospital the doctor answers for. A card's part that is one of them is none of its fields.
 */
const YEARS = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})余?年';
/** One promotional word, or a post boasted of. */
const PROMO_WORD = [
  `(?:从医|从业|行医|临床)(?:经验)?${YEARS}(?:经验)?`,
  '(?:知名|资深|权威|著名|特聘|特邀|首席|高级|明星|金牌|人气)(?:专家|教授|名医)',
  '学科带头人|专家组(?:组长|副组长|成员)|(?:技术|业务|执行)(?:副)?院长|(?:专家|名医)工作室(?:负责人|主任)',
  // a post at a hospital not named (原三甲医院主任, 原公立医院专家): a former one, boasted of; not the first half of a
  // 职称 (原三甲医院副主任医师: the 职称 stays, only the unnamed hospital before it goes, with its grade)
  '(?:原|曾任)(?:三甲|三级甲等|公立|省级|市级|部队|军区)医院\\p{Script=Han}{0,6}?(?:主任|副主任|院长|专家|骨干)(?!中?(?:医|药|护|技)师)',
  '(?:原|曾任)(?:三甲|三级甲等|公立|省级|市级|部队|军区)医院(?=\\p{Script=Han}{0,6}?(?:医|药|护|技)师)',
].join('|');
const PROMO_RE = new RegExp(`^(?:${PROMO_WORD})$`, 'u');
/** Promotional words run together once the separators between them are dropped (`学科带头人 知名专家`, `专家组组长知名专家`). */
const PROMO_RUN_RE = new RegExp(`^(?:${PROMO_WORD})+$`, 'u');
const SEPARATORS_RE = /[\s|｜·•/，,、]+/gu;

export const isPromoWord = (text: string): boolean => PROMO_RE.test(text.trim());

/** A line of promotional words only (`学科带头人 知名专家`, `专家组组长知名专家`): the card's, none of the answer. */
export function isPromoLine(text: string): boolean {
  const rest = text.replace(SEPARATORS_RE, '');
  return rest.length > 0 && rest.length <= 40 && PROMO_RUN_RE.test(rest);
}

const PROMO_ANY_RE = new RegExp(PROMO_WORD, 'gu');
/**
 * A card's part with praise run into it (`副主任医师原三甲医院主任从医16年特聘教授`, spans with no space between): the part
 * without the praise (`副主任医师`), so that the grade of a former post (`原三甲医院…`) is none of the card's.
 */
export function withoutPraise(text: string): string {
  const rest = text.replace(PROMO_ANY_RE, '').trim();
  return rest === '' ? text : rest;
}
