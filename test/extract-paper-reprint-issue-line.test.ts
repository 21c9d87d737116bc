import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An evening paper's 名医问答 column as its web copy prints it: the headline, the web day (a later one), the credit to the print
 * issue it reprints (`来源：某某晚报 2023年5月6日 第A14版`, `原载《某某晚报》2023-05-06 第A14版`) above the text or under it, a
 * reporter's line, `读者问：`, the invited expert's credit over the answer (`特邀专家：{hospital}{department}{title} {name}`),
 * `专家答：` and the answer. The issue's day dates the answer; the credit is the card.
 */

const QUESTION = '老人膝盖疼上下楼加重怎么办？';
const ANSWER = ['膝盖疼上下楼加重多与膝骨关节炎有关，建议先拍膝关节X线片明确诊断。', '平时减少爬楼和深蹲，控制体重，必要时在医生指导下用药。'];
const page = (issue: string, below = false, credit = '<p><strong>特邀专家：</strong>江州市第一人民医院骨科副主任医师 王建国</p>') => `<html><head><meta charset="utf-8"><title>${QUESTION}_某某晚报</title></head><body>
<div class="topbar"><span>某某晚报</span><a>打开App</a></div>
<div class="news-detail"><h1>${QUESTION}</h1>
<div class="source"><span>某某晚报</span> <span class="time">2023-05-09 14:55:38</span></div>
${below ? '' : `<div class="paper">${issue}</div>`}
<div class="text"><p>某某晚报记者 吴志强</p><p><strong>读者问：</strong>${QUESTION}已经两个月了。</p>
${credit}<p><strong>专家答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
${below ? `<div class="paper">${issue}</div>` : ''}<div class="editor">编辑：刘国庆</div></div>
<div class="foot">某某晚报社 版权所有</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://wap.example-paper.cn/content/1.html' }))).find((e) => e.origin === 'page')!;

describe('an evening paper’s web copy of its 名医问答 column', () => {
  it('dates the answer by the print issue it credits above the text, not the web copy’s later day', () => {
    const own = read(page('来源：某某晚报 2023年5月6日 第A14版'));
    expect(own.date).toBe('2023-05-06');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('reads the issue credited under the text alike', () => {
    expect(read(page('原载《某某晚报》2023-05-06 第A14版', true)).date).toBe('2023-05-06');
  });

  it('reads the invited expert’s credit over the answer as the card', () => {
    expect(read(page('来源：某某晚报 2023年5月6日 第A14版')).doctor).toMatchObject({ name: '王建国', title: '副主任医师', department: '骨科', hospital: '江州市第一人民医院' });
  });
});

describe('a day and a page number that credit no print issue of the answer', () => {
  // A reference in the answer, a book's edition, the last issue's column, the reader's letter printed before: none dates the answer.
  const lines = ['（参考：《健康报》2019年3月2日 第5版）', '参考文献：《内科学》2018年7月1日 第9版', '上期回顾：2023年4月29日 第A14版', '（读者来信刊于本报2023年4月29日 第A14版）'];
  const citing = (line: string) => page('', false).replace('<div class="paper"></div>', '').replace('</div>\n<div class="editor">', `<p>${line}</p></div>\n<div class="editor">`);

  it('reads no issue day off them: no date, doubted', () => {
    for (const line of lines) {
      const own = read(citing(line));
      expect(own.date).toBeNull();
      expect(own.flags).toContain('unsure_reading');
    }
  });

  it('reads the traditional credit as the simplified', () => {
    expect(read(page('來源：某某晚報 2023年5月6日 第A14版')).date).toBe('2023-05-06');
  });
});

describe('an invited expert’s credit over an answer another doctor signs', () => {
  it('doubts the credit where the answer’s signature names another (`答复人：李强 主任医师`)', () => {
    const html = page('来源：某某晚报 2023年5月6日 第A14版').replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p>答复人：李强 主任医师</p>`);
    const own = read(html);
    expect(own.doctor.name !== '王建国' || own.flags.includes('unsure_reading')).toBe(true);
  });
});

describe('a print issue credited beside the answer’s own labelled reply day', () => {
  const withReply = (issue: string, reply: string, over = false) =>
    over
      ? page(issue).replace('<p><strong>专家答：</strong></p>', `<p>${reply}</p><p><strong>专家答：</strong></p>`)
      : page(issue).replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p class="rt">${reply}</p>`);

  it('dates the answer by the day the page labels as the reply’s, over the issue’s, and keeps that line out of the answer', () => {
    for (const [issue, reply, over] of [['原载《某某晚报》2023-05-06 第A10版', '回复时间：2023-05-08', false], ['来源：某某晚报 2023年5月6日 第A14版', '答复日期：2023年5月8日', false], ['原载《某某晚报》2023-05-06 第A10版', '回复时间：2023-05-08', true]] as const) {
      const own = read(withReply(issue, reply, over));
      expect(own.date).toBe('2023-05-08');
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('dates by the issue where the labelled reply day is a side box’s or a comment’s, further down the page', () => {
    for (const box of ['<div class="side"><p>热门回答</p><div><a href="/x/1">腰疼怎么办</a><p>回复时间：2023-04-01</p></div></div>', '<div class="cmt"><p>网友评论：写得很好，谢谢专家。</p><p>回复时间：2023-05-10</p></div>']) {
      expect(read(page('来源：某某晚报 2023年5月6日 第A14版').replace('<div class="editor">', `${box}<div class="editor">`)).date).toBe('2023-05-06');
    }
  });

  it('still dates by the issue where no reply day is labelled (the web copy’s own day none)', () => {
    expect(read(page('原载《某某晚报》2023-05-06 第A10版')).date).toBe('2023-05-06');
  });
});
