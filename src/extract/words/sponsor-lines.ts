/**
 * Lines a sponsor's or an advertiser's rules have printed under a text a company paid for: a drug
 * maker's patient-education page closes its 专家答疑 with the sponsor's credit (`本内容由某某制药支持，
 * 仅供患者教育使用`, `本栏目由某某有限公司提供支持`) and the approval number of the advert the page is
 * in law (`粤药广审（文）第2019030123号`, `京械广审（文）…`, `沪医广【2021】第…号`) with its 审核日期 /
 * 批准日期 and 有效期至. Neither is the doctor's: the answer has ended, and their days date the
 * approval, not the answer.
 */

/** A sponsor's credit: `本内容/本栏目/本文…由{company}（提供）支持/赞助/冠名`, or the use it restricts the text to. */
const SPONSOR_RE =
  /^(?:本|该|此)(?:内容|栏目|专栏|文章|文|专题|节目|视频|系列|活动|页面|资料|科普)\s*由\s*\S{2,30}?\s*(?:提供|给予)?\s*(?:支持|赞助|冠名|独家赞助|协办)(?:播出|发布|呈现)?(?:[，,；;]\s*\S{0,30})?[。.]?$|^(?:本(?:内容|资料|页面|文|文章)?)?仅供(?:患者|公众|大众)?(?:教育|科普)(?:使用|之用|参考)[。.]?$/u;
/**
 * The approval number of an advert for a drug, device, health food or medical service, as regulators
 * have it printed: a province's abbreviation, 药/械/食健/特医 广审 with （文）/（视）/（声）, or 医广 with the year.
 */
const AD_APPROVAL_RE = /\p{Script=Han}(?:药|械|食健|特医食?|保健食品)广审\s*[（(]\s*[文视声]\s*[）)]\s*第?\s*[\dA-Za-z\-－]+\s*号|\p{Script=Han}医广\s*[【[（(]\s*\d{4}\s*[】\]）)]\s*第?\s*[\d\-－]+\s*号/u;
/** The longest line either is printed on. */
const LINE_CHARS = 90;

export const isSponsorLine = (text: string): boolean => {
  const t = text.trim();
  return t.length <= LINE_CHARS && (SPONSOR_RE.test(t) || AD_APPROVAL_RE.test(t));
};
