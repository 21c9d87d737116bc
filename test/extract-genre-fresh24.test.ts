import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-24 taught the genre reader, each rule on a small page of its own. */

const CARD = '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div>';
const ANSWER = '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>';
const read = (head: string, body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head>${head}</head><body>${body}</body></html>`, { url: 'https://www.example-yiyuan.cn/q/1.html' })));

describe("a heading that repeats the title's site suffixes (SEO templates)", () => {
  it('gives the question without them: the site, a column, a department, whose answer it is', () => {
    for (const suffix of ['_有问必答_快速问医生', ' - 骨科问答 - 问医生网', '-骨科-问医生网', '_陈思远医生的回答_问医生网', ' | example.com']) {
      for (const h1 of [`<h1>膝盖疼怎么办？${suffix}</h1>`, `<h1>膝盖疼怎么办？<small>${suffix}</small></h1>`]) {
        expect(read(`<title>膝盖疼怎么办？${suffix}</title>`, h1 + CARD + ANSWER)[0]!.question).toBe('膝盖疼怎么办？');
      }
    }
  });

  it('keeps a part of the question after a separator that is no site, column or byline', () => {
    expect(read('<title>膝盖疼-爬楼梯时更疼怎么办_问医生网</title>', '<h1>膝盖疼-爬楼梯时更疼怎么办_问医生网</h1>' + CARD + ANSWER)[0]!.question).toBe('膝盖疼-爬楼梯时更疼怎么办');
  });
});

describe('a date with a two-digit year', () => {
  const dated = (line: string) => read('<title>膝盖疼怎么办_问医生网</title>', `<h1>膝盖疼怎么办</h1>${CARD}<div>${line}</div>${ANSWER}`)[0]!.date;

  it('is read in this century, in the forms sites print it', () => {
    expect(dated('回答时间：22-12-16 19:48')).toBe('2022-12-16');
    expect(dated('回答时间：21/3/7')).toBe('2021-03-07');
    expect(dated('22.07.23 回答')).toBe('2022-07-23');
    expect(dated('发布于 19年9月27日')).toBe('2019-09-27');
  });

  it('is left unread where the year could be of the last century or of the ROC calendar (99/05/06), or it is no day', () => {
    expect(dated('回答时间：99/05/06')).toBeNull();
    expect(dated('回答时间：22/13/06')).toBeNull();
  });
});
