import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on an answer whose HTML was escaped once too often, and a consultation record's diagnosis field.
 * What the blind split fresh-29 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
const CARD = '<div><b>陈思远</b> <span>主治医师</span> <span>骨科</span> <span>滨海市第一医院</span></div>';
const page = (answer: string, after = '', related = '') =>
  `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1>${CARD}<div>回答时间：2023-01-09</div><div>${answer}</div>${after}${related}</body></html>`;

describe("an answer whose stored HTML the site escaped once too often, printed as text", () => {
  it('reads the paragraphs its printed tags divide, its printed entities as what they stand for', () => {
    for (const printed of [
      '&lt;p&gt;&amp;nbsp;&amp;nbsp;膝盖疼多与劳损有关，先减少爬楼和深蹲。&lt;/p&gt;&lt;p style=&quot;text-indent:2em&quot;&gt;疼痛持续两周以上，请到骨科拍片检查。&lt;/p&gt;',
      '膝盖疼多与劳损有关，先减少爬楼和深蹲。&lt;br /&gt;&lt;br /&gt;疼痛持续两周以上，请到骨科拍片检查。',
      '<p>&amp;nbsp;&amp;nbsp;膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>&amp;nbsp;&amp;nbsp;疼痛持续两周以上，请到骨科拍片检查。</p>',
    ]) {
      const own = read(page(printed))[0]!;
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('leftover_markup');
    }
  });

  it('leaves text that only mentions a sign or an ampersand as printed (血糖<7, A&B)', () => {
    const own = read(page('<p>空腹血糖<7即可，<b>不必</b>担心。</p><p>可以选A&B两种方案之一。</p>'))[0]!;
    expect(own.answer_paragraphs).toEqual(['空腹血糖<7即可，不必担心。', '可以选A&B两种方案之一。']);
  });
});

describe("a consultation record's diagnosis field after the advice", () => {
  it('is none of the answer (初步诊断：高血压), unlike a sentence that reasons about a diagnosis', () => {
    const answer = ANSWER.map((p) => `<p>${p}</p>`).join('');
    expect(read(page(answer, '<p>初步诊断：膝关节炎</p>'))[0]!.answer_paragraphs).toEqual(ANSWER);
    expect(read(page(`${answer}<p>诊断：考虑为劳损，建议先休息观察。</p>`))[0]!.answer_paragraphs).toEqual([...ANSWER, '诊断：考虑为劳损，建议先休息观察。']);
  });
});
