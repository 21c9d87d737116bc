import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-25 taught the genre reader, each rule on a small page of its own. */

const URL = 'https://www.example-wenda.cn/q/1.html';
const CARD = '<div><p>回答医生：<a href="/doctor/2.html">陈思远</a> 主治医师</p><p>骨科 | 滨海市第一医院</p></div>';
const ANSWER = '<p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p>';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe('a page that prints its question only in the <title> (its <h1> the logo)', () => {
  const page = (title: string, label = '医生回答') =>
    `<html><head><title>${title}</title></head><body><header><h1><a href="/">健康百事通</a></h1></header>` +
    `<div><span>问题描述：</span>去社区医院看过，吃了药也不见好。</div>${CARD}<div>2021年3月12日 20:33</div><div><h2>${label}</h2>${ANSWER}</div></body></html>`;

  it("takes the title's opening question, not the answer's label, and the answer under the label", () => {
    for (const [title, label] of [
      ['膝盖疼怎么办？ - 健康百事通 - 专业医生在线解答', '医生回答'],
      ['膝盖疼多久能好 - 健康百事通', '专家回复'],
      ['膝盖疼的原因有哪些_骨科_健康百事通', '医生解答'],
    ] as const) {
      const [own] = read(page(title, label));
      expect(own).toMatchObject({ question: title.split(/\s*[-_]\s*/u)[0], answer_paragraphs: ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'] });
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it("keeps the doubt where the title asks nothing it could be the question of: the logo is no question, though the title starts with the site's name", () => {
    const [own] = read(page('健康百事通 - 专业医生在线解答'));
    expect(own!.question).not.toBe('健康百事通');
    expect(own!.flags).toContain('unsure_reading');
  });

  it('still takes a heading linked to its own page (a permalink) as the question', () => {
    const html = `<html><head><title>膝盖疼怎么办_健康百事通</title></head><body><h1><a href="/q/1.html">膝盖疼怎么办</a></h1>${CARD}<div>${ANSWER}</div></body></html>`;
    expect(read(html)[0]).toMatchObject({ question: '膝盖疼怎么办', flags: expect.not.arrayContaining(['unsure_reading']) });
  });
});

describe("a read-on link at a related item's snippet's end", () => {
  it('(查看全部, [详细], >>, 阅读全文›) is none of the snippet, which keeps its own ellipsis', () => {
    for (const prompt of ['查看全部', '[详细]', '&gt;&gt;', '阅读全文›', '详细&gt;&gt;']) {
      const row = (n: number, snippet: string) => `<tr><td>${n}</td><td><a href="/q/${n + 1}.html">膝盖疼第${n}天怎么办</a><br><span>${snippet}<a href="/q/${n + 1}.html">${prompt}</a></span></td></tr>`;
      const html =
        `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1>${CARD}<div>${ANSWER}</div>` +
        `<h3>相关问答</h3><table>${row(1, '膝盖疼多与劳损有关，注意休息…')}${row(2, '膝盖疼先减少爬楼和深蹲。')}</table></body></html>`;
      expect(read(html).slice(1).map((e) => e.answer_paragraphs)).toEqual([['膝盖疼多与劳损有关，注意休息…'], ['膝盖疼先减少爬楼和深蹲。']]);
    }
  });
});
