import { firstMatch, type FlagEvidence, type Pattern } from './evidence.js';

/**
 * Page furniture that extraction let into the answer. A doctor's own hedge (以上建议仅供参考),
 * advice (如果不适，及时就医) and findings (B超提示：胆囊结石) are answer text; the site's
 * disclaimer (提示：本内容不能代替面诊) is not.
 */
const BOILERPLATE: readonly Pattern[] = [
  {
    re: /(?:温馨提示|特别提示|提示)\s*[:：]\s*(?:本|以上|此|文章|内容|网友)|免责声明|本(?:内容|回答|文|信息|网站|站|平台)(?:仅供参考|不能代替|不能替代|不作为|不构成)|不能(?:代替|替代)(?:医生)?面诊|不能作为诊断(?:及|和|与)?(?:医疗|治疗)?的?依据|不构成(?:任何)?(?:诊疗|医疗)建议/u,
    why: 'disclaimer',
  },
  {
    re: /首页\s*[>＞›»]|当前位置\s*[:：]|上一篇\s*[:：]?|下一篇\s*[:：]?|返回(?:顶部|首页|列表)|分享到\s*[:：]?|收藏本页|我要提问|相关(?:推荐|问答|文章|阅读)\s*$|(?:热门推荐|猜你喜欢|大家都在看|相关推荐)(?=\s*\S)/mu,
    why: 'navigation',
  },
  {
    re: /点击(?:查看|这里|进入|阅读|展开|收听|播放|下载)|查看(?:更多|全部|详情|原文|全文)|展开全文|阅读全文|阅读原文|收起全文|\[\s*详细\s*\]|>>\s*更多|更多>>/u,
    why: 'more link',
  },
  { re: /(?:下载|打开)\s*(?:APP|App|app|客户端)|扫(?:一扫|码)(?:关注|下载|添加)?|长按识别二维码/u, why: 'app prompt' },
  {
    re: /(?:语音|视频|图文)解答\s*\d{4}-\d{2}-\d{2}|已有\s*\d+\s*人(?:听过|看过|收听|阅读|觉得有用)|\d+\s*人觉得有用|有用\s*[(（]\s*\d+\s*[)）]|浏览(?:量|次数)\s*[:：]?\s*\d+/u,
    why: 'page label',
  },
  { re: /版权所有|Copyright|©|未经(?:授权|许可)[,，]?\s*(?:禁止|不得)转载|转载请注明|ICP备/iu, why: 'copyright' },
];

export function detectBoilerplate(text: string): FlagEvidence | null {
  return firstMatch(text, BOILERPLATE);
}

/** The disclaimer sentence, whole: from its first words to the sentence end. */
const DISCLAIMER_SENTENCE = new RegExp(`(?:${BOILERPLATE[0]!.re.source})[^。！!？?\\n]*[。！!？?]?`, 'gu');
const OTHER_FURNITURE = BOILERPLATE.slice(1).map(({ re }) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/** The text without page furniture, for comparing copies of an answer (never for publishing). */
export function stripBoilerplate(text: string): string {
  let out = text.replace(DISCLAIMER_SENTENCE, '');
  for (const re of OTHER_FURNITURE) out = out.replace(re, '');
  return out;
}
