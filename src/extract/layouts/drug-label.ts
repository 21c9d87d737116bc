import type { Block } from '../lines/html-lines.js';
import { isProductDay } from '../dates/date-label-line.js';

/**
 * A drug's label (说明书) excerpted beside an answer, as a drug maker's or a pharmacy's page shows it: the
 * label's sections under its fixed heads in 【】 (`【用法用量】口服。一次1片…`, `【不良反应】…`, `【禁忌】…`), the
 * box's head naming it (`复方甘草口服溶液 说明书摘要`) and its 核准日期 / 修改日期 line. What the label says is
 * the maker's text for every patient, none of the answer to the question.
 */

/** The fixed heads of a label's sections (药品说明书's own headings). */
const SECTION_RE =
  /^【(?:药品名称|通用名称|商品名称|成份|成分|性状|适应症|适应证|功能主治|规格|用法用量|不良反应|禁忌|注意事项|孕妇及哺乳期妇女用药|儿童用药|老年用药|药物相互作用|药物过量|药理毒理|药理作用|药代动力学|贮藏|包装|有效期|执行标准|批准文号|生产企业)】/u;
/** The head of a label's box: the drug's name before it, or 说明书 alone. */
const HEAD_RE = /说明书(?:摘要|节选|要点)?$/u;
const HEAD_MAX_CHARS = 40;
/** How many section lines make a label (one alone may be a pharmacist quoting it). */
const MIN_SECTIONS = 2;

/**
 * A box of the label's excerpt run into one line under its head in brackets or before a colon (`【说明书摘录】用法用量：…`,
 * `药品说明书摘要：…`): the maker's text as the sections are. A pharmacist citing the label in a sentence (`说明书上写着…`) heads nothing so.
 */
const EXCERPT_LINE_RE = /^(?:【\s*(?:药品)?说明书(?:摘录|摘要|节选|要点)?\s*】|(?:药品)?说明书(?:摘录|摘要|节选|要点)\s*[:：])/u;

/** The lines of label excerpts among lines from..end: each run of its sections, with its head above and its days below; each excerpt's line. */
export function drugLabelLines(blocks: readonly Block[], from: number, end: number): number[] {
  const lines: number[] = [];
  for (let i = from; i < end; i++) {
    if (EXCERPT_LINE_RE.test(blocks[i]!.text.trim())) {
      lines.push(i);
      continue;
    }
    if (!SECTION_RE.test(blocks[i]!.text.trim())) continue;
    let j = i;
    while (j < end && SECTION_RE.test(blocks[j]!.text.trim())) j++;
    if (j - i >= MIN_SECTIONS) {
      const head = blocks[i - 1]?.text.trim() ?? '';
      if (i - 1 >= from && head.length <= HEAD_MAX_CHARS && HEAD_RE.test(head)) lines.push(i - 1);
      for (let k = i; k < j; k++) lines.push(k);
      if (j < end && isProductDay(blocks[j]!.text)) lines.push(j);
    }
    i = j;
  }
  return lines;
}

/**
 * The head of a drug maker's box for reporting adverse reactions (`不良反应上报`, `药品不良反应报告`: a hotline and a
 * mailbox, the maker's duty of pharmacovigilance): the site's furniture after the page's own text, which it ends.
 */
const ADVERSE_REPORT_HEAD_RE = /^(?:药品)?不良(?:反应|事件)(?:上报|报告|监测|报告与监测)(?:渠道|方式|通道)?$/u;
export const isAdverseReportHead = (text: string) => ADVERSE_REPORT_HEAD_RE.test(text.replace(/\s+/gu, ''));
