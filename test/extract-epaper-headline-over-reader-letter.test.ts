import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An evening paper's e-paper page of its health section: the issue line, a headline that may ask nothing (`月经不调别大意，
 * 专家来支招`), the reporter's byline and lede, then the reader's letter under `读者孙先生问：`, typed as one run (the question
 * and what they tell after with no space between), and the answer. The page asks what the reader asked; the lede is the
 * reporter's.
 */

const ANSWER = ['经期延长的处理要根据病情轻重来决定：', '（1）单纯的经期延长，需要在医生指导下使用调经药物，症状加重时要及时复诊。', '总之，经期延长的原因比较多，需要在医生指导下明确原因后再治疗。'];
const page = (headline: string, letter: string, lede = '天气转换之际，不少读者来电咨询相关问题。') => `<html><head><meta charset="utf-8"><title>某某晚报数字报-${headline}</title></head><body>
<table class="head"><tr><td class="date">某某晚报　2023年04月19日　星期三　第A12版：健康</td></tr></table>
<div class="btdh"><b>本版标题导航</b><ul><li><a href="content_1.htm">社区义诊进万家</a></li><li><a href="#">${headline}</a></li></ul></div>
<div class="tools">放大　缩小　默认</div>
<h3>健康热线</h3>
<h1>${headline}</h1>
<P>某某晚报记者 于丹丹 通讯员 苏卫宣
<P>${lede}
<P><B>读者孙先生问：</B>${letter}
${ANSWER.map((p) => `<P>${p}`).join('\n')}
<P>（北岸市人民医院妇科副主任医师　陈磊静）
<div class="pn"><a href="content_2.htm">上一篇：社区义诊进万家</a></div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('an e-paper headline that asks nothing over the reader’s letter', () => {
  it('the question is the letter’s asking part, where the reader tells on right after it with no space', () => {
    const own = read(page('月经不调别大意，专家来支招', '产后经期延长几天了怎么办最近一段时间一直这样，不知道是什么原因。'));
    expect(own.question).toBe('产后经期延长几天了怎么办');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a follow-up naming nothing after it (`有没有什么好的办法缓解？`) is none of the question; a mark ends it', () => {
    expect(read(page('月经不调别大意，专家来支招', '产后经期延长怎么办有没有什么好的办法缓解？')).question).toBe('产后经期延长怎么办');
    expect(read(page('月经不调别大意，专家来支招', '经期延长几天了怎么回事？去社区医院看过，吃了药也不见好。')).question).toBe('经期延长几天了怎么回事？');
  });

  it('a headline that is the question stays the question', () => {
    expect(read(page('产后经期延长几天了怎么办', '产后经期延长几天了怎么办平时工作比较忙，作息不太规律。')).question).toBe('产后经期延长几天了怎么办');
  });

  it('the lede announcing the issue’s expert (`本期我们请来专家，为读者答疑解惑。`) is the reporter’s, none of the answer', () => {
    expect(read(page('产后经期延长几天了怎么办', '产后经期延长几天了怎么办请问需要做什么检查？', '本期我们请来专家，为读者答疑解惑。')).answer_paragraphs).toEqual(ANSWER);
  });
});
