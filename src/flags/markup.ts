import { firstMatch, type FlagEvidence, type Pattern } from './evidence.js';

const TAGS =
  'a|abbr|article|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|iframe|img|input|label|li|link|meta|mip-[a-z-]+|nav|ol|p|pre|script|section|small|source|span|strong|style|sub|sup|table|tbody|td|th|thead|tr|u|ul|audio|video';

/**
 * HTML that survived extraction: tags, entities, inline CSS or script, BBCode, and escape
 * sequences from a JSON copy. `血压<90/60mmHg`, `<3岁` and `R&D` are text, not markup.
 */
const MARKUP: readonly Pattern[] = [
  { re: new RegExp(`<\\/?(?:${TAGS})(?:\\s[^<>]*)?\\/?>`, 'iu'), why: 'HTML tag' },
  { re: new RegExp(`<(?:${TAGS})\\s+[a-z-]+\\s*=`, 'iu'), why: 'HTML tag' },
  {
    re: /&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|hellip|mdash|ndash|middot|times|deg|plusmn|copy|reg|yen|#\d{2,7}|#x[0-9a-f]{2,6});|&nbsp(?![a-z])/iu,
    why: 'HTML entity',
  },
  { re: /[{;]\s*(?:display|font-size|font-family|color|margin|padding|text-align|line-height)\s*:\s*[^;{}]{1,40}[;}]/iu, why: 'inline CSS' },
  { re: /\b(?:function\s*\(|document\.(?:write|getElementById)|window\.location|var\s+[a-z_$][\w$]*\s*=)/iu, why: 'script' },
  { re: /\[\/?(?:b|i|u|img|url|color|size|quote)(?:=[^\]]*)?\]/iu, why: 'BBCode' },
  { re: /\\[nrt](?=[\u4e00-\u9fff\s]|$)|\\u[0-9a-f]{4}/iu, why: 'escape sequence' },
];

export function detectMarkup(text: string): FlagEvidence | null {
  return firstMatch(text, MARKUP);
}
