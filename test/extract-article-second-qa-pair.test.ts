import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital account's article printing one reader's Q&A as a pair (`问：{question}` / `答：…`) under a headline that files the
 * question under the column, then a second pair of the same expert (`问：…` / `答：…`, unsigned), and the account's outro. The
 * page's answer is its own pair's: the second pair and the outro are none of it. The expert's box stands before the Q&A on some,
 * after the second pair on others (`医生介绍`); the post's stamp under the headline dates it.
 */

const ANSWER = ['孩子咳嗽一周多，先要分清是感冒后咳嗽还是过敏引起的。', '夜间咳嗽加重、伴有喘息的，应到儿科门诊就诊，必要时做肺功能检查。'];
const SECOND = ['问：平时能给孩子吃止咳糖浆吗？', '答：不建议自行服用，应在医生指导下用药。'];
const page = (boxFirst: boolean) => `<html><head><meta charset="utf-8"><title>医生说｜孩子咳嗽一周多还不好怎么办</title></head><body>
<h1 id="activity-name">医生说｜孩子咳嗽一周多还不好怎么办</h1>
<div id="meta_content">原创 南屏市妇幼保健院 2022-11-08 19:30 发表于广西</div>
<div id="js_content">
<p>欢迎关注本院公众号，每周为您带来一期健康科普。</p>
${boxFirst ? '<section><p><strong>答疑专家</strong></p><p>梁晓燕　副主任医师</p><p>南屏市妇幼保健院儿科</p></section>' : ''}
<p><strong>问：孩子咳嗽一周多还不好怎么办</strong></p>
${ANSWER.map((p, i) => `<p>${i === 0 ? '<strong>答：</strong>' : ''}${p}</p>`).join('\n')}
<p><strong>${SECOND[0]}</strong></p>
<p><strong>答：</strong>${SECOND[1]!.slice(2)}</p>
${boxFirst ? '' : '<section><p><strong>医生介绍</strong></p><p>梁晓燕，南屏市妇幼保健院儿科副主任医师，擅长小儿呼吸系统疾病的诊治。</p></section>'}
<p>门诊时间：每周二上午</p>
<p>审核：韦丽　编辑：黄敏</p>
</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('an article’s second Q&A pair after its own', () => {
  it('is none of the answer, the expert’s box before the Q&A', () => {
    const own = read(page(true));
    expect(own.question).toBe('孩子咳嗽一周多还不好怎么办');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('梁晓燕');
    expect(own.date).toBe('2022-11-08');
  });

  it('nor with the expert’s introduction after it; undoubted, and dated by the post’s stamp', () => {
    const own = read(page(false));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('梁晓燕');
    expect(own.date).toBe('2022-11-08');
    expect(own.flags).not.toContain('unsure_reading');
  });
});
