import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news app's article page: a headline naming a topic and promising help (`春季花粉过敏，医生教你应对`), asking nothing, over
 * a box that prints the reader's question under a pill of its own (`<span>读者提问</span><p>…</p>`), then the doctor's card
 * and the answer. The question is the reader's, as where the label runs into it (`读者提问：…`); the headline is the app's.
 */

const ANSWER = ['花粉过敏多和春季空气中的花粉浓度升高有关。', '外出时可以戴口罩，回家后及时清洗面部和鼻腔，症状明显时在医生指导下使用抗过敏药物。'];
const page = (headline: string, asked: string) => `<html><head><meta charset="utf-8"><title>${headline}_某某客户端</title></head><body>
<div class="top">下载某某客户端，阅读更方便</div>
<h1>${headline}</h1>
<div class="info">某某客户端 2023-04-12 09:30</div>
<p>本报记者 张明 通讯员 李华</p>
<div class="box"><span class="pill">读者提问</span><p class="q">${asked}</p><span class="who">读者“小林”</span></div>
<div class="doc"><b>赵立平</b> <span>副主任医师</span><p>北岸市人民医院 耳鼻喉科</p></div>
<p><strong>医生回答：</strong></p>
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
<div class="foot">点赞 12　分享</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a headline that asks nothing over the reader’s question under a pill of its own', () => {
  it('the question is the one under the pill, not the headline', () => {
    const own = read(page('春季花粉过敏，医生教你应对', '一到春天就打喷嚏流鼻涕该吃什么药'));
    expect(own.question).toBe('一到春天就打喷嚏流鼻涕该吃什么药');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('赵立平');
  });

  it('a headline that asks stays the question', () => {
    expect(read(page('一到春天就打喷嚏该吃什么药', '一到春天就打喷嚏该吃什么药')).question).toBe('一到春天就打喷嚏该吃什么药');
  });
});
