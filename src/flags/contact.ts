import { firstMatch, type FlagEvidence, type Pattern } from './evidence.js';

/**
 * Contact details and advertising in an answer: phone numbers, WeChat and QQ ids, URLs,
 * e-mail, and the clinic-ad vocabulary. Emergency and service numbers (120, 12320),
 * dates, doses and lab values are not contacts.
 */
const CONTACT: readonly Pattern[] = [
  { re: /(?<![\d.])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d.])/u, why: 'mobile number' },
  { re: /(?<![\d.-])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-－—])\d{7,8}(?![\d.])/u, why: 'landline number' },
  { re: /(?<![\d.])[48]00[- ]?\d{3}[- ]?\d{4}(?![\d.])/u, why: 'service hotline' },
  { re: /(?:电话|热线|手机|座机|联系方式)\s*[:：]?\s*\d[\d -]{6,}\d/u, why: 'phone number' },
  {
    re: /(?:微信|威信|薇信|[Vv]信|vx|VX|wx|WX|weixin|wechat)\s*(?:号码?|ID|id)?\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}|加(?:我|个)?\s*(?:微信|威信|薇信|[Vv]信|VX|vx)|(?:微信|威信|薇信)号/u,
    why: 'WeChat id',
  },
  { re: /(?:QQ|qq|扣扣|企鹅)\s*(?:号码?|群)?\s*[:：]?\s*[1-9]\d{4,10}(?!\d)/u, why: 'QQ number' },
  { re: /https?:\/\/[^\s，。]+|www\.[a-z0-9-]+\.[a-z]{2,}|\b[a-z0-9-]{2,}\.(?:com|cn|net|org|cc|top|vip|xyz)\b/iu, why: 'URL' },
  { re: /[\w.+-]+@[\w-]+\.[a-z]{2,}/iu, why: 'e-mail' },
  {
    re: /咨询(?:热线|电话)|预约(?:电话|热线)|(?:免费|在线|点击)咨询|专家在线|限时(?:优惠|免费)|优惠活动|(?:我院|本院)(?:专家|特色|采用|引进|拥有|开展)|包治|根治不复发|无效退款|治愈率(?:高达|达)?\s*\d|(?:关注|搜索)(?:我们的?)?(?:微信)?公众号/u,
    why: 'advertising',
  },
];

export function detectContact(text: string): FlagEvidence | null {
  return firstMatch(text, CONTACT);
}
