import type { AnyNode, Element } from 'domhandler';
import { findOne } from 'domutils';

/**
 * A figure's caption between an illustrated answer's paragraphs that says what the picture is or
 * where it comes from (`▲ 示意图`, `图片来源：网络，侵删`, `（图片仅供参考）`): about the picture, none
 * of the answer. A caption that is a sentence of the answer (its opening line under the lead
 * figure) is kept.
 */

/** Wording of picture credits and pointers, wherever the caption stands; a paper's `资料图` (a file picture, not taken for this piece) too. */
const CREDIT_RE =
  /^[▲△▼↑☝]|^[（(]?(?:图片|图像|配图|图)(?:来源|来自|源|出处|仅供参考|为示意|系示意|非本人)|^(?:图\s*[\d一二三四五六七八九十]*\s*[:：]|图源|摄影|摄\s*[:：]|来源\s*[:：]\s*(?:网络|图虫|视觉中国|站酷))|侵删|侵权(?:请)?(?:联系)?删除|^[（(]?(?:示意图|配图|插图)[）)]?$|^[（(]?(?:资料图|資料圖|资料照片|資料照片)片?(?:[）)]|\s*[:：]|$)/u;
/** How long a caption that is no sentence may be. */
const SHORT = 16;

const inFigcaption = (node: AnyNode | null) => {
  for (let el = node?.parent as Element | null; el && el.type === 'tag'; el = el.parent as Element | null) if (el.name === 'figcaption') return true;
  return false;
};

/** A slideshow's counter before a slide's credit (`01 / 07图片来源：…`, `（1/7）`): the slide's number, none of the answer. */
const SLIDE_COUNTER_RE = /^[（(]?\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[）)]?\s*/u;

/**
 * A player's caption: a short line naming the clip (`大河健康视频`, `专家讲解音频`) set right after a `<video>` or `<audio>`, as a
 * portal prints its own under the player it sets into the answer: the clip's name, none of the answer. So is one naming its
 * subtitles (`（蒙汉双语字幕）`, `中英字幕`), as a bilingual site prints under its film.
 */
const CLIP_WORD_RE = /视频|音频|录音|语音|节目|短片|字幕/u;
const afterPlayer = (node: AnyNode | null) => {
  let el = (node?.type === 'text' ? node.parent : node) as Element | null;
  for (let depth = 0; el && el.type === 'tag' && depth < 2; depth++, el = el.parent as Element | null) {
    let prev = el.prev;
    while (prev && prev.type === 'text' && (prev as unknown as { data: string }).data.trim() === '') prev = prev.prev;
    if (prev) return prev.type === 'tag' && ['video', 'audio'].includes((prev as Element).name);
  }
  return false;
};

/**
 * A before/after picture's caption (`术前`, `术后`, `治疗前`), as a clinic's case ad sets one under each of its pictures: the
 * picture's only where it stands under it, a picture earlier in the box holding the line (alone, it is the answer's subheading as often).
 */
const BEFORE_AFTER_RE = /^(?:术前|术后|治疗前|治疗后|矫正前|矫正后)$/u;
const underPicture = (node: AnyNode | null) => {
  const box = node?.parent as Element | null;
  if (!box || box.type !== 'tag') return false;
  for (const child of box.children) {
    if (child === node) return false;
    if (child.type === 'tag' && ((child as Element).name === 'img' || findOne((el) => el.name === 'img', (child as Element).children, true) !== null)) return true;
  }
  return false;
};

/** Whether a line is a picture's caption or credit, or a player's, not the answer's text. */
export function isPictureCaption(text: string, node: AnyNode | null): boolean {
  const t = text.trim();
  if (t.length <= 40 && (CREDIT_RE.test(t) || CREDIT_RE.test(t.replace(SLIDE_COUNTER_RE, '')))) return true;
  if ([...t].length > SHORT || /[。，,；;！!？?：:]/u.test(t)) return false;
  return inFigcaption(node) || (CLIP_WORD_RE.test(t) && afterPlayer(node)) || (BEFORE_AFTER_RE.test(t) && underPicture(node));
}
