import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A newspaper site's 专家答疑 article: its headline either the reader's question or the issue's headline filed under the
 * column's name (`专家答疑｜颈椎病怎么办`), the source line with the post's day under it, then `网友提问：` and the question as the
 * reader asked it, the expert's lead sentence and the answer. The page asks what the reader asked; the line under the
 * headline dates it, however the headline is worded.
 */

const ASKED = '肩背酸痛怎么办';
const ANSWER = ['肩背酸痛的处理要根据病情轻重来决定：', '一、长时间伏案工作的，要注意休息，适当热敷、按摩能促进局部的血液循环。', '建议及时到医院骨科就诊，明确诊断后规范治疗。'];
const page = (headline: string, asked = ASKED) => `<html><head><title>${headline}_某某网</title></head><body>
<div class="crumb"><a href="/">某某网</a> &gt; <a href="/health/">健康频道</a> &gt; <a href="/health/node_1.htm">专家答疑</a></div>
<h1>${headline}</h1>
<div class="info"><span>2021-09-13 10:24</span>　<span>来源：某某网</span></div>
<div class="text">
<p><b>网友提问：</b>${asked}</p>
<p><b>本期答疑专家：</b>云岭市中心医院骨科主治医师叶红然</p>
<p><b>专家解答：</b></p>
${ANSWER.map((p) => `<p>　　${p}</p>`).join('\n')}
</div>
<div class="edit">[责任编辑：王芳]</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a column’s headline over the reader’s labelled question', () => {
  it('a headline filed under the column’s name (`专家答疑｜颈椎病怎么办`): the page asks what the reader asked', () => {
    const own = read(page('专家答疑｜颈椎病怎么办'));
    expect(own.question).toBe(ASKED);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2021-09-13');
  });

  it('a reader’s letter of several sentences under the label keeps the headline the question', () => {
    const letter = '我最近总是肩背酸痛，晚上睡不好，是什么原因引起的？平时工作比较忙。';
    expect(read(page('专家答疑｜颈椎病怎么办', letter)).question).toBe('颈椎病怎么办');
  });

  it('a headline that is the reader’s question with its mark (`…检查？` over `网友提问：…检查？`): the line under it dates the post', () => {
    const own = read(page('小孩久坐后腰酸要做什么检查？', '小孩久坐后腰酸要做什么检查？'));
    expect(own.question).toBe('小孩久坐后腰酸要做什么检查？');
    expect(own.date).toBe('2021-09-13');
    // As where the reader's question prints no mark under it.
    expect(read(page('小孩久坐后腰酸要做什么检查？', '小孩久坐后腰酸要做什么检查')).date).toBe('2021-09-13');
  });
});
