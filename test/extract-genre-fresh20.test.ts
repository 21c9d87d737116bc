import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-20 taught the genre reader, each rule on a small page of its own. */

const card = '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div>';
const paragraphs = ['膝盖疼多与劳损有关，常见的原因有以下几种：', '1.爬楼和深蹲过多，先减少这类活动。', '2.疼痛持续两周以上，请到骨科拍片检查。'];
const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${q.replace(/[？?]$/u, '')}多与劳损有关，注意休息，必要时就医。</p></li>`;
const related = `<div><h3>相关问题</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因')}${item(3, '膝关节积液怎么治疗')}</ul></div>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-wenda.cn/q/1.html' })));
const page = (body: string, title = '膝盖疼怎么办_某站', head = '') => read(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`);

describe('an answer stored from a textarea and printed without <br>: its indents part it (indent-breaks.ts)', () => {
  const answered = (box: string, head = '') => page(`<h1>膝盖疼怎么办</h1>${card}<div>回答时间：2022-03-08</div>${box}${related}`, undefined, head)[0]!;

  it('a paragraph per run that an indent opens: 　　, &emsp;&emsp; or four &nbsp;s, after a lead-in colon or a sentence, newlines collapsing or none', () => {
    for (const indent of ['　　', '&#12288;&#12288;', '&emsp;&emsp;', '&nbsp;&nbsp;&nbsp;&nbsp;']) {
      for (const newline of ['\n', '']) {
        const entry = answered(`<div>${paragraphs.map((p, i) => `${i ? indent : ''}${p}`).join(newline)}</div>`);
        expect([indent, newline, entry.answer_paragraphs]).toEqual([indent, newline, paragraphs]);
      }
    }
  });

  it('an indent inside a line (between two fields) parts nothing', () => {
    const entry = answered('<div>提问者：张**　　提问时间：2022-03-07</div><div>膝盖疼多与劳损有关，先减少爬楼和深蹲。</div>');
    expect(entry.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。']);
  });

  it('newlines a <style> class shows (white-space: pre-line) part the answer as an inline style does', () => {
    const text = paragraphs.map((p) => `　　${p}`).join('\n');
    expect(answered(`<div class="ans3">${text}</div>`, '<style>.ans3{white-space:pre-line;word-break:break-all}</style>').answer_paragraphs).toEqual(paragraphs);
    expect(answered(`<div style="white-space:pre-wrap">${text}</div>`).answer_paragraphs).toEqual(paragraphs);
  });
});
